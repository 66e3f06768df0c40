from django.db import models
from django.utils.translation import gettext_lazy as _


class MembershipRole(models.TextChoices):
    OWNER = "owner", _("Owner")
    ADMIN = "admin", _("Administrator")
    MEMBER = "member", _("Member")


class PlatformRole(models.TextChoices):
    """Platform-wide roles, stored as auth groups so permissions can be attached."""

    OPERATOR = "operator", _("Operator")
    REVIEWER = "reviewer", _("Reviewer")
    MENTOR = "mentor", _("Mentor")
    FACILITY_MANAGER = "facility_manager", _("Facility manager")


# Roles that may edit an organisation's profile.
ORG_EDITOR_ROLES = frozenset({MembershipRole.OWNER, MembershipRole.ADMIN})
