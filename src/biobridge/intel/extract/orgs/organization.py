"""What the finder returns: an organisation and its mentions (offsets into the body)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    text: str
    start: int
    end: int


@dataclass
class Organization:
    """One organisation found in the body (mentions carry offsets into the body)."""

    name: str
    canonical: str
    type: str | None
    mentions: list[Mention] = field(default_factory=list)
    score: float = 0.0
