"""The benchmark's peers stay runnable (`make bench` is not run by the suite; these are its parts):
the competent user's script renders a real page, and the limit runs every report's cells."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

BENCH = ROOT / "bench"


def test_the_competent_script_renders_a_scorecard(tmp_path):
    sys.path.insert(0, str(BENCH))
    try:
        import competent
    finally:
        sys.path.remove(str(BENCH))
    nbs = ROOT / "notebooks"
    page = tmp_path / "card.html"
    competent.render([(str(nbs / "02-scorecard.ipynb"), {"period": "2021-09", "lang": "vi",
                       "resolution": "haiphong-2021", "as_of": None}, str(nbs), str(page))], 1)
    text = page.read_text(encoding="utf-8")
    # the statistics office's nine-month budget revenue, as published: 67,019.3 tỷ đồng
    assert "67.019,3 tỷ đồng" in text
    assert "from helpers" not in text  # converted without its code, as chitieu's pages are


def test_the_limit_runs_every_reports_cells(rendered):
    executed = rendered / "notebooks/haiphong-2021/2021-01"
    done = subprocess.run([sys.executable, str(BENCH / "limit.py"), str(executed), "-r", "haiphong-2021",
                           "--period", "2021-01"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    r = json.loads(done.stdout)
    # January's plan: the scorecard, the growth report and the two catalog pages, in vi and en
    assert r["reports"] == 8
    assert r["pages"] == len(list(Path(executed).rglob("*.ipynb"))) > 0
    assert r["code"] > 0 and r["convert"] > 0
