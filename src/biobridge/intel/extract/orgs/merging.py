"""From candidates to organisations: the ones kept, units and addresses dropped, short forms,
aliases and abbreviations merged, and each group's canonical name and type."""

from __future__ import annotations

import re
from collections import defaultdict

from biobridge.intel.extract import orgrules as R
from biobridge.intel.extract.gazetteer import OrgName, key
from biobridge.intel.extract.orgs.candidates import THRESHOLD, _Cand, _Candidates
from biobridge.intel.extract.orgs.organization import Mention, Organization
from biobridge.intel.extract.orgs.patterns import _JOINED, _ORG_COUNT, DELEGATION_AFTER

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
_ARM_SHORTENED = {"대학교": "대", "기술지주회사": "기술지주"}
_ARM_SHORT = re.compile("|".join(_ARM_SHORTENED))
_UNIT_NAME = re.compile(r"(센터|연구소|연구원|병원|전략실|연구실|기획실|위원회)$")  # '대웅제약 신약센터'
_FACILITY_AFTER = re.compile(
    r"(\s+[가-힣0-9]{1,8}){1,3}\s*(본사|연구소|공장|캠퍼스|사옥|연구센터|생산시설)\s*(에서|에|내)"
)
# '청주시 흥덕구 오송읍 …': a city, then its district, is an address
_DISTRICT_AFTER = re.compile(r"\s+[가-힣]{1,4}구\s")
# '경기 성남시 분당서울대병원에서': a city after its province is an address
_PROVINCE_BEFORE = re.compile(r"(?<![가-힣])(경기|강원|충북|충남|전북|전남|경북|경남|경기도|강원도)\s$")


class _Merging(_Candidates):
    """The last step: kept candidates merged into organisations."""

    def _drop_units_and_sites(self, kept: dict[str, _Cand]) -> None:
        """'ETRI 대경권연구센터', 'KIST 뇌과학연구소': a unit of the organisation named right before it;
        '경기 성남시 판교 연구소에서', '청주시 흥덕구 오송읍': a city that only gives an address.
        Neither acts."""
        ends = {m.end for c in kept.values() for m in c.mentions}
        starts = {m.start for c in kept.values() for m in c.mentions}

        acronyms = {inner for _core, inner in self.aliases}

        def after_parent(m: Mention) -> bool:
            gap = self.text[max(0, m.start - 12) : m.start]
            cut = re.search(
                r"(\([^()]{1,10}\))?[ \t]$", gap
            )  # not across a line: '…인하대병원\n인하대학교병원과'
            # 'ETRI 대경권연구센터는': the parent written by the acronym its bracket gave before
            short = re.search(r"([A-Za-z][A-Za-z&]{1,9})\s$", gap)
            return (bool(cut) and m.start - len(cut.group()) in ends) or bool(
                short and short.group(1) in acronyms
            )

        units = [
            k
            for k, c in kept.items()
            if _UNIT_NAME.search(c.surface)
            and "gazetteer" not in c.evidence
            and " " not in c.surface
            and all(after_parent(m) for m in c.mentions)
        ]
        # '송도 바이오클러스터 일대를 둘러봤다': an area, wherever its name comes from
        areas = [
            k
            for k, c in kept.items()
            if ("gazetteer" not in c.evidence or "cluster" in c.types)
            and all(
                re.match(r"\s*(일대|일원|인근)(를|을|에|에서|의)?\s", self.text[m.end :]) for m in c.mentions
            )
        ]
        sites = [
            k
            for k, c in kept.items()
            if "city" in c.evidence
            and all(
                _FACILITY_AFTER.match(self.text, m.end)
                or _DISTRICT_AFTER.match(self.text, m.end)
                or _PROVINCE_BEFORE.search(self.text[max(0, m.start - 6) : m.start])
                # '기장군 동남권원자력의학원을 방문해': where the institute is; not '전주시·정읍시와'
                or (m.end + 1 in starts and self.text[m.end : m.end + 1] == " ")
                for m in c.mentions
            )
        ]
        for k in {*units, *sites, *areas}:
            del kept[k]

    def _merge(self) -> list[Organization]:
        # "소프트웨어 '레티스캔(RetiScan)'": a name quoted with its Latin spelling is a product's
        products = {key(m.group(1)) for m in _QUOTED_PRODUCT.finditer(self.text)}
        kept = {
            k: c
            for k, c in self.cands.items()
            if c.score >= THRESHOLD
            and _name_like(c)
            and not (k in products and not _STRONG & c.evidence.keys())
        }
        spans = [(m.start, m.end) for c in kept.values() for m in c.mentions]
        # '길리어드사이언스(Gilead Sciences)': the kept name's own spelling holds the word 'Gilead'
        spelt = {i for o, i in self.aliases if key(o) in kept and _LATIN_WORDS.fullmatch(i) and " " in i}
        spans += [m.span() for inner in spelt for m in re.finditer(re.escape(inner), self.text)]

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
        for f in foreign:
            # '메디에이스랩은 판타라 메디카와': the unit word met again after the same first word is that name
            tail = kept.get(key(f.split()[-1]))
            spans = [(m.start(), m.end()) for m in re.finditer(re.escape(f), self.text)]
            if tail is not None and all(
                any(a <= m.start and m.end <= b for a, b in spans) for m in tail.mentions
            ):
                full = kept[key(f)]
                full.mentions += [
                    Mention(f, a, b) for a, b in spans if all(m.start != a for m in full.mentions)
                ]
                del kept[key(f.split()[-1])]
        for k in [k for k, c in kept.items() if _JOINED.fullmatch(c.surface) and key(c.surface[:-1]) in kept]:
            del kept[k]  # '누리센과' beside '누리센': the name with a particle Kiwi left on it
        for k, c in self.cands.items():  # '서울대' next to '서울대학교': a short form of a kept name
            if k not in kept and "suffix" in c.evidence and any(_abbreviates(k, f) for f in kept):
                kept[k] = c
            elif k not in kept and not c.common and k + "인베스트먼트" in kept and len(k) >= 4:
                kept[k] = c  # '아크로젠에는 노스브릿지가 단독으로 투자했다': the investor without its ending
            elif (
                k not in kept
                and not c.common
                and len(k) >= 4
                and any(f.startswith(k) and _abbreviates(k, f) for f in kept)
            ):
                # '2020년 설립된 뉴런브릿지는' after '뉴런브릿지테라퓨틱스': the firm without its ending
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
        _merge_last_word(kept, union)
        _merge_bullet_phrases(kept, union)
        _merge_country_prefixed(kept, union, self.text)
        for k, c in kept.items():
            # '가톨릭대학교 서울성모병원' … '서울성모병원': the university's hospital written alone
            m = _UNIVERSITY_HOSPITAL.fullmatch(c.surface)
            if m and key(m.group(1)) in kept:
                union(k, key(m.group(1)))
        groups: dict[str, list[_Cand]] = defaultdict(list)
        for k, c in kept.items():
            groups[find(k)].append(c)
        return [_organization(g, self.former) for g in groups.values()]


