"""Whether a figure is the province's own total: another place's or the country's, a part of a
total (a sub-item, a sector's share, a heading's items), or a part the catalog does not track.
"""

from __future__ import annotations

import bisect
import re

from .. import terms
from ..grammar import Figure
from .phrases import SUBJECT_REACH
from .sentences import _Sentence

_NATIONAL = re.compile(r"cả nước|toàn quốc|bình quân chung|national|the country['’]s|vietnam['’]s")


# "cao thứ 2 cả nước", "dẫn đầu cả nước", "của cả nước là Quảng Ninh": a rank among the provinces,
# whose figure is the province's, not the country's
_RANKING = re.compile(r"(?:thứ\s+\S+|cao nhất|thấp nhất|dẫn đầu|đứng đầu|top)(?:\s+\S+){0,6}?\s+(?:của\s+)?"
                      r"(?:cả nước|toàn quốc)|(?:của\s+)?(?:cả nước|toàn quốc)\s+là\b|"
                      r"(?:topping|leads?|leading|highest in) the (?:nation|country)|"
                      r"(?:one of|among) the country['’]s")


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
    if sent.national and not sent.places:
        return "a national figure (its paragraph opened on the country's)"
    clause = lead.split(";")[-1]  # the country named in an earlier clause is that clause's
    national = _NATIONAL.search(_RANKING.sub(" ", clause))
    if national and not (before and before[-1][0] > fig.start - len(clause) + national.start()):
        return "a national figure"
    return ""


# "với cơ cấu …: công nghiệp - xây dựng chiếm 46,52%, dịch vụ 34,47% và nông - lâm - thủy sản 11,08%"
# (and "the industry and construction sector made up 18.75%")
_SHARE_CUE = re.compile(r"\b(?:cơ cấu|tỷ trọng|tỉ trọng|chiếm|structure|accounts? for|accounting for|"
                        r"accounted for|share of|(?:made|makes?|making) up)\b")
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
    if not cues and not _CHANGE_WORD.search(folded, start, fig.start):
        # (a clause of a list the sentence's share opened: "Tỷ trọng ngành nông, lâm nghiệp, thủy sản chiếm
        # 22,71%; công nghiệp - xây dựng 38,97%; …")
        start = max(1 + folded.rfind(". ", 0, fig.start), fig.start - 2 * SUBJECT_REACH)
        cues = list(_SHARE_CUE.finditer(folded, start, fig.start))
    return bool(cues) and not _CHANGE_WORD.search(folded, cues[-1].end(), fig.start)


_SPAN_WORDS = re.compile(r"\b(?:tăng trưởng|growth|tháng|quý|năm|đầu|cuối|nay|riêng|first|second|half|"
                         r"months?|quarter|year|i{1,3}|iv|in|the|alone)\b")
# the words that may stand between a name and its figure: verbs, bounds, "ước", "equivalent to"
_LINK_WORDS = re.compile(r"(?:\s*(?:ước tính|ước đạt|ước|dự ước|đạt|tăng|giảm|bằng|là|up|down|at|by|of|to|"
                         r"reach(?:ed|ing)?|increased?|rose|grew|expanded|tương đương|equivalent to|khoảng|"
                         r"gần|hơn|trên|dưới|about|over|nearly|around|,)\s*)*$")


# a bracket's opening that describes the figure before it, or gives its quarters or halves
# (or the margin it beat its target by: "70.900 tỷ đồng (vượt 18,17% chỉ tiêu, tăng 37,21% so cùng kỳ)")
_OF_THE_AMOUNT = re.compile(r"\s*(?:tương đương|bằng|equivalent to|đạt|vượt)\b")
_QUARTERS_OF = re.compile(r"\s*(?:quý\s*(?:i|1)|q1|first quarter|\d{1,2}\s+tháng|first half|"
                          r"first \w+ months)\b")
