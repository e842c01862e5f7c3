"""Run one hostile probe: `python -m quizgen ARGS` in a child with limits on time and memory,
and a record of every file under a folder before and after, to show what it changed."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import quizgen

#: Address-space limit for a probe: quizgen with spaCy loaded needs well under 1 GB.
MEMORY_BYTES = 1_500_000_000


@dataclass(frozen=True)
class Probe:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()

    def one_error_line(self, *needles: str) -> str:
        """Assert stderr is one quizgen line, no traceback, containing every needle; return it."""
        assert len(self.err_lines) == 1, self.err
        line = self.err_lines[0]
        assert line.startswith("quizgen: "), line
        assert "internal error" not in line and "Traceback" not in self.err
        for needle in needles:
            assert needle in line, line
        return line


def limits(cpu_seconds: int, memory: int, file_size: int | None) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        if file_size is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))

    return apply


def run(
    *args: str,
    home: Path,
    cwd: Path,
    stdin: int | None = subprocess.DEVNULL,
    stdout: int | None = subprocess.PIPE,
    cpu_seconds: int = 60,
    wall_seconds: float = 180,
    memory: int = MEMORY_BYTES,
    file_size: int | None = None,
) -> Probe:
    """`quizgen ARGS` in `cwd` with QUIZGEN_HOME=`home`, limited; killed (failing) past `wall_seconds`."""
    source = str(Path(quizgen.__file__).resolve().parent.parent)  # the quizgen under test, not another
    env = {**os.environ, "QUIZGEN_HOME": str(home), "PYTHONPATH": source}
    env.pop("QUIZGEN_DEBUG", None)
    done = subprocess.run(
        [sys.executable, "-m", "quizgen", *args],
        cwd=cwd,
        env=env,
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=wall_seconds,
        preexec_fn=limits(cpu_seconds, memory, file_size),
    )
    decode = lambda data: (data or b"").decode("utf-8", "replace")  # noqa: E731
    return Probe(done.returncode, decode(done.stdout), decode(done.stderr))


def snapshot(root: Path) -> dict[str, tuple[int, int, bytes | None]]:
    """Every entry under `root`: (mode, size, content of small regular files)."""
    seen = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            info = path.lstat()
            small = path.is_file() and not path.is_symlink() and info.st_size < 1_000_000
            seen[str(path.relative_to(root))] = (info.st_mode, info.st_size, path.read_bytes() if small else None)
    return seen


def changes(before: dict, after: dict) -> set[str]:
    """Paths added, removed or changed between two snapshots."""
    return {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
