"""Rules found on the long blind sets (holdout7–8): page structure, names, parties; fresh text each."""

from __future__ import annotations

from biobridge.intel.extract.boilerplate import find_page, is_meta
from biobridge.intel.extract.dates import sentence_dates
from biobridge.intel.extract.gazetteer import default_gazetteer
from biobridge.intel.extract.orgs import find_organizations
from biobridge.intel.extract.orgs_en import find_organizations_en
from biobridge.intel.extract.relations import find_relations

_NOTICE_PAGE = """자본시장뉴스
전체기사  딜  인베스트  헬스케어
헬스케어 > 바이오

한빛바이오, 美 로간테라와 항체 위탁생산 계약
후기 임상 물질 생산 일괄 수행
김하늘 기자  공개 2025-05-02 07:40:11
이 기사는 2025년 05월 02일 07시40분 자본시장뉴스에 표출된 기사입니다.
페이스북  트위터  카카오톡  링크복사  가  가

한빛바이오가 미국 바이오텍 로간테라의 후기 임상 물질 위탁생산 계약을 따냈다고 2일 밝혔다. 계약 기간은 3년이다.

회사는 이번 수주로 충북 오송 공장의 가동률이 오를 것으로 보고 있다고 설명했다. 생산은 내년 초 시작된다.

<저작권자 ⓒ 자본시장뉴스, 무단 전재 및 재배포 금지>
"""


def test_a_notice_about_the_article_is_no_lead_and_the_body_follows_the_share_buttons():
    page = find_page(_NOTICE_PAGE)
    body = [page.lines[i] for i in page.body]
    assert body[0].startswith("한빛바이오가 미국 바이오텍")
    assert len(body) == 2
    assert page.lines[page.title] == "한빛바이오, 美 로간테라와 항체 위탁생산 계약"


def test_notices_are_metadata_but_sentences_about_an_article_are_not():
    assert is_meta("<보도자료 제공: 한빛바이오 / 이 기사는 기업이 배포한 보도자료를 바탕으로 작성됐습니다>")
    assert not is_meta("이 회사는 지난해 기사에 나온 계약을 마무리했다고 밝혔다.")


def test_a_logo_in_capitals_is_not_the_title():
    page = find_page(
        "바이오헬스뉴스\nBIO HEALTH NEWS\n홈 > 보도자료\n\n"
        "㈜라모네, 대구 첨복재단과 비임상 협력 협약\n\n편집국\n공유  스크랩  인쇄\n\n"
        "심장 패치 기업 ㈜라모네(대표 정수아)는 대구경북첨단의료산업진흥재단과 "
        "비임상 협력 협약을 맺었다고 11일 밝혔다.\n"
    )
    assert page.lines[page.title] == "㈜라모네, 대구 첨복재단과 비임상 협력 협약"


# --- organisations and relations on long articles -----------------------------------------


def _orgs(text: str) -> set[str]:
    return {o.canonical for o in find_organizations(text, default_gazetteer())}


def _rels_en(body: str, published: str, title: str | None = None) -> set[tuple[str, frozenset[str]]]:
    orgs = find_organizations_en(body, default_gazetteer())
    return {(r.type, frozenset(r.parties)) for r in find_relations(body, orgs, published, title)}


def _rels(text: str, title: str | None = None) -> set[tuple[str, frozenset[str]]]:
    orgs = find_organizations(text, default_gazetteer(), title)
    return {(r.type, frozenset(r.parties)) for r in find_relations(text, orgs, "2025-06-02", title)}


def test_office_holders_and_people_in_the_plural_are_no_organisations():
    found = _orgs(
        "김영록 전남지사와 구복규 화순군수, 투자기업 대표들이 참석한 가운데 "
        "▲㈜라모네 ▲㈜누리센이 화순군과 투자협약을 맺었다."
    )
    assert {"라모네", "누리센", "화순군"} <= found
    assert not {"전남지사", "구복규", "대표들", "가운데"} & found
    assert "전라남도" in found  # the governor's title names the province


def test_a_chief_officer_title_is_no_organisation():
    assert "최고기술책임자" not in _orgs("라모네 최고기술책임자(CTO)인 박정우 박사는 기술을 설명했다.")


def test_the_article_topic_is_the_party_a_sentence_drops():
    title = "라모네, 230억 시리즈B 유치"
    body = (
        "심장 패치 스타트업 라모네(대표 정수아)가 230억원 규모의 시리즈B 투자를 유치했다고 2일 밝혔다. "
        "라모네는 지난해 기술을 공개했다. 라모네 관계자는 설명했다. "
        "한편 중소벤처기업부는 팁스 프로그램에도 이 회사를 선정했다."
    )
    rels = _rels(body, title)
    assert ("selection", frozenset({"중소벤처기업부", "라모네"})) in rels


