import factory

from biobridge.accounts.models import User
from biobridge.accounts.services import add_membership, grant_platform_role

PASSWORD = "test-pass-123"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    name = factory.Sequence(lambda n: f"User {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        for role in extracted or []:
            grant_platform_role(self, role)
        self.save()


def make_member(organization, *, role: str = "member", **user_kwargs) -> User:
    user = UserFactory(**user_kwargs)
    add_membership(user=user, organization=organization, role=role)
    return user
