import json

import pytest

from biobridge.programs.enums import ApplicationState, StageKind
from biobridge.programs.models import Application, Award, Review, ReviewAssignment
from biobridge.programs.services.selection import advance_applications
from tests.factories import OrganizationFactory, UserFactory, make_member
from tests.programs.conftest import stage_of
from tests.programs.helpers import reviewer, submitted

pytestmark = pytest.mark.django_db
API = "/api/programs"


def _post(client, url, data):
    return client.post(url, data=json.dumps(data), content_type="application/json")


def test_list_and_detail_are_public(client, program):
    listing = client.get(f"{API}/programs")
    assert listing.status_code == 200
    assert [p["title_en"] for p in listing.json()] == ["Seoul–Host Challenge"]
    detail = client.get(f"{API}/programs/{program.pk}").json()
    assert [f["key"] for f in detail["form_fields"]] == ["summary", "employees", "phase", "deck"]
    assert [s["kind"] for s in detail["stages"]] == ["documents", "review", "pitch", "selected"]
    assert detail["eligible_terms"] == sorted(
        detail["eligible_terms"], key=lambda k: detail["eligible_terms"].index(k)
    )


def test_apply_save_submit_through_api(client, program, startup, founder):
    client.force_login(founder)
    created = _post(
        client,
        f"{API}/programs/{program.pk}/applications",
        {"organization": startup.pk, "answers": {"summary": "ADC"}},
    )
    assert created.status_code == 201
    app_id = created.json()["id"]
    refused = client.post(f"{API}/applications/{app_id}/submit")
    assert refused.status_code == 422
    assert {d["loc"][1] for d in refused.json()["detail"]} == {"deck"}
    assert Application.objects.get().state == ApplicationState.DRAFT
    assert [a["id"] for a in client.get(f"{API}/applications").json()] == [app_id]


def test_ineligible_application_gets_reasons(client, program):
    org = OrganizationFactory(org_type="sme", region="busan", founded_year=1990)
    client.force_login(make_member(org))
    response = _post(client, f"{API}/programs/{program.pk}/applications", {"organization": org.pk})
    assert response.status_code == 422
    assert len(response.json()["detail"]) == 4
    eligibility = client.get(f"{API}/programs/{program.pk}/eligibility?organization={org.pk}").json()
    assert eligibility["eligible"] is False and len(eligibility["reasons"]) == 4
    assert not Application.objects.exists()


def test_applicant_cannot_read_or_change_another_application(client, program):
    theirs, _owner = submitted(program)
    client.force_login(make_member(OrganizationFactory()))
    assert client.get(f"{API}/applications/{theirs.pk}").status_code == 404
    response = client.patch(
        f"{API}/applications/{theirs.pk}",
        data=json.dumps({"answers": {"summary": "x"}}),
        content_type="application/json",
    )
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.answers["summary"] == "요약"


def test_anonymous_write_is_401(client, program, startup):
    response = _post(client, f"{API}/programs/{program.pk}/applications", {"organization": startup.pk})
    assert response.status_code == 401
    assert not Application.objects.exists()


def test_reviewer_lists_only_own_assignments_blind(client, program, operator):
    program.blind_review = True
    program.save()
    app, _o = submitted(program)
    advance_applications(program, [app.pk], actor=operator)
    mine, other = reviewer(), reviewer()
    stage = stage_of(program, StageKind.REVIEW)
    assignment = ReviewAssignment.objects.create(stage=stage, application=app, reviewer=mine)
    client.force_login(mine)
    rows = client.get(f"{API}/reviews/assignments").json()
    assert rows == [
        {
            "id": assignment.pk,
            "application": app.pk,
            "program": program.pk,
            "stage": "review",
            "organization": None,
            "reviewed": False,
            "total": None,
        }
    ]
    technology, business = program.criteria.order_by("position")
    ok = _post(
        client,
        f"{API}/reviews/assignments/{assignment.pk}",
        {"scores": {str(technology.pk): 5, str(business.pk): 1}, "comment": "좋음"},
    )
    assert ok.status_code == 200 and ok.json()["total"] == 75.0
    client.force_login(other)
    assert client.get(f"{API}/reviews/assignments").json() == []
    stolen = _post(
        client,
        f"{API}/reviews/assignments/{assignment.pk}",
        {"scores": {str(technology.pk): 1, str(business.pk): 1}},
    )
    assert stolen.status_code == 404
    assert Review.objects.get().total == 75.0


def test_operator_actions_refused_to_others(client, program):
    app, owner = submitted(program)
    for user in (owner, reviewer()):
        client.force_login(user)
        assert _post(client, f"{API}/programs/{program.pk}/assign", {"stage": "review"}).status_code == 403
        assert client.get(f"{API}/programs/{program.pk}/ranking?stage=review").status_code == 403
        assert _post(client, f"{API}/applications/{app.pk}/select", {"amount": 1}).status_code == 403
    assert not ReviewAssignment.objects.exists() and not Award.objects.exists()


def test_operator_assigns_ranks_selects(client, program, operator):
    apps = [submitted(program)[0] for _ in range(2)]
    advance_applications(program, [a.pk for a in apps], actor=operator)
    reviewer(capacity=5), reviewer(capacity=5)
    client.force_login(operator)
    run = _post(client, f"{API}/programs/{program.pk}/assign", {"stage": "review"}).json()
    assert run["created"] == 4 and run["short"] == []
    ranking = client.get(f"{API}/programs/{program.pk}/ranking?stage=review").json()
    assert [r["reviews"] for r in ranking] == [0, 0]
    selected = _post(client, f"{API}/applications/{apps[0].pk}/select", {"amount": 40_000_000})
    assert selected.json() == {"application": apps[0].pk, "amount": 40_000_000}
    over = _post(client, f"{API}/applications/{apps[1].pk}/select", {"amount": 50_000_000})
    assert over.status_code == 422 and over.json()["detail"][0]["loc"] == ["body", "amount"]
    assert Award.objects.count() == 1


def test_booking_through_api(client, host):
    from datetime import timedelta

    from django.utils import timezone

    from biobridge.programs.services.coaching import SlotData, publish_slot

    office = make_member(host, roles=["mentor"])
    start = timezone.now() + timedelta(days=1)
    slot = publish_slot(
        host=office,
        data=SlotData(
            kind="office_hours", starts_at=start, ends_at=start + timedelta(hours=1), host_organization=host
        ),
    )
    org = OrganizationFactory()
    client.force_login(make_member(org))
    assert [s["id"] for s in client.get(f"{API}/slots").json()] == [slot.pk]
    booked = _post(client, f"{API}/slots/{slot.pk}/book", {"organization": org.pk, "topic": "협력 상담"})
    assert booked.status_code == 201
    assert client.get(f"{API}/slots").json() == []
    client.force_login(UserFactory())
    assert _post(client, f"{API}/slots/{slot.pk}/book", {"organization": org.pk}).status_code == 403


def test_openapi_lists_program_endpoints(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {
        "/api/programs/programs",
        "/api/programs/applications/{application_id}",
        "/api/programs/slots",
    } <= set(paths)
