"""No answer is lost: not to kill -9, not to a second quiz session writing at the same time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quizgen.store import ReviewStore

# A quiz session in miniature: answers the sample questions over and over, one review at a
# time, and says so on stdout only after record_review has returned (i.e. committed).
SESSION = textwrap.dedent(
    """
    import datetime as dt, json, sys
    from pathlib import Path
    from quizgen.models import Question
    from quizgen.srs import Grade
    from quizgen.store import ReviewStore

    data = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    questions = [Question.from_dict(q) for q in data["questions"]]
    name, count = sys.argv[2], int(sys.argv[3])
    t0 = dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)
    with ReviewStore.open(fuzz=False) as store:
        i = 0
        while count < 0 or i < count:
            question = questions[i % len(questions)]
            when = t0 + dt.timedelta(seconds=i)
            store.record_review(question, Grade.GOOD, when, correct=True, mode="mcq", typed=f"{name}-{i}")
            print(f"{name}-{i}", flush=True)
            i += 1
    """
)

BANK = Path(__file__).parents[1] / "data" / "sample_bank.json"


def session(name: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SESSION, str(BANK), name, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),  # carries the test's QUIZGEN_HOME
    )


def logged(store: ReviewStore) -> set[str]:
    return {review.typed for card in store.history() for review in card.reviews if review.typed}


def test_kill_9_mid_session_loses_no_reported_review(child_lines: Callable[..., Any]) -> None:
    proc = session("killed", -1)  # answers until killed
    lines = child_lines(proc, timeout=120)  # a stalled session fails the test, never hangs it
    reported = [lines.next() for _ in range(25)]
    proc.send_signal(signal.SIGKILL)
    reported += lines.rest()  # lines it printed before the kill landed
    assert proc.returncode == -signal.SIGKILL

    with ReviewStore.open(fuzz=False) as store:
        assert set(reported) <= logged(store)
        assert store.stats(store.next_due())["reviews"] >= len(reported)


def test_a_stalled_session_fails_the_test_instead_of_hanging_it(child_lines: Callable[..., Any]) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", "import time; print('one', flush=True); time.sleep(600)"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = child_lines(proc, timeout=2)
    assert lines.next() == "one"
    with pytest.raises(pytest.fail.Exception, match="nothing more in time"):
        lines.next()
    assert proc.poll() is not None  # killed, not left behind


def test_two_sessions_at_once_both_keep_every_answer() -> None:
    """Both start on a database that does not exist yet, so they also race to create it."""
    procs = [session(name, 40) for name in ("left", "right")]
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    with ReviewStore.open(fuzz=False) as store:
        names = logged(store)
    assert names == {f"{side}-{i}" for side in ("left", "right") for i in range(40)}
