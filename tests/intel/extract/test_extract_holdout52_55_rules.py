"""Rules found on holdout52–55 (blind in the tenth and eleventh sessions); fresh text each."""

from __future__ import annotations

from rule_helpers import org_types, relations, relations_en

from biobridge.intel.extract.boilerplate import find_page
from biobridge.intel.extract.gazetteer import default_gazetteer
from biobridge.intel.extract.orgs_en import find_organizations_en

_SENTENCE_CASE_PAGE = """The Seoul Ledger
seoulledger.co.kr
Home | Business | Tech | Health
Subscribe | Sign in

Business > Bio

Kelvora raises 30 billion won in Series A led by U.S. VC Marlow Point Ventures
Company also plans a first-in-human trial with a Seoul hospital next year

Posted : 2025-04-02 09:10 | Updated : 2025-04-02 11:00
By Park Se-jin

Facebook | X | LinkedIn | Copy link

Kelvora, a Seoul-based developer of peptide drugs, said it raised 30 billion won in a Series A.

The round was led by Marlow Point Ventures, a Boston-based venture capital firm, the company said.

Copyright The Seoul Ledger. All rights reserved.
"""


def test_a_sentence_case_english_headline_with_abbreviations_is_no_lead():
    page = find_page(_SENTENCE_CASE_PAGE)
    body = [page.lines[i] for i in page.body]
    assert page.lines[page.title].startswith("Kelvora raises 30 billion won")
    assert body[-2].startswith("Kelvora, a Seoul-based developer")
    assert body[-1].startswith("The round was led by Marlow Point")


_SENTENCE_HEADLINE_PAGE = """바이오산업뉴스
홈 > 산업 > 제약

한빛바이오, 충북 오송에 새 공장을 짓는다. 2027년 가동을 목표로 한다.
투자 규모는 1,200억원으로 회사 설립 이후 최대 규모다.
입력 2025.03.14 10:22
홍길동 기자

한빛바이오는 충북 오송에 항체 생산 공장을 짓는다고 14일 밝혔다. 착공은 올해 하반기다.

새 공장은 2027년 가동을 목표로 하며, 회사는 생산 인력 120명을 새로 뽑을 계획이다.

<저작권자 ⓒ 바이오산업뉴스, 무단 전재 및 재배포 금지>
"""


def test_a_headline_and_deck_that_read_as_sentences_end_at_the_date_and_are_no_lead():
    page = find_page(_SENTENCE_HEADLINE_PAGE)
    assert page.lines[page.lead].startswith("한빛바이오는 충북 오송에")
    assert page.lines[page.end - 1].startswith("새 공장은 2027년")
    assert page.lines[page.title].startswith("한빛바이오, 충북 오송에 새 공장을 짓는다.")
    assert page.lines[page.body[0]].startswith("투자 규모는 1,200억원")  # the deck stays in the body


# --- English relations ------------------------------------------------------------------------


def test_existing_investors_and_new_backers_join_the_round_just_told():
    rels = relations_en(
        "Kelvora, a Seoul-based peptide developer, has raised 30 billion won in a Series A round. "
        "The round was led by Marlow Point Ventures. Existing investors Korea Investment Partners and "
        "Smilegate Investment returned with follow-on investments. KB Investment joined as a new backer.",
        "2025-04-02",
    )
    rounds = [p for t, p in rels if t == "investment"]
    assert len(rounds) == 1
    assert {
        "Marlow Point Ventures",
        "한국투자파트너스",
        "스마일게이트인베스트먼트",
        "KB인베스트먼트",
    } <= rounds[0]


def test_a_company_that_has_also_been_working_with_a_drugmaker_is_its_partner():
    rels = relations_en(
        "Kelvora Bio said on Monday it opened a new laboratory in Pangyo. The company has also been working "
        "with Hanmi Pharmaceutical since last year to test its peptide candidates.",
        "2025-04-02",
    )
    assert ("partnership", {"Kelvora Bio", "한미약품"}) in rels


