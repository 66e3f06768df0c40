import threading
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.utils import timezone

from biobridge.programs.enums import SlotKind
from biobridge.programs.models import Booking, Milestone, SessionNote
from biobridge.programs.services.coaching import (
    SlotData,
    add_milestone,
    add_session_note,
    book_slot,
    cancel_booking,
    match_mentor,
    publish_slot,
    report_progress,
    suggest_mentors,
)
from biobridge.programs.services.selection import select_application
from tests.factories import OrganizationFactory, UserFactory, make_member
from tests.programs.helpers import reviewer, submitted

pytestmark = pytest.mark.django_db


def _in(hours):
    return timezone.now() + timedelta(hours=hours)


@pytest.fixture
def coached(program, operator, host):
    app, owner = submitted(program, offering=["adc", "solid_tumors"])
    select_application(app, amount=40_000_000, actor=operator)
    mentor = reviewer(["oncology", "adc"], roles=["mentor"])
    match_mentor(app, mentor=mentor, actor=operator)
    return app, owner, mentor


def test_suggest_mentors_prefers_matching_expertise(program, operator):
    app, _o = submitted(program, offering=["hematology"])
    hem = reviewer(["hematology"], roles=["mentor"])
    onc = reviewer(["oncology"], roles=["mentor"])
    suggestions = suggest_mentors(app)
    assert [s.mentor for s in suggestions] == [hem, onc]
    assert suggestions[0].shared == ["혈액질환"] or suggestions[0].shared == ["Hematology"]


def test_match_mentor_requires_selection_and_role(program, operator):
    app, _o = submitted(program)
    with pytest.raises(ValidationError):
        match_mentor(app, mentor=reviewer(roles=["mentor"]), actor=operator)
    with pytest.raises(PermissionDenied):
        match_mentor(app, mentor=reviewer(roles=["mentor"]), actor=UserFactory())


def test_matched_startup_books_coaching_once(coached, program):
    app, owner, mentor = coached
    slot = publish_slot(
        host=mentor,
        data=SlotData(kind=SlotKind.COACHING, starts_at=_in(24), ends_at=_in(25), program=program),
    )
    booking = book_slot(slot, organization=app.organization, actor=owner, topic="라이선싱 전략")
    assert booking.topic == "라이선싱 전략"
    other_app, other_owner = submitted(program)
    with pytest.raises(PermissionDenied):  # not selected, not matched
        book_slot(slot, organization=other_app.organization, actor=other_owner)
    second = make_member(app.organization)
    with pytest.raises(ValidationError):  # no double booking
        book_slot(slot, organization=app.organization, actor=second)
    assert Booking.objects.count() == 1
    cancel_booking(booking, actor=owner)
    assert book_slot(slot, organization=app.organization, actor=second).booked_by == second


def test_office_hours_open_to_any_member(host):
    member_of_host = make_member(host)
    office_host = UserFactory(roles=["mentor"])
    with pytest.raises(PermissionDenied):  # not a member of the host organisation
        publish_slot(
            host=office_host,
            data=SlotData(
                kind=SlotKind.OFFICE_HOURS, starts_at=_in(2), ends_at=_in(3), host_organization=host
            ),
        )
    office_host = make_member(host, roles=["mentor"])
    slot = publish_slot(
        host=office_host,
        data=SlotData(kind=SlotKind.OFFICE_HOURS, starts_at=_in(2), ends_at=_in(3), host_organization=host),
    )
    anyone_org = OrganizationFactory(org_type="university")
    visitor = make_member(anyone_org)
    assert book_slot(slot, organization=anyone_org, actor=visitor).slot == slot
    assert member_of_host is not None


def test_organisation_cannot_hold_two_sessions_at_once(host):
    a, b = make_member(host, roles=["mentor"]), make_member(host, roles=["mentor"])
    slot_a = publish_slot(
        host=a,
        data=SlotData(kind=SlotKind.OFFICE_HOURS, starts_at=_in(5), ends_at=_in(6), host_organization=host),
    )
    slot_b = publish_slot(
        host=b,
        data=SlotData(
            kind=SlotKind.OFFICE_HOURS, starts_at=_in(5.5), ends_at=_in(6.5), host_organization=host
        ),
    )
    org = OrganizationFactory()
    visitor = make_member(org)
    book_slot(slot_a, organization=org, actor=visitor)
    with pytest.raises(ValidationError):
        book_slot(slot_b, organization=org, actor=visitor)
    assert Booking.objects.count() == 1


