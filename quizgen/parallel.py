"""Generation on several cores, or on a Dask cluster: units of articles out, questions back in
input order, so the output is the same whatever runs it."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, Future
from typing import Any

from quizgen.models import Article, Question

#: A unit of work sent to a worker: consecutive articles up to this many characters (or one longer
#: article). Small enough that ctrl+c is quick and work spreads evenly, big enough to batch the parse.
UNIT_CHARS = 50_000
#: The smallest unit cut near the end of a run (see `_units`), unless the articles left are fewer.
LAST_UNIT_CHARS = 5_000


def default_jobs() -> int:
    """One job per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def generate(
    articles: Sequence[Article], jobs: int = 1, executor: Executor | None = None
) -> Iterator[tuple[Article, list[Question]]]:
    """Each article with its questions, in input order: in this process, in `jobs` worker
    processes, or on `executor` (a Dask client's, say) when one is given."""
    from quizgen.pipeline import article_questions

    units = _units(articles, max(jobs, 1))
    if executor is not None:
        yield from in_order(executor, units, window=2 * max(jobs, 1))
        return
    jobs = min(jobs, len(units))
    if jobs <= 1:  # one unit of work: starting processes would cost more than it saves
        yield from article_questions(articles)
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start)
    try:
        yield from in_order(pool, units, window=2 * jobs)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def in_order(executor: Executor, units: list[list[Article]], window: int) -> Iterator[tuple[Article, list[Question]]]:
    """Run `units` on `executor` with at most `window` in flight, yielding results in input order."""
    from quizgen.pipeline import questions_of

    pending: deque[tuple[list[Article], Future[Any]]] = deque()
    todo = iter(units)
    try:
        while True:
            while len(pending) < window and (unit := next(todo, None)) is not None:
                pending.append((unit, executor.submit(questions_of, unit)))
            if not pending:
                return
            unit, future = pending.popleft()
            yield from zip(unit, future.result(), strict=True)
    finally:
        for _unit, future in pending:
            future.cancel()


def _units(articles: Sequence[Article], jobs: int) -> list[list[Article]]:
    """Consecutive runs of `articles`, shrinking towards the end of the run (each at most the
    characters left over twice the jobs): the workers finish together instead of one parsing a
    whole last unit while the others wait."""
    left = sum(len(article.text) for article in articles)
    units: list[list[Article]] = []
    size = budget = 0
    for article in articles:
        if not units or size + len(article.text) > budget:
            units.append([])
            size = 0
            budget = max(min(UNIT_CHARS, left // (2 * jobs)), min(LAST_UNIT_CHARS, UNIT_CHARS))
        units[-1].append(article)
        size += len(article.text)
        left -= len(article.text)
    return units


def _worker_start() -> None:
    """Workers leave ctrl+c to the main process, which stops them and keeps the output whole."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
