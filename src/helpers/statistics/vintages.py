"""Vintages: which figures were known on a date, and every revision of a figure.

A row's ``published`` date is when the figure became known. A later vintage of the same
(indicator, period, span, measure) from the same publisher revises the earlier one; between
publishers a precedence decides (:data:`helpers.statistics.rules.PUBLISHERS`), and the figures
not chosen stay known (:func:`others`), for the page to show beside the one scored.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..catalog.targets import PUBLISHERS

KEY = ["indicator", "period", "span", "measure"]
# Who published a figure, and the default precedence between them: helpers.catalog.targets (a
# catalog may declare its own order, ``precedence:``)
DEFAULT_PRECEDENCE = PUBLISHERS


def _known(frame: pd.DataFrame, date: dt.date | str | None, precedence) -> pd.DataFrame:
    """What was published by ``date``, ordered so that the last row of each key is the one scored:
    the first publisher in ``precedence`` that gave a figure, its latest vintage."""
    if date is not None:
        date = dt.date.fromisoformat(date) if isinstance(date, str) else date
        frame = frame[frame["published"] <= date]
    publisher = frame["publisher"] if "publisher" in frame else pd.Series("", index=frame.index)
    rank = publisher.map({p: i for i, p in enumerate(precedence)}).astype("float64").fillna(len(precedence))
    # a figure that can be scored (the catalog's territory and currency) before one that cannot,
    # whoever published it: the office's figure for the old city must not hide the merged city's
    usable = (frame["comparable"].astype(bool) if "comparable" in frame
              else pd.Series(True, index=frame.index))
    return frame.assign(_rank=-rank, _usable=usable).sort_values(
        KEY + ["_usable", "_rank", "published", "file", "line"], kind="stable")


def as_of(frame: pd.DataFrame, date: dt.date | str | None = None,
          precedence: tuple[str, ...] = DEFAULT_PRECEDENCE) -> pd.DataFrame:
    """The figures known on ``date``: one row per (indicator, period, span, measure), from the
    first publisher in ``precedence`` that gave one, its latest vintage.

    ``date`` None means everything on file.

    Examples
    --------
    >>> import pandas as pd, datetime as dt
    >>> f = pd.DataFrame({"indicator": ["g", "g"], "period": ["2024-12"] * 2, "span": ["year"] * 2,
    ...                   "measure": ["yoy_pct"] * 2, "value": [10.55, 11.01],
    ...                   "published": [dt.date(2024, 12, 19), dt.date(2025, 1, 6)],
    ...                   "publisher": ["city_government", "statistics_office"],
    ...                   "file": ["a"] * 2, "line": [2, 3]})
    >>> list(as_of(f)["value"]), list(as_of(f, "2024-12-31")["value"])
    ([11.01], [10.55])
    """
    frame = _known(frame, date, precedence)
    return frame.drop_duplicates(subset=KEY, keep="last").drop(columns=["_rank", "_usable"]) \
        .reset_index(drop=True)


def others(frame: pd.DataFrame, date: dt.date | str | None = None,
           precedence: tuple[str, ...] = DEFAULT_PRECEDENCE) -> pd.DataFrame:
    """The figures known on ``date`` that :func:`as_of` does not score: each other publisher's
    latest vintage of the same (indicator, period, span, measure), in precedence order.

    Examples
    --------
    >>> import pandas as pd, datetime as dt
    >>> f = pd.DataFrame({"indicator": ["g", "g"], "period": ["2024-12"] * 2, "span": ["year"] * 2,
    ...                   "measure": ["yoy_pct"] * 2, "value": [10.55, 11.01],
    ...                   "published": [dt.date(2024, 12, 19), dt.date(2025, 1, 6)],
    ...                   "publisher": ["city_government", "statistics_office"],
    ...                   "file": ["a"] * 2, "line": [2, 3]})
    >>> list(others(f)["publisher"])
    ['city_government']
    """
    if "publisher" not in frame or frame["publisher"].dropna().nunique() <= 1:
        return frame.iloc[0:0]  # one publisher (or none named): nothing else to show
    frame = _known(frame, date, precedence)
    latest = frame.drop_duplicates(subset=KEY + ["publisher"], keep="last")
    scored = latest.duplicated(subset=KEY, keep="last")  # all but the last of a key: not scored
    return latest[scored].iloc[::-1].drop(columns=["_rank", "_usable"]).reset_index(drop=True)


def revisions(frame: pd.DataFrame, indicator: str) -> pd.DataFrame:
    """Every vintage of one indicator's figures, oldest first: for the revision history."""
    f = frame[frame["indicator"] == indicator]
    return f.sort_values(["period", "span", "measure", "published"]).reset_index(drop=True)
