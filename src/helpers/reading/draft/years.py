"""The year a plan is for, a term's first year, and the sentences that tell of years already past.
"""

from __future__ import annotations

import re
from collections import Counter

from ...values.period import Lang
from ..grammar import language_of

# A paragraph about a year before the plan's ("In 2022, the province achieved …", "Năm 2023, …
# ước đạt") reports results: it holds no target. A year after "so với", "compared to" is a base.
_YEAR_OF = re.compile(r"(?i)(?<!\d)((?:19|20)\d{2})(?!\d)")
_VISION = re.compile(r"(?i)\b(?:tầm nhìn|vision)\s+(?:đến\s+|to\s+|towards?\s+)?(?:năm\s+)?"
                     r"(?:19|20|21)\d{2}\b")
_DATELINE_DATE = re.compile(r"\([^()]{0,30}\b\d{1,2}/\d{1,2}/$")
_BASE_BEFORE = re.compile(r"(?i)(?:so với|thực hiện|cùng kỳ|giai đoạn|giá so sánh|năm gốc|"
                          r"compared (?:to|with)|over|than|from|since|of|to|against|và|and|-|–)"
                          # ("giảm so với mục tiêu năm 2023 là 5.000ha")
                          r"\s*(?:(?:mục tiêu|kế hoạch|chỉ tiêu|kết quả)\s+)?"
                          r"(?:năm\s*|the year\s*|that\s*)?$")
