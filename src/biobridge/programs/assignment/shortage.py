"""Fewest `short` applications when reviews run out (objective level 2), exactly.

Why a min cut makes this small: take the maximum flow found by the min-cost-flow step
and let S be the nodes reachable from the source in its residual graph. In *every*
maximum flow the arcs leaving S are full and the arcs entering S are empty. Hence
- applications in S are never short (their sink arc leaves S);
- reviewers outside S always give their whole capacity, and only to applications
  outside S; reviewers in S always review every allowed application outside S;
- the part of the flow inside S and the part outside S can be chosen independently.
So only the arcs between reviewers and applications outside S are open, and the
min-cost flow already chose the inside-S part optimally.

Maximising the number of complete applications is knapsack-like in general (no single
flow does it), so: a flow heuristic (completion.py) gives a good answer fast; when the
open region is small enough, CP-SAT, hinted with it, maximises the number of complete
applications outside S and then their affinity (two solves, so no big-M mixes the
levels) and proves both optimal. Otherwise the heuristic's answer is returned with
`proven_optimal=False`: it still assigns the maximum number of reviews, exactly, and
its count of short applications is proven when it meets `completion_bound`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from ortools.sat.python import cp_model
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import breadth_first_order

from biobridge.programs.assignment.completion import Region, complete_in_order, open_region
from biobridge.programs.assignment.solve import Network

# Above this many open arcs CP-SAT rarely improves on the flow heuristic in useful time.
CP_SAT_MAX_ARCS = 20_000


@dataclass(frozen=True, slots=True)
class Outcome:
    used: np.ndarray  # arc mask of the final assignment
    short_proven: bool  # level 2 (fewest short) proven optimal
    affinity_proven: bool  # level 3 (affinity, given levels 1-2) proven optimal


def minimise_short(net: Network, used: np.ndarray, *, time_limit: float) -> Outcome:
    """Re-route the open part of a maximum flow so the fewest applications are short.

    Large open regions get the flow heuristic only (CP-SAT cannot close them in useful
    time); its level 2 still counts as proven when it meets `completion_bound`.
    """
    rev_in_s, app_in_s = source_side(net, used)
    open_arcs = np.nonzero(~rev_in_s[net.tail] & ~app_in_s[net.head])[0]
    fixed_in = np.bincount(net.head[used & rev_in_s[net.tail]], minlength=len(net.reviews))
    region = open_region(net, open_arcs, net.reviews - fixed_in, ~rev_in_s, ~app_in_s, used)
    if open_arcs.size == 0 or region.applications.size == 0:
        return Outcome(used, True, True)
    bound = completion_bound(region)
    guess = complete_in_order(region)
    out = used.copy()
    out[open_arcs] = guess
    if open_arcs.size > CP_SAT_MAX_ARCS:
        return Outcome(out, _key(region, guess)[0] == bound, False)
    x, full, model = _model(region)
    for var, value in zip(x, guess.tolist(), strict=True):
        model.add_hint(var, value)
    guess_full = _key(region, guess)[0]
    gains = region.gain.tolist()
    deadline = time.monotonic() + time_limit
    solution, level2, level3 = _solve_levels(model, x, full, gains, guess_full, bound, deadline)
    if solution is None or _key(region, solution) < _key(region, guess):
        return Outcome(out, guess_full == bound, False)
    out[open_arcs] = solution
    return Outcome(out, level2 or _key(region, solution)[0] == bound, level3)


def source_side(net: Network, used: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Reviewers and applications reachable from the source in the residual graph."""
    n_rev, n_app = len(net.capacity), len(net.reviews)
    given = np.bincount(net.tail[used], minlength=n_rev)
    rev_nodes, app_nodes = 1 + net.tail, 1 + n_rev + net.head
    # Residual arcs: source -> reviewer with spare capacity, reviewer -> application on
    # an unused arc, application -> reviewer back along a used arc. The sink is left out:
    # at a maximum flow it is unreachable, and we only need which side each node is on.
    spare = np.nonzero(given < net.capacity)[0]
    tails = np.concatenate([np.zeros(spare.size, dtype=np.int64), rev_nodes[~used], app_nodes[used]])
    heads = np.concatenate([1 + spare, app_nodes[~used], rev_nodes[used]])
    size = 1 + n_rev + n_app
    graph = csr_matrix((np.ones(tails.size, dtype=np.int8), (tails, heads)), shape=(size, size))
    reached = np.zeros(size, dtype=bool)
    reached[breadth_first_order(graph, 0, directed=True, return_predecessors=False)] = True
    return reached[1 : 1 + n_rev], reached[1 + n_rev :]


