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
* **Fast**: a kernel's start is mostly importing IPython, pandas, matplotlib and seaborn. A run
  starts one warm process that does those imports (:mod:`helpers.render.zygote`) and forks every
  report's kernel from it; each worker keeps the next kernel started ahead of need (replaced if it died
  while it waited), shuts the last
  one down in the background and converts to HTML in-process; the reports share what they compute
  through :mod:`helpers.values.cache`. A kernel never runs two notebooks. Without fork, kernels start
  cold (:mod:`helpers.render.kernels`).
* **Safe**: every file is written to a temporary name and renamed; a failing notebook leaves the
  previous page in place and its executed copy in ``DIR/failed/``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import multiprocessing
import multiprocessing.util
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..catalog.targets import Catalog
from ..values import atomic, cache, paths, snapshot
from ..values.errors import Interrupted, RenderError
from . import downloads, kernels, pool, stamp, zygote
from .plan import Job

CELL_TIMEOUT = 300  # seconds; a report cell takes well under one
# A whole report takes one to five seconds; one still running after five minutes is stuck (a kernel
# that died without a word, a cell waiting on something that never comes): its kernel is killed,
# the report fails alone, and the run goes on. `chitieu render --timeout` changes it.
WALL_LIMIT = 300
# What one worker holds at its peak, measured on the bundled reports (RSS): the worker process
# (~210 MB with pandas and nbconvert) and two kernels (the one running a report and the spare one
# starting, ~220 MB each). Forked kernels share most of those pages with the warm process, so this
# is an upper bound: `make bench` saw 1,390 MB for everything of a --jobs 2 run, summed RSS.
# --jobs is capped so that the workers fit in the memory available.
WORKER_MB = 650
TEMPLATES = Path(__file__).parents[1] / "templates"
STATE = stamp.STATE


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

def figure_rows(obs: pd.DataFrame) -> pd.DataFrame:
    """A request's figures as the text its job hashes cover: sorted once, one line per figure
    (where it was read from aside: moving a figure to another file changes no page)."""
    data = obs.drop(columns=["file", "line"])
    data = data.sort_values(list(data.columns), key=lambda s: s.astype(str), kind="stable")
    text = [json.dumps(r, default=str, ensure_ascii=False)
            for r in data.itertuples(index=False, name=None)]
    return pd.DataFrame({"indicator": data["indicator"].to_numpy(),
                         "period": data["period"].to_numpy(), "text": text})


def job_hash(job: Job, notebook: bytes, catalog: bytes, rows: pd.DataFrame, helpers: str) -> str:
    """What a job's page depends on: its notebook and parameters, the catalog, the figures it
    reads (its indicators, periods up to its own; ``rows`` from :func:`figure_rows`) and the
    helpers source."""
    f = rows
    if job.indicators is not None:
        f = f[f["indicator"].isin(job.indicators)]
    if job.max_period is not None:
        f = f[f["period"] <= job.max_period]
    params = json.dumps([job.params, job.title], sort_keys=True, default=str).encode()
    return stamp.digest(notebook, params, catalog, "\n".join(f["text"]).encode(), helpers.encode())


def manifest_path(out: Path) -> Path:
    return out / STATE / "manifest.json"


def load_manifest(out: Path, log: Callable[[str], None] | None = None) -> dict[str, dict[str, dict]]:
    """``{resolution: {job key: {hash, params, rendered}}}``; anything unreadable counts as empty
    (every report is then rendered again), and ``log`` is told so."""
    path = manifest_path(out)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        data = None
    if not isinstance(data, dict):
        if log:
            log(f"{path} is unreadable: counted as empty, every report is rendered again")
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
_zygote: str | None = None  # the socket of the render's warm process, if it has one
_exporter = None
_disposing: list[threading.Thread] = []  # kernels being shut down in the background
_live: set = set()  # every kernel of this worker not yet shut down: what an abrupt exit kills
_writing: Path | None = None  # the executed notebook being written, removed by an abrupt exit


