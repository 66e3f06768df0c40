"""A participant's agenda as an iCalendar file (times in UTC, so every calendar reads them right)."""

from __future__ import annotations

from datetime import UTC, datetime

from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as IcsEvent

from biobridge.events.models import Event
from biobridge.partnering.selectors import AgendaItem


def meeting_uid(item: AgendaItem) -> str:
    # Stable per meeting: a moved meeting updates the same calendar entry instead of adding one.
    return f"partnering-meeting-{item.meeting.pk}@biobridge"


def agenda_calendar(event: Event, items: list[AgendaItem]) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//BioBridge//partnering//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{event.name} · partnering")
    cal.add("x-wr-timezone", event.timezone)
    stamp = datetime.now(UTC)
    for item in items:
        other = item.counterpart
        entry = IcsEvent()
        entry.add("uid", meeting_uid(item))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", item.meeting.starts_at.astimezone(UTC))
        entry.add("dtend", item.meeting.ends_at.astimezone(UTC))
        entry.add("sequence", item.meeting.version)
        org = f" ({other.organization_name})" if other.organization_name else ""
        entry.add("summary", _("Meeting with %(name)s") % {"name": f"{other.display_name}{org}"})
        where = _("Table %(table)s") % {"table": item.table} if item.table else _("Virtual meeting")
        entry.add("location", f"{where} · {event.venue}" if event.venue else where)
        entry.add("description", item.meeting.request.message)
        cal.add_component(entry)
    return cal.to_ical()
