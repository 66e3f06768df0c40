"""Conflicts of interest between reviewers and applicants: declared and derived from the directory.

A reviewer is conflicted with an application when they
- declared a conflict with the applicant organisation (works for, advises, invested in);
- are a member of the applicant organisation;
- belong to an organisation that shares an agreement (MOU, contract …) with the applicant.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.utils.translation import gettext as _

from biobridge.accounts.models import Membership
from biobridge.directory.models import AgreementParty
from biobridge.programs.models import DeclaredConflict

Pair = tuple[int, int]  # (user id, organisation id)


def conflicts_between(user_ids: Iterable[int], org_ids: Iterable[int]) -> dict[Pair, str]:
    """Every conflicted (user, organisation) pair among the given ones, with a readable reason."""
    user_ids, org_ids = set(user_ids), set(org_ids)
    out: dict[Pair, str] = {}
    for row in DeclaredConflict.objects.filter(user_id__in=user_ids, organization_id__in=org_ids):
        out.setdefault(
            (row.user_id, row.organization_id), _("declared: %(kind)s") % {"kind": row.get_kind_display()}
        )
    own_orgs: dict[int, set[int]] = defaultdict(set)
    for user_id, org_id in Membership.objects.filter(user_id__in=user_ids).values_list(
        "user_id", "organization_id"
    ):
        own_orgs[user_id].add(org_id)
        if org_id in org_ids:
            out.setdefault((user_id, org_id), _("member of the applicant organisation"))
    partners = _agreement_partners(org_ids)
    for user_id, orgs in own_orgs.items():
        for applicant in org_ids:
            if orgs & partners.get(applicant, set()):
                out.setdefault(
                    (user_id, applicant), _("their organisation has an agreement with the applicant")
                )
    return out


def _agreement_partners(org_ids: set[int]) -> dict[int, set[int]]:
    """Applicant organisation → every organisation it shares an agreement with."""
    rows = AgreementParty.objects.filter(agreement__party_links__organization_id__in=org_ids).values_list(
        "agreement_id", "organization_id"
    )
    parties: dict[int, set[int]] = defaultdict(set)
    for agreement_id, org_id in rows:
        parties[agreement_id].add(org_id)
    partners: dict[int, set[int]] = defaultdict(set)
    for orgs in parties.values():
        for org in orgs & org_ids:
            partners[org] |= orgs - {org}
    return partners


def conflict_reason(user, organization) -> str:
    """Why `user` may not review `organization`'s application, or "" when there is no conflict."""
    if not (user and user.is_authenticated):
        return ""
    return conflicts_between([user.pk], [organization.pk]).get((user.pk, organization.pk), "")
