"""Rules found on holdout15 and 16 once they became development sets: two rounds told in one
sentence, a company named before its CEO, an office standing for its ministry, executives taking part."""

from __future__ import annotations

from rule_helpers import relations, relations_en

from biobridge.intel.extract.gazetteer import default_gazetteer
from biobridge.intel.extract.orgs import find_organizations
from biobridge.intel.extract.orgs_en import find_organizations_en
from biobridge.intel.extract.relations import find_relations


def _rels(text: str, published: str = "2025-07-08") -> list[tuple[str, set[str]]]:
    return relations(text, published)


def _rels_en(text: str, published: str = "2025-07-08") -> list[tuple[str, set[str]]]:
    return relations_en(text, published)


def test_two_rounds_in_two_clauses_stay_two_investments():
    body = (
        "진단기기 스타트업 노바셀텍이 150억원 규모의 시리즈B 투자를 유치했다고 8일 밝혔다.\n"
        "노바셀텍은 앞서 2022년 카카오벤처스와 퓨처플레이로부터 20억원 규모의 시드 투자를 받았고, "
        "이듬해 시리즈A에서는 컴퍼니케이파트너스와 DSC인베스트먼트로부터 100억원을 유치한 바 있다."
    )
    rounds = [p for kind, p in _rels(body) if kind == "investment"]
    assert {"노바셀텍", "카카오벤처스", "퓨처플레이"} in rounds
    assert {"노바셀텍", "컴퍼니케이파트너스", "DSC인베스트먼트"} in rounds


def test_each_round_keeps_its_own_amount():
    body = (
        "노바셀텍은 2022년 카카오벤처스로부터 20억원 규모의 시드 투자를 받았고, "
        "이듬해 시리즈A에서는 DSC인베스트먼트로부터 100억원을 유치했다."
    )
    orgs = find_organizations(body, default_gazetteer())
    amounts = sorted(r.amount.value for r in find_relations(body, orgs, "2025-07-08") if r.amount)
    assert amounts == [2_000_000_000, 10_000_000_000]


def test_one_round_told_investor_by_investor_stays_one():
    body = (
        "노바셀텍이 100억원 규모의 시리즈A 투자를 유치했다.\n"
        "이번 투자는 카카오벤처스가 60억원 투자를 주도했고, DSC인베스트먼트가 참여했다."
    )
    rounds = [p for kind, p in _rels(body) if kind == "investment"]
    assert rounds == [{"노바셀텍", "카카오벤처스", "DSC인베스트먼트"}]


def test_a_company_named_before_its_ceo_is_an_organisation():
    body = (
        "Toward the end of the visit, the minister toured the line with Arvena Bio CEO Park Min-ho.\n"
        '"We will deliver on time," said Park.'
    )
    assert "Arvena Bio" in {o.canonical for o in find_organizations_en(body, default_gazetteer())}
    body = "HK Cellgen said Wednesday it signed a supply contract with Swiss drugmaker Novartis."
    assert "HK Cellgen" in {o.canonical for o in find_organizations_en(body, default_gazetteer())}


def test_a_person_before_a_title_is_still_a_person():
    body = "Kim Ji-hoon, CEO of Arvena Bio, said the company will expand. Lee Soo-min said it will grow."
    names = {o.canonical for o in find_organizations_en(body, default_gazetteer())}
    assert "Kim Ji-hoon" not in names and "Lee Soo-min" not in names


def test_the_minister_hosts_for_the_ministry_and_executives_take_part():
    body = (
        "Minister of Trade, Industry and Energy Ahn Duk-geun visited the plant on Tuesday.\n"
        "After the tour, the minister hosted a roundtable with executives from Arvena Bio, "
        "Samsung Biologics and Lotte Biologics."
    )
    events = [p for kind, p in _rels_en(body) if kind == "event"]
    assert len(events) == 1
    assert "산업통상자원부" in events[0] and "삼성바이오로직스" in events[0] and "Arvena Bio" in events[0]


def test_researchers_from_a_founder_company_are_no_party():
    body = (
        "Arvena Bio, founded by former researchers from Hanmi Pharmaceutical, signed a licensing deal "
        "with Novartis."
    )
    contracts = [p for kind, p in _rels_en(body) if kind == "contract"]
    assert contracts and all("한미약품" not in p for p in contracts)


