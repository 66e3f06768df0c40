"""Browser test of the organiser console and the after-event pages: settings with named tables,
run/publish, a refused and an accepted manual move, attendance, a minimal-move re-run, the
dashboard charts, and a participant's profile and feedback."""

from datetime import date, time

import pytest

from biobridge.events.models import Event, Registration
from biobridge.partnering.models import Meeting
from biobridge.partnering.services import (
    ProfileData,
    SettingsData,
    save_profile,
    send_meeting_request,
    set_request_state,
    update_partnering_settings,
)
from tests.e2e.conftest import login, screenshot
from tests.factories import OrganizationFactory, make_member

PASSWORD = "test-pass-123"


def _participant(event, person: str, org_name: str, org_type: str, country: str = "KR"):
    org = OrganizationFactory(name_ko=org_name, name_en=f"{person} Corp", org_type=org_type, country=country)
    user = make_member(org, role="owner", name=person, email=f"{person.lower()}@example.com")
    Registration.objects.create(event=event, user=user, organization=org, job_title="CEO")
    return save_profile(event, user=user, data=ProfileData())


@pytest.fixture
def world(transactional_db):
    host = OrganizationFactory(name_ko="한국바이오협회", name_en="KoreaBIO", org_type="association")
    event = Event.objects.create(
        name_ko="BIX 2024 지난 행사",
        name_en="BIX 2024 (past)",
        slug="bix-past",
        kind="convention",
        timezone="Asia/Seoul",
        starts_on=date(2024, 7, 12),
        ends_on=date(2024, 7, 12),
    )
    event.organizers.add(host)
    organizer = make_member(host, role="admin", name="Organiser", email="host@example.com")
    update_partnering_settings(
        event,
        actor=organizer,
        data=SettingsData(day_start=time(10, 0), day_end=time(12, 0), slot_minutes=30, tables=4),
    )
    alice = _participant(event, "Alice", "온코바이오", "startup")
    bob = _participant(event, "Bob", "글로벌파마", "big_pharma", "US")
    carol = _participant(event, "Carol", "씨디엠오원", "cdmo")
    for sender, recipient in ((alice, bob), (carol, bob), (alice, carol)):
        req = send_meeting_request(event, sender_user=sender.user, recipient_id=recipient.pk, message="hi")
        set_request_state(req, "accepted", actor=recipient.user)
    return {"event": event, "alice": alice, "bob": bob, "carol": carol}


def test_console_settings_move_attendance_rerun_dashboard_and_feedback(page, world):
    login(page, "host@example.com", PASSWORD, "ko")
    page.goto("/ko/partnering/bix-past/console/settings/")
    page.fill("textarea[name=named_tables]", "A룸, 4\nB룸, 2")
    page.fill("textarea[name=breaks]", "10:30-10:00")
    page.get_by_test_id("save-settings").click()
    assert "휴식 시간은 HH:MM-HH:MM 형식이고" in page.inner_text(".has-error")
    screenshot(page, "partnering-10-settings-error-ko")
    page.fill("textarea[name=breaks]", "")
    page.get_by_test_id("save-settings").click()
    page.wait_for_load_state("networkidle")
    assert "파트너링 설정을 저장했습니다." in page.inner_text(".messages")
    assert "테이블 2개" in page.inner_text("main")

    page.get_by_test_id("run-scheduler").click()
    assert page.get_by_test_id("run-scheduled").inner_text() == "3"
    page.get_by_test_id("publish").click()
    page.wait_for_load_state("networkidle")

    # A refused move (Bob is busy in the target slot), then a good one.
    m1, m2, m3 = Meeting.objects.order_by("request_id")
    page.goto(f"/ko/partnering/bix-past/console/meetings/{m1.pk}/")
    page.select_option("select[name=slot]", m2.slot_id)
    page.fill("input[name=table]", "2")
    page.get_by_test_id("move-meeting").click()
    assert "참가자 중 한 명이 이 시간에 이미 미팅이 있습니다." in page.inner_text(".has-error")
    screenshot(page, "partnering-11-move-refused-ko")
    busy = {m.slot_id for m in (m1, m2, m3)}
    free = next(
        s
        for s in ("2024-07-12T10:00", "2024-07-12T10:30", "2024-07-12T11:00", "2024-07-12T11:30")
        if s not in busy
    )
    page.select_option("select[name=slot]", free)
    page.get_by_test_id("move-meeting").click()
    page.wait_for_load_state("networkidle")
    assert "미팅을 옮겼습니다." in page.inner_text(".messages")
    m1.refresh_from_db()
    assert m1.slot_id == free

    # Attendance, then a re-run that moves nothing already published.
    page.select_option(f"#att-{m1.pk}", "held")
    page.get_by_test_id(f"meeting-{m1.pk}").get_by_role("button", name="저장").click()
    page.wait_for_load_state("networkidle")
    m1.refresh_from_db()
    assert m1.attendance == "held"
    screenshot(page, "partnering-12-console-ko")
    page.get_by_test_id("run-scheduler").click()
    assert page.get_by_test_id("run-moved").inner_text() == "0"

    page.goto("/ko/partnering/bix-past/console/dashboard/")
    assert page.locator("svg.bars").count() == 4
    assert page.get_by_test_id("acceptance-rate").inner_text() == "100%"
    screenshot(page, "partnering-13-dashboard-ko")

    # Alice edits her profile and gives feedback on the meeting.
    page.context.clear_cookies()
    login(page, "alice@example.com", PASSWORD, "en")
    page.goto("/en/partnering/bix-past/profile/")
    page.fill("textarea[name=summary]", "HER2 ADC startup looking for a CDMO")
    page.check("input[name=unavailable][value='2024-07-12T11:30']")
    page.get_by_test_id("save-profile").click()
    page.wait_for_load_state("networkidle")
    assert "Your partnering profile is saved." in page.inner_text(".messages")
    world["alice"].refresh_from_db()
    assert world["alice"].unavailable == ["2024-07-12T11:30"]
    page.goto("/en/partnering/bix-past/agenda/")
    screenshot(page, "partnering-14-agenda-en")
    page.get_by_role("link", name="Give feedback").first.click()
    page.check("input[name=rating][value='5']")
    page.check("input[name=follow_up]")
    page.get_by_test_id("save-feedback").click()
    page.wait_for_load_state("networkidle")
    assert "Thank you for your feedback." in page.inner_text(".messages")
    assert "Given, thank you" in page.inner_text("table.agenda")
