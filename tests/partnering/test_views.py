import pytest
from django.test import Client

from biobridge.partnering.models import MeetingRequest, PartneringSettings, Profile, ScheduleRun
from biobridge.partnering.services import send_meeting_request, set_request_state

BASE = "/en/partnering/bix-test"


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_index_lists_events_with_partnering(event, config):
    response = Client().get("/en/partnering/")
    assert response.status_code == 200
    assert "BIX Test" in response.content.decode()


def test_browse_lists_other_participants_with_query_guard(
    make_participant, alice, django_assert_max_num_queries
):
    for i in range(6):
        make_participant(f"Guest{i}")
    client = client_for(alice.user)
    with django_assert_max_num_queries(20):  # constant in the number of participants
        response = client.get(f"{BASE}/")
    names = [p.display_name for p in response.context["page"]]
    assert names == [f"Guest{i}" for i in range(6)]
    assert response.context["recommendations"] == []  # nobody has tags to match on


def test_browse_htmx_returns_the_results_partial(alice, bob):
    response = client_for(alice.user).get(f"{BASE}/?q=bob", headers={"HX-Request": "true"})
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="results"')
    assert "Bob" in body


def test_registered_person_without_profile_is_sent_to_profile_page(event, config):
    from tests.partnering.conftest import register

    user = register(event, name="Newbie")
    response = client_for(user).get(f"{BASE}/")
    assert response.status_code == 302
    assert response["Location"] == f"{BASE}/profile/"
    response = client_for(user).post(f"{BASE}/profile/", {"role": "CSO", "summary": "ADC platform"})
    assert response.status_code == 302
    assert Profile.objects.get(user=user).role == "CSO"


def test_unregistered_person_is_refused(outsider, config):
    assert client_for(outsider).get(f"{BASE}/").status_code == 403
    assert client_for(outsider).get(f"{BASE}/profile/").status_code == 403
    assert Profile.objects.filter(user=outsider).count() == 0


def test_request_form_shows_error_for_duplicate(event, alice, bob):
    client = client_for(alice.user)
    assert (
        client.post(f"{BASE}/request/{bob.pk}/", {"message": "Hi", "format": "in_person"}).status_code == 302
    )
    response = client.post(f"{BASE}/request/{bob.pk}/", {"message": "Hi again", "format": "in_person"})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "There is already an open or accepted request between you two."
    ]
    assert MeetingRequest.objects.count() == 1


def test_accept_and_decline_buttons(event, alice, bob, carol):
    r1 = send_meeting_request(event, sender_user=alice.user, recipient_id=bob.pk)
    r2 = send_meeting_request(event, sender_user=carol.user, recipient_id=bob.pk)
    client = client_for(bob.user)
    client.post(f"{BASE}/requests/{r1.pk}/", {"action": "accept"})
    client.post(f"{BASE}/requests/{r2.pk}/", {"action": "decline", "reason": "Not now"})
    assert list(MeetingRequest.objects.order_by("pk").values_list("state", "decline_reason")) == [
        ("accepted", ""),
        ("declined", "Not now"),
    ]


def test_other_pairs_request_page_shows_only_own(event, alice, bob, carol):
    send_meeting_request(event, sender_user=alice.user, recipient_id=bob.pk, message="secret plan")
    body = client_for(carol.user).get(f"{BASE}/requests/").content.decode()
    assert "secret plan" not in body
    req = MeetingRequest.objects.get()
    assert client_for(carol.user).post(f"{BASE}/requests/{req.pk}/", {"action": "cancel"}).status_code == 404
    req.refresh_from_db()
    assert req.state == "pending"


def test_console_is_for_organizers_only(event, config, alice, organizer):
    assert client_for(alice.user).get(f"{BASE}/console/").status_code == 403
    assert client_for(alice.user).post(f"{BASE}/console/run/").status_code == 403
    assert ScheduleRun.objects.count() == 0
    assert client_for(organizer).get(f"{BASE}/console/").status_code == 200


def test_console_run_publish_and_agenda_page(
    event, organizer, accepted, alice, django_capture_on_commit_callbacks
):
    client = client_for(organizer)
    # In a test the queued task runs when the test transaction "commits", after the response,
    # so the console says the run is under way (in the embedded setup it is already done).
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{BASE}/console/run/")
    assert response["Location"] == f"{BASE}/console/"
    run = ScheduleRun.objects.get()
    assert client.get(response["Location"]).status_code == 200
    client.post(f"{BASE}/console/runs/{run.pk}/publish/")
    page = client_for(alice.user).get(f"{BASE}/agenda/")
    [item] = page.context["items"]
    assert (item.counterpart.display_name, item.zone, item.table) == (
        "Bob",
        "Asia/Seoul",
        str(item.meeting.table_number),
    )
    assert "Asia/Seoul" in page.content.decode()


def test_settings_form_saves_named_tables_and_refuses_bad_break(event, config, organizer):
    client = client_for(organizer)
    data = {
        "enabled": "on",
        "days": ["2030-07-12", "2030-07-13"],
        "day_start": "09:00",
        "day_end": "12:00",
        "slot_minutes": "20",
        "breaks": "10:30-11:00",
        "tables": "5",
        "named_tables": "Room A, 4\nRoom B, 2",
        "request_limit": "10",
        "request_deadline": "2030-07-10T18:00",
    }
    assert client.post(f"{BASE}/console/settings/", data).status_code == 302
    config = PartneringSettings.objects.get()
    assert (config.tables, config.slot_minutes, config.breaks) == (2, 20, [["10:30", "11:00"]])
    assert config.request_deadline.isoformat() == "2030-07-10T09:00:00+00:00"  # 18:00 in Seoul
    bad = client.post(f"{BASE}/console/settings/", {**data, "breaks": "11:00-10:00", "slot_minutes": "25"})
    assert bad.status_code == 200
    assert bad.context["form"].errors["breaks"] == [
        "A break is written HH:MM-HH:MM and ends after it starts: 11:00-10:00"
    ]
    assert PartneringSettings.objects.get().slot_minutes == 20