def test_short_forms_of_english_company_names_are_one_organisation():
    body = (
        "Harbor Point Pharmaceuticals signed a distribution deal with Celvera Biologics on Monday.\n"
        "Harbor Point will sell the drug in the U.S., Celvera said.\n"
        "Earlier, Suzhou Kangyuan Biopharma licensed a drug from Kairaxis Therapeutics.\n"
        "Kangyuan will pay $5 million."
    )
    orgs = {
        o.canonical: {m.text for m in o.mentions} for o in find_organizations_en(body, default_gazetteer())
    }
    assert "Harbor Point" in orgs["Harbor Point Pharmaceuticals"]
    assert "Celvera" in orgs["Celvera Biologics"]
    assert "Kangyuan" in orgs["Suzhou Kangyuan Biopharma"]
    assert not {"Harbor Point", "Celvera", "Kangyuan"} & set(orgs)


def test_a_unit_named_after_its_parent_leaves_the_parent_as_party():
    body = (
        "노바셀텍이 100억원 규모의 시리즈A 투자를 유치했다.\n"
        "노바셀텍은 지난해 11월 한국생명공학연구원 줄기세포융합연구센터와 업무협약을 체결했다.\n"
        "노바셀텍은 세브란스병원 심장혈관병원과 함께 비임상 독성시험을 진행하고 있다."
    )
    rels = _rels(body)
    assert ("mou", {"노바셀텍", "한국생명공학연구원"}) in rels
    assert all("줄기세포융합연구센터" not in p and "심장혈관병원" not in p for _k, p in rels)


def test_a_round_naming_only_investors_is_the_topic_companys():
    title = "노바셀텍, 베링거인겔하임에 신약 기술이전"
    body = (
        "노바셀텍이 베링거인겔하임에 신약 후보물질의 권리를 이전하는 라이선스 계약을 체결했다.\n"
        "노바셀텍은 2023년 200억원 규모의 시리즈B 투자를 받은 바 있다.\n"
        "당시 라운드에는 LSK인베스트먼트와 아주IB투자가 참여했고 한국투자파트너스가 리드 투자자로 나섰다."
    )
    orgs = find_organizations(body, default_gazetteer(), title)
    assert {o.canonical: o.type for o in orgs}.get("아주IB투자") == "investor"
    rels = [(r.type, set(r.parties)) for r in find_relations(body, orgs, "2025-03-11", title)]
    rounds = [p for kind, p in rels if kind == "investment"]
    assert any({"노바셀텍", "LSK인베스트먼트", "아주IB투자", "한국투자파트너스"} <= p for p in rounds)


def test_a_list_the_sentence_says_the_companies_are_names_organisations():
    body = (
        "한국바이오협회는 수출바우처 수혜기업으로 6곳을 선정했다고 22일 밝혔다.\n"
        "선정된 기업은 라온셀직스·바이오메나·펩토리아·하늘엣지·누리버스·진오웨이브다.\n"
        "선정 기업은 기업당 최대 1억원씩, 모두 6억원 규모의 바우처를 받는다."
    )
    names = {o.canonical for o in find_organizations(body, default_gazetteer())}
    assert {"라온셀직스", "바이오메나", "펩토리아", "하늘엣지", "누리버스", "진오웨이브"} <= names
    assert not {"기업당", "최대", "바우처"} & names


def test_these_companies_are_the_ones_the_previous_sentence_named():
    body = (
        "전북특별자치도와 정읍시는 14일 공동 GMP 지원센터 개소식을 열었다.\n"
        "첫 입주기업으로는 라온셀바이오와 ㈜솔빛힐스, 누리셀젠 등 3개사가 들어섰다. "
        "도와 한국생명공학연구원은 지난달 입주기업 공모를 진행해 이들 기업을 최종 선정했다."
    )
    selections = [p for kind, p in _rels(body) if kind == "selection"]
    assert selections == [{"전북특별자치도", "한국생명공학연구원", "라온셀바이오", "솔빛힐스", "누리셀젠"}]


def test_a_count_after_deung_marks_organisations_only_when_it_counts_them():
    body = (
        "첫 입주기업으로는 라온셀바이오와 ㈜솔빛힐스, 누리셀젠 등 3개사가 들어섰다.\n"
        "지원 분야는 세포치료, 유전체 등 3개 분야다."
    )
    names = {o.canonical for o in find_organizations(body, default_gazetteer())}
    assert "누리셀젠" in names
    assert not {"세포치료", "유전체"} & names


def test_do_and_si_stand_for_the_province_and_the_city_named_before():
    body = (
        "전북특별자치도와 정읍시는 14일 GMP 지원센터 개소식을 열었다.\n"
        "도는 2023년 5월 한국생명공학연구원과 업무협약을 맺었다."
    )
    assert ("mou", {"전북특별자치도", "한국생명공학연구원"}) in _rels(body)
