"""Writes for the directory: organisations (with names, aliases and tags), agreements, taxonomy."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from biobridge.common.korean import nfc, terms_batch
from biobridge.directory.enums import NameKind, OrganizationStatus, TagSide
from biobridge.directory.models import (
    Agreement,
    AgreementParty,
    Organization,
    OrganizationName,
    OrganizationTag,
    Term,
)
from biobridge.directory.validators import name_key, normalize_text, validate_org_name

ORG_FIELDS = (
    "name_ko",
    "name_en",
    "org_type",
    "country",
    "region",
    "cluster",
    "website",
    "description_ko",
    "description_en",
    "founded_year",
    "size",
)


@dataclass
class OrganizationData:
    """Everything a create or update may set; forms, API and demo loader all fill this."""

    name_ko: str = ""
    name_en: str = ""
    org_type: str = ""
    country: str = "KR"
    region: str = ""
    cluster: str = ""
    website: str = ""
    description_ko: str = ""
    description_en: str = ""
    founded_year: int | None = None
    size: str = ""
    aliases: list[str] = field(default_factory=list)
    offering: list[str] = field(default_factory=list)  # term keys
    seeking: list[str] = field(default_factory=list)
    status: str = OrganizationStatus.VERIFIED

    def normalized(self) -> OrganizationData:
        self.name_ko = normalize_text(self.name_ko)
        self.name_en = normalize_text(self.name_en)
        self.cluster = normalize_text(self.cluster)
        self.country = (self.country or "").strip().upper()
        self.aliases = [normalize_text(a) for a in self.aliases if normalize_text(a)]
        self.description_ko = normalize_text_block(self.description_ko)
        self.description_en = normalize_text_block(self.description_en)
        return self

    @classmethod
    def from_organization(cls, org: Organization) -> OrganizationData:
        values = {name: getattr(org, name) for name in ORG_FIELDS}
        links = list(org.tag_links.select_related("term"))
        return cls(
            **values,
            status=org.status,
            aliases=list(org.names.filter(kind=NameKind.ALIAS).values_list("name", flat=True)),
            offering=[link.term.key for link in links if link.side == TagSide.OFFERING],
            seeking=[link.term.key for link in links if link.side == TagSide.SEEKING],
        )


def normalize_text_block(value: str) -> str:
    return nfc(value or "").strip()


def _names_of(data: OrganizationData) -> list[tuple[str, str]]:
    names = [(NameKind.KOREAN, data.name_ko), (NameKind.ENGLISH, data.name_en)]
    names += [(NameKind.ALIAS, alias) for alias in data.aliases]
    return [(kind, name) for kind, name in names if name]


def validate_organization(data: OrganizationData, *, instance: Organization | None = None) -> None:
    """Raise ValidationError (by field) unless `data` may be stored. Changes nothing."""
    errors: dict[str, list[str]] = {}
    if not (data.name_ko or data.name_en):
        errors["name_ko"] = [_("Give the organisation a Korean or an English name.")]
    for field_name, value in (("name_ko", data.name_ko), ("name_en", data.name_en)):
        if value:
            try:
                validate_org_name(value)
            except ValidationError as exc:
                errors.setdefault(field_name, []).extend(exc.messages)
    for alias in data.aliases:
        try:
            validate_org_name(alias)
        except ValidationError as exc:
            errors.setdefault("aliases", []).extend(exc.messages)
    _check_model_fields(data, instance, errors)
    _check_terms(data, errors)
    _check_duplicates(data, instance, errors)
    if errors:
        raise ValidationError(errors)


def _check_model_fields(data: OrganizationData, instance: Organization | None, errors: dict) -> None:
    probe = Organization(**{name: getattr(data, name) for name in ORG_FIELDS}, status=data.status)
    if instance is not None:
        probe.pk = instance.pk
    try:
        probe.full_clean(exclude=["name_ko", "name_en"], validate_unique=False, validate_constraints=False)
    except ValidationError as exc:
        for key, messages in exc.message_dict.items():
            errors.setdefault(key, []).extend(messages)


def _check_terms(data: OrganizationData, errors: dict) -> None:
    wanted = set(data.offering) | set(data.seeking)
    known = set(Term.objects.filter(key__in=wanted).values_list("key", flat=True))
    for side in ("offering", "seeking"):
        unknown = [key for key in getattr(data, side) if key not in known]
        if unknown:
            errors.setdefault(side, []).append(
                _("Unknown taxonomy terms: %(keys)s.") % {"keys": ", ".join(sorted(unknown))}
            )


def _check_duplicates(data: OrganizationData, instance: Organization | None, errors: dict) -> None:
    own_keys: dict[str, str] = {}
    for kind, name in _names_of(data):
        own_keys.setdefault(name_key(name), kind)
    clashes = OrganizationName.objects.filter(key__in=list(own_keys)).select_related("organization")
    if instance is not None:
        clashes = clashes.exclude(organization=instance)
    for clash in clashes:
        kind = own_keys[clash.key]
        field_name = {"ko": "name_ko", "en": "name_en"}.get(kind, "aliases")
        errors.setdefault(field_name, []).append(duplicate_message(clash))


def duplicate_message(clash: OrganizationName) -> str:
    org = clash.organization
    label = " / ".join(n for n in (org.name_ko, org.name_en) if n)
    return _("“%(name)s” is already registered: %(existing)s (#%(id)s).") % {
        "name": clash.name,
        "existing": label,
        "id": org.pk,
    }


@transaction.atomic
def create_organization(*, data: OrganizationData, actor=None) -> Organization:
    """Create an organisation with its names, aliases and tags. Side effects: search document."""
    data.normalized()
    validate_organization(data)
    org = Organization(**{name: getattr(data, name) for name in ORG_FIELDS}, status=data.status)
    org.save()
    _store(org, data)
    return org


@transaction.atomic
def update_organization(org: Organization, *, data: OrganizationData, actor=None) -> Organization:
    """Replace an organisation's fields, names and tags. Refuses duplicates; changes nothing on error."""
    data.normalized()
    validate_organization(data, instance=org)
    for name in ORG_FIELDS:
        setattr(org, name, getattr(data, name))
    org.status = data.status
    org.save()
    _store(org, data)
    return org


