"""Which paragraphs hold targets: the plan's lists and prose, never last year's results, a caption
restating the body or a heading's count.
"""

from __future__ import annotations

import functools
import re

from ...values.period import Lang
from ..grammar import figures
from .items import _Item
from .years import (
    _HORIZON,
    _PLAN_CUE,
    _SETS_TARGET_EN,
    _YEAR_OF,
    _aim_start,
    _aims_at,
    _next_years_plan,
    _past,
    _past_span,
    _time_year,
)

_MISSED = (r"\b(?:has|have|had) not (?:yet )?(?:reached|met|achieved) (?:the|its) (?:set )?"
           r"(?:targets?|goals?|plans?)\b")
_EXCEEDED = r"\bvượt\b[^;.]{0,40}\bso (?:với )?(?:dự toán|kế hoạch)"  # "vượt 0,2% so với dự toán"
_RESULTS = re.compile(r"(?i)\bước (?:đạt|tính|thực hiện|khoảng|cả năm)\b|\bước\s+\d|\btrong năm qua\b|"
                      # growth that still reached, beat last year's, or set a record: "GRDP Thành phố Hải
                      # Phòng vẫn tăng trưởng đạt 12,38%, mức tăng cao hơn so với năm ngoái. Đây là năm thứ 7
                      # liên tiếp …"
                      r"\bvẫn (?:tăng trưởng |tăng )?đạt\b|"
                      r"\bcao hơn (?:so với )?(?:năm ngoái|năm trước|cùng kỳ)\b|"
                      r"\bnăm thứ \d+ liên tiếp\b|"
                      + _EXCEEDED + "|"
                      # "… (GRDP) is estimated to increase by 9.01%"
                      r"\b(?:is|was|are|were) estimated (?:to|at)\b")
# a sentence that tells a result: a plan exceeded, the results, "to date"
# (not "ước đạt": a plan estimates too, "tổng sản phẩm xã hội ước đạt 64.400- 64.920 tỉ đồng")
_TOLD = re.compile(r"(?i)\bvượt (?:(?:các )?chỉ tiêu(?: kế hoạch)?|kế hoạch|mục tiêu|dự toán)\b|" + _EXCEEDED
                   + r"|\bkết quả\b|\bđến nay\b"
                   # a plan assigned, named by its results: "Mặc dù được giao kế hoạch vốn đầu tư công lớn …,
                   # mới đạt 3,85% kế hoạch"
                   r"|\bđược giao kế hoạch\b"
                   # a result kept close to the plan: "đạt 10,27%, …, bám sát kế hoạch do HĐND tỉnh … giao"
                   r"|\bbám sát (?:kế hoạch|mục tiêu|chỉ tiêu)\b"
                   # "Fertiliser output is estimated at 1 million tonnes, meeting the target.", "13% higher
                   # than planned"
                   r"|\bmeeting the (?:target|plan)\b|\b(?:higher|lower|more|less) than planned\b"
                   # "với 15/19 chỉ tiêu chủ yếu đạt và vượt kế hoạch đề ra": targets met
                   r"|(?:\bchỉ tiêu\b[^;.]{0,40}?)?\bđạt và vượt\b"
                   r"(?:\s+(?:kế hoạch|mục tiêu|chỉ tiêu|đề ra|được giao))*"
                   # "một số chỉ tiêu như sản lượng lúa, … đạt khá so kế hoạch": targets met, said of results
                   r"|(?:\bchỉ tiêu\b[^;.]{0,150}?)?\bđạt\b[^;.]{0,20}?\bso (?:với )?"
                   r"(?:kế hoạch|dự toán|mục tiêu)\b"
                   # "17 out of 18 major targets were completed or exceeded the set plan"
                   r"|(?:\btargets?\s+)?\b(?:were|was) (?:completed|achieved|fulfilled)\b[^.;]*"
                   # "The southern province has achieved 13 of the 20 socio-economic targets it set"
                   r"|\b(?:has|have|had)(?: been)? (?:achieved|completed|fulfilled|met|surpassed)\b[^.;]*"
                   # ("… export is estimated at 238 billion USD, up 11.2%, exceeding the target assigned by
                   # the National Assembly (7 - 8%)")
                   r"|\bexceed(?:ed|ing) (?:the )?(?:set )?(?:plans?|targets?)\b"
                   # a result's share of the year's plan: "… 150,000 foreign tourists, fulfilling 100% of the
                   # year’s plan, up 700%" (not "disburse at least 95% of the plan", a target's)
                   # (a result's share of a target or plan named after it: "… reached 2,394 billion VND,
                   # 115% of the Provincial People's Council’s assigned target", "fulfilling 53% of the plan")
                   r"|(?:,\s*|\b(?:fulfilling|reaching|meeting|achieving|equivalent to|equal to|"
                   r"accounting for)\s+)"
                   r"(?:nearly |about |over |more than )?\d[\d.,]*\s*(?:%|per ?cent)\s+of (?:the|its) "
                   r"[^.;\d]{0,60}?\b(?:targets?|plans?|estimates?)\b"
                   # (and "meeting 85 percent of its yearly plan")
                   r"|\b\d[\d.,]*\s*(?:%|per ?cent)\s+of (?:the|its) (?:year['’]s|yearly|annual) "
                   r"(?:plan|target|estimates?)\b"
                   # "… up more than 35 percent year on year and surpassing its target by 23 percent"
                   r"|\bsurpass(?:ing|ed|es)? (?:its|the|their) (?:set |year['’]s |annual )?"
                   r"(?:targets?|plans?)\b"
                   # "Although it has not yet reached the set target of 8.5% growth, …": a target missed
                   r"|" + _MISSED)
