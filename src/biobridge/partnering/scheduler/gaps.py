"""Idle gaps: slots where a participant is available and free between two of their
meetings on the same day. Counted with bit operations on the slot masks of `state`.
"""

from __future__ import annotations

from .state import Compiled


def participant_gaps(busy: int, avail: int, day_masks: list[int]) -> int:
    """Idle gaps of one participant given the mask of slots they have meetings in."""
    total = 0
    for day in day_masks:
        b = busy & day
        if b & (b - 1):  # at least two meetings that day
            low = b & -b
            high = 1 << (b.bit_length() - 1)
            span = (high - low) & ~b  # strictly between first and last meeting
            total += (span & avail).bit_count()
    return total


def all_gaps(c: Compiled, busy: list[int]) -> list[int]:
    days = c.day_masks
    return [participant_gaps(b, a, days) if b else 0 for b, a in zip(busy, c.avail, strict=True)]


def gap_summary(c: Compiled, busy: list[int]) -> tuple[int, int]:
    """(total idle gaps, worst participant's idle gaps)."""
    g = all_gaps(c, busy)
    return sum(g), max(g, default=0)
