from datetime import date

import pytest

from biobridge.directory.models import Agreement, Organization
from biobridge.intel.adapters import ExtractedRelation
from biobridge.intel.ingest import store_extracted
from biobridge.intel.models import Relation, ReviewEvent
from tests.factories import UserFactory
from tests.intel.conftest import article, org

pytestmark = pytest.mark.django_db

SECOND_BODY = "셀트리온은 지난 3일 한국바이오협회와 바이오 행사를 개최했다."


@pytest.fixture
def news(celltrion):
    first = store_extracted(article(), source="a.txt")
    second = store_extracted(
        article(
            SECOND_BODY,
            title="셀트리온, 바이오 행사 개최",
            outlet="다른뉴스",
            published="2024-05-04",
            orgs=[org("셀트리온", SECOND_BODY), org("한국바이오협회", SECOND_BODY, type="association")],
            relations=[
                ExtractedRelation(type="event", parties=["셀트리온", "한국바이오협회"], date="2024-05-03")
            ],
        ),
        source="b.txt",
    )
    return first.article_id, second.article_id


def test_articles_list_and_filters(client, news):
    first, second = news

    everything = client.get("/api/intel/articles").json()
    assert [a["id"] for a in everything["items"]] == [first, second]  # newest first
    assert everything["items"][0] == {
        "id": first,
        "title": "바이오젠코리아, 셀트리온과 MOU",
        "outlet": "바이오뉴스",
        "published": "2025-03-28",
        "reporter": "홍길동",
        "language": "ko",
        "url": f"/ko/news/articles/{first}/",
        "relation_types": ["mou"],
        "organization_count": 2,
    }
    ids = lambda query: [a["id"] for a in client.get(f"/api/intel/articles?{query}").json()["items"]]  # noqa: E731
    assert ids("outlet=다른뉴스") == [second]
    assert ids("rel_type=mou") == [first]
    assert ids("date_from=2025-01-01") == [first]
    assert ids("date_to=2024-12-31") == [second]
    association = Organization.objects.get(name_ko="한국바이오협회")
    assert ids(f"organization={association.pk}") == [second]


def test_article_detail_has_offsets_and_relations(client, news, celltrion):
    first, _second = news

    data = client.get(f"/api/intel/articles/{first}").json()

    assert data["body"].startswith("바이오젠코리아는 28일 셀트리온과")
    by_name = {o["name"]: o for o in data["organizations"]}
    assert by_name["셀트리온"]["mentions"] == [{"start": 13, "end": 17, "surface": "셀트리온"}]
    assert by_name["바이오젠코리아"]["status"] == "unverified"
    [relation] = data["relations"]
    assert (relation["type"], relation["status"], relation["date"], relation["date_display"]) == (
        "mou",
        "pending",
        "2025-03-28",
        "2025-03-28",
    )
    assert [p["name"] for p in relation["parties"]] == ["바이오젠코리아", "셀트리온"]


def test_unknown_article_is_404(client, db):
    assert client.get("/api/intel/articles/999").status_code == 404
    assert client.get("/api/intel/organizations/999/timeline").status_code == 404


def test_bad_filter_is_422_with_field(client, news):
    response = client.get("/api/intel/relations?rel_type=rumour&date_from=2025-01-02&date_to=2025-01-01")

    assert response.status_code == 422
    assert sorted(d["loc"][1] for d in response.json()["detail"]) == ["date_to", "rel_type"]


def test_relations_filter_by_type_region_and_period(client, news, celltrion):
    Organization.objects.filter(name_ko="한국바이오협회").update(region="daejeon")

    assert [r["type"] for r in client.get("/api/intel/relations").json()["items"]] == ["mou", "event"]
    assert [r["type"] for r in client.get("/api/intel/relations?region=daejeon").json()["items"]] == ["event"]
    assert [r["type"] for r in client.get("/api/intel/relations?date_from=2025-01-01").json()["items"]] == [
        "mou"
    ]


