"""The headless core stays headless: generating questions never loads the TUI or Anki code."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from quizgen.models import Article
from quizgen.pipeline import questions_for
bank = questions_for([Article(id="a", title="T", published=None, path="-",
    text='"We will open the bridge in May," said Maria Okafor, mayor of Westhaven.')])
assert bank.questions, "no questions"
heavy = sorted(m for m in ("textual", "genanki", "fsrs", "anki") if m in sys.modules)
print(",".join(heavy) or "none")
"""


def test_generation_loads_neither_textual_nor_genanki() -> None:
    run = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "none"


def test_help_does_not_load_spacy() -> None:
    probe = "import sys\nfrom quizgen.cli import cli\nprint('spacy' in sys.modules, 'textual' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert run.stdout.split() == ["False", "False"], run.stderr
