"""CSV export and import of an event's registrants.

Export is UTF-8 with a byte-order mark, so Excel opens Korean text correctly.

Import is all-or-nothing: every row is checked first and, if any row is wrong, nothing is
stored and the report lists each bad row with its line number. Only a clean file is
imported, in one transaction. Why: organisers fix the file and upload it again; with
partial imports they would have to work out which rows went in, and re-uploading would
trip over the rows already registered.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from biobridge.directory.models import Organization
from biobridge.directory.selectors import find_organization
from biobridge.events.enums import RegistrationStatus
from biobridge.events.models import Event, Registration, TicketType
from biobridge.events.rules import is_event_organizer
from biobridge.events.services import register
from biobridge.events.templatetags.events import local
from biobridge.events.validators import validate_job_title

MAX_ROWS = 5000
MAX_BYTES = 2_000_000
EXPORT_HEADER = [
    "email", "name", "organisation", "job title", "ticket type", "status", "registered", "checked in",
]  # fmt: skip
HEADER_ALIASES = {
    "email": "email", "e-mail": "email", "이메일": "email",
    "name": "name", "이름": "name", "성명": "name",
    "organisation": "organization", "organization": "organization",
    "기관": "organization", "소속": "organization",
    "job title": "job_title", "job_title": "job_title", "직함": "job_title", "직책": "job_title",
    "ticket type": "ticket_type", "ticket_type": "ticket_type",
    "ticket": "ticket_type", "티켓": "ticket_type",
}  # fmt: skip


def export_registrants_csv(event: Event) -> str:
    """All registrations of `event` (cancelled ones too), times in the event's zone."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(EXPORT_HEADER)
    rows = event.registrations.select_related("user", "organization", "ticket_type").order_by(
        "created_at", "pk"
    )
    for reg in rows:
        writer.writerow([
            reg.user.email,
            reg.user.name,
            reg.organization.display_name if reg.organization else "",
            reg.job_title,
            reg.ticket_type.name if reg.ticket_type else "",
            reg.status,
            _stamp(reg.created_at, event),
            _stamp(reg.checked_in_at, event),
        ])  # fmt: skip
    return out.getvalue()


def _stamp(value, event: Event) -> str:
    # Locale-independent, in the event's zone (named in the file name), so spreadsheets sort it.
    return local(value, event).strftime("%Y-%m-%d %H:%M") if value else ""


@dataclass
class ImportRow:
    line: int
    email: str
    name: str = ""
    organization: Organization | None = None
    job_title: str = ""
    ticket_type: TicketType | None = None
    errors: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    """What an import did: `errors` (line, message) means nothing was stored."""

    errors: list[tuple[int, str]] = field(default_factory=list)
    confirmed: int = 0
    waitlisted: int = 0
    users_created: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def imported(self) -> int:
        return self.confirmed + self.waitlisted


def decode_upload(data: bytes) -> str:
    """UTF-8 (with or without BOM), else CP949 — what Korean Excel saves."""
    if len(data) > MAX_BYTES:
        raise ValidationError(_("The file is larger than 2 MB."))
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(_("The file is not UTF-8 or CP949 text."))


def import_registrants(event: Event, text: str, *, actor) -> ImportReport:
    """Register everyone in the CSV `text`, or nobody if any row is wrong (see module doc).

    Side effects on success: unknown e-mails get user accounts with an unusable password and
    the given name; registrations are confirmed while seats last, then wait-listed.
    """
    if not is_event_organizer(actor, event):
        raise PermissionDenied(_("Only the event's organisers can import registrants."))
    rows = parse_rows(event, text)
    report = ImportReport(errors=[(row.line, message) for row in rows for message in row.errors])
    if report.errors:
        return report
    try:
        _store(event, rows, report)
    except _RowFailed as failed:
        return ImportReport(errors=[(failed.line, message) for message in failed.messages])
    return report


