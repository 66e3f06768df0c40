"""Open-innovation programs: calls, applications, review, selection, coaching (article 004)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from biobridge.directory.models import pick_language
from biobridge.programs.enums import (
    ApplicationState,
    ConflictKind,
    FieldKind,
    SlotKind,
    StageKind,
)

# Attachments live under MEDIA_ROOT, which is never served by the web server or static files;
# the only way out is the permission-checked download view. No base_url: nothing builds URLs.
private_storage = FileSystemStorage()


def attachment_path(instance: Attachment, filename: str) -> str:
    # The stored name is the random id only: the uploader's file name never reaches the disk.
    return f"programs/attachments/{instance.pk.hex[:2]}/{instance.pk.hex}"


class Program(models.Model):
    """A call run by host organisations: eligibility, form, stages, rubric, budget."""

    title_ko = models.CharField(_("Korean title"), max_length=200, blank=True)
    title_en = models.CharField(_("English title"), max_length=200, blank=True)
    description_ko = models.TextField(_("description (Korean)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    hosts = models.ManyToManyField(
        "directory.Organization", related_name="hosted_programs", verbose_name=_("host organisations")
    )
    published = models.BooleanField(_("published"), default=True)
    opens_at = models.DateTimeField(_("call opens"))
    deadline = models.DateTimeField(_("submission deadline"))
    time_zone = models.CharField(_("time zone"), max_length=40, default="Asia/Seoul")
    budget = models.PositiveBigIntegerField(_("grant budget"), default=0)
    currency = models.CharField(_("currency"), max_length=3, default="KRW")
    blind_review = models.BooleanField(_("blind review"), default=False)
    reviews_per_application = models.PositiveSmallIntegerField(_("reviews per application"), default=3)
    reviewer_capacity = models.PositiveSmallIntegerField(_("applications per reviewer"), default=20)
    disagreement_threshold = models.FloatField(
        _("disagreement threshold"),
        default=20.0,
        help_text=_("Std-dev of reviewers' totals (0–100) above which a flag is shown."),
    )
    eligible_org_types = models.JSONField(_("eligible organisation types"), default=list, blank=True)
    eligible_regions = models.JSONField(_("eligible regions"), default=list, blank=True)
    max_company_age = models.PositiveSmallIntegerField(
        _("maximum company age (years)"), null=True, blank=True
    )
    eligible_terms = models.ManyToManyField(
        "directory.Term", blank=True, related_name="programs", verbose_name=_("eligible fields")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("program")
        verbose_name_plural = _("programs")
        ordering = ["-deadline", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(deadline__gt=F("opens_at")), name="program_deadline_after_open"
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return pick_language(self.title_ko, self.title_en)

    @property
    def description(self) -> str:
        return pick_language(self.description_ko, self.description_en)

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("programs:detail", args=[self.pk])


class ProgramStage(models.Model):
    """One step of the call (document screening → expert review → pitch → selected) with dates."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="stages")
    kind = models.CharField(_("kind"), max_length=12, choices=StageKind.choices)
    name_ko = models.CharField(_("Korean name"), max_length=120, blank=True)
    name_en = models.CharField(_("English name"), max_length=120, blank=True)
    starts_on = models.DateField(_("starts"), null=True, blank=True)
    ends_on = models.DateField(_("ends"), null=True, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("stage")
        verbose_name_plural = _("stages")
        ordering = ["program", "position"]
        constraints = [
            models.UniqueConstraint(fields=["program", "position"], name="uniq_stage_position"),
            models.UniqueConstraint(fields=["program", "kind"], name="uniq_stage_kind"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return pick_language(self.name_ko, self.name_en) or self.get_kind_display()


class FormField(models.Model):
    """A question of the operator-built application form, labelled in both languages."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="form_fields")
    key = models.SlugField(_("key"), max_length=40)
    kind = models.CharField(_("kind"), max_length=10, choices=FieldKind.choices)
    label_ko = models.CharField(_("Korean label"), max_length=200, blank=True)
    label_en = models.CharField(_("English label"), max_length=200, blank=True)
    help_ko = models.CharField(_("Korean help text"), max_length=300, blank=True)
    help_en = models.CharField(_("English help text"), max_length=300, blank=True)
    required = models.BooleanField(_("required"), default=False)
    # [{"value": "seed", "ko": "시드", "en": "Seed"}, …] for choice fields.
    choices = models.JSONField(_("choices"), default=list, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")
        ordering = ["program", "position", "pk"]
        constraints = [models.UniqueConstraint(fields=["program", "key"], name="uniq_form_field_key")]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return pick_language(self.label_ko, self.label_en) or self.key

    @property
    def help(self) -> str:
        return pick_language(self.help_ko, self.help_en)

    def choice_pairs(self) -> list[tuple[str, str]]:
        return [
            (c["value"], pick_language(c.get("ko", ""), c.get("en", "")) or c["value"]) for c in self.choices
        ]


class Application(models.Model):
    """An organisation's application to a program; `answers` maps form keys to values."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="applications")
    organization = models.ForeignKey(
        "directory.Organization", on_delete=models.CASCADE, related_name="program_applications"
    )
    state = models.CharField(
        _("state"), max_length=14, choices=ApplicationState.choices, default=ApplicationState.DRAFT
    )
    stage = models.ForeignKey(
        ProgramStage,
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

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="versions")
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
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="attachments")
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


class ExpertProfile(models.Model):
    """A reviewer's or mentor's declared expertise (taxonomy terms) and capacity."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="expert_profile"
    )
    expertise = models.ManyToManyField("directory.Term", blank=True, related_name="experts")
    capacity = models.PositiveSmallIntegerField(_("capacity"), null=True, blank=True)
    bio_ko = models.TextField(_("bio (Korean)"), blank=True)
    bio_en = models.TextField(_("bio (English)"), blank=True)

    class Meta:
        verbose_name = _("expert profile")
        verbose_name_plural = _("expert profiles")

    def __str__(self) -> str:
        return str(self.user)


class DeclaredConflict(models.Model):
    """An organisation a reviewer works for, advises or has invested in."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="declared_conflicts"
    )
    organization = models.ForeignKey("directory.Organization", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=10, choices=ConflictKind.choices)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("declared conflict")
        verbose_name_plural = _("declared conflicts")
        constraints = [
            models.UniqueConstraint(fields=["user", "organization", "kind"], name="uniq_declared_conflict")
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.kind} {self.organization}"


class Criterion(models.Model):
    """A weighted rubric criterion with its score range."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="criteria")
    name_ko = models.CharField(_("Korean name"), max_length=120, blank=True)
    name_en = models.CharField(_("English name"), max_length=120, blank=True)
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)
    min_score = models.SmallIntegerField(_("lowest score"), default=1)
    max_score = models.SmallIntegerField(_("highest score"), default=5)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["program", "position", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(max_score__gt=F("min_score")), name="criterion_range"),
            models.CheckConstraint(condition=Q(weight__gt=0), name="criterion_weight_positive"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return pick_language(self.name_ko, self.name_en)


class ReviewAssignment(models.Model):
    """One reviewer asked to review one application in one stage."""

    stage = models.ForeignKey(ProgramStage, on_delete=models.CASCADE, related_name="assignments")
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="assignments")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_assignments"
    )
    affinity = models.FloatField(_("affinity"), default=0.0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("review assignment")
        verbose_name_plural = _("review assignments")
        ordering = ["stage", "application", "reviewer"]
        constraints = [
            models.UniqueConstraint(
                fields=["stage", "application", "reviewer"], name="uniq_review_assignment"
            )
        ]

    def __str__(self) -> str:
        return f"{self.reviewer} ← {self.application}"


class Review(models.Model):
    """A reviewer's scores and comment; `total` is the weighted score on a 0–100 scale."""

    assignment = models.OneToOneField(ReviewAssignment, on_delete=models.CASCADE, related_name="review")
    comment = models.TextField(_("comment"), blank=True)
    total = models.FloatField(_("weighted total"))
    submitted_at = models.DateTimeField(_("submitted"), auto_now=True)

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")

    def __str__(self) -> str:
        return f"{self.assignment}: {self.total:.1f}"


class Score(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="+")
    value = models.SmallIntegerField(_("score"))

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [models.UniqueConstraint(fields=["review", "criterion"], name="uniq_score")]

    def __str__(self) -> str:
        return f"{self.criterion}: {self.value}"


class Award(models.Model):
    """The grant recorded for a selected application, counted against the program budget."""

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="award")
    amount = models.PositiveBigIntegerField(_("grant amount"))
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(_("decided"), auto_now_add=True)

    class Meta:
        verbose_name = _("award")
        verbose_name_plural = _("awards")

    def __str__(self) -> str:
        return f"{self.application}: {self.amount}"


class MentorMatch(models.Model):
    """A mentor coaching a selected application's organisation."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="mentor_matches")
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
        Program, on_delete=models.CASCADE, null=True, blank=True, related_name="slots"
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

    slot = models.ForeignKey(Slot, on_delete=models.CASCADE, related_name="bookings")
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

    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="notes")
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

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="milestones")
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
    milestone = models.ForeignKey(Milestone, on_delete=models.CASCADE, related_name="reports")
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
