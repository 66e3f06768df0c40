"""Recommendations for platform records, through the one engine (`matching.engine`)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import get_language

from biobridge.directory.models import Organization
from biobridge.matching.profiles import org_pk, org_profile_id
from biobridge.matching.selectors import ORGANIZATION_INDEX, organizations_for_matching

DEFAULT_TOP = 10


@dataclass
class Recommendation:
    organization: Organization
    score: float
    reasons: list[str]
    mutual: bool


def viewer_language() -> str:
    return "en" if (get_language() or "ko").startswith("en") else "ko"


def recommend_partners(
    org: Organization, *, top: int = DEFAULT_TOP, lang: str | None = None
) -> list[Recommendation]:
    """The best partner organisations for `org`, with reasons in the viewer's language."""
    index = ORGANIZATION_INDEX.get()
    suggestions = index.recommend(org_profile_id(org.pk), top=top, lang=lang or viewer_language())
    by_pk = organizations_for_matching().in_bulk([org_pk(s.id) for s in suggestions])
    return [
        Recommendation(organization=by_pk[pk], score=s.score, reasons=s.reasons, mutual=s.mutual)
        for s in suggestions
        if (pk := org_pk(s.id)) in by_pk
    ]
