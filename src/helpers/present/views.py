"""HTML pieces the notebooks show: headings, status tables, coverage, sources.

Every piece of text that comes from data (names, notes, addresses) is escaped here, so a catalog
name or a note holding ``<script>`` shows as text in the notebook and in the exported HTML.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from html import escape, unescape

import pandas as pd
from IPython.display import HTML

from ..analysis.progress import STALE_AFTER_MONTHS, STATUSES, stale_calls, summary
from ..analysis.series import CHECKPOINTS
from ..catalog.targets import Catalog
from ..values import units
from ..values.period import Lang, Period
from .fmt import (
    STATUS_COLOURS,
    STATUS_MARKS,
    STATUS_TEXT,
    computed,
    date_text,
    half_up,
    label,
    month_name,
    number,
    pct,
    plural,
    quantity,
    span_text,
    target_text,
)
from .reasons import explain, requirement

# The tables' rules are prefixed with the notebook's own class: JupyterLab styles
# ".jp-RenderedHTMLCommon td", which outranks a bare ".ct-table td".
STYLE = """<style>
.jp-RenderedHTMLCommon .ct-table {border-collapse: collapse; font-size: 12px; margin: 0.5em 0 1em;
  table-layout: auto; width: 100%;}
.jp-RenderedHTMLCommon .ct-table th, .jp-RenderedHTMLCommon .ct-table td {border-bottom: 1px solid #ddd;
  padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: break-word; font-size: inherit;}
