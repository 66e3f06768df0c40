"""Rules found on the development sets holdout10–19 in the 2026-12-05 evening session: universities'
holding companies and foundations, funds and rounds, ministers' tours, ambassadors and panels, dropped
subjects of contracts and selections, English deal phrasings; each written on fresh text."""

from __future__ import annotations

from rule_helpers import org_types, relations, relations_en

from biobridge.intel.extract.gazetteer import default_gazetteer
from biobridge.intel.extract.orgs import _abbreviates, find_organizations
from biobridge.intel.extract.orgs_en import find_organizations_en
from biobridge.intel.extract.relations import _triggers, find_relations


def _orgs(text: str) -> dict[str, str | None]:
    return org_types(text)


def _rels(text: str, published: str = "2025-07-08") -> list[tuple[str, set[str]]]:
    return relations(text, published)


def _rels_en(text: str, published: str = "2025-10-30") -> list[tuple[str, set[str]]]:
    return relations_en(text, published)


def test_a_universitys_holding_company_is_one_investor():
    body = (
        "뉴로빔이 80억원 규모의 시리즈A 투자를 유치했다.\n"
        "이번 라운드에는 카카오벤처스가 참여했고 부산대학교 기술지주회사도 투자자로 이름을 올렸다."
    )
    orgs = _orgs(body)
    assert orgs.get("부산대학교 기술지주회사") == "investor"
    assert ("investment", {"뉴로빔", "카카오벤처스", "부산대학교 기술지주회사"}) in _rels(body)


def test_a_universitys_cooperation_foundation_is_one_name():
    body = "셀로젠은 2023년 전남대학교 산학협력단과 항체 기술에 대한 기술이전 계약을 맺었다."
    orgs = _orgs(body)
    assert orgs.get("전남대학교 산학협력단") == "university"
    assert "전남대학교" not in orgs


def test_a_corporate_venture_fund_is_an_investor():
    body = "칼빈바이오는 지난해 화이자벤처펀드와 카카오벤처스가 이끈 300억원 규모의 투자를 유치했다."
    assert _orgs(body).get("화이자벤처펀드") == "investor"


def test_the_ambassadors_party_is_the_embassy():
    body = (
        "오송재단은 20일 주한 덴마크대사 일행이 오송첨단의료복합단지를 찾아 시설을 둘러봤다고 밝혔다.\n"
        "이번 방문은 주한덴마크대사관이 먼저 제안해 성사됐다.\n"
        "대사 일행은 이어 입주기업인 ㈜셀로젠을 방문해 생산시설을 살펴봤다.\n"
        '청주시 관계자는 "재단의 해외 네트워크가 기업 수출로 이어지도록 돕겠다"고 말했다.\n'
        "오송재단은 보건복지부와 청주시 등이 출연해 2010년 문을 열었다."
    )
    rels = _rels(body)
    visits = [p for kind, p in rels if kind == "visit"]
    assert {"주한덴마크대사관", "셀로젠"} in visits
    assert {"주한덴마크대사관", "오송재단"} in visits
    assert all("청주시" not in p for p in visits)
    # founders who opened an agency's doors held no event
    assert not [p for kind, p in rels if kind == "event"]


def test_an_ambassador_watching_a_signing_is_no_party():
    body = (
        "주한덴마크대사관과 오송첨단의료산업진흥재단은 협력을 넓히고 있다.\n"
        "오송첨단의료산업진흥재단은 이날 대사가 지켜보는 가운데 코펜하겐대학교와 업무협약을 체결했다."
    )
    mous = [p for kind, p in _rels(body) if kind == "mou"]
    assert {"오송첨단의료산업진흥재단", "코펜하겐대학교"} in mous


def test_a_name_between_a_person_and_a_title_is_an_organisation_even_in_common_nouns():
    # Kiwi reads 인터베스트 as 인터 + 베스트; the person and the title around it, told twice, say 'name'
    body = (
        "이번 라운드는 인터베스트가 주도했다.\n"
        '투자를 이끈 김현우 인터베스트 전무는 "검증 데이터를 쌓은 곳은 많지 않다"고 설명했다.'
    )
    assert "인터베스트" in _orgs(body)
    # one mention is not enough: '박영희 마케팅 이사' names a department, not a company
    assert "마케팅" not in _orgs("박영희 마케팅 이사는 신제품을 소개했다.")


