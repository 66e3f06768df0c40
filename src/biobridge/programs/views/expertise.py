from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from biobridge.directory.models import Organization
from biobridge.programs.forms import ConflictForm, ExpertiseForm
from biobridge.programs.models import DeclaredConflict, ExpertProfile
from biobridge.programs.rules import is_mentor, is_reviewer
from biobridge.programs.services.reviewing import declare_conflict, update_expert_profile
from biobridge.programs.views.common import errors_to_form


@login_required
def expertise(request: HttpRequest) -> HttpResponse:
    """Reviewers and mentors declare their expertise and their conflicts of interest."""
    user = request.user
    if not (is_reviewer(user) or is_mentor(user)):
        raise PermissionDenied(_("Only reviewers and mentors declare expertise."))
    profile = ExpertProfile.objects.filter(user=user).prefetch_related("expertise").first()
    initial = (
        {"expertise": [t.key for t in profile.expertise.all()], "capacity": profile.capacity}
        if profile
        else {}
    )
    form = ExpertiseForm(request.POST if request.POST.get("action") == "expertise" else None, initial=initial)
    conflict_form = ConflictForm(request.POST if request.POST.get("action") == "conflict" else None)
    if request.method == "POST" and _handle(request, form, conflict_form):
        return redirect("programs:expertise")
    context = {
        "form": form,
        "conflict_form": conflict_form,
        "conflicts": DeclaredConflict.objects.filter(user=user).select_related("organization"),
    }
    return render(request, "programs/expertise.html", context)


def _handle(request: HttpRequest, form: ExpertiseForm, conflict_form: ConflictForm) -> bool:
    target = form if request.POST.get("action") == "expertise" else conflict_form
    if not target.is_valid():
        return False
    try:
        if target is form:
            update_expert_profile(
                request.user, expertise=form.cleaned_data["expertise"], capacity=form.cleaned_data["capacity"]
            )
        else:
            org = get_object_or_404(Organization, pk=conflict_form.cleaned_data["organization"])
            declare_conflict(request.user, organization=org, kind=conflict_form.cleaned_data["kind"])
    except ValidationError as exc:
        errors_to_form(target, exc)
        return False
    messages.success(request, _("Saved."))
    return True
