"""`quizgen generate` as a user runs it: output shapes, -o/--force, and one-line errors for bad input.

Few real subprocesses (each loads spaCy for about two seconds): one generates for a folder of two
articles; the error cases fail before spaCy loads. Formats and -o are checked in-process through
`quizgen.cli.main`, which reuses the pipeline this test session already loaded.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import invoke

from quizgen.locations import seed_article
from quizgen.nlp import CHUNK_CHARS, chunks

GENRE = Path(__file__).parents[1] / "data" / "genre"
QUESTION_FIELDS = {"id", "article", "kind", "question", "answer", "aliases", "choices", "source", "span", "tags"}
ARTICLE_FIELDS = {"id", "title", "published", "path"}
SHORT_ARTICLE = (
    "Harbour board picks new ferry operator\n\n"
    "Published: 12 June 2024\n\n"
    "The Portmere Harbour Board (PHB) chose Kestrel Ferries to run the island crossing on Tuesday.\n\n"
    '"Passengers will see newer boats and more sailings from next spring," said Maria Okafor, '
    "chair of the Portmere Harbour Board.\n\n"
    "The contract is worth £14m over seven years.\n"
)


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`quizgen ARGS` in a fresh process, as a user types it."""
    command = [sys.executable, "-m", "quizgen", *args]
    return subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})}
    )


@pytest.fixture(scope="module")
def folder_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    """One real run on a folder of two articles (the seed and one of ours), written with -o."""
    work = tmp_path_factory.mktemp("generate")
    folder = work / "articles"
    folder.mkdir()
    shutil.copy(seed_article(), folder / "a-seed.txt")
    (folder / "b-harbour.txt").write_text(SHORT_ARTICLE, encoding="utf-8")
    (folder / "notes.csv").write_text("not,an,article\n", encoding="utf-8")  # skipped: not an article file
    (folder / "c-empty.txt").write_text("", encoding="utf-8")  # unusable: skipped with a warning
    out = work / "bank.json"
    done = run("generate", "articles", "--format", "json", "-o", str(out), cwd=work, env={"PYTHONHASHSEED": "12345"})
    return done, out


def test_folder_of_two_articles_in_one_process(folder_run: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    done, out = folder_run
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    warning, wrote = done.stderr.splitlines()
    assert warning.startswith("quizgen: warning: ") and "c-empty.txt" in warning and "skipped" in warning
    assert re.fullmatch(r"wrote \d+ questions to .*bank\.json", wrote)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"articles", "questions"}
    assert [a["path"] for a in data["articles"]] == [
        os.path.join("articles", "a-seed.txt"),
        os.path.join("articles", "b-harbour.txt"),
    ]
    for article in data["articles"]:
        assert set(article) == ARTICLE_FIELDS
    assert data["articles"][1] == {
        "id": "b-harbour",
        "title": "Harbour board picks new ferry operator",
        "published": "2024-06-12",
        "path": os.path.join("articles", "b-harbour.txt"),
    }
    ids = {a["id"] for a in data["articles"]}
    assert {q["article"] for q in data["questions"]} == ids  # both articles were parsed
    for q in data["questions"]:
        assert set(q) == QUESTION_FIELDS
        assert isinstance(q["aliases"], list) and isinstance(q["choices"], list) and isinstance(q["tags"], list)
        assert q["span"] is None or (isinstance(q["span"], list) and len(q["span"]) == 2)
    assert not [p.name for p in out.parent.iterdir() if p.name.endswith(".tmp")]


