from ninja import Schema


class RecommendationOut(Schema):
    id: int
    name_ko: str
    name_en: str
    org_type: str
    country: str
    score: float
    mutual: bool
    reasons: list[str]
