import pytest

from tests.factories import OrganizationFactory, UserFactory, make_member

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("role", "allowed"), [("owner", True), ("admin", True), ("member", False)])
def test_org_roles_and_edit_permission(role, allowed):
    org = OrganizationFactory()
    user = make_member(org, role=role)
    assert user.has_perm("directory.change_organization", org) is allowed


def test_member_of_a_never_edits_b():
    org_a, org_b = OrganizationFactory(), OrganizationFactory()
    owner_a = make_member(org_a, role="owner")
    assert owner_a.has_perm("directory.change_organization", org_b) is False


def test_operator_edits_any_and_adds_organisations():
    operator = UserFactory(roles=["operator"])
    assert operator.has_perm("directory.change_organization", OrganizationFactory())
    assert operator.has_perm("directory.add_organization")
    assert operator.is_staff


def test_other_platform_roles_do_not_grant_directory_writes():
    for role in ("reviewer", "mentor", "facility_manager"):
        user = UserFactory(roles=[role])
        assert not user.has_perm("directory.add_organization")
        assert not user.has_perm("directory.change_organization", OrganizationFactory())


def test_api_tokens_are_hashed_at_rest():
    from biobridge.accounts.models import ApiToken
    from biobridge.accounts.services import authenticate_token, create_api_token

    user = UserFactory()
    token, raw = create_api_token(user=user, name="ci")
    stored = ApiToken.objects.get(pk=token.pk)
    assert raw not in (stored.digest, stored.prefix) and len(stored.digest) == 64
    assert authenticate_token(raw) == user
    assert authenticate_token(raw + "x") is None
