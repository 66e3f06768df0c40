import icalendar
import pytest
from django.test import Client

from biobridge.partnering.models import Meeting, MeetingRequest, PartneringSettings, ScheduleRun
from biobridge.partnering.services import send_meeting_request

BASE = "/api/partnering/bix-test"


def client_for(user, lang: str = "en") -> Client:
    client = Client(headers={"Accept-Language": lang})
    client.force_login(user)
    return client


def test_anonymous_gets_401(event, config):
    assert Client().get(f"{BASE}/requests").status_code == 401


def test_own_profile_get_and_update(alice, taxonomy):
    client = client_for(alice.user)
    response = client.put(
        f"{BASE}/profile",
        {
            "role": "BD lead",
            "offering": ["adc"],
            "seeking": ["cdmo_partner"],
            "unavailable": ["2030-07-12T10:00"],
        },
        content_type="application/json",
    )
    assert response.status_code == 200
    body = client.get(f"{BASE}/profile").json()
    assert (body["role"], body["offering"], body["seeking"], body["unavailable"]) == (
        "BD lead",
        ["adc"],
        ["cdmo_partner"],
        ["2030-07-12T10:00"],
    )


def test_profile_with_unknown_slot_is_422_and_nothing_changes(alice):
    response = client_for(alice.user).put(
        f"{BASE}/profile", {"unavailable": ["2030-07-12T09:00"]}, content_type="application/json"
    )
    assert response.status_code == 422
    assert response.json() == {
        "detail": [
            {"loc": ["body", "unavailable"], "msg": "Unknown slot: 2030-07-12T09:00", "type": "value_error"}
        ]
    }
    alice.refresh_from_db()
    assert alice.unavailable == []


def test_non_participant_cannot_create_profile_or_browse(event, config, outsider, alice):
    client = client_for(outsider)
    assert client.put(f"{BASE}/profile", {}, content_type="application/json").status_code == 403
    assert client.get(f"{BASE}/participants").status_code == 403
    assert not outsider.partnering_profiles.exists()


def test_browse_filters_by_text_and_country(alice, bob, carol, django_assert_max_num_queries):
    client = client_for(alice.user)
    with django_assert_max_num_queries(12):
        body = client.get(f"{BASE}/participants").json()
    assert [p["name"] for p in body["items"]] == ["Bob", "Carol"]  # never oneself
    assert [p["name"] for p in client.get(f"{BASE}/participants?country=US").json()["items"]] == ["Bob"]
    assert [p["name"] for p in client.get(f"{BASE}/participants?q=carol").json()["items"]] == ["Carol"]


def test_send_request_and_refusals(alice, bob):
    client = client_for(alice.user)
    ok = client.post(
        f"{BASE}/requests", {"recipient": bob.pk, "message": "ADC?"}, content_type="application/json"
    )
    assert ok.status_code == 201
    assert (ok.json()["state"], ok.json()["recipient"]["name"]) == ("pending", "Bob")
    for payload, message in [
        ({"recipient": bob.pk}, "There is already an open or accepted request between you two."),
        ({"recipient": alice.pk}, "You cannot request a meeting with yourself."),
        ({"recipient": 424242}, "This person is not a partnering participant of this event."),
    ]:
        response = client.post(f"{BASE}/requests", payload, content_type="application/json")
        assert response.status_code == 422
        assert response.json()["detail"][0]["msg"] == message
    assert MeetingRequest.objects.count() == 1


def test_participant_never_sees_another_pairs_requests(event, alice, bob, carol):
    req = send_meeting_request(event, sender_user=alice.user, recipient_id=bob.pk, message="secret plan")
    carol_client = client_for(carol.user)
    assert carol_client.get(f"{BASE}/requests").json() == []
    response = carol_client.post(
        f"{BASE}/requests/{req.pk}/respond", {"accept": True}, content_type="application/json"
    )
    assert response.status_code == 404
    assert carol_client.post(f"{BASE}/requests/{req.pk}/cancel").status_code == 404
    req.refresh_from_db()
    assert req.state == "pending"
    assert [r["message"] for r in client_for(bob.user).get(f"{BASE}/requests").json()] == ["secret plan"]


def test_respond_accept_and_decline_with_reason(event, alice, bob, carol):
    r1 = send_meeting_request(event, sender_user=alice.user, recipient_id=bob.pk)
    r2 = send_meeting_request(event, sender_user=carol.user, recipient_id=bob.pk)
    client = client_for(bob.user)
    assert (
        client.post(
            f"{BASE}/requests/{r1.pk}/respond", {"accept": True}, content_type="application/json"
        ).json()["state"]
        == "accepted"
    )
    declined = client.post(
        f"{BASE}/requests/{r2.pk}/respond",
        {"accept": False, "reason": "Busy"},
        content_type="application/json",
    ).json()
    assert (declined["state"], declined["decline_reason"]) == ("declined", "Busy")


def test_sender_cannot_accept_own_request_via_api(event, alice, bob):
    req = send_meeting_request(event, sender_user=alice.user, recipient_id=bob.pk)
    response = client_for(alice.user).post(
        f"{BASE}/requests/{req.pk}/respond", {"accept": True}, content_type="application/json"
    )
    assert response.status_code == 403
    req.refresh_from_db()
    assert req.state == "pending"


