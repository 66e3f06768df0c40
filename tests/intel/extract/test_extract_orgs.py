"""Organisation detection: particles, ㈜, parentheses, abbreviations, enumerations, directory names."""

from __future__ import annotations

from biobridge.intel.extract.api import Extractor, OrgName
from biobridge.intel.extract.gazetteer import default_gazetteer
from biobridge.intel.extract.orgs import find_organizations


def _orgs(text, gazetteer=None):
    return {o.canonical: o for o in find_organizations(text, gazetteer or default_gazetteer())}


def test_particles_are_stripped_from_names():
    found = _orgs(
        "삼성바이오로직스와 셀트리온은 공동 연구를 진행한다고 밝혔다. "
        "큐로셀은 지난해 상장했고 큐로셀이 개발한 치료제가 주목받았다."
    )
    assert {"삼성바이오로직스", "셀트리온"} <= set(found)
    assert "삼성바이오로직스와" not in found and "셀트리온은" not in found


def test_corporate_markers_and_title_context_reveal_unknown_companies():
    found = _orgs(
        "이날 토론에는 주식회사 나노바이오젠 김철수 대표와 ㈜메디퓨처스 관계자가 참석했다. "
        "(주)셀큐어는 이번 달 임상을 시작한다고 밝혔다."
    )
    assert {"나노바이오젠", "메디퓨처스", "셀큐어"} <= set(found)
    assert found["나노바이오젠"].type == "company"


def test_parenthesised_foreign_name_is_an_alias():
    found = _orgs("론자(Lonza), 우시(WuXi) 등 글로벌 CDMO 기업이 참여한다.")
    assert set(found) == {"론자", "우시"}
    assert [m.text for m in found["론자"].mentions] == ["론자", "Lonza"]


def test_abbreviation_and_full_name_are_one_organisation():
    found = _orgs(
        "산업통상자원부(산업부)는 계획을 발표했다. 산업부는 또 예산을 늘린다. "
        "연세대학교와 협약했다. 연세대는 인력을 양성한다."
    )
    assert found["산업통상자원부"].name == "산업통상자원부"
    assert len(found["산업통상자원부"].mentions) == 3
    assert "산업부" not in found and "연세대" not in found and "연세대학교" in found


def test_bullet_enumeration_makes_every_item_an_organisation():
    found = _orgs("선정된 기업은 ▲큐어버스 ▲진메디신 ▲바이오앱 ▲엔솔바이오사이언스 등이다.")
    assert {"큐어버스", "진메디신", "바이오앱", "엔솔바이오사이언스"} <= set(found)


def test_comma_enumeration_before_organisation_noun():
    found = _orgs("이번 투자에는 인터베스트와 KB인베스트먼트 등 투자사가 참여했다.")
    assert found["인터베스트"].type == "investor" and "KB인베스트먼트" in found


def test_titles_after_names_are_not_organisations():
    found = _orgs("김관영 도지사와 윤원수 대표, 이승규 상근부회장이 참석했다.")
    assert found == {}


def test_mayor_title_names_the_city_government():
    found = _orgs("유정복 인천시장은 17일 공장을 방문했다.")
    assert set(found) == {"인천광역시"}


def test_unknown_company_found_from_context_alone():
    text = "피노젝트는 새 플랫폼을 공개했다고 밝혔다. 피노젝트 김민수 대표는 해외 진출을 준비한다고 말했다."
    orgs = Extractor().extract_text(text, filename="a.txt").organizations
    assert [(o.canonical, o.type) for o in orgs] == [("피노젝트", "company")]


def test_directory_names_passed_at_run_time_win():
    text = "이번 행사에는 가온바이오 연구진이 참석해 성과를 공유했다고 밝혔다. " * 2
    assert Extractor().extract_text(text, filename="a.txt").organizations == []
    extractor = Extractor(gazetteer_extra=[OrgName("가온바이오", "가온바이오 주식회사", "startup")])
    orgs = extractor.extract_text(text, filename="a.txt").organizations
    assert [(o.name, o.canonical, o.type) for o in orgs] == [("가온바이오", "가온바이오 주식회사", "startup")]


def test_mention_offsets_point_into_the_body():
    article = Extractor().extract_text(
        "셀트리온은 한국바이오협회와 업무협약을 체결했다고 10일 밝혔다. " * 2, filename="x.txt"
    )
    for org in article.organizations:
        for m in org.mentions:
            assert article.body[m.start : m.end] == m.text
