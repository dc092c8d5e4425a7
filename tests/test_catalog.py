"""The Hai Phong 2021 catalog against the resolution text, and every loader error."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import use_project
from helpers.catalog import targets
from helpers.cli import main
from helpers.values.errors import CatalogError

# (id, number, group, kind, value or (low, high), unit, basis), typed from the resolution text.
EXPECTED = [
    ("grdp_growth", 1, "economic", "min", 13.5, "percent", "growth"),
    ("grdp_growth_industry_construction", 1, "economic", "min", 19.2, "percent", "growth"),
    ("grdp_growth_services", 1, "economic", "min", 7.84, "percent", "growth"),
    ("grdp_growth_agriculture", 1, "economic", "min", 1.06, "percent", "growth"),
    ("grdp_growth_product_taxes", 1, "economic", "min", 7.02, "percent", "growth"),
    ("grdp_per_capita", 2, "economic", "min", 6600, "usd_per_person", "level"),
    ("iip_growth", 3, "economic", "min", 17, "percent", "growth"),
    ("manufacturing_share_grdp", 3, "economic", "min", 40.7, "percent", "level"),
    ("hightech_share_manufacturing", 3, "economic", "min", 46.5, "percent", "level"),
    ("budget_revenue", 4, "economic", "min", 89490.478, "billion_vnd", "flow"),
    ("budget_revenue_domestic", 4, "economic", "min", 35000, "billion_vnd", "flow"),
    ("social_investment", 5, "economic", "min", 204, "trillion_vnd", "flow"),
    ("exports", 6, "economic", "min", 22.3, "billion_usd", "flow"),
    ("port_cargo", 7, "economic", "min", 159, "million_tonnes", "flow"),
    ("tourists", 8, "economic", "min", 8.25, "million_visits", "flow"),
    ("tfp_contribution", 9, "economic", "min", 41, "percent", "level"),
    ("model_new_rural_communes", 10, "economic", "min", 8, "communes", "milestone"),
    ("fdi_attracted", 11, "economic", "range", (2.5, 3.0), "billion_usd", "flow"),
    ("urban_unemployment", 12, "social", "max", 3.77, "percent", "level"),
    ("jobs_created", 13, "social", "min", 56000, "worker_placements", "flow"),
    ("trained_labour", 14, "social", "min", 85.5, "percent", "level"),
    ("trained_labour_certified", 14, "social", "min", 36, "percent", "level"),
    ("poor_households", 15, "social", "max", 0, "households", "level"),
    ("health_insurance_coverage", 16, "social", "min", 91, "percent", "level"),
    ("clean_water_households", 17, "environment", "min", 100, "percent", "level"),
    ("solid_waste_urban", 18, "environment", "min", 100, "percent", "level"),
    ("solid_waste_rural", 18, "environment", "min", 91, "percent", "level"),
    ("urban_wastewater_treated", 19, "environment", "min", 21.2, "percent", "level"),
    ("new_party_members", 20, "party", "range", (3300, 3500), "party_members", "flow"),
    ("party_orgs_private_enterprises", 20, "party", "min", 70, "percent", "level"),
    ("party_orgs_cooperatives", 20, "party", "min", 100, "percent", "level"),
    ("corruption_cases_concluded", 21, "party", "min", 50, "percent", "milestone"),
    ("inspections_party_orgs", 22, "party", "range", (40, 45), "party_organisations", "flow"),
    ("inspections_party_members", 22, "party", "range", (25, 30), "party_members", "flow"),
    ("supervision_party_orgs", 22, "party", "range", (8, 10), "party_organisations", "flow"),
    ("supervision_party_members", 22, "party", "range", (8, 10), "party_members", "flow"),
    ("dan_van_kheo_communes", 23, "party", "min", 100, "percent", "level"),
    ("leaders_dialogue", 24, "party", "min", 100, "percent", "level"),
]


def test_catalog_has_24_items_and_38_leaves(catalog):
    assert len(catalog.targets) == 38
    assert sorted({t.number for t in catalog.targets}) == list(range(1, 25))
    assert catalog.year == 2021


@pytest.mark.parametrize("row", EXPECTED, ids=[r[0] for r in EXPECTED])
def test_every_target_matches_the_resolution(catalog, row):
    tid, number, group, kind, goal, unit, basis = row
    t = catalog.target(tid)
    assert (t.number, t.group, t.kind, t.unit, t.basis) == (number, group, kind, unit, basis)
    if kind == "range":
        assert (t.low, t.high, t.value) == (*goal, None)
    else:
        assert (t.value, t.low, t.high) == (goal, None, None)


def test_order_and_parents(catalog):
    assert [t.id for t in catalog.targets] == [r[0] for r in EXPECTED]
    parents = {t.id: t.parent for t in catalog.targets if t.parent}
    assert parents == {
        "grdp_growth_industry_construction": "grdp_growth",
        "grdp_growth_services": "grdp_growth",
        "grdp_growth_agriculture": "grdp_growth",
        "grdp_growth_product_taxes": "grdp_growth",
        "budget_revenue_domestic": "budget_revenue",
        "trained_labour_certified": "trained_labour",
    }


def test_names_keep_vietnamese(catalog):
    assert catalog.target("port_cargo").name.vi == "Sản lượng hàng hoá thông qua cảng"
    assert all(t.name.vi and t.name.en for t in catalog.targets)


def test_cli_json_matches_the_catalog():
    out = CliRunner().invoke(main, ["targets", "-r", "haiphong-2021", "--format", "json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    assert len(rows) == 38
    assert set(targets.COLUMNS) <= set(rows[0])
    fdi = next(r for r in rows if r["id"] == "fdi_attracted")
    assert (fdi["value"], fdi["low"], fdi["high"]) == (None, 2.5, 3.0)
    budget = next(r for r in rows if r["id"] == "budget_revenue")
    assert (budget["value"], budget["low"], budget["unit"]) == (89490.478, None, "billion_vnd")
    assert next(r for r in rows if r["id"] == "grdp_growth_services")["name_vi"] == "Dịch vụ tăng"


def test_cli_table_and_csv():
    table = CliRunner().invoke(main, ["targets", "-r", "haiphong-2021"])
    assert table.exit_code == 0
    assert "Kim ngạch xuất khẩu" in table.output and "2.5–3.0 bn USD" in table.output
    assert len(table.output.strip().splitlines()) == 39
    csv = CliRunner().invoke(main, ["targets", "-r", "haiphong-2021", "--format", "csv"])
    assert csv.output.splitlines()[0] == ",".join(targets.COLUMNS)


def test_cli_unknown_resolution_is_a_clear_error():
    out = CliRunner().invoke(main, ["targets", "--resolution", "danang-2030"])
    assert out.exit_code == 1
    assert "no catalog named 'danang-2030'" in out.output and "haiphong-2021" in out.output


def test_second_catalog_beside_it_is_picked_by_name(tmp_path, monkeypatch):
    (tmp_path / "data/raw/targets").mkdir(parents=True)
    (tmp_path / "data/raw/targets/other-2022.yaml").write_text(GOOD, encoding="utf-8")
    use_project(tmp_path, monkeypatch)
    out = CliRunner().invoke(main, ["targets", "-r", "other-2022", "--format", "csv"])
    assert out.exit_code == 0, out.output
    assert out.output.count("\n") == 3


GOOD = """\
resolution: other-2022
year: 2022
city: {id: x, vi: X, en: X}
title: {vi: T, en: T}
items:
  - number: 1
    group: economic
    targets:
      - id: a
        name: {vi: A, en: A}
        kind: min
        value: 1
        unit: percent
        basis: growth
      - id: b
        parent: a
        name: {vi: B, en: B}
        kind: range
        low: 1
        high: 2
        unit: tỷ USD
        basis: flow
