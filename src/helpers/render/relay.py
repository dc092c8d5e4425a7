"""Stands in for a forked report kernel where Jupyter expects a kernel process of its own.

Run by the kernel manager as ``python -I -S relay.py SOCKET ARG...`` (standard library only, so it
starts in a few milliseconds). It asks the warm process listening on ``SOCKET``
(:mod:`helpers.render.zygote`) for a kernel with the arguments ``ARG...`` (``-f CONNECTION_FILE`` and the
kernel's options), in this process's folder and environment, then:

* passes every signal Jupyter sends it (interrupt, terminate) on to the kernel;
* exits when the kernel exits: the kernel holds the other end of the socket, so its end of file
  means the kernel is gone, however it went;
* and when it is killed itself (as Jupyter kills a kernel), its end of the socket closes and the
  kernel exits too: the two live and die together, so Jupyter's view of "the kernel process" holds;
* when the worker that started it is gone (killed, out of memory: no one will shut this kernel
  down), it notices within :data:`WATCH` seconds, kills the kernel, removes the kernel's private
  folder and exits.
"""

import contextlib
import json
import os
import shutil
import signal
import socket
import sys

WATCH = 0.5  # seconds between checks that the worker is alive

FORWARDED = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGUSR1,
             signal.SIGUSR2)


def main(argv: list[str]) -> int:
    path, kernel_args = argv[0], argv[1:]
    parent = os.getppid()
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(path)
        request = {"argv": kernel_args, "cwd": os.getcwd(), "env": dict(os.environ)}
        conn.sendall(json.dumps(request).encode() + b"\n")
        reply = conn.makefile("rb")
        pid = int(reply.readline() or 0)
    except (OSError, ValueError) as e:
        print(f"chitieu: no kernel from the warm process at {path}: {e}", file=sys.stderr)
        return 1
    if not pid:
        print(f"chitieu: the warm process at {path} gave no kernel", file=sys.stderr)
        return 1

    def forward(signum, _frame):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signum)

    for s in FORWARDED:
        signal.signal(s, forward)
    conn.settimeout(WATCH)
    while True:  # nothing is ever sent: this waits for the kernel's end of file
        try:
            if not conn.recv(1):
                return 0
        except TimeoutError:
            if os.getppid() != parent:  # orphaned: the worker will never shut this kernel down
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
                _remove_folder(kernel_args)
                return 1
        except OSError:
            return 0


def _remove_folder(kernel_args: list[str]) -> None:
    """The kernel's private folder (``chitieu-kernel-*``, its connection file's), once orphaned."""
    with contextlib.suppress(ValueError, IndexError):
        folder = os.path.dirname(kernel_args[kernel_args.index("-f") + 1])
        if os.path.basename(folder).startswith("chitieu-kernel-"):
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
