"""How Vietnamese (and the statistics offices' English) write a figure: number, range, bound, unit.

One grammar for every verb that reads text (``draft``, ``extract``) and for the validator's
decimal-comma values. A *figure* is a number, or a range of two, with the unit that follows it:

- numbers: Vietnamese writes the decimal comma and groups thousands with dots ("89.490,478",
  "8000", "3,0"); English the other way round ("89,490.478"). :func:`parse_number` reads both;
- ranges: "2,5 – 3,0", "19%-20%", "8 đến 10", "từ 3.300 – 3.500", "từ 12,7% đến 13%";
- bounds and approximations before or after the number: "trên", "hơn" (more than: ``>``),
  "khoảng", "gần", "xấp xỉ" (about: ``~``), "dưới", "less than" (``<``), "tối thiểu", "ít nhất",
  "không dưới", "… trở lên" (at least: ``>=``), "tối đa", "không quá", "… trở xuống" (at most:
  ``<=``); zero in words: "không còn hộ nghèo" is 0 households;
- scales: "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "nghìn tỷ" before a unit ("204 nghìn tỷ đồng",
  "8,25 triệu lượt"), taken to the unit of that size where the unit table has one;
- units: every spelling the unit table knows (:mod:`helpers.values.units`, including the units a
  catalog declares), matched longest first, and "%"; written against the number too ("4.900USD",
  "4.000ha"), or a currency before it ("USD 3,900", "$10.1 billion");
- amounts in two parts: "5 tỷ 508 triệu USD", "12,739 billion 600 million VND" are one figure;
- changes written as multiples (:func:`multiples`, for reports): "tăng gấp 13 lần", "a 2.2-fold rise".

A number with no unit after it is not a figure: years, dates, item numbers and "3 tháng" are not
what a resolution asks for, and reading them would invent targets.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum

from babel.numbers import format_decimal

from ..values import units
from ..values.period import Lang


class Bound(StrEnum):
    """How a figure's number binds: exactly, about, or a bound on one side."""

    EXACT = "="
    ABOUT = "~"
    MORE = ">"
    LESS = "<"
    AT_LEAST = ">="
    AT_MOST = "<="


@dataclass(frozen=True)
class Figure:
    """A number or a range found in a text, with its unit and bound, and where it stands."""

    start: int
    end: int
    low: float
    high: float
    unit: str | None  # a canonical unit id (``percent`` for "%")
    bound: Bound = Bound.EXACT
    number_start: int = -1  # where the number itself starts (after any bound word)
    written: str = ""  # a unit the table lacks, as the text writes it ("bác sĩ"); ``unit`` is None
    against: bool = False  # the B of "A/B unit" ("3.359,98/4.000 tỷ đồng"): the whole or plan A is of

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    @property
    def value(self) -> float:
        return self.low


# ASCII digits only: float() would also take "١٢" and "５", which no report writes
_NUMBER = {
    # (a rate printed with a decimal point among commas, "tăng 6.2%", is no thousands: it is 6,2)
    Lang.VI: r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+\.[0-9]{1,2}(?=\s?%)|[0-9]+(?:,[0-9]+)?",
    Lang.EN: r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?",
}
_DASH = r"\s*-\s*"
_DASH_THIRD = re.compile(r"\s*%?\s*[-–]\s*\d")
_DASH_BEFORE = re.compile(r"\d\s*%?\s*[-–]\s*$")
_BEFORE = {  # words that bind the number after them, longest first
    Lang.VI: [("không dưới", Bound.AT_LEAST), ("tối thiểu", Bound.AT_LEAST),
              ("ít nhất", Bound.AT_LEAST), ("không quá", Bound.AT_MOST), ("tối đa", Bound.AT_MOST),
              ("xấp xỉ", Bound.ABOUT), ("khoảng", Bound.ABOUT), ("gần", Bound.ABOUT),
              ("trên", Bound.MORE), ("hơn", Bound.MORE), ("dưới", Bound.LESS),
              # "kim ngạch xuất khẩu vượt 50 tỷ USD" (as English "topped"; an amount only, see
              # _AMOUNTS_ONLY)
              ("vượt mức", Bound.MORE), ("vượt", Bound.MORE),
              (">", Bound.MORE), ("<", Bound.LESS), ("~", Bound.ABOUT)],  # "Quy mô GRDP ~310000 tỷ"
    Lang.EN: [("no more than", Bound.AT_MOST), ("not more than", Bound.AT_MOST),
              ("no less than", Bound.AT_LEAST), ("not less than", Bound.AT_LEAST),
              ("less than", Bound.LESS), ("fewer than", Bound.LESS),
              ("at least", Bound.AT_LEAST), ("at most", Bound.AT_MOST), ("more than", Bound.MORE),
              ("over", Bound.MORE), ("about", Bound.ABOUT), ("nearly", Bound.ABOUT),
              ("around", Bound.ABOUT), ("almost", Bound.ABOUT), ("under", Bound.LESS),
              ("roundly", Bound.ABOUT), ("below", Bound.LESS), ("topped", Bound.MORE), ("top", Bound.MORE),
              # "total export value surpassed $6.1 billion", "the total export and import value exceeded $24.2
              # billion"
              ("surpassed", Bound.MORE), ("surpassing", Bound.MORE), ("exceeded", Bound.MORE),
              ("exceeding", Bound.MORE),
              # "Approximately 1.8 million tourists visited …", "capital hit some 16.5 trillion VND"
              ("approximately", Bound.ABOUT), ("roughly", Bound.ABOUT), ("some", Bound.ABOUT),
              # "total investment in society approximating 22.1 trillion VND"
              ("approximating", Bound.ABOUT), (">", Bound.MORE), ("<", Bound.LESS),
              ("~", Bound.ABOUT)],  # "GRDP per capita reaches 51 billion dongs (~2,217 USD)"
}
# bound words that bind an amount but not a percentage: "vượt 5% so với dự toán" is a margin over the
# plan, not more than 5%
_AMOUNTS_ONLY = ("vượt mức", "vượt")
_AFTER = {Lang.VI: [("trở lên", Bound.AT_LEAST), ("trở xuống", Bound.AT_MOST)],
          Lang.EN: [("or more", Bound.AT_LEAST), ("or less", Bound.AT_MOST)]}
