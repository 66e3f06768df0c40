import pytest

from biobridge.accounts.services import create_api_token
from biobridge.events import services

pytestmark = pytest.mark.django_db


def bearer(user) -> dict:
    return {
        "HTTP_AUTHORIZATION": f"Bearer {create_api_token(user=user, name='t')[1]}",
        "HTTP_ACCEPT_LANGUAGE": "en",
    }


def test_list_and_get_events(client, event, organizer_org):
    listed = client.get("/api/events/events").json()
    assert [(e["slug"], e["starts_on"], e["timezone"]) for e in listed] == [
        ("bix-test", "2031-07-12", "Asia/Seoul")
    ]
    one = client.get("/api/events/events/bix-test").json()
    assert one["organizers"] == [
        {"id": organizer_org.pk, "name_ko": "주최바이오협회", "name_en": "Host Bio Association"}
    ]
    assert client.get("/api/events/events/nope").status_code == 404


def test_program_times_carry_the_event_offset(client, event, program):
    sessions = client.get("/api/events/events/bix-test/program").json()["sessions"]
    assert [(s["starts_at"], s["ends_at"], s["room"]) for s in sessions] == [
        ("2031-07-13T10:00:00+09:00", "2031-07-13T11:30:00+09:00", "Conference Room 401")
    ]


def test_register_get_and_cancel_own_registration(client, event, users):
    auth = bearer(users[0])
    created = client.post(
        "/api/events/events/bix-test/registration",
        {"job_title": "CTO"},
        content_type="application/json",
        **auth,
    )
    assert created.status_code == 201
    assert (created.json()["status"], created.json()["job_title"]) == ("confirmed", "CTO")
    assert client.get("/api/events/events/bix-test/registration", **auth).json()["id"] == created.json()["id"]
    cancelled = client.delete("/api/events/events/bix-test/registration", **auth)
    assert cancelled.json()["status"] == "cancelled"
    assert client.get("/api/events/events/bix-test/registration", **auth).status_code == 404


def test_register_twice_is_422_with_message(client, event, users):
    services.register(event, user=users[0])
    response = client.post(
        "/api/events/events/bix-test/registration", {}, content_type="application/json", **bearer(users[0])
    )
    assert response.status_code == 422
    assert response.json() == {
        "detail": [
            {
                "loc": ["body", "event"],
                "msg": "You are already registered for this event.",
                "type": "value_error",
            }
        ]
    }
    assert event.registrations.count() == 1


def test_register_with_unknown_ticket_is_422(client, event, users, tickets):
    response = client.post(
        "/api/events/events/bix-test/registration",
        {"ticket_type": 999999},
        content_type="application/json",
        **bearer(users[0]),
    )
    assert response.status_code == 422
    assert not event.registrations.exists()


def test_register_needs_authentication(client, event):
    response = client.post("/api/events/events/bix-test/registration", {}, content_type="application/json")
    assert response.status_code == 401
    assert not event.registrations.exists()


def test_registrant_never_sees_other_registrants(client, event, users):
    services.register(event, user=users[0])
    services.register(event, user=users[1])
    auth = bearer(users[0])
    assert client.get("/api/events/events/bix-test/registrants", **auth).status_code == 403
    assert client.get("/api/events/events/bix-test/registrants.csv", **auth).status_code == 403


def test_non_organizer_cannot_check_in_and_nothing_changes(client, event, users):
    registration = services.register(event, user=users[0])
    response = client.post(
        f"/api/events/events/bix-test/registrants/{registration.pk}/check-in",
        {"checked_in": True},
        content_type="application/json",
        **bearer(users[0]),
    )
    assert response.status_code == 403
    registration.refresh_from_db()
    assert registration.checked_in_at is None


def test_organizer_lists_searches_checks_in_and_exports(client, event, users, organizer):
    registration = services.register(event, user=users[0])
    services.register(event, user=users[1])
    auth = bearer(organizer)
    listed = client.get("/api/events/events/bix-test/registrants?q=p2", **auth).json()
    assert [(r["email"], r["status"]) for r in listed] == [("p2@example.com", "confirmed")]
    checked = client.post(
        f"/api/events/events/bix-test/registrants/{registration.pk}/check-in",
        {"checked_in": True},
        content_type="application/json",
        **auth,
    ).json()
    assert checked["checked_in_at"] is not None
    csv = client.get("/api/events/events/bix-test/registrants.csv", **auth)
    assert (
        csv.content.decode("utf-8-sig").splitlines()[0]
        == "email,name,organisation,job title,ticket type,status,registered,checked in"
    )


def test_check_in_of_another_events_registration_is_404(client, event, users, organizer):
    from tests.events.conftest import make_event

    other = make_event(slug="other")
    foreign = services.register(other, user=users[0])
    response = client.post(
        f"/api/events/events/bix-test/registrants/{foreign.pk}/check-in",
        {"checked_in": True},
        content_type="application/json",
        **bearer(organizer),
    )
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.checked_in_at is None


def test_api_messages_follow_accept_language(client, event, users):
    services.register(event, user=users[0])
    auth = bearer(users[0]) | {"HTTP_ACCEPT_LANGUAGE": "ko"}
    response = client.post(
        "/api/events/events/bix-test/registration", {}, content_type="application/json", **auth
    )
    assert response.json()["detail"][0]["msg"] == "이미 이 행사에 등록되어 있습니다."
