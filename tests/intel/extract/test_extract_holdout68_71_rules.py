"""Rules found on holdout68–71 (blind in the fourteenth and fifteenth sessions); fresh text each."""

from __future__ import annotations

from rule_helpers import org_types, relations, relations_en


def test_a_kind_of_project_with_its_particle_is_no_organisation():
    text = (
        "한국형신약사업단은 올해 신규 과제 8건을 선정했다. 기업 과제로는 ▲누리젠텍(항체, 20억원) "
        "▲시냅티론(유전자치료제, 15억원) ▲한미약품(비만 치료제, 35억원) 등이 이름을 올렸다. 병원 과제로는 "
        "서울대학교병원과 고려대학교 안암병원이 각각 선정됐다. 2022년 사업단 과제로 선정됐던 ㈜에이비메드는 "
        "기술이전 계약을 체결한 바 있다."
    )
    names = org_types(text)
    assert "과제로" not in names, names
    assert {"누리젠텍", "시냅티론"} <= set(names), names


def test_the_firm_in_the_spotlight_raised_the_round_told_next():
    text = (
        "로테온바이오, 서울아산병원과 공동연구 착수\n"
        "로테온바이오는 서울아산병원과 공동연구를 시작했다. 한편 뉴로팩틱바이오는 투자 시장에서도 주목받고 "
        "있다. 회사는 지난 3월 80억원 규모의 시리즈A 투자를 마무리했다. 이번 라운드에는 "
        "스마일게이트인베스트먼트와 인터베스트가 참여했다."
    )
    title = "로테온바이오, 서울아산병원과 공동연구 착수"
    rounds = [p for t, p in relations(text, "2025-05-28", title) if t == "investment"]
    assert rounds == [{"뉴로팩틱바이오", "스마일게이트인베스트먼트", "인터베스트"}], rounds


def test_firms_and_hospitals_as_kinds_of_performer_name_no_hospital():
    text = (
        "로테온바이오는 삼성서울병원과 공동연구를 시작했다.\n"
        "국가신약개발사업단은 올해 기업과 병원이 수행하는 11개 과제를 선정했다."
    )
    selections = [p for t, p in relations(text, "2025-05-28") if t == "selection"]
    assert all("삼성서울병원" not in p for p in selections), selections


def test_the_hospital_list_after_the_firm_list_is_the_same_selection():
    text = (
        "국가신약개발사업단이 신규 지원 과제 6개를 선정했다. 기업 과제로는 ▲누리젠텍(항체, 20억원) "
        "▲시냅티론(유전자치료제, 15억원) ▲한미약품(비만 치료제, 35억원) 등이 이름을 올렸다. "
        "병원 과제로는 서울대학교병원(연구자 임상, 24억원)과 고려대학교 안암병원(임상 2상, 17억원)이 "
        "각각 선정됐다."
    )
    selections = [p for t, p in relations(text, "2025-05-28") if t == "selection"]
    assert selections == [
        {"국가신약개발사업단", "누리젠텍", "시냅티론", "한미약품", "서울대학교병원", "고려대학교 안암병원"}
    ], selections


def test_a_short_name_inside_the_latin_spelling_of_a_fuller_one_is_not_a_second_firm():
    text = (
        "에이비메드는 지난해 12월 미국 길리어드사이언스(Gilead Sciences)에 섬유화 치료 후보물질을 "
        "기술이전하는 계약을 체결한 바 있다."
    )
    names = org_types(text)
    assert "길리어드" not in names, names
    assert ("contract", {"에이비메드", "길리어드사이언스"}) in relations(text, "2025-05-28")


def test_firms_placed_in_their_country_with_their_latin_spelling_are_organisations():
    text = (
        "유럽 현장형 분자진단 시장은 미국 세페이드(Cepheid)와 스위스 로슈진단(Roche Diagnostics), "
        "프랑스 비오메리으(bioMérieux) 등 글로벌 기업이 장악하고 있다."
    )
    names = org_types(text)
    assert {"세페이드", "비오메리으"} <= set(names), names
    assert names["세페이드"] == "company", names
    # a market ('분자진단 시장') is no mayor's city
    assert "분자진단" not in names, names


