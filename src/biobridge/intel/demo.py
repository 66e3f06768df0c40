"""Demo data of the intel module (called by `biobridge demo` after the directory's demo).

Ingests the five example articles shipped in `intel/demo_news/`. Idempotent: articles are
deduplicated by content fingerprint, so a second run stores nothing new.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from biobridge.intel.ingest import ingest_sources
from biobridge.intel.models import Article, Relation
from biobridge.intel.sources import iter_sources


def demo_news_dir() -> Path:
    return Path(str(resources.files("biobridge.intel").joinpath("demo_news")))


def load_demo_news():
    return ingest_sources(iter_sources([demo_news_dir()]))


def demo_lines() -> list[str]:
    summary = load_demo_news()
    lines = [f"news: {summary.line()}"]
    lines += [f"news: {r.name}: {r.message}" for r in summary.results if r.status == "error"]
    lines.append(
        f"news: {Article.objects.count()} articles, {Relation.objects.count()} relations on the ecosystem map"
    )
    return lines
