"""`MatchIndex`: the matcher the platform and the CLI call.

    index = MatchIndex.build(profiles)
    index.add(p); index.update(p); index.remove("o7")       # incremental
    index.recommend("o1", top=10, lang="ko")                # -> [Suggestion]
    affinity(a, b)                                          # -> float in [0, 1]

Profiles are analysed once when they arrive (Kiwi is the slow part); the sparse matrices
over all profiles are rebuilt lazily on the next query after a change, from cached
per-profile encodings, so an update costs one analysis plus a vectorised rebuild.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from biobridge.matching.engine.backends import BM25Backend, TextBackend
from biobridge.matching.engine.diversity import DEFAULT_ORG_CAP, cap_per_org
from biobridge.matching.engine.profile import Profile, Suggestion
from biobridge.matching.engine.reasons import explain
from biobridge.matching.engine.record import Record, analyse_profiles
from biobridge.matching.engine.scorer import Components, TaxonomyScorer, combine, is_mutual, pair_forward
from biobridge.matching.engine.taxo import Relations
from biobridge.matching.engine.text import Bridge, default_bridge

SHORTLIST = 200  # candidates re-ranked for diversity and explained


@dataclass
class _State:
    ids: list[str]
    records: list[Record]
    scorer: TaxonomyScorer
    position: dict[str, int] = field(default_factory=dict)


class MatchIndex:
    def __init__(self, *, bridge: Bridge | None = None, backend: TextBackend | None = None) -> None:
        self.bridge = bridge or default_bridge()
        self.relations = _relations(self.bridge)
        self.backend: TextBackend = backend or BM25Backend(self.relations)
        self._records: dict[str, Record] = {}
        self._state: _State | None = None
        # web threads may query while a task updates: rebuild and swap under one lock
        self._lock = threading.RLock()

    # -- building ------------------------------------------------------------------
    @classmethod
    def build(cls, profiles: Iterable[Profile], **kwargs) -> MatchIndex:
        index = cls(**kwargs)
        index._put(list(profiles))
        return index

    def _put(self, profiles: Sequence[Profile]) -> None:
        records = analyse_profiles(profiles, self.bridge, self.relations)
        with self._lock:
            for record in records:
                self._records[record.id] = record
            self._state = None

    def add(self, profile: Profile) -> None:
        """Add a profile (replaces one with the same id)."""
        self._put([profile])

    update = add

    def remove(self, profile: Profile | str) -> None:
        """Remove a profile by id or object; unknown ids are ignored."""
        pid = profile.id if isinstance(profile, Profile) else profile
        with self._lock:
            if self._records.pop(pid, None) is not None:
                self._state = None

    def __contains__(self, pid: str) -> bool:
        return pid in self._records

    def __len__(self) -> int:
        return len(self._records)

    def get(self, pid: str) -> Profile | None:
        record = self._records.get(pid)
        return record.profile if record else None

    def _ready(self) -> _State:
        with self._lock:
            return self._state or self._rebuild()

    def _rebuild(self) -> _State:
        ids = sorted(self._records)  # insertion order must not matter: rebuild == incremental
        records = [self._records[i] for i in ids]
        self.backend.fit(records)
        state = _State(ids, records, TaxonomyScorer(records, self.relations))
        state.position = {pid: i for i, pid in enumerate(ids)}
        self._state = state
        return state

    def prepare(self) -> None:
        """Build the matrices now (otherwise the first query after a change does it)."""
        self._ready()

    # -- querying ------------------------------------------------------------------
    def record_for(self, profile: Profile | str) -> Record:
        if isinstance(profile, str):
            if profile not in self._records:
                raise KeyError(profile)
            return self._records[profile]
        known = self._records.get(profile.id)
        if known is not None and known.profile == profile:
            return known
        return analyse_profiles([profile], self.bridge, self.relations)[0]

    def score_all(self, query: Record) -> Components:
        """Score components of every indexed profile for `query` (index order)."""
        state = self._ready()
        scorer = state.scorer
        text = self.backend.scores(query)
        return combine(
            query,
            scorer.forward(query),
            scorer.backward(query),
            text,
            scorer.domain_overlap(query),
            scorer.country,
        )

    def recommend(
        self,
        profile: Profile | str,
        top: int = 10,
        lang: str = "en",
        exclude_ids: Iterable[str] = (),
        *,
        org_cap: int = DEFAULT_ORG_CAP,
        explain_reasons: bool = True,
    ) -> list[Suggestion]:
        """Best partners for `profile` (an indexed id or a Profile), best first.

        Never the profile itself, nobody from its own organisation, nobody in
        `exclude_ids` (existing conflicts, already-met partners), at most `org_cap`
        per organisation."""
        query = self.record_for(profile)
        with self._lock:  # the backend's fitted matrices must belong to this state
            state = self._ready()
            total = self.score_all(query).total.astype(np.float64)
        for pid in {query.id, *exclude_ids}:
            pos = state.position.get(pid)
            if pos is not None:
                total[pos] = -1.0
        org = query.profile.org
        order = self._shortlist(total, state, top, org)
        picked = cap_per_org(order, lambda i: state.records[i].profile.org_key, top=top, cap=org_cap)
        return [
            self._suggest(query, state.records[i], float(total[i]), lang, explain_reasons) for i in picked
        ]

    def _shortlist(self, total: np.ndarray, state: _State, top: int, org: str) -> list[int]:
        size = min(len(total), max(SHORTLIST, top * 10))
        cand = np.argpartition(-total, size - 1)[:size] if size < len(total) else np.arange(len(total))
        cand = [int(i) for i in cand if total[i] > 0 and not (org and state.records[i].profile.org == org)]
        # ties broken by id so the result does not depend on index order
        cand.sort(key=lambda i: (-round(float(total[i]), 6), state.ids[i]))
        return cand

    def _suggest(
        self, query: Record, other: Record, score: float, lang: str, with_reasons: bool
    ) -> Suggestion:
        mutual = bool(is_mutual(self.relations, query, other))
        domestic = bool(
            query.localisation
            and query.profile.country
            and query.profile.country.upper() == (other.profile.country or "").upper()
            and pair_forward(self.relations, query, other) > 0
        )
        reasons = (
            explain(self.bridge, self.relations, query, other, lang=lang, mutual=mutual, domestic=domestic)
            if with_reasons
            else []
        )
        return Suggestion(id=other.id, score=round(score, 4), reasons=reasons, mutual=mutual)


_RELATIONS: dict[int, Relations] = {}


def _relations(bridge: Bridge) -> Relations:
    """One relation matrix per taxonomy object (building it takes ~0.1 s)."""
    key = id(bridge.taxonomy)
    if key not in _RELATIONS:
        _RELATIONS[key] = Relations(bridge.taxonomy)
    return _RELATIONS[key]
