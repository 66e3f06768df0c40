"""Reads for partnering: browsing, own requests, agendas, console counts, matching input."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from biobridge.directory.enums import TagSide
from biobridge.events.enums import RegistrationStatus
from biobridge.events.models import Event
from biobridge.partnering.enums import MeetingState, RequestState
from biobridge.partnering.models import (
    Meeting,
    MeetingRequest,
    PartneringSettings,
    Profile,
    ProfileTag,
    ScheduleRun,
)
from biobridge.partnering.slots import table_labels


def settings_for(event: Event) -> PartneringSettings | None:
    return PartneringSettings.objects.filter(event=event).prefetch_related("named_tables").first()


def partnering_events() -> QuerySet[Event]:
    return Event.objects.filter(partnering__enabled=True, is_published=True).order_by("-starts_on")


def profiles_of(event: Event) -> QuerySet[Profile]:
    """Profiles of people still confirmed for the event, with what listing them needs."""
    tags = ProfileTag.objects.select_related("term")
    return (
        Profile.objects.filter(event=event, registration__status=RegistrationStatus.CONFIRMED)
        .select_related("user", "organization")
        .prefetch_related(Prefetch("tag_links", queryset=tags))
    )


def search_profiles(
    event: Event, *, q: str = "", tag: str = "", org_type: str = "", country: str = "", exclude_user=None
) -> QuerySet[Profile]:
    """Participants matching every word of `q` (name, organisation, role, text, tags) and the filters."""
    qs = profiles_of(event)
    if exclude_user is not None:
        qs = qs.exclude(user=exclude_user)
    if org_type:
        qs = qs.filter(organization__org_type=org_type)
    if country:
        qs = qs.filter(organization__country=country.upper())
    if tag:
        qs = qs.filter(Q(tag_links__term__key=tag) | Q(tag_links__term__parent__key=tag))
    for word in (q or "").split():
        qs = qs.filter(
            Q(user__name__icontains=word)
            | Q(organization__name_ko__icontains=word)
            | Q(organization__name_en__icontains=word)
            | Q(role__icontains=word)
            | Q(summary__icontains=word)
            | Q(tag_links__term__name_ko__icontains=word)
            | Q(tag_links__term__name_en__icontains=word)
        )
    return qs.distinct().order_by("organization__name_ko", "pk")


def request_budget(profile: Profile, config: PartneringSettings) -> dict:
    """How many requests the participant has used (all but cancelled) and until when they may ask."""
    used = profile.sent_requests.exclude(state=RequestState.CANCELLED).count()
    deadline = (
        config.request_deadline.astimezone(ZoneInfo(config.event.timezone))
        if config.request_deadline
        else None
    )
    return {"used": used, "limit": config.request_limit, "deadline": deadline, "zone": config.event.timezone}


def own_profile(event: Event, user) -> Profile | None:
    if not (user and user.is_authenticated):
        return None
    return profiles_of(event).filter(user=user).first()


def _requests() -> QuerySet[MeetingRequest]:
    return MeetingRequest.objects.select_related(
        "event", "sender__user", "sender__organization", "recipient__user", "recipient__organization"
    )


def requests_for_user(event: Event, user) -> QuerySet[MeetingRequest]:
    """Only the requests the user sent or received: nobody sees another pair's messages."""
    return _requests().filter(Q(sender__user=user) | Q(recipient__user=user), event=event)


def get_request_for_user_or_404(user, pk: int) -> MeetingRequest:
    request = _requests().filter(Q(sender__user=user) | Q(recipient__user=user), pk=pk).first()
    if request is None:
        raise Http404("No such meeting request")
    return request


@dataclass
class AgendaItem:
    meeting: Meeting
    starts: datetime  # in the event's zone
    ends: datetime
    zone: str
    table: str  # label, "" when virtual
    counterpart: Profile

    @property
    def is_past(self) -> bool:
        """Feedback is asked for once the meeting has started."""
        return self.meeting.starts_at <= timezone.now()


def _table_label(labels: list[str], number: int | None) -> str:
    if number is None:
        return ""
    return labels[number - 1] if 0 < number <= len(labels) else str(number)


