"""Builders for partnering tests: an event with partnering enabled, registered participants."""

from datetime import date, time

import pytest

from biobridge.events.models import Event, Registration
from biobridge.partnering.services import ProfileData, SettingsData, save_profile, update_partnering_settings
from tests.factories import OrganizationFactory, UserFactory, make_member


@pytest.fixture
def organizer_org(db):
    return OrganizationFactory(
        name_ko="한국바이오협회", name_en="Korea Biotechnology Industry Organization", org_type="association"
    )


@pytest.fixture
def event(organizer_org):
    event = Event.objects.create(
        name_ko="바이오 인터내셔널 컨벤션",
        name_en="BIX Test",
        slug="bix-test",
        kind="convention",
        timezone="Asia/Seoul",
        starts_on=date(2030, 7, 12),
        ends_on=date(2030, 7, 13),
    )
    event.organizers.add(organizer_org)
    return event


@pytest.fixture
def organizer(organizer_org):
    return make_member(organizer_org, role="admin", name="Organiser Kim", email="org@example.com")


@pytest.fixture
def config(event, organizer):
    data = SettingsData(
        days=["2030-07-12"],
        day_start=time(10, 0),
        day_end=time(12, 0),
        slot_minutes=30,
        breaks=[("11:00", "11:30")],
        tables=2,
        request_limit=3,
    )
    return update_partnering_settings(event, data=data, actor=organizer)


def register(
    event,
    *,
    name: str,
    org_type: str = "startup",
    country: str = "KR",
    lang: str = "ko",
    status: str = "confirmed",
):
    org = OrganizationFactory(
        org_type=org_type, country=country, name_en=f"{name} Bio", name_ko=f"{name} 바이오"
    )
    user = make_member(org, role="owner", name=name, email=f"{name.lower()}@example.com")
    user.preferred_language = lang
    user.save()
    Registration.objects.create(event=event, user=user, organization=org, status=status, job_title="CEO")
    return user


@pytest.fixture
def make_participant(event, config):
    def make(name: str, **kwargs):
        user = register(event, name=name, **{k: v for k, v in kwargs.items() if k != "data"})
        return save_profile(event, user=user, data=kwargs.get("data") or ProfileData())

    return make


@pytest.fixture
def alice(make_participant):
    return make_participant("Alice")


@pytest.fixture
def bob(make_participant):
    return make_participant("Bob", org_type="big_pharma", country="US", lang="en")


@pytest.fixture
def carol(make_participant):
    return make_participant("Carol", org_type="cdmo")


@pytest.fixture
def outsider(db):
    return UserFactory(name="Outsider", email="outsider@example.com")


@pytest.fixture
def accepted(event, alice, bob):
    from biobridge.partnering.services import send_meeting_request, set_request_state

    request = send_meeting_request(event, sender_user=alice.user, recipient_id=bob.pk, message="Hi")
    return set_request_state(request, "accepted", actor=bob.user)


@pytest.fixture
def published_meeting(event, accepted, organizer):
    from biobridge.partnering.scheduling import publish_run, run_scheduler

    run = run_scheduler(event, actor=organizer, time_limit=1)
    publish_run(run, actor=organizer)
    return accepted.meeting


@pytest.fixture(autouse=True)
def _english():
    """Service messages are asserted in English; the Korean catalogue has its own test."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def past_meeting(published_meeting):
    """The published meeting moved into the past, so feedback is open."""
    from datetime import UTC, datetime

    published_meeting.starts_at = datetime(2024, 7, 12, 1, 0, tzinfo=UTC)
    published_meeting.ends_at = datetime(2024, 7, 12, 1, 30, tzinfo=UTC)
    published_meeting.save()
    return published_meeting
