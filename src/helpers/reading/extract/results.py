"""Whether a figure is a result at all: a plan, target, forecast, effect or quarter alone (said
before it), or an index, share of plan, margin, average over years or month-on-month change (said
right after it).
"""

from __future__ import annotations

import bisect
import re

from ...values.period import Period
from ..grammar import Figure
from .sentences import _PREVIOUS_MONTH_EN, _Sentence, _span_of

# ("making up 22.8 per cent of the yearly target")
_PLAN_AFTER = re.compile(r"^\s*(?:so với\s+)?(?:kế hoạch|dự toán|of the plan|"
                         r"of the (?:year['’]s |set |annual |yearly |full-year )?(?:plan|estimates?|target))")
# ("compared to the growth scenario of 8.2%", "the double-digit growth scenario")
_SCENARIO_AFTER = re.compile(r"^\s*(?:so với\s+)?kịch bản|^\s*(?:compared (?:to|with) |of )?the "
                             r"(?:[\w-]+\s+){0,3}?scenario")
# a plan, target or forecast named before the figure in its clause: "Dự kiến … năm 2022 tăng trên 10%",
# "aiming for a GRDP increase of at least 11%" ("vượt mục tiêu", exceeded, is a result's comment)
# (nor the target a result is compared with: "up 8% from the target and 2.7% from last year")
_TARGET_LEAD = re.compile(r"(?<!vượt )(?<!đạt )(?<!so với )(?<!bằng )(?<!from the )(?<!above the )"
                          r"(?<!over the )\b(?:mục tiêu|phấn đấu|"
                          r"theo kế hoạch|kế hoạch năm|chỉ tiêu|dự báo|kịch bản|"
                          r"aim(?:s|ing)?\s+(?:for|at|to)|targets?|targeted|targeting|goal|plans? to|"
                          r"forecasts?|scenarios?|"
                          # ("the province's budget collection plan for 2025 is VND 16,402 billion")
                          r"plans?\s+(?:for\s+(?:the\s+year\s+)?(?:19|20)\d{2}\s+)?(?:is|was)|"
                          r"striv(?:es?|ing)\s+(?:for|to)|(?:is|are|will be)\s+likely\s+to|will|"
                          r"sets?\s+to\s+(?:achieve|reach)|eyes?\s+to|có khả năng|"
                          # ("… in the first nine months, setting the stage to surpass 8% this year")
                          r"setting the stage to|on track to|poised to)\b")
# "surpassing the year's target by 9.4 percent", "fulfilled the set target with 37 trillion VND": a
# result measured against its plan ("vượt mục tiêu" too), which names no plan of its own
# ("hoàn thành mục tiêu đón 9 triệu lượt", completing the target of 9 million, names the target's figure)
_PLAN_MET = re.compile(r"\b(?:(?:surpass\w*|exceed\w*|beat(?:ing)?|vượt|(?:higher|more|lower|less) than)\s+|"
                       r"(?=(?:fulfill?\w*|met|hoàn thành)\s+[^,;]{0,30}?\s(?:with|với)\s))(?:\w+\s+)?"
                       r"(?:the\s+)?(?:year['’]s\s+|yearly\s+|set\s+|annual\s+)?(?:targets?|plans?|estimates?|goals?|"
                       r"mục tiêu|kế hoạch|dự toán)\b")
# (and a margin over the target: "(vượt 18,17% chỉ tiêu, tăng 37,21% so cùng kỳ)")
_OF_PLAN = re.compile(r"\d[\d.,]*\s*%\s*(?:so với\s+)?(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|"
                      # ("fulfilling 26.8% of the full-year target, down 0.8% from a year earlier")
                      r"of the (?:year['’]s |annual |full-year |yearly )?(?:plan|estimates?|target))"
                      r"(?:\s+năm)?")
