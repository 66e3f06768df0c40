"""CP-SAT models: the exact/baseline maximiser and the gap minimiser with the meeting set fixed.

Both are time-limited and warm-started from a heuristic schedule through hints. They are
used where they pay: small instances (the B2B benchmark) and the bench's baseline.
"""

from __future__ import annotations

import time

from ortools.sat.python import cp_model

from .state import Compiled, bits

PRIO_SCALE = 1000  # CP-SAT needs integer objective coefficients
WEIGHT = 1000  # total gaps first; the worst participant breaks ties
WORST = 1


def _placement_vars(
    model: cp_model.CpModel, c: Compiled, meetings: list[int]
) -> tuple[dict[tuple[int, int], cp_model.IntVar], dict[tuple[int, int], list], list[list]]:
    x: dict[tuple[int, int], cp_model.IntVar] = {}
    by_ps: dict[tuple[int, int], list] = {}
    by_slot: list[list] = [[] for _ in range(c.n_slots)]
    for m in meetings:
        for s in bits(c.feas[m]):
            v = model.new_bool_var("")
            x[m, s] = v
            by_slot[s].append(v)
            for p in c.parts[m]:
                by_ps.setdefault((p, s), []).append(v)
    for vs in by_ps.values():
        if len(vs) > 1:
            model.add_at_most_one(vs)
    for s, vs in enumerate(by_slot):
        if len(vs) > c.tables[s]:
            model.add(sum(vs) <= c.tables[s])
    return x, by_ps, by_slot


def _solve(model: cp_model.CpModel, deadline: float, seed: int) -> tuple[cp_model.CpSolver, int]:
    """Solve until `deadline` (perf_counter); building the model counts against the budget."""
    solver = cp_model.CpSolver()
    seconds = deadline - time.perf_counter()
    if seconds < 0.05:
        return solver, cp_model.UNKNOWN
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = 2
    solver.parameters.random_seed = seed
    return solver, solver.solve(model)


def cpsat_max(
    c: Compiled, hint: list[int] | None, deadline: float, *, seed: int = 0
) -> tuple[list[int], bool]:
    """Maximise total priority. Returns (slot per meeting, proven optimal)."""
    model = cp_model.CpModel()
    meetings = [m for m, f in enumerate(c.feas) if f]
    x, _, _ = _placement_vars(model, c, meetings)
    per_m: dict[int, list] = {}
    for (m, s), v in x.items():
        per_m.setdefault(m, []).append(v)
        if hint is not None:
            model.add_hint(v, hint[m] == s)
    for vs in per_m.values():
        model.add_at_most_one(vs)
    model.maximize(sum(round(c.prio[m] * PRIO_SCALE) * v for (m, _), v in x.items()))
    solver, status = _solve(model, deadline, seed)
    slot_of = [-1] * len(c.feas)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        for (m, s), v in x.items():
            if solver.value(v):
                slot_of[m] = s
    elif hint is not None:
        slot_of = list(hint)
    return slot_of, status == cp_model.OPTIMAL


def cpsat_gaps(c: Compiled, slot_of: list[int], deadline: float, *, seed: int = 0) -> list[int] | None:
    """Re-time the scheduled meetings (same set) to minimise S * total gaps + worst participant.

    Per participant and day: first and last meeting as positions among the participant's
    available slots of that day, so gaps = last - first + 1 - meetings that day. This span
    form is far tighter for the solver than per-slot gap indicators."""
    model = cp_model.CpModel()
    meetings = [m for m, s in enumerate(slot_of) if s >= 0]
    x, _, _ = _placement_vars(model, c, meetings)
    per_m: dict[int, list] = {}
    per_p: dict[int, list] = {}
    for (m, s), v in x.items():
        per_m.setdefault(m, []).append(v)
        model.add_hint(v, slot_of[m] == s)
        for p in c.parts[m]:
            per_p.setdefault(p, []).append((s, v))
    for vs in per_m.values():
        model.add_exactly_one(vs)
    n_meet: dict[int, int] = {}
    for m in meetings:
        for p in c.parts[m]:
            n_meet[p] = n_meet.get(p, 0) + 1
    worst = model.new_int_var(0, c.n_slots, "worst")
    total = []
    for p, n in n_meet.items():
        if n >= 2:
            mine = [g for day in c.day_masks for g in _day_gaps(model, c, p, day, per_p[p])]
            total.extend(mine)
            model.add(worst >= sum(mine))
    model.minimize(sum(total) * WEIGHT + WORST * worst)
    solver, status = _solve(model, deadline, seed)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    out = [-1] * len(slot_of)
    for (m, s), v in x.items():
        if solver.value(v):
            out[m] = s
    return out


def _day_gaps(model: cp_model.CpModel, c: Compiled, p: int, day: int, placed: list) -> list:
    """Gap count of p on one day (empty list if p can have at most one meeting that day)."""
    mine = [(s, v) for s, v in placed if day >> s & 1]
    rank = {s: i for i, s in enumerate(bits(day & c.avail[p]))}
    if len({s for s, _ in mine}) < 2:
        return []
    k = len(rank)
    first = model.new_int_var(0, k - 1, "")
    last = model.new_int_var(0, k - 1, "")
    active = model.new_bool_var("")
    for s, v in mine:
        model.add(first <= rank[s]).only_enforce_if(v)
        model.add(last >= rank[s]).only_enforce_if(v)
        model.add_implication(v, active)
    gaps = model.new_int_var(0, k, "")
    model.add(gaps >= last - first + 1 - sum(v for _, v in mine)).only_enforce_if(active)
    return [gaps]
