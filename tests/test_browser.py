"""The reports in a real browser (Playwright driving Debian's Chromium), offline.

Every page of one period and the index is opened from disk with every network request blocked
and recorded. Chromium comes from Debian (`apt-get install chromium`; `.ci/run` installs it):
Playwright cannot download its own browsers here.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest

from conftest import ROOT, jobs_for, render_jobs

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REQUIRED = os.environ.get("CHITIEU_REQUIRE_BROWSER") == "1"  # CI: a missing browser is a failure
if not CHROMIUM and not REQUIRED:
    pytest.skip("Chromium not found: install Debian's package (apt-get install chromium) to run "
                "the browser tests", allow_module_level=True)

pytestmark = [pytest.mark.slow, pytest.mark.browser]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = ROOT / "outputs" / "screenshots"


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM, "Chromium is required here (CHITIEU_REQUIRE_BROWSER=1): apt-get install chromium"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


class Visit:
    """A page opened from disk with the network cut off: what it asked for and what went wrong."""

    def __init__(self, browser, path: Path):
        self.remote: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri(), wait_until="load")

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.remote.append(url)
            route.abort()

    def images_decoded(self) -> bool:
        return self.page.evaluate(
            "Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)")

    def close(self):
        self.context.close()


def _pages(rendered: Path) -> list[Path]:
    html = rendered / "html"
    hp = html / "haiphong-2021"
    # 2021-09 as a reader of September sees it; 2021-12 also holds every indicator page
    return [html / "index.html", hp / "index.html", *sorted((hp / "2021-09").glob("*.html")),
            *sorted((hp / "2021-12").glob("*.html")), *sorted((hp / "catalog").glob("*.html"))]


def test_every_page_works_offline(browser, rendered):
    pages = _pages(rendered)
    assert len(pages) > 20
    for path in pages:
        v = Visit(browser, path)
        try:
            assert v.remote == [], (path, v.remote)
            assert v.errors == [], (path, v.errors)
            assert v.images_decoded(), path
            assert v.page.locator("h1").count() >= 1, path
        finally:
            v.close()


def test_scorecards_show_the_figures_and_are_screenshotted(browser, rendered):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    expect = {"vi": ["12,28%", "13,5%", "Tiến độ thực hiện các chỉ tiêu", "Chưa có số liệu công bố"],
              "en": ["12.28%", "13.5%", "Progress on the targets", "No published figure"]}
    for lang, texts in expect.items():
        v = Visit(browser, rendered / f"html/haiphong-2021/2021-09/02-scorecard.{lang}.html")
        try:
            body = v.page.inner_text("body")
            for t in texts:
                assert t in body, (lang, t)
            assert v.page.evaluate("document.documentElement.lang") == lang
            assert v.page.locator("img").count() >= 2
            v.page.screenshot(path=str(SCREENSHOTS / f"02-scorecard-2021-09.{lang}.png"), full_page=True)
        finally:
            v.close()


@pytest.mark.parametrize("page, at_least", [("index.html", 2), ("haiphong-2021/index.html", 30)])
def test_index_links_lead_to_existing_pages(browser, rendered, page, at_least):
    v = Visit(browser, rendered / "html" / page)
    try:
        hrefs = v.page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        assert len(hrefs) >= at_least
        for h in hrefs:
            assert h.startswith("file://"), h
            assert Path(unquote(h.removeprefix("file://").split("#")[0])).is_file(), h
    finally:
        v.close()


def test_no_script_from_data_runs(browser, tmp_path, home):
    cat = home / "data/raw/targets/haiphong-2021.yaml"
    cat.write_text(cat.read_text(encoding="utf-8").replace(
        "{vi: Kim ngạch xuất khẩu, en: Export turnover}",
        "{vi: \"<script>window.pwned=1</script>\", en: \"<img src=x onerror='window.pwned=2'>\"}"),
        encoding="utf-8")
    stats = home / "data/raw/statistics/haiphong/haiphong-2021-published.csv"
    with stats.open("a", encoding="utf-8") as f:
        f.write('exports,2021-08,ytd,level,16,,tỷ USD,,https://example.org/x,"<script>window.pwned=3</script>"\n')
    jobs = jobs_for(["2021-09"], ("vi", "en"), ("02-scorecard", "01-targets", "03-indicator-exports"))
    out = tmp_path / "out"
    summary = render_jobs(jobs, out)
    assert not summary.failed
    for path in [*(out / "html").rglob("*.html")]:
        v = Visit(browser, path)
        try:
            assert v.page.evaluate("typeof window.pwned") == "undefined", path
            assert v.errors == [], (path, v.errors)
        finally:
            v.close()
    v = Visit(browser, out / "html/haiphong-2021/2021-09/03-indicator-exports.en.html")
    try:
        assert "<img src=x onerror='window.pwned=2'>" in v.page.inner_text("body")
        assert "<script>window.pwned=3</script>" in v.page.inner_text("body")
    finally:
        v.close()


# --- what readers meet: accessibility, width, the grid's reasons, print --------------------------

def _page_types(rendered: Path) -> list[Path]:
    """One page of every kind, in both languages where there are two."""
    hp = rendered / "html/haiphong-2021"
    months = {"02-scorecard": "2021-09", "04-growth": "2021-09",  # indicators: at the latest month
              "03-indicator-exports": "2021-12", "03-indicator-grdp_growth": "2021-12"}
    return [rendered / "html/index.html", hp / "index.html",
            *(hp / f"{m}/{n}.{lang}.html" for n, m in months.items() for lang in ("vi", "en")),
            *(hp / f"catalog/{n}.{lang}.html" for n in ("01-targets", "05-backtest") for lang in ("vi", "en")),
            # the city across years (2021 and 2022 are in the session's site)
            rendered / "html/cities/haiphong.html", rendered / "html/cities/haiphong.en.html"]


@pytest.mark.parametrize("width", [1400, 390])
def test_axe_finds_nothing_serious_on_any_page_type(browser, rendered, width):
    """On a laptop and, issue 23, on a phone too."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    found = {}
    for path in _page_types(rendered):
        v = Visit(browser, path)
        try:
            v.page.set_viewport_size({"width": width, "height": 844})
            result = axe.run(v.page)
            bad = [(x["id"], x["impact"], len(x["nodes"])) for x in result.response["violations"]
                   if x["impact"] in ("serious", "critical")]
            if bad:
                found[path.relative_to(rendered).as_posix()] = bad
        finally:
            v.close()
    assert found == {}


