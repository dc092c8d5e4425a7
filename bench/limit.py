"""The limit: what a plan's reports inherently cost, with nothing of kernels or messaging.

Every report's code cells run, parameters injected by papermill's own ``parameterize_notebook``,
in this one warm process (imports done once), each report in a fresh namespace with its figures
closed after it; every display goes through IPython's formatter, as in a kernel. Then the HTML
conversion of the executed notebooks chitieu wrote (its own exporter, in this process). Both are
CPU seconds, summed; over ``workers`` cores they are the least wall time any way could take.
"""

from __future__ import annotations

import os
import time
from pathlib import Path


def code_cells(jobs, notebooks: Path) -> float:
    """CPU seconds of every job's code cells, in this process."""
    import IPython.display
    import matplotlib
    from IPython.core.formatters import DisplayFormatter
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    formatter = DisplayFormatter()
    IPython.display.display = lambda *objs, **kw: [formatter.format(o) for o in objs]
    here = os.getcwd()
    os.chdir(notebooks)
    sources = {}
    try:
        start = time.process_time()
        for j in jobs:
            # papermill's own reading (it gives every cell its tags)
            nb = sources.get(j.notebook) or load_notebook_node(str(notebooks / f"{j.notebook}.ipynb"))
            sources[j.notebook] = nb
            ready = parameterize_notebook(nb, j.params)
            namespace: dict = {"__name__": "__main__"}
            for i, cell in enumerate(c for c in ready.cells if c.cell_type == "code"):
                exec(compile(cell.source, f"{j.notebook}[{i}]", "exec"), namespace)  # noqa: S102
            plt.close("all")
        return time.process_time() - start
    finally:
        os.chdir(here)


def conversion(executed: list[Path]) -> float:
    """CPU seconds of chitieu's HTML conversion of the executed notebooks ``executed``."""
    import nbformat

    from helpers.render.runner import to_html

    start = time.process_time()
    for path in executed:
        lang = path.name.rsplit(".", 2)[-2]
        to_html(nbformat.read(path, 4), lang)
    return time.process_time() - start


if __name__ == "__main__":
    import argparse
    import json

    from helpers.analysis.series import months_with_data
    from helpers.catalog import targets
    from helpers.render import plan
    from helpers.statistics import observations
    from helpers.values import paths
    from helpers.values.period import Lang, Period

    parser = argparse.ArgumentParser(description="the limit of a plan's reports")
    parser.add_argument("executed", type=Path, help="chitieu's executed notebooks of the plan")
    parser.add_argument("-r", "--resolution", default="haiphong-2021")
    parser.add_argument("--period", default=None)
    args = parser.parse_args()
    catalog = targets.load_catalog(args.resolution)
    obs = observations.load(catalog)
    months = [Period.parse(args.period)] if args.period else months_with_data(catalog, obs)
    jobs = plan.plan(catalog, obs, months, list(Lang))
    executed = sorted(args.executed.rglob("*.ipynb"))
    print(json.dumps({"reports": len(jobs), "code": code_cells(jobs, paths.notebooks_dir()),
                      "pages": len(executed), "convert": conversion(executed)}))
