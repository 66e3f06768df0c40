"""Line classifiers shared by the body finder and the metadata reader.

Scraped pages are flat text: the article's lines sit among menus, weather widgets,
share buttons, other headlines and comment forms. Each test here is deliberately
narrow so a real article line is not thrown away.
"""

from __future__ import annotations

import re

_HANGUL = re.compile(r"[가-힣]")
_SENTENCE_END = re.compile(r"(다|요|음|함|됨|임)\s*[.\]”\"’'」)]|다\s*$|[.!?][\"”’']?\s*$|[.!?][\"”’']?\s+\S")
_WIDGET_WORDS = re.compile(
    r"트위터|페이스북|카카오톡|카카오스토리|네이버\s*밴드|밴드|인쇄|글자\s*(크게|작게|크기)|글씨\s*(키우기|줄이기)|"
    r"스크랩|메일로\s*보내기|이메일|URL\s*복사|기사\s*공유|공유하기|공유합니다|좋아요|구독|로그인|회원가입|"
    r"다른\s*기사|기사\s*보기|본문\s*듣기|바로가기|기사\s*보내기|기사보내기|SNS|조회수|담당부서|메뉴|전체기사|"
    r"\b(Share|Tweet|Print|Email|Facebook|Twitter|LinkedIn|WhatsApp|Subscribe|Sign in|Log in|Reddit|"
    r"Logout|Sign up|(?-i:Login|Register|Join|Search)|My page)\b",  # capitalised: menu items, not verbs
    re.I,
)
_END_MARKER = re.compile(
    r"^\W*(관련\s*기사|관련\s*뉴스|최신\s*뉴스|최신\s*기사|많이\s*본|인기\s*기사|주요\s*기사|추천\s*기사|"
    r"이\s*시각|핫\s*이슈|포토\s*뉴스|PHOTO\s*NEWS|뉴스\s*댓글|댓글|기사\s*댓글|첨부\s*파일|이전\s*글|다음\s*글|"
    r"목록|함께\s*보면|주요\s*뉴스|"
    r"You may also|Related|Read more|More from|Most (read|popular|viewed)|Leave a (reply|comment)|Trending|"
    r"Popular|Recommended|Comments?)\b",
    re.I,
)
_COPYRIGHT = re.compile(
    r"저작권자|무단\s*전재|무단\s*복제|재배포\s*금지|Copyright|All rights reserved|[ⓒ©]", re.I
)
_AD = re.compile(r"^\W*(배너|광고|AD|advertisement|sponsored)\W*$", re.I)
_WEATHER = re.compile(r"℃|°C|기상청 제공|미세먼지|초미세")
_DATE_ONLY = re.compile(r"^[\d\s.\-/:()월화수목금토일년월일요]+$")
SIGNOFF = re.compile(
    r"^[\[(<]?\s*(?:글·?사진\s*=?\s*)?(?P<name>[가-힣]{2,4})\s*"
    r"(?:기자|특파원|선임기자|객원기자|인턴기자|수습기자|전문기자|통신원)"
    r"(?:\s*[/|,]?\s*[\w.+-]+@[\w.-]+)?\s*[\])>]?\s*$"
)
_EN_NAME = r"(?P<name>[A-Z][a-z]+(?:-[a-z]+)?(?:[ -][A-Z][a-z.]+(?:-[a-z]+)?){1,3})"
SIGNOFF_EN = re.compile(r"^(?:By|Written by|Reporter:?)\s+" + _EN_NAME + r"\s*$")
_EMAIL_ONLY = re.compile(r"^[\w.+-]+@[\w.-]+\.\w+$")
_NAME_EMAIL = re.compile(r"^[^\s@]+(?:\s+[^\s@]+){0,4}\s*[(<\[]?\s*[\w.+-]+@[\w.-]+\.\w+\s*[)>\]]?$")
_SEPARATORS = re.compile(r"\s[|>]\s|\s[|>]$|^[|>]\s")


def has_hangul(line: str) -> bool:
    return bool(_HANGUL.search(line))


def is_prose(line: str) -> bool:
    """A sentence of running text: long enough and ending like a sentence."""
    n = len(line)
    if has_hangul(line):
        full_stop = re.search(r"(다|요)\.[”\"’']?(\s|$)", line)  # headlines end without the full stop
        return (n >= 60 and bool(_SENTENCE_END.search(line))) or (n >= 30 and bool(full_stop)) or n >= 140
    if _is_title_case(line):
        return False
    return (n >= 70 and bool(_SENTENCE_END.search(_EN_ABBREVIATION.sub("", line)))) or n >= 160


