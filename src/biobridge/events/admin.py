from django.contrib import admin

from biobridge.events.models import Event, Registration, Session, Speaker, TicketType


class SessionInline(admin.TabularInline):
    model = Session
    extra = 0
    fields = ("title_ko", "title_en", "starts_at", "ends_at", "room", "track")


class TicketTypeInline(admin.TabularInline):
    model = TicketType
    extra = 0


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("slug", "name_ko", "name_en", "kind", "status", "starts_on", "ends_on", "capacity")
    list_filter = ("kind", "status", "is_published")
    search_fields = ("slug", "name_ko", "name_en")
    filter_horizontal = ("organizers",)
    inlines = [TicketTypeInline, SessionInline]


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ("title_ko", "title_en", "event", "starts_at", "room", "track")
    list_filter = ("event",)
    filter_horizontal = ("speakers", "panelists")


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ("name_ko", "name_en", "organization", "title_ko")
    search_fields = ("name_ko", "name_en")


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    """Read-mostly: seats and the wait-list change only through the services (the event pages)."""

    list_display = ("user", "event", "status", "ticket_type", "checked_in_at", "created_at")
    list_filter = ("event", "status")
    search_fields = ("user__email", "user__name")
    readonly_fields = ("status", "created_at", "updated_at")
