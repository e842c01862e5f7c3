"""Hostile files named to quizgen: each probe ends in one line on stderr, an exit code, bounded
time and memory, and no change on disk. None of these loads spaCy, so they are quick."""

from __future__ import annotations

import os
import subprocess

import pytest
from probe import changes, run


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("/dev/zero", "over the 5 MB limit"),
        ("/dev/urandom", "over the 5 MB limit"),
        ("/proc/self/status", "/proc/self/status"),
    ],
    ids=["dev-zero", "dev-urandom", "proc-file-of-size-0"],
)
def test_endless_or_sizeless_files_are_read_only_up_to_the_limit(lab, name, needle):
    if not os.path.exists(name):
        pytest.skip(f"{name} is not on this system")
    before = lab.snap()
    probe = run("generate", name, home=lab.home, cwd=lab.work, cpu_seconds=20, wall_seconds=60)
    assert probe.code == 2
    probe.one_error_line(needle)
    assert changes(before, lab.snap()) == set()


def test_fifo_without_a_writer_does_not_hang(lab):
    fifo = lab.work / "article.txt"
    os.mkfifo(fifo)
    before = lab.snap()
    probe = run("generate", str(fifo), home=lab.home, cwd=lab.work, cpu_seconds=10, wall_seconds=30)
    assert probe.code == 2
    probe.one_error_line("article.txt", "empty")
    assert changes(before, lab.snap()) == set()


@pytest.mark.parametrize("args", [["--help"], ["stats"]], ids=["help", "stats"])
def test_a_full_disk_on_stdout_is_one_line_and_a_failure(lab, args):
    with open("/dev/full", "wb") as full:
        probe = run(*args, home=lab.home, cwd=lab.work, stdout=full.fileno(), wall_seconds=60)
    assert probe.code != 0
    probe.one_error_line("cannot write to standard output", "No space left on device")


def test_escape_codes_in_a_file_name_are_shown_as_text(lab):
    name = "\x1b]0;owned\x07\x1b[2Jnews\u202e.txt"
    probe = run("generate", name, home=lab.home, cwd=lab.work, wall_seconds=60)
    assert probe.code == 2
    line = probe.one_error_line("no such file", "\\x1b]0;owned\\x07\\x1b[2Jnews\\u202e.txt")
    assert "\x1b" not in line and "\x07" not in line and "\u202e" not in line


def test_quizgen_home_that_is_a_file_names_the_cause(lab):
    home_file = lab.work / "home-file"
    home_file.write_text("not a folder", encoding="utf-8")
    before = lab.snap()
    probe = run("stats", home=home_file, cwd=lab.work, wall_seconds=60)
    assert probe.code != 0
    probe.one_error_line("QUIZGEN_HOME", str(home_file), "is a file, not a folder")
    assert changes(before, lab.snap()) == set()


@pytest.mark.parametrize("args", [["quiz"], ["quiz", "--mode", "mcq"]], ids=["quiz", "quiz-mode"])
def test_the_quiz_without_a_terminal_says_so(lab, args):
    seed = lab.work / "a.txt"
    seed.write_text("Title\n\nThe mayor said so on Monday.\n", encoding="utf-8")
    probe = run(*args, str(seed), home=lab.home, cwd=lab.work, stdin=subprocess.DEVNULL, wall_seconds=60)
    assert probe.code == 2
    probe.one_error_line("needs a terminal")
