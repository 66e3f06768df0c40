from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from biobridge.programs.enums import REVIEWED_STAGES, ApplicationState
from biobridge.programs.models import Application
from biobridge.programs.selectors import get_program_or_404, rank_applications
from biobridge.programs.services.assigning import run_assignment
from biobridge.programs.services.coaching import match_mentor, suggest_mentors
from biobridge.programs.services.selection import (
    advance_applications,
    committed_budget,
    decline_application,
    select_application,
)


@login_required
def console(request: HttpRequest, pk: int) -> HttpResponse:
    """The operator's console: applications per stage, assignment, ranking, selection, budget."""
    if not request.user.has_perm("programs.manage_program"):
        raise PermissionDenied(_("Only operators run programs."))
    program = get_program_or_404(pk, request.user)
    stages = list(program.stages.all())
    stage = next((s for s in stages if s.kind == request.GET.get("stage")), None) or next(
        (s for s in stages if s.kind in REVIEWED_STAGES), stages[0] if stages else None
    )
    if request.method == "POST":
        _act(request, program, stage)
        return redirect(f"{reverse('programs:console', args=[program.pk])}?stage={stage.kind}")
    committed = committed_budget(program)
    apps = program.applications.exclude(state=ApplicationState.DRAFT).select_related(
        "organization", "stage", "award"
    )
    context = {
        "program": program,
        "stages": stages,
        "stage": stage,
        "reviewed_stage": stage is not None and stage.kind in REVIEWED_STAGES,
        "ranking": rank_applications(stage) if stage is not None and stage.kind in REVIEWED_STAGES else [],
        "in_stage": [a for a in apps if a.stage_id == getattr(stage, "pk", None)],
        "selected": [a for a in apps if a.state == ApplicationState.SELECTED],
        "committed": committed,
        "remaining": program.budget - committed,
    }
    for s in stages:
        s.count = sum(1 for a in apps if a.stage_id == s.pk)
    for app in context["selected"]:
        app.suggestions = suggest_mentors(app, limit=3)
    return render(request, "programs/console.html", context)


def _act(request: HttpRequest, program, stage) -> None:
    action = request.POST.get("action")
    try:
        if action == "assign":
            run = run_assignment(program, stage=stage, actor=request.user)
            messages.success(
                request,
                _("%(n)s reviews assigned; total affinity %(a)s; %(s)s short.")
                % {"n": run.created, "a": f"{run.total_affinity:.2f}", "s": len(run.short)},
            )
        elif action == "advance":
            ids = [int(i) for i in request.POST.getlist("application") if i.isdigit()]
            moved = advance_applications(program, ids, actor=request.user)
            messages.success(request, _("%(n)s applications moved to the next stage.") % {"n": moved})
        elif action in {"select", "decline", "match"}:
            _decide(request, program, action)
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)


def _decide(request: HttpRequest, program, action: str) -> None:
    application = get_object_or_404(Application, pk=request.POST.get("application"), program=program)
    if action == "select":
        amount = int(request.POST.get("amount") or -1) if (request.POST.get("amount") or "").isdigit() else -1
        if amount < 0:
            raise ValidationError(_("Enter a grant amount of zero or more."))
        select_application(application, amount=amount, actor=request.user)
        messages.success(
            request,
            _("%(name)s selected; the applicant is notified by e-mail.")
            % {"name": application.organization.display_name},
        )
    elif action == "decline":
        decline_application(application, actor=request.user)
        messages.success(
            request,
            _("%(name)s not selected; the applicant is notified by e-mail.")
            % {"name": application.organization.display_name},
        )
    else:
        from biobridge.accounts.models import User

        mentor = get_object_or_404(User, pk=request.POST.get("mentor"))
        match_mentor(application, mentor=mentor, actor=request.user)
        messages.success(request, _("Mentor matched."))
