"""Helpers for the scheduler tests: an independent validity checker and tiny instances."""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any


def check_schedule(instance: dict[str, Any], out: dict[str, Any]) -> None:
    """Assert `out` obeys every hard rule of contract 1 for `instance` (no solver code used)."""
    assert set(out) == {"assignments", "unscheduled", "upper_bound", "seconds", "idle_gaps"}
    slots = {s["id"] for s in instance["slots"]}
    tables = instance["tables"]
    cap = tables if isinstance(tables, dict) else {s: tables for s in slots}
    avail = {p["id"]: set(p.get("available", slots)) for p in instance["participants"]}
    meetings = {m["id"]: m for m in instance["meetings"]}
    placed: set[str] = set()
    used_people: set[tuple[str, str]] = set()
    used_tables: set[tuple[str, int]] = set()
    per_slot: dict[str, int] = {}
    for a in out["assignments"]:
        mid, sid, table = a["meeting"], a["slot"], a["table"]
        assert mid in meetings and mid not in placed, mid
        placed.add(mid)
        m = meetings[mid]
        assert sid in set(m.get("allowed", slots)), (mid, sid)
        for p in m["participants"]:
            assert sid in avail[p], (mid, p, sid)
            assert (p, sid) not in used_people, (mid, p, sid)
            used_people.add((p, sid))
        assert 1 <= table <= cap[sid] and (sid, table) not in used_tables, (mid, sid, table)
        used_tables.add((sid, table))
        per_slot[sid] = per_slot.get(sid, 0) + 1
        assert per_slot[sid] <= cap[sid]
    assert placed | set(out["unscheduled"]) == set(meetings)
    assert not placed & set(out["unscheduled"])
    assert out["upper_bound"] >= len(placed)
    total, worst = idle_gaps(instance, out)
    assert out["idle_gaps"] == {"total": total, "worst_participant": worst}


def idle_gaps(instance: dict[str, Any], out: dict[str, Any]) -> tuple[int, int]:
    """Contract-1 idle gaps computed directly from the definition."""
    start = {s["id"]: datetime.fromisoformat(s["start"]) for s in instance["slots"]}
    all_slots = set(start)
    meetings = {m["id"]: m for m in instance["meetings"]}
    busy: dict[str, set[str]] = {}
    for a in out["assignments"]:
        for p in meetings[a["meeting"]]["participants"]:
            busy.setdefault(p, set()).add(a["slot"])
    per_person = []
    for p in instance["participants"]:
        avail = set(p.get("available", all_slots))
        mine = busy.get(p["id"], set())
        gaps = 0
        for day in {start[s].date() for s in mine}:
            times = [start[s] for s in mine if start[s].date() == day]
            lo, hi = min(times), max(times)
            gaps += sum(1 for s in avail - mine if start[s].date() == day and lo < start[s] < hi)
        per_person.append(gaps)
    return sum(per_person), max(per_person, default=0)


def random_instance(rng: random.Random, *, people: int, meetings: int, slots: int, tables: Any) -> dict:
    """Small random instance with 3-party meetings, `allowed` lists and partial availability."""
    slot_list = [
        {
            "id": f"s{i}",
            "start": f"2026-06-{16 + i // 4}T{9 + i % 4:02d}:00:00-04:00",
            "end": f"2026-06-{16 + i // 4}T{9 + i % 4:02d}:30:00-04:00",
        }
        for i in range(slots)
    ]
    ids = [s["id"] for s in slot_list]
    parts = []
    for i in range(people):
        p: dict[str, Any] = {"id": f"p{i}"}
        if rng.random() < 0.4:
            p["available"] = rng.sample(ids, rng.randint(1, slots))
        parts.append(p)
    ms = []
    for k in range(meetings):
        size = 3 if rng.random() < 0.2 else 2
        m: dict[str, Any] = {
            "id": f"m{k}",
            "participants": [f"p{i}" for i in rng.sample(range(people), size)],
            "priority": rng.choice([1.0, 1.0, 2.0, 0.5]),
        }
        if rng.random() < 0.2:
            m["allowed"] = rng.sample(ids, rng.randint(1, slots))
        ms.append(m)
    if tables == "per-slot":
        tables = {sid: rng.randint(0, 3) for sid in ids}
    return {"slots": slot_list, "tables": tables, "participants": parts, "meetings": ms}
