from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from biobridge.directory.enums import Region
from biobridge.directory.models import Organization
from biobridge.intel.enums import RelationType
from biobridge.intel.selectors import Filters, merge_candidates, outlets
from biobridge.intel.services import validate_upload
from biobridge.intel.validators import validate_filters

DATE = forms.DateInput(attrs={"type": "date"})


class FilterForm(forms.Form):
    """Filters of the article list and the ecosystem map; validation is the API's."""

    outlet = forms.ChoiceField(label=_("Outlet"), required=False)
    rel_type = forms.ChoiceField(
        label=_("Relation"), choices=[("", "—"), *RelationType.choices], required=False
    )
    region = forms.ChoiceField(label=_("Region"), choices=[("", "—"), *Region.choices], required=False)
    organization = forms.IntegerField(label=_("Organisation"), required=False, widget=forms.HiddenInput)
    date_from = forms.DateField(label=_("From"), required=False, widget=DATE)
    date_to = forms.DateField(label=_("To"), required=False, widget=DATE)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["outlet"].choices = [("", "—"), *((o, o) for o in outlets())]

    def clean(self) -> dict:
        data = super().clean()
        try:
            validate_filters(self.to_filters(data))
        except ValidationError as exc:
            for field, messages in exc.message_dict.items():
                self.add_error(field, messages)
        return data

    @staticmethod
    def to_filters(data: dict) -> Filters:
        return Filters(**{k: v for k, v in data.items() if k in Filters.__dataclass_fields__ and v})


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(
        label=_("Merge into"), queryset=Organization.objects.none(), empty_label=_("Merge into…")
    )

    def __init__(self, *args, source: Organization | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        qs = merge_candidates()
        self.fields["into"].queryset = qs.exclude(pk=source.pk) if source else qs


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.html,.htm,.zip"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        # Empty or odd files are not refused here: ingestion reports them per file, like the CLI.
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [f for f in files if getattr(f, "name", None)]


class UploadForm(forms.Form):
    files = MultipleFileField(
        label=_("News files"),
        required=False,
        help_text=_(".txt (scraped text), .html or .zip; each article at most 5 MB."),
    )

    def clean_files(self) -> list:
        files = self.cleaned_data.get("files") or []
        try:
            validate_upload(files)
        except ValidationError as exc:
            raise ValidationError(exc.message_dict["files"]) from exc
        return files
