"""Regexes and helpers several steps share: joined particles, counts, a Latin name in brackets."""

from __future__ import annotations

import re

_ORG_COUNT = re.compile(r"\d+\s*(곳|개사)")  # '등 3개사가' counts organisations; '3개 분야' does not
_JOINED = re.compile(r"[가-힣A-Za-z]{2,}[와과]")  # an item whose 와/과 Kiwi did not split off
# "'바이오알엔(BioRN)' 대표단이": people sent by the organisation just named
DELEGATION_AFTER = r"['’\"”]?\s*(대표단|방문단|사절단|관계자|임직원)"
_LATIN_NAME_AFTER = re.compile(r"\(\s*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)+\s*\)")

# the Latin letters of each Hangul initial, ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
_INITIAL_LETTERS = (
    "GKC",
    "GKC",
    "N",
    "DT",
    "DT",
    "LR",
    "M",
    "BPV",
    "BP",
    "SCZ",
    "S",
    "AEIOUYW",
    "JZG",
    "J",
    "CK",
    "KCQ",
    "T",
    "PF",
    "H",
)


def _sounds_alike(hangul: str, latin: str) -> bool:
    """Whether a Latin spelling opens on the sound the Hangul word opens on ('패솔릭스', 'Patholix')."""
    first = hangul[0]
    if not "가" <= first <= "힣":
        return False
    return latin[0].upper() in _INITIAL_LETTERS[(ord(first) - 0xAC00) // 588]
