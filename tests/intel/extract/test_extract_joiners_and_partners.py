"""Rules found in the 2026-12-06 session on holdout20–23 (development sets since that session) and the
older sets: investors joining a round in a sentence of their own, group words, selections told around a
programme, presenters at an event, visitors and hosts, names spelt out in Latin or quoted; each written on
fresh text and checked to fail on the code before it."""

from __future__ import annotations

from rule_helpers import org_types, relations, relations_en

from biobridge.intel.extract.gazetteer import default_gazetteer
from biobridge.intel.extract.orgs import find_organizations
from biobridge.intel.extract.orgs_en import find_organizations_en


def _orgs(text: str) -> dict[str, str | None]:
    return org_types(text)


def _rels(text: str, published: str = "2025-09-16", title: str | None = None) -> list[tuple[str, set[str]]]:
    return relations(text, published, title)


def _rels_en(text: str) -> list[tuple[str, set[str]]]:
    return relations_en(text, "2025-07-15")


def test_an_investor_putting_money_in_joins_the_round():
    body = (
        "루미셀바이오가 120억원 규모의 시리즈A 투자를 유치했다.\n"
        "이번 라운드에는 인터베스트와 카카오벤처스가 참여했다. "
        "한미약품 계열 벤처캐피털인 한국투자파트너스도 15억원을 넣으며 주주 명단에 이름을 올렸다."
    )
    rels = _rels(body)
    investments = [parties for kind, parties in rels if kind == "investment"]
    assert investments == [{"루미셀바이오", "인터베스트", "카카오벤처스", "한국투자파트너스"}]


def test_the_pair_after_a_partner_introduced_alone_is_the_topic_and_the_partner():
    body = (
        "오르카젠바이오는 유전자치료제 개발 기업이다. 오르카젠바이오는 올해 임상 1상에 진입한다. "
        "오르카젠바이오 관계자는 '순조롭다'고 말했다. 벡터 생산은 국내 위탁개발생산 기업 이엔셀이 맡는다. "
        "양사는 지난해 10월 임상용 벡터 생산을 위한 위탁생산 계약을 맺었다."
    )
    assert ("contract", {"오르카젠바이오", "이엔셀"}) in _rels(body)


def test_a_companys_lab_is_not_an_organisation_of_its_own():
    body = (
        "김민수 장관이 17일 춘천 바이오타운 내 셀로닉스 연구소를 찾았다. "
        "이어 서울 마곡 연구소에서 열린 간담회에 참석했다."
    )
    orgs = _orgs(body)
    assert "셀로닉스 연구소" not in orgs
    assert "마곡 연구소" not in orgs


def test_a_round_told_without_its_company_belongs_to_the_last_subject():
    body = (
        "노바셀릭스바이오는 지난해 5월 중기부의 팁스에 선정됐다. 앞서 2023년 3월에는 30억원 규모의 "
        "시드 투자를 유치했다. 당시 투자는 인터베스트가 주도했고, 카카오벤처스가 함께 참여했다."
    )
    investments = [parties for kind, parties in _rels(body) if kind == "investment"]
    assert investments == [{"노바셀릭스바이오", "인터베스트", "카카오벤처스"}]


def test_a_round_told_without_a_company_after_a_subject_of_its_own_is_not_the_last_subjects():
    body = (
        "아스트라제네카는 이 프로그램을 운영한다. 참여 기업 6곳은 총 210억원 규모의 후속 투자를 유치하는 "
        "성과를 냈다."
    )
    assert not [parties for kind, parties in _rels(body) if kind == "investment"]


def test_the_difficulty_of_raising_money_is_not_a_round():
    body = (
        "김민수 중소벤처기업부 장관은 춘천의 세포라인바이오를 찾았다. 김 장관은 설비를 둘러본 뒤 "
        "세포라인바이오 관계자들로부터 후속 투자 유치 과정의 어려움을 들었다."
    )
    assert not [parties for kind, parties in _rels(body) if kind == "investment"]


def test_a_headline_handshake_of_three_is_the_agreement_the_body_tells():
    title = "경북바이오진흥원·국제백신연구소·오로백스바이오, 안동서 mRNA 백신 '맞손'"
    body = (
        "경북바이오진흥원은 지난 11일 국제백신연구소, 오로백스바이오와 백신 공동 개발을 위한 "
        "업무협약을 체결했다. "
        "회사는 창업 초기부터 안동대학교와 백신 후보물질에 대한 공동연구를 이어오고 있다."
    )
    rels = _rels(body, title=title)
    assert ("mou", {"경북바이오진흥원", "국제백신연구소", "오로백스바이오"}) in rels
    assert ("partnership", {"오로백스바이오", "안동대학교"}) in rels


def test_a_selection_naming_only_the_ministries_selected_the_company_just_talked_about():
    title = "경북바이오진흥원·루미나백스바이오, 안동서 백신 '맞손'"
    body = (
        "경북바이오진흥원은 루미나백스바이오와 업무협약을 체결했다. 루미나백스바이오는 2021년 설립됐다. "
        "회사는 안동대학교와 공동연구를 이어오고 있다. 지난해 4월에는 보건복지부와 한국보건산업진흥원이 "
        "추진하는 '감염병 기술개발사업' 신규 과제에 선정돼 3년간 24억원을 지원받고 있다."
    )
    assert ("selection", {"보건복지부", "한국보건산업진흥원", "루미나백스바이오"}) in _rels(body, title=title)


