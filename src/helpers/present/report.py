"""The first call of every notebook: its parameters parsed into values, its data loaded.

A notebook's parameters are text that papermill (or a person editing the cell) put there; they are
checked here, once, so that ``period = "2021-9"`` means September 2021 in every cell below and a
typo stops the notebook at its first line with a plain message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from ..analysis import backtest, progress
from ..catalog import targets
from ..catalog.targets import Catalog
from ..statistics import observations
from ..values import cache
from ..values.errors import ChitieuError
from ..values.period import Lang, Period


@dataclass(frozen=True)
class Report:
    catalog: Catalog
    obs: pd.DataFrame
    lang: Lang
    period: Period | None = None
    as_of: dt.date | None = None

    def scorecard(self, period: Period | None = None) -> pd.DataFrame:
        """:func:`helpers.analysis.progress.scorecard` of this report's catalog and figures at ``period``
        (default: the report's month) as known on its ``as_of``; once per render for all reports
        (:mod:`helpers.values.cache`)."""
        return cache.memo(progress.scorecard, self.catalog, self.obs, period or self.period,
                          self.as_of)

    def backtest(self) -> pd.DataFrame:
        """:func:`helpers.analysis.backtest.calls` of this report's catalog and figures, once per render."""
        return cache.memo(backtest.calls, self.catalog, self.obs)


def load(resolution: str | None, lang: str, period: str | None = None,
         as_of: str | None = None) -> Report:
    """Parse a notebook's parameters and load its catalog and its city's observations."""
    lang = Lang.parse(lang)
    period = Period.parse(period) if period is not None else None
    try:
        as_of = dt.date.fromisoformat(as_of) if isinstance(as_of, str) else as_of
    except ValueError:
        raise ChitieuError(f"as_of {as_of!r} is not a date (allowed: YYYY-MM-DD or None)") from None
    catalog = targets.load_catalog(resolution)
    return Report(catalog, observations.load(catalog), lang, period, as_of)
