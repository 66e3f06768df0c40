from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class RequestState(models.TextChoices):
    PENDING = "pending", pgettext_lazy("meeting request", "Pending")
    ACCEPTED = "accepted", pgettext_lazy("meeting request", "Accepted")
    DECLINED = "declined", pgettext_lazy("meeting request", "Declined")
    CANCELLED = "cancelled", pgettext_lazy("meeting request", "Cancelled")


# A pair of participants may hold only one request in these states at a time.
OPEN_REQUEST_STATES = (RequestState.PENDING, RequestState.ACCEPTED)


class MeetingFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    VIRTUAL = "virtual", _("Virtual")


class MeetingState(models.TextChoices):
    SCHEDULED = "scheduled", pgettext_lazy("meeting", "Scheduled")
    CANCELLED = "cancelled", pgettext_lazy("meeting", "Cancelled")


class Attendance(models.TextChoices):
    UNKNOWN = "unknown", _("Not recorded")
    HELD = "held", _("Held (checked in)")
    NO_SHOW = "no_show", _("No-show")


class RunStatus(models.TextChoices):
    DRAFT = "draft", _("Ready for review")
    PUBLISHED = "published", _("Published")
    SUPERSEDED = "superseded", _("Superseded")
