"""Ingestion: extracted articles into the database, one article per transaction.

`ingest_sources` streams files one by one (constant memory; a failure in one file is
recorded in its result and the batch goes on). `store_extracted` stores one article once
(by content fingerprint), links its organisations to the directory — creating an
*unverified* organisation for a name the directory does not know — and records its
relations as evidence (article + sentence), pending an operator's review.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from biobridge.directory.enums import OrganizationStatus, OrganizationType
from biobridge.directory.models import Organization, OrganizationName
from biobridge.directory.services import OrganizationData, create_organization
from biobridge.directory.validators import name_key
from biobridge.intel.adapters import (
    ArticleExtractor,
    ExtractedArticle,
    ExtractedOrganization,
    ExtractedRelation,
    ExtractError,
    decode_bytes,
)
from biobridge.intel.enums import DatePrecision, Language, RelationType
from biobridge.intel.fingerprint import fingerprint
from biobridge.intel.models import Article, ArticleSource, Mention, Relation, RelationParty
from biobridge.intel.sources import SourceFile

log = logging.getLogger(__name__)
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
MAX_AMOUNT = Decimal("1e17")  # fits the amount column; larger figures are extraction errors


@dataclass
class FileResult:
    """What happened to one input file (`status`: created, duplicate or error)."""

    name: str
    status: str
    message: str = ""
    article_id: int | None = None
    organizations: int = 0
    new_organizations: int = 0
    relations: int = 0

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class IngestSummary:
    results: list[FileResult] = field(default_factory=list)
    created: int = 0
    duplicates: int = 0
    errors: int = 0
    new_organizations: int = 0
    relations: int = 0

    def add(self, result: FileResult, *, keep: bool = True) -> None:
        if keep:
            self.results.append(result)
        if result.status == "created":
            self.created += 1
        elif result.status == "duplicate":
            self.duplicates += 1
        else:
            self.errors += 1
        self.new_organizations += result.new_organizations
        self.relations += result.relations

    @property
    def processed(self) -> int:
        return self.created + self.duplicates

    def line(self) -> str:
        return (
            f"{self.created + self.duplicates + self.errors} files: {self.created} new articles, "
            f"{self.duplicates} duplicates, {self.errors} errors; "
            f"{self.new_organizations} new unverified organisations, {self.relations} relations"
        )


def ingest_sources(
    sources: Iterable[SourceFile],
    *,
    on_result: Callable[[FileResult], None] | None = None,
    keep_results: bool = True,
) -> IngestSummary:
    """Ingest files one at a time. Never raises for a bad file: its result says why."""
    summary = IngestSummary()
    extractor = ArticleExtractor(directory_names())
    for source in sources:
        result = ingest_one(source, extractor=extractor)
        summary.add(result, keep=keep_results)
        if on_result is not None:
            on_result(result)
    return summary


def ingest_one(source: SourceFile, *, extractor: Callable[..., ExtractedArticle]) -> FileResult:
    try:
        data = source.read()
        seen = _seen_before(data, source.name)
        if seen is not None:
            return seen
        text = decode_bytes(data)
        extracted = extractor(text, filename=PurePath(source.name).name)
    except ExtractError as exc:
        return FileResult(source.name, "error", str(exc))
    except Exception as exc:  # an extractor bug on one odd file must not stop the batch
        log.exception("extraction failed for %s", source.name)
        return FileResult(source.name, "error", f"extraction failed ({type(exc).__name__}: {exc})")
    if not (extracted.body or "").strip():
        return FileResult(source.name, "error", "no article text found")
    try:
        return store_extracted(extracted, source=source.name, raw_digest=hashlib.sha256(data).hexdigest())
    except (ValidationError, IntegrityError) as exc:
        log.exception("storing failed for %s", source.name)
        return FileResult(source.name, "error", f"could not store the article ({exc})")


def _seen_before(data: bytes, name: str) -> FileResult | None:
    """A file whose exact bytes were ingested before is a duplicate: no need to extract it again."""
    digest = hashlib.sha256(data).hexdigest()
    known = ArticleSource.objects.filter(raw_digest=digest).order_by("pk").first()
    if known is None:
        return None
    ArticleSource.objects.get_or_create(
        article_id=known.article_id, source=name[:500], outlet=known.outlet, defaults={"raw_digest": digest}
    )
    return FileResult(
        name, "duplicate", f"same text as article #{known.article_id}", article_id=known.article_id
    )


def directory_names() -> list[tuple[str, str, str | None]]:
    """(name, canonical, type) of every directory name and alias: the extractor's gazetteer extension."""
    rows = OrganizationName.objects.exclude(organization__status=OrganizationStatus.REJECTED).values_list(
        "name", "organization__name_ko", "organization__name_en", "organization__org_type"
    )
    return [(name, ko or en, kind or None) for name, ko, en, kind in rows.iterator()]


