"""Dates in news text: labelled publication dates and event dates resolved against them.

Only what the text states is returned: a day without a known month/year (and no
publication date to anchor it) gives None rather than a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS_EN = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_EN_MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501

# A full date anywhere: 2023-07-12, 2023.07.12, 2023/05/07, 2023년 7월 12일, March 5, 2024, 5 March 2024.
_NUMERIC = re.compile(r"(?<!\d)(20\d\d|19\d\d)\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)")
_KOREAN_FULL = re.compile(r"(?<!\d)(20\d\d|19\d\d)\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일")
_EN_MDY = re.compile(_EN_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(20\d\d|19\d\d)", re.I)
_EN_DMY = re.compile(r"(?<!\d)(\d{1,2})\s+" + _EN_MONTH + r",?\s+(20\d\d|19\d\d)", re.I)

# Labels that mark the publication date; "수정"/"Updated" (modified) is deliberately absent.
PUBLISHED_LABEL = re.compile(
    r"(기사\s*입력|입력|기사\s*승인|승인|등록|게재|발행|송고|작성|공개|Published|Posted|Date)\s*(?:일|일시|시간)?\s*[:：]?",
    re.I,
)
# "2024-04-17 15:20 송고": the label after the date (뉴스1, 연합뉴스 footers).
_LABEL_AFTER = re.compile(r"^\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(송고|입력|등록|승인|게재)")


def _safe(y: int, m: int, d: int | None) -> str | None:
    try:
        if d is None:
            date(y, m, 1)
            return f"{y:04d}-{m:02d}"
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_full_date(text: str) -> tuple[int, str] | None:
    """The first complete date (year, month, day) in `text`: (position, 'YYYY-MM-DD')."""
    found: list[tuple[int, str]] = []
    for rx, order in ((_NUMERIC, "ymd"), (_KOREAN_FULL, "ymd"), (_EN_MDY, "mdy"), (_EN_DMY, "dmy")):
        m = rx.search(text)
        if not m:
            continue
        g = m.groups()
        if order == "ymd":
            y, mo, d = int(g[0]), int(g[1]), int(g[2])
        elif order == "mdy":
            y, mo, d = int(g[2]), _en(g[0]), int(g[1])
        else:
            y, mo, d = int(g[2]), _en(g[1]), int(g[0])
        iso = _safe(y, mo, d)
        if iso:
            found.append((m.start(), iso))
    return min(found) if found else None


def _en(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS_EN.get(key) or MONTHS_EN[key[:3]]


def labelled_date(line: str) -> str | None:
    """A publication date on a line that carries a label (입력, 승인, 등록, 기사입력, Published...)."""
    for label in PUBLISHED_LABEL.finditer(line):
        if _modified_label(line, label.start()):
            continue
        rest = line[label.end() : label.end() + 40]
        hit = parse_full_date(rest)
        if hit and hit[0] <= 3:
            return hit[1]
        # '기사입력시간 25-05-27 11:40' (메디칼타임즈): a two-digit year right after the label
        short = re.match(r"\s{0,3}(\d{2})[-./](\d{1,2})[-./](\d{1,2})(?![\d.])", rest)
        if short:
            return _safe(2000 + int(short[1]), int(short[2]), int(short[3]))
    for m in _NUMERIC.finditer(line):
        if _LABEL_AFTER.match(line[m.end() :]):
            return _safe(int(m[1]), int(m[2]), int(m[3]))
    return None


# '2025-05-22 00:00:00' alone on its line: a time stamp without a label (강원일보 prints its
# article date so, next to the byline). A site header shows today's date without a clock.
_BARE_STAMP = re.compile(
    r"^\s*(20\d\d|19\d\d)\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\.?\s*(?:\([가-힣A-Za-z]{1,3}\)\s*)?"
    r"(?:오전|오후|AM|PM)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*$",
    re.I,
)


def bare_stamp(line: str) -> str | None:
    """The date of a line that is nothing but a date and a clock time."""
    m = _BARE_STAMP.match(line)
    return _safe(int(m[1]), int(m[2]), int(m[3])) if m else None


_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_UPDATED = re.compile(r"수정|업데이트|Updated|Modified", re.I)


def clocked_date(line: str) -> str | None:
    """The date of a short line with a full date and a clock time ('All News 10:32 March 12, 2025')."""
    if len(line) > 40 or not _CLOCK.search(line) or _UPDATED.search(line):
        return None
    hit = parse_full_date(line)
    return hit[1] if hit else None


def _modified_label(line: str, pos: int) -> bool:
    return line[max(0, pos - 2) : pos].strip().endswith("수정")


@dataclass(frozen=True)
class Found:
    start: int
    value: str


_REL_KO = re.compile(
    r"(?:(?P<year>20\d\d)\s*년\s*|(?P<yw>올해|지난해|작년|내년|금년)\s*|[’'‘](?P<yy>\d\d)\s*[.년]\s*)?"
    r"(?:(?P<dir>지난|오는|이번)\s*)?"
    r"(?:(?P<mw>다음\s*달|내달|지난\s*달|이달|이번\s*달)\s*(?=\d{1,2}\s*일))?"  # '다음 달 8일'
    r"(?:(?P<month>\d{1,2})\s*월\s*(?:(?P<day>\d{1,2})\s*일)?|(?P<donly>\d{1,2})\s*일)"
)
_FUTURE = re.compile(r"예정|계획|할\s*것|오는|개최한다|열린다|진행한다|방문한다")


def sentence_dates(sentence: str, published: str | None) -> list[Found]:
    """Dates stated in a sentence, resolved against the publication date when partial."""
    out: list[Found] = []
    pub = date.fromisoformat(published) if published and len(published) == 10 else None
    for m in _KOREAN_FULL.finditer(sentence):
        iso = _safe(int(m[1]), int(m[2]), int(m[3]))
        if iso:
            out.append(Found(m.start(), iso))
    taken = [(f.start, f.start + 12) for f in out]
    years = [(m.start(), m[1]) for m in _BARE_YEAR.finditer(sentence)]
    stated = list(years)  # every year the sentence has named so far, for '같은 해' and '이듬해'
    for m in _REL_KO.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken) or _inside_number(sentence, m):
            continue
        iso = _resolve(m, pub, future=bool(_FUTURE.search(sentence)))
        earlier = [y for start, y in sorted(stated) if start < m.start()]
        then = _SAME_YEAR.search(sentence[: m.start()])
        if iso and m["month"] and not m["year"] and not m["yw"] and earlier and then:
            # '2023년 … 같은 해 5월': the year just stated; '이듬해 5월': the one after it
            iso = f"{int(earlier[-1]) + (1 if then[1] in _NEXT_YEAR else 0):04d}{iso[4:]}"
        if iso:
            out.append(Found(m.start(), iso))
            taken.append((m.start(), m.end()))
            stated.append((m.start(), iso[:4]))
    for start, year in years:  # '2023년 시리즈A 투자를 받았고': a year alone is a date too
        if not any(a <= start < b for a, b in taken):
            out.append(Found(start, year))
    for m in _SAME_YEAR_WORD.finditer(sentence):  # '2021년 설립됐고 이듬해 시드 투자를': a year alone
        earlier = [y for start, y in sorted(stated) if start < m.start()]
        if earlier and not any(a <= m.start() < b + 12 for a, b in taken):
            out.append(Found(m.start(), f"{int(earlier[-1]) + (1 if m[1] in _NEXT_YEAR else 0):04d}"))
    out += _english_partial(sentence, pub, [f.start for f in out])
    if pub is not None:
        out += _weekdays(sentence, pub)
    for rx, kind in ((_EN_MDY, "mdy"), (_EN_DMY, "dmy")):
        for m in rx.finditer(sentence):
            g = m.groups()
            iso = (
                _safe(int(g[2]), _en(g[0]), int(g[1]))
                if kind == "mdy"
                else _safe(int(g[2]), _en(g[1]), int(g[0]))
            )
            if iso:
                out.append(Found(m.start(), iso))
    if not out and pub is not None:  # only a month or a year: '다음 달 … 열 예정', '내년에도'
        m = _MONTH_WORD.search(sentence)
        if m:
            shift = 1 if m[1].startswith(("다음", "내달")) else -1 if m[1].startswith("지난") else 0
            y, mo = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
            out.append(Found(m.start(), f"{y:04d}-{mo + 1:02d}"))
        elif m := _YEAR_WORD.search(sentence):
            shift = {"지난해": -1, "작년": -1, "내년": 1}.get(m[1], 0)
            out.append(Found(m.start(), f"{pub.year + shift:04d}"))
    return sorted(out, key=lambda f: f.start)


_BARE_YEAR = re.compile(
    r"(?<!\d)(20\d\d|19\d\d)\s*년(?!\s*\d{1,2}\s*월)(?!\s*(?:대|간|까지|이후|부터|말|초))"
)
_SAME_YEAR = re.compile(r"(같은\s*해|그\s*해|동년|이듬해|다음\s*해|그\s*다음\s*해|이듬\s*해)\s*$")
_SAME_YEAR_WORD = re.compile(r"(?<![가-힣])(같은\s*해|이듬해|다음\s*해)(?![가-힣])(?!\s*\d{1,2}\s*월)")
_NEXT_YEAR = {"이듬해", "다음 해", "다음해", "그 다음 해", "이듬 해"}
_WEEKDAY = re.compile(
    r"\b(?:(last|next|this)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s)", re.I
)
_EN_FUTURE = re.compile(r"\b(will|to be held|scheduled|slated|plans? to|is set to)\b[^.]{0,40}$", re.I)
_UNTIL = re.compile(r"\b(through|until|till|to|by)\s+$", re.I)  # 'presenting … through Thursday'
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


_EN_MONTH_YEAR = re.compile(
    r"\b(?:(last|this|next)\s+)?"
    + _EN_MONTH
    + r"(?!\s*\d{1,2}\b)(?:,?\s+(20\d\d|19\d\d)\b|\s+(last|this|next) year\b)?",
)
_EN_YEAR = re.compile(r"\b(?:in|since|during|of|by|early|late|mid-?)\s+(20\d\d|19\d\d)\b(?![-–]\d)")
_EN_YEAR_WORD = re.compile(r"\b(last|this|next) (year|month)\b", re.I)


def _english_partial(sentence: str, pub: date | None, taken: list[int]) -> list[Found]:
    """'in July 2024', 'in March', 'last August', 'in 2023', 'last year': a month or a year."""
    out: list[Found] = []
    spans: list[tuple[int, int]] = []
    for m in _EN_MONTH_YEAR.finditer(sentence):
        if m.start() in taken or (
            m[1] is None and m[3] is None and m[4] is None and not _IN.search(sentence[: m.start()])
        ):
            continue  # a bare 'May' is as likely the verb: only 'in May', 'last May', 'May 2024'
        month = _en(m[2])
        if m[3]:
            year = int(m[3])
        elif pub is None:
            continue
        elif m[4]:
            year = pub.year + {"last": -1, "this": 0, "next": 1}[m[4].lower()]
        elif (m[1] or "").lower() == "next" or _EN_FUTURE.search(sentence[: m.start()]):
            year = pub.year + (month < pub.month)
        else:
            year = pub.year - (month > pub.month)
        out.append(Found(m.start(), f"{year:04d}-{month:02d}"))
        spans.append((m.start(), m.end()))
    for m in _EN_YEAR.finditer(sentence):
        # 'its second investment after the Series B in 2023': the year of the earlier deal
        if _AFTER.search(sentence[: m.start()]):
            continue
        if not any(a <= m.start(1) < b for a, b in spans):
            out.append(Found(m.start(1), m[1]))
    if pub is not None and not out:
        for m in _EN_YEAR_WORD.finditer(sentence):
            shift = {"last": -1, "this": 0, "next": 1}[m[1].lower()]
            if m[2].lower() == "year":
                out.append(Found(m.start(), f"{pub.year + shift:04d}"))
            else:
                y, mo = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
                out.append(Found(m.start(), f"{y:04d}-{mo + 1:02d}"))
    return out


_AFTER = re.compile(r"\b(after|following)\s+(the|its|a|an)\s+[^,.;]{0,30}$", re.I)
_IN = re.compile(r"\b(in|since|during|from|until|by|early|late|mid-?)\s+$", re.I)


def _weekdays(sentence: str, pub: date) -> list[Found]:
    """'the company said Tuesday': the last such day on or before publication; 'will open on
    Thursday', 'next Monday': the coming one."""
    out = []
    for m in _WEEKDAY.finditer(sentence):
        target = _DAYS.index(m[2].lower())
        if _UNTIL.search(sentence[: m.start()]):
            continue  # 'presenting … through Thursday': when a span ends, not when anything happened
        ahead = (m[1] or "").lower() == "next" or (
            (m[1] or "").lower() != "last" and bool(_EN_FUTURE.search(sentence[: m.start()]))
        )
        shift = ((target - pub.weekday()) % 7 or 7) if ahead else -((pub.weekday() - target) % 7)
        out.append(Found(m.start(), date.fromordinal(pub.toordinal() + shift).isoformat()))
    return out


