"""Programs in a real browser: apply with a file, blind review, operator selection, coaching booking."""
# ruff: noqa: F811  (the programs fixtures are imported by name and requested as arguments)

from datetime import timedelta

import pytest
from django.utils import timezone

from biobridge.programs.enums import ApplicationState, SlotKind, StageKind
from biobridge.programs.models import Application, Award, Booking, Review, ReviewAssignment
from biobridge.programs.services.coaching import SlotData, match_mentor, publish_slot
from biobridge.programs.services.selection import advance_applications, select_application
from tests.e2e.conftest import login, screenshot
from tests.factories.accounts import PASSWORD
from tests.programs.conftest import (  # noqa: F401  (fixtures)
    PDF,
    _private_media,
    founder,
    host,
    operator,
    program,
    stage_of,
    startup,
)
from tests.programs.helpers import reviewer, submitted

pytestmark = pytest.mark.django_db(transaction=True)


def test_apply_with_an_attachment(page, program, founder, startup, tmp_path):
    deck = tmp_path / "onco-deck.pdf"
    deck.write_bytes(PDF)
    login(page, founder.email, PASSWORD, lang="en")
    page.goto(f"/en/programs/{program.pk}/")
    page.click("text=Start an application")
    page.fill("#id_summary", "ADC platform for solid tumours")
    page.fill("#id_employees", "7")
    page.select_option("#id_phase", "preclinical")
    page.set_input_files("#id_deck", str(deck))
    screenshot(page, "programs-apply-form")
    page.click("button[value=submit]")
    page.wait_for_selector("[data-testid=app-state] >> text=Submitted")
    assert page.locator("[data-testid=versions] li").count() == 1
    screenshot(page, "programs-apply-submitted")
    app = Application.objects.get()
    assert (app.state, app.answers["summary"], app.attachments.get().original_name) == (
        ApplicationState.SUBMITTED,
        "ADC platform for solid tumours",
        "onco-deck.pdf",
    )


def test_apply_refuses_a_fake_pdf(page, program, founder, startup, tmp_path):
    fake = tmp_path / "deck.pdf"
    fake.write_bytes(b"<html>not a pdf</html>")
    login(page, founder.email, PASSWORD, lang="en")
    page.goto(f"/en/programs/{program.pk}/")
    page.click("text=Start an application")
    page.fill("#id_summary", "x")
    page.set_input_files("#id_deck", str(fake))
    page.click("button[value=submit]")
    page.wait_for_selector(".has-error >> text=Only PDF")
    assert Application.objects.get().state == ApplicationState.DRAFT


def test_blind_review_as_a_reviewer(page, program, operator):
    program.blind_review = True
    program.save()
    app, _owner = submitted(program, name="비밀바이오")
    advance_applications(program, [app.pk], actor=operator)
    me = reviewer()
    ReviewAssignment.objects.create(stage=stage_of(program, StageKind.REVIEW), application=app, reviewer=me)
    login(page, me.email, PASSWORD, lang="en")
    page.goto("/en/programs/reviews/")
    assert "비밀바이오" not in page.content()
    page.click(f"text=Application #{app.pk}")
    assert "비밀바이오" not in page.content() and "deck.pdf" not in page.content()
    technology, business = program.criteria.order_by("position")
    page.select_option(f"#id_criterion_{technology.pk}", "5")
    page.select_option(f"#id_criterion_{business.pk}", "3")
    page.fill("#id_comment", "Strong data package")
    screenshot(page, "programs-review-blind")
    page.click("text=Submit review")
    page.wait_for_selector("text=Review saved.")
    assert (Review.objects.get().total, Review.objects.get().comment) == (87.5, "Strong data package")