def test_english_titles_plural_openers_demonyms_and_events_are_cut_from_names():
    body = (
        "Shares of Samsung Biologics rose 2 percent. Samsung Biologics CEO John Rim said the plant is ready. "
        "The firm signed an agreement with British drugmaker GSK. Deal is the largest of the year. "
        "Korea Investment Partners and LB Investment joined the round. "
        "The BIO International Convention opened in Boston."
    )
    found = {o.canonical for o in find_organizations_en(body, default_gazetteer())}
    assert found == {"삼성바이오로직스", "GSK", "한국투자파트너스", "LB인베스트먼트"}
    assert not {"British", "Deal", "BIO International Convention", "Samsung Biologics CEO John Rim"} & found
    assert not any(name.startswith("Shares") for name in found)


def test_addresses_are_no_organisations_even_when_a_company_shares_the_name():
    found = _orgs(
        "행사는 서울 강남구 삼성동 코엑스에서 열렸다. ㈜라모네(대표 정수아)는 부산 영도구 연구소에서 "
        "시제품을 만든다. "
        "라모네는 벤처캐피털(VC) 세 곳에서 투자를 받았다."
    )
    assert "라모네" in found
    assert not {"삼성동", "영도구 연구소", "벤처캐피털"} & found


def test_technology_holding_and_venture_investment_names_are_investors():
    found = find_organizations(
        "라모네는 누리창업투자와 한빛대기술지주로부터 75억원 규모의 투자를 유치했다.", default_gazetteer()
    )
    kinds = {o.canonical: o.type for o in found}
    assert kinds.get("누리창업투자") == "investor"
    assert kinds.get("한빛대기술지주") == "investor"


def test_a_described_headline_actor_still_names_the_topic():
    title = "한빛대 창업기업 라모네, 삼진제약에 320억 기술이전"
    body = (
        "한빛대 창업기업 라모네가 삼진제약에 간섬유화 신약 후보물질을 기술이전하는 "
        "계약을 맺었다고 2일 밝혔다. "
        "라모네는 지난해 회사 설립 뒤 기술을 다듬었다. 라모네 관계자는 설명했다. "
        "같은 해 보건복지부와 한국보건산업진흥원이 주관하는 창업 지원 사업에도 선정됐다."
    )
    rels = _rels(body, title)
    assert ("selection", frozenset({"보건복지부", "한국보건산업진흥원", "라모네"})) in rels


def test_a_bullet_item_naming_a_pair_gives_two_organisations():
    found = _orgs(
        "최종 선정된 곳은 ▲한빛대학교병원·라모네(동반진단) ▲누리대학교병원·오르카디아(세포치료제) "
        "▲삼성서울병원·지씨셀(CAR-NK)이다."
    )
    assert {"라모네", "오르카디아", "지씨셀", "삼성서울병원"} <= found
    assert not any("·" in name for name in found)


def test_a_drug_code_is_no_organisation():
    body = "Neuvantis Bio said NVB-201 entered trials. Lonza will make NVB-201 for Neuvantis Bio Inc."
    found = {o.canonical for o in find_organizations_en(body, default_gazetteer())}
    assert "NVB-201" not in found
    assert "NVB-201" not in _orgs("라모네는 후보물질 NVB-201의 임상을 시작했다고 밝혔다.")


def test_a_long_listed_name_loses_a_particle_kiwi_missed_and_neighbourhoods_are_places():
    found = _orgs(
        "부산시는 영도와 동삼동 일대를 해양바이오 거점으로 키운다. "
        "센터는 지난달 국내 백신 기업 ㈜유바이오로직스와 12억원 규모의 공동 개발 계약을 맺었다."
    )
    assert "유바이오로직스" in found
    assert not {"유바이오로직스와", "동삼동"} & found


def test_english_names_that_run_past_a_comma_or_for_and_two_local_governments():
    body = (
        "SK bioscience signed an agreement with North Gyeongsang Province and Andong City on Wednesday. "
        "The Gyeongbuk Institute for Bio Industry, a province-funded institute, joined the pact. "
        "The region was picked by the Ministry of Trade, Industry and Energy as a hub."
    )
    found = {o.canonical for o in find_organizations_en(body, default_gazetteer())}
    assert {"Gyeongbuk Institute for Bio Industry", "North Gyeongsang Province", "Andong City"} <= found
    assert "산업통상자원부" in found  # the full English name is in the gazetteer
    assert "Ministry of Trade" not in found


def test_a_round_told_investor_by_investor_is_one_and_an_earlier_round_stays_apart():
    title = "라모네, 230억 시리즈B 클로징"
    body = (
        "심장 패치 스타트업 라모네가 230억원 규모의 시리즈B 투자 유치를 마무리했다. "
        "업계에 따르면 라모네는 지난달 말 시리즈B 라운드를 최종 클로징했다. "
        "한빛인베스트먼트가 80억원을 베팅하며 리드 투자자로 나섰고 누리벤처스도 합류했다. "
        "시리즈A 라운드를 이끌었던 오름벤처스가 20억원을 추가로 집행했다. "
        "라모네는 2023년 오름벤처스로부터 60억원 규모의 시리즈A 투자를 받았고, 같은 해 5월에는 "
        "중소벤처기업부의 팁스 프로그램에 선정됐다."
    )
    rels = _rels(body, title)
    investments = {parties for kind, parties in rels if kind == "investment"}
    assert investments == {
        frozenset({"라모네", "한빛인베스트먼트", "누리벤처스", "오름벤처스"}),
        frozenset({"라모네", "오름벤처스"}),
    }


