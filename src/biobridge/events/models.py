from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from biobridge.directory.models import Organization, pick_language
from biobridge.events.enums import EventKind, EventStatus, RegistrationStatus
from biobridge.events.validators import validate_timezone


class Event(models.Model):
    """A convention, seminar (series), roundtable or demo day, in its own time zone."""

    name_ko = models.CharField(_("Korean name"), max_length=200, blank=True)
    name_en = models.CharField(_("English name"), max_length=200, blank=True)
    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("series"),
    )
    description_ko = models.TextField(_("description (Korean)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    venue_ko = models.CharField(_("venue (Korean)"), max_length=200, blank=True)
    venue_en = models.CharField(_("venue (English)"), max_length=200, blank=True)
    timezone = models.CharField(
        _("time zone"), max_length=64, default="Asia/Seoul", validators=[validate_timezone]
    )
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)
    organizers = models.ManyToManyField(
        Organization, related_name="organized_events", blank=True, verbose_name=_("organisers")
    )
    website = models.URLField(_("website"), blank=True)
    status = models.CharField(
        _("schedule status"), max_length=12, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    registration_open = models.BooleanField(_("registration open"), default=True)
    audience_ko = models.CharField(_("who may register (Korean)"), max_length=200, blank=True)
    audience_en = models.CharField(_("who may register (English)"), max_length=200, blank=True)
    expected_visitors = models.PositiveIntegerField(_("expected visitors"), null=True, blank=True)
    is_published = models.BooleanField(_("published"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="event_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return pick_language(self.name_ko, self.name_en)

    @property
    def venue(self) -> str:
        return pick_language(self.venue_ko, self.venue_en)

    @property
    def audience(self) -> str:
        return pick_language(self.audience_ko, self.audience_en)

    def get_absolute_url(self) -> str:
        return reverse("events:detail", args=[self.slug])

    @property
    def description(self) -> str:
        return pick_language(self.description_ko, self.description_en)


class Speaker(models.Model):
    """A person who speaks at sessions, linked to an organisation where known."""

    name_ko = models.CharField(_("Korean name"), max_length=120, blank=True)
    name_en = models.CharField(_("English name"), max_length=120, blank=True)
    title_ko = models.CharField(_("title (Korean)"), max_length=120, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=120, blank=True)
    # Where the organisation is not in the directory (yet), its name as printed in the program.
    affiliation_ko = models.CharField(_("affiliation (Korean)"), max_length=200, blank=True)
    affiliation_en = models.CharField(_("affiliation (English)"), max_length=200, blank=True)
    organization = models.ForeignKey(
        Organization,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="speakers",
        verbose_name=_("organisation"),
    )

    class Meta:
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return pick_language(self.name_ko, self.name_en)

    @property
    def title(self) -> str:
        return pick_language(self.title_ko, self.title_en)

    @property
    def affiliation(self) -> str:
        if self.organization_id:
            return self.organization.display_name
        return pick_language(self.affiliation_ko, self.affiliation_en)


class Session(models.Model):
    """A program item: talk, panel, roundtable or partnering block."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sessions")
    title_ko = models.CharField(_("Korean title"), max_length=255, blank=True)
    title_en = models.CharField(_("English title"), max_length=255, blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    room = models.CharField(_("room"), max_length=120, blank=True)
    track = models.CharField(_("track"), max_length=120, blank=True)
    description_ko = models.TextField(_("description (Korean)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    speakers = models.ManyToManyField(
        Speaker, related_name="sessions", blank=True, verbose_name=_("speakers")
    )
    panelists = models.ManyToManyField(
        Speaker, related_name="panel_sessions", blank=True, verbose_name=_("panelists")
    )

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["starts_at", "room"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="session_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return pick_language(self.title_ko, self.title_en)


class TicketType(models.Model):
    """A kind of ticket for one event, with its own capacity (none = only the event's limit)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="ticket_types")
    name_ko = models.CharField(_("Korean name"), max_length=120, blank=True)
    name_en = models.CharField(_("English name"), max_length=120, blank=True)
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)
    includes_partnering = models.BooleanField(_("includes partnering"), default=False)

    class Meta:
        verbose_name = _("ticket type")
        verbose_name_plural = _("ticket types")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return pick_language(self.name_ko, self.name_en)


class Registration(models.Model):
    """A person's registration for an event; wait-listed when the event or ticket is full."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="registrations")
    organization = models.ForeignKey(
        Organization,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registrations",
        verbose_name=_("organisation"),
    )
    ticket_type = models.ForeignKey(
        TicketType, on_delete=models.PROTECT, null=True, blank=True, related_name="registrations"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=RegistrationStatus.choices, default=RegistrationStatus.CONFIRMED
    )
    job_title = models.CharField(_("job title"), max_length=120, blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"], condition=~Q(status="cancelled"), name="one_active_registration"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.event} ({self.status})"
