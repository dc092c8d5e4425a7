"""Charts with one look: a seaborn theme, a colour-blind-safe status palette, labels in vi or en.

Every function returns a matplotlib Figure and does no I/O; notebooks show it.
"""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from ..analysis.progress import stale_call
from ..catalog.targets import Target
from ..values import units
from ..values.errors import UnitError
from ..values.period import Lang
from .fmt import STATUS_COLOURS, STATUS_MARKS, computed, label, number, pct, quantity, target_text

FONT = "DejaVu Sans"  # ships with matplotlib and draws every Vietnamese letter


def setup() -> None:
    """Apply the project's look (idempotent)."""
    sns.set_theme(style="whitegrid", context="notebook", font=FONT,
                  rc={"figure.dpi": 96, "savefig.dpi": 96, "axes.titleweight": "bold",
                      "axes.titlesize": 12, "axes.titlelocation": "left"})


def _fit(fig: Figure, *, top: float, bottom: float, right: float = 0.25, row_gap: float = 0.0) -> None:
    """Place the panels with margins in inches: a fixed layout, drawn in one pass. (Constrained
    layout lays every text out once to place the panels and again to draw: it doubled the cost of
    a chart.) The left margin, and the gap between columns, is measured: the widest y tick label
    plus the y axis label of any panel."""
    renderer = fig.canvas.get_renderer()

    def left_of(ax: plt.Axes) -> float:
        if not ax.axison:
            return 0.0
        ticks = [t.get_window_extent(renderer).width for t in ax.get_yticklabels() if t.get_text()]
        name = ax.yaxis.label
        title = name.get_window_extent(renderer).width if name.get_text() else 0.0
        return (max(ticks, default=0.0) + title) / fig.dpi + 0.2

    rows, cols = fig.axes[0].get_subplotspec().get_gridspec().get_geometry()
    left = max([0.3, *(left_of(a) for a in fig.axes)])
    w, h = fig.get_size_inches()
    width = (w - left - right - left * (cols - 1)) / cols
    height = (h - top - bottom - row_gap * (rows - 1)) / rows
    fig.subplots_adjust(left=left / w, right=1 - right / w, top=1 - top / h, bottom=bottom / h,
                        wspace=left / width, hspace=row_gap / height)


def _title_lines(axes) -> int:
    return max((ax.get_title().count("\n") + 1 for ax in axes), default=1)


def _fmt(lang: str, pct: bool = False) -> FuncFormatter:
    return FuncFormatter(lambda x, _: number(round(x, 2), lang) + ("%" if pct else ""))


def _short(name: str, width: int = 42) -> str:
    return textwrap.shorten(name, width=width, placeholder="…")


