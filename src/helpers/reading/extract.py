"""Observation rows from a statistics report's text: the figures it gives for a resolution's targets.

A report is read sentence by sentence (Vietnamese, or the statistics office's English pages). For
every figure (:mod:`helpers.reading.grammar`) in a sentence:

1. **What it measures.** The nearest name before the figure in its sentence — a phrase of
   :data:`helpers.reading.terms.CONCEPTS`, or a target's own name — says what it is; where nothing
   comes before, the words after it ("thu hút 920,7 triệu USD vốn đầu tư trực tiếp nước ngoài"; a
   bracket right after the figure skipped), and where a name before stands right after the figure
   before, that one's ("$10.1 billion from exports and spent $13.1 billion on imports"). A sentence
   that opens on a running total and names nothing ("Lũy kế 8 tháng năm 2024 đạt 2.050 triệu USD")
   continues the one before it in its paragraph (a "Lũy kế" paragraph, the one before it), marked
   review. A rise right after an amount is the amount's ("lượng khách đạt hơn 1,8 triệu lượt, gấp
   1,3 lần"; "sản lượng lúa ước 405.674 tấn, đạt 33,12% kế hoạch, giảm 4,53%": a share of the plan
   between), and a change "to" an amount is the amount's ("declined 0.1 percent to over 19,400
   hectares"): neither is a sector's growth; a count of visits names what it counts when the name
   before cannot be counted in it. "riêng công nghiệp" (industry alone) names a part; "revenue from
   … services", a sector's revenue, not its growth. A concept is tied to the targets (and context
   indicators) whose name holds one of its phrases. A name after "vào", "trong" or "so với" ("đóng
   góp vào GRDP") is a complement, not a subject. A concept no target tracks (local budget revenue,
   imports) makes the figure unmatched rather than the neighbour's. Among several targets the unit
   decides (a percentage goes to a growth target, an amount to a target of the same dimension), then
   the words "giá so sánh" / "giá hiện hành"; still several: the first, marked review.
2. **The measure.** A percentage after "tăng", "mức tăng", "giảm" (negative), or for a growth
   target, is ``yoy_pct``; for a percentage target a ``share_pct``; an amount is a ``level``. Never
   a row: "bằng 83,13% kế hoạch" or "% dự toán" (the city's own % of its plan: kept in the note and
   checked against :func:`helpers.analysis.progress.attainment`), "so với tháng trước", "(kế hoạch
   tăng 16,5%)" or "(23.600 tỷ đồng)" after a plan's name (a plan, not a result), a plan, target or
   forecast named before the figure ("mục tiêu đón 9 triệu lượt", "aiming for … 11%", "Dự kiến … năm
   2022" in September), "so với năm 2021 (5,04%)" (the compared year's), a quarter alone ("Riêng quý
   3"), "chiếm tỷ trọng 3,7%" for a growth rate (a share of the economy), a "respectively" list
   unless its figures are as many as the levels read before it in its sentence, or the names listed
   right before it (then they go to them in order), "% kịch bản", a margin over the plan
   ("surpassing the year's target by 9.4 percent"), an average over years ("15,1%/năm"), a national
   figure ("cả nước" in its clause), a range, percentage points, a contribution to the growth, a
   sentence that opens on a plan ("It targets …"), an effect ("khiến GRDP … giảm khoảng 0,8%"), a
   growth at current prices, a list of shares under its cue ("cơ cấu …: công nghiệp - xây dựng chiếm
   46,52%, dịch vụ 34,47%"), a change over the year reported ("so với năm 2025" in 2025's report).
   "bằng 81,7% so với cùng kỳ" is an index: the change is 81,7 − 100 = −18,3%, and the note says how
   it was published; so is a multiple ("tăng gấp 13 lần", "a 2.2-fold rise": +1200%, +120%). A
   figure named by a part ("thu tiền sử dụng đất", "khách nội địa", "kim ngạch xuất nhập khẩu",
   "doanh nghiệp có vốn đầu tư nước ngoài"), in brackets after a name ("(khu vực thành thị tăng
   0,27%)", "such as clothes (down 16%)"), listed after "such as", or under a heading's colon is the
   part's, never its total's; a bracket that describes the amount before it ("(tương đương gần 39,3%
   kế hoạch, tăng 4,13% …)") or gives the figure's quarters or halves ("(quý I tăng 9,88%, …)")
   holds no part, and a label's colon ("Thu ngân sách …: 4.856 tỷ đồng, + 10,70%") opens no items.
   Of "3.359,98/4.000 tỷ đồng" the first is the figure, the second the plan it is counted against.
3. **The period.** "quý I", "6 tháng đầu năm 2021", "9 tháng", "Ước 7 tháng năm 2021", "đến ngày
   29/3/2021" are year-to-date; "tháng 9", "tháng 01/2021" a month; "năm 2020" a year (a year to
   date at December is the year); "hết tháng 3" (to the end of March) and "the accumulated 9-month"
   the year to date. A sentence that goes on with "Trong đó" (and those after it in its paragraph
   that write none) takes the period of the sentence before; so, for review, does a sentence that
   writes none after one of its paragraph that opens on a period other than the report's ("Tính đến
   ngày 30/11/2025, …. Hàng hóa địa phương xuất khẩu đạt 183 triệu USD"). A period applies to the
   figures after it in its sentence (inside brackets, only there); "của 9 tháng năm 2020" right
   after a figure is that figure's own. A period after "so với", "cùng kỳ" or "than" is a
   comparison, not a period. No period in the sentence: the report's (``--period``), said in the
   note; its month where the sentence compares with the month before or the next sentence of its
   paragraph opens on a running total ("Lũy kế 4 tháng …"), else its year to date.
4. **The qualifier**: "trên", "hơn" are ``>``; "khoảng", "gần", "dưới" are ``~``; "ước" (estimate)
   goes in the note, with the sentence the row came from.

Two figures for one indicator, period, span and measure: an exact one beats another number within
5% that is rounded ("trên 19 nghìn tỷ" in a title, "19.018 tỷ" below); then the one whose period is
written out wins, then the body's over a title's or a heading's, then the first; the other is listed
as unmatched. An English text that writes decimals with a comma reads its numbers the Vietnamese way.
Nothing is silent: every figure not made a row is listed with its reason.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
import unicodedata
from dataclasses import dataclass, field

from ..analysis import progress
from ..catalog.targets import Catalog
from ..values import units
from ..values.errors import UnitError
from ..values.period import Lang, Period
from . import terms
from .grammar import Bound, Figure, figures, fold, language_of, multiples, number_style, numbers_as

_NUMBER_WORDS_EN = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")
# (not "năm", five and also the year)
_NUMBER_WORDS_VI = ("mười một", "mười hai", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười")
_NUMBER_VALUES_VI = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
                     "mười một": 11, "mười hai": 12}
_MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
_SPANS = {
    Lang.VI: [
        (re.compile(r"quý\s*(?:i|1)(?![\w])(?:\s*(?:/|năm)\s*(\d{4}))?"), "q1"),
        (re.compile(r"(\d{1,2})\s+tháng(?!\s+cuối)(?:\s+đầu)?(?:\s+năm)?(?:\s+nay)?(?:\s*/?\s*(\d{4}))?(?!\d)"),
         "ytd"),
        # "Chín tháng đầu năm 2020"
        (re.compile(r"\b(" + "|".join(_NUMBER_WORDS_VI) + r")\s+tháng(?:\s+đầu)?(?:\s+năm)?(?:\s+nay)?"
                    r"(?:\s*/?\s*(\d{4}))?(?!\d)"), "ytd_words_vi"),
        # "thực hiện hết tháng 3" (to the end of March)
        (re.compile(r"(?:đến\s+)?hết\s+tháng\s+(\d{1,2})(?:\s*(?:/|-|năm)\s*(\d{4}))?"), "ytd"),
        (re.compile(r"tháng\s+(\d{1,2})(?:\s*(?:/|-|năm)\s*(\d{4}))?"), "month"),
        # "tổng mức bán lẻ … trong tháng ước đạt 3.654,8 tỷ đồng": the report's month
        (re.compile(r"\btrong tháng(?!\s*\d)(?!\s+(?:đầu|cuối|tới|sau))"), "this_month"),
        (re.compile(r"đến\s+ngày\s+\d{1,2}/(\d{1,2})(?:/(\d{4}))?"), "ytd"),
        (re.compile(r"(?:cả\s+)?năm\s+(\d{4})"), "year"),
    ],
    Lang.EN: [
        (re.compile(r"(?:in|during|over)\s+(?:the\s+)?(?:past\s+|first\s+)?(\d{1,2})\s+months"), "ytd"),
        (re.compile(r"\bby the end of (?:this year['’]s |the )?(first|second|third|fourth) quarter\b"),
         "quarter_end"),
        (re.compile(r"\b(?:first|1st)\s+quarter\b|\bq1\b(?:\s*/\s*(\d{4}))?"), "q1"),
        (re.compile(r"\b(\d{1,2})-month\b"), "ytd"),  # "the accumulated 9-month increase is 7.7%"
        (re.compile(r"\bfirst\s+(" + "|".join(_NUMBER_WORDS_EN) + r")\s+months|"
                    r"\b(" + "|".join(_NUMBER_WORDS_EN) + r")-month period|\bfirst half\b"), "ytd_words"),
        (re.compile(r"(?:as\s+of|by\s+the\s+end\s+of|by)\s+(" + "|".join(_MONTHS_EN) + r")"), "ytd_name"),
        # "In January-March, the capital's export turnover …": to the end of March
        (re.compile(r"\bjanuary\s*-\s*(" + "|".join(_MONTHS_EN) + r")\b"), "ytd_name"),
        # ("The CPI of April 2023 … increased by 3.29%")
        (re.compile(r"\b(?:in|during|of)\s+(" + "|".join(_MONTHS_EN) + r")\b(?!\s+\d{1,2}\b)"), "month_name"),
        (re.compile(r"\bin\s+(\d{4})\b"), "year"),
        (re.compile(r"\b(?:in\s+)?this month\b"), "this_month"),
    ],
}
_COMPARISON = re.compile(
    # (not "theo giá so sánh 6 tháng đầu năm 2022": comparable prices)
    r"(?:so với|so|cùng kỳ|giai đoạn|(?<!giá )so sánh|than|over|compared to|since)\s*(?:cùng kỳ\s*)?$|"
    r"the same (?:period|time)(?: of)?\s*$")  # "up 8.01% over the same period in 2024"
_PRICE_BASE = re.compile(r"giá so sánh\s*$")  # "theo giá so sánh năm 2010": the prices' base, no span
_OWN = re.compile(r"(?:của|of|in)\s*$")
# How far before (or after) a figure its indicator's name may stand, in characters. In the
# bundled reports of 2024-2026 the farthest was 209 (a name, then a clause of context, then the
# figure); a name 300 characters away belongs to another clause. The reach also caps what one
# figure can cost in a paragraph without full stops.
SUBJECT_REACH = 300
_COMPLEMENT = re.compile(r"(?:vào|trong|so với|into|to)\s*$")
_GROWTH_LEAD = re.compile(
    r"(?:tăng|tăng trưởng|mức tăng|increases?|increased|increasing|up|grew|growing|growth|gains?|expansion|"
    r"expanded|rose|rise|rising)\b"
    r"[^,;]{0,25}$|[,:]\s*\+\s*$")  # "4.856 tỷ đồng, + 10,70%"
# "a 99.1% rise against the same period", "an 11.8% year-on-year increase": the word of change after the
# figure
_RISE_AFTER = re.compile(r"\s*(?:(?:year-on-year|year-over-year|y-o-y)\s+)?"
                         r"(?:rise|increase|growth|jump|gain|hike)\b")
# ("giảm còn 12,5%", "fell to 3%": to a level, no change)
_DECLINE_LEAD = re.compile(r"(?:giảm|decrease|decreased|down|fell|contract(?:ed|s|ion)?|shr[ai]nk|"
                           r"declined?|fall|drop)\b(?!\s+(?:xuống\s+)?còn\b|\s+to\b)[^,;]{0,25}$|"
                           r",\s*-\s*$")  # "19.394,07 tỷ đồng, -13,78%"
_PLAN_AFTER = re.compile(r"^\s*(?:so với\s+)?(?:kế hoạch|dự toán|of the plan|"
                         r"of the (?:year['’]s |set |annual )?(?:plan|estimates?))")
_SCENARIO_AFTER = re.compile(r"^\s*(?:so với\s+)?kịch bản|^\s*(?:compared to |of )?the (?:best )?scenario")
# a plan, target or forecast named before the figure in its clause: "Dự kiến … năm 2022 tăng trên 10%",
# "aiming for a GRDP increase of at least 11%" ("vượt mục tiêu", exceeded, is a result's comment)
_TARGET_LEAD = re.compile(r"(?<!vượt )(?<!đạt )(?<!so với )(?<!bằng )\b(?:mục tiêu|phấn đấu|"
                          r"theo kế hoạch|kế hoạch năm|chỉ tiêu|dự báo|kịch bản|"
                          r"aim(?:s|ing)?\s+(?:for|at|to)|targets?|goal|plans? to|forecasts?|"
                          r"striv(?:es?|ing)\s+(?:for|to)|(?:is|are|will be)\s+likely\s+to|will|"
                          r"sets?\s+to\s+(?:achieve|reach)|eyes?\s+to|có khả năng)\b")
# "surpassing the year's target by 9.4 percent", "fulfilled the set target with 37 trillion VND": a
# result measured against its plan ("vượt mục tiêu" too), which names no plan of its own
# ("hoàn thành mục tiêu đón 9 triệu lượt", completing the target of 9 million, names the target's figure)
_PLAN_MET = re.compile(r"\b(?:(?:surpass\w*|exceed\w*|beat(?:ing)?|vượt|(?:higher|more|lower|less) than)\s+|"
                       r"(?=(?:fulfill?\w*|met|hoàn thành)\s+[^,;]{0,30}?\s(?:with|với)\s))(?:\w+\s+)?"
                       r"(?:the\s+)?(?:year['’]s\s+|yearly\s+|set\s+|annual\s+)?(?:targets?|plans?|estimates?|goals?|"
                       r"mục tiêu|kế hoạch|dự toán)\b")
_MARGIN_LEAD = re.compile(_PLAN_MET.pattern + r"\s+(?:by|với)?\s*$")
# a sentence that opens on a plan is a plan to its end: "In 2023, Tuyen Quang strives for GRDP growth
# of 9.0% and …", "It targets the production value of the services sector up 9%, …, and … up over 4.6%"
_PLAN_OPENS = re.compile(r"^[^;\d]{0,40}?\b(?:striv(?:es?|ing)\s+(?:for|to)|targets?|aims?\s+(?:for|at|to)|"
                         r"sets?\s+(?:a\s+|the\s+)?targets?|plans?\s+to|phấn đấu|đặt mục tiêu|"
                         r"đặt chỉ tiêu)\b")
# "tăng tối thiểu 10% so với năm 2025" in a report of 2025: a growth over the year reported is a later
# year's
_OVER_YEAR = re.compile(r"[^;.]{0,30}?(?:so với|compared (?:to|with)|over)\s+(?:năm\s+|the year\s+)?"
                        r"(\d{4})\b")
# "dự kiến", "projected" are the office's estimate of the span reported ("tháng 3/2021 dự kiến tăng
# 13,23%"; "projected at 49.3 trillion VND" in December), but a forecast of a span not yet over
# ("Dự kiến … năm 2022 tăng trên 10%" in September)
_FORECAST_LEAD = re.compile(r"\b(?:dự kiến|projected|is expected to|expects?)\b")
# "chiếm tỷ trọng 3,7%": a share of the economy, never a growth rate
_SHARE_LEAD = re.compile(r"(?:chiếm|tỷ trọng|tỉ trọng|accounts? for|accounting for|accounted for|share of)\s*"
                         r"(?:tỷ trọng|tỉ trọng|tỷ lệ|tỉ lệ|khoảng|gần|hơn|trên)?(?:\s+cao|\s+thấp)?"
                         r"(?:\s+nhất)?(?:\s+với)?\s*$|cơ cấu\b[^;]{0,40}?(?:là|:)\s*$")
# brackets right after a plan's name hold the plan's figure: "so với nghị quyết đề ra (23.600 tỷ đồng)"
_PLAN_BRACKET = re.compile(
    r"(?:kế hoạch|dự toán|nghị quyết|chỉ tiêu|mục tiêu|đề ra|giao|plan|target)[^()]{0,20}\(\s*$")
# "so với năm 2021 (5,04%)": the figure of the year compared with
_COMPARED_BRACKET = re.compile(r"(?:so với|than|compared (?:to|with)|over)\s+(?:năm\s+|in\s+)?\d{4}\s*\(\s*$")
_RESPECTIVELY = re.compile(r"\brespectively\b|\blần lượt (?:là|tăng|đạt)\b")
# a quarter alone ("quý 3", "quý II", "Q3", "riêng quý 2"): not the year to date
# (or a half-year alone: "6 tháng cuối năm tăng 9,67%", "the second half")
_QUARTER = re.compile(r"(?:quý\s*(?:ii|iii|iv|2|3|4)(?![\w])|\bq[234]\b|(?:second|third|fourth) quarter|"
                      r"\b\d{1,2}\s+tháng\s+cuối\s+năm|\b(?:last|second)\s+(?:six months|half)\b)")
_QUARTER_AFTER = re.compile(r"\s*(?:in|trong)\s+(?:the\s+)?" + _QUARTER.pattern)
_PLAN_LEAD = re.compile(r"kế hoạch\s+(?:tăng|giảm)\s*(?:từ\s*)?$")
_TOTAL_WORDS = r"lũy kế|luỹ kế|cộng dồn"  # a running total's words
_TOTAL_CUE = re.compile(rf"\b(?:{_TOTAL_WORDS}|cumulatively|accumulated)\b")
_PREVIOUS_MONTH = re.compile(r"\b(?:so với|so)\s+tháng trước|"
                             r"(?:over|from|compared (?:to|with)) the previous month|\bmonth-on-month\b")
_MOM_AFTER = re.compile(r"^\s*(?:so với|so)\s+tháng trước|^\s*(?:over|from|compared to) the previous month|"
                        r"^\s*(?:monthly|month-on-month)\b")
_INDEX = re.compile(r"(?:bằng|đạt|equivalent to)\s*$")
_INDEX_WORDS = re.compile(r"(?:bằng|equivalent to)\s*$")  # "bằng 81,7% so với cùng kỳ" (100 = no change)
_SAME_PERIOD_AFTER = re.compile(r"^\s*(?:(?:so với|so)\s+)?cùng kỳ")  # "bằng 140,2% cùng kỳ" too
# "so với cùng kỳ năm trước bằng 322%": the base said first
_SAME_PERIOD_BEFORE = re.compile(r"(?:so với|so)\s+cùng kỳ(?:\s+năm\s+(?:trước|\d{4}))?\s*,?\s*bằng\s*$")
_NATIONAL = re.compile(r"cả nước|toàn quốc|bình quân chung|national")
_PER_YEAR_AFTER = re.compile(r"^\s*/\s*năm|^\s*per year|^\s*a year")
_AVERAGE_LEAD = re.compile(r"bình quân\s*$|bình quân\b[^,;]{0,12}$|average[^,;]{0,12}$")
_ESTIMATE = re.compile(r"\b(?:ước|ước tính|ước đạt|estimated?)\b")
_ESTIMATE_CLAUSE = re.compile(r"\b(?:ước|ước tính|ước đạt|ước thực hiện|an estimated)\b")
# (a sentence may open on a number after a word's full stop: "… VND 5,985 billion. 87 foreign investment
# projects …")
# (nor after an abbreviation: "(approx. USD 706.7 million)")
_SENTENCE = re.compile(r"(?<!\bapprox\.)(?<!\bvs\.)(?<!\bNo\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)"
                       r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ\"“(])|(?<=[^\W\d_][.!?])\s+(?=\d)|\n+")
_QUALIFIER = {Bound.EXACT: "=", Bound.MORE: ">", Bound.AT_LEAST: ">", Bound.ABOUT: "~", Bound.LESS: "~",
              Bound.AT_MOST: "~"}
_PLAN_TOLERANCE_PP = 0.5  # the city rounds its % of plan to 2 decimals; a wider gap is a different base


@dataclass(frozen=True)
class Phrase:
    text: str
    pattern: re.Pattern
    ids: tuple[str, ...]  # the targets or context indicators it names; empty: known, tracked by none


@dataclass
class Extraction:
    """Proposed statistics rows, the figures not made rows (with why), and warnings."""

    rows: list[dict] = field(default_factory=list)
    unmatched: list[tuple[str, str, str]] = field(default_factory=list)  # (figure, sentence, why)
    noted: list[tuple[str, str]] = field(default_factory=list)  # (figure, indicator): % of plan in a note
    read: int = 0  # the figures in the text: each is a row, unmatched or noted
    warnings: list[str] = field(default_factory=list)


@functools.lru_cache(maxsize=2048)  # the same phrases for every extraction and every catalog
def _words_pattern(phrase: str) -> re.Pattern:
    words = re.findall(r"[^\s,\-()]+", fold(phrase))
    return re.compile(r"(?<!\w)" + r"[\s,\-]+".join(map(re.escape, words)) + r"(?!\w)")


def _ascii(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


@functools.lru_cache(maxsize=64)
def _places(city: str) -> tuple[re.Pattern, frozenset[str]]:
    """One pattern for every place name (as written and without accents, as English pages write
    them), and the folded names that are ``city``'s own."""
    names = {fold(n) for n in terms.PLACES} | {fold(_ascii(n)) for n in terms.PLACES}
    # the city's name with its title and without ("TP Hồ Chí Minh": "Hồ Chí Minh City's GRDP")
    bare = re.sub(r"(?i)^(?:tp\.?|thành phố|tỉnh)\s+", "", city.strip())
    own = {fold(n) for n in (city, bare)} | {fold(_ascii(n)) for n in (city, bare)}
    names |= own
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), frozenset(own)


