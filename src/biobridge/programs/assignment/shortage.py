"""Fewest `short` applications when reviews run out (objective levels 2 and 3).

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
open region is small enough, CP-SAT (cpsat.py), hinted with it, maximises the number of complete
applications outside S and then their affinity (two solves, so no big-M mixes the
levels) and proves both optimal. Otherwise the heuristic's answer is returned with
`proven_optimal=False`: it still assigns the maximum number of reviews, exactly, and
its count of short applications is proven when it meets `completion_bound`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import breadth_first_order

from biobridge.programs.assignment.completion import Region, complete_in_order, open_region
from biobridge.programs.assignment.solve import Network

# CP-SAT gets the open region only if it has at most this many arcs per second of
# `time_limit` (20,000 at the default 10 s): beyond that, building the model alone eats
# the budget and the search rarely beats the flow heuristic. A caller who wants a better
# tight answer for a mid-sized region passes a longer time limit.
CP_SAT_ARCS_PER_SECOND = 2_000


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
    guess = complete_in_order(region, limit=bound)
    out = used.copy()
    out[open_arcs] = guess
    if open_arcs.size > CP_SAT_ARCS_PER_SECOND * time_limit:
        return Outcome(out, _key(region, guess)[0] == bound, False)
    # Imported here: loading CP-SAT costs more than the whole flow on big instances.
    from biobridge.programs.assignment.cpsat import solve_open_region

    guess_full = _key(region, guess)[0]
    solution, level2, level3 = solve_open_region(region, guess, guess_full, bound, time_limit)
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


def completion_bound(region: Region) -> int:
    """At most this many open applications can be complete: fewest-needed first, within
    the open capacity, skipping those with fewer allowed open reviewers than they need."""
    degree = np.bincount(region.head, minlength=len(region.need))
    apps = region.applications[degree[region.applications] >= region.need[region.applications]]
    needs = np.sort(region.need[apps])
    capacity = int(region.capacity[region.reviewers].sum())
    return int(np.searchsorted(np.cumsum(needs), capacity, side="right"))
