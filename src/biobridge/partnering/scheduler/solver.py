"""`solve`: the scheduler's one entry point (CLI, bench and the web console call it).

Pipeline: proven upper bound -> keep still-valid published placements -> scarcity greedy
-> ejection-chain repair -> CP-SAT polish on small instances -> agenda compaction
(local search; CP-SAT with the meeting set fixed on small instances) -> tables.
"""

from __future__ import annotations

import gc
import time

from .bound import upper_bound
from .compact import Compactor, anneal, descend
from .construct import greedy
from .gaps import gap_summary
from .improve import Repair
from .model import Assignment, Instance, Placement, Result
from .polish import cpsat_gaps, cpsat_max
from .reasons import unscheduled_reason
from .state import Compiled, State, compile_instance

CPSAT_PAIRS = 10_000  # feasible (meeting, slot) pairs up to which CP-SAT polishes
ANNEAL_MEETINGS = 5_000  # annealing snapshots the schedule on every new best: small only


def solve(
    instance: Instance,
    *,
    time_limit: float = 60.0,
    previous: dict[str, Placement] | None = None,
    seed: int = 0,
) -> Result:
    """Schedule `instance` within `time_limit` seconds.

    `previous` is the last published assignment (meeting id -> Placement); its placements
    are kept where still valid and not moved to make room for others, and
    `Result.moved` counts those that changed slot or dropped out.
    """
    # The cyclic GC finds nothing here (no reference cycles are built) but scans the ~10^6
    # tuples and ints of a BIO-size instance again and again: a third of a re-run's time.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _solve(instance, time_limit, previous, seed)
    finally:
        if enabled:
            gc.enable()


def _solve(instance: Instance, time_limit: float, previous: dict[str, Placement] | None, seed: int) -> Result:
    t0 = time.perf_counter()
    deadline = t0 + time_limit
    lap = _Laps(t0)
    c = compile_instance(instance)
    lap("compile")
    ub = upper_bound(c)
    lap("bound")
    st = State(c)
    published = _seed_previous(c, st, previous or {})
    greedy(c, st, deadline=t0 + 0.4 * time_limit)
    lap("construct")
    # With mixed priorities a schedule of `ub` meetings may still swap for better ones.
    target = ub if len(set(c.prio)) <= 1 else len(c.prio) + 1
    # Re-runs: published meetings are frozen, so long plateau walks rarely pay; stay fast.
    stall = 3 if published else 30
    Repair(st, seed=seed, frozen=published).run(
        deadline=t0 + 0.6 * time_limit, target=target, max_stall=stall
    )
    small = not published and sum(f.bit_count() for f in c.feas) <= CPSAT_PAIRS
    all_in = all(s >= 0 or not f for s, f in zip(st.slot_of, c.feas, strict=True))
    if small and not all_in and len(st.scheduled()) < target:
        _polish_count(c, st, time.perf_counter() + 0.3 * (deadline - time.perf_counter()), seed)
    lap("repair")  # the meeting set is final from here on
    # Leave time to build the result (~10 us per meeting) so `time_limit` holds.
    finish = deadline - 0.05 * time_limit - 1e-5 * len(c.meeting_ids)
    if published:  # re-runs: deterministic first-improvement, converges in well under a second
        Compactor(st, frozen=published).run(deadline=finish)
    elif len(c.meeting_ids) <= ANNEAL_MEETINGS:
        Compactor(st).run(deadline=finish)
        left = finish - time.perf_counter()
        anneal(st, deadline=time.perf_counter() + (0.7 if small else 1.0) * left, seed=seed)
    else:  # measured: random plateau descent beats systematic sweeps at 9k and 64k meetings
        descend(st, deadline=finish, seed=seed)
    if small:
        _polish_gaps(c, st, deadline - 0.02 * time_limit, seed)
    lap("compact")
    result = _result(c, st, ub, previous or {}, t0)
    lap("result")
    result.stats["stages"] = lap.laps
    result.stats["count_seconds"] = round(
        sum(v for k, v in lap.laps.items() if k not in ("compact", "result")), 3
    )
    return result


