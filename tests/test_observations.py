"""Statistics files: every validation rule with a small file that breaks it, the good cases,
units, vintages and the bundled data."""

from __future__ import annotations

import datetime as dt
import unicodedata

import openpyxl
import pytest
from click.testing import CliRunner

from conftest import ROOT, use_project
from helpers.cli import main
from helpers.present.template import write_template
from helpers.statistics import observations as obs
from helpers.statistics.rules import COLUMNS, NO_EXCHANGE_RATE
from helpers.values import units
from helpers.values.errors import UnitError

HEADER = "indicator,period,span,measure,value,qualifier,unit,published,source_url,note\n"
URL = "https://example.org/a"
GOOD_ROW = f"exports,2021-03,ytd,level,5.72,=,tỷ USD,2021-04-02,{URL},\n"
BUNDLED = ROOT / "data/raw/statistics/haiphong/haiphong-2021-published.csv"


def check(write, catalog, rows: str, name="s.csv", **kw) -> obs.Result:
    return obs.validate([write(name, HEADER + rows)], catalog, **kw)


# --- units ---------------------------------------------------------------------------------------

def test_units_convert_by_scale():
    assert units.convert(920.7, "triệu USD", "billion_usd") == 0.9207
    assert units.convert(118, "nghìn tỷ đồng", "billion_vnd") == 118000
    assert units.convert(10312, "nghìn tấn", "million_tonnes") == 10.312
    assert units.canonical("Tỷ  đồng") == "billion_vnd"
    assert units.canonical("bn VND") == "billion_vnd"


def test_unknown_unit_lists_the_known_ones():
    with pytest.raises(UnitError, match=r"unknown unit 'gallons' \(allowed: .*tỷ đồng"):
        units.canonical("gallons")


def test_other_dimension_is_not_converted():
    with pytest.raises(UnitError, match="no exchange rate"):
        units.convert(152.34, "triệu đồng/người", "usd_per_person")


# --- good cases ----------------------------------------------------------------------------------

def test_good_file_converts_units(write, catalog):
    r = check(write, catalog, f"fdi_attracted,2021-03,ytd,level,920.7,,triệu USD,,{URL},as of 29 March\n")
    assert r.ok, r.errors
    row = r.frame.iloc[0]
    assert (row.value, row.unit, row.value_published, row.qualifier) == (0.9207, "billion_usd", 920.7, "=")
    assert row.published == dt.date(2021, 3, 31) and row.published_assumed


def test_bom_and_crlf_are_fine(write, catalog):
    data = ("\ufeff" + HEADER + GOOD_ROW).replace("\n", "\r\n").encode("utf-8")
    r = obs.validate([write("excel.csv", data)], catalog)
    assert r.ok, r.errors
    assert r.frame.iloc[0].value == 5.72


def test_xlsx_is_read(tmp_path, catalog):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(COLUMNS)
    ws.append(["port_cargo", "2021-09", "ytd", "level", 106.32, "=", "triệu tấn", None, URL, None])
    ws.append(["port_cargo", dt.datetime(2021, 3, 1), "ytd", "level", 33930, "=", "nghìn tấn",
               dt.datetime(2021, 4, 1), URL, None])  # Excel turned the period into a date
    wb.save(tmp_path / "s.xlsx")
    r = obs.validate([tmp_path / "s.xlsx"], catalog)
    assert r.ok, r.errors
    assert sorted(r.frame.value) == [33.93, 106.32]
    assert set(r.frame.line) == {2, 3}


def test_vnd_against_usd_target_is_kept_not_comparable(write, catalog):
    r = check(write, catalog, f"grdp_per_capita,2021-12,year,level,152.34,,triệu đồng/người,,{URL},\n")
    assert r.ok
    row = r.frame.iloc[0]
    assert not row.comparable and row.reason == NO_EXCHANGE_RATE
    assert (row.value, row.unit) == (152.34, "million_vnd_per_person")
    assert any("not comparable" in w.message for w in r.warnings)


# --- every rule ----------------------------------------------------------------------------------

