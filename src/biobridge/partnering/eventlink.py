"""The few reads partnering needs from `events`.

Kept in one place so they can switch to the events app's own selectors/services
(`get_event_or_404`, `active_registration`, `is_event_organizer`) once those land.
"""

from __future__ import annotations

from django.http import Http404

from biobridge.accounts.enums import ORG_EDITOR_ROLES
from biobridge.accounts.rules import is_operator
from biobridge.events.enums import RegistrationStatus
from biobridge.events.models import Event, Registration


def get_event_or_404(slug: str) -> Event:
    event = Event.objects.filter(slug=slug).first()
    if event is None:
        raise Http404("No such event")
    return event


def active_registration(event: Event, user) -> Registration | None:
    """The user's confirmed registration (wait-listed or cancelled people do not partner)."""
    if not (user and user.is_authenticated):
        return None
    return (
        Registration.objects.filter(event=event, user=user, status=RegistrationStatus.CONFIRMED)
        .select_related("organization")
        .first()
    )


def is_event_organizer(user, event: Event) -> bool:
    """Operators, and owners/admins of an organisation that organises the event."""
    if not (user and user.is_authenticated):
        return False
    if is_operator(user):
        return True
    return user.memberships.filter(
        organization__in=event.organizers.all(), role__in=ORG_EDITOR_ROLES
    ).exists()
