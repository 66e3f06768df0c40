"""Rules found on holdout72–75 (blind in the fifteenth and sixteenth sessions); fresh text each."""

from __future__ import annotations

from rule_helpers import org_names_en, org_types, relations, relations_en


def test_where_the_second_of_two_joined_firms_is_based_is_no_part_of_its_name():
    text = (
        "Veltrion Bio said it raised 30 billion won in a Series B round. Two overseas investors joined, "
        "Boston-based Quarrystone Capital and Osaka-based Minato Life Partners."
    )
    names = org_names_en(text)
    assert {"Quarrystone Capital", "Minato Life Partners"} <= names, names
    assert not any(n.endswith("-based Minato Life Partners") for n in names), names


def test_a_unit_of_the_hospital_just_named_is_no_organisation():
    text = (
        "Veltrion Bio signed a research partnership with Brigham Research Hospital in Boston. A team at "
        "the hospital's Oncology Center will test the candidate in tumor models."
    )
    names = org_names_en(text)
    assert "Oncology Center" not in names, names
    assert ("partnership", {"Veltrion Bio", "Brigham Research Hospital"}) in relations_en(text, "2025-06-01")


def test_a_parent_injecting_money_into_its_unit_is_an_investment():
    text = (
        "Its parent company has kept the money flowing as well. Halden Holdings injected 80 billion won "
        "into Halden Biologics through a rights offering in May."
    )
    assert relations_en(text, "2025-10-15") == [("investment", {"Halden Holdings", "Halden Biologics"})]


def test_an_agreement_with_a_price_is_a_deal():
    text = (
        "The two companies are not new partners. Veltrion Bio signed a $31 million agreement with "
        "Halden Biologics in September last year to have clinical supplies made at its plant."
    )
    assert relations_en(text, "2025-10-15") == [("contract", {"Veltrion Bio", "Halden Biologics"})]


def test_a_nationality_and_a_field_before_a_firm_are_no_name():
    text = (
        "In April, Halden Biologics signed a deal with Swiss ADC developer Ardentis Pharma to produce "
        "clinical materials for its lead program."
    )
    assert "Swiss ADC" not in org_names_en(text)
    assert relations_en(text, "2025-10-15") == [("contract", {"Halden Biologics", "Ardentis Pharma"})]


def test_co_investors_named_later_join_the_round_money_was_put_into():
    text = (
        "In June, Arcbridge Partners also put money into Quillon Bio, a Daejeon-based KAIST spinoff that "
        "develops cell therapies. Quillon Bio raised 14 billion won in a Series A. Co-investors in the "
        "Quillon Bio round were DSC Investment and Yuhan Corp., which took a strategic stake."
    )
    rounds = [p for t, p in relations_en(text, "2025-07-15") if t == "investment"]
    assert rounds == [{"Arcbridge Partners", "Quillon Bio", "DSC Investment", "유한양행"}], rounds


def test_a_funds_anchor_backers_invest_and_a_company_forms_stop_ends_no_sentence():
    text = (
        "The money came from the K-Bio Fund II, which Arcbridge Partners formed last year with anchor "
        "commitments totaling 90 billion won from Korea Venture Investment Corp. (KVIC), which manages the "
        "government's fund of funds, and Korea Development Bank (KDB)."
    )
    assert relations_en(text, "2025-07-15") == [
        ("investment", {"Arcbridge Partners", "한국벤처투자", "한국산업은행"})
    ]


def test_studies_run_with_the_foundation_are_a_partnership():
    text = (
        "Avirex Therapeutics, a tenant of the Osong Medical Innovation Foundation (KBIOHealth), has been "
        "running non-clinical efficacy studies of its antiviral with the foundation since last year."
    )
    assert relations_en(text, "2025-07-15") == [
        ("partnership", {"Avirex Therapeutics", "오송첨단의료산업진흥재단"})
    ]


