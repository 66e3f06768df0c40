import datetime as dt

from ninja import Schema


class OrganizationRefOut(Schema):
    id: int
    name_ko: str
    name_en: str


class EventOut(Schema):
    slug: str
    kind: str
    status: str
    name_ko: str
    name_en: str
    parent: str | None
    venue_ko: str
    venue_en: str
    timezone: str
    starts_on: dt.date
    ends_on: dt.date
    capacity: int | None
    registration_open: bool
    organizers: list[OrganizationRefOut]
    url: str


class SpeakerOut(Schema):
    name_ko: str
    name_en: str
    title_ko: str
    title_en: str
    organization: OrganizationRefOut | None
    affiliation_ko: str
    affiliation_en: str


class SessionOut(Schema):
    id: int
    title_ko: str
    title_en: str
    starts_at: dt.datetime  # in the event's time zone, with its offset
    ends_at: dt.datetime
    room: str
    track: str
    speakers: list[SpeakerOut]
    panelists: list[SpeakerOut]


class ProgramOut(Schema):
    event: str
    timezone: str
    sessions: list[SessionOut]


class RegistrationIn(Schema):
    ticket_type: int | None = None
    job_title: str = ""


class RegistrationOut(Schema):
    id: int
    event: str
    status: str
    ticket_type: str | None
    job_title: str
    organization: OrganizationRefOut | None
    checked_in_at: dt.datetime | None
    created_at: dt.datetime


class RegistrantOut(RegistrationOut):
    email: str
    name: str


class CheckInIn(Schema):
    checked_in: bool


class EventIn(Schema):
    slug: str
    kind: str
    starts_on: dt.date
    ends_on: dt.date
    name_ko: str = ""
    name_en: str = ""
    status: str = "scheduled"
    description_ko: str = ""
    description_en: str = ""
    venue_ko: str = ""
    venue_en: str = ""
    timezone: str = "Asia/Seoul"
    capacity: int | None = None
    expected_visitors: int | None = None
    audience_ko: str = ""
    audience_en: str = ""
    website: str = ""
    registration_open: bool = True
    is_published: bool = True
    parent: str | None = None  # slug of a seminar series
    organizers: list[int] = []  # directory organisation ids


class SessionIn(Schema):
    title_ko: str = ""
    title_en: str = ""
    starts_at: dt.datetime  # with offset, e.g. 2023-07-13T10:00:00+09:00
    ends_at: dt.datetime
    room: str = ""
    track: str = ""
    description_ko: str = ""
    description_en: str = ""
