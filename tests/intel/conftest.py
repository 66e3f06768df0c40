"""Shared builders for the intel tests: extracted articles made by hand, so ingestion is tested
on exact input independent of the extractor's heuristics (which have their own tests)."""

from __future__ import annotations

import pytest

from biobridge.intel.adapters import (
    ExtractedArticle,
    ExtractedOrganization,
    ExtractedRelation,
    ExtractError,
    Span,
    decode_bytes,
)

BODY = (
    "바이오젠코리아는 28일 셀트리온과 업무협약(MOU)을 체결했다고 밝혔다.\n"
    "양사는 항체 위탁생산 분야에서 협력하기로 했다.\n"
    "홍길동 기자 hong@example.com"
)


def org(
    name: str, body: str, *, canonical: str | None = None, type: str | None = "company"
) -> ExtractedOrganization:
    """An organisation with a mention at each place `name` occurs in `body`."""
    spans, start = [], body.find(name)
    while start >= 0:
        spans.append(Span(start, start + len(name), name))
        start = body.find(name, start + 1)
    return ExtractedOrganization(name=name, canonical=canonical or name, type=type, mentions=spans)


def article(
    body: str = BODY,
    *,
    title: str = "바이오젠코리아, 셀트리온과 MOU",
    outlet: str = "바이오뉴스",
    orgs=None,
    relations=None,
    published: str | None = "2025-03-28",
) -> ExtractedArticle:
    if orgs is None:
        orgs = [org("바이오젠코리아", body, type="startup"), org("셀트리온", body)]
    if relations is None:
        relations = [
            ExtractedRelation(
                type="mou",
                parties=["바이오젠코리아", "셀트리온"],
                date="2025-03-28",
                evidence="바이오젠코리아는 28일 셀트리온과 업무협약(MOU)을 체결했다고 밝혔다.",
            )
        ]
    return ExtractedArticle(
        title=title,
        published=published,
        reporter="홍길동",
        outlet=outlet,
        body=body,
        language="ko",
        organizations=orgs,
        relations=relations,
    )


def decode_error(data: bytes) -> str:
    """The extractor's own message for bytes it refuses: ingestion reports exactly that."""
    try:
        decode_bytes(data)
    except ExtractError as exc:
        return str(exc)
    raise AssertionError("these bytes decode")


@pytest.fixture
def celltrion(db):
    from tests.factories import OrganizationFactory

    return OrganizationFactory(
        name_ko="셀트리온", name_en="Celltrion", org_type="large_company", aliases=["셀트"]
    )


@pytest.fixture
def operator(db):
    from tests.factories import UserFactory

    return UserFactory(roles=["operator"])