# (in English, a year after a comparison's words: "equal to the average rate recorded in 2018 and 2019")
_COMPARISON_BEFORE = re.compile(r"(?i)\b(?:equal|equivalent|similar|compared) to\b[^\d.;,]{0,40}$")
# a figure's own year, right after it: "tăng từ mức 51 triệu đồng/người năm 2023 lên 56 triệu đồng/người …"
_FIGURES_YEAR = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|[^\W\d_]+(?:[ /][^\W\d_]+){0,3})\s+năm\s*$")
# Where a plan in prose starts: the first sentence that says what is aimed at.
_PLAN_CUE = re.compile(r"(?i)\b(?:targets?|targeting|targeted|aims?|aiming|set a target|strives?|striving|"
                       r"plans?|"
                       # ("For 2026, the province sets an economic growth rate of 10-11%")
                       r"goals?|looks to|sets (?:an?|its|the)|"
                       r"expected to|expects? to|projected|eyes|"
                       # ("The locality is making efforts to raise the total export revenue to 3.25 billion
                       # USD")
                       r"making (?:every )?efforts? to|"
                       # ("At the conference, delegates discussed solutions to achieve an economic growth rate
                       # of 8% in 2025.")
                       r"(?:solutions|measures) to (?:achieve|reach|attain)|"
                       # (not a programme's name: "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"; nor
                       # an office's: "Sở Kế hoạch và Đầu tư")
                       r"scenarios?|(?<!chương trình )mục tiêu(?! quốc gia)|chỉ tiêu|phấn đấu|"
                       r"kế hoạch(?! và đầu tư)|"
                       # ("Riêng trong năm 2021 dự kiến sẽ trồng khoảng 1 triệu cây xanh.")
                       r"dự kiến sẽ|"
                       # ("Trong Quý I, GRDP của tỉnh được dự kiến đạt mức từ 9,79% trở lên.", "Đến 6 tháng
                       # đầu năm, GRDP được kỳ vọng đạt từ 10,24% trở lên")
                       r"được (?:dự kiến|kỳ vọng) đạt|"
                       # ("… 6 tháng năm 2022 tăng 15,1%, dự kiến cả năm 2022 tăng 16-18%", in August)
                       r"dự kiến (?:cả|hết) năm|"
                       # ("Lâm Đồng Province is seeking to attract 9.7 million tourists this year")
                       r"seek(?:s|ing)? to|"
                       # ("… during 2021, setting its sights on 1.5 billion USD in export revenue")
                       r"set(?:s|ting)? (?:its|their) sights on|"
                       # ("… said that in the next five years the province is set to cut the poverty rate …")
                       r"(?:is|are) set to|"
                       # ("… with a focus on ensuring that this year’s gross regional domestic product (GRDP)
                       # will rise by 6-7% as compared to 2021")
                       r"will (?:rise|increase|grow|expand) by|"
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


def _aim_start(sentence: str, time: int | None, year: int | None) -> int | None:
    """Where ``sentence``, whose time is an earlier ``time``, starts to aim at ``year`` (see
    :func:`_aims_at`), or None: the sentence is then the plan's from there, and the earlier year's results
    before it are none ("Năm 2021 thu ngân sách đạt 4.400 tỉ đồng, …, phấn đấu năm 2022 này đạt 5.500 tỷ …").

    >>> _aim_start("Năm 2021 thu đạt 4.400 tỉ đồng, phấn đấu năm 2022 đạt 5.500 tỷ đồng", 2021, 2022)
    32
    >>> _aim_start("Năm 2021 thu ngân sách đạt 4.400 tỉ đồng", 2021, 2022) is None
    True
    """
    if time is None or year is None or time >= year or not _aims_at(sentence, year):
        return None
    return _PLAN_CUE.search(sentence).start()


def _time_year(paragraph: str) -> int | None:
    """The first year ``paragraph`` names as its time (not a base, "so với năm 2020", nor a period); where it
    names years only right after figures, the latest of them ("tăng từ mức 51 triệu đồng/người năm 2023 lên 56
    triệu đồng/người năm 2024" is 2024's, "đạt 14% năm 2022" 2022's).

    >>> _time_year("Năm 2023, tỉnh đạt 5%")
    2023
    >>> _time_year("tăng từ 51 triệu đồng năm 2023 lên 56 triệu đồng năm 2024")
    2024
    """
    figures_years = []
    for m in _YEAR_OF.finditer(paragraph):
        # (nor a dateline's date in brackets: "Hà Nội (TTXVN 27/2/2024) Đến năm 2030, …")
        dated = _DATELINE_DATE.search(paragraph, max(0, m.start() - 40), m.start())
        if dated and ")" in paragraph[m.end():m.end() + 2]:
            continue
        if _BASE_BEFORE.search(paragraph[max(0, m.start() - 30):m.start()]) or _COMPARISON_BEFORE.search(
                paragraph[max(0, m.start() - 60):m.start()]) or (
                re.match(r"\s*[-–]\s*(?:19|20)\d{2}", paragraph[m.end():])):
            continue
        if _FIGURES_YEAR.search(paragraph[max(0, m.start() - 40):m.start()]):
            figures_years.append(int(m.group(1)))
            continue
        return int(m.group(1))
    return max(figures_years, default=None)


_SPAN_OPENING = re.compile(r"(?i)^\W*(?:(?:trong|in|during|over)\s+)?"
                           r"(?:(?:các|những) năm|giai đoạn|the years|the period)?\s*(?:từ\s+|from\s+)?"
                           r"((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b")


def _past_span(sentence: str, year: int | None) -> bool:
    """Whether ``sentence`` opens on years that all end before ``year``: "Trong các năm từ 2020 - 2023, tốc độ
    tăng trưởng kinh tế … chưa đạt như kỳ vọng (lần lượt là 4%, 6,01% và 6,33%/năm)" tells results.

    >>> _past_span("Trong các năm từ 2020 - 2023, tăng trưởng đạt 4%", 2024)
    True
    >>> _past_span("Giai đoạn 2021-2025, tăng trưởng 7%/năm", 2024)
    False
    """
    m = _SPAN_OPENING.match(sentence)
    return year is not None and m is not None and int(m.group(2)) < year


def _past(paragraph: str, year: int | None) -> bool:
    """Whether ``paragraph`` is about a year before ``year`` (the first year it names as its time)."""
    time = _time_year(paragraph)
    return year is not None and time is not None and time < year


_COMPARED = re.compile(r"(?i)(?:so với|thực hiện|cùng kỳ|giai đoạn)\s*$")


# (and "tổng kết tình hình, kết quả thực hiện nhiệm vụ năm 2023": a conference that sums a year up)
_REVIEWED = re.compile(r"(?i)\btình hình (?:thực hiện )?(?:kế hoạch )?(?:phát triển )?kinh tế\s*[-–]?\s*"
                       r"xã hội[^.;\d]{0,30}?\bnăm\s+(\d{4})\b|\btổng kết\b[^.;\d]{0,60}?\bnăm\s+(\d{4})\b")
_SETS_TARGET_EN = re.compile(r"(?i)\b(?:targets?|targeting|targeted|aims?|aiming|set a target|strives?|"
                             r"striving|goals?|set(?:s|ting)? (?:its|their) sights on)\b")
_AIMS_VI = re.compile(r"(?i)\b(?:phấn đấu|đặt (?:ra )?mục tiêu)\b")
# ("… đã quyết nghị đề ra nhiệm vụ năm 2024 với 16 mục tiêu chủ yếu", "năm 2024 tỉnh đề ra mục tiêu …")
_SETS_TARGET = re.compile(r"(?i)\b(?:đặt mục tiêu|đặt ra mục tiêu|phấn đấu|đề ra (?:\d+ )?chỉ tiêu|"
                          r"đề ra (?:nhiệm vụ|mục tiêu|kế hoạch)|mục tiêu chủ yếu|"
                          r"chỉ tiêu chủ yếu|kế hoạch phát triển|"
                          # ("Chỉ tiêu, nhiệm vụ năm 2024: Hà Tĩnh sẽ giải quyết việc làm 23.000 người.")
                          r"chỉ tiêu,? nhiệm vụ|nhiệm vụ,? chỉ tiêu)\b")


def _year(text: str) -> int | None:
    """The latest year in the title (a short first line); else the year that the sentences which set
    targets name most ("Năm 2025, tỉnh … đặt mục tiêu …"), else the year the text names most,
    comparisons ("so với năm 2020", "thực hiện năm 2023") and the vision ("tầm nhìn đến năm 2050")
    aside (where only a reviewed year is named, "tình hình kinh tế - xã hội … năm 2023", the year after
    it); in English (news of a plan, which tells last year's results first) the latest year named,
    periods ("2021 - 2026") aside, or the year after it for a plan of "next year" that names none."""
    # the latest in the title: "Thành tựu … năm 2020; các chỉ tiêu … năm 2021" is 2021's plan
    first = _first_line(text)
    # (not the vision beside the plan's years: "Quy hoạch tỉnh Bắc Giang thời kỳ 2021 - 2030, tầm nhìn 2050"
    # is 2030's plan)
    title = [int(y) for y in re.findall(r"\b(?:19|20|21)\d{2}\b", _VISION.sub(" ", first))] or [
        int(y) for y in re.findall(r"\b(?:19|20|21)\d{2}\b", first)]
    if title and len(first) < 160 and not first.endswith("."):  # a title, not a paragraph
        # ("Hanoi achieves all 2018 socio-economic targets", over a plan for next year: 2019's)
        if language_of(text) is Lang.EN:
            return max(title) + 1 if _next_years_plan(text) else max(title)
        # ("Năm 2022, xuất khẩu thủy sản của Sóc Trăng đạt hơn 1 tỷ USD", a title of last year's results, over
        # "Năm 2023, tỉnh Sóc Trăng đề ra kế hoạch …": the plan's year)
        later = _planned(text, _term_end(text)) if _RESULT_TITLE.search(first) and not _AIM_TITLE.search(
            first) else None
        return later if later is not None and later > max(title) else max(title)
    # a year after the term's end is the vision ("nhiệm kỳ 2025–2030 … phấn đấu đến năm 2045 trở thành …",
    # "term 2025 - 2030 … By 2045, strive to become …")
    term_end = _term_end(text)
    if language_of(text) is Lang.EN:
        named = [int(m.group(1)) for m in _YEAR_OF.finditer(text)
                 if not re.match(r"\s*[-–]\s*\d{4}", text[m.end():])
                 and not re.search(r"\d{4}\s*[-–]\s*$", text[max(0, m.start() - 8):m.start()])
                 and int(m.group(1)) <= term_end]
        if named and _next_years_plan(text):
            return max(named) + 1
        # the latest year a sentence that sets targets names ("targets economic growth of 8–8.5 per cent …
        # by 2026"), not one of another scheme's horizon ("… farm one million hectares … by 2030")
        # (a base aside: "an increase of 620 USD compared to that 2022")
        sets = [_RANGE_YEAR.sub(" ", s) for s in re.split(r"(?<=[.!?;])\s+|\n", text)
                if _SETS_TARGET_EN.search(s)]
        # (nor the duration of a scheme: "… aligning with green growth goals in the Mekong Delta until 2030")
        planned = [int(m.group(1)) for s in sets for m in _YEAR_OF.finditer(s) if int(m.group(1)) <= term_end
                   and not _BASE_BEFORE.search(s[max(0, m.start() - 20):m.start()])
                   and not re.search(r"(?i)\buntil\s*$", s[max(0, m.start() - 8):m.start()])]
        return max(planned or named) if named else None

    # the year a sentence sets a target for ("Năm 2025, tỉnh … đặt mục tiêu …"), before the year
    # named most (a text may tell last year's results first, "… năm 2024 … vượt mục tiêu đề ra")
    # (not a sentence of targets met: "Trong năm 2021, … với 15/19 chỉ tiêu chủ yếu đạt và vượt kế hoạch")
    # (the years after its aim, where it names one: "Năm 2021 thu ngân sách đạt 4.400 tỉ đồng, …, phấn đấu năm
    # 2022 này đạt 5.500 tỷ đồng" is 2022's)
    planned = _planned(text, term_end)
    if planned is not None:
        return planned
    # the year a session's report reviews ("báo cáo tóm tắt tình hình kinh tế - xã hội của tỉnh năm 2023")
    # is past: where the text names no other, the plan it sets is the next year's
    reviewed = {int(m.group(1) or m.group(2)) for m in _REVIEWED.finditer(text)}
    years = Counter({y: n for y, n in _named(text, term_end).items() if y not in reviewed})
    if years:
        return years.most_common(1)[0][0]
    return max(reviewed) + 1 if reviewed else None


def _term_end(text: str) -> int:
    """The end of the term or plan period the text names (9999: none); a year after it is the vision."""
    # (a term or a plan's period is five years: "giai đoạn 2020-2022", an average's span, caps nothing)
    ends = [int(m.group(2) or m.group(4)) for m in re.finditer(
        # ("Under the plan, set for 2021-2025 with a vision towards 2030, …")
        r"(?i)(?:nhiệm kỳ|giai đoạn|term|period(?: of)?|(?:set|plan) for)\s+(\d{4})\s*[-–]\s*(\d{4})|"
        r"\b(\d{4})\s*[-–]\s*(\d{4})\s+(?:tenure|term|period)\b", text)  # "the 2025–2030 tenure"
        if int(m.group(2) or m.group(4)) - int(m.group(1) or m.group(3)) >= 4]
    return max(ends) if ends else 9999


def _named(part: str, term_end: int) -> Counter:
    """The Vietnamese years ``part`` names ("năm 2025"), comparisons and the vision beyond the plan aside."""
    return Counter(int(m.group(1)) for m in re.finditer(r"(?i)năm\s+(\d{4})\b", part)
                   if not _COMPARED.search(before := part[max(0, m.start() - 20):m.start()])
                   and not re.search(r"(?i)tầm nhìn(?: đến)?\s*$", before)
                   and int(m.group(1)) <= term_end)


def _planned(text: str, term_end: int) -> int | None:
    """The year the Vietnamese sentences that set targets name most (of equals, the first named), or None."""
    planned = sum((_named(s[_SETS_TARGET.search(s).start():], term_end) or _named(s, term_end)
                   for s in re.split(r"(?<=[.!?;])\s+|\n", text)
                   if _SETS_TARGET.search(s) and not (_MET.search(s) and not _AIMS_VI.search(s))),
                  Counter())
    return planned.most_common(1)[0][0] if planned else None


_RESULT_TITLE = re.compile(r"(?i)\b(?:đạt|vượt)\b")
_AIM_TITLE = re.compile(r"(?i)\b(?:phấn đấu|mục tiêu|kế hoạch|chỉ tiêu|đặt|hướng tới|hướng đến)\b")
_NEXT_YEAR = re.compile(r"(?i)\bnext year\b")
# targets met: "achieved", "exceeded"; "15/19 chỉ tiêu chủ yếu đạt và vượt kế hoạch"
_MET = re.compile(r"(?i)\b(?:achiev\w*|surpass\w*|exceed\w*|met|complet\w*|fulfill?\w*|đạt và vượt|"
                  r"vượt (?:kế hoạch|mục tiêu|chỉ tiêu)|(?:đã )?hoàn thành và vượt)\b")
_RANGE_YEAR = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}")


