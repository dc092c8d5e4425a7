"""Where the project's folders are.

The root is the checkout that holds ``data/`` (found from this file, as the package is installed in
editable mode), or ``$CHITIEU_HOME`` when set, so a scheduled job can point at another data folder.
"""

from __future__ import annotations

import os
from pathlib import Path


def project_root() -> Path:
    env = os.environ.get("CHITIEU_HOME")
    return Path(env).resolve() if env else Path(__file__).resolve().parents[2]


def raw_dir() -> Path:
    return project_root() / "data" / "raw"


def targets_dir() -> Path:
    return raw_dir() / "targets"


def statistics_dir() -> Path:
    return raw_dir() / "statistics"


def processed_dir() -> Path:
    return project_root() / "data" / "processed"


def observations_path() -> Path:
    return processed_dir() / "observations.parquet"


def notebooks_dir() -> Path:
    return project_root() / "notebooks"
