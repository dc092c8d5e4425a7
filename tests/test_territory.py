"""A city whose territory changed (issue 24): Hai Phong merged with Hải Dương on 1 July 2025.

A catalog names the territory it measures; a figure names its own where it matters. Figures of
another territory are kept and listed, never compared, summed or paced against: no pace profile
from the old city's months for the merged city's year, and a figure of the old city for the
report's own period is "published, not comparable", with the reason.

The inputs are written here by hand (a test of the rule, not of the bundled data): the old city's
two-month and full-year budget of the previous year would, as a profile, expect 20,000 / 100,000 =
20% of the year by February; without it the pace is linear, 2/12.
"""

from __future__ import annotations

import textwrap

import pytest

from helpers.analysis import progress
from helpers.catalog import targets
from helpers.statistics import observations
from helpers.values.errors import CatalogError

URL = "https://example.org/report"
CATALOG = """
resolution: test-2026
year: 2026
city: {id: testcity, vi: Thử, en: Test}
title: {vi: Kế hoạch 2026, en: Plan 2026}
territory: {id: merged, vi: thành phố sau hợp nhất, en: the merged city}
items:
  - number: 1
    group: economic
    targets:
      - id: budget_revenue
        name: {vi: Thu ngân sách, en: Budget revenue}
        kind: min
        value: 194935
        unit: billion_vnd
        basis: flow
      - id: grdp_growth
        name: {vi: Tăng trưởng GRDP, en: GRDP growth}
        kind: min
        value: 13
        unit: percent
        basis: growth
"""
HEADER = "indicator,period,span,measure,value,qualifier,unit,published,source_url,territory\n"


@pytest.fixture
def catalog(tmp_path):
    p = tmp_path / "test-2026.yaml"
    p.write_text(CATALOG, encoding="utf-8")
    return targets.load_catalog(p)


def _card(catalog, tmp_path, rows: str, period: str = "2026-02"):
    f = tmp_path / "s.csv"
    f.write_text(HEADER + textwrap.dedent(rows).lstrip(), encoding="utf-8")
    res = observations.validate([f], catalog)
    assert res.ok, res.errors
    return progress.scorecard(catalog, res.frame, period).set_index("id"), res.frame


def test_no_pace_profile_from_another_territory(catalog, tmp_path):
    card, _ = _card(catalog, tmp_path, f"""
        budget_revenue,2025-02,ytd,level,20000,=,tỷ đồng,,{URL},
        budget_revenue,2025-12,year,level,100000,=,tỷ đồng,,{URL},
        budget_revenue,2026-02,ytd,level,41546,=,tỷ đồng,,{URL},merged
        """)
    row = card.loc["budget_revenue"]
    assert row["actual"] == 41546
    assert row["pace_basis"] == "linear" and row["expected_share"] == pytest.approx(2 / 12)


def test_the_same_territory_gives_the_profile(catalog, tmp_path):
    card, _ = _card(catalog, tmp_path, f"""
        budget_revenue,2025-02,ytd,level,20000,=,tỷ đồng,,{URL},merged
        budget_revenue,2025-12,year,level,100000,=,tỷ đồng,,{URL},merged
        budget_revenue,2026-02,ytd,level,41546,=,tỷ đồng,,{URL},merged
        """)
    row = card.loc["budget_revenue"]
    assert row["pace_basis"] == "2025" and row["expected_share"] == pytest.approx(0.2)


def test_a_figure_of_another_territory_is_kept_not_scored_and_said(catalog, tmp_path):
    from helpers.present import reasons

    card, frame = _card(catalog, tmp_path, f"""
        grdp_growth,2026-02,ytd,yoy_pct,11.2,=,%,,{URL},old
        """)
    row = card.loc["grdp_growth"]
    assert row["status"] == "not_comparable"
    assert "địa giới" in reasons.explain(row, "vi") and "territory" in reasons.explain(row, "en")
    assert len(frame) == 1  # kept


def test_a_catalog_without_a_territory_reads_rows_without_one(tmp_path):
    p = tmp_path / "test-2026.yaml"
    p.write_text(CATALOG.replace("territory: {id: merged, vi: thành phố sau hợp nhất, en: the merged city}\n", ""),
                 encoding="utf-8")
    cat = targets.load_catalog(p)
    card, _ = _card(cat, tmp_path, f"""
        budget_revenue,2026-02,ytd,level,41546,=,tỷ đồng,,{URL},
        grdp_growth,2026-02,ytd,yoy_pct,11.2,=,%,,{URL},merged
        """)
    assert card.loc["budget_revenue", "actual"] == 41546
    assert card.loc["grdp_growth", "status"] == "not_comparable"


