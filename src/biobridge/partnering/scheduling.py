"""The web console's side of the scheduler: database → contract-1 instance → `solve` → database.

The scheduler package stays pure (files and dataclasses only); this adapter is the one place
that knows how profiles, accepted requests and published meetings map onto contract 1:
participant "p<profile id>", meeting "r<request id>", slot ids from `slots.generate_slots`.
In-person requests are solved first against the tables; virtual requests are then solved
in the slots both people still have free, with no table limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from biobridge.events.models import Event
from biobridge.partnering import eventlink, tasks
from biobridge.partnering.enums import Attendance, MeetingFormat, MeetingState, RequestState, RunStatus
from biobridge.partnering.models import Meeting, MeetingRequest, PartneringSettings, ScheduleRun
from biobridge.partnering.scheduler.model import Placement, Result, parse_instance
from biobridge.partnering.scheduler.solver import solve
from biobridge.partnering.slots import SlotInfo, generate_slots, table_count

DEFAULT_TIME_LIMIT = 10.0


def _require_organizer(event: Event, actor) -> None:
    if not eventlink.is_event_organizer(actor, event):
        raise PermissionDenied(_("Only the event's organisers can do this."))


def schedulable_requests(event: Event) -> list[MeetingRequest]:
    """Accepted requests, minus those whose meeting an organiser cancelled by hand."""
    return list(
        MeetingRequest.objects.filter(event=event, state=RequestState.ACCEPTED)
        .exclude(meeting__state=MeetingState.CANCELLED)
        .select_related(
            "event", "sender__user", "sender__organization", "recipient__user", "recipient__organization"
        )
        .order_by("pk")
    )


def published_placements(event: Event) -> dict[str, Placement]:
    """The currently published assignment, as `previous` for a minimal-move re-run."""
    meetings = Meeting.objects.filter(event=event, state=MeetingState.SCHEDULED)
    return {f"r{m.request_id}": Placement(m.slot_id, m.table_number or 0) for m in meetings}


def build_instance(
    slots: list[SlotInfo],
    tables: int,
    requests: list[MeetingRequest],
    busy: dict[str, set[str]] | None = None,
) -> dict:
    """The contract-1 instance dict for `requests` (busy: participant id → slots already taken)."""
    busy = busy or {}
    people = {}
    for req in requests:
        for profile in (req.sender, req.recipient):
            people[f"p{profile.pk}"] = set(profile.unavailable) | busy.get(f"p{profile.pk}", set())
    all_ids = [slot.id for slot in slots]
    return {
        "slots": [{"id": s.id, "start": s.start.isoformat(), "end": s.end.isoformat()} for s in slots],
        "tables": tables,
        "participants": [
            {"id": pid, "available": [s for s in all_ids if s not in blocked]} if blocked else {"id": pid}
            for pid, blocked in people.items()
        ],
        "meetings": [
            {
                "id": f"r{r.pk}",
                "participants": [f"p{r.sender_id}", f"p{r.recipient_id}"],
                "priority": r.priority,
            }
            for r in requests
        ],
    }


@dataclass
class Outcome:
    """Both passes merged, in database terms."""

    assignments: list[dict]
    unscheduled: list[dict]
    upper_bound: int
    idle_gaps_total: int
    idle_gaps_worst: int
    seconds: float
    moved: int


def _busy_after(result: Result, requests: list[MeetingRequest]) -> dict[str, set[str]]:
    by_id = {f"r{r.pk}": r for r in requests}
    busy: dict[str, set[str]] = {}
    for a in result.assignments:
        req = by_id[a.meeting]
        for pid in (f"p{req.sender_id}", f"p{req.recipient_id}"):
            busy.setdefault(pid, set()).add(a.slot)
    return busy


def solve_event(config: PartneringSettings, *, time_limit: float = DEFAULT_TIME_LIMIT) -> Outcome:
    """Run the scheduler on the event's accepted requests, keeping published meetings in place."""
    slots = generate_slots(config)
    if not slots:
        raise ValidationError({"settings": _("The partnering settings give no slots; check days and hours.")})
    requests = schedulable_requests(config.event)
    previous = published_placements(config.event)
    physical = [r for r in requests if r.format != MeetingFormat.VIRTUAL]
    virtual = [r for r in requests if r.format == MeetingFormat.VIRTUAL]
    first = solve(
        parse_instance(build_instance(slots, table_count(config), physical)),
        time_limit=time_limit,
        previous=previous,
    )
    second = solve(
        parse_instance(build_instance(slots, max(len(virtual), 1), virtual, _busy_after(first, physical))),
        time_limit=max(time_limit / 4, 1.0),
        previous=previous,
    )
    names = {f"p{p.pk}": p.display_name for r in requests for p in (r.sender, r.recipient)}
    return Outcome(
        assignments=[
            {"request": int(a.meeting[1:]), "slot": a.slot, "table": a.table} for a in first.assignments
        ]
        + [{"request": int(a.meeting[1:]), "slot": a.slot, "table": None} for a in second.assignments],
        unscheduled=[
            {"request": int(mid[1:]), "reason": _readable(res.unscheduled_reasons.get(mid, ""), names)}
            for res in (first, second)
            for mid in res.unscheduled
        ],
        # Virtual meetings need no table, so at most all of them add to the in-person bound.
        upper_bound=first.upper_bound + len(virtual),
        idle_gaps_total=first.idle_gaps_total + second.idle_gaps_total,
        idle_gaps_worst=max(first.idle_gaps_worst, second.idle_gaps_worst),
        seconds=first.seconds + second.seconds,
        moved=first.moved + second.moved,
    )


