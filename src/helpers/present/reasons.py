"""The reason of a scorecard row, in the reader's language.

The engine (:mod:`helpers.analysis.progress`) gives a
:class:`~helpers.analysis.progress.Reason` code and the numbers; this module words them, from
:mod:`helpers.present.fmt`'s labels, in Vietnamese or English. Nothing here computes: every number
comes from the row.
"""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from ..analysis.progress import Reason
from ..analysis.requirements import Requirement
from ..values import units
from ..values.errors import UnitError
from ..values.period import Lang, Period
from .fmt import computed, label, month_name, months, number, pct, quantity, span_text, target_text


def _unit_text(unit: str, lang: Lang) -> str:
    try:
        return units.label(unit, lang)
    except UnitError:  # a spelling as published that the table does not know: show it as is
        return unit


def explain(r: dict | pd.Series, lang: Lang | str) -> str:
    """One short sentence: what the figure is, against what, and what follows from it."""
    lang = Lang.parse(lang)
    r = dict(r)
    code = Reason(r["reason_code"])
    args = r.get("reason_args") or {}
    if code is Reason.NO_FIGURE:
        return label("no_data", lang)
    if code is Reason.MONTH_ONLY:
        return label("r_month_only", lang)
    if code is Reason.NOT_COMPARABLE:
        shown = quantity(args["value"], args["unit"], lang)  # the unit in the page's language
        when = f"{label(args['span'], lang)} {month_name(Period.parse(args['period']), lang)}"
        why = label(f"r_{args['why']}", lang).format(target=_unit_text(r["unit"], lang))
        return label("r_not_comparable", lang).format(figure=shown, when=when, why=why)
    bound = (label("at_least", lang) + " ") if r.get("at_least") else ""
    bound += (label("approx", lang) + " ") if r.get("approximate") else ""
    head = label("r_head", lang).format(
        when=span_text(r["span"], r["obs_period"], lang),
        actual=bound + quantity(r["actual"], r["unit"], lang), goal=target_text(SimpleNamespace(**r), lang))
    parts = [head]
    if r.get("status") == "no_outcome":
        parts.insert(0, label("r_no_outcome", lang).format(
            call=label(r["last_call"], lang), period=month_name(Period.parse(r["obs_period"]), lang),
            age=months(r["age_months"], lang)))
    elif r.get("stale"):
        parts.insert(0, label("r_stale", lang).format(period=month_name(Period.parse(r["obs_period"]), lang)))
    if code is Reason.GROWTH_GAP:
        parts.append(f"{number(round(r['gap'], 2), lang)} {label('pp', lang)}")
    else:
        parts.append(label("r_of_target", lang).format(pct=pct(r["attainment_pct"], lang)))
    if code is Reason.PACE:
        month = Period.parse(r["obs_period"]).month
        where = (label("r_linear", lang).format(month=month) if r.get("pace_basis") == "linear"
                 else label("r_profile", lang).format(year=r["pace_basis"]))
        parts.append(label("r_projected", lang).format(
            where=where, projected=computed(r["projected"], r["unit"], lang),
            pct=pct(r["projected_attainment_pct"], lang)))
    return "; ".join(parts)


def requirement(r: dict | pd.Series, lang: Lang | str) -> str:
    """What the rest of the year needs, in words ("" where the row has no figure)."""
    lang = Lang.parse(lang)
    code = r.get("requirement")
    if not isinstance(code, str) or not code:
        return ""
    code = Requirement(code)
    if code is Requirement.PACE or (code is Requirement.OUT_OF_REACH and r["basis"] == "flow"
                                    and r["kind"] != "max"):
        per_month = computed(r["required_per_month"], r["unit"], lang)
        if code is Requirement.OUT_OF_REACH:
            return label("q_out_of_reach_pace", lang).format(
                per_month=per_month, best=quantity(r["best_month"], r["unit"], lang))
        return label("q_pace", lang).format(per_month=per_month,
                                            ratio=number(round(r["required_ratio"], 2), lang))
    if code is Requirement.REST_GROWTH:
        basis = (label("q_basis_linear", lang) if r["required_basis"] == "linear"
                 else label("q_basis_year", lang).format(year=r["required_basis"]))
        return label("q_rest_growth", lang).format(
            rate=number(round(r["required_rest_growth"], 2), lang), basis=basis)
    return label({Requirement.MET: "q_met", Requirement.OUT_OF_REACH: "q_out_of_reach_ceiling",
                  Requirement.LEVEL: "q_level", Requirement.CEILING: "q_ceiling",
                  Requirement.SETTLED: "q_settled"}[code], lang)


def with_reasons(card: pd.DataFrame, lang: Lang | str) -> pd.DataFrame:
    """The scorecard with ``reason`` and ``what_it_takes`` in ``lang`` beside their codes."""
    rows = card.to_dict("records")
    return card.assign(reason=[explain(r, lang) for r in rows],
                       what_it_takes=[requirement(r, lang) for r in rows])