def _store(org: Organization, data: OrganizationData) -> None:
    try:
        with transaction.atomic():
            _sync_names(org, data)
    except IntegrityError as exc:  # a concurrent writer took a name between check and insert
        raise ValidationError(
            {"name_ko": [_("This name was registered a moment ago; reload and retry.")]}
        ) from exc
    _sync_tags(org, data)
    refresh_search_document(org)


def _sync_names(org: Organization, data: OrganizationData) -> None:
    org.names.all().delete()
    seen: set[str] = set()
    rows = []
    for kind, name in _names_of(data):
        key = name_key(name)
        if key and key not in seen:
            seen.add(key)
            rows.append(OrganizationName(organization=org, name=name, kind=kind, key=key))
    OrganizationName.objects.bulk_create(rows)


def _sync_tags(org: Organization, data: OrganizationData) -> None:
    org.tag_links.all().delete()
    terms = Term.objects.in_bulk(set(data.offering) | set(data.seeking), field_name="key")
    OrganizationTag.objects.bulk_create(
        [
            OrganizationTag(organization=org, term=terms[key], side=TagSide.OFFERING)
            for key in dict.fromkeys(data.offering)
        ]
        + [
            OrganizationTag(organization=org, term=terms[key], side=TagSide.SEEKING)
            for key in dict.fromkeys(data.seeking)
        ]
    )


def refresh_search_document(org: Organization) -> None:
    """Recompute the organisation's index terms (names, descriptions, tags in both languages)."""
    names = list(org.names.values_list("name", flat=True))
    tags = [
        text
        for term in Term.objects.filter(tag_links__organization=org).distinct()
        for text in (term.name_ko, term.name_en, *term.synonyms)
    ]
    texts = [" ".join(names), org.description_ko, org.description_en, " ".join(tags), org.cluster]
    words = {name_key(n) for n in names} | {w for row in terms_batch(texts) for w in row}
    document = " " + " ".join(sorted(w for w in words if w)) + " "
    Organization.objects.filter(pk=org.pk).update(search_document=document)
    org.search_document = document


