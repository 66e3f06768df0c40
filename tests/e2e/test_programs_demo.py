"""The demo's Seoul–BMS challenge in a browser, in Korean: operator console, blind reviewer list,
and the selected demo startup booking a BMS coaching session."""

import pytest

from biobridge.directory.demo import load_demo_directory
from biobridge.programs.demo import TITLE_KO, demo_lines
from biobridge.programs.models import Booking, Program
from tests.e2e.conftest import login, screenshot

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]


@pytest.fixture
def demo(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    load_demo_directory()
    demo_lines()
    return Program.objects.get(title_ko=TITLE_KO)


def test_demo_challenge_walkthrough(page, demo):
    login(page, "operator@biobridge.demo", "biobridge-demo", lang="ko")
    page.goto(f"/ko/programs/{demo.pk}/console/?stage=pitch")
    rows = page.locator("[data-testid=ranking] tbody tr")
    assert rows.count() == 10
    assert page.locator("[data-testid=budget-remaining]").inner_text() == "0"
    screenshot(page, "programs-demo-console-pitch")
    page.click("text=로그아웃")

    login(page, "reviewer@biobridge.demo", "biobridge-demo", lang="ko")
    page.goto("/ko/programs/reviews/")
    assert page.locator("[data-testid=assignments] tbody tr").count() >= 15
    assert "온코브릿지" not in page.content()  # blind review
    screenshot(page, "programs-demo-reviewer-list")
    page.click("text=로그아웃")

    login(page, "startup@biobridge.demo", "biobridge-demo", lang="ko")
    page.goto("/ko/programs/")
    page.click(f"text={TITLE_KO}")
    screenshot(page, "programs-demo-call-page")
    page.click("text=지원서 열기")
    assert page.locator("[data-testid=award]").is_visible()
    screenshot(page, "programs-demo-startup-application")
    page.goto("/ko/programs/coaching/")
    first_open = page.locator("[data-testid=coaching-slots] button").first
    first_open.click()
    page.wait_for_selector("text=예약했습니다.")
    screenshot(page, "programs-demo-startup-coaching")
    assert Booking.objects.filter(organization__name_ko="온코브릿지 (데모)").count() == 2
