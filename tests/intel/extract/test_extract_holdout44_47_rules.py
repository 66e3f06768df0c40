"""Rules found on holdout44–47 (development sets from the ninth session); fresh sentences each."""

from __future__ import annotations

from rule_helpers import org_types, relations, relations_en


def test_bullet_items_with_a_describing_bracket_closed_by_a_count_are_companies():
    text = (
        "이날 행사에는 ▲미로셀텍(연골 재생 치료제) ▲바이온스케일(디지털 병리 분석) "
        "▲하루진바이오(장내 미생물 진단) 등 3개사가 무대에 올라 사업 계획을 소개했다."
    )
    found = org_types(text)
    assert {"미로셀텍", "바이온스케일", "하루진바이오"} <= set(found)


def test_a_clause_opening_on_its_own_topic_is_that_organisations():
    text = (
        "참가 기업들의 협력 소식도 이어졌다. 노바셀텍은 한국화학연구원과 항체 공동연구를 진행하고 있으며, "
        "메디루트는 지난 4월 전남대학교병원과 영상 데이터 공동연구 협약을 맺었다."
    )
    found = relations(text, "2025-06-20")
    assert ("partnership", {"노바셀텍", "한국화학연구원"}) in found
    assert ("mou", {"메디루트", "전남대학교병원"}) in found
    assert not any("노바셀텍" in parties and "전남대학교병원" in parties for _k, parties in found)


def test_a_count_of_companies_means_the_ones_a_list_before_named():
    text = (
        "무대에는 ▲오르가젠(오가노이드 플랫폼) ▲셀비전랩(세포 영상 분석) ▲뮤토닉스(유전자 편집) "
        "등 3개사가 올라 발표했다. 객석에는 한국투자파트너스와 KB인베스트먼트 관계자들이 자리했다. "
        "3개사는 지난 4월 부산창조경제혁신센터가 운영하는 "
        "'바이오 점프업 프로그램' 2기로 선발됐다."
    )
    found = relations(text, "2025-08-20")
    assert ("selection", {"오르가젠", "셀비전랩", "뮤토닉스", "부산창조경제혁신센터"}) in found


def test_investors_putting_their_name_to_this_round_join_it_and_a_seed_before_is_its_own():
    text = (
        "셀루멘바이오는 50억원 규모의 시리즈A 투자 유치를 마무리했다고 12일 밝혔다. "
        "이번 라운드는 한국투자파트너스가 주도했다. "
        "인라이트벤처스와 퓨처플레이도 이번 라운드에 이름을 올렸다. "
        "특히 퓨처플레이는 지난해 셀루멘바이오에 시드 자금을 넣은 데 이어 이번에 후속 투자를 집행했다."
    )
    found = relations(text, "2025-03-12")
    assert ("investment", {"셀루멘바이오", "한국투자파트너스", "인라이트벤처스", "퓨처플레이"}) in found
    assert ("investment", {"셀루멘바이오", "퓨처플레이"}) in found
    assert not any(kind == "selection" for kind, _p in found)


def test_the_stage_the_audience_and_the_sponsor_of_the_event_just_told_take_part_in_it():
    text = (
        "광주시와 광주창조경제혁신센터가 공동 주최한 '광주 헬스케어 데모데이'가 지난 5일 열렸다. "
        "한국화학연구원이 후원한 이번 행사는 지역 최대 규모다. "
        "이날 무대에는 ▲바이오린크(약물전달) ▲셀파인더(세포 분석) 등 2개사가 올라 사업 계획을 소개했다. "
        "객석에는 인터베스트와 DSC인베스트먼트 등 투자사 관계자 80여명이 자리했다."
    )
    found = relations(text, "2025-09-08")
    parties = {"광주시", "광주창조경제혁신센터", "한국화학연구원", "바이오린크", "셀파인더"}
    assert ("event", parties | {"인터베스트", "DSC인베스트먼트"}) in found


def test_items_named_right_after_what_they_make_are_companies():
    text = (
        "올해 명단에는 모두 5개 스타트업이 이름을 올렸다. 의료 분야에서는 셀루멘과 함께 "
        "피부 재생 소재를 만드는 더마큐브랩, 치매 선별 앱을 개발하는 브레인웨이브가 포함됐다."
    )
    found = org_types(text)
    assert {"더마큐브랩", "브레인웨이브"} <= set(found)
    assert "소재" not in found and "치매 선별 앱" not in found


