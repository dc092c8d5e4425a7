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
from ..values import cache, snapshot
from ..values.errors import ChitieuError, ParameterError
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
         as_of: str | None = None, indicator: str | None = None) -> Report:
    """Parse a notebook's parameters and load its catalog and its city's observations.

    Every parameter is checked before anything is loaded, and every problem is reported at once
    (:class:`~helpers.values.errors.ParameterError`, shown in a notebook as its message alone),
    each with what is allowed; a report month follows the command line's rule
    (:meth:`helpers.catalog.targets.Catalog.period_problem`).

    Examples
    --------
    >>> r = load("haiphong-2021", "vi", "2021-09")                       # doctest: +SKIP
    >>> load("haiphong-2021", "fr", "2023-09")                           # doctest: +SKIP
    ParameterError: 2 parameters are wrong:
      - lang = 'fr': unknown language 'fr' (allowed: vi, en)
      - period = '2023-09': 2023-09: outside haiphong-2021 (allowed: months of 2020 and 2021; ...)
    """
    problems: list[str] = []

    def parsed(name: str, raw, parse):
        try:
            return parse(raw)
        except ChitieuError as e:
            problems.append(f"{name} = {raw!r}: {e}")
            return None

    lang_ = parsed("lang", lang, Lang.parse)
    period_ = parsed("period", period, Period.parse) if period is not None else None

    def date(text):
        try:
            return dt.date.fromisoformat(text) if isinstance(text, str) else text
        except ValueError:
            raise ChitieuError("not a date (allowed: YYYY-MM-DD or None)") from None

    as_of_ = parsed("as_of", as_of, date)
    # in a render, the catalog and figures its hashes cover (helpers.values.snapshot)
    frozen = snapshot.find(resolution)
    catalog = parsed("resolution", frozen[0] if frozen else resolution, targets.load_catalog)
    if catalog is not None:
        if period_ is not None and (why := catalog.period_problem(period_)):
            problems.append(f"period = {period!r}: {why}")
        # a target of the plan in force at the month (a revision may add or drop one)
        plan = catalog.in_force(period_) if period_ is not None and not why else catalog
        ids = [t.id for t in plan.targets]
        if indicator is not None and indicator not in ids:
            problems.append(f"indicator = {indicator!r}: no such target in {catalog.resolution} "
                            f"(allowed: {', '.join(ids)})")
    if problems:
        raise ParameterError(problems)
    if period_ is not None:  # the plan in force at the report's month
        catalog = catalog.in_force(period_)
    return Report(catalog, frozen[1] if frozen else observations.load(catalog), lang_, period_, as_of_)
