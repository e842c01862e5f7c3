"""A news archive in one run: throughput and peak memory of `quizgen generate DIR --format jsonl`
as the number of articles grows, with its baselines measured in the same run.

  size     100, 400 and 1,000 articles (copies of tests/data/genre/ with names and numbers
           changed), `--jobs 1`: articles/s and peak RSS. Must hold: peak RSS at 1,000 ≤ 1.2× at
           100, and time at 1,000 ≤ 11× time at 100 (linear, model loading included).
  bare     the same 400 texts parsed by a Python process that loads the same spaCy model and runs
           bare `nlp.pipe` with the batch size quizgen uses (its character budget in articles):
           spaCy's stock pipeline, as a user of spaCy alone would run it (quizgen's own parse
           runs the attribute ruler and the lemmatizer faster, with the same annotations).
           Must hold: `--jobs 1` ≤ 1.2× bare.
  jobs     `--jobs 2` against `--jobs 1` on the 400 articles. Must hold: ≥ 1.6× the throughput,
           when the machine is otherwise idle: judged by the load average before the run (the
           load after includes the bench's own processes; both are printed).

Every sample is a fresh process, as the user waits for it; peak RSS and CPU time from os.wait4
(worker processes included). The comparisons run --rounds times, interleaved (bare, jobs 1,
jobs 2, bare, ...), and keep each side's best: a burst of other work then costs one sample, not
one side. Ratios are given in wall time (what the bar is about) and in CPU time (steadier on a
busy machine; for --jobs 2 the CPU ratio shows the cost of the second process, not its speed).
Start-up is like for like: see bench/procs.py.

    python bench/bench_scale.py [--sizes 100 400 1000] [--compare 400] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from procs import Sample, best, child_env, run  # noqa: E402
from texts import ROOT, write_folder  # noqa: E402

sys.path.insert(0, str(ROOT))  # this checkout's quizgen, as in the processes it starts

BARE = """
import sys
from pathlib import Path
from quizgen.nlp import model_name
import spacy
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).iterdir())]
nlp = spacy.load(model_name())
for doc in nlp.pipe(texts, batch_size=int(sys.argv[2])):
    pass
"""


def generate(folder: Path, jobs: int, env: dict[str, str]) -> Sample:
    return run(
        [sys.executable, "-m", "quizgen", "generate", str(folder), "--format", "jsonl", "--jobs", str(jobs)], env
    )


def line(name: str, count: int, s: Sample) -> None:
    print(
        f"{name:34} {count:5} articles {s.wall:7.1f} s {count / s.wall:6.1f} articles/s "
        f"cpu {s.cpu:6.1f} s {s.rss:6.0f} MB",
        flush=True,
    )


def verdict(ok: bool) -> str:
    return "holds" if ok else "DOES NOT HOLD"


def sizes(tmp: Path, counts: list[int], env: dict[str, str]) -> None:
    sized = {}
    for count in sorted(set(counts)):
        folder = write_folder(tmp / f"n{count}", count)
        sized[count] = generate(folder, 1, env)
        line("generate --jobs 1", count, sized[count])
    small, big = min(sized), max(sized)
    ratio_rss = sized[big].rss / sized[small].rss
    ratio_time = sized[big].wall / sized[small].wall
    print(
        f"peak RSS {big} / {small}: {ratio_rss:.2f}x (≤ 1.2: {verdict(ratio_rss <= 1.2)}); "
        f"time {big} / {small}: {ratio_time:.2f}x (≤ {1.1 * big / small:.0f}: "
        f"{verdict(ratio_time <= 1.1 * big / small)})"
    )


def compare(folder: Path, count: int, rounds: int, env: dict[str, str]) -> None:
    from quizgen.nlp import BATCH_CHARS

    texts = [p.read_text(encoding="utf-8") for p in folder.iterdir()]
    batch = max(1, BATCH_CHARS * len(texts) // sum(len(t) for t in texts))
    sides: dict[str, list[Sample]] = {
        f"bare nlp.pipe (batch_size={batch})": [],
        "generate --jobs 1": [],
        "generate --jobs 2": [],
    }
    for _ in range(rounds):
        bare, one, two = sides.values()
        bare.append(run([sys.executable, "-c", BARE, str(folder), str(batch)], env))
        one.append(generate(folder, 1, env))
        two.append(generate(folder, 2, env))
    for name, samples in sides.items():
        walls = ", ".join(f"{s.wall:.1f}" for s in samples)
        print(f"{name}: wall {walls} s; cpu {', '.join(f'{s.cpu:.1f}' for s in samples)} s")
    bare, one, two = (best(samples) for samples in sides.values())
    print(f"best of {rounds}, interleaved:")
    for name, sample in zip(sides, (bare, one, two), strict=True):
        line(name, count, sample)
    print(
        f"--jobs 1 / bare: {one.wall / bare.wall:.2f}x wall (≤ 1.2: {verdict(one.wall / bare.wall <= 1.2)}), "
        f"{one.cpu / bare.cpu:.2f}x cpu"
    )
    print(f"--jobs 2 throughput / --jobs 1: {one.wall / two.wall:.2f}x (≥ 1.6: {verdict(one.wall / two.wall >= 1.6)})")
    print(f"--jobs 2 cpu / --jobs 1 cpu: {two.cpu / one.cpu:.2f}x (the second process's start-up and the split's cost)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400, 1000])
    parser.add_argument("--compare", type=int, default=400, help="articles for the bare and --jobs comparisons")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds of the comparisons (best kept)")
    args = parser.parse_args()

    load = os.getloadavg()
    print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(Path(tmp) / "pycache")
        generate(write_folder(Path(tmp) / "warm", 3), 1, env)  # fills the bytecode cache; not timed
        sizes(Path(tmp), args.sizes, env)
        compare(write_folder(Path(tmp) / f"c{args.compare}", args.compare), args.compare, args.rounds, env)
    # judged by the load before the run: this bench's own processes raise the load while it runs
    idle = load[0] < 0.5
    after = os.getloadavg()
    print(f"load average after: {after[0]:.2f} {after[1]:.2f} {after[2]:.2f} (this bench's own load included)")
    print(
        f"idle check, by the 1-minute load average BEFORE the run ({load[0]:.2f}, idle below 0.5): the machine was "
        f"{'idle' if idle else 'NOT idle (other work ran too): the --jobs figure is not a fair test'}"
    )


if __name__ == "__main__":
    main()