def test_kinds_of_hospital_and_cluster_are_no_organisations():
    names = org_types(
        "현재 사우디 보건부 산하 공공병원 30여곳에서 엑스퀵이 쓰인다. 케어닉스는 독일 재활병원 체인 "
        "관계자들과 시범 도입을 논의했다. 대전시는 바이오 혁신클러스터 육성 전략을 소개했다."
    )
    assert not {"공공병원", "재활병원", "혁신클러스터"} & set(names), names


def _page(masthead: str, copyright_line: str, body: str) -> str:
    return (
        f"{masthead}\n로그인 | 회원가입\n바이오 > 제약\n\n셀로젠, 시리즈B 200억 유치\n\n"
        f"입력 2025.05.21 12:00\n김민수 기자\n\n{body}\n\n{copyright_line}\n\n많이 본 뉴스\n"
    )


_KO_BODY = (
    "셀로젠이 200억원 규모의 시리즈B 투자를 유치했다고 21일 밝혔다. 이번 투자에는 "
    "KB인베스트먼트와 한국투자파트너스가 참여했다.\n"
    "회사는 확보한 자금으로 임상 1상에 속도를 낸다. 셀로젠은 2020년 설립된 항체 신약 기업이다."
)


def test_the_outlet_is_its_name_not_its_slogan_nor_its_company_form():
    from biobridge.intel.extract.api import extract_article

    def outlet(masthead: str, line: str) -> str | None:
        return extract_article(_page(masthead, line, _KO_BODY), filename="p.txt").outlet

    assert (
        outlet("아시아경제", "<ⓒ경제를 보는 눈, 세계를 보는 창 아시아경제 무단전재 배포금지>") == "아시아경제"
    )
    assert (
        outlet("머니투데이", "<저작권자 © ‘돈이 보이는 리얼타임 뉴스’ 머니투데이. 무단전재 금지>")
        == "머니투데이"
    )
    assert outlet("이데일리", "ⓒ 종합 경제정보 미디어 이데일리 - 무단전재 & 재배포 금지") == "이데일리"
    assert outlet("전북일보", "저작권자 © 전북일보 인터넷신문 무단전재 및 재배포 금지") == "전북일보"
    # a Korean outlet that signs in Latin has its Hangul name on the masthead
    assert outlet("HelloDD 헬로디디", "저작권자 © HelloDD 무단전재 및 재배포 금지") == "헬로디디"
    assert outlet("BioSpectator\n바이오스펙테이터", "Copyright © BioSpectator. All rights reserved.") == (
        "바이오스펙테이터"
    )
    # a masthead over a menu keeps the signed name
    assert outlet("thebell", "Copyright ⓒ thebell all rights reserved.") == "thebell"


def test_an_english_outlet_keeps_its_english_name():
    from biobridge.intel.extract.api import extract_article

    body = (
        "Cellogen said on Wednesday it raised 20 billion won in a Series B round led by KB Investment.\n"
        "The company will use the money to start a phase 1 trial of its antibody next year."
    )
    page = (
        "{top}\nSubscribe | Sign in\nBusiness > Industry\n\nCellogen raises 20 billion won\n\n"
        "Published 2025.05.21 12:00\nBy Kim Min-su\n\n" + body + "\n\n{sign}\n\nMost popular\n"
    )
    herald = page.format(
        top="The Korea Herald\n코리아헤럴드", sign="Copyright © The Korea Herald. All rights reserved."
    )
    assert extract_article(herald, filename="p.txt").outlet == "The Korea Herald"
    daily = page.format(
        top="Korea JoongAng Daily",
        sign="Korea JoongAng Daily | JoongAng Ilbo Co., Ltd. | Seoul\n"
        "Copyright © Korea JoongAng Daily. All rights reserved.",
    )
    assert extract_article(daily, filename="p.txt").outlet == "Korea JoongAng Daily"


