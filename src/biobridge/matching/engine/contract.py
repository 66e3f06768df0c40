"""Contract 4: the JSON input and output of `biobridge match rank`.

One validator for every door (CLI now, API later): `parse_rank_input` turns the JSON
document into profiles, or raises `ContractError` with a one-line message.

Extensions beyond the contract (all optional): per-profile `org` (organisation id; nobody
from the query's own organisation is suggested) and top-level `exclude`, a list of
`[id, id]` pairs that must never be suggested to each other (conflicts, already met).
Without `queries`, every profile is a query.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from biobridge.matching.engine.profile import Profile, Suggestion

TEXT_FIELDS = {
    "name": "name",
    "type": "type",
    "country": "country",
    "org": "org",
    "offering": "offering_text",
    "seeking": "seeking_text",
    "description": "description",
}


class ContractError(ValueError):
    """Input that does not follow contract 4 (message is one line)."""


@dataclass
class RankInput:
    profiles: list[Profile]
    queries: list[str]
    exclude: dict[str, set[str]] = field(default_factory=dict)


def _string_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ContractError(f"{where} must be a list of strings")
    return list(value)


def _profile(raw: Any, i: int) -> Profile:
    if not isinstance(raw, dict):
        raise ContractError(f"profiles[{i}] must be an object")
    pid = raw.get("id")
    if not isinstance(pid, str) or not pid.strip():
        raise ContractError(f"profiles[{i}].id must be a non-empty string")
    values: dict[str, str] = {}
    for key, attr in TEXT_FIELDS.items():
        value = raw.get(key)
        if value is not None and not isinstance(value, str):
            raise ContractError(f"profile {pid}: {key} must be a string")
        values[attr] = value or ""
    tags = raw.get("tags") or {}
    if not isinstance(tags, dict):
        raise ContractError(f"profile {pid}: tags must be an object with offering/seeking lists")
    return Profile(
        id=pid,
        tags_offering=_string_list(tags.get("offering"), f"profile {pid}: tags.offering"),
        tags_seeking=_string_list(tags.get("seeking"), f"profile {pid}: tags.seeking"),
        **values,
    )


def parse_rank_input(data: Any) -> RankInput:
    """Validate a contract-4 document and return its profiles, queries and exclusions."""
    if not isinstance(data, dict):
        raise ContractError("input must be a JSON object with 'profiles' and 'queries'")
    raw_profiles = data.get("profiles")
    if not isinstance(raw_profiles, list):
        raise ContractError("'profiles' must be a list")
    profiles = [_profile(raw, i) for i, raw in enumerate(raw_profiles)]
    ids = [p.id for p in profiles]
    seen: set[str] = set()
    for pid in ids:
        if pid in seen:
            raise ContractError(f"duplicate profile id: {pid}")
        seen.add(pid)
    queries = ids if data.get("queries") is None else _string_list(data.get("queries"), "'queries'")
    for q in queries:
        if q not in seen:
            raise ContractError(f"unknown query id: {q}")
    exclude: dict[str, set[str]] = {}
    raw_exclude = data.get("exclude") or []
    if not isinstance(raw_exclude, list):
        raise ContractError("'exclude' must be a list of [id, id] pairs")
    for pair in raw_exclude:
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
            raise ContractError("'exclude' must be a list of [id, id] pairs")
        a, b = pair
        exclude.setdefault(a, set()).add(b)
        exclude.setdefault(b, set()).add(a)
    return RankInput(profiles=profiles, queries=list(dict.fromkeys(queries)), exclude=exclude)


def rank_output(results: dict[str, list[Suggestion]]) -> dict:
    """Contract-4 output: exactly id, score, reasons per suggestion (mutual is in the reasons)."""
    return {
        "results": {
            q: [{"id": s.id, "score": s.score, "reasons": list(s.reasons)} for s in suggestions]
            for q, suggestions in results.items()
        }
    }
