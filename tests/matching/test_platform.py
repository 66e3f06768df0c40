"""The matching engine inside the platform: organisation recommendations, API, CLI, pages."""

import pytest

from biobridge.directory.services import OrganizationData, create_organization, update_organization
from biobridge.matching.selectors import ORGANIZATION_INDEX
from biobridge.matching.services import recommend_partners
from tests.factories import make_member

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_index():
    ORGANIZATION_INDEX.clear()
    yield
    ORGANIZATION_INDEX.clear()


@pytest.fixture
def world(taxonomy):
    def org(**kw):
        return create_organization(data=OrganizationData(**kw))

    return {
        "startup": org(
            name_ko="에이디씨랩",
            org_type="startup",
            description_ko="고형암 항체약물접합체를 개발하며 기술이전 파트너를 찾는다.",
            offering=["adc"],
            seeking=["licensing_partner"],
        ),
        "pharma": org(
            name_en="Big Pharma Inc",
            org_type="big_pharma",
            country="US",
            description_en="We in-license oncology assets.",
            offering=["in_licensing", "oncology"],
        ),
        "farm": org(name_ko="농기계상사", org_type="company", description_ko="트랙터를 판매한다."),
        "sister": org(name_ko="에이디씨랩 자회사", org_type="startup", offering=["in_licensing"]),
    }


def test_startup_seeking_licensing_is_matched_to_the_in_licensing_pharma(world):
    recs = recommend_partners(world["startup"], top=5, lang="en")
    names = [r.organization.name_en or r.organization.name_ko for r in recs]
    assert names[0] == "Big Pharma Inc"
    assert "농기계상사" not in names
    assert any("in-licensing" in reason.lower() for reason in recs[0].reasons)


def test_reasons_follow_the_requested_language(world):
    ko = recommend_partners(world["startup"], top=1, lang="ko")[0].reasons
    assert any("기술도입" in r or "라이선스" in r or "찾는 것" in r for r in ko)


def test_index_follows_directory_changes(world):
    assert world["farm"].pk not in [r.organization.pk for r in recommend_partners(world["startup"], top=5)]
    data = OrganizationData.from_organization(world["farm"])
    data.offering = ["in_licensing", "oncology"]
    data.description_ko = "항암 신약 후보를 도입한다."
    update_organization(world["farm"], data=data)
    assert world["farm"].pk in [r.organization.pk for r in recommend_partners(world["startup"], top=5)]


def test_api_returns_recommendations_and_validates(client, world):
    url = f"/api/matching/organizations/{world['startup'].pk}/recommendations"
    body = client.get(url, {"top": 2, "lang": "en"}).json()
    assert [item["name_en"] for item in body][:1] == ["Big Pharma Inc"]
    assert client.get(url, {"top": 0}).status_code == 422
    assert client.get(url, {"lang": "fr"}).status_code == 422
    assert client.get("/api/matching/organizations/999999/recommendations").status_code == 404


def test_organisation_page_partial_lists_recommendations(client, world):
    body = client.get(f"/en/matching/organizations/{world['startup'].pk}/").content.decode()
    assert "Big Pharma Inc" in body and 'data-testid="recommendations"' in body


def test_recommended_for_you_shows_the_members_organisation(client, world):
    user = make_member(world["startup"], role="owner")
    client.force_login(user)
    body = client.get("/en/matching/").content.decode()
    assert "Partners for 에이디씨랩" in body and "Big Pharma Inc" in body


def test_cli_ranks_by_name_and_refuses_unknown(world, capsys):
    from biobridge.cli import main

    assert main(["match", "에이디씨랩", "--top", "2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith(" 1. Big Pharma Inc")
    with pytest.raises(SystemExit) as exc:
        main(["match", "없는기관"])
    assert exc.value.code == 2
    assert capsys.readouterr().err.strip() == "biobridge match: no organisation named or numbered '없는기관'"
