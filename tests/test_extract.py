"""`chitieu extract`: observation rows proposed from a statistics report's sentences.

Held against the 66 real sentences of tests/data/reports/haiphong-2021-published-figures.csv, each
with the figure a person read from it (the expected row comes from that file, not from the code).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers.catalog import targets
from helpers.cli import main
from helpers.reading import extract
from helpers.values import units
from helpers.values.period import Period

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = ROOT / "tests/data/reports/haiphong-2021-published-figures.csv"
HP21 = "haiphong-2021"
# the reference file names indicators in English; these are the catalog's ids for them
IDS = {
    "GRDP growth (2010 prices)": "grdp_growth", "GRDP level (2010 prices)": "grdp_constant_2010",
    "GRDP growth, industry-construction": "grdp_growth_industry_construction",
    "GRDP growth, agriculture-forestry-fishery": "grdp_growth_agriculture",
    "GRDP growth, services": "grdp_growth_services", "GRDP per capita (current prices)": "grdp_per_capita",
    "GRDP level (current prices)": "grdp_current", "IIP": "iip_growth",
    "State budget revenue": "budget_revenue", "State budget revenue, domestic": "budget_revenue_domestic",
    "Total social investment": "social_investment", "Export turnover": "exports",
    "Cargo through ports": "port_cargo", "TFP contribution to GRDP": "tfp_contribution",
    "FDI attracted": "fdi_attracted", "Jobs created": "jobs_created",
}


def key(row: dict) -> tuple:
    return (row["indicator"], row["period"], row["span"], row["measure"], float(row["value"]),
            row["qualifier"], units.canonical(row["unit"]))


@pytest.fixture(scope="module")
def read() -> list[tuple[dict, extract.Extraction]]:
    catalog = targets.load_catalog(HP21)
    rows = list(csv.DictReader(SENTENCES.open(encoding="utf-8")))
    return [(r, extract.extract(r["quote"], catalog, Period.parse(r["period"]))) for r in rows]


def test_at_least_90_percent_of_the_66_real_sentences_are_read_right(read):
    right = [r for r, got in read if key({**r, "indicator": IDS[r["indicator"]]}) in map(key, got.rows)]
    missed = [r["quote"] for r, got in read if r not in right]
    assert len(read) == 66
    # 64 of 66 (97%): one sentence names no indicator ("cao hơn mức tăng 10,87% của 6 tháng đầu năm
    # 2020"), one is cut at its first letter ("hu nội địa ước 35.000 tỷ đồng"). Pinned, so it cannot fall.
    assert len(right) >= 64, missed


def test_a_percentage_of_plan_is_never_a_row(read):
    for r, got in read:
        plan_shares = {float(m.group(1).replace(".", "").replace(",", ".")) for m in re.finditer(
            r"(\d+(?:,\d+)?)%\s*(?:kế hoạch|dự toán)", r["quote"])}
        plan_shares |= {float(m.group(1)) for m in re.finditer(r"(\d+(?:\.\d+)?)% of the", r["quote"])}
        assert not plan_shares & {x["value"] for x in got.rows}, r["quote"]


def test_the_citys_percentage_of_plan_goes_in_the_note_and_is_checked(read):
    exports_q1 = next(got for r, got in read if r["quote"].startswith("Kim ngạch xuất khẩu ước đạt 5,72"))
    row = next(x for x in exports_q1.rows if x["measure"] == "level")
    assert "25,65%" in row["note"] and "Kim ngạch xuất khẩu ước đạt 5,72 tỷ USD" in row["note"]
    assert exports_q1.warnings == []  # 5.72 / 22.3 = 25.65% of the resolution's target: agrees
    fdi_9m = next(got for r, got in read if r["quote"].startswith("Trong đó thu hút đầu tư nước ngoài"))
    # 2.8 / 2.5 (the range's low) = 112.00%; the city says 113,97%: another base, said aloud
    assert len(fdi_9m.warnings) == 1 and "113,97%" in fdi_9m.warnings[0] and "112.00%" in fdi_9m.warnings[0]


def test_nothing_read_is_silent(read):
    budget_q1 = next(got for r, got in read if r["quote"].startswith("Thu ngân sách Nhà nước trên địa bàn quý I"))
    why = {fig: reason for fig, _, reason in budget_q1.unmatched}
    assert "thu ngân sách địa phương" in why["gần 9.684 tỷ đồng"]  # local revenue: no target tracks it
    iip_jan = next(got for r, got in read if "tháng 01/2021" in r["quote"])
    assert {fig: reason for fig, _, reason in iip_jan.unmatched} == {"0,3%": "a change on the previous month"}
    iip_h1 = next(got for r, got in read if "gấp 2,2 lần mức tăng chung của cả nước" in r["quote"])
    assert ("9,27%", "a national figure") in [(f, w) for f, _, w in iip_h1.unmatched]


def test_the_period_comes_from_the_text_and_a_figure_of_another_year_keeps_its_own(read):
    h1 = next(got for r, got in read if r["quote"].startswith("Tổng sản phẩm trên địa bàn thành phố (GRDP) 6 tháng"))
    assert {(x["period"], x["span"], x["value"]) for x in h1.rows} == {("2021-06", "ytd", 13.52),
                                                                        ("2020-06", "ytd", 10.87)}


def test_two_targets_matching_is_marked_for_review():
    catalog = targets.load_catalog(HP21)
    # GRDP in tỷ đồng names both GRDP series (2010 prices and current prices) when the sentence says
    # neither "giá so sánh" nor "giá hiện hành"
    got = extract.extract("Tổng sản phẩm trên địa bàn năm 2021 đạt 200.000 tỷ đồng.", catalog,
                          Period(2021, 12))
    assert [x["indicator"] for x in got.rows] == ["grdp_constant_2010"]
    assert "review: also matches grdp_current" in got.rows[0]["note_en"]
    assert "cần xem lại: cũng khớp với grdp_current" in got.rows[0]["note"]


PAGE = """<!doctype html><html><head><title>Tình hình kinh tế - xã hội quý I</title>
<link rel="canonical" href="https://thongke.example.vn/quy-1-2021.html">
<script>var banner = "Kim ngạch xuất khẩu đạt 99 tỷ USD";</script></head>
<body><nav><a href="/">Trang chủ</a> Thu ngân sách đạt 1.000 tỷ đồng</nav>
<article><h1>Tình hình kinh tế - xã hội quý I năm 2021</h1>
<p>Kim ngạch xuất khẩu ước đạt 5,72 tỷ USD, tăng 25,15% so với cùng kỳ, bằng 25,65% kế hoạch.</p>
<p>Thu ngân sách Nhà nước trên địa bàn quý I ước đạt hơn 22.924 tỷ đồng, tăng 15,2% so với cùng kỳ;
thu ngân sách địa phương gần 9.684 tỷ đồng, tăng 24,1%.</p></article>
<footer>Bản quyền 2021. Lượt truy cập: 12.345 lượt</footer></body></html>"""


def test_a_saved_page_gives_rows_that_validate_unchanged(tmp_path, write):
    page = write("quy-1.html", PAGE)
    out = tmp_path / "rows.csv"
    runner = CliRunner()
    res = runner.invoke(main, ["extract", str(page), "-r", HP21, "--period", "2021-03", "-o", str(out),
                               "--show-unmatched"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {(r["indicator"], r["measure"], r["value"], r["qualifier"]) for r in rows} == {
        ("exports", "level", "5.72", "="), ("exports", "yoy_pct", "25.15", "="),
        ("budget_revenue", "level", "22924.0", ">"), ("budget_revenue", "yoy_pct", "15.2", "=")}
    assert {r["source_url"] for r in rows} == {"https://thongke.example.vn/quy-1-2021.html"}
    assert "99" not in out.read_text() and "1000" not in out.read_text()  # no script, no menu
    assert "unmatched: gần 9.684 tỷ đồng" in res.output
    checked = runner.invoke(main, ["validate", str(out), "-r", HP21])
    assert checked.exit_code == 0, checked.output
    again = runner.invoke(main, ["extract", str(page), "-r", HP21, "--period", "2021-03", "-o", str(out)])
    assert again.exit_code == 1 and "exists" in again.output


def test_extract_refuses_what_it_cannot_read(write):
    res = CliRunner().invoke(main, ["extract", str(write("report.odt", b"PK")), "-r", HP21, "--period", "2021-03"])
    assert res.exit_code == 1 and "allowed: .txt" in res.output and "Traceback" not in res.output


def test_the_honest_score_on_pages_nobody_tuned_for_does_not_fall():
    """Issue 24: extract scored once on 15 real 2024-2026 pages, before any change to it (expected
    readings written by hand first): 70 proposed, 50 right, 20 wrong, 43 of 93 figures missed
    (README). A change to the rules may raise it; it must not lower it unseen."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("extract_score", ROOT / "bench/extract_score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    total = scorer.score(ROOT / "tests/data/reports/haiphong-2024-2026", "haiphong-2024")
    assert total["expected"] == 93 and total["files"] == 15
    assert total["right"] >= 50 and total["wrong"] <= 20