def agenda_for_user(event: Event, user) -> list[AgendaItem]:
    """The user's scheduled, published meetings in time order, times in the event's zone."""
    config = settings_for(event)
    labels = table_labels(config) if config else []
    zone = ZoneInfo(event.timezone)
    # Look the profile up first: filtering meetings through two user joins is slow at scale.
    profile_id = Profile.objects.filter(event=event, user=user).values_list("pk", flat=True).first()
    meetings = (
        Meeting.objects.filter(event=event, state=MeetingState.SCHEDULED)
        .filter(Q(request__sender_id=profile_id) | Q(request__recipient_id=profile_id))
        .select_related(
            "request__sender__user",
            "request__sender__organization",
            "request__recipient__user",
            "request__recipient__organization",
        )
        .order_by("starts_at", "pk")
    )
    items = []
    for meeting in meetings:
        req = meeting.request
        counterpart = req.recipient if req.sender.user_id == user.pk else req.sender
        items.append(
            AgendaItem(
                meeting,
                meeting.starts_at.astimezone(zone),
                meeting.ends_at.astimezone(zone),
                event.timezone,
                _table_label(labels, meeting.table_number),
                counterpart,
            )
        )
    return items


def console_meetings(event: Event) -> QuerySet[Meeting]:
    return (
        Meeting.objects.filter(event=event)
        .select_related(
            "request__sender__user",
            "request__sender__organization",
            "request__recipient__user",
            "request__recipient__organization",
        )
        .order_by("starts_at", "table_number", "pk")
    )


def get_meeting_for_organizer_or_404(event: Event, pk: int) -> Meeting:
    meeting = console_meetings(event).filter(pk=pk).first()
    if meeting is None:
        raise Http404("No such meeting")
    return meeting


def get_meeting_for_participant_or_404(event: Event, user, pk: int) -> Meeting:
    meeting = (
        Meeting.objects.filter(event=event, pk=pk)
        .filter(Q(request__sender__user=user) | Q(request__recipient__user=user))
        .select_related("request__sender__user", "request__recipient__user")
        .first()
    )
    if meeting is None:
        raise Http404("No such meeting")
    return meeting


def request_counts(event: Event) -> dict[str, int]:
    """Requests by state, plus the total sent, for the organiser console."""
    rows = MeetingRequest.objects.filter(event=event).values("state").annotate(n=Count("pk"))
    counts = {state: 0 for state in RequestState.values}
    counts.update({row["state"]: row["n"] for row in rows})
    counts["sent"] = sum(counts[s] for s in RequestState.values)
    counts["participants"] = profiles_of(event).count()
    counts["meetings"] = Meeting.objects.filter(event=event, state=MeetingState.SCHEDULED).count()
    return counts


def participants_for_matching(event: Event) -> list[dict]:
    """Every participant as the matching engine's plain input (contract 4's profile shape).

    `id` is the partnering profile id as a string; tags are term keys and labels.
    """
    out = []
    for profile in profiles_of(event):
        org = profile.organization
        sides = {TagSide.OFFERING: [], TagSide.SEEKING: []}
        for link in profile.tag_links.all():
            sides[link.side].append(link.term)
        out.append(
            {
                "id": str(profile.pk),
                "name": profile.display_name,
                "org": org.display_name if org else "",
                "org_id": str(org.pk) if org else "",
                "type": org.org_type if org else "",
                "country": org.country if org else "",
                "description": profile.summary,
                "offering": " · ".join([*profile.assets]),
                "tag_keys": {side: [t.key for t in terms] for side, terms in sides.items()},
                "tags": {side: [t.name_ko or t.name_en for t in terms] for side, terms in sides.items()},
            }
        )
    return out


def latest_run(event: Event) -> ScheduleRun | None:
    return ScheduleRun.objects.filter(event=event).first()


def get_run_or_404(event: Event, pk: int) -> ScheduleRun:
    """A scheduler run of `event` (callers have checked the organiser permission)."""
    run = ScheduleRun.objects.filter(event=event, pk=pk).first()
    if run is None:
        raise Http404("No such run")
    return run
