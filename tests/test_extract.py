"""`chitieu extract`: observation rows proposed from a statistics report's sentences.

Held against the 66 real sentences of tests/data/reports/haiphong-2021-published-figures.csv, each
with the figure a person read from it (the expected row comes from that file, not from the code).
"""

from __future__ import annotations

import csv
import dataclasses
import functools
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
    readings written by hand first): 70 proposed, 50 right, 20 wrong, 43 of 93 figures missed.
    After issue 25's rules (parts of a total, plans and forecasts, quarters, shares, the first of
    two figures, another province's figure, English words): 72 proposed, 67 right, 5 wrong, 26
    missed; then (the rules of the later rounds: shares under their cue, a span carried by "Trong
    đó", a rise after an amount) 70 proposed, 67 right, 3 wrong; then 69, 68 right and 1 wrong ("vượt 50 tỷ
    USD" read as more than 50; the wrong one is the product taxes' growth, printed in the text and left out
    of its reading); then 70, 69 right (round 21's rules) (README). Pinned where it stands."""
    total = _bench("extract_score").score(ROOT / "tests/data/reports/haiphong-2024-2026", "haiphong-2024")
    assert total["expected"] == 93 and total["files"] == 15
    assert total["right"] >= 69 and total["wrong"] <= 1


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


# --- issue 25: reports nobody tuned for (tests/data/corpus/reports/, the texts not held out) ---

CORPUS = ROOT / "tests/data/corpus/reports"


@pytest.fixture(scope="module")
def indicators():
    return targets.load_catalog(CORPUS / "indicators.yaml")


@functools.cache
def _bench(name: str):
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / f"bench/{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def corpus(name: str, catalog, folder: Path = CORPUS, period: Period | None = None) -> extract.Extraction:
    """The extraction of a corpus text, read for the province its table names, at the month its name gives (or
    ``period``)."""
    period = period or Period.parse(re.search(r"-(\d{4}-\d{2})\.", name).group(1))
    catalog = _bench("corpus_score").for_province(catalog, folder / name)
    return extract.extract((folder / name).read_text(encoding="utf-8"), catalog, period)


def round_folder(n: int) -> Path:
    """The reports of round ``n`` of the corpus (rounds 2 to 28: each scored once, then
    read)."""
    return ROOT / f"tests/data/corpus/round{n}/reports"


def in_round(n: int, name: str, catalog, period: Period | None = None) -> extract.Extraction:
    return corpus(name, catalog, round_folder(n), period)


def rows_of(got: extract.Extraction, indicator: str) -> list[tuple]:
    return [(r["period"], r["span"], r["measure"], r["value"], r["qualifier"]) for r in got.rows
            if r["indicator"] == indicator]


def why(got: extract.Extraction, figure: str) -> str:
    return next(w for f, _, w in got.unmatched if f == figure)


def test_a_part_of_the_budget_is_never_the_total_or_its_domestic_part(indicators):
    # Hải Phòng, 9 months 2025: "Trong phần thu nội địa, thu tiền sử dụng đất 9 tháng ước đạt hơn
    # 35.196 tỷ đồng" was proposed as the domestic revenue itself
    hp = corpus("haiphong-2025-09.vneconomy.vi.txt", indicators)
    assert ("2025-09", "ytd", "level", 35196.0, ">") not in rows_of(hp, "budget_revenue_domestic")
    assert "tracks" in why(hp, "hơn 35.196 tỷ đồng")
    # Bà Rịa - Vũng Tàu, Q1 2023: "thu nội địa với 9.877 tỷ đồng, đạt 23% so với dự toán và bằng
    # 81,7% so với cùng kỳ …; kế đến là thu dầu thô 8.097 tỷ đồng": crude oil was the domestic part
    brvt = corpus("bariavungtau-2023-03.baobariavungtau.vi.txt", indicators)
    domestic = rows_of(brvt, "budget_revenue_domestic")
    assert ("2023-03", "ytd", "level", 9877.0, "=") in domestic
    assert ("2023-03", "ytd", "level", 8097.0, "=") not in domestic
    # "bằng 81,7% so với cùng kỳ" is an index: the change is 81,7 - 100 = -18,3%
    assert ("2023-03", "ytd", "yoy_pct", -18.3, "=") in domestic


def test_trade_in_both_directions_and_a_part_of_the_visitors_are_not_one_side(indicators):
    # Bình Định, September 2023: "Kim ngạch xuất nhập khẩu hàng hóa tháng 9/2023 ước đạt 186,9 triệu
    # USD" (exports and imports together) was proposed as imports
    bd = corpus("binhdinh-2023-09.cucthongke.vi.txt", indicators)
    assert not [r for r in rows_of(bd, "imports") if r[3] in (186.9, 1475.9)]
    # Quảng Nam, 9 months 2022: "khách quốc tế ước đạt 411 nghìn lượt khách …; khách nội địa …
    # 3,9 triệu" — the domestic visitors were proposed as all visitors
    qn = corpus("quangnam-2022-09.vietnamnet.vi.txt", indicators)
    assert not [r for r in rows_of(qn, "tourists") if r[3] == 3.9]


def test_a_share_of_the_economy_is_not_a_sectors_growth(indicators):
    # Hải Phòng, 6 months 2024: "khu vực nông lâm nghiệp thủy sản chiếm tỷ trọng 3,7%, khu vực công
    # nghiệp - xây dựng chiếm 50,49%" were proposed as the sectors' growth rates
    hp = corpus("haiphong-2024-06.vneconomy.vi.txt", indicators)
    assert not [r for r in rows_of(hp, "grdp_growth_agriculture") if r[3] == 3.7]
    assert not [r for r in rows_of(hp, "grdp_growth_industry_construction") if r[3] == 50.49]
    assert why(hp, "3,7%").startswith("a share of the whole")


def test_a_plan_a_forecast_and_last_years_figure_are_not_results(indicators):
    # Quảng Nam, 6 months 2024: "12.221 tỷ đồng, đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng)"
    q24 = corpus("quangnam-2024-06.baoquangnam.vi.txt", indicators)
    assert rows_of(q24, "budget_revenue")[0] == ("2024-06", "ytd", "level", 12221.0, "=")
    assert why(q24, "23.600 tỷ đồng") == "a plan's figure in brackets, not a result"
    # Quảng Nam, 9 months 2022: "Dự kiến tốc độ tăng trưởng kinh tế (GRDP) năm 2022 tăng trên 10%,
    # cao hơn so với năm 2021 (5,04%)": a forecast in September, and 2021's growth
    q22 = corpus("quangnam-2022-09.vietnamnet.vi.txt", indicators)
    assert not [r for r in rows_of(q22, "grdp_growth") if r[3] in (10.0, 5.04)]
    assert why(q22, "5,04%") == "the figure of the year compared with, not of this report"
    assert why(q22, "trên 10%") == "a forecast of a span not yet over, not a result"
    # Quảng Ninh, 6 months 2022: "aiming for a GRDP increase of at least 11% this year"
    qn = corpus("quangninh-2022-06.baoquangninh.en.txt", indicators)
    assert rows_of(qn, "grdp_growth") == [("2022-06", "ytd", "yoy_pct", 10.66, "=")]
    assert why(qn, "at least 11%") == "a plan, target or forecast, not a result"


def test_a_quarter_alone_a_target_and_a_respectively_list_are_not_rows(indicators):
    # Khánh Hòa, 9 months 2024: "Riêng quý 3 năm 2024, tổng lượt khách … ước đạt 3,8 triệu lượt" and
    # "hoàn thành mục tiêu đón 9 triệu lượt khách du lịch năm 2024" were proposed as the year's
    kh = corpus("khanhhoa-2024-09.danviet.vi.txt", indicators)
    assert rows_of(kh, "tourists") == [("2024-09", "ytd", "level", 9.0, "~"),
                                       ("2024-09", "ytd", "yoy_pct", 57.9, "=")]
    assert why(kh, "3,8 triệu lượt") == "a quarter or a half-year alone, not the year to date"
    # (said more exactly since round 33: the figure right after the target's name is the target's)
    assert why(kh, "9 triệu lượt khách") == "a target's own figure, after its name, not a result"
    # Bắc Giang 2023 (VNA): "growth rates of industry-construction, agro-forestry-fishery, and
    # services hit 17.25%, 2.63%, and 6.56%, respectively": 17.25% was given to services, then (once
    # that was refused) none of the three was read; the names listed before go to the figures in order
    bg = corpus("bacgiang-2023-12.vietnamplus.en.txt", indicators)
    assert rows_of(bg, "grdp_growth_industry_construction") == [("2023-12", "year", "yoy_pct", 17.25, "=")]
    assert rows_of(bg, "grdp_growth_agriculture") == [("2023-12", "year", "yoy_pct", 2.63, "=")]
    assert rows_of(bg, "grdp_growth_services") == [("2023-12", "year", "yoy_pct", 6.56, "=")]


def test_of_two_figures_for_one_indicator_the_first_or_the_exact_one_is_kept(indicators):
    # Đà Nẵng, 9 months 2025: "9 tháng đầu năm ước tăng 9,83%, tiếp tục duy trì mức tăng trưởng trên
    # 10% ở một số ngành": the later "trên 10%" (some sectors) replaced 9,83%
    dn = corpus("danang-2025-09.thanhnien.vi.txt", indicators)
    assert rows_of(dn, "grdp_growth") == [("2025-09", "ytd", "yoy_pct", 9.83, "=")]
    # Quảng Ninh 2020 (VNA): the title's "over 10 percent", then "estimated at 10.05 percent"
    qn = corpus("quangninh-2020-12.vietnamplus.en.txt", indicators)
    assert rows_of(qn, "grdp_growth") == [("2020-12", "year", "yoy_pct", 10.05, "=")]


def test_the_first_quarter_is_read_as_a_period(indicators):
    # Bà Rịa - Vũng Tàu (baobariavungtau.com.vn, April 2023): "quý I/2023, tổng thu ngân sách Nhà nước
    # trên địa bàn tỉnh là 22.056 tỷ đồng". "quý" was folded to "qúy" (the tone mark moved as in
    # "thuỷ" -> "thủy"), so no quarter was ever read; read in a June report, it took June's span
    text = ("Cục Thống kê tỉnh cho biết, quý I/2023, tổng thu ngân sách Nhà nước trên địa bàn tỉnh là "
            "22.056 tỷ đồng, đạt 24,9% so với dự toán, giảm 19% so với cùng kỳ năm trước.")
    got = extract.extract(text, indicators, Period.parse("2023-06"))
    assert rows_of(got, "budget_revenue") == [("2023-03", "ytd", "level", 22056.0, "="),
                                              ("2023-03", "ytd", "yoy_pct", -19.0, "=")]


def test_another_provinces_figure_is_never_the_citys_and_a_rank_is_not_a_national_figure(indicators):
    # dantri.com.vn, 6 January 2026: "Dẫn đầu tốc độ tăng GRDP của cả nước là Quảng Ninh với mức tăng
    # 11,89%. Hải Phòng đứng thứ hai với mức tăng 11,81%." Quảng Ninh's own figure was taken for a
    # national one, and it was missed
    qn = corpus("quangninh-2025-12.dantri.vi.txt", indicators)
    assert rows_of(qn, "grdp_growth") == [("2025-12", "year", "yoy_pct", 11.89, "=")]
    assert why(qn, "11,81%") == "another province's figure (hải phòng)"

    def read(text: str, province: str) -> extract.Extraction:
        catalog = dataclasses.replace(indicators, city=targets.City(id="p", vi=province, en=province))
        return extract.extract(text, catalog, Period.parse("2024-03"))

    # znews.vn, Q1 2024: the rank before the figure ("cao thứ 2 cả nước với mức tăng 13,9%")
    ranked = "Sau Bắc Giang, Trà Vinh là địa phương có tăng trưởng GRDP cao thứ 2 cả nước với mức tăng 13,9%."
    assert rows_of(read(ranked, "Trà Vinh"), "grdp_growth") == [("2024-03", "ytd", "yoy_pct", 13.9, "=")]
    assert why(read(ranked, "Bắc Giang"), "13,9%") == "another province's figure (trà vinh)"
    # cafef.vn, February 2023, of Hưng Yên's budget: the others' figures stand in brackets
    listed = ("Với kết quả này, Hưng Yên đã chính thức lọt top 10 địa phương có số thu ngân sách lớn nhất, "
              "đứng vị trí thứ 8, sau TP. HCM (471.500 tỷ đồng), Hà Nội (333.000 tỷ đồng), Bà Rịa - Vũng Tàu "
              "(109.800 tỷ đồng), Hải Phòng (108.674 tỷ đồng).")
    assert rows_of(read(listed, "Hưng Yên"), "budget_revenue") == []


def test_the_words_a_city_uses_for_social_investment_are_known(indicators):
    # vneconomy.vn, October 2025: "Trong tháng 9, tổng nguồn vốn đầu tư trên địa bàn thực hiện đạt
    # 225.177 tỷ đồng" named no indicator extract knew
    hp = corpus("haiphong-2025-09.vneconomy.vi.txt", indicators)
    assert ("2025-09", "month", "level", 225177.0, "=") in rows_of(hp, "social_investment")


def test_nothing_read_vanishes(indicators):
    # every figure of every report of the corpus (every round read so far) is a row, a figure listed
    # as unmatched with its reason, or a "% of plan" put in a row's note
    for folder in (CORPUS, *map(round_folder, range(2, 47))):
        for text in sorted(folder.glob("*.txt")):
            got = corpus(text.name, indicators, folder)
            assert got.read == len(got.rows) + len(got.unmatched) + len(got.noted), text.name
        assert all(why for _, _, why in got.unmatched)


def test_an_estimate_of_the_span_reported_is_a_result_in_english_too(indicators):
    # VNA, December 2020: "The province's State budget collection is projected at 49.3 trillion VND"
    # ("projected" for the year about to end) was dropped as a forecast
    qn = corpus("quangninh-2020-12.vietnamplus.en.txt", indicators)
    assert ("2020-12", "year", "level", 49.3, "=") in rows_of(qn, "budget_revenue")
    # Quảng Ninh, 6 months 2022: "serving 5.5 million visitors in the six-month period" had no unit
    h1 = corpus("quangninh-2022-06.baoquangninh.en.txt", indicators)
    assert ("2022-06", "ytd", "level", 5.5, "=") in rows_of(h1, "tourists")


def test_a_name_after_a_figure_is_its_own_only_within_its_clause():
    # doanhnghiephoinhap.vn, April 2024: "The industry-construction group is expected to grow by
    # 11.24%, the service group by 8.00%, and the agriculture, forestry, and fishery group by 1.08%":
    # 8.00% ("the service group", a name extract does not know) was given to the agriculture named after it
    text = ("The industry-construction group is expected to grow by 11.24%, the service group by 8.00%, "
            "and the agriculture, forestry, and fishery group by 1.08%.")
    got = extract.extract(text, targets.load_catalog("haiphong-2024"), Period.parse("2024-03"))
    assert [(r["indicator"], r["value"]) for r in got.rows] == [
        ("grdp_growth_industry_construction", 11.24), ("grdp_growth_agriculture", 1.08)]
    assert "8.00%" in {f for f, _, _ in got.unmatched}  # listed, never a row


def test_the_english_of_a_quarterly_release(indicators):
    # VNA, 3 April 2024 (Bắc Giang): "continued to lead the nation in economic growth in the first
    # quarter, with an estimated expansion of 14.18%", "agro-forestry-fisheries up 2.14%,
    # industry-construction 18%", "In March, its industrial production index went up 20.6% monthly and
    # 16.7% annually, pushing up the three-month figure to 23.89%": 20.6% (on February) was proposed as
    # the year-to-date growth, the rest missed
    bg = corpus("bacgiang-2024-03.vietnamplus.en.txt", indicators)
    assert rows_of(bg, "grdp_growth") == [("2024-03", "ytd", "yoy_pct", 14.18, "=")]
    assert rows_of(bg, "grdp_growth_agriculture") == [("2024-03", "ytd", "yoy_pct", 2.14, "=")]
    assert rows_of(bg, "grdp_growth_industry_construction") == [("2024-03", "ytd", "yoy_pct", 18.0, "=")]
    assert ("2024-03", "month", "yoy_pct", 16.7, "=") in rows_of(bg, "iip_growth")
    assert why(bg, "20.6%") == "a change on the previous month"
    # VietNamNet, 30 June 2020: "the city … saw its GRDP for the first half of the year contract by
    # 3.61 percent" was proposed as growth of 3.61%
    dn = corpus("danang-2020-06.vietnamnet.en.txt", indicators)
    assert rows_of(dn, "grdp_growth") == [("2020-06", "ytd", "yoy_pct", -3.61, "=")]




def test_a_plan_set_at_the_start_of_a_sentence_or_a_likely_outcome_is_no_result(indicators):
    # vietnamplus.vn (Tuyên Quang, June 2023): "In 2023, Tuyen Quang strives for GRDP growth of 9.0%
    # and GRDP per capita of over 55.7 million VND …. It targets the production value of the services
    # sector up 9%, the industry sector up 5.4%, and the agro-forestry- fishery sector up over 4.6% …"
    tq = in_round(2, "tuyenquang-2023-06.vietnamplus.en.txt", indicators)
    assert not [r for r in tq.rows if r["value"] in (9.0, 55.7, 5.4, 4.6)]
    assert why(tq, "over 4.6%") == "a plan, target or forecast, not a result"
    # vietnamplus.vn (Cần Thơ, June 2022): "the city is likely to achieve a GRDP growth of over 9%"
    ct = in_round(2, "cantho-2022-06.vietnamplus.en.txt", indicators)
    assert not [r for r in ct.rows if r["value"] == 9.0]
    # sggp.org.vn (Lâm Đồng, year 2025): "Thu ngân sách nhà nước dự kiến tăng tối thiểu 10% so với
    # năm 2025." is next year's plan, proposed as 2025's growth
    ld = in_round(2, "lamdong-2025-12.sggp.vi.txt", indicators)
    assert not [r for r in ld.rows if r["indicator"] == "budget_revenue" and r["value"] == 10.0]


def test_a_figure_of_goods_and_services_exports_is_not_the_services_sectors(indicators):
    # Cần Thơ, June 2022: "the export turnover of goods and services top 1.1 billion USD, up 15.16%"
    # gave services' GRDP growth 15.16%
    ct = in_round(2, "cantho-2022-06.vietnamplus.en.txt", indicators)
    assert 15.16 not in [r[3] for r in rows_of(ct, "grdp_growth_services")]
    assert ("2022-06", "ytd", "level", 1.1, ">") in rows_of(ct, "exports")
    assert ("2022-06", "ytd", "yoy_pct", 15.16, "=") in rows_of(ct, "exports")


def test_an_areas_figure_in_brackets_and_a_part_of_a_sector_are_not_the_whole(indicators):
    # kontum.gov.vn (Kon Tum, September 2024): "CPI tháng 9/2024 tăng 0,24% so với tháng trước (khu
    # vực thành thị tăng 0,27%; khu vực nông thôn tăng 0,21%); tăng 2,44% so với cùng kỳ năm trước"
    # gave the towns' 0,27% as the province's year-on-year CPI
    kt = in_round(2, "kontum-2024-09.kontum.vi.txt", indicators)
    assert not [r for r in kt.rows if r["value"] in (0.27, 0.21)]
    # quangtri.gov.vn (Quảng Trị, 2023): "Sản xuất nông, lâm nghiệp và thủy sản …: Tổng sản lượng
    # lương thực … tăng 22,8%" gave the food harvest's rise as the sector's growth
    qt = in_round(2, "quangtri-2023-12.quangtri.vi.txt", indicators)
    assert 22.8 not in [r[3] for r in rows_of(qt, "grdp_growth_agriculture")]


def test_a_headlines_round_figure_gives_way_to_the_bodys_exact_one(indicators):
    # nongnghiep.vn (Vĩnh Phúc, June 2022): the title's "trên 19 nghìn tỷ đồng" rounds the body's
    # 19.018 tỷ đồng; daibieunhandan.vn (Đồng Nai, 2024): the lead's "gần 62.000 tỷ đồng" the body's
    # 61.723 tỷ đồng. The round figure was proposed, the exact one lost
    vp = in_round(2, "vinhphuc-2022-06.nongnghiep.vi.txt", indicators)
    assert [r[3:] for r in rows_of(vp, "budget_revenue") if r[2] == "level"] == [(19018.0, "=")]
    dn = in_round(2, "dongnai-2024-12.daibieunhandan.vi.txt", indicators)
    assert [r[3:] for r in rows_of(dn, "budget_revenue") if r[2] == "level"] == [(61723.0, "=")]


def test_only_the_run_of_figures_a_respectively_governs_is_left_unread(indicators):
    # Cần Thơ, June 2022: "the agro-forestry-fishery sector expanded by 3.28%, industry-construction
    # 11.8% and services 7.62%, contributing 0.4%, 3.56% and 3.95% to the overall growth rate,
    # respectively": the sectors' own growth was dropped with the contributions
    ct = in_round(2, "cantho-2022-06.vietnamplus.en.txt", indicators)
    assert rows_of(ct, "grdp_growth_agriculture") == [("2022-06", "ytd", "yoy_pct", 3.28, "=")]
    assert rows_of(ct, "grdp_growth_industry_construction") == [("2022-06", "ytd", "yoy_pct", 11.8, "=")]
    assert rows_of(ct, "grdp_growth_services") == [("2022-06", "ytd", "yoy_pct", 7.62, "=")]
    assert why(ct, "3.56%").startswith("a 'respectively' list")
    # "an 8.04% growth in GDRP" (the release's own typo, twice) and "Total revenues from retails
    # and services were estimated at 55.5 trillion VND (2.39 billion USD), an increase of 21.09%"
    assert rows_of(ct, "grdp_growth") == [("2022-06", "ytd", "yoy_pct", 8.04, "=")]
    assert [(r["value"], r["unit"]) for r in ct.rows
            if r["indicator"] == "retail_sales" and r["measure"] == "level"] == [(55.5, "nghìn tỷ đồng")]


def test_the_words_for_sectors_growth_and_a_per_capita_rise_are_known(indicators):
    # vietnamplus.vn (Tuyên Quang, June 2023): "the province's agriculture and forestry sector expanded
    # 4.64%; the industrial sector 10.87%, and the service sector 7.35%": none was read
    tq = in_round(2, "tuyenquang-2023-06.vietnamplus.en.txt", indicators)
    assert rows_of(tq, "grdp_growth_agriculture") == [("2023-06", "ytd", "yoy_pct", 4.64, "=")]
    assert rows_of(tq, "grdp_growth_industry_construction") == [("2023-06", "ytd", "yoy_pct", 10.87, "=")]
    assert rows_of(tq, "grdp_growth_services") == [("2023-06", "ytd", "yoy_pct", 7.35, "=")]
    # baohaiduong.vn (Hải Dương, June 2025): "the service sector at 15.259 trillion VND, up 8.09%"
    hd = in_round(2, "haiduong-2025-06.baohaiduong.en.txt", indicators)
    assert rows_of(hd, "grdp_growth_services") == [("2025-06", "ytd", "yoy_pct", 8.09, "=")]
    # thanhnien.vn (Thanh Hóa, 2024): "tốc độ tăng trưởng tổng sản phẩm ước đạt 12,16%"
    th = in_round(2, "thanhhoa-2024-12.thanhnien.vi.txt", indicators)
    assert rows_of(th, "grdp_growth") == [("2024-12", "year", "yoy_pct", 12.16, "=")]
    # doisongphapluat (Nghệ An, June 2024): "Thu ngân sách … 11.897 tỷ đồng, …, bằng 140,2% cùng kỳ"
    na = in_round(2, "nghean-2024-06.doisongphapluat.vi.txt", indicators)
    assert ("2024-06", "ytd", "yoy_pct", 40.2, "=") in rows_of(na, "budget_revenue")
    # quangtri.gov.vn (Quảng Trị, 2023): "GRDP bình quân đầu người ước tính đạt 71 triệu đồng, tăng
    # 9,06% so với năm 2022": the per-capita figure's rise was refused (kept in VND)
    qt = in_round(2, "quangtri-2023-12.quangtri.vi.txt", indicators)
    assert ("2023-12", "year", "yoy_pct", 9.06, "=") in rows_of(qt, "grdp_per_capita")




def test_a_share_of_the_economy_however_worded_is_no_growth(indicators):
    # baohatinh.vn (Hà Tĩnh, June 2020): "khu vực công nghiệp và xây dựng chiếm tỉ lệ cao với 40,08%";
    # vietnambiz.vn (Hà Nội, Q1 2025): "Quý I/2024, cơ cấu GRDP tương ứng là: 2,08%; …": both were
    # proposed as growth rates
    ht = in_round(3, "hatinh-2020-06.baohatinh.vi.txt", indicators)
    assert 40.08 not in [r[3] for r in rows_of(ht, "grdp_growth_industry_construction")]
    hn = in_round(3, "hanoi-2025-03.vietnambiz.vi.txt", indicators)
    assert not {2.08, 18.39, 69.14, 10.39} & {r[3] for r in rows_of(hn, "grdp_growth")}  # the whole list


def test_fdi_firms_revenue_and_investment_with_others_is_not_fdi_attracted(indicators):
    # thuonghieucongluan (Tiền Giang, August 2024): "Doanh thu từ doanh nghiệp có vốn đầu tư nước ngoài
    # là 2.219 tỷ đồng, …, tăng 16,4%"; tuoitre.vn (Đồng Tháp, 2024): "Vốn đầu tư phát triển khu vực
    # ngoài nhà nước và FDI đạt hơn 18.600 tỉ đồng, tăng 2,26%": both given to FDI attracted
    tg = in_round(3, "tiengiang-2024-08.thuonghieucongluan.vi.txt", indicators)
    assert 16.4 not in [r[3] for r in rows_of(tg, "fdi_attracted")]
    dt = in_round(3, "dongthap-2024-12.tuoitre.vi.txt", indicators)
    assert 2.26 not in [r[3] for r in rows_of(dt, "fdi_attracted")]


def test_a_contribution_to_growth_and_a_products_fall_are_not_the_indicators(indicators):
    # einpresswire (TP HCM, Q1 2024): "The service sector … during January – March, contributing 71.6%
    # to the growth"; baoninhbinh (Ninh Bình, 9 months 2023): "Some key exports saw decline such as
    # clothes (down 16%)": proposed as services' growth and exports' growth
    hcm = in_round(3, "hochiminh-2024-03.einpresswire.en.txt", indicators)
    assert 71.6 not in [r["value"] for r in hcm.rows]
    nb = in_round(3, "ninhbinh-2023-09.baoninhbinh.en.txt", indicators)
    assert -16.0 not in [r[3] for r in rows_of(nb, "exports")]


def test_the_citys_name_without_its_title_a_rise_named_after_and_a_long_ranking(indicators):
    # einpresswire (TP HCM, Q1 2024): "Hồ Chí Minh City's gross regional domestic product … a year-on-
    # year increase of 6.54%" was taken for another province's (the catalog names it "TP Hồ Chí Minh")
    hcm = in_round(3, "hochiminh-2024-03.einpresswire.en.txt", indicators)
    assert ("2024-03", "ytd", "yoy_pct", 6.54, "=") in rows_of(hcm, "grdp_growth")
    # "… rising 7.6% against the same time last year"; baoninhbinh (Ninh Bình): "over 5.52 million
    # visitors, a 99.1% rise against the same period": the rises were refused as levels in %
    assert ("2024-03", "ytd", "yoy_pct", 7.6, "=") in rows_of(hcm, "budget_revenue")
    nb = in_round(3, "ninhbinh-2023-09.baoninhbinh.en.txt", indicators)
    assert ("2023-09", "ytd", "yoy_pct", 99.1, "=") in rows_of(nb, "tourists")
    # mofa.gov.vn (An Giang, 2023): "… đứng thứ 21 so với 63 tỉnh, thành phố cả nước; trong đó, khu
    # vực nông, lâm nghiệp và thủy sản tăng 3,81%" was read as a national figure
    ag = in_round(3, "angiang-2023-12.mofa.vi.txt", indicators)
    assert ("2023-12", "year", "yoy_pct", 3.81, "=") in rows_of(ag, "grdp_growth_agriculture")


def test_the_english_for_exports_as_a_value_and_a_verb(indicators):
    # baoninhbinh (Ninh Bình): "The province's total export value hit 2.4 billion USD, down 0.5% year on
    # year"; vietnamplus (Bình Phước, June 2022): "They exported over 1.95 billion USD worth of goods
    # in H1, rising 23.26% from a year earlier": no indicator was named for either
    nb = in_round(3, "ninhbinh-2023-09.baoninhbinh.en.txt", indicators)
    assert {("2023-09", "ytd", "level", 2.4, "="), ("2023-09", "ytd", "yoy_pct", -0.5, "=")} <= set(
        rows_of(nb, "exports"))
    bp = in_round(3, "binhphuoc-2022-06.vietnamplus.en.txt", indicators)
    assert ("2022-06", "ytd", "level", 1.95, ">") in rows_of(bp, "exports")


def test_a_dollar_sign_and_the_figures_a_respectively_gives_to_the_levels_before(indicators):
    # einpresswire (TP HCM, Q1 2024): "The city gained $10.1 billion from exports and spent $13.1 billion
    # on imports, year-on-year increases of 7.5% and 3.1%, respectively": no figure of the four was read
    hcm = in_round(3, "hochiminh-2024-03.einpresswire.en.txt", indicators)
    assert rows_of(hcm, "exports") == [("2024-03", "ytd", "level", 10.1, "="), ("2024-03", "ytd", "yoy_pct", 7.5, "=")]
    assert rows_of(hcm, "imports") == [("2024-03", "ytd", "level", 13.1, "="), ("2024-03", "ytd", "yoy_pct", 3.1, "=")]


def test_a_sentence_that_names_no_indicator_continues_the_one_before(indicators):
    # thuonghieucongluan (Tiền Giang, August 2024): "Kim ngạch nhập khẩu hàng hóa tháng 8/2024 … ước đạt
    # 280 triệu USD, tăng 21,1%. Lũy kế 8 tháng năm 2024 đạt 2.050 triệu USD, bằng 82,6% kế hoạch,
    # tăng 12%; …": the year to date was unmatched ("no indicator named")
    tg = in_round(3, "tiengiang-2024-08.thuonghieucongluan.vi.txt", indicators)
    assert {("2024-08", "ytd", "level", 2050.0, "="), ("2024-08", "ytd", "yoy_pct", 12.0, "=")} <= set(
        rows_of(tg, "imports"))
    assert {("2024-08", "ytd", "level", 3980.0, "="), ("2024-08", "ytd", "yoy_pct", 12.6, "=")} <= set(
        rows_of(tg, "exports"))


def test_a_margin_over_the_plan_a_bracket_after_the_figure_and_a_multiple(indicators):
    # VNA (Quảng Ninh, 2020): "State budget collection is projected at 49.3 trillion VND (2.13 billion
    # USD), surpassing the year's target by 9.4 percent and up nearly 7 percent": "target" made both
    # plans; "domestic collection fulfilled the set target with 37 trillion VND, up 7 percent" too
    qn = corpus("quangninh-2020-12.vietnamplus.en.txt", indicators)
    assert ("2020-12", "year", "yoy_pct", 7.0, "~") in rows_of(qn, "budget_revenue")
    assert 9.4 not in [r["value"] for r in qn.rows]  # the margin over the plan is no change on a year
    assert rows_of(qn, "budget_revenue_domestic") == [("2020-12", "year", "level", 37.0, "="),
                                                       ("2020-12", "year", "yoy_pct", 7.0, "=")]
    # baoquangninh (June 2022): "Quang Ninh collected over 27.18 trillion VND (1.17 billion USD at
    # current exchange rate) for the State budget": the name after the bracket was not looked for
    qn = corpus("quangninh-2022-06.baoquangninh.en.txt", indicators)
    assert ("2022-06", "ytd", "level", 27.18, ">") in rows_of(qn, "budget_revenue")
    # "serving 5.5 million visitors in the six-month period, a 2.2-fold rise year-on-year": 2.2 times
    # is a rise of 120%; vietnamnet (Quảng Nam, 9 months 2022): "tăng gấp 13 lần so với cùng kỳ": 1200%
    assert ("2022-06", "ytd", "yoy_pct", 120.0, "=") in rows_of(qn, "tourists")
    qm = corpus("quangnam-2022-09.vietnamnet.vi.txt", indicators)
    assert ("2022-09", "ytd", "yoy_pct", 1200.0, "=") in rows_of(qm, "tourists")




def test_to_the_end_of_a_month_an_index_said_after_its_base_and_names_the_held_out_round_missed(indicators):
    # vietnamnet.vn (Hòa Bình, Q1 2025): "Thu ngân sách nhà nước thực hiện hết tháng 3 ước đạt 2.350 tỷ
    # đồng" (to the end of March) was proposed as March's alone: the one wrong row of round 4
    hb = in_round(4, "hoabinh-2025-03.vietnamnet.vi.txt", indicators)
    assert rows_of(hb, "budget_revenue") == [("2025-03", "ytd", "level", 2350.0, "=")]
    # baomoi (Cao Bằng, June 2022): "Tổng thu ngân sách … so với cùng kỳ năm trước bằng 322%": +222%
    cb = in_round(4, "caobang-2022-06.baomoi.vi.txt", indicators)
    assert ("2022-06", "ytd", "yoy_pct", 222.0, "=") in rows_of(cb, "budget_revenue")
    # baobackan (Bắc Kạn, 2023): "GRDP bình quân ước đạt 50,3 triệu đồng/người" (per head by its unit);
    # "khu vực nông – lâm nghiệp đạt mức tăng trưởng 4,39%"
    bk = in_round(4, "backan-2023-12.baobackan.vi.txt", indicators)
    assert ("2023-12", "year", "level", 50.3, "=") in rows_of(bk, "grdp_per_capita")
    assert rows_of(bk, "grdp_growth_agriculture") == [("2023-12", "year", "yoy_pct", 4.39, "=")]
    # vneconomy (Quảng Bình, June 2024): "tổng sản phẩm (theo giá so sánh năm 2010) trên địa bàn tỉnh …
    # đạt 14.927,7 tỷ đồng, tăng 6,50%": the bracket broke the name
    qb = in_round(4, "quangbinh-2024-06.vneconomy.vi.txt", indicators)
    assert ("2024-06", "ytd", "yoy_pct", 6.5, "=") in rows_of(qb, "grdp_growth")




def test_a_list_of_shares_under_its_cue_and_a_fall_to_a_level_are_no_growth(indicators):
    # vneconomy (Ninh Bình, 9 months 2025): "với cơ cấu chuyển dịch tích cực: công nghiệp - xây dựng chiếm
    # 46,52%, dịch vụ 34,47% và nông - lâm - thủy sản 11,08%"; baophutho (Phú Thọ, 2025): "với tỷ trọng
    # công nghiệp - xây dựng đạt 55,4%, dịch vụ 32,1%, nông nghiệp giảm còn 12,5%": proposed as growth
    nb = in_round(5, "ninhbinh-2025-09.vneconomy.vi.txt", indicators)
    pt = in_round(5, "phutho-2025-12.baophutho.vi.txt", indicators)
    for got, shares in ((nb, {34.47, 11.08}), (pt, {55.4, 32.1, -12.5, 12.5})):
        assert not shares & {r["value"] for r in got.rows}


def test_a_part_of_what_no_target_tracks_a_nominal_growth_and_the_same_period_of_a_year(indicators):
    # laodong.vn (Hưng Yên, 9 months 2025): "GRDP … up 8.01% over the same period in 2024; total production
    # value reached VND 437,394 billion, up 9.33%, of which the industrial and construction sector
    # increased by 10.21%, services increased by 7.92%": 9.33% and 7.92% were proposed as 2024's GRDP
    hy = in_round(5, "hungyen-2025-09.laodong.en.txt", indicators)
    assert rows_of(hy, "grdp_growth") == [("2025-09", "ytd", "yoy_pct", 8.01, "=")]
    assert not {9.33, 10.21, 7.92} & {r["value"] for r in hy.rows}
    # vnbiznews (Đồng Nai, 9 months 2025): "Tính theo giá hiện hành, GRDP … tương đương tăng 13,79%"
    dn = in_round(5, "dongnai-2025-09.vnbiznews.vi.txt", indicators)
    assert 13.79 not in [r[3] for r in rows_of(dn, "grdp_growth")]


def test_a_sentence_that_goes_on_with_trong_do_takes_the_period_of_the_one_before(indicators):
    # cafef (Đắk Lắk, October 2025): "Tăng trưởng GRDP 9 tháng ước đạt 6,9% (…). Trong đó: Khu vực nông,
    # lâm nghiệp và thủy sản ước đạt 5,39% (KBTT: 5,44%); …": the sectors were given October's year to date
    dl = in_round(5, "daklak-2025-10.cafef.vi.txt", indicators)
    assert rows_of(dl, "grdp_growth_agriculture") == [("2025-09", "ytd", "yoy_pct", 5.39, "=")]
    assert rows_of(dl, "grdp_growth_services") == [("2025-09", "ytd", "yoy_pct", 7.22, "=")]
    # "… (Trung ương giao: 13.398 tỷ đồng; HĐND tỉnh giao 16.310 tỷ đồng), tăng 24,94% so cùng kỳ.": the
    # colon inside the bracket made the rise an item's; "Lũy kế năm 2025 ước đạt 15.535 tỷ đồng" (the next
    # paragraph) named nothing
    assert ("2025-10", "ytd", "yoy_pct", 24.94, "=") in rows_of(dl, "budget_revenue")
    assert ("2025-12", "year", "level", 15535.0, "=") in rows_of(dl, "budget_revenue")
    # laodong.vn (Quảng Trị, 9 months 2025): "… (IIP) in September is estimated to increase by 9.8% over
    # the same period; the accumulated 9-month increase is 7.7%."
    qt = in_round(5, "quangtri-2025-09.laodong.en.txt", indicators)
    assert ("2025-09", "ytd", "yoy_pct", 7.7, "=") in rows_of(qt, "iip_growth")


def test_an_amount_in_billions_and_millions(indicators):
    # vneconomy (Cần Thơ, 2025): "Giá trị xuất khẩu hàng hóa và doanh thu ngoại tệ đạt 5 tỷ 508 triệu USD"
    # was proposed as 508 million USD
    ct = in_round(5, "cantho-2025-12.vneconomy.vi.txt", indicators)
    assert ("2025-12", "year", "level", 5508.0, "=") in rows_of(ct, "exports")
    assert 508.0 not in [r[3] for r in rows_of(ct, "exports")]




def test_a_rise_after_an_amount_is_the_amounts_and_a_count_of_visits_names_what_it_counts(indicators):
    # thoibaotaichinh (Quảng Ninh, October 2025): "Tính chung 10 tháng, tỉnh đón hơn 18,4 triệu lượt khách,
    # thu về gần 48.400 tỷ đồng, tăng 21%": the revenue's rise was proposed as the visitors'
    qn = in_round(6, "quangninh-2025-10.thoibaotaichinh.vi.txt", indicators)
    assert 21.0 not in [r[3] for r in rows_of(qn, "tourists")]
    # "doanh thu bán lẻ và dịch vụ tiêu dùng tháng 10 tăng hơn 18%" was proposed as services' growth
    assert 18.0 not in [r[3] for r in rows_of(qn, "grdp_growth_services")]
    # danviet (Thái Nguyên, 9 months 2025): "… tăng khoảng 9% so với cùng kỳ; hoạt động du lịch phục hồi
    # mạnh, lượng khách đạt hơn 1,8 triệu lượt, gấp 1,3 lần so với cùng kỳ năm trước": unread
    tn = in_round(6, "thainguyen-2025-09.danviet.vi.txt", indicators)
    assert {("2025-09", "ytd", "level", 1.8, ">"), ("2025-09", "ytd", "yoy_pct", 30.0, "=")} <= set(
        rows_of(tn, "tourists"))
    # vneconomy (Nghệ An, 9 months 2025): "Kim ngạch xuất khẩu đạt 3,268 tỷ USD (tăng 40%), du lịch đón
    # khoảng 8,81 triệu lượt khách": the visitors were refused as exports in the wrong unit
    na = in_round(6, "nghean-2025-09.vneconomy.vi.txt", indicators)
    assert ("2025-09", "ytd", "level", 8.81, "~") in rows_of(na, "tourists")


def test_a_part_said_with_rieng_an_effect_and_an_estimate_of_an_indicator(indicators):
    # vneconomy (Nghệ An): "Khu vực công nghiệp – xây dựng …, với mức tăng 13,73% trong 9 tháng, riêng công
    # nghiệp tăng 15,15%": 15,15% (industry alone) was proposed for the sector, 13,73% left out
    na = in_round(6, "nghean-2025-09.vneconomy.vi.txt", indicators)
    assert rows_of(na, "grdp_growth_industry_construction") == [("2025-09", "ytd", "yoy_pct", 13.73, "=")]
    assert ("2025-09", "ytd", "yoy_pct", 7.63, "=") in rows_of(na, "grdp_growth_services")  # "Lĩnh vực dịch vụ"
    # nld.com.vn (Khánh Hòa, 2025): "chỉ tiêu tổng sản phẩm … (GRDP) Khánh Hòa ước đạt hơn 100 ngàn tỉ đồng,
    # chỉ tăng 7,11%" was taken for a target; "Việc giảm công suất này khiến GRDP năm 2025 giảm khoảng 0,8%"
    # (the power cuts' effect) was proposed as the growth
    kh = in_round(6, "khanhhoa-2025-12.nld.vi.txt", indicators)
    assert rows_of(kh, "grdp_growth") == [("2025-12", "year", "yoy_pct", 7.11, "=")]
    # vjs (Bắc Ninh, 9 months 2025): "Total import and export turnover of goods is estimated at 129.3
    # billion USD" was proposed as exports; angiang.gov.vn: "the agriculture-forestry-fisheries sector
    # increased by 3.53%" was unread
    bn = in_round(6, "bacninh-2025-09.vjsvietnam.en.txt", indicators)
    assert 129.3 not in [r[3] for r in rows_of(bn, "exports")]
    ag = in_round(6, "angiang-2025-12.angiang.en.txt", indicators)
    assert ("2025-12", "year", "yoy_pct", 3.53, "=") in rows_of(ag, "grdp_growth_agriculture")




def test_a_sectors_revenue_spending_and_a_month_named_with_of(indicators):
    # thongtindoingoai (Sơn La, September 2024): "revenue from accommodation, food and beverage, travel and
    # tourism services increased by 7.91%" was proposed as the services sector's growth
    sl = in_round(7, "sonla-2024-09.thongtindoingoai.en.txt", indicators)
    assert rows_of(sl, "grdp_growth_services") == []
    # vietnamplus (Vĩnh Phúc, 9 months 2022): "the province's state budget expenditure reached 15.7 trillion
    # VND" was proposed as the revenue (and beat the revenue's own 25 trillion VND)
    vp = in_round(7, "vinhphuc-2022-09.vietnamplus.en.txt", indicators)
    assert ("2022-09", "ytd", "level", 25.0, "=") in rows_of(vp, "budget_revenue")
    assert 15.7 not in [r[3] for r in rows_of(vp, "budget_revenue")]
    # vasep (Cà Mau, April 2023): "The CPI of April 2023 … increased by 0.08% over the previous month and
    # by 3.29% over the same period in 2022" was given the year to date; "in this month … increased by
    # 16.14% over the same period in 2021" too (since read as printed: against 2021, no change on a year;
    # the reading takes the year for a slip, the reader does not)
    cm = in_round(7, "camau-2023-04.vasep.en.txt", indicators)
    assert rows_of(cm, "cpi") == [("2023-04", "month", "yoy_pct", 3.29, "=")]
    assert rows_of(cm, "iip_growth") == []
    assert "2021" in why(cm, "16.14%")




def test_a_figure_without_its_period_beside_the_previous_month_or_before_a_running_total_is_the_months(
        indicators):
    # investhagiang (Hà Giang, April 2022): "Tổng mức bán lẻ … ước đạt 1.145,9 tỷ đồng, tăng 5,13% so với
    # tháng trước và tăng 19,88% so với cùng kỳ" (a month's figure: a year to date is not compared with
    # the month before) and "Lượng khách du lịch … đạt trên 221.700 lượt du khách. Lũy kế 4 tháng đầu năm
    # … 740.087 lượt khách" (the running total comes next) were both given the four months
    hg = in_round(7, "hagiang-2022-04.investhagiang.vi.txt", indicators)
    assert rows_of(hg, "retail_sales") == [("2022-04", "month", "level", 1145.9, "="),
                                           ("2022-04", "month", "yoy_pct", 19.88, "=")]
    assert ("2022-04", "month", "level", 221700.0, ">") in rows_of(hg, "tourists")
    assert ("2022-04", "ytd", "level", 740087.0, "=") in rows_of(hg, "tourists")
    # still flagged: the period is the report's, not the text's
    assert all("--period" in r["note_en"] for r in hg.rows if r["indicator"] == "retail_sales")


def test_the_sectors_by_their_numbers_and_the_production_index_named_short(indicators):
    # cucthongke.ninhthuan (Q1 2024): "khu vực III  (dịch vụ) tăng 7,02%" (the statistics office's
    # numbering of the three sectors) was left unread
    nt = in_round(8, "ninhthuan-2024-03.cucthongke.vi.txt", indicators)
    assert rows_of(nt, "grdp_growth_services") == [("2024-03", "ytd", "yoy_pct", 7.02, "=")]
    assert rows_of(nt, "grdp_growth_agriculture") == [("2024-03", "ytd", "yoy_pct", 4.34, "=")]
    # vneconomy (Ninh Bình, 9 months 2025): "Ngành công nghiệp … khi chỉ số sản xuất tăng 22,03% so với
    # cùng kỳ" named the index without "công nghiệp"
    nb = in_round(5, "ninhbinh-2025-09.vneconomy.vi.txt", indicators)
    assert ("2025-09", "ytd", "yoy_pct", 22.03, "=") in rows_of(nb, "iip_growth")


def test_merchandise_export_import_and_foreign_investment_projects_in_a_sentence_opening_on_a_count(
        indicators):
    # bacninh.gov.vn (Bắc Ninh, 6 months 2020, English): "Merchandise export is estimated at USD 14.7
    # billion, up 5.3% …; Import is estimated at over USD 13 billion, up by 9%." named nothing, and
    # "… VND 5,985 billion. 87 foreign investment projects are granted investment certificates with total
    # investment capital of USD 169.5 million" ran on from the budget's sentence (a sentence may open on
    # a number)
    bn = in_round(9, "bacninh-2020-06.bacninhgov.en.txt", indicators)
    assert sorted(rows_of(bn, "exports")) == [("2020-06", "ytd", "level", 14.7, "="),
                                              ("2020-06", "ytd", "yoy_pct", 5.3, "=")]
    assert sorted(rows_of(bn, "imports")) == [("2020-06", "ytd", "level", 13.0, ">"),
                                              ("2020-06", "ytd", "yoy_pct", 9.0, "=")]
    assert rows_of(bn, "fdi_attracted") == [("2020-06", "ytd", "level", 169.5, "=")]


def test_an_abbreviation_ends_no_sentence_and_export_revenue_is_exports(indicators):
    # baogialai (Gia Lai, January 2026, English): "… estimated at 17,303.98 billion VND (approx. USD 706.7
    # million), an 11.8% year-on-year increase." was cut after "approx.", and "Export revenue reached USD
    # 372.4 million, …, up 12.8% year-on-year" was taken for a revenue
    gl = in_round(9, "gialai-2026-01.baogialai.en.txt", indicators)
    assert sorted(rows_of(gl, "retail_sales")) == [("2026-01", "month", "level", 17303.98, "="),
                                                   ("2026-01", "month", "yoy_pct", 11.8, "=")]
    assert sorted(rows_of(gl, "exports")) == [("2026-01", "month", "level", 372.4, "="),
                                              ("2026-01", "month", "yoy_pct", 12.8, "=")]
    assert sorted(rows_of(gl, "budget_revenue")) == [("2026-01", "month", "level", 6257.8, "="),
                                                     ("2026-01", "month", "yoy_pct", 120.1, "=")]


def test_a_sentence_without_its_period_after_one_that_opens_on_a_period_is_that_periods(indicators):
    # cafef (Lạng Sơn, December 2025): "Tính đến ngày 30/11/2025, tổng kim ngạch xuất nhập khẩu … đạt 86,14
    # tỷ USD, …. Hàng hóa địa phương xuất khẩu đạt 183 triệu USD, tăng 8,28%." gave the exports the year by
    # --period: two wrong rows
    ls = in_round(9, "langson-2025-12.cafef.vi.txt", indicators)
    assert sorted(rows_of(ls, "exports")) == [("2025-11", "ytd", "level", 183.0, "="),
                                              ("2025-11", "ytd", "yoy_pct", 8.28, "=")]
    assert all("the sentence before" in r["note_en"] for r in ls.rows if r["indicator"] == "exports")
    # a span inside the sentence before frames nothing ("… bằng 52,6% kế hoạch cả năm. Tổng thu ngân sách
    # … ước đạt 9.528,3 tỷ đồng": thainguyentv, 6 months 2022, the report's half year)
    tn = corpus("thainguyen-2022-06.thainguyentv.vi.txt", indicators)
    assert ("2022-06", "ytd", "level", 9528.3, "=") in rows_of(tn, "budget_revenue")


def test_a_bracket_that_describes_an_amount_or_gives_its_quarters_holds_no_part(indicators):
    # baodaklak (Đắk Lắk, 6 months 2024): "tổng sản phẩm (GRDP) 6 tháng đầu năm 2024 … ước đạt gần 25.493 tỷ
    # đồng (tương đương gần 39,3% kế hoạch, tăng 4,13% so với cùng kỳ năm 2023)": the growth was taken for
    # a part's
    dl = in_round(9, "daklak-2024-06.baodaklak.vi.txt", indicators)
    assert rows_of(dl, "grdp_growth") == [("2024-06", "ytd", "yoy_pct", 4.13, "=")]
    # baonghean (Nghệ An, 2021): "Mức tăng trưởng (GRDP) năm 2021 tăng 6.2% (quý I tăng 9,88%, quý II …)":
    # the first quarter (the year to March) was taken for a part's, and "6.2%", a decimal point where
    # the text writes commas, vanished
    na = in_round(9, "nghean-2021-12.baonghean.vi.txt", indicators)
    assert sorted(rows_of(na, "grdp_growth")) == [("2021-03", "ytd", "yoy_pct", 9.88, "="),
                                                  ("2021-12", "year", "yoy_pct", 6.2, "=")]


def test_a_result_over_its_plan_is_the_result_and_the_plan_is_listed(indicators):
    # kontum.gov.vn (Kon Tum, 2022): "Thu ngân sách nhà nước trên địa bàn 10 tháng đầu năm 2022 là
    # 3.359,98/4.000 tỷ đồng" (the result over the year's estimate): both numbers vanished
    kt = in_round(9, "kontum-2022-12.kontumgov.vi.txt", indicators)
    assert ("2022-10", "ytd", "level", 3359.98, "=") in rows_of(kt, "budget_revenue")
    assert 4000.0 not in [r[3] for r in rows_of(kt, "budget_revenue")]
    assert "the plan" in why(kt, "4.000 tỷ đồng")


def test_income_a_sectors_production_value_a_span_of_months_a_running_total_after_and_qui(indicators):
    # quangtri.gov.vn (Quảng Trị, 2020): "Thu nhập bình quân đầu người ước đạt 53,51 triệu đồng" (income per
    # head) was proposed as GRDP per head
    qt = in_round(10, "quangtri-2020-12.quangtri.vi.txt", indicators)
    assert rows_of(qt, "grdp_per_capita") == []
    # thoisutoancanh (Hà Nam, 2023): "Giá trị sản xuất nông nghiệp ước đạt 8.585,0 tỷ đồng, tăng 1,7%" (the
    # production value) was proposed as agriculture's growth
    hn = in_round(10, "hanam-2023-12.thoisutoancanh.vi.txt", indicators)
    assert 1.7 not in [r[3] for r in rows_of(hn, "grdp_growth_agriculture")]
    # thoibaotaichinh (Hà Nội, Q1 2024, English): "In January-March, the capital's export turnover is
    # estimated at 3.9 billion USD" was given January alone
    hanoi = in_round(10, "hanoi-2024-03.thoibaotaichinh.en.txt", indicators)
    assert sorted(rows_of(hanoi, "exports")) == [("2024-03", "ytd", "level", 3.9, "="),
                                                 ("2024-03", "ytd", "yoy_pct", 3.7, "=")]
    # vjs (Lai Châu, October 2025, English): "total retail sales … is estimated at 897.7 billion VND, up
    # 14.2% …, cumulatively reaching 8,678.8 billion VND": the month's figures, before the running total
    # in the same sentence, were given the ten months
    lc = in_round(10, "laichau-2025-10.vjs.en.txt", indicators)
    assert sorted(rows_of(lc, "retail_sales")) == [("2025-10", "month", "level", 897.7, "="),
                                                   ("2025-10", "month", "yoy_pct", 14.2, "="),
                                                   ("2025-10", "ytd", "level", 8678.8, "=")]
    # tieudung (Bạc Liêu, 2022): "trong quí I/2022 …" (the old spelling of "quý") was no quarter
    bl = in_round(10, "baclieu-2022-04.tieudung.vi.txt", indicators)
    assert all(r[0] == "2022-03" for r in rows_of(bl, "grdp_growth"))
    assert -4.53 not in [r[3] for r in rows_of(bl, "grdp_growth_agriculture")]


def test_a_paragraphs_month_a_rise_of_hectares_and_a_product_listed_after_such_as(indicators):
    # baoninhthuan (Ninh Thuận, October 2024): "Trong tháng 10, tình hình kinh tế - xã hội … (no figure). …
    # Chỉ số sản xuất công nghiệp tăng 11%, …; …, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ trong tháng
    # ước đạt 3.654,8 tỷ đồng, tăng 14,85% …": October's figures were given the ten months
    nt = in_round(11, "ninhthuan-2024-10.baoninhthuan.vi.txt", indicators)
    assert rows_of(nt, "iip_growth") == [("2024-10", "month", "yoy_pct", 11.0, "=")]
    assert sorted(rows_of(nt, "retail_sales")) == [("2024-10", "month", "level", 3654.8, "="),
                                                   ("2024-10", "month", "yoy_pct", 14.85, "=")]
    # vietnamplus (Bình Định, 2020, English): "Local agro-forestry-fishery production …, adding crop
    # cultivation topped 153,000 hectares, a year-on-year fall of 2.6 percent": the hectares' fall was
    # proposed as the sector's growth (+2.6)
    bd = in_round(11, "binhdinh-2020-12.vietnamplus.en.txt", indicators)
    assert rows_of(bd, "grdp_growth_agriculture") == []
    # vietnam.vn (Phú Thọ, 10 months 2025, English): "Key products grew strongly …, such as laptops …
    # increased by 80.53%; …; electronic component manufacturing services increased by 28.88%" gave a
    # product's rise to the services sector
    pt = in_round(11, "phutho-2025-10.vietnamvn.en.txt", indicators)
    assert 28.88 not in [r[3] for r in rows_of(pt, "grdp_growth_services")]


def test_a_label_and_its_value_a_signed_change_and_places_in_a_closed_bracket(indicators):
    # congthuongbentre (Bến Tre, 2023): "- Thu ngân sách trên địa bàn tỉnh: 4.856 tỷ đồng, + 10,70%" and
    # "- Vốn đầu tư toàn xã hội thực hiện: 19.394,07 tỷ đồng, -13,78%": the colon of a label was taken for
    # items under it, and the signs for no change
    bt = in_round(11, "bentre-2023-12.congthuongbentre.vi.txt", indicators)
    assert sorted(rows_of(bt, "budget_revenue")) == [("2023-12", "year", "level", 4856.0, "="),
                                                     ("2023-12", "year", "yoy_pct", 10.7, "=")]
    assert ("2023-12", "year", "yoy_pct", -13.78, "=") in rows_of(bt, "social_investment")
    # nld (Thanh Hóa, 9 months 2022): "… đứng thứ 6/63 tỉnh, TP (sau Bắc Giang, …, Hậu Giang và Đà Nẵng);
    # trong đó nông, lâm nghiệp, thủy sản tăng 3,23%; …": the sectors were taken for Đà Nẵng's, named in
    # a bracket closed before them; "tổng mức bán lẻ và doanh thu dịch vụ 9 tháng ước đạt 127.805 tỉ
    # đồng" for a revenue
    th = in_round(11, "thanhhoa-2022-09.nld.vi.txt", indicators)
    assert rows_of(th, "grdp_growth_agriculture") == [("2022-09", "ytd", "yoy_pct", 3.23, "=")]
    assert ("2022-09", "ytd", "level", 127805.0, "=") in rows_of(th, "retail_sales")


def test_comparable_prices_are_no_comparison_and_a_services_revenue_rises_as_revenue(indicators):
    # baosonla (Sơn La, 6 months 2022): "Tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 6 tháng đầu năm
    # 2022 đạt 13.695 tỷ đồng, tăng 6,39% …": "giá so sánh" (comparable prices) made the half year a
    # comparison, and "năm 2022" the year
    sl = in_round(12, "sonla-2022-06.baosonla.vi.txt", indicators)
    assert rows_of(sl, "grdp_growth") == [("2022-06", "ytd", "yoy_pct", 6.39, "=")]
    # … and "theo giá so sánh năm 2010" is the prices' base, no span (thongkedienbien, 9 months 2024)
    db = in_round(7, "dienbien-2024-09.thongkedienbien.vi.txt", indicators)
    assert ("2024-09", "ytd", "yoy_pct", 10.55, "=") in rows_of(db, "grdp_growth")
    # baonghean (Nghệ An, Q1 2023, English): "Revenue from accommodation and food services in the first
    # quarter was estimated at VND 2,657 billion, up 28.57% …" gave the revenue's rise to the services
    na = in_round(12, "nghean-2023-03.baonghean.en.txt", indicators)
    assert 28.57 not in [r[3] for r in rows_of(na, "grdp_growth_services")]


def test_a_bracket_of_the_figures_halves_and_the_second_half_alone(indicators):
    # baophapluat (Tiền Giang, 2022): "… năm 2022 ước đạt 62.881 tỷ đồng (giá so sánh 2010), tăng 7,02% so
    # cùng kỳ (6 tháng đầu năm tăng 4,33%, 6 tháng cuối năm tăng 9,67% so cùng kỳ)": the halves were taken
    # for parts; the first is the year to June, the second a half alone (no year to date)
    tg = in_round(12, "tiengiang-2022-12.baophapluat.vi.txt", indicators)
    assert sorted(rows_of(tg, "grdp_growth")) == [("2022-06", "ytd", "yoy_pct", 4.33, "="),
                                                  ("2022-12", "year", "yoy_pct", 7.02, "=")]
    assert "half" in why(tg, "9,67%")
    # … and "Trong đó, khu vực nông lâm nghiệp và thủy sản tăng 3,51%, …" after it is the year's, not the
    # bracket's first half
    assert rows_of(tg, "grdp_growth_agriculture") == [("2022-12", "year", "yoy_pct", 3.51, "=")]
    # hatinhdcs (Hà Tĩnh, 2021): "… dịch vụ giảm 0,7%" named nothing
    ht = in_round(12, "hatinh-2021-12.hatinhdcs.vi.txt", indicators)
    assert rows_of(ht, "grdp_growth_services") == [("2021-12", "year", "yoy_pct", -0.7, "=")]


def test_an_english_number_in_a_unit_the_table_lacks_is_listed_not_lost(indicators):
    # vietnamplus (Bình Định, 2020, English): "with the total pig herd reaching over 667,000 heads, up 2.6
    # percent" read the 2.6 percent and passed over the 667,000 heads: neither a row nor listed
    bd = in_round(11, "binhdinh-2020-12.vietnamplus.en.txt", indicators)
    assert "heads" in why(bd, "over 667,000 heads")
    assert bd.read == len(bd.rows) + len(bd.unmatched) + len(bd.noted)


def test_the_sectors_numbered_in_english(indicators):
    # ipinvietnam (Long An, 6 months 2022, English): "of which, sector I increased by 1.01%; region II
    # increased by 5.5% and region III increased by 6.93%" (the translation of khu vực I, II, III)
    la = in_round(13, "longan-2022-06.ipinvietnam.en.txt", indicators)
    assert rows_of(la, "grdp_growth_services") == [("2022-06", "ytd", "yoy_pct", 6.93, "=")]
    assert rows_of(la, "grdp_growth_agriculture") == [("2022-06", "ytd", "yoy_pct", 1.01, "=")]
    # baobariavungtau (6 months 2023): "chỉ số công nghiệp (trừ dầu thô và khí đốt) ước tăng 6,25%" stays
    # unmatched: a figure that leaves a part out ("trừ dầu thô") is not the whole's, here as for the
    # exports "trừ dầu thô" of 2021 (a miss, where reading it would make those wrong)
    bv = in_round(13, "bariavungtau-2023-06.baobariavungtau.vi.txt", indicators)
    assert rows_of(bv, "iip_growth") == []


def test_what_a_province_is_likely_to_reach_a_quarter_after_the_figure_and_the_figure_named_after(indicators):
    # vietnamplus (Bình Dương, 9 months 2022): "Binh Duong sets to achieve 8% GRDP growth this year" (the
    # title) was proposed as the nine months' growth; "… 5.3% in Q1, 8.35% in Q2 …" put Q2 in the nine
    # months; "The nine-month figure was 7.36% year-on-year." named nothing; "By the end of this year's
    # third quarter, the province had earned an estimated 48.5 trillion VND": a quarter alone;
    # "45% higher than the yearly goal and up 74% from a year earlier": the goal made 74% a plan
    bd = in_round(8, "binhduong-2022-09.vietnamplus.en.txt", indicators)
    assert ("2022-09", "ytd", "yoy_pct", 7.36, "=") in rows_of(bd, "grdp_growth")
    assert not {8.0, 8.35} & {r[3] for r in rows_of(bd, "grdp_growth")}
    assert ("2022-09", "ytd", "level", 48.5, "=") in rows_of(bd, "budget_revenue")
    assert ("2022-09", "ytd", "yoy_pct", 74.0, "=") in rows_of(bd, "fdi_attracted")
    # thongkethaibinh (Thái Bình, 9 months 2020): "Chín tháng đầu năm 2020, GRDP … dự kiến đạt 38.132 tỷ
    # đồng, tăng 4,4%": the months in words were not read, and "năm 2020" made it a forecast of the year
    tb = in_round(8, "thaibinh-2020-09.thongkethaibinh.vi.txt", indicators)
    assert ("2020-09", "ytd", "yoy_pct", 4.4, "=") in rows_of(tb, "grdp_growth")


def test_a_share_of_a_scenario_an_estimate_of_what_will_be_and_a_shift_of_the_structure(indicators):
    # laodong.vn (Yên Bái, Q1 2025, English): "economic growth reached 107.1% compared to the growth scenario
    # of 8.2%" was proposed as a growth of 107.1%; "It is estimated that the industrial production index in
    # the first 3 months of 2025 will increase by 11.89% …" was taken for a forecast
    yb = in_round(14, "yenbai-2025-03.laodong.en.txt", indicators)
    assert rows_of(yb, "grdp_growth") == []
    assert "scenario" in why(yb, "107.1%")
    assert ("2025-03", "ytd", "yoy_pct", 11.89, "=") in rows_of(yb, "iip_growth")
    # cucthongke Hậu Giang (2020): "khu vực công nghiệp và hoạt động xây dựng tăng 14,62%" named no
    # sector, and the industry's "mức chuyển dịch +1,61%" (the shift of its share) was read as its growth
    hg = in_round(14, "haugiang-2020-12.cucthongkehaugiang.vi.txt", indicators)
    assert rows_of(hg, "grdp_growth_industry_construction") == [("2020-12", "year", "yoy_pct", 14.62, "=")]
    assert "share" in why(hg, "1,61%") and "share" in why(hg, "0,67%")
    # baogialai.vn (Gia Lai, 6 months 2023): "Vốn đầu tư thực hiện toàn xã hội ước đạt 16.292 tỷ đồng"
    gl = in_round(14, "gialai-2023-06.baogialai.vi.txt", indicators)
    assert ("2023-06", "ytd", "level", 16292.0, "=") in rows_of(gl, "social_investment")


def test_an_index_given_with_its_change_a_same_month_change_and_a_base_year_in_dollars(indicators):
    # baosonla.vn (Sơn La, 6 months 2020): "chỉ số sản xuất công nghiệp ước đạt 75,53%, giảm 24,47% so với
    # cùng kỳ năm trước": the index (75,53% of the same period) was proposed as a growth of 75,53%
    sl = in_round(15, "sonla-2020-06.baosonla.vi.txt", indicators)
    assert rows_of(sl, "iip_growth") == [("2020-06", "ytd", "yoy_pct", -24.47, "=")]
    assert "index" in why(sl, "75,53%")
    # vtc.vn (Hồ Chí Minh City, June 2023): "Về doanh thu bán lẻ hàng hóa so với tháng cùng kỳ tăng 10,6%"
    # (against the same month a year before, the month not said) was proposed as the half-year's growth
    hcm = in_round(15, "hochiminh-2023-06.vtc.vi.txt", indicators)
    assert not [r for r in rows_of(hcm, "retail_sales") if r[3] in (10.6, 25.6)]
    assert "same month" in why(hcm, "10,6%")
    # vietnamplus.vn (Vĩnh Long, 2022, English): "up 12 million USD from 2021" read the year as an amount
    vl = in_round(15, "vinhlong-2022-12.vietnamplus.en.txt", indicators)
    assert not [r for r in vl.rows if r["value"] == 2021.0]
    # cucthongke Trà Vinh (April 2024), vpubnd Hòa Bình (September 2021): "Chỉ số sản xuất ngành công
    # nghiệp tháng 4/2024 … tăng mạnh 77,42%" named no indicator
    tv = in_round(15, "travinh-2024-04.cucthongketravinh.vi.txt", indicators)
    assert ("2024-04", "month", "yoy_pct", 77.42, "=") in rows_of(tv, "iip_growth")
    hb = in_round(15, "hoabinh-2021-09.vpubndhoabinh.vi.txt", indicators)
    assert ("2021-09", "month", "yoy_pct", -11.68, "=") in rows_of(hb, "iip_growth")


def test_a_change_against_another_month_or_a_year_before_last_is_no_change_on_a_year(indicators):
    # kontum.gov.vn (Kon Tum, September 2024): "Chỉ số giá tiêu dùng (CPI) tháng 9/2024 tăng 0,24% so với
    # tháng trước …; tăng 2,44% so với cùng kỳ năm trước và tăng 2,19% so với tháng 12 năm trước": the last
    # is against December, no year-on-year change (it was left out only as a second figure)
    kt = in_round(2, "kontum-2024-09.kontum.vi.txt", indicators)
    assert ("2024-09", "month", "yoy_pct", 2.44, "=") in rows_of(kt, "cpi")
    assert "another month" in why(kt, "2,19%")
    # the rule's own cases, read by hand: June against May is a change on the month before; a half-year of
    # 2021 against 2019's is a change over two years (a report of 2021 compares with 2019 when 2020 fell)
    june = extract.extract("Kim ngạch xuất khẩu tháng 6 ước đạt 500 triệu USD, tăng 3% so với tháng 5.",
                           indicators, Period(2021, 6))
    assert [(r["measure"], r["value"]) for r in june.rows if r["indicator"] == "exports"] == [("level", 500.0)]
    two = extract.extract("Tổng mức bán lẻ hàng hóa 6 tháng đầu năm 2021 đạt 20.000 tỷ đồng, tăng 5,2% so với "
                          "cùng kỳ năm 2019.", indicators, Period(2021, 6))
    assert [r["measure"] for r in two.rows] == ["level"]
    assert "2019" in why(two, "5,2%")
    same = extract.extract("Chỉ số sản xuất công nghiệp tháng 6/2021 tăng 7,1% so với tháng 6/2020.",
                           indicators, Period(2021, 6))
    assert rows_of(same, "iip_growth") == [("2021-06", "month", "yoy_pct", 7.1, "=")]


def test_the_budgets_whole_a_count_of_projects_a_running_total_of_the_year_and_the_cpi_of_an_area(indicators):
    # baonamdinh.vn (Nam Định, 2019): "Tổng thu ngân sách Nhà nước năm 2019 ước đạt 16.720 tỷ đồng, … Thu
    # ngân sách Nhà nước trên địa bàn ước đạt 5.605,5 tỷ đồng, …, tăng 6,2%": the budget's whole (with its
    # transfers) was proposed for the revenue on the territory, which the catalog names
    nd = in_round(16, "namdinh-2019-12.baonamdinh.vi.txt", indicators)
    assert rows_of(nd, "budget_revenue") == [("2019-12", "year", "level", 5605.5, "="),
                                             ("2019-12", "year", "yoy_pct", 6.2, "=")]
    # thuonghieucongluan.com.vn (Nghệ An, 9 months 2024): "Lũy kế năm 2024, … điều chỉnh tổng vốn đầu tư 31
    # lượt dự án …, trong đó vốn FDI đạt trên 730 triệu USD": "31 lượt dự án" was read as 31 visits, and the
    # running total of the year, in September, as the whole year's
    na = in_round(16, "nghean-2024-09.thuonghieucongluan.vi.txt", indicators)
    assert 31.0 not in [r[3] for r in rows_of(na, "tourists")]
    assert ("2024-12", "year") not in [(r[0], r[1]) for r in rows_of(na, "fdi_attracted")]
    # thongkevinhlong (Vĩnh Long, October 2023): "CPI tháng 10/2023 giảm 0,17% so với tháng trước; trong đó,
    # khu vực thành thị giảm 0,2%; khu vực nông thôn giảm 0,16%": the urban CPI was proposed as the CPI
    vl = in_round(16, "vinhlong-2023-10.thongkevinhlong.vi.txt", indicators)
    assert -0.2 not in [r[3] for r in rows_of(vl, "cpi")]


def test_a_share_of_the_plan_before_the_growth_names_no_plan_of_it(indicators):
    # nongnghiep.vn (Kiên Giang, 6 months 2021): "(GRDP) 6 tháng đầu năm 2021 ước tính hơn 31.752 tỷ đồng,
    # đạt 43,44% kế hoạch năm và tăng 4,52% so với cùng kỳ": "kế hoạch năm" made the growth a plan, and the
    # agriculture branch's "(tăng 1,75%)" of the sentence after took the sector's place
    kg = in_round(17, "kiengiang-2021-06.nongnghiep.vi.txt", indicators)
    assert ("2021-06", "ytd", "yoy_pct", 4.52, "=") in rows_of(kg, "grdp_growth")
    assert rows_of(kg, "grdp_growth_agriculture") == [("2021-06", "ytd", "yoy_pct", 2.52, "=")]


def test_a_part_after_trong_do_never_replaces_its_rounded_total_and_tour_travellers_are_a_part(indicators):
    # baovinhlong.com.vn (Vĩnh Long, 2 months 2019): "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ … đạt hơn
    # 8.692 tỷ đồng, tăng hơn 12% so cùng kỳ. Trong đó, bán lẻ hàng hóa tăng 11,4%, … và dịch vụ khác tăng
    # 11,83%." put a part's 11,83% in the total's place ("hơn 12%" taken for its rounding), and "khách du
    # lịch theo tour ước đạt 24.200 lượt" (travellers on tours, a part) was proposed as all visitors
    vl = in_round(18, "vinhlong-2019-02.baovinhlong.vi.txt", indicators)
    assert ("2019-02", "ytd", "yoy_pct", 12.0, ">") in rows_of(vl, "retail_sales")
    assert 11.83 not in [r[3] for r in rows_of(vl, "retail_sales")]
    # (its "khách lưu trú đạt 227.100 lượt" is read as the visitors, as Khánh Hòa's "đón khoảng 9 triệu lượt
    # khách lưu trú" is: the readings part there, see tests/test_corpus.py)
    assert 24200.0 not in [r[3] for r in rows_of(vl, "tourists")]


def test_the_provinces_growth_is_its_grdps(indicators):
    # scribd (Hải Dương, first quarter of 2023): "tăng trưởng của tỉnh Hải Dương ước đạt 8,35%": the
    # province's growth, named by no indicator's words, was listed as unnamed
    hd = in_round(15, "haiduong-2023-03.scribd.vi.txt", indicators)
    assert ("2023-03", "ytd", "yoy_pct", 8.35, "=") in rows_of(hd, "grdp_growth")


def test_an_amount_said_to_be_exceeded_is_more_than_it():
    # doanhnghieptiepthi.vn (Hải Phòng, April 2026, on 2025): "kim ngạch xuất khẩu vượt 50 tỷ USD" was
    # proposed as exactly 50 (its reading: more than 50); a margin over the plan stays no row
    catalog = targets.load_catalog("haiphong-2024")
    got = extract.extract("Năm 2025, tổng vốn đầu tư toàn xã hội đạt khoảng 321 nghìn tỷ đồng; kim ngạch "
                          "xuất khẩu vượt 50 tỷ USD.", catalog, Period.parse("2025-12"))
    assert [(r["indicator"], r["value"], r["qualifier"]) for r in got.rows if r["indicator"] == "exports"] == [
        ("exports", 50.0, ">")]
    margin = extract.extract("Thu ngân sách đạt 30.000 tỷ đồng, vượt 5% so với dự toán.", catalog,
                             Period.parse("2025-12"))
    assert [r["value"] for r in margin.rows] == [30000.0]


def test_another_index_gross_output_and_a_continued_total_are_told_apart(indicators):
    # haiduongtv.com (Hải Dương, October 2023): "Chỉ số sản xuất công nghiệp tăng chậm khiến Chỉ số sử dụng lao
    # động trong các doanh nghiệp tháng 10 này chỉ tăng 0,4% …, nhưng vẫn giảm 11% … và tính chung 10 tháng
    # năm 2023 giảm 6,7%": the labour index's figures were proposed as the IIP's; and "… Chỉ số sản xuất công
    # nghiệp … tháng 10 này vẫn giảm 0,3% so với tháng trước. Nhưng tính chung 10 tháng năm 2023 đã tăng 7,6%
    # …" left the IIP's ten months unnamed
    hd = in_round(19, "haiduong-2023-10.haiduongtv.vi.txt", indicators)
    assert rows_of(hd, "iip_growth") == [("2023-10", "ytd", "yoy_pct", 7.6, "=")]
    # vneconomy.vn (Quảng Trị, 9 months 2024): "Giá trị sản xuất công nghiệp, xây dựng tăng 10,0% …. Giá trị
    # sản xuất dịch vụ tăng 7,4% …": the sectors' gross output, proposed as their growth (of value added)
    qt = in_round(19, "quangtri-2024-09.vneconomy.vi.txt", indicators)
    assert rows_of(qt, "grdp_growth_industry_construction") == rows_of(qt, "grdp_growth_services") == []
    # travinh.gov.vn (Trà Vinh, July 2022): "lũy kế 7 tháng thu 8.556,819 tỷ đồng, đạt 82,8% dự toán, thấp hơn
    # cùng kỳ 15,8%": a fall on the year, left unread
    tv = in_round(19, "travinh-2022-07.travinh.vi.txt", indicators)
    assert ("2022-07", "ytd", "yoy_pct", -15.8, "=") in rows_of(tv, "budget_revenue")
    # industrial.cnctech.vn (Vĩnh Phúc, Q1 2024): "the agricultural, forestry, and fisheries sector, estimated
    # an increase of 2.70%; industrial and construction sector increased by 6.79%": the sectors unnamed
    vp = in_round(19, "vinhphuc-2024-03.cnctech.en.txt", indicators)
    assert rows_of(vp, "grdp_growth_agriculture") == [("2024-03", "ytd", "yoy_pct", 2.7, "=")]
    assert rows_of(vp, "grdp_growth_industry_construction") == [("2024-03", "ytd", "yoy_pct", 6.79, "=")]


def test_an_english_amount_named_after_it_past_a_bracket_and_a_bare_scale_in_a_respectively_list(indicators):
    # vietnamplus (Bình Dương, Q1 2021, English): "… had attracted nearly 30.8 trillion VND (1.34 billion USD)
    # in domestic investment and 468 million USD in foreign direct investment, increases of 50 percent and
    # 59 percent year-on-year, respectively.": the FDI was taken for the domestic investment named before it
    # (and the rates left unread); "Its export turnover stood at 7.7 billion USD, while its import value was
    # 5.6 billion, up 30.4 percent and 20 percent …, respectively": "5.6 billion" (in the dollars of the
    # amount before it) and the rates left unread
    bd = in_round(19, "binhduong-2021-03.vietnamplus.en.txt", indicators)
    assert rows_of(bd, "fdi_attracted") == [("2021-03", "ytd", "level", 468.0, "="),
                                            ("2021-03", "ytd", "yoy_pct", 59.0, "=")]
    assert rows_of(bd, "exports") == [("2021-03", "ytd", "level", 7.7, "="), ("2021-03", "ytd", "yoy_pct", 30.4, "=")]
    assert rows_of(bd, "imports") == [("2021-03", "ytd", "level", 5.6, "="), ("2021-03", "ytd", "yoy_pct", 20.0, "=")]


def test_round_twentys_shares_months_holidays_and_years_not_ended(indicators):
    # doanhnghiephoinhap.vn (Hòa Bình, 2022): "Tỷ trọng ngành nông, lâm nghiệp, thủy sản chiếm 22,71%; công
    # nghiệp - xây dựng 38,97%; …": a share of the list, proposed as the sector's growth; "Chỉ số giá tiêu dùng
    # tháng 12 so với tháng trước giảm 0,31% và tăng so với cùng kỳ năm trước 2,55%": the change on the month
    # before proposed as the change on the year
    hb = in_round(20, "hoabinh-2022-12.doanhnghiephoinhap.vi.txt", indicators)
    assert rows_of(hb, "grdp_growth_industry_construction") == []
    assert rows_of(hb, "cpi") == [("2022-12", "month", "yoy_pct", 2.55, "=")]
    # tcdulichtphcm.vn (Cần Thơ, January 2026): "Những hạn chế trong đầu năm 2026 là tăng trưởng kinh tế đạt
    # 7,23%, …": proposed as the growth of the whole year 2026, a year not ended at the report's month
    ct = in_round(20, "cantho-2026-01.tcdulichtphcm.vi.txt", indicators)
    assert ("2026-12", "year") not in [(r[0], r[1]) for r in rows_of(ct, "grdp_growth")]
    # quangnamgov (Quảng Nam, February 2019, English): "… during the Lunar New Year, from February 2, 2019, to
    # February 10, 2019, Quang Nam welcomed more than 54 thousand visitors": a holiday's, as the two months'
    qn = in_round(20, "quangnam-2019-02.quangnamgov.en.txt", indicators)
    assert 54.0 not in [r[3] for r in rows_of(qn, "tourists")]
    # vccinews (Tây Ninh, Q1 2023, English): "industry - construction contracting 0.89%" (a fall); "… fulfilling
    # 26.8% of the full-year target, down 0.8% from a year earlier" (the share of the target names no plan of
    # the fall)
    tn = in_round(20, "tayninh-2023-03.vccinews.en.txt", indicators)
    assert rows_of(tn, "grdp_growth_industry_construction") == [("2023-03", "ytd", "yoy_pct", -0.89, "=")]
    assert ("2023-03", "ytd", "yoy_pct", -0.8, "=") in rows_of(tn, "budget_revenue")
    # baobinhthuan (Bình Thuận, 9 months 2023, English): "income from accommodation, dining, and travel services
    # reached 16,352.8 billion VND (up 63.21% …)": a revenue, proposed as the services sector's growth
    bt = in_round(20, "binhthuan-2023-09.baobinhthuan.en.txt", indicators)
    assert rows_of(bt, "grdp_growth_services") == []
    # baokhanhhoa (Khánh Hòa, 9 months 2020): "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ giảm 30,46%" was
    # listed as a revenue of "dịch vụ giảm"
    kh = in_round(20, "khanhhoa-2020-09.baokhanhhoa.vi.txt", indicators)
    assert ("2020-09", "ytd", "yoy_pct", -30.46, "=") in rows_of(kh, "retail_sales")


def test_round_twenty_ones_place_names_abbreviations_months_and_retail(indicators):
    # vneconomy (Thừa Thiên Huế, 10 months 2024, English): "Central Thua Thien-Hue province welcomed over 3.2
    # million tourists …": the hyphened name was read as another place's ("Huế")
    hu = in_round(21, "hue-2024-10.vneconomy.en.txt", indicators)
    assert ("2024-10", "ytd", "level", 3.2, ">") in rows_of(hu, "tourists")
    # vneconomy (Hồ Chí Minh City, 9 months 2021): "… tổng thu cân đối ngân sách nhà nước 9 tháng năm 2021 trên
    # địa bàn TP. Hồ Chí Minh ước đạt 279.298 tỷ đồng, …": "TP." ended the sentence, and the figure lost its name
    hcm = in_round(21, "hochiminh-2021-09.vneconomy.vi.txt", indicators)
    assert ("2021-09", "ytd", "level", 279298.0, "=") in rows_of(hcm, "budget_revenue")
    # travinh.gov.vn (Trà Vinh, May 2023, English): "Budget revenue increased significantly, reaching over 940
    # billion VND, with a cumulative collection of over 8,150 billion VND in the first five months, …": May's
    # figure proposed as the five months'
    tv = in_round(21, "travinh-2023-05.travinhgov.en.txt", indicators)
    assert ("2023-05", "ytd", "level", 940.0, ">") not in rows_of(tv, "budget_revenue")
    # vietnamnews (Đồng Tháp, 9 months 2023): "Retail sales and consumer services revenue grew 13.2 per cent"
    # was proposed as the services sector's growth
    dt = in_round(21, "dongthap-2023-09.vietnamnews.en.txt", indicators)
    assert rows_of(dt, "grdp_growth_services") == []
    assert ("2023-09", "ytd", "yoy_pct", 13.2, "=") in rows_of(dt, "retail_sales")


def test_the_parts_after_trong_do_keep_the_period_reported_not_the_one_compared_with(indicators):
    # nhandan.vn (Đắk Nông, 6 months 2022): "… GRDP 6 tháng đầu năm 2022 … tăng trưởng đạt 6,33%, cao hơn mức tăng
    # 3,59% của 6 tháng đầu năm 2021. Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 5,88%, …": the sectors
    # were given the first half of 2021, the period compared with
    dn = in_round(22, "daknong-2022-06.nhandan.vi.txt", indicators)
    assert ("2022-06", "ytd", "yoy_pct", 5.88, "=") in rows_of(dn, "grdp_growth_agriculture")
    assert ("2022-06", "ytd", "yoy_pct", 8.11, "=") in rows_of(dn, "grdp_growth_industry_construction")


def test_the_value_of_port_services_is_no_growth_of_the_services_sector(indicators):
    # talkvietnam (Bà Rịa – Vũng Tàu, first quarter of 2021, English): "The value of port services jumped by 9.6
    # per cent." was proposed as the services sector's GRDP growth
    vt = in_round(22, "bariavungtau-2021-03.talkvietnam.en.txt", indicators)
    assert rows_of(vt, "grdp_growth_services") == []
    assert "9.6 per cent" in [f for f, _, _ in vt.unmatched]


def test_a_rise_after_an_amount_and_its_conversion_in_brackets_is_the_amounts(indicators):
    # vietnamnews (Thanh Hóa, 2022): "State budget collection has reached the highest level ever, estimated at
    # VNĐ48.82 trillion (US$2.17 billion), exceeding 65 per cent of the estimate, an increase of 20 per cent over
    # the same period last year.": the rise was given to the dollars in brackets, and dropped
    th = in_round(22, "thanhhoa-2022-12.vietnamnews.en.txt", indicators)
    assert ("2022-12", "year", "yoy_pct", 20.0, "=") in rows_of(th, "budget_revenue")


def test_a_sentence_run_into_the_next_without_a_space_ends_at_its_full_stop(indicators):
    # vietnamplus (Bến Tre, first half of 2019, English): "… equivalent to 50.94 percent of the yearly plan.According
    # to Director …, of the export value, 361 million USD came from the Asian market, …": one sentence, so the
    # Asian market's part was proposed as the exports, and the total (nearly 591 million USD) was missed
    bt = in_round(23, "bentre-2019-06.vietnamplus.en.txt", indicators)
    assert ("2019-06", "ytd", "level", 361.0, "=") not in rows_of(bt, "exports")
    assert ("2019-06", "ytd", "level", 591.0, "~") in rows_of(bt, "exports")


def test_import_export_revenue_a_jump_capital_for_social_development_and_examples_after_such_as(indicators):
    # vietnamplus (Cao Bằng, 2022, English): "… with import-export revenue nearing 885 million USD, up 11%
    # year-on-year.": both directions of trade, proposed as the exports ("export revenue")
    cb = in_round(23, "caobang-2022-12.vietnamplus.en.txt", indicators)
    assert rows_of(cb, "exports") == []
    # einpresswire (Hậu Giang, nine months of 2023, English): "… retail sales of goods and services jumped by
    # 18.34 per cent." (read as a level in %), "Hậu Giang's investment capital for social development reached
    # VNĐ17 trillion after a 12 per cent climb from last year’s." (not known as the social investment)
    hg = in_round(23, "haugiang-2023-09.einpresswire.en.txt", indicators)
    assert ("2023-09", "ytd", "yoy_pct", 18.34, "=") in rows_of(hg, "retail_sales")
    assert ("2023-09", "ytd", "level", 17.0, "=") in rows_of(hg, "social_investment")
    # laodong (Bạc Liêu, first quarter of 2025, English): "… has not created breakthroughs to contribute to growth
    # such as: The growth rate of total product in the province increased by 6.39% …" and "Entering April 2025,
    # … increased quite well compared to the same period such as: seafood output increased by 6.87%, total retail
    # sales of goods and service revenue increased by 8.25%...": examples in clauses of their own after "such
    # as:", each its indicator's own, were taken for parts
    bl = in_round(23, "baclieu-2025-04.laodong.en.txt", indicators)
    assert ("2025-03", "ytd", "yoy_pct", 6.39, "=") in rows_of(bl, "grdp_growth")
    assert ("2025-04", "month", "yoy_pct", 8.25, "=") in rows_of(bl, "retail_sales")


def test_a_quarter_written_with_a_hyphen_before_its_year_is_that_years(indicators):
    # baoangiang (An Giang, first quarter of 2020): "… khu vực nông, lâm nghiệp và thủy sản tăng 3,82% (quý I-2019
    # tăng 3,01%); khu vực công nghiệp- xây dựng tăng 5,8% (quý I-2019 tăng 8,4%); …": "quý I-2019" was read as
    # the first quarter of the report's year, so 2019's figures were proposed as 2020's and 2020's dropped
    ag = in_round(24, "angiang-2020-03.baoangiang.vi.txt", indicators)
    assert ("2020-03", "ytd", "yoy_pct", 3.82, "=") in rows_of(ag, "grdp_growth_agriculture")
    assert ("2020-03", "ytd", "yoy_pct", 3.01, "=") not in rows_of(ag, "grdp_growth_agriculture")
    assert ("2020-03", "ytd", "yoy_pct", 5.8, "=") in rows_of(ag, "grdp_growth_industry_construction")


def test_a_stock_as_at_a_date_is_not_the_flow_of_the_period(indicators):
    # vietnamplus (Bắc Ninh, 2020, English): "It ranked sixth in foreign investment attraction, with 1,628 projects
    # and 19.9 billion USD in capital as at the end of the year, …": the capital of the projects standing at the
    # year's end was proposed as the FDI attracted in 2020
    bn = in_round(24, "bacninh-2020-12.vietnamplus.en.txt", indicators)
    assert rows_of(bn, "fdi_attracted") == []
    assert "stock" in why(bn, "19.9 billion USD")


def test_dollars_spelled_out_goods_shipped_abroad_and_a_per_capita_product_named_before_its_acronym(indicators):
    # thanhnien (Bình Dương, first half of 2021): "Thu hút đầu tư trực tiếp nước ngoài đạt 1,4 tỉ đô la Mỹ": a unit
    # the table lacked
    bd = in_round(24, "binhduong-2021-06.thanhnien.vi.txt", indicators)
    assert rows_of(bd, "fdi_attracted") == [("2021-06", "ytd", "level", 1.4, "=")]
    assert [r["unit"] for r in bd.rows if r["indicator"] == "fdi_attracted"] == ["tỷ USD"]
    # vietnamplus (Bắc Ninh, 2020, English): "The province is the second-largest exporter in Vietnam, with over 38.9
    # billion USD worth of goods shipped abroad in 2020, up 14.3 percent against 2019.": no indicator named
    bn = in_round(24, "bacninh-2020-12.vietnamplus.en.txt", indicators)
    assert ("2020-12", "year", "yoy_pct", 14.3, "=") in rows_of(bn, "exports")
    # vietnamplus (Long An, 2019, English): "… and annual per capita gross regional domestic product (GRDP) of nearly
    # 73 million VND (3,139 USD), …": taken for the GRDP, in a unit it is not kept in
    la = in_round(24, "longan-2019-12.vietnamplus.en.txt", indicators)
    assert ("2019-12", "year", "level", 73.0, "~") in rows_of(la, "grdp_per_capita")


def test_approximately_some_a_quarter_misspelt_a_parts_rise_and_a_rise_beside_a_month_on_month_one(indicators):
    # baoyenbai (Yên Bái, ten months of 2023, English): "Approximately 1.8 million tourists visited the province." and
    # "… its total development investment capital hit some 16.5 trillion VND, …": proposed as exact figures
    yb = in_round(25, "yenbai-2023-10.baoyenbai.en.txt", indicators)
    assert ("2023-10", "ytd", "level", 1.8, "~") in rows_of(yb, "tourists")
    assert ("2023-10", "ytd", "level", 16.5, "~") in rows_of(yb, "social_investment")
    # baokiemtoan (Cà Mau, first quarter of 2025): "Qúy I năm 2025, tổng mức bán lẻ hàng hóa, dịch vụ … ước đạt
    # 25.228,77 tỷ đồng, tăng 13,90% …": the misspelt quarter was not read, so "năm 2025" made them the year's
    cm = in_round(25, "camau-2025-03.baokiemtoan.vi.txt", indicators)
    assert ("2025-03", "ytd", "yoy_pct", 13.9, "=") in rows_of(cm, "retail_sales")
    assert not [r for r in rows_of(cm, "retail_sales") if r[0] == "2025-12"]
    # kinhtedothi (Sơn La, first half of 2025): "Kim ngạch xuất khẩu đạt khoảng 112,2 triệu USD, trong đó nông sản
    # chiếm tỷ trọng lớn với mức tăng 10,5%.": the farm products' rise was proposed as the exports'
    sl = in_round(25, "sonla-2025-06.kinhtedothi.vi.txt", indicators)
    assert ("2025-06", "ytd", "yoy_pct", 10.5, "=") not in rows_of(sl, "exports")
    # vietnamplus (Cà Mau, July 2020, English): "The industrial production index rose 1.6 percent, while total retail
    # sales and service revenue inched up 1.1 percent to over 4.8 trillion VND (208 million USD), and export value
    # increased 1.9 percent month-on-month to 85 million USD in July.": rises with no base of their own, beside one
    # on the month before, were proposed as changes on a year
    cj = in_round(25, "camau-2020-07.vietnamplus.en.txt", indicators)
    assert not [r for r in rows_of(cj, "iip_growth") + rows_of(cj, "retail_sales") if r[2] == "yoy_pct"]


def test_a_year_named_as_since_when_a_branch_of_services_and_the_groups_of_sectors(indicators):
    # consosukien (Hà Nam, first quarter of 2025): "… (GRDP) quý I/2025 ước tính tăng 10,54% …, là mức tăng trưởng cao
    # nhất của quý I kể từ năm 2021 trở lại đây, trong đó khu vực nông nghiệp, lâm nghiệp và thủy sản tăng 0,42%; …":
    # "kể từ năm 2021" (since 2021) was read as the span of the sectors' figures, the year 2021
    hn = in_round(26, "hanam-2025-03.consosukien.vi.txt", indicators)
    assert rows_of(hn, "grdp_growth_agriculture") == [("2025-03", "ytd", "yoy_pct", 0.42, "=")]
    assert rows_of(hn, "grdp_growth_services") == [("2025-03", "ytd", "yoy_pct", 9.76, "=")]
    # baocantho (Cần Thơ, first half of 2020, English): "… accommodation and catering services 31.03%, …": a branch of
    # the services, proposed as the sector's growth; "Group I witnessed a growth rate of 2.42%", "Group II …", "Group
    # III is hardest-hit by COVID-19 with a contraction of 3.28%": the sectors by their groups' numbers
    ct = in_round(26, "cantho-2020-06.baocantho.en.txt", indicators)
    assert rows_of(ct, "grdp_growth_services") == [("2020-06", "ytd", "yoy_pct", -3.28, "=")]
    assert rows_of(ct, "grdp_growth_agriculture") == [("2020-06", "ytd", "yoy_pct", 2.42, "=")]
    assert rows_of(ct, "grdp_growth_industry_construction") == [("2020-06", "ytd", "yoy_pct", 6.66, "=")]


def test_imports_and_exports_together_are_neither(indicators):
    # vietnamplus (Lạng Sơn, January 2023, English): "Of the sum, the value of imports and exports with customs
    # declarations reached 111 million USD, up 27% from last year.": both directions, proposed as the exports
    ls = in_round(27, "langson-2023-01.vietnamplus.en.txt", indicators)
    assert rows_of(ls, "exports") == []


def test_a_sign_in_brackets_the_parts_of_an_average_over_years_and_a_sectors_production(indicators):
    # bacninh.gov.vn (Bắc Ninh, 2023): "… trong đó khu vực CN-XD chiếm tỷ trọng nhiều nhất thì giảm (-13,24%), tiếp đến là
    # khu vực NLTS (-2,31%); …" and "… bình quân mỗi năm giai đoạn 2021-2023 chỉ tăng 0,4%/năm, trong đó khu vực nông,
    # lâm nghiệp và thủy sản tăng nhẹ (+0,95%); khu vực công nghiệp xây dựng (-1,27%), …": the averages' parts were
    # proposed as the year's growth, "-1,27%" as a rise of 1.27
    bn = in_round(28, "bacninh-2023-12.bacninhgov.vi.txt", indicators)
    assert rows_of(bn, "grdp_growth_agriculture") == [("2023-12", "year", "yoy_pct", -2.31, "=")]
    assert rows_of(bn, "grdp_growth_industry_construction") == [("2023-12", "year", "yoy_pct", -13.24, "=")]
    # vnanet (Trà Vinh, nine months of 2023, English): "… agro-forestry-fishery production nearly 21.8 billion VND, up
    # 2.04%; …": the sector's production value, proposed as its GRDP growth
    tv = in_round(28, "travinh-2023-09.vnanet.en.txt", indicators)
    assert rows_of(tv, "grdp_growth_agriculture") == []


def test_a_change_that_says_its_base_before_it_is_not_one_whose_base_is_unsaid(indicators):
    # binhthuan.gov.vn (Bình Thuận, November 2021, English): "… the consumer price index (CPI) increased by 0.13% over
    # the previous month, by 4.03% over the same period last year; Average CPI in 11 months of 2021 over the same
    # period last year increased by 2.73%": the last says its base before the figure (the rule for a rise whose base
    # is not said, once it knew "over the previous month", dropped it)
    bt = in_round(14, "binhthuan-2021-11.binhthuan.en.txt", indicators)
    assert ("2021-11", "ytd", "yoy_pct", 2.73, "=") in rows_of(bt, "cpi")


def test_a_share_that_makes_up_the_economy_and_a_headline_the_body_dates(indicators):
    # vietnamplus (Đà Nẵng, first half of 2023, English): "… the agro-forestry-fishery sector contributed 2.15% to the
    # city's GRDP, while the industry and construction sector made up 18.75% and the service sector accounted for
    # 69.19%.": a share ("made up"), proposed as the sector's growth
    dn = in_round(29, "danang-2023-06.vietnamplus.en.txt", indicators)
    assert rows_of(dn, "grdp_growth_industry_construction") == []
    # baosonla.vn (Sơn La, October 2020): the headline "Chỉ số sản xuất ngành công nghiệp tăng 97,55% so với cùng kỳ"
    # (no period) over "Chỉ số sản xuất ngành công nghiệp toàn tỉnh tháng 10 tăng 97,55% so với cùng kỳ năm trước":
    # the headline's figure was proposed a second time, for the months to date (the span from --period)
    sl = in_round(29, "sonla-2020-10.baosonla.vi.txt", indicators)
    assert rows_of(sl, "iip_growth") == [("2020-10", "month", "yoy_pct", 97.55, "=")]


def test_a_respectively_list_whose_names_follow_its_figures(indicators):
    # vietnamplus (Đà Nẵng, first quarter of 2022, English): "The locality recorded increases of 2.6 percent, 1.96
    # percent, and 0.80 percent in its agro-forestry-aquaculture, industry-construction, and services,
    # respectively.": the names after the figures were not read, and the three growths were left unmatched
    dn = in_round(29, "danang-2022-03.vietnamplus.en.txt", indicators)
    assert rows_of(dn, "grdp_growth_agriculture") == [("2022-03", "ytd", "yoy_pct", 2.6, "=")]
    assert rows_of(dn, "grdp_growth_industry_construction") == [("2022-03", "ytd", "yoy_pct", 1.96, "=")]
    assert rows_of(dn, "grdp_growth_services") == [("2022-03", "ytd", "yoy_pct", 0.8, "=")]


def test_economic_expansion_is_the_provinces_growth(indicators):
    # vietnamplus (Lào Cai, 2019, English): "In 2019, Lao Cai maintained stable economic expansion, with an estimated
    # growth rate of 10.32 percent, ranking second in the northern midland and mountainous region …": no indicator
    # was named for the growth
    lc = in_round(29, "laocai-2019-12.vietnamplus.en.txt", indicators)
    assert rows_of(lc, "grdp_growth") == [("2019-12", "year", "yoy_pct", 10.32, "=")]


def test_a_pair_of_multiples_a_share_of_the_grdp_and_a_budgets_parts(indicators):
    # thoibaotaichinhvietnam.vn (Quảng Ninh, first quarter of 2023, English): "… Quang Ninh welcomed 4.85 million
    # tourists and earned some 8.55 trillion VND (363.9 million USD) in tourism revenue, respectively rising 2.3 and
    # 2.7-fold from a year earlier.": "2.3" was not read as a multiple, and 2.7-fold (tourism revenue's, a rise of
    # 170%) was proposed as the tourists' growth; the tourists' is 2.3-fold, a rise of (2.3 − 1) × 100 = 130%
    qn = in_round(30, "quangninh-2023-03.thoibaotaichinhvietnam.en.txt", indicators)
    assert [r for r in rows_of(qn, "tourists") if r[2] == "yoy_pct"] == [("2023-03", "ytd", "yoy_pct", 130.0, "=")]
    # "The service sector …, contributing to 30.6% of the GRDP.": a share, proposed as the sector's growth
    assert rows_of(qn, "grdp_growth_services") == []
    # "The budget comprises 11.27 trillion VND from domestic sources and 3.53 trillion VND from foreign trade,
    # representing increases of 8% and 7% respectively year on year.": the domestic part was left unmatched
    assert [r[3] for r in rows_of(qn, "budget_revenue_domestic")] == [11.27, 8.0]


def test_investment_in_society_and_goods_shipped_overseas_are_named(indicators):
    # vnanet.vn (Trà Vinh, nine months of 2023, English): "… with total investment in society approximating 22.1
    # trillion VND, up 14.15%, …": no indicator was named
    tv = in_round(28, "travinh-2023-09.vnanet.en.txt", indicators)
    assert rows_of(tv, "social_investment") == [("2023-09", "ytd", "level", 22.1, "~"),
                                                ("2023-09", "ytd", "yoy_pct", 14.15, "=")]
    # baoyenbai.com.vn (Yên Bái, ten months of 2023, English): "The province also shipped 279.8 million USD worth of
    # goods overseas, up 12% year-on-year."
    yb = in_round(25, "yenbai-2023-10.baoyenbai.en.txt", indicators)
    assert [r[3] for r in rows_of(yb, "exports")] == [279.8, 12.0]


def test_an_earlier_periods_figure_in_brackets_is_said_to_be_one(indicators):
    # binhphuoc.gov.vn (Bình Phước, 2023): "… tăng 10,25% …, đóng góp 3,21 điểm phần trăm … (năm 2022 tăng 9,21%)."
    # was listed as "a part's figure in brackets", which tells a reviewer of a part of the sector, not of last year
    bp = in_round(20, "binhphuoc-2023-12.binhphuoc.vi.txt", indicators)
    assert why(bp, "9,21%") == why(bp, "14,75%") == "an earlier period's figure in brackets, given for comparison"


def test_a_compared_months_year_is_no_span_and_parts_of_a_trade_or_a_price_index(indicators):
    # thongkecaobang.gov.vn (Cao Bằng, July 2021): "Chỉ số giá tiêu dùng tháng 7 năm 2021 tăng 0,13% so với tháng 12 năm
    # 2020 và giảm 1,66% so với cùng kỳ năm trước.": the compared month's "năm 2020" was read as the span of the next
    # figure, and July's fall year on year proposed as 2020's; "… chỉ có 01 nhóm giảm là nhóm hàng ăn và dịch vụ ăn
    # uống giảm 1,11% …" (a group of the index) was proposed as the CPI's
    cb = in_round(31, "caobang-2021-07.thongkecaobang.vi.txt", indicators)
    assert [r for r in rows_of(cb, "cpi") if r[2] == "yoy_pct"] == [("2021-07", "month", "yoy_pct", -1.66, "="),
                                                                    ("2021-07", "ytd", "yoy_pct", -1.14, "=")]
    # vietnam.vn (Cao Bằng, 2024, English): "Total import-export turnover in the area is estimated at 900 million USD,
    # up 21.9%, …": exports and imports together, proposed as the exports
    assert rows_of(in_round(31, "caobang-2024-12.vietnamvn.en.txt", indicators), "exports") == []


def test_a_report_printed_in_broken_lines_is_read_as_its_sentences(indicators):
    # thongkehoabinh.gov.vn (Hòa Bình, 2019, English; a yearbook's lines as printed): "Gross regional domestic products
    # (GRDP) in 2019 (at constant\n2010 prices) reached 29,956.2 billion VND, an increase of 6.75%\ncompared to the
    # previous year. In which, agriculture, forestry and\nfishery increased by 4.81%; …": each printed line was read
    # as a sentence (or a heading), and the growths were left unmatched
    hb = in_round(31, "hoabinh-2019-12.thongkehoabinh.en.txt", indicators)
    assert rows_of(hb, "grdp_growth") == [("2019-12", "year", "yoy_pct", 6.75, "=")]
    assert [r[3] for r in rows_of(hb, "grdp_growth_agriculture")] == [4.81]


def test_the_figure_of_a_year_compared_with_is_no_row(indicators):
    # scribd (Hải Dương, first quarter of 2023, printed in broken lines): "Tăng trưởng kinh tế của Việt Nam năm nay được
    # dự báo đạt 6,3% 1; thấp hơn khá\nnhiều so với tăng trưởng năm 2022 là 8% 2.": once the lines were joined, the
    # country's 2022 growth, the base of a comparison, was proposed as the province's
    hd = in_round(15, "haiduong-2023-03.scribd.vi.txt", indicators)
    assert ("2022-12", "year", "yoy_pct", 8.0, "=") not in rows_of(hd, "grdp_growth")
    assert why(hd, "8%") == "the figure of the year compared with, not of this report"


def test_a_share_of_the_plan_is_noted_only_beside_its_own_figure(indicators):
    # laodong.vn (Hà Tĩnh, 2024, English): "Of which: domestic revenue reached VND9,600 billion, reaching 119% of the
    # estimate, …; import-export revenue reached VND8,300 billion, reaching 88% of the estimate, …": the 88% of the
    # import-export revenue (no tracked indicator) was noted as the domestic revenue's second share of its plan
    ht = in_round(21, "hatinh-2024-12.laodong.en.txt", indicators)
    domestic = next(r for r in ht.rows if r["indicator"] == "budget_revenue_domestic")
    assert "119% of plan" in domestic["note_en"] and "88% of plan" not in domestic["note_en"]
    assert why(ht, "88%") == "the city's % of plan, beside a figure no row was made from"


def test_an_english_index_on_the_previous_year_is_its_change(indicators):
    # laodong.vn (Hà Tĩnh, 2024, English): "domestic revenue reached VND9,600 billion, …, equal to 105% of the previous
    # year" is a change of 105 - 100 = +5% (as "bằng 105% so với cùng kỳ")
    ht = in_round(21, "hatinh-2024-12.laodong.en.txt", indicators)
    assert ("2024-12", "year", "yoy_pct", 5.0, "=") in rows_of(ht, "budget_revenue_domestic")


def test_adjustments_are_no_visits_and_capital_of_projects_in_force_is_a_stock(indicators):
    # thuonghieucongluan.com.vn (Tây Ninh, May 2024): "…; 9 lượt điều chỉnh tăng vốn với vốn tăng 97,5 triệu USD; …"
    # was proposed as 9 tourists, and "Tính đến ngày 17/5/2024, trên địa bàn tỉnh có 371 dự án đầu tư nước ngoài (FDI)
    # còn hiệu lực với vốn đăng ký là 9.825 triệu USD." (the capital of the projects in force: a stock) as the five
    # months' FDI
    tn = in_round(32, "tayninh-2024-05.thuonghieucongluan.vi.txt", indicators)
    assert rows_of(tn, "tourists") == []
    assert "lượt điều chỉnh" in why(tn, "9 lượt điều chỉnh")
    assert 9825.0 not in [r[3] for r in rows_of(tn, "fdi_attracted")]
    assert why(tn, "9.825 triệu USD") == "a stock standing at a date, not the flow of the period"


def test_an_english_will_of_the_reports_own_written_span_is_its_estimate(indicators):
    # laodong.vn (Sóc Trăng, 2024, English; the Party Committee's conference of December 2): "in 2024, the estimated
    # economic growth rate will reach 7%" is the year's estimate, told in the future tense, not a plan; so is Hà
    # Tĩnh's "economic growth in 2024 will reach 7.48%" (laodong.vn, 2024)
    st = in_round(32, "soctrang-2024-12.laodong.en.txt", indicators)
    assert rows_of(st, "grdp_growth") == [("2024-12", "year", "yoy_pct", 7.0, "=")]
    row = next(r for r in st.rows if r["indicator"] == "grdp_growth")
    assert "review: told as a forecast ('will')" in row["note_en"]
    ht = in_round(21, "hatinh-2024-12.laodong.en.txt", indicators)
    assert rows_of(ht, "grdp_growth") == [("2024-12", "year", "yoy_pct", 7.48, "=")]
    # … but not where the span is not written beside it ("The average GRDP per capita will reach 69.1 million
    # VND/person/year."), nor read at a month before the year's end (the same text as of June: a forecast)
    assert why(st, "69.1 million VND") == "a plan, target or forecast, not a result"
    june = in_round(32, "soctrang-2024-12.laodong.en.txt", indicators, Period(2024, 6))
    assert rows_of(june, "grdp_growth") == []


def test_a_margin_over_the_target_names_no_plan_of_the_growth_after_it(indicators):
    # dttc.sggp.org.vn (Sóc Trăng, 2022): "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng xã hội đạt 70.900 tỷ
    # đồng (vượt 18,17% chỉ tiêu, tăng 37,21% so cùng kỳ)": the target's word of the margin made the growth a plan's
    st = in_round(32, "soctrang-2022-12.dttc.vi.txt", indicators)
    assert ("2022-12", "year", "yoy_pct", 37.21, "=") in rows_of(st, "retail_sales")


def test_the_citys_name_written_in_one_word_is_its_own(indicators):
    # hanoitimes.vn (Hà Nội, first half of 2019, English): "Hanoi attracted the largest portion of FDI nationwide during
    # the six-month period, posting US$5.3 billion, …" and "In the first six months of 2019, Hanoi’s gross regional
    # domestic product (GRDP) expanded 7.21%, …": "Hanoi" (as English pages write Hà Nội) was read as another place
    hn = in_round(33, "hanoi-2019-06.hanoitimes.en.txt", indicators)
    assert ("2019-06", "ytd", "yoy_pct", 7.21, "=") in rows_of(hn, "grdp_growth")
    assert rows_of(hn, "fdi_attracted") == [("2019-06", "ytd", "level", 5.3, "=")]


def test_an_english_span_of_months_keeps_its_year(indicators):
    # laodong.vn (Phú Thọ, first half of 2025, English): "Total state budget revenue in the area is estimated at VND
    # 7,596.3 billion, …, nearly double in the first 6 months of 2024 (more than VND 4,200 billion).": "in the first 6
    # months" was read without its "of 2024", and 2024's first half proposed as 2025's (the half year's own figure
    # then lost to it)
    pt = in_round(33, "phutho-2025-06.laodong.en.txt", indicators)
    assert ("2025-06", "ytd", "level", 4200.0, ">") not in rows_of(pt, "budget_revenue")
    assert ("2025-06", "ytd", "level", 7596.3, "=") in rows_of(pt, "budget_revenue")


def test_the_figure_after_a_targets_name_is_the_targets(indicators):
    # baohagiang.vn (Hà Giang, first half of 2021): "… tạo tiền đề để tỉnh nỗ lực thực hiện đạt và vượt mục tiêu tăng
    # trưởng (GRDP) 7,5% trong năm nay.": "vượt mục tiêu" (a result's comment elsewhere) hid the target, and its 7,5%
    # was proposed as the half year's growth
    hg = in_round(33, "hagiang-2021-06.baohagiang.vi.txt", indicators)
    assert 7.5 not in [r[3] for r in rows_of(hg, "grdp_growth")]
    assert why(hg, "7,5%") == "a target's own figure, after its name, not a result"


def test_retail_sale_said_in_the_singular_and_the_industrys_production_index(indicators):
    # sggp.org.vn (Vĩnh Long, 2024, English): "… the locality achieved a total retail sale of goods and consumer
    # service revenue of more than VND70,390 billion (US$2.7 billion), an increase of 13.53 percent …" named nothing
    vl = in_round(33, "vinhlong-2024-12.sggp.en.txt", indicators)
    assert sorted(rows_of(vl, "retail_sales")) == [("2024-12", "year", "level", 70390.0, ">"),
                                                   ("2024-12", "year", "yoy_pct", 13.53, "=")]
    # baobinhduong.vn (Bình Dương, January 2024, English): "the production index of the entire industrial sector in
    # January 2024 is estimated to … increase by 27.8% over the same period last year" is the IIP, not the industry
    # and construction sector's growth
    bd = in_round(33, "binhduong-2024-01.baobinhduong.en.txt", indicators)
    assert rows_of(bd, "grdp_growth_industry_construction") == []
    assert rows_of(bd, "iip_growth") == [("2024-01", "month", "yoy_pct", 27.8, "=")]


def test_a_sectors_share_of_the_growth_is_no_growth(indicators):
    # nhandan.vn (Hưng Yên, first half of 2024): "Đóng góp vào tăng trưởng … chủ yếu đến từ khu vực công nghiệp và xây
    # dựng, đóng góp tới 76,40% tăng trưởng kinh tế toàn tỉnh" was proposed as the sector's growth
    hy = in_round(34, "hungyen-2024-06.nhandan.vi.txt", indicators)
    assert 76.4 not in [r[3] for r in rows_of(hy, "grdp_growth_industry_construction")]


def test_months_of_a_year_said_with_cua(indicators):
    # baomoi.com (An Giang, 10 months 2024): "chỉ số sản xuất công nghiệp toàn tỉnh 10 tháng của năm 2024 ước tăng 10,02%
    # so với với cùng kỳ" was proposed as the year 2024's ("năm 2024" read as a span of its own)
    ag = in_round(34, "angiang-2024-10.baomoi.vi.txt", indicators)
    assert rows_of(ag, "iip_growth") == [("2024-10", "ytd", "yoy_pct", 10.02, "=")]


def test_an_english_holiday_of_some_days_is_no_span_of_the_report(indicators):
    # vietnam.vn (Huế, 4 months 2025, English): "In particular, during the holiday from April 30 to May 4, there were
    # more than 350,000 visitors to Hue, …" was proposed as the four months' visitors
    hue = in_round(34, "hue-2025-04.vietnamvn.en.txt", indicators)
    assert 350000.0 not in [r[3] for r in rows_of(hue, "tourists")]
    assert why(hue, "more than 350,000 visitors") == "a holiday's figure (some days), not the period's"


def test_english_names_of_retail_investment_and_trade_said_otherwise(indicators):
    # vietnam.vn (Huế, 4 months 2025, English): "Total retail sales of goods and social consumer services are estimated
    # at 21,000 billion VND, up nearly 16%." gave its rise to the services; "Total investment capital implemented in the
    # area is estimated at 9,744 billion VND, …, up 8.3% …" named nothing
    hue = in_round(34, "hue-2025-04.vietnamvn.en.txt", indicators)
    assert ("2025-04", "ytd", "level", 21000.0, "=") in rows_of(hue, "retail_sales")
    assert rows_of(hue, "grdp_growth_services") == []
    assert ("2025-04", "ytd", "level", 9744.0, "=") in rows_of(hue, "social_investment")
    # lforum.vn (Bắc Kạn, first half of 2024, English): "Total import and export value was US$17.5 million, …" is
    # exports and imports together, no exports
    assert rows_of(in_round(34, "backan-2024-06.lforum.en.txt", indicators), "exports") == []
    # sggp.org.vn (Hồ Chí Minh City, first half of 2019, English): "Total retail sales of goods and accumulated services
    # during the first haft months of the year were estimated at VND575 trillion, up 12.7 percent …"
    hcm = in_round(34, "hochiminh-2019-06.sggp.en.txt", indicators)
    assert rows_of(hcm, "grdp_growth_services") == []
    # baomoi.com (An Giang, 10 months 2024): "Ước doanh thu bán buôn, bán lẻ hàng hóa, dịch vụ lũy kế 10 tháng ước đạt
    # 191.975 tỷ đồng, …" (wholesale and retail together) is no retail sales
    assert rows_of(in_round(34, "angiang-2024-10.baomoi.vi.txt", indicators), "retail_sales") == []


def test_a_sentence_that_goes_on_about_a_quarter_alone_is_that_quarters(indicators):
    # bacninhgov.vn (Bắc Ninh, 9 months 2019): "Tổng sản phẩm … của quý III ước đạt 47.518,7 tỷ đồng, tăng tới 25,6% so
    # với quý trước và tăng 1% so với quý III/2018. Trong khi khu vực nông, lâm nghiệp và thủy sản (NLTS) tiếp tục giảm
    # sâu (-5,7%), còn khu vực công nghiệp - xây dựng (CN-XD) chỉ tăng nhẹ (+0,1%), thì khu vực dịch vụ … (+7,6%) …":
    # the third quarter's sectors, written without their span, were proposed as September's
    bn = in_round(34, "bacninh-2019-09.bacninhgov.vi.txt", indicators)
    assert -5.7 not in [r[3] for r in rows_of(bn, "grdp_growth_agriculture")]
    assert why(bn, "5,7%") == "a quarter or a half-year alone (the sentence before's), not the year to date"


def test_a_figure_followed_by_an_earlier_year_is_that_years(indicators):
    # vccinews.vn (Bạc Liêu, 2019, English): "The economic growth is higher year after year (5.38% in 2016; 6.5% in 2017;
    # 8.36% in 2018; and 10.61% in 2019)." proposed 2016's 5.38% as 2019's growth
    bl = in_round(35, "baclieu-2019-12.vccinews.en.txt", indicators)
    assert ("2019-12", "year", "yoy_pct", 5.38, "=") not in rows_of(bl, "grdp_growth")
    # (since round 37: each a row of its own year, for review, as the round's reading has them)
    growth = rows_of(bl, "grdp_growth")
    for row in [("2016-12", "year", "yoy_pct", 5.38, "="), ("2017-12", "year", "yoy_pct", 6.5, "="),
                ("2018-12", "year", "yoy_pct", 8.36, "="), ("2019-12", "year", "yoy_pct", 10.61, "=")]:
        assert row in growth
    assert _review(bl, "grdp_growth", "2016-12").startswith(
        "review: an earlier year's figure ('in 2016'), quoted for comparison")


def test_a_result_achieved_after_its_target_is_named_and_social_investment_capital(indicators):
    # baoninhbinh.org.vn (Ninh Bình, 2025, English): "Firmly pursuing its growth target, Ninh Binh achieved an economic
    # growth rate of 10.65%" was listed as a plan's figure ("target" before it)
    nb = in_round(35, "ninhbinh-2025-12.baoninhbinh.en.txt", indicators)
    assert rows_of(nb, "grdp_growth") == [("2025-12", "year", "yoy_pct", 10.65, "=")]
    # laodong.vn (Đắk Lắk, first half of 2025, English): "Mobilized social investment capital is estimated at VND 28,643
    # billion (up 9.34%) …" named nothing
    dl = in_round(35, "daklak-2025-06.laodong.en.txt", indicators)
    assert ("2025-06", "ytd", "level", 28643.0, "=") in rows_of(dl, "social_investment")


def test_another_countrys_figure_and_a_years_plan_are_no_rows(indicators):
    # soha.vn (Bà Rịa - Vũng Tàu, 9 months 2022): "… GRDP bình quân đầu người của tỉnh hiện đang tương tương với Thái Lan
    # (khoảng 7.200 USD, theo dữ liệu của IMF)." proposed Thailand's figure as the province's
    br = in_round(35, "bariavungtau-2022-09.soha.vi.txt", indicators)
    assert 7200.0 not in [r[3] for r in rows_of(br, "grdp_per_capita")]
    # laodong.vn (Đắk Lắk, first half of 2025, English): "… the province's budget collection plan for 2025 is VND 16,402
    # billion." was proposed as the half year's revenue
    dl = in_round(35, "daklak-2025-06.laodong.en.txt", indicators)
    assert 16402.0 not in [r[3] for r in rows_of(dl, "budget_revenue")]


def _review(got: extract.Extraction, indicator: str, period: str) -> str:
    (row,) = [r for r in got.rows if r["indicator"] == indicator and r["period"] == period]
    return row["note_en"]


def test_a_figure_quoted_for_comparison_is_a_row_of_its_own_earlier_period_for_review(indicators):
    # baoyenbai.com.vn (Yên Bái, first half of 2023): "… khu vực nông, lâm nghiệp và thuỷ sản …, tăng 5,85% (cùng kỳ
    # tăng 5,44%), …": the collector's reading has 5,44 as the first half of 2022; it was listed as a part's figure
    yb = in_round(33, "yenbai-2023-06.baoyenbai.vi.txt", indicators)
    assert ("2022-06", "ytd", "yoy_pct", 5.44, "=") in rows_of(yb, "grdp_growth_agriculture")
    assert ("2023-06", "ytd", "yoy_pct", 5.85, "=") in rows_of(yb, "grdp_growth_agriculture")
    assert _review(yb, "grdp_growth_agriculture", "2022-06").startswith(
        "review: an earlier period's figure ('cùng kỳ'), quoted for comparison")
    # cucthongke (Ninh Thuận, 2020): "GRDP năm 2020 tăng 9,58% …, là mức tăng cao thứ tư trong giai đoạn 2011-2020
    # (năm 2019 tăng 13,99%; năm 2017 tăng 9,96% và năm 2014 tăng 9,96%)": three earlier years, one bracket
    nt = in_round(12, "ninhthuan-2020-12.cucthongke.vi.txt", indicators)
    growth = rows_of(nt, "grdp_growth")
    for row in [("2019-12", "year", "yoy_pct", 13.99, "="), ("2017-12", "year", "yoy_pct", 9.96, "="),
                ("2014-12", "year", "yoy_pct", 9.96, "=")]:
        assert row in growth
    # tienphong.vn (Lào Cai, ten months of 2023): "… đạt 32.234,9 tỷ đồng, …, tăng 22,7% so với cùng kỳ năm trước
    # (10T/2022: 26.253,5 tỷ đồng)": the level of ten months of 2022 (beside the growth, the level's)
    lc = in_round(11, "laocai-2023-10.tienphong.vi.txt", indicators)
    assert ("2022-10", "ytd", "level", 26253.5, "=") in rows_of(lc, "retail_sales")
    # vietnamnet.vn (Bình Định, Q1 2024): "… đạt trên 27.361 tỷ đồng, tăng 9,1% so với cùng kỳ (cùng kỳ đạt khoảng
    # 25.080 tỷ đồng)": Q1 2023's, about
    bd = in_round(30, "binhdinh-2024-03.vietnamnet.vi.txt", indicators)
    assert ("2023-03", "ytd", "level", 25080.0, "~") in rows_of(bd, "retail_sales")


def test_a_comparison_names_the_earlier_period_before_or_after_the_figure(indicators):
    # vneconomy.vn (Nghệ An, 9 months 2025): "Tính chung 9 tháng năm 2025 đạt 8,61%, cao hơn mức cùng kỳ 2024 (8,49%)"
    na = in_round(6, "nghean-2025-09.vneconomy.vi.txt", indicators)
    assert ("2024-09", "ytd", "yoy_pct", 8.49, "=") in rows_of(na, "grdp_growth")
    # mekongasean.vn (An Giang, Q1 2023): "… ước tăng 6,3% so với cùng kỳ, cao hơn mức tăng của cùng kỳ năm trước
    # (4,09%)"
    ag = in_round(21, "angiang-2023-03.mekongasean.vi.txt", indicators)
    assert ("2022-03", "ytd", "yoy_pct", 4.09, "=") in rows_of(ag, "grdp_growth")
    # investhagiang (Hà Giang, first half of 2020): "… tăng 0,43% so với cùng kỳ năm 2019 (thấp hơn mức tăng 5,03% của
    # 6 tháng đầu năm 2019 …"
    hg = in_round(13, "hagiang-2020-06.investhagiang.vi.txt", indicators)
    assert ("2019-06", "ytd", "yoy_pct", 5.03, "=") in rows_of(hg, "grdp_growth")
    # nhandan.vn (Đắk Nông, first half of 2022): "… khu vực dịch vụ đạt 3.958 tỷ đồng, tăng 6,41% (cao hơn mức tăng
    # 2,65% trong 6 tháng đầu năm 2021)"
    dn = in_round(22, "daknong-2022-06.nhandan.vi.txt", indicators)
    assert ("2021-06", "ytd", "yoy_pct", 2.65, "=") in rows_of(dn, "grdp_growth_services")
    # hanoitimes.vn (Hà Nội, first half of 2019, English): "… expanded 7.21%, higher than the previous growth of 7.15%
    # recorded in the same period last year"; "… increased by 1.15% year-on-year, lower than the growth rate of 3.29%
    # recorded in the first half of last year"; "… risen by 8.38%, higher than an expansion rate of 7.88% a year
    # earlier": each the first half of 2018 (the last was listed as "an average over years")
    hn = in_round(33, "hanoi-2019-06.hanoitimes.en.txt", indicators)
    assert ("2018-06", "ytd", "yoy_pct", 7.15, "=") in rows_of(hn, "grdp_growth")
    assert ("2018-06", "ytd", "yoy_pct", 3.29, "=") in rows_of(hn, "grdp_growth_agriculture")
    assert ("2018-06", "ytd", "yoy_pct", 7.88, "=") in rows_of(hn, "grdp_growth_industry_construction")
    # sggp.org.vn (Hồ Chí Minh City, first half of 2019, English): "IIP index increased 7.0 percent, lower than that
    # of the same period of 2018 at 7.1 percent"
    hcm = in_round(34, "hochiminh-2019-06.sggp.en.txt", indicators)
    assert ("2018-06", "ytd", "yoy_pct", 7.1, "=") in rows_of(hcm, "iip_growth")
    # laodong.vn (Phú Thọ, first half of 2025, English): "the industrial production index (IIP) is estimated to
    # increase by 46.7% over the same period (6 months of 2024 increased by 33.8%)"
    pt = in_round(33, "phutho-2025-06.laodong.en.txt", indicators)
    assert ("2024-06", "ytd", "yoy_pct", 33.8, "=") in rows_of(pt, "iip_growth")


def test_an_earlier_figure_of_the_reports_own_year_or_beside_no_row_is_no_comparison_row(indicators):
    # Yên Bái: "… tăng 5,85% (cùng kỳ tăng 5,44%), trong đó, quý I tăng 6,86% và quý II tăng 5,15%": the quarters
    # of 2023 are the figure's parts, not a comparison (Q1 is the year to date; Q2 alone is listed)
    yb = in_round(33, "yenbai-2023-06.baoyenbai.vi.txt", indicators)
    assert "review: an earlier period's" not in _review(yb, "grdp_growth_agriculture", "2023-03")
    assert why(yb, "5,15%") == "a quarter or a half-year alone, not the year to date"
    # Phú Thọ: "Trade and service activities have a fairly good growth rate, estimated at 7.2% (same period increased
    # by 5.7%)": the rate beside names nothing a target tracks, so neither is a row
    pt = in_round(33, "phutho-2025-06.laodong.en.txt", indicators)
    assert 5.7 not in [r["value"] for r in pt.rows]
    assert why(pt, "5.7%") == "no indicator named before or after it"


def test_the_sectors_under_a_gdp_at_current_prices_rise_at_current_prices(indicators):
    # tapchitaichinh.vn (Điện Biên, Q1 2025): "… GRDP trên địa bàn tỉnh Điện Biên theo giá hiện hành đạt 6.961,99 tỷ
    # đồng, tăng 13,02% so với cùng kỳ năm 2024, trong đó: Khu vực nông, lâm nghiệp và thủy sản đạt 638,76 tỷ đồng,
    # tăng 10,21%; khu vực công nghiệp - xây dựng đạt 1.339,58 tỷ đồng, tăng 9,84%; khu vực dịch vụ đạt 4.461,59 tỷ
    # đồng, tăng 14,6%; …": the parts of a GRDP at current prices rise at current prices (nominal): no real growth
    db = in_round(36, "dienbien-2025-03.tapchitaichinh.vi.txt", indicators)
    for sector in ("grdp_growth_agriculture", "grdp_growth_industry_construction", "grdp_growth_services"):
        assert rows_of(db, sector) == [], sector
    assert why(db, "9,84%").startswith("a growth at current prices (nominal)")


def test_goods_retail_alone_beside_the_total_of_goods_and_services_is_a_part(indicators):
    # qrt.vn (Quảng Nam, October 2024): "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10 ước đạt hơn
    # 5,8 nghìn tỷ đồng, …" then "Doanh thu bán lẻ hàng hóa tháng 10 ước đạt 4,1 nghìn tỷ đồng, … Tính chung 10 tháng
    # năm 2024, doanh thu bán lẻ hàng hóa ước đạt 42,3 nghìn tỷ đồng, tăng 6,4% …": the goods alone, a part of the
    # total the report gives, were proposed as the ten months' retail sales of goods and services
    qn = in_round(36, "quangnam-2024-10.qrt.vi.txt", indicators)
    assert [r for r in rows_of(qn, "retail_sales") if r[0] == "2024-10" and r[1] == "ytd"] == []
    assert why(qn, "42,3 nghìn tỷ đồng").startswith("goods retail alone")
    assert ("2024-10", "month", "level", 5.8, ">") in rows_of(qn, "retail_sales")


def test_an_english_figure_in_the_month_is_the_months(indicators):
    # v1.travinh.gov.vn (Trà Vinh, June 2023, English): "The total retail sales of consumer goods and services reached
    # over VND 4,755 billion in the month and nearly VND 27,748 billion in the 6-month period": June's, then the half
    # year's (the first was proposed as the half year's)
    tv = in_round(36, "travinh-2023-06.v1travinh.en.txt", indicators)
    assert ("2023-06", "month", "level", 4755.0, ">") in rows_of(tv, "retail_sales")
    assert ("2023-06", "ytd", "level", 4755.0, ">") not in rows_of(tv, "retail_sales")


def test_sectors_such_as_the_economys_own_are_no_parts(indicators):
    # vietnamplus.vn (Lai Châu, 2024, English): "Notably, sectors such as agriculture, forestry, and fisheries saw a 4.7
    # percent increase; industry and construction expanded by 14.7 percent; services grew by 6.04 percent; …": the
    # sectors of the economy named after "sectors such as" are the sectors' own growth (listed as parts)
    lc = in_round(36, "laichau-2024-12.vietnamplus.en.txt", indicators)
    assert ("2024-12", "year", "yoy_pct", 4.7, "=") in rows_of(lc, "grdp_growth_agriculture")
    assert ("2024-12", "year", "yoy_pct", 14.7, "=") in rows_of(lc, "grdp_growth_industry_construction")
    assert ("2024-12", "year", "yoy_pct", 6.04, "=") in rows_of(lc, "grdp_growth_services")


def test_to_the_end_of_a_quarter_is_the_year_to_date(indicators):
    # baodaknong.vn (Đắk Nông, nine months 2020): "Đến hết quý III năm 2020, tăng trưởng kinh tế toàn tỉnh mới đạt
    # 6,58%, …": to the end of the third quarter is the nine months' (it was listed as the quarter's alone)
    dn = in_round(36, "daknong-2020-09.baodaknong.vi.txt", indicators)
    assert ("2020-09", "ytd", "yoy_pct", 6.58, "=") in rows_of(dn, "grdp_growth")


def test_an_english_count_of_tourists_in_millions_named_before_it(indicators):
    # laodong.vn (Lạng Sơn, Q1 2025, English): "… the total number of tourists is estimated at 1.92 million, an
    # increase of 26.2%; …": a count of visits in millions, its unit named before it
    ls = in_round(36, "langson-2025-03.laodong.en.txt", indicators)
    assert ("2025-03", "ytd", "level", 1.92, "=") in rows_of(ls, "tourists")


def test_a_provinces_own_release_may_print_gdp_for_its_grdp(indicators):
    # v1.travinh.gov.vn (Trà Vinh, June 2023, English): "The Gross Domestic Product (GDP) for the first 6 months is
    # estimated to be 5.74%." named no indicator; nor did vietnamplus.vn's (Đồng Nai, first half of 2019) "… recorded a
    # GDP growth of 8.02 percent in the first six months of this year"
    tv = in_round(36, "travinh-2023-06.v1travinh.en.txt", indicators)
    assert ("2023-06", "ytd", "yoy_pct", 5.74, "=") in rows_of(tv, "grdp_growth")
    dn = in_round(26, "dongnai-2019-06.vietnamplus.en.txt", indicators)
    assert ("2019-06", "ytd", "yoy_pct", 8.02, "=") in rows_of(dn, "grdp_growth")


def test_the_quarter_of_a_list_of_which_holds_for_all_its_items(indicators):
    # felix.store (Bình Phước, first half of 2024, English, the statistics office's report): "Gross regional product
    # (GRDP) in the second quarter of 2024 is estimated to increase by 8.21% …, of which: the agriculture, forestry and
    # fishery sector increased by 4.40%, …; The industrial and construction sector increased by 14.50%, …; The service
    # sector increased by 6.22%, …": the second quarter's, every item (two were proposed as the half year's)
    bp = in_round(37, "binhphuoc-2024-06.felix.en.txt", indicators)
    assert ("2024-06", "ytd", "yoy_pct", 14.5, "=") not in rows_of(bp, "grdp_growth_industry_construction")
    assert ("2024-06", "ytd", "yoy_pct", 6.22, "=") not in rows_of(bp, "grdp_growth_services")
    assert why(bp, "14.50%") == "a quarter or a half-year alone, not the year to date"


def test_an_english_change_from_a_month_earlier_is_on_the_previous_month(indicators):
    # canthogov.vn (Cần Thơ, August 2024, English): "The index of industrial production (IIP) in August is estimated to
    # have increased by 2.1% from a month earlier and by 11.26% over the same period last year": the first is on July
    # (it was proposed as the change on August 2023), the second on August 2023
    ct = in_round(37, "cantho-2024-08.canthogov.en.txt", indicators)
    assert ("2024-08", "month", "yoy_pct", 11.26, "=") in rows_of(ct, "iip_growth")
    assert 2.1 not in [r[3] for r in rows_of(ct, "iip_growth")]


def test_a_running_total_to_a_month_is_the_year_to_date(indicators):
    # sggp.org.vn (Đồng Tháp, ten months 2025): "Nhập khẩu lũy kế đến tháng 10 ước đạt 4.029 triệu USD, … tăng 13,4% so
    # với cùng kỳ": the ten months' (it was proposed as October's)
    dt = in_round(37, "dongthap-2025-10.sggp.vi.txt", indicators)
    assert ("2025-10", "ytd", "level", 4029.0, "=") in rows_of(dt, "imports")
    assert ("2025-10", "month", "level", 4029.0, "=") not in rows_of(dt, "imports")


def test_an_earlier_years_figure_and_a_comparison_in_brackets_in_english_are_their_periods_rows(indicators):
    # vccinews.vn (An Giang, first half of 2023, English): "The province's GRDP growth reached 5.45% in 2020 but slid to
    # 0.95% in 2021, …" (listed as given for comparison), and "… (GRDP) expanded 6.50%, higher than the growth in the
    # same period of 2022 (4.90%)." (listed as a second figure of 2023's half year): the reading has each as its year's
    ag = in_round(37, "angiang-2023-06.vccinews.en.txt", indicators)
    growth = rows_of(ag, "grdp_growth")
    assert ("2020-12", "year", "yoy_pct", 5.45, "=") in growth
    assert ("2021-12", "year", "yoy_pct", 0.95, "=") in growth
    assert ("2022-06", "ytd", "yoy_pct", 4.9, "=") in growth
    assert ("2023-06", "ytd", "yoy_pct", 6.5, "=") in growth


def test_thu_nsnn_is_the_state_budget_revenue(indicators):
    # doanhnghiephoinhap.vn (Hòa Bình, first half of 2022): "Thu NSNN ước thực hiện hết tháng 6/2022 đạt 3.256,78 tỷ
    # đồng, bằng 160,52% so với cùng kỳ năm trước, trong đó, thu nội địa 3.036,6 tỷ đồng." named no indicator
    hb = in_round(37, "hoabinh-2022-06.doanhnghiephoinhap.vi.txt", indicators)
    assert ("2022-06", "ytd", "level", 3256.78, "=") in rows_of(hb, "budget_revenue")
    assert ("2022-06", "ytd", "yoy_pct", 60.52, "=") in rows_of(hb, "budget_revenue")


def test_a_second_change_after_the_months_shares_its_verb(indicators):
    # canthogov.vn (Cần Thơ, August 2024, English): "The city's export turnover of goods and service revenue is estimated
    # at $224.9 million, up 5.1% from the previous month and 19.9% from the same period in 2023.": the 19.9% is the
    # change on August 2023 ("up" said once), not a level
    ct = in_round(37, "cantho-2024-08.canthogov.en.txt", indicators)
    assert ("2024-08", "month", "yoy_pct", 19.9, "=") in rows_of(ct, "exports")


def test_the_citys_short_names_are_its_own(indicators):
    # thegioitiepthi.vn (Hồ Chí Minh City, August 2023): "Báo cáo của Cục Thống kê TP.HCM cho biết chỉ số sản xuất toàn
    # ngành công nghiệp (IIP) tháng 8/2023 ước tính tăng 3,4% so với tháng trước và tăng 6,6% so với cùng kỳ.": "TP.HCM"
    # is the city itself (it was read as another province)
    hcm = in_round(38, "hochiminh-2023-08.thegioitiepthi.vi.txt", indicators)
    assert ("2023-08", "month", "yoy_pct", 6.6, "=") in rows_of(hcm, "iip_growth")


def test_a_rate_of_the_same_period_named_before_it_is_that_periods(indicators):
    # danviet.vn (Huế, Q1 2024): "Tốc độ tăng trưởng GRDP quý I/2024 … ước đạt 4,28%, thấp hơn so với mức tăng cùng kỳ
    # 6,91%, …": Q1 2023's rate (it was listed as a second figure of Q1 2024)
    hue = in_round(38, "hue-2024-03.danviet.vi.txt", indicators)
    assert ("2023-03", "ytd", "yoy_pct", 6.91, "=") in rows_of(hue, "grdp_growth")
    assert ("2024-03", "ytd", "yoy_pct", 4.28, "=") in rows_of(hue, "grdp_growth")


def test_one_products_exports_are_no_total_exports(indicators):
    # cafef.vn (Cà Mau, first half of 2023): "Xuất khẩu thủy sản, chủ yếu từ con tôm trong 5 tháng qua ước đạt 383,4
    # triệu USD, bằng 32% kế hoạch, giảm 24,5% so với cùng kỳ.": the seafood's exports, proposed as the province's
    cm = in_round(38, "camau-2023-06.cafef.vi.txt", indicators)
    assert 383.4 not in [r[3] for r in rows_of(cm, "exports")]
    assert why(cm, "383,4 triệu USD").startswith("one product's exports")


def test_a_rise_after_a_converted_amount_is_the_amounts(indicators):
    # vietnamplus.vn (Khánh Hòa, eight months of 2023, English): "… has served over 19.4 million visitors so far this
    # year, earning more than 23.9 trillion VND (1 billion USD), up over 152% year on year, …": the rise follows the
    # revenue (and its conversion in brackets), no target here tracks it; it was proposed as the visitors' rise
    kh = in_round(38, "khanhhoa-2023-08.vietnamplus.en.txt", indicators)
    assert ("2023-08", "ytd", "level", 19.4, ">") in rows_of(kh, "tourists")
    assert 152.0 not in [r[3] for r in rows_of(kh, "tourists")]
    assert why(kh, "over 152%").startswith("a rise of the amount before it")


def test_a_name_after_a_related_modifier_is_a_narrower_thing(indicators):
    # englishworkvietnam.com (Đồng Nai, 2023, English): "… retail sales of goods and services surged by almost 12%, and
    # tourism-related services gained growth of over 40%.": tourism-related services are no services sector; the 40%
    # was proposed as the services sector's growth
    dn = in_round(38, "dongnai-2023-12.englishworkvietnam.en.txt", indicators)
    assert rows_of(dn, "grdp_growth_services") == []
    assert ("2023-12", "year", "yoy_pct", 12.0, "~") in rows_of(dn, "retail_sales")
    assert why(dn, "over 40%").startswith("names an indicator no target of this resolution tracks")


def test_last_years_figures_in_three_more_english_forms_are_last_years(indicators):
    # hanoitimes.vn (Hà Nội, nine months of 2019): "… (GRDP) has expanded by an estimated 7.35%, higher than the 7.01%
    # growth recorded in the same period last year", "the agriculture, forestry and fishery sector declined 0.7%
    # year-on-year, versus an expansion of 3.34% in the same period last year", "The industry and construction sector
    # rose by 8.84%, higher than last year’s year-on-year growth of 7.93%": each the nine months of 2018 (each was
    # listed as a second figure of 2019, or not read)
    hn = in_round(38, "hanoi-2019-09.hanoitimes.en.txt", indicators)
    assert ("2018-09", "ytd", "yoy_pct", 7.01, "=") in rows_of(hn, "grdp_growth")
    assert ("2019-09", "ytd", "yoy_pct", 7.35, "=") in rows_of(hn, "grdp_growth")
    assert ("2018-09", "ytd", "yoy_pct", 3.34, "=") in rows_of(hn, "grdp_growth_agriculture")
    assert ("2019-09", "ytd", "yoy_pct", -0.7, "=") in rows_of(hn, "grdp_growth_agriculture")
    assert ("2018-09", "ytd", "yoy_pct", 7.93, "=") in rows_of(hn, "grdp_growth_industry_construction")
    assert ("2019-09", "ytd", "yoy_pct", 8.84, "=") in rows_of(hn, "grdp_growth_industry_construction")


def test_revenue_from_retail_and_service_activities_is_the_retail_sales(indicators):
    # sggpnews.org.vn (Hồ Chí Minh City, May 2022): "Statistics showed that total revenue from retail and service
    # activities in the city in May reached VND96.28 trillion (US$4.15 billion), up 0.8 percent over April and 10.4
    # percent compared to the same period last year. In the first five months of 2022, the figure hit VND456.15
    # trillion (US$19.67 billion), a rise of 0.6 percent year on year.": read as a revenue no target tracks; and "up 0.8
    # percent over April" in May is a change on the month before (it was proposed as May's change on a year)
    hcm = in_round(38, "hochiminh-2022-05.sggpnews.en.txt", indicators)
    got = rows_of(hcm, "retail_sales")
    assert ("2022-05", "month", "level", 96.28, "=") in got
    assert ("2022-05", "month", "yoy_pct", 10.4, "=") in got
    assert ("2022-05", "ytd", "level", 456.15, "=") in got
    assert ("2022-05", "ytd", "yoy_pct", 0.6, "=") in got
    assert 0.8 not in [r[3] for r in got]
    assert why(hcm, "0.8 percent") == "a change on the previous month"


def test_the_provinces_growth_in_english_is_its_grdp_growth(indicators):
    # baohaiduong.vn (Hải Dương, first half of 2024, English): "The province's growth in the first quarter of 2024
    # reached 10.11%, and the growth in the second quarter was estimated at 9.91%.": the first quarter's GRDP growth
    # (named by nothing, it was listed)
    hd = in_round(38, "haiduong-2024-06.baohaiduong.en.txt", indicators)
    assert ("2024-03", "ytd", "yoy_pct", 10.11, "=") in rows_of(hd, "grdp_growth")


def test_two_names_and_two_rises_joined_by_and_go_in_order(indicators):
    # thoibaotaichinhvietnam.vn (Bắc Ninh, nine months of 2022, English): "The province’s industrial production
    # index surged 13%, while its retail and consumer service revenue and foreign direct investment (FDI)
    # attraction into industrial parks rose by 40% and 34.1%.": the first rise is the retail sales', the second
    # FDI's (its rise was proposed as FDI's 40%)
    bn = in_round(39, "bacninh-2022-09.thoibaotaichinh.en.txt", indicators)
    assert ("2022-09", "ytd", "yoy_pct", 40.0, "=") in rows_of(bn, "retail_sales")
    assert 40.0 not in [r[3] for r in rows_of(bn, "fdi_attracted")]
    assert 34.1 not in [r[3] for r in rows_of(bn, "retail_sales")]
    # and FDI into industrial parks is a part of FDI, no target's: listed, not proposed as FDI's rise
    assert 34.1 not in [r[3] for r in rows_of(bn, "fdi_attracted")]


def test_its_export_valued_at_is_the_exports(indicators):
    # thoibaotaichinhvietnam.vn (Bắc Ninh, nine months of 2022): "Its export valued at 35.2 billion USD, up 4.1%
    # over the same period last year." (both were listed: no indicator named)
    bn = in_round(39, "bacninh-2022-09.thoibaotaichinh.en.txt", indicators)
    got = rows_of(bn, "exports")
    assert ("2022-09", "ytd", "level", 35.2, "=") in got
    assert ("2022-09", "ytd", "yoy_pct", 4.1, "=") in got


def test_accommodation_and_catering_revenues_and_guests_are_no_services_and_no_visitors(indicators):
    # en.vietnamplus.vn (Đà Nẵng, July 2023): "the accommodation sector expects revenue of some 43 million USD in
    # July while catering services anticipates nearly 50 million USD, increases of 32% and 29% year-on-year,
    # respectively. Tourists staying at local accommodation providers stood at nearly 782,000, up 5.3%
    # month-on-month and 78.5% year-on-year.": the rises are two branches' of the services, no sector's; the
    # guests are a part of the visitors (32 was proposed as the services' growth, 78.5 as the visitors')
    dn = in_round(39, "danang-2023-07.vietnamplus.en.txt", indicators)
    assert 32.0 not in [r[3] for r in rows_of(dn, "grdp_growth_services")]
    assert 78.5 not in [r[3] for r in rows_of(dn, "tourists")]
    assert ("2023-07", "ytd", "yoy_pct", 110.0, "=") in rows_of(dn, "tourists")


def test_a_number_without_a_unit_is_listed_never_lost(indicators):
    # en.vietnamplus.vn (Đà Nẵng, July 2023): "Tourists staying at local accommodation providers stood at nearly
    # 782,000, up 5.3% month-on-month …": a count with no unit after it was neither a row nor listed
    dn = in_round(39, "danang-2023-07.vietnamplus.en.txt", indicators)
    assert why(dn, "782,000") == "a number without a unit, not read"
    # the same in Vietnamese, with the Vietnamese separator; a year and a date are no such numbers
    got = extract.extract("Trong tháng 7/2023, lượng khách lưu trú đạt gần 782.000, tăng 5,3% so với tháng trước.",
                          indicators, Period(2023, 7))
    assert [f for f, _, _ in got.unmatched] == ["782.000", "5,3%"]


def test_a_rise_from_the_target_is_a_margin_and_the_rise_after_it_a_change_on_a_year(indicators):
    # vietnam.vnanet.vn (Hà Nội, 2022): "About 333 trillion VND (14 billion USD) has been collected for the state
    # budget, up 8% from the target and 2.7% from last year.": 8% is the margin over the plan (it was proposed as
    # the rise on 2021), 2.7% the rise on 2021 (it was listed as a plan's figure)
    hn = in_round(39, "hanoi-2022-12.vnanet.en.txt", indicators)
    got = rows_of(hn, "budget_revenue")
    assert ("2022-12", "year", "yoy_pct", 2.7, "=") in got
    assert 8.0 not in [r[3] for r in got]
    assert why(hn, "8%") == "a margin over the plan (the % of plan less 100), not a change on a year"


def test_a_revenue_increase_after_the_visitors_is_no_rise_of_the_visitors(indicators):
    # en.vietnamplus.vn (Lào Cai, first half of 2019): "The province welcomed nearly 3 million tourists, generating
    # an annual revenue increase of over 20 percent for the local tourism sector": the tourism revenue's rise (it
    # was proposed as the visitors')
    lc = in_round(39, "laocai-2019-06.vietnamplus.en.txt", indicators)
    assert [r[3] for r in rows_of(lc, "tourists")] == [3.0]
    assert why(lc, "over 20 percent").startswith("names an indicator no target of this resolution tracks")


def test_a_year_not_yet_over_is_a_plan_and_frames_its_paragraph_after_an_attribution(indicators):
    # soha.vn (Khánh Hòa, first quarter of 2023): "UBND tỉnh Khánh Hòa cho biết, năm 2023, địa phương đặt chỉ tiêu tốc
    # độ tăng trưởng kinh tế (GRDP) ước tăng 8,7%, GRDP bình quân đầu người ước đạt 84,8 triệu đồng/người. Chỉ tiêu
    # thu ngân sách ước đạt 15.445 tỷ đồng. Tổng vốn đầu tư phát triển toàn xã hội ước đạt 71.300 tỷ đồng, tăng 15%
    # so với năm 2022.": in March, the year 2023's figures are its targets or forecasts ("ước" or not; an estimate
    # of the year comes from October), and the year the paragraph opens on after "… cho biết," is the later
    # sentences' too (all four were proposed as results)
    kh = in_round(40, "khanhhoa-2023-03.soha.vi.txt", indicators)
    for indicator in ("budget_revenue", "social_investment", "grdp_per_capita"):
        assert rows_of(kh, indicator) == [], indicator
    assert rows_of(kh, "grdp_growth") == [("2023-03", "ytd", "yoy_pct", 9.07, "=")]
    assert why(kh, "8,7%") == "a plan, target or forecast, not a result"
    assert why(kh, "15.445 tỷ đồng") == "a plan, target or forecast, not a result"
    assert why(kh, "71.300 tỷ đồng") == "a forecast of a span not yet over, not a result"
    # but from October an estimate of the year is its result's: cafef.vn (Đắk Lắk, October 2025): "Năm 2025 tăng
    # trưởng GRDP ước đạt 7,18%"
    dl = in_round(5, "daklak-2025-10.cafef.vi.txt", indicators)
    assert ("2025-12", "year", "yoy_pct", 7.18, "=") in rows_of(dl, "grdp_growth")


def test_visits_of_international_visitors_after_the_figure_are_theirs(indicators):
    # baoquangnam.vn (Đà Nẵng, five months of 2024), the title: "5 tháng đầu năm, Đà Nẵng thu hút hơn 1.504 nghìn lượt
    # khách quốc tế": the international visitors (it was proposed as all the visitors)
    dn = in_round(40, "danang-2024-05.baoquangnam.vi.txt", indicators)
    assert 1504.0 not in [r[3] for r in rows_of(dn, "tourists")]


def test_the_budget_estimate_in_brackets_is_the_plans_figure(indicators):
    # vietnam.vn (Kon Tum, July 2023): "State budget revenue in 2022 will reach VND 4,050 billion, equal to 145.3% of
    # the central budget estimate (VND 2,787 billion) and 101.1% of the local budget estimate (VND 4,000 billion)":
    # the brackets hold the estimates (the plans), not the revenue (4,000 was proposed as 2022's revenue)
    kt = in_round(40, "kontum-2023-07.vietnamvn.en.txt", indicators)
    assert 4000.0 not in [r[3] for r in rows_of(kt, "budget_revenue")]
    assert why(kt, "VND 4,000 billion") == "a plan's figure in brackets, not a result"


def test_an_english_index_of_the_same_period_keeps_its_decimals(indicators):
    # nghean.gov.vn (Nghệ An, August 2024, English): "the accumulated revenue in 8 months is estimated at 15,058
    # billion VND, reaching 94.7% of the estimate and equal to 140.6% of the same period in 2023": a rise of
    # 140.6 - 100 = 40.6% (it was proposed as 41%: the decimals were counted after a Vietnamese comma only)
    na = in_round(40, "nghean-2024-08.ngheangov.en.txt", indicators)
    assert ("2024-08", "ytd", "yoy_pct", 40.6, "=") in rows_of(na, "budget_revenue")


def test_a_sector_that_follows_the_shares_before_it_gives_its_share(indicators):
    # vnnow.net (Quảng Ngãi, 2025, English): "… in 2025, industry and construction accounted for 41,3% of the
    # province's GRDP (with industry alone contributing 35%). The service sector followed with over 29%, while
    # agriculture, forestry, and fisheries made up 17,2%.": the services' share (it was proposed as their growth)
    qn = in_round(40, "quangngai-2025-12.vnnow.en.txt", indicators)
    assert rows_of(qn, "grdp_growth_services") == []
    assert why(qn, "over 29%") == "a share of the whole, not a growth rate (service sector)"


def test_a_growth_that_reaches_a_rate_on_the_same_period_is_no_index(indicators):
    # thvl.vn (Vĩnh Long, first quarter of 2025): "Nổi bật là tăng trưởng kinh tế (GRDP) đạt 8,1% so với cùng kỳ năm
    # trước; …": a growth of 8,1% (it was listed as an index of the same period, 100 = no change; an index that
    # "đạt" is near 100, a growth near 0)
    vl = in_round(40, "vinhlong-2025-03.thvl.vi.txt", indicators)
    assert ("2025-03", "ytd", "yoy_pct", 8.1, "=") in rows_of(vl, "grdp_growth")


def test_visits_whose_unit_names_a_part_are_the_parts_and_both_parts_the_whole(indicators):
    # the unit of a count of visits may name a part: "1.5 million foreign visitors" (it was proposed as all the
    # visitors), as "1.504 nghìn lượt khách quốc tế" does after it; both parts together are the whole: laodong.vn
    # (Quảng Bình, 2024, English): "Quang Binh province has welcomed more than 5.2 million domestic and foreign
    # visitors." (it was listed: a unit the table lacked)
    got = extract.extract("In the first seven months, Da Nang welcomed 1.5 million foreign visitors, up 20%.",
                          indicators, Period(2023, 7))
    assert [r for r in got.rows if r["indicator"] == "tourists"] == []
    qb = in_round(40, "quangbinh-2024-12.laodong.en.txt", indicators)
    assert ("2024-12", "year", "level", 5.2, ">") in rows_of(qb, "tourists")


def test_regional_gdp_and_a_sector_short_of_a_word_are_named(indicators):
    # vir.com.vn (Vĩnh Long, 2019): "Vinh Long’s economy has recorded a 6.22 per cent rise in regional GDP"; and
    # mekongsean.vn (Lâm Đồng, 2021): "trong đó, khu vực nông, lâm, thủy tăng 4,8% (kế hoạch 4,5-4,8%)" (each was
    # listed: no name)
    vl = in_round(40, "vinhlong-2019-12.vir.en.txt", indicators)
    assert ("2019-12", "year", "yoy_pct", 6.22, "=") in rows_of(vl, "grdp_growth")
    ld = in_round(40, "lamdong-2021-12.mekongsean.vi.txt", indicators)
    assert ("2021-12", "year", "yoy_pct", 4.8, "=") in rows_of(ld, "grdp_growth_agriculture")


def test_a_span_after_a_lead_in_word_frames_its_paragraph(indicators):
    # kinhtechungkhoan.vn (Nam Định, April 2025): "Trước đó, trong quý I/2025, tỉnh Nam Định đã ghi dấu ấn đặc biệt
    # với nhiều kết quả ấn tượng. Cụ thể, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt 11,86% so với
    # cùng kỳ năm 2024.": the first quarter's growth (read once "đạt 11,86% so với cùng kỳ" was no longer an index,
    # it was given the four months)
    nd = in_round(26, "namdinh-2025-04.kinhtechungkhoan.vi.txt", indicators)
    got = rows_of(nd, "grdp_growth")
    assert ("2025-03", "ytd", "yoy_pct", 11.86, "=") in got
    assert 11.86 not in [r[3] for r in got if r[0] == "2025-04"]


def test_hanoi_nine_months_in_english_economy_last_years_rate_sectors_of_a_quarter_and_a_nine_month_total(indicators):
    # en.diendandoanhnghiep.vn (Hà Nội, nine months of 2025): "Hanoi’s economy grew 7.92% in the first nine months"
    # (listed: no name); "The city’s GRDP in the third quarter of 2025 was estimated to grow by 8.2% …" then, a
    # paragraph on, "By sector, services expanded 8.83%, industry and construction rose 7.35%, …" (the quarter's,
    # proposed as the nine months'); "… outpaced last year’s 6.33%" (proposed as this year's growth); "Retail sales
    # and consumer service revenues in Q3 rose 14% from a year earlier, bringing the nine-month total to VND702.2
    # trillion (US$27.7 billion), up 12.9%." (the total listed as the quarter's)
    hn = in_round(41, "hanoi-2025-09.diendandoanhnghiep.en.txt", indicators)
    assert rows_of(hn, "grdp_growth") == [("2025-09", "ytd", "yoy_pct", 7.92, "=")]
    for sector in ("grdp_growth_services", "grdp_growth_industry_construction", "grdp_growth_agriculture"):
        assert rows_of(hn, sector) == [], sector
    assert ("2025-09", "ytd", "level", 702.2, "=") in rows_of(hn, "retail_sales")
    assert ("2025-09", "ytd", "yoy_pct", 12.9, "=") in rows_of(hn, "retail_sales")


def test_this_year_written_is_the_reports_year_and_targeted_names_a_target(indicators):
    # en.vietstock.vn (Vĩnh Phúc, 2019): "In October, Vinh Phuc completed its State budget collection. Total budget
    # collection this year was estimated at VND32.45 trillion, up 16.8 per cent year on year.": the year's (it took
    # October from the sentence before); and en.vietnamplus.vn (Khánh Hòa, August 2023): "This year, Khanh Hoa
    # targeted hosting roughly 4 million tourists" is a target, no result of the year so far
    vp = in_round(41, "vinhphuc-2019-12.vietstock.en.txt", indicators)
    assert ("2019-12", "year", "level", 32.45, "=") in rows_of(vp, "budget_revenue")
    kh = in_round(38, "khanhhoa-2023-08.vietnamplus.en.txt", indicators)
    assert 4.0 not in [r[3] for r in rows_of(kh, "tourists")]


def test_a_share_of_the_yearly_target_is_of_plan(indicators):
    # einpresswire.com (Quảng Ninh, first quarter of 2024): "Quảng Ninh lured over US$683 million worth of foreign
    # investment, making up 22.8 per cent of the yearly target.": a share of the plan (it was proposed as FDI's rise)
    qn = in_round(41, "quangninh-2024-03.einpresswire.en.txt", indicators)
    assert 22.8 not in [r[3] for r in rows_of(qn, "fdi_attracted")]


def test_branches_of_the_services_are_no_sector(indicators):
    # asemconnectvietnam.gov.vn (Hồ Chí Minh City, first half of 2024): "Of which, retail sales of goods increased by
    # 10.2%, accommodation and dining increased by 8.1%, travel services increased by 63.3% and other services
    # increased by 7.2% over the same period last year.": branches of the retail and services revenue (63.3 was
    # proposed as the services sector's growth)
    hcm = in_round(41, "hochiminh-2024-06.asemconnectvietnam.en.txt", indicators)
    assert 63.3 not in [r[3] for r in rows_of(hcm, "grdp_growth_services")]
    assert 7.2 not in [r[3] for r in rows_of(hcm, "grdp_growth_services")]


def test_indicators_that_fared_well_name_no_target(indicators):
    # cafef.vn (Quảng Ninh, 2024): "Các chỉ tiêu kinh tế khác của Quảng Ninh cũng khởi sắc trong năm 2024, vốn đầu tư
    # thực hiện trên địa bàn đạt 109.400 tỷ đồng, tăng 10% so với cùng kỳ năm trước.": "chỉ tiêu" are the
    # indicators, which improved; the investment is a result (it was listed as a plan's)
    qn = in_round(41, "quangninh-2024-12.cafef.vi.txt", indicators)
    assert ("2024-12", "year", "level", 109400.0, "=") in rows_of(qn, "social_investment")


def test_a_sectors_production_value_is_no_growth_of_its_value_added(indicators):
    # nhandan.vn (Hưng Yên, 2022): "Chỉ số công nghiệp tăng 10,5%; giá trị sản xuất xây dựng tăng 41,52%; giá trị sản
    # xuất thương mại dịch vụ tăng 19,32%; …": gross output, no sector's GRDP growth (19,32 was proposed as the
    # services')
    hy = in_round(42, "hungyen-2022-12.nhandan.vi.txt", indicators)
    assert rows_of(hy, "grdp_growth_services") == []
    assert why(hy, "19,32%") == "a revenue or output of dịch vụ tăng, not the sector's growth"
    # vir.com.vn (Thái Nguyên, first half of 2024): "Alongside industry, the production value of the
    # agro-forestry-fisheries sector came to $350 million, up 3.75 per cent on-year.": the same in English (3.75 was
    # proposed as the sector's growth)
    tn = in_round(43, "thainguyen-2024-06.vir.en.txt", indicators)
    assert rows_of(tn, "grdp_growth_agriculture") == []
    assert why(tn, "3.75 per cent").startswith("a revenue or output of agro-forestry-fisheries")
    # — but beside the taxes on products the sectors are the GRDP's own parts, whatever the words (baohaiduong.vn, Hải
    # Dương, first half of 2025: "the production value of the agro-forestry-fishery sector is estimated at 6.516
    # trillion VND, up 6.35%; the industry and construction sector at 35.372 trillion VND, …; and taxes less subsidies
    # on products at 5.732 trillion VND, up 10.41%": the four add up to the GRDP of 62.879 trillion VND)
    hd = in_round(2, "haiduong-2025-06.baohaiduong.en.txt", indicators)
    assert ("2025-06", "ytd", "yoy_pct", 6.35, "=") in rows_of(hd, "grdp_growth_agriculture")


def test_a_name_with_commas_after_the_figure_and_the_tertiary_sector(indicators):
    # news.baolongan.vn (Long An, first half of 2023): "the first 6 months's GRDP reached 3.43% (the first 6 months of
    # 2022's GRDP reached 5.47%)" (a span as a name's owner: both were listed as a quarter's, the sentence names the
    # quarters before); "the 3.71% increase in agriculture, forestry and fishery is the only sector …" (the name
    # after the figure holds commas: no name was found); "the growth rate of the whole tertiary sector reach 4.06%"
    la = in_round(42, "longan-2023-06.baolongan.en.txt", indicators)
    assert ("2023-06", "ytd", "yoy_pct", 3.43, "=") in rows_of(la, "grdp_growth")
    assert ("2023-06", "ytd", "yoy_pct", 3.71, "=") in rows_of(la, "grdp_growth_agriculture")
    assert ("2023-06", "ytd", "yoy_pct", 4.06, "=") in rows_of(la, "grdp_growth_services")
    # (but a name its verb and the next figure follow is that figure's: thuonghieucongluan.com.vn (Lào Cai, first
    # quarter of 2025): "Trong mức tăng chung 5,56% của quý I năm 2025 thì khu vực nông - lâm nghiệp và thủy sản tăng
    # 4,47%, …")
    lc = in_round(18, "laocai-2025-03.thuonghieucongluan.vi.txt", indicators)
    assert 5.56 not in [r[3] for r in rows_of(lc, "grdp_growth_agriculture")]


def test_a_part_named_after_its_figure_is_that_part(indicators):
    # en.vietnamplus.vn (Thái Nguyên, first quarter of 2024): "Total budget collection topped 3.78 trillion VND,
    # including over 3.2 trillion VND from domestic collection and over 560 billion VND from import-export
    # activities.": the part named after it is the domestic revenue (it was listed as a second figure of the total)
    tn = in_round(42, "thainguyen-2024-03.vietnamplus.en.txt", indicators)
    assert ("2024-03", "ytd", "level", 3.2, ">") in rows_of(tn, "budget_revenue_domestic")
    assert ("2024-03", "ytd", "level", 3.78, ">") in rows_of(tn, "budget_revenue")


def test_round_43s_english_and_vietnamese_reports_read(indicators):
    # baokiemtoan.vn (Lào Cai, first half of 2023): "…, ngành dịch vụ lưu trú ăn uống tăng 13,95% do khách du lịch đến
    # với Lào Cai tăng cao, ngành thương mại tăng 12,75%": the trade branch's (it was proposed as the visitors')
    lc = in_round(43, "laocai-2023-06.baokiemtoan.vi.txt", indicators)
    assert rows_of(lc, "tourists") == []
    # vietnam.vnanet.vn (Cần Thơ, first quarter of 2023): "… increases of 4.81% in the index of industrial production,
    # 13.42% in total retail sales of goods and consumer service revenue, …": each figure's name follows it (13.42 was
    # the IIP's)
    ct = in_round(43, "cantho-2023-03.vnanet.en.txt", indicators)
    assert 13.42 not in [r[3] for r in rows_of(ct, "iip_growth")]
    assert ("2023-03", "ytd", "yoy_pct", 13.42, "=") in rows_of(ct, "retail_sales")
    # en.dangcongsan.vn (Bắc Ninh, first half of 2024): "… while the proportion of the service sector increased by
    # 2.02% and the proportion of the agriculture - forestry - fishery sector rose by 0.32%": shifts of the shares
    bn = in_round(43, "bacninh-2024-06.dangcongsan.en.txt", indicators)
    assert rows_of(bn, "grdp_growth_services") == [] and rows_of(bn, "grdp_growth_agriculture") == []


def test_compared_to_a_rate_in_the_same_period_of_a_year_is_that_years(indicators):
    # vir.com.vn (Thái Nguyên, first half of 2024): "The northern province’s economy expanded 6.03 per cent in the first
    # six months of 2024, compared to 5.17 per cent in the same period of 2023, …": 5.17 is 2023's (it was proposed
    # as 2024's, and 6.03 listed as a second figure)
    tn = in_round(43, "thainguyen-2024-06.vir.en.txt", indicators)
    got = rows_of(tn, "grdp_growth")
    assert ("2024-06", "ytd", "yoy_pct", 6.03, "=") in got
    assert 5.17 not in [r[3] for r in got if r[0] == "2024-06"]


def test_total_development_capital_is_the_social_investment(indicators):
    # vir.com.vn (Vĩnh Long, 2019): "Total development capital reached VND14.1 trillion ($613 million), hitting 102.3
    # per cent of the initial plan, and up 8.46 per cent on-year.": "tổng vốn đầu tư phát triển" (it was not read)
    vl = in_round(40, "vinhlong-2019-12.vir.en.txt", indicators)
    got = rows_of(vl, "social_investment")
    assert ("2019-12", "year", "level", 14.1, "=") in got
    assert ("2019-12", "year", "yoy_pct", 8.46, "=") in got


def test_an_earlier_periods_growth_in_a_bracket_after_its_verb(indicators):
    # songvinhphuc (Vĩnh Phúc, first quarter of 2020): "In the first 3 months of 2020, the Gross Regional Domestic
    # Product (GRDP) increased 6.38% over the same period, lower than the increase of the first quarter of 2019 (up
    # 8.75%).": 8.75 is the first quarter of 2019's (it was listed as a second figure of 2020's)
    vp = in_round(42, "vinhphuc-2020-03.songvvinhphuc.en.txt", indicators)
    assert ("2019-03", "ytd", "yoy_pct", 8.75, "=") in rows_of(vp, "grdp_growth")
    assert ("2020-03", "ytd", "yoy_pct", 6.38, "=") in rows_of(vp, "grdp_growth")


def test_a_name_whose_words_a_page_printed_joined_is_that_name(indicators):
    # vietnamplus.vn (Bình Dương, 2022): "The locality's index of industrialproduction is expected to expand 8.9% …",
    # "Its budgetrevenue is estimated at 61.9 trillion VND, …" (the store keeps the words joined; neither was read),
    # "GRDP per capital at 170 million VND" ("per capital" for per capita)
    bd = in_round(41, "binhduong-2022-12.vietnamplus.en.txt", indicators)
    assert ("2022-12", "year", "yoy_pct", 8.9, "=") in rows_of(bd, "iip_growth")
    assert ("2022-12", "year", "level", 61.9, "=") in rows_of(bd, "budget_revenue")
    assert ("2022-12", "year", "level", 170.0, "=") in rows_of(bd, "grdp_per_capita")


def test_a_span_after_according_to_frames_its_paragraph(indicators):
    # baokhanhhoa.vn (Khánh Hòa, December 2024): "According to the report of the Provincial People's Committee, in
    # the 11 months of 2024, the province's socio-economic situation continued to achieve many positive results, ….
    # In particular, the industrial production index (IIP) increased by 29.87%; …": the eleven months' (they were
    # proposed as the year's, the report's month)
    kh = in_round(44, "khanhhoa-2024-12.baokhanhhoa.en.txt", indicators)
    assert ("2024-11", "ytd", "yoy_pct", 29.87, "=") in rows_of(kh, "iip_growth")
    assert [r for r in rows_of(kh, "exports") if r[0] == "2024-12"] == []


def test_a_development_rate_is_an_index(indicators):
    # ipc.tuyenquang.gov.vn (Tuyên Quang, first half of 2024): "Theo công bố của Tổng Cục thống kê, 6 tháng đầu năm
    # 2024, tốc độ phát triển GRDP của tỉnh Tuyên Quang đạt 108,84%, …": the development rate is an index (the year
    # before = 100), a growth of 8.84% (it was proposed as a growth of 108.84%)
    tq = in_round(44, "tuyenquang-2024-06.ipctuyenquang.vi.txt", indicators)
    assert rows_of(tq, "grdp_growth") == [("2024-06", "ytd", "yoy_pct", 8.84, "=")]


def test_the_trade_declared_at_a_border_customs_office_is_not_the_provinces_own(indicators):
    # danviet.vn (Lạng Sơn, 2023): "Trong đó, kim ngạch xuất nhập khẩu hàng hóa mở tờ khai hải quan tại Cục Hải quan
    # Lạng Sơn đạt 4.975 triệu USD, …, xuất khẩu 2.750 triệu USD, đạt 211,5% kế hoạch, tăng 168,8% …, nhập khẩu đạt
    # 2.225 triệu USD, …. Xuất khẩu hàng hóa địa phương đạt 156 triệu USD, đạt 101,3% kế hoạch, tăng 9,9%": the goods
    # declared at the border's customs office are mostly other provinces'; the province's own exports are 156 (2.750
    # and 2.225 were proposed as its exports and imports)
    ls = in_round(44, "langson-2023-12.danviet.vi.txt", indicators)
    assert rows_of(ls, "imports") == []
    assert [r[3] for r in rows_of(ls, "exports") if r[2] == "year" and r[3] in (2750.0, 168.8)] == []
    assert why(ls, "2.750 triệu USD").startswith("trade declared at a customs office")


def test_round_44s_english_reports_read(indicators):
    # eng.longan.gov.vn (Long An, May 2020): "Total retailed sales of goods and services in May 2020 were estimated at
    # 6,786.2 billion VND, …, down 8.4 percent over the same period.": the retail sales ("retailed"; -8.4 was
    # proposed as the services' growth)
    la = in_round(44, "longan-2020-05.longan.en.txt", indicators)
    assert rows_of(la, "grdp_growth_services") == []
    assert ("2020-05", "month", "yoy_pct", -8.4, "=") in rows_of(la, "retail_sales")
    # en.baoquocte.vn (Vĩnh Phúc, first half of 2021): "At a press conference at the end of June, the provincial
    # Statistics Office reported that the first-half Gross Regional Domestic Product (GRDP) of Vinh Phuc rose 14.21
    # percent …": the half-year's (it was proposed as June's)
    vp = in_round(44, "vinhphuc-2021-06.baoquocte.en.txt", indicators)
    assert ("2021-06", "ytd", "yoy_pct", 14.21, "=") in rows_of(vp, "grdp_growth")
    assert [r for r in rows_of(vp, "grdp_growth") if r[1] == "month"] == []
    # vir.com.vn (Đồng Tháp, eight months of 2025): "total retail sales of goods and consumer services approximated
    # $6.57 billion, up 9.6 per cent; and total export value surpassed $6.1 billion, …": the retail sales (9.6 was
    # proposed as the services' growth: it is the rise of an amount in dollars the table keeps in dong, listed with
    # it) and more than 6.1
    dt = in_round(44, "dongthap-2025-08.vir.en.txt", indicators)
    assert rows_of(dt, "grdp_growth_services") == []
    assert why(dt, "$6.57 billion").startswith("a figure in tỷ USD for an indicator kept in another unit")
    assert ("2025-08", "ytd", "level", 6.1, ">") in rows_of(dt, "exports")


def test_a_running_total_goes_on_with_the_name_the_sentence_before_opened_on(indicators):
    # vietnamnet.vn (Hà Nội, third quarter of 2021): "Tổng sản phẩm trên địa bàn (GRDP) quý III giảm 7,02% so với cùng
    # kỳ năm 2020, nhất là khu vực dịch vụ và các ngành công nghiệp, xây dựng. Tính chung 9 tháng tăng 1,28% so với
    # cùng kỳ năm 2020.": the GRDP's (the sectors named after the quarter's figure left the nine months unnamed)
    hn = in_round(44, "hanoi-2021-09.vietnamnet.vi.txt", indicators)
    assert ("2021-09", "ytd", "yoy_pct", 1.28, "=") in rows_of(hn, "grdp_growth")
    # eng.longan.gov.vn (Long An, May 2020): "… the industrial production index in May 2020 is estimated to increase
    # by 3.31 percent over the previous month, up 1.35 percent over the same period last year. The accumulation of
    # the first 5 months of 2020 increased by 1.93 percent …", "Total retailed sales of goods and services in May
    # 2020 were estimated at 6,786.2 billion VND, …. Accumulated 5 months of 2020 is estimated at 36,048.6 billion
    # VND, …, down 2.7 percent …"
    la = in_round(44, "longan-2020-05.longan.en.txt", indicators)
    assert ("2020-05", "ytd", "yoy_pct", 1.93, "=") in rows_of(la, "iip_growth")
    assert ("2020-05", "ytd", "level", 36048.6, "=") in rows_of(la, "retail_sales")
    assert ("2020-05", "ytd", "yoy_pct", -2.7, "=") in rows_of(la, "retail_sales")


def test_round_44s_english_names_and_a_surge(indicators):
    # hanoitimes.vn (Hà Nội, nine months of 2024): "The consumer price index rose nearly 4.9% during the first
    # quarters, …", "Meanwhile, social investment in the nine months reached VND351.8 trillion ($14.2 billion), up
    # 9.7%, …": neither name was known in English
    hn = in_round(44, "hanoi-2024-09.hanoitimes.en.txt", indicators)
    assert ("2024-09", "ytd", "level", 351.8, "=") in rows_of(hn, "social_investment")
    assert ("2024-09", "ytd", "yoy_pct", 9.7, "=") in rows_of(hn, "social_investment")
    assert ("2024-09", "ytd", "yoy_pct", 4.9, "~") in rows_of(hn, "cpi")
    # en.baoquocte.vn (Vĩnh Phúc, first half of 2021): "As of June 28, budget collection in Vinh Phuc totaled 19.25
    # trillion VND (836 million USD), a surge of 35.18 percent on a yearly basis.": a growth (it was listed as a
    # figure in % for an amount)
    vp = in_round(44, "vinhphuc-2021-06.baoquocte.en.txt", indicators)
    assert ("2021-06", "ytd", "yoy_pct", 35.18, "=") in rows_of(vp, "budget_revenue")


def test_a_paragraph_that_opens_on_the_countrys_figures_is_the_countrys(indicators):
    # thongtin.vietnam.vn (Quảng Ninh, seven months of 2025): "According to the General Statistics Office ( Ministry of
    # Finance ), the country's GDP in the first 6 months of 2025 increased by 7.52% …. In the total added value
    # increase of the whole economy, the agriculture, forestry and fishery sector increased by 3.84%, …; the industry
    # and construction sector increased by 8.33%, …; the service sector increased by 8.14%, …. …, registered FDI
    # exceeded 20 billion USD - the highest level in 5 years." (each was proposed as Quảng Ninh's; its own figures
    # come in the next paragraph)
    qn = in_round(45, "quangninh-2025-07.thongtinvietnam.en.txt", indicators)
    for ind in ("grdp_growth", "grdp_growth_agriculture", "grdp_growth_industry_construction",
                "grdp_growth_services", "fdi_attracted"):
        assert [r for r in rows_of(qn, ind) if r[0] in ("2025-06", "2025-07") and r[3] in (
            7.52, 3.84, 8.33, 8.14, 20.0)] == [], ind
    assert why(qn, "3.84%").startswith("a national figure")


def test_a_pages_view_count_is_no_visitors(indicators):
    # hanam.gso.gov.vn (Hà Nam, first half of 2020): "Tình hình Kinh tế - Xã hội 6 tháng đầu năm 2020 10/07/2020
    # 9:22:57 SA 460 Lượt xem": the page's views (they were proposed as 460 visitors)
    hn = in_round(45, "hanam-2020-06.hanamgso.vi.txt", indicators)
    assert rows_of(hn, "tourists") == []


def test_round_45s_english_words_of_a_fall_and_a_retail_sale(indicators):
    # en.vietnamplus.vn (Đà Nẵng, 2020): "Meanwhile, the value added of the industrial and construction sector dived
    # 12.23 percent; …": a fall (it was proposed as a rise of 12.23)
    dn = in_round(45, "danang-2020-12.vietnamplus.en.txt", indicators)
    assert ("2020-12", "year", "yoy_pct", -12.23, "=") in rows_of(dn, "grdp_growth_industry_construction")
    # doingoaihungyen.vn (Hưng Yên, nine months of 2019): "total retail sale of goods and services reached billion
    # 28,207 VND, equivalent to 82,24% of the year plan, up 11.66%": the retail sales (11.66 was the services')
    hy = in_round(45, "hungyen-2019-09.doingoaihungyen.en.txt", indicators)
    assert 11.66 not in [r[3] for r in rows_of(hy, "grdp_growth_services")]
    assert ("2019-09", "ytd", "yoy_pct", 11.66, "=") in rows_of(hy, "retail_sales")


def test_a_scale_word_before_the_number_scales_it(indicators):
    # doingoaihungyen.vn (Hưng Yên, nine months of 2019): "total retail sale of goods and services reached billion
    # 28,207 VND": 28,207 billion VND, the scale before the number (it was proposed as 28,207 đồng)
    hy = in_round(45, "hungyen-2019-09.doingoaihungyen.en.txt", indicators)
    assert [r for r in hy.rows if r["indicator"] == "retail_sales" and r["measure"] == "level"] and all(
        (r["value"], r["unit"]) == (28207.0, "tỷ đồng")
        for r in hy.rows if r["indicator"] == "retail_sales" and r["measure"] == "level")


def test_a_revenue_from_visitors_is_no_count_of_them(indicators):
    # danviet.vn (Bình Thuận, July 2022): "Doanh thu từ khách du lịch đạt khoảng 922 tỷ, tăng 13 lần so với cùng kỳ.":
    # the revenue's rise (it was proposed as the visitors', 1200%, over the 24-fold rise of the visitors themselves)
    bt = in_round(46, "binhthuan-2022-07.danviet.vi.txt", indicators)
    assert 1200.0 not in [r[3] for r in rows_of(bt, "tourists")]
    assert why(bt, "13 lần").startswith("a revenue from")


def test_a_rise_from_a_year_long_before_is_no_change_on_a_year(indicators):
    # en.qdnd.vn (Cao Bằng, 2023): "The number of tourists coming to Cao Bang was estimated at 1.9 million, 12% higher
    # than its annual plan and an increase of 23% from pre-COVID-19 period in 2019.": against 2019 (it was proposed
    # as 2023's growth on 2022)
    cb = in_round(46, "caobang-2023-12.qdnd.en.txt", indicators)
    assert 23.0 not in [r[3] for r in rows_of(cb, "tourists")]
    assert why(cb, "23%").startswith("a change against 2019")


def test_a_tilde_before_a_number_is_about(indicators):
    # songoaivuen.tiengiang.gov.vn (Tiền Giang, 2019): "GRDP per capita reaches 51 billion dongs (~2,217 USD).": about
    # 2,217 (it was proposed as exactly 2,217)
    tg = in_round(46, "tiengiang-2019-12.songoaivuen.en.txt", indicators)
    assert [r[4] for r in rows_of(tg, "grdp_per_capita") if r[3] == 2217.0] == ["~"]
