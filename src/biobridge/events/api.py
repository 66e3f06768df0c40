"""REST API of events: public events and programs, own registration, organiser registrants."""

import zoneinfo

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status

from biobridge.common.api import WRITE_AUTH
from biobridge.directory.models import Organization
from biobridge.events import csvio, selectors, services
from biobridge.events.models import Event, Registration
from biobridge.events.program import EventData, SessionData, add_session, create_event
from biobridge.events.schemas import (
    CheckInIn,
    EventIn,
    EventOut,
    ProgramOut,
    RegistrantOut,
    RegistrationIn,
    RegistrationOut,
    SessionIn,
    SessionOut,
)

router = Router(tags=["events"])


def _org(org) -> dict | None:
    return {"id": org.pk, "name_ko": org.name_ko, "name_en": org.name_en} if org else None


def _event_out(event: Event) -> dict:
    data = {f: getattr(event, f) for f in EventOut.model_fields if hasattr(event, f)}
    data |= {
        "parent": event.parent.slug if event.parent_id else None,
        "organizers": [_org(o) for o in event.organizers.all()],
        "url": event.get_absolute_url(),
    }
    return data


def _registration_out(reg: Registration, *, with_person: bool = False) -> dict:
    data = {
        "id": reg.pk,
        "event": reg.event.slug,
        "status": reg.status,
        "ticket_type": reg.ticket_type.name if reg.ticket_type else None,
        "job_title": reg.job_title,
        "organization": _org(reg.organization),
        "checked_in_at": reg.checked_in_at,
        "created_at": reg.created_at,
    }
    if with_person:
        data |= {"email": reg.user.email, "name": reg.user.name}
    return data


class EventFilters(Schema):
    kind: str = ""


@router.get("/events", response=list[EventOut])
def list_events(request, filters: EventFilters = Query(...)):
    events = selectors.events_for_listing(kind=filters.kind, include_children=True).select_related("parent")
    return [_event_out(e) for e in events]


@router.post("/events", response={201: EventOut}, auth=WRITE_AUTH)
def create_event_endpoint(request, payload: EventIn):
    if not request.user.has_perm("events.add_event"):
        raise PermissionDenied(_("Only operators can create events."))
    values = payload.dict(exclude={"parent", "organizers"})
    parent = None
    if payload.parent:
        parent = Event.objects.filter(slug=payload.parent).first()
        if parent is None:
            raise ValidationError({"parent": [_("No event with this short name.")]})
    organizers = list(Organization.objects.filter(pk__in=payload.organizers))
    if len(organizers) != len(set(payload.organizers)):
        raise ValidationError({"organizers": [_("Unknown organisation id.")]})
    event = create_event(EventData(**values, parent=parent, organizers=organizers), actor=request.user)
    return Status(201, _event_out(event))


@router.get("/events/{slug}", response=EventOut)
def get_event(request, slug: str):
    return _event_out(selectors.get_event_or_404(slug))


def _speaker(p) -> dict:
    fields = ("name_ko", "name_en", "title_ko", "title_en", "affiliation_ko", "affiliation_en")
    return {f: getattr(p, f) for f in fields} | {"organization": _org(p.organization)}


def _session_out(s, zone: zoneinfo.ZoneInfo) -> dict:
    return {
        "id": s.pk,
        "title_ko": s.title_ko,
        "title_en": s.title_en,
        "starts_at": s.starts_at.astimezone(zone),
        "ends_at": s.ends_at.astimezone(zone),
        "room": s.room,
        "track": s.track,
        "speakers": [_speaker(p) for p in s.speakers.all()],
        "panelists": [_speaker(p) for p in s.panelists.all()],
    }


@router.get("/events/{slug}/program", response=ProgramOut)
def get_program(request, slug: str):
    event = selectors.get_event_or_404(slug)
    zone = zoneinfo.ZoneInfo(event.timezone)
    sessions = [_session_out(s, zone) for s in selectors.program_of(event)]
    return {"event": event.slug, "timezone": event.timezone, "sessions": sessions}


@router.post("/events/{slug}/sessions", response={201: SessionOut}, auth=WRITE_AUTH)
def add_session_endpoint(request, slug: str, payload: SessionIn):
    event = _organizer_event(request, slug)
    session = add_session(event, SessionData(**payload.dict()), actor=request.user)
    return Status(201, _session_out(session, zoneinfo.ZoneInfo(event.timezone)))


@router.get("/events/{slug}/registration", response=RegistrationOut, auth=WRITE_AUTH)
def get_own_registration(request, slug: str):
    registration = selectors.active_registration(selectors.get_event_or_404(slug), request.user)
    if registration is None:
        raise Http404("You are not registered for this event.")
    return _registration_out(registration)


@router.post("/events/{slug}/registration", response={201: RegistrationOut}, auth=WRITE_AUTH)
def register_endpoint(request, slug: str, payload: RegistrationIn):
    event = selectors.get_event_or_404(slug)
    ticket = None
    if payload.ticket_type is not None:
        ticket = event.ticket_types.filter(pk=payload.ticket_type).first()
        if ticket is None:
            raise ValidationError({"ticket_type": [_("This ticket type belongs to another event.")]})
    registration = services.register(
        event, user=request.user, ticket_type=ticket, job_title=payload.job_title
    )
    return Status(201, _registration_out(registration))


@router.delete("/events/{slug}/registration", response=RegistrationOut, auth=WRITE_AUTH)
def cancel_endpoint(request, slug: str):
    registration = selectors.active_registration(selectors.get_event_or_404(slug), request.user)
    if registration is None:
        raise Http404("You are not registered for this event.")
    return _registration_out(services.cancel_registration(registration, actor=request.user))


def _organizer_event(request, slug: str) -> Event:
    event = selectors.get_event_for_user_or_404(request.user, slug)
    if not request.user.has_perm("events.manage_event", event):
        raise PermissionDenied(_("Only the event's organisers can see its registrants."))
    return event


class RegistrantFilters(Schema):
    q: str = ""
    status: str = ""


@router.get("/events/{slug}/registrants", response=list[RegistrantOut], auth=WRITE_AUTH)
def list_registrants(request, slug: str, filters: RegistrantFilters = Query(...)):
    event = _organizer_event(request, slug)
    return [_registration_out(r, with_person=True) for r in selectors.registrants_of(event, **filters.dict())]


@router.post("/events/{slug}/registrants/{registration_id}/check-in", response=RegistrantOut, auth=WRITE_AUTH)
def check_in_endpoint(request, slug: str, registration_id: int, payload: CheckInIn):
    event = _organizer_event(request, slug)
    registration = selectors.get_registration_of_event_or_404(event, registration_id)
    registration = services.set_checked_in(registration, payload.checked_in, actor=request.user)
    return _registration_out(registration, with_person=True)


@router.get("/events/{slug}/registrants.csv", auth=WRITE_AUTH)
def export_registrants(request, slug: str):
    event = _organizer_event(request, slug)
    response = HttpResponse(csvio.export_registrants_csv(event), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-registrants.csv"'
    return response
