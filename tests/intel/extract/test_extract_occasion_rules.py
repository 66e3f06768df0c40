"""Rules found on holdout10, 12 and 13 once they became development sets: one event per occasion,
English pages and names, licences told from either side, people standing for their company."""

from __future__ import annotations

from biobridge.intel.extract.boilerplate import find_page
from biobridge.intel.extract.gazetteer import default_gazetteer
from biobridge.intel.extract.lines import is_prose
from biobridge.intel.extract.orgs import find_organizations
from biobridge.intel.extract.orgs_en import find_organizations_en
from biobridge.intel.extract.relations import find_relations


def _orgs(text: str, title: str | None = None) -> set[str]:
    return {o.canonical for o in find_organizations(text, default_gazetteer(), title)}


def _orgs_en(text: str) -> set[str]:
    return {o.canonical for o in find_organizations_en(text, default_gazetteer())}


def _rels(text: str, title: str | None = None, published: str = "2025-06-02") -> list[tuple[str, set[str]]]:
    orgs = find_organizations(text, default_gazetteer(), title)
    return [(r.type, set(r.parties)) for r in find_relations(text, orgs, published, title)]


def _rels_en(text: str, published: str = "2025-06-02") -> list[tuple[str, set[str]]]:
    orgs = find_organizations_en(text, default_gazetteer())
    return [(r.type, set(r.parties)) for r in find_relations(text, orgs, published)]


# --- one event per occasion ---------------------------------------------------------------------


def test_organisers_and_participants_named_apart_make_one_event():
    body = (
        "한국바이오협회는 3일 서울 코엑스에서 '2025 바이오 파트너링 데이'를 개최했다고 밝혔다.\n"
        "이번 행사에는 셀트리온, 유한양행 등 제약사와 바이오벤처 40곳이 참가했다.\n"
        "발표 세션에서는 라모네바이오와 누리센테라퓨틱스가 후보물질 발표에 나섰다."
    )
    events = [parties for kind, parties in _rels(body) if kind == "event"]
    assert events == [{"한국바이오협회", "셀트리온", "유한양행", "라모네바이오", "누리센테라퓨틱스"}]


def test_an_event_on_another_day_stays_a_second_event():
    body = (
        "한국바이오협회는 3일 서울 코엑스에서 '2025 바이오 파트너링 데이'를 개최했다고 밝혔다.\n"
        "이번 행사에는 셀트리온이 참가했다.\n"
        "협회는 지난해 11월 국가신약개발사업단과 함께 투자 설명회를 개최한 바 있다."
    )
    events = [parties for kind, parties in _rels(body) if kind == "event"]
    assert {"한국바이오협회", "셀트리온"} in events
    assert len(events) == 2


# --- licences, people and foreign names ---------------------------------------------------------


def test_a_licence_told_as_out_licensing_or_in_licensing_is_a_contract():
    out = _rels("라모네바이오는 2019년 노바티스에 심장 패치 기술을 3억달러 규모로 기술수출한 바 있다.")
    assert ("contract", {"라모네바이오", "노바티스"}) in out
    back = _rels("노바티스는 2021년 라모네바이오로부터 후보물질 'RM-101'을 총 5억달러 규모로 도입했다.")
    assert ("contract", {"라모네바이오", "노바티스"}) in back


def test_a_ceo_named_in_full_stands_for_the_company_he_heads():
    body = (
        "라모네바이오, 노바티스와 기술이전 계약\n"
        "정수아 라모네바이오 대표\n"
        "정수아 대표는 지난달 스위스 바젤에 있는 노바티스 본사를 찾아 임원진과 임상 전략을 논의했다."
    )
    assert ("visit", {"라모네바이오", "노바티스"}) in _rels(body)


def test_a_person_is_not_read_across_the_line_above():
    found = _orgs("라모네, 노바티스에 기술이전\n글로벌 권리 이전\n정수아 대표, 지난달 바젤 본사 찾아 면담")
    assert "정수아" not in found


