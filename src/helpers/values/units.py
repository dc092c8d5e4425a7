"""Units the city publishes in, and conversion between them.

Each spelling (Vietnamese or English, as published) maps to a canonical unit id. A canonical unit has
a dimension and a scale in that dimension's base unit, so converting is a ratio of scales. Units of
different dimensions (VND against USD) are never converted: there is no exchange rate on file.

The built-in table holds the units Vietnamese statistics are published in. A catalog may declare more
(``units:`` in its YAML, e.g. "bác sĩ/vạn dân"); :func:`declare` adds them to the table of this
process. A unit id means one thing everywhere: declaring an id or a spelling again with another
meaning is refused, so two cities' catalogs can never disagree about a unit.
"""

from __future__ import annotations

import contextlib
import functools
import unicodedata
from dataclasses import dataclass

import numpy as np

from .errors import UnitError


@dataclass(frozen=True)
class Unit:
    id: str
    dimension: str
    scale: float
    vi: str
    en: str


_UNITS = [
    Unit("percent", "percent", 1, "%", "%"),
    Unit("vnd", "vnd", 1, "đồng", "VND"),
    Unit("million_vnd", "vnd", 1e6, "triệu đồng", "million VND"),
    Unit("billion_vnd", "vnd", 1e9, "tỷ đồng", "bn VND"),
    Unit("trillion_vnd", "vnd", 1e12, "nghìn tỷ đồng", "trillion VND"),
    # a big city's GRDP or investment in English: "VND 2.5-2.6 quadrillion", "1.34 quadrillion VND"
    Unit("quadrillion_vnd", "vnd", 1e15, "triệu tỷ đồng", "quadrillion VND"),
    Unit("usd", "usd", 1, "USD", "USD"),
    Unit("thousand_usd", "usd", 1e3, "nghìn USD", "thousand USD"),
    Unit("million_usd", "usd", 1e6, "triệu USD", "million USD"),
    Unit("billion_usd", "usd", 1e9, "tỷ USD", "bn USD"),
    Unit("usd_per_person", "usd_per_person", 1, "USD/người", "USD per person"),
    Unit("million_vnd_per_person", "vnd_per_person", 1e6, "triệu đồng/người", "million VND per person"),
    # labour productivity: an amount a worker produces ("410 triệu đồng/lao động")
    Unit("million_vnd_per_worker", "vnd_per_worker", 1e6, "triệu đồng/lao động", "million VND per worker"),
    # the value land yields: "giá trị sản phẩm thu hoạch trên 1 ha … đạt trên 250 triệu đồng/ha"
    Unit("million_vnd_per_hectare", "vnd_per_area", 1e6, "triệu đồng/ha", "million VND per hectare"),
    Unit("tonnes", "tonnes", 1, "tấn", "tonnes"),
    Unit("thousand_tonnes", "tonnes", 1e3, "nghìn tấn", "thousand tonnes"),
    Unit("million_tonnes", "tonnes", 1e6, "triệu tấn", "million tonnes"),
    Unit("visits", "visits", 1, "lượt khách", "visits"),
    Unit("thousand_visits", "visits", 1e3, "nghìn lượt khách", "thousand visits"),
    Unit("million_visits", "visits", 1e6, "triệu lượt khách", "million visits"),
    Unit("worker_placements", "worker_placements", 1, "lượt lao động", "job placements"),
    Unit("persons", "persons", 1, "người", "persons"),
    Unit("households", "households", 1, "hộ", "households"),
    Unit("communes", "communes", 1, "xã", "communes"),
    Unit("party_members", "party_members", 1, "đảng viên", "party members"),
    Unit("party_organisations", "party_organisations", 1, "tổ chức đảng", "party organisations"),
    Unit("percentage_points", "percentage_points", 1, "điểm %", "percentage points"),
    Unit("hectares", "area", 1, "ha", "hectares"),
    Unit("thousand_hectares", "area", 1e3, "nghìn ha", "thousand hectares"),
    Unit("per_10k_people", "per_10k_people", 1, "/vạn dân", "per 10,000 people"),
    Unit("enterprises", "enterprises", 1, "doanh nghiệp", "enterprises"),
    Unit("projects", "projects", 1, "dự án", "projects"),
    Unit("cooperatives", "cooperatives", 1, "hợp tác xã", "cooperatives"),
]
UNITS: dict[str, Unit] = {u.id: u for u in _UNITS}
# Dimensions counted in whole things: a computed amount of them (a monthly requirement of job
# placements, a projection of visits) is shown as a whole number where its unit counts ones.
COUNTED = frozenset({"visits", "worker_placements", "persons", "households", "communes",
                     "party_members", "party_organisations", "enterprises", "projects",
                     "cooperatives"})


