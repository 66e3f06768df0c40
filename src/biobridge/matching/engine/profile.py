"""Plain data in and out of the matching engine (no Django)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Profile:
    """Anything that can be matched: an organisation, a partnering profile, a mentor, a
    reviewer, a demand post. Texts may be Korean, English or both; tags are taxonomy
    labels in either language (unknown labels are kept as text)."""

    id: str
    name: str = ""
    type: str = ""
    country: str = ""
    org: str = ""  # organisation id: never recommended to someone from the same org
    offering_text: str = ""
    seeking_text: str = ""
    description: str = ""
    tags_offering: list[str] = field(default_factory=list)
    tags_seeking: list[str] = field(default_factory=list)

    @property
    def org_key(self) -> str:
        """Organisation used for exclusion and the diversity cap (the profile itself if unknown)."""
        return self.org or f"@{self.id}"


@dataclass
class Suggestion:
    """One recommendation: `score` in [0, 1], human-readable `reasons` in the viewer's
    language; `mutual` when each side seeks what the other offers."""

    id: str
    score: float
    reasons: list[str]
    mutual: bool = False
