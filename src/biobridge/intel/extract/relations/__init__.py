"""Relations between organisations, one per sentence and type that states them.

A sentence (cut into clauses at connective endings such as '-하며,' '-하고') with a trigger
gives a relation whose parties are the organisations named in the clause — plus the sentence's
subject when the clause has none of its own, resolving '도는', '회사는', '시와' to the
organisation the previous sentences were about. Organisations named only as a modifier
(X 산하, X 관계자, [사진=X 제공], X가 발표한) are not parties. Quotes and conditionals
('협력하면 … 전망') state hopes, not relations. A sentence that refers back ('이번 투자에는 …',
'선정된 기업은 …', 'The selected companies are …') adds its parties to the relation it refers to.
Date and amount come from the same sentence (an amount may come from the next one: '계약 규모는 …').
"""

from __future__ import annotations

from biobridge.intel.extract.orgs import Organization
from biobridge.intel.extract.relations.anaphora import _heads, _State
from biobridge.intel.extract.relations.completing import (
    _add_consortium_lead,
    _bullet_pairs,
    _companions_at_every_stop,
    _complete_from_headline,
    _complete_trip,
    _complete_visitor,
    _complete_with_topic,
    _consortium_items,
    _earlier_rounds,
    _join_host,
    _joined_from_here,
    _left_before_last_stop,
    _main_event_participants,
    _one_visit_per_stop,
    _place_toured,
    _selected_at_event,
    _topic,
    _welcomed_together,
)
from biobridge.intel.extract.relations.filters import (
    _attracted,
    _into_a_fund,
    _one_sided,
    _only_asked,
    _partner_choice,
    _planned,
)
from biobridge.intel.extract.relations.kinds import _acting_type
from biobridge.intel.extract.relations.merging import (
    _agreed_content,
    _dedupe,
    _merge_events,
    _merge_rounds,
    _merge_selections,
    _refer_back,
    _respective_selections,
)
from biobridge.intel.extract.relations.relation import Relation
from biobridge.intel.extract.relations.sentences import _sentence_relations
from biobridge.intel.extract.relations.triggers import TRIGGERS, TRIGGERS_BY_KIND
from biobridge.intel.extract.relations.triggers import _triggers as _triggers  # tests call it on a clause
from biobridge.intel.extract.text import split_sentences

__all__ = ["TRIGGERS", "TRIGGERS_BY_KIND", "Relation", "find_relations"]


def find_relations(
    body: str, orgs: list[Organization], published: str | None, title: str | None = None
) -> list[Relation]:
    mentions = _outermost(
        sorted(((m.start, m.end, o.canonical) for o in orgs for m in o.mentions), key=lambda x: (x[0], -x[1]))
    )
    types = {o.canonical: _acting_type(o.type) for o in orgs}
    sentences = split_sentences(body)
    found: list[Relation] = []
    state = _State(
        heads=_heads(body, mentions),
        body=body,
        topic=_topic(title, orgs, companies_only=True),
        lead=_topic(title, orgs),
        types=types,
    )
    for n, sent in enumerate(sentences):
        nxt = sentences[n + 1].text if n + 1 < len(sentences) else ""
        rels = _sentence_relations(body, sent, nxt, mentions, published, state, types)
        for r in rels:
            _add_consortium_lead(r, sent, body, mentions)
            if _agreed_content(r, sent, found):
                continue
            if not _refer_back(r, sent, found, types):
                found.append(r)
    found = _join_host(found)
    found += _bullet_pairs(body, mentions, sentences, published, found)
    found += _consortium_items(body, mentions, sentences, published, found)
    found = _one_visit_per_stop(found, mentions)
    _complete_with_topic(found, _topic(title, orgs), types, mentions)
    _complete_trip(found, types, mentions)
    _complete_visitor(found, orgs)
    _companions_at_every_stop(found)
    _left_before_last_stop(found, body, mentions)
    _joined_from_here(found, body, mentions)
    _welcomed_together(found, body, mentions)
    # '대표단이 오송생명과학단지를 찾아 …' and then its stops: the tour, no stop of its own
    found = [r for r in found if not (r.type == "visit" and _place_toured(r, found, mentions))]
    found = _merge_events(_dedupe(_merge_selections(_merge_rounds(found, types), types)))
    _main_event_participants(found, sentences, mentions, published, types)
    found += _earlier_rounds(found, body, mentions, state.topic)
    _complete_from_headline(found, title, orgs, sentences, published)
    _selected_at_event(found, types)
    found = _dedupe(_respective_selections(found, body, mentions, types))
    return [
        r
        for r in found
        if not _attracted(r, types)
        and not _one_sided(r)
        and not _planned(r, published)
        and not _only_asked(r)
        and not _into_a_fund(r, found, types)
        and not _partner_choice(r, found, types)
    ]


def _outermost(mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Mentions sorted by start (longest first), without those inside a longer one: '포트웰' in
    '포트웰 랩스(…)'에 입주한다' is no mention of its own, whatever follows the short form."""
    out: list[tuple[int, int, str]] = []
    reach = -1
    for a, b, name in mentions:
        if b <= reach:
            continue
        out.append((a, b, name))
        reach = max(reach, b)
    return out
