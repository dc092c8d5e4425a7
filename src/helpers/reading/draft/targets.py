"""One list item into its targets: the name, kind, values, unit and basis of each figure, and the
figures that are context, not targets.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata

from ...values import units
from ...values.period import Lang
from .. import terms
from ..grammar import Bound, Figure, figures, fold
from .items import _Item
from .tables import _COUNTED

_CLAUSE_END = re.compile(r";|(?<!\bNo)\.(?=\s|$)|\n")  # (not "Resolution No. 259/NQ-HDND")
_LEAD_NOISE = re.compile(r"^[\s,:;.\-–()]+|[\s,:;\-–(]+$")
_TRAILING_VERBS = re.compile(r"(?:(?:^|\s+)(?:đạt|ở mức|là|đạt mức|phấn đấu đạt|phấn đấu|từ|thêm|có|còn|"
                             r"ước đạt|dự kiến|mức|cho|chiếm|đón|với|tương ứng))+$", re.IGNORECASE)
_LEADING_VERBS = re.compile(r"^(?:(?:phấn đấu|đạt|huy động|ước)\s+)+", re.IGNORECASE)
# ", bằng 109,4% so với năm 2020" after an amount (after the unit's "per" part too: "83,4 triệu đồng/năm, …")
# describes that amount, as does a rise in points after a rate ("đạt trên 10%, tăng trên 3,45 điểm %"); it is
# not a target of its own
_DESCRIBES = re.compile(r"^(?:\s*/\s*[^\W\d_]+)*\s*,\s*(?:tăng|giảm|chiếm|bằng|đạt)\b", re.IGNORECASE)
# (but a growth in per cent after an amount is one: "… đạt 122.566,9 tỷ đồng, tăng 18,5%")
_GROWS = re.compile(r"^\s*,\s*tăng\b", re.IGNORECASE)


# ("…, đạt tổng sản lượng 1,57 triệu tấn": a quantity named after "đạt")
_NAMED_AFTER_DAT = re.compile(r",\s*đạt\s+(?:[^\W\d_]+\s+){2,}$", re.IGNORECASE)


def _names_another(lead: str, fig: Figure, primary: Figure) -> bool:
    """Whether the words before ``fig`` name a quantity of its own, in another dimension than the figure
    before (``primary``): "… khoảng 53.000 ha, đạt tổng sản lượng 1,57 triệu tấn" sets the output too.

    >>> from ..grammar import figures
    >>> area, output = figures("khoảng 53.000 ha, đạt tổng sản lượng 1,57 triệu tấn")
    >>> _names_another(", đạt tổng sản lượng ", output, area)
    True
    >>> share = figures("53.000 ha, đạt 95%")[1]
    >>> _names_another(", đạt ", share, area)
    False
    """
    if fig.unit in (None, "percent") or primary.unit in (None, "percent"):
        return False
    if not _NAMED_AFTER_DAT.search(lead):
        return False
    return units.UNITS[fig.unit].dimension != units.UNITS[primary.unit].dimension


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


_NAMED_AFTER = re.compile(r"(?i)\bchỉ tiêu\s*$")  # "chỉ tiêu 80% tổ chức cơ sở đảng …"
_AIMS = re.compile(r"\b(?:phấn đấu(?:\s+đạt)?|đặt (?:ra )?mục tiêu|đề ra mục tiêu)\s+", re.IGNORECASE)


# an English figure named after it: "Northern port city targets 12.7-13% in GRDP growth."
_NAMED_IN = re.compile(r"\s+in\s+([^,;.()\d]{3,60})")


def _name(before: str, after: str, last: bool = True) -> tuple[str, bool]:
    """A target's name: the words before its figure, or after it when there are none; and
    whether it came from the words after."""
    cut = fold(before).rfind("trong đó")
    if cut >= 0:
        before = before[cut + len("trong đó"):]
    named_after = bool(_NAMED_AFTER.search(before))
    if named_after:  # "đưa ra chỉ tiêu 80% tổ chức cơ sở đảng …": named by the words after
        before = ""
    aims = list(_AIMS.finditer(before))  # "Theo nghị quyết …, tỉnh phấn đấu đạt tốc độ tăng trưởng …"
    if aims and len(before[aims[-1].end():].split()) >= 2:
        before = before[aims[-1].end():]
    head, colon, tail = before.rpartition(":")
    if colon and len(tail.split()) > 3:
        before = tail  # "… giao chỉ tiêu … để triển khai thực hiện: Tốc độ tăng GRDP 8,6%"
    raw = " ".join(_LEAD_NOISE.sub("", before).split())
    name = _TRAILING_VERBS.sub("", raw).strip(" ,:;–-")
    name = _LEADING_VERBS.sub("", name)
    name = re.sub(r"^(?:với|và)\s+", "", name, flags=re.IGNORECASE)
    rest = " ".join(_LEAD_NOISE.sub("", after if last or named_after else "").split())
    rest = re.sub(r"^(?:số|các|những)\s+", "", rest).strip(" ,:;.–-")
    if len(name) < 3:
        if named_after:  # (up to its comma: ", kết nạp từ 8.000 đảng viên" is the next target's)
            rest = rest.split(",")[0].strip()
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
    """A readable id from a Vietnamese name: "Kim ngạch xuất khẩu" -> ``kim_ngach_xuat_khau``; a second
    of the same name gets a number (``taken`` holds the ids given, and takes the new one).

    Examples
    --------
    >>> taken = set()
    >>> slug("Kim ngạch xuất khẩu", taken), slug("Kim ngạch xuất khẩu", taken)
    ('kim_ngach_xuat_khau', 'kim_ngach_xuat_khau_2')
    """
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
    # ... but what is dealt with of it should rise ("cơ sở gây ô nhiễm … được xử lý đạt 100%"), and so should
    # an income, whoever's ("tăng thu nhập bình quân đầu người của các hộ nghèo năm 2020 gấp 2 lần")
    if any(w in fold(name) for w in terms.LOWER_IS_BETTER) and not re.search(
            r"\bgiảm\b|xử lý|khắc phục|thoát nghèo|\bthu nhập\b|\bincomes?\b", fold(name)):
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
# (and a bare "còn": "nông, lâm, thủy sản còn 8,5%", a share down to)
_DOWN_TO = re.compile(r"(?:giảm\b[^,;]{0,60}?\s(?:xuống\s+)?còn|giảm\b[^,;]{0,60}?\sxuống|xuống\s+còn|"
                      r"(?:^|(?<=\s))còn|"
                      r"(?:(?:reduce|decrease|decline|fall|drop)[sd]?|reducing|decreasing|cutting|"
                      r"bringing down)\b[^,;]{0,60}?\sto|down\s+to)"
                      r"(?:\s+(?:mức|dưới|khoảng))?\s*$")
# "the poverty rate reducing 4% compared to the previous year, to 17.66%": the level after a fall by
_FALL_BY = re.compile(r"(?i)\b(?:reduc|decreas|declin|fall|dropp?)\w*\s*$")
_THEN_TO = re.compile(r"(?i)^\s*(?:compared (?:to|with)\b[^,;]{0,40})?,\s*(?:down\s+)?to\s*$")


# Inside brackets after a figure: an explanation ("do năm 2020 là năm gốc, tăng 2,06%") or an
# outcome measured against last year's actual ("giảm 28,3% so với thực hiện năm 2020"), not a target.
# (or the month's average of a year's target: "(bình quân 1 tháng khoảng 21 ngàn tỷ đồng)")
_EXPLAINS = re.compile(r"^\(\s*(?:do|vì|because)\b|so với thực hiện|so với ước thực hiện|"
                       r"^\(\s*(?:bình quân|trung bình)\s+(?:1|một|mỗi)\s+tháng\b", re.IGNORECASE)
# ... or the figure it replaces ("will reach 9.9% (initial scenario 12.3%)", "(kịch bản ban đầu 12,3%)")
_SUPERSEDED = re.compile(r"^\(\s*(?:initial|original|previous|earlier|old)\w*\b|kịch bản ban đầu|"
                         r"kế hoạch ban đầu|trước (?:đây|điều chỉnh)", re.IGNORECASE)
# A target named as the aim of another ("… aim to reach 104.1 trillion VND to meet the economic growth
# target of 10.5%", "để đạt mục tiêu tăng trưởng 10,5%"): the target is drafted where it is set
_RESTATED = re.compile(r"(?:to (?:meet|achieve|reach|attain)|để (?:đạt|hoàn thành|thực hiện))\s+(?:the\s+)?"
                       r"[^,;()]{0,50}?(?:target|goal|mục tiêu|chỉ tiêu)(?:\s+of)?\s*$", re.IGNORECASE)

# "Hội nghị được tổ chức theo hình thức trực tuyến 3 cấp", "kết nối tới 18 điểm cầu": how a meeting was held
_MEETING_LEAD = re.compile(r"(?i)\b(?:trực tuyến|trực tiếp|kết hợp|kết nối(?: (?:tới|đến|với))?)\s*$")
_MEETING_AFTER = re.compile(r"(?i)^\s*(?:cấp|điểm cầu)\b")

# "… with attendance from … representatives of all 135 communes and wards": who came
_ATTENDANCE_LEAD = re.compile(r"(?i)\b(?:representatives|delegates|leaders|đại diện|đại biểu)\s+"
                              r"(?:of|from|của)\s+(?:all\s+|the\s+|các\s+)?$")
# "phát huy tiềm năng lợi thế của 2 địa phương": which places (the merged provinces), no count to reach
_WHICH_PLACES = re.compile(r"(?i)\b(?:của|giữa)\s*$")
# "với 91/91 đạt biểu có mặt tán thành (đạt tỉ lệ 100%)": the vote
_VOTE_LEAD = re.compile(r"(?i)\btán thành\s*\(\s*(?:đạt\s+)?(?:tỉ|tỷ) lệ\s*$")
# "This growth rate ranked 3rd in the country, after Bac Giang (13.6%) and Ninh Thuan (13%)."
_RANKED_AFTER_LEAD = re.compile(r"(?i)\b(?:ranked|ranks|ranking)\b[^.;]{0,60}\b(?:after|behind)\b"
                                r"(?:[^.;]|\.(?=\d)){0,80}\(\s*$")
# "… expected to grow 8.9%, higher than the 4.5% recorded last year"
_LAST_YEARS_AFTER = re.compile(r"(?i)^\s*(?:recorded|posted|seen|achieved|reached) "
                               r"(?:last year|in the previous year)\b")
# "Khmer people account for nearly 32% of the total population of the province."
_SHARE_LEAD_EN = re.compile(r"(?i)\baccounts? for\s*$")
_OF_POPULATION_AFTER = re.compile(r"(?i)^\s*of (?:the )?(?:total |whole )?population\b")
# "(giảm so với mục tiêu năm 2023 là 5.000ha)"
_EARLIER_TARGET_LEAD = re.compile(r"(?i)\bso với\s+(?:mục tiêu|kế hoạch|chỉ tiêu|kết quả)?\s*(?:của\s+)?"
                                  r"năm\s+\d{4}\s*(?:là|:)?\s*$")
# "… to US$1 billion this year, against last year's $853 million"
_LAST_YEARS_LEAD = re.compile(r"(?i)\b(?:against|compared (?:to|with)|versus|from)\s+"
                              r"(?:last|the previous) year['’]s(?:\s+(?:figure|level|result))?(?:\s+of)?\s*$")
# "33 aquatic processing factories … with a combined capacity of some 125,000 tonnes each year"
_CAPACITY_LEAD = re.compile(r"(?i)\b(?:with|has|have|had) an? (?:combined |total |designed )?capacity of"
                            r"(?:\s+(?:some|about|around|over|nearly))?\s*$")
# after a target: its distance from a year before, "(GRDP) of 12%, 3.44% higher than in 2024"
_ABOVE_A_YEAR = re.compile(r"(?i)\s*(?:percentage points?\s+)?(?:higher|lower|more|less|above|below) than "
                           r"(?:in |that of |the level of )?(?:19|20)\d{2}\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)\s*$")
_CONVERTED = re.compile(r"(?i)\(\s*(?:quy đổi|quy ra)(?:\s+(?:khoảng|tương đương))?\s*$")
_OWN_AIM = re.compile(r"(?i)\b(?:aims?|aiming|strives?|striving|plans?|seeks?|targets?|phấn đấu)\s+$")

# the country's target named in the province's text: "mục tiêu tăng trưởng cả nước năm 2025 đạt 8% trở lên"
# ("national standards" is a standard's name, not the country's target)
_NATIONAL_LEAD = re.compile(r"(?:cả nước|toàn quốc|nationwide|the (?:country|nation)(?:['’]s)?|"
                            r"national (?:gdp|growth|economy))(?!\w)[^;,.:()]{0,40}$", re.IGNORECASE)
# "the National Assembly assigned the Government an economic growth target of 6.5-7%", "the Prime Minister set
# a target of …": the country's, unless the province is named after it ("Thủ tướng giao cho tỉnh …")
_NATIONAL_ACTOR = re.compile(r"(?i)\b(?:national assembly|quốc hội|prime minister|thủ tướng|"
                             # "the Party Central Committee issued Conclusion No. 123-KL/TW … 8% or more"
                             r"party central committee|politburo|bộ chính trị|ban chấp hành trung ương)\b")
_PROVINCE_WORD = re.compile(r"(?i)\b(?:tỉnh|thành phố|province|provincial|city)\b")
# a district's official quoted in the province's text ("Chairman of Thoi Binh District People's Committee,
# said: "To achieve the target of GDP growth of 8% or more, the district …", "Chủ tịch UBND huyện … cho
# biết"): the district's target (not "số huyện đạt chuẩn nông thôn mới", the province's count of districts)
_DISTRICT_SPEAKER = re.compile(r"(?i)\b(?:chairman|chairwoman|secretary|director|head|chủ tịch|bí thư)\b"
                               r"[^.;\"“”]{0,60}?\b(?:district|town|commune|huyện|quận|thị xã|xã)\b"
                               r"[^.;\"“”]{0,60}?\b(?:said|says|stated|noted|cho biết|nói|chia sẻ|"
                               r"khẳng định)\b")
# "devising an aid package of some 4 trillion VND": a measure's amount
# (and its parts after it: "…, in which 1 trillion VND …")
_PACKAGE_LEAD = re.compile(r"(?i)\b(?:aid|support|relief|stimulus) package\b[^;]{0,120}$|"
                           r"\bgói (?:hỗ trợ|kích cầu)[^;]{0,120}$|"
                           # a reward's worth: "will be presented a welfare facility worth VND500 million"
                           # (and its conversion: "a facility worth two billion VND (US$87,723)")
                           r"\b(?:presented|awarded|rewarded|granted|facility|reward|prize|bonus|gift)\b"
                           r"[^;.]{0,60}?\bworth\b(?:[^;.()]{0,30}\()?\s*$|"
                           r"\b(?:được thưởng|khen thưởng|phần thưởng)\b[^;.]{0,60}$")


def _national_actor(lead: str) -> bool:
    """Whether ``lead`` names the country's legislature or government head as the setter, and no province
    after it.

    >>> _national_actor("In 2025, the National Assembly assigned the Government a growth target of ")
    True
    >>> _national_actor("Thực hiện nghị quyết của Quốc hội, tỉnh phấn đấu tăng trưởng ")
    False
    """
    actors = list(_NATIONAL_ACTOR.finditer(lead))
    return bool(actors) and not _PROVINCE_WORD.search(lead, actors[-1].end())


# the figure a target replaces: "… tăng từ 10,16 - 11,94%, so với mức 11,18% của kế hoạch ban đầu", "thay cho
# mục tiêu 12% trước đó", "instead of the 12% target"
_REPLACED_LEAD = re.compile(r"(?i)\b(?:thay cho|thay vì|instead of|replacing)(?:\s+(?:mục tiêu|mức|chỉ tiêu|"
                            r"the(?:\s+previous)?(?:\s+target of)?))?\s*$")
_COMPARED_LEAD = re.compile(r"(?i)\bso với(?:\s+mức)?\s*$")
_FIRST_PLAN_AFTER = re.compile(r"(?i)^\s*(?:của\s+)?(?:kế hoạch|kịch bản|mục tiêu|chỉ tiêu)\s+"
                               r"(?:ban đầu|trước đó|cũ)")
# a ratio to a base or to the plan, in English: "equivalent to nearly 90% of the figure recorded in the
# second half of 2019", "surpassing by 1.2% of the year’s estimates", "fulfilling 96.27% of the year’s
# target" (not a share of GRDP, "equivalent to 30% of GRDP", which a plan may set, nor a plan's "Complete
# 100% of the targets", "disburse at least 95% of the plan")
_RATIO_LEAD = re.compile(r"(?i)\b(?:equivalent|equal) to(?:\s+(?:about|nearly|around|some|almost|over))?\s*$|"
                         r",\s*(?:surpassing|exceeding|fulfilling)(?:\s+by)?\s*$")
_OF_BASE_AFTER = re.compile(r"(?i)^\s*of (?:the |this |its )?(?:figure|level|same period|"
                            r"(?:year['’]s |annual )?(?:estimates?|targets?|plans?)\b)")
# (and in Vietnamese, after a figure: "tăng 9,3% so với năm 2020, bằng 100,3% kế hoạch năm")
_RATIO_LEAD_VI = re.compile(r"(?i),\s*bằng\s*$")
_EXCEEDS_LEAD_VI = re.compile(r"(?i)\bvượt\s*$")
_OF_PLAN_AFTER_VI = re.compile(r"(?i)^\s*(?:so với\s+)?(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu)\b")
# "to reach over 14%, an increase of 2% compared to the target assigned by the Central Government": a margin
# (not "8,5%, cao hơn mục tiêu Chính phủ giao": a target said to beat another is still one)
_OVER_TARGET_AFTER = re.compile(r"(?i)^\s*(?:compared (?:to|with)|so với)\s+(?:the\s+)?"
                                r"(?:target|mục tiêu|chỉ tiêu)\b")
# "Series of solutions to achieve 8% growth target": a target named as the aim, the name after it
_AIM_LEAD = re.compile(r"(?i)\b(?:to (?:meet|achieve|reach|attain)|để (?:đạt|hoàn thành)(?: được)?)\s+"
                       r"(?:the\s+)?$")
_AIM_AFTER = re.compile(r"(?i)^\s*(?:[^\W\d_]+\s+){0,2}(?:target|goal)\b")
# "surpassing the VND100 trillion ($4.2 billion) milestone the city recorded for the first time last year": a
# level reached before, which the target passes
_PASSED_LEAD = re.compile(r"(?i)\b(?:surpass\w*|exceed\w*|beyond|topping)\s+(?:the\s+)?$")
_MILESTONE_AFTER = re.compile(r"(?i)^(?:[^;.]|\.(?=\d)){0,40}?\b(?:milestone|mark|threshold|record|mốc)\b")
# "với 100% đại biểu có mặt tán thành, HĐND … thông qua Nghị quyết": the vote, no target
_VOTERS_AFTER = re.compile(r"(?i)\s*(?:of\s+(?:the\s+)?)?(?:số\s+)?(?:đại biểu|delegates|deputies)\b")
# "… đạt khoảng 11%, cao hơn mức mục tiêu dự kiến Chính phủ giao (trên 10%)": the target beaten
_BEATEN = re.compile(r"(?i)\b(?:cao hơn|vượt|higher than|above|exceeding)\s+(?:mức\s+)?(?:mục tiêu|chỉ tiêu|"
                     r"the target|target)[^;.]{0,40}?(?:giao|assigned|set)\s*\(?\s*$")
# a count of what a session passed: "Kỳ họp đã thảo luận, thông qua 21 nghị quyết"
_PASSED_DOCS_LEAD = re.compile(r"(?i)\b(?:thông qua|ban hành|passed|adopted|approved)\s*$")
_DOCS_AFTER = re.compile(r"(?i)^\s*(?:nghị quyết|quyết định|văn bản|đề án|tờ trình|resolutions?|"
                         r"decisions?)\b")
# a target's history: "has adjusted the growth target twice, from 7% to 8% and most recently, …, it is 8.7%"
_ADJUSTED_LEAD = re.compile(r"(?i)\b(?:adjust\w*|revis\w*|điều chỉnh)\b[^;.]{0,60}?\b(?:targets?|mục tiêu|"
                            r"chỉ tiêu)\b[^;.]{0,30}$")
# ... or the figure it was adjusted from, the new one after it: "to adjust the economic growth target for 2025
# from 6.5% in Resolution No. 58/NQ-HDND dated December 10, 2024 to increase to a minimum of 8%"
_ADJUSTED_FROM = re.compile(r"(?i)\b(?:from|từ)\s*$")
_ADJUSTED_TO_AFTER = re.compile(r"(?i)^(?:[^;.]|(?<=\bNo)\.){0,120}?\b(?:to|lên)\b[^;.]{0,40}?\d")
_LATER_AFTER = re.compile(r"(?i)^[^;.]{0,20}?\b(?:most recently|lately|later|then|sau đó|gần đây nhất)\b"
                          r"[^;]{0,120}?\d")
# A clause of a year-end review that measures a result against the plan tells results: its plan in
# brackets ("… (GRDP) cả năm đạt 7,26% (kế hoạch tăng 7% – 7,5%)", "… ước đạt 76,8 triệu đồng (kế hoạch
# 78-79 triệu đồng)"), whose figures are the targets, or a level's share of the plan after it ("tổng thu ngân
# sách 11.260 tỷ đồng, đạt 121% dự toán năm, tăng 27,6% so với cùng kỳ", "… đạt 3,05 tỷ USD, tăng 6,5% so
# cùng kỳ, đạt 101,6% kế hoạch")
# (not a plan's own clause, which may give the plan it raises in brackets: "… đặt mục tiêu phấn đấu tăng
# trưởng … đạt từ 8% trở lên (chỉ tiêu đề ra là 7,6%)", "… đặt mục tiêu … tăng 9,3% so với năm 2020, bằng
# 100,3% kế hoạch năm")
_AIMS = re.compile(r"(?i)\b(?:phấn đấu|mục tiêu|đặt ra|đề ra|dự kiến|strives?|aims?|targets?)\b")
_PLAN_BRACKET = re.compile(r"(?i)\(\s*(?:kế hoạch|kh|mục tiêu|chỉ tiêu|nghị quyết)\b[^()]{0,60}?\d[^()]*\)")
_LEVEL_SHARE_OF_PLAN = re.compile(r"(?i)\d[^;()]*?,\s*(?:đạt|bằng)\s+[\d.,]+\s*%\s*(?:so với\s+)?"
                                  r"(?:kế hoạch|dự toán)\b")
# "the city's growth in 2026 is forecast at around 8.5-9%": an estimate, not what the plan sets
_FORECAST = re.compile(r"(?i)\b(?:forecast(?:ed)?|dự báo)\b[^;,.:()]{0,30}$")
# "bằng 83% so mức GRDP bình quân đầu người của vùng …": a level against another territory's
_TERRITORY_AFTER = re.compile(r"^\s*so(?:\s+với)?\b[^;.]{0,80}?\b(?:vùng|cả nước|toàn quốc|bình quân chung|"
                              r"the region|the country|national average)\b", re.IGNORECASE)
# "46 - 48 triệu đồng, tương đương khoảng 1.800 USD": the figure before in another currency
# (after the amount's "per" unit too: "84.3 million VND/person/year, equivalent to 3,590 USD")
_EQUIVALENT = re.compile(r"^(?:\s*/\s*[^\W\d_]+)*[\s,(]*(?:tương đương|tương ứng|equivalent to|or about|or)"
                         r"\s*$", re.IGNORECASE)
# "… nhằm đạt mức tăng trưởng trên 10%, cao hơn mục tiêu 9,5% Chính phủ giao": the target compared with
_COMPARED_TARGET = re.compile(r"(?i)\b(?:cao hơn|thấp hơn|vượt|higher than|above|exceeding)\s+(?:the\s+)?"
                              r"(?:mục tiêu|chỉ tiêu|kế hoạch|target(?: of)?)\s*$")
# what the target before comes to: "GRDP … dự kiến tăng 10,6%, tương ứng tăng thêm khoảng 6.490 tỷ đồng"
_COMES_TO = re.compile(r"(?i)^\W*tương ứng\s+(?:với\s+)?(?:tăng thêm|tăng|giảm)(?:\s+khoảng)?\s*$")


def _context_figure(clause: str, fig: Figure, before: Figure | None) -> str:
    """Why a figure of a target's clause is not a target of its own, or ''."""
    if fig.against:
        return "the whole or plan the figure before it is counted against (the B of 'A/B'), not a target"
    lead = fold(clause[:fig.number_start])
    if fig.low == fig.high == 1 and fig.unit != "percent" and re.search(r"(?:trên|mỗi|/|per|a)\s*$",
                                                                        lead) or (
            fig.low == fig.high in (100, 1000, 10000, 100000) and re.search(r"(?:/|\bper)\s*$", lead)):
        return "a denominator ('trên 1 ha', 'per 10,000 people'), not a target"
    restated = _RESTATED.search(clause[:fig.number_start])
    # (not the sentence's own aim: "aims to achieve and even surpass the growth target of 6.5% this year")
    # (but "aim to reach 104.1 trillion VND to meet the economic growth target of 10.5%" names another's)
    own = restated and _OWN_AIM.search(clause[:restated.start()]) and not re.search(r"\d", restated.group())
    # (nor a sentence that opens on the aim: "To achieve the economic growth target of 6.5%-7.0%/year, it is
    # necessary to focus all resources …" sets it; said again elsewhere, the draft keeps one)
    own = own or restated and _SENTENCE_START.search(clause[:restated.start()])
    if restated and not own or (
            _AIM_LEAD.search(clause[:fig.start]) and _AIM_AFTER.match(clause[fig.end:])):
        return "a target named as the aim of another, drafted where it is set"
    # (a rate's distance in points from last year's; an amount's is a target of its own, "… 154,761 billion
    # VND, about 18,500 billion VND higher than in 2024", as the readings have it)
    if before is not None and fig.unit == before.unit == "percent" and _ABOVE_A_YEAR.match(clause, fig.end):
        return "how far the rate before it lies from an earlier year's, not a target"
    if _NATIONAL_LEAD.search(clause[:fig.start]) or _national_actor(clause[:fig.start]):
        return "the country's target, not the province's"
    if _DISTRICT_SPEAKER.search(clause[:fig.start]):
        return "a district's target quoted by its official, not the province's"
    if _COMPARED_TARGET.search(clause[:fig.start]):
        return "another's target the figure before it is compared with, not a target"
    if _COMES_TO.match(clause[before.end if before else 0:fig.start]):
        return "what the target before it comes to, not a target of its own"
    if _ATTENDANCE_LEAD.search(clause[:fig.start]):
        return "who attended a meeting, not a target"
    if fig.written == "địa phương" and _WHICH_PLACES.search(clause[:fig.start]):
        return "names which places, not a count to reach"
    if _MEETING_LEAD.search(clause[:fig.start]) and _MEETING_AFTER.match(fig.written or ""):
        return "the form of a meeting ('trực tuyến 3 cấp'), not a target"
    if _VOTE_LEAD.search(clause[:fig.start]):
        return "the share of the delegates who voted, not a target"
    if _RANKED_AFTER_LEAD.search(clause[:fig.start]):
        return "another province's figure beside a ranking, not a target"
    if _SHARE_LEAD_EN.search(clause[:fig.start]) and _OF_POPULATION_AFTER.match(clause[fig.end:]):
        return "a share of the population as it stands, not a target"
    if _EARLIER_TARGET_LEAD.search(clause[:fig.start]):
        return "an earlier year's figure the target is compared with, not a target"
    if fig.written == "sao" and re.search(r"(?i)\bđạt\s*$", clause[:fig.start]):
        return "a product's grade ('OCOP đạt 3 sao trở lên'), not a target"
    if _LAST_YEARS_LEAD.search(clause[:fig.start]) or _LAST_YEARS_AFTER.match(clause[fig.end:]):
        return "last year's figure the target is set against, not a target"
    if _CAPACITY_LEAD.search(clause[:fig.start]):
        return "a capacity standing, not a target"
    if _PACKAGE_LEAD.search(clause[:fig.start]):
        return "the amount of a support package or a reward, not a target"
    if _PASSED_DOCS_LEAD.search(clause[:fig.start]) and (
            _DOCS_AFTER.match(fig.written) or _DOCS_AFTER.match(clause[fig.end:])):
        return "the count of the resolutions or documents a session passed, not a target"
    if fig.is_range and _ADJUSTED_LEAD.search(clause[:fig.start]) and _LATER_AFTER.match(clause[fig.end:]):
        return "the figures a target was adjusted between before its latest, not a target"
    if _ADJUSTED_LEAD.search(clause[:fig.start]) and _ADJUSTED_FROM.search(clause[:fig.number_start]) and (
            _ADJUSTED_TO_AFTER.match(clause[fig.end:])):
        return "the figure a target replaces, not a target"
    if _FORECAST.search(clause[:fig.start]):
        return "a forecast, not a target"
    if _REPLACED_LEAD.search(clause[:fig.start]) or (
            _COMPARED_LEAD.search(clause[:fig.start]) and _FIRST_PLAN_AFTER.match(clause[fig.end:])):
        return "the figure a target replaces, not a target"
    if fig.unit == "percent" and _RATIO_LEAD.search(clause[:fig.start]) and _OF_BASE_AFTER.match(
            clause[fig.end:]):
        return "a ratio to a base or to the plan, not a target"
    if fig.unit == "percent" and before is not None and _RATIO_LEAD_VI.search(
            clause, before.end, fig.start) and _OF_PLAN_AFTER_VI.match(clause[fig.end:]):
        return "a ratio to a base or to the plan, not a target"
    if _OVER_TARGET_AFTER.match(clause[fig.end:]):
        return "a margin over another's target, not a target"
    # ("… đạt 3,6 tỷ USD, tăng hơn 15,9% so năm 2021 và vượt 7,46% kế hoạch năm 2022")
    if fig.unit == "percent" and _EXCEEDS_LEAD_VI.search(clause[:fig.start]) and _OF_PLAN_AFTER_VI.match(
            clause[fig.end:]):
        return "a margin over the plan ('vượt … kế hoạch'), not a target"
    if _PASSED_LEAD.search(clause[:fig.start]) and _MILESTONE_AFTER.match(clause[fig.end:]):
        return "a level reached before that the target passes, not a target"
    if _VOTERS_AFTER.match(clause, fig.end):
        return "the share of the deputies who voted, not a target"
    if _BEATEN.search(clause[:fig.start]):
        return "the target the plan is said to beat (another's), not a target of its own"
    if re.search(r"(?i)\bbằng\s*$", clause[:fig.start]) and _TERRITORY_AFTER.match(clause[fig.end:]):
        return "a comparison with another place's level, not a target"
    if before is not None and _currencies(before, fig) and _EQUIVALENT.match(clause[before.end:fig.start]):
        return "a conversion into another currency of the figure before it"
    # ("trồng cây phân tán 890.000 cây (quy đổi 890 ha)": the figure before converted into another unit)
    if _CONVERTED.search(clause, max(0, fig.start - 20), fig.start):
        return "a conversion of the figure before it ('quy đổi'), not a target"
    open_at = clause.rfind("(", 0, fig.start)
    if open_at < 0 or clause.rfind(")", 0, fig.start) > open_at or before is None or before.end > open_at:
        return ""
    inside = clause[open_at:clause.find(")", fig.end) if ")" in clause[fig.end:] else len(clause)]
    if _currencies(before, fig) and re.fullmatch(r"\s*(?:/\s*năm\s*)?(?:trở lên|trở xuống)?\s*",
                                                 clause[before.end:open_at]):  # "6.300 USD/năm trở lên (…"
        return "a conversion into another currency of the figure before it"
    # (a money figure restated in brackets in another unit, the bracket holding it alone: "8 - 10 triệu
    # đồng/người/tháng (100 - 120 triệu đồng/người/năm)")
    if not clause[before.end:open_at].strip() and not clause[open_at + 1:fig.start].strip() and (
            re.fullmatch(r"\s*(?:/\s*năm)?\s*", inside[fig.end - open_at:])) and (
            _money(before) and _money(fig)):
        return "the figure before it restated in another unit, not a target"
    if _EXPLAINS.search(inside):
        return "context in brackets (an explanation or an outcome against last year's), not a target"
    if _SUPERSEDED.search(inside):
        return "the figure in brackets that the one before it replaces, not a target"
    return ""