class _RowFailed(Exception):
    def __init__(self, line: int, messages: list[str]):
        super().__init__(line)
        self.line, self.messages = line, messages


@transaction.atomic
def _store(event: Event, rows: list[ImportRow], report: ImportReport) -> None:
    # Raising _RowFailed rolls the whole file back, rows already stored included.
    for row in rows:
        user = _user_for(row, report)
        try:
            registration = register(
                event,
                user=user,
                organization=row.organization,
                ticket_type=row.ticket_type,
                job_title=row.job_title,
                as_organizer=True,
            )
        except ValidationError as exc:
            raise _RowFailed(row.line, exc.messages) from exc
        if registration.status == RegistrationStatus.CONFIRMED:
            report.confirmed += 1
        else:
            report.waitlisted += 1


def _user_for(row: ImportRow, report: ImportReport):
    User = get_user_model()
    user = User.objects.filter(email__iexact=row.email).first()
    if user is None:
        user = User.objects.create_user(row.email, None, name=row.name)  # password None → unusable
        report.users_created += 1
    return user


def parse_rows(event: Event, text: str) -> list[ImportRow]:
    """Read and check every row; a row's problems go into its `errors`. Stores nothing."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    columns = _columns(header)
    rows: list[ImportRow] = []
    seen: dict[str, int] = {}
    tickets = _ticket_lookup(event)
    for line, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        if len(rows) >= MAX_ROWS:
            raise ValidationError(_("At most %(n)d rows can be imported at once.") % {"n": MAX_ROWS})
        record = {columns[i]: v.strip() for i, v in enumerate(values) if i < len(columns) and columns[i]}
        row = _check_row(event, line, record, tickets)
        if row.email and row.email in seen:
            row.errors.append(_("The same e-mail is already on line %(line)d.") % {"line": seen[row.email]})
        seen.setdefault(row.email, line)
        rows.append(row)
    if not rows:
        raise ValidationError(_("The file has no registrant rows."))
    return rows


def _columns(header: list[str] | None) -> list[str | None]:
    if not header:
        raise ValidationError(_("The file is empty."))
    columns = [HEADER_ALIASES.get(h.strip().lower().lstrip("\ufeff")) for h in header]
    if "email" not in columns:
        raise ValidationError(
            _("The first line must name the columns: email, name, organisation, job title, ticket type.")
        )
    return columns


def _ticket_lookup(event: Event) -> dict[str, TicketType]:
    lookup = {}
    for ticket in event.ticket_types.all():
        for label in (ticket.name_ko, ticket.name_en):
            if label:
                lookup[label.strip().lower()] = ticket
    return lookup


def _check_row(event: Event, line: int, record: dict, tickets: dict) -> ImportRow:
    row = ImportRow(line=line, email=record.get("email", "").lower(), name=record.get("name", ""))
    row.job_title = record.get("job_title", "")
    try:
        validate_email(row.email)
    except ValidationError:
        row.errors.append(_("“%(email)s” is not a valid e-mail address.") % {"email": row.email})
    org_name = record.get("organization", "")
    if org_name:
        row.organization = find_organization(org_name)
        if row.organization is None:
            row.errors.append(_("Organisation “%(name)s” is not in the directory.") % {"name": org_name})
    ticket_name = record.get("ticket_type", "")
    if ticket_name:
        row.ticket_type = tickets.get(ticket_name.lower())
        if row.ticket_type is None:
            row.errors.append(_("Unknown ticket type “%(name)s”.") % {"name": ticket_name})
    elif tickets:
        row.errors.append(_("Give a ticket type."))
    try:
        validate_job_title(row.job_title)
    except ValidationError as exc:
        row.errors.extend(exc.messages)
    active = Registration.objects.filter(event=event, user__email__iexact=row.email)
    if row.email and active.exclude(status=RegistrationStatus.CANCELLED).exists():
        row.errors.append(_("%(email)s is already registered.") % {"email": row.email})
    return row
