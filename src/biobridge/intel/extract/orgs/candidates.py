"""Candidates and their evidence: the body read once (words, Kiwi tokens, ㈜ marks), a candidate per
name with the checks that refuse one, and the evidence a word carries in itself."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from biobridge.intel.extract import orgrules as R
from biobridge.intel.extract.gazetteer import Gazetteer, OrgName, key
from biobridge.intel.extract.headline import headline_phrases
from biobridge.intel.extract.orgs.organization import Mention
from biobridge.intel.extract.orgs.patterns import _LATIN_NAME_AFTER, _sounds_alike
from biobridge.intel.extract.text import (
    OOV_SCORE,
    VERBAL,
    WORD,
    Tok,
    Word,
    analyse_words,
    needs_kiwi,
    split_words,
)

THRESHOLD = 1.5
_LATIN_WORD_AFTER = re.compile(r"\(([A-Z][a-z]{3,})\)")
# ('㈜' is blanked in the text the finder reads: '기업  블루오라바이오', two spaces)
_FIELD_BEFORE_FIRM = re.compile(
    r"\s+(기업|업체|스타트업|벤처|회사|제조사|전문기업)(\s+(㈜|\(주\))|\s{2,}(?=\S))"
)
_DEPARTMENT_AFTER = re.compile(r"과\s+(교수|연구진|연구팀|학생|학과장|대학원생)")
_PLURAL = re.compile(r"[가-힣]{1,4}들")
_HEAD_GLUED = re.compile(r"[가-힣]{2}장$")
_NEIGHBOURHOOD = re.compile(r"[가-힣]{1,4}(동|로|길|읍|면|리)")
_DISTRICT_BEFORE = re.compile(
    r"([가-힣]{1,4}(구|군|시)|서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)\s+$"
)
_AREA_AFTER = re.compile(r"\s*(일대|일원|인근|소재|에\s*위치)")  # '동삼동 일대': a neighbourhood
_MIXED = re.compile(r"[가-힣]*[A-Z]{2,4}[가-힣]{2,}|[A-Z]{2,4}[가-힣]{1,}[A-Z]*")
# diseases, drug classes and programme days: '위암', '항혈전제', 'IR데이', '바우처'
_NOT_A_NAME = re.compile(
    r"[가-힣]{1,6}(암|증|염|종양|질환)|[가-힣]{1,5}(?<!병)병|[가-힣]{0,6}(치료제|억제제|제제)|항[가-힣]{1,4}제|"
    r"[A-Za-z가-힣]{0,8}데이|[가-힣]{0,4}바우처|[가-힣]{1,6}별로|"  # '단계별로는': by stage
    r"바이오마커|바이오시밀러|항체약물접합체|후보물질|원료의약품|"  # things a company makes or finds
    r"[가-힣]{2,6}(?:[주투수리키]맙|티닙|시닙|라닙|페닙)|"  # drug names: '데노수맙', '아달리무맙', '이마티닙'
    r"[가-힣]{2,10}(?<!드림)팀"  # '대웅제약 오픈이노베이션팀': a team of the firm, not an organisation
)
_COLLEGE = re.compile(r"[가-힣]{2,10}대학(?!교)|[가-힣]{2,8}대학원")
_UNIVERSITY_BEFORE = re.compile(r"[가-힣]{1,8}(대|대학교)\s+$")
_UNIVERSITY_CAMPUS = re.compile(r"[가-힣]+대(학교)? [가-힣]{1,4}캠퍼스")


_SUM = re.compile(r"\d[\d,.]*\s*(조|억|만|천|백)+\s*(원|달러|유로|엔)?")


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


class _Candidates:
    """The finder's state and what every step needs: making a candidate and weighing a word."""

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
        # '인터베스트 리드..아스트라제네카와': a headline's '..' parts two phrases
        self.text = re.sub(r"\.{2,}", lambda m: " " * len(m.group()), self.text)
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
        self.former: set[str] = set()  # '(옛 원주의료기기테크노밸리)': names the body says are no longer used

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
        # not '대상㈜ 연구진': a ㈜ glued to the word before it is that word's
        glued = m > 0 and self.text[m - 1].isalnum()
        return m == end or (0 <= start - m <= 5 and not self.text[m:start].strip() and not glued)

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
        # '스타트업 카르비온이': Kiwi reads 온 as 오 + ㄴ only because it does not know the name; a
        # particle glued on after it says the word is a noun
        glued = self.text[end : end + 1] in {"이", "가", "은", "는", "을", "를", "과", "와", ",", "·"}
        ending = bool(toks) and toks[-1].tag.startswith("E") and not (glued and toks[-1].tag == "ETM")
        if (
            prev is not None
            and not prev.particle
            and R.type_cue(prev.core)
            and prev.end + 1 == start
            and not ending  # '기업 고르게 포함': an adverb after the noun
        ):
            return True
        # '베르테라 파마(Vertera Pharma)': a name spelt out in Latin, word by word
        return " " in surface and bool(_LATIN_NAME_AFTER.match(self.text, end))

    def cand(self, surface: str, start: int, end: int, *, listed: bool = False) -> _Cand | None:
        if _HEAD_GLUED.search(surface) and not R.suffix_info(surface) and R.suffix_info(surface[:-1]):
            # '최영석 충북대학교병원장이': the head's title glued to the organisation's name
            surface, end = surface[:-1], end - 1
        k = key(surface)
        if surface.startswith("ⓒ"):
            return None  # '… 기념촬영을 하고 있다. ⓒ한국바이오협회': a photo credit
        if len(k) < 2 or surface in R.GENERIC or k.isdigit() or _SUM.fullmatch(surface):
            return None  # '600억 바이오 모펀드': a sum, never a name
        if (surface in R.COUNTRIES or surface in R.FOREIGN_PLACES) and not self.gz.lookup(surface):
            return None  # '유럽 임상시험': a place, whatever noun follows it
        if _COLLEGE.fullmatch(surface) and _UNIVERSITY_BEFORE.search(self.text[max(0, start - 12) : start]):
            return None  # '전북대 농업생명과학대학 연구진': a college of the university, not a party
        if _NOT_A_NAME.fullmatch(surface) and not self.gz.lookup(surface):
            return None  # '위암과 대장암 치료제의 라이선스 계약': diseases and drugs, not partners
        if R.PRODUCT_CODE.fullmatch(surface) and not self.gz.lookup(surface):
            return None
        if _NEIGHBOURHOOD.fullmatch(surface) and (
            _DISTRICT_BEFORE.search(self.text[max(0, start - 12) : start])
            or _AREA_AFTER.match(self.text, end)
        ):
            return None  # '강남구 삼성동', '동삼동 일대': an address, even if a company shares the name
        if _FIELD_BEFORE_FIRM.match(self.text, end) and not self.gz.lookup(surface):
            return None  # '해양바이오 기업 ㈜블루오라바이오': the firm's field, then the firm
        if re.search(r"(과학|공학|의학|약학|학)$", surface) and _DEPARTMENT_AFTER.match(self.text, end):
            return None  # '부산대 해양생명과학과 연구진', '해양생명과학과 교수': a department
        if _PLURAL.fullmatch(surface) and not self.gz.lookup(surface):
            return None  # '투자기업 대표들이', '참석자들과': people in the plural, never a name
        if R.generic_compound(surface) and not (
            self.gz.lookup(surface)
            or R.city_info(surface)
            or _UNIVERSITY_CAMPUS.fullmatch(surface)
            # '▲바이로큐어 ▲에이치엠백신 … 등 6개 기업': a listed name ending in a category word
            or (listed and _named_stem(surface))
        ):
            return None
        if (
            not surface.isascii()
            and self._verbal(start, end)
            and not self.gz.lookup(surface)
            # '…, 프로티나 등': Kiwi reads the 나 of a listed name as a verb ending
            and not ((listed or self._vouched(start, end, surface)) and not VERBAL.search(surface))
            # '제약사 파르마비다(Farmavida)와': a coined name spelt in Latin right after it, not a verb
            and not (
                (spelt := _LATIN_WORD_AFTER.match(self.text, end)) and _sounds_alike(surface, spelt.group(1))
            )
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
            # '셀비온바이오' (셀 + 비 + 오 + ㄴ + 바이오): an ending inside a word that closes on a noun is
            # Kiwi misreading a name; Korean writes the noun after an ending as a word of its own
            or (
                any(t.tag.startswith("E") for t in toks)
                and any(t.tag in {"VV", "VA"} for t in toks)
                and not toks[-1].tag.startswith("NN")
            )
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


def common_nouns(text: str) -> bool:
    """'의료기술산업': only common nouns of two syllables or more, as Kiwi reads the word alone."""
    toks = analyse_words([text])[text]
    return bool(toks) and all(t.tag == "NNG" and t.score > OOV_SCORE and t.end - t.start >= 2 for t in toks)


def _named_stem(surface: str) -> bool:
    """'에이치엠백신': the part before the category word is Hangul and no common noun ('코로나백신' is)."""
    stem = R.category_stem(surface) or ""
    return bool(re.fullmatch(r"[가-힣]{2,8}", stem)) and not common_nouns(stem)
