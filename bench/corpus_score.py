"""Score ``chitieu draft`` and ``chitieu extract`` on the reading corpus (``tests/data/corpus/``).

The corpus holds real texts of many provinces with readings written by hand before any program
read them (``SOURCES.md`` in each folder gives the addresses and the conventions). A third of each
folder was **held out** (the ``held_out`` column of its table) and scored once (``--set round1``);
``round2/`` holds texts collected after that, all held out (``--set round2``; scored once, then
read), ``round3/`` texts collected while round 2 was read (``--set round3``; scored once, then
read), ``round4/`` texts collected once round 3 was spent (``--set round4``; scored once, then
read), ``round5/`` texts of the provinces as merged in 2025, collected while round 4 was read
(``--set round5``; scored once, then read), ``round6/`` more of them, collected while round 5 was
read (``--set round6``; scored once, then read), ``round7/`` texts of any year whose pages no round
holds, collected while round 6 was read (``--set round7``; scored once, then read), ``round8/``
more of them, collected while round 7 was read (``--set round8``; scored once, then read),
``round9/`` more of them, collected while round 8 was read (``--set round9``; scored once, then
read), ``round10/`` more, collected while round 9 was read (``--set round10``; scored once, then
read), ``round11/`` more, collected while round 10 was read (``--set round11``; scored once, then
read), ``round12/`` more, collected while round 11 was read (``--set round12``; scored once, then
read), ``round13/`` reports only, collected while round 12 was read (``--set round13``; scored
once, then read), ``round14/``, collected once round 13 was spent (``--set round14``; scored once, then
read), ``round15/``, collected while round 14 was read (``--set round15``; scored once, then read),
``round16/``, collected while round 15 was read (``--set round16``; scored once, then read),
``round17/``, collected while round 16 was read (``--set round17``; scored once, then read),
``round18/``, collected while round 17 was read (``--set round18``; scored once, then read),
``round19/``, collected once round 18 was spent (``--set round19``; scored once, then read),
``round20/``, collected while round 19 was read (``--set round20``; scored once, then read),
``round21/``, collected while round 20 was read (``--set round21``; scored once, then read),
``round22/``, collected while round 21 was read (``--set round22``; scored once, then read),
``round23/``, collected while round 22 was read (``--set round23``; scored once, then read),
``round24/``, collected while round 23 was read (``--set round24``; scored once, then read),
``round25/``, collected while round 24 was read (``--set round25``; scored once, then read),
``round26/``, collected while round 25 was read (``--set round26``; scored once, then read),
``round27/``, collected while round 26 was read (``--set round27``; scored once, then read), and so on
to ``round36/``, each collected while the round before was read (``--set round28`` … ``--set round36``; each
part scored once as soon as it was checked, then read);
``--set tuned`` (the default) scores the rest.

**Draft** (``targets/``): an expected row of kind ``min``, ``max`` or ``range`` is a target; a row
of kind ``none`` is a number that must *not* become a target. A drafted target is

- **found** when an expected target has the same item number (empty: none), kind, values and a
  unit of the same dimension (values compared in the expected unit);
- **wrong number** / **wrong kind** when it matches an expected target on everything but that;
- **invented** when it matches no expected target at all.

**Extract** (``reports/``): the text is read against ``indicators.yaml`` (the corpus's tracked
indicators, names and units only) at the report month of its table. An expected row is
*countable* when its indicator is tracked, its measure is ``level`` or ``yoy_pct`` and its span is
``month``, ``ytd`` or ``year`` (a "% of plan" is never a row by design; ``quarter`` and
``mom_pct`` are not the statistics format's). A proposed row is **right** when an expected row
(countable or not) has the same indicator, period, span, measure, qualifier and value; **wrong**
otherwise. A countable expected row that no proposed row matches is **missed**.

Usage: ``python bench/corpus_score.py [--set tuned|round1|…|round36] [--verbose]``.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from helpers.catalog import targets
from helpers.catalog.targets import City
from helpers.reading import documents, draft, extract
from helpers.values import units
from helpers.values.errors import UnitError
from helpers.values.period import Period

CORPUS = Path(__file__).resolve().parents[1] / "tests/data/corpus"
# the spellings of the corpus's expected units that the unit table does not hold as such
_EXPECTED_UNITS = {"per cent": "percent", "%/năm": "percent", "vnđ trillion": "trillion_vnd",
                   "vnd trillion": "trillion_vnd", "vnđ million": "million_vnd",
                   "vnd million": "million_vnd", "us$": "usd", "million tourist arrivals": "million_visits",
                   "triệu đồng/năm": "million_vnd_per_person", "tỷ": "billion_vnd",
                   "vnd billion": "billion_vnd", "vnđ billion": "billion_vnd",
                   "triệu đồng/người/năm": "million_vnd_per_person",
                   "usd/năm": "usd_per_person", "million vnd/year": "million_vnd_per_person",
                   "hộ nghèo": "households", "hộ cận nghèo": "households", "usd million": "million_usd",
                   "%/year": "percent", "percent each year": "percent", "percent per year": "percent",
                   "usd/người/năm": "usd_per_person", "% per year": "percent",
                   "trillion vnđ": "trillion_vnd", "ngàn tỉ đồng": "trillion_vnd", "% of grdp": "percent",
                   "million dong": "million_vnd", "billion dong": "billion_vnd",
                   "trillion dong": "trillion_vnd",
                   "million vnd/person": "million_vnd_per_person", "đô la mỹ/năm": "usd_per_person",
                   "lượt du khách": "visits", "million vnd/person/year": "million_vnd_per_person",
                   "usd billion": "billion_usd", "vnd million per year": "million_vnd_per_person",
                   "vnd million/worker": "million_vnd_per_worker", "triệu lượt khách/năm": "million_visits",
                   "usd/person/year": "usd_per_person", "$ billion": "billion_usd",
                   "us$ million": "million_usd", "us$ billion": "billion_usd", "tỉ đô la mỹ": "billion_usd",
                   "million us$": "million_usd", "billion us$": "billion_usd",
                   "triệu khách du lịch": "million_visits",
                   "nghìn lượt người": "thousand_visits", "labourers per year": "persons",
                   "million arrivals": "million_visits", "tonnes per year": "tonnes",
                   "per cent a year": "percent", "per cent per year": "percent"}
_BARE_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_SCALED = {"triệu tỷ đồng": ("billion_vnd", 1e6), "nghìn người": ("persons", 1e3),
           "triệu người": ("persons", 1e6), "trillion usd": ("usd", 1e12)}


def _table(folder: Path) -> list[list[str]]:
    rows = []
    for line in (folder / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) > 3 and cells[1].startswith("`") and cells[-1] in ("yes", "no"):
            rows.append(cells)
    return rows


def texts(folder: Path, held_out: bool) -> list[Path]:
    """The texts of ``folder`` on the held-out side (or the other), from its SOURCES.md table."""
    return [folder / c[1].strip("`") for c in _table(folder) if (c[-1] == "yes") == held_out]


def province(path: Path) -> str:
    """The province a text of the corpus is about, as its SOURCES.md table names it."""
    return next(c[2] for c in _table(path.parent) if c[1].strip("`") == path.name).split(" (")[0]


def for_province(catalog, path: Path):
    """``catalog`` as the catalog of the province ``path`` is about (its name is what extract
    tells the province's own figures from the others' by)."""
    name = province(path)
    return dataclasses.replace(catalog, city=City(id="corpus", vi=name, en=name))


def _unit(label: str) -> str | None:
    label = label.strip()
    try:
        return units.canonical(label)
    except UnitError:
        return _EXPECTED_UNITS.get(label.lower())


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


@dataclass
class DraftScore:
    expected: int = 0
    found: int = 0
    wrong_number: list = field(default_factory=list)
    wrong_kind: list = field(default_factory=list)
    invented: list = field(default_factory=list)
    missed: list = field(default_factory=list)

    def add(self, other: DraftScore) -> None:
        self.expected += other.expected
        self.found += other.found
        for k in ("wrong_number", "wrong_kind", "invented", "missed"):
            getattr(self, k).extend(getattr(other, k))


# the corpus writes units as the text does: "47,32 triệu đồng" of a per-head target is the
# draft's million VND per person
_SAME_DIMENSION = ({"vnd", "vnd_per_person"}, {"usd", "usd_per_person"})


def _values(d: dict, e: dict, written: dict[str, str]) -> bool:
    """Same values in a unit of the same dimension; a unit the table lacks is compared as written
    (``written``: the draft's declared units, by id)."""
    keys = ("low", "high") if e["kind"] == "range" else ("value",)
    if (d["kind"] == "range") != (e["kind"] == "range"):
        return False
    label, factor = e["unit"].strip(), 1.0
    if label.startswith("%"):
        label = "%"
    if label.lower() in _SCALED:
        label, factor = _SCALED[label.lower()]
    eu = _unit(label)
    if label.lower() in _BARE_SCALES and d["unit"] not in written:
        # a reading that wrote the scale alone ("4.5-5 million foreign visitors": the noun in the name)
        # matches a count drafted in that scale
        try:
            a = units.UNITS[units.canonical(d["unit"])]
        except (UnitError, KeyError):
            return False
        scale = _BARE_SCALES[label.lower()]
        return a.dimension in units.COUNTED and all(_close(d[k] * a.scale / scale, float(e[k])) for k in keys)
    if d["unit"] in written or eu is None:
        same = _key(written.get(d["unit"], d["unit"])) == _key(e["unit"])
        return same and all(_close(d[k], float(e[k])) for k in keys)
    try:
        a, b = units.UNITS[units.canonical(d["unit"])], units.UNITS[eu]
    except (UnitError, KeyError):
        return False
    if a.dimension != b.dimension and {a.dimension, b.dimension} not in _SAME_DIMENSION:
        return False
    return all(_close(d[k] * a.scale / (b.scale * factor), float(e[k])) for k in keys)


def _key(unit: str) -> str:
    return re.sub(r"\s+", " ", unit.strip().lower()).replace("bác sỹ", "bác sĩ")


def score_draft_file(path: Path) -> DraftScore:
    rows = list(csv.DictReader(path.with_suffix(".expected.csv").open(encoding="utf-8")))
    expected = [r for r in rows if r["kind"] != "none"]
    reading = draft.draft(documents.read(path).text)
    drafted = reading.targets
    written = {u["id"]: u["vi"] for u in reading.catalog.get("units", [])}
    s = DraftScore(expected=len(expected))
    left = list(expected)
    for d in drafted:
        number = "" if d.get("number") is None else str(d["number"])
        hit = next((e for e in left
                    if e["number"] == number and e["kind"] == d["kind"] and _values(d, e, written)), None)
        if hit:
            left.remove(hit)
            s.found += 1
            continue
        near = next((e for e in left if _values(d, e, written)), None)
        if near is not None and near["kind"] == d["kind"]:
            s.wrong_number.append((path.name, number, near["number"], d["source"]))
        elif near is not None:
            s.wrong_kind.append((path.name, d["kind"], near["kind"], d["source"]))
        else:
            s.invented.append((path.name, number, d["kind"], d.get("value", (d.get("low"), d.get("high"))),
                               d["unit"], d["source"]))
    s.missed = [(path.name, e["number"], e["name"], e["kind"], e["value"] or (e["low"], e["high"]), e["unit"])
                for e in left]
    return s


@dataclass
class ExtractScore:
    countable: int = 0
    right: int = 0
    wrong: list = field(default_factory=list)
    missed: list = field(default_factory=list)

    def add(self, other: ExtractScore) -> None:
        self.countable += other.countable
        self.right += other.right
        self.wrong.extend(other.wrong)
        self.missed.extend(other.missed)


def _report_month(path: Path) -> Period:
    m = re.search(r"-(\d{4})-(\d{2})\.", path.name)
    return Period(int(m.group(1)), int(m.group(2)))


def _matches(p: dict, e: dict) -> bool:
    if any(str(p[k]) != e[k] for k in ("indicator", "period", "span", "measure")):
        return False
    if (p["qualifier"] or "=") != (e["qualifier"] or "="):
        return False
    label, factor = _SCALED.get(e["unit"].strip().lower(), (e["unit"], 1.0))
    eu = _unit(label)
    try:
        value, pu = float(p["value"]), units.canonical(p["unit"])
        if eu:
            a, b = units.UNITS[pu], units.UNITS[eu]
            if a.dimension != b.dimension and {a.dimension, b.dimension} not in _SAME_DIMENSION:
                return False
            value = value * a.scale / (b.scale * factor)
    except (UnitError, KeyError, TypeError, ValueError):
        return False
    return _close(value, float(e["value"]))


def score_extract_file(path: Path, catalog) -> ExtractScore:
    known = {t.id for t in catalog.targets} | {c.id for c in catalog.context}
    rows = list(csv.DictReader(path.with_suffix(".expected.csv").open(encoding="utf-8")))
    tracked = [r for r in rows if r["indicator"] in known]
    countable = [r for r in tracked if r["measure"] in ("level", "yoy_pct")
                 and r["span"] in ("month", "ytd", "year")]
    text = documents.read(path).text
    proposed = extract.extract(text, for_province(catalog, path), _report_month(path)).rows
    s = ExtractScore(countable=len(countable))
    for p in proposed:
        if not any(_matches(p, e) for e in tracked):
            s.wrong.append((path.name, *(str(p[k]) for k in (
                "indicator", "period", "span", "measure", "value", "qualifier", "unit")), p["note"][:160]))
    for e in countable:
        if any(_matches(p, e) for p in proposed):
            s.right += 1
        else:
            s.missed.append((path.name, *(e[k] for k in (
                "indicator", "period", "span", "measure", "value", "qualifier", "unit", "note"))))
    return s


# The corpus's sets: the first round's tuning texts; its held-out third, scored once and then read
# (spent); the later rounds, all held out.
SETS = {
    "tuned": lambda kind: texts(CORPUS / kind, held_out=False),
    "round1": lambda kind: texts(CORPUS / kind, held_out=True),
    **{r: (lambda kind, r=r: texts(CORPUS / r / kind, held_out=True)
           if (CORPUS / r / kind / "SOURCES.md").exists() else [])
       for r in (f"round{n}" for n in range(2, 47))},
}


def score(which: str) -> tuple[DraftScore, ExtractScore]:
    """Both scores on one set of the corpus (:data:`SETS`)."""
    d = DraftScore()
    for path in SETS[which]("targets"):
        d.add(score_draft_file(path))
    catalog = targets.load_catalog(CORPUS / "reports/indicators.yaml")
    x = ExtractScore()
    for path in SETS[which]("reports"):
        x.add(score_extract_file(path, catalog))
    return d, x


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=list(SETS), default="tuned",
                    help="tuned: the texts the rules were written from; round1: the first round's held-out "
                         "third; round2 to round36: scored once, then read")
    ap.add_argument("--verbose", "-v", action="store_true")
    a = ap.parse_args()
    d, x = score(a.set)
    side = a.set
    if not d.expected and not x.countable:
        print(f"{side}: no texts")
        return 0
    pd, px = 100 * d.found / max(d.expected, 1), 100 * x.right / max(x.countable, 1)
    print(f"draft ({side}): {d.found} of {d.expected} targets found ({pd:.0f}%); "
          f"{len(d.wrong_number)} wrong number, {len(d.wrong_kind)} wrong kind, {len(d.invented)} invented")
    print(f"extract ({side}): {x.right} of {x.countable} figures right ({px:.0f}%); "
          f"{len(x.wrong)} wrong rows proposed")
    if a.verbose:
        for title, items in (("draft wrong number", d.wrong_number), ("draft wrong kind", d.wrong_kind),
                             ("draft invented", d.invented), ("draft missed", d.missed),
                             ("extract wrong", x.wrong), ("extract missed", x.missed)):
            print(f"\n## {title}")
            for item in items:
                print("  ", " | ".join(map(str, item)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
