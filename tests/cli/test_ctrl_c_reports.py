"""ctrl+c during generation ends with the one line "quizgen: interrupted", even when Python drops the
KeyboardInterrupt inside a finalizer and would report it as "Exception ignored in …"."""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator

import pytest

from quizgen.bulk import _CtrlC


class _RaisesOnFree:
    def __init__(self, error: BaseException) -> None:
        self.error = error

    def __del__(self) -> None:
        raise self.error


@pytest.fixture
def reported(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """What reaches Python's "Exception ignored in …" printer, with ctrl+c handled as in a terminal."""
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: seen.append(u.exc_value))
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield seen
    signal.signal(signal.SIGINT, before)


def test_a_ctrl_c_dropped_in_a_finalizer_is_not_reported_once_pressed(reported: list[BaseException]) -> None:
    with _CtrlC() as ctrl_c:
        ctrl_c.pressed = True
        _RaisesOnFree(KeyboardInterrupt())
    assert reported == []


def test_other_dropped_errors_are_still_reported(reported: list[BaseException]) -> None:
    with _CtrlC() as ctrl_c:
        _RaisesOnFree(KeyboardInterrupt())  # not pressed: not ours to hide
        ctrl_c.pressed = True
        _RaisesOnFree(ValueError("broken finalizer"))
    assert [type(e) for e in reported] == [KeyboardInterrupt, ValueError]


def test_the_printer_is_restored_after_the_run(reported: list[BaseException]) -> None:
    with _CtrlC():
        pass
    _RaisesOnFree(KeyboardInterrupt())
    assert [type(e) for e in reported] == [KeyboardInterrupt]