_THIS_YEAR = re.compile(r"(?i)\bthis year\b")
# a part of the year gone by, in Vietnamese: "trong quý I, tổng sản phẩm … ước đạt 13.900 tỷ đồng", "Hết
# tháng 3, tỉnh giải ngân được …", "6 tháng đầu năm", "Từ ngày 1/1-31/3" (not "từ đầu năm": a plan
# allocates "từ đầu năm" too); a quarter said to have grown ("ước tính GRDP quý II/2024 đã tăng trở lại …
# (+8,06%)"), "GRDP 6 tháng đạt 8,19%" (not "6 tháng cuối năm phấn đấu đạt", nor a scenario's "…, dự kiến
# … quý II đạt 9,27%; 6 tháng đạt 9,09%", a plan whose cue is in its first clause)
_SO_FAR = re.compile(r"(?i)\btrong quý (?:i|1)\b|\b\d{1,2} tháng (?:đầu năm|qua|năm \d{4})\b|"
                     r"\bhết tháng \d{1,2}\b|"
                     r"\btừ ngày 1/1\s*[-–]\s*\d|"
                     r"\bquý (?:i{1,3}|iv|[1-4])(?:/\d{4})?\s[^;.]{0,30}?\bđã (?:tăng|đạt|giảm)\b|"
                     r"\b(?:grdp|kinh tế|tăng trưởng) \d{1,2} tháng (?:ước )?(?:đạt|tăng)\b|"
                     # (or the state as it stands: "… 2 khu công nghiệp …, hiện đã lấp đầy trên 80%")
                     r"\bhiện đã\b|"
                     # (or the term or year just past: "Trong nhiệm kỳ vừa qua, Hà Tĩnh đã duy trì … 6,4%",
                     # "Năm qua, tỉnh Quảng Ngãi đón khoảng 5,2 triệu lượt khách")
                     r"\b(?:nhiệm kỳ|giai đoạn|năm|thời gian) vừa qua\b|^\W*năm qua\b|\bnhiệm kỳ qua\b|"
                     # (or a holiday's: "Dịp nghỉ Tết Dương lịch, tổng doanh thu du lịch … đạt hơn 42 tỷ",
                     # "chỉ tính riêng 4 ngày nghỉ lễ (…), lượng khách … ước đạt 105.000 lượt")
                     r"\bdịp (?:nghỉ )?(?:tết|lễ)\b|\bngày nghỉ (?:lễ|tết)\b|"
                     # (or the province described: "Tuyên Quang là tỉnh miền núi với 23 dân tộc …")
                     r"\blà (?:một )?(?:tỉnh|thành phố)\b[^.;]{0,40}?\b(?:với|có)\s+\d|"
                     # (or a deed done: "Tỉnh Tuyên Quang đã thành lập 57 chốt kiểm soát …"; or only so far:
                     # "… vẫn còn thấp, mới đạt 3,85%"; not "việc làm mới đạt", "chứng chỉ đạt")
                     r"\bđã (?:thành lập|thu hút|đón|giải ngân|hoàn thành|đạt được|ban hành)\b|"
                     # (or after years of work: "Sau hơn 12 năm triển khai thực hiện, …, tỉnh Hà Nam có 100%
                     # số xã …")
                     r"^\W*sau (?:hơn |gần )?\d+ năm\b|"
                     r"(?:,|\bvẫn|\bnhưng)\s+(?:mới|chỉ) đạt\b|"
                     # (or so far, to a date: "Đến nay, toàn tỉnh thả nuôi 2.755ha tôm …", "Tính đến quý
                     # I-2025, toàn tỉnh có 34 doanh nghiệp …", "Trong 9 tháng, …"; not "3 tháng còn lại")
                     r"^\W*đến nay\b|\btính đến (?:ngày|hết|quý|tháng|nay|cuối)\b|"
                     # ("Từ đầu năm 2024 đến nay, Sở … đã hoàn thiện hồ sơ … công nhận thêm 17 xã …")
                     r"\btừ đầu năm(?:\s+\d{4})?\s+đến nay\b|"
                     # ("Đến ngày 14/7, toàn tỉnh đã thực hiện trồng được 927 ha rừng, …")
                     r"^\W*đến (?:hết )?ngày \d|"
                     # ("Theo báo cáo …, đến thời điểm 31/12/2019, toàn tỉnh … giảm được 4,44% hộ nghèo")
                     r"\bđến thời điểm (?:ngày )?\d{1,2}/\d{1,2}/\d{4}\b|"
                     r"\btrong \d{1,2} tháng\b(?!\s+(?:còn lại|cuối|tới|sau))|"
                     # (or a month's: "Trong tháng 3, thu nhân sách thành phố đạt 8.322,99 tỷ đồng.")
                     r"^\W*trong tháng \d{1,2}\b")
