"""What it takes: the pace the rest of the year needs for a target to be met.

Pure functions of a target, its latest figure and the history on file; :mod:`helpers.progress`
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

import math
from enum import StrEnum

import pandas as pd

from .period import Period, in_year
from .targets import Target


class Requirement(StrEnum):
    """What the rest of the year needs, as a code the reports word."""

    PACE = "pace"                  # a flow: so much a month from now on
    REST_GROWTH = "rest_growth"    # a growth rate: so much growth for the rest of the year
    MET = "met"                    # already met: nothing more is needed
    OUT_OF_REACH = "out_of_reach"  # a ceiling already exceeded, or a pace beyond any month on record
    LEVEL = "level"                # levels, shares, milestones: reached, not accumulated
    CEILING = "ceiling"            # a ceiling not yet exceeded: stay under it
    SETTLED = "settled"            # the year's figure is in


def best_month(t: Target, history: pd.DataFrame) -> float:
    """The largest single-month figure on file for a flow target, in any year (NaN if none)."""
    months = history[(history["indicator"] == t.id) & (history["span"] == "month")
                     & (history["measure"] == "level") & history["comparable"]]
    return float(months["value"].max()) if not months.empty else math.nan


def level_share(t: Target, month: int, history: pd.DataFrame, year: int) -> tuple[float, str]:
    """Last year's share of its level earned by ``month``, and its basis (the year, or "linear")."""
    if t.levels:
        prev = history[(history["indicator"] == t.levels) & (history["measure"] == "level")
                       & history["comparable"] & in_year(history["period"], year - 1)]
        at_m = prev[(prev["period"] == str(Period(year - 1, month))) & (prev["span"] == "ytd")]
        full = prev[(prev["period"] == str(Period.year_end(year - 1)))
                    & prev["span"].isin(["year", "ytd"])]
        if not at_m.empty and not full.empty and full["value"].iloc[-1] > 0:
            share = at_m["value"].iloc[-1] / full["value"].iloc[-1]
            if 0 < share < 1:
                return share, str(year - 1)
    return month / 12, "linear"


def rest_growth(goal_pct: float, so_far_pct: float, share: float) -> float:
    """The growth (%) the rest of the year needs; see the module docstring."""
    return (((1 + goal_pct / 100) - (1 + so_far_pct / 100) * share) / (1 - share) - 1) * 100


def what_it_takes(t: Target, actual: float, month: int, settled: bool, history: pd.DataFrame,
                  year: int, factor: float = 1.0, at_least: bool = False) -> dict:
    """The requirement columns of one scorecard row.

    ``history`` holds the city's figures known at the report; ``factor`` converts them to the
    target's unit (single-month figures are stored in the series' unit).
    """
    if settled:
        return {"requirement": Requirement.SETTLED}
    goal = t.threshold
    if t.basis == "flow":
        if t.kind == "max":
            return {"requirement": Requirement.OUT_OF_REACH if actual > goal else Requirement.CEILING}
        if actual >= goal:
            return {"requirement": Requirement.MET}
        per_month = (goal - actual) / (12 - month)
        so_far = actual / month
        best = best_month(t, history) * factor
        beyond = not at_least and not math.isnan(best) and per_month > best
        return {"requirement": Requirement.OUT_OF_REACH if beyond else Requirement.PACE,
                "required_per_month": per_month,
                "required_ratio": per_month / so_far if so_far > 0 else math.inf,
                "best_month": best}
    if t.basis == "growth":
        share, basis = level_share(t, month, history, year)
        return {"requirement": Requirement.REST_GROWTH,
                "required_rest_growth": rest_growth(goal, actual, share),
                "required_share": share, "required_basis": basis}
    if t.kind == "max":
        return {"requirement": Requirement.CEILING}
    return {"requirement": Requirement.MET if actual >= goal else Requirement.LEVEL}
