"""Many cities and years in one project: a resolution is data, statistics belong to a city, processed
data know their inputs, outputs sit side by side, and periods and languages are values.

Expected values come from the published texts: Hai Phong's own "% of plan" for 2022, the province
of Thua Thien Hue's own assessment column ("Đánh giá") for 2024, and hand arithmetic written here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT
from helpers.analysis import progress
from helpers.catalog import targets
from helpers.cli import main
from helpers.render import plan
from helpers.statistics import observations
from helpers.values import paths
from helpers.values.errors import CatalogError, ChitieuError, ObservationsError
from helpers.values.period import Lang, Period, PeriodError

HUE = ROOT / "tests/data/hue"
HEADER = "indicator,period,span,measure,value,qualifier,unit,published,source_url,note\n"
URL = "https://example.org/a"


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output, result.output
    return result


def gaps_json(*args: str) -> list[dict]:
    result = run("gaps", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def project(home) -> Path:
    """A copy of the project (notebooks, raw data) used as the workspace."""
    return home


@pytest.fixture
def two_cities(project) -> Path:
    """The project with a second province dropped in: a catalog and a statistics folder, no code."""
    shutil.copytree(HUE / "data", project / "data", dirs_exist_ok=True)
    return project


# --- periods and languages are values --------------------------------------------------------------

@given(st.integers(1900, 2199), st.integers(1, 12))
def test_period_round_trips(year, month):
    p = Period(year, month)
    assert Period.parse(str(p)) == p
    assert Period.parse(f"{year}-{month}") == p  # one-digit months are normalised
    assert re.fullmatch(r"\d{4}-\d{2}", str(p))


@given(st.tuples(st.integers(1900, 2199), st.integers(1, 12)),
       st.tuples(st.integers(1900, 2199), st.integers(1, 12)))
def test_period_text_orders_like_dates(a, b):
    pa, pb = Period(*a), Period(*b)
    assert (str(pa) < str(pb)) == (pa.first_day < pb.first_day) == (pa < pb)


@pytest.mark.parametrize("bad", ["2021-13", "2021-00", "21-09", "2021/09", "", "2021-09-01", "September"])
def test_malformed_periods_are_refused(bad):
    with pytest.raises(PeriodError):
        Period.parse(bad)
    assert run("gaps", "-r", "haiphong-2021", "--period", bad).exit_code == 2


def test_one_digit_month_gives_septembers_answers(catalog):
    obs = observations.load_raw(catalog)
    pd.testing.assert_frame_equal(progress.scorecard(catalog, obs, "2021-9"),
                                  progress.scorecard(catalog, obs, "2021-09"))
    assert gaps_json("-r", "haiphong-2021", "--period", "2021-9") == \
        gaps_json("-r", "haiphong-2021", "--period", "2021-09")


def test_languages_parse_once():
    assert Lang.parse_list("vi,vi, en") == [Lang.VI, Lang.EN]
    with pytest.raises(ChitieuError, match="allowed: vi, en"):
        Lang.parse("fr")


def test_no_period_is_taken_apart_outside_its_module():
    src = ROOT / "src/helpers"
    offenders = [p.name for p in src.rglob("*.py")
                 if p.name != "period.py" and re.search(r"\[5:7\]|\[:4\]|str\[5", p.read_text())]
    assert offenders == []


# --- the catalog contract --------------------------------------------------------------------------

PROVINCE = """\
resolution: x-2024
year: 2024
city: {id: x, vi: Tỉnh X, en: X province}
title: {vi: T, en: T}
units:
  - {id: clinics_per_10k, dimension: clinics_per_10k, scale: 1, vi: "phòng khám/vạn dân", en: "clinics per 10,000 people"}
groups:
  - {id: defence, vi: Quốc phòng – an ninh, en: Defence and security}
