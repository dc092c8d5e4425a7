"""Content hashes of what a render reads: the ``helpers`` source, and the whole run's stamp.

A scheduled job mostly finds nothing new to render. Before pandas is imported or a figure is
loaded, ``chitieu render`` hashes everything a page can depend on: what was asked (resolutions,
months or ``--all``, languages), the project folder and the current year (a year that ends gains
its backtest), every catalog, every raw statistics file, every term plan, the notebooks and the
``helpers`` source.
It compares that stamp with the one left by the last run into the same folder that rendered all
it was asked; equal, and every page of that run still on disk, there is nothing to do, said in a
fraction of a second. Anything else takes the ordinary way, itself incremental report by report.

A run removes the stamp before it writes any page and leaves a new one only when every report it
was asked for rendered: a stamp on disk always describes the pages on disk.

This module imports nothing heavy: it is the whole of a no-op run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from ..values import atomic, paths

STATE = ".chitieu"
FILE = "stamp.json"


def digest(*parts: bytes) -> str:
    """One hash of several byte strings (each hashed first, so no two splits collide)."""
    h = hashlib.sha256()
    for p in parts:
        h.update(hashlib.sha256(p).digest())
    return h.hexdigest()


def source_hash() -> str:
    """The helpers package as the reports see it: every source and template file."""
    root = Path(__file__).parents[1]
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".j2", ".json"))
    return digest(*(p.relative_to(root).as_posix().encode() + p.read_bytes() for p in files))


def compute(request: dict) -> str:
    """The stamp of a render asked as ``request`` (plain values), from the files it would read."""
    root = paths.project_root()
    # the term plans too: the city pages read them
    folders = (paths.targets_dir(), paths.statistics_dir(), paths.raw_dir() / "terms")
    files = [p for folder in folders if folder.is_dir()
             for p in folder.rglob("*") if p.is_file()]
    files += list(paths.notebooks_dir().glob("*.ipynb"))
    named = sorted((p.resolve().as_posix(), p) for p in files)
    return digest(json.dumps(request, sort_keys=True, default=str).encode(),
                  str(root).encode(), str(dt.date.today().year).encode(), source_hash().encode(),
                  *(name.encode() + b"\0" + p.read_bytes() for name, p in named))


def _path(out: Path) -> Path:
    return out / STATE / FILE


def current(out: Path, stamp: str) -> list[str] | None:
    """The pages of the last complete run into ``out`` if its stamp is ``stamp`` and they are all
    still there; None otherwise."""
    try:
        data = json.loads(_path(out).read_text(encoding="utf-8"))
        pages = data["pages"] if data.get("stamp") == stamp else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not isinstance(pages, list) or not all(isinstance(p, str) and (out / p).is_file()
                                              for p in pages):
        return None
    return pages


def forget(out: Path) -> None:
    _path(out).unlink(missing_ok=True)


def record(out: Path, stamp: str, pages: list[Path]) -> None:
    """Leave ``stamp`` for ``pages`` (paths inside ``out``), after a run that rendered them all."""
    atomic.write_text(_path(out), json.dumps(
        {"stamp": stamp, "pages": sorted(p.relative_to(out).as_posix() for p in pages)}, indent=1))
