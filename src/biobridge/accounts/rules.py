"""Permission predicates (django-rules). Object-level: a member of org A never edits org B."""

from __future__ import annotations

import rules

from biobridge.accounts.enums import ORG_EDITOR_ROLES, PlatformRole


@rules.predicate
def is_operator(user) -> bool:
    return bool(
        user
        and user.is_authenticated
        and (user.is_superuser or user.groups.filter(name=PlatformRole.OPERATOR).exists())
    )


@rules.predicate
def is_org_editor(user, organization) -> bool:
    if not (user and user.is_authenticated) or organization is None:
        return False
    return user.memberships.filter(organization=organization, role__in=ORG_EDITOR_ROLES).exists()


@rules.predicate
def is_org_member(user, organization) -> bool:
    if not (user and user.is_authenticated) or organization is None:
        return False
    return user.memberships.filter(organization=organization).exists()


can_edit_organization = is_operator | is_org_editor

rules.add_perm("directory.change_organization", can_edit_organization)
rules.add_perm("directory.add_organization", is_operator)
rules.add_perm("directory.add_agreement", is_operator)
rules.add_perm("directory.change_agreement", is_operator)