def test_a_bad_territory_is_refused(catalog, tmp_path):
    f = tmp_path / "s.csv"
    f.write_text(HEADER + f"budget_revenue,2026-02,ytd,level,41546,=,tỷ đồng,,{URL},Hải Phòng mới\n",
                 encoding="utf-8")
    res = observations.validate([f], catalog)
    assert [e.column for e in res.errors] == ["territory"]
    p = tmp_path / "bad.yaml"
    p.write_text(CATALOG.replace("territory: {id: merged,", "territory: {id: Merged City,"), encoding="utf-8")
    with pytest.raises(CatalogError):
        targets.load_catalog(p)


def test_the_list_of_published_figures_marks_another_territorys(catalog, tmp_path):
    from helpers.present import views

    f = tmp_path / "s.csv"
    f.write_text(HEADER + f"budget_revenue,2025-06,ytd,level,77319,>,tỷ đồng,,{URL},\n"
                 f"budget_revenue,2026-02,ytd,level,41546,=,tỷ đồng,,{URL},merged\n", encoding="utf-8")
    from helpers.statistics.convert import for_catalog

    frame = for_catalog(observations.validate([f], catalog).frame, catalog)
    html = views.revision_table(observations.revisions(frame, "budget_revenue"), "vi").data
    first, second = html.split("<tr", 3)[2:4]
    assert "địa giới khác" in first and "địa giới khác" not in second


def test_the_month_figures_on_a_pace_chart_are_levels_of_the_catalogs_territory():
    """Bug (found rendering 2026): January 2026's budget came as a level (20.789 tỷ đồng) and a
    growth rate (+10,2%); the pace chart's single-month context took both, a rate on an axis of
    tỷ đồng, and the page failed. Only levels, and only of the catalog's territory, are drawn."""
    from helpers.analysis import series

    catalog = targets.load_catalog("haiphong-2026")
    known = observations.as_of(observations.load(catalog))
    months = series.month_figures(known, "budget_revenue", 2026, "billion_vnd")
    assert months[["period", "value"]].values.tolist() == [["2026-01", 20789.0]]


def test_the_old_and_the_merged_citys_figure_side_by_side_are_both_kept_and_the_right_one_scored(
        catalog, tmp_path):
    """The first half of 2025 was published for the old city (11.04%) and for the merged one
    (11.2%) on one page, one date, by one publisher: not a conflict (they differ by territory),
    and the merged-city catalog scores the merged city's figure whichever row comes first."""
    for rows in (f"grdp_growth,2026-06,ytd,yoy_pct,11.04,=,%,2026-07-05,{URL},\n"
                 f"grdp_growth,2026-06,ytd,yoy_pct,11.2,=,%,2026-07-05,{URL},merged\n",
                 f"grdp_growth,2026-06,ytd,yoy_pct,11.2,=,%,2026-07-05,{URL},merged\n"
                 f"grdp_growth,2026-06,ytd,yoy_pct,11.04,=,%,2026-07-05,{URL},\n"):
        card, _ = _card(catalog, tmp_path, rows, period="2026-06")
        assert card.loc["grdp_growth", "actual"] == 11.2


def test_a_scored_publishers_figure_of_another_territory_leaves_the_comparable_one_scored(
        catalog, tmp_path):
    """The statistics office ranks first, but its figure here is the old city's: the city
    government's figure for the merged city is the one that can be scored."""
    frame_rows = (f"grdp_growth,2026-06,ytd,yoy_pct,11.04,=,%,2026-07-05,{URL},,statistics_office\n"
                  f"grdp_growth,2026-06,ytd,yoy_pct,11.2,=,%,2026-07-05,{URL},merged,city_government\n")
    f = tmp_path / "p.csv"
    f.write_text(HEADER.replace("territory\n", "territory,publisher\n") + frame_rows, encoding="utf-8")
    res = observations.validate([f], catalog)
    assert res.ok, res.errors
    card = progress.scorecard(catalog, res.frame, "2026-06").set_index("id")
    assert card.loc["grdp_growth", "actual"] == 11.2
