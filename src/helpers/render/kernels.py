"""Report kernels: started for this very interpreter, on private unix sockets, forked warm where
the render has a warm process (:mod:`helpers.render.zygote`).

The kernel spec is built in memory, so a render works however chitieu was installed (``pip
install``, conda, ``make``) without a kernelspec registered by hand. With a warm process, the
spec's command is :mod:`helpers.render.relay` (which asks the warm process for a forked kernel and stands
in for it); without one, ``python -m ipykernel_launcher``. Either way Jupyter's own kernel manager
runs it, so interrupting, shutting down and noticing a dead kernel work as for any kernel.
"""

from __future__ import annotations

import contextlib
import functools
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from queue import Empty

from jupyter_core.utils import run_sync

from ..values.errors import RenderError

KERNEL = "chitieu"  # the name `make lab` registers; rendering needs no kernelspec
START_ATTEMPTS = 3  # a kernel can fail to start (on TCP, a port race); retried
RELAY = Path(__file__).with_name("relay.py")
# A kernel_info request sent before the kernel listens, or answered before IOPub is subscribed,
# is asked again after this many seconds: a forked kernel starts in about 0.3 s, a cold one in 2.
RETRY = 0.25


def argv(zygote: str | None = None) -> list[str]:
    """The kernel's command: the relay to the warm process at ``zygote``, or a cold start."""
    if zygote:
        # -I -S: no site-packages, no user site, no PYTHON* variables: the relay needs none
        return [sys.executable, "-I", "-S", str(RELAY), zygote, "-f", "{connection_file}"]
    return [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]


@functools.cache
def ready_client():
    """The kernel client class the reports use (made on first use: jupyter_client is heavy)."""
    from jupyter_client.asynchronous import AsyncKernelClient

    class ReadyClient(AsyncKernelClient):
        """Ready as soon as IOPub carries the idle status of its ``kernel_info`` request.

        The stock client, having the reply, then waits for IOPub to stay silent for 0.2 s: on
        every report, a fifth of a second in which its core does nothing. The idle status of our
        own request proves the same thing (IOPub is connected and everything before it is read)
        without the wait. A request lost to a not yet connected socket is sent again, as the stock
        client does.
        """

        async def _async_wait_for_ready(self, timeout: float | None = None) -> None:
            deadline = time.monotonic() + (math.inf if timeout is None else timeout)
            while True:
                msg_id = self.kernel_info()
                if await self._idle_after(msg_id, min(RETRY, deadline - time.monotonic())):
                    with contextlib.suppress(Empty):
                        while True:
                            msg = await self.shell_channel.get_msg(timeout=5)
                            if msg["parent_header"].get("msg_id") == msg_id:
                                self._handle_kernel_info_reply(msg)
                                return
                    return
                if not await self._async_is_alive():
                    raise RuntimeError("Kernel died before replying to kernel_info")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"Kernel didn't respond in {timeout:g} seconds")

        async def _idle_after(self, msg_id: str, wait: float) -> bool:
            until = time.monotonic() + max(wait, 0.05)
            while (left := until - time.monotonic()) > 0:
                try:
                    msg = await self.iopub_channel.get_msg(timeout=left)
                except Empty:
                    return False
                if (msg["msg_type"] == "status" and msg["content"].get("execution_state") == "idle"
                        and msg["parent_header"].get("msg_id") == msg_id):
                    return True
            return False

        wait_for_ready = _async_wait_for_ready  # the public name is bound to the stock one

    return ReadyClient


# A unix socket's address holds 108 bytes with its final NUL (Linux's sun_path; macOS's holds 104)
SOCKET_PATH_MAX = 103


