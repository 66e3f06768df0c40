"""Who sees what: applicants, reviewers, operators, strangers; attachments never by URL guessing."""

import uuid

import pytest
from django.urls import reverse

from biobridge.accounts.services import add_membership
from biobridge.programs.enums import StageKind
from biobridge.programs.models import Attachment, Review, ReviewAssignment
from biobridge.programs.services.reviewing import declare_conflict, submit_review
from biobridge.programs.services.selection import advance_applications
from tests.factories import OrganizationFactory, UserFactory, make_member
from tests.programs.conftest import PDF, stage_of
from tests.programs.helpers import reviewer, submitted

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewed(program, operator):
    """Two applications in expert review; `r1` assigned to the first and has reviewed it."""
    (a1, owner1), (a2, owner2) = submitted(program, name="알파바이오"), submitted(program, name="베타바이오")
    advance_applications(program, [a1.pk, a2.pk], actor=operator)
    a1.refresh_from_db()
    r1 = reviewer()
    stage = stage_of(program, StageKind.REVIEW)
    assignment = ReviewAssignment.objects.create(stage=stage, application=a1, reviewer=r1)
    technology, business = program.criteria.order_by("position")
    submit_review(assignment, scores={technology.pk: 4, business.pk: 4}, comment="비밀 코멘트", actor=r1)
    return {"a1": a1, "a2": a2, "owner1": owner1, "owner2": owner2, "r1": r1, "assignment": assignment}


def _file_url(app):
    return reverse("programs:attachment", args=[app.attachments.get().pk])


def test_applicant_never_sees_another_application_or_its_file(client, reviewed):
    client.force_login(reviewed["owner2"])
    assert client.get(reverse("programs:application", args=[reviewed["a1"].pk])).status_code == 404
    assert client.get(_file_url(reviewed["a1"])).status_code == 404
    own = client.get(reverse("programs:application", args=[reviewed["a2"].pk]))
    assert own.status_code == 200


def test_applicant_never_sees_any_review(client, reviewed):
    client.force_login(reviewed["owner1"])
    page = client.get(reverse("programs:application", args=[reviewed["a1"].pk])).content.decode()
    assert "비밀 코멘트" not in page and "80.0" not in page
    assert client.get(reverse("programs:review", args=[reviewed["assignment"].pk])).status_code == 404
    assert client.get("/api/programs/reviews/assignments").json() == []


def test_reviewer_sees_only_assigned_applications(client, reviewed):
    client.force_login(reviewed["r1"])
    assert client.get(reverse("programs:application", args=[reviewed["a1"].pk])).status_code == 200
    assert client.get(reverse("programs:application", args=[reviewed["a2"].pk])).status_code == 404
    assert client.get(_file_url(reviewed["a2"])).status_code == 404
    response = client.get(_file_url(reviewed["a1"]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"


def test_conflicted_reviewer_loses_access(client, reviewed):
    r1, a1 = reviewed["r1"], reviewed["a1"]
    declare_conflict(r1, organization=a1.organization, kind="advises")
    client.force_login(r1)
    assert client.get(reverse("programs:review", args=[reviewed["assignment"].pk])).status_code == 404
    assert client.get(reverse("programs:application", args=[a1.pk])).status_code == 404
    assert client.get(_file_url(a1)).status_code == 404
    assert "알파바이오" not in client.get(reverse("programs:reviews")).content.decode()
    response = client.post(
        reverse("programs:review", args=[reviewed["assignment"].pk]), {"comment": "changed"}
    )
    assert response.status_code == 404
    assert Review.objects.get().comment == "비밀 코멘트"


def test_reviewer_in_applicant_org_is_conflicted(client, reviewed):
    add_membership(user=reviewed["r1"], organization=reviewed["a1"].organization)
    client.force_login(reviewed["r1"])
    assert client.get(reverse("programs:review", args=[reviewed["assignment"].pk])).status_code == 404


def test_attachment_not_reachable_by_guessing(client, reviewed):
    client.force_login(reviewed["owner1"])
    assert client.get(reverse("programs:attachment", args=[uuid.uuid4()])).status_code == 404
    assert client.get(f"/ko/programs/files/{reviewed['a1'].pk}/").status_code == 404  # ids are not sequential
    client.logout()
    response = client.get(_file_url(reviewed["a1"]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(UserFactory(roles=["reviewer"]))
    assert client.get(_file_url(reviewed["a1"])).status_code == 404
    # The file sits under MEDIA_ROOT with a random name, never under static or a served URL.
    attachment = Attachment.objects.filter(application=reviewed["a1"]).get()
    assert attachment.original_name not in attachment.file.name


def test_operator_sees_everything(client, reviewed, operator):
    client.force_login(operator)
    assert client.get(reverse("programs:application", args=[reviewed["a2"].pk])).status_code == 200
    response = client.get(_file_url(reviewed["a2"]))
    # Consuming the stream (not close()) lets the test client keep the DB connection open.
    b"".join(response.streaming_content)
    assert response.status_code == 200
    console = client.get(reverse("programs:console", args=[reviewed["a1"].program_id]) + "?stage=review")
    assert console.status_code == 200 and "알파바이오" in console.content.decode()


def test_console_forbidden_to_non_operators(client, reviewed):
    for user in (reviewed["owner1"], reviewed["r1"]):
        client.force_login(user)
        url = reverse("programs:console", args=[reviewed["a1"].program_id])
        assert client.get(url).status_code == 403
        assert client.post(url + "?stage=review", {"action": "assign"}).status_code == 403
    assert ReviewAssignment.objects.count() == 1


def test_blind_review_hides_identity(client, reviewed, program):
    program.blind_review = True
    program.save()
    client.force_login(reviewed["r1"])
    page = client.get(reverse("programs:review", args=[reviewed["assignment"].pk])).content.decode()
    assert "알파바이오" not in page and "deck.pdf" not in page
    assert "알파바이오" not in client.get(reverse("programs:reviews")).content.decode()
    response = client.get(_file_url(reviewed["a1"]))
    # Consuming the stream (not close()) lets the test client keep the DB connection open.
    b"".join(response.streaming_content)
    assert response["Content-Disposition"] == 'attachment; filename="deck-attachment.pdf"'


def test_stranger_member_cannot_post_to_application(client, reviewed):
    stranger = make_member(OrganizationFactory())
    client.force_login(stranger)
    response = client.post(
        reverse("programs:application", args=[reviewed["a1"].pk]), {"summary": "hijack", "action": "save"}
    )
    assert response.status_code == 404
    reviewed["a1"].refresh_from_db()
    assert reviewed["a1"].answers["summary"] == "요약"