def test_a_material_transfer_agreement_is_no_mou_and_the_first_word_of_a_known_name_is_that_name():
    rels = relations_en(
        "Kelvora Bio said Tuesday it has signed a license agreement with Boehringer Ingelheim worth up to "
        "$300 million. The two companies signed a material transfer agreement in October so that "
        "Boehringer could evaluate the candidate.",
        "2025-05-20",
    )
    assert [t for t, _p in rels] == ["contract"]
    assert rels[0][1] == {"Kelvora Bio", "베링거인겔하임"}


def test_the_german_drugmaker_is_the_one_from_germany_and_a_company_contracted_is_a_contract():
    rels = relations_en(
        "Kelvora Bio said Tuesday it has signed a license agreement with Germany's Boehringer Ingelheim "
        "worth up to $300 million. For manufacturing, Kelvora has contracted ST Pharm to produce GMP "
        "material. The German drugmaker licensed a liver disease candidate from Yuhan Corp. in 2019.",
        "2025-05-20",
    )
    assert ("contract", {"Kelvora Bio", "ST Pharm"}) in rels
    assert ("contract", {"베링거인겔하임", "유한양행"}) in rels


# --- Korean organisations and relations -----------------------------------------------------


def test_a_country_before_an_association_or_agency_of_common_nouns_is_part_of_its_name():
    orgs = org_types(
        "한국관은 대한무역투자진흥공사가 꾸렸고, 일본관은 일본무역진흥기구(JETRO)가 꾸렸다. "
        "싱가포르관은 싱가포르 경제개발청(EDB)이 운영했다. 협회는 독일 의료기술산업협회(BVMed)와 "
        "간담회를 열었다. 진흥원은 미국 매사추세츠바이오협회와 협약을 맺었다. "
        "참가 기관 중 한국바이오협회는 부스를 열었다."
    )
    assert {"일본무역진흥기구", "싱가포르 경제개발청", "독일 의료기술산업협회"} <= set(orgs)
    assert orgs["독일 의료기술산업협회"] == "association"
    # a name of its own keeps no country before it, and '중' (among) is no country
    assert "매사추세츠바이오협회" in orgs and "한국바이오협회" in orgs
    assert not {"미국 매사추세츠바이오협회", "중 한국바이오협회", "경제개발청"} & set(orgs)


def test_a_legal_form_in_the_latin_spelling_only_and_an_mou_to_discuss_a_licence():
    rels = relations(
        "수술로봇 스타트업 써지큐브는 사우디아라비아 의료기기 수입사 알자흐라 메디컬(Al Zahra Medical Co.)과 "
        "중동 지역 판권 협의를 위한 업무협약(MOU)을 체결했다.",
        "2025-11-20",
    )
    assert rels == [("mou", {"써지큐브", "알자흐라 메디컬"})]


def test_two_award_lists_told_respectively_are_two_selections_with_their_own_ministries():
    rels = relations(
        "이날 총회에서는 정부 포상도 진행됐다. 보건복지부 장관 표창 수상 기업으로는 ▲웰리시스템즈 "
        "▲마인드브릿지랩 ▲케어온닷이, 과학기술정보통신부 장관 표창 수상 기업으로는 ▲노바헬릭스 "
        "▲슬립웨이브 ▲바이탈로그AI가 각각 선정됐다.",
        "2025-05-20",
    )
    assert ("selection", {"보건복지부", "웰리시스템즈", "마인드브릿지랩", "케어온닷"}) in rels
    assert ("selection", {"과학기술정보통신부", "노바헬릭스", "슬립웨이브", "바이탈로그AI"}) in rels