# a result's share of the plan or estimate: "đạt 22,43% kế hoạch năm 2025", "bằng 40,8% dự toán Trung ương"
# (and the next of a list: "chỉ đạt 37,29% kế hoạch sản xuất nông nghiệp và 46,67% kế hoạch thương mại …")
# (or of the year's target: "… và đạt 89,6% chỉ tiêu cả năm")
# (with a bound: "đạt gần 99% kế hoạch", "đạt hơn 57% kế hoạch")
# (and whose estimate it is: "đạt 52,3% dự toán Trung ương giao, đạt 50,66% dự toán địa phương phấn đấu")
_OF_THE_PLAN = re.compile(r"(?i)\b(?:đạt|bằng|và)\s+(?:(?:gần|hơn|trên|khoảng|xấp xỉ)\s+)?[\d.,]+\s*%\s+"
                          r"(?:so với\s+)?(?:kế hoạch|dự toán|"
                          r"(?:chỉ tiêu|mục tiêu) (?:cả )?năm)\b"
                          r"(?:\s+(?:trung ương|địa phương|hđnd tỉnh|tỉnh)(?:\s+(?:giao|phấn đấu|đề ra))?)?")
_SEPARATORS = (";", ".", ",")
_BEFORE_NOW = re.compile(r"(?i)^\W*(?:previously|earlier|before that|trước đó|trước đây)\b")
_CAPTION = re.compile(r"(?i)\bảnh(?: minh họa| minh hoạ)?\s*[:/]|\bảnh minh h[oọ]a\b|\(ảnh\b|"
                      r"\bphoto\s*:|\(photo\b")


def _listed(text: str, lang: Lang, year: int | None = None) -> list[_Item]:
    """Every paragraph that is a list (two ";"- or sentence-separated clauses with a figure at
    least), each clause an item: a plan printed as prose lists its targets in such paragraphs, one
    or several; a sentence of one target between them is an item too. The items are unnumbered:
    such a list prints no numbers."""
    # each list paragraph's items, whether it says "plan", and whether a paragraph up to it said so
    lists: list[tuple[list[_Item], bool, bool]] = []
    ahead: list[bool] = []  # whether each names the plan's year or a later one as its time
    horizon: list[bool] = []  # whether each sets a figure for the plan's year or later ("đến năm 2030")
    pos, cued, carried = 0, False, False
    for para in text.split("\n"):
        # the plan named: not in a result's words ("vượt chỉ tiêu kế hoạch") nor in a sentence about an
        # earlier year ("Năm 2022, tỉnh đã hoàn thành 19/20 chỉ tiêu đã đề ra")
        cue = False
        clauses, start, earlier = [], pos, carried and not _fresh(_opening(para))
        # ";" separates the items; so does a full stop where the list runs on in sentences
        # ("Tổng thu ngân sách nhà nước trên 8.500 tỉ đồng, …. Tỉ lệ hộ nghèo giảm 1,5 - 2%, …"); a
        # sentence of last year's results in the paragraph is none ("Năm 2020, … tăng 12,5%, …. Tỉnh
        # Bình Phước phấn đấu trong năm 2021, GRDP tăng 8,5- 9% , …"), nor are the ones after it
        # until one names the plan's year
        # (nor is a paragraph that tells results and names no plan in its sentences with figures: "Tốc độ
        # tăng trưởng kinh tế tăng 8,66%, vượt kế hoạch giao …. Tổng thu ngân sách ước đạt 32.457 tỷ đồng,
        # …. …, đến nay, toàn tỉnh có 100% xã đạt chuẩn nông thôn mới.")
        said = [m.group() for m in re.finditer(r"[^.]+(?:\.(?!\s+[A-ZĐÀ-Ỹ])[^.]*)*", para)
                if figures(m.group(), lang)]
        if any(_TOLD.search(t) for t in said) and not any(_PLAN_CUE.search(_TOLD.sub(" ", t)) for t in said):
            pos += len(para) + 1
            carried = True
            continue
        # (and a comma before the plan's year: "Năm 2023 toàn tỉnh thành lập mới được 65 HTX, năm 2024 mục
        # tiêu đặt ra là trên 35 hợp tác xã")
        # (or before what is expected of the whole year: "08 tháng năm 2022 đạt 7,6 tỷ USD, dự kiến cả năm
        # 2022 đạt trên 12 tỷ USD")
        for part in re.split(r"(;|\.(?=\s+[A-ZĐÀ-Ỹ])|,(?=\s+năm \d{4}\b)|"
                             r",(?=\s+dự kiến (?:cả|hết) năm\b))", para):
            time = _time_year(part) if part not in _SEPARATORS else None
            # ("… đại hội … ngày 4-5/10/2025, đặt mục tiêu giai đoạn 2026 - 2030 …": the plan's from its aim)
            aim = _aim_start(part, time, year)
            time, cut = (year, aim) if aim is not None else (time, 0)
            earlier = earlier if time is None or year is None else time < year
            earlier = earlier or part not in _SEPARATORS and (_so_far(part, lang) or _past_span(part, year))
            cue = cue or not earlier and bool(_PLAN_CUE.search(_TOLD.sub(" ", part)))
            # (a photo's caption, "… đạt 65% là chỉ tiêu chủ yếu.(Ảnh: Duy Quan)", restates a target)
            if part not in _SEPARATORS and not earlier and not _caption_restating(
                    part, text, lang) and figures(part[cut:], lang, written=lang is Lang.VI):
                clauses.append((start + cut, start + len(part)))
            start += len(part)
        cued = cued or cue
        # (a paragraph without figures that names the plan or a year ends the results told before it)
        # (one without figures about an earlier year starts them: "Trong năm 2021, …, với 15/19 chỉ tiêu chủ
        # yếu đạt và vượt kế hoạch đề ra.", then "Trong đó, … (GRDP) tăng 4,11%, …")
        carried = earlier if said else carried and not _fresh(para) or _starts_results(para, year, lang)
        # one clause: only a sentence (a title or a headline repeats a target of the body), and no
        # photo's caption ("Gia Lai phấn đấu đạt mục tiêu GRDP năm 2024 là 8,6%. Ảnh minh họa/…")
        # (a line of a list ends with ";": "… cho trẻ em 5 tuổi; 100% xã, phường thị trấn đạt chuẩn …;")
        one = clauses and para.rstrip().endswith((".", ";", "…")) and not _CAPTION.search(para)
        # results told without their year ("Nổi bật, … (GRDP) đạt 8,39%. … Tổng thu ngân sách ước đạt
        # 25.188 tỷ đồng, vượt 0,2% so với dự toán …", after "kết quả … năm 2025"): no targets
        results = not cue and not _YEAR_OF.search(para) and (_RESULTS.search(para) or _AS_IT_IS.search(para))
        if (len(clauses) >= 2 or one) and not results:
            lists.append(([_Item(None, a, b) for a, b in clauses], cue, cued))
            time = _time_year(para)
            ahead.append(time is not None and year is not None and time >= year)
            # ("… tổng sản phẩm … đến năm 2030 đạt hơn 630.000 tỷ đồng; …", before any plan word)
            horizon.append(year is not None and any(int(a or b) >= year for a, b in _HORIZON.findall(para)))
        pos += len(para) + 1
    many = [k for k, (items, _, _) in enumerate(lists) if len(items) >= 2]
    if not many:
        return []
    # the results a text tells before its plan is named ("… năm 2023 … đạt 2,47%. …", then "Trước
    # những kết quả này, … đề ra 21 chỉ tiêu …: …") are no targets; the plan may be named in a
    # paragraph with no figure ("… tỉnh này đặt mục tiêu đến năm 2030 trở thành …")
    first = next((k for k, (_, _, cued) in enumerate(lists) if cued), 0)
    # a paragraph of one target is an item between the lists (a plan that gives a line to each target
    # or group: "GRDP bình quân đầu người đạt trên 146 triệu đồng."); before them it is a lead that
    # repeats one ("… với quyết tâm phấn đấu đạt mục tiêu tăng trưởng GRDP 13% trong năm 2022."),
    # unless it names the plan and sets a figure the lists do not ("… phấn đấu đến năm 2030, tốc độ tăng
    # trưởng kinh tế (GRDP) bình quân đầu người từ 210 đến 225 triệu đồng … và thu nhập bình quân đầu
    # người khoảng 94 triệu đồng/năm."); after them, a sentence of targets that names the plan ("Theo kế
    # hoạch, quy mô GRDP … năm 2025 dự kiến đạt 13.794 tỷ đồng, GRDP bình quân đầu người đạt 60 triệu
    # đồng.") or its years ("Tổng thu ngân sách … giai đoạn 2021 - 2025 đạt 77.000 tỷ đồng, …")
    def values(items: list[_Item]) -> list[float]:
        return [f.low for i in items for f in figures(text[i.start:i.end], lang, written=lang is Lang.VI)]

    listed = [v for items, _, _ in (lists[k] for k in many) for v in values(items)]

    def new_lead(k: int) -> bool:
        items, cue, _ = lists[k]
        return cue and any(all(abs(v - w) > 0.01 * abs(w) for w in listed) for v in values(items))

    return [i for k, (items, cue, _) in enumerate(lists)
            if (k >= first or cue or horizon[k]) and (len(items) >= 2 or many[0] < k < many[-1]
                                        or k > many[-1] and (cue or ahead[k]) or k < many[0] and new_lead(k))
            for i in items]