def phrasebook(catalog: Catalog) -> list[Phrase]:
    """Every phrase that names something in a report, with the ids of ``catalog`` it names.

    A target (or context indicator) takes the concept whose phrase is longest in its Vietnamese
    name (or its ``aliases``); its name, without brackets, is a phrase of its own too.
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


@dataclass(frozen=True)
class _Span:
    span: str
    period: Period


def _sentences(text: str) -> list[tuple[str, bool]]:
    """The sentences of ``text``, each with whether it opens a paragraph (a line)."""
    return [(s, k == 0) for line in text.split("\n")
            for k, s in enumerate(s.strip() for s in _SENTENCE.split(line) if s and s.strip())]


# "Trong đó: Khu vực nông, lâm nghiệp và thủy sản ước đạt 5,39%": the parts of the sentence before,
# in its period
_GOES_ON = re.compile(r"^\W*(?:trong đó|of which|in which|among which|specifically|cụ thể)\b")
# "Lũy kế năm 2025 ước đạt 15.535 tỷ đồng" opening a paragraph still goes on from the one before
_RUNNING_TOTAL = re.compile(rf"^\W*(?:{_TOTAL_WORDS}|cumulatively)\b")
# "Lũy kế 4 tháng đầu năm …" after a figure without its period: that figure is the month's (not "Lũy
# kế đến nay, … 1.928 dự án FDI", a total since ever)
_MONTHS_TOTAL = re.compile(rf"^\W*(?:{_TOTAL_WORDS}|tính chung)\s+"
                           r"(?:(?:trong\s+)?\d{1,2}\s+tháng|từ đầu năm)|"
                           r"^\W*cumulatively,?\s+(?:in\s+)?the first\b")
# "Lũy kế 8 tháng năm 2024 đạt 2.050 triệu USD": a sentence that opens on a running total or a span
# and names nothing continues the sentence before ("Kim ngạch nhập khẩu hàng hóa tháng 8/2024 …")
_CONTINUES = re.compile(r"^\W*(?:lũy kế|luỹ kế|cộng dồn|tính chung|tính từ đầu năm|cumulatively|"
                        r"(?:trong |in the )?(?:\d{1,2} tháng|quý|first \w+ months)|"
                        r"the\s+(?:[\w-]+\s+)?figure\b)")  # "The nine-month figure was 7.36% year-on-year."


def _span_events(folded: str, lang: Lang, report: Period) -> list[tuple[int, int, _Span, bool]]:
    """(start, end, span, own): ``own`` when the span follows "của"/"of" (a figure's own)."""
    out = []
    taken = bytearray(len(folded) + 1)  # positions inside a span already read (linear, not pairwise)
    for pattern, kind in _SPANS[lang]:
        for m in pattern.finditer(folded):
            if taken[m.start()]:
                continue
            head = folded[max(0, m.start() - 20):m.start()]
            if _COMPARISON.search(head) or kind == "year" and _PRICE_BASE.search(head):
                continue
            year = report.year
            if kind == "q1":
                month, year = 3, int(m.group(1) or year)
            elif kind in ("ytd_name", "month_name"):
                month = _MONTHS_EN.index(m.group(1)) + 1
            elif kind == "ytd_words":
                words = m.group(1) or m.group(2)
                month = _NUMBER_WORDS_EN.index(words) + 1 if words else 6  # "first half"
            elif kind == "year":
                month, year = 12, int(m.group(1))
            elif kind == "this_month":  # "in this month": the report's
                month = report.month
            elif kind == "ytd_words_vi":
                month = _NUMBER_VALUES_VI[m.group(1)]
                year = int(m.group(2)) if m.group(2) else year
            elif kind == "quarter_end":  # "By the end of this year's third quarter": the year to date
                month = 3 * (("first", "second", "third", "fourth").index(m.group(1)) + 1)
            else:
                groups = m.groups()
                month = int(groups[0])
                year = int(groups[1]) if len(groups) > 1 and groups[1] else year
            if not 1 <= month <= 12 or not 1900 <= year <= 2199:
                continue
            span = {"q1": "ytd", "ytd_name": "ytd", "ytd_words": "ytd", "month_name": "month",
                    "this_month": "month", "ytd_words_vi": "ytd", "quarter_end": "ytd"}.get(kind, kind)
            if span == "ytd" and month == 12:
                span = "year"
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            out.append((m.start(), m.end(), _Span(span, Period(year, month)), bool(_OWN.search(head))))
    return sorted(out, key=lambda e: e[0])


_NOMINAL = re.compile(r"giá hiện hành|current prices?")  # a growth rate is at constant prices
_PRICE_BRACKET = re.compile(r"\((?:theo )?giá (?:so sánh|hiện hành)[^()]{0,30}\)|\(at (?:constant|current) "
                            r"prices?[^()]{0,30}\)")


class _Sentence:
    """One sentence, folded, with what every figure in it looks up computed once: the phrases
    that name an indicator, the spans, the depth of brackets. A figure's lookups are then
    searches in sorted lists, so a paragraph of a thousand clauses costs a thousand times one
    clause, not a million (issue 26, item 8)."""

    def __init__(self, folded: str, lang: Lang, report: Period, book: list[Phrase], city: str = "",
                 figs: list[Figure] = ()):
        self.folded = folded
        figs = list(figs)  # the sentence's figures, in order
        # where the run of figures each one ends starts: figures joined only by ";", "," or "và"
        # ("cơ cấu GRDP tương ứng là: 2,08%; 18,39%; 69,14% và 10,39%") share the run's lead
        heads = _run_heads(folded, figs, _RUN_GLUE)
        self.run_start = {f.start: figs[heads[k]].start for k, f in enumerate(figs)}
        self.respective = _respective(folded, figs)  # the figures "respectively" governs
        self.figure_starts, self.figure_ends = [f.start for f in figs], [f.end for f in figs]
        places, own = _places(city)
        # (start, end, is the city's own) of every place named
        self.places = [(m.start(), m.end(), " ".join(m.group().split()) in own)
                       for m in places.finditer(folded)]
        self.events = _span_events(folded, lang, report)
        self.inherited: _Span | None = None  # the span of the sentence this one goes on from
        self.month_alone = False  # the next sentence of its paragraph opens on a running total
        self.frame: _Span | None = None  # the span an earlier sentence of its paragraph opened on
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
                if not _COMPLEMENT.search(folded[max(0, m.start() - 8):m.start()]):
                    named.append((m.end(), m.end() - m.start(), -order, ph))
        # the last is the nearest end, then the longest, then the first in the book
        named.sort(key=lambda n: n[:3])
        self.named = named
        self.named_ends = [n[0] for n in named]


def _report_span(report: Period) -> _Span:
    """The span a figure without one of its own is read for: the report's year to date (at December
    the year, in January the month)."""
    return _Span({12: "year", 1: "month"}.get(report.month, "ytd"), report)


def _opening(folded: str, events: list[tuple[int, int, _Span, bool]]) -> _Span | None:
    """The span a sentence opens on, a preposition at most before it and a comma after ("Tính đến ngày
    30/11/2025, …", "Trong tháng 10, …"; not one inside it, "… bằng 52,6% kế hoạch cả năm", nor a
    meeting's name, "Phiên họp thường kỳ tháng 9 …", nor a year after a quarter, "Riêng quý 3 năm
    2024, …"), which frames the rest of its paragraph."""
    for start, end, span, _ in events[:1]:
        if _FRAME_BEFORE.fullmatch(folded, 0, start) and folded[end:end + 2].lstrip().startswith(","):
            return span
    return None


_FRAME_BEFORE = re.compile(r"\W*(?:(?:trong|tính|tính chung|lũy kế|luỹ kế|cộng dồn|in|during|as of|by|for)"
                           r"\s+)?")


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


# "cao thứ 2 cả nước", "dẫn đầu cả nước", "của cả nước là Quảng Ninh": a rank among the provinces,
# whose figure is the province's, not the country's
_RANKING = re.compile(r"(?:thứ\s+\S+|cao nhất|thấp nhất|dẫn đầu|đứng đầu|top)(?:\s+\S+){0,6}?\s+(?:của\s+)?"
                      r"(?:cả nước|toàn quốc)|(?:của\s+)?(?:cả nước|toàn quốc)\s+là\b|"
                      r"(?:topping|leads?|leading|highest in) the (?:nation|country)")


def _elsewhere(fig: Figure, sent: _Sentence, lead: str) -> str:
    """Why a figure is another place's or the country's, or '': the last place named before it in
    its sentence is another province ("Hải Phòng đứng thứ hai với mức tăng 11,81%", "Hà Nội
    (333.000 tỷ đồng)"), or the country is named in its lead's clause and not as a rank."""
    # (not a place inside a bracket closed before the figure: "đứng thứ 6/63 tỉnh, TP (sau Bắc Giang, …
    # và Đà Nẵng); trong đó nông, lâm nghiệp, thủy sản tăng 3,23%")
    here = sent.depth[fig.start]
    before = [p for p in sent.places if p[1] <= fig.start and sent.depth[p[0]] <= here]
    if before and not before[-1][2]:
        name = sent.folded[before[-1][0]:before[-1][1]]
        return f"another province's figure ({name})"
    clause = lead.split(";")[-1]  # the country named in an earlier clause is that clause's
    national = _NATIONAL.search(_RANKING.sub(" ", clause))
    if national and not (before and before[-1][0] > fig.start - len(clause) + national.start()):
        return "a national figure"
    return ""


def _not_a_result(fig: Figure, sent: _Sentence, lead: str, period: Period) -> str:
    """Why a figure whose words look like a result's is not one, or '': a plan, target or forecast
    named before it in its clause (not "vượt mục tiêu", not an estimate "ước …"); "dự kiến" of a
    span after the report's; a quarter other than the first."""
    clause = _PLAN_MET.sub(" ", sent.folded[max(0, fig.start - 120):fig.start].split(";")[-1])
    target = _TARGET_LEAD.search(clause)
    # ("chỉ tiêu tổng sản phẩm … ước đạt hơn 100 ngàn tỉ đồng, chỉ tăng 7,11%": an estimate of a result)
    estimate = _ESTIMATE_CLAUSE.search(lead.split(";")[-1]) or target and _ESTIMATE_CLAUSE.search(
        clause, target.end())
    if (target or _PLAN_OPENS.search(sent.folded[:fig.start])) and not estimate:
        return "a plan, target or forecast, not a result"
    over = _OVER_YEAR.match(sent.folded, fig.end)
    if over and int(over.group(1)) >= _span_of(fig, sent, period)[0].period.year:
        return "a change over the year reported (or a later one): a later year's, not a result"
    if _FORECAST_LEAD.search(clause) and _span_of(fig, sent, period)[0].period > period:
        return "a forecast of a span not yet over, not a result"
    if _quarter_alone(fig, sent):
        return "a quarter or a half-year alone, not the year to date"
    if _EFFECT_LEAD.search(clause):
        return "an effect on the figure (what something made it gain or lose), not the figure"
    return ""


# "Việc giảm công suất này khiến GRDP năm 2025 giảm khoảng 0,8%": what a cause takes off or adds
# (not "làm cho": "Giải quyết việc làm cho khoảng 27.000 lượt lao động" is jobs for)
_EFFECT_LEAD = re.compile(r"\b(?:khiến|kéo giảm|causing|caused|resulting in)\b[^;,]{0,60}$")


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
    runs = {h: [k for k in range(len(figs)) if heads[k] == h] for h in governed}
    return {figs[k].start: (place, len(run), h) for h, run in runs.items() for place, k in enumerate(run)}


# between an amount and the rise that describes it: ", tăng", " (tăng", ", up", ", gấp"
_RISE_GLUE = re.compile(r"\s*[,(]\s*(?:(?:và|and)\s+)?(?:(?:tăng|giảm|up|down|an increase of|a rise of|"
                        r"increased by|rising|rose|grew|"
                        # "topped 153,000 hectares, a year-on-year fall of 2.6 percent"
                        r"an? (?:year-on-year )?(?:fall|decrease|decline|drop|rise|increase|growth) of)\s*)?")


def _visits_phrase(book: list[Phrase]) -> Phrase | None:
    """The phrase "lượt khách": a count of visits names what it counts."""
    return next((p for p in book if p.text == "lượt khách"), None)


_AGAINST = "the plan or whole the figure before it is counted against ('3.359,98/4.000 tỷ đồng')"
# between a share of the plan and the rise of the amount before it: " kế hoạch, giảm "
_PLAN_SHARE_GLUE = re.compile(r"\s*(?:kế hoạch|dự toán|kh|of the (?:yearly |annual )?(?:plan|estimate))\b"
                              r"[^,;\d()]{0,30}" + _RISE_GLUE.pattern)
_CHANGE_TO = re.compile(r"\s+(?:to|lên|xuống|xuống còn|còn)\s+")  # "declined 0.1 percent to over 19,400 ha"
_UNREAD_RESPECTIVELY = "a 'respectively' list: which figure is whose is not read"


def _respective_name(fig: Figure, sent: _Sentence, used: dict[str, Phrase]) -> Phrase | None:
    """The name a "respectively" gives ``fig``: the run's figures go, in order, to the indicators of
    the levels already read in its sentence ("gained $10.1 billion from exports and spent $13.1
    billion on imports, year-on-year increases of 7.5% and 3.1%, respectively"), or else to the
    names listed right before the run ("growth rates of industry-construction, agro-forestry-fishery,
    and services hit 17.25%, 2.63%, and 6.56%, respectively"), when there are exactly as many;
    else None (which figure is whose is not read). ``used``: the names of the levels read."""
    place, length, head = sent.respective[fig.start]
    if len(used) == length > 1:
        return list(used.values())[place]
    # the names between the figure before the run and the run, longest first where two overlap
    since = sent.figure_ends[head - 1] if head else 0
    listed: list[tuple[int, int, Phrase]] = []
    for end, size, _, phrase in sorted(sent.named, key=lambda n: (n[0] - n[1], -n[1])):
        start = end - size
        if since <= start and end <= sent.figure_starts[head] and (not listed or start >= listed[-1][1]):
            listed.append((start, end, phrase))
    names = list(dict.fromkeys(p for _, _, p in listed))
    return names[place] if len(names) == length > 1 else None


# "với cơ cấu …: công nghiệp - xây dựng chiếm 46,52%, dịch vụ 34,47% và nông - lâm - thủy sản 11,08%"
_SHARE_CUE = re.compile(r"\b(?:cơ cấu|tỷ trọng|tỉ trọng|chiếm|structure|accounts? for|accounting for|"
                        r"accounted for|share of)\b")
_CHANGE_WORD = re.compile(r"\b(?:tăng|giảm(?!\s+(?:xuống\s+)?còn)|increase\w*|decrease\w*|grew|rose|"
                          r"growth|up|down|fell)\b")


def _in_shares(fig: Figure, sent: _Sentence) -> bool:
    """Whether the figure is in a list of shares: a share's word before it in its clause ("cơ cấu",
    "tỷ trọng", "chiếm") with no word of change between ("nông nghiệp giảm còn 12,5%" falls to a share)."""
    folded = sent.folded
    # (within the reach of a name: a paragraph of commas costs no more per figure than a short one)
    start = 1 + max(folded.rfind(";", 0, fig.start), folded.rfind(". ", 0, fig.start),
                    fig.start - SUBJECT_REACH)
    cues = list(_SHARE_CUE.finditer(folded, start, fig.start))
    return bool(cues) and not _CHANGE_WORD.search(folded, cues[-1].end(), fig.start)


def _quarter_alone(fig: Figure, sent: _Sentence) -> bool:
    """Whether the last period named before the figure in its clause is a quarter other than the
    first ("Riêng quý 3 năm 2024, … ước đạt 3,8 triệu lượt"; "năm 2024" right after it is the
    quarter's year)."""
    if _QUARTER_AFTER.match(sent.folded, fig.end):  # "8.35% in Q2", "tăng 8% trong quý II"
        return True
    start = sent.folded.rfind(";", 0, fig.start) + 1
    quarters = list(_QUARTER.finditer(sent.folded, start, fig.start))
    if not quarters:
        return False
    q = quarters[-1]
    if any(e[0] <= q.start() < e[1] for e in sent.events):  # "by the end of … third quarter": a span
        return False
    later = [e for e in sent.events if q.end() + 12 < e[0] < fig.start]
    return not later


# between a figure and a name after it that is its own: "$10.1 billion from exports", "920,7 triệu USD
# vốn đầu tư …"
_OWN_NAME_GAP = re.compile(r"\s*(?:(?:from|on|of|in|for|worth of|từ|cho)\s+)?")


def _subject(fig: Figure, sent: _Sentence, book: list[Phrase], stop: int, prev_end: int = 0) -> Phrase | None:
    """The nearest name before the figure (a complement skipped; the longest where two end
    together), within :data:`SUBJECT_REACH`; else the first right after it, before ``stop`` (the
    next figure). A name right after the previous figure (ending at ``prev_end``) is that figure's:
    where the figure has a name of its own after it, that one is its subject ("gained $10.1
    billion from exports and spent $13.1 billion on imports")."""
    i = bisect.bisect_right(sent.named_ends, fig.start)
    if i and sent.named_ends[i - 1] >= fig.start - SUBJECT_REACH:
        end, length, _, phrase = sent.named[i - 1]
        start = end - length
        if prev_end and start >= prev_end and _OWN_NAME_GAP.fullmatch(sent.folded, prev_end, start):
            return _name_after(fig, sent, book, stop) or phrase
        return phrase
    return _name_after(fig, sent, book, stop)


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
    stop = min(stop, start + SUBJECT_REACH, start + clause_end.start() if clause_end else stop)
    after: tuple[int, int, Phrase] | None = None
    for ph in book:
        m = ph.pattern.search(folded, start, stop)
        if m and (after is None or (m.start(), -(m.end() - m.start())) < (after[0], -after[1])):
            after = (m.start(), m.end() - m.start(), ph)
    return after[2] if after else None


# the words that may stand between a name and its figure: verbs, bounds, "ước", "equivalent to"
_LINK_WORDS = re.compile(r"(?:\s*(?:ước tính|ước đạt|ước|dự ước|đạt|tăng|giảm|bằng|là|up|down|at|by|of|to|"
                         r"reach(?:ed|ing)?|increased?|rose|grew|expanded|tương đương|equivalent to|khoảng|"
                         r"gần|hơn|trên|dưới|about|over|nearly|around|,)\s*)*$")


# a bracket's opening that describes the figure before it, or gives its quarters or halves
_OF_THE_AMOUNT = re.compile(r"\s*(?:tương đương|bằng|equivalent to|đạt)\b")
_QUARTERS_OF = re.compile(r"\s*(?:quý\s*(?:i|1)|q1|first quarter|\d{1,2}\s+tháng|first half|"
                          r"first \w+ months)\b")
_PART_CUE = re.compile(r"\b(?:such as|including|like|như|gồm|trong đó)\b")


def _under_another(fig: Figure, sent: _Sentence) -> str:
    """Why the name before ``fig`` is not its subject although it is the nearest, or '': a bracket
    opened after the name holds a part of its own before the figure ("CPI … tăng 0,24% (khu vực thành
    thị tăng 0,27%; …)"), or a colon after the name opens items of their own ("Sản xuất nông, lâm
    nghiệp và thủy sản …: Tổng sản lượng lương thực … tăng 22,8%")."""
    i = bisect.bisect_right(sent.named_ends, fig.start)
    if not i or sent.named_ends[i - 1] < fig.start - SUBJECT_REACH:
        return ""
    name, between = sent.named[i - 1][3].text, sent.folded[sent.named_ends[i - 1]:fig.start]
    open_at = between.rfind("(")
    # a bracket holding words of its own, or after a part named ("… such as clothes (down 16%)"); not
    # one that describes the amount before it ("25.493 tỷ đồng (tương đương gần 39,3% kế hoạch, tăng
    # 4,13% …)") or gives the figure's quarters ("tăng 6.2% (quý I tăng 9,88%, …)")
    inside = between[open_at + 1:]
    if open_at >= 0 and ")" not in inside and (
            re.search(r"[^\W\d_]", _LINK_WORDS.sub("", inside)) or _PART_CUE.search(between[:open_at])
    ) and not (_OF_THE_AMOUNT.match(inside) and _right_after_a_figure(sent, sent.named_ends[i - 1] + open_at)
               or _QUARTERS_OF.match(inside)):
        return f"a part's figure in brackets, not the figure of {name}"
    # "Key products grew strongly …, such as laptops … increased by 80.53%; …; electronic component
    # manufacturing services increased by 28.88%": the parts listed, whatever their names
    cue = sent.folded.rfind("such as", 0, fig.start)
    if 0 <= cue < sent.named[i - 1][0] - sent.named[i - 1][1]:
        return f"a part listed after 'such as', not the figure of {name}"
    # "công nghiệp – xây dựng …, với mức tăng 13,73% trong 9 tháng, riêng công nghiệp tăng 15,15%": a part
    if re.search(r"\b(?:riêng|in particular)\s+(?!(?:tháng|quý|năm|trong)\b)[^\W\d_]", between):
        return f"a part's figure ('riêng …'), not the figure of {name}"
    # (a colon inside a closed bracket is the bracket's: "(Trung ương giao: 13.398 tỷ đồng; …), tăng 24,94%")
    colon = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group()), between).find(":")
    # (the figures after the colon are none of its items: "Thu ngân sách …: 4.856 tỷ đồng, + 10,70%")
    if colon >= 0 and re.search(r"[^\W\d_]{2,}(?:\s+[^\W\d_]+)", _LINK_WORDS.sub("", _without_figures(
            sent, sent.named_ends[i - 1] + colon + 1, fig.start))):
        return f"the figure of an item under {name}, not of {name}"
    return ""


