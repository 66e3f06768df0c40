from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from biobridge.directory.selectors import get_organization_or_404
from biobridge.matching.services import recommend_partners


def index(request: HttpRequest) -> HttpResponse:
    """Recommendations for the viewer's own organisations."""
    orgs = []
    if request.user.is_authenticated:
        orgs = [m.organization for m in request.user.memberships.select_related("organization")]
    blocks = [(org, recommend_partners(org, top=10)) for org in orgs]
    return render(request, "matching/index.html", {"blocks": blocks})


def organization_recommendations(request: HttpRequest, pk: int) -> HttpResponse:
    """HTMX partial: recommended partners of one organisation (lazy-loaded on its page)."""
    org = get_organization_or_404(pk)
    context = {"org": org, "recommendations": recommend_partners(org, top=8)}
    return render(request, "matching/_recommendations.html", context)
