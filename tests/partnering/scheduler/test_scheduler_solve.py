"""Solver behaviour: validity on random instances, optimality and bounds on tiny ones,
gaps on hand examples, re-scheduling, and a real B2B instance."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import pytest
from schedcheck import check_schedule, idle_gaps, random_instance

from biobridge.partnering.scheduler.bound import upper_bound
from biobridge.partnering.scheduler.gaps import participant_gaps
from biobridge.partnering.scheduler.generator import generate, perturb
from biobridge.partnering.scheduler.model import Placement, parse_instance, result_to_json
from biobridge.partnering.scheduler.solver import solve
from biobridge.partnering.scheduler.state import compile_instance

pytestmark = []

B2B = Path("/work/shared/benchmarks/b2b")


def _brute_force(data: dict) -> tuple[float, int]:
    """(best total priority, most meetings) over every assignment of meetings to slots."""
    inst = parse_instance(data)
    slots = [s.id for s in inst.slots]
    avail = {p.id: p.available or frozenset(slots) for p in inst.participants}
    options = []
    for m in inst.meetings:
        ok = [
            s
            for s in slots
            if (m.allowed is None or s in m.allowed) and all(s in avail[p] for p in m.participants)
        ]
        options.append([None, *ok])
    best_prio, best_count = 0.0, 0
    for choice in itertools.product(*options):
        people, load, valid = set(), {}, True
        for m, s in zip(inst.meetings, choice, strict=True):
            if s is None:
                continue
            load[s] = load.get(s, 0) + 1
            if load[s] > inst.tables[s] or any((p, s) in people for p in m.participants):
                valid = False
                break
            people.update((p, s) for p in m.participants)
        if valid:
            prio = sum(m.priority for m, s in zip(inst.meetings, choice, strict=True) if s is not None)
            best_prio = max(best_prio, prio)
            best_count = max(best_count, sum(s is not None for s in choice))
    return best_prio, best_count


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("tables", [2, "per-slot"])
def test_solve_random_instances_obey_every_rule(seed, tables):
    data = random_instance(random.Random(seed), people=12, meetings=30, slots=8, tables=tables)
    out = result_to_json(solve(parse_instance(data), time_limit=0.5))
    check_schedule(data, out)


@pytest.mark.parametrize("seed", range(25))
def test_solve_tiny_instances_optimal_and_bound_valid(seed):
    rng = random.Random(1000 + seed)
    data = random_instance(rng, people=5, meetings=6, slots=3, tables=rng.choice([1, 2, "per-slot"]))
    best_prio, best_count = _brute_force(data)
    inst = parse_instance(data)
    res = solve(inst, time_limit=2.0)
    check_schedule(data, result_to_json(res))
    assert res.scheduled_priority == pytest.approx(best_prio)
    assert upper_bound(compile_instance(inst)) >= best_count


def test_bound_equals_total_when_everything_fits():
    data = generate(60, 120, days=1, slots_per_day=12, tables=30, seed=3, partial=0.0, alpha=5.0)
    inst = parse_instance(data)
    res = solve(inst, time_limit=5.0)
    assert len(res.assignments) == 120
    assert res.upper_bound == 120


def test_bound_counts_a_participant_with_more_meetings_than_slots():
    slots = [
        {"id": f"s{i}", "start": f"2026-06-16T0{i}:00:00+00:00", "end": f"2026-06-16T0{i}:30:00+00:00"}
        for i in range(3)
    ]
    people = [{"id": f"p{i}"} for i in range(7)]
    meetings = [{"id": f"m{i}", "participants": ["p0", f"p{i}"]} for i in range(1, 7)]
    data = {"slots": slots, "tables": 5, "participants": people, "meetings": meetings}
    res = solve(parse_instance(data), time_limit=1.0)
    assert (len(res.assignments), res.upper_bound) == (3, 3)
    assert set(res.unscheduled_reasons.values()) == {"p0 is booked in every common slot"}


def test_gaps_hand_examples():
    days = [0b0000_1111, 0b1111_0000]
    assert participant_gaps(0b0000_1001, 0b1111_1111, days) == 2
    assert participant_gaps(0b0000_1001, 0b1111_1011, days) == 1  # slot 2 unavailable: no gap
    assert participant_gaps(0b0001_1000, 0b1111_1111, days) == 0  # last of day 1, first of day 2
    assert participant_gaps(0b1010_0101, 0b1111_1111, days) == 2
    assert participant_gaps(0b0000_0001, 0b1111_1111, days) == 0


def test_gaps_reported_match_definition_on_generated_instance():
    data = generate(200, 600, days=2, slots_per_day=6, tables=40, seed=5)
    out = result_to_json(solve(parse_instance(data), time_limit=2.0))
    check_schedule(data, out)
    assert (out["idle_gaps"]["total"], out["idle_gaps"]["worst_participant"]) == idle_gaps(data, out)


def test_rerun_with_previous_moves_few_meetings():
    data = generate(600, 1800, days=2, slots_per_day=8, tables=90, seed=2)
    first = solve(parse_instance(data), time_limit=2.0)
    changed = perturb(data, fraction=0.01, seed=2)
    second = solve(parse_instance(changed), time_limit=2.0, previous=first.placements())
    check_schedule(changed, result_to_json(second))
    assert second.moved <= 0.01 * len(first.assignments)
    kept = {a.meeting: a for a in second.assignments}
    same = [m for m, p in first.placements().items() if m in kept and kept[m].slot == p.slot]
    assert all(kept[m].table == first.placements()[m].table for m in same)


def test_rerun_counts_a_published_meeting_whose_slot_vanished_as_moved():
    slots = [
        {"id": f"s{i}", "start": f"2026-06-16T0{i}:00:00+00:00", "end": f"2026-06-16T0{i}:30:00+00:00"}
        for i in range(2)
    ]
    data = {
        "slots": slots,
        "tables": 1,
        "participants": [{"id": "a"}, {"id": "b", "available": ["s1"]}],
        "meetings": [{"id": "m1", "participants": ["a", "b"]}],
    }
    res = solve(parse_instance(data), time_limit=1.0, previous={"m1": Placement("s0", 1)})
    assert [(a.meeting, a.slot, a.table) for a in res.assignments] == [("m1", "s1", 1)]
    assert res.moved == 1


@pytest.mark.skipif(not B2B.is_dir(), reason="B2B benchmark not present")
def test_b2b_small_instance_schedules_every_meeting():
    data = json.loads((B2B / "tic-12.json").read_text())
    out = result_to_json(solve(parse_instance(data), time_limit=5.0))
    check_schedule(data, out)
    assert (len(out["assignments"]), out["unscheduled"], out["upper_bound"]) == (125, [], 125)


def test_unscheduled_reasons_name_the_cause():
    slots = [
        {"id": f"s{i}", "start": f"2026-06-16T0{i}:00:00+00:00", "end": f"2026-06-16T0{i}:30:00+00:00"}
        for i in range(2)
    ]
    people = [
        {"id": "a", "available": ["s0"]},
        {"id": "b", "available": ["s1"]},
        {"id": "c"},
        {"id": "d"},
        {"id": "e"},
        {"id": "f"},
        {"id": "g"},
    ]
    meetings = [
        {"id": "m1", "participants": ["a", "b"]},
        {"id": "m2", "participants": ["c", "d"], "priority": 2.0},
        {"id": "m3", "participants": ["e", "f"], "priority": 2.0},
        {"id": "m4", "participants": ["a", "g"], "allowed": ["s0"]},
    ]
    data = {"slots": slots, "tables": {"s0": 1, "s1": 1}, "participants": people, "meetings": meetings}
    res = solve(parse_instance(data), time_limit=1.0)
    assert sorted(a.meeting for a in res.assignments) == ["m2", "m3"]
    assert res.unscheduled_reasons == {
        "m1": "a has no common free slot with b",
        "m4": "all common slots full",
    }
