"""A plan revised during the year (issue 24): Hai Phong merged with Hải Dương on 1 July 2025 and
the city council set the merged city's 2025 goals in late July (GRDP growth 12,35%, budget revenue
165.011,6 tỷ đồng, exports 49,7 tỷ USD); the original plan of December 2024 had 12,5%, 118.079 tỷ
đồng and 37 tỷ USD. A report before the revision uses the original goals, one from it the revised;
the page says which plan it measures against and since when; the landing grid marks the month.

The catalog and figures are written here (a test of the rule): the goals are the published ones
(addresses in data/drafts/haiphong-2025/), as is the old city's H1 GRDP growth of 11,04%; the
nine-month figures are inputs for the arithmetic, worked by hand in each assertion.
"""

from __future__ import annotations

import textwrap

import pytest

from helpers.analysis import progress
from helpers.catalog import targets
from helpers.statistics import observations
from helpers.values.errors import CatalogError
from helpers.values.period import Period

URL = "https://example.org/report"
REVISED = "https://www.thoidai.com.vn/hai-phong-but-pha-6-thang-dau-nam-don-luc-cho-muc-tieu-tang-truong-grdp-1235-215035.html"
CATALOG = f"""
resolution: test-2025
year: 2025
city: {{id: testcity, vi: Thử, en: Test}}
title: {{vi: Kế hoạch 2025, en: Plan 2025}}
items:
  - number: 1
    group: economic
    targets:
      - id: grdp_growth
        name: {{vi: Tăng trưởng GRDP, en: GRDP growth}}
        kind: min
        value: 12.5
        unit: percent
        basis: growth
  - number: 2
    group: economic
    targets:
      - id: budget_revenue
        name: {{vi: Thu ngân sách, en: Budget revenue}}
        kind: min
        value: 118079
        unit: billion_vnd
        basis: flow
  - number: 3
    group: economic
    targets:
      - id: public_investment
        name: {{vi: Giải ngân vốn đầu tư công, en: Public investment disbursed}}
        kind: min
        value: 25440
        unit: billion_vnd
        basis: flow
revisions:
  - from: 2025-07
    source: {REVISED}
    territory: {{id: merged, vi: thành phố sau hợp nhất, en: the merged city}}
    targets:
      - {{id: grdp_growth, value: 12.35}}
      - {{id: budget_revenue, value: 165011.6}}
    add:
      - id: exports
        number: 4
        group: economic
        name: {{vi: Kim ngạch xuất khẩu, en: Export turnover}}
        kind: min
        value: 49.7
        unit: billion_usd
        basis: flow
    drop: [public_investment]
"""
HEADER = "indicator,period,span,measure,value,qualifier,unit,published,source_url,territory\n"


@pytest.fixture
def catalog(tmp_path):
    p = tmp_path / "test-2025.yaml"
    p.write_text(CATALOG, encoding="utf-8")
    return targets.load_catalog(p)


def _frame(catalog, tmp_path, rows: str):
    f = tmp_path / "s.csv"
    f.write_text(HEADER + textwrap.dedent(rows).lstrip(), encoding="utf-8")
    res = observations.validate([f], catalog)
    assert res.ok, res.errors
    return res.frame


def test_the_plan_in_force_at_a_month(catalog):
    june, july = catalog.in_force(Period.parse("2025-06")), catalog.in_force(Period.parse("2025-07"))
    assert june.target("grdp_growth").value == 12.5 and june.territory is None
    assert [t.id for t in june.targets] == ["grdp_growth", "budget_revenue", "public_investment"]
    assert july.target("grdp_growth").value == 12.35 and july.territory.id == "merged"
    assert [t.id for t in july.targets] == ["grdp_growth", "budget_revenue", "exports"]
    assert july.revision.source == REVISED and str(july.revision.start) == "2025-07"
    assert july.in_force(Period.parse("2025-03")).target("grdp_growth").value == 12.5  # from the base
    assert [t.id for t in catalog.all_targets] == ["grdp_growth", "budget_revenue", "public_investment",
                                                   "exports"]


def test_a_report_before_the_revision_scores_the_original_goals_and_after_it_the_revised(catalog, tmp_path):
    obs = _frame(catalog, tmp_path, f"""
        grdp_growth,2025-06,ytd,yoy_pct,11.04,=,%,,{URL},
        grdp_growth,2025-09,ytd,yoy_pct,11.2,=,%,,{URL},merged
        budget_revenue,2025-06,ytd,level,77319,>,tỷ đồng,,{URL},
        budget_revenue,2025-09,ytd,level,150000,=,tỷ đồng,,{URL},merged
        """)
    june = progress.scorecard(catalog, obs, "2025-06").set_index("id")
    # 11,04% against the original 12,5%: 1,46 points short
    assert june.loc["grdp_growth", "value"] == 12.5 and round(june.loc["grdp_growth", "gap"], 2) == -1.46
    assert round(june.loc["budget_revenue", "attainment_pct"], 2) == round(77319 / 118079 * 100, 2)
    assert "exports" not in june.index and "public_investment" in june.index
    sept = progress.scorecard(catalog, obs, "2025-09").set_index("id")
    # 11,2% against the revised 12,35%: 1,15 points short; the old city's June figure is not compared
    assert sept.loc["grdp_growth", "value"] == 12.35 and round(sept.loc["grdp_growth", "gap"], 2) == -1.15
    assert round(sept.loc["budget_revenue", "attainment_pct"], 2) == round(150000 / 165011.6 * 100, 2)
    assert sept.loc["exports", "status"] == "no_data" and "public_investment" not in sept.index


