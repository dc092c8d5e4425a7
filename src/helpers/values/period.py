"""Report months and languages as values, parsed once at every edge.

A period is a calendar month. It is written ``YYYY-MM`` everywhere a person or a file sees it, and
that spelling sorts like the months themselves; ``2021-9`` would sort after ``2021-12``, so a
one-digit month is normalised on the way in and never reaches a comparison. Frames keep periods as
``YYYY-MM`` text (parquet, CSV and JSON carry it as is); the vectorised helpers at the end are the
only place that takes that text apart.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from .errors import ChitieuError

if TYPE_CHECKING:  # the column helpers take pandas objects; the values need no pandas
    import pandas as pd

# A period outside these years is a typing mistake, not a figure.
YEARS = (1900, 2199)
# ASCII digits only, as for a value: "２０２１" (full-width) is refused at every edge alike
_PATTERN = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$", re.ASCII)


class PeriodError(ChitieuError, ValueError):
    """Text that is not a month, ``YYYY-MM``."""


@dataclass(frozen=True, order=True)
class Period:
    """A calendar month; ``str(p)`` is ``YYYY-MM``."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not YEARS[0] <= self.year <= YEARS[1]:
            raise PeriodError(f"year {self.year} out of range (allowed: {YEARS[0]} to {YEARS[1]})")
        if not 1 <= self.month <= 12:
            raise PeriodError(f"month {self.month} out of range (allowed: 01 to 12)")

    @classmethod
    def parse(cls, value: Period | str) -> Period:
        """``2021-09`` or ``2021-9`` (normalised); anything else is a :class:`PeriodError`."""
        if isinstance(value, Period):
            return value
        m = _PATTERN.match(str(value))
        if not m:
            raise PeriodError(f"{value!r} is not a month (allowed: YYYY-MM in the digits 0-9, "
                              "e.g. 2021-09)")
        try:
            return cls(int(m.group(1)), int(m.group(2)))
        except PeriodError as e:
            raise PeriodError(f"{value!r}: {e}") from None

    @classmethod
    def strict(cls, value: str) -> Period:
        """Only the canonical spelling ``YYYY-MM``: for data files, where ``2021-9`` is a typo to fix
        at the source rather than guess."""
        if not re.fullmatch(r"\d{4}-\d{2}", value, re.ASCII):
            raise PeriodError(f"malformed period {value!r} (allowed: YYYY-MM in the digits 0-9, "
                              "e.g. 2021-09)")
        try:
            return cls.parse(value)
        except PeriodError as e:
            raise PeriodError(f"malformed period {e}") from None

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def previous(self) -> Period:
        return Period(self.year - 1, 12) if self.month == 1 else Period(self.year, self.month - 1)

    def next(self) -> Period:
        return Period(self.year + 1, 1) if self.month == 12 else Period(self.year, self.month + 1)

    def shift_years(self, years: int) -> Period:
        return Period(self.year + years, self.month)

    @staticmethod
    def year_end(year: int) -> Period:
        return Period(year, 12)

    @staticmethod
    def months(year: int, first: int = 1, last: int = 12) -> list[Period]:
        return [Period(year, m) for m in range(first, last + 1)]


class Lang(StrEnum):
    """A report language. A ``Lang`` equals its code (``Lang.VI == "vi"``)."""

    VI = "vi"
    EN = "en"

    @classmethod
    def parse(cls, value: Lang | str) -> Lang:
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            raise ChitieuError(f"unknown language {value!r} (allowed: vi, en)") from None

    @classmethod
    def parse_list(cls, text: str) -> list[Lang]:
        """``"vi,en"`` → [vi, en]; repeats are dropped, order kept."""
        langs = [cls.parse(x) for x in text.split(",") if x.strip()]
        if not langs:
            raise ChitieuError(f"no language in {text!r} (allowed: vi, en)")
        return list(dict.fromkeys(langs))


# --- the columns of a frame (YYYY-MM text) ----------------------------------------------------------

def month_of(periods: pd.Series) -> pd.Series:
    """The month number (1–12) of each ``YYYY-MM`` in a column."""
    return periods.str.slice(5, 7).astype(int)


def year_of(periods: pd.Series) -> pd.Series:
    """The year of each ``YYYY-MM`` in a column."""
    return periods.str.slice(0, 4).astype(int)


def in_year(periods: pd.Series, year: int) -> pd.Series:
    """True where a ``YYYY-MM`` falls in ``year``."""
    return periods.str.startswith(f"{year:04d}-")
