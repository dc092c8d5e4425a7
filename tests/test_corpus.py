"""Issue 25: how `chitieu draft` and `chitieu extract` read texts nobody tuned them for.

The corpus (tests/data/corpus/, addresses and conventions in each SOURCES.md) holds real texts of
many provinces, each with a reading written by hand before any program read it, in thirty-three rounds:
each held-out set was scored once before anything was read from it. Every set is pinned where it
stands (its first reading in the comments) so that a change to the rules cannot lower it unseen. No
held-out round's first reading has met the whole of the issue's aim (draft 90%, extract 85%, no wrong
value or item number): each round that held both target texts and reports drafted figures that are no
targets or proposed wrong rows on its first reading (the README's table gives them all). That is why the
issue stays open.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@functools.cache
def _bench():
    spec = importlib.util.spec_from_file_location("bench_corpus_score", ROOT / "bench/corpus_score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@functools.cache
def scores(which: str):
    return _bench().score(which)


def test_every_text_of_the_corpus_is_a_row_the_scorer_reads():
    # rounds 28 to 30 wrote some held-out cells "yes (seen in earlier rounds' (e), see (e))" and some cells with a
    # "|" inside: the scorer's table left 16 target texts out, unscored, while every count here said it read them
    corpus = ROOT / "tests/data/corpus"
    unread = []
    for sources in sorted(corpus.rglob("SOURCES.md")):
        listed = {row[1].strip("`") for row in _bench()._table(sources.parent)}
        unread += [str(t.relative_to(corpus)) for t in sorted(sources.parent.glob("*.txt")) if t.name not in listed]
    assert unread == []


def test_the_texts_the_rules_were_tuned_on():
    draft, extract = scores("tuned")
    # 12 target texts, 164 targets: the first reading found 17 with the right item number (90 had a
    # running count for one); one invented is Hà Nội's "(12) Không còn hộ nghèo …", a ceiling of
    # zero that the person's reading leaves out (a target without a figure)
    assert (draft.expected, draft.found) == (164, 164)
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 1)
    # 16 reports, 99 figures extract can give: the first reading had 62 right and 19 wrong rows
    assert extract.countable == 99 and extract.right >= 90 and extract.wrong == []


def test_the_texts_held_out_scored_once():
    draft, extract = scores("round1")
    # 6 target texts, 70 targets: 45 found (64%), 2 with a wrong item number, 14 invented (Nam
    # Định's list of 2020 results read as targets, a "VNĐ101 million" with no unit read, Sóc Trăng's
    # per-hectare figure cut in two)
    # since the first reading was read: 68; since counts in words ("two or three communes", round 30's reading): 70
    assert draft.expected == 70 and draft.found >= 70
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # 8 reports, 38 figures: 29 right (76%), 2 wrong (a sub-sector's index taken for the IIP, a
    # contraction read as growth)
    assert extract.countable == 38 and extract.right >= 34 and extract.wrong == []


def test_the_second_round_scored_once():
    """Round 2 (tests/data/corpus/round2/): 20 texts of 19 provinces collected after round 1 was
    spent, each with its reading written before any program read it, all held out; scored once
    on 2026-12-03, then read (spent)."""
    draft, extract = scores("round2")
    # first reading: 73 of 118 (62%); 16 wrong item numbers (Cần Thơ 2018's numbered items drafted
    # without their numbers), 21 invented (last year's results, "initial scenario" figures, the
    # Vietnamese "3.200 USD" of an English text read as 3.2)
    # Since (the rules changed on these texts, tests first): 111, no wrong number; the two invented
    # are TP HCM's "không còn hộ nghèo" (zero ceilings the reading leaves out, as Hà Nội's); missed:
    # four rises after a level (", tăng 1,19% so với ước thực hiện năm 2017", which the first corpus's
    # Huế reading counts as describing the level), "5/7 huyện", a unitless "9,6 above", "1 district"
    assert draft.expected == 118 and draft.found >= 115  # since a growth after an amount (round 29)
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 2)
    # first reading: 29 of 49 (59%; 27 as first scored, before the scorer compared a per-person
    # figure with an expected "triệu đồng"), 10 wrong rows; since: 47, none wrong
    assert extract.countable == 49 and extract.right >= 47 and extract.wrong == []


def test_the_third_round_scored_once():
    """Round 3 (tests/data/corpus/round3/): 19 held-out texts of 19 provinces collected while the
    rules changed on round 2 (Gia Lai 2024 is a page tests/data/resolutions holds: not held out),
    scored once on 2026-12-03, then read (spent)."""
    draft, extract = scores("round3")
    # first reading: 104 of 113 (92%), no wrong item number; 2 kinds wrong (a treatment of pollution
    # drafted as a ceiling; Đà Nẵng's plain "3,2%" of unemployment, which the draft makes a ceiling on
    # purpose and the reading a floor), 11 invented (8 of them Vĩnh Phúc 2025's results of last year);
    # since the rules changed on these texts: 110, 1 kind (the unemployment), 1 invented (Sơn La's
    # growth target said again in a photo's caption)
    assert draft.expected == 113 and draft.found >= 110
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 1, 1)
    # first reading: 55 of 74 (74%), 6 wrong rows (structure shares as growth, FDI firms' revenue and
    # "non-state and FDI" investment as FDI attracted, services' share of growth as January's,
    # clothes' fall as the exports'); since: 71, none wrong
    assert extract.countable == 74 and extract.right >= 71 and extract.wrong == []


def test_the_fourth_round_scored_once():
    """Round 4 (tests/data/corpus/round4/): 23 texts of 12 provinces none of rounds 1-3 has,
    collected once round 3 was spent, each with its reading written before any program read it,
    all held out; scored once on 2026-12-03, then read (spent)."""
    draft, extract = scores("round4")
    # first reading: 144 of 159 (91%), no wrong item number, no wrong kind, 13 invented (a national
    # target in the lead, comparisons "bằng 83% so …", a conversion "tương đương khoảng 1.800 USD",
    # targets said twice, "không còn xã …", a water-quality definition's "tối thiểu 60 lít")
    # Since (the rules changed on these texts, tests first): 147, 3 invented ("không còn xã dưới 15 tiêu
    # chí", a zero ceiling the reading leaves out; Quảng Bình's "65 dân số" with no "%", drafted in a unit
    # "dân số", and its water standard's "tối thiểu 60 lít/người/ngày")
    assert draft.expected == 159 and draft.found >= 149  # since "workers", "jobs" (round 24)
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 3)
    # first reading: 53 of 58 (91%), 1 wrong row: "Thu ngân sách nhà nước thực hiện hết tháng 3"
    # (to the end of March) proposed as March alone; since: 58, none wrong
    assert extract.countable == 58 and extract.right >= 58 and extract.wrong == []


def test_the_fifth_round_scored_once():
    """Round 5 (tests/data/corpus/round5/): 20 texts of the provinces as merged in 2025 (2026 plans,
    2025-2030 congress targets, reports after the merger), collected while round 4 was read, each
    with its reading written before any program read it, all held out; scored once on 2026-12-03,
    then read (spent)."""
    draft, extract = scores("round5")
    # first reading: 54 of 78 (69%), no wrong item number, 1 wrong kind (a poverty rate that
    # "decreases to 0.8%" drafted as a floor), 10 invented
    # Since (the rules changed on these texts, tests first): 72, no wrong kind, 2 invented (Lâm Đồng's
    # "cơ bản không còn hộ nghèo", a zero ceiling the reading leaves out; An Giang's lead rounding its
    # "10,71%" to "10,7%")
    assert draft.expected == 78 and draft.found >= 72
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 2)
    # first reading: 51 of 64 (80%), 11 wrong rows (structure shares as sector growth, a year before
    # taken for the report's, a sector's figure in its scenario's period, "5 tỷ 508 triệu USD" as 508);
    # since: 61, none wrong
    assert extract.countable == 64 and extract.right >= 61 and extract.wrong == []


def test_the_sixth_round_scored_once():
    """Round 6 (tests/data/corpus/round6/): 18 texts of the provinces as merged in 2025 that round 5
    did not take, collected while round 5 was read, each with its reading written before any program
    read it, all held out; scored once on 2026-12-03, then read (spent)."""
    draft, extract = scores("round6")
    # first reading: 46 of 68 (68%), no wrong item number or kind, 2 invented; since (the rules changed
    # on these texts, tests first): 66, 1 invented (Thanh Hóa's "900 căn nhà", drafted in a unit "căn
    # nhà", the reading's "căn")
    assert draft.expected == 68 and draft.found >= 66
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 1)
    # first reading: 54 of 67 (81%), 6 wrong rows (retail's rise as services' growth, tourism revenue's
    # rise as the visitors', industry's growth alone as the sector's, "1.5 trillion USD" of FDI as
    # printed but as an amount the scorer could not compare, a two-way trade total as exports, the power
    # cuts' effect on growth as the growth); since: 63, none wrong
    # (and since an earlier period's figure quoted for comparison is a row of that period, for review: 64)
    assert extract.countable == 67 and extract.right >= 64 and extract.wrong == []


def test_the_seventh_round_scored_once():
    """Round 7 (tests/data/corpus/round7/): 19 texts whose pages no earlier round holds (any province,
    any year), collected while round 6 was read, each with its reading written before any program read
    it, all held out; scored once on 2026-12-03, then read (spent)."""
    draft, extract = scores("round7")
    # first reading: 52 of 104 (50%), no wrong item number, 1 wrong kind (a natural population growth of
    # "1%" drafted as a ceiling), 4 invented. Since (the rules changed on these texts, tests first): 95,
    # the same wrong kind, 2 invented (Bà Rịa - Vũng Tàu's "đô la" unit, "không còn hộ nghèo")
    assert draft.expected == 104 and draft.found >= 95
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 1, 2)
    # first reading: 51 of 64 (80%), 12 wrong rows (a sector's revenue as its growth, spending as
    # revenue, a month's figures in a year to date, a part of retail as the whole). Since: 63, none wrong
    # (Hà Giang's April bullets that name no period are April's where they compare with the month before
    # or a running total follows); 62 since a change against a year before last is no change on a year:
    # Cà Mau's April 2023 "over the same period in 2021" is read as printed, where the reading takes the
    # year for a slip (a miss the rule makes on purpose)
    assert extract.countable == 64 and extract.right >= 62 and extract.wrong == []


def test_the_eighth_round_scored_once():
    """Round 8 (tests/data/corpus/round8/): 15 texts whose pages no earlier round holds, collected
    while round 7 was read, each with its reading written before any program read it, all held out;
    scored once on 2026-12-03, then read (spent)."""
    draft, extract = scores("round8")
    # first reading: 80 of 83 (96%), no wrong item number or kind, 1 invented: "12,739 billion 600
    # million VND" read as two amounts, the second (600 million VND) drafted as a target
    # since (the rules changed on these texts, tests first): 81, none invented; then 80 on purpose: Tây Ninh's
    # "… to achieve a growth target of over 10%" said again in the next paragraph (its last eight words the
    # same) is drafted once since round 20, where its reading counts it twice (README)
    assert draft.expected == 83 and draft.found >= 81  # since "workers", "jobs" (round 24)
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 31 of 37 (84%), 1 wrong row ("Binh Duong's economic growth will be likely to
    # exceed 8%" proposed as the nine months' growth); since: 36, none wrong
    assert extract.countable == 37 and extract.right >= 36 and extract.wrong == []


def test_the_ninth_round_scored_once():
    """Round 9 (tests/data/corpus/round9/): 18 texts whose pages no earlier round holds, collected
    while round 8 was read, each with its reading written before any program read it, each found on
    its stored page by an independent check, all held out; scored once on 2026-12-03, then read
    (spent)."""
    draft, extract = scores("round9")
    # first reading: 86 of 98 (88%), no wrong item number, 1 wrong kind (Gia Lai's poverty rate "là
    # 10,09%" drafted as a ceiling: the reading takes a plain value for a floor, the draft a poverty rate
    # for a ceiling, and keeps it), 4 invented. Since (the rules changed on these texts, tests first):
    # 93, 1 invented (Quảng Ngãi's "cơ bản không còn hộ nghèo", a zero ceiling the reading leaves out)
    assert draft.expected == 98 and draft.found >= 94  # since "workers", "jobs" (round 24)
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 1, 1)
    # first reading: 48 of 67 (72%), 2 wrong rows (Lạng Sơn's exports of its own goods, whose period
    # the text does not say, proposed as the year's by --period); since: 62, none wrong
    assert extract.countable == 67 and extract.right >= 62 and extract.wrong == []


def test_the_tenth_round_scored_once():
    """Round 10 (tests/data/corpus/round10/): 19 texts whose pages no earlier round holds, collected
    while round 9 was read, each with its reading written before any program read it, each found on
    its stored page by an independent check, all held out; scored once on 2026-12-03, then read
    (spent)."""
    draft, extract = scores("round10")
    # first reading: 37 of 49 (76%), no wrong item number or kind, 7 invented (six of them Vĩnh Phúc's
    # 2019 results, told before its 2020 targets without their year); since (the rules changed on these
    # texts, tests first): 45, 2 invented (Quảng Ninh's 2021 growth said twice in other words, Vĩnh Phúc's
    # "550 triệu vốn FDI" drafted in a unit "triệu vốn"); since round 20's rules (a target whose last words are
    # said again is drafted once), 1 (Vĩnh Phúc's)
    assert draft.expected == 49 and draft.found >= 45
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 1)
    # first reading: 52 of 70 (74%), 10 wrong rows (income per head as GRDP per head, agriculture's
    # production value as its growth, "In January-March" read as January, a month's figures before a
    # running total in the same sentence as the year to date, "quí I" not read as a quarter); since
    # (the rules changed on these texts, tests first): 66, none wrong
    # (67 since round 20's rules: Vĩnh Long's "up 14.99% over the same period" of social investment)
    assert extract.countable == 70 and extract.right >= 67 and extract.wrong == []


def test_the_eleventh_round_scored_once():
    """Round 11 (tests/data/corpus/round11/): 20 texts whose pages no earlier round holds, collected
    while round 10 was read, each with its reading written before any program read it, each found on
    its stored page by an independent check, all held out; scored once on 2026-12-03, then read
    (spent)."""
    draft, extract = scores("round11")
    # first reading: 61 of 62 (98%), no wrong item number or kind, 1 invented (Phú Thọ's "(trên 10%)",
    # the Government's target beside the province's scenario); since: 61, none invented
    assert draft.expected == 62 and draft.found >= 62  # since "workers", "jobs" (round 24)
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 40 of 61 (66%), 5 wrong rows (a product's rise listed after "such as" as the
    # services sector's growth, a fall of crop hectares as agriculture's growth, October's figures in a
    # paragraph that opens on October as the ten months'); since (the rules changed on these texts, tests
    # first): 54, none wrong
    # (and since an earlier period's figure quoted for comparison is a row of that period, for review: 55)
    assert extract.countable == 61 and extract.right >= 55 and extract.wrong == []


def test_the_twelfth_round_scored_once():
    """Round 12 (tests/data/corpus/round12/): 14 texts whose pages no earlier round holds, collected
    while round 11 was read, each with its reading written before any program read it, each found on
    its stored page by an independent check, all held out; scored once on 2026-12-03, then read
    (spent)."""
    draft, extract = scores("round12")
    # first reading: 14 of 14 (100%), no wrong item number or kind, 1 invented (Hà Nội's "với 100% đại
    # biểu có mặt tán thành", the deputies' vote, drafted as a target); since: none invented
    assert draft.expected == 14 and draft.found >= 14
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 38 of 50 (76%), 3 wrong rows (Sơn La's half year and CPI read as the year's: "theo
    # giá so sánh 6 tháng đầu năm 2022" taken for a comparison; Nghệ An's accommodation and food
    # services revenue as the services sector's growth); since (the rules changed on these texts, tests
    # first): 42, none wrong
    # (and since an earlier period's figure quoted for comparison is a row of that period, for review: 45)
    assert extract.countable == 50 and extract.right >= 45 and extract.wrong == []


def test_the_thirteenth_round_scored_once():
    """Round 13 (tests/data/corpus/round13/): 8 reports whose pages no earlier round holds, collected
    while round 12 was read, each with its reading written before any program read it, each found on
    its stored page by an independent check, all held out; scored once on 2026-12-03, then read
    (spent). No target texts: the search budget left allowed reports only."""
    draft, extract = scores("round13")
    assert draft.expected == 0
    # first reading: 37 of 42 (88%), no wrong row: the first held-out reading of the extract to meet
    # its part of the aim (85%, none wrong). Since: 40 (Long An's "sector I", "region II", "region III")
    # (and since an earlier period's figure quoted for comparison is a row of that period, for review: 41)
    assert extract.countable == 42 and extract.right >= 41 and extract.wrong == []


def test_the_fourteenth_round_scored_once():
    """Round 14 (tests/data/corpus/round14/): 14 target texts and 8 reports whose pages no earlier
    round holds, collected once round 13 was spent, each with its reading written before any program
    read it, each found on its stored page by an independent check, all held out; scored once on
    2026-12-04, then read (spent)."""
    draft, extract = scores("round14")
    # first reading: 91 of 99 (92%), no wrong item number, 1 wrong kind (Hà Nội's "less than 4 per
    # cent" of unemployment drafted as a floor), 22 invented (13 of them Kon Tum's results of 2023 told
    # after its targets in a text that prints no plan year; 5 Tuyên Quang's results of an event report;
    # Kiên Giang's "từ 29,4%", a from-value; Huế's count of programmes; two figures whose unit was read
    # short: "535 new enterprises and cooperatives", "labor productivity of VND 193 million"). Since (the
    # rules changed on these texts, tests first): 95, 1 invented (the enterprises and cooperatives)
    assert draft.expected == 99 and draft.found >= 96  # since a growth after an amount (round 29)
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 1)
    # first reading: 30 of 33 (91%), 2 wrong rows (Yên Bái's "107.1% compared to the growth scenario"
    # read as the growth; Hậu Giang's change of the industry's share "+1,61%" as its growth). Since: 33,
    # none wrong
    assert extract.countable == 33 and extract.right >= 33 and extract.wrong == []


def test_the_fifteenth_round_scored_once():
    """Round 15 (tests/data/corpus/round15/): 14 target texts and 8 reports whose pages no earlier
    round holds, collected while round 14 was read, each with its reading written before any program
    read it, each found on its stored page by an independent check, all held out; scored once on
    2026-12-04, then read (spent)."""
    draft, extract = scores("round15")
    # first reading: 83 of 93 (89%), no wrong item number, 2 wrong kinds (Ninh Bình's farm share "còn
    # 8,5%" as a floor; Gia Lai's population growth "đạt 1,14%" as a ceiling), 14 invented (the
    # results of the year before in Huế's, Kiên Giang's and Bắc Giang's texts; ranks and counts: "top 4",
    # "10 tỉnh", "2 ngành", "3 trụ cột"; Hải Dương's beds and doctors "/10.000 dân" and Ninh Bình's
    # "triệu đồng/ha canh tác" with their units cut short). Since (the rules changed on these texts,
    # tests first): 86, the population growth's kind (a plain value of a rate that should fall, which
    # the draft takes for a ceiling, on purpose) and Ninh Bình's "/ha canh tác" left
    assert draft.expected == 93 and draft.found >= 86
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 1, 1)
    # first reading: 17 of 25 (68%), 3 wrong rows (Sơn La's index "đạt 75,53%, giảm 24,47%" read as a
    # growth of 75,53%; Hồ Chí Minh City's retail "so với tháng cùng kỳ tăng 10,6%" as the half-year's;
    # Vĩnh Long's "2021" as a GRDP per head). Since: 21, none wrong
    assert extract.countable == 25 and extract.right >= 21 and extract.wrong == []


def test_the_sixteenth_round_scored_once():
    """Round 16 (tests/data/corpus/round16/): 13 target texts and 8 reports whose pages no earlier
    round holds, collected while round 15 was read, each with its reading written before any program
    read it, each found on its stored page by an independent check, all held out; scored once on
    2026-12-04, then read (spent)."""
    draft, extract = scores("round16")
    # first reading: 88 of 103 (85%), no wrong item number or kind, 9 invented (the country's targets in
    # Hải Dương's English text, "the National Assembly assigned the Government …", "the Prime Minister
    # set …"; Đắk Lắk's forest cover drafted twice; Hồ Chí Minh City's aid package; a conference's "53
    # điểm cầu" and "18 tham luận"). Since (the rules changed on these texts, tests first): 92, 1
    # invented (the caption's forest cover, worded otherwise than the body's)
    assert draft.expected == 103 and draft.found >= 95  # since "workers", "jobs" (r. 24), a growth after an amount (r. 29)
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 1)
    # first reading: 44 of 49 (90%), 5 wrong rows (Nam Định's total state budget revenue with the
    # transfers, and its rise, for the revenue on the territory; Nghệ An's "31 lượt dự án" as visits and
    # its "Lũy kế năm 2024" FDI in September as the year's; Vĩnh Long's urban CPI "trong đó, khu vực thành
    # thị giảm 0,2%" as the CPI). Since: 47, none wrong
    assert extract.countable == 49 and extract.right >= 47 and extract.wrong == []


def test_the_seventeenth_round_scored_once():
    """Round 17 (tests/data/corpus/round17/): 7 target texts and 4 reports whose pages no earlier round
    holds, collected while round 16 was read, each with its reading written before any program read it,
    each found on its stored page by an independent check, all held out; scored once on 2026-12-04, then
    read (spent). The stored pages left few target texts no round holds."""
    draft, extract = scores("round17")
    # first reading: 30 of 35 (86%), no wrong item number or kind, 2 invented (Hà Nội's 2018 results,
    # "this year", before "next year's" plan in an English text whose title names 2018). Since: none
    # invented
    assert draft.expected == 35 and draft.found >= 31  # since "foreign visitors" (round 25)
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 11 of 14 (79%), 1 wrong row (Kiên Giang's agriculture branch for the sector, whose
    # growth, like the GRDP's, "đạt 43,44% kế hoạch năm và tăng 4,52%", was taken for a plan). Since: 13,
    # none wrong
    assert extract.countable == 14 and extract.right >= 13 and extract.wrong == []


def test_the_eighteenth_round_scored_once():
    """Round 18 (tests/data/corpus/round18/): 4 target texts and 4 reports whose pages no earlier round
    holds, collected while round 17 was read, each with its reading written before any program read it,
    each found on its stored page by an independent check, all held out; scored once on 2026-12-04, then
    read (spent). The last round of the session: its search budget was spent."""
    draft, extract = scores("round18")
    # first reading: 18 of 23 (78%), no wrong item number or kind, 5 invented (a district's target quoted
    # in Cà Mau's; Đồng Tháp's "increasing … capacity from 48% to 53%" as a range; Bến Tre's rank "nhóm 20
    # cả nước", its count "11 công trình, dự án" and "100 DN dẫn đầu" with its unit read as "DN dẫn").
    # Since: 20, none invented
    assert draft.expected == 23 and draft.found >= 20
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 14 of 16 (88%), 2 wrong rows (Vĩnh Long's tour travellers, a part, as all visitors;
    # and a part of its retail sales for the whole). Since: 15, 1 wrong on purpose: its "khách lưu trú đạt
    # 227.100 lượt" (overnight guests) is read as the visitors, which its reading does not count and
    # Khánh Hòa's ("đón khoảng 9 triệu lượt khách lưu trú", tuned set) does
    assert extract.countable == 16 and extract.right >= 15 and len(extract.wrong) == 1


def test_the_nineteenth_round_scored_once():
    """Round 19 (tests/data/corpus/round19/): 13 target texts and 10 reports whose pages no earlier round
    holds, collected once round 18 was spent, each with its reading written before any program read it,
    each found on its stored page by an independent check, all held out; scored once on 2026-12-04, then
    read (spent)."""
    draft, extract = scores("round19")
    # first reading: 28 of 38 (74%), no wrong item number or kind, 17 invented (Quảng Trị's 2025 results
    # after a paragraph whose only year was a base, "so với năm 2024"; Quảng Ninh's nine months' results in
    # English; Yên Bái's communes as they stand, "Currently, 99 out of 150 …"; Ninh Bình's reward "worth
    # VND500 million"; Hải Phòng's standfirst target drafted again, last year's "VND100 trillion milestone"
    # and its industry's present share; Gia Lai's "100% of the delegates"). Since: 31, 1 invented (Hải
    # Phòng's "Its industrial sector accounts for 49 per cent", worded as translated plans word a share)
    # since "foreign visitors" (round 25): 32; since counts in words ("six additional communes", round 30's): 34
    assert draft.expected == 38 and draft.found >= 34
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 1)
    # first reading: 50 of 61 (82%), 4 wrong rows (Hải Dương's labour-use index as the industry's production
    # index, twice; Quảng Trị's gross output of industry-construction and of services as their growth). Since:
    # 59, none wrong
    assert extract.countable == 61 and extract.right >= 59 and extract.wrong == []


def test_the_twentieth_round_scored_once():
    """Round 20 (tests/data/corpus/round20/): 11 target texts and 15 reports whose pages no earlier round
    holds, collected while round 19 was read, each with its reading written before any program read it,
    each found on its stored page by an independent check, all held out; scored once on 2026-12-04, then
    read (spent)."""
    draft, extract = scores("round20")
    # first reading: 57 of 58 (98%), no wrong item number or kind, 31 invented (the results of the year before
    # in four English texts: Tây Ninh's "this year" before a plan for 2024, Hà Nội's 2018 after a paragraph
    # without figures, Hà Tĩnh's upper-case results line, Bến Tre's "last year"; targets replaced, Nghệ An's
    # "so với mức 11,18% của kế hoạch ban đầu", "thay cho mục tiêu 12% trước đó" and Quảng Ninh's
    # "Previously, … set at 12%"; the Party Central Committee's 8% for the country, a split at "No. 123";
    # a margin over the Government's target; a standfirst and a subheading drafted again; "2 con số").
    # Since: 57, 1 invented (Hà Tĩnh's "adjusted the growth target twice, from 7% to 8% and most recently …
    # 8.7%", a history of its target drafted as a range); then none (a target's history before its latest)
    assert draft.expected == 58 and draft.found >= 58  # since "foreign visitors" (round 25)
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 68 of 80 (85%), 8 wrong rows (Hòa Bình's share of industry-construction in a list of
    # shares and its CPI on the month before, "so với tháng trước giảm 0,31%"; Cần Thơ's "đầu năm 2026 …
    # 7,23%" as the whole of 2026 in January; Quảng Nam's visitors of the Lunar New Year's days; Tây Ninh's
    # "contracting 0.89%" as a rise; Bình Thuận's "income from accommodation … services" as the sector's
    # growth; and two kept on purpose, below). Since: 73, 2 wrong on purpose: Khánh Hòa's "lượt khách lưu
    # trú giảm 82%" read as the visitors (as round 18's), and Bình Thuận's "6,984 million visitors" read as
    # printed in an English text whose commas are thousands ("17,675.9 billion VND"), where its reading
    # takes the comma for a decimal one (the reader does not judge magnitudes)
    assert extract.countable == 80 and extract.right >= 73 and len(extract.wrong) == 2


def test_the_twenty_first_round_scored_once():
    """Round 21 (tests/data/corpus/round21/): 13 target texts and 10 reports whose pages no earlier round
    holds as a text (some an earlier part had seen and left), collected while round 20 was read, each with
    its reading written before any program read it, each found on its stored page by an independent check,
    all held out; scored once on 2026-12-04, then read (spent)."""
    draft, extract = scores("round21")
    # first reading: 78 of 90 (87%), no wrong item number, 1 wrong kind, 12 invented (Hà Nam's first quarter's
    # results before its one target sentence; Đồng Nai's months' averages in brackets). Since: 82, none
    # invented; then 83, no wrong kind (Điện Biên's "poverty rate reducing 4% compared to the previous year, to
    # 17.66%": the level after "to" is a ceiling)
    # since a growth after an amount (round 29): 87; since counts in words (round 30's reading): 88
    # (and since an English count after "the number of tourists" is visits: 89)
    assert draft.expected == 90 and draft.found >= 89
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 33 of 53 (62%), 2 wrong rows (Trà Vinh's May before "a cumulative collection of … in the
    # first five months" as the five months'; "Retail sales and consumer services revenue grew 13.2 per cent"
    # as the services sector's). Since: 40, none wrong
    # (and since an earlier period's figure quoted for comparison is a row of that period, for review: 45)
    assert extract.countable == 53 and extract.right >= 45 and extract.wrong == []


def test_the_twenty_second_round_scored_once():
    """Round 22 (tests/data/corpus/round22/): 5 target texts and 10 reports whose pages no earlier round
    holds as a text, collected while round 21 was read, each with its reading written before any program
    read it, each found on its stored page by an independent check, all held out; scored once on 2026-12-04
    (the session's last), read in the next."""
    draft, extract = scores("round22")
    # first reading: 17 of 17 (100%), no wrong item number or kind, 3 invented (a count of resolutions, "21 nghị
    # quyết"; two first-half results beside a year's target: Bắc Ninh's "(+8,06%" and Ninh Bình's "GRDP 6 tháng
    # đạt 8,19%"). Since (a count of what a session passed; a quarter "đã tăng", "GRDP 6 tháng đạt"): 0 invented
    assert draft.expected == 17 and draft.found >= 17
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 23 of 34 (68%), 4 wrong rows (Đắk Nông's sectors, "Trong đó, …", given the year before's
    # span of the comparison in the sentence before; Bà Rịa – Vũng Tàu's "value of port services" as the
    # services sector's). Since (the sentence's span handed on is not an earlier one it compares with; port
    # services name no sector; a rise after an amount's conversion in brackets is the amount's): 27, 0 wrong
    # (and since an earlier period's figure quoted for comparison is a row of that period, for review: 28)
    assert extract.countable == 34 and extract.right >= 28 and not extract.wrong


def test_the_twenty_third_round_scored_once():
    """Round 23 (tests/data/corpus/round23/): 9 target texts and 5 reports whose pages no earlier round
    holds as a text (part T0 is round 22's late English target part, kept aside unread), each with its reading
    written before any program read it, each found on its stored page by a check (one not seen, dropped), all
    held out; scored once on 2026-12-05."""
    draft, extract = scores("round23")
    # first reading: 28 of 35 (80%), no wrong item number or kind, 21 invented (the year before's results in
    # Bình Phước's English text and Vĩnh Phúc's Vietnamese one before their plans; Bình Định's 2021 results;
    # Kiên Giang's first half; "trực tuyến 3 cấp"). Since (an average's span is no term; a sentence of targets
    # met sets none; a paragraph goes on with the results before it by its first sentence; English results
    # "reaching", "in the first half", "up to now"; a meeting's form; an aim the sentence sets; a scheme's
    # "until 2030" is no plan's year): 31, 0 invented; since counts in words ("two more communes"): 32
    assert draft.expected == 35 and draft.found >= 32
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 6 of 14 (43%), 3 wrong rows (Bến Tre's exports, a part in a sentence run into the one
    # before without a space; Cao Bằng's "import-export revenue" read as exports, twice). Since (a full stop
    # before a capital with no space ends a sentence): 7, 2 wrong (Cao Bằng's). Since ("import-export revenue" is
    # both directions; "jumped", "climb"; "investment capital for social development"; "total product"; examples
    # after "such as:" are their own; "reached 96.59% over the same period" is an index; "Entering April"): 12,
    # none wrong
    assert extract.countable == 14 and extract.right >= 12 and extract.wrong == []


def test_the_twenty_fourth_round_scored_once():
    """Round 24 (tests/data/corpus/round24/): 12 target texts and 6 reports whose pages no earlier round
    names, collected while round 23 was read, each with its reading written before any program read it, each
    found on its stored page by a second helper's own searches (one space line re-cut from the page), all held
    out; scored once on 2026-12-07."""
    draft, extract = scores("round24")
    # first reading: 58 of 65 (89%), no wrong item number or kind, 9 invented (Lào Cai's "tăng trên 3,45 điểm %"
    # and "bằng 109,4%" inside targets; "ít nhất 4 đơn vị cấp huyện" as a unit of its own; Bến Tre's January
    # results and last year's; Bạc Liêu's last year's "$853 million", a capacity and a decade's sum; Sóc Trăng's
    # past "declined more than 3 percent"). Since ("setting its sights on" sets a plan; "totalled more than";
    # a rise in points and a ratio after "/năm" describe the target; "against last year's"; a capacity standing;
    # "over the last five years"; "is set to"; "đơn vị cấp huyện"): 61, 0 invented
    assert draft.expected == 65 and draft.found >= 63  # since "workers", "jobs" (round 24)
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 19 of 33 (58%), 4 wrong rows (An Giang's first quarter of 2019, in brackets after each
    # sector's 2020 figure, proposed as 2020's, three; Bắc Ninh's FDI stock "as at the end of the year" as the year's).
    # Since ("quý I-2019" is 2019's first quarter; a stock "as at the end of" a date is no flow; "tỉ đô la Mỹ";
    # "goods shipped abroad"; an acronym in brackets is the longer name's before it): 29, none wrong
    assert extract.countable == 33 and extract.right >= 29 and extract.wrong == []


def test_the_twenty_fifth_round_scored_once():
    """Round 25 (tests/data/corpus/round25/): 7 target texts and 12 reports whose pages no earlier round
    names as a text, collected while round 24 was read, each with its reading written before any program read
    it, each found on its stored page by a second helper's own searches, all held out; scored once on
    2026-12-07."""
    draft, extract = scores("round25")
    # first reading: 26 of 31 (84%), no wrong item number or kind, 13 invented (Bắc Kạn's count of targets, its
    # 2020-2023 results and the levels its targets rise from; Yên Bái's spending estimate; Bình Thuận's result;
    # Tiền Giang's first month). Since ("đề ra nhiệm vụ/mục tiêu" sets the plan's year; a figure's own year is no
    # time; "từ mức … lên"; a comma before the plan's year; a count of "mục tiêu"; an OCOP grade; years that end
    # before the plan's; "/kế hoạch" is no denominator; a subheading over last year's results; "the first
    # month"; a plan word in the title before a figure; "foreign visitors"): 30, 1 invented (Yên Bái's spending
    # estimate, said twice and kept as the parent of its parts)
    assert draft.expected == 31 and draft.found >= 30
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 1)
    # first reading: 51 of 58 (88%), 7 wrong rows (Cà Mau's "Qúy I" not read as the first quarter, two; a part's
    # rise as the exports'; Cà Mau's July rises, whose base is not said, two; "some"/"approximately" read as exact,
    # two). Since ("approximately", "some"; "Qúy"; a part after "trong đó" the table does not name; a rise with no
    # base beside one on the previous month): 53, none wrong; ("worth of goods overseas", round 30's reading): 55
    assert extract.countable == 58 and extract.right >= 55 and extract.wrong == []


def test_the_twenty_sixth_round_scored_once():
    """Round 26 (tests/data/corpus/round26/): 4 target texts and 12 reports whose pages no earlier round
    names as a text, for province-periods no corpus text holds, collected while round 25 was read, each with its
    reading written before any program read it, each found on its stored page by a second helper's own
    searches, all held out; scored once on 2026-12-07."""
    draft, extract = scores("round26")
    # first reading: 13 of 20 (65%), no wrong item number or kind, 5 invented (Đồng Tháp's 2023 results before
    # its plan, three; a present share; a farming value per hectare drafted in millions). Since (a paragraph's
    # sentences after the plan's that tell an earlier year's results; years only after figures give the latest;
    # a share of the population; an amount per hectare is drafted with its unit as written): 14, 1 invented (that
    # amount, whose written unit "vnd million per hectare" the reading spells "million VND/ha"); since the units
    # table has a value per hectare (round 30's reading): 15, none invented
    assert draft.expected == 20 and draft.found >= 15
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 53 of 65 (82%), 4 wrong rows (Hà Nam's sectors given the year 2021 of "kể từ năm 2021"
    # in the sentence before, three; Cần Thơ's "31.03%" as the services' growth). Since ("kể từ năm 2021" is no
    # span; "accommodation and catering services" is a branch; "Group I/II/III"): 59, none wrong
    # (and since a province's own release may print "GDP" for its GRDP: 60)
    assert extract.countable == 65 and extract.right >= 60 and extract.wrong == []


def test_the_twenty_seventh_round_scored_once():
    """Round 27 (tests/data/corpus/round27/): 10 target texts and 6 reports whose pages no earlier round
    names as a text, for province-periods no corpus text holds, collected while round 26 was read, each with its
    reading written before any program read it, each found on its stored page by a second helper's own
    searches, all held out; scored once on 2026-12-07."""
    draft, extract = scores("round27")
    # first reading: 35 of 41 (85%), no wrong item number or kind, 10 invented (a vote's share; a count of
    # resolutions; an estimate; the levels a range is raised between; a forecast and the year before's rate; an
    # investor's project; other provinces' growth beside the city's). Since (a vote's share in brackets; a count of
    # "nghị quyết"; "targeted"; "meeting the target", "higher than planned"; "… recorded last year"; others' rates
    # beside a ranking; a figure after "has invested"): 36, 3 invented (Thanh Hóa's budget raised "from VND40
    # trillion … to VND50 trillion", read as a range; Bình Dương's forecast IIP)
    assert draft.expected == 41 and draft.found >= 36
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 3)
    # first reading: 27 of 29 (93%), 2 wrong rows (Lạng Sơn's "value of imports and exports" read as exports, a level
    # and its rise). Since ("imports and exports"): 27, none wrong
    # (and since round 38: "TP.HCM" is Hồ Chí Minh City's own name: 28)
    assert extract.countable == 29 and extract.right >= 28 and extract.wrong == []


def test_the_twenty_eighth_round_scored_once():
    """Round 28 (tests/data/corpus/round28/): 2 target texts (the store held few that no round names) and 6
    reports whose pages no earlier round names as a text, for province-periods no corpus text holds, collected
    while round 27 was read, each with its reading written before any program read it, each found on its stored
    page by a second helper's own searches, all held out; scored once on 2026-12-07."""
    draft, extract = scores("round28")
    # first reading: 2 of 2 (100%), no wrong item number or kind, none invented (too few to say much)
    # (the scorer's table left 16 target texts of rounds 28 to 30 out, unscored, until 2026-12-07: their held-out
    # cells said more than "yes"; no rule was written from them, and they were scored first on that day, at
    # 1c24874)
    # the text left out (Quảng Ngãi 2026, English): 6 of 6, none invented; the round: 8 of 8
    assert draft.expected == 8 and draft.found >= 8
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 13 of 18 (72%), 3 wrong rows (Bắc Ninh's sectors' averages over 2021-2023 as the year's
    # growth, two; Trà Vinh's agriculture). Since (a sign in brackets, "(-2,31%)"; "khu vực CN-XD", "NLTS"; the
    # parts of an average over years; "agro-forestry-fishery production"): 15, none wrong; ("investment in
    # society", "approximating", round 30's reading): 17
    assert extract.countable == 18 and extract.right >= 17 and extract.wrong == []


def test_the_twenty_ninth_round_scored_once():
    """Round 29 (tests/data/corpus/round29/): 12 target texts (pages no earlier round names as a text; for the first
    time also for province-years a corpus text holds, when the text copies none: no run of 15 words shared) and 7
    reports for province-periods no corpus text holds, collected while the rules were changed on round 27 only,
    each with its reading written before any program read it, each found on its stored page by a second helper's
    own searches, all held out; scored once on 2026-12-07."""
    draft, extract = scores("round29")
    # first reading: 50 of 56 (89%), no wrong item number, 1 wrong kind (Kiên Giang's "giữ tỷ lệ hộ nghèo đa chiều ở
    # mức 1%" drafted as a ceiling, which its reading types a floor and calls "really a ceiling"), 1 invented (Bắc
    # Ninh's 2025 growth "bám sát kế hoạch"). Since (a growth set beside an amount; "bám sát kế hoạch"): 52, none
    # invented; since counts in words ("six more communes", round 30's reading): 53
    # (the scorer's table left 16 target texts of rounds 28 to 30 out, unscored, until 2026-12-07: their held-out
    # cells said more than "yes"; no rule was written from them, and they were scored first on that day, at
    # 1c24874)
    # the 7 texts left out: 16 of 18, no wrong number or kind, 4 invented (Quảng Trị's disbursement so far "mới đạt
    # 3,85%" and a rise "tương ứng tăng thêm khoảng 6.490 tỷ đồng"; Hồ Chí Minh City's growth target before its
    # adjustment; Gia Lai's 135 communes of a conference's attendance). The round: 69 of 74. Since (tests first on
    # these texts: "mới đạt" so far, "tương ứng tăng thêm", a range raised to another, who attended): none invented
    assert draft.expected == 74 and draft.found >= 69
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 1, 0)
    # first reading: 18 of 24 (75%), 2 wrong rows (Sơn La's headline IIP again for the months to date; Đà Nẵng's
    # industry's share, "made up 18.75%", as its growth). Since ("made up"; a headline the body dates; a
    # "respectively" list whose names follow; "economic expansion"): 22, none wrong
    assert extract.countable == 24 and extract.right >= 22 and extract.wrong == []


def test_the_thirtieth_round_scored_once():
    """Round 30 (tests/data/corpus/round30/): 11 target texts and 7 reports collected while round 29 was read, under
    round 29's rule of collection (a held province-year's page only if its text copies no corpus text), each with its
    reading written before any program read it, each found on its stored page by a second helper's own searches, all
    held out; scored once on 2026-12-07."""
    draft, extract = scores("round30")
    # first reading: 12 of 16 (75%), no wrong item number or kind, 4 invented (Đà Nẵng's scenarios' ratios to a base
    # and to the plan, "equivalent to nearly 90% of the figure …", "surpassing by 1.2% of the year’s estimates").
    # Since (an English ratio to a base or the plan; a year after "equal to" is a base): 15, none invented
    # (the scorer's table left 16 target texts of rounds 28 to 30 out, unscored, until 2026-12-07: their held-out
    # cells said more than "yes"; no rule was written from them, and they were scored first on that day, at
    # 1c24874)
    # the 8 texts left out: 22 of 23, no wrong number or kind, 2 invented (Tây Ninh's "2 địa phương" of a scenario's
    # task; Thái Nguyên's "has not yet reached the set target of 8.5%", last year's). The round: 37 of 39. Since
    # ("của 2 địa phương"; a target missed is a result's comment): none invented
    assert draft.expected == 39 and draft.found >= 37
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 32 of 37 (86%), 2 wrong rows (Quảng Ninh's services' share "contributing to 30.6% of the GRDP"
    # as its growth; tourism revenue's "2.7-fold" as the tourists'). Since ("2.3 and 2.7-fold"; a per cent "of the
    # GRDP" is a share; "from domestic sources"): 35, none wrong
    # (and since an earlier period's figure quoted for comparison is a row of that period, for review: 36)
    assert extract.countable == 37 and extract.right >= 36 and extract.wrong == []


def test_the_thirty_first_round_scored_once():
    """Round 31 (tests/data/corpus/round31/): 11 target texts and 7 reports collected while round 30 was read, under round 29's rule
    of collection (a held province-year's page only if its text copies no corpus text), each with its reading
    written before any program read it, each found on its stored page by a second helper's own searches, all held
    out; scored once on 2026-12-07, not yet read."""
    draft, extract = scores("round31")
    # first reading: 40 of 43 (93%), no wrong item number or kind, 12 invented (Hậu Giang's parks as they stand,
    # 2021's revenue before the aim and its title printed again; Bạc Liêu's shares of the plan in a list; Hà Nam's
    # ratio to the plan; Sơn La's monthly figure restated per year in brackets; Hà Nội's last year's growth after a
    # full stop printed without its space; Lào Cai's "15 triệu khách" and Vĩnh Long's "$2.87 million" in units the
    # scorer did not read as the readings' "triệu khách du lịch" and "million US$"). Since (tests first, each on its
    # text; and the scorer's spellings of the two units): 43, none invented
    assert draft.expected == 43 and draft.found >= 43
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # the 7 reports, scored once after the targets were read: 18 of 28 (64%), 5 wrong rows (Cao Bằng's July CPI
    # given the compared month's year, and a group of the index as the CPI; its import-export turnover as the
    # exports, two; Thái Nguyên's agriculture's contribution as its growth). Since (a compared period's year is no
    # span; the CPI's groups; "import-export turnover"; a report printed in broken lines; "so với … năm 2022 là"):
    # 22, 3 wrong (the contribution, and Hòa Bình's "total state budget revenue in the province", which its reading
    # takes for the local budget's total receipts and its "balance" for the budget revenue; doubtful, left)
    assert extract.countable == 28 and extract.right >= 22 and len(extract.wrong) == 3


def test_the_thirty_second_round_scored_once():
    """Round 32 (tests/data/corpus/round32/): 9 reports collected at the start of the session after round 31 was read,
    each with its reading written before any program read it, each found on its stored page by a second helper's own
    searches, all held out; the reports scored once on 2026-12-07, before the round's target texts arrived, and the
    English target texts once each part was checked."""
    draft, extract = scores("round32")
    # the 6 English target texts (part T1), scored once at cc712fe: 16 of 19 (84%), 1 wrong kind (Tuyên Quang's poor
    # households' rate "reducing … to 9.99%" as a floor), 10 invented (half-year results of Quảng Ninh and Ninh Bình
    # and Bắc Ninh's 2022 revenue, read as targets)
    # and the 6 Vietnamese ones (part T0), scored once at 4ed5f52, after the reports were read: 37 of 37, none wrong,
    # 1 invented (Hà Tĩnh's last term's growth "Trong nhiệm kỳ vừa qua, … duy trì … bình quân 6,4%"). The round's
    # first reading: 53 of 56 (95%), 1 wrong kind, 11 invented. Since (a sentence that opens on its aim sets it;
    # English results against the year's target, the estimates, or "witnessed", "was estimated to reach"; "reducing
    # … to"; "nhiệm kỳ vừa qua"; a quadrillion VND): 56, none wrong or invented
    assert draft.expected == 56 and draft.found >= 56
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 33 of 40 (82%), 2 wrong rows (Tây Ninh's "9 lượt điều chỉnh" of investment projects as visits;
    # its FDI projects' registered capital still in force, a stock, as the five months' FDI). Since (a bare "lượt"
    # before what else it counts; "còn hiệu lực" before the capital; an English "will" of the report's own written
    # span is its estimate; a margin over the target in brackets after a level): 35, none wrong
    assert extract.countable == 40 and extract.right >= 35 and extract.wrong == []


def test_the_thirty_third_round_scored_once():
    """Round 33 (tests/data/corpus/round33/): 9 reports collected after round 32 was read, each with its reading
    written before any program read it, each found on its stored page by a second helper's own searches, all held
    out; the reports scored once on 2026-12-07, at 7ea59ea (no rule changed while they were collected), then the
    15 target texts."""
    draft, extract = scores("round33")
    # the 15 target texts, scored once at 6f11cd5 (the draft's code as when the round's collection began): 47 of 60
    # (78%), no wrong number or kind, 33 invented (results told before or around one-sentence plans in Tây Ninh,
    # Quảng Ngãi, Kiên Giang and Quảng Ninh; a province's description; units as written cut at a word: "triệu du",
    # "con gia", "cây phân", and "triệu đồng" without its "/ha", each beside its target missed)
    # Since (a holiday's, "năm qua", a province described, a deed done "đã thành lập"; "du khách" in visits; a
    # classifier's count; English results beside the target they beat, a holiday's; "between … to …"; a rate's
    # distance from last year's): 51, 4 invented (Tây Ninh's 2022 results in brackets in its plan's sentence, which
    # the draft cannot tell from a milestone without the plan's year; and Thái Nguyên's two targets in units its
    # reading writes otherwise than rounds 8, 15 and 24 did, "triệu đồng/ha" for "triệu đồng" after "trên 01 ha",
    # "đơn vị" for "đơn vị cấp huyện": the draft keeps the earlier readings' units, as printed)
    assert draft.expected == 60 and draft.found >= 51
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 4)
    # first reading: 27 of 44 (61%), 3 wrong rows (Hà Giang's growth of another time as the half-year's; Phú Thọ's
    # first half of 2024's revenue in brackets as 2025's; Bình Dương's industry's rise as the industry and
    # construction sector's)
    # Since ("Hanoi", the city's name in one word, is its own; an English span of months keeps its year; a target's
    # figure after its name; "retail sale of goods and consumer service revenue"; "the production index of the entire
    # industrial sector"): 33, none wrong
    # (and since an earlier period's figure quoted for comparison is a row of that period, for review: 38)
    assert extract.countable == 44 and extract.right >= 38 and extract.wrong == []


def test_the_thirty_fourth_round_scored_once():
    """Round 34 (tests/data/corpus/round34/): 9 reports collected after round 33 was read, each with its reading
    written before any program read it, each found on its stored page by a second helper's own searches, all held
    out; the reports scored once on 2026-12-07, at 71fbd5b (no rule changed while they were collected), then the 12
    target texts."""
    draft, extract = scores("round34")
    # the 12 target texts, scored once after the reports, at the draft's code of ace26f9 (as when the round's
    # collection began): 33 of 38 (87%), no wrong number or kind, 19 invented (Long An's half-year results before its
    # year's target, "Đến nay, …"; Gia Lai's nine months' results before its plan; Điện Biên's enterprises "tính đến
    # quý I-2025"; the Government's target a province's beats, "cao hơn mục tiêu 9,5%"; a target replaced, "The
    # previous target … was …"; a count of a plan's fields). Since (tests first on each: "Đến nay", "Tính đến quý",
    # "Trong 9 tháng"; "cao hơn mục tiêu"; "lĩnh vực"; a target replaced; English visitors "domestic", "turns of
    # foreigners"): 35, none invented
    assert draft.expected == 38 and draft.found >= 35
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 35 of 47 (74%), 12 wrong rows (Bắc Ninh's third quarter's sectors as September's; Hưng Yên's
    # industry's share of the growth, "đóng góp tới 76,40%", as its growth; An Giang's ten months' IIP as the year's
    # and its wholesale and retail together as the retail sales, two; Hồ Chí Minh City's retail growth as the
    # services'; Bắc Kạn's exports, two; Huế's holiday visitors and its retail growth as the services'). Since
    # ("đóng góp tới"; "10 tháng của năm 2024"; "during the holiday from April 30 to May 4"; English names of retail,
    # investment and trade said otherwise; "bán buôn, bán lẻ"; a sentence going on about a quarter alone): 44, none
    # wrong
    # (and since an earlier period's figure quoted for comparison is a row of that period, for review: 45)
    assert extract.countable == 47 and extract.right >= 45 and extract.wrong == []


def test_the_thirty_fifth_round_scored_once():
    """Round 35 (tests/data/corpus/round35/): 9 reports collected after round 34 was read, each with its reading
    written before any program read it, each found on its stored page by a second helper's own searches, all held
    out; the reports scored once on 2026-12-07, at efd4721 (no rule changed while they were collected), then the 13
    target texts."""
    draft, extract = scores("round35")
    # the 13 target texts, scored once after the reports, at efd4721 (the code as when the round's collection began):
    # 60 of 76 (79%), no wrong number or kind, 9 invented (Lâm Đồng's 2022 tourism results told in English before its
    # plan, six; units as written cut at a word, "ngàn m" of "ngàn m3", "triệu đôla" for "triệu đôla Mỹ", "11 tỷ"
    # of a compound "11 tỷ 800 triệu USD", each beside its target missed)
    # Since ("X% of the year’s plan" with a curly apostrophe is a result's share; "seeking to"; "triệu đôla Mỹ";
    # "ngàn m3"): 63, 1 invented (the compound "11 tỷ 800 triệu USD", read as "11 tỷ")
    assert draft.expected == 76 and draft.found >= 63
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 1)
    # first reading: 20 of 35 (57%), 3 wrong rows (Thailand's per-capita GRDP, "tương tương với Thái Lan (khoảng
    # 7.200 USD …)", as Bà Rịa - Vũng Tàu's; Bạc Liêu's 2016 growth, the first of a series of years in brackets, as 2019's; Đắk Lắk's
    # revenue plan for 2025 as the half year's revenue)
    # Since (a figure followed by an earlier year, "5.38% in 2016", is that year's): 21, 2 wrong (Bà Rịa - Vũng Tàu's
    # comparison with Thailand; Đắk Lắk's plan)
    # ("achieved" after the target is named; "social investment capital"): 24, the same 2 wrong; (another country's
    # figure, "tương đương với Thái Lan (khoảng 7.200 USD …)"; "the … plan for 2025 is"): none wrong
    # (since round 37: an earlier year's figure, the year written after it, is that year's row, for review; a series
    # of years in brackets is no part): 27, none wrong
    assert extract.countable == 35 and extract.right >= 27 and extract.wrong == []


def test_the_thirty_sixth_round_scored_once():
    """Round 36 (tests/data/corpus/round36/): 15 target texts and 13 reports collected after round 35 was read, each
    with its reading written before any program read it, each found on its stored page by a second helper's own
    searches, all held out; each part scored once on 2026-12-07 as soon as it was checked."""
    draft, extract = scores("round36")
    # first reading, at the draft's code of 7a7de28: 69 of 86 (80%), no wrong number or kind, 30 invented (Sóc Trăng's
    # and Tiền Giang's English results told before their one target; Sóc Trăng's 2022 aquaculture results; Bắc Kạn's
    # conversions "(quy đổi 890 ha)"), with the scorer's label "million arrivals" mended (as measured: 68, 31 invented)
    # Since (a title of last year's results over next year's plan, "Năm 2022, … đạt hơn 1 tỷ USD" over "Năm 2023, …
    # đề ra kế hoạch …", is the plan's year; "meeting 85 percent of its yearly plan" is a result's): 69, 9 invented;
    # (an English count after "the number of tourists"; "foreign arrivals"; "expects to", "making efforts to" set
    # targets; "set for 2021-2025" is a plan's period; exports "shipped … since the beginning of this year"; "(quy đổi
    # 890 ha)" a conversion): 76, 3 invented (Nam Định's growth described, "duy trì tốc độ tăng trưởng GRDP cao (trên
    # 10%)"; Bắc Kạn's trees planted, "toàn tỉnh trồng được 207.582 cây"; Bắc Giang's "114 triệu đồng/ha/năm", drafted
    # per hectare where its reading's unit "triệu đồng/ha/năm" is no label the scorer knows, beside it missed)
    assert draft.expected == 86 and draft.found >= 76
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 3)
    # first reading, at the extract's code of a88c3d7: 30 of 44 (68%), 5 wrong rows (Điện Biên's sectors' rises at
    # current prices as real growth; Quảng Nam's goods retail as retail sales, level and rise; Trà Vinh's June retail
    # sales "in the month" as the half year's)
    # Since (the items under a GRDP at current prices rise at current prices; goods retail alone beside the report's
    # total of goods and services is a part; an English "in the month"; "sectors such as" the economy's own): 35,
    # none wrong; ("Đến hết quý III" is the year to date; "the total number of tourists is estimated at 1.92
    # million"): 37, none wrong; (a province's own "GDP"): 38, none wrong
    assert extract.countable == 44 and extract.right >= 38 and extract.wrong == []


def test_the_thirty_seventh_round_scored_once():
    """Round 37 (tests/data/corpus/round37/): 14 target texts and 13 reports collected while round 36 was read, each
    with its reading written before any program read it, each found on its stored page by a second helper's own
    searches, all held out; each part scored once on 2026-12-07 as soon as it was checked."""
    draft, extract = scores("round37")
    # first readings: the English targets at cd0f7ca, 9 of 22 (41%), no wrong number or kind, 12 invented (the half
    # year's results told before a one-sentence plan, "fulfilling 53% of the plan of 2024", "115% of the … assigned
    # target"); the Vietnamese at 3337f6e, 38 of 45 (84%), no wrong number or kind, 24 invented (a date line read as the
    # title, and 2022's results drafted for 2023's plan; nine months' results, "đạt 89,6% chỉ tiêu cả năm"; a range whose
    # unit is written twice, "2.000 tấn -2.500 tấn"); the round: 47 of 67 (70%), 36 invented
    # Since (a part of the year gone by beside a base of a result; a result's share of a named target; "against
    # 2019" a base; a date line is no title; the title again with a full stop; "Đến ngày 14/7, … đã thực hiện …"; a
    # range whose scale or unit is written twice): 54, 6 invented
    # ("vượt 7,46% kế hoạch" a margin over the plan): 54, 5 invented
    assert draft.expected == 67 and draft.found >= 54
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 5)
    # first readings: the English reports at 01e22f8, 34 of 44 (77%), 4 wrong rows (Bình Phước's second quarter's
    # sectors, listed after "of which:", as the half year's, two; Cần Thơ's IIP "from a month earlier" as on the year;
    # Gia Lai's visitors of a month not said as the eight months'); the Vietnamese at 3b4b273, 25 of 29 (86%), 5 wrong
    # (Hà Tĩnh's goods retail as retail sales, two; Hà Giang's farm production's growth as the sector's; Đồng Tháp's
    # imports "lũy kế đến tháng 10" as October's, two); the round: 59 of 73 (81%), 9 wrong
    # Since (the quarter a list "of which:" opens on; "from a month earlier"; "lũy kế đến tháng 10"): 62, 4 wrong
    # (Hà Tĩnh's goods retail, which earlier rounds' readings take as retail sales where no total is beside it; Hà
    # Giang's farm production; Gia Lai's visitors, whose reading is doubtful); (an earlier year's figure, the year
    # written after it, is that year's, and a series of years in brackets no part; "higher than the growth in the same
    # period of 2022 (4.90%)"; "Thu NSNN"): 67, the same 4 wrong; ("up 5.1% from the previous month and 19.9% …"):
    # 68
    assert extract.countable == 73 and extract.right >= 68 and len(extract.wrong) == 4


def test_the_thirty_eighth_round_scored_once():
    """Round 38 (tests/data/corpus/round38/): 12 target texts and 13 reports collected while round 37 was read, each
    with its reading written before any program read it, each found on its stored page by a second helper's own
    searches, all held out; each part scored once on 2026-12-07 as soon as it was checked."""
    draft, extract = scores("round38")
    # first readings: the Vietnamese targets at a2633ef, 9 of 13 (69%), no wrong number or kind, 3 invented; the
    # English at 935ebe6, 10 of 25 (40%), no wrong number or kind, 6 invented (a tourism plan's funding as printed in
    # a consultant's advice, missed; the land a province has, "the province has nearly 90,000 households"); the
    # round: 19 of 38 (50%), 9 invented as measured; 20 and 8 with the scorer's label "tonnes per year" (added later)
    # Since (a number after a year and "to" is no longer lost; "reduce … from 14.74% at the end of 2018 to 11.74%" a
    # ceiling; "Trong tháng 3, …" and "trong nhiệm kỳ qua" results; what a province has; "dự kiến sẽ"; numbers glued
    # to their units; a bare scale among parts; "đạt tổng sản lượng 1,57 triệu tấn"): 29, 2 invented
    assert draft.expected == 38 and draft.found >= 29
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 2)
    # first readings: the Vietnamese reports at 23d4fed, 29 of 32 (91%), 2 wrong (Cà Mau's seafood exports as the
    # province's, level and fall); the English at e18f695, 19 of 31 (61%), 2 wrong (Khánh Hòa's revenue's rise as the
    # visitors'; Đồng Nai's "tourism-related services gained growth of over 40%" as the services sector's); the
    # round: 48 of 63 (76%), 4 wrong. Since ("TP.HCM" the city's own; "thấp hơn so với mức tăng cùng kỳ 6,91%"; one
    # product's exports; a rise after a converted amount; "tourism-related services"; last year's figures in three
    # English forms; "revenue from retail and service activities"; "over April"; "the province's growth in"): 58,
    # none wrong
    assert extract.countable == 63 and extract.right >= 58 and len(extract.wrong) == 0


def test_the_thirty_ninth_round_scored_once():
    """Round 39 (tests/data/corpus/round39/): 13 target texts and 7 English reports, each with its reading written
    before any program read it, each found on its stored page by a second helper's own searches, all held out; each
    part scored once on 2026-12-07 as soon as it was checked (three target texts whose pages the checker did not find
    again were left out before scoring)."""
    draft, extract = scores("round39")
    # first readings: the Vietnamese targets at d18ac93, 22 of 28 (79%), no wrong number or kind, 25 invented (a
    # year's results before a heading "Chỉ tiêu, nhiệm vụ năm 2024:"; results "đạt gần 99% kế hoạch"); the English
    # and southern at 3848867, 28 of 40 (70%), no wrong number or kind, 6 invented; the round: 50 of 68 (74%), 6
    # invented once the Vietnamese part was read (31 as first read); then ("the whole province still has"; the
    # figure a target is adjusted from): 1 invented (Quảng Ninh's "at least 4.5 million foreign arrivals", drafted in
    # visits)
    assert draft.expected == 68 and draft.found >= 50
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 1)
    # first reading: the English reports at 3848867, 24 of 34 (71%), 5 wrong; then read: 28 of 34, none wrong (two
    # rises joined by "and" after two names; FDI into industrial parks; accommodation and catering; "up 8% from the
    # target and 2.7% from last year"; "an annual revenue increase")
    assert extract.countable == 34 and extract.right >= 28 and len(extract.wrong) == 0


