import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from biobridge.events.models import Event
from biobridge.events.program import EventData, SessionData, add_session, create_event
from tests.events.conftest import SEOUL
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def data(**kwargs) -> EventData:
    defaults = {
        "slug": "demo-day",
        "kind": "demo_day",
        "name_ko": "데모데이",
        "starts_on": dt.date(2031, 5, 1),
        "ends_on": dt.date(2031, 5, 1),
    }
    return EventData(**(defaults | kwargs))


def test_create_event_with_organizers(organizer_org):
    operator = UserFactory(roles=["operator"])
    event = create_event(data(organizers=[organizer_org], capacity=80), actor=operator)
    assert (event.slug, event.capacity, list(event.organizers.all())) == ("demo-day", 80, [organizer_org])


def test_create_event_refuses_bad_input_and_stores_nothing(event):
    bad = data(
        slug="bix-test",
        name_ko="",
        kind="party",
        timezone="Mars/Base",
        capacity=0,
        ends_on=dt.date(2031, 4, 30),
        parent=event,
    )
    with pytest.raises(ValidationError) as exc:
        create_event(bad)
    errors = exc.value.message_dict
    assert sorted(errors) == ["capacity", "ends_on", "kind", "name_ko", "parent", "slug", "timezone"]
    assert errors["timezone"] == ["Unknown time zone: Mars/Base"]
    assert errors["parent"] == ["Only a seminar series can hold other events."]
    assert Event.objects.count() == 1


def test_create_event_by_non_operator_is_denied(users):
    with pytest.raises(PermissionDenied):
        create_event(data(), actor=users[0])
    assert not Event.objects.filter(slug="demo-day").exists()


def test_add_session_must_fall_within_the_event_days_in_its_zone(event, organizer):
    inside = SessionData(
        title_ko="개막",
        title_en="Opening",
        starts_at=dt.datetime(2031, 7, 12, 0, 30, tzinfo=SEOUL),
        ends_at=dt.datetime(2031, 7, 12, 1, 0, tzinfo=SEOUL),
    )
    assert add_session(event, inside, actor=organizer).room == ""
    # 14 July 15:00 UTC is already 15 July in Seoul: after the event.
    late = SessionData(
        title_ko="늦은 세션",
        title_en="Late",
        starts_at=dt.datetime(2031, 7, 14, 15, 0, tzinfo=dt.UTC),
        ends_at=dt.datetime(2031, 7, 14, 15, 30, tzinfo=dt.UTC),
    )
    with pytest.raises(ValidationError) as exc:
        add_session(event, late, actor=organizer)
    assert exc.value.message_dict == {"starts_at": ["The session must take place during the event."]}
    assert event.sessions.count() == 1


def test_add_session_by_non_organizer_is_denied(event, users):
    session = SessionData(
        title_ko="x",
        title_en="x",
        starts_at=dt.datetime(2031, 7, 12, 10, tzinfo=SEOUL),
        ends_at=dt.datetime(2031, 7, 12, 11, tzinfo=SEOUL),
    )
    with pytest.raises(PermissionDenied):
        add_session(event, session, actor=users[0])
    assert event.sessions.count() == 0
