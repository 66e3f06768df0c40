"""Find the article among the boilerplate of a scraped page.

Shape of a news page as text: [menus, weather, tickers] title [deck] date/byline
[share buttons] [deck] lead ... last paragraph [sign-off] copyright [other headlines,
comment form, ads]. We find the lead (first real sentence), the title as the first
headline-like line of the header block, and walk forward from the lead until a
copyright line, a section marker, a sign-off or a run of junk lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from biobridge.intel.extract import lines as L
from biobridge.intel.extract.dates import bare_stamp, labelled_date

_BYLINE_PREFIX = re.compile(
    r"^\s*(?:[\[(【][^\]\n)】]{1,40}[\])】](?:\s*[가-힣]{2,4}\s*(?:기자|특파원)\s*=)?"
    r"|[가-힣]{2,4}\s(?:기자|특파원)\s*=(?=\s))\s*"  # '정승현 기자 = 국내 …': the byline without its bracket
)
_META_HINT = re.compile(r"기자|입력|승인|등록|수정|기사입력|발행|송고|Published|Posted|Updated|^By\s", re.I)
# '이 기사는 2025년 03월 18일 thebell에 표출된 기사입니다', '<보도자료 제공: X / 이 기사는 … 작성됐습니다>':
# a notice about the article, shaped like a sentence but never part of it.
_NOTICE = re.compile(
    r"^\W{0,2}(?:보도자료\s*제공[^/]{0,40}/\s*)?이\s*기사는\s.{0,80}(표출|게재|작성|배포|발행)"
)


@dataclass
class Page:
    """Where things are in the page's non-empty lines."""

    lines: list[str]
    title: int | None = None
    lead: int | None = None
    end: int = 0  # exclusive index of the last body line
    body: list[int] = field(default_factory=list)  # indices of body lines
    header: list[int] = field(default_factory=list)  # lines before the lead (metadata lives here)
    footer: list[int] = field(default_factory=list)  # a few lines after the body (sign-off, copyright)


def split_lines(text: str) -> list[str]:
    return [" ".join(x.split()) for x in text.split("\n") if x.strip()]


# '수정 2025-02-26 오전 10:40:12', '최종수정 2024.11.05 17:02': an update time is metadata too,
# although it never counts as the publication date.
_MODIFIED_LINE = re.compile(
    r"^\s*(최종\s*)?(수정|업데이트)(일|일시|시간)?\s*[:：]?\s*\d{4}\s*[.\-/년]\s*\d{1,2}"
    r"(?:[\d\s.:\-/년월일]|오전|오후|AM|PM|\([월화수목금토일]\))*$|"  # '수정 : 2025-04-16 09:14:50 (수)'
    # '지면 2025년 04월 10일 목요일 8면': the print edition's page
    r"^\s*지면\s*[:：]?\s*\d{4}\s*[.\-/년]\s*\d{1,2}[\d\s.\-/년월일]*([월화수목금토일]요일)?\s*(\d+\s*면)?\s*$|"
    r"^\s*(Updated|Last updated|Modified)\b\s*:?\s*(?:[A-Z][a-z]{2,8}\.?\s*)?\d[\d\s.,:\-/]*(AM|PM|KST)?\s*$",
    re.I,
)


def is_meta(line: str) -> bool:
    """A date/byline line such as '최선경 기자 / 기사승인 : 2023-07-12 10:20:04'."""
    if (
        labelled_date(line)
        or bare_stamp(line)
        or (len(line) < 80 and re.match(r"^By\s+[A-Z][\w.'-]+(\s[A-Z][\w.'-]+){0,3}\b", line))
    ):
        return True
    if L.is_signoff(line) or L.SIGNOFF.match(line.strip("• ")) or _MODIFIED_LINE.match(line):
        return True
    if len(line) < 130 and _NOTICE.match(line):
        return True
    stripped = _BYLINE_PREFIX.sub("", line).strip()
    # '[서울=뉴시스]' alone is a byline; '[계약금 3천만달러…첫 글로벌 성과]' is a subtitle in brackets
    bracket_only = not stripped and line.strip().startswith(("[", "(", "【"))
    if bracket_only and len(line) > 24 and not re.search(r"=|기자|특파원|사진|\d{4}[.\-]\d", line):
        bracket_only = False
    return bracket_only or (
        len(line) < 50 and bool(_META_HINT.search(line)) and bool(re.search(r"기자명|기자\b|기자\s*$", line))
    )


