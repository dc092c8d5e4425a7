"""What makes the render fast keeps its promises: results shared by their inputs and never stale,
a render with nothing new that ends at its stamp, and no kernel left behind. (How fast is measured
by `make bench`, not here.)"""

from __future__ import annotations

import os

import nbformat
import pandas as pd
import psutil
import pytest
from click.testing import CliRunner

from helpers.cli import main
from helpers.values import cache


def test_a_result_is_computed_once_per_inputs_and_shared_through_the_folder(tmp_path, monkeypatch):
    calls = []

    def total(frame: pd.DataFrame, scale: int) -> pd.DataFrame:
        calls.append(scale)
        return frame * scale

    frame = pd.DataFrame({"v": [1.0, 2.0]})
    monkeypatch.setattr(cache, "_memory", {})
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    first = cache.memo(total, frame, 3)
    assert first["v"].tolist() == [3.0, 6.0] and calls == [3]
    first.loc[0, "v"] = -1  # a reader's change reaches no other reader
    assert cache.memo(total, frame, 3)["v"].tolist() == [3.0, 6.0] and calls == [3]
    # another kernel of the same render: nothing in memory, the folder holds the result
    monkeypatch.setattr(cache, "_memory", {})
    assert cache.memo(total, frame, 3)["v"].tolist() == [3.0, 6.0] and calls == [3]
    assert len(list(tmp_path.glob("*.pickle"))) == 1


def test_a_changed_input_is_a_new_result(monkeypatch):
    monkeypatch.setattr(cache, "_memory", {})
    monkeypatch.delenv(cache.ENV, raising=False)
    frame = pd.DataFrame({"indicator": ["exports"], "value": [18.54]})
    revised = pd.DataFrame({"indicator": ["exports"], "value": [18.55]})
    key = cache.key(pd.DataFrame.sum, frame)
    assert cache.key(pd.DataFrame.sum, revised) != key
    assert cache.key(pd.DataFrame.sum, frame.rename(columns={"value": "v"})) != key
    assert cache.key(pd.DataFrame.max, frame) != key
    assert cache.key(pd.DataFrame.sum, frame.copy()) == key


def _ours(home) -> list[psutil.Process]:
    """Warm processes, the kernels they forked and relays of a render in ``home``, still running."""
    found = []
    for p in psutil.process_iter(["cmdline"]):
        line = " ".join(p.info["cmdline"] or [])
        if "helpers.render.zygote" in line or "relay.py" in line:
            try:
                if p.environ().get("CHITIEU_HOME") == str(home):
                    found.append(p)
            except (psutil.AccessDenied, psutil.NoSuchProcess):
                pass
    return found


@pytest.mark.slow
def test_a_render_with_nothing_new_ends_at_its_stamp(home, tmp_path, monkeypatch):
    monkeypatch.delenv("CHITIEU_BROWSER", raising=False)
    out = tmp_path / "out"
    args = ["render", "-r", "haiphong-2021", "--period", "2021-01", "--lang", "en", "--out", str(out)]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert _ours(home) == []  # the warm process, its kernels and their relays are gone

    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0 and "nothing changed since the last complete render" in again.output

    page = out / "html/haiphong-2021/2021-01/02-scorecard.en.html"
    page.unlink()  # a page gone: the stamp no longer vouches for the folder
    third = CliRunner().invoke(main, args)
    assert third.exit_code == 0 and third.output.count("1 rendered,") == 1, third.output
    assert page.is_file()

    notebook = home / "notebooks/02-scorecard.ipynb"  # an input changed: its reports render again
    nb = nbformat.read(notebook, 4)
    nb.cells.append(nbformat.v4.new_markdown_cell("A note the economists added."))
    nbformat.write(nb, notebook)
    fourth = CliRunner().invoke(main, args)
    assert fourth.exit_code == 0 and "nothing changed" not in fourth.output
    assert "1 rendered," in fourth.output and "A note the economists added." in page.read_text()
    assert os.path.exists(out / ".chitieu/stamp.json")

    # PDFs asked for on a folder with nothing new: the pages stand, the printing is still owed
    fifth = CliRunner().invoke(main, [*args, "--pdf", "--browser", "/nowhere/chromium"])
    assert fifth.exit_code == 1 and "nothing changed" in fifth.output
    assert "no browser found" in fifth.output


def test_a_catalog_shared_by_another_kernel_brings_its_units(tmp_path):
    """A kernel that gets a catalog from the render's shared folder (parsed by another kernel)
    knows the units the catalog declares, as one that parsed it does."""
    import subprocess
    import sys

    from conftest import ROOT

    catalog = ROOT / "tests/data/hue/data/raw/targets/hue-2024.yaml"
    code = ("import sys\nfrom helpers.catalog import targets\nfrom helpers.values import units\n"
            "c = targets.load_catalog(sys.argv[1])\n"
            "print(units.label('doctors_per_10k', 'vi'))\n")
    env = dict(os.environ, **{cache.ENV: str(tmp_path)})
    for kernel in ("parses it", "reads it from the folder"):
        out = subprocess.run([sys.executable, "-c", code, str(catalog)], capture_output=True,
                             text=True, env=env)
        assert out.returncode == 0 and out.stdout.strip() == "bác sĩ/vạn dân", (kernel, out.stderr)
    assert len(list(tmp_path.glob("*.pickle"))) == 1
