"""``chitieu``: the one command line for people and schedulers (DESIGN.md, "Command line").

Exit codes: 0 success, 1 bad input or a failed render (with the reason), 2 usage error, 128 + N
for a render stopped by signal N (143 for SIGTERM; see :class:`~helpers.values.errors.Interrupted`).
A user's mistake never shows a traceback: every :class:`ChitieuError` becomes a message.
"""

from __future__ import annotations

import functools
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .values import paths
from .values.errors import ChitieuError, Interrupted, ObservationsError
from .values.period import Lang, Period, PeriodError

if TYPE_CHECKING:
    import pandas as pd

    from .catalog.targets import Catalog

FORMATS = click.Choice(["table", "csv", "json"])
RESOLUTION_HELP = ("Catalog name in data/raw/targets (or a path to a catalog YAML file). "
                   "Default: the newest resolution on file.")


def _period(ctx, param, value):
    """Parse --period into Period values (2021-9 becomes 2021-09); a usage error otherwise."""
    try:
        if isinstance(value, tuple):
            return tuple(Period.parse(v) for v in value)
        return None if value is None else Period.parse(value)
    except PeriodError as e:
        raise click.BadParameter(str(e)) from None


def _resolution_option(**kwargs):
    return click.option("--resolution", "-r", default=None, help=RESOLUTION_HELP, **kwargs)


def _reports_errors(fn):
    """Turn a ChitieuError, or a file the system refuses, into 'chitieu: error: …' and exit 1,
    never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ChitieuError as e:
            click.echo(f"chitieu: error: {e}", err=True)
            sys.exit(1)
        except OSError as e:  # an unwritable, impossible or vanished path
            where = e.filename or ""
            click.echo(f"chitieu: error: cannot write or read {where}: {e.strerror or e}", err=True)
            sys.exit(1)
        except Interrupted as e:
            click.echo(f"chitieu: {e}: {e.rendered} report(s) rendered before it; every page on "
                       "disk is whole, and the next render finishes the rest", err=True)
            sys.exit(e.exit_code)

    return wrapper


def emit(frame: pd.DataFrame, fmt: str, table: pd.DataFrame | None = None) -> None:
    """Print ``frame`` as CSV or JSON (every column), or ``table`` (a terminal view) as text."""
    if fmt == "json":
        click.echo(frame.to_json(orient="records", force_ascii=False, indent=1,
                                 date_format="iso"))
    elif fmt == "csv":
        # a column of dicts (the reason's arguments) as JSON, not Python's "{}" repr
        cells = frame.assign(**{c: frame[c].map(lambda v: json.dumps(v, ensure_ascii=False))
                                for c in frame.columns
                                if frame[c].map(lambda v: isinstance(v, dict)).any()})
        click.echo(cells.to_csv(index=False), nl=False)
    else:
        click.echo(text_table(frame if table is None else table))


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def text_table(frame: pd.DataFrame, width: int = 40) -> str:
    """A plain terminal table: text left-aligned, numbers right-aligned, long text cut, and no
    control character (an escape sequence in a name must not drive the terminal)."""
    cells = frame.astype(object).where(frame.notna(), "").astype(str)
    cells = cells.map(lambda s: _CONTROL.sub("", s)).map(
        lambda s: s if len(s) <= width else s[: width - 1] + "…")
    numeric = {c for c in frame.columns
               if cells[c].str.fullmatch(r"[-+−–]?[\d.,]*%?|–|").all()}
    widths = {c: max(len(str(c)), *(len(v) for v in cells[c])) for c in frame.columns}

    def line(values: dict) -> str:
        return "  ".join(str(values[c]).rjust(widths[c]) if c in numeric
                         else str(values[c]).ljust(widths[c]) for c in frame.columns).rstrip()

    return "\n".join([line({c: c for c in frame.columns}), *(line(r) for r in cells.to_dict("records"))])


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
def main() -> None:
    """chitieu: a city's socio-economic targets against its published statistics."""


@main.command("targets")
@_resolution_option()
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@_reports_errors
def targets_cmd(resolution: str | None, fmt: str) -> None:
    """List the leaf targets of a resolution."""
    from .catalog import targets
    from .present.fmt import target_text

    frame = targets.load_catalog(resolution).frame()
    table = frame[["number", "id", "group", "name_vi", "kind", "unit", "basis"]].assign(
        target=[target_text(r, "en") for r in frame.itertuples()]
    )
    emit(frame, fmt, table)