BAD = [
    ("gdp_growth,2021-03,ytd,yoy_pct,1,,%,,URL,", "indicator: unknown indicator 'gdp_growth' "
     "(did you mean grdp_growth"),
    ("exports,2021-3,ytd,level,1,,tỷ USD,,URL,", "period: malformed period '2021-3' (allowed: YYYY-MM"),
    ("exports,2021-13,ytd,level,1,,tỷ USD,,URL,", "period: malformed period '2021-13'"),
    ("exports,2021-09,year,level,1,,tỷ USD,,URL,", "span: span 'year' with period 2021-09"),
    ("exports,2021-09,quarter,level,1,,tỷ USD,,URL,", "span: unknown span 'quarter' (allowed: month, ytd, year)"),
    ("exports,2021-09,ytd,total,1,,tỷ USD,,URL,", "measure: unknown measure 'total' (allowed: level"),
    ("exports,2021-09,ytd,level,1,<,tỷ USD,,URL,", "qualifier: unknown qualifier '<' (allowed: empty, =, >, ~)"),
    ("exports,2021-09,ytd,level,,,tỷ USD,,URL,", "value: empty"),
    ("exports,2021-09,ytd,level,abc,,tỷ USD,,URL,", "value: not a number: 'abc'"),
    ("exports,2021-09,ytd,level,nan,,tỷ USD,,URL,", "value: not a finite number: 'nan'"),
    ("exports,2021-09,ytd,level,inf,,tỷ USD,,URL,", "value: not a finite number: 'inf'"),
    ("exports,2021-09,ytd,level,-1,,tỷ USD,,URL,", "value: negative level -1 (allowed: 0 or more)"),
    ("exports,2021-09,ytd,level,1,,gallons,,URL,", "unit: unknown unit 'gallons' (allowed:"),
    ("exports,2021-09,ytd,level,1,,triệu tấn,,URL,", "unit: 'triệu tấn' cannot be converted to the unit of exports"),
    ("exports,2021-09,ytd,yoy_pct,1,,tỷ USD,,URL,", "unit: 'tỷ USD' for measure yoy_pct (allowed: %)"),
    ("exports,2021-09,ytd,level,1,,tỷ USD,2021-31-12,URL,", "published: invalid date '2021-31-12'"),
    ("exports,2021-09,ytd,level,1,,tỷ USD,2021-08-30,URL,", "published: 2021-08-30 is before the period 2021-09 began"),
    ("exports,2021-09,ytd,level,1,,tỷ USD,,,", "source_url: empty"),
    ("exports,2021-09,ytd,level,1,,tỷ USD,,javascript:alert(1),", "source_url: not a web address"),
]


def test_a_file_mixing_decimal_marks_is_refused(write, catalog):
    # "5,72" makes it a comma-decimal file, where the good row's "5.72" would mean 572: ambiguous
    r = check(write, catalog, GOOD_ROW + f'exports,2021-09,ytd,level,"5,72",,tỷ USD,,{URL},\n')
    assert [str(e).split("s.csv")[1] for e in r.errors] == [
        ":2: value: '5.72': this file mixes decimal marks: other values use ',' as the decimal mark, "
        "so '.' may only group thousands (allowed: one mark per file: 1234,5 or 1.234,5 throughout, "
        "or 1234.5 throughout)"]


@pytest.mark.parametrize("row, expected", BAD, ids=[b[1].split(":")[0] + str(i) for i, b in enumerate(BAD)])
def test_each_rule_reports_file_line_column(write, catalog, row, expected):
    r = check(write, catalog, GOOD_ROW + row.replace("URL", URL) + "\n")
    assert not r.ok
    assert len(r.errors) == 1, r.errors
    assert ("s.csv:3: " + expected) in str(r.errors[0])


def test_every_problem_is_reported_not_just_the_first(write, catalog):
    r = check(write, catalog, "x,2021-3,q,level,abc,,tỷ USD,,,\n" + GOOD_ROW + "exports,bad,ytd,level,1,,tỷ USD,,,\n")
    cols = [e.column for e in r.errors]
    assert cols == ["indicator", "period", "span", "value", "source_url", "period", "source_url"]


def test_conflicting_duplicate_vintage(write, catalog):
    path = write("s.csv", HEADER + GOOD_ROW + GOOD_ROW.replace("5.72", "5.8"))
    r = obs.validate([path], catalog)
    assert list(map(str, r.errors)) == [f"{path}:3: value: 5.8 tỷ USD conflicts with 5.72 tỷ USD at {path}:2 for the same indicator, "
                        "period, span, measure, published date and publisher (allowed: one value per "
                        "vintage of a publisher)"]
    assert check(write, catalog, GOOD_ROW + GOOD_ROW).ok  # the same figure twice is harmless


def test_file_level_problems(write, catalog):
    def errors(name, content):
        return [str(e) for e in obs.validate([write(name, content)], catalog).errors]

    assert errors("e.csv", b"") == ["e.csv: empty file (expected a header line and rows)"] or \
        errors("e.csv", b"")[0].endswith("e.csv: empty file (expected a header line and rows)")
    assert "indicator: missing column" in errors("m.csv", HEADER.replace("indicator,", "") + "x\n")[0]
    assert "not UTF-8 text" in errors("w.csv", unicodedata.normalize("NFD", HEADER + GOOD_ROW).encode("cp1258"))[0]
    assert "UTF-16" in errors("u.csv", (HEADER + GOOD_ROW).encode("utf-16"))[0]
    assert "unsupported file type '.txt'" in errors("a.txt", "x")[0]
    assert "not a zip archive" in errors("z.xlsx", b"not a zip")[0]


