"""The packaged bilingual taxonomy: well-formed, bilingual, unambiguous."""

from __future__ import annotations

import json
import re
from collections import defaultdict

from biobridge.directory.taxonomy_data import CATEGORIES, DATA_FILE, load_taxonomy, normalize_label

_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _raw() -> dict:
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def test_taxonomy_categories_are_exactly_the_five():
    assert [c["key"] for c in _raw()["categories"]] == list(CATEGORIES)


def test_taxonomy_keys_unique_snake_case_ascii():
    keys = [t["key"] for t in _raw()["terms"]]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", k) for k in keys)
    assert 150 <= len(keys) <= 250


def test_taxonomy_parents_exist_in_same_category_without_cycles():
    tax = load_taxonomy()
    for term in tax.terms.values():
        assert term.category in CATEGORIES
        if term.parent:
            assert term.parent in tax.terms, term.key
            assert tax.terms[term.parent].category == term.category, term.key
        assert term.key not in tax.ancestors(term.key)


def test_taxonomy_every_term_has_korean_and_english_names():
    for term in load_taxonomy().terms.values():
        assert _HANGUL.search(term.ko) or (term.ko.isascii() and term.key in {"sirna"}), term.key
        assert term.en and term.en.strip() == term.en


def test_taxonomy_no_label_maps_to_two_terms():
    owners: dict[str, set[str]] = defaultdict(set)
    for term in load_taxonomy().terms.values():
        for label in term.labels:
            owners[normalize_label(label)].add(term.key)
    clashes = {label: keys for label, keys in owners.items() if len(keys) > 1}
    assert clashes == {}


def test_taxonomy_complements_refer_to_terms():
    tax = load_taxonomy()
    for comp in tax.complements:
        assert comp.seeking in tax.terms and comp.offering in tax.terms
        assert 0 < comp.weight <= 1


def test_resolve_korean_english_and_synonyms():
    tax = load_taxonomy()
    assert tax.resolve("항체약물접합체").key == "adc"
    assert tax.resolve("항체-약물 접합체").key == "adc"
    assert tax.resolve("Antibody-Drug Conjugate").key == "adc"
    assert tax.resolve("adc").key == "adc"
    assert tax.resolve("생물반응기").key == "bioreactors"
    assert tax.resolve("바이오 리액터").key == "bioreactors"
    assert tax.resolve("레진").key == "chromatography_resin"
    assert tax.resolve("수지").key == "chromatography_resin"
    assert tax.resolve("licensing partner").key == "licensing_partner"
    assert tax.resolve("In-Licensing").key == "in_licensing"
    assert tax.resolve("혈액암").key == "hematologic_cancers"
    assert tax.resolve("no such thing") is None


def test_resolve_accepts_decomposed_hangul():
    import unicodedata

    assert load_taxonomy().resolve(unicodedata.normalize("NFD", "혈액암")).key == "hematologic_cancers"


def test_hierarchy_ancestors_and_children():
    tax = load_taxonomy()
    assert tax.ancestors("leukemia") == ["hematologic_cancers", "oncology"]
    assert tax.ancestors("adc") == ["antibody", "biologics"]
    assert "hematologic_cancers" in tax.children("oncology")
    assert "leukemia" in tax.descendants("oncology")
    assert tax.ancestors("oncology") == []