def _city_of(files: tuple[Path, ...]) -> str | None:
    """The city whose statistics folder holds every file, if they share one."""
    root = paths.statistics_dir().resolve()

    def city(p: Path) -> str | None:
        # the folder as named (a city folder may be a link to a shared one), else as resolved
        for q in (Path(os.path.abspath(p)), p.resolve()):
            if q.parent.parent == root:
                return q.parent.name
        return None

    cities = [city(p) for p in files]
    return cities[0] if None not in cities and len(set(cities)) == 1 else None


@main.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--resolution", "-r", default=None,
              help="Check against this resolution's city. Default: the city whose folder holds the "
                   "files, else the newest resolution's city.")
@click.option("--decimal-comma", is_flag=True, hidden=True,
              help="No longer needed: the decimal mark is read from each file.")
@click.option("--quiet", "-q", is_flag=True, help="Do not print warnings.")
@_reports_errors
def validate_cmd(files: tuple[Path, ...], resolution: str | None, decimal_comma: bool,
                 quiet: bool) -> None:
    """Check statistics files: exit 0 when valid, 1 with one line per problem."""
    from .catalog import targets
    from .statistics import observations

    city = None if resolution else _city_of(files)
    vocab = observations.vocabulary(city or targets.load_catalog(resolution))
    if decimal_comma:  # kept so that old scripts run; it must not read a file unlike `data` does
        click.echo("note: --decimal-comma is no longer needed: the decimal mark is read from each "
                   "file (a value with a comma makes it the file's), the same way by every verb", err=True)
    result = observations.validate(files, vocab)
    if not quiet:
        for w in result.warnings:
            click.echo(f"warning: {w}", err=True)
    for e in result.errors:
        click.echo(str(e))
    if not result.ok:
        click.echo(f"{len(result.errors)} problem(s) in {len(files)} file(s)", err=True)
        sys.exit(1)
    click.echo(f"ok: {len(result.frame)} rows in {len(files)} file(s) of {vocab.city}", err=True)


@main.command("data")
@click.option("--resolution", "-r", default=None,
              help="Only this resolution's city. Default: every city with a catalog.")
@_reports_errors
def data_cmd(resolution: str | None) -> None:
    """Validate data/raw/statistics/<city>/ and write data/processed/<city>.parquet, per city.

    A city with an invalid file keeps its previous processed table (which every command then
    refuses as stale); the other cities are written. Exit 1 when anything was wrong.
    """
    from .catalog import targets, terms
    from .statistics import observations

    catalogs, broken = targets.scan()
    broken += terms.scan()[1]  # a term plan's file is checked with the catalogs
    if resolution:
        cities = [targets.load_catalog(resolution).city.id]
    else:
        cities = sorted({c.city.id for c in catalogs})
    problems: list = [*broken, *observations.strays({c.city.id for c in catalogs})] \
        if not resolution else []
    for city in cities:
        result = observations.build(city, catalogs)
        for w in result.warnings:
            click.echo(f"warning: {w}", err=True)
        if not result.ok:
            problems += result.errors
            click.echo(f"{city}: {len(result.errors)} problem(s); data/processed/{city}.parquet "
                       "not written", err=True)
            continue
        stamp = observations.digest(city, [c for c in catalogs if c.city.id == city])
        try:
            out = observations.write_processed(result.frame, city, stamp)
        except OSError as e:
            problems.append(f"cannot write data/processed/{city}.parquet: {e.strerror or e} "
                            "(the reports rebuild the table in memory meanwhile)")
            continue
        click.echo(f"wrote {out.relative_to(paths.project_root())}: {len(result.frame)} "
                   "observations", err=True)
    for p in problems:
        click.echo(str(p))
    if problems:
        sys.exit(1)


@main.command("gaps")
@click.option("--period", required=True, callback=_period, help="The report month, YYYY-MM.")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Use only figures published by this date (YYYY-MM-DD).")
@_resolution_option()
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--lang", type=click.Choice(["en", "vi"]), default="en", show_default=True,
              help="Language of the reason column.")
