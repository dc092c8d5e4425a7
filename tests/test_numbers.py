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


@pytest.mark.parametrize("module", ["helpers.statistics.convert", "helpers.analysis.series"])
def test_the_examples_in_the_docstrings_hold(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
