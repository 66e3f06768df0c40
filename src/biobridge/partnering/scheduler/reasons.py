"""A short, human-readable reason per unscheduled meeting (shown in the web console)."""

from __future__ import annotations

from itertools import combinations

from .state import Compiled, State


def unscheduled_reason(c: Compiled, st: State, m: int) -> str:
    ps, names = c.parts[m], c.participant_ids
    if not c.feas[m]:
        for a, b in combinations(ps, 2):
            if not c.avail[a] & c.avail[b]:
                return f"{names[a]} has no common free slot with {names[b]}"
        return "no allowed slot in which all participants are available"
    open_people = c.feas[m]
    for p in ps:
        open_people &= ~st.busy[p]
    if open_people and not open_people & ~st.full:
        return "all common slots full"
    if not open_people:
        for p in ps:
            if not c.feas[m] & ~st.busy[p]:
                return f"{names[p]} is booked in every common slot"
        return "participants are booked in all common slots"
    return "left out to fit more meetings"