def test_print_edition_page_font_size_widget_and_a_bare_byline_are_no_body():
    from biobridge.intel.extract.api import extract_article

    page = (
        "경북일보\n로그인 | 회원가입\n\n셀로젠, 시리즈B 200억 유치\n\n배준수 기자 bae@kyongbuk.com\n"
        "입력 2025년 04월 09일 14:20\n지면 2025년 04월 10일 목요일 8면\n\n글자크기  프린트\n\n"
        "정승현 기자 = 셀로젠이 200억원 규모의 시리즈B 투자를 유치했다고 9일 밝혔다. 이번 투자에는 "
        "KB인베스트먼트가 참여했다.\n회사는 확보한 자금으로 임상 1상에 속도를 낸다. 셀로젠은 2020년 "
        "설립된 항체 신약 기업이다.\n\n저작권자 © 경북일보 무단전재 및 재배포 금지\n"
    )
    lines = extract_article(page, filename="p.txt").body.splitlines()
    assert lines[0].startswith("셀로젠이 200억원"), lines
    assert not [x for x in lines if "지면" in x or "글자크기" in x], lines


def test_equipment_and_a_market_are_no_organisations_in_a_supply_deal():
    text = (
        "에이펙스바이오로직스는 2공장을 짓는다. 회사는 지난달 싸이티바와 바이오리액터 및 정제 장비 공급 "
        "계약을 체결했다. 바이오의약품 생산용 소모품 시장에서 국산화가 속도를 내고 있다."
    )
    names = org_types(text)
    assert not {"바이오리액터", "생산용"} & set(names), names
    assert ("contract", {"에이펙스바이오로직스", "싸이티바"}) in relations(text, "2025-04-15")


def test_a_remark_on_the_deal_is_no_second_deal():
    text = (
        "셀루텍스가 삼성바이오로직스에 일회용 세포배양백을 공급한다. 국내 스타트업이 대형 CDMO 기업과 "
        "수백억 원대 공급 계약을 맺은 것은 이례적이다. 셀루텍스는 지난 19일 삼성바이오로직스와 210억원 "
        "규모의 공급 계약을 체결했다고 23일 밝혔다."
    )
    contracts = [p for t, p in relations(text, "2025-09-23") if t == "contract"]
    assert contracts == [{"셀루텍스", "삼성바이오로직스"}], contracts


def test_the_bodies_that_run_a_call_are_the_selecting_side_not_an_event():
    text = (
        "셀루텍스는 지난해 산업통상자원부가 주관하고 한국산업기술시험원(KTL)이 운영하는 '바이오 소부장 "
        "성능평가 지원사업' 대상 기업으로 선정됐다."
    )
    assert relations(text, "2025-09-23") == [
        ("selection", {"셀루텍스", "산업통상자원부", "한국산업기술시험원"})
    ]


def test_a_product_developed_with_a_partner_is_the_companys_not_the_last_agencys():
    text = (
        "셀루텍스가 삼성바이오로직스에 세포배양백을 공급한다.\n"
        "셀루텍스는 지난해 한국산업기술시험원(KTL)의 성능평가 지원사업 대상 기업으로 선정됐다. "
        "KTL은 이후 9개월간 셀루텍스 제품의 용출물 분석을 진행했다. 핵심 소재인 다층 필름은 "
        "한국화학연구원(화학연)과 공동 개발했다."
    )
    pairs = [p for t, p in relations(text, "2025-09-23") if t == "partnership"]
    assert pairs == [{"셀루텍스", "한국화학연구원"}], pairs


def test_a_subtitle_ending_on_its_matching_day_does_not_run_into_the_lead():
    text = (
        "다음 달 송도서 삼성바이오·SK바사·롯데바이오와 매칭데이\n"
        "중소벤처기업부가 바이오 소부장 스타트업 6곳을 선정했다. 선정된 기업은 ▲셀로믹스랩(배지) "
        "▲필트라온(필터) ▲레지노바(레진) 등이다."
    )
    selections = [p for t, p in relations(text, "2025-05-21") if t == "selection"]
    assert selections == [{"중소벤처기업부", "셀로믹스랩", "필트라온", "레지노바"}], selections


