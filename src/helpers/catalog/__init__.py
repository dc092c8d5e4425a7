"""Resolutions: a catalog's city, year, groups, units, targets and their goals.

Imports only :mod:`helpers.values`.
"""
