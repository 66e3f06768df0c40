"""Rules found on holdout32–35 (development sets from the sixth session); fresh sentences each."""

from __future__ import annotations

from rule_helpers import org_types, relations, relations_en

from biobridge.intel.extract.orgs import _abbreviates


def test_english_list_tail_and_multiword_based_place_are_split_off():
    text = (
        "Founded in 2022, Marlowe Therapeutics raised $85 million in a Series A round in May. "
        "Atlas Venture, Novo Holdings and Sofinnova Partners joined the financing. "
        "Separately, South San Francisco-based Marlowe will buy a 5 percent stake in Hanul Biologics."
    )
    found = relations_en(text, "2025-09-01")
    assert (
        "investment",
        {"Marlowe Therapeutics", "Atlas Venture", "Novo Holdings", "Sofinnova Partners"},
    ) in found
    assert ("investment", {"Marlowe Therapeutics", "Hanul Biologics"}) in found


def test_a_round_of_x_keeps_x_and_a_brand_like_name_joined_to_an_investor_is_one():
    text = (
        "Founded in 2019, Corvane Therapeutics develops gene therapies for eye disease. "
        "Daewoong Pharmaceutical also joined Corvane's $70 million Series B round last year. "
        "Arch Ventures and GordonMed took part in that round, which was led by Arch."
    )
    found = relations_en(text, "2025-06-10")
    assert ("investment", {"Corvane Therapeutics", "대웅제약", "Arch Ventures", "GordonMed"}) in found


def test_financial_investors_holding_a_share_join_the_acquisition():
    text = (
        "Hanmi Pharmaceutical will acquire a 55 percent stake in Velora Biosciences for $180 million. "
        "The deal will be made through a special purpose company in which Korea Investment Partners and "
        "KB Investment will hold a combined 25 percent as financial investors."
    )
    found = relations_en(text, "2025-06-10")
    assert found == [("investment", {"한미약품", "Velora Biosciences", "한국투자파트너스", "KB인베스트먼트"})]


def test_a_partner_after_its_country_and_founders_former_employer_in_english():
    text = (
        "Nuvena Bio, a Korean antibody developer, said Monday it has signed a supply agreement with "
        "Hollis Pharma. In 2022, the company signed a licensing agreement with Mexico's Laboriva for its "
        "eye drug in Latin America. Founded in 2017 by former Hanmi Pharmaceutical researchers, Nuvena "
        "raised 30 billion won in a Series B round last year."
    )
    found = relations_en(text, "2025-06-10")
    assert ("contract", {"Nuvena Bio", "Laboriva"}) in found
    assert ("investment", {"Nuvena Bio"}) in found


def test_the_exchange_that_lists_a_company_takes_no_part_in_its_round():
    text = (
        "Kidney drug developer Renova Bio has filed for a preliminary listing review with the "
        "Korea Exchange, a day after Chong Kun Dang agreed to take a 5 percent stake in the biotech."
    )
    assert relations_en(text, "2025-06-10") == [("investment", {"Renova Bio", "종근당"})]


def test_a_product_licensed_by_its_code_is_a_contract_with_its_owner():
    text = (
        "The investment deepens a partnership that began in May 2022, when Daewoong Pharmaceutical "
        "licensed DX-105, Kairon Bio's inhaled candidate, for development in Asia."
    )
    assert relations_en(text, "2025-06-10") == [("contract", {"대웅제약", "Kairon Bio"})]


def test_a_strategic_investor_named_after_the_round_joins_it():
    text = (
        "유전자치료제 개발기업 알테오젠이 300억원 규모의 시리즈B 투자를 유치했다고 3일 밝혔다. "
        "이번 라운드에는 한국투자파트너스와 인터베스트가 참여했다. "
        "전략적 투자자(SI)로는 보령이 이름을 올렸다."
    )
    found = relations(text, "2025-04-03")
    assert found == [("investment", {"알테오젠", "한국투자파트너스", "인터베스트", "보령"})]


