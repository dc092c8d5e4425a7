"""Term plans (issue 24, item 7): an average growth (the geometric mean of the annual rates), a
level by the end year, a total over the years, each scored from the years' outcomes with what the
remaining years need. Every expected number is worked by hand in the comment beside it."""

from __future__ import annotations

from bs4 import BeautifulSoup
from click.testing import CliRunner

from helpers.analysis.terms import score
from helpers.catalog.terms import TermPlan, scan
from helpers.cli import main

URL = "https://example.org/t"
MERGED = {"id": "merged", "vi": "sau hợp nhất", "en": "merged"}


def plan(start, end, *targets, territory=None) -> TermPlan:
    return TermPlan.model_validate({
        "resolution": "t", "city": {"id": "c", "vi": "C", "en": "C"}, "title": {"vi": "T", "en": "T"},
        "start": start, "end": end, "territory": territory,
        "targets": [{"name": {"vi": t["id"], "en": t["id"]}, "source": URL, **t} for t in targets]})


def growth(rate, territory=None):
    return {"actual": rate, "unit": "percent", "span": "year", "obs_period": "2021-12", "basis": "growth",
            "territory": territory}


def level(x, unit="million_tonnes", territory=None, span="year", month=12):
    return {"actual": x, "unit": unit, "span": span, "obs_period": f"2021-{month:02d}", "basis": "flow",
            "territory": territory}


def test_average_growth_behind_its_goal():
    p = plan(2021, 2023, {"id": "g", "basis": "average_growth", "kind": "min", "value": 13, "unit": "%"})
    s = score(p, {"g": {2021: growth(8), 2022: growth(8)}}, 2023)[0]
    assert round(s["so_far"], 6) == 8.0  # √(1.08 × 1.08) − 1
    # the third year needs 1.13³ / 1.08² − 1 = 1.442897 / 1.1664 − 1 = 23.705%
    assert round(s["needed"], 3) == 23.705
    assert s["status"] == "off_track"  # 5 points behind (beyond 2)


def test_a_finished_term_is_met_or_missed_on_its_mean():
    rates = {2021: growth(12.38), 2022: growth(12.32)}  # √(1.1238 × 1.1232) − 1 = 12.350%
    met = score(plan(2021, 2022, {"id": "g", "basis": "average_growth", "kind": "min", "value": 12,
                                  "unit": "%"}), {"g": rates}, 2023)[0]
    assert round(met["so_far"], 3) == 12.350 and met["status"] == "achieved" and met["needed"] is None
    missed = score(plan(2021, 2022, {"id": "g", "basis": "average_growth", "kind": "range", "low": 13,
                                     "high": 14, "unit": "%"}), {"g": rates}, 2023)[0]
    assert missed["status"] == "not_achieved"


def test_a_year_missing_makes_no_mean():
    p = plan(2021, 2025, {"id": "g", "basis": "average_growth", "kind": "min", "value": 13, "unit": "%"})
    s = score(p, {"g": {2021: growth(12.38), 2022: growth(12.32), 2024: growth(11.01),
                        2025: growth(11.81)}}, 2026)[0]
    assert s["missing"] == [2023] and s["so_far"] is None and s["needed"] is None
    assert s["status"] == "no_outcome"  # the term has ended without every year on file


def test_end_level_against_the_year_before_the_term():
    p = plan(2026, 2030, {"id": "port", "basis": "end_level", "kind": "min", "value": 380, "unit": "triệu tấn"},
             territory=MERGED)
    s = score(p, {"port": {2025: level(213, territory=MERGED), 2026: level(230, territory=MERGED)}}, 2027)[0]
    # since 2025: 230 / 213 − 1 = 7.98% a year; the goal needs (380 / 213)^(1/5) − 1 = 12.27%:
    # 7.98 / 12.27 = 0.65, from 60% of the needed pace: at risk
    assert s["status"] == "at_risk" and s["base"] == 213
    # the four years left need (380 / 230)^(1/4) − 1 = 13.374%
    assert round(s["needed"], 3) == 13.374


def test_a_level_of_another_territory_is_never_counted():
    p = plan(2026, 2030, {"id": "port", "basis": "end_level", "kind": "min", "value": 380, "unit": "triệu tấn"},
             territory=MERGED)
    # 2025's level measured the city before the merger: no base, so no pace and no requirement
    s = score(p, {"port": {2025: level(160), 2026: level(230, territory=MERGED)}}, 2027)[0]
    assert s["base"] is None and s["status"] == "no_data"
    assert s["figures"] == {2026: 230}
    # a growth rate is published on a comparable base: counted whatever the territory
    g = plan(2024, 2025, {"id": "g", "basis": "average_growth", "kind": "min", "value": 11, "unit": "%"})
    both = score(g, {"g": {2024: growth(11.01), 2025: growth(11.81, territory=MERGED)}}, 2026)[0]
    assert both["declined"] == {} and both["status"] == "achieved"  # √(1.1101 × 1.1181) − 1 = 11.41%


