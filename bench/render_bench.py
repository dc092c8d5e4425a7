"""Render benchmark, every way in one run, on the full plan of Hai Phong 2021 (vi and en).

(a) naive: for each report, the `papermill` command, then `jupyter nbconvert --to html
    --no-input`, one after another;
(b) `chitieu render --all --force --jobs 2` into a fresh folder;
(c) the same `chitieu render` again, with nothing to do;
(d) the competent user's script (`bench/competent.py`): papermill and nbconvert in-process, a pool
    of 2, the registered kernel;
(e) the limit (`bench/limit.py`): every report's code cells in one warm process and the HTML
    conversion of the executed notebooks, CPU seconds summed, over the 2 cores;
then the pages' weights, how cost grows with 1, 2, 4 and 8 resolutions (copies of the bundled one
in a scratch workspace, one month each), and how many pages one new month's figure re-renders.

Peak memory: the resident sets of all of a way's processes, summed every 0.1 s (pages shared
copy-on-write are counted in each process, so an upper bound). Prints each ratio last.
`--quick`: the plan for 2021-09 only. Run with `make bench` (or `make bench QUICK=1`).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from importlib.metadata import version
from pathlib import Path

import psutil

from helpers.analysis.series import months_with_data
from helpers.catalog import targets
from helpers.render import kernels, plan
from helpers.statistics import observations
from helpers.values import paths
from helpers.values.period import Lang, Period

RESOLUTION = "haiphong-2021"
QUICK = "2021-09"
BIN = Path(sys.executable).parent


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def naive(jobs: list[plan.Job], out: Path) -> float:
    start = time.perf_counter()
    for j in jobs:
        executed = out / f"{j.folder}-{j.name}.{j.lang}.ipynb"
        run([str(BIN / "papermill"), "-k", kernels.KERNEL, "--cwd", str(paths.notebooks_dir()),
             "-y", json.dumps(j.params), str(paths.notebooks_dir() / f"{j.notebook}.ipynb"),
             str(executed)])
        run([str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(executed)])
    return time.perf_counter() - start


def timed(cmd: list[str]) -> tuple[float, int]:
    """Wall time of ``cmd``, and the peak of its processes' summed resident memory (bytes)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0

    def sample() -> None:
        nonlocal peak
        root = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                tree = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            total = 0
            for p in tree:
                with contextlib.suppress(psutil.NoSuchProcess):  # a kernel that just ended
                    total += p.memory_info().rss
            peak = max(peak, total)
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    if proc.wait() != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with exit code {proc.returncode}")
    seconds = time.perf_counter() - start
    sampler.join()
    return seconds, peak


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = psutil.virtual_memory().total / 2**30
    return (f"{os.cpu_count()} cores ({model}), {memory:.0f} GiB, Python "
            f"{platform.python_version()}, {dt.date.today()}")


