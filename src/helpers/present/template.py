"""The data-entry workbook of ``chitieu template``: one row per leaf target for one month.

The sheet ``data`` has the columns of a statistics file, pre-filled where we can, then reference
columns (names, goal, previous figure) that the reader ignores. A row left without a value and a
source is an unfilled row and is skipped when read, so a half-filled workbook still validates.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from ..catalog.targets import Catalog
from ..statistics.rules import COLUMNS, MEASURES, QUALIFIERS, SPANS, TEMPLATE_REFERENCE
from ..statistics.vintages import as_of
from ..values import atomic, units
from ..values.period import Period
from .fmt import target_text

INSTRUCTIONS = [
    ("Hướng dẫn nhập số liệu", "How to enter figures"),
    ("Mỗi dòng trong trang 'data' là một chỉ tiêu. Nhập số liệu đã công bố vào cột 'value' "
     "(dấu chấm là dấu thập phân: 13.5), ngày công bố vào 'published' (YYYY-MM-DD) và địa chỉ "
     "nguồn vào 'source_url'.",
     "Each row of the sheet 'data' is one target. Type the published figure in 'value' (a point "
     "as the decimal mark: 13.5), the publication date in 'published' (YYYY-MM-DD) and the "
     "source's web address in 'source_url'."),
    ("Chọn 'span', 'measure', 'qualifier', 'unit' từ danh sách. Qualifier: '=' con số, '>' "
     "công bố là 'trên/hơn', '~' công bố là 'khoảng/gần'.",
     "Pick 'span', 'measure', 'qualifier' and 'unit' from the lists. Qualifier: '=' the figure, "
     "'>' published as 'over', '~' published as 'about'."),
    ("Không có số liệu công bố: để trống cả 'value' và 'source_url'; dòng đó được bỏ qua. "
     "Không ước tính, không điền số 0.",
     "No published figure: leave both 'value' and 'source_url' empty; the row is skipped. "
     "Never estimate, never type 0."),
    ("Ghi chú cho người đọc viết bằng tiếng Việt vào 'note'; bản tiếng Anh (nếu có) vào 'note_en' "
     "cho báo cáo tiếng Anh.",
     "A note for readers goes in 'note', in Vietnamese; its English (if any) in 'note_en', for "
     "the English reports."),
    ("Cần thêm dòng (ví dụ số liệu tháng và lũy kế): sao chép dòng rồi sửa.",
     "More rows (say a month figure and a year-to-date one): copy a row and edit it."),
    ("Lưu tệp vào data/raw/statistics/<mã thành phố>/, chạy 'chitieu validate <tệp>' rồi "
     "'make report'.",
     "Save the file into data/raw/statistics/<city id>/, run 'chitieu validate <file>', then "
     "'make report'."),
    ("Các cột name_vi, name_en, target, previous chỉ để tham khảo.",
     "The columns name_vi, name_en, target and previous are for reference only."),
]


def _previous(obs: pd.DataFrame | None, period: str) -> dict[str, str]:
    """The latest figure before ``period`` for each indicator, as reference text."""
    if obs is None or obs.empty:
        return {}
    known = as_of(obs[obs["period"] < period])
    known = known.sort_values(["period", "published"])
    return {
        r.indicator: f"{r.value_published:g} {r.unit_published} ({r.span} {r.period}, {r.measure})"
        for r in known.itertuples()
    }


def write_template(catalog: Catalog, period: Period | str, out: Path,
                   obs: pd.DataFrame | None = None) -> Path:
    """Write the workbook for ``period`` to ``out`` (atomically) and return its path."""
    period = str(Period.parse(period))
    wb = Workbook()
    ws = wb.active
    ws.title = "data"
    header = COLUMNS + TEMPLATE_REFERENCE
    ws.append(header)
    previous = _previous(obs, period)
    for t in catalog.targets:
        measure = "yoy_pct" if t.basis == "growth" else "level"
        unit = "%" if measure == "yoy_pct" else units.label(t.unit, "vi")
        row = {"indicator": t.id, "period": period, "span": "ytd", "measure": measure,
               "qualifier": "=", "unit": unit, "name_vi": t.name.vi, "name_en": t.name.en,
               "target": target_text(t, "vi"), "previous": previous.get(t.id, "")}
        ws.append([row.get(c) for c in header])
    last = ws.max_row
    bold, grey = Font(bold=True), PatternFill("solid", fgColor="EEEEEE")
    for cell in ws[1]:
        cell.font = bold
    # text, so Excel does not turn 2021-09 into a date, nor "13,5%" into the fraction 0.135 (a
    # value typed with % is read as typed where the unit is %)
    for col in ("period", "published", "value"):
        letter = ws.cell(1, header.index(col) + 1).column_letter
        for (cell,) in ws[f"{letter}2:{letter}{last + 200}"]:
            cell.number_format = "@"
    for col in TEMPLATE_REFERENCE:
        for (cell,) in ws.iter_rows(min_row=2, max_row=last,
                                     min_col=header.index(col) + 1, max_col=header.index(col) + 1):
            cell.fill = grey
    widths = {"indicator": 32, "source_url": 40, "note": 30, "note_en": 30, "name_vi": 48, "name_en": 40,
              "previous": 40, "unit": 16, "published": 12}
    for i, col in enumerate(header, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = widths.get(col, 10)
    ws.freeze_panes = "B2"

    lists = wb.create_sheet("lists")
    choices = {"span": SPANS, "measure": MEASURES, "qualifier": QUALIFIERS,
               "unit": sorted({u.vi for u in units.UNITS.values()})}
    for j, (col, values) in enumerate(choices.items(), start=1):
        letter = lists.cell(1, j).column_letter
        lists.cell(1, j, col)
        for i, v in enumerate(values, start=2):
            lists.cell(i, j, v)
        dv = DataValidation(type="list", formula1=f"=lists!${letter}$2:${letter}${len(values) + 1}",
                            allow_blank=True, showErrorMessage=True,
                            error=f"allowed: {', '.join(values)}")
        target_letter = ws.cell(1, header.index(col) + 1).column_letter
        dv.add(f"{target_letter}2:{target_letter}{last + 200}")
        ws.add_data_validation(dv)
    lists.sheet_state = "hidden"

    info = wb.create_sheet("instructions")
    info.append(["Tiếng Việt", "English"])
    for vi, en in INSTRUCTIONS:
        info.append([vi, en])
    info.append([f"Kỳ: {period}", f"Period: {period}"])
    info.append([catalog.title.vi, catalog.title.en])
    info.column_dimensions["A"].width = info.column_dimensions["B"].width = 90
    info["A1"].font = info["B1"].font = bold

    with atomic.atomic_path(out) as tmp:
        wb.save(tmp)
    return out