_MARGIN_LEAD = re.compile(_PLAN_MET.pattern + r"\s+(?:by|với)?\s*$")
# ... or after the rise: "up 8% from the target" (the reader's too: "… and 2.7% from last year" shares its
# verb)
THE_TARGET_AFTER = (r"(?:from|above|over)\s+(?:the\s+)?(?:year['’]s\s+|yearly\s+|set\s+|annual\s+)?"
                    r"(?:targets?|plans?|estimates?|goals?)\b")
_MARGIN_AFTER = re.compile(r"^\s*" + THE_TARGET_AFTER)
# a sentence that opens on a plan is a plan to its end: "In 2023, Tuyen Quang strives for GRDP growth
# of 9.0% and …", "It targets the production value of the services sector up 9%, …, and … up over 4.6%"
_PLAN_OPENS = re.compile(r"^[^;\d]{0,40}?\b(?:striv(?:es?|ing)\s+(?:for|to)|targets?|aims?\s+(?:for|at|to)|"
                         r"sets?\s+(?:a\s+|the\s+)?targets?|plans?\s+to|phấn đấu|đặt mục tiêu|"
                         r"đặt chỉ tiêu)\b")
# "tăng tối thiểu 10% so với năm 2025" in a report of 2025: a growth over the year reported is a later
# year's (and "an increase of 23% from pre-COVID-19 period in 2019": against that year)
_OVER_YEAR = re.compile(r"[^;.]{0,30}?(?:(?:so với|compared (?:to|with)|over)\s+(?:năm\s+|the year\s+)?|"
                        r"\bfrom\b[^;.,]{0,30}?\b(?:in|of)\s+)(\d{4})\b")
_SAME_PERIOD_OF = re.compile(r"[^;.]{0,30}?(?:(?:so với|so)\s+cùng kỳ(?:\s+năm)?|"
                             r"(?:compared (?:to|with)|over) the same period (?:of|in)(?: the year)?)"
                             r"\s+(\d{4})\b")
_MONTH_AFTER = re.compile(r"\s*(?:so với|so)\s+tháng\s+(\d{1,2})(?:\s*(?:/|năm)\s*(\d{4})|\s+(năm trước))?")
# "dự kiến", "projected" are the office's estimate of the span reported ("tháng 3/2021 dự kiến tăng
# 13,23%"; "projected at 49.3 trillion VND" in December), but a forecast of a span not yet over
# ("Dự kiến … năm 2022 tăng trên 10%" in September)
# The year's estimates come at the year-end sessions: from October, a figure of a span not yet over is its
# estimate ("Lũy kế năm 2025 ước đạt 15.535 tỷ đồng" in November); before, its forecast ("Tổng vốn đầu tư …
# ước đạt 71.300 tỷ đồng" of 2023, in March 2023)
_YEAR_ESTIMATED_FROM = 10
_LAST_YEARS = re.compile(r"\blast year['’]s\s+(?:[a-z-]+\s+){0,3}$")
_FORECAST_LEAD = re.compile(r"\b(?:dự kiến|projected|is expected to|expects?)\b")
# brackets right after a plan's name hold the plan's figure: "so với nghị quyết đề ra (23.600 tỷ đồng)",
# "101.1% of the local budget estimate (VND 4,000 billion)"
_PLAN_BRACKET = re.compile(
    r"(?:kế hoạch|dự toán|nghị quyết|chỉ tiêu|mục tiêu|đề ra|giao|plan|target|estimate)[^()]{0,20}\(\s*$")
# "so với năm 2021 (5,04%)": the figure of the year compared with
_COMPARED_BRACKET = re.compile(r"(?:so với|than|compared (?:to|with)|over)\s+(?:năm\s+|in\s+)?\d{4}\s*\(\s*$|"
                               # (or told after "là": "thấp hơn … so với tăng trưởng năm 2022 là 8%")
                               r"so với\s+[^;.()\d]{0,40}?năm\s+\d{4}\s+là\s*$")
# a quarter alone ("quý 3", "quý II", "Q3", "riêng quý 2"): not the year to date
# (or a half-year alone: "6 tháng cuối năm tăng 9,67%", "the second half")
_QUARTER = re.compile(r"(?:quý\s*(?:ii|iii|iv|2|3|4)(?![\w])|\bq[234]\b|(?:second|third|fourth) quarter|"
                      r"\b\d{1,2}\s+tháng\s+cuối\s+năm|\b(?:last|second)\s+(?:six months|half)\b)")
