"""Diversity: no more than `cap` suggestions from one organisation in a top list.

A per-organisation cap (rather than full MMR) because the failure users notice is "ten
people from the same company"; candidates over the cap are only used if nothing else is
left when `fill` is asked for; by default the cap is strict.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

DEFAULT_ORG_CAP = 2


def cap_per_org(
    candidates: Iterable[str],
    org_of: Callable[[str], str],
    *,
    top: int,
    cap: int = DEFAULT_ORG_CAP,
    fill: bool = False,
) -> list[str]:
    """The first `top` candidates (already best first) with at most `cap` per organisation."""
    picked: list[str] = []
    overflow: list[str] = []
    seen: Counter[str] = Counter()
    for cid in candidates:
        org = org_of(cid)
        if seen[org] < cap:
            seen[org] += 1
            picked.append(cid)
            if len(picked) == top:
                return picked
        else:
            overflow.append(cid)
    return picked + overflow[: top - len(picked)] if fill else picked
