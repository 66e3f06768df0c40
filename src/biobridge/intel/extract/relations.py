"""Relations between organisations, one per clause that states them.

A clause (a sentence cut at connective endings such as '-하며,' '-하고') with a trigger word
gives a relation whose parties are the organisations named in it — plus the sentence's
subject when the clause has none of its own. Organisations named only as a modifier
(X 산하, X 소속, [사진=X 제공], X가 발표한) are not parties. Date and amount come from the
same sentence; nothing is carried over from elsewhere, so unknown stays None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from biobridge.intel.extract.amounts import Amount, find_amounts
from biobridge.intel.extract.dates import sentence_dates
from biobridge.intel.extract.orgs import Organization
from biobridge.intel.extract.text import Sentence, split_sentences

# Checked in this order: the first that matches a clause names the relation.
TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    ("mou", re.compile(r"업무\s*협약|협약|MOU|양해각서|공동\s*의향서|협력\s*각서|MOA|LOI|memorandum of understanding|"
                       r"\bagreement\b.{0,40}\bsign|\bsign.{0,40}\b(agreement|memorandum)", re.I)),
    ("contract", re.compile(r"계약|수주|기술\s*이전|기술\s*수출|라이선스|license|licens|contract|supply deal|"
                            r"\bdeal\b", re.I)),
    ("investment", re.compile(r"투자(를|를\s*유치|\s*유치|했|한다|하기로|에\s*참여|받|금)|시리즈\s*[A-D]|출자|지분|"
                              r"invest|funding|financing|raised|round", re.I)),
    ("selection", re.compile(r"선정|선발|뽑혔|채택|수상|select|chosen|named (as|to)|award", re.I)),
    ("visit", re.compile(r"방문|찾아|찾았|방한|visit", re.I)),
    ("event", re.compile(r"개최|주최|주관|열린|열렸|열리|개막|세미나|포럼|컨퍼런스|콘퍼런스|심포지엄|박람회|전시회|설명회|"
                         r"라운드테이블|참가|참석|참여|host|conference|forum|seminar|symposium|summit|exhibition|"
                         r"attend", re.I)),
    ("partnership", re.compile(r"협력|파트너십|손잡|손을\s*잡|제휴|공동\s*연구|공동\s*개발|협업|partner|collaborat|"
                               r"alliance|team(ed)? up", re.I)),
]
_CLAUSE_SPLIT = re.compile(
    r"(?<=[며고서])\s*,\s+|(?:(?<=하며)|(?<=했으며)|(?<=하고)|(?<=이며)|(?<=으며)|(?<=, and))\s+|;\s+"
)
_MODIFIER_AFTER = re.compile(r"^\S{0,3}\s*(산하|소속|출신|제공|발표한|발표|자료|공고|지정)")
_MODIFIER_BEFORE = re.compile(r"(사진|자료|출처|제공)\s*[=:]\s*$")
_PAIR_TYPES = {"mou", "partnership", "contract"}


@dataclass
class Relation:
    type: str
    parties: list[str]  # canonical names, in order of mention
    date: str | None
    amount: Amount | None
    evidence: str  # the sentence that states it
    start: int = 0
    end: int = 0
    clauses: list[str] = field(default_factory=list)


def find_relations(body: str, orgs: list[Organization], published: str | None) -> list[Relation]:
    mentions = sorted(((m.start, m.end, o.canonical) for o in orgs for m in o.mentions), key=lambda x: x[0])
    found: list[Relation] = []
    for sent in split_sentences(body):
        found.extend(_sentence_relations(body, sent, mentions, published))
    return _dedupe(found)


def _sentence_relations(body: str, sent: Sentence, mentions, published: str | None) -> list[Relation]:  # type: ignore[no-untyped-def]
    inside = [(a, b, name) for a, b, name in mentions if sent.start <= a < sent.end and _is_party(body, a, b)]
    if not inside:
        return []
    subject = _subject(body, sent, inside)
    out: list[Relation] = []
    pos = sent.start
    for clause in _clauses(sent):
        c_start, c_end = pos + sent.text[pos - sent.start:].find(clause), 0
        c_end = c_start + len(clause)
        pos = c_end
        kind = _trigger(clause)
        if kind is None:
            continue
        parties = _unique([name for a, _b, name in inside if c_start <= a < c_end])
        if subject and subject not in parties and (not parties or kind in _PAIR_TYPES):
            parties.insert(0, subject)
        if not parties or (kind in _PAIR_TYPES and len(parties) < 2):
            continue
        amounts = find_amounts(sent.text) if kind in {"investment", "contract"} else []
        dates = sentence_dates(sent.text, published)
        out.append(Relation(kind, parties, dates[0].value if dates else None, amounts[0] if amounts else None,
                            sent.text, sent.start, sent.end, [clause]))
    return out


def _clauses(sent: Sentence) -> list[str]:
    parts = [p for p in _CLAUSE_SPLIT.split(sent.text) if p and p.strip()]
    return parts or [sent.text]


def _trigger(clause: str) -> str | None:
    for kind, rx in TRIGGERS:
        if rx.search(clause):
            return kind
    return None


def _is_party(body: str, a: int, b: int) -> bool:
    return not _MODIFIER_AFTER.match(body[b: b + 12]) and not _MODIFIER_BEFORE.search(body[max(0, a - 8): a])


def _subject(body: str, sent: Sentence, inside) -> str | None:  # type: ignore[no-untyped-def]
    """The organisation the sentence is about: the first one marked 은/는/이/가 before any verb."""
    for a, b, name in inside[:3]:
        tail = body[b: b + 2]
        if tail[:1] in {"은", "는", "이", "가"} and not tail.startswith(("이번", "이하")):
            return name
        if re.match(r"\s*(\([^)]*\))?\s*(은|는|이|가)\s", body[b: b + 45]):
            return name
    return None


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    return [x for x in items if not (x in seen or seen.add(x))]  # type: ignore[func-returns-value]


def _dedupe(rels: list[Relation]) -> list[Relation]:
    """Drop a relation whose party set is contained in another of the same type."""
    out: list[Relation] = []
    for r in rels:
        rs = set(r.parties)
        if any(o.type == r.type and rs <= set(o.parties) for o in out):
            continue
        out = [o for o in out if not (o.type == r.type and set(o.parties) < rs)]
        out.append(r)
    return out