def test_an_agency_working_in_tandem_with_another_is_a_partnership():
    text = (
        "창업진흥원은 하반기에는 오송첨단의료산업진흥재단과 연계해 선정 기업 제품의 GMP 환경 실증 "
        "테스트도 지원할 계획이다."
    )
    assert relations(text, "2025-05-21") == [("partnership", {"창업진흥원", "오송첨단의료산업진흥재단"})]


_TOUR = (
    "대전시와 대전테크노파크(대전TP)는 메디콘밸리얼라이언스(Medicon Valley Alliance·MVA) 대표단 18명이 "
    "지난 11일부터 사흘간 대전과 오송 일대 바이오 기관과 기업을 방문했다고 16일 밝혔다. 이번 방한은 "
    "대한무역투자진흥공사(KOTRA) 코펜하겐무역관이 주선했으며, 주한덴마크대사관 관계자들이 사흘 일정에 "
    "모두 동행했다. 첫 방문지는 대전TP 바이오융합센터였다. 대전시와 대전TP는 11일 오전 이곳에서 "
    "대표단을 맞아 지역 바이오 기업 생태계를 소개했다. 같은 날 오후 대표단은 유성구 탑립동의 "
    "유전자치료제 개발 기업 ㈜뉴클리온바이오를 찾았다. 둘째 날인 12일에는 한국생명공학연구원(생명연)을 "
    "방문했다.\n대전시는 이번 방문을 계기로 오는 10월 코펜하겐에서 열리는 바이오 파트너링 행사에 지역 "
    "기업 사절단을 파견할 계획이다."
)


def test_a_delegation_spelt_out_with_its_acronym_is_an_organisation():
    assert "메디콘밸리얼라이언스" in org_types(_TOUR)


def test_who_came_along_for_the_whole_trip_is_at_every_stop_and_who_arranged_it_at_none():
    visits = [p for t, p in relations(_TOUR, "2025-06-16") if t == "visit"]
    guests = {"메디콘밸리얼라이언스", "주한덴마크대사관"}
    assert visits == [
        guests | {"대전광역시", "대전테크노파크"},
        guests | {"뉴클리온바이오"},
        guests | {"한국생명공학연구원"},
    ], visits


def test_a_us_based_firm_is_named_without_its_base():
    text = (
        "Tarvion Bio said Wednesday that it has licensed out global rights to its ADC candidate TRV-302 "
        "to U.S.-based Amberlyn Pharmaceuticals in a deal worth up to $1.12 billion."
    )
    assert relations_en(text, "2024-12-04") == [("contract", {"Tarvion Bio", "Amberlyn Pharmaceuticals"})]


def test_where_the_founders_worked_is_no_investor_but_the_firm_after_it_raised_the_round():
    text = (
        "Tarvion Bio said on Wednesday it licensed out a drug.\n"
        "Founded in 2019 by former researchers at LigaChem Biosciences, Tarvion raised 32 billion won "
        "($23 million) in a Series B round in March 2023. The round was led by LB Investment, with "
        "Smilegate Investment also participating."
    )
    rounds = [p for t, p in relations_en(text, "2024-12-04") if t == "investment"]
    assert rounds == [{"Tarvion Bio", "LB인베스트먼트", "스마일게이트인베스트먼트"}], rounds


