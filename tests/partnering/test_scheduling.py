from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from biobridge.partnering.enums import MeetingState, RunStatus
from biobridge.partnering.models import Meeting, ScheduleRun
from biobridge.partnering.scheduler.model import parse_instance
from biobridge.partnering.scheduling import (
    build_instance,
    cancel_meeting,
    move_meeting,
    publish_run,
    run_scheduler,
    schedulable_requests,
    set_attendance,
)
from biobridge.partnering.services import send_meeting_request, set_request_state
from biobridge.partnering.slots import generate_slots

SEOUL = ZoneInfo("Asia/Seoul")


def accept(event, a, b):
    req = send_meeting_request(event, sender_user=a.user, recipient_id=b.pk)
    return set_request_state(req, "accepted", actor=b.user)


def test_slots_skip_the_break_and_carry_the_event_offset(config):
    slots = generate_slots(config)
    assert [s.id for s in slots] == ["2030-07-12T10:00", "2030-07-12T10:30", "2030-07-12T11:30"]
    assert slots[0].start.isoformat() == "2030-07-12T10:00:00+09:00"
    assert slots[2].end.isoformat() == "2030-07-12T12:00:00+09:00"


def test_instance_is_contract_1_with_blocked_slots(config, event, make_participant):
    from biobridge.partnering.services import ProfileData

    a = make_participant("Ann", data=ProfileData(unavailable=["2030-07-12T10:00"]))
    b = make_participant("Ben")
    req = accept(event, a, b)
    data = build_instance(generate_slots(config), 2, schedulable_requests(event))
    assert data["tables"] == 2
    assert data["participants"] == [
        {"id": f"p{a.pk}", "available": ["2030-07-12T10:30", "2030-07-12T11:30"]},
        {"id": f"p{b.pk}"},
    ]
    assert data["meetings"] == [
        {"id": f"r{req.pk}", "participants": [f"p{a.pk}", f"p{b.pk}"], "priority": 1.0}
    ]
    parse_instance(data)  # the scheduler's own validator accepts it


def test_run_and_publish_create_meetings_and_email_everyone(
    event, organizer, alice, bob, carol, django_capture_on_commit_callbacks
):
    r1, r2 = accept(event, alice, bob), accept(event, alice, carol)
    declined = send_meeting_request(event, sender_user=bob.user, recipient_id=carol.pk)
    set_request_state(declined, "declined", actor=carol.user)
    run = run_scheduler(event, actor=organizer, time_limit=1)
    assert (run.scheduled, run.upper_bound, run.requests_total, run.moved) == (2, 2, 2, 0)
    assert sorted(a["request"] for a in run.assignments) == [r1.pk, r2.pk]
    assert Meeting.objects.count() == 0  # nothing is visible before publishing
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        counts = publish_run(run, actor=organizer)
    assert counts == {"created": 2, "moved": 0, "cancelled": 0, "unchanged": 0}
    assert sorted(m.to[0] for m in mail.outbox) == [
        "alice@example.com",
        "bob@example.com",
        "carol@example.com",
    ]
    meetings = list(Meeting.objects.order_by("request_id"))
    assert [m.request_id for m in meetings] == [r1.pk, r2.pk]
    assert meetings[0].slot_id != meetings[1].slot_id  # Alice cannot be in two places
    run.refresh_from_db()
    assert run.status == RunStatus.PUBLISHED
    assert not Meeting.objects.filter(request=declined).exists()


def test_more_meetings_than_capacity_reports_unscheduled_with_reason(event, organizer, make_participant):
    hub = make_participant("Hub")
    for i in range(4):
        accept(event, make_participant(f"Guest{i}"), hub)
    run = run_scheduler(event, actor=organizer, time_limit=1)
    assert (run.scheduled, run.upper_bound, len(run.unscheduled)) == (3, 3, 1)
    assert run.unscheduled[0]["reason"] == "Hub is booked in every common slot"


def test_rerun_keeps_published_meetings_in_place(event, organizer, alice, bob, carol, make_participant):
    accept(event, alice, bob)
    accept(event, bob, carol)
    publish_run(run_scheduler(event, actor=organizer, time_limit=1), actor=organizer)
    before = dict(Meeting.objects.values_list("request_id", "slot_id"))
    accept(event, alice, carol)
    dave = make_participant("Dave")
    accept(event, dave, alice)
    run = run_scheduler(event, actor=organizer, time_limit=1)
    assert run.moved == 0
    counts = publish_run(run, actor=organizer)
    after = dict(Meeting.objects.filter(state=MeetingState.SCHEDULED).values_list("request_id", "slot_id"))
    assert {k: after[k] for k in before} == before
    assert counts["moved"] == 0 and counts["unchanged"] == 2 and counts["created"] == run.scheduled - 2


