"""Plain dataclasses in and out of the scheduler, and the one validator of contract 1.

`parse_instance` is the single door for instance files, the CLI and the web console:
every malformed input raises `InstanceError` with a one-line message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class InstanceError(ValueError):
    """An instance that breaks contract 1; the message is one line naming the problem."""


@dataclass(frozen=True)
class Slot:
    id: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Participant:
    id: str
    available: frozenset[str] | None = None  # None: free in every slot


@dataclass(frozen=True)
class Meeting:
    id: str
    participants: tuple[str, ...]
    priority: float = 1.0
    allowed: frozenset[str] | None = None  # None: every slot allowed


@dataclass(frozen=True)
class Instance:
    slots: tuple[Slot, ...]
    tables: dict[str, int]  # slot id -> tables (an integer in the file is expanded)
    participants: tuple[Participant, ...]
    meetings: tuple[Meeting, ...]


@dataclass(slots=True)  # not frozen: frozen dataclasses are slow to build by the 60,000
class Placement:
    slot: str
    table: int


@dataclass(slots=True)  # not frozen: frozen dataclasses are slow to build by the 60,000
class Assignment:
    meeting: str
    slot: str
    table: int


@dataclass
class Result:
    assignments: list[Assignment]
    unscheduled: list[str]
    upper_bound: int
    seconds: float
    idle_gaps_total: int
    idle_gaps_worst: int
    scheduled_priority: float = 0.0
    unscheduled_reasons: dict[str, str] = field(default_factory=dict)
    moved: int = 0  # previously published meetings now in another slot or unscheduled
    stats: dict[str, Any] = field(default_factory=dict)

    def placements(self) -> dict[str, Placement]:
        """The assignment as `previous` for the next re-run."""
        return {a.meeting: Placement(a.slot, a.table) for a in self.assignments}


def result_to_json(result: Result) -> dict[str, Any]:
    """Exactly the output keys of contract 1."""
    return {
        "assignments": [{"meeting": a.meeting, "slot": a.slot, "table": a.table} for a in result.assignments],
        "unscheduled": list(result.unscheduled),
        "upper_bound": int(result.upper_bound),
        "seconds": round(result.seconds, 3),
        "idle_gaps": {"total": int(result.idle_gaps_total), "worst_participant": int(result.idle_gaps_worst)},
    }


def parse_instance(data: Any) -> Instance:
    """Validate a contract-1 instance dict; raise InstanceError (one line) on any problem."""
    if not isinstance(data, dict):
        raise InstanceError("instance: expected a JSON object")
    for key in ("slots", "tables", "participants", "meetings"):
        if key not in data:
            raise InstanceError(f"instance: missing key '{key}'")
    slots = _parse_slots(data["slots"])
    slot_ids = {s.id for s in slots}
    tables = _parse_tables(data["tables"], slots)
    participants = _parse_participants(data["participants"], slot_ids)
    meetings = _parse_meetings(data["meetings"], {p.id for p in participants}, slot_ids)
    return Instance(slots=slots, tables=tables, participants=participants, meetings=meetings)


def _list_of_objects(value: Any, what: str) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise InstanceError(f"instance: '{what}' must be a list")
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise InstanceError(f"{what}[{i}]: expected an object")
        if not isinstance(item.get("id"), str) or not item["id"]:
            raise InstanceError(f"{what}[{i}]: missing or non-string 'id'")
    seen: set[str] = set()
    for item in value:
        if item["id"] in seen:
            raise InstanceError(f"{what}: duplicate id {item['id']}")
        seen.add(item["id"])
    return value


def _parse_time(item: dict[str, Any], key: str) -> datetime:
    raw = item.get(key)
    if not isinstance(raw, str):
        raise InstanceError(f"slot {item['id']}: missing or non-string '{key}'")
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        raise InstanceError(f"slot {item['id']}: bad {key} time {raw!r}") from None


def _parse_slots(raw: Any) -> tuple[Slot, ...]:
    slots = []
    for item in _list_of_objects(raw, "slots"):
        start, end = _parse_time(item, "start"), _parse_time(item, "end")
        if (start.tzinfo is None) != (end.tzinfo is None):
            raise InstanceError(f"slot {item['id']}: start and end must both carry an offset or neither")
        if end <= start:
            raise InstanceError(f"slot {item['id']}: end is not after start")
        slots.append(Slot(item["id"], start, end))
    if len({s.start.tzinfo is None for s in slots}) > 1:
        raise InstanceError("slots: mix of times with and without UTC offset")
    return tuple(slots)


def _count(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InstanceError(f"{what}: must be an integer")
    if value < 0:
        raise InstanceError(f"{what}: negative tables {value}")
    return value


def _parse_tables(raw: Any, slots: tuple[Slot, ...]) -> dict[str, int]:
    if isinstance(raw, dict):
        known = {s.id for s in slots}
        for sid in raw:
            if sid not in known:
                raise InstanceError(f"tables: unknown slot {sid}")
        missing = [s.id for s in slots if s.id not in raw]
        if missing:
            raise InstanceError(f"tables: no table count for slot {missing[0]}")
        return {sid: _count(raw[sid], f"tables[{sid}]") for sid in (s.id for s in slots)}
    n = _count(raw, "tables")
    return {s.id: n for s in slots}


def _slot_set(raw: Any, owner: str, key: str, slot_ids: set[str]) -> frozenset[str]:
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise InstanceError(f"{owner}: '{key}' must be a list of slot ids")
    for sid in raw:
        if sid not in slot_ids:
            raise InstanceError(f"{owner}: unknown slot {sid} in {key}")
    return frozenset(raw)


def _parse_participants(raw: Any, slot_ids: set[str]) -> tuple[Participant, ...]:
    out = []
    for item in _list_of_objects(raw, "participants"):
        owner = f"participant {item['id']}"
        avail = item.get("available")
        out.append(
            Participant(item["id"], None if avail is None else _slot_set(avail, owner, "available", slot_ids))
        )
    return tuple(out)


def _parse_meetings(raw: Any, people: set[str], slot_ids: set[str]) -> tuple[Meeting, ...]:
    out = []
    for item in _list_of_objects(raw, "meetings"):
        owner = f"meeting {item['id']}"
        parts = item.get("participants")
        if not isinstance(parts, list) or not all(isinstance(p, str) for p in parts):
            raise InstanceError(f"{owner}: 'participants' must be a list of participant ids")
        if len(parts) < 2:
            raise InstanceError(f"{owner}: needs at least 2 participants, got {len(parts)}")
        if len(set(parts)) != len(parts):
            raise InstanceError(f"{owner}: participant listed twice")
        for p in parts:
            if p not in people:
                raise InstanceError(f"{owner}: unknown participant {p}")
        prio = item.get("priority", 1.0)
        if isinstance(prio, bool) or not isinstance(prio, int | float) or not prio == prio or prio < 0:
            raise InstanceError(f"{owner}: priority must be a non-negative number")
        if prio == float("inf"):
            raise InstanceError(f"{owner}: priority must be finite")
        allowed = item.get("allowed")
        allowed_set = None if allowed is None else _slot_set(allowed, owner, "allowed", slot_ids)
        out.append(Meeting(item["id"], tuple(parts), float(prio), allowed_set))
    return tuple(out)
