"""Writes for accounts: tokens, memberships, platform roles."""

from __future__ import annotations

import functools
import hashlib
import secrets

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from biobridge.accounts.enums import MembershipRole, PlatformRole
from biobridge.accounts.models import ApiToken, Membership, User

TOKEN_PREFIX = "bb_"


def token_digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def create_api_token(*, user: User, name: str) -> tuple[ApiToken, str]:
    """Create a token; returns the record and the raw token, which is never stored."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, name=name, prefix=raw[:10], digest=token_digest(raw))
    return token, raw


def authenticate_token(raw: str) -> User | None:
    """The active user owning `raw`, or None. Records the last use."""
    if not raw or not raw.startswith(TOKEN_PREFIX):
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(digest=token_digest(raw), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user


def revoke_api_token(token: ApiToken) -> None:
    ApiToken.objects.filter(pk=token.pk).update(revoked_at=timezone.now())


@transaction.atomic
def add_membership(
    *, user: User, organization, role: str = MembershipRole.MEMBER, title: str = ""
) -> Membership:
    membership, _ = Membership.objects.update_or_create(
        user=user, organization=organization, defaults={"role": role, "title": title}
    )
    return membership


def ensure_platform_groups() -> dict[str, Group]:
    """Create one auth group per platform role (idempotent)."""
    return {role.value: Group.objects.get_or_create(name=role.value)[0] for role in PlatformRole}


def grant_platform_role(user: User, role: PlatformRole | str) -> None:
    group = ensure_platform_groups()[PlatformRole(role).value]
    user.groups.add(group)
    if role == PlatformRole.OPERATOR and not user.is_staff:
        # Operators run the platform through the Django admin too.
        user.is_staff = True
        user.save(update_fields=["is_staff"])


@functools.cache
def _hashed(raw_password: str) -> str:
    return make_password(raw_password)


def create_user_with_known_password(email: str, raw_password: str, **fields) -> User:
    """Create a user whose password many users share (demo data): hash it once per process.

    PBKDF2 costs about a second per hash by design; demo loaders create ~100 users.
    """
    user = User.objects.create_user(email, None, **fields)
    user.password = _hashed(raw_password)
    user.save(update_fields=["password"])
    return user
