"""Tables flattened to one cell a line (Stt / Chỉ tiêu / value) and pipe tables, read back into
list items.
"""

from __future__ import annotations

import re

from ...values import units
from ..grammar import figures, fold

# units that name what is counted, added to a name that lacks them ("Kết nạp mới" -> "… đảng viên")
_COUNTED = ("party_members", "party_organisations", "communes", "households", "enterprises",
            "projects", "cooperatives")


_STT = re.compile(r"^\s*(?:stt|tt|số tt)\s*$", re.IGNORECASE | re.MULTILINE)
_CELL_NUMBER = re.compile(r"^\s*(\d{1,2}|[IVX]{1,4})\s*$")
_HEAD_UNIT = re.compile(r"\(([^()]{1,25})\)\s*$")


_YEAR_CELL = re.compile(r"^\s*((?:19|20)\d{2})\s*$")
_UNIT_HEADINGS = ("unit", "đơn vị", "đvt", "đơn vị tính")


def _unpipe(text: str) -> str:
    r"""A table copied a row a line, its cells between "|" ("Target | Unit | 2024 | 2025 |", then
    "GRDP scale | trillion dong | 129 | 147 |"), as lines "- name: value unit" of its latest year's
    column, which the list rules read; the earlier years are last year's estimates, not targets.

    >>> _unpipe("Target | Unit | 2024 | 2025 |\nGRDP scale | trillion dong | 129 | 147 |")
    '- GRDP scale: 147 trillion dong'
    """
    lines, out, k = text.split("\n"), [], 0
    while k < len(lines):
        cells = [c.strip() for c in lines[k].strip().strip("|").split("|")]
        years = [(int(m.group(1)), i) for i, c in enumerate(cells) if (m := _YEAR_CELL.match(c))]
        unit = next((i for i, c in enumerate(cells) if fold(c) in _UNIT_HEADINGS), None)
        if len(cells) < 3 or not years or lines[k].count("|") < 3:
            out.append(lines[k])
            k += 1
            continue
        column = max(years)[1]
        k += 1
        while k < len(lines) and lines[k].count("|") >= 3:
            row = [c.strip() for c in lines[k].strip().strip("|").split("|")]
            if len(row) > column and row[column]:
                label = row[unit] if unit is not None and unit < len(row) else ""
                out.append(f"- {row[0]}: {row[column]} {label}".rstrip())
            k += 1
    return "\n".join(out)


def _untable(text: str) -> str:
    """A table copied from a web page one cell a line ("Stt", "Chỉ tiêu", …, then "1", the name,
    the value) as the lines "1. name: value" (and "I. Kinh tế" for a section row), which the
    list rules read. A bare value takes the unit of its name's brackets ("Kim ngạch xuất khẩu
    (triệu USD)" and ">920"); a name that is itself a rate ("Bác sỹ/vạn dân") is the unit of its
    bare value. Any other text is returned as it is."""
    m = _STT.search(text)
    if not m:
        return text
    cells = [c.strip() for c in text[m.end():].split("\n") if c.strip()]
    rows: list[str] = []
    k, last = 0, 0

    def starts_row(cell: str) -> bool:  # the next Stt ("7" after "6"), or a section ("II")
        mark = _CELL_NUMBER.match(cell)
        return bool(mark) and (not mark.group(1).isdigit() or int(mark.group(1)) == last + 1)

    while k < len(cells) and not starts_row(cells[k]):
        k += 1  # the other column headings
    while k < len(cells):
        mark = _CELL_NUMBER.match(cells[k])
        if not mark or not starts_row(cells[k]):
            break
        last = int(mark.group(1)) if mark.group(1).isdigit() else last
        body = []
        k += 1
        while k < len(cells) and not starts_row(cells[k]):
            body.append(cells[k])
            k += 1
        if mark.group(1).isdigit() and len(body) >= 2:
            name, value = body[0], " ".join(body[1:])
            rows.append(f"{mark.group(1)}. {name}: {_with_unit(value, name)}")
        elif body:
            rows.append(f"{mark.group(1)}. {' '.join(body)}")
    return text[:m.start()] + "\n".join(rows) + "\n"


def _with_unit(value: str, name: str) -> str:
    """``value`` with the unit of its row's name after its first number, where it has none."""
    first = re.search(r"\d", value)
    if first is None or any(f.number_start <= first.start() < f.end for f in figures(value)):
        return value
    bracket = _HEAD_UNIT.search(name)
    unit = bracket.group(1) if bracket else (name if "/" in name and len(name) < 30 else "")
    if not unit:  # "Phấn đấu xã đạt chuẩn nông thôn mới" and "07 - 09": what the name counts
        unit = next((label for label in map(lambda u: units.label(u, "vi"), _COUNTED)
                     if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", fold(name))), "")
    number = re.search(r"\d[\d.,]*(?:\s*-\s*\d[\d.,]*)?", value)
    if not unit or not number:
        return value
    return value[:number.end()] + f" {unit}" + value[number.end():]
