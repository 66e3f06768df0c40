"""Partnering REST API: own profile and requests, browsing, agenda (+ .ics), organiser actions.

Every endpoint needs a session or personal token; a participant only ever sees their own
requests and messages; organiser actions answer 403 to everyone else.
"""

from zoneinfo import ZoneInfo

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from ninja import Query, Router, Schema
from ninja.pagination import PageNumberPagination, paginate
from ninja.responses import Status

from biobridge.common.api import WRITE_AUTH
from biobridge.directory.enums import TagSide
from biobridge.partnering import eventlink, scheduling, selectors
from biobridge.partnering.enums import RequestState
from biobridge.partnering.ics import agenda_calendar
from biobridge.partnering.models import Meeting, MeetingRequest, PartneringSettings, Profile
from biobridge.partnering.schemas import (
    AgendaItemOut,
    AttendanceIn,
    FeedbackIn,
    FeedbackOut,
    MeetingOut,
    MoveIn,
    OwnProfileOut,
    ProfileIn,
    ProfileOut,
    PublishOut,
    RequestIn,
    RequestOut,
    RespondIn,
    RunIn,
    RunOut,
    SettingsIn,
    StatsOut,
)
from biobridge.partnering.services import (
    FeedbackData,
    ProfileData,
    SettingsData,
    enabled_settings,
    get_own_profile,
    save_profile,
    send_meeting_request,
    set_request_state,
    submit_feedback,
    update_partnering_settings,
)

router = Router(auth=WRITE_AUTH, tags=["partnering"])


def _profile_out(profile: Profile, *, own: bool = False) -> dict:
    org = profile.organization
    links = list(profile.tag_links.all())
    out = {
        "id": profile.pk,
        "name": profile.display_name,
        "role": profile.role,
        "summary": profile.summary,
        "assets": profile.assets,
        "organization": {
            "id": org.pk,
            "name": org.display_name,
            "org_type": org.org_type,
            "country": org.country,
        }
        if org
        else None,
        "offering": [link.term.key for link in links if link.side == TagSide.OFFERING],
        "seeking": [link.term.key for link in links if link.side == TagSide.SEEKING],
    }
    if own:
        out["unavailable"] = profile.unavailable
    return out


def _party(profile: Profile) -> dict:
    return {"profile": profile.pk, "name": profile.display_name, "organization": profile.organization_name}


def _request_out(r: MeetingRequest) -> dict:
    return {
        "id": r.pk,
        "sender": _party(r.sender),
        "recipient": _party(r.recipient),
        "message": r.message,
        "format": r.format,
        "state": r.state,
        "decline_reason": r.decline_reason,
        "created_at": r.created_at,
        "responded_at": r.responded_at,
    }


def _organizer_event(request, slug: str):
    event = eventlink.get_event_or_404(slug)
    if not eventlink.is_event_organizer(request.user, event):
        raise PermissionDenied("Only the event's organisers can do this.")
    return event


# --- participants ---------------------------------------------------------------------------


@router.get("/{slug}/profile", response=OwnProfileOut)
def get_profile(request, slug: str):
    event = eventlink.get_event_or_404(slug)
    enabled_settings(event)
    profile = selectors.profiles_of(event).filter(pk=get_own_profile(event, request.user).pk).get()
    return _profile_out(profile, own=True)


@router.put("/{slug}/profile", response=OwnProfileOut)
def put_profile(request, slug: str, payload: ProfileIn):
    event = eventlink.get_event_or_404(slug)
    profile = save_profile(event, user=request.user, data=ProfileData(**payload.dict()))
    return _profile_out(selectors.profiles_of(event).get(pk=profile.pk), own=True)


class BrowseFilters(Schema):
    q: str = ""
    tag: str = ""
    org_type: str = ""
    country: str = ""


@router.get("/{slug}/participants", response=list[ProfileOut])
@paginate(PageNumberPagination, page_size=24)
def list_participants(request, slug: str, filters: BrowseFilters = Query(...)):
    event = eventlink.get_event_or_404(slug)
    enabled_settings(event)
    get_own_profile(event, request.user)  # only participants browse participants
    return [
        _profile_out(p) for p in selectors.search_profiles(event, exclude_user=request.user, **filters.dict())
    ]


@router.get("/{slug}/requests", response=list[RequestOut])
def list_requests(request, slug: str):
    event = eventlink.get_event_or_404(slug)
    return [_request_out(r) for r in selectors.requests_for_user(event, request.user)]


@router.post("/{slug}/requests", response={201: RequestOut})
def create_request(request, slug: str, payload: RequestIn):
    event = eventlink.get_event_or_404(slug)
    created = send_meeting_request(
        event,
        sender_user=request.user,
        recipient_id=payload.recipient,
        message=payload.message,
        fmt=payload.format,
    )
    return Status(201, _request_out(selectors.get_request_for_user_or_404(request.user, created.pk)))


def _own_request(request, slug: str, request_id: int) -> MeetingRequest:
    found = selectors.get_request_for_user_or_404(request.user, request_id)
    if found.event.slug != slug:
        raise PermissionDenied("This request belongs to another event.")
    return found


@router.post("/{slug}/requests/{request_id}/respond", response=RequestOut)
def respond(request, slug: str, request_id: int, payload: RespondIn):
    found = _own_request(request, slug, request_id)
    new_state = RequestState.ACCEPTED if payload.accept else RequestState.DECLINED
    set_request_state(found, new_state, actor=request.user, reason=payload.reason)
    return _request_out(selectors.get_request_for_user_or_404(request.user, request_id))