def test_a_compound_developed_together_is_a_partnership():
    body = (
        "뉴로빔테라퓨틱스는 항체 신약을 개발하고 있다. 가장 앞선 NB-101은 유한양행과 함께 개발하는 물질이다."
    )
    assert ("partnership", {"뉴로빔테라퓨틱스", "유한양행"}) in _rels(body)


def test_a_cooperation_foundation_names_no_partnership():
    # '산학협력단' holds the word 협력 but names the university's foundation
    clause = "2023년 전남대학교 산학협력단과 항체 기술에 대한 기술이전 계약을 맺었고"
    assert _triggers(clause) == ["contract"]
    body = (
        "셀로젠테라퓨틱스는 항체 치료제를 개발한다.\n"
        "창업 당시 전남대학교 산학협력단과 항체 기술에 대한 기술이전 계약을 맺었고, 이를 바탕으로 "
        "플랫폼을 구축했다."
    )
    assert _rels(body) == [("contract", {"셀로젠테라퓨틱스", "전남대학교 산학협력단"})]


def test_a_contract_whose_subject_korean_drops_is_the_last_subjects():
    body = (
        "리보젠테라퓨틱스는 RNA 치료제를 개발한다.\n"
        "창업 이듬해인 2019년 한국생명공학연구원으로부터 전달 기술을 이전받는 계약을 맺었다."
    )
    assert ("contract", {"리보젠테라퓨틱스", "한국생명공학연구원"}) in _rels(body)
    # a sentence opening on a subject the organisations do not include is about that subject
    body = (
        "리보젠테라퓨틱스는 RNA 치료제를 개발한다.\n"
        "익수다는 2021년 한국생명공학연구원으로부터 링커 기술을 도입하는 계약을 맺었다."
    )
    assert ("contract", {"리보젠테라퓨틱스", "한국생명공학연구원"}) not in _rels(body)


def test_the_source_of_a_figure_is_no_party():
    body = (
        "Pyxigen signed a licensing agreement with Otsuka Pharmaceutical on Monday.\n"
        "According to the Korea Drug Development Fund, Korean companies have signed seven "
        "out-licensing deals with Japanese firms since January."
    )
    orgs = find_organizations_en(body, default_gazetteer())
    rels = [(r.type, set(r.parties)) for r in find_relations(body, orgs, "2025-07-08")]
    assert all("Korea Drug Development Fund" not in p for _k, p in rels)
    body = (
        "카이로젠텍은 아스텔라스제약과 라이선스 계약을 체결했다.\n"
        "한국제약바이오협회에 따르면 올해 상반기 일본 기업과 7건의 기술수출 계약을 맺었다."
    )
    assert all("한국제약바이오협회" not in p for _k, p in _rels(body))


def test_a_certification_then_its_list_is_one_selection_without_the_reviewing_panel():
    body = (
        "보건복지부와 한국보건산업진흥원은 제약산업 육성·지원위원회 심의를 거쳐 올해 혁신형 제약기업 "
        "3곳을 새로 인증했다고 25일 밝혔다.\n"
        "신규로 선정된 기업은 ▲루멘바이오텍 ▲대원제약 ▲한결바이오팜이다."
    )
    selections = [p for kind, p in _rels(body) if kind == "selection"]
    assert selections == [{"보건복지부", "한국보건산업진흥원", "루멘바이오텍", "대원제약", "한결바이오팜"}]


def test_a_ministry_designating_a_zone_selects():
    body = "산업통상자원부는 24일 인천광역시를 바이오 소부장 특화단지로 지정했다."
    assert ("selection", {"산업통상자원부", "인천광역시"}) in _rels(body)


def test_a_round_led_by_an_investor_told_in_its_own_sentence_joins_it():
    body = (
        "루멘바이오텍이 450억원 규모의 시리즈C 투자를 유치했다고 20일 밝혔다.\n"
        "이번 투자에는 한국투자파트너스와 KB인베스트먼트 등이 참여했다.\n"
        "라운드를 이끈 곳은 LSK인베스트먼트다."
    )
    rounds = [p for kind, p in _rels(body) if kind == "investment"]
    assert rounds == [{"루멘바이오텍", "한국투자파트너스", "KB인베스트먼트", "LSK인베스트먼트"}]