def _prose(text: str, lang: Lang, year: int | None) -> list[_Item]:
    """A plan told in prose (a news article): from the first sentence that says what is aimed at,
    every paragraph with a figure that is not about a past year is an item (its clauses the
    targets). The title line is left out: it repeats a target of the body."""
    start = text.find("\n")
    first = text[:start] if start >= 0 else text
    if len(first) >= 160 or first.rstrip().endswith("."):  # a paragraph, not a title
        start = -1
    # (not "vượt chỉ tiêu kế hoạch": a result's, before the plan)
    cue = _PLAN_CUE.search(_TOLD.sub(lambda m: " " * len(m.group()), text), max(start, 0))
    # (or the title's, a plan word before a figure, where the body says what is aimed at in none before its
    # figures: "In 2023, Tien Giang province strives to increase exports by more than 8.3% …" over "… the
    # province will … achieve a year-round export turnover of $3.9 billion, …")
    titled = _PLAN_CUE.search(text[:start]) if start > 0 else None
    if titled and figures(text[titled.end():start], lang):
        cue = titled
    if cue is None:
        return []
    items, pos, carried = [], 0, False
    # ("income improved this year to approximately 2,000 USD", before next year's plan: a result)
    # (or where a sentence that sets targets names the plan's year and none says "this year": "The province
    # targeted 7 per cent economic growth in 2024." after "… expected to grow by 5.5 per cent this year")
    this_year_past = lang is Lang.EN and (_next_years_plan(text) or _names_its_year(text, year))
    paras = text.split("\n")
    following = _following(paras)
    for k, para in enumerate(paras):
        end = pos + len(para)
        # the title again, as a line of the body (with a full stop too: "Ảnh minh họa\nQuảng Bình: Mục tiêu
        # đón 2 triệu lượt khách.")
        if k and start > 0 and para.strip().rstrip(".") == first.strip().rstrip("."):
            pos = end + 1
            continue
        # (figures in units the table lacks too: "tăng gấp 1,8 lần so với năm 2025")
        written = lang is Lang.VI
        # (results told without their year: "In the economy, the growth rate … is estimated to increase
        # by 9.01%, ranking 2nd …"; its first figure's, not "(export is estimated at …)" after a target)
        said = figures(para, lang, written=written)
        # (in Vietnamese, anywhere in the paragraph: "Tổng vốn đầu tư toàn xã hội ước khoảng 27.035 tỉ
        # đồng, …")
        results = said and not _PLAN_CUE.search(_TOLD.sub(" ", para)) and not _YEAR_OF.search(para) and (
            _RESULTS.search(para[:said[0].start] if lang is Lang.EN else para))
        # (or a plan since replaced, or results before: "Previously, from the end of 2024, … issued a
        # resolution … Accordingly, the economic growth target for 2025 is set at 12%", "Trước đó, kết quả …")
        results = results or said and bool(_BEFORE_NOW.match(para))
        # (or a subheading over an earlier year's results: "Thu ngân sách đạt 11.300 tỷ đồng" over "Theo báo
        # cáo của UBND tỉnh …, năm 2022, kinh tế phục hồi …")
        results = results or said and _heads_past(para, following[k], year)
        if end > cue.start() and pos > start and said and not (
                _caption_restating(para, text, lang)) and not results:
            # the paragraph's sentences from the first that is not about an earlier year ("Năm 2020, …
            # tăng 12,5%, …. Tỉnh Bình Phước phấn đấu trong năm 2021, GRDP tăng 8,5- 9% , …")
            earlier = carried and not _fresh(_opening(para))
            # the runs of sentences not about an earlier year: from the first ("Năm 2020, … tăng 12,5%, ….
            # Tỉnh Bình Phước phấn đấu trong năm 2021, GRDP tăng 8,5- 9% , …") to one that tells an earlier
            # year's results after it ("… đặt mục tiêu tăng trưởng GRDP đạt 8% vào năm 2024 …. Năm 2023, … kết
            # quả ghi nhận tăng trưởng GRDP đạt 5,66%; …"), and again from one that names the plan
            runs: list[list[int]] = []
            running = False
            for at, part in _sentences(para, pos):
                time = _time_year(part)
                if time is None and year is not None and this_year_past and _THIS_YEAR.search(part):
                    time = year - 1
                # (not a target replaced, whose year is the plan's: "The previous target according to
                # Resolution No. 90/NQ-HDND dated December 6, 2024 was that GRDP in 2025 would reach 6.5%")
                aim = None if _REPLACED.match(part) else _aim_start(part, time, year)
                if aim is not None:  # the plan's from its aim
                    time, at, part = year, at + aim, part[aim:]
                earlier = earlier if time is None or year is None else time < year
                # (an English result told in the past or as it stands, whatever its year: "the economic
                # growth of Quang Ninh still reached 6.5 percent in the first nine months of 2020")
                told = lang is Lang.EN and _told_in_english(part, lang) or _so_far(part, lang) or _past_span(
                    part, year)
                # (after a run ended on results, a sentence that names the plan and no year starts another)
                again = bool(runs) and not running and time is None and _fresh(part)
                earlier = earlier and not again or told
                # (a sentence with neither a figure nor a year decides nothing: "Nét nổi bật là …. Năm 2018,
                # … đạt và vượt 14/16 chỉ tiêu …. Tăng trưởng GRDP 6,92%, …. Năm 2019, … tăng 7,5%;")
                decides = time is not None or bool(figures(part, lang, written=written))
                if not earlier and decides and not running:
                    runs.append([at, at + len(part)])
                    running = True
                elif running and earlier and decides:
                    running = False
                elif running:
                    runs[-1][1] = at + len(part)
            for a, b in runs:
                if figures(text[a:b], lang, written=written):
                    items.append(_Item(None, max(a, text.rfind("\n", 0, cue.start()) + 1), b))
            carried = earlier
        elif said and end > cue.start():
            carried = carried or bool(results)
        elif not said:
            # (a paragraph without figures about an earlier year, aiming at no later one, starts its
            # results: "… all of the 20 socio-economic goals of the city in 2018 have been fulfilled …", then
            # "… has grown 21.6 percent"; not "Based on the estimated results for … 2018 …, the main targets
            # of the province's 2019 … plan are as follows:")
            # (or a part of the years gone by: "Cụ thể, trong nhiệm kỳ qua, sản xuất công nghiệp … đã phát
            # triển khá, …", then "Giá trị sản xuất công nghiệp của tỉnh tăng bình quân hàng năm 8,8%, …")
            carried = carried and not _fresh(para) or _starts_results(para, year, lang)
        pos = end + 1
    # (a title that sets a target where the body sets none is the plan: "Bắc Ninh: Mục tiêu tăng trưởng 4 – 5%
    # trong năm 2021" over 2020's results)
    if not items and start > 0 and _PLAN_CUE.search(first) and figures(first, lang):
        items.append(_Item(None, 0, start))
    return items