growth: {headline: g, components: [g1]}
items:
  - number: 1
    group: economic
    targets:
      - {id: g, name: {vi: G, en: G}, kind: range, low: 7.4, high: 8.4, unit: percent, basis: growth}
      - {id: g1, parent: g, name: {vi: G1, en: G1}, kind: min, value: 5, unit: percent, basis: growth}
  - number: 2
    group: defence
    targets:
      - {id: clinics, name: {vi: C, en: C}, kind: min, value: 3, unit: clinics_per_10k, basis: level}
"""


def test_a_catalog_declares_its_units_groups_and_growth(write):
    c = targets.load_catalog(write("x-2024.yaml", PROVINCE))
    assert c.city.id == "x" and c.growth.ids == ("g", "g1")
    assert c.group("defence")["vi"] == "Quốc phòng – an ninh"
    assert [g.id for g in c.used_groups] == ["economic", "defence"]
    assert c.target("clinics").unit == "clinics_per_10k"
    # a statistics row may use the declared unit's vi, en or id spelling
    for spelling in ("phòng khám/vạn dân", "clinics per 10,000 people", "clinics_per_10k"):
        r = observations.validate([write("s.csv", HEADER + f'clinics,2024-06,month,level,2.5,,"{spelling}",,{URL},\n')], c)
        assert r.ok, r.errors


@pytest.mark.parametrize("old, new, expected", [
    ("group: defence\n", "group: navy\n", "item 2: field group: unknown group 'navy'"),
    ("components: [g1]", "components: [clinics]", "growth: target 'clinics' has basis 'level'"),
    ("headline: g,", "headline: nope,", "growth: no target with id 'nope'"),
    ("{id: clinics_per_10k, dimension: clinics_per_10k, scale: 1, vi: \"phòng khám/vạn dân\"",
     "{id: clinic_rate, dimension: area, scale: 1, vi: \"ha\"", "the spelling 'ha' already means 'hectares'"),
    ("{id: clinics_per_10k, dimension: clinics_per_10k, scale: 1,", "{id: hectares, dimension: area, scale: 2,",
     "unit 'hectares' is already defined as area, scale 1"),
    ("city: {id: x,", "city: {id: X Y,", "field city.id: String should match pattern"),
])
def test_catalog_contract_errors_name_the_field(write, old, new, expected):
    assert old in PROVINCE
    with pytest.raises(CatalogError, match=re.escape(expected)):
        targets.load_catalog(write("x-2024.yaml", PROVINCE.replace(old, new)))


def test_a_catalog_without_growth_has_no_growth_report(write):
    c = targets.load_catalog(write("x-2024.yaml", PROVINCE.replace("growth: {headline: g, components: [g1]}\n", "")))
    obs = observations.validate([write("s.csv", HEADER + f"g,2024-06,ytd,yoy_pct,7.9,,%,,{URL},\n")], c).frame
    jobs = plan.plan(c, obs, [Period(2024, 6)], [Lang.VI], today=dt.date(2024, 7, 5))
    assert {j.notebook for j in jobs} == {"01-targets", "02-scorecard", "03-indicator"}


def test_range_growth_headline_is_scored_against_its_low_end(write):
    c = targets.load_catalog(write("x-2024.yaml", PROVINCE))
    obs = observations.validate([write("s.csv", HEADER + f"g,2024-06,ytd,yoy_pct,7.9,,%,,{URL},\n")], c).frame
    r = progress.scorecard(c, obs, "2024-06").set_index("id").loc["g"]
    # 7.9 against 7.4–8.4: 0.5 points above the low end, within the range
    assert (r.gap, r.range_position, r.status) == (pytest.approx(0.5), "within", "on_track")


# --- Hai Phong 2022, bundled ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def hp22():
    c = targets.load_catalog("haiphong-2022")
    return c, observations.load_raw(c)


def row(card: pd.DataFrame, tid: str) -> pd.Series:
    return card.set_index("id").loc[tid]


@pytest.mark.parametrize("period, tid, published_pct", [
    ("2022-03", "exports", 21.81),     # "Kim ngạch xuất khẩu ước đạt 6,76 tỷ USD … bằng 21,81% kế hoạch"
    ("2022-07", "port_cargo", 50.33),  # "84,55 triệu tấn … bằng 50,33% kế hoạch (… 168 triệu tấn)"
])
def test_2022_reproduces_the_citys_percent_of_plan(hp22, period, tid, published_pct):
    c, obs = hp22
    assert round(row(progress.scorecard(c, obs, period), tid).attainment_pct, 2) == published_pct


def test_2022_uses_2021_figures_for_its_pace(hp22):
    c, obs = hp22
    exports = row(progress.scorecard(c, obs, "2022-03"), "exports")
    # 2021's first quarter held 5.72 of the year's 25.11 bn USD of exports
    share = 5.72 / 25.11
    assert exports.pace_basis == "2021" and exports.expected_share == pytest.approx(share)
    assert exports.projected == pytest.approx(6.76 / share)


def test_2022_first_half_against_2021s_profile(hp22):
    c, obs = hp22
    card = progress.scorecard(c, obs, "2022-06")
    # ports: 70,794.5 thousand tonnes at six months; 2021's first half held over 70 of its 151.1
    # million: 70.7945 / (168 × 70/151.1) = 0.910, in the at-risk band; but the rest of the year
    # needs (168 − 70.7945) / 6 = 16.20 million t a month, more than the best month on file (May
    # 2021: 10,312 thousand t): out of reach, so off track
    ports = row(card, "port_cargo")
    assert (ports.actual, ports.pace_basis, ports.requirement, ports.status) == \
        (70.7945, "2021", "out_of_reach", "off_track")
    assert ports.required_per_month == pytest.approx((168 - 70.7945) / 6)
    assert ports.pace_ratio == pytest.approx(70.7945 / (168 * 70 / 151.1))
    # budget: 52,581 bn VND against "over 105 trillion": 50.08% of the plan (the city's 49.8% is of
    # its larger budget estimate)
    assert row(card, "budget_revenue").attainment_pct == pytest.approx(52.581 / 105 * 100)


def test_2022_year_end(hp22):
    c, obs = hp22
    card = progress.scorecard(c, obs, "2022-12")
    # GRDP 12.32% against "13% or more": the source says the plan was not met
    assert (row(card, "grdp_growth").actual, row(card, "grdp_growth").status) == (12.32, "not_achieved")
    # IIP 14.56% against 19–20%
    assert row(card, "iip_growth").status == "not_achieved"
    # budget 107,132.6 bn VND = 107.1326 trillion against "over 105 trillion": 102.03%
    budget = row(card, "budget_revenue")
    assert budget.actual == pytest.approx(107.1326)
    assert budget.attainment_pct == pytest.approx(107.1326 / 105 * 100)
    assert budget.status == "achieved"
    # FDI: "more than 1.24 bn USD" in nine months, no later figure of the city's on file; 2021's
    # nine months held over 2.8 of its 3.13 bn USD, so the pace is 1.24 / (2.5 × 2.8/3.13) = 0.554,
    # below 0.60: the last call was off track (at least); the year has ended without its figure
    fdi = row(card, "fdi_attracted")
    assert (fdi.obs_period, fdi.pace_basis, fdi.at_least, fdi.status, fdi.last_call) == \
        ("2022-09", "2021", True, "no_outcome", "off_track")
    assert fdi.pace_ratio == pytest.approx(1.24 / (2.5 * 2.8 / 3.13))


def test_2022_growth_report_compares_with_2021(hp22):
    from helpers.analysis import series

    c, obs = hp22
    m = series.growth_matrix(c, obs, "2022-06").set_index(["id", "year", "month"])
    assert m.loc[("grdp_growth", 2021, 6), "value"] == 13.52  # 2021's first half, from 2021's file
    assert m.loc[("grdp_growth", 2022, 6), "value"] == 11.1


def test_2021_answers_are_unchanged_beside_2022():
    by_id = {r["id"]: r for r in gaps_json("-r", "haiphong-2021", "--period", "2021-09")}
    # the series is shared with 2022, whose catalog states the budget in trillion VND; 2021's
    # target is in billion VND and its figures are scored in it
    assert by_id["budget_revenue"]["actual"] == 67019.3
    assert by_id["exports"]["actual"] == 18.54 and by_id["grdp_growth"]["actual"] == 12.28


def test_default_resolution_is_the_newest_on_file():
    rows = json.loads(run("targets", "--format", "json").stdout)
    assert [r["id"] for r in rows] == [t.id for t in targets.load_catalog("haiphong-2026").targets]


# --- a second province beside Hai Phong -----------------------------------------------------------

def test_second_province_scores_as_it_assessed_itself(two_cities):
    assert run("data").exit_code == 0
    card = {r["id"]: r for r in gaps_json("-r", "hue-2024", "--period", "2024-12")}
    # the report's "Đánh giá" column: GRDP per capita "Không đạt", the others "Đạt"
    assert card["grdp_per_capita"]["status"] == "not_achieved"
    for tid in ("social_investment", "budget_revenue", "exports", "trained_labour", "doctors", "hospital_beds"):
        assert card[tid]["status"] == "achieved", tid
    assert card["doctors"]["unit"] == "doctors_per_10k"
    assert card["grdp_growth"]["status"] == "no_data"  # estimated as a range (8–8.5), not bundled


def test_no_figure_crosses_cities(two_cities, project):
    before = gaps_json("-r", "haiphong-2021", "--period", "2021-09")
    # Hue publishes grdp_growth and exports too: in its own folder they are its own
    hue = observations.load("hue")
    assert set(hue["source_url"].str.split("/").str[2]) == {"hue.gov.vn"}
    assert gaps_json("-r", "haiphong-2021", "--period", "2021-09") == before
    hp = observations.load("haiphong")
    assert not hp["source_url"].str.contains("hue.gov.vn").any()


def test_a_row_of_another_city_is_refused_with_where_it_belongs(two_cities):
    bad = two_cities / "data/raw/statistics/haiphong/mixed.csv"
    bad.write_text(HEADER + f"exports,2021-10,ytd,level,20,,tỷ USD,,{URL},\n"
                   f"hospital_beds,2021-10,year,level,61,,giường bệnh/vạn dân,,{URL},\n", encoding="utf-8")
    out = run("validate", str(bad))
    assert out.exit_code == 1
    assert re.search(r"mixed\.csv:3: indicator: 'hospital_beds' is an indicator of the city 'hue', not of "
                     r"'haiphong': move this row to data/raw/statistics/hue/", out.output)
    assert "mixed.csv:2" not in out.output
    with pytest.raises(ObservationsError, match="mixed.csv:3"):
        observations.load(targets.load_catalog("haiphong-2021"))


def test_statistics_outside_a_city_folder_are_named(two_cities):
    (two_cities / "data/raw/statistics/loose.csv").write_text(HEADER, encoding="utf-8")
    (two_cities / "data/raw/statistics/danang").mkdir()
    (two_cities / "data/raw/statistics/hue/notes.ods").write_bytes(b"x")
    out = run("data")
    assert out.exit_code == 1
    assert "loose.csv: statistics belong to a city: move this file into data/raw/statistics/<city id>/" in out.output
    assert "danang: no catalog names the city 'danang'" in out.output
    assert "notes.ods: skipped: not a statistics file" in out.output
    # the cities' own data were still written
    assert (two_cities / "data/processed/hue.parquet").is_file()


def test_one_citys_broken_catalog_does_not_stop_another(two_cities):
    cat = two_cities / "data/raw/targets/hue-2024.yaml"
    cat.write_text(cat.read_text(encoding="utf-8").replace("kind: range, low: 15", "kind: rang, low: 15"),
                   encoding="utf-8")
    assert gaps_json("-r", "haiphong-2021", "--period", "2021-09")
    out = run("targets", "-r", "hue-2024")
    assert out.exit_code == 1 and "hue-2024.yaml: item 8, target doctors: field kind" in out.output


# --- processed data know where they came from -------------------------------------------------------

def test_processed_data_follow_their_inputs_not_their_timestamps(project):
    assert run("data").exit_code == 0
    processed = project / "data/processed/haiphong.parquet"
    stats = project / "data/raw/statistics/haiphong/haiphong-2021-published.csv"
    old = stats.stat().st_mtime
    # an edit that keeps the old timestamp (as `cp -p` does): 18.54 -> 18.6
    edited = stats.read_text(encoding="utf-8").replace("exports,2021-09,ytd,level,18.54", "exports,2021-09,ytd,level,18.6")
    stats.write_text(edited, encoding="utf-8")
    import os
    os.utime(stats, (old, old))
    assert processed.stat().st_mtime >= old
    assert {r["id"]: r["actual"] for r in gaps_json("-r", "haiphong-2021", "--period", "2021-09")}["exports"] == 18.6
    # a file removed: its figures are gone
    extra = project / "data/raw/statistics/haiphong/extra.csv"
    extra.write_text(HEADER + f"tourists,2021-09,ytd,level,3.1,,triệu lượt khách,,{URL},\n", encoding="utf-8")
    assert {r["id"]: r["status"] for r in gaps_json("-r", "haiphong-2021", "--period", "2021-09")}["tourists"] != "no_data"
    extra.unlink()
    assert {r["id"]: r["status"] for r in gaps_json("-r", "haiphong-2021", "--period", "2021-09")}["tourists"] == "no_data"


def test_a_stale_table_is_never_used_when_raw_is_invalid(project):
    assert run("data").exit_code == 0
    stats = project / "data/raw/statistics/haiphong/haiphong-2021-published.csv"
    with stats.open("a", encoding="utf-8") as f:
        f.write("exports,2021-10,ytd,level,abc,,tỷ USD,,https://example.org/x,\n")
    out = run("gaps", "-r", "haiphong-2021", "--period", "2021-09")
    assert out.exit_code == 1
    assert "value: not a number: 'abc'" in out.output and "run `chitieu data`" in out.output


def test_a_junk_processed_table_is_rebuilt(project):
    assert run("data").exit_code == 0
    processed = project / "data/processed/haiphong.parquet"
    processed.write_bytes(b"not parquet at all")
    assert gaps_json("-r", "haiphong-2021", "--period", "2021-09")
    assert processed.read_bytes()[:4] == b"PAR1"


# --- a workspace anywhere --------------------------------------------------------------------------

def test_workspace_is_found_from_a_subfolder(project, monkeypatch):
    monkeypatch.delenv("CHITIEU_HOME")
    monkeypatch.chdir(project / "notebooks")
    assert paths.project_root() == project.resolve()


def test_the_project_you_are_in_beats_chitieu_home(project, tmp_path, monkeypatch):
    """The issue's order: walk up from here, then $CHITIEU_HOME, then the installed checkout."""
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "data/raw/targets").mkdir(parents=True)
    monkeypatch.setenv("CHITIEU_HOME", str(elsewhere))
    monkeypatch.chdir(project / "notebooks")
    assert paths.project_root() == project.resolve()
    monkeypatch.chdir(tmp_path)  # no project here or above: the variable's
    assert paths.project_root() == elsewhere.resolve()


