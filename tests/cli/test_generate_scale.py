"""Generation over many articles: `--format jsonl`, `--jobs`, `--resume`, ctrl+c, the progress bar,
skipped files, banks read back by export and quiz, the `generate_texts` API and a Dask cluster.

The articles are copies of tests/data/genre/ with the people's surnames changed, so each copy is
new text to the parser. Most checks run in this process through `quizgen.cli.main` (the model is
already loaded); the ctrl+c and Dask tests start real processes.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_helpers import invoke

import quizgen.parallel
from quizgen.cli import main
from quizgen.nlp import BATCH_CHARS
from quizgen.pipeline import generate_bank

GENRE = Path(__file__).parents[1] / "data" / "genre"
OWN = ["Pennington", "Ashby", "Reynolds", "Collins", "Kapoor", "Osei", "Duarte", "Reyes", "Liu"]
NEW = ["Okafor", "Lindqvist", "Marchetti", "Delacroix", "Hargreave", "Ibarra", "Novak", "Tanaka", "Whitcombe"]


def write_articles(folder: Path, count: int) -> Path:
    """`count` article files: the genre articles again and again, each copy with other surnames."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in sorted(GENRE.glob("*.txt"))]
    for i in range(count):
        text = texts[i % len(texts)]
        shift = i // len(texts)
        for n, old in enumerate(OWN):
            text = text.replace(old, NEW[(n + shift) % len(NEW)]) if shift else text
        (folder / f"story-{i:02d}.txt").write_text(text, encoding="utf-8")
    return folder


