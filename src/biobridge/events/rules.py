"""Permission predicates for events (django-rules).

An event's organisers are platform operators and the owners/admins of its organising
organisations (for a seminar in a series, also those of the series).
"""

from __future__ import annotations

import rules

from biobridge.accounts.enums import ORG_EDITOR_ROLES
from biobridge.accounts.rules import is_operator


def organizer_org_ids(event) -> set[int]:
    """Organising organisations of `event` and of its series."""
    ids = set(event.organizers.values_list("pk", flat=True))
    if event.parent_id:
        ids |= set(event.parent.organizers.values_list("pk", flat=True))
    return ids


@rules.predicate
def is_organizer_member(user, event) -> bool:
    if not (user and user.is_authenticated) or event is None:
        return False
    return user.memberships.filter(
        organization_id__in=organizer_org_ids(event), role__in=ORG_EDITOR_ROLES
    ).exists()


@rules.predicate
def is_registrant(user, registration) -> bool:
    return bool(
        user and user.is_authenticated and registration is not None and registration.user_id == user.pk
    )


is_event_organizer = is_operator | is_organizer_member


@rules.predicate
def is_registration_organizer(user, registration) -> bool:
    return registration is not None and is_event_organizer(user, registration.event)


rules.add_perm("events.manage_event", is_event_organizer)
rules.add_perm("events.add_event", is_operator)
rules.add_perm("events.cancel_registration", is_registrant | is_registration_organizer)