# not "'바이오알엔(BioRN)' 대표단이": a quoted name whose people travel is an organisation
_QUOTED_PRODUCT = re.compile(rf"['‘]([가-힣]{{2,12}})\([A-Za-z][\w-]*\)['’](?!{DELEGATION_AFTER})")
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z&.' -]+")
_HANGUL = re.compile(r"[가-힣]")
_UNIVERSITY_HOSPITAL = re.compile(r"[가-힣]+(?:대학교|대)\s+([가-힣]{2,}병원)")


_KIND_OF_BODY = re.compile(r"[가-힣]{1,3}(기관|기업|업체|단체|대학|병원|협회|연구소)")


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
    if re.fullmatch(
        r"(공동\S*|\S*(심사|평가|선정|심의|지원|특구))(위원회|협의회|협의체|운영단)", c.surface
    ) and ("gazetteer" not in c.evidence):
        return False  # '공동개발위원회(JDC)', '지정심사위원회': a panel or joint body, not an organisation
    if re.fullmatch(r"[A-Z]{1,4}본부", c.surface):
        return False  # 'KB증권 PE본부': a division of the company named before it
    if _ORG_COUNT.fullmatch(c.surface):
        return False  # '3곳', '6개사': a count of organisations, not one, even when listed
    if _STRONG & c.evidence.keys() or "bullet-phrase" in c.evidence:
        return True
    if c.common and _KIND_OF_BODY.fullmatch(c.surface) and "gazetteer" not in c.evidence:
        return False  # '지역 바이오기업과 의료기관, 지원기관 등 14곳': kinds of participant, not names
    if {"enumeration", "bullet-list", "investor-list", "described-list"} & c.evidence.keys():
        return True  # listed next to known organisations under an organisation noun
    if c.surface.endswith(("학부", "학과", "교실", "전공", "내과", "외과")) and "gazetteer" not in c.evidence:
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
    if c.common and {"type-cue", "subject"} <= c.evidence.keys() and len(c.surface) >= 4:
        return True  # '스타트업 마인드브릿지가 … 밝혔다': announced by a type noun, and the one who reports
    if {"described-item", "apposition"} & c.evidence.keys() and c.surface not in R.GENERIC:
        return True  # '소재 기업 그린펩타이드랩, …': a long word a type noun names, listed, is coined
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


