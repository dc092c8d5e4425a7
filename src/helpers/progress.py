"""The progress engine: where each target stands at a report month, as known on a date.

:func:`scorecard` is pure (data in, DataFrame out) and keeps every component of the arithmetic
beside the verdict, so a reader can redo it.

Semantics
---------
Selection
    For each leaf target, the observations of the catalog's year with ``period`` ≤ the report
    period and ``published`` ≤ ``as_of`` (latest vintage of each figure). ``flow`` and ``growth``
    targets are scored on a year-to-date or full-year figure (single-month figures are context);
    ``level`` and ``milestone`` targets on the latest figure of any span. A figure in a unit that
    cannot be converted to the target's (VND against USD) is shown in ``reason``, not scored.
Attainment and gap
    ``attainment_pct`` = actual / target × 100 for ``min``; target / actual × 100 for ``max``; for a
    ``range`` against ``low``, as the city's own reports do. ``gap`` is in the target's unit (in
    percentage points for rates), signed so that positive is better: actual − target for ``min``
    and ranges (against ``low``), target − actual for ``max``. ``range_position`` is below / within
    / above.
Flow (summed over the year)
    ``expected_share`` of the annual total by the figure's month m: the previous year's
    year-to-date share at m where its month-m and full-year figures are both on file, else m/12.
    ``pace_ratio`` = actual / (target × expected_share); ``projected`` = actual / expected_share;
    ``projected_attainment_pct`` = projected / target × 100. A flow already past its target (a
    range's ``low``) is ``achieved`` before December.
Growth (rate against the same period a year earlier)
    The year-to-date rate against the annual rate; the gap is in percentage points.
Level and milestone
    Compared directly; before the year's figure a level that meets its target is ``on_track``.
    A milestone is done by year end: before then one not yet met is in progress (``on_track``),
    since the resolution sets no interim schedule.
Qualifiers
    ``>`` (published as "over"): the figure is a lower bound, so attainment and status are "at
    least" (``at_least``); ``~`` ("about") is flagged ``approximate``.
Status
    A full-year figure (or a December year-to-date one) settles ``achieved`` / ``not_achieved``.
    Otherwise ``on_track`` / ``at_risk`` / ``off_track`` by the thresholds below; ``no_data`` where
    nothing scorable was published.
Reason
    Each row carries a :class:`Reason` code and, where the row's own columns do not hold them, its
    arguments (``reason_args``). The engine makes no sentence: the reports write the reason in the
    reader's language from the code and the row (:mod:`helpers.reasons`).
"""

from __future__ import annotations

import datetime as dt
import math
from enum import StrEnum

import numpy as np
import pandas as pd

from . import units
from .period import Period, in_year
from .requirements import what_it_takes
from .targets import Catalog, Target
from .vintages import as_of as known_as_of

STATUSES = ("achieved", "on_track", "at_risk", "off_track", "not_achieved", "no_data")

# Pace thresholds for flows, as the Open SDG progress measure: at 95% or more of the required pace
# a target is on track (the rest is within the noise of monthly estimates); below 60% it would need
# the remaining months to run far faster than the year so far.
PACE_ON_TRACK = 0.95
PACE_AT_RISK = 0.60
# Growth rates are compared in percentage points. Hai Phong's GRDP estimates move by a few tenths
# between releases (12.5 -> 12.38 for 2021), so a shortfall within 0.5 pp is noise; beyond 2 pp the
# rest of the year would need growth well above the annual goal to close it.
GROWTH_ON_TRACK_PP = 0.5
GROWTH_AT_RISK_PP = 2.0
# Levels and shares move slowly within a year: within 5% of the goal is at risk, further is off.
LEVEL_AT_RISK = 0.95
# Evidence older than a quarter is stale: statistics offices publish quarterly at the least (Q1,
# H1, nine months), so a figure more than three months older than the report month means at least
# one release was skipped for that target and the call may no longer hold. The status keeps its
# name; the reports mark it and count stale calls apart.
STALE_AFTER_MONTHS = 3


class Reason(StrEnum):
    """Why a row has its status; :mod:`helpers.reasons` words it."""

    NO_FIGURE = "no_figure"            # nothing published for this target
    MONTH_ONLY = "month_only"          # only single-month figures, shown as context
    NOT_COMPARABLE = "not_comparable"  # a figure in a unit that cannot be converted
    GROWTH_GAP = "growth_gap"          # a growth rate against the goal, in points
    PACE = "pace"                      # a flow's year to date against the pace, with a projection
    ATTAINMENT = "attainment"          # a figure against the goal (levels, settled figures)


