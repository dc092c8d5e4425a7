"""Stands in for a forked report kernel where Jupyter expects a kernel process of its own.

Run by the kernel manager as ``python -I -S relay.py SOCKET ARG...`` (standard library only, so it
starts in a few milliseconds). It asks the warm process listening on ``SOCKET``
(:mod:`helpers.render.zygote`) for a kernel with the arguments ``ARG...`` (``-f CONNECTION_FILE`` and the
kernel's options), in this process's folder and environment, then:

* passes every signal Jupyter sends it (interrupt, terminate) on to the kernel;
* exits when the kernel exits: the kernel holds the other end of the socket, so its end of file
  means the kernel is gone, however it went;
* and when it is killed itself (as Jupyter kills a kernel), its end of the socket closes and the
  kernel exits too: the two live and die together, so Jupyter's view of "the kernel process" holds.
"""

import contextlib
import json
import os
import signal
import socket
import sys

FORWARDED = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGUSR1,
             signal.SIGUSR2)


def main(argv: list[str]) -> int:
    path, kernel_args = argv[0], argv[1:]
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
    while reply.read(1):  # nothing is ever sent: this waits for the kernel's end of file
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
