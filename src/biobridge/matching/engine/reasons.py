"""Human-readable reasons for a suggestion, in the viewer's language (ko or en).

Reasons name taxonomy terms in the viewer's language whatever language the profiles were
written in, so a Korean viewer reads "찾는 것: 라이선싱 파트너 ↔ 제공: 기술도입" for an
English-only partner.
"""

from __future__ import annotations

from biobridge.matching.engine.record import Record
from biobridge.matching.engine.taxo import Relations
from biobridge.matching.engine.text import CONCEPT_PREFIX, TERM_PREFIX, Bridge

MIN_REL = 0.3
HIDDEN_IMPLIED = frozenset({"demand_customer"})
MAX_PAIRS = 3

TEMPLATES = {
    "en": {
        "seeks": "seeks {s} ↔ offers {o}",
        "they_seek": "they seek {s} ↔ you offer {o}",
        "both": "both mention {items}",
        "domestic": "domestic supplier (same country: {c})",
        "mutual": "mutual interest: each offers what the other seeks",
        "text": "related text",
    },
    "ko": {
        "seeks": "찾는 것: {s} ↔ 제공: {o}",
        "they_seek": "상대가 찾는 것: {s} ↔ 내가 제공: {o}",
        "both": "공통 키워드: {items}",
        "domestic": "국내 공급사 (같은 국가: {c})",
        "mutual": "상호 관심: 서로가 찾는 것을 제공",
        "text": "관련 내용 유사",
    },
}


def _pairs(relations: Relations, seeker: Record, offerer: Record) -> list[tuple[str, list[str]]]:
    """[(sought term, [offered terms that satisfy it])], strongest first."""
    out: list[tuple[float, str, list[str]]] = []
    for s, w in seeker.sets.seek.items():
        si = relations.index[s]
        matches = sorted(
            # an offer inferred from the same need ("seeks customers" ⇒ "is a customer") would
            # read as "they seek customers ↔ you offer customers"; the mutual line says it
            (
                (float(relations.rel[si, relations.index[o]]) * v, o)
                for o, v in offerer.sets.offer.items()
                if not (o in offerer.sets.implied and (o == s or o in HIDDEN_IMPLIED))
            ),
            reverse=True,
        )
        hits = [o for score, o in matches if score * w >= MIN_REL][:2]
        if hits and matches:
            out.append((w * matches[0][0], s, hits))
    out.sort(key=lambda x: (-x[0], x[1]))
    return [(s, hits) for _, s, hits in out[:MAX_PAIRS]]


def _shared(bridge: Bridge, a: Record, b: Record, lang: str, exclude: set[str]) -> list[str]:
    ctx_a, ctx_b = a.sets.context, b.sets.context
    shared = sorted(TERM_PREFIX + k for k in ctx_a.keys() & ctx_b.keys() if max(ctx_a[k], ctx_b[k]) >= 1.0)
    shared = [t for t in shared if t not in exclude]
    words_a = set(a.offer_doc) | set(a.seek_doc)
    words_b = set(b.offer_doc) | set(b.seek_doc)
    concepts = sorted(t for t in words_a & words_b if t.startswith((TERM_PREFIX, CONCEPT_PREFIX)))
    for token in concepts:
        if token not in shared and token not in exclude and token.startswith(TERM_PREFIX):
            shared.append(token)
    names = list(dict.fromkeys(bridge.display(t, lang) for t in shared))
    return names[:4]


def explain(
    bridge: Bridge, relations: Relations, a: Record, b: Record, *, lang: str, mutual: bool, domestic: bool
) -> list[str]:
    """Reasons why `b` is suggested to `a`."""
    tpl = TEMPLATES["ko" if lang == "ko" else "en"]
    name = lambda key: bridge.display(TERM_PREFIX + key, lang)  # noqa: E731
    reasons: list[str] = []
    used: set[str] = set()
    for s, hits in _pairs(relations, a, b):
        reasons.append(tpl["seeks"].format(s=name(s), o=", ".join(name(o) for o in hits)))
        used.update(TERM_PREFIX + k for k in (s, *hits))
    for s, hits in _pairs(relations, b, a)[:2]:
        reasons.append(tpl["they_seek"].format(s=name(s), o=", ".join(name(o) for o in hits)))
        used.update(TERM_PREFIX + k for k in (s, *hits))
    shared = _shared(bridge, a, b, lang, used)
    if shared:
        reasons.append(tpl["both"].format(items=", ".join(shared)))
    if domestic:
        reasons.append(tpl["domestic"].format(c=(a.profile.country or "").upper()))
    if mutual:
        reasons.append(tpl["mutual"])
    return reasons or [tpl["text"]]
