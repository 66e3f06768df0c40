import pytest
from django.contrib.auth.models import AnonymousUser

from biobridge.events import selectors, services
from tests.events.conftest import make_event
from tests.factories import UserFactory, make_member

pytestmark = pytest.mark.django_db


def test_operator_and_organising_org_admins_are_organizers(event, organizer_org, organizer):
    operator = UserFactory(roles=["operator"])
    owner = make_member(organizer_org, role="owner")
    member = make_member(organizer_org, role="member")
    outsider = UserFactory()
    people = (operator, organizer, owner, member, outsider)
    assert [selectors.is_event_organizer(u, event) for u in people] == [True, True, True, False, False]
    assert selectors.is_event_organizer(AnonymousUser(), event) is False


def test_series_organizers_organise_its_seminars(event, organizer):
    seminar = make_event(slug="seminar-1", parent=event, kind="seminar")
    assert organizer.has_perm("events.manage_event", seminar) is True


def test_manage_event_permission(event, organizer, users):
    assert (
        organizer.has_perm("events.manage_event", event),
        users[0].has_perm("events.manage_event", event),
    ) == (
        True,
        False,
    )


def test_cancel_permission_is_own_or_organizer(event, organizer, users):
    registration = services.register(event, user=users[0])
    people = (users[0], users[1], organizer)
    assert [u.has_perm("events.cancel_registration", registration) for u in people] == [True, False, True]