def test_a_round_closed_without_a_name_is_the_last_companys_and_takes_the_investors_told_next():
    text = (
        "알테오젠은 2021년 카카오벤처스로부터 60억원 규모의 시리즈A 투자를 받았다. "
        "2023년 5월에는 180억원 규모의 시리즈B를 마무리했다. "
        "당시 LB인베스트먼트가 라운드를 주도했고 KB인베스트먼트가 참여했다."
    )
    found = relations(text, "2025-04-03")
    assert ("investment", {"알테오젠", "카카오벤처스"}) in found
    assert ("investment", {"알테오젠", "LB인베스트먼트", "KB인베스트먼트"}) in found


def test_a_mutual_aid_fund_is_an_investor_organisation():
    text = "이 밖에 한국산업은행(산은)과 과학기술인공제회가 기관 출자자(LP)로 이름을 올렸다."
    assert relations(text, "2025-06-11") == [("investment", {"한국산업은행", "과학기술인공제회"})]
    assert org_types("경찰공제회와 한국산업은행이 참여했다.")["경찰공제회"] == "investor"


def test_a_fund_raised_before_a_later_clause_that_picks_startups_is_still_an_investment():
    text = (
        "바이오 전문 VC 한빛벤처스가 800억원 규모의 바이오 펀드를 결성하고 첫 투자처로 스타트업 2곳을 "
        "낙점했다. 앵커 출자자는 한국벤처투자다."
    )
    assert ("investment", {"한빛벤처스", "한국벤처투자"}) in relations(text, "2025-06-11")


def test_a_fund_of_funds_call_is_a_selection_and_the_budget_owner_is_no_investor():
    text = (
        "한빛벤처스는 800억원 규모의 펀드를 결성했다. 앵커 출자자는 한국벤처투자다. 중소벤처기업부 예산으로 "
        "조성된 모태펀드 계정에서 300억원을 출자했다. 한빛벤처스는 지난해 한국벤처투자가 진행한 모태펀드 "
        "정시 출자사업에서 위탁운용사로 선정된 바 있다."
    )
    found = relations(text, "2025-06-11")
    assert ("investment", {"한빛벤처스", "한국벤처투자"}) in found
    assert ("selection", {"한국벤처투자", "한빛벤처스"}) in found
    assert len(found) == 2


def test_a_prize_winner_is_the_company_told_next_and_a_round_it_raises_has_no_drugmaker_investor():
    text = (
        "한국아스트라제네카는 오송첨단의료산업진흥재단과 공동 운영하는 '오송 이노베이션 챌린지'의 데모데이를 "
        "열었다고 5일 밝혔다. 선정 기업은 ▲리보셀텍 ▲넥스펩바이오 ▲뉴로젠랩이다. 한국아스트라제네카는 이날 "
        "멘토링 성과도 공개했다. 대상은 리보셀텍에 돌아갔다. 회사는 한국아스트라제네카와 1년간 공동연구를 "
        "진행한다. 우수상을 받은 넥스펩바이오는 최근 후속 투자도 확보했다. 한국아스트라제네카는 내년 선정 "
        "규모를 늘린다."
    )
    found = relations(text, "2025-06-05")
    assert ("partnership", {"리보셀텍", "아스트라제네카"}) in found
    assert ("investment", {"넥스펩바이오"}) in found


def test_where_the_selected_move_in_is_no_party_and_they_present_at_the_event_joined_on_its_day():
    text = (
        "한국보건산업진흥원은 '글로벌 액셀러레이팅 프로그램' 참여 기업 3곳을 최종 선정했다고 11일 밝혔다. "
        "선정 기업은 ▲셀로직스 ▲바이오엣지 ▲뉴로피아 등이다. 선정 기업들은 다음 달부터 랩센트럴 공용 "
        "실험실에 입주해 멘토링을 받는다. 진흥원과 랩센트럴이 오는 10월 23일 공동 주최하는 이 행사에서 "
        "3개 선정 기업은 투자자 앞에서 사업 계획을 발표한다. 대한무역투자진흥공사(KOTRA)도 데모데이 당일 "
        "현장에 상담 부스를 마련한다."
    )
    found = relations(text, "2025-08-11")
    chosen = {"셀로직스", "바이오엣지", "뉴로피아"}
    assert ("selection", {"한국보건산업진흥원", *chosen}) in found
    assert ("event", {"한국보건산업진흥원", "랩센트럴", "대한무역투자진흥공사", *chosen}) in found
    assert len(found) == 2


