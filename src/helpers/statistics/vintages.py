"""Vintages: which figures were known on a date, and every revision of a figure.

A row's ``published`` date is when the figure became known. A later vintage of the same
(indicator, period, span, measure) revises the earlier one.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

KEY = ["indicator", "period", "span", "measure"]


def as_of(frame: pd.DataFrame, date: dt.date | str | None = None) -> pd.DataFrame:
    """The figures known on ``date``: one row per (indicator, period, span, measure), latest vintage.

    ``date`` None means everything on file.
    """
    if date is not None:
        date = dt.date.fromisoformat(date) if isinstance(date, str) else date
        frame = frame[frame["published"] <= date]
    frame = frame.sort_values(KEY + ["published", "file", "line"], kind="stable")
    return frame.drop_duplicates(subset=KEY, keep="last").reset_index(drop=True)


def revisions(frame: pd.DataFrame, indicator: str) -> pd.DataFrame:
    """Every vintage of one indicator's figures, oldest first: for the revision history."""
    f = frame[frame["indicator"] == indicator]
    return f.sort_values(["period", "span", "measure", "published"]).reset_index(drop=True)
