from ninja import Query, Router, Schema

from biobridge.directory.selectors import get_organization_or_404
from biobridge.matching.schemas import RecommendationOut
from biobridge.matching.services import recommend_partners

router = Router()


class RecommendationQuery(Schema):
    top: int = 10
    lang: str = "en"


@router.get("/organizations/{org_id}/recommendations", response=list[RecommendationOut])
def organization_recommendations(request, org_id: int, params: RecommendationQuery = Query(...)):
    """Best partner organisations for one organisation, with reasons (lang: ko or en)."""
    from django.core.exceptions import ValidationError

    if not 1 <= params.top <= 100:
        raise ValidationError({"top": ["top must be between 1 and 100."]})
    if params.lang not in {"ko", "en"}:
        raise ValidationError({"lang": ["lang must be ko or en."]})
    org = get_organization_or_404(org_id)
    return [
        {
            "id": rec.organization.pk,
            "name_ko": rec.organization.name_ko,
            "name_en": rec.organization.name_en,
            "org_type": rec.organization.org_type,
            "country": rec.organization.country,
            "score": rec.score,
            "mutual": rec.mutual,
            "reasons": rec.reasons,
        }
        for rec in recommend_partners(org, top=params.top, lang=params.lang)
    ]
