import pytest

from biobridge.directory.selectors import search_organizations
from biobridge.directory.services import OrganizationData, create_organization

pytestmark = pytest.mark.django_db


@pytest.fixture
def orgs(taxonomy):
    return {
        "celltrion": create_organization(
            data=OrganizationData(
                name_ko="셀트리온",
                name_en="Celltrion",
                org_type="large_company",
                region="incheon",
                description_ko="자가면역질환 항체치료제와 바이오시밀러를 개발한다.",
                offering=["biosimilar"],
            )
        ),
        "bag": create_organization(
            data=OrganizationData(
                name_ko="백메이커",
                name_en="BagMaker",
                org_type="supplier",
                region="chungbuk",
                description_en="Single-use bioprocess bags made in Korea.",
                offering=["single_use_bags"],
            )
        ),
        "lonza": create_organization(
            data=OrganizationData(
                name_ko="론자",
                name_en="Lonza",
                org_type="cdmo",
                country="CH",
                region="overseas",
                description_en="Swiss CDMO.",
                offering=["cdmo_manufacturing"],
            )
        ),
    }


def names(qs):
    return sorted(o.name_en for o in qs)


def test_korean_and_english_names_find_the_same_organisation(orgs):
    assert names(search_organizations(q="셀트리온")) == ["Celltrion"]
    assert names(search_organizations(q="celltrion")) == ["Celltrion"]
    assert names(search_organizations(q="(주)셀트리온")) == ["Celltrion"]


def test_korean_query_matches_description_by_morphemes_not_substring(orgs):
    # "항체 치료제를" is not a substring of "항체치료제와"; the morphemes 항체 + 치료제 match.
    assert names(search_organizations(q="항체 치료제를")) == ["Celltrion"]


def test_query_matches_taxonomy_synonyms_across_languages(orgs):
    # BagMaker is tagged "single_use_bags"; its Korean term name is searchable too.
    assert names(search_organizations(q="일회용 백")) == ["BagMaker"]
    assert names(search_organizations(q="CDMO")) == ["Lonza"]


def test_filters_combine(orgs):
    assert names(search_organizations(org_type="supplier")) == ["BagMaker"]
    assert names(search_organizations(country="ch")) == ["Lonza"]
    assert names(search_organizations(region="incheon", q="바이오시밀러")) == ["Celltrion"]
    assert names(search_organizations(tag="single_use_bags", side="offering")) == ["BagMaker"]
    assert names(search_organizations(tag="single_use_bags", side="seeking")) == []


def test_no_match_returns_nothing(orgs):
    assert names(search_organizations(q="존재하지않는회사명")) == []