@_reports_errors
def gaps_cmd(period: Period, as_of, resolution: str | None, fmt: str, lang: str) -> None:
    """The scorecard: where every target stands at a month."""
    import pandas as pd

    from .analysis.progress import scorecard
    from .catalog import targets
    from .present.fmt import number, pct
    from .present.reasons import with_reasons
    from .statistics import observations

    catalog = targets.load_catalog(resolution)
    _check_year(catalog, [period])
    card = with_reasons(scorecard(catalog, observations.load(catalog), period,
                                  as_of.date() if as_of else None), Lang.parse(lang))
    table = pd.DataFrame({
        "no": card["number"], "id": card["id"],
        "name": card["name_vi"],
        "status": card["status"], "actual": [number(x, "en") for x in card["actual"]],
        "q": card["qualifier"].astype(object).fillna("").replace("=", ""),
        "as of": card["obs_period"], "% target": [pct(x, "en") for x in card["attainment_pct"]],
        "gap": [number(round(x, 2), "en") if x == x else "–" for x in card["gap"]],
        "projected %": [pct(x, "en") for x in card["projected_attainment_pct"]],
    })
    emit(card, fmt, table)


def _check_year(catalog: Catalog, periods: list[Period]) -> None:
    """A report month is in the resolution's year, or the year before (its comparison base)."""
    bad = [problem for p in periods if (problem := catalog.period_problem(p))]
    if bad:
        raise ChitieuError("--period " + "; ".join(bad) + " (see `chitieu render --all`)")


def _template_target(out: Path, force: bool) -> Path:
    """Where a workbook may go: a new .xlsx (or an existing one with --force), never into the
    catalogs or the notebooks."""
    if out.suffix.lower() != ".xlsx":
        raise ChitieuError(f"-o {out}: not a workbook name (allowed: a .xlsx file)")
    resolved = out.expanduser().resolve()
    for folder in (paths.targets_dir(), paths.project_root() / "notebooks"):
        folder = folder.resolve()
        if resolved.parent == folder or folder in resolved.parents:
            raise ChitieuError(f"refusing to write {out} into {folder}: the catalogs and the "
                               "notebooks are not data-entry files")
    if out.exists() and not force:
        raise ChitieuError(f"{out} exists; it may hold figures already typed in (allowed: a new "
                           "file name, or --force to replace it)")
    return out


@main.command("template")
@click.option("--period", required=True, callback=_period, help="The month to enter, YYYY-MM.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Workbook to write (default: chitieu-<resolution>-<period>.xlsx).")
@click.option("--force", is_flag=True, help="Replace the workbook if it exists.")
@_resolution_option()
@_reports_errors
def template_cmd(period: Period, output: Path | None, force: bool, resolution: str | None) -> None:
    """Write a data-entry workbook for one month."""
    from .catalog import targets
    from .present.template import write_template
    from .statistics import observations

    catalog = targets.load_catalog(resolution)
    try:
        obs = observations.load(catalog)
    except ChitieuError:
        obs = None  # the previous values are a convenience; an invalid raw file must not block
    out = _template_target(output or Path(f"chitieu-{catalog.resolution}-{period}.xlsx"), force)
    write_template(catalog, period, out, obs)
    click.echo(f"wrote {out} (save it into data/raw/statistics/{catalog.city.id}/ once filled)",
               err=True)


@main.command("backtest")
@_resolution_option()
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@_reports_errors
def backtest_cmd(resolution: str | None, fmt: str) -> None:
    """How good the calls were: each month's scorecard, as known then, against the year's outcome."""
    from .analysis import backtest
    from .catalog import targets
    from .statistics import observations

    catalog = targets.load_catalog(resolution)
    if not backtest.finished(catalog):
        raise ChitieuError(f"{catalog.resolution}: the year {catalog.year} has not ended; a "
                           "backtest needs the year's outcome")
    summary = backtest.summary(backtest.calls(catalog, observations.load(catalog)))
    if summary.empty and fmt == "table":  # nothing settled the year: say so, in a sentence
        click.echo(f"{catalog.resolution}: no call can be held to an outcome (no target has a "
                   f"year-end figure for {catalog.year} on file)")
        return
    table = summary.assign(wrong_ids=summary["wrong_ids"].map(", ".join, na_action="ignore"))
    emit(table if fmt == "csv" else summary, fmt, table)