def _start_kernel():
    warm = _zygote if _zygote and zygote.alive(_zygote) else None
    # in the project's folder, the kernel finds this run's project first (see helpers.values.paths)
    return kernels.start(paths.project_root(), warm, _live)


def _abandon() -> None:
    """The worker must exit now (the render stopped or gone): its kernels die with it."""
    for km in list(_live):
        kernels.abandon(km)
    if _writing is not None:
        _writing.unlink(missing_ok=True)


def _shutdown_spare() -> None:
    global _spare
    for t in _disposing:  # no kernel outlives its worker
        t.join()
    if _spare is not None:
        kernels.dispose(_spare)
        _live.discard(_spare)
        _spare = None


def _init_worker(home: str, warm: str | None, shared: str) -> None:
    global _spare, _zygote
    os.environ["CHITIEU_HOME"] = home  # kernels run in the project's folder; this names it too
    os.environ[cache.ENV] = shared  # and share what they compute (scorecards)
    _zygote = warm
    try:
        _spare = _start_kernel()
    except RenderError:
        _spare = None  # each job tries again and reports, once, why it cannot
    # pool workers leave through os._exit, which skips atexit; multiprocessing runs its finalizers
    multiprocessing.util.Finalize(None, _shutdown_spare, exitpriority=10)
    pool.on_abandon(_abandon)


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
    # the page's title is its heading (a browser tab, a bookmark, a printed page's header)
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.DOTALL)
    if heading:
        title = re.sub(r"<[^>]+>", "", heading.group(1)).replace("¶", "").strip()
        body = re.sub(r"<title>.*?</title>", lambda _: f"<title>{title}</title>", body, count=1,
                      flags=re.DOTALL)
    return body


def execute(job: Job, out: str, wall_limit: float = WALL_LIMIT) -> Outcome:
    """Run one job in this worker: execute with a warm kernel, convert, write atomically."""
    global _spare, _writing
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    start = time.perf_counter()
    out_dir = Path(out)
    src = paths.notebooks_dir() / f"{job.notebook}.ipynb"
    if _spare is not None and not kernels.alive(_spare):
        # (a kernel started ahead of need can die while it waits: it is replaced, not handed to the job)
        kernels.dispose(_spare)
        _live.discard(_spare)
        _spare = None
    try:
        km = _spare or _start_kernel()
    except RenderError as e:
        return Outcome(job, False, time.perf_counter() - start, str(e))
    _spare = None
    try:
        _spare = _start_kernel()  # warm the next kernel while this notebook runs
    except RenderError:
        _spare = None  # the next job will try again, and report if it cannot
    target = job.ipynb(out_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    # papermill writes the executed notebook (with the error, if any) here; renamed when done
    tmp = _writing = target.with_name(f".{target.stem}.{os.getpid()}.tmp.ipynb")
    watchdog = threading.Timer(wall_limit, kernels.kill, (km,))
    watchdog.daemon = True
    watchdog.start()
    try:
        nb = papermill.execute_notebook(
            str(src), str(tmp), parameters=job.params, kernel_name=kernels.KERNEL, km=km,
            execution_timeout=CELL_TIMEOUT, progress_bar=False,
            request_save_on_cell_execute=False, cwd=str(paths.project_root()))
        nb.metadata["title"] = job.title
        atomic.write_text(target, nbformat.writes(nb))
        page, files = downloads.split(to_html(nb, job.lang), job.html(out_dir).stem)
        downloads.write(job.html(out_dir), files)
        atomic.write_text(job.html(out_dir), page)
    except PapermillExecutionError as e:
        failed = job.failed(out_dir)
        failed.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, failed)
        return Outcome(job, False, time.perf_counter() - start, f"{e.ename}: {e.evalue}",
                       f"cell {e.cell_index} (In [{e.exec_count}])")
    except Exception as e:  # a dead kernel, a timeout: reported, never fatal to the batch
        seconds = time.perf_counter() - start
        why = f"{type(e).__name__}: {e}"
        if seconds >= wall_limit:
            why = f"stopped after the wall limit of {wall_limit:g} s (--timeout); {why}"
        return Outcome(job, False, seconds, why)
    finally:
        watchdog.cancel()
        # off this report's path: the next one starts while this kernel shuts down
        _disposing[:] = [t for t in _disposing if t.is_alive()] + [
            kernels.dispose_later(km, _live.discard)]
        tmp.unlink(missing_ok=True)
        _writing = None
    return Outcome(job, True, time.perf_counter() - start)


