"""A figure a report quotes for comparison: an earlier period's, given beside this period's.

"tăng 5,85% (cùng kỳ tăng 5,44%)", "tăng 9,58% … (năm 2019 tăng 13,99%; năm 2017 tăng 9,96%)", "đạt 8,61%,
cao hơn mức cùng kỳ 2024 (8,49%)", "(10T/2022: 26.253,5 tỷ đồng)", "expanded 7.21%, higher than the previous
growth of 7.15% recorded in the same period last year", "increased 7.0 percent, lower than that of the same
period of 2018 at 7.1 percent": each is a published figure of an earlier period (a vintage of it), not this
period's. It is read as that period's figure of the indicator the figure it is compared with (its *anchor*,
the figure before the comparison) was read as, for review.

Only where the earlier period is plain: in a bracket that opens on it ("(năm 2019 tăng 13,99%", "(cùng kỳ
đạt khoảng 25.080 tỷ đồng)", "(6 months of 2024 increased by 33.8%)"), named right before a bracket holding
only the figure ("cao hơn mức tăng của cùng kỳ năm trước (4,09%)"), or right after a figure a comparison
introduces ("thấp hơn mức tăng 5,03% của 6 tháng đầu năm 2019", "… of 3.29% recorded in the first half of
last year", "… of 7.88% a year earlier", "higher than the 7.01% growth recorded in the same period last
year", "versus an expansion of 3.34% in the same period last year"), or as the growth's owner ("higher than
last year’s year-on-year growth of 7.93%"). "Cùng kỳ" and "the same period" alone are the anchor's span a year
before. An earlier period of the anchor's own year ("(quý I tăng 9,88%, …)", the figure's quarters) is none:
those are read as its parts are.

Not read so (each stays as the reader lists it): a figure after "so với cùng kỳ … là" (whether it is the
earlier figure or the difference is not plain), "(negative 4.88% over the same period)" (the same), "bằng …"
(an index), an anchor that made no row.
"""

from __future__ import annotations

import re

from ...values.period import Lang, Period
from ..grammar import Figure
from .spans import _Span, _span_events

# the earlier period as a comparison names it: "cùng kỳ (năm trước|năm 2024|2024)", "năm 2022", "quý I-2019",
# "6 tháng đầu năm 2021", "10T/2022", "the same period (last year|of 2018)", "the first half of last year", …
_YEAR = r"(?:19|20)\d{2}"
_PERIOD_VI = (rf"cùng kỳ(?:\s+năm\s+(?:trước|{_YEAR})|\s+{_YEAR})?|năm\s+{_YEAR}|"
              rf"quý\s*(?:i{{1,3}}|iv|[1-4])\s*[-/]?\s*(?:năm\s+)?{_YEAR}|\d{{1,2}}\s+tháng(?:\s+đầu)?(?:\s+năm)?\s*"
              rf"[-/]?\s*{_YEAR}|\d{{1,2}}t\s*/\s*{_YEAR}")
_PERIOD_EN = (rf"(?:the\s+)?same period(?:\s+(?:last year|of\s+{_YEAR}|in\s+{_YEAR}))?|a year earlier|"
              rf"(?:the\s+)?first (?:half|quarter|\w+ months) of (?:last year|{_YEAR})|"
              rf"(?:the\s+)?(?:first\s+)?\d{{1,2}} months of (?:last year|{_YEAR})|{_YEAR}")
_PERIOD = rf"(?P<p>{_PERIOD_VI}|{_PERIOD_EN})"


def _compile(pattern: str) -> re.Pattern:
    """A pattern whose spaces are any run of white space: a page prints "cùng  kỳ" too."""
    return re.compile(pattern.replace(" ", r"\s+"))


_VERB = (r"(?:tăng|giảm|đạt|là|chỉ đạt|increased by|decreased by|increased|decreased|rose|fell|grew|"
         r"up|down|reached|at)")