def test_a_year_alone_and_the_same_year_are_dates():
    found = sentence_dates("2023년 시리즈A 투자를 받았고, 같은 해 5월에는 팁스에 선정됐다.", "2025-03-18")
    assert [f.value for f in found] == ["2023", "2023-05"]
    assert sentence_dates("2030년까지 공장 3개를 세운다.", "2025-03-18") == []


def test_two_selections_in_one_sentence_stay_two():
    title = "원주 스타트업 라모네, 170억 시리즈B 유치"
    body = (
        "라모네는 170억원 규모의 시리즈B 투자를 유치했다고 밝혔다. 라모네 관계자는 설명했다. "
        "회사는 2023년 중소벤처기업부의 팁스에 선정된 데 이어, 2024년에는 원주의료기기테크노밸리가 "
        "운영하는 육성사업 지원 대상으로 뽑히면서 해외 인증 준비에 속도를 냈다."
    )
    selections = {parties for kind, parties in _rels(body, title) if kind == "selection"}
    assert selections == {
        frozenset({"중소벤처기업부", "라모네"}),
        frozenset({"원주의료기기테크노밸리", "라모네"}),
    }


def test_a_two_word_foreign_name_with_its_latin_form_and_its_short_name_are_one():
    title = "한빛바이오로직스, 英 익수다와 ADC 위탁생산 계약"
    body = (
        "한빛바이오로직스가 영국 바이오텍 익수다 테라퓨틱스(Iksuda Therapeutics)의 "
        "후기 임상 물질 생산을 맡게 됐다. "
        "한빛바이오로직스는 지난 14일 익수다와 위탁개발생산(CDMO) 계약을 맺었다. "
        "익수다는 2020년 영국에서 출범한 ADC 개발사다."
    )
    orgs = find_organizations(body, default_gazetteer(), title)
    names = {o.canonical: {m.text for m in o.mentions} for o in orgs}
    assert "익수다" in names.get("익수다 테라퓨틱스", set())
    assert ("contract", frozenset({"한빛바이오로직스", "익수다 테라퓨틱스"})) in _rels(body, title)


def test_a_bullet_item_that_describes_before_the_name_and_an_item_kiwi_left_joined():
    found = _orgs(
        "최종 선정 기업도 발표됐다. ▲경피흡수 제형 개발사 누리팜 ▲내시경 기구 업체 한빛메딕스 "
        "▲오가노이드 기반 신약 개발사 라모셀이 선정됐다. "
        "국내에서는 루닛과 딥바이오 등 디지털 병리 기업들이 뛰어들었다."
    )
    assert {"누리팜", "한빛메딕스", "라모셀", "루닛", "딥바이오"} <= found
    assert not {"경피흡수", "내시경", "오가노이드", "루닛과"} & found


def test_a_university_hospital_written_in_two_words_is_one_hospital():
    orgs = find_organizations(
        "라모네는 고려대학교 안암병원, 계명대 동산병원과 공동 연구를 진행한다고 밝혔다.", default_gazetteer()
    )
    kinds = {o.canonical: o.type for o in orgs}
    assert kinds.get("고려대학교 안암병원") == "hospital"
    assert kinds.get("계명대 동산병원") == "hospital"
    assert not {"고려대학교", "안암병원", "동산병원"} & kinds.keys()


def test_a_spaced_foreign_name_keeps_its_particle_off_and_licences_told_as_transfers_are_contracts():
    rels = _rels(
        "인투셀은 베링거 인겔하임과 ADC 플랫폼에 대한 옵션 및 라이선스 계약을 체결했다고 8일 밝혔다. "
        "㈜라모네(대표 정수아)는 2022년 셀트리온에 ADC 플랫폼 기술을 이전하며 주목을 받았다. "
        "㈜누리테라(대표 김하늘)는 2021년 리가켐바이오로부터 링커 플랫폼 권리를 사들였다."
    )
    contracts = {parties for kind, parties in rels if kind == "contract"}
    assert frozenset({"인투셀", "베링거인겔하임"}) in contracts
    assert frozenset({"라모네", "셀트리온"}) in contracts
    assert frozenset({"누리테라", "리가켐바이오사이언스"}) in contracts


def test_an_acquisition_is_an_investment_and_a_list_entry_is_a_selection():
    rels = _rels(
        "동아에스티는 2022년 ADC 전문기업 앱티스를 인수해 자회사로 편입했다. "
        "㈜라모네(대표 정수아)는 지난해 과학기술정보통신부가 선정하는 우수성과 100선에 이름을 올렸다."
    )
    assert ("investment", frozenset({"동아에스티", "앱티스"})) in rels
    assert ("selection", frozenset({"과학기술정보통신부", "라모네"})) in rels