def test_reports_read_their_runs_project_with_the_packaged_notebooks(project, tmp_path, monkeypatch):
    """A workspace without notebooks/ renders with the packaged ones; their kernels, wherever the
    package lives, read this project's figures (a Huế-only project here), not another's."""
    shutil.rmtree(project / "notebooks")
    shutil.rmtree(project / "data/raw/statistics/haiphong")
    for f in (project / "data/raw/targets").glob("haiphong-*.yaml"):
        f.unlink()
    shutil.copytree(ROOT / "tests/data/hue/data", project / "data", dirs_exist_ok=True)
    monkeypatch.delenv("CHITIEU_HOME")
    out = run("render", "-r", "hue-2024", "--lang", "en", "--out", str(tmp_path / "o"))
    assert out.exit_code == 0, out.output
    page = next((tmp_path / "o/html/hue-2024").glob("*/02-scorecard.en.html")).read_text(encoding="utf-8")
    assert "Hue" in page and "Hai Phong" not in page


def test_a_workspace_without_notebooks_uses_the_packaged_ones(project):
    shutil.rmtree(project / "notebooks")
    assert paths.notebooks_dir() == paths.PACKAGED_NOTEBOOKS
    assert sorted(p.name for p in paths.notebooks_dir().glob("*.ipynb")) == sorted(
        p.name for p in (ROOT / "notebooks").glob("*.ipynb"))


