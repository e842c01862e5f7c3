"""`quizgen quiz` on the command line: options reach the app, errors end as one line on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quizgen import cli
from quizgen.errors import InputError
from quizgen.locations import seed_article
from quizgen.selection import QuizOptions


class FakeApp:
    """Stands in for the Textual app: records how it was made, 'runs' instantly."""

    def __init__(self, failure: Exception | None = None, **made: Any) -> None:
        self.made = made
        self.failure = failure
        self.ran = False

    def run(self) -> None:
        self.ran = True


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    def fake_make_app(**kwargs: Any) -> FakeApp:
        seen["app"] = FakeApp(seen.get("failure"), **kwargs)
        return seen["app"]

    def fake_loader(paths: list[str]) -> str:
        seen["paths"] = paths
        return "loader"

    monkeypatch.setattr("quizgen.tui.app.make_app", fake_make_app)
    monkeypatch.setattr("quizgen.tui.app.generation_loader", fake_loader)
    monkeypatch.setattr("quizgen.cli._require_terminal", lambda: None)  # pytest's stdin is no terminal
    return seen


def test_bare_quizgen_quizzes_on_the_seed_article(launched: dict[str, Any]) -> None:
    cli.main([])
    assert launched["paths"] == [str(seed_article())]
    assert launched["app"].ran
    assert launched["app"].made["options"] == QuizOptions(mode="mixed")
    assert launched["app"].made["store"] is not None


def test_options_reach_the_app(launched: dict[str, Any], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nBody.", encoding="utf-8")
    cli.main(["quiz", str(article), "--mode", "typed", "-n", "4", "--kinds", "quote,date", "--seed", "9"])
    assert launched["app"].made["options"] == QuizOptions(
        mode="typed", count=4, kinds=("quote", "date"), seed=9, autostart=True
    )


def test_failure_inside_the_app_exits_non_zero_after_it_closes(
    launched: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    launched["failure"] = InputError("harbor.txt: the file is empty")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["quiz", str(seed_article())])
    assert exit_info.value.code == 2
    assert launched["app"].ran
    assert capsys.readouterr().err == "quizgen: error: harbor.txt: the file is empty\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["quiz", "missing.txt"], "missing.txt: no such file or folder"),
        (["quiz", "-"], "cannot read an article from stdin"),
        (["quiz", "--kinds", "weather"], "unknown question kind 'weather'"),
        (["quiz", "--mode", "essay"], "Invalid value for '--mode'"),
        (["quiz", "--bank", "missing.json"], "missing.json"),
    ],
    ids=["missing-file", "stdin", "unknown-kind", "unknown-mode", "missing-bank"],
)
def test_bad_input_is_one_line_before_the_app_opens(
    launched: dict[str, Any], capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(args)
    assert exit_info.value.code != 0
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert "app" not in launched


@pytest.mark.parametrize(
    ("field", "value"),
    [("span", [1]), ("span", [4, 9, 12]), ("choices", [["Maria Okafor"]]), ("question", None)],
    ids=["span-of-one-number", "span-of-three-numbers", "choice-not-text", "question-null"],
)
def test_malformed_bank_file_is_one_input_error_line(
    launched: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path, field: str, value: Any
) -> None:
    data = json.loads((Path(__file__).parent / "data" / "sample_bank.json").read_text(encoding="utf-8"))
    data["questions"][2][field] = value
    bank = tmp_path / "edited.json"
    bank.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["quiz", "--bank", str(bank)])
    assert exit_info.value.code == InputError.exit_code
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a quizgen question bank" in err and field in err
    assert "app" not in launched


def test_bank_file_nested_too_deeply_is_one_input_error_line(
    launched: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bank = tmp_path / "deep.json"
    bank.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["quiz", "--bank", str(bank)])
    assert exit_info.value.code == InputError.exit_code
    assert capsys.readouterr().err.count("\n") == 1


def test_bank_file_is_quizzed_without_generation(launched: dict[str, Any]) -> None:
    cli.main(["quiz", "--bank", str(Path(__file__).parent / "data" / "sample_bank.json")])
    bank = launched["app"].made["bank"]
    assert len(bank.questions) == 7 and bank.articles[0].title == "Harbor bridge opens after <five> years"
    assert "paths" not in launched


def test_quiz_loads_textual_but_not_spacy_before_the_worker() -> None:
    code = (
        "import sys\n"
        "from quizgen.tui.app import generation_loader, make_app\n"
        "from quizgen.selection import QuizOptions\n"
        "make_app(load=generation_loader(['x.txt']), options=QuizOptions())\n"
        "print('textual' in sys.modules, 'spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]
