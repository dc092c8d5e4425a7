"""Reading texts: the number grammar, the words of plans and reports, documents, ``draft`` and
``extract``.

Imports :mod:`helpers.values` and :mod:`helpers.catalog` (and, for ``extract``'s cross-check, one
function of the analysis: :func:`helpers.analysis.progress.attainment`).
"""
