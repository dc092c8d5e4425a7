"""A text's list items as the text numbers them: "1.", "(1)", "Một là, …", bullets and items
run into one paragraph (the lines a printed page broke are joined first: :mod:`helpers.reading.lines`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...values.period import Lang
from ..grammar import figures

_MARKER = re.compile(r"\((\d{1,2})\)")
_BULLET = re.compile(r"^\s*(?:[-+•–]|(?P<n>\d{1,2})[.)]|[a-zđ]\))\s+", re.MULTILINE)


@dataclass
class _Item:
    number: int | None  # as the text prints it; None where it prints none
    start: int
    end: int


# "1. Tăng trưởng …; … 2. GRDP bình quân …" run into one paragraph: a number and a full stop after a
# space or a sentence's end, before a capital (a year's "2017. Kim ngạch" has four digits)
_INLINE = re.compile(r"(?:^|(?<=[\s;:.]))(\d{1,2})\.\s+(?=[A-ZĐÀ-Ỹ])")


# "Một là, … Hai là, …": items introduced by ordinal words, numbered by them
_ORDINALS = ("Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười một",
             "Mười hai", "Mười ba", "Mười bốn", "Mười lăm")
_ORDINAL = re.compile(r"(?:^|(?<=[\s.;:]))(" + "|".join(sorted(_ORDINALS, key=len, reverse=True))
                      + r") là\b\s*,?")


def _numbered(text: str, marker: re.Pattern = _MARKER, least: int = 2, value=int) -> list[_Item]:
    """The longest run of "(1)", "(2)", … (or of ``marker``, read by ``value``) in order, of
    ``least`` items or more."""
    marks = [(value(m.group(1)), m.start(), m.end()) for m in marker.finditer(text)]
    best: list[tuple[int, int, int]] = []
    for i, (n, _, _) in enumerate(marks):
        if n != 1:
            continue
        run = [marks[i]]
        for m in marks[i + 1:]:
            if m[0] == run[-1][0] + 1:
                run.append(m)
        best = max(best, run, key=len)
    if len(best) < least:
        return []
    items = []
    for k, (n, _, end) in enumerate(best):
        stop = best[k + 1][1] if k + 1 < len(best) else _paragraph_end(text, end)
        items.append(_Item(n, end, stop))
    return items


def _ordinal(text: str) -> list[_Item]:
    """Items introduced by ordinal words ("Một là, … Hai là, …"), three at least, numbered by them."""
    return _numbered(text, _ORDINAL, least=3, value=lambda word: _ORDINALS.index(word) + 1)


def _inline(text: str) -> list[_Item]:
    """A numbered list run into a paragraph ("… năm 2018 1. Tăng trưởng … 2. GRDP …"): three items
    in order at least, so that a stray "1. " is no list."""
    return _numbered(text, _INLINE, least=3)


# how many printed lines one sentence of a flattened document may run on to
RUN_ON_LINES = 3


def _paragraph_end(text: str, pos: int) -> int:
    """The end of the line at ``pos``; a line that stops mid-sentence (a document flattened one
    printed line a line: "(4) Tốc độ tăng giá trị sản xuất\nnông - lâm - thủy sản đạt 3,73%.") runs
    on through the lines that continue it in lower case, up to :data:`RUN_ON_LINES`."""
    nl = text.find("\n", pos)
    end = len(text) if nl < 0 else nl
    for _ in range(RUN_ON_LINES):
        nxt = text[end + 1:].split("\n", 1)[0]
        if end == len(text) or text[:end].rstrip()[-1:] in tuple(".;:!?…") or not nxt[:1].islower():
            break
        end += 1 + len(nxt)
    return end


def _bulleted(text: str, lang: Lang) -> list[_Item]:
    items = []
    for m in _BULLET.finditer(text):
        end = _paragraph_end(text, m.end())
        # a bullet may run into an item the text numbers: "… từ 21% trở lên.(9) Giá trị xuất khẩu …"
        cuts = [c for c in _MARKER.finditer(text, m.end(), end) if text[max(0, c.start() - 1)] in ".;"]
        bounds = [(int(m["n"]) if m["n"] else None, m.end())] + [(int(c.group(1)), c.end()) for c in cuts]
        for k, (number, start) in enumerate(bounds):
            stop = cuts[k].start() if k < len(cuts) else end
            if figures(text[start:stop], lang, written=lang is Lang.VI):
                items.append(_Item(number, start, stop))
    return items if len(items) >= 2 else []


