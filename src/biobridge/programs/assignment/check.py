"""Independent check of a result against its instance: the benchmark and tests use it."""

from __future__ import annotations

import math
from collections import Counter

from biobridge.programs.assignment.model import Instance, Result


def violations(instance: Instance, result: Result) -> list[str]:
    """Every broken rule of contract 2, as readable lines; empty when the result is valid."""
    problems: list[str] = []
    capacity = {r.id: r.capacity for r in instance.reviewers}
    reviews = {a.id: a.reviews for a in instance.applications}
    pairs = [(a.reviewer, a.application) for a in result.assignments]
    for pair, n in Counter(pairs).items():
        if n > 1:
            problems.append(f"{pair} assigned {n} times")
    for pair in pairs:
        if pair in instance.conflicts:
            problems.append(f"{pair} is a conflict")
        if pair[0] not in capacity or pair[1] not in reviews:
            problems.append(f"{pair} names an unknown reviewer or application")
    load = Counter(r for r, _ in pairs)
    problems += [f"reviewer {r} over capacity: {n}" for r, n in load.items() if n > capacity.get(r, 0)]
    got = Counter(a for _, a in pairs)
    problems += [f"application {a} over-reviewed: {n}" for a, n in got.items() if n > reviews.get(a, 0)]
    short = [a.id for a in instance.applications if got[a.id] < a.reviews]
    if list(result.short) != short:
        problems.append(f"short is {list(result.short)}, should be {short}")
    total = math.fsum(instance.score(r, a) for r, a in pairs)
    if abs(total - result.total_affinity) > 1e-6 * max(1.0, abs(total)):
        problems.append(f"total_affinity {result.total_affinity} != {total}")
    return problems
