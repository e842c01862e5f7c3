"""What the app's loading worker runs: a loader builds the question bank and reports progress.

Kept apart from the app so the CLI and the tests can build a loader without the app's screens,
and so nothing here imports spaCy until the worker calls the loader.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from quizgen.models import QuestionBank

#: Reports generation progress: (articles done, articles in all or 0 if unknown, what is happening).
Progress = Callable[[int, int, str], None]
#: Builds the question bank, reporting progress; runs in a worker thread.
Loader = Callable[[Progress], QuestionBank]


def generation_loader(paths: Sequence[str]) -> Loader:
    """A loader that generates questions for the articles at `paths` (spaCy loads in the worker)."""

    def load(progress: Progress) -> QuestionBank:
        from quizgen.pipeline import generate_bank  # deferred: spaCy, ~1-2 s, off the UI thread

        names = ", ".join(Path(p).name for p in paths[:3]) + (" …" if len(paths) > 3 else "")
        progress(0, 0, f"Loading the language model and reading {names}")
        return generate_bank(paths, progress=lambda done, total: progress(done, total, "writing questions"))

    return load