def test_the_fortieth_round_scored_once():
    """Round 40 (tests/data/corpus/round40/): 15 target texts and 14 reports (6 Vietnamese, 8 English), each with its
    reading written before any program read it, each found on its stored page by a second helper's own searches, all
    held out; scored once on 2026-12-07 at 37200cc, both kinds together (two Vietnamese reports whose pages the
    checker did not find again were left out before scoring)."""
    draft, extract = scores("round40")
    # first reading: 59 of 65 (91%), no wrong number or kind, 9 invented (the northern and central Vietnamese part
    # 31 of 32 with 8; the English and southern 28 of 33 with 1). Since (a site's dateline under a title; results
    # after years of work, to a date, since the start of the year, a deed done; "Chương trình mục tiêu quốc gia";
    # "will rise by"): 60, none invented
    assert draft.expected == 65 and draft.found >= 60
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 47 of 64 (73%), 13 wrong (the Vietnamese part 17 of 21 with 7; the English 30 of 43 with 6).
    # Since (a year not yet over; "… cho biết, năm 2023,"; visits whose unit names a part; a budget estimate in
    # brackets; an English index's decimals; "followed with" after shares; "đạt 8,1% so với cùng kỳ" of a growth;
    # "regional GDP"): 52, 5 wrong (Đà Nẵng's "khách lưu trú", which the tuned corpus reads as all the visitors,
    # two; Quảng Ngãi's "industrial sector" as industry and construction; Kon Tum's growth after GRDP per head
    # across a ";"; Thanh Hóa's FDI without the "about" the reading carries over); then ("total development
    # capital"): 54
    assert extract.countable == 64 and extract.right >= 54 and len(extract.wrong) == 5