"""


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("kind: min", "kind: minimum", "target a: field kind: Input should be 'min', 'max' or "
         "'range' (got 'minimum')"),
        ("basis: growth", "basis: stock", "target a: field basis:"),
        ("low: 1\n        high: 2", "low: 3\n        high: 2", "target b: field (entry): low 3 is "
         "greater than high 2"),
        ("        unit: percent\n", "", "target a: field unit: Field required"),
        ("unit: percent", "unit: furlongs", "target a: field unit: unknown unit 'furlongs'"),
        ("id: b", "id: a", "target a: field id: duplicate id 'a'"),
        ("parent: a", "parent: zz", "target b: field parent: no target with id 'zz'"),
        ("kind: min\n        value: 1", "kind: range\n        value: 1",
         "target a: field (entry): a range needs both 'low' and 'high'"),
        ("value: 1\n", "value: 1\n        value: 2\n", ":13:9: malformed YAML: duplicate key 'value'"),
        ("name: {vi: A, en: A}", "name: {vi: A, en: A", "malformed YAML"),
    ],
    ids=["kind", "basis", "low>high", "no-unit", "bad-unit", "dup-id", "parent", "range-no-bounds",
         "dup-key", "yaml-syntax"],
)
def test_loader_errors_name_file_entry_and_field(write, old, new, expected):
    assert old in GOOD
    path = write("bad.yaml", GOOD.replace(old, new, 1))
    with pytest.raises(CatalogError) as e:
        targets.load_catalog(path)
    assert str(path) in str(e.value)
    assert expected in str(e.value)


def test_good_fixture_loads(write):
    c = targets.load_catalog(write("good.yaml", GOOD))
    assert [t.id for t in c.targets] == ["a", "b"]
    assert c.target("b").unit == "billion_usd"  # a published spelling becomes the canonical unit


@pytest.mark.parametrize("parents", [{"a": "a"}, {"a": "b", "b": "a"}])
def test_a_target_cannot_be_its_own_parent(write, parents):
    """Issue 26: a target that is its own parent, or two that are each other's, were accepted."""
    from helpers.catalog import targets
    from helpers.values.errors import CatalogError

    def entry(tid):
        parent = f", parent: {parents[tid]}" if tid in parents else ""
        return (f"      - {{id: {tid}, name: {{vi: {tid}, en: {tid}}}, kind: min, value: 1, "
                f"unit: percent, basis: level{parent}}}\n")

    text = ("resolution: x-2024\nyear: 2024\ncity: {id: x, vi: X, en: X}\ntitle: {vi: T, en: T}\n"
            "items:\n  - number: 1\n    group: economic\n    targets:\n" + entry("a") + entry("b"))
    with pytest.raises(CatalogError, match="field parent: a loop") as e:
        targets.load_catalog(write("x-2024.yaml", text))
    assert ("a → a" if parents == {"a": "a"} else "a → b → a") in str(e.value)


def test_a_catalog_saved_as_yml_is_reported(home):
    from click.testing import CliRunner

    from helpers.cli import main

    src = home / "data/raw/targets/haiphong-2022.yaml"
    src.rename(src.with_suffix(".yml"))
    out = CliRunner().invoke(main, ["data"])
    assert out.exit_code == 1
    assert "haiphong-2022.yml: not read: catalogs are named <resolution>.yaml" in out.output