def test_more_consortium_members_join_it_and_officials_hearing_difficulties_on_site_visit():
    text = (
        "충북대학교병원과 청주시는 지난 2일 ㈜메디큐브랩, ㈜셀로닉스와 함께 '청주 바이오 실증 컨소시엄'을 "
        "꾸리고 실증에 착수했다고 3일 밝혔다. 컨소시엄에는 충북테크노파크와 청주성모병원도 참여했다. "
        "청주시 관계자들은 이튿날인 3일 메디큐브랩 본사를 찾아 생산 설비를 둘러보고 애로사항을 청취했다."
    )
    found = relations(text, "2025-09-03")
    members = {"충북대학교병원", "청주시", "메디큐브랩", "셀로닉스", "충북테크노파크", "청주성모병원"}
    assert ("partnership", members) in found
    assert ("visit", {"청주시", "메디큐브랩"}) in found


def test_investors_taking_part_right_after_a_round_join_the_round_not_an_event():
    text = (
        "퓨어셀바이오는 올해 3월 120억원 규모의 시리즈B 투자를 유치했다. "
        "한국투자파트너스와 인터베스트, KDB산업은행이 참여했다. 라운드를 이끈 곳은 한국투자파트너스다."
    )
    found = relations(text, "2025-05-22")
    assert found == [("investment", {"퓨어셀바이오", "한국투자파트너스", "인터베스트", "KDB산업은행"})]


def test_a_project_that_makes_the_list_is_selected_with_the_rest_of_the_call():
    text = (
        "산업통상자원부와 사업 전담기관인 한국산업기술진흥원은 전날 '소부장 협력모델' 바이오 분야 신규 과제 "
        "2건을 확정해 발표했는데, ㈜셀로바이오가 공급기업, 삼성바이오로직스가 수요기업으로 참여하는 '배지 "
        "국산화' 과제가 이름을 올렸다. 나머지 한 건은 ㈜필텍스와 셀트리온이 손잡은 '필터 국산화' 과제다."
    )
    chosen = {"셀로바이오", "삼성바이오로직스", "필텍스", "셀트리온"}
    found = relations(text, "2025-05-22")
    assert found == [("selection", {"산업통상자원부", "한국산업기술진흥원", *chosen})]


def test_a_deal_described_again_as_a_first_is_not_a_second_deal():
    text = (
        "소부장 기업 셀팩바이오는 삼성바이오로직스와 3년간 120억원 규모의 배지 공급 계약을 맺었다고 "
        "22일 밝혔다. 국내 중소기업이 대형 CDMO 기업과 장기 공급 계약을 따낸 것은 이번이 처음이다."
    )
    assert relations(text, "2025-05-22") == [("contract", {"셀팩바이오", "삼성바이오로직스"})]


def test_an_accelerator_is_a_kind_and_follow_up_funding_support_is_no_investment():
    text = (
        "한빛기술지주와 액셀러레이터 퓨처플레이가 ㈜셀바이오랩에 5억원을 투자했다. 셀바이오랩은 지난달 "
        "경남창조경제혁신센터의 '바이오 액셀러레이팅 프로그램'에 선정돼 후속 투자 연계를 지원받는다."
    )
    assert "액셀러레이터" not in org_types(text)
    assert relations(text, "2024-11-06") == [
        ("investment", {"한빛기술지주", "퓨처플레이", "셀바이오랩"}),
        ("selection", {"경남창조경제혁신센터", "셀바이오랩"}),
    ]