def _new_file(out: Path, force: bool, suffixes: tuple[str, ...]) -> Path:
    """A file the verb may write: of the right kind, and new unless --force."""
    if out.suffix.lower() not in suffixes:
        raise ChitieuError(f"-o {out}: allowed: a {' or '.join(suffixes)} file")
    if out.exists() and not force:
        raise ChitieuError(f"{out} exists (allowed: a new file name, or --force to replace it)")
    return out


def _deliver(body: str, output: Path | None, force: bool, suffixes: tuple[str, ...]) -> None:
    """Print ``body``, or write it to ``output`` (new, of the right kind, atomically)."""
    if output is None:
        click.echo(body, nl=not body.endswith("\n"))
        return
    from .values.atomic import write_text

    write_text(_new_file(output, force, suffixes), body if body.endswith("\n") else body + "\n")


def _show_skipped(skipped: list[tuple[str, str, str]], show: bool) -> None:
    if show:
        for figure, sentence, why in skipped:
            click.echo(f"unmatched: {figure}: {why}" + (f": «{sentence}»" if sentence else ""), err=True)
    elif skipped:
        click.echo(f"{len(skipped)} figure(s) not made a row; --show-unmatched lists them", err=True)


@main.command("draft")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--resolution", "name", default=None,
              help="The new catalog's name (default: <city>-<year>).")
@click.option("--city", default=None, help="City id, a slug such as 'haiphong' (default: from the "
                                            "file name).")
@click.option("--year", type=click.IntRange(1900, 2199), default=None,
              help="The resolution's year (default: the year the text names most).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the draft here (.yaml or .json) instead of printing it.")
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True)
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
@click.option("--show-unmatched", is_flag=True, help="List the figures read but not drafted.")
@_reports_errors
def draft_cmd(file: Path, name, city, year, output, fmt, force, show_unmatched) -> None:
    """Draft a target catalog from a resolution's text (.txt, .docx, .pdf, .html), to review."""
    from .catalog import targets
    from .reading import documents, draft
    from .values import units

    text = documents.read(file).text
    if city is None:
        city = re.split(r"[-_.]", file.name)[0].lower()
        if not re.fullmatch(r"[a-z][a-z0-9_-]*", city):
            raise ChitieuError(f"cannot take a city id from {file.name!r} (allowed: --city ID, a "
                               "slug such as 'haiphong')")
        click.echo(f"city id {city!r} taken from the file name (give --city ID if it is not the "
                   "city's)", err=True)
    drafted = draft.draft(text, city=city, year=year, resolution=name)
    if drafted.catalog["year"] is None:
        raise ChitieuError(f"{file}: the text names no year (allowed: --year YYYY)")
    if not drafted.catalog["items"]:
        raise ChitieuError(f"{file}: found no list of targets (numbered items such as '(1)', "
                           "lines opening with '-' or '1.', or a paragraph of ';'-separated targets)")
    as_yaml = draft.to_yaml(drafted, file)
    with units.scoped():  # the draft's own units (as the text wrote them) stay the draft's
        catalog = targets.from_yaml(as_yaml, file)  # the draft loads as it is written, or it is a bug
        if fmt == "json" or (output and output.suffix.lower() == ".json"):
            # the text's own item numbers (null where it prints none), not the YAML's list order
            frame = catalog.frame().assign(number=[t["number"] for t in drafted.targets],
                                           source=[t.source for t in catalog.targets],
                                           review=[t.review for t in catalog.targets])
            body = frame.to_json(orient="records", force_ascii=False, indent=1)
        else:
            body = as_yaml
    _deliver(body, output, force, (".yaml", ".yml", ".json"))
    review = sum(len(t.review) > 1 for t in catalog.targets)
    click.echo(f"drafted {len(catalog.targets)} targets in {len(drafted.catalog['items'])} items; "
               f"{review} with more than the English name to review (see 'review:')", err=True)
    _show_skipped(drafted.skipped, show_unmatched)


@main.command("extract")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--period", required=True, callback=_period, help="The report's month, YYYY-MM.")
@click.option("--source", "source_url", default=None,
              help="The report's address (default: the page's own, for saved HTML).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the rows here (.csv or .json) instead of printing them.")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