# --- the whole run -------------------------------------------------------------------------------

def available_memory_mb() -> int:
    """Memory the system can give without swapping (Linux's MemAvailable), in MB."""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        pass
    return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 2**20


def worker_count(asked: int, jobs: int, log: Callable[[str], None]) -> int:
    """``asked`` workers, capped at the jobs to run, the cores (more only contend for them) and the
    memory available (:data:`WORKER_MB` each); the cap is said, never silent."""
    cores = os.cpu_count() or 1
    memory = max(1, available_memory_mb() // WORKER_MB)
    n = max(1, min(asked, jobs, cores, memory))
    if n < min(asked, jobs):
        log(f"--jobs {asked}: using {n} worker(s) ({jobs} report(s), {cores} core(s), memory for "
            f"{memory} at about {WORKER_MB} MB each)")
    return n


def _ready(warm: zygote.Zygote | None, log: Callable[[str], None]) -> zygote.Zygote | None:
    """The run's warm process once it listens, or None: kernels then start cold, one at a time,
    ahead of need (the workers see its folder gone)."""
    if warm is None:
        return None
    try:
        warm.wait_ready()
        return warm
    except RenderError as e:
        log(f"{e}: kernels start cold")
        return None


def _execute_all(todo: list[Job], out: Path, workers: int, log: Callable[[str], None],
                 progress_bar: bool, on_done: Callable[[Outcome], None],
                 wall_limit: float, shared: Path) -> list[Outcome]:
    outcomes: list[Outcome] = []
    workers = worker_count(workers, len(todo), log)
    log(f"rendering {len(todo)} report(s) with {workers} worker(s) into {out}")
    bar = None
    if progress_bar:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="report", file=sys.stderr)
    # the warm process imports while the workers start (their first kernel waits for it); should
    # the render be killed, it removes the run's shared folder as it goes
    warm = zygote.launch(paths.project_root(), [shared]) if zygote.available() else None
    ctx = multiprocessing.get_context("spawn")
    try:
        with contextlib.ExitStack() as stack:
            if warm is not None:
                stack.callback(warm.stop)
            workers_ = stack.enter_context(pool.Pool(
                workers, ctx, _init_worker,
                (str(paths.project_root()), warm and warm.socket, str(shared))))
            results = workers_.map(execute, [(j, str(out), wall_limit) for j in todo])
            _ready(warm, log)
            for (job, _, _), o in results:
                if not isinstance(o, Outcome):  # its worker died, or failed outside the report
                    o = Outcome(job, False, 0.0, str(o))
                outcomes.append(o)
                on_done(o)
                if bar is not None:
                    bar.update()
                    if not o.ok:
                        bar.write(f"FAILED {o.job.id}: {o.error}")
                else:
                    log(f"[{len(outcomes)}/{len(todo)}] {'ok' if o.ok else 'FAILED'} {o.job.id} "
                        f"({o.seconds:.1f} s){'' if o.ok else ': ' + o.error}")
    except Interrupted as e:
        e.rendered = sum(o.ok for o in outcomes)
        raise
    finally:
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
        # chitieu writes no link: one here (a month folder linked elsewhere) is removed itself,
        # never followed, so nothing is deleted through it
        for folder, dirs, files in os.walk(root):
            for name in (*dirs, *files):
                if (p := Path(folder, name)).is_symlink():
                    p.unlink()
                    removed.append(p)
        for p in root.rglob(f"*{suffix}"):
            rel = p.relative_to(root).as_posix().removesuffix(suffix)
            if rel in ("index", "index.en") or rel in keep:  # the landing pages (index.page_name)
                continue
            p.unlink()
            removed.append(p)
        if kind == "html":  # a page's downloads go with it
            for p in root.rglob("*.csv"):
                if not downloads.owner(p).is_file():
                    p.unlink()
        for d in sorted((d for d in root.rglob("*") if d.is_dir()), reverse=True):
            if not any(d.iterdir()):  # a month with nothing left goes too
                d.rmdir()
    return removed


