"""The reading itself: a text into a :class:`Draft`, each target said once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ...values.period import Lang
from .. import terms
from ..grammar import bare_numbers, figures, fold, language_of, number_style, numbers_as
from ..lines import unwrap
from .items import _bulleted, _inline, _numbered, _ordinal
from .paragraphs import _listed, _prose
from .tables import _unpipe, _untable
from .targets import _concepts, _group_of, _item_targets
from .years import _first_line, _first_year, _past, _year

_HEADING = re.compile(
    r"(?:^|(?<=[.;:\n]))\s*((?:Về|VỀ)\s[^:;.\n(]{2,70}:|(?:[IVX]{1,4}|[A-D])[.)]\s+[^\n]{2,60}$"
    r"|\d{1,2}\s+(?:nhóm\s+)?chỉ\s+tiêu\s[^:;.\n(]{2,60}:|[A-Z][A-Za-z ,-]{2,40}(?:affairs|targets)?:\s*$)",
    re.MULTILINE)


@dataclass
class Draft:
    """A drafted catalog (``catalog``, ready for YAML) and what was read but not drafted."""

    catalog: dict
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # (figure, sentence, why)
    read: int = 0  # the figures in the text: each is a target or in ``skipped``

    @property
    def targets(self) -> list[dict]:
        return [dict(t, number=item["number"], group=item["group"])
                for item in self.catalog["items"] for t in item["targets"]]


def draft(text: str, *, city: str | None = None, year: int | None = None,
          resolution: str | None = None) -> Draft:
    """Read ``text`` (a resolution) into a draft catalog; see the module docstring for the rules.

    Examples
    --------
    Lào Cai's 2024 targets as laocaitv.vn printed them (``tests/data/corpus/targets/``); a bulleted list
    prints no item numbers, and gets none:

    >>> d = draft("25 chỉ tiêu phấn đấu năm 2024\\n11 chỉ tiêu kinh tế gồm:\\n"
    ...           "- Tốc độ tăng trưởng kinh tế (GRDP): Trên 10%\\n- Thu ngân sách nhà nước: 12.800 tỷ đồng")
    >>> [(t["number"], t["kind"], t["value"], t["unit"]) for t in d.targets]
    [(None, 'min', 10.0, 'percent'), (None, 'min', 12800.0, 'billion_vnd')]
    >>> d.catalog["year"]
    2024
    """
    text = unwrap(_unpipe(_untable(unicodedata.normalize("NFC", text))))
    lang = language_of(text)
    with numbers_as(number_style(text, lang)):
        return _draft(text, lang, city=city, year=year, resolution=resolution)


def _draft(text: str, lang: Lang, *, city: str | None, year: int | None, resolution: str | None) -> Draft:
    year = year or _year(text)
    since = _first_year(text, year)
    if lang is Lang.EN:  # the English pages are news prose, ";" or not
        items = _numbered(text) or _prose(text, lang, since)
    else:
        items = (_numbered(text) or _ordinal(text) or _bulleted(text, lang) or _inline(text)
                 or _listed(text, lang, since) or _prose(text, lang, since))
    city = city or "city"
    catalog: dict = {
        "resolution": resolution or f"{city}-{year or 'year'}",
        "year": year,
        "city": {"id": city, "vi": city, "en": city},
        "title": {"vi": _first_line(text), "en": _first_line(text)},
    }
    skipped: list[tuple[str, str, str]] = []
    found = list(_HEADING.finditer(text))
    headings = [(m.start(), _group_of(m.group(1))) for m in found]
    # a section of last year's results ("I. Thành tựu kinh tế - xã hội năm 2020") holds no target
    past = [(m.start(), _past(m.group(1), since)) for m in found]
    taken: set[str] = set()
    out_items: list[dict] = []
    groups_used: set[str] = set()
    written: dict[str, str] = {}  # units the table lacks, as written, by the id the draft gives them
    for item in items:
        section = [was for pos, was in past if pos < item.start]
        if section and section[-1]:
            for fig in figures(text[item.start:item.end], lang, written=lang is Lang.VI):
                skipped.append((text[item.start + fig.start:item.start + fig.end],
                                " ".join(text[item.start:item.end].split()),
                                "under a heading of a past year's results, not a target"))
            continue
        before = [g for pos, g in headings if pos < item.start and g]
        group = before[-1] if before else "economic"
        groups_used.add(group)
        drafted = _item_targets(text, item, group_guessed=not before, taken=taken, skipped=skipped,
                                lang=lang, written=written)
        if drafted:
            out_items.append({"number": item.number, "group": group, "targets": drafted})
    every = figures(text, lang, written=lang is Lang.VI)
    read = 0  # (and the numbers listed with no figure: below)
    for fig in every:
        if not any(i.start <= fig.start < i.end for i in items):
            skipped.append((text[fig.start:fig.end], _context(text, fig.start, fig.end),
                            "outside the list of targets"))
    if lang is Lang.EN:  # the words after an English number are too often no unit ("28 main
        # socio-economic targets") to draft them; a number before them is listed, not lost ("It has about
        # 130 exporters")
        starts = {f.number_start for f in every}
        unread = [f for f in figures(text, lang, written=True) if f.number_start not in starts]
        for fig in unread:
            skipped.append((text[fig.start:fig.end], _context(text, fig.start, fig.end),
                            "a unit the table lacks, not drafted in an English text "
                            f"(as written: '{fig.written}')"))
        every = every + unread
        # (and a number with no unit after it, as the extract lists them: an amount after its currency with
        # no scale, whose number may be a Vietnamese thousands point or a decimal, "the GDP per capita will
        # reach USD 2.000 in 2015")
        bare = bare_numbers(text, every, lang)
        for a, b in bare:
            skipped.append((text[a:b], _context(text, a, b), "a number without a unit, not read"))
        read += len(bare)
    if written:
        catalog["units"] = [{"id": uid, "vi": w, "en": w, "dimension": uid, "scale": 1}
                            for uid, w in written.items()]
    extra = sorted(groups_used & set(terms.EXTRA_GROUPS))
    if extra:
        catalog["groups"] = [{"id": g, **terms.EXTRA_GROUPS[g]} for g in extra]
    catalog["items"] = _said_once(out_items, skipped)
    return Draft(catalog, skipped, read=len(every) + read)


def _tail(source: str, words: int = 8) -> tuple[str, ...]:
    """The last ``words`` words of a target's source, folded."""
    said = fold(source).split()
    return tuple(said[-words:]) if len(said) >= words else ()