def test_the_founders_university_describes_the_company_and_an_earlier_stake_is_its_own_round():
    text = (
        "경북대 의과대학 교수가 세운 스타트업이 시드 투자를 유치했다. "
        "뉴로하임은 20억 원 규모의 시드 투자 유치를 마무리했다고 3일 밝혔다. "
        "이번 투자에는 대경벤처스와 경북대학교기술지주 등 2곳이 참여했다. "
        "경북대학교기술지주는 지난해 5월 1억 원을 초기 투자한 데 이어 이번에 후속 투자에 나섰다."
    )
    found = relations(text, "2025-09-03", "뉴로하임, 20억 시드 투자 유치")
    assert ("investment", {"뉴로하임", "대경벤처스", "경북대학교기술지주"}) in found
    assert ("investment", {"뉴로하임", "경북대학교기술지주"}) in found


def test_companies_included_along_with_the_one_just_selected_join_that_selection():
    text = (
        "셀루멘은 카카오벤처스와 대구창조경제혁신센터가 함께 운영하는 액셀러레이팅 프로그램 3기에 "
        "최종 선발됐다. 3기 명단에는 모두 6개 스타트업이 이름을 올렸다. 의료 분야에서는 셀루멘과 함께 "
        "피부 재생 소재를 만드는 더마큐브랩, 치매 선별 앱을 개발하는 브레인웨이브가 포함됐다."
    )
    found = relations(text, "2025-08-20")
    selected = {"셀루멘", "더마큐브랩", "브레인웨이브"}
    assert ("selection", selected | {"카카오벤처스", "대구창조경제혁신센터"}) in found


def test_an_agreement_that_follows_a_selection_told_with_the_pair_and_the_programme():
    text = (
        "필터 기업 ㈜나노멤브텍은 CDMO 기업 리젠바이오로직스와 공동개발 협약을 체결했다고 3일 밝혔다. "
        "이번 협약은 양사가 지난달 보건복지부가 추진하고 한국보건산업진흥원이 전담하는 "
        "'원부자재 연계 기술개발사업'에 각각 공급기업과 수요기업으로 나란히 선정된 데 따른 후속 조치다. "
        "복지부는 올해 이 사업을 통해 3개 과제를 뽑았다. 배지와 레진 분야에서는 각각 "
        "셀푸드랩과 레진코어가 공급기업으로 이름을 올렸다."
    )
    found = relations(text, "2025-05-03")
    assert ("mou", {"나노멤브텍", "리젠바이오로직스"}) in found
    chosen = {"나노멤브텍", "리젠바이오로직스", "셀푸드랩", "레진코어"}
    assert ("selection", chosen | {"보건복지부", "한국보건산업진흥원"}) in found


def test_a_one_letter_stem_before_a_long_investor_ending_is_a_name():
    text = "이번 라운드는 위벤처스가 이끌었고, 블루포인트파트너스와 한국과학기술지주가 참여했다."
    assert org_types(text).get("위벤처스") == "investor"


def test_the_selected_companies_named_as_such_take_part_in_the_event():
    text = (
        "한국로슈는 '부산 바이오 혁신 허브'와 진행한 '바이오 챌린지' 공모에서 최종 3개사를 선정하고 "
        "15일 발대식을 열었다고 16일 밝혔다. 서류와 발표 평가를 거쳐 ▲셀로직스랩 ▲펩타온 ▲뉴로큐브 등 "
        "3곳이 최종 관문을 넘었다. 충남대학교병원이 임상 자문을, 한국생명공학연구원이 비임상 자문을 "
        "각각 맡는다. 두 기관 관계자들은 이날 발대식에 참석해 위촉장을 받았고, 선정 기업 대표들은 "
        "연구 계획을 발표했다. 지난해 처음 열린 1기 챌린지 선정 기업들은 이미 성과를 내고 있다."
    )
    found = relations(text, "2025-07-16")
    three = {"셀로직스랩", "펩타온", "뉴로큐브"}
    assert ("event", three | {"로슈", "충남대학교병원", "한국생명공학연구원"}) in found
    assert ("event", three) not in found


def test_english_a_plural_term_acronym_is_no_name_and_that_round_was_led_by_refers_back():
    text = (
        "Veltrix Bio, a Seoul-based developer of bispecific antibodies (BsAbs), said Monday it has raised "
        "30 billion won in a Series C round. Veltrix previously raised 20 billion won in a Series B round in "
        "2023. That round was led by Intervest, with DSC Investment also taking part. "
        "Interest in the field grew after Alteogen signed a deal worth up to $1.5 billion with Merck in 2020."
    )
    found = relations_en(text, "2025-06-02")
    assert not any("BsAbs" in parties for _k, parties in found)
    assert ("investment", {"Veltrix Bio", "인터베스트", "DSC Investment"}) in found
    assert not any(kind == "event" for kind, _p in found)
    assert ("contract", {"Alteogen", "머크"}) in found