def _remove_temporaries(out: Path) -> None:
    """Temporary files a killed run left behind (``.name.XXXX.tmp.html``, ``.name.PID.tmp.ipynb``,
    its results folder): never a page, never linked; removed under the lock, when no run can be
    writing them."""
    for kind in ("html", "notebooks", "failed", STATE):
        root = out / kind
        if root.is_dir():
            for p in root.rglob(".*.tmp*"):
                with contextlib.suppress(OSError):
                    p.unlink()
    for p in (out / STATE).glob("cache-*"):  # a killed run's shared results
        shutil.rmtree(p, ignore_errors=True)


def refuse_edited(notebooks: dict[str, bytes]) -> None:
    """Stop the render when a report notebook carries outputs: it was run and saved (in
    JupyterLab, say), and what an economist tries there must not reach every reader. A report
    notebook is committed clean; an edit becomes part of the reports only once its outputs are
    cleared, which is a deliberate step."""
    edited = []
    for name, raw in sorted(notebooks.items()):
        try:
            cells = json.loads(raw).get("cells", [])
        except ValueError:
            raise RenderError(f"notebooks/{name}.ipynb is not a notebook (invalid JSON)") from None
        if any(c.get("outputs") or c.get("execution_count") for c in cells if c.get("cell_type") == "code"):
            edited.append(f"notebooks/{name}.ipynb")
    if edited:
        raise RenderError(
            f"{', '.join(edited)}: saved with outputs, so probably edited and run in JupyterLab; the "
            "reports render only clean notebooks. To explore, work on the copies in lab/ (`make lab` "
            "makes them); to make the edit part of the reports, clear the outputs "
            "(`jupyter nbconvert --clear-output --inplace " + " ".join(edited) + "`) and commit it.")


def run(requests: list[Request], out: Path, *, workers: int, force: bool = False,
        wait: bool = True, log: Callable[[str], None] = print,
        progress_bar: bool = False, wall_limit: float = WALL_LIMIT,
        run_stamp: str | None = None) -> Summary:
    """Render the requests into ``out`` under the folder's lock (see the module docstring).

    ``run_stamp`` (:func:`helpers.render.stamp.compute`) is left in ``out`` when every asked report
    rendered, so that the same request on the same files next time has nothing to do. SIGTERM,
    SIGINT and SIGHUP stop it with :class:`~helpers.values.errors.Interrupted`, its workers and
    kernels ended, its temporary files removed and the lock released (:mod:`helpers.render.pool`).
    """
    with pool.signals(), _config_dirs(out):  # a signal ends the run through every `finally` below
        return _run(requests, out, workers=workers, force=force, wait=wait, log=log,
                    progress_bar=progress_bar, wall_limit=wall_limit, run_stamp=run_stamp)


@contextlib.contextmanager
def _config_dirs(out: Path):
    """Where a run's processes keep matplotlib's and IPython's settings when the home folder is
    unusable (unset, missing, read-only: a service account's): in the output's state folder.

    Without a home to write to, matplotlib and IPython each make a temporary folder of their own
    in every process that imports them (a kernel per report) and never remove it: a month's
    render left hundreds in /tmp. A usable home, or a folder set by the user, is left alone."""
    home = os.environ.get("HOME", "")
    if home and os.path.isdir(home) and os.access(home, os.W_OK):
        yield
        return
    added = []
    for var, sub in (("MPLCONFIGDIR", "matplotlib"), ("IPYTHONDIR", "ipython")):
        if var not in os.environ:
            folder = out / STATE / "config" / sub
            folder.mkdir(parents=True, exist_ok=True)
            os.environ[var] = str(folder)
            added.append(var)
    try:
        yield
    finally:
        for var in added:
            os.environ.pop(var, None)