def _bare(text: str) -> int:
    """A page's bytes without its embedded images."""
    return len(re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", text).encode("utf-8"))


def weights(html: Path) -> dict:
    """The pages' weights: all of them, and without their embedded images."""
    sizes, bare = [], []
    for page in html.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        sizes.append(len(text.encode("utf-8")))
        bare.append(_bare(text))
    card = html / RESOLUTION / QUICK / "02-scorecard.vi.html"
    card_bare = _bare(card.read_text(encoding="utf-8")) if card.is_file() else 0
    return {"pages": len(sizes), "total": sum(sizes), "median": statistics.median(sizes),
            "median_bare": statistics.median(bare), "largest_bare": max(bare), "card_bare": card_bare}


def workspace(root: Path, copies: int) -> dict[str, str]:
    """A scratch project with ``copies`` copies of the resolution (and nothing else to render);
    commands run in it (chitieu takes the nearest project folder first)."""
    for d in ("notebooks", "data/raw"):
        shutil.copytree(paths.project_root() / d, root / d)
    original = root / f"data/raw/targets/{RESOLUTION}.yaml"
    text = original.read_text(encoding="utf-8")
    for other in (root / "data/raw/targets").glob("*.yaml"):
        other.unlink()
    shutil.rmtree(root / "data/raw/terms", ignore_errors=True)
    for stats in (root / "data/raw/statistics").rglob("*.csv"):  # only the resolution's own figures
        if stats.name != f"{RESOLUTION}-published.csv":
            stats.unlink()
    for k in range(copies):
        name = f"{RESOLUTION}-copy{k + 1}"
        (root / f"data/raw/targets/{name}.yaml").write_text(
            text.replace(f"resolution: {RESOLUTION}", f"resolution: {name}", 1), encoding="utf-8")
    return {**os.environ, "CHITIEU_HOME": str(root)}


def growth(tmp: Path, months: list[str]) -> list[tuple[int, int, float, float]]:
    """For 1, 2, 4 and 8 resolutions: reports, wall time, and the no-op's time."""
    rows = []
    for n in (1, 2, 4, 8):
        root = tmp / f"grow{n}"
        env = workspace(root, n)
        cmd = [str(BIN / "chitieu"), "render", "--lang", "vi,en", "--out", str(root / "out"),
               *(a for m in months for a in ("--period", m)), "--jobs", "2"]
        start = time.perf_counter()
        done = subprocess.run(cmd, env=env, cwd=root, capture_output=True, text=True, check=True)
        wall = time.perf_counter() - start
        reports = sum(int(x) for x in re.findall(r"(\d+) rendered", done.stdout + done.stderr)[-1:])
        start = time.perf_counter()
        subprocess.run(cmd, env=env, cwd=root, capture_output=True, check=True)
        rows.append((n, reports, wall, time.perf_counter() - start))
        shutil.rmtree(root)
    return rows


def new_month(tmp: Path, quick: bool) -> tuple[int, int]:
    """Pages rendered after one new figure of November (of all the plan's pages)."""
    root = tmp / "month"
    env = workspace(root, 1)
    name = f"{RESOLUTION}-copy1"
    cmd = [str(BIN / "chitieu"), "render", "-r", name, "--lang", "vi,en", "--out", str(root / "out"),
           "--jobs", "2", *(["--period", QUICK, "--period", "2021-11"] if quick else ["--all"])]
    first = subprocess.run(cmd, env=env, cwd=root, capture_output=True, text=True, check=True)
    total = int(re.findall(r"(\d+) rendered", first.stdout + first.stderr)[-1])
    stats = root / f"data/raw/statistics/haiphong/{RESOLUTION}-published.csv"
    with stats.open("a", encoding="utf-8") as f:
        f.write("budget_revenue_domestic,2021-11,month,level,2500,,tỷ đồng,,https://example.org/n,\n")
    again = subprocess.run(cmd, env=env, cwd=root, capture_output=True, text=True, check=True)
    found = re.findall(r"(\d+) rendered", again.stdout + again.stderr)
    shutil.rmtree(root)
    return (int(found[-1]) if found else 0), total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"only the plan for {QUICK}")
    parser.add_argument("--no-naive", action="store_true", help="leave out (a), the slowest")
    args = parser.parse_args()
    quick = args.quick
    catalog = targets.load_catalog(RESOLUTION)
    obs = observations.load(catalog)
    months = [Period.parse(QUICK)] if quick else months_with_data(catalog, obs)
    jobs = plan.plan(catalog, obs, months, list(Lang))
    which = f"the plan for {QUICK}" if quick else f"the full plan of {RESOLUTION}"
    print(f"{which}: {len(jobs)} reports (vi, en); machine: {machine()}", flush=True)
    print(f"versions: papermill {version('papermill')}, nbconvert {version('nbconvert')}, "
          f"ipykernel {version('ipykernel')}, pandas {version('pandas')}", flush=True)
    period = ["--period", QUICK] if quick else []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        a = None
        if not args.no_naive:
            (tmp / "naive").mkdir()
            a = naive(jobs, tmp / "naive")
            print(f"(a) naive papermill + nbconvert commands, one after another: {a:.1f} s", flush=True)
        out = tmp / "chitieu"
        chitieu = [str(BIN / "chitieu"), "render", "-r", RESOLUTION, "--lang", "vi,en",
                   "--out", str(out), *(period or ["--all"])]
        b, peak = timed([*chitieu, "--force", "--jobs", "2"])
        print(f"(b) chitieu render --force --jobs 2, fresh folder: {b:.1f} s; peak memory "
              f"{peak / 2**20:.0f} MB", flush=True)
        c, _ = timed(chitieu)
        print(f"(c) chitieu render, nothing to do: {c:.2f} s", flush=True)
        here = Path(__file__).parent
        d, d_peak = timed([sys.executable, str(here / "competent.py"), str(tmp / "competent"),
                           "-r", RESOLUTION, *period, "--jobs", "2"])
        print(f"(d) the competent script (in-process papermill + nbconvert, a pool of 2): {d:.1f} s; "
              f"peak memory {d_peak / 2**20:.0f} MB", flush=True)
        limit = json.loads(subprocess.run(
            [sys.executable, str(here / "limit.py"), str(out / "notebooks" / RESOLUTION), "-r", RESOLUTION,
             *period], capture_output=True, text=True, check=True).stdout)
        e = (limit["code"] + limit["convert"]) / 2
        print(f"(e) the limit: code cells {limit['code']:.1f} CPU s ({limit['reports']} reports, one warm "
              f"process) + HTML conversion {limit['convert']:.1f} CPU s ({limit['pages']} pages), over 2 "
              f"cores: {e:.1f} s", flush=True)
        w = weights(out / "html")
        print(f"pages: {w['pages']}, {w['total'] / 2**20:.1f} MB in all; median page "
              f"{w['median'] / 1024:.0f} KB "
              f"({w['median_bare'] / 1024:.0f} KB without images); largest without images "
              f"{w['largest_bare'] / 1024:.0f} KB; the {QUICK} scorecard without images "
              f"{w['card_bare'] / 1024:.0f} KB", flush=True)
        print(f"growth ({QUICK} of each copy, vi and en; wall time, per report, no-op):", flush=True)
        for n, reports, wall, noop in growth(tmp, [QUICK]):
            print(f"  {n} resolution(s): {reports} reports in {wall:.1f} s, {wall / max(reports, 1):.2f} s "
                  f"per report; nothing to do: {noop:.2f} s", flush=True)
        again, total = new_month(tmp, quick)
        print(f"after one new November figure: {again} of {total} pages rendered again", flush=True)
    if a is not None:
        print(f"ratio naive/chitieu: {a / b:.2f}")
    print(f"ratio competent/chitieu: {d / b:.2f}")
    print(f"ratio chitieu/limit: {b / e:.2f}")


if __name__ == "__main__":
    main()
