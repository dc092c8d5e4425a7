"""What readers meet, checked on the rendered pages without a browser: every word in the page's
language, the year at a glance on the landing page, status colours a reader can read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from helpers.present.fmt import LABELS, STATUS_COLOURS, STATUS_MARKS, STATUS_TEXT, contrast_ratio

# Words a Vietnamese page must not hold: common English words, and every word of the English labels
# that is not also a word of the Vietnamese ones. Abbreviations (GRDP, IIP, FDI, TFP, USD, VND) and
# source addresses are allowed.
_COMMON_ENGLISH = {
    "the", "of", "and", "with", "from", "for", "this", "that", "not", "are", "was", "has", "have",
    "per", "than", "since", "month", "months", "year", "figure", "figures", "target", "targets",
    "plan", "level", "measure", "growth", "published", "share", "data", "track", "risk", "source",
    "sources", "what", "takes", "stale", "each", "every", "why", "goal", "gap", "pace", "ratio",
    "projected", "expected", "status", "achieved", "over", "about", "estimate", "report", "counted",
}
_ALLOWED = {"grdp", "iip", "fdi", "tfp", "usd", "vnd", "cpi", "pdf", "ttq"}


def _english_words() -> set[str]:
    def words(lang: str) -> set[str]:
        return {w.lower() for v in LABELS.values() for w in re.findall(r"[A-Za-z]+", v[lang])}

    en = {w for w in words("en") if len(w) >= 3} | _COMMON_ENGLISH
    return en - words("vi") - _ALLOWED


ENGLISH = _english_words()
VIETNAMESE_LETTER = re.compile(
    r"[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", re.IGNORECASE)


def _visible_text(path: Path, other_lang: str) -> str:
    """The page's text as a reader sees it, without what is marked as the other language
    (a quotation) and without addresses."""
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for tag in soup(["style", "script"]):
        tag.decompose()
    for tag in soup.find_all(attrs={"lang": other_lang}):
        if tag.name != "html":
            tag.decompose()
    return re.sub(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:vn|com|net|org)\b", " ", soup.get_text(" "))


def _pages(rendered: Path, lang: str) -> list[Path]:
    return sorted((rendered / "html").rglob(f"*.{lang}.html"))


def test_a_vietnamese_page_holds_no_english_word(rendered):
    pages = _pages(rendered, "vi")
    assert len(pages) > 30
    found = {p.relative_to(rendered).as_posix(): sorted(
        {w for w in re.findall(r"[A-Za-z]+", _visible_text(p, "en")) if w.lower() in ENGLISH})
        for p in pages}
    assert {p: w for p, w in found.items() if w} == {}


def test_an_english_page_holds_no_vietnamese_word(rendered):
    pages = _pages(rendered, "en")
    assert len(pages) > 30
    found = {p.relative_to(rendered).as_posix(): sorted(
        {w for w in re.findall(r"\w+", _visible_text(p, "vi")) if VIETNAMESE_LETTER.search(w)})
        for p in pages}
    assert {p: w for p, w in found.items() if w} == {}


def test_the_checks_catch_what_they_look_for(tmp_path):
    # the two checks above would pass on empty pages: they must fail on a leak
    vi = tmp_path / "x.vi.html"
    vi.write_text("<html lang=vi><body><p>Kế hoạch of the plan</p></body></html>", encoding="utf-8")
    assert {"of", "the", "plan"} <= {w for w in re.findall(r"[A-Za-z]+", _visible_text(vi, "en"))
                                     if w.lower() in ENGLISH}
    en = tmp_path / "x.en.html"
    en.write_text('<html lang=en><body><p>Plan: 22,3 tỷ USD <span lang="vi">Kim ngạch xuất khẩu</span>'
                  "</p></body></html>", encoding="utf-8")
    assert [w for w in re.findall(r"\w+", _visible_text(en, "vi")) if VIETNAMESE_LETTER.search(w)] == ["tỷ"]


def test_status_text_meets_wcag_aa_on_every_status_colour():
    # WCAG 2's formula, held to values published elsewhere: black on white is 21:1, and #767676 is
    # the lightest grey with 4.5:1 on white (WebAIM's contrast checker: 4.54:1)
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#FFFFFF") < 4.5
    # the hues stay Okabe & Ito's
    assert STATUS_COLOURS == {"achieved": "#009E73", "on_track": "#0072B2", "at_risk": "#E69F00",
                              "off_track": "#D55E00", "not_achieved": "#CC79A7", "no_outcome": "#56B4E9",
                              "not_comparable": "#F0E442", "no_data": "#999999"}
    for status, colour in STATUS_COLOURS.items():
        assert contrast_ratio(colour, STATUS_TEXT[status]) >= 4.5, status
    assert len(set(STATUS_MARKS.values())) == len(STATUS_MARKS)  # a mark tells the statuses apart


def test_the_landing_page_shows_the_year_at_a_glance(rendered):
    page = rendered / "html/haiphong-2021/index.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    grid = soup.find("table", class_="grid")
    rows = [tr for tr in grid.tbody.find_all("tr") if tr.find("th", scope="row")]
    assert len(rows) == 38  # every leaf target of the resolution
    months = [th.get_text(" ", strip=True) for th in grid.thead.find_all("th")[2:]]
    assert months == [f"T{m}" for m in range(1, 13)]  # the English page has Jan … Dec
    en = BeautifulSoup((page.parent / "index.en.html").read_text(encoding="utf-8"), "html.parser")
    assert [th.get_text(strip=True) for th in en.find("table", class_="grid").thead.find_all("th")[2:]] \
        == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    for tr in rows:
        cells = tr.find_all("td", class_="cell")
        assert len(cells) == 12
        for cell in cells:
            link = cell.find("a")
            assert (page.parent / link["href"].split("#")[0]).is_file(), link["href"]
            assert link.get_text(strip=True)[0] in STATUS_MARKS.values()  # a mark, not colour alone
            assert cell.find(class_="tip").get_text(strip=True)  # the reason, for hover and focus
    # September's GRDP growth: 12,28% against 13,5% was "at risk" in the September scorecard
    grdp = next(tr for tr in rows if tr.find("th", scope="row").get_text().startswith("Tăng trưởng GRDP"))
    september = grdp.find_all("td", class_="cell")[8]
    assert september.a["href"] == "2021-09/02-scorecard.vi.html#t-grdp_growth"
    assert "Có nguy cơ" in september.get_text() and "12,28%" in september.get_text()
    counts = soup.find("table", class_="counts")
    # one row per status, and the stale calls counted apart
    assert len(counts.tbody.find_all("tr")) == len(STATUS_COLOURS) + 1
    assert all(th.get("scope") for th in soup.find_all("th"))


def test_render_pdf_without_a_browser_says_how_to_get_one_and_keeps_the_html(rendered, tmp_path,
                                                                            monkeypatch):
    import shutil

    from click.testing import CliRunner

    from helpers.cli import main

    out = tmp_path / "out"  # a copy: the session's pages stay as rendered
    shutil.copytree(rendered, out)
    monkeypatch.delenv("CHITIEU_BROWSER", raising=False)
    res = CliRunner().invoke(main, ["render", "-r", "haiphong-2021", "--all", "--out", str(out),
                                    "--pdf", "--browser", "/nowhere/chromium"])
    assert res.exit_code == 1  # PDFs were asked for and not made: said, not hidden
    assert "no browser found" in res.output and "apt-get install chromium" in res.output
    assert re.search(r"0 rendered, \d+ up to date, 0 failed, 0 removed", res.output)
    assert (out / "html/haiphong-2021/2021-09/02-scorecard.vi.html").is_file()
    assert not (out / "pdf").exists()


def test_a_growth_panel_without_a_figure_says_so_instead_of_drawing_axes():
    from helpers.analysis import series
    from helpers.catalog import targets
    from helpers.present import charts
    from helpers.statistics import observations

    catalog = targets.load_catalog("haiphong-2021")
    matrix = series.growth_matrix(catalog, observations.load(catalog), "2021-09")
    names = {t.id: t.name.vi for t in catalog.targets}
    fig = charts.growth(matrix, names, "vi")
    ids = list(dict.fromkeys(matrix["id"]))
    # product taxes less subsidies: no figure was published for 2020 or 2021
    taxes = fig.axes[ids.index("grdp_growth_product_taxes")]
    assert not taxes.axison
    assert "Chưa có số liệu công bố" in " ".join(t.get_text().replace("\n", " ") for t in taxes.texts)
    grdp = fig.axes[ids.index("grdp_growth")]
    assert grdp.axison and grdp.get_ylabel() == "% so với cùng kỳ"  # the unit on the axis
    alt = charts.growth_alt(matrix, names, "vi")
    assert "Thuế sản phẩm trừ trợ cấp sản phẩm tăng: Chưa có số liệu công bố" in alt
    # every bar it draws: 2021's and 2020's (the statistics office's 2020 figures, no Q1 one found)
    assert ("Tăng trưởng GRDP (giá so sánh 2010): năm 2021: Quý I 13,22%, 6 tháng 13,52%, 9 tháng "
            "12,28%; năm 2020: 6 tháng 10,87%, 9 tháng 11,39%, Cả năm 11,22%; kế hoạch 13,5%") in alt
    assert "Dịch vụ tăng: năm 2021: " in alt and "năm 2020: Cả năm 5,64%" in alt


def test_status_tables_and_the_grid_are_named_for_a_screen_reader(rendered):
    """Issue 23: a status table has a caption and the target's name heads each row; a grid link
    is named in the page's language, short: the target, the month and the status."""
    page = rendered / "html/haiphong-2021/2021-09/02-scorecard.vi.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    tables = [t for t in soup.find_all("table", class_="ct-table") if t.find("th", scope="row")]
    assert tables and tables[0].caption.get_text() == "Kinh tế"
    names = [th.get_text() for th in tables[0].find_all("th", scope="row")]
    assert names[0] == "Tăng trưởng GRDP (giá so sánh 2010)"
    grid = BeautifulSoup((rendered / "html/haiphong-2021/index.html").read_text(encoding="utf-8"),
                         "html.parser").find("table", class_="grid")
    labels = [a["aria-label"] for a in grid.find_all("a")]
    assert "Kim ngạch xuất khẩu, tháng 9/2021: Đúng tiến độ" in labels
    assert all(len(x.split()) <= 30 for x in labels)
    assert not grid.find("th", scope="colgroup")
