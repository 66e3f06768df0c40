"""Turn platform records into the engine's plain `Profile`s (ids are namespaced: "org:12")."""

from __future__ import annotations

from biobridge.directory.enums import TagSide
from biobridge.directory.models import Organization
from biobridge.matching.engine import Profile

ORG_PREFIX = "org:"


def org_profile_id(pk: int) -> str:
    return f"{ORG_PREFIX}{pk}"


def org_pk(profile_id: str) -> int | None:
    return int(profile_id[len(ORG_PREFIX) :]) if profile_id.startswith(ORG_PREFIX) else None


def organization_profile(org: Organization) -> Profile:
    """An organisation as a matching profile: both languages' texts, tags by key.

    Expects `tag_links__term` prefetched (see selectors.organizations_for_matching).
    """
    links = list(org.tag_links.all())
    return Profile(
        id=org_profile_id(org.pk),
        name=org.name_ko or org.name_en,
        type=org.org_type,
        country=org.country,
        org=str(org.pk),
        description="\n".join(filter(None, [org.name_en, org.description_ko, org.description_en])),
        tags_offering=[link.term.key for link in links if link.side == TagSide.OFFERING],
        tags_seeking=[link.term.key for link in links if link.side == TagSide.SEEKING],
    )
