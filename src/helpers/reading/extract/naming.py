"""Which indicator a figure measures: the name before it (or after it), a "respectively"
list's, and the target a unit picks among several.
"""

from __future__ import annotations

import bisect
import re

from ...values import units
from ..grammar import Figure, fold
from .phrases import SUBJECT_REACH, Phrase
from .sentences import _Sentence


def _respective_name(fig: Figure, sent: _Sentence, used: dict[str, Phrase],
                     amounts: list[Phrase] | None = None) -> Phrase | None:
    """The name a "respectively" gives ``fig``: the run's figures go, in order, to the indicators of the
    levels already read in its sentence ("gained $10.1 billion from exports and spent $13.1 billion on
    imports, year-on-year increases of 7.5% and 3.1%, respectively"), or else to the names listed right
    before the run ("growth rates of industry-construction, agro-forestry-fishery, and services hit
    17.25%, 2.63%, and 6.56%, respectively"), when there are exactly as many; or else to the names of
    the amounts before it, read or not, when there are as many ("had attracted nearly 30.8 trillion VND
    (…) in domestic investment and 468 million USD in foreign direct investment, increases of 50 percent
    and 59 percent year-on-year, respectively"), or else to the names listed right after it ("increases
    of 2.6 percent, 1.96 percent, and 0.80 percent in its agro-forestry-aquaculture,
    industry-construction, and services, respectively"); else None (which figure is whose is not read).
    ``used``: the names of the levels read; ``amounts``: of every amount named."""
    place, length, head = sent.respective[fig.start]
    if len(used) == length > 1:
        return list(used.values())[place]
    # the names between the figure before the run and the run
    names = _names_between(sent, sent.figure_ends[head - 1] if head else 0, sent.figure_starts[head])
    if len(names) == length > 1:
        return names[place]
    if amounts and len(amounts) == length > 1:
        return amounts[place]
    # or the names listed right after the run, before "respectively" ("increases of 2.6 percent, 1.96 percent,
    # and 0.80 percent in its agro-forestry-aquaculture, industry-construction, and services, respectively")
    last = head + length - 1
    upto = sent.folded.find("respectively", sent.figure_ends[last])
    if upto < 0 or last + 1 < len(sent.figure_starts) and sent.figure_starts[last + 1] < upto:
        return None
    names = _names_between(sent, sent.figure_ends[last], upto)
    return names[place] if len(names) == length > 1 else None


def _names_between(sent: _Sentence, since: int, upto: int) -> list[Phrase]:
    """The names of ``sent`` between ``since`` and ``upto``, in order, the longest where two overlap."""
    listed: list[tuple[int, Phrase]] = []
    for end, size, _, phrase in sorted(sent.named, key=lambda n: (n[0] - n[1], -n[1])):
        if since <= end - size and end <= upto and (not listed or end - size >= listed[-1][0]):
            # a name's abbreviation in brackets right after it is the same name: "foreign direct investment
            # (FDI)"
            if listed and phrase.ids == listed[-1][1].ids and re.fullmatch(
                    r"\s*\(", sent.folded[listed[-1][0]:end - size]):
                continue
            listed.append((end, phrase))
    return list(dict.fromkeys(p for _, p in listed))


# between a figure and a name after it that is its own: "$10.1 billion from exports", "920,7 triệu USD
# vốn đầu tư …"
# (past the bracket of the figure before: "30.8 trillion VND (1.34 billion USD) in domestic investment and 468
# million USD in foreign direct investment")
_FROM_NAME = re.compile(r"\s+(?:from|từ)\s+\w")
# (and its article: "increases of 4.81% in the index of industrial production, 13.42% in total retail sales
# …")
_OWN_NAME_GAP = re.compile(r"\s*\)?\s*(?:(?:from|on|of|in|for|worth of|từ|cho)\s+(?:the\s+)?)?")


def _subject(fig: Figure, sent: _Sentence, book: list[Phrase], stop: int, prev_end: int = 0) -> Phrase | None:
    """The nearest name before the figure (a complement skipped; the longest where two end
    together), within :data:`SUBJECT_REACH`; else the first right after it, before ``stop`` (the
    next figure). A name right after the previous figure (ending at ``prev_end``) is that figure's:
    where the figure has a name of its own after it, that one is its subject ("gained $10.1
    billion from exports and spent $13.1 billion on imports"). A name in a bracket that closed
    before the figure is skipped."""
    i = bisect.bisect_right(sent.named_ends, fig.start)
    # (a name inside a bracket closed before the figure names that bracket's figures only: "(khu vực
    # thành thị tăng 0,27%; khu vực nông thôn tăng 0,21%); tăng 2,44% so với cùng kỳ" is the CPI's)
    # (not "(GRDP)": a bracket without figures is a name's own)
    here = sent.depth[fig.start]
    while i and sent.named_ends[i - 1] >= fig.start - SUBJECT_REACH and _in_figures_bracket(
            sent, sent.named[i - 1][0] - sent.named[i - 1][1], here):
        i -= 1
    if i and sent.named_ends[i - 1] >= fig.start - SUBJECT_REACH:
        end, length, _, phrase = sent.named[i - 1]
        start = end - length
        # an acronym in brackets right after a longer name is that name's: "per capita gross regional
        # domestic product (GRDP) of nearly 73 million VND" is the product per head, not the GRDP
        if i >= 2 and re.fullmatch(r"\s*\(\s*", sent.folded[sent.named_ends[i - 2]:start]) and (
                re.match(r"\s*\)", sent.folded[end:])):
            end, length, _, phrase = sent.named[i - 2]
            start = end - length
        if prev_end and start >= prev_end and _OWN_NAME_GAP.fullmatch(sent.folded, prev_end, start):
            return _name_after(fig, sent, book, stop) or phrase
        # (a name before the figure before is that one's, where this one is named after it: "Total budget
        # collection topped 3.78 trillion VND, including over 3.2 trillion VND from domestic collection")
        if prev_end and end <= prev_end and fig.unit != "percent" and _FROM_NAME.match(sent.folded, fig.end):
            return _name_after(fig, sent, book, stop) or phrase
        return phrase
    return _name_after(fig, sent, book, stop)


