"""The target catalog: a resolution's numbered items and their leaf targets.

A catalog is a YAML file in ``data/raw/targets/<resolution>.yaml`` (see DESIGN.md, "The target
catalog"). :func:`load_catalog` parses and validates it; every problem names the file, the entry
and the field, so whoever edits the file can find and fix it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated, Literal

import pandas as pd
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ..values import cache, paths, units
from ..values.errors import CatalogError, UnitError
from ..values.period import Period

KINDS = ("min", "max", "range")
BASES = ("flow", "growth", "level", "milestone")
# Whose goal a number is: the plan the resolution sets (the default), the central government's
# estimate or assignment ("dự toán Trung ương giao", "Chính phủ giao"), the city council's estimate
# ("dự toán HĐND"), a stretch goal ("phấn đấu"). A target scores one; the others are shown.
GOALS = ("plan", "central", "council", "stretch")
# Who published a figure (the statistics' optional ``publisher`` column). Where publishers give
# different figures for the same thing, every figure is kept and the first publisher of this list
# that gave one is scored (DESIGN.md, "Sources"): the statistics office measures; the city
# government reports, often before the office's figure is out; the council and the party
# committee restate; a department gives its sector's; a paper that names no source comes last. A
# row naming none (every file written before the column) ranks after them all, so such a file
# reads as it did. A catalog may declare another order (``precedence:``); publishers it leaves
# out rank after those it names.
PUBLISHERS = ("statistics_office", "city_government", "council", "party_committee", "department",
              "press")

# Columns of the catalog table, in order: the JSON/CSV contract of ``chitieu targets``.
COLUMNS = [
    "id", "number", "group", "name_vi", "name_en", "parent", "kind",
    "value", "low", "high", "unit", "basis",
]

Id = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
Slug = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]*$", max_length=60)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Names(_Strict):
    vi: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def __getitem__(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


class City(Names):
    """The city (province) a resolution belongs to; ``id`` names its statistics folder."""

    id: Slug


class Group(Names):
    """A group of targets (economy, society, …) with its heading in both languages."""

    id: Id


# Every catalog has these groups; a catalog may add more (``groups:``) or relabel one of them.
DEFAULT_GROUPS = (
    Group(id="economic", vi="Kinh tế", en="Economy"),
    Group(id="social", vi="Xã hội", en="Society"),
    Group(id="environment", vi="Môi trường", en="Environment"),
    Group(id="party", vi="Xây dựng Đảng", en="Party building"),
)


class UnitDecl(Names):
    """A unit the catalog adds to the built-in table (see :mod:`helpers.values.units`)."""

    id: Id
    dimension: Id
    scale: float = Field(gt=0, allow_inf_nan=False)

    def unit(self) -> units.Unit:
        return units.Unit(self.id, self.dimension, self.scale, self.vi, self.en)


class Territory(Names):
    """The territory a catalog measures, where the city's changed (a merger): its figures name it
    (the statistics ``territory`` column); a catalog that names none measures the city as it was
    first, and reads the figures that name none."""

    id: Slug


class Growth(_Strict):
    """The GRDP growth headline and its sector components: what the growth report shows."""

    headline: Id
    components: list[Id] = []

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.headline, *self.components)


class _Unit(_Strict):
    unit: str

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, v: str) -> str:
        try:
            return units.canonical(v)
        except UnitError as e:
            raise ValueError(str(e)) from None


def _check_bounds(kind: str, value: float | None, low: float | None, high: float | None) -> None:
    if kind == "range":
        if low is None or high is None:
            raise ValueError("a range needs both 'low' and 'high'")
        if value is not None:
            raise ValueError("a range has 'low' and 'high', not 'value'")
        if low > high:
            raise ValueError(f"low {low:g} is greater than high {high:g}")
    else:
        if value is None:
            raise ValueError(f"a '{kind}' target needs 'value'")
        if low is not None or high is not None:
            raise ValueError(f"a '{kind}' target has 'value', not 'low'/'high'")


class Goal(_Strict):
    """Another goal for the same target (a stretch goal, the council's estimate): shown beside the
    scored one with its attainment, never scored. Its kind is the target's unless it says."""

    name: Literal[GOALS]
    kind: Literal[KINDS] | None = None
    value: float | None = Field(default=None, allow_inf_nan=False)
    low: float | None = Field(default=None, allow_inf_nan=False)
    high: float | None = Field(default=None, allow_inf_nan=False)
    # where the number was published (shown with it)
    source: str | None = Field(default=None, pattern=r"^https?://\S+$")


class Target(_Unit):
    """One leaf target: a number the resolution asks for."""

    id: Id
    number: int = Field(ge=1)
    group: Id
    name: Names
    note: Names | None = None
    parent: str | None = None
    kind: Literal[KINDS]
    value: float | None = Field(default=None, allow_inf_nan=False)
    low: float | None = Field(default=None, allow_inf_nan=False)
    high: float | None = Field(default=None, allow_inf_nan=False)
    basis: Literal[BASES]
    # the id of the series holding this growth rate's levels (GRDP at constant prices), used to
    # weigh the months when working out the growth the rest of the year needs
    levels: Id | None = None
    # other names a statistics report uses for it, for ``chitieu extract``
    aliases: list[str] = []
    # left by ``chitieu draft``: the text the target was read from, and what a person must check
    source: str | None = None
    review: list[str] = []
    # whose goal ``value`` (or ``low``/``high``) is, and the target's other goals
    goal: Literal[GOALS] = "plan"
    goals: list[Goal] = []

    @model_validator(mode="after")
    def _bounds(self) -> Target:
        _check_bounds(self.kind, self.value, self.low, self.high)
        seen = {self.goal}
        for g in self.goals:
            if g.name in seen:
                raise ValueError(f"goal {g.name!r} named twice (each goal once: the scored one is "
                                 f"{self.goal!r})")
            seen.add(g.name)
            try:
                _check_bounds(g.kind or self.kind, g.value, g.low, g.high)
            except ValueError as e:
                raise ValueError(f"goal {g.name!r}: {e}") from None
        return self

    def goal_threshold(self, g: Goal) -> float:
        """The number that counts as meeting another goal: its ``value``, or a range's ``low``."""
        return g.low if (g.kind or self.kind) == "range" else g.value

    @property
    def threshold(self) -> float:
        """The number that counts as met: ``value``, or a range's ``low``."""
        return self.low if self.kind == "range" else self.value


class ContextIndicator(_Unit):
    """A figure published beside the targets, shown for context and never scored."""

    id: Id
    name: Names
    basis: Literal[BASES]


class _Change(_Strict):
    """A target's goal as a revision changes it: the fields given replace the plan's."""

    id: Id
    kind: Literal[KINDS] | None = None
    value: float | None = Field(default=None, allow_inf_nan=False)
    low: float | None = Field(default=None, allow_inf_nan=False)
    high: float | None = Field(default=None, allow_inf_nan=False)
    goal: Literal[GOALS] | None = None
    goals: list[Goal] | None = None


class Revision(_Strict):
    """The plan revised from a month on (goals changed, targets added or dropped, a new territory):
    a report of that month or later measures against the revised plan."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    start_month: str = Field(alias="from", pattern=r"^\d{4}-\d{2}$")
    source: str | None = Field(default=None, pattern=r"^https?://\S+$")
    note: Names | None = None
    territory: Territory | None = None
    targets: list[_Change] = []
    add: list[dict] = []
    drop: list[Id] = []

    @property
    def start(self) -> Period:
        """The first month the revised plan is in force."""
        return Period.parse(self.start_month)


def _revise(plan: list[Target], rev: Revision, added: list[Target]) -> list[Target]:
    """``plan`` as ``rev`` leaves it (``added``: its new targets, validated); raises ValueError
    saying what is wrong and what is allowed."""
    ids = [t.id for t in plan]
    for cid in [c.id for c in rev.targets] + list(rev.drop):
        if cid not in ids:
            raise ValueError(f"no target {cid!r} in the plan it revises (allowed: {', '.join(ids)})")
    changes = {c.id: c for c in rev.targets}
    out = []
    for t in plan:
        if t.id in rev.drop:
            continue
        c = changes.get(t.id)
        if c is not None:
            data = t.model_dump()
            given = c.model_fields_set - {"id"}
            if given & {"value", "low", "high"}:  # a new goal replaces the old one whole
                data.update(value=c.value, low=c.low, high=c.high)
            data.update({k: getattr(c, k) for k in given - {"value", "low", "high"}})
            if "goals" in given:
                data["goals"] = [g.model_dump() for g in c.goals or []]
            try:
                t = Target.model_validate(data)
            except ValidationError as e:
                raise ValueError(f"target {t.id}: " + "; ".join(_message(x) for x in e.errors())) from None
        out.append(t)
    for t in added:
        if t.id in {x.id for x in out}:
            raise ValueError(f"added target {t.id!r} is already in the plan (allowed: a new id)")
        out.append(t)
    return out


class _Item(_Strict):
    number: int = Field(ge=1)
    group: Id
    targets: list[dict] = Field(min_length=1)


class _File(_Strict):
    resolution: Slug
    year: int = Field(ge=1900, le=2199)
    city: City
    title: Names
    units: list[UnitDecl] = []
    groups: list[Group] = []
    growth: Growth | None = None
    territory: Territory | None = None
    precedence: list[Literal[PUBLISHERS]] | None = None
    items: list[_Item] = Field(min_length=1)
    context: list[dict] = []
    revisions: list[dict] = []


@dataclass(frozen=True)
class Catalog:
    """A validated catalog: the leaf targets in the resolution's order, plus context indicators."""

    resolution: str
    year: int
    city: City
    title: Names
    targets: tuple[Target, ...]
    context: tuple[ContextIndicator, ...] = ()
    path: Path | None = field(default=None, compare=False)
    groups: tuple[Group, ...] = DEFAULT_GROUPS
    growth: Growth | None = None
    units: tuple[UnitDecl, ...] = ()
    territory: Territory | None = None
    revisions: tuple[Revision, ...] = ()
    # which publisher's figure is scored where several give one (first listed first)
    precedence: tuple[str, ...] = PUBLISHERS
    # set on the plan in force at a month (:meth:`in_force`): the revision it follows, its base
    revision: Revision | None = None
    base: Catalog | None = field(default=None, compare=False, repr=False)

    def in_force(self, period: Period | str) -> Catalog:
        """The plan in force at the report month ``period``: the catalog with every revision from
        that month or before applied, in order (the catalog itself when none applies).

        Examples
        --------
        >>> c = load_catalog("haiphong-2021")
        >>> c.in_force("2021-09") is c
        True
        """
        root = self.base or self
        period = Period.parse(period)
        applied = [r for r in root.revisions if r.start <= period]
        if not applied:
            return root
        plan, territory = list(root.targets), root.territory
        for r in applied:
            added = [Target.model_validate(a) for a in r.add]
            plan = _revise(plan, r, added)
            territory = r.territory or territory
        return replace(root, targets=tuple(plan), territory=territory, revision=applied[-1], base=root)

    @property
    def all_targets(self) -> tuple[Target, ...]:
        """Every target the plan has at some month: the original plan's, then each added by a
        revision (the landing grid's rows)."""
        root = self.base or self
        out = list(root.targets)
        for r in root.revisions:
            for a in r.add:
                if a.get("id") not in {t.id for t in out}:
                    out.append(Target.model_validate(a))
        return tuple(out)

    def target(self, target_id: str) -> Target:
        for t in self.targets:
            if t.id == target_id:
                return t
        raise CatalogError(f"no target {target_id!r} in {self.resolution} (allowed: "
                           f"{', '.join(t.id for t in self.targets)})")

    def period_problem(self, period) -> str | None:
        """Why ``period`` cannot be a report month of this resolution, or None: a report month is
        in the resolution's year or the year before (its comparison base). The command line and
        the notebooks hold months to this one rule."""
        if period.year in (self.year, self.year - 1):
            return None
        return (f"{period}: outside {self.resolution} (allowed: months of {self.year - 1} and "
                f"{self.year}; another year's targets are another resolution)")

    def group(self, group_id: str) -> Group:
        for g in self.groups:
            if g.id == group_id:
                return g
        raise CatalogError(f"no group {group_id!r} in {self.resolution}")

    @property
    def used_groups(self) -> tuple[Group, ...]:
        """The groups that hold at least one target, in the catalog's order."""
        used = {t.group for t in self.targets}
        return tuple(g for g in self.groups if g.id in used)

    @property
    def indicator_units(self) -> dict[str, str]:
        """Every id an observation may name (targets, those a revision adds, and context), with
        its unit (the plan in force's where a revision changed it)."""
        return {i.id: i.unit for i in (*self.all_targets, *self.targets, *self.context)}

    def frame(self) -> pd.DataFrame:
        """The leaf targets as a table with the columns of :data:`COLUMNS`."""
        rows = [
            {
                **t.model_dump(include={"id", "number", "group", "parent", "kind", "value",
                                        "low", "high", "unit", "basis"}),
                "name_vi": t.name.vi,
                "name_en": t.name.en,
            }
            for t in self.targets
        ]
        return pd.DataFrame(rows, columns=COLUMNS)


class _UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML keeps the last of two equal keys silently; a catalog must not. Aliases are refused:
    a catalog has no use for them, and nine nested aliases expand to gigabytes (a "billion
    laughs" file) before any check could run."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, "YAML aliases are not allowed in a catalog (write the value out)",
                self.peek_event().start_mark)
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep)


