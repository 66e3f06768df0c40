from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from biobridge.directory.forms import OrganizationForm, SearchForm
from biobridge.directory.selectors import (
    agreements_of,
    get_organization_or_404,
    search_organizations,
    tags_by_side,
)
from biobridge.directory.services import update_organization

PAGE_SIZE = 20


def organization_list(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    results = search_organizations(**{k: v for k, v in filters.items() if v})
    page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"form": form, "page": page, "total": page.paginator.count}
    template = "directory/organization_list.html"
    if request.headers.get("HX-Request"):
        template += "#results"
    return render(request, template, context)


def organization_detail(request: HttpRequest, pk: int) -> HttpResponse:
    org = get_organization_or_404(pk)
    context = {
        "org": org,
        "tags": tags_by_side(org),
        "agreements": agreements_of(org),
        "can_edit": request.user.has_perm("directory.change_organization", org),
    }
    return render(request, "directory/organization_detail.html", context)


@login_required
def organization_edit(request: HttpRequest, pk: int) -> HttpResponse:
    org = get_organization_or_404(pk)
    if not request.user.has_perm("directory.change_organization", org):
        raise PermissionDenied(_("You can only edit organisations you administer."))
    form = OrganizationForm(request.POST or None, instance=org)
    if request.method == "POST" and form.is_valid():
        try:
            update_organization(org, data=form.to_data(), actor=request.user)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Saved."))
            return redirect(org)
    return render(request, "directory/organization_edit.html", {"org": org, "form": form})
