"""A draft against a hand-written catalog: the targets found and those invented.
"""

from __future__ import annotations

from ...values import units


def score(drafted: list[dict], expected: list[dict], *, by_number: bool = True) -> tuple[int, list[dict]]:
    """How many ``expected`` targets the draft found with the right kind and values (and item
    number, ``by_number``), and the drafted targets that match none (invented).

    Values are compared in the expected target's unit, so a draft in "tỷ USD" matches a catalog
    in "bn USD" and one in "nghìn tỷ đồng" a catalog in "tỷ đồng".

    Examples
    --------
    >>> drafted = [{"number": 1, "kind": "min", "value": 2.5, "unit": "billion_usd"},
    ...            {"number": 2, "kind": "min", "value": 100.0, "unit": "percent"}]
    >>> expected = [{"number": 1, "kind": "min", "value": 2500.0, "unit": "million_usd"}]
    >>> found, invented = score(drafted, expected)
    >>> found, [d["number"] for d in invented]
    (1, [2])
    """
    left = list(expected)
    invented = []
    found = 0
    for d in drafted:
        hit = next((e for e in left if _same(d, e, by_number)), None)
        if hit is None:
            invented.append(d)
        else:
            left.remove(hit)
            found += 1
    return found, invented


def _same(d: dict, e: dict, by_number: bool) -> bool:
    if d["kind"] != e["kind"] or (by_number and d["number"] != e["number"]):
        return False
    if not units.comparable(d["unit"], e["unit"]):
        return False
    keys = ("low", "high") if e["kind"] == "range" else ("value",)
    return all(abs(units.convert(d[k], d["unit"], e["unit"]) - e[k]) <= 1e-9 * max(1, abs(e[k]))
               for k in keys)
