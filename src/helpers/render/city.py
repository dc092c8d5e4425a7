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

from ..analysis import terms
from ..analysis.progress import CALLS, OUTCOMES
from ..analysis.years import families, settled, single_year
from ..catalog.terms import TermPlan, TermTarget
from ..catalog.terms import scan as scan_terms
from ..present import yearchart
from ..present.fmt import (
    LABELS,
    STATUS_COLOURS,
    STATUS_MARKS,
    STATUS_TEXT,
    date_text,
    label,
    month_name,
    pct,
    plural,
    quantity,
    span_text,
    target_text,
)
from ..present.reasons import explain
from ..values import atomic, units
from ..values.errors import UnitError
from ..values.period import Lang

FOLDER = "cities"
# how a term goal reads, by its basis
_BASIS_TEXT = {"average_growth": "t_average", "end_level": "t_end", "total": "t_total"}


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
                           "outcome": conv(t["actual"]) if settled(t) else None, "status": t["status"]})
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


def _q(x: float | None, unit: str, lang: Lang) -> str:
    return quantity(x, unit, lang) if x is None or units.canonical(unit) != "percent" else pct(x, lang)


def _term_goal(plan: TermPlan, t, lang: Lang) -> str:
    goal = f"{label(t.kind, lang)} {target_text(t, lang)}"
    return label(_BASIS_TEXT[t.basis], lang).format(goal=goal, start=plan.start, end=plan.end)


def _figures(row: dict, unit: str, lang: Lang) -> str:
    parts = [f"{y}: {_q(v, unit, lang)}" for y, v in row["figures"].items()]
    parts += [f"{y}: {label('t_declined_' + why, lang)}" for y, why in row["declined"].items()]
    return "; ".join(parts) if parts else label("t_none", lang)


def _so_far(row: dict, t, lang: Lang) -> str:
    if row["missing"] and row["so_far"] is None and row["figures"]:
        return label("t_missing", lang).format(years=", ".join(map(str, row["missing"])))
    if row["so_far"] is None:
        return "–"
    k = len(row["figures"])
    if t.basis == "average_growth":
        return label("t_mean", lang).format(n=k, x=pct(row["so_far"], lang))
    if t.basis == "total":
        return label("t_sum", lang).format(n=k, x=_q(row["so_far"], t.unit, lang))
    return label("t_latest", lang).format(x=_q(row["so_far"], t.unit, lang), year=max(row["figures"]))


def _needed(row: dict, plan: TermPlan, t, lang: Lang) -> str:
    if row["needed"] is None:
        return "–"
    if t.basis == "average_growth":
        return label("t_need_growth", lang).format(x=pct(row["needed"], lang))
    if t.basis == "total":
        return label("t_need_each", lang).format(x=_q(row["needed"], t.unit, lang))
    if not row["figures"] and row["base"] is not None:
        return label("t_need_growth_from", lang).format(
            x=pct(row["needed"], lang), base=_q(row["base"], t.unit, lang), year=plan.start - 1)
    return label("t_need_growth", lang).format(x=pct(row["needed"], lang))


def term_rows(plans: list[TermPlan], years: list[dict], lang: Lang | str, today_year: int) -> list[dict]:
    """Each term plan of the city, its targets scored from the years' outcomes
    (:func:`helpers.analysis.terms.score`), and its published outcomes beside what the years on
    file give."""
    lang = Lang.parse(lang)
    every = families(years, least=1)
    records = {f["id"]: f["years"] for f in every}
    names = {f["id"]: f[f"name_{lang}"] for f in every}
    out = []
    for plan in plans:
        targets = []
        for t, row in zip(plan.targets, terms.score(plan, records, today_year), strict=True):
            status = row["status"]
            targets.append({"id": t.id, "name": t.name[lang], "goal": _term_goal(plan, t, lang),
                            "figures": _figures(row, t.unit, lang), "so_far": _so_far(row, t, lang),
                            "needed": _needed(row, plan, t, lang), "status": status,
                            "status_text": label(status, lang), "mark": STATUS_MARKS[status],
                            "colour": STATUS_COLOURS[status], "text_colour": STATUS_TEXT[status],
                            "source": t.source})
        outcomes = []
        for o in plan.outcomes:
            probe = TermTarget(id=o.id, name={"vi": o.id, "en": o.id}, basis=o.basis, kind="min", value=1,
                               unit=o.unit, source=o.source)
            found, declined = terms.annual(probe, plan, {y: r for y, r in records.get(o.id, {}).items()
                                                         if plan.start <= y <= plan.end})
            lacking = [y for y in plan.years if y not in found]
            mine = {"figures": found, "declined": declined, "missing": lacking, "so_far": None}
            if not lacking:
                mine["so_far"] = (terms.mean_growth(found) if o.basis == "average_growth"
                                  else sum(found.values()))
            shown = _q(o.value, o.unit, lang)
            bound = {">": label("at_least", lang) + " ",
                     "~": label("approx", lang) + " "}.get(o.qualifier, "")
            outcomes.append({"id": o.id, "name": names.get(o.id, o.id),
                             "published": label(_BASIS_TEXT[o.basis], lang).format(
                                 goal=bound + shown, start=plan.start, end=plan.end),
                             "when": label("t_published_on", lang).format(date=date_text(o.published, lang))
                             if o.published else "", "source": o.source,
                             "figures": _figures(mine, o.unit, lang),
                             "from_years": _so_far(mine, probe, lang)})
        out.append({"resolution": plan.resolution, "title": plan.title[lang], "start": plan.start,
                    "end": plan.end, "targets": targets, "outcomes": outcomes,
                    "missing": plan.missing[lang] if plan.missing else "",
                    "territory": plan.territory[lang] if plan.territory else ""})
    return out


