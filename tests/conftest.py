"""Shared fixtures: every test runs with its own data folder, never the user's."""

from __future__ import annotations

import queue
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from quizgen.export.bank import read_bank_file
from quizgen.models import Question, QuestionBank

DATA = Path(__file__).parent / "data"
SAMPLE_BANK = DATA / "sample_bank.json"


@pytest.fixture(autouse=True)
def quizgen_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point QUIZGEN_HOME at a fresh folder so no test touches real review history."""
    home = tmp_path_factory.mktemp("quizgen-home")
    monkeypatch.setenv("QUIZGEN_HOME", str(home))
    return home


@pytest.fixture
def sample_bank() -> QuestionBank:
    """Hand-written questions about an invented article (with markup-like text on purpose), and
    that article without its text: tests/data/sample_bank.json, as `quizgen quiz --bank` reads it."""
    return read_bank_file(SAMPLE_BANK)


@pytest.fixture
def sample_questions(sample_bank: QuestionBank) -> list[Question]:
    """The questions of `sample_bank`."""
    return list(sample_bank.questions)


class ChildLines:
    """The lines a child process prints, read with a deadline.

    A reader thread feeds a queue, so a child that stalls (or never prints) fails the test after
    `timeout` seconds instead of hanging the whole suite on `readline()`.
    """

    def __init__(self, proc: subprocess.Popen[str], timeout: float) -> None:
        assert proc.stdout is not None
        self.proc = proc
        self.deadline = time.monotonic() + timeout
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, args=(proc.stdout,), daemon=True)
        self._reader.start()

    def _read(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)  # end of output

    def next(self) -> str:
        """The next line; fails the test if the child ends or the deadline passes first."""
        try:
            line = self._lines.get(timeout=max(0.0, self.deadline - time.monotonic()))
        except queue.Empty:
            self.proc.kill()
            pytest.fail(f"the child process printed nothing more in time; stderr: {self._stderr()}")
        if line is None:
            pytest.fail(f"the child process ended early; stderr: {self._stderr()}")
        return line

    def rest(self) -> list[str]:
        """Every line not yet read, once the child has exited (call after it was killed)."""
        self.proc.wait(timeout=30)
        lines = []
        while True:
            try:
                line = self._lines.get(timeout=30)  # the reader sees end of output soon after exit
            except queue.Empty:
                break
            if line is None:
                break
            lines.append(line)
        return lines

    def _stderr(self) -> str:
        self.proc.kill()
        self.proc.wait(timeout=30)
        return (self.proc.stderr.read() if self.proc.stderr else "") or "(none)"


@pytest.fixture
def child_lines() -> Iterator[Callable[..., ChildLines]]:
    """`child_lines(proc, timeout=60)` reads `proc`'s stdout with a deadline; kills it on teardown."""
    started: list[subprocess.Popen[str]] = []

    def read(proc: subprocess.Popen[str], timeout: float = 60.0) -> ChildLines:
        started.append(proc)
        return ChildLines(proc, timeout)

    yield read
    for proc in started:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)


@pytest.fixture
def private_tmpdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """TMPDIR in a folder of its own, so a temporary file left behind shows up."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr("tempfile.tempdir", str(folder))
    return folder
