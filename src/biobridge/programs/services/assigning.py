"""The web console's door to contract 2: build an instance from the database and call the same
`parse_instance` + `assign` as `biobridge review assign`, then store the assignments."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from biobridge.accounts.enums import PlatformRole
from biobridge.accounts.models import User
from biobridge.programs.affinity import Scorer
from biobridge.programs.assignment import assign, parse_instance
from biobridge.programs.conflicts import conflicts_between
from biobridge.programs.enums import REVIEWED_STAGES, ApplicationState
from biobridge.programs.models import Application, Program, ProgramStage, ReviewAssignment


@dataclass(frozen=True)
class AssignmentRun:
    created: int
    total_affinity: float
    short: list[int]  # application ids that could not get all their reviews


def reviewer_pool() -> list[User]:
    return list(
        User.objects.filter(groups__name=PlatformRole.REVIEWER, is_active=True)
        .select_related("expert_profile")
        .prefetch_related("expert_profile__expertise")
        .order_by("pk")
    )


def applications_in(stage: ProgramStage) -> list[Application]:
    return list(
        stage.program.applications.filter(state=ApplicationState.SUBMITTED, stage=stage)
        .select_related("organization")
        .prefetch_related("organization__tags")
        .order_by("pk")
    )


def build_instance_data(program: Program, stage: ProgramStage, *, scorer: Scorer | None = None) -> dict:
    """Contract-2 JSON for the stage. Existing assignments reduce demand and capacity and are
    listed as conflicts, so a second run only tops up."""
    reviewers, applications = reviewer_pool(), applications_in(stage)
    existing = list(ReviewAssignment.objects.filter(stage=stage).values_list("reviewer_id", "application_id"))
    load, got = Counter(r for r, _a in existing), Counter(a for _r, a in existing)
    conflicts = conflicts_between([r.pk for r in reviewers], [a.organization_id for a in applications])
    scorer = scorer or Scorer()
    data: dict = {"reviewers": [], "applications": [], "affinity": [], "conflicts": []}
    for reviewer in reviewers:
        capacity = _capacity(reviewer, program) - load[reviewer.pk]
        data["reviewers"].append({"id": str(reviewer.pk), "capacity": max(capacity, 0)})
    for app in applications:
        data["applications"].append(
            {"id": str(app.pk), "reviews": max(program.reviews_per_application - got[app.pk], 0)}
        )
    taken = set(existing)
    for reviewer in reviewers:
        expertise = (
            list(reviewer.expert_profile.expertise.all()) if hasattr(reviewer, "expert_profile") else []
        )
        for app in applications:
            pair = {"reviewer": str(reviewer.pk), "application": str(app.pk)}
            if (reviewer.pk, app.organization_id) in conflicts or (reviewer.pk, app.pk) in taken:
                data["conflicts"].append(pair)
                continue
            score = scorer.score(expertise, list(app.organization.tags.all()))
            if score:
                data["affinity"].append({**pair, "score": score})
    return data


def _capacity(reviewer: User, program: Program) -> int:
    profile = getattr(reviewer, "expert_profile", None)
    return (
        profile.capacity
        if profile is not None and profile.capacity is not None
        else program.reviewer_capacity
    )


@transaction.atomic
def run_assignment(program: Program, *, stage: ProgramStage, actor) -> AssignmentRun:
    """Assign reviewers for `stage` optimally (contract 2's solver) and store the new assignments.

    Side effects: ReviewAssignment rows. Operators only (checked by the caller's permission).
    """
    if stage.kind not in REVIEWED_STAGES:
        raise ValidationError({"stage": [_("Reviewers are assigned only in review and pitch stages.")]})
    # Lock the program so two operators clicking at once do not both top up the same stage.
    Program.objects.select_for_update().get(pk=program.pk)
    data = build_instance_data(program, stage)
    result = assign(parse_instance(data))
    scores = {(a["reviewer"], a["application"]): a["score"] for a in data["affinity"]}
    ReviewAssignment.objects.bulk_create(
        [
            ReviewAssignment(
                stage=stage,
                application_id=int(a.application),
                reviewer_id=int(a.reviewer),
                affinity=scores.get((a.reviewer, a.application), 0.0),
            )
            for a in result.assignments
        ]
    )
    return AssignmentRun(len(result.assignments), result.total_affinity, [int(s) for s in result.short])