def test_select_as_operator(page, program, operator):
    app, _owner = submitted(program, name="선정후보바이오")
    for _ in range(2):
        advance_applications(program, [app.pk], actor=operator)
    login(page, operator.email, PASSWORD, lang="en")
    page.goto(f"/en/programs/{program.pk}/console/?stage=pitch")
    page.fill(f"#amount-{app.pk}", "40000000")
    page.click(f"[data-testid=select-{app.pk}]")
    page.wait_for_selector("text=selected; the applicant is notified")
    assert page.locator("[data-testid=budget-remaining]").inner_text() == "40,000,000"
    screenshot(page, "programs-console-selected")
    assert Award.objects.get().amount == 40_000_000
    assert Application.objects.get().state == ApplicationState.SELECTED


def test_book_a_coaching_slot_as_selected_startup(page, program, operator):
    app, owner = submitted(program, name="코칭바이오")
    select_application(app, amount=40_000_000, actor=operator)
    mentor = reviewer(["oncology"], roles=["mentor"])
    match_mentor(app, mentor=mentor, actor=operator)
    start = timezone.now() + timedelta(days=3)
    slot = publish_slot(
        host=mentor,
        data=SlotData(
            kind=SlotKind.COACHING, starts_at=start, ends_at=start + timedelta(hours=1), program=program
        ),
    )
    login(page, owner.email, PASSWORD, lang="en")
    page.goto("/en/programs/coaching/")
    page.fill(f"#topic-{slot.pk}", "Licensing strategy")
    page.click(f"[data-testid=book-{slot.pk}]")
    page.wait_for_selector("text=Booked.")
    assert page.locator("[data-testid=my-sessions] >> text=Licensing strategy").is_visible()
    screenshot(page, "programs-coaching-booked")
    page.click("[data-testid=my-sessions] a")
    page.fill("#id_text", "Questions: BMS pipeline fit")
    page.click("button[value=note]")
    page.wait_for_selector("text=Questions: BMS pipeline fit")
    booking = Booking.objects.get()
    assert (booking.organization, booking.topic) == (app.organization, "Licensing strategy")


def test_reviewer_declares_expertise_and_conflict_in_korean(page, startup):
    from biobridge.programs.models import DeclaredConflict, ExpertProfile

    me = reviewer(["vaccine"])
    login(page, me.email, PASSWORD, lang="ko")
    page.goto("/ko/programs/")
    page.click("text=전문 분야와 이해충돌")
    page.select_option("#id_expertise", ["oncology", "hematology"])
    page.fill("#id_capacity", "12")
    page.click("[data-testid=save-expertise]")
    page.wait_for_selector("text=저장했습니다.")
    page.select_option("#id_organization", str(startup.pk))
    page.select_option("#id_kind", "advises")
    page.click("[data-testid=declare-conflict]")
    page.wait_for_selector("[data-testid=conflicts] >> text=테스트온코")
    screenshot(page, "programs-expertise-ko")
    profile = ExpertProfile.objects.get(user=me)
    assert sorted(profile.expertise.values_list("key", flat=True)) == ["hematology", "oncology"]
    assert profile.capacity == 12
    assert list(DeclaredConflict.objects.values_list("organization", "kind")) == [(startup.pk, "advises")]


def test_operator_builds_the_form_then_applicant_sees_it(page, program, operator, founder, startup):
    login(page, operator.email, PASSWORD, lang="ko")
    page.goto(f"/ko/programs/{program.pk}/console/")
    page.click("text=신청서와 평가표")
    page.fill("#id_key", "funding")
    page.select_option("#id_kind", "choice")
    page.fill("#id_label_ko", "투자 단계")
    page.fill("#id_label_en", "Funding stage")
    page.fill("#id_options", "seed | 시드 | Seed\nseries_a | 시리즈 A | Series A")
    page.click("[data-testid=add-question]")
    page.wait_for_selector("[data-testid=questions] >> text=투자 단계")
    screenshot(page, "programs-setup-ko")
    page.click("text=로그아웃")
    login(page, founder.email, PASSWORD, lang="ko")
    page.goto(f"/ko/programs/{program.pk}/")
    page.click("text=지원서 작성 시작")
    page.select_option("#id_funding", "series_a")
    assert page.locator("#id_funding option:checked").inner_text() == "시리즈 A"
