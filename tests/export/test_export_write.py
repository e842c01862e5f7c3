"""How exports reach the disk: formats, refusals, atomic writes, and the `quizgen export` command."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cli_helpers import invoke

from quizgen.atomic import write_text_atomic
from quizgen.errors import ExportError
from quizgen.export import resolve_format, write_export
from quizgen.models import QuestionBank

NOW = 1_700_000_000.0


@pytest.fixture(autouse=True)
def _own_tmpdir(private_tmpdir: Path) -> Path:
    """Every export test gets a TMPDIR of its own (see conftest.private_tmpdir)."""
    return private_tmpdir


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
def test_unknown_format_is_refused(sample_bank, tmp_path, name, fmt):
    with pytest.raises(ExportError, match="format"):
        write_export(sample_bank, tmp_path / name, fmt=fmt, now=NOW)
    assert list(tmp_path.glob("deck*")) == []


def test_a_folder_is_not_an_output_file(sample_bank, tmp_path):
    with pytest.raises(ExportError, match="is a folder"):
        write_export(sample_bank, tmp_path, now=NOW)


def test_existing_file_needs_force(sample_bank, tmp_path):
    target = tmp_path / "deck.apkg"
    target.write_text("the learner's old deck")
    with pytest.raises(ExportError, match="--force"):
        write_export(sample_bank, target, now=NOW)
    assert target.read_text() == "the learner's old deck"
    write_export(sample_bank, target, force=True, now=NOW)
    assert target.read_bytes()[:2] == b"PK"


def test_no_questions_is_an_error(sample_bank, tmp_path):
    with pytest.raises(ExportError, match="no questions"):
        write_export(QuestionBank(articles=sample_bank.articles, questions=()), tmp_path / "deck.apkg", now=NOW)
    assert not (tmp_path / "deck.apkg").exists()


@pytest.mark.parametrize("replace", [False, True], ids=["new-file", "replacing"])
def test_failed_write_leaves_no_file_and_no_temp(sample_bank, tmp_path, private_tmpdir, monkeypatch, replace):
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
        write_export(sample_bank, target, force=replace, now=NOW)

    assert [p.name for p in out.iterdir()] == (["deck.apkg"] if replace else [])
    if replace:
        assert target.read_bytes() == b"previous deck"
    assert list(private_tmpdir.iterdir()) == []


@pytest.fixture
def umask() -> Iterator[Callable[[int], None]]:
    """Set the process umask for one test, restoring the old one afterwards."""
    old = os.umask(0o022)
    try:
        yield os.umask
    finally:
        os.umask(old)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
@pytest.mark.parametrize("name", ["deck.apkg", "deck.csv", "bank.json"])
@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o027, 0o640)], ids=["umask-022", "umask-027"])
def test_new_export_gets_the_usual_permissions_not_owner_only(sample_bank, tmp_path, umask, name, mask, mode):
    umask(mask)
    path = write_export(sample_bank, tmp_path / name, now=NOW).path
    assert stat.S_IMODE(path.stat().st_mode) == mode


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_replaced_file_keeps_its_permissions(sample_bank, tmp_path, umask):
    umask(0o022)
    target = tmp_path / "deck.csv"
    target.write_text("old")
    target.chmod(0o664)
    write_export(sample_bank, target, force=True, now=NOW)
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    assert target.read_text(encoding="utf-8").startswith("#separator:Comma")


def test_the_rename_is_synced_to_the_folder(tmp_path, monkeypatch):
    synced = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real_fsync(fd)

    monkeypatch.setattr("quizgen.atomic.os.fsync", fsync)
    folder = tmp_path / "out"
    folder.mkdir()
    write_text_atomic(folder / "notes.txt", "kept")
    assert synced == [False, True]  # the file's data, then the folder entry after the rename
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "kept"


def test_unreadable_note_times_do_not_stop_an_export(sample_bank, tmp_path, quizgen_home):
    (quizgen_home / "anki-note-times.json").write_text("{not json")
    result = write_export(sample_bank, tmp_path / "deck.apkg", now=NOW)
    assert result.notes == len(sample_bank.questions)


def test_importing_the_export_package_loads_no_genanki():
    code = (
        "import sys, quizgen.export, quizgen.export.notes, quizgen.export.tabular\n"
        "assert 'genanki' not in sys.modules and 'textual' not in sys.modules, sorted(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- the command ---------------------------------------------------------------------------------


@pytest.fixture
def cli_bank(sample_bank, monkeypatch: pytest.MonkeyPatch) -> QuestionBank:
    """`quizgen export` on any path gets the sample bank (the generator is tested elsewhere)."""
    monkeypatch.setattr("quizgen.pipeline.generate_bank", lambda paths: sample_bank)
    return sample_bank


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`quizgen ARGV` in this process: (exit code, stderr)."""
    code, _out, err = invoke(argv, capsys)
    return code, err


def test_cli_writes_the_deck_and_says_where(cli_bank, tmp_path, capsys):
    target = tmp_path / "harbor.apkg"
    code, err = run(["export", "harbor.txt", "-o", str(target)], capsys)
    assert code == 0
    assert err == f"wrote 7 notes to {target} (deck quizgen::Harbor bridge opens after <five> years)\n"
    assert target.exists()


def test_cli_stamps_notes_with_its_own_clock(cli_bank, tmp_path, capsys, quizgen_home, monkeypatch):
    when = dt.datetime(2031, 7, 1, 8, 0, tzinfo=dt.UTC)
    monkeypatch.setattr("quizgen.cli._clock", lambda: (when, dt.UTC))
    code, err = run(["export", "harbor.txt", "-o", str(tmp_path / "harbor.apkg")], capsys)
    assert code == 0, err
    times = json.loads((quizgen_home / "anki-note-times.json").read_text(encoding="utf-8"))["notes"]
    assert {mod for _digest, mod in times.values()} == {int(when.timestamp())}


def test_cli_deck_written_but_note_times_not_saved_is_a_warning(cli_bank, tmp_path, capsys, monkeypatch):
    def disk_full(path, table):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("quizgen.export.ledger.save", disk_full)
    target = tmp_path / "harbor.apkg"
    code, err = run(["export", "harbor.txt", "-o", str(target)], capsys)
    assert code == 0
    wrote, warning = err.splitlines()
    assert wrote.startswith(f"wrote 7 notes to {target}")
    assert warning.startswith("quizgen: warning: the deck is fine") and "No space left on device" in warning
    assert target.read_bytes()[:2] == b"PK"


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
    assert err == "quizgen: error: unknown export format 'docx'; choose one of apkg, csv, tsv, json, quizlet\n"
    assert list(tmp_path.iterdir()) == [tmp_path / "tmpdir"]
