import factory

from biobridge.directory.services import OrganizationData, create_organization


class OrganizationFactory(factory.Factory):
    """Builds an OrganizationData and stores it through `create_organization`."""

    class Meta:
        model = OrganizationData

    name_ko = factory.Sequence(lambda n: f"테스트바이오{n}")
    name_en = factory.Sequence(lambda n: f"Test Bio {n}")
    org_type = "startup"
    country = "KR"
    region = "seoul"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return create_organization(data=model_class(*args, **kwargs))
