from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Language(models.TextChoices):
    KOREAN = "ko", _("Korean")
    ENGLISH = "en", _("English")


class RelationType(models.TextChoices):
    MOU = "mou", _("MOU")
    PARTNERSHIP = "partnership", _("Partnership")
    INVESTMENT = "investment", _("Investment")
    EVENT = "event", pgettext_lazy("relation type", "Event")
    VISIT = "visit", _("Visit")
    SELECTION = "selection", _("Selection")
    CONTRACT = "contract", _("Contract")


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("Pending review")
    CONFIRMED = "confirmed", _("Confirmed")
    REJECTED = "rejected", _("Rejected")


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


class BatchStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class ReviewAction(models.TextChoices):
    ORG_CONFIRMED = "org_confirmed", _("Organisation confirmed")
    ORG_REJECTED = "org_rejected", _("Organisation rejected")
    ORG_REOPENED = "org_reopened", _("Organisation back to review")
    ORG_MERGED = "org_merged", _("Organisation merged")
    RELATION_CONFIRMED = "relation_confirmed", _("Relation confirmed")
    RELATION_REJECTED = "relation_rejected", _("Relation rejected")
    RELATION_REOPENED = "relation_reopened", _("Relation back to review")
    AGREEMENT_CREATED = "agreement_created", _("Agreement created")
