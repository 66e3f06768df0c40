"""The solver against independent exact models, and the contract's rules on hand-made cases."""

from __future__ import annotations

import random

import pytest
from assignment_reference import brute_force_optimum, cp_sat_optimum, random_instance

from biobridge.programs.assignment import Assignment, assign, parse_instance
from biobridge.programs.assignment import shortage as shortage_module
from biobridge.programs.assignment.check import violations
from biobridge.programs.assignment.generator import generate

TOLERANCE = 1e-6  # scores have 3 decimals; the solver resolves 1e-6


def _key(result):
    return result.assigned, len(result.short), result.total_affinity


def _instance(reviewers, applications, affinity=(), conflicts=()):
    return parse_instance(
        {
            "reviewers": [{"id": r, "capacity": c} for r, c in reviewers],
            "applications": [{"id": a, "reviews": n} for a, n in applications],
            "affinity": [{"reviewer": r, "application": a, "score": s} for r, a, s in affinity],
            "conflicts": [{"reviewer": r, "application": a} for r, a in conflicts],
        }
    )


@pytest.mark.parametrize("seed", range(60))
def test_assign_matches_cp_sat_on_random_small_instances(seed):
    rng = random.Random(seed)
    instance = parse_instance(
        random_instance(rng, reviewers=rng.randint(1, 6), applications=rng.randint(1, 9))
    )
    result = assign(instance)
    reviews, short, affinity = cp_sat_optimum(instance)
    assert violations(instance, result) == []
    assert (result.assigned, len(result.short)) == (reviews, short)
    assert result.total_affinity == pytest.approx(affinity, abs=TOLERANCE * max(1, reviews))
    assert result.proven_optimal and result.short_proven
    assert result.total_affinity <= result.affinity_bound + TOLERANCE * max(1, reviews)


@pytest.mark.parametrize("seed", range(25))
def test_assign_matches_brute_force_on_tiny_instances(seed):
    rng = random.Random(1000 + seed)
    instance = parse_instance(
        random_instance(rng, reviewers=rng.randint(1, 3), applications=rng.randint(1, 4))
    )
    result = assign(instance)
    reviews, short, affinity = brute_force_optimum(instance)
    assert (result.assigned, len(result.short)) == (reviews, short)
    assert result.total_affinity == pytest.approx(affinity, abs=TOLERANCE * max(1, reviews))


@pytest.mark.parametrize("seed", range(6))
def test_assign_matches_cp_sat_on_tight_generated_rounds(seed):
    # Capacity below demand: exercises the min-cut reduction and the fewest-short step.
    instance = parse_instance(generate(seed=seed, applications=14, reviewers=5, reviews=2, slack=0.8))
    result = assign(instance)
    assert result.assigned < result.demand
    assert _key(result)[:2] == cp_sat_optimum(instance)[:2]
    assert result.total_affinity == pytest.approx(cp_sat_optimum(instance)[2], abs=1e-4)


@pytest.mark.parametrize("seed", range(20))
def test_flow_heuristic_alone_keeps_reviews_exact_and_only_claims_proven_counts(seed, monkeypatch):
    # Force the path large instances take: no CP-SAT after the flow heuristic.
    monkeypatch.setattr(shortage_module, "CP_SAT_ARCS_PER_SECOND", 0)
    rng = random.Random(2000 + seed)
    instance = parse_instance(
        random_instance(rng, reviewers=rng.randint(2, 6), applications=rng.randint(3, 9))
    )
    result = assign(instance)
    reviews, short, _ = cp_sat_optimum(instance)
    assert violations(instance, result) == []
    assert result.assigned == reviews
    assert len(result.short) >= short
    if result.short_proven:
        assert len(result.short) == short
        # The bound holds for the true optimum too.
        assert cp_sat_optimum(instance)[2] <= result.affinity_bound + TOLERANCE * max(1, reviews)
    assert result.total_affinity <= result.affinity_bound + TOLERANCE * max(1, reviews)


def test_conflict_is_never_assigned_even_with_the_best_score():
    instance = _instance(
        [("r1", 5), ("r2", 5), ("r3", 5)],
        [("a1", 3)],
        affinity=[("r1", "a1", 0.99), ("r2", "a1", 0.1)],
        conflicts=[("r1", "a1")],
    )
    result = assign(instance)
    assert result.assignments == (Assignment("r2", "a1"), Assignment("r3", "a1"))
    assert result.short == ("a1",)
    assert result.total_affinity == 0.1