def test_cancelled_request_cancels_its_meeting_on_republish(event, organizer, published_meeting, alice):
    set_request_state(published_meeting.request, "cancelled", actor=alice.user)
    published_meeting.refresh_from_db()
    assert published_meeting.state == MeetingState.CANCELLED
    run = run_scheduler(event, actor=organizer, time_limit=1)
    assert run.scheduled == 0


def test_non_organizer_cannot_run_or_publish(event, organizer, accepted, alice):
    with pytest.raises(PermissionDenied):
        run_scheduler(event, actor=alice.user, time_limit=1)
    assert ScheduleRun.objects.count() == 0
    run = run_scheduler(event, actor=organizer, time_limit=1)
    with pytest.raises(PermissionDenied):
        publish_run(run, actor=alice.user)
    assert Meeting.objects.count() == 0


def test_published_run_cannot_be_published_twice(event, organizer, accepted):
    run = run_scheduler(event, actor=organizer, time_limit=1)
    publish_run(run, actor=organizer)
    with pytest.raises(ValidationError):
        publish_run(run, actor=organizer)
    assert Meeting.objects.count() == 1


def _two_meetings(event, organizer, alice, bob, carol):
    accept(event, alice, bob)
    accept(event, carol, bob)
    publish_run(run_scheduler(event, actor=organizer, time_limit=1), actor=organizer)
    return list(Meeting.objects.order_by("request_id"))


def test_move_refuses_busy_participant_taken_table_and_unknown_slot(event, organizer, alice, bob, carol):
    first, second = _two_meetings(event, organizer, alice, bob, carol)
    cases = [
        (
            {"slot_id": second.slot_id, "table": 2},
            {"slot": ["A participant already has a meeting in this slot."]},
        ),
        (
            {"slot_id": "2030-07-12T11:00", "table": 1},
            {"slot": ["This slot is not a partnering slot of the event."]},
        ),
        ({"slot_id": first.slot_id, "table": 3}, {"table": ["Choose a table between 1 and 2."]}),
    ]
    for kwargs, errors in cases:
        with pytest.raises(ValidationError) as exc:
            move_meeting(first, actor=organizer, **kwargs)
        assert exc.value.message_dict == errors
    first.refresh_from_db()
    assert first.state == MeetingState.SCHEDULED


def test_move_refuses_table_taken(event, organizer, alice, bob, carol, make_participant):
    accept(event, alice, bob)
    dave, erin = make_participant("Dave"), make_participant("Erin")
    accept(event, dave, erin)
    publish_run(run_scheduler(event, actor=organizer, time_limit=1), actor=organizer)
    m1, m2 = list(Meeting.objects.order_by("request_id"))
    target_table = m2.table_number
    move_meeting(m2, slot_id="2030-07-12T11:30", table=1, actor=organizer)
    with pytest.raises(ValidationError) as exc:
        move_meeting(m1, slot_id="2030-07-12T11:30", table=1, actor=organizer)
    assert exc.value.message_dict == {"table": ["This table is taken in this slot."]}
    assert target_table in (1, 2)


def test_move_emails_both_and_sets_times(
    event, organizer, published_meeting, django_capture_on_commit_callbacks
):
    free = next(s for s in ("2030-07-12T10:00", "2030-07-12T11:30") if s != published_meeting.slot_id)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        moved = move_meeting(published_meeting, slot_id=free, table=2, actor=organizer)
    assert moved.starts_at == datetime.fromisoformat(free).replace(tzinfo=SEOUL)
    assert moved.version == 1  # the .ics SEQUENCE goes up so calendars update the entry
    # Each in their own language: Alice Korean, Bob English.
    assert {m.to[0]: m.subject for m in mail.outbox} == {
        "alice@example.com": "바이오 인터내셔널 컨벤션 파트너링 일정이 변경되었습니다",
        "bob@example.com": "Your partnering agenda for BIX Test has changed",
    }


