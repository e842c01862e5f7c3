"""How much generation costs on top of the bare spaCy parse of the same texts (target: ≤ 1.3×, issue 8).

Two comparisons, each side by side in this one run, the two sides interleaved for N rounds
(A, B, A, B, ...) and each side's best kept, so a burst of other work costs one sample, not a side:
  * in process: `questions_for(articles)` vs `list(nlp.pipe(texts))` with the bare pipeline,
    both after the model is loaded;
  * end to end: `quizgen generate DIR` vs a Python process that loads spaCy and parses the
    same texts, both as fresh subprocesses (model loading and imports included, bytecode cached
    on both sides as in an installed package: see bench/procs.py).

    python bench/bench_generate.py [FOLDER ...] [--copies 10] [--rounds 3]

With no folder it uses seeds/ and, when present, ../shared/corpus.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from procs import ROOT, child_env  # noqa: E402


def folders(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    found = [ROOT / "seeds"]
    shared = ROOT.parent / "shared" / "corpus"
    if shared.is_dir():
        found.append(shared)
    return found


def interleaved(rounds: int, *works) -> list[float]:
    """Each of `works` run `rounds` times in turn (A, B, A, B, ...): the best seconds of each."""
    times: list[list[float]] = [[] for _ in works]
    for _ in range(rounds):
        for work, took in zip(works, times, strict=True):
            start = time.perf_counter()
            work()
            took.append(time.perf_counter() - start)
    return [min(took) for took in times]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*")
    parser.add_argument("--copies", type=int, default=10, help="repeat the articles to get stable timings")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from quizgen.articles import read_articles
    from quizgen.nlp import BATCH_CHARS, model_name
    from quizgen.pipeline import questions_for

    articles = list(read_articles([str(f) for f in folders(args.folders)]).articles) * args.copies
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    # like for like: the bare parse batches as many texts as quizgen does (its character budget)
    batch = max(1, BATCH_CHARS * len(texts) // sum(len(t) for t in texts))

    import spacy

    bare = spacy.load(model_name())
    questions_for(articles[:1])  # warm up: quizgen's pipeline, dateparser, rapidfuzz
    list(bare.pipe(texts[:1]))

    count = [0]

    def generate() -> None:
        count[0] = len(questions_for(articles).questions)

    t_bare, t_gen = interleaved(args.rounds, lambda: list(bare.pipe(texts, batch_size=batch)), generate)
    print(f"in process: {len(articles)} articles, {words} words, {count[0]} questions")
    print(f"  bare spaCy parse   {t_bare:7.3f} s  (batch_size={batch}, as quizgen batches these texts)")
    print(f"  quizgen generate   {t_gen:7.3f} s")
    print(f"  ratio              {t_gen / t_bare:7.2f}x  (target <= 1.3x; best of {args.rounds}, interleaved)")

    with tempfile.TemporaryDirectory() as tmp:
        for i, article in enumerate(articles):
            Path(tmp, f"a{i:04d}.txt").write_text(f"{article.title}\n\n{article.text}\n", encoding="utf-8")
        parse = (
            "import sys, pathlib, spacy\n"
            f"nlp = spacy.load({model_name()!r})\n"
            "texts = [p.read_text() for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt'))]\n"
            f"list(nlp.pipe(texts, batch_size={batch}))\n"
        )
        env = child_env(Path(tmp, "pycache"))
        ours = [sys.executable, "-m", "quizgen", "generate", tmp, "-o", str(Path(tmp, "out.json")), "--force"]
        ours += ["--jobs", "1"]  # one process, as the baseline
        subprocess.run(ours, check=True, stderr=subprocess.DEVNULL, env=env)  # fills the bytecode cache
        t_bare_proc, t_gen_proc = interleaved(
            args.rounds,
            lambda: subprocess.run([sys.executable, "-c", parse, tmp], check=True, env=env),
            lambda: subprocess.run(ours, check=True, stderr=subprocess.DEVNULL, env=env),
        )
    print("end to end (fresh processes, imports and model loading included):")
    print(f"  python + spacy.load + parse   {t_bare_proc:7.3f} s")
    print(f"  quizgen generate DIR -j 1     {t_gen_proc:7.3f} s")
    print(f"  ratio                         {t_gen_proc / t_bare_proc:7.2f}x  (target <= 1.3x)")


if __name__ == "__main__":
    main()
