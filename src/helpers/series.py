"""Time series views of the observations, for the notebooks: pure functions, data in, DataFrame out."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from . import observations as obs_mod
from .progress import expected_share
from .targets import Catalog, Target

# Checkpoints the city reports on: Q1, H1, nine months, the year.
CHECKPOINTS = {3: {"vi": "Quý I", "en": "Q1"}, 6: {"vi": "6 tháng", "en": "H1"},
               9: {"vi": "9 tháng", "en": "9 months"}, 12: {"vi": "Cả năm", "en": "Year"}}


def ytd_path(known: pd.DataFrame, t: Target, year: int, period: str | None = None) -> pd.DataFrame:
    """Year-to-date (and full-year) figures of one target in ``year``, by month, comparable only."""
    measure = "yoy_pct" if t.basis == "growth" else "level"
    f = known[(known["indicator"] == t.id) & known["span"].isin(["ytd", "year"])
              & (known["measure"] == measure) & known["comparable"]
              & known["period"].str.startswith(f"{year}-")]
    if period:
        f = f[f["period"] <= period]
    f = f.assign(month=f["period"].str[5:7].astype(int))
    # a December ytd and a full-year figure are the same point: keep the full-year one
    f = f.sort_values(["month", "span"]).drop_duplicates("month", keep="last")
    return f[["month", "period", "span", "value", "qualifier", "published", "source_url",
              "note"]].reset_index(drop=True)


def month_figures(known: pd.DataFrame, indicator: str, year: int) -> pd.DataFrame:
    """Single-month figures (context for flows)."""
    f = known[(known["indicator"] == indicator) & (known["span"] == "month")
              & known["period"].str.startswith(f"{year}-")]
    return f.assign(month=f["period"].str[5:7].astype(int)).reset_index(drop=True)


def expected_path(t: Target, known: pd.DataFrame, year: int) -> pd.DataFrame:
    """The pace a flow target needs: the cumulative goal by month, on the same basis as the
    scorecard (last year's profile where its figures exist, else m/12)."""
    rows = [{"month": 0, "expected": 0.0}] + [
        {"month": m, "expected": t.threshold * expected_share(t, m, known, year)[0]}
        for m in range(1, 13)]
    return pd.DataFrame(rows)


def coverage(catalog: Catalog, observations: pd.DataFrame) -> pd.DataFrame:
    """For every leaf target: how many figures of the catalog's year are on file, and for which months."""
    year = str(catalog.year)
    f = observations[observations["period"].str.startswith(year)]
    rows = []
    for t in catalog.targets:
        mine = f[f["indicator"] == t.id]
        months = sorted({int(p[5:7]) for p in mine["period"]})
        rows.append({"id": t.id, "figures": len(mine), "months": months})
    return pd.DataFrame(rows)


def growth_ids(catalog: Catalog, head: str = "grdp_growth") -> list[str]:
    """The GRDP growth target and its sector components, headline first."""
    return [head] + [t.id for t in catalog.targets if t.parent == head]


def growth_matrix(catalog: Catalog, observations: pd.DataFrame, period: str,
                  as_of: dt.date | str | None = None) -> pd.DataFrame:
    """GRDP growth and its components at Q1 / H1 / 9 months / year, this year and last.

    One row per (target, year, checkpoint) with the rate where published, else NaN, the note
    (which carries contributions where the source gave them) and the source.
    """
    known = obs_mod.as_of(observations, as_of)
    known = known[known["period"] <= period]
    rows = []
    for tid in growth_ids(catalog):
        t = catalog.target(tid)
        for year in (catalog.year - 1, catalog.year):
            path = ytd_path(known, t, year).set_index("month")
            for m in CHECKPOINTS:
                hit = path.loc[m] if m in path.index else None
                rows.append({
                    "id": tid, "year": year, "month": m, "target": t.value,
                    "value": hit["value"] if hit is not None else float("nan"),
                    "qualifier": hit["qualifier"] if hit is not None else None,
                    "note": hit["note"] if hit is not None else None,
                    "source_url": hit["source_url"] if hit is not None else None,
                })
    return pd.DataFrame(rows)
