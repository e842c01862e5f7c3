"""What the command line prints: results on stdout, notes and warnings on stderr, all inert.

Every write to stdout is checked (a full disk is an error, never a short file), and whatever
came from a file or the database is shown as text, never as terminal commands.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence

import click

from quizgen.errors import ExportError
from quizgen.inert import inert, one_line


def warn(warnings: Sequence[str]) -> None:
    """Print each warning as one line on stderr (stdout may be the questions, piped on)."""
    for warning in warnings:
        note(f"quizgen: warning: {warning}")


def note(message: str) -> None:
    """One line on stderr; whatever came from a file or the database in it is shown inert."""
    click.echo(one_line(message), err=True)


def out(text: str) -> None:
    """Write `text` to stdout, made inert (line breaks and tabs kept); a failed write is an error."""
    try:
        sys.stdout.write(inert(text, keep="\n\r\t"))
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        silence_stdout()
        raise ExportError(f"cannot write to standard output: {exc.strerror or exc}") from exc


def silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush of what could not be
    written neither fails again nor prints a traceback."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
