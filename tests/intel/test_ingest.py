from datetime import date
from decimal import Decimal

import pytest

from biobridge.directory.models import Organization, OrganizationName
from biobridge.intel.adapters import ExtractedRelation
from biobridge.intel.ingest import store_extracted
from biobridge.intel.models import Article, ArticleSource, Mention, Relation
from tests.intel.conftest import BODY, article, org

pytestmark = pytest.mark.django_db


def test_store_creates_article_mentions_and_relation(celltrion):
    result = store_extracted(article(), source="news/a.txt")

    stored = Article.objects.get()
    assert (
        result.status,
        result.article_id,
        result.organizations,
        result.new_organizations,
        result.relations,
    ) == (
        "created",
        stored.pk,
        2,
        1,
        1,
    )
    assert (stored.title, stored.published, stored.reporter, stored.outlet, stored.language) == (
        "바이오젠코리아, 셀트리온과 MOU",
        date(2025, 3, 28),
        "홍길동",
        "바이오뉴스",
        "ko",
    )
    mentions = [
        (m.surface, m.start, m.end, m.organization.name_ko) for m in Mention.objects.order_by("start")
    ]
    assert mentions == [("바이오젠코리아", 0, 7, "바이오젠코리아"), ("셀트리온", 13, 17, "셀트리온")]
    assert all(stored.body[m.start : m.end] == m.surface for m in Mention.objects.all())
    relation = Relation.objects.get()
    assert relation.rel_type == "mou" and relation.status == "pending"
    assert [link.organization.name_ko for link in relation.party_links.all()] == [
        "바이오젠코리아",
        "셀트리온",
    ]
    assert (relation.date, relation.date_precision) == (date(2025, 3, 28), "day")
    assert relation.evidence == "바이오젠코리아는 28일 셀트리온과 업무협약(MOU)을 체결했다고 밝혔다."
    assert (relation.evidence_start, relation.evidence_end) == (0, len(relation.evidence))


def test_unknown_organisation_becomes_unverified_with_its_type(celltrion):
    store_extracted(article(), source="a.txt")

    new = Organization.objects.get(name_ko="바이오젠코리아")
    assert (new.status, new.org_type, new.name_en) == ("unverified", "startup", "")
    assert Organization.objects.get(pk=celltrion.pk).status == "verified"


def test_organisation_linked_by_alias_and_legal_form(celltrion):
    body = "㈜셀트 는 시흥시와 손을 잡았다."
    extracted = article(body, orgs=[org("㈜셀트", body)], relations=[])

    store_extracted(extracted, source="a.txt")

    assert Mention.objects.get().organization == celltrion
    assert Organization.objects.count() == 1


def test_english_name_links_to_the_same_organisation(celltrion):
    body = "Celltrion, Inc. signed an MOU with Lonza."
    extracted = article(body, orgs=[org("Celltrion, Inc.", body), org("Lonza", body)], relations=[])

    store_extracted(extracted, source="a.txt")

    assert Mention.objects.get(surface="Celltrion, Inc.").organization == celltrion
    assert Organization.objects.get(name_en="Lonza").status == "unverified"


def test_same_text_twice_is_stored_once_and_source_recorded(celltrion):
    first = store_extracted(article(), source="run1/a.txt")
    second = store_extracted(article(), source="run2/a.txt")

    assert (first.status, second.status, second.article_id) == ("created", "duplicate", first.article_id)
    assert second.message == f"same text as article #{first.article_id}"
    assert (Article.objects.count(), Relation.objects.count(), Mention.objects.count()) == (1, 1, 2)
    assert list(ArticleSource.objects.values_list("source", flat=True)) == ["run1/a.txt", "run2/a.txt"]


def test_same_press_release_in_two_outlets_is_one_article(celltrion):
    # The second outlet re-wraps lines, adds a dateline and has its own reporter and e-mail.
    other_body = (
        "[서울=다른뉴스] 바이오젠코리아는 28일 셀트리온과 업무협약(MOU)을 체결했다고 밝혔다. "
        "양사는 항체 위탁생산 분야에서 협력하기로 했다.\n김철수 기자 kim@other.example"
    )
    store_extracted(article(), source="a.txt")
    result = store_extracted(article(other_body, outlet="다른뉴스", title="다른 제목"), source="b.txt")

    assert result.status == "duplicate"
    assert Article.objects.count() == 1
    assert list(ArticleSource.objects.values_list("outlet", flat=True)) == ["바이오뉴스", "다른뉴스"]


def test_different_wording_is_a_different_article(celltrion):
    store_extracted(article(), source="a.txt")
    result = store_extracted(article(BODY.replace("협력하기로", "공동 연구하기로")), source="b.txt")

    assert result.status == "created"
    assert Article.objects.count() == 2


def test_rejected_organisation_is_not_proposed_again(celltrion):
    store_extracted(article(), source="a.txt")
    Organization.objects.filter(name_ko="바이오젠코리아").update(status="rejected")
    body = "바이오젠코리아와 셀트리온이 또 만났다."
    extracted = article(
        body,
        orgs=[org("바이오젠코리아", body), org("셀트리온", body)],
        relations=[ExtractedRelation(type="partnership", parties=["바이오젠코리아", "셀트리온"])],
    )

    result = store_extracted(extracted, source="b.txt")

    assert (result.new_organizations, result.organizations) == (0, 1)
    assert Organization.objects.filter(name_ko="바이오젠코리아").count() == 1
    relation = Relation.objects.get(article_id=result.article_id)
    assert [p.pk for p in relation.parties.all()] == [celltrion.pk]


def test_relation_month_date_amount_and_unknown_fields(celltrion):
    relations = [
        ExtractedRelation(
            type="investment", parties=["셀트리온"], date="2023-04", amount=30000000000, currency="krw"
        ),
        ExtractedRelation(type="gossip", parties=["셀트리온"]),  # not a relation type: ignored
        ExtractedRelation(type="visit", parties=["아무도모르는곳"]),  # no resolvable party: ignored
    ]
    store_extracted(article(relations=relations), source="a.txt")

    relation = Relation.objects.get()
    assert (relation.rel_type, relation.date, relation.date_precision, relation.date_display) == (
        "investment",
        date(2023, 4, 1),
        "month",
        "2023-04",
    )
    assert (relation.amount, relation.currency, relation.evidence, relation.evidence_start) == (
        Decimal("30000000000.00"),
        "KRW",
        "",
        None,
    )


def test_missing_metadata_stays_empty_never_invented(celltrion):
    extracted = article(published=None, title="")
    extracted.reporter = None
    extracted.outlet = None

    store_extracted(extracted, source="a.txt")

    stored = Article.objects.get()
    assert (stored.published, stored.reporter, stored.outlet) == (None, "", "")
    assert stored.title == BODY.splitlines()[0]


def test_names_of_new_organisation_are_registered_for_the_next_article(celltrion):
    body = "론자(Lonza)는 투자를 발표했다."
    store_extracted(article(body, orgs=[org("Lonza", body, canonical="론자")], relations=[]), source="a.txt")

    lonza = Organization.objects.get(name_ko="론자")
    assert (
        lonza.name_en,
        sorted(OrganizationName.objects.filter(organization=lonza).values_list("key", flat=True)),
    ) == (
        "Lonza",
        ["lonza", "론자"],
    )
