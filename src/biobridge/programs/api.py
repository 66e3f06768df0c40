"""REST API of programs: calls, own applications, own review assignments, operator actions, bookings."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from ninja import Router, Status

from biobridge.common.api import WRITE_AUTH
from biobridge.directory.models import Organization
from biobridge.programs import selectors
from biobridge.programs.models import Application, Slot
from biobridge.programs.schemas import (
    AnswersIn,
    ApplicationIn,
    ApplicationOut,
    AssignIn,
    AssignmentOut,
    AssignOut,
    AwardOut,
    BookingIn,
    BookingOut,
    EligibilityOut,
    ProgramDetailOut,
    ProgramOut,
    RankOut,
    ReviewIn,
    ReviewOut,
    SelectIn,
    SlotOut,
)
from biobridge.programs.services import applications as app_services
from biobridge.programs.services.assigning import run_assignment
from biobridge.programs.services.coaching import book_slot
from biobridge.programs.services.reviewing import submit_review
from biobridge.programs.services.selection import select_application

router = Router(tags=["programs"])


def _require_operator(request) -> None:
    if not request.user.has_perm("programs.manage_program"):
        raise PermissionDenied("Only operators can do this.")


def _stage(program, kind: str):
    stage = program.stages.filter(kind=kind).first()
    if stage is None:
        raise ValidationError({"stage": ["The program has no such stage."]})
    return stage


@router.get("/programs", response=list[ProgramOut])
def list_programs(request):
    return selectors.programs_for_listing(request.user)


@router.get("/programs/{program_id}", response=ProgramDetailOut)
def get_program(request, program_id: int):
    return selectors.get_program_or_404(program_id, request.user)


@router.get("/programs/{program_id}/eligibility", response=EligibilityOut, auth=WRITE_AUTH)
def check_eligibility(request, program_id: int, organization: int):
    program = selectors.get_program_or_404(program_id, request.user)
    org = get_object_or_404(Organization, pk=organization)
    reasons = app_services.eligibility_problems(program, org)
    return {"eligible": not reasons, "reasons": reasons}


@router.get("/applications", response=list[ApplicationOut], auth=WRITE_AUTH)
def list_my_applications(request):
    return selectors.applications_for_user(request.user)


@router.post("/programs/{program_id}/applications", response={201: ApplicationOut}, auth=WRITE_AUTH)
def create_application(request, program_id: int, payload: ApplicationIn):
    program = selectors.get_program_or_404(program_id, request.user)
    org = get_object_or_404(Organization, pk=payload.organization)
    app = app_services.create_application(program, organization=org, actor=request.user)
    if payload.answers:
        app = app_services.save_application(app, answers=payload.answers, actor=request.user)
    return Status(201, app)


@router.get("/applications/{application_id}", response=ApplicationOut, auth=WRITE_AUTH)
def get_application(request, application_id: int):
    return selectors.get_application_for_user_or_404(request.user, application_id)


def _own_application(request, application_id: int) -> Application:
    app = selectors.get_application_for_user_or_404(request.user, application_id)
    if not request.user.has_perm("programs.edit_application", app):
        raise PermissionDenied("Only members of the applicant organisation can change it.")
    return app


@router.patch("/applications/{application_id}", response=ApplicationOut, auth=WRITE_AUTH)
def update_application(request, application_id: int, payload: AnswersIn):
    app = _own_application(request, application_id)
    return app_services.save_application(app, answers=payload.answers, actor=request.user)


@router.post("/applications/{application_id}/submit", response=ApplicationOut, auth=WRITE_AUTH)
def submit_application(request, application_id: int):
    app = _own_application(request, application_id)
    return app_services.submit_application(app, actor=request.user)


@router.get("/reviews/assignments", response=list[AssignmentOut], auth=WRITE_AUTH)
def list_my_assignments(request):
    return [
        {
            "id": a.pk,
            "application": a.application_id,
            "program": a.stage.program_id,
            "stage": a.stage.kind,
            "organization": None
            if a.application.program.blind_review
            else a.application.organization.display_name,
            "reviewed": hasattr(a, "review"),
            "total": a.review.total if hasattr(a, "review") else None,
        }
        for a in selectors.assignments_for_reviewer(request.user)
    ]


@router.post("/reviews/assignments/{assignment_id}", response=ReviewOut, auth=WRITE_AUTH)
def review_assignment(request, assignment_id: int, payload: ReviewIn):
    assignment = selectors.get_assignment_for_user_or_404(request.user, assignment_id)
    scores = {int(k): v for k, v in payload.scores.items() if str(k).isdigit()}
    return submit_review(assignment, scores=scores, comment=payload.comment, actor=request.user)


@router.post("/programs/{program_id}/assign", response=AssignOut, auth=WRITE_AUTH)
def assign_reviewers(request, program_id: int, payload: AssignIn):
    _require_operator(request)
    program = selectors.get_program_or_404(program_id, request.user)
    run = run_assignment(program, stage=_stage(program, payload.stage), actor=request.user)
    return {"created": run.created, "total_affinity": run.total_affinity, "short": run.short}


@router.get("/programs/{program_id}/ranking", response=list[RankOut], auth=WRITE_AUTH)
def ranking(request, program_id: int, stage: str):
    _require_operator(request)
    program = selectors.get_program_or_404(program_id, request.user)
    return [
        {
            "rank": row.rank,
            "application": row.application.pk,
            "organization": row.application.organization.display_name,
            "reviews": len(row.totals),
            "mean": row.mean,
            "normalised": row.normalised,
            "spread": row.spread,
            "disagreement": row.disagreement,
        }
        for row in selectors.rank_applications(_stage(program, stage))
    ]


@router.post("/applications/{application_id}/select", response=AwardOut, auth=WRITE_AUTH)
def select(request, application_id: int, payload: SelectIn):
    _require_operator(request)
    app = selectors.get_application_for_user_or_404(request.user, application_id)
    return select_application(app, amount=payload.amount, actor=request.user)


@router.get("/slots", response=list[SlotOut], auth=WRITE_AUTH)
def list_slots(request):
    return list(selectors.office_hours()) + list(selectors.coaching_slots_for(request.user))


@router.post("/slots/{slot_id}/book", response={201: BookingOut}, auth=WRITE_AUTH)
def book(request, slot_id: int, payload: BookingIn):
    slot = get_object_or_404(Slot, pk=slot_id)
    org = get_object_or_404(Organization, pk=payload.organization)
    return Status(201, book_slot(slot, organization=org, actor=request.user, topic=payload.topic))
