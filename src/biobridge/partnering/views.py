"""Participant pages: browse, profile, requests, agenda (.ics), feedback."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from biobridge.partnering import eventlink, selectors
from biobridge.partnering.enums import RequestState
from biobridge.partnering.forms import BrowseForm, FeedbackForm, ProfileForm, RequestForm, _add_service_errors
from biobridge.partnering.ics import agenda_calendar
from biobridge.partnering.models import MeetingFeedback
from biobridge.partnering.recommendations import recommend_participants
from biobridge.partnering.services import (
    ProfileData,
    enabled_settings,
    get_own_profile,
    save_profile,
    send_meeting_request,
    set_request_state,
    submit_feedback,
)

PAGE_SIZE = 24


def index(request: HttpRequest) -> HttpResponse:
    return render(request, "partnering/index.html", {"events": selectors.partnering_events()})


def _participant(request: HttpRequest, slug: str):
    """(event, settings, own profile) for a registered participant with a profile."""
    event = eventlink.get_event_or_404(slug)
    config = enabled_settings(event)
    return event, config, get_own_profile(event, request.user)


def _needs_profile(request: HttpRequest, slug: str) -> HttpResponse:
    messages.info(request, _("Create your partnering profile first."))
    return redirect("partnering:profile", slug=slug)


def _recommendations(request: HttpRequest, own, filters: dict) -> list[dict] | None:
    """Shown above an unfiltered first page only (not on HTMX updates of the results)."""
    if request.headers.get("HX-Request") or any(filters.values()) or request.GET.get("page"):
        return None
    return recommend_participants(own)


@login_required
def browse(request: HttpRequest, slug: str) -> HttpResponse:
    event = eventlink.get_event_or_404(slug)
    config = enabled_settings(event)
    own = selectors.own_profile(event, request.user)
    if own is None:
        if eventlink.active_registration(event, request.user) is None:
            raise PermissionDenied(_("Only confirmed registered participants can take part in partnering."))
        return _needs_profile(request, slug)
    form = BrowseForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    results = selectors.search_profiles(
        event, exclude_user=request.user, **{k: v for k, v in filters.items() if v}
    )
    page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "event": event,
        "config": config,
        "form": form,
        "page": page,
        "total": page.paginator.count,
        "is_organizer": eventlink.is_event_organizer(request.user, event),
        "recommendations": _recommendations(request, own, filters),
        "budget": selectors.request_budget(own, config),
    }
    template = "partnering/browse.html"
    if request.headers.get("HX-Request"):
        template += "#results"
    return render(request, template, context)


@login_required
def profile_edit(request: HttpRequest, slug: str) -> HttpResponse:
    event = eventlink.get_event_or_404(slug)
    config = enabled_settings(event)
    registration = eventlink.active_registration(event, request.user)
    if registration is None:
        raise PermissionDenied(_("Only confirmed registered participants can take part in partnering."))
    profile = selectors.own_profile(event, request.user)
    initial = (
        ProfileForm.initial_from(ProfileData.from_profile(profile))
        if profile
        else {"role": registration.job_title}
    )
    form = ProfileForm(request.POST or None, config=config, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            save_profile(event, user=request.user, data=form.to_data())
        except ValidationError as exc:
            _add_service_errors(form, exc)
        else:
            messages.success(request, _("Your partnering profile is saved."))
            return redirect("partnering:browse", slug=slug)
    context = {"event": event, "form": form, "profile": profile, "registration": registration}
    return render(request, "partnering/profile_edit.html", context)


@login_required
def request_new(request: HttpRequest, slug: str, profile_id: int) -> HttpResponse:
    event, config, _own = _participant(request, slug)
    recipient = selectors.profiles_of(event).filter(pk=profile_id).first()
    form = RequestForm(request.POST or None, virtual=config.virtual_meetings)
    if request.method == "POST" and form.is_valid():
        try:
            send_meeting_request(
                event,
                sender_user=request.user,
                recipient_id=profile_id,
                message=form.cleaned_data["message"],
                fmt=form.cleaned_data["format"],
            )
        except ValidationError as exc:
            _add_service_errors(form, exc)
        else:
            messages.success(request, _("Your request is sent."))
            return redirect("partnering:requests", slug=slug)
    return render(
        request, "partnering/request_new.html", {"event": event, "recipient": recipient, "form": form}
    )


@login_required
def request_list(request: HttpRequest, slug: str) -> HttpResponse:
    event, _config, own = _participant(request, slug)
    all_requests = list(selectors.requests_for_user(event, request.user))
    context = {
        "event": event,
        "own": own,
        "incoming": [r for r in all_requests if r.recipient_id == own.pk],
        "outgoing": [r for r in all_requests if r.sender_id == own.pk],
    }
    return render(request, "partnering/requests.html", context)


ACTIONS = {
    "accept": RequestState.ACCEPTED,
    "decline": RequestState.DECLINED,
    "cancel": RequestState.CANCELLED,
}


@login_required
@require_POST
def request_action(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = eventlink.get_event_or_404(slug)
    meeting_request = selectors.get_request_for_user_or_404(request.user, pk)
    new_state = ACTIONS.get(request.POST.get("action", ""))
    if new_state is None or meeting_request.event_id != event.pk:
        messages.error(request, _("Unknown action."))
        return redirect("partnering:requests", slug=slug)
    try:
        set_request_state(
            meeting_request, new_state, actor=request.user, reason=request.POST.get("reason", "")
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request, _("The request is now: %(state)s") % {"state": RequestState(new_state).label}
        )
    return redirect("partnering:requests", slug=slug)


@login_required
def agenda(request: HttpRequest, slug: str) -> HttpResponse:
    event, config, _own = _participant(request, slug)
    items = selectors.agenda_for_user(event, request.user)
    given = set(
        MeetingFeedback.objects.filter(author=request.user, meeting__event=event).values_list(
            "meeting", flat=True
        )
    )
    context = {"event": event, "config": config, "items": items, "given": given, "zone": event.timezone}
    return render(request, "partnering/agenda.html", context)


@login_required
def agenda_ics(request: HttpRequest, slug: str) -> HttpResponse:
    event, _config, _own = _participant(request, slug)
    body = agenda_calendar(event, selectors.agenda_for_user(event, request.user))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-agenda.ics"'
    return response


@login_required
def feedback(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = eventlink.get_event_or_404(slug)
    meeting = selectors.get_meeting_for_participant_or_404(event, request.user, pk)
    form = FeedbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            submit_feedback(meeting, user=request.user, data=form.to_data())
        except ValidationError as exc:
            _add_service_errors(form, exc)
        else:
            messages.success(request, _("Thank you for your feedback."))
            return redirect(reverse("partnering:agenda", kwargs={"slug": slug}))
    return render(request, "partnering/feedback.html", {"event": event, "meeting": meeting, "form": form})