_QUARTER_AFTER = re.compile(r"\s*(?:in|trong)\s+(?:the\s+)?" + _QUARTER.pattern)
_ITEMS_OPEN = re.compile(r"\b(?:trong đó|of which)\s*:")  # a list's head: "…, trong đó: …; …"


def _items_open(folded: str, end: int) -> re.Match | None:
    """The last "trong đó:" / "of which:" before ``end``: where a list of items opens, its head before it."""
    cue = None
    for cue in _ITEMS_OPEN.finditer(folded, 0, end):  # noqa: B007 (the last one)
        pass
    return cue
_PLAN_LEAD = re.compile(r"kế hoạch\s+(?:tăng|giảm)\s*(?:từ\s*)?$")
# an English change on the month before: "over the previous month", "month-on-month"
# ("increased by 2.1% from a month earlier")
_MOM_AFTER = re.compile(r"^\s*(?:so với|so)\s+tháng trước|^\s*" + _PREVIOUS_MONTH_EN + r"|^\s*monthly\b")
# the base said first: "Chỉ số giá tiêu dùng tháng 12 so với tháng trước giảm 0,31%" (not the base of the
# figure before: "tăng 0,55% so với tháng trước, tăng 3,52% so với cùng kỳ")
_MOM_BEFORE = re.compile(r"(?<=\w)\s+(?:so với|so)\s+tháng trước\s+(?:tăng|giảm)\s*$")
_INDEX = re.compile(r"(?:bằng|đạt|equivalent to)\s*$")
# "bằng 81,7% so với cùng kỳ" (100 = no change)
_INDEX_WORDS = re.compile(r"(?:bằng|equivalent to|equal to)\s*$")
# a development rate is an index too, the year before = 100 ("tốc độ phát triển GRDP của tỉnh Tuyên Quang đạt
# 108,84%"), when it reads like one: a growth rate written under that name would be far below 50
_DEVELOPMENT_RATE = re.compile(r"\btốc độ phát triển\b[^;]{0,60}?\bđạt\s*$")
_INDEX_FLOOR = 50
_SAME_PERIOD_AFTER = re.compile(r"^\s*(?:(?:so với|so)\s+)?cùng kỳ")  # "bằng 140,2% cùng kỳ" too
_MOM_EN = re.compile(r"\b" + _PREVIOUS_MONTH_EN)
_OWN_BASE_EN = re.compile(r"\byear-on-year\b|\bsame period\b|\bcompared (?:to|with)\b|\bagainst\b|\bover\b|"
                          r"\bfrom a year\b|\bthan (?:in )?(?:19|20)\d{2}\b|\blast year\b")
_YEARLY_AVERAGE = re.compile(r"\d\s*%\s*/\s*năm\b|\bbình quân (?:mỗi|hằng|hàng) năm\b|"
                             r"\d\s*%\s*(?:per year|a year)\b")
_STOCK_AFTER = re.compile(r"[^;.,]{0,30}?\bas at the end of\b|[^;.]{0,40}?\bcòn hiệu lực\b")
# "… dự án … còn hiệu lực với vốn đăng ký là 9.825 triệu USD"
_STOCK_BEFORE = re.compile(r"\bcòn hiệu lực\b[^;.]{0,40}$")
_INDEX_EN = re.compile(r"\b(?:reached|equal to|equivalent to)\s*$")
# ("equal to 105% of the previous year", as "bằng 105% so với cùng kỳ")
_SAME_PERIOD_EN_AFTER = re.compile(r"^\s*(?:over|of|compared (?:to|with)) "
                                   r"(?:the same period|the previous year|last year)\b")
