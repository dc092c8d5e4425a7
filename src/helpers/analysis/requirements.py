"""What it takes: the pace the rest of the year needs for a target to be met.

Pure functions of a target, its latest figure and the history on file; :mod:`helpers.analysis.progress`
keeps every component beside the verdict.

Flow (summed over the year), a figure year to date at month m
    ``required_per_month`` = (goal − year to date) / (12 − m), in the target's unit, the goal being
    ``value`` or a range's ``low``. ``required_ratio`` = that / (year to date / m): 1.0 is the same
    pace as the months so far, 2.0 twice as fast. The target is **out of reach** when that pace is
    above every month on record for it (``best_month``: the largest single-month figure on file, in
    any year); where no single month is on file, or the figure is a lower bound ("over …", so the
    true need may be smaller), no such verdict is given.
Growth (a rate against the same period a year earlier), a figure year to date at month m
    With g the growth so far, G the goal, and s last year's share of its year's level earned by
    month m, the year meets its goal when (1 + G) = (1 + g)·s + (1 + r)·(1 − s), so the rest of
    the year must grow

        r = ((1 + G) − (1 + g)·s) / (1 − s) − 1        (``required_rest_growth``, in %)

    s comes from last year's levels where the catalog names the target's level series (``levels:``)
    and both last year's month-m level and its full-year level are on file (``required_basis`` is
    that year); otherwise s = m/12, the months' share (``required_basis`` "linear"), which assumes an
    even year. GRDP has a seasonal profile, so the linear share is an approximation, and the page
    says which one was used.
Levels, shares, milestones and ceilings
    Nothing accumulates, so nothing is required per month: a level is met by reaching it, a ceiling
    by staying under it. A ceiling on a flow already exceeded for the year is out of reach.
Already met, or settled
    A flow past its goal needs nothing more; a full-year figure settles the year.
"""

from __future__ import annotations

from enum import StrEnum

import numpy as np
import pandas as pd

from ..values.period import Period, in_year


class Requirement(StrEnum):
    """What the rest of the year needs, as a code the reports word."""

    PACE = "pace"                  # a flow: so much a month from now on
    REST_GROWTH = "rest_growth"    # a growth rate: so much growth for the rest of the year
    MET = "met"                    # already met: nothing more is needed
    OUT_OF_REACH = "out_of_reach"  # a ceiling already exceeded, or a pace beyond any month on record
    LEVEL = "level"                # levels, shares, milestones: reached, not accumulated
    CEILING = "ceiling"            # a ceiling not yet exceeded: stay under it
    SETTLED = "settled"            # the year's figure is in


def last_year_share(history: pd.DataFrame, ids: pd.Series, months: pd.Series,
                    year: int) -> np.ndarray:
    """For each (indicator, month m) pair: last year's year-to-date level at m over its full-year
    level, from comparable figures; NaN where either is missing or the year's level is not
    positive. ``ids`` and ``months`` are aligned; the answer is too."""
    prev = history[history["comparable"] & (history["measure"] == "level")
                   & in_year(history["period"], year - 1)]
    at = prev[prev["span"] == "ytd"].drop_duplicates(["indicator", "period"], keep="last")
    at = at.set_index(["indicator", "period"])["value"]
    dec = str(Period.year_end(year - 1))
    full = prev[(prev["period"] == dec) & prev["span"].isin(["year", "ytd"])]
    full = full.drop_duplicates("indicator", keep="last").set_index("indicator")["value"]
    periods = [str(Period(year - 1, int(m))) for m in months]
    a = at.reindex(pd.MultiIndex.from_arrays([list(ids), periods])).to_numpy(float)
    f = full.reindex(list(ids)).to_numpy(float)
    with np.errstate(all="ignore"):
        return np.where(f > 0, a / f, np.nan)


def best_months(history: pd.DataFrame) -> pd.Series:
    """The largest single-month figure on file of every indicator, in any year, in its unit."""
    months = history[(history["span"] == "month") & (history["measure"] == "level")
                     & history["comparable"]]
    return months.groupby("indicator")["value"].max()


def rest_growth(goal_pct: float | np.ndarray, so_far_pct: float | np.ndarray,
                share: float | np.ndarray) -> float | np.ndarray:
    """The growth (%) the rest of the year needs; see the module docstring. Scalars or arrays."""
    return (((1 + goal_pct / 100) - (1 + so_far_pct / 100) * share) / (1 - share) - 1) * 100


def what_it_takes(rows: pd.DataFrame, history: pd.DataFrame, year: int) -> pd.DataFrame:
    """The requirement columns of scored scorecard rows, every target at once.

    ``rows`` holds, per target with a figure: ``id``, ``kind``, ``basis``, ``threshold``,
    ``levels``, ``actual`` (in the target's unit), ``month`` (of the figure), ``settled`` and
    ``at_least``. ``history`` holds the city's figures known at the report, in the targets' units
    (:func:`helpers.statistics.convert.for_catalog`).
    """
    kind, basis = rows["kind"].to_numpy(), rows["basis"].to_numpy()
    goal, actual = rows["threshold"].to_numpy(float), rows["actual"].to_numpy(float)
    month, settled = rows["month"].to_numpy(float), rows["settled"].to_numpy(bool)
    flow, growth, ceiling = basis == "flow", basis == "growth", kind == "max"
    pacing = flow & ~settled & ~ceiling & (actual < goal)
    with np.errstate(all="ignore"):
        per_month = (goal - actual) / (12 - month)
        so_far = actual / month
        ratio = np.where(so_far > 0, per_month / so_far, np.inf)
    best = rows["id"].map(best_months(history)).to_numpy(float)
    beyond = ~rows["at_least"].to_numpy(bool) & ~np.isnan(best) & (per_month > best)
    levels = rows["levels"].where(rows["levels"].notna(), rows["id"])
    share = last_year_share(history, levels, rows["month"], year)
    known = rows["levels"].notna().to_numpy() & (share > 0) & (share < 1)
    share = np.where(known, share, month / 12)
    resting = growth & ~settled
    requirement = np.select(
        [settled, flow & ceiling, flow & (actual >= goal), flow, growth, ceiling],
        [Requirement.SETTLED, np.where(actual > goal, Requirement.OUT_OF_REACH, Requirement.CEILING),
         Requirement.MET, np.where(beyond, Requirement.OUT_OF_REACH, Requirement.PACE),
         Requirement.REST_GROWTH, Requirement.CEILING],
        np.where(actual >= goal, Requirement.MET, Requirement.LEVEL))
    with np.errstate(all="ignore"):
        rest = rest_growth(goal, actual, share)
    return pd.DataFrame({
        "requirement": [Requirement(r) for r in requirement],
        "required_per_month": np.where(pacing, per_month, np.nan),
        "required_ratio": np.where(pacing, ratio, np.nan),
        "best_month": np.where(pacing, best, np.nan),
        "required_rest_growth": np.where(resting, rest, np.nan),
        "required_share": np.where(resting, share, np.nan),
        "required_basis": np.where(resting, np.where(known, str(year - 1), "linear"), None),
    }, index=rows.index)
