"""Numbers, units and labels as a reader expects them, in Vietnamese or English (Babel).

``vi``: "13,5%", "89.490,478 tỷ đồng", "2,5–3,0 tỷ USD"; ``en``: "13.5%", "89,490.478 bn VND".
Every label a reader sees (statuses, column names, headings) comes from :data:`LABELS`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal, format_scientific
from babel.units import format_unit

from ..values import units
from ..values.period import Lang, Period

# Okabe & Ito's colour-blind-safe palette, one colour per status, used by every chart and table.
STATUS_COLOURS = {
    "achieved": "#009E73",
    "on_track": "#0072B2",
    "at_risk": "#E69F00",
    "off_track": "#D55E00",
    "not_achieved": "#CC79A7",
    "no_outcome": "#56B4E9",      # the year has ended; its figure is not out yet
    "not_comparable": "#F0E442",  # published, in a unit the goal cannot be compared with
    "no_data": "#999999",
}


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours (1 to 21)."""

    def luminance(colour: str) -> float:
        rgb = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# The text on each status colour: black or white, whichever contrasts more. Okabe & Ito's hues
# stay; white on their green, vermillion or pink falls short of WCAG AA's 4.5:1, black does not.
STATUS_TEXT = {s: max(("#000000", "#FFFFFF"), key=lambda t, c=c: contrast_ratio(c, t))
               for s, c in STATUS_COLOURS.items()}
# A mark beside the colour, so that a status never rests on colour alone (print, colour blindness)
STATUS_MARKS = {"achieved": "✓", "on_track": "●", "at_risk": "▲", "off_track": "▼",
                "not_achieved": "✗", "no_outcome": "?", "not_comparable": "≠", "no_data": "–"}
_LOCALE = {"vi": "vi_VN", "en": "en_GB"}

