"""Render benchmark: the naive way against `chitieu render`, on the full plan of Hai Phong 2021.

(a) naive: for each report of the plan (every month with data, both languages, the catalog pages),
    the `papermill` command, then `jupyter nbconvert --to html --no-input`, one after another;
(b) `chitieu render --all --force --jobs 2` into a fresh folder, with the peak memory of all its
    processes (the command, its workers, the warm process, the kernels and their relays), their
    resident sets summed every 0.1 s (pages shared copy-on-write are counted in each process, so
    this is an upper bound);
(c) the same `chitieu render` again, with nothing to do.

Prints the wall time of each, the peak memory and, last, `ratio naive/chitieu: X.XX`.
`--quick`: the plan for 2021-09 only. Run with `make bench` (or `make bench QUICK=1`).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"only the plan for {QUICK}")
    quick = parser.parse_args().quick
    catalog = targets.load_catalog(RESOLUTION)
    obs = observations.load(catalog)
    months = [Period.parse(QUICK)] if quick else plan.months_with_data(catalog, obs)
    jobs = plan.plan(catalog, obs, months, list(Lang))
    which = f"the plan for {QUICK}" if quick else f"the full plan of {RESOLUTION}"
    print(f"{which}: {len(jobs)} reports (vi, en); machine: {machine()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "naive").mkdir()
        a = naive(jobs, tmp / "naive")
        print(f"(a) naive papermill + nbconvert commands, one after another: {a:.1f} s", flush=True)
        chitieu = [str(BIN / "chitieu"), "render", "-r", RESOLUTION, "--lang", "vi,en",
                   "--out", str(tmp / "chitieu"), *(["--period", QUICK] if quick else ["--all"])]
        b, peak = timed([*chitieu, "--force", "--jobs", "2"])
        print(f"(b) chitieu render --force --jobs 2, fresh folder: {b:.1f} s; peak memory "
              f"{peak / 2**20:.0f} MB (resident sets of all its processes, summed)", flush=True)
        c, _ = timed(chitieu)
        print(f"(c) chitieu render, nothing to do: {c:.2f} s")
    print(f"ratio naive/chitieu: {a / b:.2f}")


if __name__ == "__main__":
    main()