def _readable(reason: str, names: dict[str, str]) -> str:
    """The scheduler names participants by instance id; show people's names instead."""
    return re.sub(r"\bp\d+\b", lambda m: names.get(m.group(0), m.group(0)), reason)


def validate_can_run(event: Event) -> None:
    """Refuse early (before queueing) when the settings give no slots."""
    config = PartneringSettings.objects.select_related("event").filter(event=event).first()
    if config is None or not generate_slots(config):
        raise ValidationError({"settings": _("The partnering settings give no slots; check days and hours.")})


def queue_scheduler_run(event: Event, *, actor, time_limit: float = DEFAULT_TIME_LIMIT) -> None:
    """Run the scheduler on a task worker (BIO-scale runs take up to a minute).

    With the embedded immediate backend the run exists when this returns.
    """
    _require_organizer(event, actor)
    transaction.on_commit(
        lambda: tasks.run_scheduler_task.enqueue(event_id=event.pk, actor_id=actor.pk, time_limit=time_limit)
    )


@transaction.atomic
def run_scheduler(event: Event, *, actor, time_limit: float = DEFAULT_TIME_LIMIT) -> ScheduleRun:
    """Schedule all accepted requests and keep the result as a draft run for review.

    Published meetings are passed as `previous`, so a re-run moves as few as it can;
    `moved` reports how many would move if this run were published.
    """
    _require_organizer(event, actor)
    config = PartneringSettings.objects.select_related("event").get(event=event)
    outcome = solve_event(config, time_limit=time_limit)
    ScheduleRun.objects.filter(event=event, status=RunStatus.DRAFT).update(status=RunStatus.SUPERSEDED)
    return ScheduleRun.objects.create(
        event=event,
        created_by=actor,
        requests_total=len(outcome.assignments) + len(outcome.unscheduled),
        scheduled=len(outcome.assignments),
        upper_bound=outcome.upper_bound,
        idle_gaps_total=outcome.idle_gaps_total,
        idle_gaps_worst=outcome.idle_gaps_worst,
        seconds=round(outcome.seconds, 3),
        moved=outcome.moved,
        assignments=outcome.assignments,
        unscheduled=outcome.unscheduled,
    )


