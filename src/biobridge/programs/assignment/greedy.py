"""The baseline the benchmark compares against: what a spreadsheet macro would do.

Pass 1 takes positively scored pairs best first while the reviewer has capacity and the
application still needs reviews. Pass 2 tops up each application, in instance order,
from the reviewers with the most spare capacity (any non-conflict pair, score 0 if not
listed). No look-ahead, so it can strand applications and miss affinity.
"""

from __future__ import annotations

import math

from biobridge.programs.assignment.model import Assignment, Instance, Result


def assign_greedy(instance: Instance) -> Result:
    spare = {r.id: r.capacity for r in instance.reviewers}
    need = {a.id: a.reviews for a in instance.applications}
    taken: set[tuple[str, str]] = set()

    def take(pair: tuple[str, str]) -> None:
        taken.add(pair)
        spare[pair[0]] -= 1
        need[pair[1]] -= 1

    for pair, score in sorted(instance.affinity.items(), key=lambda item: -item[1]):
        if score > 0 and pair not in instance.conflicts and spare[pair[0]] > 0 and need[pair[1]] > 0:
            take(pair)
    for app in instance.applications:
        for rid in sorted(spare, key=lambda r: -spare[r]):
            if need[app.id] == 0 or spare[rid] == 0:
                break
            pair = (rid, app.id)
            if pair not in taken and pair not in instance.conflicts:
                take(pair)
    assignments = tuple(Assignment(r, a) for r, a in sorted(taken, key=lambda p: (p[1], p[0])))
    total = round(math.fsum(instance.score(r, a) for r, a in taken), 6)
    short = tuple(a.id for a in instance.applications if need[a.id] > 0)
    return Result(assignments, total, short, len(taken), sum(a.reviews for a in instance.applications))
