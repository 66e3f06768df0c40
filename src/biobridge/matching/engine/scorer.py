"""Scoring: taxonomy complementarity + text relevance + domain overlap + context rules.

For a query A and every candidate B (vectorised over the whole index):

* `forward`  — share of A's needs that B's offering satisfies (taxonomy relations);
* `backward` — share of B's needs that A's offering satisfies;
* `text`     — the text backend's relevance in the same two directions;
* `domain`   — overlap of modalities / therapeutic areas (with their ancestors);
* rules      — a supplier-localisation need prefers suppliers from A's country.

score = 0.5·need + 0.3·text + 0.2·domain, where need and text weigh A's own needs 60:40
against B's (A is the one asking). Everything stays in [0, 1].
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from biobridge.matching.engine.record import Record
from biobridge.matching.engine.taxo import Relations

W_NEED, W_TEXT, W_DOMAIN = 0.5, 0.3, 0.2
W_OWN, W_THEIRS = 0.6, 0.4
DOMESTIC_BONUS, FOREIGN_FACTOR = 0.1, 0.8
MUTUAL_LEVEL = 0.5


@dataclass
class Components:
    forward: np.ndarray
    backward: np.ndarray
    text: np.ndarray
    domain: np.ndarray
    total: np.ndarray


def _rows(records: Sequence[Record], relations: Relations, attr: str, norm: str) -> sparse.csr_matrix:
    index = relations.index
    data, cols, indptr = [], [], [0]
    for r in records:
        weights = getattr(r.sets, attr)
        vals = np.array(list(weights.values()), dtype=np.float32)
        if norm == "sum" and vals.sum() > 0:
            vals = vals / vals.sum()
        elif norm == "l2" and vals.any():
            vals = vals / np.linalg.norm(vals)
        data.append(vals)
        cols.append(np.array([index[k] for k in weights], dtype=np.int64))
        indptr.append(indptr[-1] + len(weights))
    shape = (len(records), len(relations.keys))
    if not records:
        return sparse.csr_matrix(shape, dtype=np.float32)
    return sparse.csr_matrix((np.concatenate(data), np.concatenate(cols), np.array(indptr)), shape=shape)


class TaxonomyScorer:
    """Sparse matrices of every record's term sets, for vectorised complementarity."""

    def __init__(self, records: Sequence[Record], relations: Relations) -> None:
        self.relations = relations
        self.offer = _rows(records, relations, "offer", "none")
        self.seek = _rows(records, relations, "seek", "sum")
        self.domain = _rows(records, relations, "context", "l2")
        self.country = np.array([(r.profile.country or "").upper() for r in records], dtype=object)

    def _vector(self, weights: dict[str, float], norm: str = "none") -> np.ndarray:
        vec = np.zeros(len(self.relations.keys), dtype=np.float32)
        for key, w in weights.items():
            vec[self.relations.index[key]] = w
        if norm == "l2" and vec.any():
            vec /= np.linalg.norm(vec)
        return vec

    def forward(self, query: Record) -> np.ndarray:
        seek = query.sets.seek
        if not seek:
            return np.zeros(self.offer.shape[0], dtype=np.float32)
        rows = [self.relations.index[k] for k in seek]
        weights = np.array(list(seek.values()), dtype=np.float32)
        satisfied = np.minimum(self.offer @ self.relations.rel[rows].T, 1.0)  # (n, |seek|)
        return np.asarray(satisfied @ (weights / weights.sum())).ravel()

    def backward(self, query: Record) -> np.ndarray:
        offered = np.minimum(self.relations.rel @ self._vector(query.sets.offer), 1.0)
        return np.asarray(self.seek @ offered).ravel()

    def domain_overlap(self, query: Record) -> np.ndarray:
        return np.asarray(self.domain @ self._vector(query.sets.context, "l2")).ravel()


def combine(
    query: Record,
    forward: np.ndarray,
    backward: np.ndarray,
    text: tuple[np.ndarray, np.ndarray],
    domain: np.ndarray,
    countries: np.ndarray,
) -> Components:
    """Weighted total in [0, 1], with the localisation rule applied."""
    own = W_OWN if query.sets.has_needs else 0.0
    need = (own * forward + W_THEIRS * backward) / (own + W_THEIRS)
    own_text = W_OWN if query.seek_doc else 0.0
    text_score = (own_text * text[0] + W_THEIRS * text[1]) / (own_text + W_THEIRS)
    total = W_NEED * need + W_TEXT * text_score + W_DOMAIN * domain
    home = (query.profile.country or "").upper()
    if query.localisation and home:
        same = countries == home
        known_other = (countries != "") & ~same
        total = np.where(same & (forward > 0), total + DOMESTIC_BONUS, total)
        total = np.where(known_other, total * FOREIGN_FACTOR, total)
    return Components(forward, backward, text_score, domain, np.clip(total, 0.0, 1.0).astype(np.float32))


def pair_forward(relations: Relations, a: Record, b: Record) -> float:
    """Share of a's needs that b's offering satisfies (the scalar form of `forward`)."""
    if not a.sets.seek:
        return 0.0
    total = sum(a.sets.seek.values())
    got = 0.0
    for s, w in a.sets.seek.items():
        si = relations.index[s]
        got += w * min(1.0, sum(relations.rel[si, relations.index[o]] * v for o, v in b.sets.offer.items()))
    return got / total


def is_mutual(relations: Relations, a: Record, b: Record) -> bool:
    """Each side seeks what the other offers."""
    return pair_forward(relations, a, b) >= MUTUAL_LEVEL and pair_forward(relations, b, a) >= MUTUAL_LEVEL