def test_a_missing_statistics_folder_is_no_data_not_a_traceback(project):
    shutil.rmtree(project / "data/raw/statistics")
    out = run("gaps", "-r", "haiphong-2021", "--period", "2021-09", "--format", "json")
    assert out.exit_code == 0
    assert {r["status"] for r in json.loads(out.stdout)} == {"no_data"}


def test_a_period_outside_the_resolution_is_refused(tmp_path):
    out = run("render", "-r", "haiphong-2021", "--period", "1999-01", "--out", str(tmp_path / "o"))
    assert out.exit_code == 1 and "outside haiphong-2021" in out.output
    assert not (tmp_path / "o/html/haiphong-2021/1999-01").exists()


# --- outputs side by side (rendering) ---------------------------------------------------------------

def _pages(out: Path, resolution: str) -> dict[str, bytes]:
    root = out / "html" / resolution
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*.html"))}


@pytest.mark.slow
def test_two_cities_render_side_by_side(two_cities, tmp_path):
    out = tmp_path / "out"
    first = run("render", "-r", "haiphong-2021", "--period", "2021-03", "--lang", "vi", "--out", str(out))
    assert first.exit_code == 0, first.output
    hp_before = _pages(out, "haiphong-2021")
    second = run("render", "-r", "hue-2024", "--lang", "vi", "--out", str(out))
    assert second.exit_code == 0, second.output
    # rendering one resolution never touches another's pages
    assert _pages(out, "haiphong-2021") == hp_before
    hue = _pages(out, "hue-2024")
    assert {"catalog/01-targets.vi.html", "2024-12/02-scorecard.vi.html", "2024-12/04-growth.vi.html",
            "2024-12/03-indicator-doctors.vi.html", "index.html"} <= set(hue)
    for name, body in hue.items():  # every page names one city, and every figure is its own
        text = body.decode()
        assert "Hải Phòng" not in text and "Hai Phong" not in text, name
        assert "haiphong" not in text.replace("haiphong-2021/index.html", ""), name
    for name, body in hp_before.items():
        assert "Huế" not in body.decode() and "hue.gov.vn" not in body.decode(), name
    scorecard = hue["2024-12/02-scorecard.vi.html"].decode()
    assert "15,4 bác sĩ/vạn dân" in scorecard and "Y tế" in scorecard  # its own unit and group
    growth = hue["2024-12/04-growth.vi.html"].decode()
    assert "8,5–9,5%" in growth  # a range growth goal
    home = (out / "html/index.html").read_text(encoding="utf-8")
    assert 'href="haiphong-2021/index.html"' in home and 'href="hue-2024/index.html"' in home
    assert "Thừa Thiên Huế" in home and "2024-12" in home