def test_an_earlier_round_named_as_the_topic_is_not_the_round_just_raised():
    text = (
        "코어링스바이오가 450억원 규모의 시리즈C 투자 유치를 마무리했다. 이번 라운드에는 한국투자파트너스와 "
        "신한벤처투자가 새로 주주명부에 이름을 올렸다. 2023년 8월 마무리한 시리즈B(280억원)는 "
        "스마일게이트인베스트먼트가 주도했으며 프리미어파트너스가 함께 참여했다."
    )
    found = relations(text, "2025-02-18")
    assert ("investment", {"코어링스바이오", "한국투자파트너스", "신한벤처투자"}) in found, found
    assert ("investment", {"코어링스바이오", "스마일게이트인베스트먼트", "프리미어파트너스"}) in found, found
    assert all(t != "selection" for t, _p in found), found


def test_a_forum_held_before_the_signing_is_an_event_and_no_agreement():
    text = (
        "충북도는 오송역 일원에 바이오 캠퍼스를 조성한다. 협약식에 앞서 이날 오전 오송읍에서는 도가 주최하고 "
        "충북테크노파크가 주관한 '2025 오송 바이오 포럼'이 열렸다. 포럼에서는 한국생명공학연구원과 셀트리온 "
        "관계자가 연사로 나서 발표했다."
    )
    found = relations(text, "2025-05-20")
    assert found == [("event", {"충청북도", "충북테크노파크", "한국생명공학연구원", "셀트리온"})], found


def test_the_co_host_of_a_sentence_without_subject_hosts_with_the_one_just_talked_about():
    text = (
        "한국바이오협회는 25일 송도에서 상담회를 개최했다. 협회는 논의된 건 가운데 20여 건을 추려 "
        "사후 관리에 나선다. 오는 11월에는 대구경북첨단의료산업진흥재단과 함께 대구에서 '바이오 소부장 "
        "기술 설명회'를 열 예정이다."
    )
    found = relations(text, "2025-09-26")
    assert ("event", {"한국바이오협회", "대구경북첨단의료산업진흥재단"}) in found, found


def test_a_trial_started_with_a_startup_takes_the_sites_named_next():
    text = (
        "한빛대병원 응급의학과 연구팀은 ㈜셉티온랩과 함께 패혈증 예측 소프트웨어의 임상적 유효성을 "
        "검증하는 전향적 다기관 임상시험을 이달 중 시작한다고 14일 밝혔다. 이번 임상은 "
        "한빛대병원이 주관기관을 맡고 서울특별시보라매병원과 국립중앙의료원이 참여기관으로 함께한다."
    )
    found = relations(text, "2025-07-14")
    assert found == [("partnership", {"한빛대병원", "셉티온랩", "서울특별시보라매병원", "국립중앙의료원"})], (
        found
    )


def test_a_signing_ceremony_held_in_a_meeting_room_is_no_event():
    text = (
        "지난 20일 대구경북첨단의료산업진흥재단 본관 대회의실에서 열린 기술이전 계약식에서 박구선 이사장과 "
        "한도윤 ㈜리포젠랩 대표가 계약서를 들어 보이고 있다."
    )
    assert all(t != "event" for t, _p in relations(text, "2025-05-21"))


def test_a_count_of_unnamed_firms_deals_for_no_one_named_before():
    text = (
        "하모닉스랩은 지난 3월 110억원 규모의 시리즈A 투자 유치를 마무리했다. 이 투자에는 한국투자파트너스와 "
        "인터베스트가 참여했다. 지난해 참여한 10개 기업은 이후 1년간 총 480억원의 투자를 유치했고, 2개 "
        "기업은 해외 제약사와 기술이전 계약을 맺는 성과를 냈다."
    )
    assert all(t != "contract" for t, _p in relations(text, "2025-06-17"))