_PER_YEAR_AFTER = re.compile(r"^\s*/\s*năm|^\s*per year|^\s*a year")
_AVERAGE_LEAD = re.compile(r"bình quân\s*$|bình quân\b[^,;]{0,12}$|average[^,;]{0,12}$")
# (and "It is estimated that the industrial production index … will increase by 11.89%")
_ESTIMATE_CLAUSE = re.compile(r"\b(?:ước|ước tính|ước đạt|ước thực hiện|an estimated|"
                              r"(?:is|are) estimated that)\b")


_WILL = re.compile(r"\bwill\b")
QUARTER_ALONE = "a quarter or a half-year alone"  # (the reader carries it to the sentence after)
# "chỉ tiêu" are the indicators, not targets, where they fared: "Các chỉ tiêu kinh tế khác của Quảng Ninh cũng
# khởi sắc trong năm 2024, vốn đầu tư … đạt 109.400 tỷ đồng"
_INDICATORS_FARED = re.compile(r"\bcác chỉ tiêu\b[^.;]{0,60}?\b(?:khởi sắc|đều đạt|đạt khá|tăng trưởng khá|"
                               r"tích cực)\b")
_ACHIEVED = re.compile(r"\b(?:achieved|reached|recorded|posted|attained)\b")
_IN_YEAR_AFTER = re.compile(r"\s+in\s+((?:19|20)\d{2})\b(?!\s*[-–/])")
# a target's name, then its figure, no verb between: "… đạt và vượt mục tiêu tăng trưởng (GRDP) 7,5% trong năm
# nay" (not a result after its verb: "chỉ tiêu tổng sản phẩm … ước đạt hơn 100 ngàn tỉ đồng")
_TARGETS_OWN = re.compile(r"\b(?:mục tiêu|chỉ tiêu)\s+(?:(?!(?:đạt|tăng(?! trưởng)|giảm|là|ước|bằng|chiếm|"
                          r"đề ra|giao|so với)\b)[^\W\d_]+\s+){1,6}(?:\([^()\d]{1,12}\)\s*)?$")


def _told_in_future(fig: Figure, sent: _Sentence, period: Period) -> bool:
    """Whether ``fig`` is the report's own estimate told in the future tense: "will" the only word of a plan
    in its clause, and the report's own span written in its sentence ("in 2024, the estimated economic
    growth rate will reach 7%" in December 2024; not "The average GRDP per capita will reach …", whose span
    is not written, nor the same in June)."""
    clause = sent.folded[max(0, fig.start - 120):fig.start].split(";")[-1]
    clause = _PLAN_MET.sub(" ", _OF_PLAN.sub(" ", clause))
    leads = [m.group() for m in _TARGET_LEAD.finditer(clause)]
    if not leads or any(not _WILL.fullmatch(w) for w in leads) or _PLAN_OPENS.search(sent.folded[:fig.start]):
        return False
    span, written = _span_of(fig, sent, period)
    return written and span.period == period