def test_slot_validation(program):
    mentor = UserFactory(roles=["mentor"])
    with pytest.raises(ValidationError) as exc:
        publish_slot(host=mentor, data=SlotData(kind=SlotKind.COACHING, starts_at=_in(-2), ends_at=_in(-3)))
    assert set(exc.value.message_dict) == {"ends_at", "starts_at", "program"}
    with pytest.raises(PermissionDenied):
        publish_slot(
            host=UserFactory(),
            data=SlotData(kind=SlotKind.COACHING, starts_at=_in(2), ends_at=_in(3), program=program),
        )


def test_notes_private_to_pair_and_operator(coached, program, operator):
    app, owner, mentor = coached
    slot = publish_slot(
        host=mentor,
        data=SlotData(kind=SlotKind.COACHING, starts_at=_in(24), ends_at=_in(25), program=program),
    )
    booking = book_slot(slot, organization=app.organization, actor=owner)
    add_session_note(booking, author=mentor, text="IND 전략 논의")
    with pytest.raises(PermissionDenied):
        add_session_note(booking, author=UserFactory(roles=["mentor"]), text="intrusion")
    assert list(SessionNote.objects.values_list("text", flat=True)) == ["IND 전략 논의"]
    assert owner.has_perm("programs.view_booking", booking)
    assert operator.has_perm("programs.view_booking", booking)
    assert not UserFactory(roles=["reviewer"]).has_perm("programs.view_booking", booking)


def test_milestones_and_progress(coached, operator):
    app, owner, mentor = coached
    milestone = add_milestone(
        app, title_ko="전임상 완료", title_en="Preclinical done", due_on=timezone.localdate(), actor=mentor
    )
    report = report_progress(milestone, text="동물실험 진행", percent=40, actor=owner)
    assert (report.percent, Milestone.objects.get().title_en) == (40, "Preclinical done")
    with pytest.raises(ValidationError):
        report_progress(milestone, text="", percent=140, actor=owner)
    with pytest.raises(PermissionDenied):
        report_progress(milestone, text="x", percent=10, actor=mentor)


@pytest.mark.django_db(transaction=True)
def test_concurrent_bookings_only_one_wins(taxonomy):
    host = OrganizationFactory(org_type="big_pharma")
    office = make_member(host, roles=["mentor"])
    slot = publish_slot(
        host=office,
        data=SlotData(kind=SlotKind.OFFICE_HOURS, starts_at=_in(3), ends_at=_in(4), host_organization=host),
    )
    bookers = [
        (org, make_member(org))
        for org in (OrganizationFactory(), OrganizationFactory(), OrganizationFactory())
    ]
    outcomes: list[str] = []
    barrier = threading.Barrier(len(bookers))

    def attempt(org, user):
        try:
            barrier.wait()
            book_slot(slot, organization=org, actor=user)
            outcomes.append("booked")
        except ValidationError:
            outcomes.append("refused")
        except Exception as exc:  # SQLite may report the lock as "database is locked"
            outcomes.append(type(exc).__name__)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=b) for b in bookers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("booked") == 1
    assert Booking.objects.filter(slot=slot, cancelled_at__isnull=True).count() == 1


def test_matched_mentor_reads_and_follows_up_the_application(client, coached):
    from django.urls import reverse

    app, _owner, mentor = coached
    client.force_login(mentor)
    assert (
        reverse("programs:application", args=[app.pk])
        in client.get(reverse("programs:coaching")).content.decode()
    )
    response = client.post(
        reverse("programs:application", args=[app.pk]),
        {"action": "milestone", "title_ko": "IND 제출", "title_en": "", "due_on": "2030-01-31"},
    )
    assert response.status_code == 302
    assert list(Milestone.objects.values_list("title_ko", flat=True)) == ["IND 제출"]
    client.force_login(reviewer(roles=["mentor"]))  # another mentor, not matched
    assert client.get(reverse("programs:application", args=[app.pk])).status_code == 404