def test_a_region_selected_by_a_ministry_is_the_selected_side():
    title = "경북바이오진흥원·루미나백스바이오, 안동서 백신 '맞손'"
    body = (
        "경북바이오진흥원은 루미나백스바이오와 업무협약을 체결했다. "
        "경상북도는 지난해 6월 산업통상자원부의 바이오 특화단지 공모에서 안동이 백신 분야로 선정되면서 "
        "기반시설 확충에 속도를 내고 있다."
    )
    assert ("selection", {"산업통상자원부", "경상북도"}) in _rels(body, title=title)


def test_a_region_designated_while_something_else_happens_is_selected():
    body = (
        "경상북도는 지난달 산업통상자원부로부터 바이오 특화단지로 최종 지정되면서 "
        "투자 유치에 속도를 내고 있다."
    )
    assert ("selection", {"경상북도", "산업통상자원부"}) in _rels(body)


def test_a_consortium_with_a_quoted_name_is_a_partnership():
    body = "인력 양성을 위해 충청북도는 충북대학교, 청주대학교와 '바이오 인력양성 컨소시엄'을 꾸렸다."
    assert ("partnership", {"충청북도", "충북대학교", "청주대학교"}) in _rels(body)


def test_presenters_at_this_forum_take_part_in_the_forum_announced():
    body = (
        "충청북도와 충북테크노파크는 오는 9월 청주에서 '오송 바이오 비전 포럼'을 연다. "
        "산업통상자원부가 후원하는 이번 포럼에서는 넥사셀바이오와 루미온바이오가 투자 계획을 발표하고, "
        "한국생명공학연구원이 연구 성과를 소개한다."
    )
    events = [parties for kind, parties in _rels(body) if kind == "event"]
    assert events == [
        {"충청북도", "충북테크노파크", "산업통상자원부", "넥사셀바이오", "루미온바이오", "한국생명공학연구원"}
    ]


def test_public_money_put_into_a_cluster_is_not_a_round():
    body = (
        "산업통상자원부는 충북 특화단지에 2029년까지 국비 1200억원을 투입하고, "
        "충북테크노파크가 운영을 맡는다."
    )
    assert not [parties for kind, parties in _rels(body) if kind == "investment"]


def test_a_national_university_written_three_ways_is_one():
    body = (
        "목포해양바이오진흥원은 국립목포대학교와 업무협약을 맺었다. 협약식은 국립목포대 도림캠퍼스 "
        "대학본부에서 열렸다. 국립목포대 총장은 인사말을 했다. 목포대 연구진은 소재를 맡는다."
    )
    orgs = _orgs(body)
    assert "국립목포대" not in orgs and "목포대" not in orgs
    assert orgs.get("국립목포대학교") == "university"


def test_a_campus_where_an_agreement_was_signed_is_a_place():
    body = (
        "목포해양바이오진흥원은 지난 22일 국립목포대 도림캠퍼스 대학본부에서 국립목포대학교, 씨엘로바이오와 "
        "업무협약을 체결했다."
    )
    assert _rels(body) == [("mou", {"목포해양바이오진흥원", "국립목포대학교", "씨엘로바이오"})]


def test_extracting_a_substance_is_not_selecting():
    body = (
        "2022년 국립목포대 해양바이오공학과 연구진이 창업한 씨엘로바이오는 미세조류에서 항염 물질을 "
        "고순도로 뽑아내는 기술을 갖고 있다."
    )
    assert not [parties for kind, parties in _rels(body) if kind == "selection"]


def test_three_organisations_named_again_after_other_deals_are_the_three_that_signed():
    body = (
        "목포해양바이오진흥원은 국립목포대학교, 씨엘로바이오와 업무협약을 체결했다. "
        "씨엘로바이오는 지난해 코스맥스와 원료 공동 개발 계약을 맺었다. "
        "전라남도는 지난달 씨엘로바이오를 실증 지원사업 수혜기업으로 선정했다. "
        "3개 기관은 오는 6월 전라남도가 주최하는 '해양바이오 포럼'에서 연구 계획을 발표한다."
    )
    events = [parties for kind, parties in _rels(body) if kind == "event"]
    assert events == [{"목포해양바이오진흥원", "국립목포대학교", "씨엘로바이오", "전라남도"}]


def test_the_day_an_agreement_was_announced_is_not_another_signing():
    body = (
        "목포해양바이오진흥원은 국립목포대학교, 씨엘로바이오와 업무협약을 체결했다고 23일 밝혔다. "
        "협약식은 지난 22일 목포해양바이오진흥원, 국립목포대학교, 씨엘로바이오 대표들이 모인 가운데 "
        "업무협약을 체결하는 자리로 열렸다."
    )
    mous = [parties for kind, parties in _rels(body, published="2025-04-23") if kind == "mou"]
    assert mous == [{"목포해양바이오진흥원", "국립목포대학교", "씨엘로바이오"}]


def test_fields_listed_before_the_companies_working_in_them_are_not_companies():
    body = "캠퍼스에는 미생물, 종자, 곤충, 대체식품 등 그린바이오 분야 창업기업과 벤처기업이 입주한다."
    orgs = _orgs(body)
    assert not {"미생물", "종자", "곤충", "대체식품"} & set(orgs)