def test_a_signatory_described_is_telling_its_own_selection_not_joining_the_last_agreement():
    text = (
        "오송첨단의료산업진흥재단은 지난 8일 ㈜셀로빈스, 카이로젠메드, ㈜파이토젠랩 등 충북 지역 바이오기업 "
        "3곳과 '연구장비 공동활용 협약'을 체결했다고 9일 밝혔다.\n"
        "재단은 지난해 6월에도 충북테크노파크, 한국생명공학연구원(생명연)과 장비 공동활용 네트워크 구축 "
        "협약을 맺은 바 있다.\n"
        "협약에 참여한 카이로젠메드는 올해 초 중소벤처기업부의 '딥테크 팁스(TIPS)' 프로그램에 선정돼 "
        "3년간 최대 15억원의 연구개발 자금을 확보했다.\n"
        "한편 재단은 충청북도와 함께 오는 5월 오송 C&V센터에서 '2025 오송 바이오 장비 엑스포'를 열 예정이다."
    )
    found = relations(text, "2025-04-09")
    assert ("mou", {"오송첨단의료산업진흥재단", "충북테크노파크", "한국생명공학연구원"}) in found, found
    assert ("selection", {"카이로젠메드", "중소벤처기업부"}) in found, found
    assert ("event", {"오송첨단의료산업진흥재단", "충청북도"}) in found, found


def test_firms_named_as_the_presenters_of_a_session_take_part_in_the_event():
    text = (
        "'2025 대전 바이오 파트너링 컨벤션'이 24일 대전컨벤션센터에서 개막했다. "
        "이번 행사는 대전시가 주최하고 한국바이오협회가 주관한다. "
        "첫날 기업 발표 세션에서는 대전지역 바이오벤처 12곳이 무대에 올랐다. "
        "이중항체 항암제를 개발하는 ㈜레졸바이오를 비롯해 펩타이드 비만치료제 기업 펩틱스온, 유전자가위 "
        "플랫폼 기업 ㈜엑셀로진 등이 파이프라인과 사업화 전략을 발표했다."
    )
    events = [p for t, p in relations(text, "2025-09-24") if t == "event"]
    assert events == [{"대전광역시", "한국바이오협회", "레졸바이오", "펩틱스온", "엑셀로진"}], events


def test_a_firm_named_after_its_kind_and_the_copula_is_an_organisation():
    text = (
        "1기 입주기업인 에이치알바이오는 지난해 11월 BNK벤처투자로부터 45억 원 규모의 시리즈A 투자를 "
        "유치했다. "
        "같은 1기 기업인 하이슬립랩은 지난달 동아대학교병원과 수면무호흡 진단기기 임상 검증을 위한 공동연구 "
        "협약을 맺었다."
    )
    assert "하이슬립랩" in org_types(text)
    assert ("mou", {"하이슬립랩", "동아대학교병원"}) in relations(text, "2025-03-12")


def test_a_move_in_ceremony_and_a_results_meeting_are_an_event():
    text = (
        "부산시와 부산테크노파크(부산TP)는 6개사를 입주기업으로 최종 선정했다고 12일 밝혔다. 시와 부산TP는 "
        "오는 27일 창업허브에서 2기 입주기업 입주식과 1기 기업 성과 공유회를 함께 연다."
    )
    assert ("event", {"부산광역시", "부산테크노파크"}) in relations(text, "2025-03-12")


def test_a_techno_park_joining_the_agreement_signs_it_too():
    text = (
        "Hanbit Biologics said Tuesday it will build a second plant. The company signed an investment "
        "agreement with South Chungcheong Province and Cheonan City on Monday, under which it will "
        "invest 320 billion won. The province and the city pledged to fast-track permits. "
        "Chungnam Techno Park, Dankook University and Hoseo University also joined the agreement "
        "and will run a training program."
    )
    assert relations_en(text, "2025-07-22") == [
        (
            "mou",
            {
                "Hanbit Biologics",
                "South Chungcheong Province",
                "Cheonan City",
                "Chungnam Techno Park",
                "Dankook University",
                "Hoseo University",
            },
        )
    ]


