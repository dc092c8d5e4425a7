"""Term plans: a resolution over several years (the 2026–2030 five-year plan), in
``data/raw/terms/<resolution>.yaml``.

A term target is scored from the annual figures the yearly plans' pages record (each year's
year-end outcome of the same target id), on one of three bases:

``average_growth``
    an average annual growth rate over the term (GRDP growth 13–14% a year);
``end_level``
    a level by the end year (GRDP per head 11,247 USD by 2030);
``total``
    a total over the term's years (budget revenue over five years).

A term may also record its published ``outcomes`` (the city's own figure for the finished term:
average growth 11.39% a year in 2021–2025), shown beside what the annual figures give, and may
have no target at all where none was found (the header of its file says so).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, model_validator

from ..values import paths, units
from ..values.errors import CatalogError
from .targets import (
    City,
    Id,
    Names,
    Slug,
    Territory,
    _check_bounds,
    _message,
    _Strict,
    _Unit,
    read_yaml,
)

BASES = ("average_growth", "end_level", "total")


class TermTarget(_Unit):
    """One target of a term plan, scored from the years' outcomes of the target ``id``."""

    id: Id
    name: Names
    basis: Literal[BASES]
    kind: Literal["min", "max", "range"]
    value: float | None = Field(default=None, allow_inf_nan=False)
    low: float | None = Field(default=None, allow_inf_nan=False)
    high: float | None = Field(default=None, allow_inf_nan=False)
    source: str = Field(pattern=r"^https?://\S+$")

    @model_validator(mode="after")
    def _bounds(self) -> TermTarget:
        _check_bounds(self.kind, self.value, self.low, self.high)
        if self.basis == "average_growth" and units.canonical(self.unit) != "percent":
            raise ValueError(f"an average growth is a percentage a year (allowed unit: '%'; "
                             f"got {self.unit!r})")
        return self

    @property
    def threshold(self) -> float:
        """The number that counts as met: ``value``, or a range's ``low``."""
        return self.low if self.kind == "range" else self.value


class Outcome(_Unit):
    """The city's own published figure for a finished term (never computed here)."""

    id: Id
    basis: Literal[BASES]
    value: float = Field(allow_inf_nan=False)
    qualifier: Literal["=", ">", "~"] = "="
    published: dt.date | None = None
    source: str = Field(pattern=r"^https?://\S+$")
    note: Names | None = None


class TermPlan(_Strict):
    """A term plan: its years, the territory it measures, its targets and published outcomes."""

    resolution: Slug
    city: City
    title: Names
    start: int = Field(ge=1900, le=2199)
    end: int = Field(ge=1900, le=2199)
    territory: Territory | None = None
    targets: list[TermTarget] = []
    outcomes: list[Outcome] = []
    # what the file's header says of the targets not found, for the page
    missing: Names | None = None
    path: Path | None = Field(default=None, exclude=True)

    @model_validator(mode="after")
    def _years(self) -> TermPlan:
        if self.end <= self.start:
            raise ValueError(f"end {self.end} is not after start {self.start} (a term spans years)")
        ids = [t.id for t in self.targets]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"target {twice[0]!r} twice (each target once)")
        return self

    @property
    def years(self) -> list[int]:
        """The term's years, first to last."""
        return list(range(self.start, self.end + 1))


def terms_dir() -> Path:
    return paths.raw_dir() / "terms"


def _load(path: Path) -> TermPlan:
    try:
        raw = read_yaml(path.read_bytes(), path)
    except OSError as e:
        raise CatalogError(f"{path}: cannot read: {e.strerror}") from None
    if not isinstance(raw, dict):
        raise CatalogError(f"{path}: expected a mapping with 'resolution', 'city', 'start', 'end'")
    try:
        plan = TermPlan.model_validate(raw)
    except ValidationError as e:
        lines = []
        for err in e.errors():
            loc = err["loc"]
            if len(loc) >= 2 and loc[0] in ("targets", "outcomes") and isinstance(loc[1], int):
                entry = raw[loc[0]][loc[1]]
                ident = entry.get("id", f"#{loc[1] + 1}") if isinstance(entry, dict) else f"#{loc[1] + 1}"
                where = f"{loc[0][:-1]} {ident}: field {'.'.join(str(x) for x in loc[2:]) or '(entry)'}"
            else:
                where = f"field {'.'.join(str(x) for x in loc) or '(file)'}"
            lines.append(f"{path}: {where}: {_message(err)}")
        raise CatalogError("\n".join(lines)) from None
    if plan.resolution != path.stem:
        raise CatalogError(f"{path}: field resolution: {plan.resolution!r} differs from the file name "
                           f"(allowed: {path.stem!r}; one name, one file)")
    return plan.model_copy(update={"path": path})


def scan() -> tuple[list[TermPlan], list[str]]:
    """Every term plan on file that loads (by city, then first year), and the problems of the rest.

    Examples
    --------
    >>> plans, problems = scan()
    >>> [(p.resolution, p.start, p.end) for p in plans][:1], problems
    ([('haiphong-2021-2025', 2021, 2025)], [])
    """
    found, problems = [], []
    folder = terms_dir()
    for p in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        try:
            found.append(_load(p))
        except CatalogError as e:
            problems.append(str(e))
    return sorted(found, key=lambda t: (t.city.id, t.start, t.resolution)), problems
