import datetime as dt
import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, connections

from biobridge.events import services
from biobridge.events.models import Registration, TicketType
from tests.events.conftest import make_event
from tests.factories import OrganizationFactory, UserFactory, make_member

pytestmark = pytest.mark.django_db


def statuses(event):
    return list(event.registrations.order_by("pk").values_list("user__email", "status"))


def test_register_confirms_until_capacity_then_waitlists(event, users):
    for user in users[:3]:
        services.register(event, user=user)
    assert statuses(event) == [
        ("p1@example.com", "confirmed"),
        ("p2@example.com", "confirmed"),
        ("p3@example.com", "waitlisted"),
    ]


def test_register_uses_oldest_membership_when_no_organization_given(event):
    first, second = OrganizationFactory(), OrganizationFactory()
    user = make_member(first)
    make_member(second)
    user.memberships.create(organization=second, role="member")
    registration = services.register(event, user=user, job_title="  CSO ")
    assert (registration.organization, registration.job_title) == (first, "CSO")


def test_register_twice_is_refused(event, users):
    services.register(event, user=users[0])
    with pytest.raises(ValidationError) as exc:
        services.register(event, user=users[0])
    assert exc.value.message_dict == {"event": ["You are already registered for this event."]}
    assert event.registrations.count() == 1


def test_register_after_cancelling_creates_a_new_registration(event, users):
    first = services.register(event, user=users[0])
    services.cancel_registration(first, actor=users[0])
    again = services.register(event, user=users[0])
    assert (again.pk != first.pk, again.status) == (True, "confirmed")


def test_register_refused_when_registration_closed(event, users):
    event.registration_open = False
    event.save()
    with pytest.raises(ValidationError) as exc:
        services.register(event, user=users[0])
    assert exc.value.message_dict == {"event": ["Registration for this event is closed."]}
    assert not event.registrations.exists()


def test_register_refused_after_the_event(users):
    past = make_event(slug="past", starts_on=dt.date(2023, 7, 12), ends_on=dt.date(2023, 7, 14))
    with pytest.raises(ValidationError) as exc:
        services.register(past, user=users[0])
    assert exc.value.message_dict == {"event": ["This event is over; registration is closed."]}


def test_organizer_may_add_people_after_the_event(users):
    past = make_event(slug="past", starts_on=dt.date(2023, 7, 12), ends_on=dt.date(2023, 7, 14))
    assert services.register(past, user=users[0], as_organizer=True).status == "confirmed"


def test_register_for_a_series_is_refused(event, users):
    make_event(slug="child", parent=event, kind="seminar")
    with pytest.raises(ValidationError) as exc:
        services.register(event, user=users[0])
    assert exc.value.message_dict == {"event": ["Register for the individual seminars of this series."]}


def test_register_requires_a_ticket_type_of_this_event(event, users, tickets):
    other = make_event(slug="other")
    foreign = TicketType.objects.create(event=other, name_en="Other")
    with pytest.raises(ValidationError) as exc:
        services.register(event, user=users[0])
    assert exc.value.message_dict == {"ticket_type": ["Choose a ticket type."]}
    with pytest.raises(ValidationError) as exc:
        services.register(event, user=users[0], ticket_type=foreign)
    assert exc.value.message_dict == {"ticket_type": ["This ticket type belongs to another event."]}
    assert not Registration.objects.exists()


def test_register_refuses_too_long_job_title(event, users):
    with pytest.raises(ValidationError) as exc:
        services.register(event, user=users[0], job_title="x" * 121)
    assert exc.value.message_dict == {"job_title": ["A job title has at most 120 characters."]}


def test_ticket_capacity_waitlists_even_when_event_has_room(event, users, tickets):
    general, delegate = tickets
    event.capacity = None
    event.save()
    services.register(event, user=users[0], ticket_type=delegate)
    second = services.register(event, user=users[1], ticket_type=delegate)
    third = services.register(event, user=users[2], ticket_type=general)
    assert (second.status, third.status) == ("waitlisted", "confirmed")


def test_cancel_promotes_next_in_order_and_emails_them_in_their_language(
    event, users, django_capture_on_commit_callbacks, mailoutbox
):
    users[2].preferred_language = "en"
    users[2].save()
    first = services.register(event, user=users[0])
    services.register(event, user=users[1])
    services.register(event, user=users[2])  # first on the wait-list
    services.register(event, user=users[3])
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_registration(first, actor=users[0])
    assert statuses(event) == [
        ("p1@example.com", "cancelled"),
        ("p2@example.com", "confirmed"),
        ("p3@example.com", "confirmed"),
        ("p4@example.com", "waitlisted"),
    ]
    assert [(m.to, m.subject) for m in mailoutbox] == [
        (["p3@example.com"], "Your seat at Test Convention is confirmed")
    ]
    assert "Hello 참가자3," in mailoutbox[0].body


def test_promotion_email_in_korean_for_korean_speakers(
    event, users, django_capture_on_commit_callbacks, mailoutbox
):
    first = services.register(event, user=users[0])
    services.register(event, user=users[1])
    services.register(event, user=users[2])
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_registration(first, actor=users[0])
    assert mailoutbox[0].subject == "테스트 컨벤션 참가가 확정되었습니다"


