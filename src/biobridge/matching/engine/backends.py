"""Pluggable text relevance.

A backend scores, for one query profile, every indexed profile in two directions:
`forward` — how well their offering text answers the query's seeking text — and
`backward` — how well the query's offering answers their seeking. Both in [0, 1].

* `BM25Backend` (default): BM25 over bridged concept tokens, with the query expanded
  through the taxonomy's complements and hierarchy. Offline, CPU, nothing to download.
* `EmbeddingBackend` (optional): a multilingual sentence-embedding model configured by
  name, via the `sentence-transformers` package, for users who have one installed locally.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np

from biobridge.matching.engine.bm25 import BM25
from biobridge.matching.engine.record import Record, Vocabulary
from biobridge.matching.engine.taxo import CONTEXT_SEEK_WEIGHT, Relations
from biobridge.matching.engine.text import TERM_PREFIX

EXPANSION_FLOOR = 0.5  # only strong taxonomy relations widen a text query


class Encoder(Protocol):
    """What the embedding backend needs from a model (sentence-transformers' interface)."""

    def encode(self, sentences: list[str], **kwargs) -> np.ndarray: ...


class TextBackend(Protocol):
    def fit(self, records: Sequence[Record]) -> None: ...

    def scores(self, query: Record) -> tuple[np.ndarray, np.ndarray]:
        """(forward, backward) relevance of every fitted record, each in [0, 1]."""
        ...


def _normalise(values: np.ndarray) -> np.ndarray:
    top = float(values.max()) if len(values) else 0.0
    return values / top if top > 0 else values


class BM25Backend:
    def __init__(self, relations: Relations, vocabulary: Vocabulary | None = None) -> None:
        self.relations = relations
        self.vocab = vocabulary or Vocabulary()
        rel, keys = relations.rel, relations.keys
        # term key -> [(related key, weight)] for widening queries in each direction
        self._fwd = {
            keys[s]: [(keys[o], float(rel[s, o])) for o in np.nonzero(rel[s] >= EXPANSION_FLOOR)[0] if o != s]
            for s in range(len(keys))
        }
        self._bwd = {
            keys[o]: [
                (keys[s], float(rel[s, o])) for s in np.nonzero(rel[:, o] >= EXPANSION_FLOOR)[0] if s != o
            ]
            for o in range(len(keys))
        }
        self.offer_index: BM25 | None = None
        self.seek_index: BM25 | None = None

    def fit(self, records: Sequence[Record]) -> None:
        encoded = [self._encoded(r) for r in records]
        offer = [o for o, _ in encoded]
        seek = [s for _, s in encoded]
        self.offer_index = BM25(offer, len(self.vocab))
        self.seek_index = BM25(seek, len(self.vocab))

    def _encoded(self, record: Record) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
        # Cached on the record: a rebuild after one change re-encodes nothing else.
        cached = record.cache.get(("bm25", id(self.vocab)))
        if cached is None:
            cached = record.cache[("bm25", id(self.vocab))] = (
                self.vocab.encode(record.offer_doc),
                self.vocab.encode(record.seek_doc),
            )
        return cached

    def _query(
        self, doc: dict[str, int], expansions: dict[str, list[tuple[str, float]]], damp: set[str]
    ) -> dict[int, float]:
        weights: dict[str, float] = {}
        for token in doc:
            base = CONTEXT_SEEK_WEIGHT * 1.6 if token in damp else 1.0
            weights[token] = max(weights.get(token, 0.0), base)
            if token.startswith(TERM_PREFIX):
                for other, w in expansions.get(token[len(TERM_PREFIX) :], ()):
                    key = TERM_PREFIX + other
                    weights[key] = max(weights.get(key, 0.0), base * w)
        out: dict[int, float] = {}
        for token, w in weights.items():
            tid = self.vocab.lookup(token)
            if tid is not None:
                out[tid] = w
        return out

    def scores(self, query: Record) -> tuple[np.ndarray, np.ndarray]:
        assert self.offer_index is not None and self.seek_index is not None, "fit() first"
        damp = (
            {TERM_PREFIX + k for k in query.sets.seek if self.relations.is_context(k)}
            if any(not self.relations.is_context(k) for k in query.sets.seek)
            else set()
        )
        fwd = self.offer_index.scores(self._query(query.seek_doc, self._fwd, damp))
        bwd = self.seek_index.scores(self._query(query.offer_doc, self._bwd, set()))
        return _normalise(fwd), _normalise(bwd)


class EmbeddingBackend:
    """Cosine similarity of sentence embeddings (offering vs seeking texts).

    `model` is a sentence-transformers model name or local path (nothing is downloaded
    unless the user's own Hugging Face settings allow it; set HF_HUB_OFFLINE=1 to be sure),
    or any object with sentence-transformers' `encode(texts, normalize_embeddings=True)`.
    """

    def __init__(self, model: str | Encoder) -> None:
        if isinstance(model, str):
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:  # optional dependency
                raise RuntimeError("the embedding backend needs the 'sentence-transformers' package") from exc
            model = SentenceTransformer(model)
        self.model = model
        self.offer = np.zeros((0, 1), dtype=np.float32)
        self.seek = np.zeros((0, 1), dtype=np.float32)

    def _encode(self, texts: list[str]) -> np.ndarray:
        vecs = self.model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(vecs, dtype=np.float32)

    @staticmethod
    def _texts(record: Record) -> tuple[str, str]:
        p = record.profile
        offer = " ".join(x for x in (p.offering_text, p.description, " ".join(p.tags_offering)) if x)
        seek = " ".join(x for x in (p.seeking_text, " ".join(p.tags_seeking)) if x)
        return offer or p.name or p.id, seek or p.name or p.id

    def fit(self, records: Sequence[Record]) -> None:
        pairs = [self._texts(r) for r in records]
        self.offer = self._encode([o for o, _ in pairs])
        self.seek = self._encode([s for _, s in pairs])

    def scores(self, query: Record) -> tuple[np.ndarray, np.ndarray]:
        offer, seek = self._encode(list(self._texts(query)))
        fwd = np.clip(self.offer @ seek, 0.0, 1.0)
        bwd = np.clip(self.seek @ offer, 0.0, 1.0)
        return fwd, bwd
