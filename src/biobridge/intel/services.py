"""Writes of the intel module besides ingestion: the operators' review and web uploads.

Every review decision goes through one function per state machine
(`set_organization_review_state`, `set_relation_state`), which checks the transition,
saves and records a `ReviewEvent`. Permission checks are the caller's (views and API call
`has_perm("intel.review")`), as in the directory's services.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from biobridge.accounts.models import Membership
from biobridge.directory.enums import AgreementKind, NameKind, OrganizationStatus
from biobridge.directory.models import Agreement, AgreementParty, Organization
from biobridge.directory.services import AgreementData, create_agreement, refresh_search_document
from biobridge.intel.enums import BatchStatus, RelationType, ReviewAction, ReviewStatus
from biobridge.intel.models import IngestBatch, Mention, Relation, RelationParty, ReviewEvent

ORG_TRANSITIONS = {
    OrganizationStatus.UNVERIFIED: {OrganizationStatus.VERIFIED, OrganizationStatus.REJECTED},
    OrganizationStatus.REJECTED: {OrganizationStatus.UNVERIFIED},
}
ORG_ACTIONS = {
    OrganizationStatus.VERIFIED: ReviewAction.ORG_CONFIRMED,
    OrganizationStatus.REJECTED: ReviewAction.ORG_REJECTED,
    OrganizationStatus.UNVERIFIED: ReviewAction.ORG_REOPENED,
}
RELATION_TRANSITIONS = {
    ReviewStatus.PENDING: {ReviewStatus.CONFIRMED, ReviewStatus.REJECTED},
    ReviewStatus.CONFIRMED: {ReviewStatus.PENDING, ReviewStatus.REJECTED},
    ReviewStatus.REJECTED: {ReviewStatus.PENDING, ReviewStatus.CONFIRMED},
}
RELATION_ACTIONS = {
    ReviewStatus.CONFIRMED: ReviewAction.RELATION_CONFIRMED,
    ReviewStatus.REJECTED: ReviewAction.RELATION_REJECTED,
    ReviewStatus.PENDING: ReviewAction.RELATION_REOPENED,
}
MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # one upload (a zip of many articles); each article ≤ adapters.MAX_BYTES


def _record(action: str, *, actor, organization=None, relation=None, detail: str = "") -> None:
    ReviewEvent.objects.create(
        action=action, actor=actor, organization=organization, relation=relation, detail=detail[:500]
    )


@transaction.atomic
def set_organization_review_state(org: Organization, new_state: str, *, actor) -> Organization:
    """Confirm (→ verified), reject, or reopen an organisation first seen in the news.

    Side effects: the organisation's status; a ReviewEvent. A rejected organisation keeps its
    names, so ingestion will not propose it again.
    """
    org = Organization.objects.select_for_update().get(pk=org.pk)
    if new_state not in ORG_TRANSITIONS.get(org.status, set()):
        raise ValidationError(
            {
                "status": [
                    _("An organisation cannot go from “%(old)s” to “%(new)s” here.")
                    % {"old": org.status, "new": new_state}
                ]
            }
        )
    org.status = new_state
    org.save(update_fields=["status", "updated_at"])
    _record(ORG_ACTIONS[new_state], actor=actor, organization=org, detail=org.display_name)
    return org


@transaction.atomic
def merge_organizations(source: Organization, into: Organization, *, actor) -> Organization:
    """Merge an unverified organisation into another one and delete it.

    Side effects: mentions, relation parties, agreement parties and names (as aliases) move
    to `into`; `into`'s search document is refreshed; a ReviewEvent records the merge.
    """
    _validate_merge(source, into)
    Mention.objects.filter(organization=source).update(organization=into)
    _move_links(RelationParty.objects.filter(organization=source), "relation", into)
    _move_links(AgreementParty.objects.filter(organization=source), "agreement", into)
    source.names.update(organization=into, kind=NameKind.ALIAS)
    detail = f"{source.display_name} (#{source.pk}) → {into.display_name} (#{into.pk})"
    source.delete()
    refresh_search_document(into)
    _record(ReviewAction.ORG_MERGED, actor=actor, organization=into, detail=detail)
    return into


def _validate_merge(source: Organization, into: Organization) -> None:
    if source.pk == into.pk:
        raise ValidationError({"into": [_("An organisation cannot be merged into itself.")]})
    if source.status != OrganizationStatus.UNVERIFIED:
        raise ValidationError(
            {"source": [_("Only unverified organisations from the news can be merged away.")]}
        )
    if into.status == OrganizationStatus.REJECTED:
        raise ValidationError({"into": [_("Choose an organisation that is not rejected.")]})
    if Membership.objects.filter(organization=source).exists():
        raise ValidationError(
            {"source": [_("This organisation has members; merge it in the directory instead.")]}
        )


def _move_links(links, parent_field: str, into: Organization) -> None:
    """Re-point party links to `into`, dropping those whose parent already has `into` as a party."""
    model = links.model
    for link in links:
        parent_id = getattr(link, f"{parent_field}_id")
        if model.objects.filter(**{f"{parent_field}_id": parent_id, "organization": into}).exists():
            link.delete()
        else:
            link.organization = into
            link.save(update_fields=["organization"])


@transaction.atomic
def set_relation_state(relation: Relation, new_state: str, *, actor) -> Relation:
    """Confirm, reject or reopen a relation. Side effects: reviewer and time; a ReviewEvent."""
    relation = Relation.objects.select_for_update().get(pk=relation.pk)
    if new_state not in RELATION_TRANSITIONS.get(relation.status, set()):
        raise ValidationError({"status": [_("This relation is already in that state.")]})
    if relation.agreement_id and new_state != ReviewStatus.CONFIRMED:
        raise ValidationError(
            {"status": [_("An agreement was created from this relation; change it in the directory.")]}
        )
    relation.status = new_state
    relation.reviewed_by = actor if getattr(actor, "pk", None) else None
    relation.reviewed_at = timezone.now()
    relation.save(update_fields=["status", "reviewed_by", "reviewed_at"])
    _record(RELATION_ACTIONS[new_state], actor=relation.reviewed_by, relation=relation, detail=str(relation))
    return relation


@transaction.atomic
def create_agreement_from_relation(relation: Relation, *, actor) -> Agreement:
    """Record a confirmed MOU relation as a directory agreement (once).

    Side effects: a directory Agreement (parties: the relation's non-rejected parties, date and
    source from the article); the relation links to it; a ReviewEvent.
    """
    relation = Relation.objects.select_for_update().select_related("article").get(pk=relation.pk)
    _validate_agreement_source(relation)
    article = relation.article
    korean = article.language == "ko"
    agreement = create_agreement(
        data=AgreementData(
            kind=AgreementKind.MOU,
            title_ko=article.title[:255] if korean else "",
            title_en="" if korean else article.title[:255],
            date=relation.date,
            date_precision=relation.date_precision,
            party_ids=_live_party_ids(relation),
            source_url=article.source if article.source.startswith(("http://", "https://")) else "",
            source_title=" · ".join(filter(None, [article.outlet, article.title]))[:255],
        ),
        actor=actor,
    )
    relation.agreement = agreement
    relation.save(update_fields=["agreement"])
    _record(ReviewAction.AGREEMENT_CREATED, actor=actor, relation=relation, detail=agreement.title)
    return agreement


def _live_party_ids(relation: Relation) -> list[int]:
    return list(
        relation.party_links.exclude(organization__status=OrganizationStatus.REJECTED).values_list(
            "organization_id", flat=True
        )
    )


def _validate_agreement_source(relation: Relation) -> None:
    if relation.rel_type != RelationType.MOU:
        raise ValidationError({"relation": [_("Only MOU relations become agreements.")]})
    if relation.status != ReviewStatus.CONFIRMED:
        raise ValidationError({"relation": [_("Confirm the relation before creating an agreement.")]})
    if relation.agreement_id:
        raise ValidationError({"relation": [_("An agreement was already created from this relation.")]})
    if len(_live_party_ids(relation)) < 2:
        raise ValidationError({"relation": [_("An agreement needs at least two parties.")]})


# --- uploads through the web --------------------------------------------------------------


def validate_upload(files: list[UploadedFile]) -> None:
    """One rule for the upload form and the API: at least one file, none above the upload limit."""
    if not files:
        raise ValidationError({"files": [_("Choose at least one .txt, .html or .zip file.")]})
    for f in files:
        if f.size > MAX_UPLOAD_BYTES:
            raise ValidationError(
                {
                    "files": [
                        _("“%(name)s” is larger than %(mb)s MB.")
                        % {"name": f.name, "mb": MAX_UPLOAD_BYTES // 2**20}
                    ]
                }
            )


def upload_root() -> Path:
    return Path(settings.MEDIA_ROOT) / "intel" / "uploads"


@transaction.atomic
def create_upload_batch(files: list[UploadedFile], *, actor) -> IngestBatch:
    """Save uploaded files and queue their ingestion.

    Side effects: files under MEDIA_ROOT/intel/uploads/<batch>; the ingestion task after commit.
    """
    from biobridge.intel.tasks import ingest_upload_batch

    validate_upload(files)
    batch = IngestBatch.objects.create(created_by=actor)
    folder = upload_root() / str(batch.pk)
    folder.mkdir(parents=True, exist_ok=True)
    for i, f in enumerate(files):
        safe = Path(f.name).name or "upload"
        with (folder / f"{i:03d}_{safe}").open("wb") as out:
            for chunk in f.chunks():
                out.write(chunk)
    batch.upload_dir = str(folder)
    batch.save(update_fields=["upload_dir"])
    transaction.on_commit(lambda: ingest_upload_batch.enqueue(batch_id=batch.pk))
    return batch


def run_upload_batch(batch_id: int) -> IngestBatch:
    """Ingest an upload batch's files; idempotent (a finished batch is left alone)."""
    from biobridge.intel.ingest import ingest_sources
    from biobridge.intel.sources import iter_sources

    batch = IngestBatch.objects.get(pk=batch_id)
    if batch.status in (BatchStatus.DONE, BatchStatus.FAILED):
        return batch
    IngestBatch.objects.filter(pk=batch.pk).update(status=BatchStatus.RUNNING)
    folder = Path(batch.upload_dir)
    summary = ingest_sources(iter_sources([folder]) if folder.is_dir() else [])
    prefix = str(folder) + "/"
    batch.results = [{**r.as_dict(), "name": _display_name(r.name, prefix)} for r in summary.results]
    batch.summary = summary.line()
    batch.status = BatchStatus.DONE
    batch.finished_at = timezone.now()
    batch.save(update_fields=["results", "summary", "status", "finished_at"])
    shutil.rmtree(folder, ignore_errors=True)
    return batch


def _display_name(name: str, prefix: str) -> str:
    """'…/uploads/7/000_news.zip:a.txt' → 'news.zip:a.txt' (drop the folder and our ordering prefix)."""
    name = name.removeprefix(prefix)
    return name[4:] if len(name) > 4 and name[3] == "_" and name[:3].isdigit() else name