# --- agreements ---------------------------------------------------------------------------


@dataclass
class AgreementData:
    kind: str = "mou"
    title_ko: str = ""
    title_en: str = ""
    date: date | None = None
    date_precision: str = "day"
    party_ids: Sequence[int] = ()
    scope_items: list[str] = field(default_factory=list)
    source_url: str = ""
    source_title: str = ""


def validate_agreement(data: AgreementData) -> None:
    errors: dict[str, list[str]] = {}
    if not (normalize_text(data.title_ko) or normalize_text(data.title_en)):
        errors["title_ko"] = [_("Give the agreement a Korean or an English title.")]
    party_ids = list(dict.fromkeys(data.party_ids))
    if len(party_ids) < 2:
        errors["party_ids"] = [_("An agreement needs at least two parties.")]
    missing = set(party_ids) - set(Organization.objects.filter(pk__in=party_ids).values_list("pk", flat=True))
    if missing:
        errors.setdefault("party_ids", []).append(
            _("Unknown organisations: %(ids)s.") % {"ids": ", ".join(map(str, sorted(missing)))}
        )
    probe = Agreement(
        kind=data.kind,
        title_ko=data.title_ko,
        title_en=data.title_en,
        date=data.date,
        date_precision=data.date_precision,
        source_url=data.source_url,
        source_title=data.source_title,
    )
    try:
        probe.full_clean(exclude=["title_ko", "title_en", "scope_items"])
    except ValidationError as exc:
        for key, messages in exc.message_dict.items():
            errors.setdefault(key, []).extend(messages)
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_agreement(*, data: AgreementData, actor=None) -> Agreement:
    """Record an agreement between two or more organisations."""
    validate_agreement(data)
    agreement = Agreement.objects.create(
        kind=data.kind,
        title_ko=normalize_text(data.title_ko),
        title_en=normalize_text(data.title_en),
        date=data.date,
        date_precision=data.date_precision,
        scope_items=[normalize_text(s) for s in data.scope_items if normalize_text(s)],
        source_url=data.source_url,
        source_title=normalize_text(data.source_title),
    )
    set_agreement_parties(agreement, data.party_ids)
    return agreement


def set_agreement_parties(agreement: Agreement, party_ids: Iterable[int]) -> None:
    agreement.party_links.all().delete()
    AgreementParty.objects.bulk_create(
        [
            AgreementParty(agreement=agreement, organization_id=pk, position=i)
            for i, pk in enumerate(dict.fromkeys(party_ids))
        ]
    )


# --- taxonomy ------------------------------------------------------------------------------


@transaction.atomic
def sync_taxonomy() -> int:
    """Load the shipped bilingual taxonomy into the database (idempotent). Returns the term count."""
    from biobridge.directory.models import TaxonomyCategory
    from biobridge.directory.taxonomy_data import load_taxonomy

    taxonomy = load_taxonomy()
    categories = {}
    for position, cat in enumerate(taxonomy.categories.values()):
        categories[cat.key], _created = TaxonomyCategory.objects.update_or_create(
            key=cat.key, defaults={"name_ko": cat.ko, "name_en": cat.en, "position": position}
        )
    by_key = {}
    for term in taxonomy.terms.values():
        by_key[term.key], _created = Term.objects.update_or_create(
            key=term.key,
            defaults={
                "category": categories[term.category],
                "name_ko": term.ko,
                "name_en": term.en,
                "synonyms": list(term.synonyms),
                "parent": None,
            },
        )
    for term in taxonomy.terms.values():
        if term.parent:
            Term.objects.filter(pk=by_key[term.key].pk).update(parent=by_key[term.parent])
    return len(by_key)