_SCALES = {
    Lang.VI: [("nghìn tỷ", 1e12), ("nghìn tỉ", 1e12), ("ngàn tỷ", 1e12), ("ngàn tỉ", 1e12),
              ("nghìn", 1e3), ("ngàn", 1e3), ("triệu", 1e6), ("tỷ", 1e9), ("tỉ", 1e9)],
    Lang.EN: [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
              ("quadrillion", 1e15), ("bn", 1e9)],
}
# English "USD 18.54 billion", "VND126.26 million", "$10.1 billion" (a dollar in a Vietnamese city's
# English release is the US dollar)
_CURRENCY_FIRST = re.compile(r"(?:\b(usd|vnd|vnđ|us\$)|(?<![\w$])(\$))\s*$")
_SCALE_FIRST = re.compile(r"\b(thousand|million|billion|trillion)\s+$")
_CURRENCY = {"usd": "usd", "us$": "usd", "vnd": "vnd", "vnđ": "vnd", "$": "usd"}
# a unit written against its number: "4.900USD", "trên 4.000ha rừng"
_GLUED = r"(?=(?:usd|vnd|vnđ|ha)(?!\w))"
_WORD_CHAR = re.compile(r"\w")


# The old and the new place of the tone mark ("hoá"/"hóa", "thuỷ"/"thủy"), and the dashes: read alike.
_TONE_PAIRS = {"oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oé": "óe", "oè": "òe",
               "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe", "uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy",
               "uỵ": "ụy"}
# only where the pair ends the syllable: "hoá" is "hóa", but "hoạch" and "khoảng" are as written
# (not after "q": in "quý" the "u" belongs to "qu", and the mark is the "y"'s)
_TONE = re.compile("(?<!q)(?:" + "|".join(_TONE_PAIRS) + r")(?!\w)")


_QUI = re.compile(r"(?<!\w)(?:quí|qúy)(?!\w)")  # and a tone mark misplaced: "Qúy I năm 2025"


def fold(text: str) -> str:
    """NFC, lower case, one tone-mark style, one dash: character for character, so offsets in the
    folded text are the text's."""
    text = unicodedata.normalize("NFC", text)
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower()[:1] or c for c in text)
    low = _TONE.sub(lambda m: _TONE_PAIRS[m.group()], low)
    low = _QUI.sub("quý", low)  # the old spelling: "trong quí I/2022"; "qúy"
    return low.replace("–", "-").replace("—", "-")


_STYLE: ContextVar[Lang | None] = ContextVar("number_style", default=None)
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d])")
_POINT_DECIMAL = re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d])")


def number_style(text: str, lang: Lang) -> Lang:
    """The way ``text`` writes its numbers: as its language does, but an English text that writes
    decimals with a comma and none with a point ("construction industry by 14,2% or more", an
    English page of a Vietnamese portal) writes "3.200 USD" for three thousand two hundred.

    >>> number_style("services by 9,8% or more, 3.200 USD", Lang.EN), number_style("9.8%, 3,200", Lang.EN)
    (<Lang.VI: 'vi'>, <Lang.EN: 'en'>)
    """
    if lang is Lang.EN and _COMMA_DECIMAL.search(text) and not _POINT_DECIMAL.search(text):
        return Lang.VI
    return lang


@contextmanager
def numbers_as(style: Lang):
    """Within the block, :func:`figures` reads numbers as ``style`` writes them, whatever the
    language of its words (see :func:`number_style`)."""
    token = _STYLE.set(style)
    try:
        yield
    finally:
        _STYLE.reset(token)


def _rate_or_number(text: str, lang: Lang) -> float:
    """:func:`parse_number`, and a Vietnamese text's rate printed with a decimal point ("tăng 6.2%",
    which the number pattern takes only before "%"): 6,2. A data file that mixes the marks is still
    refused by :func:`parse_number`.

    >>> _rate_or_number("6.2", Lang.VI), _rate_or_number("6.200", Lang.VI)
    (6.2, 6200.0)
    """
    if lang is Lang.VI and re.fullmatch(r"[0-9]+\.[0-9]{1,2}", text):
        return float(text)
    return parse_number(text, lang)


def parse_number(text: str, lang: Lang = Lang.VI) -> float:
    """Read one number as ``lang`` writes it; :class:`ValueError` if it is not one.

    >>> parse_number("89.490,478"), parse_number("3,0"), parse_number("18.54", Lang.EN)
    (89490.478, 3.0, 18.54)
    """
    s = text.strip().replace("\u00a0", "").replace(" ", "")
    if not re.fullmatch(_NUMBER[lang], s):
        raise ValueError(f"not a number as {lang.value} writes it: {text!r}")
    s = s.replace(".", "").replace(",", ".") if lang is Lang.VI else s.replace(",", "")
    return float(s)


def format_number(value: float, lang: Lang = Lang.VI, decimals: int = 3) -> str:
    """Write ``value`` the way ``lang`` does, with up to ``decimals`` decimals (Babel)."""
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale="vi_VN" if lang is Lang.VI else "en_GB")


def _spellings() -> list[tuple[str, str]]:
    # sorted once per version of the table: a catalog that declares a unit changes it
    return _sorted_spellings(units.table_version())


