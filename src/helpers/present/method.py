"""How each section of a report is computed, in the reader's language: the method on the page.

Every threshold in these paragraphs is read from the engine's own constants
(:mod:`helpers.analysis.progress`), never retyped, so a page cannot state a rule the engine does
not apply.
"""

from __future__ import annotations

from html import escape

from IPython.display import HTML

from ..analysis import progress
from ..values.period import Lang
from .fmt import label, months, number, pct

SECTIONS = ("status", "attainment", "growth_gaps", "pace", "changes", "coverage", "sources",
            "targets", "growth", "computation", "figures", "backtest", "wrong_calls", "scenario",
            "scenario_rows", "scenario_result", "basis_flow", "basis_growth", "basis_level",
            "basis_milestone")


def values(lang: Lang | str) -> dict[str, str]:
    """The engine's thresholds, written for ``lang``.

    Examples
    --------
    >>> values("vi")["pace_on"], values("en")["growth_risk"], values("vi")["stale"]
    ('95%', '2', '3 tháng')
    """
    return {
        "pace_on": pct(progress.PACE_ON_TRACK * 100, lang),
        "pace_risk": pct(progress.PACE_AT_RISK * 100, lang),
        "growth_on": number(progress.GROWTH_ON_TRACK_PP, lang),
        "growth_risk": number(progress.GROWTH_AT_RISK_PP, lang),
        "level_risk": pct(progress.LEVEL_AT_RISK * 100, lang),
        "stale": months(progress.STALE_AFTER_MONTHS, lang),
    }


def method(section: str, lang: Lang | str) -> HTML:
    """The paragraph that opens a report section: what it shows and how it is computed.

    Examples
    --------
    >>> "95%" in method("status", "en").data
    True
    """
    if section not in SECTIONS:
        raise ValueError(f"no method text for {section!r} (allowed: {', '.join(SECTIONS)})")
    text = label(f"x_{section}", lang).format(**values(lang))
    return HTML(f'<p class="ct-method">{escape(text, quote=False)}</p>')
