from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from biobridge.programs.forms import ReviewForm
from biobridge.programs.selectors import (
    answer_rows,
    assignments_for_reviewer,
    get_assignment_for_user_or_404,
)
from biobridge.programs.services.reviewing import submit_review
from biobridge.programs.views.common import errors_to_form


@login_required
def reviews(request: HttpRequest) -> HttpResponse:
    return render(request, "programs/reviews.html", {"assignments": assignments_for_reviewer(request.user)})


@login_required
def review(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = get_assignment_for_user_or_404(request.user, pk)
    application = assignment.application
    program = application.program
    existing = getattr(assignment, "review", None)
    initial = {s.criterion_id: str(s.value) for s in existing.scores.all()} if existing else {}
    form = ReviewForm(
        request.POST or None,
        criteria=list(program.criteria.all()),
        initial_scores=initial,
        initial={"comment": existing.comment if existing else ""},
    )
    if request.method == "POST" and form.is_valid():
        try:
            submit_review(
                assignment, scores=form.scores(), comment=form.cleaned_data["comment"], actor=request.user
            )
        except ValidationError as exc:
            errors_to_form(form, exc)
        else:
            messages.success(request, _("Review saved."))
            return redirect("programs:reviews")
    answers = answer_rows(application)
    context = {
        "assignment": assignment,
        "application": application,
        "program": program,
        "form": form,
        "answers": answers,
        "blind": program.blind_review,
        "review": existing,
    }
    return render(request, "programs/review.html", context)
