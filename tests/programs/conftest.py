"""Fixtures of the programs tests: a small Seoul–BMS style call and file builders."""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from biobridge.programs.enums import FieldKind, StageKind
from biobridge.programs.services.programs import (
    ProgramData,
    add_criterion,
    add_form_field,
    add_stage,
    create_program,
)
from tests.factories import OrganizationFactory, UserFactory, make_member

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def ooxml(folder: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(f"{folder}/document.xml", "<x/>")
    return buffer.getvalue()


def upload(name: str = "deck.pdf", content: bytes = PDF) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def host(taxonomy):
    return OrganizationFactory(
        name_ko="호스트제약", name_en="Host Pharma", org_type="big_pharma", region="overseas", country="US"
    )


@pytest.fixture
def program(taxonomy, host):
    now = timezone.now()
    program = create_program(
        data=ProgramData(
            title_ko="서울-호스트 챌린지",
            title_en="Seoul–Host Challenge",
            opens_at=now - timedelta(days=10),
            deadline=now + timedelta(days=10),
            budget=80_000_000,
            eligible_org_types=["startup"],
            eligible_regions=["seoul"],
            max_company_age=10,
            eligible_terms=["oncology", "hematology", "immunology"],
            host_ids=[host.pk],
            reviews_per_application=2,
            reviewer_capacity=10,
        )
    )
    for kind in (StageKind.DOCUMENTS, StageKind.REVIEW, StageKind.PITCH, StageKind.SELECTED):
        add_stage(program, kind=kind)
    add_form_field(
        program,
        key="summary",
        kind=FieldKind.LONG_TEXT,
        label_ko="기술 요약",
        label_en="Summary",
        required=True,
    )
    add_form_field(program, key="employees", kind=FieldKind.NUMBER, label_ko="직원 수", label_en="Employees")
    add_form_field(
        program,
        key="phase",
        kind=FieldKind.CHOICE,
        label_ko="단계",
        label_en="Phase",
        choices=[
            {"value": "preclinical", "ko": "전임상", "en": "Preclinical"},
            {"value": "clinical", "ko": "임상", "en": "Clinical"},
        ],
    )
    add_form_field(
        program, key="deck", kind=FieldKind.FILE, label_ko="발표자료", label_en="Pitch deck", required=True
    )
    add_criterion(program, name_ko="기술성", name_en="Technology", weight=3, min_score=1, max_score=5)
    add_criterion(program, name_ko="사업성", name_en="Business", weight=1, min_score=1, max_score=5)
    return program


@pytest.fixture
def startup(taxonomy):
    return OrganizationFactory(
        name_ko="테스트온코",
        name_en="TestOnco",
        founded_year=timezone.now().year - 3,
        offering=["adc", "solid_tumors"],
        seeking=["licensing_partner"],
    )


@pytest.fixture
def founder(startup):
    return make_member(startup, role="owner")


@pytest.fixture
def operator(db):
    return UserFactory(roles=["operator"])


def stage_of(program, kind):
    return program.stages.get(kind=kind)
