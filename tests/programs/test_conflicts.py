import pytest

from biobridge.accounts.services import add_membership
from biobridge.directory.services import AgreementData, create_agreement
from biobridge.programs.conflicts import conflict_reason, conflicts_between
from biobridge.programs.services.reviewing import declare_conflict
from tests.factories import OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_declared_membership_and_agreement_conflicts(taxonomy):
    applicant, partner, other = OrganizationFactory(), OrganizationFactory(), OrganizationFactory()
    declared, member, via_agreement, clear = UserFactory(), UserFactory(), UserFactory(), UserFactory()
    declare_conflict(declared, organization=applicant, kind="invested")
    add_membership(user=member, organization=applicant)
    add_membership(user=via_agreement, organization=partner)
    add_membership(user=clear, organization=other)
    create_agreement(data=AgreementData(title_ko="협약", party_ids=[applicant.pk, partner.pk]))
    users = [declared.pk, member.pk, via_agreement.pk, clear.pk]
    assert set(conflicts_between(users, [applicant.pk])) == {
        (declared.pk, applicant.pk),
        (member.pk, applicant.pk),
        (via_agreement.pk, applicant.pk),
    }
    assert conflict_reason(clear, applicant) == ""
    assert conflict_reason(member, applicant) != ""
