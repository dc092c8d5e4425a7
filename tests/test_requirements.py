"""What it takes, how old the evidence is, and how good the calls were (the backtest).

Every expected value is worked by hand from the bundled figures or the catalog, in the comments.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner
from test_progress import cat, frame, target

from helpers.analysis import backtest, progress
from helpers.analysis.requirements import rest_growth
from helpers.cli import main
from helpers.present import reasons
from helpers.render import plan
from helpers.statistics import observations
from helpers.values.period import Lang, Period


@pytest.fixture(scope="module")
def hp21():
    from helpers.catalog import targets

    c = targets.load_catalog("haiphong-2021")
    return c, observations.load_raw(c)


@pytest.fixture(scope="module")
def sept(hp21):
    c, obs = hp21
    return progress.scorecard(c, obs, "2021-09").set_index("id")


# --- what it takes ---------------------------------------------------------------------------------

def test_exports_need_a_monthly_pace(sept):
    r = sept.loc["exports"]
    # (22.3 − 18.54) / 3 months left = 1.2533 bn USD a month; so far 18.54 / 9 = 2.06 a month
    assert r.required_per_month == pytest.approx(1.2533, abs=1e-4)
    assert r.required_ratio == pytest.approx((3.76 / 3) / (18.54 / 9))
    assert r.requirement == "pace"


def test_grdp_needs_a_rest_of_year_growth(sept):
    r = sept.loc["grdp_growth"]
    # only 2020's full-year level is on file, not its nine months: the months' share, s = 9/12;
    # r = (1.135 − 1.1228 × 0.75) / 0.25 − 1 = 0.2929 / 0.25 − 1 = 17.16%
    assert r.required_basis == "linear" and r.required_share == 0.75
    assert r.required_rest_growth == pytest.approx(17.16)
    # IIP: (1.17 − 1.1968 × 0.75) / 0.25 − 1 = 8.96%
    assert sept.loc["iip_growth"].required_rest_growth == pytest.approx(8.96)


def test_rest_growth_uses_last_years_levels_where_on_file():
    t = target("g", basis="growth", value=12.0, unit="percent").model_copy(update={"levels": "lvl"})
    lvl = target("lvl", basis="flow")
    obs = frame(("g", "2021-06", "ytd", "yoy_pct", 10.0), ("lvl", "2020-06", "ytd", "level", 40.0),
                ("lvl", "2020-12", "year", "level", 100.0))
    r = progress.scorecard(cat(t, lvl), obs, "2021-06").set_index("id").loc["g"]
    # 2020's first half earned 40 of its 100: s = 0.4; r = (1.12 − 1.10 × 0.4) / 0.6 − 1 = 13.33%
    assert (r.required_basis, r.required_share) == ("2020", 0.4)
    assert r.required_rest_growth == pytest.approx(100 * (0.68 / 0.6 - 1))
    assert rest_growth(12.0, 10.0, 0.4) == pytest.approx(13.3333, abs=1e-4)


def test_ports_were_out_of_reach_in_september(sept, hp21):
    r = sept.loc["port_cargo"]
    # (159 − 106.32) / 3 = 17.56 Mt a month; the best month on file is May 2021, 10,312 thousand t
    assert r.required_per_month == pytest.approx(17.56)
    assert r.best_month == pytest.approx(10.312)
    assert r.requirement == "out_of_reach"
    c, obs = hp21  # and the year did end short: 151.1 < 159
    assert progress.scorecard(c, obs, "2021-12").set_index("id").loc["port_cargo"].status == "not_achieved"


@pytest.mark.parametrize("kind, basis, rows, requirement", [
    # a ceiling on a flow already exceeded for the year cannot be met any more
    ("max", "flow", [("t", "2021-06", "ytd", "level", 120.0)], "out_of_reach"),
    ("max", "flow", [("t", "2021-06", "ytd", "level", 40.0)], "ceiling"),
    ("min", "flow", [("t", "2021-06", "ytd", "level", 101.0)], "met"),
    ("min", "level", [("t", "2021-06", "ytd", "level", 90.0)], "level"),
    ("max", "level", [("t", "2021-06", "ytd", "level", 90.0)], "ceiling"),
    ("min", "flow", [("t", "2021-12", "year", "level", 90.0)], "settled"),
    # 60 to go in 6 months = 10 a month, beyond the best month on record (8): out of reach …
    ("min", "flow", [("t", "2021-06", "ytd", "level", 40.0), ("t", "2021-05", "month", "level", 8.0)],
     "out_of_reach"),
    # … unless the figure is a lower bound ("over 40"): the true need may be smaller
    ("min", "flow", [("t", "2021-06", "ytd", "level", 40.0, ">"), ("t", "2021-05", "month", "level", 8.0)],
     "pace"),
])
def test_what_is_required_by_kind(kind, basis, rows, requirement):
    r = progress.scorecard(cat(target(kind=kind, basis=basis)), frame(*rows), "2021-06" if rows[0][1] != "2021-12"
                           else "2021-12").set_index("id").loc["t"]
    assert r.requirement == requirement


def test_requirement_is_worded_in_both_languages(sept):
    r = sept.loc["exports"].to_dict() | {"id": "exports"}
    # (22.3 − 18.54) / 3 = 1.25333…: a computed amount, shown to four significant digits
    assert reasons.requirement(r, "vi") == "1,253 tỷ USD mỗi tháng (0,61 lần nhịp độ đến nay)"
    assert reasons.requirement(r, "en") == "1.253 bn USD a month (0.61× the pace so far)"
    g = sept.loc["grdp_growth"].to_dict()
    assert reasons.requirement(g, "vi") == "các tháng còn lại tăng 17,16% (tính theo số tháng)"


# --- how old the evidence is -----------------------------------------------------------------------

def test_march_revenue_is_stale_in_september(sept):
    r = sept.loc["budget_revenue_domestic"]
    # the latest domestic-revenue figure year to date is March's: 9 − 3 = 6 months old
    assert (r.obs_period, r.age_months, r.stale) == ("2021-03", 6, True)
    assert r.status == "on_track"  # the status keeps its name …
    assert reasons.explain(r.to_dict(), "en").startswith("latest figure from March 2021;")
    assert reasons.explain(r.to_dict(), "vi").startswith("số liệu mới nhất từ tháng 3/2021;")
    # … and 2021-06 figures (jobs) are 3 months old: not stale; September's are 0
    assert (sept.loc["jobs_created"].age_months, sept.loc["jobs_created"].stale) == (3, False)
    assert sept.loc["exports"].age_months == 0


def test_headline_counts_stale_calls_apart(sept):
    from helpers.present import views

    card = sept.reset_index()
    assert progress.stale_calls(card) == 1
    assert "1 call rests on a figure more than 3 months older than the report." in views.headline(card, "en").data


def test_gaps_json_carries_the_new_components():
    out = CliRunner().invoke(main, ["gaps", "-r", "haiphong-2021", "--period", "2021-09", "--format", "json"])
    rows = {r["id"]: r for r in json.loads(out.stdout)}
    assert rows["exports"]["required_per_month"] == pytest.approx(1.2533, abs=1e-4)
    assert rows["grdp_growth"]["required_rest_growth"] == pytest.approx(17.16)
    assert rows["grdp_growth"]["required_basis"] == "linear"
    assert rows["budget_revenue_domestic"]["stale"] is True
    assert all(r["age_months"] is not None for r in rows.values() if r["actual"] is not None)


# --- the backtest ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def replay(hp21):
    c, obs = hp21
    found = backtest.calls(c, obs)
    return found, backtest.summary(found).set_index("period")


def test_backtest_counts_worked_by_hand(replay):
    found, s = replay
    # Year's outcomes (2021-12, everything on file): achieved: agriculture 1.49 ≥ 1.06, IIP 18.5 ≥ 17,
    # budget 90,421 ≥ 89,490, domestic revenue 35,000 ≥ 35,000, exports 25.11 ≥ 22.3, TFP, FDI
    # 3.13 ≥ 2.5, manufacturing share 42.8 ≥ 40.7, high-tech share 50 ≥ 46.5; missed: GRDP 12.38 < 13.5,
    # investment 173.975 < 204, ports 151.1 < 159. The other targets have no year-end figure and
    # are left out. Only forecasts count: a call resting on a full-year or December figure is the
    # outcome compared with itself, and is left out.
    #
    # March, as known on 31 March: GRDP 13.22 (0.28 short: on track), agriculture 1.27, IIP 18.29
    # (on track); budget 22,924 / (89,490 × 3/12) = 1.02, domestic 8,773 / (35,000 × 3/12) = 1.00,
    # exports 5.72 / (22.3 × 3/12) = 1.03, FDI 0.9207 / (2.5 × 3/12) = 1.47 (on track); ports
    # 33.93 / (159 × 3/12) = 0.85 (at risk; no single month on file yet to call it out of reach).
    # 8 calls; 7 on track, 6 of them achieved; the GRDP call is the wrong one; ports at risk, missed.
    m = s.loc["2021-03"]
    assert (m.calls, m.on_track, m.on_track_achieved, m.off_track, m.at_risk, m.at_risk_missed,
            m.right, m.wrong, m.wrong_ids) == (8, 7, 6, 0, 1, 1, 6, 1, ["grdp_growth"])
    # May, as known on 31 May: May's single month of ports, 10,312 thousand t, is on file; the rest
    # of the year needs (159 − 33.93) / 9 = 13.90 million t a month, more than any month on record:
    # out of reach, off track (and missed: right). The other seven as in March.
    m = s.loc["2021-05"]
    assert (m.calls, m.on_track, m.off_track, m.off_track_missed, m.at_risk, m.right, m.wrong) == \
        (8, 7, 1, 1, 0, 7, 1)
    # September, as known on 30 September: GRDP 12.28 (1.22 short: at risk); investment 118 /
    # (204 × 9/12) = 0.77 (no 2020 profile on file), at risk; ports need (159 − 106.32) / 3 = 17.56
    # a month against a best month of 10.312: off track. All three missed. Agriculture, IIP,
    # budget, domestic revenue (March's figure) and exports on track and achieved; FDI achieved
    # (2.8 > 2.5 in August). 9 calls, right 5 + 1 + 1 = 7, nothing wrong.
    m = s.loc["2021-09"]
    assert (m.calls, m.on_track, m.on_track_achieved, m.off_track, m.off_track_missed, m.at_risk,
            m.at_risk_missed, m.right, m.wrong) == (9, 5, 5, 1, 1, 2, 2, 7, 0)
    # November: the budget needs 89,490.478 − 81,497 = 7,993.5 bn VND in December, more than its
    # best month on record (July: 7,629.64); domestic revenue needs 35,000 − 29,100.9 = 5,899.1,
    # more than its best (September: 2,400.8). Both "out of reach", so off track; both ended
    # achieved (December revenue is seasonally large): two wrong calls. Ports off track, missed.
    m = s.loc["2021-11"]
    assert (m.calls, m.on_track, m.off_track, m.off_track_missed, m.at_risk, m.right, m.wrong,
            m.wrong_ids) == (9, 3, 3, 1, 2, 5, 2, ["budget_revenue", "budget_revenue_domestic"])
    # December, as known on 31 December: every target above rests on its year's figure (the two
    # shares' article has no date, so the month's end is assumed): the outcome itself, no forecast.
    # Only agriculture, whose 1.49 came a year later, rests on its nine-month 1.23 ≥ 1.06: the
    # last call, on track, ended achieved. 1 call, right. (It was 12 of 12 before: 11 of them the
    # outcome compared with itself.)
    m = s.loc["2021-12"]
    assert (m.calls, m.on_track, m.on_track_achieved, m.right, m.wrong) == (1, 1, 1, 1, 0)
    # The year: 8 + 8 + 8 + 9 × 6 + 1 = 79 calls, 8 wrong (GRDP "on track" from March to August on
    # 13.22 in Q1 and 13.52 in H1, before the nine-month 12.28; the two budget calls of November)
    assert (s["calls"].sum(), s["right"].sum(), s["wrong"].sum()) == (79, 57, 8)
    wrong = found[found["wrong"]]
    assert list(wrong.loc[wrong["id"] == "grdp_growth", "period"]) == [f"2021-{m:02d}" for m in range(3, 9)]
    # no figure yet in January and February: no calls
    assert list(s.index) == [f"2021-{m:02d}" for m in range(3, 13)]


def test_backtest_uses_only_what_was_published_by_each_months_end(replay, hp21):
    found, _ = replay
    c, obs = hp21
    # at 31 December only the estimate 150.16 was out; the official 151.1 came on 1 November 2022
    card = progress.scorecard(c, obs, "2021-12", as_of="2021-12-31").set_index("id")
    assert card.at["port_cargo", "actual"] == 150.16
    # and that December call rests on the year's figure itself: not a forecast, not counted
    assert found[(found["id"] == "port_cargo") & (found["period"] == "2021-12")].empty
    assert found[(found["id"] == "port_cargo") & (found["period"] == "2021-11")]["actual"].tolist() == [106.32]


def test_backtest_command():
    out = CliRunner().invoke(main, ["backtest", "-r", "haiphong-2021", "--format", "json"])
    assert out.exit_code == 0, out.output
    rows = {r["period"]: r for r in json.loads(out.stdout)}
    assert rows["2021-03"]["wrong_ids"] == ["grdp_growth"] and rows["2021-09"]["wrong"] == 0


def test_backtest_needs_a_finished_year(write):
    from test_resolutions import PROVINCE

    path = write("x-2099.yaml", PROVINCE.replace("year: 2024", "year: 2099"))
    out = CliRunner().invoke(main, ["backtest", "-r", str(path)])
    assert out.exit_code == 1 and "the year 2099 has not ended" in out.output


def test_the_backtest_report_is_planned_once_the_year_has_ended(hp21):
    c, obs = hp21
    during = plan.plan(c, obs, [Period(2021, 9)], [Lang.VI], today=dt.date(2021, 10, 5))
    after = plan.plan(c, obs, [Period(2021, 9)], [Lang.VI], today=dt.date(2022, 1, 5))
    assert "05-backtest" not in {j.notebook for j in during}
    assert [j.key for j in after if j.notebook == "05-backtest"] == ["catalog/05-backtest.vi"]


def test_a_finished_year_without_outcomes_shows_so(hp21):
    """A bug found: a finished year with no year-end figure broke the backtest's chart."""
    import matplotlib.pyplot as plt

    from helpers.present import charts, views

    c, obs = hp21
    few = obs[obs["period"] <= "2021-03"]  # nothing settles the year
    found = backtest.calls(c, few)
    summary = backtest.summary(found)
    assert found.empty and summary.empty
    fig = charts.backtest(summary, "vi")
    fig.canvas.draw()
    assert [t.get_text() for t in fig.axes[0].texts] == ["Chưa có số liệu công bố"]
    assert "Chưa có số liệu công bố" in views.backtest_table(summary, "vi").data
    plt.close(fig)


def test_the_backtest_command_on_a_year_without_outcomes_says_so(write):
    """A finished year whose figures settle nothing (issue 26): a sentence, not a traceback."""
    from test_resolutions import PROVINCE

    path = write("x-2024.yaml", PROVINCE)
    for fmt in ("table", "csv", "json"):
        out = CliRunner().invoke(main, ["backtest", "-r", str(path), "--format", fmt])
        assert out.exit_code == 0, out.output
        assert "Traceback" not in out.output and out.exception is None
    out = CliRunner().invoke(main, ["backtest", "-r", str(path)])
    assert "no call can be held to an outcome" in out.output
