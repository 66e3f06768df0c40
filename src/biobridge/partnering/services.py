"""Writes for partnering: settings, profiles, meeting requests (the request state machine).

The scheduler runs, publishing and meeting changes live in `scheduling.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from biobridge.directory.enums import TagSide
from biobridge.directory.models import Term
from biobridge.events.models import Event
from biobridge.partnering import eventlink, tasks
from biobridge.partnering.enums import OPEN_REQUEST_STATES, MeetingFormat, MeetingState, RequestState
from biobridge.partnering.models import MeetingRequest, MeetingTable, PartneringSettings, Profile, ProfileTag
from biobridge.partnering.slots import parse_hhmm, slot_map

MAX_ASSETS = 30
MAX_TEXT = 4000


# --- settings -------------------------------------------------------------------------------


@dataclass
class SettingsData:
    """What an organiser sets; the form, the API and the demo loader all fill this."""

    enabled: bool = True
    days: list[str] = field(default_factory=list)
    day_start: time = time(10, 0)
    day_end: time = time(17, 0)
    slot_minutes: int = 30
    breaks: list[tuple[str, str]] = field(default_factory=list)
    tables: int = 10
    named_tables: list[tuple[str, int]] = field(default_factory=list)  # (name, seats)
    virtual_meetings: bool = False
    request_limit: int = 20
    request_deadline: datetime | None = None


def validate_settings(event: Event, data: SettingsData) -> None:
    """Raise ValidationError (by field) unless `data` makes a usable partnering grid."""
    errors: dict[str, list[str]] = {}
    if not 5 <= data.slot_minutes <= 240:
        errors["slot_minutes"] = [_("A slot lasts between 5 and 240 minutes.")]
    if data.day_end <= data.day_start:
        errors["day_end"] = [_("The daily end must be after the daily start.")]
    for day in data.days:
        if not (event.starts_on.isoformat() <= day <= event.ends_on.isoformat()):
            errors.setdefault("days", []).append(_("%(day)s is not a day of the event.") % {"day": day})
    for start, end in data.breaks:
        try:
            if parse_hhmm(end) <= parse_hhmm(start):
                raise ValueError
        except ValueError:
            message = _("A break is written HH:MM-HH:MM and ends after it starts: %(value)s")
            errors.setdefault("breaks", []).append(message % {"value": f"{start}-{end}"})
    if not data.named_tables and not 1 <= data.tables <= 5000:
        errors["tables"] = [_("Give between 1 and 5000 tables, or name the tables.")]
    names = [name for name, _seats in data.named_tables]
    if len(set(names)) != len(names):
        errors["named_tables"] = [_("Two tables have the same name.")]
    if any(seats < 2 for _name, seats in data.named_tables):
        errors.setdefault("named_tables", []).append(_("A table seats at least 2 people."))
    if data.request_limit < 1:
        errors["request_limit"] = [_("Allow at least one request per participant.")]
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def update_partnering_settings(event: Event, *, data: SettingsData, actor) -> PartneringSettings:
    """Create or change an event's partnering settings (organisers only).

    Published meetings are kept; a slot that no longer exists shows up as unavailable
    at the next scheduler run, which then moves as few meetings as it can.
    """
    if not eventlink.is_event_organizer(actor, event):
        raise PermissionDenied(_("Only the event's organisers can change partnering settings."))
    validate_settings(event, data)
    config, _created = PartneringSettings.objects.get_or_create(event=event)
    for name in (
        "enabled",
        "days",
        "day_start",
        "day_end",
        "slot_minutes",
        "tables",
        "virtual_meetings",
        "request_limit",
        "request_deadline",
    ):
        setattr(config, name, getattr(data, name))
    config.breaks = [list(pair) for pair in data.breaks]
    if data.named_tables:
        config.tables = len(data.named_tables)
    config.save()
    config.named_tables.all().delete()
    MeetingTable.objects.bulk_create(
        MeetingTable(settings=config, name=name, capacity=seats, position=i)
        for i, (name, seats) in enumerate(data.named_tables)
    )
    return config


def enabled_settings(event: Event) -> PartneringSettings:
    config = PartneringSettings.objects.filter(event=event, enabled=True).first()
    if config is None:
        raise PermissionDenied(_("Partnering is not open for this event."))
    return config


# --- profiles -------------------------------------------------------------------------------


@dataclass
class ProfileData:
    role: str = ""
    summary: str = ""
    assets: list[str] = field(default_factory=list)
    offering: list[str] = field(default_factory=list)  # term keys
    seeking: list[str] = field(default_factory=list)
    unavailable: list[str] = field(default_factory=list)  # slot ids

    @classmethod
    def from_profile(cls, profile: Profile) -> ProfileData:
        links = list(profile.tag_links.select_related("term"))
        return cls(
            role=profile.role,
            summary=profile.summary,
            assets=list(profile.assets),
            offering=[link.term.key for link in links if link.side == TagSide.OFFERING],
            seeking=[link.term.key for link in links if link.side == TagSide.SEEKING],
            unavailable=list(profile.unavailable),
        )


def validate_profile(config: PartneringSettings, data: ProfileData) -> None:
    errors: dict[str, list[str]] = {}
    if len(data.summary) > MAX_TEXT:
        errors["summary"] = [_("Keep the text under 4000 characters.")]
    if len(data.assets) > MAX_ASSETS:
        errors["assets"] = [_("List at most 30 assets or pipeline items.")]
    known = set(Term.objects.filter(key__in=data.offering + data.seeking).values_list("key", flat=True))
    for side in ("offering", "seeking"):
        unknown = [key for key in getattr(data, side) if key not in known]
        if unknown:
            errors[side] = [_("Unknown taxonomy term: %(key)s") % {"key": unknown[0]}]
    slots = slot_map(config)
    bad = [sid for sid in data.unavailable if sid not in slots]
    if bad:
        errors["unavailable"] = [_("Unknown slot: %(slot)s") % {"slot": bad[0]}]
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def save_profile(event: Event, *, user, data: ProfileData) -> Profile:
    """Create or update the user's partnering profile; only confirmed registrants have one."""
    config = enabled_settings(event)
    registration = eventlink.active_registration(event, user)
    if registration is None:
        raise PermissionDenied(_("Only confirmed registered participants can take part in partnering."))
    validate_profile(config, data)
    profile, _created = Profile.objects.get_or_create(
        event=event, user=user, defaults={"registration": registration}
    )
    profile.registration = registration
    profile.organization = registration.organization or _first_organization(user)
    profile.role = data.role.strip() or registration.job_title
    profile.summary = data.summary.strip()
    profile.assets = [item.strip() for item in data.assets if item.strip()]
    profile.unavailable = sorted(set(data.unavailable))
    profile.save()
    _set_tags(profile, data)
    return profile