def test_graph_nodes_and_edges(client, news, celltrion):
    graph = client.get("/api/intel/graph").json()

    names = {n["id"]: n["label"] for n in graph["nodes"]}
    assert sorted(names.values()) == ["바이오젠코리아", "셀트리온", "한국바이오협회"]
    assert graph["nodes"][0] == {
        "id": celltrion.pk,
        "label": "셀트리온",
        "type": "large_company",
        "region": "seoul",
        "status": "verified",
        "relations": 2,
    }
    edges = sorted(
        (names[e["source"]], names[e["target"]], e["type"], e["count"], e["confirmed"])
        for e in graph["edges"]
    )
    assert sorted(tuple(sorted(e[:2])) + e[2:] for e in edges) == [
        ("바이오젠코리아", "셀트리온", "mou", 1, False),
        ("셀트리온", "한국바이오협회", "event", 1, False),
    ]
    only_events = client.get("/api/intel/graph?rel_type=event").json()
    assert sorted(n["label"] for n in only_events["nodes"]) == ["셀트리온", "한국바이오협회"]


def test_rejected_relation_and_organisation_leave_the_graph(client, news, celltrion):
    Relation.objects.filter(rel_type="event").update(status="rejected")
    Organization.objects.filter(name_ko="바이오젠코리아").update(status="rejected")

    graph = client.get("/api/intel/graph").json()

    assert [n["label"] for n in graph["nodes"]] == ["셀트리온"]
    assert graph["edges"] == []


def test_timeline_oldest_first_with_article_links(client, news, celltrion):
    first, second = news

    data = client.get(f"/api/intel/organizations/{celltrion.pk}/timeline").json()

    assert data["organization"]["name"] == "셀트리온"
    assert [(r["type"], r["date"], r["article"]["id"]) for r in data["relations"]] == [
        ("event", "2024-05-03", second),
        ("mou", "2025-03-28", first),
    ]


@pytest.mark.parametrize("role", [None, "reviewer", "mentor"])
def test_review_actions_forbidden_for_non_operators(client, news, role):
    user = UserFactory(roles=[role] if role else [])
    client.force_login(user)
    new_org = Organization.objects.get(name_ko="바이오젠코리아")
    relation = Relation.objects.get(rel_type="mou")

    responses = [
        client.post(
            f"/api/intel/organizations/{new_org.pk}/review",
            {"action": "confirm"},
            content_type="application/json",
        ),
        client.post(
            f"/api/intel/organizations/{new_org.pk}/merge", {"into": 1}, content_type="application/json"
        ),
        client.post(
            f"/api/intel/relations/{relation.pk}/review",
            {"action": "confirm"},
            content_type="application/json",
        ),
        client.post(f"/api/intel/relations/{relation.pk}/agreement", content_type="application/json"),
    ]

    assert [r.status_code for r in responses] == [403, 403, 403, 403]
    assert Organization.objects.get(pk=new_org.pk).status == "unverified"
    assert Relation.objects.get(pk=relation.pk).status == "pending"
    assert not ReviewEvent.objects.exists() and not Agreement.objects.exists()


def test_review_actions_need_login(client, news):
    relation = Relation.objects.get(rel_type="mou")
    response = client.post(
        f"/api/intel/relations/{relation.pk}/review", {"action": "confirm"}, content_type="application/json"
    )
    assert response.status_code == 401
    assert Relation.objects.get(pk=relation.pk).status == "pending"


def test_operator_confirms_relation_and_creates_agreement(client, news, operator, celltrion):
    client.force_login(operator)
    relation = Relation.objects.get(rel_type="mou")

    confirmed = client.post(
        f"/api/intel/relations/{relation.pk}/review", {"action": "confirm"}, content_type="application/json"
    )
    created = client.post(f"/api/intel/relations/{relation.pk}/agreement", content_type="application/json")

    assert confirmed.json() == {"id": relation.pk, "status": "confirmed", "agreement_id": None}
    agreement = Agreement.objects.get()
    assert (created.status_code, created.json()["agreement_id"]) == (201, agreement.pk)
    assert (agreement.date, agreement.kind) == (date(2025, 3, 28), "mou")


