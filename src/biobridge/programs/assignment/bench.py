"""`biobridge review bench`: the exact solver against a greedy baseline on generated rounds.

The required round is 2,000 applications x 300 reviewers x 3 reviews, 5% conflicts,
capacity 1.25x the reviews asked for (generator.py documents the shape). A second,
tight round (capacity 0.9x) shows the fewest-short step, where the greedy strands more
applications. The exact time covers everything after the JSON-shaped instance exists:
validation (parse_instance), building the network and the solve(s). Generation stands
in for reading a file and is shown separately.
"""

from __future__ import annotations

import time

from biobridge.programs.assignment.check import violations
from biobridge.programs.assignment.generator import SLACK, generate
from biobridge.programs.assignment.greedy import assign_greedy
from biobridge.programs.assignment.model import Result, parse_instance
from biobridge.programs.assignment.solve import assign

APPLICATIONS, REVIEWERS, REVIEWS, CONFLICT_RATE = 2000, 300, 3, 0.05
TIGHT_SLACK = 0.9


def run_bench(
    *, seed: int = 0, applications: int = APPLICATIONS, reviewers: int = REVIEWERS, time_limit: float = 10.0
) -> str:
    """Run both rounds and return the report as text."""
    size = f"{applications:,} applications x {reviewers:,} reviewers x {REVIEWS} reviews"
    head = f"review bench, seed {seed}: {size}, {CONFLICT_RATE:.0%} conflicts"
    shape = {"seed": seed, "applications": applications, "reviewers": reviewers}
    rounds = [_round(shape, slack, time_limit) for slack in (SLACK, TIGHT_SLACK)]
    return "\n".join([head, *rounds])


def _round(shape: dict[str, int], slack: float, time_limit: float) -> str:
    start = time.perf_counter()
    data = generate(**shape, reviews=REVIEWS, conflict_rate=CONFLICT_RATE, slack=slack)
    generated = time.perf_counter()
    instance = parse_instance(data)
    exact = assign(instance, time_limit=time_limit)
    solved = time.perf_counter()
    greedy = assign_greedy(instance)
    greedy_done = time.perf_counter()
    problems = violations(instance, exact) + violations(instance, greedy)
    pairs = max(1, shape["applications"] * shape["reviewers"])
    capacity = sum(r.capacity for r in instance.reviewers)
    ratio = f"{greedy.total_affinity / exact.total_affinity:.4f}" if exact.total_affinity else "n/a"
    proof = "yes" if exact.proven_optimal else _partial_proof(exact)
    return "\n".join(
        [
            f"\ncapacity {slack:g}x: {capacity:,} for {exact.demand:,} reviews; "
            f"{len(instance.conflicts):,} conflicts ({len(instance.conflicts) / pairs:.1%} of pairs); "
            f"{len(instance.affinity):,} affinity pairs listed ({len(instance.affinity) / pairs:.1%})",
            f"  {'':<26}{'reviews':>8}{'short':>7}{'affinity':>12}{'seconds':>9}",
            _row("exact (min-cost max-flow)", exact, solved - generated),
            _row("greedy baseline", greedy, greedy_done - solved),
            f"  greedy / optimal affinity: {ratio}",
            f"  exact proven optimal: {proof}",
            "  checks: " + ("all rules hold for both" if not problems else "; ".join(problems[:5])),
            f"  (exact: validation + network + solve; generation {generated - start:.2f} s not counted)",
        ]
    )


def _row(name: str, result: Result, seconds: float) -> str:
    figures = f"{result.assigned:>8,}{len(result.short):>7,}{result.total_affinity:>12.3f}{seconds:>9.2f}"
    return f"  {name:<26}{figures}"


def _partial_proof(result: Result) -> str:
    short = "proven (meets the bound)" if result.short_proven else "not proven"
    share = f"{result.total_affinity / result.affinity_bound:.2%}" if result.affinity_bound else "n/a"
    return f"reviews proven; fewest short {short}; affinity not proven, >= {share} of an upper bound"
