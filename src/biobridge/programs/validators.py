"""Validation shared by forms, the API and the demo: attachments are checked by content, not name."""

from __future__ import annotations

import zipfile
from pathlib import PurePath
from typing import IO

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# 10 MB: a pitch deck with images fits, a video does not (documented in docs/decisions/programs.md).
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

# Detected kind → (content type, accepted file-name extensions).
KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "pdf": ("application/pdf", (".pdf",)),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (".docx",)),
    "pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", (".pptx",)),
    "png": ("image/png", (".png",)),
    "jpeg": ("image/jpeg", (".jpg", ".jpeg")),
}


def sniff_kind(stream: IO[bytes]) -> str | None:
    """The file's kind from its first bytes (and, for Office files, the zip's parts), or None."""
    stream.seek(0)
    head = stream.read(8)
    stream.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"PK\x03\x04"):
        return _ooxml_kind(stream)
    return None


def _ooxml_kind(stream: IO[bytes]) -> str | None:
    try:
        with zipfile.ZipFile(stream) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return None
    finally:
        stream.seek(0)
    if "[Content_Types].xml" not in names:
        return None
    if any(name.startswith("word/") for name in names):
        return "docx"
    if any(name.startswith("ppt/") for name in names):
        return "pptx"
    return None


def validate_attachment(upload) -> str:
    """Return the detected kind of `upload` or raise ValidationError with the reason."""
    if upload.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("Files are at most %(mb)s MB; this one is %(size)s MB."),
            code="too_large",
            params={
                "mb": MAX_ATTACHMENT_BYTES // (1024 * 1024),
                "size": round(upload.size / (1024 * 1024), 1),
            },
        )
    if upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    kind = sniff_kind(upload)
    if kind is None:
        raise ValidationError(
            _("Only PDF, Word (.docx), PowerPoint (.pptx), PNG and JPEG files are accepted."), code="type"
        )
    if PurePath(upload.name or "").suffix.lower() not in KINDS[kind][1]:
        raise ValidationError(
            _("The file's name does not match its content (%(kind)s)."),
            code="mismatch",
            params={"kind": kind.upper()},
        )
    return kind