def test_products_listed_inside_a_description_bracket_are_not_companies():
    body = "선정 기업은 ▲셀로미엔(무혈청 세포배양 배지) ▲포트바이오텍(일회용 무균 커넥터·튜빙) 등 2곳이다."
    orgs = _orgs(body)
    assert {"셀로미엔", "포트바이오텍"} <= set(orgs)
    assert not {"커넥터", "튜빙"} & set(orgs)


def test_a_global_drugmakers_korean_arm_keeps_its_korean_name_beside_the_groups():
    body = (
        "서울바이오허브는 지난해 한국얀센과도 업무협약을 맺었다. 한국노바티스는 참여했다. "
        "노바티스 본사도 왔다."
    )
    found = {o.canonical: o.name for o in find_organizations(body, default_gazetteer())}
    assert found.get("얀센") == "한국얀센"
    assert found.get("노바티스") == "한국노바티스"


_PROGRAMME = (
    "서울바이오허브는 한국로슈와 업무협약을 맺고 '대덕 오픈이노베이션' 프로그램을 운영해 왔다. "
    "베링거인겔하임과 카카오벤처스, 인터베스트 심사역 등 80여 명이 참석해 발표를 지켜봤다. "
    "앞서 양 기관은 지난 3월 ▲오르빗셀바이오 ▲레미젠바이오 ▲아이소트리아바이오 등 3개사를 최종 선정했다. "
    "이날 데모데이에서 3개사는 각각 20분씩 연구 성과를 발표했다. "
    "서울바이오허브는 참여 기업 3곳의 후속 투자 유치를 이끌어낸 바 있다."
)


def test_the_two_institutions_after_an_adverb_are_the_pair_named_before():
    rels = _rels(_PROGRAMME)
    assert (
        "selection",
        {"서울바이오허브", "로슈", "오르빗셀바이오", "레미젠바이오", "아이소트리아바이오"},
    ) in rels


def test_the_three_companies_at_the_demo_day_are_the_three_selected():
    events = [parties for kind, parties in _rels(_PROGRAMME) if kind == "event"]
    assert len(events) == 1
    assert {"오르빗셀바이오", "레미젠바이오", "아이소트리아바이오"} <= events[0]


def test_a_round_of_companies_left_unnamed_is_no_investment():
    assert not [parties for kind, parties in _rels(_PROGRAMME) if kind == "investment"]


def test_hangul_words_spelt_out_in_latin_are_one_name():
    body = (
        "셀로지바이오는 지난해 미국 바이오기업 블루리버 셀웍스(Blueriver CellWorks)와 "
        "기술이전 계약을 맺었다. "
        "독일 머크 라이프사이언스(Merck Life Science)도 참여했다. "
        "로라 베넷(Laura Bennett) 블루리버 셀웍스 부회장은 '기대가 크다'고 말했다. "
        "이들은 '바이오 인터내셔널 컨벤션(BIO USA)'에서 만났다."
    )
    orgs = _orgs(body)
    assert "블루리버 셀웍스" in orgs and "셀웍스" not in orgs
    assert "로라 베넷" not in orgs and "인터내셔널 컨벤션" not in orgs
    assert "독일 머크 라이프사이언스" not in orgs


def test_what_the_three_institutions_do_under_the_agreement_is_its_content():
    body = (
        "경상남도와 경남테크노파크, 한국생명공학연구원은 업무협약을 맺었다. "
        "3개 기관은 협약에 따라 △전문인력 교류 △공동 세미나 개최 등에 협력하기로 했다."
    )
    assert _rels(body) == [("mou", {"경상남도", "경남테크노파크", "한국생명공학연구원"})]


def test_a_campus_with_a_long_building_name_where_a_deal_was_signed_is_a_place():
    body = "경상남도와 경남테크노파크는 이날 부산대 양산캠퍼스 첨단의생명융합센터에서 업무협약(MOU)을 맺었다."
    assert _rels(body) == [("mou", {"경상남도", "경남테크노파크"})]


def test_a_us_states_department_is_a_government():
    body = "경상북도는 캘리포니아주 상무부 대표단이 지난 23일 안동을 방문했다고 밝혔다."
    assert _orgs(body).get("캘리포니아주 상무부") == "government"


def test_a_plant_bought_from_a_company_far_down_the_sentence_is_a_deal():
    body = (
        "Norvex Bio Co., a South Korean CDMO, said on Tuesday it has agreed to acquire a plant in Muttenz, "
        "near Basel, Switzerland, from Swiss drugmaker Aldermatt Pharma AG for $152 million. "
        "Norvex Bio said the deal would close in the fourth quarter."
    )
    assert _rels_en(body) == [("contract", {"Norvex Bio Co", "Aldermatt Pharma AG"})]
    assert len(find_organizations_en(body, default_gazetteer())) == 2


def test_a_plant_bought_while_another_company_expanded_is_a_deal_of_its_own():
    body = (
        "Lotte Biologics bought a Bristol Myers Squibb antibody plant in Syracuse for $160 million in 2022, "
        "while SK pharmteco has expanded through acquisitions in France."
    )
    contracts = [parties for kind, parties in _rels_en(body) if kind == "contract"]
    assert len(contracts) == 1 and "SK pharmteco" not in str(contracts)


def test_the_company_in_english_is_the_company_the_sentence_before_was_about():
    body = (
        "Halvora Pharm said it had raised funds. Orixa Therapeutics, founded in 2020 by former researchers, "
        "is developing a liver-targeted drug. The company signed a manufacturing agreement with "
        "Halvora Pharm in 2023."
    )
    assert ("contract", {"Orixa Therapeutics", "Halvora Pharm"}) in _rels_en(body)


