"""The one exception hierarchy of chitieu.

Every error a user can cause (a bad file, a bad option) is a :class:`ChitieuError`; the command
line prints its message and exits 1 instead of showing a traceback. A run stopped by a signal
raises :class:`Interrupted` (exit 128 + the signal's number). These are every exit code chitieu
gives, with click's 2 for a usage error.
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


class Interrupted(BaseException):
    """The run was asked to stop by a signal (SIGTERM, SIGINT, SIGHUP).

    A :class:`BaseException`, like :class:`KeyboardInterrupt`: no ``except Exception`` on the
    way up may take it for a failed report and go on. The command line prints one line and
    exits :attr:`exit_code`, the shell's convention for a process ended by a signal.

    Examples
    --------
    >>> import signal
    >>> Interrupted(signal.SIGTERM).exit_code
    143
    >>> str(Interrupted(signal.SIGTERM))
    'stopped by SIGTERM'
    """

    def __init__(self, signum: int, rendered: int = 0):
        self.signum = int(signum)
        self.rendered = rendered  # reports written before the signal (set by the runner)
        super().__init__(f"stopped by {signal_name(signum)}")

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


def signal_name(signum: int) -> str:
    """``SIGTERM`` for 15; the number where the system has no name for it.

    Examples
    --------
    >>> signal_name(9)
    'SIGKILL'
    """
    import signal

    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"
