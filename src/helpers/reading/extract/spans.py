"""The periods a report writes ("quý I", "6 tháng đầu năm 2021", "tháng 9", "năm 2020", "đến ngày
29/3") and where each applies in a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...values.period import Lang, Period

_NUMBER_WORDS_EN = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")
# (not "năm", five and also the year)
_NUMBER_WORDS_VI = ("mười một", "mười hai", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười")
_NUMBER_VALUES_VI = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
                     "mười một": 11, "mười hai": 12}
_MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
_SPANS = {
    Lang.VI: [
        (re.compile(r"quý\s*(?:i|1)(?![\w])(?:\s*(?:/|năm|-)\s*(\d{4}))?"), "q1"),  # "quý I-2019" too
        # (and "10 tháng của năm 2024": one span, not the months and then the year)
        (re.compile(r"(\d{1,2})\s+tháng(?!\s+cuối)(?:\s+đầu)?(?:\s+của)?(?:\s+năm)?(?:\s+nay)?"
                    r"(?:\s*/?\s*(\d{4}))?(?!\d)"), "ytd"),
        # "Chín tháng đầu năm 2020"
        (re.compile(r"\b(" + "|".join(_NUMBER_WORDS_VI) + r")\s+tháng(?:\s+đầu)?(?:\s+năm)?(?:\s+nay)?"
                    r"(?:\s*/?\s*(\d{4}))?(?!\d)"), "ytd_words_vi"),
        # "Đến hết quý III năm 2020" (to the end of the third quarter: nine months)
        (re.compile(r"(?:đến\s+)?hết\s+quý\s*(i{1,3}|iv|[1-4])(?![\w])(?:\s*(?:/|năm|-)\s*(\d{4}))?"),
         "quarter_end_vi"),
        # "Nhập khẩu lũy kế đến tháng 10 ước đạt 4.029 triệu USD" (a running total to October)
        (re.compile(r"(?:lũy kế|luỹ kế|cộng dồn)\s+(?:đến|tới)\s+(?:hết\s+)?tháng\s+(\d{1,2})"
                    r"(?:\s*(?:/|-|năm)\s*(\d{4}))?"), "ytd"),
        # "thực hiện hết tháng 3" (to the end of March)
        (re.compile(r"(?:đến\s+)?hết\s+tháng\s+(\d{1,2})(?:\s*(?:/|-|năm)\s*(\d{4}))?"), "ytd"),
        (re.compile(r"tháng\s+(\d{1,2})(?:\s*(?:/|-|năm)\s*(\d{4}))?"), "month"),
        # "tổng mức bán lẻ … trong tháng ước đạt 3.654,8 tỷ đồng": the report's month
        (re.compile(r"\btrong tháng(?!\s*\d)(?!\s+(?:đầu|cuối|tới|sau))"), "this_month"),
        (re.compile(r"đến\s+ngày\s+\d{1,2}/(\d{1,2})(?:/(\d{4}))?"), "ytd"),
        # "Lũy kế năm 2024, … đã cấp mới 61 dự án" in September: the year so far, not the whole year
        # (but "Lũy kế năm 2025 ước đạt 15.535 tỷ đồng" in November estimates the whole year)
        (re.compile(r"(?:lũy kế|luỹ kế|cộng dồn|từ đầu)\s+(?:từ đầu\s+)?năm\s+(\d{4})(?!\s*,?\s*ước)"),
         "year_so_far"),
        (re.compile(r"(?:cả\s+)?năm\s+(\d{4})"), "year"),
    ],
    Lang.EN: [
        # (and its year: "nearly double in the first 6 months of 2024")
        # (or as a name's owner: "the first 6 months's GRDP reached 3.43%")
        (re.compile(r"(?:(?:in|during|over)\s+(?:the\s+)?(?:past\s+|first\s+)?|\bthe\s+first\s+)(\d{1,2})\s+months"
                    r"(?:\s+of\s+(\d{4}))?"), "ytd"),
        (re.compile(r"\bby the end of (?:this year['’]s |the )?(first|second|third|fourth) quarter\b"),
         "quarter_end"),
        (re.compile(r"\b(?:first|1st)\s+quarter\b|\bq1\b(?:\s*/\s*(\d{4}))?"), "q1"),
        (re.compile(r"\b(\d{1,2})-month\b"), "ytd"),  # "the accumulated 9-month increase is 7.7%"
        # ("social investment in the nine months reached VND351.8 trillion": the year's first nine)
        (re.compile(r"(?:\b(?:first|(?<=\bin )the|(?<=\bduring )the)\s+(" + "|".join(_NUMBER_WORDS_EN)
                    + r")\s+months|"
                    r"\b(" + "|".join(_NUMBER_WORDS_EN) + r")-month\b|\bfirst[\s-]half\b)"
                    r"(?:\s+of\s+(\d{4}))?"), "ytd_words"),
        (re.compile(r"(?:as\s+of|by\s+the\s+end\s+of|by)\s+(" + "|".join(_MONTHS_EN) + r")"), "ytd_name"),
        # "In January-March, the capital's export turnover …": to the end of March
        (re.compile(r"\bjanuary\s*-\s*(" + "|".join(_MONTHS_EN) + r")\b"), "ytd_name"),
        # ("The CPI of April 2023 … increased by 3.29%")
        # ("Entering April 2025, the economy has improved a bit; …": the month begun)
        (re.compile(r"\b(?:in|during|of|entering)\s+(" + "|".join(_MONTHS_EN) + r")\b(?!\s+\d{1,2}\b)"),
         "month_name"),
        (re.compile(r"\bin\s+(\d{4})\b"), "year"),
        # ("reached over VND 4,755 billion in the month and nearly VND 27,748 billion in the 6-month
        # period": the figure's own, after "in")
        (re.compile(r"\b(?:in\s+)?this month\b|(?<=\bin )the month\b(?!\s+of\b)"), "this_month"),
        # ("Total budget collection this year was estimated at VND32.45 trillion": the report's year so far,
        # said)
        (re.compile(r"\bthis year\b(?!['’]s)"), "this_year"),
    ],
}
_COMPARISON = re.compile(
    # (not "theo giá so sánh 6 tháng đầu năm 2022": comparable prices)
    # (nor a year since when: "cao nhất của quý I kể từ năm 2021 trở lại đây")
    r"(?:so với|so|cùng kỳ|giai đoạn|(?<!giá )so sánh|than|over|compared to|since|kể từ)\s*(?:cùng kỳ\s*)?$|"
    r"the same (?:period|time)(?: of)?\s*$")  # "up 8.01% over the same period in 2024"
_PRICE_BASE = re.compile(r"giá so sánh\s*$")  # "theo giá so sánh năm 2010": the prices' base, no span
_OWN = re.compile(r"(?:của|of|in)\s*$")


@dataclass(frozen=True)
class _Span:
    span: str
    period: Period


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
                # (a compared period's own year is no span either: "so với tháng 12 năm 2020")
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                continue
            year = report.year
            if kind == "q1":
                month, year = 3, int(m.group(1) or year)
            elif kind in ("ytd_name", "month_name"):
                month = _MONTHS_EN.index(m.group(1)) + 1
            elif kind == "ytd_words":
                words = m.group(1) or m.group(2)
                month = _NUMBER_WORDS_EN.index(words) + 1 if words else 6  # "first half"
                year = int(m.group(3)) if m.group(3) else year
            elif kind == "year":
                month, year = 12, int(m.group(1))
            elif kind == "year_so_far":  # to the report's month in the report's year; a past year's whole
                year = int(m.group(1))
                month = report.month if year == report.year else 12
            elif kind in ("this_month", "this_year"):  # "in this month", "this year": the report's
                month = report.month
            elif kind == "ytd_words_vi":
                month = _NUMBER_VALUES_VI[m.group(1)]
                year = int(m.group(2)) if m.group(2) else year
            elif kind == "quarter_end_vi":
                q = m.group(1)
                month = 3 * ({"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(q) or int(q))
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
                    "this_month": "month", "ytd_words_vi": "ytd", "quarter_end": "ytd",
                    "year_so_far": "ytd", "quarter_end_vi": "ytd", "this_year": "ytd"}.get(kind, kind)
            if span == "ytd" and month == 12:
                span = "year"
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            out.append((m.start(), m.end(), _Span(span, Period(year, month)), bool(_OWN.search(head))))
    return sorted(out, key=lambda e: e[0])


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


# (after whose words they are, or a word that leads in, at most: "UBND tỉnh Khánh Hòa cho biết, năm 2023, …",
# "Trước đó, trong quý I/2025, …", "According to the report of the Provincial People's Committee, in the 11
# months of 2024, …")
_FRAME_BEFORE = re.compile(r"\W*(?:[^,.;\d]{0,60}\bcho biết,\s*|(?:trước đó|earlier|previously),\s*|"
                           r"according to [^,.;\d]{0,80},\s*)?"
                           r"(?:(?:trong|tính|tính chung|lũy kế|luỹ kế|cộng dồn|in|during|as of|by|for)\s+)?")
