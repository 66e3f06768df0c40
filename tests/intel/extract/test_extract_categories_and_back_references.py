"""Rules found on holdout28–31 (development sets from the fifth session); fresh sentences each."""

from __future__ import annotations

from rule_helpers import org_types, relations, relations_en

from biobridge.intel.extract.gazetteer import default_gazetteer
from biobridge.intel.extract.orgs_en import find_organizations_en


def test_kinds_of_hospitals_and_of_companies_are_no_organisations():
    text = (
        "상담회에는 국내 기업 10곳과 태국 현지 병원·제조사 등 바이어 60여 곳이 참가했다. "
        "바이어 절반은 국립병원 구매 담당자였다. 협회는 이튿날 태국 최대 공립병원인 시리랏병원을 찾았다."
    )
    assert set(org_types(text)) == {"시리랏병원"}


def test_a_joint_committee_of_the_parties_is_no_organisation():
    text = "계약에는 양사 연구진이 함께 꾸리는 공동운영위원회(JSC) 조항도 담겼다. 개발 속도가 빨라진다."
    assert "공동운영위원회" not in org_types(text)


def test_a_year_before_a_unit_word_is_no_name_and_the_unit_word_refers_back():
    text = (
        "한빛셀바이오의 후보물질은 범부처재생의료기술개발사업단(KFRM)의 지원으로 나왔다. "
        "한빛셀바이오는 2023년 사업단의 임상 과제에 선정돼 2년간 20억원을 받았다."
    )
    assert "2023년 사업단" not in org_types(text)
    assert ("selection", {"한빛셀바이오", "범부처재생의료기술개발사업단"}) in relations(text, "2025-05-02")


def test_who_shows_a_product_at_a_fair_is_an_organisation_in_each_gapped_clause():
    text = (
        "전시관에서는 재활 분야의 오르테온이 착용형 보행 보조기를, "
        "피부 분야에서는 라미에르가 고주파 시술기를 선보였다."
    )
    assert {"오르테온", "라미에르"} <= set(org_types(text))


def test_a_country_before_each_item_does_not_break_a_list_of_companies():
    text = "시장은 미국 메드트로닉과 독일 드레거 등 글로벌 기업이 나눠 갖고 있다."
    assert {"메드트로닉", "드레거"} <= set(org_types(text))


_STARTUP = (
    "{opening} 80억원 규모의 시리즈A 투자를 유치했다고 3일 밝혔다. "
    "회사는 지난 5월 스위스 노바티스와 항체 후보물질을 함께 설계하는 공동연구에 착수했다. "
    "카르비온은 2023년 블루포인트파트너스로부터 10억원 규모의 시드 투자를 받았다. "
    "지난해에는 과학기술정보통신부의 바이오 인공지능 과제에 선정됐다. "
    "회사는 지난해 8월 네이버클라우드와 업무협약을 맺고 GPU 자원을 쓰고 있다."
)
_STARTUP_TITLE = "AI 단백질 설계 '카르비온', 80억 시리즈A 유치…노바티스와 공동연구"


def test_a_company_of_no_known_type_is_still_the_company_the_sentences_drop():
    # nothing tells 카르비온's type; '회사는' is still it, not the drugmaker it works with
    found = relations(_STARTUP.format(opening="카르비온이"), "2025-09-03", _STARTUP_TITLE)
    assert ("mou", {"카르비온", "네이버클라우드"}) in found
    assert ("selection", {"카르비온", "과학기술정보통신부"}) in found


def test_a_type_noun_announces_a_name_kiwi_reads_a_verb_in_when_a_particle_follows():
    text = _STARTUP.format(opening="AI 단백질 설계 스타트업 카르비온이")
    assert org_types(text)["카르비온"] == "startup"


def test_a_company_choosing_its_listing_bank_is_a_selection_told_with_gido():
    text = (
        "카르비온은 투자금으로 실험실을 넓힐 계획이다. "
        "2026년 상장을 목표로 최근 한국투자증권을 상장 주관사로 선정하기도 했다."
    )
    found = relations(_STARTUP.format(opening="카르비온이") + " " + text, "2025-09-03", _STARTUP_TITLE)
    assert ("selection", {"카르비온", "한국투자증권"}) in found


