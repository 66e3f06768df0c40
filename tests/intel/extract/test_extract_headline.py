"""The headline as evidence: its actors and counterpart, written as the body writes them."""

from __future__ import annotations

from biobridge.intel.extract.gazetteer import default_gazetteer
from biobridge.intel.extract.headline import headline_phrases
from biobridge.intel.extract.orgs import find_organizations


def _names(body: str, title: str | None = None) -> set[str]:
    return {o.canonical for o in find_organizations(body, default_gazetteer(), title)}


def _phrases(title: str) -> list[tuple[str, str]]:
    return [(p.text, p.role) for p in headline_phrases(title)]


def test_actors_before_the_first_comma_and_the_counterpart_after_it():
    assert _phrases("[단독] 라온바이오·세종대병원, 마르코니 테라젠과 항체 공동개발") == [
        ("라온바이오", "actor"),
        ("세종대병원", "actor"),
        ("마르코니 테라젠", "counterpart"),
    ]
    assert _phrases("국립암센터-KoNECT, 항암 세미나 공동 개최") == [
        ("국립암센터", "actor"),
        ("KoNECT", "actor"),
    ]


def test_places_people_quotes_and_headlines_without_a_comma_name_no_actor():
    assert _phrases("보스턴서 바이오 협력 모색") == []
    assert _phrases("보스턴서, 바이오 협력 모색") == []
    assert _phrases("김하늘 대표, 글로벌 진출 자신") == []
    assert _phrases('"내년 흑자 전환", 자신감 드러낸 바이오텍') == []


def test_a_two_word_foreign_name_from_the_headline_keeps_its_second_word():
    body = "한솔제약이 미국 제약사 브렌다무어 카시엘과 800억원 규모의 수액제 공급 계약을 맺었다."
    plain = _names(body)
    headed = _names(body, "한솔제약, 브렌다무어 카시엘과 800억 공급 계약")
    assert "브렌다무어 카시엘" not in plain
    assert "브렌다무어 카시엘" in headed
    assert "브렌다무어" not in headed


def test_a_description_in_the_headline_stays_a_description():
    body = "한솔제약이 유럽 제약사와 수액제 공급 계약을 맺었다."
    found = _names(body, "한솔제약, 유럽 제약사와 공급 계약")
    assert not any("유럽" in name for name in found)


def test_a_bare_headline_name_keeps_its_final_syllable_in_the_body():
    body = "큐라노이가 신약 후보물질의 임상 1상 결과를 발표했다. 회사 측은 내년 2상에 들어간다고 밝혔다."
    headed = _names(body, "큐라노이, 임상 1상 결과 발표")
    assert "큐라노이" in headed
    assert "큐라노" not in headed


def test_the_headline_relation_completes_the_party_the_lead_leaves_out():
    from biobridge.intel.extract.relations import find_relations

    title = "한솔제약, 브렌다무어 카시엘과 800억 공급 계약"
    body = (
        "한솔제약은 800억원 규모의 수액제 공급 계약을 체결했다고 3일 공시했다. "
        "계약 상대방은 미국 제약사 브렌다무어 카시엘이다."
    )
    orgs = find_organizations(body, default_gazetteer(), title)
    plain = {(r.type, frozenset(r.parties)) for r in find_relations(body, orgs, "2025-03-04")}
    headed = {(r.type, frozenset(r.parties)) for r in find_relations(body, orgs, "2025-03-04", title)}
    assert ("contract", frozenset({"한솔제약"})) in plain
    assert headed == {("contract", frozenset({"한솔제약", "브렌다무어 카시엘"}))}
