"""Rules found on holdout52–55 (blind in the tenth and eleventh sessions); fresh text each."""

from __future__ import annotations

from biobridge.intel.extract.boilerplate import find_page

_SENTENCE_CASE_PAGE = """The Seoul Ledger
seoulledger.co.kr
Home | Business | Tech | Health
Subscribe | Sign in

Business > Bio

Kelvora raises 30 billion won in Series A led by U.S. VC Marlow Point Ventures
Company also plans a first-in-human trial with a Seoul hospital next year

Posted : 2025-04-02 09:10 | Updated : 2025-04-02 11:00
By Park Se-jin

Facebook | X | LinkedIn | Copy link

Kelvora, a Seoul-based developer of peptide drugs, said it raised 30 billion won in a Series A.

The round was led by Marlow Point Ventures, a Boston-based venture capital firm, the company said.

Copyright The Seoul Ledger. All rights reserved.
"""


def test_a_sentence_case_english_headline_with_abbreviations_is_no_lead():
    page = find_page(_SENTENCE_CASE_PAGE)
    body = [page.lines[i] for i in page.body]
    assert page.lines[page.title].startswith("Kelvora raises 30 billion won")
    assert body[-2].startswith("Kelvora, a Seoul-based developer")
    assert body[-1].startswith("The round was led by Marlow Point")
