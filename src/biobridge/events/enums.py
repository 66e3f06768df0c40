from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    CONVENTION = "convention", _("Convention / exhibition")
    SEMINAR_SERIES = "seminar_series", _("Seminar series")
    SEMINAR = "seminar", _("Seminar")
    ROUNDTABLE = "roundtable", _("Roundtable")
    DEMO_DAY = "demo_day", _("Demo day")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("Wait-listed")
    CANCELLED = "cancelled", _("Cancelled")


class EventStatus(models.TextChoices):
    """Whether the date and program are fixed (a series announces later seminars as planned)."""

    SCHEDULED = "scheduled", _("Scheduled")
    PLANNED = "planned", _("Planned (to be confirmed)")
