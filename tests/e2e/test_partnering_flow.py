"""Browser test of the partnering flow the issue asks for: two participants request/accept, the
organiser runs the scheduler and publishes, both see the meeting in their agenda and download a
valid .ics; a declined request never appears."""

from datetime import date, time
from zoneinfo import ZoneInfo

import icalendar
import pytest

from biobridge.events.models import Event, Registration
from biobridge.partnering.services import ProfileData, SettingsData, save_profile, update_partnering_settings
from tests.e2e.conftest import login, screenshot
from tests.factories import OrganizationFactory, make_member

PASSWORD = "test-pass-123"
SEOUL = ZoneInfo("Asia/Seoul")


def _participant(event, person: str, name_ko: str, name_en: str, org_type: str, lang: str = "ko"):
    org = OrganizationFactory(name_ko=name_ko, name_en=name_en, org_type=org_type)
    user = make_member(org, role="owner", name=person, email=f"{person.lower()}@example.com")
    user.preferred_language = lang
    user.save()
    Registration.objects.create(event=event, user=user, organization=org, job_title="BD")
    return save_profile(event, user=user, data=ProfileData(summary=f"{name_ko} 파트너링 프로필"))


@pytest.fixture
def world(transactional_db):
    host = OrganizationFactory(name_ko="한국바이오협회", name_en="KoreaBIO", org_type="association")
    event = Event.objects.create(
        name_ko="BIX 2030 테스트",
        name_en="BIX 2030 Test",
        slug="bix-e2e",
        kind="convention",
        timezone="Asia/Seoul",
        starts_on=date(2030, 7, 12),
        ends_on=date(2030, 7, 12),
    )
    event.organizers.add(host)
    organizer = make_member(host, role="admin", name="Organiser", email="host@example.com")
    update_partnering_settings(
        event,
        actor=organizer,
        data=SettingsData(
            day_start=time(10, 0), day_end=time(12, 0), slot_minutes=30, breaks=[("11:00", "11:30")], tables=4
        ),
    )
    return {
        "event": event,
        "alice": _participant(event, "Alice", "온코바이오", "Onco Bio", "startup"),
        "bob": _participant(event, "Bob", "글로벌파마", "Global Pharma", "big_pharma", "en"),
        "carol": _participant(event, "Carol", "씨디엠오원", "CDMO One", "cdmo"),
    }


def _as(browser, live_server, email: str, lang: str = "ko"):
    context = browser.new_context(
        base_url=live_server.url,
        viewport={"width": 1280, "height": 900},
        locale="ko-KR",
        accept_downloads=True,
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    login(page, email, PASSWORD, lang)
    return page


def _download_ics(page, tmp_path, who: str):
    with page.expect_download() as info:
        page.get_by_test_id("download-ics").click()
    path = tmp_path / f"{who}.ics"
    info.value.save_as(path)
    return icalendar.Calendar.from_ical(path.read_bytes())


def test_request_accept_schedule_publish_agenda_and_ics(browser, live_server, world, tmp_path):
    alice, bob, carol = world["alice"], world["bob"], world["carol"]

    # Alice finds Bob and asks for a meeting.
    page = _as(browser, live_server, "alice@example.com")
    page.goto("/ko/partnering/")
    page.get_by_role("link", name="BIX 2030 테스트").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_test_id("result-count").inner_text() == "참가자 2명"
    screenshot(page, "partnering-01-browse-ko")
    page.get_by_test_id(f"request-{bob.pk}").click()
    page.fill("textarea[name=message]", "ADC 공동개발을 논의하고 싶습니다.")
    page.get_by_test_id("send-request").click()
    page.wait_for_load_state("networkidle")
    assert "요청을 보냈습니다." in page.inner_text(".messages")

    # Carol asks Alice; Alice declines with a reason.
    carol_page = _as(browser, live_server, "carol@example.com")
    carol_page.goto(f"/ko/partnering/bix-e2e/request/{alice.pk}/")
    carol_page.fill("textarea[name=message]", "CDMO 서비스를 소개하고 싶습니다.")
    carol_page.get_by_test_id("send-request").click()
    page.goto("/ko/partnering/bix-e2e/requests/")
    declined_id = carol.sent_requests.get().pk
    page.fill(f"#reason-{declined_id}", "이번에는 일정이 맞지 않습니다")
    page.get_by_test_id(f"decline-{declined_id}").click()
    page.wait_for_load_state("networkidle")
    assert "거절됨" in page.get_by_test_id(f"incoming-{declined_id}").inner_text()
    screenshot(page, "partnering-02-requests-alice-ko")

    # Bob (English) accepts Alice's request.
    bob_page = _as(browser, live_server, "bob@example.com", "en")
    bob_page.goto("/en/partnering/bix-e2e/requests/")
    accepted_id = alice.sent_requests.get().pk
    assert (
        "ADC 공동개발을 논의하고 싶습니다." in bob_page.get_by_test_id(f"incoming-{accepted_id}").inner_text()
    )
    bob_page.get_by_test_id(f"accept-{accepted_id}").click()
    bob_page.wait_for_load_state("networkidle")
    assert "Accepted" in bob_page.get_by_test_id(f"incoming-{accepted_id}").inner_text()
    screenshot(bob_page, "partnering-03-requests-bob-en")

    # The organiser runs the scheduler, reviews and publishes.
    host = _as(browser, live_server, "host@example.com")
    host.goto("/ko/partnering/bix-e2e/console/")
    assert host.get_by_test_id("count-accepted").inner_text() == "1"
    assert host.get_by_test_id("count-declined").inner_text() == "1"
    host.get_by_test_id("run-scheduler").click()
    host.wait_for_load_state("networkidle")
    assert host.get_by_test_id("run-scheduled").inner_text() == "1"
    assert host.get_by_test_id("run-row").count() == 1
    screenshot(host, "partnering-04-run-review-ko")
    host.get_by_test_id("publish").click()
    host.wait_for_load_state("networkidle")
    assert "일정을 게시했습니다: 신규 1건" in host.inner_text(".messages")
    screenshot(host, "partnering-05-console-published-ko")

    meeting = alice.sent_requests.get().meeting
    local_start = meeting.starts_at.astimezone(SEOUL)

    # Both see the meeting in their agenda, in the event's zone, and download a valid .ics.
    for who, p, lang, other in (("alice", page, "ko", "Bob"), ("bob", bob_page, "en", "Alice")):
        p.goto(f"/{lang}/partnering/bix-e2e/agenda/")
        rows = p.get_by_test_id("agenda-item")
        assert rows.count() == 1
        text = rows.first.inner_text()
        assert f"{local_start:%Y-%m-%d}" in text and f"{local_start:%H:%M}" in text and "Asia/Seoul" in text
        assert other in text
        assert "Carol" not in p.content()  # the declined request never appears
        screenshot(p, f"partnering-06-agenda-{who}-{lang}")
        [vevent] = _download_ics(p, tmp_path, who).walk("VEVENT")
        assert vevent.decoded("dtstart") == meeting.starts_at
        assert vevent.decoded("dtstart").astimezone(SEOUL).hour == local_start.hour
        assert vevent.decoded("dtend") == meeting.ends_at
        assert str(vevent["uid"]) == f"partnering-meeting-{meeting.pk}@biobridge"

    carol_page.goto("/ko/partnering/bix-e2e/agenda/")
    assert carol_page.get_by_test_id("agenda-item").count() == 0
    for p in (page, carol_page, bob_page, host):
        p.context.close()