def test_english_names_with_a_saint_a_descriptor_or_a_disease():
    body = (
        "Halvora Pharm signed a memorandum of understanding with Seoul St. Mary's Hospital last Friday to "
        "develop a drug for Sjogren's syndrome. In March 2023, it acquired a 100 percent stake in "
        "Osong-based peptide manufacturer Peptrinox for 32 billion won."
    )
    names = {o.canonical for o in find_organizations_en(body, default_gazetteer())}
    assert {"Seoul St. Mary's Hospital", "Peptrinox"} <= names
    assert "Sjogren" not in names


def test_a_company_bought_is_not_the_round_its_buyer_raised():
    body = (
        "In March 2023, Halvora Pharm acquired a 100 percent stake in Osong-based peptide manufacturer "
        "Peptrinox for 32 billion won. The company raised 45 billion won in a Series B round last year, "
        "led by LB Investment."
    )
    investments = [parties for kind, parties in _rels_en(body) if kind == "investment"]
    assert {"Halvora Pharm", "Peptrinox"} in investments
    assert not any("Peptrinox" in p and len(p) > 2 for p in investments)


def test_a_known_agency_with_its_heads_title_attached_is_the_agency():
    body = "이날 개소식에는 인천경제자유구역청장과 식약처장을 비롯해 삼성바이오로직스 관계자가 참석했다."
    orgs = _orgs(body)
    assert orgs.get("인천경제자유구역청") == "government"
    assert orgs.get("식품의약품안전처") == "government"


_SERIES_A = (
    "인공지능 신약개발 스타트업 몰레큐젠바이오가 180억 원 규모의 시리즈A 투자를 유치했다고 3일 밝혔다. "
    "이번 라운드에는 한국투자파트너스와 인터베스트가 참여했다. "
    "시드 투자를 했던 블루포인트파트너스도 후속 투자에 나섰다. "
    "2022년 창업한 몰레큐젠바이오는 이듬해 블루포인트파트너스로부터 30억 원의 시드 투자를 받았다. "
    "몰레큐젠바이오는 지난 2월 사노피와 공동연구에 착수했다. "
    "대웅제약과는 지난해 11월부터 비만 치료제 후보물질을 공동으로 발굴하고 있다. "
    "투자를 주도한 한국투자파트너스의 김도현 상무는 "
    '"유한양행과의 공동연구가 가치를 입증했다"고 말했다. '
    "스탠다임과 갤럭스 등 선발 주자들이 제약사와의 협업 실적을 쌓고 있다."
)


def test_a_seed_round_told_after_the_series_a_it_joined_is_a_round_of_its_own():
    investments = [parties for kind, parties in _rels(_SERIES_A) if kind == "investment"]
    assert {"몰레큐젠바이오", "블루포인트파트너스"} in investments


def test_finding_candidates_together_with_the_subject_dropped_is_a_partnership():
    assert ("partnership", {"몰레큐젠바이오", "대웅제약"}) in _rels(_SERIES_A)


def test_names_inside_a_quote_and_a_record_of_work_with_unnamed_drugmakers_are_no_parties():
    rels = _rels(_SERIES_A)
    assert not any("유한양행" in parties for _kind, parties in rels)
    assert not any({"스탠다임", "갤럭스"} <= parties for _kind, parties in rels)


def test_a_place_topic_is_not_a_subject_of_its_own():
    body = (
        "몰레큐젠바이오는 지난 2월 사노피와 공동연구에 착수했다. "
        "국내에서는 보령과 후보물질 공급 계약을 맺었다."
    )
    assert ("contract", {"몰레큐젠바이오", "보령"}) in _rels(body)


def test_a_quoted_institution_name_is_one_organisation_wherever_written():
    body = (
        "22일 송도 '인천 바이오공정 교육훈련센터'에서 열린 개소식에서 참석자들이 테이프 커팅을 하고 있다. "
        "인천 바이오공정 교육훈련센터는 ㈜셀그리드바이오, ㈜케이셀팩토리와 업무협약을 맺었다. "
        "전라남도는 내년 '화순 바이오 전문인력 양성센터'를 착공한다."
    )
    orgs = _orgs(body)
    assert "인천 바이오공정 교육훈련센터" in orgs
    assert "화순 바이오 전문인력 양성센터" not in orgs
    assert ("mou", {"인천 바이오공정 교육훈련센터", "셀그리드바이오", "케이셀팩토리"}) in _rels(body)


def test_confirming_the_companies_that_carry_out_a_programme_selects_them():
    body = (
        "산업통상자원부와 한국산업기술기획평가원은 '바이오 소부장 실증 지원사업' 최종 수행기업을 지난 8일 "
        "확정했다고 9일 밝혔다. 선정 기업은 ▲아셉트로닉스 ▲엠브레아바이오 ▲크로마넥스 등 3곳이다."
    )
    assert (
        "selection",
        {"산업통상자원부", "한국산업기술기획평가원", "아셉트로닉스", "엠브레아바이오", "크로마넥스"},
    ) in _rels(body)


def test_the_bodies_describing_a_programme_selected_the_company_before():
    body = (
        "2021년 창업한 루멘바이오는 이듬해 시드 투자를 유치했다. 지난해에는 대구광역시와 대구테크노파크가 "
        "유망 기업을 발굴해 지원하는 '대구 바이오 스케일업' 사업에 선정돼 4억원을 지원받고 있다."
    )
    assert ("selection", {"대구광역시", "대구테크노파크", "루멘바이오"}) in _rels(body)


