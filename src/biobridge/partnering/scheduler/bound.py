"""A proven upper bound on how many meetings any schedule can hold.

Three relaxations, the bound is the smallest (see docs/decisions/scheduler.md):
1. meetings with at least one feasible slot;
2. per-slot capacity: min(tables, floor(available people / 2), meetings feasible there), summed;
3. an LP: x_e in [0, 1] per meeting, for each participant p the sum of x over p's meetings
   is at most cap_p, the most meetings p can attend (a maximum bipartite matching of p's
   meetings to p's slots), and the sum of all x is at most bound 2.
The LP value is certified through its dual: any y >= 0 on the rows, completed with
z_e = max(0, 1 - sum of y over e's rows), gives a valid bound by weak duality, so
solver tolerances cannot make the bound wrong.
"""

from __future__ import annotations

import math

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import csr_matrix

from .state import Compiled, bits


def participant_cap(c: Compiled, p: int) -> int:
    """Maximum matching of p's meetings to distinct slots: a greedy matching by fewest
    options, completed with Kuhn's augmenting paths. Slots seen by a failed search stay
    unreachable until the next success, so failures cost O(slots) in all."""
    ms = [m for m in c.meetings_of[p] if c.feas[m]]
    if len(ms) <= 1:
        return len(ms)
    ms.sort(key=lambda m: c.feas[m].bit_count())
    owner: dict[int, int] = {}
    used, left = 0, []
    for m in ms:
        free = c.feas[m] & ~used
        if free:
            s = (free & -free).bit_length() - 1
            used |= 1 << s
            owner[s] = m
        else:
            left.append(m)
    count, seen = len(owner), set()
    for m in left:
        if _augment(c, m, owner, seen):
            count += 1
            seen = set()
    return count


def _augment(c: Compiled, m: int, owner: dict[int, int], seen: set[int]) -> bool:
    for s in bits(c.feas[m]):
        if s in seen:
            continue
        seen.add(s)
        if s not in owner or _augment(c, owner[s], owner, seen):
            owner[s] = m
            return True
    return False


def slot_counts(masks: list[int], n_slots: int) -> np.ndarray:
    """How many masks have each slot bit set (numpy over 64-bit chunks)."""
    counts = np.zeros(n_slots, dtype=np.int64)
    for base in range(0, n_slots, 64):
        chunk = np.array([(x >> base) & 0xFFFFFFFFFFFFFFFF for x in masks], dtype=np.uint64)
        bits_ = np.unpackbits(chunk.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")
        width = min(64, n_slots - base)
        counts[base : base + width] = bits_.sum(axis=0, dtype=np.int64)[:width]
    return counts


def slot_capacity_bound(c: Compiled) -> int:
    meetings = slot_counts(c.feas, c.n_slots)
    people = slot_counts(c.avail, c.n_slots)
    return int(sum(min(c.tables[s], int(people[s]) // 2, int(meetings[s])) for s in range(c.n_slots)))


def upper_bound(c: Compiled, *, use_lp: bool = True) -> int:
    feasible = [m for m, f in enumerate(c.feas) if f]
    b1 = len(feasible)
    b2 = slot_capacity_bound(c)
    best = min(b1, b2)
    if not use_lp or best == 0:
        return best
    return min(best, _lp_bound(c, feasible, participant_caps(c), b2))


def participant_caps(c: Compiled) -> list[int]:
    """`participant_cap` for everybody, skipping the matching where Hall's condition holds
    trivially: if each of p's d feasible meetings has at least d feasible slots, a greedy
    always finds a free one, so cap = d (most participants of a large event)."""
    n = len(c.participant_ids)
    deg = [0] * n
    fewest = [1 << 30] * n
    for f, ps in zip(c.feas, c.parts, strict=True):
        if f:
            k = f.bit_count()
            for p in ps:
                deg[p] += 1
                if k < fewest[p]:
                    fewest[p] = k
    return [participant_cap(c, p) if fewest[p] < deg[p] else deg[p] for p in range(n)]


def _lp_bound(c: Compiled, feasible: list[int], caps: list[int], total_cap: int) -> int:
    # Only rows that can bind: a participant whose cap is below their feasible degree.
    deg = [0] * len(caps)
    for m in feasible:
        for p in c.parts[m]:
            deg[p] += 1
    rows = [p for p in range(len(caps)) if caps[p] < deg[p]]
    if not rows:
        return len(feasible)
    row_of = {p: i for i, p in enumerate(rows)}
    r_idx, c_idx = [], []
    for j, m in enumerate(feasible):
        for p in c.parts[m]:
            if p in row_of:
                r_idx.append(row_of[p])
                c_idx.append(j)
        r_idx.append(len(rows))  # the total-capacity row
        c_idx.append(j)
    n = len(feasible)
    a = csr_matrix((np.ones(len(r_idx)), (r_idx, c_idx)), shape=(len(rows) + 1, n))
    rhs = np.array([caps[p] for p in rows] + [total_cap], dtype=float)
    res = linprog(-np.ones(n), A_ub=a, b_ub=rhs, bounds=(0, 1), method="highs")
    if res.status != 0:
        return len(feasible)
    y = np.maximum(0.0, -np.asarray(res.ineqlin.marginals))
    z = np.maximum(0.0, 1.0 - a.T @ y)
    dual = float(rhs @ y + z.sum())
    return min(len(feasible), math.floor(dual + 1e-5))  # slack covers float summation error
