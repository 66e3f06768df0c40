"""Validation shared by the web filters, the API and the review actions: one rule, every door."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from biobridge.directory.enums import Region
from biobridge.intel.enums import RelationType, ReviewStatus


def validate_filters(filters) -> None:
    """Raise ValidationError by field for an unknown relation type, region or status, or a reversed period."""
    errors: dict[str, list[str]] = {}
    if filters.rel_type and filters.rel_type not in RelationType.values:
        errors["rel_type"] = [_("Unknown relation type.")]
    if filters.region and filters.region not in Region.values:
        errors["region"] = [_("Unknown region.")]
    if filters.status and filters.status not in ReviewStatus.values:
        errors["status"] = [_("Unknown review status.")]
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        errors["date_to"] = [_("The end of the period is before its start.")]
    if errors:
        raise ValidationError(errors)


ORG_ACTIONS = {"confirm": "verified", "reject": "rejected", "reopen": "unverified"}
RELATION_ACTIONS = {"confirm": "confirmed", "reject": "rejected", "reopen": "pending"}


def review_target_state(action: str, table: dict[str, str]) -> str:
    """The state a review action leads to; ValidationError for an unknown action."""
    if action not in table:
        raise ValidationError(
            {"action": [_("Unknown action: use one of %(actions)s.") % {"actions": ", ".join(table)}]}
        )
    return table[action]
