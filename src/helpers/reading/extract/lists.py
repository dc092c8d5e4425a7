"""Figures joined into a run ("a, b và c") and the lists a "respectively" gives out in order.
"""

from __future__ import annotations

import bisect
import re

from ..grammar import Figure

_RESPECTIVELY = re.compile(r"\brespectively\b|\blần lượt (?:là|tăng|đạt)\b")
# two things joined by "and", then one verb and two rises joined by "and": a "respectively" unsaid ("its
# retail … revenue and foreign direct investment (FDI) attraction … rose by 40% and 34.1%")
_PAIRED = re.compile(r"\band\b[^,;:]{3,120}\b(?:rose|increased|grew|went up|climbed|surged) by $")


_GLUE = r"\s*{sep}\s*(?:(?:và|and)\s+)?|\s+(?:và|and)\s+"
_LIST_GLUE = re.compile(_GLUE.format(sep=","))  # a list's: ", ", " and ", ", and "
_RUN_GLUE = re.compile(_GLUE.format(sep="[;,]"))  # ... and ";" between the items of a run


def _run_heads(folded: str, figs: list[Figure], glue: re.Pattern) -> list[int]:
    """For each figure, the index of the first figure of its run (figures joined by ``glue``)."""
    heads: list[int] = []
    for k in range(len(figs)):
        joined = k and glue.fullmatch(folded, figs[k - 1].end, figs[k].start)
        heads.append(heads[k - 1] if joined else k)
    return heads


def _respective(folded: str, figs: list[Figure]) -> dict[int, tuple[int, int, int]]:
    """The figures of a run a "respectively" governs, by start: (place in the run, the run's length,
    the run's first figure's index). A run is figures joined by commas and "and" only, that end
    before "respectively" ("contributing 0.4%, 3.56% and 3.95% to the overall growth rate,
    respectively") or start after "lần lượt là"; the figures before the run ("expanded by 3.28%,
    industry-construction 11.8% and services 7.62%") are read."""
    heads = _run_heads(folded, figs, _LIST_GLUE)
    starts, ends = [f.start for f in figs], [f.end for f in figs]
    governed = set()
    for m in _RESPECTIVELY.finditer(folded):
        if m.group().startswith("respectively"):
            k = bisect.bisect_right(ends, m.start()) - 1  # the last figure before it
        else:
            k = bisect.bisect_left(starts, m.end())  # the first after it
        if 0 <= k < len(figs):
            governed.add(heads[k])
    for k in range(len(figs) - 1):
        since = figs[k - 1].end if k else 0
        if (heads[k] == k == heads[k + 1] and (k + 2 == len(figs) or heads[k + 2] != k)
                and re.fullmatch(r"\s+and\s+", folded[figs[k].end:figs[k + 1].start])
                and _PAIRED.search(folded, since, figs[k].start)):
            governed.add(k)
    runs = {h: [k for k in range(len(figs)) if heads[k] == h] for h in governed}
    return {figs[k].start: (place, len(run), h) for h, run in runs.items() for place, k in enumerate(run)}
