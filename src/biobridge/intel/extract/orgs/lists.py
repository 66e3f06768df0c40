"""Organisations named as a list: enumerations ('A, B 등 기업'), lists that join or that a copula
names, bullets ('▲A ▲B'), coordination ('A와 B'), a round's members and fellow investors."""

from __future__ import annotations

import re

from biobridge.intel.extract import orgrules as R
from biobridge.intel.extract.gazetteer import key
from biobridge.intel.extract.orgs.candidates import THRESHOLD, _Cand, _Candidates
from biobridge.intel.extract.orgs.patterns import _JOINED, _ORG_COUNT
from biobridge.intel.extract.text import Word, final_consonant, unwrap_hard_wrapped

_DESCRIBING_VERB = re.compile(r"(하는|만드는|보유한|개발한|가진|갖춘|선보인)$")
_BULLET = re.compile(r"▲\s*([^▲\n]+)")
_ROLE_CHOSEN = re.compile(
    r"\s*(공급|수요|참여|수행|주관|협력|참가|입주)?\s*(기업|기관|업체|스타트업|사)(으로|로)\s*(이름|선정|선발|참여|합류|뽑)"
)
_DESCRIBES = r"(?:하는|만드는|생산하는|개발하는|개발\s*중인|보유한|개발한|갖춘|운영하는)"
_DESCRIBED_ITEM = re.compile(_DESCRIBES + r"\s+(?P<name>[가-힣A-Za-z0-9]{2,15})(?=,\s|(와|과|가|이|도)\s)")
# items joined by ', ' and closed by the particle of the verb that lists them
_DESCRIBED_SERIES = re.compile(
    r"(?:"
    + _DESCRIBES
    + r"\s+[가-힣A-Za-z0-9]{2,15},\s[^,.]{2,60}?)+"
    + _DESCRIBES
    + r"\s+[가-힣A-Za-z0-9]{2,15}(와|과|가|이|도)\s"
)
_SERIES_CUE = re.compile(r"[^.]*?(포함|선정|선발|참여|참가|이름을\s*올|합류|입주|뽑혔|발표)")
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
# '(참여기관 트라이얼위브·KAIST)': a bracket listing names joined by '·'
_MEMBER_BRACKET = re.compile(r"\((참여\s*기관\s*|참여\s*기업\s*)?([^()\n]{2,80}?[·ㆍ・][^()\n]{2,80}?)\)")
_MEMBER_ITEM = re.compile(r"(?:^|[·ㆍ・,]\s*)(?:㈜|\(주\))?\s*([^·ㆍ・,\s][^·ㆍ・,]*)")
_COUNTED_TAIL = re.compile(r"[^▲\n]{0,30}?\s등\s*\d+\s*(개사|곳|개\s*(기업|업체|기관|팀|스타트업))")
# "▲셀리브로 'CB-501'(…)", '▲메디셀로(무혈청 배지)': a product code or a bracket describing the item
_DESCRIPTION_AFTER = re.compile(r"\(|\s['‘][A-Za-z0-9-]")
# '▲대상 미토레인 ▲최우수상 글리아텍스·셀루카': the prize an item won, before the winner's name
_AWARD_LABEL = re.compile(
    r"(대상|최우수상|우수상|장려상|특별상|인기상|혁신상|금상|은상|동상|[가-힣]{1,8}(장관|지사|시장|원장|회장)상)"
)
_BULLET_CUE = re.compile(r"기업|기관|업체|대학|병원|협약|선정|참여|참가|입주|선발|수상")
# the lead named in a bracket closing a bullet item: '… 필터 개발(㈜폴리셀텍)', '… 국산화(엔자이모어) 등이다'
_LEAD_AFTER = re.compile(r"\(\s*(?:㈜|\(주\))?\s*([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,19})\s*\)(?=\s*(등|$))")
_RIVALS = re.compile(r"\s*등(이|도)?\s*(경쟁|각축|뛰어들|추격)")
_LATIN_SPELLING = re.compile(r"[A-Za-z][A-Za-z0-9.&*' -]{0,40}")
_CASE_ENDING = re.compile(r"[가-힣](으로|에서|에게|로서)$")
_COUNT = re.compile(r"\d+\s*(곳|개사|개)")
_DEUNG = re.compile(r"등(이|은|는|을|를|과|와|의|도|에|으로|에서)?")
_INVESTORS_LISTED = re.compile(r"투자|라운드|펀딩")
# the end of an investor list: '… 등으로부터 45억원 규모의 투자를', '…가 참여했고'
_ROUND_AFTER = re.compile(
    r"\s*(등|,)?\s*(이|가|으로부터|로부터|도)?\s[^.]{0,30}?(투자|참여|출자|라운드|시리즈\s*[A-D]|프리\s*A)"
)
_JOINING = re.compile(r"\s*(함께\s*)?(참여|참가|합류)")
_ROUND_MEMBERS = re.compile(
    r"(?:이번|당시|해당)\s*(?:라운드|투자|시리즈\s*[A-D])에(?:는|도)\s+([^.\n]{2,60}?)(?:도|가|이)\s*(?:참여|합류|참가)"
)
# '(… 투자를 유치했다.) A와 B, C가 투자에 참여했고 D가 리드 투자자를 맡았다'
_JOINED_THE_ROUND = re.compile(
    r"(?:(?<=[.\n])\s*|^)([^.\n]{2,60}?)(?:도|가|이)\s*(?:이번\s*)?(?:투자|라운드)에\s*(?:함께\s*)?(?:참여|합류|참가)"
)
_MEMBER_SEP = re.compile(r"(?:와|과|,|·)\s*(?=\S)")


