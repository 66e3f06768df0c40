"""Known organisation names: a hand seed, a package-derived list, and names added at run time.

Lookups use a space- and case-insensitive key, so '미국 바이오협회', '미국바이오협회' and
'Thermo Fisher' / 'thermofisher' meet. The platform passes its directory's names and
aliases through `add_names` / `with_extra`; those win over the shipped lists.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_SPACE = re.compile(r"[\s\u00a0\u200b]+")


@dataclass(frozen=True)
class OrgName:
    """A name (or alias) of an organisation; `canonical` defaults to `name`."""

    name: str
    canonical: str | None = None
    type: str | None = None
    weak: bool = False  # also an ordinary word: counts only with supporting context
    source: str = "extra"

    @property
    def canonical_name(self) -> str:
        return self.canonical or self.name


@lru_cache(maxsize=200000)
def key(text: str) -> str:
    """The lookup key: NFC, no spaces, lower case, ㈜/(주) removed."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("㈜", "").replace("(주)", "").replace("（주）", "")
    return _SPACE.sub("", text).lower().strip(".,·'\"")


class Gazetteer:
    def __init__(self, entries: Iterable[OrgName] = (), *, base: Gazetteer | None = None) -> None:
        self._base = base
        self._names: dict[str, OrgName] = {}
        self._prefixes: set[str] = set()  # every leading part of a key: multi-word matching stops early
        self.add_names(entries)

    def add_names(self, names: Iterable[OrgName | str]) -> None:
        """Add names (later additions win); a plain string is its own canonical name."""
        for entry in names:
            item = OrgName(entry) if isinstance(entry, str) else entry
            k = key(item.name)
            if k:
                self._names[k] = item
                self._prefixes.update(k[:n] for n in range(2, min(len(k), 40) + 1))
                ck = key(item.canonical_name)
                if ck and ck not in self._names:
                    self._names[ck] = OrgName(
                        item.canonical_name, item.canonical_name, item.type, item.weak, item.source
                    )

    def with_extra(self, names: Iterable[OrgName | str] | None) -> Gazetteer:
        """A cheap overlay: the shipped lists stay shared, extra names are per call."""
        return Gazetteer(names or (), base=self) if names else self

    def lookup(self, text: str) -> OrgName | None:
        k = key(text)
        found = self._names.get(k)
        if found is None and self._base is not None:
            return self._base.lookup(text)
        return found

    def has_prefix(self, text: str) -> bool:
        """Could `text` (space-insensitive) be the beginning of a known name?"""
        k = key(text)
        return k in self._prefixes or (self._base is not None and self._base.has_prefix(text))

    def __len__(self) -> int:
        return len(self._names) + (len(self._base) if self._base else 0)


def _read(name: str) -> list[str]:
    text = resources.files("biobridge.intel").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """Shipped names: listed companies/institutions (package-derived) under the hand seed."""
    entries: list[OrgName] = []
    for line in _read("listed_orgs.tsv"):
        name, kind, source, weak = [*line.split("\t"), "", "", "0"][:4]
        entries.append(OrgName(name, None, kind or None, weak == "1", source))
    for line in _read("seed_orgs.tsv"):
        name, canonical, kind = [*line.split("\t"), "", ""][:3]
        entries.append(OrgName(name, canonical or None, kind or None, False, "seed"))
    # '한국얀센', '한국노바티스': a global drugmaker's Korean arm is written 한국 + its name
    # ('한국로슈진단', '한국화이자제약': with the division word the arm's name often carries)
    arms = [
        OrgName("한국" + e.name + division, e.canonical_name, e.type, False, e.source)
        for e in entries
        for division in ("", "제약", "진단")
        if e.type == "big_pharma"
        and not (division and e.name.endswith(division))  # not '한국다케다제약제약'
        and not e.weak
        and re.match(r"[가-힣]{2}", e.name)
        and not e.name.startswith("한국")
    ]
    return Gazetteer(arms + entries)
