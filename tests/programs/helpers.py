"""Builders for programs tests: submitted applications and reviewers in one call."""

from __future__ import annotations

from django.utils import timezone

from biobridge.programs.services.applications import create_application, save_application, submit_application
from biobridge.programs.services.reviewing import update_expert_profile
from tests.factories import OrganizationFactory, UserFactory, make_member
from tests.programs.conftest import upload


def submitted(program, *, offering=("oncology",), name=None, org=None):
    org = org or OrganizationFactory(
        **({"name_ko": name, "name_en": name} if name else {}),
        founded_year=timezone.now().year - 2,
        offering=list(offering),
    )
    member = make_member(org, role="owner")
    app = create_application(program, organization=org, actor=member)
    save_application(app, answers={"summary": "요약"}, files={"deck": upload()}, actor=member)
    submit_application(app, actor=member)
    app.refresh_from_db()
    return app, member


def reviewer(expertise=("oncology",), capacity=None, roles=("reviewer",)):
    user = UserFactory(roles=list(roles))
    update_expert_profile(user, expertise=list(expertise), capacity=capacity)
    return user
