"""The headless core stays headless, and start-up paths stay light."""

from __future__ import annotations

import subprocess
import sys

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
