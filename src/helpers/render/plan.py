"""What to render for a resolution: one :class:`Job` per notebook, language and parameters.

For each month the scorecard, and the growth report where the catalog declares a growth headline;
the indicator report of each target with data at the latest month; the targets overview once per
language, and the backtest once per language when the resolution's year has ended. Every output
path is under ``<out>/html/<resolution>/``, so resolutions never collide.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..catalog.targets import Catalog
from ..present.fmt import label, month_name
from ..values.period import Lang, Period

CATALOG_FOLDER = "catalog"


@dataclass(frozen=True)
class Job:
    """One notebook to render in one language with one set of parameters."""

    resolution: str
    notebook: str          # file stem in notebooks/
    name: str              # output stem
    folder: str            # period, or "catalog"
    lang: Lang
    params: dict = field(hash=False)
    title: str = ""
    indicators: tuple[str, ...] | None = None  # observations it reads (None: all)
    max_period: str | None = None              # ... up to this period

    @property
    def key(self) -> str:
        """The job within its resolution: ``2021-09/02-scorecard.vi``."""
        return f"{self.folder}/{self.name}.{self.lang}"

    @property
    def id(self) -> str:
        """The job among all: ``haiphong-2021/2021-09/02-scorecard.vi``."""
        return f"{self.resolution}/{self.key}"

    def _path(self, out: Path, kind: str, suffix: str) -> Path:
        return out / kind / self.resolution / self.folder / f"{self.name}.{self.lang}{suffix}"

    def html(self, out: Path) -> Path:
        return self._path(out, "html", ".html")

    def ipynb(self, out: Path) -> Path:
        return self._path(out, "notebooks", ".ipynb")

    def failed(self, out: Path) -> Path:
        return self._path(out, "failed", ".ipynb")


def plan(catalog: Catalog, obs: pd.DataFrame, periods: list[Period], langs: list[Lang],
         today: dt.date | None = None) -> list[Job]:
    """The jobs for ``periods`` and ``langs`` (see the module docstring)."""
    from ..analysis.backtest import finished
    from ..analysis.progress import scorecard

    res = catalog.resolution
    growth = catalog.growth.ids if catalog.growth else None
    jobs = []
    for lang in langs:
        city = catalog.city[lang]
        jobs.append(Job(res, "01-targets", "01-targets", CATALOG_FOLDER, lang,
                        {"resolution": res, "lang": str(lang)},
                        f"{label('t_targets', lang)} — {city}"))
        if finished(catalog, today):
            jobs.append(Job(res, "05-backtest", "05-backtest", CATALOG_FOLDER, lang,
                            {"resolution": res, "lang": str(lang)},
                            f"{label('t_backtest', lang)} — {city}, {catalog.year}"))
        for p in periods:
            when = f"{city}, {month_name(p, lang)}"
            jobs.append(Job(res, "02-scorecard", "02-scorecard", str(p), lang,
                            {"period": str(p), "as_of": None, "lang": str(lang), "resolution": res},
                            f"{label('t_scorecard', lang)} — {when}", None, str(p)))
            if growth:
                jobs.append(Job(res, "04-growth", "04-growth", str(p), lang,
                                {"period": str(p), "lang": str(lang), "resolution": res},
                                f"{label('t_growth', lang)} — {when}", growth, str(p)))
    if periods:
        latest = max(periods)
        card = scorecard(catalog, obs, latest)
        for lang in langs:
            for r in card[card["status"] != "no_data"].itertuples():
                name = r.name_vi if lang == "vi" else r.name_en
                jobs.append(Job(res, "03-indicator", f"03-indicator-{r.id}", str(latest), lang,
                                {"indicator": r.id, "period": str(latest), "lang": str(lang),
                                 "resolution": res},
                                f"{name} — {catalog.city[lang]}, {month_name(latest, lang)}",
                                (r.id,), str(latest)))
    return jobs
