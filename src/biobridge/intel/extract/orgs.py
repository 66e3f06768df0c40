"""Organisations in a Korean article body: candidates, evidence scores, merged names.

Kiwi has no named-entity tagger and splits unknown names, so a word becomes an
organisation by adding up evidence: the gazetteer, an organisation suffix (협회, 진흥원,
테라퓨틱스), a context only organisations occur in (X(대표 홍길동), 홍길동 X 대표, X와
업무협약, enumerations ending in '등 … 기업', ㈜), and what Kiwi says about the word (a proper
noun, or a word it does not know at all). Context alone never turns a word made only of
known common nouns into a name. A word is kept when its evidence reaches THRESHOLD; then
abbreviations, parenthesised aliases and gazetteer aliases merge into one organisation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field

from biobridge.intel.extract import orgrules as R
from biobridge.intel.extract.gazetteer import Gazetteer, OrgName, key
from biobridge.intel.extract.headline import headline_phrases
from biobridge.intel.extract.text import (
    OOV_SCORE,
    VERBAL,
    WORD,
    Tok,
    Word,
    analyse_words,
    needs_kiwi,
    split_sentences,
    split_words,
    unwrap_hard_wrapped,
)

THRESHOLD = 1.5
_BULLET = re.compile(r"▲\s*([^▲\n]+)")
_REPORT_VERB = re.compile(
    # Organisations 'announce' and 'sign'; people 'say' (말했다/전했다 are left out on purpose).
    r"(밝혔다|체결했다|발표했다|선정됐다|선정되었다|개최했다|유치했다|공시했다|"
    r"계획이다|예정이다|투자했다|나섰다|맺었다|수상했다|선발됐다)\W*$"
)
_TYPE_PAREN = re.compile(r"^(제약|바이오|CDMO|CMO|CRO|소재·부품·장비|소부장|투자|VC|병원|장비|시약|진단)$")
_LIST_CUE = re.compile(
    r"(기업|기관|업체|회사|제약사|대학|병원|스타트업|벤처|단체|협회|투자사|운용사|빅파마|CDMO|곳)"
)
_LIST_INTRO = re.compile(
    r"(기업|기관|업체|대학|병원|스타트업|곳|참여사|회원사)(은|는|으로는|에는)?\s*:?\s*▲?\s*$"
)
# '선정된 기업은 A·B·C이다', '참여 기관은 A, B, C다'
_COPULA_LIST = re.compile(
    r"(?P<cue>기업|기관|업체|스타트업|회사|투자사|곳|병원|대학)(?:들)?(?:은|는)\s+"
    r"([^\s,·・ㆍ.]{2,20}(?:\s*[,·・ㆍ]\s*[^\s,·・ㆍ.]{2,20}){2,})(?:\s*등)?(?:이다|다|입니다|이었다|였다)\."
)
_LIST_SEP = re.compile(r"\s*[,·・ㆍ]\s*|\s+및\s+")
_BULLET_CUE = re.compile(r"기업|기관|업체|대학|병원|협약|선정|참여|참가|입주|선발")
_NAME_EVIDENCE = {
    "gazetteer",
    "latin-name",
    "suffix",
    "corporate",
    "title-paren",
    "org-name-title",
    "name-org-title",
    "org-title-name",
    "proper",
    "unknown-word",
    "city",
    "mayor",
}
_ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z][A-Za-z&-]{2,9}")
_COUNT = re.compile(r"\d+\s*(곳|개사|개)")
_ORG_COUNT = re.compile(r"\d+\s*(곳|개사)")  # '등 3개사가' counts organisations; '3개 분야' does not
_DEUNG = re.compile(r"등(이|은|는|을|를|과|와|의|도|에|으로|에서)?")
# '인천시장', '화순군수': the head of a local government; '전남지사': of a province, abbreviated.
_OFFICE = re.compile(r"(.+?(?:특별자치도|특별자치시|광역시|특별시|[시도군구]))(장|지사|수|청장)")
_GOVERNOR = re.compile(r"([가-힣]{2})(도지사|지사)")
_PLURAL = re.compile(r"[가-힣]{1,4}들")
_TECH_ENDING = re.compile(r"(ics|tion|sion|ing|ogy|ment|ance|ence|ity|ism|sis|ate|ide|ase)$")
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][A-Za-z]+){1,3}")  # 'Mayo Clinic', 'Iksuda Therapeutics'
_ACRONYM_SPELT = re.compile(
    r"([A-Z][A-Za-z&]{1,9})\s*[·,]\s*([A-Z][A-Za-z]+(?:\s+(?:[A-Z][A-Za-z]+|of|for|and|the|on|in)){1,7})"
)
# '케임브리지 이노베이션 센터(CIC)': Hangul words, then an acronym in a bracket
_SPACED_ACRONYM = re.compile(r"(?<![가-힣])((?:[가-힣]{2,8} ){1,4}[가-힣]{2,8})\s?\(([A-Z]{2,5})\)")
_INVESTORS_LISTED = re.compile(r"투자|라운드|펀딩")
# the end of an investor list: '… 등으로부터 45억원 규모의 투자를', '…가 참여했고'
_ROUND_AFTER = re.compile(r"\s*(등|,)?\s*(이|가|으로부터|로부터|도)?\s[^.]{0,30}?(투자|참여|출자|라운드)")
_JOINING = re.compile(r"\s*(함께\s*)?(참여|참가|합류)")
_TRAILING_PARTICLE = set("과와은는이가을를의에도")
_JOINED = re.compile(r"[가-힣A-Za-z]{2,}[와과]")  # an item whose 와/과 Kiwi did not split off
_NEIGHBOURHOOD = re.compile(r"[가-힣]{1,4}(동|로|길|읍|면|리)")
_DISTRICT_BEFORE = re.compile(
    r"([가-힣]{1,4}(구|군|시)|서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)\s+$"
)
_AREA_AFTER = re.compile(r"\s*(일대|일원|인근|소재|에\s*위치)")  # '동삼동 일대': a neighbourhood
_MIXED = re.compile(r"[가-힣]*[A-Z]{2,4}[가-힣]{2,}|[A-Z]{2,4}[가-힣]{1,}[A-Z]*")
_STRONG = {"gazetteer", "suffix", "corporate", "title-paren", "city", "mayor", "quoted-name"}
_CONTEXTS = {
    "partner",
    "type-cue",
    "enumeration",
    "coordination",
    "subject",
    "bullet-list",
    "type-paren",
    "headline",
}


_PARTICLE_AFTER_PAREN = re.compile(r"\s*\([^)]{1,40}\)(와의|과의|와는|과는|와|과|이|가)\s")
# diseases, drug classes and programme days: '위암', '항혈전제', 'IR데이', '바우처'
_NOT_A_NAME = re.compile(
    r"[가-힣]{1,6}(암|증|염|종양|질환)|[가-힣]{1,5}(?<!병)병|[가-힣]{0,6}(치료제|억제제|제제)|항[가-힣]{1,4}제|"
    r"[A-Za-z가-힣]{0,8}데이|[가-힣]{0,4}바우처|"
    r"바이오마커|바이오시밀러|항체약물접합체|후보물질|원료의약품"  # things a company makes or finds
)
_DEAL_LATER = re.compile(r"[^.,]{0,60}?(계약|협약|MOU|양해각서)(을|를)\s*(체결|맺)")
_HEAD_OF_UNIT = re.compile(r"(소장|센터장|본부장|원장|팀장|실장|단장|부장|국장|처장|과장)$")
# endings a company is named without ('오르비센테라퓨틱스' → '오르비센'); not 제약, 바이오 or 병원,
# whose short forms often name another organisation (대웅 / 대웅제약)
_COMPANY_ENDINGS = {
    "테라퓨틱스",
    "바이오텍",
    "바이오사이언스",
    "파마슈티컬스",
    "바이오로직스",
    "랩스",
    "메디칼",
    "메디컬",
}
_ROUND_MEMBERS = re.compile(
    r"(?:이번|당시|해당)\s*(?:라운드|투자|시리즈\s*[A-D])에(?:는|도)\s+([^.\n]{2,60}?)(?:도|가|이)\s*(?:참여|합류|참가)"
)
_MEMBER_SEP = re.compile(r"(?:와|과|,|·)\s*(?=\S)")
_ARM_SHORTENED = {"대학교": "대", "기술지주회사": "기술지주"}
_ARM_SHORT = re.compile("|".join(_ARM_SHORTENED))
_UNIVERSITY_CAMPUS = re.compile(r"[가-힣]+대(학교)? [가-힣]{1,4}캠퍼스")
_CAMPUS = re.compile(r"[가-힣]{1,4}캠퍼스")  # '연세대학교 국제캠퍼스', '서울대학교 시흥캠퍼스'
_UNIVERSITY_ARMS = {"산학협력단": "university", "기술지주회사": "investor", "기술지주": "investor"}
# a quoted name followed by a particle or a place word: "'인천 바이오공정 인력양성센터'에서"
_QUOTED_NAME = re.compile(r"['‘\"“]([^'’\"”\n]{4,40})['’\"”](?=에서|은|는|이|가|과|와|의)")
_UNIT_NAME = re.compile(r"(연구센터|연구소|연구원|지원센터|병원)$")
_FACILITY_AFTER = re.compile(
    r"(\s+[가-힣0-9]{1,8}){1,3}\s*(본사|연구소|공장|캠퍼스|사옥|연구센터|생산시설)\s*(에서|에|내)"
)
# '청주시 흥덕구 오송읍 …': a city, then its district, is an address
_DISTRICT_AFTER = re.compile(r"\s+[가-힣]{1,4}구\s")
# 'Basel Area Business & Innovation': a Latin name may join its words with '&', 'and' or 'of'
_SPELT_AFTER = re.compile(r"\(\s*[A-Z][\w&.-]*(?:\s+(?:&|and|of|[A-Z][\w&.-]*))+\s*\)")
_TRAIL_PARTICLE = re.compile(r"(은|는|이|가|과|와|의|을|를|도|,)$")
_LATIN_NAME_AFTER = re.compile(r"\(\s*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)+\s*\)")


@dataclass
class Mention:
    text: str
    start: int
    end: int


@dataclass
class Organization:
    """One organisation found in the body (mentions carry offsets into the body)."""

    name: str
    canonical: str
    type: str | None
    mentions: list[Mention] = field(default_factory=list)
    score: float = 0.0


@dataclass
class _Cand:
    surface: str
    mentions: list[Mention] = field(default_factory=list)
    evidence: dict[str, float] = field(default_factory=dict)
    types: list[str] = field(default_factory=list)
    entry: OrgName | None = None
    common: bool = False  # made only of known common nouns

    def add(self, why: str, weight: float, kind: str | None = None) -> None:
        self.evidence[why] = max(self.evidence.get(why, 0.0), weight)
        if kind:
            self.types.append(kind)

    @property
    def score(self) -> float:
        return sum(self.evidence.values())


class _Finder:
    def __init__(self, body: str, gazetteer: Gazetteer, title: str | None = None) -> None:
        self.gz = gazetteer
        self.heads = headline_phrases(title)
        # A bare headline word is a whole word: '보로노이가' in the body is 보로노이 + 가.
        self.head_words = {h.text for h in self.heads if " " not in h.text and not h.text.isascii()}
        # ... and so is the last word of a headline phrase: '카비와' is 카비 + 와.
        self.head_cores = self.head_words | {
            h.text.split()[-1] for h in self.heads if " " in h.text and not h.text.isascii()
        }
        self.text = re.sub(r"\(주\)|（주）", "   ", body).replace("㈜", " ")
        self.corp_marks = [m.start() for m in R.CORPORATE.finditer(body)]
        self._known_memo: dict[str, int] = {}
        raws = [(m.group().rstrip("."), m.start()) for m in WORD.finditer(self.text)]
        analysis = analyse_words(
            [r for r, _ in raws if needs_kiwi(r) and (self._known(r) < 2 or r in self.head_cores)]
        )
        self.toks = sorted(
            (Tok(o + t.start, o + t.end, t.tag, t.score) for r, o in raws for t in analysis.get(r, ())),
            key=lambda t: t.start,
        )
        self.tok_starts = [t.start for t in self.toks]
        self.words = split_words(self.text, self._known, analysis)
        self.by_start = {w.start: i for i, w in enumerate(self.words)}
        self.cands: dict[str, _Cand] = {}
        self.person: set[int] = set()
        self.aliases: list[tuple[str, str]] = []

    def _known(self, core: str) -> int:
        level = self._known_memo.get(core)
        if level is None:
            entry = self.gz.lookup(core)
            if (
                (entry is not None and entry.source in {"seed", "extra"})
                or core in self.head_cores
                or R.suffix_info(core)
                or R.city_info(core)
                or R.unit_word(core) is not None
            ):
                level = 2
            else:
                level = 1 if entry is not None and not entry.weak else 0
            self._known_memo[core] = level
        return level

    def _marks(self, m: int, start: int, end: int) -> bool:
        """㈜ right before the name (spaces between at most), or (주) attached right after it."""
        return m == end or (0 <= start - m <= 5 and not self.text[m:start].strip())

    def _latin_org(self, w: Word, latin: str) -> bool:
        """Not a person ('낸시 트래비스(Nancy Travis)': a word per name) nor a technical term
        ('공간전사체(Spatial Transcriptomics)')."""
        last = latin.split()[-1].lower()
        if last not in R.EN_SUFFIXES and _TECH_ENDING.search(last):
            return False
        i = self.by_start.get(w.start)
        prev = self.words[i - 1] if i else None
        person = (
            prev is not None
            and not prev.particle
            and not self.text[prev.end : w.start].strip()
            and len(latin.split()) == 2
            and not (self.gz.lookup(prev.core) or R.suffix_info(prev.core) or prev.core in R.COUNTRIES)
        )
        return not person

    def _vouched(self, start: int, end: int, surface: str) -> bool:
        """A mark that only names carry: ㈜ next to it, '(대표 …)' after it, or the headline's word."""
        if surface in self.head_words or surface in self.head_cores:  # '英 익수다와': the headline's name
            return True
        if any(self._marks(m, start, end) for m in self.corp_marks):
            return True
        if re.match(r"\((대표|대표이사|CEO)\s", self.text[end : end + 8]):
            return True
        i = self.by_start.get(start)
        prev = self.words[i - 1] if i else None
        # '세포치료제 기업 바이오센추리': a type noun announces a name Kiwi reads a verb in (바이오/세/ㄴ)
        toks = self._tokens(start, end)
        if (
            prev is not None
            and not prev.particle
            and R.type_cue(prev.core)
            and prev.end + 1 == start
            and not (toks and toks[-1].tag.startswith("E"))  # '기업 고르게 포함': an adverb after the noun
        ):
            return True
        # '베르테라 파마(Vertera Pharma)': a name spelt out in Latin, word by word
        return " " in surface and bool(_LATIN_NAME_AFTER.match(self.text, end))

    def cand(self, surface: str, start: int, end: int, *, listed: bool = False) -> _Cand | None:
        k = key(surface)
        if len(k) < 2 or surface in R.GENERIC or k.isdigit():
            return None
        if surface in R.COUNTRIES and not self.gz.lookup(surface):
            return None  # '유럽 임상시험': a place, whatever noun follows it
        if _NOT_A_NAME.fullmatch(surface) and not self.gz.lookup(surface):
            return None  # '위암과 대장암 치료제의 라이선스 계약': diseases and drugs, not partners
        if R.PRODUCT_CODE.fullmatch(surface) and not self.gz.lookup(surface):
            return None
        if _NEIGHBOURHOOD.fullmatch(surface) and (
            _DISTRICT_BEFORE.search(self.text[max(0, start - 12) : start])
            or _AREA_AFTER.match(self.text, end)
        ):
            return None  # '강남구 삼성동', '동삼동 일대': an address, even if a company shares the name
        if _PLURAL.fullmatch(surface) and not self.gz.lookup(surface):
            return None  # '투자기업 대표들이', '참석자들과': people in the plural, never a name
        if R.generic_compound(surface) and not (
            self.gz.lookup(surface) or R.city_info(surface) or _UNIVERSITY_CAMPUS.fullmatch(surface)
        ):
            return None
        if (
            not surface.isascii()
            and self._verbal(start, end)
            and not self.gz.lookup(surface)
            # '…, 프로티나 등': Kiwi reads the 나 of a listed name as a verb ending
            and not ((listed or self._vouched(start, end, surface)) and not VERBAL.search(surface))
        ):
            return None
        c = self.cands.get(k)
        if c is None:
            c = self.cands[k] = _Cand(surface, common=self._common(start, end))
        if not any(m.start == start for m in c.mentions):
            c.mentions.append(Mention(surface, start, end))
        return c

    def _tokens(self, start: int, end: int) -> list[Tok]:
        i = bisect_left(self.tok_starts, start)
        out = []
        while i < len(self.toks) and self.toks[i].start < end:
            out.append(self.toks[i])
            i += 1
        return out

    def _verbal(self, start: int, end: int) -> bool:
        """'밝혔다', '열었으며', '중인': the word ends as a verb or copula, so it is no name."""
        toks = self._tokens(start, end)
        if not toks:
            return bool(VERBAL.search(self.text[start:end]))
        return bool(toks) and (
            toks[-1].tag.startswith("E")
            or toks[-1].tag in {"VCP", "XSV", "XSA"}
            or (any(t.tag.startswith("E") for t in toks) and any(t.tag in {"VV", "VA"} for t in toks))
        )

    def _common(self, start: int, end: int) -> bool:
        toks = self._tokens(start, end)
        return bool(toks) and all(
            t.tag in {"NNG", "NNB", "NR", "SN", "XSN", "XPN", "MM"}
            and t.score > OOV_SCORE
            and t.end - t.start >= 2
            for t in toks
        )

    def _kiwi_evidence(self, c: _Cand, start: int, end: int) -> None:
        toks = self._tokens(start, end)
        if any(t.tag == "NNP" for t in toks):
            c.add("proper", 0.5)
        nouns = [t for t in toks if t.tag.startswith(("N", "SL", "XR", "MM", "XP"))]
        inner_verb = any(t.tag.startswith(("V", "E", "XS")) for t in toks[:-1])  # 바이오/세/ㄴ/추리: a guess
        # 에이아이/트릭/스: a verb stem with no ending cannot close a Korean word; Kiwi is guessing
        bare_stem = len(toks) >= 2 and toks[-1].tag in {"VV", "VA"}
        if (
            inner_verb
            or bare_stem
            or any(t.score <= OOV_SCORE for t in nouns)
            or (len(nouns) >= 3 and sum(t.end - t.start == 1 for t in nouns) >= 2)
        ):
            c.add("unknown-word", 0.5)

    def run(self) -> list[Organization]:
        consumed = self._multiword()
        consumed |= self._headline_phrases(consumed)
        consumed |= self._university_hospitals(consumed)
        self._mark_people()
        for i, w in enumerate(self.words):
            if i not in consumed and i not in self.person:
                self._single(i, w)
        self._latin_spelled()
        self._spaced_acronym_names()
        self._quoted_institutions()
        self._enumerations()
        self._joining_lists()
        self._copula_lists()
        self._bullets()
        self._coordination()
        self._round_members()
        self._subjects()
        self._headline_words()
        return self._merge()

    # --- candidates -------------------------------------------------------------------
    def _multiword(self) -> set[int]:
        consumed: set[int] = set()
        ws = self.words
        for i in range(len(ws)):
            if i in consumed or not self.gz.has_prefix(ws[i].text):
                continue
            for n in (4, 3, 2):
                j = i + n
                if (
                    j > len(ws)
                    or any(ws[x].particle for x in range(i, j - 1))
                    or any(self.text[ws[x].end : ws[x + 1].start].strip() for x in range(i, j - 1))
                ):
                    continue
                end = ws[j - 1].end
                surface = self.text[ws[i].start : end]
                entry = self.gz.lookup(surface)
                if not entry and not ws[j - 1].particle and surface[-1] in _TRAILING_PARTICLE:
                    end -= 1  # '베링거 인겔하임과': Kiwi did not split 과 off an unknown last word
                    surface = surface[:-1]
                    entry = self.gz.lookup(surface)
                if entry and not entry.weak:
                    c = self.cand(surface, ws[i].start, end)
                    if c:
                        c.entry = entry
                        c.add("gazetteer", 3.0, entry.type)
                        consumed.update(range(i, j))
                    break
        return consumed

    def _headline_phrases(self, consumed: set[int]) -> set[int]:
        """A headline's two-word name ('프레지니어스 카비와') where the body writes it the same way."""
        taken: set[int] = set()
        ws = self.words
        for phrase in (h.text.split() for h in self.heads if " " in h.text):
            n = len(phrase)
            for i in range(len(ws) - n + 1):
                span = range(i, i + n)
                if (
                    any(x in consumed or x in taken for x in span)
                    or [ws[x].core for x in span] != phrase
                    or any(ws[x].particle for x in range(i, i + n - 1))
                    or any(self.text[ws[x].end : ws[x + 1].start] != " " for x in range(i, i + n - 1))
                ):
                    continue
                surface = self.text[ws[i].start : ws[i + n - 1].end]
                if R.generic_compound(surface) or any(R.TITLES.match(p) for p in phrase):
                    break
                c = self.cand(surface, ws[i].start, ws[i + n - 1].end)
                if c is None:
                    break
                self._lexical_evidence(c, surface, ws[i].start)
                # '유럽 제약사와': a description; a foreign name is words Kiwi does not know
                if {"gazetteer", "suffix", "unknown-word"} & c.evidence.keys():
                    c.add("headline", 1.0)
                    taken.update(span)
                elif len(c.mentions) == 1:
                    del self.cands[key(surface)]
        return taken

    def _headline_words(self) -> None:
        for w in self.words:
            if w.core in self.head_words or (w.core.isascii() and any(h.text == w.core for h in self.heads)):
                self._boost(w, "headline", 1.0, None)

    def _adnominal(self, w: Word) -> bool:
        """'연구한', '설립된': a verb modifying the next word, which Kiwi reads as one; names such as
        '강성지' that Kiwi also reads as verbs do not end like this."""
        last = w.core[-1]
        return (_final(last) in {4, 8} or last == "던") and self._verbal(w.start, w.end)  # -ㄴ, -ㄹ, -던

    def _university_hospitals(self, consumed: set[int]) -> set[int]:
        """'고려대학교 안암병원', '계명대 동산병원', '연세대학교 기술지주회사': a university's hospital,
        technology holding company or industry-cooperation foundation is one name, not two."""
        out: set[int] = set()
        ws = self.words
        for i in range(len(ws) - 1):
            a, b = ws[i], ws[i + 1]
            if i in consumed or i + 1 in consumed or a.particle or self.text[a.end : b.start] != " ":
                continue
            if not (a.core.endswith(("대학교", "대")) and len(a.core) >= 3) or self.gz.lookup(
                a.core + b.core
            ):
                continue
            kind = _UNIVERSITY_ARMS.get(b.core) or ("university" if _CAMPUS.fullmatch(b.core) else None)
            if kind is None and b.core.endswith("병원") and len(b.core) >= 4 and b.core not in R.GENERIC:
                kind = "hospital"
            if kind is None:
                continue
            c = self.cand(self.text[a.start : b.end], a.start, b.end)
            if c:
                c.add("suffix", 2.0, kind)
                out |= {i, i + 1}
        return out

    def _mark_people(self) -> None:
        ws = self.words
        for i, w in enumerate(ws[:-1]):
            # '제임스 로버트슨 부사장': a Western given name in Hangul, then the surname
            nxt = ws[i + 1]
            if w.core in R.WESTERN_GIVEN_NAMES and not w.particle and self.text[w.end : nxt.start] == " ":
                self.person.update({i, i + 1})
        for i, w in enumerate(ws):
            if i > 0 and self._office_title(w.core):  # '구복규 화순군수': the word before is the person
                prev = ws[i - 1]
                if R.is_person_name(prev.core) and not prev.particle and not self.gz.lookup(prev.core):
                    self.person.add(i - 1)
                continue
            if R.TITLES.match(w.core):
                self.person.add(i)
                if i == 0 or self.text[ws[i - 1].end : w.start].strip():
                    continue  # '라노바(대표 정해민)': the word before the bracket is the organisation
                prev = ws[i - 1]
                before = ws[i - 2] if i >= 2 else None
                if not R.is_person_name(prev.core) or self.gz.lookup(prev.core):
                    if (  # '윤상현 포트래이 대표': the organisation next to the title, the person before it
                        before is not None
                        and not before.particle
                        and not prev.particle
                        and R.is_person_name(before.core)
                        and len(before.core) == 3
                        and not self.gz.lookup(before.core)
                        and not self.text[before.end : prev.start].strip()
                        and not self._adnominal(before)
                    ):
                        self.person.add(i - 2)
                    continue
                if (  # '정해민 라노바 대표': the person comes first, the organisation next to the title
                    before is not None
                    and not before.particle
                    and not prev.particle
                    and R.is_person_name(before.core)
                    and not self.text[before.end : prev.start].strip()
                    and before.core not in self.cands
                    and not self._adnominal(before)  # '연구한 윤상현 대표': a verb, no name
                ):
                    self.person.add(i - 2)
                    continue
                self.person.add(i - 1)

    def _single(self, i: int, w: Word) -> None:
        core = w.core.removeprefix("주식회사").strip("-.&")
        parts = core.split("-")
        if len(parts) > 1 and all(self._known(p) for p in parts):  # 서울시-BMS-한국보건산업진흥원
            pos = w.start
            for part in parts:
                self._single(i, Word(part, part, pos, pos + len(part), ""))
                pos += len(part) + 1
            return
        office = core[:-1] if core.endswith(("도청", "시청", "군청")) else None
        if office and (R.city_info(office) or (self.gz.lookup(office) or OrgName("")).type == "government"):
            core = office  # '전북도청' is the provincial government itself
        if (
            self._unit_phrase(i, w)
            or self._foreign_ministry(i, w)
            or self._mayor(w)
            or self._head_of(w)
            or len(core) < 2
            or core in R.GENERIC
            or R.NOT_NAME_START.match(core)
        ):
            return
        prev = self.words[i - 1] if i > 0 else None
        if prev is not None and prev.core in R.DETERMINERS and not self.text[prev.end : w.start].strip():
            return  # "양국 바이오협회": not a name
        if core.isascii() and (core.upper() in R.LATIN_STOP or not re.search(r"[A-Za-z]{2}", core)):
            return
        start = w.start + (len(w.core) - len(w.core.removeprefix("주식회사")))
        if not w.particle and _loose_particle(core) and not self.gz.lookup(core):
            core = core[:-1]  # '디그라노바와 에피젠스바이오': Kiwi left the 와 on a word it does not know
        if self._korean_arm(core) and not self.gz.lookup(core):
            core, start = core[2:], start + 2  # '한국로슈', '한국아스트라제네카': the group acting here
        c = self.cand(core, start, start + len(core))
        if c is None:
            return
        self._lexical_evidence(c, core, start)
        self._context(i, w, c)

    def _lexical_evidence(self, c: _Cand, core: str, start: int) -> None:
        entry = self.gz.lookup(core)
        if entry:
            c.entry = c.entry or entry
            c.add("gazetteer", 0.8 if entry.weak else 3.0, entry.type)
        info = None if core.isascii() else R.suffix_info(core)
        if (
            info
            and core.endswith("대")
            and info[0] == "university"
            and self._common(start, start + len(core) - 1)
        ):
            info = None  # '지분율대로', '가격대': a common noun and 대, not '충남대'
        if info:
            c.add("suffix", info[1], info[0])
        if R.city_info(core):
            c.add("city", 2.0, "government")
        if not core.isascii():
            self._kiwi_evidence(c, start, start + len(core))
            if _MIXED.fullmatch(core):
                c.add("unknown-word", 0.5)  # 'GC셀', '아주IB투자': Latin capitals inside a Hangul name

    def _unit_phrase(self, i: int, w: Word) -> bool:
        """'포항 그린백신 실증지원센터': a unit word standing alone takes the noun before it as its name."""
        if R.unit_word(w.core) is None or i == 0:
            return False
        prev = self.words[i - 1]
        if (
            prev.particle
            or self.text[prev.end : w.start].strip()
            or prev.core in R.GENERIC
            or prev.core in R.COUNTRIES
            or prev.core.isdigit()
            or re.fullmatch(r"[가-힣]{1,3}(구|동)", prev.core)  # '영도구 연구소': a lab's address
        ):
            return False
        # '익수다 테라퓨틱스(Iksuda Therapeutics)': the Latin name says the first word is a name,
        # whatever Kiwi reads in it (익수 + 다)
        latin = _LATIN_NAME_AFTER.match(self.text, w.end)
        verbal = self._verbal(prev.start, prev.end) and not latin
        if verbal or R.NOT_NAME_START.match(prev.core) or len(prev.core) < 2:
            return False
        known = self._group_name(prev)
        if w.core == "연구소" and not latin:
            return False  # '피브렌바이오 연구소', '서울 마곡 연구소': a company's lab
        if w.core in R.DIVISION_WORDS and w.core not in R.UNIT_WORDS and not known and not latin:
            return False  # '디지털 헬스케어': a field, not a division of a company
        if R.unit_word(w.core) == "company" and self._common(prev.start, prev.end) and not (latin or known):
            return False  # '신약개발 바이오텍': a description, not '오릭 파마슈티컬스'
        first = prev
        before = self.words[i - 2] if i >= 2 else None
        # '후지필름 다이오신스 바이오테크놀로지스': the group's name comes first
        if (
            before
            and not before.particle
            and not self.text[before.end : prev.start].strip()
            and self._group_name(before)
        ):
            first = before
        c = self.cand(self.text[first.start : w.end], first.start, w.end)
        if c:
            c.add("suffix", 2.0, R.unit_word(w.core))
        return True

    def _foreign_ministry(self, i: int, w: Word) -> bool:
        """'사우디아라비아 보건부': a country followed by a ministry is that country's ministry."""
        if i == 0 or not R.FOREIGN_MINISTRY.fullmatch(w.core):
            return False
        prev = self.words[i - 1]
        # '노스캐롤라이나주 상무부': a (US) state's department as well as a country's ministry
        state = re.fullmatch(r"[가-힣]{3,8}주", prev.core) and not self._common(prev.start, prev.end)
        if prev.particle or not (prev.core in R.COUNTRIES or state) or self.text[prev.end : w.start].strip():
            return False
        c = self.cand(self.text[prev.start : w.end], prev.start, w.end)
        if c:
            c.add("suffix", 2.0, "government")
        return True

    def _office_title(self, core: str) -> bool:
        m = _OFFICE.fullmatch(core) or _GOVERNOR.fullmatch(core)
        if not m:
            return False
        place = m.group(1)
        return R.city_info(place) or any(
            (self.gz.lookup(x) or OrgName("")).type == "government" for x in (place, place + "도")
        )

    def _head_of(self, w: Word) -> bool:
        """'인천경제자유구역청장', '식약처장': a known organisation with its head's title attached."""
        if not w.core.endswith("장") or len(w.core) < 4:
            return False
        org = w.core[:-1]
        entry = self.gz.lookup(org)
        if (
            entry is None
            or entry.weak
            or org in R.GENERIC
            or not org.endswith(("청", "처", "원", "단", "재단"))
        ):
            return False
        c = self.cand(org, w.start, w.start + len(org))
        if c:
            c.entry = c.entry or entry
            c.add("gazetteer", 3.0, entry.type)
        return True

    def _mayor(self, w: Word) -> bool:
        """'인천시장', '강원특별자치도지사': the title names the local government it heads."""
        m = _OFFICE.fullmatch(w.core) or _GOVERNOR.fullmatch(w.core)
        if not m or not self._office_title(w.core):
            return False
        c = self.cand(m.group(1), w.start, w.start + len(m.group(1)))
        if c:
            c.add("mayor", 2.0, "government")
            entry = self.gz.lookup(m.group(1)) or self.gz.lookup(m.group(1) + "도")  # 전남 → 전남도
            if entry:
                c.entry = c.entry or entry
        return True

    def _context(self, i: int, w: Word, c: _Cand) -> None:
        ws, text = self.words, self.text
        after = text[w.end + len(w.particle) : w.end + len(w.particle) + 40]
        if not w.particle:  # a bracket may spell out a long English name
            self._paren(w, c, text[w.end : w.end + 90])
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        nxt2 = ws[i + 2] if i + 2 < len(ws) else None
        prev = ws[i - 1] if i > 0 else None
        if nxt and nxt2 and not w.particle and (i + 1) in self.person and R.TITLES.match(nxt2.core):
            c.add("org-name-title", 1.5, R.title_type(nxt2.core))
        elif (
            nxt
            and not w.particle
            and R.TITLES.match(nxt.core)
            and prev
            and R.is_person_name(prev.core)
            and not prev.particle
            and "\n" not in self.text[prev.end : w.start]  # '… 권리 이전' ends the line above
            and not self._adnominal(prev)  # '연구한 윤상현 대표가': a verb, then the person
        ):
            c.add("name-org-title", 1.5, R.title_type(nxt.core))
        elif (
            nxt
            and not w.particle
            and R.TITLES.match(nxt.core)
            and R.is_person_name(nxt2.core if nxt2 else "")
            and nxt2 is not None
            and not self._common(nxt2.start, nxt2.end)  # '아시아 시장 공략': a market, then a noun
            and not re.search(r"[\"“”'‘’(]", text[nxt.end : nxt2.start])  # '홍태용 시장 "김해를 …"'
        ):
            c.add("org-title-name", 1.5, R.title_type(nxt.core))
        # '케임브리지혁신센터(CIC)와 업무협약을': the particle may follow the name's bracket
        bracketed = None if w.particle else _PARTICLE_AFTER_PAREN.match(after)
        particle = bracketed.group(1) if bracketed else w.particle
        rest = after[bracketed.end() :] if bracketed else after
        if particle in {"와", "과", "와의", "과의", "와는", "과는", "이", "가"} and R.PARTNER_WORDS.search(
            rest[:30]
        ):
            c.add("partner", 1.5)
        elif (
            particle in {"와", "과"}
            and not c.common
            and _DEAL_LATER.match(text, w.end + len(w.particle) + (bracketed.end() if bracketed else 0))
        ):
            # '보령과 위암 치료용 … 권리를 넘기는 라이선스 계약을 맺었다': the deal named after a description
            c.add("partner", 1.5)
        # '신규 투자자인 X': the copula's 인 joins the cue to the name
        cue_particle = prev is not None and prev.particle in {"", "인"}
        if prev is not None and cue_particle and not text[prev.end + len(prev.particle) : w.start].strip():
            cue = R.type_cue(prev.core)
            # '바이오텍 X' announces a name; '아마렌바이오텍 오창 공장' is a company, then a place
            plain = prev.core in R.TYPE_CUES or len(prev.core) <= 4 or self._common(prev.start, prev.end)
            if cue and plain:
                c.add("type-cue", 1.5, cue)
        # ㈜ before the name, or (주) attached right after it; not a ㈜ that opens the next item
        if any(self._marks(m, w.start, w.end) for m in self.corp_marks):
            c.add("corporate", 2.0, "company")

    def _paren(self, w: Word, c: _Cand, after: str) -> None:
        paren = re.match(r"\s*\(([^)]{1,80})\)", after)
        if not paren:
            return
        inner = paren.group(1).strip()
        first = re.split(r"[\s,]", inner)[0]
        if R.TITLES.match(first):
            if _HEAD_OF_UNIT.search(w.core):
                return  # '신약연구소장(상무)': a person's two titles, not a company and its head
            c.add("title-paren", 2.0, "company" if first.startswith("대표") else None)
        elif _LATIN_NAME.fullmatch(inner) and not c.common and self._latin_org(w, inner):
            c.add("latin-name", 1.0)  # '메이요클리닉(Mayo Clinic)': a name with its own spelling
            self.aliases.append((w.core, inner))
        elif (spelt := _ACRONYM_SPELT.fullmatch(inner)) and _initials(spelt.group(2)) == spelt.group(
            1
        ).upper():
            # '감염병혁신연합(CEPI·Coalition for Epidemic Preparedness Innovations)': an acronym whose
            # letters the English name spells is an institution's, whatever Kiwi makes of the Korean
            c.add("latin-name", 1.0)
            self.aliases += [(w.core, spelt.group(1)), (w.core, spelt.group(2))]
        elif _ACRONYM.fullmatch(inner) and "suffix" in c.evidence:
            c.add("acronym-paren", 0.5)  # '한국임상시험산업본부(KoNECT)': a name with its acronym
            self.aliases.append((w.core, inner))
        elif _TYPE_PAREN.match(inner):
            c.add("type-paren", 1.5, "cdmo" if inner in {"CDMO", "CMO"} else "company")
        elif (
            not inner.startswith(("이하", "사진", "현지"))
            and len(inner) >= 2
            and not re.match(r"^[\d.’'~\-]+", inner)
        ):
            self.aliases.append((w.core, inner))

    def _enumerations(self) -> None:
        """'A, B, C 등 국내 바이오기업', 'A와 B 등 투자사': every item is an organisation."""
        ws = self.words
        for i, w in enumerate(ws):
            count = _COUNT.fullmatch(w.core)  # 'A, B, C 3곳을 선정': a count closes the list like 등
            if _DEUNG.fullmatch(w.core) and w.core != "등" and i > 0:
                self._loose_enumeration(i - 1)  # '등이', '등의': Kiwi keeps the two letters as one word
                continue
            if not (w.core == "등" or w.particle == "등" or count) or i == 0:
                continue
            cue_words = [x.core for x in ws[i + 1 : i + 5]]
            # '… 등 기업', '… 등 3개사가': a type noun or a count after 등 says what the items are
            cue = next(
                (R.type_cue(x) or "" for x in cue_words if _LIST_CUE.search(x) or _ORG_COUNT.fullmatch(x)),
                None,
            )
            if count and count.group(1) in {"곳", "개사"}:
                cue = cue or ""
            last = i if w.particle == "등" else i - 1
            # '미생물, 종자 등 그린바이오 분야 기업': fields the companies work in, not companies
            fields = any(x in {"분야", "분야의", "영역", "업종"} for x in cue_words[:3])
            if self._in_description(ws[last].start) or (cue is not None and fields):
                continue
            if cue is None:
                self._loose_enumeration(last)
                continue
            items = [last]
            j = last

            def joined(x: int) -> bool:
                return (
                    ws[x - 1].particle in {"와", "과", "및"}
                    or bool(_JOINED.fullmatch(ws[x - 1].core))
                    or bool(
                        re.fullmatch(
                            r"\s*(\([^)]*\))?\s*[,·・ㆍ]\s*|\s+및\s+",
                            self.text[ws[x - 1].end + len(ws[x - 1].particle) : ws[x].start],
                        )
                    )
                )

            while j > 0:
                # 'A와 B, 액셀러레이터 C 등 투자사': a describing word before an item is not one
                if (
                    j >= 2
                    and not ws[j - 1].particle
                    and self.text[ws[j - 1].end : ws[j].start] == " "
                    and R.type_cue(ws[j - 1].core)
                    and joined(j - 1)
                ):
                    j -= 1
                elif not joined(j):
                    break
                j -= 1
                items.append(j)
            # '경구용 … 기술을 보유한 펩토리아 등 바이오벤처 20개사': one item, but the type noun says what
            # it is, when the word itself looks like a name
            single = self.cands.get(key(ws[last].core))
            alone = len(items) == 1 and bool(cue) and single is not None and _own_name_evidence(single)
            if len(items) < (3 if count else 2) and w.particle != "등" and not alone:
                continue
            for x in items:
                w = ws[x]
                if not w.particle and _JOINED.fullmatch(w.core) and x != last:  # '루닛과': 과 is the joint
                    w = _unjoined(w)
                self._boost(w, "enumeration", 1.5, cue or None)

    def _joining_lists(self) -> None:
        """'…에는 ㈜루멘메디칼, 코어소닉스, 덴탈리안이 참여한다': a comma list that joins something ends
        without 등, on the last item's 이/가/도."""
        for i, w in enumerate(self.words):
            if w.particle in {"이", "가", "도"} and _JOINING.match(self.text, w.end + len(w.particle)):
                self._loose_enumeration(i)

    def _latin_spelled(self) -> None:
        """'트라이앵글 셀웍스(Triangle CellWorks)': Hangul words spelt out in Latin right after them are
        one name; not a person ('로라 베넷(Laura Bennett) 부회장', '제임스 …'), an acronym ('BIO USA')
        or the description before the name ('의료기기 유통사 알마나르 메디컬')."""
        ends = {w.end: i for i, w in enumerate(self.words)}
        for m in _SPELT_AFTER.finditer(self.text):
            latin = m.group().strip("() ")
            last = ends.get(m.start())
            words = [x for x in latin.split() if x not in {"&", "and", "of"}]
            if last is None or not all(re.match(r"[A-Z][a-z]", x) for x in words):
                continue
            span: list[Word] = []
            for w in reversed(self.words[max(0, last - len(words) + 1) : last + 1]):
                nxt = span[-1] if span else None
                if (
                    w.particle
                    or not re.fullmatch(r"[가-힣][가-힣&]+", w.core)
                    or (nxt is not None and self.text[w.end : nxt.start] != " ")
                    or R.type_cue(w.core)
                    or w.core in R.GENERIC
                    or w.core in R.COUNTRIES  # '독일 머크 라이프사이언스(Merck Life Science)'
                ):
                    break
                span.append(w)
            span.reverse()
            if (
                len(span) < 2
                or span[0].core in R.WESTERN_GIVEN_NAMES
                or any(
                    R.TITLES.match(_TRAIL_PARTICLE.sub("", x))
                    for x in self.text[m.end() : m.end() + 40].split()[:3]
                )
                or all(self._common(w.start, w.end) for w in span)
            ):
                continue
            surface = self.text[span[0].start : span[-1].end]
            c = self.cand(surface, span[0].start, span[-1].end)
            if c:
                c.add("latin-name", 2.0)
                self.aliases.append((c.surface, latin))
                for again in re.compile(re.escape(surface)).finditer(self.text):  # written again, anywhere
                    self.cand(surface, again.start(), again.end())

    def _spaced_acronym_names(self) -> None:
        """'케임브리지 이노베이션 센터(CIC)와': a foreign institution written word by word in Hangul,
        its acronym giving one letter per word, is one name."""
        for m in _SPACED_ACRONYM.finditer(self.text):
            words, acronym = m.group(1).split(), m.group(2)
            if len(acronym) > len(words) or acronym in R.LATIN_STOP:
                continue  # '수도권 벤처캐피털(VC)': a kind of firm, not a name
            named = words[-len(acronym) :]
            surface = " ".join(named)
            info = R.suffix_info(surface)
            start = m.end(1) - len(surface)
            idx = [self.by_start.get(x.start() + start) for x in re.finditer(r"\S+", surface)]
            if info is None or None in idx or R.NOT_NAME_START.match(surface):
                continue
            # every word bare, the first one a word Kiwi does not know as a common noun or a verb
            heads = [self.words[i] for i in idx if i is not None]
            first = heads[0]
            if (
                first.core in R.GENERIC
                or any(w.particle for w in heads)
                or self._common(first.start, first.end)
                or any(self._verbal(w.start, w.end) for w in heads)
            ):
                continue
            c = self.cand(surface, start, m.end(1))
            if c:
                c.add("suffix", info[1], info[0])
                c.add("acronym-spelt", 1.0)
                self.aliases.append((surface, acronym))

    def _quoted_institutions(self) -> None:
        """ "'인천 바이오공정 인력양성센터'에서 열린 개소식": a quoted name of two to four words ending in
        an institution word (센터, 연구소, 재단 …) is one organisation, wherever the text writes it."""
        for m in _QUOTED_NAME.finditer(self.text):
            name = m.group(1)
            words = name.split()
            info = R.suffix_info(words[-1])
            if (
                not 2 <= len(words) <= 4
                or info is None
                or info[0] in {"company", "startup", "big_pharma", "cdmo", "investor"}
                or not all(re.fullmatch(r"[가-힣A-Za-z0-9]+", w) for w in words)
            ):
                continue
            for again in re.compile(re.escape(name)).finditer(self.text):
                c = self.cand(name, again.start(), again.end())
                if c:
                    c.add("quoted-name", 2.0, info[0])

    def _in_description(self, pos: int) -> bool:
        """'바이오포트텍(일회용 무균 커넥터·튜빙)': inside a bracket that describes, not one that spells."""
        opening = self.text.rfind("(", 0, pos)
        if opening < 0 or ")" in self.text[opening:pos]:
            return False
        closing = self.text.find(")", pos)
        return closing > 0 and " " in self.text[opening:closing]

    def _copula_lists(self) -> None:
        """'선정된 기업은 진셀로직스·바이오노아·…·하이퍼젠이다': the items of a list the sentence says
        the selected companies are."""
        for m in _COPULA_LIST.finditer(self.text):
            items = _LIST_SEP.split(m.group(2))
            starts = [m.start(2)] + [x.end() + m.start(2) for x in _LIST_SEP.finditer(m.group(2))]
            if len(starts) < 3:
                continue
            cue = R.type_cue(m.group("cue")) or "company"
            if _copula_i(items[-1]):
                items[-1] = items[-1][:-1]  # '리젠하트랩이다': 이다 after a final consonant is the copula
            for start, item in zip(starts, items, strict=True):
                idx = self.by_start.get(start)
                if idx is None:
                    continue
                w = self.words[idx]
                if len(w.core) > len(item) and w.core.startswith(item):  # '진오웨이브다': the copula left on
                    w = Word(w.text, item, w.start, w.start + len(item), w.core[len(item) :])
                self._boost(w, "enumeration", 1.5, cue)

    def _loose_enumeration(self, last: int) -> None:
        """'휴이노, 씨어스테크놀로지, 에이티센스 등이': no type noun follows, but when one item is an
        organisation, the unknown words listed with it are too."""
        ws, items, j = self.words, [last], last
        while j > 0 and not ws[j - 1].particle:
            if not re.fullmatch(r"\s*,\s*", self.text[ws[j - 1].end : ws[j].start]):
                break
            j -= 1
            items.append(j)
        cands = [self.cands.get(key(ws[x].core)) for x in items]
        # two items are enough when one is surely a company ('㈜옵티젠메드, 바이오스펙트라랩 등과'):
        # the other is listed as its like, unless Kiwi knows it as a common word
        sure = any(c and c.score >= THRESHOLD + 1.0 and not c.common for c in cands)
        if len(items) < (2 if sure else 3):
            return
        # '국제백신연구소(IVI) 안동분소, …센터 등': the first of two items goes on the name before it
        first = items[-1]
        between = self.text[ws[first - 1].end : ws[first].start] if first > 0 else ","
        if (
            len(items) == 2
            and not ws[first - 1].particle
            and re.fullmatch(r"[\s()]*(\([^)]*\))?[\s()]*", between)
        ):
            return
        # one item already an organisation, or named like a company ('에임드바이오')
        if not any(c and (c.score >= THRESHOLD or "suffix" in c.evidence) and not c.common for c in cands):
            return
        for x, c in zip(items, cands, strict=True):
            if c is None:  # Kiwi read it as a verb ('누리센' = 누리 + 시 + ㄴ); listed, it is a noun
                self._boost(ws[x], "enumeration", 1.0, None)
                c = self.cands.get(key(ws[x].core))
            if c is not None and c.score < THRESHOLD + 1.0 and not c.common:
                c.add("enumeration", 1.0)
                c.add("unknown-word", 0.5)  # listed beside a company and not a word Kiwi knows whole

    def _bullets(self) -> None:
        """'▲A ▲B ▲C' on one line: when some items are organisations, the others are too."""
        for line in re.finditer(r"[^\n]*▲[^\n]*", unwrap_hard_wrapped(self.text)):
            items: list[Word] = []
            for m in _BULLET.finditer(line.group()):
                idx = self.by_start.get(line.start() + m.start(1))
                if idx is not None:
                    items.append(self._described(idx, line.start() + m.end()))
            # '▲메디셀로(무혈청 배지)': no particle comes before a bracket; Kiwi's 로 is the name's
            items = [
                Word(w.text, w.core + w.particle, w.start, w.end + len(w.particle), "")
                if w.particle and self.text.startswith("(", w.end + len(w.particle))
                else w
                for w in items
            ]
            if items and not items[-1].particle and _JOINED.fullmatch(items[-1].core):
                w = items[-1]  # '▲A ▲누리센과 협약을': the last item carries the list's 와/과
                if not self.gz.lookup(w.core):
                    items[-1] = _unjoined(w)
            known = [w for w in items if (c := self.cands.get(key(w.core))) and c.score >= THRESHOLD]
            around = self.text[max(0, items[0].start - 60) : items[-1].end + 60] if items else ""
            intro = self.text[max(0, items[0].start - 20) : items[0].start] if items else ""
            introduced = bool(_LIST_INTRO.search(intro))  # '선정된 기업은 ▲A ▲B': a list of organisations
            if introduced and not known:
                items = [w for w in items if not (c := self.cands.get(key(w.core))) or not c.common]
            # three or more unknown single names under a selection/participation cue are a list too
            fresh = (
                len(items) >= 3
                and bool(_BULLET_CUE.search(around))
                and not any((c := self.cands.get(key(w.core))) and c.common for w in items)
            )
            if len(items) >= 2 and (
                introduced
                or fresh
                or (known and (2 * len(known) >= len(items) or _BULLET_CUE.search(around)))
            ):
                kind = "company" if introduced and re.search(r"기업|업체|스타트업|곳", intro) else None
                for w in items:
                    if self._topic_word(w):
                        continue  # '▲비임상·임상 연계 공동연구 ▲유럽 임상시험 진입': what they will do
                    self._boost(w, "bullet-list", 1.5, kind)
                    self._bullet_phrase(w)
                    self._bullet_partners(w, kind)

    def _group_name(self, w: Word) -> bool:
        """A company the gazetteer knows well ('후지필름', '머크'), which can name a division after it."""
        return self._known_company(w.core)

    def _korean_arm(self, core: str) -> bool:
        """'한국로슈': the Korean arm of a foreign company the gazetteer knows."""
        return core.startswith("한국") and len(core) >= 4 and self._known_company(core[2:])

    def _known_company(self, core: str) -> bool:
        entry = self.gz.lookup(core)
        return bool(
            entry and not entry.weak and entry.type in {"big_pharma", "company", "cdmo", "large_company"}
        )

    def _topic_word(self, w: Word) -> bool:
        """A common noun or a place, which a bullet list of names would not hold."""
        if self.gz.lookup(w.core):
            return False
        return w.core in R.COUNTRIES or (
            bool(re.fullmatch(r"[가-힣]+", w.core)) and self._common(w.start, w.start + len(w.core))
        )

    def _bullet_partners(self, w: Word, kind: str | None) -> None:
        """'▲서울대학교병원·루닛(…)': a bullet item naming a pair; the second is listed too."""
        i = self.by_start[w.start]
        prev = w
        for nxt in self.words[i + 1 : i + 4]:
            if prev.particle or self.text[prev.end : nxt.start].strip() not in {"·", "ㆍ", "・"}:
                break
            if not self._topic_word(nxt):
                self._boost(nxt, "bullet-list", 1.5, kind)
            prev = nxt

    def _described(self, idx: int, end: int) -> Word:
        """'▲경피흡수 제형 개발사 티디에스팜': the item names what it is before the name."""
        for n in range(idx, min(idx + 6, len(self.words) - 1)):
            w, nxt = self.words[n], self.words[n + 1]
            if nxt.start >= end or w.particle:
                break
            if R.type_cue(w.core) and not self.text[w.end : nxt.start].strip():
                return nxt
        return self.words[idx]

    def _bullet_phrase(self, w: Word) -> None:
        """'▲연세대학교 K-NIBRT 사업단': a bullet item of several words ending in a unit word."""
        i = self.by_start[w.start]
        phrase = [w]
        for nxt in self.words[i + 1 : i + 3]:
            if nxt.core == "등" or phrase[-1].particle or self.text[phrase[-1].end : nxt.start].strip():
                break  # a phrase is words separated by spaces only: not '▲', not '·'
            phrase.append(nxt)
            if R.suffix_info(nxt.core) or nxt.core in {
                "사업단",
                "연구단",
                "센터",
                "연구소",
                "본부",
                "연구원",
            }:
                name = self.text[w.start : nxt.end]
                c = self.cand(name, w.start, nxt.end)
                if c:
                    c.add("bullet-phrase", 3.0, (R.suffix_info(nxt.core) or (None,))[0])
                break

    def _coordination(self) -> None:
        """'온코크로스와 파로스아이바이오가', 'KB인베스트먼트, 인터베스트': an unknown word joined by 와/과
        or a comma to an organisation."""
        ws = self.words

        def kept(x: int) -> bool:
            c = self.cands.get(key(ws[x].core)) if 0 <= x < len(ws) else None
            return bool(c and c.score >= THRESHOLD)

        for i in range(len(ws) - 1):
            a, b = ws[i], ws[i + 1]
            comma = not a.particle and self.text[a.end : b.start].strip() == ","
            # a comma joins an unknown word to an organisation in a list of investors ('KB인베스트먼트,
            # 인터베스트, LSK인베스트먼트 등이 참여'); a list of technologies next to a company is not one
            window = self.text[max(0, a.start - 80) : b.end + 80]
            if comma and not ((kept(i) or kept(i + 1)) and _INVESTORS_LISTED.search(window)):
                continue
            # ... and the word after the comma is an item itself (a comma, 와/과 or 등 follows it),
            # not the start of a description ('X, 오가노이드 기반 플랫폼 기업 Y')
            after_b = self.text[b.end + len(b.particle) : b.end + len(b.particle) + 3]
            last_item = b.particle in {"이", "가", "도"} and "investor" in getattr(
                self.cands.get(key(a.core)), "types", []
            )  # '…, DSC인베스트먼트, 아주IB투자가 참여했고': the list's last investor
            if comma and not (b.particle in {"와", "과"} or after_b.startswith((",", " 등")) or last_item):
                continue
            if a.particle not in {"와", "과"} and not comma:
                continue
            ca, cb = self.cands.get(key(a.core)), self.cands.get(key(b.core))
            if ca and cb and ca.score >= THRESHOLD and cb.score < THRESHOLD and _own_name_evidence(cb):
                cb.add("coordination", 1.0)
            elif ca and cb and cb.score >= THRESHOLD and ca.score < THRESHOLD and _own_name_evidence(ca):
                ca.add("coordination", 1.0)
            elif ca and cb and self._fellow_investor(i, ca, cb):
                (cb if ca.score >= THRESHOLD else ca).add("investor-list", 1.5, "investor")

    def _fellow_investor(self, i: int, ca: _Cand, cb: _Cand) -> bool:
        """'스톤브릿지벤처스와 퓨처플레이 등으로부터', '인터베스트와 DSC인베스트먼트가 참여': a word listed
        with an investor in a round is an investor, even when Kiwi reads common nouns (퓨처 + 플레이)."""
        known, other = (ca, cb) if ca.score >= THRESHOLD else (cb, ca)
        if known.score < THRESHOLD or other.score >= THRESHOLD or "investor" not in known.types:
            return False
        if len(other.surface) < 4 or R.generic_compound(other.surface) or other.surface in R.GENERIC:
            return False
        if other.surface.endswith(("역", "장")):
            return False  # '의생명연구원장과 한국투자파트너스 심사역': people on a panel
        end = self.words[i + 1]
        tail = self.text[end.end : end.end + 40]
        return bool(_ROUND_AFTER.match(tail))

    def _round_members(self) -> None:
        """'이번 라운드에는 퓨처플레이와 슈미트도 참여했다': the words listed as joining this round are
        investors, even when no item is known and Kiwi reads common nouns."""
        for m in _ROUND_MEMBERS.finditer(self.text):
            items = _MEMBER_SEP.split(m.group(1))
            starts = [m.start(1)] + [m.start(1) + x.end() for x in _MEMBER_SEP.finditer(m.group(1))]
            for start, item in zip(starts, items, strict=True):
                idx = self.by_start.get(start)
                if idx is None or " " in item.strip():
                    continue  # '기존 투자자', 'VC 3곳': a description, not a name
                w = self.words[idx]
                if w.core.endswith(("투자자", "투자사", "기관", "역", "장")) or R.generic_compound(w.core):
                    continue  # '기존 투자자와 …': not a name
                if not w.particle and w.core == item.strip() + w.core[-1:] and w.core[-1] in "와과":
                    w = _unjoined(w)  # '페가서스와 DSC인베스트먼트': the 와 Kiwi left on an unknown word
                self._boost(w, "investor-list", 1.5, "investor")

    def _boost(self, w: Word, why: str, weight: float, kind: str | None) -> None:
        core = w.core
        if not core or core in R.GENERIC or (core.isascii() and core.upper() in R.LATIN_STOP):
            return
        c = self.cands.get(key(core))
        if c is None and not R.NOT_NAME_START.match(core):
            c = self.cand(core, w.start, w.start + len(core), listed=why in {"enumeration", "bullet-list"})
            if c:
                self._lexical_evidence(c, core, w.start)
        elif c is not None and not any(m.start == w.start for m in c.mentions):
            # '…·펩타일러·트레이시온 등 5곳': the listed word is a mention too, not only the later ones
            c.mentions.append(Mention(core, w.start, w.start + len(core)))
        if c:
            c.add(why, weight, kind)

    def _subjects(self) -> None:
        for s in split_sentences(self.text):
            if not _REPORT_VERB.search(s.text):
                continue
            idx = self.by_start.get(s.start)
            first = self.words[idx] if idx is not None else None
            subject = first is not None and first.particle in {"은", "는", "이", "가"}
            c = self.cands.get(key(first.core)) if subject and first else None
            if c is not None and not c.common:
                c.add("subject", 1.0)

    # --- merging ----------------------------------------------------------------------
    def _drop_units_and_sites(self, kept: dict[str, _Cand]) -> None:
        """'ETRI 대경권연구센터', 'KIST 뇌과학연구소': a unit of the organisation named right before it;
        '경기 성남시 판교 연구소에서', '청주시 흥덕구 오송읍': a city that only gives an address.
        Neither acts."""
        ends = {m.end for c in kept.values() for m in c.mentions}

        def after_parent(m: Mention) -> bool:
            gap = self.text[max(0, m.start - 12) : m.start]
            cut = re.search(r"(\([^()]{1,10}\))?\s$", gap)
            return bool(cut) and m.start - len(cut.group()) in ends

        units = [
            k
            for k, c in kept.items()
            if _UNIT_NAME.search(c.surface)
            and "gazetteer" not in c.evidence
            and " " not in c.surface
            and all(after_parent(m) for m in c.mentions)
        ]
        sites = [
            k
            for k, c in kept.items()
            if "city" in c.evidence
            and all(
                _FACILITY_AFTER.match(self.text, m.end) or _DISTRICT_AFTER.match(self.text, m.end)
                for m in c.mentions
            )
        ]
        for k in {*units, *sites}:
            del kept[k]

    def _merge(self) -> list[Organization]:
        kept = {k: c for k, c in self.cands.items() if c.score >= THRESHOLD and _name_like(c)}
        spans = [(m.start, m.end) for c in kept.values() for m in c.mentions]

        def inside(m: Mention) -> bool:
            return any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in spans)

        for k in [k for k, c in kept.items() if c.mentions and all(inside(m) for m in c.mentions)]:
            del kept[k]  # '얀센' only ever inside '얀센 바이오텍': the division is the organisation named
        self._drop_units_and_sites(kept)
        # '익수다' after '익수다 테라퓨틱스(Iksuda Therapeutics)': the first word is the short name
        foreign = [
            c.surface
            for c in kept.values()
            if " " in c.surface
            and R.unit_word(c.surface.split()[-1])
            and re.search(re.escape(c.surface) + r"\s*\(\s*[A-Z]", self.text)
        ]
        short_forms = [
            (key(f), k)
            for k, c in self.cands.items()
            for f in foreign
            # the Latin name vouches for the first word even when Kiwi reads common nouns (칼리 + 스타)
            if f.split()[0] == c.surface
            and (not c.common or (len(c.surface) >= 3 and c.surface not in R.GENERIC))
        ]
        kept.update({k: self.cands[k] for _full, k in short_forms})
        for k in [k for k, c in kept.items() if _JOINED.fullmatch(c.surface) and key(c.surface[:-1]) in kept]:
            del kept[k]  # '누리센과' beside '누리센': the name with a particle Kiwi left on it
        for k, c in self.cands.items():  # '서울대' next to '서울대학교': a short form of a kept name
            if k not in kept and "suffix" in c.evidence and any(_abbreviates(k, f) for f in kept):
                kept[k] = c
        for (
            outer,
            inner,
        ) in self.aliases:  # '대전테크노파크(대전TP)' … '대전TP는': the short form written alone
            a, b = key(outer), key(inner)
            if a in kept and b not in kept and b in self.cands and not self.cands[b].common:
                kept[b] = self.cands[b]
        parent = {k: k for k in kept}

        def find(k: str) -> str:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[rb] = ra

        by_canonical: dict[str, str] = {}
        for k, c in kept.items():
            if c.entry and c.entry.canonical:
                ck = key(c.entry.canonical)
                if ck in by_canonical:
                    union(by_canonical[ck], k)
                else:
                    by_canonical[ck] = k
        for outer, inner in self.aliases:
            a, b = key(outer), key(inner)
            if a in kept and b in kept:
                union(a, b)
        for full, short in short_forms:
            union(full, short)
        _merge_abbreviations(kept, union)
        _merge_bullet_phrases(kept, union)
        groups: dict[str, list[_Cand]] = defaultdict(list)
        for k, c in kept.items():
            groups[find(k)].append(c)
        return [_organization(g) for g in groups.values()]


