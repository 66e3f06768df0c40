"""The matching engine on realistic bilingual profiles."""

from __future__ import annotations

from tests.matching.engine.conftest import directory

from biobridge.matching.engine import MatchIndex, Profile, affinity


def ids(suggestions) -> list[str]:
    return [s.id for s in suggestions]


def test_korean_adc_startup_ranks_english_pharma_first(index):
    ranked = ids(index.recommend("adc_kr", top=10))
    assert ranked[0] == "pharma_en"
    assert ranked.index("pharma_en") < ranked.index("adc_rival")
    for unrelated in ("derm_distributor", "vc_en", "bag_kr_1", "filter_kr"):
        assert unrelated not in ranked or ranked.index(unrelated) > ranked.index("pharma_en")


def test_english_pharma_finds_korean_adc_startup(index):
    assert ids(index.recommend("pharma_en", top=3))[0] == "adc_kr"


def test_single_use_bag_demand_ranks_domestic_bag_suppliers_first(index):
    ranked = ids(index.recommend("bag_demand", top=10))
    assert set(ranked[:2]) == {"bag_kr_1", "bag_kr_2"}
    assert ranked.index("bag_us") > 1
    assert "filter_kr" not in ranked[:2]


def test_recommend_never_returns_the_query_itself(index, profiles):
    for p in profiles:
        assert p.id not in ids(index.recommend(p.id, top=20))


def test_recommend_excludes_own_organisation():
    people = [
        *directory(),
        Profile(id="gp_colleague", org="gp", offering_text="We in-license oncology ADC assets."),
        Profile(id="adc_colleague", org="adc_co", offering_text="We in-license oncology ADC assets."),
    ]
    index = MatchIndex.build(people)
    ranked = ids(index.recommend("adc_kr", top=20))
    assert "gp_colleague" in ranked
    assert "adc_colleague" not in ranked


def test_recommend_honours_exclude_ids(index):
    assert "pharma_en" not in ids(index.recommend("adc_kr", top=10, exclude_ids={"pharma_en"}))


def test_diversity_cap_limits_suggestions_per_organisation():
    people = [Profile(id="q", offering_text="ADC 항암 신약", seeking_text="라이선싱 파트너")]
    people += [
        Profile(id=f"big{i}", org="big", offering_text="In-licensing of oncology ADC assets")
        for i in range(8)
    ]
    people += [Profile(id=f"other{i}", offering_text="In-licensing of oncology assets") for i in range(4)]
    ranked = MatchIndex.build(people).recommend("q", top=6, org_cap=2)
    orgs = [s.id[:3] for s in ranked]
    assert orgs.count("big") == 2
    assert len(ranked) == 6


def test_reasons_in_english_and_korean(index):
    en = index.recommend("adc_kr", top=1, lang="en")[0]
    ko = index.recommend("adc_kr", top=1, lang="ko")[0]
    assert en.reasons[0] == "seeks licensing partner ↔ offers in-licensing, business development"
    assert ko.reasons[0] == "찾는 것: 라이선싱 파트너 ↔ 제공: 기술도입, 사업개발"
    assert any("항체약물접합체" in r for r in ko.reasons)
    assert any("antibody–drug conjugate" in r for r in en.reasons)


def test_domestic_supplier_reason(index):
    top = index.recommend("bag_demand", top=1, lang="en")[0]
    assert "domestic supplier (same country: KR)" in top.reasons


def test_scores_in_unit_interval_and_sorted(index, profiles):
    for p in profiles:
        scores = [s.score for s in index.recommend(p.id, top=20)]
        assert all(0.0 < s <= 1.0 for s in scores)
        assert scores == sorted(scores, reverse=True)


def test_mutual_interest_flagged():
    startup = Profile(id="s", offering_text="CAR-T 세포치료제 개발", seeking_text="CDMO 위탁생산 파트너")
    cdmo = Profile(
        id="c",
        offering_text="Cell therapy CDMO manufacturing",
        seeking_text="Biotech customers for cell therapy",
    )
    index = MatchIndex.build([startup, cdmo, Profile(id="x", offering_text="dermatology cosmetics")])
    top = index.recommend("s", top=1)[0]
    assert top.id == "c"
    assert top.mutual is True
    assert "mutual interest: each offers what the other seeks" in top.reasons


