"""Rules found on holdout56–59 (blind in the eleventh and twelfth sessions); fresh text each."""

from __future__ import annotations

from rule_helpers import found_relations, org_types, relations, relations_en

from biobridge.intel.extract.amounts import find_amounts
from biobridge.intel.extract.api import Extractor
from biobridge.intel.extract.gazetteer import default_gazetteer
from biobridge.intel.extract.orgs_en import find_organizations_en


def test_participants_named_in_words_no_trigger_knows_join_the_articles_event():
    text = (
        "대구경북첨단의료산업진흥재단은 지난 14일 신서혁신도시 본원에서 '2025 메디시티 파트너링 데이'를 "
        "개최했다고 15일 밝혔다. 대구광역시가 주최한 이번 행사에는 대웅제약이 수요기업으로 참여했다. "
        "무대에는 ㈜라온셀바이오와 ㈜펩토리움이 차례로 올라 기술을 소개했다. "
        "현장 상담에는 ㈜큐브젠랩과 ㈜나래진단이 나서 30여건의 상담을 진행했다."
    )
    events = [p for t, p in relations(text, "2025-05-15") if t == "event"]
    assert len(events) == 1
    assert {"라온셀바이오", "펩토리움", "큐브젠랩", "나래진단"} <= events[0], events


def test_a_sentence_with_a_deal_or_an_earlier_date_adds_no_participant():
    text = (
        "대구경북첨단의료산업진흥재단은 지난 14일 본원에서 '2025 메디시티 파트너링 데이'를 개최했다고 "
        "15일 밝혔다. 대구광역시가 주최한 이번 행사에는 대웅제약이 수요기업으로 참여했다. "
        "이 회사의 시리즈A 라운드에는 ㈜한빛벤처스가 참여했다. "
        "지난해 행사에는 ㈜오름셀텍이 참가했다."
    )
    events = [p for t, p in relations(text, "2025-05-15") if t == "event"]
    assert events and not events[0] & {"한빛벤처스", "오름셀텍"}, events


def test_the_day_presenters_were_chosen_is_not_the_events_day():
    text = (
        "경기도경제과학진흥원은 지난 20일 판교에서 '2025 바이오 IR 데이'를 열었다고 21일 밝혔다. "
        "IR 세션에는 경과원 프로그램에 지난 6월 선정된 ▲㈜셀로딘 ▲㈜젠파인 등 2개사가 발표자로 나섰다."
    )
    events = [r for r in found_relations(text, "2025-11-21") if r.type == "event"]
    assert len(events) == 1 and events[0].date == "2025-11-20"
    assert {"셀로딘", "젠파인"} <= set(events[0].parties)


def test_a_transfer_told_with_the_recipient_before_the_verb_is_a_contract():
    text = "한국화학연구원은 지난해 7월 항암 후보물질을 ㈜제이엘팜에 정액기술료 3억원을 받고 이전한 바 있다."
    assert ("contract", {"한국화학연구원", "제이엘팜"}) in relations(text, "2025-05-15")


def test_deals_with_each_partner_are_not_the_joint_deal_a_caption_told_first():
    text = (
        "이영수(가운데) 한국화학연구원 원장과 박지훈(왼쪽) ㈜제이엘팜 대표, 최서연(오른쪽) ㈜루미크론 대표가 "
        "12일 기술이전 계약을 체결한 뒤 기념촬영을 하고 있다. "
        "한국화학연구원은 지난 12일 ㈜제이엘팜, ㈜루미크론과 각각 기술이전 계약을 체결했다고 13일 밝혔다."
    )
    contracts = [p for t, p in relations(text, "2025-05-13") if t == "contract"]
    assert sorted(map(sorted, contracts)) == [["루미크론", "한국화학연구원"], ["제이엘팜", "한국화학연구원"]]


def test_a_short_foreign_spelt_investor_listed_with_a_known_one_is_an_investor():
    text = "넥스큐어는 2023년 KB인베스트먼트와 슈미트로부터 30억원 규모의 시리즈A를 유치한 바 있다."
    assert ("investment", {"넥스큐어", "KB인베스트먼트", "슈미트"}) in relations(text, "2025-05-15")


def test_it_raised_a_round_led_by_others_is_the_described_companys_round():
    text = (
        "Founded in Lyon in 2015, Corvane Therapeutics develops antibody drugs for rare diseases. "
        "It raised $90 million last year in a Series B round led by Sofinnova Partners. "
        "Idinvest Partners and Japan's Mitsuhana also took part in the round."
    )
    assert (
        "investment",
        {"Corvane Therapeutics", "Sofinnova Partners", "Idinvest Partners", "Mitsuhana"},
    ) in (relations_en(text, "2025-09-17"))