def test_capacity_and_at_most_once_hold():
    # One reviewer with room for 5 can still review a1 only once.
    instance = _instance([("r1", 5)], [("a1", 3), ("a2", 1)], affinity=[("r1", "a1", 0.5)])
    result = assign(instance)
    assert result.assignments == (Assignment("r1", "a1"), Assignment("r1", "a2"))
    assert result.short == ("a1",)


def test_capacity_is_never_exceeded_on_generated_rounds():
    instance = parse_instance(generate(seed=3, applications=300, reviewers=40, reviews=3, slack=0.95))
    result = assign(instance, time_limit=2.0)
    assert violations(instance, result) == []
    assert result.assigned == sum(r.capacity for r in instance.reviewers)


def test_short_keeps_the_most_applications_complete_before_affinity():
    # Three single-slot reviewers, 3 reviews to give. Giving them all to a1 scores 3.0
    # but leaves b, c, d short; completing b, c, d leaves only a1 short: that wins.
    reviewers = [("r1", 1), ("r2", 1), ("r3", 1)]
    affinity = [(r, "a1", 1.0) for r, _ in reviewers]
    instance = _instance(reviewers, [("a1", 3), ("b", 1), ("c", 1), ("d", 1)], affinity=affinity)
    result = assign(instance)
    assert result.assigned == 3
    assert result.short == ("a1",)
    assert result.total_affinity == 0.0


def test_short_lists_applications_in_instance_order_when_capacity_runs_out():
    instance = _instance([("r1", 2), ("r2", 2)], [("a3", 2), ("a1", 2), ("a2", 2), ("a0", 0)])
    result = assign(instance)
    assert result.assigned == 4
    assert len(result.short) == 1  # 4 reviews complete two of the three applications
    assert set(result.short) < {"a3", "a1", "a2"}
    assert list(result.short) == [a for a in ("a3", "a1", "a2") if a in result.short]


def test_missing_affinity_scores_zero():
    instance = _instance(
        [("r1", 1), ("r2", 1), ("r3", 1)],
        [("a1", 2)],
        affinity=[("r1", "a1", 0.2), ("r3", "a1", -0.1)],
    )
    result = assign(instance)
    assert result.assignments == (Assignment("r1", "a1"), Assignment("r2", "a1"))
    assert result.total_affinity == 0.2


def test_affinity_bound_equals_total_when_every_review_is_given():
    instance = parse_instance(generate(seed=2, applications=60, reviewers=12, reviews=3))
    result = assign(instance)
    assert result.short == ()
    assert result.affinity_bound == result.total_affinity


def test_no_affinity_at_all_still_covers_every_application():
    instance = _instance([("r1", 2), ("r2", 2)], [("a1", 2), ("a2", 2)])
    result = assign(instance)
    assert (result.assigned, result.short, result.total_affinity) == (4, (), 0.0)


def test_negative_score_is_assigned_when_coverage_needs_it():
    instance = _instance([("r1", 1)], [("a1", 1)], affinity=[("r1", "a1", -0.5)])
    result = assign(instance)
    assert result.assignments == (Assignment("r1", "a1"),)
    assert result.total_affinity == -0.5


def test_negative_score_loses_to_an_unlisted_pair():
    instance = _instance([("r1", 1), ("r2", 1)], [("a1", 1)], affinity=[("r1", "a1", -0.5)])
    assert assign(instance).assignments == (Assignment("r2", "a1"),)


def test_large_scores_are_scaled_without_overflow():
    instance = _instance(
        [("r1", 1), ("r2", 1)], [("a1", 1)], affinity=[("r1", "a1", 1e12), ("r2", "a1", 1e12 + 1e6)]
    )
    result = assign(instance)
    assert result.assignments == (Assignment("r2", "a1"),)


def test_empty_instance_gives_an_empty_result():
    result = assign(_instance([], []))
    assert (result.assignments, result.total_affinity, result.short) == ((), 0.0, ())


def test_reviewers_without_capacity_leave_everything_short():
    result = assign(_instance([("r1", 0)], [("a1", 1), ("a2", 0)]))
    assert (result.assignments, result.short) == ((), ("a1",))
