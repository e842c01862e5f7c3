"""The headless core stays headless, and start-up paths stay light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("spacy", "textual", "genanki", "fsrs", "dateparser", "anki")

GENERATE = """
import sys
from quizgen.models import Article
from quizgen.pipeline import questions_for
bank = questions_for([Article(id="a", title="T", published=None, path="-",
    text='"We will open the bridge in May," said Maria Okafor, mayor of Westhaven.')])
assert bank.questions, "no questions"
print(",".join(sorted(m for m in ("textual", "genanki", "fsrs", "anki") if m in sys.modules)) or "none")
"""

HELP = f"""
import sys
from quizgen.cli import main
try:
    main(["--help"])
except SystemExit:
    pass
print(",".join(m for m in {HEAVY!r} if m in sys.modules) or "none", file=sys.stderr)
"""


def test_generation_loads_neither_textual_nor_genanki() -> None:
    run = subprocess.run([sys.executable, "-c", GENERATE], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "none"


def test_help_loads_no_heavy_library() -> None:
    run = subprocess.run([sys.executable, "-c", HELP], capture_output=True, text=True, timeout=60)
    assert "quizgen" in run.stdout and "generate" in run.stdout  # the help was printed
    assert run.stderr.strip().splitlines()[-1] == "none"


def test_question_checks_load_no_spacy() -> None:
    probe = "import sys, quizgen.questions.quality, quizgen.models\nprint('spacy' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert run.stdout.strip() == "False", run.stderr


def test_the_quiz_screen_loads_no_fact_extractor_nor_grader() -> None:
    """`review` waits on these imports before its first card: the quiz shows questions, it never
    extracts facts, so the extractor's word lists and passes stay unloaded; the grader loads in the
    background once the card is drawn (`QuizApp.warm_up_grading`)."""
    probe = "import sys, quizgen.tui.screens.quiz_screen\nprint(sorted(m for m in sys.modules if m in EXTRACTOR))"
    extractor = (
        "EXTRACTOR = {'quizgen.facts.context', 'quizgen.facts.people', 'quizgen.facts.titles', 'quizgen.grading'}\n"
    )
    run = subprocess.run([sys.executable, "-c", extractor + probe], capture_output=True, text=True, timeout=60)
    assert run.stdout.strip() == "[]", run.stdout + run.stderr


REVIEW = """
import datetime as dt, sys, tempfile
from pathlib import Path
import quizgen.cli, quizgen.reports, quizgen.selection, quizgen.settings
import quizgen.tui.app, quizgen.tui.screens.quiz_screen
from quizgen.store import ReviewStore
with tempfile.TemporaryDirectory() as home, ReviewStore.open(Path(home) / "reviews.sqlite3") as store:
    store.due_bank(dt.datetime.now(dt.UTC), limit=20, new=20)
print(sorted(m for m in sys.modules if m in LATER))
"""


def test_review_loads_only_what_its_first_card_needs() -> None:
    """`review --mode mcq` goes straight to a card: FSRS loads when a card is graded, the stats
    when figures are asked for, the fact types when articles are read, and the start screen,
    round break and quit dialog when shown. Each is time a learner would wait before the card."""
    later = {
        "spacy",
        "fsrs",
        "quizgen.facts.fact_types",
        "quizgen.store.stats",
        "quizgen.tui.screens.start_screen",
        "quizgen.tui.screens.round_summary_screen",
        "quizgen.tui.dialogs.quit_dialog",
    }
    code = f"LATER = {later!r}\n{REVIEW}"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.stdout.strip() == "[]", run.stdout + run.stderr


# --- the import graph, read from the source (deferred imports inside functions count too) ----------

PACKAGE = Path(__file__).resolve().parent.parent / "quizgen"
#: The headless core: everything a front end other than the TUI would use.
CORE = ("articles", "facts", "questions", "store", "srs", "export", "grading")


def imports_of(part: str) -> dict[str, set[str]]:
    """Every module under quizgen/`part` (a package or a module) → the modules it imports."""
    root = PACKAGE / part
    files = sorted(root.rglob("*.py")) if root.is_dir() else [root.with_suffix(".py")]
    assert files and all(f.exists() for f in files), f"quizgen/{part} not found"
    found: dict[str, set[str]] = {}
    for path in files:
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
        found[str(path.relative_to(PACKAGE))] = names
    return found


def offenders(part: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{module} imports {name}"
        for module, names in imports_of(part).items()
        for name in names
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    )


@pytest.mark.parametrize("part", CORE)
def test_the_core_never_imports_the_tui(part: str) -> None:
    assert offenders(part, ("textual", "quizgen.tui")) == []


def test_the_store_never_imports_export() -> None:
    assert offenders("store", ("quizgen.export",)) == []


def test_facts_never_import_questions() -> None:
    assert offenders("facts", ("quizgen.questions",)) == []


# --- small modules with one job ----------------------------------------------------------------

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def oversized() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        text = path.read_text(encoding="utf-8")
        if len(text.splitlines()) > MAX_MODULE_LINES:
            found.append(f"{name}: {len(text.splitlines())} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    found.append(f"{name}: {node.name}() is {length} lines")
    return found


def test_modules_and_functions_stay_small() -> None:
    assert oversized() == []


# --- formatted and linted ------------------------------------------------------------------------


def test_code_is_formatted_and_linted() -> None:
    """`ruff format` and `ruff check` (configured in pyproject.toml) leave nothing to change."""
    root = PACKAGE.parent
    for args in (["format", "--check"], ["check"]):
        run = subprocess.run(
            [sys.executable, "-m", "ruff", *args, "quizgen", "tests", "bench"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-1000:]


def test_code_type_checks() -> None:
    """`mypy` (strict outside the TUI, configured in pyproject.toml) finds nothing: the facts' typed
    records and everything that reads them stay in step."""
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "quizgen"],
        cwd=PACKAGE.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-1000:]


def test_tests_import_their_helpers_as_a_clean_checkout_finds_them() -> None:
    """`from tests.invented_articles import …` works only where the checkout itself is importable (an
    editable install); a clean clone's `pip install . && pytest` fails to collect such a module."""
    here = Path(__file__).resolve().parent
    wrong = [
        str(path.relative_to(here))
        for path in sorted(here.rglob("test_*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "tests"
    ]
    assert wrong == []
