"""Moving applications through stages, selecting winners against the budget, notifying applicants."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from biobridge.accounts.rules import is_operator
from biobridge.programs.enums import ApplicationState, StageKind
from biobridge.programs.models import Application, Award, Program, ProgramStage

ALLOWED = {
    ApplicationState.DRAFT: {ApplicationState.SUBMITTED, ApplicationState.WITHDRAWN},
    ApplicationState.SUBMITTED: {
        ApplicationState.SELECTED,
        ApplicationState.NOT_SELECTED,
        ApplicationState.WITHDRAWN,
    },
    ApplicationState.SELECTED: set(),
    ApplicationState.NOT_SELECTED: set(),
    ApplicationState.WITHDRAWN: set(),
}
NOTIFIED = {ApplicationState.SELECTED, ApplicationState.NOT_SELECTED}


@transaction.atomic
def set_application_state(application: Application, new_state: str, *, actor) -> Application:
    """The one owner of application states.

    Side effects: saves the state; for a decision (selected / not selected) the applicant's members
    are e-mailed in their own language after the transaction commits.
    """
    if new_state not in ALLOWED[application.state]:
        raise ValidationError(
            _("An application cannot go from %(old)s to %(new)s.")
            % {"old": application.get_state_display(), "new": ApplicationState(new_state).label}
        )
    application.state = new_state
    application.save(update_fields=["state", "updated_at"])
    if new_state in NOTIFIED:
        from biobridge.programs.tasks import send_decision_email

        pk = application.pk
        transaction.on_commit(lambda: send_decision_email.enqueue(application_id=pk))
    return application


def _require_operator(actor) -> None:
    if not is_operator(actor):
        raise PermissionDenied(_("Only operators run selection."))


def next_stage(stage: ProgramStage | None, program: Program) -> ProgramStage | None:
    stages = program.stages.order_by("position")
    return stages.filter(position__gt=stage.position).first() if stage else stages.first()


@transaction.atomic
def advance_applications(program: Program, application_ids: Iterable[int], *, actor) -> int:
    """Move submitted applications one stage on (never into the 'selected' stage: that is `select`)."""
    _require_operator(actor)
    moved = 0
    for app in (
        program.applications.select_for_update(of=("self",))
        .filter(pk__in=list(application_ids))
        .select_related("stage", "organization")
    ):
        target = next_stage(app.stage, program)
        if app.state != ApplicationState.SUBMITTED or target is None or target.kind == StageKind.SELECTED:
            raise ValidationError(
                _("%(name)s cannot move to another stage.") % {"name": app.organization.display_name}
            )
        app.stage = target
        app.save(update_fields=["stage", "updated_at"])
        moved += 1
    return moved


def committed_budget(program: Program) -> int:
    return Award.objects.filter(application__program=program).aggregate(total=Sum("amount"))["total"] or 0


@transaction.atomic
def select_application(application: Application, *, amount: int, actor) -> Award:
    """Select a winner and record its grant. Refuses a grant beyond the remaining budget.

    Side effects: Award row; state → selected (e-mail after commit); stage → the 'selected' stage.
    """
    _require_operator(actor)
    # Locking the program serialises concurrent selections, so two grants cannot both fit the same rest.
    program = Program.objects.select_for_update().get(pk=application.program_id)
    if amount is None or amount < 0:
        raise ValidationError({"amount": [_("Enter a grant amount of zero or more.")]})
    remaining = program.budget - committed_budget(program)
    if amount > remaining:
        raise ValidationError(
            {
                "amount": [
                    _("Only %(remaining)s %(currency)s of the budget is left.")
                    % {"remaining": f"{remaining:,}", "currency": program.currency}
                ]
            }
        )
    set_application_state(application, ApplicationState.SELECTED, actor=actor)
    application.stage = program.stages.filter(kind=StageKind.SELECTED).first() or application.stage
    application.save(update_fields=["stage"])
    return Award.objects.create(application=application, amount=amount, decided_by=actor)


@transaction.atomic
def decline_application(application: Application, *, actor) -> Application:
    """Close an application without selection (the applicant is told by e-mail)."""
    _require_operator(actor)
    return set_application_state(application, ApplicationState.NOT_SELECTED, actor=actor)