def test_two_research_partners_in_two_clauses_or_with_each_are_two_partnerships():
    rels = _rels(
        "㈜라모네(대표 정수아)는 한국해양과학기술원과 배양 공정에 관한 공동연구를 진행하고 있으며, "
        "부산대학교병원 피부과와는 환자 검체를 활용한 공동연구를 진행하고 있다. "
        "㈜누리테라(대표 김하늘)는 서울아산병원, 삼성서울병원과 각각 공동연구 협약을 맺었다."
    )
    partnerships = {parties for kind, parties in rels if kind in {"partnership", "mou"}}
    assert frozenset({"라모네", "한국해양과학기술원"}) in partnerships
    assert frozenset({"라모네", "부산대학교병원"}) in partnerships
    assert frozenset({"누리테라", "서울아산병원"}) in partnerships
    assert frozenset({"누리테라", "삼성서울병원"}) in partnerships


def test_finding_taking_part_in_a_deal_and_an_offered_chance_are_no_visit_or_event():
    rels = _rels(
        "㈜라모네(대표 정수아)는 AI 플랫폼으로 기존 약물의 새로운 적응증을 찾아내는 회사다. "
        "셀트리온은 ㈜라모네가 실시하는 유상증자에 참여해 100억원어치를 취득하기로 했다. "
        "우수 기업에는 아스트라제네카 연구센터를 방문할 기회도 주어진다."
    )
    kinds = {kind for kind, _parties in rels}
    assert "visit" not in kinds and "event" not in kinds
    assert ("investment", frozenset({"셀트리온", "라모네"})) in rels


def test_the_person_before_an_organisation_and_a_title_is_no_organisation():
    found = _orgs(
        "㈜라모네(대표 윤상현)는 투자를 유치했다고 밝혔다. 윤상현 라모네 대표는 계획을 설명했다. "
        "회사는 유전체를 연구한 윤상현 대표가 창업했다. 인투셀은 CTO를 지낸 박태교 대표가 세운 회사다. "
        "강성지 웰트 대표는 말했다."
    )
    assert "라모네" in found
    assert not {"윤상현", "박태교", "강성지"} & found


def test_a_signatory_joining_the_agreement_just_stated_is_its_party():
    rels = _rels(
        "전라남도는 20일 ▲㈜라모네 ▲㈜누리센과 투자협약을 체결했다. "
        "협약에는 (재)전남바이오진흥원도 서명기관으로 참여해 인허가를 돕기로 했다."
    )
    assert ("mou", frozenset({"전라남도", "라모네", "누리센", "전남바이오진흥원"})) in rels
    assert not any(kind == "event" for kind, _parties in rels)


def test_the_final_list_after_the_selectors_sentence_joins_that_selection():
    rels = _rels(
        "보건복지부와 한국보건산업진흥원은 공동 연구개발 지원사업 신규 과제로 "
        "4개 컨소시엄을 선정했다고 15일 밝혔다. "
        "최종 선정된 곳은 ▲㈜라모네 ▲㈜누리센 ▲㈜오르카디아 등이다."
    )
    selections = [parties for kind, parties in rels if kind == "selection"]
    assert selections == [frozenset({"보건복지부", "한국보건산업진흥원", "라모네", "누리센", "오르카디아"})]


def test_officials_visiting_on_behalf_of_the_articles_government_make_it_the_visitor():
    rels = _rels(
        "전북도는 바이오산업 협력 방안을 모색했다고 밝혔다. 전북도는 출장단을 꾸렸다. "
        "12일 김관영 도지사 등 출장단은 보스턴의 랩센트럴을 방문해 운영 사례를 살폈다. "
        "이날 출장단은 모더나를 찾아 협업 방안을 논의했다."
    )
    visits = {parties for kind, parties in rels if kind == "visit"}
    assert frozenset({"전북특별자치도", "랩센트럴"}) in visits
    assert frozenset({"전북특별자치도", "모더나"}) in visits


def test_where_an_actor_comes_from_is_no_party():
    rels = _rels(
        "㈜라모네(대표 정수아)는 한국화학연구원 출신 연구진이 주축이 된 회사로, 지난해 삼성바이오에피스와 "
        "플랫폼 기술 계약을 맺었다. "
        "충남대 교원창업기업 ㈜누리테라(대표 김하늘)가 삼진제약과 기술이전 계약을 체결했다."
    )
    contracts = {parties for kind, parties in rels if kind == "contract"}
    assert contracts == {frozenset({"라모네", "삼성바이오에피스"}), frozenset({"누리테라", "삼진제약"})}


def test_a_market_is_no_mayor_and_a_continent_is_no_organisation():
    found = _orgs("㈜라모네(대표 정수아)는 일본 유통사와 계약을 맺고 아시아 시장 공략에도 속도를 내고 있다.")
    assert "라모네" in found
    assert "아시아" not in found