def test_research_a_sentence_drops_the_subject_of_is_the_companys_not_a_past_investors():
    body = (
        "루멘바이오텍이 450억원 규모의 시리즈C 투자를 유치했다.\n"
        "회사는 앞서 2023년 시리즈B를 마무리한 바 있다. 당시에는 한국투자파트너스가 투자를 주도했다.\n"
        "유한양행과는 지난해 10월부터 흡입형 후보물질을 공동으로 연구하고 있다."
    )
    title = "루멘바이오텍, 450억 시리즈C 유치"
    orgs = find_organizations(body, default_gazetteer(), title)
    rels = [(r.type, set(r.parties)) for r in find_relations(body, orgs, "2025-07-08", title)]
    assert ("partnership", {"루멘바이오텍", "유한양행"}) in rels


def test_a_company_named_without_its_ending_is_the_same_company():
    body = (
        "오르비센테라퓨틱스가 시리즈C 투자를 유치했다.\n"
        "오르비센은 지난달 NH투자증권과 상장 대표주관 계약을 맺었다."
    )
    orgs = find_organizations(body, default_gazetteer())
    merged = next(o for o in orgs if o.canonical == "오르비센테라퓨틱스")
    assert {m.text for m in merged.mentions} == {"오르비센테라퓨틱스", "오르비센"}


def test_one_of_the_selected_telling_its_own_deal_does_not_join_the_selection():
    body = (
        "충청북도는 오픈이노베이션 프로그램 참여 기업으로 스타트업 3곳을 최종 선정했다고 20일 밝혔다.\n"
        "선정된 기업은 ㈜셀로웨이브·뉴클레오젠·펩티모아랩이다.\n"
        "선정 기업 가운데 셀로웨이브는 지난해 충북대학교 산학협력단과 기술이전 계약을 맺고 창업했다."
    )
    selections = [p for kind, p in _rels(body) if kind == "selection"]
    assert selections == [{"충청북도", "셀로웨이브", "뉴클레오젠", "펩티모아랩"}]


def test_a_selection_panel_is_no_organisation():
    body = "선정위원회는 서류와 발표 평가를 거쳐 6곳을 골랐다. 오송첨단의료산업진흥재단이 심사를 맡았다."
    assert "선정위원회" not in _orgs(body)


def test_where_a_startups_technology_came_from_is_not_its_investor():
    body = (
        "오송첨단의료산업진흥재단(오송재단)으로부터 치료 후보물질을 이전받은 바이오 스타트업 ㈜엘비로젠이 "
        "45억원 규모의 시리즈A 투자를 유치했다고 14일 밝혔다.\n"
        "이번 투자에는 스마일게이트인베스트먼트가 신규 투자자로 참여했고, 지난해 시드 투자를 했던 "
        "대구창조경제혁신센터가 후속 투자에 나섰다."
    )
    rounds = [p for kind, p in _rels(body) if kind == "investment"]
    assert rounds == [{"엘비로젠", "스마일게이트인베스트먼트", "대구창조경제혁신센터"}]


def test_a_signing_ceremony_and_a_later_signatory_join_the_mou():
    body = (
        "강원특별자치도와 춘천시, ㈜휘아젠바이오는 10일 2027년까지 600억원을 들이는 투자협약을 맺었다.\n"
        "협약식에는 육동한 춘천시장과 최은호 휘아젠바이오 대표 등 40여명이 참석했다.\n"
        "협약에는 춘천바이오산업진흥원도 참여해 인력 양성을 지원하기로 했다."
    )
    mous = [p for kind, p in _rels(body) if kind == "mou"]
    assert mous == [{"강원특별자치도", "춘천시", "휘아젠바이오", "춘천바이오산업진흥원"}]


def test_a_region_winning_a_companys_plant_investment_is_no_financing_round():
    body = "강원특별자치도와 춘천시가 원료의약품 기업 ㈜휘아젠바이오의 600억원 규모 공장 투자를 이끌어냈다."
    assert not [p for kind, p in _rels(body) if kind == "investment"]


