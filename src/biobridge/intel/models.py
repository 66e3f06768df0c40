"""News articles, the organisations they mention and the relations they report.

News stays in its source language (`language`), so there are no ko/en column pairs here.
Organisations are the directory's; an organisation first seen in the news is stored there
with status "unverified" until an operator confirms, merges or rejects it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from biobridge.intel.enums import (
    BatchStatus,
    DatePrecision,
    Language,
    RelationType,
    ReviewAction,
    ReviewStatus,
)


class Article(models.Model):
    """One news article, stored once however many files or outlets carried it.

    `fingerprint` is the SHA-256 of the normalised body (see `ingest.fingerprint`): a re-run,
    a re-scrape with other boilerplate, or the same press release in a second outlet all
    produce the same fingerprint and are recorded as an extra `ArticleSource` instead.
    """

    source = models.CharField(_("source"), max_length=500, help_text=_("File name or URL"))
    outlet = models.CharField(_("outlet"), max_length=120, blank=True)
    title = models.CharField(_("title"), max_length=500)
    published = models.DateField(pgettext_lazy("article", "published"), null=True, blank=True)
    reporter = models.CharField(_("reporter"), max_length=120, blank=True)
    body = models.TextField(_("body"))
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.KOREAN
    )
    fingerprint = models.CharField(_("content fingerprint"), max_length=64, unique=True)
    organizations = models.ManyToManyField(
        "directory.Organization", through="Mention", related_name="news_articles", blank=True
    )
    created_at = models.DateTimeField(_("ingested"), auto_now_add=True)

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published", "-pk"]
        indexes = [models.Index(fields=["published"]), models.Index(fields=["outlet"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("intel:article", args=[self.pk])


class ArticleSource(models.Model):
    """A file or page that carried an article (the first one and every duplicate seen later)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="sources")
    source = models.CharField(_("source"), max_length=500)
    outlet = models.CharField(_("outlet"), max_length=120, blank=True)
    # SHA-256 of the file's bytes: a re-run over the same files is recognised before extraction.
    raw_digest = models.CharField(_("file digest"), max_length=64, blank=True, db_index=True)
    created_at = models.DateTimeField(_("seen"), auto_now_add=True)

    class Meta:
        verbose_name = _("article source")
        verbose_name_plural = _("article sources")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "source", "outlet"], name="uniq_article_source")
        ]

    def __str__(self) -> str:
        return f"{self.outlet or '?'}: {self.source}"

    @property
    def label(self) -> str:
        """A URL as is; a local path by its file name (and zip member), not the server's folders."""
        if self.source.startswith(("http://", "https://")):
            return self.source
        path, _sep, member = self.source.partition(".zip:")
        name = path.rsplit("/", 1)[-1]
        return f"{name}.zip:{member}" if member else name


class Mention(models.Model):
    """An organisation named in an article body: `body[start:end] == surface`."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    organization = models.ForeignKey(
        "directory.Organization", on_delete=models.CASCADE, related_name="news_mentions"
    )
    surface = models.CharField(_("as written"), max_length=200)
    start = models.PositiveIntegerField(_("start offset"))
    end = models.PositiveIntegerField(_("end offset"))

    class Meta:
        verbose_name = _("mention")
        verbose_name_plural = _("mentions")
        ordering = ["article", "start"]
        constraints = [models.UniqueConstraint(fields=["article", "start", "end"], name="uniq_mention_span")]

    def __str__(self) -> str:
        return self.surface


class Relation(models.Model):
    """A relation the news reports (MOU, investment, visit …), kept as evidence with its sentence."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="relations")
    rel_type = models.CharField(_("type"), max_length=12, choices=RelationType.choices)
    parties = models.ManyToManyField(
        "directory.Organization", through="RelationParty", related_name="news_relations"
    )
    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = models.CharField(
        _("date precision"), max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    amount = models.DecimalField(_("amount"), max_digits=20, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, blank=True)
    evidence = models.TextField(_("evidence sentence"), blank=True)
    evidence_start = models.PositiveIntegerField(_("evidence start"), null=True, blank=True)
    evidence_end = models.PositiveIntegerField(_("evidence end"), null=True, blank=True)
    status = models.CharField(
        _("review status"), max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.PENDING
    )
    agreement = models.ForeignKey(
        "directory.Agreement",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="news_relations",
        verbose_name=_("agreement"),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)

    class Meta:
        verbose_name = _("relation")
        verbose_name_plural = _("relations")
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["rel_type", "date"]), models.Index(fields=["status"])]

    def __str__(self) -> str:
        return f"{self.get_rel_type_display()} ({self.article_id})"

    @property
    def date_display(self) -> str:
        """The date only as precisely as the article states it."""
        if self.date is None:
            return ""
        return self.date.strftime({"year": "%Y", "month": "%Y-%m"}.get(self.date_precision, "%Y-%m-%d"))


class RelationParty(models.Model):
    relation = models.ForeignKey(Relation, on_delete=models.CASCADE, related_name="party_links")
    organization = models.ForeignKey(
        "directory.Organization", on_delete=models.CASCADE, related_name="news_relation_links"
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("relation party")
        verbose_name_plural = _("relation parties")
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["relation", "organization"], name="uniq_relation_party")
        ]

    def __str__(self) -> str:
        return f"{self.organization} in {self.relation}"


class ReviewEvent(models.Model):
    """Audit trail of the operators' review decisions on news-derived data."""

    action = models.CharField(_("action"), max_length=24, choices=ReviewAction.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    organization = models.ForeignKey(
        "directory.Organization", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    relation = models.ForeignKey(Relation, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    detail = models.CharField(_("detail"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("review event")
        verbose_name_plural = _("review events")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.detail}"


class IngestBatch(models.Model):
    """An upload through the web, ingested by a background task; `results` holds one row per file."""

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=8, choices=BatchStatus.choices, default=BatchStatus.QUEUED
    )
    upload_dir = models.CharField(_("upload folder"), max_length=200, blank=True)
    results = models.JSONField(_("results"), default=list, blank=True)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("ingest batch")
        verbose_name_plural = _("ingest batches")
        ordering = ["-pk"]

    def __str__(self) -> str:
        return f"#{self.pk} {self.status}"