def test_the_forty_first_round_scored_once():
    """Round 41 (tests/data/corpus/round41/): 9 target texts and 14 reports (7 Vietnamese, 7 English), each with its
    reading written before any program read it, each found on its stored page by a second helper's own searches, all
    held out; scored once on 2026-12-07 at fbf5abd, both kinds together (a target text re-cut after COPY and a report
    whose page the checker did not find again were left out before scoring)."""
    draft, extract = scores("round41")
    # first reading: 14 of 15 (93%), no wrong number or kind, 3 invented (the Vietnamese northern part 10 of 10 with 2;
    # the English and southern 4 of 5 with 1). Since ("N tháng qua"; "Sở Kế hoạch và Đầu tư"): 14, 1 invented (Cần
    # Thơ's subheading "Tăng trưởng 5,75%" over the year's results); then (a subheading whose figure the paragraph
    # under it gives for an earlier year): none invented
    assert draft.expected == 15 and draft.found >= 14
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 0)
    # first reading: 64 of 82 (78%), 9 wrong (the Vietnamese part 38 of 40 with none; the English 26 of 42 with 9).
    # Since ("economy grew"; "last year’s 6.33%"; "setting the stage to"; "By sector," after a quarter; "the
    # nine-month total"; "this year"; "targeted"; "of the yearly target"; the services' branches; indicators that
    # fared well): 71, 1 wrong (Bắc Giang's FDI without the "some" the reading carries over); then (names whose words
    # a page printed joined; "per capital"): 74
    assert extract.countable == 82 and extract.right >= 74 and len(extract.wrong) == 1


