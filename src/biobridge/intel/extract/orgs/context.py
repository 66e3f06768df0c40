"""Evidence from around a word: people and their titles, offices that name a government, units and
ministries named by the word before, brackets after a name, partners, type nouns, report subjects."""

from __future__ import annotations

import re

from biobridge.intel.extract import orgrules as R
from biobridge.intel.extract.gazetteer import OrgName, key
from biobridge.intel.extract.orgs.candidates import _Cand, _Candidates, common_nouns
from biobridge.intel.extract.orgs.patterns import _LATIN_NAME_AFTER, DELEGATION_AFTER, _sounds_alike
from biobridge.intel.extract.text import Word, final_consonant, split_sentences

_SUBJECT_PARTICLES = {"은", "는", "이", "가"}
# a product shown, launched or exhibited: '…를 선보였다', '…를 출품해'
_SHOWN = re.compile(r"(을|를)\s+(선보였다|선보이며|선보여|출품했다|출품해|출품하며|전시했다|출시했다)")
_REPORT_VERB = re.compile(
    # Organisations 'announce' and 'sign'; people 'say' (말했다/전했다 are left out on purpose).
    r"(밝혔다|체결했다|발표했다|선정됐다|선정되었다|개최했다|유치했다|공시했다|"
    r"계획이다|예정이다|투자했다|나섰다|맺었다|수상했다|선발됐다|"
    # a past deal told as background ('… 선정돼 … 데이터를 확보한 바 있다')
    r"(진행|체결|수행|유치|확보|참여|선정)한\s*바\s*있다|선정된\s*바\s*있다|맺은\s*바\s*있다)\W*$"
)
_CLAUSE_OPENING = re.compile(r"(?<=[며고]),\s+")
_TYPE_PAREN = re.compile(r"^(제약|바이오|CDMO|CMO|CRO|소재·부품·장비|소부장|투자|VC|병원|장비|시약|진단)$")
_ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z][A-Za-z&-]{2,9}")
# '인천시장', '화순군수': the head of a local government; '전남지사': of a province, abbreviated.
_OFFICE = re.compile(r"(.+?(?:특별자치도|특별자치시|광역시|특별시|[시도군구]))(장|지사|수|청장)")
_GOVERNOR = re.compile(r"([가-힣]{2})(도지사|지사)")
_TECH_ENDING = re.compile(r"(ics|tion|sion|ing|ogy|ment|ance|ence|ity|ism|sis|ate|ide|ase)$")
_INVESTED_IN = re.compile(r"\s[^.]{0,40}?억\s*원?을\s*(공동\s*|추가로\s*)?(투자|투입)(했|하며|하고|한다)")
_LATIN_NAME = re.compile(
    r"(?:[A-Z][a-z]+|[A-Z]{2,4})(?:[ -][A-Z][A-Za-z]+){1,3}"
)  # 'Mayo Clinic', 'Iksuda Therapeutics'
_LATIN_WORD = re.compile(r"[A-Z][a-z]{3,}[A-Za-z]*|[A-Z][a-z]{2,}[A-Z][A-Za-z]*")  # 'Patholix', 'BioRN'
_ACRONYM_SPELT = re.compile(
    r"([A-Z][A-Za-z&]{1,9})\s*[·,]\s*([A-Z][A-Za-z]+(?:\s+(?:[A-Z][A-Za-z]+|of|for|and|the|on|in)){1,7})"
)
_SPELT_ACRONYM = re.compile(
    r"([A-Z][A-Za-z]+(?:\s+(?:[A-Z][A-Za-z]+|of|for|and|the|on|in)){1,7})\s*[·,]\s*([A-Z][A-Za-z&]{1,9})"
)
_PARTICLE_AFTER_PAREN = re.compile(r"\s*\([^)]{1,40}\)(와의|과의|와는|과는|와|과|이|가)\s")
_DEAL_LATER = re.compile(r"[^.,]{0,60}?(계약|협약|MOU|양해각서)(을|를)\s*(체결|맺)")
_ONE_LATIN_WORD = re.compile(r"[A-Z][a-zà-ÿ]{3,}|[a-z]{2,4}[A-Z][A-Za-zà-ÿ]{3,}")  # 'Cepheid', 'bioMérieux'
_MIXED_CASE = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")  # 'BioM', 'CellWorks': a coined brand's spelling
# ('비임상 CRO(임상시험수탁기관)인 켐온에': the acronym first)
_CUE_WITH_ACRONYM = re.compile(r"([가-힣]{2,})\(([A-Z]{2,6})\)인\s$|([A-Z]{2,6})\(([가-힣]{2,})\)인\s$")
_AWARD_WON = re.compile(r"(대상|[가-힣]{0,6}상)(을|를)\s*(받은|수상한)\s$")
_HEAD_OF_UNIT = re.compile(r"(소장|센터장|본부장|원장|팀장|실장|단장|부장|국장|처장|과장)$")


