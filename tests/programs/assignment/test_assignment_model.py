"""The Python API the web console calls: parse_instance, assign, result_to_json."""

from __future__ import annotations

import pytest

from biobridge.programs.assignment import (
    Application,
    Assignment,
    Instance,
    InstanceError,
    Result,
    Reviewer,
    assign,
    parse_instance,
    result_to_json,
)
from biobridge.programs.assignment.generator import generate
from biobridge.programs.assignment.greedy import assign_greedy


def test_parse_instance_returns_plain_dataclasses():
    instance = parse_instance(
        {
            "reviewers": [{"id": "r1", "capacity": 2, "name": "ignored"}],
            "applications": [{"id": "a1", "reviews": 1}],
            "affinity": [{"reviewer": "r1", "application": "a1", "score": 1}],
            "conflicts": [{"reviewer": "r1", "application": "a1"}] * 2,
            "source": "extra keys are ignored",
        }
    )
    assert instance == Instance(
        reviewers=(Reviewer("r1", 2),),
        applications=(Application("a1", 1),),
        affinity={("r1", "a1"): 1.0},
        conflicts=frozenset({("r1", "a1")}),
    )


def test_parse_instance_allows_omitting_affinity_and_conflicts():
    instance = parse_instance({"reviewers": [], "applications": []})
    assert (instance.affinity, instance.conflicts) == ({}, frozenset())


def test_instance_error_is_a_value_error_with_one_line():
    with pytest.raises(ValueError, match=r"^reviewers\[0\]: 'capacity' must not be negative, got -2$") as exc:
        parse_instance({"reviewers": [{"id": "r1", "capacity": -2}], "applications": []})
    assert isinstance(exc.value, InstanceError)


def test_result_to_json_has_exactly_the_contract_keys():
    result = Result((Assignment("r1", "a1"),), 0.82, ("a7",), assigned=1, demand=4)
    assert result_to_json(result) == {
        "assignments": [{"reviewer": "r1", "application": "a1"}],
        "total_affinity": 0.82,
        "short": ["a7"],
    }


def test_generator_is_deterministic_and_has_the_requested_conflict_share():
    first, second = (
        generate(seed=4, applications=200, reviewers=50),
        generate(seed=4, applications=200, reviewers=50),
    )
    assert first == second
    share = len(first["conflicts"]) / (200 * 50)
    assert 0.035 < share < 0.065
    assert all(0 < a["score"] <= 1 for a in first["affinity"])


def test_exact_never_loses_to_greedy():
    instance = parse_instance(generate(seed=5, applications=300, reviewers=45, reviews=3))
    exact, greedy = assign(instance), assign_greedy(instance)
    assert exact.assigned >= greedy.assigned
    assert len(exact.short) <= len(greedy.short)
    assert exact.total_affinity >= greedy.total_affinity - 1e-9