def test_an_english_possessive_keeps_the_host_of_a_visit_but_not_the_owner_of_a_product():
    body = (
        "The government delegation, led by the Ministry of Health and Welfare's second vice minister, "
        "visited Moderna's headquarters in Cambridge on Monday. "
        "Samsung Bioepis signed a commercialization agreement with Sandoz for SB17, "
        "its biosimilar referencing Johnson & Johnson's Stelara."
    )
    rels = _rels_en(body, "2025-06-18")
    assert ("visit", frozenset({"보건복지부", "모더나"})) in rels
    contracts = [parties for kind, parties in rels if kind == "contract"]
    assert contracts and all("존슨앤드존슨" not in parties for parties in contracts)


def test_an_english_round_with_investors_named_after_and_an_earlier_round_led_by_another():
    title = "Lamone Bio teams up with Lonza, closes 72 billion won Series C"
    body = (
        "Lamone Bio said it had closed a 72 billion won Series C funding round. "
        "Korea Investment Partners, KB Investment and Smilegate Investment took part in the round. "
        "Founded by former researchers from Hanmi Pharmaceutical and Seoul National University, Lamone Bio "
        "previously raised 30 billion won in a 2023 Series B led by InterVest, with DSC Investment "
        "also participating."
    )
    rels = _rels_en(body, "2025-06-10", title)
    investments = [parties for kind, parties in rels if kind == "investment"]
    assert len(investments) == 2
    names = {o.canonical for o in find_organizations_en(body, default_gazetteer())}
    assert not any(
        {"한미약품", "서울대학교", "Hanmi Pharmaceutical", "Seoul National University"} & p
        for p in investments
    )
    assert names & {"InterVest", "인터베스트"}


def test_an_agreement_to_invest_later_is_an_mou_not_an_investment():
    rels = _rels(
        "전라남도는 20일 ㈜라모네(대표 정수아)와 화순에 1200억원을 투자하기로 하는 투자협약을 체결했다."
    )
    assert {kind for kind, _parties in rels} == {"mou"}


def test_a_rights_issue_named_by_its_investee_takes_the_subscribers_of_the_next_sentence():
    rels = _rels(
        "롯데바이오로직스는 지난 17일 이사회를 열고 1500억원 규모의 주주배정 유상증자를 결의했다. "
        "신주는 기존 지분율대로 배정돼 최대주주인 롯데지주가 1200억원, "
        "2대주주인 롯데홀딩스가 300억원을 각각 납입한다."
    )
    assert [p for kind, p in rels if kind == "investment"] == [
        frozenset({"롯데바이오로직스", "롯데지주", "롯데홀딩스"})
    ]
    assert "지분율대" not in _orgs("신주는 기존 지분율대로 배정돼 롯데지주가 납입한다.")


def test_officials_who_toured_a_plant_visited_the_articles_company():
    title = "Samsung Biologics wins record order as Plant 5 opens"
    body = (
        "Samsung Biologics said it won a 1.8 trillion won contract manufacturing order. "
        "Samsung Biologics will make the drug at Plant 5. Samsung Biologics did not name the client. "
        "Incheon Metropolitan City Mayor Yoo Jeong-bok toured the new facility on the same day "
        "together with officials from the Incheon Free Economic Zone Authority."
    )
    rels = _rels_en(body, "2025-04-02", title)
    visits = [parties for kind, parties in rels if kind == "visit"]
    assert len(visits) == 1 and "삼성바이오로직스" in visits[0] and len(visits[0]) == 3


def test_a_list_before_deung_is_organisations_when_one_item_is_named_like_a_company():
    found = _orgs(
        "국내에서도 누리켐바이오, 오름테라퓨틱, 에임드바이오 등이 독자 플랫폼을 앞세워 파트너 찾기에 나섰다."
    )
    assert {"누리켐바이오", "오름테라퓨틱", "에임드바이오"} <= found


def test_a_contract_with_a_described_but_unnamed_partner_is_a_contract_of_the_named_side():
    rels = _rels("㈜라모네(대표 정수아)는 일본 소재 의료기기 전문 유통사와 현지 독점 판매 계약을 맺었다.")
    assert ("contract", frozenset({"라모네"})) in rels
    assert not _rels("㈜라모네(대표 정수아)는 판매 계약을 검토하고 있다고 밝혔다.")


def test_bullet_items_pairing_a_hospital_and_a_company_are_partnerships_beside_the_selection():
    rels = _rels(
        "보건복지부는 병원-기업 공동 연구개발 과제 2곳을 선정했다고 15일 밝혔다. "
        "최종 선정된 곳은 ▲서울대학교병원·㈜라모네(동반진단) ▲삼성서울병원·㈜누리센(세포치료제)이다."
    )
    kinds = {(kind, parties) for kind, parties in rels}
    assert ("partnership", frozenset({"서울대학교병원", "라모네"})) in kinds
    assert ("partnership", frozenset({"삼성서울병원", "누리센"})) in kinds
    assert any(kind == "selection" and len(parties) == 5 for kind, parties in kinds)