def test_the_page_says_which_plan_and_since_when(catalog):
    from helpers.present import views

    html = views.report_title(catalog.in_force(Period.parse("2025-09")), "T", "vi", "2025-09").data
    assert "Kế hoạch điều chỉnh, áp dụng từ tháng 7/2025" in html and REVISED in html
    html = views.report_title(catalog.in_force(Period.parse("2025-06")), "T", "en", "2025-06").data
    assert "revised" not in html


@pytest.mark.parametrize("change, message", [
    ("from: 2025-07", "from: 2026-03"),
    ("{id: grdp_growth, value: 12.35}", "{id: grdp_grwth, value: 12.35}"),
    ("drop: [public_investment]", "drop: [nothing]"),
    ("{id: budget_revenue, value: 165011.6}", "{id: budget_revenue, low: 1}"),
])
def test_a_bad_revision_is_refused_saying_what_is_allowed(tmp_path, change, message):
    p = tmp_path / "bad.yaml"
    p.write_text(CATALOG.replace(change, message), encoding="utf-8")
    with pytest.raises(CatalogError) as e:
        targets.load_catalog(p)
    text = str(e.value)
    assert "revisions" in text and "allowed" in text, text


def test_the_landing_grid_marks_the_month_the_plan_changed(catalog, tmp_path):
    from bs4 import BeautifulSoup

    from helpers.render import index, plan
    from helpers.values.period import Lang

    obs = _frame(catalog, tmp_path, f"""
        grdp_growth,2025-06,ytd,yoy_pct,11.04,=,%,,{URL},
        grdp_growth,2025-09,ytd,yoy_pct,11.2,=,%,,{URL},merged
        """)
    periods = [Period.parse(p) for p in ("2025-06", "2025-07", "2025-09")]
    jobs = plan.plan(catalog, obs, periods, [Lang.VI])
    out = tmp_path / "site"
    (out / "html" / catalog.resolution).mkdir(parents=True)
    page = index.write_resolution(out, catalog, obs, jobs)
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    grid = soup.find("table", class_="grid")
    heads = [th.get_text(" ", strip=True) for th in grid.thead.find_all("th")[2:]]
    assert heads == ["T6", "T7 ↻", "T9"]
    rows = {tr.th.get_text(strip=True): tr for tr in grid.tbody.find_all("tr") if tr.find("th", scope="row")}
    # exports enter the plan in July, public investment leaves it
    exports = [td.get_text(" ", strip=True) for td in rows["Kim ngạch xuất khẩu"].find_all("td", class_="cell")]
    assert exports[0].startswith("·") and not exports[1].startswith("·")
    public = [td.get_text(" ", strip=True) for td in rows["Giải ngân vốn đầu tư công"].find_all("td", class_="cell")]
    assert not public[0].startswith("·") and public[1].startswith("·") and public[2].startswith("·")


def test_figures_of_a_target_a_revision_adds_are_valid_statistics(tmp_path):
    """A target the revision adds (tourists from July) is an id the city's statistics may use."""
    from helpers.statistics import observations

    cat = targets.load_catalog("haiphong-2025")
    assert "tourists" not in {t.id for t in cat.targets}  # added by the revision only
    vocab = observations.vocabulary(cat, [cat])
    assert "tourists" in vocab.units and "new_enterprises" in vocab.units


def test_the_landing_page_links_the_page_of_a_target_the_revision_adds(catalog, tmp_path):
    """An indicator page of exports (added from July) is linked by its name: the landing page
    looked the name up in the original plan, and the whole render failed."""
    from bs4 import BeautifulSoup

    from helpers.render import index, plan
    from helpers.values.period import Lang

    obs = _frame(catalog, tmp_path, f"""
        exports,2025-09,ytd,level,30.1,=,tỷ USD,,{URL},merged
        """)
    jobs = plan.plan(catalog, obs, [Period.parse("2025-09")], [Lang.VI])
    assert any(j.params.get("indicator") == "exports" for j in jobs)
    out = tmp_path / "site"
    (out / "html" / catalog.resolution).mkdir(parents=True)
    page = index.write_resolution(out, catalog, obs, jobs)
    links = [a.get_text(strip=True) for a in BeautifulSoup(page.read_text(encoding="utf-8"),
                                                           "html.parser").find_all("a")]
    assert "Kim ngạch xuất khẩu" in links