@click.option("--show-unmatched", is_flag=True, help="List the figures not made a row, with why.")
@_resolution_option()
@_reports_errors
def extract_cmd(file: Path, period: Period, source_url, output, fmt, force, show_unmatched,
                resolution) -> None:
    """Propose statistics rows from a statistics report (.txt, .html, .docx, .pdf), to review."""
    import pandas as pd

    from .catalog import targets
    from .reading import documents, extract
    from .statistics.rules import COLUMNS

    catalog = targets.load_catalog(resolution)
    document = documents.read(file)
    text = document.text
    source_url = source_url or document.address or ""
    found = extract.extract(text, catalog, period, source_url)
    frame = pd.DataFrame(found.rows, columns=COLUMNS)
    as_json = fmt == "json" or (output is not None and output.suffix.lower() == ".json")
    body = frame.to_json(orient="records", force_ascii=False, indent=1) if as_json else frame.to_csv(
        index=False)
    _deliver(body, output, force, (".csv", ".json"))
    for w in found.warnings:
        click.echo(f"warning: {w}", err=True)
    if not source_url and found.rows:
        click.echo("warning: no source address: give --source URL, every row needs one to validate",
                   err=True)
    click.echo(f"{len(found.rows)} row(s) for {catalog.resolution} from {file.name}", err=True)
    _show_skipped(found.unmatched, show_unmatched)


@main.command("render")
@click.option("--period", "periods", multiple=True, callback=_period,
              help="A report month, YYYY-MM (repeatable). Default: the latest month with data.")
@click.option("--all", "all_periods", is_flag=True,
              help="Every month with data (of every resolution, unless -r names one).")
@click.option("--lang", default="vi,en", show_default=True, help="Languages, comma-separated.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Parallel workers (default: the machine's cores).")
@click.option("--force", is_flag=True, help="Re-render even what is up to date.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Output folder (default: the project's outputs/, wherever chitieu is run from).")
@click.option("--no-wait", is_flag=True, help="Exit at once if another render is running.")
@click.option("--timeout", type=click.FloatRange(min=1), default=None,
              help="Seconds one report may run before its kernel is stopped (default: 300).")
@click.option("--resolution", "-r", "resolutions", multiple=True,
              help="A resolution to render (repeatable). Default: every resolution on file.")
@click.option("--pdf", is_flag=True,
              help="Also print each report to outputs/pdf/ (A4) with headless Chromium.")
@click.option("--browser", default=None,
              help="The Chromium to print with (default: $CHITIEU_BROWSER, else chromium on PATH).")
