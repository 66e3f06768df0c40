"""Coaching and follow-up: mentor matching, slots, 1:1 bookings, notes, milestones, reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from biobridge.accounts.enums import PlatformRole
from biobridge.accounts.models import User
from biobridge.accounts.rules import is_operator, is_org_member
from biobridge.directory.models import Organization
from biobridge.programs.affinity import Scorer
from biobridge.programs.enums import ApplicationState, SlotKind
from biobridge.programs.models import (
    Application,
    Booking,
    MentorMatch,
    Milestone,
    Program,
    ProgressReport,
    SessionNote,
    Slot,
)
from biobridge.programs.rules import is_booking_party, is_matched_mentor, is_mentor

# --- mentor matching ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MentorSuggestion:
    mentor: User
    score: float
    shared: list[str]  # the terms mentor expertise and startup needs have in common


def suggest_mentors(application: Application, *, limit: int = 5) -> list[MentorSuggestion]:
    """Mentors whose expertise best covers the startup's fields and needs (seeking tags)."""
    scorer = Scorer()
    needs = list(application.organization.tags.all())
    mentors = User.objects.filter(groups__name=PlatformRole.MENTOR, is_active=True).prefetch_related(
        "expert_profile__expertise"
    )
    out = []
    for mentor in mentors:
        expertise = list(mentor.expert_profile.expertise.all()) if hasattr(mentor, "expert_profile") else []
        shared = sorted({str(t) for t in expertise} & {str(t) for t in needs})
        out.append(MentorSuggestion(mentor, scorer.score(expertise, needs), shared))
    return sorted(out, key=lambda s: (-s.score, s.mentor.pk))[:limit]


@transaction.atomic
def match_mentor(
    application: Application, *, mentor: User, actor, score: float = 0.0, reason: str = ""
) -> MentorMatch:
    """Pair a selected startup with a mentor (operators only)."""
    if not is_operator(actor):
        raise PermissionDenied(_("Only operators match mentors."))
    if application.state != ApplicationState.SELECTED:
        raise ValidationError(_("Only selected startups are coached."))
    if not is_mentor(mentor):
        raise ValidationError({"mentor": [_("This person does not have the mentor role.")]})
    match, _created = MentorMatch.objects.get_or_create(
        application=application, mentor=mentor, defaults={"score": score, "reason": reason[:300]}
    )
    return match


# --- slots and bookings ------------------------------------------------------------------------


@dataclass
class SlotData:
    kind: str
    starts_at: datetime
    ends_at: datetime
    program: Program | None = None
    host_organization: Organization | None = None
    location: str = ""


def validate_slot(data: SlotData) -> None:
    errors: dict[str, list[str]] = {}
    if data.kind not in SlotKind.values:
        errors["kind"] = [_("Choose coaching or office hours.")]
    if data.ends_at <= data.starts_at:
        errors["ends_at"] = [_("The end must be after the start.")]
    if data.starts_at < timezone.now():
        errors["starts_at"] = [_("Slots must be in the future.")]
    if data.kind == SlotKind.COACHING and data.program is None:
        errors["program"] = [_("Coaching slots belong to a program.")]
    if data.kind == SlotKind.OFFICE_HOURS and data.host_organization is None:
        errors["host_organization"] = [_("Office hours belong to a host organisation.")]
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def publish_slot(*, host: User, data: SlotData) -> Slot:
    """A mentor offers a coaching hour, or a host's member opens partnering-office hours."""
    if not (is_mentor(host) or is_operator(host)):
        raise PermissionDenied(_("Only mentors and operators publish slots."))
    if data.host_organization is not None and not (
        is_org_member(host, data.host_organization) or is_operator(host)
    ):
        raise PermissionDenied(_("Only members of the host organisation open its office hours."))
    validate_slot(data)
    overlapping = Slot.objects.filter(host=host, starts_at__lt=data.ends_at, ends_at__gt=data.starts_at)
    if overlapping.exists():
        raise ValidationError({"starts_at": [_("You already have a slot at that time.")]})
    return Slot.objects.create(
        kind=data.kind,
        host=host,
        program=data.program,
        host_organization=data.host_organization,
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        location=data.location.strip()[:200],
    )