# 'U.S.', 'mil.', 'Jun.': full stops that end no sentence, so a sentence-case headline such as
# 'Orvigen raises 42 billion won in Series B led by U.S. VC Arbor Peak' is not taken for running text
_EN_ABBREVIATION = re.compile(
    r"\b(?:[A-Z]\.){1,3}(?=\s)|\b(?:mil|bil|tril|Inc|Co|Corp|Ltd|Jr|Sr|Dr|Mr|Ms|Mrs|St|No|vs|approx|est|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gov|Rep|Sen|Prof)\.(?=\s)"
)


def _is_title_case(line: str) -> bool:
    """'Celvera Biologics Signs US$310 Million U.S. Distribution Deal': an English headline, whose
    abbreviations would otherwise look like sentence ends."""
    if line.rstrip().endswith((".", "?", "!", '"', "”")):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def is_widget(line: str) -> bool:
    if len(line) <= 3:
        return True
    hits = len(_WIDGET_WORDS.findall(line))
    return (hits >= 1 and len(line) < 40) or hits >= 3


def is_end_marker(line: str) -> bool:
    short = len(line) < 40
    return (short and bool(_END_MARKER.search(line))) or (len(line) < 120 and _is_copyright(line))


def _is_copyright(line: str) -> bool:
    """'<저작권자 ⓒ …>', 'Copyright © 2025 …'; not a photo credit closing a caption ('… 있다. ⓒ News1'):
    a copyright word anywhere, or the bare symbol near the start of the line."""
    return any(m.group() not in "ⓒ©" or m.start() <= 15 for m in _COPYRIGHT.finditer(line))


def is_ad(line: str) -> bool:
    return bool(_AD.match(line))


def is_signoff(line: str) -> bool:
    return bool(
        SIGNOFF.match(line) or SIGNOFF_EN.match(line) or _EMAIL_ONLY.match(line) or _NAME_EMAIL.match(line)
    )


def is_junk(line: str) -> bool:
    """Too short or too structural to be an article line (menus, ads, weather, dates)."""
    s = line.strip("•·-–*|> \t")
    return (
        len(s) < 8
        or is_ad(line)
        or bool(_WEATHER.search(line))
        or bool(_DATE_ONLY.match(s))
        or _is_menu(s)
        or _is_date_only(s)
    )


def _is_menu(line: str) -> bool:
    # "홈 | 뉴스 | 바이오", "HOME > Industry", "정치 북한 경제 산업 사회": separators or tiny words.
    if len(_SEPARATORS.findall(line)) >= 2:
        return True
    if len(line) > 80 or re.search(r"[,'\"‘’“”…()?!.]", line):
        return False
    words = line.split()
    if len(words) >= 3 and all(len(w) == 1 for w in words[-3:]):
        return True  # '글자크기 가 가 가 가 가': a font-size widget
    average = sum(map(len, words)) / len(words) if words else 0
    # '정치 경제 사회 … 포토 영상' is nouns only; a hard-wrapped prose line has particles ('병원의', '묶어')
    inflected = sum(1 for w in words if len(w) >= 2 and _ENDING.search(w))
    menu_bar = len(words) >= 10 and average <= 3.2 and not line.endswith("다") and inflected <= 2
    return (len(words) >= 6 and average <= 2.2 and inflected <= 2) or menu_bar


_ENDING = re.compile(r"(을|를|의|에서|까지|와|과|은|는|이|가|로|에|며|고|어|서|도|하는|한|된)$")


def _is_date_only(line: str) -> bool:
    from biobridge.intel.extract.dates import parse_full_date

    hit = parse_full_date(line)
    if not hit:
        return False
    rest = re.sub(r"\d|\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[(),.:\-/]|\b[A-Z][a-z]+\b", " ", line)
    return len(rest.strip()) <= 3


def is_credit(line: str) -> bool:
    """A bare photo credit (© 주간시흥, [사진=OO 제공]) above the text."""
    s = line.strip()
    return bool(re.match(r"^[ⓒ©]\s*\S+(\s\S+)?$", s)) or bool(
        re.match(r"^[\[(<]?\s*사진\s*[=:]?[^\]]{0,30}[\])>]?$", s)
    )