def test_the_chosen_told_again_get_benefits_and_a_second_call_stands_apart():
    text = (
        "보건복지부와 한국보건산업진흥원은 '글로벌 액셀러레이팅 프로그램' 참여 기업으로 스타트업 3곳을 "
        "선정했다고 17일 밝혔다. 선정된 기업은 ▲오르비젠랩 ▲진트랙스 ▲메디사이퍼다. 이들 기업은 지난 4월 "
        "공모에 지원한 92개 기업 가운데 심사를 거쳐 최종 선발됐다. 선정 기업은 미국 식품의약국(FDA) 규제 "
        "컨설팅 등을 지원받는다. 진흥원은 또 서울아산병원·삼성서울병원 2곳을 협력병원으로 선정했다."
    )
    found = relations(text, "2025-06-17")
    assert found == [
        ("selection", {"보건복지부", "한국보건산업진흥원", "오르비젠랩", "진트랙스", "메디사이퍼"}),
        ("selection", {"한국보건산업진흥원", "서울아산병원", "삼성서울병원"}),
    ], found


def test_a_deck_line_ending_on_a_particle_is_no_hard_wrap():
    text = (
        "'글로벌 액셀러레이팅' 참여기업 선정…CIC·제이랩스 파트너로\n"
        "서울아산병원 등 3곳은 임상 멘토링 협력병원으로\n"
        "액셀러레이팅 프로그램 포스터\n"
        "보건복지부는 참여 기업 7곳을 선정했다. 진흥원은 케임브리지 이노베이션 센터(CIC), "
        "제이랩스(JLABS)와 함께 운영한다."
    )
    partners = [p for t, p in relations(text, "2025-06-17") if t == "partnership"]
    assert all("서울아산병원" not in p for p in partners), partners


def test_vcs_at_a_demo_day_are_there_and_the_four_firms_chosen_earlier_present():
    text = (
        "다케다는 지난 25일 서울바이오허브에서 선정 기업 4곳이 사업 성과를 발표하는 데모데이를 열었다. "
        "현장에는 한국투자파트너스, KB인베스트먼트, 스마일게이트인베스트먼트, 데일리파트너스 등 VC 20여곳의 "
        "심사역이 참석해 후속 투자 상담을 진행했다. 앞서 다케다는 지난 6월 공모를 거쳐 4개사를 올해 프로그램 "
        "참여 기업으로 최종 선정했다. 선정 기업은 ▲뉴로스파크 ▲메디오스랩 ▲큐비트헬스 ▲바이옴랩스다."
    )
    found = relations(text, "2025-09-26")
    firms = {"뉴로스파크", "메디오스랩", "큐비트헬스", "바이옴랩스"}
    vcs = {"한국투자파트너스", "KB인베스트먼트", "스마일게이트인베스트먼트", "데일리파트너스"}
    assert found == [
        ("event", {"다케다", "서울바이오허브"} | vcs | firms),
        ("selection", {"다케다"} | firms),
    ], found


def test_a_pair_working_together_for_years_is_a_partnership():
    text = (
        "이들 기업은 12주 동안 ㈜와이앤아처의 전담 코칭을 받았다. 와이앤아처가 투자 유치 전략을 맡았고, "
        "다케다는 전문가 멘토링을 주선했다. 양사는 2023년 프로그램 출범 때부터 3년째 손발을 맞추고 있다."
    )
    assert relations(text, "2025-09-26") == [("partnership", {"다케다", "와이앤아처"})]


def test_a_one_syllable_article_and_a_generic_last_word_belong_to_the_spelt_name():
    text = (
        "㈜바이탈코어메드도 UAE 두바이의 알 마나라 헬스케어(Al Manara Healthcare)와 중동 6개국 독점 판매권을 "
        "부여하는 협약을 체결했다."
    )
    assert "알 마나라 헬스케어" in org_types(text)


def test_an_agency_goes_by_todays_name_and_a_deck_tally_is_no_agreement():
    text = (
        "소닉스케어·오스테오픽스·바이탈코어메드 현장서 MOU 3건\n"
        "원주미래산업진흥원(옛 원주의료기기테크노밸리)과 강원테크노파크는 지난 6일 '원주 의료기기 "
        "수출상담회'를 열었다."
    )
    found = relations(text, "2024-11-08")
    assert found == [("event", {"원주미래산업진흥원", "강원테크노파크"})], found