_BOXED_PAGE = """바이오뉴스
정치 | 경제 | 사회
한빛바이오, 춘천에 엑소좀 공장 짓는다
[춘천 바이오 클러스터] 설립 3년 만에 첫 대형 투자
[계약금 3천만달러…생명연서 도입한 후보물질 첫 글로벌 성과]
등록 2025.09.22 14:05
공유하기  카카오톡  페이스북

김진태 지사(가운데)와 정우석 대표가 협약서를 들고 있다. 2025.9.22/뉴스1 ⓒ News1 신은재 기자

한빛바이오가 춘천 바이오타운에 엑소좀 생산 공장을 짓는다고 22일 밝혔다. 투자 규모는 450억원이다.

[관련기사]
강원 바이오헬스 기업 매출 첫 3조 돌파
홍천 메디컬 빅데이터 단지 예타 통과

회사는 지난해 11월 180억원 규모의 시리즈B 투자를 유치했다고 설명했다. 공장은 내년 말 준공된다.

바이오뉴스 구독하고 모바일 쿠폰 받으세요 ▶ 바로가기

정우석 대표는 "지역 인재와 함께 성장하겠다"며 "인프라와 지역 병원의 임상 역량을 묶어
대구에서 글로벌 임상까지 갈 수 있는 길을 만들겠다"고 말했다. 비용은 회사가 모두
부담한다.

<저작권자 ⓒ 바이오뉴스, 무단 전재 및 재배포 금지>
관련기사
다른 회사, 다른 소식
"""


def test_a_related_box_a_promotion_and_a_caption_credit_inside_the_article_do_not_end_it():
    page = find_page(_BOXED_PAGE)
    body = [page.lines[i] for i in page.body]
    assert body[-1] == "부담한다."  # a hard-wrapped tail line
    assert any(line.startswith("회사는 지난해 11월") for line in body)
    assert any(line.startswith("정우석 대표는") for line in body)
    assert any(line.endswith("ⓒ News1 신은재 기자") for line in body)  # the caption with its credit
    assert not any("관련기사" in line or "바로가기" in line or "3조 돌파" in line for line in body)
    assert "[계약금 3천만달러…생명연서 도입한 후보물질 첫 글로벌 성과]" in body  # a bracketed subtitle
    assert not is_meta("[계약금 3천만달러…생명연서 도입한 후보물질 첫 글로벌 성과]")
    assert is_meta("[서울=뉴시스]")


def test_investors_who_led_and_took_part_and_a_strategic_investor_join_one_round():
    title = "헤일로셀, 150억 시리즈A 유치"
    body = (
        "헤일로셀은 2022년 세브란스병원 교수진이 창업한 기업으로, "
        "지난 3월 150억원 규모의 시리즈A 투자를 유치했다. "
        "카카오벤처스가 투자를 주도했고 파트너스인베스트먼트와 신한벤처투자가 참여했다. "
        "셀트리온이 전략적 투자자(SI)로 참여한 점도 눈길을 끈다. 헤일로셀은 설명했다."
    )
    rels = _rels(body, title)
    assert [p for kind, p in rels if kind == "investment"] == [
        frozenset({"헤일로셀", "카카오벤처스", "파트너스인베스트먼트", "신한벤처투자", "셀트리온"})
    ]
    assert not any(kind == "event" for kind, _p in rels)


def test_three_unknown_names_listed_under_a_selection_cue_are_organisations():
    found = _orgs(
        "진흥원은 이 자리에서 올해 스케일업 지원사업 대상으로 "
        "▲루멘셀바이오 ▲아스트로펩 ▲하이브리젠을 선정했다."
    )
    assert {"루멘셀바이오", "아스트로펩", "하이브리젠"} <= found


def test_an_unknown_investor_in_a_comma_list_of_investors_but_not_a_description_after_a_comma():
    found = _orgs(
        "이번 투자에는 DSC인베스트먼트, 코렐리온, 유안타인베스트먼트가 참여했다. "
        "발표 세션에는 개발사 네오리젠테라퓨틱스, 오가노이드 기반 플랫폼 기업 셀비전랩 등이 "
        "무대에 올라 투자자를 만났다."
    )
    assert "코렐리온" in found
    assert "오가노이드" not in found


def test_the_round_then_joins_the_round_before_and_a_bullet_phrase_stops_at_deung():
    rels = _rels(
        "㈜베리타젠(대표 정우석)은 지난해 11월 180억원 규모의 시리즈B 투자를 유치했다. "
        "당시 라운드에는 스마일게이트인베스트먼트와 한국투자파트너스가 참여했다."
    )
    assert [p for kind, p in rels if kind == "investment"] == [
        frozenset({"베리타젠", "스마일게이트인베스트먼트", "한국투자파트너스"})
    ]
    found = _orgs(
        "공동관에는 ▲엔자이렉스 ▲큐빅테라퓨틱스 ▲지노믹스파인더 등 대덕연구개발특구 기업들이 참가했다."
    )
    assert "지노믹스파인더" in found
    assert not any(name.startswith("지노믹스파인더 등") for name in found)


