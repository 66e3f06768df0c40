import datetime as dt
import zoneinfo

import pytest
from django.utils import translation

from biobridge.events.models import Event, Session, Speaker, TicketType
from tests.factories import OrganizationFactory, UserFactory, make_member

SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")


def make_event(**kwargs) -> Event:
    defaults = {
        "slug": "bix-test",
        "name_ko": "테스트 컨벤션",
        "name_en": "Test Convention",
        "kind": "convention",
        "starts_on": dt.date(2031, 7, 12),
        "ends_on": dt.date(2031, 7, 14),
        "venue_ko": "코엑스",
        "venue_en": "COEX",
    }
    return Event.objects.create(**(defaults | kwargs))


@pytest.fixture(autouse=True)
def _english():
    """Service messages are asserted in English; pages and e-mails choose their own language."""
    with translation.override("en"):
        yield


@pytest.fixture
def organizer_org(db):
    return OrganizationFactory(
        name_ko="주최바이오협회", name_en="Host Bio Association", org_type="association"
    )


@pytest.fixture
def event(organizer_org):
    event = make_event(capacity=2)
    event.organizers.add(organizer_org)
    return event


@pytest.fixture
def organizer(organizer_org):
    return make_member(organizer_org, role="admin", email="host@example.com", name="주최 담당자")


@pytest.fixture
def users(db):
    return [UserFactory(email=f"p{i}@example.com", name=f"참가자{i}") for i in range(1, 5)]


@pytest.fixture
def program(event):
    speaker = Speaker.objects.create(
        name_ko="낸시 트래비스", name_en="Nancy Travis", title_en="Vice President"
    )
    session = Session.objects.create(
        event=event,
        title_ko="미 바이오 행정명령 디브리핑",
        title_en="US bio executive order debriefing",
        starts_at=dt.datetime(2031, 7, 13, 10, 0, tzinfo=SEOUL),
        ends_at=dt.datetime(2031, 7, 13, 11, 30, tzinfo=SEOUL),
        room="Conference Room 401",
        track="Conference",
    )
    session.speakers.add(speaker)
    return session


@pytest.fixture
def tickets(event):
    general = TicketType.objects.create(event=event, name_ko="일반", name_en="General")
    delegate = TicketType.objects.create(
        event=event,
        name_ko="파트너링 대표단",
        name_en="Partnering delegate",
        capacity=1,
        includes_partnering=True,
    )
    return general, delegate
