from __future__ import annotations

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from biobridge.directory.enums import (
    AgreementKind,
    DatePrecision,
    NameKind,
    OrganizationSize,
    OrganizationStatus,
    OrganizationType,
    Region,
    TagSide,
)
from biobridge.directory.validators import validate_country, validate_founded_year


def pick_language(ko: str, en: str) -> str:
    """The viewer's language first, the other as fallback."""
    first, second = (en, ko) if (get_language() or "ko").startswith("en") else (ko, en)
    return first or second


class Organization(models.Model):
    """A company, institution or agency in the cluster, with names in both languages."""

    name_ko = models.CharField(_("Korean name"), max_length=200, blank=True)
    name_en = models.CharField(_("English name"), max_length=200, blank=True)
    org_type = models.CharField(_("type"), max_length=24, choices=OrganizationType.choices)
    status = models.CharField(
        _("status"), max_length=12, choices=OrganizationStatus.choices, default=OrganizationStatus.VERIFIED
    )
    country = models.CharField(_("country"), max_length=2, default="KR", validators=[validate_country])
    region = models.CharField(_("region"), max_length=12, choices=Region.choices, blank=True)
    cluster = models.CharField(_("cluster"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)
    description_ko = models.TextField(_("description (Korean)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    founded_year = models.PositiveSmallIntegerField(
        _("founding year"), null=True, blank=True, validators=[validate_founded_year]
    )
    size = models.CharField(_("size"), max_length=12, choices=OrganizationSize.choices, blank=True)
    tags = models.ManyToManyField("Term", through="OrganizationTag", related_name="organizations", blank=True)
    # Space-delimited index terms (Korean morphemes + Latin words) of names, descriptions and tags;
    # kept by services.refresh_search_document so search works identically on SQLite and PostgreSQL.
    search_document = models.TextField(editable=False, blank=True, default="")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name_ko", "name_en"]
        indexes = [models.Index(fields=["org_type"]), models.Index(fields=["country", "region"])]
        constraints = [
            models.CheckConstraint(
                condition=~(models.Q(name_ko="") & models.Q(name_en="")), name="organization_has_a_name"
            )
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return pick_language(self.name_ko, self.name_en)

    @property
    def other_name(self) -> str:
        """The name in the other language, when it differs."""
        other = self.name_en if self.display_name == self.name_ko else self.name_ko
        return other if other != self.display_name else ""

    @property
    def description(self) -> str:
        return pick_language(self.description_ko, self.description_en)

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("directory:detail", args=[self.pk])


class OrganizationName(models.Model):
    """Every name an organisation answers to, by comparison key; the unique key forbids duplicates."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=5, choices=NameKind.choices)
    key = models.CharField(_("comparison key"), max_length=200, unique=True)

    class Meta:
        verbose_name = _("organisation name")
        verbose_name_plural = _("organisation names")

    def __str__(self) -> str:
        return self.name


class TaxonomyCategory(models.Model):
    key = models.SlugField(_("key"), max_length=40, unique=True)
    name_ko = models.CharField(_("Korean name"), max_length=80)
    name_en = models.CharField(_("English name"), max_length=80)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("taxonomy category")
        verbose_name_plural = _("taxonomy categories")
        ordering = ["position", "key"]

    def __str__(self) -> str:
        return pick_language(self.name_ko, self.name_en)


class Term(models.Model):
    """A taxonomy term (modality, therapeutic area, service, 소부장 item, need) in both languages."""

    key = models.SlugField(_("key"), max_length=60, unique=True)
    category = models.ForeignKey(TaxonomyCategory, on_delete=models.PROTECT, related_name="terms")
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    name_ko = models.CharField(_("Korean name"), max_length=120)
    name_en = models.CharField(_("English name"), max_length=120)
    synonyms = models.JSONField(_("synonyms"), default=list, blank=True)

    class Meta:
        verbose_name = _("taxonomy term")
        verbose_name_plural = _("taxonomy terms")
        ordering = ["category__position", "name_en"]

    def __str__(self) -> str:
        return pick_language(self.name_ko, self.name_en)

    @property
    def display_name(self) -> str:
        return str(self)


class OrganizationTag(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="tag_links")
    term = models.ForeignKey(Term, on_delete=models.CASCADE, related_name="tag_links")
    side = models.CharField(_("side"), max_length=8, choices=TagSide.choices)

    class Meta:
        verbose_name = _("organisation tag")
        verbose_name_plural = _("organisation tags")
        constraints = [
            models.UniqueConstraint(fields=["organization", "term", "side"], name="uniq_organization_tag")
        ]

    def __str__(self) -> str:
        return f"{self.organization} {self.side} {self.term}"


class Agreement(models.Model):
    """An MOU, consortium, letter of intent or contract between organisations."""

    kind = models.CharField(
        _("kind"), max_length=12, choices=AgreementKind.choices, default=AgreementKind.MOU
    )
    title_ko = models.CharField(_("Korean title"), max_length=255, blank=True)
    title_en = models.CharField(_("English title"), max_length=255, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = models.CharField(
        _("date precision"), max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    parties = models.ManyToManyField(Organization, through="AgreementParty", related_name="agreements")
    scope_items = models.JSONField(_("scope"), default=list, blank=True)
    source_url = models.URLField(_("source URL"), blank=True, max_length=500)
    source_title = models.CharField(_("source"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        ordering = ["-date", "-pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return pick_language(self.title_ko, self.title_en)

    @property
    def date_display(self) -> str:
        """The date only as precisely as the source states it."""
        if self.date is None:
            return ""
        fmt = {"year": "%Y", "month": "%Y-%m"}.get(self.date_precision, "%Y-%m-%d")
        return self.date.strftime(fmt)


class AgreementParty(models.Model):
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="party_links")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="party_links")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("agreement party")
        verbose_name_plural = _("agreement parties")
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["agreement", "organization"], name="uniq_agreement_party")
        ]

    def __str__(self) -> str:
        return f"{self.organization} in {self.agreement}"
