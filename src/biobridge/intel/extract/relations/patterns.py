"""Regexes and helpers several steps share: quotes, '이날', unnamed partners, list markers."""

from __future__ import annotations

import re

_QUOTE = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)|‘[^’]*’")
_THIS_DAY = re.compile(r"(?<![가-힣])(이날|같은\s*날|당일)(?![가-힣])|(?<![가-힣])(이날|당일)(은|에|도)\s")


# '일본 소재 의료기기 전문 유통사와 … 판매 계약', 'with a U.S.-based biotech company': a contract whose
# other side the text describes but does not name is still a contract of the one it names.
_UNNAMED_PARTNER = re.compile(
    r"(제약사|제약회사|바이오텍|기업|업체|유통사|고객사|빅파마|곳)\s*(두|세|네|\d+)?\s*(곳)?(와|과|로부터)\s|"
    r"\b(with|from) an? [\w\s.,-]{0,40}?(company|biotech|drugmaker|firm|client|partner|customer)\b",
    re.I,
)


# '11일 투자은행(IB) 업계에 따르면 이번 투자에는 …': who says so, before what the sentence tells
_ACCORDING_TO = re.compile(r"^(\d{1,2}일\s*)?[^.,]{0,30}?에\s*따르면,?\s+")


def _lead(text: str) -> str:
    """The sentence without list markers in front ('□ 이번 협약을 통해' → '이번 협약을 통해') or the
    source it cites ('업계에 따르면')."""
    return _ACCORDING_TO.sub("", re.sub(r"^[\s□■○●◇◆▲△▶►•·※\-–—*①-⑳]+", "", text))


# '투자를 유치했다', '투자금을 확보했다', '투자를 받았다': a company raising money (not an investor giving it)
_RAISED = re.compile(r"투자(를|도|금을)?\s*(확보|유치|받)")
