"""Taxonomy complementarity: how well an offered term satisfies a sought term.

`Relations.rel[s, o]` in [0, 1] combines, taking the strongest:
* the same term (1.0);
* hierarchy — offering a narrower term than sought ("hematologic cancers" for "oncology")
  is nearly as good; a broader one or a sibling less so;
* the taxonomy's `complements` (seeking licensing partner ↔ offering in-licensing),
  extended down the hierarchy of the offered side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from biobridge.directory.taxonomy_data import Taxonomy

# Terms that describe *what* (a modality, a disease area) rather than *what for*. In a
# seeking text they are usually context ("licensing partner for our ADC"), so they weigh
# less than the real need — otherwise two ADC start-ups looking for the same licensee
# would look like partners.
CONTEXT_CATEGORIES = frozenset({"modality", "therapeutic_area"})
CONTEXT_SEEK_WEIGHT = 0.25

# Seeking something implies offering its counterpart: whoever seeks a licensing partner
# has an asset to out-license; whoever seeks suppliers is a customer. This lets two seekers
# with complementary needs meet (a CDMO seeking customers, a biotech seeking a CDMO).
IMPLIED_OFFER: dict[str, tuple[str, ...]] = {
    "licensing_partner": ("out_licensing",),
    "technology_sourcing": ("in_licensing",),
    "investment": ("investment_opportunity",),
    "cdmo_partner": ("demand_customer",),
    "supplier_localisation": ("demand_customer",),
    "supplier_sourcing": ("demand_customer",),
    "clinical_partner": ("demand_customer",),
    "cro_partner": ("demand_customer",),
    "performance_validation": ("demand_customer",),
    "co_development": ("co_development",),
    "research_collaboration": ("research_collaboration",),
    "distribution_partner": ("global_expansion",),
    "mentor": ("mentoring",),
}
IMPLIED_WEIGHT = 0.8
# Directional terms read differently on each side: "out-licensing" in a seeking text means
# looking for a licensee; "investment" in an offering means the offerer invests.
SEEK_AS: dict[str, str] = {
    "out_licensing": "licensing_partner",
    "in_licensing": "technology_sourcing",
    "venture_investment": "investment",
    "demand_customer": "demand_customer",
    "technology_transfer": "licensing_partner",  # 기술이전 sought = wanting to transfer out
}
OFFER_AS: dict[str, str] = {
    "investment": "venture_investment",
    "cdmo_partner": "cdmo_manufacturing",
}
# Who is asking changes what "licensing" or "investment" in a seeking text means: a pharma
# seeking licensing wants to license in; an investor seeking investment wants deals.
TYPE_SEEK_AS: dict[frozenset[str], dict[str, str]] = {
    frozenset({"pharma", "bigpharma", "제약사", "제약회사", "빅파마"}): {
        "licensing_partner": "technology_sourcing"
    },
    frozenset({"investor", "investors", "vc", "cvc", "capital", "투자사", "벤처캐피탈", "투자자"}): {
        "investment": "investment_opportunity"
    },
}
# What an organisation type says it offers, for profiles with little text (weights < 1:
# a hint, not a statement).
TYPE_OFFERS: dict[frozenset[str], dict[str, float]] = {
    frozenset({"pharma", "bigpharma", "제약사", "제약회사", "빅파마"}): {
        "business_development": 0.5,
        "in_licensing": 0.5,
    },
    frozenset({"investor", "investors", "vc", "cvc", "capital", "투자사", "벤처캐피탈"}): {
        "venture_investment": 0.8
    },
    frozenset({"cdmo", "cmo", "위탁생산"}): {"cdmo_manufacturing": 0.8},
    frozenset({"cro"}): {"contract_research": 0.8},
    frozenset({"hospital", "병원"}): {"clinical_trial_site": 0.5},
    frozenset({"incubator", "accelerator", "액셀러레이터", "인큐베이터"}): {"accelerator": 0.8},
    frozenset({"distributor", "유통사"}): {"distribution": 0.8},
    frozenset({"university", "대학", "대학교"}): {"technology_transfer": 0.5, "research_collaboration": 0.5},
    frozenset({"mentor", "멘토", "advisor", "adviser", "expert", "전문가", "coach"}): {"mentoring": 0.8},
}
_TYPE_WORD = re.compile(r"[^0-9a-z\uac00-\ud7a3]+")


def _type_offers(profile_type: str) -> dict[str, float]:
    words = set(_TYPE_WORD.split((profile_type or "").casefold()))
    out: dict[str, float] = {}
    for needles, offers in TYPE_OFFERS.items():
        if needles & words:
            out.update(offers)
    return out


def _type_seek_as(profile_type: str) -> dict[str, str]:
    # whole words only: a "startup_investment" profile is not an investor
    words = set(_TYPE_WORD.split((profile_type or "").casefold()))
    out: dict[str, str] = {}
    for needles, mapping in TYPE_SEEK_AS.items():
        if needles & words:
            out.update(mapping)
    return out


# Complements spelled out in one direction that hold in the other too.
EXTRA_COMPLEMENTS: tuple[tuple[str, str, float], ...] = (
    ("venture_investment", "investment_opportunity", 0.9),
    ("investment_opportunity", "investment_opportunity", 1.0),
    ("demand_customer", "demand_customer", 1.0),
    ("cdmo_manufacturing", "demand_customer", 0.8),
)


@dataclass
class Relations:
    taxonomy: Taxonomy
    keys: list[str] = field(init=False)
    index: dict[str, int] = field(init=False)
    rel: np.ndarray = field(init=False)  # (T, T): sought term row, offered term column

    def __post_init__(self) -> None:
        self.keys = sorted(self.taxonomy.terms)
        self.index = {k: i for i, k in enumerate(self.keys)}
        self.rel = self._build()

    def _build(self) -> np.ndarray:
        tax, ix = self.taxonomy, self.index
        rel = np.zeros((len(self.keys), len(self.keys)), dtype=np.float32)

        def put(s: str, o: str, w: float) -> None:
            if s in ix and o in ix:
                rel[ix[s], ix[o]] = max(rel[ix[s], ix[o]], w)

        for key in self.keys:
            put(key, key, 1.0)
            for depth, anc in enumerate(tax.ancestors(key), start=1):
                put(anc, key, 0.85**depth)  # sought broader, offered narrower
                put(key, anc, 0.6 * 0.85 ** (depth - 1))  # sought narrower, offered broader
            parent = tax.terms[key].parent
            for sib in tax.children(parent) if parent else ():
                if sib != key:
                    put(key, sib, 0.35)
        complements = [(c.seeking, c.offering, c.weight) for c in tax.complements]
        for s, o, w in [*complements, *EXTRA_COMPLEMENTS]:
            for seeker in [s, *tax.descendants(s)]:
                put(seeker, o, w)
                for depth, below in enumerate(tax.descendants(o), start=1):
                    put(seeker, below, w * 0.9 ** min(depth, 3))
                for anc in tax.ancestors(o)[:1]:
                    put(seeker, anc, w * 0.5)
        return rel

    def is_context(self, key: str) -> bool:
        return self.taxonomy.terms[key].category in CONTEXT_CATEGORIES


@dataclass
class TermSets:
    """A profile's taxonomy terms with weights: what it offers, what it seeks, its domain."""

    offer: dict[str, float]
    seek: dict[str, float]
    context: dict[str, float]
    implied: frozenset[str] = frozenset()  # offers inferred from needs, not stated

    @property
    def has_needs(self) -> bool:
        return bool(self.seek)


