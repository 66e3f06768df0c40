"""Rules found on holdout48–51 (development sets from the tenth session); fresh sentences each."""

from __future__ import annotations

from rule_helpers import org_types, relations, relations_en


def test_a_heads_title_glued_to_the_name_is_not_part_of_it():
    text = (
        "경남첨단의료재단은 부산대학교병원, 김해바이오연구소와 재생의료 실증 협약을 맺었다고 3일 밝혔다. "
        "협약서에는 이정훈 부산대학교병원장과 박민수 김해바이오연구소장이 서명했다."
    )
    found = org_types(text)
    assert {"부산대학교병원", "김해바이오연구소"} <= set(found)
    assert not any(name.endswith("장") for name in found)
    assert ("mou", {"경남첨단의료재단", "부산대학교병원", "김해바이오연구소"}) in relations(
        text, "2025-03-03"
    )


def test_the_signing_ceremony_told_again_is_no_event_of_its_own():
    text = (
        "대전테크노파크는 충남대학교병원, 대전광역시와 임상 지원 업무협약을 체결했다고 12일 밝혔다. "
        "협약식은 전날 대전시청 회의실에서 열렸으며 3개 기관 관계자 30여 명이 참석했다."
    )
    found = relations(text, "2025-03-12")
    assert ("mou", {"대전테크노파크", "충남대학교병원", "대전광역시"}) in found
    assert not [kind for kind, _parties in found if kind == "event"]


def test_a_kind_of_firm_spelt_out_with_its_acronym_announces_the_name():
    text = (
        "진흥원은 사업 초기부터 국내 임상시험수탁기관(CRO)인 메디트라이얼코와 협력해 "
        "시험 운영 절차를 함께 마련하기로 했다."
    )
    assert org_types(text).get("메디트라이얼코") == "company"
    text = "센터는 임상시험수탁기관인 드림씨엔알과 함께 표준 절차를 만든다."
    assert "드림씨엔알" in org_types(text)


def test_a_listed_names_latin_spelling_in_brackets_is_no_item_of_its_own():
    text = (
        "운영기관은 미국 셀포트랩스(CellPort Labs), 프랑스 노바엘(NovaL), 일본 "
        "카이렌(Kairen) 등 3개 현지 파트너 기관과 손잡고 멘토링을 제공한다. "
        "다양한 바이오, 인공지능(AI) 등 산업군의 스타트업이 모였다."
    )
    found = org_types(text)
    assert {"셀포트랩스", "노바엘", "카이렌"} <= set(found)
    assert "인공지능" not in found


def test_two_firms_each_placed_in_its_country_are_a_list():
    text = "해외에서는 스위스 로벤타바이오텍과 미국 젠트릭스 등이 임상 데이터를 내놓고 있다."
    assert {"로벤타바이오텍", "젠트릭스"} <= set(org_types(text))


def test_a_name_the_company_stands_near_is_where_it_is():
    text = (
        "박 지사는 17일 충북대학교 오창캠퍼스 인근에 들어선 항체 기업 ㈜셀파인드를 찾아 "
        "생산 현장을 둘러봤다. 셀파인드는 충북대학교와 항체 공동연구를 해 왔다."
    )
    found = relations(text, "2025-06-17")
    assert ("partnership", {"셀파인드", "충북대학교"}) in found
    assert not [parties for kind, parties in found if kind == "visit"]


def test_a_member_joining_from_this_stop_is_a_visitor_here_and_after():
    text = (
        "김영록 전남지사는 17일 화순 백신산업특구의 ㈜그린백스를 먼저 찾았다. "
        "이어 순천으로 이동한 일행은 ㈜메디포레스트를 찾았다. "
        "이 자리부터는 전라남도의회 경제관광위원회 위원장이 합류해 남은 일정을 함께했다. "
        "오후에는 여수의 ㈜해양바이오랩을 방문했다."
    )
    found = relations(text, "2025-06-17")
    visits = [parties for kind, parties in found if kind == "visit"]
    assert {"전라남도", "그린백스"} in visits
    assert {"전라남도", "메디포레스트", "전라남도의회"} in visits
    assert {"전라남도", "해양바이오랩", "전라남도의회"} in visits
    assert "경제관광위원회" not in org_types(text)


