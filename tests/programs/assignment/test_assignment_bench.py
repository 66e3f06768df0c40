"""`biobridge review bench` runs the required round and reports both solvers."""

from __future__ import annotations

from biobridge.cli import main


def test_bench_prints_exact_and_greedy_side_by_side(capsys):
    # A smaller round keeps the suite quick; `biobridge review bench` runs 2,000 x 300.
    assert main(["review", "bench", "--seed", "1", "--applications", "400", "--reviewers", "60"]) == 0
    out = capsys.readouterr().out
    assert "400 applications x 60 reviewers x 3 reviews, 5% conflicts" in out
    assert "exact (min-cost max-flow)" in out and "greedy baseline" in out
    assert "greedy / optimal affinity: 0.9" in out
    assert out.count("checks: all rules hold for both") == 2
