"""Reads for matching: which organisations take part, and a per-process index kept current."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Max, Prefetch, QuerySet

from biobridge.directory.enums import OrganizationStatus
from biobridge.directory.models import Organization, OrganizationTag
from biobridge.matching.engine import MatchIndex
from biobridge.matching.profiles import org_profile_id, organization_profile


def organizations_for_matching() -> QuerySet[Organization]:
    tags = OrganizationTag.objects.select_related("term")
    return Organization.objects.exclude(status=OrganizationStatus.REJECTED).prefetch_related(
        Prefetch("tag_links", queryset=tags)
    )


@dataclass
class _Cached:
    index: MatchIndex
    ids: set[int]
    stamp: datetime | None


class OrganizationIndex:
    """The directory's match index, derived from the database.

    Each process keeps its own copy (it is derivable, so nothing another process needs lives
    only here) and brings it up to date incrementally: organisations changed since the last
    look are re-analysed, removed ones dropped.
    """

    def __init__(self) -> None:
        self._cached: _Cached | None = None
        self._lock = threading.Lock()

    def get(self) -> MatchIndex:
        with self._lock:
            summary = organizations_for_matching().aggregate(n=Count("pk"), stamp=Max("updated_at"))
            cached = self._cached
            if cached is None:
                self._cached = self._build()
            elif summary["stamp"] != cached.stamp or summary["n"] != len(cached.ids):
                self._refresh(cached)
            return self._cached.index

    def _build(self) -> _Cached:
        orgs = list(organizations_for_matching())
        index = MatchIndex.build(organization_profile(org) for org in orgs)
        stamp = max((org.updated_at for org in orgs), default=None)
        return _Cached(index=index, ids={org.pk for org in orgs}, stamp=stamp)

    def _refresh(self, cached: _Cached) -> None:
        current = set(organizations_for_matching().values_list("pk", flat=True))
        for pk in cached.ids - current:
            cached.index.remove(org_profile_id(pk))
        changed = organizations_for_matching()
        if cached.stamp is not None:
            changed = changed.filter(updated_at__gt=cached.stamp) | organizations_for_matching().filter(
                pk__in=current - cached.ids
            )
        for org in changed:
            cached.index.update(organization_profile(org))
            cached.stamp = max(cached.stamp or org.updated_at, org.updated_at)
        cached.ids = current

    def clear(self) -> None:
        with self._lock:
            self._cached = None


ORGANIZATION_INDEX = OrganizationIndex()
