"""Reads of programs: visibility-checked fetches, reviewer worklists, the ranking."""

from __future__ import annotations

import statistics
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from biobridge.accounts.rules import is_operator
from biobridge.programs.conflicts import conflicts_between
from biobridge.programs.enums import ApplicationState, SlotKind
from biobridge.programs.models import (
    Application,
    Attachment,
    Booking,
    Program,
    ProgramStage,
    Review,
    ReviewAssignment,
    SessionNote,
    Slot,
)


def programs_for_listing(user=None) -> QuerySet[Program]:
    qs = Program.objects.prefetch_related("hosts", "stages").annotate(
        n_applications=Count("applications", filter=~Q(applications__state=ApplicationState.DRAFT))
    )
    return qs if is_operator(user) else qs.filter(published=True)


def get_program_or_404(pk: int, user=None) -> Program:
    program = (
        programs_for_listing(user)
        .prefetch_related("form_fields", "criteria", "eligible_terms")
        .filter(pk=pk)
        .first()
    )
    if program is None:
        raise Http404("No such program")
    return program


def applications_for_user(user) -> QuerySet[Application]:
    """The applications of the organisations `user` belongs to."""
    if not user.is_authenticated:
        return Application.objects.none()
    return Application.objects.filter(organization__memberships__user=user).select_related(
        "program", "organization", "stage"
    )


def get_application_for_user_or_404(user, pk: int) -> Application:
    """404 (not 403) for an application the user may not see, so ids reveal nothing."""
    app = Application.objects.select_related("program", "organization", "stage").filter(pk=pk).first()
    if app is None or not user.has_perm("programs.view_application", app):
        raise Http404("No such application")
    return app


def get_attachment_for_user_or_404(user, attachment_id: uuid.UUID) -> Attachment:
    attachment = (
        Attachment.objects.select_related("application__organization", "application__program")
        .filter(pk=attachment_id)
        .first()
    )
    if attachment is None or not user.has_perm("programs.view_application", attachment.application):
        raise Http404("No such file")
    return attachment


def attachments_by_id(application: Application) -> dict[str, Attachment]:
    return {str(a.pk): a for a in application.attachments.all()}


def answer_rows(application: Application) -> list[tuple]:
    """(question, shown value, attachment or None) per form question; choices shown by label."""
    attachments = attachments_by_id(application)
    rows = []
    for question in application.program.form_fields.all():
        value = application.answers.get(question.key)
        if question.kind == "choice":
            value = dict(question.choice_pairs()).get(value, value)
        rows.append((question, value, attachments.get(str(value))))
    return rows


def assignments_for_reviewer(user) -> list[ReviewAssignment]:
    """The reviewer's own assignments, minus any that a later-declared conflict now forbids."""
    rows = list(
        ReviewAssignment.objects.filter(reviewer=user)
        .select_related("application__organization", "application__program", "stage", "review")
        .order_by("stage__program", "application__pk")
    )
    conflicts = conflicts_between([user.pk], {r.application.organization_id for r in rows})
    return [r for r in rows if (user.pk, r.application.organization_id) not in conflicts]


def get_assignment_for_user_or_404(user, pk: int) -> ReviewAssignment:
    assignment = (
        ReviewAssignment.objects.select_related(
            "application__organization", "application__program", "stage__program"
        )
        .filter(pk=pk)
        .first()
    )
    if assignment is None or not user.has_perm("programs.review_assignment", assignment):
        raise Http404("No such assignment")
    return assignment


# --- ranking -------------------------------------------------------------------------------


@dataclass
class RankRow:
    application: Application
    totals: list[float] = field(default_factory=list)  # raw weighted totals, 0–100
    z_scores: list[float] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    normalised: float | None = None
    mean: float | None = None
    spread: float = 0.0
    disagreement: bool = False
    rank: int = 0


