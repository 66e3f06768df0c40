"""Reads of the intel module: article and relation search, the highlighted article text, the
ecosystem graph and an organisation's timeline, the operators' review queue.

Rejected relations and rejected organisations never appear on public pages or the graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import combinations, pairwise

from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404

from biobridge.directory.enums import OrganizationStatus
from biobridge.directory.models import Organization
from biobridge.intel.enums import ReviewStatus
from biobridge.intel.models import Article, Mention, Relation, RelationParty

STAR_ABOVE = 4  # a relation with more parties is drawn as a star from its first party, not a clique


@dataclass
class Filters:
    """The filters every list, the graph and the API share (empty means no filter)."""

    outlet: str = ""
    rel_type: str = ""
    organization: int | None = None
    region: str = ""
    date_from: date | None = None
    date_to: date | None = None
    status: str = ""


def _live_parties() -> Prefetch:
    links = RelationParty.objects.select_related("organization").exclude(
        organization__status=OrganizationStatus.REJECTED
    )
    return Prefetch("party_links", queryset=links)


def _period(prefix: str, filters: Filters) -> Q:
    """A relation's period: its own date, or the article's publication date when it has none."""
    q = Q()
    if filters.date_from:
        q &= Q(**{f"{prefix}date__gte": filters.date_from}) | Q(
            **{f"{prefix}date__isnull": True, f"{prefix}article__published__gte": filters.date_from}
        )
    if filters.date_to:
        q &= Q(**{f"{prefix}date__lte": filters.date_to}) | Q(
            **{f"{prefix}date__isnull": True, f"{prefix}article__published__lte": filters.date_to}
        )
    return q


# --- articles ---------------------------------------------------------------------------------


def search_articles(filters: Filters) -> QuerySet[Article]:
    qs = Article.objects.all()
    if filters.outlet:
        qs = qs.filter(outlet=filters.outlet)
    if filters.date_from:
        qs = qs.filter(published__gte=filters.date_from)
    if filters.date_to:
        qs = qs.filter(published__lte=filters.date_to)
    if filters.rel_type:
        # One filter() call: the same relation must have the type and not be rejected.
        qs = qs.filter(
            relations__rel_type=filters.rel_type,
            relations__status__in=[ReviewStatus.PENDING, ReviewStatus.CONFIRMED],
        )
    if filters.organization:
        qs = qs.filter(mentions__organization_id=filters.organization)
    live = Relation.objects.exclude(status=ReviewStatus.REJECTED).only("pk", "article_id", "rel_type")
    return (
        qs.distinct()
        .defer("body")
        .annotate(n_orgs=Count("mentions__organization", distinct=True))
        .prefetch_related(Prefetch("relations", queryset=live, to_attr="live_relations"))
        .order_by("-published", "-pk")
    )


def outlets() -> list[str]:
    return list(
        Article.objects.exclude(outlet="").values_list("outlet", flat=True).distinct().order_by("outlet")
    )


def get_article_or_404(pk: int) -> Article:
    article = Article.objects.filter(pk=pk).prefetch_related("sources").first()
    if article is None:
        raise Http404("No such article")
    return article


def article_relations(article: Article) -> QuerySet[Relation]:
    return (
        article.relations.exclude(status=ReviewStatus.REJECTED)
        .prefetch_related(_live_parties())
        .order_by("pk")
    )


def article_organizations(article: Article) -> list[tuple[Organization, int]]:
    """The organisations an article mentions (not rejected), with how often, most mentioned first."""
    rows = (
        Mention.objects.filter(article=article)
        .exclude(organization__status=OrganizationStatus.REJECTED)
        .values("organization")
        .annotate(n=Count("pk"))
        .order_by("-n")
    )
    counts = {row["organization"]: row["n"] for row in rows}
    orgs = Organization.objects.in_bulk(list(counts))
    return [(orgs[pk], n) for pk, n in counts.items()]


@dataclass
class Segment:
    """A run of body text with what is highlighted in it (escaped by the template, never marked safe)."""

    text: str
    organization: Organization | None = None
    relations: list[Relation] = field(default_factory=list)

    @property
    def relation_types(self) -> str:
        return " ".join(sorted({r.rel_type for r in self.relations}))


def article_segments(article: Article, relations: list[Relation]) -> list[Segment]:
    """Split the body at mention and evidence offsets so the page can mark each part."""
    mentions = list(
        article.mentions.exclude(organization__status=OrganizationStatus.REJECTED).select_related(
            "organization"
        )
    )
    spans = [(r.evidence_start, r.evidence_end, r) for r in relations if r.evidence_end]
    cuts = {0, len(article.body)}
    for m in mentions:
        cuts |= {m.start, m.end}
    for start, end, _r in spans:
        cuts |= {start, end}
    bounds = sorted(c for c in cuts if 0 <= c <= len(article.body))
    out = []
    for start, end in pairwise(bounds):
        org = next((m.organization for m in mentions if m.start <= start and end <= m.end), None)
        rels = [r for s, e, r in spans if s <= start and end <= e]
        out.append(Segment(article.body[start:end], org, rels))
    return out


# --- relations, graph, timeline ---------------------------------------------------------------


def search_relations(filters: Filters) -> QuerySet[Relation]:
    qs = Relation.objects.select_related("article").prefetch_related(_live_parties())
    qs = qs.filter(status=filters.status) if filters.status else qs.exclude(status=ReviewStatus.REJECTED)
    if filters.rel_type:
        qs = qs.filter(rel_type=filters.rel_type)
    if filters.organization:
        qs = qs.filter(parties=filters.organization)
    if filters.region:
        qs = qs.filter(parties__region=filters.region)
    if filters.outlet:
        qs = qs.filter(article__outlet=filters.outlet)
    return qs.filter(_period("", filters)).distinct().order_by("-date", "-pk")


@dataclass
class Graph:
    nodes: list[dict]
    edges: list[dict]


def ecosystem_graph(filters: Filters) -> Graph:
    """Organisations as nodes, relations as edges (one edge per pair and type, with a count)."""
    nodes: dict[int, dict] = {}
    edges: dict[tuple[int, int, str], dict] = {}
    for relation in search_relations(filters):
        parties = [link.organization for link in relation.party_links.all()]
        for org in parties:
            node = nodes.setdefault(org.pk, _node(org))
            node["relations"] += 1
        for a, b in _pairs([p.pk for p in parties]):
            edge = edges.setdefault(
                (a, b, relation.rel_type),
                {
                    "id": f"{a}-{b}-{relation.rel_type}",
                    "source": a,
                    "target": b,
                    "type": relation.rel_type,
                    "count": 0,
                    "confirmed": False,
                },
            )
            edge["count"] += 1
            edge["confirmed"] |= relation.status == ReviewStatus.CONFIRMED
    return Graph(sorted(nodes.values(), key=lambda n: -n["relations"]), list(edges.values()))


def _node(org: Organization) -> dict:
    return {
        "id": org.pk,
        "label": org.display_name,
        "type": org.org_type,
        "region": org.region,
        "status": org.status,
        "relations": 0,
    }


def _pairs(ids: list[int]) -> list[tuple[int, int]]:
    if len(ids) > STAR_ABOVE:
        return [tuple(sorted((ids[0], other))) for other in ids[1:]]
    return [tuple(sorted(pair)) for pair in combinations(ids, 2)]


def get_live_organization_or_404(pk: int) -> Organization:
    org = Organization.objects.exclude(status=OrganizationStatus.REJECTED).filter(pk=pk).first()
    if org is None:
        raise Http404("No such organisation")
    return org


def organization_timeline(org: Organization, filters: Filters) -> list[Relation]:
    """The organisation's relations, oldest first (undated ones by their article's date)."""
    filters = Filters(**{**filters.__dict__, "organization": org.pk})
    relations = list(search_relations(filters))
    return sorted(relations, key=lambda r: (r.date or r.article.published or date.min, r.pk))


# --- review queue --------------------------------------------------------------------------------


def unverified_organizations() -> QuerySet[Organization]:
    mentions = Mention.objects.select_related("article").order_by("-article__published", "pk")
    return (
        Organization.objects.filter(status=OrganizationStatus.UNVERIFIED)
        .annotate(n_mentions=Count("news_mentions", distinct=True))
        .prefetch_related("names", Prefetch("news_mentions", queryset=mentions, to_attr="mention_list"))
        .order_by("-n_mentions", "name_ko", "name_en")
    )


def pending_relations() -> QuerySet[Relation]:
    return (
        Relation.objects.filter(status=ReviewStatus.PENDING)
        .select_related("article")
        .prefetch_related(_live_parties())
        .order_by("-article__published", "pk")
    )


def confirmed_mou_without_agreement() -> QuerySet[Relation]:
    return (
        Relation.objects.filter(status=ReviewStatus.CONFIRMED, rel_type="mou", agreement__isnull=True)
        .select_related("article")
        .prefetch_related(_live_parties())
    )


def merge_candidates() -> QuerySet[Organization]:
    return Organization.objects.exclude(status=OrganizationStatus.REJECTED).only("pk", "name_ko", "name_en")
