"""dateparser (about half a second to load) is loaded only for a phrase it may read: a quarter of
a year or a stretch of time ("the next 18 months") is none, so an article whose only such phrases
are these never loads it."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import datetime as dt, sys
from quizgen.models import Article
from quizgen.pipeline import questions_for
text = ("Harwick Foods said on March 3, 2024 that its profit rose 12 percent in the second quarter, "
        "and that it would open a plant in Valka in the fiscal first-quarter of next year. "
        "It will hire 300 workers over the next 18 months, after cutting jobs for the past two decades.")
article = Article(id="q", title="Harwick profit rises", published=dt.date(2024, 3, 4), path="q.txt", text=text)
bank = questions_for([article])
print(sorted({q.answer for q in bank.questions if q.kind == "date"}), "dateparser" in sys.modules)
"""


def test_a_quarter_or_a_stretch_of_time_is_no_date_and_loads_no_date_reader() -> None:
    run = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-800:]
    answers, loaded = run.stdout.rsplit(" ", 1)
    assert not any(w in answers.lower() for w in ("quarter", "months", "decades")), answers
    assert loaded.strip() == "False", run.stdout
