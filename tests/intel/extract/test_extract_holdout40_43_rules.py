"""Rules found on holdout40–43 (development sets from the eighth session); fresh sentences each."""

from __future__ import annotations

from rule_helpers import org_types, relations, relations_en


def test_a_long_coined_name_after_a_type_noun_is_an_organisation():
    text = (
        "참여 기업은 세포배양 배지를 만드는 ㈜셀로닉스와 단백질 정제 소재 기업 세포소재공방, "
        "진단키트를 만드는 나노진단이다."
    )
    found = org_types(text)
    assert found.get("세포소재공방") == "company"
    assert "셀로닉스" in found


def test_a_universitys_attached_hospital_is_one_name():
    text = "메디센스는 경북대학교 부설 칠곡병원 호흡기센터와 손잡고 탐색 임상을 진행한다고 밝혔다."
    found = org_types(text)
    assert found.get("경북대학교 부설 칠곡병원") == "hospital"
    assert "칠곡병원" not in found


def test_a_count_of_companies_joined_to_a_signing_means_the_ones_just_selected():
    text = (
        "보건복지부는 한국보건산업진흥원과 함께 '바이오 원부자재 실증 사업' 수행기업으로 "
        "㈜셀팩메디, 바이오튜브랩, 엠필터솔루션 3곳을 선정했다고 10일 밝혔다. "
        "이를 위해 3개사와 롯데바이오로직스는 이날 서울에서 업무협약을 체결했다."
    )
    found = relations(text, "2025-07-10")
    assert ("mou", {"셀팩메디", "바이오튜브랩", "엠필터솔루션", "롯데바이오로직스"}) in found


def test_a_held_signing_named_in_quotes_is_the_agreement_not_an_event():
    text = (
        "대전 유성구 한국생명공학연구원에서 12일 열린 '바이오 인력양성 협력 업무협약'에서 "
        "관계자들이 기념촬영을 하고 있다. 한국생명공학연구원은 대전대학교와 인력양성 협약을 맺었다."
    )
    found = relations(text, "2025-07-13")
    assert not [r for r in found if r[0] == "event"]
    assert ("mou", {"한국생명공학연구원", "대전대학교"}) in found


def test_developing_together_with_an_institute_is_a_partnership_of_the_company_just_told():
    text = (
        "엔자임웍스는 2023년 대웅제약과 효소 공정 공동연구를 진행한 바 있다. "
        "이번 과제에서는 한국화학연구원과 함께 고순도 효소를 개발한다."
    )
    found = relations(text, "2025-07-13")
    assert ("partnership", {"엔자임웍스", "한국화학연구원"}) in found


def test_a_university_hospital_shortened_with_the_universitys_first_syllable_is_the_same():
    text = (
        "고려대학교 구로병원이 바이오벤처 뉴로시냅스와 손잡았다. "
        "고대구로병원은 지난 10일 뉴로시냅스와 공동연구 협약을 체결했다고 11일 밝혔다."
    )
    found = org_types(text)
    assert "고대구로병원" not in found
    assert found.get("고려대학교 구로병원") == "hospital"


def test_measuring_with_a_panel_is_no_event():
    text = (
        "서울대학교병원은 ㈜바이오마커랩과 협약을 체결했다고 밝혔다. "
        "병원은 시료 수집을 맡고, 바이오마커랩은 자체 개발한 혈액검사 패널로 후보 물질을 측정한다."
    )
    assert not [r for r in relations(text, "2025-06-11") if r[0] == "event"]


def test_a_study_also_run_with_a_hospital_is_a_partnership_but_an_industry_list_is_not():
    text = (
        "㈜시냅스랩은 이와 별도로 분당서울대학교병원과 초기 환자의 혈액 지표 변화를 추적하는 "
        "후향적 코호트 연구도 진행하고 있다."
    )
    assert ("partnership", {"시냅스랩", "분당서울대학교병원"}) in relations(text, "2025-06-11")
    text = (
        "국내에서는 CJ바이오사이언스와 지아이이노베이션, 고바이오랩 등이 면역질환 분야 후보물질의 "
        "임상을 진행하고 있다."
    )
    assert relations(text, "2025-06-11") == []


