"""How good the calls were: the scorecard replayed at every month of a finished year.

At each month m the scorecard is computed as a reader saw it then: only the figures published by
the last day of m (:func:`helpers.statistics.vintages.as_of`). Each call is held against the year's outcome,
the December scorecard with everything on file (``achieved`` or ``not_achieved``).

Only forecasts are scored: a call counts where the figure it stands on is not the outcome itself.
A full-year figure, or a December year-to-date one, *is* the outcome (the scorecard settles on it),
so a row resting on one is left out; so are the statuses that are not calls (``not_comparable``,
``no_data``). In December a call on an earlier figure is shown as "no year-end figure yet"
(``no_outcome``); its ``last_call`` is the forecast it made, and is scored.

A call is **right** when it pointed the way the year ended: ``on_track`` or ``achieved`` and the
year achieved, ``off_track`` or ``not_achieved`` and the year missed. It is **wrong** when it
pointed the other way.
``at_risk`` is a warning, not a call either way: how those ended is counted, never scored. Targets
whose year has no outcome (no year-end figure) and months with no figure are left out.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..catalog.targets import Catalog
from ..values.period import Period
from .progress import OUTCOMES, scorecard

POSITIVE = ("on_track", "achieved")
NEGATIVE = ("off_track", "not_achieved")
# what a call may be: the in-progress calls and an outcome reached early (a flow past its goal)
CALLABLE = (*POSITIVE, "at_risk", *NEGATIVE)

CALL_COLUMNS = ["month", "period", "id", "number", "name_vi", "name_en", "call", "obs_period",
                "actual", "outcome", "right", "wrong"]
SUMMARY_COLUMNS = ["month", "period", "calls", "on_track", "on_track_achieved", "off_track",
                   "off_track_missed", "at_risk", "at_risk_achieved", "at_risk_missed", "right",
                   "wrong", "wrong_ids"]


def finished(catalog: Catalog, today: dt.date | None = None) -> bool:
    """True once the resolution's year is over: only then is there an outcome to hold calls to."""
    return catalog.year < (today or dt.date.today()).year


def calls(catalog: Catalog, observations: pd.DataFrame) -> pd.DataFrame:
    """One row per (month, target with an outcome and a figure that month): the call and how the
    year ended."""
    year = catalog.year
    final = scorecard(catalog, observations, Period.year_end(year)).set_index("id")["status"]
    outcome = final[final.isin(OUTCOMES)]
    frames = []
    for p in Period.months(year):
        card = scorecard(catalog, observations, p, as_of=p.last_day)
        card = card.assign(status=card["last_call"].where(card["status"] == "no_outcome", card["status"]))
        # a figure that is the outcome (a full-year or December figure) makes no forecast
        is_outcome = ((card["span"] == "year")
                      | card["obs_period"].astype(object).fillna("").str.endswith("-12"))
        card = card[card["id"].isin(outcome.index) & card["status"].isin(CALLABLE) & ~is_outcome]
        frames.append(pd.DataFrame({
            "month": p.month, "period": str(p), "id": card["id"], "number": card["number"],
            "name_vi": card["name_vi"], "name_en": card["name_en"], "call": card["status"],
            "obs_period": card["obs_period"], "actual": card["actual"],
            "outcome": card["id"].map(outcome)}))
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=CALL_COLUMNS)
    out["right"] = ((out["call"].isin(POSITIVE) & (out["outcome"] == "achieved"))
                    | (out["call"].isin(NEGATIVE) & (out["outcome"] == "not_achieved")))
    out["wrong"] = ((out["call"].isin(POSITIVE) & (out["outcome"] == "not_achieved"))
                    | (out["call"].isin(NEGATIVE) & (out["outcome"] == "achieved")))
    return out.reindex(columns=CALL_COLUMNS)


def summary(found: pd.DataFrame) -> pd.DataFrame:
    """Per month: how many calls of each kind, and how they ended."""
    rows = []
    for (month, period), g in found.groupby(["month", "period"], sort=True):
        achieved = g["outcome"] == "achieved"
        rows.append({
            "month": month, "period": period, "calls": len(g),
            "on_track": int((g["call"] == "on_track").sum()),
            "on_track_achieved": int(((g["call"] == "on_track") & achieved).sum()),
            "off_track": int((g["call"] == "off_track").sum()),
            "off_track_missed": int(((g["call"] == "off_track") & ~achieved).sum()),
            "at_risk": int((g["call"] == "at_risk").sum()),
            "at_risk_achieved": int(((g["call"] == "at_risk") & achieved).sum()),
            "at_risk_missed": int(((g["call"] == "at_risk") & ~achieved).sum()),
            "right": int(g["right"].sum()), "wrong": int(g["wrong"].sum()),
            "wrong_ids": list(g.loc[g["wrong"], "id"]),
        })
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