def _not_a_result(fig: Figure, sent: _Sentence, lead: str, period: Period) -> str:
    """Why a figure whose words look like a result's is not one, or '': a plan, target or forecast
    named before it in its clause (not "vượt mục tiêu", not an estimate "ước …"); a target's own
    figure after its name; "dự kiến" of a span after the report's; a quarter other than the first."""
    if _TARGETS_OWN.search(sent.folded, max(0, fig.start - 80), fig.start):
        return "a target's own figure, after its name, not a result"
    # (a figure of the year before, with no figure of this one beside it to read it for: "Hanoi’s GRDP growth
    # in the first nine months outpaced last year’s 6.33%")
    if _LAST_YEARS.search(sent.folded, max(0, fig.start - 40), fig.start):
        return "a figure of the year before, quoted for comparison"
    # (a share of the plan before it names no plan of the figure's: "đạt 43,44% kế hoạch năm và tăng 4,52%")
    clause = sent.folded[max(0, fig.start - 120):fig.start].split(";")[-1]
    clause = _PLAN_MET.sub(" ", _OF_PLAN.sub(" ", _INDICATORS_FARED.sub(" ", clause)))
    target = _TARGET_LEAD.search(clause)
    # ("chỉ tiêu tổng sản phẩm … ước đạt hơn 100 ngàn tỉ đồng, chỉ tăng 7,11%": an estimate of a result)
    # (or one achieved after the target is named, no figure between: "Firmly pursuing its growth target, Ninh
    # Binh achieved an economic growth rate of 10.65%"; not "… compared to the growth scenario of 8.2% and
    # reached 100.89% …")
    achieved = target and _ACHIEVED.search(clause, target.end())
    achieved = achieved and not re.search(r"\d", clause[target.end():])
    estimate = _ESTIMATE_CLAUSE.search(lead.split(";")[-1]) or target and (
        _ESTIMATE_CLAUSE.search(clause, target.end()) or achieved)
    # (a target estimated for a span not yet over is still a target: "năm 2023, địa phương đặt chỉ tiêu … ước
    # tăng 8,7%" in March 2023)
    later = _span_of(fig, sent, period)[0].period > period
    planned = target or _PLAN_OPENS.search(sent.folded[:fig.start])
    if planned and (target and later or not estimate) and not _told_in_future(fig, sent, period):
        return "a plan, target or forecast, not a result"
    over = _OVER_YEAR.match(sent.folded, fig.end)
    if over and int(over.group(1)) >= _span_of(fig, sent, period)[0].period.year:
        return "a change over the year reported (or a later one): a later year's, not a result"
    # "tăng 5,2% so với cùng kỳ năm 2019" in 2021: over two years, no change on a year
    # (a change only: "315,7 nghìn tỷ đồng, gấp 14,8 lần so với năm 2005" is a level and its multiple)
    base = fig.unit == "percent" and (_SAME_PERIOD_OF.match(sent.folded, fig.end) or over)
    if base and int(base.group(1)) < _span_of(fig, sent, period)[0].period.year - 1:
        return f"a change against {base.group(1)}, more than a year before: not a change on a year"
    # "tăng 2,19% so với tháng 12 năm trước", "tăng 3% so với tháng 5" in June: against another month
    month = fig.unit == "percent" and _MONTH_AFTER.match(sent.folded, fig.end)
    if month:
        span = _span_of(fig, sent, period)[0].period
        year = int(month.group(2)) if month.group(2) else span.year - 1 if month.group(3) else span.year
        if (int(month.group(1)), year) != (span.month, span.year - 1):
            return "a change against another month, not a change on a year"
    if _quarter_alone(fig, sent):
        return f"{QUARTER_ALONE}, not the year to date"
    if later and (_FORECAST_LEAD.search(clause) or period.month < _YEAR_ESTIMATED_FROM):
        return "a forecast of a span not yet over, not a result"
    # "doanh thu bán lẻ hàng hóa so với tháng cùng kỳ tăng 10,6%": against the same month a year before, in
    # a sentence that does not say which month (nor do the parts it lists after, "trong đó lương thực thực
    # phẩm tăng 25,6%")
    if _SAME_MONTH.search(clause) or _SAME_MONTH.match(sent.folded, fig.end):
        span, written = _span_of(fig, sent, period)
        if not written or span.span != "month":
            return "a change on the same month a year before, whose month is not written"
    if _HOLIDAY.search(clause):
        return "a holiday's figure (some days), not the period's"
    # "… bình quân mỗi năm giai đoạn 2021-2023 chỉ tăng 0,4%/năm, trong đó khu vực nông, lâm nghiệp và thủy
    # sản tăng nhẹ (+0,95%); …": the parts of an average over years are averages too
    cue = sent.part_cue(fig.start)
    if cue and _YEARLY_AVERAGE.search(sent.folded, max(0, cue.start() - 120), cue.start()):
        return "an average over years"
    # "The industrial production index rose 1.6 percent, while … inched up 1.1 percent …, and export value
    # increased 1.9 percent month-on-month …": a rise with no base of its own, beside one on the previous
    # month, may be on either; which is not said
    if fig.unit == "percent" and _MOM_EN.search(sent.folded):
        # (its own words: from the figure before it to the one after, "Average CPI in 11 months of 2021 over
        # the same period last year increased by 2.73%" says its base first)
        k = bisect.bisect_right(sent.figure_starts, fig.start)
        stop = sent.figure_starts[k] if k < len(sent.figure_starts) else len(sent.folded)
        before = sent.folded[sent.figure_ends[k - 2] if k >= 2 else 0:fig.start]
        after = sent.folded[fig.end:stop]
        if not any(_MOM_EN.search(own) or _OWN_BASE_EN.search(own) for own in (before, after)):
            return "a change whose base is not said, beside one on the previous month"
    # "… 1,628 projects and 19.9 billion USD in capital as at the end of the year", "… dự án còn hiệu lực với
    # tổng vốn …": what stands at a date, not what came in during the period
    if fig.unit != "percent" and (_STOCK_AFTER.match(sent.folded, fig.end) or _STOCK_BEFORE.search(
            sent.folded, max(0, fig.start - 60), fig.start)):
        return "a stock standing at a date, not the flow of the period"
    if _EFFECT_LEAD.search(clause):
        return "an effect on the figure (what something made it gain or lose), not the figure"
    return ""


