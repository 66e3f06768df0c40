from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from biobridge.directory.models import (
    Agreement,
    AgreementParty,
    Organization,
    OrganizationName,
    OrganizationTag,
    TaxonomyCategory,
    Term,
)
from biobridge.directory.services import (
    ORG_FIELDS,
    OrganizationData,
    create_organization,
    refresh_search_document,
    update_organization,
    validate_organization,
)


class OrganizationNameInline(admin.TabularInline):
    """Names are kept by the services (duplicate refusal); the admin shows them read-only."""

    model = OrganizationName
    extra = 0
    can_delete = False
    readonly_fields = ["name", "kind", "key"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class OrganizationAdminForm(forms.ModelForm):
    """Runs the directory's own validation, so the admin refuses what the site and API refuse."""

    website = forms.URLField(label=_("website"), required=False, assume_scheme="https")

    class Meta:
        model = Organization
        fields = [*ORG_FIELDS, "status"]

    def to_data(self) -> OrganizationData:
        base = OrganizationData.from_organization(self.instance) if self.instance.pk else OrganizationData()
        for name in ORG_FIELDS:
            if name in self.cleaned_data:
                setattr(
                    base,
                    name,
                    self.cleaned_data[name]
                    if self.cleaned_data[name] is not None
                    else getattr(OrganizationData(), name),
                )
        base.status = self.cleaned_data.get("status", base.status)
        return base.normalized()

    def clean(self):
        cleaned = super().clean()
        try:
            validate_organization(self.to_data(), instance=self.instance if self.instance.pk else None)
        except ValidationError as exc:
            for field, messages in exc.message_dict.items():
                if field not in self.errors:
                    for message in messages:
                        self.add_error(field if field in self.fields else None, message)
        return cleaned


class OrganizationTagInline(admin.TabularInline):
    model = OrganizationTag
    extra = 0
    autocomplete_fields = ["term"]


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name_ko", "name_en", "org_type", "country", "region", "status"]
    list_filter = ["org_type", "status", "country", "region"]
    search_fields = ["name_ko", "name_en", "names__name"]
    inlines = [OrganizationNameInline, OrganizationTagInline]
    form = OrganizationAdminForm
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def save_model(self, request, obj, form, change) -> None:
        data = form.to_data()
        saved = update_organization(obj, data=data) if change else create_organization(data=data)
        obj.pk = saved.pk

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        refresh_search_document(form.instance)


class AgreementPartyInline(admin.TabularInline):
    model = AgreementParty
    extra = 0
    autocomplete_fields = ["organization"]


@admin.register(Agreement)
class AgreementAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "date"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_filter = ["kind"]
    inlines = [AgreementPartyInline]


@admin.register(Term)
class TermAdmin(admin.ModelAdmin):
    list_display = ["key", "name_ko", "name_en", "category", "parent"]
    list_filter = ["category"]
    search_fields = ["key", "name_ko", "name_en"]


admin.site.register(TaxonomyCategory)
