import pytest

from biobridge.accounts.services import create_api_token
from biobridge.directory.models import Agreement, Organization
from tests.factories import OrganizationFactory, UserFactory, make_member

pytestmark = pytest.mark.django_db


def bearer(user) -> dict:
    _token, raw = create_api_token(user=user, name="test")
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def test_list_search_and_paginate(client):
    for i in range(25):
        OrganizationFactory(name_ko=f"바이오{i:02d}", name_en=f"Bio {i:02d}")
    response = client.get("/api/directory/organizations", {"page": 2})
    assert response.status_code == 200
    assert response.json()["count"] == 25
    assert len(response.json()["items"]) == 5
    assert client.get("/api/directory/organizations", {"q": "Bio 07"}).json()["count"] == 1


def test_get_unknown_organisation_is_404(client):
    assert client.get("/api/directory/organizations/424242").status_code == 404


def test_create_requires_authentication_and_operator_role(client):
    payload = {"name_ko": "새회사", "org_type": "startup"}
    assert (
        client.post("/api/directory/organizations", payload, content_type="application/json").status_code
        == 401
    )
    member = UserFactory()
    response = client.post(
        "/api/directory/organizations", payload, content_type="application/json", **bearer(member)
    )
    assert response.status_code == 403
    assert Organization.objects.count() == 0


def test_operator_creates_organisation_with_tags(client, taxonomy):
    operator = UserFactory(roles=["operator"])
    payload = {"name_ko": "새회사", "name_en": "New Co", "org_type": "startup", "offering": ["adc"]}
    response = client.post(
        "/api/directory/organizations", payload, content_type="application/json", **bearer(operator)
    )
    assert response.status_code == 201
    assert response.json()["offering"] == ["adc"]
    assert response.json()["name_en"] == "New Co"


def test_validation_errors_are_422_with_field_messages_and_store_nothing(client):
    operator = UserFactory(roles=["operator"])
    OrganizationFactory(name_ko="셀트리온", name_en="Celltrion")
    payload = {"name_ko": "셀트리온", "org_type": "rocket", "founded_year": 3000}
    response = client.post(
        "/api/directory/organizations",
        payload,
        content_type="application/json",
        **bearer(operator),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 422
    fields = {item["loc"][-1] for item in response.json()["detail"]}
    assert fields == {"name_ko", "org_type", "founded_year"}
    assert any("already registered" in item["msg"] for item in response.json()["detail"])
    assert Organization.objects.count() == 1


def test_schema_errors_are_422(client):
    operator = UserFactory(roles=["operator"])
    response = client.post(
        "/api/directory/organizations", {"name_ko": "x"}, content_type="application/json", **bearer(operator)
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "payload", "org_type"]


def test_member_of_org_a_cannot_patch_org_b(client):
    org_a, org_b = OrganizationFactory(), OrganizationFactory(name_en="Bee")
    admin_a = make_member(org_a, role="admin")
    response = client.patch(
        f"/api/directory/organizations/{org_b.pk}",
        {"name_en": "Hijacked"},
        content_type="application/json",
        **bearer(admin_a),
    )
    assert response.status_code == 403
    org_b.refresh_from_db()
    assert org_b.name_en == "Bee"


def test_org_admin_patches_own_org_partially(client):
    org = OrganizationFactory(name_en="Own", description_ko="원래 설명")
    admin = make_member(org, role="admin")
    response = client.patch(
        f"/api/directory/organizations/{org.pk}",
        {"description_en": "Antibodies."},
        content_type="application/json",
        **bearer(admin),
    )
    assert response.status_code == 200
    assert (response.json()["description_en"], response.json()["description_ko"]) == (
        "Antibodies.",
        "원래 설명",
    )


def test_plain_member_cannot_patch_own_org(client):
    org = OrganizationFactory(name_en="Own")
    member = make_member(org, role="member")
    response = client.patch(
        f"/api/directory/organizations/{org.pk}",
        {"name_en": "X"},
        content_type="application/json",
        **bearer(member),
    )
    assert response.status_code == 403


def test_revoked_or_unknown_tokens_are_401(client):
    org = OrganizationFactory()
    admin = make_member(org, role="admin")
    headers = bearer(admin)
    from biobridge.accounts.models import ApiToken
    from biobridge.accounts.services import revoke_api_token

    revoke_api_token(ApiToken.objects.get(user=admin))
    url = f"/api/directory/organizations/{org.pk}"
    assert client.patch(url, {}, content_type="application/json", **headers).status_code == 401
    assert (
        client.patch(
            url, {}, content_type="application/json", HTTP_AUTHORIZATION="Bearer bb_nonsense"
        ).status_code
        == 401
    )


def test_agreements_create_and_list(client):
    operator = UserFactory(roles=["operator"])
    a, b = OrganizationFactory(), OrganizationFactory()
    payload = {
        "kind": "mou",
        "title_ko": "업무협약",
        "party_ids": [a.pk, b.pk],
        "date": "2023-04-01",
        "date_precision": "month",
    }
    created = client.post(
        "/api/directory/agreements", payload, content_type="application/json", **bearer(operator)
    )
    assert created.status_code == 201
    assert [p["id"] for p in created.json()["parties"]] == [a.pk, b.pk]
    listed = client.get("/api/directory/agreements", {"organization": a.pk}).json()
    assert [item["title_ko"] for item in listed["items"]] == ["업무협약"]
    bad = client.post(
        "/api/directory/agreements",
        {**payload, "party_ids": [a.pk]},
        content_type="application/json",
        **bearer(operator),
    )
    assert bad.status_code == 422
    assert Agreement.objects.count() == 1


def test_taxonomy_endpoint_lists_bilingual_terms(client, taxonomy):
    terms = {t["key"]: t for t in client.get("/api/directory/taxonomy").json()}
    assert terms["adc"]["name_ko"] == "항체약물접합체"
    assert terms["adc"]["parent"] == "antibody"


def test_healthz_reports_database(client):
    assert client.get("/healthz").json()["database"] == "ok"


def test_openapi_is_served(client):
    spec = client.get("/api/openapi.json").json()
    assert "/api/directory/organizations" in spec["paths"]
