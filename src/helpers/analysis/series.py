"""Time series views of the observations, for the notebooks: pure functions, data in, DataFrame out."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..catalog.targets import Catalog, Target
from ..statistics.convert import in_units
from ..statistics.vintages import as_of
from ..values.period import Period, in_year, month_of
from .progress import expected_shares

# Checkpoints the city reports on: Q1, H1, nine months, the year.
CHECKPOINTS = {3: {"vi": "Quý I", "en": "Q1"}, 6: {"vi": "6 tháng", "en": "H1"},
               9: {"vi": "9 tháng", "en": "9 months"}, 12: {"vi": "Cả năm", "en": "Year"}}


def ytd_path(known: pd.DataFrame, t: Target, year: int,
             period: Period | str | None = None) -> pd.DataFrame:
    """Year-to-date (and full-year) figures of one target in ``year``, by month, comparable only,
    in the target's unit (converted here, where they are read, whatever unit ``known`` keeps).

    Examples
    --------
    >>> from helpers.catalog import targets
    >>> from helpers.statistics import observations
    >>> c = targets.load_catalog("haiphong-2021")
    >>> known = observations.as_of(observations.load(c))
    >>> float(ytd_path(known, c.target("budget_revenue"), 2021, "2021-09").iloc[-1]["value"])
    67019.3
    """
    measure = "yoy_pct" if t.basis == "growth" else "level"
    known = in_units(known[known["indicator"] == t.id], {t.id: t.unit})
    f = known[(known["indicator"] == t.id) & known["span"].isin(["ytd", "year"])
              & (known["measure"] == measure) & known["comparable"]
              & in_year(known["period"], year)]
    if period:
        f = f[f["period"] <= str(Period.parse(period))]
    f = f.assign(month=month_of(f["period"]))
    # a December ytd and a full-year figure are the same point: keep the full-year one
    f = f.sort_values(["month", "span"]).drop_duplicates("month", keep="last")
    f = f.assign(note_en=f.get("note_en"))
    return f[["month", "period", "span", "value", "unit", "qualifier", "published", "source_url",
              "note", "note_en"]].reset_index(drop=True)


def months_with_data(catalog: Catalog, obs: pd.DataFrame) -> list[Period]:
    """Every month from the first to the last with a figure in the catalog's year: the months a
    full render (``chitieu render --all``) makes reports for.

    Examples
    --------
    >>> from helpers.catalog import targets
    >>> from helpers.statistics import observations
    >>> c = targets.load_catalog("haiphong-2021")
    >>> [str(p) for p in months_with_data(c, observations.load(c))][:2]
    ['2021-01', '2021-02']
    """
    mine = obs[in_year(obs["period"], catalog.year)]["period"]
    if mine.empty:
        return []
    months = month_of(mine)
    return Period.months(catalog.year, int(months.min()), int(months.max()))


def paths_csv(items) -> pd.DataFrame:
    """The figures a pace chart draws, one row per (target, month), in each target's unit:
    ``items`` holds (target, path, ...) as the chart does.

    Examples
    --------
    >>> from helpers.catalog import targets
    >>> from helpers.statistics import observations
    >>> c = targets.load_catalog("haiphong-2021")
    >>> t = c.target("budget_revenue")
    >>> path = ytd_path(observations.as_of(observations.load(c)), t, 2021, "2021-09")
    >>> last = paths_csv([(t, path)]).iloc[-1]
    >>> last["id"], int(last["month"]), float(last["value"]), last["unit"]
    ('budget_revenue', 9, 67019.3, 'billion_vnd')
    """
    frames = [path.assign(id=t.id)[["id", "month", "period", "span", "value", "unit", "qualifier",
                                    "published", "source_url"]] for t, path, *_ in items]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def month_figures(known: pd.DataFrame, indicator: str, year: int,
                  unit: str | None = None) -> pd.DataFrame:
    """Single-month figures (context for flows), in ``unit`` where given (the target's).

    Examples
    --------
    >>> from helpers.catalog import targets
    >>> from helpers.statistics import observations
    >>> c = targets.load_catalog("haiphong-2021")
    >>> known = observations.as_of(observations.load(c))
    >>> f = month_figures(known, "budget_revenue", 2021, "billion_vnd")
    >>> float(f.loc[f["period"] == "2021-09", "value"].iloc[0])
    6487.3
    """
    if unit is not None:
        known = in_units(known[known["indicator"] == indicator], {indicator: unit})
    # levels only (a month's growth rate is not drawn on an axis of amounts), and only those the
    # catalog can compare (its territory, a unit it converts)
    f = known[(known["indicator"] == indicator) & (known["span"] == "month")
              & (known["measure"] == "level") & known["comparable"].astype(bool)
              & in_year(known["period"], year)]
    return f.assign(month=month_of(f["period"])).reset_index(drop=True)


def expected_path(t: Target, known: pd.DataFrame, year: int) -> pd.DataFrame:
    """The pace a flow target needs: the cumulative goal by month, on the same basis as the
    scorecard (last year's profile where its figures exist, else m/12)."""
    months = pd.Series(range(1, 13))
    share, _ = expected_shares(known, pd.Series([t.id] * 12), months, year)
    return pd.DataFrame({"month": range(13), "expected": [0.0, *(t.threshold * share)]})


def coverage(catalog: Catalog, observations: pd.DataFrame) -> pd.DataFrame:
    """For every leaf target: how many figures of the catalog's year are on file, and for which months."""
    f = observations[in_year(observations["period"], catalog.year)]
    rows = []
    for t in catalog.targets:
        mine = f[f["indicator"] == t.id]
        months = sorted(set(month_of(mine["period"])))
        rows.append({"id": t.id, "figures": len(mine), "months": months})
    return pd.DataFrame(rows)


def growth_ids(catalog: Catalog) -> list[str]:
    """The catalog's GRDP growth headline and its components, headline first (none declared: [])."""
    return list(catalog.growth.ids) if catalog.growth else []


def growth_matrix(catalog: Catalog, observations: pd.DataFrame, period: Period | str,
                  as_of_date: dt.date | str | None = None) -> pd.DataFrame:
    """GRDP growth and its components at Q1 / H1 / 9 months / year, this year and last.

    One row per (target, year, checkpoint) with the rate where published, else NaN, the goal
    (``low`` and ``high`` for a range, both equal to ``value`` otherwise), the note (which carries
    contributions where the source gave them) and the source.
    """
    known = as_of(observations, as_of_date)
    known = known[known["period"] <= str(Period.parse(period))]
    rows = []
    for tid in growth_ids(catalog):
        t = catalog.target(tid)
        for year in (catalog.year - 1, catalog.year):
            path = ytd_path(known, t, year).set_index("month")
            for m in CHECKPOINTS:
                hit = path.loc[m] if m in path.index else None
                rows.append({
                    "id": tid, "year": year, "month": m, "low": t.threshold,
                    "high": t.high if t.kind == "range" else t.threshold,
                    "value": hit["value"] if hit is not None else float("nan"),
                    "qualifier": hit["qualifier"] if hit is not None else None,
                    "note": hit["note"] if hit is not None else None,
                    "note_en": hit["note_en"] if hit is not None else None,
                    "source_url": hit["source_url"] if hit is not None else None,
                })
    return pd.DataFrame(rows)
