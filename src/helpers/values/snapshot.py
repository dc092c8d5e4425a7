"""The inputs a render read at its start, for its kernels to read again: one snapshot per run.

A render hashes each report's inputs (its catalog's bytes, its city's figures) when it starts,
and its kernels load their inputs later, each on its own. A file edited in between would reach the
pages but not the hashes, and an edit undone before the next run would leave the edited pages
"up to date" for good. So the runner leaves, in its private folder (:data:`helpers.values.cache.ENV`,
made at the start of a run and removed at its end), the catalog and the figures exactly as it
hashed them, and a report's kernel reads them from there: pages and hashes come from one read.
Outside a render (a notebook in JupyterLab) there is no snapshot and the files are read.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

import pandas as pd

from . import atomic
from .cache import ENV


def _stem(resolution: str) -> str:
    return "snapshot-" + hashlib.sha256(str(resolution).encode()).hexdigest()[:20]


def write(folder: Path, resolution: str, catalog: bytes, figures: pd.DataFrame) -> None:
    """Leave one resolution's inputs in the run's ``folder``, under the name the reports give it
    (``resolution``: a catalog's name, or the path ``render -r`` was given).

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> write(d, "haiphong-2021", b"resolution: x", pd.DataFrame({"a": [1]}))
    >>> sorted(p.suffix for p in d.iterdir())
    ['.pickle', '.yaml']
    """
    stem = _stem(resolution)
    atomic.write_bytes(folder / f"{stem}.yaml", catalog)
    atomic.write_bytes(folder / f"{stem}.pickle", pickle.dumps(figures, protocol=pickle.HIGHEST_PROTOCOL))


def find(resolution: str | None) -> tuple[Path, pd.DataFrame] | None:
    """The run's snapshot of ``resolution``: its catalog file and its figures, or None outside a
    render (or for a resolution the run did not snapshot).

    Examples
    --------
    >>> find("haiphong-2021") is None or isinstance(find("haiphong-2021")[0], Path)
    True
    """
    folder = os.environ.get(ENV)
    if not folder or resolution is None:
        return None
    stem = Path(folder) / _stem(resolution)
    try:
        figures = pickle.loads(stem.with_suffix(".pickle").read_bytes())
    except (OSError, pickle.UnpicklingError):
        return None
    return stem.with_suffix(".yaml"), figures
