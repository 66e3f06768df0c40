"""The relation record, and the relation a sentence states (its date, amount, evidence)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from biobridge.intel.extract.amounts import Amount
from biobridge.intel.extract.dates import Found, sentence_dates
from biobridge.intel.extract.text import Sentence


@dataclass
class Relation:
    type: str
    parties: list[str]  # canonical names, in order of mention
    date: str | None
    amount: Amount | None
    evidence: str  # the sentence that states it
    start: int = 0
    end: int = 0
    extra_evidence: list[str] = field(default_factory=list)
    # a partnership that stands beside the stronger relation naming its parties, or an earlier round
    # beside the round that names its investor
    standalone: bool = False
    own_round: bool = False  # one of two rounds a sentence tells clause by clause: never merged
    announced: bool = False  # its date is the day it was announced ('체결했다고 23일 밝혔다')
    companions: list[str] = field(default_factory=list)  # came along on a visit ('… 도 동행했다')
    here_only: list[str] = field(
        default_factory=list
    )  # came to this stop only ('첫 방문지에는 X도 함께했다')
    host: str | None = None  # the stop of a visit split from a sentence naming several
    each: bool = False  # one of the deals a sentence tells with each partner ('B, C와 각각 계약')


def deal_dates(text: str, published: str | None) -> list[Found]:
    """The dates a sentence states, without those telling when a party first came in ('2023년 시리즈B
    때 들어온 기존 투자자 X도 후속 투자에 나섰다')."""
    return [d for d in sentence_dates(text, published) if not _EARLIER_ROUND.match(text, d.start)]


def _stated(
    kind: str,
    parties: list[str],
    sent: Sentence,
    published: str | None,
    amounts: list[Amount],
    fallback_date: str | None = None,
) -> Relation:
    """The relation as `sent` states it: its first date (else `fallback_date`), first amount, evidence."""
    dates = deal_dates(sent.text, published)
    said = [d for d in dates if _ANNOUNCED.match(sent.text, d.start)]
    told = [d for d in dates if d not in said]
    # '2021년 … 창업으로 출발한 X는 올해 1월 투자를 유치했다': the founding year describes X, not the deal
    told = [
        d
        for d in told
        if not _FOUNDED.match(sent.text, d.start) and not _EN_FOUNDED.search(sent.text, 0, d.start)
    ] or told
    if kind == "event":
        # '… 행사는 9일까지 사흘간 열린다': the day it ends, not the day it was held from
        told = [d for d in told if not _UNTIL.match(sent.text, d.start)]
        # '지난 6월 선정된 ▲A ▲B가 발표자로 나섰다': when the presenters were chosen, not the event's day
        told = [d for d in told if not _CHOSEN_WHEN.match(sent.text, d.start)]
        dates = told if not said else dates
    return Relation(
        kind,
        parties,
        (told or dates)[0].value if dates else fallback_date,
        amounts[0] if amounts else None,
        sent.text,
        sent.start,
        sent.end,
        announced=bool(said) and not told,
    )


# 'Founded in 2021, Aurentis obtained … in 2023': the year it was founded, not the deal's
_EN_FOUNDED = re.compile(r"\b(founded|established|set up|spun off)( in)?\s*$", re.I)
_FOUNDED = re.compile(r"[^.,]{0,40}?(설립|창업|출발|개원|개소|출범)(된|한|했던|으로\s*출발한)\s")
# '2023년 시리즈B 때': the round an investor first came in on
EARLIER_ROUND_NAME = r"(시리즈\s*[A-D]|시드|프리\s*[AB]|프리IPO|초기\s*투자)\s*(때|당시|라운드\s*때)"
_EARLIER_ROUND = re.compile(rf"[^.,]{{0,12}}?{EARLIER_ROUND_NAME}\s")
_CHOSEN_WHEN = re.compile(r"[^.,]{0,12}?(선정|선발|지정)(된|돼\s*입주한)\s")
_UNTIL = re.compile(r"[^\s,.]{1,12}\s*까지\s")
_ANNOUNCED = re.compile(r"\d{1,2}\s*일\s*(밝혔|전했|발표했|알렸)")
