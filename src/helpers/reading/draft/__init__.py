"""A draft catalog from a resolution's text: one target per number the text asks for, to review.

How the text is read (each step a rule a reviewer can check against the ``source`` of a target):

1. **The list of targets.** Resolutions number their targets "(1) … (2) …" (or "Một là, … Hai là, …"): the
   longest run of markers 1, 2, 3 … in order is the list, each item running to the next marker (the last to
   the end of its paragraph), numbered as printed. Without such markers, lines that open with "-", "+", "•",
   "1." or "a)" and hold a figure are the items; then "1. … 2. … 3. …" run into a paragraph; failing that,
   every paragraph of ";"- or sentence-separated clauses holding a figure (two at least), with the
   one-target sentences (or lines ending ";") between such paragraphs and a closing sentence that names the
   plan ("Theo kế hoạch, …"), but not the results told before the first paragraph that names a plan, a
   headline, a lead or a photo's caption. A last item broken across printed lines runs on through the lines
   that continue its sentence (the text's lines are first joined where a sentence breaks across them: a line
   with no stop, then one in lower case or a number). Results told without their year ("ước đạt", "vượt … so
   với dự toán", "vượt kế hoạch", "kết quả", "đến nay", "bám sát kế hoạch"; in English "is estimated to …")
   in a paragraph that names no plan are no list, nor is a sentence about an earlier year inside a plan's
   paragraph, unless it aims at the plan's year ("Based on the results … in 2024, … aims to achieve … in
   2025"), nor one of a part of the year gone by ("trong quý I, …", "in the first nine months of 2020 …
   still reached", a deed done: "Lego Group has invested in a 1.3 billion USD factory", a state as it stands:
   "hiện đã lấp đầy trên 80%"), nor an earlier year's results before a sentence's aim ("Năm 2021 … đạt 4.400
   tỉ đồng, …, phấn đấu năm 2022 này đạt 5.500 tỷ đồng"), nor the title printed again, of "last year" or
   "this year" before a plan that names its year, nor a plan since replaced ("Previously, …", "thay cho mục
   tiêu 12% trước đó"), nor years that all end before the plan's ("Trong các năm từ 2020 - 2023, …"), nor a
   sentence after the plan's in its paragraph that tells an earlier year's results ("… đặt mục tiêu … 8% vào
   năm 2024 …. Năm 2023, … đạt 5,66%"), nor a subheading over them; a year printed right after a figure is
   that figure's ("từ mức 51 triệu đồng/người năm 2023 lên 56 triệu đồng/người năm 2024" is 2024's); a plan
   word in a title before a figure starts the plan; the plan may be named in a paragraph with no figure
   before the lists, and a paragraph that sets figures for the plan's year ("đến năm 2030 đạt …"), or names
   its years after the lists, is the plan's. Results go on after the paragraph of an earlier year until a
   paragraph names a year or the plan ("Năm 2025, … đạt nhiều kết quả …", then "Khu vực dịch vụ tiếp tục giữ
   vai trò động lực, tăng trưởng trên 9%"); a plan's word inside a result's ("vượt chỉ tiêu kế hoạch", "đạt
   khá so kế hoạch", "targets were completed") names no plan. The plan's year is the one the sentences that
   set targets name; where none does, the year a session's report reviews ("tình hình kinh tế - xã hội … năm
   2023", "tổng kết … năm 2023") is past and the plan the next year's; an English plan for "next year" after
   this year's results is the year after the latest named. A term written after its years ("the 2025–2030
   tenure") bounds the vision beyond it. A table copied a row a line, its cells between "|", is read in its
   latest year's column. Items without printed numbers get none. Figures outside the list are reported,
   never drafted: the prose around a list is full of years, dates and "8 xã đã được xác định".
2. **Groups** come from the last heading before an item ("Về chỉ tiêu kinh tế:", "II. Xã hội"),
   by its words (:data:`helpers.reading.terms.GROUP_HEADINGS`); no heading: ``economic``, marked review.
3. **Targets.** Each figure of an item (see :mod:`helpers.reading.grammar`) is one leaf target. Its
   name is the words before it in its clause (or, when there are none, "70% số doanh nghiệp …", the
   words after it); a clause without a subject of its own ("nông thôn đạt 91%") borrows the item's
   heading before ":". After "trong đó" the figures are children of the figure before it, to the end
   of the item when "trong đó" is followed by a figure in its own clause; a growth set beside an amount
   ("đạt 122.566,9 tỷ đồng, tăng 18,5%") is a target of its own. Not targets: a ratio to last year's level
   after an amount ("83,4 triệu đồng/năm, bằng 109,4% so với năm 2020"), a ratio to a base or to the plan
   ("equivalent to nearly 90% of the figure recorded in …", "surpassing by 1.2% of the year’s estimates"; a
   year after "equal to …" is that base's, not the sentence's time; "…, bằng 100,3% kế hoạch năm" after a
   figure), a money figure restated in brackets in another unit ("8 - 10 triệu đồng/người/tháng (100 - 120
   triệu đồng/người/năm)"), a rate's rise in points, the
   country's ("mục tiêu tăng trưởng cả nước … đạt 8% trở lên", "the National Assembly assigned the
   Government a … target of 6.5-7%"), a support package's amount, the level a rate is raised from
   ("từ 29,4% lên khoảng 41,45%"), counts of the plan's parts or a conference's ("6 chương trình", "53
   điểm cầu"), last year's figure a target is set against ("against last year's $853 million", "higher
   than the 4.5% recorded last year", "giảm so với mục tiêu năm 2023 là 5.000ha"), a capacity or a share of
   the population as they stand, the share of the delegates who voted, other provinces' figures beside a
   ranking ("after Bac Giang (13.6%)"), a product's grade ("OCOP đạt 3 sao"), a meeting's form,
   a conversion ("tương đương khoảng 1.800 USD",
   or in brackets), a comparison with another place ("bằng 83% so mức … của vùng"), a forecast ("is
   forecast at around 8.5-9%"), the target a plan is said to beat ("cao hơn mức mục tiêu dự kiến
   Chính phủ giao (trên 10%)"), a denominator ("per 10,000 people"), the whole or plan of "2/3 xã"
   (its 3), a photo's caption that restates a target, and a target said again in another unnumbered
   item (a lead, a paragraph of means) with the same kind, values, unit and concept
   (:data:`helpers.reading.terms.CONCEPTS`).
4. **Kind**: a range is ``range``; "tối đa", "dưới", "less than", "không quá", "không còn", "còn" (down
   to) and words for things
   that should fall (unemployment, poverty: :data:`helpers.reading.terms.LOWER_IS_BETTER`, marked review)
   make ``max``; everything else is ``min``.
5. **Basis**: "hoàn thành" or "100% … có" is a milestone; a percentage after "tăng" is growth; a
   rate, share or per-head figure is a level; an amount over the year is a flow. A basis not told
   by such words is guessed from the unit alone and marked review.

Every target keeps ``source``, the exact clause it came from, and ``review``, the fields a person
must check: always ``name.en`` (left in Vietnamese), plus whatever was guessed.
"""

from .catalog import to_yaml
from .reader import Draft, draft
from .score import score
from .targets import slug

__all__ = ["Draft", "draft", "score", "slug", "to_yaml"]
