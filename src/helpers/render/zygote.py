"""A warm process that forks report kernels with the heavy imports already done.

A report kernel spends most of its start importing IPython, ipykernel, pandas, pyarrow,
matplotlib and seaborn (0.6 to 1.2 s of CPU, more than most reports' own code). This process pays
that once per render: it imports them (nothing else: no data, no kernel, no thread, no socket to a
kernel's client), then waits on a unix socket. For each request it forks; the child becomes a fresh
kernel (``IPKernelApp``, as ``python -m ipykernel_launcher`` would run it) in the requester's
folder and environment. Memory pages are shared copy-on-write, so a child costs what it writes.

Isolation: every report still gets its own kernel process, started from the same clean state (the
parent never runs a cell), so nothing one notebook defines reaches another. Children get their
own session (a terminal's Ctrl-C does not reach them) and a fresh random seed.

The requester is :mod:`helpers.render.relay`, a small process the kernel manager starts as if it were
the kernel; the child exits when the relay's end of the socket closes. Fork is used on Linux only:
elsewhere (macOS's system frameworks are not fork-safe, Windows has no fork) the runner starts
kernels the ordinary way.

Protocol: the relay sends one JSON line ``{"argv", "cwd", "env"}``; the parent answers with the
child's pid and a newline and closes its end; the child keeps the connection until it exits.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ..values.errors import RenderError

READY = b"ready\n"
START_TIMEOUT = 120  # seconds for the imports, on a machine busy with other work


def available() -> bool:
    """Whether kernels can be forked here (Linux)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


@dataclass
class Zygote:
    """The render's handle on its warm process."""

    process: subprocess.Popen
    socket: str

    def stop(self) -> None:
        """Stop the warm process (kernels it forked live on until their relays end them)."""
        with contextlib.suppress(OSError):
            self.process.kill()
        with contextlib.suppress(Exception):
            self.process.wait(10)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            with contextlib.suppress(Exception):
                stream.close()
        shutil.rmtree(os.path.dirname(self.socket), ignore_errors=True)

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        """Wait until the warm process listens; :class:`RenderError` (and stopped) if it cannot."""
        proc = self.process
        ready, _, _ = select.select([proc.stdout], [], [], timeout)
        if (proc.stdout.readline() if ready else b"") == READY:
            return
        why = "" if ready else f"not ready after {timeout:g} s"
        if proc.poll() is not None:
            why = (proc.stderr.read().decode(errors="replace").strip().splitlines()[-1:] or [why])[0]
        self.stop()
        raise RenderError(f"the warm kernel process did not start ({why})")


