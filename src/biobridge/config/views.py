from __future__ import annotations

from django.db import connection
from django.db.utils import Error
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from biobridge.directory.selectors import home_statistics


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness plus database reachability; 503 when the database does not answer."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Error as exc:
        return JsonResponse(
            {"status": "error", "database": "unreachable", "detail": str(exc)[:200]}, status=503
        )
    return JsonResponse({"status": "ok", "database": "ok", "vendor": connection.vendor})


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html", {"stats": home_statistics()})
