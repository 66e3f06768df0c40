import pytest

from biobridge.directory.models import Organization
from biobridge.intel.adapters import ExtractedRelation
from biobridge.intel.ingest import store_extracted
from biobridge.intel.models import Article, IngestBatch, Relation, ReviewEvent
from tests.factories import UserFactory
from tests.intel.conftest import article, decode_error, org

pytestmark = pytest.mark.django_db


@pytest.fixture
def stored(celltrion):
    return Article.objects.get(pk=store_extracted(article(), source="/srv/in/news.zip:a/001.txt").article_id)


def test_article_list_filters_and_query_guard(client, stored, django_assert_max_num_queries):
    for i in range(5):
        body = f"셀트리온은 {i}번째 행사를 개최했다."
        store_extracted(
            article(
                body,
                title=f"행사 {i}",
                outlet="행사뉴스",
                orgs=[org("셀트리온", body)],
                relations=[ExtractedRelation(type="event", parties=["셀트리온"])],
            ),
            source=f"{i}.txt",
        )

    with django_assert_max_num_queries(10):
        response = client.get("/ko/news/")
    assert response.status_code == 200
    assert [a.pk for a in response.context["page"]][-1] == stored.pk
    assert response.context["total"] == 6

    mou_only = client.get("/ko/news/?rel_type=mou", headers={"HX-Request": "true"}).content.decode()
    assert mou_only.count('class="card article"') == 1
    assert f'href="/ko/news/articles/{stored.pk}/"' in mou_only
    assert "<html" not in mou_only  # the partial only


def test_article_list_bad_period_shows_error(client, stored):
    response = client.get("/en/news/?date_from=2025-02-01&date_to=2025-01-01")
    assert response.context["form"].errors == {"date_to": ["The end of the period is before its start."]}
    assert response.context["total"] == 1  # unfiltered


def test_article_page_marks_mentions_and_escapes_text(client, celltrion):
    body = "셀트리온은 <script>alert(1)</script> 협약을 맺었다고 밝혔다."
    result = store_extracted(
        article(
            body,
            orgs=[org("셀트리온", body)],
            relations=[ExtractedRelation(type="mou", parties=["셀트리온"], evidence=body)],
        ),
        source="x.txt",
    )

    html = client.get(f"/ko/news/articles/{result.article_id}/").content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    attrs = 'class="org org-verified evidence" data-relations="mou" title="셀트리온"'
    attrs += f' data-org="{celltrion.pk}"'
    assert f"<mark {attrs}>셀트리온</mark>" in html


def test_article_page_shows_source_file_name_not_server_path(client, stored):
    html = client.get(f"/ko/news/articles/{stored.pk}/").content.decode()
    assert "news.zip:a/001.txt</span>" in html
    assert ">/srv/in/" not in html


def test_unknown_article_is_404(client, db):
    assert client.get("/ko/news/articles/999/").status_code == 404


def test_map_page_renders(client, db):
    response = client.get("/ko/news/map/")
    assert response.status_code == 200
    assert b"intel/vendor/cytoscape/cytoscape.min.js" in response.content


@pytest.mark.parametrize("path", ["/ko/news/review/", "/ko/news/upload/"])
def test_operator_pages_refused_for_others(client, stored, path):
    client.force_login(UserFactory(roles=["reviewer"]))
    assert client.get(path).status_code == 403


def test_review_posts_refused_for_non_operator_change_nothing(client, stored):
    client.force_login(UserFactory())
    new_org = Organization.objects.get(name_ko="바이오젠코리아")
    relation = Relation.objects.get()

    codes = [
        client.post(f"/ko/news/review/organizations/{new_org.pk}/", {"action": "confirm"}).status_code,
        client.post(f"/ko/news/review/relations/{relation.pk}/", {"action": "confirm"}).status_code,
        client.post(f"/ko/news/review/relations/{relation.pk}/agreement/").status_code,
    ]

    assert codes == [403, 403, 403]
    assert Organization.objects.get(pk=new_org.pk).status == "unverified"
    assert Relation.objects.get().status == "pending"
    assert not ReviewEvent.objects.exists()


def test_review_queue_lists_and_confirms(client, stored, operator, django_assert_max_num_queries):
    client.force_login(operator)
    with django_assert_max_num_queries(15):
        page = client.get("/ko/news/review/")
    assert [o.name_ko for o, _form in page.context["organizations"]] == ["바이오젠코리아"]
    new_org = Organization.objects.get(name_ko="바이오젠코리아")

    response = client.post(f"/ko/news/review/organizations/{new_org.pk}/", {"action": "confirm"})

    assert response.status_code == 302
    assert Organization.objects.get(pk=new_org.pk).status == "verified"


def test_merge_without_target_is_refused(client, stored, operator):
    client.force_login(operator)
    new_org = Organization.objects.get(name_ko="바이오젠코리아")

    client.post(f"/ko/news/review/organizations/{new_org.pk}/merge/", {f"m{new_org.pk}-into": ""})

    assert Organization.objects.filter(pk=new_org.pk).exists()


def test_upload_stores_batch_and_reports_each_file(
    client, operator, celltrion, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(operator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/news/upload/",
            {
                "files": [
                    SimpleUploadedFile("empty.txt", b""),
                    SimpleUploadedFile("junk.txt", b"\x00\x01\x02" * 100),
                ]
            },
            follow=True,
        )

    batch = IngestBatch.objects.get()
    assert response.redirect_chain == [(f"/en/news/upload/{batch.pk}/", 302)]
    assert (batch.status, [(r["name"], r["message"]) for r in batch.results]) == (
        "done",
        [
            ("empty.txt", "empty file"),
            ("junk.txt", decode_error(b"\x00\x01\x02" * 100)),
        ],
    )
    assert not Article.objects.exists()


def test_upload_without_files_is_refused(client, operator):
    client.force_login(operator)
    response = client.post("/en/news/upload/", {})
    assert response.context["form"].errors == {"files": ["Choose at least one .txt, .html or .zip file."]}
    assert not IngestBatch.objects.exists()


def test_upload_results_page_speaks_the_readers_language(
    client, operator, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(operator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/ko/news/upload/", {"files": [SimpleUploadedFile("empty.txt", b"")]})

    html = client.get(f"/ko/news/upload/{IngestBatch.objects.get().pk}/").content.decode()
    assert "빈 파일" in html
    assert "새 기사 0건, 이미 저장됨 0건, 오류 1건" in html


def test_article_list_shows_one_badge_per_relation_type(client, celltrion):
    relations = [ExtractedRelation(type="event", parties=["셀트리온"]) for _ in range(3)]
    store_extracted(article(relations=relations), source="a.txt")

    html = client.get("/en/news/").content.decode()

    assert html.count('class="rel-badge rel-event"') == 1