def test_the_institute_as_a_subject_and_a_listed_name_ending_in_a_category_word():
    text = (
        "경북바이오산업연구원은 안동에 백신 실증 라인을 열었다.\n"
        "도와 연구원은 '2025년 백신 상용화 실증지원 사업' 대상으로 ▲이뮤넥스 ▲젠백스랩 ▲에이치엠백신 "
        "▲코어바이오텍 등 4개 기업을 최종 선정했다고 19일 밝혔다. 경북도는 사업비를 댄다.\n"
        "연구원은 지난해 10월 싸토리우스코리아바이오텍과 배양 장비 공급 계약을 맺었다.\n"
        '김민수 선임 연구원은 "공정 자문이 큰 도움이 된다"고 말했다.\n'
        "지원 분야는 ▲독감백신 ▲대상포진백신 등 2개 분야다."
    )
    rels = relations(text, "2025-06-19")
    assert ("contract", {"경북바이오산업연구원", "싸토리우스코리아바이오텍"}) in rels
    selected = next(p for t, p in rels if t == "selection")
    assert {"경북바이오산업연구원", "에이치엠백신", "이뮤넥스", "코어바이오텍"} <= selected
    assert not {"독감백신", "대상포진백신"} & set(org_types(text))


def test_a_calls_selected_told_list_by_list_join_one_selection():
    text = (
        "국가신약개발사업단(KDDF)이 올해 첫 신규 지원 과제로 신약 개발 과제 6개를 선정했다. "
        "단계별로는 비임상 2개, 임상 1상 2개, 기반확충 연구 2개 과제가 각각 선정됐다.\n"
        "비임상 단계에서는 ▲넥스펩바이오 'NPX-102'(특발성 폐섬유증, 15억원) ▲온코리버스 'OR-211'(췌장암, "
        "14억원)이 이름을 올렸다.\n"
        "임상 1상 단계에서는 ▲셀리브로 'CB-501'(림프종, 22억원) ▲동아에스티 'DA-5230'(지방간염, 20억원) "
        "2개 과제가 선정됐다.\n"
        "기반확충 연구 분야는 ▲연세대학교(알츠하이머병, 5억원) ▲한국화학연구원(링커 라이브러리, 4억원)에 "
        "돌아갔다."
    )
    rels = relations(text, "2025-03-17")
    assert [t for t, _p in rels] == ["selection"]  # and no selection of the agency alone
    listed = {"넥스펩바이오", "온코리버스", "셀리브로", "동아에스티", "연세대학교", "한국화학연구원"}
    assert rels[0][1] == {"국가신약개발사업단", *listed}
    assert "단계별로" not in org_types(text)


def test_the_training_institute_short_form_and_a_programme_run_together_since_last_spring():
    rels = relations(
        "충북대는 4일 (재)한국바이오공정인력개발원(KBPI), GC녹십자와 '바이오 인력 양성을 위한 업무협약'을 "
        "체결했다고 5일 밝혔다.\n"
        "개발원은 지난해 산업통상자원부와 충북도가 공모한 '바이오 공정 인력양성 거점기관 지원사업'에 "
        "선정돼 국비를 지원받고 있다.\n"
        "충북대와 GC녹십자는 이미 인력 양성 협력을 해 본 경험이 있다. 두 기관은 지난해 3월부터 "
        "'바이오의약품 생산 실무과정'을 공동 운영해 왔다.\n"
        "협약식을 마친 충북대와 개발원 관계자들은 이날 오후 GC녹십자 오창공장을 찾아 생산동을 둘러봤다.",
        "2024-09-05",
    )
    assert ("selection", {"산업통상자원부", "충청북도", "한국바이오공정인력개발원"}) in rels
    assert ("partnership", {"충북대", "GC녹십자"}) in rels
    assert ("visit", {"충북대", "한국바이오공정인력개발원", "GC녹십자"}) in rels


