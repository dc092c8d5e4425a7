"""Reading statistics files: CSV (UTF-8) and ``.xlsx``, as a header and numbered rows of text.

Reading only: nothing here judges a value (that is :mod:`helpers.statistics.rules`). A file that cannot be
read as a table comes back as an :class:`Unreadable` (where and why), never as an exception, and
never as fewer rows than the file holds: a quote left open, which the csv module would silently
stretch to the end of the file, and a column named twice, of which a dict would keep only the last,
are refused.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import stat
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024  # a statistics file is kilobytes; 100,000 rows are about 12 MB
MAX_XLSX_UNPACKED = 100 * 1024 * 1024  # a zip bomb renamed .xlsx unpacks to gigabytes
SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True)
class Table:
    """A file's header and its non-empty rows: (line number, {column: text}, field count).

    ``unfilled`` counts workbook rows left without a value and a source (template rows);
    ``sheet`` names the worksheet a workbook's rows come from."""

    header: list[str]
    rows: list[tuple[int, dict[str, str], int]]
    unfilled: int = 0
    sheet: str | None = None  # the worksheet read, for a workbook


@dataclass(frozen=True)
class Unreadable:
    """Why a file cannot be read as a table, and where (line and column where known)."""

    message: str
    line: int | None = None
    column: str | None = None


class Formula(str):
    """An Excel formula where a typed value belongs."""


class PercentCell(str):
    """A number in a percent-formatted Excel cell: what the reader saw ("13.5%" is stored 0.135),
    as text; the rules take it where the figure's unit is % and refuse it elsewhere."""


def _percent_text(v: float) -> PercentCell:
    """0.135 shown as 13.5%: the stored fraction × 100, exactly (no 13.500000000000002)."""
    shown = (Decimal(repr(float(v))) * 100).normalize()
    return PercentCell(format(shown, "f"))


def _cell_text(v: object, column: str) -> str:
    if v is None:
        return ""
    if isinstance(v, str) and len(v) > 1 and v.startswith("="):
        return Formula(v)
    if isinstance(v, dt.datetime | dt.date):
        # Excel turns "2021-09" into a date; a period is its month, a publication date its day.
        return f"{v.year:04d}-{v.month:02d}" if column == "period" else v.strftime("%Y-%m-%d")
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return str(v)


def _open_quote(text: str) -> tuple[int, int] | None:
    """Where a quote opens that is never closed, as (line, field index on that line), or None.

    Reads as the csv module does: a quote opens a value only at the value's start, and ``""``
    inside a quoted value is a quote. Only the quote characters are visited.
    """
    opened, pos = None, text.find('"')
    while pos != -1:
        if opened is None:
            if pos == 0 or text[pos - 1] in ",\n":
                opened = pos
            pos = text.find('"', pos + 1)
        elif text.startswith('""', pos):
            pos = text.find('"', pos + 2)
        else:
            opened, pos = None, text.find('"', pos + 1)
    if opened is None:
        return None
    line_start = text.rfind("\n", 0, opened) + 1
    return text.count("\n", 0, opened) + 1, text.count(",", line_start, opened)


def _duplicates(header: list[str]) -> Unreadable | None:
    seen: dict[str, int] = {}
    for i, h in enumerate(header, start=1):
        if h and h in seen:
            return Unreadable(f"the column appears twice, in columns {seen[h]} and {i} (allowed: "
                              "each column once)", 1, h)
        seen.setdefault(h, i)
    return None


