"""Running a plan: skip what is up to date, execute the rest in parallel, keep the site consistent.

* **One at a time**: :func:`run` takes the output folder's lock itself, so every caller (the
  command line, a test, a user's script) is protected; a second run waits, or fails at once with
  ``wait=False``.
* **Incremental**: a job's hash covers the notebook, its parameters, the catalog, the observations
  it reads (its indicators, periods up to its own) and the ``helpers`` source; a job whose hash is
  in the manifest (``DIR/.chitieu/manifest.json``, keyed by resolution, then by job) and whose
  page exists is skipped.
* **Consistent**: after a run, a resolution's folder holds only pages of its current plan (a page
  whose month or target no longer has data is removed), and its landing page links only pages
  whose hash is current: never one built from figures no longer on file.
* **Fast**: most of a notebook's cost is starting a kernel and importing pandas, matplotlib and
  seaborn. Each worker process keeps one kernel started ahead of need with those imports done
  (:mod:`helpers.preload`), and converts to HTML in-process. A kernel never runs two notebooks.
* **Safe**: every file is written to a temporary name and renamed; a failing notebook leaves the
  previous page in place and its executed copy in ``DIR/failed/``.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import datetime as dt
import hashlib
import json
import multiprocessing
import multiprocessing.util
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import atomic, paths
from .errors import RenderError
from .plan import Job
from .targets import Catalog

KERNEL = "chitieu"
CELL_TIMEOUT = 300  # seconds; a report cell takes well under one
KERNEL_START_ATTEMPTS = 3  # kernels can fail to start on a ZMQ port race; retried
TEMPLATES = Path(__file__).parent / "templates"
STATE = ".chitieu"


@dataclass
class Outcome:
    job: Job
    ok: bool
    seconds: float
    error: str = ""
    cell: str = ""


@dataclass
class Request:
    """One resolution's part of a run: the jobs asked for, and every job whose page belongs on
    disk now (the asked ones included): the rest of its folder is removed."""

    catalog: Catalog
    obs: pd.DataFrame
    jobs: list[Job]
    planned: list[Job]


@dataclass
class Summary:
    planned: int
    skipped: int
    outcomes: list[Outcome]
    seconds: float
    index: Path | None = None
    removed: list[Path] = field(default_factory=list)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]


# --- hashing and the manifest --------------------------------------------------------------------

def _digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(hashlib.sha256(p).digest())
    return h.hexdigest()


def source_hash() -> str:
    """The helpers package as the reports see it: every source and template file."""
    root = Path(__file__).parent
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".j2", ".json"))
    return _digest(*(p.relative_to(root).as_posix().encode() + p.read_bytes() for p in files))


def job_hash(job: Job, notebook: bytes, catalog: bytes, obs: pd.DataFrame, helpers: str) -> str:
    f = obs
    if job.indicators is not None:
        f = f[f["indicator"].isin(job.indicators)]
    if job.max_period is not None:
        f = f[f["period"] <= job.max_period]
    data = f.drop(columns=["file", "line"]).sort_values(list(f.columns.drop(["file", "line"])),
                                                        key=lambda s: s.astype(str))
    params = json.dumps([job.params, job.title], sort_keys=True, default=str).encode()
    return _digest(notebook, params, catalog, data.to_csv(index=False).encode(), helpers.encode())


def manifest_path(out: Path) -> Path:
    return out / STATE / "manifest.json"


def load_manifest(out: Path) -> dict[str, dict[str, dict]]:
    """``{resolution: {job key: {hash, params, rendered}}}``; anything unreadable counts as empty
    (every report is then rendered again)."""
    try:
        data = json.loads(manifest_path(out).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {r: {k: v for k, v in jobs.items() if isinstance(v, dict)}
            for r, jobs in data.items() if isinstance(jobs, dict)}


def check_job_paths(job: Job, out: Path) -> None:
    """Refuse a job whose files would land outside ``out`` (ids are validated, this is the net)."""
    root = out.resolve()
    for p in (job.html(out), job.ipynb(out), job.failed(out)):
        if root not in p.resolve().parents:
            raise RenderError(f"refusing to write {p}: outside the output folder {root}")


def check_out_dir(out: Path) -> Path:
    """The output folder, resolved; never inside the raw data."""
    resolved = out.expanduser().resolve()
    raw = paths.raw_dir().resolve()
    if resolved == raw or raw in resolved.parents:
        raise RenderError(f"refusing to write reports into the raw data folder {raw} (--out {out})")
    return resolved


# --- execution (in worker processes) -------------------------------------------------------------

_spare = None  # this worker's kernel, started ahead of need
_exporter = None


def _start_kernel():
    from jupyter_client import KernelManager

    last: Exception | None = None
    for _ in range(KERNEL_START_ATTEMPTS):
        km = KernelManager(kernel_name=KERNEL)
        try:
            km.start_kernel(extra_arguments=["--IPKernelApp.exec_lines=['import helpers.preload']"],
                            cwd=str(paths.notebooks_dir()), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
            return km
        except Exception as e:  # ZMQ "address in use" and friends: try a fresh set of ports
            last = e
            with contextlib.suppress(Exception):
                km.cleanup_resources()
    raise RenderError(f"the report kernel did not start after {KERNEL_START_ATTEMPTS} attempts: {last}")


def _shutdown_spare() -> None:
    global _spare
    if _spare is not None:
        with contextlib.suppress(Exception):
            _spare.shutdown_kernel(now=True)
        _spare = None


def _init_worker(home: str) -> None:
    global _spare
    os.environ["CHITIEU_HOME"] = home  # the kernels read the same project as this run
    _spare = _start_kernel()
    # pool workers leave through os._exit, which skips atexit; multiprocessing runs its finalizers
    multiprocessing.util.Finalize(None, _shutdown_spare, exitpriority=10)


def _html_exporter():
    global _exporter
    if _exporter is None:
        from nbconvert import HTMLExporter
        from traitlets.config import Config

        c = Config()
        c.TagRemovePreprocessor.enabled = True
        c.TagRemovePreprocessor.remove_cell_tags = {"remove_cell", "parameters",
                                                    "injected-parameters"}
        _exporter = HTMLExporter(config=c, template_name="chitieu",
                                 extra_template_basedirs=[str(TEMPLATES)], exclude_input=True,
                                 exclude_input_prompt=True, exclude_output_prompt=True)
    return _exporter


def to_html(nb, lang: str) -> str:
    """An executed notebook as a self-contained page: no code, no prompts, nothing fetched."""
    exporter = _html_exporter()
    exporter.language_code = str(lang)
    body, _ = exporter.from_notebook_node(nb)
    return body


def execute(job: Job, out: str) -> Outcome:
    """Run one job in this worker: execute with a warm kernel, convert, write atomically."""
    global _spare
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    start = time.perf_counter()
    out_dir = Path(out)
    src = paths.notebooks_dir() / f"{job.notebook}.ipynb"
    km = _spare or _start_kernel()
    _spare = None
    try:
        _spare = _start_kernel()  # warm the next kernel while this notebook runs
    except RenderError:
        _spare = None  # the next job will try again, and report if it cannot
    target = job.ipynb(out_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    # papermill writes the executed notebook (with the error, if any) here; renamed when done
    tmp = target.with_name(f".{target.stem}.{os.getpid()}.tmp.ipynb")
    try:
        nb = papermill.execute_notebook(
            str(src), str(tmp), parameters=job.params, kernel_name=KERNEL, km=km,
            execution_timeout=CELL_TIMEOUT, progress_bar=False,
            request_save_on_cell_execute=False, cwd=str(paths.notebooks_dir()))
        nb.metadata["title"] = job.title
        atomic.write_text(target, nbformat.writes(nb))
        atomic.write_text(job.html(out_dir), to_html(nb, job.lang))
    except PapermillExecutionError as e:
        failed = job.failed(out_dir)
        failed.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, failed)
        return Outcome(job, False, time.perf_counter() - start, f"{e.ename}: {e.evalue}",
                       f"cell {e.cell_index} (In [{e.exec_count}])")
    except Exception as e:  # a dead kernel, a timeout: reported, never fatal to the batch
        return Outcome(job, False, time.perf_counter() - start, f"{type(e).__name__}: {e}")
    finally:
        with contextlib.suppress(Exception):
            km.shutdown_kernel(now=True)
        tmp.unlink(missing_ok=True)
    return Outcome(job, True, time.perf_counter() - start)


# --- the whole run -------------------------------------------------------------------------------

def _execute_all(todo: list[Job], out: Path, workers: int, log: Callable[[str], None],
                 progress_bar: bool, on_done: Callable[[Outcome], None]) -> list[Outcome]:
    outcomes: list[Outcome] = []
    log(f"rendering {len(todo)} report(s) with {min(workers, len(todo))} worker(s) into {out}")
    bar = None
    if progress_bar:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="report", file=sys.stderr)
    ctx = multiprocessing.get_context("spawn")
    with cf.ProcessPoolExecutor(max_workers=min(workers, len(todo)), mp_context=ctx,
                                initializer=_init_worker,
                                initargs=(str(paths.project_root()),)) as pool:
        futures = {pool.submit(execute, j, str(out)): j for j in todo}
        for fut in cf.as_completed(futures):
            job = futures[fut]
            try:
                o = fut.result()
            except Exception as e:  # a worker that died (killed, out of memory)
                o = Outcome(job, False, 0.0, f"{type(e).__name__}: {e}")
            outcomes.append(o)
            on_done(o)
            if bar is not None:
                bar.update()
                if not o.ok:
                    bar.write(f"FAILED {o.job.id}: {o.error}")
            else:
                log(f"[{len(outcomes)}/{len(todo)}] {'ok' if o.ok else 'FAILED'} {o.job.id} "
                    f"({o.seconds:.1f} s){'' if o.ok else ': ' + o.error}")
    if bar is not None:
        bar.close()
    return outcomes


def _prune(out: Path, resolution: str, keep: set[str]) -> list[Path]:
    """Remove the resolution's pages and executed notebooks that are not in its plan any more."""
    removed = []
    for kind, suffix in (("html", ".html"), ("notebooks", ".ipynb")):
        root = out / kind / resolution
        if not root.is_dir():
            continue
        for p in root.rglob(f"*{suffix}"):
            rel = p.relative_to(root).as_posix().removesuffix(suffix)
            if rel == "index" or rel in keep:
                continue
            p.unlink()
            removed.append(p)
        for d in sorted((d for d in root.rglob("*") if d.is_dir()), reverse=True):
            if not any(d.iterdir()):  # a month with nothing left goes too
                d.rmdir()
    return removed


