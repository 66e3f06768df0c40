"""Rules found on holdout60–63 (blind in the twelfth and thirteenth sessions); fresh text each."""

from __future__ import annotations

from rule_helpers import org_types, relations, relations_en

from biobridge.intel.extract.gazetteer import default_gazetteer
from biobridge.intel.extract.orgs_en import find_organizations_en


def test_an_agreement_with_a_quoted_title_named_as_where_a_programme_began_is_an_mou():
    text = (
        "이 프로그램은 전남바이오진흥원이 지난해 5월 화순군, 전남창조경제혁신센터와 맺은 "
        "'화순 백신 창업 생태계 조성을 위한 업무협약'에서 시작됐다."
    )
    assert ("mou", {"전남바이오진흥원", "화순군", "전남창조경제혁신센터"}) in relations(text, "2025-06-02")


def test_a_team_named_after_its_firm_is_no_organisation():
    text = "설명회에는 종근당 사업개발팀과 한국투자파트너스가 참여해 기업 4곳의 발표를 들었다."
    names = org_types(text)
    assert "종근당" in names and not any(n.endswith("팀") for n in names), names


def test_a_deal_that_lets_tenants_join_a_programme_is_no_event():
    text = (
        "한편 강원바이오진흥원은 지난달 한국보건산업진흥원과 업무협약을 체결하고, 입주기업이 진흥원의 "
        "해외 진출 프로그램에 우선 참여할 수 있도록 하기로 했다."
    )
    kinds = [t for t, _p in relations(text, "2025-06-02")]
    assert kinds == ["mou"], kinds


def test_the_ministry_that_picked_startups_with_the_host_is_no_party_of_the_hosts_demo_day():
    text = (
        "보건복지부와 대구경북첨단의료산업진흥재단은 창업 지원사업 입주기업으로 ▲㈜라임셀텍 ▲㈜온바이옴 "
        "등 2곳을 선정했다고 3일 밝혔다. 재단은 오는 20일 본원에서 데모데이를 연다. 이날 입주기업 2곳이 "
        "투자사 앞에서 발표한다."
    )
    events = [p for t, p in relations(text, "2025-06-03") if t == "event"]
    assert events and {"라임셀텍", "온바이옴"} <= events[0] and "보건복지부" not in events[0], events


def test_a_testing_institute_is_an_organisation():
    assert (
        org_types("경남바이오진흥원은 한국화학시험원과 협약을 맺었다.").get("한국화학시험원")
        == "research_institute"
    )


def test_working_with_a_partner_so_that_data_can_serve_approvals_is_a_partnership_without_the_regulator():
    text = (
        "경남바이오진흥원은 한국산업기술시험원과 실증을 추진한다. 진흥원은 한국산업기술시험원과 협력해 "
        "실증 데이터를 식품의약품안전처 인허가 자료로 활용할 수 있도록 컨설팅을 제공할 방침이다."
    )
    assert ("partnership", {"경남바이오진흥원", "한국산업기술시험원"}) in relations(text, "2025-06-17")


def test_an_agency_chosen_as_a_programmes_lead_is_the_one_selected_not_the_headlines_city():
    text = (
        "창원시와 경남바이오진흥원은 17일 창원병원과 업무협약을 체결했다. 진흥원은 지난해 "
        "산업통상자원부의 '지역 바이오 실증 구축사업' 주관기관으로 선정돼 국비 30억원을 확보했다."
    )
    found = relations(text, "2025-06-17", "창원시·경남바이오진흥원, 창원병원과 실증 협약")
    assert ("selection", {"산업통상자원부", "경남바이오진흥원"}) in found, found


def test_a_round_led_by_one_and_joined_by_another_told_in_one_clause_is_one_round():
    text = (
        "셀비오닉스는 시리즈B를 유치했다. 회사는 2021년 블루포인트파트너스로부터 20억원의 시드 투자를 "
        "받았고, 2023년 한국투자파트너스가 주도하고 블루포인트파트너스가 참여한 100억원 규모의 시리즈A를 "
        "유치한 바 있다."
    )
    rounds = [p for t, p in relations(text, "2025-09-02") if t == "investment"]
    assert {"셀비오닉스", "한국투자파트너스", "블루포인트파트너스"} in rounds, rounds
    assert {"셀비오닉스", "한국투자파트너스"} not in rounds, rounds