@functools.lru_cache(maxsize=8)
def _sorted_spellings(_version: int) -> list[tuple[str, str]]:
    # longest first, so "nghìn tỷ đồng" wins over "tỷ đồng" and "lượt người lao động" over "lượt"
    table = sorted(units.SPELLINGS.items(), key=lambda kv: -len(kv[0]))
    return [(k, v) for k, v in table if k]


def _unit_at(folded: str, pos: int) -> tuple[str, int] | None:
    """The longest unit spelling starting at ``pos`` (spaces skipped), ending at a word end."""
    while pos < len(folded) and folded[pos] == " ":
        pos += 1
    if folded.startswith("%", pos):
        return "percent", pos + 1
    for spelling, unit in _spellings():
        end = pos + len(spelling)
        if folded.startswith(spelling, pos) and (end >= len(folded) or not _WORD_CHAR.match(folded[end])
                                                 or not _WORD_CHAR.match(spelling[-1])):
            # a possessive names something: "the February 2025 People's Committee" counts no people
            if folded.startswith(("'s", "’s"), end):
                continue
            # a bare "lượt" counts what follows it when that is no visitor: "9 lượt điều chỉnh tăng vốn"
            if spelling.endswith("lượt") and _COUNTED_BY_TIMES.match(folded, end):
                continue
            # nor is "đồng" a currency in "đồng chí" (comrades): "Ban Chấp hành … gồm 55 đồng chí"
            if spelling == "đồng" and folded.startswith(" chí", end):
                continue
            return unit, end
    return None


# what else "lượt" counts (times a thing is done): investment's adjustments and contributions, vehicles,
# trips, files, visits to a page or a doctor, a page's views ("460 Lượt xem", kept with a stored text)
_COUNTED_BY_TIMES = re.compile(r"\s+(?:điều chỉnh|góp vốn|xe|tàu|chuyến|phương tiện|truy cập|xem|hồ sơ|khám|"
                               r"người bệnh)\b")
_TIMES_WRITTEN = re.compile(r"\s*(?P<u>lượt" + _COUNTED_BY_TIMES.pattern + ")")


# a count whose unit is named before it: "the number of tourists reach 1,343,000 (including …)"
_COUNT_NAMED_BEFORE = re.compile(r"\bthe (?:total )?number of (?P<what>tourists|visitors|international "
                                 r"visitors|foreign visitors|domestic visitors)\s+"
                                 r"(?:(?:is|was|will|to|would)\s+)?(?:estimated\s+)?(?:reach(?:es|ed)?|hit|be|of|at)?"
                                 r"\s*$")
_BARE_SCALE = re.compile(r"\s+(million|thousand)(?![\w])")
_COUNT_WORDS = re.compile(r"(?:\s+(?:or more|more|new|newly|additional|poor|near-poor|rural))+(?=\s)")


def _scaled(folded: str, pos: int, lang: Lang) -> tuple[float, str | None, int]:
    """After a number: (multiplier, unit, end). A unit spelling that holds its scale ("tỷ USD")
    wins; else a scale word and a unit make the unit of that size, or multiply the number."""
    hit = _unit_at(folded, pos)
    if hit:
        return 1.0, hit[0], hit[1]
    between = _COUNT_WORDS.match(folded, pos) if lang is Lang.EN else None
    if between:  # "14 more communes", "2,000 or more party members": a count's unit after a word
        hit = _unit_at(folded, between.end())
        if hit and hit[0] in units.COUNTED:
            return 1.0, hit[0], hit[1]
    p = pos
    while p < len(folded) and folded[p] == " ":
        p += 1
    for word, scale in _SCALES[lang]:
        end = p + len(word)
        # (or glued to its unit, as a store joins words: "1.18 milliontonnes")
        if folded.startswith(word, p) and (not _WORD_CHAR.match(folded[end:end + 1] or " ")
                                           or _unit_at(folded, end) is not None):
            after = _unit_at(folded, end)
            if after is None:
                return 1.0, None, pos
            base = units.UNITS[after[0]]
            for u in units.UNITS.values():
                if u.dimension == base.dimension and abs(u.scale - scale * base.scale) < 1e-9 * u.scale:
                    return 1.0, u.id, after[1]
            return scale, after[0], after[1]
    return 1.0, None, pos


def _bound_before(folded: str, start: int, lang: Lang) -> tuple[Bound, int]:
    window_start = max(0, start - 14)
    head = folded[window_start:start].rstrip()
    for word, bound in _BEFORE[lang]:
        if head.endswith(word) and (len(head) == len(word) or not _WORD_CHAR.match(head[-len(word) - 1])):
            return bound, window_start + len(head) - len(word)
    return Bound.EXACT, start


def _bound_after(folded: str, end: int, lang: Lang) -> tuple[Bound | None, int]:
    rest = folded[end:end + 14]
    stripped = rest.lstrip()
    for word, bound in _AFTER[lang]:
        if stripped.startswith(word):
            return bound, end + (len(rest) - len(stripped)) + len(word)
    return None, end


# After a number, a unit the table lacks: one or two words ("giường", "bác sĩ"), perhaps "per"
# something ("bác sĩ/vạn dân"). Only :func:`figures` with ``written=True`` reads them.
# (per ten thousand written in digits too: "33 giường bệnh/10.000 dân", "10 bác sĩ/10000 dân")
# (a square or cubic metre keeps its digit: "350 ngàn m3")
_WRITTEN = re.compile(r"\s*(?P<u>[^\W\d_]+(?: [^\W\d_]+(?:(?<=\bm)[23](?!\d))?)?"
                      r"(?:\s*/\s*(?:0?1 |10[.,]?000 )?[^\W\d_]+(?: [^\W\d_]+)?)?)")