_DEMO_DAY = (
    "인천테크노파크는 지난 12일 '2025 바이오 데모데이'를 열었다고 13일 밝혔다. "
    "인천시가 주최하고 인천창조경제혁신센터가 공동 주관한 이번 행사는 카카오벤처스가 후원했다. "
    "무대에는 서류 심사를 통과한 3개사가 올랐다. ㈜넥실로젠을 비롯해 ㈜테라핀바이오, ㈜오르비셀텍 등이 "
    "차례로 8분간 IR 피칭을 하고 질의응답을 이어갔다. "
    "대상을 받은 넥실로젠은 이날 카카오벤처스로부터 30억원 규모의 프리A 투자를 유치했다고 밝혔다."
)


def test_startups_pitching_at_a_demo_day_take_part_in_it():
    events = [parties for kind, parties in _rels(_DEMO_DAY) if kind == "event"]
    assert len(events) == 1 and {"넥실로젠", "테라핀바이오", "오르비셀텍"} <= events[0]


def test_a_company_that_won_a_prize_is_not_selected_by_its_investor():
    rels = _rels(_DEMO_DAY)
    assert not [parties for kind, parties in rels if kind == "selection"]
    assert ("investment", {"넥실로젠", "카카오벤처스"}) in rels


def test_two_companies_that_each_raised_money_are_no_round_between_them():
    body = "대상 ㈜넥실로젠, 현장서 30억 투자 유치…㈜테라핀바이오도 시리즈A 마무리"
    assert not [parties for kind, parties in _rels(body) if kind == "investment"]


def test_a_dateline_before_the_reporter_names_the_reporter():
    from biobridge.intel.extract.metadata import find_reporter

    assert find_reporter("화순=한다인 기자") == "한다인"
    assert find_reporter("정책 = 변화 기대") is None


def test_the_presenting_companies_listed_after_an_event_take_part_in_it():
    body = (
        "충북테크노파크는 22일 청주에서 '2025 충북 바이오 IR데이'를 열었다고 밝혔다. "
        "발표 기업은 ▲넥사셀바이오(줄기세포 치료제) ▲진스캔메드(분자진단) "
        "▲오션바이오랩(해양바이오 소재) 등 3곳이다."
    )
    events = [parties for kind, parties in _rels(body) if kind == "event"]
    assert events == [{"충북테크노파크", "넥사셀바이오", "진스캔메드", "오션바이오랩"}]


def test_members_named_in_a_subtitle_take_part_in_no_occasion():
    body = "4년간 정부출연금 48억원 투입…강원대학교병원·충북대학교병원 외부 검증 참여"
    assert not [parties for kind, parties in _rels(body) if kind == "event"]


def test_the_round_joined_by_those_named_after_it():
    body = (
        "링크젠바이오가 300억원 규모의 시리즈B 투자를 유치했다. "
        "라운드에는 하나벤처스, 한국산업은행, 데일리파트너스가 참여했다."
    )
    rels = _rels(body)
    assert rels == [("investment", {"링크젠바이오", "하나벤처스", "한국산업은행", "데일리파트너스"})]


def test_working_with_unnamed_companies_ranking_together_or_proposing_is_no_partnership():
    body = (
        "대웅제약과 유한양행, JW중외제약 등도 AI 기업과의 협력을 잇달아 늘리고 있다. "
        "대구경북첨단의료산업진흥재단은 오송첨단의료산업진흥재단과 함께 양대 단지 운영 재단으로 꼽힌다. "
        "이철우 경상북도지사는 론자 측에 전문인력 양성 분야의 협력을 제안했다."
    )
    assert not [parties for kind, parties in _rels(body) if kind == "partnership"]


def test_preparing_a_trial_together_is_a_partnership():
    body = "특히 노블셀바이오는 전북대학교병원과 고형암 환자 대상 연구자 임상을 공동으로 준비하고 있다."
    assert ("partnership", {"노블셀바이오", "전북대학교병원"}) in _rels(body)


def test_the_centre_named_again_signs_and_buys_under_a_supply_contract():
    body = (
        "'인천 바이오공정 교육훈련센터'에서 개소식이 열렸다. 인천광역시는 예산을 댔다. "
        "센터는 지난해 12월 국립바이오공정교육연구소와 교육 프로그램 라이선스 계약을 맺은 바 있다. "
        "핵심 장비는 올해 2월 독일 싸토리우스(Sartorius)와 맺은 공급 계약에 따라 들여왔다."
    )
    rels = _rels(body)
    assert ("contract", {"인천 바이오공정 교육훈련센터", "국립바이오공정교육연구소"}) in rels
    assert ("contract", {"인천 바이오공정 교육훈련센터", "싸토리우스"}) in rels


def test_every_listed_name_is_a_mention_even_when_the_name_comes_back_later():
    body = (
        "서울바이오허브는 데모데이를 열고 최종 선정 기업을 발표했다. 최종 선정된 기업은 "
        "지노스케이프·뉴레카바이오·펩타일러·트레이시온·라이노셀 등 5곳이다. "
        "지노스케이프는 항암, 펩타일러는 인공지능, 트레이시온은 액체생검을 개발한다."
    )
    found = {o.canonical: o for o in find_organizations(body, default_gazetteer())}
    assert len(found["펩타일러"].mentions) == 2 and len(found["트레이시온"].mentions) == 2


