from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class StageKind(models.TextChoices):
    """The steps of a call, in the order article 004's challenge runs them."""

    DOCUMENTS = "documents", _("Document screening")
    REVIEW = "review", _("Expert review")
    PITCH = "pitch", _("Pitch review")
    SELECTED = "selected", pgettext_lazy("program stage", "Selected")


# Stages in which reviewers score applications.
REVIEWED_STAGES = frozenset({StageKind.REVIEW, StageKind.PITCH})


class FieldKind(models.TextChoices):
    TEXT = "text", _("Short text")
    LONG_TEXT = "long_text", _("Long text")
    NUMBER = "number", _("Number")
    CHOICE = "choice", _("Choice")
    FILE = "file", _("File")


class ApplicationState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    SELECTED = "selected", pgettext_lazy("application state", "Selected")
    NOT_SELECTED = "not_selected", _("Not selected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class ConflictKind(models.TextChoices):
    WORKS_FOR = "works_for", _("Works for")
    ADVISES = "advises", _("Advises")
    INVESTED = "invested", _("Invested in")
    OTHER = "other", _("Other")


class SlotKind(models.TextChoices):
    COACHING = "coaching", _("1:1 coaching")
    OFFICE_HOURS = "office_hours", _("Partnering office hours")