def _unjoined(w: Word) -> Word:
    """The word with the 와/과 Kiwi left on it taken off as its particle ('루닛과' → 루닛 + 과)."""
    return Word(w.text, w.core[:-1], w.start, w.end - 1, w.core[-1])


def _final(syllable: str) -> int:
    """The final consonant (batchim) index of a Hangul syllable; 0 for none or for a non-Hangul character."""
    return (ord(syllable) - 0xAC00) % 28 if "가" <= syllable <= "힣" else 0


def _copula_i(item: str) -> bool:
    """'랩이' in '…·리젠하트랩이다': the 이 of 이다 after a syllable with a final consonant."""
    return len(item) >= 3 and item[-1] == "이" and _final(item[-2]) != 0


def _loose_particle(core: str) -> bool:
    """A 와/과 the word's last syllable calls for: 와 after a vowel, 과 after a final consonant."""
    if len(core) < 4 or core[-1] not in "와과" or not "가" <= core[-2] <= "힣":
        return False
    return (core[-1] == "와") == (_final(core[-2]) == 0)


def _initials(name: str) -> str:
    return "".join(x[0] for x in name.split() if x[0].isupper())


def _own_name_evidence(c: _Cand) -> bool:
    """Something in the word itself says 'name': Kiwi does not know it, or it ends in a company suffix."""
    return "unknown-word" in c.evidence or ("suffix" in c.evidence and not c.common and len(c.surface) >= 4)


