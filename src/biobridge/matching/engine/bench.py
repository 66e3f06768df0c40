"""`biobridge match bench`: build time, query latency, memory and quality on a synthetic
directory (see `generator.py`), against a plain TF-IDF baseline in the same run.

Quality: for each query with planted partners, recall@10 (share of its planted partners in
the top 10) and nDCG@10 (binary relevance), averaged. The baseline is TF-IDF cosine over
the raw text of all fields (the shared analyser's morphemes and words, no bridge, no
taxonomy), query = the query profile's whole text; both exclude the query itself.
"""

from __future__ import annotations

import json
import math
import os
import random
import resource
import time
from collections import Counter

import numpy as np
from scipy import sparse

from biobridge.common.korean import terms_batch
from biobridge.matching.engine.generator import generate
from biobridge.matching.engine.index import MatchIndex
from biobridge.matching.engine.profile import Profile
from biobridge.matching.engine.text import default_bridge

TARGETS = {"build_s": 60.0, "p95_ms": 50.0, "rss_mb": 1536.0, "recall_ratio": 1.5}


def _full_text(p: Profile) -> str:
    return " ".join([p.offering_text, p.seeking_text, p.description, *p.tags_offering, *p.tags_seeking])


class TfidfBaseline:
    """Cosine similarity of L2-normalised TF-IDF vectors of the raw text."""

    def __init__(self, profiles: list[Profile]) -> None:
        docs = terms_batch([_full_text(p) for p in profiles])
        vocab: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for i, doc in enumerate(docs):
            for tok, tf in Counter(doc).items():
                rows.append(i)
                cols.append(vocab.setdefault(tok, len(vocab)))
                vals.append(float(tf))
        matrix = sparse.csr_matrix((vals, (rows, cols)), shape=(len(profiles), len(vocab)), dtype=np.float32)
        df = np.bincount(matrix.indices, minlength=len(vocab))
        idf = np.log((1 + len(profiles)) / (1 + df)) + 1.0
        matrix = matrix.multiply(idf.astype(np.float32)).tocsr()
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        self.matrix = sparse.diags(1.0 / norms).dot(matrix).tocsr()
        self.ids = [p.id for p in profiles]
        self.pos = {pid: i for i, pid in enumerate(self.ids)}

    def top(self, pid: str, k: int) -> list[str]:
        i = self.pos[pid]
        scores = np.asarray((self.matrix @ self.matrix[i].T).todense()).ravel()
        scores[i] = -1.0
        best = np.argpartition(-scores, k)[: k + 1]
        ordered = sorted(best, key=lambda j: (-scores[j], self.ids[j]))
        return [self.ids[j] for j in ordered if j != i][:k]


def _recall_ndcg(ranked: list[str], truth: set[str], k: int = 10) -> tuple[float, float]:
    hits = [1.0 if pid in truth else 0.0 for pid in ranked[:k]]
    dcg = sum(h / math.log2(r + 2) for r, h in enumerate(hits))
    ideal = sum(1.0 / math.log2(r + 2) for r in range(min(len(truth), k)))
    return sum(hits) / len(truth), dcg / ideal if ideal else 0.0


