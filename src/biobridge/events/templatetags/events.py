"""Template filters for events: dates and times in the event's own time zone, zone named."""

from __future__ import annotations

import zoneinfo
from datetime import datetime

from django import template
from django.utils import formats
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def event_dates(event) -> str:
    """'2023-07-12 – 2023-07-14' (one date when the event lasts a day)."""
    start = formats.date_format(event.starts_on, "DATE_FORMAT")
    if event.ends_on == event.starts_on:
        return start
    return f"{start} – {formats.date_format(event.ends_on, 'DATE_FORMAT')}"


def local(value: datetime, event) -> datetime:
    return value.astimezone(zoneinfo.ZoneInfo(event.timezone))


@register.filter
def event_time(value: datetime, event) -> str:
    """Wall-clock time where the event is, e.g. '14:00'."""
    return local(value, event).strftime("%H:%M") if value else ""


@register.filter
def event_day(value: datetime, event) -> str:
    return formats.date_format(local(value, event).date(), "DATE_FORMAT") if value else ""


@register.filter
def event_datetime(value: datetime, event) -> str:
    if not value:
        return ""
    return f"{event_day(value, event)} {event_time(value, event)}"


@register.filter
def zone_label(event) -> str:
    """The zone named for people: 'Asia/Seoul (KST, UTC+09:00)'."""
    zone = zoneinfo.ZoneInfo(event.timezone)
    sample = datetime.combine(event.starts_on, datetime.min.time(), tzinfo=zone)
    offset = sample.strftime("%z")
    return _("%(zone)s (%(abbr)s, UTC%(offset)s)") % {
        "zone": event.timezone,
        "abbr": sample.tzname(),
        "offset": f"{offset[:3]}:{offset[3:]}",
    }
