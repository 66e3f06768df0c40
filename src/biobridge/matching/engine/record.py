"""A profile, analysed once: taxonomy term sets and concept-token documents.

Analysis (Kiwi) is the expensive step, so the index keeps one `Record` per profile and
re-analyses only the profiles that change.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from biobridge.matching.engine.profile import Profile
from biobridge.matching.engine.taxo import Relations, TermSets, term_sets
from biobridge.matching.engine.text import TERM_PREFIX, Analysis, Bridge

DOMESTIC_CONCEPTS = frozenset({"c:domestic", "c:localisation", "t:supplier_localisation"})
LOCALISATION_NEEDS = frozenset({"supplier_localisation"})


@dataclass
class Record:
    profile: Profile
    sets: TermSets
    offer_doc: Counter[str]  # offering + description tokens
    seek_doc: Counter[str]
    localisation: bool  # seeks domestic supply: same-country suppliers preferred
    unknown_tags: tuple[str, ...] = ()
    cache: dict = field(default_factory=dict, repr=False, compare=False)  # per-backend encodings

    @property
    def id(self) -> str:
        return self.profile.id


class Vocabulary:
    """Token -> id, grown as profiles arrive (ids stay stable across rebuilds)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def encode(self, doc: Counter[str]) -> tuple[np.ndarray, np.ndarray]:
        ids = [self.ids.setdefault(tok, len(self.ids)) for tok in doc]
        return np.array(ids, dtype=np.int64), np.array(list(doc.values()), dtype=np.float32)

    def lookup(self, token: str) -> int | None:
        return self.ids.get(token)

    def __len__(self) -> int:
        return len(self.ids)


# Sentences of a description that state a need ("... 공용 실험실이 필요합니다", "we are
# looking for ..."): news-derived profiles have only a description, and what they seek must
# not be mistaken for what they offer.
_NEED_CUE = re.compile(
    r"필요|찾(?:고|는|습|아)|모색|물색|희망|구하|원합|원하|발굴하려|유치하려|seek|looking for|need|wants?\b|"
    r"in search of|interested in",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?。])\s+|\n+|(?<=다\.)")


def split_needs(text: str) -> tuple[str, str]:
    """(what the text says the profile is or does, what it says the profile needs)."""
    about, wants = [], []
    for sentence in _SENTENCE.split(text or ""):
        if sentence.strip():
            (wants if _NEED_CUE.search(sentence) else about).append(sentence.strip())
    return " ".join(about), " ".join(wants)


def _resolve_tags(bridge: Bridge, labels: Sequence[str]) -> tuple[list[str], list[str]]:
    """Taxonomy keys for the labels that name a term; the rest are kept as free text."""
    keys, unknown = [], []
    for label in labels or ():
        term = bridge.taxonomy.resolve(str(label))
        (keys.append(term.key) if term else unknown.append(str(label)))
    return keys, unknown


def analyse_profiles(profiles: Sequence[Profile], bridge: Bridge, relations: Relations) -> list[Record]:
    """Analyse many profiles at once (Kiwi's batch mode)."""
    tags = [(_resolve_tags(bridge, p.tags_offering), _resolve_tags(bridge, p.tags_seeking)) for p in profiles]
    texts: list[str] = []
    for p, ((_, off_unknown), (_, seek_unknown)) in zip(profiles, tags, strict=True):
        about, wants = split_needs(p.description)
        texts += [
            f"{p.offering_text}\n{' / '.join(off_unknown)}",
            about,
            f"{p.seeking_text}\n{' / '.join(seek_unknown)}",
            wants,
        ]
    analyses = bridge.analyse_batch(texts)
    return [
        _record(p, tag_pair, analyses[4 * i : 4 * i + 4], relations)
        for i, (p, tag_pair) in enumerate(zip(profiles, tags, strict=True))
    ]


def _record(
    profile: Profile,
    tags: tuple[tuple[list[str], list[str]], tuple[list[str], list[str]]],
    analyses: list[Analysis],
    relations: Relations,
) -> Record:
    (off_keys, off_unknown), (seek_keys, seek_unknown) = tags
    offering, description, seeking, described_needs = analyses
    sets = term_sets(
        relations,
        offer_tags=off_keys,
        offer_found=offering.term_keys,
        description_found=description.term_keys,
        seek_tags=seek_keys,
        seek_found=seeking.term_keys,
        description_seek_found=described_needs.term_keys,
        profile_type=profile.type,
    )
    offer_doc = Counter(offering.tokens) + Counter(description.tokens)
    offer_doc.update(TERM_PREFIX + k for k in off_keys)
    seek_doc = Counter(seeking.tokens) + Counter(described_needs.tokens)
    seek_doc.update(TERM_PREFIX + k for k in seek_keys)
    localisation = bool(LOCALISATION_NEEDS & set(sets.seek)) or bool(DOMESTIC_CONCEPTS & set(seek_doc))
    return Record(
        profile=profile,
        sets=sets,
        offer_doc=offer_doc,
        seek_doc=seek_doc,
        localisation=localisation,
        unknown_tags=tuple(off_unknown + seek_unknown),
    )
