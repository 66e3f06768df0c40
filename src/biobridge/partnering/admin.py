"""Read-mostly admin for partnering: state changes go through the console and the services."""

from django.contrib import admin

from biobridge.partnering.models import (
    Meeting,
    MeetingFeedback,
    MeetingRequest,
    MeetingTable,
    PartneringSettings,
    Profile,
    ScheduleRun,
)


class MeetingTableInline(admin.TabularInline):
    model = MeetingTable
    extra = 0


@admin.register(PartneringSettings)
class PartneringSettingsAdmin(admin.ModelAdmin):
    list_display = ("event", "enabled", "slot_minutes", "tables", "request_limit", "agenda_version")
    readonly_fields = ("agenda_version", "agenda_published_at")
    inlines = [MeetingTableInline]


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "event", "organization", "role")
    list_filter = ("event",)
    search_fields = ("user__email", "user__name", "organization__name_ko", "organization__name_en")
    raw_id_fields = ("user", "registration", "organization")


@admin.register(MeetingRequest)
class MeetingRequestAdmin(admin.ModelAdmin):
    """Read-only: the state machine (services.set_request_state) owns every change and its emails."""

    list_display = ("sender", "recipient", "event", "state", "format", "priority", "created_at")
    list_filter = ("event", "state")

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    """Read-only: moves and cancellations go through the console, which checks conflicts and notifies."""

    list_display = ("request", "slot_id", "table_number", "state", "attendance", "version")
    list_filter = ("event", "state", "attendance")

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(ScheduleRun)
class ScheduleRunAdmin(admin.ModelAdmin):
    list_display = ("event", "created_at", "status", "scheduled", "upper_bound", "moved", "seconds")
    list_filter = ("event", "status")
    exclude = ("assignments", "unscheduled")


@admin.register(MeetingFeedback)
class MeetingFeedbackAdmin(admin.ModelAdmin):
    list_display = ("meeting", "author", "rating", "follow_up", "created_at")