def test_the_participating_companies_of_a_programme_make_no_event():
    text = (
        "충북테크노파크는 청주 의료기기 실증 사업을 시작한다고 밝혔다. 충북TP는 오송에 있는 "
        "한국화학융합시험연구원(KTR)과도 손잡고 참여 기업 제품의 생물학적 안전성 시험을 돕기로 했다."
    )
    found = relations(text, "2025-04-16")
    assert ("partnership", {"충북테크노파크", "한국화학융합시험연구원"}) in found
    assert not [r for r in found if r[0] == "event"]


def test_a_described_company_word_still_stands_for_the_company_the_article_is_about():
    text = (
        "디지털치료제 스타트업 마인드브릿지가 150억원 규모의 시리즈B 투자를 유치했다고 2일 밝혔다. "
        "이번 라운드에는 한국투자파트너스와 함께 보령이 전략적투자자로 참여했다. "
        "2019년 설립된 회사는 이듬해 블루포인트파트너스로부터 시드 투자를 받았다."
    )
    found = relations(text, "2025-07-02", "디지털치료제 마인드브릿지, 150억 시리즈B…보령 전략투자")
    assert ("investment", {"마인드브릿지", "블루포인트파트너스"}) in found


def test_a_deck_line_joined_by_an_ellipsis_is_two_headlines():
    text = (
        "분당서울대병원과 공동 임상…보령은 국내 판권 확보\n"
        "디지털치료제 스타트업 마인드브릿지가 150억원 규모의 시리즈B 투자를 유치했다고 2일 밝혔다."
    )
    found = relations(text, "2025-07-02", "디지털치료제 마인드브릿지, 150억 시리즈B…보령 전략투자")
    # the hospital runs the trial; it signs no sales deal with 보령
    assert not [ps for t, ps in found if t == "contract" and any("서울대" in p for p in ps)]


def test_a_name_of_common_nouns_announced_by_a_type_noun_is_one_when_it_reports():
    text = "디지털치료제 스타트업 마인드브릿지가 150억원 규모의 시리즈B 투자를 유치했다고 2일 밝혔다."
    assert org_types(text) == {"마인드브릿지": "startup"}
    # without the report, a type noun before common nouns names nothing
    assert "마인드브릿지" not in org_types("디지털치료제 스타트업 마인드브릿지가 늘고 있다.")


def test_a_special_zone_and_a_company_lab_are_no_organisations():
    text = (
        "청주시는 2023년 중소벤처기업부로부터 '첨단재생의료 규제자유특구'로 지정됐다. "
        "오송바이오팜은 800억원을 들여 오창에 원료의약품 공장과 중앙연구소를 세운다."
    )
    found = org_types(text)
    assert "규제자유특구" not in found and "중앙연구소" not in found
    assert ("selection", {"청주시", "중소벤처기업부"}) in relations(text, "2025-05-16")


def test_a_review_panel_is_no_organisation():
    text = (
        "식품의약품안전처는 지난 3일 열린 혁신제품 선정심사위원회 심의를 거쳐 4개 제품을 지정했다고 밝혔다."
    )
    assert "선정심사위원회" not in org_types(text)


def test_the_members_of_a_consortium_named_after_them_are_partners_not_event_goers():
    text = (
        "부산대병원은 지정과 함께 기업들과 중개연구 컨소시엄을 꾸렸다. 부산대병원과 HK이노엔, "
        "바이오벤처 ㈜셀로마린, 파이토큐어가 참여하는 '부산 재생의료 중개연구 컨소시엄'이다."
    )
    found = relations(text, "2025-06-26")
    assert ("partnership", {"부산대병원", "에이치케이이노엔", "셀로마린", "파이토큐어"}) in found
    assert not [r for r in found if r[0] == "event"]


def test_the_list_of_designated_hospitals_completes_the_designation():
    text = (
        "보건복지부는 4개 의료기관을 혁신형 의료기관으로 새로 지정했다고 26일 밝혔다. "
        "신규 지정 병원은 ▲경북대학교병원 ▲조선대학교병원 ▲충북대학교병원 ▲원광대학교병원이다."
    )
    found = relations(text, "2025-06-26")
    assert (
        "selection",
        {"보건복지부", "경북대학교병원", "조선대학교병원", "충북대학교병원", "원광대학교병원"},
    ) in found