def test_move_into_blocked_slot_is_refused(event, organizer, published_meeting, alice):
    free = next(s for s in ("2030-07-12T10:00", "2030-07-12T11:30") if s != published_meeting.slot_id)
    alice.unavailable = [free]
    alice.save()
    with pytest.raises(ValidationError) as exc:
        move_meeting(published_meeting, slot_id=free, table=1, actor=organizer)
    assert exc.value.message_dict == {"slot": ["Alice is unavailable in this slot."]}


def test_cancel_by_organizer_leaves_request_out_of_later_runs(event, organizer, published_meeting, alice):
    with pytest.raises(PermissionDenied):
        cancel_meeting(published_meeting, actor=alice.user)
    cancel_meeting(published_meeting, actor=organizer)
    assert run_scheduler(event, actor=organizer, time_limit=1).requests_total == 0


def test_attendance_by_organizer_only(event, organizer, published_meeting, alice):
    with pytest.raises(PermissionDenied):
        set_attendance(published_meeting, "held", actor=alice.user)
    set_attendance(published_meeting, "no_show", actor=organizer)
    published_meeting.refresh_from_db()
    assert published_meeting.attendance == "no_show"


def _accepted_grid(event, make_participant, n: int):
    """n participants in a ring, each meeting the next two: 2n accepted requests."""
    people = [make_participant(f"Q{i:02d}") for i in range(n)]
    for i, a in enumerate(people):
        for step in (1, 2):
            accept(event, a, people[(i + step) % n])
    return people


@pytest.fixture
def roomy(config):
    """Two days of 30-minute slots 10:00–17:00 and 10 tables, 30 requests each."""
    config.days, config.day_end, config.breaks, config.tables, config.request_limit = (
        [],
        time(17, 0),
        [],
        10,
        30,
    )
    config.save()
    return config


def test_rerun_after_one_change_moves_nothing_published(event, organizer, make_participant, roomy):
    people = _accepted_grid(event, make_participant, 20)
    publish_run(run_scheduler(event, actor=organizer, time_limit=2), actor=organizer)
    before = dict(Meeting.objects.values_list("request_id", "slot_id"))
    assert len(before) == 40
    cancelled = people[0].sent_requests.first()
    set_request_state(cancelled, "cancelled", actor=people[0].user)
    new = accept(event, people[3], people[11])
    run = run_scheduler(event, actor=organizer, time_limit=2)
    assert (run.scheduled, run.moved) == (40, 0)
    counts = publish_run(run, actor=organizer)
    assert counts == {"created": 1, "moved": 0, "cancelled": 0, "unchanged": 39}
    after = dict(Meeting.objects.filter(state="scheduled").values_list("request_id", "slot_id"))
    assert new.pk in after
    assert {k: v for k, v in after.items() if k != new.pk} == {
        k: v for k, v in before.items() if k != cancelled.pk
    }


def test_rerun_moves_only_the_meeting_whose_slot_became_unavailable(
    event, organizer, make_participant, roomy
):
    _accepted_grid(event, make_participant, 12)
    publish_run(run_scheduler(event, actor=organizer, time_limit=2), actor=organizer)
    meeting = Meeting.objects.order_by("pk").first()
    person = meeting.request.sender
    person.unavailable = [meeting.slot_id]
    person.save()
    run = run_scheduler(event, actor=organizer, time_limit=2)
    assert (run.scheduled, run.moved) == (24, 1)
    counts = publish_run(run, actor=organizer)
    assert (counts["moved"], counts["unchanged"]) == (1, 23)
    meeting.refresh_from_db()
    assert meeting.slot_id not in person.unavailable
    assert meeting.version == 1


def test_virtual_meetings_take_no_table_and_never_clash(event, organizer, config, alice, bob, carol):
    config.virtual_meetings, config.tables = True, 1
    config.save()
    in_person = accept(event, alice, bob)
    virtual = send_meeting_request(event, sender_user=carol.user, recipient_id=bob.pk, fmt="virtual")
    set_request_state(virtual, "accepted", actor=bob.user)
    run = run_scheduler(event, actor=organizer, time_limit=1)
    assert (run.scheduled, run.upper_bound) == (2, 2)
    publish_run(run, actor=organizer)
    physical, online = Meeting.objects.get(request=in_person), Meeting.objects.get(request=virtual)
    assert (physical.table_number, online.table_number) == (1, None)
    assert physical.slot_id != online.slot_id  # Bob is in both
