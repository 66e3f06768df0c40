"""Reviewer assignment by min-cost max-flow; shortage.py takes over when reviews run out.

Objective, lexicographic (docs/decisions/reviewer-assignment.md):
1. the most reviews assigned in total (a maximum flow; always exact);
2. among those, the fewest applications left `short` (only matters when reviews run out);
3. among those, the largest total affinity (exact whenever nobody is short).

Network: source -> reviewer (capacity = reviewer capacity) -> application (capacity 1,
so at most once; no arc for a conflict) -> sink (capacity = reviews). OR-Tools'
`solve_max_flow_with_min_cost` fixes the flow value at the maximum first and only then
minimises cost, so levels 1 and 3 need no big-M and cannot trade a review for affinity.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from ortools.graph.python import min_cost_flow

from biobridge.programs.assignment.model import Assignment, Instance, Result

# Scores become integer costs at 1e-6 resolution, the precision people write scores in.
SCALE = 1_000_000.0
# Largest integer cost we hand to the solvers: OR-Tools multiplies costs by about the node
# count while scaling, and sums them over the flow; 2**31 keeps both far inside int64.
MAX_COST = 2**31


@dataclass(frozen=True, slots=True)
class Network:
    """The instance in index form: one entry per allowed (reviewer, application) arc."""

    capacity: np.ndarray  # (R,) int64
    reviews: np.ndarray  # (A,) int64
    tail: np.ndarray  # (E,) reviewer index
    head: np.ndarray  # (E,) application index
    score: np.ndarray  # (E,) float64, the given score (0 when missing)
    gain: np.ndarray  # (E,) int64, score scaled to an integer

    @property
    def demand(self) -> int:
        return int(self.reviews.sum())


def assign(instance: Instance, *, time_limit: float = 10.0) -> Result:
    """Assign reviewers to applications optimally (see the module docstring).

    `time_limit` bounds only the CP-SAT step that minimises `short` when reviews run out;
    if it expires (or the open region is too large for CP-SAT), the flow heuristic's
    assignment is returned with `proven_optimal=False`; it still assigns the maximum
    number of reviews, and `short_proven` says whether its `short` count is minimal.
    """
    net = build_network(instance)
    used = solve_flow(net)
    if int(used.sum()) == net.demand:
        return to_result(instance, net, used, short_proven=True, proven_optimal=True, bound=used)
    # Imported here so the common case (enough reviewers) never loads CP-SAT.
    from biobridge.programs.assignment.shortage import minimise_short

    outcome = minimise_short(net, used, time_limit=time_limit)
    # The flow before level 2 has the most affinity of any assignment with as many
    # reviews, so it bounds what the fewest-short assignment can reach.
    return to_result(
        instance,
        net,
        outcome.used,
        short_proven=outcome.short_proven,
        proven_optimal=outcome.affinity_proven,
        bound=used,
    )


def build_network(instance: Instance) -> Network:
    """Index the instance; every non-conflict pair with capacity on both ends is an arc."""
    r_index = {r.id: i for i, r in enumerate(instance.reviewers)}
    a_index = {a.id: j for j, a in enumerate(instance.applications)}
    capacity = np.array([r.capacity for r in instance.reviewers], dtype=np.int64)
    reviews = np.array([a.reviews for a in instance.applications], dtype=np.int64)
    # Dense R x A grids: the arcs are (almost) all pairs anyway, because a missing
    # affinity scores 0 and may still be needed for coverage.
    scores = np.zeros((len(capacity), len(reviews)), dtype=np.float64)
    for (rid, aid), value in instance.affinity.items():
        scores[r_index[rid], a_index[aid]] = value
    allowed = np.outer(capacity > 0, reviews > 0)
    for rid, aid in instance.conflicts:
        allowed[r_index[rid], a_index[aid]] = False
    tail, head = np.nonzero(allowed)
    score = scores[tail, head]
    return Network(capacity, reviews, tail, head, score, _scaled(score))


def _scaled(score: np.ndarray) -> np.ndarray:
    largest = float(np.abs(score).max()) if score.size else 0.0
    scale = SCALE if largest * SCALE <= MAX_COST else MAX_COST / largest
    return np.rint(score * scale).astype(np.int64)


def solve_flow(net: Network) -> np.ndarray:
    """Maximum flow of least cost; returns a boolean mask over the arcs that carry flow."""
    n_rev, n_app = len(net.capacity), len(net.reviews)
    source, sink = 0, 1 + n_rev + n_app
    rev_nodes = 1 + np.arange(n_rev)
    app_nodes = 1 + n_rev + np.arange(n_app)
    smcf = min_cost_flow.SimpleMinCostFlow()
    smcf.add_arcs_with_capacity_and_unit_cost(
        np.full(n_rev, source), rev_nodes, net.capacity, np.zeros(n_rev, dtype=np.int64)
    )
    smcf.add_arcs_with_capacity_and_unit_cost(
        app_nodes, np.full(n_app, sink), net.reviews, np.zeros(n_app, dtype=np.int64)
    )
    first = smcf.num_arcs()
    pair_arcs = smcf.add_arcs_with_capacity_and_unit_cost(
        rev_nodes[net.tail], app_nodes[net.head], np.ones(len(net.tail), dtype=np.int64), -net.gain
    )
    if len(net.tail) == 0:
        return np.zeros(0, dtype=bool)
    # The max-flow variant still needs supplies: it sends as much of them as fits.
    offer = int(min(net.capacity.sum(), net.demand))
    smcf.set_node_supply(source, offer)
    smcf.set_node_supply(sink, -offer)
    status = smcf.solve_max_flow_with_min_cost()
    if status != smcf.OPTIMAL:
        raise RuntimeError(f"min-cost flow failed with status {status}")
    assert pair_arcs[0] == first
    return smcf.flows(pair_arcs) > 0


def to_result(
    instance: Instance,
    net: Network,
    used: np.ndarray,
    *,
    short_proven: bool,
    proven_optimal: bool,
    bound: np.ndarray,
) -> Result:
    """Assignments ordered by application then reviewer, both in instance order."""
    order = np.lexsort((net.tail[used], net.head[used]))
    tails, heads = net.tail[used][order], net.head[used][order]
    reviewers, applications = instance.reviewers, instance.applications
    assignments = tuple(
        Assignment(reviewers[r].id, applications[a].id)
        for r, a in zip(tails.tolist(), heads.tolist(), strict=True)
    )
    received = np.bincount(heads, minlength=len(applications))
    short = tuple(
        app.id for app, got in zip(applications, received.tolist(), strict=True) if got < app.reviews
    )
    # fsum and rounding keep the figure free of float noise (0.1 + 0.2 ...).
    total = _total(net, used)
    return Result(
        assignments,
        total,
        short,
        int(used.sum()),
        net.demand,
        short_proven,
        proven_optimal,
        _total(net, bound),
    )


def _total(net: Network, used: np.ndarray) -> float:
    return round(math.fsum(net.score[used].tolist()), 6)
