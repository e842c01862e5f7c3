"""Where `quizgen generate --jobs 1` spends its time, against a bare `nlp.pipe` of the same texts
in the same process (issue 12: the whole run must stay ≤ 1.2× the bare parse).

  bare      `nlp.pipe` over the texts with the plain model (spaCy's stock pipeline, as a user of
            spaCy alone would run it) and quizgen's batch size
  parse     quizgen's own parse: the same model and weights plus its two small components, with
            the attribute ruler's patterns matched by quizgen/rule_matcher.py instead of spaCy's
            Matcher and the rule lemmatizer asked once per distinct word (quizgen/lemmas.py):
            the same annotations, checked by tests/test_nlp_same_annotations.py
  extract   `extract_facts` on every parsed piece
  write     `write_questions` for every article (`write_many` for each batch)

Each stage is timed in CPU seconds of this process (steadier than wall time on a shared
machine) and in wall seconds; the shares are against the bare parse of the same run.

    python bench/bench_stages.py [--count 400] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from texts import ROOT, articles  # noqa: E402

sys.path.insert(0, str(ROOT))


class Clock:
    """CPU and wall seconds summed over the stretches between `start` and `stop`."""

    def __init__(self) -> None:
        self.cpu = self.wall = 0.0

    def start(self) -> None:
        self._cpu, self._wall = time.process_time(), time.perf_counter()

    def stop(self) -> None:
        self.cpu += time.process_time() - self._cpu
        self.wall += time.perf_counter() - self._wall


def bare_parse(texts: list[str], batch: int) -> Clock:
    import spacy

    from quizgen.nlp import model_name

    nlp = spacy.load(model_name())
    list(nlp.pipe(texts[:2]))  # warm up
    clock = Clock()
    clock.start()
    for _doc in nlp.pipe(texts, batch_size=batch):
        pass
    clock.stop()
    return clock


def quizgen_stages(texts: list[str]) -> tuple[dict[str, Clock], int]:
    """The steps of `pipeline.article_questions`, each on its own clock."""
    from quizgen.facts import extract_facts
    from quizgen.nlp import load_nlp, parse_batches
    from quizgen.pipeline import _pieces, _text_articles, questions_of
    from quizgen.questions import grammar, write_many

    grammar.clear_cache()  # each round starts cold, as a new process does: no round reuses another's tags
    items = [(f"article-{i:05d}.txt", t) for i, t in enumerate(texts)]
    questions_of(list(_text_articles(items[:2])))  # warm up: model, dateparser, rapidfuzz
    clocks = {name: Clock() for name in ("parse", "extract", "write")}
    count, parts = 0, []
    pieces = ((text, (text, where)) for text, where in _pieces(_text_articles(items)))  # as the pipeline does
    for batch in parse_batches(load_nlp(), pieces):
        done = []
        while True:
            clocks["parse"].start()
            got = next(batch, None)
            clocks["parse"].stop()
            if got is None:
                break
            doc, (text, (article, last)) = got
            clocks["extract"].start()
            ctx, facts = extract_facts(doc, article.published, article.dateline, text)
            ctx.release_doc()
            clocks["extract"].stop()
            parts.append((ctx, facts))
            if last:
                done.append((article, parts))
                parts = []
        clocks["write"].start()
        count += sum(len(found) for found in write_many(done))
        clocks["write"].stop()
    return clocks, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=400, help="bench articles (bench/texts.py)")
    parser.add_argument("--rounds", type=int, default=3, help="repeat, interleaved, and keep each stage's best")
    parser.add_argument("--folder", help="the .txt articles of this folder instead (no repeated wording)")
    args = parser.parse_args()
    from quizgen.nlp import BATCH_CHARS

    if args.folder:
        texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.folder).glob("*.txt"))]
        args.count = len(texts)
    else:
        texts = articles(args.count)
    batch = max(1, BATCH_CHARS * len(texts) // sum(len(t) for t in texts))
    best: dict[str, Clock] = {}
    paired = []  # each round's quizgen / bare: on a busy machine neighbours share the same load
    for _ in range(args.rounds):
        clocks, count = quizgen_stages(texts)
        clocks = {"bare": bare_parse(texts, batch), **clocks}
        paired.append(sum(c.cpu for n, c in clocks.items() if n != "bare") / clocks["bare"].cpu)
        for name, clock in clocks.items():
            if name not in best or clock.cpu < best[name].cpu:
                best[name] = clock
    base = best["bare"]
    print(f"{args.count} articles, {count} questions, bare batch_size={batch}, best of {args.rounds} rounds")
    for name, clock in best.items():
        print(f"  {name:8} cpu {clock.cpu:7.2f} s ({clock.cpu / base.cpu:5.0%})  wall {clock.wall:7.2f} s")
    ours = sum(c.cpu for n, c in best.items() if n != "bare")
    print(f"  quizgen / bare (cpu): {ours / base.cpu:.2f}x  (target ≤ 1.2x, start-up excluded on both sides)")
    rounds = ", ".join(f"{r:.2f}" for r in paired)
    print(f"  each round's quizgen / bare (cpu): {rounds}; median {statistics.median(paired):.2f}x")
    load = os.getloadavg()
    print(f"  load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
