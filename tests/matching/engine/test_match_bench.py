"""A small `biobridge match bench` run: figures present and quality well above the baseline."""

from __future__ import annotations

import json

from biobridge.cli import main
from biobridge.matching.engine.generator import generate


def test_generator_is_deterministic_and_plants_partners():
    a, b = generate(500, 3), generate(500, 3)
    assert [p.offering_text for p in a.profiles] == [p.offering_text for p in b.profiles]
    assert len(a.profiles) == 500
    assert a.truth and all(a.truth.values())
    ids = {p.id for p in a.profiles}
    assert all(q in ids and parts <= ids for q, parts in a.truth.items())


def test_bench_small_run_beats_baseline(capsys):
    assert (
        main(["match", "bench", "--n", "2000", "--queries", "80", "--latency-queries", "30", "--json"]) == 0
    )
    figures = json.loads(capsys.readouterr().out)
    assert figures["n"] == 2000
    assert figures["p95_ms"] < 200
    assert figures["recall@10"] >= 1.5 * figures["baseline_recall@10"]
    assert figures["recall@10"] > 0.5
