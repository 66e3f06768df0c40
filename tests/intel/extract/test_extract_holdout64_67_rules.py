"""Rules found on holdout64–67 (blind in the thirteenth and fourteenth sessions); fresh text each."""

from __future__ import annotations

from rule_helpers import org_types, relations, relations_en

from biobridge.intel.extract.gazetteer import default_gazetteer
from biobridge.intel.extract.orgs_en import find_organizations_en


def test_winners_listed_after_their_prize_are_organisations_and_the_ones_selected():
    text = (
        "충남도와 충남테크노파크는 지난 12일 천안 충남바이오센터에서 경진대회 본선을 열고 최종 수상 기업 "
        "5곳을 선정했다고 14일 밝혔다. 수상 기업은 ▲대상 누벨로바이오 ▲최우수상 하이젠랩·코렌셀 "
        "▲우수상 파로미드·비엔루체다."
    )
    names = org_types(text)
    winners = {"누벨로바이오", "하이젠랩", "코렌셀", "파로미드", "비엔루체"}
    assert winners <= set(names), names
    selections = [p for t, p in relations(text, "2025-09-14") if t == "selection"]
    assert selections == [{"충청남도", "충남테크노파크"} | winners] or selections == [
        {"충남도", "충남테크노파크"} | winners
    ], selections
    # two winners of one prize are no pair working together
    assert not [p for t, p in relations(text, "2025-09-14") if t == "partnership"]


def test_last_years_prize_winner_is_an_organisation():
    text = (
        "지난해 대상을 받은 오르딘셀은 올해 5월 KB인베스트먼트로부터 30억원 규모의 시리즈A 투자를 유치했다."
    )
    assert ("investment", {"오르딘셀", "KB인베스트먼트"}) in relations(text, "2025-11-26")


def test_the_winners_of_a_competition_take_part_in_it():
    text = (
        "전북도와 전북바이오융합산업진흥원은 지난 3일 경진대회 시상식을 열고 수상 기업 2곳을 선정했다고 "
        "5일 밝혔다. 전북도가 주최하고 진흥원이 주관한 이번 대회는 한국바이오협회가 후원했다. "
        "수상 기업은 ▲대상 모렌바이오 ▲우수상 키토셀이다."
    )
    events = [p for t, p in relations(text, "2025-09-05") if t == "event"]
    assert len(events) == 1 and {"모렌바이오", "키토셀", "한국바이오협회"} <= events[0], events


def test_a_dative_on_an_unknown_name_is_no_part_of_it():
    text = (
        "서울대병원은 지난해 11월 망막질환 AI 진단 알고리즘을 의료 AI 기업 옵티코닉스에 15억원 규모로 "
        "기술이전하는 계약을 체결했다."
    )
    assert ("contract", {"서울대병원", "옵티코닉스"}) in relations(text, "2025-08-12")


BUNDANG = (
    "세브란스병원이 제약사 보령, 인공지능(AI) 신약개발 스타트업 몰텍바이오와 손잡고 신약 개발에 나선다. "
    "병원은 지난 8일 보령, 몰텍바이오와 '공동연구 협약'을 체결했다고 12일 밝혔다. 보령은 후보물질 합성을 "
    "맡는다. 이번 협약은 병원과 몰텍바이오가 2년 가까이 이어온 연구의 연장선이다. 양측은 2023년부터 신규 "
    "표적을 찾는 공동연구를 진행해 왔다. 몰텍바이오는 2022년 창업한 회사다. 지난해 3월 60억원 규모의 "
    "시리즈A 투자를 유치했다. 라운드는 스마일게이트인베스트먼트가 이끌었고, LSK인베스트먼트와 하나벤처스가 "
    "참여했다. 회사는 올해 국가신약개발사업단(KDDF)의 과제에도 선정됐다. "
    "세브란스병원은 연구 성과의 사업화에 공을 들여 왔다. 지난해 11월에는 망막질환 AI 진단 "
    "알고리즘을 의료 AI 기업 옵티코닉스에 기술이전하는 계약을 체결하기도 했다. 3개 기관은 오는 10월 "
    "한국제약바이오협회가 주최하는 'AI 신약개발 콘퍼런스'에서 공동연구 중간 성과를 발표할 예정이다."
)
BUNDANG_TITLE = "세브란스병원·보령·몰텍바이오, AI 폐섬유증 신약 '3각 공조'…기술이전 협상도"