_BOUND = r"(?:khoảng|gần|hơn|trên|dưới|about|nearly|more than|over|around)"
# a bracket's item that opens on the earlier period: "năm 2017 tăng ", "cùng kỳ đạt khoảng ", "10T/2022: "
_OPENS_ON = _compile(rf"\s*{_PERIOD}\s*(?::|,)?\s*(?:{_VERB}\s+)?(?:{_BOUND}\s+)?$")
# a comparison that names its period before a bracket holding only the figure
_NAMED_BEFORE = _compile(rf"(?:so với|hơn)\s+(?:so với\s+)?(?:mức(?:\s+tăng(?:\s+trưởng)?)?\s+|tốc độ tăng"
                           rf"(?:\s+trưởng)?\s+)?(?:của\s+)?{_PERIOD}\s*\(\s*(?:{_BOUND}\s+)?$")
# (in English: "expanded 6.50%, higher than the growth in the same period of 2022 (4.90%)", "lower than the
# increase of the first quarter of 2019 (up 8.75%)")
_NAMED_BEFORE_EN = _compile(rf"(?:than|over|compared (?:to|with))\s+(?:(?:the|that)\s+)?"
                            rf"(?:(?:growth|increase)(?:\s+rate)?\s+)?(?:(?:in|of)\s+)?{_PERIOD}\s*\("
                            rf"\s*(?:up\s+)?(?:{_BOUND}\s+)?$")
# a comparison that introduces the figure, then names its period after it
# ("versus an expansion of 3.34% in the same period last year"; "higher than the 7.01% growth recorded in …":
# the growth named after the figure)
# ("…, compared to 5.17 per cent in the same period of 2023")
_INTRODUCES = _compile(r"(?:(?:cao|thấp) hơn(?:\s+so với)?|higher than|lower than|versus|"
                         r"compared (?:to|with))\s+"
                         r"(?:(?:the|an?)\s+)?"
                         r"(?:(?:previous\s+)?(?:mức(?:\s+tăng(?:\s+trưởng)?)?|tốc độ tăng(?:\s+trưởng)?|"
                         r"(?:growth|expansion|increase)(?:\s+rate)?(?:\s+of)?)\s+)?$")
_GROWTH_AFTER = r"(?:\s+(?:growth|expansion|increase)(?:\s+rate)?)?"
_NAMED_AFTER = _compile(rf"{_GROWTH_AFTER}\s+(?:(?:của|trong)\s+|(?:recorded\s+|seen\s+)?"
                          rf"(?:in|during)\s+|"
                          rf"(?=a year earlier)){_PERIOD}")
# "higher than last year’s year-on-year growth of 7.93%": the period named as the growth's owner
_WHOSE = _compile(rf"(?:higher|lower) than (?P<p>last year|{_YEAR})['’]s (?:year-on-year )?"
                  r"(?:growth|expansion|increase)(?: rate)?(?: of)?\s+$")
# "thấp hơn so với mức tăng cùng kỳ 6,91%": the same period's rate, named before it
_SAME_PERIODS_RATE = _compile(rf"(?:cao|thấp) hơn (?:so với )?mức tăng(?: trưởng)? (?:của )?(?P<p>cùng kỳ"
                              rf"(?: năm trước| năm {_YEAR}| {_YEAR})?)\s*(?:là\s+)?$")
# "lower than that of the same period of 2018 at 7.1 percent"
_THAT_OF = _compile(rf"(?:higher|lower) than that (?:of|in)\s+{_PERIOD}\s+at\s+$")
_NEGATIVE = re.compile(r"\b(?:giảm|decreased|fell|down|âm|negative)\b")
_ITEM_SPLIT = re.compile(r";|,|\s+và\s+|\s+and\s+")


