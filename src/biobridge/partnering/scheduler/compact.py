"""Compact agendas by local search, never unscheduling anything.

Moves a meeting to another slot where everybody is free and a table is left, or moves it
into an occupied slot of the same day by a Kempe chain (the meetings that would clash swap
the other way). A change is kept when it lowers the total idle gaps, or keeps the total
and lowers the sum of squared per-person gaps (which spreads what is left fairly and
pulls the worst participant down).
"""

from __future__ import annotations

import math
import random
import time

from .gaps import all_gaps, participant_gaps
from .state import State, bits

KEMPE_MAX = 12  # largest chain tried; long chains rarely pay and cost time


class Compactor:
    def __init__(self, st: State, frozen: set[int] | None = None) -> None:
        self.st = st
        self.c = st.c
        self.frozen = frozen or set()
        self.gaps = all_gaps(self.c, st.busy)

    def _old(self, people: set[int]) -> tuple[int, int]:
        g = [self.gaps[p] for p in people]
        return sum(g), sum(x * x for x in g)

    def try_move(self, m: int) -> bool:
        """Move m to the free slot (everybody free, a table left) that lowers the cost most."""
        st = self.st
        s0 = st.slot_of[m]
        old = self._old(set(self.c.parts[m]))
        best, best_cost, best_after = -1, old, None
        for s in bits(st.free_slots(m)):  # m's own slot is busy, so never listed
            after = _gaps_after(self, [m], [], (1 << s0) | (1 << s))
            cost = (sum(after.values()), sum(g * g for g in after.values()))
            if cost < best_cost:
                best, best_cost, best_after = s, cost, after
        if best_after is None:
            return False
        st.unassign(m)
        st.assign(m, best)
        for p, g in best_after.items():
            self.gaps[p] = g
        return True

    def kempe_component(self, m: int, s_to: int) -> tuple[list[int], list[int]] | None:
        """Meetings that must swap between m's slot and s_to so m can move there with
        nobody double-booked (a Kempe chain); None if too large, frozen or infeasible."""
        st, c, S = self.st, self.c, self.st.S
        s_from = st.slot_of[m]
        at, busy = st.at, st.busy
        side = {m: 0}
        queue = [m]
        while queue:
            x = queue.pop()
            dst = s_to if side[x] == 0 else s_from
            if not c.feas[x] >> dst & 1 or x in self.frozen:
                return None
            for p in c.parts[x]:
                if busy[p] >> dst & 1:
                    y = at[p * S + dst]
                    if y not in side:
                        side[y] = 1 - side[x]
                        queue.append(y)
                        if len(side) > KEMPE_MAX:
                            return None
        xs = [x for x, k in side.items() if k == 0]
        ys = [y for y, k in side.items() if k == 1]
        delta = len(xs) - len(ys)
        if st.load[s_to] + delta > c.tables[s_to] or st.load[s_from] - delta > c.tables[s_from]:
            return None
        return xs, ys

    def try_kempe(self, m: int, s_to: int) -> bool:
        comp = self.kempe_component(m, s_to)
        if comp is None:
            return False
        xs, ys = comp
        s_from = self.st.slot_of[m]
        after = _gaps_after(self, xs, ys, (1 << s_from) | (1 << s_to))
        old = self._old(set(after))
        new = (sum(after.values()), sum(g * g for g in after.values()))
        if new < old:
            self._swap(xs, ys, s_to, s_from)
            for p, g in after.items():
                self.gaps[p] = g
            return True
        return False

    def _swap(self, xs: list[int], ys: list[int], x_to: int, y_to: int) -> None:
        st = self.st
        for x in xs + ys:
            st.unassign(x)
        for x in xs:
            st.assign(x, x_to)
        for y in ys:
            st.assign(y, y_to)

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
        for m in mine:
            if not self.gaps[p]:
                break
            s0 = st.slot_of[m]
            for s in bits(self.c.feas[m] & self._targets(p, self.c.day_of[s0]) & ~(1 << s0)):
                if st.slot_of[m] == s0 and self.try_kempe(m, s):
                    improved = True
                    break
        return improved

    def _targets(self, p: int, day: int) -> int:
        """Slots where a meeting of p can shrink p's gaps: p's gaps and the two ends of the run."""
        bd = self.st.busy[p] & day
        if not bd:
            return 0
        low, high = bd & -bd, 1 << (bd.bit_length() - 1)
        return (((high - low) & ~bd & self.c.avail[p]) | (low >> 1) | (high << 1)) & day


