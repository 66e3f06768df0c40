"""Applications, their submitted versions and private attachments."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _

from biobridge.programs.enums import ApplicationState

# Attachments live under MEDIA_ROOT, which is never served by the web server or static files;
# the only way out is the permission-checked download view. No base_url: nothing builds URLs.
private_storage = FileSystemStorage()


def attachment_path(instance: Attachment, filename: str) -> str:
    # The stored name is the random id only: the uploader's file name never reaches the disk.
    return f"programs/attachments/{instance.pk.hex[:2]}/{instance.pk.hex}"


class Application(models.Model):
    """An organisation's application to a program; `answers` maps form keys to values."""

    program = models.ForeignKey("programs.Program", on_delete=models.CASCADE, related_name="applications")
    organization = models.ForeignKey(
        "directory.Organization", on_delete=models.CASCADE, related_name="program_applications"
    )
    state = models.CharField(
        _("state"), max_length=14, choices=ApplicationState.choices, default=ApplicationState.DRAFT
    )
    stage = models.ForeignKey(
        "programs.ProgramStage",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("stage"),
    )
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    version = models.PositiveIntegerField(_("version"), default=0)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    # The decision last e-mailed, so a re-run task never mails twice.
    notified_state = models.CharField(_("decision e-mailed"), max_length=14, blank=True)

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["program", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["program", "organization"], name="uniq_application_per_org")
        ]

    def __str__(self) -> str:
        return f"{self.organization} → {self.program}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("programs:application", args=[self.pk])


class ApplicationVersion(models.Model):
    """A snapshot of the answers as submitted; every edit after submission adds one."""

    application = models.ForeignKey("programs.Application", on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    answers = models.JSONField(_("answers"), default=dict)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("application version")
        verbose_name_plural = _("application versions")
        ordering = ["application", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["application", "number"], name="uniq_application_version")
        ]

    def __str__(self) -> str:
        return f"{self.application} v{self.number}"


class Attachment(models.Model):
    """An uploaded file. The random UUID is the only handle; downloads go through a permission check."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    application = models.ForeignKey(
        "programs.Application", on_delete=models.CASCADE, related_name="attachments"
    )
    field_key = models.SlugField(_("form field"), max_length=40)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size"))
    file = models.FileField(_("file"), storage=private_storage, upload_to=attachment_path, max_length=200)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at"]

    def __str__(self) -> str:
        return self.original_name
