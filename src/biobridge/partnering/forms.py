"""Forms for partnering; each turns into the service's dataclass so every door validates alike."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from biobridge.directory.enums import OrganizationType
from biobridge.directory.forms import term_choices
from biobridge.events.models import Event
from biobridge.partnering.enums import MeetingFormat
from biobridge.partnering.models import PartneringSettings
from biobridge.partnering.services import FeedbackData, ProfileData, SettingsData, validate_settings
from biobridge.partnering.slots import SlotInfo, generate_slots, table_count


def slot_label(slot: SlotInfo) -> str:
    return f"{slot.start:%m-%d %H:%M}–{slot.end:%H:%M}"


def _add_service_errors(form: forms.Form, exc: ValidationError) -> None:
    for field_name, messages in exc.message_dict.items():
        for message in messages:
            form.add_error(field_name if field_name in form.fields else None, message)


class SettingsForm(forms.Form):
    enabled = forms.BooleanField(label=_("Partnering is open"), required=False)
    days = forms.MultipleChoiceField(
        label=_("Partnering days"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked: every day of the event."),
    )
    day_start = forms.TimeField(label=_("Daily start"), widget=forms.TimeInput(attrs={"type": "time"}))
    day_end = forms.TimeField(label=_("Daily end"), widget=forms.TimeInput(attrs={"type": "time"}))
    slot_minutes = forms.IntegerField(label=_("Slot length (minutes)"), min_value=5, max_value=240)
    breaks = forms.CharField(
        label=_("Breaks"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One per line, e.g. 12:00-13:00."),
    )
    tables = forms.IntegerField(label=_("Number of tables"), min_value=1, max_value=5000)
    named_tables = forms.CharField(
        label=_("Named tables or rooms"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Optional, one per line as 'name, seats'. When given, they replace the number of tables."
        ),
    )
    virtual_meetings = forms.BooleanField(label=_("Allow virtual meetings"), required=False)
    request_limit = forms.IntegerField(label=_("Requests per participant"), min_value=1, max_value=1000)
    request_deadline = forms.DateTimeField(
        label=_("Request deadline (event time)"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )

    def __init__(self, *args, event: Event, instance: PartneringSettings | None = None, **kwargs):
        self.event = event
        self.zone = ZoneInfo(event.timezone)
        if instance is not None and "initial" not in kwargs:
            kwargs["initial"] = self._initial(instance)
        super().__init__(*args, **kwargs)
        count = (event.ends_on - event.starts_on).days + 1
        days = [(event.starts_on + timedelta(days=i)).isoformat() for i in range(count)]
        self.fields["days"].choices = [(d, d) for d in days]

    def _initial(self, config: PartneringSettings) -> dict:
        deadline = (
            config.request_deadline.astimezone(self.zone).replace(tzinfo=None)
            if config.request_deadline
            else None
        )
        named = "\n".join(f"{t.name}, {t.capacity}" for t in config.named_tables.all())
        return {
            "enabled": config.enabled,
            "days": config.days,
            "day_start": config.day_start,
            "day_end": config.day_end,
            "slot_minutes": config.slot_minutes,
            "breaks": "\n".join(f"{a}-{b}" for a, b in config.breaks),
            "tables": config.tables,
            "named_tables": named,
            "virtual_meetings": config.virtual_meetings,
            "request_limit": config.request_limit,
            "request_deadline": deadline,
        }

    def clean_breaks(self) -> list[tuple[str, str]]:
        out = []
        for line in self.cleaned_data["breaks"].splitlines():
            if line.strip():
                start, _sep, end = line.strip().partition("-")
                out.append((start.strip(), end.strip()))
        return out

    def clean_named_tables(self) -> list[tuple[str, int]]:
        out = []
        for line in self.cleaned_data["named_tables"].splitlines():
            if not line.strip():
                continue
            name, _sep, seats = line.rpartition(",")
            if not name.strip() or not seats.strip().isdigit():
                raise ValidationError(_("Write each table as 'name, seats', e.g. 'Room A, 4'."))
            out.append((name.strip(), int(seats)))
        return out

    def to_data(self) -> SettingsData:
        cd = self.cleaned_data
        deadline = cd["request_deadline"]
        if deadline is not None:  # typed in the event's local time
            deadline = deadline.replace(tzinfo=None).replace(tzinfo=self.zone)
        return SettingsData(
            enabled=cd["enabled"],
            days=sorted(cd["days"]),
            day_start=cd["day_start"],
            day_end=cd["day_end"],
            slot_minutes=cd["slot_minutes"],
            breaks=cd["breaks"],
            tables=cd["tables"],
            named_tables=cd["named_tables"],
            virtual_meetings=cd["virtual_meetings"],
            request_limit=cd["request_limit"],
            request_deadline=deadline,
        )

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            try:
                validate_settings(self.event, self.to_data())
            except ValidationError as exc:
                _add_service_errors(self, exc)
        return cleaned


class ProfileForm(forms.Form):
    role = forms.CharField(label=_("Your role"), max_length=120, required=False)
    summary = forms.CharField(
        label=_("About you and what you want from partnering (Korean or English)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    assets = forms.CharField(
        label=_("Assets and pipeline"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line, e.g. 'ONC-101, HER2 ADC, phase 1'."),
    )
    offering = forms.MultipleChoiceField(
        label=_("Offering"), required=False, widget=forms.SelectMultiple(attrs={"size": 8})
    )
    seeking = forms.MultipleChoiceField(
        label=_("Seeking"), required=False, widget=forms.SelectMultiple(attrs={"size": 8})
    )
    unavailable = forms.MultipleChoiceField(
        label=_("Times you are NOT available"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, config: PartneringSettings, **kwargs):
        super().__init__(*args, **kwargs)
        choices = term_choices()
        self.fields["offering"].choices = choices
        self.fields["seeking"].choices = choices
        self.fields["unavailable"].choices = [(s.id, slot_label(s)) for s in generate_slots(config)]

    @staticmethod
    def initial_from(data: ProfileData) -> dict:
        return {**data.__dict__, "assets": "\n".join(data.assets)}

    def to_data(self) -> ProfileData:
        cd = self.cleaned_data
        return ProfileData(
            role=cd["role"],
            summary=cd["summary"],
            assets=[a for a in cd["assets"].splitlines() if a.strip()],
            offering=cd["offering"],
            seeking=cd["seeking"],
            unavailable=cd["unavailable"],
        )


class BrowseForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    tag = forms.ChoiceField(label=_("Tag"), required=False)
    org_type = forms.ChoiceField(
        label=_("Organisation type"),
        required=False,
        choices=[("", _("All types")), *OrganizationType.choices],
    )
    country = forms.CharField(label=_("Country"), required=False, max_length=2)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tag"].choices = [("", _("All tags")), *term_choices()]


class RequestForm(forms.Form):
    message = forms.CharField(
        label=_("Message"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Say why you want to meet; only the two of you see it."),
    )
    format = forms.ChoiceField(
        label=_("Format"), choices=MeetingFormat.choices, initial=MeetingFormat.IN_PERSON
    )

    def __init__(self, *args, virtual: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not virtual:
            self.fields["format"].choices = [(MeetingFormat.IN_PERSON, MeetingFormat.IN_PERSON.label)]


class MoveForm(forms.Form):
    slot = forms.ChoiceField(label=_("Slot"))
    table = forms.IntegerField(label=_("Table number"), min_value=1, required=False)

    def __init__(self, *args, config: PartneringSettings, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].choices = [(s.id, slot_label(s)) for s in generate_slots(config)]
        self.fields["table"].max_value = table_count(config)


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How useful was the meeting?"),
        coerce=int,
        widget=forms.RadioSelect,
        choices=[(i, str(i)) for i in range(1, 6)],
    )
    follow_up = forms.BooleanField(label=_("We plan a follow-up"), required=False)
    comment = forms.CharField(label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def to_data(self) -> FeedbackData:
        cd = self.cleaned_data
        return FeedbackData(rating=cd["rating"], follow_up=cd["follow_up"], comment=cd["comment"])
