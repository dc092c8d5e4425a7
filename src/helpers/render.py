"""Batch rendering: plan, skip what is up to date, execute in parallel, convert, index.

* **Plan** (:func:`plan`): for each period the scorecard and the growth notebook in each language;
  the indicator notebook for each target with data at the latest period; the targets notebook once
  per language.
* **Incremental**: a job's hash covers the notebook, its parameters, the catalog, the observations
  it reads (its indicators, periods up to its own) and the ``helpers`` source; a job whose hash is
  in the manifest (``DIR/.chitieu/manifest.json``) and whose page exists is skipped.
* **Fast**: most of a notebook's cost is starting a kernel and importing pandas, matplotlib and
  seaborn. Each worker process keeps one kernel started ahead of need with those imports done
  (:mod:`helpers.preload`), and converts to HTML in-process. A kernel never runs two notebooks.
* **Safe**: every file is written to a temporary name and renamed; a failing notebook leaves the
  previous page in place and its executed copy in ``DIR/failed/``; one render at a time (a lock).
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
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import atomic, paths
from .errors import RenderError
from .targets import Catalog

KERNEL = "chitieu"
CELL_TIMEOUT = 300  # seconds; a report cell takes well under one
KERNEL_START_ATTEMPTS = 3  # kernels can fail to start on a ZMQ port race; retried
LANGS = ("vi", "en")
CATALOG_FOLDER = "catalog"
TEMPLATES = Path(__file__).parent / "templates"
STATE = ".chitieu"


@dataclass(frozen=True)
class Job:
    """One notebook to render in one language with one set of parameters."""

    notebook: str          # file stem in notebooks/
    name: str              # output stem
    folder: str            # period, or "catalog"
    lang: str
    params: dict = field(hash=False)
    title: str = ""
    indicators: tuple[str, ...] | None = None  # observations it reads (None: all)
    max_period: str | None = None              # ... up to this period

    @property
    def key(self) -> str:
        return f"{self.folder}/{self.name}.{self.lang}"

    def html(self, out: Path) -> Path:
        return out / "html" / self.folder / f"{self.name}.{self.lang}.html"

    def ipynb(self, out: Path) -> Path:
        return out / "notebooks" / self.folder / f"{self.name}.{self.lang}.ipynb"

    def failed(self, out: Path) -> Path:
        return out / "failed" / self.folder / f"{self.name}.{self.lang}.ipynb"


@dataclass
class Outcome:
    key: str
    ok: bool
    seconds: float
    error: str = ""
    cell: str = ""


# --- planning ------------------------------------------------------------------------------------

def months_with_data(catalog: Catalog, obs: pd.DataFrame) -> list[str]:
    """Every month from the first to the last with a figure in the catalog's year."""
    mine = obs[obs["period"].str.startswith(f"{catalog.year}-")]["period"]
    if mine.empty:
        return []
    first, last = int(mine.min()[5:7]), int(mine.max()[5:7])
    return [f"{catalog.year}-{m:02d}" for m in range(first, last + 1)]


def plan(catalog: Catalog, obs: pd.DataFrame, periods: list[str], langs: list[str],
         resolution: str) -> list[Job]:
    """The jobs for ``periods`` and ``langs`` (see the module docstring)."""
    from . import series
    from .fmt import label, month_name
    from .progress import scorecard

    growth_ids = tuple(series.growth_ids(catalog))
    jobs = []
    city = {"vi": catalog.city.vi, "en": catalog.city.en}
    for lang in langs:
        jobs.append(Job("01-targets", "01-targets", CATALOG_FOLDER, lang,
                        {"resolution": resolution, "lang": lang},
                        f"{label('t_targets', lang)} — {city[lang]}"))
        for p in periods:
            when = f"{city[lang]}, {month_name(p, lang)}"
            jobs.append(Job("02-scorecard", "02-scorecard", p, lang,
                            {"period": p, "as_of": None, "lang": lang, "resolution": resolution},
                            f"{label('t_scorecard', lang)} — {when}", None, p))
            jobs.append(Job("04-growth", "04-growth", p, lang,
                            {"period": p, "lang": lang, "resolution": resolution},
                            f"{label('t_growth', lang)} — {when}", growth_ids, p))
    if periods:
        latest = max(periods)
        card = scorecard(catalog, obs, latest)
        for lang in langs:
            for r in card[card["status"] != "no_data"].itertuples():
                name = r.name_vi if lang == "vi" else r.name_en
                jobs.append(Job("03-indicator", f"03-indicator-{r.id}", latest, lang,
                                {"indicator": r.id, "period": latest, "lang": lang,
                                 "resolution": resolution},
                                f"{name} — {city[lang]}, {month_name(latest, lang)}",
                                (r.id,), latest))
    return jobs


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