def _read_csv(path: Path) -> Table | Unreadable:
    data = path.read_bytes()
    if not data.strip():
        return Unreadable("empty file (expected a header line and rows)")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return Unreadable("UTF-16 text; save the file as 'CSV UTF-8' (allowed: UTF-8, with or "
                          "without BOM)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        return Unreadable(f"not UTF-8 text (byte 0x{data[e.start]:02x}); save the file as 'CSV "
                          "UTF-8' (allowed: UTF-8, with or without BOM)", line)
    if "\x00" in text:
        return Unreadable("binary data, not CSV text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as e:
        return Unreadable(f"unreadable CSV header: {e}", 1)
    header = [h.strip() for h in header]
    if dup := _duplicates(header):
        return dup
    if quote := _open_quote(text):
        line, fld = quote
        column = header[fld] if fld < len(header) else f"field {fld + 1}"
        return Unreadable("a quote opens here and is never closed (allowed: a quoted value ends "
                          "with a closing quote)", line, column)
    rows = []
    try:
        for rec in reader:
            if not any(c.strip() for c in rec):
                continue
            rows.append((reader.line_num, dict(zip(header, rec, strict=False)), len(rec)))
    except csv.Error as e:
        return Unreadable(f"unreadable CSV: {e}", reader.line_num)
    return Table(header, rows)


_CHART = "the sheet 'data' is a chart, not a table (allowed: a worksheet of rows)"


def _chart_named_data(path: Path) -> bool:
    """Whether the workbook's sheet 'data' is a chart sheet (which openpyxl cannot read lazily)."""
    try:
        with zipfile.ZipFile(path) as z:
            book = z.read("xl/workbook.xml").decode("utf-8", "replace")
            rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except (KeyError, OSError, zipfile.BadZipFile):
        return False
    sheet = next((t for t in re.findall(r"<sheet\b[^>]*>", book) if 'name="data"' in t), "")
    rid = re.search(r'r:id="([^"]+)"', sheet)
    return bool(rid) and any(f'Id="{rid.group(1)}"' in t and "chartsheets/" in t
                             for t in re.findall(r"<Relationship\b[^>]*>", rels))


def _read_xlsx(path: Path) -> Table | Unreadable:
    try:
        with zipfile.ZipFile(path) as z:
            unpacked = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError):
        return Unreadable("not an Excel .xlsx workbook (not a zip archive)")
    if unpacked > MAX_XLSX_UNPACKED:
        return Unreadable(f"refused: unpacks to {unpacked / 2**20:.0f} MB (allowed: up to "
                          f"{MAX_XLSX_UNPACKED // 2**20} MB)")
    import openpyxl

    try:
        # formulas are read as formulas, to be refused: their cached values may be stale or absent
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as e:  # openpyxl raises many types for a broken workbook
        if _chart_named_data(path):
            return Unreadable(_CHART)
        return Unreadable(f"not a readable .xlsx workbook ({type(e).__name__}: {e})")
    try:
        ws = _data_sheet(wb)
        if ws is None or not hasattr(ws, "iter_rows"):
            return Unreadable(_CHART)
        for other in wb.worksheets:  # figures on another sheet would be left out without a word
            if (other is not ws and getattr(other, "sheet_state", "visible") == "visible"
                    and _holds_figures(other)):
                return Unreadable(
                    f"the sheet {other.title!r} holds figures too (its header has indicator and "
                    f"value), and only the sheet {ws.title!r} is read (allowed: every figure in "
                    "the sheet 'data', or a file of its own)")
        it = ws.iter_rows()
        header = next(it, None)
        header = [c.value for c in header] if header else None
        if not header or not any(header):
            return Unreadable("empty workbook (expected a header row and rows in the sheet 'data')")
        header = [_cell_text(h, "").strip() for h in header]
        if dup := _duplicates(header):
            return dup
        rows, unfilled = [], 0
        at = header.index("value") if "value" in header else None  # its cell's format is read too
        for n, rec in enumerate(it, start=2):
            cells = {h: _cell_text(c.value, h) for h, c in zip(header, rec, strict=False) if h}
            value = rec[at] if at is not None and at < len(rec) else None
            if (value is not None and isinstance(value.value, int | float)
                    and "%" in (getattr(value, "number_format", "") or "")):
                cells["value"] = _percent_text(value.value)
            # a row with neither value nor source is an unfilled template row, not a figure
            if not cells.get("value", "").strip() and not cells.get("source_url", "").strip():
                unfilled += any(v for v in cells.values())
                continue
            rows.append((n, cells, len(header)))
    except Exception as e:  # a truncated sheet, a number cell holding letters, …
        return Unreadable(f"not a readable .xlsx workbook ({type(e).__name__}: {e})")
    finally:
        wb.close()
    return Table(header, rows, unfilled, ws.title)


def _data_sheet(wb):
    """The sheet 'data' (as the template names it; "Data" or " data " too), else the first."""
    # by name among every sheet: a chart sheet named 'data' is found, to be refused as one
    named = [n for n in wb.sheetnames if n.strip().casefold() == "data"]
    exact = [n for n in named if n == "data"]
    if exact or named:
        return wb[(exact or named)[0]]
    return wb.worksheets[0] if wb.worksheets else None


def _holds_figures(ws) -> bool:
    first = next(ws.iter_rows(max_row=1, values_only=True), ()) if hasattr(ws, "iter_rows") else ()
    header = {str(v).strip().casefold() for v in first if v is not None}
    return {"indicator", "value"} <= header


def read_table(path: Path) -> Table | Unreadable:
    """The header and rows of a ``.csv`` or ``.xlsx`` file, or why it cannot be read.

    Only regular files are read, within :data:`MAX_BYTES`: a FIFO would block for ever and a link
    to ``/dev/zero`` would never end.
    """
    try:
        st = path.stat()
    except OSError as e:
        return Unreadable(f"cannot read: {e.strerror}")
    if stat.S_ISDIR(st.st_mode):
        return Unreadable("a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        return Unreadable(f"not a regular file (allowed: a {' or '.join(SUFFIXES)} file)")
    if st.st_size > MAX_BYTES:
        return Unreadable(f"refused: {st.st_size / 2**20:.0f} MB (allowed: up to "
                          f"{MAX_BYTES // 2**20} MB)")
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            return _read_xlsx(path)
        if suffix == ".csv":
            return _read_csv(path)
    except OSError as e:
        return Unreadable(f"cannot read: {e.strerror}")
    return Unreadable(f"unsupported file type {suffix!r} (allowed: {', '.join(SUFFIXES)})")
