import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from biobridge.events import services
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db


def test_index_lists_upcoming_and_past_events_in_korean(client, event, django_assert_max_num_queries):
    make_event(slug="old", name_ko="지난 행사", starts_on="2023-04-28", ends_on="2023-04-28", kind="seminar")
    for i in range(5):
        make_event(slug=f"e{i}", name_ko=f"행사{i}")
    with django_assert_max_num_queries(6):
        response = client.get("/ko/events/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "테스트 컨벤션" in html and "지난 행사" in html
    assert html.index("테스트 컨벤션") < html.index("지난 행사")


def test_index_filters_by_kind(client, event):
    make_event(slug="sem", name_en="A Seminar", kind="seminar")
    html = client.get("/en/events/?kind=seminar").content.decode()
    assert "A Seminar" in html and "Test Convention" not in html


def test_detail_shows_program_in_event_zone_in_both_languages(
    client, event, program, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        ko = client.get("/ko/events/bix-test/").content.decode()
    en = client.get("/en/events/bix-test/").content.decode()
    assert "미 바이오 행정명령 디브리핑" in ko and "10:00–11:30" in ko
    assert "US bio executive order debriefing" in en and "Nancy Travis" in en
    assert "All times in Asia/Seoul (KST, UTC+09:00)." in en


def test_unpublished_event_is_404_except_for_organizers(client, event, users, organizer):
    event.is_published = False
    event.save()
    assert client.get("/en/events/bix-test/").status_code == 404
    client.force_login(organizer)
    assert client.get("/en/events/bix-test/").status_code == 200


def test_register_and_cancel_through_the_page(client, event, users):
    client.force_login(users[0])
    response = client.post("/en/events/bix-test/register/", {"job_title": "CEO"})
    assert response.status_code == 302
    assert list(event.registrations.values_list("status", "job_title")) == [("confirmed", "CEO")]
    html = client.get("/en/events/bix-test/").content.decode()
    assert "You are registered." in html
    client.post("/en/events/bix-test/cancel/")
    assert list(event.registrations.values_list("status", flat=True)) == ["cancelled"]


def test_register_twice_through_the_page_shows_the_error(client, event, users):
    services.register(event, user=users[0])
    client.force_login(users[0])
    response = client.post("/en/events/bix-test/register/", {})
    assert response.status_code == 422
    assert "You are already registered for this event." in response.content.decode()
    assert event.registrations.count() == 1


def test_register_requires_login(client, event):
    response = client.post("/en/events/bix-test/register/", {})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not event.registrations.exists()


def test_manage_is_forbidden_to_registrants_and_they_change_nothing(client, event, users):
    registration = services.register(event, user=users[0])
    client.force_login(users[0])
    assert client.get("/en/events/bix-test/manage/").status_code == 403
    assert client.get("/en/events/bix-test/manage/registrants.csv").status_code == 403
    response = client.post(f"/en/events/bix-test/manage/{registration.pk}/check-in/", {"checked_in": "1"})
    assert response.status_code == 403
    registration.refresh_from_db()
    assert registration.checked_in_at is None


def test_manage_lists_and_searches_registrants(
    client, event, users, organizer, django_assert_max_num_queries
):
    for user in users:
        services.register(event, user=user)
    client.force_login(organizer)
    with django_assert_max_num_queries(12):
        html = client.get("/en/events/bix-test/manage/").content.decode()
    assert html.count('data-testid="registrant-row"') == 4
    partial = client.get("/en/events/bix-test/manage/?q=p3%40", HTTP_HX_REQUEST="true").content.decode()
    assert partial.count('data-testid="registrant-row"') == 1 and "p3@example.com" in partial
    assert "<html" not in partial


def test_check_in_toggle_returns_the_row(client, event, users, organizer):
    registration = services.register(event, user=users[0])
    client.force_login(organizer)
    url = f"/en/events/bix-test/manage/{registration.pk}/check-in/"
    html = client.post(url, {"checked_in": "1"}, HTTP_HX_REQUEST="true").content.decode()
    registration.refresh_from_db()
    assert registration.checked_in_at is not None and 'data-testid="undo-check-in"' in html
    client.post(url, {"checked_in": "0"})
    registration.refresh_from_db()
    assert registration.checked_in_at is None


def test_export_download(client, event, users, organizer):
    services.register(event, user=users[0])
    client.force_login(organizer)
    response = client.get("/en/events/bix-test/manage/registrants.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="bix-test-registrants.csv"'
    assert response.content.startswith(b"\xef\xbb\xbfemail,")


def test_import_page_reports_row_errors_and_stores_nothing(client, event, organizer):
    client.force_login(organizer)
    upload = SimpleUploadedFile("r.csv", b"email,name\na@example.com,A\nbroken,B\n", "text/csv")
    response = client.post("/en/events/bix-test/manage/import/", {"file": upload})
    html = response.content.decode()
    assert response.status_code == 422
    assert "“broken” is not a valid e-mail address." in html
    assert not event.registrations.exists()


def test_import_page_imports_a_clean_file(client, event, organizer):
    client.force_login(organizer)
    upload = SimpleUploadedFile("r.csv", "\ufeffemail,name\na@example.com,A\n".encode(), "text/csv")
    response = client.post("/en/events/bix-test/manage/import/", {"file": upload})
    assert response.status_code == 302
    assert list(event.registrations.values_list("user__email", flat=True)) == ["a@example.com"]


def test_waitlisted_person_sees_their_place(client, event, users):
    for user in users:
        services.register(event, user=user)
    client.force_login(users[3])
    html = client.get("/en/events/bix-test/").content.decode()
    assert 'data-testid="waitlist-position">Your place on the wait-list: 2</p>' in html


def test_organizer_cancels_a_registrant_and_the_next_is_promoted(client, event, users, organizer):
    registrations = [services.register(event, user=user) for user in users[:3]]
    client.force_login(organizer)
    response = client.post(
        f"/en/events/bix-test/manage/{registrations[0].pk}/cancel/", HTTP_HX_REQUEST="true"
    )
    assert response["HX-Redirect"] == "/en/events/bix-test/manage/"
    assert list(event.registrations.order_by("pk").values_list("status", flat=True)) == [
        "cancelled",
        "confirmed",
        "confirmed",
    ]


def test_registrant_cannot_cancel_someone_else_through_the_console(client, event, users):
    other = services.register(event, user=users[1])
    client.force_login(users[0])
    assert client.post(f"/en/events/bix-test/manage/{other.pk}/cancel/").status_code == 403
    other.refresh_from_db()
    assert other.status == "confirmed"


def test_manage_pages_long_registrant_lists(client, event, organizer, monkeypatch):
    from biobridge.events import views
    from tests.factories import UserFactory

    monkeypatch.setattr(views, "REGISTRANTS_PAGE_SIZE", 2)
    event.capacity = None
    event.save()
    for i in range(5):
        services.register(event, user=UserFactory(email=f"x{i}@example.com"))
    client.force_login(organizer)
    html = client.get("/en/events/bix-test/manage/?page=3").content.decode()
    assert html.count('data-testid="registrant-row"') == 1 and "x4@example.com" in html
    assert "Page 3 of 3" in html
