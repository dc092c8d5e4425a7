from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers.catalog import targets
from helpers.cli import main
from helpers.render import plan, runner
from helpers.statistics import observations
from helpers.values.period import Lang, Period

ROOT = Path(__file__).resolve().parents[1]
HP21 = "haiphong-2021"


def jobs_for(periods: list[str], langs=("vi",), notebooks=None, resolution: str = HP21):
    """The planned jobs of a resolution for some months, optionally only some notebooks."""
    catalog = targets.load_catalog(resolution)
    obs = observations.load_raw(catalog)
    jobs = plan.plan(catalog, obs, [Period.parse(p) for p in periods], [Lang(x) for x in langs])
    return [j for j in jobs if notebooks is None or j.notebook in notebooks or j.name in notebooks]


def render_jobs(jobs: list, out: Path, resolution: str = HP21) -> runner.Summary:
    """Render exactly ``jobs`` (all of one resolution) into ``out``, as the runner does."""
    catalog = targets.load_catalog(resolution)
    obs = observations.load_raw(catalog)
    return runner.run([runner.Request(catalog, obs, jobs, jobs)], out, workers=2, log=lambda m: None)


@pytest.fixture(scope="session")
def catalog() -> targets.Catalog:
    return targets.load_catalog(HP21)


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


# What the session's rendered site holds: Hai Phong 2021 in full (every month, both languages, as
# `make report` renders it) and Hai Phong 2022's latest month in Vietnamese beside it. Rendering
# 2022 in full too would double the suite's time and test nothing more.
RENDERED = (["-r", HP21, "--all"], ["-r", "haiphong-2022", "--lang", "vi"])


def _render_site(out: Path) -> None:
    for args in RENDERED:
        result = CliRunner().invoke(main, ["render", *args, "--out", str(out)])
        assert result.exit_code == 0, result.output


@pytest.fixture(scope="session")
def rendered(tmp_path_factory, worker_id) -> Path:
    """The site, rendered once per test run: with `make test`'s two processes (pytest-xdist) the
    first to need it renders it under a lock and the other waits and reads the same folder (the
    documented xdist recipe), instead of both rendering the full year at once."""
    if worker_id == "master":  # one process: no one to share with
        out = tmp_path_factory.mktemp("out")
        _render_site(out)
        return out
    from filelock import FileLock

    shared = tmp_path_factory.getbasetemp().parent  # this run's, common to its workers
    out, done = shared / "rendered-site", shared / "rendered-site.done"
    with FileLock(str(shared / "rendered-site.lock")):
        if not done.is_file():
            _render_site(out)
            done.write_text("")
    return out


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A copy of the project's notebooks and raw data: the workspace of the test, which runs in it
    (the folder chitieu finds first) and names it in CHITIEU_HOME (for processes started
    elsewhere)."""
    import shutil

    h = tmp_path / "home"
    for d in ("notebooks", "data/raw"):
        shutil.copytree(ROOT / d, h / d)
    use_project(h, monkeypatch)
    return h


def use_project(path: Path, monkeypatch) -> None:
    """Run the test inside the project at ``path``, as a user would."""
    monkeypatch.chdir(path)
    monkeypatch.setenv("CHITIEU_HOME", str(path))