def is_count(unit: str) -> bool:
    """True for a unit that counts whole things one by one ("lượt lao động", "xã").

    Examples
    --------
    >>> is_count("worker_placements"), is_count("thousand_visits"), is_count("billion_vnd")
    (True, False, False)
    """
    u = UNITS[canonical(unit)]
    return u.dimension in COUNTED and u.scale == 1

# Other spellings seen in publications, besides each unit's id, vi and en labels.
_ALIASES = {
    "phần trăm": "percent",
    "percent": "percent",
    "per cent": "percent",
    "tourist arrivals": "visits",
    "million tourist arrivals": "million_visits",
    "arrivals": "visits",
    "visitors": "visits",
    "people": "persons",
    # ("… provide vocational training for at least 13,000 local workers, create 23,000-25,000 jobs")
    "workers": "persons",
    "local workers": "persons",
    "labourers": "persons",
    "laborers": "persons",
    "jobs": "worker_placements",
    "new jobs": "worker_placements",
    "million visitors": "million_visits",
    "thousand visitors": "thousand_visits",
    "tourists": "visits",  # "to welcome 3 million tourists in the fourth quarter"
    "million tourists": "million_visits",
    # ("4 million tourists, including 1.5 million foreign visitors")
    "million foreign visitors": "million_visits",
    "million international visitors": "million_visits",
    "million foreign tourists": "million_visits",
    "million international tourists": "million_visits",
    "foreign visitors": "visits",
    # ("there will be 2.5 million domestic visitors and 1.5 million turns of foreigners")
    "million domestic visitors": "million_visits",
    # ("more than 5.2 million domestic and foreign visitors": the whole)
    "million domestic and foreign visitors": "million_visits",
    "million domestic and international visitors": "million_visits",
    "domestic and foreign visitors": "visits",
    "domestic and international visitors": "visits",
    "domestic visitors": "visits",
    "million turns of foreigners": "million_visits",
    "million travelers": "million_visits",
    "million travellers": "million_visits",
    "international visitors": "visits",
    # ("3.5 million tourists by 2025, including 455,000 foreign arrivals")
    "foreign arrivals": "visits",
    "international arrivals": "visits",
    "thousand tourists": "thousand_visits",
    # "thu hút 15 triệu khách du lịch" (guests counted as "million tourists" are)
    "triệu khách": "million_visits",
    "nghìn khách": "thousand_visits",
    # "dự kiến sẽ đón khoảng 5 triệu du khách"
    "du khách": "visits",
    "lượt du khách": "visits",
    "triệu du khách": "million_visits",
    "nghìn du khách": "thousand_visits",
    "triệu lượt du khách": "million_visits",
    "nghìn lượt du khách": "thousand_visits",
    "vnđ": "vnd",
    "đ": "vnd",
    "dong": "vnd",  # English pages: "147 trillion dong", "95 Million Dong"
    "tỉ đồng": "billion_vnd",
    "billion vnd": "billion_vnd",
    "ngàn tỷ đồng": "trillion_vnd",
    "quadrillion vnd": "quadrillion_vnd",
    "quadrillion dong": "quadrillion_vnd",
    "nghìn tỉ đồng": "trillion_vnd",
    "triệu đô la mỹ": "million_usd",
    "tỷ đô la mỹ": "billion_usd",
    "tỉ đô la mỹ": "billion_usd",  # "Thu hút đầu tư trực tiếp nước ngoài đạt 1,4 tỉ đô la Mỹ"
    "triệu đô la": "million_usd",
    "triều usd": "million_usd",  # a typo: "kim ngạch nhập khẩu đạt khoảng 3.580 triều USD"
    # (in one word: "mục tiêu đạt kim ngạch xuất khẩu 604 triệu đôla Mỹ")
    "triệu đôla mỹ": "million_usd",
    "tỷ đôla mỹ": "billion_usd",
    "triệu đôla": "million_usd",
    "tỷ đôla": "billion_usd",
    "tỷ đô la": "billion_usd",
    "tỉ đô la": "billion_usd",
    "tỉ usd": "billion_usd",
    "billion usd": "billion_usd",
    "usd/person": "usd_per_person",
    "triệu đồng/1 ha": "million_vnd_per_hectare",
    "triệu đồng/héc ta": "million_vnd_per_hectare",
    "triệu đồng/hecta": "million_vnd_per_hectare",
    "million vnd/ha": "million_vnd_per_hectare",
    "vnd million per hectare": "million_vnd_per_hectare",  # "VND45.2 million per hectare"
    "triệu đồng/người lao động": "million_vnd_per_worker",
    "triệu đồng/lao động/năm": "million_vnd_per_worker",
    "million vnd/worker": "million_vnd_per_worker",
    "million vnd per worker": "million_vnd_per_worker",
    "ngàn tấn": "thousand_tonnes",
    "tấn thông qua": "tonnes",  # port cargo: "10.312 nghìn TTQ"
    "ttq": "tonnes",
    "nghìn ttq": "thousand_tonnes",
    "triệu ttq": "million_tonnes",
    "tons": "tonnes",
    "million tons": "million_tonnes",
    "thousand tons": "thousand_tonnes",
    "mt": "million_tonnes",
    "triệu lượt": "million_visits",
    "nghìn lượt": "thousand_visits",
    "lượt": "visits",
    "lượt người lao động": "worker_placements",
    "lượt người": "worker_placements",
    "lượt tổ chức đảng": "party_organisations",  # "kiểm tra 40 – 45 lượt tổ chức đảng"
    "lượt đảng viên": "party_members",
    "lượt dự án": "projects",  # "điều chỉnh tổng vốn đầu tư 31 lượt dự án": projects, no visits
    "lượt doanh nghiệp": "enterprises",
    "người/lượt": "worker_placements",
    "điểm phần trăm": "percentage_points",
    "pp": "percentage_points",
    "hecta": "hectares",
    "héc-ta": "hectares",
    "trên vạn dân": "per_10k_people",
}