@_reports_errors
def render_cmd(periods, all_periods, lang, jobs, force, out, no_wait, timeout, resolutions, pdf,
               browser) -> None:
    """Render the reports: parallel, incremental, atomic; HTML that works offline (and PDF)."""
    import os

    from .render import stamp

    if periods and all_periods:
        raise click.UsageError("give --period or --all, not both")
    try:
        langs = Lang.parse_list(lang)
    except ChitieuError as e:
        raise click.UsageError(f"--lang {lang!r}: {e}") from None
    # nothing heavy is imported before this check: a scheduled run that finds nothing new ends here
    out = (out or paths.project_root() / "outputs").expanduser().resolve()
    run_stamp = stamp.compute({
        "resolutions": sorted(set(resolutions)), "periods": sorted(map(str, periods)),
        "all": all_periods, "langs": sorted(map(str, langs)), "out": str(out)})
    if not force and (pages := stamp.current(out, run_stamp)) is not None:
        reports = sum(p.endswith(".html") for p in pages) - 1  # the home page is no report
        click.echo(f"0 rendered, {reports} up to date, 0 failed, 0 removed: nothing changed since "
                   f"the last complete render; index: {out / 'html' / 'index.html'}", err=True)
        if pdf and not _print_pdfs(out, browser):  # PDFs missing or older than their page
            sys.exit(1)
        return

    from .analysis.series import months_with_data
    from .catalog import targets
    from .render import runner
    from .render.plan import plan
    from .statistics import observations

    out = runner.check_out_dir(out)
    # one city's broken catalog or statistics file stops that city's reports, not the others':
    # the others render, the problems are printed, and the exit code says something was wrong
    skipped: list[str] = []
    off_file: dict[str, str] = {}  # resolution -> the catalog file its kernels must read
    if resolutions:
        catalogs = [targets.load_catalog(r) for r in dict.fromkeys(resolutions)]
        for c in catalogs:
            # a path is one catalog everywhere in the run: refused where its name is on file
            # (which would be read by name elsewhere), read by path in the kernels otherwise
            named = paths.targets_dir() / f"{c.resolution}.yaml"
            if c.path is not None and c.path.resolve() != named.resolve():
                if named.is_file():
                    raise ChitieuError(
                        f"{c.path}: its resolution {c.resolution} is on file ({named}); a render "
                        "uses one catalog per name (allowed: -r " + c.resolution + " for the one "
                        "on file, or another `resolution:` name in the copy)")
                off_file[c.resolution] = str(c.path.resolve())
    else:
        catalogs, broken = targets.scan()
        skipped += broken
    if periods and not resolutions:  # the resolutions whose year the months belong to
        catalogs = [c for c in catalogs if any(p.year == c.year for p in periods)]
        if not catalogs:
            raise ChitieuError(f"no resolution on file covers {', '.join(map(str, periods))} "
                               f"(available: {', '.join(targets.available())})")
    requests = []
    for catalog in catalogs:
        try:
            obs = observations.load(catalog)
        except ObservationsError as e:
            skipped.append(f"{e}\n{catalog.resolution}: not rendered; its previous pages are kept")
            continue
        available = months_with_data(catalog, obs)
        if periods:
            _check_year(catalog, list(periods))
            chosen = sorted(set(periods))
        else:
            chosen = available if all_periods else available[-1:]
        if not chosen:
            click.echo(f"{catalog.resolution}: no month of {catalog.year} has a published figure "
                       "yet: only its targets overview is rendered", err=True)
        asked = plan(catalog, obs, chosen, langs)
        full = plan(catalog, obs, available, list(Lang))
        for j in (*asked, *full) if catalog.resolution in off_file else ():
            j.params["resolution"] = off_file[catalog.resolution]
        keys = {j.key for j in full}
        requests.append(runner.Request(catalog, obs, asked,
                                       full + [j for j in asked if j.key not in keys]))
    for problem in skipped:
        click.echo(problem, err=True)
    summary = runner.run(requests, out, workers=jobs or os.cpu_count() or 1, force=force,
                         wait=not no_wait, log=lambda m: click.echo(m, err=True),
                         wall_limit=timeout or runner.WALL_LIMIT,
                         progress_bar=sys.stderr.isatty(), run_stamp=None if skipped else run_stamp)
    done = sum(o.ok for o in summary.outcomes)
    click.echo(f"{done} rendered, {summary.skipped} up to date, {len(summary.failed)} failed, "
               f"{len(summary.removed)} removed in {summary.seconds:.1f} s; index: {summary.index}",
               err=True)
    for line in runner.failure_report(summary, out):
        click.echo(line, err=True)
    printed = _print_pdfs(out, browser) if pdf else True
    if summary.failed or skipped or not printed:
        sys.exit(1)


def _print_pdfs(out: Path, browser: str | None) -> bool:
    """Print the pages whose PDF is missing or older; False (said why) when there is no browser.
    The HTML is rendered either way."""
    from .render import pdf

    pdf.refuse_links(out)  # before anything: no PDF written or removed through a link
    found = pdf.find_browser(browser)
    if found is None:
        click.echo(f"chitieu: no PDF: no browser found; {pdf.INSTALL_HINT}. The HTML reports are "
                   "rendered.", err=True)
        return False
    todo, stale = pdf.pages_to_print(out)
    for gone in stale:
        gone.unlink(missing_ok=True)
    try:
        pdf.print_pages([(p, pdf.pdf_path(out, p)) for p in todo], found,
                        log=lambda m: click.echo(m, err=True))
    except ChitieuError as e:
        click.echo(f"chitieu: {e}", err=True)
        return False
    click.echo(f"{len(todo)} PDF(s) printed, {len(stale)} removed: {out / 'pdf'}", err=True)
    return True


if __name__ == "__main__":
    main()
