"""A city's published statistics: validate its raw files, and keep its processed table in step.

Raw files live in ``data/raw/statistics/<city id>/`` (DESIGN.md, "Observations") and are checked
against the ids of that city's catalogs (:mod:`helpers.statistics.rules`); every problem is reported, and a
city's processed table is written only when all of its files are valid.

The processed table ``data/processed/<city id>.parquet`` carries, in its metadata, a digest of
everything that built it: the content of every raw file of the city and of every catalog of the
city, and :data:`FORMAT`. :func:`load` compares that digest with the files on disk now: a file
added, edited, removed or renamed (or copied with an old timestamp) changes the digest and the
table is rebuilt from raw before anything reads it. A stale table is never used.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..catalog import targets
from ..catalog.targets import Catalog
from ..values import atomic, paths
from ..values.errors import ObservationsError
from .convert import for_catalog
from .readers import SUFFIXES, Unreadable, read_table
from .rules import PROCESSED, Problem, Vocabulary, check_table, cross_checks
from .vintages import KEY, as_of, revisions

__all__ = ["FORMAT", "Result", "as_of", "build", "load", "load_raw", "revisions", "validate",
           "vocabulary"]

# Bump when the processed columns or the rules change: old tables are then rebuilt.
FORMAT = "chitieu-observations-3"
_META_KEY = b"chitieu"


@dataclass
class Result:
    """What validating some files found: the good rows, and every problem and warning."""

    frame: pd.DataFrame
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


# --- vocabulary: what a city's rows may name ------------------------------------------------------

def vocabulary(city: str | Catalog, catalogs: list[Catalog] | None = None) -> Vocabulary:
    """The ids one city's statistics may use: those of all its catalogs (the newest catalog's unit
    where two disagree), and the ids of other cities' catalogs, to refuse them by name.

    ``city`` may be a catalog: its city, with that catalog counted even if it is not on file.
    """
    extra = [city] if isinstance(city, Catalog) else []
    city_id = city.city.id if isinstance(city, Catalog) else city
    on_file = targets.load_all(strict=False) if catalogs is None else catalogs
    everything = on_file + [c for c in extra if c.resolution not in {x.resolution for x in on_file}]
    mine = sorted((c for c in everything if c.city.id == city_id), key=lambda c: (c.year, c.resolution))
    units: dict[str, str] = {}
    for c in mine:
        units |= c.indicator_units
    foreign = {i: c.city.id for c in everything if c.city.id != city_id
               for i in c.indicator_units if i not in units}
    bases = {t.id: t.basis for c in mine for t in c.targets}
    return Vocabulary(city_id, units, tuple(c.resolution for c in mine), foreign, bases)


# --- validating files ------------------------------------------------------------------------------

def _name(path: Path) -> str:
    """How problems name a file: relative to the current folder where it is below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def validate(files: Iterable[str | Path], vocab: Vocabulary | Catalog) -> Result:
    """Validate several files together (duplicates are checked across them)."""
    if isinstance(vocab, Catalog):
        vocab = vocabulary(vocab, [vocab])
    records: list[dict] = []
    errors: list[Problem] = []
    warnings: list[Problem] = []
    for f in files:
        path = Path(f)
        name = _name(path)
        table = read_table(path)
        if isinstance(table, Unreadable):
            errors.append(Problem(name, table.line, table.column, table.message))
            continue
        checked = check_table(name, table, vocab)
        records += checked.records
        errors += checked.errors
        warnings += checked.warnings
    frame = pd.DataFrame(records, columns=PROCESSED)
    cross_err, cross_warn = cross_checks(frame)
    frame = frame.drop_duplicates(subset=KEY + ["published", "publisher", "value"])
    return Result(frame.reset_index(drop=True), errors + cross_err, warnings + cross_warn)


# --- a city's raw files --------------------------------------------------------------------------

def raw_files(city: str) -> list[Path]:
    """The statistics files of a city, in name order (hidden files and Excel's lock files aside)."""
    d = paths.city_statistics_dir(city)
    if not d.is_dir():
        return []
    return sorted(p for p in d.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES
                  and not p.name.startswith((".", "~$")))


