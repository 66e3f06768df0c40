"""Shared fixtures for the database-free extraction tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from biobridge.intel.extract.api import Extractor

GOLD_DIR = Path(__file__).resolve().parents[3] / "src" / "biobridge" / "intel" / "data" / "gold"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return GOLD_DIR
