"""A page's CSV downloads as files beside it.

In the notebook (and in JupyterLab) a download is a link holding its CSV (``data:text/csv``), so it
works wherever the notebook is opened. On the site that would make every reader fetch every table's
CSV with the page (22 KB of the 2021-09 scorecard's 64 KB), so the render writes each one beside
its page, as ``<page>.<name>.csv``, and links that file: the page stays light, the file is fetched
only when asked for, and the folder still works offline.
"""

from __future__ import annotations

import base64
import binascii
import re
from pathlib import Path

from ..values import atomic

# the link views.download() writes; its name is made of [\w-] there
_LINK = re.compile(r'download="(?P<name>[\w-]+)\.csv" href="data:text/csv;charset=utf-8;base64,'
                   r'(?P<data>[A-Za-z0-9+/=]*)"')


def split(html: str, page: str) -> tuple[str, dict[str, bytes]]:
    """The page with its downloads linked as files, and those files' contents by file name.

    Parameters
    ----------
    html : str
        The page as nbconvert made it.
    page : str
        The page's file name without ``.html`` (``02-scorecard.vi``).

    Examples
    --------
    >>> link = '<a download="t.csv" href="data:text/csv;charset=utf-8;base64,YQo=">CSV</a>'
    >>> split(link, "02-scorecard.vi")
    ('<a download="t.csv" href="02-scorecard.vi.t.csv">CSV</a>', {'02-scorecard.vi.t.csv': b'a\\n'})
    """
    files: dict[str, bytes] = {}

    def _file(m: re.Match) -> str:
        name = f"{page}.{m['name']}.csv"
        try:
            files[name] = base64.b64decode(m["data"], validate=True)
        except binascii.Error:  # not ours: leave the link as it is
            return m.group(0)
        return f'download="{m["name"]}.csv" href="{name}"'

    return _LINK.sub(_file, html), files


def owner(csv: Path) -> Path:
    """The page a download belongs to: ``02-scorecard.vi.status.csv`` → ``02-scorecard.vi.html``.

    Examples
    --------
    >>> owner(Path("2021-09/03-indicator-exports.en.chart.csv")).as_posix()
    '2021-09/03-indicator-exports.en.html'
    >>> owner(Path("index.scorecard.csv")).name, owner(Path("index.en.counts.csv")).name
    ('index.html', 'index.en.html')
    """
    stem, *rest = csv.name.split(".")
    if rest and rest[0] in ("vi", "en"):
        return csv.with_name(f"{stem}.{rest[0]}.html")
    return csv.with_name(f"{stem}.html")  # a page in the site's first language: index.scorecard.csv


def write(page: Path, files: dict[str, bytes]) -> None:
    """Write a page's downloads beside it (each atomically) and remove the ones it no longer has;
    called before the page itself is written, so a page never links a file that is not there.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> write(d / "p.vi.html", {"p.vi.t.csv": b"a"})
    >>> sorted(p.name for p in d.iterdir())
    ['p.vi.t.csv']
    """
    for name, data in files.items():
        atomic.write_bytes(page.with_name(name), data)
    for old in page.parent.glob(f"{page.stem}.*.csv"):
        if old.name not in files and owner(old) == page:
            old.unlink(missing_ok=True)