def load_manifest(out: Path) -> dict:
    try:
        return json.loads(manifest_path(out).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def check_job_paths(job: Job, out: Path) -> None:
    """Refuse a job whose files would land outside ``out`` (ids are validated, this is the net)."""
    root = out.resolve()
    for p in (job.html(out), job.ipynb(out), job.failed(out)):
        if root not in p.resolve().parents:
            raise RenderError(f"refusing to write {p}: outside the output folder {root}")


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


def _init_worker(home: str | None) -> None:
    global _spare
    if home:
        os.environ["CHITIEU_HOME"] = home
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
    exporter.language_code = lang
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
        return Outcome(job.key, False, time.perf_counter() - start, f"{e.ename}: {e.evalue}",
                       f"cell {e.cell_index} (In [{e.exec_count}])")
    except Exception as e:  # a dead kernel, a timeout: reported, never fatal to the batch
        return Outcome(job.key, False, time.perf_counter() - start, f"{type(e).__name__}: {e}")
    finally:
        with contextlib.suppress(Exception):
            km.shutdown_kernel(now=True)
        tmp.unlink(missing_ok=True)
    return Outcome(job.key, True, time.perf_counter() - start)


# --- the whole run -------------------------------------------------------------------------------

def check_out_dir(out: Path) -> Path:
    """The output folder, resolved; never inside the raw data."""
    resolved = out.expanduser().resolve()
    raw = paths.raw_dir().resolve()
    if resolved == raw or raw in resolved.parents:
        raise RenderError(f"refusing to write reports into the raw data folder {raw} (--out {out})")
    return resolved


@dataclass
class Summary:
    planned: int
    skipped: int
    outcomes: list[Outcome]
    seconds: float

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]


def render(jobs: list[Job], out: Path, *, catalog_path: Path, obs: pd.DataFrame, workers: int,
           force: bool = False, log=print, progress_bar: bool = False) -> Summary:
    """Render ``jobs`` into ``out``: skip the up-to-date ones, run the rest in parallel."""
    start = time.perf_counter()
    manifest = load_manifest(out)
    helpers = source_hash()
    catalog_bytes = catalog_path.read_bytes()
    notebooks = {n: (paths.notebooks_dir() / f"{n}.ipynb").read_bytes()
                 for n in {j.notebook for j in jobs}}
    for j in jobs:
        check_job_paths(j, out)
    hashes = {j.key: job_hash(j, notebooks[j.notebook], catalog_bytes, obs, helpers) for j in jobs}
    todo = [j for j in jobs if force or manifest.get(j.key, {}).get("hash") != hashes[j.key]
            or not j.html(out).is_file()]
    outcomes: list[Outcome] = []
    if todo:
        log(f"rendering {len(todo)} of {len(jobs)} reports with {min(workers, len(todo))} "
            f"worker(s) into {out}")
        ctx = multiprocessing.get_context("spawn")
        bar = None
        if progress_bar:
            from tqdm import tqdm

            bar = tqdm(total=len(todo), unit="report", file=sys.stderr)
        with cf.ProcessPoolExecutor(max_workers=min(workers, len(todo)), mp_context=ctx,
                                    initializer=_init_worker,
                                    initargs=(os.environ.get("CHITIEU_HOME"),)) as pool:
            futures = {pool.submit(execute, j, str(out)): j for j in todo}
            for fut in cf.as_completed(futures):
                job = futures[fut]
                try:
                    o = fut.result()
                except Exception as e:  # a worker that died (killed, out of memory)
                    o = Outcome(job.key, False, 0.0, f"{type(e).__name__}: {e}")
                outcomes.append(o)
                if o.ok:
                    manifest[job.key] = {"hash": hashes[job.key], "params": job.params,
                                         "rendered": dt.datetime.now().isoformat(timespec="seconds")}
                    atomic.write_text(manifest_path(out), json.dumps(manifest, indent=1, sort_keys=True))
                if bar is not None:
                    bar.update()
                    if not o.ok:
                        bar.write(f"FAILED {o.key}: {o.error}")
                else:
                    n = len(outcomes)
                    log(f"[{n}/{len(todo)}] {'ok' if o.ok else 'FAILED'} {o.key} "
                        f"({o.seconds:.1f} s){'' if o.ok else ': ' + o.error}")
        if bar is not None:
            bar.close()
    return Summary(len(jobs), len(jobs) - len(todo), outcomes, time.perf_counter() - start)


