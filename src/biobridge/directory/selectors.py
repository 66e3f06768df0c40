"""Reads for the directory: search, visibility, detail fetches."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404

from biobridge.common.korean import terms
from biobridge.directory.enums import OrganizationStatus, TagSide
from biobridge.directory.models import Agreement, Organization, OrganizationName, OrganizationTag, Term
from biobridge.directory.validators import name_key


def organizations_for_listing() -> QuerySet[Organization]:
    tags = OrganizationTag.objects.select_related("term")
    return Organization.objects.exclude(status=OrganizationStatus.REJECTED).prefetch_related(
        Prefetch("tag_links", queryset=tags)
    )


def search_organizations(
    *,
    q: str = "",
    org_type: str = "",
    region: str = "",
    country: str = "",
    tag: str = "",
    side: str = "",
) -> QuerySet[Organization]:
    """Organisations matching a Korean or English query and filters.

    A query matches by morphemes (every query term in the organisation's index terms: "항체
    치료제를" finds a description with "항체치료제") or by a name/alias containing it.
    """
    qs = organizations_for_listing()
    if org_type:
        qs = qs.filter(org_type=org_type)
    if region:
        qs = qs.filter(region=region)
    if country:
        qs = qs.filter(country=country.upper())
    if tag:
        tag_filter = Q(tag_links__term__key=tag) | Q(tag_links__term__parent__key=tag)
        if side in TagSide.values:
            tag_filter &= Q(tag_links__side=side)
        qs = qs.filter(tag_filter)
    query = (q or "").strip()
    if query:
        qs = qs.filter(_query_filter(query))
        # Organisations whose own name matches come before those that merely mention it.
        key = name_key(query) or query
        named = OrganizationName.objects.filter(organization=OuterRef("pk"), key__contains=key)
        qs = qs.annotate(name_hit=Exists(named)).order_by("-name_hit", "name_ko", "name_en")
    return qs.distinct()


def _query_filter(query: str) -> Q:
    by_name = Q(names__key__contains=name_key(query)) if name_key(query) else Q(pk__in=[])
    words = list(dict.fromkeys(terms(query)))
    if not words:
        return by_name
    by_terms = Q()
    for word in words:
        by_terms &= Q(search_document__contains=f" {word} ")
    return by_name | by_terms


def find_organization(name: str) -> Organization | None:
    """The organisation answering to `name` in any language or alias (legal forms ignored)."""
    row = OrganizationName.objects.select_related("organization").filter(key=name_key(name)).first()
    return row.organization if row else None


def get_organization_or_404(pk: int) -> Organization:
    org = organizations_for_listing().filter(pk=pk).first()
    if org is None:
        raise Http404("No such organisation")
    return org


def agreements_of(org: Organization) -> QuerySet[Agreement]:
    return org.agreements.prefetch_related("party_links__organization").order_by("-date", "-pk")


def taxonomy_terms() -> QuerySet[Term]:
    return Term.objects.select_related("category", "parent")


def tags_by_side(org: Organization) -> dict[str, list[Term]]:
    out: dict[str, list[Term]] = {TagSide.OFFERING: [], TagSide.SEEKING: []}
    for link in org.tag_links.all():
        out[link.side].append(link.term)
    return out


def home_statistics() -> dict[str, int]:
    return {
        "organizations": Organization.objects.filter(status=OrganizationStatus.VERIFIED).count(),
        "agreements": Agreement.objects.count(),
        "terms": Term.objects.count(),
    }
