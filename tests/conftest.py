from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from helpers import targets

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def catalog() -> targets.Catalog:
    return targets.load_catalog()


@pytest.fixture
def write(tmp_path):
    """Write a text (dedented) or bytes file under tmp_path and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
        return p

    return _write
