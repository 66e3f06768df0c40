"""Rules found on holdout36–39 (development sets from the seventh session); fresh sentences each."""

from __future__ import annotations

from rule_helpers import org_types, relations, relations_en


def test_a_tour_of_several_hosts_in_one_sentence_is_one_visit_per_stop():
    text = (
        "충청북도 대표단 10명은 지난 3일 스위스 바젤에서 로슈 본사와 노바티스 캠퍼스를 차례로 찾아 "
        "협력 방안을 논의했다."
    )
    found = relations(text, "2025-05-16")
    assert [r for r in found if r[0] == "visit"] == [
        ("visit", {"충청북도", "로슈"}),
        ("visit", {"충청북도", "노바티스"}),
    ]
    text = "한국바이오협회 방문단은 12일 송도를 찾아 셀트리온과 삼성바이오로직스 공장을 잇달아 둘러봤다."
    found = relations(text, "2025-05-16")
    assert ("visit", {"한국바이오협회", "셀트리온"}) in found
    assert ("visit", {"한국바이오협회", "삼성바이오로직스"}) in found
    assert not any(len(parties) > 2 for kind, parties in found if kind == "visit")


def test_a_later_stop_with_its_own_host_does_not_take_the_article_company():
    text = (
        "김영환 충북지사는 10일 오전 청주 오송읍 셀트리온 공장을 찾아 생산라인을 둘러봤다. "
        "셀트리온은 이 공장에서 바이오시밀러를 생산한다. "
        "김 지사는 이날 오후 오송첨단의료산업진흥재단을 찾아 입주기업 대표들과 간담회를 가졌다. "
        '셀트리온 관계자는 "지원에 감사한다"고 말했다.'
    )
    found = relations(text, "2025-06-11", "김영환 지사, 오송 바이오 현장 점검")
    assert ("visit", {"충청북도", "셀트리온"}) in found
    assert ("visit", {"충청북도", "오송첨단의료산업진흥재단"}) in found


def test_those_who_came_along_are_visitors_at_every_stop_of_the_day():
    text = (
        "베트남 보건부 대표단 8명은 지난 14일 오송첨단의료산업진흥재단을 방문했다. "
        "대표단에는 한국보건산업진흥원 관계자들도 동행했다. "
        "대표단은 이어 셀트리온과 삼성바이오로직스를 잇따라 찾아 생산시설을 둘러봤다."
    )
    found = relations(text, "2025-05-16")
    for host in ("오송첨단의료산업진흥재단", "셀트리온", "삼성바이오로직스"):
        assert ("visit", {"베트남 보건부", "한국보건산업진흥원", host}) in found


def test_stops_told_as_first_stop_or_a_move_are_visited_by_the_trips_visitors():
    text = (
        "이장우 대전시장과 안덕근 산업통상자원부 장관이 12일 대덕연구개발특구를 함께 찾아 주요 기관을 "
        "차례로 둘러봤다. 첫 일정은 한국생명공학연구원이었다. 연구원은 바이오파운드리 구축 현황을 "
        "보고했다. 이어 방문단은 한국화학연구원으로 자리를 옮겼다."
    )
    found = relations(text, "2025-05-13")
    assert ("visit", {"대전광역시", "산업통상자원부", "한국생명공학연구원"}) in found
    assert ("visit", {"대전광역시", "산업통상자원부", "한국화학연구원"}) in found
    # a move to a room of the place visited is no stop
    text = (
        "김영환 충북지사는 21일 오송 셀트리온 공장을 찾아 생산시설을 둘러봤다. 현장을 둘러본 김 지사는 "
        "공장 2층 대회의실로 자리를 옮겨 송기섭 진천군수, 서진석 셀트리온 대표와 함께 투자협약서에 서명했다."
    )
    assert [r for r in relations(text, "2025-05-13") if r[0] == "visit"] == [
        ("visit", {"충청북도", "셀트리온"})
    ]


def test_after_a_round_told_by_its_investors_the_dropped_subject_is_the_company_that_raised_it():
    text = (
        "한미약품은 오름테라퓨틱과 ADC 공동연구 계약을 체결했다고 8일 밝혔다. "
        "2016년 설립된 오름테라퓨틱은 ADC 플랫폼 기업이다. 회사는 지난해 4월 시리즈B 투자를 유치했다. "
        "당시 KB인베스트먼트와 카카오벤처스가 투자에 참여했으며, 이 가운데 KB인베스트먼트가 라운드를 "
        "이끌었다. 같은 해 8월에는 국가신약개발사업단의 기초연구 지원 과제에 선정되기도 했다. "
        "앞서 2023년에는 한국화학연구원과 업무협약을 맺었다."
    )
    found = relations(text, "2025-07-08", "한미약품, 오름테라퓨틱과 ADC 공동연구")
    assert ("selection", {"국가신약개발사업단", "오름테라퓨틱"}) in found
    assert ("mou", {"한국화학연구원", "오름테라퓨틱"}) in found


