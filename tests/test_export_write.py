"""How exports reach the disk: formats, refusals, atomic writes, and the `quizgen export` command."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.errors import ExportError
from quizgen.export import resolve_format, write_export
from quizgen.models import Article, Question, QuestionBank

ARTICLE = Article(
    id="harbor-bridge-opens",
    title="Harbor bridge opens after <five> years",
    published=dt.date(2024, 3, 14),
    path="tests/data/harbor.txt",
    text="",
)


@pytest.fixture
def bank(sample_questions: list[Question]) -> QuestionBank:
    return QuestionBank(articles=(ARTICLE,), questions=tuple(sample_questions))


@pytest.fixture(autouse=True)
def private_tmpdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """TMPDIR in a folder of its own, so a temporary file left behind shows up."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr("tempfile.tempdir", str(folder))
    return folder


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [
        ("deck.apkg", None, "apkg"),
        ("DECK.CSV", None, "csv"),
        ("deck.tsv", None, "tsv"),
        ("bank.json", None, "json"),
        ("cards.quizlet.tsv", None, "quizlet"),
        ("anything.txt", "quizlet", "quizlet"),
        ("deck.csv", "tsv", "tsv"),
    ],
)
def test_format_follows_the_option_then_the_extension(name, fmt, expected):
    assert resolve_format(Path(name), fmt) == expected


@pytest.mark.parametrize(("name", "fmt"), [("deck.txt", None), ("deck", None), ("deck.apkg", "pdf")])
def test_unknown_format_is_refused(bank, tmp_path, name, fmt):
    with pytest.raises(ExportError, match="format"):
        write_export(bank, tmp_path / name, fmt=fmt)
    assert list(tmp_path.glob("deck*")) == []


def test_a_folder_is_not_an_output_file(bank, tmp_path):
    with pytest.raises(ExportError, match="is a folder"):
        write_export(bank, tmp_path)


def test_existing_file_needs_force(bank, tmp_path):
    target = tmp_path / "deck.apkg"
    target.write_text("the learner's old deck")
    with pytest.raises(ExportError, match="--force"):
        write_export(bank, target)
    assert target.read_text() == "the learner's old deck"
    write_export(bank, target, force=True)
    assert target.read_bytes()[:2] == b"PK"


def test_no_questions_is_an_error(tmp_path):
    with pytest.raises(ExportError, match="no questions"):
        write_export(QuestionBank(articles=(ARTICLE,), questions=()), tmp_path / "deck.apkg")
    assert not (tmp_path / "deck.apkg").exists()


@pytest.mark.parametrize("replace", [False, True], ids=["new-file", "replacing"])
def test_failed_write_leaves_no_file_and_no_temp(bank, tmp_path, private_tmpdir, monkeypatch, replace):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "deck.apkg"
    if replace:
        target.write_bytes(b"previous deck")

    def disk_full(specs, path, mods, now):  # type: ignore[no-untyped-def]
        Path(path).write_bytes(b"PK half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("quizgen.export.anki.write_apkg", disk_full)
    with pytest.raises(ExportError, match="No space left on device"):
        write_export(bank, target, force=replace)

    assert [p.name for p in out.iterdir()] == (["deck.apkg"] if replace else [])
    if replace:
        assert target.read_bytes() == b"previous deck"
    assert list(private_tmpdir.iterdir()) == []


def test_unreadable_note_times_do_not_stop_an_export(bank, tmp_path, quizgen_home):
    (quizgen_home / "anki-note-times.json").write_text("{not json")
    result = write_export(bank, tmp_path / "deck.apkg")
    assert result.notes == len(bank.questions)


def test_importing_the_export_package_loads_no_genanki():
    code = (
        "import sys, quizgen.export, quizgen.export.notes, quizgen.export.tabular\n"
        "assert 'genanki' not in sys.modules and 'textual' not in sys.modules, sorted(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- the command ---------------------------------------------------------------------------------


@pytest.fixture
def cli_bank(bank, monkeypatch: pytest.MonkeyPatch) -> QuestionBank:
    """`quizgen export` on any path gets the sample bank (the generator is tested elsewhere)."""
    monkeypatch.setattr("quizgen.pipeline.generate_bank", lambda paths: bank)
    return bank


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        main(argv)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, capsys.readouterr().err


def test_cli_writes_the_deck_and_says_where(cli_bank, tmp_path, capsys):
    target = tmp_path / "harbor.apkg"
    code, err = run(["export", "harbor.txt", "-o", str(target)], capsys)
    assert code == 0
    assert err == f"wrote 7 notes to {target} (deck quizgen::Harbor bridge opens after <five> years)\n"
    assert target.exists()


def test_cli_refuses_to_overwrite_without_force(cli_bank, tmp_path, capsys):
    target = tmp_path / "harbor.csv"
    target.write_text("mine")
    code, err = run(["export", "harbor.txt", "-o", str(target)], capsys)
    assert (code, err) == (5, f"quizgen: error: {target} exists; use --force to replace it\n")
    code, err = run(["export", "harbor.txt", "-o", str(target), "--force", "--deck", "News::Harbor"], capsys)
    assert code == 0 and "(deck News::Harbor)" in err
    assert target.read_text(encoding="utf-8").startswith("#separator:Comma")


def test_cli_bad_format_is_one_line(cli_bank, tmp_path, capsys):
    code, err = run(["export", "harbor.txt", "-o", str(tmp_path / "deck.apkg"), "--format", "docx"], capsys)
    assert code == 5
    assert (
        err == "quizgen: error: unknown export format 'docx'; choose one of apkg, csv, tsv, json, quizlet\n"
    )
    assert list(tmp_path.iterdir()) == [tmp_path / "tmpdir"]