def test_the_agencys_team_came_along_with_the_buyers_people():
    text = (
        "원주미래산업진흥원은 상담회를 열었다. 상담회 이튿날인 7일에는 빈즈엉메디칼(Binh Duong Medical) 구매 "
        "담당 임원단이 문막읍에 있는 ㈜소닉스케어 생산공장을 찾았다. 이들은 조립 라인을 둘러보고 일정을 "
        "논의했으며, 진흥원 해외마케팅팀 관계자들도 동행했다."
    )
    visits = [p for t, p in relations(text, "2024-11-08") if t == "visit"]
    assert visits == [{"빈즈엉메디칼", "소닉스케어", "원주미래산업진흥원"}], visits


def test_a_background_round_a_vc_led_stands_apart_from_the_pre_ipo_round():
    text = (
        "진단 스타트업 레티온랩스가 280억원 규모의 프리IPO 투자를 유치했다. 라운드는 KB인베스트먼트가 "
        "이끌었다. 레티온랩스는 2022년 카카오벤처스가 주도한 60억원 규모 시리즈A를 시작으로 투자를 이어왔다."
    )
    rounds = [p for t, p in relations(text, "2025-06-11") if t == "investment"]
    assert rounds == [{"레티온랩스", "KB인베스트먼트"}, {"레티온랩스", "카카오벤처스"}], rounds


def test_a_site_of_a_hospitals_trial_partners_it_and_a_market_opened_is_no_event():
    text = (
        "레티온랩스는 2020년 세브란스병원과 공동연구에 착수했다. 지난해부터는 분당서울대학교병원이 주관하는 "
        "다기관 확증 임상에도 참여하고 있다. 분당서울대병원을 비롯한 전국 5개 병원이 참여하는 이 연구는 "
        "정확도를 비교하는 것이다. 업계에서는 루닛과 뷰노가 이미 상장해 있고, 메디웨일이 먼저 시장을 열었다."
    )
    assert relations(text, "2025-06-11") == [
        ("partnership", {"레티온랩스", "세브란스병원"}),
        ("partnership", {"레티온랩스", "분당서울대학교병원"}),
    ]


def test_the_company_opening_the_sentence_raised_the_round_a_vc_led():
    text = (
        "㈜블루오라바이오는 2021년 부산대 교원창업으로 출발한 회사다. 회사는 지난해 7월 BNK벤처투자가 "
        "주도하고 부산창조경제혁신센터가 참여한 시리즈A 라운드에서 45억원을 유치했다."
    )
    title = "부산대-블루오라바이오, 공동연구센터 열었다"
    found = relations(text, "2025-11-24", title)
    assert found == [("investment", {"블루오라바이오", "BNK벤처투자", "부산창조경제혁신센터"})], found


def test_a_field_before_a_firm_and_a_university_department_are_no_organisations():
    text = (
        "부산대학교와 해양바이오 기업 ㈜블루오라바이오가 공동연구센터를 열었다. 부산대 해양생명과학과 "
        "연구진 12명과 블루오라바이오 연구원 8명이 상주한다."
    )
    names = org_types(text)
    assert "블루오라바이오" in names and "해양생명과학" not in names, names
    assert "해양바이오" not in names, names


def test_a_project_led_by_one_with_joint_research_institutes_is_one_consortium():
    text = (
        "과제는 ㈜아펙스크로마가 주관하고 한국생산기술연구원과 인하대학교 생명공학과가 공동연구기관으로 "
        "참여하는 컨소시엄 형태로 수행됐다."
    )
    found = relations(text, "2025-09-10")
    assert found == [("partnership", {"아펙스크로마", "한국생산기술연구원", "인하대학교"})], found