def test_a_university_hospital_shortened_is_the_same_hospital():
    text = (
        "보건복지부는 ▲경희대학교의과대학부속병원 ▲조선대학교병원을 연구중심병원으로 새로 지정했다. "
        "경희대병원은 기업과 손잡고 중개연구 컨소시엄을 꾸렸다."
    )
    assert "경희대병원" not in org_types(text)


def test_participation_as_a_noun_to_grow_later_makes_no_event():
    text = (
        "경희대병원은 지난해 서울바이오허브와 공동연구 지원을 위한 업무협약을 맺은 바 있으며, "
        "이번 컨소시엄에도 허브 입주기업의 참여를 단계적으로 늘려갈 계획이다."
    )
    assert not [r for r in relations(text, "2025-06-26") if r[0] == "event"]


_AGREEMENT = (
    "한국바이오협회는 10일 송도에서 배지 제조기업 셀메디아, 바이러스 제거 필터 기업 바이라온, "
    "수요기업인 셀트리온과 '소부장 성능평가 협약'을 체결했다. "
    "이번 협약은 산업통상자원부가 올해 추진하는 '소부장 성능평가 지원사업'의 일환이다. "
    "협회는 내년에는 롯데바이오로직스 등 다른 기업의 수요기업 참여도 확대할 계획이다."
)


def test_who_runs_the_programme_an_agreement_belongs_to_signs_nothing():
    found = relations(_AGREEMENT, "2025-04-11")
    assert ("mou", {"한국바이오협회", "셀메디아", "바이라온", "셀트리온"}) in found
    assert not [r for r in found if r[0] == "event"]  # '참여도 확대할 계획': a plan, not an occasion


def test_a_type_noun_announces_a_name_kiwi_reads_a_verb_in_before_a_comma():
    assert "바이라온" in org_types(_AGREEMENT)


def test_english_places_a_based_adjective_and_a_dated_fair_are_no_organisations():
    text = (
        "Hanmi Pharm has signed a $50 million supply contract with Riyadh-based distributor Najd Medical "
        "Supplies Co. to sell its drugs across the Middle East, the company said Thursday. The deal was "
        "signed on the sidelines of Gulf Pharma Week 2025. It covers Kuwait, Qatar and Oman. "
        "Some 30 Korean firms ran booths at Gulf Pharma Week this year."
    )
    names = {o.canonical for o in find_organizations_en(text, default_gazetteer())}
    assert names == {"Hanmi Pharm", "Najd Medical Supplies Co"}
    assert relations_en(text, "2025-02-06") == [("contract", {"Hanmi Pharm", "Najd Medical Supplies Co"})]


def test_foreign_regulators_signed_with_one_after_another_are_one_agreement_each():
    text = (
        "식약처는 올해 들어 베트남 식약청(DAV), 멕시코 보건위생감시국(COFEPRIS)과도 잇따라 "
        "규제협력 MOU를 체결했다. 기업들이 규제 장벽 없이 현지 시장에 안착하도록 돕는다."
    )
    names = set(org_types(text))
    assert {"베트남 식약청", "멕시코 보건위생감시국"} <= names and "없이" not in names
    found = relations(text, "2025-05-16")
    assert ("mou", {"식품의약품안전처", "베트남 식약청"}) in found
    assert ("mou", {"식품의약품안전처", "멕시코 보건위생감시국"}) in found


def test_a_delegation_stands_for_the_regulator_its_latin_acronym_names():
    text = (
        "식약처는 이집트 의약품청(Egyptian Drug Authority·EDA)과 양해각서(MOU)를 15일 체결했다고 밝혔다. "
        "같은 날 오후에는 한국제약바이오협회가 주최한 '비즈니스 간담회'가 열렸다. "
        "간담회에는 EDA 대표단과 대웅제약, 한미약품 등 국내 제약바이오기업 관계자가 참석했다."
    )
    assert "대표단" not in org_types(text)
    found = relations(text, "2025-05-16")
    assert ("event", {"한국제약바이오협회", "대웅제약", "한미약품", "이집트 의약품청"}) in found


