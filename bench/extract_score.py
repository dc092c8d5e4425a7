"""Score ``chitieu extract`` on a folder of real texts with hand-written expected readings.

Each ``<name>.txt`` has ``<name>.expected.csv`` beside it (written before any program read the
text): one row per figure about the city (indicator, period, span, measure, value, qualifier,
unit). The report month given to extract is the latest period among the expected rows.

A proposed row is **right** when an expected row has the same indicator, period, span, measure,
qualifier and value (in the expected row's unit); **wrong** otherwise. An expected row that no
proposed row matches is **missed**. Not counted as expected: ``share_pct`` rows (a "% of plan" is
never an extract row by design; it goes in the note and is checked), rows for other provinces or
the nation (``not_province``), and measures or spans extract does not know (``mom_pct``,
``quarter``). Usage: ``python bench/extract_score.py tests/data/reports/haiphong-2024-2026 -r
haiphong-2024``.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from pathlib import Path

from helpers.catalog import targets
from helpers.reading import documents, extract
from helpers.values import units
from helpers.values.period import Period

SKIP_MEASURES = {"share_pct", "mom_pct"}


def _expected(path: Path, known: set[str]) -> list[dict]:
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    return [r for r in rows if r["indicator"] in known and r["measure"] not in SKIP_MEASURES
            and r["span"] in ("month", "ytd", "year")]


def _same(p: dict, e: dict) -> bool:
    key = ("indicator", "period", "span", "measure")
    if any(p[k] != e[k] for k in key):
        return False
    if (p["qualifier"] or "=") != (e["qualifier"] or "="):
        return False
    try:
        value = units.convert(float(p["value"]), p["unit"], e["unit"])
    except Exception:  # a unit pair that cannot convert is not the same figure
        return False
    return math.isclose(value, float(e["value"]), rel_tol=1e-9, abs_tol=1e-9)


def score(folder: Path, resolution: str) -> dict:
    catalog = targets.load_catalog(resolution)
    known = {t.id for t in catalog.targets} | {c.id for c in catalog.context}
    total = {"right": 0, "wrong": 0, "missed": 0, "expected": 0, "files": 0}
    for text in sorted(folder.glob("*.txt")):
        exp = _expected(text.with_suffix(".expected.csv"), known)
        periods = sorted(r["period"] for r in exp) or ["2024-12"]
        doc = documents.read(text)
        rows = extract.extract(doc.text, catalog, Period.parse(periods[-1])).rows
        right = [p for p in rows if any(_same(p, e) for e in exp)]
        missed = [e for e in exp if not any(_same(p, e) for p in rows)]
        line = (f"{text.name}: {len(rows)} proposed, {len(right)} right, "
                f"{len(rows) - len(right)} wrong, {len(missed)} of {len(exp)} missed")
        print(line)
        for p in rows:
            if p not in right:
                print("    wrong: " + " ".join(str(p[k]) for k in (
                    "indicator", "period", "span", "measure", "value", "qualifier", "unit")))
        total["right"] += len(right)
        total["wrong"] += len(rows) - len(right)
        total["missed"] += len(missed)
        total["expected"] += len(exp)
        total["files"] += 1
    print(f"total: {total['files']} texts, {total['right'] + total['wrong']} proposed, "
          f"{total['right']} right, {total['wrong']} wrong; {total['missed']} of "
          f"{total['expected']} expected figures missed")
    return total


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("-r", "--resolution", required=True)
    a = ap.parse_args()
    score(a.folder, a.resolution)
    sys.exit(0)
