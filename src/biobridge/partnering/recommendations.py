"""'Recommended for you' on the browse page, through the one matching engine.

The event's participants (`selectors.participants_for_matching`) become engine profiles; each
web process keeps one index per event and rebuilds it when a profile changes (derivable
state, so nothing another process needs lives only here).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from django.db.models import Count, Max, Q
from django.utils.translation import get_language

from biobridge.events.models import Event
from biobridge.matching.engine import MatchIndex
from biobridge.matching.engine import Profile as MatchProfile
from biobridge.partnering.enums import OPEN_REQUEST_STATES
from biobridge.partnering.models import MeetingRequest, Profile
from biobridge.partnering.selectors import participants_for_matching, profiles_of

DEFAULT_TOP = 4


def match_profile(row: dict) -> MatchProfile:
    return MatchProfile(
        id=row["id"],
        name=row["name"],
        type=row["type"],
        country=row["country"],
        org=row["org_id"],
        offering_text=row["offering"],
        description=row["description"],
        tags_offering=row["tag_keys"]["offering"],
        tags_seeking=row["tag_keys"]["seeking"],
    )


@dataclass
class _Cached:
    index: MatchIndex
    stamp: tuple


class EventIndexes:
    """One match index per event, rebuilt when the event's profiles change."""

    def __init__(self) -> None:
        self._cache: dict[int, _Cached] = {}
        self._lock = threading.Lock()

    def get(self, event: Event) -> MatchIndex:
        summary = profiles_of(event).aggregate(n=Count("pk"), stamp=Max("updated_at"))
        stamp = (summary["n"], summary["stamp"])
        with self._lock:
            cached = self._cache.get(event.pk)
            if cached is None or cached.stamp != stamp:
                index = MatchIndex.build(match_profile(row) for row in participants_for_matching(event))
                cached = self._cache[event.pk] = _Cached(index, stamp)
            return cached.index


EVENT_INDEXES = EventIndexes()


def _already_asked(profile: Profile) -> set[str]:
    """People with an open or accepted request with `profile`, in either direction."""
    pairs = MeetingRequest.objects.filter(
        Q(sender=profile) | Q(recipient=profile), state__in=OPEN_REQUEST_STATES
    )
    others = set()
    for sender_id, recipient_id in pairs.values_list("sender_id", "recipient_id"):
        others.add(str(recipient_id if sender_id == profile.pk else sender_id))
    return others


def recommend_participants(profile: Profile, *, top: int = DEFAULT_TOP) -> list[dict]:
    """Best people for `profile` to meet: {"participant", "score", "reasons", "mutual"}, best first;
    never someone already asked or from the same organisation."""
    index = EVENT_INDEXES.get(profile.event)
    if str(profile.pk) not in index:
        return []
    lang = "en" if (get_language() or "ko").startswith("en") else "ko"
    suggestions = index.recommend(str(profile.pk), top=top, lang=lang, exclude_ids=_already_asked(profile))
    people = profiles_of(profile.event).in_bulk([int(s.id) for s in suggestions])
    return [
        {"participant": people[int(s.id)], "score": s.score, "reasons": s.reasons, "mutual": s.mutual}
        for s in suggestions
        if int(s.id) in people and s.score > 0
    ]