def test_the_forty_second_round_scored_once():
    """Round 42 (tests/data/corpus/round42/): 8 target texts (six provincial master plans to 2030) and 16 reports (8
    Vietnamese, 8 English), each with its reading written before any program read it, each found on its stored page
    by a second helper's own searches, all held out; scored once on 2026-12-08 at d7e2481, both kinds together (a
    target text whose page the checker did not find again was left out before scoring)."""
    draft, extract = scores("round42")
    # first reading: 41 of 51 (80%), no wrong number or kind, 4 invented (the northern and central Vietnamese part 35
    # of 44 with 1; the southern 6 of 7 with 3). Since ("dự toán địa phương phấn đấu"; a dateline's date; a title's
    # vision year): 46, 2 invented (Hòa Bình's "triều USD" as written; Đồng Nai's "8.340 căn nhà", which the
    # reading counts in "căn"); then ("triều USD" a misspelt million): 47, 1 invented
    assert draft.expected == 51 and draft.found >= 47
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 1)
    # first reading: 63 of 81 (78%), 1 wrong (the Vietnamese part 34 of 38 with 1; the English 29 of 43 with none).
    # Since (a sector's production value; a span as a name's owner; a name with commas after the figure; "tertiary
    # sector"): 68, none wrong; then (an earlier period's growth in a bracket after "up"): 70
    assert extract.countable == 81 and extract.right >= 70 and len(extract.wrong) == 0