def run(requests: list[Request], out: Path, *, workers: int, force: bool = False,
        wait: bool = True, log: Callable[[str], None] = print,
        progress_bar: bool = False) -> Summary:
    """Render the requests into ``out`` under the folder's lock (see the module docstring)."""
    from filelock import FileLock, Timeout

    from . import index

    start = time.perf_counter()
    (out / STATE).mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(out / STATE / "render.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if not wait:
            raise RenderError(f"another chitieu render is writing to {out}; "
                              "try again later (or run without --no-wait to wait)") from None
        log(f"waiting for another chitieu render writing to {out} to finish…")
        lock.acquire()
    try:
        manifest = load_manifest(out)
        helpers = source_hash()
        hashes: dict[str, str] = {}
        for req in requests:
            catalog_bytes = req.catalog.path.read_bytes()
            notebooks = {n: (paths.notebooks_dir() / f"{n}.ipynb").read_bytes()
                         for n in {j.notebook for j in req.planned}}
            for j in req.planned:
                check_job_paths(j, out)
                hashes[j.id] = job_hash(j, notebooks[j.notebook], catalog_bytes, req.obs, helpers)
        asked = [j for req in requests for j in req.jobs]
        todo = [j for j in asked if force or j.html(out).is_file() is False
                or manifest.get(j.resolution, {}).get(j.key, {}).get("hash") != hashes[j.id]]

        def record(o: Outcome) -> None:
            if o.ok:
                manifest.setdefault(o.job.resolution, {})[o.job.key] = {
                    "hash": hashes[o.job.id], "params": o.job.params,
                    "rendered": dt.datetime.now().isoformat(timespec="seconds")}
                atomic.write_text(manifest_path(out), json.dumps(manifest, indent=1, sort_keys=True))

        outcomes = _execute_all(todo, out, workers, log, progress_bar, record) if todo else []
        removed: list[Path] = []
        for req in requests:
            res = req.catalog.resolution
            keep = {j.key for j in req.planned}
            removed += _prune(out, res, keep)
            entries = manifest.setdefault(res, {})
            for key in set(entries) - keep:
                del entries[key]
            current = [j for j in req.planned if j.html(out).is_file()
                       and entries.get(j.key, {}).get("hash") == hashes[j.id]]
            index.write_resolution(out, req.catalog, req.obs, current)
        atomic.write_text(manifest_path(out), json.dumps(manifest, indent=1, sort_keys=True))
        home = index.write_home(out)
    finally:
        lock.release()
    return Summary(len(asked), len(asked) - len(todo), outcomes, time.perf_counter() - start,
                   home, removed)


def failure_report(summary: Summary, out: Path) -> list[str]:
    """One paragraph per failed notebook: which, with what parameters, where, and why."""
    lines = []
    for o in summary.failed:
        j = o.job
        lines.append(
            f"FAILED {j.notebook}.ipynb {json.dumps(j.params, ensure_ascii=False)}: "
            f"{o.cell + ': ' if o.cell else ''}{o.error}\n"
            f"  executed notebook: {j.failed(out)}; the previous page (if any) is kept"
        )
    return lines