def test_the_company_a_sentence_turns_to_with_also_is_the_one_meant_next():
    text = (
        "㈜시냅토젠은 서울아산병원과 공동연구 협약을 체결했다고 11일 밝혔다. "
        "㈜브레인핏 역시 치매 진단 분야 협력을 넓히고 있다. "
        "회사는 지난해 9월 한국에자이와 업무협약을 체결했다."
    )
    mous = [parties for kind, parties in relations(text, "2025-06-11") if kind == "mou"]
    assert len(mous) == 2
    assert "브레인핏" in mous[1] and "시냅토젠" not in mous[1]


def test_a_trip_of_several_days_is_its_stops_with_those_who_came_along():
    text = (
        "충청북도는 대표단이 지난 3일부터 8일까지 미국과 캐나다를 방문했다고 9일 밝혔다. "
        "대표단에는 청주시와 충북테크노파크 관계자들이 동행했다. "
        "대표단은 4일 보스턴의 모더나 본사를 찾았다. "
        "6일에는 캐나다 토론토로 이동해 사노피 연구소를 방문했다."
    )
    visits = [parties for kind, parties in relations(text, "2025-06-09") if kind == "visit"]
    assert visits == [
        {"충청북도", "청주시", "충북테크노파크", "모더나"},
        {"충청북도", "청주시", "충북테크노파크", "사노피"},
    ]


def test_asking_that_companies_may_join_a_programme_is_no_event():
    text = (
        "경상북도는 로슈 본사를 찾았다. 도는 로슈의 글로벌 오픈이노베이션 프로그램에 "
        "경북 바이오 기업들이 참여할 수 있도록 협조를 요청했다."
    )
    assert not [r for r in relations(text, "2025-06-09") if r[0] == "event"]


def test_who_joined_the_stop_just_told_is_a_visitor_there():
    text = (
        "전라남도 대표단은 12일 마지막 방문지로 독일 머크 본사를 찾았다. "
        "이 일정에는 현지 학회에 참석 중이던 한국생명공학연구원 연구진도 함께했다."
    )
    assert relations(text, "2025-06-13") == [("visit", {"전라남도", "머크", "한국생명공학연구원"})]


def test_the_company_after_a_sentence_on_what_a_company_develops_is_that_one():
    text = (
        "Celdara Bio has won a $20 million deal to manufacture an antibody for U.S. biotech "
        "Norvane Therapeutics, the company said Wednesday. Founded in 2019 and headquartered in Boston, "
        "Norvane develops T-cell engagers. The company in-licensed the antibody in 2022 from Mabgenix, "
        "a Seoul-based startup, in a deal worth up to $200 million."
    )
    found = relations_en(text, "2025-06-18")
    assert ("contract", {"Norvane Therapeutics", "Mabgenix"}) in found
    assert ("contract", {"Celdara Bio", "Norvane Therapeutics"}) in found


def test_a_coined_hangul_name_spelt_in_latin_is_an_organisation_but_a_quoted_product_is_not():
    text = "선정 기업은 ▲단백질 분해 플랫폼을 보유한 ㈜디그론셀 ▲병리 영상을 분석하는 투멜릭스(Tumelix)다."
    assert "투멜릭스" in org_types(text)
    text = "몰큐브랩스는 자체 AI 플랫폼 '큐브폴드(CubeFold)'로 선도물질을 도출한다고 밝혔다."
    assert "큐브폴드" not in org_types(text)


def test_a_law_firm_is_named_by_the_word_after():
    text = "서울아산병원은 임상 자문을, 법무법인 세종은 특허 검토를 각각 맡는다."
    assert org_types(text).get("법무법인 세종") == "other"


