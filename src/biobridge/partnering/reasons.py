"""The scheduler's unscheduled reasons (English, from the pure package) in the viewer's language.

Runs store the scheduler's sentence with participant ids replaced by names; pages translate
the known sentence shapes when they show them, and show anything else as it is.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _


def _patterns() -> list[tuple[re.Pattern, str]]:
    return [
        (
            re.compile(r"^(?P<a>.+) has no common free slot with (?P<b>.+)$"),
            _("%(a)s has no common free slot with %(b)s"),
        ),
        (
            re.compile(r"^no allowed slot in which all participants are available$"),
            _("no allowed slot in which all participants are available"),
        ),
        (re.compile(r"^all common slots full$"), _("every slot the two have in common is full")),
        (
            re.compile(r"^(?P<a>.+) is booked in every common slot$"),
            _("%(a)s is booked in every common slot"),
        ),
        (
            re.compile(r"^participants are booked in all common slots$"),
            _("the participants are booked in every common slot"),
        ),
        (re.compile(r"^left out to fit more meetings$"), _("left out so that more meetings fit")),
    ]


def reason_text(reason: str) -> str:
    for pattern, template in _patterns():
        match = pattern.match(reason)
        if match:
            return template % match.groupdict() if match.groupdict() else template
    return reason
