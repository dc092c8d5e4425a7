"""Where one report's time goes, in a worker as a render runs it: the 2021-09 Vietnamese scorecard,
with the run's warm process, five times after one warm-up, the median of each step.

Steps: the kernel forked from the warm process (in a run the next one is started while a report
runs, so this is hidden there); papermill's parameterising and the execution of the cells (the
kernel's own work plus the messages between it and the worker); the executed notebook validated
and written; the HTML conversion; the page and its downloads written. The cells' own cost, measured
in one warm process with no kernel (``bench/limit.py``), is printed beside the execution.

Run: ``python bench/breakdown.py`` (``make bench`` runs it).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def main() -> None:
    import nbformat
    import papermill
    from limit import code_cells
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    from helpers.catalog import targets
    from helpers.render import downloads, kernels, plan, runner, zygote
    from helpers.statistics import observations
    from helpers.values import atomic, cache, paths
    from helpers.values.period import Lang, Period

    catalog = targets.load_catalog("haiphong-2021")
    obs = observations.load(catalog)
    job = next(j for j in plan.plan(catalog, obs, [Period.parse("2021-09")], [Lang.VI])
               if j.notebook == "02-scorecard")
    src = paths.notebooks_dir() / f"{job.notebook}.ipynb"
    steps: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        os.environ[cache.ENV] = str(out / "shared")
        (out / "shared").mkdir()
        warm = zygote.launch(paths.project_root(), [out / "shared"])
        warm.wait_ready()
        live: set = set()
        try:
            for round_ in range(6):
                t0 = time.perf_counter()
                km = kernels.start(paths.project_root(), warm.socket, live)
                t1 = time.perf_counter()
                params = parameterize_notebook(load_notebook_node(str(src)), job.params)
                t2 = time.perf_counter()
                nb = papermill.execute_notebook(params, None, kernel_name=kernels.KERNEL, km=km,
                                                progress_bar=False, request_save_on_cell_execute=False,
                                                cwd=str(paths.project_root()))
                t3 = time.perf_counter()
                atomic.write_text(job.ipynb(out), nbformat.writes(nb))
                t4 = time.perf_counter()
                html = runner.to_html(nb, job.lang)
                t5 = time.perf_counter()
                page, files = downloads.split(html, job.html(out).stem)
                downloads.write(job.html(out), files)
                atomic.write_text(job.html(out), page)
                t6 = time.perf_counter()
                kernels.dispose(km)
                live.discard(km)
                if round_:  # the first round warms this process's imports and caches
                    for name, seconds in (("kernel forked from the warm process", t1 - t0),
                                          ("parameterising (papermill)", t2 - t1),
                                          ("execution: cells and messages", t3 - t2),
                                          ("notebook validated and written", t4 - t3),
                                          ("HTML conversion", t5 - t4),
                                          ("page and downloads written", t6 - t5)):
                        steps.setdefault(name, []).append(seconds)
        finally:
            warm.stop()
    total = sum(statistics.median(v) for v in steps.values())
    print(f"one report ({job.id}), the median of 5 in a worker:")
    for name, values in steps.items():
        m = statistics.median(values)
        print(f"  {name:<40} {m:6.3f} s  {100 * m / total:4.0f}%")
    cells = code_cells([job] * 3, paths.notebooks_dir()) / 3
    print(f"  {'total':<40} {total:6.3f} s")
    print(f"the same cells in one warm process, no kernel: {cells:.3f} CPU s (the execution's "
          f"remaining {max(statistics.median(steps['execution: cells and messages']) - cells, 0):.3f} s "
          "is the kernel's start-up of the notebook, messaging and papermill's bookkeeping)")


if __name__ == "__main__":
    main()