def test_a_sentence_opening_on_a_product_code_is_about_the_company_that_developed_it():
    text = (
        "종근당은 아이엠바이오로직스와 면역항암 후보물질 'IMB-101'의 기술도입 계약을 체결했다고 20일 밝혔다. "
        "IMB-101은 아이엠바이오로직스가 한국생명공학연구원과 공동연구를 통해 도출한 항체다. "
        "종근당은 2023년 아이엠바이오로직스의 시리즈B 라운드에 참여해 20억원을 투자하기도 했다. "
        "IMB-101은 지난해 국가신약개발사업단의 비임상 지원 과제에 선정됐다."
    )
    found = relations(text, "2025-02-20", "종근당, 아이엠바이오로직스 면역항암 후보물질 도입")
    assert ("selection", {"국가신약개발사업단", "아이엠바이오로직스"}) in found
    assert ("selection", {"국가신약개발사업단", "종근당"}) not in found


def test_the_agency_that_picked_the_final_ones_joins_the_selection_and_a_university_hospital_is_one():
    text = (
        "보건복지부는 24일 심의를 거쳐 가톨릭대학교 서울성모병원·한양대학교병원·전남대학교병원 등 3개 "
        "의료기관을 연구중심병원으로 신규 지정했다고 25일 밝혔다. 복지부와 한국보건산업진흥원은 연구 인력과 "
        "기술이전 실적, 산·학·연 협력 체계 등을 중심으로 서면평가와 현장실사를 진행해 최종 3곳을 가려냈다. "
        "서울성모병원은 CAR-T 치료제 제조 모델을 구축한다."
    )
    assert "서울성모병원" not in org_types(text)  # '가톨릭대학교 서울성모병원' written alone
    hospitals = {"가톨릭대학교 서울성모병원", "한양대학교병원", "전남대학교병원"}
    assert relations(text, "2025-06-25") == [("selection", {"보건복지부", "한국보건산업진흥원", *hospitals})]


def test_winners_told_after_the_selection_join_it_and_a_prize_in_brackets_is_no_team():
    text = (
        "오송첨단의료산업진흥재단은 12일 오송 C&V센터에서 입주기업 성과 공유회를 열었다. 재단과 충청북도는 "
        "이날 매출 성장과 고용 창출 성과를 심사해 우수기업 3곳을 선정하고 시상했다. "
        "▲메디퀀텀랩(충청북도지사상) ▲바이오닉스텍 "
        "▲엠디케어솔루션(이상 오송첨단의료산업진흥재단 이사장상)이 영예를 안았다."
    )
    found = relations(text, "2025-11-13")
    chosen = next(parties for kind, parties in found if kind == "selection")
    assert {"오송첨단의료산업진흥재단", "충청북도", "바이오닉스텍", "엠디케어솔루션"} <= chosen
    assert not any(kind == "partnership" and "엠디케어솔루션" in parties for kind, parties in found)


def test_a_sponsor_taking_part_in_this_agreement_is_a_party_to_it():
    text = (
        "대구경북첨단의료산업진흥재단은 16일 경북대학교병원, 영남대학교병원과 임상시험 협력 네트워크 구축을 "
        "위한 업무협약을 체결했다고 밝혔다. 대구시도 이번 협약에 후원 기관으로 참여했다. 시는 3년간 시비 "
        "45억원을 들여 장비 고도화를 지원한다."
    )
    parties = {"대구경북첨단의료산업진흥재단", "경북대학교병원", "영남대학교병원", "대구광역시"}
    assert relations(text, "2025-04-17") == [("mou", parties)]


