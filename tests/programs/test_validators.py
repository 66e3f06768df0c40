import pytest
from django.core.exceptions import ValidationError

from biobridge.programs.validators import MAX_ATTACHMENT_BYTES, validate_attachment
from tests.programs.conftest import PDF, PNG, ooxml, upload


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("a.pdf", PDF, "pdf"),
        ("a.png", PNG, "png"),
        ("a.JPG", b"\xff\xd8\xff\xe0" + b"\x00" * 20, "jpeg"),
        ("a.docx", ooxml("word"), "docx"),
        ("a.pptx", ooxml("ppt"), "pptx"),
    ],
)
def test_accepted_kinds_detected_by_content(name, content, kind):
    assert validate_attachment(upload(name, content)) == kind


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("evil.pdf", b"<html><script>", "type"),
        ("a.docx", b"PK\x03\x04garbage", "type"),
        ("a.xlsx", ooxml("xl"), "type"),
        ("deck.pdf", PNG, "mismatch"),
        ("empty.pdf", b"", "empty"),
    ],
)
def test_refused_files(name, content, code):
    with pytest.raises(ValidationError) as exc:
        validate_attachment(upload(name, content))
    assert exc.value.code == code


def test_size_limit():
    with pytest.raises(ValidationError) as exc:
        validate_attachment(upload("big.pdf", PDF + b"0" * MAX_ATTACHMENT_BYTES))
    assert exc.value.code == "too_large"