def test_a_party_joining_the_agreement_told_that_day_signs_it():
    text = (
        "시는 15일 시청에서 충북대학교, 세포치료제 스타트업 ㈜셀로젠과 실증 플랫폼 구축을 위한 "
        "업무협약을 맺었다고 16일 밝혔다. 이날 협약에는 충북테크노파크도 참여했다."
    )
    found = relations("청주시는 바이오 실증 사업을 추진한다. " + text, "2025-05-16")
    assert ("mou", {"청주시", "충북대학교", "셀로젠", "충북테크노파크"}) in found
    assert not [r for r in found if r[0] == "event"]


def test_departments_divisions_generic_funds_and_japanese_people_are_no_organisations():
    text = (
        "병원 종양내과 연구팀이 시료를 모은다. KB증권은 IB본부 자기자본으로 50억원을 넣었고, "
        "코어시드는 신기술투자조합을 결성해 40억원을 넣었다. "
        "스즈키 다로 에이산제약 사장이 재단을 찾았다."
    )
    names = set(org_types(text))
    assert not names & {"종양내과", "IB본부", "신기술투자조합", "다로"}


def test_a_city_after_its_province_is_an_address():
    text = (
        "장내미생물 기업 마이크로젠텍은 17일 경기 수원시 아주대병원 연구동에서 면역항암 공동연구 "
        "업무협약을 체결했다고 밝혔다."
    )
    assert "수원시" not in org_types(text)


def test_a_nordic_manager_and_an_area_toured_are_no_organisations():
    text = (
        "닐스 베르그 최고운영책임자(COO) 등 방한단 5명은 협약 하루 전 오송 바이오클러스터 일대를 둘러봤다. "
        "방한단은 셀트리온 공장도 찾았다."
    )
    names = set(org_types(text))
    assert "베르그" not in names and "오송바이오클러스터" not in names and "오송 바이오클러스터" not in names


def test_a_round_finished_is_a_round_and_the_investors_told_next_join_it():
    text = (
        "대상을 받은 루미젠바이오는 서울바이오허브에 입주한다. "
        "최우수상을 받은 셀비온바이오은 한국MSD와 기술검증 협력을 진행한다. "
        "셀비온바이오은 올해 1월 35억 원 규모의 프리A 투자를 마무리했다. "
        "킹슬리벤처스와 서울경제진흥원(SBA)이 참여했는데, 라운드를 이끈 곳은 킹슬리벤처스다."
    )
    found = relations(text, "2025-10-23")
    assert ("investment", {"셀비온바이오", "킹슬리벤처스", "서울경제진흥원"}) in found


def test_a_name_kiwi_reads_an_ending_inside_is_still_a_name_when_it_closes_on_a_noun():
    assert "셀비온바이오" in org_types("최우수상을 받은 셀비온바이오는 한국MSD와 기술검증 협력을 진행한다.")


def test_the_agreement_a_programme_follows_up_is_an_mou_of_its_signers():
    text = (
        "부산시가 주최한 데모데이가 22일 열렸다. 이번 행사는 부산시가 지난 3월 한국로슈와 맺은 "
        "'바이오 스타트업 육성' 업무협약의 후속 프로그램이다."
    )
    assert ("mou", {"부산광역시", "로슈"}) in relations(text, "2025-10-23")


def test_the_pair_a_sentence_opens_on_signs_in_its_later_clause():
    text = (
        "부산대병원과 메디옵틱스의 협력은 이번이 처음이 아니다. 양측은 지난해 5월 수술 영상 데이터를 "
        "공유하고 종양 경계 예측 모델을 공동 개발하는 내용의 업무협약(MOU)을 체결했다."
    )
    assert ("mou", {"부산대병원", "메디옵틱스"}) in relations(text, "2025-04-11")


def test_a_supply_deal_the_pair_only_plans_is_no_contract():
    text = (
        "레나젠바이오와 에스티팜은 7일 올리고 신약 생산 협력을 위한 업무협약을 맺었다. 양사는 후보물질의 "
        "임상 시료를 에스티팜이 생산하고, 상업화 단계 공급 계약 체결도 추진하기로 했다."
    )
    assert not [r for r in relations(text, "2025-05-08") if r[0] == "contract"]


