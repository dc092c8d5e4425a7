"""The site's landing pages: one per resolution, and ``html/index.html`` listing every resolution.

Presentation only: the runner says which pages are current, this module links them. Each page is
written once per language (``index.html`` in Vietnamese, ``index.en.html`` in English), each linking
the other and opening reports in its own language; Jinja2 with autoescape; nothing fetched.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from pathlib import Path

import pandas as pd

from ..analysis.progress import STALE_AFTER_MONTHS, STATUSES, scorecard, stale_call, stale_calls, summary
from ..analysis.years import standing
from ..catalog.targets import Catalog
from ..present.fmt import LABELS, STATUS_COLOURS, STATUS_MARKS, STATUS_TEXT, label, month_name, plural
from ..present.reasons import explain
from ..present.views import table_csv
from ..values import atomic
from ..values.period import Lang, Period
from . import city
from .plan import CATALOG_FOLDER, Job

TEMPLATES = Path(__file__).parents[1] / "templates"
_TITLES = {"01-targets": "t_targets", "02-scorecard": "t_scorecard", "04-growth": "t_growth",
           "05-backtest": "t_backtest"}
LANGS = (Lang.VI, Lang.EN)


def page_name(lang: Lang | str) -> str:
    """A landing page's file in ``lang``: ``index.html`` (Vietnamese, the site's first page) or
    ``index.en.html``.

    Examples
    --------
    >>> page_name("en")
    'index.en.html'
    """
    return "index.html" if Lang.parse(lang) == Lang.VI else f"index.{Lang.parse(lang)}.html"


def _words(lang: Lang) -> dict[str, str]:
    return {k: v[lang] for k, v in LABELS.items()}


def _env():
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)


def _summaries_path(out: Path) -> Path:
    return out / ".chitieu" / "resolutions.json"


def _summaries(out: Path) -> dict[str, dict]:
    try:
        data = json.loads(_summaries_path(out).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _link(names: dict, job: Job) -> dict:
    """A page's link; ``names``: every target's name by id, as the plan gives it at some month
    (a revision may have added the target)."""
    if job.notebook == "03-indicator":
        text = names[job.params["indicator"]][job.lang]
    else:
        text = LABELS[_TITLES[job.notebook]][job.lang]
    return {"href": f"{job.folder}/{job.name}.{job.lang}.html", "text": text}


def _scorecard_link(jobs: list[Job], period: str, lang: Lang) -> str | None:
    """The month's scorecard in ``lang``, else in the other language."""
    cards = sorted((j for j in jobs if j.folder == period and j.notebook == "02-scorecard"),
                   key=lambda j: j.lang != lang)
    return f"{period}/{cards[0].name}.{cards[0].lang}.html" if cards else None


def grid(catalog: Catalog, cards: dict[str, pd.DataFrame], jobs: list[Job], lang: Lang | str) -> list[dict]:
    """The year at a glance: per group, one row per target and one cell per month, each cell the
    month's status (colour, mark and words), its reason, and the link to the target's row in that
    month's scorecard, all in ``lang``. Built from the scorecards the reports show."""
    lang = Lang.parse(lang)
    periods = sorted(cards)
    links = {p: _scorecard_link(jobs, p, lang) for p in periods}
    by_period = {p: cards[p].set_index("id") for p in periods}
    stale_flags = {p: stale_call(c) for p, c in by_period.items()}
    groups = []
    every = catalog.all_targets  # a revision may add a target (or drop one) from a month on
    groups_used = [g for g in catalog.groups if g.id in {t.group for t in every}]
    for group in groups_used:
        rows = []
        for t in (t for t in every if t.group == group.id):
            cells = []
            for p in periods:
                if t.id not in by_period[p].index:  # not in the plan in force that month
                    cells.append({"period": p, "status": None, "month": month_name(p, lang),
                                  "reason": LABELS["l_not_in_plan"][lang]})
                    continue
                r = by_period[p].loc[t.id]
                status = r["status"]
                # a call on a stale figure carries a mark of its own (an asterisk and a hatch)
                stale = bool(stale_flags[p].at[t.id])
                cells.append({"period": p, "status": status, "stale": stale,
                              "mark": STATUS_MARKS[status] + ("*" if stale else ""),
                              "colour": STATUS_COLOURS[status], "text": STATUS_TEXT[status],
                              "href": f"{links[p]}#t-{t.id}" if links[p] else None,
                              "month": month_name(p, lang), "reason": explain(r, lang)})
            rows.append({"number": t.number, "name": t.name[lang], "cells": cells})
        groups.append({"name": group[lang], "rows": rows})
    return groups


def year_table(cards: dict[str, pd.DataFrame], lang: Lang | str) -> pd.DataFrame:
    """The whole year's scorecard as one table: every month's rows, as each month's scorecard
    downloads them (the engine's figures in the report's units), the month first.

    Examples
    --------
    >>> import helpers
    >>> hp = helpers.load("haiphong-2021")
    >>> cards = {p: helpers.scorecard(hp, p) for p in ("2021-08", "2021-09")}
    >>> t = year_table(cards, "vi").set_index(["month", "id"])
    >>> float(t.loc[("2021-09", "budget_revenue"), "actual"]), len(t) == 2 * len(cards["2021-09"])
    (67019.3, True)
    >>> list(year_table({}, "vi").columns)  # no month rendered yet: the header alone
    ['month']
    """
    if not cards:
        return pd.DataFrame(columns=["month"])
    return pd.concat([table_csv(cards[p], lang).assign(month=p) for p in sorted(cards)],
                     ignore_index=True).pipe(lambda f: f[["month", *f.columns[:-1]]])