.jp-RenderedHTMLCommon .ct-table td.num {text-align: right; white-space: nowrap;}
.jp-RenderedHTMLCommon .ct-table th.num {text-align: right;}
.jp-RenderedHTMLCommon .ct-table td.wide {min-width: 11em;}
.jp-RenderedHTMLCommon .ct-table th {background: #f3f3f3;}
.ct-badge {display: inline-block; padding: 1px 8px; border-radius: 9px; font-size: 12px;
  white-space: nowrap;}
.ct-headline {display: flex; flex-wrap: wrap; gap: 10px; margin: 0.5em 0 1em;}
.ct-headline div {border-radius: 6px; padding: 8px 14px; min-width: 7em;}
.ct-headline b {display: block; font-size: 24px;}
.ct-muted {color: #555; font-size: 12px;}
.ct-scroll {overflow-x: auto; max-width: 100%;}
.ct-scroll:focus {outline: 2px solid #0072B2;}
@media screen and (max-width: 760px) {
  .jp-RenderedHTMLCommon .ct-scroll > .ct-table {min-width: 760px;}
  .ct-scroll {background:
    linear-gradient(to left, #fff 30%, rgba(255,255,255,0)) right / 24px 100% no-repeat local,
    radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.25), rgba(0,0,0,0)) right / 10px 100%
      no-repeat scroll;}
  figure.ct-figure img {max-width: 100%; height: auto;}
}
.ct-nav ul {list-style: none; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 4px 14px;
  font-size: 13px;}
.ct-nav a {display: inline-block; padding: 6px 2px;}
.ct-download {font-size: 12px;}
.ct-src {font-size: 11px; color: #444;}
.ct-goal {font-size: 12px; color: #333;}
.jp-RenderedHTMLCommon .ct-table caption.ct-caption {text-align: left; font-size: 12px; color: #444;
  padding: 2px 0;}
.jp-RenderedHTMLCommon .ct-table th[scope=row] {font-weight: normal; background: inherit;}
.jp-RenderedHTMLCommon .ct-table a, .jp-RenderedHTMLCommon figcaption a {text-decoration: underline;}
.jp-RenderedHTMLCommon .ct-table td.num span.ct-src {white-space: normal; display: inline-block;
  max-width: 14em; text-align: right;}
.ct-method {font-size: 12px; color: #333; max-width: 60em;}
.ct-scenario {border: 3px solid #6b4500; padding: 8px 12px; background: #fff6e0;}
.ct-stale {font-size: 11px; border: 1px solid #8a5a00; color: #6b4500; border-radius: 4px;
  padding: 0 4px;}
figure.ct-figure {margin: 0.5em 0 1.2em;}
figure.ct-figure img {max-width: 100%; height: auto;}
figure.ct-figure figcaption {color: #555; font-size: 12px;}
.ct-print-only {display: none;}
@page {size: A4 landscape; margin: 12mm 10mm 12mm 10mm;
  @bottom-right {content: counter(page) " / " counter(pages); font-size: 8pt; color: #444;}}
@media print {
  /* 8 pt is the smallest text on paper (item 7 of issue 23); sizes in pt, A4 landscape */
  main {max-width: none; padding: 0;}
  .jp-RenderedHTMLCommon h1 {font-size: 14pt; margin: 0 0 4px;}
  .jp-RenderedHTMLCommon h2 {font-size: 11pt; margin: 8px 0 3px;}
  .jp-RenderedHTMLCommon p, .jp-RenderedHTMLCommon li {margin: 2px 0; font-size: 9pt;}
  .ct-headline {margin: 2px 0; gap: 6px;} .ct-headline div {padding: 2px 8px; font-size: 8pt;}
  .ct-headline b {font-size: 11pt;}
  .jp-RenderedHTMLCommon .ct-table {font-size: 8pt; margin: 2px 0 6px;}
  .jp-RenderedHTMLCommon .ct-table th, .jp-RenderedHTMLCommon .ct-table td {padding: 1px 3px;}
  .jp-RenderedHTMLCommon .ct-table td.wide {min-width: 0;}
  .jp-RenderedHTMLCommon .ct-table caption.ct-caption {font-size: 8pt;}
  .ct-table thead {display: table-header-group;} .ct-table tr {break-inside: avoid;}
  .ct-table tr.ct-nodata, .ct-screen-only {display: none;} .ct-print-only {display: block;}
  .ct-badge {font-size: 8pt; padding: 0 4px; border: 1px solid #000;}
  .ct-stale {font-size: 8pt;}
  h1, h2, h3 {break-after: avoid;} figure.ct-figure {break-inside: avoid; margin: 2px 0;}
  figure.ct-figure img {max-height: 110mm; width: auto;}
  .jp-RenderedHTMLCommon p.ct-method {font-size: 8pt; margin: 1px 0 3px;}
  .ct-nav {display: none;}
  a.ct-print-url::after {content: " <" attr(href) ">"; word-break: break-all;}
  .ct-table span.ct-src {display: none;}  /* on paper the sources are listed, in full, at the foot */
  .ct-scroll {overflow: visible !important;}  /* a scroll box cannot break across pages */
  figure.ct-figure figcaption, .ct-muted, .ct-src, .ct-goal, .ct-download, pre {font-size: 8pt;}
  a {color: inherit; text-decoration: none;}
}
</style>"""


class Safe(str):
    """Markup built here from escaped parts: not escaped again."""


def _e(x: object) -> str:
    if isinstance(x, Safe):
        return x
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    return escape(str(x))


def figure(fig, alt: str, sources: Iterable[str] = (), lang: str = "vi",
           data: pd.DataFrame | None = None, name: str = "chart") -> HTML:
    """A chart as the page shows it: an image whose alternative text says what the chart shows
    (its numbers), its sources under it, and the figures it draws as a CSV download (``data``).
    The figure is closed: it is drawn once, here."""
    import base64
    import io

    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=96)
    plt.close(fig)
    width, height = (int(round(x * 96)) for x in fig.get_size_inches())
    png = base64.b64encode(buf.getvalue()).decode("ascii")
    # one link per site: the first address of each, named by its site
    sites: dict[str, str] = {}
    for u in sources:
        if isinstance(u, str) and u.startswith(("http://", "https://")):
            sites.setdefault(u.split("/")[2], u)
    caption = ""
    if sites:
        links = ", ".join(link(u, site) for site, u in sites.items())
        caption = f"<figcaption>{_e(label('source', lang))}: {links}</figcaption>"
    if data is not None and not data.empty:
        caption += f'<p class="ct-screen-only">{download(data, name, lang)}</p>'
    return HTML(f'<figure class="ct-figure"><img src="data:image/png;base64,{png}" '
                f'width="{width}" height="{height}" alt="{escape(alt, quote=True)}">{caption}</figure>')


def download(frame: pd.DataFrame, name: str, lang: str) -> Safe:
    """A link that downloads ``frame`` as ``name``.csv: UTF-8 with a byte-order mark (so that
    Excel opens Vietnamese text right), inside the page (it works offline).

    Examples
    --------
    >>> import pandas as pd
    >>> 'download="x.csv"' in download(pd.DataFrame({"a": [1]}), "x", "en")
    True
    """
    import base64
    import re

    data = ("\ufeff" + frame.to_csv(index=False)).encode("utf-8")
    href = "data:text/csv;charset=utf-8;base64," + base64.b64encode(data).decode("ascii")
    # a file name on every system (and the render's pattern for the file beside the page)
    name = re.sub(r"[^\w-]+", "-", name, flags=re.ASCII).strip("-") or "table"
    return Safe(f'<a class="ct-download" download="{name}.csv" href="{href}">'
                f'{_e(label("download_csv", lang))}</a>')


def _measured(g: dict) -> str:
    """Another goal's figure in a CSV cell: " (54.58%)", or for a growth rate " (-0.2 pp)"."""
    if pd.notna(g["attainment_pct"]):
        return f" ({half_up(g['attainment_pct'], 2):g}%)"
    return f" ({half_up(g['gap'], 2):+g} pp)" if pd.notna(g["gap"]) else ""


def table_csv(card: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The scorecard rows as their CSV download holds them: the engine's numbers, in the report's
    units (the same figures the table shows), with the words of the page.

    Examples
    --------
    >>> import helpers
    >>> card = helpers.scorecard(helpers.load("haiphong-2021"), "2021-09")
    >>> float(table_csv(card, "vi").set_index("id").loc["budget_revenue", "actual"])
    67019.3
    """
    name = f"name_{Lang.parse(lang)}"
    return pd.DataFrame({
        "number": card["number"], "id": card["id"], "name": card[name],
        "goal": [target_text(r, lang) for _, r in card.iterrows()],
        "unit": [units.label(u, lang) for u in card["unit"]],
        "actual": card["actual"], "qualifier": card["qualifier"], "period": card["obs_period"],
        "span": card["span"], "attainment_pct": card["attainment_pct"], "gap": card["gap"],
        "status": card["status"], "status_text": [label(s, lang) for s in card["status"]],
        "reason": [explain(r, lang) for _, r in card.iterrows()],
        "source_url": card["source_url"], "published": card["published"],
        "published_assumed": card["published_assumed"], "publisher": card["publisher"],
        "goal_name": card["goal_name"],
        "other_goals": ["; ".join(f"{g['name']}: {g['threshold']:g}" + _measured(g)
                                  for g in goals) if isinstance(goals, list) else ""
                        for goals in card["goals"]],
        "also_published": ["; ".join(f"{a['value']:g} {units.label(a['unit'], lang)} ({a['publisher']}, "
                                     f"{a['published']}, {a['source_url']})" for a in also)
                           if isinstance(also, list) else "" for also in card["also"]],
    })


def _source(r: pd.Series, lang: str) -> str:
    """Where a row's figure comes from, to quote with it: the publisher's site as a link and the
    publication date, or that the date is assumed (on paper, the page's list of sources at its foot
    gives the full addresses instead)."""
    url = r.get("source_url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return ""
    when = date_text(r["published"], lang) if pd.notna(r.get("published")) else ""
    said = label("src_assumed" if r.get("published_assumed") else "src_published", lang).format(date=when)
    by = r.get("publisher")
    by = _e(label(f"pub_{by}", lang)) + ", " if isinstance(by, str) and by else ""
    also = r.get("also")
    return (f'<br><span class="ct-src">{_e(label("source", lang))}: {by}'
            f'<a class="ct-src" href="{escape(url, quote=True)}" rel="noopener">{_e(url.split("/")[2])}</a>'
            f"{', ' + _e(said) if when else ''}</span>"
            + (_also(also, r, lang) if isinstance(also, list) and also else ""))


def _goals(r: pd.Series, lang: str) -> str:
    """Whose goal the scored one is (where the catalog names it), then each other goal with the
    figure against it: % of it, or for a growth rate the gap in points."""
    goals = r.get("goals")
    goals = goals if isinstance(goals, list) else []
    name = r.get("goal_name")
    # the plan's own goal needs no word; another's (the council's, a stretch goal) is named
    named = isinstance(name, str) and (name != "plan" or goals)
    out = f'<br><span class="ct-muted">({_e(label("goal_" + name, lang))})</span>' if named else ""
    for g in goals:
        row = pd.Series({"kind": g["kind"], "value": g["value"], "low": g["low"], "high": g["high"],
                         "unit": r["unit"]})
        measured = (pct(g["attainment_pct"], lang) if pd.notna(g["attainment_pct"])
                    else gap_text(pd.Series({"gap": g["gap"], "unit": r["unit"]}), lang)
                    if pd.notna(g["gap"]) else "")
        what = label("goal_" + g["name"], lang)
        out += (f'<br><span class="ct-goal">{_e(what[0].upper() + what[1:])}: '
                f'{_e(label(g["kind"], lang))} {_e(target_text(row, lang))}'
                + (f" — {_e(measured)}" if measured else "") + "</span>")
    return out


def _also(also: list[dict], r: pd.Series, lang: str) -> str:
    """The other publishers' figures for the figure scored, each with its publisher, date and
    address: kept, shown, not scored."""
    parts = []
    for a in also:
        value = _actual({**r.to_dict(), "actual": a["value"], "qualifier": a["qualifier"],
                         "value_published": a["value_published"], "unit_published": a["unit_published"]},
                        lang)
        when = date_text(a["published"], lang)
        said = label("src_assumed" if a["published_assumed"] else "src_published", lang).format(date=when)
        parts.append(f'{_e(value)} ({_e(label("pub_" + a["publisher"], lang))}, {_e(said)}, '
                     f'<a class="ct-src" href="{escape(a["source_url"], quote=True)}" rel="noopener">'
                     f'{_e(a["source_url"].split("/")[2])}</a>)')
    return (f'<br><span class="ct-src ct-also">{_e(label("also_published", lang))}: '
            + "; ".join(parts) + "</span>")


def nav(catalog: Catalog, page: str, lang: str, period: Period | str | None = None,
        months: Iterable[Period] = ()) -> HTML:
    """The links of a rendered report page: home, the resolution's landing page, the same page in
    the other language, and the previous and next month among ``months`` (those a full render
    makes). Paths are relative to ``outputs/html/<resolution>/<folder>/``.

    Examples
    --------
    >>> from helpers.catalog import targets
    >>> c = targets.load_catalog("haiphong-2021")
    >>> 'href="02-scorecard.en.html"' in nav(c, "02-scorecard", "vi", "2021-09").data
    True
    """
    lang = Lang.parse(lang)
    other = Lang.EN if lang == Lang.VI else Lang.VI
    landing = "index.html" if lang == Lang.VI else f"index.{lang}.html"  # render.index.page_name
    links = [(f"../../{landing}", label("nav_home", lang)),
             (f"../{landing}", label("nav_landing", lang).format(city=catalog.city[lang], year=catalog.year)),
             (f"{page}.{other}.html", label("nav_other", lang))]
    if period is not None:
        p, known = Period.parse(period), sorted(set(months))
        before = [m for m in known if m < p]
        after = [m for m in known if m > p]
        if before:
            links.append((f"../{before[-1]}/{page}.{lang}.html",
                          "← " + month_name(before[-1], lang)))
        if after:
            links.append((f"../{after[0]}/{page}.{lang}.html", month_name(after[0], lang) + " →"))
    items = "".join(f'<li><a href="{escape(h, quote=True)}"'
                    + (f' hreflang="{other}" lang="{other}"' if h.endswith(f".{other}.html") else "")
                    + f">{_e(t)}</a></li>" for h, t in links)
    return HTML(f'<nav class="ct-nav" aria-label="{_e(label("nav", lang))}"><ul>{items}</ul></nav>')


def note(vi: object, en: object, lang: str) -> Safe:
    """A figure's note in the page's language: the Vietnamese ``note`` on a Vietnamese page; on
    an English page ``note_en``, else the Vietnamese note marked as Vietnamese (a quotation)."""
    vi = vi if isinstance(vi, str) else ""
    en = en if isinstance(en, str) else ""
    if lang == "vi" or en:
        return Safe(_e(vi if lang == "vi" else en))
    return Safe(f'<span lang="vi">{_e(vi)}</span>' if vi else "")


def heading(text: str, level: int = 2) -> HTML:
    """A section heading (escaped).

    Examples
    --------
    >>> heading("Tổng quan").data
    '<h2>Tổng quan</h2>'
    """
    return HTML(f"<h{level}>{_e(text)}</h{level}>")


def paragraph(text: str, muted: bool = False) -> HTML:
    """A paragraph of plain text (escaped), optionally in the muted style.

    Examples
    --------
    >>> paragraph("a < b").data
    '<p>a &lt; b</p>'
    """
    return HTML(f'<p{" class=ct-muted" if muted else ""}>{_e(text)}</p>')


def badge(status: str, lang: str) -> Safe:
    """A status as colour and words, with its mark (never colour alone)."""
    return Safe(f'<span class="ct-badge {status}" style="background:{STATUS_COLOURS[status]};'
                f'color:{STATUS_TEXT[status]}">{STATUS_MARKS[status]} {_e(label(status, lang))}</span>')


def link(url: str | None, text: str | None = None, print_url: bool = False) -> Safe:
    """A link to a source address that opens elsewhere (its text the address, or ``text``);
    ``print_url``: on paper its full address is printed after it."""
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return Safe(_e(text or url))
    full = ' class="ct-print-url"' if print_url and text and text != url else ""
    return Safe(f'<a href="{escape(url, quote=True)}"{full} rel="noopener">{_e(text or url)}</a>')


def plain(value: object) -> object:
    """A cell as a CSV holds it: the words of an HTML cell without its markup, a link's address
    after its words (a source must stay checkable); other values as they are.

    Examples
    --------
    >>> plain(Safe('<span class="ct-badge">● Đúng tiến độ</span><br>9/2021'))
    '● Đúng tiến độ 9/2021'
    >>> plain(Safe('<a href="https://thongkehaiphong.gov.vn/a">thongkehaiphong.gov.vn</a>'))
    'thongkehaiphong.gov.vn (https://thongkehaiphong.gov.vn/a)'
    """
    if isinstance(value, Safe):
        def address(m: re.Match) -> str:
            url, words = unescape(m.group(1)), m.group(2)
            return words if unescape(words) == url else f"{words} ({url})"

        text = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', address, str(value))
        return " ".join(unescape(re.sub(r"<[^>]+>", " ", text)).split())
    return value


def table(rows: list[dict] | pd.DataFrame, numeric: Iterable[str] = (),
          wide: Iterable[str] = (), row_classes: list[str] | None = None,
          caption: str | None = None, row_header: str | None = None,
          row_ids: list[str] | None = None, csv: str | None = None, lang: str = "vi") -> HTML:
    """A plain HTML table; cells are escaped unless built here (:class:`Safe`).

    ``rows`` is a list of dicts (so :class:`Safe` cells keep their type) or a DataFrame;
    ``row_classes``, one per row, lets the stylesheet treat rows apart (print); ``row_ids``, one
    per row, lets a link open the page at a row. ``csv`` names the table's download, placed under
    it: the cells as the table shows them, in ``lang`` (a table whose figures a reader computes
    with gives its own, the engine's, instead: :func:`status_table`).
    """
    if isinstance(rows, pd.DataFrame):
        rows = rows.astype(object).to_dict("records")
    if not rows:
        return HTML("")
    numeric, wide = set(numeric), set(wide)
    cols = list(rows[0])

    def cls(c: str) -> str:
        names = [n for n, on in (("num", c in numeric), ("wide", c in wide)) if on]
        return f' class="{" ".join(names)}"' if names else ""

    head = "".join(f'<th scope="col"{cls(c)}>{_e(c)}</th>' for c in cols)
    classes = row_classes or [""] * len(rows)

    def cell(c: str, v) -> str:  # the row's own name is its header, announced with each cell
        tag = 'th scope="row"' if c == row_header else "td"
        return f"<{tag}{cls(c)}>{_e(v)}</{tag.split()[0]}>"

    ids = row_ids or [""] * len(rows)

    def tr(k: str, i: str) -> str:
        return ("<tr" + (f' id="{escape(i, quote=True)}"' if i else "")
                + (f' class="{k}"' if k else "") + ">")

    body = "".join(tr(k, i) + "".join(cell(c, r.get(c)) for c in cols) + "</tr>"
                   for r, k, i in zip(rows, classes, ids, strict=True))
    cap = f'<caption class="ct-caption">{_e(caption)}</caption>' if caption else ""
    # a table scrolls inside its own box on a narrow screen (WCAG 1.4.10): the page never does
    after = ""
    if csv:
        frame = pd.DataFrame([{c: plain(r.get(c)) for c in cols} for r in rows], columns=cols)
        after = f'<p class="ct-screen-only">{download(frame, csv, lang)}</p>'
    return HTML('<div class="ct-scroll" tabindex="0">'
                f'<table class="ct-table">{cap}<thead><tr>{head}</tr></thead>'
                f"<tbody>{body}</tbody></table></div>{after}")


def report_title(catalog: Catalog, what: str, lang: str, period: str | None = None,
                 as_of: str | None = None, page: str | None = None,
                 months: Iterable[Period] = ()) -> HTML:
    """The report's heading; it also carries the stylesheet of every piece below (each notebook
    starts with it, and a style in one output applies to the whole page)."""
    city = catalog.city[lang]
    when = f" — {month_name(period, lang)}" if period else ""
    sub = catalog.title[lang]
    if catalog.revision is not None:  # which plan it measures against, and since when
        sub += ". " + label("revised_note", lang).format(month=month_name(catalog.revision.start, lang))
    if catalog.territory is not None:  # which city it measures, where the city changed
        sub += ". " + label("territory_note", lang).format(territory=catalog.territory[lang])
    if as_of:
        sub += ". " + label("as_of_note", lang).format(date=date_text(as_of, lang))
    # the report's title and month in the printed page's margin
    margin = f"<style>@page {{@top-left {{content: {_css_string(f'{what}: {city}{when}')}; " \
             "font-size: 8pt; color: #444;}}</style>"
    global _STYLED
    _STYLED = True
    links = nav(catalog, page, lang, period, months).data if page else ""
    source = catalog.revision.source if catalog.revision is not None else None
    cite = f' (<a href="{escape(source, quote=True)}" rel="noopener">{_e(source.split("/")[2])}</a>)' \
        if source else ""
    return HTML(f"{STYLE}{margin}{links}<h1>{_e(what)}: {_e(city)}{_e(when)}</h1>"
                f"<p class=ct-muted>{_e(sub)}{cite}</p>")


def _css_string(text: str) -> str:
    """``text`` as a CSS string: letters, digits and plain punctuation as they are, anything else
    (quotes, backslashes, "<") as a CSS escape, so no name can end the string or the style."""
    keep = set(" -–—:,.()/")
    return '"' + "".join(c if c.isalnum() or c in keep else f"\\{ord(c):x} " for c in text) + '"'


def headline(card: pd.DataFrame, lang: str) -> HTML:
    """The status counts of a scorecard as coloured boxes (mark and words), how many targets have
    a figure, and how many calls rest on stale figures."""
    counts = summary(card)
    boxes = "".join(
        f'<div class="{s}" style="background:{STATUS_COLOURS[s]};color:{STATUS_TEXT[s]}">'
        f"<b>{counts[s]}</b>{STATUS_MARKS[s]} {_e(label(s, lang))}</div>" for s in STATUSES)
    total = len(card)
    text = label("headline_counts", lang).format(total=total, with_figure=total - counts["no_data"])
    stale = stale_calls(card)
    if stale:
        text += " " + plural("h_stale", stale, lang).format(months=STALE_AFTER_MONTHS)
    return HTML(f'<div class="ct-headline">{boxes}</div><p>{_e(text)}</p>')


def _actual(r: pd.Series, lang: str) -> str:
    if pd.isna(r["actual"]):
        return "–"
    prefix = {">": label("at_least", lang) + " ", "~": label("approx", lang) + " "}.get(
        r["qualifier"], "")
    text = prefix + quantity(r["actual"], r["unit"], lang)
    # a figure published in another unit (920,7 triệu USD) is shown as published, too
    published = r.get("unit_published")
    if isinstance(published, str) and units.canonical(published) != units.canonical(r["unit"]):
        text += f" ({quantity(r['value_published'], published, lang)})"
    return text


def gap_text(r: pd.Series, lang: str) -> str:
    """A row's gap in the target's unit; between two percentages (growth rates, shares, rates),
    in percentage points."""
    if pd.isna(r["gap"]):
        return "–"
    if units.canonical(r["unit"]) == "percent":
        return f"{number(round(r['gap'], 2), lang)} {label('pp', lang)}"
    return computed(r["gap"], r["unit"], lang)


# whether this kernel has shown the stylesheet (a report's title carries it); a table shown on its
# own, in an economist's notebook, brings it along the first time
_STYLED = False


def _styled(html: HTML) -> HTML:
    global _STYLED
    if _STYLED:
        return html
    _STYLED = True
    return HTML(STYLE + html.data)


def status_table(card: pd.DataFrame, lang: str, caption: str | None = None) -> HTML:
    """The scorecard rows with every component beside the verdict (styled even when shown on its
    own, outside a report); the target's name heads its row, ``caption`` names the table."""
    name = f"name_{Lang.parse(lang)}"
    pace_head = " / ".join(label(c, lang) for c in ("expected_share", "pace_ratio", "projected"))
    rows = []
    for _, r in card.iterrows():
        gap = gap_text(r, lang)
        when = span_text(r["span"], r["obs_period"], lang) if pd.notna(r["obs_period"]) else ""
        rows.append({
            label("number", lang): r["number"],
            label("name", lang): r[name],
            label("goal", lang): Safe(_e(f'{label(r["kind"], lang)} {target_text(r, lang)}')
                                      + _goals(r, lang)),
            label("actual", lang): Safe(_e(_actual(r, lang)) + (
                f"<br><span class=ct-muted>{_e(when)}</span>" if when else "") + (
                f'<br><span class="ct-stale">{_e(label("stale", lang))}</span>'
                if r["stale"] else "") + _source(r, lang)),
            label("attainment_pct", lang): pct(r["attainment_pct"], lang),
            label("gap", lang): gap,
            # the three pace figures folded into one column, so the table fits a laptop's width
            pace_head: Safe("<br>".join(_e(x) for x in (
                pct(r["expected_share"] * 100, lang) if pd.notna(r["expected_share"]) else "–",
                number(round(r["pace_ratio"], 3), lang) if pd.notna(r["pace_ratio"]) else "–",
                computed(r["projected"], r["unit"], lang) if pd.notna(r["projected"])
                else "–"))) if pd.notna(r["expected_share"]) else "–",
            label("required", lang): requirement(r, lang) or "–",
            label("status", lang): badge(r["status"], lang),
            label("reason", lang): explain(r, lang),
        })
    numeric = [label(c, lang) for c in ("number", "actual", "attainment_pct", "gap")] + [pace_head]
    # on paper, the targets without a figure are left to the list of them that follows
    shown = table(rows, numeric, wide=[label("name", lang), label("reason", lang),
                                       label("required", lang)],
                  row_classes=["ct-nodata" if s == "no_data" else "" for s in card["status"]],
                  caption=caption or label("status_caption", lang), row_header=label("name", lang),
                  row_ids=[f"t-{i}" for i in card["id"]])  # the landing grid opens a row
    name = "scorecard-" + "-".join(dict.fromkeys(card["group"].astype(str)))
    csv = f'<p class="ct-screen-only">{download(table_csv(card, lang), name, lang)}</p>'
    if (card["status"] == "no_data").all():
        return _styled(HTML(f'<div class="ct-screen-only">{shown.data}</div>{csv}'
                            f'<p class="ct-print-only ct-muted">{_e(label("no_data", lang))}</p>'))
    return _styled(HTML(shown.data + csv))


def coverage(card: pd.DataFrame, lang: str) -> HTML:
    """Targets with no published figure: shown, never hidden."""
    missing = card[card["status"] == "no_data"]
    if missing.empty:
        return paragraph(label("all_have_figures", lang))
    name = f"name_{Lang.parse(lang)}"
    frame = pd.DataFrame({
        label("number", lang): missing["number"],
        label("name", lang): missing[name],
        label("goal", lang): [target_text(r, lang) for _, r in missing.iterrows()],
        label("reason", lang): [explain(r, lang) for _, r in missing.iterrows()],
    })
    intro = label("missing_intro", lang).format(n=len(missing))
    return HTML(f"<p>{_e(intro)}</p>" + table(frame, wide=[label("reason", lang)], csv="no-figures",
                                              lang=lang).data)


def sources(frame: pd.DataFrame, lang: str) -> HTML:
    """Every source address behind the figures shown, as links."""
    f = frame[frame["source_url"].notna()]
    urls = list(dict.fromkeys(f["source_url"]))
    if not urls:
        return paragraph(label("no_sources", lang))
    items = "".join(f"<li>{link(u)}</li>" for u in urls)
    return HTML(f"<ol class=ct-muted>{items}</ol>")


def changes(ch: pd.DataFrame, card: pd.DataFrame, lang: str, previous: str) -> HTML:
    """The targets whose figure or status changed since ``previous`` (the month before the
    report): a column for each month, headed by its name."""
    if ch.empty:
        return paragraph(label("no_change", lang).format(month=month_name(previous, lang)))
    names = card.set_index("id")[f"name_{Lang.parse(lang)}"]
    units_ = card.set_index("id")["unit"]
    rows = [{
        label("name", lang): names[r.id],
        month_name(previous, lang): Safe(badge(r.status_before, lang) + " " + _e(
            quantity(r.actual_before, units_[r.id], lang))),
        month_name(Period.parse(previous).next(), lang): Safe(badge(r.status_after, lang) + " " + _e(
            quantity(r.actual_after, units_[r.id], lang))),
    } for r in ch.itertuples()]
    return table(rows, csv="changes", lang=lang)


def group_heading(catalog: Catalog, group: str, lang: str) -> HTML:
    """A group's heading, in the catalog's own words for it."""
    return heading(catalog.group(group)[lang])


def catalog_table(catalog: Catalog, cov: pd.DataFrame, lang: str, group: str) -> HTML:
    """The targets of one group, with how often figures for them were published."""
    c = cov.set_index("id")
    rows = []
    for t in catalog.targets:
        if t.group != group:
            continue
        got = c.loc[t.id]
        published = label("none_published", lang) if got["figures"] == 0 else label(
            "figures_months", lang).format(n=got["figures"], months=", ".join(map(str, got["months"])))
        rows.append({
            label("number", lang): t.number,
            label("name", lang): t.name[lang],
            label("goal", lang): f"{label(t.kind, lang)} {target_text(t, lang)}",
            label("basis", lang): label(t.basis, lang),
            label("figures_in", lang).format(year=catalog.year): published,
        })
    return table(rows, [label("number", lang)], wide=[label("name", lang)], csv=f"targets-{group}", lang=lang)


def revision_table(rev: pd.DataFrame, lang: str) -> HTML:
    """Every published figure of a target, every vintage, oldest first."""
    if rev.empty:
        return paragraph(label("no_data", lang))
    rows = [{
        label("period", lang): month_name(r.period, lang),
        label("span", lang): label(r.span, lang),
        label("measure", lang): label(f"m_{r.measure}", lang),
        label("value", lang): ({">": label("at_least", lang) + " ", "~": label("approx", lang) + " "}
                               .get(r.qualifier, "") + number(r.value_published, lang)
                               + " " + units.label(r.unit_published, lang)),
        label("published", lang): date_text(r.published, lang) + (" *" if r.published_assumed else ""),
        label("note", lang): Safe((f'<span class="ct-stale">{_e(label("rev_other_territory", lang))}'
                                   "</span> " if getattr(r, "reason", "") == "other_territory" else "")
                                  + note(r.note, getattr(r, "note_en", None), lang)),
        label("source", lang): link(r.source_url, r.source_url.split("/")[2], print_url=True),
    } for r in rev.itertuples()]
    shown = table(rows, [label("value", lang)], wide=[label("note", lang)], csv="revisions", lang=lang)
    return HTML(shown.data + f"<p class=ct-muted>{_e(label('foot_assumed_date', lang))}</p>")


def computation(r: pd.Series, lang: str) -> HTML:
    """The arithmetic behind one scorecard row, written out."""
    if r["status"] in ("no_data", "not_comparable"):  # no arithmetic: the reason says why
        return paragraph(explain(r, lang))

    def n(x: float, d: int = 4) -> str:
        return number(round(x, d), lang)

    goal = r["low"] if r["kind"] == "range" else r["value"]
    # a ceiling divides and subtracts the other way round, so that more is always better
    a, b = (goal, r["actual"]) if r["kind"] == "max" else (r["actual"], goal)
    lines = [
        f"{label('attainment_pct', lang)} = {n(a)} / {n(b)} × 100 = {pct(r['attainment_pct'], lang)}",
        f"{label('gap', lang)} = {n(a)} − {n(b)} = {gap_text(r, lang)}",
    ]
    if pd.notna(r["expected_share"]):
        lines.append(f"{label('expected_share', lang)} = {n(r['expected_share'])}; "
                     f"{label('pace_ratio', lang)} = {n(r['actual'])} / ({n(goal)} × "
                     f"{n(r['expected_share'])}) = {n(r['pace_ratio'], 3)}")
        lines.append(f"{label('projected', lang)} = {n(r['actual'])} / {n(r['expected_share'])} = "
                     f"{computed(r['projected'], r['unit'], lang)} → "
                     f"{pct(r['projected_attainment_pct'], lang)}")
    if pd.notna(r["required_per_month"]):
        lines.append(f"{label('required', lang)} = ({n(goal)} − {n(r['actual'])}) / "
                     f"(12 − {Period.parse(r['obs_period']).month}) = {n(r['required_per_month'])}; "
                     f"/ ({n(r['actual'])} / {Period.parse(r['obs_period']).month}) = "
                     f"{n(r['required_ratio'], 3)}")
    if pd.notna(r["required_rest_growth"]):
        s_ = n(r["required_share"])
        lines.append(f"{label('required', lang)}: r = ((1 + {n(goal)}%) − (1 + {n(r['actual'])}%) × "
                     f"{s_}) / (1 − {s_}) − 1 = {number(round(r['required_rest_growth'], 2), lang)}%"
                     f" — s = {s_}, " + (label("q_basis_linear", lang)
                                          if r["required_basis"] == "linear" else
                                          label("q_basis_year", lang).format(
                                              year=r["required_basis"])))
    lines.append(f"{label('required', lang)}: {requirement(r, lang)}")
    lines.append(f"{label('status', lang)}: {label(r['status'], lang)} — {explain(r, lang)}")
    return HTML("<ul>" + "".join(f"<li>{_e(x)}</li>" for x in lines) + "</ul>")


def scenario_banner(lang: str) -> HTML:
    """The notice every what-if page opens with: its figures are hypothetical."""
    return HTML(f'<p class="ct-scenario" role="note"><strong>{_e(label("s_banner", lang))}</strong></p>')


def scenario_rows(rows: pd.DataFrame, target, lang: str) -> HTML:
    """The hypothetical figures of a scenario, each marked as such."""
    mark = f' <span class="ct-stale">{_e(label("hypothetical", lang))}</span>'
    return table([{
        label("period", lang): span_text(r.span, r.period, lang),
        label("value", lang): Safe(_e(computed(r.value, r.unit, lang)) + mark),
    } for r in rows.itertuples()], [label("value", lang)], csv="scenario", lang=lang)


def scenario_result(now: pd.Series, then: pd.Series, lang: str) -> HTML:
    """The target now (published figures) beside the year's end under the scenario."""
    def cells(r: pd.Series, hypothetical: bool) -> dict:
        figure = (_e(computed(r["actual"], r["unit"], lang))
                  + f' <span class="ct-stale">{_e(label("hypothetical", lang))}</span>'
                  if hypothetical else _e(_actual(r, lang)))
        return {label("actual", lang): Safe(figure),
                label("attainment_pct", lang): pct(r["attainment_pct"], lang),
                label("gap", lang): gap_text(r, lang), label("status", lang): badge(r["status"], lang),
                label("reason", lang): explain(r, lang)}
    rows = [{"": label("s_now", lang), **cells(now, False)},
            {"": label("s_then", lang), **cells(then, bool(then["hypothetical"]))}]
    return table(rows, [label("actual", lang), label("attainment_pct", lang)], wide=[label("reason", lang)],
                 csv="scenario-result", lang=lang)


def growth_table(matrix: pd.DataFrame, names: dict[str, str], lang: str) -> HTML:
    """Growth at each checkpoint, one row per target and year, with the goal and the notes."""
    rows = []
    for (tid, year), g in matrix.groupby(["id", "year"], sort=False):
        row = {label("name", lang): names[tid], label("col_year", lang): year}
        for m, cp in CHECKPOINTS.items():
            hit = g[g["month"] == m].iloc[0]
            v = hit["value"]
            row[cp[lang]] = "–" if pd.isna(v) else (
                (label("at_least", lang) + " " if hit["qualifier"] == ">" else "")
                + number(v, lang) + "%")
        low, high = g["low"].iloc[0], g["high"].iloc[0]
        goal = number(low, lang) if low == high else f"{number(low, lang)}–{number(high, lang)}"
        row[label("goal", lang)] = goal + "%" if year == matrix["year"].max() else ""
        notes = [note(vi, en, lang) for vi, en in zip(g["note"], g["note_en"], strict=True)]
        row[label("note", lang)] = Safe("; ".join(n for n in notes if n))
        rows.append(row)
    return table(rows, [cp[lang] for cp in CHECKPOINTS.values()], wide=[label("note", lang)],
                 csv="growth-table", lang=lang)


def backtest_table(summary: pd.DataFrame, lang: str) -> HTML:
    """The backtest by report month: the calls and how they ended."""
    if summary.empty:
        return HTML(f"<p>{_e(label('b_intro', lang))}</p>" + paragraph(label("no_data", lang)).data)
    rows = [{
        label("period", lang): month_name(r.period, lang),
        label("b_calls", lang): r.calls,
        label("b_on_track", lang): f"{r.on_track_achieved}/{r.on_track}",
        label("b_off_track", lang): f"{r.off_track_missed}/{r.off_track}",
        label("b_at_risk", lang): f"{r.at_risk_achieved} / {r.at_risk_missed}",
        label("b_right", lang): r.right,
        label("b_wrong", lang): r.wrong,
    } for r in summary.itertuples()]
    return HTML(f"<p>{_e(label('b_intro', lang))}</p>" + table(
        rows, [label(c, lang) for c in ("b_calls", "b_on_track", "b_off_track", "b_right",
                                        "b_wrong")], csv="backtest", lang=lang).data)


def wrong_calls(found: pd.DataFrame, lang: str) -> HTML:
    """Every wrong call: which target, in which month, what was called and how the year ended."""
    wrong = found[found["wrong"]]
    if wrong.empty:
        return paragraph(label("b_none_wrong", lang))
    name = f"name_{Lang.parse(lang)}"
    rows = [{
        label("period", lang): month_name(r["period"], lang),
        label("number", lang): r["number"],
        label("name", lang): r[name],
        label("b_call", lang): badge(r["call"], lang),
        label("obs_period", lang): month_name(r["obs_period"], lang),
        label("b_outcome", lang): badge(r["outcome"], lang),
    } for _, r in wrong.iterrows()]
    return table(rows, [label("number", lang)], wide=[label("name", lang)], csv="wrong-calls", lang=lang)