_PORTFOLIOS = re.compile(
    r"(?<![가-힣])([가-힣]{2,6})\s([가-힣]{2,4}(?:·[가-힣]{2,4}){1,3}부)(?=[은는이가의와과에을를도]?\s)"
)
_REGION_WITH_CITIES = re.compile(
    r"(?<![가-힣])(경북|경남|전북|전남|충북|충남|강원|제주|경기|인천|대전|대구|부산|광주|울산|세종)"
    r"\(([가-힣]{2,4}(?:·[가-힣]{2,4})*)\)"
)


class _Lists(_Candidates):
    """What being listed with organisations says about a word."""

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
            while last > 0 and self._spelt(last):
                last -= 1  # '… 싱가포르 과학기술연구청(A*STAR) 등': the item, not its Latin spelling
            # '미생물, 종자 등 그린바이오 분야 기업': fields the companies work in, not companies
            fields = any(x in {"분야", "분야의", "영역", "업종"} for x in cue_words[:3])
            # '비임상 평가와 시험생산 등 기업 지원 인프라': what companies get, not companies
            fields = fields or (
                len(cue_words) > 1 and cue_words[1] in {"지원", "육성", "유치", "대상", "맞춤형"}
            )
            if self._in_description(ws[last].start) or (cue is not None and fields):
                continue
            if cue is None:
                self._loose_enumeration(last)
                continue
            items = [last]
            j = last

            def before(x: int) -> int:
                # '미국 바이오랩스(BioLabs), 독일 바이오엠(BioM)': a bracketed spelling is no item of its own
                p = x - 1
                # '벡톤디킨슨(BD)과 비브라운': the 과 after the bracket is a word of its own
                while p > 0 and (
                    self._spelt(p) or (ws[p].core in {"와", "과"} and self.text[ws[p].start - 1] == ")")
                ):
                    p -= 1
                return p

            def joined(x: int) -> bool:
                p = before(x)
                return (
                    ws[p].particle in {"와", "과", "및"}
                    or bool(_JOINED.fullmatch(ws[p].core))
                    or bool(
                        re.fullmatch(
                            r"\s*(\([^)]*\))?\s*[,·・ㆍ]\s*|\s+및\s+|\s*\([^)]*\)(와|과)\s+",
                            self.text[ws[p].end + len(ws[p].particle) : ws[x].start],
                        )
                    )
                )

            while j > 0:
                # 'A와 B, 액셀러레이터 C 등 투자사': a describing word before an item is not one
                if (
                    j >= 2
                    and not ws[j - 1].particle
                    and self.text[ws[j - 1].end : ws[j].start] == " "
                    and (
                        R.type_cue(ws[j - 1].core) or ws[j - 1].core in R.COUNTRIES
                    )  # '독일 지멘스와 일본 X'
                    and joined(j - 1)
                ):
                    j -= 1
                elif not joined(j):
                    break
                j = before(j)
                if _CASE_ENDING.search(ws[j].core):
                    break  # '… 창업 지원 거점으로, A와 B 등': the clause before the list, not an item
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

    def _described_series(self) -> None:
        """'…원료를 만드는 마린알지랩, … 웨어러블을 개발하는 슬립웨이브가 포함됐다': two or more items in
        a row, each named right after the clause that says what it makes, are companies."""
        for m in _DESCRIBED_SERIES.finditer(self.text):
            items = list(_DESCRIBED_ITEM.finditer(m.group()))
            if len(items) < 2 or not _SERIES_CUE.search(self.text, m.end(), m.end() + 40):
                continue
            for item in items:
                idx = self.by_start.get(m.start() + item.start("name"))
                if idx is None:
                    continue
                w = self.words[idx]
                c = self.cands.get(key(w.core))
                common = c is not None and c.common
                if w.core != item.group("name") or R.type_cue(w.core) or len(w.core) < (4 if common else 3):
                    continue
                self._boost(w, "described-list", 1.5, "company")

    def _spelt(self, x: int) -> bool:
        """The word is (part of) a Latin spelling in brackets right after a name: '바이오엠(BioM)',
        '비브라운(B. Braun)'."""
        w = self.words[x]
        opening = self.text.rfind("(", 0, w.start)
        closing = self.text.find(")", w.end)
        if x == 0 or opening < 1 or closing < 0 or ")" in self.text[opening : w.start]:
            return False
        if not _LATIN_SPELLING.fullmatch(self.text[opening + 1 : closing]):
            return False
        name = next((v for v in reversed(self.words[:x]) if v.end == opening), None)
        # '인공지능(AI) 등 산업군': a common noun's acronym spells no name
        return name is not None and (
            R.suffix_info(name.core) is not None or not self._common(name.start, name.end)
        )

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
        placed = False
        while j > 0:
            if j >= 3 and self._abroad(j) and ws[j - 2].particle in {"와", "과"} and self._abroad(j - 2):
                j -= 2  # '독일 바이오엔텍과 미국 젠맵 등이': firms each placed in its country
                items.append(j)
                placed = True
                continue
            if ws[j - 1].particle:
                break
            if (
                j >= 2
                and re.fullmatch(
                    r"\s+(㈜|\(주\))?\s*", self.text[ws[j - 1].end : ws[j].start]
                )  # ㈜ is blanked
                and R.type_cue(ws[j - 1].core)
                and re.fullmatch(r"\s*,\s*", self.text[ws[j - 2].end : ws[j - 1].start])
            ):
                j -= 1  # 'A, 바이오벤처 ㈜B, C가': a describing word before an item is not one
            elif not re.fullmatch(r"\s*,\s*", self.text[ws[j - 1].end : ws[j].start]):
                break
            j -= 1
            items.append(j)
        cands = [self.cands.get(key(ws[x].core)) for x in items]
        # two items are enough when one is surely a company ('㈜옵티젠메드, 바이오스펙트라랩 등과'):
        # the other is listed as its like, unless Kiwi knows it as a common word
        sure = any(c and c.score >= THRESHOLD + 1.0 and not c.common for c in cands)
        # '오가노이드 시장에서는 넥스트앤바이오, 오가노이드사이언스 등이 경쟁하고 있다': rivals are firms
        rivals = bool(_RIVALS.match(self.text, ws[last].end + len(ws[last].particle)))
        if len(items) < (2 if sure or placed or rivals else 3):
            return
        # '국제백신연구소(IVI) 안동분소, …센터 등': the first of two items goes on the name before it
        first = items[-1]
        between = self.text[ws[first - 1].end : ws[first].start] if first > 0 else ","
        if (
            len(items) == 2
            and not placed
            and not ws[first - 1].particle
            and re.fullmatch(r"[\s()]*(\([^)]*\))?[\s()]*", between)
        ):
            return
        # one item already an organisation, or named like a company ('에임드바이오')
        named = any(c and (c.score >= THRESHOLD or "suffix" in c.evidence) and not c.common for c in cands)
        if not named and not (rivals and not any(c and c.common for c in cands)):
            return
        for x, c in zip(items, cands, strict=True):
            if c is None:  # Kiwi read it as a verb ('누리센' = 누리 + 시 + ㄴ); listed, it is a noun
                self._boost(ws[x], "enumeration", 1.0, None)
                c = self.cands.get(key(ws[x].core))
            if c is not None and c.score < THRESHOLD + 1.0 and not c.common:
                c.add("enumeration", 1.0)
                c.add("unknown-word", 0.5)  # listed beside a company and not a word Kiwi knows whole

    def _abroad(self, x: int) -> bool:
        """A country's name stands right before the word: '미국 젠맵'."""
        prev = self.words[x - 1]
        return (
            prev.core in R.COUNTRIES
            and not prev.particle
            and self.text[prev.end : self.words[x].start] == " "
        )

    def _region_list(self) -> None:
        """'경북(안동·포항), 강원(춘천·홍천), 전남(화순) 등 5곳을 … 지정': provinces listed with their cities,
        each the local government chosen."""
        items = list(_REGION_WITH_CITIES.finditer(self.text))
        for m in items:
            listed = any(
                x is not m and (abs(x.start() - m.end()) <= 3 or abs(m.start() - x.end()) <= 3) for x in items
            )
            short = m.group(1)
            entry = next(filter(None, (self.gz.lookup(short + end) for end in ("도", "시"))), None)
            if not listed or entry is None:
                continue
            c = self.cand(short, m.start(1), m.end(1), listed=True)
            if c is not None:
                c.entry = c.entry or entry
                c.add("gazetteer", 3.0, entry.type)

    def _foreign_ministries(self) -> None:
        """'덴마크 산업·기업·금융부 차관': a country's ministry named by its portfolios joined with '·'."""
        for m in _PORTFOLIOS.finditer(self.text):
            if m.group(1) not in R.COUNTRIES:
                continue
            c = self.cand(m.group(), m.start(), m.end())
            if c is not None:
                c.add("suffix", 2.0, "government")

    def _bullets(self) -> None:
        """'▲A ▲B ▲C' on one line: when some items are organisations, the others are too."""
        for line in re.finditer(r"[^\n]*▲[^\n]*", unwrap_hard_wrapped(self.text)):
            if self._bullet_leads(line):
                continue
            items: list[Word] = []
            for m in _BULLET.finditer(line.group()):
                idx = self.by_start.get(line.start() + m.start(1))
                if idx is not None:
                    items.append(self._described(idx, line.start() + m.end()))
            # '▲메디셀로(무혈청 배지)': no particle comes before a bracket; Kiwi's 로 is the name's
            items = [
                Word(w.text, w.core + w.particle, w.start, w.end + len(w.particle), "")
                if (
                    w.particle
                    and _DESCRIPTION_AFTER.match(self.text, w.end + len(w.particle))
                    # not '▲일동제약의 'ID-M118'': whose candidate it is
                    and not (w.particle == "의" and self.text[w.end + 1 : w.end + 2].isspace())
                )
                # '▲대상 미토레인 ▲…', '▲큐어벨로 ▲씨엔알젠': no copula nor 로 comes before the next bullet
                or (
                    w.particle in {"인", "로", "으로"}
                    and re.match(r"\s*▲", self.text[w.end + len(w.particle) : w.end + len(w.particle) + 3])
                )
                else w
                for w in items
            ]
            # '▲웰리시스템즈 ▲케어온닷이, B로는 ▲…가 각각': a subject particle closing one list of two
            items = [
                _subject_split(w) if self.text.startswith(",", w.end) and not self.gz.lookup(w.core) else w
                for w in items
            ]
            if items and (copula := _copula_end(items[-1], self.text)):
                w = items[-1]  # '… ▲모노클론웍스 ▲아이소플렉스다.': the list's copula is not the name's
                items[-1] = Word(w.text, w.core[: -len(copula)], w.start, w.end - len(copula), copula)
            if items and not items[-1].particle and _JOINED.fullmatch(items[-1].core):
                w = items[-1]  # '▲A ▲누리센과 협약을': the last item carries the list's 와/과
                if not self.gz.lookup(w.core):
                    items[-1] = _unjoined(w)
            known = [w for w in items if (c := self.cands.get(key(w.core))) and c.score >= THRESHOLD]
            around = self.text[max(0, items[0].start - 60) : items[-1].end + 60] if items else ""
            # from the first bullet, not the first name: '수상 기업은 ▲대상 A ▲우수상 B'
            first = line.start() + line.group().index("▲")
            intro = self.text[max(0, first - 20) : first] if items else ""
            introduced = bool(_LIST_INTRO.search(intro))  # '선정된 기업은 ▲A ▲B': a list of organisations
            company_list = introduced and bool(re.search(r"기업|업체|스타트업|곳", intro))
            if introduced and not known:
                items = [
                    w
                    for w in items
                    if not (c := self.cands.get(key(w.core)))
                    or not c.common
                    or (company_list and _loan_spelling(w.core))
                ]
            # three or more unknown single names under a selection/participation cue are a list too, and
            # two when each is followed by what it brings ("▲셀리브로 'CB-501'(림프종)")
            described = all(_DESCRIPTION_AFTER.match(self.text, w.end + len(w.particle)) for w in items)
            fresh = (
                (len(items) >= 3 or (len(items) == 2 and described))
                and bool(_BULLET_CUE.search(around))
                and not any((c := self.cands.get(key(w.core))) and c.common for w in items)
            )
            # '▲바이오캐스트 ▲프로세스젠 ▲앱타리온 등 3개사를': a count of companies closes the list, so even
            # a name Kiwi reads as common nouns (바이오 + 캐스트) is one of them
            tail = self.text[items[-1].end + len(items[-1].particle) : items[-1].end + 40] if items else ""
            # '▲펩타노바(항균 펩타이드) ▲…': a bracket that describes the item does not make it a phrase
            bare = all(
                " " not in re.sub(r"\([^)]*\)", "", x.group(1).split(" 등")[0]).strip()
                for x in _BULLET.finditer(line.group())
            )
            counted = len(items) >= 2 and bare and bool(_COUNTED_TAIL.match(tail))
            if len(items) >= 2 and (
                introduced
                or counted
                or fresh
                or (known and (2 * len(known) >= len(items) or _BULLET_CUE.search(around)))
            ):
                kind = "company" if company_list else None
                for w in items:
                    # '수상 기업으로는 ▲노바헬릭스 ▲슬립웨이브': a name Kiwi reads as two loanwords
                    loan = company_list and _loan_spelling(w.core)
                    if self._topic_word(w) and not loan and not (counted and w.core not in R.COUNTRIES):
                        continue  # '▲비임상·임상 연계 공동연구 ▲유럽 임상시험 진입': what they will do
                    self._boost(w, "bullet-list", 1.5, kind)
                    self._bullet_phrase(w)
                    self._bullet_partners(w, kind)

    def _bullet_leads(self, line: re.Match[str]) -> bool:
        """'▲무혈청 배지 개발(㈜배지온바이오) ▲친화성 레진 개발(아피넥스)': each item a project, its lead
        in the bracket after it; the bracketed names are the organisations, not the project's first word."""
        bullets = list(_BULLET.finditer(line.group()))
        leads = [
            (b, m)
            for b in bullets
            if (m := _LEAD_AFTER.search(b.group(1))) and " " in b.group(1)[: m.start()]
        ]
        if len(bullets) < 2 or len(leads) != len(bullets):
            return False
        for b, m in leads:
            idx = self.by_start.get(line.start() + b.start(1) + m.start(1))
            if idx is not None:
                self._boost(self.words[idx], "bullet-list", 1.5, "company")
        return True

    def _bracket_members(self) -> None:
        """'연세대학교 산학협력단(클리노바스·강남세브란스병원·용인세브란스병원)': the members of a lead's
        consortium, listed in its bracket; an unknown item beside known ones is an organisation too."""
        for m in _MEMBER_BRACKET.finditer(self.text):
            # the bracket follows an organisation: '삼성서울병원(…)', '연세대학교 산학협력단(…)'
            if not any(
                c.score >= THRESHOLD and any(0 <= m.start() - x.end <= 1 for x in c.mentions)
                for c in self.cands.values()
            ):
                continue
            items = [
                w for x in _MEMBER_ITEM.finditer(m.group(2)) if (w := self._word_at(m.start(2) + x.start(1)))
            ]
            known = [w for w in items if (c := self.cands.get(key(w.core))) and c.score >= THRESHOLD]
            if len(items) < 2 or not known:
                continue
            for w in items:
                c = self.cands.get(key(w.core))
                if (
                    c is not None
                    and c.score < THRESHOLD
                    and not c.common
                    and (_own_name_evidence(c) or "proper" in c.evidence)
                ):
                    c.add("bracket-members", 1.0)

    def _word_at(self, start: int) -> Word | None:
        i = self.by_start.get(start)
        return self.words[i] if i is not None else None

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
            if copula := _copula_end(nxt, self.text):  # '▲우수상 파로미드·비엔루체다.'
                nxt = Word(nxt.text, nxt.core[: -len(copula)], nxt.start, nxt.end - len(copula), copula)
            if not self._topic_word(nxt):
                self._boost(nxt, "bullet-list", 1.5, kind)
            prev = nxt

    def _described(self, idx: int, end: int) -> Word:
        """'▲경피흡수 제형 개발사 티디에스팜': the item names what it is before the name."""
        for n in range(idx, min(idx + 6, len(self.words) - 1)):
            w, nxt = self.words[n], self.words[n + 1]
            if nxt.start >= end or w.particle:
                break
            if (R.type_cue(w.core) or (n == idx and _AWARD_LABEL.fullmatch(w.core))) and not self.text[
                w.end : nxt.start
            ].strip():
                return nxt
        # '▲고형암 표적 CAR-NK 세포치료제를 개발하는 셀리브렉스': a clause describing it, then the name
        item = [w for w in self.words[idx : idx + 12] if w.start < end and w.core != "등"]
        clause = [n for n, w in enumerate(item[:-1]) if _DESCRIBING_VERB.search(w.text)]
        if clause and clause[-1] == len(item) - 2:
            return item[-1]
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
            if (
                a.particle in {"와", "과"}
                and b.particle in {"이", "가"}
                and _ROLE_CHOSEN.match(self.text, b.end + len(b.particle))
                and all(c is not None and not c.common and _own_name_evidence(c) for c in (ca, cb))
            ):
                # '각각 뉴트리셀랩과 프로바인드가 공급기업으로 이름을 올렸다': two named in a role
                for w in (a, b):
                    self._boost(w, "enumeration", 1.5, "company")
                continue
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
        # a three-syllable name only when it spells a foreign word ('카카오벤처스와 슈미트로부터')
        short = len(other.surface) < 4 and not (len(other.surface) == 3 and _loan_spelling(other.surface))
        if short or R.generic_compound(other.surface) or other.surface in R.GENERIC:
            return False
        if other.surface.endswith(("역", "장")):
            return False  # '의생명연구원장과 한국투자파트너스 심사역': people on a panel
        end = self.words[i + 1]
        tail = self.text[end.end : end.end + 40]
        return bool(_ROUND_AFTER.match(tail))

    def _round_members(self) -> None:
        """'이번 라운드에는 퓨처플레이와 슈미트도 참여했다': the words listed as joining this round are
        investors, even when no item is known and Kiwi reads common nouns."""
        for m in [*_ROUND_MEMBERS.finditer(self.text), *_JOINED_THE_ROUND.finditer(self.text)]:
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