def _without_figures(sent: _Sentence, start: int, end: int) -> str:
    """The sentence from ``start`` to ``end`` with its figures (and their units) blanked out."""
    # (only the figures in the span: a long paragraph costs no more per figure than a short one)
    lo = bisect.bisect_left(sent.figure_ends, start)
    hi = bisect.bisect_left(sent.figure_starts, end)
    text = list(sent.folded[start:end])
    for a, b in zip(sent.figure_starts[lo:hi], sent.figure_ends[lo:hi], strict=True):
        for p in range(max(a, start), min(b, end)):
            text[p - start] = " "
    return "".join(text)


def _right_after_a_figure(sent: _Sentence, at: int) -> bool:
    """Whether a figure of the sentence ends right before position ``at`` (spaces between)."""
    j = bisect.bisect_right(sent.figure_ends, at) - 1
    return j >= 0 and not sent.folded[sent.figure_ends[j]:at].strip()


_REVENUE_OF = r"\b(?:revenues? from|doanh thu)\b[^;]*?"  # then a sector's name: that sector's revenue
_PARTS_CUE = re.compile(r"\b(?:trong đó|of which|in which)\b")
# the sectors are parts of many wholes (GRDP, production value, investment, credit)
_SECTOR_PHRASES = frozenset(p for c in ("industry_construction", "services", "agriculture", "product_taxes")
                            for p in terms.CONCEPTS[c])


