"""Plain data in and out of reviewer assignment, and the one validator for instances.

The CLI (`biobridge review assign`), the benchmark and the web console all go through
`parse_instance`, so every door accepts and refuses exactly the same input with the
same one-line message.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

Pair = tuple[str, str]  # (reviewer id, application id)
# No program has a million reviews per application or per reviewer; the cap keeps the
# solvers' 64-bit arithmetic far from overflow whatever a file says.
MAX_COUNT = 1_000_000


class InstanceError(ValueError):
    """An instance that cannot be solved as given; the message is one line naming the problem."""


@dataclass(frozen=True, slots=True)
class Reviewer:
    id: str
    capacity: int


@dataclass(frozen=True, slots=True)
class Application:
    id: str
    reviews: int


@dataclass(frozen=True, slots=True)
class Instance:
    """A validated instance. `affinity` holds only the listed pairs; a missing pair scores 0."""

    reviewers: tuple[Reviewer, ...]
    applications: tuple[Application, ...]
    affinity: Mapping[Pair, float] = field(default_factory=dict)
    conflicts: frozenset[Pair] = frozenset()

    def score(self, reviewer: str, application: str) -> float:
        return self.affinity.get((reviewer, application), 0.0)


@dataclass(frozen=True, slots=True)
class Assignment:
    reviewer: str
    application: str


@dataclass(frozen=True, slots=True)
class Result:
    """An assignment and its figures.

    `short` lists, in instance order, the applications that received fewer than their
    `reviews`. The rest are diagnostics for callers, not part of the JSON contract:
    `assigned` reviews out of `demand`; `short_proven`: no assignment with as many reviews
    leaves fewer applications short; `proven_optimal`: all three objective levels proven
    (the number of reviews, level 1, is always exact); `affinity_bound`: no assignment
    with as many reviews has more affinity (equal to `total_affinity` unless reviews ran
    out; None when not computed, as for the greedy baseline).
    """

    assignments: tuple[Assignment, ...]
    total_affinity: float
    short: tuple[str, ...]
    assigned: int = 0
    demand: int = 0
    short_proven: bool = True
    proven_optimal: bool = True
    affinity_bound: float | None = None


def parse_instance(data: Any) -> Instance:
    """Validate a JSON-shaped instance (contract 2) and return it as dataclasses.

    Raises InstanceError (a ValueError) with a one-line message on the first problem.
    `affinity` and `conflicts` may be omitted (empty); unknown top-level keys are ignored.
    A duplicated affinity pair is refused (which score would count?); a repeated conflict
    is harmless and accepted.
    """
    if not isinstance(data, dict):
        raise InstanceError("instance must be a JSON object")
    reviewers = tuple(Reviewer(rid, n) for rid, n in _entities(data, "reviewers", "capacity"))
    applications = tuple(Application(aid, n) for aid, n in _entities(data, "applications", "reviews"))
    reviewer_ids = {r.id for r in reviewers}
    application_ids = {a.id for a in applications}
    affinity: dict[Pair, float] = {}
    for i, item in enumerate(_list(data, "affinity", required=False)):
        pair = _pair(item, "affinity", i, reviewer_ids, application_ids)
        if pair in affinity:
            raise InstanceError(
                f"affinity[{i}]: duplicate pair reviewer {pair[0]!r}, application {pair[1]!r}"
            )
        affinity[pair] = _score(item, i)
    conflicts = frozenset(
        _pair(item, "conflicts", i, reviewer_ids, application_ids)
        for i, item in enumerate(_list(data, "conflicts", required=False))
    )
    return Instance(reviewers, applications, affinity, conflicts)


def result_to_json(result: Result) -> dict[str, Any]:
    """The contract's output object: exactly `assignments`, `total_affinity`, `short`."""
    return {
        "assignments": [{"reviewer": a.reviewer, "application": a.application} for a in result.assignments],
        "total_affinity": result.total_affinity,
        "short": list(result.short),
    }


def _list(data: dict[str, Any], key: str, *, required: bool) -> list[Any]:
    if key not in data:
        if required:
            raise InstanceError(f"missing key {key!r}")
        return []
    value = data[key]
    if not isinstance(value, list):
        raise InstanceError(f"{key!r} must be a list")
    return value


def _entities(data: dict[str, Any], key: str, count_key: str) -> list[tuple[str, int]]:
    seen: set[str] = set()
    out: list[tuple[str, int]] = []
    for i, item in enumerate(_list(data, key, required=True)):
        where = f"{key}[{i}]"
        if not isinstance(item, dict):
            raise InstanceError(f"{where} must be an object")
        ident = _id(item, "id", where)
        if ident in seen:
            raise InstanceError(f"{where}: duplicate id {ident!r}")
        seen.add(ident)
        out.append((ident, _count(item, count_key, where)))
    return out


def _id(item: dict[str, Any], key: str, where: str) -> str:
    if key not in item:
        raise InstanceError(f"{where}: missing {key!r}")
    value = item[key]
    if not isinstance(value, str) or not value:
        raise InstanceError(f"{where}: {key!r} must be a non-empty string")
    return value


def _count(item: dict[str, Any], key: str, where: str) -> int:
    if key not in item:
        raise InstanceError(f"{where}: missing {key!r}")
    value = item[key]
    # bool is an int in Python; `true` reviews is a mistake, not 1.
    if isinstance(value, bool) or not isinstance(value, int):
        raise InstanceError(f"{where}: {key!r} must be an integer, got {value!r}")
    if value < 0:
        raise InstanceError(f"{where}: {key!r} must not be negative, got {value}")
    if value > MAX_COUNT:
        raise InstanceError(f"{where}: {key!r} must be at most {MAX_COUNT:,}, got {value}")
    return value


def _pair(item: Any, key: str, i: int, reviewer_ids: set[str], application_ids: set[str]) -> Pair:
    where = f"{key}[{i}]"
    if not isinstance(item, dict):
        raise InstanceError(f"{where} must be an object")
    reviewer = _id(item, "reviewer", where)
    application = _id(item, "application", where)
    if reviewer not in reviewer_ids:
        raise InstanceError(f"{where}: unknown reviewer {reviewer!r}")
    if application not in application_ids:
        raise InstanceError(f"{where}: unknown application {application!r}")
    return reviewer, application


def _score(item: dict[str, Any], i: int) -> float:
    where = f"affinity[{i}]"
    if "score" not in item:
        raise InstanceError(f"{where}: missing 'score'")
    value = item["score"]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InstanceError(f"{where}: 'score' must be a number, got {value!r}")
    # Python's json accepts NaN and Infinity; neither can be optimised.
    if not math.isfinite(value):
        raise InstanceError(f"{where}: 'score' must be finite, got {value!r}")
    return float(value)
