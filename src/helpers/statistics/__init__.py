"""A city's published figures: reading files, validation rules, vintages and the processed table.

Imports :mod:`helpers.values`, :mod:`helpers.catalog` and :mod:`helpers.reading` (the number grammar
reads a figure typed in a file as it reads one in a text).
"""
