"""The progress engine: the city's own arithmetic, each kind x basis x qualifier, and invariants."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.analysis import progress, series
from helpers.catalog.targets import Catalog, City, Names, Target
from helpers.cli import main
from helpers.present import reasons
from helpers.statistics import observations as obs
from helpers.values.period import Period

URL = "https://example.org/x"


def target(id="t", kind="min", basis="flow", value=100.0, low=None, high=None, unit="billion_vnd"):
    if kind == "range":
        value, low, high = None, low or 80.0, high or 120.0
    return Target(id=id, number=1, group="economic", name=Names(vi=id, en=id), kind=kind,
                  value=value, low=low, high=high, unit=unit, basis=basis)


def cat(*ts: Target) -> Catalog:
    return Catalog("test", 2021, City(id="x", vi="X", en="X"), Names(vi="T", en="T"), tuple(ts))


def frame(*rows) -> pd.DataFrame:
    """rows: (indicator, period, span, measure, value[, qualifier[, published]])."""
    recs = []
    for i, r in enumerate(rows):
        ind, period, span, measure, value, *rest = r
        qual = rest[0] if rest else "="
        pub = rest[1] if len(rest) > 1 else Period.parse(period).last_day
        recs.append({"indicator": ind, "period": period, "span": span, "measure": measure,
                     # in the target's unit: these tests score billion_vnd flows and levels
                     "value": value, "qualifier": qual,
                     "unit": "percent" if measure == "yoy_pct" else "billion_vnd",
                     "value_published": value, "unit_published": "x", "comparable": True, "reason": "", "published": pub,
                     "published_assumed": False, "source_url": URL, "note": "", "file": "f",
                     "line": i + 2})
    return pd.DataFrame(recs, columns=obs.PROCESSED)


def row(card: pd.DataFrame, id="t") -> pd.Series:
    """One scorecard row, with its reason worded in English."""
    return reasons.with_reasons(card, "en").set_index("id").loc[id]


# --- the city's own "% of plan" ------------------------------------------------------------------

@pytest.fixture(scope="module")
def bundled(catalog):
    return obs.load_raw(catalog)


@pytest.mark.parametrize("period, tid, published_pct", [
    ("2021-03", "port_cargo", 21.34),
    ("2021-03", "exports", 25.65),
    ("2021-03", "fdi_attracted", 36.83),
    ("2021-09", "port_cargo", 66.87),
])
def test_reproduces_the_citys_percent_of_plan(catalog, bundled, period, tid, published_pct):
    r = row(progress.scorecard(catalog, bundled, period), tid)
    assert round(r.attainment_pct, 2) == pytest.approx(published_pct, abs=0.01)


def test_bundled_scorecard_2021_09(catalog, bundled):
    card = progress.scorecard(catalog, bundled, "2021-09")
    assert list(card.id) == [t.id for t in catalog.targets]
    grdp = row(card, "grdp_growth")
    assert (grdp.actual, grdp.value, grdp.gap) == (12.28, 13.5, pytest.approx(-1.22))
    assert grdp.status == "at_risk"
    ports = row(card, "port_cargo")
    assert ports.expected_share == 0.75 and ports.pace_basis == "linear"
    assert ports.projected == pytest.approx(141.76)
    # 106.32 / 0.75 = 141.76, shown to four significant digits; 141.76 / 159 = 89.16%
    assert "projected 141.8 million tonnes, 89.16% of target" in ports.reason
    assert row(card, "fdi_attracted").status == "achieved"  # past the range's low in September
    assert row(card, "fdi_attracted").at_least
    assert row(card, "tourists").status == "no_data"
    assert row(card, "tourists").reason == "No published figure"
    assert (card.status != "no_data").sum() == 12


def test_year_end_settles_and_later_vintage_wins(catalog, bundled):
    card = progress.scorecard(catalog, bundled, "2021-12")
    assert row(card, "port_cargo").actual == 151.1
    assert row(card, "port_cargo").status == "not_achieved"
    assert row(card, "exports").status == "achieved"
    assert row(card, "grdp_growth").status == "not_achieved"
    per_capita = row(card, "grdp_per_capita")
    assert per_capita.status == "not_comparable" and math.isnan(per_capita.actual)
    # the English reason gives the published unit in English (152,34 triệu đồng/người)
    assert "152.34 million VND per person" in per_capita.reason and "not comparable" in per_capita.reason
    early = progress.scorecard(catalog, bundled, "2021-12", as_of="2022-01-31")
    assert row(early, "port_cargo").actual == 150.16


def test_2021_industry_shares_agree_with_the_citys_own_arithmetic(catalog, bundled):
    card = progress.scorecard(catalog, bundled, "2021-12")
    # baodautu.vn: the high-tech share of manufacturing "đạt 50%, tăng 3,5% so với kế hoạch năm"
    # (the resolution's item 3 plans 46,5%): 3.5 points above the plan
    hightech = row(card, "hightech_share_manufacturing")
    assert (hightech.status, hightech.actual) == ("achieved", 50)
    assert hightech.gap == pytest.approx(3.5)
    # the same article: manufacturing "trong GRDP ... đạt 42,8%" against the plan's 40,7%:
    # 2.1 points over, 42.8 / 40.7 = 105.16% of it
    manufacturing = row(card, "manufacturing_share_grdp")
    assert (manufacturing.status, manufacturing.actual) == ("achieved", 42.8)
    assert manufacturing.gap == pytest.approx(2.1)
    assert manufacturing.attainment_pct == pytest.approx(105.16, abs=0.005)


# --- kinds, bases and qualifiers -----------------------------------------------------------------

@pytest.mark.parametrize("kind, basis, rows, status, attainment, gap", [
    # flows: pace against m/12 of the annual total
    ("min", "flow", [("t", "2021-06", "ytd", "level", 50.0)], "on_track", 50, -50),
    ("min", "flow", [("t", "2021-06", "ytd", "level", 40.0)], "at_risk", 40, -60),
    ("min", "flow", [("t", "2021-06", "ytd", "level", 20.0)], "off_track", 20, -80),
    ("min", "flow", [("t", "2021-06", "ytd", "level", 101.0)], "achieved", 101, 1),
    ("min", "flow", [("t", "2021-12", "year", "level", 99.0)], "not_achieved", 99, -1),
    ("min", "flow", [("t", "2021-12", "ytd", "level", 100.0)], "achieved", 100, 0),
    ("range", "flow", [("t", "2021-06", "ytd", "level", 85.0)], "achieved", 106.25, 5),
    ("range", "flow", [("t", "2021-12", "year", "level", 70.0)], "not_achieved", 87.5, -10),
    # growth: the year-to-date rate against the annual one, in points (no "% of plan": a ratio
    # of two rates is not attainment)
    ("min", "growth", [("t", "2021-06", "ytd", "yoy_pct", 99.7)], "on_track", None, -0.3),
    ("min", "growth", [("t", "2021-06", "ytd", "yoy_pct", 99.0)], "at_risk", None, -1),
    ("min", "growth", [("t", "2021-06", "ytd", "yoy_pct", 97.0)], "off_track", None, -3),
    ("min", "growth", [("t", "2021-12", "year", "yoy_pct", 100.5)], "achieved", None, 0.5),
    # levels: compared directly
    ("min", "level", [("t", "2021-06", "ytd", "level", 100.0)], "on_track", 100, 0),
    ("min", "level", [("t", "2021-06", "ytd", "level", 96.0)], "at_risk", 96, -4),
    ("min", "level", [("t", "2021-06", "ytd", "level", 90.0)], "off_track", 90, -10),
    ("max", "level", [("t", "2021-06", "ytd", "level", 80.0)], "on_track", 125, 20),
    ("max", "level", [("t", "2021-12", "year", "level", 125.0)], "not_achieved", 80, -25),
    ("min", "level", [("t", "2021-12", "year", "share_pct", 100.0)], "achieved", 100, 0),
    # milestones: done by year end
    ("min", "milestone", [("t", "2021-06", "ytd", "level", 3.0)], "on_track", 3, -97),
    ("min", "milestone", [("t", "2021-12", "year", "level", 100.0)], "achieved", 100, 0),
])
def test_kind_basis(kind, basis, rows, status, attainment, gap):
    # scored at the figure's own month: a call on a year still running (at December it would be
    # "no year-end figure yet", held in test_numbers)
    r = row(progress.scorecard(cat(target(kind=kind, basis=basis)), frame(*rows), rows[0][1]))
    assert r.status == status
    if attainment is None:
        assert math.isnan(r.attainment_pct)
    else:
        assert r.attainment_pct == pytest.approx(attainment)
    assert r.gap == pytest.approx(gap)


def test_range_position():
    def pos(v):
        return row(progress.scorecard(cat(target(kind="range")),
                                      frame(("t", "2021-12", "year", "level", v)), "2021-12")).range_position

    assert (pos(70.0), pos(100.0), pos(130.0)) == ("below", "within", "above")


def test_qualifiers_flag_at_least_and_approximate():
    card = progress.scorecard(cat(target()), frame(("t", "2021-06", "ytd", "level", 45.0, ">")), "2021-06")
    assert row(card).at_least and not row(card).approximate and "over 45" in row(card).reason
    card = progress.scorecard(cat(target()), frame(("t", "2021-06", "ytd", "level", 45.0, "~")), "2021-06")
    assert row(card).approximate and "about 45" in row(card).reason


def test_month_figures_are_context_for_flows():
    card = progress.scorecard(cat(target()), frame(("t", "2021-05", "month", "level", 10.0)), "2021-06")
    assert row(card).status == "no_data" and "single-month" in row(card).reason


def test_previous_year_profile_sets_the_expected_share():
    f = frame(("t", "2020-06", "ytd", "level", 40.0), ("t", "2020-12", "year", "level", 100.0),
              ("t", "2021-06", "ytd", "level", 40.0))
    r = row(progress.scorecard(cat(target()), f, "2021-06"))
    assert r.expected_share == pytest.approx(0.4) and r.pace_basis == "2020"
    assert (r.pace_ratio, r.projected) == (pytest.approx(1.0), pytest.approx(100.0))
    assert r.status == "on_track"
    assert "on the 2020 profile: projected 100" in r.reason
    path = series.expected_path(target(), f, 2021).set_index("month")["expected"]
    assert path[6] == pytest.approx(40.0) and path[12] == pytest.approx(100.0)


def test_later_period_and_fuller_span_win():
    f = frame(("t", "2021-03", "ytd", "level", 20.0), ("t", "2021-06", "ytd", "level", 45.0),
              ("t", "2021-07", "month", "level", 9.0), ("t", "2021-08", "ytd", "level", 60.0))
    r = row(progress.scorecard(cat(target()), f, "2021-07"))
    assert (r.actual, r.obs_period) == (45.0, "2021-06")


def test_other_years_are_not_scored():
    f = frame(("t", "2020-12", "year", "level", 500.0))
    assert row(progress.scorecard(cat(target()), f, "2021-06")).status == "no_data"


def test_gaps_cli_prints_38_rows():
    out = CliRunner().invoke(main, ["gaps", "-r", "haiphong-2021", "--period", "2021-09"])
    assert out.exit_code == 0, out.output
    lines = out.output.strip().splitlines()
    assert len(lines) == 39
    assert "Sản lượng hàng hoá thông qua cảng" in out.output
    js = CliRunner().invoke(main, ["gaps", "-r", "haiphong-2021", "--period", "2021-09", "--format", "json"])
    assert js.exit_code == 0
    assert '"status":"at_risk"' in js.output.replace(" ", "")


# --- invariants (hypothesis) ---------------------------------------------------------------------

ORDER = {"achieved": 4, "on_track": 3, "at_risk": 2, "off_track": 1, "not_achieved": 0}
values = st.floats(min_value=0.001, max_value=1e6, allow_nan=False)
months = st.integers(min_value=1, max_value=12)
bases = st.sampled_from(["flow", "growth", "level", "milestone"])


def _one(kind, basis, value, month, qualifier="=", goal=100.0):
    measure = "yoy_pct" if basis == "growth" else "level"
    span = "year" if month == 12 else "ytd"
    f = frame(("t", f"2021-{month:02d}", span, measure, value, qualifier))
    return row(progress.scorecard(cat(target(kind=kind, basis=basis, value=goal)), f, f"2021-{month:02d}"))


@settings(max_examples=150, deadline=None)
@given(values, values, months, bases)
def test_higher_actual_never_worse_for_min(a, b, month, basis):
    lo, hi = sorted((a, b))
    assert ORDER[_one("min", basis, hi, month).status] >= ORDER[_one("min", basis, lo, month).status]


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.just(0.0), values), values, months, bases)
def test_lower_actual_never_worse_for_max(a, b, month, basis):
    lo, hi = sorted((a, b))
    assert ORDER[_one("max", basis, lo, month).status] >= ORDER[_one("max", basis, hi, month).status]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["min", "max"]), bases, st.floats(min_value=0.01, max_value=1e6),
       st.one_of(st.just(0.0), st.floats(min_value=1e-6, max_value=0.9), st.floats(min_value=-0.9, max_value=-1e-6)))
def test_attainment_100_iff_gap_0(kind, basis, goal, delta):
    r = _one(kind, basis, goal * (1 + delta), 12, goal=goal)
    gap_0 = abs(r.gap) <= 1e-9 * goal
    assert gap_0 == (delta == 0)
    if basis == "growth":  # read in points only
        assert math.isnan(r.attainment_pct)
    else:
        assert math.isclose(r.attainment_pct, 100, rel_tol=1e-9) == gap_0


@settings(max_examples=100, deadline=None)
@given(values, values, months.filter(lambda m: m < 12))
def test_projection_never_decreases_when_ytd_grows(a, b, month):
    lo, hi = sorted((a, b))
    assert _one("min", "flow", hi, month).projected >= _one("min", "flow", lo, month).projected


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(values, months, st.sampled_from(["=", ">", "~"]),
                          st.integers(min_value=0, max_value=400)), min_size=1, max_size=8),
       st.sampled_from(["min", "max", "range"]), bases)
def test_status_always_known_as_of_and_inputs_untouched(rows, kind, basis):
    measure = "yoy_pct" if basis == "growth" else "level"
    f = frame(*[("t", f"2021-{m:02d}", "ytd", measure, v, q,
                 Period(2021, m).last_day + dt.timedelta(days=d)) for v, m, q, d in rows])
    c = cat(target(kind=kind, basis=basis))
    snapshot = f.copy(deep=True)
    card = progress.scorecard(c, f, "2021-12")
    assert card.status.isin(progress.STATUSES).all() and card.status.notna().all()
    pd.testing.assert_frame_equal(f, snapshot)
    none_yet = progress.scorecard(c, f, "2021-12", as_of=dt.date(2021, 1, 30))
    assert (none_yet.status == "no_data").all()