def test_pages_fit_a_1366_pixel_laptop(browser, rendered):
    for path in _page_types(rendered):
        v = Visit(browser, path)
        try:
            v.page.set_viewport_size({"width": 1366, "height": 768})
            assert v.page.evaluate("document.documentElement.scrollWidth") <= 1366, path
            # nor does a table scroll sideways inside its own box
            wider = v.page.evaluate("""Array.from(document.querySelectorAll('table'))
                .filter(t => t.scrollWidth > t.parentElement.clientWidth + 1).length""")
            assert wider == 0, path
        finally:
            v.close()


def test_charts_say_what_they_show(browser, rendered):
    v = Visit(browser, rendered / "html/haiphong-2021/2021-09/02-scorecard.vi.html")
    try:
        alts = v.page.eval_on_selector_all("figure img", "els => els.map(e => e.alt)")
        # the attainment chart's text holds the numbers it draws: exports 18,54 / 22,3 = 83,14%
        assert any("6. Kim ngạch xuất khẩu 83,14%" in a for a in alts), alts
        captions = v.page.eval_on_selector_all("figcaption", "els => els.map(e => e.innerText)")
        assert captions and all(c.startswith("Nguồn: ") for c in captions)
    finally:
        v.close()


def test_a_grid_cell_shows_its_reason_on_focus_and_the_landing_page_is_screenshotted(browser, rendered):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    v = Visit(browser, rendered / "html/haiphong-2021/index.html")
    try:
        v.page.set_viewport_size({"width": 1366, "height": 900})
        v.page.screenshot(path=str(SCREENSHOTS / "haiphong-2021-landing.png"), full_page=True)
        cell = v.page.locator("table.grid td.cell a").first
        tip = cell.locator(".tip")
        assert tip.bounding_box()["width"] <= 1  # out of sight until asked for
        cell.focus()
        box = tip.bounding_box()
        assert box["width"] > 100 and box["height"] > 10
        assert "tháng 1/2021" in tip.inner_text()
    finally:
        v.close()


