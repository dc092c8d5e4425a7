"""Scorecard benchmark: a synthetic catalog of 500 targets with 20 figures each.

The targets are Hai Phong 2021's, repeated under new ids (every kind and basis); each has 20
year-to-date figures, January 2020 to August 2021, of the measure and unit its basis scores, with
values that climb towards its goal. Prints the median wall time of :func:`helpers.analysis.progress.scorecard`
at 2021-09 over 7 runs (must stay under 0.5 s). Run with `python bench/scorecard_bench.py`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
import time

import pandas as pd

from helpers.analysis import progress
from helpers.catalog import targets
from helpers.values.period import Period

TARGETS = 500
FIGURES = 20
PERIOD = "2021-09"


def synthetic() -> tuple[targets.Catalog, pd.DataFrame]:
    base = targets.load_catalog("haiphong-2021")
    many = [base.targets[k % len(base.targets)] for k in range(TARGETS)]
    many = [t.model_copy(update={"id": f"{t.id}_{k}", "levels": None}) for k, t in enumerate(many)]
    catalog = dataclasses.replace(base, targets=tuple(many), growth=None, context=())
    months = [p for y in (2020, 2021) for p in Period.months(y)][:FIGURES]
    rows = []
    for t in many:
        growth = t.basis == "growth"
        for p in months:
            value = t.threshold * (1 if growth else p.month / 12) * 0.97
            rows.append({
                "indicator": t.id, "period": str(p), "span": "ytd",
                "measure": "yoy_pct" if growth else "level", "value": value, "qualifier": "=",
                "unit": "percent" if growth else t.unit, "value_published": value,
                "unit_published": "%" if growth else t.unit, "comparable": True, "reason": "",
                "published": p.last_day, "published_assumed": True,
                "source_url": "https://example.org/synthetic", "note": "", "note_en": "",
                "file": "synthetic.csv", "line": len(rows) + 2})
    return catalog, pd.DataFrame(rows)


def main() -> None:
    catalog, obs = synthetic()
    times = []
    for _ in range(7):
        start = time.perf_counter()
        card = progress.scorecard(catalog, obs, PERIOD)
        times.append(time.perf_counter() - start)
    scored = int((card["status"] != "no_data").sum())
    print(f"scorecard: {len(catalog.targets)} targets, {len(obs)} figures ({scored} scored), "
          f"median of 7: {statistics.median(times):.3f} s  ({dt.date.today()})")


if __name__ == "__main__":
    main()
