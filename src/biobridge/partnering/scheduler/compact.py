"""Compact agendas by local search, never unscheduling anything.

Moves a meeting to another slot where everybody is free and a table is left, or swaps
the slots of two meetings of the same participant. A change is kept when it lowers the
total idle gaps, or keeps the total and lowers the sum of squared per-person gaps (which
spreads what is left fairly and pulls the worst participant down).
"""

from __future__ import annotations

import time

from .gaps import all_gaps, participant_gaps
from .state import State, bits


class Compactor:
    def __init__(self, st: State, frozen: set[int] | None = None) -> None:
        self.st = st
        self.c = st.c
        self.frozen = frozen or set()
        self.gaps = all_gaps(self.c, st.busy)

    def _cost(self, people: set[int]) -> tuple[int, int]:
        c, busy = self.c, self.st.busy
        g = [participant_gaps(busy[p], c.avail[p], c.day_masks) for p in people]
        return sum(g), sum(x * x for x in g)

    def _old(self, people: set[int]) -> tuple[int, int]:
        g = [self.gaps[p] for p in people]
        return sum(g), sum(x * x for x in g)

    def _keep(self, people: set[int]) -> None:
        c, busy = self.c, self.st.busy
        for p in people:
            self.gaps[p] = participant_gaps(busy[p], c.avail[p], c.day_masks)

    def try_move(self, m: int) -> bool:
        st = self.st
        s0 = st.slot_of[m]
        people = set(self.c.parts[m])
        old = self._old(people)
        st.unassign(m)
        best, best_cost = s0, old
        for s in bits(st.free_slots(m) & ~(1 << s0)):
            st.assign(m, s)
            cost = self._cost(people)
            st.unassign(m)
            if cost < best_cost:
                best, best_cost = s, cost
        st.assign(m, best)
        if best != s0:
            self._keep(people)
            return True
        return False

    def try_swap(self, m: int, m2: int) -> bool:
        st = self.st
        s1, s2 = st.slot_of[m], st.slot_of[m2]
        if s1 == s2 or s1 < 0 or s2 < 0:
            return False
        people = set(self.c.parts[m]) | set(self.c.parts[m2])
        old = self._old(people)
        st.unassign(m)
        st.unassign(m2)
        ok = st.free_slots(m) >> s2 & 1
        if ok:
            st.assign(m, s2)
            ok = st.free_slots(m2) >> s1 & 1
            if ok:
                st.assign(m2, s1)
                if self._cost(people) < old:
                    self._keep(people)
                    return True
                st.unassign(m2)
            st.unassign(m)
        st.assign(m, s1)
        st.assign(m2, s2)
        return False

    def run(self, *, deadline: float, max_rounds: int = 50) -> None:
        st = self.st
        for _ in range(max_rounds):
            improved = False
            people = sorted((p for p, g in enumerate(self.gaps) if g), key=lambda p: -self.gaps[p])
            for p in people:
                if time.perf_counter() > deadline:
                    st.commit()
                    return
                if self.gaps[p] and self._improve_person(p):
                    improved = True
                st.commit()
            if not improved:
                return

    def _improve_person(self, p: int) -> bool:
        st = self.st
        mine = [m for m in self.c.meetings_of[p] if st.slot_of[m] >= 0 and m not in self.frozen]
        improved = False
        for m in mine:
            if self.try_move(m):
                improved = True
        for i, m in enumerate(mine):
            for m2 in mine[i + 1 :]:
                if self.gaps[p] and self.try_swap(m, m2):
                    improved = True
        return improved
