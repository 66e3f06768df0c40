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
