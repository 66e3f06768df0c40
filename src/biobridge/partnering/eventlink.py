"""The few reads partnering needs from `events`, in one place.

They delegate to the events app's own selectors and rules; partnering only adds that a
wait-listed registration does not make someone a partnering participant.
"""

from __future__ import annotations

from biobridge.events import rules as event_rules
from biobridge.events import selectors as event_selectors
from biobridge.events.enums import RegistrationStatus
from biobridge.events.models import Event, Registration


def get_event_or_404(slug: str) -> Event:
    return event_selectors.get_event_or_404(slug)


def active_registration(event: Event, user) -> Registration | None:
    """The user's confirmed registration (wait-listed or cancelled people do not partner)."""
    registration = event_selectors.active_registration(event, user)
    if registration is None or registration.status != RegistrationStatus.CONFIRMED:
        return None
    return registration


def is_event_organizer(user, event: Event) -> bool:
    """Operators, and owners/admins of an organisation organising the event (or its series)."""
    return bool(user and user.is_authenticated) and event_rules.is_event_organizer(user, event)