def may_book(slot: Slot, organization: Organization) -> bool:
    """Office hours: any organisation. Coaching: a startup selected in the slot's program and matched
    with the slot's mentor."""
    if slot.kind == SlotKind.OFFICE_HOURS:
        return True
    return MentorMatch.objects.filter(
        mentor=slot.host_id,
        application__program=slot.program_id,
        application__organization=organization,
        application__state=ApplicationState.SELECTED,
    ).exists()


@transaction.atomic
def book_slot(slot: Slot, *, organization: Organization, actor: User, topic: str = "") -> Booking:
    """Book a slot for `organization`. Never two active bookings of one slot: the row lock serialises
    concurrent attempts and the partial unique index is the last line of defence."""
    if not is_org_member(actor, organization):
        raise PermissionDenied(_("You can only book for an organisation you belong to."))
    slot = Slot.objects.select_for_update().get(pk=slot.pk)
    if not may_book(slot, organization):
        raise PermissionDenied(_("Coaching slots are for the startups this mentor coaches."))
    if slot.starts_at <= timezone.now():
        raise ValidationError(_("This slot has already started."))
    if slot.bookings.filter(cancelled_at__isnull=True).exists():
        raise ValidationError(_("This slot was just booked by someone else."))
    clash = Booking.objects.filter(
        organization=organization,
        cancelled_at__isnull=True,
        slot__starts_at__lt=slot.ends_at,
        slot__ends_at__gt=slot.starts_at,
    )
    if clash.exists():
        raise ValidationError(_("Your organisation already has a session at that time."))
    try:
        with transaction.atomic():
            return Booking.objects.create(
                slot=slot, organization=organization, booked_by=actor, topic=topic.strip()[:300]
            )
    except IntegrityError as exc:
        raise ValidationError(_("This slot was just booked by someone else.")) from exc


@transaction.atomic
def cancel_booking(booking: Booking, *, actor: User) -> Booking:
    if not (is_booking_party(actor, booking) or is_operator(actor)):
        raise PermissionDenied(_("Only the people in this session can cancel it."))
    if booking.cancelled_at is None:
        booking.cancelled_at = timezone.now()
        booking.save(update_fields=["cancelled_at"])
    return booking


def add_session_note(booking: Booking, *, author: User, text: str) -> SessionNote:
    """A note visible only to the mentor, the booking organisation and operators."""
    if not (is_booking_party(author, booking) or is_operator(author)):
        raise PermissionDenied(_("Only the people in this session can write its notes."))
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": [_("Write something first.")]})
    return SessionNote.objects.create(booking=booking, author=author, text=text[:10000])


# --- milestones ------------------------------------------------------------------------------


def add_milestone(
    application: Application, *, title_ko: str, title_en: str, due_on: date, actor: User
) -> Milestone:
    if not (is_operator(actor) or is_matched_mentor(actor, application)):
        raise PermissionDenied(_("Only operators and the startup's mentors set milestones."))
    if application.state != ApplicationState.SELECTED:
        raise ValidationError(_("Milestones follow selected startups only."))
    if not (title_ko.strip() or title_en.strip()):
        raise ValidationError({"title_ko": [_("Give the milestone a title.")]})
    return Milestone.objects.create(
        application=application, title_ko=title_ko.strip(), title_en=title_en.strip(), due_on=due_on
    )


def report_progress(milestone: Milestone, *, text: str, percent: int, actor: User) -> ProgressReport:
    if not is_org_member(actor, milestone.application.organization):
        raise PermissionDenied(_("Only the startup's members report progress."))
    errors = {}
    if not (text or "").strip():
        errors["text"] = [_("Describe the progress.")]
    if percent is None or not 0 <= percent <= 100:
        errors["percent"] = [_("Progress is a percentage from 0 to 100.")]
    if errors:
        raise ValidationError(errors)
    return ProgressReport.objects.create(
        milestone=milestone, text=text.strip(), percent=percent, submitted_by=actor
    )