def test_the_hospital_and_its_partner_told_as_what_an_agreement_continues_are_the_pair_working_together():
    rels = relations(BUNDANG, "2025-08-12", BUNDANG_TITLE)
    partnerships = [p for t, p in rels if t == "partnership"]
    assert partnerships == [{"세브란스병원", "몰텍바이오"}], rels


def test_the_company_after_its_round_and_lead_investor_is_the_one_that_raised():
    selections = [p for t, p in relations(BUNDANG, "2025-08-12", BUNDANG_TITLE) if t == "selection"]
    assert selections == [{"몰텍바이오", "국가신약개발사업단"}], selections


def test_a_headlines_deal_still_being_negotiated_gives_no_parties_to_a_contract():
    contracts = [p for t, p in relations(BUNDANG, "2025-08-12", BUNDANG_TITLE) if t == "contract"]
    assert contracts == [{"세브란스병원", "옵티코닉스"}], contracts


def test_three_institutions_presenting_results_are_the_articles_partners_not_the_vcs_of_a_round():
    events = [p for t, p in relations(BUNDANG, "2025-08-12", BUNDANG_TITLE) if t == "event"]
    assert events == [{"세브란스병원", "보령", "몰텍바이오", "한국제약바이오협회"}], events


def test_an_earlier_agreement_the_new_one_follows_is_its_own_mou():
    text = (
        "충북도는 9일 청주시, 충북대학교와 '오송 바이오 캠퍼스 조성 업무협약'을 체결했다고 밝혔다. "
        "생명연과 오송재단도 지난해 9월 '비임상 평가 협력' 업무협약을 맺고 플랫폼을 공동 개발해 왔다. "
        "이번 협약은 도가 지난해 3월 한국과학기술원(KAIST)과 맺은 'K-바이오 스퀘어' 조성 협약의 "
        "후속 성격도 띤다."
    )
    mous = [p for t, p in relations(text, "2025-04-09") if t == "mou"]
    assert {"충청북도", "한국과학기술원"} in mous and not any(
        "한국과학기술원" in p and len(p) > 2 for p in mous
    ), mous


def test_the_regulator_whose_approval_strategy_a_company_was_coached_on_is_no_selector():
    text = (
        "디지털치료제 스타트업 미라젠은 지난해 보건복지부와 한국보건산업진흥원이 운영하는 "
        "'글로벌 진출 지원사업' 대상 기업으로 선정돼 미국 식품의약국(FDA) 인허가 전략 컨설팅을 받았다."
    )
    assert relations(text, "2025-02-18") == [("selection", {"미라젠", "보건복지부", "한국보건산업진흥원"})]


CUBE = (
    "일회용 세포배양백을 국산화한 중소기업이 대형 CDMO 기업에 제품을 공급한다. 셀팩바이오는 "
    "롯데바이오로직스와 62억원 규모의 공급 계약을 체결했다고 21일 밝혔다. 산업통상자원부와 "
    "한국산업기술진흥원(KIAT)은 지난 4월 '바이오 소부장 실증 지원사업' 수행기관으로 인천테크노파크(인천TP)와 "
    "셀팩바이오, 롯데바이오로직스를 선정했다. 3개 기관은 컨소시엄을 꾸려 2027년까지 대용량 배양백의 GMP 환경 "
    "실증을 진행한다. 롯데바이오로직스가 이 결과를 토대로 정식 구매를 결정하면서 이번 계약으로 이어졌다. "
    "핵심은 세포와 직접 닿는 다층 필름이다. 회사는 2023년부터 한국화학연구원(화학연)과 함께 5중 필름을 "
    "공동 개발해 왔다."
)
CUBE_TITLE = "국산 일회용 배양백, 롯데바이오 송도공장 뚫었다…셀팩바이오 62억 공급계약"