_BARE_NAME = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+(?:-[a-z]+)?){1,2}")


def bare_byline(ls: list[str], i: int) -> str | None:
    """'Jung Min-ho' alone on the line right above 'Posted : 2025-10-15 14:07': the reporter's byline."""
    line = ls[i].strip()
    if not _BARE_NAME.fullmatch(line) or i + 1 >= len(ls) or not labelled_date(ls[i + 1]):
        return None
    return line


def find_page(text: str) -> Page:
    page = Page(lines=split_lines(text))
    ls = page.lines
    lead = _find_lead(ls)
    if lead is None:
        return page
    page.lead = lead
    page.header = list(range(lead))
    page.title = _find_title(ls, lead)
    deck = [
        i
        for i in range((page.title + 1) if page.title is not None else lead, lead)
        if _is_deck(ls[i], ls[page.title] if page.title is not None else None) and not bare_byline(ls, i)
    ]
    page.end, tail = _walk_body(ls, lead)
    page.body = deck + tail
    page.footer = list(range(page.end, min(len(ls), page.end + 8)))
    return page


_LIST_ITEM = re.compile(r"^([-•·▶►◆◇■※*]|\d{1,2}[.)]?)\s")  # ticker and "most read" items


_SHORT_SENTENCE = re.compile(r"(다|요)\.(\s|$)")


def _find_lead(ls: list[str]) -> int | None:
    """The first real sentence; failing that a short one (hard-wrapped text), or one long line."""
    usable = [i for i, x in enumerate(ls) if not L.is_end_marker(x) and not L.is_widget(x)]
    first = [i for i in usable if L.is_prose(ls[i]) and not is_meta(ls[i])]
    # a lone sentence-like line cut off by share buttons (a notice, a teaser) is not the lead
    # when real running text follows
    for i in first:
        end, body = _walk_body(ls, i)
        if len(body) < 2:
            continue
        # a headline and deck that read like sentences, cut off by the date and byline: the
        # article starts after them when running text does
        cut_by_date = len(body) <= 3 and any(labelled_date(x) for x in ls[end : end + 3])
        if cut_by_date and any(j >= end and len(_walk_body(ls, j)[1]) >= 2 for j in first):
            continue
        return i
    for test in (
        lambda x: L.is_prose(x) and not is_meta(x),
        lambda x: len(x) >= 12 and bool(_SHORT_SENTENCE.search(x)) and not is_meta(x) and not L.is_junk(x),
        lambda x: len(x) >= 140 or (len(x) >= 60 and bool(_SHORT_SENTENCE.search(x))),  # all on one line
    ):
        found = next((i for i in usable if test(ls[i])), None)
        if found is not None:
            return found
    return None


_BREADCRUMB = re.compile(r"\S\s>\s\S")  # '경제 > 지역경제', 'Bio&Healthcare > 벤처투자'


def _is_logo(line: str) -> bool:
    """'HEALTH KOREA NEWS': a site name in capitals, not a headline."""
    return not L.has_hangul(line) and line.upper() == line and len(line.split()) <= 4


def _is_headline(line: str, *, prose: bool = False) -> bool:
    return (
        not _LIST_ITEM.match(line)
        and not (len(line) < 40 and _BREADCRUMB.search(line))
        and not _is_logo(line)
        and 8 <= len(line) <= 160
        and (L.has_hangul(line) or len(line.split()) >= 3)
        and not is_meta(line)
        and not L.is_widget(line)
        and not L.is_junk(line)
        and not L.is_credit(line)
        and not L.is_end_marker(line)
        and (prose or not L.is_prose(line))
    )


