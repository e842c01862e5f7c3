"""Hostile article text through `quizgen generate` in a child process: nothing live reaches the
output, encodings are not garbled, pathological punctuation stays fast, and failed writes are
one line. These load spaCy (a few seconds each), so the probes are grouped."""

from __future__ import annotations

import csv
import io
import subprocess

import pytest
from probe import changes, run

ONE_SENTENCE = "Café owner Jean Dupont said 'prices will rise' on Monday.\n"
ANSI = (
    "\x1b[1mHarbor news\x1b[0m\n\n"
    "The mayor, \x1b[31mAna Ruiz\x1b[0m, said on Monday that the bridge will open in 2025.\x1b]0;owned\x07\n"
    "\x1b[2J\x1b[HShe spoke to reporters in Lisbon.\n"
)
HIDDEN = (
    "Harbor \u009b31m news\n\n"
    "The mayor, \u202eAna Ruiz\u202c, said on Monday that the bridge will open in 2025. "
    "Text \u009b2J here \u2066and\u2069 there.\n"
)
#: UTF-8 but for one line saved from a Latin-1 page.
MIXED = (
    "Café society news\n\n".encode()
    + "The mayor, Ana Ruiz of Café Co, said on Monday that the bridge will open in 2025.\n".encode()
    + "A naïve résumé line.\n".encode("latin-1")
    + "Workers from Zürich built the bridge.\n".encode()
)
UNSAFE = ("\x1b", "\x07", "\u009b", "\u202e", "\u202c", "\u2066", "\u2069")


def write_articles(folder) -> list[str]:
    (folder / "one.txt").write_text(ONE_SENTENCE, encoding="utf-8")
    (folder / "ansi.txt").write_text(ANSI, encoding="utf-8")
    (folder / "hidden.txt").write_text(HIDDEN, encoding="utf-8")
    (folder / "mixed.txt").write_bytes(MIXED)
    return ["one.txt", "ansi.txt", "hidden.txt", "mixed.txt"]


def test_hostile_text_becomes_plain_questions(lab):
    names = write_articles(lab.work)
    before = lab.snap()
    probe = run("generate", *names, "--format", "csv", home=lab.home, cwd=lab.work, wall_seconds=120)
    assert probe.code == 0, probe.err
    # The one Latin-1 line is the one warning; the file's UTF-8 is kept as it is.
    probe.one_error_line("warning", "mixed.txt", "line 4", "not UTF-8")
    rows = list(csv.DictReader(io.StringIO(probe.out)))
    by_article = {row["article"] for row in rows}
    assert {"one", "ansi", "hidden", "mixed"} <= by_article  # a one-sentence article is an article
    assert any(row["answer"] == "Jean Dupont" for row in rows if row["article"] == "one")
    assert not any(ch in probe.out for ch in UNSAFE)
    mixed = " ".join(row["source"] for row in rows if row["article"] == "mixed")
    assert "Café Co" in mixed and "Ã" not in probe.out
    assert any("Ana Ruiz" in row["source"] for row in rows if row["article"] == "hidden")
    assert changes(before, lab.snap()) == set()


def test_a_run_of_50000_quote_marks_parses_in_linear_time(lab):
    text = (
        "Harbor news\n\nThe mayor, Ana Ruiz, said on Monday that the bridge will open in 2025. "
        + '"' * 50_000
        + " Then "
        + "—!?" * 20_000
        + " she left.\n"
    )
    (lab.work / "marks.txt").write_text(text, encoding="utf-8")
    # 10 s of CPU including loading spaCy (it used to take minutes); CPU, not wall time, so a
    # busy machine cannot fail it.
    probe = run("generate", "marks.txt", home=lab.home, cwd=lab.work, cpu_seconds=10, wall_seconds=120)
    assert probe.code == 0, probe.err
    assert "2025" in probe.out


def test_a_full_disk_under_stdout_is_one_line_not_a_short_file(lab):
    (lab.work / "one.txt").write_text(ONE_SENTENCE, encoding="utf-8")
    with open("/dev/full", "wb") as full:
        probe = run("generate", "one.txt", home=lab.home, cwd=lab.work, stdout=full.fileno(), wall_seconds=120)
    assert probe.code != 0
    probe.one_error_line("cannot write to standard output", "No space left on device")


def test_a_failed_output_write_names_the_file_and_leaves_nothing(lab):
    (lab.work / "one.txt").write_text(ONE_SENTENCE, encoding="utf-8")
    before = lab.snap()
    probe = run(
        "generate", "one.txt", "-o", "questions.json", home=lab.home, cwd=lab.work, file_size=64, wall_seconds=120
    )  # a disk that fills after 64 bytes
    assert probe.code == 5
    probe.one_error_line("cannot write questions.json", "File too large")
    assert changes(before, lab.snap()) == set()  # no half file, no temp file


@pytest.mark.parametrize("stdin", [subprocess.DEVNULL], ids=["no-terminal"])
def test_review_of_due_cards_without_a_terminal_says_so(lab, sample_questions, stdin):
    import datetime as dt

    from quizgen.srs import Grade
    from quizgen.store import ReviewStore

    with ReviewStore.open(lab.home / "reviews.sqlite3", fuzz=False) as store:
        store.record_review(
            sample_questions[0], Grade.AGAIN, dt.datetime(2024, 3, 14, tzinfo=dt.UTC), correct=False, mode="mcq"
        )
    probe = run("review", home=lab.home, cwd=lab.work, stdin=stdin, wall_seconds=60)
    assert probe.code == 2
    probe.one_error_line("needs a terminal")
