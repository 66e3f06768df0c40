"""Shared Korean/English text analysis.

One Kiwi instance per process (loading it takes about a second and ~100 MB), used by
directory search, the matching engine and news extraction. `terms()` turns mixed
Korean/English text into lower-cased index terms: Korean content morphemes (nouns,
roots, foreign words) plus Latin words, so "셀트리온은" and "셀트리온" index alike.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

# Tags that carry meaning for search: nouns, proper nouns, roots, foreign words, numbers.
CONTENT_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "XR", "SL", "SH", "SN", "VV", "VA"})
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN_WORD = re.compile(r"[a-z0-9][a-z0-9\-+.]*[a-z0-9+]|[a-z0-9]")
_lock = threading.Lock()


def nfc(text: str) -> str:
    """NFC-normalise: Hangul typed on macOS arrives decomposed (NFD)."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=1)
def kiwi() -> Kiwi:
    """The process-wide Kiwi analyser (loaded on first use)."""
    from kiwipiepy import Kiwi

    with _lock:
        return Kiwi()


def has_hangul(text: str) -> bool:
    return bool(_HANGUL.search(text))


def _content_terms(tokens) -> list[str]:
    out: list[str] = []
    for token in tokens:
        if token.tag in CONTENT_TAGS:
            form = token.form.lower()
            out.extend(_LATIN_WORD.findall(form) if token.tag == "SL" else [form])
    return out


def terms(text: str) -> list[str]:
    """Index terms of `text`: Korean content morphemes and lower-cased Latin words."""
    text = nfc(text or "").strip()
    if not text:
        return []
    if not has_hangul(text):
        return _LATIN_WORD.findall(text.lower())
    return _content_terms(kiwi().tokenize(text))


def terms_batch(texts: list[str]) -> list[list[str]]:
    """`terms` for many texts; Kiwi's batch mode is several times faster than a loop."""
    texts = [nfc(t or "") for t in texts]
    korean = [i for i, t in enumerate(texts) if has_hangul(t)]
    out = [[] if has_hangul(t) else terms(t) for t in texts]
    if korean:
        for i, tokens in zip(korean, kiwi().tokenize([texts[i] for i in korean]), strict=True):
            out[i] = _content_terms(tokens)
    return out