def test_the_investment_agreement_this_investment_follows_is_the_companys_with_the_city():
    text = (
        "㈜아르비온바이오로직스는 24일 송도 2공장 착공식을 열었다. 아르비온바이오로직스는 2030년까지 "
        "4800억원을 투입한다. 이번 투자는 지난해 10월 인천시·인천경제청과 맺은 투자협약에 따른 것이다."
    )
    assert ("mou", {"아르비온바이오로직스", "인천광역시", "인천경제청"}) in relations(text, "2025-09-24")


def test_the_programme_owners_fund_the_research_and_choose_those_selected_in_this_programme():
    text = (
        "케이메디허브와 프라운호퍼연구소, ㈜폐온바이오 3개 기관은 다음 달부터 공동연구를 진행한다. 이번 "
        "공동연구는 보건복지부와 한국보건산업진흥원이 추진하는 '한-독 국제공동연구' 사업의 지원을 받는다. "
        "폐온바이오는 지난 3월 이 사업의 신규 과제로 선정돼 정부출연금 15억원을 확보했다."
    )
    assert relations(text, "2025-05-22") == [
        ("partnership", {"대구경북첨단의료산업진흥재단", "프라운호퍼연구소", "폐온바이오"}),
        ("selection", {"폐온바이오", "보건복지부", "한국보건산업진흥원"}),
    ]


def test_an_activity_written_as_a_loanword_after_a_type_noun_is_no_name():
    text = (
        "대구경북첨단의료산업진흥재단은 해외 협력 네트워크를 꾸준히 넓히고 있다. 지난해 11월에는 "
        "미국 보스턴의 케임브리지이노베이션센터(CIC)와 입주기업의 사무공간 제공 및 투자자 네트워킹 지원을 "
        "위한 협약을 맺은 바 있다."
    )
    assert "네트워킹" not in org_types(text)
    found = relations(text, "2025-05-22")
    assert found == [("mou", {"대구경북첨단의료산업진흥재단", "케임브리지이노베이션센터"})]


def test_both_sides_are_the_two_the_sentence_before_named_together():
    text = (
        "아주대학교병원은 보건복지부 과제에 선정됐다. 아주대학교병원과 ㈜메디스케일러의 인연은 "
        "지난해 시작됐다. 양측은 지난해 5월 임상 데이터 공동 활용을 위한 업무협약(MOU)을 맺었다."
    )
    found = relations(text, "2025-05-22")
    assert ("mou", {"아주대학교병원", "메디스케일러"}) in found
    assert ("mou", {"아주대학교병원", "보건복지부"}) not in found


def test_a_delegation_stands_for_the_province_that_sent_it_and_those_who_came_along_at_every_stop():
    text = (
        "경상남도는 박완수 지사를 단장으로 한 바이오산업 대표단이 16일부터 19일까지 스웨덴 스톡홀름 일대를 "
        "방문했다고 20일 밝혔다. 대표단에는 경남테크노파크와 양산시, 양산부산대학교병원 관계자 등 12명이 "
        "함께했다. 대표단은 17일(현지시간) 스톡홀름에 있는 아스트라제네카 연구소를 찾았다. "
        "이 자리에서 양측은 협력 방안을 논의했다. 18일에는 스웨덴 국립감염병연구소를 방문했다."
    )
    found = relations(text, "2025-06-20")
    delegation = {"경상남도", "경남테크노파크", "양산시", "양산부산대학교병원"}
    assert ("visit", {*delegation, "아스트라제네카"}) in found
    assert ("visit", {*delegation, "스웨덴 국립감염병연구소"}) in found


def test_a_region_told_about_before_is_selected_and_a_base_county_is_a_place():
    text = (
        "전남도는 지난해 10월 국립감염병연구소와 백신 플랫폼 공동연구를 위한 업무협약을 맺었다. 같은 해 "
        "보건복지부의 '백신 실증사업' 공모에서는 화순군을 거점으로 한 사업계획으로 최종 선정되기도 했다."
    )
    assert ("selection", {"전라남도", "보건복지부"}) in relations(text, "2025-06-20")


