"""Integer form of an instance and the mutable schedule the heuristics work on.

Slots are bits of a Python int (a BIO-size event has ~60 slots), so "is everybody free
in some allowed slot with a table left" is a handful of AND/OR operations per meeting.
Slots are numbered by (calendar date in their own offset, start): a day is a
contiguous run of bits, which makes idle-gap counting a few bit operations too.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Instance


@dataclass
class Compiled:
    slot_ids: list[str]
    day_masks: list[int]  # one mask per calendar day
    day_of: list[int]  # per slot: the mask of its day
    tables: list[int]
    participant_ids: list[str]
    avail: list[int]  # per participant
    meeting_ids: list[str]
    parts: list[tuple[int, ...]]
    prio: list[float]
    feas: list[int]  # allowed & every participant available
    meetings_of: list[list[int]]

    @property
    def n_slots(self) -> int:
        return len(self.slot_ids)


def compile_instance(inst: Instance) -> Compiled:
    order = sorted(inst.slots, key=lambda s: (s.start.date(), s.start, s.id))
    slot_ids = [s.id for s in order]
    all_mask = (1 << len(slot_ids)) - 1
    days: dict[object, int] = {}
    for i, s in enumerate(order):
        days[s.start.date()] = days.get(s.start.date(), 0) | (1 << i)

    bit_of = {sid: 1 << i for i, sid in enumerate(slot_ids)}.__getitem__

    def mask(ids: frozenset[str] | None) -> int:
        if ids is None:
            return all_mask
        return sum(map(bit_of, ids))  # ids is a set: distinct bits, so sum == OR

    pidx = {p.id: i for i, p in enumerate(inst.participants)}
    avail = [mask(p.available) for p in inst.participants]
    parts, feas, prio = [], [], []
    meetings_of: list[list[int]] = [[] for _ in inst.participants]
    lookup = pidx.__getitem__
    for mi, m in enumerate(inst.meetings):
        ps = tuple(map(lookup, m.participants))
        f = all_mask if m.allowed is None else mask(m.allowed)
        for p in ps:
            f &= avail[p]
            meetings_of[p].append(mi)
        parts.append(ps)
        feas.append(f)
        prio.append(m.priority)
    return Compiled(
        slot_ids=slot_ids,
        day_masks=list(days.values()),
        day_of=[days[s.start.date()] for s in order],
        tables=[inst.tables[sid] for sid in slot_ids],
        participant_ids=[p.id for p in inst.participants],
        avail=avail,
        meeting_ids=[m.id for m in inst.meetings],
        parts=parts,
        prio=prio,
        feas=feas,
        meetings_of=meetings_of,
    )


def bits(mask: int) -> list[int]:
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


class State:
    """A partial schedule with an undo journal (for ejection chains that may fail)."""

    def __init__(self, c: Compiled) -> None:
        self.c = c
        self.S = c.n_slots
        self.slot_of = [-1] * len(c.meeting_ids)
        self.busy = [0] * len(c.participant_ids)
        self.at: dict[int, int] = {}  # p * S + s -> meeting
        self.load = [0] * self.S
        self.members: list[set[int]] = [set() for _ in range(self.S)]
        self.full = 0
        for s in range(self.S):
            if c.tables[s] <= 0:
                self.full |= 1 << s
        self.journal: list[tuple[int, int]] = []  # (meeting, slot before the change)

    # -- primitive moves -------------------------------------------------------------
    def assign(self, m: int, s: int) -> None:
        S, bit = self.S, 1 << s
        self.slot_of[m] = s
        for p in self.c.parts[m]:
            self.busy[p] |= bit
            self.at[p * S + s] = m
        self.load[s] += 1
        if self.load[s] >= self.c.tables[s]:
            self.full |= bit
        self.members[s].add(m)
        self.journal.append((m, -1))

    def unassign(self, m: int) -> None:
        S, s = self.S, self.slot_of[m]
        bit = 1 << s
        self.slot_of[m] = -1
        for p in self.c.parts[m]:
            self.busy[p] &= ~bit
            del self.at[p * S + s]
        self.load[s] -= 1
        self.full &= ~bit
        self.members[s].discard(m)
        self.journal.append((m, s))

    def checkpoint(self) -> int:
        return len(self.journal)

    def rollback(self, mark: int) -> None:
        j = self.journal
        while len(j) > mark:
            m, before = j[-1]
            if before == -1:
                self.unassign(m)
            else:
                self.assign(m, before)
            del j[-2:]  # the undo op itself and the entry it undid

    def commit(self) -> None:
        self.journal.clear()

    # -- queries ---------------------------------------------------------------------
    def free_slots(self, m: int) -> int:
        """Slots where m could go right now without moving anything."""
        f = self.c.feas[m] & ~self.full
        busy = self.busy
        for p in self.c.parts[m]:
            f &= ~busy[p]
        return f

    def blockers(self, m: int, s: int) -> set[int]:
        S, at, bit = self.S, self.at, 1 << s
        return {at[p * S + s] for p in self.c.parts[m] if self.busy[p] & bit}

    def scheduled(self) -> list[int]:
        return [m for m, s in enumerate(self.slot_of) if s >= 0]

    def snapshot(self) -> list[int]:
        return list(self.slot_of)

    def restore(self, slot_of: list[int]) -> None:
        for m, s in enumerate(self.slot_of):
            if s >= 0 and slot_of[m] != s:
                self.unassign(m)
        for m, s in enumerate(slot_of):
            if s >= 0 and self.slot_of[m] != s:
                self.assign(m, s)
        self.commit()
