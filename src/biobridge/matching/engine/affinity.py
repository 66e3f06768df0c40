"""`affinity(a, b)`: a symmetric match strength in [0, 1] for one pair (reviewer ↔ application,
mentor ↔ start-up), with no index needed.

Noisy-or of three signals, so any strong one is enough and several add up: complementarity
(either side's needs met by the other), shared domain (modalities, therapeutic areas and
their ancestors) and the cosine of the bridged concept tokens (cross-language).
"""

from __future__ import annotations

import math
from collections import Counter

from biobridge.matching.engine.profile import Profile
from biobridge.matching.engine.record import Record, analyse_profiles
from biobridge.matching.engine.scorer import pair_forward
from biobridge.matching.engine.taxo import Relations
from biobridge.matching.engine.text import Bridge, default_bridge


def _cosine(a: Counter[str] | dict[str, float], b: Counter[str] | dict[str, float]) -> float:
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def _topics(relations: Relations, record: Record) -> dict[str, float]:
    """Every term a profile is about (offered, sought, domain), ancestors at half weight, so
    a reviewer tagged "oncology" fits an application about leukemia."""
    out: dict[str, float] = {}
    for key in [*record.sets.offer, *record.sets.seek, *record.sets.context]:
        out[key] = 1.0
        for anc in relations.taxonomy.ancestors(key):
            out.setdefault(anc, 0.5)
    return out


def record_affinity(relations: Relations, a: Record, b: Record) -> float:
    fwd, bwd = pair_forward(relations, a, b), pair_forward(relations, b, a)
    need = 0.5 * max(fwd, bwd) + 0.25 * (fwd + bwd)
    domain = _cosine(_topics(relations, a), _topics(relations, b))
    text = _cosine(a.offer_doc + a.seek_doc, b.offer_doc + b.seek_doc)
    value = 1.0 - (1.0 - 0.9 * need) * (1.0 - 0.8 * domain) * (1.0 - 0.7 * text)
    return round(min(1.0, max(0.0, value)), 4)


def affinity(a: Profile, b: Profile, *, bridge: Bridge | None = None) -> float:
    """Match strength of two profiles in [0, 1] (symmetric)."""
    from biobridge.matching.engine.index import _relations

    bridge = bridge or default_bridge()
    relations = _relations(bridge)
    ra, rb = analyse_profiles([a, b], bridge, relations)
    return record_affinity(relations, ra, rb)