def _part_of_untracked(fig: Figure, sent: _Sentence) -> str:
    """Why the figure is a part of a whole no target tracks, or '': after "trong đó" / "of which",
    the parts of "total production value … up 9.33%" ("of which the industrial and construction
    sector increased by 10.21%") are the production value's, not the sectors' GRDP; a sector's
    figure only (exports "trong đó" of trade are exports')."""
    c = bisect.bisect_left(sent.part_cues, fig.start)
    if not c:
        return ""
    cue = sent.part_cues[c - 1]  # the last "trong đó" / "of which" before the figure
    i = bisect.bisect_right(sent.named_ends, cue)
    if not i or sent.named_ends[i - 1] < cue - SUBJECT_REACH:
        return ""
    whole = sent.named[i - 1][3]
    j = bisect.bisect_right(sent.named_ends, fig.start)
    part = sent.named[j - 1][3].text if j else ""
    if whole.ids or part not in _SECTOR_PHRASES:
        return ""
    return f"a sector's part of {whole.text}, which no target tracks"


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


def _per_head(book: list[Phrase]) -> tuple[str, ...]:
    """The ids the concept of GRDP per head names."""
    return next((p.ids for p in book if p.text == terms.CONCEPTS["grdp_per_capita"][0]), ())


def _fits(unit: str, target_unit: str) -> bool:
    a, b = units.UNITS[unit].dimension, units.UNITS[units.canonical(target_unit)].dimension
    return a == b or {a, b} in ({"vnd_per_person", "usd_per_person"},)


