"""The one exception hierarchy of chitieu.

Every error a user can cause (a bad file, a bad option) is a :class:`ChitieuError`; the command
line prints its message and exits 1 instead of showing a traceback.
"""

from __future__ import annotations


class ChitieuError(Exception):
    """Base class for every error chitieu reports to a user.

    In a notebook it shows as its message alone: IPython asks an exception for
    ``_render_traceback_`` before it prints a traceback, and a user's mistake needs no traceback.
    """

    def _render_traceback_(self) -> list[str]:
        return [f"\x1b[1;31m{type(self).__name__}\x1b[0m: {self}"]


class CatalogError(ChitieuError):
    """A target catalog file is malformed or inconsistent."""


class ParameterError(ChitieuError):
    """A notebook's parameters are wrong; ``problems`` holds every one, each with what is allowed."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        head = "a parameter is wrong" if len(problems) == 1 else f"{len(problems)} parameters are wrong"
        super().__init__(head + ":\n" + "\n".join(f"  - {p}" for p in problems))


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