COLUMNS = [
    "id", "number", "group", "name_vi", "name_en", "parent", "kind", "value", "low", "high",
    "unit", "basis", "actual", "qualifier", "at_least", "approximate", "obs_period", "span",
    "measure", "published", "source_url", "note", "note_en", "attainment_pct", "gap", "range_position",
    "expected_share", "pace_basis", "pace_ratio", "projected", "projected_attainment_pct",
    "age_months", "stale", "requirement", "required_per_month", "required_ratio", "best_month",
    "required_rest_growth", "required_share", "required_basis", "status", "reason_code",
    "reason_args",
]
_SCORED_SPANS = {"flow": ("ytd", "year"), "growth": ("ytd", "year"),
                 "level": ("month", "ytd", "year"), "milestone": ("month", "ytd", "year")}
_SCORED_MEASURES = {"flow": ("level",), "growth": ("yoy_pct",),
                    "level": ("level", "share_pct"), "milestone": ("level", "share_pct")}
_SPAN_ORDER = {"month": 0, "ytd": 1, "year": 2}


def _pick(t: Target, known: pd.DataFrame) -> tuple[pd.Series | None, pd.Series | None]:
    """The figure to score (latest period, fullest span), and an unscorable one to mention."""
    mine = known[(known["indicator"] == t.id) & known["span"].isin(_SCORED_SPANS[t.basis])
                 & known["measure"].isin(_SCORED_MEASURES[t.basis])]
    if mine.empty:
        return None, None
    mine = mine.assign(_span=mine["span"].map(_SPAN_ORDER)).sort_values(["period", "_span"])
    scorable = mine[mine["comparable"]]
    best = scorable.iloc[-1] if not scorable.empty else None
    other = mine[~mine["comparable"]]
    return best, (other.iloc[-1] if not other.empty else None)


def expected_share(t: Target, month: int, history: pd.DataFrame, year: int) -> tuple[float, str]:
    """Share of the annual total expected by ``month``, and its basis: last year's profile (the
    year, as text) where its figures exist, else "linear" (m/12)."""
    prev = history[(history["indicator"] == t.id) & history["comparable"]
                   & (history["measure"] == "level") & in_year(history["period"], year - 1)]
    at_m = prev[(prev["period"] == str(Period(year - 1, month))) & (prev["span"] == "ytd")]
    full = prev[(prev["period"] == str(Period.year_end(year - 1))) & prev["span"].isin(["year", "ytd"])]
    if not at_m.empty and not full.empty and full["value"].iloc[-1] > 0:
        share = at_m["value"].iloc[-1] / full["value"].iloc[-1]
        if 0 < share <= 1:
            return share, str(year - 1)
    return month / 12, "linear"


def attainment(kind: str, actual: float, threshold: float) -> float:
    if kind == "max":
        if actual == 0:
            return 100.0 if threshold == 0 else math.nan
        return threshold / actual * 100
    return actual / threshold * 100 if threshold else math.nan


def _factor(row: pd.Series, unit: str) -> float:
    """From the series' unit to ``unit``: a city's series serve catalogs that may state other
    units. Rates and shares are percentages whatever the target's unit says."""
    if row["measure"] != "level" or row["unit"] == unit:
        return 1.0
    return units.factor(row["unit"], unit)


def age_months(report: Period, figure: Period) -> int:
    """Whole months from the figure's month to the report's."""
    return (report.year - figure.year) * 12 + report.month - figure.month


def _score(t: Target, row: pd.Series, year: int, history: pd.DataFrame, report: Period) -> dict:
    factor = _factor(row, t.unit)
    value = float(row["value"])
    actual = value if factor == 1.0 else units.convert(value, row["unit"], t.unit)
    threshold = t.threshold
    figure = Period.parse(row["period"])
    month = figure.month
    settled = row["span"] == "year" or month == 12
    meets = actual <= threshold if t.kind == "max" else actual >= threshold
    age = age_months(report, figure)
    out = {
        "actual": actual, "attainment_pct": attainment(t.kind, actual, threshold),
        "gap": threshold - actual if t.kind == "max" else actual - threshold,
        "age_months": age, "stale": age > STALE_AFTER_MONTHS,
    }
    out |= what_it_takes(t, actual, month, settled, history, year, factor,
                         at_least=row["qualifier"] == ">")
    if t.kind == "range":
        out["range_position"] = ("below" if actual < t.low else "above" if actual > t.high
                                 else "within")
    if t.basis == "flow" and not settled:
        share, how = expected_share(t, month, history, year)
        projected = actual / share
        out |= {"expected_share": share, "pace_basis": how,
                "pace_ratio": actual / (threshold * share) if threshold else math.nan,
                "projected": projected,
                "projected_attainment_pct": attainment(t.kind, projected, threshold)}
    if settled:
        status = "achieved" if meets else "not_achieved"
    elif t.basis == "flow":
        if meets and t.kind != "max":
            status = "achieved"
        else:
            pace = out["pace_ratio"]
            ratio = pace if t.kind != "max" else (1 / pace if pace > 0 else math.inf)
            status = ("on_track" if ratio >= PACE_ON_TRACK else
                      "at_risk" if ratio >= PACE_AT_RISK else "off_track")
    elif t.basis == "growth":
        short = -out["gap"]
        status = ("on_track" if short <= GROWTH_ON_TRACK_PP else
                  "at_risk" if short <= GROWTH_AT_RISK_PP else "off_track")
    elif t.basis == "milestone":
        status = "achieved" if meets else "on_track"
    else:
        ratio = out["attainment_pct"] / 100 if not math.isnan(out["attainment_pct"]) else 0
        status = ("on_track" if meets else "at_risk" if ratio >= LEVEL_AT_RISK else "off_track")
    out["status"] = status
    out["reason_code"] = (Reason.GROWTH_GAP if t.basis == "growth" else
                          Reason.PACE if "projected" in out else Reason.ATTAINMENT)
    return out