def test_two_dots_in_a_deck_line_part_two_phrases():
    text = (
        "한국투자파트너스 리드..화이자와 항암 공동연구 착수\n"
        "셀비오닉스는 시리즈B 투자를 유치했다고 2일 밝혔다. 리드 투자자는 한국투자파트너스다."
    )
    names = org_types(text)
    assert "화이자" in names and not any(".." in n for n in names), names
    assert all("한국투자파트너스" not in p for t, p in relations(text, "2025-09-02") if t == "partnership")


def test_a_tour_that_moves_on_to_a_firm_visits_it_and_the_venue_of_the_meeting_it_chairs_is_no_stop():
    text = (
        "김영수 산업통상자원부 차관이 13일 오송 바이오 기업을 잇따라 찾았다. 첫 방문지는 ㈜셀네오였다. "
        "이어 김 차관 일행은 항체 전문기업 ㈜앱티론으로 발길을 옮겼다. 현장 방문을 마친 김 차관은 "
        "충북테크노파크 바이오센터로 자리를 옮겨 '오송 바이오 기업 간담회'를 주재했다."
    )
    visits = [p for t, p in relations(text, "2025-11-13") if t == "visit"]
    assert {"산업통상자원부", "앱티론"} in visits, visits
    assert not any("충북테크노파크" in p for p in visits), visits


def test_those_who_sat_in_join_the_meeting_just_told():
    text = (
        "간담회는 산업통상자원부가 주최하고 충북테크노파크가 주관했다. 간담회에는 ㈜셀네오와 ㈜앱티론 "
        "대표가 참석했다. 충북대학교와 한국생명공학연구원 관계자도 자리를 함께했다."
    )
    events = [p for t, p in relations(text, "2025-11-13") if t == "event"]
    assert len(events) == 1 and {"충북대학교", "한국생명공학연구원", "셀네오"} <= events[0], events


def test_a_fair_held_together_is_an_event():
    text = (
        "특구재단은 오는 12월 2일 대전컨벤션센터에서 한국벤처캐피탈협회와 공동으로 '기술사업화 페어'를 연다."
    )
    assert ("event", {"특구재단", "한국벤처캐피탈협회"}) in relations(text, "2025-11-13")


def test_english_the_company_after_a_sentence_told_with_it_is_still_that_company():
    text = (
        "Corvana Biologics said Monday it has agreed to acquire a 55 percent stake in Ridgefield Labs for "
        "$40 million. In March, it won a 30 billion won order from Boston-based Tellurian Therapeutics to "
        "produce clinical batches. The company, which listed on the Kosdaq in 2023, raised 80 billion won "
        "in a pre-IPO round in 2022 from IMM Investment."
    )
    rounds = [p for t, p in relations_en(text, "2025-08-26") if t == "investment"]
    assert {"Corvana Biologics", "IMM Investment"} in rounds, rounds


def test_english_a_loan_financing_a_purchase_is_a_deal_of_its_own_with_the_buyer():
    text = (
        "Corvana Biologics said Monday it has agreed to acquire a 55 percent stake in Ridgefield Labs for "
        "$40 million. The purchase is being financed partly with a 50 billion won acquisition loan from "
        "Hana Bank, with the rest coming from Corvana's own cash. The company raised 80 billion won in a "
        "pre-IPO round in 2022 from IMM Investment."
    )
    rounds = [p for t, p in relations_en(text, "2025-08-26") if t == "investment"]
    assert {"Corvana Biologics", "Hana Bank"} in rounds, rounds
    assert {"Corvana Biologics", "IMM Investment"} in rounds, rounds


def test_english_a_person_after_a_title_and_a_committee_named_by_its_remit_are_read_whole():
    text = (
        "Ridgefield's management team led by CEO Dana Whitfield will stay on. The deal awaits a review by "
        "the Committee on Foreign Investment in the United States."
    )
    names = {o.canonical for o in find_organizations_en(text, default_gazetteer())}
    assert "Dana Whitfield" not in names and "Foreign Investment" not in names, names


