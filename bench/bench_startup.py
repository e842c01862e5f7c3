"""Time to the quiz app's first screen against a bare Textual app, side by side in one run.

Each sample is a fresh Python process (imports and all, as a learner would start it), run
headless; the clock stops once the first screen has been drawn (the first refresh after mount).

  bare    `App()` with nothing in it: the floor any Textual app pays.
  start   what `quizgen quiz ARTICLE` does up to its start screen: the CLI module, the review
          store opened, the app built with the generation loader, up to the start screen (the
          worker that loads spaCy starts right after that first draw, so it is not counted).
  first   `quizgen quiz --bank FILE --mode mcq`: questions ready, question 1 drawn.
  spacy   a bare Textual app that loads spaCy, parses the seed article and draws its first
          sentence: the floor for what a learner waits for with an article.
  article `quizgen quiz ARTICLE --mode mcq` up to question 1 drawn, spaCy load and generation
          included: what the learner really waits for.

Targets: start / bare <= 1.5; article / spacy is reported (generation itself is timed in
bench_generate).

    python bench/bench_startup.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BANK = Path(__file__).resolve().parent.parent / "tests" / "data" / "sample_bank.json"

CHILD = {
    "bare": """
from textual.app import App

class Bare(App):
    def on_mount(self):
        self.call_after_refresh(first_screen)

app = Bare()
""",
    "start": """
import quizgen.cli
from quizgen.locations import seed_article
from quizgen.selection import QuizOptions
from quizgen.store import ReviewStore
from quizgen.tui.app import generation_loader, make_app

app = make_app(load=generation_loader([str(seed_article())]), options=QuizOptions(), store=ReviewStore.open())
app.load_questions = first_screen  # the app starts loading right after its first screen is drawn
""",
    "first": f"""
import quizgen.cli
from textual import on
from quizgen.export.bank import read_bank_file
from quizgen.selection import QuizOptions
from quizgen.store import ReviewStore
from quizgen.tui.app import QuizApp, utc_now
from quizgen.tui.messages import QuestionShown

class Timed(QuizApp):  # make_app's app, plus a stop at the first QuestionShown
    @on(QuestionShown)
    def _shown(self, event):
        self.call_after_refresh(first_screen)

bank = read_bank_file({str(BANK)!r})
app = Timed(load=lambda progress: bank, options=QuizOptions(mode="mcq", autostart=True),
            store=ReviewStore.open(), clock=utc_now)
""",
    "spacy": """
from textual.app import App
from textual.widgets import Static
from quizgen.locations import seed_article
from quizgen.nlp import model_name

class Bare(App):
    def compose(self):
        yield Static("loading")

    def on_mount(self):
        import spacy

        doc = spacy.load(model_name())(seed_article().read_text(encoding="utf-8"))
        self.query_one(Static).update(next(doc.sents).text)
        self.call_after_refresh(first_screen)

app = Bare()
""",
    "article": """
import quizgen.cli
from textual import on
from quizgen.locations import seed_article
from quizgen.session import QuizOptions
from quizgen.store import ReviewStore
from quizgen.tui.app import QuizApp, generation_loader, utc_now
from quizgen.tui.messages import QuestionShown

class Timed(QuizApp):  # `quizgen quiz ARTICLE --mode mcq`, plus a stop at the first QuestionShown
    @on(QuestionShown)
    def _shown(self, event):
        self.call_after_refresh(first_screen)

app = Timed(load=generation_loader([str(seed_article())]), options=QuizOptions(mode="mcq", autostart=True),
            store=ReviewStore.open(), clock=utc_now)
""",
}

PRELUDE = """
import os, time

def first_screen(*args):
    print(time.time(), flush=True)
    os._exit(0)  # only the first screen is timed
"""

RUN = """
app.run(headless=True, size=(100, 30))
"""


def sample(kind: str, home: str) -> float:
    """Seconds from spawning the process to the app's first screen."""
    code = f"{PRELUDE}\n{CHILD[kind]}\n{RUN}"
    env = {**os.environ, "QUIZGEN_HOME": home}
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return float(out.stdout.strip().splitlines()[-1]) - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        times: dict[str, list[float]] = {kind: [] for kind in CHILD}
        for kind in CHILD:  # warm the file cache and .pyc files; not counted
            sample(kind, home)
        for _ in range(args.repeat):
            for kind in CHILD:  # interleaved, so load on the machine hits all alike
                times[kind].append(sample(kind, home))
    med = {kind: statistics.median(values) for kind, values in times.items()}
    print(f"bare Textual app      {med['bare'] * 1000:7.0f} ms  (median of {args.repeat})")
    print(f"quizgen start screen  {med['start'] * 1000:7.0f} ms")
    print(f"quizgen question 1    {med['first'] * 1000:7.0f} ms  (--bank, --mode mcq)")
    print(f"ratio start/bare      {med['start'] / med['bare']:7.2f}  (target <= 1.5)")
    print(f"ratio first/bare      {med['first'] / med['bare']:7.2f}")
    print(f"Textual + spaCy load + parse  {med['spacy'] * 1000:7.0f} ms")
    print(f"quizgen quiz ARTICLE, question 1  {med['article'] * 1000:7.0f} ms  (spaCy load and generation included)")
    print(f"ratio article/spacy   {med['article'] / med['spacy']:7.2f}")


if __name__ == "__main__":
    main()
