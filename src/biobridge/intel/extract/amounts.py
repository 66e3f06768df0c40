"""Money amounts: 17.7조원, 300억 원, 1조 2,000억원, 1,200만 달러, $2 billion, USD 5 million."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

_KO_UNITS = {  # a group's unit (조, 억, 만) and the place values inside a group (천, 백, 십)
    "조": 10**12,
    "억": 10**8,
    "만": 10**4,
    "천": 10**3,
    "백": 10**2,
    "십": 10,
}
_EN_UNITS = {
    "trillion": 10**12,
    "billion": 10**9,
    "bn": 10**9,
    "million": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "thousand": 10**3,
    "k": 10**3,
}
_KO_CURRENCY = {
    "원": "KRW",
    "달러": "USD",
    "불": "USD",
    "유로": "EUR",
    "엔": "JPY",
    "위안": "CNY",
    "파운드": "GBP",
}
_SYMBOL = {
    "$": "USD",
    "US$": "USD",
    "USD": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "₩": "KRW",
    "KRW": "KRW",
    "£": "GBP",
    "GBP": "GBP",
    "¥": "JPY",
    "JPY": "JPY",
}

_NUM = r"\d[\d,]*(?:\.\d+)?"
# One or more "number + Korean unit" groups followed by a currency word: 1조 2,000억원, 17.7조원, 300억 원.
_KO = re.compile(
    # not a product code's digits ('VST-P11 원료의약품'), nor 원 opening a word (원료, 원장, 원천)
    rf"(?<![A-Za-z-])(?P<groups>(?:{_NUM}\s*(?:조|천억|백억|십억|억|천만|백만|만|천)\s*)+|{_NUM}\s*)"
    r"(?P<cur>원(?!료|장|천|전|가\b|자력|리\b|격|형|본|래|작|활)|달러|불|유로|엔|위안|파운드)"
    r"(?![가-힣]?[가-힣]*(?:화|권|짜리))"
)
_KO_GROUP = re.compile(rf"({_NUM})\s*(조|천억|백억|십억|억|천만|백만|만|천)?")
_EN = re.compile(
    r"(?P<sym>US\$|\$|€|£|¥|₩|USD|EUR|KRW|GBP|JPY)\s?(?P<num>" + _NUM + r")\s*"
    r"(?P<unit>trillion|billion|million|thousand|bn|mn|m|k)?\b"
    r"|(?P<num2>"
    + _NUM
    + r")\s*(?P<unit2>trillion|billion|million|thousand)?\s*(?P<code>USD|EUR|KRW|won|dollars)\b",
    re.I,
)


@dataclass(frozen=True)
class Amount:
    value: int
    currency: str
    start: int = 0

    def as_json(self) -> dict[str, object]:
        return {"value": self.value, "currency": self.currency}


def _num(s: str) -> Decimal:
    return Decimal(s.replace(",", ""))


def _korean_number(groups: str) -> Decimal:
    """'2천900억' is (2,000 + 900) × 10⁸: 천 counts inside the 조/억/만 group it comes before."""
    total = small = Decimal(0)
    for g in _KO_GROUP.finditer(groups):
        unit = g[2] or ""
        big = unit.lstrip("천백십")
        small += _num(g[1]) * (_KO_UNITS[unit[: len(unit) - len(big)]] if big != unit else 1)
        if big:
            total += small * _KO_UNITS[big]
            small = Decimal(0)
    return total + small


def find_amounts(text: str) -> list[Amount]:
    """Every stated money amount in `text`, normalised to an integer and an ISO currency code."""
    out: list[Amount] = []
    for m in _KO.finditer(text):
        total = _korean_number(m["groups"])
        if total > 0:
            out.append(Amount(int(total), _KO_CURRENCY[m["cur"]], m.start()))
    for m in _EN.finditer(text):
        if m["num"]:
            unit = (m["unit"] or "").lower()
            value = _num(m["num"]) * _EN_UNITS.get(unit, 1)
            cur = _SYMBOL[m["sym"].upper() if m["sym"].isalpha() else m["sym"]]
        else:
            unit = (m["unit2"] or "").lower()
            value = _num(m["num2"]) * _EN_UNITS.get(unit, 1)
            code = m["code"].upper()
            cur = {"WON": "KRW", "DOLLARS": "USD"}.get(code, code)
        if value > 0:
            out.append(Amount(int(value), cur, m.start()))
    return sorted(out, key=lambda a: a.start)


def parse_amount(text: str) -> Amount | None:
    """The first amount in `text`, or None."""
    found = find_amounts(text)
    return found[0] if found else None