def strays(cities: Iterable[str]) -> list[Problem]:
    """What in ``data/raw/statistics`` belongs to no city: files at its top, folders no catalog
    names, and files in a city's folder that are not statistics. Each is named, never skipped
    silently."""
    root = paths.statistics_dir()
    if not root.is_dir():
        return []
    cities = set(cities)
    found = []
    for p in sorted(root.iterdir()):
        if p.name.startswith("."):
            continue
        rel = _name(p)
        if p.is_file():
            found.append(Problem(rel, None, None, "statistics belong to a city: move this file "
                                 f"into data/raw/statistics/<city id>/ (cities: "
                                 f"{', '.join(sorted(cities)) or 'none'})"))
        elif p.name not in cities:
            found.append(Problem(rel, None, None, f"no catalog names the city {p.name!r} (allowed: "
                                 f"{', '.join(sorted(cities)) or 'none'}; add data/raw/targets/"
                                 f"<resolution>.yaml with city.id: {p.name})"))
        else:
            kept = set(raw_files(p.name))
            for q in sorted(p.iterdir()):
                if q not in kept and not q.name.startswith((".", "~$")):
                    found.append(Problem(_name(q), None, None, "skipped: not a statistics file "
                                         f"(allowed: {', '.join(SUFFIXES)} files in the city's "
                                         "folder)"))
    return found


# --- the processed table -------------------------------------------------------------------------

def _catalogs_of(city: str) -> list[Catalog]:
    return [c for c in targets.load_all(strict=False) if c.city.id == city]


def digest(city: str, catalogs: list[Catalog] | None = None) -> str:
    """A digest of everything the city's processed table is built from (see the module doc)."""
    root = paths.project_root()
    catalogs = _catalogs_of(city) if catalogs is None else catalogs
    h = hashlib.sha256(FORMAT.encode())
    for p in [*sorted(c.path for c in catalogs), *raw_files(city)]:
        with contextlib.suppress(ValueError):
            p = p.resolve().relative_to(root)
        h.update(str(p).encode() + b"\0" + hashlib.sha256((root / p).read_bytes()).digest())
    return h.hexdigest()


def build(city: str, catalogs: list[Catalog] | None = None) -> Result:
    """Validate every raw file of a city (nothing is written)."""
    everything = targets.load_all(strict=False) if catalogs is None else catalogs
    return validate(raw_files(city), vocabulary(city, everything))


def write_processed(frame: pd.DataFrame, city: str, stamp: str) -> Path:
    """Write a city's processed table with its input digest, atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = paths.processed_path(city)
    table = pa.Table.from_pandas(frame, preserve_index=False)
    meta = (table.schema.metadata or {}) | {_META_KEY: json.dumps({"digest": stamp}).encode()}
    with atomic.atomic_path(path) as tmp:
        pq.write_table(table.replace_schema_metadata(meta), tmp)
    return path


def _read_processed(path: Path, stamp: str) -> pd.DataFrame | None:
    """The processed table if it exists, is readable and was built from these inputs; else None."""
    import pyarrow.parquet as pq

    try:
        meta = pq.read_schema(path).metadata or {}
        if json.loads(meta.get(_META_KEY, b"{}")).get("digest") != stamp:
            return None
        frame = pd.read_parquet(path)
    except Exception:  # missing, truncated, junk: rebuilt from raw
        return None
    if list(frame.columns) != PROCESSED:
        return None
    frame["published"] = pd.to_datetime(frame["published"]).dt.date
    return frame


def load(catalog: Catalog | str) -> pd.DataFrame:
    """The processed observations of a catalog's city (or a city id), never stale; a catalog's in
    its own units (:func:`helpers.statistics.convert.for_catalog`).

    Read from ``data/processed/<city>.parquet`` when its digest matches the raw files and catalogs
    on disk; otherwise rebuilt from raw (and the table rewritten). :class:`ObservationsError` lists
    every problem when a raw file is invalid.
    """
    city = catalog.city.id if isinstance(catalog, Catalog) else catalog
    everything = targets.load_all(strict=False)
    if isinstance(catalog, Catalog) and catalog.resolution not in {c.resolution for c in everything}:
        everything.append(catalog)
    mine = [c for c in everything if c.city.id == city]
    stamp = digest(city, mine)
    path = paths.processed_path(city)
    frame = _read_processed(path, stamp)
    if frame is not None:
        return _in_units_of(frame, catalog)
    result = build(city, everything)
    if not result.ok:
        raise ObservationsError(result.errors + [
            f"the statistics of {city!r} are invalid: fix the lines above, then run `chitieu data`"])
    with contextlib.suppress(OSError):  # a read-only data/processed: use the rebuilt table
        write_processed(result.frame, city, stamp)
    return _in_units_of(result.frame, catalog)


def load_raw(catalog: Catalog) -> pd.DataFrame:
    """The catalog's city's raw statistics, validated, without touching ``data/processed``."""
    result = validate(raw_files(catalog.city.id), vocabulary(catalog))
    if not result.ok:
        raise ObservationsError(result.errors)
    return _in_units_of(result.frame, catalog)


def _in_units_of(frame: pd.DataFrame, catalog: Catalog | str) -> pd.DataFrame:
    """A catalog's figures in its own units; a city id's in its table's (the newest catalog's)."""
    return for_catalog(frame, catalog) if isinstance(catalog, Catalog) else frame