def test_a_two_word_foreign_pharma_with_its_latin_name():
    found = _orgs("에스티팜은 스위스 바이오텍 베르테라 파마(Vertera Pharma)와 공급 계약을 체결했다고 밝혔다.")
    assert "베르테라 파마" in found


# --- English pages -------------------------------------------------------------------------------

_EN_PAGE = """BusinessKorea
Korea's Leading English Business News
HOME > Industry > Bio & Health

Lamone Signs US$120 Million U.S. Supply Deal for Heart Patch
Company also picked for export program
Posted : 2025-03-14 10:22
Updated : 2025-03-14 12:05
Reporter Kim Ha-neul

Share  Facebook  X  LinkedIn  Email  Print

Lamone Therapeutics has signed a supply contract with U.S. distributor Harbor Medical, the company said.
Under the agreement, Harbor Medical will sell the patch in 30 states, while Lamone will handle the rest.

<ⓒBusinessKorea, All rights reserved.>
"""


def test_an_english_headline_with_abbreviations_is_the_title_not_the_lead():
    assert not is_prose("Lamone Signs US$120 Million U.S. Supply Deal for Heart Patch Makers in Korea")
    page = find_page(_EN_PAGE)
    assert page.lines[page.title] == "Lamone Signs US$120 Million U.S. Supply Deal for Heart Patch"
    body = [page.lines[i] for i in page.body]
    assert body[-1].startswith("Under the agreement, Harbor Medical")


def test_english_places_people_and_openers_are_no_organisations():
    found = _orgs_en(
        "Lamone Therapeutics, based in Osong, North Chungcheong Province, signed a deal with "
        "Germany-based Nordvia Pharma. (Courtesy of Lamone Therapeutics) Park said the U.S. market "
        "comes next. With Nordvia Pharma's network, sales will start in Denmark."
    )
    assert {"Lamone Therapeutics", "Nordvia Pharma"} <= found
    assert not {"North Chungcheong Province", "Park", "U.S", "Denmark"} & found
    assert not {f for f in found if f.startswith(("Germany-based", "Courtesy", "With "))}


def test_a_minister_stands_for_the_ministry():
    found = _orgs_en(
        "Minister of Health and Welfare Jeong Eun-kyeong visited Lamone Therapeutics' plant on Friday."
    )
    assert "보건복지부" in found
    assert "Health" not in found


def test_rights_transferred_in_english_are_a_contract():
    rels = _rels_en(
        "In 2018, Lamone Therapeutics transferred global rights to its candidate LM-101 "
        "to Germany's Nordvia Pharma in a deal worth up to US$402 million."
    )
    assert ("contract", {"Lamone Therapeutics", "Nordvia Pharma"}) in rels


# --- partnerships and selections told over several sentences ------------------------------------


def test_a_selected_company_s_own_research_deal_is_not_swallowed_by_the_selection():
    body = (
        "한국보건산업진흥원은 아스트라제네카와 함께 라모네바이오와 누리센테라퓨틱스를 선정했다.\n"
        "이 가운데 라모네바이오는 아스트라제네카와 심부전 신규 표적을 발굴하는 공동연구를 진행하기로 했다."
    )
    assert ("partnership", {"라모네바이오", "아스트라제네카"}) in _rels(body)


def test_two_companies_are_not_four_investors():
    body = (
        "라모네바이오는 KB인베스트먼트, 데일리파트너스, LSK인베스트먼트가 참여한 시리즈B 투자를 유치했다.\n"
        "양사는 지난해 3월 손잡고 비임상 시험을 공동으로 수행해 왔다."
    )
    rels = _rels(body)
    assert not [p for k, p in rels if k == "partnership" and "KB인베스트먼트" in p]


def test_research_done_with_a_partner_is_a_partnership():
    for sentence in (
        "라모네바이오는 연세대학교 원주세브란스기독병원과 함께 확증 임상에 착수하기로 했다.",
        "라모네바이오는 대구경북첨단의료산업진흥재단과 공동으로 비임상 효력시험을 수행해 왔다.",
        "라모네바이오는 한국생명공학연구원에서 개발한 항체 기술을 이전받아 창업한 기업이다.",
    ):
        kinds = {k for k, p in _rels(sentence) if len(p) == 2}
        assert "partnership" in kinds, sentence