def test_the_company_after_a_sentence_turning_back_to_a_firm_is_that_firm():
    text = (
        "Hanbit Bio said Tuesday it signed a supply agreement with Dutch distributor Veldmark Pharma. "
        "Headquartered in Utrecht, Veldmark sells generics in 30 countries. "
        "This is not Hanbit's first overseas deal. "
        "In 2023, the company signed a licensing agreement with Brazil's Eurofarma."
    )
    assert ("contract", {"Hanbit Bio", "Eurofarma"}) in relations_en(text, "2025-04-08")


def test_a_coined_name_kiwi_reads_as_a_verb_is_a_name_when_spelt_in_latin_after_it():
    text = "회사는 지난해 5월 칠레 제약사 살루비다(Saluvida)와 1200만달러 규모의 공급계약을 맺은 바 있다."
    assert "살루비다" in org_types(text)


def test_a_product_codes_digits_before_a_word_opening_on_won_are_no_amount():
    assert find_amounts("회사는 2022년 A사와 VST-P11 원료의약품 위탁생산 계약을 체결했다") == []
    assert find_amounts("KX-20 원료를 300억원에 공급한다")[0].value == 30_000_000_000


def test_a_name_marked_as_subject_in_a_later_clause_is_not_the_sentences_subject():
    text = (
        "넥서스바이오는 항체 세포주를 개발한다. "
        "회사는 지난해 3월 한독과 국내 독점 판매 계약을 맺었으며, 한독이 병·의원 영업을 맡는다."
    )
    assert ("contract", {"넥서스바이오", "한독"}) in relations(text, "2025-07-08")


def test_drug_names_are_no_organisations():
    text = (
        "루미셀은 셀트리온과 트라스투주맙 바이오시밀러 공급계약을 맺었다. "
        "한편 글로벌 트라스투주맙 시장은 커지고 있다."
    )
    assert set(org_types(text)) == {"루미셀", "셀트리온"}


def test_the_shares_of_the_round_just_told_are_one_round():
    text = (
        "㈜메디루프는 이번에 총 20억원 규모의 시드 라운드를 마무리했다. "
        "라운드는 카카오벤처스가 12억원을 넣어 주도했고, 블루포인트파트너스가 8억원을 보탰다."
    )
    rounds = [p for t, p in relations(text, "2025-05-22") if t == "investment"]
    assert rounds == [{"메디루프", "카카오벤처스", "블루포인트파트너스"}]


def test_those_who_signed_told_again_sign_nothing_new():
    text = (
        "서울아산병원은 ㈜메디루프, ㈜카디오젠과 각각 업무협약을 체결했다. "
        "이날 데모데이에서는 협약을 맺은 2개사를 포함해 스타트업 6곳이 사업 모델을 발표했다."
    )
    mous = [p for t, p in relations(text, "2025-05-22") if t == "mou"]
    assert sorted(map(sorted, mous)) == [["메디루프", "서울아산병원"], ["서울아산병원", "카디오젠"]]


def test_the_building_an_agreement_was_signed_in_and_its_owner_are_no_parties():
    text = "서울아산병원은 지난 20일 울산대 아산생명과학연구센터(ALSC)에서 ㈜메디루프와 업무협약을 체결했다."
    assert relations(text, "2025-05-22") == [("mou", {"서울아산병원", "메디루프"})]


def test_the_biotech_after_a_sentence_about_an_institute_is_the_articles_company():
    text = (
        "Corvane Therapeutics said it signed a licensing deal with Novartis. "
        "Corvane traces the compound to the Korea Research Institute of Bioscience and Biotechnology "
        "(KRIBB). "
        "KRIBB will receive a portion of the licensing income. "
        "The biotech has also worked with Seoul National University Hospital since March last year."
    )
    found = relations_en(text, "2025-08-13")
    assert ("partnership", {"Corvane Therapeutics", "Seoul National University Hospital"}) in found, found


def test_english_licences_told_by_the_company_after_a_sentence_naming_its_source():
    text = (
        "Corvane Therapeutics said Tuesday it signed a licensing deal with Novartis. "
        "Corvane traces CV-117 back to a compound series discovered at the Korea Research Institute of "
        "Bioscience and Biotechnology (KRIBB). The company, founded in 2020, acquired the series through a "
        "technology transfer agreement with the state-run institute in 2021. In 2023, it granted Daewoong "
        "Pharmaceutical the Korean rights to CV-052 in a deal worth up to 20 billion won."
    )
    found = relations_en(text, "2025-08-13")
    assert ("contract", {"Corvane Therapeutics", "한국생명공학연구원"}) in found, found
    assert ("contract", {"Corvane Therapeutics", "대웅제약"}) in found, found


