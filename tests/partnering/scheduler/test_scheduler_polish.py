"""The exact gap model (CP-SAT polish), the bound's matching shortcut and the re-run path."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest
from ortools.sat.python import cp_model
from schedcheck import check_schedule, idle_gaps, random_instance

from biobridge.partnering.scheduler.bound import participant_cap, participant_caps
from biobridge.partnering.scheduler.construct import first_fit
from biobridge.partnering.scheduler.gaps import gap_summary
from biobridge.partnering.scheduler.generator import generate, perturb
from biobridge.partnering.scheduler.model import Placement, parse_instance, result_to_json
from biobridge.partnering.scheduler.polish import WEIGHT, WORST, _gap_model, cpsat_gaps
from biobridge.partnering.scheduler.solver import assign_tables, solve
from biobridge.partnering.scheduler.state import State, compile_instance

B2B = Path("/work/shared/benchmarks/b2b")


def _first_fit_state(data: dict) -> tuple:
    c = compile_instance(parse_instance(data))
    st = State(c)
    first_fit(c, st)
    return c, st


@pytest.mark.parametrize("seed", range(8))
def test_gap_model_objective_equals_idle_gap_definition(seed):
    """Pin the model to a schedule: its objective must be exactly WEIGHT * total + worst."""
    rng = random.Random(seed)
    data = random_instance(rng, people=10, meetings=24, slots=8, tables=3)  # 2 days of 4 slots
    c, st = _first_fit_state(data)
    slot_of = st.snapshot()
    model, x = _gap_model(c, slot_of)
    for (m, s), v in x.items():
        model.add(v == (slot_of[m] == s))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = 10
    assert solver.solve(model) == cp_model.OPTIMAL
    total, worst = gap_summary(c, st.busy)
    assert round(solver.objective_value) == WEIGHT * total + WORST * worst


@pytest.mark.parametrize("seed", range(4))
def test_cpsat_gaps_keeps_the_meeting_set_and_never_adds_gaps(seed):
    data = generate(40, 90, days=2, slots_per_day=6, tables=12, seed=seed)
    c, st = _first_fit_state(data)
    before = gap_summary(c, st.busy)
    slot_of, lower = cpsat_gaps(c, st.snapshot(), time.perf_counter() + 5.0, seed=seed)
    assert slot_of is not None
    assert [s >= 0 for s in slot_of] == [s >= 0 for s in st.slot_of]
    after_state = State(c)
    for m, s in enumerate(slot_of):
        if s >= 0:
            assert after_state.free_slots(m) >> s & 1  # feasible, no clash, a table left
            after_state.assign(m, s)
    after = gap_summary(c, after_state.busy)
    assert after[0] <= before[0]
    assert 0 <= lower <= after[0]


def test_solve_small_instance_gap_polish_is_valid_and_keeps_every_meeting():
    data = generate(60, 150, days=1, slots_per_day=12, tables=14, seed=7, partial=0.3)
    out = result_to_json(solve(parse_instance(data), time_limit=4.0))
    check_schedule(data, out)
    assert (out["idle_gaps"]["total"], out["idle_gaps"]["worst_participant"]) == idle_gaps(data, out)
    assert len(out["assignments"]) == out["upper_bound"]


@pytest.mark.skipif(not B2B.is_dir(), reason="B2B benchmark not present")
def test_b2b_forum13_all_meetings_and_few_gaps():
    data = json.loads((B2B / "forum-13.json").read_text())
    # the gap polish searches until its budget runs out: 10 s left 8 gaps on the shared 2-core machine
    # while the suite's other worker ran (2026-12-07); 30 s gave 0-3 under the same load
    out = result_to_json(solve(parse_instance(data), time_limit=30.0))
    check_schedule(data, out)
    assert len(out["assignments"]) == 154
    assert out["idle_gaps"]["total"] <= 6  # the previous pipeline's figure; usually 0 now


@pytest.mark.parametrize("seed", range(3))
def test_participant_caps_shortcut_matches_the_matching(seed):
    data = generate(300, 1500, days=2, slots_per_day=6, tables=60, seed=seed, partial=0.5)
    c = compile_instance(parse_instance(data))
    assert participant_caps(c) == [participant_cap(c, p) for p in range(len(c.participant_ids))]


def test_rerun_on_perturbed_instance_moves_at_most_one_percent_and_is_fast():
    data = generate(3000, 9000, days=2, slots_per_day=14, tables=360, seed=4)
    first = solve(parse_instance(data), time_limit=5.0, seed=4)
    changed = perturb(data, fraction=0.01, seed=4)
    inst = parse_instance(changed)
    second = solve(inst, time_limit=2.0, previous=first.placements(), seed=4)
    check_schedule(changed, result_to_json(second))
    assert second.moved <= 0.01 * len(first.assignments)
    assert second.seconds < 2.0
    assert len(second.assignments) <= second.upper_bound


def test_assign_tables_keeps_published_tables_and_numbers_the_rest_uniquely():
    data = random_instance(random.Random(3), people=12, meetings=30, slots=8, tables=4)
    c, st = _first_fit_state(data)
    first = assign_tables(c, st.slot_of, {})  # published: even meetings, table 1 renumbered 4
    previous = {
        c.meeting_ids[m]: Placement(c.slot_ids[s], 4 if first[m] == 1 else first[m])
        for m, s in enumerate(st.slot_of)
        if s >= 0 and m % 2 == 0
    }
    tables = assign_tables(c, st.slot_of, previous)
    per_slot: dict[int, set[int]] = {}
    for m, s in enumerate(st.slot_of):
        if s < 0:
            continue
        assert 1 <= tables[m] <= c.tables[s]
        assert tables[m] not in per_slot.setdefault(s, set())
        per_slot[s].add(tables[m])
    kept = [m for m in range(len(st.slot_of)) if c.meeting_ids[m] in previous]
    assert all(tables[m] == previous[c.meeting_ids[m]].table for m in kept)


def test_anneal_with_a_long_budget_never_ends_worse_than_it_started():
    from biobridge.partnering.scheduler.compact import anneal

    data = generate(40, 120, days=1, slots_per_day=12, tables=10, seed=11)
    c, st = _first_fit_state(data)
    before, placed = gap_summary(c, st.busy), set(st.scheduled())
    anneal(st, deadline=time.perf_counter() + 1.5, seed=1)
    assert set(st.scheduled()) == placed
    assert gap_summary(c, st.busy)[0] <= before[0]