def test_on_a_phone_a_tap_on_a_target_shows_its_months_and_reasons(browser, rendered):
    """Issue 23: at 390 px the landing page lists the targets (the grid is for wider screens); a
    tap on one shows each month's status and reason in place; every tap target is 44 px high."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    v = Visit(browser, rendered / "html/haiphong-2021/index.html")
    try:
        v.page.set_viewport_size({"width": 390, "height": 844})
        assert not v.page.locator("table.grid").is_visible()
        entry = v.page.locator(".grid-list details").first
        summary = entry.locator("summary")
        assert summary.bounding_box()["height"] >= 44
        first = entry.locator("li").first
        assert not first.is_visible()
        summary.click()
        assert first.is_visible() and first.inner_text().startswith("tháng 1/2021: ")
        assert entry.locator("li a").first.bounding_box()["height"] >= 44
        v.page.screenshot(path=str(SCREENSHOTS / "haiphong-2021-landing-390px-list.png"), full_page=False)
    finally:
        v.close()
    wide = Visit(browser, rendered / "html/haiphong-2021/index.html")
    try:  # on a laptop the grid, not the list
        assert wide.page.locator("table.grid").is_visible()
        assert not wide.page.locator(".grid-list").is_visible()
    finally:
        wide.close()


def test_the_september_scorecard_prints_on_eight_a4_pages_at_most(browser, rendered, tmp_path):
    # four pages until the scorecard gained the growth targets in points, the method of each
    # section and a source on every row (issues 21-23), six with each chart on a page of its own;
    # eight since no printed text is smaller than 8 pt (issue 23, item 7: it was about 6 pt)
    from pypdf import PdfReader

    from helpers.render import pdf

    page = rendered / "html/haiphong-2021/2021-09/02-scorecard.vi.html"
    target = tmp_path / "02-scorecard.vi.pdf"
    pdf.print_pages([(page, target)], CHROMIUM, log=lambda m: None, launched=browser)
    reader = PdfReader(str(target))
    assert 1 <= len(reader.pages) <= 8
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "12,28" in text
    first = reader.pages[0]
    width, height = float(first.mediabox.width), float(first.mediabox.height)
    assert sorted((round(width), round(height))) == [595, 842]  # A4 in points (210 × 297 mm)
    # the title and month in the margin, and "page / pages" at the foot of every page
    assert all("Hải Phòng — tháng 9/2021" in p.extract_text() for p in reader.pages)
    assert all(f"{i} / {len(reader.pages)}" in p.extract_text() for i, p in enumerate(reader.pages, 1))


@pytest.mark.parametrize("width", [1400, 390])
def test_printed_text_is_at_least_8_points_and_keeps_its_colours(browser, rendered, width):
    """Issue 23, item 7: on A4 no text is smaller than 8 pt (table text printed at about 6 pt), and
    the status marks and colours print even with the browser's backgrounds off; printed from a
    laptop and from a phone."""
    for path in _page_types(rendered):
        v = Visit(browser, path)
        try:
            v.page.set_viewport_size({"width": width, "height": 844})
            v.page.emulate_media(media="print")
            small = v.page.evaluate("""Array.from(document.querySelectorAll('main *'))
                .filter(e => e.offsetParent !== null && e.childNodes.length
                             && Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim()))
                .map(e => [e.tagName, e.className, parseFloat(getComputedStyle(e).fontSize)])
                .filter(x => x[2] < 8 * 96 / 72 - 0.01)""")
            assert small == [], (path.name, small[:5])
            badges = v.page.evaluate("""Array.from(document.querySelectorAll('.ct-badge, td.cell'))
                .map(e => getComputedStyle(e).printColorAdjust)""")
            assert set(badges) <= {"exact"}, path
        finally:
            v.close()


@pytest.mark.parametrize("width", [390, 683, 320])
def test_every_column_is_reachable_on_a_phone(browser, rendered, width):
    """Issue 23: at 390 px (a phone), 683 px (a 1366-px laptop at 200%) and 320 px (at 400%, WCAG
    1.4.10) the page never scrolls sideways and every table scrolls inside its own box to its last
    column; the scorecard and the landing page are screenshotted at each width."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for path in _page_types(rendered):
        v = Visit(browser, path)
        try:
            v.page.set_viewport_size({"width": width, "height": 844})
            assert v.page.evaluate("document.documentElement.scrollWidth") <= width, path
            if path.name in ("02-scorecard.vi.html", "index.html"):
                v.page.screenshot(path=str(SCREENSHOTS / f"{path.parent.name}-{path.stem}-{width}px.png"))
            unreachable = v.page.evaluate("""Array.from(document.querySelectorAll('table')).filter(t => {
                const box = t.closest('.ct-scroll, .grid-scroll');
                if (!box) return t.getBoundingClientRect().right > window.innerWidth + 1;
                box.scrollLeft = box.scrollWidth;
                return box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
            }).length""")
            assert unreachable == 0, path
        finally:
            v.close()


