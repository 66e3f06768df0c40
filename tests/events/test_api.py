import pytest

from biobridge.accounts.services import create_api_token
from biobridge.events import services
from tests.factories import UserFactory

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


def test_operator_creates_an_event_and_organizer_adds_a_session(client, organizer_org, organizer):
    operator = UserFactory(roles=["operator"])
    payload = {
        "slug": "roundtable-2031",
        "kind": "roundtable",
        "name_en": "Korea–US roundtable",
        "starts_on": "2031-06-07",
        "ends_on": "2031-06-07",
        "timezone": "America/New_York",
        "organizers": [organizer_org.pk],
    }
    created = client.post("/api/events/events", payload, content_type="application/json", **bearer(operator))
    assert created.status_code == 201
    body = created.json()
    assert (body["timezone"], body["organizers"][0]["id"]) == ("America/New_York", organizer_org.pk)
    start, end = "2031-06-07T14:00:00-04:00", "2031-06-07T15:30:00-04:00"
    session = {"title_en": "Roundtable", "starts_at": start, "ends_at": end}
    added = client.post(
        "/api/events/events/roundtable-2031/sessions",
        session,
        content_type="application/json",
        **bearer(organizer),
    )
    assert added.status_code == 201
    assert (added.json()["starts_at"], added.json()["ends_at"]) == (start, end)


def test_create_event_by_non_operator_is_403_and_bad_input_is_422(client, users):
    payload = {"slug": "x", "kind": "seminar", "name_en": "X"}
    payload |= {"starts_on": "2031-06-07", "ends_on": "2031-06-06"}
    denied = client.post("/api/events/events", payload, content_type="application/json", **bearer(users[0]))
    assert denied.status_code == 403
    operator = UserFactory(roles=["operator"])
    bad = client.post(
        "/api/events/events",
        payload | {"organizers": [999999]},
        content_type="application/json",
        **bearer(operator),
    )
    assert (bad.status_code, bad.json()["detail"][0]["loc"]) == (422, ["body", "organizers"])
    bad = client.post("/api/events/events", payload, content_type="application/json", **bearer(operator))
    message = "The last day cannot be before the first day."
    assert bad.json()["detail"] == [{"loc": ["body", "ends_on"], "msg": message, "type": "value_error"}]
    from biobridge.events.models import Event

    assert not Event.objects.filter(slug="x").exists()


def test_event_list_query_count_does_not_grow(client, organizer_org, django_assert_max_num_queries):
    from tests.events.conftest import make_event

    for i in range(8):
        make_event(slug=f"e{i}").organizers.add(organizer_org)
    with django_assert_max_num_queries(5):
        assert len(client.get("/api/events/events").json()) == 8