_SOME_PARTS = re.compile(r"\b(?:một số|các|nhiều|những)\s+(?:ngành|sản phẩm|mặt hàng|lĩnh vực|nhóm hàng)\b")
# a bracket that opens on another period: "(năm 2022 tăng 9,21%)", "(quý I-2019 tăng 6,1%)"
_EARLIER_IN_BRACKETS = re.compile(r"\s*(?:năm|quý\s*(?:i{1,3}|iv|[1-4])\s*[-/]?|\d{1,2} tháng(?: đầu năm)?)"
                                  r"\s*(?:19|20)\d{2}\b")
_YEAR_SERIES = re.compile(r"(?:\s*[\d.,]+\s*%\s+in\s+(?:19|20)\d{2}\s*[;,]\s*(?:and\s+)?)+")
_SECTORS_BEFORE = re.compile(r"\bsectors\s+$")
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
    # (nor a series of years in brackets, each figure with its year: "(5.38% in 2016; 6.5% in 2017; …)")
    if open_at >= 0 and _YEAR_SERIES.fullmatch(inside):
        return ""
    if open_at >= 0 and ")" not in inside and (
            re.search(r"[^\W\d_]", _LINK_WORDS.sub("", inside)) or _PART_CUE.search(between[:open_at])
    ) and not (_OF_THE_AMOUNT.match(inside) and _right_after_a_figure(sent, sent.named_ends[i - 1] + open_at)
               or _QUARTERS_OF.match(inside)):
        if _EARLIER_IN_BRACKETS.match(inside):
            return "an earlier period's figure in brackets, given for comparison"
        return f"a part's figure in brackets, not the figure of {name}"
    # "Key products grew strongly …, such as laptops … increased by 80.53%; …; electronic component
    # manufacturing services increased by 28.88%": the parts listed, whatever their names
    # (not examples in clauses of their own after "such as:", each naming its indicator: "… developed …
    # such as: seafood output increased by 6.87%, total retail sales … increased by 8.25%")
    # (nor the economy's sectors after "sectors such as": "sectors such as agriculture, forestry, and
    # fisheries saw a 4.7 percent increase; industry and construction expanded by 14.7 percent; …")
    cue = sent.folded.rfind("such as", 0, fig.start)
    if 0 <= cue < sent.named[i - 1][0] - sent.named[i - 1][1] and not sent.folded.startswith(
            ":", cue + len("such as")) and not (
            _SECTORS_BEFORE.search(sent.folded, max(0, cue - 12), cue)
            and any(t.startswith("grdp_growth_") for t in sent.named[i - 1][3].ids)):
        return f"a part listed after 'such as', not the figure of {name}"
    # (in Vietnamese, after "như" where parts were announced: "một số ngành có chỉ số sản xuất tăng cao, …
    # như sản xuất xe có động cơ tăng gần 22%; sản xuất và phân phối điện tăng 17%")
    like = re.search(r"\bnhư\s+(?!vậy|sau|trên|thế|cùng kỳ)[^\W\d_]", between)
    if like and _SOME_PARTS.search(sent.folded, 0, sent.named_ends[i - 1] + like.start()):
        return f"a part listed after 'như', not the figure of {name}"
    # "công nghiệp – xây dựng …, với mức tăng 13,73% trong 9 tháng, riêng công nghiệp tăng 15,15%": a part
    if re.search(r"\b(?:riêng|in particular)\s+(?!(?:tháng|quý|năm|trong)\b)[^\W\d_]", between):
        return f"a part's figure ('riêng …'), not the figure of {name}"
    # "Kim ngạch xuất khẩu đạt khoảng 112,2 triệu USD, trong đó nông sản chiếm tỷ trọng lớn với mức tăng
    # 10,5%": a part the table does not name, after "trong đó" (not "…, trong đó tăng 10%": the whole's own,
    # nor a part of its span, "…; trong đó, tăng trưởng 6 tháng đầu năm đạt trên 9,81%")
    cue = sent.part_cue(fig.start, since=sent.named_ends[i - 1])
    if cue and re.search(r"[^\W\d_]{2,}", _SPAN_WORDS.sub(" ", _LINK_WORDS.sub("", _without_figures(
            sent, cue.end(), fig.start)))):
        return f"a part's figure after '{cue.group()}', not the figure of {name}"
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