@transaction.atomic
def store_extracted(extracted: ExtractedArticle, *, source: str, raw_digest: str = "") -> FileResult:
    """Store one extracted article unless its fingerprint is known (then only note the source)."""
    digest = fingerprint(extracted.body)
    outlet = (extracted.outlet or "")[:120]
    existing = Article.objects.filter(fingerprint=digest).first()
    article = None
    if existing is None:
        try:
            with transaction.atomic():
                article = _create_article(extracted, source=source, digest=digest)
        except IntegrityError:  # a parallel worker stored the same text a moment ago
            existing = Article.objects.get(fingerprint=digest)
    if article is None:
        ArticleSource.objects.get_or_create(
            article=existing, source=source[:500], outlet=outlet, defaults={"raw_digest": raw_digest}
        )
        return FileResult(source, "duplicate", f"same text as article #{existing.pk}", article_id=existing.pk)
    ArticleSource.objects.create(article=article, source=source[:500], outlet=outlet, raw_digest=raw_digest)
    linked, created = link_organizations(article, extracted.organizations)
    relations = store_relations(article, extracted.relations, linked)
    return FileResult(
        source,
        "created",
        article_id=article.pk,
        organizations=len({org.pk for org in linked.values()}),
        new_organizations=created,
        relations=relations,
    )


def _create_article(extracted: ExtractedArticle, *, source: str, digest: str) -> Article:
    body = extracted.body
    title = (extracted.title or "").strip() or body.strip().splitlines()[0][:200]
    return Article.objects.create(
        source=source[:500],
        outlet=(extracted.outlet or "")[:120],
        title=title[:500],
        published=_parse_date(extracted.published)[0],
        reporter=(extracted.reporter or "")[:120],
        body=body,
        language=extracted.language if extracted.language in Language.values else Language.KOREAN,
        fingerprint=digest,
    )


# --- organisations --------------------------------------------------------------------------


def link_organizations(
    article: Article, found: list[ExtractedOrganization]
) -> tuple[dict[str, Organization], int]:
    """Resolve each found organisation and store its mentions. Returns ({name key: org}, created)."""
    known = names_index(name for item in found for name in (item.canonical, item.name))
    linked: dict[str, Organization] = {}
    created = 0
    mentions: dict[tuple[int, int], Mention] = {}
    for item in found:
        org, is_new = resolve_organization(item, known=known)
        if org is None:
            continue
        created += is_new
        for key in filter(None, (name_key(item.canonical), name_key(item.name))):
            linked[key] = known[key] = org
        for span in item.mentions:
            surface = article.body[span.start : span.end]
            if 0 <= span.start < span.end <= len(article.body) and surface.strip():
                mentions.setdefault(
                    (span.start, span.end),
                    Mention(
                        article=article,
                        organization=org,
                        surface=surface[:200],
                        start=span.start,
                        end=span.end,
                    ),
                )
    Mention.objects.bulk_create(mentions.values())
    return linked, created


def names_index(names: Iterable[str]) -> dict[str, Organization]:
    """{name key: organisation} for the names the directory knows, in one query."""
    keys = {k for k in (name_key(n) for n in names if n) if k}
    rows = OrganizationName.objects.filter(key__in=keys).select_related("organization")
    return {row.key: row.organization for row in rows}


