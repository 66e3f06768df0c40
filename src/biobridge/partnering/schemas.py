"""Explicit input and output schemas of the partnering API."""

from datetime import datetime, time

from ninja import Schema


class OrganizationBrief(Schema):
    id: int
    name: str
    org_type: str
    country: str


class ProfileOut(Schema):
    id: int
    name: str
    role: str
    organization: OrganizationBrief | None
    summary: str
    assets: list[str]
    offering: list[str]
    seeking: list[str]


class OwnProfileOut(ProfileOut):
    unavailable: list[str]


class ProfileIn(Schema):
    role: str = ""
    summary: str = ""
    assets: list[str] = []
    offering: list[str] = []
    seeking: list[str] = []
    unavailable: list[str] = []


class RequestIn(Schema):
    recipient: int
    message: str = ""
    format: str = "in_person"


class RespondIn(Schema):
    accept: bool
    reason: str = ""


class PartyOut(Schema):
    profile: int
    name: str
    organization: str


class RequestOut(Schema):
    id: int
    sender: PartyOut
    recipient: PartyOut
    message: str
    format: str
    state: str
    decline_reason: str
    created_at: datetime
    responded_at: datetime | None


class AgendaItemOut(Schema):
    meeting: int
    starts_at: datetime  # with the event's UTC offset
    ends_at: datetime
    time_zone: str
    table: str
    virtual: bool
    counterpart: PartyOut


class SettingsIn(Schema):
    enabled: bool = True
    days: list[str] = []
    day_start: time = time(10, 0)
    day_end: time = time(17, 0)
    slot_minutes: int = 30
    breaks: list[tuple[str, str]] = []
    tables: int = 10
    named_tables: list[tuple[str, int]] = []
    virtual_meetings: bool = False
    request_limit: int = 20
    request_deadline: datetime | None = None


class StatsOut(Schema):
    participants: int
    sent: int
    pending: int
    accepted: int
    declined: int
    cancelled: int
    meetings: int


class RunIn(Schema):
    time_limit: float = 10.0


class UnscheduledOut(Schema):
    request: int
    reason: str


class AssignmentOut(Schema):
    request: int
    slot: str
    table: int | None


class RunOut(Schema):
    id: int
    status: str
    requests_total: int
    scheduled: int
    upper_bound: int
    idle_gaps_total: int
    idle_gaps_worst: int
    seconds: float
    moved: int
    assignments: list[AssignmentOut]
    unscheduled: list[UnscheduledOut]


class PublishOut(Schema):
    created: int
    moved: int
    cancelled: int
    unchanged: int
    agenda_version: int


class MoveIn(Schema):
    slot: str
    table: int | None = None


class MeetingOut(Schema):
    id: int
    request: int
    slot: str
    starts_at: datetime
    ends_at: datetime
    table: int | None
    state: str
    attendance: str


class AttendanceIn(Schema):
    attendance: str


class FeedbackIn(Schema):
    rating: int
    follow_up: bool = False
    comment: str = ""


class FeedbackOut(Schema):
    meeting: int
    rating: int
    follow_up: bool
    comment: str
