"""Lines a printed page broke a sentence across, joined again (a PDF's or a yearbook's text as printed)."""

from __future__ import annotations

import re

# a line that goes on from the one before: in lower case or a number, not an item's marker nor a site's
# dateline ("baophutho.vn Theo kế hoạch …" after a title)
_MARKER_START = re.compile(r"^(?:[a-zđ]\)|\d+[.)]\s|\(\d+\)|[a-z0-9-]+\.(?:vn|com|net|org)\b)")


def unwrap(text: str) -> str:
    r"""The text with the printed lines a sentence was broken across joined ("… công nghiệp - xây dựng
    tăng khoảng\n12,5 - 13,5%. …"): a line that ends with no stop, a colon or a semicolon, followed by
    one that goes on in lower case or with a number, is one line with it.

    >>> unwrap("GRDP bình\nquân đầu người đạt 5.000 USD.\n- Thu ngân sách …")
    'GRDP bình quân đầu người đạt 5.000 USD.\n- Thu ngân sách …'
    """
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        prev = out[-1].rstrip()
        goes_on = (line[:1].islower() or line[:1].isdigit()) and not _MARKER_START.match(line)
        if prev and not prev.endswith((".", ";", ":", "!", "?", "…", ")")) and goes_on:
            out[-1] = f"{prev} {line.lstrip()}"
        else:
            out.append(line)
    return "\n".join(out)
