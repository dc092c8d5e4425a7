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
    ``range`` against ``low``, as the city's own reports do. Not for growth targets: a ratio of two
    growth rates is not attainment (1.49% against 1.06% is 0.43 points, not "140.6%"), so their
    ``attainment_pct`` is empty and they are read by ``gap``, in points. ``gap`` is in the target's
    unit (in percentage points for rates), signed so that positive is better: actual − target for
    ``min`` and ranges (against ``low``), target − actual for ``max``. ``range_position`` is below /
    within / above.
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
    One status, one meaning; the rule, in order (the first that applies):

    1. Nothing published for the target, or only single-month figures (context for a flow):
       ``no_data``.
    2. Published, but in a unit that cannot be converted to the goal's (VND against USD):
       ``not_comparable``, never ``no_data``; the figure is in ``reason_args``.
    3. A full-year figure (or a December year-to-date one) is the year's outcome: ``achieved`` or
       ``not_achieved``. A flow already past its goal (a ``min`` or a range's ``low``), and a
       milestone met, are ``achieved`` before the year's end: neither can be undone.
    4. Otherwise a *call*: ``on_track`` / ``at_risk`` / ``off_track`` by the thresholds below
       (pace for flows, points for growth, the share of the goal for levels; a milestone not yet
       met is ``on_track``, since the resolution sets no interim schedule). A goal out of reach
       (``requirement`` is ``out_of_reach``: a ceiling already exceeded, or a pace beyond any month
       on record) is ``off_track`` whatever the thresholds say: never milder.
    5. From the resolution's last month on (December of its year), a call is no longer the year's
       standing: the status is ``no_outcome`` ("no year-end figure yet") and ``last_call`` keeps
       the call, ``age_months`` how old its figure is.

    ``stale`` marks a call on a figure more than :data:`STALE_AFTER_MONTHS` months older than the
    report; the status keeps its name and the reports mark it and count stale calls apart.
Reason
    Each row carries a :class:`Reason` code and, where the row's own columns do not hold them, its
    arguments (``reason_args``). The engine makes no sentence: the reports write the reason in the
    reader's language from the code and the row (:mod:`helpers.present.reasons`).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import numpy as np
import pandas as pd

from ..catalog.targets import Catalog
from ..statistics.convert import for_catalog
from ..statistics.vintages import as_of as known_as_of
from ..statistics.vintages import others as other_figures
from ..values import units
from ..values.period import Period, in_year, month_of, year_of
from .requirements import last_year_share, what_it_takes

STATUSES = ("achieved", "on_track", "at_risk", "off_track", "not_achieved", "no_outcome",
            "not_comparable", "no_data")
# the statuses that are calls on a year still running (rule 4 of the docstring)
CALLS = ("on_track", "at_risk", "off_track")
# the statuses that say how the year ended
OUTCOMES = ("achieved", "not_achieved")

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
    """Why a row has its status; :mod:`helpers.present.reasons` words it."""

    NO_FIGURE = "no_figure"            # nothing published for this target
    MONTH_ONLY = "month_only"          # only single-month figures, shown as context
    NOT_COMPARABLE = "not_comparable"  # a figure in a unit that cannot be converted
    GROWTH_GAP = "growth_gap"          # a growth rate against the goal, in points
    PACE = "pace"                      # a flow's year to date against the pace, with a projection
    ATTAINMENT = "attainment"          # a figure against the goal (levels, settled figures)


COLUMNS = [
    "id", "number", "group", "name_vi", "name_en", "parent", "kind", "value", "low", "high",
    "unit", "basis", "goal_name", "goals", "actual", "value_published", "unit_published",
    "qualifier", "at_least",
    "approximate", "obs_period", "span", "measure", "published", "published_assumed",
    "source_url", "publisher", "also", "note", "note_en", "attainment_pct", "gap", "range_position",
    "expected_share", "pace_basis", "pace_ratio", "projected", "projected_attainment_pct",
    "age_months", "stale", "requirement", "required_per_month", "required_ratio", "best_month",
    "required_rest_growth", "required_share", "required_basis", "status", "last_call",
    "reason_code", "reason_args",
]
_SCORED_SPANS = {"flow": ("ytd", "year"), "growth": ("ytd", "year"),
                 "level": ("month", "ytd", "year"), "milestone": ("month", "ytd", "year")}
_SCORED_MEASURES = {"flow": ("level",), "growth": ("yoy_pct",),
                    "level": ("level", "share_pct"), "milestone": ("level", "share_pct")}
_SPAN_ORDER = {"month": 0, "ytd": 1, "year": 2}


_ALLOWED = {f"{b}|{s}|{m}" for b, spans in _SCORED_SPANS.items() for s in spans
            for m in _SCORED_MEASURES[b]}
# what a scored row carries of its figure
_FIGURE = ["value", "unit", "value_published", "unit_published", "period", "qualifier", "span",
           "measure", "published", "published_assumed", "source_url", "publisher", "note", "note_en"]
# the figure's columns that the target has too, renamed to stand beside the target's
_FIGURE_AS = {"value": "figure_value", "unit": "figure_unit", "period": "obs_period"}


def _targets(catalog: Catalog) -> pd.DataFrame:
    """The catalog's leaf targets as a frame, in catalog order."""
    return pd.DataFrame([{
        "id": t.id, "number": t.number, "group": t.group, "name_vi": t.name.vi,
        "name_en": t.name.en, "parent": t.parent, "kind": t.kind, "value": t.value, "low": t.low,
        "high": t.high, "unit": t.unit, "basis": t.basis, "threshold": t.threshold,
        "levels": t.levels, "goal_name": t.goal} for t in catalog.targets])


def _pick(targets: pd.DataFrame, this_year: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per target, the figure to score (latest period, fullest span) and the latest unscorable
    one to mention; each indexed by indicator."""
    basis = this_year["indicator"].map(targets.set_index("id")["basis"])
    mine = this_year[(basis + "|" + this_year["span"] + "|" + this_year["measure"]).isin(_ALLOWED)]
    mine = mine.assign(_span=mine["span"].map(_SPAN_ORDER)).sort_values(["period", "_span"],
                                                                         kind="stable")
    comparable = mine["comparable"].astype(bool)
    best = mine[comparable].drop_duplicates("indicator", keep="last").set_index("indicator")
    other = mine[~comparable].drop_duplicates("indicator", keep="last").set_index("indicator")
    return best, other


def expected_shares(history: pd.DataFrame, ids: pd.Series, months: pd.Series,
                    year: int) -> tuple[np.ndarray, np.ndarray]:
    """Share of the annual total expected by each month, and its basis, for aligned (indicator,
    month) pairs: last year's profile (the year, as text) where its figures exist, else "linear"
    (m/12)."""
    share = last_year_share(history, ids, months, year)
    known = (share > 0) & (share <= 1)
    return (np.where(known, share, months.to_numpy(float) / 12),
            np.where(known, str(year - 1), "linear"))


def attainment(kind: str, actual: float, threshold: float) -> float:
    """A figure's % of its goal (``threshold``: the goal, a range's low end) for one target.

    Examples
    --------
    >>> attainment("min", 106.32, 159), attainment("max", 4.0, 3.77)
    (66.86792452830188, 94.25)
    """
    return float(_attainment(np.array([kind]), np.array([actual], float),
                             np.array([threshold], float))[0])


def _attainment(kind: np.ndarray, actual: np.ndarray, threshold: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        ceiling = np.where(actual == 0, np.where(threshold == 0, 100.0, np.nan),
                           threshold / actual * 100)
        floor = np.where(threshold != 0, actual / threshold * 100, np.nan)
    return np.where(kind == "max", ceiling, floor)


def _statuses(s: pd.DataFrame) -> np.ndarray:
    """Every scored row's status by the rules of the module docstring."""
    kind, basis = s["kind"].to_numpy(), s["basis"].to_numpy()
    meets = s["meets"].to_numpy(bool)

    def by(ratio: np.ndarray, on: float, risk: float) -> np.ndarray:
        return np.select([ratio >= on, ratio >= risk], CALLS[:2], CALLS[2])

    pace = s["pace_ratio"].to_numpy(float)
    with np.errstate(all="ignore"):
        pace = np.where(kind != "max", pace, np.where(pace > 0, 1 / pace, np.inf))
    short = -s["gap"].to_numpy(float)
    growth = np.select([short <= GROWTH_ON_TRACK_PP, short <= GROWTH_AT_RISK_PP], CALLS[:2],
                       CALLS[2])
    att = np.nan_to_num(s["attainment_pct"].to_numpy(float) / 100, nan=0.0)
    level = np.where(meets, "on_track", np.where(att >= LEVEL_AT_RISK, "at_risk", "off_track"))
    status = np.select(
        [s["settled"].to_numpy(bool), (basis == "flow") & meets & (kind != "max"),
         basis == "flow", basis == "growth", basis == "milestone"],
        [np.where(meets, "achieved", "not_achieved"), "achieved", by(pace, PACE_ON_TRACK, PACE_AT_RISK),
         growth, np.where(meets, "achieved", "on_track")],
        level)
    # a goal out of reach is never milder than off track (rule 4)
    out_of_reach = s["requirement"].to_numpy(object) == "out_of_reach"
    return np.where(out_of_reach & np.isin(status, CALLS[:2]), "off_track", status)


def _score(s: pd.DataFrame, history: pd.DataFrame, year: int, report: Period) -> pd.DataFrame:
    """The scored rows (targets joined to their figure), every component computed at once."""
    actual = s["figure_value"].to_numpy(float)  # in the target's unit: see scorecard()
    kind, thr = s["kind"].to_numpy(), s["threshold"].to_numpy(float)
    month = month_of(s["obs_period"]).to_numpy()
    # whole months from the figure's month to the report's
    age = (report.year * 12 + report.month) - (year_of(s["obs_period"]).to_numpy() * 12 + month)
    settled = (s["span"].to_numpy() == "year") | (month == 12)
    s = s.assign(actual=actual, month=month, settled=settled,
                 meets=np.where(kind == "max", actual <= thr, actual >= thr),
                 attainment_pct=np.where(s["basis"].to_numpy() == "growth", np.nan,
                                         _attainment(kind, actual, thr)),
                 gap=np.where(kind == "max", thr - actual, actual - thr),
                 age_months=age, stale=age > STALE_AFTER_MONTHS,
                 at_least=s["qualifier"] == ">", approximate=s["qualifier"] == "~")
    s["range_position"] = np.where(kind == "range", np.select(
        [actual < s["low"].to_numpy(float), actual > s["high"].to_numpy(float)],
        ["below", "above"], "within"), None)
    pacing = (s["basis"].to_numpy() == "flow") & ~settled
    share, how = expected_shares(history, s["id"], s["month"], year)
    with np.errstate(all="ignore"):
        ratio = np.where(thr != 0, actual / (thr * share), np.nan)
        projected = actual / share
    s["expected_share"] = np.where(pacing, share, np.nan)
    s["pace_basis"] = np.where(pacing, how, None)
    s["pace_ratio"] = np.where(pacing, ratio, np.nan)
    s["projected"] = np.where(pacing, projected, np.nan)
    s["projected_attainment_pct"] = np.where(pacing, _attainment(kind, projected, thr), np.nan)
    s = s.join(what_it_takes(s, history, year))
    call = _statuses(s)
    # from the resolution's last month on, a call is not the year's standing (rule 5)
    ended = report >= Period.year_end(year)
    s["status"] = np.where(ended & np.isin(call, CALLS), "no_outcome", call)
    s["last_call"] = np.where(ended & np.isin(call, CALLS), call, None)
    s["reason_code"] = np.where(s["basis"] == "growth", Reason.GROWTH_GAP,
                                np.where(pacing, Reason.PACE, Reason.ATTAINMENT))
    return s


def scorecard(catalog: Catalog, observations: pd.DataFrame, period: Period | str,
              as_of: dt.date | str | None = None) -> pd.DataFrame:
    """One row per leaf target, in catalog order, with every component of the verdict.

    Every target is scored at once, with frame operations (no filter per target): a catalog of
    500 targets with 20 figures each scores in well under half a second.

    Parameters
    ----------
    catalog
        The validated target catalog.
    observations
        Processed observations of the catalog's city, every vintage
        (:func:`helpers.statistics.observations.load`).
    period
        The report month (a :class:`~helpers.values.period.Period`, or ``YYYY-MM`` text).
    as_of
        Use only figures published by this date (default: everything on file).
    """
    period = Period.parse(period)
    catalog = catalog.in_force(period)  # the plan as revised by the report's month
    year = catalog.year
    # every figure in this catalog's units, converted once from the figure as published
    figures = for_catalog(observations, catalog)
    known = known_as_of(figures, as_of, catalog.precedence)
    history = known[known["period"] <= str(period)]
    this_year = history[in_year(history["period"], year)]
    targets = _targets(catalog)
    best, other = _pick(targets, this_year)
    has = targets["id"].isin(best.index).to_numpy()
    out = targets.copy()
    if has.any():
        figure = best.reindex(index=targets["id"][has], columns=_FIGURE)
        scored = _score(targets[has].assign(**{_FIGURE_AS.get(c, c): figure[c].to_numpy() for c in _FIGURE}),
                        history, year, period)
        for c in scored.columns.difference(out.columns):
            out[c] = scored[c].reindex(out.index)
    missing = ~has
    present = set(this_year["indicator"])
    out.loc[missing, "status"] = ["not_comparable" if i in other.index else "no_data"
                                  for i in out.loc[missing, "id"]]
    out.loc[missing, "reason_code"] = [
        Reason.NOT_COMPARABLE if i in other.index else Reason.MONTH_ONLY if i in present
        else Reason.NO_FIGURE for i in out.loc[missing, "id"]]
    out["reason_args"] = [
        {"value": float(other.at[i, "value_published"]), "unit": other.at[i, "unit_published"],
         "span": other.at[i, "span"], "period": other.at[i, "period"], "why": other.at[i, "reason"]}
        if m and i in other.index else {} for i, m in zip(out["id"], missing, strict=True)]
    out["also"] = _also(out, figures, as_of, catalog.precedence)
    out["goals"] = _other_goals(catalog, out)
    frame = out.reindex(columns=COLUMNS)
    for c in ("actual", "value_published", "attainment_pct", "gap", "expected_share",
              "pace_ratio", "projected", "projected_attainment_pct", "value", "low", "high",
              "required_per_month", "required_ratio", "best_month", "required_rest_growth",
              "required_share"):
        frame[c] = units.denoise(frame[c].astype(float))  # a public result: no binary noise
    for c in ("at_least", "approximate", "stale", "published_assumed"):
        frame[c] = frame[c].astype(object).fillna(False).astype(bool)
    frame["age_months"] = frame["age_months"].astype("Int64")
    frame["reason_code"] = frame["reason_code"].astype(str)
    return frame


def _other_goals(catalog: Catalog, card: pd.DataFrame) -> list[list[dict]]:
    """Each row's other goals (a target's ``goals``) with the figure measured against each, as
    the scored goal is (:func:`attainment`; a growth rate by its gap in points): shown beside the
    status, never deciding it."""
    out = []
    actuals = card["actual"] if "actual" in card else pd.Series(np.nan, index=card.index)
    for t, actual in zip(catalog.targets, actuals, strict=True):
        rows = []
        for g in t.goals:
            kind, thr = g.kind or t.kind, t.goal_threshold(g)
            has = pd.notna(actual)
            rows.append({
                "name": g.name, "kind": kind, "value": g.value, "low": g.low, "high": g.high,
                "threshold": thr, "source": g.source,
                "attainment_pct": attainment(kind, actual, thr) if has and t.basis != "growth" else np.nan,
                "gap": (thr - actual if kind == "max" else actual - thr) if has else np.nan})
        out.append(rows)
    return out


def _also(card: pd.DataFrame, figures: pd.DataFrame, as_of: dt.date | None,
          precedence: tuple[str, ...]) -> list[list[dict]]:
    """For each row, the other publishers' figures for the very figure scored (same indicator,
    period, span and measure, known by ``as_of``): what the page shows beside it."""
    rest = other_figures(figures, as_of, precedence)
    found: dict[tuple, list[dict]] = {}
    for r in rest.itertuples():
        found.setdefault((r.indicator, r.period, r.span, r.measure), []).append({
            "publisher": r.publisher, "value": float(r.value), "unit": r.unit,
            "value_published": float(r.value_published), "unit_published": r.unit_published,
            "qualifier": r.qualifier, "published": r.published,
            "published_assumed": bool(r.published_assumed), "source_url": r.source_url})
    none = pd.Series(None, index=card.index, dtype=object)
    keys = zip(card["id"], card.get("obs_period", none), card.get("span", none),
               card.get("measure", none), strict=True)
    return [found.get((i, p, s, m), []) if isinstance(p, str) else [] for i, p, s, m in keys]


def summary(card: pd.DataFrame) -> dict[str, int]:
    """How many targets are in each status (every status present, zero included)."""
    counts = card["status"].value_counts()
    return {s: int(counts.get(s, 0)) for s in STATUSES}


def stale_call(card: pd.DataFrame) -> pd.Series:
    """Which rows are calls (on track, at risk, off track) resting on a stale figure: the rows
    every page marks as such."""
    return card["stale"].astype(bool) & card["status"].isin(CALLS)


def stale_calls(card: pd.DataFrame) -> int:
    """How many calls rest on a stale figure (:func:`stale_call`)."""
    return int(stale_call(card).sum())


def changes(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Targets whose figure or status differs between two scorecards (e.g. month on month)."""
    cols = ["id", "status", "actual", "obs_period"]
    m = before[cols].merge(after[cols], on="id", suffixes=("_before", "_after"))
    differs = (m["status_before"] != m["status_after"]) | ~np.isclose(
        m["actual_before"].fillna(np.inf), m["actual_after"].fillna(np.inf), equal_nan=True
    ) | (m["obs_period_before"].fillna("") != m["obs_period_after"].fillna(""))
    return m[differs].reset_index(drop=True)