def test_same_questions_in_another_process(
    folder_run: tuple[subprocess.CompletedProcess[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Ids, wording and choice order do not depend on the process (or hash seed) that made them."""
    done, out = folder_run
    there = json.loads(out.read_text(encoding="utf-8"))
    code, here, _ = invoke(["generate", str(out.parent / "articles" / "a-seed.txt")], capsys)
    assert code == 0
    mine = json.loads(here)["questions"]
    theirs = [q for q in there["questions"] if q["article"] == "a-seed"]
    assert len(mine) >= 20
    assert mine == theirs


def test_text_format_is_a_numbered_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    code, out, err = invoke(["generate", str(article), "--format", "text"], capsys)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Harbour board picks new ferry operator (2024-06-12)"
    assert set(lines[1]) == {"="}
    numbered = [line for line in lines if re.match(r"\d+\. \[", line)]
    assert len(numbered) >= 4
    assert [int(line.split(".")[0]) for line in numbered] == list(range(1, len(numbered) + 1))
    assert all(line.endswith("?") for line in numbered)
    assert out.count("   Answer: ") == len(numbered)


def test_csv_format_has_a_header_and_one_row_per_question(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    code, out, _ = invoke(["generate", str(article), "--format", "csv"], capsys)
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["id", "article", "kind", "question", "answer", "aliases", "choices", "source"]
    assert len(rows) >= 5
    assert all(len(row) == 8 and row[1] == "harbour" for row in rows[1:])


def test_output_file_is_refused_unless_forced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    target = tmp_path / "out.json"
    target.write_text("keep me", encoding="utf-8")
    code, out, err = invoke(["generate", str(article), "-o", str(target)], capsys)
    assert code != 0 and out == ""
    assert err.startswith("quizgen: error: ") and err.count("\n") == 1 and "--force" in err
    assert target.read_text(encoding="utf-8") == "keep me"
    code, _, _ = invoke(["generate", str(article), "-o", str(target), "--force"], capsys)
    assert code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["articles"][0]["id"] == "harbour"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["harbour.txt", "out.json"]


def _bad_inputs(folder: Path) -> dict[str, list[str]]:
    (folder / "good.txt").write_text(SHORT_ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "nothing-here").mkdir()
    return {
        "unknown-format": ["generate", "good.txt", "--format", "xml"],
        "missing-path": ["generate", "no-such-article.txt"],
        "empty-file": ["generate", "empty.txt"],
        "binary-file": ["generate", "binary.txt"],
        "empty-folder": ["generate", "nothing-here"],
    }


@pytest.mark.parametrize("case", ["unknown-format", "missing-path", "empty-file", "binary-file", "empty-folder"])
def test_bad_input_is_one_line_on_stderr(tmp_path: Path, case: str) -> None:
    args = _bad_inputs(tmp_path)[case]
    done = run(*args, cwd=tmp_path)
    assert done.returncode != 0
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("quizgen: error: ") and done.stderr.count("\n") == 1, done.stderr


# --- very long articles --------------------------------------------------------------------------

FILLER = (
    "The ferry left the harbour in the morning and returned before the evening tide turned. "
    "Gulls followed the boat across the bay while the passengers watched the cliffs. "
)


def test_long_text_is_cut_into_bounded_pieces_at_paragraphs() -> None:
    paragraphs = [FILLER * 3] * 12_000  # about 3 MB
    text = "\n\n".join(paragraphs)
    pieces = chunks(text)
    assert len(text) > 3_000_000 and len(pieces) > 25
    assert all(len(p) <= CHUNK_CHARS for p in pieces)
    assert "\n\n".join(pieces) == text  # nothing lost, every cut at a paragraph break


def test_one_enormous_paragraph_is_cut_at_sentence_ends() -> None:
    text = FILLER * 2_000  # one paragraph of about 340 kB
    pieces = chunks(text)
    assert all(len(p) <= CHUNK_CHARS for p in pieces)
    assert all(p.rstrip().endswith(".") for p in pieces)
    assert sum(len(p.split()) for p in pieces) == len(text.split())


@pytest.mark.skipif(
    not os.environ.get("QUIZGEN_SLOW_TESTS"),
    reason="takes minutes (spaCy alone parses ~3k tokens/s here); set QUIZGEN_SLOW_TESTS=1",
)
def test_three_megabyte_article_completes(tmp_path: Path) -> None:
    body = "\n\n".join([FILLER * 3] * 12_000)
    fact = (
        "The Portmere Harbour Board chose Kestrel Ferries to run the island crossing, "
        "said Maria Okafor, chair of the Portmere Harbour Board."
    )
    (tmp_path / "long.txt").write_text(f"A very long story\n\n{body}\n\n{fact}\n", encoding="utf-8")
    assert (tmp_path / "long.txt").stat().st_size > 3_000_000
    done = subprocess.run(
        [sys.executable, "-m", "quizgen", "generate", "long.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert done.returncode == 0, done.stderr
    questions = json.loads(done.stdout)["questions"]
    assert any(q["answer"] == "Maria Okafor" for q in questions)  # the fact in the last piece is found
