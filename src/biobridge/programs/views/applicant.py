from __future__ import annotations

import uuid
from pathlib import PurePath

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from biobridge.directory.models import Organization
from biobridge.programs.enums import ApplicationState
from biobridge.programs.forms import ApplicationForm, MilestoneForm, ProgressForm
from biobridge.programs.models import Application
from biobridge.programs.selectors import (
    answer_rows,
    get_application_for_user_or_404,
    get_attachment_for_user_or_404,
    get_program_or_404,
)
from biobridge.programs.services import applications as services
from biobridge.programs.services.coaching import add_milestone, report_progress
from biobridge.programs.views.common import errors_to_form


@login_required
@require_POST
def apply(request: HttpRequest, pk: int) -> HttpResponse:
    program = get_program_or_404(pk, request.user)
    org = get_object_or_404(Organization, pk=request.POST.get("organization"))
    try:
        application = services.create_application(program, organization=org, actor=request.user)
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
        return redirect(program)
    return redirect(application)


@login_required
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_application_for_user_or_404(request.user, pk)
    can_edit = request.user.has_perm("programs.edit_application", application) and application.state in (
        ApplicationState.DRAFT,
        ApplicationState.SUBMITTED,
    )
    if request.method == "POST" and request.POST.get("action") in {"milestone", "progress"}:
        return _follow_up(request, application)
    if request.method == "POST" and request.POST.get("action") == "withdraw":
        return _withdraw(request, application)
    form = ApplicationForm(
        request.POST or None, request.FILES or None, program=application.program, application=application
    )
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied(_("Only members of the applicant organisation can change it."))
        if form.is_valid() and _save(request, application, form):
            return redirect(application)
    return render(request, "programs/application_detail.html", _context(request, application, form, can_edit))


def _save(request: HttpRequest, application: Application, form: ApplicationForm) -> bool:
    try:
        services.save_application(
            application, answers=form.answers(), files=form.files_to_store(), actor=request.user
        )
        if request.POST.get("action") == "submit":
            application.refresh_from_db()
            services.submit_application(application, actor=request.user)
            messages.success(
                request,
                _("Submitted. You can still edit until the deadline; each change is kept as a version."),
            )
        else:
            messages.success(request, _("Saved."))
    except ValidationError as exc:
        errors_to_form(form, exc)
        return False
    return True


def _context(request, application: Application, form, can_edit: bool) -> dict:
    answers = answer_rows(application)
    follow_up = request.user.has_perm("programs.view_follow_up", application)
    return {
        "application": application,
        "program": application.program,
        "form": form,
        "can_edit": can_edit,
        "answers": answers,
        "versions": application.versions.select_related("created_by"),
        "award": getattr(application, "award", None),
        "follow_up": follow_up and application.state == ApplicationState.SELECTED,
        "milestones": application.milestones.prefetch_related("reports") if follow_up else [],
        "mentors": application.mentor_matches.select_related("mentor") if follow_up else [],
        "can_add_milestone": request.user.has_perm("programs.add_milestone", application),
        "can_report": request.user.has_perm("programs.report_progress", application),
        "milestone_form": MilestoneForm(),
        "progress_form": ProgressForm(),
    }


def _follow_up(request: HttpRequest, application: Application) -> HttpResponse:
    try:
        if request.POST["action"] == "milestone":
            form = MilestoneForm(request.POST)
            if form.is_valid():
                add_milestone(application, actor=request.user, **form.cleaned_data)
        else:
            form = ProgressForm(request.POST)
            milestone = get_object_or_404(application.milestones, pk=request.POST.get("milestone"))
            if form.is_valid():
                report_progress(milestone, actor=request.user, **form.cleaned_data)
        if not form.is_valid():
            messages.error(request, _("Please correct the highlighted fields."))
        else:
            messages.success(request, _("Saved."))
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    return redirect(application)


def _withdraw(request: HttpRequest, application: Application) -> HttpResponse:
    try:
        services.withdraw_application(application, actor=request.user)
        messages.success(request, _("Application withdrawn."))
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    return redirect(application)


@login_required
def attachment_download(request: HttpRequest, attachment_id: uuid.UUID) -> FileResponse:
    """The only way to a stored file: 404 unless the user may see the application."""
    attachment = get_attachment_for_user_or_404(request.user, attachment_id)
    application = attachment.application
    name = attachment.original_name
    if application.program.blind_review and not (
        request.user.has_perm("programs.edit_application", application)
        or request.user.has_perm("programs.manage_program")
    ):
        # Blind review: the file name may carry the company's name.
        name = f"{attachment.field_key}-attachment{PurePath(name).suffix.lower()}"
    response = FileResponse(
        attachment.file.open("rb"), as_attachment=True, filename=name, content_type=attachment.content_type
    )
    response["Cache-Control"] = "private, no-store"
    return response
