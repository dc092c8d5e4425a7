"""Where the project's folders are: the workspace, found as git finds ``.git``.

The workspace (project folder) is, in this order:

1. the nearest folder holding ``data/raw/targets/``, walking up from the current directory: the
   project you are in is the one you mean (walking up the path as the shell names it first,
   ``$PWD``, so that a link inside a project to a folder elsewhere is still inside it);
2. ``$CHITIEU_HOME``, for a command run outside any project (a cron line that does not ``cd``);
3. the checkout the package was installed from (an editable install), if it holds that folder.

A render's kernels run in the project's folder, so they find the same project as the command that
started them wherever the notebooks live (the package's own, for a workspace without any).

A statistics folder belongs to a city: ``data/raw/statistics/<city id>/``. Processed data are one
file per city: ``data/processed/<city id>.parquet``.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .errors import ChitieuError

MARKER = Path("data") / "raw" / "targets"


class WorkspaceError(ChitieuError):
    """No project folder, or a folder it needs is missing."""


def _is_workspace(p: Path) -> bool:
    return (p / MARKER).is_dir()


def _where_the_user_stands() -> list[Path]:
    """The current folder as the shell names it (``$PWD``, which keeps links: a link inside a
    project to a folder elsewhere still lies inside the project), then as the system resolves it."""
    here = Path.cwd().resolve()
    logical = os.environ.get("PWD", "")
    with contextlib.suppress(OSError):
        if logical and Path(logical).is_absolute() and os.path.samefile(logical, here):
            return [Path(os.path.normpath(logical)), here]
    return [here]


def project_root() -> Path:
    for start in _where_the_user_stands():
        for p in (start, *start.parents):
            if _is_workspace(p):
                return p.resolve()
    here = Path.cwd().resolve()
    env = os.environ.get("CHITIEU_HOME")
    if env:
        root = Path(env).expanduser().resolve()
        if not _is_workspace(root):
            raise WorkspaceError(f"CHITIEU_HOME={env} holds no {MARKER}/ folder (a chitieu project "
                                 "has its catalogs there)")
        return root
    checkout = Path(__file__).resolve().parents[3]
    if _is_workspace(checkout):
        return checkout
    raise WorkspaceError(f"no chitieu project here: no {MARKER}/ in {here} or a folder above it; "
                         "run chitieu inside a project folder or set CHITIEU_HOME")


def require_dir(path: Path, what: str) -> Path:
    """``path`` if it is a folder, else a clear :class:`WorkspaceError` saying what is missing."""
    if not path.is_dir():
        raise WorkspaceError(f"missing folder {path}: {what}")
    return path


def raw_dir() -> Path:
    return project_root() / "data" / "raw"


def targets_dir() -> Path:
    return raw_dir() / "targets"


def statistics_dir() -> Path:
    return raw_dir() / "statistics"


def city_statistics_dir(city: str) -> Path:
    return statistics_dir() / city


def processed_dir() -> Path:
    return project_root() / "data" / "processed"


def processed_path(city: str) -> Path:
    return processed_dir() / f"{city}.parquet"


PACKAGED_NOTEBOOKS = Path(__file__).parents[1] / "notebooks"


def notebooks_dir() -> Path:
    """The workspace's own ``notebooks/`` where it exists (a city may adapt its reports), else the
    notebooks that ship inside the package (a ``pip install .`` has no checkout)."""
    own = project_root() / "notebooks"
    if own.is_dir():
        return own
    return require_dir(PACKAGED_NOTEBOOKS, "the report notebooks (01-targets.ipynb, …) live there")
