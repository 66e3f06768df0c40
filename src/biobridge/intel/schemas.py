import datetime as dt
from decimal import Decimal

from ninja import Schema


class ReviewIn(Schema):
    action: str  # confirm | reject | reopen


class MergeIn(Schema):
    into: int


class PartyOut(Schema):
    id: int
    name: str
    status: str
    url: str


class ArticleRefOut(Schema):
    id: int
    title: str
    outlet: str
    published: dt.date | None
    url: str


class RelationOut(Schema):
    id: int
    type: str
    type_label: str
    status: str
    date: dt.date | None
    date_precision: str
    date_display: str
    amount: Decimal | None
    currency: str
    evidence: str
    parties: list[PartyOut]
    article: ArticleRefOut
    agreement_id: int | None


class ArticleListOut(Schema):
    id: int
    title: str
    outlet: str
    published: dt.date | None
    reporter: str
    language: str
    url: str
    relation_types: list[str]
    organization_count: int


class MentionOut(Schema):
    start: int
    end: int
    surface: str


class ArticleOrganizationOut(Schema):
    id: int
    name: str
    status: str
    mentions: list[MentionOut]


class ArticleOut(Schema):
    id: int
    title: str
    outlet: str
    published: dt.date | None
    reporter: str
    language: str
    source: str
    url: str
    body: str
    organizations: list[ArticleOrganizationOut]
    relations: list[RelationOut]


class NodeOut(Schema):
    id: int
    label: str
    type: str
    region: str
    status: str
    relations: int


class EdgeOut(Schema):
    id: str
    source: int
    target: int
    type: str
    count: int
    confirmed: bool


class GraphOut(Schema):
    nodes: list[NodeOut]
    edges: list[EdgeOut]


class TimelineOut(Schema):
    organization: PartyOut
    relations: list[RelationOut]


class OrganizationStateOut(Schema):
    id: int
    name: str
    status: str


class RelationStateOut(Schema):
    id: int
    status: str
    agreement_id: int | None


class AgreementCreatedOut(Schema):
    agreement_id: int
    url: str


class FileResultOut(Schema):
    name: str
    status: str  # created | duplicate | error
    message: str
    article_id: int | None
    organizations: int
    new_organizations: int
    relations: int


class BatchOut(Schema):
    id: int
    status: str
    results: list[FileResultOut]
    summary: str