def _key(spelling: str) -> str:
    # NFC so that a decomposed "ỷ" typed on another keyboard matches; case and spaces don't matter.
    return " ".join(unicodedata.normalize("NFC", spelling).casefold().split())


SPELLINGS: dict[str, str] = {}
for _u in _UNITS:
    for _s in (_u.id, _u.vi, _u.en):
        SPELLINGS[_key(_s)] = _u.id
SPELLINGS.update({_key(k): v for k, v in _ALIASES.items()})


def declare(unit: Unit) -> None:
    """Add a catalog's unit to this process's table; :class:`UnitError` if it clashes.

    Declaring a unit that is already known with the same meaning does nothing, so loading a catalog
    twice, or two catalogs declaring the same unit, is fine; a unit declared as written that the table
    has learnt since is read as the table's (:func:`_learnt_since`).
    """
    known = UNITS.get(unit.id)
    if known is None and _learnt_since(unit):
        return
    if known is not None and known != unit:
        raise UnitError(f"unit {unit.id!r} is already defined as {known.dimension}, scale "
                        f"{known.scale:g} ({known.vi} / {known.en}); one id, one meaning")
    for s in (unit.id, unit.vi, unit.en):
        other = SPELLINGS.get(_key(s))
        if other is not None and other != unit.id:
            raise UnitError(f"unit {unit.id!r}: the spelling {s!r} already means {other!r}")
    if known is None:
        UNITS[unit.id] = unit
        for s in (unit.id, unit.vi, unit.en):
            SPELLINGS[_key(s)] = unit.id
        canonical.cache_clear()
        _VERSION[0] += 1


