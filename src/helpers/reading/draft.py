"""A draft catalog from a resolution's text: one target per number the text asks for, to review.

How the text is read (each step a rule a reviewer can check against the ``source`` of a target):

1. **The list of targets.** Resolutions number their targets "(1) … (2) …" (or "Một là, … Hai là,
   …"): the longest run of markers 1, 2, 3 … in order is the list, each item running to the next
   marker (the last to the end of its paragraph), numbered as printed. Without such markers, lines
   that open with "-", "+", "•", "1." or "a)" and hold a figure are the items; then "1. … 2. … 3. …"
   run into a paragraph; failing that, every paragraph of ";"- or sentence-separated clauses holding
   a figure (two at least), with the one-target sentences (or lines ending ";") between such
   paragraphs and a closing sentence that names the plan ("Theo kế hoạch, …"), but not the results
   told before the first paragraph that names a plan, a headline, a lead or a photo's caption. A
   last item broken across printed lines runs on through the lines that continue its sentence (the
   text's lines are first joined where a sentence breaks across them: a line with no stop, then one
   in lower case or a number). Results told without their year ("ước đạt", "vượt … so với dự toán",
   "vượt kế hoạch", "kết quả", "đến nay"; in English "is estimated to …") in a paragraph that names
   no plan are no list, nor is a sentence about an earlier year inside a plan's paragraph, unless it
   aims at the plan's year ("Based on the results … in 2024, … aims to achieve … in 2025"); the plan
   may be named in a paragraph with no figure before the lists, and a paragraph that sets figures
   for the plan's year ("đến năm 2030 đạt …"), or names its years after the lists, is the plan's. A
   term written after its years ("the 2025–2030 tenure") bounds the vision beyond it. A table copied
   a row a line, its cells between "|", is read in its latest year's column. Items without printed
   numbers get none. Figures outside the list are reported, never drafted: the prose around a list
   is full of years, dates and "8 xã đã được xác định".
2. **Groups** come from the last heading before an item ("Về chỉ tiêu kinh tế:", "II. Xã hội"),
   by its words (:data:`helpers.reading.terms.GROUP_HEADINGS`); no heading: ``economic``, marked review.
3. **Targets.** Each figure of an item (see :mod:`helpers.reading.grammar`) is one leaf target. Its
   name is the words before it in its clause (or, when there are none, "70% số doanh nghiệp …", the
   words after it); a clause without a subject of its own ("nông thôn đạt 91%") borrows the item's
   heading before ":". After "trong đó" the figures are children of the figure before it, to the end
   of the item when "trong đó" is followed by a figure in its own clause. Not targets: the country's
   ("mục tiêu tăng trưởng cả nước … đạt 8% trở lên"), a conversion ("tương đương khoảng 1.800 USD",
   or in brackets), a comparison with another place ("bằng 83% so mức … của vùng"), a forecast ("is
   forecast at around 8.5-9%"), the target a plan is said to beat ("cao hơn mức mục tiêu dự kiến
   Chính phủ giao (trên 10%)"), a denominator ("per 10,000 people"), the whole or plan of "2/3 xã"
   (its 3), a photo's caption that restates a target, and a target said again in another unnumbered
   item (a lead, a paragraph of means) with the same kind, values, unit and concept
   (:data:`helpers.reading.terms.CONCEPTS`).
4. **Kind**: a range is ``range``; "tối đa", "dưới", "không quá", "không còn" and words for things
   that should fall (unemployment, poverty: :data:`helpers.reading.terms.LOWER_IS_BETTER`, marked review)
   make ``max``; everything else is ``min``.
5. **Basis**: "hoàn thành" or "100% … có" is a milestone; a percentage after "tăng" is growth; a
   rate, share or per-head figure is a level; an amount over the year is a flow. A basis not told
   by such words is guessed from the unit alone and marked review.

Every target keeps ``source``, the exact clause it came from, and ``review``, the fields a person
must check: always ``name.en`` (left in Vietnamese), plus whatever was guessed.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from ..values import units
from ..values.period import Lang
from . import terms
from .grammar import Bound, Figure, figures, fold, language_of, number_style, numbers_as

_MARKER = re.compile(r"\((\d{1,2})\)")
_BULLET = re.compile(r"^\s*(?:[-+•–]|(?P<n>\d{1,2})[.)]|[a-zđ]\))\s+", re.MULTILINE)
_HEADING = re.compile(
    r"(?:^|(?<=[.;:\n]))\s*((?:Về|VỀ)\s[^:;.\n(]{2,70}:|(?:[IVX]{1,4}|[A-D])[.)]\s+[^\n]{2,60}$"
    r"|\d{1,2}\s+(?:nhóm\s+)?chỉ\s+tiêu\s[^:;.\n(]{2,60}:|[A-Z][A-Za-z ,-]{2,40}(?:affairs|targets)?:\s*$)",
    re.MULTILINE)
_CLAUSE_END = re.compile(r";|\.(?=\s|$)|\n")
_LEAD_NOISE = re.compile(r"^[\s,:;.\-–()]+|[\s,:;\-–(]+$")
_TRAILING_VERBS = re.compile(r"(?:(?:^|\s+)(?:đạt|ở mức|là|đạt mức|phấn đấu đạt|phấn đấu|từ|thêm|có|còn|"
                             r"ước đạt|dự kiến|mức|cho|chiếm|đón|với|tương ứng))+$", re.IGNORECASE)
_LEADING_VERBS = re.compile(r"^(?:(?:phấn đấu|đạt|huy động|ước)\s+)+", re.IGNORECASE)
# ", tăng 7,2% so với …" after an amount describes that amount; it is not a target of its own
_DESCRIBES = re.compile(r"^\s*,\s*(?:tăng|giảm|chiếm|bằng|đạt)\b", re.IGNORECASE)
# units that name what is counted, added to a name that lacks them ("Kết nạp mới" -> "… đảng viên")
_COUNTED = ("party_members", "party_organisations", "communes", "households", "enterprises",
            "projects", "cooperatives")


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


_EXCEEDED = r"\bvượt\b[^;.]{0,40}\bso (?:với )?(?:dự toán|kế hoạch)"  # "vượt 0,2% so với dự toán"
_RESULTS = re.compile(r"(?i)\bước (?:đạt|tính|thực hiện)\b|" + _EXCEEDED + "|"
                      # "… (GRDP) is estimated to increase by 9.01%"
                      r"\b(?:is|was|are|were) estimated (?:to|at)\b")
# a sentence that tells a result: a plan exceeded, the results, "to date"
# (not "ước đạt": a plan estimates too, "tổng sản phẩm xã hội ước đạt 64.400- 64.920 tỉ đồng")
_TOLD = re.compile(r"(?i)\bvượt (?:kế hoạch|mục tiêu|dự toán)\b|" + _EXCEEDED + r"|\bkết quả\b|\bđến nay\b")
_CAPTION = re.compile(r"(?i)\bảnh(?: minh họa| minh hoạ)?\s*[:/]|\bảnh minh h[oọ]a\b|\(ảnh\b|"
                      r"\bphoto\s*:|\(photo\b")


def _listed(text: str, lang: Lang, year: int | None = None) -> list[_Item]:
    """Every paragraph that is a list (two ";"- or sentence-separated clauses with a figure at
    least), each clause an item: a plan printed as prose lists its targets in such paragraphs, one
    or several; a sentence of one target between them is an item too. The items are unnumbered:
    such a list prints no numbers."""
    # each list paragraph's items, whether it says "plan", and whether a paragraph up to it said so
    lists: list[tuple[list[_Item], bool, bool]] = []
    ahead: list[bool] = []  # whether each names the plan's year or a later one as its time
    horizon: list[bool] = []  # whether each sets a figure for the plan's year or later ("đến năm 2030")
    pos, cued = 0, False
    for para in text.split("\n"):
        cue = bool(_PLAN_CUE.search(para))
        cued = cued or cue
        clauses, start, earlier = [], pos, False
        # ";" separates the items; so does a full stop where the list runs on in sentences
        # ("Tổng thu ngân sách nhà nước trên 8.500 tỉ đồng, …. Tỉ lệ hộ nghèo giảm 1,5 - 2%, …"); a
        # sentence of last year's results in the paragraph is none ("Năm 2020, … tăng 12,5%, …. Tỉnh
        # Bình Phước phấn đấu trong năm 2021, GRDP tăng 8,5- 9% , …"), nor are the ones after it
        # until one names the plan's year
        # (nor is a paragraph that tells results and names no plan in its sentences with figures: "Tốc độ
        # tăng trưởng kinh tế tăng 8,66%, vượt kế hoạch giao …. Tổng thu ngân sách ước đạt 32.457 tỷ đồng,
        # …. …, đến nay, toàn tỉnh có 100% xã đạt chuẩn nông thôn mới.")
        said = [m.group() for m in re.finditer(r"[^.]+(?:\.(?!\s+[A-ZĐÀ-Ỹ])[^.]*)*", para)
                if figures(m.group(), lang)]
        if any(_TOLD.search(t) for t in said) and not any(_PLAN_CUE.search(_TOLD.sub(" ", t)) for t in said):
            pos += len(para) + 1
            continue
        for part in re.split(r"(;|\.(?=\s+[A-ZĐÀ-Ỹ]))", para):
            time = _time_year(part) if part not in (";", ".") else None
            if time is not None and year is not None and time < year and _aims_at(part, year):
                time = year  # "… đại hội … ngày 4-5/10/2025, đặt mục tiêu giai đoạn 2026 - 2030 …"
            earlier = earlier if time is None or year is None else time < year
            # (a photo's caption, "… đạt 65% là chỉ tiêu chủ yếu.(Ảnh: Duy Quan)", restates a target)
            if part not in (";", ".") and not earlier and not _caption_restating(
                    part, text, lang) and figures(part, lang, written=lang is Lang.VI):
                clauses.append((start, start + len(part)))
            start += len(part)
        # one clause: only a sentence (a title or a headline repeats a target of the body), and no
        # photo's caption ("Gia Lai phấn đấu đạt mục tiêu GRDP năm 2024 là 8,6%. Ảnh minh họa/…")
        # (a line of a list ends with ";": "… cho trẻ em 5 tuổi; 100% xã, phường thị trấn đạt chuẩn …;")
        one = clauses and para.rstrip().endswith((".", ";")) and not _CAPTION.search(para)
        # results told without their year ("Nổi bật, … (GRDP) đạt 8,39%. … Tổng thu ngân sách ước đạt
        # 25.188 tỷ đồng, vượt 0,2% so với dự toán …", after "kết quả … năm 2025"): no targets
        results = not cue and not _YEAR_OF.search(para) and _RESULTS.search(para)
        if (len(clauses) >= 2 or one) and not results:
            lists.append(([_Item(None, a, b) for a, b in clauses], cue, cued))
            time = _time_year(para)
            ahead.append(time is not None and year is not None and time >= year)
            # ("… tổng sản phẩm … đến năm 2030 đạt hơn 630.000 tỷ đồng; …", before any plan word)
            horizon.append(year is not None and any(int(a or b) >= year for a, b in _HORIZON.findall(para)))
        pos += len(para) + 1
    many = [k for k, (items, _, _) in enumerate(lists) if len(items) >= 2]
    if not many:
        return []
    # the results a text tells before its plan is named ("… năm 2023 … đạt 2,47%. …", then "Trước
    # những kết quả này, … đề ra 21 chỉ tiêu …: …") are no targets; the plan may be named in a
    # paragraph with no figure ("… tỉnh này đặt mục tiêu đến năm 2030 trở thành …")
    first = next((k for k, (_, _, cued) in enumerate(lists) if cued), 0)
    # a paragraph of one target is an item between the lists (a plan that gives a line to each target
    # or group: "GRDP bình quân đầu người đạt trên 146 triệu đồng."); before them it is a lead that
    # repeats one ("… với quyết tâm phấn đấu đạt mục tiêu tăng trưởng GRDP 13% trong năm 2022."),
    # unless it names the plan and sets a figure the lists do not ("… phấn đấu đến năm 2030, tốc độ tăng
    # trưởng kinh tế (GRDP) bình quân đầu người từ 210 đến 225 triệu đồng … và thu nhập bình quân đầu
    # người khoảng 94 triệu đồng/năm."); after them, a sentence of targets that names the plan ("Theo kế
    # hoạch, quy mô GRDP … năm 2025 dự kiến đạt 13.794 tỷ đồng, GRDP bình quân đầu người đạt 60 triệu
    # đồng.") or its years ("Tổng thu ngân sách … giai đoạn 2021 - 2025 đạt 77.000 tỷ đồng, …")
    def values(items: list[_Item]) -> list[float]:
        return [f.low for i in items for f in figures(text[i.start:i.end], lang, written=lang is Lang.VI)]

    listed = [v for items, _, _ in (lists[k] for k in many) for v in values(items)]

    def new_lead(k: int) -> bool:
        items, cue, _ = lists[k]
        return cue and any(all(abs(v - w) > 0.01 * abs(w) for w in listed) for v in values(items))

    return [i for k, (items, cue, _) in enumerate(lists)
            if (k >= first or cue or horizon[k]) and (len(items) >= 2 or many[0] < k < many[-1]
                                        or k > many[-1] and (cue or ahead[k]) or k < many[0] and new_lead(k))
            for i in items]


_STT = re.compile(r"^\s*(?:stt|tt|số tt)\s*$", re.IGNORECASE | re.MULTILINE)
_CELL_NUMBER = re.compile(r"^\s*(\d{1,2}|[IVX]{1,4})\s*$")
_HEAD_UNIT = re.compile(r"\(([^()]{1,25})\)\s*$")


_YEAR_CELL = re.compile(r"^\s*((?:19|20)\d{2})\s*$")
_UNIT_HEADINGS = ("unit", "đơn vị", "đvt", "đơn vị tính")


def _unpipe(text: str) -> str:
    r"""A table copied a row a line, its cells between "|" ("Target | Unit | 2024 | 2025 |", then
    "GRDP scale | trillion dong | 129 | 147 |"), as lines "- name: value unit" of its latest year's
    column, which the list rules read; the earlier years are last year's estimates, not targets.

    >>> _unpipe("Target | Unit | 2024 | 2025 |\nGRDP scale | trillion dong | 129 | 147 |")
    '- GRDP scale: 147 trillion dong'
    """
    lines, out, k = text.split("\n"), [], 0
    while k < len(lines):
        cells = [c.strip() for c in lines[k].strip().strip("|").split("|")]
        years = [(int(m.group(1)), i) for i, c in enumerate(cells) if (m := _YEAR_CELL.match(c))]
        unit = next((i for i, c in enumerate(cells) if fold(c) in _UNIT_HEADINGS), None)
        if len(cells) < 3 or not years or lines[k].count("|") < 3:
            out.append(lines[k])
            k += 1
            continue
        column = max(years)[1]
        k += 1
        while k < len(lines) and lines[k].count("|") >= 3:
            row = [c.strip() for c in lines[k].strip().strip("|").split("|")]
            if len(row) > column and row[column]:
                label = row[unit] if unit is not None and unit < len(row) else ""
                out.append(f"- {row[0]}: {row[column]} {label}".rstrip())
            k += 1
    return "\n".join(out)


def _untable(text: str) -> str:
    """A table copied from a web page one cell a line ("Stt", "Chỉ tiêu", …, then "1", the name,
    the value) as the lines "1. name: value" (and "I. Kinh tế" for a section row), which the
    list rules read. A bare value takes the unit of its name's brackets ("Kim ngạch xuất khẩu
    (triệu USD)" and ">920"); a name that is itself a rate ("Bác sỹ/vạn dân") is the unit of its
    bare value. Any other text is returned as it is."""
    m = _STT.search(text)
    if not m:
        return text
    cells = [c.strip() for c in text[m.end():].split("\n") if c.strip()]
    rows: list[str] = []
    k, last = 0, 0

    def starts_row(cell: str) -> bool:  # the next Stt ("7" after "6"), or a section ("II")
        mark = _CELL_NUMBER.match(cell)
        return bool(mark) and (not mark.group(1).isdigit() or int(mark.group(1)) == last + 1)

    while k < len(cells) and not starts_row(cells[k]):
        k += 1  # the other column headings
    while k < len(cells):
        mark = _CELL_NUMBER.match(cells[k])
        if not mark or not starts_row(cells[k]):
            break
        last = int(mark.group(1)) if mark.group(1).isdigit() else last
        body = []
        k += 1
        while k < len(cells) and not starts_row(cells[k]):
            body.append(cells[k])
            k += 1
        if mark.group(1).isdigit() and len(body) >= 2:
            name, value = body[0], " ".join(body[1:])
            rows.append(f"{mark.group(1)}. {name}: {_with_unit(value, name)}")
        elif body:
            rows.append(f"{mark.group(1)}. {' '.join(body)}")
    return text[:m.start()] + "\n".join(rows) + "\n"


def _with_unit(value: str, name: str) -> str:
    """``value`` with the unit of its row's name after its first number, where it has none."""
    first = re.search(r"\d", value)
    if first is None or any(f.number_start <= first.start() < f.end for f in figures(value)):
        return value
    bracket = _HEAD_UNIT.search(name)
    unit = bracket.group(1) if bracket else (name if "/" in name and len(name) < 30 else "")
    if not unit:  # "Phấn đấu xã đạt chuẩn nông thôn mới" and "07 - 09": what the name counts
        unit = next((label for label in map(lambda u: units.label(u, "vi"), _COUNTED)
                     if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", fold(name))), "")
    number = re.search(r"\d[\d.,]*(?:\s*-\s*\d[\d.,]*)?", value)
    if not unit or not number:
        return value
    return value[:number.end()] + f" {unit}" + value[number.end():]


# A paragraph about a year before the plan's ("In 2022, the province achieved …", "Năm 2023, …
# ước đạt") reports results: it holds no target. A year after "so với", "compared to" is a base.
_YEAR_OF = re.compile(r"(?i)(?<!\d)((?:19|20)\d{2})(?!\d)")
_BASE_BEFORE = re.compile(r"(?i)(?:so với|thực hiện|cùng kỳ|giai đoạn|giá so sánh|năm gốc|"
                          r"compared (?:to|with)|over|than|from|since|of|to|và|and|-|–)"
                          r"\s*(?:năm\s*|the year\s*|that\s*)?$")
# Where a plan in prose starts: the first sentence that says what is aimed at.
_PLAN_CUE = re.compile(r"(?i)\b(?:targets?|aims?|set a target|strives?|striving|plans?|goals?|looks to|"
                       r"expected to|projected|eyes|scenarios?|mục tiêu|chỉ tiêu|phấn đấu|kế hoạch|"
                       r"kịch bản)\b")


def _aims_at(sentence: str, year: int) -> bool:
    """Whether ``sentence`` aims at ``year`` or later after naming an earlier one: "Based on the
    results … in 2024, Bac Giang province aims to achieve … 13.6% in 2025".

    >>> _aims_at("Based on the results in 2024, the province aims to grow 13.6% in 2025", 2025)
    True
    >>> _aims_at("Năm 2024, tỉnh đạt mục tiêu tăng trưởng 7%", 2025)
    False
    """
    cue = _PLAN_CUE.search(sentence)
    return cue is not None and any(int(m.group(1)) >= year for m in _YEAR_OF.finditer(sentence, cue.end()))


def _time_year(paragraph: str) -> int | None:
    """The first year ``paragraph`` names as its time (not a base, "so với năm 2020", nor a period)."""
    for m in _YEAR_OF.finditer(paragraph):
        if _BASE_BEFORE.search(paragraph[max(0, m.start() - 20):m.start()]) or (
                re.match(r"\s*[-–]\s*(?:19|20)\d{2}", paragraph[m.end():])):
            continue
        return int(m.group(1))
    return None


def _past(paragraph: str, year: int | None) -> bool:
    """Whether ``paragraph`` is about a year before ``year`` (the first year it names as its time)."""
    time = _time_year(paragraph)
    return year is not None and time is not None and time < year


def _prose(text: str, lang: Lang, year: int | None) -> list[_Item]:
    """A plan told in prose (a news article): from the first sentence that says what is aimed at,
    every paragraph with a figure that is not about a past year is an item (its clauses the
    targets). The title line is left out: it repeats a target of the body."""
    start = text.find("\n")
    first = text[:start] if start >= 0 else text
    if len(first) >= 160 or first.rstrip().endswith("."):  # a paragraph, not a title
        start = -1
    cue = _PLAN_CUE.search(text, max(start, 0))
    if cue is None:
        return []
    items, pos = [], 0
    for para in text.split("\n"):
        end = pos + len(para)
        # (figures in units the table lacks too: "tăng gấp 1,8 lần so với năm 2025")
        written = lang is Lang.VI
        # (results told without their year: "In the economy, the growth rate … is estimated to increase
        # by 9.01%, ranking 2nd …"; its first figure's, not "(export is estimated at …)" after a target)
        said = figures(para, lang, written=written)
        results = lang is Lang.EN and said and not _PLAN_CUE.search(para) and not _YEAR_OF.search(para) and (
            _RESULTS.search(para[:said[0].start]))
        if end > cue.start() and pos > start and said and not (
                _caption_restating(para, text, lang)) and not results:
            # the paragraph's sentences from the first that is not about an earlier year ("Năm 2020, …
            # tăng 12,5%, …. Tỉnh Bình Phước phấn đấu trong năm 2021, GRDP tăng 8,5- 9% , …")
            at, earlier = pos, False
            for part in re.split(r"(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])", para):
                time = _time_year(part)
                if time is not None and year is not None and time < year and _aims_at(part, year):
                    time = year
                earlier = earlier if time is None or year is None else time < year
                if not earlier:
                    break
                at += len(part) + 1
            else:
                at = end
            if at < end and figures(text[at:end], lang, written=written):
                items.append(_Item(None, max(at, text.rfind("\n", 0, cue.start()) + 1), end))
        pos = end + 1
    return items


def _caption_restating(part: str, text: str, lang: Lang) -> bool:
    r"""Whether every sentence of ``part`` with a figure is a photo's caption whose figures the rest
    of ``text`` gives too ("… đạt 65% là chỉ tiêu chủ yếu.(Ảnh: Duy Quan)"): it restates targets of
    the body. A caption with a target found nowhere else ("Photo: Hoa Binh expects 54 percent of
    the industry-construction sector's proportion …") is read.

    >>> caption = "GRDP tăng 8%.(Ảnh: Duy Quan)."
    >>> _caption_restating(caption, caption + "\nGRDP tăng 8%.", Lang.VI)
    True
    """
    if not _CAPTION.search(part):
        return False
    said = [p for p in _CAPTION_SPLIT.split(part) if figures(p, lang)]
    if not said or not all(_CAPTION.search(p) for p in said):
        return False
    others = _body_values(text, lang)
    return all(f.low in others for p in said for f in figures(p, lang))


@functools.lru_cache(maxsize=8)
def _body_values(text: str, lang: Lang) -> frozenset[float]:
    """The values of the figures of ``text`` outside its photos' captions."""
    body = " ".join(p for p in _CAPTION_SPLIT.split(text) if not _CAPTION.search(p))
    return frozenset(f.low for f in figures(body, lang))


_CAPTION_SPLIT = re.compile(r"(?<=[.)])\s*(?=[A-ZĐÀ-Ỹ])|\n")


def _group_of(heading: str) -> str | None:
    words = fold(heading)
    for cue, group in terms.GROUP_HEADINGS:
        if cue in words:
            return group
    return None


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    for m in _CLAUSE_END.finditer(text, start, end):
        # a dot inside a number ("89.490") is not an end: only a dot followed by a space or the end
        out.append((s, m.start()))
        s = m.end()
    out.append((s, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _name(before: str, after: str, last: bool = True) -> tuple[str, bool]:
    """A target's name: the words before its figure, or after it when there are none; and
    whether it came from the words after."""
    cut = fold(before).rfind("trong đó")
    if cut >= 0:
        before = before[cut + len("trong đó"):]
    head, colon, tail = before.rpartition(":")
    if colon and len(tail.split()) > 3:
        before = tail  # "… giao chỉ tiêu … để triển khai thực hiện: Tốc độ tăng GRDP 8,6%"
    raw = " ".join(_LEAD_NOISE.sub("", before).split())
    name = _TRAILING_VERBS.sub("", raw).strip(" ,:;–-")
    name = _LEADING_VERBS.sub("", name)
    name = re.sub(r"^(?:với|và)\s+", "", name, flags=re.IGNORECASE)
    rest = " ".join(_LEAD_NOISE.sub("", after if last else "").split())
    rest = re.sub(r"^(?:số|các|những)\s+", "", rest).strip(" ,:;.–-")
    if len(name) < 3:
        return _short(rest or raw), bool(rest)
    first = rest.split(",")[0].strip()
    if len(name.split()) <= 2 and first and not fold(first).startswith(("so với", "so cùng", "và")):
        name = f"{name} {first}"  # "Thu hút" + "vốn đầu tư trực tiếp nước ngoài (FDI)"
    return _short(name), False


def _short(name: str, most: int = 120) -> str:
    if len(name) <= most:
        return name[:1].upper() + name[1:]
    cut = name.rfind(" ", 0, most)
    return name[:1].upper() + name[1:cut if cut > 0 else most] + " …"


def _strip_accents(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def slug(name: str, taken: set[str]) -> str:
    """A readable id from a Vietnamese name: "Kim ngạch xuất khẩu" -> ``kim_ngach_xuat_khau``."""
    words = re.findall(r"[a-z0-9]+", _strip_accents(name).lower())
    base = "_".join(words[:6]) or "target"
    if not base[0].isalpha():
        base = "t_" + base
    sid, n = base, 2
    while sid in taken:
        sid, n = f"{base}_{n}", n + 1
    taken.add(sid)
    return sid


def _basis(fig: Figure, lead: str, item_text: str, name: str) -> tuple[str, bool]:
    """(basis, guessed)."""
    lead_f, item_f, name_f = fold(lead), fold(item_text), fold(name)
    if any(item_f.lstrip(" (").startswith(c) for c in terms.MILESTONE_CUES) or (
            fig.unit == "percent" and fig.high == 100 and re.search(r"\bcó\b", name_f)):
        return "milestone", False
    if fig.unit == "percent":
        if re.search(r"(?:tăng|tăng trưởng)\s*(?:\S+\s*){0,2}$", lead_f) or any(
                c in name_f for c in ("tăng trưởng", "tốc độ tăng")):
            return "growth", False
        if any(c in name_f for c in terms.SHARE_CUES) or any(c in lead_f for c in terms.SHARE_CUES):
            return "level", False
        return "level", True
    if any(c in name_f for c in terms.PER_CAPITA_CUES) or fig.bound is Bound.AT_MOST and fig.high == 0:
        return "level", False
    return "flow", True


def _kind(fig: Figure, name: str, lead: str = "") -> tuple[str, bool]:
    if fig.is_range:
        return "range", False
    if fig.bound in (Bound.AT_MOST, Bound.LESS) or _DOWN_TO.search(fold(lead)):
        return "max", False
    # ... but what is dealt with of it should rise ("cơ sở gây ô nhiễm … được xử lý đạt 100%")
    if any(w in fold(name) for w in terms.LOWER_IS_BETTER) and not re.search(
            r"\bgiảm\b|xử lý|khắc phục|thoát nghèo", fold(name)):
        return "max", True
    return "min", False


def _unit(fig: Figure, name: str) -> tuple[str, bool]:
    """The figure's unit; a currency for a per-head figure becomes per person ("6.600 USD")."""
    unit = units.UNITS[fig.unit]
    if any(c in fold(name) for c in terms.PER_CAPITA_CUES) and unit.dimension in ("usd", "vnd"):
        per = {"usd": "usd_per_person", "vnd": "million_vnd_per_person"}[unit.dimension]
        if unit.dimension == "usd" and unit.scale == 1 or unit.id == "million_vnd":
            return per, True
    return fig.unit, False


# "giảm còn 0,62%", "giảm tỉ lệ thất nghiệp … còn 2,4%", "reduce … to": the level to fall to, a
# ceiling (not "giảm 0,5%", a fall by)
_DOWN_TO = re.compile(r"(?:giảm\b[^,;]{0,60}?\s(?:xuống\s+)?còn|giảm\b[^,;]{0,60}?\sxuống|xuống\s+còn|"
                      r"(?:reduce|decrease|decline|fall|drop)[sd]?\b[^,;]{0,60}?\sto|down\s+to)"
                      r"(?:\s+(?:mức|dưới|khoảng))?\s*$")


# Inside brackets after a figure: an explanation ("do năm 2020 là năm gốc, tăng 2,06%") or an
# outcome measured against last year's actual ("giảm 28,3% so với thực hiện năm 2020"), not a target.
_EXPLAINS = re.compile(r"^\(\s*(?:do|vì|because)\b|so với thực hiện|so với ước thực hiện", re.IGNORECASE)
# ... or the figure it replaces ("will reach 9.9% (initial scenario 12.3%)", "(kịch bản ban đầu 12,3%)")
_SUPERSEDED = re.compile(r"^\(\s*(?:initial|original|previous|earlier|old)\w*\b|kịch bản ban đầu|"
                         r"kế hoạch ban đầu|trước (?:đây|điều chỉnh)", re.IGNORECASE)
# A target named as the aim of another ("… aim to reach 104.1 trillion VND to meet the economic growth
# target of 10.5%", "để đạt mục tiêu tăng trưởng 10,5%"): the target is drafted where it is set
_RESTATED = re.compile(r"(?:to (?:meet|achieve|reach|attain)|để (?:đạt|hoàn thành|thực hiện))\s+(?:the\s+)?"
                       r"[^,;()]{0,50}?(?:target|goal|mục tiêu|chỉ tiêu)(?:\s+of)?\s*$", re.IGNORECASE)


# the country's target named in the province's text: "mục tiêu tăng trưởng cả nước năm 2025 đạt 8% trở lên"
# ("national standards" is a standard's name, not the country's target)
_NATIONAL_LEAD = re.compile(r"(?:cả nước|toàn quốc|nationwide|the (?:country|nation)(?:['’]s)?|"
                            r"national (?:gdp|growth|economy))(?!\w)[^;,.:()]{0,40}$", re.IGNORECASE)
# "với 100% đại biểu có mặt tán thành, HĐND … thông qua Nghị quyết": the vote, no target
_VOTERS_AFTER = re.compile(r"(?i)\s*(?:số\s+)?(?:đại biểu|delegates|deputies)\b")
# "… đạt khoảng 11%, cao hơn mức mục tiêu dự kiến Chính phủ giao (trên 10%)": the target beaten
_BEATEN = re.compile(r"(?i)\b(?:cao hơn|vượt|higher than|above|exceeding)\s+(?:mức\s+)?(?:mục tiêu|chỉ tiêu|"
                     r"the target|target)[^;.]{0,40}?(?:giao|assigned|set)\s*\(?\s*$")
# "the city's growth in 2026 is forecast at around 8.5-9%": an estimate, not what the plan sets
_FORECAST = re.compile(r"(?i)\b(?:forecast(?:ed)?|dự báo)\b[^;,.:()]{0,30}$")
# "bằng 83% so mức GRDP bình quân đầu người của vùng …": a level against another territory's
_TERRITORY_AFTER = re.compile(r"^\s*so(?:\s+với)?\b[^;.]{0,80}?\b(?:vùng|cả nước|toàn quốc|bình quân chung|"
                              r"the region|the country|national average)\b", re.IGNORECASE)
# "46 - 48 triệu đồng, tương đương khoảng 1.800 USD": the figure before in another currency
# (after the amount's "per" unit too: "84.3 million VND/person/year, equivalent to 3,590 USD")
_EQUIVALENT = re.compile(r"^(?:\s*/\s*[^\W\d_]+)*[\s,(]*(?:tương đương|tương ứng|equivalent to|or about|or)"
                         r"\s*$", re.IGNORECASE)


def _context_figure(clause: str, fig: Figure, before: Figure | None) -> str:
    """Why a figure of a target's clause is not a target of its own, or ''."""
    if fig.against:
        return "the whole or plan the figure before it is counted against (the B of 'A/B'), not a target"
    lead = fold(clause[:fig.number_start])
    if fig.low == fig.high == 1 and fig.unit != "percent" and re.search(r"(?:trên|mỗi|/|per|a)\s*$",
                                                                        lead) or (
            fig.low == fig.high in (100, 1000, 10000, 100000) and re.search(r"(?:/|\bper)\s*$", lead)):
        return "a denominator ('trên 1 ha', 'per 10,000 people'), not a target"
    if _RESTATED.search(clause[:fig.number_start]):
        return "a target named as the aim of another, drafted where it is set"
    if _NATIONAL_LEAD.search(clause[:fig.start]):
        return "the country's target, not the province's"
    if _FORECAST.search(clause[:fig.start]):
        return "a forecast, not a target"
    if _VOTERS_AFTER.match(clause, fig.end):
        return "the share of the deputies who voted, not a target"
    if _BEATEN.search(clause[:fig.start]):
        return "the target the plan is said to beat (another's), not a target of its own"
    if re.search(r"(?i)\bbằng\s*$", clause[:fig.start]) and _TERRITORY_AFTER.match(clause[fig.end:]):
        return "a comparison with another place's level, not a target"
    if before is not None and _currencies(before, fig) and _EQUIVALENT.match(clause[before.end:fig.start]):
        return "a conversion into another currency of the figure before it"
    open_at = clause.rfind("(", 0, fig.start)
    if open_at < 0 or clause.rfind(")", 0, fig.start) > open_at or before is None or before.end > open_at:
        return ""
    inside = clause[open_at:clause.find(")", fig.end) if ")" in clause[fig.end:] else len(clause)]
    if _currencies(before, fig) and re.fullmatch(r"\s*(?:/\s*năm\s*)?(?:trở lên|trở xuống)?\s*",
                                                 clause[before.end:open_at]):  # "6.300 USD/năm trở lên (…"
        return "a conversion into another currency of the figure before it"
    if _EXPLAINS.search(inside):
        return "context in brackets (an explanation or an outcome against last year's), not a target"
    if _SUPERSEDED.search(inside):
        return "the figure in brackets that the one before it replaces, not a target"
    return ""


def _currencies(before: Figure, fig: Figure) -> bool:
    """Whether the two figures are amounts in two currencies (dong and dollars)."""
    a, b = before.unit and units.UNITS[before.unit], fig.unit and units.UNITS[fig.unit]
    return bool(a and b and a.dimension != b.dimension and {a.dimension, b.dimension} <= {"vnd", "usd"})


def _written_id(written_unit: str, table: dict[str, str]) -> str:
    """The id a draft gives a unit the table lacks (declared under ``units:`` for review)."""
    uid = "u_" + "_".join(re.findall(r"[a-z0-9]+", _strip_accents(written_unit).lower()))
    table.setdefault(uid, written_unit)
    return uid


_COMPARED = re.compile(r"(?i)(?:so với|thực hiện|cùng kỳ|giai đoạn)\s*$")


_SETS_TARGET = re.compile(r"(?i)\b(?:đặt mục tiêu|đặt ra mục tiêu|phấn đấu|đề ra \d+ chỉ tiêu|"
                          r"chỉ tiêu chủ yếu|kế hoạch phát triển)\b")


def _year(text: str) -> int | None:
    """The latest year in the title (a short first line); else the year that the sentences which set
    targets name most ("Năm 2025, tỉnh … đặt mục tiêu …"), else the year the text names most,
    comparisons ("so với năm 2020", "thực hiện năm 2023") and the vision ("tầm nhìn đến năm 2050")
    aside; in English (news of a plan, which tells last year's results first) the latest year named,
    periods ("2021 - 2026") aside."""
    # the latest in the title: "Thành tựu … năm 2020; các chỉ tiêu … năm 2021" is 2021's plan
    first = _first_line(text)
    title = [int(y) for y in re.findall(r"\b(?:19|20|21)\d{2}\b", first)]
    if title and len(first) < 160 and not first.endswith("."):  # a title, not a paragraph
        return max(title)
    # a year after the term's end is the vision ("nhiệm kỳ 2025–2030 … phấn đấu đến năm 2045 trở thành …",
    # "term 2025 - 2030 … By 2045, strive to become …")
    ends = [int(m.group(1) or m.group(2)) for m in re.finditer(
        r"(?i)(?:nhiệm kỳ|giai đoạn|term|period(?: of)?)\s+\d{4}\s*[-–]\s*(\d{4})|"
        r"\b\d{4}\s*[-–]\s*(\d{4})\s+(?:tenure|term|period)\b", text)]  # "the 2025–2030 tenure"
    term_end = max(ends) if ends else 9999
    if language_of(text) is Lang.EN:
        named = [int(m.group(1)) for m in _YEAR_OF.finditer(text)
                 if not re.match(r"\s*[-–]\s*\d{4}", text[m.end():])
                 and not re.search(r"\d{4}\s*[-–]\s*$", text[max(0, m.start() - 8):m.start()])
                 and int(m.group(1)) <= term_end]
        return max(named) if named else None

    def named(part: str) -> Counter:  # comparisons and the vision beyond the plan aside
        return Counter(int(m.group(1)) for m in re.finditer(r"(?i)năm\s+(\d{4})\b", part)
                       if not _COMPARED.search(before := part[max(0, m.start() - 20):m.start()])
                       and not re.search(r"(?i)tầm nhìn(?: đến)?\s*$", before)
                       and int(m.group(1)) <= term_end)

    # the year a sentence sets a target for ("Năm 2025, tỉnh … đặt mục tiêu …"), before the year
    # named most (a text may tell last year's results first, "… năm 2024 … vượt mục tiêu đề ra")
    planned = sum((named(s) for s in re.split(r"(?<=[.!?;])\s+|\n", text)
                   if _SETS_TARGET.search(s)), Counter())
    years = planned or named(text)
    return years.most_common(1)[0][0] if years else None  # of equals, the first named


def draft(text: str, *, city: str | None = None, year: int | None = None,
          resolution: str | None = None) -> Draft:
    """Read ``text`` (a resolution) into a draft catalog; see the module docstring for the rules."""
    text = _unwrap(_unpipe(_untable(unicodedata.normalize("NFC", text))))
    lang = language_of(text)
    with numbers_as(number_style(text, lang)):
        return _draft(text, lang, city=city, year=year, resolution=resolution)


# a line that goes on from the one before: in lower case or a number, not an item's marker
_MARKER_START = re.compile(r"^(?:[a-zđ]\)|\d+[.)]\s|\(\d+\))")


def _unwrap(text: str) -> str:
    r"""The text with the printed lines a sentence was broken across joined ("… công nghiệp - xây dựng
    tăng khoảng\n12,5 - 13,5%. …"): a line that ends with no stop, a colon or a semicolon, followed by
    one that goes on in lower case or with a number, is one line with it.

    >>> _unwrap("GRDP bình\nquân đầu người đạt 5.000 USD.\n- Thu ngân sách …")
    'GRDP bình quân đầu người đạt 5.000 USD.\n- Thu ngân sách …'
    """
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        prev = out[-1].rstrip()
        goes_on = (line[:1].islower() or line[:1].isdigit()) and not _MARKER_START.match(line)
        if prev and not prev.endswith((".", ";", ":", "!", "?", "…", ")")) and goes_on:
            out[-1] = f"{prev} {line.lstrip()}"
        else:
            out.append(line)
    return "\n".join(out)


_HORIZON = re.compile(r"(?i)\b(?:đến|tới) năm\s+(\d{4})\b|\bby\s+(?:the end of\s+)?(\d{4})\b")
_TERM_AFTER = re.compile(r"(?i)\b(\d{4})\s*[-–]\s*(\d{4})\s+(tenure|term|period)\b")


def _first_year(text: str, year: int | None) -> int | None:
    """The first year of the plan: of a term that ends in ``year`` ("giai đoạn 2026-2030", or
    "nhiệm kỳ 2025-2030", whose congress sits in 2025: 2026), else ``year``. A paragraph about an
    earlier year tells results; the path of a term ("năm 2026 đạt 133,5 triệu đồng; năm 2027 …") is
    its targets.

    >>> _first_year("nhiệm kỳ 2025-2030 … đến năm 2030", 2030), _first_year("năm 2026", 2026)
    (2026, 2026)
    """
    if year is None:
        return None
    # (a People's Council's own term, "HĐND thành phố … khóa X, nhiệm kỳ 2021-2026", is not the plan's)
    # ("the 2026–2030 period", "the 2025–2030 tenure": the English order, read as "period 2026-2030")
    terms_first = _TERM_AFTER.sub(lambda t: f"{t.group(3)} {t.group(1)}-{t.group(2)}".ljust(len(t.group())),
                                  text)
    starts = [int(m.group(2)) + (1 if m.group(1).lower() in ("nhiệm kỳ", "tenure") else 0)
              for m in re.finditer(r"(?i)(nhiệm kỳ|giai đoạn|term|tenure|period(?: of)?)\s+(\d{4})\s*[-–]\s*"
                                   r"(\d{4})", terms_first)
              if int(m.group(3)) == year and int(m.group(2)) < year
              and not re.search(r"(?i)(?:hđnd|hội đồng nhân dân|khóa|khoá)\b[^.;]{0,40}$", text[:m.start()])]
    return max(starts) if starts else year


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
    for fig in every:
        if not any(i.start <= fig.start < i.end for i in items):
            skipped.append((text[fig.start:fig.end], _context(text, fig), "outside the list of targets"))
    if lang is Lang.EN:  # the words after an English number are too often no unit ("28 main
        # socio-economic targets") to draft them; a number before them is listed, not lost ("created
        # jobs for 40,000 workers")
        starts = {f.number_start for f in every}
        unread = [f for f in figures(text, lang, written=True) if f.number_start not in starts]
        for fig in unread:
            skipped.append((text[fig.start:fig.end], _context(text, fig), "a unit the table lacks, not "
                            f"drafted in an English text (as written: '{fig.written}')"))
        every = every + unread
    if written:
        catalog["units"] = [{"id": uid, "vi": w, "en": w, "dimension": uid, "scale": 1}
                            for uid, w in written.items()]
    extra = sorted(groups_used & set(terms.EXTRA_GROUPS))
    if extra:
        catalog["groups"] = [{"id": g, **terms.EXTRA_GROUPS[g]} for g in extra]
    catalog["items"] = _said_once(out_items, skipped)
    return Draft(catalog, skipped, read=len(every))


@functools.lru_cache(maxsize=1)
def _concept_patterns() -> list[tuple[re.Pattern, str, int]]:
    """(pattern, concept, length) of every phrase of :data:`terms.CONCEPTS`, longest first."""
    out = []
    for concept, phrases in terms.CONCEPTS.items():
        for p in phrases:
            words = re.findall(r"[^\s,\-()]+", fold(p))
            out.append((re.compile(r"(?<!\w)" + r"[\s,\-]+".join(map(re.escape, words)) + r"(?!\w)"),
                        concept, len(p)))
    return sorted(out, key=lambda c: -c[2])


def _concepts(text: str) -> list[str]:
    """The concepts whose phrases ``text`` holds, the longest phrase's first."""
    folded = fold(text)
    return list(dict.fromkeys(c for pattern, c, _ in _concept_patterns() if pattern.search(folded)))


def _said_once(items: list[dict], skipped: list[tuple[str, str, str]]) -> list[dict]:
    """The items with a target said again dropped: an unnumbered target, in another item, of the
    kind, values and unit of one drafted before it, whose concept (its name's, else its words')
    the earlier one's words hold: a lead that repeats the list ("Long An phấn đấu tốc độ tăng trưởng
    kinh tế GRDP bình quân đầu người đạt 105-110 triệu đồng"), a later paragraph of means that
    restates the aims ("striving to increase agriculture-forestry-seafood value by 3.5 per cent").
    A target another names as its parent stays."""
    parents = {t.get("parent") for item in items for t in item["targets"]}
    seen: list[tuple[int, set[str], tuple]] = []  # (item, concepts of its words, kind and values)
    out = []
    for k, item in enumerate(items):
        kept = []
        for t in item["targets"]:
            values = (t["kind"], t.get("value"), t.get("low"), t.get("high"), t["unit"])
            concept = next(iter(_concepts(t["name"]["vi"]) or _concepts(t["source"])), None)
            if concept and item["number"] is None and t["id"] not in parents and any(
                    j != k and concept in words and v == values for j, words, v in seen):
                skipped.append((t["source"], t["source"], "the same target said again"))
                continue
            seen.append((k, set(_concepts(t["source"])), values))
            kept.append(t)
        if kept:
            out.append(dict(item, targets=kept))
    return out


def _first_line(text: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line[:200]


def _context(text: str, fig: Figure, most: int = 200) -> str:
    """The sentence a figure stands in, cut to ``most`` characters around it."""
    start = max(text.rfind(". ", 0, fig.start) + 2, text.rfind("\n", 0, fig.start) + 1, fig.start - most // 2)
    ends = [i for i in (text.find(". ", fig.end), text.find("\n", fig.end)) if i >= 0]
    end = min([*ends, fig.end + most // 2, len(text)])
    return " ".join(text[start:end].split())


def _item_targets(text: str, item: _Item, group_guessed: bool, taken: set[str],
                  skipped: list[tuple[str, str, str]], lang: Lang = Lang.VI,
                  written: dict[str, str] | None = None) -> list[dict]:
    written = {} if written is None else written
    item_text = text[item.start:item.end]
    colon = item_text.find(":")
    item_head = item_text[:colon].strip() if colon > 0 else ""
    out: list[dict] = []
    parent: str | None = None
    parent_to_end = False
    for c_start, c_end in _clauses(text, item.start, item.end):
        clause = text[c_start:c_end]
        figs = figures(clause, lang, written=lang is Lang.VI)
        if not figs:
            continue
        split = fold(clause).find("trong đó")
        scope_parent = parent if parent_to_end else None
        prev_end = 0
        clause_first: str | None = None
        primary: Figure | None = None
        for k, fig in enumerate(figs):
            lead_start, lead = prev_end, clause[prev_end:fig.start]
            prev_end = fig.end
            why = _context_figure(clause, fig, figs[k - 1] if k else None)
            if why:
                skipped.append((clause[fig.start:fig.end], " ".join(clause.split()), why))
                continue
            if primary is not None and primary.unit != "percent" and _DESCRIBES.match(lead):
                skipped.append((clause[fig.start:fig.end], " ".join(clause.split()),
                                "describes the figure before it"))
                continue
            after_end = figs[k + 1].start if k + 1 < len(figs) else len(clause)
            name, from_after = _name(lead, clause[fig.end:after_end], last=k + 1 == len(figs))
            if fig.low == 0 and fig.bound is Bound.AT_MOST and fig.number_start == fig.start:
                # "Không còn hộ nghèo …": the unit is the start of the name
                name = _short(f"{units.label(fig.unit, 'vi')} {clause[fig.end:after_end].strip()}")
            elif k > 0 and len(_LEAD_NOISE.sub("", lead)) < 3:
                # "40 – 45 lượt tổ chức đảng, 25 – 30 đảng viên": the first figure's words, this unit
                name, from_after = _name(clause[:figs[0].start], "")
            elif k == 0 and item_head and c_start > item.start + colon and len(name.split()) <= 2:
                name = f"{item_head}: {name}" if name and fold(name) not in fold(item_head) else item_head
            name = " ".join(re.sub(r"\btrong đó\b", "", name, flags=re.IGNORECASE).split()).strip(" ,:")
            label = units.label(fig.unit, "vi") if fig.unit else fig.written
            if fig.unit in _COUNTED and fold(label) not in fold(name):
                # the counted noun: "Kết nạp mới" -> "Kết nạp mới đảng viên"; "thêm 35 xã đạt …"
                # (a name from the words after the figure) -> "Xã đạt …"
                name = _short(f"{label} {name[:1].lower()}{name[1:]}" if from_after else f"{name} {label}")
            primary = primary or fig
            kind, kind_guessed = _kind(fig, name + " " + item_head, lead)
            basis, basis_guessed = _basis(fig, lead, item_text, name + " " + item_head)
            if fig.unit is None:  # a unit the table lacks: as written, declared, to review
                unit, unit_guessed = _written_id(fig.written, written), True
            else:
                unit, unit_guessed = _unit(fig, name + " " + item_head)
            review = ["name.en"]
            review += ["kind"] * kind_guessed + ["basis"] * basis_guessed + ["unit"] * unit_guessed
            review += ["group"] * group_guessed
            target: dict = {"id": slug(name, taken), "name": {"vi": name, "en": name}}
            is_child = split >= 0 and fig.start > split
            this_parent = (clause_first or parent) if is_child else scope_parent
            if this_parent:
                target["parent"] = this_parent
            target["kind"] = kind
            if kind == "range":
                target["low"], target["high"] = fig.low, fig.high
            else:
                target["value"] = fig.value
            span = clause[fig.start:after_end] if from_after else clause[lead_start:fig.end]
            target.update(unit=unit, basis=basis, source=" ".join(span.strip(" ,;:").split()), review=review)
            out.append(target)
            if clause_first is None and not is_child:
                clause_first = target["id"]
        if split >= 0 and any(f.start > split for f in figs):
            parent = clause_first or parent
            parent_to_end = True
        elif parent is None:
            parent = clause_first
    return out


def score(drafted: list[dict], expected: list[dict], *, by_number: bool = True) -> tuple[int, list[dict]]:
    """How many ``expected`` targets the draft found with the right kind and values (and item
    number, ``by_number``), and the drafted targets that match none (invented).

    Values are compared in the expected target's unit, so a draft in "tỷ USD" matches a catalog
    in "bn USD" and one in "nghìn tỷ đồng" a catalog in "tỷ đồng".
    """
    left = list(expected)
    invented = []
    found = 0
    for d in drafted:
        hit = next((e for e in left if _same(d, e, by_number)), None)
        if hit is None:
            invented.append(d)
        else:
            left.remove(hit)
            found += 1
    return found, invented


def _same(d: dict, e: dict, by_number: bool) -> bool:
    if d["kind"] != e["kind"] or (by_number and d["number"] != e["number"]):
        return False
    if not units.comparable(d["unit"], e["unit"]):
        return False
    keys = ("low", "high") if e["kind"] == "range" else ("value",)
    return all(abs(units.convert(d[k], d["unit"], e["unit"]) - e[k]) <= 1e-9 * max(1, abs(e[k]))
               for k in keys)


def to_yaml(drafted: Draft, source: object) -> str:
    """The draft as a catalog file, with a header that says what to do with it."""
    import yaml

    head = (f"# Draft catalog read by `chitieu draft` from {source}.\n"
            "# Review before saving into data/raw/targets/: every target lists under 'review' what a\n"
            "# person must check (always name.en, left in Vietnamese; kind, basis, unit or group where\n"
            "# they were guessed), and 'source' the text it was read from. Check city and title too.\n")
    catalog = dict(drafted.catalog)
    if any(item["number"] is None for item in catalog["items"]):
        # the catalog numbers every item; a text that prints none gets the list's order, each
        # target marked so that a reviewer gives the numbers the plan uses
        head += ("# The text prints no item numbers: the items are numbered in the order of the list,\n"
                 "# and each such target lists 'number' under 'review'.\n")
        printed = {item["number"] for item in catalog["items"]} - {None}
        free = (k for k in itertools.count(1) if k not in printed)  # never a number the text prints
        catalog["items"] = [
            item if item["number"] is not None else
            {**item, "number": next(free),
             "targets": [{**t, "review": [*t["review"], "number"]} for t in item["targets"]]}
            for item in catalog["items"]]
    body = yaml.safe_dump(catalog, allow_unicode=True, sort_keys=False, width=100)
    return head + body
