"""Reviewers' expertise and conflicts, assignments, reviews, awards."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from biobridge.programs.enums import ConflictKind


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


class ReviewAssignment(models.Model):
    """One reviewer asked to review one application in one stage."""

    stage = models.ForeignKey("programs.ProgramStage", on_delete=models.CASCADE, related_name="assignments")
    application = models.ForeignKey(
        "programs.Application", on_delete=models.CASCADE, related_name="assignments"
    )
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

    assignment = models.OneToOneField(
        "programs.ReviewAssignment", on_delete=models.CASCADE, related_name="review"
    )
    comment = models.TextField(_("comment"), blank=True)
    total = models.FloatField(_("weighted total"))
    submitted_at = models.DateTimeField(_("submitted"), auto_now=True)

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")

    def __str__(self) -> str:
        return f"{self.assignment}: {self.total:.1f}"


class Score(models.Model):
    review = models.ForeignKey("programs.Review", on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey("programs.Criterion", on_delete=models.CASCADE, related_name="+")
    value = models.SmallIntegerField(_("score"))

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [models.UniqueConstraint(fields=["review", "criterion"], name="uniq_score")]

    def __str__(self) -> str:
        return f"{self.criterion}: {self.value}"


class Award(models.Model):
    """The grant recorded for a selected application, counted against the program budget."""

    application = models.OneToOneField("programs.Application", on_delete=models.CASCADE, related_name="award")
    amount = models.PositiveBigIntegerField(_("grant amount"))
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(_("decided"), auto_now_add=True)

    class Meta:
        verbose_name = _("award")
        verbose_name_plural = _("awards")

    def __str__(self) -> str:
        return f"{self.application}: {self.amount}"