def test_the_last_stop_told_as_the_last_item_and_a_host_welcoming_with_the_company():
    text = (
        "김영록 전남지사가 17일 화순과 순천의 바이오 기업을 잇따라 찾았다. "
        "이날 일정에는 전남바이오진흥원 관계자들이 동행했다. "
        "첫 방문지는 화순에 있는 백신 기업 ㈜그린백스였다. "
        "현장에서는 이 회사 대표와 화순백신산업특구 관리를 맡은 전남생물의약연구센터 센터장이 "
        "함께 일행을 맞아 생산 공정을 소개했다. "
        "마지막 일정은 한국생명공학연구원 바이오실증센터였다."
    )
    visits = [parties for kind, parties in relations(text, "2025-06-17") if kind == "visit"]
    assert {"전라남도", "전남바이오진흥원", "그린백스", "전남생물의약연구센터"} in visits
    assert any("한국생명공학연구원" in parties and "전라남도" in parties for parties in visits)


def test_an_english_convention_organised_by_and_pitched_at_names_its_parties():
    text = (
        "The Busan Bio Week 2025 kicked off a three-day run at BEXCO on Tuesday. "
        "The convention is organized by the Korea Biotechnology Industry Organization (KoreaBIO). "
        "Celltrion and Samsung Bioepis pitched their biosimilar pipelines to buyers. "
        "Veltrix Diagnostics and Haneul Cell also took the stage."
    )
    found = relations_en(text, "2025-09-02")
    events = [parties for kind, parties in found if kind == "event"]
    assert len(events) == 1
    assert {"셀트리온", "Veltrix Diagnostics", "Haneul Cell"} <= events[0]
    assert "한국바이오협회" in events[0]


def test_investors_joining_in_one_clause_and_the_lead_in_the_next_are_one_round():
    text = (
        "메디플로랩은 지난해 8월 45억원 규모의 시리즈A 투자를 유치했다. "
        "디티앤인베스트먼트와 한국투자액셀러레이터, 아주IB투자가 참여했으며 "
        "라운드는 KB인베스트먼트가 이끌었다."
    )
    found = relations(text, "2025-05-01")
    assert (
        "investment",
        {"메디플로랩", "디티앤인베스트먼트", "한국투자액셀러레이터", "아주IB투자", "KB인베스트먼트"},
    ) in found


def test_an_initial_does_not_end_a_sentence_and_a_particle_after_a_bracket_joins_a_list():
    text = (
        "수액 관리 시장은 메드트로닉(MDT)과 프레지니우스(F. Kabi) 등 글로벌 기업들이 주도하고 있다. "
        "한편 서울바이오허브는 서울시가 홍릉 일대에 조성한 창업 지원 거점으로, "
        "한국과학기술연구원(KIST)과 고려대, 경희대 등 대학·연구기관이 밀집한 지역에 있다."
    )
    found = org_types(text)
    assert {"메드트로닉", "프레지니우스"} <= set(found)
    assert "거점으로" not in found and "거점" not in found


def test_the_people_of_an_organisation_listed_among_attendees_bring_it_to_the_event():
    text = (
        "충북테크노파크는 7일 오창 바이오센터에서 공동실험실 개소식을 열었다. "
        "이날 개소식에는 청주시, 충북대학교, 한국바이오의약품협회 관계자와 입주기업 대표 등 "
        "100여명이 참석했다."
    )
    events = [parties for kind, parties in relations(text, "2025-11-07") if kind == "event"]
    assert events and "한국바이오의약품협회" in events[0]


