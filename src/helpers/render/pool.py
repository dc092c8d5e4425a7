"""Worker processes for a render: one report at a time each, replaced when one dies, and gone
with the run however it ends.

:class:`concurrent.futures.ProcessPoolExecutor` marks the whole pool broken when one worker
dies (the out-of-memory killer, a notebook that kills it), and every report not yet finished
then fails with ``BrokenProcessPool``. Here each worker has a pipe of its own and is given one
report at a time, so the run knows which report a dead worker held: that report fails ("its
worker process died"), a new worker takes the next one, and the rest of the run goes on.

How a run ends, and what the workers do:

* **Normally**: each worker is told to stop, shuts its kernels down and exits.
* **A signal to the render** (SIGTERM, SIGINT, SIGHUP; see :func:`signals`): the render raises
  :class:`~helpers.values.errors.Interrupted`; on the way out :meth:`Pool.close` sends every
  worker SIGTERM, on which a worker runs its ``abandon`` hook (the runner kills its kernels and
  removes their folders) and exits at once; one still there after :data:`GRACE` seconds is
  killed. A terminal's Ctrl-C reaches the workers too: they ignore SIGINT and wait for the
  render's word, so that one process decides.
* **The render killed** (``kill -9``, which nothing can catch): each worker checks every
  :data:`WATCH` seconds that its parent is still the render, and otherwise abandons and exits.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

from ..values.errors import Interrupted, signal_name

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
WATCH = 0.5  # seconds between a worker's checks that the render is alive: well within the 10 s
GRACE = 5  # seconds a worker has to abandon its kernels once told to stop, then it is killed
_abandon: Callable[[], None] | None = None  # what a worker does before it exits abruptly


def on_abandon(hook: Callable[[], None]) -> None:
    """In a worker: run ``hook`` when the worker must exit at once (a signal, the render gone).

    Examples
    --------
    >>> on_abandon(lambda: None)  # the runner's hook kills the worker's kernels
    """
    global _abandon
    _abandon = hook


def _exit_now(code: int) -> None:
    with contextlib.suppress(BaseException):
        if _abandon is not None:
            _abandon()
    os._exit(code)


def _serve(conn, parent: int, initializer: Callable, initargs: tuple) -> None:
    """A worker's life: set up, then run what the render sends until it sends None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the render decides; it ends us with SIGTERM
    for s in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(s, lambda signum, _frame: _exit_now(128 + signum))

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WATCH)
        _exit_now(1)

    threading.Thread(target=watch, daemon=True, name="chitieu-parent-watch").start()
    initializer(*initargs)
    while True:
        try:
            task = conn.recv()
        except EOFError:
            _exit_now(1)
        if task is None:
            return
        fn, args = task
        try:
            result = (True, fn(*args))
        except Exception as e:  # the function's own failures are its result's business
            result = (False, f"{type(e).__name__}: {e}")
        conn.send(result)


class Died(Exception):
    """The worker running an item died; ``exitcode`` is its exit code (minus the signal's
    number where a signal killed it, as :mod:`multiprocessing` gives it)."""

    def __init__(self, exitcode: int | None):
        self.exitcode = exitcode
        how = (f"killed by {signal_name(-exitcode)}" if exitcode is not None and exitcode < 0
               else f"exit code {exitcode}")
        super().__init__(f"its worker process died ({how}; the system may be out of memory)")


