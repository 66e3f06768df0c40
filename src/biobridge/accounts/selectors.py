"""Reads for accounts."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from biobridge.accounts.models import ApiToken, User


def tokens_for_user(user: User) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user).order_by("-created_at")


def get_token_for_user_or_404(user: User, pk: int) -> ApiToken:
    token = tokens_for_user(user).filter(pk=pk).first()
    if token is None:
        raise Http404("No such token")
    return token
