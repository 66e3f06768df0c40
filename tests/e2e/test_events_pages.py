"""Events in a real browser: list → event page with the program in Korean and English."""

import pytest

from biobridge.directory.demo import load_demo_directory
from biobridge.events.demo import load_demo_events
from tests.e2e.conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def demo(db):
    load_demo_directory()
    load_demo_events()


def test_event_list_to_bix_program_in_korean_and_english(page, demo):
    page.goto("/ko/")
    page.click("nav.mainnav >> text=행사")
    page.wait_for_url("**/ko/events/")
    assert page.locator("h1").inner_text() == "행사"
    screenshot(page, "events-list-ko")
    page.click("a.title >> text=바이오플러스-인터펙스 코리아 2023")
    assert page.locator("h1").inner_text() == "바이오플러스-인터펙스 코리아 2023"
    assert page.locator("[data-testid=event-dates]").inner_text() == "2023년 7월 12일 – 2023년 7월 14일"
    assert page.locator("[data-testid=program-zone]").inner_text() == (
        "모든 시간은 Asia/Seoul (KST, UTC+09:00) 기준입니다."
    )
    talk = page.locator("tr.session", has_text="미 바이오기술·제조 행정명령과 BIO USA 2023 디브리핑")
    assert talk.locator("td.time").inner_text() == "10:00–11:30"
    assert "낸시 트래비스" in talk.inner_text()
    assert (
        page.locator("[data-testid=registration-box], .registration-box").inner_text().count("등록이 마감")
        == 1
    )
    screenshot(page, "event-bix-ko")

    page.click("[data-testid=lang-en]")
    page.wait_for_url("**/en/events/bix-2023/")
    assert page.locator("h1").inner_text() == "BioPlus-Interphex Korea 2023 (BIX)"
    talk = page.locator("tr.session", has_text="BIO USA 2023 debriefing")
    assert "Nancy Travis" in talk.inner_text()
    talk.locator("a", has_text="Biotechnology Innovation Organization").click()
    page.wait_for_selector("[data-testid=org-name]")
    assert page.locator("[data-testid=org-name]").inner_text() == "Biotechnology Innovation Organization"
    page.go_back()
    screenshot(page, "event-bix-en")


def test_seminar_series_lists_its_four_seminars(page, demo):
    page.goto("/en/events/siheung-k-bio-2023/")
    cards = page.locator("[data-testid=event-card]")
    assert cards.count() == 4
    assert cards.nth(1).locator(".badge.warn").inner_text() == "Planned (to be confirmed)"
    screenshot(page, "event-series-siheung-en")
    cards.first.locator("a.title").click()
    panel = page.locator("tr.session", has_text="Panel discussion")
    assert "Jung Jin-hyun" in panel.inner_text() and "T&R Biofab" in panel.inner_text()
    screenshot(page, "event-seminar-1-en")