def test_incremental_add_update_remove_equals_rebuild(profiles):
    incremental = MatchIndex.build(profiles[:4])
    for p in profiles[4:]:
        incremental.add(p)
    incremental.add(Profile(id="temp", offering_text="In-licensing oncology"))
    incremental.remove("temp")
    changed = Profile(id="vc_en", country="US", offering_text="Venture capital for ADC oncology start-ups")
    incremental.update(changed)
    rebuilt = MatchIndex.build([changed if p.id == "vc_en" else p for p in profiles])
    for p in profiles:
        assert incremental.recommend(p.id, top=10) == rebuilt.recommend(p.id, top=10)


def test_recommend_for_unindexed_profile(index):
    visitor = Profile(id="visitor", offering_text="Single-use bags made in Korea", seeking_text="수요기업")
    ranked = ids(index.recommend(visitor, top=3))
    assert ranked[0] == "bag_demand"


def test_affinity_range_and_ordering(profiles):
    by_id = {p.id: p for p in profiles}
    related = affinity(by_id["adc_kr"], by_id["pharma_en"])
    unrelated = affinity(by_id["adc_kr"], by_id["derm_distributor"])
    assert 0.0 <= unrelated < related <= 1.0
    assert affinity(by_id["pharma_en"], by_id["adc_kr"]) == related


def test_tags_in_either_language_count(index):
    tagged = Profile(id="t", tags_offering=["Protein A resin"], tags_seeking=["수요처"])
    demand = Profile(id="d", seeking_text="정제 레진 공급처 국산화", country="KR")
    other = Profile(id="o", offering_text="dermatology cosmetics")
    assert ids(MatchIndex.build([tagged, demand, other]).recommend("d", top=1)) == ["t"]


def test_hierarchy_relates_oncology_and_hematologic_cancers():
    investor = Profile(id="i", offering_text="벤처투자", seeking_text="항암 분야 스타트업 투자처")
    heme = Profile(
        id="h", offering_text="Lymphoma and leukemia therapeutics", seeking_text="Series A investment"
    )
    cardio = Profile(id="c", offering_text="Heart failure therapeutics", seeking_text="Series A investment")
    ranked = ids(MatchIndex.build([investor, heme, cardio]).recommend("i", top=2))
    assert ranked[0] == "h"


def test_description_only_profile_needs_are_read_as_seeking():
    newsy = Profile(
        id="n",
        country="KR",
        description="전북 소재 마이크로바이옴 기업입니다. 보스턴 진출을 위해 공용 실험실이 필요합니다.",
    )
    lab = Profile(id="lab", country="US", offering_text="Shared lab space and offices for biotech start-ups")
    other = Profile(id="o", offering_text="Protein A resin supplier")
    top = MatchIndex.build([newsy, lab, other]).recommend("n", top=1, lang="en")[0]
    assert top.id == "lab"
    assert top.reasons[0] == "seeks shared lab space ↔ offers shared lab space"


def test_pharma_seeking_licensing_means_in_licensing():
    pharma = Profile(id="p", type="big_pharma", seeking_text="Licensing opportunities in oncology")
    startup = Profile(id="s", offering_text="면역항암 이중항체", seeking_text="기술이전 파트너")
    rival = Profile(id="r", type="big_pharma", offering_text="Oncology", seeking_text="licensing partner")
    ranked = MatchIndex.build([pharma, startup, rival]).recommend("p", top=2)
    assert ranked[0].id == "s"
    assert ranked[0].mutual is True


def test_organisation_type_is_a_hint_for_sparse_profiles():
    query = Profile(id="q", offering_text="ADC 항암 후보물질", seeking_text="기술이전 파트너")
    pharma = Profile(id="pf", name="Pfizer", type="big_pharma")
    startup = Profile(id="st", name="Some Bio", type="startup")
    assert ids(MatchIndex.build([query, pharma, startup]).recommend("q")) == ["pf"]


def test_startup_seeking_mentoring_ranks_domain_mentor_first():
    startup = Profile(
        id="s", offering_text="림프종 CAR-T 스타트업", seeking_text="임상개발 전략 멘토링이 필요합니다"
    )
    oncology = Profile(
        id="m1", type="mentor", offering_text="Oncology clinical development; hematology expert"
    )
    dermatology = Profile(id="m2", type="mentor", offering_text="Dermatology marketing and sales in Europe")
    ranked = MatchIndex.build([startup, oncology, dermatology]).recommend("s", lang="ko")
    assert ids(ranked) == ["m1", "m2"]
    assert ranked[0].reasons[0] == "찾는 것: 멘토링·코칭 ↔ 제공: 멘토링·코칭"
