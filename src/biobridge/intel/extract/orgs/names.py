"""Names read off the words: gazetteer names of several words, the headline's names, a university's
hospitals and arms, single words, and names spelt out in Latin, by acronym or in quotes."""

from __future__ import annotations

import re
from itertools import pairwise

from biobridge.intel.extract import orgrules as R
from biobridge.intel.extract.gazetteer import OrgName, key
from biobridge.intel.extract.orgs.context import _Context
from biobridge.intel.extract.orgs.patterns import _sounds_alike
from biobridge.intel.extract.text import Word, final_consonant, particle_fits

# '케임브리지 이노베이션 센터(CIC)': Hangul words, then an acronym in a bracket
_SPACED_ACRONYM = re.compile(r"(?<![가-힣])((?:[가-힣]{2,8} ){1,4}[가-힣]{2,8})\s?\(([A-Z]{2,5})\)")
_TRAILING_PARTICLE = set("과와은는이가을를의에도")
_CAMPUS = re.compile(r"[가-힣]{1,4}캠퍼스")  # '연세대학교 국제캠퍼스', '서울대학교 시흥캠퍼스'
_UNIVERSITY_ARMS = {"산학협력단": "university", "기술지주회사": "investor", "기술지주": "investor"}
# a quoted name followed by a particle or a place word: "'인천 바이오공정 인력양성센터'에서"
_QUOTED_NAME = re.compile(
    r"['‘\"“]([^'’\"”\n]{4,40})['’\"”](?=에서|은|는|이|가|과|와|의|\s*(개소식|개관식|개원식))"
)
# 'Basel Area Business & Innovation': a Latin name may join its words with '&', 'and' or 'of'
_GROUP_AFFILIATE = re.compile(
    r"(?<![A-Za-z0-9&])(LG|SK|KT|CJ|GS|LS|HD|DB|HL|OCI|KCC)\s([A-Z][A-Z0-9&]{1,7})(?![A-Za-z0-9&])"
)
_COMPANY_FORMS = {"PT", "CV", "JSC", "LLC"}  # written before the name: Indonesia's PT, Vietnam's JSC
_TRAILING_FORMS = {"Co", "Ltd", "Inc", "Corp", "LLC", "GmbH", "AG", "SA", "BV", "plc", "PLC", "Pte", "KK"}
# ('(Medicines Discovery Catapult, MDC)': the spelling, then its acronym)
_SPELT_AFTER = re.compile(r"\(\s*[A-Z][\w&.-]*(?:\s+(?:&|and|of|[A-Z][\w&.-]*))+\s*(?:,\s*[A-Z]{2,6}\s*)?\)")
_NATIONAL = set(R.NATIONALITIES)
_TRAIL_PARTICLE = re.compile(r"(은|는|이|가|과|와|의|을|를|도|,)$")