def test_the_list_of_those_who_passed_the_last_round_joins_the_selection_just_told():
    text = (
        "한국로슈는 21일 데모데이를 열고 최종 선정 기업 2곳을 발표했다. "
        "최종 관문을 넘은 곳은 ▲㈜셀로닉스 ▲㈜바이오필드랩 등 2개사다."
    )
    selections = [p for kind, p in relations(text, "2025-06-22") if kind == "selection"]
    assert selections == [{"로슈", "셀로닉스", "바이오필드랩"}]


def test_advice_on_raising_a_round_is_no_investment_and_three_named_then_three_organisations_are_them():
    text = (
        "한국화이자제약은 21일 데모데이를 열었다. "
        "서울아산병원은 임상 자문을, KB인베스트먼트는 후속 투자 유치 전략을, "
        "법무법인 세종은 특허 검토를 각각 맡는다. "
        "세 기관 관계자들은 이날 데모데이 심사위원으로도 참여했다."
    )
    found = relations(text, "2025-06-22")
    assert not [r for r in found if r[0] == "investment"]
    assert ("event", {"화이자", "서울아산병원", "KB인베스트먼트", "법무법인 세종"}) in found


def test_a_name_spelt_in_latin_opens_on_the_sound_of_its_spelling():
    text = (
        "인천TP는 스웨덴 바이오 클러스터를 운영하는 "
        "헬스테크 노르딕 얼라이언스(Health Tech Nordic Alliance)와 "
        "업무협약을 맺었다."
    )
    found = org_types(text)
    assert "헬스테크 노르딕 얼라이언스" in found
    assert not any(name.startswith("운영하는") for name in found)


def test_what_the_two_agree_to_do_together_after_a_licence_is_its_terms():
    text = (
        "바이오벤처 ㈜디그론바이오가 독일 머크와 고형암 후보물질에 대한 기술이전 계약을 "
        "체결했다고 13일 밝혔다. "
        "계약 규모는 선급금 400억원을 포함해 최대 1조2000억원이다. "
        "디그론바이오는 선급금을 후속 파이프라인 개발에 쓸 계획이다. "
        "양사는 공동운영위원회를 꾸려 글로벌 임상 2상 설계를 함께 진행하기로 했다."
    )
    found = relations(text, "2025-06-13")
    assert [kind for kind, _p in found] == ["contract"]


def test_an_agreement_to_fund_a_fund_is_an_mou_and_what_its_signatories_put_in_is_that_agreement():
    text = (
        "전북자치도는 2일 한국벤처투자, 인라이트벤처스, 전북은행과 "
        "'전북 바이오펀드' 결성 및 출자 협약을 체결했다고 3일 밝혔다. "
        "펀드 규모는 500억원이다. 전북자치도가 100억원, 한국벤처투자가 250억원을 출자하고, "
        "나머지는 전북은행과 민간 출자자들이 채운다."
    )
    found = relations(text, "2025-06-03")
    assert found == [("mou", {"전북특별자치도", "한국벤처투자", "인라이트벤처스", "전북은행"})]


def test_a_seed_investment_carried_out_by_the_investor_just_told():
    text = "전북창조경제혁신센터는 식물세포 배양 스타트업 그린셀랩스에 5억원의 시드 투자를 집행했다."
    assert relations(text, "2025-06-03") == [("investment", {"전북창조경제혁신센터", "그린셀랩스"})]
    text = (
        "한국투자액셀러레이터는 프로그램에 협력기관으로 합류했다고 밝혔다. "
        "이 회사는 지난해 졸업기업인 ㈜메디온웨이브에 3억원의 시드 투자를 집행하기도 했다."
    )
    assert ("investment", {"한국투자액셀러레이터", "메디온웨이브"}) in relations(text, "2025-06-03")


def test_a_national_science_institute_is_an_organisation():
    text = "솔레아바이오는 국립축산과학원과 공동연구로 양돈 농가 실증을 진행하고 있다고 밝혔다."
    assert org_types(text).get("국립축산과학원") == "research_institute"