def test_the_one_company_a_headline_names_after_a_description_is_the_one_company_means():
    partnerships = [p for t, p in relations(CUBE, "2025-10-21", CUBE_TITLE) if t == "partnership"]
    assert {"셀팩바이오", "한국화학연구원"} in partnerships, partnerships


def test_three_institutions_after_a_selection_are_the_three_selected_an_agency_among_them():
    partnerships = [p for t, p in relations(CUBE, "2025-10-21", CUBE_TITLE) if t == "partnership"]
    assert {"인천테크노파크", "셀팩바이오", "롯데바이오로직스"} in partnerships, partnerships


NORVIK = (
    "Norvik Biologics, a Korean biosimilar developer, said Tuesday that it has signed an exclusive license "
    "agreement with Czech generics maker Pravona for NB-D01, its biosimilar referencing Prolia (denosumab). "
    "Norvik will supply the finished product. The drug substance is produced by Samsung Biologics, "
    "with which Norvik signed a contract manufacturing agreement in 2024. Partnering with a company "
    "that has strong pharmacy networks in Central and Eastern Europe was essential, Norvik CEO "
    "Park Jun-seok said. "
    "Denosumab is one of the largest biologic molecules losing exclusivity, said an official at Pravona. "
    "The two companies first met at BIO-Europe Spring, the partnering conference organized by EBD Group in "
    "Milan in March. In November 2023, the company signed an 18 million dollar deal with Hikma "
    "Pharmaceuticals to commercialize the biosimilar in the Middle East. Founded in 2018, Norvik has raised "
    "about 110 billion won to date. Its most recent round, a 45 billion won pre-IPO financing in September "
    "last year, was led by Korea Development Bank (KDB). Mirae Asset Venture Investment also joined "
    "the round."
)


def test_a_demonym_a_world_region_and_a_drug_name_are_no_organisations():
    names = {o.canonical for o in find_organizations_en(NORVIK, default_gazetteer())}
    assert not names & {"Czech", "Central", "Eastern Europe", "Denosumab"}, names
    assert {"Norvik Biologics", "Pravona"} <= names, names


def test_the_two_companies_are_the_pair_the_sentence_before_spoke_for_not_the_last_deal():
    events = [p for t, p in relations_en(NORVIK, "2025-06-17") if t == "event"]
    assert events == [{"Norvik Biologics", "Pravona", "EBD Group"}], events


def test_a_deal_with_a_firm_to_commercialize_a_product_is_a_contract():
    assert ("contract", {"Norvik Biologics", "Hikma Pharmaceuticals"}) in relations_en(NORVIK, "2025-06-17")


def test_a_running_total_is_no_round_and_a_round_led_by_an_investor_is_one():
    rounds = [p for t, p in relations_en(NORVIK, "2025-06-17") if t == "investment"]
    assert rounds == [{"Norvik Biologics", "한국산업은행", "미래에셋벤처투자"}], rounds


BOSTON = (
    "대전시와 대전테크노파크(대전TP)는 '보스턴 현지 진출 지원사업' 참여 기업으로 ▲㈜셀로미드 ▲뉴라코어바이오 "
    "▲아크젠랩 ▲㈜티엠큐어 등 4개사를 지난 16일 최종 선정했다고 20일 밝혔다. 선정 기업들은 대전TP가 확보한 "
    "켄달스퀘어 공유 실험실 '하버웰 랩스(Harborwell Labs)'에 다음 달부터 차례로 입주한다. 대전TP는 앞서 "
    "지난 14일 하버웰 랩스와 업무협약을 체결했다. 대전TP가 지난해 1기로 선발한 라디온셀과 ㈜라온젠바이오 "
    "가운데 라디온셀은 지난해 11월 다나-파버 암연구소(Dana-Farber Cancer Institute)와 공동연구에 착수했다. "
    "올해 선정 기업들은 다음 달 미국바이오협회(BIO) 주최로 열리는 '바이오 USA'에 대전TP가 운영하는 대전 "
    "공동관으로 참가한다."
)
BOSTON_FOUR = {"셀로미드", "뉴라코어바이오", "아크젠랩", "티엠큐어"}