def scorecard(catalog: Catalog, observations: pd.DataFrame, period: Period | str,
              as_of: dt.date | str | None = None) -> pd.DataFrame:
    """One row per leaf target, in catalog order, with every component of the verdict.

    Parameters
    ----------
    catalog
        The validated target catalog.
    observations
        Processed observations of the catalog's city, every vintage
        (:func:`helpers.observations.load`).
    period
        The report month (a :class:`~helpers.period.Period`, or ``YYYY-MM`` text).
    as_of
        Use only figures published by this date (default: everything on file).
    """
    period = Period.parse(period)
    year = catalog.year
    known = known_as_of(observations, as_of)
    history = known[known["period"] <= str(period)]
    this_year = history[in_year(history["period"], year)]
    rows = []
    for t in catalog.targets:
        base = {
            "id": t.id, "number": t.number, "group": t.group, "name_vi": t.name.vi,
            "name_en": t.name.en, "parent": t.parent, "kind": t.kind, "value": t.value,
            "low": t.low, "high": t.high, "unit": t.unit, "basis": t.basis,
            "at_least": False, "approximate": False, "reason_args": {},
        }
        best, other = _pick(t, this_year)
        if best is None:
            if other is not None:
                code, args = Reason.NOT_COMPARABLE, {
                    "value": float(other["value_published"]), "unit": other["unit_published"],
                    "span": other["span"], "period": other["period"], "why": other["reason"]}
            elif (this_year["indicator"] == t.id).any():
                code, args = Reason.MONTH_ONLY, {}
            else:
                code, args = Reason.NO_FIGURE, {}
            rows.append(base | {"status": "no_data", "reason_code": code, "reason_args": args})
            continue
        scored = _score(t, best, year, history, period)
        rows.append(base | scored | {
            "qualifier": best["qualifier"], "at_least": best["qualifier"] == ">",
            "approximate": best["qualifier"] == "~", "obs_period": best["period"],
            "span": best["span"], "measure": best["measure"], "published": best["published"],
            "source_url": best["source_url"], "note": best["note"], "note_en": best.get("note_en"),
        })
    frame = pd.DataFrame(rows).reindex(columns=COLUMNS)
    for c in ("actual", "attainment_pct", "gap", "expected_share", "pace_ratio", "projected",
              "projected_attainment_pct", "value", "low", "high", "required_per_month",
              "required_ratio", "best_month", "required_rest_growth", "required_share"):
        frame[c] = frame[c].astype(float)
    for c in ("at_least", "approximate", "stale"):
        frame[c] = frame[c].astype(object).fillna(False).astype(bool)
    frame["age_months"] = frame["age_months"].astype("Int64")
    frame["reason_code"] = frame["reason_code"].astype(str)
    return frame


def summary(card: pd.DataFrame) -> dict[str, int]:
    """How many targets are in each status (every status present, zero included)."""
    counts = card["status"].value_counts()
    return {s: int(counts.get(s, 0)) for s in STATUSES}


def stale_calls(card: pd.DataFrame) -> int:
    """How many calls (statuses other than no data) rest on a stale figure."""
    return int((card["stale"] & (card["status"] != "no_data")).sum())


def changes(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Targets whose figure or status differs between two scorecards (e.g. month on month)."""
    cols = ["id", "status", "actual", "obs_period"]
    m = before[cols].merge(after[cols], on="id", suffixes=("_before", "_after"))
    differs = (m["status_before"] != m["status_after"]) | ~np.isclose(
        m["actual_before"].fillna(np.inf), m["actual_after"].fillna(np.inf), equal_nan=True
    ) | (m["obs_period_before"].fillna("") != m["obs_period_after"].fillna(""))
    return m[differs].reset_index(drop=True)
