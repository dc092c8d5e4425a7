"""The site's landing pages: one per resolution, and ``html/index.html`` listing every resolution.

Presentation only: the runner says which pages are current, this module links them. Both pages are
Jinja2 with autoescape, in Vietnamese and English side by side, and fetch nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from pathlib import Path

import pandas as pd

from ..analysis.progress import STALE_AFTER_MONTHS, STATUSES, scorecard, stale_call, stale_calls, summary
from ..catalog.targets import Catalog
from ..present.fmt import LABELS, STATUS_COLOURS, STATUS_MARKS, STATUS_TEXT, month_name
from ..present.reasons import explain
from ..values import atomic
from ..values.period import Period
from .plan import CATALOG_FOLDER, Job

TEMPLATES = Path(__file__).parents[1] / "templates"
_TITLES = {"01-targets": "t_targets", "02-scorecard": "t_scorecard", "04-growth": "t_growth",
           "05-backtest": "t_backtest"}
_LANGUAGE = {"vi": "Tiếng Việt", "en": "English"}


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


def _link(catalog: Catalog, job: Job) -> dict:
    if job.notebook == "03-indicator":
        text = catalog.target(job.params["indicator"]).name[job.lang]
    else:
        text = LABELS[_TITLES[job.notebook]][job.lang]
    return {"href": f"{job.folder}/{job.name}.{job.lang}.html", "text": text, "lang": str(job.lang),
            "language": _LANGUAGE[job.lang]}


def _scorecard_link(jobs: list[Job], period: str) -> str | None:
    """The month's scorecard, Vietnamese first."""
    cards = sorted((j for j in jobs if j.folder == period and j.notebook == "02-scorecard"),
                   key=lambda j: j.lang != "vi")
    return f"{period}/{cards[0].name}.{cards[0].lang}.html" if cards else None


def grid(catalog: Catalog, cards: dict[str, pd.DataFrame], jobs: list[Job]) -> list[dict]:
    """The year at a glance: per group, one row per target and one cell per month, each cell the
    month's status (colour, mark and words), its reason in both languages, and the link to that
    month's scorecard. Built from the scorecards the reports show."""
    periods = sorted(cards)
    links = {p: _scorecard_link(jobs, p) for p in periods}
    by_period = {p: cards[p].set_index("id") for p in periods}
    stale_flags = {p: stale_call(c) for p, c in by_period.items()}
    groups = []
    for group in catalog.used_groups:
        rows = []
        for t in (t for t in catalog.targets if t.group == group.id):
            cells = []
            for p in periods:
                r = by_period[p].loc[t.id]
                status = r["status"]
                # a call on a stale figure carries a mark of its own (an asterisk and a hatch)
                stale = bool(stale_flags[p].at[t.id])
                cells.append({"period": p, "status": status, "stale": stale,
                              "mark": STATUS_MARKS[status] + ("*" if stale else ""),
                              "colour": STATUS_COLOURS[status], "text": STATUS_TEXT[status],
                              "href": links[p], "month_vi": month_name(p, "vi"),
                              "month_en": month_name(p, "en"),
                              "vi": explain(r, "vi"), "en": explain(r, "en")})
            rows.append({"number": t.number, "vi": t.name.vi, "en": t.name.en, "cells": cells})
        groups.append({"vi": group.vi, "en": group.en, "rows": rows})
    return groups


def write_resolution(out: Path, catalog: Catalog, obs: pd.DataFrame, current: list[Job]) -> Path:
    """``out/html/<resolution>/index.html``: the year at a glance (a status grid, and the counts
    by month), then the resolution's current pages, latest month first; and its line on the home
    page."""
    periods = sorted({j.folder for j in current if j.folder != CATALOG_FOLDER}, reverse=True)
    cards = {p: scorecard(catalog, obs, p) for p in periods}
    entries = []
    for p in periods:
        jobs = sorted((j for j in current if j.folder == p), key=lambda j: (j.name, j.lang))
        entries.append({
            "period": p,
            "summary": summary(cards[p]),
            "reports": [_link(catalog, j) for j in jobs if j.notebook != "03-indicator"],
            "indicators": [_link(catalog, j) for j in jobs if j.notebook == "03-indicator"],
        })
    catalog_pages = [_link(catalog, j) for j in sorted(current, key=lambda j: j.lang)
                     if j.folder == CATALOG_FOLDER]
    for e in entries:  # headings in words, one form per language
        e["month_vi"], e["month_en"] = month_name(e["period"], "vi"), month_name(e["period"], "en")
    months = [{"period": p, "short": f"T{Period.parse(p).month}",
               "short_en": calendar.month_abbr[Period.parse(p).month],
               "href": _scorecard_link(current, p)} for p in sorted(cards)]
    page = _env().get_template("index.html.j2").render(
        catalog=catalog, entries=entries, catalog_pages=catalog_pages, statuses=STATUSES,
        labels=LABELS, colours=STATUS_COLOURS, text_colours=STATUS_TEXT, marks=STATUS_MARKS,
        grid=grid(catalog, cards, current), months=months, stale_months=STALE_AFTER_MONTHS,
        counts={p: {**summary(c), "stale": stale_calls(c)} for p, c in cards.items()},
        generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"))
    target = out / "html" / catalog.resolution / "index.html"
    atomic.write_text(target, page)
    summaries = _summaries(out)
    summaries[catalog.resolution] = {
        "city": catalog.city.model_dump(), "year": catalog.year, "title": catalog.title.model_dump(),
        "latest": periods[0] if periods else None,
        "summary": entries[0]["summary"] if entries else None,
    }
    atomic.write_text(_summaries_path(out), json.dumps(summaries, indent=1, ensure_ascii=False,
                                                       sort_keys=True))
    return target


def write_home(out: Path) -> Path:
    """``out/html/index.html``: every resolution with a landing page, by city then year (newest
    first), with its latest month and that month's status counts."""
    rows = [{"resolution": r, **s} for r, s in _summaries(out).items()
            if (out / "html" / r / "index.html").is_file()]
    for row in rows:  # the month in words, one form per language
        latest = row.get("latest")
        row["latest_vi"], row["latest_en"] = ((month_name(latest, "vi"), month_name(latest, "en"))
                                              if latest else ("", ""))
    rows.sort(key=lambda s: (s["city"]["vi"], -s["year"]))
    page = _env().get_template("home.html.j2").render(
        rows=rows, statuses=STATUSES, labels=LABELS, colours=STATUS_COLOURS, text_colours=STATUS_TEXT,
        marks=STATUS_MARKS, generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"))
    target = out / "html" / "index.html"
    atomic.write_text(target, page)
    return target