def _status_bars(f: pd.DataFrame, values: pd.Series, lang: str) -> tuple[Figure, plt.Axes | None]:
    """A horizontal bar per row of ``f`` (first row at the top), coloured by status, a call on a
    stale figure hatched (its mark of its own, in colour and in greyscale); named by target.
    ``None`` for the axes when there is nothing to draw: the figure says so."""
    setup()
    fig, ax = plt.subplots(figsize=(9, 0.42 * max(len(f), 3) + 1.8))
    if f.empty:
        ax.text(0.5, 0.5, label("no_data", lang), ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig, None
    y = np.arange(len(f))
    ax.barh(y, values, color=[STATUS_COLOURS[s] for s in f["status"]], height=0.6,
            hatch=["//" if s else "" for s in stale_call(f)], edgecolor="#000000", linewidth=0.4)
    names = f[f"name_{Lang.parse(lang)}"]
    # the status's mark before each name, as on the tables' badges: greyscale keeps them apart
    ax.set_yticks(y, [f"{STATUS_MARKS[st]} {n}. {_short(s)}"
                      for st, n, s in zip(f["status"], f["number"], names, strict=True)])
    return fig, ax


def _status_legend(fig: Figure, f: pd.DataFrame, lang: str, extra: list) -> None:
    """The statuses drawn, then ``extra`` handles, and the stale hatch where one is drawn; under
    the panel, and the layout fitted to it."""
    handles = [Patch(color=STATUS_COLOURS[s], label=f"{STATUS_MARKS[s]} {label(s, lang)}")
               for s in STATUS_COLOURS if s in set(f["status"])] + extra
    if stale_call(f).any():
        handles.append(Patch(facecolor="#FFFFFF", edgecolor="#000000", hatch="//",
                             label=label("stale", lang)))
    rows = (len(handles) + 3) // 4
    fig.legend(handles=handles, loc="lower center", ncols=min(len(handles), 4), fontsize=8,
               frameon=False)
    _fit(fig, top=0.45, bottom=0.75 + 0.22 * rows)


def attainment(card: pd.DataFrame, lang: str = "vi") -> Figure:
    """Attainment (% of target) for every target with data: target line at 100%, range bands,
    an arrow marker for "at least" figures."""
    f = card[card["attainment_pct"].notna()].iloc[::-1]
    fig, ax = _status_bars(f, f["attainment_pct"], lang)
    if ax is None:
        return fig
    y = np.arange(len(f))
    for yi, r in zip(y, f.itertuples(), strict=True):
        if r.kind == "range":  # the band from low (100%) to high
            ax.fill_betweenx([yi - 0.4, yi + 0.4], 100, r.high / r.low * 100, color="#000000",
                             alpha=0.12, linewidth=0)
        text = pct(r.attainment_pct, lang)
        if r.at_least:
            ax.plot(r.attainment_pct, yi, marker=">", color="#000000", markersize=7)
            text = "≥ " + text
        ax.text(r.attainment_pct + 2, yi, text, va="center", fontsize=9)
    ax.axvline(100, color="#000000", linewidth=1.2)
    ax.xaxis.set_major_formatter(_fmt(lang, pct=True))
    ax.set_xlim(0, max(130, f["attainment_pct"].max() * 1.15))
    ax.set_xlabel(label("attainment_pct", lang))
    ax.set_title(label("c_attainment", lang))
    extra = [Patch(color="#000000", alpha=0.12, label=label("c_target_range", lang))]
    if f["at_least"].any():
        extra.append(Line2D([], [], marker=">", color="#000000", linestyle="",
                            label=label("c_over", lang)))
    _status_legend(fig, f, lang, extra)
    return fig


def growth_gaps(card: pd.DataFrame, lang: str = "vi") -> Figure:
    """Growth targets against their goals in percentage points (actual − goal; for a ceiling,
    goal − actual), positive better: growth read as growth, never as a ratio of two rates."""
    f = card[(card["basis"] == "growth") & card["gap"].notna()].iloc[::-1]
    fig, ax = _status_bars(f, f["gap"], lang)
    if ax is None:
        return fig
    y = np.arange(len(f))
    gaps = f["gap"].to_numpy(float)
    span = max(float(np.abs(gaps).max()), 1.0)
    for yi, g, r in zip(y, gaps, f.itertuples(), strict=True):
        # right of the bar, or of the zero line for a shortfall: never over the names
        text = _points(g, lang) + (" (" + f"{number(r.actual, lang)}% / {target_text(r, lang)})")
        ax.text(max(g, 0) + 0.03 * span, yi, text, va="center", fontsize=9, ha="left")
    ax.axvline(0, color="#000000", linewidth=1.2)
    ax.set_xlim(-span * 1.1, span * 2.6)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: number(round(x, 2), lang)))
    ax.set_xlabel(label("c_gap_points", lang))
    ax.set_title(label("c_growth_gaps", lang))
    _status_legend(fig, f, lang, [])
    return fig


def _points(gap: float, lang: str) -> str:
    """A gap in percentage points with its sign: "+0,43 điểm %", "−1,12 pp"."""
    sign = "+" if gap > 0 else "−" if gap < 0 else ""
    return f"{sign}{number(round(abs(gap), 2), lang)} {label('pp', lang)}"


def pace(t: Target, path: pd.DataFrame, expected: pd.DataFrame, lang: str = "vi",
         projected: float | None = None, months: pd.DataFrame | None = None,
         ax: plt.Axes | None = None) -> Figure:
    """A flow target's year-to-date path against the pace needed to reach the annual target."""
    for part in (path, months):  # a figure in another unit would be drawn on this axis as if in its own
        if part is not None and "unit" in part and not part.empty and set(part["unit"]) != {t.unit}:
            raise UnitError(f"{t.id}: a path in {sorted(set(part['unit']))} drawn on an axis in "
                            f"{t.unit} (read it with helpers.analysis.series, which converts)")
    setup()
    alone = ax is None
    fig = ax.figure if ax is not None else plt.figure(figsize=(6.5, 3.6))
    ax = ax or fig.add_subplot()
    ax.plot(expected["month"], expected["expected"], color="#999999", linestyle="--",
            label=label("c_pace_needed", lang))
    if t.kind == "range":
        ax.axhspan(t.low, t.high, color="#000000", alpha=0.08)
    ax.axhline(t.threshold, color="#000000", linewidth=1)
    if months is not None and not months.empty:
        ax.bar(months["month"], months["value"], color="#BBBBBB", width=0.5,
               label=label("c_single_month", lang))
    if not path.empty:
        ax.plot(path["month"], path["value"], marker="o", color=STATUS_COLOURS["on_track"],
                label=label("c_ytd", lang))
        over = path[path["qualifier"] == ">"]
        ax.plot(over["month"], over["value"], linestyle="", marker="^", color="#000000",
                label=label("c_over", lang))
        if projected is not None and not np.isnan(projected):
            last = path.iloc[-1]
            ax.plot([last["month"], 12], [last["value"], projected], color=STATUS_COLOURS["on_track"],
                    linestyle=":", label=label("c_projection", lang))
    ax.set_xlim(0, 12.5)
    ax.set_xticks(range(1, 13))
    ax.yaxis.set_major_formatter(_fmt(lang))
    ax.set_xlabel(label("month", lang))
    ax.set_ylabel(units.label(t.unit, lang))
    ax.set_title(_short(t.name[lang], 60))
    if alone:  # in a grid, one legend serves every panel
        ax.legend(fontsize=8, loc="upper left")
        _fit(fig, top=0.4, bottom=0.6)
    return fig


