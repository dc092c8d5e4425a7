"""The rules a statistics row must follow: pure validation, one :class:`Problem` per mistake.

A row is checked against a :class:`Vocabulary`, the indicator ids of one city's catalogs with their
units. An id that belongs to another city is refused with the city it belongs to: no figure of one
city can ever score another city's target.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import math
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..reading import grammar
from ..values import units
from ..values.errors import UnitError
from ..values.period import Lang, Period, PeriodError
from .readers import Formula, PercentCell, Table
from .vintages import KEY, PUBLISHERS

# ``note`` is Vietnamese (the data-entry person's language); ``note_en`` its English, optional, for
# the English reports
COLUMNS = ["indicator", "period", "span", "measure", "value", "qualifier", "unit",
           "published", "source_url", "note", "note_en", "publisher", "territory"]
REQUIRED = [c for c in COLUMNS if c not in ("publisher", "territory", "note", "note_en")]
SPANS = ("month", "ytd", "year")
MEASURES = ("level", "yoy_pct", "share_pct")
QUALIFIERS = ("=", ">", "~")
# Reference columns of the data-entry workbook (helpers.present.template): read past without a warning.
TEMPLATE_REFERENCE = ["name_vi", "name_en", "target", "previous"]
# Columns of the processed table (data/processed/<city>.parquet). ``reason`` is a code
# (NO_EXCHANGE_RATE) where a figure is kept but cannot be compared; the words are the reports'.
PROCESSED = ["indicator", "period", "span", "measure", "value", "qualifier", "unit",
             "value_published", "unit_published", "comparable", "reason", "published",
             "published_assumed", "source_url", "publisher", "territory", "note", "note_en",
             "file", "line"]
NO_EXCHANGE_RATE = "no_exchange_rate"
OTHER_TERRITORY = "other_territory"  # a figure of another territory than its catalog's
_TERRITORY = re.compile(r"^[a-z][a-z0-9_-]*$", re.ASCII)
REVISION_WARN_FACTOR = 10

# A number as a file may write it: ASCII digits only (float() also takes "1_000", "١٢" and "５").
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$", re.ASCII)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)
# A measure each basis can score; a row of another measure for a target would never be used.
_MEASURES_OF = {"growth": ("yoy_pct",), "flow": ("level", "yoy_pct"),
                "level": ("level", "share_pct", "yoy_pct"), "milestone": ("level", "share_pct")}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Units that differ only by currency: kept but not comparable, since no exchange rate is on file.
_CURRENCY_PAIRS = {frozenset({"vnd", "usd"}), frozenset({"vnd_per_person", "usd_per_person"})}


@dataclass(frozen=True)
class Problem:
    """One mistake in a file: where it is and what is wrong (``FILE:LINE: column: message``)."""

    file: str
    line: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.column}: {self.message}" if self.column else f"{where}: {self.message}"


@dataclass(frozen=True)
class Vocabulary:
    """What one city's statistics may name: its catalogs' ids with their units, and the ids of
    other cities' catalogs (to say where such a row belongs)."""

    city: str
    units: dict[str, str]
    resolutions: tuple[str, ...]
    foreign: dict[str, str] = field(default_factory=dict)
    bases: dict[str, str] = field(default_factory=dict)  # target id -> basis (targets only)


@dataclass
class Checked:
    """The good records of some rows, and every problem and warning found in them."""

    records: list[dict] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def decimal_comma_file(rows: list[tuple[int, dict[str, str], int]]) -> bool:
    """A file writes decimals with a comma when any of its values holds one: the choice is the
    file's, read the same way by every verb."""
    return any("," in (row.get("value") or "") for _, row, _ in rows)


def _parse_value(raw: str, decimal_comma: bool) -> float | str:
    # thousands may be split by a space, a no-break, thin or narrow no-break space
    s = re.sub("[ \u00a0\u2009\u202f]", "", raw.strip())
    if decimal_comma:
        # the Vietnamese way (helpers.reading.grammar): a decimal comma, dots only between thousands
        sign, digits = (s[0], s[1:]) if s[:1] in "+-" else ("", s)
        try:
            s = sign + repr(grammar.parse_number(digits, Lang.VI))
        except ValueError:
            return (f"{raw!r}: this file mixes decimal marks: other values use ',' as the decimal "
                    "mark, so '.' may only group thousands (allowed: one mark per file: 1234,5 "
                    "or 1.234,5 throughout, or 1234.5 throughout)")
    if s.lower().lstrip("+-") in ("nan", "inf", "infinity"):
        return f"not a finite number: {raw!r} (allowed: a finite number)"
    if not _NUMBER.match(s):
        return f"not a number: {raw!r} (allowed: a number such as 1234.5)"
    try:
        v = float(s)
    except ValueError:
        return f"not a number: {raw!r} (allowed: a number such as 1234.5)"
    if math.isnan(v) or math.isinf(v):
        return f"not a finite number: {raw!r} (allowed: a finite number)"
    return v


