"""Every number a reader sees is right (issue 22): units, statuses, growth, the backtest, form.

Expected values come from the published figures (the CSV's own text, quoted in each test) or a
hand calculation written beside them, never from the code under test.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.analysis import progress, series  # noqa: E402
from helpers.catalog import targets  # noqa: E402
from helpers.present import charts  # noqa: E402
from helpers.statistics import convert  # noqa: E402
from helpers.statistics import observations as obs  # noqa: E402
from helpers.values.errors import UnitError  # noqa: E402


@pytest.fixture(scope="module")
def hp21():
    return targets.load_catalog("haiphong-2021")


@pytest.fixture(scope="module")
def hp22():
    return targets.load_catalog("haiphong-2022")


@pytest.fixture(scope="module")
def known21(hp21):
    return obs.as_of(obs.load_raw(hp21))


# --- 1. a figure never travels without its unit ---------------------------------------------------

def test_the_2021_budget_path_is_in_the_2021_catalogs_unit(hp21, known21):
    # the statistics office: 9 months of 2021, budget revenue 67019.3 tỷ đồng (the CSV's row);
    # the 2021 catalog states the budget in tỷ đồng, the 2022 one in nghìn tỷ
    path = series.ytd_path(known21, hp21.target("budget_revenue"), 2021, "2021-09")
    last = path.iloc[-1]
    assert (int(last["month"]), last["value"], last["unit"]) == (9, 67019.3, "billion_vnd")


def test_a_path_read_from_another_catalogs_units_is_converted_where_it_is_read(hp21):
    # a city frame kept in nghìn tỷ (67.0193), published as 67019.3 tỷ đồng
    f = pd.DataFrame([{
        "indicator": "budget_revenue", "period": "2021-09", "span": "ytd", "measure": "level",
        "value": 67.0193, "qualifier": "=", "unit": "thousand_billion_vnd",
        "value_published": 67019.3, "unit_published": "tỷ đồng", "comparable": True, "reason": "",
        "published": pd.Timestamp("2021-09-30").date(), "published_assumed": True,
        "source_url": "https://example.org", "note": "", "note_en": "", "file": "f", "line": 2}],
        columns=obs.PROCESSED)
    path = series.ytd_path(f, hp21.target("budget_revenue"), 2021)
    assert path["value"].tolist() == [67019.3]
    assert convert.in_units(f, {"budget_revenue": "billion_vnd"})["value"].tolist() == [67019.3]
    assert f["value"].tolist() == [67.0193]  # the input is left as it was


def test_the_pace_chart_refuses_a_path_in_another_unit(hp21):
    t = hp21.target("budget_revenue")
    path = pd.DataFrame({"month": [9], "value": [67.0193], "unit": ["thousand_billion_vnd"],
                         "qualifier": ["="]})
    expected = pd.DataFrame({"month": [0, 12], "expected": [0.0, t.threshold]})
    with pytest.raises(UnitError):
        charts.pace(t, path, expected, "vi")


def _plotted_ytd(fig) -> list[float]:
    """The y values of the year-to-date line (the one with round markers) of a pace chart."""
    lines = [ln for ax in fig.axes for ln in ax.get_lines() if ln.get_marker() == "o"]
    assert len(lines) == 1
    return [float(v) for v in lines[0].get_ydata()]


@pytest.mark.parametrize("resolution", ["haiphong-2021", "haiphong-2022"])
def test_every_pace_chart_draws_and_says_the_tables_figure(resolution):
    """For every flow target with a figure, at every month of the year: the chart's last plotted
    point, its alternative text and the scorecard's actual are one figure, in the catalog's unit."""
    from helpers.present.fmt import quantity

    catalog = targets.load_catalog(resolution)
    known = obs.as_of(obs.load_raw(catalog))
    checked = 0
    for month in range(1, 13):
        period = f"{catalog.year}-{month:02d}"
        card = progress.scorecard(catalog, known, period)
        flows = card[(card["basis"] == "flow") & card["actual"].notna()
                     & card["span"].isin(["ytd", "year"])]
        for r in flows.itertuples():
            t = catalog.target(r.id)
            path = series.ytd_path(known, t, catalog.year, period)
            items = [(t, path, series.expected_path(t, known, catalog.year), r.projected)]
            fig = charts.pace(*items[0][:3], "vi", r.projected)
            assert _plotted_ytd(fig)[-1] == pytest.approx(r.actual, rel=1e-12), (period, r.id)
            assert quantity(r.actual, t.unit, "vi") in charts.pace_alt(items, "vi"), (period, r.id)
            matplotlib.pyplot.close(fig)
            checked += 1
    assert checked > 0


def test_the_2021_budget_chart_says_67_019_3_ty_dong_at_september(hp21, known21):
    t = hp21.target("budget_revenue")
    path = series.ytd_path(known21, t, 2021, "2021-09")
    items = [(t, path, series.expected_path(t, known21, 2021), np.nan)]
    assert "67.019,3 tỷ đồng" in charts.pace_alt(items, "vi")
    fig = charts.pace(t, path, items[0][2], "vi")
    assert _plotted_ytd(fig)[-1] == 67019.3


@pytest.mark.parametrize("module", ["helpers.statistics.convert", "helpers.analysis.series",
                                    "helpers.present.views", "helpers.present.method",
                                    "helpers.analysis.scenarios",
                                    "helpers.present.fmt", "helpers.values.units"])
def test_the_examples_in_the_docstrings_hold(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


# --- 2 and 3. one status, one meaning; after the year's end only outcomes ---------------------------

IN_PROGRESS = {"on_track", "at_risk", "off_track"}


def test_a_goal_out_of_reach_is_off_track(hp21):
    # 2021-09: port cargo 106.32 million t by September against 159: the remaining three months
    # need (159 − 106.32) / 3 = 17.56 a month, more than any month on record: out of reach
    card = progress.scorecard(hp21, obs.load_raw(hp21), "2021-09").set_index("id")
    assert card.at["port_cargo", "requirement"] == "out_of_reach"
    assert card.at["port_cargo", "status"] == "off_track"


def test_a_figure_published_but_not_comparable_has_its_own_status(hp21):
    # 2021: GRDP per capita published as 152.34 triệu đồng/người against a goal in USD
    card = progress.scorecard(hp21, obs.load_raw(hp21), "2021-12").set_index("id")
    assert card.at["grdp_per_capita", "status"] == "not_comparable"
    assert card.at["grdp_per_capita", "reason_code"] == "not_comparable"
    assert progress.summary(card.reset_index())["not_comparable"] == 1


def test_after_the_years_end_only_outcomes_are_its_standing(hp22):
    card = progress.scorecard(hp22, obs.load_raw(hp22), "2022-12").set_index("id")
    assert not IN_PROGRESS & set(card["status"])
    # the 2022-12 page: exports "on track" on March's figure, FDI "off track" on
    # September's; neither has a full-year figure on file
    assert (card.at["exports", "status"], card.at["exports", "last_call"],
            card.at["exports", "obs_period"], card.at["exports", "age_months"]) == \
        ("no_outcome", "on_track", "2022-03", 9)
    assert (card.at["fdi_attracted", "status"], card.at["fdi_attracted", "last_call"],
            card.at["fdi_attracted", "age_months"]) == ("no_outcome", "off_track", 3)
    counts = progress.summary(card.reset_index())
    # the home page counted "1 on track, 2 at risk, 1 off track": those four have no outcome
    assert (counts["on_track"], counts["at_risk"], counts["off_track"], counts["no_outcome"]) == (0, 0, 0, 4)


def test_before_the_years_end_a_call_is_still_a_call(hp22):
    card = progress.scorecard(hp22, obs.load_raw(hp22), "2022-11").set_index("id")
    assert card.at["exports", "status"] == "on_track" and pd.isna(card.at["exports", "last_call"])


# Every (reason, status) pair the engine may give, written from the rule in progress's docstring:
# no figure, or only single-month context: no data; a figure that cannot be compared: its own
# status; growth and pace: a call or an outcome, or (after the year's end) no outcome; a level,
# share or milestone against its goal: the same, and a flow past its goal is achieved early.
PAIRS = {
    ("no_figure", "no_data"), ("month_only", "no_data"), ("not_comparable", "not_comparable"),
    *{("growth_gap", s) for s in ("achieved", "not_achieved", "on_track", "at_risk", "off_track",
                                  "no_outcome")},
    *{("pace", s) for s in ("achieved", "on_track", "at_risk", "off_track", "no_outcome")},
    *{("attainment", s) for s in ("achieved", "not_achieved", "on_track", "at_risk", "off_track",
                                  "no_outcome")},
}


def test_every_reason_status_pair_is_one_the_rule_allows():
    seen = set()
    for resolution in ("haiphong-2021", "haiphong-2022"):
        catalog = targets.load_catalog(resolution)
        known = obs.load_raw(catalog)
        for month in range(1, 13):
            for as_of in (None, f"{catalog.year}-{month:02d}-28"):
                card = progress.scorecard(catalog, known, f"{catalog.year}-{month:02d}", as_of)
                seen |= set(zip(card["reason_code"], card["status"], strict=True))
                reach = card[card["requirement"] == "out_of_reach"]
                assert not set(reach["status"]) & {"on_track", "at_risk"}, (resolution, month)
                ended = card[card["status"] == "no_outcome"]
                assert set(ended["last_call"]) <= IN_PROGRESS
    assert seen <= PAIRS, seen - PAIRS
    # the bundled years reach most of them; the pairs they do not are held by test_progress's cases
    assert {("no_figure", "no_data"), ("not_comparable", "not_comparable"), ("pace", "off_track"),
            ("growth_gap", "no_outcome"), ("pace", "no_outcome")} <= seen


# --- 4. growth targets are shown as growth ----------------------------------------------------------

def test_no_ratio_of_two_growth_rates_is_an_attainment(hp21):
    # agriculture grew 1.49% against a 1.06% goal: 0.43 points over, not "140.6% of plan"
    card = progress.scorecard(hp21, obs.load_raw(hp21), "2021-12").set_index("id")
    agri = card.loc["grdp_growth_agriculture"]
    assert np.isnan(agri["attainment_pct"])
    assert agri["gap"] == pytest.approx(1.49 - 1.06)
    growth = card[card["basis"] == "growth"]
    assert growth["attainment_pct"].isna().all()
    # levels and flows keep "% of plan": FDI 3.13 bn USD against the range's low 2.5 = 125.2%
    assert card.at["fdi_attracted", "attainment_pct"] == pytest.approx(3.13 / 2.5 * 100)


def test_the_attainment_chart_draws_no_growth_target_and_the_growth_chart_draws_points(hp21):
    from helpers.present.fmt import label

    card = progress.scorecard(hp21, obs.load_raw(hp21), "2021-12")
    fig = charts.attainment(card, "vi")
    names = {t.get_text().split(" ", 1)[1] for t in fig.axes[0].get_yticklabels()}  # after the mark
    growth = card[card["basis"] == "growth"]
    assert not names & {f"{r.number}. {charts._short(r.name_vi)}" for r in growth.itertuples()}
    assert len(names) == int(card["attainment_pct"].notna().sum()) > 0
    assert "140,6" not in charts.attainment_alt(card, "vi")
    fig = charts.growth_gaps(card, "vi")
    bars = {round(p.get_width(), 2) for p in fig.axes[0].patches}
    assert round(1.49 - 1.06, 2) in bars  # agriculture: +0,43 points
    assert "0,43 " + label("pp", "vi") in charts.growth_gaps_alt(card, "vi")


# --- 6. numbers as a careful statistician writes them ----------------------------------------------

@pytest.fixture(scope="module")
def sept21(hp21):
    from helpers.present import reasons

    card = progress.scorecard(hp21, obs.load_raw(hp21), "2021-09")
    return reasons.with_reasons(card, "vi").set_index("id")


def test_a_computed_amount_has_at_most_four_significant_digits_and_its_unit(sept21):
    from helpers.present import reasons

    budget = sept21.loc["budget_revenue"].to_dict()
    # (89,490.478 − 67,019.3) / 3 = 7,490.3927 tỷ đồng a month
    assert reasons.requirement(budget, "vi").startswith("7.490 tỷ đồng mỗi tháng")
    # 67,019.3 / (9/12) = 89,359.07, and 89,359.07 / 89,490.478 = 99.853%: never "100%"
    assert "ước cả năm 89.359 tỷ đồng, 99,85% kế hoạch" in budget["reason"]
    # job placements are counted one by one: (56,000 − 27,000) / 6 = 4,833.33 → 4,833
    jobs = sept21.loc["jobs_created"].to_dict()
    assert reasons.requirement(jobs, "vi").startswith("4.833 lượt lao động mỗi tháng")


def test_a_gap_has_a_true_minus_and_the_month_one_form(sept21):
    from helpers.present import views

    budget = sept21.loc[["budget_revenue"]].reset_index()
    html = views.status_table(budget, "vi").data
    # 67,019.3 − 89,490.478 = −22,471.178 → four significant digits, with U+2212
    assert "−22.471 tỷ đồng" in html and "-22" not in html
    assert "9 tháng đầu năm 2021" in html and "2021-09" not in html


def test_a_figure_published_in_another_unit_is_shown_as_published(hp21):
    from helpers.present import views

    # FDI, first quarter of 2021: "920,7 triệu USD"; the goal is in tỷ USD
    card = progress.scorecard(hp21, obs.load_raw(hp21), "2021-03")
    html = views.status_table(card[card["id"] == "fdi_attracted"], "vi").data
    assert "0,9207 tỷ USD (920,7 triệu USD)" in html


def test_the_changes_table_is_headed_by_the_months_it_holds(hp21):
    from helpers.present import views

    known = obs.load_raw(hp21)
    before, after = (progress.scorecard(hp21, known, p) for p in ("2021-08", "2021-09"))
    html = views.changes(progress.changes(before, after), after, "vi", "2021-08").data
    assert "<th>tháng 8/2021</th>" in html.replace(' scope="col"', "")
    assert "<th>tháng 9/2021</th>" in html.replace(' scope="col"', "")
    assert ">Thực hiện<" not in html


def test_public_results_carry_no_binary_noise(hp22):
    card = progress.scorecard(hp22, obs.load_raw(hp22), "2022-12").set_index("id")
    # 107,132.6 tỷ đồng published; the 2022 catalog states nghìn tỷ: 107.1326 exactly
    assert card.at["budget_revenue", "actual"] == 107.1326
    assert repr(float(card.at["budget_revenue", "gap"])) == "2.1326"  # 107.1326 − 105


# --- what-if (issue 21) ----------------------------------------------------------------------------

def _tree(folder) -> dict:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_scenario_scores_the_years_end_with_hypothetical_months_and_saves_nothing():
    import helpers
    from conftest import ROOT

    before = _tree(ROOT / "data")
    data = helpers.load("haiphong-2021")
    rows, card = helpers.scenario(data, "2021-09", "budget_revenue", monthly_growth=10)
    # September's single month was 6,487.3 tỷ đồng; +10% a month: 7,136.03, 7,849.633, 8,634.5963;
    # the year: 67,019.3 + 23,620.2593 = 90,639.5593 ≥ 89,490.478 (101.28%): achieved
    assert rows["value"].tolist() == pytest.approx([7136.03, 7849.633, 8634.5963, 90639.5593])
    assert rows["hypothetical"].all() and set(rows["source_url"]) == {"scenario:hypothetical"}
    r = card.iloc[0]
    assert (r["actual"], r["status"], r["hypothetical"]) == (pytest.approx(90639.5593), "achieved", True)
    assert r["attainment_pct"] == pytest.approx(90639.5593 / 89490.478 * 100)
    # a level a month: exports 18.54 by September + 3 × 1.2 = 22.14 < 22.3: not achieved
    _, card = helpers.scenario(data, "2021-09", "exports", level=1.2)
    assert (card.iloc[0]["actual"], card.iloc[0]["status"]) == (pytest.approx(22.14), "not_achieved")
    # the published figures are untouched, on disk and in memory
    assert _tree(ROOT / "data") == before
    assert "hypothetical" not in data.observations.columns


def test_a_scenario_refuses_what_it_cannot_mean():
    import helpers
    from helpers.values.errors import ChitieuError

    data = helpers.load("haiphong-2021")
    with pytest.raises(ChitieuError, match="exactly one assumption"):
        helpers.scenario(data, "2021-09", "exports", level=1, final=25)
    with pytest.raises(ChitieuError, match="allowed: final"):
        helpers.scenario(data, "2021-09", "grdp_growth", monthly_growth=1)
    with pytest.raises(ChitieuError, match="no single-month figure"):
        helpers.scenario(data, "2021-09", "exports", monthly_growth=10)


def test_a_status_table_shown_on_its_own_is_styled(hp21, monkeypatch):
    from helpers.present import views

    card = progress.scorecard(hp21, obs.load_raw(hp21), "2021-09")
    monkeypatch.setattr(views, "_STYLED", False)  # a new kernel: no report title shown
    first = views.status_table(card.head(3), "vi").data
    assert first.startswith(views.STYLE) and ".ct-badge" in first
    assert not views.status_table(card.head(3), "vi").data.startswith(views.STYLE)  # once
    monkeypatch.setattr(views, "_STYLED", False)
    views.report_title(hp21, "T", "vi")  # a report's title carries the stylesheet
    assert not views.status_table(card.head(3), "vi").data.startswith(views.STYLE)


def test_the_csv_carries_the_reasons_arguments_as_json():
    import csv
    import io
    import json

    from click.testing import CliRunner

    from helpers.cli import main

    out = CliRunner().invoke(main, ["gaps", "-r", "haiphong-2021", "--period", "2021-12", "--format", "csv"])
    assert out.exit_code == 0, out.output
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out.stdout))}
    per_head = rows["grdp_per_capita"]
    # published as 152.34 triệu đồng/người, against a goal in USD
    assert per_head["status"] == "not_comparable"
    assert json.loads(per_head["reason_args"])["value"] == 152.34
    assert json.loads(rows["exports"]["reason_args"]) == {}


def test_a_stale_call_is_marked_in_the_grid_and_the_chart(hp22):
    from helpers.render import index

    known = obs.load_raw(hp22)
    cards = {p: progress.scorecard(hp22, known, p) for p in ("2022-05", "2022-07")}
    exports = next(r for g in index.grid(hp22, cards, [], "en") for r in g["rows"]
                   if r["name"].startswith("Export"))
    # exports rest on March's figure: 2 months old in May (not stale), 4 in July (stale)
    may, july = exports["cells"]
    assert (may["stale"], july["stale"]) == (False, True)
    assert july["mark"].endswith("*") and not may["mark"].endswith("*")
    fig = charts.attainment(cards["2022-07"], "vi")
    card = cards["2022-07"][cards["2022-07"]["attainment_pct"].notna()].iloc[::-1]
    hatches = [p.get_hatch() for p in fig.axes[0].patches[:len(card)]]
    stale = (card["stale"] & card["status"].isin(progress.CALLS)).tolist()
    assert [h == "//" for h in hatches] == stale and any(stale)


@pytest.mark.parametrize("resolution", ["haiphong-2021", "haiphong-2022"])
def test_the_attainment_and_growth_charts_draw_and_say_the_tables_figures(resolution):
    """Every month of both years: each attainment bar is the scorecard's % of target and its
    alternative text gives the table's percentage; each growth-gap bar is the scorecard's gap in
    points, and its text the table's."""
    from helpers.present import views
    from helpers.present.fmt import pct

    catalog = targets.load_catalog(resolution)
    known = obs.load_raw(catalog)
    for month in range(1, 13):
        card = progress.scorecard(catalog, known, f"{catalog.year}-{month:02d}")
        shown = card[card["attainment_pct"].notna()]
        if shown.empty:
            continue
        fig = charts.attainment(card, "vi")
        widths = [p.get_width() for p in fig.axes[0].patches[:len(shown)]]
        assert widths == pytest.approx(shown["attainment_pct"].iloc[::-1].tolist(), rel=1e-12)
        alt = charts.attainment_alt(card, "vi")
        html = views.status_table(card, "vi").data
        for r in shown.itertuples():
            assert pct(r.attainment_pct, "vi") in alt and pct(r.attainment_pct, "vi") in html
        matplotlib.pyplot.close(fig)
        growth = card[(card["basis"] == "growth") & card["gap"].notna()]
        if not growth.empty:
            fig = charts.growth_gaps(card, "vi")
            bars = [p.get_width() for p in fig.axes[0].patches[:len(growth)]]
            assert bars == pytest.approx(growth["gap"].iloc[::-1].tolist(), rel=1e-12)
            alt = charts.growth_gaps_alt(card, "vi")
            for r in growth.itertuples():
                # the table's gap, "−1,22 điểm %", and the chart's signed "−1,22 điểm %"
                assert views.gap_text(pd.Series(r._asdict()), "vi").lstrip("−") in alt
            matplotlib.pyplot.close(fig)


def test_a_status_bar_carries_its_mark_so_greyscale_keeps_statuses_apart(hp21):
    """Issue 23, item 7: printed in greyscale, "achieved" and "off track" bars were the same grey.
    Each bar's label starts with its status's mark, as the tables' badges do, and so does each
    legend entry."""
    from helpers.present.fmt import STATUS_MARKS

    card = progress.scorecard(hp21, obs.load_raw(hp21), "2021-09")
    fig = charts.attainment(card, "vi")
    drawn = card[card["attainment_pct"].notna()].iloc[::-1]
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert [x.split(" ", 1)[0] for x in labels] == [STATUS_MARKS[s] for s in drawn["status"]]
    from helpers.present.fmt import label

    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    statuses = [s for s in STATUS_MARKS if s in set(drawn["status"])]
    assert [x for x in legend if x.split(" ", 1)[-1] in {label(s, "vi") for s in statuses}] \
        == [f"{STATUS_MARKS[s]} {label(s, 'vi')}" for s in statuses]