def _per_person(unit: str) -> str:
    return {"usd": "usd_per_person", "million_vnd": "million_vnd_per_person"}.get(unit, unit)


def extract(text: str, catalog: Catalog, period: Period, source_url: str = "") -> Extraction:
    """Read ``text`` (a statistics report published for ``period``) into observation rows for
    ``catalog``'s targets; see the module docstring for the rules."""
    book = phrasebook(catalog)
    counted, per_head = _visits_phrase(book), _per_head(book)  # looked up once, not per figure
    kinds = {t.id: t for t in (*catalog.targets, *catalog.context)}
    out = Extraction()
    keyed: dict[tuple, tuple[dict, bool]] = {}
    # a line that is short and ends without a full stop is a title or a heading, which rounds
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    headings = {ln for ln in lines if len(ln) < 160 and not ln.endswith((".", ":", ";", "…"))} if len(
        lines) > 1 else set()
    lang = language_of(text)  # of the whole text: a sentence of an English release may be all names
    style = number_style(text, lang)
    carried: Phrase | None = None  # the one name the sentence before gave its rows
    last_span: _Span | None = None  # the last span the sentence before wrote
    chained = False  # the sentence before took its span from the one before it
    frame: _Span | None = None  # the span a sentence of the paragraph opened on ("Trong tháng 10, …")
    sentences = _sentences(text)
    folds = [fold(s) for s, _ in sentences]  # once each: a sentence is also the next one's look-ahead
    for n, (sentence, opens) in enumerate(sentences):
        folded = folds[n]
        with numbers_as(style):
            figs = figures(sentence, lang, written=lang is Lang.VI)
            times = multiples(sentence, lang)
            if lang is Lang.EN:  # the words after an English number are too often no unit to read as
                # one ("Resolution 98 on …"); a number before them is listed, not lost ("667,000 heads")
                starts = {f.number_start for f in figs}
                for f in figures(sentence, lang, written=True):
                    if f.unit is None and f.number_start not in starts:
                        out.read += 1
                        out.unmatched.append((sentence[f.start:f.end], sentence, "a unit the table lacks "
                                              f"(as written: '{f.written}'), not read in an English text"))
        if times:  # "tăng gấp 13 lần": the multiple, not the "13 lần" under it
            figs = sorted([f for f in figs if not any(t.start <= f.start < t.end for t in times)] + times,
                          key=lambda f: f.start)
        multiple = {t.start for t in times}
        goes_on = (not opens or _RUNNING_TOTAL.match(folded)) and _CONTINUES.match(folded)
        continued = carried if goes_on else None
        carried = None
        if not figs:
            last_span, chained = None, False
            # (a sentence without figures may still frame its paragraph: "Trong tháng 10, tình hình kinh tế
            # - xã hội trên địa bàn tỉnh tiếp tục ổn định …")
            frame = _opening(folded, _span_events(folded, lang, period)) or (None if opens else frame)
            continue
        used: dict[str, Phrase] = {}  # indicator: the name its rows were read by
        levels: dict[str, Phrase] = {}  # the same, for the levels read (a "respectively" goes to them)
        read_as: dict[int, Phrase] = {}  # the name each figure made a row by, by its place
        misfit: dict[int, Phrase] = {}  # the name of each amount no target of it could be kept in
        out.read += len(figs)
        sent = _Sentence(folded, lang, period, book, catalog.city.vi, figs)
        sent.month_alone = n + 1 < len(sentences) and not sentences[n + 1][1] and bool(
            _MONTHS_TOTAL.match(folds[n + 1]))
        # (and so do the sentences after it in its paragraph that write no span: "… Khu vực dịch vụ ước
        # đạt 7,22% (KBTT: 8,16%).")
        if not opens and (_GOES_ON.match(folded) or chained):
            sent.inherited = last_span
        # a figure that writes no span after a sentence of its paragraph that opened on another than the
        # report's: that one's, for review ("Tính đến ngày 30/11/2025, tổng kim ngạch … Hàng hóa địa
        # phương xuất khẩu đạt 183 triệu USD, tăng 8,28%.")
        frame = None if opens else frame
        if frame is not None and frame != _report_span(period):
            sent.frame = frame
        chained = sent.inherited is not None and not sent.events
        frame = _opening(folded, sent.events) or frame
        last_span = None  # the span of the last row the sentence makes (set below)
        flat = " ".join(sentence.split())  # once: every row of the sentence quotes it
        plan_notes: list[tuple[Figure, str]] = []
        made: list[dict] = []
        for k, fig in enumerate(figs):
            shown = sentence[fig.start:fig.end]
            prev_end = figs[k - 1].end if k else 0
            lead = folded[prev_end:fig.start]
            after = folded[fig.end:fig.end + 40]
            before = folded[max(0, fig.start - 40):fig.start]
            why = (f"a unit the table lacks (as written: '{fig.written}'; a catalog may declare it)"
                   if fig.unit is None else _AGAINST if fig.against else _not_a_row(fig, lead, after, before))
            if why == "plan":
                plan_notes.append((fig, shown))
                continue
            if why:
                out.unmatched.append((shown, sentence, why))
                continue
            why = _elsewhere(fig, sent, lead) or _not_a_result(fig, sent, lead, period)
            if why:
                out.unmatched.append((shown, sentence, why))
                continue
            owner = _respective_name(fig, sent, levels) if fig.start in sent.respective else None
            if fig.start in sent.respective and owner is None:
                out.unmatched.append((shown, sentence, _UNREAD_RESPECTIVELY))
                continue
            if owner:  # the run's words of change stand before its first figure
                head = sent.respective[fig.start][2]
                lead = folded[figs[head - 1].end if head else 0:figs[head].start]
            index = fig.unit == "percent" and bool(_INDEX_WORDS.search(lead) and _SAME_PERIOD_AFTER.search(
                after) or _SAME_PERIOD_BEFORE.search(lead))
            growth = index or fig.start in multiple or bool(_GROWTH_LEAD.search(lead[-40:])
                                                            or _DECLINE_LEAD.search(lead[-40:])
                                                            or _RISE_AFTER.match(after))
            # the next figure outside any bracket the figure is not in ("(1.17 billion USD …)" is skipped)
            stop = next((f.start for f in figs[k + 1:] if sent.depth[f.start] <= sent.depth[fig.start]),
                        len(folded))
            phrase = owner
            if phrase is None:
                under = _under_another(fig, sent) or _part_of_untracked(fig, sent)
                if under:
                    out.unmatched.append((shown, sentence, under))
                    continue
                phrase = _subject(fig, sent, book, stop, prev_end)
                # a rise right after an amount is the amount's ("lượng khách đạt hơn 1,8 triệu lượt, gấp 1,3
                # lần"; "thu về gần 48.400 tỷ đồng, tăng 21%" after the visitors: the money's, no row)
                # (over a share of the plan between: "405.674 tấn, đạt 33,12% kế hoạch, giảm 4,53%")
                a = k - 1
                if k > 1 and figs[a].unit == "percent" and _PLAN_SHARE_GLUE.fullmatch(folded, figs[a].end,
                                                                                        fig.start):
                    a -= 1
                elif not (k and _RISE_GLUE.fullmatch(folded, figs[a].end, fig.start)):
                    a = -1
                if a >= 0 and growth and fig.unit == "percent":
                    # (a growth's amount in money rises as it does: "GRDP … 25.493 tỷ đồng, …, tăng 4,13%";
                    # one in tonnes is another thing's: "sản lượng lúa ước 405.674 tấn, …, giảm 4,53%")
                    money = figs[a].unit and units.UNITS[figs[a].unit].dimension in ("vnd", "usd")
                    if a in read_as:
                        phrase = read_as[a]
                    elif a in misfit and (not money or all(kinds[i].basis != "growth"
                                                           for i in misfit[a].ids)):
                        amount = misfit[a].text
                        why = f"a rise of the amount before it, which no target here tracks ({amount})"
                        out.unmatched.append((shown, sentence, why))
                        continue
                # "plantation of perennial trees declined 0.1 percent to over 19,400 hectares": the change
                # of the amount after it, in no unit of a growth rate's subject
                nxt = figs[k + 1] if k + 1 < len(figs) else None
                if growth and fig.unit == "percent" and nxt is not None and nxt.unit not in (
                        None, "percent") and units.UNITS[nxt.unit].dimension not in ("vnd", "usd") and (
                        _CHANGE_TO.fullmatch(folded, fig.end, nxt.start)):
                    why = f"a change of the amount after it ('{sentence[nxt.start:nxt.end]}'), no growth rate"
                    out.unmatched.append((shown, sentence, why))
                    continue
            # "revenue from accommodation, …, travel and tourism services increased by 7.91%"
            # (the revenue may stand before the amount the figure rises with: "Revenue from accommodation
            # and food services … was estimated at VND 2,657 billion, up 28.57%")
            revenue = phrase is not None and phrase.text in _SECTOR_PHRASES and re.search(
                _REVENUE_OF + re.escape(fold(phrase.text).split()[0]),
                folded[max(0, fig.start - SUBJECT_REACH):fig.start])
            if revenue:
                why = f"a revenue of {phrase.text}, not the sector's growth"
                out.unmatched.append((shown, sentence, why))
                continue
            visits = fig.unit and units.UNITS[fig.unit].dimension == "visits"
            if phrase is None and visits:
                phrase = counted
            if phrase is None and continued and not (sent.named_ends and sent.named_ends[0] < fig.start):
                phrase = continued
            if phrase is None:
                out.unmatched.append((shown, sentence, "no indicator named before or after it"))
                continue
            unit = fig.unit
            if phrase.ids and any(c in fold(phrase.text) for c in ("bình quân đầu người", "per capita")):
                unit = _per_person(unit)
            ids, why = _pick(phrase.ids, kinds, unit, growth, folded)
            if not ids and fig.unit and units.UNITS[fig.unit].dimension.endswith("_per_person") and (
                    phrase.text in terms.CONCEPTS["grdp_growth"]):
                # "GRDP bình quân ước đạt 50,3 triệu đồng/người": per head by its unit
                ids, why = _pick(per_head, kinds, unit, growth, folded)
            if not ids and visits and phrase is not counted:
                # "Kim ngạch xuất khẩu đạt 3,268 tỷ USD (tăng 40%), du lịch đón khoảng 8,81 triệu lượt khách":
                # the unit names what is counted when the name before cannot be counted in it
                ids, why = _pick(counted.ids, kinds, unit, growth, folded)
                phrase = counted if ids else phrase
            if not ids:
                if fig.unit and fig.unit != "percent" and phrase.ids:
                    misfit[k] = phrase
                out.unmatched.append((shown, sentence, f"{why} ({phrase.text})"))
                continue
            target = kinds[ids[0]]
            run = sent.run_start[fig.start]
            if fig.unit == "percent" and target.basis == "growth" and (
                    _SHARE_LEAD.search(folded[max(0, run - 60):run]) or _in_shares(fig, sent)):
                out.unmatched.append((shown, sentence,
                                      f"a share of the whole, not a growth rate ({phrase.text})"))
                continue
            if fig.unit == "percent" and target.basis == "growth" and _NOMINAL.search(
                    folded, max(0, folded.rfind(";", 0, fig.start), fig.start - SUBJECT_REACH), fig.start):
                out.unmatched.append((shown, sentence, "a growth at current prices (nominal), not the real "
                                                       f"growth ({phrase.text})"))
                continue
            span, written = _span_of(fig, sent, period)
            if unit == "percent":
                measure = "yoy_pct" if growth or target.basis == "growth" else "share_pct"
            else:
                measure = "level"
            value = -fig.value if measure == "yoy_pct" and _DECLINE_LEAD.search(lead[-40:]) else fig.value
            if index:  # "bằng 81,7% so với cùng kỳ": the change is 81,7 - 100
                decimals = len(shown.split(",")[-1].rstrip("% ")) if "," in shown else 0
                value = round(fig.value - 100, decimals)
            row = {"indicator": ids[0], "period": str(span.period), "span": span.span,
                   "measure": measure, "value": value, "qualifier": _QUALIFIER[fig.bound],
                   "unit": units.label(unit, "vi"), "published": "", "source_url": source_url,
                   "_notes": _notes(fig, folded, written, ids, period), "_sentence": flat, "_fig": shown,
                   "_title": sentence in headings}
            if index:
                row["_notes"].append((f"công bố là 'bằng {shown} so với cùng kỳ'",
                                      f"published as '{shown} of the same period'"))
            if fig.start in multiple:
                row["_notes"].append((f"công bố là '{shown}'", f"published as '{shown}'"))
            if owner:
                row["_notes"].append(("'lần lượt': theo thứ tự các chỉ tiêu đã nêu trong câu",
                                      "given 'respectively': in the order of the indicators before it"))
            if phrase is continued:
                row["_notes"].append(("cần xem lại: chỉ tiêu nêu ở câu trước",
                                      "review: the indicator is the one the sentence before names"))
            if sent.frame is not None and sent.frame == span and not _written_here(fig, sent):
                row["_notes"].append(("cần xem lại: kỳ của câu trước (câu này không ghi kỳ)",
                                      "review: the period of the sentence before (this one gives none)"))
            read_as[k] = phrase
            if _add(row, written, keyed, out):
                made.append(row)
                if not sent.depth[fig.start]:  # (not a bracket's: "(6 tháng đầu năm tăng 4,33%, …)")
                    last_span = span if written else None
                used.setdefault(row["indicator"], phrase)
                if row["measure"] == "level" and not owner:
                    levels.setdefault(row["indicator"], phrase)
        for fig, shown in plan_notes:
            _plan_note(fig, shown, made, catalog, out)
        carried = next(iter(used.values())) if len(used) == 1 else None
    for row in out.rows:
        notes, sentence = row.pop("_notes"), row.pop("_sentence")
        in_english = lang is Lang.EN
        row["note"] = "; ".join([vi for vi, _ in notes] + ([] if in_english else [sentence]))
        row["note_en"] = "; ".join([en for _, en in notes] + ([sentence] if in_english else []))
        row.pop("_fig")
        row.pop("_title")
    return out