def test_the_forty_third_round_scored_once():
    """Round 43 (tests/data/corpus/round43/): 6 target texts and 14 reports (7 Vietnamese, 7 English), each with its
    reading written before any program read it, each found on its stored page by a second helper's own searches, all
    held out; scored once on 2026-12-08 at a210cac, both kinds together (a target text whose page the checker did not
    find again was left out before scoring)."""
    draft, extract = scores("round43")
    # first reading: 31 of 51 (61%), no wrong number or kind, 5 invented (the northern and central Vietnamese part 9
    # of 22 with none; the English and southern 22 of 29 with 5); 33 and 3 with the scorer's label "per cent a year"
    # (added later). Since (three numbers joined by dashes; "được dự kiến đạt", "được kỳ vọng đạt"; "dự kiến cả
    # năm"): 48, 2 invented (Trà Vinh's "số giường bệnh/10000 dân đạt trên 20 giường" and "10 bác sĩ", drafted in
    # beds and doctors, which the reading counts per 10,000 people); then ("10 bác sĩ/10000 dân" read whole): 49, 1
    # invented (the beds, which the tuned Hà Nội text counts in "giường" as written)
    assert draft.expected == 51 and draft.found >= 49
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 1)
    # first reading: 64 of 78 (82%), 9 wrong (the Vietnamese part 42 of 46 with 1; the English 22 of 32 with 8).
    # Since ("ngành thương mại"; a list of "X% in <name>"; a share's rise; "compared to … in the same period of
    # 2023"): 67, 4 wrong (Đà Nẵng's and Bà Rịa - Vũng Tàu's "retail sales of goods", which the readings keep apart
    # from the retail sales of goods and services, three; Thái Nguyên's farm production value as the sector's growth);
    # then ("the production value of the … sector" in English): 3 wrong; then ("a surge of"): 4 again (Bà Rịa - Vũng
    # Tàu's "retail sales of goods …, a surge of 13.27%", a growth now, of the goods retail the reading keeps apart)
    assert extract.countable == 78 and extract.right >= 67 and len(extract.wrong) == 4