def test_english_grants_transfers_and_two_local_governments_joined_by_and():
    text = (
        "Cellomix Biologics, the Korean vaccine maker, said Tuesday it has received a $9 million grant from "
        "the Gates Foundation to develop a malaria vaccine. Cellomix developed its first vaccine using "
        "technology transferred from the Seoul-based International Vaccine Institute (IVI) in 2012. "
        "The company signed an investment agreement with North Jeolla State and Jeonju City in May 2024. "
        "Gavi, the Vaccine Alliance, has said it wants more manufacturers."
    )
    found = relations_en(text, "2025-10-21")
    assert ("partnership", {"Cellomix Biologics", "Gates Foundation"}) in found
    assert ("partnership", {"Cellomix Biologics", "International Vaccine Institute"}) in found
    assert ("mou", {"Cellomix Biologics", "North Jeolla State", "Jeonju City"}) in found
    assert not any("Vaccine Alliance" in parties for _k, parties in found)


def test_english_a_parents_affiliate_a_province_signing_and_an_agency_described_after_its_acronym():
    text = (
        "Novachem, a Hanul Holdings affiliate that makes peptide ingredients, has won a $90 million contract "
        "to produce a drug substance for Novartis. On the same day, Novachem signed an investment agreement "
        "with Gyeonggi Province and Siheung City. Separately, the Gyeonggi Business & Science Accelerator "
        "(GBSA), the province's industrial promotion agency, will team up with Novachem to run a course."
    )
    found = relations_en(text, "2025-06-03")
    assert any(kind == "contract" and "Hanul Holdings" not in parties for kind, parties in found)
    assert any(kind == "mou" and {"Gyeonggi Province", "Siheung City"} <= parties for kind, parties in found)
    agency = "Gyeonggi Business & Science Accelerator"
    assert any(kind == "partnership" and agency in parties for kind, parties in found)


def test_a_listed_name_closing_the_sentence_loses_its_copula_and_an_investor_holding_ending():
    found = org_types(
        "참가 기업은 ▲보령 ▲일동제약 ▲모노클론웍스 ▲피브로셀렉스다. 전통 제약사가 고루 포함됐다."
    )
    assert "피브로셀렉스" in found and "피브로셀렉스다" not in found
    found = org_types("이듬해에는 포스텍창업투자지주 등으로부터 25억원 규모의 시리즈A 투자를 유치했다.")
    assert found.get("포스텍창업투자지주") == "investor"


def test_english_a_drug_target_is_no_organisation():
    text = (
        "Celvara Therapeutics said Tuesday it has licensed its NLRP3 inflammasome inhibitor to "
        "Bayridge Pharmaceuticals in a deal worth up to $830 million. NLRP3 has become a contested target."
    )
    found = relations_en(text, "2025-06-03")
    assert ("contract", {"Celvara Therapeutics", "Bayridge Pharmaceuticals"}) in found


def test_the_leader_of_this_round_quoted_after_a_background_round_belongs_to_this_round():
    text = (
        "항체 신약 기업 루미바디가 200억원 규모의 시리즈B 투자를 유치했다고 19일 밝혔다. "
        "이번 라운드는 한국투자파트너스가 리드 투자자로 나섰다. "
        "루미바디는 앞서 2023년 시리즈A에서 DSC인베스트먼트와 데일리파트너스로부터 80억원을 투자받았다. "
        "이번 라운드를 이끈 이성훈 한국투자파트너스 상무는 “플랫폼의 차별성이 크다”고 설명했다."
    )
    found = relations(text, "2025-05-19")
    assert ("investment", {"루미바디", "DSC인베스트먼트", "데일리파트너스"}) in found


def test_a_joint_study_running_since_an_earlier_year_is_its_own_deal_beside_the_new_agreement():
    text = (
        "광주시는 17일 전남대학교병원, 셀마커랩과 정밀의료 업무협약을 체결했다고 18일 밝혔다. "
        "전남대병원 종양내과와 셀마커랩은 2023년부터 폐암 조직을 활용한 공동연구를 진행해 왔다."
    )
    found = relations(text, "2025-06-18")
    assert ("partnership", {"전남대학교병원", "셀마커랩"}) in found


