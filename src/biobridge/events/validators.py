"""Validation shared by forms, API and CSV import."""

from __future__ import annotations

import zoneinfo
from datetime import date

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

JOB_TITLE_MAX = 120


def validate_job_title(value: str) -> None:
    if len(value or "") > JOB_TITLE_MAX:
        raise ValidationError(
            _("A job title has at most %(max)d characters.") % {"max": JOB_TITLE_MAX}, code="max_length"
        )


def validate_timezone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(_("Unknown time zone: %(tz)s") % {"tz": value}) from exc


def event_today(event) -> date:
    """Today's date where the event takes place."""
    return timezone.now().astimezone(zoneinfo.ZoneInfo(event.timezone)).date()


def event_has_ended(event) -> bool:
    return event.ends_on < event_today(event)