def compared(folded: str, fig: Figure, figs: list[Figure]) -> tuple[Figure, str, bool] | None:
    """The figure ``fig`` is compared with (its anchor), the earlier period as written, and whether the text
    says the earlier figure is a fall; None where ``fig`` is not plainly an earlier period's.

    Examples
    --------
    >>> from ..grammar import figures
    >>> s = "khu vực nông, lâm nghiệp và thuỷ sản tăng 5,85% (cùng kỳ tăng 5,44%)"
    >>> figs = figures(s, Lang.VI)
    >>> anchor, period, fall = compared(s, figs[1], figs)
    >>> (anchor.value, period, fall)
    (5.85, 'cùng kỳ', False)
    >>> compared(s, figs[0], figs) is None
    True
    """
    if fig.is_range or fig.unit is None:
        return None
    open_at = folded.rfind("(", 0, fig.start)
    inner = folded[open_at + 1:fig.start] if open_at >= 0 and ")" not in folded[open_at:fig.start] else None
    found = None
    if inner is not None:
        item = _ITEM_SPLIT.split(inner)[-1]
        m = _OPENS_ON.fullmatch(item)
        if m:
            found = (open_at, m.group("p"), bool(_NEGATIVE.search(item)))
        else:
            m = _NAMED_BEFORE.search(folded, max(0, open_at - 80), fig.start) or _NAMED_BEFORE_EN.search(
                folded, max(0, open_at - 80), fig.start)
            if m and m.end() == fig.start:
                found = (m.start(), m.group("p"), False)
    if found is None:
        m = _INTRODUCES.search(folded, max(0, fig.start - 80), fig.start)
        after = _NAMED_AFTER.match(folded, fig.end) if m and m.end() == fig.start else None
        if after:
            found = (m.start(), after.group("p"), False)
        else:
            m = (_THAT_OF.search(folded, max(0, fig.start - 80), fig.start)
                 or _SAME_PERIODS_RATE.search(folded, max(0, fig.start - 80), fig.start)
                 or _WHOSE.search(folded, max(0, fig.start - 80), fig.start))
            if m and m.end() == fig.start:
                found = (m.start(), m.group("p"), False)
    if found is None:
        return None
    at, period, fall = found
    if "bằng" in folded[at:fig.start]:  # an index, not a change
        return None
    anchor = next((f for f in reversed(figs) if f.end <= at and f.unit is not None and not f.is_range), None)
    return (anchor, " ".join(period.split()), fall) if anchor is not None else None


_EARLIER_YEAR = re.compile(r"(?:năm\s+)?trước|last year|a year earlier")
_MONTHS = re.compile(r"(\d{1,2})\s*(?:t\b|tháng|months?)")
_HALF = re.compile(r"first half")
_QUARTER_EN = re.compile(r"first quarter")


def earlier_span(period: str, anchor: _Span, lang: Lang) -> _Span | None:
    """The span of ``period`` (as :func:`compared` gives it) beside a figure read for ``anchor``; None unless
    it ends in a year before the anchor's (an earlier month of the anchor's year is one of its parts).

    Examples
    --------
    >>> six = _Span("ytd", Period(2023, 6))
    >>> earlier_span("cùng kỳ", six, Lang.VI)
    _Span(span='ytd', period=Period(year=2022, month=6))
    >>> earlier_span("năm 2019", _Span("year", Period(2020, 12)), Lang.VI)
    _Span(span='year', period=Period(year=2019, month=12))
    >>> earlier_span("the first half of last year", six, Lang.EN)
    _Span(span='ytd', period=Period(year=2022, month=6))
    >>> earlier_span("quý i", six, Lang.VI) is None
    True
    """
    year = re.search(_YEAR, period)
    if year:
        year = int(year.group())
    elif _EARLIER_YEAR.search(period) or re.fullmatch(r"cùng kỳ|(?:the )?same period", period):
        year = anchor.period.year - 1
    else:
        return None
    if year >= anchor.period.year:
        return None
    if period == "last year" or period.startswith(("cùng kỳ", "same period", "the same period",
                                                   "a year earlier")):
        return _Span(anchor.span, Period(year, anchor.period.month))
    months = _MONTHS.search(period)
    if _HALF.search(period):
        month = 6
    elif _QUARTER_EN.search(period):
        month = 3
    elif months and not period.startswith("quý"):
        month = int(months.group(1))
    else:
        events = _span_events(period, lang, Period(year, 12))
        if not events:
            return _Span("year", Period(year, 12)) if re.fullmatch(rf"(?:năm\s+)?{_YEAR}", period) else None
        return _Span(events[0][2].span, Period(year, events[0][2].period.month))
    if not 1 <= month <= 12:
        return None
    return _Span("year" if month == 12 else "ytd", Period(year, month))
