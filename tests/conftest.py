from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import targets
from helpers.cli import main

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


@pytest.fixture(scope="session")
def rendered(tmp_path_factory) -> Path:
    """Every month of 2021 in both languages, as `make report` renders them (about 80 pages)."""
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["render", "--all", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A copy of the project's notebooks and raw data, used as CHITIEU_HOME."""
    import shutil

    h = tmp_path / "home"
    for d in ("notebooks", "data/raw"):
        shutil.copytree(ROOT / d, h / d)
    monkeypatch.setenv("CHITIEU_HOME", str(h))
    return h
