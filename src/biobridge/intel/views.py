from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from biobridge.directory.enums import OrganizationStatus
from biobridge.directory.models import Organization
from biobridge.intel import selectors
from biobridge.intel.enums import RelationType
from biobridge.intel.forms import FilterForm, MergeForm, UploadForm
from biobridge.intel.messages import localise_result_message
from biobridge.intel.models import IngestBatch, Relation
from biobridge.intel.services import (
    create_agreement_from_relation,
    create_upload_batch,
    merge_organizations,
    set_organization_review_state,
    set_relation_state,
)
from biobridge.intel.validators import ORG_ACTIONS, RELATION_ACTIONS, review_target_state

PAGE_SIZE = 20
REVIEW_PAGE_SIZE = 30


def _filters(request: HttpRequest) -> tuple[FilterForm, selectors.Filters]:
    form = FilterForm(request.GET or None)
    return form, (form.to_filters(form.cleaned_data) if form.is_valid() else selectors.Filters())


def index(request: HttpRequest) -> HttpResponse:
    """The article list with filters (outlet, period, relation type, organisation)."""
    form, filters = _filters(request)
    page = Paginator(selectors.search_articles(filters), PAGE_SIZE).get_page(request.GET.get("page"))
    for article in page:  # one badge per relation type
        article.relation_badges = list({r.rel_type: r for r in article.live_relations}.values())
    organization = (
        Organization.objects.filter(pk=filters.organization).first() if filters.organization else None
    )
    context = {"form": form, "page": page, "total": page.paginator.count, "organization": organization}
    template = "intel/article_list.html" + ("#results" if request.headers.get("HX-Request") else "")
    return render(request, template, context)


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = selectors.get_article_or_404(pk)
    relations = list(selectors.article_relations(article))
    context = {
        "article": article,
        "segments": selectors.article_segments(article, relations),
        "relations": relations,
        "organizations": selectors.article_organizations(article),
        "can_review": request.user.has_perm("intel.review"),
    }
    return render(request, "intel/article_detail.html", context)


def ecosystem_map(request: HttpRequest) -> HttpResponse:
    """The page only; the graph and timelines come from the API (see static/intel/map.js)."""
    form = FilterForm(request.GET or None)
    texts = {
        "loading": _("Loading…"),
        "error": _("The map could not be loaded. Check the filters and try again."),
        "summary": _("%(nodes)s organisations, %(edges)s connections"),
        "count": _("%(n)s relations, oldest first"),
        "undated": _("date unknown"),
        "pending": _("pending review"),
    }
    context = {"form": form, "relation_types": RelationType.choices, "map_texts": texts}
    return render(request, "intel/map.html", context)


# --- operators ------------------------------------------------------------------------------------


def _require_reviewer(request: HttpRequest) -> None:
    if not request.user.has_perm("intel.review"):
        raise PermissionDenied(_("Only operators can review news data."))


@login_required
def review_queue(request: HttpRequest) -> HttpResponse:
    _require_reviewer(request)
    orgs = Paginator(selectors.unverified_organizations(), REVIEW_PAGE_SIZE).get_page(request.GET.get("orgs"))
    relations = Paginator(selectors.pending_relations(), REVIEW_PAGE_SIZE).get_page(request.GET.get("rels"))
    context = {
        "org_page": orgs,
        "organizations": [(org, MergeForm(source=org, prefix=f"m{org.pk}")) for org in orgs],
        "relations": relations,
        "mous": selectors.confirmed_mou_without_agreement(),
    }
    return render(request, "intel/review.html", context)


def _done(request: HttpRequest, message: str) -> HttpResponse:
    messages.success(request, message)
    return redirect(reverse("intel:review"))


def _refused(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    for text in exc.messages:
        messages.error(request, text)
    return redirect(reverse("intel:review"))


@login_required
@require_POST
def review_organization(request: HttpRequest, pk: int) -> HttpResponse:
    _require_reviewer(request)
    org = get_object_or_404(Organization, pk=pk)
    try:
        state = review_target_state(request.POST.get("action", ""), ORG_ACTIONS)
        set_organization_review_state(org, state, actor=request.user)
    except ValidationError as exc:
        return _refused(request, exc)
    label = OrganizationStatus(state).label
    return _done(request, _("%(name)s: %(state)s.") % {"name": org.display_name, "state": label})


@login_required
@require_POST
def merge_organization(request: HttpRequest, pk: int) -> HttpResponse:
    _require_reviewer(request)
    source = get_object_or_404(Organization, pk=pk)
    form = MergeForm(request.POST, source=source, prefix=f"m{pk}")
    if not form.is_valid():
        return _refused(request, ValidationError(_("Choose the organisation to merge into.")))
    name = source.display_name
    try:
        into = merge_organizations(source, form.cleaned_data["into"], actor=request.user)
    except ValidationError as exc:
        return _refused(request, exc)
    return _done(request, _("%(name)s merged into %(into)s.") % {"name": name, "into": into.display_name})


@login_required
@require_POST
def review_relation(request: HttpRequest, pk: int) -> HttpResponse:
    _require_reviewer(request)
    relation = get_object_or_404(Relation, pk=pk)
    try:
        state = review_target_state(request.POST.get("action", ""), RELATION_ACTIONS)
        set_relation_state(relation, state, actor=request.user)
    except ValidationError as exc:
        return _refused(request, exc)
    return _done(request, _("Relation saved."))


@login_required
@require_POST
def relation_agreement(request: HttpRequest, pk: int) -> HttpResponse:
    _require_reviewer(request)
    relation = get_object_or_404(Relation, pk=pk)
    try:
        agreement = create_agreement_from_relation(relation, actor=request.user)
    except ValidationError as exc:
        return _refused(request, exc)
    return _done(request, _("Agreement “%(title)s” added to the directory.") % {"title": agreement.title})


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("intel.upload"):
        raise PermissionDenied(_("Only operators can upload news."))
    form = UploadForm(request.POST, request.FILES) if request.method == "POST" else UploadForm()
    if form.is_bound and form.is_valid():
        batch = create_upload_batch(form.cleaned_data["files"], actor=request.user)
        return redirect("intel:batch", pk=batch.pk)
    return render(request, "intel/upload.html", {"form": form})


@login_required
def batch_detail(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.has_perm("intel.upload"):
        raise PermissionDenied(_("Only operators can upload news."))
    batch = get_object_or_404(IngestBatch, pk=pk)
    rows = [{**row, "message": localise_result_message(row.get("message", ""))} for row in batch.results]
    counts = {
        status: sum(1 for row in rows if row["status"] == status)
        for status in ("created", "duplicate", "error")
    }
    return render(request, "intel/batch.html", {"batch": batch, "rows": rows, "counts": counts})