def test_topic_words_in_a_bullet_list_are_no_organisations():
    found = _orgs(
        "재단은 성안나대학병원과 협약을 맺고 ▲비임상·임상 연계 공동연구 ▲연구 인력 교류 "
        "▲유럽 임상시험 진입 컨설팅 등에서 협력하기로 했다."
    )
    assert not {"비임상", "임상", "연구", "유럽"} & found


def test_a_person_with_two_titles_is_no_organisation():
    found = _orgs("박재현 종근당 신약연구소장(상무)은 공동개발의 의미를 설명했다.")
    assert "종근당" in found
    assert "신약연구소장" not in found


def test_the_list_told_after_a_selection_joins_it():
    body = (
        "한국보건산업진흥원은 10일 서울에서 한국로슈와 공동으로 데모데이를 개최하고, "
        "최종 선정 기업 3곳을 발표했다고 11일 밝혔다.\n"
        "본선에 오른 10개사 가운데 ▲AI 신약 기업 라모네바이오 ▲항체 개발사 누리센테라퓨틱스 "
        "▲진단 기업 아크로젠헬스 등 3곳이 최종 관문을 통과했다."
    )
    selections = [p for k, p in _rels(body) if k == "selection"]
    assert selections == [{"한국보건산업진흥원", "로슈", "라모네바이오", "누리센테라퓨틱스", "아크로젠헬스"}]


def test_a_korean_arm_of_a_foreign_company_is_that_company():
    assert "로슈" in _orgs("한국보건산업진흥원은 한국로슈와 데모데이를 열었다.")


# --- investments whose investee the sentence leaves out -----------------------------------------


def test_the_company_just_talked_about_received_the_round():
    body = (
        "공동관에는 ▲라모네바이오 ▲누리센테라퓨틱스 등 4개사가 참가했다.\n"
        "이중항체를 개발하는 누리센테라퓨틱스는 글로벌 제약사 6곳과 파트너링 미팅을 가졌다.\n"
        "회사는 지난 3월 대덕벤처파트너스와 블루포인트파트너스로부터 시드 투자를 유치한 바 있다."
    )
    investments = [p for k, p in _rels(body) if k == "investment"]
    assert investments == [{"누리센테라퓨틱스", "대덕벤처파트너스", "블루포인트파트너스"}]


def test_a_round_from_investors_alone_belongs_to_the_last_subject():
    body = (
        "라모네바이오는 오가노이드 기반 약효 평가 플랫폼을 개발한다.\n"
        "지난해 12월 충북창조경제혁신센터와 대덕벤처파트너스로부터 12억원 규모의 시드 투자를 유치한 바 있다."
    )
    investments = [p for k, p in _rels(body) if k == "investment"]
    assert {"라모네바이오", "대덕벤처파트너스"} <= investments[0]


def test_an_english_company_that_also_said_it_raised_money():
    rels = _rels_en(
        "Lamone Therapeutics signed a deal with Nordvia Pharma. Pinotbio also said during the "
        "convention that it had raised 25 billion won from Korea Investment Partners and LB Investment."
    )
    assert ("investment", {"Pinotbio", "한국투자파트너스", "LB인베스트먼트"}) in rels


def test_an_english_venue_is_no_organisation():
    found = _orgs_en("The convention opened at the Boston Convention and Exhibition Center on Monday.")
    assert not found


# --- agreements: who signed ---------------------------------------------------------------------


def test_a_partner_named_with_its_acronym_in_brackets():
    found = _orgs("대전시는 지난해 10월 미국 보스턴의 케임브리지혁신센터(CIC)와 업무협약을 맺은 바 있다.")
    assert "케임브리지혁신센터" in found


def test_what_happened_before_the_agreement_is_not_the_agreement():
    body = (
        "강원특별자치도와 춘천시는 22일 ㈜라모네바이오와 450억원 규모의 투자협약을 체결했다.\n"
        "협약에 앞서 김 지사는 지난 18일 춘천바이오산업진흥원을 찾아 입주기업 대표들과 간담회를 했다."
    )
    rels = _rels(body)
    mous = [p for k, p in rels if k == "mou"]
    assert mous == [{"강원특별자치도", "춘천시", "라모네바이오"}]
    assert any(k == "visit" and "춘천바이오산업진흥원" in p for k, p in rels)