def _starts_results(para: str, year: int | None, lang: Lang) -> bool:
    """Whether a paragraph without figures starts results told after it: it is about an earlier year, or a
    part of the time gone by, and aims at no later year.

    >>> _starts_results("Cụ thể, trong nhiệm kỳ qua, sản xuất công nghiệp đã phát triển khá.", 2025, Lang.VI)
    True
    >>> _starts_results("Năm 2025, tỉnh phấn đấu tăng trưởng nhanh.", 2025, Lang.VI)
    False
    """
    return (_past(para, year) or _so_far(para, lang)) and not _aims_at(para, year or 0)


# an English result: a verb of the past before the sentence's first figure ("still reached", "grew", "rose",
# "was") in a part of the year gone by ("in the first nine months of 2020"), or the state as it stands
# ("Currently, 99 out of 150 communes … have achieved …", "so far"); a verb of the past alone is not one (a
# translated list: "Of which, the growth rate of … (GRDP) reached 9-10%.")
_ELAPSED = re.compile(r"(?i)\b(?:in|during|over|for) the (?:first|past|last) (?:\w+|\d+) months\b|"
                      r"\b(?:in|during) the first month\b|"
                      # a holiday's: "… 300,000 holidaymakers in the six-day Lunar New Year (Tet) holiday"
                      r"\b(?:tet|new year|national day)\b[^.;]{0,30}?\bholidays?\b|"
                      r"\b(?:in|during|over) the first (?:half|quarter)\b|"
                      # ("… shipped abroad nearly 9,300 tonnes … since the beginning of this year")
                      r"\bsince the (?:beginning|start) of (?:this|the) year\b|"
                      # "… declined more than 3 percent annually over the last five years", "Over the past
                      # decade"
                      r"\b(?:in|during|over|for) the (?:past|last) (?:decade|\w+ years|\d+ years)\b|"
                      r"\b(?:first|past) (?:\w+-month|\w+ months)\b|\bthe (?:reviewed|reporting) period\b|"
                      # "Regarding exports, last year the province's export turnover reached over …"
                      r"(?<!from )(?<!than )(?<!over )(?<!with )(?<!to )\blast year\b")