def test_a_hyphenated_name_spelt_in_latin_after_it_is_one_organisation():
    assert "다나-파버 암연구소" in org_types(BOSTON)


def test_one_of_the_firms_a_past_call_chose_is_a_selection_and_then_what_it_did():
    rels = relations(BOSTON, "2025-05-20")
    assert ("selection", {"대전테크노파크", "라디온셀", "라온젠바이오"}) in rels, rels
    assert ("partnership", {"라디온셀", "다나-파버 암연구소"}) in rels, rels


def test_where_the_selected_move_in_is_no_party_and_this_years_selected_stay_the_ones_meant():
    rels = relations(BOSTON, "2025-05-20")
    selections = [p for t, p in rels if t == "selection" and "셀로미드" in p]
    assert selections == [{"대전광역시", "대전테크노파크"} | BOSTON_FOUR], selections
    events = [p for t, p in rels if t == "event"]
    assert events == [{"미국바이오협회", "대전테크노파크"} | BOSTON_FOUR], events


OPENED = (
    "산업통상자원부와 인천광역시, 연세대학교는 26일 연세대 국제캠퍼스에서 '바이오공정 교육센터' 개소식을 "
    "열었다고 밝혔다. 이날 개소식에는 삼성바이오로직스·셀트리온 관계자 150여명이 참석했다. 산업부는 2022년 "
    "7월 '바이오공정 교육센터 구축사업' 공모에서 인천시를 사업지로 선정했다. 이날 개소식에서는 협약이 "
    "체결됐다. 센터는 삼성바이오로직스, 셀트리온과 '전문인력 양성 협약'을 맺었다. 센터는 앞서 지난 9월 "
    "싸이티바(Cytiva)와 50억원 규모의 장비 공급 계약을 맺었다."
)


def test_a_centre_opened_that_signs_deals_later_is_an_organisation_but_no_party_of_its_opening():
    rels = relations(OPENED, "2024-11-26")
    assert ("mou", {"바이오공정 교육센터", "삼성바이오로직스", "셀트리온"}) in rels, rels
    assert ("contract", {"바이오공정 교육센터", "싸이티바"}) in rels, rels
    assert ("selection", {"산업통상자원부", "인천광역시"}) in rels, rels
    events = [p for t, p in rels if t == "event"]
    assert events and all("바이오공정 교육센터" not in p for p in events), events


def test_a_centre_opened_that_signs_nothing_is_no_organisation():
    text = (
        "충남도는 3일 천안에서 '바이오 공동활용 장비센터' 개소식을 열었다. 센터는 연말까지 장비 10종을 "
        "추가로 들여올 계획이다."
    )
    assert "바이오 공동활용 장비센터" not in org_types(text)


def test_an_acronym_opening_a_firms_latin_name_and_a_japanese_drugmakers_form_are_organisations():
    text = (
        "앨러릭스는 2023년 오비메드(OrbiMed)가 리드한 시리즈B를 마무리했다. 당시 라운드에는 "
        "RB캐피탈매니지먼트(RB Capital Management)도 참여했다. 리가켐바이오사이언스는 지난해 10월 "
        "일본 미노약품공업에 ADC 후보물질을 기술이전했다."
    )
    names = org_types(text)
    assert {"RB캐피탈매니지먼트", "미노약품공업"} <= set(names), names
    assert ("contract", {"리가켐바이오사이언스", "미노약품공업"}) in relations(text, "2025-02-11")