def test_on_a_phone_a_journalist_reaches_every_targets_figure_status_reason_and_source(browser, rendered):
    """Issue 23, "Done when": at 390×844 each target of the September 2021 scorecard shows its figure
    (with its source and publication date), its status and its reason: each cell, scrolled into
    its table's box, is on screen, not covered, and says something; the source's address is its
    link's."""
    from helpers.present.fmt import label

    page = rendered / "html/haiphong-2021/2021-09/02-scorecard.vi.html"
    v = Visit(browser, page)
    try:
        v.page.set_viewport_size({"width": 390, "height": 844})
        heads = [label(c, "vi") for c in ("actual", "status", "reason")]
        found = v.page.evaluate("""(heads) => Array.from(document.querySelectorAll('table.ct-table'))
            .filter(t => t.caption).flatMap(t => {
              const cols = Array.from(t.tHead.rows[0].cells).map(c => c.textContent.trim());
              return Array.from(t.tBodies[0].rows).map(tr => {
                const row = {id: tr.id, cells: {}};
                for (const h of heads) {
                  const cell = tr.cells[cols.indexOf(h)];
                  cell.scrollIntoView({block: 'center', inline: 'center'});
                  const r = cell.getBoundingClientRect();
                  const hit = document.elementFromPoint(Math.min(r.left + 4, innerWidth - 1), r.top + 4);
                  row.cells[h] = {text: cell.innerText.trim(), seen: r.right > 0 && r.left < innerWidth
                                  && r.bottom > 0 && r.top < innerHeight && !!hit && cell.contains(hit),
                                  source: Array.from(cell.querySelectorAll('a[href^="http"]')).map(a => a.href)};
                }
                return row;
              });
            })""", heads)
        assert len(found) == 38  # every target of the 2021 resolution
        actual, status, reason = heads
        for row in found:
            for h in heads:
                assert row["cells"][h]["seen"] and row["cells"][h]["text"], (row["id"], h, row["cells"][h])
        # data/raw/statistics/haiphong/haiphong-2021-published.csv: exports 2021-09 ytd 18.54 tỷ USD from
        # the city's English portal, with no publication date (so the month's last day, marked assumed)
        exports = next(r for r in found if r["id"] == "t-exports")["cells"][actual]
        assert exports["text"].split("\n") == [
            "18,54 tỷ USD", "9 tháng đầu năm 2021", "Nguồn: en.haiphong.gov.vn, ngày công bố giả định 30/9/2021"]
        assert exports["source"] == ["http://en.haiphong.gov.vn/News/Haiphong-peoples-committee-convenes-"
                                     "regular-conference-in-september-82387.html"]
        # every figure shown names its source, as a link to its address (12 targets had one in September)
        shown = [r for r in found if not r["cells"][actual]["text"].startswith("–")]
        assert len(shown) == 12
        assert all("Nguồn: " in r["cells"][actual]["text"] and r["cells"][actual]["source"] for r in shown), [
            r["id"] for r in shown if not r["cells"][actual]["source"]]
    finally:
        v.close()
