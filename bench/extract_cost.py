"""What `chitieu extract` costs as one paragraph grows (issue 26, item 8): a paragraph of N
clauses without a full stop, each with two figures, read against Hai Phong 2021.

Prints, for N = 250, 1,000 and 5,000, the seconds and the seconds per thousand figures: a flat
last column means the cost grows in proportion (linear); before the fix, 1,000 clauses took
19.6 s and 5,000 over a minute.
"""

from __future__ import annotations

import time

from helpers.catalog import targets
from helpers.reading import extract
from helpers.values.period import Period


def paragraph(n: int) -> str:
    return "Tình hình kinh tế: " + "; ".join(
        f"thu ngân sách đạt {i % 900 + 100}.{i % 1000:03d} tỷ đồng, xuất khẩu tăng {i % 50},{i % 10}%"
        for i in range(1, n + 1)) + "."


def main() -> None:
    catalog = targets.load_catalog("haiphong-2021")
    print(f"{'clauses':>8} {'figures':>8} {'seconds':>8} {'s per 1000 figures':>19}")
    for n in (250, 1000, 5000):
        text = paragraph(n)
        start = time.perf_counter()
        got = extract.extract(text, catalog, Period.parse("2021-09"))
        seconds = time.perf_counter() - start
        figures = len(got.rows) + len(got.unmatched)
        print(f"{n:>8} {figures:>8} {seconds:>8.2f} {seconds / figures * 1000:>19.3f}")


if __name__ == "__main__":
    main()
