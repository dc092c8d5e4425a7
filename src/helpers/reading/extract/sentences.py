"""A report cut into sentences, each read once: its figures, names, places, periods and runs,
and the span a figure of it is for.
"""

from __future__ import annotations

import bisect
import itertools
import re

from ...values.period import Lang, Period
from ..grammar import Figure
from .lists import _RUN_GLUE, _respective, _run_heads
from .phrases import _COMPLEMENT, Phrase, _places
from .spans import _report_span, _Span, _span_events

_TOTAL_WORDS = r"lũy kế|luỹ kế|cộng dồn"  # a running total's words
# ("with a cumulative collection of over 8,150 billion VND in the first five months")
_TOTAL_CUE = re.compile(rf"\b(?:{_TOTAL_WORDS}|cumulative(?:ly)?|accumulated)\b")
# the month before as an English text names it ("up 0.8 percent over April" in May: a month without a day
# or a year; not "from February 2, 2019, to …", a span)
_PREVIOUS_MONTH_EN = (r"(?:(?:over|from|compared (?:to|with)|than(?: in)?) the previous month|"
                     r"(?:over|from|than) (?:a month earlier|the month before)|month-on-month|"
                     r"(?:over|compared (?:to|with)|than(?: in)?) (?:january|february|march|april|may|june|"
                     r"july|august|september|october|november|december)(?!,?\s*(?:\d|last year)))\b")
_PREVIOUS_MONTH = re.compile(r"\b(?:so với|so)\s+tháng trước|\b" + _PREVIOUS_MONTH_EN)
# (a sentence may open on a number after a word's full stop: "… VND 5,985 billion. 87 foreign investment
# projects …")
# (nor after an abbreviation: "(approx. USD 706.7 million)")
# (not after an abbreviation: "trên địa bàn TP. Hồ Chí Minh ước đạt 279.298 tỷ đồng")
_SENTENCE = re.compile(r"(?<!\bapprox\.)(?<!\bvs\.)(?<!\bNo\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bTP\.)"
                       r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ\"“(])|(?<=[^\W\d_][.!?])\s+(?=\d)|\n+"
                       # (and where a copy lost the space: "… of the yearly plan.According to …")
                       r"|(?<=[a-zà-ỹ]{3}\.)(?=[A-ZĐ][a-zà-ỹ])")


def _place_key(name: str, bare: bool = False) -> str:
    """A place's name as :func:`.phrases._places` lists its own: hyphens as spaces ("thua thien-hue"), and
    ``bare``, without its title ("tp. hồ chí minh")."""
    key = " ".join(re.sub(r"\s*[-–]\s*", " ", name).split())
    return re.sub(r"^(?:tp\.?|thành phố|tỉnh)\s+", "", key) if bare else key


def _sentences(text: str) -> list[tuple[str, bool]]:
    """The sentences of ``text``, each with whether it opens a paragraph (a line)."""
    return [(s, k == 0) for line in text.split("\n")
            for k, s in enumerate(s.strip() for s in _SENTENCE.split(line) if s and s.strip())]


# a modifier that narrows the name after it ("tourism-related services")
_NARROWED = re.compile(r"\w+-(?:related|oriented|based|linked)\s+$")
# ... or a place after it that narrows it ("foreign direct investment (FDI) attraction into industrial parks")
_NARROWED_AFTER = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:attraction\s+)?(?:into|in) (?:the )?"
                             r"industrial parks\b")
_PRICE_BRACKET = re.compile(r"\((?:theo )?giá (?:so sánh|hiện hành)[^()]{0,30}\)|\(at (?:constant|current) "
                            r"prices?[^()]{0,30}\)")