def pace_grid(items: list[tuple], lang: str = "vi") -> Figure:
    """Small multiples of :func:`pace`; ``items`` holds (target, path, expected, projected)."""
    setup()
    n = max(len(items), 1)
    cols = 2
    rows = (n + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(11, 3.4 * rows + 0.4), squeeze=False)
    legend: dict[str, object] = {}
    for ax, (t, path, expected, projected) in zip(axes.flat, items, strict=False):
        pace(t, path, expected, lang, projected, ax=ax)
        for handle, text in zip(*ax.get_legend_handles_labels(), strict=True):
            legend.setdefault(text, handle)
    for ax in list(axes.flat)[len(items):]:
        ax.set_axis_off()
    if legend:
        fig.legend(legend.values(), legend.keys(), loc="lower center", ncols=len(legend),
                   fontsize=8, frameon=False)
    _fit(fig, top=0.4, bottom=0.95, row_gap=0.95)
    return fig


def growth(matrix: pd.DataFrame, names: dict[str, str], lang: str = "vi") -> Figure:
    """Growth rates at Q1 / H1 / 9 months / year for GRDP and each sector, this year and last,
    with each target as a line."""
    from ..analysis.series import CHECKPOINTS

    setup()
    ids = list(dict.fromkeys(matrix["id"]))
    fig, axes = plt.subplots(1, len(ids), figsize=(3.1 * len(ids), 3.8), sharey=False, squeeze=False)
    years = sorted(matrix["year"].unique())
    colours = {years[0]: "#BBBBBB", years[-1]: STATUS_COLOURS["on_track"]}
    legend = None
    for ax, tid in zip(axes.flat, ids, strict=True):
        m = matrix[matrix["id"] == tid]
        ax.set_title(textwrap.fill(names[tid], 26), fontsize=10)
        if m["value"].isna().all():  # say so; axes around nothing would mean something
            ax.text(0.5, 0.5, textwrap.fill(label("no_data", lang), 16), ha="center", va="center",
                    transform=ax.transAxes, fontsize=10, color="#333333")
            ax.set_axis_off()
            continue
        x = np.arange(len(CHECKPOINTS))
        for k, year in enumerate(years):
            vals = [m[(m["year"] == year) & (m["month"] == c)]["value"].iloc[0] for c in CHECKPOINTS]
            ax.bar(x + (k - 0.5) * 0.38, vals, width=0.38, color=colours[year], label=str(year))
        low, high = m["low"].iloc[0], m["high"].iloc[0]
        goal = label("c_goal_of", lang).format(year=years[-1])
        if high > low:  # a range goal is a band, its low end the line that counts as met
            ax.axhspan(low, high, color="#000000", alpha=0.12, linewidth=0, label=goal)
        ax.axhline(low, color="#000000", linewidth=1.2, label=None if high > low else goal)
        ax.set_xticks(x, [c[lang] for c in CHECKPOINTS.values()], fontsize=8)
        ax.yaxis.set_major_formatter(_fmt(lang, pct=True))
        ax.set_ylabel(label("m_yoy_pct", lang), fontsize=8)
        legend = legend or ax.get_legend_handles_labels()
    if legend:  # under the panels: inside one it would cover its bars
        fig.legend(*legend, loc="lower center", ncols=len(legend[0]), fontsize=8, frameon=False)
    _fit(fig, top=0.3 + 0.2 * _title_lines(axes.flat), bottom=0.75)
    return fig


