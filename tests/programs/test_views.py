"""Pages: what each person sees, query-count guards on list pages, forms that refuse bad input."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from biobridge.programs.enums import ApplicationState, SlotKind, StageKind
from biobridge.programs.models import Application, Attachment, ReviewAssignment, Slot
from biobridge.programs.services.assigning import run_assignment
from biobridge.programs.services.coaching import SlotData, publish_slot
from biobridge.programs.services.selection import advance_applications
from tests.factories import OrganizationFactory, make_member
from tests.programs.conftest import stage_of, upload
from tests.programs.helpers import reviewer, submitted

pytestmark = pytest.mark.django_db


def test_index_lists_programs_within_query_budget(client, program, founder, django_assert_max_num_queries):
    for _ in range(3):
        submitted(program)
    client.force_login(founder)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("programs:index"))
    assert response.status_code == 200
    assert "서울-호스트 챌린지" in response.content.decode()


def test_detail_shows_eligibility_reasons(client, program):
    old = OrganizationFactory(name_ko="오래된회사", org_type="sme", region="busan", founded_year=2000)
    client.force_login(make_member(old))
    page = client.get(reverse("programs:detail", args=[program.pk])).content.decode()
    assert "2000" in page and "Start an application" not in page and "지원서 작성 시작" not in page


def test_apply_page_flow_and_errors_next_to_fields(client, program, startup, founder):
    client.force_login(founder)
    response = client.post(reverse("programs:apply", args=[program.pk]), {"organization": startup.pk})
    app = Application.objects.get()
    assert response["Location"] == app.get_absolute_url()
    url = app.get_absolute_url()
    bad = client.post(url, {"summary": "", "employees": "x", "action": "submit"})
    assert bad.status_code == 200
    assert bad.context["form"].errors["employees"]
    ok = client.post(url, {"summary": "요약", "deck": upload(), "action": "submit"})
    assert ok.status_code == 302
    app.refresh_from_db()
    assert app.state == ApplicationState.SUBMITTED and Attachment.objects.count() == 1


def test_reviews_and_console_within_query_budget(client, program, operator, django_assert_max_num_queries):
    apps = [submitted(program)[0] for _ in range(6)]
    advance_applications(program, [a.pk for a in apps], actor=operator)
    mine = reviewer(capacity=10)
    reviewer(capacity=10)
    run_assignment(program, stage=stage_of(program, StageKind.REVIEW), actor=operator)
    client.force_login(mine)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("programs:reviews")).status_code == 200
    client.force_login(operator)
    with django_assert_max_num_queries(30):
        response = client.get(reverse("programs:console", args=[program.pk]) + "?stage=review")
    assert len(response.context["ranking"]) == 6


def test_console_assign_button_runs_solver(client, program, operator):
    apps = [submitted(program)[0] for _ in range(2)]
    advance_applications(program, [a.pk for a in apps], actor=operator)
    reviewer(capacity=5), reviewer(capacity=5)
    client.force_login(operator)
    url = reverse("programs:console", args=[program.pk]) + "?stage=review"
    client.post(url, {"action": "assign"})
    assert ReviewAssignment.objects.count() == 4


def test_console_select_over_budget_shows_error(client, program, operator):
    app, _o = submitted(program)
    client.force_login(operator)
    url = reverse("programs:console", args=[program.pk]) + "?stage=documents"
    response = client.post(
        url, {"action": "select", "application": app.pk, "amount": "90000000"}, follow=True
    )
    assert [str(m) for m in response.context["messages"]] == ["남은 예산은 80,000,000 KRW뿐입니다."]
    app.refresh_from_db()
    assert app.state == ApplicationState.SUBMITTED


def test_coaching_page_within_query_budget_and_booking(client, host, django_assert_max_num_queries):
    office = make_member(host, roles=["mentor"])
    start = timezone.now() + timedelta(days=1)
    for i in range(4):
        publish_slot(
            host=office,
            data=SlotData(
                kind=SlotKind.OFFICE_HOURS,
                starts_at=start + timedelta(hours=i),
                ends_at=start + timedelta(hours=i, minutes=45),
                host_organization=host,
            ),
        )
    org = OrganizationFactory()
    visitor = make_member(org)
    client.force_login(visitor)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("programs:coaching")).status_code == 200
    slot = Slot.objects.first()
    client.post(reverse("programs:coaching"), {"slot": slot.pk, "organization": org.pk, "topic": "상담"})
    assert slot.bookings.get().topic == "상담"
    other = make_member(OrganizationFactory())
    client.force_login(other)
    booking = slot.bookings.get()
    assert client.get(reverse("programs:booking", args=[booking.pk])).status_code == 404


def test_operator_builds_programs_in_the_admin(client, program, operator, founder):
    client.force_login(operator)
    assert client.get("/ko/admin/programs/program/add/").status_code == 200
    page = client.get(f"/ko/admin/programs/program/{program.pk}/change/").content.decode()
    assert "기술 요약" in page  # the form's questions are inline
    assert client.get("/ko/admin/programs/application/").status_code == 200
    client.force_login(founder)
    assert client.get("/ko/admin/programs/program/add/").status_code == 302  # not staff: to the login


def test_operator_adds_questions_and_criteria(client, program, operator, founder):
    from biobridge.programs.models import Criterion, FormField

    url = reverse("programs:setup", args=[program.pk])
    client.force_login(founder)
    assert (
        client.post(url, {"action": "question", "key": "x", "kind": "text", "label_ko": "x"}).status_code
        == 403
    )
    client.force_login(operator)
    ok = client.post(
        url,
        {
            "action": "question",
            "key": "stage2",
            "kind": "choice",
            "label_ko": "투자 단계",
            "label_en": "Funding stage",
            "required": "on",
            "options": "seed | 시드 | Seed\nseries_a | 시리즈 A | Series A",
        },
    )
    assert ok.status_code == 302
    question = FormField.objects.get(key="stage2")
    assert (question.required, question.choices) == (
        True,
        [
            {"value": "seed", "ko": "시드", "en": "Seed"},
            {"value": "series_a", "ko": "시리즈 A", "en": "Series A"},
        ],
    )
    bad = client.post(url, {"action": "question", "key": "summary", "kind": "choice"})
    assert bad.status_code == 200
    # Key taken, no label, a choice without options.
    assert set(bad.context["question_form"].errors) == {"key", "label_ko", "options"}
    assert FormField.objects.filter(program=program).count() == 5
    client.post(
        url, {"action": "criterion", "name_ko": "글로벌 확장성", "weight": 2, "min_score": 1, "max_score": 10}
    )
    assert Criterion.objects.filter(program=program, name_ko="글로벌 확장성", max_score=10).exists()
    refused = client.post(
        url, {"action": "criterion", "name_ko": "역전", "weight": 1, "min_score": 5, "max_score": 1}
    )
    assert refused.context["criterion_form"].errors["max_score"]
    assert not Criterion.objects.filter(name_ko="역전").exists()


def test_withdraw_and_progress_report_from_the_page(client, program, operator):
    from biobridge.programs.models import ProgressReport
    from biobridge.programs.services.coaching import add_milestone
    from biobridge.programs.services.selection import select_application

    app, owner = submitted(program)
    client.force_login(make_member(OrganizationFactory()))
    assert client.post(app.get_absolute_url(), {"action": "withdraw"}).status_code == 404
    app.refresh_from_db()
    assert app.state == ApplicationState.SUBMITTED
    winner, winner_owner = submitted(program)
    select_application(winner, amount=1, actor=operator)
    milestone = add_milestone(
        winner, title_ko="전임상", title_en="", due_on=timezone.localdate(), actor=operator
    )
    client.force_login(winner_owner)
    client.post(
        winner.get_absolute_url(),
        {"action": "progress", "milestone": milestone.pk, "text": "절반", "percent": 50},
    )
    assert list(ProgressReport.objects.values_list("percent", "text")) == [(50, "절반")]
    client.force_login(owner)
    client.post(app.get_absolute_url(), {"action": "withdraw"})
    app.refresh_from_db()
    assert app.state == ApplicationState.WITHDRAWN
