"""The one exception hierarchy of chitieu.

Every error a user can cause (a bad file, a bad option) is a :class:`ChitieuError`; the command
line prints its message and exits 1 instead of showing a traceback.
"""

from __future__ import annotations


class ChitieuError(Exception):
    """Base class for every error chitieu reports to a user."""


class CatalogError(ChitieuError):
    """A target catalog file is malformed or inconsistent."""


class UnitError(ChitieuError):
    """A unit is unknown, or cannot be converted to the unit asked for."""


class ObservationsError(ChitieuError):
    """One or more statistics files are invalid; ``problems`` holds one per problem (a
    :class:`helpers.statistics.rules.Problem`, or a line of text), each printed on its own line."""

    def __init__(self, problems: list):
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


class RenderError(ChitieuError):
    """A render could not be planned or carried out."""


class DocumentError(ChitieuError):
    """A resolution or report handed to ``draft`` or ``extract`` cannot be read."""
