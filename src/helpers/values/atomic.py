"""Atomic file writes: a temporary file in the same folder, then a rename.

A reader (or a killed job) sees the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


def file_mode() -> int:
    """The mode a new file gets here: 0666 less the process's umask (mkstemp makes 0600).

    Linux states the umask in ``/proc/self/status``; elsewhere it is read by setting it and
    back, which another thread could see for an instant.

    Examples
    --------
    >>> oct(file_mode()) in ("0o644", "0o664", "0o640", "0o600", "0o660", "0o666")
    True
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike, parents: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``, on error it goes.
    Missing folders are made, unless ``parents`` is false (then a missing one is an OSError)."""
    path = Path(path)
    if parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=f".tmp{path.suffix}", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, file_mode())  # as if written in place: the umask decides, as for any tool
        os.replace(tmp, path)
    except OSError as e:
        if e.filename is None:  # a full disk is reported by write(), which names no file
            raise OSError(e.errno, e.strerror, str(path)) from e
        raise
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def write_bytes(path: str | os.PathLike, data: bytes, parents: bool = True) -> None:
    with atomic_path(path, parents) as tmp:
        tmp.write_bytes(data)


def write_text(path: str | os.PathLike, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))
