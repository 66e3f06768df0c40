"""Organisations in a Korean article body: candidates, evidence scores, merged names.

Kiwi has no named-entity tagger and splits unknown names, so a word becomes an
organisation by adding up evidence: the gazetteer, an organisation suffix (협회, 진흥원,
테라퓨틱스), a context only organisations occur in (X(대표 홍길동), 홍길동 X 대표, X와
업무협약, enumerations ending in '등 … 기업', ㈜), and what Kiwi says about the word (a proper
noun, or a word it does not know at all). Context alone never turns a word made only of
known common nouns into a name. A word is kept when its evidence reaches THRESHOLD; then
abbreviations, parenthesised aliases and gazetteer aliases merge into one organisation.
"""

from __future__ import annotations

from biobridge.intel.extract.gazetteer import Gazetteer
from biobridge.intel.extract.orgs.candidates import THRESHOLD
from biobridge.intel.extract.orgs.lists import _Lists
from biobridge.intel.extract.orgs.mentions import complete_mentions
from biobridge.intel.extract.orgs.merging import _abbreviates as _abbreviates  # tests call it
from biobridge.intel.extract.orgs.merging import _Merging
from biobridge.intel.extract.orgs.names import _Names
from biobridge.intel.extract.orgs.organization import Mention, Organization

__all__ = ["THRESHOLD", "Mention", "Organization", "find_organizations"]


class _Finder(_Names, _Lists, _Merging):
    """Every step, in order, over one body (the state is set up in `_Candidates`)."""

    def run(self) -> list[Organization]:
        consumed = self._multiword()
        consumed |= self._headline_phrases(consumed)
        consumed |= self._university_hospitals(consumed)
        consumed |= self._firms(consumed)
        self._mark_people()
        for i, w in enumerate(self.words):
            if i not in consumed and i not in self.person:
                self._single(i, w)
        self._latin_spelled()
        self._spaced_acronym_names()
        self._group_affiliates()
        self._quoted_institutions()
        self._enumerations()
        self._joining_lists()
        self._described_series()
        self._copula_lists()
        self._bullets()
        self._region_list()
        self._foreign_ministries()
        self._bracket_members()
        self._coordination()
        self._round_members()
        self._subjects()
        self._headline_words()
        return self._merge()


def find_organizations(body: str, gazetteer: Gazetteer, title: str | None = None) -> list[Organization]:
    """Organisations mentioned in `body`, in order of first mention; the headline is evidence."""
    if not body.strip():
        return []
    orgs = _Finder(body, gazetteer, title).run()
    complete_mentions(body, orgs)
    return sorted(orgs, key=lambda o: o.mentions[0].start if o.mentions else 0)