def _name_like(c: _Cand) -> bool:
    """Context alone never makes a common noun a name: something must say 'name' too."""
    if c.surface.isascii():
        distinctive = len(re.findall(r"[A-Z0-9]", c.surface)) >= 2 or " " in c.surface
        strong = {
            "gazetteer",
            "corporate",
            "title-paren",
            "org-name-title",
            "name-org-title",
        } & c.evidence.keys()
        return c.surface.upper() not in R.LATIN_STOP and (distinctive or bool(strong))
    if c.common and c.types and set(c.types) == {"cluster"} and "gazetteer" not in c.evidence:
        return False  # '백신특구', '바이오클러스터': a zone named by common nouns is a place, not an actor
    if _ORG_COUNT.fullmatch(c.surface):
        return False  # '3곳', '6개사': a count of organisations, not one, even when listed
    if _STRONG & c.evidence.keys() or "bullet-phrase" in c.evidence:
        return True
    if {"enumeration", "bullet-list", "investor-list"} & c.evidence.keys():
        return True  # listed next to known organisations under an organisation noun
    if c.surface.endswith(("학부", "학과", "교실", "전공")) and "gazetteer" not in c.evidence:
        return False  # '화학부', '영상의학과': a department of a university or hospital
    if re.match(r"\d", c.surface) and "gazetteer" not in c.evidence:
        return False  # '2025년 과제': a word opening on a digit needs its own evidence ('10x 지노믹스')
    if (
        c.common
        and "name-org-title" in c.evidence
        and len(c.surface) >= 4
        and len(c.mentions) >= 2
        and c.surface not in R.GENERIC
    ):
        return True  # '김현우 인터베스트 전무', '인터베스트가 주도했다': a name Kiwi reads as common nouns
    if c.common and "investor" in c.types and "type-cue" in c.evidence and len(c.surface) >= 4:
        return True  # '기존 투자자인 인터베스트와': an investor cue names the word after it
    if not c.common and len(_CONTEXTS & c.evidence.keys()) >= 2:
        return True  # '미국 바이오기업 에이비프로와 … 파트너십': two independent contexts say 'organisation'
    return not c.common and bool(_NAME_EVIDENCE & c.evidence.keys())


