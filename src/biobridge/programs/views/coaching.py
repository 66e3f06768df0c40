from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from biobridge.directory.models import Organization
from biobridge.programs.enums import SlotKind
from biobridge.programs.forms import BookingForm, NoteForm, SlotForm
from biobridge.programs.models import Program, Slot
from biobridge.programs.rules import is_mentor
from biobridge.programs.selectors import (
    bookings_for_user,
    coaching_slots_for,
    get_booking_for_user_or_404,
    office_hours,
    slots_hosted_by,
)
from biobridge.programs.services.coaching import (
    SlotData,
    add_session_note,
    book_slot,
    cancel_booking,
    publish_slot,
)

SEOUL = ZoneInfo("Asia/Seoul")


def _my_organizations(user) -> list[Organization]:
    return [m.organization for m in user.memberships.select_related("organization")]


@login_required
def coaching(request: HttpRequest) -> HttpResponse:
    """Coaching slots of one's mentors, the partnering office's hours, one's sessions; mentors publish."""
    user = request.user
    if request.method == "POST":
        _post(request)
        return redirect("programs:coaching")
    orgs = _my_organizations(user)
    context = {
        "coaching_slots": coaching_slots_for(user),
        "office_hours": office_hours(),
        "bookings": bookings_for_user(user),
        "booking_form": BookingForm(organizations=orgs),
        "has_orgs": bool(orgs),
        "is_mentor": is_mentor(user),
        "hosted": slots_hosted_by(user) if is_mentor(user) else [],
        "mentees": user.mentees.select_related("application__organization", "application__program"),
        "slot_form": SlotForm(programs=Program.objects.filter(mentor_programs_q(user)))
        if is_mentor(user)
        else None,
    }
    return render(request, "programs/coaching.html", context)


def mentor_programs_q(user):
    from django.db.models import Q

    return Q(applications__mentor_matches__mentor=user)


def _post(request: HttpRequest) -> None:
    try:
        if request.POST.get("action") == "publish":
            _publish(request)
        else:
            slot = get_object_or_404(Slot, pk=request.POST.get("slot"))
            form = BookingForm(request.POST, organizations=_my_organizations(request.user))
            if not form.is_valid():
                raise ValidationError(_("Choose the organisation you book for."))
            org = get_object_or_404(Organization, pk=form.cleaned_data["organization"])
            book_slot(slot, organization=org, actor=request.user, topic=form.cleaned_data["topic"])
            messages.success(request, _("Booked."))
    except (ValidationError, PermissionDenied) as exc:
        for message in getattr(exc, "messages", [str(exc)]):
            messages.error(request, message)


def _publish(request: HttpRequest) -> None:
    form = SlotForm(request.POST, programs=Program.objects.all())
    if not form.is_valid():
        raise ValidationError(_("Give a start time and a length."))
    starts = form.cleaned_data["starts_at"].replace(tzinfo=SEOUL)  # the form's times are Seoul times
    program = form.cleaned_data["program"]
    data = SlotData(
        kind=SlotKind.COACHING if program else SlotKind.OFFICE_HOURS,
        starts_at=starts,
        ends_at=starts + timedelta(minutes=form.cleaned_data["minutes"]),
        program=program,
        host_organization=None if program else next(iter(_my_organizations(request.user)), None),
        location=form.cleaned_data["location"],
    )
    publish_slot(host=request.user, data=data)
    messages.success(request, _("Slot published."))


@login_required
def booking_detail(request: HttpRequest, pk: int) -> HttpResponse:
    booking = get_booking_for_user_or_404(request.user, pk)
    form = NoteForm(request.POST or None)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "cancel":
                cancel_booking(booking, actor=request.user)
                messages.success(request, _("Session cancelled."))
                return redirect("programs:coaching")
            if form.is_valid():
                add_session_note(booking, author=request.user, text=form.cleaned_data["text"])
                return redirect("programs:booking", pk=booking.pk)
        except (ValidationError, PermissionDenied) as exc:
            for message in getattr(exc, "messages", [str(exc)]):
                messages.error(request, message)
    return render(request, "programs/booking_detail.html", {"booking": booking, "form": form})