LABELS: dict[str, dict[str, str]] = {
    # statuses
    "achieved": {"vi": "Đã đạt", "en": "Achieved"},
    "on_track": {"vi": "Đúng tiến độ", "en": "On track"},
    "at_risk": {"vi": "Có nguy cơ", "en": "At risk"},
    "off_track": {"vi": "Chậm tiến độ", "en": "Off track"},
    "not_achieved": {"vi": "Không đạt", "en": "Not achieved"},
    "no_data": {"vi": "Chưa có số liệu công bố", "en": "No published figure"},
    "no_outcome": {"vi": "Chưa có số liệu cả năm", "en": "No year-end figure yet"},
    # kinds and bases
    "min": {"vi": "tối thiểu", "en": "at least"},
    "max": {"vi": "tối đa", "en": "at most"},
    "range": {"vi": "khoảng", "en": "range"},
    "flow": {"vi": "cộng dồn", "en": "cumulative"},
    "growth": {"vi": "tăng trưởng", "en": "growth"},
    "level": {"vi": "mức", "en": "level"},
    "milestone": {"vi": "hoàn thành", "en": "milestone"},
    # measures
    "measure": {"vi": "Loại số liệu", "en": "Measure"},
    "m_level": {"vi": "giá trị", "en": "level"},
    "m_yoy_pct": {"vi": "% so với cùng kỳ", "en": "% change on a year earlier"},
    "m_share_pct": {"vi": "tỷ trọng %", "en": "share %"},
    # spans
    "month": {"vi": "tháng", "en": "month"},
    "ytd": {"vi": "lũy kế từ đầu năm", "en": "year to date"},
    "year": {"vi": "cả năm", "en": "full year"},
    # range positions
    "below": {"vi": "dưới khoảng", "en": "below range"},
    "within": {"vi": "trong khoảng", "en": "within range"},
    "above": {"vi": "trên khoảng", "en": "above range"},
    # columns
    "number": {"vi": "STT", "en": "No."},
    "target": {"vi": "Chỉ tiêu", "en": "Target"},
    "name": {"vi": "Tên chỉ tiêu", "en": "Target"},
    "goal": {"vi": "Kế hoạch", "en": "Goal"},
    "actual": {"vi": "Thực hiện", "en": "Actual"},
    "obs_period": {"vi": "Kỳ số liệu", "en": "Period"},
    "span": {"vi": "Phạm vi", "en": "Span"},
    "attainment_pct": {"vi": "% kế hoạch", "en": "% of target"},
    "gap": {"vi": "Chênh lệch", "en": "Gap"},
    "expected_share": {"vi": "Tiến độ cần đạt", "en": "Expected by now"},
    "pace_ratio": {"vi": "Tỷ lệ tiến độ", "en": "Pace ratio"},
    "projected": {"vi": "Ước cả năm", "en": "Projected year"},
    "projected_attainment_pct": {"vi": "Ước % kế hoạch", "en": "Projected % of target"},
    "status": {"vi": "Đánh giá", "en": "Status"},
    "reason": {"vi": "Giải thích", "en": "Why"},
    "source": {"vi": "Nguồn", "en": "Source"},
    "published": {"vi": "Ngày công bố", "en": "Published"},
    "unit": {"vi": "Đơn vị", "en": "Unit"},
    "kind": {"vi": "Loại", "en": "Kind"},
    "basis": {"vi": "Cách so sánh", "en": "Basis"},
    "group": {"vi": "Nhóm", "en": "Group"},
    "value": {"vi": "Giá trị", "en": "Value"},
    "note": {"vi": "Ghi chú", "en": "Note"},
    "period": {"vi": "Kỳ", "en": "Period"},
    "approx": {"vi": "khoảng", "en": "about"},
    "at_least": {"vi": "trên", "en": "over"},
    "not_comparable": {"vi": "Đã công bố, không so sánh được", "en": "Published, not comparable"},
    "r_no_outcome": {"vi": "năm đã kết thúc, chưa có số liệu cả năm; đánh giá cuối cùng: {call} "
                           "(số liệu {period}, cách đây {age})",
                     "en": "the year has ended and its figure is not out yet; last call: {call} "
                           "(on the figure of {period}, {age} old)"},
    "pp": {"vi": "điểm %", "en": "pp"},
    # reasons (helpers.present.reasons fills the {fields})
    "r_month_only": {"vi": "chỉ có số liệu từng tháng (để tham khảo)",
                     "en": "only single-month figures were published (shown as context)"},
    "r_not_comparable": {"vi": "{figure} công bố ({when}) không so sánh được: {why}",
                         "en": "{figure} published ({when}) is not comparable: {why}"},
    "r_other_territory": {"vi": "số liệu của địa giới khác với địa giới nghị quyết đo (trước hoặc sau "
                                "khi sáp nhập)",
                          "en": "a figure for another territory than the one the resolution measures "
                                "(before or after a merger)"},
    "revised_note": {"vi": "Kế hoạch điều chỉnh, áp dụng từ {month}",
                     "en": "The revised plan, in force from {month}"},
    "territory_note": {"vi": "Địa giới: {territory}; số liệu của địa giới khác không được so sánh",
                       "en": "Territory: {territory}; figures of another territory are not compared"},
    "rev_other_territory": {"vi": "địa giới khác, không so sánh", "en": "another territory, not compared"},
    "r_no_exchange_rate": {"vi": "kế hoạch tính bằng {target}, chưa có tỷ giá quy đổi",
                           "en": "the target is in {target} and no exchange rate is on file"},
    "r_head": {"vi": "{when}: {actual} so với kế hoạch {goal}",
               "en": "{when}: {actual} against {goal}"},
    "r_of_target": {"vi": "{pct} kế hoạch", "en": "{pct} of target"},
    "r_linear": {"vi": "tại {month}/12 năm", "en": "at {month}/12 of the year"},
    "r_profile": {"vi": "theo cơ cấu năm {year}", "en": "on the {year} profile"},
    "r_projected": {"vi": "{where}: ước cả năm {projected}, {pct} kế hoạch",
                    "en": "{where}: projected {projected}, {pct} of target"},
    # what it takes (helpers.present.reasons fills the {fields})
    "required": {"vi": "Cần đạt từ nay", "en": "What it takes"},
    "q_pace": {"vi": "{per_month} mỗi tháng ({ratio} lần nhịp độ đến nay)",
               "en": "{per_month} a month ({ratio}× the pace so far)"},
    "q_rest_growth": {"vi": "các tháng còn lại tăng {rate}% ({basis})",
                      "en": "the rest of the year grows {rate}% ({basis})"},
    "q_basis_linear": {"vi": "tính theo số tháng", "en": "by the months' share"},
    "q_basis_year": {"vi": "theo cơ cấu năm {year}", "en": "on {year}'s levels"},
    "q_met": {"vi": "đã đạt, không cần thêm", "en": "met: nothing more is needed"},
    "q_out_of_reach_pace": {
        "vi": "không còn khả năng đạt: cần {per_month} mỗi tháng, cao hơn mọi tháng đã có "
              "(cao nhất {best})",
        "en": "out of reach: needs {per_month} a month, more than any month on record (best {best})"},
    "q_out_of_reach_ceiling": {"vi": "không còn khả năng đạt: đã vượt mức trần của cả năm",
                               "en": "out of reach: already over the year's ceiling"},
    "q_level": {"vi": "chỉ tiêu mức: không tính mức cần đạt mỗi tháng",
                "en": "a level: nothing is required per month"},
    "q_ceiling": {"vi": "chỉ tiêu mức trần: giữ dưới mức trần", "en": "a ceiling: stay under it"},
    "q_settled": {"vi": "đã có số liệu cả năm", "en": "the year's figure is in"},
    "stale": {"vi": "số liệu cũ", "en": "stale"},
    "r_stale": {"vi": "số liệu mới nhất từ {period}", "en": "latest figure from {period}"},
    "h_stale.one": {"vi": "{n} đánh giá dựa trên số liệu cũ hơn {months} tháng so với kỳ báo cáo.",
                    "en": "{n} call rests on a figure more than {months} months older than the report."},
    "h_stale.other": {"vi": "{n} đánh giá dựa trên số liệu cũ hơn {months} tháng so với kỳ báo cáo.",
                      "en": "{n} calls rest on figures more than {months} months older than the report."},
    # report titles and headings
    "t_targets": {"vi": "Các chỉ tiêu của Nghị quyết", "en": "The resolution's targets"},
    "t_scorecard": {"vi": "Tiến độ thực hiện các chỉ tiêu", "en": "Progress on the targets"},
    "t_indicator": {"vi": "Chi tiết chỉ tiêu", "en": "Target in detail"},
    "t_growth": {"vi": "Tăng trưởng GRDP", "en": "GRDP growth"},
    "t_backtest": {"vi": "Kiểm định các đánh giá", "en": "How good the calls were"},
    "h_backtest_months": {"vi": "Theo tháng báo cáo", "en": "By report month"},
    "h_wrong_calls": {"vi": "Các đánh giá sai", "en": "The wrong calls"},
    "b_intro": {
        "vi": "Mỗi tháng, bảng tiến độ được tính lại chỉ với số liệu đã công bố đến cuối tháng "
              "đó, rồi so với kết quả cả năm. Đánh giá đúng: 'đúng tiến độ' hoặc 'đã đạt' và cả "
              "năm đạt; 'chậm tiến độ' hoặc 'không đạt' và cả năm không đạt. 'Có nguy cơ' là cảnh "
              "báo: chỉ đếm kết quả, không tính đúng sai.",
        "en": "Each month the scorecard is worked out again with only the figures published by "
              "that month's end, and held against the year's outcome. A call is right when 'on "
              "track' or 'achieved' ended achieved, or 'off track' or 'not achieved' ended missed. "
              "'At risk' is a warning: how those ended is counted, never scored."},
    "b_calls": {"vi": "Số đánh giá", "en": "Calls"},
    "b_on_track": {"vi": "Đúng tiến độ → đạt", "en": "On track → achieved"},
    "b_off_track": {"vi": "Chậm tiến độ → không đạt", "en": "Off track → missed"},
    "b_at_risk": {"vi": "Có nguy cơ: đạt / không đạt", "en": "At risk: achieved / missed"},
    "b_right": {"vi": "Đúng", "en": "Right"},
    "b_wrong": {"vi": "Sai", "en": "Wrong"},
    "b_call": {"vi": "Đánh giá khi đó", "en": "Call then"},
    "b_outcome": {"vi": "Kết quả cả năm", "en": "Year's outcome"},
    "b_none_wrong": {"vi": "Không có đánh giá nào sai.", "en": "No call was wrong."},
    "h_overview": {"vi": "Tổng quan", "en": "Overview"},
    "h_attainment": {"vi": "Mức độ thực hiện", "en": "Attainment"},
    "status_caption": {"vi": "Đánh giá từng chỉ tiêu", "en": "Each target's status"},
    "download_csv": {"vi": "Tải số liệu (CSV)", "en": "Download the figures (CSV)"},
    "l_year_csv": {"vi": "Tải đánh giá cả năm, mọi tháng (CSV)",
                   "en": "Download the whole year's scorecard, every month (CSV)"},
    "src_published": {"vi": "công bố {date}", "en": "published {date}"},
    "src_assumed": {"vi": "ngày công bố giả định {date}", "en": "publication date assumed {date}"},
    "nav": {"vi": "Điều hướng", "en": "Navigation"},
    "nav_home": {"vi": "Trang chủ", "en": "Home"},
    "nav_landing": {"vi": "{city} {year}: cả năm", "en": "{city} {year}: the year"},
    "nav_other": {"vi": "English", "en": "Tiếng Việt"},
    # whose goal (catalog.targets.GOALS)
    "goal_plan": {"vi": "kế hoạch", "en": "plan"},
    "goal_central": {"vi": "Trung ương giao", "en": "set by the central government"},
    "goal_council": {"vi": "HĐND thành phố giao", "en": "set by the city council"},
    "goal_stretch": {"vi": "mục tiêu phấn đấu", "en": "stretch goal"},
    # publishers (statistics.vintages.PUBLISHERS) and the other publishers' figures
    "pub_statistics_office": {"vi": "Cục Thống kê", "en": "statistics office"},
    "pub_city_government": {"vi": "UBND thành phố", "en": "city government"},
    "pub_council": {"vi": "HĐND thành phố", "en": "city council"},
    "pub_party_committee": {"vi": "Thành ủy", "en": "party committee"},
    "pub_department": {"vi": "sở, ngành", "en": "a city department"},
    "pub_press": {"vi": "báo chí", "en": "press"},
    "also_published": {"vi": "Nguồn khác công bố", "en": "Also published"},
    # the landing pages (render.index), one language each
    "l_home_title": {"vi": "Tiến độ thực hiện các chỉ tiêu", "en": "Progress on the targets"},
    "l_all": {"vi": "← Tất cả nghị quyết", "en": "← All resolutions"},
    "l_reports": {"vi": "Báo cáo tiến độ thực hiện các chỉ tiêu", "en": "Progress reports on the targets"},
    "l_reports_of": {"vi": "báo cáo", "en": "reports"},
    "l_grid": {"vi": "Cả năm trong một bảng", "en": "The year at a glance"},
    "l_grid_help": {"vi": "Mỗi ô là tình trạng của chỉ tiêu trong báo cáo tháng đó. Chọn ô để mở dòng của "
                          "chỉ tiêu trong báo cáo tháng (số liệu, giải thích và nguồn); di chuột hoặc dùng "
                          "phím Tab để xem nhanh giải thích.",
                    "en": "Each cell is the target's status in that month's report. Follow it to the "
                          "target's row in the month's scorecard (the figure, the reason and its source); "
                          "hover or tab to it for the reason at a glance."},
    "l_stale": {"vi": "* dựa trên số liệu cũ hơn {n} tháng", "en": "* on a figure more than {n} months old"},
    "l_stale_row": {"vi": "* trong đó dựa trên số liệu cũ hơn {n} tháng",
                    "en": "* of which on figures more than {n} months old"},
    "l_stale_cell": {"vi": " (số liệu cũ)", "en": " (old figure)"},
    "l_grid_caption.other": {"vi": "{city} {year}: {targets} chỉ tiêu × {n} tháng",
                             "en": "{city} {year}: {targets} targets × {n} months"},
    "l_grid_caption.one": {"vi": "{city} {year}: {targets} chỉ tiêu × {n} tháng",
                           "en": "{city} {year}: {targets} targets × {n} month"},
    "l_target": {"vi": "Chỉ tiêu", "en": "Target"},
    "l_not_in_plan": {"vi": "Không thuộc kế hoạch đang áp dụng tháng này",
                      "en": "Not in the plan in force that month"},
    "l_revised": {"vi": "↻ kế hoạch được điều chỉnh từ tháng này",
                  "en": "↻ the plan was revised from this month"},
    "l_counts": {"vi": "Số chỉ tiêu theo tình trạng, từng tháng", "en": "Targets by status, month by month"},
    "l_status": {"vi": "Tình trạng", "en": "Status"},
    "l_months": {"vi": "Báo cáo từng tháng", "en": "Month by month"},
    "l_each": {"vi": "Chi tiết từng chỉ tiêu", "en": "Each target in detail"},
    "l_no_reports": {"vi": "Chưa có báo cáo", "en": "No reports yet"},
    "l_latest": {"vi": "Tháng gần nhất có số liệu", "en": "Latest month with data"},
    "l_no_figure": {"vi": "Chưa có số liệu công bố", "en": "No published figure yet"},
    "n_items": {"vi": "{items} nhóm chỉ tiêu, {leaves} chỉ tiêu.",
                "en": "{items} numbered items, {leaves} targets."},
    "x_wrong_calls": {"vi": "Các nhận định đúng tiến độ mà năm không đạt, hoặc chậm tiến độ mà năm đã đạt; "
                            "tháng là tháng của báo cáo.",
                      "en": "The calls that pointed the other way from the year's end: on track and "
                            "missed, or off track and achieved; the month is the report's."},
    "x_scenario_rows": {"vi": "Các tháng sau số liệu công bố cuối cùng, theo giả định; không tháng nào "
                              "là số liệu công bố.",
                        "en": "The months after the last published figure, as assumed; none of them "
                              "was published."},
    "x_scenario_result": {"vi": "Đánh giá đến nay theo số liệu công bố, bên cạnh kết quả cả năm nếu giả "
                                "định đúng.",
                          "en": "The status so far on the published figures, beside the year's end if "
                                "the assumption holds."},
    # how each section is computed (helpers.present.method fills the thresholds from the engine)
    "x_status": {
        "vi": "Cách đánh giá. Số liệu cả năm (hoặc lũy kế đến tháng 12) là kết quả của năm: đạt hoặc "
              "không đạt. Trước đó mỗi chỉ tiêu được nhận định. Chỉ tiêu cộng dồn: so lũy kế với phần "
              "kế hoạch cần đạt đến tháng đó; đạt từ {pace_on} nhịp độ cần thiết là đúng tiến độ, từ "
              "{pace_risk} là có nguy cơ, thấp hơn là chậm tiến độ. Chỉ tiêu tăng trưởng: so tốc độ "
              "tăng với kế hoạch bằng điểm phần trăm; thấp hơn không quá {growth_on} điểm là đúng "
              "tiến độ, không quá {growth_risk} điểm là có nguy cơ. Chỉ tiêu mức: đạt kế hoạch là "
              "đúng tiến độ, đạt từ {level_risk} kế hoạch là có nguy cơ. Chỉ tiêu không còn khả năng "
              "đạt (mức cần mỗi tháng cao hơn mọi tháng đã có) luôn là chậm tiến độ. Nhận định dựa "
              "trên số liệu cũ hơn {stale} so với kỳ báo cáo được đánh dấu “số liệu cũ”. Khi năm đã "
              "kết thúc, chỉ tiêu chưa có số liệu cả năm ghi “chưa có số liệu cả năm”, kèm nhận định "
              "cuối cùng.",
        "en": "How the status is set. A full-year figure (or a December year-to-date one) is the "
              "year's outcome: achieved or not achieved. Before it, each target gets a call. "
              "Cumulative targets: the year to date against the share of the goal due by that month; "
              "at {pace_on} of the pace needed or more it is on track, from {pace_risk} at risk, "
              "below that off track. Growth targets: the rate against the goal in percentage points; "
              "no more than {growth_on} points short is on track, no more than {growth_risk} points "
              "at risk. Levels: at the goal is on track, from {level_risk} of it at risk. A goal out "
              "of reach (more needed each month than any month on record) is always off track. A "
              "call on a figure more than {stale} older than the report is marked stale. Once the "
              "year has ended, a target without its year's figure reads “no year-end figure yet”, "
              "with its last call."},
    "x_basis_flow": {
        "vi": "Chỉ tiêu cộng dồn trong năm: lũy kế so với phần kế hoạch cần đạt đến tháng đó; đạt từ "
              "{pace_on} nhịp độ cần thiết là đúng tiến độ, từ {pace_risk} là có nguy cơ, thấp hơn là "
              "chậm tiến độ; không còn khả năng đạt (mức cần mỗi tháng cao hơn mọi tháng đã có) là "
              "chậm tiến độ. Số liệu cả năm là kết quả.",
        "en": "A target summed over the year: the year to date against the share of the goal due by "
              "that month; at {pace_on} of the pace needed or more it is on track, from {pace_risk} "
              "at risk, below that off track; out of reach (more needed each month than any month on "
              "record) is off track. The full-year figure is the outcome."},
    "x_basis_growth": {
        "vi": "Chỉ tiêu tăng trưởng: tốc độ tăng so với kế hoạch, bằng điểm phần trăm; thấp hơn không "
              "quá {growth_on} điểm là đúng tiến độ, không quá {growth_risk} điểm là có nguy cơ. Số "
              "liệu cả năm là kết quả.",
        "en": "A growth target: the rate against the goal in percentage points; no more than "
              "{growth_on} points short is on track, no more than {growth_risk} points at risk. The "
              "full-year figure is the outcome."},
    "x_basis_level": {
        "vi": "Chỉ tiêu mức: số liệu mới nhất so trực tiếp với kế hoạch; đạt kế hoạch là đúng tiến độ, "
              "đạt từ {level_risk} kế hoạch là có nguy cơ. Số liệu cả năm là kết quả.",
        "en": "A level: the latest figure against the goal directly; at the goal is on track, from "
              "{level_risk} of it at risk. The full-year figure is the outcome."},
    "x_basis_milestone": {
        "vi": "Chỉ tiêu hoàn thành trong năm: chưa hoàn thành thì vẫn trong tiến độ cho đến hết năm, vì "
              "nghị quyết không đặt mốc giữa năm.",
        "en": "A milestone, due by the year's end: not yet met is still in progress until December, "
              "since the resolution sets no interim schedule."},
    "x_attainment": {
        "vi": "% kế hoạch = thực hiện ÷ kế hoạch × 100 (chỉ tiêu tối đa: kế hoạch ÷ thực hiện; chỉ "
              "tiêu khoảng: so với cận dưới). Chỉ tiêu tăng trưởng không tính bằng % kế hoạch mà bằng "
              "điểm phần trăm (biểu đồ sau). Thanh gạch chéo: nhận định dựa trên số liệu cũ hơn "
              "{stale}.",
        "en": "% of target = actual ÷ goal × 100 (a ceiling: goal ÷ actual; a range: against its "
              "low end). Growth targets are not read as a % of target but in percentage points (next "
              "chart). A hatched bar is a call on a figure more than {stale} old."},
    "x_growth_gaps": {
        "vi": "Chênh lệch = tốc độ tăng thực hiện − kế hoạch, bằng điểm phần trăm; dương là vượt kế "
              "hoạch. Tỷ số giữa hai tốc độ tăng không phải là mức độ hoàn thành nên không được vẽ.",
        "en": "Gap = the growth rate achieved − the goal, in percentage points; positive is ahead of "
              "the goal. A ratio of two growth rates is not attainment, so none is drawn."},
    "x_pace": {
        "vi": "Đường nét đứt là lũy kế cần đạt đến mỗi tháng: theo cơ cấu các tháng của năm trước khi "
              "có số liệu, nếu không thì chia đều 12 tháng. Ước cả năm = lũy kế ÷ phần cần đạt đến "
              "tháng đó; đúng tiến độ từ {pace_on} nhịp độ cần thiết, có nguy cơ từ {pace_risk}.",
        "en": "The dashed line is the year to date due by each month: on last year's monthly profile "
              "where its figures exist, else an even twelfth a month. Projected year = year to date ÷ "
              "the share due by that month; on track from {pace_on} of the pace needed, at risk from "
              "{pace_risk}."},
    "x_changes": {"vi": "Các chỉ tiêu có số liệu hoặc đánh giá khác với báo cáo tháng trước.",
                  "en": "The targets whose figure or status differs from last month's report."},
    "x_coverage": {"vi": "Các chỉ tiêu chưa có số liệu công bố: vẫn được liệt kê, không bị ẩn.",
                   "en": "The targets with no published figure: listed, never hidden."},
    "x_sources": {"vi": "Địa chỉ nguồn của mọi số liệu trên trang.",
                  "en": "The address of every figure on the page."},
    "x_targets": {"vi": "Các chỉ tiêu của nghị quyết, theo nhóm, và số liệu đã công bố cho từng chỉ tiêu.",
                  "en": "The resolution's targets by group, and how many figures were published for each."},
    "x_growth": {"vi": "Tốc độ tăng so với cùng kỳ năm trước tại quý I, 6 tháng, 9 tháng và cả năm, năm "
                       "nay và năm trước; đường ngang là kế hoạch. Đúng tiến độ khi thấp hơn kế hoạch "
                       "không quá {growth_on} điểm, có nguy cơ khi không quá {growth_risk} điểm.",
                 "en": "Growth on the same period a year earlier at Q1, H1, nine months and the year, "
                       "this year and last; the line is the goal. On track when no more than "
                       "{growth_on} points short, at risk when no more than {growth_risk}."},
    "x_computation": {"vi": "Các phép tính dẫn đến đánh giá, viết đầy đủ để kiểm tra lại.",
                      "en": "The arithmetic behind the status, written out to be checked."},
    "x_figures": {"vi": "Mọi số liệu đã công bố của chỉ tiêu, kể cả các lần điều chỉnh, cũ nhất trước.",
                  "en": "Every figure published for the target, revisions included, oldest first."},
    "x_backtest": {
        "vi": "Mỗi tháng được tính lại chỉ với số liệu đã công bố đến cuối tháng đó, rồi so nhận định "
              "với kết quả cả năm. Chỉ tính các dự báo: nhận định dựa trên số liệu cả năm (hoặc lũy "
              "kế đến tháng 12) chính là kết quả nên không được tính. “Có nguy cơ” là cảnh báo: chỉ "
              "đếm kết cục, không chấm đúng sai.",
        "en": "Each month is scored again with only what was published by its end, and each call held "
              "against the year's outcome. Only forecasts count: a call resting on a full-year (or "
              "December year-to-date) figure is the outcome itself, and is left out. “At risk” is a "
              "warning: its endings are counted, not scored."},
    "x_scenario": {
        "vi": "Kết quả cả năm được tính như với số liệu công bố, nhưng các tháng còn lại lấy theo giả "
              "định; các ngưỡng đánh giá như báo cáo tháng (đúng tiến độ từ {pace_on} nhịp độ cần thiết).",
        "en": "The year's end is scored as published figures would be, with the months ahead taken "
              "from the assumption; the thresholds are the monthly report's (on track from {pace_on} "
              "of the pace needed)."},
    "t_scenario": {"vi": "Kịch bản giả định — chỉ tiêu", "en": "What-if — target"},
    "s_banner": {"vi": "KỊCH BẢN GIẢ ĐỊNH. Các số liệu đánh dấu “giả định” dưới đây không phải số liệu "
                       "công bố: chúng là giả thiết của người lập kịch bản cho các tháng còn lại, "
                       "chỉ dùng để tính thử, không được lưu vào dữ liệu.",
                 "en": "WHAT-IF. The figures marked “hypothetical” below were not published: they are "
                       "the assumption of whoever set the scenario for the months ahead, used only "
                       "for this calculation and never saved with the data."},
    "h_scenario_rows": {"vi": "Các tháng giả định", "en": "The hypothetical months"},
    "h_scenario_result": {"vi": "Kết quả cả năm nếu giả định đúng",
                          "en": "The year's end if the assumption holds"},
    "hypothetical": {"vi": "giả định", "en": "hypothetical"},
    "s_now": {"vi": "Đến nay (số liệu công bố)", "en": "So far (published figures)"},
    "s_then": {"vi": "Cả năm theo kịch bản", "en": "The year under the scenario"},
    "h_growth_gaps": {"vi": "Các chỉ tiêu tăng trưởng, tính bằng điểm phần trăm",
                      "en": "Growth targets, in percentage points"},
    "h_pace": {"vi": "Tiến độ các chỉ tiêu cộng dồn", "en": "Pace of the cumulative targets"},
    "h_changes": {"vi": "Thay đổi so với tháng trước", "en": "Changes since last month"},
    "h_coverage": {"vi": "Chỉ tiêu chưa có số liệu", "en": "Targets without a published figure"},
    "h_sources": {"vi": "Nguồn số liệu", "en": "Sources"},
    "h_figures": {"vi": "Các số liệu đã công bố", "en": "Every published figure"},
    "h_path": {"vi": "Lũy kế so với tiến độ cần đạt", "en": "Year to date against the pace needed"},
    "h_latest": {"vi": "Số liệu mới nhất so với kế hoạch", "en": "The latest figure against the goal"},
    "h_computation": {"vi": "Cách tính", "en": "The computation"},
    "h_components": {"vi": "Tăng trưởng theo khu vực", "en": "Growth by sector"},
    "h_checkpoints": {"vi": "Theo kỳ báo cáo", "en": "By reporting period"},
    "foot_assumed_date": {"vi": "* ngày công bố không rõ: lấy ngày cuối của kỳ số liệu",
                          "en": "* publication date not shown by the source: the last day of the "
                                "period is assumed"},
    "as_of_note": {"vi": "Số liệu công bố đến ngày {date}.", "en": "Figures published by {date}."},
    "headline_counts": {"vi": "{total} chỉ tiêu; {with_figure} có số liệu công bố.",
                        "en": "{total} targets; {with_figure} with a published figure."},
    "all_have_figures": {"vi": "Mọi chỉ tiêu đều có số liệu.", "en": "Every target has a published figure."},
    "missing_intro": {"vi": "{n} chỉ tiêu chưa có số liệu công bố đến kỳ này (không ước tính, không "
                            "coi là 0):",
                      "en": "{n} targets have no published figure up to this month (never estimated, "
                            "never counted as zero):"},
    "no_sources": {"vi": "Không có nguồn.", "en": "No sources."},
    "no_change": {"vi": "Không có thay đổi so với {month}.", "en": "No change since {month}."},
    "figures_in": {"vi": "Số liệu năm {year}", "en": "Figures in {year}"},
    "figures_months": {"vi": "{n} số liệu, các tháng {months}", "en": "{n} figures, months {months}"},
    "none_published": {"vi": "chưa có số liệu công bố", "en": "no published figure"},
    "col_year": {"vi": "Năm", "en": "Year"},
    # charts: titles, axes and legends
    "c_attainment": {"vi": "Mức độ thực hiện so với kế hoạch", "en": "Attainment against target"},
    "c_target_range": {"vi": "khoảng kế hoạch", "en": "target range"},
    "c_over": {"vi": "số liệu 'trên'", "en": "'over' figure"},
    "c_pace_needed": {"vi": "tiến độ cần đạt", "en": "pace needed"},
    "c_single_month": {"vi": "từng tháng", "en": "single month"},
    "c_ytd": {"vi": "lũy kế thực hiện", "en": "year to date"},
    "c_projection": {"vi": "ước cả năm", "en": "projection"},
    "c_report_month": {"vi": "tháng báo cáo", "en": "report month"},
    "c_goal_of": {"vi": "kế hoạch {year}", "en": "target {year}"},
    # charts in words: the alternative text of their images
    "alt_attainment": {"vi": "Biểu đồ thanh, mức độ thực hiện so với kế hoạch (100% là đạt):",
                       "en": "Bar chart, attainment against target (100% is met):"},
    "alt_pace": {"vi": "Biểu đồ tiến độ lũy kế theo tháng.", "en": "Year-to-date paths by month."},
    "alt_pace_item": {"vi": "{name}: lũy kế {value} đến tháng {month}, kế hoạch {goal}",
                      "en": "{name}: {value} by month {month}, target {goal}"},
    "alt_projected": {"vi": ", ước cả năm {value}", "en": ", projected {value}"},
    "alt_growth": {"vi": "Biểu đồ cột, tăng trưởng so với cùng kỳ năm trước theo kỳ.",
                   "en": "Bar chart, growth on the same period a year earlier."},
    "alt_goal": {"vi": "; kế hoạch {goal}", "en": "; target {goal}"},
    "alt_year": {"vi": "năm {year}", "en": "{year}"},
    "alt_growth_gaps": {"vi": "Biểu đồ thanh ngang, chênh lệch của các chỉ tiêu tăng trưởng so với kế "
                              "hoạch, tính bằng điểm phần trăm:",
                        "en": "Horizontal bar chart, each growth target's gap to its goal in "
                              "percentage points:"},
    "c_growth_gaps": {"vi": "Chỉ tiêu tăng trưởng: chênh lệch so với kế hoạch",
                      "en": "Growth targets: gap to the goal"},
    "c_gap_points": {"vi": "Chênh lệch (điểm %; dương là tốt hơn kế hoạch)",
                     "en": "Gap (percentage points; positive is better than the goal)"},
    "alt_backtest": {"vi": "Biểu đồ cột chồng, các nhận định theo tháng:",
                     "en": "Stacked bars, calls by month:"},
    # the city across years
    "c_title": {"vi": "{city} qua các năm", "en": "{city} across the years"},
    "c_help": {"vi": "Mỗi năm: kế hoạch của năm đó (kế hoạch điều chỉnh nếu có) và kết quả, như báo cáo "
                     "tháng cuối của năm thể hiện; năm đang thực hiện mang đánh giá gần nhất. Mỗi năm chỉ "
                     "so với kế hoạch của chính năm đó.",
               "en": "Each year: that year's goal (the revised plan where there is one) and its outcome, as "
                     "the year's last report shows them; the year in progress carries its latest call. "
                     "Each year is read against its own goal only."},
    "c_link": {"vi": "{city} qua các năm: kế hoạch và kết quả từng năm",
               "en": "{city} across the years: each year's goal and outcome"},
    "c_year": {"vi": "Năm", "en": "Year"},
    "c_target": {"vi": "Chỉ tiêu", "en": "Target"},
    "c_key_status": {"vi": "màu và dấu theo đánh giá", "en": "colour and mark by status"},
    "c_outcome": {"vi": "Kết quả", "en": "Outcome"},
    "c_caption": {"vi": "{name}: kế hoạch và kết quả theo năm", "en": "{name}: goal and outcome by year"},
    "c_in_progress": {"vi": "năm đang thực hiện, đánh giá {month}",
                      "en": "year in progress, call of {month}"},
    "c_last_call": {"vi": "lần đánh giá cuối: {status}", "en": "last call: {status}"},
    "c_territory": {"vi": "Địa bàn: {territory}", "en": "Territory: {territory}"},
    "c_revised": {"vi": "kế hoạch điều chỉnh từ {month}", "en": "plan revised from {month}"},
    "c_single.other": {"vi": "{n} chỉ tiêu chỉ có trong kế hoạch một năm (xem trang của năm đó): {years}.",
                       "en": "{n} targets are in one year's plan only (see that year's page): {years}."},
    "c_single.one": {"vi": "{n} chỉ tiêu chỉ có trong kế hoạch một năm (xem trang của năm đó): {years}.",
                     "en": "{n} target is in one year's plan only (see that year's page): {years}."},
    "c_no_chart": {"vi": "Không vẽ biểu đồ: các năm dùng đơn vị không quy đổi được.",
                   "en": "No chart: the years use units that do not convert."},
    "c_alt": {"vi": "{name}, theo năm. Kế hoạch: {goals}. Kết quả: {outcomes}.",
              "en": "{name}, by year. Goal: {goals}. Outcome: {outcomes}."},
    "c_none": {"vi": "chưa có", "en": "none yet"},
    "l_in_progress": {"vi": "Năm đang thực hiện", "en": "Year in progress"},
    "l_grid_list": {"vi": "Từng chỉ tiêu theo tháng", "en": "Each target by month"},
    # term plans
    "t_heading": {"vi": "Kế hoạch nhiệm kỳ", "en": "Term plans"},
    "t_help": {"vi": "Mỗi chỉ tiêu nhiệm kỳ tính từ kết quả cả năm của từng năm (như trang của năm đó): "
                     "tăng trưởng bình quân là trung bình nhân các tốc độ tăng hằng năm; mức cuối kỳ so với "
                     "mức năm trước kỳ; tổng là cộng các năm. Số liệu mức và tổng chỉ tính khi cùng địa bàn.",
               "en": "Each term target is worked out from each year's full-year outcome (as that year's "
                     "page shows it): an average growth is the geometric mean of the annual rates; an end "
                     "level is set against the year before the term; a total adds the years. Levels and "
                     "totals count only where the year measures the same territory."},
    "t_term": {"vi": "Nhiệm kỳ", "en": "Term"},
    "t_target": {"vi": "Chỉ tiêu", "en": "Target"},
    "t_figures": {"vi": "Kết quả từng năm", "en": "Each year's outcome"},
    "t_so_far": {"vi": "Đến nay", "en": "So far"},
    "t_needed": {"vi": "Các năm còn lại cần", "en": "The remaining years need"},
    "t_average": {"vi": "{goal} một năm, bình quân {start}–{end}",
                  "en": "{goal} a year on average, {start}–{end}"},
    "t_end": {"vi": "{goal} vào năm {end}", "en": "{goal} by {end}"},
    "t_total": {"vi": "{goal}, tổng {start}–{end}", "en": "{goal} in total, {start}–{end}"},
    "t_none": {"vi": "chưa có", "en": "none yet"},
    "t_declined_territory": {"vi": "địa bàn khác, không tính", "en": "another territory, not counted"},
    "t_declined_unit": {"vi": "đơn vị không quy đổi được", "en": "a unit that does not convert"},
    "t_declined_basis": {"vi": "không phải tốc độ tăng", "en": "not a growth rate"},
    "t_missing": {"vi": "chưa có kết quả năm {years}: không tính",
                  "en": "no outcome for {years}: not worked out"},
    "t_mean": {"vi": "bình quân {n} năm: {x}", "en": "average of {n} years: {x}"},
    "t_sum": {"vi": "tổng {n} năm: {x}", "en": "{n} years' total: {x}"},
    "t_latest": {"vi": "{x} (năm {year})", "en": "{x} ({year})"},
    "t_need_growth": {"vi": "tăng {x} một năm", "en": "{x} a year"},
    "t_need_growth_from": {"vi": "tăng {x} một năm, từ {base} năm {year}",
                           "en": "{x} growth a year, from {base} in {year}"},
    "t_need_each": {"vi": "{x} mỗi năm", "en": "{x} each year"},
    "t_published": {"vi": "Kết quả thành phố công bố", "en": "The outcome the city published"},
    "t_outcome_vs": {"vi": "Theo số liệu từng năm đang lưu", "en": "From the years' figures on file"},
    "t_published_on": {"vi": "công bố {date}", "en": "published {date}"},
    "alt_backtest_item": {"vi": "tháng {month}: {right} đúng, {wrong} sai, {at_risk} có nguy cơ",
                          "en": "month {month}: {right} right, {wrong} wrong, {at_risk} at risk"},
}