def test_a_region_designated_by_a_ministry_is_the_selected_side():
    body = (
        "휘아젠바이오는 원료의약품을 만든다. 휘아젠바이오는 공장을 짓는다.\n"
        "한편 강원특별자치도는 지난해 7월 중소벤처기업부로부터 춘천 일대를 바이오 특구로 지정받았다."
    )
    title = "휘아젠바이오, 춘천에 600억 투자"
    orgs = find_organizations(body, default_gazetteer(), title)
    rels = [(r.type, set(r.parties)) for r in find_relations(body, orgs, "2025-07-08", title)]
    assert ("selection", {"강원특별자치도", "중소벤처기업부"}) in rels


def test_a_foreign_distributor_with_a_medical_ending_and_its_latin_name():
    body = (
        "㈜세라웨이브메디칼이 사우디아라비아 의료기기 유통사 알마나르 메디컬(Al Manar Medical Co.)과 "
        "850만 달러 규모의 수출 계약을 체결했다고 18일 밝혔다."
    )
    assert set(_orgs(body)) == {"세라웨이브메디칼", "알마나르 메디컬"}
    assert _rels(body) == [("contract", {"세라웨이브메디칼", "알마나르 메디컬"})]


def test_a_countrys_regulator_is_an_organisation_but_no_party_of_a_registration():
    body = (
        "세라웨이브메디칼은 부산테크노파크의 인허가 지원사업 수혜기업으로 뽑혀 "
        "사우디 식품의약청(SFDA) 등록에 필요한 기술문서 작성 비용을 지원받았다."
    )
    assert _orgs(body).get("사우디 식품의약청") == "government"
    assert ("selection", {"부산테크노파크", "세라웨이브메디칼"}) in _rels(body)


def test_a_fund_raised_is_one_investment_with_its_managers_and_limited_partners():
    body = (
        "부산대학교 기술지주회사와 비엔에이치인베스트먼트가 260억원 규모의 바이오 펀드를 결성했다.\n"
        "앵커 출자자는 한국벤처투자다.\n"
        "민간 출자자(LP)로는 하나은행과 종근당이 이름을 올렸다."
    )
    rounds = [p for kind, p in _rels(body) if kind == "investment"]
    fund = {"부산대학교 기술지주회사", "비엔에이치인베스트먼트", "한국벤처투자", "하나은행", "종근당"}
    assert rounds == [fund]
    assert not [p for kind, p in _rels("하나은행·종근당, 바이오 펀드에 LP로 참여") if kind == "event"]


def test_a_holding_companys_short_form_is_the_same_organisation():
    body = "부산대학교 기술지주회사(부산대기술지주)가 펀드를 결성했다. 부산대기술지주는 첫 투자를 마쳤다."
    assert [o.canonical for o in find_organizations(body, default_gazetteer())] == ["부산대학교 기술지주회사"]


def test_the_words_listed_as_joining_this_round_are_investors():
    body = (
        "마이토젠은 30억원 규모 프리A 라운드를 마무리했다. 라운드를 이끈 것은 카카오벤처스다.\n"
        "이번 라운드에는 퓨처플레이와 슈미트도 참여했다."
    )
    assert _orgs(body).get("퓨처플레이") == "investor" and _orgs(body).get("슈미트") == "investor"
    assert "기존" not in _orgs("이번 라운드에는 기존 투자자와 신규 투자자가 참여했다.")


def test_a_fund_picking_its_first_investee_invests():
    body = "카카오벤처스는 첫 투자처로 미토콘드리아 치료제 개발사 ㈜마이토젠바이오를 낙점했다."
    assert _rels(body) == [("investment", {"카카오벤처스", "마이토젠바이오"})]


def test_a_later_clauses_subject_is_not_the_sentences():
    body = (
        "2022년 창업한 딥크레바스테라퓨틱스는 생체신호 분석에 특화된 기업이다. "
        "올해 2월에는 카카오벤처스와 신한벤처투자로부터 35억원 규모의 프리A 투자를 유치했는데, "
        "이 라운드는 카카오벤처스가 이끌었다."
    )
    rounds = [p for kind, p in _rels(body) if kind == "investment"]
    assert rounds == [{"딥크레바스테라퓨틱스", "카카오벤처스", "신한벤처투자"}]


