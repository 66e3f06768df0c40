"""Organisations in an article body: candidates, evidence scores, merged names.

Kiwi has no named-entity tagger and splits unknown names, so a word becomes an
organisation by adding up evidence: the gazetteer, an organisation suffix (협회, 진흥원,
테라퓨틱스), a context that only organisations occur in (X(대표 홍길동), 홍길동 X 대표,
X와 업무협약, enumerations ending in '등 … 기업', ㈜), and Kiwi's proper-noun tag. A word
is kept when its evidence reaches THRESHOLD; then abbreviations, parenthesised aliases and
gazetteer aliases are merged into one organisation with a canonical name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from biobridge.intel.extract import orgrules as R
from biobridge.intel.extract.gazetteer import Gazetteer, OrgName, key
from biobridge.intel.extract.text import Word, analyse, split_sentences, split_words

THRESHOLD = 1.5
_ENUM = re.compile(
    r"((?:[^\s,·・▲()]+(?:\s*\([^)]{1,40}\))?\s*[,·・]\s*)+[^\s,·・▲()]+(?:\s*\([^)]{1,40}\))?)\s*등\s+"
    r"(?:[^\s]+\s+){0,3}?[^\s]*(기업|기관|업체|회사|제약사|대학|병원|스타트업|CDMO|단체|협회|대기업|빅파마|투자사|기업·기관)"
)
_BULLET = re.compile(r"▲\s*([^▲\n]+)")
_REPORT_VERB = re.compile(r"(밝혔다|체결했다|발표했다|선정됐다|선정되었다|개최했다|유치했다|설명했다|전했다|말했다|계획이다|예정이다)\W*$")
_TYPE_PAREN = re.compile(r"^(제약|바이오|CDMO|CMO|CRO|소재·부품·장비|소부장|투자|VC|병원|장비|시약|진단)$")


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

    def add(self, why: str, weight: float, kind: str | None = None) -> None:
        self.evidence[why] = max(self.evidence.get(why, 0.0), weight)
        if kind:
            self.types.append(kind)

    @property
    def score(self) -> float:
        return sum(self.evidence.values())


class _Finder:
    def __init__(self, body: str, gazetteer: Gazetteer) -> None:
        self.gz = gazetteer
        self.text = re.sub(r"\(주\)|（주）", "   ", body).replace("㈜", " ")
        self.corp_marks = [m.start() for m in R.CORPORATE.finditer(body)]
        particles, self.proper = analyse(self.text)
        self.words = split_words(self.text, self._known, particles)
        self.cands: dict[str, _Cand] = {}
        self.person: set[int] = set()
        self.aliases: list[tuple[str, str]] = []

    def _known(self, core: str) -> bool:
        entry = self.gz.lookup(core)
        return (entry is not None and not entry.weak) or R.suffix_info(core) is not None

    def cand(self, surface: str, start: int, end: int) -> _Cand | None:
        k = key(surface)
        if not k or len(k) < 2 or k in {key(g) for g in ()} or surface in R.GENERIC or k.isdigit():
            return None
        c = self.cands.get(k)
        if c is None:
            c = self.cands[k] = _Cand(surface)
        if not any(m.start == start for m in c.mentions):
            c.mentions.append(Mention(surface, start, end))
        return c

    def run(self) -> list[Organization]:
        consumed = self._multiword()
        self._mark_people()
        for i, w in enumerate(self.words):
            if i not in consumed and i not in self.person:
                self._single(i, w)
        self._enumerations()
        self._bullets()
        self._subjects()
        return self._merge()

    # --- candidates -------------------------------------------------------------------
    def _multiword(self) -> set[int]:
        consumed: set[int] = set()
        ws = self.words
        for i in range(len(ws)):
            if i in consumed:
                continue
            for n in (4, 3, 2):
                j = i + n
                if j > len(ws) or any(self.text[ws[x].end + len(ws[x].particle): ws[x + 1].start].strip()
                                      for x in range(i, j - 1)) or any(ws[x].particle for x in range(i, j - 1)):
                    continue
                surface = self.text[ws[i].start: ws[j - 1].end]
                entry = self.gz.lookup(surface)
                if entry and not entry.weak:
                    c = self.cand(surface, ws[i].start, ws[j - 1].end)
                    if c:
                        c.entry = entry
                        c.add("gazetteer", 3.0, entry.type)
                        consumed.update(range(i, j))
                    break
        return consumed

    def _mark_people(self) -> None:
        ws = self.words
        for i, w in enumerate(ws):
            if R.TITLES.match(w.core) and i > 0 and R.is_person_name(ws[i - 1].core) and not self.gz.lookup(ws[i - 1].core):
                self.person.add(i - 1)
            if R.TITLES.match(w.core):
                self.person.add(i)

    def _single(self, i: int, w: Word) -> None:
        core = w.core.removeprefix("주식회사").strip("-.&")
        parts = core.split("-")
        if len(parts) > 1 and all(self._known(p) for p in parts):  # 서울시-BMS-한국보건산업진흥원
            pos = w.start
            for part in parts:
                self._single(i, Word(part, part, pos, pos + len(part), ""))
                pos += len(part) + 1
            return
        if len(core) < 2 or core in R.GENERIC or R.NOT_NAME_START.match(core) and not self.gz.lookup(core):
            return
        latin = core.isascii()
        if latin and (core.upper() in R.LATIN_STOP or not re.search(r"[A-Za-z]{2}", core)):
            return
        c = self.cand(core, w.start, w.start + len(core))
        if c is None:
            return
        entry = self.gz.lookup(core)
        if entry:
            c.entry = c.entry or entry
            c.add("gazetteer", 0.8 if entry.weak else 3.0, entry.type)
        info = None if latin else R.suffix_info(core)
        if info:
            c.add("suffix", info[1], info[0])
        if any(w.start <= p < w.start + len(core) for p in self.proper):
            c.add("proper", 0.5)
        self._context(i, w, c)

    def _context(self, i: int, w: Word, c: _Cand) -> None:
        ws, text = self.words, self.text
        after = text[w.end + len(w.particle): w.end + len(w.particle) + 40]
        paren = re.match(r"\s*\(([^)]{1,60})\)", after) if not w.particle else None
        if paren:
            inner = paren.group(1).strip()
            first = re.split(r"[\s,]", inner)[0]
            if R.TITLES.match(first):
                c.add("title-paren", 2.0, "company" if first.startswith("대표") else None)
            elif _TYPE_PAREN.match(inner):
                c.add("type-paren", 1.5, "cdmo" if inner in {"CDMO", "CMO"} else "company")
            elif not inner.startswith(("이하", "사진", "현지")) and len(inner) >= 2 and not re.match(r"^[\d.’'~\-]+", inner):
                self.aliases.append((w.core, inner))
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        nxt2 = ws[i + 2] if i + 2 < len(ws) else None
        prev = ws[i - 1] if i > 0 else None
        if nxt and nxt2 and not w.particle and (i + 1) in self.person and R.TITLES.match(nxt2.core):
            c.add("org-name-title", 1.5, _title_type(nxt2.core))
        elif nxt and not w.particle and R.TITLES.match(nxt.core) and prev is not None and (i - 1) in self.person:
            c.add("name-org-title", 1.5, _title_type(nxt.core))
        elif nxt and not w.particle and R.TITLES.match(nxt.core) and R.is_person_name(nxt2.core if nxt2 else ""):
            c.add("org-title-name", 1.5, _title_type(nxt.core))
        if w.particle in {"와", "과", "와의", "과의", "와는", "과는"} and R.PARTNER_WORDS.search(after[:30]):
            c.add("partner", 1.5)
        if prev is not None and not prev.particle and prev.core in R.TYPE_CUES and not text[prev.end: w.start].strip():
            c.add("type-cue", 1.5, R.TYPE_CUES[prev.core])
        if any(0 <= w.start - m <= 5 or 0 <= m - w.end <= 2 for m in self.corp_marks):
            c.add("corporate", 2.0, "company")

    def _enumerations(self) -> None:
        for m in _ENUM.finditer(self.text):
            cue = m.group(2)
            kind = R.TYPE_CUES.get(cue)
            for item in re.finditer(r"[^,·・]+", m.group(1)):
                name = re.sub(r"\s*\([^)]*\)\s*$", "", item.group()).strip()
                start = m.start(1) + item.start() + (len(item.group()) - len(item.group().lstrip()))
                self._boost(name, start, "enumeration", 1.5, kind)

    def _bullets(self) -> None:
        items: list[tuple[str, int]] = []
        for m in _BULLET.finditer(self.text):
            words = m.group(1).split()
            phrase: list[str] = []
            for wtext in words[:4]:
                core = self._word_core_at(m.start(1) + m.group(1).find(wtext))
                phrase.append(core or wtext)
                if core is not None and core != wtext:
                    break
            items.append((" ".join(phrase).strip(" ,."), m.start(1)))
        known = [n for n, _ in items if (c := self.cands.get(key(n))) and c.score >= THRESHOLD]
        if len(items) >= 2 and len(known) * 2 >= len(items):
            for name, start in items:
                self._boost(name, start, "bullet-list", 1.5, None)

    def _word_core_at(self, pos: int) -> str | None:
        for w in self.words:
            if w.start == pos:
                return w.core
        return None

    def _boost(self, name: str, start: int, why: str, weight: float, kind: str | None) -> None:
        name = name.strip(" .")
        if not name or len(name) > 40 or name in R.GENERIC or " " in name and not _phrase_ok(name):
            return
        if name.isascii() and name.upper() in R.LATIN_STOP:
            return
        c = self.cand(name, start, start + len(name))
        if c is None:
            return
        entry = self.gz.lookup(name)
        if entry and not c.entry:
            c.entry = entry
            c.add("gazetteer", 0.8 if entry.weak else 3.0, entry.type)
        info = R.suffix_info(name.replace(" ", ""))
        if info:
            c.add("suffix", info[1], info[0])
        c.add(why, weight, kind)

    def _subjects(self) -> None:
        for s in split_sentences(self.text):
            if not _REPORT_VERB.search(s.text):
                continue
            first = next((w for w in self.words if w.start >= s.start), None)
            if first and first.particle in {"은", "는", "이", "가"} and (c := self.cands.get(key(first.core))):
                if "proper" in c.evidence or first.core.isascii():
                    c.add("subject", 1.0)

    # --- merging ----------------------------------------------------------------------
    def _merge(self) -> list[Organization]:
        kept = {k: c for k, c in self.cands.items() if c.score >= THRESHOLD and _name_like(c)}
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
            elif a in kept and b not in kept and _alias_ok(inner):
                kept[a].mentions.extend([])  # alias text is kept for reference only
        _merge_abbreviations(kept, union)
        groups: dict[str, list[_Cand]] = defaultdict(list)
        for k, c in kept.items():
            groups[find(k)].append(c)
        return [_organization(g) for g in groups.values()]


_NAME_EVIDENCE = {"gazetteer", "suffix", "proper", "corporate", "title-paren"}


def _name_like(c: _Cand) -> bool:
    """Context alone never makes a common noun a name: something must say 'name' too."""
    if c.surface.isascii():
        distinctive = len(re.findall(r"[A-Z0-9]", c.surface)) >= 2 or " " in c.surface
        strong = {"gazetteer", "corporate", "title-paren"} & c.evidence.keys()
        return c.surface.upper() not in R.LATIN_STOP and (distinctive or bool(strong))
    return any(k in c.evidence for k in _NAME_EVIDENCE) and c.evidence.get("gazetteer", 0) + c.evidence.get(
        "suffix", 0) + c.evidence.get("corporate", 0) + c.evidence.get("title-paren", 0) + sum(
        v for k, v in c.evidence.items() if k not in _NAME_EVIDENCE) >= 1.0


def _phrase_ok(name: str) -> bool:
    last = name.split()[-1]
    return R.suffix_info(last) is not None or last in R.GENERIC or last.isascii()


def _alias_ok(inner: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z&.\- ]{1,40}", inner))


def _title_type(title: str) -> str | None:
    if title in {"교수", "총장", "부총장", "조교수", "부교수"}:
        return "university"
    if title in {"대표", "대표이사", "CEO", "공동대표", "창업자"}:
        return "company"
    return None


def _merge_abbreviations(kept: dict[str, _Cand], union) -> None:  # type: ignore[no-untyped-def]
    keys = sorted(kept, key=len)
    for i, short in enumerate(keys):
        fulls = [f for f in keys[i + 1:] if _abbreviates(short, f)]
        if len(fulls) == 1:
            union(fulls[0], short)


def _abbreviates(short: str, full: str) -> bool:
    if len(short) < 2 or len(full) <= len(short) or short.isascii() != full.isascii():
        return False
    if full.startswith(short):
        rest = full[len(short):]
        return not R.suffix_info("가나" + rest) and rest not in {"병원", "연구소", "센터", "사업단", "재단"}
    if short[-1] == full[-1] and full.startswith(short[:-1]) and len(short) >= 3:
        return True
    return full.endswith(short) and len(short) >= 4 and full[: -len(short)] in {"한국", "대한", "국립"}


def _organization(group: list[_Cand]) -> Organization:
    group.sort(key=lambda c: min(m.start for m in c.mentions))
    entry = next((c.entry for c in group if c.entry and c.entry.source == "seed"), None) or next(
        (c.entry for c in group if c.entry and c.entry.canonical), None
    )
    hangul = [c.surface for c in group if not c.surface.isascii()]
    canonical = entry.canonical_name if entry else max(hangul or [c.surface for c in group], key=len)
    types = [t for c in group for t in ([c.entry.type] if c.entry and c.entry.type else [])]
    types += [t for c in group for t in c.types]
    kind = _pick_type(types, group)
    mentions = sorted((m for c in group for m in c.mentions), key=lambda m: m.start)
    org = Organization(group[0].surface, canonical, kind, mentions, max(c.score for c in group))
    org.evidence = {c.surface: dict(c.evidence) for c in group}  # type: ignore[attr-defined]
    return org


def _pick_type(types: list[str], group: list[_Cand]) -> str | None:
    if not types:
        return None
    specific = [t for t in types if t != "company"]
    if group[0].entry and group[0].entry.type and group[0].entry.source in {"seed", "extra"}:
        return group[0].entry.type
    return specific[0] if specific else "company"


def find_organizations(body: str, gazetteer: Gazetteer) -> list[Organization]:
    """Organisations mentioned in `body`, in order of first mention."""
    if not body.strip():
        return []
    orgs = _Finder(body, gazetteer).run()
    return sorted(orgs, key=lambda o: o.mentions[0].start if o.mentions else 0)