def test_what_a_sentence_says_its_subject_is_makes_it_an_organisation():
    text = (
        "마지막 방문지인 레티나웨이는 안저 사진으로 망막질환을 진단하는 AI 의료기기 스타트업이다. "
        "레티나웨이는 지난해 과기정통부의 기술개발사업에 선정됐다."
    )
    assert org_types(text).get("레티나웨이") == "startup"


def test_those_who_joined_from_the_afternoon_are_visitors_at_the_later_stops_only():
    text = (
        "보건복지부 차관은 28일 오송첨단의료산업진흥재단을 찾았다. "
        "오후 일정부터는 한국보건산업진흥원 관계자들이 합류했다. "
        "차관 일행은 이어 셀트리온 공장을 방문했다."
    )
    visits = [p for kind, p in relations(text, "2025-06-29") if kind == "visit"]
    assert visits == [
        {"보건복지부", "오송첨단의료산업진흥재단"},
        {"보건복지부", "셀트리온", "한국보건산업진흥원"},
    ]


def test_english_round_members_told_as_new_money_and_a_total_raised_is_no_round():
    text = (
        "Celvio, a Seoul-based startup, said Wednesday that it has raised 30 billion won "
        "in a Series B round. "
        "The round drew new money from Kakao Ventures and DSC Investment, while existing backer "
        "Smilegate Investment also put in additional funds. "
        "With the latest round, Celvio has raised 45 billion won in total since its founding in 2020."
    )
    found = relations_en(text, "2025-06-18")
    rounds = [p for kind, p in found if kind == "investment"]
    assert len(rounds) == 1
    assert {"Celvio", "카카오벤처스", "스마일게이트인베스트먼트"} <= rounds[0]


def test_english_joint_discovery_and_an_agreement_paying_milestones():
    text = (
        "Separately, Celvio and Hanmi Pharmaceutical agreed to jointly discover drug candidates "
        "for fibrosis. "
        "Last year, Celvio signed a drug discovery agreement with Germany's Boehringer Ingelheim, under "
        "which it is eligible for an upfront payment and milestones worth up to $180 million. "
        "Celvio has partnered with Naver Cloud since 2022."
    )
    kinds = [kind for kind, _p in relations_en(text, "2025-06-18")]
    assert kinds == ["partnership", "contract", "partnership"]


def test_a_quoted_name_with_its_latin_spelling_is_a_product_not_a_party():
    text = (
        "㈜비전메디는 사우디 유통사 걸프메디칼과 AI 진단 소프트웨어 '옵티레나(OptiRena)'에 대한 "
        "독점 공급 계약을 체결했다고 밝혔다. 비전메디는 지난 8월 대웅제약과 옵티레나 국내 판매 계약을 맺었다."
    )
    found = relations(text, "2024-12-10")
    assert all("옵티레나" not in parties for _kind, parties in found)
    assert ("contract", {"비전메디", "대웅제약"}) in found


def test_others_set_against_the_first_deal_of_its_kind_make_no_deal_and_a_contract_signed_is_one():
    text = (
        "국내에서는 뷰노와 루닛, 제이엘케이 등이 해외 시장 문을 두드리고 있지만, "
        "중동 대형 유통사와 독점 계약을 맺은 것은 이번이 처음이라는 평가다."
    )
    assert relations(text, "2024-12-10") == []
    text = (
        "㈜비전메디는 지난달 베트남 유통사와 공급 계약을 체결했다. "
        "같은 달 말에는 브라질 안과 장비 유통사 메디브라스(Medibras)와 독점 공급 계약에도 서명했다."
    )
    assert ("contract", {"비전메디", "메디브라스"}) in relations(text, "2024-12-10")


def test_a_bullet_item_describing_its_company_with_a_clause_names_the_word_after():
    text = (
        "선정 기업은 ▲고형암 표적 세포치료제를 개발하는 셀리브렉스 ▲뇌질환 혈액 바이오마커를 "
        "개발하는 뉴로핀 ▲경구용 펩타이드 플랫폼 기업 펩타이온 등 3곳이다."
    )
    found = org_types(text)
    assert {"셀리브렉스", "뉴로핀", "펩타이온"} <= set(found)
    assert "고형암" not in found and "뇌질환" not in found