def test_signatories_named_after_the_agreement_join_it():
    body = (
        "경상북도는 3일 스위스 바젤에서 바젤바이오클러스터재단과 업무협약을 체결했다.\n"
        "이 자리에는 경북바이오산업연구원과 경북테크노파크도 서명 기관으로 함께했다."
    )
    mous = [p for k, p in _rels(body) if k == "mou"]
    assert mous == [{"경상북도", "바젤바이오클러스터재단", "경북바이오산업연구원", "경북테크노파크"}]


def test_the_city_named_by_its_one_letter_anaphor_signs():
    body = (
        "청주시와 충북대학교는 14일 '청주 바이오 스타트업 캠퍼스' 개소식을 열었다.\n"
        "시는 2023년 공모사업에 선정돼 국비를 확보했으며, 지난해 8월 충북대학교, 충북테크노파크와 "
        "캠퍼스 운영에 관한 업무협약을 맺었다."
    )
    assert ("mou", {"청주시", "충북대학교", "충북테크노파크"}) in _rels(body)


def test_a_governor_titled_after_the_province_stands_for_it_later():
    body = (
        "김영환(왼쪽 세 번째) 충북지사가 21일 ㈜라모네바이오 오송 공장을 방문했다.\n"
        "현장을 둘러본 김 지사는 진천군과 투자협약서에 서명했다."
    )
    rels = _rels(body)
    assert any(k == "mou" and {"충청북도", "진천군"} <= p for k, p in rels)


# --- investors Kiwi reads as common nouns -------------------------------------------------------


def test_a_word_listed_with_an_investor_in_a_round_is_an_investor():
    found = _orgs(
        "메타패스는 지난해 5월 스톤브릿지벤처스와 퓨처플레이 등으로부터 45억원 규모의 투자를 유치했다."
    )
    assert {"스톤브릿지벤처스", "퓨처플레이"} <= found
    found = _orgs("당시 라운드에는 LSK인베스트먼트와 DSC인베스트먼트, 아주IB투자가 참여했다.")
    assert "아주IB투자" in found


def test_people_on_a_panel_beside_an_investor_are_not_investors():
    found = _orgs("패널토론에는 계명대 동산병원 의생명연구원장과 한국투자파트너스 심사역 등이 참여했다.")
    assert "의생명연구원장" not in found
    assert "한국투자파트너스" in found


def test_a_word_beside_an_investor_without_a_round_stays_a_word():
    found = _orgs("스톤브릿지벤처스와 플레이그라운드 행사를 둘러봤다.")
    assert "플레이그라운드" not in found


def test_making_the_list_as_an_investor_or_a_sponsor_is_no_selection():
    rels = _rels(
        "라모네바이오는 시리즈B 투자를 유치했다. 한국투자파트너스가 리드 투자자로 나섰고 "
        "신한벤처투자와 컴퍼니케이파트너스가 신규 투자자로 이름을 올렸다."
    )
    assert not [p for k, p in rels if k == "selection"]
    assert any(k == "investment" and "신한벤처투자" in p for k, p in rels)
    sponsor = _rels(
        "이번 포럼은 한국바이오협회와 한국보건산업진흥원이 후원기관으로 이름을 올렸고, 320여명이 참석했다."
    )
    assert not [p for k, p in sponsor if k == "selection"]


def test_a_fragment_dated_by_year_joins_the_event_but_a_planned_one_does_not():
    body = (
        "한국보건산업진흥원은 7일 코엑스에서 '바이오코리아 2025'를 개최했다.\n"
        "올해 행사에는 라모네바이오와 누리센테라퓨틱스가 참가했다.\n"
        "진흥원은 하반기에 한국바이오협회와 두 번째 투자 설명회를 열 계획이다."
    )
    events = [p for k, p in _rels(body, published="2025-05-08") if k == "event"]
    assert {"한국보건산업진흥원", "라모네바이오", "누리센테라퓨틱스"} in events
    assert len(events) == 2