def test_the_sentence_after_a_round_lists_its_investors_even_unknown_words():
    text = (
        "진단 기업 라이트셀은 80억원 규모의 시리즈A 투자를 유치했다고 4일 밝혔다. "
        "모루와 파랑, 솔빛인베스트가 투자에 참여했고 솔빛인베스트가 리드 투자자를 맡았다."
    )
    found = org_types(text)
    assert {"모루", "파랑", "솔빛인베스트"} <= set(found)
    rounds = [parties for kind, parties in relations(text, "2025-06-04") if kind == "investment"]
    assert rounds and {"라이트셀", "모루", "파랑", "솔빛인베스트"} <= rounds[0]


def test_the_fees_of_a_licence_are_no_organisation():
    text = (
        "생명연은 지난 17일 진단기업 한울셀과 선급기술료 5억원 계약을 맺었다. 경상기술료와 계약금은 별도다."
    )
    found = org_types(text)
    assert {"한국생명공학연구원", "한울셀"} <= set(found)
    assert not [name for name in found if name.endswith(("기술료", "계약금"))]
    assert ("contract", {"한국생명공학연구원", "한울셀"}) in relations(text, "2025-03-18")


def test_an_evaluation_run_with_a_hospital_is_a_partnership_but_not_two_kinds_of_review():
    text = (
        "진단 기업 ㈜바이오센스는 서울대학교병원 진단검사의학과와 "
        "패혈증 검체로 키트 성능평가를 진행하고 있다."
    )
    assert ("partnership", {"바이오센스", "서울대학교병원"}) in relations(text, "2025-04-01")
    text = (
        "보건복지부는 한국보건산업진흥원이 신청 병원 9곳의 연구 인력과 인프라, 실적 등에 대한 "
        "서면평가와 현장평가를 진행했다고 밝혔다."
    )
    assert not [kind for kind, _parties in relations(text, "2025-04-01") if kind == "partnership"]


def test_a_complex_toured_before_its_stops_is_no_stop_and_the_hosts_welcoming_join_the_first():
    text = (
        "베트남 보건부 대표단이 9일 청주 오송생명과학단지를 찾아 의약품 생산 인프라를 둘러봤다. "
        "대표단 10명은 한국보건산업진흥원 초청으로 방한했으며 진흥원 관계자들이 동행했다. "
        "대표단의 첫 방문지는 오송첨단의료산업진흥재단이었다. "
        "충북도와 재단은 재단 본관에서 대표단을 맞아 지원 인프라를 소개했다. "
        "대표단은 이어 제약사 ㈜메디웰텍 공장을 찾았다."
    )
    visits = [parties for kind, parties in relations(text, "2025-05-09") if kind == "visit"]
    visitors = {"베트남 보건부", "한국보건산업진흥원"}
    assert visits == [visitors | {"오송첨단의료산업진흥재단", "충청북도"}, visitors | {"메디웰텍"}]


def test_what_an_mou_holds_is_no_contract_and_a_region_is_no_organisation():
    text = (
        "이 자리에서 몽골 보건부와 한결제약은 현지 수액 생산과 기술이전을 골자로 한 업무협약(MOU)을 체결했다."
    )
    found = relations(text, "2025-05-09")
    assert ("mou", {"몽골 보건부", "한결제약"}) in found
    assert not [kind for kind, _parties in found if kind == "contract"]
    text = (
        "세포치료제 기업 ㈜리젠셀바이오는 지난해 재단의 해외진출 지원사업에 선정돼 중앙아시아 시장 조사를 "
        "진행해 왔으며, 충북대학교병원과 줄기세포 치료제 연구자 임상을 하고 있다."
    )
    assert "중앙아시아" not in org_types(text)
    assert ("partnership", {"리젠셀바이오", "충북대학교병원"}) in relations(text, "2025-05-09")


def test_a_groups_affiliate_in_latin_is_one_company_and_an_order_won_is_a_contract():
    text = (
        "분당서울대학교병원은 KT DS, 한국보건의료정보원과 데이터 플랫폼 업무협약을 체결했다. "
        "KT DS도 의료 데이터 사업을 넓히고 있다. 회사는 지난해 국립암센터로부터 "
        "빅데이터 플랫폼 사업을 수주하기도 했다."
    )
    found = org_types(text)
    assert found.get("KT DS") == "company"
    assert "DS" not in found
    rels = relations(text, "2025-05-13")
    assert ("mou", {"분당서울대학교병원", "KT DS", "한국보건의료정보원"}) in rels
    assert ("contract", {"KT DS", "국립암센터"}) in rels