def test_a_signing_ceremony_is_no_event_and_consortium_members_are_partners():
    rels = _rels(
        "20일 전남도청에서 열린 투자협약식에서 ㈜라모네(대표 정수아) 관계자들이 협약서를 들어 보이고 있다. "
        "세브란스병원 컨소시엄에는 한국화학연구원, ㈜누리센(대표 김하늘)이 참여한다."
    )
    assert not any(kind == "event" for kind, _p in rels)
    assert ("partnership", frozenset({"세브란스병원", "한국화학연구원", "누리센"})) in rels


def test_a_hard_wrapped_body_is_read_as_running_text():
    from biobridge.intel.extract.text import split_sentences, unwrap_hard_wrapped

    body = "\n".join(
        [
            "대구경북첨단의료산업진흥재단(케이메디허브)은 지역 바이오",
            "스타트업 5곳을 '글로벌 임상 진입 지원사업' 수혜기업으로",
            "선정했다고 27일 밝혔다.",
            "선정된 기업은 ▲뉴로케인(난치성 뇌전증 치료제) ▲리제노아(연골 재생",
            "세포치료제) ▲마이오펩(근감소증 펩타이드 치료제) ▲스톤아이메드(요로결석",
            "진단기기) ▲오믹스웨이브(암 조기진단 액체생검) 등이다.",
            "선정 기업에는 기업당 최대 2억원의 비임상 시험 비용이 지원되고 재단이",
            "보유한 장비와 전문 인력이 함께 투입된다. 해외 임상시험수탁기관과의",
            "연계도 재단이 맡아 미국 임상시험계획 제출까지 한 번에 돕는다.",
        ]
    )
    assert len(unwrap_hard_wrapped(body)) == len(body)
    assert [s.text[:7] for s in split_sentences(body)] == [
        "대구경북첨단의",
        "선정된 기업은",
        "선정 기업에는",
        "해외 임상시험",
    ]
    found = _orgs(body)
    assert {"뉴로케인", "리제노아", "마이오펩", "스톤아이메드", "오믹스웨이브"} <= found
    # an ordinary body of whole-sentence lines is left alone
    plain = "첫 문장이다.\n둘째 문장이다.\n셋째 줄은 부제목"
    assert unwrap_hard_wrapped(plain) == plain


def test_a_name_with_its_latin_form_in_brackets_but_not_a_person_or_a_technique():
    found = _orgs(
        "세브란스병원은 지난 4월 미국 메이요클리닉(Mayo Clinic)과 데이터 표준화 협약을 맺었다. "
        "미국바이오협회 낸시 트래비스(Nancy Travis) 부회장이 발표했다. "
        "공간전사체(Spatial Transcriptomics) 데이터를 분석한다."
    )
    assert "메이요클리닉" in found
    assert not {"트래비스", "공간전사체"} & found


def test_designations_are_no_organisations():
    found = _orgs("보건복지부는 연구중심병원과 지역 거점병원을 국책기관과 함께 혁신특구에서 키운다고 밝혔다.")
    assert "보건복지부" in found
    assert not {"연구중심병원", "거점병원", "국책기관", "혁신특구"} & found


def test_a_transliterated_genomics_company_in_two_words():
    found = _orgs("시장은 미국 10x 지노믹스(10x Genomics)와 나노스트링이 사실상 양분하고 있다.")
    assert "10x 지노믹스" in found


def test_a_designation_is_a_selection():
    rels = _rels(
        "충청북도는 지난해 6월 산업통상자원부의 바이오 특화단지 공모에서 오송을 앞세워 최종 지정됐다."
    )
    assert ("selection", frozenset({"충청북도", "산업통상자원부"})) in rels


def test_newcomers_named_after_the_round_join_it():
    rels = _rels(
        "㈜넥스아이(대표 김하늘)가 240억원 규모의 시리즈B 투자를 유치했다. "
        "이번 투자에는 기존 투자사인 DSC인베스트먼트가 후속 투자자로 참여했다. "
        "새로 합류한 곳은 SV인베스트먼트와 킹고투자파트너스다."
    )
    assert [p for kind, p in rels if kind == "investment"] == [
        frozenset({"넥스아이", "DSC인베스트먼트", "SV인베스트먼트", "킹고투자파트너스"})
    ]


def test_an_address_is_no_party_and_the_company_stands_for_its_anaphor():
    title = "김영환 지사, 카브린바이오 오송 신공장 방문"
    body = (
        "김영환 충북지사가 21일 청주시 흥덕구 오송읍 ㈜카브린바이오 신공장을 방문했다. "
        "충북도는 이날 진천군과 함께 카브린바이오와 투자협약을 맺었다. "
        "회사는 지난 2022년 10월 충북도·청주시와 980억원 규모의 오송 공장 투자협약을 맺었다."
    )
    rels = _rels(body, title)
    visits = [p for kind, p in rels if kind == "visit"]
    assert visits and all("청주시" not in p for p in visits)
    assert ("mou", frozenset({"충청북도", "청주시", "카브린바이오"})) in rels