# ("with … (GRDP) reaching 6.32 percent", "recorded a Gross Regional Domestic Product (GRDP) growth of 6.37%")
_PAST_RESULT = re.compile(r"(?i)\b(?:(?:reached|grew|rose|increased|expanded|climbed|hit|totall?ed|recorded|"
                          r"posted|achieved|gained|jumped|surged|fell|declined|dropped|decreased|stood at|"
                          r"amounted to|was|were|reaching|contributed|witnessed|saw|registered|logged|"
                          r"welcomed|earned|earning|exported|shipped(?: abroad)?|"
                          # ("… (GRDP) was estimated to reach 25.08 trillion VND … in the first half of 2023")
                          r"(?:is|was|are|were) estimated to (?:reach|increase|grow|rise|total|hit))\s+"
                          r"(?:by\s+|at\s+|to\s+|up\s+|an estimated\s+|estimated at\s+)?"
                          r"(?:more than\s+|over\s+|nearly\s+|about\s+|almost\s+|around\s+|some\s+)?|"
                          r"(?:recorded|posted|achieved|reached)\s+an?\s[^.;]{0,80}?\b(?:of|at)\s+)$")
# (or measured against the year before or the plan: "INDUSTRIAL PRODUCTION INDEX INCREASED 2.88% OVER THE SAME
# PERIOD; …, EQUIVALENT TO 80% OF THE YEARLY PLAN")
_RESULT_BASE = re.compile(r"(?i)\bover the same period\b|\byear[- ]on[- ]year\b|\bsame period last year\b|"
                          r"\bover the previous year\b|"
                          r"\b(?:of|than|compared (?:to|with)) the (?:yearly |annual |year['’]s )?"
                          r"(?:plan|estimates?)\b|"
                          # a share of the year's target: "…, equivalent to 51% of this year’s target",
                          # "representing 55% of the annual target" (not "disburse at least 95% of the plan")
                          r"\b(?:equivalent to|representing|reaching|equal to|fulfilling|accounting for)\s+"
                          r"[\d.,]+\s*(?:%|per ?cent)\s+of (?:this year['’]s|the year['’]s|the annual|"
                          r"the yearly|the full-year|the) (?:targets?|plans?|estimates?)\b|"
                          # a result beside the goal it beat: "… higher than the goal set by the … Committee",
                          # "surpassing its target by 23 percent"
                          r"\bsurpass(?:ing|ed|es)? (?:its|the|their) (?:set |year['’]s |annual )?"
                          r"(?:targets?|plans?)\b|"
                          r"\b(?:higher|lower|more|less|faster) than the (?:goal|target)s?\b|"
                          # or the country's: "the capital city grew 8.8%, higher than the nation’s average"
                          r"\b(?:higher|lower|faster|slower) than the "
                          r"(?:(?:nation|country)['’]s|national average)\b")
# a province described as it is, its plan named nowhere in the paragraph: "Hậu Giang là đơn vị hành chính cấp
# tỉnh …, có diện tích tự nhiên 1.602 km2. Toàn tỉnh có 8 đơn vị hành chính, …"
_AS_IT_IS = re.compile(r"(?i)\blà đơn vị hành chính\b|\bcó diện tích(?: tự nhiên)?\s+(?:là\s+|khoảng\s+)?\d|"
                       r"\b(?:toàn|cả) (?:tỉnh|thành phố) (?:hiện )?có\s+\d")