# an English rise from one level to another (not "growth of from 7 to 7.5 percent", a range)
_RISES_FROM = re.compile(r"(?i)\b(?:increas\w*|rais\w*|lift\w*|boost\w*)\b(?![^;]*\bgrow)[^;]{0,100}$")
# (the levels' own years between: "tăng từ mức 51 triệu đồng/người năm 2023 lên 56 triệu đồng/người năm 2024")
# (and in English: "from 14.74% at the end of 2018 to 11.74% at the end of 2019")
_RAISED_TO = re.compile(r"(?:\s*/\s*[^\W\d_]+)*(?:\s+năm\s+\d{4}|\s+(?:at the end of|in) \d{4})?\s*"
                        r"(?:lên|xuống|xuống còn|còn|to)"
                        r"(?:\s+mức)?\s*", re.IGNORECASE)
_LOWERED = re.compile(r"(?i)\b(?:reduc\w*|decreas\w*|lower\w*|cut\w*|bring\w* down)\b[^;]{0,100}$")
_FROM_LEVEL = re.compile(r"(?i)\btừ\s+mức\s*$")


def _raised_from(clause: str, fig: Figure, then: Figure) -> bool:
    """Whether ``fig`` is the level a target starts from: "nâng tỷ lệ đô thị hóa từ 29,4% lên khoảng
    41,45%" (the target is the second).

    >>> from ..grammar import figures
    >>> clause = "nâng tỷ lệ đô thị hóa từ 29,4% lên khoảng 41,45%"
    >>> _raised_from(clause, *figures(clause))
    True
    """
    # (a range too, raised to another: "điều chỉnh mục tiêu tốc độ tăng trưởng GRDP từ 6,5-7% lên 7,5-8%"; not
    # "to", which joins a range's ends in English)
    raised = _RAISED_TO.fullmatch(clause, fig.end, then.start)
    return ((fold(clause[fig.start:fig.number_start]).strip() in ("từ", "from")
             or bool(_FROM_LEVEL.search(clause[:fig.start]))) and fig.unit == then.unit
            and bool(raised) and (not fig.is_range or "to" not in raised.group().lower()))