def test_an_agencys_review_panel_visiting_stands_for_the_agency():
    body = (
        "분당서울대학교병원은 한국보건산업진흥원(진흥원)의 실증 과제에 선정됐다.\n"
        "지난달에는 진흥원 평가위원단이 분당서울대학교병원 헬스케어혁신파크를 찾아 연구 인프라를 점검했다."
    )
    assert ("visit", {"한국보건산업진흥원", "분당서울대학교병원"}) in _rels(body)


def test_a_bulleted_name_before_its_bracket_keeps_the_syllable_kiwi_reads_as_a_particle():
    body = (
        "산업부는 첫 과제로 ▲아마렌바이오텍(배양백) ▲메디셀로(무혈청 배지) ▲클라로젠(필터) 등 "
        "3개 기업을 선정했다."
    )
    orgs = _orgs(body)
    assert "메디셀로" in orgs and "메디셀" not in orgs


def test_a_place_after_a_company_is_no_organisation():
    body = "산업부 바이오융합산업과장은 지난달 아마렌바이오텍 오창 공장을 찾아 생산라인을 둘러봤다."
    assert set(_orgs(body)) == {"산업통상자원부", "아마렌바이오텍"}
    assert ("visit", {"산업통상자원부", "아마렌바이오텍"}) in _rels(body)


def test_a_consortium_formed_is_a_partnership():
    body = (
        "아마렌바이오텍은 과제 기간 동안 SK바이오사이언스, 한국생산기술연구원과 컨소시엄을 이뤄 "
        "자사 제품을 백신 생산 공정에 넣고 검증했다."
    )
    assert ("partnership", {"아마렌바이오텍", "SK바이오사이언스", "한국생산기술연구원"}) in _rels(body)


def test_rights_handed_over_in_a_licence_are_a_contract_and_biomarkers_are_no_partner():
    body = (
        "리보젠테라퓨틱스는 RNA 치료제를 개발한다.\n"
        "대표 후보물질 'RSK-201'은 지난해 8월 일본 교와기린(Kyowa Kirin)에 판권을 넘기는 라이선스 계약으로 "
        "기술력을 인정받았다.\n"
        "리보젠테라퓨틱스는 충남대학교병원과 임상 설계와 바이오마커 발굴을 위한 공동연구를 이어오고 있다."
    )
    rels = _rels(body)
    assert ("contract", {"리보젠테라퓨틱스", "교와기린"}) in rels
    assert ("partnership", {"리보젠테라퓨틱스", "충남대학교병원"}) in rels
    assert "바이오마커" not in _orgs(body)


def test_a_group_named_only_inside_its_division_is_not_an_organisation_of_its_own():
    body = "유한양행은 2018년 얀센 바이오텍에 폐암 치료제를 기술수출했다."
    assert set(_orgs(body)) == {"유한양행", "얀센 바이오텍"}


def test_a_foreign_research_company_with_its_latin_name():
    body = (
        "노바루멘은 16일 미국 임상시험수탁기관 브라이트패스 리서치(BrightPath Research)와 "
        "비임상 독성시험 위탁 계약을 체결했다."
    )
    assert ("contract", {"노바루멘", "브라이트패스 리서치"}) in _rels(body)


def test_a_type_noun_stands_for_the_organisation_the_headline_names():
    body = (
        "한국바이오협회(바이오협회)는 매사추세츠바이오협회와 양해각서를 체결했다.\n"
        "협회 대표단은 같은 날 랩센트럴(LabCentral)을 찾아 공용 실험실을 살펴봤다."
    )
    title = "바이오협회, 보스턴서 MassBio와 MOU"
    orgs = find_organizations(body, default_gazetteer(), title)
    rels = [(r.type, set(r.parties)) for r in find_relations(body, orgs, "2025-06-17", title)]
    assert ("visit", {"한국바이오협회", "랩센트럴"}) in rels


