"""A draft as the YAML of a catalog, for review.
"""

from __future__ import annotations

import itertools

from .reader import Draft


def to_yaml(drafted: Draft, source: object) -> str:
    """The draft as a catalog file, with a header that says what to do with it.

    Examples
    --------
    >>> from .reader import draft
    >>> drafted = draft("25 chỉ tiêu phấn đấu năm 2024\\n- Tốc độ tăng trưởng kinh tế (GRDP): Trên 10%")
    >>> text = to_yaml(drafted, "a.txt")
    >>> text.splitlines()[0]
    '# Draft catalog read by `chitieu draft` from a.txt.'
    """
    import yaml

    head = (f"# Draft catalog read by `chitieu draft` from {source}.\n"
            "# Review before saving into data/raw/targets/: every target lists under 'review' what a\n"
            "# person must check (always name.en, left in Vietnamese; kind, basis, unit or group where\n"
            "# they were guessed), and 'source' the text it was read from. Check city and title too.\n")
    catalog = dict(drafted.catalog)
    if any(item["number"] is None for item in catalog["items"]):
        # the catalog numbers every item; a text that prints none gets the list's order, each
        # target marked so that a reviewer gives the numbers the plan uses
        head += ("# The text prints no item numbers: the items are numbered in the order of the list,\n"
                 "# and each such target lists 'number' under 'review'.\n")
        printed = {item["number"] for item in catalog["items"]} - {None}
        free = (k for k in itertools.count(1) if k not in printed)  # never a number the text prints
        catalog["items"] = [
            item if item["number"] is not None else
            {**item, "number": next(free),
             "targets": [{**t, "review": [*t["review"], "number"]} for t in item["targets"]]}
            for item in catalog["items"]]
    body = yaml.safe_dump(catalog, allow_unicode=True, sort_keys=False, width=100)
    return head + body
