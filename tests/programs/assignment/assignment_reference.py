"""Independent exact answers for small instances: a full CP-SAT model and brute force.

Neither shares code with the solver beyond the parsed Instance, so agreement is evidence.
Both return the lexicographic key (reviews assigned, applications short, affinity).
"""

from __future__ import annotations

import itertools
import math
import random
from typing import Any

from ortools.sat.python import cp_model

from biobridge.programs.assignment.model import Instance

SCALE = 1000  # test scores have 3 decimals, so scaled scores are exact integers


def random_instance(rng: random.Random, *, reviewers: int, applications: int) -> dict[str, Any]:
    """Capacities 0-4, reviews 0-3, ~60% of pairs scored in [-0.3, 1], ~15% conflicts."""
    rs = [{"id": f"r{i}", "capacity": rng.randint(0, 4)} for i in range(reviewers)]
    aps = [{"id": f"a{j}", "reviews": rng.randint(0, 3)} for j in range(applications)]
    pairs = [(r["id"], a["id"]) for r in rs for a in aps]
    affinity = [
        {"reviewer": r, "application": a, "score": round(rng.uniform(-0.3, 1.0), 3)}
        for r, a in pairs
        if rng.random() < 0.6
    ]
    conflicts = [{"reviewer": r, "application": a} for r, a in pairs if rng.random() < 0.15]
    return {"reviewers": rs, "applications": aps, "affinity": affinity, "conflicts": conflicts}


def cp_sat_optimum(instance: Instance) -> tuple[int, int, float]:
    """Three CP-SAT solves: most reviews; then fewest short; then most affinity."""
    model = cp_model.CpModel()
    x = {
        (r.id, a.id): model.new_bool_var(f"{r.id}-{a.id}")
        for r in instance.reviewers
        for a in instance.applications
        if (r.id, a.id) not in instance.conflicts
    }
    for r in instance.reviewers:
        model.add(sum(v for (rid, _), v in x.items() if rid == r.id) <= r.capacity)
    short = []
    for a in instance.applications:
        got = sum(v for (_, aid), v in x.items() if aid == a.id)
        model.add(got <= a.reviews)
        is_short = model.new_bool_var(f"short-{a.id}")
        model.add(got >= a.reviews).only_enforce_if(is_short.Not())
        short.append(is_short)
    reviews = sum(x.values())
    score = sum(round(instance.score(r, a) * SCALE) * v for (r, a), v in x.items())
    best_reviews = _optimise(model, reviews, maximise=True)
    model.add(reviews == best_reviews)
    fewest_short = _optimise(model, sum(short), maximise=False)
    model.add(sum(short) == fewest_short)
    best_score = _optimise(model, score, maximise=True)
    return best_reviews, fewest_short, best_score / SCALE


def _optimise(model: cp_model.CpModel, objective: Any, *, maximise: bool) -> int:
    if isinstance(objective, int):  # an empty sum: nothing to choose
        return objective
    model.maximize(objective) if maximise else model.minimize(objective)
    solver = cp_model.CpSolver()
    # The LP relaxation is what proves the fewest-short level quickly.
    solver.parameters.num_workers = 1
    solver.parameters.linearization_level = 2
    assert solver.solve(model) == cp_model.OPTIMAL
    return round(solver.objective_value)


def brute_force_optimum(instance: Instance) -> tuple[int, int, float]:
    """Try every subset of allowed pairs (keep instances to <= 14 allowed pairs)."""
    allowed = [
        (r.id, a.id)
        for r in instance.reviewers
        for a in instance.applications
        if (r.id, a.id) not in instance.conflicts
    ]
    assert len(allowed) <= 14
    capacity = {r.id: r.capacity for r in instance.reviewers}
    best: tuple[int, int, float] | None = None
    for mask in itertools.product((0, 1), repeat=len(allowed)):
        chosen = [p for p, bit in zip(allowed, mask, strict=True) if bit]
        load: dict[str, int] = {}
        got: dict[str, int] = {}
        for r, a in chosen:
            load[r] = load.get(r, 0) + 1
            got[a] = got.get(a, 0) + 1
        if any(load[r] > capacity[r] for r in load):
            continue
        if any(got.get(a.id, 0) > a.reviews for a in instance.applications):
            continue
        short = sum(1 for a in instance.applications if got.get(a.id, 0) < a.reviews)
        score = math.fsum(instance.score(r, a) for r, a in chosen)
        key = (len(chosen), -short, round(score, 9))
        if best is None or key > (best[0], -best[1], best[2]):
            best = (len(chosen), short, round(score, 9))
    assert best is not None
    return best