@pytest.mark.parametrize(
    ("method", "path", "payload"),
    [
        ("get", "/stats", None),
        ("post", "/runs", {"time_limit": 1}),
        ("get", "/meetings", None),
        ("put", "/settings", {"tables": 99}),
    ],
)
def test_non_organizer_gets_403_on_organizer_actions(alice, accepted, method, path, payload):
    client = client_for(alice.user)
    kwargs = {"content_type": "application/json"} if payload is not None else {}
    response = (
        getattr(client, method)(f"{BASE}{path}", payload, **kwargs)
        if payload
        else getattr(client, method)(f"{BASE}{path}")
    )
    assert response.status_code == 403
    assert ScheduleRun.objects.count() == 0
    assert PartneringSettings.objects.get().tables == 2


def test_non_organizer_cannot_publish_move_or_cancel(event, organizer, published_meeting, alice):
    client = client_for(alice.user)
    run = ScheduleRun.objects.get()
    assert client.post(f"{BASE}/runs/{run.pk}/publish").status_code == 403
    assert (
        client.post(
            f"{BASE}/meetings/{published_meeting.pk}/move",
            {"slot": "2030-07-12T11:30", "table": 1},
            content_type="application/json",
        ).status_code
        == 403
    )
    assert client.post(f"{BASE}/meetings/{published_meeting.pk}/cancel").status_code == 403
    before = Meeting.objects.values_list("slot_id", "state").get()
    assert before == (published_meeting.slot_id, "scheduled")


def test_organizer_runs_publishes_and_reads_stats(event, organizer, accepted):
    client = client_for(organizer)
    run = client.post(f"{BASE}/runs", {"time_limit": 1}, content_type="application/json")
    assert run.status_code == 201
    body = run.json()
    assert (body["scheduled"], body["upper_bound"], body["unscheduled"], body["moved"]) == (1, 1, [], 0)
    published = client.post(f"{BASE}/runs/{body['id']}/publish").json()
    assert published == {"created": 1, "moved": 0, "cancelled": 0, "unchanged": 0, "agenda_version": 1}
    stats = client.get(f"{BASE}/stats").json()
    assert stats == {
        "participants": 2,
        "sent": 1,
        "pending": 0,
        "accepted": 1,
        "declined": 0,
        "cancelled": 0,
        "meetings": 1,
    }


def test_organizer_move_conflict_is_422(event, organizer, alice, bob, carol):
    for sender in (alice, carol):
        req = send_meeting_request(event, sender_user=sender.user, recipient_id=bob.pk)
        client_for(bob.user).post(
            f"{BASE}/requests/{req.pk}/respond", {"accept": True}, content_type="application/json"
        )
    client = client_for(organizer)
    run = client.post(f"{BASE}/runs", {"time_limit": 1}, content_type="application/json").json()
    client.post(f"{BASE}/runs/{run['id']}/publish")
    m1, m2 = Meeting.objects.order_by("request_id")
    response = client.post(
        f"{BASE}/meetings/{m1.pk}/move", {"slot": m2.slot_id, "table": 2}, content_type="application/json"
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["msg"] == "A participant already has a meeting in this slot."
    m1.refresh_from_db()
    assert m1.slot_id != m2.slot_id


def test_agenda_and_ics_have_times_in_event_zone(event, published_meeting, alice):
    client = client_for(alice.user)
    items = client.get(f"{BASE}/agenda").json()
    assert len(items) == 1
    item = items[0]
    assert item["time_zone"] == "Asia/Seoul"
    assert (
        item["starts_at"]
        == {
            "2030-07-12T10:00": "2030-07-12T10:00:00+09:00",
            "2030-07-12T10:30": "2030-07-12T10:30:00+09:00",
            "2030-07-12T11:30": "2030-07-12T11:30:00+09:00",
        }[published_meeting.slot_id]
    )
    assert item["counterpart"]["name"] == "Bob"
    response = client.get(f"{BASE}/agenda.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    cal = icalendar.Calendar.from_ical(response.content)
    [vevent] = cal.walk("VEVENT")
    assert vevent.decoded("dtstart") == published_meeting.starts_at
    assert str(vevent["uid"]) == f"partnering-meeting-{published_meeting.pk}@biobridge"


def test_feedback_via_api(event, past_meeting, alice, carol):
    ok = client_for(alice.user).post(
        f"{BASE}/meetings/{past_meeting.pk}/feedback",
        {"rating": 4, "follow_up": True},
        content_type="application/json",
    )
    assert ok.json() == {"meeting": past_meeting.pk, "rating": 4, "follow_up": True, "comment": ""}
    bad = client_for(alice.user).post(
        f"{BASE}/meetings/{past_meeting.pk}/feedback", {"rating": 0}, content_type="application/json"
    )
    assert bad.status_code == 422
    other = client_for(carol.user).post(
        f"{BASE}/meetings/{past_meeting.pk}/feedback", {"rating": 5}, content_type="application/json"
    )
    assert other.status_code == 404
    assert past_meeting.feedback.count() == 1


def test_refusal_message_follows_the_callers_language(alice):
    response = client_for(alice.user, "ko").post(
        f"{BASE}/requests", {"recipient": alice.pk}, content_type="application/json"
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["msg"] == "자기 자신에게는 미팅을 요청할 수 없습니다."


def test_openapi_lists_partnering_endpoints(db):
    paths = Client().get("/api/openapi.json").json()["paths"]
    assert "/api/partnering/{slug}/requests/{request_id}/respond" in paths
    assert "/api/partnering/{slug}/runs/{run_id}/publish" in paths
    assert "/api/partnering/{slug}/agenda.ics" in paths