def test_the_forty_fourth_round_scored_once():
    """Round 44 (tests/data/corpus/round44/): 11 target texts and 16 reports (8 Vietnamese, 8 English), each with its
    reading written before any program read it, each found on its stored page by a second helper's own searches, all
    held out; scored once on 2026-12-08 at 6cea8a0, both kinds together."""
    draft, extract = scores("round44")
    # first reading: 58 of 74 (78%), no wrong number or kind, 14 invented (the northern and central Vietnamese part 23
    # of 24 with 3; the English and southern 35 of 50 with 11). Since (a title the plan where the body sets none; a
    # paragraph that describes the province as it is; "đồng chí"): 59, 4 invented (Lào Cai's two targets drafted
    # from the lead and from the body, Bắc Giang's share range printed backwards, "20 - 19.4 %", Vĩnh Long's
    # average growth so far)
    assert draft.expected == 74 and draft.found >= 59
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 0, 4)
    # first reading: 49 of 86 (57%), 18 wrong (the Vietnamese part 31 of 35 with 6; the English 18 of 51 with 12).
    # Since (a span after "According to …,"; a development rate an index; trade declared at a border customs office;
    # "retailed sales", "first-half", "surpassed"; a running total after the name a sentence opened on; "consumer
    # price index", "social investment", "a surge of", "in the nine months"): 74, 3 wrong (Quảng Trị's logging
    # "do nhu cầu xuất khẩu gỗ tăng", named by its cause; Quảng Nam's "2018 increased 2.9%, 2017 increased 3.2%",
    # read as the whole years the reading takes for the same five months)
    assert extract.countable == 86 and extract.right >= 74 and len(extract.wrong) == 3