def test_english_deals_told_with_it_after_an_opening_phrase():
    body = (
        "Arvena Biologics said Thursday it has signed a manufacturing deal with Helvora Pharma AG.\n"
        "In September last year, it signed a CDMO deal with British biotech Ottimo Pharma, and in March "
        "this year it agreed to supply clinical materials to Solvantis Bio, a Tokyo-based startup."
    )
    rels = _rels_en(body)
    assert ("contract", {"Arvena Biologics", "Ottimo Pharma"}) in rels
    assert ("contract", {"Arvena Biologics", "Solvantis Bio"}) in rels


def test_the_group_an_arm_belongs_to_is_no_party_and_a_plant_bought_is_a_deal():
    body = (
        "Arvena Biologics, the biomanufacturing arm of Lotte Group, said Thursday it has signed a supply "
        "deal with Helvora Pharma AG.\n"
        "In 2022, it acquired the Syracuse plant from Bristol Myers Squibb for $160 million."
    )
    rels = _rels_en(body)
    assert ("contract", {"Arvena Biologics", "Helvora Pharma AG"}) in rels
    assert any(
        kind == "contract" and "Arvena Biologics" in p and len(p) == 2 and "Helvora Pharma AG" not in p
        for kind, p in rels
    )
    assert all("Lotte Group" not in p for _k, p in rels)


def test_an_english_consortium_and_a_licensee_named_before_in_a_deal():
    body = (
        "Neuvantis Bio said it has formed a consortium with Incheon National University and the "
        "Korea Biomedicine Industry Association to train workers.\n"
        "Last August, it licensed Asian rights to NVB-105 to Hanvexa in a deal worth up to 25 billion won."
    )
    rels = _rels_en(body)
    assert any(kind == "partnership" and len(p) == 3 for kind, p in rels)
    assert ("contract", {"Neuvantis Bio", "Hanvexa"}) in rels


def test_a_ministers_tour_stop_by_stop():
    body = (
        "안덕근 산업통상자원부 장관이 20일 경북 포항 바이오 특화단지를 찾아 입주기업 현장을 둘러봤다.\n"
        "안 장관이 가장 먼저 들른 곳은 마이크로바이옴 치료제 기업 노바씨드랩테라퓨틱스다.\n"
        "이어 찾은 곳은 식물 기반 단백질 생산 기업 그린시스바이오텍.\n"
        "포항시는 지난달 한국생명공학연구원과 업무협약을 체결했다. 포항시는 인력 양성에 나선다."
    )
    visits = [p for kind, p in _rels(body) if kind == "visit"]
    assert {"산업통상자원부", "노바씨드랩테라퓨틱스"} in visits
    assert {"산업통상자원부", "그린시스바이오텍"} in visits
    assert all("포항시" not in p for p in visits)  # the tour's first sentence names a place, not a host


def test_a_meeting_a_minister_chairs_with_every_listed_participant():
    body = (
        "안덕근 산업통상자원부 장관은 20일 포스텍 국제관에서 '입주기업 간담회'를 주재했다. "
        "경상북도와 포항시가 마련한 이날 간담회에는 한동대학교, 포항테크노파크 관계자 등이 참석했다."
    )
    events = [p for kind, p in _rels(body) if kind == "event"]
    assert len(events) == 1
    assert {"산업통상자원부", "경상북도", "포항시", "한동대학교", "포항테크노파크"} <= events[0]


def test_a_subtitles_cooperation_is_the_mou_the_body_tells():
    body = (
        "포항시, 생명연과 바이오파운드리 협력도 속도\n"
        "포항시는 지난달 한국생명공학연구원(생명연)과 바이오파운드리 구축을 위한 업무협약을 체결했다."
    )
    assert _rels(body) == [("mou", {"포항시", "한국생명공학연구원"})]


