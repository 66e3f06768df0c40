"""Test data builders. They go through the services, so test data obeys the same rules as real data."""

from tests.factories.accounts import UserFactory, make_member
from tests.factories.directory import OrganizationFactory

__all__ = ["OrganizationFactory", "UserFactory", "make_member"]