def resolve_organization(
    item: ExtractedOrganization, *, known: dict[str, Organization] | None = None
) -> tuple[Organization | None, bool]:
    """The directory organisation for a found name, created unverified if unknown.

    A rejected organisation keeps its names, so a name an operator rejected once is not
    proposed again by the next article: it resolves to None.
    """
    names = [item.canonical, item.name]
    if known is None:
        known = names_index(names)
    org = next((known[k] for k in (name_key(n) for n in names if n) if k in known), None)
    if org is None:
        org, created = _create_unverified(item)
        if created or org is None:
            return org, created
    if org.status == OrganizationStatus.REJECTED:
        return None, False
    return org, False


def find_by_names(names: Iterable[str]) -> Organization | None:
    names = list(names)
    known = names_index(names)
    return next((known[k] for k in (name_key(n) for n in names if n) if k in known), None)


def _create_unverified(item: ExtractedOrganization) -> tuple[Organization | None, bool]:
    names = list(dict.fromkeys(n.strip() for n in (item.canonical, item.name) if n and n.strip()))
    korean = [n for n in names if _HANGUL.search(n)]
    other = [n for n in names if not _HANGUL.search(n)]
    data = OrganizationData(
        name_ko=korean[0] if korean else "",
        name_en=other[0] if other else "",
        org_type=item.type if item.type in OrganizationType.values else OrganizationType.COMPANY,
        aliases=korean[1:] + other[1:],
        status=OrganizationStatus.UNVERIFIED,
    )
    try:
        with transaction.atomic():
            return create_organization(data=data), True
    except ValidationError:
        # A name taken meanwhile (or by another spelling of one of the names): link to that one.
        return find_by_names(names), False


# --- relations ------------------------------------------------------------------------------


def store_relations(article: Article, found: list[ExtractedRelation], linked: dict[str, Organization]) -> int:
    """Store each relation with at least one resolvable party; returns how many were stored."""
    stored = 0
    for item in found:
        if item.type not in RelationType.values:
            continue
        parties = _parties(item.parties, linked)
        if not parties:
            continue
        day, precision = _parse_date(item.date)
        amount = _amount(item.amount)
        relation = Relation.objects.create(
            article=article,
            rel_type=item.type,
            date=day,
            date_precision=precision,
            amount=amount,
            currency=(item.currency or "").upper()[:3] if amount is not None else "",
            evidence=(item.evidence or "").strip(),
            **_evidence_span(article.body, item),
        )
        RelationParty.objects.bulk_create(
            [RelationParty(relation=relation, organization=org, position=i) for i, org in enumerate(parties)]
        )
        stored += 1
    return stored


def _evidence_span(body: str, item: ExtractedRelation) -> dict[str, int | None]:
    """Offsets of the evidence sentence in the body: the extractor's, checked, or found by search."""
    start, end = item.evidence_start, item.evidence_end
    evidence = (item.evidence or "").strip()
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(body)):
        start = body.find(evidence) if evidence else -1
        end = start + len(evidence)
    if start < 0:
        return {"evidence_start": None, "evidence_end": None}
    return {"evidence_start": start, "evidence_end": end}


def _parties(names: list[str], linked: dict[str, Organization]) -> list[Organization]:
    out: dict[int, Organization] = {}
    for name in names:
        org = linked.get(name_key(name or ""))
        if org is None:
            org = find_by_names([name])
            if org is not None and org.status == OrganizationStatus.REJECTED:
                org = None
        if org is not None:
            out.setdefault(org.pk, org)
    return list(out.values())


def _parse_date(value: str | None) -> tuple[date | None, str]:
    """'2023-04-28' → (date, day); '2023-04' → (2023-04-01, month); '2023' → (2023-01-01, year)."""
    parts = (value or "").strip()[:10].split("-")
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2])), DatePrecision.DAY
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1), DatePrecision.MONTH
        if len(parts) == 1 and parts[0]:
            return date(int(parts[0]), 1, 1), DatePrecision.YEAR
    except ValueError:
        pass
    return None, DatePrecision.DAY


def _amount(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None
    return amount if abs(amount) < MAX_AMOUNT else None