def test_a_deal_with_a_described_partner_is_the_one_named_later_and_the_projects_partners_join_its_owner():
    text = (
        "동물용 백신 기업 ㈜노바젠텍(대표 김하늘)이 베트남 동물약품 유통사와 대규모 공급계약을 따냈다. "
        "노바젠텍은 지난 10일 베트남 동물약품 유통사 하노이벳팜과 혼합백신 공급계약을 체결했다고 "
        "11일 공시했다. "
        "노바젠텍은 2023년 농림축산식품부의 지원사업 수행기업으로 선정돼 ASF 백신 개발 과제를 수행하고 있다. "
        "이 과제는 농림축산검역본부, 전북대학교 수의과대학과 공동으로 진행 중이다."
    )
    orgs = org_types(text)
    assert "동물약품" not in orgs and orgs["농림축산검역본부"] == "public_agency"
    found = relations(text, "2025-02-11")
    assert [r for r in found if r[0] == "contract"] == [("contract", {"노바젠텍", "하노이벳팜"})]
    assert ("partnership", {"노바젠텍", "농림축산검역본부", "전북대학교"}) in found


def test_this_company_refers_to_the_subject_just_described_and_a_foreign_research_agency_keeps_its_country():
    text = (
        "강원특별자치도는 19일 싱가포르에서 '강원 바이오 투자설명회'를 열었다. 설명회는 싱가포르 "
        "과학기술연구청(A*STAR)이 후원했다. 라이언게이트캐피털은 동남아 헬스케어 스타트업에 투자하는 "
        "벤처캐피털이다. 이날 발표에 나선 ㈜뉴라큐어가 지난해 이 회사로부터 300만달러 규모의 시드 투자를 "
        "받은 바 있다."
    )
    assert "싱가포르 과학기술연구청" in org_types(text)
    found = relations(text, "2025-09-23")
    assert ("investment", {"뉴라큐어", "라이언게이트캐피털"}) in found
    assert not any(kind == "event" and "라이언게이트캐피털" in parties for kind, parties in found)


def test_an_event_name_with_its_english_spelling_is_no_organisation():
    text = (
        "전라북도와 전북바이오융합산업진흥원은 지난 12일 미국 보스턴에서 '2025 전북 바이오 파트너링 "
        "데이(Jeonbuk Bio Partnering Day)'를 열고 도내 바이오기업의 해외 투자 유치에 나섰다."
    )
    assert set(org_types(text)) == {"전북특별자치도", "전북바이오융합산업진흥원"}


def test_english_picked_is_a_selection_of_a_list_but_a_company_picking_its_deal_partner_is_not():
    text = (
        "In March, the Ministry of Food and Drug Safety picked SK bioscience, GC Biopharma and ST Pharm "
        "for its vaccine sovereignty program."
    )
    assert relations_en(text, "2025-03-18") == [
        ("selection", {"식품의약품안전처", "SK바이오사이언스", "GC녹십자", "ST Pharm"})
    ]
    text = (
        "Samsung Biologics signed a $120 million manufacturing contract with Norvane Therapeutics on Monday. "
        "Norvane CEO Peter Hale said the company picked Samsung Biologics after evaluating five CDMOs."
    )
    assert relations_en(text, "2025-03-18") == [("contract", {"삼성바이오로직스", "Norvane Therapeutics"})]


def test_an_english_head_word_opening_a_for_name_makes_an_organisation():
    text = (
        "Celltrion said Tuesday it has expanded its partnership with the Coalition for Epidemic "
        "Preparedness Innovations to build a rapid-response vaccine platform."
    )
    assert relations_en(text, "2025-03-18") == [
        ("partnership", {"셀트리온", "Coalition for Epidemic Preparedness Innovations"})
    ]


def test_a_foreign_medical_city_is_a_hospital_and_signs_the_mou():
    text = (
        "보건복지부가 주최하고 한국보건산업진흥원이 주관하는 '메디컬 코리아 2025'가 19일 개막했다. 개막식 "
        "직후에는 진흥원과 아랍에미리트 셰이크칼리파 메디컬시티(SKMC) 간 업무협약(MOU) 체결식이 이어졌다. "
        "양 기관은 중증 환자 송출과 의료진 연수 협력 체계를 함께 구축하기로 했다."
    )
    assert org_types(text)["셰이크칼리파 메디컬시티"] == "hospital"
    found = relations(text, "2025-03-19")
    assert ("mou", {"셰이크칼리파 메디컬시티", "한국보건산업진흥원"}) in found
    assert not any(kind == "partnership" for kind, _ in found)


