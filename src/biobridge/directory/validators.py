"""Validation shared by model.clean, forms, the API and the CLI: one rule, every door."""

from __future__ import annotations

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Legal-form marks that do not distinguish one organisation from another.
_LEGAL_FORMS = re.compile(
    r"\(주\)|㈜|\(유\)|\(재\)|\(사\)|주식회사|유한회사|재단법인|사단법인"
    r"|\b(co\.?,?\s*ltd\.?|inc\.?|corp\.?|corporation|ltd\.?|llc|gmbh|plc|ag|s\.a\.)(?=\W|$)",
    re.IGNORECASE,
)
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalize_text(value: str) -> str:
    """NFC with collapsed whitespace: the stored form of every Korean name."""
    return " ".join(unicodedata.normalize("NFC", value or "").split())


def name_key(value: str) -> str:
    """Comparison key: '(주)셀트리온', '셀트리온 ', 'Celltrion, Inc.' → '셀트리온', 'celltrion'."""
    text = _LEGAL_FORMS.sub(" ", normalize_text(value).casefold())
    return _NOT_WORD.sub("", text)


def validate_org_name(value: str) -> None:
    if not name_key(value):
        raise ValidationError(_("Enter a name with at least one letter or digit."), code="blank_name")
    if len(normalize_text(value)) > 200:
        raise ValidationError(_("Names are at most 200 characters."), code="long_name")


def validate_founded_year(value: int | None) -> None:
    if value is None:
        return
    if not 1800 <= value <= timezone.now().year:
        raise ValidationError(
            _("Founding year must be between 1800 and %(year)s."),
            code="founded_year",
            params={"year": timezone.now().year},
        )


def validate_country(value: str) -> None:
    if not re.fullmatch(r"[A-Z]{2}", value or ""):
        raise ValidationError(_("Use a two-letter country code such as KR or US."), code="country")