def label(key: str, lang: Lang | str) -> str:
    """The reader's word for ``key`` in ``lang``; the key itself when there is none."""
    return LABELS.get(key, {}).get(Lang.parse(lang), key)


def plural(key: str, n: int, lang: Lang | str) -> str:
    """The label ``key`` in the plural form Babel's rules give ``n`` in ``lang`` (``key.one``,
    ``key.other``...), with ``{n}`` filled.

    Examples
    --------
    >>> plural("h_stale", 1, "en").split(" rests")[0]
    '1 call'
    """
    form = Locale.parse(_LOCALE[Lang.parse(lang)]).plural_form(n)
    text = LABELS.get(f"{key}.{form}") or LABELS.get(f"{key}.other") or LABELS[key]
    return text[Lang.parse(lang)].replace("{n}", number(n, lang))


def months(n: int, lang: Lang | str) -> str:
    """A whole number of months, in words, with Babel's plural: "9 tháng", "1 month", "9 months".

    Examples
    --------
    >>> months(1, "en"), months(9, "en"), months(9, "vi")
    ('1 month', '9 months', '9 tháng')
    """
    return format_unit(int(n), "duration-month", length="long", locale=_LOCALE[Lang.parse(lang)])


def _decimals(x: float, most: int = 6) -> int:
    s = f"{abs(x):.{most}f}".rstrip("0")
    return len(s.split(".")[1]) if "." in s else 0