def test_a_drugmaker_investing_in_two_startups_takes_a_stake_in_each():
    text = (
        "보령은 지난 2일 이사회를 열고 항체 개발사 ㈜아크로젠바이오와 세포치료제 기업 뉴셀리온에 "
        "총 40억원을 투자하기로 결의했다고 3일 밝혔다."
    )
    found = relations(text, "2025-06-03")
    assert ("investment", {"보령", "아크로젠바이오"}) in found
    assert ("investment", {"보령", "뉴셀리온"}) in found


def test_an_industry_trend_is_no_round():
    text = "업계에서는 유한양행과 대웅제약 등이 스타트업 지분 투자를 늘리는 흐름이라는 분석이 나온다."
    assert not relations(text, "2025-06-03")


def test_a_veterinary_college_is_part_of_its_university():
    text = "회사는 2023년부터 경상국립대 수의과대학 연구팀과 백신 후보물질을 함께 개발해 왔다."
    assert "수의과대학" not in org_types(text)


def test_an_accelerating_programme_is_no_organisation():
    text = (
        "오송첨단의료산업진흥재단·충북TP 액셀러레이팅 프로그램 발대식\n"
        "오송첨단의료산업진흥재단(오송재단)과 충북테크노파크(충북TP)가 공동 운영하는 스타트업 "
        "액셀러레이팅 프로그램 참여기업 5곳이 지난 16일 최종 선정됐다."
    )
    assert "액셀러레이팅" not in org_types(text)


def test_english_laws_and_a_manager_named_by_surname_are_no_organisations():
    text = (
        "Helvion Pharma CEO Markus Albrecht signed the deal with Samsung Biologics in Frankfurt. "
        '"We were looking for a manufacturer that can grow with us," Albrecht said. '
        "Washington's proposed Biosecure Act threatens to restrict work with Chinese companies."
    )
    names = {o.canonical for o in find_organizations_en(text, default_gazetteer())}
    assert not names & {"Albrecht", "Biosecure Act"}


def test_the_company_a_sentence_drops_takes_part_in_the_fair_others_host():
    text = (
        "영상진단 기업 ㈜루미스캔은 11일 충남대학교병원과 협약을 맺었다. 회사는 연내 독일에 법인을 세운다. "
        "다음 달 뒤셀도르프에서 열리는 '메디카 2025'에서는 대한무역투자진흥공사가 운영하는 한국관에 "
        "참가해 파트너링을 진행한다."
    )
    found = relations(text, "2025-10-10")
    assert ("event", {"루미스캔", "대한무역투자진흥공사"}) in found


def test_the_lead_chosen_for_a_programme_leads_the_consortium_told_after_the_agency():
    text = (
        "부산대학교병원은 보건복지부와 한국보건산업진흥원이 공모한 'AI 예측 솔루션 개발사업'의 주관기관으로 "
        "최종 선정됐다고 11일 밝혔다. 진흥원은 지난달 30일 선정 결과를 통보했으며, 과제에는 4년간 "
        "98억원이 투입된다. 컨소시엄에는 의료 AI 스타트업 ㈜메디웨이브랩과 부경대학교 산학협력단, "
        "해운대백병원이 참여한다."
    )
    found = relations(text, "2025-04-11")
    assert (
        "partnership",
        {"부산대학교병원", "메디웨이브랩", "부경대학교 산학협력단", "해운대백병원"},
    ) in found


def test_a_unit_named_again_after_its_parents_acronym_is_still_the_parent():
    text = (
        "컨소시엄에는 센서 기업 바이탈웨이브와 한국기계연구원(KIMM) 부산기계기술연구센터가 참여한다. "
        "KIMM 부산기계기술연구센터는 센서 양산 공정을 맡는다."
    )
    assert "부산기계기술연구센터" not in org_types(text)


def test_who_recommended_a_company_for_a_programme_did_not_choose_it():
    text = (
        "항체 개발사 ㈜노바엘바이오가 30억원 규모의 프리A 투자를 유치했다. 이번 라운드에는 "
        "BNK벤처투자와 액셀러레이터 시리즈벤처스가 참여했다. "
        "회사는 이달 초 중소벤처기업부의 팁스 프로그램에도 선정됐다. "
        "팁스 운영사인 시리즈벤처스의 추천을 받아 선정된 것으로, 2년간 최대 5억 원을 지원받는다."
    )
    found = relations(text, "2025-05-16")
    assert ("selection", {"노바엘바이오", "중소벤처기업부"}) in found
    assert not [ps for t, ps in found if t == "selection" and "시리즈벤처스" in ps]