def reviewer_z_scores(reviews: list[Review]) -> dict[int, float]:
    """Each review's total as a z-score within its reviewer's own reviews (harsh and lenient
    reviewers become comparable). A reviewer with one review or no spread contributes 0."""
    by_reviewer: dict[int, list[Review]] = defaultdict(list)
    for review in reviews:
        by_reviewer[review.assignment.reviewer_id].append(review)
    out: dict[int, float] = {}
    for own in by_reviewer.values():
        totals = [r.total for r in own]
        mean = statistics.fmean(totals)
        spread = statistics.pstdev(totals) if len(totals) > 1 else 0.0
        for review in own:
            out[review.pk] = round((review.total - mean) / spread, 4) if spread else 0.0
    return out


def rank_applications(stage: ProgramStage) -> list[RankRow]:
    """Applications in (or past) `stage`, best normalised score first; unreviewed ones last."""
    reviews = list(
        Review.objects.filter(assignment__stage=stage).select_related("assignment", "assignment__reviewer")
    )
    z = reviewer_z_scores(reviews)
    rows: dict[int, RankRow] = {}
    apps = (
        stage.program.applications.filter(assignments__stage=stage)
        .select_related("organization", "stage")
        .distinct()
    )
    for app in apps:
        rows[app.pk] = RankRow(app)
    for review in reviews:
        row = rows[review.assignment.application_id]
        row.reviews.append(review)
        row.totals.append(review.total)
        row.z_scores.append(z[review.pk])
    threshold = stage.program.disagreement_threshold
    for row in rows.values():
        if row.totals:
            row.mean = round(statistics.fmean(row.totals), 2)
            row.normalised = round(statistics.fmean(row.z_scores), 4)
            row.spread = round(statistics.pstdev(row.totals), 2) if len(row.totals) > 1 else 0.0
            row.disagreement = row.spread > threshold
    ranked = sorted(
        rows.values(),
        key=lambda r: (r.normalised is None, -(r.normalised or 0), -(r.mean or 0), r.application.pk),
    )
    for position, row in enumerate(ranked, start=1):
        row.rank = position
    return ranked


# --- coaching --------------------------------------------------------------------------------


def open_slots(*, kind: str | None = None) -> QuerySet[Slot]:
    qs = (
        Slot.objects.filter(starts_at__gt=timezone.now())
        .exclude(Exists(Booking.objects.filter(slot=OuterRef("pk"), cancelled_at__isnull=True)))
        .select_related("host", "host_organization", "program")
    )
    return qs.filter(kind=kind) if kind else qs


def office_hours() -> QuerySet[Slot]:
    return open_slots(kind=SlotKind.OFFICE_HOURS)


def coaching_slots_for(user) -> QuerySet[Slot]:
    """Open coaching slots of the mentors matched with the user's selected organisations."""
    return (
        open_slots(kind=SlotKind.COACHING)
        .filter(
            host__mentees__application__organization__memberships__user=user,
            host__mentees__application__state=ApplicationState.SELECTED,
        )
        .distinct()
    )


def bookings_for_user(user) -> QuerySet[Booking]:
    """Sessions the user hosts or their organisations booked (operators: all)."""
    qs = Booking.objects.filter(cancelled_at__isnull=True).select_related(
        "slot__host", "organization", "slot__host_organization"
    )
    if is_operator(user):
        return qs
    return qs.filter(Q(slot__host=user) | Q(organization__memberships__user=user)).distinct()


def get_booking_for_user_or_404(user, pk: int) -> Booking:
    booking = (
        Booking.objects.select_related("slot__host", "organization")
        .prefetch_related(Prefetch("notes", queryset=SessionNote.objects.select_related("author")))
        .filter(pk=pk)
        .first()
    )
    if booking is None or not user.has_perm("programs.view_booking", booking):
        raise Http404("No such booking")
    return booking


def slots_hosted_by(user) -> QuerySet[Slot]:
    return Slot.objects.filter(host=user, starts_at__gt=timezone.now()).prefetch_related(
        Prefetch(
            "bookings",
            queryset=Booking.objects.filter(cancelled_at__isnull=True).select_related("organization"),
        )
    )