def test_exhibitors_who_set_up_booths_take_part_and_a_transliterated_name_keeps_its_unit_word():
    text = (
        "충남테크노파크는 16일 천안에서 '충남 바이오헬스 수출상담회'를 열었다고 17일 밝혔다. "
        "상담장에는 ㈜솔티움바이오와 ㈜큐어리프 등이 부스를 차렸다. 해외 측에서는 인도네시아 유통사 "
        "판타라 메디카(PT Pantara Medika) 등이 참가했다. ㈜메디에이스랩은 판타라 메디카와 진단키트 공급을 "
        "위한 업무협약(MOU)을 체결했다."
    )
    assert "메디카" not in org_types(text)
    found = relations(text, "2024-10-17")
    assert ("event", {"충남테크노파크", "솔티움바이오", "큐어리프", "판타라 메디카"}) in found
    assert ("mou", {"메디에이스랩", "판타라 메디카"}) in found


def test_one_fair_over_several_days_gathers_its_stands_parts_keynote_and_deals_on_the_opening_day():
    text = (
        "국내 최대 바이오헬스 행사인 '바이오코리아 2025'가 7일 서울 코엑스에서 막을 올렸다. "
        "한국보건산업진흥원과 충청북도가 공동 주최하는 올해 행사는 9일까지 사흘간 열린다. "
        "공동 주최자인 충청북도는 오송첨단의료산업진흥재단과 함께 '충북 바이오 홍보관'을 운영하고 "
        "▲헤리온바이오 ▲펩타레온 등 도내 기업의 제품을 소개했다. 행사의 핵심인 비즈니스 파트너링은 "
        "대한무역투자진흥공사(KOTRA)와 함께 운영된다. 개막 첫날 기조연설에는 아스트라제네카의 사업개발 "
        "총괄인 샤론 바커 부사장이 나섰다. 바커 부사장은 한국 기업에 관심이 크다고 말했다. 나란히 전시 "
        "부스를 꾸린 ㈜제노포트바이오와 에스티팜은 "
        "개막일인 7일 전시장에서 업무협약(MOU)을 맺었다."
    )
    found = relations(text, "2025-05-07")
    event = [parties for kind, parties in found if kind == "event"]
    assert event == [
        {
            "한국보건산업진흥원",
            "충청북도",
            "오송첨단의료산업진흥재단",
            "헤리온바이오",
            "펩타레온",
            "대한무역투자진흥공사",
            "아스트라제네카",
            "제노포트바이오",
            "에스티팜",
        }
    ]
    assert ("mou", {"제노포트바이오", "에스티팜"}) in found
    assert not any(kind == "partnership" for kind, _ in found)


def test_an_agreement_signed_at_a_fair_and_its_terms_bring_no_one_into_the_fair():
    text = (
        "한국바이오협회가 주최하는 '바이오플러스 2025'가 9일 코엑스에서 개막했다. 전시장에서는 "
        "삼성바이오로직스와 셀트리온이 대형 단독 부스를 꾸려 역량을 소개했다. 글로벌 제약사의 사업개발(BD) "
        "담당자도 참여한다. 협회는 이날 개막식 직후 일본바이오산업협회(JBA)와 공동 행사 개최를 골자로 하는 "
        "업무협약(MOU)도 체결했다. 두 협회는 내년부터 연례 파트너링 행사를 공동으로 열기로 했다."
    )
    assert "BD" not in org_types(text)
    assert relations(text, "2025-09-09") == [
        ("event", {"한국바이오협회", "삼성바이오로직스", "셀트리온"}),
        ("mou", {"한국바이오협회", "일본바이오산업협회"}),
    ]