def test_licensing_a_firms_system_and_a_deal_with_its_business_are_contracts_with_that_firm():
    text = (
        "Hanbit Biologics said Tuesday it signed a deal with Norvance Therapeutics.\n"
        "Hanbit has been expanding its bispecific capabilities. In 2023, it licensed Lonza's GS Xceed cell "
        "line development system, and last October it signed a supply agreement with Merck's life science "
        "business for single-use bioreactors."
    )
    found = relations_en(text, "2025-07-22")
    assert ("contract", {"Hanbit Biologics", "론자"}) in found, found
    assert ("contract", {"Hanbit Biologics", "머크"}) in found, found
    # a time word opening the sentence is no part of the name
    assert relations_en(
        "Hanbit Biologics makes antibodies. Last October Hanbit signed a supply agreement with Merck.",
        "2025-07-22",
    ) == [("contract", {"Hanbit Biologics", "머크"})]


_TRANSFER = (
    "10일 인하대병원 본관 대회의실에서 열린 기술이전 계약 체결식에서 관계자들이 기념촬영을 하고 있다. "
    "/사진제공=인하대병원\n"
    "인하대학교병원과 인하대학교 산학협력단은 10일 바이오기업 ㈜테라노아바이오와 특발성 폐섬유증 치료 "
    "후보물질에 대한 기술이전 계약을 체결했다고 11일 밝혔다.\n"
    "이번에 이전되는 기술은 인하대병원 호흡기내과 정민석 교수 연구팀이 발굴한 'IH-207'이다.\n"
    "테라노아바이오는 2021년부터 정 교수 연구팀과 후보물질 최적화를 위한 공동연구를 진행해 왔다.\n"
    "2022년에는 보건복지부와 한국보건산업진흥원의 '병원 기반 신약 후보물질 발굴 사업'에 병원과 회사가 "
    "공동으로 선정돼 3년간 18억원의 연구비를 지원받았다.\n"
    "회사는 2026년 호주에서 임상 1상에 들어갈 계획이다. 비임상 시험은 국내 비임상 CRO(임상시험수탁기관)인 "
    "켐온에 맡기기로 하고 지난달 위탁 계약을 맺었다."
)


def test_a_hospital_named_on_the_next_line_after_its_short_form_is_no_unit_of_it():
    found = relations(_TRANSFER, "2024-12-11")
    assert ("contract", {"인하대학교병원", "인하대학교 산학협력단", "테라노아바이오"}) in found, found


def test_a_professors_team_stands_for_the_hospital_and_hospital_and_company_are_both_selected():
    found = relations(_TRANSFER, "2024-12-11")
    assert ("partnership", {"테라노아바이오", "인하대학교병원"}) in found, found
    assert ("selection", {"보건복지부", "한국보건산업진흥원", "인하대학교병원", "테라노아바이오"}) in found, (
        found
    )


def test_a_cro_introduced_by_its_acronym_gets_the_contract_decided_with_it():
    found = relations(_TRANSFER, "2024-12-11")
    assert ("contract", {"테라노아바이오", "켐온"}) in found, found


_MINISTER_DAY = (
    "바이오포어·SK바이오사이언스 찾아 애로 청취\n"
    "박정우 산업통상자원부 제1차관이 21일 인천 송도국제도시의 바이오 기업 두 곳을 잇따라 찾았다. 박 차관은 "
    "이날 오전 송도 5공구에 있는 ㈜바이오포어를 방문했다. 이날 일정에는 인천경제자유구역청(인천경제청) "
    "청장이 처음부터 끝까지 동행했고, 첫 방문지에는 한국산업기술기획평가원(KEIT) 바이오 분야 PD도 "
    "함께했다.\n"
    "오후 일정은 SK바이오사이언스 글로벌 R&PD센터였다. SK바이오사이언스는 국제백신연구소(IVI)와 공동 개발한 "
    "장티푸스 접합백신으로 세계보건기구(WHO) 사전적격성평가(PQ) 인증을 받았다.\n"
    "이어 박 차관은 송도컨벤시아로 자리를 옮겨 한국바이오협회가 주최한 '바이오 소부장 공급망 현장 간담회'를 "
    "주재했다. 간담회에는 셀트리온과 바이오포어 등 수요·공급 기업이 참석했다."
)