def _first_organization(user):
    membership = user.memberships.select_related("organization").order_by("pk").first()
    return membership.organization if membership else None


def _set_tags(profile: Profile, data: ProfileData) -> None:
    profile.tag_links.all().delete()
    terms = {t.key: t for t in Term.objects.filter(key__in=data.offering + data.seeking)}
    ProfileTag.objects.bulk_create(
        ProfileTag(profile=profile, term=terms[key], side=side)
        for side, keys in ((TagSide.OFFERING, data.offering), (TagSide.SEEKING, data.seeking))
        for key in dict.fromkeys(keys)
    )


# --- meeting requests -----------------------------------------------------------------------


def pair_key(a: Profile, b: Profile) -> str:
    low, high = sorted((a.pk, b.pk))
    return f"{low}-{high}"


def validate_meeting_request(
    config: PartneringSettings, sender: Profile, recipient: Profile | None, *, fmt: str
) -> None:
    """Raise ValidationError unless `sender` may ask `recipient` for a meeting now."""
    if recipient is None or recipient.event_id != config.event_id or not _still_registered(recipient):
        raise ValidationError({"recipient": _("This person is not a partnering participant of this event.")})
    if recipient.pk == sender.pk:
        raise ValidationError({"recipient": _("You cannot request a meeting with yourself.")})
    if config.request_deadline and timezone.now() > config.request_deadline:
        raise ValidationError({"recipient": _("The deadline for meeting requests has passed.")})
    if fmt == MeetingFormat.VIRTUAL and not config.virtual_meetings:
        raise ValidationError({"format": _("This event has no virtual meetings.")})
    open_pair = MeetingRequest.objects.filter(
        event=config.event, pair_key=pair_key(sender, recipient), state__in=OPEN_REQUEST_STATES
    )
    if open_pair.exists():
        raise ValidationError(
            {"recipient": _("There is already an open or accepted request between you two.")}
        )
    used = sender.sent_requests.exclude(state=RequestState.CANCELLED).count()
    if used >= config.request_limit:
        message = _("You have used all %(limit)s meeting requests allowed at this event.")
        raise ValidationError({"recipient": message % {"limit": config.request_limit}})


def _still_registered(profile: Profile) -> bool:
    return eventlink.active_registration(profile.event, profile.user) is not None


def get_own_profile(event: Event, user) -> Profile:
    """The acting user's profile, refusing anyone who is not a registered participant."""
    profile = Profile.objects.filter(event=event, user=user).select_related("event").first()
    if profile is None or not _still_registered(profile):
        raise PermissionDenied(_("Create your partnering profile first (confirmed registrants only)."))
    return profile


@transaction.atomic
def send_meeting_request(
    event: Event, *, sender_user, recipient_id: int, message: str = "", fmt: str = MeetingFormat.IN_PERSON
) -> MeetingRequest:
    """Ask another participant for a meeting. Side effect: email to the recipient after commit."""
    config = enabled_settings(event)
    sender = get_own_profile(event, sender_user)
    recipient = Profile.objects.filter(pk=recipient_id, event=event).select_related("user", "event").first()
    validate_meeting_request(config, sender, recipient, fmt=fmt)
    try:
        with transaction.atomic():
            request = MeetingRequest.objects.create(
                event=event,
                sender=sender,
                recipient=recipient,
                pair_key=pair_key(sender, recipient),
                message=message.strip()[:MAX_TEXT],
                format=fmt,
                priority=request_priority(sender, recipient),
            )
    except IntegrityError:  # a concurrent request for the same pair won the race
        raise ValidationError(
            {"recipient": _("There is already an open or accepted request between you two.")}
        ) from None
    _notify(request, "sent", recipient.user_id)
    return request