def test_a_chamber_of_commerce_is_an_association_and_leaves_the_trip_before_its_last_stop():
    text = (
        "대구경북첨단의료산업진흥재단은 독일 기업 하르트만 바이오텍 대표단이 23일 재단을 방문했다고 밝혔다. "
        "이번 방한에는 주한독일상공회의소 관계자들이 동행했다. "
        "대표단은 이튿날인 24일 오전 ㈜셀로닉스를 찾았다. "
        "이 자리에도 주한독일상공회의소 관계자들이 함께했다. "
        "대표단은 이날 오후 경북 포항으로 자리를 옮겨 포항공과대학교를 방문한 뒤 일정을 마무리했다. "
        "주한독일상공회의소 관계자들은 대구 일정까지만 동행했다."
    )
    assert org_types(text).get("주한독일상공회의소") == "association"
    found = relations(text, "2025-09-24")
    visits = [parties for kind, parties in found if kind == "visit"]
    assert any("셀로닉스" in v and "주한독일상공회의소" in v for v in visits)
    assert any("포항공과대학교" in v and "주한독일상공회의소" not in v for v in visits)


def test_a_former_ministry_designating_a_quoted_zone_and_kinds_of_participant_listed():
    text = (
        "영광군은 2011년 옛 지식경제부로부터 '영광 e-모빌리티특구'로 지정되면서 산업 육성에 나섰다. "
        "실증에는 지역 바이오기업과 의료기관, 지원기관 등 14곳이 참여한다."
    )
    found = org_types(text)
    assert found.get("지식경제부") == "government"
    assert "의료기관" not in found and "지원기관" not in found
    assert ("selection", {"지식경제부", "영광군"}) in relations(text, "2025-07-10")


def test_the_companies_of_an_agreement_listed_after_it_join_it():
    text = (
        "전라남도는 특구 지정 이후 첫 투자를 유치했다고 16일 밝혔다. "
        "도와 영광군은 15일 영광군청에서 특구 참여 기업 3곳과 총 800억원 규모의 투자협약을 맺었다. "
        "협약 기업은 ▲배터리 소재 기업 일렉트라셀 ▲모터 부품 제조사 ㈜모빌파츠 ▲대한전선이다."
    )
    found = relations(text, "2025-07-16")
    signed = {"전라남도", "영광군", "일렉트라셀", "모빌파츠", "대한전선"}
    assert ("mou", signed) in found


def test_the_members_of_a_project_an_agency_runs_are_partners_not_event_goers():
    text = (
        "경북도와 경북테크노파크(경북TP)는 28일 실증지원센터 개소식을 열었다고 29일 밝혔다. "
        "센터의 첫 공동 실증 과제도 이날 닻을 올렸다. 경북TP가 주관하는 이 과제에는 "
        "셀로팜바이오와 백신큐브랩, 수요기업인 바이넥스가 참여한다."
    )
    found = relations(text, "2025-10-29")
    assert ("partnership", {"경북테크노파크", "셀로팜바이오", "백신큐브랩", "바이넥스"}) in found
    assert not any(kind == "event" and "바이넥스" in parties for kind, parties in found)


def test_the_company_a_highlight_came_from_is_the_one_meant_next_and_two_associations_agreement():
    text = (
        "가장 눈에 띄는 성과는 비만 치료제를 개발하는 ㈜펩토큐어바이오에서 나왔다. "
        "회사는 9일 에자이와 후보물질에 대한 물질이전계약을 체결했다. "
        "한국바이오협회 방문단은 7일 도쿄에 있는 일본제약공업협회를 찾아 협력 방안을 논의했다. "
        "양 협회는 2023년 11월 맺은 업무협약에 따라 해마다 정례 교류회를 열고 있다."
    )
    found = relations(text, "2025-10-11")
    assert ("contract", {"펩토큐어바이오", "에자이"}) in found
    assert ("mou", {"한국바이오협회", "일본제약공업협회"}) in found


def test_a_stake_bought_to_become_the_largest_shareholder_is_an_investment():
    text = "앞서 오리온은 지난해 1월 리가켐바이오 지분 25.73%를 5485억원에 인수해 최대주주에 올랐다."
    found = relations(text, "2025-04-22")
    assert ("investment", {"오리온", "리가켐바이오사이언스"}) in found


def test_chosen_for_a_call_then_working_with_partners_and_two_acronyms_kept_apart():
    text = (
        "디그론바이오는 지난달 안전성평가연구소(KIT)와 공동연구 협약을 맺었다. "
        "생명연 연구팀은 2022년 국가과학기술연구회(NST)의 '융합연구단' 사업에 선정돼 "
        "서울대학교 약학대학, 한국과학기술연구원(KIST)과 함께 플랫폼을 고도화해 왔다."
    )
    found = relations(text, "2025-04-10")
    assert ("selection", {"국가과학기술연구회", "한국생명공학연구원"}) in found
    assert ("partnership", {"한국생명공학연구원", "서울대학교", "한국과학기술연구원"}) in found