def available() -> list[str]:
    """Names of the catalogs in ``data/raw/targets``."""
    return sorted(p.stem for p in paths.targets_dir().glob("*.yaml"))


def resolve(resolution: str | Path) -> Path:
    """The file of a catalog given by name (``haiphong-2021``) or by path."""
    p = Path(resolution)
    if p.suffix in (".yaml", ".yml") or p.is_file():
        if not p.is_file():
            raise CatalogError(f"{p}: no such catalog file")
        return p
    p = paths.targets_dir() / f"{resolution}.yaml"
    if not p.is_file():
        raise CatalogError(
            f"no catalog named {resolution!r} in {paths.targets_dir()} "
            f"(available: {', '.join(available()) or 'none'})"
        )
    return p


def _where(raw: dict, loc: tuple) -> str:
    """Name a pydantic error location as the entry and field a person would look for."""
    if len(loc) >= 4 and loc[0] == "items" and loc[2] == "targets":
        item = raw["items"][loc[1]]
        entry = item["targets"][loc[3]]
        ident = entry.get("id", f"#{loc[3] + 1}") if isinstance(entry, dict) else f"#{loc[3] + 1}"
        fld = ".".join(str(x) for x in loc[4:]) or "(entry)"
        return f"item {item.get('number', loc[1] + 1)}, target {ident}: field {fld}"
    if len(loc) >= 2 and loc[0] == "items":
        return f"item #{loc[1] + 1}: field {'.'.join(str(x) for x in loc[2:]) or '(entry)'}"
    if len(loc) >= 2 and loc[0] == "context":
        entry = raw["context"][loc[1]]
        ident = entry.get("id", f"#{loc[1] + 1}") if isinstance(entry, dict) else f"#{loc[1] + 1}"
        return f"context {ident}: field {'.'.join(str(x) for x in loc[2:]) or '(entry)'}"
    return f"field {'.'.join(str(x) for x in loc) or '(file)'}"


