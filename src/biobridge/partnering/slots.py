"""Partnering slots, derived deterministically from the settings in the event's time zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from biobridge.partnering.models import PartneringSettings


@dataclass(frozen=True)
class SlotInfo:
    id: str  # "2023-07-12T10:00", local time of the event
    start: datetime  # aware, in the event's zone
    end: datetime

    @property
    def day(self) -> date:
        return self.start.date()


def parse_hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def partnering_days(config: PartneringSettings) -> list[date]:
    event = config.event
    if config.days:
        return sorted(date.fromisoformat(d) for d in config.days)
    count = (event.ends_on - event.starts_on).days + 1
    return [event.starts_on + timedelta(days=i) for i in range(count)]


def _in_break(start: time, end: time, breaks: list[tuple[time, time]]) -> bool:
    return any(start < b_end and b_start < end for b_start, b_end in breaks)


def generate_slots(config: PartneringSettings) -> list[SlotInfo]:
    """Every slot of every partnering day, skipping any slot that overlaps a break."""
    zone = ZoneInfo(config.event.timezone)
    length = timedelta(minutes=config.slot_minutes)
    breaks = [(parse_hhmm(a), parse_hhmm(b)) for a, b in config.breaks]
    out: list[SlotInfo] = []
    for day in partnering_days(config):
        cursor = datetime.combine(day, config.day_start)
        last = datetime.combine(day, config.day_end)
        while cursor + length <= last:
            end = cursor + length
            if not _in_break(cursor.time(), end.time(), breaks):
                out.append(
                    SlotInfo(
                        cursor.strftime("%Y-%m-%dT%H:%M"),
                        cursor.replace(tzinfo=zone),
                        end.replace(tzinfo=zone),
                    )
                )
            cursor = end
    return out


def slot_map(config: PartneringSettings) -> dict[str, SlotInfo]:
    return {slot.id: slot for slot in generate_slots(config)}


def table_labels(config: PartneringSettings) -> list[str]:
    """Label of table 1..n: the named tables in order, else plain numbers."""
    named = [t.name for t in config.named_tables.all()]
    return named or [str(i) for i in range(1, config.tables + 1)]


def table_count(config: PartneringSettings) -> int:
    return len(table_labels(config))
