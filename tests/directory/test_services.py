import pytest
from django.core.exceptions import ValidationError

from biobridge.directory.models import Agreement, Organization, OrganizationName
from biobridge.directory.services import (
    AgreementData,
    OrganizationData,
    create_agreement,
    create_organization,
    update_organization,
)
from biobridge.directory.validators import name_key
from tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_name_key_ignores_legal_forms_case_and_spacing():
    assert name_key("(주)셀트리온") == name_key("셀트리온 ") == "셀트리온"
    assert name_key("Celltrion, Inc.") == "celltrion"
    assert name_key("㈜ 티앤알바이오팹") == "티앤알바이오팹"


def test_create_organization_stores_names_aliases_and_tags(taxonomy):
    org = create_organization(
        data=OrganizationData(
            name_ko="셀트리온",
            name_en="Celltrion",
            org_type="large_company",
            aliases=["(주)셀트리온", "Celltrion Inc."],
            offering=["biosimilar"],
            seeking=["adc"],
        )
    )
    names = sorted(OrganizationName.objects.filter(organization=org).values_list("key", "kind"))
    # "(주)셀트리온" and "Celltrion Inc." share keys with the names, so they are not stored twice.
    assert names == [("celltrion", "en"), ("셀트리온", "ko")]
    assert sorted((t.term.key, t.side) for t in org.tag_links.all()) == [
        ("adc", "seeking"),
        ("biosimilar", "offering"),
    ]


def test_korean_names_are_nfc_normalised():
    decomposed = "\u1109\u1166\u11af\u1110\u1173\u1105\u1175\u110b\u1169\u11ab"  # 셀트리온 in NFD
    org = create_organization(data=OrganizationData(name_ko=decomposed, org_type="large_company"))
    org.refresh_from_db()
    assert org.name_ko == "셀트리온"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name_ko", "셀트리온"),
        ("name_en", "CELLTRION"),
        ("aliases", ["(주) 셀트리온"]),
        ("name_en", "셀트리온"),
    ],
)
def test_duplicate_names_are_refused_naming_the_existing_record(field, value):
    existing = create_organization(
        data=OrganizationData(name_ko="셀트리온", name_en="Celltrion", org_type="large_company")
    )
    data = OrganizationData(name_ko="다른회사", org_type="startup")
    setattr(data, field, value)
    with pytest.raises(ValidationError) as exc:
        create_organization(data=data)
    message = " ".join(m for messages in exc.value.message_dict.values() for m in messages)
    assert "셀트리온 / Celltrion" in message and f"#{existing.pk}" in message
    assert Organization.objects.count() == 1


def test_invalid_fields_are_reported_by_field_and_nothing_is_stored():
    data = OrganizationData(
        name_ko="",
        name_en="",
        org_type="rocket",
        country="Korea",
        founded_year=1500,
        offering=["no_such_term"],
    )
    with pytest.raises(ValidationError) as exc:
        create_organization(data=data)
    assert set(exc.value.message_dict) == {"name_ko", "org_type", "country", "founded_year", "offering"}
    assert Organization.objects.count() == 0


def test_update_keeps_own_names_and_refuses_anothers():
    org = OrganizationFactory(name_ko="알파바이오", name_en="Alpha Bio")
    OrganizationFactory(name_ko="베타바이오", name_en="Beta Bio")
    data = OrganizationData.from_organization(org)
    data.description_ko = "항체 치료제를 개발합니다."
    update_organization(org, data=data)
    data.name_en = "Beta Bio"
    with pytest.raises(ValidationError):
        update_organization(org, data=data)
    org.refresh_from_db()
    assert (org.name_en, org.description_ko) == ("Alpha Bio", "항체 치료제를 개발합니다.")
    assert sorted(org.names.values_list("name", flat=True)) == ["Alpha Bio", "알파바이오"]


def test_agreement_needs_two_known_parties():
    a = OrganizationFactory()
    with pytest.raises(ValidationError) as exc:
        create_agreement(data=AgreementData(title_ko="협약", party_ids=[a.pk, 999_999]))
    assert "party_ids" in exc.value.message_dict
    assert Agreement.objects.count() == 0


def test_agreement_keeps_party_order_and_date_precision():
    a, b, c = OrganizationFactory(), OrganizationFactory(), OrganizationFactory()
    import datetime as dt

    agreement = create_agreement(
        data=AgreementData(
            title_en="Korea–US MOU",
            party_ids=[c.pk, a.pk, b.pk, a.pk],
            date=dt.date(2023, 4, 1),
            date_precision="month",
            scope_items=[" 교류 ", ""],
        )
    )
    assert [p.organization_id for p in agreement.party_links.all()] == [c.pk, a.pk, b.pk]
    assert agreement.date_display == "2023-04"
    assert agreement.scope_items == ["교류"]
