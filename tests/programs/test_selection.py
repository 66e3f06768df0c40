import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from biobridge.programs.enums import ApplicationState, StageKind
from biobridge.programs.models import Award
from biobridge.programs.services.selection import (
    advance_applications,
    committed_budget,
    decline_application,
    select_application,
    set_application_state,
)
from biobridge.programs.tasks import send_decision_email
from tests.factories import UserFactory, make_member
from tests.programs.helpers import submitted

pytestmark = pytest.mark.django_db


def test_select_records_grant_and_mails_members_in_their_language(
    program, operator, django_capture_on_commit_callbacks
):
    app, owner = submitted(program)
    owner.preferred_language = "ko"
    owner.save()
    english = make_member(app.organization, preferred_language="en", email="cto@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        award = select_application(app, amount=40_000_000, actor=operator)
    app.refresh_from_db()
    assert (app.state, app.stage.kind, award.amount) == (
        ApplicationState.SELECTED,
        StageKind.SELECTED,
        40_000_000,
    )
    assert committed_budget(program) == 40_000_000
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects == {
        owner.email: "선정: 서울-호스트 챌린지",
        english.email: "Selected: Seoul–Host Challenge",
    }
    app.refresh_from_db()
    assert app.notified_state == ApplicationState.SELECTED
    assert send_decision_email.call(application_id=app.pk) == 0  # idempotent: not mailed twice
    assert len(mail.outbox) == 2


def test_over_budget_refused(program, operator):
    first, _m = submitted(program)
    second, _m = submitted(program)
    select_application(first, amount=60_000_000, actor=operator)
    with pytest.raises(ValidationError) as exc:
        select_application(second, amount=40_000_000, actor=operator)
    assert "20,000,000" in str(exc.value)
    second.refresh_from_db()
    assert second.state == ApplicationState.SUBMITTED
    assert Award.objects.count() == 1


def test_only_operators_select_and_advance(program):
    app, owner = submitted(program)
    with pytest.raises(PermissionDenied):
        select_application(app, amount=1, actor=owner)
    with pytest.raises(PermissionDenied):
        advance_applications(program, [app.pk], actor=UserFactory(roles=["reviewer"]))
    app.refresh_from_db()
    assert (app.state, app.stage.kind) == (ApplicationState.SUBMITTED, StageKind.DOCUMENTS)
    assert not Award.objects.exists()


def test_advance_walks_stages_but_never_into_selected(program, operator):
    app, _m = submitted(program)
    advance_applications(program, [app.pk], actor=operator)
    advance_applications(program, [app.pk], actor=operator)
    app.refresh_from_db()
    assert app.stage.kind == StageKind.PITCH
    with pytest.raises(ValidationError):
        advance_applications(program, [app.pk], actor=operator)


def test_state_machine_refuses_illegal_transitions(program, operator, django_capture_on_commit_callbacks):
    app, _m = submitted(program)
    with django_capture_on_commit_callbacks(execute=True):
        decline_application(app, actor=operator)
    assert [m.subject for m in mail.outbox] == ["결과 안내: 서울-호스트 챌린지"]
    with pytest.raises(ValidationError):
        set_application_state(app, ApplicationState.SELECTED, actor=operator)
    app.refresh_from_db()
    assert app.state == ApplicationState.NOT_SELECTED
