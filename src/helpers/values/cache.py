"""Results computed once per render and shared by every report of it that needs them.

A render runs many reports on the same figures: one month's scorecard is needed by its scorecard
page (and by the next month's, for what changed), its growth page and each of its indicator
pages, in both languages, some thirty times in all. The runner gives its kernels a private folder
(the ``CHITIEU_CACHE`` variable; made at the start of a run, removed at its end); a result is
stored there under the hash of its inputs (the function, the catalog, the figures, the
parameters) and read back by the next report that asks for the same. Without the variable (a
notebook opened in JupyterLab) results are kept in the kernel's memory only.

Only functions of their arguments are cached, and a reader gets a copy: a report that changes
what it was given changes nothing for the next one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from . import atomic

ENV = "CHITIEU_CACHE"
_memory: dict[str, Any] = {}


def _bytes(part: object) -> bytes:
    if isinstance(part, pd.DataFrame):
        cells = pd.util.hash_pandas_object(part, index=True).to_numpy().tobytes()
        return cells + repr(list(part.columns)).encode()
    if isinstance(part, bytes):  # a file's content: hashed as it is, not as its repr
        return part
    return repr(part).encode()


def key(fn: Callable, *args: object) -> str:
    """The hash of a call: the function's qualified name and every argument."""
    h = hashlib.sha256(f"{fn.__module__}.{fn.__qualname__}".encode())
    for a in args:
        h.update(hashlib.sha256(_bytes(a)).digest())
    return h.hexdigest()


def _copy(value: Any) -> Any:
    return value.copy() if isinstance(value, pd.DataFrame) else value


def memo(fn: Callable, *args: object) -> Any:
    """``fn(*args)``, computed once per render (or per kernel, outside a render)."""
    k = key(fn, *args)
    if k in _memory:
        return _copy(_memory[k])
    folder = os.environ.get(ENV)
    path = Path(folder) / f"{k}.pickle" if folder else None
    value = None
    if path is not None and path.is_file():
        with contextlib.suppress(Exception):  # unreadable (a run killed mid-write): computed again
            value = pickle.loads(path.read_bytes())
    if value is None:
        value = fn(*args)
        if path is not None:
            # a full disk costs speed, never the report; and a folder gone means the run is
            # over (killed): it is not made again, to be left behind
            with contextlib.suppress(OSError):
                atomic.write_bytes(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL),
                                   parents=False)
    _memory[k] = value
    return _copy(value)
