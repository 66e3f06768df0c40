"""Demo events (called by `biobridge demo` after the directory's demo; idempotent).

BIX 2023 at COEX (article 000) with its program, ticket types and ~35 registrations so that
partnering has people, and the Siheung K-bio seminar series (article 002). Events are matched by
slug, speakers by name, users by e-mail and registrations by (event, user): a second run adds
nothing, and events people have edited since are left as they are.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from functools import cache
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction

from biobridge.accounts.services import add_membership, create_user_with_known_password
from biobridge.directory.demo import DEMO_PASSWORD
from biobridge.directory.selectors import find_organization
from biobridge.events.models import Event, Registration, Speaker, TicketType
from biobridge.events.program import EventData, SessionData, add_session, create_event
from biobridge.events.selectors import active_registration
from biobridge.events.services import register

DEMO_FILE = Path(__file__).with_name("data") / "demo_events.json"
EVENT_FIELDS = (
    "slug", "kind", "status", "name_ko", "name_en", "venue_ko", "venue_en", "starts_on", "ends_on",
    "capacity", "expected_visitors", "audience_ko", "audience_en", "description_ko", "description_en",
)  # fmt: skip


@cache
def demo_data() -> dict:
    return json.loads(DEMO_FILE.read_text(encoding="utf-8"))


def demo_lines() -> list[str]:
    counts = load_demo_events()
    return [
        f"events: {counts['events']} new events, {counts['registrations']} new registrations "
        f"(BIX 2023: /ko/events/bix-2023/, Siheung seminars: /ko/events/siheung-k-bio-2023/)",
        f"events: {counts['delegates']} synthetic BIX delegates, "
        f"e.g. delegate01@bix.demo / password {DEMO_PASSWORD}",
    ]


@transaction.atomic
def load_demo_events() -> dict[str, int]:
    data = demo_data()
    speakers = {row["key"]: _speaker(row) for row in data["speakers"]}
    counts = {"events": 0, "registrations": 0, "delegates": 0}
    for row in data["events"]:
        parent = _event(row, None, speakers, counts)
        for child in row.get("children", []):
            values = {k: row[k] for k in ("venue_ko", "venue_en", "audience_ko", "audience_en")} | child
            _event(values | {"kind": "seminar", "organizers": row["organizers"]}, parent, speakers, counts)
    bix = Event.objects.get(slug="bix-2023")
    counts["registrations"] += _register_demo_users(bix, data["bix_registrations"])
    counts["delegates"], added = _register_delegates(bix, data)
    counts["registrations"] += added
    return counts


def _speaker(row: dict) -> Speaker:
    org = find_organization(row["org"]) if row.get("org") else None
    speaker, _ = Speaker.objects.get_or_create(
        name_ko=row["name_ko"],
        name_en=row["name_en"],
        defaults={
            "title_ko": row["title_ko"],
            "title_en": row["title_en"],
            "organization": org,
            "affiliation_ko": row.get("affiliation_ko", ""),
            "affiliation_en": row.get("affiliation_en", ""),
        },
    )
    return speaker


def _event(row: dict, parent: Event | None, speakers: dict, counts: dict) -> Event:
    existing = Event.objects.filter(slug=row["slug"]).first()
    if existing is not None:
        return existing
    values = {k: row[k] for k in EVENT_FIELDS if k in row}
    values["starts_on"] = dt.date.fromisoformat(values["starts_on"])
    values["ends_on"] = dt.date.fromisoformat(values["ends_on"])
    organizers = [find_organization(name) for name in row["organizers"]]
    event = create_event(EventData(**values, parent=parent, organizers=[o for o in organizers if o]))
    for ticket in row.get("tickets", []):
        TicketType.objects.create(event=event, **ticket)
    for session in row.get("sessions", []):
        _session(event, session, speakers)
    counts["events"] += 1
    return event


def _session(event: Event, row: dict, speakers: dict) -> None:
    zone = zoneinfo.ZoneInfo(event.timezone)
    day = dt.date.fromisoformat(row.get("day") or str(event.starts_on))

    def at(hhmm: str) -> dt.datetime:
        return dt.datetime.combine(day, dt.time.fromisoformat(hhmm), tzinfo=zone)

    texts = ("title_ko", "title_en", "room", "track", "description_ko", "description_en")
    data = SessionData(
        starts_at=at(row["start"]),
        ends_at=at(row["end"]),
        speakers=[speakers[key] for key in row.get("speakers", [])],
        panelists=[speakers[key] for key in row.get("panelists", [])],
        **{k: row.get(k, "") for k in texts},
    )
    add_session(event, data)


def _ticket(event: Event, name_ko: str) -> TicketType:
    return event.ticket_types.get(name_ko=name_ko)


def _register_demo_users(event: Event, rows: list[dict]) -> int:
    added = 0
    for row in rows:
        user = get_user_model().objects.filter(email=row["email"]).first()
        if user is None or active_registration(event, user) is not None:
            continue
        register(
            event,
            user=user,
            ticket_type=_ticket(event, row["ticket"]),
            job_title=row["job_title"],
            as_organizer=True,
        )
        added += 1
    return added


def _register_delegates(event: Event, data: dict) -> tuple[int, int]:
    """One synthetic delegate per listed organisation: Korean names at Korean organisations."""
    User = get_user_model()
    ticket = _ticket(event, "파트너링 대표단")
    ko, en, titles = data["delegate_names_ko"], data["delegate_names_en"], data["delegate_titles"]
    delegates = added = 0
    for i, org_name in enumerate(data["delegate_orgs"]):
        org = find_organization(org_name)
        if org is None:
            continue
        korean = org.country == "KR"
        email = f"delegate{i + 1:02d}@bix.demo"
        user = User.objects.filter(email=email).first()
        if user is None:
            name = (ko if korean else en)[i % len(ko if korean else en)]
            user = create_user_with_known_password(
                email, DEMO_PASSWORD, name=name, preferred_language="ko" if korean else "en"
            )
            add_membership(user=user, organization=org, role="member", title=titles[i % len(titles)])
        delegates += 1
        if Registration.objects.filter(event=event, user=user).exists():
            continue
        register(
            event,
            user=user,
            organization=org,
            ticket_type=ticket,
            job_title=titles[i % len(titles)],
            as_organizer=True,
        )
        added += 1
    return delegates, added
