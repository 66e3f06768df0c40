"""Operators build programs: the call, its stages, its form and its rubric."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from biobridge.directory.enums import OrganizationType, Region
from biobridge.directory.models import Organization, Term
from biobridge.programs.enums import FieldKind, StageKind
from biobridge.programs.models import Criterion, FormField, Program, ProgramStage


@dataclass
class ProgramData:
    title_ko: str = ""
    title_en: str = ""
    description_ko: str = ""
    description_en: str = ""
    opens_at: datetime | None = None
    deadline: datetime | None = None
    budget: int = 0
    currency: str = "KRW"
    blind_review: bool = False
    reviews_per_application: int = 3
    reviewer_capacity: int = 20
    disagreement_threshold: float = 20.0
    eligible_org_types: list[str] = field(default_factory=list)
    eligible_regions: list[str] = field(default_factory=list)
    max_company_age: int | None = None
    eligible_terms: list[str] = field(default_factory=list)  # term keys
    host_ids: list[int] = field(default_factory=list)


def validate_program(data: ProgramData) -> None:
    errors: dict[str, list[str]] = {}
    if not (data.title_ko.strip() or data.title_en.strip()):
        errors["title_ko"] = [_("Give the program a Korean or an English title.")]
    if data.opens_at is None or data.deadline is None or data.deadline <= data.opens_at:
        errors["deadline"] = [_("The deadline must come after the opening.")]
    if [t for t in data.eligible_org_types if t not in OrganizationType.values]:
        errors["eligible_org_types"] = [_("Unknown organisation type.")]
    if [r for r in data.eligible_regions if r not in Region.values]:
        errors["eligible_regions"] = [_("Unknown region.")]
    unknown = set(data.eligible_terms) - set(
        Term.objects.filter(key__in=data.eligible_terms).values_list("key", flat=True)
    )
    if unknown:
        errors["eligible_terms"] = [
            _("Unknown taxonomy terms: %(keys)s.") % {"keys": ", ".join(sorted(unknown))}
        ]
    if not data.host_ids or Organization.objects.filter(pk__in=data.host_ids).count() != len(
        set(data.host_ids)
    ):
        errors["host_ids"] = [_("Name at least one existing host organisation.")]
    if data.reviews_per_application < 1:
        errors["reviews_per_application"] = [_("At least one review per application.")]
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_program(*, data: ProgramData, actor=None) -> Program:
    """Create a program with its hosts and eligible fields (stages, form, rubric added after)."""
    validate_program(data)
    values = {k: v for k, v in data.__dict__.items() if k not in {"eligible_terms", "host_ids"}}
    program = Program.objects.create(**values)
    program.hosts.set(data.host_ids)
    program.eligible_terms.set(Term.objects.filter(key__in=data.eligible_terms))
    return program


def add_stage(
    program: Program,
    *,
    kind: str,
    name_ko: str = "",
    name_en: str = "",
    starts_on: date | None = None,
    ends_on: date | None = None,
) -> ProgramStage:
    if kind not in StageKind.values:
        raise ValidationError({"kind": [_("Unknown stage.")]})
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError({"ends_on": [_("A stage cannot end before it starts.")]})
    if program.stages.filter(kind=kind).exists():
        raise ValidationError({"kind": [_("The program already has this stage.")]})
    position = program.stages.count()
    return ProgramStage.objects.create(
        program=program,
        kind=kind,
        name_ko=name_ko,
        name_en=name_en,
        starts_on=starts_on,
        ends_on=ends_on,
        position=position,
    )


def add_form_field(
    program: Program,
    *,
    key: str,
    kind: str,
    label_ko: str = "",
    label_en: str = "",
    required: bool = False,
    choices: list[dict] | None = None,
    help_ko: str = "",
    help_en: str = "",
) -> FormField:
    errors: dict[str, list[str]] = {}
    if kind not in FieldKind.values:
        errors["kind"] = [_("Unknown field kind.")]
    if not (label_ko.strip() or label_en.strip()):
        errors["label_ko"] = [_("Give the question a Korean or an English label.")]
    if kind == FieldKind.CHOICE and not choices:
        errors["choices"] = [_("A choice question needs options.")]
    if program.form_fields.filter(key=key).exists():
        errors["key"] = [_("The form already has a question with this key.")]
    if errors:
        raise ValidationError(errors)
    return FormField.objects.create(
        program=program,
        key=key,
        kind=kind,
        label_ko=label_ko,
        label_en=label_en,
        help_ko=help_ko,
        help_en=help_en,
        required=required,
        choices=choices or [],
        position=program.form_fields.count(),
    )


def add_criterion(
    program: Program,
    *,
    name_ko: str = "",
    name_en: str = "",
    weight: int = 1,
    min_score: int = 1,
    max_score: int = 5,
) -> Criterion:
    if max_score <= min_score or weight < 1:
        raise ValidationError(
            {"max_score": [_("The highest score must exceed the lowest, and weights are positive.")]}
        )
    return Criterion.objects.create(
        program=program,
        name_ko=name_ko,
        name_en=name_en,
        weight=weight,
        min_score=min_score,
        max_score=max_score,
        position=program.criteria.count(),
    )
