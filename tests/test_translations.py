"""Every Korean catalogue is complete (no empty or fuzzy entries) and compiles."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "biobridge"
CATALOGUES = sorted(SRC.rglob("locale/ko/LC_MESSAGES/django.po"))


def entries(text: str) -> list[str]:
    return [block for block in text.split("\n\n") if "msgid" in block]


def test_there_is_a_project_catalogue():
    assert SRC / "locale/ko/LC_MESSAGES/django.po" in CATALOGUES


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: str(p.relative_to(SRC)))
def test_korean_catalogue_is_complete(po: Path):
    problems = []
    for block in entries(po.read_text(encoding="utf-8"))[1:]:  # [0] is the header
        if block.lstrip().startswith("#~"):
            continue  # obsolete entries are not used
        if re.search(r"^#,.*\bfuzzy\b", block, re.M):
            problems.append("fuzzy: " + block.splitlines()[-2][:80])
        if re.search(r'^msgstr(\[0\])? ""\n?$', block.strip().split("\n")[-1] + "\n", re.M) and not re.search(
            r'^msgstr(\[0\])? ""\n"', block, re.M
        ):
            problems.append(
                "untranslated: " + next(line for line in block.splitlines() if line.startswith("msgid"))
            )
    assert problems == []


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: str(p.relative_to(SRC)))
def test_korean_catalogue_compiles(po: Path, tmp_path: Path):
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.fail("msgfmt (gettext) is not installed")
    result = subprocess.run(
        [msgfmt, "--check", "-o", str(tmp_path / "django.mo"), str(po)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
