"""Report kernels: started for this very interpreter, on private unix sockets, forked warm where
the render has a warm process (:mod:`helpers.zygote`).

The kernel spec is built in memory, so a render works however chitieu was installed (``pip
install``, conda, ``make``) without a kernelspec registered by hand. With a warm process, the
spec's command is :mod:`helpers.relay` (which asks the warm process for a forked kernel and stands
in for it); without one, ``python -m ipykernel_launcher``. Either way Jupyter's own kernel manager
runs it, so interrupting, shutting down and noticing a dead kernel work as for any kernel.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from jupyter_core.utils import run_sync

from .errors import RenderError

KERNEL = "chitieu"  # the name `make lab` registers; rendering needs no kernelspec
START_ATTEMPTS = 3  # a kernel can fail to start (on TCP, a port race); retried
RELAY = Path(__file__).with_name("relay.py")


def argv(zygote: str | None = None) -> list[str]:
    """The kernel's command: the relay to the warm process at ``zygote``, or a cold start."""
    if zygote:
        # -I -S: no site-packages, no user site, no PYTHON* variables: the relay needs none
        return [sys.executable, "-I", "-S", str(RELAY), zygote, "-f", "{connection_file}"]
    return [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]


def new_manager(zygote: str | None = None):
    """A kernel manager for this interpreter, on unix sockets in a private folder.

    The kernel listens on IPC sockets in a fresh 0700 folder: no TCP port to race for ("Address
    already in use") and none that another local user could reach. Where unix sockets are not
    available (Windows), TCP on 127.0.0.1 it is.
    """
    from jupyter_client import AsyncKernelManager
    from jupyter_client.kernelspec import KernelSpec

    # asynchronous: nbclient then gets a client whose waits yield to its event loop, so its check
    # that the kernel is alive keeps running; a blocking client waits for ever on a dead kernel
    km = AsyncKernelManager(kernel_name=KERNEL)
    km._kernel_spec = KernelSpec(argv=argv(zygote), display_name="chitieu (Python 3)",
                                 language="python", env={}, metadata={})
    if os.name == "posix":
        private = tempfile.mkdtemp(prefix="chitieu-kernel-")  # mode 0700
        km.transport = "ipc"
        km.ip = os.path.join(private, "k")
        km.connection_file = os.path.join(private, "kernel.json")
    return km


def start(cwd: Path, zygote: str | None = None):
    """A started kernel with the reports' imports done, in ``cwd``; :class:`RenderError` if none
    starts after :data:`START_ATTEMPTS` tries."""
    last: Exception | None = None
    for _ in range(START_ATTEMPTS):
        km = new_manager(zygote)
        try:
            run_sync(km.start_kernel)(
                extra_arguments=["--IPKernelApp.exec_lines=['import helpers.preload']"],
                cwd=str(cwd), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return km
        except Exception as e:  # a kernel that cannot start: try once more with fresh sockets
            last = e
            dispose(km)
    how = "forked by the warm process" if zygote else f"{sys.executable} -m ipykernel_launcher"
    raise RenderError(f"the report kernel did not start after {START_ATTEMPTS} attempts "
                      f"({how}): {last}")


def dispose(km) -> None:
    """Stop a kernel (if running) and remove its sockets and their private folder."""
    with contextlib.suppress(Exception):
        run_sync(km.shutdown_kernel)(now=True)  # also removes the connection file and sockets
    with contextlib.suppress(Exception):
        run_sync(km.cleanup_resources)()  # a kernel that never started
    if km.transport == "ipc":
        shutil.rmtree(os.path.dirname(km.connection_file), ignore_errors=True)


def kill(km) -> None:
    """Kill a kernel (from a watchdog thread): nbclient then sees a dead kernel and gives up. A
    forked kernel goes with its relay."""
    with contextlib.suppress(Exception):
        os.kill(km.provisioner.pid, signal.SIGKILL)
