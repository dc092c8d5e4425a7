"""A city across years: each year's goal and outcome of the targets its yearly plans share.

Semantics
---------
A year's standing
    The scorecard of the year's plan at its latest report month (December once the year is over):
    the goal of the plan then in force (a revision's, where one applies), the figure scored and the
    status, exactly as that month's scorecard shows them. Nothing is recomputed here, so the city
    page can never disagree with the scorecard it links.
A family
    The targets of the same ``id`` in the city's yearly catalogs (``grdp_growth`` in 2021 and in
    2026). A family is shown when at least :data:`LEAST_YEARS` years have it; a target of a single
    year has nothing to set beside it (its year's page shows it).
Met or missed
    Only a year's outcome (``achieved`` / ``not_achieved``) says so; the year in progress carries
    its latest call, and a finished year without a year-end figure says that (``no_outcome``).
Territory
    Each year names the territory its plan measures (the merged city from July 2025). Years are set
    side by side, never compared with one another: each year's outcome is read against that year's
    own goal, so a change of territory between years changes no verdict.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

import pandas as pd

from ..catalog.targets import Catalog
from ..values.period import Period

# a family needs two years to be set side by side
LEAST_YEARS = 2

# a scorecard row's fields a year's standing keeps (the engine's values, as the scorecard has them)
FIELDS = ("id", "number", "name_vi", "name_en", "kind", "value", "low", "high", "unit", "basis",
          "goal_name", "actual", "at_least", "approximate", "obs_period", "span", "status",
          "last_call", "source_url", "publisher", "reason_code", "reason_args")


def _plain(x: object) -> object:
    """A JSON-able value: NaN and missing become None, numpy scalars plain Python."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return None
    if hasattr(x, "item"):  # numpy scalars
        x = x.item()
        return None if isinstance(x, float) and math.isnan(x) else x
    return None if x is pd.NA or x is pd.NaT else x


def standing(catalog: Catalog, card: pd.DataFrame, period: Period | str) -> dict:
    """A year's standing at its latest report month ``period``, from that month's scorecard
    ``card``: the year, the month, the territory of the plan in force, and one record per target.

    Examples
    --------
    >>> from helpers.catalog.targets import load_catalog
    >>> from helpers.statistics.observations import load_raw
    >>> from helpers.analysis.progress import scorecard
    >>> c = load_catalog("haiphong-2024")
    >>> s = standing(c, scorecard(c, load_raw(c), "2024-12"), "2024-12")
    >>> t = s["targets"][0]  # 11.01% against a goal of 11.5–12%
    >>> s["year"], s["period"], t["id"], t["low"], t["actual"], t["status"]
    (2024, '2024-12', 'grdp_growth', 11.5, 11.01, 'not_achieved')
    """
    plan = catalog.in_force(period)
    territory = plan.territory.model_dump() if plan.territory else None
    rows = [{f: _plain(r[f]) for f in FIELDS} for r in card.to_dict("records")]
    return {"year": catalog.year, "period": str(Period.parse(period)), "territory": territory,
            "revised": str(plan.revision.start) if plan.revision else None, "targets": rows}


def settled(t: Mapping) -> bool:
    """Whether a year's record holds its year-end figure (a full-year one, or a December year to
    date): the only figure that says how the year ended.

    Examples
    --------
    >>> settled({"actual": 9.0, "span": "ytd", "obs_period": "2024-12"})
    True
    >>> settled({"actual": 41546.0, "span": "ytd", "obs_period": "2026-02"})
    False
    """
    return t.get("actual") is not None and t.get("span") is not None and (
        t["span"] == "year" or Period.parse(t["obs_period"]).month == 12)


def families(years: Iterable[Mapping], least: int = LEAST_YEARS) -> list[dict]:
    """The target families of a city's years (each a :func:`standing`): per family its id, its
    name as the newest year words it, and each year's record (oldest first), in the newest year's
    order of targets; only families that ``least`` years have.

    Examples
    --------
    >>> a = {"year": 2024, "targets": [{"id": "exports", "name_vi": "XK", "name_en": "Exports"},
    ...                                {"id": "tfp", "name_vi": "TFP", "name_en": "TFP"}]}
    >>> b = {"year": 2025, "targets": [{"id": "exports", "name_vi": "Xuất khẩu",
    ...                                 "name_en": "Exports"}]}
    >>> [(f["id"], f["name_vi"], sorted(f["years"])) for f in families([b, a])]
    [('exports', 'Xuất khẩu', [2024, 2025])]
    """
    ordered = sorted(years, key=lambda y: y["year"])
    found: dict[str, dict] = {}
    for y in reversed(ordered):  # the newest year first: its names and its order lead
        for t in y["targets"]:
            fam = found.setdefault(t["id"], {"id": t["id"], "name_vi": t["name_vi"],
                                             "name_en": t["name_en"], "years": {}})
            fam["years"][y["year"]] = {**t, "period": y.get("period"),
                                       "territory": y.get("territory")}
    out = []
    for fam in found.values():
        if len(fam["years"]) >= least:
            fam["years"] = dict(sorted(fam["years"].items()))
            out.append(fam)
    return out


def single_year(years: Iterable[Mapping], least: int = LEAST_YEARS) -> dict[int, int]:
    """How many targets of each year belong to no family shown (fewer than ``least`` years).

    Examples
    --------
    >>> a = {"year": 2024, "targets": [{"id": "exports"}, {"id": "tfp"}]}
    >>> b = {"year": 2025, "targets": [{"id": "exports"}]}
    >>> single_year([a, b])
    {2024: 1, 2025: 0}
    """
    years = list(years)
    count: dict[str, int] = {}
    for y in years:
        for t in y["targets"]:
            count[t["id"]] = count.get(t["id"], 0) + 1
    return {y["year"]: sum(count[t["id"]] < least for t in y["targets"])
            for y in sorted(years, key=lambda y: y["year"])}
