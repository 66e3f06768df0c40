"""HTML pages: trafilatura for the body, meta tags and labelled text for the metadata.

trafilatura finds body paragraphs well but drops decks (subtitles) and invents a date
when a page has none, so its date is never used: only a published-time meta tag
(article:published_time, datePublished, ...) or a labelled date in the visible text.
"""

from __future__ import annotations

import html as htmllib
import json
import re
from dataclasses import dataclass

from biobridge.intel.extract.dates import parse_full_date

_META = re.compile(r"<meta\s+[^>]*>", re.I)
_ATTR = re.compile(r'([\w:-]+)\s*=\s*("([^"]*)"|\'([^\']*)\')', re.S)
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "article.published",
    "dc.date.issued",
    "sailthru.date",
)
_JSONLD = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.S | re.I)
_BLOCK = re.compile(
    r"<\s*/?\s*(p|div|br|li|h[1-6]|tr|section|article|header|footer|ul|ol|table|figure|figcaption|"
    r"nav|aside|span class=\"byline|time|dd|dt|blockquote)\b[^>]*>",
    re.I,
)
_DROP = re.compile(r"<(script|style|noscript|svg|template)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class HtmlParts:
    visible_text: str  # the page as text lines, for the labelled-metadata reader
    body_lines: list[str]  # trafilatura's paragraphs
    title: str | None
    published: str | None
    reporter: str | None
    outlet: str | None


def looks_like_html(text: str, filename: str = "") -> bool:
    if filename.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def parse_html(source: str) -> HtmlParts:
    metas = _meta_tags(source)
    body_lines = _trafilatura_lines(source)
    title = metas.get("og:title") or metas.get("twitter:title") or _title_tag(source)
    return HtmlParts(
        visible_text=visible_text(source),
        body_lines=body_lines,
        title=_clean(title),
        published=_published(metas, source),
        reporter=_clean(metas.get("author") or metas.get("article:author") or metas.get("dable:author")),
        outlet=_clean(metas.get("og:site_name") or metas.get("application-name")),
    )


def visible_text(source: str) -> str:
    text = _DROP.sub(" ", source)
    text = _BLOCK.sub("\n", text)
    text = _TAG.sub(" ", text)
    return htmllib.unescape(text)


def _trafilatura_lines(source: str) -> list[str]:
    import trafilatura

    text = trafilatura.extract(
        source,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        with_metadata=False,
        deduplicate=False,
    )
    return [" ".join(x.split()) for x in (text or "").split("\n") if x.strip()]


def _meta_tags(source: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for tag in _META.findall(source[:200000]):
        attrs = {
            m[1].lower(): htmllib.unescape(m[3] if m[3] is not None else m[4]) for m in _ATTR.finditer(tag)
        }
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if name and "content" in attrs and name not in out:
            out[name] = attrs["content"].strip()
    return out


def _published(metas: dict[str, str], source: str) -> str | None:
    for k in _PUBLISHED_KEYS:
        if k in metas and (hit := parse_full_date(metas[k])):
            return hit[1]
    for block in _JSONLD.findall(source):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                hit = parse_full_date(item["datePublished"])
                if hit:
                    return hit[1]
    return None


def _title_tag(source: str) -> str | None:
    m = re.search(r"<title[^>]*>(.*?)</title>", source, re.S | re.I)
    if not m:
        return None
    title = htmllib.unescape(_TAG.sub("", m.group(1)))
    return re.split(r"\s+[|\-–—:]\s+(?=[^|\-–—:]{1,30}$)", title.strip())[0]


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split())
    return value or None
