from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from biobridge.directory.enums import OrganizationSize, OrganizationType, Region
from biobridge.directory.models import Organization, Term, pick_language
from biobridge.directory.services import OrganizationData, validate_organization


def term_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    groups: dict[str, list[tuple[str, str]]] = {}
    for term in Term.objects.select_related("category").order_by("category__position", "name_en"):
        label = pick_language(term.category.name_ko, term.category.name_en)
        groups.setdefault(label, []).append((term.key, str(term)))
    return list(groups.items())


class OrganizationForm(forms.Form):
    """Edit an organisation's profile; validation is the service's, so every door agrees."""

    name_ko = forms.CharField(label=_("Korean name"), max_length=200, required=False)
    name_en = forms.CharField(label=_("English name"), max_length=200, required=False)
    aliases = forms.CharField(
        label=_("Aliases"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One per line: abbreviations and former names."),
    )
    org_type = forms.ChoiceField(label=_("Type"), choices=OrganizationType.choices)
    country = forms.CharField(label=_("Country"), initial="KR", help_text=_("Two-letter code, e.g. KR, US."))
    region = forms.ChoiceField(label=_("Region"), choices=[("", "—"), *Region.choices], required=False)
    cluster = forms.CharField(label=_("Cluster"), max_length=120, required=False)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    founded_year = forms.IntegerField(label=_("Founding year"), required=False)
    size = forms.ChoiceField(label=_("Size"), choices=[("", "—"), *OrganizationSize.choices], required=False)
    description_ko = forms.CharField(
        label=_("Description (Korean)"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    description_en = forms.CharField(
        label=_("Description (English)"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    offering = forms.MultipleChoiceField(
        label=_("Offering"), required=False, widget=forms.SelectMultiple(attrs={"size": 8})
    )
    seeking = forms.MultipleChoiceField(
        label=_("Seeking"), required=False, widget=forms.SelectMultiple(attrs={"size": 8})
    )

    def __init__(self, *args, instance: Organization | None = None, **kwargs):
        self.instance = instance
        if instance is not None and "initial" not in kwargs:
            data = OrganizationData.from_organization(instance)
            kwargs["initial"] = {**data.__dict__, "aliases": "\n".join(data.aliases)}
        super().__init__(*args, **kwargs)
        choices = term_choices()
        self.fields["offering"].choices = choices
        self.fields["seeking"].choices = choices

    def to_data(self) -> OrganizationData:
        cd = {name: "" for name in self.fields} | {"founded_year": None, "offering": [], "seeking": []}
        cd |= {k: v for k, v in self.cleaned_data.items() if v is not None}
        status = self.instance.status if self.instance else OrganizationData.status
        return OrganizationData(
            name_ko=cd["name_ko"],
            name_en=cd["name_en"],
            org_type=cd["org_type"],
            country=cd["country"],
            region=cd["region"],
            cluster=cd["cluster"],
            website=cd["website"],
            description_ko=cd["description_ko"],
            description_en=cd["description_en"],
            founded_year=cd["founded_year"],
            size=cd["size"],
            aliases=[line for line in cd["aliases"].splitlines() if line.strip()],
            offering=cd["offering"],
            seeking=cd["seeking"],
            status=status,
        ).normalized()

    def clean(self):
        cleaned = super().clean()
        # The service's rules run even when a field already failed, so every problem shows at once.
        try:
            validate_organization(self.to_data(), instance=self.instance)
        except ValidationError as exc:
            for field_name, messages in exc.message_dict.items():
                if field_name in self.errors:
                    continue
                for message in messages:
                    self.add_error(field_name if field_name in self.fields else None, message)
        return cleaned


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    org_type = forms.ChoiceField(
        label=_("Type"), choices=[("", _("All types")), *OrganizationType.choices], required=False
    )
    region = forms.ChoiceField(
        label=_("Region"), choices=[("", _("All regions")), *Region.choices], required=False
    )
    country = forms.CharField(label=_("Country"), max_length=2, required=False)
    tag = forms.ChoiceField(label=_("Tag"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tag"].choices = [("", _("All tags")), *term_choices()]