def lines_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def twelve(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_articles(tmp_path_factory.mktemp("scale") / "articles", 12)


@pytest.fixture(scope="module")
def reference(twelve: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The twelve articles generated in this process, as a .jsonl bank."""
    out = tmp_path_factory.mktemp("reference") / "bank.jsonl"
    main(["generate", str(twelve), "-o", str(out), "--jobs", "1", "--quiet"])
    return out


def test_jsonl_has_one_line_per_article_with_the_same_questions_as_json(
    twelve: Path, reference: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = lines_of(reference)
    assert [r["id"] for r in records] == [f"story-{i:02d}" for i in range(12)]
    assert all(set(r) == {"id", "title", "published", "path", "questions"} for r in records)
    code, out, _err = invoke(["generate", str(twelve), "--format", "json", "--jobs", "1"], capsys)
    assert code == 0
    whole = json.loads(out)
    assert [q for r in records for q in r["questions"]] == whole["questions"]
    assert [{k: r[k] for k in ("id", "title", "published", "path")} for r in records] == whole["articles"]


def test_two_processes_write_the_same_bytes_as_one(
    twelve: Path, reference: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quizgen.parallel, "UNIT_CHARS", 2_000)  # several units of work, so both workers get some
    out = tmp_path / "two.jsonl"
    main(["generate", str(twelve), "-o", str(out), "--jobs", "2", "--quiet"])
    assert out.read_bytes() == reference.read_bytes()


def test_resume_skips_what_is_done_and_drops_a_half_written_line(
    twelve: Path, reference: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = reference.read_bytes().splitlines(keepends=True)
    out = tmp_path / "bank.jsonl"
    out.write_bytes(b"".join(whole[:5]) + whole[5][:40])  # as a kill in the middle of a write leaves it
    code, _out, err = invoke(["generate", str(twelve), "-o", str(out), "--resume", "--jobs", "1"], capsys)
    assert code == 0, err
    assert "5 articles already in" in err and "7 to go" in err
    assert out.read_bytes() == reference.read_bytes()
    code, _out, err = invoke(["generate", str(twelve), "-o", str(out), "--resume", "--jobs", "1"], capsys)
    assert code == 0 and out.read_bytes() == reference.read_bytes()  # nothing left: nothing added


def test_resume_refuses_a_file_that_is_not_a_bank(
    twelve: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_text("my notes\n", encoding="utf-8")
    code, _out, err = invoke(["generate", str(twelve), "-o", str(out), "--resume"], capsys)
    assert code == 2 and err.count("\n") == 1 and "line 1 is not JSON" in err
    assert out.read_text(encoding="utf-8") == "my notes\n"
    code, _out, err = invoke(["generate", str(twelve), "--resume"], capsys)
    assert code == 2 and "--resume needs -o OUT.jsonl" in err


def test_jsonl_to_dev_null(twelve: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open(os.devnull, "wb") as sink:  # seekable, but cannot be cut back: not a file to keep whole
        monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(sink, write_through=True))
        main(["generate", str(twelve), "--format", "jsonl", "-j", "1", "--quiet"])


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_not_with_quiet(
    twelve: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = invoke(["generate", str(twelve), "-o", str(tmp_path / "a.jsonl"), "-j", "1"], capsys)
    assert code == 0 and err.count("\n") == 1  # not a terminal: only the closing line
    for quiet, expect_bar in ((["--quiet"], False), ([], True)):
        screen = Terminal()
        monkeypatch.setattr(sys, "stderr", screen)
        out = tmp_path / f"bar-{expect_bar}.jsonl"
        main(["generate", str(twelve), "-o", str(out), "-j", "1", *quiet])
        monkeypatch.undo()
        shown = screen.getvalue()
        assert ("12/12" in shown and "/s" in shown) is expect_bar, shown
        assert shown.rstrip().endswith(f"wrote {sum(len(r['questions']) for r in lines_of(out))} questions to {out}")


def test_skipped_files_are_summed_up_at_the_end(
    twelve: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_articles(tmp_path / "some-bad", 2)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n", encoding="utf-8")
    code, out, err = invoke(["generate", str(folder), "--format", "jsonl", "-j", "1"], capsys)
    assert code == 0 and len(out.splitlines()) == 2
    lines = err.splitlines()
    assert len(lines) == 3 and "blank.txt" in lines[0] and "empty.txt" in lines[1]
    assert lines[-1] == "quizgen: skipped 2 of 4 files"


def test_export_and_quiz_read_a_jsonl_bank(reference: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = lines_of(reference)
    bank = generate_bank([str(reference)])  # what the quiz loads for `quizgen quiz bank.jsonl`
    listed = [q for r in records for q in r["questions"]]
    assert [q.to_dict() for q in bank.questions] == listed  # the blanked title too, where there is one
    assert [a.title for a in bank.articles] == [r["title"] for r in records]
    code, _out, err = invoke(["export", str(reference), "-o", str(tmp_path / "deck.csv")], capsys)
    assert code == 0 and f"wrote {len(bank.questions)} notes" in err, err
    rows = (tmp_path / "deck.csv").read_text(encoding="utf-8").splitlines()
    assert sum(1 for row in rows if not row.startswith("#")) == len(bank.questions)


def test_generate_texts_gives_the_records_generate_writes(reference: Path) -> None:
    import quizgen

    records = lines_of(reference)[:3]
    texts = [(Path(r["path"]).name, Path(r["path"]).read_text(encoding="utf-8")) for r in records]
    got = list(quizgen.generate_texts(texts))
    assert [{**g, "path": ""} for g in got] == [{**r, "path": ""} for r in records]
    twice = quizgen.generate_texts([("lead story", texts[0][1])] * 2)
    assert [g["id"] for g in twice] == ["lead-story", "lead-story-2"]


def test_importing_quizgen_loads_no_spacy() -> None:
    code = "import sys, quizgen; quizgen.generate_texts; assert 'spacy' not in sys.modules, 'spacy'"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def _default_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_leaves_whole_lines_and_resume_finishes(tmp_path: Path) -> None:
    # over two parse batches (nlp.BATCH_CHARS): when the first batch's lines appear, a whole batch
    # is still to parse, seconds of work, so the signal cannot arrive after the run has ended
    texts = [p.read_text(encoding="utf-8") for p in GENRE.glob("*.txt")]
    count = BATCH_CHARS * 22 // 10 * len(texts) // sum(len(t) for t in texts)
    folder = write_articles(tmp_path / "many", count)
    out = tmp_path / "bank.jsonl"
    command = [sys.executable, "-m", "quizgen", "generate", str(folder), "-o", str(out), "-j", "1"]
    # a shell running the suite in the background ignores ctrl+c, and a child inherits that
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, preexec_fn=_default_ctrl_c)
    deadline = time.monotonic() + 120
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and err.strip() in ("quizgen: aborted", "quizgen: interrupted"), err
    data = out.read_bytes()
    assert data.endswith(b"\n") and all(json.loads(line)["questions"] is not None for line in data.splitlines())
    done = subprocess.run([*command, "--resume", "--quiet"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    ids = [r["id"] for r in lines_of(out)]
    assert ids == sorted(f"story-{i:02d}" for i in range(count))  # each once, in the folder's order


def test_a_dask_cluster_writes_what_one_process_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    distributed = pytest.importorskip("distributed")
    folder = write_articles(tmp_path / "twenty", 20)
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    main(["generate", str(folder), "-o", str(local), "-j", "1", "--quiet"])
    env = {"PYTHONPATH": os.pathsep.join(sys.path)}  # the workers import this quizgen
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, env=env
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        main(["generate", str(folder), "-o", str(remote), "--dask", cluster.scheduler_address, "--quiet"])
        assert len(client.nthreads()) == 2
    assert sorted(remote.read_bytes().splitlines()) == sorted(local.read_bytes().splitlines())
    assert remote.read_bytes() == local.read_bytes()  # in input order, too
