"""Per-file results in the reader's language.

The extractor and the CLI speak English (stable lines for scripts); the web page shows the
same results translated. Unknown messages are shown as they are.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

KNOWN = {
    "empty file": gettext_noop("empty file"),
    "binary file, not text": gettext_noop("binary file, not text"),
    "undecodable text (not UTF-8, CP949/EUC-KR or a detectable charset)": gettext_noop(
        "undecodable text (not UTF-8, CP949/EUC-KR or a detectable charset)"
    ),
    "no article text found": gettext_noop("no article text found"),
}
_TOO_LARGE = re.compile(r"file too large \((\d+) bytes > (\d+)\)")
_SAME_TEXT = re.compile(r"same text as article #(\d+)")


def localise_result_message(message: str) -> str:
    if message in KNOWN:
        return _(KNOWN[message])
    if m := _TOO_LARGE.fullmatch(message):
        return _("file too large (%(size)s bytes; the limit is %(limit)s)") % {"size": m[1], "limit": m[2]}
    if m := _SAME_TEXT.fullmatch(message):
        return _("same text as article #%(id)s") % {"id": m[1]}
    return message
