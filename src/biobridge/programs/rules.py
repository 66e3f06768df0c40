"""Permission predicates of programs (django-rules).

Applicants see their own organisation's applications and never a review; reviewers see only the
applications they are assigned to and not conflicted with; operators see everything.
"""

from __future__ import annotations

import rules

from biobridge.accounts.enums import PlatformRole
from biobridge.accounts.rules import is_operator, is_org_member


def _in_group(user, role: str) -> bool:
    return bool(user and user.is_authenticated and user.groups.filter(name=role).exists())


@rules.predicate
def is_reviewer(user) -> bool:
    return _in_group(user, PlatformRole.REVIEWER)


@rules.predicate
def is_mentor(user) -> bool:
    return _in_group(user, PlatformRole.MENTOR)


@rules.predicate
def is_applicant_member(user, application) -> bool:
    return application is not None and is_org_member(user, application.organization)


@rules.predicate
def is_clear_assigned_reviewer(user, application) -> bool:
    """Assigned to review `application` and not (or no longer) conflicted with its organisation."""
    from biobridge.programs.conflicts import conflict_reason

    if application is None or not (user and user.is_authenticated):
        return False
    if not application.assignments.filter(reviewer=user).exists():
        return False
    return not conflict_reason(user, application.organization)


@rules.predicate
def is_assignment_reviewer(user, assignment) -> bool:
    return assignment is not None and assignment.reviewer_id == getattr(user, "pk", None)


@rules.predicate
def is_matched_mentor(user, application) -> bool:
    return bool(
        application is not None
        and user.is_authenticated
        and application.mentor_matches.filter(mentor=user).exists()
    )


@rules.predicate
def is_booking_party(user, booking) -> bool:
    """The slot's host or a member of the booking organisation: the pair of a session."""
    if booking is None or not (user and user.is_authenticated):
        return False
    return booking.slot.host_id == user.pk or is_org_member(user, booking.organization)


# A matched mentor coaches a selected startup and reads its application to do so.
can_view_application = is_operator | is_applicant_member | is_clear_assigned_reviewer | is_matched_mentor
can_review = is_assignment_reviewer & rules.predicate(
    lambda user, assignment: is_clear_assigned_reviewer(user, assignment.application)
)

rules.add_perm("programs.manage_program", is_operator)
rules.add_perm("programs.view_application", can_view_application)
rules.add_perm("programs.edit_application", is_applicant_member)
rules.add_perm("programs.review_assignment", can_review)
rules.add_perm("programs.view_follow_up", is_operator | is_applicant_member | is_matched_mentor)
rules.add_perm("programs.add_milestone", is_operator | is_matched_mentor)
rules.add_perm("programs.report_progress", is_applicant_member)
rules.add_perm("programs.view_booking", is_operator | is_booking_party)
rules.add_perm("programs.publish_slot", is_operator | is_mentor)

# Operators build programs (stages, form, rubric) in the Django admin.
rules.add_perm("programs", is_operator)
for _model in (
    "program",
    "programstage",
    "formfield",
    "criterion",
    "expertprofile",
    "declaredconflict",
    "slot",
    "booking",
    "milestone",
):
    for _action in ("view", "add", "change", "delete"):
        if not rules.perm_exists(f"programs.{_action}_{_model}"):  # keep the object-level ones above
            rules.add_perm(f"programs.{_action}_{_model}", is_operator)