def test_the_company_that_drew_the_most_attention_is_the_one_meant_next():
    text = (
        "액셀러레이터 ㈜메디스파크벤처스가 25일 데모데이를 열었다. "
        "무대에 오른 기업은 ▲셀리브렉스 ▲펩타이온 ▲딥모어사이언스 등 3곳이다. "
        "이들은 대전테크노파크와 메디스파크벤처스가 지난 2월 선발한 보육기업이다. "
        "이날 가장 주목받은 곳은 딥모어사이언스였다. "
        "회사는 이달 초 25억원 규모의 프리A 투자 유치를 마무리했다고 공개했다. "
        "라운드는 KB인베스트먼트가 주도했다."
    )
    rounds = [p for kind, p in relations(text, "2025-06-26") if kind == "investment"]
    assert rounds == [{"딥모어사이언스", "KB인베스트먼트"}]


def test_those_listed_are_what_two_organisations_picked_and_a_prize_among_them_is_another_selection():
    text = (
        "무대에 오른 기업은 ▲셀리브렉스 ▲펩타이온 ▲오르가노큐브 등 3곳이다. "
        "이들은 대전테크노파크와 ㈜메디스파크벤처스가 지난 2월 공모를 통해 선발한 보육기업이다. "
        "메디스파크벤처스는 셀리브렉스를 대상 수상기업으로, 펩타이온을 최우수상 수상기업으로 선정했다."
    )
    selections = [p for kind, p in relations(text, "2025-06-26") if kind == "selection"]
    assert {"대전테크노파크", "메디스파크벤처스", "셀리브렉스", "펩타이온", "오르가노큐브"} in selections
    assert {"메디스파크벤처스", "셀리브렉스", "펩타이온"} in selections


def test_a_subtitle_listing_the_stops_and_a_companion_at_this_stop_only():
    text = (
        "모더나·다케다 연구소도 찾아\n"
        "한국보건산업진흥원과 KOTRA 관계자들은 12일 케임브리지의 모더나 본사를 찾아 협업 방안을 논의했다. "
        "이 자리에는 참가 기업 가운데 ㈜리피노바가 동행해 자사 기술을 소개했다. "
        "진흥원과 KOTRA는 같은 날 오후 다케다 보스턴 R&D센터도 방문했다."
    )
    visits = [p for kind, p in relations(text, "2025-06-16") if kind == "visit"]
    assert visits == [
        {"한국보건산업진흥원", "대한무역투자진흥공사", "모더나", "리피노바"},
        {"한국보건산업진흥원", "대한무역투자진흥공사", "다케다"},
    ]


def test_an_english_product_code_selected_is_its_developers_selection():
    text = (
        "German drugmaker Bayer AG has signed a licensing agreement with Seoul-based Norvex Therapeutics "
        "for the Korean biotech's kinase inhibitor, NRX-301, the companies said Wednesday. "
        "NRX-301 was also selected by the Korea Drug Development Fund (KDDF) in 2024 for a grant."
    )
    found = relations_en(text, "2025-06-18")
    selections = [p for kind, p in found if kind == "selection"]
    assert len(selections) == 1
    assert "Norvex Therapeutics" in selections[0] and "Bayer AG" not in selections[0]


def test_a_consortium_formed_by_an_institute_is_its_lead_with_those_who_joined_after():
    text = (
        "한국화학연구원(원장 이영국, 이하 화학연)은 대학과 기업 등 5개 기관과 함께 '바이오소재 컨소시엄'을 "
        "구성했다고 16일 밝혔다. "
        "컨소시엄에는 한국과학기술원(KAIST)과 충남대학교 등 2개 대학이 이름을 올렸다. "
        "여기에 스타트업인 ㈜진플로우바이오, ㈜셀쿼리랩 등 2곳이 합류했다."
    )
    found = relations(text, "2025-06-16")
    assert found == [
        ("partnership", {"한국화학연구원", "한국과학기술원", "충남대학교", "진플로우바이오", "셀쿼리랩"})
    ]