def test_the_company_a_round_belongs_to_and_investors_named_by_their_role():
    body = (
        "베스페로바이오는 ADC 신약을 개발한다.\n"
        "임상시료 생산을 위해 지난해 12월 삼성바이오로직스와 CDMO 계약을 체결했다. "
        "삼성바이오로직스가 지난해 가동에 들어간 송도 ADC 전용 시설에서 원료의약품이 만들어진다.\n"
        "회사는 지난 1월 280억원 규모의 시리즈B 투자를 마무리했다.\n"
        "이 라운드는 데일리파트너스가 리드했으며, 기존 투자자인 인터베스트와 신규 투자자인 "
        "컴퍼니케이파트너스 등이 참여했다."
    )
    title = "베스페로바이오, 아스텔라스에 ADC 기술이전"
    orgs = find_organizations(body, default_gazetteer(), title)
    assert {o.canonical: o.type for o in orgs}.get("인터베스트") == "investor"
    rels = [(r.type, set(r.parties)) for r in find_relations(body, orgs, "2025-04-14", title)]
    rounds = [p for kind, p in rels if kind == "investment"]
    assert rounds == [{"베스페로바이오", "데일리파트너스", "인터베스트", "컴퍼니케이파트너스"}]


def test_a_drugmaker_named_without_its_pharma_ending_is_the_same_company():
    # keys carry no spaces; a long name drops 제약 ('아스텔라스'), a two-syllable one names another
    # organisation ('대웅' is the holding company of 대웅제약)
    assert _abbreviates("아스텔라스", "아스텔라스제약")
    assert not _abbreviates("대웅", "대웅제약")


def test_who_attended_a_signing_is_not_who_signed():
    body = (
        "김해의생명산업진흥원은 지난 12일 ㈜메디루프온, 인제대학교 부산백병원과 업무협약을 체결했다.\n"
        "이날 협약식에는 홍태용 김해시장을 비롯해 정우진 메디루프온 대표 등 30여명이 참석했다."
    )
    assert [p for kind, p in _rels(body) if kind == "mou"] == [
        {"김해의생명산업진흥원", "메디루프온", "인제대학교 부산백병원"}
    ]


def test_a_selection_clause_naming_only_the_selecting_side_belongs_to_the_subject():
    body = (
        "메디루프온은 지난해 8월 BNK벤처투자로부터 20억원 규모의 투자를 유치했고, 같은 해 11월에는 "
        "중소벤처기업부의 팁스(TIPS) 프로그램에 선정됐다.\n"
        "라노바는 2023년 중소벤처기업부의 팁스에 선정된 데 이어, 2024년에는 원주의료기기테크노밸리가 "
        "운영하는 육성사업 지원 대상으로 뽑혔다."
    )
    rels = _rels(body)
    assert ("selection", {"메디루프온", "중소벤처기업부"}) in rels
    assert all("원주의료기기테크노밸리" not in p or "중소벤처기업부" not in p for _k, p in rels)


def test_the_agreement_a_cooperation_came_from_is_an_mou():
    body = "분당서울대학교병원과 ㈜딥크레바스의 협력은 지난해 10월 체결한 AI 공동연구 업무협약에서 출발했다."
    assert _rels(body) == [("mou", {"분당서울대학교병원", "딥크레바스"})]


def test_a_division_named_with_its_latin_name_keeps_the_division_as_canonical():
    body = "이노벡스바이오로직스는 독일 머크 라이프사이언스(Merck Life Science)와 업무협약(MOU)을 맺었다."
    assert _rels(body) == [("mou", {"이노벡스바이오로직스", "머크 라이프사이언스"})]


def test_pharm_ends_an_english_company_name():
    body = "Lotte Biologics, Samsung Biologics and ST Pharm also set up their own booths at the event."
    assert "ST Pharm" in {o.canonical for o in find_organizations_en(body, default_gazetteer())}


def test_a_foreign_executive_named_in_hangul_is_a_person():
    body = (
        "협약식에 앞서 방한 중인 MSD 본사 사외협력 총괄 제임스 로버트슨 부사장과 앨버트 김 한국MSD 대표 "
        "등 일행은 이날 오전 대전시청을 찾았다."
    )
    assert "로버트슨" not in _orgs(body)


def test_a_visit_offered_as_a_benefit_and_participants_as_a_noun_are_no_occasions():
    body = (
        "대전광역시와 한국MSD는 매년 5개 기업을 선발해 미국 보스턴 MSD 연구소 방문 기회를 제공한다.\n"
        "지난해에는 이 프로그램 참가 기업으로 대덕특구의 항체 신약 개발사 ㈜앱토리젠 등 4곳을 뽑기도 했다."
    )
    kinds = [kind for kind, _p in _rels(body)]
    assert "visit" not in kinds and "event" not in kinds
    assert all("대덕특구" not in p for _k, p in _rels(body))