def _next_years_plan(text: str) -> bool:
    """Whether an English text sets "next year's" plan and names no year for any plan of its own: "Hanoi has
    surpassed all 20 of the … targets set for this year …. Hanoi will strive to raise next year's regional
    gross domestic product by at least 7.5 percent" is the plan of the year after the latest named ("this
    year" is then a past one).

    >>> _next_years_plan("Targets were met this year, in 2018. It will strive for 7.5 percent next year.")
    True
    >>> _next_years_plan("The city is targeting 6 percent in 2021, which the council set for next year.")
    False
    """
    sentences = re.split(r"(?<=[.!?])\s+|\n", text)
    if not any(_NEXT_YEAR.search(s) and _PLAN_CUE.search(s) for s in sentences):
        return False
    # (a sentence of targets met names the year they were met in: "Hanoi achieves all 2018 … targets")
    return not any(_PLAN_CUE.search(s) and _YEAR_OF.search(_RANGE_YEAR.sub(" ", s)) and not _MET.search(s)
                   for s in sentences)


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


# a page's date line over its title: "Thứ năm, 29/12/2022 09:51 (GMT+7)", "12/04/2022 15:45"
_DATE_LINE = re.compile(r"(?i)^\W*(?:(?:thứ\s+\w+|chủ nhật)\s*,?\s*)?\d{1,2}[/-]\d{1,2}[/-]\d{4}"
                        r"(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?)?(?:\s*\(gmt[^)]*\))?\W*$")


def _first_line(text: str) -> str:
    """The text's first line (its title, where it has one), a date line before it left out."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    line = next((ln for ln in lines if not _DATE_LINE.match(ln)), lines[0] if lines else "")
    return line[:200]
