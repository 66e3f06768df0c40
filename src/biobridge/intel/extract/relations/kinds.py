"""Relation kinds and organisation types the steps treat alike."""

from __future__ import annotations

from biobridge.intel.extract import orgrules as R

_PAIR_TYPES = {"mou", "partnership"}
_PUBLIC = {"government", "public_agency", "agency"}
_FUNDERS = {"investor", "public_agency", "agency"}  # '혁신센터도 후속 투자에 참여': joins the round before
_COMPANY_TYPES = {"company", "startup", "big_pharma", "cdmo", "sme", "large_company"}
# companies a call selects or a list counts; a big drugmaker there is the one selecting or hosting
_SMALL_COMPANIES = _COMPANY_TYPES - {"big_pharma", "large_company"}


def _acting_type(org_type: str | None) -> str:
    """The type an organisation acts as: one of no known type is most often a company without a telling
    suffix ('몰레큘라인')."""
    return org_type or "company"


def _investor_name(name: str) -> bool:
    """'아주IB투자', 'LB Investment': a name that says investor whatever type the gazetteer gave it."""
    last = name.split()[-1]
    info = R.suffix_info(last) if not last.isascii() else None
    return (
        name.endswith("투자")
        or (info is not None and info[0] == "investor")
        or R.EN_SUFFIXES.get(last.lower()) == "investor"
    )


def _region(name: str, types: dict[str, str | None]) -> bool:
    """A province, city or county acting as its government ('전라남도', '춘천시', '화순군')."""
    return types.get(name) == "government" and name.endswith(("시", "도", "군"))