def _notes(fig: Figure, folded: str, written: bool, ids: list[str],
           period: Period) -> list[tuple[str, str]]:
    """What a reader of the row should know, as (Vietnamese, English): ``note`` is the data-entry
    person's language, ``note_en`` the English reports'."""
    notes = [] if written else [(f"kỳ lấy theo --period {period} (báo cáo không ghi kỳ)",
                                 f"period from --period {period} (the report gives none)")]
    if _ESTIMATE.search(folded[max(0, fig.start - 60):fig.start]):
        notes.append(("ước tính", "estimate"))
    if fig.bound is Bound.LESS:
        notes.append(("dưới", "less than"))
    if len(ids) > 1:
        others = ", ".join(ids[1:])
        notes.append((f"cần xem lại: cũng khớp với {others}", f"review: also matches {others}"))
    return notes


def _add(row: dict, written: bool, keyed: dict[tuple, tuple[dict, bool]], out: Extraction) -> bool:
    """Keep ``row`` unless a row for the same indicator, period, span and measure is already kept.
    Of two, an exact one beats the rounded other (:func:`_rounds`); then the one whose period is
    written out wins; then the body's over the title's (a title
    rounds: "over 10 percent", then "estimated at 10.05 percent"); else the first (it stands nearest
    its name: a later one is most often a part's or a sector's). The loser is listed as unmatched."""
    key = (row["indicator"], row["period"], row["span"], row["measure"])
    clash = "a second figure for " + "/".join(key)
    if key in keyed:
        old, old_written = keyed[key]
        if _rounds(old, row):  # "trên 19 nghìn tỷ đồng" in the title, "đạt 19.018 tỷ đồng" below
            out.rows.remove(old)
            out.unmatched.append((old["_fig"], old["_sentence"], clash + ", rounded (the exact one is kept)"))
        elif _rounds(row, old):
            out.unmatched.append((row["_fig"], row["_sentence"], clash + ", rounded (the exact one is kept)"))
            return False
        elif old["_title"] and not row["_title"] and written == old_written:
            out.rows.remove(old)
            out.unmatched.append((old["_fig"], old["_sentence"],
                                  clash + ", in a title or heading (the body's is kept)"))
        elif old_written or not written:  # "9 tháng ước tăng 9,83%, … trên 10% ở một số ngành"
            out.unmatched.append((row["_fig"], row["_sentence"], clash + (
                ", whose period is not written out" if old_written and not written else "")))
            return False
        else:
            out.rows.remove(old)
            out.unmatched.append((old["_fig"], old["_sentence"], clash + ", whose period is not written out"))
    keyed[key] = (row, written)
    out.rows.append(row)
    return True


