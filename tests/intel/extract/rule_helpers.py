"""What the extractor finds in a short fresh text: the helpers the rule tests share."""

from __future__ import annotations

from biobridge.intel.extract.gazetteer import default_gazetteer
from biobridge.intel.extract.orgs import find_organizations
from biobridge.intel.extract.orgs_en import find_organizations_en
from biobridge.intel.extract.relations import Relation, find_relations


def org_types(text: str) -> dict[str, str | None]:
    """Korean organisations found in `text`: canonical name → type."""
    return {o.canonical: o.type for o in find_organizations(text, default_gazetteer())}


def org_names_en(text: str) -> set[str]:
    """English organisations found in `text`, by canonical name."""
    return {o.canonical for o in find_organizations_en(text, default_gazetteer())}


def relations(text: str, published: str, title: str | None = None) -> list[tuple[str, set[str]]]:
    """Relations in a Korean `text` as (type, parties)."""
    orgs = find_organizations(text, default_gazetteer())
    return [(r.type, set(r.parties)) for r in find_relations(text, orgs, published, title)]


def relations_en(text: str, published: str) -> list[tuple[str, set[str]]]:
    """Relations in an English `text` as (type, parties)."""
    orgs = find_organizations_en(text, default_gazetteer())
    return [(r.type, set(r.parties)) for r in find_relations(text, orgs, published)]


def found_relations(text: str, published: str, *, english: bool = False) -> list[Relation]:
    """The relations themselves (dates, amounts), for a Korean or an English `text`."""
    find = find_organizations_en if english else find_organizations
    return find_relations(text, find(text, default_gazetteer()), published)
