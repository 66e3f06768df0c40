from django.contrib import admin

from biobridge.directory.models import (
    Agreement,
    AgreementParty,
    Organization,
    OrganizationName,
    OrganizationTag,
    TaxonomyCategory,
    Term,
)


class OrganizationNameInline(admin.TabularInline):
    model = OrganizationName
    extra = 0
    readonly_fields = ["key"]


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


class AgreementPartyInline(admin.TabularInline):
    model = AgreementParty
    extra = 0
    autocomplete_fields = ["organization"]


@admin.register(Agreement)
class AgreementAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "date"]
    list_filter = ["kind"]
    inlines = [AgreementPartyInline]


@admin.register(Term)
class TermAdmin(admin.ModelAdmin):
    list_display = ["key", "name_ko", "name_en", "category", "parent"]
    list_filter = ["category"]
    search_fields = ["key", "name_ko", "name_en"]


admin.site.register(TaxonomyCategory)
