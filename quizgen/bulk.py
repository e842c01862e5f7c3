"""`quizgen generate` over many articles: output streamed as each article is done, on several
cores or a Dask cluster, with a progress bar, resume after an interruption, and the skipped
files summed up at the end."""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path

import click

from quizgen.console import note, out, warn
from quizgen.errors import ExportError, QuizgenError
from quizgen.models import Article, Question, QuestionBank

#: At most this many warnings (skipped files, say) are shown one by one at the end of a run.
SHOWN = 10
#: How the reading's warning about a skipped file ends (see `articles.read_articles`).
SKIPPED = "(skipped)"


@dataclass(frozen=True)
class Run:
    """What `quizgen generate` was asked to do."""

    paths: tuple[str, ...]
    fmt: str
    output: Path | None
    force: bool = False
    resume: bool = False
    jobs: int = 1
    dask: str | None = None
    quiet: bool = False


def run(job: Run) -> None:
    from quizgen.articles import read_articles
    from quizgen.atomic import check_target
    from quizgen.export.bank import done_ids

    if job.resume and (job.fmt != "jsonl" or job.output is None):
        raise click.UsageError("--resume needs -o OUT.jsonl (and --format jsonl)")
    if job.output is not None and not job.resume:
        check_target(job.output, job.force)  # before the articles are parsed: a refusal should be quick
    done = done_ids(job.output) if job.resume and job.output is not None else set()
    reading = read_articles(job.paths)
    articles = list(reading.articles)
    todo = [a for a in articles if a.id not in done]
    if len(todo) < len(articles) and not job.quiet:
        note(f"quizgen: {len(articles) - len(todo)} articles already in {job.output}, {len(todo)} to go")
    with _executor(job.dask) as (executor, workers), _CtrlC() as ctrl_c:
        found = ctrl_c.checked(_generate(todo, job, executor, workers))
        results = _with_progress(found, len(todo), enabled=not job.quiet)
        if job.fmt == "jsonl":
            written = _write_jsonl(results, job.output, append=job.resume)
        else:
            written = _write_whole(todo, results, job)
    _report(reading.warnings, len(articles))
    if job.output is not None:
        note(f"wrote {written} questions to {job.output}")


class _CtrlC:
    """ctrl+c that cannot be lost. Python drops a KeyboardInterrupt raised inside a weakref callback
    or `__del__`, and spaCy runs many; so the key is also kept as a flag, checked between articles,
    and the dropped exception's "Exception ignored in …" report is not printed over the one-line
    "quizgen: interrupted"."""

    def __init__(self) -> None:
        self.pressed = False
        self._before: object = None
        self._hook = sys.unraisablehook

    def __enter__(self) -> _CtrlC:
        main = threading.current_thread() is threading.main_thread()
        if main and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            self._before = signal.signal(signal.SIGINT, self._press)
            sys.unraisablehook = self._unraisable
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._before is not None:
            signal.signal(signal.SIGINT, signal.default_int_handler)
            sys.unraisablehook = self._hook

    def _unraisable(self, unraisable: sys.UnraisableHookArgs) -> None:
        if not (self.pressed and isinstance(unraisable.exc_value, KeyboardInterrupt)):
            self._hook(unraisable)

    def _press(self, _signum: int, _frame: object) -> None:
        self.pressed = True
        raise KeyboardInterrupt

    def checked(self, results: Iterator[tuple[Article, list[Question]]]) -> Iterator[tuple[Article, list[Question]]]:
        for item in results:
            if self.pressed:
                raise KeyboardInterrupt
            yield item
        if self.pressed:
            raise KeyboardInterrupt


def _generate(
    todo: list[Article], job: Run, executor: Executor | None, workers: int
) -> Iterator[tuple[Article, list[Question]]]:
    from quizgen.parallel import generate

    yield from generate(todo, jobs=workers or job.jobs, executor=executor)


def _write_jsonl(results: Iterator[tuple[Article, list[Question]]], output: Path | None, append: bool) -> int:
    from quizgen.export.bank import LineWriter, line

    written = 0
    with contextlib.ExitStack() as stack:
        if output is None:
            writer = LineWriter(sys.stdout.buffer, "standard output")
        else:
            try:
                stream = stack.enter_context(open(output, "ab" if append else "wb"))
            except OSError as exc:
                raise ExportError(f"cannot write {output}: {exc.strerror or exc}") from exc
            writer = LineWriter(stream, str(output))
        try:
            for article, questions in results:
                writer.write(line(article, questions))
                written += len(questions)
        finally:  # ctrl+c or an error: what is written stays a valid bank to resume
            writer.cut_to_whole_lines()
    return written


def _write_whole(todo: list[Article], results: Iterator[tuple[Article, list[Question]]], job: Run) -> int:
    from quizgen.atomic import write_text_atomic
    from quizgen.export.bank import render

    bank = QuestionBank(articles=tuple(todo), questions=tuple(q for _a, found in results for q in found))
    text = render(bank, job.fmt)
    if job.output is None:
        out(text if text.endswith("\n") else text + "\n")
        return len(bank.questions)
    try:
        write_text_atomic(job.output, text)
    except OSError as exc:
        raise ExportError(f"cannot write {job.output}: {exc.strerror or exc}") from exc
    return len(bank.questions)


def _with_progress(
    results: Iterator[tuple[Article, list[Question]]], total: int, enabled: bool
) -> Iterator[tuple[Article, list[Question]]]:
    """`results`, with a bar on stderr (done of total, rate, time left) when it is a terminal."""
    if not enabled or total < 2 or not sys.stderr.isatty():
        yield from results
        return
    start = time.monotonic()
    with click.progressbar(
        length=total, label="articles", file=sys.stderr, show_pos=True, show_eta=True, item_show_func=lambda rate: rate
    ) as bar:
        for done, item in enumerate(results, 1):
            yield item
            bar.update(1, f"{done / max(time.monotonic() - start, 1e-9):.1f}/s")


@contextlib.contextmanager
def _executor(address: str | None) -> Iterator[tuple[Executor | None, int]]:
    """The Dask cluster's executor and its number of worker threads, or (None, 0) without one."""
    if address is None:
        yield None, 0
        return
    try:
        from distributed import Client
    except ImportError:
        raise QuizgenError("--dask needs Dask: pip install 'quizgen[dask]'") from None
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise QuizgenError(f"cannot reach the Dask scheduler at {address} ({exc})") from exc
    try:
        yield client.get_executor(pure=False), max(sum(client.nthreads().values()), 1)
    finally:
        client.close()


def _report(warnings: tuple[str, ...], read: int) -> None:
    """The warnings of the reading (files skipped, encodings guessed), after the run, and the
    number of files skipped when there were several."""
    warn(warnings[:SHOWN])
    if len(warnings) > SHOWN:
        note(f"quizgen: warning: ... and {len(warnings) - SHOWN} more")
    skipped = sum(1 for w in warnings if w.endswith(SKIPPED))
    if skipped > 1:
        note(f"quizgen: skipped {skipped} of {read + skipped} files")