_MONTH_WORD = re.compile(r"(?<![가-힣])(다음\s*달|내달|지난\s*달|이달|이번\s*달)(?![가-힣])")
_YEAR_WORD = re.compile(r"(?<![가-힣])(올해|금년|지난해|작년|내년|상반기|하반기|연내|연말)(?!\s*\d)")


def _inside_number(s: str, m: re.Match[str]) -> bool:
    # "1,000일" or "10.5일" are quantities, not dates.
    return m.start() > 0 and (s[m.start() - 1].isdigit() or s[m.start() - 1] in ",.")


def _resolve(m: re.Match[str], pub: date | None, *, future: bool) -> str | None:
    month = int(m["month"]) if m["month"] else None
    day = int(m["day"]) if m["day"] else (int(m["donly"]) if m["donly"] else None)
    if month is not None and not 1 <= month <= 12:
        return None
    year = _year(m, pub)
    direction = m["dir"]
    if month is None:  # "지난 28일", "12일(현지시간)"
        if pub is None or day is None or not 1 <= day <= 31:
            return None
        y, mo = pub.year, pub.month
        if m["mw"]:
            shift = 1 if m["mw"].startswith(("다음", "내달")) else -1 if m["mw"].startswith("지난") else 0
            y, mo0 = divmod(y * 12 + mo - 1 + shift, 12)
            return _safe(y, mo0 + 1, day)
        if (direction == "지난" or (direction is None and not future)) and day > pub.day:
            y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
        elif direction == "오는" and day < pub.day:
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        return _safe(y, mo, day)
    if year is None:
        if pub is None:
            return None
        year = pub.year
        if direction == "지난" and month > pub.month:
            year -= 1
        elif direction == "오는" and month < pub.month:
            year += 1
    return _safe(year, month, day)


def _year(m: re.Match[str], pub: date | None) -> int | None:
    if m["year"]:
        return int(m["year"])
    if m["yy"]:
        return 2000 + int(m["yy"])
    if m["yw"] and pub is not None:
        return pub.year + {"올해": 0, "금년": 0, "지난해": -1, "작년": -1, "내년": 1}[m["yw"]]
    return None
