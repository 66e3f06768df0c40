"""Input files for ingestion: plain files, directories (recursive) and `.zip` archives.

Each input is yielded as a `SourceFile` whose bytes are read only when asked for, one at a
time, so a batch of any size runs in constant memory. Sizes are checked before reading
(for zip members, the declared size and then the bytes actually read), so a huge file or a
zip bomb is refused without being loaded.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from biobridge.common.cliargs import CliError
from biobridge.intel.adapters import MAX_BYTES, ExtractError

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm"})


@dataclass
class SourceFile:
    name: str  # shown in results: "news/000.txt" or "batch.zip:000.txt"
    size: int
    reader: Callable[[], bytes]

    def read(self) -> bytes:
        """The file's bytes; ExtractError when it is above the size limit."""
        if self.size > MAX_BYTES:
            raise ExtractError(too_large(self.size))
        data = self.reader()
        if len(data) > MAX_BYTES:
            raise ExtractError(too_large(len(data)))
        return data


def too_large(size: int) -> str:
    return f"file too large ({size} bytes > {MAX_BYTES})"


def check_paths(paths: list[str]) -> list[Path]:
    """The paths as Path objects; CliError (exit 2) for one that does not exist."""
    out = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise CliError(f"biobridge intel ingest: no such file or directory: {raw}")
        out.append(path)
    return out


def count_sources(paths: list[Path]) -> int:
    """How many files `iter_sources` will yield (zip members included), for the progress bar."""
    return sum(1 for _ in iter_sources(paths))


def iter_sources(paths: list[Path]) -> Iterator[SourceFile]:
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in ARTICLE_SUFFIXES | {".zip"}:
                    yield from _from_file(child)
        else:
            yield from _from_file(path)


def _from_file(path: Path) -> Iterator[SourceFile]:
    if path.suffix.lower() == ".zip" and zipfile.is_zipfile(path):
        yield from _zip_members(path)
        return
    size = path.stat().st_size
    yield SourceFile(str(path), size, lambda: _read_limited(path))


def _read_limited(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(MAX_BYTES + 1)


def _zip_members(path: Path) -> Iterator[SourceFile]:
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir() or Path(info.filename).name.startswith("."):
                continue
            yield SourceFile(f"{path}:{info.filename}", info.file_size, _member_reader(archive, info))


def _member_reader(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], bytes]:
    def read() -> bytes:
        try:
            with archive.open(info) as fh:
                return fh.read(MAX_BYTES + 1)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError) as exc:
            raise ExtractError(f"unreadable zip member ({exc})") from exc

    return read