def _cut(text: str, most: int = 60) -> str:
    """A value as a message shows it: at most ``most`` characters."""
    return text if len(text) <= most else text[: most - 1] + "…"


def _message(err: dict) -> str:
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] in ("literal_error", "missing", "extra_forbidden"):
        got = "" if err["type"] == "missing" else f" (got {_cut(repr(err['input']))})"
        return f"{_cut(msg, 200)}{got}"
    return _cut(msg, 200)


def _validate(raw: object, source: Path) -> Catalog:
    if not isinstance(raw, dict):
        raise CatalogError(f"{source}: expected a mapping with 'resolution', 'year', 'city', 'items'")
    problems = []
    try:
        doc = _File.model_validate(raw)
    except ValidationError as e:
        for err in e.errors():
            problems.append(f"{source}: {_where(raw, err['loc'])}: {_message(err)}")
        raise CatalogError("\n".join(problems)) from None

    # the catalog's own units first: its targets may be in them
    for u in doc.units:
        try:
            units.declare(u.unit())
        except UnitError as e:
            problems.append(f"{source}: units {u.id}: {e}")
    groups = {g.id: g for g in DEFAULT_GROUPS} | {g.id: g for g in doc.groups}
    targets = []
    for i, item in enumerate(doc.items):
        if item.group not in groups:
            problems.append(f"{source}: item {item.number}: field group: unknown group "
                            f"{item.group!r} (allowed: {', '.join(groups)}; declare others "
                            "under 'groups:')")
        for j, entry in enumerate(item.targets):
            try:
                targets.append(Target.model_validate(
                    {"number": item.number, "group": item.group, **entry}))
            except ValidationError as e:
                for err in e.errors():
                    loc = ("items", i, "targets", j, *err["loc"])
                    problems.append(f"{source}: {_where(raw, loc)}: {_message(err)}")
    context = []
    for k, entry in enumerate(doc.context):
        try:
            context.append(ContextIndicator.model_validate(entry))
        except ValidationError as e:
            for err in e.errors():
                problems.append(f"{source}: {_where(raw, ('context', k, *err['loc']))}: "
                                f"{_message(err)}")
    ids = [t.id for t in targets] + [c.id for c in context]
    seen: set[str] = set()
    for t in (*targets, *context):
        if t.id in seen:
            problems.append(f"{source}: target {t.id}: field id: duplicate id {t.id!r}")
        seen.add(t.id)
    for t in targets:
        if t.parent is not None and t.parent not in ids:
            problems.append(
                f"{source}: item {t.number}, target {t.id}: field parent: "
                f"no target with id {t.parent!r}"
            )
    parent_of = {t.id: t.parent for t in targets}
    for t in targets:  # a target may not be its own parent, nor above itself in a loop
        chain, at = [t.id], t.parent
        while at is not None and at in parent_of and at not in chain:
            chain.append(at)
            at = parent_of[at]
        if at == t.id:
            problems.append(f"{source}: item {t.number}, target {t.id}: field parent: a loop "
                            f"({' → '.join([*chain, t.id])}) (allowed: a target that is not below "
                            "this one)")
    for t in targets:
        if t.levels is not None and t.levels not in ids:
            problems.append(f"{source}: item {t.number}, target {t.id}: field levels: "
                            f"no target or context indicator with id {t.levels!r}")
    by_id = {t.id: t for t in targets}
    for gid in doc.growth.ids if doc.growth else ():
        if gid not in by_id:
            problems.append(f"{source}: growth: no target with id {gid!r}")
        elif by_id[gid].basis != "growth":
            problems.append(f"{source}: growth: target {gid!r} has basis "
                            f"{by_id[gid].basis!r} (allowed: growth)")
    revisions = []
    plan = list(targets)
    for k, entry in enumerate(doc.revisions):
        where = f"{source}: revisions[{k}]"
        try:
            rev = Revision.model_validate(entry)
        except ValidationError as e:
            problems += [f"{where}: {_message(err)} (allowed: from: YYYY-MM, source, note, territory, "
                         "targets, add, drop)" for err in e.errors()]
            continue
        if rev.start.year != doc.year:
            problems.append(f"{where}: from {rev.start}: outside the plan's year (allowed: a month of "
                            f"{doc.year})")
            continue
        if revisions and rev.start <= revisions[-1].start:
            problems.append(f"{where}: from {rev.start}: not after the revision before it (allowed: "
                            "revisions in order of their month)")
            continue
        try:
            added = [Target.model_validate(a) for a in rev.add]
            plan = _revise(plan, rev, added)
        except ValidationError as e:
            problems += [f"{where}: add: {_message(err)} (allowed: a target as under items, with "
                         "its number and group)" for err in e.errors()]
            continue
        except ValueError as e:
            problems.append(f"{where}: {e}" + ("" if "allowed" in str(e) else
                                               " (allowed: a goal as a target states one)"))
            continue
        revisions.append(rev)
    order = doc.precedence or list(PUBLISHERS)
    twice = sorted({p for p in order if order.count(p) > 1})
    if twice:
        problems.append(f"{source}: field precedence: {twice[0]!r} listed twice (allowed: each "
                        "publisher once)")
    if problems:
        raise CatalogError("\n".join(problems))
    return Catalog(doc.resolution, doc.year, doc.city, doc.title, tuple(targets),
                   tuple(context), source, tuple(groups.values()), doc.growth, tuple(doc.units),
                   doc.territory, tuple(revisions), precedence=tuple(order))


