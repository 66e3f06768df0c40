"""Title, publication date, reporter and outlet of a scraped page.

Only labelled dates count (입력, 기사입력, 승인, 등록, Published...): an unlabelled date
near the top is as likely to be today's date in the site header. The one exception is a short
line with a date and a clock time right next to the reporter's byline ('2025-05-22 00:00:00',
'All News 10:32 March 12, 2025').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from biobridge.intel.extract import lines as L
from biobridge.intel.extract.boilerplate import Page, bare_byline
from biobridge.intel.extract.dates import clocked_date, labelled_date

_NOT_NAMES = {
    "취재",
    "사진",
    "인턴",
    "전문",
    "담당",
    "편집",
    "객원",
    "수습",
    "선임",
    "기자",
    "본지",
    "특별",
    "명예",
    "일보",
    "뉴스",
    "신문",
    "방송",
    "통신",
    "시민",
    "영상",
    "외신",
    "데일리",
    "정치부",
    "경제부",
    "산업부",
}
_NAME_KO = r"(?P<name>[가-힣]{2,4})"
_TITLE_KO = r"(?:기자|특파원|선임기자|객원기자|인턴기자|수습기자|전문기자|통신원)"
_REPORTER_PATTERNS = [
    re.compile(r"기자명\s*" + _NAME_KO + r"\s*" + _TITLE_KO),
    re.compile(r"[\[(【][^\]=)】]{1,30}=\s*" + _NAME_KO + r"\s*" + _TITLE_KO),  # [주간시흥=박영규 기자]
    re.compile(r"^\s*[가-힣]{2,8}\s*=\s*" + _NAME_KO + r"\s*" + _TITLE_KO),  # 화순=한다인 기자 (a dateline)
    re.compile(
        r"[\[(【][^\]=)】]{1,30}\s" + _NAME_KO + r"\s*" + _TITLE_KO + r"\s*[\])】]"
    ),  # [매체 이석희 기자]
    re.compile(
        r"(?:^|[\s/|•·,\]])" + _NAME_KO + r"\s*" + _TITLE_KO + r"(?![가-힣])"
    ),  # 최선경 기자 / 기사승인
    re.compile(r"^\W*" + _NAME_KO + r"\s+(?:기사입력|입력|등록|승인)"),  # 박영규 기사입력 2023/05/07
]
_REPORTER_EN = re.compile(
    r"(?:^|\|\s*)(?:By|Reporter:?)\s+(?P<name>[A-Z][a-zA-Z.'-]+(?:\s[A-Z][a-zA-Z.'-]+){1,3})"
)
_COPYRIGHT_OUTLET = re.compile(
    r"(?:저작권자|Copyright)?\s*(?:[ⓒ©]|\(c\)|Copyright)\s*(?:\d{4}\s*)?(?P<outlet>[^\s.,\[\]<>()|]+(?:\s[^\s.,\[\]<>()|]+){0,3})",
    re.I,
)
_MENU_WORDS = {"로그인", "회원가입", "구독", "구독신청", "검색", "전체메뉴", "메뉴", "홈"}
_NOTICE = re.compile(r"무단|All\s+rights|재배포|\.\s|\.$|>")
_SIGNED = re.compile(r"[ⓒ©]|Copyright", re.I)
_HANGUL = re.compile(r"[가-힣]")
_SLOGAN = re.compile(r"[가-힣](는|을|를|이)\s")  # '경제를 보는 눈', '돈이 보이는 …': a phrase, not a name
_OUTLET_STOP = re.compile(r"\s*(무단|All\s+rights|재배포|저작권|www\.|https?:|-|&|\d{4}).*$", re.I)
_BRACKET_OUTLET = re.compile(r"^\s*[\[【]\s*(?P<outlet>[^\]】=]{2,25}?)\s*(?:=|\s[가-힣]{2,4}\s*기자|[\]】])")
_PAREN_OUTLET = re.compile(r"^\s*\([^)=]{1,15}=\s*(?P<outlet>[^)]{2,20})\)")


@dataclass(frozen=True)
class Meta:
    title: str | None
    published: str | None
    reporter: str | None
    outlet: str | None


def read_meta(page: Page) -> Meta:
    ls = page.lines
    header = [ls[i] for i in page.header]
    lead = [ls[page.lead]] if page.lead is not None else []
    footer = [ls[i] for i in page.footer]
    title = ls[page.title] if page.title is not None else None
    return Meta(
        title=title,
        published=_first(labelled_date, header + footer + lead) or _stamp_by_byline(ls, page.header),
        reporter=_first(find_reporter, header + lead + footer + _datelined(ls, page.body[:3]))
        or next((n for i in page.header if (n := bare_byline(ls, i))), None),
        outlet=_masthead(
            _pick_outlet(
                _first(outlet_from_copyright, footer),
                _first(outlet_from_bracket, lead + header),
                _first(outlet_from_copyright, header),
            ),
            ls,
            korean=sum(bool(_HANGUL.search(ls[i])) for i in page.body) * 2 > len(page.body),
        ),
    )


def _masthead(outlet: str | None, ls: list[str], korean: bool) -> str | None:
    """The outlet's name as its masthead (the page's first line) writes it."""
    top = [x.strip() for x in ls[:3]]
    name = top[0] if top and 2 <= len(top[0]) <= 30 else None
    if outlet is None and name:
        # 'Korea JoongAng Daily' on top and in 'Copyright © Korea JoongAng Daily.' below
        signed = any(name in x and _SIGNED.search(x) for x in ls[-40:])
        return name if signed else None
    # '종합 경제정보 미디어 이데일리', '전북일보 인터넷신문', '뉴스1코리아' under the masthead's shorter name
    if outlet and name and name != outlet and name in outlet:
        outlet = name
    if not outlet or not outlet.isascii() or not korean:
        return outlet
    # 'HelloDD 헬로디디', 'BioSpectator' over '바이오스펙테이터', 'thebell' over '더벨 | …': a Korean
    # outlet's Korean name
    for i, line in enumerate(top):
        m = re.fullmatch(
            rf"{re.escape(outlet)}\s+([가-힣]{{2,12}})|([가-힣]{{2,12}})\s+{re.escape(outlet)}", line
        )
        if m:
            return m.group(1) or m.group(2)
        below = top[i + 1] if line == outlet and i + 1 < len(top) else ""
        if (m := re.fullmatch(r"([가-힣]{2,12})(\s*\|.*)?", below)) and m.group(1) not in _MENU_WORDS:
            return m.group(1)
    return outlet


def _datelined(ls: list[str], body: list[int]) -> list[str]:
    """Early body lines that open on a dateline ('[안동=뉴시스] 서지훈 기자 = …') after a photo caption."""
    return [ls[i] for i in body if re.match(r"^\s*[\[(【][^\]\n)】]{1,20}=", ls[i])]


def _stamp_by_byline(ls: list[str], header: list[int]) -> str | None:
    """An unlabelled date-time line counts only right next to the reporter's byline."""
    for i in header:
        found = clocked_date(ls[i])
        near = ls[max(0, i - 2) : i] + ls[i + 1 : i + 3]
        if found and any(find_reporter(x) for x in near):
            return found
    return None


