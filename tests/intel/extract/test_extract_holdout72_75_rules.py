"""Rules found on holdout72–75 (blind in the fifteenth and sixteenth sessions); fresh text each."""

from __future__ import annotations

from rule_helpers import relations_en

from biobridge.intel.extract.gazetteer import default_gazetteer
from biobridge.intel.extract.orgs_en import find_organizations_en


def _en_names(text: str) -> set[str]:
    return {o.canonical for o in find_organizations_en(text, default_gazetteer())}


def test_where_the_second_of_two_joined_firms_is_based_is_no_part_of_its_name():
    text = (
        "Veltrion Bio said it raised 30 billion won in a Series B round. Two overseas investors joined, "
        "Boston-based Quarrystone Capital and Osaka-based Minato Life Partners."
    )
    names = _en_names(text)
    assert {"Quarrystone Capital", "Minato Life Partners"} <= names, names
    assert not any(n.endswith("-based Minato Life Partners") for n in names), names


def test_a_unit_of_the_hospital_just_named_is_no_organisation():
    text = (
        "Veltrion Bio signed a research partnership with Brigham Research Hospital in Boston. A team at "
        "the hospital's Oncology Center will test the candidate in tumor models."
    )
    names = _en_names(text)
    assert "Oncology Center" not in names, names
    assert ("partnership", {"Veltrion Bio", "Brigham Research Hospital"}) in relations_en(text, "2025-06-01")


def test_a_parent_injecting_money_into_its_unit_is_an_investment():
    text = (
        "Its parent company has kept the money flowing as well. Halden Holdings injected 80 billion won "
        "into Halden Biologics through a rights offering in May."
    )
    assert relations_en(text, "2025-10-15") == [("investment", {"Halden Holdings", "Halden Biologics"})]


def test_an_agreement_with_a_price_is_a_deal():
    text = (
        "The two companies are not new partners. Veltrion Bio signed a $31 million agreement with "
        "Halden Biologics in September last year to have clinical supplies made at its plant."
    )
    assert relations_en(text, "2025-10-15") == [("contract", {"Veltrion Bio", "Halden Biologics"})]


def test_a_nationality_and_a_field_before_a_firm_are_no_name():
    text = (
        "In April, Halden Biologics signed a deal with Swiss ADC developer Ardentis Pharma to produce "
        "clinical materials for its lead program."
    )
    assert "Swiss ADC" not in _en_names(text)
    assert relations_en(text, "2025-10-15") == [("contract", {"Halden Biologics", "Ardentis Pharma"})]


def test_co_investors_named_later_join_the_round_money_was_put_into():
    text = (
        "In June, Arcbridge Partners also put money into Quillon Bio, a Daejeon-based KAIST spinoff that "
        "develops cell therapies. Quillon Bio raised 14 billion won in a Series A. Co-investors in the "
        "Quillon Bio round were DSC Investment and Yuhan Corp., which took a strategic stake."
    )
    rounds = [p for t, p in relations_en(text, "2025-07-15") if t == "investment"]
    assert rounds == [{"Arcbridge Partners", "Quillon Bio", "DSC Investment", "유한양행"}], rounds


def test_a_funds_anchor_backers_invest_and_a_company_forms_stop_ends_no_sentence():
    text = (
        "The money came from the K-Bio Fund II, which Arcbridge Partners formed last year with anchor "
        "commitments totaling 90 billion won from Korea Venture Investment Corp. (KVIC), which manages the "
        "government's fund of funds, and Korea Development Bank (KDB)."
    )
    assert relations_en(text, "2025-07-15") == [
        ("investment", {"Arcbridge Partners", "한국벤처투자", "한국산업은행"})
    ]


def test_studies_run_with_the_foundation_are_a_partnership():
    text = (
        "Avirex Therapeutics, a tenant of the Osong Medical Innovation Foundation (KBIOHealth), has been "
        "running non-clinical efficacy studies of its antiviral with the foundation since last year."
    )
    assert relations_en(text, "2025-07-15") == [
        ("partnership", {"Avirex Therapeutics", "오송첨단의료산업진흥재단"})
    ]
