"""Content fingerprint of an article: one value for every copy of the same text.

Near-identical copies are detected by hashing a normalised body, not by fuzzy matching:
NFC, case-folded, with whitespace, punctuation and symbols removed (re-wrapped lines,
other quote marks, ▲ or · bullets do not count), and without what outlets change when they
republish a press release: the byline line (`홍길동 기자 hong@…`), e-mail addresses and a
leading dateline tag such as `[서울=뉴시스]` or `(서울=연합뉴스)`. Two outlets that edit
the wording itself produce two articles; that is deliberate — a hash never merges texts
that say different things.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_DATELINE = re.compile(r"^\s*[\[(【][^\])】]{1,40}[\])】]\s*")
_BYLINE = re.compile(r"기자|특파원|reporter|@", re.IGNORECASE)
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
BYLINE_MAX = 60  # a byline is a short line; a long line mentioning 기자 is prose


def normalise_body(body: str) -> str:
    """The text the fingerprint is computed over (exposed for tests and debugging)."""
    kept = []
    for line in unicodedata.normalize("NFC", body or "").splitlines():
        line = line.strip()
        if not line or (len(line) <= BYLINE_MAX and _BYLINE.search(line)):
            continue
        line = _DATELINE.sub("", _EMAIL.sub("", line))
        kept.append(_NOT_WORD.sub("", line.casefold()))
    return "".join(kept)


def fingerprint(body: str) -> str:
    """SHA-256 (hex) of the normalised body."""
    return hashlib.sha256(normalise_body(body).encode("utf-8")).hexdigest()