class Pool:
    """``n`` worker processes started by ``ctx``, each running ``initializer(*initargs)`` first;
    started on entering the ``with`` block, stopped on leaving it (gracefully unless by an
    exception).

    Examples
    --------
    >>> import multiprocessing, operator
    >>> with Pool(1, multiprocessing.get_context("spawn"), print, ("ready",)) as pool:
    ...     [r for _, r in pool.map(operator.neg, [(1,), (2,)])]  # doctest: +SKIP
    [-1, -2]
    """

    def __init__(self, n: int, ctx, initializer: Callable, initargs: tuple = ()):
        self.n, self.ctx, self.initializer, self.initargs = n, ctx, initializer, initargs
        self.workers: dict[Any, tuple[Any, Any]] = {}  # process sentinel -> (process, pipe)

    def _start(self):
        mine, theirs = self.ctx.Pipe()
        p = self.ctx.Process(target=_serve, args=(theirs, os.getpid(), self.initializer,
                                                  self.initargs), daemon=True)
        p.start()
        theirs.close()
        self.workers[p.sentinel] = (p, mine)
        return p.sentinel

    def _drop(self, sentinel) -> None:
        process, pipe = self.workers.pop(sentinel)
        process.join()
        pipe.close()

    def map(self, fn: Callable, items: list[tuple]) -> Iterator[tuple[tuple, Any]]:
        """Yield ``(args, result)`` for each ``fn(*args)`` as it finishes: the result, or a
        :class:`Died` when the worker running it died (another worker takes the rest), or the
        text of the exception ``fn`` raised."""
        todo = deque(items)
        busy: dict[Any, tuple] = {}  # sentinel -> the args it runs

        def give(sentinel) -> None:
            while todo:
                try:
                    self.workers[sentinel][1].send((fn, todo[0]))
                except OSError:  # it died between two reports: nothing lost, a new one takes it
                    self._drop(sentinel)
                    sentinel = self._start()
                    continue
                busy[sentinel] = todo.popleft()
                return

        for sentinel in list(self.workers):
            give(sentinel)
        while todo and len(self.workers) < self.n:
            give(self._start())
        while busy:
            pipes = {self.workers[s][1]: s for s in busy}
            for ready in multiprocessing.connection.wait([*pipes, *busy]):
                sentinel = pipes.get(ready, ready)
                if sentinel not in busy:
                    continue  # its pipe and its sentinel were both ready: handled
                args = busy.pop(sentinel)
                process, pipe = self.workers[sentinel]
                try:
                    ok, result = pipe.recv()
                except (EOFError, OSError):  # dead: its report fails, a new worker goes on
                    self._drop(sentinel)
                    yield args, Died(process.exitcode)
                    if todo:
                        give(self._start())
                    continue
                yield args, (result if ok else RuntimeError(result))
                give(sentinel)

    def close(self, graceful: bool) -> None:
        """Stop every worker: asked to finish (``graceful``), or told by SIGTERM to abandon its
        work; any still alive after :data:`GRACE` seconds (or a minute, for a graceful end that
        shuts kernels down) is killed."""
        for process, pipe in self.workers.values():
            with contextlib.suppress(OSError, ValueError):
                if graceful:
                    pipe.send(None)
                else:
                    process.terminate()
        deadline = time.monotonic() + (60 if graceful else GRACE)
        for process, pipe in self.workers.values():
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join()
            pipe.close()
        self.workers.clear()

    def __enter__(self) -> Pool:
        """Start the workers now: they set up while the caller does its own (see :meth:`map`)."""
        while len(self.workers) < self.n:
            self._start()
        return self

    def __exit__(self, kind, value, tb) -> None:
        self.close(graceful=kind is None)


@contextlib.contextmanager
def signals() -> Iterator[None]:
    """While inside, SIGTERM, SIGINT and SIGHUP raise :class:`Interrupted` in the main thread
    (so every ``finally`` on the way out runs: workers stopped, lock released, temporary folders
    removed); the previous handlers come back after. Elsewhere than the main thread, nothing is
    changed (Python lets only the main thread set handlers).

    Examples
    --------
    >>> with signals():
    ...     pass
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, _frame):
        for s in STOP_SIGNALS:  # a second Ctrl-C must not cut the clean-up short (it is bounded)
            signal.signal(s, signal.SIG_IGN)
        raise Interrupted(signum)

    before = {s: signal.signal(s, stop) for s in STOP_SIGNALS}
    try:
        yield
    finally:
        for s, handler in before.items():
            signal.signal(s, handler)