def _tag_keys(profile: Profile, side: str) -> set[str]:
    return set(profile.tag_links.filter(side=side).values_list("term__key", flat=True))


def request_priority(sender: Profile, recipient: Profile) -> float:
    """The scheduler's priority for a request: 1, plus 0.5 for each direction in which one
    side seeks what the other offers (mutual interest = 2), so scarce slots go to the
    meetings both sides need most."""
    priority = 1.0
    if _tag_keys(sender, TagSide.SEEKING) & _tag_keys(recipient, TagSide.OFFERING):
        priority += 0.5
    if _tag_keys(recipient, TagSide.SEEKING) & _tag_keys(sender, TagSide.OFFERING):
        priority += 0.5
    return priority


# Who may move a request from one state to another: "recipient", "sender" or both.
TRANSITIONS: dict[str, dict[str, set[str]]] = {
    RequestState.PENDING: {
        RequestState.ACCEPTED: {"recipient"},
        RequestState.DECLINED: {"recipient"},
        RequestState.CANCELLED: {"sender", "recipient"},
    },
    RequestState.ACCEPTED: {RequestState.CANCELLED: {"sender", "recipient"}},
}


def _party(request: MeetingRequest, actor) -> str | None:
    if actor is not None and actor.pk == request.sender.user_id:
        return "sender"
    if actor is not None and actor.pk == request.recipient.user_id:
        return "recipient"
    return None


@transaction.atomic
def set_request_state(request: MeetingRequest, new_state: str, *, actor, reason: str = "") -> MeetingRequest:
    """Move a meeting request to `new_state`; the only place its state changes.

    Allowed: pending → accepted/declined (recipient), pending → cancelled (either party),
    accepted → cancelled (either party). Side effects: `responded_at`/`cancelled_by` set;
    cancelling an accepted request cancels its published meeting; an email to the other
    party (in their language) after commit.
    """
    request = (
        MeetingRequest.objects.select_for_update().select_related("sender", "recipient").get(pk=request.pk)
    )
    party = _party(request, actor)
    if party is None:
        raise PermissionDenied(_("Only the two people in a meeting request can change it."))
    allowed = TRANSITIONS.get(request.state, {}).get(new_state)
    if not allowed:
        raise ValidationError(
            {
                "state": _("A %(old)s request cannot become %(new)s.")
                % {"old": RequestState(request.state).label, "new": RequestState(new_state).label}
            }
        )
    if party not in allowed:
        raise PermissionDenied(_("Only the recipient can accept or decline a request."))
    request.state = new_state
    request.decline_reason = reason.strip()[:300] if new_state == RequestState.DECLINED else ""
    request.responded_at = timezone.now()
    request.cancelled_by = actor if new_state == RequestState.CANCELLED else None
    request.save()
    if new_state == RequestState.CANCELLED:
        _cancel_meeting_of(request)
    other = request.recipient if party == "sender" else request.sender
    _notify(request, new_state, other.user_id)
    return request


def _cancel_meeting_of(request: MeetingRequest) -> None:
    meeting = getattr(request, "meeting", None)
    if meeting is not None and meeting.state == MeetingState.SCHEDULED:
        meeting.state = MeetingState.CANCELLED
        meeting.version += 1
        meeting.save(update_fields=["state", "version", "updated_at"])


def _notify(request: MeetingRequest, kind: str, user_id: int) -> None:
    transaction.on_commit(
        lambda: tasks.send_request_email.enqueue(request_id=request.pk, kind=kind, user_id=user_id)
    )


# --- after the event ------------------------------------------------------------------------


@dataclass
class FeedbackData:
    rating: int
    follow_up: bool = False
    comment: str = ""


@transaction.atomic
def submit_feedback(meeting, *, user, data: FeedbackData):
    """Record (or replace) the user's feedback on a meeting they were part of."""
    from biobridge.partnering.models import MeetingFeedback

    if user.pk not in (meeting.request.sender.user_id, meeting.request.recipient.user_id):
        raise PermissionDenied(_("Only the people in a meeting can give feedback on it."))
    if meeting.state != MeetingState.SCHEDULED:
        raise ValidationError({"rating": _("A cancelled meeting takes no feedback.")})
    if meeting.starts_at > timezone.now():
        raise ValidationError({"rating": _("Feedback opens when the meeting has started.")})
    if not 1 <= data.rating <= 5:
        raise ValidationError({"rating": _("Rate the meeting from 1 to 5.")})
    feedback, _created = MeetingFeedback.objects.update_or_create(
        meeting=meeting,
        author=user,
        defaults={
            "rating": data.rating,
            "follow_up": data.follow_up,
            "comment": data.comment.strip()[:MAX_TEXT],
        },
    )
    return feedback