def test_tenfold_revision_is_a_warning(write, catalog):
    later = GOOD_ROW.replace("5.72", "57.2").replace("2021-04-02", "2021-05-02")
    r = check(write, catalog, GOOD_ROW + later)
    assert r.ok
    assert any("more than 10-fold" in w.message for w in r.warnings)


# --- vintages ------------------------------------------------------------------------------------

def test_as_of_sees_only_what_was_published(write, catalog):
    r = check(write, catalog, GOOD_ROW + GOOD_ROW.replace("5.72", "5.9").replace("2021-04-02", "2021-06-01"))
    assert r.ok
    assert obs.as_of(r.frame).value.tolist() == [5.9]
    assert obs.as_of(r.frame, "2021-05-01").value.tolist() == [5.72]
    assert obs.as_of(r.frame, "2021-04-01").empty


def test_bundled_port_figure_resolves_to_the_later_official_one(catalog):
    frame = obs.load_raw(catalog)
    ports = obs.as_of(frame).query("indicator == 'port_cargo' and span == 'year' and period == '2021-12' and measure == 'level'")
    assert ports.value.tolist() == [151.1]
    before = obs.as_of(frame, "2022-01-15").query("indicator == 'port_cargo' and span == 'year' and period == '2021-12'")
    assert before.value.tolist() == [150.16]


# --- the bundled data ----------------------------------------------------------------------------

def test_bundled_data_validate_clean_with_pinned_counts(catalog):
    r = obs.validate([BUNDLED], catalog)
    assert r.ok, r.errors
    counts = r.frame.groupby("indicator").size().to_dict()
    assert counts == {
        "budget_revenue": 12, "budget_revenue_domestic": 5, "exports": 4, "fdi_attracted": 6,
        "grdp_constant_2010": 1, "grdp_current": 1, "grdp_growth": 7, "grdp_growth_agriculture": 4,
        "grdp_growth_industry_construction": 3, "grdp_growth_services": 3, "grdp_per_capita": 1,
        "iip_growth": 8, "jobs_created": 1, "port_cargo": 6, "social_investment": 3,
        "tfp_contribution": 1, "manufacturing_share_grdp": 2, "hightech_share_manufacturing": 2,
    }
    assert r.frame.source_url.str.startswith("http").all()
    over = r.frame.query("qualifier == '>'")
    assert len(over) == 10 and (r.frame.qualifier == "~").sum() == 1


# --- command line --------------------------------------------------------------------------------

def test_validate_exit_codes(write):
    good = write("g.csv", HEADER + GOOD_ROW)
    bad = write("b.csv", HEADER + GOOD_ROW.replace("5.72", "x"))
    run = CliRunner().invoke
    assert run(main, ["validate", str(good)]).exit_code == 0
    out = run(main, ["validate", str(good), str(bad)])
    assert out.exit_code == 1 and "b.csv:2: value: not a number: 'x'" in out.output
    assert "Traceback" not in out.output
    assert run(main, ["validate"]).exit_code == 2
    assert run(main, ["validate", "--nope", str(good)]).exit_code == 2