def _merge_country_prefixed(kept: dict[str, _Cand], union, text: str) -> None:  # type: ignore[no-untyped-def]
    """'싱가포르 과학기술연구청(A*STAR)' and '과학기술연구청(A*STAR)': the country before a foreign
    body's name is written once and left off once, one organisation, when both carry the same spelling
    (not '미국 바이오협회' beside '바이오협회', which stands for the Korean one)."""

    def spellings(c: _Cand) -> set[str]:
        return {m.group(1) for x in c.mentions if (m := _SPELT.match(text, x.end))}

    for k, c in kept.items():
        country, _, rest = c.surface.partition(" ")
        if (
            country in R.COUNTRIES
            and rest
            and key(rest) in kept
            and spellings(c) & spellings(kept[key(rest)])
        ):
            union(k, key(rest))


_SPELT = re.compile(r"\(([^)]{2,20})\)")


def _merge_bullet_phrases(kept: dict[str, _Cand], union) -> None:  # type: ignore[no-untyped-def]
    # '연세대학교 K-NIBRT 사업단' also yields '연세대학교' from its first word: one organisation.
    for k, c in kept.items():
        if "bullet-phrase" in c.evidence and " " in c.surface:
            head = key(c.surface.split()[0])
            if head in kept and len(kept[head].mentions) <= 2:
                union(k, head)


_KIND_ENDINGS = ("재단", "협회", "진흥원", "공사", "공단")


def _abbreviates(short: str, full: str) -> bool:
    if short[-2:].upper() == "TP" and full.endswith("테크노파크") and len(short) >= 3:
        return full.startswith(short[:-2])  # '충남TP' for '충남테크노파크'
    if len(short) < 2 or len(full) <= len(short) or short.isascii() != full.isascii():
        return False
    if _ARM_SHORT.sub(lambda m: _ARM_SHORTENED[m.group()], full) == short:
        return True  # '고려대기술지주' for '고려대학교 기술지주회사' (keys carry no spaces)
    hospital = re.fullmatch(r"(.+)대병원", short)
    if hospital and re.fullmatch(re.escape(hospital.group(1)) + r"대학교(의과대학)?(부속)?병원", full):
        return True  # '인하대병원' for '인하대학교의과대학부속병원'
    arm = re.fullmatch(r"(.+?)대학교(.{2,}병원)", full)
    if arm and short in {arm.group(1)[0] + "대" + arm.group(2), arm.group(1) + "대" + arm.group(2)}:
        return True  # '고대안암병원', '고려대안암병원' for '고려대학교 안암병원'
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
        if rest == "인베스트먼트":
            return len(short) >= 4  # '노스브릿지' for '노스브릿지인베스트먼트'
        return not R.suffix_info("가나" + rest) and rest not in {"병원", "연구소", "센터", "사업단", "재단"}
    if short[-1] == full[-1] and full.startswith(short[:-1]) and len(short) >= 3 and not short.isascii():
        return True  # not 'KIT' (안전성평가연구소) for 'KIST' (한국과학기술연구원): two acronyms
    kind = next((k for k in _KIND_ENDINGS if short.endswith(k) and full.endswith(k)), None)
    if kind and 2 <= len(short) - len(kind) <= 3 and full.startswith(short[: -len(kind)]):
        return True  # '오송재단' for '오송첨단의료산업진흥재단': the place, then the kind
    return full.endswith(short) and len(short) >= 4 and full[: -len(short)] in {"한국", "대한", "국립"}


def _merge_last_word(kept: dict[str, _Cand], union) -> None:  # type: ignore[no-untyped-def]
    """'메디슨 디스커버리 캐터펄트(Medicines Discovery Catapult)' … '캐터펄트와': a spelt-out name's last
    word, found mostly where the whole name stands, is that name."""
    for k, c in kept.items():
        for f, full in kept.items():
            words = full.surface.split()
            if f == k or len(words) < 2 or words[-1] != c.surface or "latin-name" not in full.evidence:
                continue
            inside = sum(any(m.start < x.start and x.end == m.end for m in full.mentions) for x in c.mentions)
            if 2 * inside >= len(c.mentions):
                union(f, k)


def _organization(group: list[_Cand], former: set[str] | None = None) -> Organization:
    group.sort(key=lambda c: min(m.start for m in c.mentions))
    entry = next((c.entry for c in group if c.entry and c.entry.source in {"seed", "extra"}), None) or next(
        (c.entry for c in group if c.entry and c.entry.canonical), None
    )
    hangul = [c.surface for c in group if _HANGUL.search(c.surface)]  # not 'bioMérieux', accented Latin
    canonical = entry.canonical_name if entry else max(hangul or [c.surface for c in group], key=len)
    divisions = [
        h
        for h in hangul
        if " " in h and h.startswith(canonical) and h.split()[-1] in R.DIVISION_WORDS | R.UNIT_WORDS.keys()
    ]
    if entry and divisions:  # '머크 라이프사이언스(Merck Life Science)': the division, not Merck
        canonical = max(divisions, key=len)
    if former and canonical in former and (current := [h for h in hangul if h not in former]):
        canonical = max(current, key=len)  # '원주미래산업진흥원(옛 원주의료기기테크노밸리)': today's name
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