def _run(requests: list[Request], out: Path, *, workers: int, force: bool, wait: bool,
         log: Callable[[str], None], progress_bar: bool, wall_limit: float,
         run_stamp: str | None) -> Summary:
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
        if manifest_path(out).is_dir():  # nothing rendered could be recorded: stop before rendering
            raise RenderError(f"{manifest_path(out)} is a folder; it is where the record of rendered "
                              "reports is kept: remove the folder and render again")
        _remove_temporaries(out)
        stamp.forget(out)  # pages are about to change: no stamp may vouch for them meanwhile
        manifest = load_manifest(out, log)
        helpers = stamp.source_hash()
        hashes: dict[str, str] = {}
        read: list[bytes] = []  # each request's catalog as hashed: what its kernels will read
        for req in requests:
            catalog_bytes = req.catalog.path.read_bytes()
            read.append(catalog_bytes)
            notebooks = {n: (paths.notebooks_dir() / f"{n}.ipynb").read_bytes()
                         for n in {j.notebook for j in req.planned}}
            refuse_edited(notebooks)
            rows = figure_rows(req.obs)
            for j in req.planned:
                check_job_paths(j, out)
                hashes[j.id] = job_hash(j, notebooks[j.notebook], catalog_bytes, rows, helpers)
        asked = [j for req in requests for j in req.jobs]
        todo = [j for j in asked if force or not j.html(out).is_file() or not j.ipynb(out).is_file()
                or manifest.get(j.resolution, {}).get(j.key, {}).get("hash") != hashes[j.id]]

        def record(o: Outcome) -> None:
            if o.ok:
                manifest.setdefault(o.job.resolution, {})[o.job.key] = {
                    "hash": hashes[o.job.id], "params": o.job.params,
                    "rendered": dt.datetime.now().isoformat(timespec="seconds")}
                atomic.write_text(manifest_path(out), json.dumps(manifest, indent=1, sort_keys=True))

        shared = Path(tempfile.mkdtemp(prefix="cache-", dir=out / STATE))  # helpers.values.cache's folder
        try:
            for req, catalog_bytes in zip(requests, read, strict=True):  # what the hashes cover
                for name in {str(j.params["resolution"]) for j in req.planned}:
                    snapshot.write(shared, name, catalog_bytes, req.obs)
            outcomes = (_execute_all(todo, out, workers, log, progress_bar, record, wall_limit,
                                     shared) if todo else [])
        except Interrupted:
            _remove_temporaries(out)  # the workers are gone: what they were writing goes too
            raise
        finally:
            shutil.rmtree(shared, ignore_errors=True)
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
        if run_stamp is not None and all(o.ok for o in outcomes):
            stamp.record(out, run_stamp, [home, *(p for j in asked for p in (j.html(out), j.ipynb(out)))])
    finally:
        lock.release()
    return Summary(len(asked), len(asked) - len(todo), outcomes, time.perf_counter() - start,
                   home, removed)


def failure_report(summary: Summary, out: Path) -> list[str]:
    """One paragraph per failed notebook: which, with what parameters, where, and why. Reports that
    failed for one same reason outside any cell (a kernel that cannot start) make one paragraph."""
    lines = []
    alike: dict[str, list[Outcome]] = {}
    for o in summary.failed:
        if not o.cell:
            alike.setdefault(o.error, []).append(o)
            continue
        j = o.job
        executed = (f"executed notebook: {j.failed(out)}; " if j.failed(out).is_file() else "")
        lines.append(
            f"FAILED {j.notebook}.ipynb {json.dumps(j.params, ensure_ascii=False)}: "
            f"{o.cell}: {o.error}\n  {executed}the previous page (if any) is kept")
    for error, group in alike.items():
        if len(group) == 1:
            j = group[0].job
            lines.append(f"FAILED {j.notebook}.ipynb {json.dumps(j.params, ensure_ascii=False)}: "
                         f"{error}\n  the previous page (if any) is kept")
        else:
            names = ", ".join(o.job.id for o in group[:3]) + (", …" if len(group) > 3 else "")
            lines.append(f"FAILED {len(group)} reports ({names}): {error}\n  the previous pages "
                         "(if any) are kept")
    return lines
