"""Greedy construction: the first-fit baseline and our scarcity-ordered greedy."""

from __future__ import annotations

import time

from .state import Compiled, State


def first_fit(c: Compiled, st: State) -> None:
    """Baseline: meetings in file order, each into the earliest slot that is free."""
    for m in range(len(c.meeting_ids)):
        if st.slot_of[m] < 0:
            free = st.free_slots(m)
            if free:
                st.assign(m, (free & -free).bit_length() - 1)
    st.commit()


def scarcity_order(c: Compiled, meetings: list[int]) -> list[int]:
    """Highest priority first; then meetings of the most over-asked participants and with
    the fewest feasible slots, so the scarce resources are handed out before the easy ones."""
    pressure: dict[int, float] = {}
    for m in meetings:
        for p in c.parts[m]:
            if p not in pressure:
                union = 0
                for x in c.meetings_of[p]:
                    union |= c.feas[x]
                pressure[p] = len(c.meetings_of[p]) / max(1, (union & c.avail[p]).bit_count())

    # Over-asked people cannot meet everyone; start them with partners who have slack.
    def key(m: int) -> tuple[float, float, int, float]:
        ps = c.parts[m]
        top = max(pressure[p] for p in ps)
        rest = sum(pressure[p] for p in ps) - top
        return (-c.prio[m], -min(top, 1.0), c.feas[m].bit_count(), rest)

    return sorted(meetings, key=key)


def _day_gaps(busy: int, avail: int) -> int:
    """Idle gaps within one day (`busy` already restricted to that day)."""
    if not busy & (busy - 1):
        return 0
    span = ((1 << (busy.bit_length() - 1)) - (busy & -busy)) & ~busy
    return (span & avail).bit_count()


def choose_slot(st: State, m: int, free: int) -> int:
    """Among free slots, the one adding the fewest idle gaps to the participants; ties go
    to slots next to their meetings, then to the least loaded slot (spreads tables)."""
    c = st.c
    near = inside = used_days = 0
    people = []
    for p in c.parts[m]:
        b = st.busy[p]
        if b:
            near |= (b << 1) | (b >> 1)
            people.append((b, c.avail[p]))
            for day in c.day_masks:
                bd = b & day
                if bd:
                    used_days |= day
                    inside |= ((1 << (bd.bit_length() - 1)) - (bd & -bd)) & ~bd
    # Only slots inside or next to a run, or on days nobody has started, can be best;
    # evaluating every free slot costs ~20x more at BIO scale.
    pick = free & (near | inside) or free & ~used_days or free
    best, best_key = -1, None
    load, tables, day_of = st.load, c.tables, c.day_of
    while pick:
        low = pick & -pick
        s = low.bit_length() - 1
        pick ^= low
        delta = 0
        day = day_of[s]
        for b, a in people:
            bd = b & day
            if bd:  # only a day that already has a meeting can gain gaps
                delta += _day_gaps(bd | low, a) - _day_gaps(bd, a)
        key = (delta, not near & low, load[s] * 1024 // max(1, tables[s]))
        if best_key is None or key < best_key:
            best, best_key = s, key
    return best


def greedy(c: Compiled, st: State, *, deadline: float | None = None) -> None:
    """Place every unscheduled meeting that fits without moves. Past `deadline` the slot
    choice degrades to the earliest free slot so short time limits still hold."""
    todo = [m for m in range(len(c.meeting_ids)) if st.slot_of[m] < 0]
    careful = True
    for i, m in enumerate(scarcity_order(c, todo)):
        if deadline is not None and careful and i % 512 == 0 and time.perf_counter() > deadline:
            careful = False
        free = st.free_slots(m)
        if free:
            st.assign(m, choose_slot(st, m, free) if careful else _next_to_runs(st, m, free))
    st.commit()


def _next_to_runs(st: State, m: int, free: int) -> int:
    """Cheap slot choice: the earliest free slot next to a participant's meetings, if any."""
    near = 0
    for p in st.c.parts[m]:
        b = st.busy[p]
        near |= (b << 1) | (b >> 1)
    pick = free & near or free
    return (pick & -pick).bit_length() - 1