def _currencies(before: Figure, fig: Figure) -> bool:
    """Whether the two figures are amounts in two currencies (dong and dollars)."""
    a, b = before.unit and units.UNITS[before.unit], fig.unit and units.UNITS[fig.unit]
    return bool(a and b and a.dimension != b.dimension and {a.dimension, b.dimension} <= {"vnd", "usd"})


def _money(fig: Figure) -> bool:
    """Whether the figure is an amount of money (in the table's units, or written with "đồng" or "usd")."""
    if fig.unit:
        return units.UNITS[fig.unit].dimension.startswith(("vnd", "usd"))
    return bool(re.search(r"(?i)\b(?:đồng|usd|vnd)\b", fig.written or ""))


def _written_id(written_unit: str, table: dict[str, str]) -> str:
    """The id a draft gives a unit the table lacks (declared under ``units:`` for review)."""
    uid = "u_" + "_".join(re.findall(r"[a-z0-9]+", _strip_accents(written_unit).lower()))
    table.setdefault(uid, written_unit)
    return uid


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
        plan_in = [m.span() for m in _PLAN_BRACKET.finditer(clause)]
        measured = (bool(plan_in) or lang is Lang.VI and bool(_LEVEL_SHARE_OF_PLAN.search(clause))) and not (
            _AIMS.search(_PLAN_BRACKET.sub(" ", clause)))
        scope_parent = parent if parent_to_end else None
        prev_end = 0
        clause_first: str | None = None
        primary: Figure | None = None
        raised: tuple[int, str] | None = None  # the lead of a level "từ 29,4%" raised to the next
        for k, fig in enumerate(figs):
            lead_start, lead = prev_end, clause[prev_end:fig.start]
            prev_end = fig.end
            fell_to = bool(k and not fig.is_range and _THEN_TO.match(lead)
                           and _FALL_BY.search(clause[:figs[k - 1].start]))
            if raised:
                (lead_start, lead), raised = raised, None
                # ("to reduce the rate … from 14.74% … to 11.74%": lowered to, a ceiling)
                fell_to = fell_to or bool(_LOWERED.search(lead))
            if k + 1 < len(figs) and _raised_from(clause, fig, figs[k + 1]):
                skipped.append((clause[fig.start:fig.end], " ".join(clause.split()),
                                "the level it is raised or lowered from, not a target"))
                raised = (lead_start, lead)
                continue
            rises = fig.is_range and fold(clause[fig.start:fig.number_start]).strip() == "from"
            if rises and _RISES_FROM.search(lead):
                # "increasing the … capacity from 48% to 53%": the level to reach, from the one before
                fig = dataclasses.replace(fig, low=fig.high)
            why = _context_figure(clause, fig, figs[k - 1] if k else None)
            if measured and not any(a <= fig.start < b for a, b in plan_in):
                why = why or "a result measured against the plan in its clause, not a target"
            if why:
                skipped.append((clause[fig.start:fig.end], " ".join(clause.split()), why))
                continue
            # (and a rate's rise in points after it: "đạt trên 10%, tăng trên 3,45 điểm % so với năm 2020")
            if primary is not None and (primary.unit != "percent" or fig.unit == "percentage_points") and (
                    _DESCRIBES.match(lead)) and not (fig.unit == "percent" and _GROWS.match(lead)) and not (
                    _names_another(lead, fig, primary)):
                skipped.append((clause[fig.start:fig.end], " ".join(clause.split()),
                                "describes the figure before it"))
                continue
            after_end = figs[k + 1].start if k + 1 < len(figs) else len(clause)
            name, from_after = _name(lead, clause[fig.end:after_end], last=k + 1 == len(figs))
            named_in = _NAMED_IN.match(clause, fig.end, after_end) if lang is Lang.EN else None
            if named_in and not from_after and not _concepts(name) and _concepts(named_in.group(1)):
                name = named_in.group(1).strip()  # "targets 12.7-13% in GRDP growth"
            named_end = after_end
            comma = clause.find(",", fig.end, after_end)
            if from_after and _NAMED_AFTER.search(lead) and comma >= 0:
                prev_end = named_end = comma  # the words it is named by are not the next figure's
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
            unnamed = not name
            # ("Trong đó, 1,4 triệu lượt khách nội địa, …": named by its unit and the words after, to review)
            if unnamed:
                words = " ".join(clause[fig.end:after_end].split()).strip(" ,;:.()")
                name = _short(f"{label} {words}".strip()) or "?"
                name = name[:1].upper() + name[1:]
            if fig.unit in _COUNTED and fold(label) not in fold(name):
                # the counted noun: "Kết nạp mới" -> "Kết nạp mới đảng viên"; "thêm 35 xã đạt …"
                # (a name from the words after the figure) -> "Xã đạt …"
                name = _short(f"{label} {name[:1].lower()}{name[1:]}" if from_after else f"{name} {label}")
            primary = primary or fig
            kind, kind_guessed = ("max", False) if fell_to else _kind(fig, name + " " + item_head, lead)
            basis, basis_guessed = _basis(fig, lead, item_text, name + " " + item_head)
            if fig.unit is None:  # a unit the table lacks: as written, declared, to review
                unit, unit_guessed = _written_id(fig.written, written), True
            else:
                unit, unit_guessed = _unit(fig, name + " " + item_head)
            review = ["name.en"]
            review += ["kind"] * kind_guessed + ["basis"] * basis_guessed + ["unit"] * unit_guessed
            review += ["group"] * group_guessed + ["name"] * unnamed
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
            span = clause[fig.start:named_end] if from_after else clause[lead_start:fig.end]
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
