"""Event pages: list, event with program and registration, organiser console. Thin."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from biobridge.events import csvio, selectors, services
from biobridge.events.forms import EventFilterForm, ImportForm, RegistrantSearchForm, RegistrationForm
from biobridge.events.models import Event
from biobridge.events.validators import event_has_ended

REGISTRANTS_PAGE_SIZE = 100


def index(request: HttpRequest) -> HttpResponse:
    form = EventFilterForm(request.GET or None)
    kind = form.cleaned_data["kind"] if form.is_valid() else ""
    events = list(selectors.events_for_listing(kind=kind))
    today = timezone.localdate()
    context = {
        "form": form,
        "upcoming": sorted((e for e in events if e.ends_on >= today), key=lambda e: e.starts_on),
        "past": [e for e in events if e.ends_on < today],
    }
    return render(request, "events/index.html", context)


def detail(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.get_event_for_user_or_404(request.user, slug)
    return render(request, "events/detail.html", _detail_context(request, event))


def _detail_context(request: HttpRequest, event: Event, form: RegistrationForm | None = None) -> dict:
    registration = selectors.active_registration(event, request.user)
    return {
        "event": event,
        "sessions": selectors.program_of(event),
        "children": event.children.filter(is_published=True).order_by("starts_on"),
        "registration": registration,
        "waitlist_position": selectors.waitlist_position(registration) if registration else None,
        "form": form or RegistrationForm(event=event),
        "counts": selectors.seat_counts(event),
        "tickets": selectors.ticket_types_with_counts(event),
        "can_register": event.registration_open
        and not event_has_ended(event)
        and not event.children.exists(),
        "can_manage": request.user.has_perm("events.manage_event", event),
    }


@login_required
@require_POST
def register_view(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.get_event_or_404(slug)
    form = RegistrationForm(request.POST, event=event)
    if form.is_valid():
        try:
            registration = services.register(
                event,
                user=request.user,
                ticket_type=form.cleaned_data.get("ticket_type"),
                job_title=form.cleaned_data["job_title"],
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            if registration.status == "confirmed":
                messages.success(request, _("You are registered."))
            else:
                messages.info(request, _("The event is full: you are on the wait-list."))
            return redirect(event)
    return render(request, "events/detail.html", _detail_context(request, event, form), status=422)


@login_required
@require_POST
def cancel_view(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.get_event_or_404(slug)
    registration = selectors.active_registration(event, request.user)
    if registration is None:
        messages.error(request, _("You have no registration to cancel."))
    else:
        services.cancel_registration(registration, actor=request.user)
        messages.success(request, _("Your registration is cancelled."))
    return redirect(event)


def _event_for_organizer(request: HttpRequest, slug: str) -> Event:
    event = selectors.get_event_for_user_or_404(request.user, slug)
    if not request.user.has_perm("events.manage_event", event):
        raise PermissionDenied(_("Only the event's organisers can see this page."))
    return event


@login_required
def manage(request: HttpRequest, slug: str) -> HttpResponse:
    event = _event_for_organizer(request, slug)
    form = RegistrantSearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    registrants = selectors.registrants_of(event, q=filters.get("q", ""), status=filters.get("status", ""))
    page = Paginator(registrants, REGISTRANTS_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "event": event,
        "form": form,
        "registrants": page,
        "page": page,
        "counts": selectors.seat_counts(event),
        "import_form": ImportForm(),
    }
    template = "events/manage.html"
    if request.headers.get("HX-Request"):
        template += "#registrants"
    return render(request, template, context)


@login_required
@require_POST
def check_in(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _event_for_organizer(request, slug)
    registration = selectors.get_registration_of_event_or_404(event, pk)
    try:
        services.set_checked_in(registration, request.POST.get("checked_in") == "1", actor=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    if request.headers.get("HX-Request"):
        return render(request, "events/manage.html#row", {"event": event, "reg": registration})
    return redirect("events:manage", slug=event.slug)


@login_required
@require_POST
def cancel_registrant(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _event_for_organizer(request, slug)
    registration = selectors.get_registration_of_event_or_404(event, pk)
    try:
        services.cancel_registration(registration, actor=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Registration of %(name)s cancelled.") % {"name": registration.user})
    target = redirect("events:manage", slug=event.slug)
    if request.headers.get("HX-Request"):
        # HTMX asked (after its confirm dialog): reload the whole console, counts included.
        return HttpResponse(headers={"HX-Redirect": target.url})
    return target


@login_required
def export_csv(request: HttpRequest, slug: str) -> HttpResponse:
    event = _event_for_organizer(request, slug)
    response = HttpResponse(csvio.export_registrants_csv(event), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-registrants.csv"'
    return response


@login_required
def import_csv(request: HttpRequest, slug: str) -> HttpResponse:
    event = _event_for_organizer(request, slug)
    form = ImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        try:
            text = csvio.decode_upload(form.cleaned_data["file"].read())
            report = csvio.import_registrants(event, text, actor=request.user)
        except ValidationError as exc:
            form.add_error("file", exc.messages)
        else:
            if report.ok:
                messages.success(request, _("%(n)d registrants imported.") % {"n": report.imported})
                return redirect("events:manage", slug=event.slug)
    status = 422 if request.method == "POST" else 200
    return render(
        request, "events/import.html", {"event": event, "form": form, "report": report}, status=status
    )