def test_the_three_firms_named_before_as_partners_and_as_the_selected():
    rels = relations(
        "이 프로그램은 서울바이오허브가 주관하고 한미약품과 롯데바이오로직스, 벤처캐피털 데일리파트너스가 "
        "공동 운영하는 육성 프로그램이다. 이번 데모데이는 한국보건산업진흥원이 후원했다.\n"
        "서울바이오허브는 지난해 11월 세 회사와 '바이오 스타트업 공동 육성을 위한 업무협약'을 맺었다.\n"
        "이날 무대에는 ▲레브라진 ▲셀로그램 ▲뉴로파인드 ▲인테그라셀 등 4개사가 올라 사업화 전략을 발표했다.\n"
        "대상은 RNA 편집 치료제를 개발하는 레브라진이 차지했고, 최우수상은 뉴로파인드와 인테그라셀에 "
        "돌아갔다. 서울바이오허브는 수상 3개사를 '글로벌 진출 집중지원 기업'으로 선정했다.\n"
        "레브라진은 한미약품과 후보물질 공동 평가에도 들어간다.\n"
        "셀로그램은 이날 40억원 규모의 시리즈A 투자 유치를 마무리했다고 공개했다. 이번 라운드에는 "
        "하나벤처스가 참여했다. 투자는 프로그램 파트너사인 데일리파트너스가 주도했다.",
        "2025-06-27",
    )
    assert ("mou", {"서울바이오허브", "한미약품", "롯데바이오로직스", "데일리파트너스"}) in rels
    assert ("selection", {"서울바이오허브", "레브라진", "뉴로파인드", "인테그라셀"}) in rels
    assert ("partnership", {"레브라진", "한미약품"}) in rels
    assert ("investment", {"셀로그램", "하나벤처스", "데일리파트너스"}) in rels


def test_a_stake_bought_from_its_holders_and_a_fund_that_invested_while_taking_a_seat():
    rels = relations(
        "삼진제약은 10일 이사회를 열고 프로브다임 창업주와 운용사 에버블루프라이빗에쿼티(에버블루PE)가 "
        "보유한 프로브다임 지분 62%를 780억원에 사들이기로 결의했다고 공시했다. 에버블루PE는 2021년 6월 "
        "프로젝트 펀드를 통해 프로브다임에 200억원을 투자하며 2대 주주에 올랐다.",
        "2025-02-11",
    )
    assert ("investment", {"삼진제약", "에버블루프라이빗에쿼티", "프로브다임"}) in rels
    assert ("investment", {"에버블루프라이빗에쿼티", "프로브다임"}) in rels


_PRE_IPO = (
    "이중항체 ADC 개발기업 ㈜트라이오닉스바이오가 350억원 규모의 프리IPO 라운드를 마무리했다.\n"
    "11일 투자은행(IB) 업계에 따르면 이번 투자에는 한국투자파트너스와 인터베스트 등 벤처캐피탈(VC) 2곳과 "
    "전략적 투자자(SI)인 HK이노엔이 참여했다. 2023년 시리즈B 때 들어온 기존 투자자 데일리파트너스도 "
    "후속 투자에 나섰다.\n"
    "HK이노엔의 참여도 눈길을 끈다. HK이노엔은 이번 지분 투자와 별도로 트라이오닉스바이오와 후보물질 "
    "'TRX-305'의 공동연구를 진행하기로 했다.\n"
    "TRX-305는 2023년 국가신약개발사업단(KDDF) 비임상 지원 과제로 선정돼 연구비를 지원받았다.\n"
    "국내 ADC 분야에서는 리가켐바이오사이언스와 에이비엘바이오 등이 잇따라 대형 기술수출에 성공하며 "
    "투자 심리를 끌어올리고 있다."
)


def test_the_round_after_a_cited_source_and_the_earlier_round_its_old_investor_joined():
    rels = relations(_PRE_IPO, "2025-02-11", "트라이오닉스바이오, 350억 프리IPO 마무리")
    rounds = sorted((p for t, p in rels if t == "investment"), key=len)
    assert rounds == [
        {"트라이오닉스바이오", "데일리파트너스"},
        {"트라이오닉스바이오", "한국투자파트너스", "인터베스트", "에이치케이이노엔", "데일리파트너스"},
    ]
    assert ("selection", {"국가신약개발사업단", "트라이오닉스바이오"}) in rels  # the code's company
    # no event for 'HK이노엔의 참여', no deal between two drugmakers that each made their own
    assert {t for t, _p in rels} == {"investment", "partnership", "selection"}