def number(x: Any, lang: Lang | str = "vi", decimals: int | None = None) -> str:
    """A number in the language's style; ``decimals`` None keeps the figure's own (up to 6)."""
    lang = Lang.parse(lang)
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    x = float(x)
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    if abs(x) >= 1e15 or 0 < abs(x) < 1e-6:  # beyond what fixed notation can show honestly
        return format_scientific(x, format="0.###E0", locale=_LOCALE[lang])
    d = _decimals(x) if decimals is None else decimals
    pattern = "#,##0" + ("." + "0" * d if d else "")
    text = format_decimal(float(x), format=pattern, locale=_LOCALE[lang])
    return "−" + text[1:] if text.startswith("-") else text  # a true minus sign, not a hyphen


def quantity(x: Any, unit: str, lang: str = "vi", decimals: int | None = None) -> str:
    """A number with its unit: "13,5%", "89.490,478 tỷ đồng", "89,490.478 bn VND"."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    text = number(x, lang, decimals)
    return f"{text}%" if units.canonical(unit) == "percent" else f"{text} {units.label(unit, lang)}"


SIGNIFICANT = 4  # a computed amount (a projection, a requirement, a gap) shows at most this many


def computed(x: Any, unit: str, lang: str = "vi") -> str:
    """A computed amount with its unit: at most :data:`SIGNIFICANT` significant digits (never
    fewer than its whole part), and a whole number where the unit counts ones.

    Examples
    --------
    >>> computed(7490.3927, "billion_vnd"), computed(4833.3333, "worker_placements")
    ('7.490 tỷ đồng', '4.833 lượt lao động')
    >>> computed(24.92649, "trillion_vnd"), computed(-22471.178, "billion_vnd", "en")
    ('24,93 nghìn tỷ đồng', '−22,471 bn VND')
    """
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    x = float(x)
    if units.is_count(unit) or x == 0:
        d = 0
    else:
        whole = math.floor(math.log10(abs(x))) + 1  # digits before the decimal mark (≤ 0 below 1)
        d = max(0, SIGNIFICANT - whole)
    return quantity(half_up(x, d), unit, lang)


def date_text(d: dt.date | str, lang: Lang | str) -> str:
    """A date in the language's own form (Babel): "5/10/2021", "5 October 2021".

    Examples
    --------
    >>> date_text("2021-10-05", "vi"), date_text("2021-10-05", "en")
    ('5/10/2021', '5 October 2021')
    """
    d = dt.date.fromisoformat(d) if isinstance(d, str) else d
    pattern = "d/M/yyyy" if Lang.parse(lang) == "vi" else "d MMMM yyyy"
    return format_date(d, pattern, locale=_LOCALE[Lang.parse(lang)])


def span_text(span: str, period: Period | str, lang: str) -> str:
    """What a figure covers, in one form per language: "tháng 9/2021", "9 tháng đầu năm 2021",
    "cả năm 2021"; "September 2021", "January–September 2021", "full year 2021".

    Examples
    --------
    >>> span_text("ytd", "2021-09", "vi"), span_text("ytd", "2021-09", "en")
    ('9 tháng đầu năm 2021', 'January–September 2021')
    >>> span_text("month", "2021-09", "vi"), span_text("year", "2021-12", "en")
    ('tháng 9/2021', 'full year 2021')
    """
    p = Period.parse(period)
    if span == "year" or (span == "ytd" and p.month == 12):
        return f"cả năm {p.year}" if lang == "vi" else f"full year {p.year}"
    if span == "ytd" and p.month > 1:
        return (f"{p.month} tháng đầu năm {p.year}" if lang == "vi"
                else f"{calendar.month_name[1]}–{calendar.month_name[p.month]} {p.year}")
    return month_name(p, lang)


def target_text(t: Any, lang: str = "vi") -> str:
    """A target's goal as written: "13,5%", "2,5–3,0 tỷ USD" (a catalog row or Target)."""
    if t.kind == "range":
        d = max(_decimals(t.low), _decimals(t.high))
        text = f"{number(t.low, lang, d)}–{number(t.high, lang, d)}"
        return f"{text}%" if t.unit == "percent" else f"{text} {units.label(t.unit, lang)}"
    return quantity(t.value, t.unit, lang)


