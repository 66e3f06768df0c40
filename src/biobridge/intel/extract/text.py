"""Words, particles and sentences of an article body, with character offsets.

Particles are cut from the end of a word (셀트리온은 → 셀트리온) only when Kiwi agrees
that a particle starts there, or when what remains is a known name or ends in an
organisation suffix: Kiwi alone splits unknown names (삼성/바이오/로직/스와) and the string
alone would cut 보로노이 → 보로노.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from biobridge.common.korean import kiwi

WORD = re.compile(r"[^\s,，·・ㆍ•/()\[\]{}“”‘’\"'「」『』<>〈〉《》▲△■□○●◆◇▶►※…;:|?!①-⑳→~+=]+")
PARTICLES = sorted(
    """으로부터 에서부터 에게서 으로서 으로써 에서는 에서도 에서의 에서만 과의 와의 과는 와는 과도 와도 이라는 라는
    이라고 라고 에서 에게 으로 로서 로써 부터 까지 이며 이고 이다 이었다 였다 입니다 하고 처럼 보다 에는 에도 의
    은 는 이 가 을 를 와 과 에 도 로 만 께서 이나 나 측 등 간 이자 인 이란 란""".split(),
    key=len,
    reverse=True,
)
_SENT_SPLIT = re.compile(r"(?<=[다요음함]\.)\s+|(?<=[다요]\.[”\"’'])\s+|(?<=[.!?])\s+(?=[A-Z가-힣“\"‘'(\[▲□○-])|\n+")


@dataclass(frozen=True)
class Word:
    text: str  # the word as written (particles included)
    core: str  # particles removed
    start: int
    end: int  # end of the core
    particle: str


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


def analyse(text: str) -> tuple[set[int], set[int]]:
    """Kiwi's view of `text`: offsets where a particle/ending starts, and offsets of proper nouns."""
    particles: set[int] = set()
    proper: set[int] = set()
    for token in kiwi().tokenize(text):
        if token.tag.startswith(("J", "E")) or token.tag in {"VCP", "XSN"}:
            particles.add(token.start)
        elif token.tag == "NNP":
            proper.add(token.start)
    return particles, proper


def split_words(text: str, known: Callable[[str], bool], particles: set[int]) -> list[Word]:
    """Words of `text`; `known(core)` says whether a stripped form is a recognisable name."""
    words: list[Word] = []
    for m in WORD.finditer(text):
        raw = m.group().rstrip(".")
        if not raw:
            continue
        core, particle = strip_particle(raw, m.start(), particles, known)
        words.append(Word(raw, core, m.start(), m.start() + len(core), particle))
    return words


def strip_particle(raw: str, offset: int, starts: set[int], known: Callable[[str], bool]) -> tuple[str, str]:
    if known(raw):
        return raw, ""
    for p in PARTICLES:
        if raw.endswith(p) and len(raw) > len(p) + 1:
            rest = raw[: -len(p)]
            if (offset + len(rest)) in starts or known(rest):
                return rest, p
    return raw, ""


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for m in _SENT_SPLIT.finditer(text):
        _add(out, text, pos, m.start())
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _add(out: list[Sentence], text: str, a: int, b: int) -> None:
    chunk = text[a:b]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        out.append(Sentence(stripped, a + lead, a + lead + len(stripped)))