# ... but not these, which follow numbers that are not targets: dates, ages, counts of targets or
# criteria, durations, and the words that start the next clause
_NOT_WRITTEN = re.compile(
    r"^(?:năm|tháng|ngày|tuổi|giờ|lần|tiêu chí|chỉ tiêu|mục tiêu|nghị quyết|nhóm|nội dung|nhiệm vụ|đến|và|so|"
    r"của|trong|"
    r"theo|với|là|thì|trở|sau|trước|cho|tại|ở|được|vụ|kỳ|khóa|lượt|targets?|years?|months?|and|"
    r"of|in|to|by|per|the|times|tasks|vạn|tăng|giảm|ước|đạt|có|bằng|chiếm|ở|tại|lên|xuống|khâu|đột phá|"
    # "tăng trưởng kinh tế 2 con số": double digits, no count
    r"con số|"
    # the plan's own parts, counted: "6 chương trình trọng điểm … gồm: …", "11 giải pháp"
    r"chương trình|giải pháp|trụ cột|điểm nghẽn|ngành|lĩnh vực|solutions|programmes|programs|breakthroughs|"
    r"pillars|"
    # a conference's: "trực tuyến đến 53 điểm cầu", "18 tham luận", "18 đại biểu chính thức", "Ban Chấp hành …
    # gồm 55 đồng chí"
    r"điểm cầu|tham luận|đại biểu|delegates|công trình|đồng chí|"
    # a rank or a verb, no unit: "nhóm 20 cả nước", "100 DN dẫn đầu" (the unit is "DN")
    r"cả nước|dẫn đầu|dẫn|"
    # ranks among them: "nằm trong 10 tỉnh, thành phố đứng đầu cả nước"
    r"tỉnh|provinces)\b")
_NOT_WRITTEN_BEFORE = re.compile(r"(?:năm|tháng|ngày|quý|giai đoạn|số|kỳ|khóa|chương trình|nghị quyết|"
                                 r"quyết định|thứ|top|stt|/|-)\s*$")


# ... unless the target's name asks for one: life expectancy in years of age ("tuổi thọ … đạt 74,5
# tuổi"), a count of years ("số năm sống khỏe đạt tối thiểu 68 năm"), a multiple ("gấp 2 - 2,5 lần")
# (and "tuổi thọ trung bình … đạt khoảng 76 năm; thời gian sống khỏe mạnh đạt tối thiểu 69 năm")
_NAMED_BY = {"tuổi": re.compile(r"tuổi thọ[^;,]*$"),
             "năm": re.compile(r"\bsố năm\b[^;,]*$|tuổi thọ[^;,]*$|sống khỏe[^;,]*$"),
             "lần": re.compile(r"\bgấp(?:\s+(?:hơn|trên|khoảng|từ))?\s*$")}  # "cao gấp hơn 2 lần"


def _written_unit(folded: str, end: int, start: int) -> tuple[str, int] | None:
    if times := _TIMES_WRITTEN.match(folded, end):  # "9 lượt điều chỉnh tăng vốn"
        return " ".join(times["u"].split()), times.end("u")
    m = _WRITTEN.match(folded, end)
    if m and (word := m["u"].split(" ")[0]) in _NAMED_BY and _NAMED_BY[word].search(
            folded[max(0, start - 80):start]):
        return word, m.start("u") + len(word)
    if not m or _NOT_WRITTEN.match(m["u"]) or _NOT_WRITTEN_BEFORE.search(folded[max(0, start - 20):start]):
        return None
    words = m["u"].split(" ")
    unit = m["u"]
    # (a classifier counts the thing after it: "280.000 con gia súc", "600.000 cây phân tán" are "con", "cây")
    if "/" not in unit and len(words) == 2 and (_NOT_WRITTEN.match(words[1]) or words[0] in _CLASSIFIERS):
        unit = words[0]
    # an administrative unit's level: "ít nhất 4 đơn vị cấp huyện đạt chuẩn nông thôn mới"
    level = _LEVEL_AFTER.match(folded, m.start("u") + len(unit)) if unit == "đơn vị" else None
    if level:
        unit += level.group()
    return unit, m.start("u") + len(unit)


_LEVEL_AFTER = re.compile(r" cấp (?:tỉnh|huyện|xã)\b")
# (not "căn": "8.000-10.000 căn hộ" counts flats, "căn hộ", as the readings have it)
_CLASSIFIERS = ("con", "cây", "chiếc", "cái", "ngôi")


