"""Writes for events and their programs: create an event, add a session.

`actor=None` means the system (demo loader, management scripts); people need
`events.add_event` (operators) or `events.manage_event` (the event's organisers).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from biobridge.directory.models import Organization
from biobridge.events.enums import EventKind, EventStatus
from biobridge.events.models import Event, Session, Speaker

EVENT_FIELDS = (
    "name_ko", "name_en", "slug", "kind", "status", "description_ko", "description_en", "venue_ko",
    "venue_en", "timezone", "starts_on", "ends_on", "capacity", "expected_visitors", "audience_ko",
    "audience_en", "website", "registration_open", "is_published",
)  # fmt: skip


@dataclass
class EventData:
    """Everything creating an event may set; the API and the demo loader fill this."""

    slug: str
    kind: str
    starts_on: dt.date
    ends_on: dt.date
    name_ko: str = ""
    name_en: str = ""
    status: str = EventStatus.SCHEDULED
    description_ko: str = ""
    description_en: str = ""
    venue_ko: str = ""
    venue_en: str = ""
    timezone: str = "Asia/Seoul"
    capacity: int | None = None
    expected_visitors: int | None = None
    audience_ko: str = ""
    audience_en: str = ""
    website: str = ""
    registration_open: bool = True
    is_published: bool = True
    parent: Event | None = None
    organizers: list[Organization] = field(default_factory=list)


def validate_event(data: EventData) -> None:
    """Raise ValidationError (by field) unless `data` makes a valid new event. Changes nothing."""
    errors: dict[str, list[str]] = {}
    if not (data.name_ko.strip() or data.name_en.strip()):
        errors["name_ko"] = [_("Give the event a Korean or an English name.")]
    probe = Event(**{name: getattr(data, name) for name in EVENT_FIELDS})
    try:
        probe.full_clean(exclude=["name_ko", "name_en"], validate_constraints=False)
    except ValidationError as exc:
        for key, messages in exc.message_dict.items():
            errors.setdefault(key, []).extend(messages)
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        errors.setdefault("ends_on", []).append(_("The last day cannot be before the first day."))
    if data.capacity is not None and data.capacity < 1:
        errors.setdefault("capacity", []).append(
            _("Capacity must be at least 1 (leave it empty for no limit).")
        )
    if data.parent is not None and data.parent.kind != EventKind.SEMINAR_SERIES:
        errors.setdefault("parent", []).append(_("Only a seminar series can hold other events."))
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_event(data: EventData, *, actor=None) -> Event:
    """Create an event with its organisers. Operators only (or the system)."""
    if actor is not None and not actor.has_perm("events.add_event"):
        raise PermissionDenied(_("Only operators can create events."))
    validate_event(data)
    event = Event.objects.create(**{name: getattr(data, name) for name in EVENT_FIELDS}, parent=data.parent)
    event.organizers.set(data.organizers)
    return event


@dataclass
class SessionData:
    title_ko: str
    title_en: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    room: str = ""
    track: str = ""
    description_ko: str = ""
    description_en: str = ""
    speakers: list[Speaker] = field(default_factory=list)
    panelists: list[Speaker] = field(default_factory=list)


def validate_session(event: Event, data: SessionData) -> None:
    """Raise ValidationError unless the session fits the event's days (in its time zone)."""
    errors: dict[str, list[str]] = {}
    if not (data.title_ko.strip() or data.title_en.strip()):
        errors["title_ko"] = [_("Give the session a Korean or an English title.")]
    if data.starts_at.tzinfo is None or data.ends_at.tzinfo is None:
        errors["starts_at"] = [_("Give times with their time zone.")]
    elif data.ends_at <= data.starts_at:
        errors["ends_at"] = [_("A session must end after it starts.")]
    else:
        zone = zoneinfo.ZoneInfo(event.timezone)
        first, last = data.starts_at.astimezone(zone).date(), data.ends_at.astimezone(zone).date()
        if first < event.starts_on or last > event.ends_on:
            errors["starts_at"] = [_("The session must take place during the event.")]
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def add_session(event: Event, data: SessionData, *, actor=None) -> Session:
    """Add a program item. The event's organisers only (or the system)."""
    if actor is not None and not actor.has_perm("events.manage_event", event):
        raise PermissionDenied(_("Only the event's organisers can change its program."))
    validate_session(event, data)
    texts = ("title_ko", "title_en", "room", "track", "description_ko", "description_en")
    session = Session.objects.create(
        event=event, starts_at=data.starts_at, ends_at=data.ends_at, **{k: getattr(data, k) for k in texts}
    )
    session.speakers.set(data.speakers)
    session.panelists.set(data.panelists)
    return session
