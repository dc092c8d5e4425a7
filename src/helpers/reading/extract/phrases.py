"""The names a report gives what it measures: the phrasebook of a catalog, and the places a
sentence may name.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from ...catalog.targets import Catalog
from .. import terms
from ..grammar import fold

# How far before (or after) a figure its indicator's name may stand, in characters. In the
# bundled reports of 2024-2026 the farthest was 209 (a name, then a clause of context, then the
# figure); a name 300 characters away belongs to another clause. The reach also caps what one
# figure can cost in a paragraph without full stops.
SUBJECT_REACH = 300
_COMPLEMENT = re.compile(r"(?:vào|trong|so với|into|to)\s*$")


@dataclass(frozen=True)
class Phrase:
    text: str
    pattern: re.Pattern
    ids: tuple[str, ...]  # the targets or context indicators it names; empty: known, tracked by none


@functools.lru_cache(maxsize=2048)  # the same phrases for every extraction and every catalog
def _words_pattern(phrase: str) -> re.Pattern:
    # (the words may stand joined, as a store keeps some pages: "index of industrialproduction", "Its
    # budgetrevenue is estimated at 61.9 trillion VND")
    words = re.findall(r"[^\s,\-()]+", fold(phrase))
    return re.compile(r"(?<!\w)" + r"[\s,\-]*".join(map(re.escape, words)) + r"(?!\w)")


def _ascii(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


@functools.lru_cache(maxsize=64)
def _places(city: str) -> tuple[re.Pattern, frozenset[str]]:
    """One pattern for every place name (as written and without accents, as English pages write
    them), and the folded names that are ``city``'s own."""
    places = (*terms.PLACES, *terms.COUNTRIES)
    names = {fold(n) for n in places} | {fold(_ascii(n)) for n in places}
    # the city's name with its title and without ("TP Hồ Chí Minh": "Hồ Chí Minh City's GRDP")
    bare = re.sub(r"(?i)^(?:tp\.?|thành phố|tỉnh)\s+", "", city.strip())
    own = {fold(n) for n in (city, bare)} | {fold(_ascii(n)) for n in (city, bare)}
    # (and by its other names: "TP.HCM" for Hồ Chí Minh City)
    for same in terms.SAME_PLACE:
        folded = {fold(n) for n in same} | {fold(_ascii(n)) for n in same}
        if own & folded:
            own |= folded
    # (and in one word, as English pages write some: "Hanoi" for Hà Nội, "Danang")
    own |= {n.replace(" ", "") for n in own if " " in n}
    names |= own
    # (words joined by a hyphen too, as English pages write them: "Thua Thien-Hue", "Thua Thien - Hue")
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"(?:\s*[-–]\s*|\s+)")
                            for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), frozenset(own)


def phrasebook(catalog: Catalog) -> list[Phrase]:
    """Every phrase that names something in a report, with the ids of ``catalog`` it names.

    A target (or context indicator) takes the concept whose phrase is longest in its Vietnamese
    name (or its ``aliases``); its name, without brackets, is a phrase of its own too.

    Examples
    --------
    >>> from ...catalog.targets import load_catalog
    >>> book = phrasebook(load_catalog("haiphong-2021"))
    >>> [p.ids for p in book if p.text == "kim ngạch xuất khẩu"]
    [('exports',)]
    """
    items = [(t.id, t.name.vi, getattr(t, "aliases", ())) for t in catalog.targets]
    items += [(c.id, c.name.vi, ()) for c in catalog.context]
    concept_ids: dict[str, list[str]] = {c: [] for c in terms.CONCEPTS}
    own: list[Phrase] = []
    for tid, name, aliases in items:
        best, best_len = None, 0
        for text in (name, *aliases):
            for concept, phrases in terms.CONCEPTS.items():
                for p in phrases:
                    if len(p) > best_len and any(
                            not _COMPLEMENT.search(fold(text)[max(0, m.start() - 8):m.start()])
                            for m in _words_pattern(p).finditer(fold(text))):
                        best, best_len = concept, len(p)
        if best:
            concept_ids[best].append(tid)
        for text in (re.sub(r"\([^)]*\)", "", name), *aliases):
            if len(text.strip()) > 3:
                own.append(Phrase(text.strip(), _words_pattern(text), (tid,)))
    book = [Phrase(p, _words_pattern(p), tuple(concept_ids[c]))
            for c, phrases in terms.CONCEPTS.items() for p in phrases]
    return book + own


def _visits_phrase(book: list[Phrase]) -> Phrase | None:
    """The phrase "lượt khách": a count of visits names what it counts."""
    return next((p for p in book if p.text == "lượt khách"), None)


def _per_head(book: list[Phrase]) -> tuple[str, ...]:
    """The ids the concept of GRDP per head names."""
    return next((p.ids for p in book if p.text == terms.CONCEPTS["grdp_per_capita"][0]), ())
