"""A term plan's targets scored from the years' outcomes (pure: records in, records out).

Semantics
---------
Annual figures
    A year's figure for a term target is that year's year-end outcome of the same target id, as
    the year's last scorecard chose it (by the declared precedence); a figure for part of a year
    never counts. Levels and totals count only where the year measures the term's territory (a
    merged city's level is not the old city's); growth rates are published on a comparable base
    and count whatever the territory.
``average_growth``
    The geometric mean of the annual rates on file: ``(Π(1 + rᵢ/100))^(1/k) − 1``. With every year
    of the term on file it is the outcome; before, the remaining years need
    ``((1 + G/100)^n / Π(1 + rᵢ/100))^(1/(n−k)) − 1`` a year, and the call is the gap in points
    between the mean so far and the goal, with the annual growth thresholds (within 0.5 points on
    track, within 2 at risk).
``end_level``
    The level of the end year is the outcome. Before it, the call compares the growth a year since
    the year before the term (the base) with the growth a year the goal needs from that base, as
    Open SDG's progress measure compares compound growth rates: at 95% of the needed rate or more
    on track, from 60% at risk, below off track (the pace thresholds of flows). A level already at
    its goal is on track. The remaining years need ``(goal / latest)^(1/years left) − 1`` a year.
``total``
    The sum of the annual figures; with every year on file it is the outcome. Before, the pace is
    the sum against the goal's share for the years elapsed (k/n), with the pace thresholds; the
    remaining years need ``(goal − sum) / (n − k)`` each.
Gaps
    A term year before the latest one on file (or any year of an ended term) without a figure makes
    the arithmetic incomplete: no mean, no requirement and no call are made (status ``no_outcome``
    once the term has ended, else ``no_data``), and the page names the missing years.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from ..catalog.terms import TermPlan, TermTarget
from ..values import units
from ..values.errors import UnitError
from .progress import GROWTH_AT_RISK_PP, GROWTH_ON_TRACK_PP, PACE_AT_RISK, PACE_ON_TRACK
from .years import settled


def annual(target: TermTarget, plan: TermPlan, years: Mapping[int, Mapping]) -> tuple[dict, dict]:
    """The year-end figures that count for ``target`` (by year, in the target's unit), and the
    years declined with why (``territory``, ``unit``, ``basis``).

    Examples
    --------
    >>> from helpers.catalog.terms import TermPlan
    >>> plan = TermPlan.model_validate({"resolution": "x", "city": {"id": "c", "vi": "C", "en": "C"},
    ...     "title": {"vi": "T", "en": "T"}, "start": 2021, "end": 2022, "targets": [{"id": "g",
    ...     "name": {"vi": "G", "en": "G"}, "basis": "end_level", "kind": "min", "value": 5,
    ...     "unit": "tỷ USD", "source": "https://example.org/t"}]})
    >>> rec = {"actual": 4000.0, "unit": "million_usd", "span": "year", "obs_period": "2021-12",
    ...        "basis": "level", "territory": None}
    >>> annual(plan.targets[0], plan, {2021: rec, 2022: {**rec, "territory": {"id": "merged"}}})
    ({2021: 4.0}, {2022: 'territory'})
    """
    found, declined = {}, {}
    want = plan.territory.id if plan.territory else None
    for year, t in sorted(years.items()):
        if not settled(t):
            continue
        growth = target.basis == "average_growth"
        if growth != (t.get("basis") == "growth"):
            declined[year] = "basis"
            continue
        have = (t.get("territory") or {}).get("id")
        if not growth and have != want:
            declined[year] = "territory"
            continue
        try:
            found[year] = units.convert(t["actual"], t["unit"], target.unit)
        except UnitError:
            declined[year] = "unit"
    return found, declined


def _call_points(gap: float) -> str:
    if gap >= -GROWTH_ON_TRACK_PP:
        return "on_track"
    return "at_risk" if gap >= -GROWTH_AT_RISK_PP else "off_track"


def _call_pace(ratio: float) -> str:
    if ratio >= PACE_ON_TRACK:
        return "on_track"
    return "at_risk" if ratio >= PACE_AT_RISK else "off_track"


def _met(target: TermTarget, x: float) -> bool:
    return x <= target.value if target.kind == "max" else x >= target.threshold


def score(plan: TermPlan, years_by_target: Mapping[str, Mapping[int, Mapping]],
          today_year: int) -> list[dict]:
    """Each target of ``plan``: its annual figures, what they give so far, what the remaining years
    need and the status. ``years_by_target``: per target id, each year's record (as
    :func:`helpers.analysis.years.families` gives them); ``today_year``: the year now (a year
    after the term's end, the term has ended).

    Examples
    --------
    >>> from helpers.catalog.terms import TermPlan
    >>> plan = TermPlan.model_validate({"resolution": "x", "city": {"id": "c", "vi": "C", "en": "C"},
    ...     "title": {"vi": "T", "en": "T"}, "start": 2021, "end": 2023, "targets": [{"id": "g",
    ...     "name": {"vi": "G", "en": "G"}, "basis": "average_growth", "kind": "min", "value": 10,
    ...     "unit": "%", "source": "https://example.org/t"}]})
    >>> rec = lambda r: {"actual": r, "unit": "percent", "span": "year", "obs_period": "2021-12",
    ...                  "basis": "growth", "territory": None}
    >>> s = score(plan, {"g": {2021: rec(12.0), 2022: rec(8.0)}}, 2023)[0]
    >>> round(s["so_far"], 4), round(s["needed"], 4), s["status"]  # (1.1**3/(1.12*1.08))**1 − 1
    (9.9818, 10.0364, 'on_track')
    """
    out = []
    n = len(plan.years)
    ended = today_year > plan.end
    for target in plan.targets:
        records = years_by_target.get(target.id, {})
        in_term = {y: r for y, r in records.items() if plan.start <= y <= plan.end}
        found, declined = annual(target, plan, in_term)
        last = max(found, default=None)
        upto = plan.end if ended else (last or plan.start - 1)
        missing = [y for y in plan.years if y <= upto and y not in found]
        row = {"id": target.id, "basis": target.basis, "figures": found, "declined": declined,
               "missing": missing, "so_far": None, "needed": None, "base": None, "status": "no_data"}
        k = len(found)
        if target.basis == "average_growth":
            if k and not missing:
                product = math.prod(1 + r / 100 for r in found.values())
                row["so_far"] = (product ** (1 / k) - 1) * 100
                if k == n:
                    row["status"] = "achieved" if _met(target, row["so_far"]) else "not_achieved"
                else:
                    goal = target.threshold
                    row["needed"] = (((1 + goal / 100) ** n / product) ** (1 / (n - k)) - 1) * 100
                    gap = (goal - row["so_far"]) if target.kind == "max" else (row["so_far"] - goal)
                    row["status"] = _call_points(gap)
            elif not k and not missing:
                row["needed"] = target.threshold
        elif target.basis == "total":
            if k and not missing:
                row["so_far"] = sum(found.values())
                if k == n:
                    row["status"] = "achieved" if _met(target, row["so_far"]) else "not_achieved"
                else:
                    row["needed"] = (target.threshold - row["so_far"]) / (n - k)
                    row["status"] = _call_pace(row["so_far"] / (target.threshold * k / n))
            elif not k and not missing:
                row["needed"] = target.threshold / n
        else:  # end_level
            base_rec = {y: r for y, r in records.items() if y == plan.start - 1}
            base = annual(target, plan, base_rec)[0].get(plan.start - 1)
            row["base"] = base
            if plan.end in found:
                row["so_far"] = found[plan.end]
                row["status"] = "achieved" if _met(target, found[plan.end]) else "not_achieved"
            elif not missing:
                latest_year = last if last is not None else (plan.start - 1 if base is not None else None)
                latest = found.get(last) if last is not None else base
                if latest is not None and latest > 0:
                    row["so_far"] = found.get(last)
                    row["needed"] = ((target.threshold / latest) ** (1 / (plan.end - latest_year)) - 1) * 100
                if last is not None and base:
                    if _met(target, found[last]):
                        row["status"] = "on_track"
                    else:
                        done = ((found[last] / base) ** (1 / (last - plan.start + 1)) - 1)
                        need = ((target.threshold / base) ** (1 / n) - 1)
                        row["status"] = _call_pace(done / need) if need > 0 and done > 0 else "off_track"
        if ended and row["status"] in ("no_data", "on_track", "at_risk", "off_track"):
            row["status"] = "no_outcome"
        out.append(row)
    return out


def mean_growth(rates: Mapping[int, float]) -> float:
    """The geometric mean of annual growth rates in percent.

    Examples
    --------
    >>> round(mean_growth({2021: 12.38, 2022: 12.32}), 4)  # √(1.1238 × 1.1232) − 1
    12.35
    """
    return (math.prod(1 + r / 100 for r in rates.values()) ** (1 / len(rates)) - 1) * 100