def _copula_end(w: Word, text: str) -> str:
    """'이다'/'다' closing a sentence on a listed name ('▲아이소플렉스다.', '▲셀트리온이다.')."""
    if w.particle or not re.match(r"\s*[.\n]", text[w.end : w.end + 2]) or len(w.core) < 4:
        return ""
    if w.core.endswith("이다") and final_consonant(w.core[-3]):
        return "이다"
    return "다" if w.core.endswith("다") and not final_consonant(w.core[-2]) else ""


def _unjoined(w: Word) -> Word:
    """The word with the 와/과 Kiwi left on it taken off as its particle ('루닛과' → 루닛 + 과)."""
    return Word(w.text, w.core[:-1], w.start, w.end - 1, w.core[-1])


def _loan_spelling(word: str) -> bool:
    """One bare word spelling a foreign word ('슬립웨이브'): a syllable of ㅡ with no final consonant
    (스, 브, 트, 프 …), which no Sino-Korean noun has."""
    return bool(re.fullmatch(r"[가-힣]{3,10}", word)) and any(
        "가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 == 0 and (ord(ch) - 0xAC00) // 28 % 21 == 18
        for ch in word
    )


def _subject_split(w: Word) -> Word:
    """'케어온닷이' → 케어온닷 + 이: the subject particle Kiwi left on an unknown name before a comma."""
    core = w.core
    if w.particle or len(core) < 3 or core[-1] not in "이가":
        return w
    if (core[-1] == "이") != (final_consonant(core[-2]) != 0):
        return w  # 이 follows a final consonant and 가 a vowel; '아이' is a name's own syllable
    return Word(w.text, core[:-1], w.start, w.end - 1, core[-1])


def _copula_i(item: str) -> bool:
    """'랩이' in '…·리젠하트랩이다': the 이 of 이다 after a syllable with a final consonant."""
    return len(item) >= 3 and item[-1] == "이" and final_consonant(item[-2]) != 0


def _own_name_evidence(c: _Cand) -> bool:
    """Something in the word itself says 'name': Kiwi does not know it, or it ends in a company suffix."""
    return "unknown-word" in c.evidence or ("suffix" in c.evidence and not c.common and len(c.surface) >= 4)