def test_total_on_pace_and_partial_years_never_count():
    p = plan(2021, 2025, {"id": "b", "basis": "total", "kind": "min", "value": 500, "unit": "triệu tấn"})
    s = score(p, {"b": {2021: level(90), 2022: level(110), 2023: level(60, span="ytd", month=6)}}, 2023)[0]
    # 200 in two years against 500 × 2/5 = 200: on pace; the three years left need 300 / 3 = 100
    # each; the first half of 2023 is not a year's figure
    assert s["so_far"] == 200 and s["needed"] == 100 and s["status"] == "on_track"
    assert s["figures"] == {2021: 90, 2022: 110}


def test_the_bundled_terms():
    plans, problems = scan()
    assert problems == []
    by = {p.resolution: p for p in plans}
    five = by["haiphong-2026-2030"]
    # the council's 2026–2030 plan (plo.vn, 11/12/2025): 13–14% a year, 11,247 USD per head and
    # 380 million tonnes by 2030
    t = {x.id: x for x in five.targets}
    assert (t["grdp_growth"].low, t["grdp_growth"].high) == (13, 14)
    assert t["grdp_per_capita"].value == 11247 and t["port_cargo"].value == 380
    assert by["haiphong-2021-2025"].targets == [] and by["haiphong-2021-2025"].outcomes[0].value == 11.39


def test_the_city_page_shows_the_terms(tmp_path):
    from test_city import LATEST  # the same landing pages, written without kernels

    from helpers.catalog import targets
    from helpers.render import city, index
    from helpers.render import plan as plans
    from helpers.statistics import observations
    from helpers.values.period import Lang, Period

    for res, month in LATEST.items():
        c = targets.load_catalog(res)
        o = observations.load_raw(c)
        index.write_resolution(tmp_path, c, o, plans.plan(c, o, [Period.parse(month)], [Lang.VI, Lang.EN]))
    city.write(tmp_path, index._summaries(tmp_path), index._env(), today_year=2026)
    soup = BeautifulSoup((tmp_path / "html/cities/haiphong.html").read_text(encoding="utf-8"), "html.parser")
    port = soup.select_one('table.term[data-term="haiphong-2026-2030"] tr[data-target="port_cargo"]')
    # from 2025's 213 million tonnes (the merged city's year) to 380 in 2030: (380/213)^(1/5) − 1
    assert port.select_one("td.needed").get_text(" ", strip=True) == "tăng 12,27% một năm, từ 213 triệu tấn năm 2025"
    grdp = soup.select_one('table.term-outcomes[data-term="haiphong-2021-2025"] tr[data-target="grdp_growth"]')
    assert grdp.select_one("td.published").get_text(" ", strip=True).startswith("11,39% một năm, bình quân 2021–2025")
    # 2023 is not on file: the mean of the years is not worked out, and the page says why
    assert grdp.select_one("td.from-years").get_text(" ", strip=True) == "chưa có kết quả năm 2023: không tính"


def test_a_broken_term_file_is_named_by_chitieu_data(home):
    bad = home / "data/raw/terms/haiphong-2031-2035.yaml"
    bad.write_text("resolution: haiphong-2031-2035\ncity: {id: haiphong, vi: H, en: H}\n"
                   "title: {vi: T, en: T}\nstart: 2035\nend: 2031\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["data"])
    assert result.exit_code == 1
    assert f"{bad}: field (file): end 2031 is not after start 2035 (a term spans years)" in result.output
    assert "Traceback" not in result.output


def test_an_edited_term_plan_reaches_the_city_page_on_the_next_render(home, tmp_path):
    """A render with nothing new ends at its stamp; a term plan is one of its inputs, so an edit
    to it is not "nothing changed" and the city page shows it."""
    out = tmp_path / "site"
    for res, month in (("haiphong-2021", "2021-02"), ("haiphong-2022", "2022-02")):
        done = CliRunner().invoke(main, ["render", "-r", res, "--period", month, "--lang", "vi",
                                         "--out", str(out)])
        assert done.exit_code == 0, done.output
    page = out / "html/cities/haiphong.html"
    assert "Tăng trưởng GRDP bình quân" in page.read_text(encoding="utf-8")
    term = home / "data/raw/terms/haiphong-2026-2030.yaml"
    term.write_text(term.read_text(encoding="utf-8").replace(
        "name: {vi: Tăng trưởng GRDP bình quân,", "name: {vi: Tăng trưởng GRDP bình quân năm,", 1),
        encoding="utf-8")
    again = CliRunner().invoke(main, ["render", "-r", "haiphong-2022", "--period", "2022-02", "--lang", "vi",
                                      "--out", str(out)])
    assert again.exit_code == 0 and "nothing changed" not in again.output, again.output
    assert "Tăng trưởng GRDP bình quân năm" in page.read_text(encoding="utf-8")
