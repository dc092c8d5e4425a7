"""`chitieu draft`: a catalog drafted from a resolution's text, scored against what a person read.

The texts are real (tests/data/resolutions/SOURCES.md gives their addresses). The expected targets
are a person's reading of each text: for Hai Phong 2021 the bundled catalog, typed from the
resolution; for the two others, the lists below.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from helpers.catalog import targets
from helpers.cli import main
from helpers.reading import draft

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "tests/data/resolutions"


def read(name: str) -> str:
    return (TEXTS / name).read_text(encoding="utf-8")


def t(number: int | None, kind: str, unit: str, *values: float) -> dict:
    e = {"number": number, "kind": kind, "unit": unit}
    if kind == "range":
        e["low"], e["high"] = values
    else:
        e["value"] = values[0]
    return e


# nhandan.vn, 6 January 2022: the ten targets of the paragraph "Trong đó, phấn đấu đạt …". The
# paragraph prints no item numbers, so none is drafted (issue 25: a running count was given, and
# a reviewer cannot tell it from the text's own)
HAIPHONG_2022 = [
    t(None, "min", "percent", 13), t(None, "min", "usd_per_person", 7300),
    t(None, "range", "percent", 19, 20), t(None, "min", "trillion_vnd", 105),
    t(None, "min", "trillion_vnd", 200), t(None, "min", "million_tonnes", 168),
    t(None, "min", "billion_usd", 31), t(None, "min", "percent", 100), t(None, "min", "communes", 35),
    t(None, "range", "billion_usd", 2.5, 3),
]
# thuathienhue.gov.vn, the 2024 targets of Quyết định 01/QĐ-UBND: every number asked for, except
# "Top 5" (a rank) and the "tăng …%" that describe the amount before them ("11.789 tỷ đồng, tăng
# 7,2% so với dự toán …"); numbers are not scored here, the list being in bullets
HUE_2024 = [
    t(0, "range", "percent", 8.5, 9.5), t(0, "min", "usd_per_person", 3000), t(0, "min", "percent", 12.8),
    t(0, "range", "percent", 47, 49), t(0, "range", "percent", 33, 35), t(0, "range", "percent", 10, 11),
    t(0, "min", "percent", 8), t(0, "min", "percent", 10), t(0, "range", "projects", 30, 35),
    t(0, "range", "billion_vnd", 10000, 12000), t(0, "min", "enterprises", 850),
    t(0, "min", "billion_vnd", 8000), t(0, "range", "cooperatives", 10, 15),
    t(0, "min", "billion_vnd", 11789), t(0, "min", "billion_vnd", 12320), t(0, "min", "billion_vnd", 15984),
    t(0, "min", "billion_vnd", 8645), t(0, "range", "million_visits", 3.5, 4), t(0, "range", "percent", 65, 70),
    t(0, "range", "billion_vnd", 8000, 9000), t(0, "range", "percent", 6, 7), t(0, "min", "billion_vnd", 46600),
    t(0, "min", "million_usd", 1300), t(0, "min", "million_usd", 680), t(0, "min", "billion_vnd", 62700),
    # the growths set beside the amounts, targets of their own by the corpus' convention ("575 (tăng 15%)"; round 29's
    # Thái Nguyên): "11.789 tỷ đồng, tăng 7,2% so với dự toán …", "15.984 tỷ đồng, tăng 10% so với năm 2023", "chi thường
    # xuyên 8.645 tỷ đồng, chiếm 54%, tăng 11,8%", "46.600 tỷ đồng, tăng 6,6% …", "1.300 triệu USD, tăng từ 10-12% …",
    # "680 triệu USD, tăng 5%"
    t(0, "min", "percent", 7.2), t(0, "min", "percent", 10), t(0, "min", "percent", 11.8), t(0, "min", "percent", 6.6),
    t(0, "range", "percent", 10, 12), t(0, "min", "percent", 5),
]

# qdnd.vn: the targets Gia Lai province set for 2024, in four paragraphs of ";" lists. This list was
# written before the draft first read the text (held out): the first reading found 11, taking one
# paragraph for the whole list; the rule now takes every list-like paragraph. Population growth is a
# ceiling, as a planner reads it.
GIALAI_2024 = [
    t(0, "min", "percent", 8.6), t(0, "min", "percent", 5.1), t(0, "min", "percent", 13.92),
    t(0, "min", "percent", 7.9), t(0, "min", "percent", 4.9), t(0, "min", "percent", 26.91),
    t(0, "min", "percent", 27.80), t(0, "min", "percent", 41.39), t(0, "min", "percent", 3.90),
    t(0, "min", "million_vnd_per_person", 72), t(0, "min", "communes", 7), t(0, "min", "million_usd", 750),
    t(0, "min", "million_usd", 115), t(0, "min", "billion_vnd", 5815), t(0, "min", "billion_vnd", 46000),
    t(0, "min", "billion_vnd", 123000), t(0, "min", "percent", 34), t(0, "max", "percent", 1.12),
    t(0, "min", "persons", 26800), t(0, "min", "percent", 63), t(0, "max", "percent", 6.11),
    t(0, "min", "percent", 2), t(0, "min", "percent", 3), t(0, "min", "percent", 5.5),
    t(0, "min", "percent", 68.03), t(0, "min", "percent", 94), t(0, "min", "percent", 96.8),
]


@pytest.fixture(scope="module")
def seed() -> draft.Draft:
    return draft.draft(read("haiphong-2021.vi.txt"), city="haiphong")


def test_the_seed_resolution_gives_all_38_targets_and_invents_none(seed):
    expected = targets.load_catalog(ROOT / "data/raw/targets/haiphong-2021.yaml").frame()
    found, invented = draft.score(seed.targets, expected.to_dict("records"))
    assert invented == []
    assert found == 38  # the issue asks for 36 at least; pinned where it stands, so it cannot fall


@pytest.mark.parametrize("name, expected, year", [
    ("haiphong-2022.nhandan.vi.txt", HAIPHONG_2022, 2022),
    ("hue-2024.thuathienhue.vi.txt", HUE_2024, 2024),
    ("gialai-2024.qdnd.vi.txt", GIALAI_2024, 2024),
])
def test_other_real_texts(name, expected, year):
    d = draft.draft(read(name), city="x")
    found, invented = draft.score(d.targets, expected, by_number=name.startswith("haiphong"))
    assert invented == []
    assert found == len(expected)
    assert d.catalog["year"] == year


def test_kinds_groups_parents_and_what_to_review(seed):
    by_source = {x["source"]: x for x in seed.targets}
    unemployment = by_source["Tỷ lệ thất nghiệp khu vực thành thị ở mức 3,77%"]
    assert (unemployment["kind"], unemployment["group"]) == ("max", "social")
    assert "kind" in unemployment["review"]  # "ở mức" says nothing; the word "thất nghiệp" did
    poor = next(x for x in seed.targets if x["number"] == 15)
    assert (poor["kind"], poor["value"], poor["unit"]) == ("max", 0.0, "households")
    domestic = next(x for x in seed.targets if x["number"] == 4 and x["value"] == 35000)
    budget = next(x for x in seed.targets if x["number"] == 4 and x["value"] == 89490.478)
    assert domestic["parent"] == budget["id"] and "parent" not in budget
    assert {x["group"] for x in seed.targets if x["number"] in (20, 21, 22, 23, 24)} == {"party"}
    assert {x["group"] for x in seed.targets if x["number"] in (17, 18, 19)} == {"environment"}
    per_head = next(x for x in seed.targets if x["number"] == 2)
    assert per_head["unit"] == "usd_per_person" and "unit" in per_head["review"]  # "6.600 USD"
    assert next(x for x in seed.targets if x["number"] == 10)["basis"] == "milestone"  # "Hoàn thành"
    assert all("name.en" in x["review"] for x in seed.targets)
    text = " ".join(read("haiphong-2021.vi.txt").split())
    assert all(x["source"] in text for x in seed.targets)


def test_figures_outside_the_list_are_reported_not_drafted(seed):
    # "mô hình thí điểm nông thôn mới kiểu mẫu tại 8 xã đã được xác định" is prose after the list
    assert any(f == "8 xã" and "đã được xác định" in s for f, s, _ in seed.skipped)


def test_the_saved_draft_loads_and_json_has_the_targets_shape(tmp_path):
    runner = CliRunner()
    out = tmp_path / "draft.yaml"
    res = runner.invoke(main, ["draft", str(TEXTS / "haiphong-2021.vi.txt"), "--city", "haiphong", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "drafted 38 targets in 24 items" in res.output
    listed = runner.invoke(main, ["targets", "-r", str(out), "--format", "json"])
    assert listed.exit_code == 0, listed.output
    assert len(json.loads(listed.output)) == 38
    raw = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert (raw["resolution"], raw["year"], raw["city"]["id"]) == ("haiphong-2021", 2021, "haiphong")

    as_json = runner.invoke(main, ["draft", str(TEXTS / "haiphong-2021.vi.txt"), "--city", "haiphong",
                                   "--format", "json"])
    rows = json.loads(as_json.stdout)
    assert set(rows[0]) == set(json.loads(listed.output)[0]) | {"source", "review"}


def test_draft_never_overwrites_and_refuses_what_it_cannot_read(tmp_path, write):
    runner = CliRunner()
    out = write("mine.yaml", "resolution: mine\n")
    res = runner.invoke(main, ["draft", str(TEXTS / "haiphong-2021.vi.txt"), "--city", "haiphong", "-o", str(out)])
    assert res.exit_code == 1 and "exists" in res.output and "--force" in res.output
    assert out.read_text() == "resolution: mine\n"

    for name, content, says in [
        ("scan.pdf", b"%PDF-1.4 not really", "not a readable PDF"),
        ("word.docx", b"PK\x03\x04 broken", "not a Word .docx file"),
        ("latin1.txt", "Thu ngân sách".encode("cp1258", errors="replace") + b"\xff", "not UTF-8"),
        ("sheet.xls", b"\xd0\xcf\x11\xe0", "allowed: .txt"),
        ("empty.txt", b"  \n", "no text"),
    ]:
        res = runner.invoke(main, ["draft", str(write(name, content)), "--city", "x", "--year", "2021"])
        assert res.exit_code == 1, (name, res.output)
        assert says in res.output and "Traceback" not in res.output, (name, res.output)
    prose = write("prose.txt", "Năm 2021 thành phố tiếp tục phát triển.\n")
    res = runner.invoke(main, ["draft", str(prose), "--city", "x"])
    assert res.exit_code == 1 and "found no list of targets" in res.output


def test_a_word_document_reads_as_its_text(tmp_path):
    import docx

    document = docx.Document()
    for line in read("haiphong-2022.nhandan.vi.txt").splitlines():
        document.add_paragraph(line)
    path = tmp_path / "haiphong-2022.docx"
    document.save(str(path))
    res = CliRunner().invoke(main, ["draft", str(path), "--format", "json"])
    assert res.exit_code == 0, res.output
    found, invented = draft.score(json.loads(res.stdout), HAIPHONG_2022)
    assert (found, invented) == (10, [])
    res = CliRunner().invoke(main, ["draft", str(path)])
    assert yaml.safe_load(res.stdout)["resolution"] == "haiphong-2022"  # city from the file, year from the text


def test_a_pdf_with_a_text_layer_reads_as_its_text(tmp_path):
    import textwrap

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    # matplotlib writes its text into the PDF as text: a PDF as a word processor prints it, lines
    # wrapped at the margin
    fig = plt.figure(figsize=(8.27, 11.69))
    y = 0.95
    for paragraph in read("haiphong-2022.nhandan.vi.txt").splitlines():
        for line in textwrap.wrap(paragraph, 90):
            fig.text(0.05, y, line, fontsize=8)
            y -= 0.015
    path = tmp_path / "haiphong-2022.pdf"
    fig.savefig(path)
    plt.close(fig)
    res = CliRunner().invoke(main, ["draft", str(path), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert draft.score(json.loads(res.stdout), HAIPHONG_2022) == (10, [])


# --- issue 25: texts nobody tuned for (tests/data/corpus/targets/, the texts not held out) ---

CORPUS = ROOT / "tests/data/corpus/targets"


def corpus(name: str) -> draft.Draft:
    return draft.draft((CORPUS / name).read_text(encoding="utf-8"))


def by_value(d: draft.Draft, value: float, unit: str | None = None) -> dict:
    hits = [t for t in d.targets if t.get("value", t.get("low")) == value and unit in (None, t["unit"])]
    assert len(hits) == 1, (value, hits)
    return hits[0]


def test_item_numbers_are_the_texts_own_never_a_running_count():
    # Lào Cai 2024 lists its targets in "-" bullets, unnumbered: no target gets a number
    laocai = corpus("laocai-2024.laocaitv.vi.txt")
    assert laocai.targets and {t["number"] for t in laocai.targets} == {None}
    # Thừa Thiên Huế 2021 is a table copied one cell a line (Stt, name, value): row 9 is
    # "Giường bệnh/vạn dân | 58-60", row 15 "Tỉ lệ che phủ rừng ổn định (%) | 57-57,5"
    hue = corpus("hue-2021.thuathienhue.vi.txt")
    beds = by_value(hue, 58)
    assert (beds["number"], beds["kind"], beds["high"]) == (9, "range", 60)
    forest = by_value(hue, 57)
    assert (forest["number"], forest["unit"], forest["high"]) == (15, "percent", 57.5)
    # row 3 "Kim ngạch xuất khẩu (triệu USD) | >920": the unit from the heading, ">" a floor
    exports = by_value(hue, 920)
    assert (exports["number"], exports["kind"], exports["unit"]) == (3, "min", "million_usd")


def test_the_yaml_of_an_unnumbered_text_numbers_its_items_for_review(tmp_path):
    out = tmp_path / "laocai.yaml"
    res = CliRunner().invoke(main, ["draft", str(CORPUS / "laocai-2024.laocaitv.vi.txt"), "--city", "laocai",
                                    "-o", str(out)])
    assert res.exit_code == 0, res.output
    raw = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert [i["number"] for i in raw["items"]] == list(range(1, len(raw["items"]) + 1))
    assert all("number" in t["review"] for i in raw["items"] for t in i["targets"])
    assert "prints no item numbers" in out.read_text(encoding="utf-8")


def test_a_unit_the_table_lacks_is_drafted_as_written_to_review(tmp_path):
    # Hà Nội 2025, item (9): "Số giường bệnh/vạn dân đạt từ 30 đến 35 giường; Số bác sĩ/vạn dân: 15
    # bác sĩ" — neither unit is in the table; both targets were dropped without a word
    d = corpus("hanoi-2025.nhandan.vi.txt")
    declared = {u["id"]: u["vi"] for u in d.catalog["units"]}
    doctors, beds = by_value(d, 15, "u_bac_si"), by_value(d, 30, "u_giuong")
    assert (doctors["number"], doctors["kind"], declared[doctors["unit"]]) == (9, "min", "bác sĩ")
    assert (beds["number"], beds["kind"], beds["high"], declared[beds["unit"]]) == (9, "range", 35, "giường")
    assert "unit" in doctors["review"] and "unit" in beds["review"]
    out = tmp_path / "hanoi.yaml"  # and the draft, with its units declared, loads as a catalog
    res = CliRunner().invoke(main, ["draft", str(CORPUS / "hanoi-2025.nhandan.vi.txt"), "--city", "hanoi",
                                    "--year", "2025", "-o", str(out)])
    assert res.exit_code == 0, res.output
    from helpers.values import units
    with units.scoped():  # its units are the draft's: kept out of the other tests' table
        assert len(targets.load_catalog(out).targets) == len(d.targets)


def test_a_heading_that_counts_its_targets_names_their_group():
    # Lào Cai 2024: "8 chỉ tiêu xã hội gồm:" then "- Tỷ lệ trường học đạt chuẩn quốc gia: 68%"
    d = corpus("laocai-2024.laocaitv.vi.txt")
    assert by_value(d, 68)["group"] == "social"
    assert d.targets[0]["value"] == 10 and d.targets[0]["group"] == "economic"  # GRDP "Trên 10%"


def test_down_to_is_a_ceiling():
    # Phú Yên, Nghị quyết 24/2011/NQ-HĐND (vanban123.vn): "Giảm tỷ lệ thất nghiệp ở khu vực thành thị
    # xuống còn 4,7%" was drafted as a floor ("giảm" in the name turned the ceiling off)
    text = ("Phấn đấu đến năm 2015 đạt các chỉ tiêu cơ bản sau:\n"
            "- Giảm tỷ lệ thất nghiệp ở khu vực thành thị xuống còn 4,7% và tăng tỷ lệ sử dụng thời gian lao "
            "động ở khu vực nông thôn lên 87 - 88%.\n"
            "- Nâng tỷ lệ lao động qua đào tạo lên 55%, trong đó qua đào tạo nghề 41%.\n")
    d = draft.draft(text)
    assert by_value(d, 4.7)["kind"] == "max"
    assert by_value(d, 55)["kind"] == "min"


def test_an_english_press_release_is_read_and_last_years_results_are_not_targets():
    # Đồng Nai's English portal, 11/01/2022: a paragraph of 2021 results, then the 2022 targets
    d = corpus("dongnai-2022.dongnai.en.txt")
    assert d.catalog["year"] == 2022
    growth = by_value(d, 6.5)
    assert (growth["kind"], growth["high"], growth["unit"]) == ("range", 7, "percent")
    income = by_value(d, 126.26)
    assert (income["kind"], income["unit"]) == ("min", "million_vnd_per_person")
    assert not [t for t in d.targets if t.get("value") in (214.7, 2.29, 119.1, 21.2)]  # 2021's
    # Quảng Ninh 2023 (VNA): "over 54 trillion VND (2.3 billion USD)": the conversion is no target
    qn = corpus("quangninh-2023.vietnamplus.en.txt")
    assert by_value(qn, 54)["unit"] == "trillion_vnd"
    assert not [t for t in qn.targets if t.get("value") == 2.3]
    assert any(f == "2.3 billion USD" and "conversion" in why for f, _, why in qn.skipped)


def test_nothing_read_vanishes():
    # every figure of every text of the corpus (every round read so far) is a drafted target or listed
    # with the reason it is not
    folders = (CORPUS, *map(round_folder, range(2, 47)))
    for text in sorted(t for folder in folders for t in folder.glob("*.txt")):
        d = draft.draft(text.read_text(encoding="utf-8"))
        assert d.read == len(d.targets) + len(d.skipped), text.name
        assert all(why for _, _, why in d.skipped)
        # (and every target has a name: an empty one made `chitieu draft` refuse its own catalog, round 37's Cao
        # Bằng "Trong đó, 1,4 triệu lượt khách nội địa")
        assert all(t["name"]["vi"].strip() for t in d.targets), text.name


def test_an_english_release_that_keeps_the_names_marks_is_read_as_english():
    # Việt Nam News (EIN Presswire), 6 January 2024: "NINH THUẬN — … a gross regional domestic product
    # (GRDP) growth rate of 11-12 per cent", "about VNĐ101 million (US$4,300)": one Vietnamese letter
    # made the whole release Vietnamese, where "8.5" is no number and "VNĐ101 million" no unit
    d = corpus("ninhthuan-2024.einpresswire.en.txt")
    growth = by_value(d, 11)
    assert (growth["kind"], growth["high"], growth["unit"]) == ("range", 12, "percent")
    income = by_value(d, 101)
    assert (income["kind"], income["unit"]) == ("min", "million_vnd_per_person")
    assert not [t for t in d.targets if t.get("value") == 4300]  # the conversion in brackets


# The texts below were held out in the first round and scored once (README); these failures were
# found reading them afterwards, each a test before its rule.

def test_a_numbered_section_of_last_years_results_is_no_list_of_targets():
    # Báo Nam Định, 31/12/2020: "I. Thành tựu kinh tế - xã hội năm 2020 … 1. Tổng sản phẩm GRDP …
    # ước đạt 46.121 tỷ đồng" then "II. Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2021 1. … tăng từ
    # 8,5% trở lên": the 2020 results were drafted as targets, and the year taken as 2020
    d = corpus("namdinh-2021.baonamdinh.vi.txt")
    assert d.catalog["year"] == 2021
    assert not [t for t in d.targets if t.get("value") in (46121, 5700, 0.7)]
    growth = by_value(d, 8.5)
    assert (growth["number"], growth["kind"]) == (1, "min")
    assert any(f == "46.121 tỷ đồng" and "past year" in why for f, _, why in d.skipped)


def test_a_number_inside_a_bullet_a_denominator_and_a_unit_per_hectare():
    # issuu (Sóc Trăng's 2020-2025 term): "• … tăng bình quân mỗi năm từ 21% trở lên.(9) Giá trị xuất
    # khẩu hàng hoá đến cuối nhiệm kỳ đạt 1,2 tỷ USD." and "• Giá trị sản phẩm thu hoạch trên 1 ha đất
    # trồng trọt … đạt trên 250 triệu đồng/ha."
    d = corpus("soctrang-2025.issuu.vi.txt")
    exports = by_value(d, 1.2)
    assert (exports["number"], exports["unit"]) == (9, "billion_usd")
    assert not [t for t in d.targets if t.get("value") == 1 and t["unit"] == "hectares"]
    assert by_value(d, 250)["unit"] == "million_vnd_per_hectare"


def test_a_list_that_runs_on_in_sentences():
    # plo.vn, 25/12/2023 (Đắk Lắk 2024): "Tổng thu ngân sách nhà nước trên 8.500 tỉ đồng, trong đó …
    # khoảng 2.976 tỉ đồng. Tỉ lệ hộ nghèo giảm 1,5 - 2%, giảm tỉ lệ thất nghiệp ở khu vực thành thị còn
    # 2,4%..." (sentences, not ";"): none was drafted
    d = corpus("daklak-2024.plo.vi.txt")
    assert by_value(d, 8500)["kind"] == "min"
    assert by_value(d, 1.5)["kind"] == "range"
    assert by_value(d, 2.4)["kind"] == "max"  # "giảm … còn 2,4%": down to, a ceiling


ROUND2 = ROOT / "tests/data/corpus/round2/targets"  # scored once (2026-12-03), then read


def round_folder(n: int) -> Path:
    """The target texts of round ``n`` of the corpus (rounds 2 to 28: each scored once,
    then read)."""
    return ROOT / f"tests/data/corpus/round{n}/targets"


def in_round(n: int, name: str) -> draft.Draft:
    return draft.draft((round_folder(n) / name).read_text(encoding="utf-8"))


def test_a_numbered_list_run_into_one_paragraph_keeps_its_numbers():
    # danviet.vn (Cần Thơ 2018): "Các chỉ tiêu kinh tế - xã hội năm 2018 1. Tăng trưởng kinh tế
    # (GRDP) từ 7,5% đến 8%; … 2. GRDP bình quân đầu người đạt từ 80,4 triệu đồng đến 80,8 triệu
    # đồng, … 7. … bậc trung học phổ thông 68%." on one line: drafted without numbers
    d = draft.draft((ROUND2 / "cantho-2018.danviet.vi.txt").read_text(encoding="utf-8"))
    growth = by_value(d, 7.5)
    assert (growth["number"], growth["kind"], growth["high"]) == (1, "range", 8)
    assert (by_value(d, 400)["number"], by_value(d, 400)["unit"]) == (4, "million_usd")
    assert by_value(d, 68)["number"] == 7
    # "từ 80,4 triệu đồng đến 80,8 triệu đồng": one range with its unit written twice
    head = by_value(d, 80.4)
    assert (head["number"], head["kind"], head["high"], head["unit"]) == (
        2, "range", 80.8, "million_vnd_per_person")


def test_an_english_text_that_writes_numbers_the_vietnamese_way():
    # thanhhoa.gov.vn, English (Thanh Hóa 2023): "construction industry by 14,2% or more", "GRDP per
    # capita reaches 3.200 USD or more", "VND 140.000 billion": read as 3.2 USD and 140 billion
    # (wrong values), the growth rates not at all
    d = draft.draft((ROUND2 / "thanhhoa-2023.thanhhoa.en.txt").read_text(encoding="utf-8"))
    assert (by_value(d, 3200)["unit"], by_value(d, 3200)["kind"]) == ("usd_per_person", "min")
    assert by_value(d, 140000)["unit"] == "billion_vnd"
    assert by_value(d, 35340)["unit"] == "billion_vnd"
    assert by_value(d, 14.2)["unit"] == "percent"
    assert not [t for t in d.targets if t.get("value") in (3.2, 140.0, 35.34)]


def test_results_told_before_the_plans_list_are_not_targets():
    # vietnamnet.vn (Bến Tre 2024): "… trong năm 2023 …, tốc độ tăng trưởng đạt 2,47%. … lũy kế,
    # toàn tỉnh có 96 xã đạt chuẩn …", then "Trước những kết quả này, Bến Tre đề ra 21 chỉ tiêu …:
    # Tốc độ tăng trưởng kinh tế phấn đấu tăng 6,5% - 7%; …": the results were drafted as targets
    d = draft.draft((ROUND2 / "bentre-2024.vietnamnet.vi.txt").read_text(encoding="utf-8"))
    assert not [t for t in d.targets if t.get("value") in (2.47, 96, 30, 5)]
    assert by_value(d, 6.5)["high"] == 7
    assert any(fig == "2,47%" for fig, _, _ in d.skipped)


def test_above_one_percent_is_a_target_not_a_denominator():
    # vtv.vn (TP Hồ Chí Minh 2025): "tỷ lệ chi đầu tư cho khoa học và công nghệ của xã hội đạt trên
    # 1%/GRDP" was skipped as a denominator like "trên 1 ha"
    d = draft.draft((ROUND2 / "hcmc-2025.vtv.vi.txt").read_text(encoding="utf-8"))
    science = by_value(d, 1, "percent")
    assert science["kind"] == "min" and "khoa học" in science["source"]


def test_years_of_life_healthy_years_and_multiples_are_units_of_their_targets():
    # baoyenbai.vn (Yên Bái 2025): "tuổi thọ trung bình người dân đạt 74,5 tuổi; số năm sống khỏe
    # đạt tối thiểu 68 năm": both vanished (an age and a duration are no units elsewhere)
    d = draft.draft((ROUND2 / "yenbai-2025.baoyenbai.vi.txt").read_text(encoding="utf-8"))
    assert by_value(d, 74.5)["kind"] == "min" and "review" in by_value(d, 74.5)
    assert by_value(d, 68)["kind"] == "min"
    # congluan.vn (Cà Mau to 2030), one target a line: "… bình quân giai đoạn 2021 - 2030 đạt trên
    # 7,5%/năm. Quy mô GRDP năm 2030 gấp 2 - 2,5 lần so với năm 2020." and "GRDP bình quân đầu
    # người đạt trên 146 triệu đồng." were left outside the list
    c = draft.draft((ROUND2 / "camau-2030.congluan.vi.txt").read_text(encoding="utf-8"))
    assert by_value(c, 7.5)["kind"] == "min"
    assert (by_value(c, 2)["kind"], by_value(c, 2)["high"]) == ("range", 2.5)
    assert by_value(c, 146)["unit"] == "million_vnd_per_person"


def test_a_headline_that_repeats_a_target_is_not_a_second_target():
    # travinh.gov.vn (Trà Vinh 2024): the headline "Trà Vinh đặt chỉ tiêu tăng trưởng kinh tế đạt 8,5%
    # trong năm 2024" repeats the list's "tốc độ tăng trưởng kinh tế (GRDP) đạt 8,5%"
    d = draft.draft((ROUND2 / "travinh-2024.travinh.vi.txt").read_text(encoding="utf-8"))
    assert "(GRDP)" in by_value(d, 8.5)["source"]  # one target of 8.5%, the list's


def test_a_superseded_figure_and_a_restated_target_are_not_targets():
    # thainguyen.gov.vn, English (Thái Nguyên 2025): "… will reach 9.9% (initial scenario 12.3%)" and
    # "… to meet the economic growth target of 10.5%" (the growth target drafted above)
    d = draft.draft((ROUND2 / "thainguyen-2025.thainguyen.en.txt").read_text(encoding="utf-8"))
    assert not [t for t in d.targets if t.get("value") in (12.3, 8.3)]
    assert by_value(d, 9.9)["kind"] == "min"
    assert "aiming for" in by_value(d, 10.5)["source"]  # once, where it is set
    why = {fig: reason for fig, _, reason in d.skipped}
    assert "12.3%" in why and "10.5%" in why


def test_values_given_respectively_are_one_target_each():
    # binhduong.gov.vn, English (Bình Dương 2024): "The proportion of industry - construction, service,
    # agriculture - forestry - fishery and Products taxes … respectively reaches 65.95% - 24.35% -
    # 2.51 % - 7.19%": read as a range 2.51-7.19
    d = draft.draft((ROUND2 / "binhduong-2024.binhduong.en.txt").read_text(encoding="utf-8"))
    shares = [t for t in d.targets if t.get("value") in (65.95, 24.35, 2.51, 7.19)]
    assert [t["value"] for t in shares] == [65.95, 24.35, 2.51, 7.19]
    assert not [t for t in d.targets if t["kind"] == "range" and t["low"] == 2.51]


def test_items_introduced_by_ordinal_words_are_numbered_by_them():
    # issue 25's pattern, in its own words ("Một là, … Hai là, …"): no real text outside the held-out
    # round 3 was found to print it (searches of the stored pages), so the text here is the issue's
    text = ("Năm 2024, thành phố phấn đấu đạt các chỉ tiêu chủ yếu sau. Một là, tốc độ tăng trưởng GRDP "
            "đạt 7,5%. Hai là, thu ngân sách nhà nước đạt 24.000 tỷ đồng. Ba là, tỷ lệ hộ nghèo giảm "
            "còn 0,5%. Bốn là, tỷ lệ thất nghiệp dưới 3%.")
    d = draft.draft(text)
    assert [(t["number"], t["kind"], t["value"]) for t in d.targets] == [
        (1, "min", 7.5), (2, "min", 24000), (3, "max", 0.5), (4, "max", 3)]





def test_the_plans_year_is_the_one_a_target_is_set_for_not_the_one_named_most():
    # nongnghiep.vn (Vĩnh Phúc 2025): two sentences of 2024's results ("… năm 2024 của tỉnh ước đạt
    # 7,52%, vượt mục tiêu đề ra …"), then "Năm 2025, tỉnh Vĩnh Phúc đặt mục tiêu tăng trưởng kinh tế
    # từ 8 đến 9%. …": 2024 is named most, so the results were drafted as 2024's targets
    d = in_round(3, "vinhphuc-2025.nongnghiep.vi.txt")
    assert d.catalog["year"] == 2025
    assert not [t for t in d.targets if t.get("value") in (7.52, 141.3, 11.43, 4.1)]
    assert (by_value(d, 8)["high"], by_value(d, 27026)["unit"]) == (9, "billion_vnd")


def test_what_is_dealt_with_of_something_that_should_fall_should_rise():
    # daibieunhandan.vn (Lâm Đồng 2021-2025): "tỷ lệ cơ sở gây ô nhiễm môi trường nghiêm trọng được
    # xử lý đạt 100%" was drafted as a ceiling ("ô nhiễm" should fall; its treatment should rise)
    d = in_round(3, "lamdong-2025.daibieunhandan.vi.txt")
    treated = [t for t in d.targets if "xử lý" in t["source"] and t.get("value") == 100]
    assert [t["kind"] for t in treated] == ["min"]


def test_a_unit_per_ten_thousand_written_with_a_leading_zero():
    # kontumtv.vn (Kon Tum 2023): "số giường bệnh đạt 39,3 giường/01 vạn dân" lost "/01 vạn dân"
    d = in_round(3, "kontum-2023.kontumtv.vi.txt")
    beds = by_value(d, 39.3)
    assert {u["id"]: u["vi"] for u in d.catalog["units"]}[beds["unit"]] == "giường/01 vạn dân"


def test_a_last_item_broken_across_lines_runs_to_the_end_of_its_sentence():
    # thuvienphapluat.vn (Kiên Giang 2025, a resolution flattened one printed line a line): "(4) Tốc độ
    # tăng giá trị sản xuất\nnông - lâm - thủy sản đạt 3,73%." was skipped as outside the list
    d = in_round(3, "kiengiang-2025.thuvienphapluat.vi.txt")
    item = next(t for t in d.targets if t.get("value") == 3.73)
    assert (item["number"], item["kind"], item["unit"]) == (4, "min", "percent")




def values_of(d: draft.Draft) -> list:
    return [t.get("value", (t.get("low"), t.get("high"))) for t in d.targets]


def test_the_countrys_target_a_conversion_and_a_comparison_with_other_places_are_no_targets():
    # thanhtravietnam.vn (Cao Bằng 2025): "… Nghị quyết số 25/NQ-CP … về mục tiêu tăng trưởng cả nước năm
    # 2025 đạt 8% trở lên." was drafted as the province's, beside its own "tăng trưởng kinh tế 8%"
    cb = in_round(4, "caobang-2025.thanhtravietnam.vi.txt")
    assert values_of(cb).count(8.0) == 1
    assert "cả nước" not in next(t for t in cb.targets if t.get("value") == 8.0)["source"]
    # bnews.vn (Bắc Kạn to 2020): "đạt khoảng 46 - 48 triệu đồng, tương đương khoảng 1.800 USD (theo giá
    # hiện hành) bằng 83% so mức GRDP bình quân đầu người của vùng … và bằng 55% so GRDP bình quân đầu
    # người của cả nước": the conversion and both comparisons were drafted as targets
    bk = in_round(4, "backan-2020.bnews.vi.txt")
    assert not {1800.0, 83.0, 55.0} & set(values_of(bk))
    assert (46.0, 48.0) in values_of(bk)


def test_a_target_said_again_in_a_lead_or_a_later_paragraph_is_drafted_once():
    # chinhsachcuocsong.vnanet.vn (Long An 2024): the lead repeats "GRDP bình quân đầu người đạt 105-110
    # triệu đồng; … 31-33%; thu ngân sách nhà nước tăng 12% …" before the list says them again; vir.com.vn
    # (Phú Yên 2020): "striving to increase agriculture-forestry-seafood value by 3.5 per cent" and "the
    # services sector 7.5 per cent" restate the targets set above: each was drafted twice
    d = in_round(4, "longan-2024.chinhsachcuocsong.vi.txt")
    la = [(v, t["unit"]) for v, t in zip(values_of(d), d.targets, strict=True)]
    assert [la.count(v) for v in (((105.0, 110.0), "million_vnd_per_person"), ((31.0, 33.0), "percent"),
                                  (12.0, "percent"))] == [1, 1, 1]
    py = in_round(4, "phuyen-2020.vir.en.txt")
    assert [values_of(py).count(v) for v in (3.5, 7.5)] == [1, 1]


def test_a_list_line_of_one_target_ending_with_a_semicolon_and_a_closing_plan_sentence_are_read():
    # vietnammoi.vn (Lai Châu 2021-2025), a line of the list: "Giữ vững … cho trẻ em 5 tuổi; 100% xã,
    # phường thị trấn đạt chuẩn phổ cập giáo dục tiểu học mức độ 2 trở lên …;": outside the list
    lc = in_round(4, "laichau-2025.vietnammoi.vi.txt")
    assert any(t.get("value") == 100.0 and "phổ cập giáo dục tiểu học" in t["source"] for t in lc.targets)
    # thanhtravietnam.vn (Cao Bằng 2025), after the list: "Theo kế hoạch, quy mô GRDP theo giá so sánh của
    # tỉnh năm 2025 dự kiến đạt 13.794 tỷ đồng, GRDP bình quân đầu người đạt 60 triệu đồng."
    cb = in_round(4, "caobang-2025.thanhtravietnam.vi.txt")
    assert {13794.0, 60.0} <= set(values_of(cb))




def test_a_vision_year_beyond_the_term_and_a_plan_named_before_the_lists():
    # vnanet.vn (Quảng Trị 2025-2030): "… phấn đấu đến năm 2045 trở thành tỉnh phát triển khá …" made 2045
    # the plan's year, and the list of the term's targets ("… đạt 9–10%/năm; giai đoạn 2026–2030, thu ngân
    # sách đạt 75–80 nghìn tỷ đồng; …") a past one: all six were left out
    qt = in_round(5, "quangtri-2030.vnanet.vi.txt")
    assert qt.catalog["year"] == 2030
    assert {(9.0, 10.0), (75.0, 80.0), (500.0, 520.0), (227.0, 238.0), (15.0, 20.0), (137.0, 145.0)} <= set(
        values_of(qt))
    # dantri.com.vn (Phú Thọ 2025-2030): the plan is named in the first paragraph ("tỉnh này đặt mục tiêu
    # đến năm 2030 …"), which holds no figure; the paragraphs of targets after it were taken for results
    pt = in_round(5, "phutho-2030.dantri.vi.txt")
    assert {910000.0, 85000.0, 45000.0, 12.0, 76.0, 69.0} <= set(values_of(pt))


def test_last_years_results_without_a_year_and_a_forecast_are_no_targets():
    # sggp.org.vn (An Giang 2026): "… kết quả thực hiện nhiệm vụ chính trị năm 2025 …" then "Nổi bật, tổng
    # sản phẩm trên địa bàn (GRDP) đạt 8,39%. GRDP bình quân đầu người ước đạt 79,41 triệu đồng/năm. Tổng
    # thu ngân sách ước đạt 25.188 tỷ đồng, vượt 0,2% …": drafted as 2026's targets
    ag = in_round(5, "angiang-2026.sggp.vi.txt")
    assert not {8.39, 79.41, 25188.0, 0.2, 10.95} & set(values_of(ag))
    assert {352035.0, 10.71, 95.14, 32362.0} <= set(values_of(ag))
    # vietnamplus (TP HCM 2026): "the city's growth in 2026 is forecast at around 8.5-9%"; laodong (Hưng
    # Yên 2026): "… contribute to the national GDP growth target in 2026 reaching 10% or more"
    hcm = in_round(5, "hochiminh-2026.vietnamplus.en.txt")
    assert (8.5, 9.0) not in values_of(hcm)
    hy = in_round(5, "hungyen-2026.laodong.en.txt")
    assert 10.0 not in values_of(hy) and (10.0, 10.5) in values_of(hy)
    # "the rate of multidimensional poor households decreases to 0.8%" was drafted as a floor
    assert by_value(hy, 0.8)["kind"] == "max"
    # sggp.org.vn (Đồng Nai 2025-2030): "giai đoạn 2020–2025 và mục tiêu, nhiệm vụ, giải pháp 2025–2030 nêu"
    # was drafted as a range of years in a unit "nêu"
    assert (2025.0, 2030.0) not in values_of(in_round(5, "dongnai-2030.sggp.vi.txt"))


def test_sentences_broken_across_printed_lines_are_read_whole():
    # vneconomy.vn (Đà Nẵng 2026), a page printed with a hard break in its lines: "… dịch vụ tăng khoảng
    # 11,5 - 12,5%, khu vực công nghiệp - xây dựng tăng khoảng\n12,5 - 13,5%. Về quy mô, GRDP thành phố ước
    # đạt trên 367.000 tỷ đồng; GRDP bình\nquân đầu người khoảng 4.900 - 5.000 USD/người. …"
    dn = in_round(5, "danang-2026.vneconomy.vi.txt")
    assert {(11.5, 12.5), (12.5, 13.5), 367000.0, (4900.0, 5000.0)} <= set(values_of(dn))




def test_an_english_vision_year_a_terms_path_and_a_lead_that_sets_its_own_targets():
    # laodong.vn (Cần Thơ 2025-2030, English): "term 2025 - 2030 … By 2045, strive to become …" made 2045
    # the plan's year, and the paragraph of the 2030 targets a past one: 13 targets left out
    ct = in_round(6, "cantho-2030.laodong.en.txt")
    assert ct.catalog["year"] == 2030
    assert {717.0, (10.0, 10.5), 8.2, 57.0, 286.0} <= set(values_of(ct))
    # "Average income per capita is 8.5 million VND/month": a month's income was drafted per head (a
    # year's); it is an amount in a unit the table lacks
    assert by_value(ct, 8.5)["unit"] not in ("million_vnd_per_person", "million_vnd")
    # dantri.com.vn (Tây Ninh 2025-2030): the term's path ("năm 2026 đạt 133,5 triệu đồng; năm 2027 đạt
    # 150,64 triệu đồng; …") was taken for past years; the first paragraph, which sets the 2030 targets
    # ("… từ 210 đến 225 triệu đồng … khoảng 94 triệu đồng/năm"), for a lead repeating the list
    tn = in_round(6, "tayninh-2030.dantri.vi.txt")
    assert {133.5, 150.64, 170.2, 190.92, 220.12, (210.0, 225.0), 94.0} <= set(values_of(tn))
    # vietnammoi.vn (Thanh Hóa 2026): "Thanh Hoá đặt mục tiêu tăng trưởng GRDP năm 2026 của tỉnh đạt 11% trở
    # lên, trong đó: Xây dựng tăng 8,2% trở lên." before the paragraph that goes on with the 8,2%
    th = in_round(6, "thanhhoa-2026.vietnammoi.vi.txt")
    assert by_value(th, 11.0)["kind"] == "min"
    # sggp.org.vn (Đắk Lắk 2025-2030): "Đại hội xác định 3 khâu đột phá" is a count, no target
    assert not [t for t in in_round(6, "daklak-2030.sggp.vi.txt").targets if "khâu" in t["source"]]




def test_a_sentence_on_last_years_results_that_aims_at_the_plans_year_is_the_plans():
    # vietnam.vn (Bắc Giang 2025, English): "Based on the results of socio-economic development in 2024,
    # Bac Giang province aims to achieve economic growth (GRDP) of 13.6% in 2025, of which industry -
    # construction increases by 16%; services increase by 7.5%; …": taken for 2024's results, its four
    # sector targets were left out
    bg = in_round(7, "bacgiang-2025.vietnamvn.en.txt")
    assert {13.6, 16.0, 7.5, 3.8, 10.0} <= set(values_of(bg))
    assert by_value(bg, 16.0)["kind"] == "min"
    # a sentence about last year alone is still no target ("Năm 2020, … sản xuất công nghiệp tăng 12,5%")
    assert not {12.5, 10.3, 7.3} & set(values_of(in_round(7, "binhphuoc-2021.sggp.vi.txt")))


def test_a_sentence_after_the_list_that_names_the_plans_years_is_the_plans():
    # baodautu.vn (Tiền Giang 2021-2025): after the list "… các chỉ tiêu chủ yếu: …; kim ngạch xuất khẩu
    # năm 2025 đạt 4,5 tỷ USD.", "Tổng thu ngân sách nhà nước trên địa bàn giai đoạn 2021 - 2025 đạt
    # 77.000 tỷ đồng, trong đó, năm 2025 đạt 18.700 tỷ đồng." (and the spending's) were left out: they
    # name no plan word, but the plan's years
    tg = in_round(7, "tiengiang-2025.baodautu.vi.txt")
    assert {77000.0, 18700.0, 82700.0, 19425.0} <= set(values_of(tg))
    assert by_value(tg, 77000.0)["unit"] == "billion_vnd"


def test_a_photos_caption_is_no_list_and_the_paragraph_after_a_plans_sentence_goes_on_with_it():
    # giaoducthoidai.vn (Ninh Thuận 2020-2025): the photo's caption, printed twice ("… đạt chuẩn quốc gia
    # đạt 65% là chỉ tiêu chủ yếu.(Ảnh: Duy Quan). Trong 18 chỉ tiêu …"), was read as a list of two
    # targets, and the paragraph after "… 18 chỉ tiêu phấn đấu, trong đó một số chỉ tiêu chủ yếu như: …"
    # ("Tỷ lệ lao động qua đào tạo đạt 70%, 100% số xã …, … kết nạp từ 800-900 đảng viên.") was left out
    nt = in_round(7, "ninhthuan-2025.giaoducthoidai.vi.txt")
    assert values_of(nt).count(65.0) == 1
    assert "Ảnh" not in by_value(nt, 65.0)["source"]
    assert {70.0, 85.0, (800.0, 900.0)} <= set(values_of(nt))


def test_a_multiple_of_a_base_year_in_a_paragraph_of_its_own_is_a_target():
    # baodautu.vn (Thái Bình 2020-2025): "Quy mô nền kinh tế đến năm 2030 tăng gấp 1,8 lần so với năm 2025
    # và đến năm 2045 tăng gấp 4 lần năm 2025." was left out: a paragraph of the prose plan whose only
    # figures are in a unit the table lacks
    tb = in_round(7, "thaibinh-2025.baodautu.vi.txt")
    assert {1.8, 4.0} <= set(values_of(tb))
    assert by_value(tb, 1.8)["kind"] == "min"
    # dantri.com.vn (Phú Thọ 2025-2030): "… cao gấp hơn 2 lần so với năm 2025" vanished; it is listed now
    # (a paragraph of one target before the lists that names no plan is a lead, and leads that set a
    # figure the lists do not are results or titles more often than targets: "Sơn La quyết tâm thực hiện
    # tăng trưởng 8%", "… quyết nghị 16 nghị quyết")
    pt = in_round(5, "phutho-2030.dantri.vi.txt")
    assert ("hơn 2 lần", "outside the list of targets") in [(f, w) for f, _, w in pt.skipped]


def test_a_number_in_a_unit_the_table_lacks_in_an_english_text_is_listed_not_lost():
    # news.laodong.vn (An Giang 2025, English): "created jobs for 40,000 workers..." was neither drafted nor
    # listed (an English text's words after a number are too often no unit, "28 main socio-economic
    # targets", to draft them: they are listed with the unit as written)
    # (since round 24, "workers" is a unit of the table: the target is drafted, in persons)
    ag = in_round(8, "angiang-2025.laodong.en.txt")
    assert by_value(ag, 40000.0)["unit"] == "persons"
    assert ag.read == len(ag.targets) + len(ag.skipped)
    # en.vietnamplus.vn (Bến Tre 2021): "It has about 130 exporters and its products are found in 128 countries and
    # territories.": still units the table lacks, listed with the unit as written
    bt = in_round(24, "bentre-2021.vietnamplus.en.txt")
    why = [w for f, _, w in bt.skipped if f.startswith("about 130")]
    assert len(why) == 1 and "exporters" in why[0]
    assert bt.read == len(bt.targets) + len(bt.skipped)


def test_a_list_whose_lead_names_the_congress_date_and_aims_at_the_term_is_the_terms():
    # diendandoanhnghiep.vn (Quảng Trị 2026-2030): "Tại báo cáo chính trị trình đại hội … sẽ diễn ra ngày
    # 4-5/10/2025, đặt mục tiêu giai đoạn 2026 - 2030 … đạt 9 - 10%/năm; thu ngân sách đạt 75 - 80 nghìn tỷ
    # đồng; vốn đầu tư … đạt 500 - 520 nghìn tỷ đồng": the congress's date made the list last year's
    qt = in_round(9, "quangtri-2030.diendandoanhnghiep.vi.txt")
    assert {(75.0, 80.0), (500.0, 520.0)} <= set(values_of(qt))
    assert by_value(qt, 75.0)["unit"] == "trillion_vnd"


def test_a_conversion_after_a_per_head_unit_and_a_years_estimate_in_english_are_no_targets():
    # news.laodong.vn (Vĩnh Long 2025, English): "an average GRDP per capita of 84.3 million
    # VND/person/year, equivalent to 3,590 USD" drafted the conversion as a target
    vl = in_round(9, "vinhlong-2025.laodong.en.txt")
    assert 3590.0 not in values_of(vl)
    assert by_value(vl, 84.3)["unit"] == "million_vnd_per_person"
    assert any(f == "3,590 USD" and "conversion" in w for f, _, w in vl.skipped)
    # baonghean.vn (Nghệ An 2025, English): after the targets, the year's results told without their year
    # ("In the economy, the growth rate of … (GRDP) is estimated to increase by 9.01%, ranking 2nd …")
    # were drafted as a target
    na = in_round(9, "nghean-2025.baonghean.en.txt")
    assert 9.01 not in values_of(na)
    assert {(9.5, 10.5), 17726.0, 4.5} <= set(values_of(na))


def test_an_english_count_with_a_word_between_the_number_and_its_unit():
    # vietnam.vn (Quảng Nam 2025, English): "(12) Strive to have at least 14 more communes meeting new rural
    # standards", "(17) Strive to recruit 2,000 or more party members"; news.laodong.vn (Vĩnh Long 2025):
    # "To have 03 more communes … and 01 - 02 new rural communes …": all left out
    qn = in_round(9, "quangnam-2025.vietnamvn19.en.txt")
    assert (by_value(qn, 14.0)["unit"], by_value(qn, 14.0)["number"]) == ("communes", 12)
    assert (by_value(qn, 2000.0)["unit"], by_value(qn, 2000.0)["number"]) == ("party_members", 17)
    # "(7) The number of hospital beds per 10,000 people reached 48.3 beds/10,000 people": the
    # denominator was drafted as 10,000 persons
    assert 10000.0 not in values_of(qn)
    vl = in_round(9, "vinhlong-2025.laodong.en.txt")
    assert by_value(vl, 3.0, "communes")["kind"] == "min"
    assert by_value(vl, 1.0, "communes")["kind"] == "range"


def test_sentences_that_tell_results_before_the_plan_are_no_targets():
    # dangcongsan.vn (Vĩnh Phúc 2020): the year before's results, told without their year ("Tốc độ tăng
    # trưởng kinh tế tăng 8,66%, vượt kế hoạch giao …. Tổng thu ngân sách ước đạt 32.457 tỷ đồng, ….
    # …, kết quả thu hút vốn đầu tư tăng cao, trong đó thu hút vốn FDI tăng 27,2% …. …, đến nay, toàn tỉnh
    # có 100% xã đạt chuẩn nông thôn mới.") were drafted as six targets
    vp = in_round(10, "vinhphuc-2020.dangcongsan.vi.txt")
    assert not {8.66, 32457.0, 27.2, 154.2, 100.0} & set(values_of(vp))
    assert {(8.0, 8.5), 33500.0, 29350.0, 5500.0} <= set(values_of(vp))


def test_an_english_term_named_after_its_years_bounds_the_vision():
    # qdnd.vn (Hưng Yên 2025-2030, English): "… for the 2025–2030 tenure", "By 2035, it aims to become …; and
    # by 2045, …": the vision's 2045 was taken for the plan's year, and the targets ("average GRDP growth
    # of 10–11% annually in the 2026–2030 period, per capita GRDP by 2030 exceeding 180 million VND …")
    # for an earlier year's
    hy = in_round(10, "hungyen-2030.qdnd.en.txt")
    assert hy.catalog["year"] == 2030
    assert {(10.0, 11.0), 180.0, 100.0, 0.5, 3.0} <= set(values_of(hy))
    assert by_value(hy, 0.5)["kind"] == "max"


def test_a_list_before_the_plan_is_named_that_names_the_plans_year_and_a_conversion_after_or_more():
    # vietnamnet.vn (An Giang 2025-2030): the first paragraph, "… nhiệm kỳ 2025-2030, …, tổng sản phẩm trên
    # địa bàn (GRDP) đến năm 2030 đạt hơn 630.000 tỷ đồng; tốc độ tăng trưởng GRDP bình quân 5 năm đạt từ 11%
    # trở lên.", names no plan word and was taken for results told before the plan; "… 6.300 USD/năm trở
    # lên (khoảng 166 triệu đồng theo tỷ giá hiện tại)" drafted the conversion
    ag = in_round(10, "angiang-2030.vietnamnet.vi.txt")
    assert {630000.0, 11.0} <= set(values_of(ag))
    assert 166.0 not in values_of(ag)


def test_the_target_a_plan_is_said_to_beat_is_no_target_of_its_own():
    # tienphong.vn (Phú Thọ 2026): "… (GRDP) năm 2026 đạt khoảng 11%, cao hơn mức mục tiêu dự kiến Chính phủ
    # giao (trên 10%)." drafted the Government's figure as a second target
    pt = in_round(11, "phutho-2026.tienphong.vi.txt")
    assert 10.0 not in values_of(pt)
    assert 11.0 in values_of(pt)


def test_the_share_of_deputies_who_voted_is_no_target():
    # vtcnews.vn (Hà Nội 2026): "Chiều 26/11, với 100% đại biểu có mặt tán thành, HĐND TP Hà Nội thông qua
    # Nghị quyết …" drafted the vote as a target of 100%
    hn = in_round(12, "hanoi-2026.vtcnews.vi.txt")
    assert not [t for t in hn.targets if "đại biểu" in t["source"]]
    assert any("đại biểu" in s and "voted" in w for _, s, w in hn.skipped)


def test_a_table_a_row_a_line_a_scenario_and_last_years_sentence_in_the_plans_paragraph():
    # vietnam.vn (Quảng Nam 2025, English): "Target | Unit | 2024 | 2025 |", then "GRDP scale | trillion
    # dong | 129 | 147 |" …, after "Quang Nam has built a growth scenario …": no target was drafted
    qn = in_round(7, "quangnam-2025.vietnamvn.en.txt")
    assert {147.0, 95.0, 37.0, 14.8, 7.4} <= set(values_of(qn))
    assert not {129.0, 84.0, 27.6} & set(values_of(qn))  # 2024's estimates are no targets
    assert by_value(qn, 147.0, "trillion_vnd")["kind"] == "min"
    # sggp.org.vn (Bình Phước 2021): "Năm 2020, … sản xuất công nghiệp tăng 12,5%, …. Tỉnh Bình Phước phấn
    # đấu trong năm 2021, GRDP tăng 8,5- 9% , tổng vốn đầu tư toàn xã hội là 40.000 tỷ đồng …": one
    # paragraph; it was all taken for last year's results
    bp = in_round(7, "binhphuoc-2021.sggp.vi.txt")
    assert {(8.5, 9.0), 40000.0, 3100.0} <= set(values_of(bp))
    assert not {12.5, 10.3, 7.3} & set(values_of(bp))


def test_a_session_that_reviews_a_year_sets_the_next_ones_targets_and_the_review_is_none():
    # baogialai.vn (Kon Tum 2024): the targets in the lead ("HĐND tỉnh Kon Tum đặt ra mục tiêu thu ngân sách
    # đạt 4.600 tỉ đồng, …"), then "… báo cáo tóm tắt tình hình kinh tế - xã hội của tỉnh năm 2023. Theo đó,
    # … năm 2023 ước khoảng 18.900 tỉ đồng, …" and two more paragraphs of 2023's results ("Tổng vốn đầu tư
    # toàn xã hội ước khoảng 27.035 tỉ đồng, …. Trong năm qua, …"): 2023 was taken for the plan's year and
    # thirteen results for targets
    kt = in_round(14, "kontum-2024.baogialai.vi.txt")
    assert kt.catalog["year"] == 2024
    assert sorted(values_of(kt)) == [10.0, 2850.0, 4600.0]
    assert any("27.035" in f for f, _, _ in kt.skipped)


def test_results_that_beat_the_plan_told_before_it_are_no_targets():
    # nhandan.vn (Tuyên Quang 2023): "Năm 2022, tỉnh đã hoàn thành 19/20 chỉ tiêu …", then, without a year,
    # "Sản xuất …, vượt chỉ tiêu kế hoạch …; du lịch, dịch vụ thu hút trên 2,37 triệu lượt khách, …" and
    # "Hỗ trợ làm trên 2.460 nhà …": five results drafted as targets ("chỉ tiêu kế hoạch" read as the plan)
    tq = in_round(14, "tuyenquang-2023.nhandan.vi.txt")
    results = ("2,37", "gần 2.500", "2.460", "250 tỷ", "3,48")
    assert not [t for t in tq.targets if any(r in t["source"] for r in results)]
    assert sorted(values_of(tq)) == [9.0, 9.0, 15.0, 2500.0, 3000.0, 9700.0, 32000.0]


def test_the_level_a_rate_is_raised_from_is_none_and_a_sentence_may_end_in_an_ellipsis():
    # dantri.com.vn (Kiên Giang 2020-2025): "nâng tỷ lệ đô thị hóa từ 29,4% lên khoảng 41,45%" drafted the
    # level it starts from as a target, and the target as "Lên"; the last paragraph, "Trong 5 năm tới, tỉnh
    # đưa ra chỉ tiêu 80% tổ chức cơ sở đảng …, kết nạp từ 8.000 đảng viên trở lên; nâng dần … đào tạo…",
    # ends in "…" and was left outside the list
    kg = in_round(14, "kiengiang-2025.dantri.vi.txt")
    assert 29.4 not in values_of(kg)
    assert by_value(kg, 41.45)["name"]["vi"] == "Nâng tỷ lệ đô thị hóa"
    assert any(f == "từ 29,4%" and "from" in w for f, _, w in kg.skipped)
    assert by_value(kg, 8000.0)["unit"] == "party_members" and by_value(kg, 80.0)["kind"] == "min"
    # (and the first target's name is its own, not the lead-in "Theo nghị quyết đại hội …, tỉnh phấn đấu đạt")
    assert by_value(kg, 7.24)["name"]["vi"].startswith("Tốc độ tăng trưởng kinh tế")


def test_a_count_of_programmes_is_no_target_and_less_than_is_a_ceiling_in_english():
    # nhandan.vn (Huế 2023): "Địa phương xác định 6 chương trình trọng điểm cần tập trung thực hiện gồm: …"
    hue = in_round(14, "hue-2023.nhandan.vi.txt")
    assert sorted(values_of(hue), key=str) == [(9.0, 10.0), 12.0, 12.0]
    # vietnamnews.vn (Hà Nội 2023): "the unemployment rate in urban areas will be less than 4 per cent"
    hn = in_round(14, "hanoi-2023.vietnamnews.en.txt")
    assert by_value(hn, 4.0)["kind"] == "max" and by_value(hn, 4.5)["kind"] == "max"


def test_labour_productivity_is_in_an_amount_per_worker():
    # baodienbienphu.com.vn (Điện Biên 2030, English): "a labor productivity of VND 193 million/worker" was
    # drafted in million VND; vtcnews.vn (Hà Nội 2026): "410 triệu đồng/lao động" as a unit the table lacks
    db = in_round(14, "dienbien-2030.baodienbienphu.en.txt")
    assert by_value(db, 193.0)["unit"] == "million_vnd_per_worker"
    hn = in_round(12, "hanoi-2026.vtcnews.vi.txt")
    assert by_value(hn, 410.0)["unit"] == "million_vnd_per_worker"


def test_results_told_after_last_years_paragraph_and_a_reviewed_year_are_no_targets():
    # huengaynay.vn (Huế 2026): "Năm 2025, kinh tế - xã hội thành phố đạt nhiều kết quả nổi bật …", then,
    # without a year, "Khu vực dịch vụ tiếp tục giữ vai trò động lực, tăng trưởng trên 9%. Du lịch phục hồi
    # mạnh, với 6,3 triệu lượt khách, …": five results drafted as targets
    hue = in_round(15, "hue-2026.huengaynay.vi.txt")
    assert sorted(values_of(hue), key=str) == sorted([10.0, (3500.0, 3600.0), (49.0, 50.0), (10.0, 11.0),
                                                       (1700.0, 2000.0)], key=str)
    # sggp.org.vn (Kiên Giang 2024): "… tổng kết tình hình, kết quả thực hiện nhiệm vụ năm 2023 …. Năm 2024,
    # tỉnh Kiên Giang đề ra chỉ tiêu kết nạp mới 1.600 đảng viên. …": 2023 was taken for the plan's year
    kg = in_round(15, "kiengiang-2024.sggp.vi.txt")
    assert kg.catalog["year"] == 2024 and 6.79 not in values_of(kg)
    # en.baobacgiang.vn (Bắc Giang 2024): "17 out of 18 major targets were completed or exceeded the set
    # plan. The economic growth rate in the whole year is estimated at 13.45 percent …"
    bg = in_round(15, "bacgiang-2024.baobacgiang.en.txt")
    assert values_of(bg) == [14.5]


def test_a_unit_per_ten_thousand_people_a_share_down_to_and_counts_that_are_no_targets():
    # baotintuc.vn (Hải Dương 2022): "đạt 33 giường bệnh/10.000 dân", "9,6 bác sỹ/10.000 dân": the unit was
    # cut at the "/"
    hd = in_round(15, "haiduong-2022.baotintuc.vi.txt")
    written = {u["id"]: u["vi"] for u in hd.catalog.get("units", [])}
    units_of = {t.get("value"): written.get(t["unit"], t["unit"]) for t in hd.targets}
    assert (units_of[33.0], units_of[9.6]) == ("giường bệnh/10.000 dân", "bác sỹ/10.000 dân")
    # nhandan.vn (Ninh Bình 2020-2025): "nông, lâm, thủy sản còn 8,5%" (down to) was drafted as a floor
    nb = in_round(15, "ninhbinh-2025.nhandan.vi.txt")
    assert [t["kind"] for t in nb.targets if t["name"]["vi"] == "Nông, lâm, thủy sản"] == ["max"]
    # baotintuc.vn (Bình Thuận 2022) "3 trụ cột", baobariavungtau.com.vn (Bà Rịa - Vũng Tàu 2024) "nằm
    # trong 10 tỉnh, thành phố đứng đầu cả nước", "thúc đẩy 2 ngành công nghiệp mới": drafted as targets
    bt = in_round(15, "binhthuan-2022.baotintuc.vi.txt")
    assert values_of(bt) == [7.0]
    bv = in_round(15, "bariavungtau-2024.baobariavungtau.vi.txt")
    assert values_of(bv) == [8.5]


def test_the_countrys_targets_a_support_package_and_a_conferences_counts_are_no_targets():
    # baohaiduong.vn (Hải Dương 2025, English): "In 2025, the National Assembly assigned the Government an
    # economic growth target of 6.5-7%, striving for growth of 7-7.5%. However, …, the Prime Minister set a
    # target of striving for double-digit economic growth, higher than the previously set target of 8%.":
    # the country's targets were drafted as the province's
    hd = in_round(16, "haiduong-2025.baohaiduong.en.txt")
    assert not {(6.5, 7.0), (7.0, 7.5), 8.0} & set(values_of(hd))
    assert {132632.0, 12.0, 10.0} <= set(values_of(hd))
    # en.vietnamplus.vn (Hồ Chí Minh City 2021, English): "Ho Chi Minh City is targeting a … (GRDP) growth
    # rate of around 6 percent in 2021" was left outside ("targeting" named no plan), and "an aid package of
    # some 4 trillion VND …, in which 1 trillion VND …" drafted as two targets
    hcm = in_round(16, "hochiminh-2021.vietnamplus.en.txt")
    assert 6.0 in values_of(hcm) and not {4.0, 1.0} & set(values_of(hcm))
    # thdt.vn (Đồng Tháp 2019): "Hội nghị được trực tuyến đến 53 điểm cầu …. Hội nghị có 18 tham luận"
    dt = in_round(16, "dongthap-2019.thdt.vi.txt")
    assert values_of(dt) == [7.5]
    # baodaklak.vn (Đắk Lắk 2025-2030): a caption printed twice gave its target twice more (the caption's
    # first printing, worded otherwise than the body, is still drafted: noted in tests/test_corpus.py)
    dl = in_round(16, "daklak-2030.baodaklak.vi.txt")
    caption = "Tỉnh Đắk Lắk phấn đấu đến năm 2025, tỷ lệ độ che phủ rừng đạt 40 - 42%"
    assert [t["source"] for t in dl.targets].count(caption) == 1


def test_a_percentage_written_with_a_hyphen_in_english():
    # sggp.org.vn (Hậu Giang 2025, English): "a target of a 10.14- percent GRDP growth rate …, marking a 15-
    # percent increase"; vietnamplus (Hồ Chí Minh City 2021): "secure 6-percent growth": not read
    hg = in_round(16, "haugiang-2025.sggp.en.txt")
    assert {10.14, 15.0} <= set(values_of(hg))


def test_an_english_plan_for_next_year_after_this_years_results():
    # vietnamnewsgazette.com (Hà Nội 2019, English): "Hanoi has surpassed all 20 of the … targets set for this
    # year …. Farmers' average per capita income improved this year to approximately 2,000 USD. The poverty
    # rate in rural areas fell from 2.57 percent to 1.6 percent in 2018. Hanoi will strive to raise next
    # year's regional gross domestic product by at least 7.5 percent. …": 2018 was taken for the plan's year
    # and this year's results for targets
    hn = in_round(17, "hanoi-2019.vietnamnewsgazette.en.txt")
    assert hn.catalog["year"] == 2019
    assert sorted(values_of(hn)) == [7.5, 8.0, 11.0]


def test_a_rank_a_count_of_projects_a_unit_before_a_verb_and_an_english_rise_from_one_level_to_another():
    # moitruongdulich.vn (Bến Tre 2020-2025): "phấn đấu … nhóm 20 cả nước", "11 công trình, dự án trọng điểm
    # gồm: …" were drafted as targets, and "xây dựng 100 DN dẫn đầu" in a unit "DN dẫn"
    bt = in_round(18, "bentre-2025.moitruongdulich.vi.txt")
    assert not {20.0, 11.0} & set(values_of(bt))
    written = {u["id"]: u["vi"] for u in bt.catalog.get("units", [])}
    assert written.get(by_value(bt, 100.0)["unit"], "").lower() == "dn"
    # dongthap.gov.vn (Đồng Tháp 2025, English): "increasing the processing industries' … capacity from 48% to
    # 53%" was drafted as a range of 48 to 53
    dt = in_round(18, "dongthap-2025.dongthap.en.txt")
    assert (48.0, 53.0) not in values_of(dt) and by_value(dt, 53.0)["kind"] == "min"


def test_a_districts_target_quoted_in_a_provinces_text_is_no_target():
    # vrviet.com (Cà Mau 2025, English): "Mr. Ly Minh Vung, Chairman of Thoi Binh District People's Committee,
    # said: "To achieve the target of GDP growth of 8% or more, the district is …": one district's target,
    # drafted as the province's (beside the province's own 8%: "the province has developed specific scenarios
    # …")
    cm = in_round(18, "camau-2025.vrviet.en.txt")
    assert values_of(cm).count(8.0) == 1
    assert any("district" in why for _, _, why in cm.skipped)


def test_english_results_told_in_the_past_or_as_they_stand_are_no_targets():
    # en.vietnamplus.vn (Quảng Ninh 2020): "… the economic growth of Quang Ninh still reached 6.5 percent in
    # the first nine months of 2020. The industry – construction sector grew 8.9 percent, …. Meanwhile, the
    # service and agro-forestry-aquaculture sectors rose 3.5 percent and 3.2 percent, respectively.": the
    # nine months' results were drafted as targets; "the province has set to welcome 3 million tourists in
    # the fourth quarter" was not read ("million tourists")
    qn = in_round(19, "quangninh-2020.vietnamplus.en.txt")
    assert sorted(values_of(qn)) == [3.0, 48.0]
    assert by_value(qn, 3.0)["unit"] == "million_visits"
    # en.baoyenbai.com.vn (Yên Bái 2023): "Currently, 99 out of 150 communes of Yen Bai have achieved all
    # criteria …, while 27 communes have been recognised …": the present state, drafted as two targets
    yb = in_round(19, "yenbai-2023.baoyenbai.en.txt")
    assert not {150.0, 27.0} & set(values_of(yb))
    # en.vneconomy.vn (Hải Phòng 2023): "… surpassing the VND100 trillion ($4.2 billion) milestone the city
    # recorded for the first time last year. Its industrial sector accounts for 49 per cent of its economic
    # structure, …": last year's result and the present share were drafted, and the standfirst's "targets
    # 12.7-13% in GRDP growth" was drafted again from the body
    # (the present share is still drafted: "accounts for" also words a plan's shares, "Economic structure:
    # Agriculture … accounts for 22-23%", tests/test_corpus.py)
    hp = in_round(19, "haiphong-2023.vneconomy.en.txt")
    assert values_of(hp).count((12.7, 13.0)) == 1 and 100.0 not in values_of(hp)
    assert {15.0, 116.4} <= set(values_of(hp))


def test_a_base_year_starts_no_paragraph_of_its_own_and_the_delegates_share_is_no_target():
    # vneconomy.vn (Quảng Trị 2026): "GRDP năm 2025 tăng 8%, …" then "Môi trường đầu tư tiếp tục được cải
    # thiện rõ rệt. Tổng vốn đầu tư thực hiện tăng 21,1%; 172 dự án …, tổng vốn đăng ký gấp gần 4 lần so với
    # năm 2024. …": 2025's results went on, but "so với năm 2024" (a base) was taken for a year of its own
    qt = in_round(19, "quangtri-2026.vneconomy.vi.txt")
    assert values_of(qt) == [(9.0, 10.0)]
    # vietnam.vn (Gia Lai 2026, English): "Regarding the reports, 100% of the delegates present unanimously
    # approved 65 reports …"
    gl = in_round(19, "gialai-2026.vietnamvn.en.txt")
    assert values_of(gl) == [(8.8, 9.4)]


def test_a_rewards_worth_is_no_target_and_an_english_plan_year_is_the_one_its_targets_name():
    # en.baoninhbinh.org.vn (Ninh Bình 2020): "Each commune … will be presented a welfare facility worth
    # VND500 million (US$21,930) while each new-style rural district will have a facility worth two billion
    # VND (US$87,723)."
    nb = in_round(19, "ninhbinh-2020.baoninhbinh.en.txt")
    # (the lead's "6 communes" and "Six communes includes: … have been chosen …", as its reading has both)
    assert values_of(nb) == [6.0, 6.0]
    # en.vietstock.vn (Đồng Tháp 2026): "… targets economic growth of 8–8.5 per cent and per capita income of
    # VNĐ93.5–94 million (US$3,580–3,600) by 2026." was left out: the plan's year was taken for 2030, the
    # latest named ("… farm one million hectares of … rice … by 2030")
    dt = in_round(19, "dongthap-2026.vietstock.en.txt")
    assert dt.catalog["year"] == 2026
    assert sorted(values_of(dt), key=str) == sorted([(8.0, 8.5), (93.5, 94.0), 3000.0], key=str)


def test_english_results_of_this_year_before_next_years_plan_are_no_targets():
    # einpresswire (Tây Ninh 2024, English): "The … economy is expected to grow by 5.5 per cent this year …. The
    # southern province has achieved 13 of the 20 … targets …. Its index of industrial production (IIP) had
    # risen by 8.9 per cent. …" then "Growth target for 2024 / The province targeted 7 per cent economic growth
    # in 2024.": this year's (2023's) results were drafted as targets
    tn = in_round(20, "tayninh-2024.einpresswire.en.txt")
    assert values_of(tn) == [7.0]
    # vietnam.vnanet.vn (Hà Nội 2019, English): "… all of the 20 socio-economic goals of the city in 2018 have
    # been fulfilled …." (no figure) then "Hanoi's export revenue has grown 21.6 percent, …": 2018's results
    hn = in_round(20, "hanoi-2019.vnanet.en.txt")
    assert values_of(hn) == [8.7]
    # thongtin.vietnam.vn (Hà Tĩnh 2025, English): "INDUSTRIAL PRODUCTION INDEX INCREASED 2.88% OVER THE SAME
    # PERIOD; TOTAL RETAIL SALES OF GOODS REACHED MORE THAN 53,468 BILLION VND, UP 12.54%; …"
    ht = in_round(20, "hatinh-2025.thongtinvietnam.en.txt")
    assert 8.7 in values_of(ht) and not {2.88, 53468.0, 12.54, 2.7, 80.0} & set(values_of(ht))
    # vietnam.vn (Bến Tre 2025, English): "Series of solutions to achieve 8% growth target" over "In 2025, the
    # Government assigned Ben Tre province an economic growth target of 8%." (drafted twice), and "Regarding
    # exports, last year the province's export turnover reached over 1.63 billion USD, up 12.23% …"
    bt = in_round(20, "bentre-2025.vietnamvn.en.txt")
    assert values_of(bt).count(8.0) == 1 and not {1.63, 12.23} & set(values_of(bt))
    assert {700.0, 100.0} <= set(values_of(bt))


def test_a_replaced_target_the_central_committees_and_a_margin_over_anothers_target_are_no_targets():
    # vietnam.vn (Quảng Ninh 2025, English): "the Party Central Committee issued Conclusion No. 123-KL/TW … with a
    # growth target of 8% or more", "… to reach over 14%, an increase of 2% compared to the target assigned by
    # the Central Government", a standfirst printed again in the body, and "Previously, … Accordingly, the
    # economic growth target for 2025 is set at 12%, …" (the target replaced)
    qn = in_round(20, "quangninh-2025.vietnamvn.en.txt")
    assert values_of(qn) == [14.0, 14.0]
    # baonghean.vn (Nghệ An 2025): "… quý III được điều chỉnh tăng từ 10,16 - 11,94%, so với mức 11,18% của kế
    # hoạch ban đầu. Quý IV … trong khoảng 11,11 - 13,1%, thay cho mục tiêu 12% trước đó."
    na = in_round(20, "nghean-2025.baonghean.vi.txt")
    assert sorted(values_of(na)) == [(9.5, 10.5), (10.16, 11.94), (11.11, 13.1)]
    # baomoi (Lào Cai 2024): "để đạt tăng trưởng kinh tế 2 con số" (double digits) was drafted as 2 "con số"
    lc = in_round(20, "laocai-2024.baomoi.vi.txt")
    assert 2.0 not in values_of(lc) and 10.0 in values_of(lc)


def test_a_part_of_the_year_gone_by_a_monthly_average_and_an_english_plan_the_province_sets():
    # vietnamnet.vn (Hà Nam 2025): "… cho biết trong quý I, tổng sản phẩm trong tỉnh ước đạt 13.900 tỷ đồng, tăng
    # 10,54% …, đạt 22,43% kế hoạch năm 2025. Thu cân đối ngân sách … Hết tháng 3, tỉnh giải ngân được 2.719 tỷ
    # đồng, …. Tỉnh Hà Nam phấn đấu năm 2025 tăng trưởng trên 10,5%, giải ngân 100% đầu tư công.": the first
    # quarter's results were drafted as targets
    hn = in_round(21, "hanam-2025.vietnamnet.vi.txt")
    assert values_of(hn) == [10.5, 100.0]
    # dlctdongnai (Đồng Nai 2023): "… tăng 9 - 10% so cùng kỳ năm 2022 (bình quân 1 tháng khoảng 21 ngàn tỷ đồng)"
    dn = in_round(21, "dongnai-2023.dlctdongnai.vi.txt")
    assert not {21.0, 2.2} & set(values_of(dn))
    # news.laodong.vn (Lạng Sơn 2026, English): "For 2026, the province sets an economic growth rate of 10-11%.
    # GRDP per capita reached 78-79 million VND. …": no plan word the draft knew
    ls = in_round(21, "langson-2026.laodong.en.txt")
    assert sorted(values_of(ls), key=str) == sorted([(10.0, 11.0), (78.0, 79.0), (10.0, 11.0), 9850.0], key=str)


def test_a_count_of_resolutions_passed_and_a_quarters_or_half_years_result_are_no_targets():
    # bnctulamdong (Lâm Đồng 2026): "Kỳ họp đã thảo luận, thông qua 21 nghị quyết, trong đó có Nghị quyết về
    # nhiệm vụ phát triển kinh tế – xã hội năm 2026 với các chỉ tiêu …: GRDP tăng 10%, …": the count of the
    # session's resolutions was drafted as a target of 21 "nghị quyết"
    ld = in_round(22, "lamdong-2026.bnctulamdong.vi.txt")
    assert 21.0 not in values_of(ld) and 10.0 in values_of(ld) and 124.0 in values_of(ld)
    # tintucdantoc (Bắc Ninh 2024): "Vì vậy, ước tính GRDP quý II/2024 đã tăng trở lại với mức tăng khá ấn tượng
    # (+8,06%) so với cùng kỳ năm trước; kéo tăng trưởng 6 tháng đầu năm 2024 …": the second quarter's result
    bn = in_round(22, "bacninh-2024.tintucdantoc.vi.txt")
    assert 8.06 not in values_of(bn)
    # langsontv (Ninh Bình 2024): "Nhờ vậy, tốc độ tăng trưởng GRDP 6 tháng đạt 8,19%, xếp thứ 12/63 tỉnh, …":
    # the half-year's result
    nb = in_round(22, "ninhbinh-2024.langsontv.vi.txt")
    assert 8.19 not in values_of(nb)


def test_an_english_rate_reduced_by_a_figure_and_then_to_another_is_a_ceiling():
    # baodienbienphu (Điện Biên 2025, English): "… and the poverty rate reducing 4% compared to the previous year,
    # to 17.66% this year…": the level reduced to was drafted as a floor
    db = in_round(21, "dienbien-2025.baodienbienphu.en.txt")
    kinds = {t.get("value"): t["kind"] for t in db.targets}
    assert kinds[17.66] == "max" and kinds[4.0] == "min"


def test_a_targets_history_of_adjustments_is_no_target_but_its_last():
    # thongtinvietnam (Hà Tĩnh 2025, English): "… the province has adjusted the growth target twice, from 7% to 8% and
    # most recently, according to Resolution 226/NQ-CP of the Government, it is 8.7% for the whole year 2025.":
    # the history was drafted as a range of 7–8%
    ht = in_round(20, "hatinh-2025.thongtinvietnam.en.txt")
    assert values_of(ht) == [8.7]


def test_results_of_the_year_before_told_ahead_of_the_plan_are_no_targets():
    # sggpnews.org.vn (Bình Phước 2022, English): "… the PM acknowledged the province's achievements last year,
    # with gross regional domestic product (GRDP) reaching 6.32 percent, …. The province collected over VND13.6
    # trillion for the State budget, up 18 percent year on year, …" then "This year, Binh Phuoc aims for 7-7.5
    # percent growth in GRDP, along with 3.85 billion USD in export revenues, and US$400 million in FDI.":
    # last year's results were drafted as six targets
    bp = in_round(23, "binhphuoc-2022.sggpnews.en.txt")
    assert values_of(bp) == [(7.0, 7.5), 3.85, 400.0]
    # congnghieptieudung.vn (Vĩnh Phúc 2023): "… tăng trưởng bình quân … giai đoạn 2020-2022 đạt gần 9%/năm" was
    # taken for a term ending in 2022, so "Năm 2023, Vĩnh Phúc đặt mục tiêu …" was not the plan's year and
    # 2022's results ("thu hút được 453 triệu USD vốn FDI", "1.286 dự án", "8,2 triệu lượt") became targets
    vp = in_round(23, "vinhphuc-2023.congnghieptieudung.vi.txt")
    assert vp.catalog["year"] == 2023
    assert not {453.0, 100.6, 12500.0, 1286.0, 450.0, 7.41, 828.0, 125000.0, 8.2} & set(values_of(vp))
    assert {(8.0, 9.5), 32398.0, 27398.0, 400.0, 5000.0} <= set(values_of(vp))
    # baotainguyenmoitruong.vn (Bình Định 2022): "Trong năm 2021, … với 15/19 chỉ tiêu chủ yếu đạt và vượt kế
    # hoạch đề ra." then "Trong đó, tổng sản phẩm địa phương (GRDP) tăng 4,11%, … (tỷ lệ tăng 3,45%) …. Năm 2022,
    # tỉnh Bình Định phấn đấu chỉ tiêu … (GRDP) tăng 6,0-6,5%.": 2021 was taken for the plan's year
    bd = in_round(23, "binhdinh-2022.baotainguyenmoitruong.vi.txt")
    assert bd.catalog["year"] == 2022 and values_of(bd) == [(6.0, 6.5)]
    # en.vietnamplus.vn (Kiên Giang 2023): "… aims to achieve and even surpass the growth target of 6.5% this
    # year." was taken for a target named as the aim of another; "Kien Giang recorded a … (GRDP) growth of 6.37%
    # in the first half of this year, …. Up to now, total budget revenue has hit over 6.7 trillion VND." for two
    kg = in_round(23, "kiengiang-2023.vietnamplus.en.txt")
    assert 6.5 in values_of(kg) and not {6.37, 6.7} & set(values_of(kg))
    # baotintuc.vn (Lạng Sơn 2023): "Hội nghị được tổ chức theo hình thức trực tuyến 3 cấp": a meeting's form
    ls = in_round(23, "langson-2023.baotintuc.vi.txt")
    assert 3.0 not in values_of(ls) and (7.0, 7.5) in values_of(ls)


def test_an_english_schemes_duration_until_a_later_year_is_not_the_plans_year():
    # vietnamnews.vn (An Giang 2024): "An Giang has announced its socio-economic targets for 2024, including growth of
    # 7.5-8.5 per cent." then "… a Ministry … project aimed at cultivating one million hectares of … rice, aligning with
    # green growth goals in the Mekong Delta until 2030.": 2030 was taken for the plan's year, and the growth
    # target of 2024 for an earlier year's
    ag = in_round(23, "angiang-2024.vietnamnews.en.txt")
    assert ag.catalog["year"] == 2024 and (7.5, 8.5) in values_of(ag)


def test_a_plan_that_sets_its_sights_on_a_figure_and_last_years_total_told_after_it():
    # en.vietnamplus.vn (Bến Tre 2021): "… will maintain high and sustainable growth in exports during 2021, setting its
    # sights on 1.5 billion USD in export revenue, up 6.23 percent against 2020, …" was not read as a plan (the year
    # was taken for 2025, of a five-year plan's "by 2025"), and "Exports totalled more than 1.4 billion USD last
    # year, 0.86 percent higher than the annual plan./." was drafted as two targets
    bt = in_round(24, "bentre-2021.vietnamplus.en.txt")
    assert bt.catalog["year"] == 2021
    assert {1.5, 6.23, 13.0, 2.6} <= set(values_of(bt)) and not {1.4, 0.86} & set(values_of(bt))
    # laocai.gov.vn (Lào Cai 2021): "1. Tốc độ tăng trưởng kinh tế (GRDP) đạt trên 10%, tăng trên 3,45 điểm % so với
    # năm 2020" and "3. GRDP bình quân đầu người: 83,4 triệu đồng/năm, bằng 109,4% so với năm 2020.": the rise on
    # 2020's rate and the ratio to 2020's level (after a unit "per year") were drafted as targets
    lc = in_round(24, "laocai-2021.laocai.vi.txt")
    assert not {3.45, 109.4} & set(values_of(lc)) and {10.0, 83.4} <= set(values_of(lc))


def test_last_years_figure_a_capacity_standing_and_results_over_past_years_are_no_targets():
    # einpresswire (Bạc Liêu 2023, English): "… aims to raise shrimp export revenue to US$1 billion this year, against
    # last year's $853 million.", "… 33 aquatic processing factories for export with a combined capacity of some
    # 125,000 tonnes each year." and "Over the past decade, the shrimp sector has contributed over VNĐ29.7 trillion
    # ($1.19 billion) …": drafted as three targets beside the one
    bl = in_round(24, "baclieu-2023.einpresswire.en.txt")
    assert values_of(bl) == [1.0]
    # en.vietnamplus.vn (Sóc Trăng 2025, English): "The poverty rate declined more than 3 percent annually over the
    # last five years - higher than the goal set by the provincial Party Committee …": the five years' result
    st = in_round(24, "soctrang-2025.vietnamplus.en.txt")
    assert 3.0 not in values_of(st) and (2.0, 3.0) in values_of(st)


def test_a_count_of_district_level_units_keeps_its_whole_unit():
    # m.vietnamnet.vn (Đắk Lắk 2025): "… có ít nhất 4 đơn vị cấp huyện đạt chuẩn nông thôn mới": drafted with the
    # unit "đơn vị" alone, a count of no level
    dl = in_round(24, "daklak-2025.vietnamnet.vi.txt")
    written = {u["id"]: u["vi"] for u in dl.catalog.get("units", [])}
    assert written[by_value(dl, 4.0)["unit"]] == "đơn vị cấp huyện"


def test_a_plan_that_sets_out_its_aims_beside_the_year_before_and_the_levels_it_rises_from():
    # baobackan.com.vn (Bắc Kạn 2024): "… đã quyết nghị đề ra nhiệm vụ năm 2024 với 16 mục tiêu chủ yếu." (no plan
    # word the year knew: 2023, named most, was taken for the plan's year), "Trong các năm từ 2020 - 2023, tốc độ
    # tăng trưởng kinh tế … (lần lượt là 4%, 6,01% và 6,33%/năm)" (results of years before), "… tăng từ mức 51
    # triệu đồng/người năm 2023 lên 56 triệu đồng/người năm 2024", "(giảm so với mục tiêu năm 2023 là 5.000ha)",
    # "sản phẩm OCOP đạt 3 sao trở lên" (a grade) and "Năm 2023 toàn tỉnh thành lập mới được 65 HTX, năm 2024 mục
    # tiêu đặt ra là trên 35 hợp tác xã": all but the last drafted as targets
    bk = in_round(25, "backan-2024.baobackan.vi.txt")
    assert bk.catalog["year"] == 2024
    assert not {16.0, 4.0, 6.01, 6.33, 51.0, 955.0, 5000.0, 3.0, 65.0} & set(values_of(bk))
    assert {8.0, (6.5, 7.0), 56.0, 1010.0, 3485.0, 20.0, 35.0, 12.0, 2.0} <= set(values_of(bk))


def test_a_subheading_over_last_years_results_and_an_english_first_months_estimate_are_no_targets():
    # tienphong.vn (Bình Thuận 2023): "… tỉnh này đặt mục tiêu tăng trưởng năm 2023 là 7-7,2%." then the subheading
    # "Thu ngân sách đạt 11.300 tỷ đồng" over "Theo báo cáo của UBND tỉnh Bình Thuận, năm 2022, kinh tế phục hồi …":
    # the subheading of 2022's results was drafted as a target
    bt = in_round(25, "binhthuan-2023.tienphong.vi.txt")
    assert values_of(bt) == [(7.0, 7.2)]
    # en.vietnamplus.vn (Tiền Giang 2020): "According to the provincial People’s Committee, in the first month of 2020,
    # the local export turnover was estimated at over 178 million USD, …": January's result
    tg = in_round(25, "tiengiang-2020.vietnamplus.en.txt")
    assert 178.0 not in values_of(tg) and 3.4 in values_of(tg)


def test_a_plan_whose_only_plan_word_is_in_its_title_and_foreign_visitors():
    # en.tiengiang.gov.vn (Tiền Giang 2023): the title "In 2023, Tien Giang province strives to increase exports by
    # more than 8.3% compared to 2022" over "… in 2023, the province will … achieve a year-round export turnover of
    # $3.9 billion, with an increase of more than 8.3% of the 2022 performance.": the body names no plan word, and
    # nothing was drafted
    tg = in_round(25, "tiengiang-2023.tiengiang.en.txt")
    assert sorted(values_of(tg)) == [3.9, 8.3]
    # vnanet (Khánh Hòa 2023, English): "… it set targets of welcoming 4 million tourists, including 1.5 million
    # foreign visitors, …": "foreign visitors" was a unit the table lacked
    kh = in_round(25, "khanhhoa-2023.vnanet.en.txt")
    assert by_value(kh, 1.5)["unit"] == "million_visits"


def test_last_years_results_told_after_the_plan_in_its_paragraph_are_no_targets():
    # f247.com (Đồng Tháp 2024): "Tỉnh Đồng Tháp đặt mục tiêu tăng trưởng GRDP đạt 8% vào năm 2024 trong Hội nghị …. Năm
    # 2023, tỉnh đã triển khai nhiệm vụ …, nhưng kết quả ghi nhận tăng trưởng GRDP đạt 5,66%; GRDP bình quân đầu người
    # ước đạt 68,37 triệu đồng (…); tỉ lệ hộ nghèo giảm còn 1,52%.": the paragraph from the plan's sentence on was
    # one item, so 2023's results were drafted as targets
    dt = in_round(26, "dongthap-2024.f247.vi.txt")
    assert values_of(dt) == [8.0]


def test_a_target_whose_year_follows_its_figure_after_a_sentence_of_results():
    # thitruonghanghoa.com (Bắc Giang 2022): "… tỉnh Bắc Giang ước đạt tổng thu ngân sách nhà nước năm 2021 hơn 15,7
    # nghìn tỷ đồng, vượt 56,1 % dự toán, …. Phấn đấu tốc độ tăng trưởng GRDP đạt 14% năm 2022.": "năm 2022" after
    # the figure was taken for the figure's own year and no time, so the target went on with 2021's results
    bg = in_round(26, "bacgiang-2022.thitruonghanghoa.vi.txt")
    assert values_of(bg) == [14.0]


def test_a_peoples_share_of_the_population_is_no_target():
    # en.vietnamplus.vn (Trà Vinh 2022): "Khmer people account for nearly 32% of the total population of the
    # province.": the state as it stands, drafted as a target
    tv = in_round(26, "travinh-2022.vietnamplus.en.txt")
    assert 32.0 not in values_of(tv) and 80.0 in values_of(tv)


def test_a_vote_a_count_of_resolutions_a_result_meeting_its_target_and_others_in_a_ranking_are_no_targets():
    # vnindex.org (Hà Nội 2021): "Chiều 7/12, với 91/91 đạt biểu có mặt tán thành (đạt tỉ lệ 100%), …": the vote's share
    hn = in_round(27, "hanoi-2021.vnindex.vi.txt")
    assert 100.0 not in values_of(hn)
    # vietnamplus.vn (Bình Dương 2023): "Trong 28 nghị quyết …": a count of the session's resolutions
    bd = in_round(27, "binhduong-2023.vietnamplus.vi.txt")
    assert 28.0 not in values_of(bd)
    # en.vietnamplus.vn (Cà Mau 2023): "… has targeted to achieve an export revenue of 1.3 billion USD next year." then
    # 2022's results, "Fertiliser output is estimated at 1 million tonnes, meeting the target.": the result drafted
    cm = in_round(27, "camau-2023.vietnamplus.en.txt")
    assert values_of(cm) == [1.3]
    # en.vietnamplus.vn (Bình Dương 2023): "… is expected to grow 8.9%, higher than the 4.5% recorded last year."
    bde = in_round(27, "binhduong-2023.vietnamplus.en.txt")
    assert 4.5 not in values_of(bde) and 1.8 in values_of(bde)
    # vietnam.vn (Hải Phòng 2025, English): "This growth rate ranked 3rd in the country, after Bac Giang (13.6%) and
    # Ninh Thuan (13%).": other provinces' rates beside the city's rank
    hp = in_round(27, "haiphong-2025.vietnamvn.en.txt")
    assert not {13.6, 13.0} & set(values_of(hp))


def test_english_counts_of_workers_and_jobs_are_drafted():
    # en.vietnamplus.vn (Sóc Trăng 2025): "… provide vocational training for at least 13,000 local workers, create
    # 23,000-25,000 jobs, and send 300-500 people abroad …": "workers" and "jobs" were units the table lacked, so two
    # targets were listed, not drafted
    st = in_round(24, "soctrang-2025.vietnamplus.en.txt")
    assert by_value(st, 13000.0)["unit"] == "persons"
    assert by_value(st, 23000.0)["unit"] == "worker_placements"
    # dangcongsan.vn (Lai Châu 2025, English): "… and create jobs for 8,500 labourers per year."
    lc = in_round(11, "laichau-2025.dangcongsan.en.txt")
    assert by_value(lc, 8500.0)["unit"] == "persons"


def test_an_english_figure_after_a_present_perfect_verb_is_a_result():
    # betaen.vietnamplus.vn (Bình Dương 2023): "Notably, Danish toy maker Lego Group has invested in a 1.3 billion
    # USD factory in the province." among 2022's results, before "In 2023, Binh Duong aims to lure at least 1.8
    # billion USD of FDI./.": an investment made, drafted as a target
    bd = in_round(27, "binhduong-2023.vietnamplus.en.txt")
    assert 1.3 not in values_of(bd) and 1.8 in values_of(bd)


def test_a_growth_after_an_amount_is_a_target_of_its_own():
    # thuonghieucongluan.com.vn (Thái Nguyên 2026): "Giá trị xuất khẩu đạt từ 33.516 triệu USD trở lên, tăng từ 12% so
    # với năm 2025; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 122.566,9 tỷ đồng, tăng 18,5%.": the two
    # growths were left unmatched as "describing the figure before it", though a plan sets them as targets too (the
    # corpus' convention: "575 (tăng 15%)" is a target of its own)
    tn = in_round(29, "thainguyen-2026.thuonghieucongluan.vi.txt")
    assert {33516.0, 12.0, 122566.9, 18.5} <= set(values_of(tn))
    # laocai.gov.vn (Lào Cai 2021): a rise in points after a rate, and a ratio to last year's level, still describe it
    lc = in_round(24, "laocai-2021.laocai.vi.txt")
    assert not {3.45, 109.4} & set(values_of(lc))


def test_a_result_said_to_keep_close_to_the_plan_names_no_plan():
    # baomoi.com (Bắc Ninh 2026): "Đặc biệt tăng trưởng GRDP của tỉnh ở mức hai con số, đạt 10,27%, đứng thứ 5 cả nước,
    # bám sát kế hoạch do HĐND tỉnh và Chính phủ giao. Năm 2026, tỉnh phấn đấu hoàn thành mục tiêu tăng trưởng
    # 12,5-13%.": 2025's growth, said to keep close to the plan, was drafted as a target beside 2026's
    bn = in_round(29, "bacninh-2026.baomoi.vi.txt")
    assert values_of(bn) == [(12.5, 13.0)]


def test_an_english_ratio_to_a_base_or_to_the_plan_is_not_a_target():
    # baodanang.vn (Đà Nẵng 2021, English): "… GRDP in the second half of this year will climb by nearly 5%, and the
    # GRDP scale is equivalent to nearly 90% of the figure recorded in the second half of 2019. … The State budget
    # collection will stand at over VND18,404 billion, surpassing by 1.2% of the year’s estimates." and "…, fulfilling
    # 96.27% of the year’s target.": each ratio was drafted as a target of its own
    dn = in_round(30, "danang-2021.baodanang.en.txt")
    assert not {92.0, 90.0, 85.0, 4.2, 1.2, 96.27} & set(values_of(dn))
    assert {5.0, 18404.0, 17514.0} <= set(values_of(dn))


def test_a_year_an_english_figure_is_compared_with_is_a_base_not_the_sentences_time():
    # baodanang.vn (Đà Nẵng 2021, English): "In the first scenario, …, the growth rate of GRDP in the second half of
    # this year will record an increase of about 7%, and the GRDP scale is equivalent to about 92% of the figure in
    # the second half of 2019 and equal to the average rate recorded in 2018 and 2019. Based on these projections, the
    # growth rate of GRDP will reach 6% this year. The State budget collection will hit over VND18,953 billion, …":
    # "recorded in 2018" made the paragraph 2018's results, and its three targets were lost
    dn = in_round(30, "danang-2021.baodanang.en.txt")
    assert {7.0, 6.0, 18953.0} <= set(values_of(dn))


def test_a_value_per_hectare_is_in_the_units_table():
    # vccinews.com (Hà Giang 2019, English): "… yearly farming value of VND45.2 million per hectare …": drafted in a
    # unit as written ("vnd million per hectare"), which matches no catalog's and no other text's spelling
    hg = in_round(26, "hagiang-2019.vccinews.en.txt")
    assert by_value(hg, 45.2)["unit"] == "million_vnd_per_hectare"
    # issuu.com (Sóc Trăng 2025): "Giá trị sản phẩm thu hoạch trên 1 ha … đạt trên 250 triệu đồng/ha"
    st = corpus("soctrang-2025.issuu.vi.txt")
    assert by_value(st, 250.0)["unit"] == "million_vnd_per_hectare"


def test_an_english_count_written_in_words_is_a_target():
    # baohoabinh.com.vn (Hòa Bình 2018, English): "… reduce the poverty rate by 3.1 percent and have six more communes
    # recognised as new-style rural areas, …": the count written as a word was not read (listed nowhere either)
    hb = in_round(29, "hoabinh-2018.baohoabinh.en.txt")
    assert by_value(hb, 6.0)["unit"] == "communes"
    # baoyenbai.com.vn (Yên Bái 2023, English): "… to have six additional communes recognised as new-style rural
    # areas, …"; vietnamplus.vn (Kiên Giang 2023, English): "… two more communes and two more districts, …"
    assert by_value(in_round(19, "yenbai-2023.baoyenbai.en.txt"), 6.0)["unit"] == "communes"
    assert by_value(in_round(23, "kiengiang-2023.vietnamplus.en.txt"), 2.0)["unit"] == "communes"
    # einpresswire.com (Ninh Thuận 2024, English): "There are two or three communes meeting new rural standards, and
    # three to four communes meeting advanced new rural standards": ranges in words
    nt = corpus("ninhthuan-2024.einpresswire.en.txt")
    assert {(2.0, 3.0), (3.0, 4.0)} <= set(values_of(nt))
    # baoninhbinh.org.vn (Ninh Bình 2020, English): "… along with two communes of Xuan Chinh, Con Thoi in Kim Son
    # district have been chosen …": a count naming which, no target
    assert 2.0 not in values_of(in_round(19, "ninhbinh-2020.baoninhbinh.en.txt"))


def test_a_growths_ratio_to_the_plan_is_not_a_target():
    # baohanam.com.vn (Hà Nam 2021): "… đặt mục tiêu tốc độ tăng trưởng … (GRDP) tăng 9,3% so với năm 2020, bằng 100,3%
    # kế hoạch năm.": the ratio to the plan after a growth in per cent was drafted as a target
    assert values_of(in_round(31, "hanam-2021.baohanam.vi.txt")) == [9.3]


def test_a_standing_fact_and_an_earlier_years_result_before_the_aim_are_no_targets():
    # tapchitaichinh.vn (Hậu Giang 2022): "Hậu Giang có 2 khu công nghiệp … diện tích khoảng 494ha, hiện đã lấp đầy trên
    # 80%, …. Năm 2021 thu ngân sách đạt 4.400 tỉ đồng, tăng gần 1.000 tỷ đồng so với năm 2020, phấn đấu năm 2022 này đạt
    # 5.500 tỷ đồng.": the parks as they stand and 2021's revenue were drafted beside 2022's aim
    hg = in_round(31, "haugiang-2022.tapchitaichinh.vi.txt")
    assert not {2.0, 494.0, 80.0, 4400.0} & set(values_of(hg)) and 5500.0 in values_of(hg)


def test_shares_of_the_plan_in_a_list_name_no_plan():
    # congthuong.vn (Bạc Liêu 2024): "6 tháng đầu năm, Bạc Liêu chỉ đạt 37,29% kế hoạch sản xuất nông nghiệp và 46,67% kế
    # hoạch thương mại - dịch vụ.": the second share's "kế hoạch" was read as the plan named
    assert values_of(in_round(31, "baclieu-2024.congthuong.vi.txt")) == [(9.0, 10.0)]


def test_a_figure_restated_per_year_in_brackets_is_no_target_of_its_own():
    # laodong.vn (Sơn La, to 2030): "GRDP bình quân đầu người đạt khoảng 8 - 10 triệu đồng/người/tháng (100 - 120 triệu
    # đồng/người/năm); …": the yearly restatement was drafted as a second target
    sl = in_round(31, "sonla-2030.laodong.vi.txt")
    assert (8.0, 10.0) in values_of(sl) and (100.0, 120.0) not in values_of(sl)


def test_an_english_growth_said_against_the_nations_is_a_result():
    # vietnamplus.vn (Hà Nội 2023, English): "According to the official, the capital city grew 8.8%, higher than the
    # nation’s average level of about 8%." (last year's) was drafted as a target
    assert 8.8 not in values_of(in_round(31, "hanoi-2023.vietnamplus.en.txt"))


def test_a_count_of_guests_is_in_visits():
    # vietnamplus.vn (Lào Cai, 2025–2030): "… thu hút 15 triệu khách du lịch, …": drafted in a unit as written
    assert by_value(in_round(31, "laocai-2030.vietnamplus.vi.txt"), 15.0)["unit"] == "million_visits"


def test_a_title_printed_again_is_still_the_title():
    # tapchitaichinh.vn (Hậu Giang 2022): the title "Hậu Giang đặt mục tiêu mỗi năm tăng thu ngân sách 1.000 tỷ đồng" is
    # printed twice, the second time as a line of the body: it was drafted as a target (the title gives none)
    assert values_of(in_round(31, "haugiang-2022.tapchitaichinh.vi.txt")) == [5500.0]


def test_a_sentence_that_opens_on_its_aim_sets_it():
    # izabacninh.gov.vn (Bắc Ninh 2023, English, hard-wrapped lines): "To achieve the economic\ngrowth target of
    # 6.5%-7.0%/year, it is necessary to focus all resources on clearing the identified bottlenecks in 2022." was
    # listed as "a target named as the aim of another", though no other sentence sets it
    assert (6.5, 7.0) in values_of(in_round(32, "bacninh-2023.izabacninh.en.txt"))


def test_english_results_against_the_estimates_are_no_targets():
    # izabacninh.gov.vn (Bắc Ninh 2023, English): "… the economic picture of Bac Ninh in 2022 still has bottlenecks
    # …. Specifically, domestic revenue reached 97.9% of the estimates, of which collection of land use fees
    # decreased by 62.5% compared to the estimates.": 2022's results were drafted as targets
    bn = in_round(32, "bacninh-2023.izabacninh.en.txt")
    assert 97.9 not in values_of(bn) and 62.5 not in values_of(bn)


def test_english_results_against_the_years_target_before_the_plan_are_no_targets():
    # einpresswire.com (Việt Nam News, Quảng Ninh 2024): "More than $1.5 billion in foreign direct investment (FDI) has
    # been poured into Quảng Ninh between January and June, equivalent to 51% of this year’s target." and "…, over
    # VNĐ30.77 trillion has been collected for the State budget, representing 55% of the annual target." (the half
    # year's results) opened the plan, and four results were drafted before "For 2024, the province targets …"
    qn = in_round(32, "quangninh-2024.einpresswire.en.txt")
    assert sorted(values_of(qn)) == [3.0, 10.0, 55.6]


def test_an_english_half_years_estimate_or_what_it_witnessed_is_a_result():
    # baoninhbinh.org.vn (Ninh Bình 2023, English): "The province witnessed 1.34% growth rate in industrial production
    # in the first half of 2023." and "The province's gross regional domestic product (GRDP) was estimated to reach
    # 25.08 trillion VND (1.07 billion USD) in the first half of 2023, up 7.56% …" were drafted as targets
    assert values_of(in_round(32, "ninhbinh-2023.baoninhbinh.en.txt")) == [7.5]


def test_reducing_a_rate_to_a_level_is_a_ceiling():
    # vietnamplus.vn (Tuyên Quang, 2020–2025 term, English): "… set the goal of achieving a five-year average of 8%
    # growth in gross domestic product, reducing the rate of poor households to 9.99% by 2025, …": "reducing … to"
    # was drafted as a floor ("reduce … to" was read, not its -ing)
    tq = in_round(32, "tuyenquang-2025.vietnamplus.en.txt")
    assert [(t["kind"], t["value"]) for t in tq.targets] == [("min", 8.0), ("max", 9.99)]


def test_the_past_terms_results_are_no_targets():
    # vneconomy.vn (Hà Tĩnh, 2025–2030 congress): "Trong nhiệm kỳ vừa qua, Hà Tĩnh đã duy trì tốc độ tăng trưởng kinh tế
    # bình quân 6,4%/năm." (the term just ended) was drafted as a target, after the congress's new aims
    ht = in_round(32, "hatinh-2030.vneconomy.vi.txt")
    assert sorted(values_of(ht)) == [10.0, 80.0]


def test_a_holidays_and_last_years_results_after_a_plan_are_no_targets():
    # quangngaitv.vn (Quảng Ngãi 2026): after "Bước sang năm 2026, tỉnh Quảng Ngãi kỳ vọng mục tiêu tăng trưởng du lịch
    # 10%.", "Dịp nghỉ Tết Dương lịch, tổng doanh thu du lịch toàn tỉnh đạt hơn 42 tỷ đồng, tăng 143% …" (a holiday's)
    # and "Năm qua, tỉnh Quảng Ngãi đón khoảng 5,2 triệu lượt khách, tăng 38% …" (last year's) were drafted as targets
    assert values_of(in_round(33, "quangngai-2026.quangngaitv.vi.txt")) == [10.0]
    # dantocmiennui.vn (Tây Ninh 2023): "… chỉ tính riêng 4 ngày nghỉ lễ (từ ngày 1 - 4/9/2023), lượng khách tham quan
    # … ước đạt 105.000 lượt, tăng 7,1% so cùng kỳ; …"
    tn = values_of(in_round(33, "tayninh-2023.dantocmiennui.vi.txt"))
    assert not {105000.0, 7.1, (60.0, 65.0), 56.0, 143.5} & set(tn)


def test_a_count_of_visitors_said_du_khach_and_a_classifiers_count():
    # dantocmiennui.vn (Tây Ninh 2023): "… dự kiến sẽ đón khoảng 5 triệu du khách, …" was drafted in a unit as written,
    # "triệu du" (a word of "du khách" cut off); kontumtv.vn (Kon Tum 2023): "phát triển thêm khoảng 280.000 con gia
    # súc", "khoảng 600.000 cây phân tán": "con gia", "cây phân" (a classifier counts the thing after it)
    assert by_value(in_round(33, "tayninh-2023.dantocmiennui.vi.txt"), 5.0)["unit"] == "million_visits"
    kt = in_round(33, "kontum-2023.kontumtv.vi.txt")
    written = {u["id"]: u["vi"] for u in kt.catalog["units"]}
    assert written[by_value(kt, 280000.0)["unit"]] == "con"
    assert written[by_value(kt, 600000.0)["unit"]] == "cây"


def test_english_results_beside_the_target_they_beat_a_holiday_and_a_discount_are_no_targets():
    # qdnd.vn (Kiên Giang 2019, English): "… the province’s export revenue for the whole year is estimated at USD 640
    # million, up more than 35 percent year on year and surpassing its target by 23 percent." (2018's) and the
    # paragraph after it were drafted before "In 2019, Kien Giang aims to earn 680 million USD in exports."
    assert values_of(in_round(33, "kiengiang-2019.qdnd.en.txt")) == [680.0]
    # vietnamplus.vn (Quảng Ninh 2022, English): "Quang Ninh welcomed over 300,000 holidaymakers in the six-day Lunar
    # New Year (Tet) holiday …, earning around 400 billion VND" and "… offers a 50-percent discount of tickets …"
    qn = values_of(in_round(33, "quangninh-2022.vietnamplus.en.txt"))
    assert 400.0 not in qn and 50.0 not in qn


def test_between_one_figure_to_another_is_a_range():
    # vietnamplus.vn (Quảng Ninh 2022, English): "… by welcoming between 9.53 million to 10 million visitors" was
    # drafted as at least 10 million
    assert (9.53, 10.0) in values_of(in_round(33, "quangninh-2022.vietnamplus.en.txt"))


def test_a_province_described_and_a_targets_distance_from_last_year_are_no_targets():
    # nhandan.vn (Tuyên Quang 2025): "Tuyên Quang là tỉnh miền núi với 23 dân tộc cùng chung sống, trong đó 56,7% dân số
    # là đồng bào dân tộc thiểu số." was drafted as two targets
    tq = values_of(in_round(33, "tuyenquang-2025.nhandan.vi.txt"))
    assert 23.0 not in tq and 56.7 not in tq
    # … nor a deed done: "Tỉnh Tuyên Quang đã thành lập 57 chốt kiểm soát phòng, chống dịch … và 11 khu cách ly tập
    # trung của tỉnh."
    assert 57.0 not in tq and 11.0 not in tq
    # thoibaotaichinh.vn (Ninh Bình 2025, English): "… aims for a growth rate of … (GRDP) of 12%, 3.44% higher than in
    # 2024; …": how far the target lies above last year's
    assert 3.44 not in values_of(in_round(33, "ninhbinh-2025.thoibaotaichinh.en.txt"))


def test_a_target_raised_from_one_range_to_another_is_the_second():
    # vietnamplus.vn (Hồ Chí Minh City 2024; a text the scorer left unread until round 33): "… điều chỉnh mục tiêu tốc độ
    # tăng trưởng GRDP từ 6,5-7% lên 7,5-8%." drafted the old range, not the new
    hcm = values_of(in_round(29, "hochiminh-2024.vietnamplus.vi.txt"))
    assert (7.5, 8.0) in hcm and (6.5, 7.0) not in hcm


def test_what_the_scorer_left_unread_in_rounds_29_and_30():
    # (texts the scorer's table left out until round 33, scored then for the first time)
    # vneconomy.vn (Quảng Trị 2026): "… tiến độ giải ngân tại Quảng Trị vẫn còn thấp, mới đạt 3,85%" (so far) and "GRDP
    # … dự kiến tăng 10,6%, tương ứng tăng thêm khoảng 6.490 tỷ đồng, …" (what the target comes to) were drafted
    qt = values_of(in_round(29, "quangtri-2026.vneconomy2.vi.txt"))
    assert 3.85 not in qt and 6490.0 not in qt
    # baogialai.vn (Gia Lai 2026, English): "… with attendance from senior provincial leaders, department heads and
    # representatives of all 135 communes and wards."
    assert 135.0 not in values_of(in_round(29, "gialai-2026.baogialai.en.txt"))
    # sggp.org.vn (Tây Ninh 2025): "… phát huy tiềm năng lợi thế của 2 địa phương, …" (the two merged provinces)
    assert 2.0 not in values_of(in_round(30, "tayninh-2025.sggp.vi.txt"))
    # thainguyentv.vn (Thái Nguyên 2024, English): "Although it has not yet reached the set target of 8.5% growth, …"
    # (last year's target, missed)
    assert 8.5 not in values_of(in_round(30, "thainguyen-2024.thainguyentv.en.txt"))


def test_results_so_far_a_target_compared_with_and_a_target_replaced_are_no_targets():
    # thainguyentv.vn (Long An 2019): "Đến nay, toàn tỉnh thả nuôi 2.755ha tôm nước lợ, đạt 41,7% kế hoạch, …" was
    # drafted before "… nhằm đạt mục tiêu tăng trưởng kinh tế cả năm 9,6%."
    assert values_of(in_round(34, "longan-2019.thainguyentv.vi.txt")) == [9.6]
    # gialaitv.vn (Gia Lai 2024): "Trong 9 tháng, Sở Công Thương … Tổng giá trị sản xuất công nghiệp … ước thực hiện trên
    # 21.825 tỷ đồng, …" (the nine months' results) before the 2024 plan
    gl = values_of(in_round(34, "gialai-2024.gialaitv.vi.txt"))
    assert not {21825.0, 66642.0, 12.27, 570.0} & set(gl)
    # qdnd.vn (Điện Biên 2025): "Tính đến quý I-2025, toàn tỉnh có 34 doanh nghiệp thành lập mới …"
    assert values_of(in_round(34, "dienbien-2025.qdnd.vi.txt")) == [10.5]
    # nongnghiephuuco.vn (Lào Cai 2025): "… nhằm đạt mức tăng trưởng trên 10%, cao hơn mục tiêu 9,5% Chính phủ giao."
    # (the Government's target, compared with) and "… bao gồm 5 lĩnh vực: …" (the plan's fields)
    lc = values_of(in_round(34, "laocai-2025.nongnghiephuuco.vi.txt"))
    assert 9.5 not in lc and 5.0 not in lc
    # vietnam.vn (Quảng Trị 2025, English): "The previous target according to Resolution No. 90/NQ-HDND dated December
    # 6, 2024 was that GRDP in 2025 would reach 6.5% - 7%" (replaced)
    assert (6.5, 7.0) not in values_of(in_round(34, "quangtri-2025.vietnamvn2.en.txt"))


def test_english_counts_of_visitors_said_otherwise():
    # sggpnews.org.vn (Khánh Hòa 2023, English): "Of these, there will be 2.5 million domestic visitors and 1.5 million
    # turns of foreigners …" (a translation of "lượt khách") were listed as units the table lacks
    kh = in_round(34, "khanhhoa-2023.sggpnews.en.txt")
    assert by_value(kh, 2.5)["unit"] == "million_visits" and by_value(kh, 1.5)["unit"] == "million_visits"


def test_round_35s_english_tourism_plans_and_units_as_written():
    # dangcongsan.vn (Lâm Đồng 2023, English): "This figure includes 150,000 foreign tourists, fulfilling 100% of the
    # year’s plan, up 700%, and 5.5 million tourists …, 110% of the year’s plan, up 300%." (2022's results, a curly
    # apostrophe) opened the plan before "In 2023, Da Lat – Lam Dong set a target of welcoming 6.5 million tourists, …"
    ld = values_of(in_round(35, "lamdong-2023.dangcongsan.en.txt"))
    assert not {700.0, 5.5, 110.0, 300.0, 11.9, 122.0} & set(ld) and 6.5 in ld
    # ovietnam.vn (Lâm Đồng 2024, English): "Lâm Đồng Province is seeking to attract 9.7 million tourists this year"
    assert 9.7 in values_of(in_round(35, "lamdong-2024.ovietnam.en.txt"))
    # thvl.vn (Vĩnh Long 2021): "… mục tiêu đạt kim ngạch xuất khẩu 604 triệu đôla Mỹ" ("đôla" in one word)
    assert by_value(in_round(35, "vinhlong-2021.thvl.vi.txt"), 604.0)["unit"] == "million_usd"
    # baohatinh.vn (Hà Tĩnh 2019): "sản lượng gỗ khai thác rừng trồng 350 ngàn m3" was drafted in "ngàn m"
    ht = in_round(35, "hatinh-2019.baohatinh.vi.txt")
    written = {u["id"]: u["vi"] for u in ht.catalog["units"]}
    assert written[by_value(ht, 350.0)["unit"]] == "ngàn m3"


def test_a_title_of_last_years_results_over_next_years_plan_is_the_plans_year():
    # mtnt.hoinongdan.org.vn (Sóc Trăng, December 2022): the title "Năm 2022, xuất khẩu thủy sản của Sóc Trăng đạt hơn 1
    # tỷ USD" tells 2022's results; the body "Năm 2023, tỉnh Sóc Trăng đề ra kế hoạch diện tích nuôi trồng thủy sản là
    # 75.000ha; …": the plan is 2023's, and 2022's results ("Năm 2022, tỉnh Sóc Trăng có 79.122ha …, vượt 5,5% so với kế
    # hoạch") were drafted as targets
    d = in_round(36, "soctrang-2023.hoinongdan.vi.txt")
    assert d.catalog["year"] == 2023
    assert not [t for t in d.targets if t.get("value") in (79122, 377865, 311572, 5.5, 14.9)]
    assert by_value(d, 75000)["unit"] == "hectares"


def test_an_english_result_meeting_a_share_of_its_yearly_plan_is_no_target():
    # en.vietnamplus.vn (Sóc Trăng, August 2021): "… exported close to 850 million USD worth of goods in the first eight
    # months, meeting 85 percent of its yearly plan and increasing 19 percent year-on-year." before "In 2021, Soc Trang
    # strives to push its export turnover to over 1 billion USD": the results were drafted as targets
    d = in_round(36, "soctrang-2021.vietnamplus.en.txt")
    assert not [t for t in d.targets if t.get("value") in (850, 85, 19, 660, 157, 27, 43.5, 50)]
    assert by_value(d, 1)["unit"] == "billion_usd"


def test_an_english_count_after_the_number_of_tourists_is_a_count_of_visits_and_never_lost():
    # binhdinhinvest.gov.vn (Bình Định, 2023, English): "In the first quarter, the number of tourists reach 1,343,000
    # (including 3,590 international visitors); …": the quarter's count, its unit named before it, was neither drafted
    # nor listed
    d = in_round(36, "binhdinh-2023.binhdinhinvest.en.txt")
    for value in (1343000, 1554000, 1510000, 593000):
        target = by_value(d, value)
        assert (target["kind"], target["unit"]) == ("min", "visits")
    # "(including 34,470 international arrivals)": a part, in a spelling of visits
    assert by_value(d, 34470)["unit"] == "visits"


def test_an_english_plan_that_expects_to_welcome_sets_its_targets():
    # en.vietnamplus.vn (Ninh Thuận, February 2022): "The south central province of Ninh Thuan expects to welcome 3.5
    # million tourists by 2025, including 455,000 foreign arrivals, according to the provincial tourism development
    # plan …": both were left out ("outside the list of targets"; "foreign arrivals" a unit the table lacked)
    d = in_round(36, "ninhthuan-2025.vietnamplus.en.txt")
    assert (by_value(d, 3.5)["kind"], by_value(d, 3.5)["unit"]) == ("min", "million_visits")
    assert by_value(d, 455000)["unit"] == "visits"


def test_english_exports_shipped_since_the_beginning_of_the_year_are_results():
    # en.vietnamplus.vn (Tiền Giang, February 2021): "… Tien Giang shipped abroad nearly 9,300 tonnes of processed
    # aquatic products since the beginning of this year, earning 18.5 million USD, up more than 29 percent in volume
    # and about 7 percent in value year-on-year." before "… raise the total export revenue to 3.25 billion USD in this
    # year": the results were drafted as targets
    d = in_round(36, "tiengiang-2021.vietnamplus.en.txt")
    assert not [t for t in d.targets if t.get("value") in (9300, 18.5, 29, 7)]
    assert by_value(d, 3.25)["unit"] == "billion_usd"


def test_a_conversion_in_brackets_quy_doi_is_no_target():
    # socongthuong.backan.gov.vn (Bắc Kạn, 2023): "… thực hiện trồng cây phân tán 890.000 cây (quy đổi 890 ha); …": the
    # trees converted into hectares, no target of its own
    d = in_round(36, "backan-2023.socongthuong.vi.txt")
    assert not [t for t in d.targets if t.get("value") == 890]
    assert any(f == "890 ha" and "conversion" in why for f, _, why in d.skipped)


def test_english_results_of_the_half_year_against_last_year_and_the_plan_are_no_targets():
    # vacne.org.vn (Cao Bằng, July 2024, English): "In the first half of this year, more than 1 million tourists visited
    # Cao Bang, bringing in a revenue of more than 31,000 million USD, up 23% against last year and fulfilling 53% of
    # the plan of 2024." before "Cao Bang aims to welcome at least 2.2 million visitors this year.": the half year's
    # results were drafted as targets (the verb stands after the figure; the plan they fulfil is named)
    d = in_round(37, "caobang-2024.vacne.en.txt")
    assert not [t for t in d.targets if t.get("value") in (1, 31000, 23, 53)]
    assert (by_value(d, 2.2)["kind"], by_value(d, 2.2)["unit"]) == ("min", "million_visits")


def test_a_results_share_of_the_councils_target_is_no_plan_cue():
    # nhandan.vn (Cao Bằng, mid-2025, English): "Budget revenue in the province reached 2,394 billion VND, 115% of the
    # Provincial People's Council’s assigned target." (a result's share of a target) opened the plan, and the half
    # year's results were drafted; the text's one target is "… to achieve an economic growth rate of 8% in 2025."
    d = in_round(37, "caobang-2025.nhandan.en.txt")
    assert not [t for t in d.targets if t.get("value") in (2394, 115)]
    assert (by_value(d, 8)["kind"], by_value(d, 8)["unit"]) == ("min", "percent")


def test_an_english_year_after_against_is_a_base():
    # en.vietnamplus.vn (Hà Nam, January 2020): "The total retail sales of goods and services are expected to reach 29.7
    # trillion VND this year, up 16 percent against 2019, while the import-export turnover is projected at over 7.1
    # billion USD, including 3.56 billion USD from exports.": 2019 is the base, not the sentence's year (its targets
    # were left out as 2019's)
    d = in_round(37, "hanam-2020.vietnamplus.en.txt")
    assert (by_value(d, 29.7)["kind"], by_value(d, 29.7)["unit"]) == ("min", "trillion_vnd")
    assert by_value(d, 3.56)["unit"] == "billion_usd"


def test_the_title_again_with_a_full_stop_is_the_title():
    # doanhnghiephoinhap.vn (Quảng Bình, April 2022): the title "Quảng Bình: Mục tiêu đón 2 triệu lượt khách" is
    # printed again under a photo with a full stop ("Ảnh minh họa\nQuảng Bình: Mục tiêu đón 2 triệu lượt khách."),
    # and the body sets it ("Trong năm 2022, tỉnh Quảng Bình đặt mục tiêu đón 2 triệu lượt khách, …"): one target
    d = in_round(37, "quangbinh-2022.doanhnghiephoinhap.vi.txt")
    assert (by_value(d, 2)["kind"], by_value(d, 2)["unit"]) == ("min", "million_visits")


def test_a_date_line_before_the_title_is_no_title():
    # kinhtemoitruong.vn (Quảng Bình, December 2022): "Thứ năm, 29/12/2022 09:51 (GMT+7)" over the title "Quảng Bình:
    # Đặt mục tiêu năm 2023 đón hơn 3 triệu lượt khách du lịch": the plan is 2023's (the date line's year was read as
    # the plan's, and 2022's results were drafted)
    d = in_round(37, "quangbinh-2023.kinhtemoitruong.vi.txt")
    assert d.catalog["year"] == 2023
    assert not [t for t in d.targets if t.get("value") in (2010720, 2312.3, 100.5)]


def test_a_vietnamese_result_to_a_date_and_a_share_of_the_years_target_are_no_targets():
    # dantocmiennui.vn (Lai Châu, July 2021): "… phấn đấu trồng 1.650 ha diện tích rừng và 1.500 ha cây mắc ca. Đến ngày
    # 14/7, toàn tỉnh đã thực hiện trồng được 927 ha rừng, đạt 56,1% so với kế hoạch năm."
    d = in_round(37, "laichau-2021.dantocmiennui.vi.txt")
    assert not [t for t in d.targets if t.get("value") in (927, 56.1)]
    assert by_value(d, 1650)["unit"] == "hectares"
    # baotintuc.vn (Tiền Giang, 2022): "Trong 9 tháng năm 2022, kim ngạch xuất khẩu … đạt khoảng 3 tỷ USD, tăng hơn
    # 26,9% … và đạt 89,6% chỉ tiêu cả năm; …" (a result's share of the year's target) before "… phấn đấu đạt kim ngạch
    # xuất khẩu hàng hóa cả năm 2022 đạt 3,6 tỷ USD"
    tg = in_round(37, "tiengiang-2022.baotintuc.vi.txt")
    assert not [t for t in tg.targets if t.get("value") in (3, 26.9, 89.6, 82.1)]
    assert by_value(tg, 3.6)["unit"] == "billion_usd"


def test_a_range_whose_scale_or_unit_is_written_twice_is_one_range():
    # kinhtemoitruong.vn (Quảng Bình, 2023): "… đặt chỉ tiêu đón 3 triệu đến 3,5 triệu lượt khách."; phuyen.gov.vn (Phú
    # Yên, 2025): "… ổn định sản lượng nuôi đầm vịnh khoảng 2.000 tấn -2.500 tấn, …": each one range (the first
    # number was drafted alone, in "triệu" or as a target of its own)
    qb = in_round(37, "quangbinh-2023.kinhtemoitruong.vi.txt")
    visits = by_value(qb, 3)
    assert (visits["kind"], visits["high"], visits["unit"]) == ("range", 3.5, "million_visits")
    py = in_round(37, "phuyen-2025.phuyengov.vi.txt")
    lagoon = by_value(py, 2000)
    assert (lagoon["kind"], lagoon["high"], lagoon["unit"]) == ("range", 2500, "tonnes")


def test_a_target_named_by_nothing_before_it_takes_its_unit_and_the_words_after():
    # cand.com.vn (Cao Bằng, 2019): "… sẽ đón 1,6 triệu lượt khách du lịch. Trong đó, 1,4 triệu lượt khách nội địa, 200
    # nghìn lượt khách quốc tế.": the part's name was empty, and `chitieu draft` failed on its own draft ("field
    # name.vi: String should have at least 1 character")
    path = round_folder(37) / "caobang-2020.cand.vi.txt"
    res = CliRunner().invoke(main, ["draft", str(path), "--format", "json"])
    assert res.exit_code == 0, res.output
    part = by_value(in_round(37, "caobang-2020.cand.vi.txt"), 1.4)
    assert part["name"]["vi"] == "Triệu lượt khách nội địa" and "name" in part["review"]


def test_a_margin_over_the_plan_is_no_target():
    # baotintuc.vn (Tiền Giang, 2022): "… phấn đấu đạt kim ngạch xuất khẩu hàng hóa cả năm 2022 đạt 3,6 tỷ USD, tăng hơn
    # 15,9% so năm 2021 và vượt 7,46% kế hoạch năm 2022": the target's margin over the year's first plan, no target
    d = in_round(37, "tiengiang-2022.baotintuc.vi.txt")
    assert not [t for t in d.targets if t.get("value") == 7.46]
    assert any(f == "7,46%" and "margin over the plan" in why for f, _, why in d.skipped)


def test_an_english_target_lowered_from_a_level_at_a_years_end_is_a_ceiling():
    # baohoabinh.com.vn (Hòa Bình, 2019, English): "Accordingly, the target is to reduce the rate of the households in
    # the whole province from 14.74% at the end of 2018 to 11.74% at the end of 2019.": 11.74% is the ceiling, 14.74%
    # the level it is lowered from (14.74% was drafted as a floor, 11.74% lost by the grammar)
    d = in_round(38, "hoabinh-2019.baohoabinh2.en.txt")
    assert (by_value(d, 11.74)["kind"], by_value(d, 11.74)["unit"]) == ("max", "percent")
    assert not [t for t in d.targets if t.get("value") == 14.74]


def test_a_months_result_after_the_plan_in_its_paragraph_is_no_target():
    # cafef.vn (Hải Phòng, 2023): "Theo kế hoạch năm 2023, thu ngân sách Nhà nước trên địa bàn đạt 116.442,134 tỷ đồng,
    # …. Trong tháng 3, thu nhân sách thành phố đạt 8.322,99 tỷ đồng.": March's revenue, drafted as a target
    d = in_round(38, "haiphong-2023.cafef.vi.txt")
    assert not [t for t in d.targets if t.get("value") == 8322.99]
    assert by_value(d, 116442.134)["unit"] == "billion_vnd"


def test_the_results_of_the_term_gone_by_are_no_targets():
    # chatluongvacuocsong.vn (Bình Định, 2020): "Cụ thể, trong nhiệm kỳ qua, sản xuất công nghiệp tỉnh Bình Định đã phát
    # triển khá, …" then "Giá trị sản xuất công nghiệp của tỉnh tăng bình quân hàng năm 8,8%, chỉ số sản xuất công
    # nghiệp tăng bình quân 7,9%.": the term's results, drafted as targets
    d = in_round(38, "binhdinh-2025.chatluongvacuocsong.vi.txt")
    assert not [t for t in d.targets if t.get("value") in (8.8, 7.9)]
    assert by_value(d, 3900)["kind"] == "min"


def test_what_an_english_province_has_is_no_target():
    # vietnamplus.vn (Trà Vinh, coconut plan to 2025): "… the province has nearly 90,000 households with around25,000ha
    # of coconut farms …", "Theprovince has 13 organic farming areas covering 4,012ha …": the province as it stands,
    # each drafted as a target
    d = in_round(38, "travinh-2025.vietnamplus.en.txt")
    assert not [t for t in d.targets if t.get("value") in (90000, 25000, 4012)]


def test_what_a_text_says_will_be_done_sets_targets():
    # truyenhinhdaknong.vn (Đắk Nông, trees to 2025): "Trong đó trồng cây phân tán trên 1,6 triệu cây, trồng ở khu vực
    # nông thôn trên 1,4 triệu cây, …. Riêng trong năm 2021 dự kiến sẽ trồng khoảng 1 triệu cây xanh." before "… để đến
    # hết năm 2025 toàn tỉnh hoàn thành kế hoạch trồng trên 5,5 triệu cây xanh.": the plan's parts (listed, not drafted)
    d = in_round(38, "daknong-2025.truyenhinhdaknong.vi.txt")
    assert by_value(d, 1.6)["kind"] == "min"
    assert by_value(d, 1.4)["kind"] == "min"
    assert by_value(d, 5.5)["kind"] == "min"


def test_a_new_quantity_named_after_dat_is_a_target_of_its_own():
    # dantocmiennui.vn (Trà Vinh, 2024): "… tăng diện tích sản xuất cây màu, cây công nghiệp ngắn ngày, cây hằng năm
    # khoảng 53.000 ha, đạt tổng sản lượng 1,57 triệu tấn.": the output is no description of the area (it was listed
    # as one)
    d = in_round(38, "travinh-2024.dantocmiennui.vi.txt")
    assert (by_value(d, 1.57)["kind"], by_value(d, 1.57)["unit"]) == ("min", "million_tonnes")


def test_a_heading_of_the_years_targets_and_tasks_names_the_plans_year():
    # baohatinh.vn (Hà Tĩnh, labour and social affairs, 2024): one paragraph of 2023's results ("Năm 2023, Hà Tĩnh giải
    # quyết việc làm cho 23.125 người, …", "Đến cuối năm 2023, …") then "Chỉ tiêu, nhiệm vụ năm 2024: Hà Tĩnh sẽ giải
    # quyết việc làm 23.000 người. …": the plan is 2024's (2023, named more, was taken, and its results drafted)
    d = in_round(39, "hatinh-2024.baohatinh.vi.txt")
    assert d.catalog["year"] == 2024
    assert not [t for t in d.targets if t.get("value") in (23125, 10920, 12205, 11572)]
    assert by_value(d, 23000)["kind"] == "min"


def test_results_with_bounded_shares_of_the_plan_are_no_targets():
    # kontumtv.vn (Kon Tum, 2021): "Ước 6 tháng đầu năm 2021, diện tích cây cao su … khoảng 74.260 ha, đạt 98% kế
    # hoạch; diện tích cà phê hơn 25.200 ha, đạt gần 99% kế hoạch; …": the half year's results ("đạt gần 99% kế hoạch"
    # was read as naming the plan), each drafted as a target, before the year's "… mục tiêu năm 2021 đã đề ra là 500
    # ha Sâm Ngọc Linh, …"
    d = in_round(39, "kontum-2021.kontumtv.vi.txt")
    assert not [t for t in d.targets if t.get("value") in (74260, 25200, 5000, 900, 440, 1730)]
    assert by_value(d, 500)["unit"] == "hectares"


def test_a_sites_dateline_under_a_title_starts_a_line_of_its_own():
    # baophutho.vn (Phú Thọ, tea to 2025): the title "Phấn đấu đạt khoảng 15,7 nghìn ha chè vào năm 2025", then a
    # line "baophutho.vn Theo kế hoạch … phấn đấu đến năm 2025, đạt khoảng 15,7 nghìn ha diện tích chè …": the line
    # was joined to the title as a sentence broken across lines, and the title's target drafted a second time
    d = in_round(40, "phutho-2025.baophutho.vi.txt")
    assert len([t for t in d.targets if t.get("value") == 15.7]) == 1


def test_results_so_far_after_years_of_work_or_to_a_date_are_no_targets():
    # nhandan.vn (Hà Nam, 2024): "Sau hơn 12 năm triển khai thực hiện, …, tỉnh Hà Nam có 100% số xã (83/83 xã) được
    # công nhận đạt chuẩn nông thôn mới, trong đó, 29 xã …, 19 xã …. Tỉnh phấn đấu năm 2024 …"; vietnamnet.vn (Hà
    # Giang, 2020), after the targets: "Theo báo cáo của UBND tỉnh Hà Giang, đến thời điểm 31/12/2019, toàn tỉnh Hà
    # Giang giảm được 4,44% hộ nghèo, đưa tỷ lệ hộ nghèo giảm từ 31,17% … xuống còn 26,73% …"; kinhtemoitruong.vn (Cần
    # Thơ, 2022): "… vừa qua UBND TP. Cần Thơ đã ban hành danh mục gồm 23 dự án …": each drafted as targets (Hà
    # Nam's results were read as a plan's: "Chương trình mục tiêu quốc gia" is a programme's name)
    hn = in_round(40, "hanam-2024.nhandan.vi.txt")
    assert not [t for t in hn.targets if t.get("value") in (100, 83, 29, 19)]
    # (nor "Từ đầu năm 2024 đến nay, Sở … đã hoàn thiện hồ sơ … công nhận thêm 17 xã …", so far this year)
    assert not [t for t in hn.targets if t.get("value") in (17, 38)]
    assert (by_value(hn, 1.96)["kind"], by_value(hn, 62)["kind"]) == ("max", "min")
    hg = in_round(40, "hagiang-2020.vietnamnet.vi.txt")
    assert not [t for t in hg.targets if t.get("value") in (4.44, 31.17, 26.73)]
    assert by_value(hg, 8710)["kind"] == "min"
    ct = in_round(40, "cantho-2022.kinhtemoitruong.vi.txt")
    assert not [t for t in ct.targets if t.get("value") == 23]


def test_an_english_rise_told_in_the_future_sets_a_target():
    # ariyanacentre.com (Đà Nẵng, 2022): "… with a focus on ensuring that this year’s gross regional domestic product
    # (GRDP) will rise by 6-7% as compared to 2021.": a target (the text was refused: no list of targets found)
    d = in_round(40, "danang-2022.ariyanacentre.en.txt")
    growth = by_value(d, 6)
    assert (growth["kind"], growth["low"], growth["high"]) == ("range", 6, 7)


def test_the_months_gone_by_are_results():
    # vanhoavaphattrien.vn (Vĩnh Phúc, December 2022): "… Tổng thu ngân sách trên địa bàn tỉnh 11 tháng qua ước đạt
    # 35.700 tỷ đồng, bằng 111,94% dự toán, tăng 8,5% so với năm 2021. Trong tháng cuối năm 2022, Vĩnh Phúc phấn đấu
    # thu ngân sách thêm 1.300 tỷ đồng, …": the eleven months' results were drafted as targets (and "Sở Kế hoạch và
    # Đầu tư", an office, named no plan)
    d = in_round(41, "vinhphuc-2022.vanhoavaphattrien.vi.txt")
    assert not [t for t in d.targets if t.get("value") in (35700, 8.5)]
    assert by_value(d, 1300)["kind"] == "min"


def test_a_share_of_the_estimate_the_locality_strives_for_is_a_result():
    # netid.vn (Bến Tre, 2023): "… trong 6 tháng đầu năm 2023, …; thu ngân sách đạt khá, trong đó thu nội địa đạt 52,3%
    # dự toán Trung ương giao, đạt 50,66% dự toán địa phương phấn đấu; …": the estimate's "phấn đấu" names no plan of
    # the shares (both were drafted as targets)
    d = in_round(42, "bentre-2023.netid.vi.txt")
    assert not [t for t in d.targets if t.get("value") in (52.3, 50.66)]


def test_a_datelines_date_in_brackets_is_no_time_of_the_targets():
    # nvsk.vnanet.vn (Kon Tum, plan to 2030): "Hà Nội (TTXVN 27/2/2024) Đến năm 2030, tỉnh Kon Tum phấn đấu đạt tốc độ
    # tăng trưởng kinh tế bình quân trên 9,5%/năm; GRDP bình quân đầu người đạt trên 110 triệu đồng/người. …": the
    # dateline's 2024 was taken for the time of the targets, before the plan's 2030 (the text was refused: no list)
    d = in_round(42, "kontum-2030.nvsk.vi.txt")
    assert by_value(d, 9.5)["kind"] == "min"
    assert by_value(d, 110)["kind"] == "min"


def test_a_titles_vision_year_is_not_the_plans():
    # dothi.net (Bắc Giang, plan to 2030): the title "Thủ tướng duyệt Quy hoạch tỉnh Bắc Giang thời kỳ 2021 - 2030, tầm
    # nhìn 2050": the plan's year is 2030 (2050, the vision, was taken, and the targets "năm 2030" dropped as earlier
    # ones: "dịch vụ tăng 10 - 11%/năm và GRDP bình quân đầu người năm 2030 đạt khoảng 9.800 USD; …")
    d = in_round(42, "bacgiang-2030.dothi.vi.txt")
    assert d.catalog["year"] == 2030
    assert (by_value(d, 10)["kind"], by_value(d, 10)["high"]) == ("range", 11)
    assert by_value(d, 9800)["unit"] == "usd_per_person"


def test_a_quarterly_scenario_expected_to_reach_sets_targets():
    # doanhnghiepvaphattrien.com (Thanh Hóa, 2025): "Kịch bản tăng trưởng kinh tế … được chia nhỏ theo từng quý, …
    # Trong Quý I, GRDP của tỉnh được dự kiến đạt mức từ 9,79% trở lên. … Đến 6 tháng đầu năm, GRDP được kỳ vọng đạt
    # từ 10,24% trở lên, …": a scenario's targets, not the quarter's results (the text was refused: no list found)
    d = in_round(43, "thanhhoa-2025.doanhnghiepvaphattrien.vi.txt")
    assert (by_value(d, 9.79)["kind"], by_value(d, 10.24)["kind"]) == ("min", "min")


def test_what_is_expected_of_the_whole_year_is_a_target_and_the_months_so_far_results():
    # congnghieptieudung.vn (Phú Thọ, August 2022): "… dự kiến hết năm 2022 đạt khoảng 86,5 nghìn tỷ đồng, …
    # Công nghiệp phục hồi nhanh (năm 2021 tăng 9,3%, 6 tháng năm 2022 tăng 15,1%, dự kiến cả năm 2022 tăng 16-18%).
    # … 08 tháng năm 2022 đạt 7,6 tỷ USD, dự kiến cả năm 2022 đạt trên 12 tỷ USD": the year's expectations are its
    # targets (they were missed), the eight months' exports a result (drafted once the expectation was read)
    d = in_round(43, "phutho-2022.congnghieptieudung.vi.txt")
    assert (by_value(d, 16)["kind"], by_value(d, 16)["high"]) == ("range", 18)
    assert by_value(d, 12)["kind"] == "min"
    assert not [t for t in d.targets if t.get("value") in (7.6, 15.1, 9.3)]


def test_a_unit_per_ten_thousand_people_written_without_a_separator():
    # smetravinh.vn (Trà Vinh, to 2020): "Đến năm 2020, số giường bệnh/10000 dân đạt trên 20 giường và 10 bác
    # sĩ/10000 dân.": the doctors' unit was cut at the "/" ("10.000" and "10,000" were read whole, "10000" not)
    d = in_round(43, "travinh-2020.smetravinh.vi.txt")
    written = {u["id"]: u["vi"] for u in d.catalog.get("units", [])}
    doctors = by_value(d, 10)
    assert (doctors["kind"], written.get(doctors["unit"], doctors["unit"])) == ("min", "bác sĩ/10000 dân")


def test_what_the_province_still_has_is_a_result():
    # laodong.vn (Vĩnh Long, 2025): "After the merger, the whole province still has 12,249 poor households
    # (accounting for 1.23%) and 20,538 near-poor households (2.07%).": the count as it stands (the four figures
    # were drafted as targets)
    d = in_round(39, "vinhlong-2025.laodong.en.txt")
    assert not [t for t in d.targets if t.get("value") in (12249, 1.23, 20538, 2.07)]
    assert by_value(d, 1)["high"] == 1.5  # "aims to increase the number of poor households by 1% to 1.5%"


def test_the_figure_a_target_is_adjusted_from_is_no_target():
    # laodong.vn (Hà Nội, 2025): "The City People's Committee's proposal to adjust the economic growth target for 2025
    # from 6.5% in Resolution No. 58/NQ-HDND dated December 10, 2024 to increase to a minimum of 8% …": 6.5 is the
    # target replaced (it was drafted as a target)
    d = in_round(39, "hanoi-2025.laodong.en.txt")
    assert not [t for t in d.targets if t.get("value") == 6.5]


def test_a_misspelt_million_is_still_a_million():
    # danviet.vn (Hòa Bình, to 2030): "kim ngạch nhập khẩu đạt khoảng 3.580 triều USD" ("triều" for "triệu", a
    # typo): drafted with a unit of its own, "triều USD", as if the table lacked it
    d = in_round(42, "hoabinh-2030.danviet.vi.txt")
    assert by_value(d, 3580)["unit"] == "million_usd"


def test_a_subheading_whose_figure_the_paragraph_under_it_gives_for_an_earlier_year_is_a_result():
    # tapchitaichinh.vn (Cần Thơ, 2024): "Tăng trưởng 5,75%" over "Ông Lê Ngọc Bảy - Cục trưởng Cục Thống kê TP. Cần
    # Thơ, cho biết: Tổng sản phẩm trên địa bàn (GRDP) năm 2023 của thành phố tăng 5,75% so với cùng kỳ năm trước."
    # (the subheading was drafted as a target: the paragraph's first sentence, cut at "TP.", names no year)
    d = in_round(41, "cantho-2024.tapchitaichinh.vi.txt")
    assert not [t for t in d.targets if t.get("value") == 5.75]
    assert (by_value(d, 7.5)["kind"], by_value(d, 7.5)["high"]) == ("range", 8)


def test_growth_still_reached_and_higher_than_last_year_is_a_result():
    # x88.vn (Hải Phòng, 2022): "Mặc dù tình hình dịch bệnh diến biến phức tạp, GRDP Thành phố Hải Phòng vẫn tăng
    # trưởng đạt 12,38%, mức tăng cao hơn so với năm ngoái. Đây là năm thứ 7 liên tiếp Hải Phòng giữ được mức tăng
    # trên 10%": 2021's result and a record (both were drafted as targets)
    d = in_round(45, "haiphong-2022.x88.vi.txt")
    assert not [t for t in d.targets if t.get("value") in (12.38, 10)]
    assert by_value(d, 13)["kind"] == "min"  # "Năm 2022, Thành phố đặt mục tiêu đạt tốc độ tăng tối thiểu 13%"


def test_results_exceeding_the_target_assigned_are_results():
    # baonghean.vn (Nghệ An, 2019): "Import and export continued to grow, surpassing the record of 2017, estimated at
    # 475 billion USD, up 11.7%; of which export is estimated at 238 billion USD, up 11.2%, …": the country's 2018
    # results in the Ministry's report, the target named only as the one they exceed (the four were drafted as
    # targets)
    d = in_round(45, "nghean-2019.baonghean.en.txt")
    assert not [t for t in d.targets if t.get("value") in (475, 11.7, 238, 11.2)]


def test_the_income_of_the_poor_is_to_rise():
    # kinhtedothi.vn (Sóc Trăng, 2020): "góp phần tăng thu nhập bình quân đầu người của các hộ nghèo năm 2020 gấp 2
    # lần so với hiện nay": a floor (the poor's households, a lower-is-better word, made it a ceiling)
    d = in_round(45, "soctrang-2020.kinhtedothi.vi.txt")
    assert by_value(d, 2)["kind"] == "min"


def test_a_title_is_the_plan_where_the_body_sets_no_target():
    # skhdt.bacninh.gov.vn (Bắc Ninh, 2021): "Bắc Ninh: Mục tiêu tăng trưởng 4 – 5% trong năm 2021" over a body of
    # 2020's results; baonghean.vn (Nghệ An, 2019): "In 2019, Nghe An strives to achieve a total product growth rate
    # of 10%" over the country's results: the title is the only target (the title line, left out as a repeat of the
    # body's, left nothing)
    bn = in_round(45, "bacninh-2021.skhdtbacninh.vi.txt")
    assert [(t["kind"], t.get("low"), t.get("high")) for t in bn.targets] == [("range", 4, 5)]
    na = in_round(45, "nghean-2019.baonghean.en.txt")
    assert [(t["kind"], t.get("value")) for t in na.targets] == [("min", 10)]


def test_a_paragraph_that_describes_the_province_as_it_is_sets_no_target():
    # cafef.vn (Hậu Giang, plan to 2030): "Hậu Giang là đơn vị hành chính cấp tỉnh của khu vực Đồng bằng sông Cửu Long
    # …, có diện tích tự nhiên 1.602 km2. Toàn tỉnh có 8 đơn vị hành chính, gồm 1 thành phố, 2 thị xã và 5 huyện. Với
    # 76 đơn vị hành chính cấp xã, trong đó có 12 phường, 10 thị trấn và 54 xã.": the province as it is (its ten
    # figures were drafted as targets under the title's "đặt mục tiêu")
    d = in_round(44, "haugiang-2030.cafef.vi.txt")
    assert not [t for t in d.targets if t["unit"] != "percent" and t.get("value") in (1602, 8, 1, 2, 5, 76, 12, 10, 54)]
    assert by_value(d, 150)["kind"] == "min"  # "GRDP bình quân đầu người (giá hiện hành) đạt trên 150 triệu …"


def test_comrades_are_no_dong():
    # baomoi.com (Lào Cai, 2010–2015): "Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa 14 gồm 55 đồng chí …": 55
    # comrades were drafted as a target of 55 đồng
    d = in_round(44, "laocai-2015.baomoi.vi.txt")
    assert not [t for t in d.targets if t.get("value") == 55]


def test_a_years_results_beside_its_plan_in_brackets_are_results():
    # thtg.vn (Tiền Giang, 2019): "Theo đó, có 05 chỉ tiêu đạt và vượt so với kế hoạch là tốc độ tăng trưởng kinh tế
    # (GRDP) cả năm đạt 7,26% (kế hoạch tăng 7% – 7,5%); tổng thu ngân sách 11.260 tỷ đồng, đạt 121% dự toán năm, tăng
    # 27,6% so với cùng kỳ; …": the plan is in the brackets, the rest results (all were drafted as targets)
    tg = in_round(46, "tiengiang-2019.thtg.vi.txt")
    assert [(t["kind"], t.get("low"), t.get("high")) for t in tg.targets if t["unit"] == "percent"] == [
        ("range", 7, 7.5)]
    assert not [t for t in tg.targets if t.get("value") in (7.26, 11260, 27.6, 3.05, 34521)]
    # kinhtedothi.vn (Ninh Thuận, 2022): "Cụ thể, chỉ tiêu về tốc độ tăng trưởng GRDP đạt 7,42% (kế hoạch tăng
    # 10-11%); GRDP bình quân đầu người ước đạt 76,8 triệu đồng (kế hoạch 78-79 triệu đồng); …"
    nt = in_round(46, "ninhthuan-2022.kinhtedothi.vi.txt")
    assert not [t for t in nt.targets if t.get("value") in (7.42, 76.8, 20105, 32.8, 16.32, 3.1, 9.53)]
    assert (by_value(nt, 10)["kind"], by_value(nt, 10)["high"]) == ("range", 11)


def test_an_amount_after_its_currency_with_no_scale_is_listed_not_lost():
    # en.hungyen.gov.vn (Hưng Yên, plan to 2020): "the GDP per capita will reach USD 2.000 in 2015 and USD 4.300 in
    # 2020" (a Vietnamese thousands point in an English text): neither was drafted nor listed
    d = in_round(46, "hungyen-2020.hungyen.en.txt")
    listed = [f for f, _, why in d.skipped if why == "a number without a unit, not read"]
    assert [f for f in listed if "2.000" in f or "4.300" in f] == ["2.000", "4.300"]
