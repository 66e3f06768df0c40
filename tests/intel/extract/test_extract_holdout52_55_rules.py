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


_SENTENCE_HEADLINE_PAGE = """바이오산업뉴스
홈 > 산업 > 제약

한빛바이오, 충북 오송에 새 공장을 짓는다. 2027년 가동을 목표로 한다.
투자 규모는 1,200억원으로 회사 설립 이후 최대 규모다.
입력 2025.03.14 10:22
홍길동 기자

한빛바이오는 충북 오송에 항체 생산 공장을 짓는다고 14일 밝혔다. 착공은 올해 하반기다.

새 공장은 2027년 가동을 목표로 하며, 회사는 생산 인력 120명을 새로 뽑을 계획이다.

<저작권자 ⓒ 바이오산업뉴스, 무단 전재 및 재배포 금지>
"""


def test_a_headline_and_deck_that_read_as_sentences_end_at_the_date_and_are_no_lead():
    page = find_page(_SENTENCE_HEADLINE_PAGE)
    assert page.lines[page.lead].startswith("한빛바이오는 충북 오송에")
    assert page.lines[page.end - 1].startswith("새 공장은 2027년")
    assert page.lines[page.title].startswith("한빛바이오, 충북 오송에 새 공장을 짓는다.")
    assert page.lines[page.body[0]].startswith("투자 규모는 1,200억원")  # the deck stays in the body
