"""What a Korean news headline says about who acts in the article.

Headlines follow a fixed grammar: the actors come first, before the first comma
("휴온스, …", "춘천시·한림대·강원대병원, …", "국립암센터-KoNECT, …"), and the counterpart
of a deal right after it with 와/과/로부터 ("…, 프레지니어스 카비와 1000억 규모 공급 계약").
A phrase found this way is a name as written, boundary included: it tells the body where a
two-word foreign name ends and that the 이 of '보로노이가' belongs to the name. It is
evidence, not a verdict: the body must still show the phrase, and a common noun stays one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TAG = re.compile(r"^\s*(?:\[[^\]]{1,12}\]|【[^】]{1,12}】|<[^>]{1,12}>)\s*")  # [단독], [포토]
_ITEM_SPLIT = re.compile(r"\s*[·ㆍ・/&]\s*|(?<=\S\S)\s?[-–]\s?(?=\S\S)|\s+및\s+|(?<=[가-힣])(?:와|과)\s+")
_COUNTERPART = re.compile(r"^\s*((?:[^\s,·'\"‘’“”]+\s){0,2}?[^\s,·'\"‘’“”]+?)(?:와|과|로부터|으로부터)\s")
# Heads that are no actor: a place ('보스턴서'), a person with a title, a quote, a number.
_NOT_ACTOR = re.compile(
    r"(에서|서|에|로|으로)$|^\d|[\"“”'‘’…?!]|(대표|회장|사장|장관|지사|시장|총장|원장|교수|청장|이사장)$"
)


@dataclass(frozen=True)
class HeadlinePhrase:
    text: str
    role: str  # 'actor' (before the first comma) or 'counterpart' (X와 right after it)


def headline_phrases(title: str | None) -> list[HeadlinePhrase]:
    """The actor and counterpart phrases a headline names, in the headline's own spelling."""
    if not title:
        return []
    text = _TAG.sub("", title.strip())
    head, comma, rest = text.partition(",")
    if not comma or not 2 <= len(head.strip()) <= 40:
        return []
    out: list[HeadlinePhrase] = []
    head = head.strip()
    if len(head.split()) > 3 and not re.search(r"[·ㆍ・/&]|\s및\s", head):
        head = head.split()[-1]  # '원주 웨어러블 심전도 스타트업 라노바': a description, then the name
    for item in _ITEM_SPLIT.split(head):
        item = _clean(item)
        if item:
            out.append(HeadlinePhrase(item, "actor"))
    m = _COUNTERPART.match(rest)
    if m:
        item = _clean(m.group(1))
        if item:
            out.append(HeadlinePhrase(item, "counterpart"))
    return out


def _clean(item: str) -> str | None:
    if re.search(r"[\"“”'‘’]", item):
        return None  # a quoted phrase is somebody's words, not an actor
    item = re.sub(r"\s+", " ", item.strip(" \t'\"‘’“”()[]"))
    words = item.split()
    if not item or len(words) > 3 or len(item) < 2 or _NOT_ACTOR.search(item):
        return None
    return item


# Headlines drop verbs: '공급 계약', '지분 인수', 'MOU', '맞손'. First match wins, strongest first.
HEADLINE_TYPES: list[tuple[str, re.Pattern[str]]] = [
    ("mou", re.compile(r"업무\s*협약|협약|MOU|양해각서|의향서|LOI", re.I)),
    (
        "contract",
        re.compile(
            # not '…기술이전 협상도': a deal still being talked about
            r"(계약|기술\s*이전|기술\s*수출|라이선스)(?!\s*(협상|논의|검토|추진))|L/O|수주|공급|판권|\blicens|"
            r"\bdeal\b|contract",
            re.I,
        ),
    ),
    (
        "investment",
        re.compile(
            r"투자\s*유치|투자|지분|시리즈\s*[A-D]|유상증자|펀딩|프리\s*IPO|\binvest|\braises?\b|stake", re.I
        ),
    ),
    ("selection", re.compile(r"선정|선발|수상|뽑혀|\bselect|\bwins?\b.*award", re.I)),
    ("visit", re.compile(r"방문|찾아|찾은|(?<![가-힣])방한|\bvisit", re.I)),  # not '개방한'
    (
        "partnership",
        re.compile(
            r"맞손|손잡|협력|제휴|파트너십|공동\s*(개발|연구)|협업|공조|\bpartner|collaborat|team up", re.I
        ),
    ),
    ("event", re.compile(r"개최|연다|열어|열린|개막|\bhosts?\b|\bholds?\b", re.I)),
]


def headline_type(title: str | None) -> str | None:
    """The relation a headline announces, from its verbless vocabulary ('…와 공급 계약' → contract)."""
    if not title:
        return None
    rest = _TAG.sub("", title).partition(",")[2] or title
    return next((kind for kind, rx in HEADLINE_TYPES if rx.search(rest)), None)