ROUNDING = 0.05  # "gần 62.000" for 61.723 is 0.45% off; a title's "over 10 percent" for 10.05, 0.5%


def _rounds(rough: dict, exact: dict) -> bool:
    """Whether ``rough`` ("trên", "gần", "khoảng" …) is ``exact`` rounded: another number, within
    :data:`ROUNDING` of it, once both are in one unit."""
    if rough["qualifier"] == "=" or exact["qualifier"] != "=":
        return False
    try:
        a, b = units.UNITS[units.canonical(rough["unit"])], units.UNITS[units.canonical(exact["unit"])]
    except (UnitError, KeyError):
        return False
    if a.dimension != b.dimension or not exact["value"]:
        return False
    # the same number both ways ("4,3 triệu lượt" in a heading, "gần 4,3 triệu lượt" below) is no
    # rounding: the heading left the word out
    gap = abs(rough["value"] * a.scale / b.scale - exact["value"])
    return 0 < gap <= ROUNDING * abs(exact["value"]) and not math.isclose(gap, 0, abs_tol=1e-9)


# "contributing 71.6% to the growth", "đóng góp 3,2 điểm % vào tăng trưởng": a share of the growth
_CONTRIBUTES_LEAD = re.compile(r"(?:contribut\w*|đóng góp)\s*(?:khoảng|about|over|nearly|gần|hơn)?\s*$")
_TO_GROWTH_AFTER = re.compile(r"^\s*(?:to|vào|cho)\s+(?:the\s+)?(?:overall\s+|chung\s+)?"
                              r"(?:growth|tăng trưởng|mức tăng)")