def test_the_forty_fifth_round_scored_once():
    """Round 45 (tests/data/corpus/round45/): 10 target texts and 16 reports (8 Vietnamese, 8 English), each with its
    reading written before any program read it, each found on its stored page by a second helper's own searches, all
    held out; scored once on 2026-12-08 at fe8bb90, both kinds together."""
    draft, extract = scores("round45")
    # first reading: 45 of 56 (80%), no wrong number, 2 wrong kind, 6 invented (the northern and central Vietnamese
    # part 4 of 9 with 2 invented; the English and southern 41 of 47 with 2 wrong kind and 4 invented). Since
    # ("vẫn tăng trưởng đạt", "năm thứ 7 liên tiếp"; "exceeding the target assigned"; an income to rise; a title the
    # plan where the body sets none): 52, 1 wrong kind (Hậu Giang's "reducing the poor household rate … of 10%", a
    # ceiling in the reading)
    assert draft.expected == 56 and draft.found >= 52
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (0, 1, 0)
    # first reading: 62 of 83 (75%), 15 wrong (the Vietnamese part 37 of 46 with 7; the English 25 of 37 with 8).
    # Since (a paragraph that opens on the country's figures; a page's view count; "dived"; "retail sale of goods
    # and services"; a scale word before the number): 65, 8 wrong (Lâm Đồng's sectors at current prices, three,
    # and its accommodation guests, two; Thanh Hóa's budget printed twice, "khoảng" in the lead; Hưng Yên's farm
    # production value after "Production value of:" and a ";"; Quảng Nam's services' branches)
    assert extract.countable == 83 and extract.right >= 65 and len(extract.wrong) == 8


def test_the_forty_sixth_round_scored_once():
    """Round 46 (tests/data/corpus/round46/): 5 target texts and 16 reports (8 Vietnamese, 8 English), each with its
    reading written before any program read it, each found on its stored page by a second helper's own searches, all
    held out; scored once on 2026-12-08 at 3d8eb30, both kinds together."""
    draft, extract = scores("round46")
    # first reading: 15 of 22 (68%), 1 wrong number, no wrong kind, 26 invented. Since (a clause of a year-end
    # review that measures a result against the plan tells results): 15, 11 invented
    assert draft.expected == 22 and draft.found >= 15
    assert (len(draft.wrong_number), len(draft.wrong_kind), len(draft.invented)) == (1, 0, 11)
    # first reading: 45 of 60 (75%), 5 wrong (the Vietnamese part 31 of 35 with 1; the English 14 of 25 with 4).
    # Since (a revenue from visitors; a rise "from … in 2019"; "~"): 47, 2 wrong (Bình Phước's "growth of 7.51
    # percent last year", read as the five months'; Bắc Giang's IIP "over 30 percent" in the lead, "about 30
    # percent" in the body)
    assert extract.countable == 60 and extract.right >= 47 and len(extract.wrong) == 2