def test_ics_download(event, published_meeting, alice):
    response = client_for(alice.user).get(f"{BASE}/agenda.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert b"BEGIN:VEVENT" in response.content


def test_feedback_page(event, past_meeting, alice):
    client = client_for(alice.user)
    bad = client.post(f"{BASE}/meetings/{past_meeting.pk}/feedback/", {"rating": "9"})
    assert bad.status_code == 200
    assert past_meeting.feedback.count() == 0
    client.post(f"{BASE}/meetings/{past_meeting.pk}/feedback/", {"rating": "4", "follow_up": "on"})
    assert list(past_meeting.feedback.values_list("rating", "follow_up")) == [(4, True)]


def test_dashboard_counts(event, organizer, published_meeting, alice, carol):
    req = send_meeting_request(event, sender_user=carol.user, recipient_id=alice.pk)
    set_request_state(req, "declined", actor=alice.user)
    response = client_for(organizer).get(f"{BASE}/console/dashboard/")
    stats = response.context["stats"]
    assert (stats["requests_total"], stats["accepted"], stats["declined"], stats["acceptance_rate"]) == (
        2,
        1,
        1,
        50,
    )
    assert [(b.label, b.value) for b in stats["requests_by_type"]["rows"]] == [
        ("CDMO / CMO", 1),
        ("Startup", 1),
    ]
    assert [(b.label, b.value) for b in stats["meetings_by_country"]["rows"]] == [("KR", 1), ("US", 1)]
    assert "<svg" in response.content.decode()


@pytest.mark.parametrize("path", ["/agenda/", "/requests/", "/console/dashboard/"])
def test_anonymous_is_sent_to_login(event, config, path):
    response = Client().get(f"{BASE}{path}")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_browse_recommends_complementary_participants(event, make_participant):
    from biobridge.partnering.services import ProfileData

    biotech = make_participant("Bio", data=ProfileData(offering=["adc"], seeking=["cdmo_partner"]))
    make_participant(
        "Cdmo", org_type="cdmo", data=ProfileData(offering=["cdmo_manufacturing"], seeking=["adc"])
    )
    make_participant("Vc", org_type="investor", data=ProfileData(offering=["venture_investment"]))
    client = client_for(biotech.user)
    response = client.get(f"{BASE}/")
    recs = response.context["recommendations"]
    assert recs[0]["participant"].display_name == "Cdmo"
    assert recs[0]["reasons"]
    assert "Recommended for you" in response.content.decode()
    # Once asked, a person is no longer recommended.
    send_meeting_request(event, sender_user=biotech.user, recipient_id=recs[0]["participant"].pk)
    names = [r["participant"].display_name for r in client.get(f"{BASE}/").context["recommendations"]]
    assert "Cdmo" not in names
    # Filtered or HTMX result pages do not recompute recommendations.
    assert client.get(f"{BASE}/?q=cdmo").context["recommendations"] is None


def test_browse_shows_request_budget_and_deadline(event, config, alice, bob):
    from datetime import UTC, datetime

    config.request_deadline = datetime(2030, 7, 10, 9, 0, tzinfo=UTC)
    config.save()
    send_meeting_request(event, sender_user=alice.user, recipient_id=bob.pk)
    response = client_for(alice.user).get(f"{BASE}/")
    assert response.context["budget"]["used"] == 1
    body = response.content.decode()
    assert "You have used 1 of 3 meeting requests." in body
    assert "Requests close on 2030-07-10 18:00 (Asia/Seoul)." in body


def test_console_run_with_no_slots_is_refused_with_message(event, config, organizer, accepted):
    config.day_end = config.day_start
    config.save()
    response = client_for(organizer).post(f"{BASE}/console/run/", follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        "The partnering settings give no slots; check days and hours."
    ]
    assert ScheduleRun.objects.count() == 0


def test_admin_lists_partnering_models(published_meeting):
    from tests.factories import UserFactory

    admin_user = UserFactory(is_staff=True, is_superuser=True)
    client = client_for(admin_user)
    for model in ("partneringsettings", "profile", "meetingrequest", "meeting", "schedulerun"):
        assert client.get(f"/en/admin/partnering/{model}/").status_code == 200
    assert client.get(f"/en/admin/partnering/meeting/{published_meeting.pk}/change/").status_code == 200


def test_list_pages_have_constant_query_counts(
    event, organizer, make_participant, django_assert_max_num_queries
):
    from biobridge.partnering.scheduling import publish_run, run_scheduler

    hub = make_participant("Hub")
    guests = [make_participant(f"G{i}") for i in range(3)]
    for guest in guests:
        req = send_meeting_request(event, sender_user=guest.user, recipient_id=hub.pk, message="hello")
        set_request_state(req, "accepted", actor=hub.user)
    publish_run(run_scheduler(event, actor=organizer, time_limit=1), actor=organizer)
    hub_client, org_client = client_for(hub.user), client_for(organizer)
    with django_assert_max_num_queries(14):
        assert len(hub_client.get(f"{BASE}/requests/").context["incoming"]) == 3
    with django_assert_max_num_queries(14):
        assert len(hub_client.get(f"{BASE}/agenda/").context["items"]) == 3
    with django_assert_max_num_queries(16):
        assert len(org_client.get(f"{BASE}/console/").context["meetings"]) == 3
    with django_assert_max_num_queries(16):
        assert org_client.get(f"{BASE}/console/dashboard/").context["stats"]["meetings_total"] == 3