def test_hospitals_that_stand_designated_were_not_selected_here():
    body = "현재 서울대학교병원, 세브란스병원 등 전국 10개 병원이 연구중심병원으로 지정돼 있다."
    assert not [parties for kind, parties in _rels(body) if kind == "selection"]


def test_an_item_described_inside_a_list_is_still_listed():
    body = (
        "이날 행사에는 데일리파트너스와 한국투자파트너스, 액셀러레이터 엔티랩스 등 "
        "투자사 심사역들도 참석했다."
    )
    orgs = _orgs(body)
    assert orgs.get("엔티랩스") == "investor"
    assert "액셀러레이터" not in orgs


def test_a_city_that_only_addresses_a_companys_site_is_no_actor():
    body = (
        "김도훈 소노젠 대표가 경기 성남시 판교 본사에서 패치를 소개하고 있다. "
        "소노젠은 성남시 분당구 판교 제2테크노밸리 연구소에서 시료를 만든다."
    )
    assert "성남시" not in _orgs(body)
    body = "성남시는 지역 바이오 기업을 지원한다. 소노젠은 성남시 판교 본사에서 제품을 만든다."
    assert "성남시" in _orgs(body)


def test_a_unit_named_right_after_its_parent_is_the_parent():
    body = (
        "셀로닉스는 한국과학기술연구원(KIST) 뇌과학연구소와 공동연구를 진행한다. "
        "삼성서울병원 미래의학연구원도 참여한다."
    )
    orgs = _orgs(body)
    assert "뇌과학연구소" not in orgs and "미래의학연구원" not in orgs
    assert {"한국과학기술연구원", "삼성서울병원"} <= set(orgs)


def test_english_loans_and_two_banks_joined_by_and():
    body = (
        "Halvora Pharm said it had secured funds for the plant. Korea Development Bank arranged the loan "
        "package, with the Export-Import Bank of Korea and Hana Bank also taking part."
    )
    names = {o.canonical for o in find_organizations_en(body, default_gazetteer())}
    assert {"Export-Import Bank of Korea", "Hana Bank"} <= names
    investments = [parties for kind, parties in _rels_en(body) if kind == "investment"]
    assert investments and {"한국산업은행", "Export-Import Bank of Korea", "Hana Bank"} <= investments[0]


def test_the_subject_of_a_clause_after_while_is_not_the_sentences():
    body = (
        "Lotte Biologics bought a Bristol Myers Squibb antibody plant in Syracuse for $160 million in 2022, "
        "while SK pharmteco has expanded through acquisitions in France."
    )
    contracts = [parties for kind, parties in _rels_en(body) if kind == "contract"]
    assert len(contracts) == 1 and not any("SK" in p for p in contracts[0])


def test_a_visitor_and_the_host_that_welcomed_it_are_one_visit():
    body = (
        "마르쿠스 트레흐셀 노르벡사 파마 최고경영자(CEO) 등 경영진 7명은 지난 6월 송도 캠퍼스를 찾아 "
        "생산 라인을 둘러봤다. 방문단을 맞은 삼성바이오로직스는 4공장의 무균 충전 공정을 소개했다."
    )
    visits = [parties for kind, parties in _rels(body) if kind == "visit"]
    assert visits == [{"노르벡사 파마", "삼성바이오로직스"}]


def test_a_korean_arm_with_its_division_word_is_the_group():
    body = "퀀토랩스는 상장을 준비한다. 병리 스캐너 분야에서는 한국로슈진단과 협력하고 있다."
    found = {o.canonical: o.name for o in find_organizations(body, default_gazetteer())}
    assert found.get("로슈") == "한국로슈진단"


_FUND = (
    "스마일게이트인베스트먼트와 대덕벤처파트너스가 공동운용하는 500억원 규모 바이오 펀드가 결성됐다. "
    "한국산업은행과 유한양행이 출자자로 이름을 올렸다. "
    "두 번째 투자처는 AI 신약 스타트업 딥큐어바이오다. "
    "펀드는 딥큐어바이오의 15억원 규모 프리A 라운드에 단독으로 참여했다."
)


def test_a_fund_raised_names_its_managers():
    investments = [parties for kind, parties in _rels(_FUND) if kind == "investment"]
    assert {"스마일게이트인베스트먼트", "대덕벤처파트너스"} <= investments[0]


def test_the_fund_investing_is_its_managers_investing():
    assert ("investment", {"스마일게이트인베스트먼트", "대덕벤처파트너스", "딥큐어바이오"}) in _rels(_FUND)
    assert not [parties for kind, parties in _rels(_FUND) if kind == "event"]


def test_the_hospitals_that_passed_with_the_one_selected_join_its_selection():
    body = (
        "한림대학교병원이 보건복지부와 한국보건산업진흥원이 추진하는 '연구중심병원 R&D 사업' "
        "신규 과제에 최종 "
        "선정됐다. 한림대학교병원은 지난 3일 발표된 결과에서 '치매 조기진단' 과제로 선정됐다고 7일 밝혔다. "
        "이번 공모에는 10곳이 도전장을 냈으며, 한림대학교병원과 고려대학교 안암병원, 분당서울대학교병원 "
        "3곳이 최종 관문을 넘었다."
    )
    selections = [parties for kind, parties in _rels(body) if kind == "selection"]
    assert selections == [
        {"보건복지부", "한국보건산업진흥원", "한림대학교병원", "고려대학교 안암병원", "분당서울대학교병원"}
    ]