@pytest.mark.slow
def test_pages_built_from_a_removed_file_are_removed(project, tmp_path):
    """Only the 2022 catalog, and one figure a month: a retracted file's month disappears."""
    for p in (project / "data/raw/statistics/haiphong").iterdir():
        p.unlink()
    (project / "data/raw/targets/haiphong-2021.yaml").unlink()
    stats = project / "data/raw/statistics/haiphong"
    (stats / "march.csv").write_text(HEADER + f"exports,2022-03,ytd,level,6.76,,tỷ USD,,{URL},\n", encoding="utf-8")
    (stats / "april.csv").write_text(HEADER + f"exports,2022-04,ytd,level,9.1,,tỷ USD,,{URL},\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run("render", "-r", "haiphong-2022", "--all", "--lang", "vi", "--out", str(out)).exit_code == 0
    html = out / "html/haiphong-2022"
    assert (html / "2022-04/02-scorecard.vi.html").is_file()
    (stats / "april.csv").unlink()  # the April figure is retracted
    again = run("render", "-r", "haiphong-2022", "--all", "--lang", "vi", "--out", str(out))
    assert again.exit_code == 0, again.output
    assert not (html / "2022-04").exists()
    assert not (out / "notebooks/haiphong-2022/2022-04").exists()
    landing = (html / "index.html").read_text(encoding="utf-8")
    assert "2022-04" not in landing
    links = re.findall(r'href="([^"#]+)"', landing)
    assert links and all((html / h).is_file() for h in links if not h.startswith("../")), links
    assert (html / "2022-03/03-indicator-exports.vi.html").is_file()  # the indicator page moved back


@pytest.mark.slow
def test_one_citys_bad_file_does_not_stop_the_others_reports(two_cities, tmp_path):
    (two_cities / "data/raw/statistics/haiphong/typo.csv").write_text(
        HEADER + f"exports,2022-06,ytd,level,abc,,tỷ USD,,{URL},\n", encoding="utf-8")
    hue = two_cities / "data/raw/statistics/hue/hue-2024-report-571.csv"  # one figure: a short plan
    hue.write_text("".join(hue.read_text(encoding="utf-8").splitlines(keepends=True)[:1] +
                           [f"exports,2024-12,year,level,1300,,triệu USD,,{URL},\n"]), encoding="utf-8")
    out = run("render", "-r", "haiphong-2022", "-r", "hue-2024", "--lang", "vi", "--out", str(tmp_path / "o"))
    assert out.exit_code == 1  # honest: something was wrong
    assert "typo.csv:2: value: not a number: 'abc'" in out.output
    assert "haiphong-2022: not rendered" in out.output
    assert (tmp_path / "o/html/hue-2024/2024-12/02-scorecard.vi.html").is_file()
    assert not (tmp_path / "o/html/haiphong-2022").exists()


def test_a_unit_a_draft_declared_as_written_and_the_table_knows_since_still_loads(write):
    # `chitieu draft` declared "410 triệu đồng/lao động" (Hà Nội 2026) as a unit as written, before the
    # table had labour productivity's unit: such a catalog must load as it did, its unit read as the
    # table's (the same words; 410 is 410 million VND a worker)
    old = "{id: clinics_per_10k, dimension: clinics_per_10k, scale: 1,"
    assert old in PROVINCE
    drafted = PROVINCE.replace(
        "units:\n", "units:\n  - {id: u_trieu_dong_lao_dong, dimension: u_trieu_dong_lao_dong, scale: 1, "
        "vi: \"triệu đồng/lao động\", en: \"triệu đồng/lao động\"}\n", 1).replace(
        "      - {id: clinics,", "      - {id: productivity, name: {vi: N, en: N}, kind: min, value: 410, "
        "unit: u_trieu_dong_lao_dong, basis: level}\n      - {id: clinics,", 1)
    c = targets.load_catalog(write("x-2024.yaml", drafted))
    assert (c.target("productivity").unit, c.target("productivity").value) == ("million_vnd_per_worker", 410)