def _key(region: Region, mask: np.ndarray) -> tuple[int, int]:
    """Objective levels 2 and 3 of an open-arc mask: (full applications, total gain)."""
    got = np.bincount(region.head[mask], minlength=len(region.need))
    full = int((got[region.applications] >= region.need[region.applications]).sum())
    return full, int(region.gain[mask].sum())


def _model(region: Region) -> tuple[list[cp_model.IntVar], list[cp_model.IntVar], cp_model.CpModel]:
    model = cp_model.CpModel()
    x = [model.new_bool_var(f"x{k}") for k in range(region.tail.size)]
    by_rev: dict[int, list[cp_model.IntVar]] = {}
    by_app: dict[int, list[cp_model.IntVar]] = {}
    for var, r, a in zip(x, region.tail.tolist(), region.head.tolist(), strict=True):
        by_rev.setdefault(r, []).append(var)
        by_app.setdefault(a, []).append(var)
    for r in region.reviewers.tolist():
        # Outside S a reviewer's source arc is full in every maximum flow.
        model.add(sum(by_rev.get(r, [])) == int(region.capacity[r]))
    full: list[cp_model.IntVar] = []
    for a, vars_ in by_app.items():
        model.add(sum(vars_) <= int(region.need[a]))
    for a in region.applications.tolist():
        is_full = model.new_bool_var(f"full{a}")
        model.add(sum(by_app.get(a, [])) >= int(region.need[a])).only_enforce_if(is_full)
        full.append(is_full)
    return x, full, model


def completion_bound(region: Region) -> int:
    """At most this many open applications can be complete: fewest-needed first, within
    the open capacity, skipping those with fewer allowed open reviewers than they need."""
    degree = np.bincount(region.head, minlength=len(region.need))
    apps = region.applications[degree[region.applications] >= region.need[region.applications]]
    needs = np.sort(region.need[apps])
    capacity = int(region.capacity[region.reviewers].sum())
    return int(np.searchsorted(np.cumsum(needs), capacity, side="right"))


def _solve_levels(
    model: cp_model.CpModel,
    x: list[cp_model.IntVar],
    full: list[cp_model.IntVar],
    gains: list[int],
    guess_full: int,
    bound: int,
    deadline: float,
) -> tuple[np.ndarray | None, bool, bool]:
    """Level 2 (most complete applications), then level 3 (affinity) keeping level 2.

    Returns the solution (None if CP-SAT found none) and whether each level is proven.
    """
    model.add(sum(full) <= bound)
    best, level2, first = guess_full, True, None
    if guess_full < bound:  # the heuristic may have missed some; ask CP-SAT
        model.maximize(sum(full))
        status, solver = _solve(model, deadline)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return None, False, False
        level2 = status == cp_model.OPTIMAL
        best = round(solver.objective_value)
        first = np.array([solver.value(v) for v in x], dtype=bool)
        model.clear_hints()
        for var, value in zip(x, first.tolist(), strict=True):
            model.add_hint(var, value)
    model.add(sum(full) >= best)
    model.maximize(cp_model.LinearExpr.weighted_sum(x, gains))
    status, solver = _solve(model, deadline)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return first, level2, False
    second = np.array([solver.value(v) for v in x], dtype=bool)
    return second, level2, level2 and status == cp_model.OPTIMAL


def _solve(model: cp_model.CpModel, deadline: float) -> tuple[int, cp_model.CpSolver]:
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.1, deadline - time.monotonic())
    # One worker with the full LP proves these models far faster than the default
    # portfolio on a small machine (0.04 s against > 10 s on a 8 x 14 case), and it is
    # deterministic.
    solver.parameters.num_workers = 1
    solver.parameters.linearization_level = 2
    return solver.solve(model), solver
