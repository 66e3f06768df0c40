"""Permission predicates for partnering (django-rules)."""

from __future__ import annotations

import rules

from biobridge.partnering import eventlink


@rules.predicate
def is_event_organizer(user, event) -> bool:
    return event is not None and eventlink.is_event_organizer(user, event)


@rules.predicate
def is_registered_participant(user, event) -> bool:
    return event is not None and eventlink.active_registration(event, user) is not None


@rules.predicate
def is_request_party(user, meeting_request) -> bool:
    if not (user and user.is_authenticated) or meeting_request is None:
        return False
    return user.pk in (meeting_request.sender.user_id, meeting_request.recipient.user_id)


rules.add_perm("partnering.manage_event", is_event_organizer)
rules.add_perm("partnering.take_part", is_registered_participant)
rules.add_perm("partnering.view_request", is_request_party)
