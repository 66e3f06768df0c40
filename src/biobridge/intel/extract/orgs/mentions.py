"""Mentions the word-level steps miss: a known name written again with a particle Kiwi glued on."""

from __future__ import annotations

import re

from biobridge.intel.extract.orgs.organization import Mention, Organization

# what may follow a name in the same Hangul run: its particle ('메디센트릭스는', '젠트릭스가', '루닛과의')
_PARTICLE = re.compile(
    r"(은|는|이|가|을|를|와|과|의|에|에서|에게|로|으로|도|만|와의|과의|와는|과는|와도|과도|로부터|으로부터|"
    r"에는|에서는|이다|다|이며|이고|측|측은|측이|까지|보다|처럼|이나|나|께서|에도|로서|으로서)"
)
_HANGUL_RUN = re.compile(r"[가-힣]*")


def complete_mentions(body: str, orgs: list[Organization]) -> None:
    """Add each other place where an organisation's name stands as a word of its own."""
    taken = [(m.start, m.end) for o in orgs for m in o.mentions]
    for org in orgs:
        for text in sorted({m.text for m in org.mentions}, key=len, reverse=True):
            if len(text) < 3:
                continue
            for hit in re.finditer(re.escape(text), body):
                a, b = hit.start(), hit.end()
                if any(x < b and a < y for x, y in taken) or not _word_alone(body, a, b):
                    continue
                org.mentions.append(Mention(text, a, b))
                taken.append((a, b))
        org.mentions.sort(key=lambda m: m.start)


def _word_alone(body: str, a: int, b: int) -> bool:
    before = body[a - 1] if a else " "
    if before.isalnum() and before not in "㈜":
        return False
    tail = _HANGUL_RUN.match(body, b)
    rest = tail.group() if tail else ""
    if body[b : b + 1].isascii() and body[b : b + 1].isalnum():
        return False
    return not rest or bool(_PARTICLE.fullmatch(rest))
