"""``chitieu``: the one command line for people and schedulers (DESIGN.md, "Command line").

Exit codes: 0 success, 1 bad input or a failed render (with the reason), 2 usage error.
A user's mistake never shows a traceback: every :class:`ChitieuError` becomes a message.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click
import pandas as pd

from . import observations, paths, targets
from .errors import ChitieuError

FORMATS = click.Choice(["table", "csv", "json"])


def _period(ctx, param, value):
    values = value if isinstance(value, tuple) else (value,)
    for v in values:
        if v is not None and not observations.PERIOD.match(v):
            raise click.BadParameter(f"{v!r} is not a month (allowed: YYYY-MM, e.g. 2021-09)")
    return value


def _reports_errors(fn):
    """Turn a ChitieuError into 'chitieu: error: …' and exit 1, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ChitieuError as e:
            click.echo(f"chitieu: error: {e}", err=True)
            sys.exit(1)

    return wrapper


def emit(frame: pd.DataFrame, fmt: str, table: pd.DataFrame | None = None) -> None:
    """Print ``frame`` as CSV or JSON (every column), or ``table`` (a terminal view) as text."""
    if fmt == "json":
        click.echo(frame.to_json(orient="records", force_ascii=False, indent=1,
                                 date_format="iso"))
    elif fmt == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
    else:
        click.echo(text_table(frame if table is None else table))


