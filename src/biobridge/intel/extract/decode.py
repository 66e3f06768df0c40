"""Read one news file into text, refusing what is not a readable article.

Korean sites still serve EUC-KR/CP949 pages; a scraped file may arrive in either, so
decoding tries UTF-8 first (strict), then CP949 (a superset of EUC-KR), and only then
asks charset-normalizer, whose guesses on short Korean text are less reliable.
"""

from __future__ import annotations

import re
from pathlib import Path

from biobridge.common.korean import nfc

MAX_BYTES = 5 * 1024 * 1024  # 5 MB: a news page is far smaller; bigger files are dumps, not articles.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


class ExtractError(Exception):
    """A file that cannot be turned into an article; reported per file, the batch goes on."""


def read_article_file(path: str | Path) -> str:
    """The decoded, NFC-normalised text of `path`, or ExtractError with a one-line reason."""
    p = Path(path)
    if not p.exists():
        raise ExtractError("no such file")
    if not p.is_file():
        raise ExtractError("not a regular file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise ExtractError(f"file too large ({size} bytes > {MAX_BYTES})")
    return decode_bytes(p.read_bytes())


def decode_bytes(data: bytes) -> str:
    """Decode article bytes (UTF-8, UTF-16 with BOM, CP949/EUC-KR, or a detected charset)."""
    if not data.strip():
        raise ExtractError("empty file")
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ExtractError("binary file, not text")  # NUL bytes never occur in UTF-8/CP949 text
    text = _decode(data)
    if text is None:
        raise ExtractError("undecodable text (not UTF-8, CP949/EUC-KR or a detectable charset)")
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n"))
    if _looks_binary(text):
        raise ExtractError("binary file, not text")
    if not text.strip():
        raise ExtractError("empty file")
    return text


def _decode(data: bytes) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    for encoding in ("utf-8", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else None


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) > max(8, len(sample) // 100)
