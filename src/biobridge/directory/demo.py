"""Demo directory built from the five news articles (directory/data/demo_directory.json).

Idempotent: organisations are matched by name key, agreements by title, users by e-mail, so
running the loader twice creates nothing new.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from django.db import transaction

from biobridge.directory.models import Agreement, Organization
from biobridge.directory.selectors import find_organization
from biobridge.directory.services import (
    AgreementData,
    OrganizationData,
    create_agreement,
    create_organization,
    sync_taxonomy,
)

DEMO_FILE = Path(__file__).with_name("data") / "demo_directory.json"
DEMO_PASSWORD = "biobridge-demo"


@cache
def demo_data() -> dict:
    return json.loads(DEMO_FILE.read_text(encoding="utf-8"))


@dataclass
class DemoReport:
    created: int = 0
    existing: int = 0
    agreements: int = 0
    users: list[tuple[str, str, str]] = field(default_factory=list)  # email, password, what


@transaction.atomic
def load_demo_directory() -> DemoReport:
    report = DemoReport()
    sync_taxonomy()
    for row in demo_data()["organizations"]:
        data = OrganizationData(**{k: v for k, v in row.items()})
        # Existing organisations are left as they are: people may have edited them since.
        if find_organization(row.get("name_ko") or row["name_en"]) is None:
            create_organization(data=data)
            report.created += 1
        else:
            report.existing += 1
    for row in demo_data()["agreements"]:
        if Agreement.objects.filter(title_ko=row["title_ko"]).exists():
            continue
        parties = [find_organization(name) for name in row["parties"]]
        create_agreement(
            data=AgreementData(
                kind=row["kind"],
                title_ko=row["title_ko"],
                title_en=row["title_en"],
                date=date.fromisoformat(row["date"]) if row.get("date") else None,
                date_precision=row.get("date_precision", "day"),
                party_ids=[p.pk for p in parties if p is not None],
                scope_items=row["scope_items"],
                source_title=row.get("source_title", ""),
            )
        )
        report.agreements += 1
    report.users = load_demo_users()
    return report


def load_demo_users() -> list[tuple[str, str, str]]:
    from biobridge.accounts.models import User
    from biobridge.accounts.services import (
        add_membership,
        create_user_with_known_password,
        grant_platform_role,
    )

    out = []
    for row in demo_data()["users"]:
        user = User.objects.filter(email=row["email"]).first()
        if user is None:
            user = create_user_with_known_password(
                row["email"], DEMO_PASSWORD, name=row["name"], preferred_language=row.get("language", "ko")
            )
        for role in row.get("roles", []):
            grant_platform_role(user, role)
        what = ", ".join(row.get("roles", []))
        if row.get("org"):
            org = find_organization(row["org"])
            add_membership(user=user, organization=org, role=row.get("membership", "member"))
            what = ", ".join(filter(None, [what, f"{row.get('membership', 'member')} of {org.display_name}"]))
        out.append((row["email"], DEMO_PASSWORD, what))
    return out


def demo_lines() -> list[str]:
    report = load_demo_directory()
    lines = [
        f"organisations: {report.created} created, {report.existing} already there; "
        f"agreements: {report.agreements} created; total {Organization.objects.count()} organisations",
    ]
    lines += [
        f"user {email} / password {password} ({what or 'no role'})" for email, password, what in report.users
    ]
    return lines