def test_what_two_institutes_plan_to_hold_after_their_mou_is_its_terms():
    text = (
        "생명연은 영국 에든버러대학교와 연구자 교류를 위한 업무협약을 체결했다. "
        "양 기관은 올 하반기 공동 워크숍을 열고 자동화 프로토콜을 함께 개발할 예정이다."
    )
    assert [kind for kind, _p in relations(text, "2025-06-16")] == ["mou"]


def test_an_institute_the_article_is_about_is_not_the_investor_of_a_round_in_a_subtitle():
    title = "생명연, 대학·기업과 바이오파운드리 컨소시엄 띄운다"
    text = (
        "참여사 ㈜셀쿼리랩은 시리즈A 120억 유치\n"
        "한국생명공학연구원(이하 생명연)은 대학과 기업 등 9개 기관과 함께 컨소시엄을 구성했다고 16일 밝혔다. "
        "생명연은 지난해 주관기관으로 선정됐다."
    )
    rounds = [p for kind, p in relations(text, "2025-06-16", title) if kind == "investment"]
    assert all("한국생명공학연구원" not in p for p in rounds)


def test_the_last_stop_a_sentence_opens_on_is_an_organisation_and_the_company_meant_next():
    text = (
        "김 지사는 8일 춘천의 ㈜휴젤 공장을 방문했다. "
        "마지막으로 찾은 피토젠랩은 산약초 기반 신약 후보물질을 개발하고 있다. "
        "회사는 강원대학교 약학대학과 공동연구를 통해 비임상 시험을 진행 중이다."
    )
    assert "피토젠랩" in org_types(text)
    assert ("partnership", {"피토젠랩", "강원대학교"}) in relations(text, "2025-06-09")


def test_opening_a_course_together_with_a_university_is_a_partnership():
    text = (
        "춘천바이오산업진흥원은 이달 중 한림대학교와 함께 바이오 생산공정 실무 교육과정을 "
        "개설하고 채용을 연계하기로 했다."
    )
    assert relations(text, "2025-06-09") == [("partnership", {"춘천바이오산업진흥원", "한림대학교"})]


def test_an_institution_described_by_a_clause_keeps_its_latin_spelling():
    text = (
        "아시아 지역의 감염병 대응을 총괄하는 아시아질병통제예방센터(Asia CDC) 대표단이 "
        "국제백신연구소를 방문했다."
    )
    assert "아시아질병통제예방센터" in org_types(text)


def test_the_latin_spelling_written_alone_later_is_the_same_organisation():
    text = (
        "아시아 정책을 총괄하는 아시아질병통제예방센터(Asia CDC) 대표단이 한국을 찾았다. "
        "Asia CDC 대표단 9명은 지난 11일 서울의 국제백신연구소 본부를 방문했다."
    )
    assert ("visit", {"아시아질병통제예방센터", "국제백신연구소"}) in relations(text, "2025-06-15")


def test_a_university_of_a_city_is_an_english_organisation():
    from biobridge.intel.extract.gazetteer import default_gazetteer
    from biobridge.intel.extract.orgs_en import find_organizations_en

    text = "Bifidalis was spun off from the University of Bologna in 2019 and still runs its program."
    found = {o.canonical: o.type for o in find_organizations_en(text, default_gazetteer())}
    assert found == {"University of Bologna": "university"}


def test_english_the_company_after_its_investors_is_the_company_that_raised():
    text = (
        "Bifidalis raised 30 million euros in a Series A round in 2023. "
        "Aurelia Bio Ventures, a Milan-based life science fund, led the round. "
        "Last year the company was also selected for the European Innovation Council (EIC) "
        "Accelerator program."
    )
    selections = [p for kind, p in relations_en(text, "2025-06-18") if kind == "selection"]
    assert selections == [{"Bifidalis", "European Innovation Council"}]