def test_the_afternoon_stop_is_a_visit_and_who_joined_the_first_stop_only_is_not_at_it():
    visits = [p for t, p in relations(_MINISTER_DAY, "2025-08-21") if t == "visit"]
    assert visits == [
        {"산업통상자원부", "인천경제자유구역청", "한국산업기술기획평가원", "바이오포어"},
        {"산업통상자원부", "인천경제자유구역청", "SK바이오사이언스"},
    ], visits


def test_a_certifier_is_no_partner_and_the_vice_minister_chairing_takes_part():
    found = relations(_MINISTER_DAY, "2025-08-21")
    assert ("partnership", {"SK바이오사이언스", "국제백신연구소"}) in found, found
    events = [p for t, p in found if t == "event"]
    assert events and {"산업통상자원부", "한국바이오협회"} <= events[0], events


def test_a_corp_with_its_acronym_a_center_named_with_and_and_a_cited_source():
    from biobridge.intel.extract.gazetteer import default_gazetteer
    from biobridge.intel.extract.orgs_en import find_organizations_en

    text = (
        "Korea Venture Investment Corp. (KVIC), the state-run manager of the fund of funds, said Wednesday "
        "it invested in Aptimune Bio. KVIC led the round with $5 million, while the Daejeon Center for "
        "Creative Economy and Innovation, an early backer of the company, joined. According to data from "
        "the Korea Biotechnology Industry Organization, foreign investors took part in few rounds last year."
    )
    found = find_organizations_en(text, default_gazetteer())
    orgs = {o.canonical: {m.text for m in o.mentions} for o in found}
    assert "KVIC" in orgs["한국벤처투자"], orgs
    assert "Daejeon Center for Creative Economy and Innovation" in orgs, orgs
    rounds = [p for t, p in relations_en(text, "2025-05-21") if t == "investment"]
    assert all("한국바이오협회" not in p for p in rounds), rounds


def test_rounds_told_by_name_after_a_running_total_are_the_described_startups():
    text = (
        "프렉시온바이오가 세라퓨젠을 인수한다.\n"
        "세라퓨젠은 2020년 가톨릭대학교 의과대학 연구팀이 창업한 회사다. "
        "NK세포를 대량 증식시키는 배양 기술을 보유하고 있다. "
        "회사는 설립 이후 누적 210억원의 투자를 유치했다. "
        "2021년 시리즈A는 카카오벤처스가 단독으로 60억원을 투자했다. "
        "2023년 150억원 규모의 시리즈B에는 한국투자파트너스와 데일리파트너스, 위벤처스가 참여했다.\n"
        "프렉시온바이오는 지난해 4월 아스텔라스제약에 후보물질을 기술수출했다. "
        "인수 자금은 지난달 발행한 300억원 규모 전환사채(CB)로 충당한다. "
        "당시 CB는 KB인베스트먼트와 나우IB캐피탈이 절반씩 인수했다."
    )
    rounds = [p for t, p in relations(text, "2025-08-21") if t == "investment"]
    assert {"세라퓨젠", "카카오벤처스"} in rounds, rounds
    assert {"세라퓨젠", "한국투자파트너스", "데일리파트너스", "위벤처스"} in rounds, rounds
    assert {"프렉시온바이오", "KB인베스트먼트", "나우IB캐피탈"} in rounds, rounds


def test_the_delegation_is_its_sender_and_the_hosts_units_are_no_parties():
    from biobridge.intel.extract.gazetteer import default_gazetteer
    from biobridge.intel.extract.orgs_en import find_organizations_en

    text = (
        "A delegation from German drugmaker Boehringer Ingelheim visited Dong-A ST's manufacturing plant in "
        "Cheonan on Monday, Dong-A ST said Wednesday. The eight-member delegation, led by Dr. Markus "
        "Feldhaus, toured the plant. The next day, the delegation headed to Seoul National University "
        "Hospital (SNUH) in central Seoul, where it was briefed by researchers at the hospital's Biomedical "
        "Research Institute and toured its Clinical Trials Center. Dong-A ST's head of R&D, Park Jae-hong, "
        "accompanied the visitors."
    )
    assert "Dr" not in {o.canonical for o in find_organizations_en(text, default_gazetteer())}
    visits = [p for t, p in relations_en(text, "2025-09-24") if t == "visit"]
    assert {"베링거인겔하임", "Seoul National University Hospital", "Dong-A ST"} in visits, visits


