import datetime as dt

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from ninja import File, Query, Router, Schema, Status
from ninja.files import UploadedFile
from ninja.pagination import PageNumberPagination, paginate

from biobridge.common.api import WRITE_AUTH
from biobridge.directory.models import Organization
from biobridge.intel import selectors
from biobridge.intel.models import IngestBatch, Relation
from biobridge.intel.schemas import (
    AgreementCreatedOut,
    ArticleListOut,
    ArticleOut,
    BatchOut,
    GraphOut,
    MergeIn,
    OrganizationStateOut,
    RelationOut,
    RelationStateOut,
    ReviewIn,
    TimelineOut,
)
from biobridge.intel.services import (
    create_agreement_from_relation,
    create_upload_batch,
    merge_organizations,
    set_organization_review_state,
    set_relation_state,
)
from biobridge.intel.validators import ORG_ACTIONS, RELATION_ACTIONS, review_target_state, validate_filters

router = Router()


class FilterParams(Schema):
    outlet: str = ""
    rel_type: str = ""
    organization: int | None = None
    region: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    status: str = ""


def _filters(params: FilterParams) -> selectors.Filters:
    filters = selectors.Filters(**params.dict())
    validate_filters(filters)
    return filters


def party_out(org: Organization) -> dict:
    return {"id": org.pk, "name": org.display_name, "status": org.status, "url": org.get_absolute_url()}


def relation_out(relation: Relation) -> dict:
    article = relation.article
    return {
        "id": relation.pk,
        "type": relation.rel_type,
        "type_label": str(relation.get_rel_type_display()),
        "status": relation.status,
        "date": relation.date,
        "date_precision": relation.date_precision,
        "date_display": relation.date_display,
        "amount": relation.amount,
        "currency": relation.currency,
        "evidence": relation.evidence,
        "parties": [party_out(link.organization) for link in relation.party_links.all()],
        "article": {
            "id": article.pk,
            "title": article.title,
            "outlet": article.outlet,
            "published": article.published,
            "url": article.get_absolute_url(),
        },
        "agreement_id": relation.agreement_id,
    }


def _require_reviewer(request) -> None:
    if not request.user.has_perm("intel.review"):
        raise PermissionDenied("Only operators can review news data.")


# --- reads ---------------------------------------------------------------------------------------


@router.get("/articles", response=list[ArticleListOut])
@paginate(PageNumberPagination, page_size=20)
def list_articles(request, params: FilterParams = Query(...)):
    return [
        {
            "id": a.pk,
            "title": a.title,
            "outlet": a.outlet,
            "published": a.published,
            "reporter": a.reporter,
            "language": a.language,
            "url": a.get_absolute_url(),
            "relation_types": sorted({r.rel_type for r in a.live_relations}),
            "organization_count": a.n_orgs,
        }
        for a in selectors.search_articles(_filters(params))
    ]


@router.get("/articles/{article_id}", response=ArticleOut)
def get_article(request, article_id: int):
    article = selectors.get_article_or_404(article_id)
    mentions = {}
    for m in article.mentions.select_related("organization").exclude(organization__status="rejected"):
        row = mentions.setdefault(m.organization_id, {**party_out(m.organization), "mentions": []})
        row["mentions"].append({"start": m.start, "end": m.end, "surface": m.surface})
    return {
        "id": article.pk,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "reporter": article.reporter,
        "language": article.language,
        "source": article.source,
        "url": article.get_absolute_url(),
        "body": article.body,
        "organizations": list(mentions.values()),
        "relations": [
            relation_out(r) for r in selectors.article_relations(article).select_related("article")
        ],
    }


@router.get("/relations", response=list[RelationOut])
@paginate(PageNumberPagination, page_size=50)
def list_relations(request, params: FilterParams = Query(...)):
    return [relation_out(r) for r in selectors.search_relations(_filters(params))]


@router.get("/graph", response=GraphOut)
def graph(request, params: FilterParams = Query(...)):
    g = selectors.ecosystem_graph(_filters(params))
    return {"nodes": g.nodes, "edges": g.edges}


@router.get("/organizations/{org_id}/timeline", response=TimelineOut)
def timeline(request, org_id: int, params: FilterParams = Query(...)):
    org = selectors.get_live_organization_or_404(org_id)
    relations = selectors.organization_timeline(org, _filters(params))
    return {"organization": party_out(org), "relations": [relation_out(r) for r in relations]}


# --- review actions (operators) ------------------------------------------------------------------


@router.post("/organizations/{org_id}/review", response=OrganizationStateOut, auth=WRITE_AUTH)
def review_organization(request, org_id: int, payload: ReviewIn):
    _require_reviewer(request)
    org = get_object_or_404(Organization, pk=org_id)
    org = set_organization_review_state(
        org, review_target_state(payload.action, ORG_ACTIONS), actor=request.user
    )
    return {"id": org.pk, "name": org.display_name, "status": org.status}


@router.post("/organizations/{org_id}/merge", response=OrganizationStateOut, auth=WRITE_AUTH)
def merge_organization(request, org_id: int, payload: MergeIn):
    _require_reviewer(request)
    source = get_object_or_404(Organization, pk=org_id)
    into = get_object_or_404(Organization, pk=payload.into)
    into = merge_organizations(source, into, actor=request.user)
    return {"id": into.pk, "name": into.display_name, "status": into.status}


@router.post("/relations/{relation_id}/review", response=RelationStateOut, auth=WRITE_AUTH)
def review_relation(request, relation_id: int, payload: ReviewIn):
    _require_reviewer(request)
    relation = get_object_or_404(Relation, pk=relation_id)
    state = review_target_state(payload.action, RELATION_ACTIONS)
    relation = set_relation_state(relation, state, actor=request.user)
    return {"id": relation.pk, "status": relation.status, "agreement_id": relation.agreement_id}


@router.post("/relations/{relation_id}/agreement", response={201: AgreementCreatedOut}, auth=WRITE_AUTH)
def create_agreement(request, relation_id: int):
    _require_reviewer(request)
    relation = get_object_or_404(Relation, pk=relation_id)
    agreement = create_agreement_from_relation(relation, actor=request.user)
    return Status(201, {"agreement_id": agreement.pk, "url": f"/api/directory/agreements/{agreement.pk}"})


# --- uploads (operators) --------------------------------------------------------------------------


def _batch_out(batch: IngestBatch) -> dict:
    return {"id": batch.pk, "status": batch.status, "results": batch.results, "summary": batch.summary}


@router.post("/uploads", response={202: BatchOut}, auth=WRITE_AUTH)
def upload(request, files: list[UploadedFile] = File(...)):
    """Queue news files (.txt, .html, .zip) for ingestion; poll the batch for per-file results."""
    if not request.user.has_perm("intel.upload"):
        raise PermissionDenied("Only operators can upload news.")
    batch = create_upload_batch(files, actor=request.user)
    return Status(202, _batch_out(batch))


@router.get("/uploads/{batch_id}", response=BatchOut, auth=WRITE_AUTH)
def get_upload(request, batch_id: int):
    if not request.user.has_perm("intel.upload"):
        raise PermissionDenied("Only operators can upload news.")
    return _batch_out(get_object_or_404(IngestBatch, pk=batch_id))
