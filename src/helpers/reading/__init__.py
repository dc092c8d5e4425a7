"""Reading texts: the number grammar, the words of plans and reports, documents, and two readers,
each a subpackage of one module per concern with its rules in its docstring: ``draft`` (a
resolution's text into a draft catalog) and ``extract`` (a report's text into statistics rows).

Imports :mod:`helpers.values` and :mod:`helpers.catalog` (and, for ``extract``'s cross-check, one
function of the analysis: :func:`helpers.analysis.progress.attainment`).
"""