def _learnt_since(unit: Unit) -> bool:
    """Whether ``unit`` is one a catalog declared as written (its own dimension, scale 1: what `chitieu
    draft` declares for "410 triệu đồng/lao động") whose words the table has since learnt as one of its
    own: its id is then made a spelling of that unit (the same words, the same amounts), so that the
    catalog loads as it did."""
    if unit.dimension != unit.id or unit.scale != 1:
        return False
    meant = {SPELLINGS.get(_key(s)) for s in (unit.vi, unit.en)} - {None}
    if len(meant) != 1 or SPELLINGS.get(_key(unit.id)) not in (None, *meant):
        return False
    SPELLINGS[_key(unit.id)] = meant.pop()
    canonical.cache_clear()
    _VERSION[0] += 1
    return True


_VERSION = [0]  # bumped on every change of the table, so that what is computed from it is redone


def table_version() -> int:
    """A number that changes whenever the table does (a unit declared, a scope left)."""
    return _VERSION[0]


@contextlib.contextmanager
def scoped():
    """The table as it is now, restored on leaving: a draft's units (each a spelling as the text
    wrote it, to review) are declared to check that the draft loads, and must not clash with the
    catalogs this process loads after.

    >>> with scoped():
    ...     declare(Unit("u_giuong", "u_giuong", 1, "giường", "giường"))
    ...     canonical("giường")
    'u_giuong'
    >>> "u_giuong" in UNITS
    False
    """
    units, spellings = dict(UNITS), dict(SPELLINGS)
    try:
        yield
    finally:
        UNITS.clear()
        UNITS.update(units)
        SPELLINGS.clear()
        SPELLINGS.update(spellings)
        canonical.cache_clear()
        _VERSION[0] += 1


def known_spellings() -> list[str]:
    """Every accepted unit spelling, for error messages and the data-entry dropdown."""
    return sorted({u.vi for u in UNITS.values()} | set(UNITS))


@functools.lru_cache(maxsize=1024)
def canonical(spelling: str) -> str:
    """Return the canonical unit id of a published spelling, or raise :class:`UnitError`."""
    unit = SPELLINGS.get(_key(str(spelling)))
    if unit is None:
        raise UnitError(f"unknown unit {spelling!r} (allowed: {', '.join(known_spellings())})")
    return unit


def comparable(unit: str, target_unit: str) -> bool:
    """True when a figure in ``unit`` can be converted to ``target_unit`` by scale alone."""
    return UNITS[canonical(unit)].dimension == UNITS[canonical(target_unit)].dimension


def factor(unit: str, target_unit: str) -> float:
    """Multiplier taking a figure in ``unit`` to ``target_unit``; :class:`UnitError` if impossible."""
    src, dst = UNITS[canonical(unit)], UNITS[canonical(target_unit)]
    if src.dimension != dst.dimension:
        raise UnitError(
            f"{src.vi} ({src.dimension}) cannot be converted to {dst.vi} ({dst.dimension}): "
            "no exchange rate or conversion is on file"
        )
    return src.scale / dst.scale


def scaled(value: float, by: float) -> float:
    """``value * by`` without the binary noise of a scale ratio (920.7 * 0.001 =
    0.9207000000000001): 15 significant digits hold at any magnitude, where rounding to fixed
    decimals would not."""
    return float(f"{value * by:.15g}")


def denoise(values) -> np.ndarray:
    """Floats without the binary noise of arithmetic (107.1326 − 105 = 2.1325999999999965):
    each rounded to 12 significant digits, far beyond any published figure's precision.

    Examples
    --------
    >>> denoise([107.1326 - 105, 12.28 - 13.5, float("nan")]).tolist()
    [2.1326, -1.22, nan]
    """
    arr = np.asarray(values, dtype=float)
    with np.errstate(all="ignore"):  # extreme magnitudes overflow the scale: they stay as they are
        mag = np.where(np.isfinite(arr) & (arr != 0), np.floor(np.log10(np.abs(arr))), 0)
        out = np.round(arr * 10.0 ** (11 - mag)) / 10.0 ** (11 - mag)
    return np.where(np.isfinite(out), out, arr)


def convert(value: float, unit: str, target_unit: str) -> float:
    """Convert ``value`` from ``unit`` to ``target_unit`` (920.7 triệu USD → 0.9207 billion_usd)."""
    return scaled(value, factor(unit, target_unit))


def label(unit: str, lang: str = "vi") -> str:
    """The unit as a reader sees it, in ``lang`` (``vi`` or ``en``)."""
    u = UNITS[canonical(unit)]
    return u.vi if lang == "vi" else u.en