def test_a_quoted_cluster_spelt_in_latin_whose_delegation_travels_is_an_organisation():
    text = (
        "독일의 대표적 바이오 클러스터인 라인-넥카 지역 '바이오알엔(BioRN)' 대표단이 충북 오송을 찾았다.\n"
        "국내 기업 중에서는 ▲바이오플렉스랩 ▲오송셀텍 ▲큐어팹 등 3곳이 기업설명(IR) 발표에 나섰다.\n"
        "이 자리에서 오송첨단의료산업진흥재단과 바이오알엔은 공동 연구과제 발굴 등을 골자로 한 "
        "업무협약(MOU)을 체결했다.\n"
        "회사는 자체 분석 소프트웨어 '레티스캔(RetiScan)'을 공개했다."
    )
    orgs = org_types(text)
    assert "바이오알엔" in orgs
    assert not {"중에서", "레티스캔"} & set(orgs)
    assert ("mou", {"오송첨단의료산업진흥재단", "바이오알엔"}) in relations(text, "2025-06-12")


def test_the_headline_without_the_national_prefix_names_the_topic_and_a_delegation_in_korea_visits_no_one():
    body = (
        "한국디지털헬스산업협회(KODHA)는 25일 서울 엘타워에서 정기총회를 열었다고 26일 밝혔다.\n"
        "정기총회서 독일 디지털헬스협회 SVDGV와 MOU\n"
        "협회는 이날 방한한 독일디지털헬스협회(SVDGV) 대표단과 업무협약(MOU)도 체결했다.\n"
        "이날 총회에서는 안나 슈미트 SVDGV 국제협력 총괄이 특별 강연도 했다.\n"
        "협회는 지난해 6월에도 일본의 재팬디지털헬스얼라이언스(JaDHA)와 협약을 맺었다."
    )
    rels = relations(body, "2025-02-26", "디지털헬스산업협회, 제5대 회장에 김태원 대표 선출")
    mous = [p for t, p in rels if t == "mou"]
    assert {"한국디지털헬스산업협회", "재팬디지털헬스얼라이언스"} in mous
    assert not [t for t, _p in rels if t in {"visit", "partnership"}]


def test_a_fund_manager_chosen_as_gp_its_short_name_and_its_first_picks():
    text = (
        "18일 투자업계에 따르면 노스브릿지인베스트먼트는 이달 초 바이오 펀드를 최종 결성했다. 지난해 7월 "
        "한국벤처투자가 진행한 모태펀드 출자사업에서 위탁운용사(GP)로 선정된 지 7개월 만이다.\n"
        "첫 투자처로는 세포치료제 개발사 셀렌딧테라퓨틱스와 RNA 편집 플랫폼 기업 아크로젠이 낙점됐다.\n"
        "아크로젠에는 노스브릿지가 단독으로 40억원을 투자했다."
    )
    rels = relations(text, "2025-02-18")
    assert ("selection", {"노스브릿지인베스트먼트", "한국벤처투자"}) in rels
    assert ("investment", {"노스브릿지인베스트먼트", "아크로젠"}) in rels
    assert not [p for t, p in rels if t == "selection" and "아크로젠" in p]


def test_pairs_told_in_turn_and_closed_by_respectively_and_the_occasion_told_again():
    text = (
        "인천테크노파크(인천TP)는 지난 20일 송도컨벤시아에서 '2025 인천 바이오 소부장 매칭데이'를 열었다고 "
        "23일 밝혔다. 행사에는 셀트리온과 SK바이오사이언스, 메디씰코리아, 크리오랩텍 등이 참여했다.\n"
        "셀트리온은 메디씰코리아와 정제 공정용 가스켓 구매계약을, SK바이오사이언스는 크리오랩텍과 초저온 "
        "냉동고 20대 구매계약을 각각 체결했다.\n"
        "한편 인천TP는 이번 행사에서 후속 상담이 필요하다고 분류된 30여건에 대해 이달 말부터 개별 "
        "컨설팅을 이어갈 예정이다."
    )
    rels = relations(text, "2025-06-23")
    contracts = [p for t, p in rels if t == "contract"]
    assert sorted(contracts, key=sorted) == [{"SK바이오사이언스", "크리오랩텍"}, {"셀트리온", "메디씰코리아"}]
    assert len([p for t, p in rels if t == "event"]) == 1


