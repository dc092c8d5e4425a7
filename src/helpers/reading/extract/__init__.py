"""Observation rows from a statistics report's text: the figures it gives for a resolution's targets.

A report is read sentence by sentence (Vietnamese, or the statistics office's English pages; a sentence a
printed page broke across lines is first joined again, :func:`helpers.reading.lines.unwrap`). For
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
   right before or after it (then they go to them in order), "% kịch bản", a margin over the plan
   ("surpassing the year's target by 9.4 percent"), an average over years ("15,1%/năm"), a national
   figure ("cả nước" in its clause), a range, percentage points, a contribution to the growth, a
   sentence that opens on a plan ("It targets …"), an effect ("khiến GRDP … giảm khoảng 0,8%"), a
   growth at current prices, a list of shares under its cue ("cơ cấu …: công nghiệp - xây dựng chiếm
   46,52%, dịch vụ 34,47%"; "the industry and construction sector made up 18.75%"), a per cent "of the
   GRDP" ("contributing to 30.6% of the GRDP"), a change over the
   year reported ("so với năm 2025" in 2025's report), the figure of a year compared with ("so với tăng
   trưởng năm 2022 là 8%"; a compared period's own year is no span either, "so với tháng 12 năm 2020").
   Nor: a share of a scenario ("107.1% compared to the growth scenario of 8.2%", and the scenario's
   8.2%), an index given with its change ("ước đạt 75,53%, giảm 24,47%": the change is the row), a
   change against a year before last ("so với cùng kỳ năm 2019" in 2021) or another month ("so với
   tháng 12 năm trước"; "so với tháng cùng kỳ" where the month is not said), a rise whose base is not
   said beside one "month-on-month", a stock standing at a date ("… in capital as at the end of the
   year"), "reached 96.59% over the same period" (an index, left for review), the shift of a share
   of the economy ("mức chuyển dịch +1,61%", "chiếm tỉ trọng 26,53%, tăng 0,67%"). A share of the
   plan before a growth names no plan of it ("đạt 43,44% kế hoạch năm và tăng 4,52%").
   "bằng 81,7% so với cùng kỳ" is an index: the change is 81,7 − 100 = −18,3%, and the note says how
   it was published; so is a multiple ("tăng gấp 13 lần", "a 2.2-fold rise": +1200%, +120%; the first
   of a pair too, "respectively rising 2.3 and 2.7-fold"). A
   figure named by a part ("thu tiền sử dụng đất", "khách nội địa", "kim ngạch xuất nhập khẩu",
   "doanh nghiệp có vốn đầu tư nước ngoài"), in brackets after a name ("(khu vực thành thị tăng
   0,27%)", "such as clothes (down 16%)"), listed after "such as" (not "such as:", examples each
   naming its own indicator), after "trong đó" with words of its own ("trong đó nông sản chiếm tỷ
   trọng lớn với mức tăng 10,5%"), or under a heading's colon is the
   part's, never its total's; a bracket that describes the amount before it ("(tương đương gần 39,3%
   kế hoạch, tăng 4,13% …)") or gives the figure's quarters or halves ("(quý I tăng 9,88%, …)")
   holds no part, and a label's colon ("Thu ngân sách …: 4.856 tỷ đồng, + 10,70%") opens no items.
   Of "3.359,98/4.000 tỷ đồng" the first is the figure, the second the plan it is counted against.
3. **The period.** "quý I", "6 tháng đầu năm 2021", "9 tháng", "Ước 7 tháng năm 2021", "đến ngày
   29/3/2021", "Lũy kế năm 2024" (in September; not "Lũy kế năm 2025 ước đạt", the year's estimate)
   are year-to-date; "tháng 9", "tháng 01/2021" a month; "năm 2020" a year (a year to
   date at December is the year); "hết tháng 3" (to the end of March) and "the accumulated 9-month"
   the year to date. A sentence that goes on with "Trong đó" (and those after it in its paragraph
   that write none) takes the period of the sentence before; so, for review, does a sentence that
   writes none after one of its paragraph that opens on a period other than the report's ("Tính đến
   ngày 30/11/2025, …. Hàng hóa địa phương xuất khẩu đạt 183 triệu USD"). A period applies to the
   figures after it in its sentence (inside brackets, only there); "của 9 tháng năm 2020" right
   after a figure is that figure's own. A period after "so với", "cùng kỳ" or "than" is a
   comparison, not a period; but an earlier period's figure quoted beside a row's ("tăng 5,85% (cùng kỳ
   tăng 5,44%)", "cao hơn mức cùng kỳ 2024 (8,49%)", "higher than … 7.15% recorded in the same period last
   year") is a row of that period, for review: the indicator and measure of the row it is compared with
   (:mod:`.compared`); so is a figure followed by an earlier year ("(5.38% in 2016; 6.5% in 2017; …)"),
   that year's. No period in the sentence: the report's (``--period``), said in the
   note; its month where the sentence compares with the month before or the next sentence of its
   paragraph opens on a running total ("Lũy kế 4 tháng …"), else its year to date.
4. **The qualifier**: "trên", "hơn" are ``>``; "khoảng", "gần", "dưới" are ``~``; "ước" (estimate)
   goes in the note, with the sentence the row came from.

Two figures for one indicator, period, span and measure: an exact one beats another number within 5%
that is rounded ("trên 19 nghìn tỷ" in a title, "19.018 tỷ" below); then the one named by the
indicator's own name ("Thu ngân sách Nhà nước trên địa bàn" over "Tổng thu ngân sách"); then the one
whose period is written out wins, then the body's over a title's or a heading's, then the first; the
other is listed as unmatched. One figure said twice, once without its period (a headline "… tăng 97,55%
so với cùng kỳ" over the body's "… tháng 10 tăng 97,55% …"), is the one whose period is written out. An
English text that writes decimals with a comma reads its numbers the Vietnamese way.
Nothing is silent: every figure not made a row is listed with its reason.
"""

from .phrases import Phrase, phrasebook
from .reader import ROUNDING, Extraction, extract

__all__ = ["ROUNDING", "Extraction", "Phrase", "extract", "phrasebook"]
