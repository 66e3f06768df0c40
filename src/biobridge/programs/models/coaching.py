"""Coaching and follow-up: mentor matches, slots, bookings, notes, milestones."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from biobridge.directory.models import pick_language
from biobridge.programs.enums import SlotKind


class MentorMatch(models.Model):
    """A mentor coaching a selected application's organisation."""

    application = models.ForeignKey(
        "programs.Application", on_delete=models.CASCADE, related_name="mentor_matches"
    )
    mentor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentees")
    score = models.FloatField(_("match score"), default=0.0)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("mentor match")
        verbose_name_plural = _("mentor matches")
        constraints = [models.UniqueConstraint(fields=["application", "mentor"], name="uniq_mentor_match")]

    def __str__(self) -> str:
        return f"{self.mentor} ↔ {self.application.organization}"


class Slot(models.Model):
    """An hour a mentor (coaching) or a host's partnering office (office hours) offers for booking."""

    kind = models.CharField(_("kind"), max_length=14, choices=SlotKind.choices)
    host = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="slots")
    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, null=True, blank=True, related_name="slots"
    )
    host_organization = models.ForeignKey(
        "directory.Organization", on_delete=models.CASCADE, null=True, blank=True, related_name="office_slots"
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    location = models.CharField(_("location"), max_length=200, blank=True)
    time_zone = models.CharField(_("time zone"), max_length=40, default="Asia/Seoul")

    class Meta:
        verbose_name = _("slot")
        verbose_name_plural = _("slots")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="slot_ends_after_start")
        ]

    def __str__(self) -> str:
        return f"{self.host} {self.starts_at:%Y-%m-%d %H:%M}"


class Booking(models.Model):
    """A 1:1 session booked by an organisation. The partial unique index forbids double booking."""

    slot = models.ForeignKey("programs.Slot", on_delete=models.CASCADE, related_name="bookings")
    organization = models.ForeignKey("directory.Organization", on_delete=models.CASCADE, related_name="+")
    booked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    topic = models.CharField(_("topic"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("booked"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["slot__starts_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["slot"], condition=Q(cancelled_at__isnull=True), name="one_active_booking_per_slot"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organization} @ {self.slot}"


class SessionNote(models.Model):
    """Notes of a session, private to the mentor, the booking organisation and operators."""

    booking = models.ForeignKey("programs.Booking", on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(_("note"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("session note")
        verbose_name_plural = _("session notes")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return self.text[:40]


class Milestone(models.Model):
    """A follow-up milestone of a selected application, with a due date."""

    application = models.ForeignKey(
        "programs.Application", on_delete=models.CASCADE, related_name="milestones"
    )
    title_ko = models.CharField(_("Korean title"), max_length=200, blank=True)
    title_en = models.CharField(_("English title"), max_length=200, blank=True)
    due_on = models.DateField(_("due"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["due_on", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return pick_language(self.title_ko, self.title_en)


class ProgressReport(models.Model):
    milestone = models.ForeignKey("programs.Milestone", on_delete=models.CASCADE, related_name="reports")
    text = models.TextField(_("report"))
    percent = models.PositiveSmallIntegerField(_("progress (%)"))
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")
        ordering = ["-created_at", "-pk"]
        constraints = [models.CheckConstraint(condition=Q(percent__lte=100), name="progress_at_most_100")]

    def __str__(self) -> str:
        return f"{self.milestone}: {self.percent}%"