class _Names(_Context):
    """The steps that make candidates from the words themselves."""

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
            span = {i, i + 1}
            # '순천향대학교 부속 천안병원': the attached hospital, one name with the word between
            if b.core in {"부속", "부설"} and not b.particle and i + 2 < len(ws) and i + 2 not in consumed:
                b, span = ws[i + 2], {i, i + 1, i + 2}
            kind = _UNIVERSITY_ARMS.get(b.core) or ("university" if _CAMPUS.fullmatch(b.core) else None)
            if kind is None and b.core.endswith("병원") and len(b.core) >= 4 and b.core not in R.GENERIC:
                kind = "hospital"
            if kind is None:
                continue
            c = self.cand(self.text[a.start : b.end], a.start, b.end)
            if c:
                c.add("suffix", 2.0, kind)
                out |= span
        return out

    def _firms(self, consumed: set[int]) -> set[int]:
        """'법무법인 태평양', '회계법인 삼일': a law or accounting firm is named by the word after."""
        out: set[int] = set()
        for i, (a, b) in enumerate(pairwise(self.words)):
            firm = a.core in {"법무법인", "회계법인"} and not a.particle and self.text[a.end : b.start] == " "
            if firm and len(b.core) >= 2 and {i, i + 1}.isdisjoint(consumed):
                c = self.cand(self.text[a.start : b.end], a.start, b.end)
                if c:
                    c.add("suffix", 2.0, "other")
                    out |= {i, i + 1}
        return out

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
        copula = _sentence_copula(core, self.text, w.end)
        if copula and self._announced(i, w):
            core = core[
                : -len(copula)
            ]  # '첫 방문지는 … 백신 기업 ㈜그린백스였다.': the name, then the copula
        if not w.particle and _loose_particle(core) and not self.gz.lookup(core):
            core = core[:-1]  # '디그라노바와 에피젠스바이오': Kiwi left the 와 on a word it does not know
        if self._korean_arm(core) and not self.gz.lookup(core):
            core, start = core[2:], start + 2  # '한국로슈', '한국아스트라제네카': the group acting here
        c = self.cand(core, start, start + len(core))
        if c is None:
            return
        self._lexical_evidence(c, core, start)
        self._context(i, w, c)

    def _announced(self, i: int, w: Word) -> bool:
        """㈜ right before the word, or a noun saying what kind of organisation it is ('기업 X')."""
        if any(0 <= w.start - m <= 5 and not self.text[m + 1 : w.start].strip() for m in self.corp_marks):
            return True
        prev = self.words[i - 1] if i > 0 else None
        return (
            prev is not None
            and not prev.particle
            and R.type_cue(prev.core) is not None
            and self.text[prev.end : w.start] == " "
        )

    def _latin_spelled(self) -> None:
        """'트라이앵글 셀웍스(Triangle CellWorks)': Hangul words spelt out in Latin right after them are
        one name; not a person ('로라 베넷(Laura Bennett) 부회장', '제임스 …'), an acronym ('BIO USA')
        or the description before the name ('의료기기 유통사 알마나르 메디컬')."""
        ends = {w.end: i for i, w in enumerate(self.words)}
        for m in _SPELT_AFTER.finditer(self.text):
            latin = re.sub(r"\s*,\s*[A-Z]{2,6}$", "", m.group().strip("() "))
            last = ends.get(m.start())
            words = [x for x in latin.split() if x not in {"&", "and", "of"}]
            # 'PT 사리벳 인다(PT Sarivet Inda)': a company form written the same in both spellings
            form = words[0] if len(words) > 2 and words[0] in _COMPANY_FORMS else None
            if form:
                words = words[1:]
            # '알자흐라 메디컬(Al Zahra Medical Co.)': the legal form not written in Hangul
            if len(words) > 2 and words[-1].rstrip(".") in _TRAILING_FORMS:
                words = words[:-1]
            if (
                last is None
                or not all(re.match(r"[A-Z][a-zà-ÿ]", x) for x in words)
                or _EVENT_NAME.search(latin)
            ):
                continue  # '강원 바이오 인베스트 데이(Gangwon Bio Invest Day)': an occasion, not a name
            span: list[Word] = []
            for w in reversed(self.words[max(0, last - len(words) + 1) : last + 1]):
                nxt = span[-1] if span else None
                # '알 마나라 헬스케어(Al Manara Healthcare)': a one-syllable article opening the name
                article = (
                    len(span) == len(words) - 1 and len(words[0]) <= 2 and re.fullmatch(r"[가-힣]", w.core)
                )
                if (
                    w.particle
                    or not (
                        re.fullmatch(r"[가-힣][가-힣&]+|[가-힣]+-[가-힣]+", w.core) or article
                    )  # '다나-파버'
                    or (nxt is not None and self.text[w.end : nxt.start] != " ")
                    # '… 헬스케어(… Healthcare)': a generic word may end the name, not open or fill it
                    or (
                        nxt is not None
                        and (R.type_cue(w.core) or w.core in R.GENERIC)
                        and words[0] not in _NATIONAL  # ('덴마크 생명과학 클러스터(Danish Life …)')
                    )
                    # '독일 머크 라이프사이언스(Merck Life Science)'; but '덴마크 생명과학 클러스터(Danish
                    # Life Science Cluster)' spells its country too
                    or (w.core in R.COUNTRIES and not (span and words[0] in _NATIONAL))
                ):
                    break
                span.append(w)
                if w.core in R.COUNTRIES:
                    break  # the country opens the name
            span.reverse()
            # '(클러스터를) 운영하는 메디콘밸리 얼라이언스(Medicon Valley Alliance)': the name opens on the
            # sound the Latin spelling opens on
            while len(span) > 2 and not _sounds_alike(span[0].core, words[0]):
                span.pop(0)
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
            if self.text[span[0].start - 1 : span[0].start] in {"'", "‘", '"', "“"} and re.match(
                r"['’\"”]\s", self.text[m.end() : m.end() + 2]
            ):
                continue  # "'클리니맥스 프로디지(CliniMACS Prodigy)' 공급계약": a product in quotes
            begin = span[0].start
            if form and self.text[max(0, begin - len(form) - 1) : begin] == form + " ":
                begin -= len(form) + 1
            surface = self.text[begin : span[-1].end]
            c = self.cand(surface, begin, span[-1].end)
            if c:
                c.add("latin-name", 2.0)
                self.aliases.append((c.surface, latin))
                for again in re.compile(re.escape(surface)).finditer(self.text):  # written again, anywhere
                    self.cand(surface, again.start(), again.end())

    def _group_affiliates(self) -> None:
        """'LG CNS', 'KT DS': a business group's affiliate written in Latin after the group's name is
        one company, not its second word alone."""
        for m in _GROUP_AFFILIATE.finditer(self.text):
            if m.group(2).upper() in R.LATIN_STOP:
                continue  # 'SK R&D', 'LG AI연구원'
            c = self.cand(m.group(), m.start(), m.end())
            if c:
                c.add("group-affiliate", 2.0, "company")

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
            opened = not re.match(r"에서|은|는|이|가|과|와|의", self.text[m.end() : m.end() + 2])
            acts = rf"(?<![가-힣]){info[2]}(는|가)\s[^.]{{0,120}}?(협약|계약|MOU)"
            if opened and not re.search(acts, self.text[m.end() :]):
                continue  # "'…센터' 개소식": the building opened, an organisation only when it signs later
            for again in re.compile(re.escape(name)).finditer(self.text):
                c = self.cand(name, again.start(), again.end())
                if c:
                    c.add("quoted-name", 2.0, info[0])


def _sentence_copula(core: str, text: str, end: int) -> str:
    """The copula closing a sentence on a name ('…그린백스였다.', '…셀바이오텍이었다.'), fitting its last
    syllable; '' when there is none."""
    if not re.match(r"\s*([.\n]|$)", text[end : end + 2]):
        return ""
    for copula in ("이었다", "였다", "이다", "다"):
        stem = core[: -len(copula)]
        fits = "가" <= stem[-1:] <= "힣" and bool(final_consonant(stem[-1])) == copula.startswith("이")
        if core.endswith(copula) and len(stem) >= 2 and fits:
            return copula
    return ""


def _loose_particle(core: str) -> bool:
    """A particle left on a word ('카르비온이': Kiwi tags the 이 but leaves it on a word it does not know)."""
    return len(core) >= 4 and particle_fits(core)


_EVENT_NAME = re.compile(
    r"\b(Day|Days|Forum|Conference|Summit|Expo|Fair|Week|Festival|Show|Awards?|Challenge|Symposium|Convention)$"
)
