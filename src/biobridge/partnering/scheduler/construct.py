"""Greedy construction: the first-fit baseline and our scarcity-ordered greedy."""

from __future__ import annotations

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
    pressure = []
    for p, ms in enumerate(c.meetings_of):
        union = 0
        for m in ms:
            union |= c.feas[m]
        pressure.append(len(ms) / max(1, (union & c.avail[p]).bit_count()))
    # Over-asked people cannot meet everyone; start them with partners who have slack.
    def key(m: int) -> tuple[float, float, int, float]:
        ps = c.parts[m]
        top = max(pressure[p] for p in ps)
        rest = sum(pressure[p] for p in ps) - top
        return (-c.prio[m], -min(top, 1.0), c.feas[m].bit_count(), rest)

    return sorted(meetings, key=key)


def choose_slot(st: State, m: int, free: int) -> int:
    """Among free slots, one adjacent to a participant's meetings (compact agendas),
    else the least loaded one (keeps tables spread for later meetings)."""
    near = 0
    for p in st.c.parts[m]:
        b = st.busy[p]
        near |= (b << 1) | (b >> 1)
    pick = free & near or free
    best, best_load = -1, 1 << 30
    load, tables = st.load, st.c.tables
    while pick:
        low = pick & -pick
        s = low.bit_length() - 1
        pick ^= low
        score = load[s] * 1024 // max(1, tables[s])
        if score < best_load:
            best, best_load = s, score
    return best


def greedy(c: Compiled, st: State, meetings: list[int] | None = None) -> None:
    """Place every listed (by default every unscheduled) meeting that fits without moves."""
    todo = [m for m in range(len(c.meeting_ids)) if st.slot_of[m] < 0] if meetings is None else meetings
    for m in scarcity_order(c, todo):
        free = st.free_slots(m)
        if free:
            st.assign(m, choose_slot(st, m, free))
    st.commit()