def _heads(org: Word, title: Word) -> bool:
    """A title the organisation's head can hold: '시장' is a mayor only after a city."""
    return title.core != "시장" or org.core.endswith("시")


_PROJECT_THING = re.compile(r"(치료제|분해제|억제제|백신|신약|진단제|진단기술|물질|제제)$")


class _Context(_Candidates):
    """What the words around a candidate say about it."""

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
            and not R.suffix_info(w.core)  # '… 총괄하는 아프리카질병통제예방센터(Africa CDC)': an institution
            and not prev.particle
            and not self.text[prev.end : w.start].strip()
            and len(latin.split()) == 2
            and not (self.gz.lookup(prev.core) or R.suffix_info(prev.core) or prev.core in R.COUNTRIES)
        )
        return not person

    def _placed_abroad(self, w: Word) -> bool:
        i = self.by_start.get(w.start)
        prev = self.words[i - 1] if i else None
        return prev is not None and prev.core in R.COUNTRIES and self.text[prev.end : w.start] == " "

    def _adnominal(self, w: Word) -> bool:
        """'연구한', '설립된': a verb modifying the next word, which Kiwi reads as one; names such as
        '강성지' that Kiwi also reads as verbs do not end like this."""
        last = w.core[-1]
        adnominal = final_consonant(last) in {4, 8} or last == "던"  # -ㄴ, -ㄹ, -던
        return adnominal and self._verbal(w.start, w.end)

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
            if i > 0 and w.core in _BARE_OFFICES:  # '김두겸 시장': the bare title after a full name
                prev = ws[i - 1]
                named = len(prev.core) == 3 and R.is_person_name(prev.core) and not prev.particle
                if named and not self.gz.lookup(prev.core):
                    self.person.add(i - 1)
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
            or re.fullmatch(r"\d+(년|월|일|개|곳|차|기)?", prev.core)  # '2022년 사업단': a year's, not a name
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
        """'사우디아라비아 보건부': a country followed by a ministry is that country's ministry (and
        '독일 의료기술산업협회' that country's association)."""
        if i == 0:
            return False
        prev = self.words[i - 1]
        m = R.FOREIGN_BODY.fullmatch(w.core)
        stem = len(w.core) - len(m.group(m.lastindex or 0)) if m else 0
        body = (
            m
            and stem >= 2
            and len(prev.core) >= 2  # not '중' (among) or '미'
            and not self.gz.lookup(w.core)
            and common_nouns(w.core[:stem])
        )
        if not (R.FOREIGN_MINISTRY.fullmatch(w.core) or body):
            return False
        # '노스캐롤라이나주 상무부': a (US) state's department as well as a country's ministry
        state = re.fullmatch(r"[가-힣]{3,8}주", prev.core) and not self._common(prev.start, prev.end)
        if prev.particle or not (prev.core in R.COUNTRIES or state) or self.text[prev.end : w.start].strip():
            return False
        surface = self.text[prev.start : w.end]
        c = self.cand(surface, prev.start, w.end)
        if c:
            own = R.suffix_info(w.core)
            kind = own[0] if own and own[0] in {"association", "public_agency"} else None
            c.add(
                "suffix",
                2.0,
                kind or ("research_institute" if w.core.endswith(("연구소", "연구원")) else "government"),
            )
            spelt = re.match(r"\s*\(([^)]{1,80})\)", self.text[w.end : w.end + 90])
            if not w.particle and spelt and _SPELT_ACRONYM.fullmatch(spelt.group(1).strip()):
                # '사우디아라비아 식품의약품청(Saudi Food and Drug Authority·SFDA)': its names in Latin
                self._paren(Word(surface, surface, prev.start, w.end, ""), c, self.text[w.end : w.end + 90])
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
        if (
            nxt
            and nxt2
            and not w.particle
            and (i + 1) in self.person
            and R.TITLES.match(nxt2.core)
            and _heads(w, nxt2)  # '바이오의약품 생산용 소모품 시장에서': a market
        ):
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
            and _heads(w, nxt)  # '유럽 현장형 분자진단 시장은': a market
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
        if particle in {"에는", "에"} and _INVESTED_IN.match(rest) and not c.common:
            c.add("investee", 1.0)  # '… 개발하는 메디뉴런스에는 카카오벤처스와 함께 30억원을 공동 투자했다'
        # '신규 투자자인 X': the copula's 인 joins the cue to the name
        cue_particle = prev is not None and prev.particle in {"", "인"}
        if prev is not None and cue_particle and not text[prev.end + len(prev.particle) : w.start].strip():
            # '같은 1기 기업인 하이슬립랩은': Kiwi reads '기업인' alone as a businessman, here it is 기업 + 인
            stem = prev.core[:-1]
            glued = stem if prev.core.endswith("인") and len(stem) >= 2 and R.type_cue(stem) else None
            cue = R.type_cue(glued or prev.core)
            # '바이오텍 X' announces a name; '아마렌바이오텍 오창 공장' is a company, then a place
            plain = (
                bool(glued)
                or prev.core in R.TYPE_CUES
                or len(prev.core) <= 4
                or self._common(prev.start, prev.end)
            )
            if cue and plain:
                c.add("type-cue", 1.5, cue)
                if len(w.core) >= 6 and not w.particle and text[w.end : w.end + 1] == ",":
                    c.add("described-item", 0.5)  # '소재 기업 그린펩타이드랩, …': an item of a list
                if (glued or prev.particle == "인") and not c.common and len(w.core) >= 3:
                    c.add("apposition", 0.5)  # '같은 1기 기업인 하이슬립랩은': the copula names what follows
        # '임상시험수탁기관(CRO)인 씨엔알리서치와': the cue spelt out with its acronym, then the copula
        spelt = _CUE_WITH_ACRONYM.search(text, max(0, w.start - 40), w.start)
        if spelt and (cue := next((R.type_cue(g) for g in spelt.groups() if g and R.type_cue(g)), None)):
            c.add("type-cue", 1.5, cue)
        # '최우수상을 받은 글리아텍스는', '지난해 대상을 받은 노드셀은': a prize's winner is an entrant
        if (
            w.particle in _SUBJECT_PARTICLES
            and not c.common
            and _AWARD_WON.search(text, max(0, w.start - 16), w.start)
        ):
            c.add("award-winner", 1.5)
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
        elif (
            _LATIN_NAME.fullmatch(inner)
            # 'RA캐피탈매니지먼트(RA Capital Management)': an acronym opening a firm's name, not an
            # event's ('바이오재팬(BIO Japan)')
            and (inner[1].islower() or inner.split()[-1].lower() in R.EN_SUFFIXES)
            and (not c.common or "suffix" in c.evidence)  # '아프리카질병통제예방센터(Africa CDC)'
            and self._latin_org(w, inner)
        ):
            c.add("latin-name", 1.0)  # '메이요클리닉(Mayo Clinic)': a name with its own spelling
            self.aliases.append((w.core, inner))
            # 'Africa CDC 대표단 9명은 …': the spelling written alone later is the same organisation
            for again in re.finditer(rf"(?<![\w(]){re.escape(inner)}(?![\w)])", self.text):
                self.cand(inner, again.start(), again.end())
        elif (
            _LATIN_WORD.fullmatch(inner)
            and not c.common
            # '바이오엠(BioM)': a name Kiwi reads as two known words is spelt out too
            and ("unknown-word" in c.evidence or _MIXED_CASE.fullmatch(inner))
            and _sounds_alike(w.core, inner)
            # not a product: '큐브폴드(CubeFold)'; but "'바이오알엔(BioRN)' 대표단이" is who sent people
            and (
                self.text[w.start - 1 : w.start] not in {"'", "‘", '"', "“"}
                or _DELEGATION_AFTER.match(after, paren.end())
            )
            and self._latin_org(w, inner)
        ):
            c.add("latin-name", 1.0)  # '패솔릭스(Patholix)': a coined name spelt in Latin
            self.aliases.append((w.core, inner))
        elif _ONE_LATIN_WORD.fullmatch(inner) and not c.common and self._placed_abroad(w):
            # '미국 세페이드(Cepheid)와 … 프랑스 비오메리으(bioMérieux) 등': a firm placed in its country,
            # with its own spelling
            c.add("latin-name", 1.0)
            c.add("abroad", 1.0, "company")
            self.aliases.append((w.core, inner))
        elif (spelt := _ACRONYM_SPELT.fullmatch(inner)) and _initials(spelt.group(2)) == spelt.group(
            1
        ).upper():
            # '감염병혁신연합(CEPI·Coalition for Epidemic Preparedness Innovations)': an acronym whose
            # letters the English name spells is an institution's, whatever Kiwi makes of the Korean
            c.add("latin-name", 1.0)
            self.aliases += [(w.core, spelt.group(1)), (w.core, spelt.group(2))]
        elif (spelt := _SPELT_ACRONYM.fullmatch(inner)) and _initials(spelt.group(1)).startswith(
            spelt.group(2)[0]
        ):
            # '사우디아라비아 식품의약품청(Saudi Food and Drug Authority·SFDA)': the name, then its acronym
            self.aliases += [(w.core, spelt.group(1)), (w.core, spelt.group(2))]
            if _initials(spelt.group(1)) == spelt.group(2).upper() and _sounds_alike(w.core, spelt.group(1)):
                c.add("latin-name", 1.0)  # '메디콘밸리얼라이언스(Medicon Valley Alliance·MVA)': spelt whole
        elif _ACRONYM.fullmatch(inner) and "suffix" in c.evidence:
            c.add("acronym-paren", 0.5)  # '한국임상시험산업본부(KoNECT)': a name with its acronym
            self.aliases.append((w.core, inner))
        elif (old := re.fullmatch(r"(?:옛|구)\s+([가-힣A-Za-z][^()]{1,30})", inner)) and not c.common:
            self.aliases.append((w.core, old.group(1)))  # '원주미래산업진흥원(옛 원주의료기기테크노밸리)'
            self.former.add(old.group(1))
        elif (short := re.fullmatch(r"이하\s*['‘\"“]?([^'’\"”]{2,20}?)['’\"”]?", inner)) and not c.common:
            self.aliases.append((w.core, short.group(1)))  # '(재)원주의료기기테크노밸리(이하 테크노밸리)'
        elif _TYPE_PAREN.match(inner):
            c.add("type-paren", 1.5, "cdmo" if inner in {"CDMO", "CMO"} else "company")
        elif (
            not inner.startswith(("이하", "사진", "현지"))
            # '경북대학교병원(항암 내성 극복 표적단백질분해제)': what a listed project makes, no other name
            and not _PROJECT_THING.search(inner)
            and len(inner) >= 2
            and not re.match(r"^[\d.’'~\-]+", inner)
        ):
            self.aliases.append((w.core, inner))
            country, _, rest = inner.partition(" ")
            if country in R.COUNTRIES and rest and " " not in rest:
                self.aliases.append((w.core, rest))  # 'MSD(미국 머크)': the same firm's other name

    def _subjects(self) -> None:
        for s in split_sentences(self.text):
            self._exhibitors(s)
            self._said_to_be(s)
            self._maker_subject(s)
            if not _REPORT_VERB.search(s.text):
                continue
            idx = self.by_start.get(s.start)
            first = self.words[idx] if idx is not None else None
            subject = first is not None and first.particle in {"은", "는", "이", "가"}
            c = self.cands.get(key(first.core)) if subject and first else None
            if (last := self._last_clause_topic(s)) is not None:
                last.add("subject", 1.0)  # '…진행하고 있으며, 메디루트는 … 협약을 맺었다': its own subject
            if c is not None and not c.common:
                c.add("subject", 1.0)
            elif idx is not None and first is not None and not first.particle:
                # '디지털치료제 스타트업 마인드브릿지가 … 유치했다고 밝혔다': a description, then the
                # subject; a name Kiwi splits into common nouns counts when a type noun announced it
                j = idx
                while j + 1 < len(self.words) and j - idx < 4 and not self.words[j].particle:
                    j += 1
                w = self.words[j]
                c = self.cands.get(key(w.core))
                if w.particle in _SUBJECT_PARTICLES and c is not None and "type-cue" in c.evidence:
                    c.add("subject", 1.0)

    def _last_clause_topic(self, s) -> _Cand | None:  # type: ignore[no-untyped-def]
        """The candidate the sentence's last clause opens on with 은/는, after '…하며, ', '…했고, '."""
        opening = None
        for m in _CLAUSE_OPENING.finditer(s.text):
            opening = m
        idx = self.by_start.get(s.start + opening.end()) if opening else None
        if idx is None or self.words[idx].particle not in {"은", "는"}:
            return None
        c = self.cands.get(key(self.words[idx].core))
        return c if c is not None and not c.common else None

    def _said_to_be(self, s) -> None:  # type: ignore[no-untyped-def]
        """'마지막 방문지인 오큘라인은 … 진단하는 AI 의료기기 스타트업이다', '마지막으로 찾은 파이토젠알파는
        …': what the sentence says its subject is, or a stop of a visit it opens on."""
        kind = R.DESCRIBED_AS.search(s.text)
        idx = self.by_start.get(s.start)
        if idx is None:
            return
        if kind is None:
            kind = R.STOP_OPENING.match(s.text)
        if kind is None:
            return
        for w in self.words[idx : idx + 4]:
            if w.particle in {"은", "는"}:
                c = self.cands.get(key(w.core))
                if c is not None and not c.common and not R.type_cue(w.core):
                    c.add("described", 1.5, R.type_cue(kind.group(1)) if kind.re is R.DESCRIBED_AS else None)
                return

    def _maker_subject(self, s) -> None:  # type: ignore[no-untyped-def]
        """'바이오 공정용 멤브레인 필터를 만드는 멤브레인웍스는 … 삼성바이오로직스와 … 진행하고 있다': a
        coined word the sentence opens on, described by what it makes, that deals with an organisation."""
        m = _MAKER_SUBJECT.search(s.text)
        if m is None or not (R.PARTNER_WORDS.search(s.text, m.end()) or _JOINT.search(s.text, m.end())):
            return
        idx = self.by_start.get(s.start + m.start("name"))
        c = self.cands.get(key(self.words[idx].core)) if idx is not None else None
        if c is not None and not c.common and "unknown-word" in c.evidence and len(c.surface) >= 4:
            c.add("described", 1.0)

    def _exhibitors(self, s) -> None:  # type: ignore[no-untyped-def]
        """'치과 분야에서는 하이퍼덴트가 구강스캐너를 선보였다': who shows a product at a fair is a company,
        wherever in the sentence it stands."""
        for m in _SHOWN.finditer(s.text):
            clause_start = s.text.rfind(",", 0, m.start()) + 1
            # 'A가 X를, B가 Y를 선보였다': the clauses before share the verb
            while clause_start > 1 and re.search(r"(을|를)\s*$", s.text[: clause_start - 1]):
                clause_start = s.text.rfind(",", 0, clause_start - 1) + 1
            for w in self.words:
                if (
                    s.start + clause_start <= w.start < s.start + m.start()
                    and w.particle in _SUBJECT_PARTICLES
                ):
                    c = self.cands.get(key(w.core))
                    if c is not None and not c.common and "subject" not in c.evidence:
                        c.add("subject", 1.0)


def _initials(name: str) -> str:
    return "".join(x[0] for x in name.split() if x[0].isupper())


_DELEGATION_AFTER = re.compile(DELEGATION_AFTER)
_BARE_OFFICES = {"시장", "지사", "도지사", "군수", "구청장"}
_JOINT = re.compile(r"(와|과)\s[^.]*?(공동|협력|함께)")
# '… 필터를 만드는 X는', '… 플랫폼을 개발하는 X가': a maker described, then named as the subject
_MAKER_SUBJECT = re.compile(
    r"^[^.,]{0,40}?(을|를)\s(만드는|개발하는|생산하는|공급하는|제조하는)\s(?P<name>[가-힣A-Za-z]{4,12})(은|는|이|가)\s"
)