def test_what_those_selected_will_do_with_another_adds_nobody_to_the_selection():
    text = (
        "한국보건의료정보원은 지난달 공모를 거쳐 시범사업 참여기관으로 ▲강원대학교병원 ▲충남대학교병원 "
        "▲동아대학교병원 등 3곳을 선정했다. 선정된 병원들은 각자 보유한 데이터를 "
        "서울아산병원 플랫폼과 같은 표준으로 전환해 연계하게 된다."
    )
    selections = [parties for kind, parties in relations(text, "2025-05-13") if kind == "selection"]
    assert selections == [{"한국보건의료정보원", "강원대학교병원", "충남대학교병원", "동아대학교병원"}]


def test_the_fair_a_deal_came_from_is_an_event_whose_host_signed_nothing():
    text = (
        "동물약품 기업 ㈜다솔백스는 지난 18일 태국 방콕에서 현지 유통 기업 시암벳케어(Siam Vetcare)와도 "
        "MOU를 체결했다. 이번 협약은 다솔백스가 지난해 11월 전라남도가 방콕에서 연 "
        "'전남 축산 수출상담회'에 참가한 것을 계기로 성사됐다."
    )
    found = relations(text, "2025-02-26")
    assert ("mou", {"다솔백스", "시암벳케어"}) in found
    assert ("event", {"다솔백스", "전라남도"}) in found
    assert not [parties for kind, parties in found if kind == "mou" and "전라남도" in parties]


def test_a_company_form_written_before_the_name_in_both_spellings_is_part_of_it():
    text = (
        "회사는 지난해 9월 인도네시아 동물약품 기업 PT 멘타리 파르마(PT Mentari Farma)와 "
        "120만 달러 규모의 백신 수출 계약을 맺은 바 있다."
    )
    found = org_types(text)
    assert "PT 멘타리 파르마" in found
    assert "PT" not in found


def test_the_company_a_sentence_calls_this_one_after_telling_who_founded_it():
    text = (
        "이날 무대에는 ▲㈜셀바인드(항체 신약) ▲㈜뉴로픽(통증 치료제) 등 2개사가 올랐다. "
        "심사역으로는 한국투자파트너스, KB인베스트먼트 등 VC 10곳이 참여했다. "
        "가장 관심을 모은 곳은 셀바인드였다. 한국생명공학연구원(생명연) 책임연구원 출신인 김도윤 대표가 "
        "2021년 창업한 이 회사는 창업 당시 생명연으로부터 항체 전달 기술을 이전받아 신약을 개발하고 있다."
    )
    found = relations(text, "2025-10-24")
    assert ("partnership", {"셀바인드", "한국생명공학연구원"}) in found
    assert not [p for kind, p in found if kind == "partnership" and "한국투자파트너스" in p]


def test_a_sum_after_a_list_of_partners_is_no_organisation():
    text = (
        "광주시, 한국벤처투자·신한은행과 500억 바이오 모펀드 조성 협약\n"
        "시는 이날 한국벤처투자, 신한은행과 500억원 규모의 '광주 바이오 모펀드' 조성 협약을 체결했다."
    )
    found = org_types(text)
    assert {"한국벤처투자", "신한은행"} <= set(found)
    assert not [name for name in found if name[0].isdigit()]


def test_the_ministry_calling_for_a_programme_a_hospital_leads_selected_it():
    text = (
        "서울아산병원이 보건복지부가 공모하고 한국보건산업진흥원이 전담기관을 맡은 "
        "'AI 임상데이터 플랫폼 구축사업'의 주관기관으로 최종 선정됐다."
    )
    assert ("selection", {"서울아산병원", "보건복지부", "한국보건산업진흥원"}) in relations(
        text, "2025-06-09"
    )