def _in_figures_bracket(sent: _Sentence, at: int, depth: int) -> bool:
    """Whether position ``at`` is inside a bracket deeper than ``depth`` that holds a figure."""
    if sent.depth[at] <= depth:
        return False
    opened = sent.folded.rfind("(", 0, at)
    closed = sent.folded.find(")", at)
    return bisect.bisect_left(sent.figure_starts, opened) < bisect.bisect_left(
        sent.figure_starts, closed if closed >= 0 else len(sent.folded))


def _name_after(fig: Figure, sent: _Sentence, book: list[Phrase], stop: int) -> Phrase | None:
    """The first name right after the figure, within its clause and before ``stop``; a bracket
    right after the figure is skipped ("27.18 trillion VND (1.17 billion USD at current exchange
    rate) for the State budget")."""
    folded, start = sent.folded, fig.end
    bracket = re.match(r"\s*\(", folded[start:start + 5])
    if bracket:
        close = folded.find(")", start + bracket.end())
        start = close + 1 if 0 <= close < stop else start
    # a name after the figure is its own only within its clause ("thu hút 920,7 triệu USD vốn đầu tư
    # trực tiếp nước ngoài"); after ", and the agriculture … group by 1.08%" it is the next figure's
    clause_end = re.search(r"[,;]|\s(?:and|và)\s", folded[start:stop])
    # (a name that starts in the clause may hold commas itself: "the 3.71% increase in agriculture, forestry
    # and fishery")
    starts_by = min(stop, start + SUBJECT_REACH, start + clause_end.start() if clause_end else stop)
    after: tuple[int, int, Phrase] | None = None
    for ph in book:
        m = ph.pattern.search(folded, start, stop)
        if m and m.start() >= starts_by:
            m = None
        if m and (after is None or (m.start(), -(m.end() - m.start())) < (after[0], -after[1])):
            after = (m.start(), m.end() - m.start(), ph)
    # (but past the clause, a name its verb and the next figure follow is that figure's: "Trong mức tăng chung
    # 5,56% của quý I năm 2025 thì khu vực nông - lâm nghiệp và thủy sản tăng 4,47%")
    past = after and after[0] + after[1] > starts_by
    if past and stop - after[0] - after[1] < 30 and _VERB_THEN_FIGURE.search(folded, after[0], stop):
        return None
    return after[2] if after else None


_VERB_THEN_FIGURE = re.compile(r"\b(?:tăng|giảm|đạt|ước|increased|rose|grew|reached|up|down)\b[^,;]{0,12}$")


def _pick(ids: tuple[str, ...], kinds: dict, unit: str, growth: bool,
          folded: str) -> tuple[list[str], str]:
    """The ids a figure can belong to, best first; or ([], why). ``kinds``: the catalog's targets
    and context indicators by id."""
    if not ids:
        return [], "names an indicator no target of this resolution tracks"
    if unit == "percent":
        # a level's rise too ("GRDP bình quân đầu người … 71 triệu đồng, tăng 9,06%")
        fit = [i for i in ids if kinds[i].unit == "percent" or kinds[i].basis in ("flow", "growth")
               or growth and kinds[i].basis == "level"]
        if growth:
            grow = [i for i in fit if kinds[i].basis == "growth"]
            fit = grow or [i for i in fit if kinds[i].basis == "flow"] or fit
        else:
            fit = [i for i in fit if kinds[i].unit == "percent"] or [
                i for i in fit if kinds[i].basis == "growth"]
    else:
        fit = [i for i in ids if _fits(unit, kinds[i].unit)]
    if not fit:
        return [], f"a figure in {units.label(unit, 'vi')} for an indicator kept in another unit"
    if len(fit) > 1:
        for words in ("giá so sánh", "giá hiện hành", "constant", "current"):
            if words in folded:
                narrowed = [i for i in fit
                            if words in fold(kinds[i].name.vi) or words in fold(kinds[i].name.en)]
                fit = narrowed or fit
    return fit, ""


def _fits(unit: str, target_unit: str) -> bool:
    a, b = units.UNITS[unit].dimension, units.UNITS[units.canonical(target_unit)].dimension
    return a == b or {a, b} in ({"vnd_per_person", "usd_per_person"},)


def _per_person(unit: str) -> str:
    return {"usd": "usd_per_person", "million_vnd": "million_vnd_per_person"}.get(unit, unit)
