"""Reads for the organiser dashboard: requests and meetings by organisation type and country,
acceptance rate, attendance and feedback. Charts are drawn as inline SVG from these rows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import Avg, Count, Q

from biobridge.directory.enums import OrganizationType
from biobridge.events.models import Event
from biobridge.partnering.enums import Attendance, MeetingState, RequestState
from biobridge.partnering.models import Meeting, MeetingFeedback, MeetingRequest

BAR_WIDTH = 210  # px of the longest bar (labels take the first 150 px of a 420 px chart)


@dataclass
class Bar:
    label: str
    value: int
    width: int  # px
    y: int  # px offset in the chart


def bars(counter: Counter, labels: dict[str, str] | None = None) -> dict:
    """Chart rows, longest bar first, and the SVG height they need."""
    top = max(counter.values(), default=0) or 1
    rows = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0] or ""))
    out = [
        Bar((labels or {}).get(key, key) or "—", value, max(2, round(BAR_WIDTH * value / top)), i * 26)
        for i, (key, value) in enumerate(rows)
    ]
    return {"rows": out, "height": len(out) * 26}


def _type_labels() -> dict[str, str]:
    return {value: str(label) for value, label in OrganizationType.choices}


def dashboard_stats(event: Event) -> dict:
    requests = MeetingRequest.objects.filter(event=event)
    by_type = Counter(requests.values_list("sender__organization__org_type", flat=True))
    by_country = Counter(requests.values_list("sender__organization__country", flat=True))
    meetings = Meeting.objects.filter(event=event, state=MeetingState.SCHEDULED)
    m_type: Counter = Counter()
    m_country: Counter = Counter()
    for side in ("sender", "recipient"):
        m_type.update(meetings.values_list(f"request__{side}__organization__org_type", flat=True))
        m_country.update(meetings.values_list(f"request__{side}__organization__country", flat=True))
    states = Counter(requests.values_list("state", flat=True))
    answered = states[RequestState.ACCEPTED] + states[RequestState.DECLINED]
    feedback = MeetingFeedback.objects.filter(meeting__event=event).aggregate(
        n=Count("pk"), avg=Avg("rating"), follow=Count("pk", filter=Q(follow_up=True))
    )
    attendance = Counter(meetings.values_list("attendance", flat=True))
    labels = _type_labels()
    return {
        "requests_by_type": bars(by_type, labels),
        "requests_by_country": bars(by_country),
        "meetings_by_type": bars(m_type, labels),
        "meetings_by_country": bars(m_country),
        "requests_total": sum(states.values()),
        "accepted": states[RequestState.ACCEPTED],
        "declined": states[RequestState.DECLINED],
        "acceptance_rate": round(100 * states[RequestState.ACCEPTED] / answered) if answered else None,
        "meetings_total": meetings.count(),
        "held": attendance[Attendance.HELD],
        "no_show": attendance[Attendance.NO_SHOW],
        "feedback_count": feedback["n"],
        "feedback_average": round(feedback["avg"], 2) if feedback["avg"] is not None else None,
        "follow_up_rate": round(100 * feedback["follow"] / feedback["n"]) if feedback["n"] else None,
    }