def test_patents_for_shares_is_a_contract_and_a_remark_on_the_round_adds_no_investor():
    text = (
        "한국화학연구원은 관련 특허 4건을 ㈜켐바이오랩에 출자하는 기술출자 계약을 맺고 지분 20%를 확보했다. "
        "켐바이오랩은 블루포인트파트너스와 대전투자금융으로부터 총 15억원 규모의 시드 투자를 유치했다. "
        "대전투자금융이 출연연 연구소기업에 투자한 것은 이번이 처음이다."
    )
    assert org_types(text)["대전투자금융"] == "investor"
    assert relations(text, "2025-09-23") == [
        ("contract", {"한국화학연구원", "켐바이오랩"}),
        ("investment", {"켐바이오랩", "블루포인트파트너스", "대전투자금융"}),
    ]


def test_the_person_who_led_a_team_is_no_party_to_the_teams_research():
    text = (
        '㈜앱셀진은 22일 출범식을 열었다. 정민호 앱셀진 대표는 "진단 시장을 바꾸겠다"고 말했다. '
        "정 대표가 이끈 한국생명공학연구원 연구팀은 2023년 진단기업 씨젠과 바이오센서 공동연구를 수행했다."
    )
    assert ("partnership", {"한국생명공학연구원", "씨젠"}) in relations(text, "2025-09-23")


def test_english_round_told_lead_first_then_new_investors_is_one_round():
    text = (
        "Corvista Bio, a Seoul-based biotech, has raised 30 billion won in a Series A round, the company "
        "said Monday. The round was led by Hong Kong-based Orchid Bioventures. Boston-based Harborview Life "
        "Sciences and the state-run Korea Development Bank joined as new investors."
    )
    assert relations_en(text, "2025-11-05") == [
        ("investment", {"Corvista Bio", "Orchid Bioventures", "Harborview Life Sciences", "한국산업은행"})
    ]


def test_an_english_underwriting_agreement_is_a_contract():
    text = (
        "In August, Corvista Bio signed an underwriting agreement with Mirae Asset Securities for a planned "
        "listing on the Kosdaq."
    )
    assert relations_en(text, "2025-11-05") == [("contract", {"Corvista Bio", "Mirae Asset Securities"})]


def test_a_closed_acquisition_contract_and_a_round_told_lead_first_without_its_raiser():
    text = (
        "SK팜테코는 2023년 1월 미국 화이자와 버지니아 공장 인수 계약을 마무리하며 북미 시장에 진출했다. "
        "2019년 미국 보스턴에서 설립된 ㈜베일런트바이오는 ADC를 개발하는 바이오텍이다. 지난해 "
        "카카오벤처스(Kakao Ventures)가 주도하고 KB인베스트먼트가 참여한 1억 달러 규모의 시리즈B 투자를 "
        "유치했다."
    )
    assert relations(text, "2025-09-03") == [
        ("contract", {"SK팜테코", "화이자"}),
        ("investment", {"베일런트바이오", "카카오벤처스", "KB인베스트먼트"}),
    ]


def test_a_co_host_written_with_a_bracket_acts_in_every_clause():
    text = (
        "대웅제약(대표 이창재)은 지난 16일 서울 본사에서 한국보건산업진흥원(원장 차순도, 이하 진흥원)과 "
        "공동으로 '오픈이노베이션 챌린지' 데모데이를 개최하고 최종 선정 기업을 발표했다고 17일 밝혔다."
    )
    found = relations(text, "2025-07-17")
    assert ("selection", {"대웅제약", "한국보건산업진흥원"}) in found


def test_the_company_refers_to_the_one_just_described_not_the_company_named_most():
    text = (
        "오후에는 입주기업 현장을 돌았다. 첫 방문지인 ㈜셀로젠은 CAR-T 치료제를 개발하는 스타트업이다. "
        "셀로젠은 지난해 12월 오송첨단의료산업진흥재단과 위탁생산 계약을 맺었다. "
        "셀로젠 대표는 소감을 밝혔다. "
        "마지막으로 찾은 ㈜젠웨이브는 유전자치료제를 개발하는 기업이다. 회사는 지난 4월 보건복지부의 "
        "'첨단바이오의약품 임상 진입 지원사업'에 선정됐다."
    )
    assert ("selection", {"보건복지부", "젠웨이브"}) in relations(text, "2024-10-17")


def test_the_last_stop_of_a_tour_is_a_visit_of_the_trips_visitors():
    text = (
        "이장우 대전시장과 안덕근 산업통상자원부 장관이 12일 대덕연구개발특구를 함께 찾아 주요 기관을 차례로 "
        "둘러봤다. 첫 일정은 한국생명공학연구원이었다. 마지막으로 찾은 ㈜젠웨이브는 유전자치료제를 개발하는 "
        "기업이다."
    )
    assert ("visit", {"대전광역시", "산업통상자원부", "젠웨이브"}) in relations(text, "2025-05-13")