def test_english_city_names_are_places():
    text = (
        "Veritas Trials signed a contract with Harbor Pharma to run a Phase 2 trial in Los Angeles "
        "and Houston, the company said."
    )
    names = {o.canonical for o in find_organizations_en(text, default_gazetteer())}
    assert not names & {"Los Angeles", "Houston"}


def test_an_english_deal_to_supply_is_a_contract():
    text = (
        "Hanbit Pharm said it won a new order. Hanbit Pharm has also been expanding its mRNA business. "
        "In January, it signed a deal to supply its lipid reagents to Boston-based vaccine developer "
        "Arvena Therapeutics, in a contract worth $9 million."
    )
    assert ("contract", {"Hanbit Pharm", "Arvena Therapeutics"}) in relations_en(text, "2025-03-01")


def test_a_partner_named_under_a_licensing_agreement_is_an_organisation():
    text = (
        "Hanbit Pharm signed a CRO deal with Meridian Trials. The Korean company has sold its toxin "
        "in the United States through Aeron under a licensing agreement signed in 2016."
    )
    names = {o.canonical for o in find_organizations_en(text, default_gazetteer())}
    assert "Aeron" in names


def test_english_outsourcing_and_a_technology_transfer_agreement_are_contracts():
    outsourced = (
        "Lumora Bio has outsourced clinical manufacturing of LMR-7 to Samsung Biologics under a contract "
        "signed in 2023."
    )
    assert ("contract", {"Lumora Bio", "삼성바이오로직스"}) in relations_en(outsourced, "2025-03-01")
    licensed = (
        "The candidate originated at the Korea Research Institute of Chemical Technology (KRICT). Verdan "
        "Therapeutics acquired the rights to the compound series through a technology transfer agreement "
        "with KRICT in 2021."
    )
    assert ("contract", {"Verdan Therapeutics", "한국화학연구원"}) in relations_en(licensed, "2025-03-01")


def test_a_county_before_the_institute_it_holds_and_support_panels_are_no_organisations():
    text = (
        "박형준 부산시장은 20일 기장군 동남권원자력의학원을 방문해 치료기 구축 현장을 점검했다. "
        "혁신형 제약기업 인증은 제약산업 육성지원위원회 심의를 거친다."
    )
    names = set(org_types(text))
    assert "기장군" not in names and "육성지원위원회" not in names and "동남권원자력의학원" in names


def test_english_words_surnames_and_macau_are_no_organisations():
    text = (
        "Manufacturing will start in Macau next year, Hanbit Pharm said. "
        '"We are ready," Jee said. Oligonucleotide drugs are a growing market for Hanbit Pharm.'
    )
    names = {o.canonical for o in find_organizations_en(text, default_gazetteer())}
    assert not names & {"Manufacturing", "Macau", "Jee", "Oligonucleotide"}


def test_the_agency_that_runs_a_call_joins_its_selection():
    text = (
        "배지 기업 셀메디아는 2023년 산업통상자원부의 '바이오 소부장 기술개발사업' 수행기업으로 선정돼 "
        "3년간 국비 30억원을 지원받고 있다. 사업 전담기관은 한국산업기술진흥원(KIAT)이다."
    )
    found = relations(text, "2025-05-16")
    assert ("selection", {"셀메디아", "산업통상자원부", "한국산업기술진흥원"}) in found


def test_these_three_hospitals_stand_for_the_hospitals_just_named():
    text = (
        "충북테크노파크(충북TP)는 의료기기 실증 사업을 시작한다고 밝혔다. 실증은 충북대학교병원과 "
        "청주성모병원, 건국대학교 충주병원 등 도내 3개 거점병원에서 진행된다. 충북TP는 앞서 지난달 28일 "
        "이들 3개 병원과 '의료기기 현장실증 협력 업무협약'을 맺었다."
    )
    found = relations(text, "2025-05-10")
    assert ("mou", {"충북테크노파크", "충북대학교병원", "청주성모병원", "건국대학교 충주병원"}) in found