WONJU = (
    "메디센텍 240만달러 공급계약·누벨메딕스 중동 독점유통 MOU\n"
    "(재)춘천바이오테크노밸리(이하 테크노밸리)는 지난 24일 수출상담회를 열었다고 26일 밝혔다. "
    "체외진단 기기 전문기업 메디센텍은 첫날 민딘메디컬과 240만달러 규모의 공급계약을 체결했다. "
    "휴대용 초음파 진단기를 생산하는 누벨메딕스는 이튿날 알하야트헬스케어와 업무협약(MOU)을 맺었다. "
    "양사는 내년 상반기 인허가를 마치는 대로 본계약을 체결할 계획이다. 테크노밸리는 지난해 보건복지부와 "
    "한국보건산업진흥원이 공모한 '수출 거점기관 지원사업'에 선정돼 국비 24억원을 지원받고 있으며, 이번 "
    "상담회도 이 사업의 일환으로 마련됐다. 오는 11월 독일에서 열리는 전시회 '메디카(MEDICA) 2024'에는 "
    "메디센텍과 누벨메딕스 등 10개사와 함께 강원 공동관을 꾸려 참가할 예정이다."
)


def test_a_short_form_given_with_이하_is_the_same_organisation():
    assert "테크노밸리" not in org_types(WONJU)
    chosen = {"춘천바이오테크노밸리", "보건복지부", "한국보건산업진흥원"}
    assert ("selection", chosen) in relations(WONJU, "2024-09-26")


def test_a_subtitle_listing_two_deals_pairs_no_one_and_a_signing_planned_for_next_year_is_no_deal():
    rels = relations(WONJU, "2024-09-26")
    assert ("mou", {"메디센텍", "누벨메딕스"}) not in rels, rels
    contracts = [p for t, p in rels if t == "contract"]
    assert contracts == [{"메디센텍", "민딘메디컬"}], contracts


def test_an_event_told_as_part_of_a_programme_is_no_event_of_the_programmes_owners():
    events = [p for t, p in relations(WONJU, "2024-09-26") if t == "event"]
    assert not any("보건복지부" in p for p in events), events


def test_the_body_that_leads_firms_to_a_fair_pavilion_takes_part_too():
    events = [p for t, p in relations(WONJU, "2024-09-26") if t == "event"]
    assert {"춘천바이오테크노밸리", "메디센텍", "누벨메딕스"} in events, events


def test_a_firms_other_name_in_brackets_after_its_country_is_the_same_firm():
    text = (
        "오르젠셀은 22일 투자 유치를 완료했다고 밝혔다. 지난해 10월 글로벌 제약사 MSD(미국 머크)와 "
        "오가노이드 기반 간독성 평가 서비스 계약을 맺고 첫 해외 매출을 올렸다."
    )
    assert "머크" not in org_types(text)
    assert ("contract", {"오르젠셀", "MSD"}) in relations(text, "2025-07-22")


def test_unknown_names_listed_as_rivals_in_a_market_are_organisations():
    text = "국내 오가노이드 시장에서는 넥스트온바이오, 오가노이드랩스 등이 경쟁하고 있다."
    assert {"넥스트온바이오", "오가노이드랩스"} <= set(org_types(text))


LOTTE = (
    "Lotte Biologics has won a contract manufacturing order from a U.S. biotech. The CDMO said Wednesday "
    "that it signed a $96 million deal on Tuesday with Calverra Therapeutics, a Philadelphia-based "
    "developer of antibody-drug conjugates (ADCs), to produce supplies at its Syracuse, New York, plant. "
    "Lotte Biologics said it had agreed to acquire a biologics plant in Holly Springs, North Carolina, "
    "from Pinewood Biomanufacturing for $270 million. Lotte Biologics entered the U.S. market in 2022 by "
    "buying Bristol Myers Squibb's Syracuse plant for $160 million."
)


def test_a_town_before_its_state_or_after_an_owner_is_a_place_and_a_biomanufacturer_a_firm():
    names = {o.canonical for o in find_organizations_en(LOTTE, default_gazetteer())}
    assert "Syracuse" not in names and "Pinewood Biomanufacturing" in names, names


def test_deals_with_a_day_between_and_a_plant_bought_from_its_owner_are_contracts():
    rels = relations_en(LOTTE, "2025-10-15")
    for partner in ("Calverra Therapeutics", "Pinewood Biomanufacturing", "BMS"):
        assert ("contract", {"롯데바이오로직스", partner}) in rels, rels


