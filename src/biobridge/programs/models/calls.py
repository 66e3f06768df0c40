"""Calls: programs, their stages, application form and rubric."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from biobridge.directory.models import pick_language
from biobridge.programs.enums import FieldKind, StageKind


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

    program = models.ForeignKey("programs.Program", on_delete=models.CASCADE, related_name="stages")
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

    program = models.ForeignKey("programs.Program", on_delete=models.CASCADE, related_name="form_fields")
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


class Criterion(models.Model):
    """A weighted rubric criterion with its score range."""

    program = models.ForeignKey("programs.Program", on_delete=models.CASCADE, related_name="criteria")
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