def _write_csv(path: Path, frame: pd.DataFrame) -> None:
    atomic.write_bytes(path, ("\ufeff" + frame.to_csv(index=False)).encode("utf-8"))  # Excel reads the BOM


def write_resolution(out: Path, catalog: Catalog, obs: pd.DataFrame, current: list[Job]) -> Path:
    """``out/html/<resolution>/index.html`` (and ``index.en.html``): the year at a glance (a status
    grid, and the counts by month), then the resolution's current pages, latest month first; and
    its line on the home page. Returns the Vietnamese page."""
    periods = sorted({j.folder for j in current if j.folder != CATALOG_FOLDER}, reverse=True)
    cards = {p: scorecard(catalog, obs, p) for p in periods}
    counts = {p: {**summary(c), "stale": stale_calls(c)} for p, c in cards.items()}
    folder = out / "html" / catalog.resolution
    names = {t.id: t.name for t in catalog.all_targets}
    for lang in LANGS:
        mine = [j for j in current if j.lang == lang]
        entries = [{
            "period": p, "month": month_name(p, lang), "summary": counts[p],
            "reports": [_link(names, j) for j in sorted(mine, key=lambda j: j.name)
                        if j.folder == p and j.notebook != "03-indicator"],
            "indicators": [_link(names, j) for j in sorted(mine, key=lambda j: j.name)
                           if j.folder == p and j.notebook == "03-indicator"],
        } for p in periods]
        starts = {str(r.start) for r in catalog.revisions}  # the months the plan changed
        months = [{"period": p, "short": f"T{Period.parse(p).month}" if lang == Lang.VI
                   else calendar.month_abbr[Period.parse(p).month], "revised": p in starts}
                  for p in sorted(cards)]
        rows = grid(catalog, cards, current, lang)
        stem = page_name(lang).removesuffix(".html")
        year_csv, counts_csv = f"{stem}.scorecard.csv", f"{stem}.counts.csv"
        _write_csv(folder / year_csv, year_table(cards, lang))
        _write_csv(folder / counts_csv, pd.DataFrame(
            [{label("l_status", lang): label(s, lang), **{p: counts[p][s] for p in sorted(cards)}}
             for s in STATUSES]
            + [{label("l_status", lang): label("l_stale_row", lang).format(n=STALE_AFTER_MONTHS),
                **{p: counts[p]["stale"] for p in sorted(cards)}}]))
        targets = sum(len(g["rows"]) for g in rows)
        caption = plural("l_grid_caption", len(months), lang).format(
            city=catalog.city[lang], year=catalog.year, targets=targets)
        page = _env().get_template("index.html.j2").render(
            lang=lang, other=LANGS[1 - LANGS.index(lang)], w=_words(lang), catalog=catalog,
            title=catalog.title[lang], city=catalog.city[lang], entries=entries,
            catalog_pages=[_link(names, j) for j in mine if j.folder == CATALOG_FOLDER],
            statuses=STATUSES, colours=STATUS_COLOURS, text_colours=STATUS_TEXT, marks=STATUS_MARKS,
            grid=rows, months=months, caption=caption, stale_months=STALE_AFTER_MONTHS,
            counts=counts, page_name=page_name, year_csv=year_csv, counts_csv=counts_csv,
            generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"))
        atomic.write_text(folder / page_name(lang), page)
    summaries = _summaries(out)
    summaries[catalog.resolution] = {
        "city": catalog.city.model_dump(), "year": catalog.year, "title": catalog.title.model_dump(),
        "latest": periods[0] if periods else None,
        "summary": summary(cards[periods[0]]) if periods else None,
        # the year's standing at its latest month, for the city's page across years
        "standing": standing(catalog, cards[periods[0]], periods[0]) if periods else None,
    }
    atomic.write_text(_summaries_path(out), json.dumps(summaries, indent=1, ensure_ascii=False,
                                                       sort_keys=True))
    return folder / page_name(Lang.VI)


def write_home(out: Path) -> Path:
    """``out/html/index.html`` (and ``index.en.html``): every resolution with a landing page, by
    city then year (newest first), with its latest month and that month's status counts. Returns
    the Vietnamese page."""
    rows = [{"resolution": r, **s} for r, s in _summaries(out).items()
            if (out / "html" / r / "index.html").is_file()]
    rows.sort(key=lambda s: (s["city"]["vi"], -s["year"]))  # a city's newest year (in progress) leads
    cities = city.write(out, {r["resolution"]: r for r in rows}, _env())
    for row in rows:
        # a year whose latest month is before its December is the year in progress
        row["in_progress"] = bool(row.get("latest")) and Period.parse(row["latest"]).month < 12
        row["city_page"] = cities.get(row["city"].get("id"))
    for lang in LANGS:
        for row in rows:  # the month in words
            row["latest_text"] = month_name(row["latest"], lang) if row.get("latest") else ""
            row["city_href"] = (row["city_page"] and (row["city_page"] if lang == Lang.VI else
                                row["city_page"].replace(".html", f".{lang}.html")))
            row["city_text"] = label("c_link", lang).format(city=row["city"][lang])
        page = _env().get_template("home.html.j2").render(
            lang=lang, other=LANGS[1 - LANGS.index(lang)], w=_words(lang), rows=rows,
            statuses=STATUSES, colours=STATUS_COLOURS, text_colours=STATUS_TEXT, marks=STATUS_MARKS,
            page_name=page_name, generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"))
        atomic.write_text(out / "html" / page_name(lang), page)
    return out / "html" / page_name(Lang.VI)
