"""A city's figures in one catalog's units: the one conversion every figure goes through.

A city's processed table keeps each level in the unit of its newest catalog (2022 states the
budget in nghìn tỷ đồng), but a report is read in the units of *its own* catalog (2021 states it
in tỷ đồng). Every figure that reaches the engine, a series, a chart, a table or a CSV is first
taken here to the unit its catalog states, converted once from the figure *as published*
(``value_published`` in ``unit_published``), so no two scales are ever chained and no bare number
in another catalog's unit can travel on.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from ..values import units
from .rules import OTHER_TERRITORY


def in_units(frame: pd.DataFrame, unit_of: Mapping[str, str]) -> pd.DataFrame:
    """The figures with every comparable level in the unit ``unit_of`` gives for its indicator.

    Rates and shares are percentages in every catalog and pass unchanged, as do indicators that
    ``unit_of`` does not name and figures that cannot be converted (their ``comparable`` is
    false and their ``value`` is the figure as published).

    Parameters
    ----------
    frame
        Processed observations (:data:`helpers.statistics.rules.PROCESSED` columns).
    unit_of
        Indicator id to unit id, e.g. :attr:`helpers.catalog.targets.Catalog.indicator_units`.

    Returns
    -------
    pandas.DataFrame
        A new frame; ``frame`` is not modified.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"indicator": ["budget"], "measure": ["level"], "comparable": [True],
    ...                   "value": [67.0193], "unit": ["thousand_billion_vnd"],
    ...                   "value_published": [67019.3], "unit_published": ["tỷ đồng"]})
    >>> g = in_units(f, {"budget": "billion_vnd"})
    >>> float(g["value"].iloc[0]), g["unit"].iloc[0]
    (67019.3, 'billion_vnd')
    """
    want = frame["indicator"].map(dict(unit_of))
    moving = (frame["measure"] == "level") & frame["comparable"].astype(bool) & want.notna() \
        & (frame["unit"] != want)
    if not moving.any():
        return frame.copy()
    out = frame.copy()
    pairs = zip(out.loc[moving, "value_published"], out.loc[moving, "unit_published"],
                want[moving], strict=True)
    out.loc[moving, "value"] = np.array([units.convert(float(v), u, w) for v, u, w in pairs], float)
    out.loc[moving, "unit"] = want[moving]
    return out


def for_catalog(frame: pd.DataFrame, catalog) -> pd.DataFrame:
    """:func:`in_units` with the units ``catalog`` states for its targets and context series, and
    every figure of another territory than the catalog's kept but not comparable (reason
    ``other_territory``): never scored, summed or paced against.

    Examples
    --------
    >>> from helpers.catalog import targets
    >>> from helpers.statistics import observations
    >>> c = targets.load_catalog("haiphong-2021")              # doctest: +SKIP
    >>> f = for_catalog(observations.load(c), c)              # doctest: +SKIP
    """
    mine = catalog.territory.id if getattr(catalog, "territory", None) else ""
    if "territory" in frame:
        # decided afresh for each catalog (a revised plan may measure another territory): a row
        # set aside for its territory by an earlier call is comparable again where it belongs
        was = frame["reason"] == OTHER_TERRITORY
        named = frame["territory"]
        other = named.where(named.notna(), "").astype(str) != mine
        if (was | other).any():
            frame = frame.copy()
            frame.loc[was, "comparable"] = True
            frame.loc[was, "reason"] = ""
            fresh = other & frame["comparable"].astype(bool)
            frame.loc[other, "comparable"] = False
            frame.loc[fresh, "reason"] = OTHER_TERRITORY
    return in_units(frame, catalog.indicator_units)
