"""Start-up checks that turn misconfiguration into one clear line instead of a traceback."""

from __future__ import annotations

import os

from biobridge.common.cliargs import CliError


def ensure_startable(*, need_database: bool = False) -> None:
    """Refuse to start on a missing production secret or (optionally) an unreachable database."""
    from django.conf import settings

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "biobridge.config.settings")
    # Read the environment: Django raises on an empty settings.SECRET_KEY before we could explain.
    if settings.PRODUCTION and not os.environ.get("SECRET_KEY"):
        raise CliError("SECRET_KEY is not set: production mode (BIOBRIDGE_ENV=production) needs one")
    if settings.PRODUCTION and not settings.ALLOWED_HOSTS:
        raise CliError("ALLOWED_HOSTS is not set: production mode needs the host names to serve")
    if need_database:
        ensure_database()


def ensure_database() -> None:
    from django.db import connection
    from django.db.utils import Error

    try:
        connection.ensure_connection()
    except Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise CliError(f"database unreachable ({connection.vendor}): {first}") from exc