class _Laps:
    """Seconds per pipeline stage, reported in Result.stats for profiling runs."""

    def __init__(self, t0: float) -> None:
        self.last, self.laps = t0, {}

    def __call__(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = round(now - self.last, 3)
        self.last = now


def _seed_previous(c: Compiled, st: State, previous: dict[str, Placement]) -> set[int]:
    """Re-place published meetings that are still valid; the ones kept are frozen."""
    midx = {mid: i for i, mid in enumerate(c.meeting_ids)}
    sidx = {sid: i for i, sid in enumerate(c.slot_ids)}
    frozen: set[int] = set()
    items = sorted(
        ((midx[mid], sidx.get(p.slot, -1)) for mid, p in previous.items() if mid in midx),
        key=lambda ms: -c.prio[ms[0]],
    )
    feas, parts, busy = c.feas, c.parts, st.busy
    for m, s in items:  # inline of `st.free_slots(m) >> s & 1`: tens of thousands at BIO size
        if s < 0:
            continue
        bit = 1 << s
        if not feas[m] & bit or st.full & bit:
            continue
        for p in parts[m]:
            if busy[p] & bit:
                break
        else:
            st.assign(m, s)
            frozen.add(m)
    st.commit()
    return frozen


def _polish_count(c: Compiled, st: State, deadline: float, seed: int) -> None:
    slot_of, _ = cpsat_max(c, st.snapshot(), deadline, seed=seed)
    if _priority(c, slot_of) > _priority(c, st.slot_of) + 1e-9:
        st.restore(slot_of)


def _polish_gaps(c: Compiled, st: State, deadline: float, seed: int) -> None:
    before = gap_summary(c, st.busy)
    if deadline - time.perf_counter() <= 0.2 or before[0] == 0:
        return
    slot_of, _ = cpsat_gaps(c, st.snapshot(), deadline, seed=seed)
    if slot_of is None:
        return
    saved = st.snapshot()
    st.restore(slot_of)
    if gap_summary(c, st.busy) >= before:
        st.restore(saved)


def _priority(c: Compiled, slot_of: list[int]) -> float:
    return sum(c.prio[m] for m, s in enumerate(slot_of) if s >= 0)


def _result(c: Compiled, st: State, ub: int, previous: dict[str, Placement], t0: float) -> Result:
    tables = assign_tables(c, st.slot_of, previous)
    assignments = [
        Assignment(c.meeting_ids[m], c.slot_ids[s], tables[m]) for m, s in enumerate(st.slot_of) if s >= 0
    ]
    unscheduled = [m for m, s in enumerate(st.slot_of) if s < 0]
    total, worst = gap_summary(c, st.busy)
    moved = sum(
        1
        for m, mid in enumerate(c.meeting_ids)
        if mid in previous and (st.slot_of[m] < 0 or c.slot_ids[st.slot_of[m]] != previous[mid].slot)
    )
    return Result(
        assignments=assignments,
        unscheduled=[c.meeting_ids[m] for m in unscheduled],
        upper_bound=max(ub, len(assignments)),
        seconds=time.perf_counter() - t0,
        idle_gaps_total=total,
        idle_gaps_worst=worst,
        scheduled_priority=_priority(c, st.slot_of),
        unscheduled_reasons={c.meeting_ids[m]: unscheduled_reason(c, st, m) for m in unscheduled},
        moved=moved,
    )


def assign_tables(c: Compiled, slot_of: list[int], previous: dict[str, Placement]) -> list[int]:
    """Table numbers 1..tables, unique per slot; a published meeting keeps its table if it can."""
    table = [0] * len(slot_of)
    taken: list[set[int]] = [set() for _ in range(c.n_slots)]
    if previous:
        sidx = {sid: i for i, sid in enumerate(c.slot_ids)}
        ids, tables = c.meeting_ids, c.tables
        for m, s in enumerate(slot_of):
            prev = previous.get(ids[m]) if s >= 0 else None
            if (
                prev
                and sidx.get(prev.slot) == s
                and 1 <= prev.table <= tables[s]
                and prev.table not in taken[s]
            ):
                table[m] = prev.table
                taken[s].add(prev.table)
    nxt = [1] * c.n_slots
    for m, s in enumerate(slot_of):
        if s >= 0 and not table[m]:
            k, tk = nxt[s], taken[s]
            while k in tk:
                k += 1
            table[m] = k
            nxt[s] = k + 1
    return table
