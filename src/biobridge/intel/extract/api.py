"""The extraction API: text or a file in, an `Article` (plain dataclasses) out. No database.

extractor = Extractor(gazetteer_extra=[OrgName("피노젝트", type="startup")])
article = extractor.extract_file("news/000.txt")
article.contract_json()   # the `biobridge intel extract --json` line
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from biobridge.intel.extract import lines as L
from biobridge.intel.extract.boilerplate import find_page, is_meta, strip_byline_anywhere, strip_byline_prefix
from biobridge.intel.extract.decode import ExtractError, read_article_file
from biobridge.intel.extract.gazetteer import Gazetteer, OrgName, default_gazetteer
from biobridge.intel.extract.htmlpage import looks_like_html, parse_html
from biobridge.intel.extract.lines import has_hangul
from biobridge.intel.extract.metadata import Meta, find_reporter, read_meta
from biobridge.intel.extract.orgs import Mention, Organization, find_organizations
from biobridge.intel.extract.orgs_en import find_organizations_en
from biobridge.intel.extract.relations import Relation, find_relations

__all__ = [
    "Article",
    "ExtractError",
    "Extractor",
    "Mention",
    "OrgName",
    "Organization",
    "Relation",
    "extract_article",
    "extract_file",
]

CONTRACT_KEYS = ("file", "title", "published", "reporter", "outlet", "body", "organizations", "relations")


@dataclass
class Article:
    """One extracted article. Offsets in `organizations[].mentions` index into `body`."""

    file: str
    title: str | None
    published: str | None
    reporter: str | None
    outlet: str | None
    body: str
    language: str
    organizations: list[Organization] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    @property
    def body_lines(self) -> list[str]:
        return self.body.split("\n") if self.body else []

    def contract_json(self, *, extra: bool = False) -> dict[str, Any]:
        """Contract 3's object; `extra` adds evidence and mention offsets under extra keys."""
        out: dict[str, Any] = {
            "file": self.file,
            "title": self.title,
            "published": self.published,
            "reporter": self.reporter,
            "outlet": self.outlet,
            "body": self.body,
            "organizations": [
                {"name": o.name, "canonical": o.canonical, "type": o.type} for o in self.organizations
            ],
            "relations": [
                {
                    "type": r.type,
                    "parties": r.parties,
                    "date": r.date,
                    "amount": r.amount.as_json() if r.amount else None,
                }
                for r in self.relations
            ],
        }
        if extra:
            out["language"] = self.language
            for o, row in zip(self.organizations, out["organizations"], strict=True):
                row["mentions"] = [[m.start, m.end] for m in o.mentions]
            for r, row in zip(self.relations, out["relations"], strict=True):
                row["evidence"] = r.evidence
        return out


class Extractor:
    """Holds the gazetteer; reuse one per batch (the shipped lists load once per process)."""

    def __init__(self, gazetteer_extra: Iterable[OrgName | str] | None = None) -> None:
        self.gazetteer: Gazetteer = Gazetteer(base=default_gazetteer())
        if gazetteer_extra:
            self.add_names(gazetteer_extra)

    def add_names(self, names: Iterable[OrgName | str]) -> None:
        """Directory names and aliases: they win over the shipped lists."""
        self.gazetteer.add_names(names)

    def extract_file(self, path: str | Path, *, filename: str | None = None) -> Article:
        text = read_article_file(path)
        return self.extract_text(text, filename=filename if filename is not None else str(path))

    def extract_text(self, text: str, *, filename: str) -> Article:
        if looks_like_html(text, filename):
            meta, lines = _from_html(text)
        else:
            meta, lines = _from_text(text)
        if not lines:
            raise ExtractError("no article text found")
        body = "\n".join(lines)
        korean = has_hangul(body)
        orgs = (
            find_organizations(body, self.gazetteer, meta.title)
            if korean
            else find_organizations_en(body, self.gazetteer)
        )
        relations = find_relations(body, orgs, meta.published, meta.title)
        return Article(
            filename,
            meta.title,
            meta.published,
            meta.reporter,
            meta.outlet,
            body,
            "ko" if korean else "en",
            orgs,
            relations,
        )


def _from_text(text: str) -> tuple[Meta, list[str]]:
    page = find_page(text)
    meta = read_meta(page)
    lines = [strip_byline_prefix(page.lines[i]) if i == page.lead else page.lines[i] for i in page.body]
    return meta, [strip_byline_anywhere(x, meta.outlet) for x in lines]


def _from_html(source: str) -> tuple[Meta, list[str]]:
    parts = parse_html(source)
    page = find_page(parts.visible_text)
    text_meta = read_meta(page)
    title = _html_title(parts.title, text_meta.title)
    # Deck lines only between the page's own headline and the lead (menus come before the headline).
    after = next((i for i, x in enumerate(page.lines) if x == title), None)
    deck = [
        page.lines[i]
        for i in page.body
        if after is not None and page.lead is not None and after < i < page.lead
    ]
    body = [x for x in parts.body_lines if not _html_furniture(x, title)] or [
        page.lines[i] for i in page.body
    ]
    if body:
        body = [strip_byline_prefix(body[0]), *body[1:]]
    lines = [d for d in deck if d not in body and d != title and not _html_furniture(d, title)] + body
    reporter = text_meta.reporter or (
        find_reporter(parts.reporter) or parts.reporter if parts.reporter else None
    )
    meta = Meta(
        title=title,
        published=parts.published or text_meta.published,
        reporter=reporter,
        outlet=parts.outlet or text_meta.outlet,
    )
    return meta, lines


def _html_title(tag_title: str | None, text_title: str | None) -> str | None:
    # <title> often carries the site name ("강원도민일보 - 제목"); the page's own headline wins then.
    if tag_title and text_title and text_title in tag_title and text_title != tag_title:
        return text_title
    return tag_title or text_title


def _html_furniture(line: str, title: str | None) -> bool:
    """Lines trafilatura keeps that are not article text: headline, byline, copyright, menus."""
    return (
        line == title
        or is_meta(line)
        or L.is_end_marker(line)
        or L.is_signoff(line)
        or L.is_junk(line)
        or L.is_widget(line)
    )


_default: Extractor | None = None


def extract_article(
    text: str, *, filename: str, gazetteer_extra: Iterable[OrgName | str] | None = None
) -> Article:
    """Extract one article from its text (scraped text or HTML)."""
    global _default
    if gazetteer_extra:
        return Extractor(gazetteer_extra).extract_text(text, filename=filename)
    if _default is None:
        _default = Extractor()
    return _default.extract_text(text, filename=filename)


def extract_file(path: str | Path, *, gazetteer_extra: Iterable[OrgName | str] | None = None) -> Article:
    """Read (decode, size-check) and extract one file; raises ExtractError for a bad file."""
    text = read_article_file(path)
    return extract_article(text, filename=str(path), gazetteer_extra=gazetteer_extra)
