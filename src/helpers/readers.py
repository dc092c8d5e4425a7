"""Reading statistics files: CSV (UTF-8) and ``.xlsx``, as a header and numbered rows of text.

Reading only: nothing here judges a value (that is :mod:`helpers.rules`). A file that cannot be
read at all comes back as a one-line message instead of rows, never as an exception.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024  # a statistics file is kilobytes; 100,000 rows are about 12 MB
MAX_XLSX_UNPACKED = 100 * 1024 * 1024  # a zip bomb renamed .xlsx unpacks to gigabytes
SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True)
class Table:
    """A file's header and its non-empty rows: (line number, {column: text}, field count)."""

    header: list[str]
    rows: list[tuple[int, dict[str, str], int]]


class Formula(str):
    """An Excel formula where a typed value belongs."""


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


def _read_csv(path: Path) -> Table | str:
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
            rows.append((reader.line_num, dict(zip(header, rec, strict=False)), len(rec)))
    except csv.Error as e:
        return f"line {reader.line_num}: unreadable CSV: {e}"
    return Table(header, rows)


def _read_xlsx(path: Path) -> Table | str:
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
            rows.append((n, cells, len(header)))
    finally:
        wb.close()
    return Table(header, rows)


def read_table(path: Path) -> Table | str:
    """The header and rows of a ``.csv`` or ``.xlsx`` file, or why it cannot be read."""
    try:
        size = path.stat().st_size
    except OSError as e:
        return f"cannot read: {e.strerror}"
    if path.is_dir():
        return "a folder, not a file"
    if size > MAX_BYTES:
        return f"refused: {size / 2**20:.0f} MB (allowed: up to {MAX_BYTES // 2**20} MB)"
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _read_xlsx(path)
    if suffix == ".csv":
        return _read_csv(path)
    return f"unsupported file type {suffix!r} (allowed: {', '.join(SUFFIXES)})"
