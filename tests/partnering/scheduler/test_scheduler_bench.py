"""The bench command end to end on the small preset (slow: it runs CP-SAT and a re-run)."""

from __future__ import annotations

import pytest

from biobridge.cli import main
from biobridge.partnering.scheduler.generator import generate, perturb

pytestmark = []


def test_generator_is_reproducible_and_shaped_as_documented():
    a = generate(400, 1000, days=2, slots_per_day=6, tables=50, seed=4)
    assert a == generate(400, 1000, days=2, slots_per_day=6, tables=50, seed=4)
    assert len(a["meetings"]) == 1000 and len(a["slots"]) == 12
    sizes = [len(m["participants"]) for m in a["meetings"]]
    assert 2 in sizes and 3 in sizes
    degree: dict[str, int] = {}
    for m in a["meetings"]:
        for p in m["participants"]:
            degree[p] = degree.get(p, 0) + 1
    assert max(degree.values()) > 12  # heavy tail: someone is asked more often than there are slots
    b = perturb(a, fraction=0.03, seed=4)
    assert len(b["meetings"]) == 1000 and b["meetings"] != a["meetings"]


@pytest.mark.slow
def test_bench_small_prints_every_method(capsys):
    assert main(["schedule", "bench", "--sizes", "small", "--time-limit", "2"]) == 0
    out = capsys.readouterr().out
    for method in ("ours", "first-fit", "cp-sat", "re-run 1%"):
        assert f"small       {method}" in out