def test_data_writes_nothing_when_a_file_is_invalid(tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "data/raw/statistics/haiphong").mkdir(parents=True)
    (home / "data/raw/targets").mkdir(parents=True)
    (home / "data/raw/targets/haiphong-2021.yaml").write_bytes(
        (ROOT / "data/raw/targets/haiphong-2021.yaml").read_bytes())
    (home / "data/raw/statistics/haiphong/a.csv").write_text(HEADER + GOOD_ROW, encoding="utf-8")
    use_project(home, monkeypatch)
    assert CliRunner().invoke(main, ["data"]).exit_code == 0
    processed = home / "data/processed/haiphong.parquet"
    before = processed.read_bytes()
    (home / "data/raw/statistics/haiphong/b.csv").write_text(HEADER + "exports,x\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["data"])
    assert out.exit_code == 1 and "b.csv:2" in out.output
    assert processed.read_bytes() == before
    assert sorted(p.name for p in processed.parent.iterdir()) == ["haiphong.parquet"]


def test_template_round_trip(tmp_path, catalog):
    out = write_template(catalog, "2021-10", tmp_path / "t.xlsx", obs.load_raw(catalog))
    wb = openpyxl.load_workbook(out)
    ws = wb["data"]
    header = [c.value for c in ws[1]]
    assert header[: len(COLUMNS)] == COLUMNS
    assert sum(1 for r in ws.iter_rows(min_row=2) if r[0].value) == 38
    assert {str(dv.sqref)[0] for dv in ws.data_validations.dataValidation} == {
        "C", "D", "F", "G"}
    assert "instructions" in wb.sheetnames
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    # the latest figure before October: the nine-month figure, 106.32 million tonnes
    assert rows["port_cargo"][header.index("previous")].value == "106.32 triệu tấn (ytd 2021-09, level)"
    col = {h: i for i, h in enumerate(header)}
    for tid, value in (("budget_revenue", 74000.5), ("grdp_growth", 12.1)):
        rows[tid][col["value"]].value = value
        rows[tid][col["source_url"]].value = URL
        rows[tid][col["published"]].value = "2021-11-05"
    wb.save(out)
    r = obs.validate([out], catalog)
    assert r.ok, r.errors
    assert sorted(r.frame.indicator) == ["budget_revenue", "grdp_growth"]
    assert r.frame.set_index("indicator").loc["grdp_growth", "measure"] == "yoy_pct"


def test_an_excel_percent_cell_is_read_as_typed(tmp_path, catalog):
    """GRDP growth typed "13.5%" in Excel is stored 0.135 with a percent format (issue 26): read
    as 13.5 where the unit is %, refused with the file, row and column where it is not."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(COLUMNS)
    ws.append(["grdp_growth", "2021-09", "ytd", "yoy_pct", 0.1228, "=", "%", None, URL, None])
    ws.append(["iip_growth", "2021-09", "ytd", "yoy_pct", 0.1968, "=", "%", None, URL, None])
    ws.append(["exports", "2021-09", "ytd", "level", 0.1854, "=", "tỷ USD", None, URL, None])
    for row in (2, 3, 4):
        ws.cell(row, COLUMNS.index("value") + 1).number_format = "0.00%"
    ws.append(["port_cargo", "2021-09", "ytd", "level", 106.32, "=", "triệu tấn", None, URL, None])
    wb.save(tmp_path / "s.xlsx")
    r = obs.validate([tmp_path / "s.xlsx"], catalog)
    assert [str(e) for e in r.errors] == [
        f"{tmp_path / 's.xlsx'}:4: value: a percent-formatted cell (18.54%) for a figure in tỷ USD "
        "(allowed: the number as published, in a cell without the % format)"]
    wb = openpyxl.load_workbook(tmp_path / "s.xlsx")
    wb.active.delete_rows(4)
    wb.save(tmp_path / "s.xlsx")
    r = obs.validate([tmp_path / "s.xlsx"], catalog)
    assert r.ok, r.errors
    assert dict(zip(r.frame.indicator, r.frame.value, strict=True)) == {
        "grdp_growth": 12.28, "iip_growth": 19.68, "port_cargo": 106.32}


def test_the_template_formats_its_value_column_as_a_plain_number(tmp_path, catalog):
    out = write_template(catalog, "2021-10", tmp_path / "t.xlsx", obs.load_raw(catalog))
    ws = openpyxl.load_workbook(out)["data"]
    header = [c.value for c in ws[1]]
    col = header.index("value") + 1
    # text: what is typed is what is read ("13,5%" stays 13,5 where the unit is %)
    assert {ws.cell(r, col).number_format for r in range(2, 40)} == {"@"}


def test_a_percent_typed_with_its_sign_is_read_where_the_unit_is_percent(write, catalog):
    # "13,5%" (issue 26): the sign is the unit's; a decimal comma file reads 13,5 as 13.5
    r = check(write, catalog, f'grdp_growth,2021-09,ytd,yoy_pct,"12,28%",=,%,,{URL},\n')
    assert r.ok, r.errors
    assert r.frame.iloc[0].value == 12.28
    r = check(write, catalog, f"exports,2021-09,ytd,level,18.54%,=,tỷ USD,,{URL},\n")
    assert not r.ok and "not a number: '18.54%'" in str(r.errors[0])


def test_a_missing_column_names_the_header_that_looks_like_it(write, catalog):
    """Issue 26: a header "Value", or "value" with a zero-width space, was "missing column"
    without naming what the header holds."""
    for found in ("Value", "val\u200bue", " VALUE"):
        text = HEADER.replace(",value,", f",{found},") + GOOD_ROW
        r = obs.validate([write("s.csv", text)], catalog)
        assert [str(e).split(": ", 1)[1] for e in r.errors] == [
            f"value: missing column: the header has {found.strip()!r} in column 5 "
            f"(allowed: the name exactly 'value')"], found


def test_thousands_split_by_thin_spaces_are_read(write, catalog):
    # "67 019,3" with a thin space (U+2009) or a narrow no-break space (U+202F) between thousands
    for space in ("\u2009", "\u202f"):
        r = check(write, catalog, f'budget_revenue,2021-09,ytd,level,"67{space}019,3",=,tỷ đồng,,{URL},\n')
        assert r.ok, r.errors
        assert r.frame.iloc[0].value == 67019.3