# "during the Lunar New Year, from February 2, 2019, to February 10, 2019, Quang Nam welcomed more than 54
# thousand visitors", "trong dịp Tết Nguyên đán"
_HOLIDAY = re.compile(r"\b(?:during|over) the (?:lunar new year|tet|tết)\b|\b(?:dịp|kỳ nghỉ|trong) tết\b|"
                      # ("during the holiday from April 30 to May 4, there were more than 350,000 visitors")
                      r"\bdịp (?:lễ|nghỉ lễ)\b|\b(?:during|over) the (?:\w+[- ]day )?holidays?\b")
_SAME_MONTH = re.compile(r"\s*(?:so với|so)\s+(?:tháng cùng kỳ|cùng tháng)\b")


# "Việc giảm công suất này khiến GRDP năm 2025 giảm khoảng 0,8%": what a cause takes off or adds
# (not "làm cho": "Giải quyết việc làm cho khoảng 27.000 lượt lao động" is jobs for)
_EFFECT_LEAD = re.compile(r"\b(?:khiến|kéo giảm|causing|caused|resulting in)\b[^;,]{0,60}$")


def _earlier_year_after(fig: Figure, sent: _Sentence, period: Period) -> int | None:
    """The earlier year written right after ``fig`` where the figure's span is read as another's ("(5.38% in
    2016; 6.5% in 2017; …)", "reached 5.45% in 2020 but slid to 0.95% in 2021" in 2023): the figure is that
    year's, quoted for comparison; else None."""
    earlier = _IN_YEAR_AFTER.match(sent.folded, fig.end)
    if earlier and int(earlier.group(1)) < period.year and (
            _span_of(fig, sent, period)[0].period.year != int(earlier.group(1))):
        return int(earlier.group(1))
    return None


def _quarter_alone(fig: Figure, sent: _Sentence) -> bool:
    """Whether the last period named before the figure in its clause is a quarter other than the
    first ("Riêng quý 3 năm 2024, … ước đạt 3,8 triệu lượt"; "năm 2024" right after it is the
    quarter's year)."""
    if _QUARTER_AFTER.match(sent.folded, fig.end):  # "8.35% in Q2", "tăng 8% trong quý II"
        return True
    start = sent.folded.rfind(";", 0, fig.start) + 1
    quarters = list(_QUARTER.finditer(sent.folded, start, fig.start))
    # (a list "of which:" opens holds its head's quarter in every item: "GRDP in the second quarter of 2024
    # … of which: the agriculture … increased by 4.40%, …; The industrial and construction sector increased
    # by 14.50%")
    items = _items_open(sent.folded, start)
    if items is not None and not quarters:
        head = sent.folded.rfind(";", 0, items.start()) + 1
        # (not a quarter given in brackets for the head's span: "… 9 tháng đầu năm 2024 … tăng 10,55% (6
        # tháng tăng 11,29%, quý III tăng 9,09%), trong đó: …")
        quarters = [q for q in _QUARTER.finditer(sent.folded, head, items.start())
                    if not sent.depth[q.start()]]
    if not quarters:
        return False
    q = quarters[-1]
    if any(e[0] <= q.start() < e[1] for e in sent.events):  # "by the end of … third quarter": a span
        return False
    later = [e for e in sent.events if q.end() + 12 < e[0] < fig.start]
    return not later


