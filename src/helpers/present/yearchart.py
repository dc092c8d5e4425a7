"""A target family's goal against its outcome, year by year: a small inline SVG chart.

Inline SVG rather than a matplotlib image: the city page is written by the render itself (no
kernel), stays a few kilobytes, prints sharp and needs nothing fetched. Each bar carries the value
it draws (``data-value``, in the chart's unit), and the alternative text names every value of both
series, so a test can hold the chart to the table beside it.

Greyscale and print: the goal is an outlined white bar, the outcome a filled bar in its status
colour with the status mark above it, so the two series stay apart without colour.
"""

from __future__ import annotations

from html import escape
from types import SimpleNamespace

from .fmt import STATUS_COLOURS, STATUS_MARKS, label, quantity, target_text

WIDTH_PER_YEAR = 64
HEIGHT = 170
TOP, BOTTOM, LEFT = 22, 138, 8  # the plot area's edges (pixels)
BAR = 20


def _goal_text(p: dict, unit: str, lang: str) -> str:
    if p.get("goal_high") is not None:  # a range, written as the scorecard writes it
        return target_text(SimpleNamespace(kind="range", low=p["goal"], high=p["goal_high"], unit=unit), lang)
    return quantity(p["goal"], unit, lang)


def alt_text(name: str, points: list[dict], unit: str, lang: str) -> str:
    """The chart in words: every year's goal and outcome, in the chart's unit.

    Examples
    --------
    >>> pts = [{"year": 2024, "goal": 11.5, "goal_high": 12.0, "outcome": 11.01},
    ...        {"year": 2025, "goal": 12.35, "goal_high": None, "outcome": None}]
    >>> alt_text("GRDP", pts, "percent", "vi")
    'GRDP, theo năm. Kế hoạch: 2024: 11,5–12,0%; 2025: 12,35%. Kết quả: 2024: 11,01%; 2025: chưa có.'
    """
    none = label("c_none", lang)
    goals = "; ".join(f"{p['year']}: {_goal_text(p, unit, lang) if p['goal'] is not None else none}"
                      for p in points)
    outcomes = "; ".join(
        f"{p['year']}: {quantity(p['outcome'], unit, lang) if p['outcome'] is not None else none}"
        for p in points)
    return label("c_alt", lang).format(name=name, goals=goals, outcomes=outcomes)


def svg(name: str, points: list[dict], unit: str, lang: str) -> str:
    """An SVG chart of ``points`` (each ``year``, ``goal``, ``goal_high`` for a range, ``outcome``
    and its ``status``), all in ``unit``; a year's missing value draws no bar.

    Examples
    --------
    >>> pts = [{"year": 2024, "goal": 10.0, "goal_high": None, "outcome": 5.0, "status": "not_achieved"}]
    >>> s = svg("X", pts, "percent", "en")
    >>> s.count("<rect"), 'data-value="10.0"' in s, 'data-value="5.0"' in s
    (2, True, True)
    """
    values = [v for p in points for v in (p.get("goal"), p.get("goal_high"), p.get("outcome"))
              if v is not None]
    top = max([0.0, *values])
    bottom = min([0.0, *values])
    span = (top - bottom) or 1.0
    scale = (BOTTOM - TOP) / span
    zero = TOP + top * scale  # the y of the value 0

    def y(v: float) -> float:
        return zero - v * scale

    width = LEFT * 2 + WIDTH_PER_YEAR * len(points)
    parts = [f'<svg class="yearchart" role="img" aria-label="{escape(alt_text(name, points, unit, lang))}" '
             f'viewBox="0 0 {width} {HEIGHT}" width="{width}" height="{HEIGHT}" '
             f'xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{LEFT}" x2="{width - LEFT}" y1="{zero:.1f}" y2="{zero:.1f}" stroke="#555"/>']
    for i, p in enumerate(points):
        x = LEFT + i * WIDTH_PER_YEAR + 8
        for series, v, dx in (("goal", p.get("goal"), 0), ("outcome", p.get("outcome"), BAR + 2)):
            if v is None:
                continue
            fill = "#ffffff" if series == "goal" else STATUS_COLOURS.get(p.get("status"), "#999999")
            parts.append(f'<rect data-year="{p["year"]}" data-series="{series}" data-value="{float(v)!r}" '
                         f'x="{x + dx}" y="{min(y(v), zero):.2f}" width="{BAR}" '
                         f'height="{abs(v) * scale:.2f}" '
                         f'fill="{fill}" stroke="#222"/>')
            if series == "outcome" and p.get("status") in STATUS_MARKS:
                parts.append(f'<text x="{x + dx + BAR / 2}" y="{min(y(v), zero) - 4:.2f}" font-size="11" '
                             f'text-anchor="middle" aria-hidden="true">{STATUS_MARKS[p["status"]]}</text>')
        if p.get("goal_high") is not None:  # a range: the goal's upper end as a whisker
            cx = x + BAR / 2
            parts.append(f'<line data-year="{p["year"]}" data-series="goal_high" '
                         f'data-value="{float(p["goal_high"])!r}" x1="{cx}" x2="{cx}" '
                         f'y1="{y(p["goal"]):.2f}" y2="{y(p["goal_high"]):.2f}" '
                         'stroke="#222" stroke-width="2"/>')
        parts.append(f'<text x="{x + BAR + 1}" y="{HEIGHT - 14}" font-size="12" text-anchor="middle">'
                     f'{p["year"]}</text>')
    parts.append("</svg>")
    return "".join(parts)
