"""Admin for operators: programs with their stages, form and rubric inline; read-mostly records."""

from django.contrib import admin

from biobridge.programs import models


class StageInline(admin.TabularInline):
    model = models.ProgramStage
    extra = 0


class FormFieldInline(admin.TabularInline):
    model = models.FormField
    extra = 0


class CriterionInline(admin.TabularInline):
    model = models.Criterion
    extra = 0


@admin.register(models.Program)
class ProgramAdmin(admin.ModelAdmin):
    list_display = ["title_ko", "title_en", "deadline", "budget", "blind_review", "published"]
    inlines = [StageInline, FormFieldInline, CriterionInline]
    filter_horizontal = ["hosts", "eligible_terms"]


@admin.register(models.Application)
class ApplicationAdmin(admin.ModelAdmin):
    list_display = ["organization", "program", "state", "stage", "version", "submitted_at"]
    list_filter = ["program", "state"]
    # State changes go through the services (mails, versions); the admin only reads them.
    readonly_fields = ["state", "stage", "answers", "version", "submitted_at", "notified_state"]


@admin.register(models.ExpertProfile)
class ExpertProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "capacity"]
    filter_horizontal = ["expertise"]


admin.site.register(models.DeclaredConflict)
admin.site.register(models.Slot)
admin.site.register(models.Booking)
admin.site.register(models.Milestone)