# "contributing 71.6% to the growth", "đóng góp 3,2 điểm % vào tăng trưởng": a share of the growth
# ("đóng góp tới 76,40% tăng trưởng kinh tế toàn tỉnh": up to)
_CONTRIBUTES_LEAD = re.compile(r"(?:contribut\w*|đóng góp)\s*(?:khoảng|about|over|nearly|gần|hơn|tới|đến)?"
                               r"\s*$")
_TO_GROWTH_AFTER = re.compile(r"^\s*(?:to|vào|cho)\s+(?:the\s+)?(?:overall\s+|chung\s+)?"
                              r"(?:growth|tăng trưởng|mức tăng)")


_CHANGE_AFTER = re.compile(r"\s*,?\s*(tăng|giảm|up|down)\s*")


def _index_with_change(folded: str, fig: Figure, then: Figure | None) -> bool:
    """Whether ``fig`` is an index given with its change right after it: "chỉ số sản xuất công nghiệp ước
    đạt 75,53%, giảm 24,47% so với cùng kỳ" (75,53% of the same period is a fall of 24,47%: the change
    is the row).

    >>> from ..grammar import figures
    >>> text = "ước đạt 75,53%, giảm 24,47% so với cùng kỳ"
    >>> _index_with_change(text, *figures(text))
    True
    """
    if then is None or fig.unit != "percent" or then.unit != "percent" or fig.is_range or then.is_range:
        return False
    m = _CHANGE_AFTER.fullmatch(folded, fig.end, then.start)
    if not m or not _INDEX.search(folded, max(0, fig.start - 20), fig.start):
        return False
    change = then.low if m.group(1) in ("tăng", "up") else -then.low
    return abs(fig.low - 100 - change) < 0.015  # the two as printed, to their second decimal


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
        if _MARGIN_LEAD.search(before) or _MARGIN_AFTER.search(after):
            return "a margin over the plan (the % of plan less 100), not a change on a year"
        if _SCENARIO_AFTER.search(after):
            return "a percentage of the growth scenario, not a result"
        if _PLAN_LEAD.search(before):
            return "a plan's figure, not a result"
        if _MOM_AFTER.search(after) or _MOM_BEFORE.search(lead):
            return "a change on the previous month"
        # (an index "đạt" near 100, a growth near 0: "tăng trưởng kinh tế (GRDP) đạt 8,1% so với cùng kỳ năm
        # trước")
        if fig.low >= 50 and _INDEX.search(before) and _SAME_PERIOD_AFTER.search(after) and not (
                _INDEX_WORDS.search(before)):
            return "an index against the same period (100 = no change), not a growth rate"
        # ("Industrial and construction sector only reached 96.59% over the same period": a ratio, which a
        # growth of 6.5% "reached … over the same period" is not; far from 0, near 100)
        # (read when said "equal to": "equal to 105% of the previous year" is +5%, as "bằng 105% so với
        # cùng kỳ")
        if fig.low >= 50 and _INDEX_EN.search(before) and _SAME_PERIOD_EN_AFTER.search(after) and not (
                _INDEX_WORDS.search(before)):
            return "an index against the same period (100 = no change), not a growth rate"
        # (a consumer price index's average is the year's: "CPI bình quân tăng 2,69% so với năm 2023")
        if _PER_YEAR_AFTER.search(after) or _AVERAGE_LEAD.search(before) and not re.search(
                r"(?:cpi|chỉ số giá tiêu dùng)[^;,]{0,20}bình quân\s*(?:tăng|giảm)?\s*$", before):
            return "an average over years"
    return ""