def test_a_name_far_before_a_figure_is_not_its_subject():
    """Issue 26, 8: a name counts for a figure only within 300 characters (a clause or two);
    farther, the figure is listed as unmatched, never given to a name from another clause."""
    catalog = targets.load_catalog("haiphong-2021")
    filler = "tình hình thời tiết thuận lợi, người dân phấn khởi, " * 8  # 416 characters, no name
    near = extract.extract("Xuất khẩu đạt 1.234 triệu USD.", catalog, Period.parse("2021-09"))
    assert [r["indicator"] for r in near.rows] == ["exports"]
    far = extract.extract(f"Xuất khẩu, {filler}đạt 1.234 triệu USD.", catalog,
                          Period.parse("2021-09"))
    assert far.rows == []
    assert [(shown, why) for shown, _, why in far.unmatched] == [
        ("1.234 triệu USD", "no indicator named before or after it")]


def test_a_paragraph_of_a_thousand_clauses_is_read_clause_by_clause():
    """What made extract quadratic (a thousand figures in one sentence) is read in full: every
    figure a row or listed (the cost is measured by bench/extract_cost.py)."""
    catalog = targets.load_catalog("haiphong-2021")
    text = "; ".join(f"xuất khẩu tháng {m} đạt {100 + i} triệu USD"
                     for i, m in enumerate([5] * 1000)) + "."
    got = extract.extract(text, catalog, Period.parse("2021-09"))
    assert len(got.rows) + len(got.unmatched) == 1000