@router.post("/{slug}/requests/{request_id}/cancel", response=RequestOut)
def cancel_request(request, slug: str, request_id: int):
    found = _own_request(request, slug, request_id)
    set_request_state(found, RequestState.CANCELLED, actor=request.user)
    return _request_out(selectors.get_request_for_user_or_404(request.user, request_id))


@router.get("/{slug}/agenda", response=list[AgendaItemOut])
def agenda(request, slug: str):
    event = eventlink.get_event_or_404(slug)
    get_own_profile(event, request.user)
    return [
        {
            "meeting": i.meeting.pk,
            "starts_at": i.starts,
            "ends_at": i.ends,
            "time_zone": i.zone,
            "table": i.table,
            "virtual": i.meeting.is_virtual,
            "counterpart": _party(i.counterpart),
        }
        for i in selectors.agenda_for_user(event, request.user)
    ]


@router.get("/{slug}/agenda.ics", response={200: None})
def agenda_ics(request, slug: str):
    event = eventlink.get_event_or_404(slug)
    get_own_profile(event, request.user)
    body = agenda_calendar(event, selectors.agenda_for_user(event, request.user))
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


@router.post("/{slug}/meetings/{meeting_id}/feedback", response=FeedbackOut)
def give_feedback(request, slug: str, meeting_id: int, payload: FeedbackIn):
    event = eventlink.get_event_or_404(slug)
    meeting = selectors.get_meeting_for_participant_or_404(event, request.user, meeting_id)
    fb = submit_feedback(meeting, user=request.user, data=FeedbackData(**payload.dict()))
    return {"meeting": meeting.pk, "rating": fb.rating, "follow_up": fb.follow_up, "comment": fb.comment}


# --- organisers -----------------------------------------------------------------------------


@router.put("/{slug}/settings", response={200: dict})
def put_settings(request, slug: str, payload: SettingsIn):
    event = eventlink.get_event_or_404(slug)
    data = payload.dict()
    data["breaks"] = [tuple(pair) for pair in data["breaks"]]
    data["named_tables"] = [tuple(pair) for pair in data["named_tables"]]
    if data["request_deadline"] is not None and data["request_deadline"].tzinfo is None:
        data["request_deadline"] = data["request_deadline"].replace(tzinfo=ZoneInfo(event.timezone))
    config = update_partnering_settings(event, data=SettingsData(**data), actor=request.user)
    return {"enabled": config.enabled, "tables": config.tables, "agenda_version": config.agenda_version}


@router.get("/{slug}/stats", response=StatsOut)
def stats(request, slug: str):
    return selectors.request_counts(_organizer_event(request, slug))


@router.post("/{slug}/runs", response={201: RunOut})
def run(request, slug: str, payload: RunIn):
    event = _organizer_event(request, slug)
    limit = min(max(payload.time_limit, 0.5), 120.0)
    return Status(201, scheduling.run_scheduler(event, actor=request.user, time_limit=limit))


@router.get("/{slug}/runs/{run_id}", response=RunOut)
def get_run(request, slug: str, run_id: int):
    event = _organizer_event(request, slug)
    found = selectors.get_run_or_404(event, run_id)
    return found


@router.post("/{slug}/runs/{run_id}/publish", response=PublishOut)
def publish(request, slug: str, run_id: int):
    event = _organizer_event(request, slug)
    found = selectors.get_run_or_404(event, run_id)
    counts = scheduling.publish_run(found, actor=request.user)
    return {**counts, "agenda_version": PartneringSettings.objects.get(event=event).agenda_version}


def _meeting_out(m: Meeting) -> dict:
    return {
        "id": m.pk,
        "request": m.request_id,
        "slot": m.slot_id,
        "starts_at": m.starts_at,
        "ends_at": m.ends_at,
        "table": m.table_number,
        "state": m.state,
        "attendance": m.attendance,
    }


@router.get("/{slug}/meetings", response=list[MeetingOut])
def list_meetings(request, slug: str):
    return [_meeting_out(m) for m in selectors.console_meetings(_organizer_event(request, slug))]


@router.post("/{slug}/meetings/{meeting_id}/move", response=MeetingOut)
def move(request, slug: str, meeting_id: int, payload: MoveIn):
    event = _organizer_event(request, slug)
    meeting = selectors.get_meeting_for_organizer_or_404(event, meeting_id)
    return _meeting_out(
        scheduling.move_meeting(meeting, slot_id=payload.slot, table=payload.table, actor=request.user)
    )


@router.post("/{slug}/meetings/{meeting_id}/cancel", response=MeetingOut)
def cancel_meeting(request, slug: str, meeting_id: int):
    event = _organizer_event(request, slug)
    meeting = selectors.get_meeting_for_organizer_or_404(event, meeting_id)
    return _meeting_out(scheduling.cancel_meeting(meeting, actor=request.user))


@router.post("/{slug}/meetings/{meeting_id}/attendance", response=MeetingOut)
def attendance(request, slug: str, meeting_id: int, payload: AttendanceIn):
    event = _organizer_event(request, slug)
    meeting = selectors.get_meeting_for_organizer_or_404(event, meeting_id)
    return _meeting_out(scheduling.set_attendance(meeting, payload.attendance, actor=request.user))