def figures(text: str, lang: Lang = Lang.VI, written: bool = False) -> list[Figure]:
    """Every figure in ``text``, in order (see the module docstring for what counts as one).

    ``written``: a number followed by a unit the table lacks ("18 bác sĩ") is a figure too, with
    ``unit`` None and the unit as written in ``written`` (a year never is).

    >>> [(f.value, f.written) for f in figures("đạt 14,5 bác sĩ/vạn dân năm 2024", written=True)]
    [(14.5, 'bác sĩ/vạn dân')]
    """
    folded = _respectively(fold(text))
    style = _STYLE.get() or lang  # the numbers' way, the words' language
    num = _NUMBER[style]
    pattern = re.compile(
        rf"(?:(?<![\w/.,])|(?<=usd|vnd|vnđ|us\$))(?:(?P<from>từ|from)\s+)?(?P<a>{num})(?P<pa>\s*%)?"
        rf"(?:(?:{_DASH}|\s+(?:đến|tới|to)\s+)(?P<b>{num}))?(?:(?![\w/]|[.,]\d)|{_GLUED}|(?P<glued>(?=[^\W\d_])))"
    )
    found: list[Figure] = []
    # "3.359,98/4.000 tỷ đồng": the B of A/B is read as a number (A, which has no unit of its own, is
    # given B's by :func:`_over`)
    scan = _BETWEEN_NUMBERS.sub(lambda m: " " * len(m.group()), folded)
    scan = _repeated_as_range(scan, num)
    scan, worded = _counts_in_words(scan) if lang is Lang.EN else (scan, {})
    if lang is Lang.EN:
        scan = _between_as_range(scan, num)
    pos, limit = 0, len(scan)
    while True:
        m = pattern.search(scan, pos, limit)
        if m is None:
            if limit == len(scan):
                break
            pos, limit = limit, len(scan)  # (the first number of a false range was read alone: now the rest)
            continue
        pos = m.end()
        a = _rate_or_number(m["a"], style)
        b = _rate_or_number(m["b"], style) if m["b"] else a
        if m["pa"] and not m["b"]:
            scale, unit, end = 1.0, "percent", m.end("pa")
        elif lang is Lang.EN and (hyphen := _HYPHEN_PERCENT.match(folded, m.end())):
            scale, unit, end = 1.0, "percent", hyphen.end()  # "6-percent growth", "a 10.14- percent"
        else:
            scale, unit, end = _scaled(folded, m.end(), lang)
        start = m.start("from") if m["from"] else worded.get(m.start("a"), m.start("a"))
        # a scale before the number, a currency alone after it: "reached billion 28,207 VND" (a translation's
        # word order) is 28,207 billion VND, never 28,207 dong
        first = _SCALE_FIRST.search(folded, max(0, start - 16), start) if lang is Lang.EN else None
        if first and unit in ("vnd", "usd"):
            unit, start = units.SPELLINGS.get(f"{first.group(1)} {unit}", unit), first.start()
        # (not over "from": "up 12 million USD from 2021" is a base year, no amount)
        if unit is None and lang is Lang.EN and not m["from"]:
            cur = _CURRENCY_FIRST.search(folded[:start])
            if cur:  # "USD 18.54 billion": the currency before, the scale after
                currency = _CURRENCY[cur.group(1) or cur.group(2)]
                tail = folded[m.end():].lstrip()
                word = next((w for w, _ in _SCALES[lang] if tail.startswith(w)), None)
                if word:
                    unit = units.SPELLINGS.get(f"{word} {currency}")
                    if unit:
                        start = cur.start()
                        end = m.end() + (len(folded[m.end():]) - len(tail)) + len(word)
                        # "VND 115 million/person", "VND 193 million/worker": an amount a head
                        per_head = _PER_HEAD.match(folded, end)
                        if per_head and (each := units.SPELLINGS.get(
                                f"{word} {currency} per {_PER_HEADS[per_head.group(1)]}")):
                            unit, end = each, per_head.end()
                elif not _WORD_CHAR.match(tail[:1] or " "):  # "over USD 3,900 ;": no scale at all
                    unit, start = currency, cur.start()
            else:
                unit, end = _scale_of_the_amount_before(folded, m.end(), found, unit, end)
                # ("the number of tourists reach 1,343,000 (including …)": a count named before it)
                counted = None if unit is not None else _COUNT_NAMED_BEFORE.search(
                    folded, max(0, start - 60), start)
                # ("the total number of tourists is estimated at 1.92 million": in millions)
                scale_word = _BARE_SCALE.match(folded, m.end()) if counted else None
                if scale_word and not re.match(r"\s*[^\W\d_]", folded[scale_word.end():]):
                    unit = units.SPELLINGS.get(f"{scale_word.group(1)} {counted.group('what')}")
                    end = scale_word.end() if unit else end
                elif counted and not re.match(r"\s*[^\W\d_]", folded[m.end():]):
                    unit = units.SPELLINGS.get(counted.group("what"))
        as_written = ""
        # "8.5 million VND/month": an amount a month is in no unit of the table, in any language; an amount a
        # hectare is not a plain amount either ("yearly farming value of VND45.2 million per hectare")
        per = unit not in (None, "percent") and re.match(r"/\s*(?:tháng|month)\b|\s+(?:per|a) month\b|"
                                                         r"\s+(?:per|a|each) (?:hectare|ha)\b",
                                                         folded[end:end + 16])
        if written and unit not in (None, "percent") or per:
            # (nor "/kế hoạch", "/dự toán": "3.499,7 tỷ đồng/kế hoạch" is the plan's amount, none per plan)
            per = re.match(r"/\s*(?!năm\b|kế hoạch\b|dự toán\b)[^\W\d_]+(?: [^\W\d_]+)?|\s+(?:per|a) month\b|"
                           r"\s+(?:per|a|each) (?:hectare|ha)\b", folded[end:end + 20])
            if per:  # "250 triệu đồng/tháng": a unit the table lacks, as written ("/năm" adds nothing)
                unit_start = end - len(folded[m.end():end].lstrip())
                as_written, unit, end = folded[unit_start:end + per.end()], None, end + per.end()
                if start < m.start():  # the currency written before the number: "VND45.2 million per hectare"
                    as_written = f"{folded[start:m.start()].strip()} {as_written}"
                # (unless the table has learnt it: "triệu đồng/ha" is the value land yields)
                unit = units.SPELLINGS.get(" ".join(as_written.split()))
                as_written = "" if unit else as_written
        # a year, or a span of years ("giải pháp 2025–2030 nêu …"; not "1.900 - 2.000 lao động")
        plain = not re.search(r"[.,]", m["a"] + (m["b"] or ""))  # a year has no thousands mark
        year = all(1900 <= v <= 2100 and v == int(v) for v in (a, b)) and (a == b or not m["pa"] and plain)
        # a number glued to letters is read only where they are a unit of the table ("195,000hectares", words
        # joined as a store keeps them; not "5G")
        if m["glued"] is not None and (unit is None or m["pa"]):
            continue
        if unit is None and written and not as_written and not m["pa"] and not year:
            hit = _written_unit(folded, m.end(), m.start())
            if hit:
                as_written, end = hit[0], hit[1]
        # "… at the end of 2018 to 11.74%", "from 15% to 10%": no range; each number is read alone; nor are
        # three numbers joined by dashes ("tương ứng là 6% - 34% - 30%")
        if m["b"] and (a > b or _DASH_THIRD.match(folded, m.end())
                       or _DASH_BEFORE.search(folded, max(0, m.start() - 12), m.start())):
            pos, limit = m.start(), m.start("b")
            continue
        if unit is None and not as_written:
            continue
        bound, start_b = _bound_before(folded, start, lang)
        if unit == "percent" and folded[start_b:start].strip() in _AMOUNTS_ONLY:
            bound, start_b = Bound.EXACT, start
        after, end = _bound_after(folded, end, lang)
        if after is not None:
            bound = after
        found.append(Figure(start=min(start, start_b), end=end, low=a * scale, high=b * scale,
                            unit=unit, bound=bound, number_start=worded.get(m.start("a"), m.start("a")),
                            written=as_written))
    found.extend(_zeros(folded))
    found.sort(key=lambda f: f.start)
    found = _over(folded, found, num, style)
    return _joined(folded, [_compound(folded, f, lang, num, style) for f in found])


