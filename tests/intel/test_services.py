from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from biobridge.directory.models import Agreement, Organization, OrganizationName
from biobridge.intel.ingest import store_extracted
from biobridge.intel.models import Mention, Relation, RelationParty, ReviewEvent
from biobridge.intel.services import (
    create_agreement_from_relation,
    merge_organizations,
    set_organization_review_state,
    set_relation_state,
)
from tests.factories import OrganizationFactory, make_member
from tests.intel.conftest import article

pytestmark = pytest.mark.django_db


@pytest.fixture
def ingested(celltrion):
    store_extracted(article(), source="a.txt")
    return Organization.objects.get(name_ko="바이오젠코리아")


def test_confirm_unverified_organisation(ingested, operator):
    set_organization_review_state(ingested, "verified", actor=operator)

    assert Organization.objects.get(pk=ingested.pk).status == "verified"
    assert list(ReviewEvent.objects.values_list("action", "actor", "organization")) == [
        ("org_confirmed", operator.pk, ingested.pk)
    ]


def test_reject_then_reopen_organisation(ingested, operator):
    set_organization_review_state(ingested, "rejected", actor=operator)
    assert Organization.objects.get(pk=ingested.pk).status == "rejected"
    set_organization_review_state(ingested, "unverified", actor=operator)
    assert Organization.objects.get(pk=ingested.pk).status == "unverified"


def test_verified_organisation_cannot_be_rejected_from_the_news_queue(celltrion, operator):
    with pytest.raises(ValidationError) as exc:
        set_organization_review_state(celltrion, "rejected", actor=operator)

    assert "status" in exc.value.message_dict
    assert Organization.objects.get(pk=celltrion.pk).status == "verified"
    assert not ReviewEvent.objects.exists()


def test_merge_moves_mentions_relations_and_names(ingested, celltrion, operator):
    target = OrganizationFactory(name_ko="바이오젠코리아홀딩스", name_en="Biogen Korea Holdings")
    source_pk = ingested.pk

    merge_organizations(ingested, target, actor=operator)

    assert not Organization.objects.filter(pk=source_pk).exists()
    assert Mention.objects.get(surface="바이오젠코리아").organization == target
    assert list(RelationParty.objects.values_list("organization_id", flat=True)) == [target.pk, celltrion.pk]
    assert OrganizationName.objects.get(key="바이오젠코리아").organization == target
    assert OrganizationName.objects.get(key="바이오젠코리아").kind == "alias"
    assert " 바이오젠코리아 " in Organization.objects.get(pk=target.pk).search_document
    event = ReviewEvent.objects.get()
    assert (event.action, event.organization_id) == ("org_merged", target.pk)
    assert event.detail == f"바이오젠코리아 (#{source_pk}) → 바이오젠코리아홀딩스 (#{target.pk})"


def test_merge_into_an_existing_party_drops_the_duplicate_link(ingested, celltrion, operator):
    merge_organizations(ingested, celltrion, actor=operator)

    relation = Relation.objects.get()
    assert list(relation.party_links.values_list("organization_id", flat=True)) == [celltrion.pk]


@pytest.mark.parametrize("case", ["self", "verified_source", "rejected_target", "has_members"])
def test_merge_refused_changes_nothing(ingested, celltrion, operator, case):
    source, into = ingested, celltrion
    if case == "self":
        into = ingested
    elif case == "verified_source":
        source, into = celltrion, ingested
    elif case == "rejected_target":
        Organization.objects.filter(pk=celltrion.pk).update(status="rejected")
        into.refresh_from_db()
    else:
        make_member(ingested, role="owner")

    with pytest.raises(ValidationError):
        merge_organizations(source, into, actor=operator)

    assert Organization.objects.filter(pk=ingested.pk).exists()
    assert Mention.objects.get(surface="바이오젠코리아").organization_id == ingested.pk
    assert not ReviewEvent.objects.exists()


def test_relation_confirm_and_reject_record_reviewer(ingested, operator):
    relation = Relation.objects.get()

    set_relation_state(relation, "confirmed", actor=operator)
    relation.refresh_from_db()
    assert (relation.status, relation.reviewed_by) == ("confirmed", operator)
    set_relation_state(relation, "rejected", actor=operator)
    assert Relation.objects.get().status == "rejected"
    assert list(ReviewEvent.objects.order_by("pk").values_list("action", flat=True)) == [
        "relation_confirmed",
        "relation_rejected",
    ]


def test_relation_same_state_is_refused(ingested, operator):
    with pytest.raises(ValidationError):
        set_relation_state(Relation.objects.get(), "pending", actor=operator)
    assert not ReviewEvent.objects.exists()


def test_agreement_from_confirmed_mou(ingested, celltrion, operator):
    relation = set_relation_state(Relation.objects.get(), "confirmed", actor=operator)

    agreement = create_agreement_from_relation(relation, actor=operator)

    assert (agreement.kind, agreement.title_ko, agreement.date, agreement.date_precision) == (
        "mou",
        "바이오젠코리아, 셀트리온과 MOU",
        date(2025, 3, 28),
        "day",
    )
    assert agreement.source_title == "바이오뉴스 · 바이오젠코리아, 셀트리온과 MOU"
    assert sorted(agreement.parties.values_list("pk", flat=True)) == sorted([ingested.pk, celltrion.pk])
    assert Relation.objects.get().agreement == agreement
    with pytest.raises(ValidationError):  # only once
        create_agreement_from_relation(relation, actor=operator)
    assert Agreement.objects.count() == 1


def test_agreement_refused_for_pending_relation(ingested, operator):
    with pytest.raises(ValidationError) as exc, translation.override("en"):
        create_agreement_from_relation(Relation.objects.get(), actor=operator)

    assert exc.value.message_dict == {"relation": ["Confirm the relation before creating an agreement."]}
    assert not Agreement.objects.exists()


def test_relation_with_agreement_cannot_be_rejected(ingested, operator):
    relation = set_relation_state(Relation.objects.get(), "confirmed", actor=operator)
    create_agreement_from_relation(relation, actor=operator)

    with pytest.raises(ValidationError):
        set_relation_state(relation, "rejected", actor=operator)
    assert Relation.objects.get().status == "confirmed"
