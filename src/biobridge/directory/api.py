from dataclasses import fields

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from biobridge.common.api import WRITE_AUTH
from biobridge.directory.models import Agreement, AgreementParty
from biobridge.directory.schemas import (
    AgreementIn,
    AgreementOut,
    OrganizationIn,
    OrganizationOut,
    OrganizationPatch,
    TermOut,
)
from biobridge.directory.selectors import get_organization_or_404, search_organizations, taxonomy_terms
from biobridge.directory.services import (
    AgreementData,
    OrganizationData,
    create_agreement,
    create_organization,
    update_organization,
)

router = Router()


class SearchFilters(Schema):
    q: str = ""
    org_type: str = ""
    region: str = ""
    country: str = ""
    tag: str = ""


def _with_details(qs):
    return qs.prefetch_related("names")


@router.get("/organizations", response=list[OrganizationOut])
@paginate(PageNumberPagination, page_size=20)
def list_organizations(request, filters: SearchFilters = Query(...)):
    return _with_details(search_organizations(**filters.dict()))


@router.get("/organizations/{org_id}", response=OrganizationOut)
def get_organization(request, org_id: int):
    return get_organization_or_404(org_id)


@router.post("/organizations", response={201: OrganizationOut}, auth=WRITE_AUTH)
def create_organization_endpoint(request, payload: OrganizationIn):
    if not request.user.has_perm("directory.add_organization"):
        raise PermissionDenied("Only operators can add organisations.")
    org = create_organization(data=OrganizationData(**payload.dict()), actor=request.user)
    return Status(201, get_organization_or_404(org.pk))


@router.patch("/organizations/{org_id}", response=OrganizationOut, auth=WRITE_AUTH)
def update_organization_endpoint(request, org_id: int, payload: OrganizationPatch):
    org = get_organization_or_404(org_id)
    if not request.user.has_perm("directory.change_organization", org):
        raise PermissionDenied("You can only edit organisations you administer.")
    data = OrganizationData.from_organization(org)
    for name, value in payload.dict(exclude_unset=True).items():
        if name in {f.name for f in fields(OrganizationData)} and value is not None:
            setattr(data, name, value)
    update_organization(org, data=data, actor=request.user)
    return get_organization_or_404(org_id)


@router.get("/taxonomy", response=list[TermOut])
def list_taxonomy(request):
    return taxonomy_terms()


def _agreements():
    return Agreement.objects.prefetch_related(
        Prefetch("party_links", queryset=AgreementParty.objects.select_related("organization"))
    )


@router.get("/agreements", response=list[AgreementOut])
@paginate(PageNumberPagination, page_size=20)
def list_agreements(request, organization: int | None = None):
    qs = _agreements()
    return qs.filter(parties=organization).distinct() if organization else qs


@router.get("/agreements/{agreement_id}", response=AgreementOut)
def get_agreement(request, agreement_id: int):
    return get_object_or_404(_agreements(), pk=agreement_id)


@router.post("/agreements", response={201: AgreementOut}, auth=WRITE_AUTH)
def create_agreement_endpoint(request, payload: AgreementIn):
    if not request.user.has_perm("directory.add_agreement"):
        raise PermissionDenied("Only operators can record agreements.")
    agreement = create_agreement(data=AgreementData(**payload.dict()), actor=request.user)
    return Status(201, _agreements().get(pk=agreement.pk))