_NUMBER_WORDS = {w: n for n, w in enumerate(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
     "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"), start=2)}


@functools.lru_cache(maxsize=8)
def _worded_count(_version: int) -> re.Pattern:
    # the things the table counts one by one, in English: "communes", "households", "enterprises", …
    nouns = sorted({u.en.lower() for u in units.UNITS.values()
                    if u.dimension in units.COUNTED and u.scale == 1}, key=len, reverse=True)
    words = "|".join(_NUMBER_WORDS)
    # (a range too, "two or three communes", "three to four communes"; not a count that names which, "two
    # communes of Xuan Chinh, Con Thoi")
    things = "|".join(map(re.escape, nouns))
    return re.compile(rf"(?<![\w-])({words})(?:\s+(?:or|to)\s+({words}))?"
                      rf"(?=\s+(?:more\s+|additional\s+|new\s+)?(?:{things})\b(?!\s+of\b))")


def _counts_in_words(scan: str) -> tuple[str, dict[int, int]]:
    """``scan`` with an English count written in words before a thing the table counts ("six more communes",
    "two or three communes") as digits, right-aligned in the words' place (so every position stays), and
    where each such count's words start, by the digits' start.

    >>> _counts_in_words("have six more communes recognised")
    ('have   6 more communes recognised', {7: 5})
    """
    worded: dict[int, int] = {}

    def digits(m: re.Match) -> str:
        number = str(_NUMBER_WORDS[m.group(1)]) + (f" to {_NUMBER_WORDS[m.group(2)]}" if m.group(2) else "")
        worded[m.end() - len(number)] = m.start()
        return number.rjust(len(m.group()))

    return _worded_count(units.table_version()).sub(digits, scan), worded


_BARE_SCALE_END = re.compile(r"\s*(?:[,.;)]|$|(?:up|down|and|in|while|or|respectively)\b)")


def _scale_of_the_amount_before(folded: str, at: int, found: list[Figure], unit: str | None,
                                end: int) -> tuple[str | None, int]:
    """An English amount in a bare scale after one in money of that scale takes its currency: "Its export
    turnover stood at 7.7 billion USD, while its import value was 5.6 billion, up …" (billion USD); so do the
    parts of an amount of that scale after "including" / "of which"."""
    tail = folded[at:].lstrip()
    word = next((w for w in ("billion", "million", "trillion") if tail.startswith(w)), None)
    if word is None:
        return unit, end
    same = None
    money = next((f for f in reversed(found) if f.unit and units.UNITS[f.unit].dimension in ("usd", "vnd")),
                 None)
    if _BARE_SCALE_END.match(tail, len(word)) and money is not None and units.SPELLINGS.get(
            f"{word} {units.UNITS[money.unit].dimension}") == money.unit:
        same = money.unit
    # (or, after "including" / "of which", the unit of the amount of that scale the parts are of: "7.5 million
    # visitors in 2023, including 3 million to Cat Ba and 2.5 million to Do Son")
    # (the whole and the parts before this one: one unit, the cue after the whole)
    whole = found[-1] if found and found[-1].unit else None
    if same is None and whole is not None and whole.unit.startswith(f"{word}_"):
        first = len(found) - 1
        while first and found[first - 1].unit == whole.unit:
            first -= 1
        if at - found[first].end < 160 and _PARTS_BETWEEN.search(folded, found[first].end, at) and (
                _PART_SCALE_END.match(tail, len(word))):
            same = whole.unit
    if same is None:
        return unit, end
    return same, at + (len(folded[at:]) - len(tail)) + len(word)


_PARTS_BETWEEN = re.compile(r"\b(?:including|of which|of whom|of them)\b")
# (the scale alone: not "including 1.5 million foreigners", a unit as written)
_PART_SCALE_END = re.compile(r"\s*(?:[,.;)/]|$|(?:to|for|in|at|on|and|or|up|down|while|respectively)\b)")


_PER_HEAD = re.compile(r"\s*(?:/\s*|\s+per\s+)(person|capita|worker|labou?rer)\b")
_PER_HEADS = {"person": "person", "capita": "person", "worker": "worker", "labourer": "worker",
              "laborer": "worker"}
_HYPHEN_PERCENT = re.compile(r"-\s?(?:percent|per cent)\b")
_BETWEEN_NUMBERS = re.compile(r"(?<=\d)\s*/\s*(?=\d)")
_EN_SCALE_WORDS = r"thousand|million|billion|trillion"


