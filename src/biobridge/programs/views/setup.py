from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from biobridge.programs.forms import CriterionForm, QuestionForm
from biobridge.programs.selectors import get_program_or_404
from biobridge.programs.services.programs import add_criterion, add_form_field
from biobridge.programs.views.common import errors_to_form


@login_required
def setup(request: HttpRequest, pk: int) -> HttpResponse:
    """The operator builds the application form and the rubric of a program."""
    if not request.user.has_perm("programs.manage_program"):
        raise PermissionDenied(_("Only operators run programs."))
    program = get_program_or_404(pk, request.user)
    action = request.POST.get("action")
    question_form = QuestionForm(request.POST if action == "question" else None)
    criterion_form = CriterionForm(request.POST if action == "criterion" else None)
    form = question_form if action == "question" else criterion_form
    if request.method == "POST" and form.is_valid():
        try:
            if action == "question":
                data = {k: v for k, v in question_form.cleaned_data.items() if k != "options"}
                add_form_field(program, choices=question_form.choices(), **data)
            else:
                add_criterion(program, **criterion_form.cleaned_data)
        except ValidationError as exc:
            errors_to_form(form, exc, aliases={"choices": "options"})
        else:
            messages.success(request, _("Saved."))
            return redirect("programs:setup", pk=program.pk)
    context = {"program": program, "question_form": question_form, "criterion_form": criterion_form}
    return render(request, "programs/setup.html", context)