def test_session_speakers_take_part_under_their_employer_and_a_background_deal_is_no_event():
    text = (
        "한국제약바이오협회가 주최한 'AI 신약개발 콘퍼런스'가 10일 서울에서 열렸다. 첫 번째 세션에서는 "
        "유한양행 R&D전략실 김도형 상무가 AI 모델 적용 경험을 발표했다. 이어 연단에 오른 대웅제약 신약센터 "
        "이수연 팀장은 후보물질 발굴 현황을 소개했다. 병원 세션에서는 삼성서울병원 박서진 교수가 연자로 "
        "나섰다. 파트너링에 참여한 ㈜레조닉스바이오는 지난 7월 보령과 항암 표적 발굴 공동연구에 착수한 바 "
        "있다. 협회는 행사 개막에 앞서 한국과학기술정보연구원(KISTI)과 업무협약(MOU)을 체결했다."
    )
    assert not {"R&D전략실", "신약센터"} & set(org_types(text))
    assert relations(text, "2025-09-10") == [
        ("event", {"한국제약바이오협회", "유한양행", "대웅제약", "삼성서울병원"}),
        ("partnership", {"레조닉스바이오", "보령"}),
        ("mou", {"한국제약바이오협회", "한국과학기술정보연구원"}),
    ]


def test_foreign_agencies_sending_their_examiners_take_part_in_the_workshop():
    text = (
        "식품의약품안전처와 오송첨단의료산업진흥재단이 공동 주최한 '국제 규제과학 워크숍'이 24일 오송에서 "
        "열렸다. 해외에서는 싱가포르 보건과학청(HSA)과 베트남 의약품관리청(DAV), 인도네시아 "
        "식품의약품감독청(BPOM)이 심사관을 보냈다. 오송재단은 워크숍에 앞서 베트남 의약품관리청과 "
        "업무협약(MOU)을 맺었다."
    )
    agencies = {"싱가포르 보건과학청", "베트남 의약품관리청", "인도네시아 식품의약품감독청"}
    assert agencies <= set(org_types(text))
    assert relations(text, "2025-09-24") == [
        ("event", {"식품의약품안전처", "오송첨단의료산업진흥재단", *agencies}),
        ("mou", {"오송첨단의료산업진흥재단", "베트남 의약품관리청"}),
    ]


def test_a_place_and_the_kind_of_body_abbreviate_a_long_name_but_a_longer_head_does_not():
    assert _abbreviates("오송재단", "오송첨단의료산업진흥재단")
    assert not _abbreviates("한국바이오협회", "한국바이오의약품협회")


def test_a_course_run_jointly_is_a_partnership_and_a_national_resources_centre_is_an_institute():
    text = (
        "카브린바이오는 오송에 신공장을 지었다. 인력 확보를 위해서는 충북보건과학대학교와 바이오공정 "
        "전문인력 양성 과정을 공동 운영하고 있다. 회사는 2023년부터 국립해양생물자원관(MABIK)과 소재의 "
        "안전성 평가에 관한 공동연구를 이어가고 있다."
    )
    assert org_types(text)["국립해양생물자원관"] == "research_institute"
    found = relations(text, "2025-03-21")
    assert ("partnership", {"카브린바이오", "충북보건과학대학교"}) in found
    assert ("partnership", {"카브린바이오", "국립해양생물자원관"}) in found


def test_those_taking_part_in_the_validation_join_the_joint_research():
    text = (
        "분당서울대학교병원이 ㈜딥크레바스와 함께 패혈증 조기예측 AI 공동연구에 나선다. "
        "외부 검증에는 강원대학교병원과 충북대학교병원이 참여한다."
    )
    found = relations(text, "2025-03-21")
    assert found == [
        ("partnership", {"분당서울대학교병원", "딥크레바스", "강원대학교병원", "충북대학교병원"})
    ]


def test_english_work_with_a_trial_site_a_systems_short_form_and_a_purchase_by_a_possessor():
    text = (
        "Korean cell therapy developer Hanul Therapeutics will acquire Brightline Cell Systems, a "
        "Boston-based maker of bioreactors, for $50 million. Hanul said it had signed an agreement to buy "
        "Brightline. Brightline has worked with the Dana-Farber Cancer Institute since 2023. Hanul's lead "
        "candidate is in a Phase 1 trial at Samsung Medical Center in Seoul. The deal follows SK "
        "bioscience's purchase of a controlling stake in Germany's IDT Biologika last year."
    )
    found = relations_en(text, "2025-06-10")
    assert ("investment", {"Hanul Therapeutics", "Brightline Cell Systems"}) in found
    assert ("partnership", {"Brightline Cell Systems", "Dana-Farber Cancer Institute"}) in found
    assert ("partnership", {"Hanul Therapeutics", "Samsung Medical Center"}) in found
    assert ("investment", {"SK바이오사이언스", "IDT Biologika"}) in found