def _repeated_as_range(scan: str, num: str) -> str:
    """ "3 triệu đến 3,5 triệu lượt khách", "2.000 tấn -2.500 tấn": a range whose scale or unit is written
    after both numbers, written as the range "3 đến 3,5 triệu lượt khách" (of the same length).

    >>> _repeated_as_range("đón 3 triệu đến 3,5 triệu lượt khách", _NUMBER[Lang.VI])
    'đón 3       đến 3,5 triệu lượt khách'
    """
    pattern = re.compile(rf"(?<![\w.,])(?:{num})(?P<w>\s*[^\W\d_]+(?: [^\W\d_]+)?)\s*(?:đến|tới|to|-|–)\s*"
                         rf"(?:{num})(?P<w2>\s*[^\W\d_]+(?: [^\W\d_]+)?)")

    def rewrite(m: re.Match) -> str:
        first, second = m["w"].strip(), m["w2"].strip()
        if not (second == first or second.startswith(first + " ")):
            return m.group()
        out = list(m.group())
        out[m.start("w") - m.start():m.end("w") - m.start()] = " " * len(m["w"])
        return "".join(out)

    return pattern.sub(rewrite, scan)


def _between_as_range(scan: str, num: str) -> str:
    """ "between 9.53 million to 10 million visitors", "between 9.53 and 10 million": written as the range
    "9.53 to 10 million" (of the same length, so every position still points into the text).

    >>> _between_as_range("between 9.53 million and 10 million visitors", _NUMBER[Lang.EN])
    'between 9.53         to  10 million visitors'
    """
    pattern = re.compile(rf"\bbetween\s+(?:{num})(?P<scale>\s+(?:{_EN_SCALE_WORDS}))?\s+(?P<to>and|to)\s+"
                         rf"(?:{num})(?P<scale_b>\s+(?:{_EN_SCALE_WORDS}))?\b")

    def rewrite(m: re.Match) -> str:
        if m["scale"] and (m["scale_b"] or "").strip() != m["scale"].strip():
            return m.group()
        out = list(m.group())
        base = m.start()
        if m["scale"]:
            out[m.start("scale") - base:m.end("scale") - base] = " " * len(m["scale"])
        out[m.start("to") - base:m.end("to") - base] = "to " if m["to"] == "and" else "to"
        return "".join(out)

    return pattern.sub(rewrite, scan)


def _over(folded: str, found: list[Figure], num: str, style: Lang) -> list[Figure]:
    """"3.359,98/4.000 tỷ đồng" (a result over the year's plan), "2/3 xã": A is a figure in B's unit,
    and B is marked ``against`` (the plan or the whole A is counted against), not lost. A B in no unit
    of the table ("xếp thứ 8/63 tỉnh") is none, as before.

    >>> [(f.value, f.unit, f.against) for f in figures("là 3.359,98/4.000 tỷ đồng")]
    [(3359.98, 'billion_vnd', False), (4000.0, 'billion_vnd', True)]
    >>> [(f.value, f.against) for f in figures("đạt 4.210/4.000 tỷ đồng")]  # the plan beaten
    [(4210.0, False), (4000.0, True)]
    """
    by_start = {f.number_start: k for k, f in enumerate(found)}
    out: list[Figure | None] = list(found)
    for m in re.finditer(rf"(?<![\w/.,])(?P<a>{num})\s*/\s*(?P<b>{num})", folded):
        k = by_start.get(m.start("b"))
        if k is None:
            continue
        b = found[k]
        try:
            a, whole = parse_number(m["a"], style), parse_number(m["b"], style)
        except ValueError:
            a, whole = 0.0, 0.0
        if b.unit in (None, "percent") or b.is_range or not whole:  # (a result may beat its plan)
            out[k] = None  # as before: a number after "/" is none ("xếp thứ 8/63 tỉnh")
            continue
        scale = b.low / whole
        out[k] = dataclasses.replace(b, against=True, start=m.start("b"))
        out.append(Figure(start=m.start("a"), end=m.end("a"), low=a * scale, high=a * scale, unit=b.unit,
                          number_start=m.start("a")))
    return sorted((f for f in out if f is not None), key=lambda f: f.start)


_BIG = {"tỷ": 1e9, "tỉ": 1e9, "nghìn tỷ": 1e12, "nghìn tỉ": 1e12, "ngàn tỷ": 1e12, "ngàn tỉ": 1e12,
        "billion": 1e9, "trillion": 1e12}
_BIG_WORDS = {Lang.VI: "nghìn tỷ|nghìn tỉ|ngàn tỷ|ngàn tỉ|tỷ|tỉ", Lang.EN: "trillion|billion"}


def _compound(folded: str, f: Figure, lang: Lang, num: str, style: Lang) -> Figure:
    """"5 tỷ 508 triệu USD", "1 nghìn tỷ 250 tỷ đồng", "12,739 billion 600 million VND": one amount,
    in the unit of its smaller part.

    >>> [(f.value, f.unit) for f in figures("đạt 5 tỷ 508 triệu USD")]
    [(5508.0, 'million_usd')]
    """
    if f.unit is None or f.is_range or f.number_start != f.start:
        return f
    m = re.search(rf"(?<![\w.,])(?P<n>{num})\s+(?P<w>{_BIG_WORDS[lang]})\s+$",
                  folded[max(0, f.start - 40):f.start])
    small = units.UNITS[f.unit].scale
    if not m or units.UNITS[f.unit].dimension not in ("vnd", "usd") or f.low * small >= _BIG[m["w"]]:
        return f
    start = f.start - 40 + m.start() if f.start >= 40 else m.start()
    value = parse_number(m["n"], style) * _BIG[m["w"]] / small + f.low
    bound, start_b = _bound_before(folded, start, lang)
    return dataclasses.replace(f, start=min(start, start_b), low=value, high=value, bound=bound,
                               number_start=start)


_MULTIPLE = {
    Lang.VI: r"(?:gấp\s+(?P<a>{num})\s+lần|(?<=tăng )(?P<b>{num})\s+lần(?=\s+(?:so|cùng kỳ)))",
    # (and the first of a pair, "respectively rising 2.3 and 2.7-fold")
    Lang.EN: r"(?P<a>{num})(?:\s*-\s*fold|(?=\s+and\s+(?:{num})\s*-\s*fold))",
}


