from __future__ import annotations

from datetime import time

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from biobridge.directory.enums import TagSide
from biobridge.directory.models import Organization, Term
from biobridge.events.models import Event, Registration
from biobridge.partnering.enums import (
    Attendance,
    MeetingFormat,
    MeetingState,
    RequestState,
    RunStatus,
)


class PartneringSettings(models.Model):
    """How partnering runs at one event: days, hours, slot length, breaks, tables and request rules.

    Slots are not stored: `slots.generate_slots` derives them deterministically from these
    fields in the event's time zone, so a slot id ("2023-07-12T10:00") means the same slot
    for the scheduler, the agenda and the .ics export.
    """

    event = models.OneToOneField(Event, on_delete=models.CASCADE, related_name="partnering")
    enabled = models.BooleanField(_("partnering enabled"), default=False)
    days = models.JSONField(_("partnering days"), default=list, blank=True)  # ISO dates; [] = every day
    day_start = models.TimeField(_("daily start"), default=time(10, 0))
    day_end = models.TimeField(_("daily end"), default=time(17, 0))
    slot_minutes = models.PositiveSmallIntegerField(_("slot length (minutes)"), default=30)
    breaks = models.JSONField(_("breaks"), default=list, blank=True)  # [["12:00", "13:00"], …]
    tables = models.PositiveIntegerField(_("number of tables"), default=10)
    virtual_meetings = models.BooleanField(_("virtual meetings allowed"), default=False)
    request_limit = models.PositiveIntegerField(_("request limit per participant"), default=20)
    request_deadline = models.DateTimeField(_("request deadline"), null=True, blank=True)
    agenda_version = models.PositiveIntegerField(_("published agenda version"), default=0)
    agenda_published_at = models.DateTimeField(_("agenda published"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("partnering settings")
        verbose_name_plural = _("partnering settings")

    def __str__(self) -> str:
        return f"partnering @ {self.event}"


class MeetingTable(models.Model):
    """A named table or room; when an event has any, they replace the plain table count."""

    settings = models.ForeignKey(PartneringSettings, on_delete=models.CASCADE, related_name="named_tables")
    name = models.CharField(_("name"), max_length=80)
    capacity = models.PositiveSmallIntegerField(_("seats"), default=2)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("meeting table")
        verbose_name_plural = _("meeting tables")
        ordering = ["position", "pk"]
        constraints = [models.UniqueConstraint(fields=["settings", "name"], name="uniq_table_name")]

    def __str__(self) -> str:
        return self.name


class Profile(models.Model):
    """A registered participant's partnering profile at one event."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="partnering_profiles")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="partnering_profiles"
    )
    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="partnering_profiles"
    )
    organization = models.ForeignKey(
        Organization,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="partnering_profiles",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role"), max_length=120, blank=True)
    summary = models.TextField(_("about (Korean or English)"), blank=True)
    assets = models.JSONField(_("assets and pipeline"), default=list, blank=True)  # list of strings
    tags = models.ManyToManyField(Term, through="ProfileTag", related_name="partnering_profiles", blank=True)
    unavailable = models.JSONField(_("blocked slots"), default=list, blank=True)  # slot ids
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("partnering profile")
        verbose_name_plural = _("partnering profiles")
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["event", "user"], name="uniq_partnering_profile")]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.user.name or self.user.email.split("@")[0]

    @property
    def organization_name(self) -> str:
        return self.organization.display_name if self.organization else ""


class ProfileTag(models.Model):
    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="tag_links")
    term = models.ForeignKey(Term, on_delete=models.CASCADE, related_name="partnering_tag_links")
    side = models.CharField(_("side"), max_length=8, choices=TagSide.choices)

    class Meta:
        verbose_name = _("profile tag")
        verbose_name_plural = _("profile tags")
        constraints = [models.UniqueConstraint(fields=["profile", "term", "side"], name="uniq_profile_tag")]

    def __str__(self) -> str:
        return f"{self.profile} {self.side} {self.term}"


class MeetingRequest(models.Model):
    """A request from one participant to meet another; `services.set_request_state` owns its state."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="meeting_requests")
    sender = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="sent_requests")
    recipient = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="received_requests")
    # "<lower profile id>-<higher profile id>": one open request per pair, in either direction.
    pair_key = models.CharField(max_length=40, editable=False)
    message = models.TextField(_("message"), blank=True)
    format = models.CharField(
        _("format"), max_length=10, choices=MeetingFormat.choices, default=MeetingFormat.IN_PERSON
    )
    state = models.CharField(
        _("state"), max_length=10, choices=RequestState.choices, default=RequestState.PENDING
    )
    decline_reason = models.CharField(_("reason"), max_length=300, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    priority = models.FloatField(_("priority"), default=1.0)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    responded_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("meeting request")
        verbose_name_plural = _("meeting requests")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "pair_key"],
                condition=Q(state__in=["pending", "accepted"]),
                name="one_open_request_per_pair",
            ),
            models.CheckConstraint(condition=~Q(sender=models.F("recipient")), name="request_not_to_self"),
        ]

    def __str__(self) -> str:
        return f"{self.sender} → {self.recipient} ({self.state})"

    def other(self, profile: Profile) -> Profile:
        return self.recipient if profile.pk == self.sender_id else self.sender