@functools.lru_cache(maxsize=4096)
def _period(text: str) -> Period:
    """A row's period; cached, as a file repeats a few periods over thousands of rows."""
    return Period.strict(text)


@functools.lru_cache(maxsize=4096)
def _date(text: str) -> dt.date:
    """A row's publication date, ``YYYY-MM-DD`` exactly (``fromisoformat`` alone also takes
    ``20211015`` and ``2021-W42-1``); cached, as dates repeat."""
    if not _DATE.match(text):
        raise ValueError(text)
    return dt.date.fromisoformat(text)


def _indicator(ind: str, vocab: Vocabulary) -> str | None:
    """Why an indicator id cannot be used in this city's statistics, or None."""
    if not ind:
        return ("empty (allowed: an id listed by `chitieu targets`; in a workbook, merged cells "
                "leave all but the first empty)")
    if ind in vocab.units:
        return None
    if ind in vocab.foreign:
        other = vocab.foreign[ind]
        return (f"{ind!r} is an indicator of the city {other!r}, not of {vocab.city!r}: move this "
                f"row to data/raw/statistics/{other}/ (allowed here: the ids of "
                f"{', '.join(vocab.resolutions)})")
    # ids are lower case: "BUDGET_REVENUE" is compared as typed in lower case, so it is near
    near = difflib.get_close_matches(ind.casefold(), vocab.units, n=3)
    hint = f"did you mean {', '.join(near)}? " if near else ""
    return (f"unknown indicator {ind!r} ({hint}allowed: an id of {', '.join(vocab.resolutions)}, "
            f"listed by `chitieu targets -r {vocab.resolutions[-1]}`)")


def _is_percent(unit: str) -> bool:
    """Whether a row's unit is % (where an Excel percent cell is read as the reader saw it)."""
    try:
        return units.canonical(unit) == "percent"
    except UnitError:
        return False