def backtest(summary: pd.DataFrame, lang: str = "vi") -> Figure:
    """Right, wrong and at-risk calls by report month, stacked."""
    setup()
    fig, ax = plt.subplots(figsize=(8, 3.6))
    if summary.empty:  # no call could be held to an outcome: say so, draw no axes
        ax.text(0.5, 0.5, label("no_data", lang), ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    x = summary["month"].to_numpy()
    at_risk = (summary["at_risk"]).to_numpy()
    parts = [("b_right", summary["right"].to_numpy(), STATUS_COLOURS["on_track"]),
             ("b_wrong", summary["wrong"].to_numpy(), STATUS_COLOURS["off_track"]),
             ("at_risk", at_risk, STATUS_COLOURS["at_risk"])]
    bottom = np.zeros(len(x))
    for key, values, colour in parts:
        ax.bar(x, values, bottom=bottom, color=colour, label=label(key, lang), width=0.7)
        bottom += values
    ax.set_xticks(range(1, 13))
    ax.set_xlim(0.3, 12.7)
    ax.set_xlabel(label("c_report_month", lang))
    ax.set_ylabel(label("b_calls", lang))
    ax.legend(fontsize=8, loc="upper left")
    _fit(fig, top=0.2, bottom=0.6)
    return fig


# --- what each chart shows, in words: the alternative text of its image --------------------------

def attainment_alt(card: pd.DataFrame, lang: str = "vi") -> str:
    """The alternative text of :func:`attainment`: every bar's target, percentage and status."""
    f = card[card["attainment_pct"].notna()]
    name = f"name_{Lang.parse(lang)}"
    if f.empty:
        return label("no_data", lang)
    items = [f"{r.number}. {getattr(r, name)} {pct(r.attainment_pct, lang)} ({label(r.status, lang)})"
             for r in f.itertuples()]
    return label("alt_attainment", lang) + " " + "; ".join(items) + "."


def growth_gaps_alt(card: pd.DataFrame, lang: str = "vi") -> str:
    """The alternative text of :func:`growth_gaps`: each target's rate, goal and gap in points."""
    f = card[(card["basis"] == "growth") & card["gap"].notna()]
    if f.empty:
        return label("no_data", lang)
    name = f"name_{Lang.parse(lang)}"
    items = [f"{r.number}. {getattr(r, name)} {number(r.actual, lang)}% / {target_text(r, lang)}: "
             f"{_points(r.gap, lang)} ({label(r.status, lang)})" for r in f.itertuples()]
    return label("alt_growth_gaps", lang) + " " + "; ".join(items) + "."


def pace_alt(items: list[tuple], lang: str = "vi") -> str:
    """The alternative text of :func:`pace_grid`: each target's latest figure, goal and projection."""
    if not items:
        return label("no_data", lang)
    parts = []
    for t, path, _expected, projected in items:
        name = t.name[lang]
        if path.empty:
            parts.append(f"{name}: {label('no_data', lang)}")
            continue
        last = path.iloc[-1]
        text = label("alt_pace_item", lang).format(
            name=name, value=quantity(last["value"], t.unit, lang), month=int(last["month"]),
            goal=quantity(t.threshold, t.unit, lang))
        if projected is not None and not np.isnan(projected):
            text += label("alt_projected", lang).format(value=computed(projected, t.unit, lang))
        parts.append(text)
    return label("alt_pace", lang) + " " + "; ".join(parts) + "."


def growth_alt(matrix: pd.DataFrame, names: dict[str, str], lang: str = "vi") -> str:
    """The alternative text of :func:`growth`: each target's rates by checkpoint and its goal."""
    from ..analysis.series import CHECKPOINTS

    parts = []
    for tid in dict.fromkeys(matrix["id"]):
        m = matrix[matrix["id"] == tid]
        years = []  # every year's bars the chart draws, this year's first
        for year in sorted(m["year"].unique(), reverse=True):
            y = m[m["year"] == year].sort_values("month")
            values = [f"{CHECKPOINTS[r.month][lang]} {number(r.value, lang)}%"
                      for r in y.itertuples() if pd.notna(r.value)]
            if values:
                years.append(label("alt_year", lang).format(year=year) + ": " + ", ".join(values))
        low, high = m["low"].iloc[0], m["high"].iloc[0]
        goal = f"{number(low, lang)}%" if low == high else f"{number(low, lang)}–{number(high, lang)}%"
        parts.append(f"{names[tid]}: " + ("; ".join(years) or label("no_data", lang))
                     + label("alt_goal", lang).format(goal=goal))
    return label("alt_growth", lang) + " " + ". ".join(parts) + "."


def backtest_alt(summary: pd.DataFrame, lang: str = "vi") -> str:
    """The alternative text of :func:`backtest`: right, wrong and at-risk calls by month."""
    if summary.empty:
        return label("no_data", lang)
    parts = [label("alt_backtest_item", lang).format(month=r.month, right=r.right, wrong=r.wrong,
                                                     at_risk=r.at_risk) for r in summary.itertuples()]
    return label("alt_backtest", lang) + " " + "; ".join(parts) + "."