def _add(target: dict[str, float], keys: list[str] | tuple[str, ...], weight: float) -> None:
    for key in keys:
        target[key] = max(target.get(key, 0.0), weight)


def term_sets(
    relations: Relations,
    *,
    offer_tags: list[str],
    offer_found: tuple[str, ...],
    description_found: tuple[str, ...],
    seek_tags: list[str],
    seek_found: tuple[str, ...],
    description_seek_found: tuple[str, ...] = (),
    profile_type: str = "",
) -> TermSets:
    """Weighted term sets of one profile from resolved tags and terms detected in its texts."""
    tax = relations.taxonomy
    seek_as = {**SEEK_AS, **_type_seek_as(profile_type)}
    offer: dict[str, float] = {}
    _add(offer, [OFFER_AS.get(k, k) for k in offer_tags], 1.0)
    _add(offer, [OFFER_AS.get(k, k) for k in offer_found], 1.0)
    _add(offer, [OFFER_AS.get(k, k) for k in description_found], 0.6)
    for key, weight in _type_offers(profile_type).items():
        _add(offer, [key], weight)
    sought: dict[str, float] = {}
    _add(sought, [seek_as.get(k, k) for k in seek_tags], 1.0)
    _add(sought, [seek_as.get(k, k) for k in seek_found], 1.0)
    _add(sought, [seek_as.get(k, k) for k in description_seek_found], 0.8)
    real_needs = [k for k in sought if not relations.is_context(k)]
    seek = {
        k: (w * CONTEXT_SEEK_WEIGHT if real_needs and relations.is_context(k) else w)
        for k, w in sought.items()
    }
    implied = {k for need in real_needs for k in IMPLIED_OFFER.get(need, ()) if k not in offer}
    _add(offer, sorted(implied), IMPLIED_WEIGHT)
    context: dict[str, float] = {}
    for key in [*offer, *sought]:
        if relations.is_context(key) and offer.get(key, 0.0) + sought.get(key, 0.0) > 0:
            context[key] = 1.0
            for anc in tax.ancestors(key):
                context.setdefault(anc, 0.5)
    return TermSets(offer=offer, seek=seek, context=context, implied=frozenset(implied))