def _find_title(ls: list[str], lead: int) -> int | None:
    candidates = [i for i in range(lead) if _is_headline(ls[i])]
    metas = [i for i in range(lead) if is_meta(ls[i])]
    if not candidates:
        # a headline that reads like a sentence: the line just above the date block
        above = (
            [i for i in range(max(0, metas[0] - 3), metas[0]) if _is_headline(ls[i], prose=True)]
            if metas
            else []
        )
        return above[0] if above else None
    if metas:
        near = [i for i in candidates if i >= metas[0] - 3]
        if near:
            return near[0]
    return candidates[0]


def _is_deck(line: str, title: str | None) -> bool:
    return (
        line != title
        and not is_meta(line)
        and not L.is_widget(line)
        and not L.is_junk(line)
        and not L.is_credit(line)
        and not L.is_end_marker(line)
    )


# '[관련기사]', '▶ 관련기사': a box of other headlines that some sites put inside the article
_RELATED_BOX = re.compile(r"^\W*(관련\s*기사|관련\s*뉴스|함께\s*읽(으면|을)|Related)\W*$", re.I)
# '인천일보 구독하고 모바일 쿠폰 받으세요 ▶ 바로가기': a promotion line between paragraphs
_PROMO = re.compile(r"바로가기|구독하(고|세요)|쿠폰|^\W*(AD|광고)\W*$")
# '부담한다.': the tail of a hard-wrapped sentence, too short for any other test
_WRAPPED_TAIL = re.compile(r"^\S.{0,12}(다|요)\.[\"”’']?$")


def _after_box(ls: list[str], i: int) -> int | None:
    """The line where the article resumes after a related-articles box at `i`, if it does."""
    for j in range(i + 1, min(len(ls), i + 7)):
        line = ls[j]
        if L.is_prose(line) and not is_meta(line):
            return j
        if L.is_end_marker(line) or L.is_signoff(line) or len(line) >= 80:
            return None
    return None


def _resumes(line: str) -> bool:
    return len(line) >= 30 and not (
        L.is_end_marker(line) or L.is_signoff(line) or L.is_widget(line) or L.is_junk(line) or is_meta(line)
    )


def _walk_body(ls: list[str], lead: int) -> tuple[int, list[int]]:
    body: list[int] = []
    junk_run = 0
    i = lead
    while i < len(ls):
        line = ls[i]
        if i > lead and _RELATED_BOX.match(line) and (resume := _after_box(ls, i)) is not None:
            i = resume  # skip the box, the article goes on below it
            continue
        if i > lead and len(line) < 60 and _PROMO.search(line) and i + 1 < len(ls) and _resumes(ls[i + 1]):
            i += 1  # a one-line promotion between paragraphs
            continue
        if i > lead and _WRAPPED_TAIL.match(line) and body and body[-1] == i - 1:
            body.append(i)
            i += 1
            continue
        if i > lead and (
            L.is_end_marker(line) or L.is_signoff(line) or (L.is_widget(line) and len(line) > 3)
        ):
            break
        if i > lead and (L.is_junk(line) or L.is_widget(line) or is_meta(line)):
            junk_run += 1
            if junk_run >= 2:
                break
        else:
            junk_run = 0
            body.append(i)
        i += 1
    end = (body[-1] + 1) if body else lead
    return end, body


def strip_byline_prefix(line: str, outlet: str | None = None) -> str:
    """'[뉴스스텝] 산업통상자원부는…' → '산업통상자원부는…' (dateline/byline brackets before the lead);
    not a photo caption's '(왼쪽부터)', which belongs to the caption."""
    m = _BYLINE_PREFIX.match(line)
    if m and re.search(r"왼쪽|오른쪽|가운데|앞줄|뒷줄", m.group()) and "=" not in m.group():
        return line
    return _BYLINE_PREFIX.sub("", line, count=1).strip() or line


def strip_byline_anywhere(line: str, outlet: str | None) -> str:
    """Strip a byline bracket from a later line: only when it names a reporter or the outlet."""
    m = _BYLINE_PREFIX.match(line)
    if not m:
        return line
    inner = m.group()
    # '【원주】' (강원일보): a place dateline in lenticular brackets, wherever the lead starts
    dateline = re.fullmatch(r"\s*【[가-힣]{2,5}】\s*", inner)
    if re.search(r"기자|특파원|=", inner) or (outlet and outlet in inner) or dateline:
        return line[m.end() :].strip() or line
    return line