SOBUJANG = (
    "산업통상자원부는 한국산업기술기획평가원(KEIT)과 함께 신규 지원 대상으로 3개 과제를 최종 선정했다고 8일 "
    "밝혔다. 선정 과제와 주관기관은 ▲동물세포 배양용 무혈청 배지 개발(㈜배지코어) ▲항체 정제용 친화성 레진 "
    "개발(레지넥스) ▲mRNA 원료용 캡핑 효소 국산화(엔자이랩스) 등이다. 배양배지 과제는 배지코어가 주관하고 "
    "한국생명공학연구원과 연세대학교가 참여기관으로 이름을 올렸다. mRNA 원료 과제는 엔자이랩스가 주관하고 "
    "SK바이오사이언스와 한국과학기술원(KAIST)이 함께한다. 한편 KEIT와 한국바이오의약품협회는 오는 24일 "
    "'바이오 소부장 수요-공급기업 협의회'를 공동으로 열고 이번에 선정된 과제들의 개발 계획을 공유할 "
    "예정이다. 양 기관은 해마다 정례 교류회를 열고 있다."
)


def test_the_leads_bracketed_after_bullet_projects_are_the_selected():
    rels = relations(SOBUJANG, "2025-04-08")
    chosen = {"산업통상자원부", "한국산업기술기획평가원", "배지코어", "레지넥스", "엔자이랩스"}
    assert [p for t, p in rels if t == "selection"] == [chosen], rels


def test_a_project_one_body_leads_and_others_join_is_a_partnership_not_an_event():
    rels = relations(SOBUJANG, "2025-04-08")
    assert ("partnership", {"배지코어", "한국생명공학연구원", "연세대학교"}) in rels, rels
    assert ("partnership", {"엔자이랩스", "SK바이오사이언스", "한국과학기술원"}) in rels, rels


def test_a_council_meeting_held_together_is_an_event_and_a_yearly_one_no_occasion():
    events = [p for t, p in relations(SOBUJANG, "2025-04-08") if t == "event"]
    assert events == [{"한국산업기술기획평가원", "한국바이오의약품협회"}], events


def test_what_companies_get_listed_before_등_기업_지원_are_no_organisations():
    text = (
        "대표단은 재단으로부터 비임상 평가와 시험생산 등 기업 지원 인프라에 대한 설명을 들었다. "
        "뉴로셀은 지난해 9월 아스텔라스와 후보물질 평가를 위한 옵션 계약을 맺은 바 있다."
    )
    names = org_types(text)
    assert not {"평가", "시험생산"} & set(names), names


def test_the_park_a_firm_sits_in_and_the_area_toured_are_no_hosts():
    text = (
        "충북도는 아스텔라스 대표단이 지난 14일 오송 첨단의료복합단지와 대덕특구 일대를 방문했다고 밝혔다. "
        "이어 대표단은 오송생명과학단지에 자리한 신경질환 치료제 개발기업 ㈜뉴로파인을 찾았다."
    )
    visits = [p for t, p in relations(text, "2024-11-17") if t == "visit"]
    assert not any({"대덕특구", "오송생명과학단지"} & p for p in visits), visits


def test_a_funds_managers_join_its_commitments_and_two_bodies_chosen_are_those_managers():
    text = (
        "펀드에는 한국벤처투자가 300억원, 도가 120억원, 김해시가 30억원을 출자했다. BNK경남은행(50억원)과 "
        "대웅제약(20억원)도 출자자로 이름을 올렸다. 운용은 한솔벤처파트너스가 대표 운용사(GP)를, "
        "경남창조경제혁신센터가 공동 운용사(Co-GP)를 맡는다. 경남도와 한국벤처투자는 지난 4월 공모를 거쳐 "
        "두 기관을 운용사로 선정했다."
    )
    rels = relations(text, "2025-09-03")
    managers = {"한솔벤처파트너스", "경남창조경제혁신센터"}
    funds = [p for t, p in rels if t == "investment"]
    assert len(funds) == 1 and managers <= funds[0], rels
    assert ("selection", {"경상남도", "한국벤처투자"} | managers) in rels, rels


