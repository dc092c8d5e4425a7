"""chitieu: a city's socio-economic targets against its published statistics.

The public API, for notebooks and economists (each function documented, with an example)::

    import helpers
    data = helpers.load("haiphong-2021")        # the catalog and the city's figures
    helpers.scorecard(data, "2021-09", lang="en")  # every target: figures, status, reason
    helpers.series(data, "budget_revenue")      # one target's year to date, by month
    helpers.what_it_takes(data, "2021-09")      # what the rest of the year needs
    helpers.backtest(data)                      # a finished year's calls against its outcome
    helpers.revisions(data, "port_cargo")       # every vintage of a target's figures
    helpers.scenario(data, "2021-09", "exports", monthly_growth=10)  # what-if, never saved

The layers beneath (``helpers.values``, ``catalog``, ``reading``, ``statistics``, ``analysis``,
``present``, ``render``) are the implementation; the README's layout lists them.
"""

from __future__ import annotations

__all__ = ["Data", "backtest", "load", "revisions", "scenario", "scorecard", "series",
           "what_it_takes"]


def __getattr__(name: str):
    # imported on first use, so that `chitieu` (which imports helpers.cli) starts without pandas
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'helpers' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
