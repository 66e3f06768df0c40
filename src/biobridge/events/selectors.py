"""Reads for events: listings, the program, registrations and organiser views."""

from __future__ import annotations

from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404

from biobridge.events.enums import RegistrationStatus
from biobridge.events.models import Event, Registration, Session, Speaker, TicketType
from biobridge.events.rules import is_event_organizer

__all__ = [
    "active_registration",
    "events_for_listing",
    "get_event_for_user_or_404",
    "get_event_or_404",
    "get_registration_of_event_or_404",
    "is_event_organizer",
    "program_of",
    "registrants_of",
    "seat_counts",
    "ticket_types_with_counts",
    "waitlist_position",
]


def events_for_listing(*, kind: str = "", include_children: bool = False) -> QuerySet[Event]:
    """Published events, newest first; seminars of a series appear under their series."""
    qs = Event.objects.filter(is_published=True).prefetch_related("organizers", "children")
    if not include_children:
        qs = qs.filter(parent__isnull=True)
    if kind:
        qs = qs.filter(kind=kind)
    return qs


def get_event_or_404(slug: str) -> Event:
    """A published event by its short name."""
    event = Event.objects.filter(slug=slug, is_published=True).select_related("parent").first()
    if event is None:
        raise Http404("No such event")
    return event


def get_event_for_user_or_404(user, slug: str) -> Event:
    """Like `get_event_or_404`, but organisers also reach their unpublished events."""
    event = Event.objects.filter(slug=slug).select_related("parent").first()
    if event is None or not (event.is_published or is_event_organizer(user, event)):
        raise Http404("No such event")
    return event


def active_registration(event: Event, user) -> Registration | None:
    """The person's confirmed or wait-listed registration, or None."""
    if not (user and user.is_authenticated):
        return None
    return (
        Registration.objects.filter(event=event, user=user)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("ticket_type", "organization")
        .first()
    )


def waitlist_position(registration: Registration) -> int | None:
    """1 for the next person to get a seat; None unless wait-listed."""
    if registration.status != RegistrationStatus.WAITLISTED:
        return None
    ahead = registration.event.registrations.filter(status=RegistrationStatus.WAITLISTED).filter(
        Q(created_at__lt=registration.created_at)
        | Q(created_at=registration.created_at, pk__lt=registration.pk)
    )
    return ahead.count() + 1


def program_of(event: Event) -> QuerySet[Session]:
    """Sessions in time order with speakers and their organisations."""
    speakers = Speaker.objects.select_related("organization")
    return event.sessions.prefetch_related(
        Prefetch("speakers", queryset=speakers), Prefetch("panelists", queryset=speakers)
    )


def seat_counts(event: Event) -> dict[str, int]:
    """Confirmed and wait-listed counts of an event."""
    counts = event.registrations.aggregate(
        confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
        waitlisted=Count("pk", filter=Q(status=RegistrationStatus.WAITLISTED)),
        checked_in=Count("pk", filter=Q(checked_in_at__isnull=False, status=RegistrationStatus.CONFIRMED)),
    )
    return counts


def ticket_types_with_counts(event: Event) -> QuerySet[TicketType]:
    return event.ticket_types.annotate(
        confirmed=Count("registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED))
    ).order_by("pk")


def registrants_of(event: Event, *, q: str = "", status: str = "") -> QuerySet[Registration]:
    """Registrations of an event for its organisers: search by name, e-mail, organisation or title."""
    qs = event.registrations.select_related("event", "user", "organization", "ticket_type")
    if status:
        qs = qs.filter(status=status)
    query = (q or "").strip()
    if query:
        qs = qs.filter(
            Q(user__name__icontains=query)
            | Q(user__email__icontains=query)
            | Q(organization__name_ko__icontains=query)
            | Q(organization__name_en__icontains=query)
            | Q(job_title__icontains=query)
        )
    return qs.order_by("created_at", "pk")


def get_registration_of_event_or_404(event: Event, pk: int) -> Registration:
    """A registration of `event`; the caller has checked `events.manage_event` first."""
    registration = event.registrations.select_related("user", "event").filter(pk=pk).first()
    if registration is None:
        raise Http404("No such registration")
    return registration