def test_a_bare_name_after_a_firm_and_its_subsidiary_is_the_firm():
    text = (
        "Corvane Bio has opened a US subsidiary, Corvane Bio US Inc., in Cambridge. "
        "Corvane signed a two-year residency agreement with LabCentral in August."
    )
    names = {o.canonical for o in find_organizations_en(text, default_gazetteer())}
    assert "Corvane" not in names and "Corvane Bio" in names
    assert ("contract", {"Corvane Bio", "랩센트럴"}) in relations_en(text, "2025-10-14")


def test_the_year_a_company_was_founded_is_not_its_deals_date():
    text = (
        "Corvane Bio develops cell therapies. Founded in 2021, Corvane obtained the technology through a "
        "license agreement with the Korea Institute of Science and Technology (KIST) in 2023."
    )
    contracts = [r for r in found_relations(text, "2025-10-14", english=True) if r.type == "contract"]
    assert [r.date for r in contracts] == ["2023"]


def test_attendees_taking_interest_are_no_occasion():
    text = (
        "이 가운데 ㈜바이오젠트는 SK바이오사이언스와 차세대 LNP 전달체 공동연구를 진행하고 있는 것으로 "
        "알려져 참석자들의 관심을 모았다."
    )
    assert relations(text, "2025-11-21") == [("partnership", {"바이오젠트", "SK바이오사이언스"})]


def test_a_coined_subject_described_by_what_it_makes_and_dealing_with_a_firm_is_a_company():
    text = (
        "국산화 시도가 이어지고 있다. 세포배양용 마이크로캐리어를 만드는 셀스피어웍스는 올해 초부터 "
        "롯데바이오로직스와 배양 효율에 대한 공동 평가를 진행하고 있다."
    )
    assert "셀스피어웍스" in org_types(text)
    assert ("partnership", {"셀스피어웍스", "롯데바이오로직스"}) in relations(text, "2025-07-20")


def test_a_full_name_before_a_bare_mayors_title_is_a_person(gold_dir):
    # no short fresh text reproduces it: the page's subtitle '김두겸 시장, 제노하버 연구소 찾아…'
    page = gold_dir / "holdout59" / "ax05_ksilbo_ulsan_genome_alliance.txt"
    article = Extractor().extract_file(page)
    assert "김두겸" not in {o.canonical for o in article.organizations}
    assert ("visit", {"울산광역시", "울산정보산업진흥원", "제노하버"}) in [
        (r.type, set(r.parties)) for r in article.relations
    ]


def test_a_funded_list_told_after_a_committee_meeting_adds_no_participants():
    text = (
        "국가신약개발사업단은 지난달 서울 사무국에서 신규과제 선정평가위원회를 열었다. "
        "사업단은 이날 신규 과제 10건을 최종 선정했다고 밝혔다. "
        "비임상 단계에서는 ▲㈜노바펩 'NP-12'(12억원) ▲㈜셀리온텍 'CT-3'(10억원)이 이름을 올렸다."
    )
    events = [p for t, p in relations(text, "2025-03-10") if t == "event"]
    assert not any({"노바펩", "셀리온텍"} & p for p in events), events


def test_a_selection_planned_for_next_year_has_not_happened():
    text = (
        "부산광역시는 지난 4일 싱가포르 과학기술연구청(A*STAR)과 업무협약을 맺었다. "
        "시는 이번 방문 성과를 바탕으로 내년 중 A*STAR와 첫 공동연구 과제를 선정하고, "
        "부산테크노파크를 통해 지원 프로그램을 신설할 계획이다."
    )
    kinds = [t for t, _p in relations(text, "2025-11-07")]
    assert "selection" not in kinds and "visit" not in kinds and "mou" in kinds


def test_a_foreign_body_written_with_and_without_its_country_is_one_organisation():
    text = (
        "부산광역시는 4일 바이오폴리스에 있는 과학기술연구청(A*STAR)에서 업무협약을 체결했다. "
        "대표단은 이날 오전 싱가포르 과학기술연구청(A*STAR)을 찾았다. "
        "한국바이오협회는 미국 바이오협회(BIO)와 교류하고 있다. 바이오협회는 회원사를 늘렸다."
    )
    names = set(org_types(text))
    assert "싱가포르 과학기술연구청" in names and "과학기술연구청" not in names


def test_an_agency_introducing_its_programme_at_the_event_is_not_added_as_a_participant():
    text = (
        "충북바이오산학융합원은 지난 14일 오송에서 '2025 바이오 투자설명회'를 개최했다고 15일 밝혔다. "
        "충청북도가 주최한 이번 행사에는 메디톡스가 수요기업으로 참여했다. "
        "특히 한국보건산업진흥원은 입주기업 지원 프로그램을 소개했다. "
        "무대에는 ㈜라온셀바이오가 올라 기술을 소개했다."
    )
    events = [p for t, p in relations(text, "2025-05-15") if t == "event"]
    assert len(events) == 1 and "라온셀바이오" in events[0] and "한국보건산업진흥원" not in events[0], events