def test_operator_merge_and_confirm_organisation(client, news, operator, celltrion):
    client.force_login(operator)
    association = Organization.objects.get(name_ko="한국바이오협회")
    new_org = Organization.objects.get(name_ko="바이오젠코리아")

    merged = client.post(
        f"/api/intel/organizations/{association.pk}/merge",
        {"into": celltrion.pk},
        content_type="application/json",
    )
    confirmed = client.post(
        f"/api/intel/organizations/{new_org.pk}/review",
        {"action": "confirm"},
        content_type="application/json",
    )

    assert merged.json() == {"id": celltrion.pk, "name": "셀트리온", "status": "verified"}
    assert not Organization.objects.filter(pk=association.pk).exists()
    assert confirmed.json() == {"id": new_org.pk, "name": "바이오젠코리아", "status": "verified"}


def test_review_bad_action_is_422_and_unknown_is_404(client, news, operator):
    client.force_login(operator)
    relation = Relation.objects.get(rel_type="mou")

    bad = client.post(
        f"/api/intel/relations/{relation.pk}/review", {"action": "maybe"}, content_type="application/json"
    )
    missing = client.post(
        "/api/intel/relations/9999/review", {"action": "confirm"}, content_type="application/json"
    )
    refused = client.post(f"/api/intel/relations/{relation.pk}/agreement", content_type="application/json")

    assert (bad.status_code, bad.json()["detail"][0]["loc"]) == (422, ["body", "action"])
    assert missing.status_code == 404
    assert refused.status_code == 422
    assert Relation.objects.get(pk=relation.pk).status == "pending"


def test_article_list_query_count_is_constant(client, news, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        client.get("/api/intel/articles")


def test_operator_uploads_through_the_api(client, operator, celltrion, django_capture_on_commit_callbacks):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from biobridge.intel.models import IngestBatch

    client.force_login(operator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/api/intel/uploads", {"files": [SimpleUploadedFile("empty.txt", b"")]})
    batch = IngestBatch.objects.get()

    assert (response.status_code, response.json()["id"], response.json()["status"]) == (
        202,
        batch.pk,
        "queued",
    )
    done = client.get(f"/api/intel/uploads/{batch.pk}").json()
    assert done["status"] == "done"
    assert [(r["name"], r["status"], r["message"]) for r in done["results"]] == [
        ("empty.txt", "error", "empty file")
    ]


def test_upload_api_forbidden_for_non_operators(client, db):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from biobridge.intel.models import IngestBatch

    client.force_login(UserFactory())
    response = client.post("/api/intel/uploads", {"files": [SimpleUploadedFile("a.txt", b"x")]})

    assert response.status_code == 403
    assert not IngestBatch.objects.exists()


def test_upload_api_without_files_is_422(client, operator):
    from biobridge.intel.models import IngestBatch

    client.force_login(operator)
    response = client.post("/api/intel/uploads", {})

    assert response.status_code == 422
    assert not IngestBatch.objects.exists()


def test_relation_type_filter_ignores_only_the_rejected_relation(client, celltrion):
    relations = [
        ExtractedRelation(type="mou", parties=["셀트리온"]),
        ExtractedRelation(type="event", parties=["셀트리온"]),
    ]
    article_id = store_extracted(article(relations=relations), source="a.txt").article_id
    Relation.objects.filter(rel_type="event").update(status="rejected")

    def ids(rel_type: str) -> list[int]:
        return [a["id"] for a in client.get(f"/api/intel/articles?rel_type={rel_type}").json()["items"]]

    assert ids("mou") == [article_id]
    assert ids("event") == []