def _not_a_row(fig: Figure, lead: str, after: str, before: str) -> str:
    """Why a figure is not a row of its own ('plan' for the city's % of plan), or ''."""
    if fig.is_range:
        return "a range, not one published figure"
    if fig.unit == "percent" and (_CONTRIBUTES_LEAD.search(lead[-30:]) or _TO_GROWTH_AFTER.search(after)):
        return "a contribution to the growth, not a growth rate"
    if fig.unit == "percentage_points":
        return "percentage points (a contribution), not a level or a growth rate"
    if _PLAN_BRACKET.search(before):
        return "a plan's figure in brackets, not a result"
    if _COMPARED_BRACKET.search(before):
        return "the figure of the year compared with, not of this report"
    if fig.unit == "percent":
        if _PLAN_AFTER.search(after):
            return "plan"
        if _MARGIN_LEAD.search(before):
            return "a margin over the plan (the % of plan less 100), not a change on a year"
        if _SCENARIO_AFTER.search(after):
            return "a percentage of the growth scenario, not a result"
        if _PLAN_LEAD.search(before):
            return "a plan's figure, not a result"
        if _MOM_AFTER.search(after):
            return "a change on the previous month"
        if _INDEX.search(before) and _SAME_PERIOD_AFTER.search(after) and not _INDEX_WORDS.search(before):
            return "an index against the same period (100 = no change), not a growth rate"
        # (a consumer price index's average is the year's: "CPI bình quân tăng 2,69% so với năm 2023")
        if _PER_YEAR_AFTER.search(after) or _AVERAGE_LEAD.search(before) and not re.search(
                r"(?:cpi|chỉ số giá tiêu dùng)[^;,]{0,20}bình quân\s*(?:tăng|giảm)?\s*$", before):
            return "an average over years"
    return ""


def _plan_note(fig: Figure, shown: str, made: list[dict], catalog: Catalog, out: Extraction) -> None:
    """Put "bằng 83,13% kế hoạch" in the note of the level it belongs to, and check it."""
    # the last level made before it (searched from the end: a paragraph may hold a thousand)
    row = next((r for r in reversed(made) if r["measure"] == "level"), None)
    if row is None:
        out.unmatched.append((shown, "", "the city's % of plan, with no level of ours beside it"))
        return
    row["_notes"].append((f"{shown} kế hoạch (tỷ lệ so với kế hoạch do thành phố công bố)",
                          f"{shown} of plan, as the city gave it"))
    out.noted.append((shown, row["indicator"]))
    t = next((t for t in catalog.targets if t.id == row["indicator"]), None)
    if t is None:  # a context indicator has no plan
        return
    ours = progress.attainment(t.kind, units.convert(row["value"], row["unit"], t.unit), t.threshold)
    if not math.isnan(ours) and abs(ours - fig.value) > _PLAN_TOLERANCE_PP:
        out.warnings.append(
            f"{row['indicator']} {row['period']}: the report says {shown} of plan, the target "
            f"gives {ours:.2f}% ({row['value']:g} {row['unit']} against {t.threshold:g} "
            f"{units.label(t.unit, 'vi')}): the city's plan may differ from the resolution's")