def test_english_will_partner_with_a_venue_is_no_party_and_a_deal_to_transfer_technology():
    caption = (
        "GC Biopharma CEO Huh Eun-chul, right, and Gulf Crescent Healthcare Chairman Khalid Al Mansoori "
        "shake hands after signing a supply agreement at the Dubai World Trade Centre on Tuesday."
    )
    assert not any(
        "Dubai World Trade Centre" in parties for _, parties in relations_en(caption, "2025-02-01")
    )
    text = (
        "GC Biopharma has signed a $112 million supply contract with Gulf Crescent Healthcare, the company "
        "said Thursday. Separately, the company will partner with Mawarid Health Group, an Abu Dhabi-based "
        "hospital operator. In October 2024, it signed a deal with Indonesia's Ministry of Health to "
        "transfer its fractionation technology."
    )
    found = relations_en(text, "2025-02-01")
    assert ("partnership", {"GC녹십자", "Mawarid Health Group"}) in found
    assert ("contract", {"GC녹십자", "Ministry of Health"}) in found


def test_an_english_bracketed_acronym_stands_for_the_name_before_it_later_on():
    text = (
        "Veritrial Inc., a Seoul-based contract research organization, said Monday it signed a deal. "
        "Founded in 2016 by former staff at Seoul National University Hospital (SNUH), Veritrial has run "
        "240 trials. The company signed a memorandum of understanding with SNUH in March 2024."
    )
    assert relations_en(text, "2025-05-01") == [
        ("mou", {"Veritrial Inc", "Seoul National University Hospital"})
    ]


def test_english_a_trial_completed_at_a_hospital_and_a_companys_team_attending():
    text = (
        "Jinvera Therapeutics said Tuesday that it has licensed out its candidate to Corvessa Therapeutics. "
        "A Phase 1 trial in 72 volunteers was completed last year at Seoul National University Hospital. "
        "The two companies first met at a partnering session hosted by KDDF in Boston, where Jinvera "
        "presented early data and Corvessa's business development team attended."
    )
    found = relations_en(text, "2025-05-01")
    assert ("partnership", {"Jinvera Therapeutics", "Seoul National University Hospital"}) in found
    assert ("event", {"KDDF", "Jinvera Therapeutics", "Corvessa Therapeutics"}) in found


def test_english_the_company_after_a_based_subject_that_plans_and_a_product_sentence_is_its_owners():
    text = (
        "Noeul Biologics has won a $47 million order from Cardenza Therapeutics, Noeul said. "
        "Boston-based Cardenza plans to begin a Phase 2 trial next year. The company closed a $120 million "
        "Series B round in January. ARCH Venture Partners and Polaris Partners took part in the financing. "
        "Noeul will make the batches in Osong, and Noeul plans to list in 2026. Ono Pharmaceutical plans to "
        "start a global trial. NBX-210 has its roots in a joint research program with the Korea Research "
        "Institute of Bioscience and Biotechnology (KRIBB)."
    )
    found = relations_en(text, "2025-03-25")
    round_ = ("investment", {"Cardenza Therapeutics", "ARCH Venture Partners", "Polaris Partners"})
    assert round_ in found
    assert not any(kind == "partnership" and "Ono Pharmaceutical" in parties for kind, parties in found)


def test_english_joining_a_consortium_and_its_other_members():
    text = (
        "Noeul Biologics has won an order from Cardenza Therapeutics. Separately, Noeul has joined a "
        "public-private consortium led by the Korea Disease Control and Prevention Agency (KDCA). Other "
        "members of the consortium include ST Pharm, which supplies reagents, vaccine maker EuBiologics, "
        "and Chungbuk National University, which will train technicians."
    )
    members = {"Noeul Biologics", "Korea Disease Control and Prevention Agency", "ST Pharm", "EuBiologics"}
    assert ("partnership", {*members, "Chungbuk National University"}) in relations_en(text, "2025-03-25")