# --- English conventions, agreements and shipped English names ----------------------------------


def test_english_exhibitors_take_part_in_the_convention():
    rels = _rels_en(
        "The Korea Health Industry Development Institute (KHIDI) and KoreaBIO jointly run the Korea "
        "Pavilion at BIO 2025. Samsung Biologics and Celltrion set up standalone booths on the floor."
    )
    events = [p for k, p in rels if k == "event"]
    assert events == [{"한국보건산업진흥원", "한국바이오협회", "삼성바이오로직스", "셀트리온"}]


def test_english_convention_names_and_time_phrases_are_no_organisations():
    found = _orgs_en(
        "At BIO-Europe Spring in Vienna, KHIDI signed a similar pact with SwedenBIO, the Swedish life "
        "science industry association. In January, the company expanded its deal with GSK."
    )
    assert "SwedenBIO" in found
    assert not {"BIO-Europe Spring", "In January", "January"} & found
    rels = _rels_en(
        "At BIO-Europe Spring, KHIDI signed a similar pact with SwedenBIO, the Swedish association."
    )
    assert ("mou", {"한국보건산업진흥원", "SwedenBIO"}) in rels


def test_embassies_places_and_a_left_on_particle():
    found = _orgs(
        "주한덴마크대사관도 포럼 운영을 도왔다. 재단은 유럽 임상시험 진입을 돕는다. "
        "발표에는 디그라노바와 에피젠스바이오 등 바이오벤처가 나섰다."
    )
    assert {"주한덴마크대사관", "디그라노바", "에피젠스바이오"} <= found
    assert not {"유럽", "디그라노바와"} & found


# --- where a company came from and who approved it are not parties ------------------------------


def test_the_short_name_of_a_foreign_company_spelt_out_in_latin():
    found = {
        o.canonical: [m.text for m in o.mentions]
        for o in find_organizations(
            "계약 상대방은 이중항체 개발사 칼리스타 테라퓨틱스(Calista Therapeutics)다. "
            "칼리스타는 임상 3상을 진행하고 있다.",
            default_gazetteer(),
        )
    }
    assert "칼리스타" in found["칼리스타 테라퓨틱스"]


def test_an_unknown_subject_does_not_hand_its_round_to_the_last_company():
    body = (
        "삼성바이오로직스는 송도 4공장에서 원료의약품을 생산한다.\n"
        "오르카는 지난해 아치벤처파트너스가 이끈 시리즈C 투자를 유치했다."
    )
    assert not [p for k, p in _rels(body) if k == "investment" and "삼성바이오로직스" in p]


def test_origin_and_approval_are_not_parties():
    body = "생명연 기술로 창업한 라모네바이오가 KB인베스트먼트로부터 시리즈B 투자를 유치했다."
    orgs = find_organizations(body, default_gazetteer())
    parties = {p for r in find_relations(body, orgs, "2025-06-02") for p in r.parties}
    assert "한국생명공학연구원" not in parties
    rels = _rels_en(
        "Founded as a spin-off from the Korea Research Institute of Bioscience and Biotechnology "
        "(KRIBB), Pyxigen raised 28 billion won from Korea Investment Partners."
    )
    assert ("investment", {"Pyxigen", "한국투자파트너스"}) in rels
    rels = _rels_en(
        "Lamone Therapeutics signed a distribution agreement with Nordvia Pharma, which will sell the "
        "drugs Prolia and Xgeva once it receives approval from the European Medicines Agency."
    )
    assert ("contract", {"Lamone Therapeutics", "Nordvia Pharma"}) in rels


def test_an_order_from_an_unnamed_client_stands_beside_a_named_deal():
    rels = _rels_en(
        "Samsung Biologics said Wednesday it has won a 1.4 trillion won contract manufacturing order "
        "from a European pharmaceutical company. In January, the company expanded an existing "
        "manufacturing agreement with British drugmaker GSK, adding 420 billion won to the deal."
    )
    contracts = [p for k, p in rels if k == "contract"]
    assert {"삼성바이오로직스"} in contracts
    assert {"삼성바이오로직스", "GSK"} in contracts