def _pick_outlet(copyright_: str | None, bracket: str | None, header: str | None) -> str | None:
    # '공감언론 뉴시스통신사' (copyright) vs '[서울=뉴시스]' (dateline): the brand is the short one.
    if copyright_ and bracket and (bracket in copyright_ or (copyright_.isascii() and not bracket.isascii())):
        return bracket  # 'NEWSIS.COM' or '뉴스1코리아' beside '[안동=뉴시스]': the Korean brand
    return copyright_ or bracket or header


def _first(fn, items: list[str]) -> str | None:  # type: ignore[no-untyped-def]
    for item in items:
        value = fn(item)
        if value:
            return value
    return None


def find_reporter(line: str) -> str | None:
    """The reporter's name on a byline or sign-off line."""
    if len(line) > 200:
        line = line[:200]
    for rx in _REPORTER_PATTERNS:
        for m in rx.finditer(line):
            name = m["name"]
            if name not in _NOT_NAMES and not name.endswith(("일보", "뉴스", "신문")):
                return name
    m = _REPORTER_EN.search(line) or L.SIGNOFF_EN.match(line)
    return m["name"].strip() if m else None


_SITE_OUTLET = re.compile(r"(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,20})\s*\((?:https?://)?www\.[\w.-]+\)")


def outlet_from_copyright(line: str) -> str | None:
    if not L.is_end_marker(line) and not L.is_credit(line):
        return None
    # '<ⓒ슬로건, 아시아경제(www.asiae.co.kr) 무단전재>': the name in front of the site's address
    site = _SITE_OUTLET.search(line)
    if site:
        return site["outlet"]
    m = _COPYRIGHT_OUTLET.search(line)
    if not m:
        return None
    outlet = _OUTLET_STOP.sub("", m["outlet"]).strip(" .,:;'\"")
    if _SLOGAN.search(outlet):
        # '<ⓒ경제를 보는 눈, 세계를 보는 창 아시아경제 무단전재>', '© ‘돈이 보이는 … 뉴스’ 머니투데이.': the
        # outlet's slogan first, its name last before the notice
        tail = _NOTICE.split(line[m.start("outlet") :], maxsplit=1)[0]
        words = re.findall(r"[가-힣A-Za-z0-9]+", tail)
        outlet = words[-1] if words else outlet
    bilingual = re.fullmatch(r"([가-힣0-9]+)\s+[A-Za-z][\w.]*", outlet)  # "더벨 thebell" -> "더벨"
    if bilingual:
        outlet = bilingual.group(1)
    return outlet if 2 <= len(outlet) <= 40 and not outlet.lower().startswith(("all", "by")) else None


_DATELINE = re.compile(r"^\s*[\[【(]\s*[가-힣]{1,6}\s*=\s*(?P<outlet>[^\]】)=]{2,20}?)\s*[\]】)]")


def outlet_from_bracket(line: str) -> str | None:
    m = _DATELINE.match(line) or _BRACKET_OUTLET.match(line) or _PAREN_OUTLET.match(line)  # [서울=뉴시스]
    if not m:
        return None
    outlet = m["outlet"].strip()
    if re.search(r"사진|포토|기자|단독|속보|종합|인터뷰|영상|기고|칼럼|\d", outlet):
        return None
    return outlet