def new_manager(zygote: str | None = None):
    """A kernel manager for this interpreter, on unix sockets in a private folder.

    The kernel listens on IPC sockets in a fresh 0700 folder: no TCP port to race for ("Address
    already in use") and none that another local user could reach. Where unix sockets are not
    available (Windows), or the folder is too deep for a socket's address (a TMPDIR inside a
    deep working folder), TCP on 127.0.0.1 it is.
    """
    from jupyter_client import AsyncKernelManager
    from jupyter_client.kernelspec import KernelSpec

    # asynchronous: nbclient then gets a client whose waits yield to its event loop, so its check
    # that the kernel is alive keeps running; a blocking client waits for ever on a dead kernel
    km = AsyncKernelManager(kernel_name=KERNEL)
    km.client_factory = ready_client()
    km._kernel_spec = KernelSpec(argv=argv(zygote), display_name="chitieu (Python 3)",
                                 language="python", env={}, metadata={})
    if os.name == "posix":
        private = tempfile.mkdtemp(prefix="chitieu-kernel-")  # mode 0700
        km.connection_file = os.path.join(private, "kernel.json")
        if len(os.fsencode(os.path.join(private, "k-99999"))) <= SOCKET_PATH_MAX:
            km.transport = "ipc"
            km.ip = os.path.join(private, "k")
        # else (a TMPDIR too deep for a socket's address) TCP on 127.0.0.1, jupyter_client's default
    return km


def start(cwd: Path, zygote: str | None = None, live: set | None = None):
    """A started kernel with the reports' imports done, in ``cwd``; :class:`RenderError` if none
    starts after :data:`START_ATTEMPTS` tries. ``live`` holds it from the moment its folder
    exists (for :func:`abandon`, should the worker have to exit mid-start)."""
    last: Exception | None = None
    for _ in range(START_ATTEMPTS):
        km = new_manager(zygote)
        if live is not None:
            live.add(km)
        try:
            run_sync(km.start_kernel)(
                extra_arguments=["--IPKernelApp.exec_lines=['import helpers.render.preload']"],
                cwd=str(cwd), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return km
        except Exception as e:  # a kernel that cannot start: try once more with fresh sockets
            last = e
            dispose(km)
            if live is not None:
                live.discard(km)
    how = "forked by the warm process" if zygote else f"{sys.executable} -m ipykernel_launcher"
    raise RenderError(f"the report kernel did not start after {START_ATTEMPTS} attempts "
                      f"({how}): {last}")


def dispose(km) -> None:
    """Stop a kernel (if running) and remove its sockets and their private folder."""
    with contextlib.suppress(Exception):
        run_sync(km.shutdown_kernel)(now=True)  # also removes the connection file and sockets
    with contextlib.suppress(Exception):
        run_sync(km.cleanup_resources)()  # a kernel that never started
    _remove_private(km)


def _remove_private(km) -> None:
    """Remove the kernel's private folder (its connection file's, and on IPC its sockets'), on TCP
    too: the connection file is there whichever the transport."""
    folder = os.path.dirname(km.connection_file or "")
    if os.path.basename(folder).startswith("chitieu-kernel-"):
        shutil.rmtree(folder, ignore_errors=True)


def dispose_later(km, done=None) -> threading.Thread:
    """:func:`dispose` in a thread of its own (a shutdown waits on the kernel for a tenth of a
    second or more), then ``done(km)``; the thread's event loop is closed with it."""
    from jupyter_core.utils import ensure_event_loop

    def stop() -> None:
        try:
            dispose(km)
            if done is not None:
                done(km)
        finally:
            ensure_event_loop().close()

    thread = threading.Thread(target=stop, name="chitieu-dispose")
    thread.start()
    return thread


def alive(km) -> bool:
    """Whether a started kernel still runs (a spare one may die while it waits for its job)."""
    try:
        return bool(run_sync(km.is_alive)())
    except Exception:  # a manager whose kernel is gone or never started
        return False


def kill(km) -> None:
    """Kill a kernel (from a watchdog thread): nbclient then sees a dead kernel and gives up. A
    forked kernel goes with its relay."""
    with contextlib.suppress(Exception):
        os.kill(km.provisioner.pid, signal.SIGKILL)


def abandon(km) -> None:
    """Kill a kernel now and remove its private folder: for a worker that must exit at once
    (there is no time for Jupyter's shutdown, and no event loop to run it on)."""
    kill(km)
    _remove_private(km)