def _said_once(items: list[dict], skipped: list[tuple[str, str, str]]) -> list[dict]:
    """The items with a target said again dropped: an unnumbered target, in another item, of the
    kind, values and unit of one drafted before it, whose concept (its name's, else its words')
    the earlier one's words hold: a lead that repeats the list ("Long An phấn đấu tốc độ tăng trưởng
    kinh tế GRDP bình quân đầu người đạt 105-110 triệu đồng"), a later paragraph of means that
    restates the aims ("striving to increase agriculture-forestry-seafood value by 3.5 per cent"),
    or the same words again (a caption printed twice). A target another names as its parent stays."""
    parents = {t.get("parent") for item in items for t in item["targets"]}
    # (item, concepts of its words, kind and values, source, its last words)
    seen: list[tuple[int, set[str], tuple, str, tuple[str, ...]]] = []
    out = []
    for k, item in enumerate(items):
        kept = []
        for t in item["targets"]:
            values = (t["kind"], t.get("value"), t.get("low"), t.get("high"), t["unit"])
            concept = next(iter(_concepts(t["name"]["vi"]) or _concepts(t["source"])), None)
            # (or any target printed again word for word: a caption printed twice)
            # (or its last eight words again: a standfirst the body prints again, "… Resolution No.
            # 259/NQ-HDND on supplementing the … tasks for 2025 with a growth target of 14% or more", then "…
            # in 2025 with a growth target of 14% or more")
            tail = _tail(t["source"])  # (none for a source shorter than eight words)
            again = any(j != k and v == values and (source == t["source"] or tail and said == tail)
                        for j, _, v, source, said in seen)
            if item["number"] is None and t["id"] not in parents and (again or concept and any(
                    j != k and concept in words and v == values for j, words, v, _, _ in seen)):
                skipped.append((t["source"], t["source"], "the same target said again"))
                continue
            # (the concepts of its words, and of its name where the name came after: "Northern port city
            # targets 12.7-13% in GRDP growth.", then "… (GRDP) growth of 12.7-13 per cent"; not of a zero
            # ceiling's, whose value tells two apart by nothing: "không còn hộ nghèo theo chuẩn … quốc gia",
            # then "… theo chuẩn nghèo thành phố")
            held = set(_concepts(t["source"]))
            if t.get("value") != 0:
                held |= set(_concepts(t["name"]["vi"]))
            seen.append((k, held, values, t["source"], tail))
            kept.append(t)
        if kept:
            out.append(dict(item, targets=kept))
    return out


def _context(text: str, a: int, b: int, most: int = 200) -> str:
    """The sentence a figure (or a bare number) at ``text[a:b]`` stands in, cut to ``most`` characters
    around it."""
    start = max(text.rfind(". ", 0, a) + 2, text.rfind("\n", 0, a) + 1, a - most // 2)
    ends = [i for i in (text.find(". ", b), text.find("\n", b)) if i >= 0]
    end = min([*ends, b + most // 2, len(text)])
    return " ".join(text[start:end].split())