class Meeting(models.Model):
    """A published meeting on the agenda: an accepted request placed in a slot at a table."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="partnering_meetings")
    request = models.OneToOneField(MeetingRequest, on_delete=models.CASCADE, related_name="meeting")
    slot_id = models.CharField(_("slot"), max_length=40)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    table_number = models.PositiveIntegerField(_("table"), null=True, blank=True)  # None: virtual
    state = models.CharField(
        _("state"), max_length=10, choices=MeetingState.choices, default=MeetingState.SCHEDULED
    )
    attendance = models.CharField(
        _("attendance"), max_length=8, choices=Attendance.choices, default=Attendance.UNKNOWN
    )
    # Revision of this meeting, raised by every move or cancellation (the .ics SEQUENCE).
    version = models.PositiveIntegerField(_("revision"), default=0)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["starts_at", "table_number", "pk"]
        indexes = [models.Index(fields=["event", "slot_id"])]

    def __str__(self) -> str:
        return f"{self.request} @ {self.slot_id} #{self.table_number}"

    @property
    def is_virtual(self) -> bool:
        return self.table_number is None


class ScheduleRun(models.Model):
    """One run of the scheduler over the accepted requests, kept for review before publishing."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="schedule_runs")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("run at"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=10, choices=RunStatus.choices, default=RunStatus.DRAFT)
    requests_total = models.PositiveIntegerField(_("accepted requests"), default=0)
    scheduled = models.PositiveIntegerField(_("scheduled"), default=0)
    upper_bound = models.PositiveIntegerField(_("upper bound"), default=0)
    idle_gaps_total = models.PositiveIntegerField(_("idle gaps (total)"), default=0)
    idle_gaps_worst = models.PositiveIntegerField(_("idle gaps (worst participant)"), default=0)
    seconds = models.FloatField(_("seconds"), default=0.0)
    moved = models.PositiveIntegerField(_("published meetings moved"), default=0)
    # [{"request": id, "slot": slot id, "table": n | null}], [{"request": id, "reason": text}]
    assignments = models.JSONField(default=list)
    unscheduled = models.JSONField(default=list)

    class Meta:
        verbose_name = _("scheduler run")
        verbose_name_plural = _("scheduler runs")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"run {self.pk} @ {self.event}: {self.scheduled}/{self.upper_bound}"


class MeetingFeedback(models.Model):
    """A participant's short feedback on one meeting after the event."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    rating = models.PositiveSmallIntegerField(_("rating (1–5)"))
    follow_up = models.BooleanField(_("follow-up planned"), default=False)
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("given"), auto_now_add=True)

    class Meta:
        verbose_name = _("meeting feedback")
        verbose_name_plural = _("meeting feedback")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "author"], name="uniq_feedback_per_author"),
            models.CheckConstraint(condition=Q(rating__gte=1, rating__lte=5), name="feedback_rating_1_5"),
        ]

    def __str__(self) -> str:
        return f"{self.author} on {self.meeting}: {self.rating}"