def test_a_contract_with_an_unnamed_partner_belongs_to_the_company_just_talked_about():
    body = (
        "라모네바이오는 심장 패치로 유럽 CE 인증을 받았다.\n"
        "2025년 3월에는 일본 소재 의료기기 전문 유통사와 3년간 현지 독점 판매 계약을 맺었다."
    )
    assert ("contract", {"라모네바이오"}) in _rels(body)


def test_a_division_of_a_known_group_is_one_name_but_a_field_is_not():
    found = _orgs(
        "시장은 스위스 론자와 일본 후지필름 다이오신스 바이오테크놀로지스 등이 경쟁한다. "
        "독일 싸토리우스와 머크 라이프사이언스가 소재를 공급한다. 디지털 헬스케어 기업이 늘었다."
    )
    assert {"후지필름 다이오신스 바이오테크놀로지스", "머크 라이프사이언스"} <= found
    assert not {"다이오신스 바이오테크놀로지스", "디지털 헬스케어"} & found


def test_officials_of_an_organisation_who_visit_act_for_it():
    body = "이날 한국보건산업진흥원 관계자들이 대구경북첨단의료산업진흥재단을 찾아 현황을 점검했다."
    assert ("visit", {"한국보건산업진흥원", "대구경북첨단의료산업진흥재단"}) in _rels(body)


def test_a_governor_captioned_with_a_position_heads_the_province():
    body = (
        "김진태 강원특별자치도지사(가운데)와 정우석 라모네바이오 대표가 협약을 체결했다.\n"
        "협약에 앞서 김 지사는 지난 18일 춘천바이오산업진흥원을 찾아 간담회를 했다."
    )
    assert ("visit", {"강원특별자치도", "춘천바이오산업진흥원"}) in _rels(body)


def test_a_partner_whose_deal_is_named_after_a_description():
    body = (
        "엘리시온은 지난해 보령과 위암 치료용 이중항체 후보물질의 국내 권리를 넘기는 라이선스 계약을 맺었다."
    )
    assert "보령" in _orgs(body)
    assert not {"위암"} & _orgs("엘리시온은 위암과 대장암 치료제의 라이선스 계약을 맺었다.")


# --- holdout15/16 as development sets ------------------------------------------------------------


def test_the_stops_of_a_trip_were_visited_by_the_trip_s_visitor():
    body = (
        "경상북도는 투자유치단이 지난 9일부터 13일까지 스위스 바젤 일대를 찾아 활동을 벌였다고 밝혔다.\n"
        "첫 일정으로 10일 바젤 시내에 있는 로슈 본사를 찾았다.\n"
        "이튿날에는 론자의 생산단지를 방문했다."
    )
    visits = [p for k, p in _rels(body) if k == "visit"]
    assert {"경상북도", "로슈"} in visits
    assert {"경상북도", "론자"} in visits


def test_english_licences_told_at_length_and_joint_research():
    rels = _rels_en(
        "Kairaxis Therapeutics has licensed its oral drug candidate for metabolic dysfunction-associated "
        "steatohepatitis (MASH) to China's Suzhou Kangyuan Biopharma in a deal worth up to $385 million. "
        "The trial will be run at Asan Medical Center, whose team has been conducting joint research "
        "with Kairaxis Therapeutics since 2023."
    )
    assert ("contract", {"Kairaxis Therapeutics", "Suzhou Kangyuan Biopharma"}) in rels
    assert any(k == "partnership" and "Kairaxis Therapeutics" in p for k, p in rels)


def test_drug_classes_programme_days_and_vouchers_are_no_organisations():
    found = _orgs(
        "종근당은 삼진제약과 항혈전제 공동판매 계약을 맺었다. 경남테크노파크는 IR데이를 열었다. "
        "한국바이오협회는 바우처 지원 기업을 선정했다."
    )
    assert {"종근당", "삼진제약", "경남테크노파크", "한국바이오협회"} <= found
    assert not {"항혈전제", "IR데이", "바우처"} & found
