import datetime as dt

from ninja import Field, Schema


class StageOut(Schema):
    id: int
    kind: str
    name: str
    starts_on: dt.date | None
    ends_on: dt.date | None


class FormFieldOut(Schema):
    key: str
    kind: str
    label_ko: str
    label_en: str
    required: bool
    choices: list[dict]


class CriterionOut(Schema):
    id: int
    name_ko: str
    name_en: str
    weight: int
    min_score: int
    max_score: int


class ProgramOut(Schema):
    id: int
    title_ko: str
    title_en: str
    opens_at: dt.datetime
    deadline: dt.datetime
    budget: int
    currency: str
    blind_review: bool
    eligible_org_types: list[str]
    eligible_regions: list[str]
    max_company_age: int | None
    hosts: list[int]

    @staticmethod
    def resolve_hosts(obj) -> list[int]:
        return [h.pk for h in obj.hosts.all()]


class ProgramDetailOut(ProgramOut):
    description_ko: str
    description_en: str
    stages: list[StageOut]
    form_fields: list[FormFieldOut]
    criteria: list[CriterionOut]
    eligible_terms: list[str]

    @staticmethod
    def resolve_stages(obj) -> list:
        return list(obj.stages.all())

    @staticmethod
    def resolve_form_fields(obj) -> list:
        return list(obj.form_fields.all())

    @staticmethod
    def resolve_criteria(obj) -> list:
        return list(obj.criteria.all())

    @staticmethod
    def resolve_eligible_terms(obj) -> list[str]:
        return [t.key for t in obj.eligible_terms.all()]


class EligibilityOut(Schema):
    eligible: bool
    reasons: list[str]


class ApplicationIn(Schema):
    organization: int
    answers: dict[str, str | int | float] = {}


class AnswersIn(Schema):
    answers: dict[str, str | int | float]


class ApplicationOut(Schema):
    id: int
    program: int = Field(..., alias="program_id")
    organization: int = Field(..., alias="organization_id")
    state: str
    stage: str | None = Field(None, alias="stage.kind")
    answers: dict
    version: int
    submitted_at: dt.datetime | None


class AssignmentOut(Schema):
    id: int
    application: int
    program: int
    stage: str
    organization: str | None  # null in blind review
    reviewed: bool
    total: float | None


class ReviewIn(Schema):
    scores: dict[str, int | str]
    comment: str = ""


class ReviewOut(Schema):
    assignment: int = Field(..., alias="assignment_id")
    total: float
    comment: str


class AssignIn(Schema):
    stage: str


class AssignOut(Schema):
    created: int
    total_affinity: float
    short: list[int]


class RankOut(Schema):
    rank: int
    application: int
    organization: str
    reviews: int
    mean: float | None
    normalised: float | None
    spread: float
    disagreement: bool


class SelectIn(Schema):
    amount: int


class AwardOut(Schema):
    application: int = Field(..., alias="application_id")
    amount: int


class SlotOut(Schema):
    id: int
    kind: str
    host: str
    host_organization: str | None
    starts_at: dt.datetime
    ends_at: dt.datetime
    location: str

    @staticmethod
    def resolve_host(obj) -> str:
        return str(obj.host)

    @staticmethod
    def resolve_host_organization(obj) -> str | None:
        return obj.host_organization.display_name if obj.host_organization else None


class BookingIn(Schema):
    organization: int
    topic: str = ""


class BookingOut(Schema):
    id: int
    slot: int = Field(..., alias="slot_id")
    organization: int = Field(..., alias="organization_id")
    topic: str
