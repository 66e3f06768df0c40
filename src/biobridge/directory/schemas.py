import datetime as dt

from ninja import Field, Schema


class TermOut(Schema):
    key: str
    category: str = Field(..., alias="category.key")
    parent: str | None = Field(None, alias="parent.key")
    name_ko: str
    name_en: str
    synonyms: list[str]


class OrganizationIn(Schema):
    name_ko: str = ""
    name_en: str = ""
    org_type: str
    country: str = "KR"
    region: str = ""
    cluster: str = ""
    website: str = ""
    description_ko: str = ""
    description_en: str = ""
    founded_year: int | None = None
    size: str = ""
    aliases: list[str] = []
    offering: list[str] = []
    seeking: list[str] = []


class OrganizationPatch(Schema):
    name_ko: str | None = None
    name_en: str | None = None
    org_type: str | None = None
    country: str | None = None
    region: str | None = None
    cluster: str | None = None
    website: str | None = None
    description_ko: str | None = None
    description_en: str | None = None
    founded_year: int | None = None
    size: str | None = None
    aliases: list[str] | None = None
    offering: list[str] | None = None
    seeking: list[str] | None = None


class OrganizationOut(Schema):
    id: int
    name_ko: str
    name_en: str
    aliases: list[str]
    org_type: str
    status: str
    country: str
    region: str
    cluster: str
    website: str
    description_ko: str
    description_en: str
    founded_year: int | None
    size: str
    offering: list[str]
    seeking: list[str]

    @staticmethod
    def resolve_aliases(obj) -> list[str]:
        return [n.name for n in obj.names.all() if n.kind == "alias"]

    @staticmethod
    def resolve_offering(obj) -> list[str]:
        return [link.term.key for link in obj.tag_links.all() if link.side == "offering"]

    @staticmethod
    def resolve_seeking(obj) -> list[str]:
        return [link.term.key for link in obj.tag_links.all() if link.side == "seeking"]


class PartyOut(Schema):
    id: int
    name_ko: str
    name_en: str


class AgreementIn(Schema):
    kind: str = "mou"
    title_ko: str = ""
    title_en: str = ""
    date: dt.date | None = None
    date_precision: str = "day"
    party_ids: list[int]
    scope_items: list[str] = []
    source_url: str = ""
    source_title: str = ""


class AgreementOut(Schema):
    id: int
    kind: str
    title_ko: str
    title_en: str
    date: dt.date | None
    date_precision: str
    parties: list[PartyOut]
    scope_items: list[str]
    source_url: str
    source_title: str

    @staticmethod
    def resolve_parties(obj) -> list:
        return [link.organization for link in obj.party_links.all()]
