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
# The gap polish starts from a good hint and needs large-neighbourhood search to improve it;
# CP-SAT only runs its LNS workers in a portfolio of several. Measured on B2B forum-13 (same
# hint, 30 s): 2 workers (no LNS) stay at 7 gaps with bound 0, 8 workers reach 0 in 4 s. The
# workers interleave on a 2-core machine; the wall-clock limit still holds.
GAP_WORKERS = 8


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


def _solve(
    model: cp_model.CpModel, deadline: float, seed: int, *, workers: int = 2, log: bool = False
) -> tuple[cp_model.CpSolver, int]:
    """Solve until `deadline` (perf_counter); building the model counts against the budget."""
    solver = cp_model.CpSolver()
    seconds = deadline - time.perf_counter()
    if seconds < 0.05:
        return solver, cp_model.UNKNOWN
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    solver.parameters.log_search_progress = log
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


def _gap_model(c: Compiled, slot_of: list[int]) -> tuple[cp_model.CpModel, dict]:
    """The exact idle-gap model for the meeting set of `slot_of` (see `cpsat_gaps`)."""
    model = cp_model.CpModel()
    meetings = [m for m, s in enumerate(slot_of) if s >= 0]
    x, by_ps, _ = _placement_vars(model, c, meetings)
    per_m: dict[int, list] = {}
    for (m, _s), v in x.items():
        per_m.setdefault(m, []).append(v)
    for vs in per_m.values():
        model.add_exactly_one(vs)
    reach = [0] * len(c.avail)  # slots where p may have a meeting
    count = [0] * len(c.avail)
    for m in meetings:
        for p in c.parts[m]:
            reach[p] |= c.feas[m]
            count[p] += 1
    worst = model.new_int_var(0, c.n_slots, "worst")
    total = []
    for p in range(len(c.avail)):
        mine = _exact_gaps_of(model, c, p, by_ps, reach[p]) if count[p] >= 2 else []
        if mine:
            total.extend(mine)
            model.add(worst >= sum(mine))
    model.minimize(sum(total) * WEIGHT + WORST * worst)
    return model, x


def _read(solver: cp_model.CpSolver, x: dict, n: int) -> list[int]:
    out = [-1] * n
    for (m, s), v in x.items():
        if solver.value(v):
            out[m] = s
    return out


def cpsat_gaps(
    c: Compiled,
    slot_of: list[int],
    deadline: float,
    *,
    seed: int = 0,
    log: bool = False,
) -> tuple[list[int] | None, int]:
    """Re-time the scheduled meetings (same set) to minimise the exact idle-gap total.

    Slot-indexed model, no table variables (tables are interchangeable; only per-slot counts
    matter): x[m, s] places meeting m in slot s; for each participant p, used[p, s] = their
    meetings in s; before[p, s] / after[p, s] are monotone "p has a meeting at or before /
    at or after s on that day"; an available slot s is an idle gap of p when before[s-1] and
    after[s+1] hold and used[s] does not. Only the lower side of each indicator is needed
    because the objective pushes them down. Objective: WEIGHT * total + worst participant.
    Warm-started from `slot_of` with hints and run with GAP_WORKERS so that CP-SAT's LNS
    workers take part. Measured in the full pipeline (10 s, B2B forum-13 / forum-13crafc /
    ticf-13crafa, loaded 2-core machine): this form 0/14/3 and 0/7/1 gaps in two runs; the
    previous span form (first/last meeting as ranks, gaps >= last - first + 1 - meetings)
    with the same 8 workers 4/16/9 and 5/10/3; both together 10/14/0. From a poor 1-s hint
    the span form did better, so neither dominates; the slot-indexed form is kept because it
    reached forum-13's 0 every time. Returns (slot per meeting or None, proven lower bound on
    the total idle gaps for this meeting set)."""
    model, x = _gap_model(c, slot_of)
    for (m, s), v in x.items():
        model.add_hint(v, slot_of[m] == s)
    solver, status = _solve(model, deadline, seed, workers=GAP_WORKERS, log=log)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None, 0
    return _read(solver, x, len(slot_of)), int(solver.best_objective_bound) // WEIGHT


def _exact_gaps_of(model: cp_model.CpModel, c: Compiled, p: int, by_ps: dict, reach: int) -> list:
    """Idle gaps of participant p, one linear expression per day (see `cpsat_gaps`).

    before[s] / after[s] are the monotone closures of used[] over the day; when p meets
    somebody that day, every slot is at or after the first meeting or at or before the last,
    so the slot is inside the span exactly when before + after = 2, and
    gaps = sum over p's available slots of (before + after) - |available| - meetings.
    With no meeting that day all terms are 0 (`active` = before at the day's last slot)."""
    out = []
    for day in c.day_masks:
        day_slots = bits(day)
        if (reach & day).bit_count() < 2:
            continue
        used: dict[int, object] = {}
        for s in day_slots:
            vs = by_ps.get((p, s))
            if vs:
                if len(vs) == 1:
                    used[s] = vs[0]
                else:
                    u = model.new_bool_var("")
                    model.add(u == sum(vs))
                    used[s] = u

        before = _closure(model, used, day_slots)
        after = _closure(model, used, day_slots[::-1])
        active = before[day_slots[-1]]
        avail = [s for s in day_slots if c.avail[p] >> s & 1]
        terms = [v for s in avail for v in (before[s], after[s]) if v is not None]
        g = model.new_int_var(0, len(avail), "")
        model.add(g == sum(terms) - len(avail) * active - sum(used.values()))
        out.append(g)
    return out


def _closure(model: cp_model.CpModel, used: dict[int, object], order: list[int]) -> dict:
    """Per slot in `order`: a literal for "used somewhere up to here" (None before the first
    slot that p can use), exact: cur = prev or used[s]."""
    res: dict[int, object] = {}
    prev = None
    for s in order:
        u = used.get(s)
        if u is None:
            cur = prev
        elif prev is None:
            cur = u
        else:
            cur = model.new_bool_var("")
            model.add_implication(prev, cur)
            model.add_implication(u, cur)
            model.add_bool_or([prev, u, cur.Not()])
        res[s] = cur
        prev = cur
    return res