def test_english_a_joint_program_run_with_a_university_is_a_partnership():
    text = "Ridgefield Labs also runs a joint inhalation toxicology program with Johns Hopkins University."
    assert ("partnership", {"Ridgefield Labs", "Johns Hopkins University"}) in relations_en(
        text, "2025-08-26"
    )


def test_a_bullet_item_with_its_candidate_keeps_the_possessive_out_of_the_name():
    text = (
        "국가신약개발사업단은 신규 과제를 선정했다. 선정된 과제는 ▲라온셀바이오의 'RCB-11'(폐섬유증, 비임상) "
        "▲유한양행의 'YH-3'(지방간염, 임상1상) ▲부산대학교의 '대사체 치료제'(유효물질 도출) 등이다."
    )
    names = org_types(text)
    assert {"라온셀바이오", "유한양행"} <= set(names) and not any(n.endswith("의") for n in names), names


def test_what_the_chosen_one_is_or_does_is_no_new_selection():
    text = (
        "국가신약개발사업단은 14일 라온셀바이오와 부산대학교의 과제를 신규 과제로 선정했다. "
        "이번에 선정된 RCB-11은 화이자와의 계약 범위에 "
        "포함되지 않는다. 대학 과제로 유일하게 선정된 부산대 과제는 한국화학연구원과 함께 수행한다."
    )
    found = relations(text, "2025-07-14")
    assert [t for t, _p in found].count("selection") == 1, found
    assert ("partnership", {"부산대학교", "한국화학연구원"}) in found, found


def test_the_hospital_opening_a_sentence_beside_its_partner_is_the_hospital_named_before():
    text = (
        "삼성서울병원은 오가노이드 기업 셀로믹스에 기술을 이전했다. 병원과 셀로믹스는 2023년 보건복지부의 "
        "'연구중심병원 R&D사업' 신규 과제에 선정돼 연구비를 지원받고 있다."
    )
    found = relations(text, "2025-05-02")
    assert ("selection", {"보건복지부", "삼성서울병원", "셀로믹스"}) in found, found


def test_an_opening_ceremony_gains_the_tenants_chosen_before_and_not_the_building_it_opens():
    text = (
        "경상북도와 안동시, 경북바이오산업연구원은 16일 '백신 실증지원센터' 개소식을 열었다고 17일 밝혔다. "
        "첫 입주기업으로는 ㈜라임백스와 셀로젠, 그린팜바이오 등 3개사가 들어왔다. 연구원이 지난 2월 진행한 "
        "입주기업 공모에서 선정된 곳들로, 이날 개소식에서 입주기업 현판을 받았다."
    )
    found = relations(text, "2025-04-17")
    events = [p for t, p in found if t == "event"]
    assert len(events) == 1 and {"라임백스", "셀로젠", "그린팜바이오"} <= events[0], events
    assert not any("센터" in p for p in events[0]), events
    assert ("selection", {"경북바이오산업연구원", "라임백스", "셀로젠", "그린팜바이오"}) in found, found


def test_a_firm_written_again_without_its_ending_after_a_description_is_the_firm():
    text = (
        "큐브레인테라퓨틱스는 18일 하버라이트와 계약을 체결했다. 2020년 설립된 큐브레인은 2023년 "
        "220억원 규모의 시리즈B 투자를 유치했다. 스마일게이트인베스트먼트가 라운드를 주도했다."
    )
    rounds = [p for t, p in relations(text, "2025-06-18") if t == "investment"]
    assert rounds == [{"큐브레인테라퓨틱스", "스마일게이트인베스트먼트"}], rounds


def test_a_college_named_after_its_university_is_no_organisation():
    text = "전북대학교는 두 기업의 R&D 파트너를 맡는다. 전북대 농업생명과학대학 연구진이 공동연구를 수행한다."
    names = org_types(text)
    assert "전북대학교" in names and "농업생명과학대학" not in names, names


