from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from biobridge.programs.rules import is_mentor, is_reviewer
from biobridge.programs.selectors import applications_for_user, get_program_or_404, programs_for_listing
from biobridge.programs.services.applications import (
    eligibility_problems,
    oldest_founding_year,
    org_type_labels,
    region_labels,
)


def index(request: HttpRequest) -> HttpResponse:
    user = request.user
    context = {
        "programs": programs_for_listing(user),
        "my_applications": applications_for_user(user) if user.is_authenticated else [],
        "is_reviewer": is_reviewer(user),
        "is_mentor": is_mentor(user),
    }
    return render(request, "programs/index.html", context)


def program_detail(request: HttpRequest, pk: int) -> HttpResponse:
    program = get_program_or_404(pk, request.user)
    own = {a.organization_id: a for a in applications_for_user(request.user).filter(program=program)}
    candidates = []
    if request.user.is_authenticated:
        for membership in request.user.memberships.select_related("organization"):
            org = membership.organization
            candidates.append(
                {"org": org, "application": own.get(org.pk), "problems": eligibility_problems(program, org)}
            )
    context = {
        "program": program,
        "candidates": candidates,
        "oldest_year": oldest_founding_year(program),
        "who": org_type_labels(program.eligible_org_types),
        "where": region_labels(program.eligible_regions),
        "can_manage": request.user.has_perm("programs.manage_program"),
    }
    return render(request, "programs/program_detail.html", context)
