"""A city's page across years: ``out/html/cities/<city>.html`` (and ``.en.html``, and a CSV each).

Built from the year standings the landing pages record (:func:`helpers.analysis.years.standing`),
so it covers every year with a landing page in the folder, whichever resolutions this run
rendered. Per target family: each year's goal and outcome, met or missed (the year in progress with
its latest call), and a chart of goal against outcome by year (:mod:`helpers.present.yearchart`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from ..analysis.progress import CALLS, OUTCOMES
from ..analysis.years import families, single_year
from ..present import yearchart
from ..present.fmt import (
    LABELS,
    STATUS_COLOURS,
    STATUS_MARKS,
    STATUS_TEXT,
    label,
    month_name,
    plural,
    quantity,
    span_text,
    target_text,
)
from ..present.reasons import explain
from ..values import atomic, units
from ..values.errors import UnitError
from ..values.period import Lang, Period

FOLDER = "cities"


def page_name(city: str, lang: Lang | str) -> str:
    """The city page's file in ``lang``, inside ``html/cities/``.

    Examples
    --------
    >>> page_name("haiphong", "vi"), page_name("haiphong", "en")
    ('haiphong.html', 'haiphong.en.html')
    """
    return f"{city}.html" if Lang.parse(lang) == Lang.VI else f"{city}.{Lang.parse(lang)}.html"


def years_of(summaries: dict[str, dict], city: str) -> list[dict]:
    """Each year's standing of ``city``, one per year: the year's own catalog (``<city>-<year>``)
    where the folder has it, else the first by name (a copy such as ``haiphong-2021-stretch`` never
    displaces the catalog on file).

    Examples
    --------
    >>> s = {"hp-2024-b": {"city": {"id": "hp"}, "year": 2024, "standing": {"year": 2024}},
    ...      "hp-2024": {"city": {"id": "hp"}, "year": 2024, "standing": {"year": 2024}}}
    >>> [y["resolution"] for y in years_of(s, "hp")]
    ['hp-2024']
    """
    chosen: dict[int, tuple[str, dict]] = {}
    for res in sorted(summaries, key=lambda r: (not r.endswith(f"-{summaries[r]['year']}"), r)):
        s = summaries[res]
        if s.get("city", {}).get("id") == city and s.get("standing") and s["year"] not in chosen:
            chosen[s["year"]] = (res, s)
    return [{**s["standing"], "resolution": res}
            for _, (res, s) in sorted(chosen.items())]


def _goal(t: dict, lang: Lang) -> str:
    return f"{label(t['kind'], lang)} {target_text(pd.Series(t), lang)}"


def _outcome(t: dict, lang: Lang) -> str:
    if t.get("actual") is None:  # nothing scored: the scorecard's reason says why
        return explain(t, lang)
    bound = (label("at_least", lang) + " ") if t.get("at_least") else ""
    bound += (label("approx", lang) + " ") if t.get("approximate") else ""
    return f"{bound}{quantity(t['actual'], t['unit'], lang)} ({span_text(t['span'], t['obs_period'], lang)})"


def _settled(t: dict) -> bool:
    """A year-end figure: the only one a chart sets against the year's goal."""
    return t.get("actual") is not None and (t["span"] == "year" or Period.parse(t["obs_period"]).month == 12)


def _note(t: dict, year: dict, lang: Lang) -> str:
    parts = []
    if t["status"] in CALLS:
        parts.append(label("c_in_progress", lang).format(month=month_name(year["period"], lang)))
    if t["status"] == "no_outcome" and t.get("last_call"):
        parts.append(label("c_last_call", lang).format(status=label(t["last_call"], lang)))
    if year.get("revised"):
        parts.append(label("c_revised", lang).format(month=month_name(year["revised"], lang)))
    if year.get("territory"):
        parts.append(label("c_territory", lang).format(territory=year["territory"][lang]))
    return "; ".join(parts)


def _chart(fam: dict, name: str, lang: Lang) -> str | None:
    """The family's chart in the newest year's unit; None where a year's unit does not convert."""
    unit = list(fam["years"].values())[-1]["unit"]
    points = []
    try:
        for year, t in fam["years"].items():
            conv = lambda v, u=t["unit"]: None if v is None else units.convert(v, u, unit)  # noqa: E731
            ranged = t["kind"] == "range"
            points.append({"year": year, "goal": conv(t["low"] if ranged else t["value"]),
                           "goal_high": conv(t["high"]) if ranged else None,
                           "outcome": conv(t["actual"]) if _settled(t) else None, "status": t["status"]})
    except UnitError:
        return None
    return yearchart.svg(name, points, unit, lang)


