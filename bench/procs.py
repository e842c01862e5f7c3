"""Fresh processes for the benches, timed as the user waits for them, with like-for-like start-up.

A user's installed quizgen has its modules compiled to bytecode once (pip does it, or the first
run does); spaCy's already are. A shell with PYTHONDONTWRITEBYTECODE set makes every quizgen run
compile its hundred modules again (about 0.3 s of CPU per process, per worker too), which a user
never pays. So the processes a bench starts keep their bytecode in a private cache directory
(PYTHONPYCACHEPREFIX), filled by a warm-up run before anything is timed.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import tempfile
import termios
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Sample:
    """One finished process: wall seconds, CPU seconds (its own and its workers', user + system),
    and peak RSS in MB (the largest process of the run, worker processes included)."""

    wall: float
    cpu: float
    rss: float


def child_env(pycache: Path, code: Path = ROOT) -> dict[str, str]:
    """The environment of a timed process: the quizgen of checkout `code`, bytecode cached in `pycache`."""
    env = {**os.environ, "PYTHONPATH": str(code), "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run(args: list[str], env: dict[str, str], cwd: Path | None = None) -> Sample:
    """Run `args` to its end (in folder `cwd`); exit with its error output when it fails."""
    with tempfile.TemporaryFile() as stderr:  # a file, not a pipe: a pipe read after the end fills and blocks
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=stderr, env=env, cwd=cwd)
        _pid, status, usage = os.wait4(proc.pid, 0)
        took = time.perf_counter() - start
        if status:
            stderr.seek(0)
            sys.exit(f"failed: {' '.join(args)}: {stderr.read().decode(errors='replace')[-800:]}")
    return Sample(wall=took, cpu=usage.ru_utime + usage.ru_stime, rss=usage.ru_maxrss / 1024)


def best(samples: list[Sample]) -> Sample:
    """The least wall time, the least CPU time and the least peak memory of repeated runs: what the
    work costs when the rest of the machine gets least in its way."""
    return Sample(wall=min(s.wall for s in samples), cpu=min(s.cpu for s in samples), rss=min(s.rss for s in samples))


ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|[@-Z\\-_])")
"""Terminal control sequences (CSI, OSC, DCS and two-byte ones): what is left is the text drawn."""


def until_drawn(
    args: list[str], env: dict[str, str], drawn: bytes, size: tuple[int, int] = (100, 30), cwd: Path | None = None
) -> Sample:
    """Run `args` (in folder `cwd`) in a pseudo-terminal of `size` (columns, rows), as a learner's
    terminal, and stop it once the text matching the pattern `drawn` has been written to it.

    The whole process is timed, from its start to the screen a learner sees, with no hook inside
    it: the same for quizgen's command and for a baseline script. CPU is counted to the stop.
    """
    master, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    env = {**env, "TERM": "xterm-256color"}
    for name in ("COLUMNS", "LINES"):  # the terminal's own size, not an inherited one
        env.pop(name, None)
    pattern, screen, took = re.compile(drawn), b"", None
    start = time.perf_counter()
    proc = subprocess.Popen(
        args, stdin=terminal, stdout=terminal, stderr=terminal, env=env, cwd=cwd, start_new_session=True
    )
    os.close(terminal)
    try:
        while took is None and select.select([master], [], [], 60)[0]:
            try:
                screen += os.read(master, 1 << 16)
            except OSError:  # the process ended and closed the terminal
                break
            if pattern.search(ESCAPES.sub(b"", screen)):
                took = time.perf_counter() - start
        proc.kill()
        _pid, _status, usage = os.wait4(proc.pid, 0)
    finally:
        os.close(master)
    if took is None:
        text = ESCAPES.sub(b"", screen).decode(errors="replace")
        sys.exit(f"never drawn: {' '.join(args)}: {text[-800:]}")
    return Sample(wall=took, cpu=usage.ru_utime + usage.ru_stime, rss=usage.ru_maxrss / 1024)