def anneal(st: State, *, deadline: float, seed: int = 0, frozen: set[int] | None = None) -> None:
    """Simulated annealing over Kempe-chain moves for small instances; keeps the best
    schedule seen (fewest total gaps, then smallest sum of squares)."""
    cp = Compactor(st, frozen)
    c, rng = st.c, random.Random(seed)
    people = [p for p, ms in enumerate(c.meetings_of) if len(ms) >= 2]
    if not people:
        return
    score = _score(cp.gaps)
    best, best_score = st.snapshot(), score
    t_start, t_end = 2.0, 0.05  # in idle gaps; tuned on the B2B instances
    begin = time.perf_counter()
    span = max(1e-6, deadline - begin)
    step, best_step = 0, 0
    patience = 1000 * len(c.meeting_ids) + 20_000  # stop early once tiny instances converge
    while True:
        step += 1
        if step % 256 == 0:
            now = time.perf_counter()
            frac = (now - begin) / span
            # Patience only once cooled half-way: with a long budget the walk at high
            # temperature can go 10^5 steps without a new best (measured: 30 s on forum-13
            # left annealing after 2.3 s with the sweep's 47 gaps untouched).
            if now >= deadline or best_score[0] == 0 or (frac > 0.5 and step - best_step > patience):
                break
            temp = t_start * (t_end / t_start) ** frac
        elif step == 1:
            temp = t_start
        move = _random_move(cp, rng, people)
        if move is None:
            continue
        xs, ys, s_from, s_to = move
        after = _gaps_after(cp, xs, ys, (1 << s_from) | (1 << s_to))
        d_total = d_sq = 0
        for p, g in after.items():
            g0 = cp.gaps[p]
            d_total += g - g0
            d_sq += g * g - g0 * g0
        delta = d_total + 0.01 * d_sq
        if delta <= 0 or rng.random() < math.exp(-delta / temp):
            cp._swap(xs, ys, s_to, s_from)
            st.commit()
            for p, g in after.items():
                cp.gaps[p] = g
            score = (score[0] + d_total, score[1] + d_sq)
            if score < best_score:
                best, best_score, best_step = st.snapshot(), score, step
    st.restore(best)


def _gaps_after(cp: Compactor, xs: list[int], ys: list[int], flip: int) -> dict[int, int]:
    """Gaps of everyone involved if the chain swapped, without touching the state. A person
    in meetings on both sides stays busy in both slots: flipping twice cancels out."""
    c, busy = cp.c, cp.st.busy
    nb: dict[int, int] = {}
    for x in xs + ys:
        for p in c.parts[x]:
            nb[p] = nb.get(p, busy[p]) ^ flip
    return {p: participant_gaps(b, c.avail[p], c.day_masks) for p, b in nb.items()}


def descend(st: State, *, deadline: float, seed: int = 0, frozen: set[int] | None = None) -> None:
    """Random Kempe moves around people with gaps, accepting those that do not raise the
    cost (sideways moves walk plateaus). Never worsens, so no snapshots: fit for BIO size."""
    cp = Compactor(st, frozen)
    rng = random.Random(seed)
    step, pool, last_gain = 0, [], 0  # stop after 500k steps without a gain
    while True:
        if step % 4096 == 0:
            if time.perf_counter() >= deadline or step - last_gain > 500_000:
                break
            pool = [p for p, g in enumerate(cp.gaps) if g]
            if not pool:
                break
        step += 1
        move = _random_move(cp, rng, pool)
        if move is None:
            continue
        xs, ys, s_from, s_to = move
        after = _gaps_after(cp, xs, ys, (1 << s_from) | (1 << s_to))
        delta = sum(g - cp.gaps[p] for p, g in after.items())
        if delta < 0 or (delta == 0 and sum(g * g - cp.gaps[p] ** 2 for p, g in after.items()) <= 0):
            cp._swap(xs, ys, s_to, s_from)
            st.commit()
            for p, g in after.items():
                cp.gaps[p] = g
            if delta < 0:
                last_gain = step


def _score(gaps: list[int]) -> tuple[int, int]:
    return sum(gaps), sum(g * g for g in gaps)


def _random_move(cp: Compactor, rng: random.Random, people: list[int]):
    st, c = cp.st, cp.c
    p = rng.choice(people)
    mine = [m for m in c.meetings_of[p] if st.slot_of[m] >= 0]
    if not mine:
        return None
    m = rng.choice(mine)
    s0 = st.slot_of[m]
    options = bits(c.feas[m] & ~(1 << s0))
    if not options:
        return None
    s_to = rng.choice(options)
    comp = cp.kempe_component(m, s_to)
    if comp is None:
        return None
    xs, ys = comp
    return xs, ys, s0, s_to