def rows(years: list[dict], lang: Lang | str) -> list[dict]:
    """The page's content: per family, its name, each year's goal, outcome, status and notes,
    and its chart."""
    lang = Lang.parse(lang)
    by_year = {y["year"]: y for y in years}
    out = []
    for fam in families(years):
        name = fam[f"name_{lang}"]
        cells = []
        for year, t in fam["years"].items():
            y = by_year[year]
            status = t["status"]
            landing = "index.html" if lang == Lang.VI else "index.en.html"
            cells.append({"year": year, "href": f"../{y['resolution']}/{landing}",
                          "goal": _goal(t, lang), "outcome": _outcome(t, lang), "status": status,
                          "status_text": label(status, lang), "mark": STATUS_MARKS[status],
                          "colour": STATUS_COLOURS[status], "text_colour": STATUS_TEXT[status],
                          "met": status in OUTCOMES, "note": _note(t, y, lang)})
        chart = _chart(fam, name, lang)
        out.append({"id": fam["id"], "name": name, "cells": cells, "chart": chart})
    return out


def table_csv(years: list[dict], lang: Lang | str) -> pd.DataFrame:
    """The page's figures as one table: a row per family and year, the engine's numbers in each
    year's own unit, and the status in the reader's words.

    Examples
    --------
    >>> y = {"year": 2024, "period": "2024-12", "resolution": "hp-2024", "targets": [{"id": "x",
    ...      "name_vi": "X", "name_en": "X", "kind": "min", "value": 10.0, "low": None, "high": None,
    ...      "unit": "percent", "actual": 9.0, "obs_period": "2024-12", "span": "year",
    ...      "status": "not_achieved", "source_url": "https://example.org/a"}]}
    >>> table_csv([y, {**y, "year": 2025, "period": "2025-12"}], "en").iloc[0].to_dict()
    ... # doctest: +NORMALIZE_WHITESPACE
    {'id': 'x', 'Target': 'X', 'Year': 2024, 'kind': 'at least', 'Goal': 10.0, 'low': None,
     'high': None, 'unit': '%', 'Outcome': 9.0, 'span': 'full year 2024', 'Status': 'Not achieved',
     'Source': 'https://example.org/a'}
    """
    lang = Lang.parse(lang)
    records = []
    for fam in families(years):
        for year, t in fam["years"].items():
            ranged = t["kind"] == "range"
            records.append({
                "id": fam["id"], label("c_target", lang): fam[f"name_{lang}"], label("c_year", lang): year,
                "kind": label(t["kind"], lang),
                label("goal", lang): None if ranged else t["value"], "low": t["low"] if ranged else None,
                "high": t["high"] if ranged else None, "unit": units.label(t["unit"], lang),
                label("c_outcome", lang): t.get("actual"),
                "span": span_text(t["span"], t["obs_period"], lang) if t.get("actual") is not None else None,
                label("status", lang): label(t["status"], lang), label("source", lang): t.get("source_url")})
    return pd.DataFrame(records)


def write(out: Path, summaries: dict[str, dict], env, generated: str | None = None) -> dict[str, str]:
    """Write the page (both languages, each with its CSV) of every city with at least two years
    on file; returns each city's Vietnamese page, relative to ``out/html``."""
    written = {}
    generated = generated or dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    cities = sorted({s["city"]["id"] for s in summaries.values() if s.get("city", {}).get("id")})
    for city in cities:
        years = years_of(summaries, city)
        if len(years) < 2:
            continue
        names = next(s["city"] for s in summaries.values() if s.get("city", {}).get("id") == city)
        for lang in (Lang.VI, Lang.EN):
            other = Lang.EN if lang == Lang.VI else Lang.VI
            csv_name = page_name(city, lang).removesuffix(".html") + ".csv"
            frame = table_csv(years, lang)
            atomic.write_bytes(out / "html" / FOLDER / csv_name,
                               ("\ufeff" + frame.to_csv(index=False)).encode("utf-8"))
            lonely = single_year(years)
            few = ", ".join(f"{y}: {n}" for y, n in lonely.items() if n)
            page = env.get_template("city.html.j2").render(
                lang=lang, other=other, w={k: v[lang] for k, v in LABELS.items()},
                title=label("c_title", lang).format(city=names[lang]),
                families=rows(years, lang), csv=csv_name, page_name=page_name, city=city,
                home="../index.html" if lang == Lang.VI else "../index.en.html",
                single=plural("c_single", sum(lonely.values()), lang).format(years=few) if few else "",
                generated=generated)
            atomic.write_text(out / "html" / FOLDER / page_name(city, lang), page)
        written[city] = f"{FOLDER}/{page_name(city, Lang.VI)}"
    return written
