"""Synthetic partnering-convention instances (contract 1 dicts), reproducible from a seed.

Shape, modelled on large conventions such as BIO:
- `days` days of `slots_per_day` 30-minute slots from 09:00 (UTC-04:00);
- heavy-tailed popularity: each participant gets a Pareto(alpha) weight; a request goes
  from a uniformly drawn requester to a target drawn by weight, so a few big pharma
  participants are asked far more often than they have slots and fill every slot they have;
- partial availability: `partial` of the participants attend only some days, and of
  those who attend a day some arrive late or leave early;
- `three_party` of the meetings get a colleague as third participant;
- `morning_only` of the meetings carry an `allowed` list of morning slots.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import numpy as np

TZ = timezone(timedelta(hours=-4))


def generate(
    participants: int,
    meetings: int,
    *,
    days: int = 2,
    slots_per_day: int = 14,
    tables: int = 360,
    seed: int = 0,
    alpha: float = 2.5,
    partial: float = 0.3,
    three_party: float = 0.01,
    morning_only: float = 0.02,
) -> dict[str, Any]:
    rng = np.random.default_rng(seed)
    slots, by_day = _slots(days, slots_per_day)
    people = [f"p{i + 1}" for i in range(participants)]
    avail = _availability(rng, participants, by_day, partial)
    pairs = _pairs(rng, participants, meetings, alpha)
    morning = [sid for day in by_day for sid in day[: len(day) // 2]]
    out_meetings = []
    for k, (a, b) in enumerate(pairs):
        ids = [people[a], people[b]]
        if rng.random() < three_party:
            c = int(rng.integers(participants))
            if c not in (a, b):
                ids.append(people[c])
        m: dict[str, Any] = {"id": f"m{k + 1}", "participants": ids, "priority": 1.0}
        if rng.random() < morning_only:
            m["allowed"] = morning
        out_meetings.append(m)
    parts = []
    for i, pid in enumerate(people):
        entry: dict[str, Any] = {"id": pid}
        if avail[i] is not None:
            entry["available"] = avail[i]
        parts.append(entry)
    return {
        "name": f"synthetic-{participants}p-{meetings}m-seed{seed}",
        "slots": slots,
        "tables": tables,
        "participants": parts,
        "meetings": out_meetings,
    }


def _slots(days: int, per_day: int) -> tuple[list[dict[str, str]], list[list[str]]]:
    slots, by_day = [], []
    for d in range(days):
        day_ids = []
        base = datetime.combine(date(2026, 6, 16) + timedelta(days=d), datetime.min.time(), TZ)
        for k in range(per_day):
            start = base + timedelta(hours=9, minutes=30 * k)
            sid = f"d{d + 1}-{start:%H:%M}"
            slots.append(
                {"id": sid, "start": start.isoformat(), "end": (start + timedelta(minutes=30)).isoformat()}
            )
            day_ids.append(sid)
        by_day.append(day_ids)
    return slots, by_day


def _availability(
    rng: np.random.Generator, n: int, by_day: list[list[str]], partial: float
) -> list[list[str] | None]:
    out: list[list[str] | None] = []
    for _ in range(n):
        if rng.random() >= partial:
            out.append(None)
            continue
        chosen = [d for d in by_day if rng.random() < 0.6] or [by_day[int(rng.integers(len(by_day)))]]
        ids: list[str] = []
        for day in chosen:
            lo = int(rng.integers(0, len(day) // 3 + 1)) if rng.random() < 0.3 else 0
            hi = len(day) - (int(rng.integers(0, len(day) // 3 + 1)) if rng.random() < 0.3 else 0)
            ids.extend(day[lo:hi])
        out.append(ids)
    return out


def _pairs(rng: np.random.Generator, n: int, m: int, alpha: float) -> list[tuple[int, int]]:
    weight = rng.pareto(alpha, n) + 1.0
    p = weight / weight.sum()
    seen: set[tuple[int, int]] = set()
    out: list[tuple[int, int]] = []
    while len(out) < m:
        k = (m - len(out)) * 2
        req = rng.integers(0, n, k)
        tgt = rng.choice(n, size=k, p=p)
        for a, b in zip(req.tolist(), tgt.tolist(), strict=True):
            key = (min(a, b), max(a, b))
            if a != b and key not in seen:
                seen.add(key)
                out.append((a, b))
                if len(out) == m:
                    break
    return out


def perturb(instance: dict[str, Any], *, fraction: float = 0.01, seed: int = 0) -> dict[str, Any]:
    """A copy of `instance` after `fraction` of its requests change: a third cancelled, a
    third new accepted meetings, and a third as availability changes (a participant
    drops one of their available slots)."""
    rng = np.random.default_rng(seed + 7919)
    meetings = [dict(m) for m in instance["meetings"]]
    parts = [dict(p) for p in instance["participants"]]
    slot_ids = [s["id"] for s in instance["slots"]]
    k = max(1, round(len(meetings) * fraction / 3))
    drop = set(rng.choice(len(meetings), size=k, replace=False).tolist())
    meetings = [m for i, m in enumerate(meetings) if i not in drop]
    existing = {frozenset(m["participants"]) for m in meetings}
    n = len(parts)
    added = 0
    while added < k:
        a, b = (int(x) for x in rng.integers(0, n, 2))
        pair = frozenset((parts[a]["id"], parts[b]["id"]))
        if a != b and pair not in existing:
            existing.add(pair)
            added += 1
            meetings.append({"id": f"new{added}", "participants": sorted(pair), "priority": 1.0})
    for i in rng.choice(n, size=k, replace=False).tolist():
        avail = list(parts[i].get("available") or slot_ids)
        avail.pop(int(rng.integers(len(avail))))
        parts[i]["available"] = avail
    return {**instance, "participants": parts, "meetings": meetings}