def _ratio(ours: float, base: float) -> float | str:
    if base > 0:
        return round(ours / base, 2)
    return "inf" if ours > 0 else 1.0


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def measure(n: int, seed: int, queries: int, latency_queries: int) -> dict:
    t0 = time.perf_counter()
    directory = generate(n, seed)
    gen_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    default_bridge()  # once per process: Kiwi + taxonomy/word-list phrase tables
    bridge_s = time.perf_counter() - t0

    t0, c0 = time.perf_counter(), time.process_time()
    index = MatchIndex.build(directory.profiles)
    index.prepare()
    build_s, build_cpu = time.perf_counter() - t0, time.process_time() - c0

    rng = random.Random(seed)
    ids = [p.id for p in directory.profiles]
    latencies, cpu_latencies = [], []
    for pid in rng.sample(ids, min(latency_queries, len(ids))):
        t, c = time.perf_counter(), time.process_time()
        index.recommend(pid, top=20)
        latencies.append((time.perf_counter() - t) * 1000)
        cpu_latencies.append((time.process_time() - c) * 1000)

    quality_ids = sorted(directory.truth)
    quality_ids = rng.sample(quality_ids, min(queries, len(quality_ids)))
    ours = [
        _recall_ndcg([s.id for s in index.recommend(q, top=10, explain_reasons=False)], directory.truth[q])
        for q in quality_ids
    ]
    rss_ours = _rss_mb()

    t0 = time.perf_counter()
    baseline = TfidfBaseline(directory.profiles)
    base_build = time.perf_counter() - t0
    base = [_recall_ndcg(baseline.top(q, 10), directory.truth[q]) for q in quality_ids]

    def mean(values: list[tuple[float, float]], i: int) -> float:
        return float(np.mean([v[i] for v in values])) if values else 0.0

    recall, ndcg = mean(ours, 0), mean(ours, 1)
    b_recall, b_ndcg = mean(base, 0), mean(base, 1)
    return {
        "n": n,
        "seed": seed,
        "generate_s": round(gen_s, 2),
        "analyser_load_s": round(bridge_s, 2),
        "build_s": round(build_s, 2),
        "build_cpu_s": round(build_cpu, 2),  # all threads; wall time suffers on a shared machine
        "p50_ms": round(float(np.percentile(latencies, 50)), 2),
        "p95_ms": round(float(np.percentile(latencies, 95)), 2),
        "p50_cpu_ms": round(float(np.percentile(cpu_latencies, 50)), 2),
        "p95_cpu_ms": round(float(np.percentile(cpu_latencies, 95)), 2),
        "peak_rss_mb": round(rss_ours, 1),
        "quality_queries": len(quality_ids),
        "recall@10": round(recall, 4),
        "ndcg@10": round(ndcg, 4),
        "baseline_recall@10": round(b_recall, 4),
        "baseline_ndcg@10": round(b_ndcg, 4),
        "recall_ratio": _ratio(recall, b_recall),
        "ndcg_ratio": _ratio(ndcg, b_ndcg),
        "baseline_build_s": round(base_build, 2),
    }


def run_bench(*, n: int, seed: int, queries: int, latency_queries: int, as_json: bool = False) -> int:
    figures = measure(n, seed, queries, latency_queries)
    if as_json:
        print(json.dumps(figures))
        return 0
    f = figures
    lines = [
        f"synthetic directory: {f['n']} organisations, seed {f['seed']} (generated in {f['generate_s']} s)",
        f"analyser load:      {f['analyser_load_s']} s (Kiwi and phrase tables, once per process)",
        f"index build:        {f['build_s']} s wall, {f['build_cpu_s']} s CPU"
        f"   (target <= {TARGETS['build_s']:.0f} s)",
        f"top-20 latency:     p50 {f['p50_ms']} ms, p95 {f['p95_ms']} ms wall"
        f" (CPU p50 {f['p50_cpu_ms']} ms, p95 {f['p95_cpu_ms']} ms)"
        f"   (target p95 <= {TARGETS['p95_ms']:.0f} ms)",
        f"peak memory (RSS):  {f['peak_rss_mb']} MB   (target <= {TARGETS['rss_mb']:.0f} MB)",
        f"quality on {f['quality_queries']} queries with planted partners:",
        f"  recall@10  ours {f['recall@10']:.3f}  baseline TF-IDF {f['baseline_recall@10']:.3f}"
        f"  ratio {f['recall_ratio']}",
        f"  nDCG@10    ours {f['ndcg@10']:.3f}  baseline TF-IDF {f['baseline_ndcg@10']:.3f}"
        f"  ratio {f['ndcg_ratio']}",
    ]
    lines.append(
        f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end of the run"
    )
    print("\n".join(lines))
    return 0
