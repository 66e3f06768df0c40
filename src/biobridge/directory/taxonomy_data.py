"""The bilingual taxonomy (modalities, therapeutic areas, services, 소부장, needs) as plain data.

`data/taxonomy.json` is the single source: the directory's data migration loads it into the
database and the matching engine reads it directly, so both agree on keys. This module is
pure Python (no Django) so the file-only `biobridge match` commands can use it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_FILE = Path(__file__).with_name("data") / "taxonomy.json"
CATEGORIES = ("modality", "therapeutic_area", "service", "sobujang", "need")

# Characters people type inconsistently in labels: spaces, hyphens and dashes, middle dots,
# slashes, apostrophes ("항체-약물 접합체" == "항체약물접합체", "Alzheimer's" == "alzheimers").
_IGNORED = re.compile(r"[\s\-‐‑–—_·・/'’.,()]+")


def normalize_label(label: str) -> str:
    """Lookup form of a label: NFC, case-folded, without spaces, hyphens and punctuation."""
    return _IGNORED.sub("", unicodedata.normalize("NFC", label).casefold())


@dataclass(frozen=True)
class Category:
    key: str
    ko: str
    en: str

    def name(self, lang: str = "en") -> str:
        return self.ko if lang == "ko" else self.en


@dataclass(frozen=True)
class Term:
    key: str
    category: str
    parent: str | None
    ko: str
    en: str
    synonyms: tuple[str, ...] = ()

    def name(self, lang: str = "en") -> str:
        return self.ko if lang == "ko" else self.en

    @property
    def labels(self) -> tuple[str, ...]:
        """Every way of writing this term: key, both names and synonyms."""
        return (self.key, self.ko, self.en, *self.synonyms)


@dataclass(frozen=True)
class Complement:
    """Offering `offering` satisfies a need for `seeking` with strength `weight` (0..1]."""

    seeking: str
    offering: str
    weight: float = 1.0


@dataclass
class Taxonomy:
    categories: dict[str, Category]
    terms: dict[str, Term]
    complements: tuple[Complement, ...]
    _by_label: dict[str, str] = field(default_factory=dict, repr=False)
    _children: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for term in self.terms.values():
            for label in term.labels:
                self._by_label.setdefault(normalize_label(label), term.key)
            if term.parent:
                self._children.setdefault(term.parent, []).append(term.key)

    def resolve(self, label: str) -> Term | None:
        """The term `label` names (key, Korean or English name, or synonym), or None."""
        key = self._by_label.get(normalize_label(label or ""))
        return self.terms[key] if key else None

    def ancestors(self, key: str) -> list[str]:
        """Parent, grandparent, ... of `key` (nearest first)."""
        out: list[str] = []
        parent = self.terms[key].parent if key in self.terms else None
        while parent and parent not in out:
            out.append(parent)
            parent = self.terms[parent].parent
        return out

    def children(self, key: str) -> list[str]:
        """Direct children of `key`."""
        return list(self._children.get(key, ()))

    def descendants(self, key: str) -> list[str]:
        """All terms below `key`, breadth first."""
        out: list[str] = []
        queue = self.children(key)
        while queue:
            k = queue.pop(0)
            out.append(k)
            queue.extend(self.children(k))
        return out

    def label_index(self) -> dict[str, str]:
        """Normalised label -> term key (first writer wins; the tests keep it unambiguous)."""
        return dict(self._by_label)


def parse_taxonomy(data: dict) -> Taxonomy:
    """Build a Taxonomy from the JSON structure of `data/taxonomy.json`."""
    categories = {c["key"]: Category(c["key"], c["ko"], c["en"]) for c in data["categories"]}
    terms = {
        t["key"]: Term(
            key=t["key"],
            category=t["category"],
            parent=t.get("parent"),
            ko=t["ko"],
            en=t["en"],
            synonyms=tuple(t.get("synonyms", ())),
        )
        for t in data["terms"]
    }
    complements = tuple(
        Complement(c["seeking"], c["offering"], float(c.get("weight", 1.0)))
        for c in data.get("complements", ())
    )
    return Taxonomy(categories=categories, terms=terms, complements=complements)


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The packaged taxonomy (parsed once per process)."""
    with DATA_FILE.open(encoding="utf-8") as fh:
        return parse_taxonomy(json.load(fh))