def test_a_hub_confirming_its_programmes_entrants_selects_them_and_they_present_at_a_showcase():
    text = (
        "서울바이오허브는 바이엘(Bayer), 바이오랩스(BioLabs)와 공동으로 운영하는 '글로벌 액셀러레이팅 "
        "프로그램' 참가 기업 3곳도 확정했다. 3개 기관은 지난 2월부터 공모를 진행해 최종 3개사를 뽑았다. "
        "선정 기업은 ▲에피노바젠 ▲루미셉트 ▲마이토큐어다. 선정 기업들은 오는 6월 보스턴에서 바이오랩스가 "
        "주최하고 대한무역투자진흥공사(KOTRA)가 후원하는 '코리아 스타트업 쇼케이스'에서 IR 발표에 나선다."
    )
    firms = {"에피노바젠", "루미셉트", "마이토큐어"}
    found = relations(text, "2025-04-14")
    assert found == [
        ("selection", {"서울바이오허브", "바이엘", "바이오랩스"} | firms),
        ("event", {"바이오랩스", "대한무역투자진흥공사"} | firms),
    ], found


def test_a_name_spelt_out_with_its_acronym_after_a_comma_is_whole_and_its_last_word_is_it():
    text = (
        "英 메디슨 디스커버리 캐터펄트와 후보물질 공동 검증 협력도\n"
        "국가신약개발사업단은 영국의 신약개발 전문기관인 메디슨 디스커버리 캐터펄트(Medicines Discovery "
        "Catapult, MDC)와 손잡고 공동 검증 프로그램을 운영한다."
    )
    names = org_types(text)
    assert "메디슨 디스커버리 캐터펄트" in names and "캐터펄트" not in names, names


def test_what_a_listed_project_makes_is_no_other_name_of_its_lead():
    text = (
        "컨소시엄 과제로 선정된 곳은 ▲세브란스병원·대웅제약(폐섬유증 치료제) ▲한국화학연구원·"
        "경북대학교병원(표적단백질분해제) 등이다."
    )
    names = org_types(text)
    assert "표적단백질분해제" not in names and "경북대학교병원" in names, names


def test_a_building_at_an_address_hosts_nothing_and_vcs_at_the_demo_day_chose_no_one():
    text = (
        "특구재단은 지난 16일 대전 유성구 대덕테크비즈센터(TBC)에서 '대덕 바이오 딥테크 데모데이'를 열고 "
        "최종 선정 기업을 발표했다. 선정 기업은 ▲뮤카젠 ▲테라퀀트 ▲오믹스브릿지 등이다. 이날 데모데이는 "
        "대전시가 주최했다. 선정 기업 3곳이 차례로 무대에 올라 사업계획을 발표했고, 한국투자파트너스, "
        "스마일게이트인베스트먼트 등 투자사 12곳이 참석해 현장 투자 상담을 진행했다."
    )
    found = relations(text, "2025-06-17")
    selections = [p for t, p in found if t == "selection"]
    events = [p for t, p in found if t == "event"]
    assert all("한국투자파트너스" not in p and "대덕테크비즈센터" not in " ".join(p) for p in selections), (
        found
    )
    assert events and "한국투자파트너스" in events[0], found
    assert all(not any(n.endswith("대덕테크비즈센터") for n in p) for p in events), found


def test_a_listed_name_ending_in_ro_before_the_next_bullet_keeps_it_and_one_to_one_is_no_name():
    text = (
        "한국관에는 ▲펩트릭스바이오 ▲㈜지노플렉스 ▲큐어벨로 ▲씨엔알젠 등 신약개발 기업이 대거 참가했다. "
        "KOTRA는 현지 제약사·투자자 발굴과 일대일 미팅 주선을 맡았다."
    )
    names = org_types(text)
    assert "큐어벨로" in names and "큐어벨" not in names and "일대일" not in names, names


def test_a_centre_where_another_body_held_its_night_is_the_venue():
    text = (
        "한국보건산업진흥원은 행사 기간인 17일 저녁 케임브리지 이노베이션 센터(CIC)에서 주보스턴총영사관과 "
        "공동으로 'K-바이오 파트너링 나이트'를 열었다."
    )
    found = relations(text, "2025-06-19")
    assert found == [("event", {"한국보건산업진흥원", "주보스턴총영사관"})], found