class _Sentence:
    """One sentence, folded, with what every figure in it looks up computed once: the phrases
    that name an indicator, the spans, the depth of brackets. A figure's lookups are then
    searches in sorted lists, so a paragraph of a thousand clauses costs a thousand times one
    clause, not a million (issue 26, item 8)."""

    def __init__(self, folded: str, lang: Lang, report: Period, book: list[Phrase], city: str = "",
                 figs: list[Figure] = ()):
        self.folded, self.lang = folded, lang
        figs = list(figs)  # the sentence's figures, in order
        # where the run of figures each one ends starts: figures joined only by ";", "," or "và"
        # ("cơ cấu GRDP tương ứng là: 2,08%; 18,39%; 69,14% và 10,39%") share the run's lead
        heads = _run_heads(folded, figs, _RUN_GLUE)
        self.run_start = {f.start: figs[heads[k]].start for k, f in enumerate(figs)}
        self.respective = _respective(folded, figs)  # the figures "respectively" governs
        self.figure_starts, self.figure_ends = [f.start for f in figs], [f.end for f in figs]
        places, own = _places(city)
        # (start, end, is the city's own) of every place named
        self.places = [(m.start(), m.end(), _place_key(m.group()) in own or _place_key(m.group(), bare=True)
                        in own)
                       for m in places.finditer(folded)]
        self.events = _span_events(folded, lang, report)
        self.inherited: _Span | None = None  # the span of the sentence this one goes on from
        self.month_alone = False  # the next sentence of its paragraph opens on a running total
        self.frame: _Span | None = None  # the span an earlier sentence of its paragraph opened on
        self.national = False  # its paragraph opened on the country's figures, and it names no place
        self.declared_at = folded.find("mở tờ khai")  # trade declared at a customs office from here (or -1)
        self.previous_month = bool(_PREVIOUS_MONTH.search(folded))  # it compares with the month before
        self.totals = [m.start() for m in _TOTAL_CUE.finditer(folded)]  # "cumulatively", "lũy kế"
        self.semicolons = [i for i, c in enumerate(folded) if c == ";"]
        self.part_cues = [m.start() for m in _PARTS_CUE.finditer(folded)]  # "trong đó", "of which"
        self.event_starts = [e[0] for e in self.events]
        self.depth = [0, *itertools.accumulate(
            1 if c == "(" else -1 if c == ")" else 0 for c in folded)]  # depth before position i
        self.closes = [i for i, c in enumerate(folded) if c == ")"]
        named = []  # (end, length, -order, phrase) of every name not in a complement ("so với …")
        # a name read across a bracket on prices: "tổng sản phẩm (theo giá so sánh năm 2010) trên địa bàn"
        plain = _PRICE_BRACKET.sub(lambda b: " " * len(b.group()), folded)
        for order, ph in enumerate(book):
            for m in ph.pattern.finditer(plain):
                if _COMPLEMENT.search(folded[max(0, m.start() - 8):m.start()]):
                    continue
                # a name after a modifier of what it is about is a narrower thing, tracked by none:
                # "tourism-related services" are no services sector
                narrow = _NARROWED.search(folded, max(0, m.start() - 30), m.start())
                start, end = (narrow or m).start(), m.end()
                if not narrow and (after := _NARROWED_AFTER.match(folded, end)):
                    narrow, end = after, after.end()
                if narrow:
                    ph = Phrase(folded[start:end], ph.pattern, ())
                named.append((end, end - start, -order, ph))
        # the last is the nearest end, then the longest, then the first in the book
        named.sort(key=lambda n: n[:3])
        self.named = named
        self.named_ends = [n[0] for n in named]

    def part_cue(self, before: int, since: int = 0) -> re.Match | None:
        """The last "trong đó" / "of which" / "in which" that ends before ``before`` and starts at ``since``
        or after, or None."""
        k = bisect.bisect_left(self.part_cues, before)
        while k and self.part_cues[k - 1] >= since:
            cue = _PARTS_CUE.match(self.folded, self.part_cues[k - 1])
            if cue.end() <= before:
                return cue
            k -= 1
        return None


def _written_here(fig: Figure, sent: _Sentence) -> bool:
    """Whether the figure's sentence writes a span of its own before or right after it."""
    return any(start < fig.start or start - fig.end < 30 for start, _, _, _ in sent.events)


def _span_of(fig: Figure, sent: _Sentence, report: Period) -> tuple[_Span, bool]:
    """The span a figure belongs to, and whether the text wrote it (else the report's)."""
    folded, events = sent.folded, sent.events
    i = bisect.bisect_left(sent.event_starts, fig.end)
    for start, _end, span, own in events[i:]:  # "… của 9 tháng", "mức tăng 13,73% trong 9 tháng"
        if start - fig.end >= 30:
            break
        if (own or re.fullmatch(r"\s*(?:trong|in)\s+", folded[fig.end:start])) and not re.search(
                r"\d", folded[fig.end:start]):
            return span, True
    here = sent.depth[fig.start]
    # the nearest span before the figure: a span inside brackets holds only inside them; one after
    # "của"/"of" is the figure's before it ("mức tăng 7% của 9 tháng năm 2020"), unless no figure
    # stands right before it ("The CPI of April 2023 … increased by 3.29%")
    for start, end, span, own in reversed(events[:bisect.bisect_left(sent.event_starts, fig.start)]):
        if own:
            j = bisect.bisect_right(sent.figure_ends, start) - 1
            own = j >= 0 and start - sent.figure_ends[j] < 30
        if own or end > fig.start or sent.depth[start] > here:
            continue
        if sent.depth[start] > 0:  # its bracket closed before the figure (or never: as find's -1)
            k = bisect.bisect_left(sent.closes, start)
            if k == len(sent.closes) or sent.closes[k] < fig.start:
                continue
        return span, True
    if sent.inherited is not None:  # "Trong đó: Khu vực nông, … ước đạt 5,39%": the sentence before's
        return sent.inherited, True
    if sent.frame is not None:  # "Trong tháng 10, …. Chỉ số sản xuất công nghiệp tăng 11%, …"
        return sent.frame, True
    # none written: the report's month where the sentence compares with the month before (a year to
    # date is not) or a running total follows it ("… đạt trên 221.700 lượt du khách. Lũy kế 4 tháng
    # …"); else the report's span (January's year to date is January alone)
    # (and so where a running total follows it in its sentence: "… 897.7 billion VND, up 14.2% …,
    # cumulatively reaching 8,678.8 billion VND", not the total's own figure)
    # (looked up in sorted lists: a long paragraph costs no more per figure than a short one)
    t = bisect.bisect_left(sent.totals, fig.start - 40)
    total_before = t < len(sent.totals) and sent.totals[t] < fig.start
    s = bisect.bisect_left(sent.semicolons, fig.end)
    clause_end = sent.semicolons[s] if s < len(sent.semicolons) else len(folded)
    a = bisect.bisect_right(sent.totals, fig.end)
    total_after = a < len(sent.totals) and sent.totals[a] < clause_end
    if sent.month_alone or sent.previous_month or not total_before and total_after:
        return _Span("month", report), False
    return _report_span(report), False
_PARTS_CUE = re.compile(r"\b(?:trong đó|of which|in which)\b")