def test_two_agreements_told_clause_by_clause_are_two_mous():
    body = (
        "Last November, KHIDI signed a similar pact with SwedenBIO, the Swedish life science industry "
        "association, and in June this year it signed an MOU with the Massachusetts Biotechnology Council."
    )
    mous = [p for kind, p in _rels_en(body) if kind == "mou"]
    assert len(mous) == 2 and all(len(p) == 2 for p in mous)


def test_the_regulator_a_licensee_needs_approval_from_is_no_party():
    body = (
        "In Europe, Celvera Biologics signed a licensing and distribution agreement with Germany-based "
        "Nordvia Pharma, which will sell CVB-201 once it receives approval from the European Medicines "
        "Agency (EMA)."
    )
    contracts = [p for kind, p in _rels_en(body) if kind == "contract"]
    assert contracts == [{"Celvera Biologics", "Nordvia Pharma"}]
    assert "임상시험심사위원회" not in _orgs("강원테크노파크는 임상시험심사위원회와 협약을 맺었다.")


def test_names_the_sectors_news_uses_constantly_are_known():
    body = "디지털 병리 AI 시장에서는 국내 루닛과 딥바이오, 뷰노 등이 제품을 내놓고 있다."
    assert {"루닛", "딥바이오", "뷰노"} <= set(_orgs(body))
    body = "베스페로바이오는 지난해 5월 보령과 판권 계약을 맺었다."
    assert _rels(body) == [("contract", {"베스페로바이오", "보령"})]


def test_an_agreement_to_buy_a_company_is_an_investment_and_holding_rights_is_no_event():
    body = (
        "Hanvion Therapeutics said Monday that it had signed a definitive agreement to buy a 100 percent "
        "stake in Ardent Cell Systems.\n"
        "Under the partnership, Daewoong Pharmaceutical will hold the rights to sell the therapies in Korea."
    )
    rels = _rels_en(body)
    assert [kind for kind, _p in rels] == ["investment"]
    assert "투자조합" not in _orgs("KU-BNH 바이오 스타트업 투자조합 1호가 결성됐다.")
    assert "Co-GP" not in _orgs("두 회사가 공동운용사(Co-GP)를 맡는다.")


def test_the_lead_of_a_consortium_others_join_is_a_partner():
    body = (
        "아주대학교병원은 이번 과제에서 주관기관을 맡는다. "
        "휴온스와 오가노메드, 뉴로엑스랩 등 기업 3곳이 참여기관으로 컨소시엄에 합류했다."
    )
    assert ("partnership", {"아주대학교병원", "휴온스", "오가노메드", "뉴로엑스랩"}) in _rels(body)


def test_a_consortium_formed_with_the_lead_told_before_is_one_partnership():
    body = (
        "삼성서울병원은 보건복지부의 인공지능 신약 발굴 사업 주관기관으로 선정됐다고 15일 밝혔다.\n"
        "이번 과제에는 한미약품과 파인리드랩스·셀렉시온테라퓨틱스, 성균관대학교가 공동연구기관으로 참여하는 "
        "컨소시엄이 꾸려졌다."
    )
    rels = _rels(body)
    consortium = {"삼성서울병원", "한미약품", "파인리드랩스", "셀렉시온테라퓨틱스", "성균관대학교"}
    assert ("partnership", consortium) in rels
    assert not [p for kind, p in rels if kind == "event"]


def test_a_universitys_campus_is_one_organisation():
    body = "바이오포트리스는 연세대학교 국제캠퍼스, 인천대학교와 손잡고 ADC 공정 교육 과정을 운영한다."
    orgs = _orgs(body)
    assert orgs.get("연세대학교 국제캠퍼스") == "university" and "연세대학교" not in orgs


def test_a_distributor_named_with_its_latin_spelling_signs_a_deal_told_at_length():
    body = (
        "큐어엣지는 지난달 독일 진단기기 유통사 메디포르트(Mediport)와 3년간 약 45억원 규모의 "
        "패혈증 신속진단 키트 공급 계약을 맺었다."
    )
    assert _rels(body) == [("contract", {"큐어엣지", "메디포르트"})]
