"""The package's folders are its layers, and imports run one way (README, "Layout")."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src/helpers"
# Top to bottom: a module may import its own layer and the layers above it, never one below.
ORDER = ["values", "catalog", "reading", "statistics", "analysis", "present", "render", "edge"]
EDGE = {"cli", "api"}  # the package's two faces: the command line and the public API
# Known crossings, each with its reason; the test fails when one is no longer needed.
ALLOWED = {("reading/extract/reader.py", "analysis")}  # extract's cross-check uses progress.attainment


def _layer_of(path: Path) -> str:
    rel = path.relative_to(PKG)
    return rel.parts[0] if len(rel.parts) > 1 else "edge"


def _imported_layers(path: Path) -> set[str]:
    """The layers of helpers that a module imports, lazily or not."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = path.relative_to(PKG).parts[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(here[: len(here) - node.level + 1])
                mod = [*base, *(node.module.split(".") if node.module else [])]
            else:
                mod = node.module.split(".") if node.module else []
                if mod[:1] != ["helpers"]:
                    continue
                mod = mod[1:]
            names = [".".join([*mod, a.name]) for a in node.names] if not mod else [".".join(mod)]
        elif isinstance(node, ast.Import):
            names = [a.name.removeprefix("helpers.") for a in node.names if a.name.startswith("helpers.")]
        for n in names:
            top = n.split(".")[0]
            if top in ORDER or top in EDGE:
                found.add("edge" if top in EDGE else top)
    return found


def test_every_module_sits_in_a_layer_folder():
    loose = sorted(p.name for p in PKG.glob("*.py") if p.stem not in ("__init__", *EDGE))
    assert loose == []
    for folder in ORDER[:-1]:
        doc = ast.get_docstring(ast.parse((PKG / folder / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "Imports" in doc, f"{folder}/__init__.py says what it holds and may import"


def test_imports_run_one_way():
    crossings = set()
    for p in PKG.rglob("*.py"):
        if p.name == "__init__.py" and p.parent == PKG:
            continue
        mine = ORDER.index(_layer_of(p))
        for layer in _imported_layers(p):
            if ORDER.index(layer) > mine:
                crossings.add((str(p.relative_to(PKG)), layer))
    assert crossings == ALLOWED


def test_the_public_api_is_small_and_documented():
    import helpers

    assert dir(helpers) == sorted(helpers.__all__)
    assert set(helpers.__all__) == {"Data", "load", "scorecard", "series", "what_it_takes",
                                    "backtest", "revisions", "scenario"}
    for name in helpers.__all__:
        doc = getattr(helpers, name).__doc__ or ""
        assert "Examples" in doc or name == "Data", name


def test_the_public_apis_examples_hold():
    import doctest

    from helpers import api

    result = doctest.testmod(api)
    assert result.attempted >= 8 and result.failed == 0


def test_the_layer_reader_sees_a_crossing(tmp_path):
    # the check itself: a relative import two levels up is resolved to its layer
    fake = PKG / "analysis" / "_probe_for_test.py"
    try:
        fake.write_text("from ..present import fmt\nfrom .progress import scorecard\n", encoding="utf-8")
        assert _imported_layers(fake) == {"present", "analysis"}
    finally:
        fake.unlink()


def test_the_examples_of_the_readers_hold():
    # every module of helpers.reading (its public functions' examples and its rules' small cases), in a
    # fresh interpreter: a catalog loaded by another test may have declared a unit an example reads as
    # written ("14,5 bác sĩ/vạn dân")
    import subprocess
    import sys

    script = """
import doctest, importlib, pkgutil
import helpers.reading
attempted = 0
for m in pkgutil.walk_packages(helpers.reading.__path__, "helpers.reading."):
    result = doctest.testmod(importlib.import_module(m.name),
                             optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, m.name
    attempted += result.attempted
print(attempted)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert int(done.stdout.split()[-1]) >= 50
