"""Arbitrary bad input to the directory API: always a 4xx with a message, never a 500, nothing stored."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biobridge.accounts.services import create_api_token
from biobridge.directory.models import Organization, OrganizationName
from tests.factories import OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db

FIELDS = [
    "name_ko",
    "name_en",
    "org_type",
    "country",
    "region",
    "cluster",
    "website",
    "description_ko",
    "description_en",
    "founded_year",
    "size",
    "aliases",
    "offering",
    "seeking",
]
junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False),
    st.text(max_size=300),
    st.lists(st.text(max_size=20), max_size=5),
    st.dictionaries(st.text(max_size=5), st.integers()),
)
payloads = st.dictionaries(st.sampled_from(FIELDS), junk, max_size=8)


@pytest.fixture
def setup_state():
    operator = UserFactory(roles=["operator"])
    _token, raw = create_api_token(user=operator, name="fuzz")
    existing = OrganizationFactory(name_ko="셀트리온", name_en="Celltrion")
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}, existing


def snapshot():
    return (
        sorted(
            Organization.objects.values_list(
                "pk", "name_ko", "name_en", "org_type", "country", "founded_year"
            )
        ),
        sorted(OrganizationName.objects.values_list("key", flat=True)),
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=payloads)
def test_bad_patch_is_4xx_and_changes_nothing(client, setup_state, payload):
    headers, existing = setup_state
    payload = (
        {**payload, "name_en": payload.get("name_en", "Samsung")} if "org_type" not in payload else payload
    )
    before = snapshot()
    response = client.patch(
        f"/api/directory/organizations/{existing.pk}", payload, content_type="application/json", **headers
    )
    assert response.status_code < 500
    if response.status_code >= 400:
        assert response.json()["detail"]
        assert snapshot() == before


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=payloads)
def test_bad_create_is_4xx_or_a_valid_organisation(client, setup_state, payload):
    headers, _existing = setup_state
    before = snapshot()
    response = client.post(
        "/api/directory/organizations", payload, content_type="application/json", **headers
    )
    assert response.status_code in {201, 422}
    if response.status_code == 422:
        assert response.json()["detail"]
        assert snapshot() == before
    else:
        Organization.objects.filter(pk=response.json()["id"]).delete()
