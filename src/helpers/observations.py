"""Published statistics: read, validate, convert units, and select vintages.

Input is long format, one published number per row (DESIGN.md, "Observations"), in
``data/raw/statistics/*.csv`` or ``*.xlsx``. Validation collects **every** problem as a line
``FILE:LINE: column: problem (allowed: …)``; nothing is written when any file is invalid.

Vintages: a row's ``published`` date is when the figure became known. Where the source gives no
date the convention is the last day of the month the figure covers, and ``published_assumed`` is
True in the processed data. A later vintage of the same (indicator, period, span, measure) revises
the earlier one; :func:`as_of` keeps only what was published by a date, latest vintage first.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import difflib
import io
import math
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import atomic, paths, units
from .errors import ObservationsError, UnitError
from .targets import Catalog

COLUMNS = ["indicator", "period", "span", "measure", "value", "qualifier", "unit",
           "published", "source_url", "note"]
REQUIRED = [c for c in COLUMNS if c != "note"]
SPANS = ("month", "ytd", "year")
MEASURES = ("level", "yoy_pct", "share_pct")
QUALIFIERS = ("=", ">", "~")
KEY = ["indicator", "period", "span", "measure"]
# Reference columns of the data-entry workbook (helpers.template): read past without a warning.
TEMPLATE_REFERENCE = ["name_vi", "name_en", "target", "previous"]

# Columns of the processed table (data/processed/observations.parquet).
PROCESSED = ["indicator", "period", "span", "measure", "value", "qualifier", "unit",
             "value_published", "unit_published", "comparable", "reason", "published",
             "published_assumed", "source_url", "note", "file", "line"]

MAX_BYTES = 20 * 1024 * 1024  # a statistics file is kilobytes; 100,000 rows are about 12 MB
MAX_XLSX_UNPACKED = 100 * 1024 * 1024  # a zip bomb renamed .xlsx unpacks to gigabytes
REVISION_WARN_FACTOR = 10
YEARS = (1900, 2199)  # a period outside these is a typing mistake

PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_COMMA_DECIMAL = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+),\d+$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Units that differ only by currency: kept but not comparable, since no exchange rate is on file.
_CURRENCY_PAIRS = {frozenset({"vnd", "usd"}), frozenset({"vnd_per_person", "usd_per_person"})}


@dataclass
class Result:
    """What validating some files found: the good rows, and every problem and warning."""

    frame: pd.DataFrame
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def month_end(period: str) -> dt.date:
    y, m = int(period[:4]), int(period[5:7])
    return dt.date(y, m, calendar.monthrange(y, m)[1])


# --- reading -------------------------------------------------------------------------------------

def _read_csv(path: Path) -> list[tuple[int, dict[str, str]]] | str:
    data = path.read_bytes()
    if not data.strip():
        return "empty file (expected a header line and rows)"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "UTF-16 text; save the file as 'CSV UTF-8' (allowed: UTF-8, with or without BOM)"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        return (f"line {line}: not UTF-8 text (byte 0x{data[e.start]:02x}); save the file as "
                "'CSV UTF-8' (allowed: UTF-8, with or without BOM)")
    if "\x00" in text:
        return "binary data, not CSV text"
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as e:
        return f"unreadable CSV header: {e}"
    header = [h.strip() for h in header]
    rows = []
    try:
        for rec in reader:
            if not any(c.strip() for c in rec):
                continue
            rows.append((reader.line_num, dict(zip(header, rec, strict=False)) | {"__n": len(rec)}))
    except csv.Error as e:
        return f"line {reader.line_num}: unreadable CSV: {e}"
    return header, rows


class _Formula(str):
    """An Excel formula where a typed value belongs."""


def _cell_text(v: object, column: str) -> str:
    if v is None:
        return ""
    if isinstance(v, str) and len(v) > 1 and v.startswith("="):
        return _Formula(v)
    if isinstance(v, dt.datetime | dt.date):
        # Excel turns "2021-09" into a date; a period is its month, a publication date its day.
        return f"{v.year:04d}-{v.month:02d}" if column == "period" else v.strftime("%Y-%m-%d")
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return str(v)


def _read_xlsx(path: Path):
    try:
        with zipfile.ZipFile(path) as z:
            unpacked = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError):
        return "not an Excel .xlsx workbook (not a zip archive)"
    if unpacked > MAX_XLSX_UNPACKED:
        return f"refused: unpacks to {unpacked / 2**20:.0f} MB (allowed: up to " \
               f"{MAX_XLSX_UNPACKED // 2**20} MB)"
    import openpyxl

    try:
        # formulas are read as formulas, to be refused: their cached values may be stale or absent
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as e:  # openpyxl raises many types for a broken workbook
        return f"not a readable .xlsx workbook ({type(e).__name__}: {e})"
    try:
        ws = wb["data"] if "data" in wb.sheetnames else wb.worksheets[0]
        it = ws.iter_rows(values_only=True)
        header = next(it, None)
        if not header or not any(header):
            return "empty workbook (expected a header row and rows in the sheet 'data')"
        header = [_cell_text(h, "").strip() for h in header]
        rows = []
        for n, rec in enumerate(it, start=2):
            cells = {h: _cell_text(v, h) for h, v in zip(header, rec, strict=False) if h}
            # a row with neither value nor source is an unfilled template row, not a figure
            if not cells.get("value", "").strip() and not cells.get("source_url", "").strip():
                continue
            rows.append((n, cells | {"__n": len(header)}))
    finally:
        wb.close()
    return header, rows


def _parse_value(raw: str, decimal_comma: bool) -> float | str:
    s = raw.strip().replace("\u00a0", "").replace(" ", "")
    if decimal_comma:
        s = s.replace(".", "").replace(",", ".")
    elif _COMMA_DECIMAL.match(s):
        return (f"{raw!r} uses ',' as the decimal mark; this file is read with '.' decimals "
                "(allowed: 1234.5; read the file with --decimal-comma)")
    try:
        v = float(s)
    except ValueError:
        return f"not a number: {raw!r} (allowed: a number such as 1234.5)"
    if math.isnan(v) or math.isinf(v):
        return f"not a finite number: {raw!r} (allowed: a finite number)"
    return v


def _check_row(row: dict[str, str], catalog: Catalog, decimal_comma: bool):
    """Validate one row; return (record, [(column, problem)], [(column, warning)])."""
    errs: list[tuple[str, str]] = []
    warns: list[tuple[str, str]] = []
    formulas = [c for c in COLUMNS if isinstance(row.get(c), _Formula)]
    if formulas:
        return None, [(c, f"a formula {row[c][:40]!r} (allowed: the value itself; paste as values)")
                      for c in formulas], warns
    get = {c: (row.get(c) or "").strip() for c in COLUMNS}
    if _CONTROL.search("".join(get.values())):  # one search for the usual clean row
        for c, v in get.items():
            if m := _CONTROL.search(v):
                errs.append((c, f"control character U+{ord(m.group()):04X} in text (allowed: "
                             "printable text)"))
    known = catalog.indicator_units
    ind = get["indicator"]
    if not ind:
        errs.append(("indicator", "empty (allowed: an id listed by `chitieu targets`; in a "
                     "workbook, merged cells leave all but the first empty)"))
    elif ind not in known:
        near = difflib.get_close_matches(ind, known, n=3)
        hint = f"did you mean {', '.join(near)}? " if near else ""
        errs.append(("indicator", f"unknown indicator {ind!r} ({hint}allowed: an id of "
                     f"{catalog.resolution}, listed by `chitieu targets`)"))
    period = get["period"]
    if not PERIOD.match(period):
        errs.append(("period", f"malformed period {period!r} (allowed: YYYY-MM, e.g. 2021-09)"))
        period = ""
    elif not YEARS[0] <= int(period[:4]) <= YEARS[1]:
        errs.append(("period", f"year {period[:4]} out of range (allowed: {YEARS[0]} to {YEARS[1]})"))
        period = ""
    span = get["span"]
    if span not in SPANS:
        errs.append(("span", f"unknown span {span!r} (allowed: {', '.join(SPANS)})"))
    elif span == "year" and period and not period.endswith("-12"):
        errs.append(("span", f"span 'year' with period {period} (allowed: a year's period is "
                     "YYYY-12)"))
    measure = get["measure"]
    if measure not in MEASURES:
        errs.append(("measure", f"unknown measure {measure!r} (allowed: {', '.join(MEASURES)})"))
    qual = get["qualifier"] or "="
    if qual not in QUALIFIERS:
        errs.append(("qualifier", f"unknown qualifier {qual!r} (allowed: empty, "
                     f"{', '.join(QUALIFIERS)})"))
    value: float | None = None
    if not get["value"]:
        errs.append(("value", "empty (allowed: a number; leave a figure out rather than guess it)"))
    else:
        parsed = _parse_value(get["value"], decimal_comma)
        if isinstance(parsed, str):
            errs.append(("value", parsed))
        else:
            value = parsed
            if measure in ("level", "share_pct") and value < 0:
                errs.append(("value", f"negative {measure} {value:g} (allowed: 0 or more)"))
            if measure == "share_pct" and value > 100:
                errs.append(("value", f"share {value:g}% over 100 (allowed: 0 to 100)"))
    unit = target_unit = None
    comparable, reason = True, ""
    try:
        unit = units.canonical(get["unit"])
    except UnitError as e:
        errs.append(("unit", str(e)))
    if unit and ind in known and measure in MEASURES:
        target_unit = known[ind]
        if measure != "level":
            if unit != "percent":
                errs.append(("unit", f"{get['unit']!r} for measure {measure} (allowed: %)"))
            target_unit = "percent"
        elif not units.comparable(unit, target_unit):
            pair = frozenset({units.UNITS[unit].dimension, units.UNITS[target_unit].dimension})
            if pair in _CURRENCY_PAIRS:
                comparable = False
                reason = (f"published in {units.label(unit)}, the target is in "
                          f"{units.label(target_unit)}: no exchange rate on file")
                warns.append(("unit", f"kept but not comparable: {reason}"))
            else:
                errs.append(("unit", f"{get['unit']!r} cannot be converted to the unit of "
                             f"{ind}, {units.label(target_unit)} (allowed: a unit of the same "
                             "kind, e.g. " + units.label(target_unit) + ")"))
    published, assumed = None, False
    if get["published"]:
        try:
            published = dt.date.fromisoformat(get["published"])
        except ValueError:
            errs.append(("published", f"invalid date {get['published']!r} (allowed: YYYY-MM-DD)"))
        if published and period and published < dt.date(int(period[:4]), int(period[5:]), 1):
            errs.append(("published", f"{published} is before the period {period} began "
                         "(allowed: a date on or after the first day of the period)"))
    elif period:
        published, assumed = month_end(period), True
    url = get["source_url"]
    if not url:
        errs.append(("source_url", "empty (allowed: the http(s) address the figure comes from)"))
    elif not re.match(r"^https?://\S+$", url):
        errs.append(("source_url", f"not a web address: {url[:60]!r} (allowed: http:// or "
                     "https:// addresses)"))
    if errs:
        return None, errs, warns
    converted = units.convert(value, unit, target_unit) if comparable else value
    if not math.isfinite(converted):
        return None, [("value", f"{value:g} {get['unit']} is out of range once converted to "
                       f"{units.label(target_unit)} (allowed: a finite figure)")], warns
    rec = {
        "indicator": ind, "period": period, "span": span, "measure": measure,
        "value": converted, "qualifier": qual,
        "unit": target_unit if comparable else unit,
        "value_published": value, "unit_published": get["unit"],
        "comparable": comparable, "reason": reason,
        "published": published, "published_assumed": assumed,
        "source_url": url, "note": get["note"],
    }
    return rec, errs, warns


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def read_file(path: str | Path, catalog: Catalog, *, decimal_comma: bool = False) -> Result:
    """Read and validate one statistics file (``.csv`` or ``.xlsx``), without raising."""
    path = Path(path)
    name = _rel(path)
    empty = pd.DataFrame(columns=PROCESSED)
    try:
        size = path.stat().st_size
    except OSError as e:
        return Result(empty, [f"{name}: cannot read: {e.strerror}"])
    if path.is_dir():
        return Result(empty, [f"{name}: a folder, not a file"])
    if size > MAX_BYTES:
        return Result(empty, [f"{name}: refused: {size / 2**20:.0f} MB (allowed: up to "
                              f"{MAX_BYTES // 2**20} MB)"])
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        got = _read_xlsx(path)
    elif suffix == ".csv":
        got = _read_csv(path)
    else:
        return Result(empty, [f"{name}: unsupported file type {suffix!r} (allowed: .csv, .xlsx)"])
    if isinstance(got, str):
        return Result(empty, [f"{name}: {got}"])
    header, rows = got
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return Result(empty, [f"{name}:1: {c}: missing column (allowed columns: "
                              f"{', '.join(COLUMNS)})" for c in missing])
    result = Result(empty)
    records = []
    extra = [h for h in header if h and h not in COLUMNS + TEMPLATE_REFERENCE]
    if extra:
        result.warnings.append(f"{name}:1: {', '.join(extra)}: unknown column(s), ignored")
    for line, row in rows:
        if row["__n"] > len(header):
            result.errors.append(f"{name}:{line}: (row): {row['__n']} fields, the header has "
                                 f"{len(header)} (a ',' in a value needs quotes)")
            continue
        rec, errs, warns = _check_row(row, catalog, decimal_comma)
        result.errors += [f"{name}:{line}: {c}: {p}" for c, p in errs]
        result.warnings += [f"{name}:{line}: {c}: {p}" for c, p in warns]
        if rec:
            records.append(rec | {"file": name, "line": line})
    if not rows:
        result.errors.append(f"{name}: no rows under the header")
    result.frame = pd.DataFrame(records, columns=PROCESSED)
    return result


def _cross_checks(frame: pd.DataFrame) -> tuple[list[str], list[str]]:
    """Problems between rows: conflicting duplicates (error) and tenfold revisions (warning).

    Vectorised: a statistics file may hold a hundred thousand rows.
    """
    errors, warnings = [], []
    if frame.empty:
        return errors, warnings
    f = frame.assign(where=frame["file"] + ":" + frame["line"].astype(str))
    vintage = KEY + ["published"]
    dups = f[f.duplicated(vintage, keep=False)]
    if not dups.empty:
        first = dups.groupby(vintage, sort=False)[["value_published", "where"]].transform("first")
        clash = dups["value_published"] != first["value_published"]
        errors = [
            f"{where}: value: {v:g} conflicts with {v0:g} at {where0} for the same indicator, "
            "period, span, measure and published date (allowed: one value per vintage)"
            for where, v, where0, v0 in zip(dups["where"][clash], dups["value_published"][clash],
                                             first["where"][clash], first["value_published"][clash],
                                             strict=True)
        ]
    ordered = f.sort_values(vintage)
    prev = ordered.groupby(KEY, sort=False)["value"].shift()
    cur = ordered["value"]
    ratio = (cur / prev).abs()
    jump = ordered[(prev.notna()) & (prev != 0) & (cur != 0)
                   & ((ratio > REVISION_WARN_FACTOR) | (ratio < 1 / REVISION_WARN_FACTOR))]
    warnings = [f"{where}: value: {v:g} moves more than {REVISION_WARN_FACTOR}-fold from the "
                f"previous vintage {p:g}"
                for where, v, p in zip(jump["where"], jump["value"], prev[jump.index], strict=True)]
    return errors, warnings


def validate(files: Iterable[str | Path], catalog: Catalog, *,
             decimal_comma: bool = False) -> Result:
    """Validate several files together (duplicates are checked across them)."""
    results = [read_file(f, catalog, decimal_comma=decimal_comma) for f in files]
    frames = [r.frame for r in results if not r.frame.empty]
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=PROCESSED)
    errors = [e for r in results for e in r.errors]
    warnings = [w for r in results for w in r.warnings]
    cross_err, cross_warn = _cross_checks(frame)
    frame = frame.drop_duplicates(subset=KEY + ["published", "value_published"])
    return Result(frame.reset_index(drop=True), errors + cross_err, warnings + cross_warn)


def raw_files(directory: Path | None = None) -> list[Path]:
    d = directory or paths.statistics_dir()
    return sorted(p for p in d.iterdir() if p.suffix.lower() in (".csv", ".xlsx")
                  and not p.name.startswith((".", "~$")))


def load_raw(catalog: Catalog, directory: Path | None = None) -> pd.DataFrame:
    """Every raw statistics file, validated; :class:`ObservationsError` lists every problem."""
    result = validate(raw_files(directory), catalog)
    if not result.ok:
        raise ObservationsError(result.errors)
    return result.frame


def write_processed(frame: pd.DataFrame, path: Path | None = None) -> Path:
    """Write the processed table atomically (the previous file stays if anything fails)."""
    path = path or paths.observations_path()
    with atomic.atomic_path(path) as tmp:
        frame.to_parquet(tmp, index=False)
    return path


def load(catalog: Catalog, path: Path | None = None) -> pd.DataFrame:
    """The processed observations; rebuilt in memory from raw when missing or older than raw."""
    path = path or paths.observations_path()
    raws = raw_files()
    if path.is_file() and all(p.stat().st_mtime <= path.stat().st_mtime for p in raws):
        frame = pd.read_parquet(path)
        frame["published"] = pd.to_datetime(frame["published"]).dt.date
        return frame
    return load_raw(catalog)


def as_of(frame: pd.DataFrame, date: dt.date | str | None = None) -> pd.DataFrame:
    """The figures known on ``date``: one row per (indicator, period, span, measure), latest vintage.

    ``date`` None means everything on file.
    """
    if date is not None:
        date = dt.date.fromisoformat(date) if isinstance(date, str) else date
        frame = frame[frame["published"] <= date]
    frame = frame.sort_values(KEY + ["published", "file", "line"], kind="stable")
    return frame.drop_duplicates(subset=KEY, keep="last").reset_index(drop=True)


def revisions(frame: pd.DataFrame, indicator: str) -> pd.DataFrame:
    """Every vintage of one indicator's figures, oldest first: for the revision history."""
    f = frame[frame["indicator"] == indicator]
    return f.sort_values(["period", "span", "measure", "published"]).reset_index(drop=True)