def test_a_consortium_led_by_one_and_selected_by_a_ministry():
    body = (
        "전남대학교병원이 주관하고 ㈜메디센스, ㈜케어웨이브, 광주테크노파크가 참여하는 컨소시엄이 "
        "산업통상자원부와 한국산업기술진흥원(KIAT)의 '의료기기 실증 사업'에 선정됐다."
    )
    rels = _rels(body)
    assert ("selection", {"산업통상자원부", "한국산업기술진흥원", "전남대학교병원"}) in rels
    assert ("partnership", {"전남대학교병원", "메디센스", "케어웨이브", "광주테크노파크"}) in rels
    assert not [parties for kind, parties in rels if kind == "event"]


def test_those_who_came_along_join_the_visit():
    body = (
        "오영주 중소벤처기업부 장관이 17일 춘천의 ㈜피브로젠텍을 방문했다. "
        "이날 현장 방문에는 강원특별자치도와 강원테크노파크 관계자들이 동행했다."
    )
    visits = [parties for kind, parties in _rels(body) if kind == "visit"]
    assert visits == [{"중소벤처기업부", "피브로젠텍", "강원특별자치도", "강원테크노파크"}]


def test_a_spelt_out_name_joined_by_an_ampersand_is_one_name_wherever_written():
    body = (
        "경상북도는 바젤에서 바젤에어리어 비즈니스&이노베이션, 경북바이오산업연구원과 업무협약을 맺었다. "
        "바젤 지역 경제진흥기관인 바젤에어리어 비즈니스&이노베이션(Basel Area Business & Innovation)은 "
        "스타트업을 지원한다."
    )
    orgs = _orgs(body)
    assert "바젤에어리어 비즈니스&이노베이션" in orgs and "비즈니스&이노베이션" not in orgs


def test_those_speaking_at_a_ceremony_take_part_in_it():
    body = (
        "한국바이오협회는 10일 서울에서 '수출 바우처' 발대식을 열었다. "
        "발대식에서는 지난해 수혜기업인 ㈜리브로젠이 인증 경험을 공유했고, 대한무역투자진흥공사는 "
        "시장 동향을 소개했다."
    )
    events = [parties for kind, parties in _rels(body) if kind == "event"]
    assert events == [{"한국바이오협회", "리브로젠", "대한무역투자진흥공사"}]


def test_a_selection_told_inside_a_sentence_about_this_investment():
    body = (
        "대웅제약은 충청북도, 청주시와 1000억원 규모의 투자협약을 맺었다. 이번 투자는 충청북도가 지난해 6월 "
        "산업통상자원부 주관 바이오 특화단지 공모에서 최종 지정된 이후 나온 첫 대규모 민간 투자다."
    )
    assert ("selection", {"산업통상자원부", "충청북도"}) in _rels(body)


def test_a_subtitle_ending_in_a_decision_is_a_line_of_its_own_and_a_complex_is_a_place():
    body = (
        "충북도·청주시, 대웅제약과 협약\n"
        "오송재단·충북대병원은 비임상-임상 연계 플랫폼 가동키로\n"
        "김영환 충북지사와 이범석 청주시장이 협약서를 들어 보이고 있다.\n"
        "충청북도와 청주시는 18일 ㈜대웅제약과 오송생명과학단지 내 생산시설 건립을 위한 투자협약을 체결했다."
    )
    mous = [parties for kind, parties in _rels(body) if kind == "mou"]
    assert {"충청북도", "청주시", "대웅제약"} in mous
    assert not any("오송생명과학단지" in p for p in mous)


def test_a_line_ending_in_a_decision_is_not_wrapped_into_the_next():
    from biobridge.intel.extract.text import split_sentences

    text = (
        "오송재단·충북대병원은 비임상-임상 연계 플랫폼 가동키로\n김영환 충북지사가 협약서를 들어 보이고 있다."
    )
    assert len(split_sentences(text)) == 2


def test_a_companys_named_site_is_no_organisation():
    body = (
        "Vaxon Bio said it will invest 170 billion won through 2027 to expand its L House manufacturing "
        "complex in Andong. L House has been busier this year."
    )
    names = {o.canonical for o in find_organizations_en(body, default_gazetteer())}
    assert "L House" not in names and "Vaxon Bio" in names


def test_two_companies_that_each_raised_money_told_on_two_subtitle_lines():
    body = "대상 ㈜넥실로젠, 현장서 30억 후속 투자 유치\n㈜테라핀바이오도 시리즈A 50억 마무리"
    assert not [parties for kind, parties in _rels(body) if kind == "investment" and len(parties) > 1]


def test_a_strategic_investors_earlier_round_in_the_same_company():
    body = (
        "Norvex Pharm said it would supply Orixa Therapeutics. Orixa Therapeutics said it raised 62 billion "
        "won in a Series C funding round. LB Investment led the round. Yuhan Corp. joined as a strategic "
        "investor, as it did when the company closed its Series B in 2023."
    )
    investments = [parties for kind, parties in _rels_en(body) if kind == "investment"]
    assert {"Orixa Therapeutics", "유한양행"} in investments
    assert not any({"Norvex Pharm", "유한양행"} <= p for p in investments)