@transaction.atomic
def publish_run(run: ScheduleRun, *, actor) -> dict[str, int]:
    """Make a draft run the published agenda.

    Side effects: Meeting rows created, moved or cancelled to match the run; the agenda version
    goes up; every participant whose meetings changed gets an email after commit ("published"
    on the first publication). Returns counts {"created", "moved", "cancelled", "unchanged"}.
    """
    _require_organizer(run.event, actor)
    run = ScheduleRun.objects.select_for_update().get(pk=run.pk)
    if run.status != RunStatus.DRAFT:
        raise ValidationError({"run": _("Only the latest unpublished run can be published.")})
    config = PartneringSettings.objects.select_for_update().get(event=run.event)
    first_time = config.agenda_version == 0
    config.agenda_version += 1
    counts, touched = _apply_assignments(run, config)
    config.agenda_published_at = timezone.now()
    config.save(update_fields=["agenda_version", "agenda_published_at", "updated_at"])
    ScheduleRun.objects.filter(event=run.event, status=RunStatus.PUBLISHED).update(
        status=RunStatus.SUPERSEDED
    )
    run.status = RunStatus.PUBLISHED
    run.save(update_fields=["status"])
    _notify_agenda(run.event, touched, "published" if first_time else "changed")
    return counts


MEETING_FIELDS = ["slot_id", "starts_at", "ends_at", "table_number", "state", "version", "updated_at"]


def _apply_assignments(run: ScheduleRun, config: PartneringSettings) -> tuple[dict[str, int], set[int]]:
    """Create, move and cancel Meeting rows to match `run` (in bulk: thousands at BIO scale)."""
    slots = {s.id: s for s in generate_slots(config)}
    accepted = {r.pk: r for r in schedulable_requests(run.event)}
    existing = {
        m.request_id: m
        for m in Meeting.objects.filter(event=run.event).select_related(
            "request__sender", "request__recipient"
        )
    }
    counts = {"created": 0, "moved": 0, "cancelled": 0, "unchanged": 0}
    touched: set[int] = set()
    new, changed = [], []
    for item in run.assignments:
        req, slot = accepted.get(item["request"]), slots.get(item["slot"])
        if req is None or slot is None:  # the request was cancelled since the run
            continue
        meeting = existing.pop(req.pk, None)
        if meeting is None:
            new.append(
                Meeting(
                    event=run.event,
                    request=req,
                    slot_id=slot.id,
                    starts_at=slot.start,
                    ends_at=slot.end,
                    table_number=item["table"],
                )
            )
            kind = "created"
        else:
            kind = _replace(meeting, slot, item["table"])
            if kind != "same":
                changed.append(meeting)
        counts["unchanged" if kind in ("same", "table") else kind] += 1
        if kind != "same":
            touched |= {req.sender.user_id, req.recipient.user_id}
    for meeting in existing.values():  # published but no longer in the run
        if meeting.state == MeetingState.SCHEDULED:
            meeting.state, meeting.version = MeetingState.CANCELLED, meeting.version + 1
            meeting.updated_at = timezone.now()
            changed.append(meeting)
            counts["cancelled"] += 1
            touched |= {meeting.request.sender.user_id, meeting.request.recipient.user_id}
    Meeting.objects.bulk_create(new, batch_size=1000)
    Meeting.objects.bulk_update(changed, MEETING_FIELDS, batch_size=1000)
    return counts, touched


def _replace(meeting: Meeting, slot: SlotInfo, table: int | None) -> str:
    """Put a published meeting at (slot, table) in memory: "same", "table" (same slot) or "moved"."""
    same_slot = meeting.state == MeetingState.SCHEDULED and meeting.slot_id == slot.id
    if same_slot and meeting.table_number == table:
        return "same"
    meeting.slot_id, meeting.starts_at, meeting.ends_at = slot.id, slot.start, slot.end
    meeting.table_number, meeting.state = table, MeetingState.SCHEDULED
    meeting.version += 1  # the .ics SEQUENCE: calendars replace the entry with the same UID
    meeting.updated_at = timezone.now()
    return "table" if same_slot else "moved"


def _notify_agenda(event: Event, user_ids: set[int], kind: str) -> None:
    for user_id in sorted(user_ids):
        transaction.on_commit(
            lambda uid=user_id: tasks.send_agenda_email.enqueue(event_id=event.pk, user_id=uid, kind=kind)
        )