def text_table(frame: pd.DataFrame, width: int = 40) -> str:
    """A plain terminal table: text left-aligned, numbers right-aligned, long text cut."""
    cells = frame.astype(object).where(frame.notna(), "").astype(str)
    cells = cells.map(lambda s: s if len(s) <= width else s[: width - 1] + "…")
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
@click.option("--resolution", "-r", default=targets.DEFAULT_RESOLUTION, show_default=True,
              help="Catalog name in data/raw/targets, or a path to a catalog YAML file.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@_reports_errors
def targets_cmd(resolution: str, fmt: str) -> None:
    """List the leaf targets of a resolution."""
    from .fmt import target_text

    frame = targets.load_catalog(resolution).frame()
    table = frame[["number", "id", "group", "name_vi", "kind", "unit", "basis"]].assign(
        target=[target_text(r, "en") for r in frame.itertuples()]
    )
    emit(frame, fmt, table)


@main.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--resolution", "-r", default=targets.DEFAULT_RESOLUTION, show_default=True)
@click.option("--decimal-comma", is_flag=True,
              help="Read values written with ',' as the decimal mark (1.234,5).")
@click.option("--quiet", "-q", is_flag=True, help="Do not print warnings.")
@_reports_errors
def validate_cmd(files: tuple[Path, ...], resolution: str, decimal_comma: bool,
                 quiet: bool) -> None:
    """Check statistics files: exit 0 when valid, 1 with one line per problem."""
    catalog = targets.load_catalog(resolution)
    result = observations.validate(files, catalog, decimal_comma=decimal_comma)
    if not quiet:
        for w in result.warnings:
            click.echo(f"warning: {w}", err=True)
    for e in result.errors:
        click.echo(e)
    if not result.ok:
        click.echo(f"{len(result.errors)} problem(s) in {len(files)} file(s)", err=True)
        sys.exit(1)
    click.echo(f"ok: {len(result.frame)} rows in {len(files)} file(s)", err=True)


@main.command("data")
@click.option("--resolution", "-r", default=targets.DEFAULT_RESOLUTION, show_default=True)
@_reports_errors
def data_cmd(resolution: str) -> None:
    """Validate data/raw/statistics and write data/processed/observations.parquet."""
    catalog = targets.load_catalog(resolution)
    frame = observations.load_raw(catalog)
    out = observations.write_processed(frame)
    click.echo(f"wrote {out.relative_to(paths.project_root())}: {len(frame)} observations",
               err=True)


@main.command("gaps")
@click.option("--period", required=True, callback=_period, help="The report month, YYYY-MM.")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Use only figures published by this date (YYYY-MM-DD).")
@click.option("--resolution", "-r", default=targets.DEFAULT_RESOLUTION, show_default=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--lang", type=click.Choice(["en", "vi"]), default="en", show_default=True,
              help="Language of the reason column.")
@_reports_errors
def gaps_cmd(period: str, as_of, resolution: str, fmt: str, lang: str) -> None:
    """The scorecard: where every target stands at a month."""
    from .fmt import number, pct
    from .progress import scorecard

    catalog = targets.load_catalog(resolution)
    card = scorecard(catalog, observations.load(catalog), period,
                     as_of.date() if as_of else None, lang=lang)
    table = pd.DataFrame({
        "no": card["number"], "id": card["id"],
        "name": card["name_vi"],
        "status": card["status"], "actual": [number(x, "en") for x in card["actual"]],
        "q": card["qualifier"].fillna("").replace("=", ""),
        "as of": card["obs_period"], "% target": [pct(x, "en", 1) for x in card["attainment_pct"]],
        "gap": [number(round(x, 2), "en") if x == x else "–" for x in card["gap"]],
        "projected %": [pct(x, "en", 0) for x in card["projected_attainment_pct"]],
    })
    emit(card, fmt, table)


@main.command("template")
@click.option("--period", required=True, callback=_period, help="The month to enter, YYYY-MM.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Workbook to write (default: chitieu-<period>.xlsx).")
@click.option("--resolution", "-r", default=targets.DEFAULT_RESOLUTION, show_default=True)
@_reports_errors
def template_cmd(period: str, output: Path | None, resolution: str) -> None:
    """Write a data-entry workbook for one month."""
    from .template import write_template

    catalog = targets.load_catalog(resolution)
    try:
        obs = observations.load(catalog)
    except ChitieuError:
        obs = None  # the previous values are a convenience; an invalid raw file must not block
    out = write_template(catalog, period, output or Path(f"chitieu-{period}.xlsx"), obs)
    click.echo(f"wrote {out}", err=True)


@main.command("render")
@click.option("--period", "periods", multiple=True, callback=_period,
              help="A report month, YYYY-MM (repeatable). Default: the latest month with data.")
@click.option("--all", "all_periods", is_flag=True,
              help="Every month from the first to the last with data.")
@click.option("--lang", default="vi,en", show_default=True, help="Languages, comma-separated.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Parallel workers (default: the machine's cores).")
@click.option("--force", is_flag=True, help="Re-render even what is up to date.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("outputs"),
              show_default=True, help="Output folder.")
@click.option("--no-wait", is_flag=True, help="Exit at once if another render is running.")
@click.option("--resolution", "-r", default=targets.DEFAULT_RESOLUTION, show_default=True)
@_reports_errors
def render_cmd(periods, all_periods, lang, jobs, force, out, no_wait, resolution) -> None:
    """Render the reports: parallel, incremental, atomic; HTML that works offline."""
    import os

    from filelock import FileLock, Timeout

    from . import render

    if periods and all_periods:
        raise click.UsageError("give --period or --all, not both")
    langs = [x.strip() for x in lang.split(",") if x.strip()]
    bad = [x for x in langs if x not in render.LANGS]
    if bad or not langs:
        raise click.UsageError(f"--lang {lang!r}: allowed languages are vi, en")
    out = render.check_out_dir(out)
    catalog = targets.load_catalog(resolution)
    obs = observations.load(catalog)
    available = render.months_with_data(catalog, obs)
    if all_periods:
        chosen = available
    elif periods:
        chosen = sorted(set(periods))
    else:
        chosen = available[-1:]
    if not chosen:
        raise ChitieuError(f"no month of {catalog.year} has a published figure: nothing to render")
    out.mkdir(parents=True, exist_ok=True)
    (out / render.STATE).mkdir(exist_ok=True)
    lock = FileLock(str(out / render.STATE / "render.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if no_wait:
            raise ChitieuError(f"another chitieu render is writing to {out}; "
                               "try again later (or run without --no-wait to wait)") from None
        click.echo(f"waiting for another chitieu render writing to {out} to finish…", err=True)
        lock.acquire()
    try:
        plan = render.plan(catalog, obs, chosen, langs, resolution)
        summary = render.render(
            plan, out, catalog_path=catalog.path, obs=obs, workers=jobs or os.cpu_count() or 1,
            force=force, log=lambda m: click.echo(m, err=True),
            progress_bar=sys.stderr.isatty())
        index = render.write_index(out, catalog, obs)
    finally:
        lock.release()
    done = sum(o.ok for o in summary.outcomes)
    click.echo(f"{done} rendered, {summary.skipped} up to date, {len(summary.failed)} failed "
               f"in {summary.seconds:.1f} s; index: {index}", err=True)
    if summary.failed:
        for line in render.failure_report(summary, plan, out):
            click.echo(line, err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
