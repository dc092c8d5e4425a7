"""A render ended any way (a signal, ``kill -9``, a worker lost to the out-of-memory killer) leaves
nothing running and no temporary folder behind; real processes, real signals (issue 26, 5-7).

Each test starts ``chitieu render`` in a session of its own (as cron or a terminal would), watches
every process it starts (its workers, their relays, the warm process and the kernels it forks)
and, once a first page is written, ends it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from conftest import jobs_for

pytestmark = pytest.mark.slow

PERIOD = "2021-09"
GONE_WITHIN = 10  # seconds: the bound for every process and temporary folder


class Render:
    """`chitieu render -p 2021-09 --lang vi --jobs 2` in the background, with every process it
    ever started recorded (pid and start time: a pid the system reuses is not ours)."""

    def __init__(self, home: Path, tmp_path: Path, out: Path | None = None, **env: str):
        self.out = out or tmp_path / "out"
        self.tmp = tmp_path / "tmp"  # the run's TMPDIR: its kernels' and warm process's folders
        self.tmp.mkdir(parents=True)
        env = dict(os.environ, CHITIEU_HOME=str(home), TMPDIR=str(self.tmp), **env)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "helpers.cli", "render", "-r", "haiphong-2021", "--period",
             PERIOD, "--lang", "vi", "--jobs", "2", "--out", str(self.out)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
            start_new_session=True)
        self.seen: dict[int, float] = {}
        self.stderr = ""
        self._stop = threading.Event()
        threading.Thread(target=self._watch, daemon=True).start()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        self.stderr = self.proc.stderr.read()

    def _watch(self) -> None:
        while not self._stop.is_set():
            try:
                children = psutil.Process(self.proc.pid).children(recursive=True)
            except psutil.Error:
                return  # gone: what it started is recorded
            for p in children:
                with contextlib.suppress(psutil.Error):
                    self.seen.setdefault(p.pid, p.create_time())
            time.sleep(0.05)

    def pages(self) -> list[Path]:
        return sorted((self.out / "html/haiphong-2021" / PERIOD).glob("*.html"))

    def wait_for_pages(self, n: int = 1, timeout: float = 240) -> None:
        deadline = time.monotonic() + timeout
        while len(self.pages()) < n:
            assert self.proc.poll() is None, f"the render ended first: {self.stderr}"
            assert time.monotonic() < deadline, "no page written"
            time.sleep(0.05)

    def wait(self, timeout: float) -> int:
        code = self.proc.wait(timeout)
        self._stop.set()
        time.sleep(0.1)  # let the reader take the last of stderr
        return code

    def alive(self) -> list[str]:
        """What the render started that still runs."""
        left = []
        for pid, created in self.seen.items():
            try:
                p = psutil.Process(pid)
                if p.create_time() == created and p.status() != psutil.STATUS_ZOMBIE:
                    left.append(" ".join(p.cmdline())[:120])
            except psutil.Error:
                pass
        return left

    def leftovers(self) -> list[str]:
        """Temporary files and folders the run left: in TMPDIR, and in the output folder."""
        left = [p.name for p in self.tmp.iterdir()]
        if self.out.is_dir():
            left += [str(p.relative_to(self.out)) for p in self.out.rglob("*")
                     if ".tmp" in p.name or p.name.startswith("cache-")]
        return left

    def assert_nothing_left(self) -> None:
        deadline = time.monotonic() + GONE_WITHIN
        while (self.alive() or self.leftovers()) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert (alive := self.alive()) == [], f"still running: {alive}"
        assert (left := self.leftovers()) == [], f"left behind: {left}"


def test_sighup_ends_a_run_as_sigterm_does():
    """The terminal closed: SIGHUP takes the path SIGTERM takes below (one handler for the three
    signals), checked here in this process rather than with a fourth render."""
    from helpers.render import pool
    from helpers.values.errors import Interrupted

    before = signal.getsignal(signal.SIGHUP)
    with pytest.raises(Interrupted) as stopped, pool.signals():
        os.kill(os.getpid(), signal.SIGHUP)
        time.sleep(5)  # the handler raises at once; never reached
    assert stopped.value.signum == signal.SIGHUP and stopped.value.exit_code == 129
    assert signal.getsignal(signal.SIGHUP) is before  # handlers put back


@pytest.mark.parametrize(("signum", "group"), [
    (signal.SIGTERM, False),  # `kill PID`, systemd stopping the service
    (signal.SIGINT, True),  # Ctrl-C: the terminal signals the whole foreground group
    (signal.SIGTERM, True),  # `kill -- -PGID`
], ids=["term", "ctrl-c", "term-group"])
def test_a_signal_ends_the_whole_run_with_one_line(home, tmp_path, signum, group):
    render = Render(home, tmp_path)
    render.wait_for_pages()
    if group:
        os.killpg(render.proc.pid, signum)
    else:
        render.proc.send_signal(signum)
    code = render.wait(GONE_WITHIN)
    assert code == 128 + signum
    lines = render.stderr.strip().splitlines()
    name = signal.Signals(signum).name
    assert lines[-1].startswith(f"chitieu: stopped by {name}:"), render.stderr
    assert "Traceback" not in render.stderr and "Task exception" not in render.stderr
    render.assert_nothing_left()
    from filelock import FileLock

    FileLock(str(render.out / ".chitieu/render.lock")).acquire(timeout=0)  # released


def test_after_kill_9_of_the_render_its_children_end_within_seconds(home, tmp_path):
    """SIGKILL leaves the run no moment to clean up: its children end and take their temporary
    folders with them, but a file the run itself was writing (the manifest, between its temporary
    and its rename) can stay in the output folder. The next run removes it, under the lock, before
    anything else (this test once asserted none could stay, and failed when the kill fell in that
    moment)."""
    render = Render(home, tmp_path)
    render.wait_for_pages()
    render.proc.kill()
    render.wait(GONE_WITHIN)
    deadline = time.monotonic() + GONE_WITHIN
    while (render.alive() or list(render.tmp.iterdir())) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert render.alive() == [], "still running"
    assert list(render.tmp.iterdir()) == [], "left behind in TMPDIR"
    # counted once every child is gone: a worker may finish the page it was writing (atomically, as
    # every page) in the moment before it sees its parent gone; a CI run under load once caught one
    written = len(render.pages())
    time.sleep(2)  # nothing goes on writing pages once the run is gone
    assert len(render.pages()) == written
    # what the kill leaves when it falls between the manifest's temporary and its rename
    (render.out / ".chitieu/.manifest.k9k9k9k9.tmp.json").write_text("{")
    again = Render(home, tmp_path / "again", out=render.out)  # the next run, on the same folder
    assert again.wait(240) == 0, again.stderr
    again.assert_nothing_left()


def test_a_lost_worker_fails_its_report_and_the_run_goes_on(home, tmp_path):
    """The growth report's kernel kills the worker it runs for (SIGKILL, as the out-of-memory
    killer would): that report fails, the worker is replaced and every other report renders.

    The render runs as a service account would, with a home it cannot write to (here: a path
    under a file): matplotlib and IPython then fell back to a temporary folder of their own in
    every process, left behind (issue 26, 14)."""
    from test_robustness import append_cell

    append_cell(home, "import os, signal, psutil\n"
                      "from ipykernel import get_connection_file\n"
                      "mine = os.path.realpath(get_connection_file())\n"
                      "relay, = [p for p in psutil.process_iter(['cmdline'])\n"
                      "          if 'relay.py' in ' '.join(p.info['cmdline'] or [])\n"
                      "          and mine in map(os.path.realpath, p.info['cmdline'])]\n"
                      "os.kill(relay.ppid(), signal.SIGKILL)")
    (tmp_path / "a-file").write_text("")
    render = Render(home, tmp_path, HOME=str(tmp_path / "a-file/home"))
    code = render.wait(600)
    assert code == 1, render.stderr
    failed = [line for line in render.stderr.splitlines() if line.startswith("FAILED")]
    assert len(failed) == 1, render.stderr
    assert failed[0].startswith("FAILED 04-growth.ipynb"), failed
    assert "its worker process died (killed by SIGKILL" in failed[0], failed
    jobs = jobs_for([PERIOD], ("vi",))
    assert [j.key for j in jobs if not j.html(render.out).is_file()] == [f"{PERIOD}/04-growth.vi"]
    render.assert_nothing_left()