def launch(cwd: Path, leftovers: list[Path] = ()) -> Zygote:
    """Start the warm process; it warms up while the caller goes on (see :meth:`Zygote.wait_ready`
    and :func:`alive`). When the render is gone (ended, killed), it removes its own folder and the
    ``leftovers`` (the run's temporary folders) as it exits."""
    folder = tempfile.mkdtemp(prefix="chitieu-zygote-")  # mode 0700: only this user may connect
    path = os.path.join(folder, "s")
    proc = subprocess.Popen([sys.executable, "-m", "helpers.render.zygote", path,
                             *map(str, leftovers)], cwd=str(cwd),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    return Zygote(proc, path)


def alive(path: str, wait: float = START_TIMEOUT) -> bool:
    """Whether the warm process at ``path`` takes requests: it accepts a connection (and drops
    it, having been asked for nothing).

    While it warms up its folder is there and its socket not yet (the socket appears, by a rename,
    only once it listens): that is waited for, up to ``wait`` seconds. A process that failed or
    was stopped has no folder; one killed mid-run (the system out of memory, a notebook's doing)
    refuses. Either way the answer is no at once, and the next kernels start cold."""
    deadline = time.monotonic() + wait
    while not os.path.exists(path):
        if not os.path.isdir(os.path.dirname(path)) or time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(2)
    try:
        probe.connect(path)
        return True
    except OSError:
        return False
    finally:
        probe.close()


# --- inside the warm process ----------------------------------------------------------------------

def _warm_up() -> None:
    # no thread may be running when the process forks (a child would inherit its locks held and
    # the thread gone): OpenBLAS starts a pool at import, Arrow's jemalloc a background thread
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    os.environ.setdefault("JE_ARROW_MALLOC_CONF", "background_thread:false")
    from ipykernel import debugger, kernelapp  # noqa: F401  (IPython, zmq, tornado, debugpy)

    # as IPKernelApp.init_gui_pylab would, before matplotlib is first imported
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    import helpers.render.preload  # noqa: F401


def _become_kernel(conn: socket.socket, request: dict) -> None:
    """In the forked child: run a kernel until it shuts down; never returns."""
    code = 1
    try:
        os.setsid()
        for s in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP):  # the parent's handlers
            signal.signal(s, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        os.environ.pop("JPY_PARENT_PID", None)  # its parent is this warm process; the relay watches

        def watch() -> None:  # the relay gone (killed, or Jupyter gave up on it): so is the kernel
            with contextlib.suppress(OSError):
                while conn.recv(1):
                    pass
            os._exit(1)

        threading.Thread(target=watch, daemon=True, name="chitieu-relay-watch").start()
        import numpy as np

        np.random.seed()  # the parent's seed would repeat in every kernel
        from ipykernel.kernelapp import IPKernelApp

        sys.argv = ["ipykernel_launcher", *request["argv"]]
        app = IPKernelApp.instance()
        app.initialize(request["argv"])
        app.start()
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        with contextlib.suppress(BaseException):
            atexit._run_exitfuncs()
        os._exit(code)


def _read_request(conn: socket.socket) -> dict | None:
    conn.settimeout(10)
    data = b""
    with contextlib.suppress(OSError):
        while not data.endswith(b"\n"):
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
    try:
        request = json.loads(data)
    except ValueError:
        return None
    conn.settimeout(None)
    return request if isinstance(request, dict) else None


def _parent_of(pid: int) -> int | None:
    """The parent of ``pid`` (from /proc), or None if it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])


def serve(path: str, leftovers: list[str] = ()) -> None:
    """Warm up, listen on ``path``, fork a kernel per request; exit when stdin closes (the render
    that started this process is gone) or on SIGTERM or SIGHUP, removing the socket's folder and
    ``leftovers`` first. SIGINT is ignored: a terminal's Ctrl-C reaches this process too, and
    the render decides."""
    children: set[int] = set()

    def clean_up(*_args) -> None:
        # the render is gone: its kernels are orphans nobody will shut down, and one still
        # finishing a report could write into the folders about to be removed
        for pid in children:
            if _parent_of(pid) == os.getpid():  # still ours (a reaped pid can be reused)
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
        for folder in (os.path.dirname(path), *leftovers):
            shutil.rmtree(folder, ignore_errors=True)
        os._exit(0)

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, clean_up)
    signal.signal(signal.SIGHUP, clean_up)
    _warm_up()
    if len(os.listdir("/proc/self/task")) > 1:  # a library started a thread: forking is unsafe
        sys.exit("a thread is running after the imports; kernels cannot be forked safely")
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the system
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path + ".new")  # renamed once listening: a socket there is one that answers
    server.listen(64)
    os.rename(path + ".new", path)
    sys.stdout.buffer.write(READY)
    sys.stdout.flush()
    # from here on nothing reads this process's output: the children must not fill a pipe
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    stdin = sys.stdin.fileno()
    while True:
        ready, _, _ = select.select([server, stdin], [], [])
        if stdin in ready and not os.read(stdin, 1024):
            clean_up()
        if server not in ready:
            continue
        conn, _ = server.accept()
        request = _read_request(conn)
        if request is None:
            conn.close()
            continue
        pid = os.fork()
        if pid == 0:
            server.close()
            os.dup2(os.open(os.devnull, os.O_RDONLY), stdin)  # the render's pipe is not the kernel's
            _become_kernel(conn, request)
        children.add(pid)
        with contextlib.suppress(OSError):
            conn.sendall(f"{pid}\n".encode())
        conn.close()


if __name__ == "__main__":
    serve(sys.argv[1], sys.argv[2:])
