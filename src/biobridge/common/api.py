"""API plumbing shared by every router: authentication and domain-error mapping."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from ninja import NinjaAPI
from ninja.security import HttpBearer, django_auth


class TokenAuth(HttpBearer):
    """`Authorization: Bearer bb_…` with a personal API token."""

    def authenticate(self, request: HttpRequest, token: str):
        from biobridge.accounts.services import authenticate_token

        user = authenticate_token(token)
        if user is not None:
            request.user = user
        return user


# Writes accept a personal token or the browser session (with its CSRF check).
WRITE_AUTH = [TokenAuth(), django_auth]


def validation_detail(exc: ValidationError) -> list[dict]:
    if hasattr(exc, "error_dict"):
        return [
            {"loc": ["body", field], "msg": message, "type": "value_error"}
            for field, messages in exc.message_dict.items()
            for message in messages
        ]
    return [{"loc": ["body"], "msg": message, "type": "value_error"} for message in exc.messages]


def install_error_handlers(api: NinjaAPI) -> None:
    """Domain errors become 422/403 with messages, never 500."""

    @api.exception_handler(ValidationError)
    def _validation(request, exc: ValidationError):
        return api.create_response(request, {"detail": validation_detail(exc)}, status=422)

    @api.exception_handler(PermissionDenied)
    def _denied(request, exc: PermissionDenied):
        message = str(exc) or "You do not have permission to do this."
        return api.create_response(request, {"detail": message}, status=403)
