"""The reading itself: every figure of a report's text made a proposed row, or listed with why
not.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ...analysis import progress
from ...catalog.targets import Catalog
from ...values import units
from ...values.errors import UnitError
from ...values.period import Lang, Period
from .. import terms
from ..grammar import (
    Bound,
    Figure,
    bare_numbers,
    figures,
    fold,
    language_of,
    multiples,
    number_style,
    numbers_as,
)
from ..lines import unwrap
from .compared import compared, earlier_span
from .naming import _per_person, _pick, _respective_name, _subject
from .phrases import SUBJECT_REACH, Phrase, _per_head, _visits_phrase, phrasebook
from .results import (
    _DEVELOPMENT_RATE,
    _INDEX_FLOOR,
    _INDEX_WORDS,
    _SAME_PERIOD_AFTER,
    _SAME_PERIOD_EN_AFTER,
    QUARTER_ALONE,
    THE_TARGET_AFTER,
    _earlier_year_after,
    _index_with_change,
    _items_open,
    _not_a_result,
    _not_a_row,
    _told_in_future,
)
from .sentences import _PREVIOUS_MONTH_EN, _TOTAL_WORDS, _Sentence, _sentences, _span_of, _written_here
from .spans import _opening, _report_span, _Span, _span_events
from .whose import _SECTOR_PHRASES, _elsewhere, _in_shares, _part_of_untracked, _under_another

_GROWTH_LEAD = re.compile(
    r"(?:tăng|tăng trưởng|mức tăng|increases?|increased|increasing|up|grew|growing|growth|gains?|expansion|"
    # ("a surge of 35.18 percent on a yearly basis")
    r"expanded|rose|rise|rising|jumped|jumps?|climbed|climbs?|surged|soared|surge)\b"
    r"[^,;]{0,25}$|[,:(]\s*\+\s*$|"  # "4.856 tỷ đồng, + 10,70%", "tăng nhẹ (+0,95%)"
    r"\b(?:tăng|giảm)\s+so với cùng kỳ(?: năm trước)?\s*$")  # "và tăng so với cùng kỳ năm trước 2,55%"
# "a 99.1% rise against the same period", "an 11.8% year-on-year increase": the word of change after the
# figure
_RISE_AFTER = re.compile(r"\s*(?:(?:year-on-year|year-over-year|y-o-y)\s+)?"
                         r"(?:rise|increase|growth|jump|gain|hike|climb)\b")
_DECIMALS = 6  # more than any report prints
_IN_NAME_THEN = re.compile(r"\s+in\s+(?:the\s+)?[^,;\d%]{3,80},\s*(?:and\s+)?")
_BY_SECTOR = re.compile(r"\W*(?:by sector|by sectors|theo (?:ngành|khu vực)),")
# a sector after the shares of the sentence before: "The service sector followed with over 29%"
_FOLLOWED = re.compile(r"\bfollowed (?:with|by)\s+$")
_VISITS_PART = re.compile(r"\s+(?:du lịch\s+)?(?:quốc tế|nội địa|trong nước)\b")
_VISITS_PART_IN = re.compile(r"\b(?:foreign|international|domestic)\b")
_VISITS_BOTH = re.compile(r"\bdomestic and (?:foreign|international)\b")
_AFTER_THE_MONTHS = re.compile(r"\s*" + _PREVIOUS_MONTH_EN + r"\s+and\s+")
# ... and after the target: "up 8% from the target and 2.7% from last year"
_AFTER_THE_TARGET = re.compile(r"\s*" + THE_TARGET_AFTER + r"\s+and\s+")
# ("giảm còn 12,5%", "fell to 3%": to a level, no change)
# ("the value added of the industrial and construction sector dived 12.23 percent")
_DECLINE_LEAD = re.compile(r"(?:giảm|decrease|decreased|down|fell|contract(?:ed|s|ion)?|shr[ai]nk|dived|dove|"
                           r"plunged|plummeted|slumped|"
                           r"declined?|fall|drop)\b(?!\s+(?:xuống\s+)?còn\b|\s+to\b)[^,;]{0,25}$|"
                           r"[,(]\s*-\s*$|"  # "19.394,07 tỷ đồng, -13,78%", "khu vực NLTS (-2,31%)"
                           # "thấp hơn cùng kỳ 15,8%"
                           r"\b(?:thấp hơn|giảm) (?:so với )?cùng kỳ(?: năm trước)?\s*$|"
                           # "industry - construction contracting 0.89%", "service tumbled 5.51%"
                           r"\b(?:contracting|tumbled|plunged|plummeted|slumped)\s+(?:by\s+)?$")
# "chiếm tỷ trọng 3,7%": a share of the economy, never a growth rate
_SHARE_LEAD = re.compile(r"(?:chiếm|tỷ trọng|tỉ trọng|accounts? for|accounting for|accounted for|share of)\s*"
                         r"(?:tỷ trọng|tỉ trọng|tỷ lệ|tỉ lệ|khoảng|gần|hơn|trên)?(?:\s+cao|\s+thấp)?"
                         r"(?:\s+nhất)?(?:\s+với)?\s*$|cơ cấu\b[^;]{0,40}?(?:là|:)\s*$")
# (and a per cent "of the GRDP": "The service sector …, contributing to 30.6% of the GRDP")
_OF_THE_WHOLE = re.compile(r"\s*of (?:the |its |the (?:city|province)['’]s )?(?:total )?"
                           r"(?:grdp|gdp|economy)\b")
# (or a share's rise: "the proportion of the service sector increased by 2.02%")
_SHIFT_LEAD = re.compile(r"chuyển dịch(?:\s+cơ cấu)?\s*(?:là|đạt)?\s*\+?\s*$|"
                         r"\b(?:proportion|share) of\b[^,;%\d]{0,50}?"
                         r"\b(?:increased|rose|decreased|fell|dropped)\s+by\s*$")
_SHARE_THEN = re.compile(r"\s*,\s*(?:tăng|giảm)\s*")


def _shifts_a_share(folded: str, figs: list[Figure], k: int) -> bool:
    """Whether ``figs[k]`` is the shift of a share of the economy: "có mức chuyển dịch +1,61%", or a
    change right after a share ("chiếm tỉ trọng 26,53%, tăng 0,67% so với năm 2019").

    >>> from ..grammar import figures
    >>> text = "nông nghiệp chiếm tỉ trọng 26,53%, tăng 0,67% so với năm 2019"
    >>> _shifts_a_share(text, figures(text), 1)
    True
    """
    fig = figs[k]
    if _SHIFT_LEAD.search(folded, max(0, fig.start - 80), fig.start):
        return True
    prev = figs[k - 1] if k else None
    return bool(prev and prev.unit == "percent" and _SHARE_THEN.fullmatch(folded, prev.end, fig.start)
                and _SHARE_LEAD.search(folded, max(0, prev.start - 60), prev.start))


# "so với cùng kỳ năm trước bằng 322%": the base said first
_SAME_PERIOD_BEFORE = re.compile(r"(?:so với|so)\s+cùng kỳ(?:\s+năm\s+(?:trước|\d{4}))?\s*,?\s*bằng\s*$")
_ESTIMATE = re.compile(r"\b(?:ước|ước tính|ước đạt|estimated?)\b")
_QUALIFIER = {Bound.EXACT: "=", Bound.MORE: ">", Bound.AT_LEAST: ">", Bound.ABOUT: "~", Bound.LESS: "~",
              Bound.AT_MOST: "~"}
_PLAN_TOLERANCE_PP = 0.5  # the city rounds its % of plan to 2 decimals; a wider gap is a different base


@dataclass
class Extraction:
    """Proposed statistics rows, the figures not made rows (with why), and warnings."""

    rows: list[dict] = field(default_factory=list)
    unmatched: list[tuple[str, str, str]] = field(default_factory=list)  # (figure, sentence, why)
    noted: list[tuple[str, str]] = field(default_factory=list)  # (figure, indicator): % of plan in a note
    read: int = 0  # the figures in the text: each is a row, unmatched or noted
    warnings: list[str] = field(default_factory=list)


# "Trong đó: Khu vực nông, lâm nghiệp và thủy sản ước đạt 5,39%": the parts of the sentence before,
# in its period
_QUARTER_BEFORE = f"{QUARTER_ALONE} (the sentence before's), not the year to date"
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
# (after "Nhưng": "… giảm 0,3% so với tháng trước. Nhưng tính chung 10 tháng năm 2023 đã tăng 7,6%")
_CONTINUES = re.compile(r"^\W*(?:(?:nhưng|còn|but)\s+)?"
                        r"(?:lũy kế|luỹ kế|cộng dồn|tính chung|tính từ đầu năm|cumulatively|"
                        # "The accumulation of the first 5 months of 2020 increased by 1.93 percent",
                        # "Accumulated 5 months of 2020 is estimated at 36,048.6 billion VND"
                        r"(?:the )?accumulation of|accumulated|"
                        r"(?:trong |in the )?(?:\d{1,2} tháng|quý|first \w+ months)|"
                        r"the\s+(?:[\w-]+\s+)?figure\b)")  # "The nine-month figure was 7.36% year-on-year."


_NOMINAL = re.compile(r"giá hiện hành|current prices?")  # a growth rate is at constant prices
# the items a total at current prices opens ("GRDP … theo giá hiện hành đạt 6.961,99 tỷ đồng, tăng 13,02%
# …, trong đó: Khu vực … đạt 638,76 tỷ đồng, tăng 10,21%; khu vực công nghiệp - xây dựng …, tăng 9,84%; …"),
# unless an item names its own basis
_OWN_BASIS = re.compile(r"tăng trưởng|giá so sánh|constant prices?|growth")
# one product's exports ("Xuất khẩu thủy sản, chủ yếu từ con tôm … ước đạt 383,4 triệu USD"), not the total
_ONE_PRODUCT = re.compile(r"\bxuất khẩu\s+(?:thủy sản|thuỷ sản|gạo|tôm|cá tra|cà phê|hạt điều|rau quả|"
                          r"nông sản|dệt may|hàng dệt may|da giày|gỗ|cao su)\b")


# retail sales of goods and services, the whole ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu
# dùng"), and of goods alone ("Doanh thu bán lẻ hàng hóa tháng 10 ước đạt 4,1 nghìn tỷ đồng"), its part
_RETAIL_TOTAL = re.compile(r"bán lẻ hàng hóa\s*(?:,|và)\s*(?:doanh thu\s+)?dịch vụ")
_GOODS_ALONE = re.compile(r"doanh thu bán lẻ hàng hóa(?!\s*(?:,|và)\s*(?:doanh thu\s+)?dịch vụ)")


def _goods_alone(folded: str, at: int) -> bool:
    """Whether the nearest name of retail before ``at`` is of goods alone ("doanh thu bán lẻ hàng
    hóa")."""
    last = folded.rfind("bán lẻ", 0, at)
    head = last - len("doanh thu ")
    return head >= 0 and at - last < SUBJECT_REACH and bool(_GOODS_ALONE.match(folded, head))


def _under_nominal(folded: str, at: int) -> bool:
    """Whether the figure at ``at`` is an item of a list a total at current prices opens, which rises at
    current prices as its total does."""
    cue = _items_open(folded, at)
    if cue is None or not _NOMINAL.search(folded, 0, cue.start()):
        return False
    return not _OWN_BASIS.search(folded, max(cue.end(), folded.rfind(";", 0, at)), at)


# between an amount and the rise that describes it: ", tăng", " (tăng", ", up", ", gấp"
# (after a conversion in brackets, and with a bound: "23.9 trillion VND (1 billion USD), up over 152%")
_RISE_GLUE = re.compile(r"\s*\)?\s*[,(]\s*(?:(?:và|and)\s+)?(?:(?:tăng|giảm|up|down|an increase of|a rise of|"
                        r"increased by|rising|rose|grew|"
                        # "topped 153,000 hectares, a year-on-year fall of 2.6 percent"
                        r"an? (?:year-on-year )?(?:fall|decrease|decline|drop|rise|increase|growth) of)\s*"
                        r"(?:(?:over|more than|nearly|almost|about|around)\s+)?)?")


_AGAINST = "the plan or whole the figure before it is counted against ('3.359,98/4.000 tỷ đồng')"
# between a share of the plan and the rise of the amount before it: " kế hoạch, giảm "
_PLAN_SHARE_GLUE = re.compile(r"\s*(?:kế hoạch|dự toán|kh|of the (?:yearly |annual )?(?:plan|estimate))\b"
                              r"[^,;\d()]{0,30}" + _RISE_GLUE.pattern)
_CHANGE_TO = re.compile(r"\s+(?:to|lên|xuống|xuống còn|còn)\s+")  # "declined 0.1 percent to over 19,400 ha"
_UNREAD_RESPECTIVELY = "a 'respectively' list: which figure is whose is not read"
_BARE = "a number without a unit, not read"
_SHARE = "a share of the whole, not a growth rate"


# the goods declared at a border province's customs office, mostly other provinces': "Trong đó, kim ngạch
# xuất nhập khẩu hàng hóa mở tờ khai hải quan tại Cục Hải quan Lạng Sơn đạt 4.975 triệu USD, …, xuất khẩu
# 2.750 triệu USD, …" (the province's own: "Xuất khẩu hàng hóa địa phương đạt 156 triệu USD"; not the gates a
# province's own trade passes: "The total export turnover of the city's enterprises through border gates …"):
# where the sentence says "mở tờ khai" (_Sentence.declared_at)
# then a sector's name: that sector's revenue ("income from accommodation, dining, and travel services")
# (or its gross output: "giá trị sản xuất thương mại dịch vụ tăng 19,32%", "the production value of the
# agro-forestry-fisheries sector came to $350 million, up 3.75 per cent")
# (unless the sentence gives the taxes on products too: then its sectors are the GRDP's parts, whatever it
# calls them, "the production value of the agro-forestry-fishery sector is estimated at 6.516 trillion VND,
# up 6.35%; …; and taxes less subsidies on products at 5.732 trillion VND")
_PRODUCT_TAXES = re.compile(r"\b(?:taxes less subsidies|product taxes|thuế sản phẩm)\b")
_REVENUE_WORDS = r"revenues? from|income from|doanh thu"
_REVENUE_OF = rf"\b(?:{_REVENUE_WORDS}|giá trị sản xuất|production value of)\b[^;]*?"
# (right before the visitors' name: "Doanh thu từ khách du lịch đạt khoảng 922 tỷ, tăng 13 lần")
_REVENUE_FROM = rf"\b(?:{_REVENUE_WORDS})\s+(?:từ\s+|of\s+)?(?:the\s+)?"


@dataclass
class _Text:
    """What every figure of one text is read against, and where its rows go."""

    catalog: Catalog
    period: Period
    source_url: str
    book: list[Phrase]
    counted: Phrase | None  # the name of a count of visits
    per_head: tuple[str, ...]  # the targets a per-head amount may be
    kinds: dict
    headings: set[str]
    out: Extraction = field(default_factory=Extraction)
    keyed: dict[tuple, tuple[dict, bool]] = field(default_factory=dict)
    twins: dict[tuple, tuple[dict, bool]] = field(default_factory=dict)  # rows by indicator, measure, value
    retail_total: bool = False  # the text names the retail sales of goods and services, the whole


@dataclass
class _Said:
    """One sentence being read: its figures, and what the figures read so far made of it."""

    sentence: str
    folded: str
    figs: list[Figure]
    sent: _Sentence
    multiple: set[int]  # the starts of "gấp 13 lần"
    continued: Phrase | None  # the one name the sentence before gave its rows, where this goes on
    flat: str = ""
    used: dict[str, Phrase] = field(default_factory=dict)  # indicator: the name its rows were read by
    levels: dict[str, Phrase] = field(default_factory=dict)  # the same, of levels (a "respectively"'s)
    read_as: dict[int, Phrase] = field(default_factory=dict)  # the name each figure made a row by (its place)
    misfit: dict[int, Phrase] = field(default_factory=dict)  # the name of each amount no target could keep
    amounts: list[Phrase] = field(default_factory=list)  # the names of the amounts out of brackets
    made: list[dict] = field(default_factory=list)
    after_shares: bool = False  # the sentence before, of its paragraph, gave shares of the whole
    grew: set[int] = field(default_factory=set)  # the starts of the figures read as changes
    plan_notes: list[tuple[Figure, str]] = field(default_factory=list)
    last_span: _Span | None = None  # the span of the last row the sentence makes

    def skip(self, fig: Figure, why: str, out: Extraction) -> None:
        out.unmatched.append((self.sentence[fig.start:fig.end], self.sentence, why))


def extract(text: str, catalog: Catalog, period: Period, source_url: str = "") -> Extraction:
    """Read ``text`` (a statistics report published for ``period``) into observation rows for
    ``catalog``'s targets; see the module docstring for the rules.

    Hải Phòng's first quarter of 2021, as thanhphohaiphong.gov.vn printed it:

    >>> from ...catalog.targets import load_catalog
    >>> got = extract("Thu ngân sách Nhà nước trên địa bàn quý I ước đạt hơn 22.924 tỷ đồng, tăng 15,2% "
    ...               "so với cùng kỳ.", load_catalog("haiphong-2021"), Period.parse("2021-03"))
    >>> [(r["indicator"], r["span"], r["measure"], r["value"], r["qualifier"]) for r in got.rows]
    [('budget_revenue', 'ytd', 'level', 22924.0, '>'), ('budget_revenue', 'ytd', 'yoy_pct', 15.2, '=')]
    """
    book = phrasebook(catalog)
    text = unwrap(text)  # (a sentence a printed page broke across lines is one)
    # a line that is short and ends without a full stop is a title or a heading, which rounds
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    headings = {ln for ln in lines if len(ln) < 160 and not ln.endswith((".", ":", ";", "…"))} if len(
        lines) > 1 else set()
    # (the names of visits and of per-head amounts looked up once, not per figure)
    doc = _Text(catalog, period, source_url, book, _visits_phrase(book), _per_head(book),
                {t.id: t for t in (*catalog.targets, *catalog.context)}, headings)
    doc.retail_total = bool(_RETAIL_TOTAL.search(fold(text)))
    out = doc.out
    lang = language_of(text)  # of the whole text: a sentence of an English release may be all names
    style = number_style(text, lang)
    carried: Phrase | None = None  # the one name the sentence before gave its rows
    last_span: _Span | None = None  # the last span the sentence before wrote
    chained = False  # the sentence before took its span from the one before it
    frame: _Span | None = None  # the span a sentence of the paragraph opened on ("Trong tháng 10, …")
    national = False  # the paragraph opened on the country's figures
    quarter = False  # the sentence before read a quarter alone and made no row
    shares = False  # the sentence before gave shares of the whole
    sentences = _sentences(text)
    folds = [fold(s) for s, _ in sentences]  # once each: a sentence is also the next one's look-ahead
    for n, (sentence, opens) in enumerate(sentences):
        folded = folds[n]
        with numbers_as(style):
            figs = figures(sentence, lang, written=lang is Lang.VI)
            times = multiples(sentence, lang)
            every = figures(sentence, lang, written=True) if lang is Lang.EN else figs
            if lang is Lang.EN:
                _list_english_unitless(sentence, figs, every, out)
            for a, b in bare_numbers(sentence, every + times, lang):  # never lost: "stood at nearly 782,000,"
                out.read += 1
                out.unmatched.append((sentence[a:b], sentence, _BARE))
        if times:  # "tăng gấp 13 lần": the multiple, not the "13 lần" under it
            figs = sorted([f for f in figs if not any(t.start <= f.start < t.end for t in times)] + times,
                          key=lambda f: f.start)
        goes_on = (not opens or _RUNNING_TOTAL.match(folded)) and _CONTINUES.match(folded)
        continued = carried if goes_on else None
        carried = None
        # (a paragraph that opens "By sector," goes on from the one before: the quarter's sectors)
        quarter = quarter and (not opens or bool(_BY_SECTOR.match(folded)))
        if not figs:
            last_span, chained, shares = None, False, False
            national = national and not opens
            # (a sentence without figures may still frame its paragraph: "Trong tháng 10, tình hình kinh tế
            # - xã hội trên địa bàn tỉnh tiếp tục ổn định …")
            frame = _opening(folded, _span_events(folded, lang, period)) or (None if opens else frame)
            continue
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
        # (a paragraph that opens on the country's figures goes on with them where it names no place: "…,
        # the country's GDP in the first 6 months of 2025 increased by 7.52% …. In the total added value
        # increase of the whole economy, the agriculture, forestry and fishery sector increased by 3.84%, …")
        national = national and not opens
        sent.national = national
        chained = sent.inherited is not None and not sent.events
        frame = _opening(folded, sent.events) or frame
        said = _Said(sentence, folded, figs, sent, {t.start for t in times}, continued,
                     flat=" ".join(sentence.split()))  # once: every row of the sentence quotes it
        # a sentence that goes on, writing no span, after one that read a quarter alone is that quarter's ("…
        # của quý III ước đạt 47.518,7 tỷ đồng, …. Trong khi khu vực nông, lâm nghiệp … (-5,7%), …")
        if quarter and not sent.events:
            for fig in figs:
                said.skip(fig, _QUARTER_BEFORE, out)
            last_span, carried, shares = None, None, False
            continue
        said.after_shares = shares and not opens
        mark = len(out.unmatched)
        for k, fig in enumerate(figs):
            _read_figure(doc, said, k, fig)
        if opens:  # (its first figure the country's, and the city named nowhere in it)
            first = out.unmatched[mark] if len(out.unmatched) > mark else None
            national = first is not None and first[0] == sentence[figs[0].start:figs[0].end] and (
                first[2] == "a national figure") and not any(own for *_, own in sent.places)
        quarter = not said.made and any(why.startswith(QUARTER_ALONE) for _, _, why in out.unmatched[mark:])
        shares = any(why.startswith(_SHARE) for _, _, why in out.unmatched[mark:])
        for fig, shown in said.plan_notes:
            _plan_note(fig, shown, said, catalog, out)
        last_span = said.last_span
        carried = next(iter(said.used.values())) if len(said.used) == 1 else _one_name(sent) if not (
            said.used) else None
    for row in out.rows:
        notes, sentence = row.pop("_notes"), row.pop("_sentence")
        in_english = lang is Lang.EN
        row["note"] = "; ".join([vi for vi, _ in notes] + ([] if in_english else [sentence]))
        row["note_en"] = "; ".join([en for _, en in notes] + ([sentence] if in_english else []))
        row.pop("_fig")
        row.pop("_start")
        row.pop("_title")
        row.pop("_own")
    return out


def _one_name(sent: _Sentence) -> Phrase | None:
    """The one tracked indicator a sentence that made no row names, if one: the next may go on with it
    ("… Chỉ số sản xuất công nghiệp … tháng 10 này vẫn giảm 0,3% so với tháng trước. Nhưng tính chung 10
    tháng năm 2023 đã tăng 7,6% …")."""
    named = {p.ids: p for *_, p in sent.named if p.ids}
    # (or the one it opens on: "Tổng sản phẩm trên địa bàn (GRDP) quý III giảm 7,02% …, nhất là khu vực
    # dịch vụ và các ngành công nghiệp, xây dựng. Tính chung 9 tháng tăng 1,28% …")
    if len(named) > 1 and sent.figure_starts:
        named = {p.ids: p for end, *_, p in sent.named if p.ids and end <= sent.figure_starts[0]}
    return next(iter(named.values())) if len(named) == 1 else None


def _list_english_unitless(sentence: str, figs: list[Figure], every: list[Figure], out: Extraction) -> None:
    """List the numbers of an English sentence whose words after them are no unit of the table: too
    often no unit at all to read as one ("Resolution 98 on …"), but never lost ("667,000 heads").
    ``figs``: the sentence's figures in the table's units; ``every``: with those in units as written."""
    starts = {f.number_start for f in figs}
    for f in every:
        if f.unit is None and f.number_start not in starts:
            out.read += 1
            out.unmatched.append((sentence[f.start:f.end], sentence, "a unit the table lacks "
                                  f"(as written: '{f.written}'), not read in an English text"))


def _read_figure(doc: _Text, said: _Said, k: int, fig: Figure) -> None:
    """Make ``fig`` (the ``k``-th figure of the sentence) a row, or list it with why not."""
    out, folded, figs, sent = doc.out, said.folded, said.figs, said.sent
    shown = said.sentence[fig.start:fig.end]
    if _read_compared(doc, said, fig, shown):
        return
    prev_end = figs[k - 1].end if k else 0
    lead = folded[prev_end:fig.start]
    after = folded[fig.end:fig.end + 40]
    before = folded[max(0, fig.start - 40):fig.start]
    why = (f"a unit the table lacks (as written: '{fig.written}'; a catalog may declare it)"
           if fig.unit is None else _AGAINST if fig.against else _not_a_row(fig, lead, after, before))
    if not why and _index_with_change(folded, fig, figs[k + 1] if k + 1 < len(figs) else None):
        why = "an index against the same period (100 = no change), given with its change after it"
    if why == "plan":
        said.plan_notes.append((fig, shown))
        return
    why = why or _elsewhere(fig, sent, lead) or _not_a_result(fig, sent, lead, doc.period)
    if why:
        return said.skip(fig, why, out)
    owner = _respective_name(fig, sent, said.levels, said.amounts) if fig.start in sent.respective else None
    if fig.start in sent.respective and owner is None:
        return said.skip(fig, _UNREAD_RESPECTIVELY, out)
    if owner:  # the run's words of change stand before its first figure
        head = sent.respective[fig.start][2]
        lead = folded[figs[head - 1].end if head else 0:figs[head].start]
    index = fig.unit == "percent" and bool(_INDEX_WORDS.search(lead) and (
        _SAME_PERIOD_AFTER.search(after) or _SAME_PERIOD_EN_AFTER.search(after))
        or _SAME_PERIOD_BEFORE.search(lead) or fig.value >= _INDEX_FLOOR and _DEVELOPMENT_RATE.search(lead))
    growth = index or fig.start in said.multiple or bool(_GROWTH_LEAD.search(lead[-40:])
                                                         or _DECLINE_LEAD.search(lead[-40:])
                                                         or _RISE_AFTER.match(after))
    # ("up 5.1% from the previous month and 19.9% from the same period in 2023", "up 8% from the target and
    # 2.7% from last year": the second change shares the verb of the first)
    growth = growth or bool(fig.unit == "percent" and k and figs[k - 1].unit == "percent" and (
        _AFTER_THE_MONTHS.fullmatch(lead) or _AFTER_THE_TARGET.fullmatch(lead)))
    # (and so do the figures of a list of "X% in <name>": "increases of 4.81% in the index of industrial
    # production, 13.42% in total retail sales …, and 7.1% in export earnings")
    growth = growth or bool(fig.unit == "percent" and k and figs[k - 1].start in said.grew
                            and _IN_NAME_THEN.fullmatch(lead))
    if growth:
        said.grew.add(fig.start)
    phrase = owner
    if phrase is None:
        phrase, why = _named(doc, said, k, fig, growth)
        if why:
            return said.skip(fig, why, out)
    if fig.unit == "percent" and _shifts_a_share(folded, figs, k):
        return said.skip(fig, "the shift of a share of the economy (in points), not a growth rate", out)
    # "revenue from accommodation, …, travel and tourism services increased by 7.91%"
    # (the revenue may stand before the amount the figure rises with: "Revenue from accommodation
    # and food services … was estimated at VND 2,657 billion, up 28.57%")
    if phrase is not None and phrase.text in _SECTOR_PHRASES and re.search(
            _REVENUE_OF + re.escape(fold(phrase.text).split()[0]),
            folded[max(0, fig.start - SUBJECT_REACH):fig.start]) and not _PRODUCT_TAXES.search(folded):
        return said.skip(fig, f"a revenue or output of {phrase.text}, not the sector's growth", out)
    # (anywhere before it in the sentence: the parts' lists run long)
    if phrase is not None and {"exports", "imports"} & set(phrase.ids) and 0 <= sent.declared_at < fig.start:
        return said.skip(fig, "trade declared at a customs office (mostly other provinces' goods), not the "
                              "province's own exports or imports", out)
    # ("Doanh thu từ khách du lịch đạt khoảng 922 tỷ, tăng 13 lần": the revenue's, not the visitors')
    if phrase is not None and "tourists" in phrase.ids and re.search(_REVENUE_FROM + re.escape(
            fold(phrase.text)), folded[max(0, fig.start - SUBJECT_REACH):fig.start]):
        return said.skip(fig, f"a revenue from {phrase.text}, not a count of them", out)
    if phrase is not None and "retail_sales" in phrase.ids and doc.retail_total and _goods_alone(
            folded, fig.start):
        return said.skip(fig, "goods retail alone ('doanh thu bán lẻ hàng hóa'), a part of the retail sales "
                              "of goods and services the report gives", out)
    product = None if phrase is None or "exports" not in phrase.ids else _ONE_PRODUCT.search(
        folded, max(0, fig.start - SUBJECT_REACH), fig.start)
    if product:
        return said.skip(fig, f"one product's exports ('{product.group()}'), not the province's", out)
    visits = fig.unit and units.UNITS[fig.unit].dimension == "visits"
    if phrase is None and visits:
        # (a part named in the unit or after it: "1.5 million foreign visitors", "hơn 1.504 nghìn lượt khách
        # quốc tế" are the international visitors; "5.2 million domestic and foreign visitors" all)
        part = _VISITS_PART.match(folded, fig.end) or _VISITS_PART_IN.search(folded, fig.start, fig.end)
        if part and not _VISITS_BOTH.search(folded, fig.start, fig.end):
            return said.skip(fig, "a part of the visitors (foreign or domestic), no target's", out)
        phrase = doc.counted
    if phrase is None and said.continued and not (sent.named_ends and sent.named_ends[0] < fig.start):
        phrase = said.continued
    if phrase is None:
        return said.skip(fig, "no indicator named before or after it", out)
    if fig.unit != "percent" and not sent.depth[fig.start] and not owner:
        said.amounts.append(phrase)
    unit = fig.unit
    if phrase.ids and any(c in fold(phrase.text) for c in ("bình quân đầu người", "per capita")):
        unit = _per_person(unit)
    ids, why = _pick(phrase.ids, doc.kinds, unit, growth, folded)
    if not ids and fig.unit and units.UNITS[fig.unit].dimension.endswith("_per_person") and (
            phrase.text in terms.CONCEPTS["grdp_growth"]):
        # "GRDP bình quân ước đạt 50,3 triệu đồng/người": per head by its unit
        ids, why = _pick(doc.per_head, doc.kinds, unit, growth, folded)
    # (not a name of a part no target tracks: "khách du lịch theo tour ước đạt 24.200 lượt" is no
    # count of all the visitors)
    if not ids and visits and phrase is not doc.counted and phrase.ids:
        # "Kim ngạch xuất khẩu đạt 3,268 tỷ USD (tăng 40%), du lịch đón khoảng 8,81 triệu lượt khách":
        # the unit names what is counted when the name before cannot be counted in it
        ids, why = _pick(doc.counted.ids, doc.kinds, unit, growth, folded)
        phrase = doc.counted if ids else phrase
    if not ids:
        if fig.unit and fig.unit != "percent" and phrase.ids:
            said.misfit[k] = phrase
        return said.skip(fig, f"{why} ({phrase.text})", out)
    target = doc.kinds[ids[0]]
    run = sent.run_start[fig.start]
    if fig.unit == "percent" and target.basis == "growth" and (
            _SHARE_LEAD.search(folded[max(0, run - 60):run]) or _in_shares(fig, sent)
            or _OF_THE_WHOLE.match(folded, fig.end)
            or said.after_shares and _FOLLOWED.search(folded, max(0, run - 20), run)):
        return said.skip(fig, f"{_SHARE} ({phrase.text})", out)
    if fig.unit == "percent" and target.basis == "growth" and (_NOMINAL.search(
            folded, max(0, folded.rfind(";", 0, fig.start), fig.start - SUBJECT_REACH), fig.start)
            or _under_nominal(folded, fig.start)):
        return said.skip(fig, "a growth at current prices (nominal), not the real growth "
                              f"({phrase.text})", out)
    span, written = _span_of(fig, sent, doc.period)
    earlier = _earlier_year_after(fig, sent, doc.period)
    if earlier is not None:  # "(5.38% in 2016; …)": that year's, for review
        span, written = _Span("year", Period(earlier, 12)), True
    # ("Những hạn chế trong đầu năm 2026 là tăng trưởng kinh tế đạt 7,23%" in January; not an estimate of the
    # year, "Năm 2025 tăng trưởng GRDP ước đạt 7,18%" in October)
    if span.period > doc.period and not _ESTIMATE.search(folded[max(0, fig.start - 60):fig.start]):
        return said.skip(fig, f"a span not over at the report's month ({span.period} {span.span}), and no "
                              "estimate: not a result", out)
    if unit == "percent":
        measure = "yoy_pct" if growth or target.basis == "growth" else "share_pct"
    else:
        measure = "level"
    value = -fig.value if measure == "yoy_pct" and _DECLINE_LEAD.search(lead[-40:]) else fig.value
    if index:  # "bằng 81,7% so với cùng kỳ", "equal to 140.6% of the same period": the change is 81,7 - 100
        value = round(fig.value - 100, _DECIMALS)  # (as printed: 140.6 - 100 is 40.599999999999994 in floats)
    row = {"indicator": ids[0], "period": str(span.period), "span": span.span,
           "measure": measure, "value": value, "qualifier": _QUALIFIER[fig.bound],
           "unit": units.label(unit, "vi"), "published": "", "source_url": doc.source_url,
           "_notes": _notes(fig, folded, written, ids, doc.period), "_sentence": said.flat, "_fig": shown,
           "_start": fig.start, "_title": said.sentence in doc.headings,
           "_own": _names_it(phrase, doc.kinds[ids[0]])}
    if earlier is not None:
        row["_notes"].append((f"cần xem lại: số liệu của năm trước ('in {earlier}'), nêu để so sánh",
                              f"review: an earlier year's figure ('in {earlier}'), quoted for comparison"))
    if _told_in_future(fig, sent, doc.period):
        row["_notes"].append(("cần xem lại: viết như một dự báo ('will')",
                              "review: told as a forecast ('will')"))
    if index:
        row["_notes"].append((f"công bố là 'bằng {shown} so với cùng kỳ'",
                              f"published as '{shown} of the same period'"))
    if fig.start in said.multiple:
        row["_notes"].append((f"công bố là '{shown}'", f"published as '{shown}'"))
    if owner:
        row["_notes"].append(("'lần lượt': theo thứ tự các chỉ tiêu đã nêu trong câu",
                              "given 'respectively': in the order of the indicators before it"))
    if phrase is said.continued:
        row["_notes"].append(("cần xem lại: chỉ tiêu nêu ở câu trước",
                              "review: the indicator is the one the sentence before names"))
    if sent.frame is not None and sent.frame == span and not _written_here(fig, sent):
        row["_notes"].append(("cần xem lại: kỳ của câu trước (câu này không ghi kỳ)",
                              "review: the period of the sentence before (this one gives none)"))
    said.read_as[k] = phrase
    if _add(row, written, doc.keyed, out) and _once(row, written, doc):
        said.made.append(row)
        # (not a bracket's: "(6 tháng đầu năm tăng 4,33%, …)"; nor an earlier period's a figure is compared
        # with: "tăng trưởng đạt 6,33%, cao hơn mức tăng 3,59% của 6 tháng đầu năm 2021. Trong đó, …")
        if not sent.depth[fig.start] and not (said.last_span and span.period < said.last_span.period):
            said.last_span = span if written else None
        said.used.setdefault(row["indicator"], phrase)
        if row["measure"] == "level" and not owner:
            said.levels.setdefault(row["indicator"], phrase)


def _read_compared(doc: _Text, said: _Said, fig: Figure, shown: str) -> bool:
    """Make ``fig`` a row of the earlier period it is quoted for (:mod:`.compared`), for review: the
    indicator and measure of the row the figure it is compared with made in this sentence. False where it is
    none (or its anchor made no row, or none of its measure and unit)."""
    got = compared(said.folded, fig, said.figs)
    if got is None:
        return False
    anchor, written, fall = got
    base = next((r for r in said.made if r["_start"] == anchor.start), None)
    if base is None:
        return False
    # (a level beside its growth compares with the level: "… đạt 32.234,9 tỷ đồng, …, tăng 22,7% so với cùng
    # kỳ năm trước (10T/2022: 26.253,5 tỷ đồng)")
    measure, label = ("yoy_pct", "%") if fig.unit == "percent" else ("level", units.label(fig.unit, "vi"))
    like = next((r for r in (base, *said.made) if r["indicator"] == base["indicator"]
                 and r["measure"] == measure and r["unit"] == label), None)
    span = like and earlier_span(written, _Span(like["span"], Period.parse(like["period"])), said.sent.lang)
    if span is None:
        return False
    row = {"indicator": like["indicator"], "period": str(span.period), "span": span.span, "measure": measure,
           "value": -fig.value if fall and measure == "yoy_pct" else fig.value,
           "qualifier": _QUALIFIER[fig.bound], "unit": label, "published": "", "source_url": doc.source_url,
           "_notes": [(f"cần xem lại: số liệu của kỳ trước ('{written}'), nêu để so sánh",
                       f"review: an earlier period's figure ('{written}'), quoted for comparison")],
           "_sentence": said.flat, "_fig": shown, "_start": fig.start,
           "_title": said.sentence in doc.headings, "_own": False}
    if _add(row, True, doc.keyed, doc.out):
        _once(row, True, doc)
    return True


def _named(doc: _Text, said: _Said, k: int, fig: Figure, growth: bool) -> tuple[Phrase | None, str]:
    """The name ``fig`` is read by (None: none found), or why it is no row of a name at all (a part
    under another, a rise of an amount no target tracks, a change of the amount after it)."""
    folded, figs, sent = said.folded, said.figs, said.sent
    under = _under_another(fig, sent) or _part_of_untracked(fig, sent)
    if under:
        return None, under
    # the next figure outside any bracket the figure is not in ("(1.17 billion USD …)" is skipped)
    stop = next((f.start for f in figs[k + 1:] if sent.depth[f.start] <= sent.depth[fig.start]), len(folded))
    phrase = _subject(fig, sent, doc.book, stop, figs[k - 1].end if k else 0)
    # a rise right after an amount is the amount's ("lượng khách đạt hơn 1,8 triệu lượt, gấp 1,3
    # lần"; "thu về gần 48.400 tỷ đồng, tăng 21%" after the visitors: the money's, no row)
    # (over a share of the plan between: "405.674 tấn, đạt 33,12% kế hoạch, giảm 4,53%")
    a = k - 1
    if k > 1 and figs[a].unit == "percent" and _PLAN_SHARE_GLUE.fullmatch(folded, figs[a].end, fig.start):
        a -= 1
    elif not (k and _RISE_GLUE.fullmatch(folded, figs[a].end, fig.start)):
        a = -1
    # (a conversion in brackets is its amount's: "VNĐ48.82 trillion (US$2.17 billion), exceeding 65 per cent
    # of the estimate, an increase of 20 per cent")
    if a > 0 and sent.depth[figs[a].start] > sent.depth[fig.start] and (
            sent.depth[figs[a - 1].start] == sent.depth[fig.start]):
        a -= 1
    if a >= 0 and growth and fig.unit == "percent":
        # (a growth's amount in money rises as it does: "GRDP … 25.493 tỷ đồng, …, tăng 4,13%";
        # one in tonnes is another thing's: "sản lượng lúa ước 405.674 tấn, …, giảm 4,53%")
        money = figs[a].unit and units.UNITS[figs[a].unit].dimension in ("vnd", "usd")
        if a in said.read_as:
            phrase = said.read_as[a]
        elif a in said.misfit and (not money or all(doc.kinds[i].basis != "growth"
                                                    for i in said.misfit[a].ids)):
            amount = said.misfit[a].text
            return None, f"a rise of the amount before it, which no target here tracks ({amount})"
    # "plantation of perennial trees declined 0.1 percent to over 19,400 hectares": the change
    # of the amount after it, in no unit of a growth rate's subject
    nxt = figs[k + 1] if k + 1 < len(figs) else None
    if growth and fig.unit == "percent" and nxt is not None and nxt.unit not in (
            None, "percent") and units.UNITS[nxt.unit].dimension not in ("vnd", "usd") and (
            _CHANGE_TO.fullmatch(folded, fig.end, nxt.start)):
        return None, f"a change of the amount after it ('{said.sentence[nxt.start:nxt.end]}'), no growth rate"
    return phrase, ""


def _names_it(phrase: Phrase | None, target) -> bool:
    """Whether ``phrase`` is ``target``'s own name (or an alias), not a concept's word for it: "Thu ngân
    sách nhà nước trên địa bàn", not "tổng thu ngân sách nhà nước"."""
    if phrase is None:
        return False
    names = (re.sub(r"\([^)]*\)", "", target.name.vi), *getattr(target, "aliases", ()))
    return fold(phrase.text) in {fold(n).strip() for n in names}


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
    Of two, an exact one beats the rounded other (:func:`_rounds`); then the one named by the
    indicator's own name ("Thu ngân sách Nhà nước trên địa bàn ước đạt 5.605,5 tỷ đồng" after "Tổng thu
    ngân sách Nhà nước năm 2019 ước đạt 16.720 tỷ đồng", the budget's whole); then the one whose period is
    written out wins; then the body's over the title's (a title
    rounds: "over 10 percent", then "estimated at 10.05 percent"); else the first (it stands nearest
    its name: a later one is most often a part's or a sector's). The loser is listed as unmatched."""
    key = (row["indicator"], row["period"], row["span"], row["measure"])
    clash = "a second figure for " + "/".join(key)
    if key in keyed:
        old, old_written = keyed[key]
        # (not a part listed after "Trong đó": "tăng hơn 12% …. Trong đó, … dịch vụ khác tăng 11,83%")
        if _rounds(old, row) and not _GOES_ON.match(fold(row["_sentence"])):
            # "trên 19 nghìn tỷ đồng" in the title, "đạt 19.018 tỷ đồng" below
            out.rows.remove(old)
            out.unmatched.append((old["_fig"], old["_sentence"], clash + ", rounded (the exact one is kept)"))
        elif _rounds(row, old):
            out.unmatched.append((row["_fig"], row["_sentence"], clash + ", rounded (the exact one is kept)"))
            return False
        elif old["_own"] != row["_own"]:
            loser = row if old["_own"] else old
            why = clash + ", named less exactly (the one named by the indicator's own name is kept)"
            out.unmatched.append((loser["_fig"], loser["_sentence"], why))
            if loser is row:
                return False
            out.rows.remove(old)
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


def _once(row: dict, written: bool, doc: _Text) -> bool:
    """Keep ``row`` unless it is a figure said again, once with its period and once without: a headline over
    the body ("Chỉ số sản xuất ngành công nghiệp tăng 97,55% so với cùng kỳ" over "… toàn tỉnh tháng 10 tăng
    97,55% so với cùng kỳ năm trước"), whose span ``--period`` would guess. The dated one is kept, the other
    listed as unmatched."""
    same = (row["indicator"], row["measure"], row["value"], row["unit"], row["qualifier"])
    twin = doc.twins.get(same)
    why = "the same figure as one whose period is written out"
    if twin is not None and twin[1] and not written:
        _drop(row, why, doc)
        return False
    if twin is not None and written and not twin[1] and twin[0] in doc.out.rows:
        _drop(twin[0], why, doc)
    doc.twins[same] = (row, written)
    return True


def _drop(row: dict, why: str, doc: _Text) -> None:
    """Take a kept ``row`` back: out of the rows (and the keys a later clash is judged by), into unmatched."""
    doc.out.rows.remove(row)
    key = (row["indicator"], row["period"], row["span"], row["measure"])
    if doc.keyed.get(key, (None,))[0] is row:
        del doc.keyed[key]
    doc.out.unmatched.append((row["_fig"], row["_sentence"], why))


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


def _plan_note(fig: Figure, shown: str, said: _Said, catalog: Catalog, out: Extraction) -> None:
    """Put "bằng 83,13% kế hoạch" in the note of the level it belongs to, and check it."""
    # the level printed last before it, if a row was made of it (not of the level before that: "… thu nội
    # địa đạt 9.600 tỷ đồng, bằng 119% dự toán; thu xuất nhập khẩu đạt 8.300 tỷ đồng, bằng 88% dự toán" gives
    # the 88% to no row of ours)
    level = next((f for f in reversed(said.figs) if f.start < fig.start and f.unit != "percent"), None)
    row = level and next((r for r in said.made if r["_start"] == level.start and r["measure"] == "level"),
                         None)
    if row is None:
        why = "with no level of ours beside it" if level is None else "beside a figure no row was made from"
        out.unmatched.append((shown, "", f"the city's % of plan, {why}"))
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