_AS_IT_STANDS = re.compile(r"(?i)^\W*(?:currently|so far|to date|as of now|at present|up to now)\b")
# what the province has, before the first figure: "the province has nearly 90,000 households with …" (words
# joined as a store keeps them too: "Theprovince has 13 organic farming areas"; not "has set to welcome", "has
# to"; "After the merger, the whole province still has 12,249 poor households")
_HAS = re.compile(r"(?i)(?:province|city)\s+(?:currently\s+|still\s+|now\s+)?(?:has|boasts)\s+"
                  r"(?!been\b|set\b|to\b|\w+ed\b)")
# a deed done, before the sentence's first figure: "Lego Group has invested in a 1.3 billion USD factory" (a
# translated plan says "reach" or "reached", never "has reached")
_PERFECT = re.compile(r"(?i)\b(?:has|have|had)\s+(?:already\s+|now\s+|so far\s+)?(?:been\s+)?"
                      r"(?:invested|contributed|attracted|poured|spent|disbursed|built|completed|created|"
                      r"reached|recorded|posted|seen|grown|risen|increased|exported|earned|collected|welcomed|"
                      r"received|licensed|granted|approved|started)\b")
_WILL = re.compile(r"(?i)\b(?:will|shall|would|to be|is set to)\b")
_MISSED_TARGET = re.compile(_MISSED, re.IGNORECASE)
_REPLACED = re.compile(r"(?i)^\W*the (?:previous|earlier|old|original|former) (?:target|goal|plan)s?\b")


def _so_far(part: str, lang: Lang) -> bool:
    """Whether a Vietnamese sentence tells the results of a part of the year gone by (and names no plan
    but the one its results are a share of).

    >>> _so_far("Hết tháng 3, tỉnh giải ngân được 2.719 tỷ đồng, bằng 25,5% kế hoạch.", Lang.VI)
    True
    >>> _so_far("Quý I phấn đấu tăng trưởng 7%.", Lang.VI)
    False
    """
    return lang is Lang.VI and bool(_SO_FAR.search(part)) and not _PLAN_CUE.search(
        _OF_THE_PLAN.sub(" ", _TOLD.sub(" ", part)))


def _told_in_english(sentence: str, lang: Lang) -> bool:
    """Whether an English ``sentence`` tells a result (and names no plan, says no "will"): it opens on the
    state as it stands ("Currently, …") or says what the province has, or its first figure follows a verb of
    the past and the sentence names a part of the year gone by, last year, or a base of a result ("over the
    same period", "of the plan"), or it follows a deed done ("has invested in a 1.3 billion USD factory"), or
    a deed done is told beside a base of a result ("… has been poured into Quảng Ninh …, equivalent to 51% of
    this year’s target"); whatever it names, a target missed ("has not yet reached the set target of 8.5%") or
    one replaced ("The previous target … was …") is a result's comment.

    >>> _told_in_english("Growth still reached 6.5 percent in the first nine months of 2020.", Lang.EN)
    True
    >>> _told_in_english("The city targets growth of 8 percent, up from 7.2 percent last year.", Lang.EN)
    False
    """
    said = figures(sentence, lang)
    if said and _MISSED_TARGET.search(sentence):  # a target missed: the result's comment
        return True
    if said and _REPLACED.match(sentence):  # "The previous target … was that GRDP in 2025 would reach 6.5%"
        return True
    if not said or _PLAN_CUE.search(_RESULT_BASE.sub(" ", sentence)) or _WILL.search(sentence):
        return False
    before = sentence[:said[0].start]
    # (or a deed done after its figure, measured against the year before or the plan: "More than $1.5 billion
    # in foreign direct investment (FDI) has been poured into Quảng Ninh …, equivalent to 51% of this year’s
    # target")
    # (or a part of the year gone by and a base of a result, whatever the verb: "In the first half of this
    # year, more than 1 million tourists visited Cao Bang, …, up 23% against last year and fulfilling 53% of
    # the plan")
    return bool(_AS_IT_STANDS.match(sentence) or _PERFECT.search(before) or _HAS.search(before) or (
        _ELAPSED.search(sentence) or _RESULT_BASE.search(sentence)) and _PAST_RESULT.search(before)
        or _RESULT_BASE.search(sentence) and (_PERFECT.search(sentence) or _ELAPSED.search(sentence)))


def _names_its_year(text: str, year: int | None) -> bool:
    """Whether an English text names ``year`` in a sentence that sets targets, and says "this year" in none:
    its "this year" is then the one before.

    >>> _names_its_year("Growth is expected at 5.5 per cent this year. It targets 7 per cent in 2024.", 2024)
    True
    >>> _names_its_year("It targets 12.7-13 per cent this year, for 2023.", 2023)
    False

    Nor where "this year" is measured against the year before the plan's ("… expected to reach 29.7 trillion
    VND this year, up 16 percent against 2019" in a plan for 2020): that "this year" is the plan's.

    >>> _names_its_year("It strives to gross 122.6 trillion VND in 2020. Sales are expected to reach 29.7 "
    ...                 "trillion VND this year, up 16 percent against 2019.", 2020)
    False
    """
    sentences = re.split(r"(?<=[.!?])\s+|\n", text)
    setting = [s for s in sentences if _SETS_TARGET_EN.search(s)]
    if year is not None and any(_THIS_YEAR.search(s) and re.search(
            rf"(?i)\b(?:against|compared (?:to|with)|over|than|from) (?:the year )?{year - 1}\b", s)
            for s in sentences):
        return False
    return year is not None and any(str(year) in s for s in setting) and not any(
        _THIS_YEAR.search(s) for s in setting)


