"""The last filter: relations that are no deal between the parties named."""

from __future__ import annotations

import re

from biobridge.intel.extract.relations.kinds import (
    _COMPANY_TYPES,
    _FUNDERS,
    _PUBLIC,
    _SMALL_COMPANIES,
    _investor_name,
)
from biobridge.intel.extract.relations.relation import Relation
from biobridge.intel.extract.relations.triggers import _EVENT_WORD


def _one_sided(r: Relation) -> bool:
    """A visit needs a visitor and a host (a selection, an MOU and a partnership two sides too), and a
    round or an event one side only plans with no sum
    ('내년 시리즈A 투자 유치에 나서겠다', 'plans to expand the program to BIO-Europe') is no deal; other
    one-party contracts, rounds and events are kept (the counterpart is often unnamed)."""
    if r.type == "visit" and _HOSTS_ONLY.match(r.evidence):
        return True  # a subtitle's '바이오포어·SK바이오사이언스 찾아 애로 청취': the stops, no visitor
    if len(r.parties) != 1:
        return False
    if r.type == "investment" and _CUMULATIVE.search(r.evidence):
        return True  # 'Quantamol has raised 48.5 billion won in total since 2020': all its rounds, summed
    if _REMARKED.search(r.evidence):
        return True  # '국내 스타트업이 CDMO 기업과 … 계약을 맺은 것은 이례적이다': a remark on the deal told
    if r.type == "event" and not r.extra_evidence and not _EVENT_WORD.search(r.evidence):
        return True  # 'HK이노엔의 참여도 눈길을 끈다': taking part in something, no occasion named
    # a selection names the selected as well as who selects (gold sets never hold a one-party one)
    return r.type in {"visit", "selection", "mou", "partnership"} or (
        r.type in {"investment", "event"}
        and r.amount is None
        and bool(_PLAN.search(r.evidence) or (r.type == "event" and _EVENT_PLAN.search(r.evidence)))
    )


_HOSTS_ONLY = re.compile(r"^[^\s·]+(·[^\s·]+)+\s+(찾아|방문)")
_REMARKED = re.compile(
    r"(맺은|체결한|따낸|수주한|유치한|성사시킨)\s*(것은|건)\s[^.]{0,20}(이례적|처음|최초|드문|드물)"
)


def _planned(r: Relation, published: str | None) -> bool:
    """'시는 … 내년 중 A*STAR와 첫 공동연구 과제를 선정하고 … 신설할 계획이다': a selection or visit
    dated after the article and told as a plan has not happened (a planned event, or a deal told with
    later plans, is still told)."""
    signing_later = r.type in {"contract", "mou"} and bool(_SIGNING_PLANNED.search(r.evidence))
    return (
        (r.type in {"selection", "visit"} or signing_later)
        # '오는 10월 … 사절단을 파견할 계획이다' in a June article: a later month counts too
        and bool(published and r.date and r.date[:7] > published[: len(r.date[:7])])
        and bool(_PLAN_WORDS.search(r.evidence))
    )


# '양사는 내년 상반기 … 인허가를 마치는 대로 본계약을 체결할 계획이다': a deal not yet signed
_SIGNING_PLANNED = re.compile(r"(체결|맺)(할|을)\s*(계획|예정)")


_PLAN_WORDS = re.compile(r"(계획|예정|방침)이다|\bplans? to\b|\bwill\b")


def _into_a_fund(r: Relation, found: list[Relation], types: dict[str, str | None]) -> bool:
    """'(도는 A, B와 펀드 결성 및 출자 협약을 체결했다.) 도가 100억원, A가 250억원을 출자하고 …': what
    the signatories put into the fund they agreed on is that agreement, not a round of its own."""
    return (
        r.type == "investment"
        and bool(_FUND_COMMITMENT.search(r.evidence))
        and all(types.get(p) in _FUNDERS | {"government"} for p in r.parties)
        and any(x.type == "mou" and set(r.parties) <= set(x.parties) for x in found)
    )


_FUND_COMMITMENT = re.compile(r"출자자|(펀드|조합)[^.]*출자|출자[^.]*(펀드|조합)")


def _only_asked(r: Relation) -> bool:
    """'…의 프로그램에 경북 기업들이 참여할 수 있도록 협조를 요청했다': an occasion asked for, not held."""
    return r.type == "event" and bool(_ASKED.search(r.evidence))


_ASKED = re.compile(
    r"(참여|참가)할\s*수\s*있도록\s*[^.]{0,10}?(협조|지원|도움|기회)(를|을)?\s*(요청|당부|건의|제안)"
)


_CUMULATIVE = re.compile(r"\bin total\b|\bcumulative\b|누적\s*(투자|유치|투자금)")


# '미팅에 참여할 기회도 얻는다', '과제에 참여할 수 있도록', '시장개척단을 파견할 계획이다': an occasion one
# side is only offered or plans to join (an event it plans to hold is still its event)
_EVENT_PLAN = re.compile(
    r"(참여할|참가할|파견할|지원할)\s*(계획|예정|방침)|기회(도|를)?\s*(얻|준|제공)|참여할\s*수\s*있도록"
)


# 'The ministry plans to expand the pavilion program to BIO-Europe Spring next year': an intention
_PLAN = re.compile(
    r"나서겠|나설\s*(계획|예정|방침)|(유치|추진|확대)할\s*(계획|예정|방침)|\bplans? to (raise|expand)\b"
)


def _attracted(r: Relation, types: dict[str, str | None]) -> bool:
    """'도와 시가 X의 600억원 공장 투자를 이끌어냈다': a region winning a company's own investment
    (told as the investment agreement), not a financing round; '대상 A, 30억 투자 유치…B도 시리즈A':
    two companies that each raised money, no investor between them."""
    kinds = [types.get(p) for p in r.parties]
    if r.type != "investment" or len(r.parties) < 2:
        return False
    received_only = (
        "유치" in r.evidence
        # 'B로부터 투자를 유치': B invested, whatever its type
        and not any("로부터" in e for e in (r.evidence, *r.extra_evidence))
        and all(k in _SMALL_COMPANIES for k in kinds)
        and not any(_investor_name(p) for p in r.parties)
    )
    return received_only or (
        "government" in kinds and all(k in _COMPANY_TYPES | {"government", None} for k in kinds)
    )


def _partner_choice(r: Relation, found: list[Relation], types: dict[str, str | None]) -> bool:
    """'Quillon … picked Dasol after evaluating six CDMOs': a company choosing the partner of a deal the
    article tells is that deal, not a selection."""
    return (
        r.type == "selection"
        and not any(types.get(p) in _PUBLIC for p in r.parties)
        and any(o.type in _DEALS and set(o.parties) == set(r.parties) for o in found)
    )


_DEALS = {"contract", "mou", "partnership"}  # a fund that chose a manager and invested in it did both
