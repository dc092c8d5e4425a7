"""Everything a reader sees: numbers and labels in vi/en, reasons worded, views, charts, and
``report`` (a notebook's first call).

Imports values, catalog, reading, statistics and analysis; never ``render``.
"""
