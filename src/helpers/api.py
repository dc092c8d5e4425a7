"""The public API for notebooks and economists: load a resolution, then ask it questions.

Every function takes the :class:`Data` that :func:`load` returns, parses its period and language
at the edge, and returns a pandas DataFrame whose figures are in the resolution's own units. The
engine's codes stay beside their words: a scorecard has ``reason_code`` and ``reason_args`` and,
in the language asked for, ``reason`` and ``what_it_takes``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from .analysis import backtest as _backtest
from .analysis import progress, scenarios
from .analysis import series as _series
from .catalog import targets
from .catalog.targets import Catalog
from .present.reasons import with_reasons
from .statistics import observations as _observations
from .statistics.vintages import revisions as _revisions
from .values.errors import ChitieuError
from .values.period import Lang, Period


@dataclass(frozen=True)
class Data:
    """A resolution's catalog and its city's published figures, in the catalog's units."""

    catalog: Catalog
    observations: pd.DataFrame

    def __repr__(self) -> str:
        return (f"Data({self.catalog.resolution}: {len(self.catalog.targets)} targets, "
                f"{len(self.observations)} figures)")


def load(resolution: str | None = None) -> Data:
    """Load a resolution's catalog and its city's figures.

    Parameters
    ----------
    resolution
        A catalog name (``"haiphong-2021"``) or a path to one; None is the newest on file.

    Examples
    --------
    >>> import helpers
    >>> data = helpers.load("haiphong-2021")
    >>> data.catalog.year, len(data.catalog.targets)
    (2021, 38)
    """
    catalog = targets.load_catalog(resolution)
    return Data(catalog, _observations.load(catalog))


def scorecard(data: Data, period: Period | str, as_of: dt.date | str | None = None,
              lang: Lang | str = "vi") -> pd.DataFrame:
    """Where every target stands at ``period``, as known on ``as_of``, with the reason in words.

    One row per target with every component of the verdict (see :mod:`helpers.analysis.progress`
    for the rule), ``reason`` and ``what_it_takes`` worded in ``lang``.

    Examples
    --------
    >>> import helpers
    >>> card = helpers.scorecard(helpers.load("haiphong-2021"), "2021-09", lang="en")
    >>> ports = card.set_index("id").loc["port_cargo"]
    >>> float(ports["actual"]), ports["status"]
    (106.32, 'off_track')
    """
    card = progress.scorecard(data.catalog, data.observations, Period.parse(period), as_of)
    return with_reasons(card, Lang.parse(lang))


def series(data: Data, indicator: str, period: Period | str | None = None) -> pd.DataFrame:
    """One target's year-to-date (and full-year) figures of the resolution's year, by month, in
    the target's unit; up to ``period`` where given.

    Examples
    --------
    >>> import helpers
    >>> path = helpers.series(helpers.load("haiphong-2021"), "budget_revenue", "2021-09")
    >>> path[["month", "value", "unit"]].values.tolist()[-1]
    [9, 67019.3, 'billion_vnd']
    """
    known = _observations.as_of(data.observations)
    return _series.ytd_path(known, data.catalog.target(indicator), data.catalog.year, period)


def what_it_takes(data: Data, period: Period | str, as_of: dt.date | str | None = None,
                  lang: Lang | str = "vi") -> pd.DataFrame:
    """What the rest of the year needs for every target with a figure, in numbers and words.

    Examples
    --------
    >>> import helpers
    >>> need = helpers.what_it_takes(helpers.load("haiphong-2021"), "2021-09", lang="en")
    >>> need.set_index("id").loc["exports", "what_it_takes"]
    '1.253 bn USD a month (0.61× the pace so far)'
    """
    card = scorecard(data, period, as_of, lang)
    cols = ["id", "name_vi", "name_en", "unit", "actual", "obs_period", "requirement",
            "required_per_month", "required_ratio", "best_month", "required_rest_growth",
            "required_basis", "what_it_takes"]
    return card.loc[card["requirement"].notna(), cols].reset_index(drop=True)


def backtest(data: Data) -> pd.DataFrame:
    """A finished year's calls, month by month, held against the year's outcome (forecasts only:
    see :mod:`helpers.analysis.backtest`); :func:`helpers.analysis.backtest.summary` counts them.

    Examples
    --------
    >>> import helpers
    >>> calls = helpers.backtest(helpers.load("haiphong-2021"))
    >>> int(calls["right"].sum()), int(calls["wrong"].sum())
    (57, 8)
    """
    if not _backtest.finished(data.catalog):
        raise ChitieuError(f"{data.catalog.resolution}: the year {data.catalog.year} has not ended; "
                           "there is no outcome to hold its calls to yet")
    return _backtest.calls(data.catalog, data.observations)


def revisions(data: Data, indicator: str) -> pd.DataFrame:
    """Every vintage of every published figure of one target, oldest first.

    Examples
    --------
    >>> import helpers
    >>> rev = helpers.revisions(helpers.load("haiphong-2021"), "port_cargo")
    >>> rev.loc[rev["period"] == "2021-12", "value"].tolist()
    [150.16, 151.1]
    """
    data.catalog.target(indicator)  # an unknown id is refused with the valid ones
    return _revisions(data.observations, indicator)


def scenario(data: Data, period: Period | str, indicator: str, *, level: float | None = None,
             monthly_growth: float | None = None, final: float | None = None,
             lang: Lang | str = "vi") -> tuple[pd.DataFrame, pd.DataFrame]:
    """What-if: the year's end scored with hypothetical figures for the months ahead.

    Returns the hypothetical figures (``hypothetical`` true) and the target's year-end scorecard
    row with them (``hypothetical`` true where it rests on one). Nothing is written to ``data/``.
    See :mod:`helpers.analysis.scenarios`.

    Examples
    --------
    >>> import helpers
    >>> rows, card = helpers.scenario(helpers.load("haiphong-2021"), "2021-09", "exports", level=1.3)
    >>> card[["actual", "status", "hypothetical"]].values.tolist()
    [[22.44, 'achieved', True]]
    """
    period = Period.parse(period)
    rows = scenarios.hypothetical_rows(data.catalog, data.observations, period, indicator,
                                       level=level, monthly_growth=monthly_growth, final=final)
    both = pd.concat([data.observations.assign(hypothetical=False), rows], ignore_index=True)
    card = scorecard(Data(data.catalog, both), Period.year_end(data.catalog.year),
                     period.last_day, lang)
    card = card[card["id"] == indicator].reset_index(drop=True)
    return rows, card.assign(hypothetical=card["source_url"] == scenarios.SOURCE)