def multiples(text: str, lang: Lang = Lang.VI) -> list[Figure]:
    """Every change written as a multiple, as a percentage: "gấp 13 lần" (13 times) is a rise of
    1200%, "a 2.2-fold rise" of 120%, "tăng 3,3 lần so với cùng kỳ" of 230%. A report's reader
    takes them for changes; a target's "gấp 2 - 2,5 lần" stays a unit of its target.

    >>> [(f.value, f.start) for f in multiples("tăng gấp 13 lần so với cùng kỳ")]
    [(1200.0, 5)]
    """
    folded = fold(text)
    style = _STYLE.get() or lang
    out = []
    for m in re.finditer(_MULTIPLE[lang].format(num=_NUMBER[style]), folded):
        times = parse_number(m["a"] or m["b"], style)
        if times <= 1:
            continue
        rise = round((times - 1) * 100, 6)
        out.append(Figure(start=m.start(), end=m.end(), low=rise, high=rise, unit="percent",
                          number_start=m.start("a") if m["a"] else m.start("b")))
    return out


# a number with a thousands separator or a decimal is a count or an amount whatever follows it (a bare
# integer is as often a label: "Resolution 98", "top 15", "July 20")
_SEPARATED = {Lang.VI: r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+,[0-9]+",
              Lang.EN: r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+\.[0-9]+"}


def bare_numbers(text: str, taken: list[Figure], lang: Lang = Lang.VI) -> list[tuple[int, int]]:
    """The spans of the counts and amounts in ``text`` that no figure of ``taken`` holds: numbers
    written with a separator and followed by no unit ("stood at nearly 782,000, up …"). A date or a
    time ("02/02/2024", "16:30") is none.

    >>> text = "Lượng khách lưu trú đạt gần 782.000, tăng 5,3% (ngày 20.7.2023)."
    >>> [text[a:b] for a, b in bare_numbers(text, figures(text))]
    ['782.000']
    """
    style = _STYLE.get() or lang
    number = re.compile(rf"(?<![\w/.,:-])(?:{_SEPARATED[style]})(?![\w/:]|[.,]\d)")
    held = [(f.start, f.end) for f in taken]
    return [(m.start(), m.end()) for m in number.finditer(text)
            if not any(a <= m.start() < b for a, b in held)]


_RESPECTIVELY = re.compile(r"\b(?:respectively|lần lượt(?: là)?)\b[^;\d]{0,40}")
_RUN_DASH = re.compile(r"(?<=[\d%])(\s*)[-–](?=\s*\d)")
_CLAUSE_END = re.compile(r";|\.(?=\s|$)")


def _respectively(folded: str) -> str:
    """"… respectively reaches 65.95% - 24.35% - 2.51 % - 7.19%": a dash after "respectively" parts
    values, it joins no range (each dash becomes a ";", so that every position stays).

    >>> [f.value for f in figures("shares respectively reach 65.95% - 24.35% - 2.51 % - 7.19%", Lang.EN)]
    [65.95, 24.35, 2.51, 7.19]
    """
    for m in _RESPECTIVELY.finditer(folded):
        end = _CLAUSE_END.search(folded, m.end())
        stop = end.start() if end else len(folded)
        run = _RUN_DASH.sub(lambda d: d.group(1) + ";", folded[m.end():stop])
        folded = folded[:m.end()] + run + folded[stop:]
    return folded


_TO = re.compile(r"\s+(?:đến|tới|to)\s+")


def _joined(folded: str, found: list[Figure]) -> list[Figure]:
    """"từ 80,4 triệu đồng đến 80,8 triệu đồng": one range, its unit written at both ends.

    >>> [(f.low, f.high, f.unit) for f in figures("đạt từ 80,4 triệu đồng đến 80,8 triệu đồng")]
    [(80.4, 80.8, 'million_vnd')]
    """
    out: list[Figure] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and not prev.is_range and not f.is_range and prev.unit == f.unit
                and prev.written == f.written and prev.low <= f.low
                and folded.startswith(("từ ", "from "), prev.start)
                and _TO.fullmatch(folded, prev.end, f.start)):
            out[-1] = dataclasses.replace(prev, end=f.end, high=f.high)
        else:
            out.append(f)
    return out


_ZERO = re.compile(r"\b(?:không còn|xóa hết|xoá hết)\s+")


def _zeros(folded: str) -> list[Figure]:
    """"Không còn hộ nghèo": zero, in the unit of the noun that follows."""
    out = []
    for m in _ZERO.finditer(folded):
        hit = _unit_at(folded, m.end())
        if hit:
            out.append(Figure(start=m.start(), end=hit[1], low=0.0, high=0.0, unit=hit[0],
                              bound=Bound.AT_MOST, number_start=m.start()))
    return out


_VI_LETTER = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
# Vietnamese marks most syllables (in the reading corpus's Vietnamese texts, 59 to 85% of the words
# carry a letter only Vietnamese uses); an English release that keeps the marks on its names ("Ninh
# Thuận", "Bác Ái District") has a few such words in a hundred (2.4%). The line is set between.
VI_SHARE = 0.2


def language_of(text: str) -> Lang:
    """Vietnamese when at least :data:`VI_SHARE` of the words have a letter only Vietnamese uses,
    else English (an English text keeps Vietnamese names).

    >>> language_of("Thu ngân sách đạt 5.000 tỷ đồng"), language_of("Ninh Thuận aims for 11-12 per cent")
    (<Lang.VI: 'vi'>, <Lang.EN: 'en'>)
    """
    words = re.findall(r"[^\W\d_]+", fold(text))
    if not words:
        return Lang.VI
    marked = sum(1 for w in words if _VI_LETTER.search(w))
    return Lang.VI if marked >= VI_SHARE * len(words) else Lang.EN
