"""Rules found on holdout32–35 (development sets from the sixth session); fresh sentences each."""

from __future__ import annotations

from rule_helpers import relations_en


def test_english_list_tail_and_multiword_based_place_are_split_off():
    text = (
        "Founded in 2022, Marlowe Therapeutics raised $85 million in a Series A round in May. "
        "Atlas Venture, Novo Holdings and Sofinnova Partners joined the financing. "
        "Separately, South San Francisco-based Marlowe will buy a 5 percent stake in Hanul Biologics."
    )
    found = relations_en(text, "2025-09-01")
    assert (
        "investment",
        {"Marlowe Therapeutics", "Atlas Venture", "Novo Holdings", "Sofinnova Partners"},
    ) in found
    assert ("investment", {"Marlowe Therapeutics", "Hanul Biologics"}) in found