def check_row(row: dict[str, str], vocab: Vocabulary, decimal_comma: bool = False,
              today: dt.date | None = None):
    """Validate one row; return (record or None, [(column, problem)], [(column, warning)])."""
    today = today or dt.date.today()
    errs: list[tuple[str, str]] = []
    warns: list[tuple[str, str]] = []
    formulas = [c for c in COLUMNS if isinstance(row.get(c), Formula)]
    if formulas:
        return None, [(c, f"a formula {row[c][:40]!r} (allowed: the value itself; paste as values)")
                      for c in formulas], warns
    get = {c: (row.get(c) or "").strip() for c in COLUMNS}
    if _CONTROL.search("".join(get.values())):  # one search for the usual clean row
        for c, v in get.items():
            if m := _CONTROL.search(v):
                errs.append((c, f"control character U+{ord(m.group()):04X} in text (allowed: "
                             "printable text)"))
    ind = get["indicator"]
    if why := _indicator(ind, vocab):
        errs.append(("indicator", why))
    period: Period | None = None
    try:
        period = _period(get["period"])
    except PeriodError as e:
        errs.append(("period", str(e)))
    span = get["span"]
    if span not in SPANS:
        errs.append(("span", f"unknown span {span!r} (allowed: {', '.join(SPANS)})"))
    elif span == "year" and period and period.month != 12:
        errs.append(("span", f"span 'year' with period {period} (allowed: a year's period is "
                     "YYYY-12)"))
    measure = get["measure"]
    if measure not in MEASURES:
        errs.append(("measure", f"unknown measure {measure!r} (allowed: {', '.join(MEASURES)})"))
    elif ind in vocab.bases and measure not in _MEASURES_OF[vocab.bases[ind]]:
        basis = vocab.bases[ind]
        errs.append(("measure", f"{measure!r} for {ind}, a {basis} target (allowed: "
                     f"{', '.join(_MEASURES_OF[basis])})"))
    qual = get["qualifier"] or "="
    if qual not in QUALIFIERS:
        errs.append(("qualifier", f"unknown qualifier {qual!r} (allowed: empty, "
                     f"{', '.join(QUALIFIERS)})"))
    value: float | None = None
    percent_unit = _is_percent(get["unit"])
    percent_cell = isinstance(row.get("value"), PercentCell)
    if percent_unit and get["value"].endswith("%"):  # "13.5%" typed as text: the unit says %
        get["value"] = get["value"][:-1].strip()
    if percent_cell and not percent_unit:
        errs.append(("value", f"a percent-formatted cell ({get['value']}%) for a figure in "
                     f"{get['unit']} (allowed: the number as published, in a cell without the % format)"))
    elif not get["value"]:
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
    if unit and ind in vocab.units and measure in MEASURES:
        target_unit = vocab.units[ind]
        if measure != "level":
            if unit != "percent":
                errs.append(("unit", f"{get['unit']!r} for measure {measure} (allowed: %)"))
            target_unit = "percent"
        elif not units.comparable(unit, target_unit):
            pair = frozenset({units.UNITS[unit].dimension, units.UNITS[target_unit].dimension})
            if pair in _CURRENCY_PAIRS:
                comparable, reason = False, NO_EXCHANGE_RATE
                warns.append(("unit", f"kept but not comparable: published in "
                              f"{units.label(unit)}, the target is in {units.label(target_unit)}: "
                              "no exchange rate on file"))
            else:
                errs.append(("unit", f"{get['unit']!r} cannot be converted to the unit of "
                             f"{ind}, {units.label(target_unit)} (allowed: a unit of the same "
                             "kind, e.g. " + units.label(target_unit) + ")"))
    published, assumed = None, False
    if get["published"]:
        try:
            published = _date(get["published"])
        except ValueError:
            errs.append(("published", f"invalid date {get['published']!r} (allowed: YYYY-MM-DD)"))
        if published and period and published < period.first_day:
            errs.append(("published", f"{published} is before the period {period} began "
                         "(allowed: a date on or after the first day of the period)"))
        if published and published > today:
            warns.append(("published", f"{published} is in the future (today is {today}); "
                          "check the date"))
    elif period:
        published, assumed = period.last_day, True
    url = get["source_url"]
    if not url:
        errs.append(("source_url", "empty (allowed: the http(s) address the figure comes from)"))
    elif not re.match(r"^https?://\S+$", url):
        errs.append(("source_url", f"not a web address: {url[:60]!r} (allowed: http:// or "
                     "https:// addresses)"))
    publisher = get["publisher"]
    if publisher and publisher not in PUBLISHERS:
        errs.append(("publisher", f"{publisher[:40]!r} is not a publisher (allowed: "
                     f"{', '.join(PUBLISHERS)}, or empty)"))
    territory = get["territory"]
    if territory and not _TERRITORY.match(territory):
        errs.append(("territory", f"{territory[:40]!r} is not a territory id (allowed: the id a "
                     "catalog's 'territory' names, in lower-case letters, digits, '-' and '_'; "
                     "empty for the city's first territory)"))
    if errs:
        return None, errs, warns
    converted = units.convert(value, unit, target_unit) if comparable else value
    if not math.isfinite(converted):
        return None, [("value", f"{value:g} {get['unit']} is out of range once converted to "
                       f"{units.label(target_unit)} (allowed: a finite figure)")], warns
    rec = {
        "indicator": ind, "period": str(period), "span": span, "measure": measure,
        "value": converted, "qualifier": qual,
        "unit": target_unit if comparable else unit,
        "value_published": value, "unit_published": get["unit"],
        "comparable": comparable, "reason": reason,
        "published": published, "published_assumed": assumed,
        "source_url": url, "publisher": publisher, "territory": territory, "note": get["note"],
        "note_en": get["note_en"],
    }
    return rec, errs, warns


