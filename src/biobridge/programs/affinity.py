"""How well a reviewer or mentor fits an applicant: the matching engine when it offers
`affinity(a, b)`, otherwise taxonomy tag overlap (Jaccard, with broader terms counting).

The fallback stays even once the engine exists: it needs no index and is what the tests pin down.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from biobridge.directory.models import Term

log = logging.getLogger(__name__)


def term_parents() -> dict[int, int | None]:
    return dict(Term.objects.values_list("pk", "parent_id"))


def with_ancestors(term_ids: Iterable[int], parents: dict[int, int | None]) -> set[int]:
    """The terms and every broader term above them (ADC → antibody → biologics)."""
    out: set[int] = set()
    for term_id in term_ids:
        current: int | None = term_id
        while current is not None and current not in out:
            out.add(current)
            current = parents.get(current)
    return out


def tag_overlap(a: set[int], b: set[int]) -> float:
    """Jaccard similarity of two expanded term sets, 0.0 when either is empty."""
    if not a or not b:
        return 0.0
    return round(len(a & b) / len(a | b), 6)


def engine_affinity() -> Callable | None:
    """The matching engine's `affinity(a, b)` when that engine is installed, else None."""
    try:
        from biobridge.matching import engine
    except ImportError:
        return None
    return getattr(engine, "affinity", None)


def profile(ident: str, terms: Iterable[Term]):
    """The matching engine's Profile for a set of taxonomy terms (labels resolve by name)."""
    from biobridge.matching.engine import Profile

    return Profile(id=ident, tags_offering=[t.name_en for t in terms])


class Scorer:
    """Scores (person, organisation) pairs from expanded tag sets, trying the engine first."""

    def __init__(self, *, use_engine: bool = True):
        self.parents = term_parents()
        self.engine = engine_affinity() if use_engine else None
        self._options: dict | None = None

    def expand(self, term_ids: Iterable[int]) -> set[int]:
        return with_ancestors(term_ids, self.parents)

    def _engine_options(self) -> dict:
        # Building the engine's bilingual bridge takes ~0.2 s; share one across all pairs of a run.
        if self._options is None:
            from biobridge.matching.engine.text import default_bridge

            self._options = {"bridge": default_bridge()}
        return self._options

    def score(self, a_terms: list[Term], b_terms: list[Term]) -> float:
        if self.engine is not None:
            try:
                return float(
                    self.engine(profile("a", a_terms), profile("b", b_terms), **self._engine_options())
                )
            except Exception:  # the engine is another team's moving target; never fail a review run on it
                log.warning("matching engine affinity failed; using tag overlap", exc_info=True)
                self.engine = None
        return tag_overlap(self.expand(t.pk for t in a_terms), self.expand(t.pk for t in b_terms))