def _read(source: Path) -> Catalog:
    try:
        data = source.read_bytes()
    except OSError as e:
        raise CatalogError(f"{source}: cannot read: {e.strerror}") from None
    # parsing is most of a report's start (YAML in pure Python, to keep line numbers): once per
    # render, shared by its reports; a catalog parsed elsewhere brings its units to this process
    catalog = cache.memo(_parse, data, source)
    for u in catalog.units:
        units.declare(u.unit())
    return catalog


def read_yaml(data: bytes, source: Path) -> object:
    """A data file's YAML (UTF-8, duplicate keys refused), or a :class:`CatalogError` naming the
    file, line and column."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise CatalogError(f"{source}: not UTF-8 text (byte {e.start})") from None
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else str(source)
        what = getattr(e, "problem", None) or str(e)
        raise CatalogError(f"{where}: malformed YAML: {what}") from None


def _parse(data: bytes, source: Path) -> Catalog:
    """A catalog from its bytes (:func:`_read` caches it by content: a catalog is immutable, and
    an edited file has other bytes)."""
    return _validate(read_yaml(data, source), source)


def from_yaml(text: str, source: Path) -> Catalog:
    """A catalog from YAML text, validated as a file at ``source`` would be."""
    return _parse(text.encode("utf-8"), source)


def load_catalog(resolution: str | Path | None = None) -> Catalog:
    """Load and validate a catalog by name or path.

    Parameters
    ----------
    resolution
        A catalog name in ``data/raw/targets`` (``haiphong-2021``) or a path to a YAML file;
        None is the newest resolution on file (:func:`newest`).

    Raises
    ------
    CatalogError
        With one line per problem, each naming the file, the entry and the field.
    """
    name = newest() if resolution is None else resolution
    catalog = _read(resolve(name))
    if catalog.path.parent.resolve() == paths.targets_dir().resolve() \
            and catalog.resolution != catalog.path.stem:
        raise CatalogError(f"{catalog.path}: field resolution: {catalog.resolution!r} differs from "
                           f"the file name (allowed: {catalog.path.stem!r}; one name, one file)")
    return catalog


def scan() -> tuple[list[Catalog], list[str]]:
    """Every catalog on file that loads, oldest year first, and the problems of those that don't."""
    found, problems = [], []
    for p in sorted(paths.targets_dir().glob("*")):  # a catalog saved as .yml is not silently ignored
        if p.is_file() and p.suffix.lower() in (".yml", ".yaml") and p.suffix != ".yaml":
            problems.append(f"{p}: not read: catalogs are named <resolution>.yaml (allowed: rename "
                            f"it {p.stem}.yaml)")
    for name in available():
        try:
            found.append(load_catalog(name))
        except CatalogError as e:
            problems.append(str(e))
    return sorted(found, key=lambda c: (c.year, c.resolution)), problems


def load_all(strict: bool = True) -> list[Catalog]:
    """Every catalog on file, oldest year first.

    ``strict``: every problem of every file at once, as a :class:`CatalogError`. Otherwise a broken
    catalog is left out, so that one city's typo does not stop another city's reports (the commands
    that name it, ``chitieu data`` and ``chitieu render`` still report it).
    """
    found, problems = scan()
    if problems and strict:
        raise CatalogError("\n".join(problems))
    return found


def newest() -> str:
    """The default resolution where one is needed: the latest year on file (then by name)."""
    names = available()
    if not names:
        raise CatalogError(f"no catalog in {paths.targets_dir()}: add <resolution>.yaml there")
    return load_all()[-1].resolution
