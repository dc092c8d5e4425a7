"""Render benchmark: the naive way against `chitieu render`, on the plan for 2021-09, vi and en.

(a) naive: for each report, the `papermill` command, then `jupyter nbconvert --to html --no-input`,
    one after another;
(b) `chitieu render --period 2021-09 --force` into a fresh folder;
(c) a no-op `chitieu render --period 2021-09` on the same folder.

Prints the wall time of each and, last, `ratio naive/chitieu: X.XX`. Run with `make bench`.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from helpers import kernels, observations, paths, plan, targets
from helpers.period import Lang, Period

RESOLUTION = "haiphong-2021"
PERIOD = "2021-09"
BIN = Path(sys.executable).parent


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def naive(jobs: list[plan.Job], out: Path) -> float:
    start = time.perf_counter()
    for j in jobs:
        executed = out / f"{j.name}.{j.lang}.ipynb"
        run([str(BIN / "papermill"), "-k", kernels.KERNEL, "--cwd", str(paths.notebooks_dir()),
             "-y", json.dumps(j.params), str(paths.notebooks_dir() / f"{j.notebook}.ipynb"),
             str(executed)])
        run([str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(executed)])
    return time.perf_counter() - start


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    run(cmd)
    return time.perf_counter() - start


def main() -> None:
    catalog = targets.load_catalog(RESOLUTION)
    obs = observations.load(catalog)
    jobs = plan.plan(catalog, obs, [Period.parse(PERIOD)], list(Lang))
    cpus = os.cpu_count()
    print(f"plan: {len(jobs)} reports for {PERIOD} (vi, en); machine: {cpus} cores, "
          f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "naive").mkdir()
        a = naive(jobs, tmp / "naive")
        print(f"(a) naive papermill + nbconvert commands, sequential: {a:.1f} s")
        chitieu = [str(BIN / "chitieu"), "render", "-r", RESOLUTION, "--period", PERIOD, "--lang", "vi,en",
                   "--out", str(tmp / "chitieu")]
        b = timed([*chitieu, "--force"])
        print(f"(b) chitieu render --force, fresh folder: {b:.1f} s")
        c = timed(chitieu)
        print(f"(c) chitieu render, nothing to do: {c:.2f} s")
    print(f"ratio naive/chitieu: {a / b:.2f}")


if __name__ == "__main__":
    main()