def failure_report(summary: Summary, jobs: list[Job], out: Path) -> list[str]:
    """One paragraph per failed notebook: which, with what parameters, where, and why."""
    by_key = {j.key: j for j in jobs}
    lines = []
    for o in summary.failed:
        j = by_key[o.key]
        lines.append(
            f"FAILED {j.notebook}.ipynb {json.dumps(j.params, ensure_ascii=False)}: "
            f"{o.cell + ': ' if o.cell else ''}{o.error}\n"
            f"  executed notebook: {j.failed(out)}; the previous page (if any) is kept"
        )
    return lines


def write_index(out: Path, catalog: Catalog, obs: pd.DataFrame) -> Path:
    """``out/html/index.html``: every report on disk, latest period first, with each period's
    status summary, in both languages. Jinja2 with autoescape; nothing fetched from the network."""
    import jinja2

    from .fmt import LABELS, STATUS_COLOURS
    from .progress import STATUSES, scorecard, summary

    html = out / "html"
    names = {t.id: t.name for t in catalog.targets}
    titles = {"01-targets": "t_targets", "02-scorecard": "t_scorecard", "04-growth": "t_growth"}

    def link(folder: str, f: Path) -> dict:
        stem, lang = f.name.split(".")[:2]
        if stem.startswith("03-indicator-"):
            n = names.get(stem.removeprefix("03-indicator-"))
            text = (n.vi if lang == "vi" else n.en) if n else stem
        else:
            text = LABELS[titles[stem]][lang] if stem in titles else stem
        return {"href": f"{folder}/{f.name}", "text": text, "lang": lang,
                "language": "Tiếng Việt" if lang == "vi" else "English"}

    periods = sorted((p.name for p in html.iterdir() if p.is_dir() and p.name[:2].isdigit()),
                     reverse=True) if html.is_dir() else []
    entries = []
    for p in periods:
        files = sorted((html / p).glob("*.html"))
        entries.append({
            "period": p,
            "summary": summary(scorecard(catalog, obs, p)),
            "reports": [link(p, f) for f in files if not f.name.startswith("03-")],
            "indicators": [link(p, f) for f in files if f.name.startswith("03-")],
        })
    catalog_pages = [link(CATALOG_FOLDER, f) for f in sorted((html / CATALOG_FOLDER).glob("*.html"))]
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    page = env.get_template("index.html.j2").render(
        catalog=catalog, entries=entries, catalog_pages=catalog_pages, statuses=STATUSES,
        labels=LABELS, colours=STATUS_COLOURS,
        generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"))
    target = html / "index.html"
    atomic.write_text(target, page)
    return target

