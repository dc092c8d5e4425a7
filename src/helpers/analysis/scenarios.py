"""What-if: hypothetical figures for the months ahead, scored as the year's end would score them.

"If exports grow 10% a month for the rest of the year, do we reach the goal?" A scenario takes
one target, the report month and one assumption for the months after the last published figure:

``level``
    every month ahead brings this single-month figure (flows only);
``monthly_growth``
    each month ahead is the one before grown by this many percent, starting from the latest
    single-month figure on file (flows only);
``final``
    the year's figure itself (any target: a flow's total, a growth rate, a level).

It returns the hypothetical rows, in the processed table's columns, with ``hypothetical`` true,
``source_url`` :data:`SOURCE` and a note that says so; they are published "as of" the report
month so that the year-end scorecard takes them. Nothing here reads or writes a file: hypothetical
figures never reach ``data/``, and every page that shows one marks it.
"""

from __future__ import annotations

import pandas as pd

from ..catalog.targets import Catalog
from ..statistics.convert import for_catalog
from ..statistics.rules import PROCESSED
from ..statistics.vintages import as_of
from ..values.errors import ChitieuError
from ..values.period import Period, in_year

SOURCE = "scenario:hypothetical"
NOTE = {"vi": "số liệu giả định (kịch bản), không phải số liệu công bố",
        "en": "hypothetical figure (scenario), not a published one"}


def hypothetical_rows(catalog: Catalog, observations: pd.DataFrame, period: Period | str,
                      indicator: str, *, level: float | None = None,
                      monthly_growth: float | None = None,
                      final: float | None = None) -> pd.DataFrame:
    """The hypothetical figures of one scenario (see the module docstring).

    Parameters
    ----------
    catalog, observations
        The resolution and its city's figures (any units: they are read in the catalog's).
    period
        The report month: figures published by its last day are the starting point.
    indicator
        A target id of ``catalog``.
    level, monthly_growth, final
        Exactly one assumption, in the target's unit (``monthly_growth`` in percent).

    Examples
    --------
    >>> from helpers.catalog import targets
    >>> from helpers.statistics import observations
    >>> c = targets.load_catalog("haiphong-2021")
    >>> rows = hypothetical_rows(c, observations.load(c), "2021-09", "exports", level=2.0)
    >>> rows[["period", "span", "value"]].values.tolist()[-1]
    ['2021-12', 'year', 24.54]
    """
    period = Period.parse(period)
    given = {k: v for k, v in (("level", level), ("monthly_growth", monthly_growth),
                               ("final", final)) if v is not None}
    if len(given) != 1:
        raise ChitieuError(f"a scenario takes exactly one assumption (given: {', '.join(given) or 'none'}; "
                           "allowed: level, monthly_growth or final)")
    t = catalog.target(indicator)
    how, value = next(iter(given.items()))
    if how != "final" and t.basis != "flow":
        raise ChitieuError(f"{how} is for targets summed over the year; {indicator} is a "
                           f"{t.basis} target (allowed: final)")
    known = as_of(for_catalog(observations, catalog), period.last_day)
    mine = known[(known["indicator"] == indicator) & in_year(known["period"], catalog.year)
                 & (known["period"] <= str(period)) & known["comparable"].astype(bool)]
    measure = "yoy_pct" if t.basis == "growth" else "level"
    rows = []
    if how == "final":
        rows.append(("year", period.year_end(catalog.year), float(value)))
    else:
        ytd = mine[mine["span"].isin(["ytd", "year"]) & (mine["measure"] == "level")]
        if ytd.empty:
            raise ChitieuError(f"no year-to-date figure of {indicator} by {period} to start from "
                               "(allowed: final)")
        last = ytd.sort_values("period").iloc[-1]
        start = Period.parse(last["period"]).month
        if start == 12:
            raise ChitieuError(f"{indicator}: the year's figure is already on file; no month is ahead")
        if how == "level":
            months = [float(value)] * (12 - start)
        else:
            single = mine[(mine["span"] == "month") & (mine["measure"] == "level")].sort_values("period")
            if single.empty:
                raise ChitieuError(f"no single-month figure of {indicator} to grow from "
                                   "(allowed: level or final)")
            base = float(single.iloc[-1]["value"])
            months = [base * (1 + float(value) / 100) ** (i + 1) for i in range(12 - start)]
        for i, v in enumerate(months):
            rows.append(("month", Period(catalog.year, start + i + 1), v))
        rows.append(("year", Period.year_end(catalog.year), float(last["value"]) + sum(months)))
    return pd.DataFrame([{
        "indicator": indicator, "period": str(p), "span": span, "measure": measure,
        "value": round(v, 10), "qualifier": "=", "unit": "percent" if measure == "yoy_pct" else t.unit,
        "value_published": round(v, 10), "unit_published": "percent" if measure == "yoy_pct" else t.unit,
        "comparable": True, "reason": "", "published": period.last_day, "published_assumed": False,
        "source_url": SOURCE, "note": NOTE["vi"], "note_en": NOTE["en"], "file": "scenario",
        "line": 0, "hypothetical": True} for span, p, v in rows], columns=[*PROCESSED, "hypothetical"])