def _sentences(para: str, pos: int) -> list[tuple[int, str]]:
    """The sentences of ``para`` (a full stop before a capital ends one, and one a page printed without its
    space, "… in a recent interview.According to the official, …"), each with its offset in the text
    (``pos`` is the paragraph's)."""
    out, at = [], 0
    for m in re.finditer(r"(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])|(?<=[a-zà-ỹ]{3}\.)(?=[A-ZĐ][a-zà-ỹ])", para):
        out.append((pos + at, para[at:m.start()]))
        at = m.end()
    out.append((pos + at, para[at:]))
    return out


def _following(paras: list[str]) -> list[str]:
    """For each paragraph, the next one that is not blank ('' for the last), in one pass from the end."""
    out, nxt = [""] * len(paras), ""
    for k in range(len(paras) - 1, -1, -1):
        out[k] = nxt
        if paras[k].strip():
            nxt = paras[k]
    return out


def _heads_past(para: str, following: str, year: int | None) -> bool:
    """Whether ``para`` is a subheading (a short line with no closing stop) whose ``following`` paragraph is
    about an earlier year than ``year``.

    >>> _heads_past("Thu ngân sách đạt 11.300 tỷ đồng", "Theo báo cáo, năm 2022, kinh tế phục hồi.", 2023)
    True

    Or whose figure the paragraph gives for an earlier year, in whichever sentence ("Tăng trưởng 5,75%" over
    "Ông …, Cục trưởng Cục Thống kê TP. Cần Thơ, cho biết: … (GRDP) năm 2023 của thành phố tăng 5,75% …").

    >>> _heads_past("Tăng trưởng 5,75%", "Ông A, Cục Thống kê TP. Cần Thơ: GRDP năm 2023 tăng 5,75%.", 2024)
    True
    """
    if len(para) > 120 or para.rstrip().endswith((".", ";", ":", "…", "!", "?")):
        return False
    if _past(_opening(following), year):
        return True
    said = figures(para)
    shown = para[said[0].number_start:said[0].end].strip() if len(said) == 1 else None
    return bool(shown) and any(shown in part and _past(part, year) for _, part in _sentences(following, 0))


def _fresh(para: str) -> bool:
    """Whether ``para`` names a year or the plan: else, after a paragraph of an earlier year's results,
    it goes on with them ("Năm 2025, … đạt nhiều kết quả nổi bật …" then "Khu vực dịch vụ tiếp tục giữ vai
    trò động lực, tăng trưởng trên 9%. Du lịch phục hồi mạnh, …").

    A year named as a base ("gấp gần 4 lần so với năm 2024") is not the paragraph's own.

    >>> _fresh("Du lịch phục hồi mạnh, với 6,3 triệu lượt khách"), _fresh("Năm 2026, GRDP tăng 10%")
    (False, True)
    >>> _fresh("Tổng vốn đăng ký gấp gần 4 lần so với năm 2024")
    False

    A result's share of the plan ("bằng 100,6% kế hoạch năm") names no plan of its own.

    >>> _fresh("Trong năm, tỉnh thu hút được 453 triệu USD vốn FDI, bằng 100,6% kế hoạch năm")
    False
    """
    return _time_year(para) is not None or bool(_PLAN_CUE.search(_OF_THE_PLAN.sub(" ", _TOLD.sub(" ", para))))


def _opening(para: str) -> str:
    """The first sentence of ``para``: whether a paragraph goes on with the results told before it is
    what it opens on ("Tổng số lượt khách … ước đạt 8,2 triệu lượt, …. Năm 2022, Khu du lịch … trở thành …"
    goes on with 2022's; a later sentence that names the plan's year starts the plan).

    >>> _opening("Thu hút 453 triệu USD. Năm 2023, tăng 8%.")
    'Thu hút 453 triệu USD.'
    """
    return re.split(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])", para, maxsplit=1)[0]


def _caption_restating(part: str, text: str, lang: Lang) -> bool:
    r"""Whether every sentence of ``part`` with a figure is a photo's caption whose figures the rest
    of ``text`` gives too ("… đạt 65% là chỉ tiêu chủ yếu.(Ảnh: Duy Quan)"): it restates targets of
    the body. A caption with a target found nowhere else ("Photo: Hoa Binh expects 54 percent of
    the industry-construction sector's proportion …") is read.

    >>> caption = "GRDP tăng 8%.(Ảnh: Duy Quan)."
    >>> _caption_restating(caption, caption + "\nGRDP tăng 8%.", Lang.VI)
    True
    """
    if not _CAPTION.search(part):
        return False
    said = [p for p in _CAPTION_SPLIT.split(part) if figures(p, lang)]
    if not said or not all(_CAPTION.search(p) for p in said):
        return False
    others = _body_values(text, lang)
    return all(f.low in others for p in said for f in figures(p, lang))


@functools.lru_cache(maxsize=8)
def _body_values(text: str, lang: Lang) -> frozenset[float]:
    """The values of the figures of ``text`` outside its photos' captions."""
    body = " ".join(p for p in _CAPTION_SPLIT.split(text) if not _CAPTION.search(p))
    return frozenset(f.low for f in figures(body, lang))


_CAPTION_SPLIT = re.compile(r"(?<=[.)])\s*(?=[A-ZĐÀ-Ỹ])|\n")
