"""Time and peak memory of `write_export` to .apkg against genanki writing the same notes directly.

Both sides write the same notes with the same note types and the same field HTML. The baseline is
the plain genanki recipe (Note objects in Decks, `Package.write_to_file`), with the HTML built
beforehand and not timed; quizgen's side is the whole export: planning and escaping the fields,
note times, the in-memory package, the atomic rename. Two shapes: one deck per article (quizgen's
default) over many articles, and everything in one deck (`--deck`). Each sample is a fresh
process, so its peak RSS (os.wait4) is that side's alone, the bank built alike on both.
Target: time ratio <= 1.2.

    python bench/bench_export.py [--questions 10000] [--articles 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from quizgen.models import Article, Question, QuestionBank

KINDS = ("quote", "role", "date", "number", "acronym", "org-event")
NOW = 1_750_000_000.0


def make_bank(count: int, article_count: int = 20) -> QuestionBank:
    """Invented questions over `article_count` articles: about half cloze, a third multiple choice,
    the rest Q&A."""
    articles = tuple(
        Article(
            id=f"town-news-{n}",
            title=f"Town news <{n}> & more",
            published=dt.date(2025, 1, 1 + n % 28),
            path=f"news/town-{n}.txt",
            text="",
        )
        for n in range(article_count)
    )
    questions = []
    for i in range(count):
        name = f"Councillor Number{i}"
        source = f"{name} said the <new> budget & plan {i} would pass by spring, {i % 97} votes to {i % 13}."
        shape = i % 6
        questions.append(
            Question(
                id=f"q-{i:06d}",
                article=articles[i % len(articles)].id,
                kind=KINDS[i % len(KINDS)],
                question=f"Who said the budget & plan {i} would pass by spring?",
                answer=name if shape < 3 else f"Someone Else{i}",
                aliases=(f"Number{i}",),
                choices=(name, f"Alt A{i}", f"Alt B{i}", f"Alt C{i}") if shape in (1, 3, 4) else (),
                source=source,
                span=(0, len(name)) if shape in (0, 2) else None,
                tags=("bench",),
            )
        )
    return QuestionBank(articles=articles, questions=tuple(questions))


def time_quizgen(bank: QuestionBank, folder: Path, deck: str | None = None) -> float:
    from quizgen.export import write_export

    os.environ["QUIZGEN_HOME"] = str(folder / "home")  # a fresh note-times file: every note new
    target = folder / "quizgen.apkg"
    start = time.perf_counter()
    write_export(bank, target, deck=deck, now=NOW)
    return time.perf_counter() - start


def time_genanki(bank: QuestionBank, folder: Path, deck: str | None = None) -> float:
    import genanki

    from quizgen.export.anki import deck_id, models
    from quizgen.export.notes import plan_notes

    specs = plan_notes(bank)  # the same field HTML, built outside the timing
    note_types = models()
    start = time.perf_counter()
    decks: dict[str, genanki.Deck] = {}
    for spec in specs:
        name = deck or spec.deck
        target = decks.get(name) or decks.setdefault(name, genanki.Deck(deck_id(name), name))
        target.add_note(
            genanki.Note(model=note_types[spec.model], fields=list(spec.fields), tags=list(spec.tags), guid=spec.guid)
        )
    genanki.Package(list(decks.values())).write_to_file(str(folder / "genanki.apkg"), timestamp=NOW)
    return time.perf_counter() - start


def child(side: str, questions: int, articles: int, deck: str | None, folder: Path) -> None:
    """One timed write in this fresh process; prints its seconds."""
    bank = make_bank(questions, articles)
    import genanki  # noqa: F401  (imported before the timing, on both sides)

    import quizgen.export.anki  # noqa: F401

    gc.collect()
    took = (time_quizgen if side == "quizgen" else time_genanki)(bank, folder, deck)
    print(took)


def sample(side: str, args: argparse.Namespace, deck: str | None, folder: Path) -> tuple[float, float]:
    """(seconds, peak RSS MB) of one fresh process writing one side."""
    folder.mkdir()
    command = [
        sys.executable,
        __file__,
        "--child",
        side,
        "--questions",
        str(args.questions),
        "--articles",
        str(args.articles),
        "--folder",
        str(folder),
    ] + (["--deck", deck] if deck else [])
    env = {**os.environ, "TMPDIR": str(folder)}  # genanki leaves a temporary database in TMPDIR per write
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    out, err = proc.stdout.read(), proc.stderr.read()
    if status:
        sys.exit(f"failed: {err[-800:]}")
    return float(out.strip().splitlines()[-1]), usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--articles", type=int, default=1_000, help="articles the questions come from")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", choices=["quizgen", "genanki"], help=argparse.SUPPRESS)
    parser.add_argument("--deck", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.questions, args.articles, args.deck, args.folder)
        return
    print(
        f"questions: {args.questions} from {args.articles} articles (time: best of {args.repeat}; "
        f"memory: peak RSS of the process); load average {os.getloadavg()[0]:.2f}"
    )
    with tempfile.TemporaryDirectory() as scratch:
        for shape, (label, deck) in enumerate((("one deck per article", None), ("one deck", "News"))):
            runs: dict[str, list[tuple[float, float]]] = {"genanki": [], "quizgen": []}
            for n in range(args.repeat):
                for side in runs:  # interleaved, so load on the machine hits both alike
                    runs[side].append(sample(side, args, deck, Path(scratch) / f"{shape}-{side}-{n}"))
            (g_t, g_m), (q_t, q_m) = ((min(t for t, _ in r), max(m for _, m in r)) for r in runs.values())
            print(
                f"{label:22} genanki {g_t:6.3f} s {g_m:5.0f} MB   quizgen {q_t:6.3f} s {q_m:5.0f} MB   "
                f"time ratio {q_t / g_t:.2f}x (target <= 1.20), memory ratio {q_m / g_m:.2f}x"
            )


if __name__ == "__main__":
    main()
