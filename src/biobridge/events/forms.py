"""Forms of the events pages; they call the services' validators so every door agrees."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from biobridge.events.enums import EventKind, RegistrationStatus
from biobridge.events.models import Event, TicketType
from biobridge.events.validators import JOB_TITLE_MAX, validate_job_title


class TicketChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: TicketType) -> str:
        return obj.name


class RegistrationForm(forms.Form):
    ticket_type = TicketChoiceField(
        queryset=TicketType.objects.none(), label=_("Ticket type"), required=False
    )
    job_title = forms.CharField(
        label=_("Job title"), max_length=JOB_TITLE_MAX, required=False, validators=[validate_job_title]
    )

    def __init__(self, *args, event: Event, **kwargs):
        super().__init__(*args, **kwargs)
        tickets = event.ticket_types.order_by("pk")
        self.fields["ticket_type"].queryset = tickets
        self.fields["ticket_type"].required = tickets.exists()
        if not tickets.exists():
            del self.fields["ticket_type"]


class EventFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *EventKind.choices]
    )


class RegistrantSearchForm(forms.Form):
    q = forms.CharField(label=_("Search registrants"), required=False)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All")), *RegistrationStatus.choices]
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("Columns: email, name, organisation, job title, ticket type. UTF-8 or CP949."),
    )
