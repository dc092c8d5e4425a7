"""The engine: the scorecard (numbers, a status and a reason *code*), what the rest of the year
takes, series, the backtest. Pure functions: no words, no files written.

Imports the layers above it (values, catalog, reading, statistics); never ``present`` or ``render``.
"""
