"""The one place the platform calls the database-free extractor (`intel.extract`).

Ingestion works on the small, stable shapes below; `extract()` converts whatever the
extractor returns into them, so a change in the extractor's classes touches only this
module. Decoding and the size limit are the extractor's (one rule for `extract` and
`ingest`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from biobridge.intel.extract.decode import MAX_BYTES, ExtractError, decode_bytes

__all__ = [
    "MAX_BYTES",
    "ArticleExtractor",
    "ExtractError",
    "ExtractedArticle",
    "ExtractedOrganization",
    "ExtractedRelation",
    "Span",
    "decode_bytes",
    "extract",
]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass
class ExtractedOrganization:
    name: str
    canonical: str
    type: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class ExtractedRelation:
    type: str
    parties: list[str]  # canonical names, as in ExtractedOrganization.canonical
    date: str | None = None  # "2023-04-28", "2023-04" or "2023"
    amount: Any = None  # number or None
    currency: str | None = None
    evidence: str = ""
    evidence_start: int | None = None  # offsets of the evidence sentence in the body, when known
    evidence_end: int | None = None


@dataclass
class ExtractedArticle:
    title: str | None
    published: str | None
    reporter: str | None
    outlet: str | None
    body: str
    language: str = "ko"
    organizations: list[ExtractedOrganization] = field(default_factory=list)
    relations: list[ExtractedRelation] = field(default_factory=list)


class ArticleExtractor:
    """One extractor per batch: the gazetteer (shipped lists + `names`) is built once.

    `names` are (name, canonical, type) rows from the directory; they extend the gazetteer.
    """

    def __init__(self, names: Iterable[tuple[str, str, str | None]] = ()) -> None:
        from biobridge.intel.extract.api import Extractor

        self._impl = Extractor(gazetteer_extra=_gazetteer_entries(names))

    def __call__(self, text: str, *, filename: str) -> ExtractedArticle:
        return _convert(self._impl.extract_text(text, filename=filename))


def extract(
    text: str, *, filename: str, names: Iterable[tuple[str, str, str | None]] = ()
) -> ExtractedArticle:
    """Extract one decoded article (builds a gazetteer per call: prefer ArticleExtractor in loops)."""
    return ArticleExtractor(names)(text, filename=filename)


def _gazetteer_entries(names: Iterable[tuple[str, str, str | None]]) -> list:
    from biobridge.intel.extract.gazetteer import OrgName

    return [OrgName(name, canonical, kind, False, "directory") for name, canonical, kind in names]


def _get(obj: Any, *names: str, default: Any = None) -> Any:
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return default


def _convert(result: Any) -> ExtractedArticle:
    body = _get(result, "body", default="") or ""
    orgs = [_convert_org(o) for o in _get(result, "organizations", "organisations", default=[]) or []]
    rels = [_convert_relation(r) for r in _get(result, "relations", default=[]) or []]
    return ExtractedArticle(
        title=_get(result, "title"),
        published=_as_text(_get(result, "published")),
        reporter=_get(result, "reporter"),
        outlet=_get(result, "outlet"),
        body=body,
        language=_get(result, "language", default=None) or _guess_language(body),
        organizations=orgs,
        relations=rels,
    )


def _convert_org(org: Any) -> ExtractedOrganization:
    name = _get(org, "name", default="")
    spans = []
    for m in _get(org, "mentions", default=[]) or []:
        if isinstance(m, tuple | list):
            start, end = int(m[0]), int(m[1])
            text = m[2] if len(m) > 2 else ""
        else:
            start, end, text = (
                int(_get(m, "start")),
                int(_get(m, "end")),
                _get(m, "text", "surface", default=""),
            )
        spans.append(Span(start, end, text))
    return ExtractedOrganization(
        name=name,
        canonical=_get(org, "canonical", default=None) or name,
        type=_get(org, "type"),
        mentions=spans,
    )


def _convert_relation(rel: Any) -> ExtractedRelation:
    amount = _get(rel, "amount")
    currency = _get(rel, "currency")
    if amount is not None and not isinstance(amount, int | float | str) and hasattr(amount, "value"):
        currency = currency or _get(amount, "currency")
        amount = _get(amount, "value", "amount")
    elif isinstance(amount, dict):
        currency = currency or amount.get("currency")
        amount = amount.get("value", amount.get("amount"))
    return ExtractedRelation(
        type=_get(rel, "type", "kind", default=""),
        parties=[
            p if isinstance(p, str) else _get(p, "canonical", "name")
            for p in _get(rel, "parties", default=[])
        ],
        date=_as_text(_get(rel, "date")),
        amount=amount,
        currency=currency,
        evidence=_get(rel, "evidence", "sentence", default="") or "",
        evidence_start=_get(rel, "start"),
        evidence_end=_get(rel, "end"),
    )


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _guess_language(body: str) -> str:
    hangul = sum(1 for ch in body if "\uac00" <= ch <= "\ud7a3")
    return "ko" if hangul * 5 >= len([ch for ch in body if ch.isalpha()]) else "en"