def test_an_organoid_is_no_partner():
    rels = relations(
        "IR 세션에서는 항생제 후보물질을 개발하는 ㈜바이오플랜텍스와 오가노이드 기반 독성평가 기업 셀로지아, "
        "RNA 간섭 치료제 기업 에이엔알진 등이 발표했다.\n"
        "셀로지아는 행사에 참가한 독일 임상시험수탁기관(CRO) 메디크론 라인(Medikron Rhein GmbH)과 6일 "
        "오가노이드 독성평가 공동연구 협약을 체결했다.",
        "2025-11-07",
    )
    assert ("mou", {"셀로지아", "메디크론 라인"}) in rels
    assert "오가노이드" not in org_types(
        "㈜바이오플랜텍스와 오가노이드 기반 독성평가 기업 셀로지아가 발표했다."
    )


def test_a_provincial_government_in_english_swiss_cdmo_lonza_and_a_partner_it_works_with():
    text = (
        "Corevia Biologics, a contract development and manufacturing organization (CDMO) based in Chuncheon, "
        "Gangwon State, said Wednesday it has signed a five-year manufacturing agreement worth $212 million "
        "with Aldervane Therapeutics. Corevia will also build a third plant in Chuncheon by 2028. "
        "The company signed an investment agreement for the expansion with the "
        "Gangwon State government and Chuncheon City on Aug. 14. Corevia also works with Kangwon National "
        "University to run a bioprocess training course. Swiss CDMO Lonza remains the global market leader."
    )
    rels = relations_en(text, "2025-08-20")
    assert ("contract", {"Corevia Biologics", "Aldervane Therapeutics"}) in rels
    assert ("mou", {"Corevia Biologics", "Gangwon State", "Chuncheon City"}) in rels
    assert ("partnership", {"Corevia Biologics", "Kangwon National University"}) in rels
    assert "론자" in {o.canonical for o in find_organizations_en(text, default_gazetteer())}


def test_bayer_korea_the_incheon_city_government_and_a_partner_the_company_began_working_with():
    text = (
        "Officials cut a ribbon at the opening of Bayer Co.Lab Songdo on Tuesday. [BAYER KOREA]\n"
        "The opening ceremony was co-hosted by Bayer Korea and KHIDI and attended by officials from the "
        "Ministry of Health and Welfare and the Incheon city government as well as about 150 researchers.\n"
        "Bayer has been expanding its research ties in Korea. Last year, the company began working with "
        "Seoul National University Hospital on an AI-based analysis of chest imaging data."
    )
    rels = relations_en(text, "2025-10-15")
    assert ("event", {"바이엘", "한국보건산업진흥원", "보건복지부", "인천광역시"}) in rels
    assert ("partnership", {"바이엘", "Seoul National University Hospital"}) in rels


def test_officials_of_an_agency_named_first_among_the_guests_take_part():
    rels = relations(
        "충남테크노파크는 22일 장비센터 개소식을 열었다고 밝혔다. 이날 개소식에는 천안시, "
        "한국산업기술진흥원(KIAT) 관계자를 비롯해 지역 대학 교수진 등 120여명이 참석했다.",
        "2025-05-23",
    )
    assert rels == [("event", {"충남테크노파크", "천안시", "한국산업기술진흥원"})]


def test_a_head_named_with_the_title_glued_to_the_office_comes_along_again():
    rels = relations(
        "조규홍 보건복지부 장관은 14일 오송생명과학단지에 있는 LG화학 오송공장을 방문했다. 이 자리에는 "
        "지영미 질병관리청장이 함께했다.\n"
        "조 장관은 오후에 대전으로 자리를 옮겨 한국생명공학연구원 감염병연구센터를 찾았다. 지 청장은 "
        "오후 일정에도 동행했다.",
        "2024-11-14",
    )
    assert ("visit", {"보건복지부", "질병관리청", "한국생명공학연구원"}) in rels
