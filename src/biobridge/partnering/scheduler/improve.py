"""Repair: insert unscheduled meetings by ejection chains, then plateau kicks.

An ejection chain puts meeting m into slot s, evicting the (one or two) meetings that
block it there, and recursively re-inserts each evicted meeting elsewhere; a chain that
cannot re-place everybody is rolled back through the state's journal, so the number of
scheduled meetings never drops. When no chain helps, a kick swaps m for one blocker of no
higher priority (count unchanged) and tries to re-insert the blocker: a random walk on
the plateau that escapes local optima (with a short tabu so it does not undo itself).
"""

from __future__ import annotations

import random
import time
from itertools import islice

from .construct import choose_slot
from .state import State, bits

WIDTH = {1: 64, 2: 10, 3: 4}  # candidate slots tried at each chain depth
TABLE_EVICT_TRIES = 24


class Repair:
    def __init__(self, st: State, *, seed: int = 0, frozen: set[int] | None = None) -> None:
        self.st = st
        self.c = st.c
        self.rng = random.Random(seed)
        self.frozen = frozen or set()
        self.tabu: dict[int, int] = {}
        self.tick = 0

    # -- ejection chains -------------------------------------------------------------
    def insert(self, m: int, depth: int, banned: frozenset[int]) -> bool:
        st = self.st
        free = st.free_slots(m)
        if free:
            st.assign(m, choose_slot(st, m, free))
            return True
        if depth == 0:
            return False
        for s, bl in self._candidates(m, banned, depth)[: WIDTH.get(depth, 3)]:
            mark = st.checkpoint()
            if self._try_slot(m, s, bl, depth, banned):
                return True
            st.rollback(mark)
        return False

    def _candidates(self, m: int, banned: frozenset[int], depth: int) -> list[tuple[int, set[int]]]:
        st, rnd, frozen = self.st, self.rng.random, self.frozen
        limit = 1 if depth == 1 else 2
        scored = []
        for s in bits(self.c.feas[m]):
            bl = st.blockers(m, s)
            if len(bl) > limit or not bl.isdisjoint(banned) or not bl.isdisjoint(frozen):
                continue
            scored.append((len(bl) or 1, rnd(), s, bl))
        scored.sort()
        return [(s, bl) for _, _, s, bl in scored]

    def _try_slot(self, m: int, s: int, bl: set[int], depth: int, banned: frozenset[int]) -> bool:
        st = self.st
        if not bl:  # only the tables of s are full: move one meeting out of s directly
            return self._evict_for_table(m, s, banned)
        for b in bl:
            st.unassign(b)
        st.assign(m, s)
        inner = banned | bl | {m}
        return all(self.insert(b, depth - 1, inner) for b in bl)

    def _evict_for_table(self, m: int, s: int, banned: frozenset[int]) -> bool:
        st = self.st
        for e in islice(st.members[s], TABLE_EVICT_TRIES):
            if e in banned or e in self.frozen:
                continue
            free = st.free_slots(e)
            if free:
                st.unassign(e)
                st.assign(e, choose_slot(st, e, free))
                st.assign(m, s)
                return True
        return False

    # -- plateau kicks ---------------------------------------------------------------
    def kick(self, m: int, depth: int) -> bool:
        """Swap m in for one blocker of no higher priority; True if the blocker found a place too."""
        st, c = self.st, self.c
        options = []
        for s in bits(c.feas[m]):
            bl = st.blockers(m, s)
            if len(bl) != 1:
                continue
            (b,) = bl
            if b in self.frozen or self.tabu.get(b, -1) > self.tick or c.prio[b] > c.prio[m]:
                continue
            options.append((c.prio[b], self.rng.random(), s, b))
        if not options:
            return False
        options.sort()
        _, _, s, b = options[0]
        st.unassign(b)
        st.assign(m, s)
        self.tabu[m] = self.tick + 10
        mark = st.checkpoint()
        if self.insert(b, depth, frozenset((m, b))):
            st.commit()
            return True
        st.rollback(mark)
        st.commit()
        return False

    # -- driver ----------------------------------------------------------------------
    def run(self, *, deadline: float, target: int, max_stall: int = 30) -> None:
        st, c = self.st, self.c
        stall, depth = 0, 2
        while time.perf_counter() < deadline:
            todo = [m for m, s in enumerate(st.slot_of) if s < 0 and c.feas[m]]
            if not todo or len(st.slot_of) - len(todo) - self._infeasible() >= target:
                return
            self.rng.shuffle(todo)
            todo.sort(key=lambda m: -c.prio[m])
            improved = self._pass(todo, depth, deadline)
            if improved:
                stall = 0
                continue
            depth = 3
            self.tick += 1
            for m in todo[:200]:
                if time.perf_counter() > deadline:
                    break
                if st.slot_of[m] < 0 and self.kick(m, 2):
                    improved = True
            stall = 0 if improved else stall + 1
            if stall >= max_stall:
                return

    def _pass(self, todo: list[int], depth: int, deadline: float) -> bool:
        st, improved = self.st, False
        for i, m in enumerate(todo):
            if i % 32 == 0 and time.perf_counter() > deadline:
                break
            mark = st.checkpoint()
            if self.insert(m, depth, frozenset((m,))):
                st.commit()
                improved = True
            else:
                st.rollback(mark)
        return improved

    def _infeasible(self) -> int:
        if not hasattr(self, "_n_infeasible"):
            self._n_infeasible = sum(1 for f in self.c.feas if not f)
        return self._n_infeasible