def terms_table(terms: list[dict], lang: Lang | str) -> pd.DataFrame:
    """The term tables of the page as one CSV: a row per target (its goal, figures, the pace so
    far and what the rest needs, its status) and per published outcome, in the page's words.

    Examples
    --------
    >>> t = {"title": "T", "targets": [{"id": "g", "name": "GRDP", "goal": "13%", "figures": "2026: 8%",
    ...       "so_far": "8%", "needed": "14%", "status_text": "Off track"}], "outcomes": []}
    >>> terms_table([t], "en").iloc[0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'Term': 'T', 'id': 'g', 'Target': 'GRDP', 'Goal': '13%', "Each year's outcome": '2026: 8%',
     'So far': '8%', 'The remaining years need': '14%', 'Status': 'Off track',
     'The outcome the city published': None}
    """
    lang = Lang.parse(lang)
    rows = []
    for t in terms:
        for r in t["targets"]:
            rows.append({label("t_term", lang): t["title"], "id": r["id"], label("t_target", lang): r["name"],
                         label("goal", lang): r["goal"], label("t_figures", lang): r["figures"],
                         label("t_so_far", lang): r["so_far"], label("t_needed", lang): r["needed"],
                         label("status", lang): r["status_text"], label("t_published", lang): None})
        for o in t["outcomes"]:
            published = f"{o['published']} ({o['source']})"
            rows.append({label("t_term", lang): t["title"], "id": o["id"], label("t_target", lang): o["name"],
                         label("goal", lang): None, label("t_figures", lang): o["figures"],
                         label("t_so_far", lang): None, label("t_needed", lang): None,
                         label("status", lang): None, label("t_published", lang): published})
    return pd.DataFrame(rows)


def write(out: Path, summaries: dict[str, dict], env, generated: str | None = None,
          today_year: int | None = None) -> dict[str, str]:
    """Write the page (both languages, each with its CSV) of every city with at least two years
    on file; returns each city's Vietnamese page, relative to ``out/html``."""
    written = {}
    generated = generated or dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    cities = sorted({s["city"]["id"] for s in summaries.values() if s.get("city", {}).get("id")})
    every_plan = scan_terms()[0]
    for city in cities:
        years = years_of(summaries, city)
        if len(years) < 2:
            continue
        names = next(s["city"] for s in summaries.values() if s.get("city", {}).get("id") == city)
        plans = [p for p in every_plan if p.city.id == city]
        lonely = single_year(years)
        few = ", ".join(f"{y}: {n}" for y, n in lonely.items() if n)
        for lang in (Lang.VI, Lang.EN):
            other = Lang.EN if lang == Lang.VI else Lang.VI
            csv_name = page_name(city, lang).removesuffix(".html") + ".csv"
            terms_csv = page_name(city, lang).removesuffix(".html") + ".terms.csv"
            frame = table_csv(years, lang)
            atomic.write_bytes(out / "html" / FOLDER / csv_name,
                               ("\ufeff" + frame.to_csv(index=False)).encode("utf-8"))
            terms = term_rows(plans, years, lang, today_year or dt.date.today().year)
            atomic.write_bytes(out / "html" / FOLDER / terms_csv,
                               ("\ufeff" + terms_table(terms, lang).to_csv(index=False)).encode("utf-8"))
            page = env.get_template("city.html.j2").render(
                lang=lang, other=other, w={k: v[lang] for k, v in LABELS.items()},
                title=label("c_title", lang).format(city=names[lang]),
                families=rows(years, lang), csv=csv_name, terms_csv=terms_csv,
                terms=terms,
                page_name=page_name, city=city,
                home="../index.html" if lang == Lang.VI else "../index.en.html",
                single=plural("c_single", sum(lonely.values()), lang).format(years=few) if few else "",
                generated=generated)
            atomic.write_text(out / "html" / FOLDER / page_name(city, lang), page)
        written[city] = f"{FOLDER}/{page_name(city, Lang.VI)}"
    return written
