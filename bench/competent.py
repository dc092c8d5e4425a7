"""What a competent user would write to render a plan: papermill and nbconvert in-process, a pool
of as many workers as chitieu uses, the default (registered) kernel. About twenty lines; kept
honest: each report executes in its own fresh kernel, as papermill does by default, and its page
is converted without its code, as chitieu's pages are.

Used by ``render_bench.py``; on its own: ``python bench/competent.py OUT`` renders the 2021 plan.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def one(notebook: str, params: dict, cwd: str, html: str) -> None:
    import papermill
    from nbconvert import HTMLExporter

    nb = papermill.execute_notebook(notebook, None, parameters=params, kernel_name="chitieu", cwd=cwd,
                                    progress_bar=False)
    body, _ = HTMLExporter(exclude_input=True).from_notebook_node(nb)
    Path(html).parent.mkdir(parents=True, exist_ok=True)
    Path(html).write_text(body, encoding="utf-8")


def render(jobs: list[tuple[str, dict, str, str]], workers: int) -> None:
    """Each ``(notebook, parameters, cwd, html path)`` rendered by a pool of ``workers``."""
    with ProcessPoolExecutor(workers) as pool:
        for f in [pool.submit(one, *j) for j in jobs]:
            f.result()


if __name__ == "__main__":
    import argparse

    from helpers.analysis.series import months_with_data
    from helpers.catalog import targets
    from helpers.render import plan
    from helpers.statistics import observations
    from helpers.values import paths
    from helpers.values.period import Lang, Period

    parser = argparse.ArgumentParser(description="render a plan the competent user's way")
    parser.add_argument("out", type=Path)
    parser.add_argument("-r", "--resolution", default="haiphong-2021")
    parser.add_argument("--period", default=None, help="one month (default: every month with data)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    catalog = targets.load_catalog(args.resolution)
    obs = observations.load(catalog)
    months = [Period.parse(args.period)] if args.period else months_with_data(catalog, obs)
    nbs = paths.notebooks_dir()
    render([(str(nbs / f"{j.notebook}.ipynb"), j.params, str(nbs),
             str(args.out / j.folder / f"{j.name}.{j.lang}.html"))
            for j in plan.plan(catalog, obs, months, list(Lang))], args.jobs)
