"""Sources that disagree (issue 24): both figures kept, a declared precedence decides which one is
scored, and the page shows the other.

Expected values are the published figures of 2024, as the bundled file holds them with their
addresses: GRDP growth 11,01% (the statistics office, its press conference of 6 January 2025)
against 10,55% (the city government's report to the council, 19 December 2024); FDI over 4,6 tỷ
USD (the statistics office) against 3,35 tỷ USD (the city government, 19 December 2024).
"""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.analysis import progress
from helpers.catalog import targets
from helpers.statistics import observations, vintages
from helpers.statistics.rules import PUBLISHERS

HP24 = "haiphong-2024"


@pytest.fixture(scope="module")
def hp24():
    catalog = targets.load_catalog(HP24)
    return catalog, observations.load(catalog)


def _row(card, tid):
    return card.set_index("id").loc[tid]


def test_the_statistics_office_outranks_the_city_government(hp24):
    catalog, obs = hp24
    card = progress.scorecard(catalog, obs, "2024-12")
    grdp = _row(card, "grdp_growth")
    assert grdp["actual"] == 11.01 and grdp["publisher"] == "statistics_office"
    # the year is over and 11,01% is below the plan's low end, 11,5%
    assert grdp["status"] == "not_achieved"
    also = {(a["publisher"], a["value"]) for a in grdp["also"]}
    assert ("city_government", 10.55) in also and ("party_committee", 11.01) in also
    fdi = _row(card, "fdi_attracted")
    assert fdi["actual"] == 4.6 and fdi["at_least"] and fdi["publisher"] == "statistics_office"
    assert [(a["publisher"], a["value"], a["published"]) for a in fdi["also"]] == [
        ("city_government", 3.35, dt.date(2024, 12, 19))]


def test_before_the_statistics_office_spoke_the_city_governments_figure_is_scored(hp24):
    catalog, obs = hp24
    card = progress.scorecard(catalog, obs, "2024-12", as_of=dt.date(2024, 12, 20))
    grdp = _row(card, "grdp_growth")
    assert grdp["actual"] == 10.55 and grdp["publisher"] == "city_government"
    assert list(grdp["also"]) == []


def test_a_catalog_may_declare_its_own_precedence(hp24):
    catalog, obs = hp24
    known = vintages.as_of(obs[obs["indicator"] == "grdp_growth"],
                           precedence=("city_government", "statistics_office"))
    year = known[(known["period"] == "2024-12") & (known["span"] == "year")]
    assert list(year["value"]) == [10.55]


def test_a_catalogs_declared_precedence_decides_its_scorecard(hp24):
    """Issue 24, item 5: the order is the catalog's to declare (``precedence:``); publishers it
    leaves out rank after those it names."""
    catalog, obs = hp24
    text = catalog.path.read_text(encoding="utf-8").replace(
        "\nitems:", "\nprecedence: [city_government, statistics_office]\nitems:", 1)
    city_first = targets.from_yaml(text, catalog.path)
    assert city_first.precedence == ("city_government", "statistics_office")
    grdp = _row(progress.scorecard(city_first, obs, "2024-12"), "grdp_growth")
    # the city government's 10.55% (19/12/2024) is scored, the office's 11.01% shown beside it
    assert grdp["actual"] == 10.55 and grdp["publisher"] == "city_government"
    assert ("statistics_office", 11.01) in {(a["publisher"], a["value"]) for a in grdp["also"]}


def test_a_precedence_naming_an_unknown_or_repeated_publisher_is_refused(hp24):
    catalog, _ = hp24
    base = catalog.path.read_text(encoding="utf-8")
    with pytest.raises(targets.CatalogError) as e:
        targets.from_yaml(base.replace("\nitems:", "\nprecedence: [newspaper]\nitems:", 1), catalog.path)
    assert "field precedence.0" in str(e.value) and "statistics_office" in str(e.value)
    with pytest.raises(targets.CatalogError) as e:
        targets.from_yaml(base.replace("\nitems:", "\nprecedence: [press, press]\nitems:", 1), catalog.path)
    assert "field precedence: 'press' listed twice (allowed: each publisher once)" in str(e.value)


def test_one_publishers_two_values_for_one_vintage_still_conflict(write, catalog):
    head = "indicator,period,span,measure,value,qualifier,unit,published,source_url,publisher\n"
    p = write("s.csv", head
              + "exports,2021-09,ytd,level,18.54,=,tỷ USD,2021-10-01,https://a.example/x,statistics_office\n"
              + "exports,2021-09,ytd,level,18.9,=,tỷ USD,2021-10-01,https://b.example/y,statistics_office\n"
              + "exports,2021-09,ytd,level,18.2,=,tỷ USD,2021-10-01,https://c.example/z,press\n")
    res = observations.validate([p], catalog)
    assert [(e.line, e.column) for e in res.errors] == [(3, "value")]


def test_an_unknown_publisher_is_refused_with_the_allowed_ones(write, catalog):
    head = "indicator,period,span,measure,value,qualifier,unit,published,source_url,publisher\n"
    p = write("s.csv", head + "exports,2021-09,ytd,level,18.54,=,tỷ USD,,https://a.example/x,Cục Thống kê\n")
    res = observations.validate([p], catalog)
    assert len(res.errors) == 1 and res.errors[0].column == "publisher"
    assert all(k in res.errors[0].message for k in PUBLISHERS)


def test_the_scorecard_shows_the_other_publishers_figure(hp24):
    from helpers.present import views

    catalog, obs = hp24
    card = progress.scorecard(catalog, obs, "2024-12")
    html = views.status_table(card[card["id"] == "grdp_growth"], "vi").data
    assert "Cục Thống kê" in html and "10,55%" in html and "UBND thành phố" in html
    en = views.status_table(card[card["id"] == "grdp_growth"], "en").data
    assert "statistics office" in en and "10.55%" in en and "city government" in en
    csv = views.table_csv(card, "en").set_index("id")
    assert csv.loc["grdp_growth", "publisher"] == "statistics_office"
    assert "10.55 % (city_government, 2024-12-19" in csv.loc["grdp_growth", "also_published"]