MICROBE = (
    "지난 13일 정읍 농생명 미생물 실증지원센터 대회의실에서 열린 '미생물 산업화 성장 동행 협약식'에서 "
    "전북특별자치도와 전북바이오융합산업진흥원 관계자들이 기념촬영을 하고 있다. 도는 국내외 전시회 참가와 "
    "바이어 상담 비용 등 판로 개척 예산을 연계한다. 진흥원은 전북대 연구진이 기능성을 검증하는 공동연구를 "
    "진행하고 있다. 진흥원은 오는 27일 센터에서 정읍시와 공동으로 '미생물 산업화 포럼'을 연다. 포럼에서는 "
    "한국식품연구원과 대상㈜ 연구진이 각각 발효 소재 시장 동향을 주제로 발표할 예정이다."
)


def test_a_signing_ceremony_in_a_meeting_room_and_a_fair_budget_are_no_events():
    events = [p for t, p in relations(MICROBE, "2025-02-14") if t == "event"]
    assert len(events) == 1, events


def test_the_presenters_of_the_forum_just_told_and_a_firm_with_its_mark_before_its_people():
    names = org_types(MICROBE)
    assert "대상" in names and "연구진" not in names, names
    events = [p for t, p in relations(MICROBE, "2025-02-14") if t == "event"]
    assert events == [{"전북바이오융합산업진흥원", "정읍시", "한국식품연구원", "대상"}], events


FORGE = (
    "셀포지랩은 넥스카테라퓨틱스와 185억원 규모의 위탁생산 계약을 체결했다고 12일 밝혔다. 회사는 미국 "
    "싸이티바(Cytiva)와 자동화 세포 처리 시스템 '세피아(Sefia)' 20대에 대한 공급계약을, 독일 "
    "밀테니바이오텍(Miltenyi Biotec)과는 폐쇄형 세포 제조장비 '클리니맥스 프로디지(CliniMACS Prodigy)' "
    "공급계약을 각각 맺었다. 인력 확보를 위해 한국공학대학교와 산학협력에도 나선다."
)


def test_two_supply_deals_sharing_one_verb_are_two_contracts_and_a_quoted_product_no_firm():
    assert "클리니맥스 프로디지" not in org_types(FORGE)
    contracts = [p for t, p in relations(FORGE, "2025-06-12") if t == "contract"]
    assert {"셀포지랩", "싸이티바"} in contracts and {"셀포지랩", "밀테니바이오텍"} in contracts, contracts


def test_going_into_industry_academia_cooperation_with_a_university_is_a_partnership():
    assert ("partnership", {"셀포지랩", "한국공학대학교"}) in relations(FORGE, "2025-06-12")


def test_the_hospital_a_startups_founders_came_from_is_no_investor_and_a_long_joint_study_is_one():
    text = (
        "2020년 서울아산병원 영상의학과 출신 의료진이 창업한 ㈜스캔웨이는 지난해 6월 120억원 규모의 "
        "시리즈B 투자를 유치했다. 인터베스트가 라운드를 이끌었다. 스캔웨이는 킹사우드대학교(KSU)와 "
        "아랍인 환자의 흉부 영상 데이터 5만 건을 활용해 AI 모델을 현지 환경에 맞게 고도화하는 연구를 "
        "진행하기로 했다."
    )
    rels = relations(text, "2025-04-22")
    assert ("investment", {"스캔웨이", "인터베스트"}) in rels, rels
    assert ("partnership", {"스캔웨이", "킹사우드대학교"}) in rels, rels


def test_a_word_in_a_quoted_programme_name_is_no_party_and_a_climate_for_cooperation_no_partnership():
    text = (
        "앞서 ㈜마린젠바이오는 지난해 해양수산부와 해양수산과학기술진흥원이 추진하는 '해양바이오 산업화 "
        "인큐베이팅' 지원사업에 선정됐다. 부산테크노파크와 한국해양과학기술원, 부경대 등 연구·지원 기관이 "
        "영도 일대에 모여 있어 산학연 협력 여건이 좋다는 평가를 받는다."
    )
    rels = relations(text, "2024-09-25")
    assert rels == [("selection", {"마린젠바이오", "해양수산부", "해양수산과학기술진흥원"})], rels