def test_a_tally_of_deals_is_no_deal_and_a_second_matching_day_is_an_event():
    text = (
        "산업통상자원부(산업부)와 한국산업기술진흥원(KIAT)은 지난 5월 매칭데이 이후 두 달 만에 "
        "구매계약 3건과 공동 성능평가 협약 1건이 성사됐다고 3일 밝혔다.\n"
        "산업부와 KIAT는 오는 10월 충북 오송에서 오송첨단의료산업진흥재단과 함께 2차 매칭데이를 열 계획이다."
    )
    assert relations(text, "2025-07-03") == [
        ("event", {"산업통상자원부", "한국산업기술진흥원", "오송첨단의료산업진흥재단"})
    ]


def test_a_firm_told_as_the_subject_of_a_background_selection_and_a_founding_lab_is_no_investor():
    text = (
        "대구경북첨단의료산업진흥재단은 지난 8일 뇌질환 치료제 개발기업 ㈜뉴리온엑스, 펩타이드 약물전달 "
        "전문기업 셀로미아, 경북대학교와 공동연구 업무협약을 체결했다고 9일 밝혔다.\n"
        "2021년 경북대 약학대학 실험실에서 창업한 뉴리온엑스는 지난해 9월 60억원 규모의 시리즈A 투자를 "
        "유치했다. 당시 투자에는 KB인베스트먼트와 스마일게이트인베스트먼트가 참여했다.\n"
        "셀로미아는 2023년 재단이 추진한 '첨단의료기술 사업화 지원사업' 수혜기업으로 선정돼 비임상 "
        "데이터를 확보한 바 있다."
    )
    found = relations(text, "2025-04-09")
    assert ("mou", {"대구경북첨단의료산업진흥재단", "뉴리온엑스", "셀로미아", "경북대학교"}) in found, found
    assert ("investment", {"뉴리온엑스", "KB인베스트먼트", "스마일게이트인베스트먼트"}) in found, found
    assert ("selection", {"대구경북첨단의료산업진흥재단", "셀로미아"}) in found, found


def test_this_company_after_a_firm_told_with_also_is_that_firm():
    text = (
        "한국관에는 ▲소노리브 ▲㈜메디플렉스온 ▲케어닉스 등이 참가했다.\n"
        "소노리브는 독일 의료기기 유통기업 메디콤(MediKomm GmbH)과 공급계약을 체결했다. 메디콤은 독일 내 "
        "의료기관에 진단기기를 공급하는 업체다.\n"
        "척추 임플란트를 생산하는 메디플렉스온도 폴란드 유통사와 막바지 협의를 진행 중이다. 이 회사는 "
        "지난 6월 한국투자파트너스와 DSC인베스트먼트로부터 80억원 규모의 시리즈B 투자를 유치했다."
    )
    rounds = [p for t, p in relations(text, "2024-11-14") if t == "investment"]
    assert rounds == [{"메디플렉스온", "한국투자파트너스", "DSC인베스트먼트"}], rounds


def test_three_firms_named_by_count_signed_the_agreement():
    text = (
        "챌린지는 HK이노엔이 주최하고 벤처캐피털(VC) LSK인베스트먼트와 액셀러레이터 씨엔티테크가 함께 "
        "운영한다. 3사는 지난 3월 프로그램 공동 운영을 위한 업무협약을 맺었다."
    )
    assert ("mou", {"에이치케이이노엔", "LSK인베스트먼트", "씨엔티테크"}) in relations(text, "2025-07-10")