def _merge_abbreviations(kept: dict[str, _Cand], union) -> None:  # type: ignore[no-untyped-def]
    keys = sorted(kept, key=len)
    for i, short in enumerate(keys):
        fulls = [f for f in keys[i + 1 :] if _abbreviates(short, f)]
        # '부경대' for '국립부경대' and '국립부경대학교': one name written three ways
        if fulls and all(_abbreviates(f, fulls[-1]) for f in fulls[:-1]):
            union(fulls[-1], short)


def _merge_bullet_phrases(kept: dict[str, _Cand], union) -> None:  # type: ignore[no-untyped-def]
    # '연세대학교 K-NIBRT 사업단' also yields '연세대학교' from its first word: one organisation.
    for k, c in kept.items():
        if "bullet-phrase" in c.evidence and " " in c.surface:
            head = key(c.surface.split()[0])
            if head in kept and len(kept[head].mentions) <= 2:
                union(k, head)


def _abbreviates(short: str, full: str) -> bool:
    if len(short) < 2 or len(full) <= len(short) or short.isascii() != full.isascii():
        return False
    if _ARM_SHORT.sub(lambda m: _ARM_SHORTENED[m.group()], full) == short:
        return True  # '고려대기술지주' for '고려대학교 기술지주회사' (keys carry no spaces)
    if full.startswith("국립") and not short.startswith("국립"):
        return short == full[2:] or _abbreviates(short, full[2:])  # '부경대' for '국립부경대학교'
    if full.startswith(short):
        rest = full[len(short) :]
        if rest.endswith(("캠퍼스", "분원", "분소")):
            return False  # '국립부경대 대연캠퍼스': a campus of the university, not its full name
        if rest in _COMPANY_ENDINGS:
            return len(short) >= 3  # '오르비센' for '오르비센테라퓨틱스': the company without its ending
        if rest == "제약":
            return len(short) >= 4  # '아스텔라스' for '아스텔라스제약'; not '대웅' for '대웅제약'
        return not R.suffix_info("가나" + rest) and rest not in {"병원", "연구소", "센터", "사업단", "재단"}
    if short[-1] == full[-1] and full.startswith(short[:-1]) and len(short) >= 3:
        return True
    return full.endswith(short) and len(short) >= 4 and full[: -len(short)] in {"한국", "대한", "국립"}