def _looks(text: str) -> str:
    """A header as a person sees it: no case, no invisible characters (zero-width spaces, BOMs)."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf").strip().casefold()


def _missing(column: str, header: list[str]) -> str:
    """Why a required column is missing, naming the header cell that looks like it, if any."""
    for i, h in enumerate(header, start=1):
        if h and h != column and _looks(h) == column:
            return (f"missing column: the header has {h!r} in column {i} (allowed: the name "
                    f"exactly {column!r})")
    return f"missing column (allowed columns: {', '.join(COLUMNS)})"


def check_table(name: str, table: Table, vocab: Vocabulary) -> Checked:
    """Every row of one file, checked; ``name`` is how problems name the file. The file's own
    values decide its decimal mark (:func:`decimal_comma_file`), the same for every verb."""
    out = Checked()
    decimal_comma = decimal_comma_file(table.rows)
    today = dt.date.today()
    missing = [c for c in REQUIRED if c not in table.header]
    if missing:
        where = f" (the sheet read: {table.sheet!r})" if table.sheet is not None else ""
        out.errors = [Problem(name, 1, c, _missing(c, table.header) + where) for c in missing]
        return out
    extra = [h for h in table.header if h and h not in COLUMNS + TEMPLATE_REFERENCE]
    if extra:
        out.warnings.append(Problem(name, 1, ", ".join(extra), "unknown column(s), ignored"))
    for line, row, n in table.rows:
        if n > len(table.header):
            out.errors.append(Problem(name, line, "(row)", f"{n} fields, the header has "
                                      f"{len(table.header)} (a ',' in a value needs quotes)"))
            continue
        rec, errs, warns = check_row(row, vocab, decimal_comma, today)
        out.errors += [Problem(name, line, c, p) for c, p in errs]
        out.warnings += [Problem(name, line, c, p) for c, p in warns]
        if rec:
            out.records.append(rec | {"file": name, "line": line})
    if not table.rows and table.unfilled:
        out.warnings.append(Problem(name, None, None, "no figure filled in yet (an unfilled "
                                    "workbook; rows with a value or a source are read)"))
    elif not table.rows:
        out.errors.append(Problem(name, None, None, "no rows under the header"))
    return out


def cross_checks(frame: pd.DataFrame) -> tuple[list[Problem], list[Problem]]:
    """Problems between rows: conflicting duplicates (error) and tenfold revisions (warning).

    Vectorised: a statistics file may hold a hundred thousand rows.
    """
    errors: list[Problem] = []
    warnings: list[Problem] = []
    if frame.empty:
        return errors, warnings
    # one value per vintage of each publisher and territory: two publishers may disagree, and
    # both are kept; the old and the merged city's figures on one page are two figures
    place = ["territory"] if "territory" in frame else []
    if place:
        frame = frame.assign(territory=frame["territory"].fillna("").astype(str))
    vintage = KEY + ["published", "publisher"] + place
    dups = frame[frame.duplicated(vintage, keep=False)]
    if not dups.empty:
        # compared once converted: 33.5 million tonnes and 33,500 thousand tonnes are one figure,
        # 5.72 bn USD and 5.72 million USD are two
        shown = dups["value_published"].map("{:g}".format) + " " + dups["unit_published"]
        dups = dups.assign(shown=shown)
        first = dups.groupby(vintage, sort=False)[["value", "shown", "file", "line"]] \
            .transform("first")
        clash = ~np.isclose(dups["value"], first["value"], rtol=1e-12, atol=0)
        errors = [
            Problem(f, ln, "value", f"{v} conflicts with {v0} at {f0}:{ln0} for the same "
                    "indicator, period, span, measure, published date and publisher (allowed: "
                    "one value per vintage of a publisher)")
            for f, ln, v, f0, ln0, v0 in zip(
                dups["file"][clash], dups["line"][clash], dups["shown"][clash],
                first["file"][clash], first["line"][clash], first["shown"][clash], strict=True)
        ]
    ordered = frame.sort_values(vintage)
    prev = ordered.groupby(KEY + ["publisher"] + place, sort=False)["value"].shift()  # by date
    cur = ordered["value"]
    ratio = (cur / prev).abs()
    jump = ordered[(prev.notna()) & (prev != 0) & (cur != 0)
                   & ((ratio > REVISION_WARN_FACTOR) | (ratio < 1 / REVISION_WARN_FACTOR))]
    warnings = [Problem(f, ln, "value", f"{v:g} moves more than {REVISION_WARN_FACTOR}-fold from "
                        f"the previous vintage {p:g}")
                for f, ln, v, p in zip(jump["file"], jump["line"], jump["value"],
                                       prev[jump.index], strict=True)]
    return errors, warnings
