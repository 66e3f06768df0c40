"""A BM25 index over concept tokens, stored as one sparse matrix of term weights.

Rows are documents, columns vocabulary ids; a query is a weighted list of token ids and
scoring is one sparse matrix–vector product over just the query's columns, which keeps a
query over 50,000 profiles in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

K1 = 1.2
B = 0.75


class BM25:
    def __init__(self, docs: Sequence[tuple[np.ndarray, np.ndarray]], vocab_size: int) -> None:
        """`docs[i]` = (token ids, term frequencies) of document i."""
        n = len(docs)
        lengths = np.array([float(tf.sum()) for _, tf in docs], dtype=np.float64)
        self.avgdl = float(lengths.mean()) if n and lengths.sum() else 1.0
        indptr = np.zeros(n + 1, dtype=np.int64)
        indptr[1:] = np.cumsum([len(ids) for ids, _ in docs])
        cols = np.concatenate([ids for ids, _ in docs]) if n else np.zeros(0, dtype=np.int64)
        tfs = np.concatenate([tf for _, tf in docs]).astype(np.float64) if n else np.zeros(0)
        df = np.bincount(cols, minlength=vocab_size).astype(np.float64)
        self.idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5))
        row_len = np.repeat(lengths, np.diff(indptr))
        weights = tfs * (K1 + 1) / (tfs + K1 * (1 - B + B * row_len / self.avgdl))
        weights *= self.idf[cols] if len(cols) else 1.0
        matrix = sparse.csr_matrix((weights.astype(np.float32), cols, indptr), shape=(n, vocab_size))
        self.matrix = matrix.tocsc()  # column slicing is what queries do
        self.n = n

    def scores(self, query: dict[int, float]) -> np.ndarray:
        """BM25 score of every document for a weighted bag of token ids."""
        ids = [i for i in query if i < self.matrix.shape[1]]
        if not ids or not self.n:
            return np.zeros(self.n, dtype=np.float32)
        sub = self.matrix[:, ids]
        return np.asarray(sub @ np.array([query[i] for i in ids], dtype=np.float32)).ravel()