_REGIONAL_PAGE = """도민일보
로그인  회원가입  구독신청
경제 > 산업

춘천 바이오 기업 4곳 글로벌 진출 지원…현지 실증까지 연계

강원바이오진흥원 해외 진출 프로그램 첫 모집
선정 기업에 최대 1억원 지원

2025-03-11 00:00:00
춘천=박서연기자

카카오톡 페이스북 X 밴드 URL복사 | 가 가 | 인쇄

【춘천】강원바이오진흥원이 도내 바이오 기업의 해외 진출을 돕는 프로그램 참여 기업 4곳을 선정했다.
진흥원은 10일 이같이 밝혔다.

진흥원은 이들 기업에 현지 실증과 전시회 참가를 지원한다. 지원 기간은 올해 말까지다.

박서연기자

ⓒ 도민일보 무단전재 및 재배포 금지
"""


def test_a_bare_date_time_next_to_the_byline_dates_the_article_and_a_place_dateline_is_cut():
    from biobridge.intel.extract.api import extract_article

    article = extract_article(_REGIONAL_PAGE, filename="p.txt")
    assert article.published == "2025-03-11"
    assert article.title == "춘천 바이오 기업 4곳 글로벌 진출 지원…현지 실증까지 연계"
    assert "\n강원바이오진흥원이 도내" in article.body
    # a clock in the site header, far from any byline, dates nothing
    header_clock = _REGIONAL_PAGE.replace("2025-03-11 00:00:00\n", "").replace(
        "로그인", "2025-03-12 09:30\n로그인"
    )
    assert extract_article(header_clock, filename="p.txt").published is None
    # an update time by the byline is no publication date; an English wire stamp is one
    updated = _REGIONAL_PAGE.replace("2025-03-11 00:00:00", "수정 2025-03-12 09:30")
    assert extract_article(updated, filename="p.txt").published is None
    wire = _REGIONAL_PAGE.replace("2025-03-11 00:00:00", "All News 10:32 March 11, 2025")
    assert extract_article(wire, filename="p.txt").published == "2025-03-11"


def test_an_english_menu_of_search_and_login_is_not_the_title():
    page = (
        "Korea Bio Daily\nHome | Industry | Bio & Pharma\nSearch   Login   Join\n\n"
        "Hanbit Bio Wins $30 Million Antibody Manufacturing Order From US Biotech\n"
        "By Kim Ha-neul\nPosted : 2025-03-26 14:08\n\n"
        "Hanbit Bio said Wednesday it has won a $30 million order from a US biotech company. "
        "The plant in Osong will make the antibody from next year.\n"
        "The company expects more orders this year.\n"
        "Copyright © Korea Bio Daily. All rights reserved.\n"
    )
    page_ = find_page(page)
    assert page_.lines[page_.title].startswith("Hanbit Bio Wins")
    from biobridge.intel.extract.lines import is_widget

    assert not is_widget("SK to join vaccine alliance")  # a short headline's verb is no menu


def test_an_update_time_with_its_weekday_is_metadata():
    assert is_meta("수정 : 2025-04-16 09:14:50 (수)")


_WIRE_PAGE = "\n".join(
    [
        "NEWSIS",
        "뉴시스",
        "전체기사  정치  경제  사회",
        "",
        "경북도, 스위스 바젤서 제약사 2곳과 투자 협력 논의",
        "",
        "[바젤=뉴시스] 이철우 경북지사가 15일(현지시간) 스위스 바젤에서 경영진과 투자 협력 방안을 "
        "논의하고 있다. (사진=경북도 제공) 2024.10.16. photo@newsis.com",
        "",
        "[안동=뉴시스] 박민재 기자 = 경북도는 유럽 투자유치단이 15일(현지시간) 스위스 바젤에서 "
        "제약사 두 곳을 방문했다고 16일 밝혔다.",
        "",
        "투자유치단은 현지 경영진과 생산시설 투자 방안을 논의했다.",
        "",
        "Copyright © NEWSIS.COM, 무단 전재 및 재배포 금지",
        "",
    ]
)


def test_a_wire_byline_after_a_photo_caption_names_the_reporter_and_the_korean_brand_wins():
    from biobridge.intel.extract.api import extract_article

    article = extract_article(_WIRE_PAGE, filename="w.txt")
    assert (article.reporter, article.outlet) == ("박민재", "뉴시스")


def test_a_labelled_two_digit_year_dates_the_article():
    from biobridge.intel.extract.dates import labelled_date

    assert labelled_date("기사입력시간 25-05-27 11:40 | 최종업데이트 25-05-27 13:02") == "2025-05-27"
    assert labelled_date("승인 12.5%") is None and labelled_date("등록 25.13.40") is None
    assert is_meta("기사입력시간 25-05-27 11:40 | 최종업데이트 25-05-27 13:02")


def test_a_photo_captions_position_bracket_stays_with_the_caption():
    from biobridge.intel.extract.boilerplate import strip_byline_prefix

    caption = "(왼쪽부터) 부산대병원 김하진 교수와 이수민 메디웨이브 대표가 화면을 살펴보고 있다."
    assert strip_byline_prefix(caption) == caption
    assert strip_byline_prefix("[서울=뉴시스] 박민재 기자 = 협회는 … 밝혔다.") == "협회는 … 밝혔다."