def test_the_company_after_the_investor_that_led_its_round_is_the_company_that_raised():
    text = (
        "한국바이오협회는 17일 보스턴에서 행사를 열었다. 큐브레인테라퓨틱스는 18일 하버라이트와 계약을 "
        "체결했다. 2020년 설립된 큐브레인은 2023년 220억원 규모의 시리즈B 투자를 유치했다. "
        "스마일게이트인베스트먼트가 라운드를 주도했고 인터베스트가 참여했다. "
        "회사는 서울대학교병원과 공동연구도 진행하고 있다."
    )
    found = relations(text, "2025-06-18")
    assert ("partnership", {"큐브레인테라퓨틱스", "서울대학교병원"}) in found, found


def test_the_pair_after_a_strategic_investor_joined_is_the_company_and_that_investor():
    text = (
        "㈜큐브레인은 350억원 규모의 프리IPO 투자를 유치했다고 밝혔다. 이번 라운드에는 프리미어파트너스와 "
        "IMM인베스트먼트, 한국투자파트너스, 데일리파트너스, 보령이 참여했다. 한국투자파트너스와 "
        "데일리파트너스는 2022년 시리즈B에 공동 투자한 바 있다. 눈길을 끄는 건 보령의 합류다. 보령은 "
        "50억원을 투자해 전략적투자자로 이름을 올렸다. 양사는 앞서 지난 7월 공동개발 계약을 체결한 바 있다."
    )
    found = relations(text, "2025-09-02", "큐브레인, 350억 프리IPO 유치")
    assert ("contract", {"큐브레인", "보령"}) in found, found


def test_a_coined_name_spelt_in_mixed_case_latin_is_an_organisation_whatever_kiwi_reads():
    text = (
        "대표단은 10일 바이에른주 바이오클러스터 운영기관 바이오엠(BioM)을 찾았다. 진흥원은 이 자리에서 "
        "바이오엠과 스타트업 교류 업무협약을 체결했다."
    )
    assert "바이오엠" in org_types(text)


def test_foreign_cities_and_states_are_places_not_partners():
    text = (
        "오송첨단의료산업진흥재단이 미국 보스턴과 스위스 바젤의 바이오 클러스터 운영기관과 잇따라 협약을 "
        "맺었다. 재단은 지난해 캘리포니아 지역 단체인 바이오컴 캘리포니아와 협약을 맺은 바 있다."
    )
    names = org_types(text)
    assert not {"보스턴", "바젤", "캘리포니아"} & set(names), names


def test_english_a_private_equity_firm_and_a_ministry_with_affairs_are_read_whole():
    text = (
        "New investors Hanwha Private Equity joined the round. In 2024, Tellora Bio was selected by the "
        "Ministry of Agriculture, Food and Rural Affairs for a government program."
    )
    names = {o.canonical for o in find_organizations_en(text, default_gazetteer())}
    assert {"Hanwha Private Equity", "Ministry of Agriculture, Food and Rural Affairs"} <= names, names


def test_english_the_startup_is_not_the_drugmaker_it_licensed_to_and_a_running_total_is_no_round():
    text = (
        "Tellora Bio has raised 38 billion won in a Series C round. The new money brings the total Tellora "
        "has raised since its founding in 2019 to 71 billion won. Tellora's first deal came in 2023, when it "
        "licensed the Korean rights to TB-201 to Yuhan Corporation. The startup has worked with Seoul "
        "National University since 2021 on a joint project, a database the company uses to pick candidate "
        "strains."
    )
    found = relations_en(text, "2025-11-05")
    assert [t for t, _p in found].count("investment") == 1, found
    assert ("partnership", {"Tellora Bio", "서울대학교"}) in found, found
    assert not any(t == "selection" for t, _p in found), found


def test_english_a_nationality_and_a_kind_of_firm_is_no_name():
    text = "Dawon BioWorks said Tuesday it signed an MOU with Sojitz. The Korean CDMO will supply Japan."
    names = {o.canonical for o in find_organizations_en(text, default_gazetteer())}
    assert "Sojitz" in names and "Korean CDMO" not in names, names