# --- changes by hand ------------------------------------------------------------------------


def validate_move(
    meeting: Meeting, config: PartneringSettings, *, slot_id: str, table: int | None
) -> SlotInfo:
    """Raise ValidationError unless the meeting can sit in `slot_id` at `table` without a clash."""
    slot = {s.id: s for s in generate_slots(config)}.get(slot_id)
    if slot is None:
        raise ValidationError({"slot": _("This slot is not a partnering slot of the event.")})
    req = meeting.request
    for profile in (req.sender, req.recipient):
        if slot_id in profile.unavailable:
            raise ValidationError({"slot": _("%(name)s is unavailable in this slot.") % {"name": profile}})
    others = Meeting.objects.filter(
        event=meeting.event, state=MeetingState.SCHEDULED, slot_id=slot_id
    ).exclude(pk=meeting.pk)
    people = {req.sender_id, req.recipient_id}
    if (
        others.filter(request__sender__in=people).exists()
        or others.filter(request__recipient__in=people).exists()
    ):
        raise ValidationError({"slot": _("A participant already has a meeting in this slot.")})
    if req.format == MeetingFormat.VIRTUAL:
        return slot
    if table is None or not 1 <= table <= table_count(config):
        raise ValidationError(
            {"table": _("Choose a table between 1 and %(n)s.") % {"n": table_count(config)}}
        )
    if others.filter(table_number=table).exists():
        raise ValidationError({"table": _("This table is taken in this slot.")})
    return slot


@transaction.atomic
def move_meeting(meeting: Meeting, *, slot_id: str, table: int | None, actor) -> Meeting:
    """Move a published meeting by hand. Side effect: both participants are emailed after commit."""
    _require_organizer(meeting.event, actor)
    config = PartneringSettings.objects.select_for_update().get(event=meeting.event)
    meeting = (
        Meeting.objects.select_for_update()
        .select_related("request__sender", "request__recipient")
        .get(pk=meeting.pk)
    )
    if meeting.state != MeetingState.SCHEDULED:
        raise ValidationError({"slot": _("A cancelled meeting cannot be moved.")})
    slot = validate_move(meeting, config, slot_id=slot_id, table=table)
    meeting.slot_id, meeting.starts_at, meeting.ends_at = slot.id, slot.start, slot.end
    meeting.table_number = None if meeting.request.format == MeetingFormat.VIRTUAL else table
    meeting.version += 1
    meeting.save()
    _notify_agenda(
        meeting.event, {meeting.request.sender.user_id, meeting.request.recipient.user_id}, "changed"
    )
    return meeting


@transaction.atomic
def cancel_meeting(meeting: Meeting, *, actor) -> Meeting:
    """Cancel a published meeting by hand; later runs leave its request out. Emails both people."""
    _require_organizer(meeting.event, actor)
    meeting = (
        Meeting.objects.select_for_update()
        .select_related("request__sender", "request__recipient")
        .get(pk=meeting.pk)
    )
    if meeting.state == MeetingState.CANCELLED:
        raise ValidationError({"state": _("This meeting is already cancelled.")})
    meeting.state = MeetingState.CANCELLED
    meeting.version += 1
    meeting.save(update_fields=["state", "version", "updated_at"])
    _notify_agenda(
        meeting.event, {meeting.request.sender.user_id, meeting.request.recipient.user_id}, "changed"
    )
    return meeting


def set_attendance(meeting: Meeting, attendance: str, *, actor) -> Meeting:
    """Record check-in or no-show for a meeting (organisers)."""
    _require_organizer(meeting.event, actor)
    if attendance not in Attendance.values:
        raise ValidationError({"attendance": _("Unknown attendance value.")})
    if meeting.state != MeetingState.SCHEDULED:
        raise ValidationError({"attendance": _("A cancelled meeting has no attendance.")})
    meeting.attendance = attendance
    meeting.save(update_fields=["attendance", "updated_at"])
    return meeting
