"""Organiser console: settings, counts, scheduler runs, publishing, meeting changes, dashboard."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from biobridge.partnering import eventlink, scheduling, selectors
from biobridge.partnering.dashboard import dashboard_stats
from biobridge.partnering.enums import Attendance, RunStatus
from biobridge.partnering.forms import MoveForm, SettingsForm, _add_service_errors
from biobridge.partnering.models import ScheduleRun
from biobridge.partnering.reasons import reason_text
from biobridge.partnering.services import update_partnering_settings
from biobridge.partnering.slots import slot_map, table_labels


def _organizer_event(request: HttpRequest, slug: str):
    event = eventlink.get_event_or_404(slug)
    if not request.user.has_perm("partnering.manage_event", event):
        raise PermissionDenied(_("Only the event's organisers can open the partnering console."))
    return event


@login_required
def console(request: HttpRequest, slug: str) -> HttpResponse:
    event = _organizer_event(request, slug)
    config = selectors.settings_for(event)
    if config is None:
        return redirect("partnering:console_settings", slug=slug)
    latest = selectors.latest_run(event)
    labels = table_labels(config)
    meetings = list(selectors.console_meetings(event))
    for meeting in meetings:
        meeting.table_label = (
            labels[meeting.table_number - 1]
            if meeting.table_number and meeting.table_number <= len(labels)
            else ""
        )
    context = {
        "event": event,
        "config": config,
        "counts": selectors.request_counts(event),
        "latest": latest,
        "meetings": meetings,
        "slots": len(slot_map(config)),
        "tables": len(labels),
        "attendance_choices": Attendance.choices,
    }
    return render(request, "partnering/console.html", context)


@login_required
def console_settings(request: HttpRequest, slug: str) -> HttpResponse:
    event = _organizer_event(request, slug)
    config = selectors.settings_for(event)
    form = SettingsForm(request.POST or None, event=event, instance=config)
    if request.method == "POST" and form.is_valid():
        try:
            update_partnering_settings(event, data=form.to_data(), actor=request.user)
        except ValidationError as exc:
            _add_service_errors(form, exc)
        else:
            messages.success(request, _("Partnering settings saved."))
            return redirect("partnering:console", slug=slug)
    return render(request, "partnering/console_settings.html", {"event": event, "form": form})


@login_required
@require_POST
def run_scheduler(request: HttpRequest, slug: str) -> HttpResponse:
    """Queue a scheduler run; with the embedded (immediate) task backend it is done on return."""
    event = _organizer_event(request, slug)
    try:
        scheduling.validate_can_run(event)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("partnering:console", slug=slug)
    before = ScheduleRun.objects.filter(event=event).values_list("pk", flat=True).first() or 0
    scheduling.queue_scheduler_run(event, actor=request.user)
    latest = ScheduleRun.objects.filter(event=event, pk__gt=before).first()
    if latest is None:
        messages.info(request, _("The scheduler is running; its result appears here when it is done."))
        return redirect("partnering:console", slug=slug)
    return redirect("partnering:run", slug=slug, pk=latest.pk)


@login_required
def run_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _organizer_event(request, slug)
    run = selectors.get_run_or_404(event, pk)
    config = selectors.settings_for(event)
    slots, labels = slot_map(config), table_labels(config)
    requests = {r.pk: r for r in scheduling.schedulable_requests(event)}
    rows = sorted(
        (
            {
                "request": requests.get(a["request"]),
                "slot": slots.get(a["slot"]),
                "table": labels[a["table"] - 1] if a["table"] and a["table"] <= len(labels) else "",
            }
            for a in run.assignments
        ),
        key=lambda row: (row["slot"].start if row["slot"] else 0, row["table"]),
    )
    unscheduled = [
        {"request": requests.get(u["request"]), "reason": reason_text(u["reason"])} for u in run.unscheduled
    ]
    context = {
        "event": event,
        "run": run,
        "rows": rows,
        "unscheduled": unscheduled,
        "can_publish": run.status == RunStatus.DRAFT,
        "zone": event.timezone,
    }
    return render(request, "partnering/run.html", context)


@login_required
@require_POST
def publish(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _organizer_event(request, slug)
    try:
        counts = scheduling.publish_run(selectors.get_run_or_404(event, pk), actor=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _(
                "Agenda published: %(created)s new, %(moved)s moved, %(cancelled)s cancelled, "
                "%(unchanged)s unchanged."
            )
            % counts,
        )
    return redirect("partnering:console", slug=slug)


@login_required
def meeting_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _organizer_event(request, slug)
    meeting = selectors.get_meeting_for_organizer_or_404(event, pk)
    config = selectors.settings_for(event)
    form = MoveForm(
        request.POST or None, config=config, initial={"slot": meeting.slot_id, "table": meeting.table_number}
    )
    if request.method == "POST" and form.is_valid():
        try:
            scheduling.move_meeting(
                meeting,
                slot_id=form.cleaned_data["slot"],
                table=form.cleaned_data["table"],
                actor=request.user,
            )
        except ValidationError as exc:
            _add_service_errors(form, exc)
        else:
            messages.success(request, _("Meeting moved; both participants are notified."))
            return redirect("partnering:console", slug=slug)
    return render(
        request,
        "partnering/meeting_edit.html",
        {"event": event, "meeting": meeting, "form": form, "zone": event.timezone},
    )


@login_required
@require_POST
def meeting_cancel(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _organizer_event(request, slug)
    meeting = selectors.get_meeting_for_organizer_or_404(event, pk)
    try:
        scheduling.cancel_meeting(meeting, actor=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Meeting cancelled; both participants are notified."))
    return redirect("partnering:console", slug=slug)


@login_required
@require_POST
def meeting_attendance(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _organizer_event(request, slug)
    meeting = selectors.get_meeting_for_organizer_or_404(event, pk)
    try:
        scheduling.set_attendance(meeting, request.POST.get("attendance", ""), actor=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("partnering:console", slug=slug)


@login_required
def dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    event = _organizer_event(request, slug)
    return render(request, "partnering/dashboard.html", {"event": event, "stats": dashboard_stats(event)})
