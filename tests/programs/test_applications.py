from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from biobridge.programs.enums import ApplicationState, StageKind
from biobridge.programs.models import Application, ApplicationVersion, Attachment, Program
from biobridge.programs.services.applications import (
    create_application,
    eligibility_problems,
    save_application,
    submit_application,
)
from tests.factories import OrganizationFactory, UserFactory, make_member
from tests.programs.conftest import upload

pytestmark = pytest.mark.django_db


def test_eligibility_of_young_seoul_oncology_startup_is_clean(program, startup):
    assert eligibility_problems(program, startup) == []


def test_eligibility_gives_every_reason(program):
    old = OrganizationFactory(
        name_ko="오래된바이오",
        name_en="Old Bio",
        org_type="sme",
        region="busan",
        founded_year=2001,
        offering=["vaccine"],
    )
    problems = eligibility_problems(program, old)
    assert len(problems) == 4
    assert "SME" in problems[0] or "중소기업" in problems[0]
    assert "2001" in problems[2]
    assert str(program.deadline.year - 9) in problems[2]


def test_eligibility_counts_narrower_terms_and_missing_founding_year(program):
    org = OrganizationFactory(offering=["autoimmune_diseases"])  # a child of immunology
    problems = eligibility_problems(program, org)
    assert len(problems) == 1  # only the missing founding year
    assert "10" in problems[0]


def test_create_application_refuses_ineligible_and_non_members(program, startup, founder):
    outsider = UserFactory()
    with pytest.raises(PermissionDenied):
        create_application(program, organization=startup, actor=outsider)
    old = OrganizationFactory(org_type="sme", region="busan")
    member = make_member(old)
    with pytest.raises(ValidationError) as exc:
        create_application(program, organization=old, actor=member)
    assert len(exc.value.message_dict["organization"]) == 4
    assert Application.objects.count() == 0


def test_second_application_of_one_organisation_refused(program, startup, founder):
    create_application(program, organization=startup, actor=founder)
    with pytest.raises(ValidationError) as exc:
        create_application(program, organization=startup, actor=founder)
    assert "already applied" in str(exc.value) or "이미" in str(exc.value)
    assert Application.objects.count() == 1


def test_draft_save_submit_and_version(program, startup, founder):
    app = create_application(program, organization=startup, actor=founder)
    save_application(
        app,
        answers={"summary": "ADC 플랫폼", "employees": "7", "phase": "preclinical"},
        files={"deck": upload()},
        actor=founder,
    )
    app.refresh_from_db()
    attachment = Attachment.objects.get()
    assert app.answers == {
        "summary": "ADC 플랫폼",
        "employees": 7,
        "phase": "preclinical",
        "deck": str(attachment.pk),
    }
    assert app.version == 0 and not ApplicationVersion.objects.exists()
    submit_application(app, actor=founder)
    app.refresh_from_db()
    assert (app.state, app.version, app.stage.kind) == (ApplicationState.SUBMITTED, 1, StageKind.DOCUMENTS)
    assert attachment.content_type == "application/pdf"
    assert attachment.file.name == f"programs/attachments/{attachment.pk.hex[:2]}/{attachment.pk.hex}"


def test_edit_after_submission_keeps_prior_versions(program, startup, founder):
    app = create_application(program, organization=startup, actor=founder)
    save_application(app, answers={"summary": "v1"}, files={"deck": upload()}, actor=founder)
    submit_application(app, actor=founder)
    save_application(app, answers={"summary": "v2"}, files={"deck": upload("new.pdf")}, actor=founder)
    versions = list(ApplicationVersion.objects.filter(application=app).order_by("number"))
    assert [v.number for v in versions] == [1, 2]
    assert [v.answers["summary"] for v in versions] == ["v1", "v2"]
    assert versions[0].answers["deck"] != versions[1].answers["deck"]
    assert Attachment.objects.filter(application=app).count() == 2  # the old file is kept


def test_submit_requires_required_fields(program, startup, founder):
    app = create_application(program, organization=startup, actor=founder)
    with pytest.raises(ValidationError) as exc:
        submit_application(app, actor=founder)
    assert set(exc.value.message_dict) == {"summary", "deck"}
    app.refresh_from_db()
    assert app.state == ApplicationState.DRAFT


def test_late_submission_refused(program, startup, founder):
    app = create_application(program, organization=startup, actor=founder)
    save_application(app, answers={"summary": "x"}, files={"deck": upload()}, actor=founder)
    Program.objects.filter(pk=program.pk).update(
        opens_at=timezone.now() - timedelta(days=30), deadline=timezone.now() - timedelta(minutes=1)
    )
    app.refresh_from_db()
    with pytest.raises(ValidationError) as exc:
        submit_application(app, actor=founder)
    assert "deadline" in str(exc.value) or "마감" in str(exc.value)
    app.refresh_from_db()
    assert (app.state, app.version) == (ApplicationState.DRAFT, 0)


def test_bad_answers_and_files_store_nothing(program, startup, founder):
    app = create_application(program, organization=startup, actor=founder)
    with pytest.raises(ValidationError) as exc:
        save_application(
            app,
            answers={"employees": "many", "phase": "phase9"},
            files={"deck": upload("deck.pdf", b"MZ\x90\x00 not a pdf")},
            actor=founder,
        )
    assert set(exc.value.message_dict) == {"employees", "phase", "deck"}
    app.refresh_from_db()
    assert app.answers == {}
    assert Attachment.objects.count() == 0


def test_non_member_cannot_edit(program, startup, founder):
    app = create_application(program, organization=startup, actor=founder)
    with pytest.raises(PermissionDenied):
        save_application(app, answers={"summary": "hijack"}, actor=UserFactory())
    app.refresh_from_db()
    assert app.answers == {}