def test_who_chose_with_the_subject_dropped_is_the_subject_before():
    body = (
        "한국MSD는 2023년 한국보건산업진흥원과 업무협약을 맺고 펠로우십을 운영해 왔다. "
        "지난해에는 이 프로그램 참가 기업으로 대덕특구의 항체 신약 개발사 ㈜앱토젠바이오 등 4곳을 "
        "뽑기도 했다."
    )
    assert ("selection", {"MSD", "앱토젠바이오"}) in _rels(body)


def test_a_short_form_in_brackets_written_alone_later_is_the_same_organisation():
    body = (
        "대전시는 15일 한국MSD, 대전테크노파크(대전TP)와 업무협약을 체결했다. "
        "시와 대전TP는 다음 달 12일 대전컨벤션센터에서 한국MSD와 함께 설명회를 연다."
    )
    events = [parties for kind, parties in _rels(body) if kind == "event"]
    assert events and "대전테크노파크" in events[0]


def test_one_partner_named_with_its_short_form_is_still_one_partner():
    body = (
        "고려대학교 구로병원은 의료 AI 연구를 확대해 왔다. "
        "지난해 11월에는 한국생명공학연구원(생명연)과 업무협약을 맺었다."
    )
    assert ("mou", {"고려대학교 구로병원", "한국생명공학연구원"}) in _rels(body)


def test_industry_academia_cooperation_as_a_description_is_no_partnership():
    body = (
        "전북특별자치도는 보스턴을 찾았다. "
        "도는 산학협력을 통해 성장한 매사추세츠공과대학의 창업 모델을 벤치마킹했다."
    )
    assert not [
        parties for kind, parties in _rels(body) if kind == "partnership" and "매사추세츠공과대학" in parties
    ]


def test_a_kind_of_hospital_is_no_hospital():
    body = "오르빗메디는 AI 안저영상 판독 솔루션을 베트남 호찌민의 대형 안과병원에서 실증한다."
    assert "안과병원" not in _orgs(body)


def test_the_institutions_carrying_out_a_programme_present_at_its_report_meeting():
    body = (
        "보건복지부와 한국보건산업진흥원은 ㈜오르빗메디, ㈜슬립큐어텍, ㈜아크로젠헬스를 선정했다. "
        "진흥원은 지난 21일 착수보고회를 열었다. "
        "보고회에서는 3개 수행기관이 각각 현지 실증 계획을 발표했고, "
        "대한무역투자진흥공사는 인허가 동향을 소개했다."
    )
    events = [parties for kind, parties in _rels(body) if kind == "event"]
    assert events and {"오르빗메디", "슬립큐어텍", "아크로젠헬스", "대한무역투자진흥공사"} <= events[0]


def test_listed_in_a_quoted_selection_and_a_plan_under_consideration():
    body = (
        "2015년 설립된 ㈜온코젠크로스는 AI로 새 적응증을 찾는다. 지난해 12월에는 과학기술정보통신부와 "
        "한국연구재단이 매년 선정하는 '국가연구개발 우수성과 100선'에 발굴 성과로 이름을 올렸다. "
        "대웅제약은 온코젠크로스의 기술을 공동연구에도 접목하는 방안을 검토하고 있다."
    )
    rels = _rels(body)
    assert ("selection", {"과학기술정보통신부", "한국연구재단", "온코젠크로스"}) in rels
    assert not [parties for kind, parties in rels if kind == "partnership"]


def test_a_report_meeting_held_and_the_associations_whose_staff_also_attended():
    body = (
        "보건복지부와 한국보건산업진흥원은 이날 서울 프레스센터에서 착수보고회를 열고 "
        "과제별 추진 계획을 공유했다. "
        "보고회에는 한국제약바이오협회와 한국의료기기산업협회 관계자도 참석했다."
    )
    events = [parties for kind, parties in _rels(body) if kind == "event"]
    assert events == [{"보건복지부", "한국보건산업진흥원", "한국제약바이오협회", "한국의료기기산업협회"}]


def test_hospitals_designated_at_present_were_not_selected_here():
    body = "현재 연구중심병원으로 지정된 고려대학교 안암병원과 가천대 길병원 등 10곳도 기술이전 성과를 낸다."
    assert not [parties for kind, parties in _rels(body) if kind == "selection"]


def test_taking_the_stage_is_taking_part_and_a_standing_practice_is_no_occasion():
    body = (
        "한국보건산업진흥원은 10일 서울에서 데모데이를 개최했다. "
        "㈜갤럭시온바이오는 이날 데모데이 무대에 올라 "
        "단백질 설계 기술을 소개했다. 진흥원은 사노피와 국내 기업 간 기술 상담회를 정례적으로 열고 있다."
    )
    events = [parties for kind, parties in _rels(body) if kind == "event"]
    assert events == [{"한국보건산업진흥원", "갤럭시온바이오"}]


def test_an_evaluation_run_jointly_with_a_research_team_is_a_partnership():
    body = (
        "세포배양 배지 기업 메디큐어랩은 새 무혈청 배지를 출시했다고 3일 밝혔다. "
        "성능 검증에는 한국화학연구원(화학연)도 힘을 보탰다. "
        "메디큐어랩은 지난해 5월부터 화학연 연구진과 함께 수입 배지와의 세포 생존율, "
        "단백질 생산성 등 품질 비교 평가를 공동으로 진행했다."
    )
    assert ("partnership", {"메디큐어랩", "한국화학연구원"}) in relations(body, "2025-06-03")