def pct(x: Any, lang: str = "vi", decimals: int = 2) -> str:
    """A computed percentage (attainment), rounded, but never onto 100% from either side: a
    rounding that would cross the status boundary keeps more decimals.

    Examples
    --------
    >>> pct(21.3419, "vi"), pct(99.85, "vi", 1), pct(99.9996, "en"), pct(100, "en")
    ('21,34%', '99,9%', '99.9996%', '100%')
    """
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    x = float(x)
    d = decimals
    while d < 6 and x != 100 and half_up(x, d) == 100:
        d += 1
    return number(half_up(x, d), lang) + "%"


def half_up(x: float, decimals: int) -> float:
    """``x`` rounded half away from zero on its shortest decimal form, as a person rounds
    (99.85 to one decimal is 99.9, where binary ``round`` gives 99.8).

    Examples
    --------
    >>> half_up(99.85, 1), half_up(-2.675, 2), half_up(4833.3333, 0)
    (99.9, -2.68, 4833.0)
    """
    q = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(float(x))).quantize(q, rounding=ROUND_HALF_UP))


def month_name(period: Period | str, lang: str) -> str:
    """"tháng 9/2021" or "September 2021"."""
    p = Period.parse(period)
    return f"tháng {p.month}/{p.year}" if lang == "vi" else f"{calendar.month_name[p.month]} {p.year}"
