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
"""

from __future__ import annotations

import datetime as dt
import math
from types import SimpleNamespace

import numpy as np
import pandas as pd

from . import observations as obs_mod
from .fmt import label, number, pct, quantity, target_text
from .targets import Catalog, Target

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

COLUMNS = [
    "id", "number", "group", "name_vi", "name_en", "parent", "kind", "value", "low", "high",
    "unit", "basis", "actual", "qualifier", "at_least", "approximate", "obs_period", "span",
    "measure", "published", "source_url", "note", "attainment_pct", "gap", "range_position",
    "expected_share", "pace_basis", "pace_ratio", "projected", "projected_attainment_pct", "status",
    "reason",
]
_SCORED_SPANS = {"flow": ("ytd", "year"), "growth": ("ytd", "year"),
                 "level": ("month", "ytd", "year"), "milestone": ("month", "ytd", "year")}
_SCORED_MEASURES = {"flow": ("level",), "growth": ("yoy_pct",),
                    "level": ("level", "share_pct"), "milestone": ("level", "share_pct")}
_SPAN_ORDER = {"month": 0, "ytd": 1, "year": 2}


def _month(period: str) -> int:
    return int(period[5:7])


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
                   & (history["measure"] == "level") & history["period"].str.startswith(f"{year - 1}-")]
    at_m = prev[(prev["period"] == f"{year - 1}-{month:02d}") & (prev["span"] == "ytd")]
    full = prev[(prev["period"] == f"{year - 1}-12") & prev["span"].isin(["year", "ytd"])]
    if not at_m.empty and not full.empty and full["value"].iloc[-1] > 0:
        share = at_m["value"].iloc[-1] / full["value"].iloc[-1]
        if 0 < share <= 1:
            return share, str(year - 1)
    return month / 12, "linear"


def _attainment(kind: str, actual: float, threshold: float) -> float:
    if kind == "max":
        if actual == 0:
            return 100.0 if threshold == 0 else math.nan
        return threshold / actual * 100
    return actual / threshold * 100 if threshold else math.nan


def _score(t: Target, row: pd.Series, year: int, history: pd.DataFrame) -> dict:
    actual = float(row["value"])
    threshold = t.threshold
    settled = row["span"] == "year" or _month(row["period"]) == 12
    meets = actual <= threshold if t.kind == "max" else actual >= threshold
    out = {
        "actual": actual, "attainment_pct": _attainment(t.kind, actual, threshold),
        "gap": threshold - actual if t.kind == "max" else actual - threshold,
    }
    if t.kind == "range":
        out["range_position"] = ("below" if actual < t.low else "above" if actual > t.high
                                 else "within")
    if t.basis == "flow" and not settled:
        share, how = expected_share(t, _month(row["period"]), history, year)
        projected = actual / share
        out |= {"expected_share": share, "pace_basis": how,
                "pace_ratio": actual / (threshold * share) if threshold else math.nan,
                "projected": projected,
                "projected_attainment_pct": _attainment(t.kind, projected, threshold)}
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
    return out


def reason(r: dict | pd.Series, lang: str = "en") -> str:
    """A short plain-language why for one scorecard row."""
    r = dict(r)
    if r["status"] == "no_data":
        given = r.get("reason")
        if isinstance(given, str) and given:
            return given
        return "chưa có số liệu công bố" if lang == "vi" else "no published figure"
    vi = lang == "vi"
    bound = (label("at_least", lang) + " ") if r.get("at_least") else ""
    bound += (label("approx", lang) + " ") if r.get("approximate") else ""
    goal = target_text(SimpleNamespace(**r), lang)
    head = f"{label(r['span'], lang)} {r['obs_period']}: {bound}" + \
        quantity(r["actual"], r["unit"], lang) + (f" so với kế hoạch {goal}" if vi else f" against {goal}")
    parts = [head]
    if r["basis"] == "growth":
        parts.append(f"{number(round(r['gap'], 2), lang)} " + ("điểm %" if vi else "pp"))
    else:
        parts.append(pct(r["attainment_pct"], lang) + (" kế hoạch" if vi else " of target"))
    if not pd.isna(r.get("projected")):
        m = _month(r["obs_period"])
        linear = r.get("pace_basis") == "linear"
        where = (f"tại {m}/12 năm" if linear else f"theo cơ cấu năm {r['pace_basis']}") if vi else (
            f"at {m}/12 of the year" if linear else f"on the {r['pace_basis']} profile")
        parts.append(
            (f"{where}: ước cả năm {number(round(r['projected'], 2), lang)}, "
             f"{pct(r['projected_attainment_pct'], lang, 0)} kế hoạch") if vi else
            (f"{where}: projected {number(round(r['projected'], 2), lang)}, "
             f"{pct(r['projected_attainment_pct'], lang, 0)} of target"))
    return "; ".join(parts)


def scorecard(catalog: Catalog, observations: pd.DataFrame, period: str,
              as_of: dt.date | str | None = None, *, lang: str = "en") -> pd.DataFrame:
    """One row per leaf target, in catalog order, with every component of the verdict.

    Parameters
    ----------
    catalog
        The validated target catalog.
    observations
        Processed observations, every vintage (:func:`helpers.observations.load`).
    period
        The report month, ``YYYY-MM``.
    as_of
        Use only figures published by this date (default: everything on file).
    lang
        Language of the ``reason`` column (``en`` or ``vi``).
    """
    year = catalog.year
    known = obs_mod.as_of(observations, as_of)
    history = known[known["period"] <= period]
    this_year = history[history["period"].str.startswith(f"{year}-")]
    rows = []
    for t in catalog.targets:
        base = {
            "id": t.id, "number": t.number, "group": t.group, "name_vi": t.name.vi,
            "name_en": t.name.en, "parent": t.parent, "kind": t.kind, "value": t.value,
            "low": t.low, "high": t.high, "unit": t.unit, "basis": t.basis,
            "at_least": False, "approximate": False,
        }
        best, other = _pick(t, this_year)
        if best is None:
            why = None
            if other is not None:
                why = (f"{other['value_published']:g} {other['unit_published']} published "
                       f"({other['span']} {other['period']}) is not comparable: {other['reason']}")
            elif (this_year["indicator"] == t.id).any():
                why = ("only single-month figures were published (shown as context)"
                       if lang == "en" else "chỉ có số liệu từng tháng (để tham khảo)")
            rows.append(base | {"status": "no_data", "reason": why})
            continue
        scored = _score(t, best, year, history)
        rows.append(base | scored | {
            "qualifier": best["qualifier"], "at_least": best["qualifier"] == ">",
            "approximate": best["qualifier"] == "~", "obs_period": best["period"],
            "span": best["span"], "measure": best["measure"], "published": best["published"],
            "source_url": best["source_url"], "note": best["note"],
        })
    frame = pd.DataFrame(rows).reindex(columns=COLUMNS)
    frame["reason"] = [reason(r, lang) for r in frame.to_dict("records")]
    for c in ("actual", "attainment_pct", "gap", "expected_share", "pace_ratio", "projected",
              "projected_attainment_pct", "value", "low", "high"):
        frame[c] = frame[c].astype(float)
    frame["at_least"] = frame["at_least"].astype(bool)
    frame["approximate"] = frame["approximate"].astype(bool)
    return frame


def summary(card: pd.DataFrame) -> dict[str, int]:
    """How many targets are in each status (every status present, zero included)."""
    counts = card["status"].value_counts()
    return {s: int(counts.get(s, 0)) for s in STATUSES}


def previous_period(period: str) -> str:
    y, m = int(period[:4]), int(period[5:7])
    return f"{y - 1}-12" if m == 1 else f"{y}-{m - 1:02d}"


def changes(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Targets whose figure or status differs between two scorecards (e.g. month on month)."""
    cols = ["id", "status", "actual", "obs_period"]
    m = before[cols].merge(after[cols], on="id", suffixes=("_before", "_after"))
    differs = (m["status_before"] != m["status_after"]) | ~np.isclose(
        m["actual_before"].fillna(np.inf), m["actual_after"].fillna(np.inf), equal_nan=True
    ) | (m["obs_period_before"].fillna("") != m["obs_period_after"].fillna(""))
    return m[differs].reset_index(drop=True)
