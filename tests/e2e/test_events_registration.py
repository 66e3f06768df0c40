"""Registration in a real browser: register, wait-list, cancel → promotion, organiser check-in, CSV import."""

import pytest

from biobridge.events.models import Registration
from tests.e2e.conftest import login, screenshot
from tests.events.conftest import make_event
from tests.factories import OrganizationFactory, UserFactory, make_member

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "test-pass-123"


@pytest.fixture
def setup(db):
    host = OrganizationFactory(
        name_ko="주최바이오협회", name_en="Host Bio Association", org_type="association"
    )
    event = make_event(
        slug="k-bio-day", name_ko="K-바이오 데모데이", name_en="K-Bio Demo Day", kind="demo_day", capacity=1
    )
    event.organizers.add(host)
    organizer = make_member(host, role="admin", email="host@example.com", name="주최 담당자")
    alice = UserFactory(email="alice@example.com", name="김앨리스")
    bob = UserFactory(email="bob@example.com", name="박밥", preferred_language="en")
    return event, organizer, alice, bob


@pytest.fixture
def other_page(browser, live_server):
    """Pages in separate browser contexts (other people), closed after the test."""
    contexts = []

    def make():
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1280, "height": 900}, locale="en-US"
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield make
    for context in contexts:
        context.close()


def test_register_waitlist_cancel_promotes_and_organizer_checks_in(page, other_page, setup, mailoutbox):
    _event, _organizer, _alice, bob = setup
    login(page, "alice@example.com", PASSWORD, lang="ko")
    page.goto("/ko/events/k-bio-day/")
    page.fill("#id_job_title", "대표")
    page.click("[data-testid=register]")
    assert page.locator("[data-testid=registration-status]").inner_text() == "등록되었습니다."
    screenshot(page, "event-registered-ko")

    bob_page = other_page()
    login(bob_page, "bob@example.com", PASSWORD, lang="en")
    bob_page.goto("/en/events/k-bio-day/")
    bob_page.click("[data-testid=register]")
    assert bob_page.locator("[data-testid=registration-status]").inner_text() == (
        "You are on the wait-list. We will e-mail you when a seat becomes free."
    )
    screenshot(bob_page, "event-waitlisted-en")

    page.click("[data-testid=cancel-registration]")
    page.wait_for_selector("text=등록이 취소되었습니다.")
    bob_page.reload()
    assert bob_page.locator("[data-testid=registration-status]").inner_text() == "You are registered."
    assert [(m.to, m.subject) for m in mailoutbox] == [
        (["bob@example.com"], "Your seat at K-Bio Demo Day is confirmed")
    ]
    screenshot(bob_page, "event-promoted-en")

    page = other_page()
    login(page, "host@example.com", PASSWORD, lang="ko")
    page.goto("/ko/events/k-bio-day/")
    page.click("text=주최 측 관리 화면")
    row = page.locator("[data-testid=registrant-row]", has_text="bob@example.com")
    row.locator("[data-testid=check-in]").click()
    page.wait_for_selector("[data-testid=registrant-row] >> [data-testid=checked-in-at]")
    assert Registration.objects.get(user=bob, status="confirmed").checked_in_at is not None
    page.fill("#id_q", "alice")
    page.wait_for_function("document.querySelectorAll('[data-testid=registrant-row]').length == 1")
    assert "alice@example.com" in page.locator("[data-testid=registrant-row]").inner_text()
    screenshot(page, "event-manage-ko")


def test_csv_import_with_a_bad_row_shows_the_row_and_imports_nothing(page, setup, tmp_path):
    event = setup[0]
    csv_file = tmp_path / "registrants.csv"
    csv_file.write_text(
        "email,name,organisation,job title,ticket type\n"
        "new@example.com,새 참가자,주최바이오협회,연구원,\n"
        "not-an-email,잘못된 행,,,\n",
        encoding="utf-8-sig",
    )
    login(page, "host@example.com", PASSWORD, lang="ko")
    page.goto("/ko/events/k-bio-day/manage/")
    page.click("[data-testid=import-csv]")
    page.set_input_files("#id_file", str(csv_file))
    page.click("[data-testid=upload]")
    errors = page.locator("[data-testid=import-error]")
    assert errors.count() == 1
    assert errors.first.inner_text() == "3\t“not-an-email”은(는) 올바른 이메일 주소가 아닙니다."
    assert event.registrations.count() == 0
    screenshot(page, "event-import-error-ko")

    csv_file.write_text(
        "email,name,organisation,job title,ticket type\n"
        "new@example.com,새 참가자,Host Bio Association,연구원,\n",
        encoding="utf-8-sig",
    )
    page.set_input_files("#id_file", str(csv_file))
    page.click("[data-testid=upload]")
    page.wait_for_selector("text=등록자 1명을 가져왔습니다.")
    assert page.locator("[data-testid=count-confirmed]").inner_text() == "1"
    screenshot(page, "event-import-done-ko")