def test_english_the_swiss_company_is_the_swiss_one_talked_about_last():
    text = (
        "Samsung Biologics said Tuesday it has signed a $412 million contract manufacturing deal with Swiss "
        "drugmaker Helvion Pharma. The company earlier signed a supply agreement with Swiss contract "
        "manufacturer Lonza in 2021. Helvion's ADC programs are built on technology from Korea's LigaChem "
        "Biosciences. The Swiss company signed a licensing deal worth up to $285 million with LigaChem in "
        "June last year."
    )
    found = relations_en(text, "2025-10-28")
    assert ("contract", {"Helvion Pharma", "리가켐바이오사이언스"}) in found


def test_a_fund_putting_money_into_its_first_investee_acts_through_its_managers():
    text = (
        "스마일게이트인베스트먼트와 대덕벤처파트너스가 공동운용하는 500억원 규모 바이오 펀드가 결성됐다. "
        "앵커 출자자는 한국벤처투자다. 펀드는 결성과 동시에 첫 투자를 집행했다. 첫 투자처는 mRNA 플랫폼 "
        "기업 ㈜엠리온바이오다. 엠리온바이오가 이달 마무리한 60억원 규모 시리즈A 라운드에 20억원을 "
        "투입했다. 이번 라운드에는 KB인베스트먼트도 참여했다."
    )
    managers = {"스마일게이트인베스트먼트", "대덕벤처파트너스"}
    assert relations(text, "2025-06-24") == [
        ("investment", {*managers, "한국벤처투자"}),
        ("investment", {*managers, "엠리온바이오", "KB인베스트먼트"}),
    ]


def test_a_funds_second_and_third_investees_including_one_named_only_by_the_deal():
    text = (
        "바이오 전문 VC 스텔라브릿지벤처스가 1200억원 규모의 펀드를 결성했다. 두 번째 투자처인 "
        "㈜엘비아젠에는 지난달 단독으로 40억원을 투자했다. 뇌질환 진단 플랫폼을 개발하는 메디뉴런스에는 "
        "카카오벤처스와 함께 30억원을 공동 투자했다."
    )
    assert "메디뉴런스" in org_types(text)
    found = relations(text, "2025-06-11")
    assert ("investment", {"스텔라브릿지벤처스", "엘비아젠"}) in found
    assert ("investment", {"스텔라브릿지벤처스", "메디뉴런스", "카카오벤처스"}) in found


def test_the_body_that_chose_a_title_chooses_those_named_to_it_next():
    text = (
        "개막식에서는 산업통상자원부가 선정한 '2025 바이오 소부장 으뜸기업' 지정서 수여식도 함께 열렸다. "
        "올해 으뜸기업으로는 배지 전문기업 ㈜이노큘텍, 바이오백 제조사 ㈜아미코팩 등 2곳이 이름을 올렸다."
    )
    found = relations(text, "2025-09-09")
    assert ("selection", {"산업통상자원부", "이노큘텍", "아미코팩"}) in found


def test_tp_abbreviates_the_technopark_and_who_picked_the_companies_on_stage_selected_them():
    assert _abbreviates("충남tp", "충남테크노파크")  # names are compared by key, in lower case
    assert not _abbreviates("충북tp", "충남테크노파크")
    text = (
        "충남테크노파크(충남TP)는 지난 21일 천안에서 '충남 바이오 데모데이'를 열었다고 24일 밝혔다. 이날 "
        "무대에 오른 스타트업은 충남TP가 지난 8월 공모를 통해 선정한 3개사다. 선정 기업은 ▲㈜셀리젠 "
        "▲㈜펩토니아 ▲㈜바이옴플로 등이다."
    )
    found = relations(text, "2025-11-24")
    assert ("selection", {"충남테크노파크", "셀리젠", "펩토니아", "바이옴플로"}) in found
