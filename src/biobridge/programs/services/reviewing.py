"""Reviewers: expertise, declared conflicts, and scoring against the program's rubric."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from biobridge.directory.models import Organization, Term
from biobridge.programs.enums import ApplicationState, ConflictKind
from biobridge.programs.models import (
    Criterion,
    DeclaredConflict,
    ExpertProfile,
    Review,
    ReviewAssignment,
    Score,
)
from biobridge.programs.rules import can_review


@transaction.atomic
def update_expert_profile(user, *, expertise: Iterable[str], capacity: int | None = None) -> ExpertProfile:
    """Set a reviewer's or mentor's expertise (taxonomy keys) and capacity."""
    keys = list(dict.fromkeys(expertise))
    terms = list(Term.objects.filter(key__in=keys))
    unknown = sorted(set(keys) - {t.key for t in terms})
    if unknown:
        raise ValidationError(
            {"expertise": [_("Unknown taxonomy terms: %(keys)s.") % {"keys": ", ".join(unknown)}]}
        )
    if capacity is not None and not 0 <= capacity <= 500:
        raise ValidationError({"capacity": [_("Capacity must be between 0 and 500.")]})
    profile, _created = ExpertProfile.objects.get_or_create(user=user)
    profile.capacity = capacity
    profile.save(update_fields=["capacity"])
    profile.expertise.set(terms)
    return profile


def declare_conflict(user, *, organization: Organization, kind: str) -> DeclaredConflict:
    """Record that `user` works for, advises or invested in `organization` (idempotent)."""
    if kind not in ConflictKind.values:
        raise ValidationError({"kind": [_("Choose a kind of conflict.")]})
    return DeclaredConflict.objects.get_or_create(user=user, organization=organization, kind=kind)[0]


def weighted_total(criteria: list[Criterion], values: Mapping[int, int]) -> float:
    """Weighted mean of the scores, each mapped onto 0–100 within its criterion's range."""
    weight = sum(c.weight for c in criteria)
    total = sum(c.weight * (values[c.pk] - c.min_score) / (c.max_score - c.min_score) for c in criteria)
    return round(100 * total / weight, 2) if weight else 0.0


def validate_scores(criteria: list[Criterion], values: Mapping[int, object]) -> dict[int, int]:
    """Every criterion scored with an integer in its range; errors keyed `criterion_<id>`."""
    errors: dict[str, list[str]] = {}
    clean: dict[int, int] = {}
    for criterion in criteria:
        raw = values.get(criterion.pk)
        try:
            value = int(str(raw))
        except (TypeError, ValueError):
            errors[f"criterion_{criterion.pk}"] = [_("Give a score.")]
            continue
        if not criterion.min_score <= value <= criterion.max_score:
            errors[f"criterion_{criterion.pk}"] = [
                _("Scores run from %(low)s to %(high)s.")
                % {"low": criterion.min_score, "high": criterion.max_score}
            ]
            continue
        clean[criterion.pk] = value
    if errors:
        raise ValidationError(errors)
    return clean


@transaction.atomic
def submit_review(
    assignment: ReviewAssignment, *, scores: Mapping[int, object], comment: str, actor
) -> Review:
    """Store (or replace) the reviewer's scores and comment for their assignment.

    Refused for anyone but the assigned, non-conflicted reviewer, and once a decision is made.
    """
    if not can_review(actor, assignment):
        raise PermissionDenied(_("You can only review applications assigned to you."))
    application = assignment.application
    if application.state != ApplicationState.SUBMITTED or application.stage_id != assignment.stage_id:
        raise ValidationError(_("This stage of the application is closed for review."))
    criteria = list(assignment.stage.program.criteria.all())
    clean = validate_scores(criteria, scores)
    review, _created = Review.objects.update_or_create(
        assignment=assignment,
        defaults={"comment": (comment or "").strip()[:5000], "total": weighted_total(criteria, clean)},
    )
    review.scores.all().delete()
    Score.objects.bulk_create([Score(review=review, criterion_id=pk, value=v) for pk, v in clean.items()])
    return review