def test_opening_equipment_to_a_company_is_no_visit():
    text = "부산테크노파크는 해양생물산업육성센터의 파일럿 배양 설비를 셀트리온에 우선 개방한다."
    assert not any(kind == "visit" for kind, _ in relations(text, "2025-04-09"))
    assert ("visit", {"모더나", "셀트리온"}) in relations(
        "미국 모더나 대표단이 방한해 셀트리온을 찾았다.", "2025-04-09"
    )


def test_who_runs_the_call_a_company_was_selected_in_is_no_event_organiser():
    text = (
        "㈜씨라이프바이오는 해양 소재 기업이다. 씨라이프바이오는 지난 3월 경상남도가 주관하고 "
        "경남테크노파크가 수행하는 '바이오 유망기업 지원사업'에 선정돼 최대 1억 원을 지원받는다."
    )
    assert relations(text, "2025-04-09") == [("selection", {"씨라이프바이오", "경상남도", "경남테크노파크"})]


def test_leading_a_consortium_or_an_offered_or_planned_participation_is_no_event():
    for text in (
        "경북대학교병원이 주관하는 컨소시엄이 패혈증 조기경보 시스템 개발에 나선다.",
        "성과가 우수한 기업은 내년 상반기 한미약품 본사 파트너링 미팅에 참여할 기회도 얻는다.",
        "한편 포항테크노파크는 내년 상반기 덴마크에 기업 10여곳이 참여하는 시장개척단을 파견할 계획이다.",
    ):
        assert relations(text, "2025-05-13") == []
    # an event one organiser plans to hold is still its event
    text = "경기도는 하반기에 해외 투자자를 초청한 두 번째 설명회를 열 계획이다."
    assert relations(text, "2025-05-13") == [("event", {"경기도"})]


def test_the_regulator_a_filing_goes_to_is_no_partner_and_a_trial_started_together_is_a_partnership():
    text = (
        "입주기업 ㈜뉴로젠랩(대표 하승엽)은 계명대 동산병원 신경과와 3년간 공동연구로 발굴한 뇌졸중 치료 "
        "후보물질의 임상 1상 시험계획(IND)을 지난달 식품의약품안전처에 제출했다."
    )
    assert relations(text, "2025-05-13") == [("partnership", {"뉴로젠랩", "계명대 동산병원"})]
    text = "셀로젠은 충북대학교병원 혈액종양내과와 함께 내년 상반기 연구자 주도 임상을 시작할 계획이다."
    assert relations(text, "2025-05-13") == [("partnership", {"셀로젠", "충북대학교병원"})]


def test_english_biosimilar_brands_and_regions_are_no_parties_and_two_companies_worked_together():
    text = (
        "Samsung Bioepis has signed a supply agreement with Norvia Pharma, a Netherlands-based distributor, "
        "for its denosumab biosimilars Obodence and Xbryk in the Benelux region. The agreement builds on an "
        "existing relationship. The two companies have worked together since 2022."
    )
    assert relations_en(text, "2025-03-18") == [
        ("contract", {"삼성바이오에피스", "Norvia Pharma"}),
        ("partnership", {"삼성바이오에피스", "Norvia Pharma"}),
    ]


def test_the_one_that_received_the_delegation_is_a_stop():
    text = (
        "싱가포르 과학기술연구청 대표단이 대구를 찾았다. 첫날 대표단을 맞은 곳은 대구시다. "
        "시는 14일 오전 산격청사에서 환영 간담회를 열었다."
    )
    assert ("visit", {"싱가포르 과학기술연구청", "대구광역시"}) in relations(text, "2025-10-16")


def test_looking_round_a_companys_site_is_a_stop_but_a_captions_looking_round_is_not():
    text = (
        "경상북도 투자유치단은 10일 스위스 바젤에 있는 로슈 본사를 찾았다. 12일에는 남부 발레주 비스프로 "
        "이동해 세계 최대 위탁개발생산 기업인 론자(Lonza)의 생산 캠퍼스를 둘러봤다."
    )
    assert ("visit", {"경상북도", "론자"}) in relations(text, "2025-06-14")
    caption = "구복규 화순군수와 국제백신연구소 대표단이 12일 GC녹십자 화순공장을 둘러보고 있다."
    assert relations(caption, "2025-06-14") == []