def test_an_officials_title_and_surname_are_no_names_and_an_embassy_in_a_city_is_one():
    text = (
        "A delegation from Denmark's Ministry of Industry, Business and Financial Affairs, led by Deputy "
        "Permanent Secretary Lars Holm Nielsen, toured the plant. Staff from the Embassy of Denmark in Seoul "
        "accompanied the officials. Nielsen said Denmark sees Korea as a key partner."
    )
    names = org_names_en(text)
    assert "Embassy of Denmark in Seoul" in names, names
    assert not any("Nielsen" in n for n in names), names


def test_provinces_listed_with_their_cities_were_designated_and_those_designated_too_are_described():
    text = (
        "산업통상자원부는 15일 ▲전북특별자치도(전주·정읍) ▲대전광역시(유성) 등 2곳을 바이오 특화단지로 신규 "
        "지정했다. 앞서 산업부는 지난해 6월 1차 공모에서 경북(안동·포항), 강원(춘천·홍천), 전남(화순) 등 "
        "3곳을 바이오 특화단지로 지정한 바 있다. 함께 지정된 대전은 대덕특구의 연구 역량을 앞세운 것으로 "
        "알려졌다."
    )
    found = relations(text, "2025-07-16")
    assert found == [
        ("selection", {"산업통상자원부", "전북특별자치도", "대전광역시"}),
        ("selection", {"산업통상자원부", "경상북도", "강원특별자치도", "전라남도"}),
    ], found


def test_a_past_round_then_an_outlook_is_still_the_round_and_a_credit_is_no_name():
    text = (
        "㈜펩트릭스바이오는 지난 3월 스마일게이트인베스트먼트가 주도한 시리즈B 투자에서 180억원을 유치한 바 "
        "있어, 이번 협약으로 IND 제출 일정에 속도가 붙을 전망이다. 양사 관계자들이 기념촬영을 하고 있다. "
        "ⓒ한국바이오협회"
    )
    assert relations(text, "2025-06-19") == [("investment", {"펩트릭스바이오", "스마일게이트인베스트먼트"})]
    assert "ⓒ한국바이오협회" not in org_types(text)


def test_two_cities_joined_by_a_dot_are_both_local_governments():
    text = (
        "도는 전략을 손질했다. 전주시·정읍시와 함께 전북대학교, 원광대학교 등이 참여하는 '오가노이드 "
        "특화단지 추진 컨소시엄'을 꾸려 재도전을 준비했다."
    )
    names = org_types(text)
    assert {"전주시", "정읍시"} <= set(names), names


def test_a_foreign_ministry_by_its_portfolios_and_a_cluster_spelt_with_its_nationality_are_names():
    text = (
        "예스페르 룬드 덴마크 산업·기업·금융부 차관이 이끄는 대표단은 지난 9일 삼성바이오로직스를 방문했다. "
        "대표단에는 주한덴마크대사관과 덴마크 생명과학 클러스터(Danish Life Science Cluster) 관계자들이 "
        "함께했다."
    )
    names = org_types(text)
    assert names.get("덴마크 산업·기업·금융부") == "government", names
    assert "덴마크 생명과학 클러스터" in names, names


def test_firms_taking_part_in_the_event_just_told_join_it_and_discussing_cooperation_is_no_partnership():
    text = (
        "대표단은 첫날 저녁 롯데호텔에서 산업통상자원부와 한국바이오협회가 공동 주최한 '한-덴마크 바이오 "
        "파트너링 라운드테이블'에도 참석했다. 행사에는 셀트리온, 유한양행, GC녹십자 등 국내 기업 20여곳이 "
        "참여해 덴마크 측과 위탁생산, 공동연구 등 협력 의제를 논의했다."
    )
    found = relations(text, "2025-06-12")
    assert found == [("event", {"산업통상자원부", "한국바이오협회", "셀트리온", "유한양행", "GC녹십자"})], (
        found
    )