def test_promotion_skips_person_whose_ticket_is_still_full(event, users, tickets):
    general, delegate = tickets
    event.capacity = 2
    event.save()
    services.register(event, user=users[0], ticket_type=delegate)
    leaving = services.register(event, user=users[1], ticket_type=general)
    waiting_delegate = services.register(event, user=users[2], ticket_type=delegate)
    waiting_general = services.register(event, user=users[3], ticket_type=general)
    services.cancel_registration(leaving, actor=users[1])
    waiting_delegate.refresh_from_db()
    waiting_general.refresh_from_db()
    assert (waiting_delegate.status, waiting_general.status) == ("waitlisted", "confirmed")


def test_cancelling_a_waitlisted_registration_promotes_nobody(event, users, mailoutbox):
    services.register(event, user=users[0])
    services.register(event, user=users[1])
    waiting = services.register(event, user=users[2])
    services.register(event, user=users[3])
    services.cancel_registration(waiting, actor=users[2])
    assert [s for _, s in statuses(event)] == ["confirmed", "confirmed", "cancelled", "waitlisted"]


def test_cancel_by_someone_else_is_denied_and_changes_nothing(event, users):
    registration = services.register(event, user=users[0])
    services.register(event, user=users[1])
    services.register(event, user=users[2])
    with pytest.raises(PermissionDenied):
        services.cancel_registration(registration, actor=users[1])
    assert [s for _, s in statuses(event)] == ["confirmed", "confirmed", "waitlisted"]


def test_cancel_by_organizer_is_allowed(event, users, organizer):
    registration = services.register(event, user=users[0])
    assert services.cancel_registration(registration, actor=organizer).status == "cancelled"


def test_cancel_twice_is_refused(event, users):
    registration = services.register(event, user=users[0])
    services.cancel_registration(registration, actor=users[0])
    with pytest.raises(ValidationError) as exc:
        services.cancel_registration(registration, actor=users[0])
    assert exc.value.message_dict == {"status": ["This registration is already cancelled."]}


def test_set_registration_state_refuses_leaving_cancelled(event, users):
    registration = services.register(event, user=users[0])
    services.cancel_registration(registration, actor=users[0])
    with pytest.raises(ValidationError) as exc:
        services.set_registration_state(registration, "confirmed", actor=users[0])
    assert exc.value.message_dict == {"status": ["A Cancelled registration cannot become Confirmed."]}


def test_check_in_and_undo(event, users, organizer):
    registration = services.register(event, user=users[0])
    services.set_checked_in(registration, True, actor=organizer)
    first_stamp = registration.checked_in_at
    services.set_checked_in(registration, True, actor=organizer)  # a double click keeps the first time
    assert registration.checked_in_at == first_stamp is not None
    services.set_checked_in(registration, False, actor=organizer)
    registration.refresh_from_db()
    assert registration.checked_in_at is None


def test_check_in_by_non_organizer_is_denied_and_changes_nothing(event, users):
    registration = services.register(event, user=users[0])
    with pytest.raises(PermissionDenied):
        services.set_checked_in(registration, True, actor=users[0])
    registration.refresh_from_db()
    assert registration.checked_in_at is None


def test_check_in_of_waitlisted_is_refused(event, users, organizer):
    services.register(event, user=users[0])
    services.register(event, user=users[1])
    waiting = services.register(event, user=users[2])
    with pytest.raises(ValidationError):
        services.set_checked_in(waiting, True, actor=organizer)
    waiting.refresh_from_db()
    assert waiting.checked_in_at is None


def test_cancel_clears_check_in(event, users, organizer):
    registration = services.register(event, user=users[0])
    services.set_checked_in(registration, True, actor=organizer)
    services.cancel_registration(registration, actor=users[0])
    registration.refresh_from_db()
    assert (registration.status, registration.checked_in_at) == ("cancelled", None)


def test_register_locks_the_event_row(event, users, django_assert_num_queries):
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        services.register(event, user=users[0])
    locking = [q["sql"] for q in ctx.captured_queries if 'FROM "events_event"' in q["sql"]]
    if connection.features.has_select_for_update:
        assert "FOR UPDATE" in locking[0]
    else:  # SQLite: transactions start IMMEDIATE (settings), so writers are serialised anyway
        assert connection.settings_dict["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


@pytest.mark.django_db(transaction=True)
def test_two_people_taking_the_last_seat_at_once_never_overbook(organizer_org):
    if not connection.features.has_select_for_update:
        pytest.skip("needs a database with row locks (PostgreSQL); SQLite serialises writers")
    event = make_event(slug="last-seat", capacity=1)
    people = [UserFactory(), UserFactory()]
    barrier = threading.Barrier(2)
    results = []

    def take_seat(user):
        try:
            barrier.wait()
            results.append(services.register(event, user=user).status)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=take_seat, args=(u,)) for u in people]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["confirmed", "waitlisted"]
    assert event.registrations.filter(status="confirmed").count() == 1
