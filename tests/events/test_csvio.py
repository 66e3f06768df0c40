import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError

from biobridge.events import csvio, services
from biobridge.events.models import Registration
from tests.factories import OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()

HEADER = "email,name,organisation,job title,ticket type\n"


@pytest.fixture
def celltrion(db):
    return OrganizationFactory(
        name_ko="셀트리온", name_en="Celltrion", aliases=["(주)셀트리온"], org_type="large_company"
    )


def test_export_starts_with_bom_and_lists_everyone_in_event_time(event, users, organizer, tickets, celltrion):
    general, _ = tickets
    registration = services.register(
        event, user=users[0], organization=celltrion, ticket_type=general, job_title="BD"
    )
    Registration.objects.filter(pk=registration.pk).update(created_at="2031-07-01T01:30:00Z")
    services.set_checked_in(registration, True, actor=organizer)
    Registration.objects.filter(pk=registration.pk).update(checked_in_at="2031-07-12T00:05:00Z")
    text = csvio.export_registrants_csv(event)
    assert text.encode("utf-8")[:3] == b"\xef\xbb\xbf"
    assert text.splitlines() == [
        "\ufeffemail,name,organisation,job title,ticket type,status,registered,checked in",
        "p1@example.com,참가자1,Celltrion,BD,General,confirmed,2031-07-01 10:30,2031-07-12 09:05",
    ]


def test_import_registers_everyone_and_creates_unknown_users(event, organizer, tickets, celltrion, users):
    text = HEADER + (
        "p1@example.com,참가자1,Celltrion,BD Director,General\n"
        "New.Person@Example.com,새 참가자,(주)셀트리온,,파트너링 대표단\n"
        "third@example.com,Third,,,general\n"
    )
    report = csvio.import_registrants(event, text, actor=organizer)
    assert (report.errors, report.confirmed, report.waitlisted, report.users_created) == ([], 2, 1, 2)
    new = User.objects.get(email="new.person@example.com")
    assert (new.name, new.has_usable_password()) == ("새 참가자", False)
    rows = event.registrations.order_by("pk").values_list(
        "user__email", "organization__name_en", "ticket_type__name_en", "job_title", "status"
    )
    assert list(rows) == [
        ("p1@example.com", "Celltrion", "General", "BD Director", "confirmed"),
        ("new.person@example.com", "Celltrion", "Partnering delegate", "", "confirmed"),
        ("third@example.com", None, "General", "", "waitlisted"),
    ]


def test_import_with_one_bad_row_imports_nothing_and_reports_each_problem(event, organizer, tickets, users):
    services.register(event, user=users[1], ticket_type=tickets[0])
    text = HEADER + (
        "ok@example.com,OK,,,General\n"
        "not-an-email,Bad,Nowhere Bio,,VIP\n"
        "p2@example.com,Again,,,General\n"
        "ok@example.com,Dup,,,General\n"
        ",,,,\n"
    )
    report = csvio.import_registrants(event, text, actor=organizer)
    assert report.errors == [
        (3, "“not-an-email” is not a valid e-mail address."),
        (3, "Organisation “Nowhere Bio” is not in the directory."),
        (3, "Unknown ticket type “VIP”."),
        (4, "p2@example.com is already registered."),
        (5, "The same e-mail is already on line 2."),
    ]
    assert report.imported == 0
    assert event.registrations.count() == 1
    assert not User.objects.filter(email="ok@example.com").exists()


def test_import_rolls_back_every_row_when_a_late_row_fails_while_storing(event, organizer, monkeypatch):
    real_register = services.register
    calls = []

    def flaky(event, **kwargs):
        calls.append(kwargs["user"].email)
        if len(calls) == 2:
            raise ValidationError({"event": ["You are already registered for this event."]})
        return real_register(event, **kwargs)

    monkeypatch.setattr(csvio, "register", flaky)
    report = csvio.import_registrants(
        event, "email,name\na@example.com,A\nb@example.com,B\n", actor=organizer
    )
    assert report.errors == [(3, "You are already registered for this event.")]
    assert (
        event.registrations.count(),
        User.objects.filter(email__in=["a@example.com", "b@example.com"]).count(),
    ) == (0, 0)


def test_import_accepts_korean_headers_and_cp949(event, organizer):
    data = "이메일,이름,소속,직책\nkim@example.com,김철수,,연구원\n".encode("cp949")
    text = csvio.decode_upload(data)
    report = csvio.import_registrants(event, text, actor=organizer)
    assert report.ok
    assert event.registrations.get().job_title == "연구원"


def test_import_without_email_column_is_refused(event, organizer):
    with pytest.raises(ValidationError) as exc:
        csvio.import_registrants(event, "name,organisation\nKim,\n", actor=organizer)
    assert exc.value.messages == [
        "The first line must name the columns: email, name, organisation, job title, ticket type."
    ]


def test_import_of_empty_file_is_refused(event, organizer):
    with pytest.raises(ValidationError) as exc:
        csvio.import_registrants(event, "email,name\n", actor=organizer)
    assert exc.value.messages == ["The file has no registrant rows."]


def test_import_by_non_organizer_is_denied_and_stores_nothing(event, users):
    with pytest.raises(PermissionDenied):
        csvio.import_registrants(event, "email\nx@example.com\n", actor=users[0])
    assert (event.registrations.count(), User.objects.filter(email="x@example.com").exists()) == (0, False)


def test_decode_refuses_binary(event):
    with pytest.raises(ValidationError) as exc:
        csvio.decode_upload(b"\xff\xfe\x00\x81\xff")
    assert exc.value.messages == ["The file is not UTF-8 or CP949 text."]


def test_import_leaves_an_existing_account_as_it_is(event, organizer):
    person = UserFactory(email="keep@example.com", name="Kept Name")
    report = csvio.import_registrants(event, "email,name\nKEEP@example.com,Other Name\n", actor=organizer)
    person.refresh_from_db()
    assert (report.users_created, person.has_usable_password(), person.name) == (0, True, "Kept Name")
    assert event.registrations.get().user == person
