"""Time `write_export` to .apkg against genanki writing the same notes directly.

Both sides write 10,000 notes with the same note types and the same field HTML. The baseline is
the plain genanki recipe (Note objects in a Deck, `Package.write_to_file`), with the HTML built
beforehand and not timed; quizgen's side is the whole export: planning and escaping the fields,
note times, the in-memory package, the atomic rename. Target: ratio <= 1.2.

    python bench/bench_export.py [--questions 10000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import tempfile
import time
from pathlib import Path

from quizgen.models import Article, Question, QuestionBank

KINDS = ("quote", "role", "date", "number", "acronym", "org-event")
NOW = 1_750_000_000.0


def make_bank(count: int) -> QuestionBank:
    """Invented questions over 20 articles: about half cloze, a third multiple choice, the rest Q&A."""
    articles = tuple(
        Article(
            id=f"town-news-{n}",
            title=f"Town news <{n}> & more",
            published=dt.date(2025, 1, 1 + n % 28),
            path=f"news/town-{n}.txt",
            text="",
        )
        for n in range(20)
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


def time_quizgen(bank: QuestionBank, folder: Path) -> float:
    from quizgen.export import write_export

    os.environ["QUIZGEN_HOME"] = str(folder / "home")  # a fresh note-times file: every note new
    target = folder / "quizgen.apkg"
    start = time.perf_counter()
    write_export(bank, target, now=NOW)
    return time.perf_counter() - start


def time_genanki(bank: QuestionBank, folder: Path) -> float:
    import genanki

    from quizgen.export.anki import deck_id, models
    from quizgen.export.notes import plan_notes

    specs = plan_notes(bank)  # the same field HTML, built outside the timing
    note_types = models()
    start = time.perf_counter()
    decks: dict[str, genanki.Deck] = {}
    for spec in specs:
        deck = decks.get(spec.deck) or decks.setdefault(
            spec.deck, genanki.Deck(deck_id(spec.deck), spec.deck)
        )
        deck.add_note(
            genanki.Note(
                model=note_types[spec.model], fields=list(spec.fields), tags=list(spec.tags), guid=spec.guid
            )
        )
    genanki.Package(list(decks.values())).write_to_file(str(folder / "genanki.apkg"), timestamp=NOW)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    bank = make_bank(args.questions)
    with tempfile.TemporaryDirectory() as scratch:
        # genanki leaves a temporary database in TMPDIR per write: keep those in the scratch folder.
        os.environ["TMPDIR"] = scratch
        tempfile.tempdir = scratch
        import genanki  # noqa: F401  (imported once, outside the timings)

        import quizgen.export.anki  # noqa: F401

        ours, theirs = [], []
        for run in range(args.repeat):
            folder = Path(scratch) / f"run{run}"
            folder.mkdir()
            gc.collect()  # start each timing with no garbage left by the other
            theirs.append(time_genanki(bank, folder))
            gc.collect()
            ours.append(time_quizgen(bank, folder))
    best_ours, best_theirs = min(ours), min(theirs)
    print(f"questions: {args.questions}  (best of {args.repeat})")
    print(f"genanki direct:        {best_theirs:.3f} s")
    print(f"quizgen write_export:  {best_ours:.3f} s")
    print(f"ratio: {best_ours / best_theirs:.2f}x  (target <= 1.20)")


if __name__ == "__main__":
    main()
