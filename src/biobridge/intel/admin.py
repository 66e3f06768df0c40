"""Admin: read-mostly views of news data. Review decisions go through the services (review
queue and API), so the admin offers them as actions instead of editable status fields."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from biobridge.intel.models import (
    Article,
    ArticleSource,
    IngestBatch,
    Mention,
    Relation,
    RelationParty,
    ReviewEvent,
)
from biobridge.intel.services import set_relation_state


class ArticleSourceInline(admin.TabularInline):
    model = ArticleSource
    extra = 0
    readonly_fields = ("source", "outlet", "created_at")
    can_delete = False


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    readonly_fields = ("organization", "surface", "start", "end")
    can_delete = False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "outlet", "published", "reporter", "language", "created_at")
    list_filter = ("language", "outlet")
    search_fields = ("title", "body", "reporter")
    date_hierarchy = "published"
    readonly_fields = ("fingerprint", "created_at")
    inlines = [ArticleSourceInline, MentionInline]


class RelationPartyInline(admin.TabularInline):
    model = RelationParty
    extra = 0
    autocomplete_fields = ("organization",)


def _set_state(modeladmin, request, queryset, state: str) -> None:
    done = 0
    for relation in queryset:
        try:
            set_relation_state(relation, state, actor=request.user)
            done += 1
        except ValidationError as exc:
            modeladmin.message_user(request, f"#{relation.pk}: {' '.join(exc.messages)}", messages.WARNING)
    modeladmin.message_user(request, _("%(n)s relations updated.") % {"n": done})


@admin.action(description=_("Confirm selected relations"))
def confirm_relations(modeladmin, request, queryset):
    _set_state(modeladmin, request, queryset, "confirmed")


@admin.action(description=_("Reject selected relations"))
def reject_relations(modeladmin, request, queryset):
    _set_state(modeladmin, request, queryset, "rejected")


@admin.register(Relation)
class RelationAdmin(admin.ModelAdmin):
    list_display = ("rel_type", "date", "status", "article", "agreement")
    list_filter = ("rel_type", "status")
    search_fields = ("evidence", "article__title")
    readonly_fields = ("status", "reviewed_by", "reviewed_at", "agreement")
    inlines = [RelationPartyInline]
    actions = [confirm_relations, reject_relations]


@admin.register(ReviewEvent)
class ReviewEventAdmin(admin.ModelAdmin):
    list_display = ("created_at", "action", "actor", "detail")
    list_filter = ("action",)

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(IngestBatch)
class IngestBatchAdmin(admin.ModelAdmin):
    list_display = ("pk", "created_by", "status", "summary", "created_at", "finished_at")
    readonly_fields = (
        "created_by",
        "status",
        "upload_dir",
        "results",
        "summary",
        "created_at",
        "finished_at",
    )