def _organization(group: list[_Cand]) -> Organization:
    group.sort(key=lambda c: min(m.start for m in c.mentions))
    entry = next((c.entry for c in group if c.entry and c.entry.source in {"seed", "extra"}), None) or next(
        (c.entry for c in group if c.entry and c.entry.canonical), None
    )
    hangul = [c.surface for c in group if not c.surface.isascii()]
    canonical = entry.canonical_name if entry else max(hangul or [c.surface for c in group], key=len)
    divisions = [
        h
        for h in hangul
        if " " in h and h.startswith(canonical) and h.split()[-1] in R.DIVISION_WORDS | R.UNIT_WORDS.keys()
    ]
    if entry and divisions:  # '머크 라이프사이언스(Merck Life Science)': the division, not Merck
        canonical = max(divisions, key=len)
    kind = _pick_type(group, entry)
    mentions = sorted((m for c in group for m in c.mentions), key=lambda m: m.start)
    return Organization(group[0].surface, canonical, kind, mentions, max(c.score for c in group))


def _pick_type(group: list[_Cand], entry: OrgName | None) -> str | None:
    if entry and entry.type and entry.source in {"seed", "extra"}:
        return entry.type
    types = [c.entry.type for c in group if c.entry and c.entry.type] + [t for c in group for t in c.types]
    if not types:
        return None
    specific = [t for t in types if t != "company"]
    return specific[0] if specific else "company"


def find_organizations(body: str, gazetteer: Gazetteer, title: str | None = None) -> list[Organization]:
    """Organisations mentioned in `body`, in order of first mention; the headline is evidence."""
    if not body.strip():
        return []
    orgs = _Finder(body, gazetteer, title).run()
    return sorted(orgs, key=lambda o: o.mentions[0].start if o.mentions else 0)