YUHAN_PAGE = """BusinessKorea
HOME | Industry | Tech | Bio & Pharma | Finance

Yuhan Takes US$25 Million Stake in Boston Biotech Corvalis
Deal follows string of overseas bets by Korea's top drugmaker

Jung Min-ho
Posted : 2025-10-15 14:07   Updated : 2025-10-15 16:30

Facebook   Twitter   LinkedIn   Email

Yuhan Corp., one of South Korea's largest pharmaceutical companies, has acquired a minority stake in U.S. \
biotech Corvalis Therapeutics and agreed to jointly develop the company's bispecific antibody, the Korean \
drugmaker said on Oct. 15.

The two companies will co-develop CRV-214, a bispecific antibody that targets both PD-L1 and the \
tumor-associated antigen CLDN18.2 and is currently in a Phase 1 trial in the United States.

Yuhan's most successful partnership remains lazertinib, a lung cancer drug it in-licensed from Oscotec \
and its U.S. subsidiary Genosco in 2015.

Copyright BusinessKorea All rights reserved.
"""


def test_a_bare_name_above_the_posted_line_is_the_reporter_not_the_body(extractor):
    article = extractor.extract_text(YUHAN_PAGE, filename="y.txt")
    assert article.reporter == "Jung Min-ho"
    assert "Jung Min-ho" not in article.body


def test_drug_targets_are_no_firms_and_a_licence_told_after_a_firms_partnership_is_a_contract(extractor):
    article = extractor.extract_text(YUHAN_PAGE, filename="y.txt")
    names = {o.canonical for o in article.organizations}
    assert not {"PD-L1", "CLDN18.2"} & names, names
    rels = [(r.type, set(r.parties)) for r in article.relations]
    assert ("contract", {"유한양행", "Oscotec", "Genosco"}) in rels, rels
    assert ("partnership", {"유한양행", "Corvalis Therapeutics"}) in rels, rels


def test_an_agency_referred_to_by_its_type_word_as_who_chose_is_the_selector():
    text = (
        "이번 기술이전은 한국보건산업진흥원(진흥원)의 지원사업이 밑거름이 됐다. 영남대 산학협력단은 지난해 "
        "진흥원으로부터 이 사업 수행기관으로 선정돼 특허 포트폴리오 구축을 지원받았다."
    )
    selections = [p for t, p in relations(text, "2025-02-21") if t == "selection"]
    assert selections == [{"한국보건산업진흥원", "영남대 산학협력단"}], selections


def test_a_health_body_is_an_organisation_and_a_pathogen_it_designates_no_selection():
    text = (
        "아르테백스는 감염병혁신연합과 백신 개발 계약을 체결했다. 세계보건기구(WHO)가 연구개발 우선순위 "
        "병원체로 지정했지만 아직 승인된 백신은 없다."
    )
    assert "세계보건기구" in org_types(text)
    assert not [p for t, p in relations(text, "2025-03-04") if t == "selection"]


JW = (
    "JW Pharmaceutical, the flagship drugmaker of JW Group, said Wednesday it has selected four startups. "
    "The four companies -- Cellavia Therapeutics, Peptrax, Nabion AI and Orbigen Bio -- were chosen by "
    "JW Pharmaceutical and Seoul Bio Hub. The program, dubbed JW Bridge Lab, was launched in March. "
    "At the event, JW said it would invest 2 billion won in Nabion AI. Peptrax will jointly develop a "
    "treatment for chronic gout with C&C Research Laboratories, JW Pharmaceutical said."
)


def test_names_set_off_by_dashes_after_the_companies_are_a_list_of_firms():
    text = JW.split(" The program")[0]
    names = {o.canonical for o in find_organizations_en(text, default_gazetteer())}
    assert "Peptrax" in names, names


def test_a_short_form_goes_to_the_name_written_most_among_those_it_opens():
    rels = relations_en(JW, "2025-09-24")
    assert ("investment", {"JW Pharmaceutical", "Nabion AI"}) in rels, rels
