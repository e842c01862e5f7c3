"""A news archive in one run: throughput and peak memory of `quizgen generate DIR --format jsonl`
as the number of articles grows, with its baselines measured in the same run.

  size     100, 400 and 1,000 articles (copies of tests/data/genre/ with names and numbers
           changed), `--jobs 1`: articles/s and peak RSS. Must hold: peak RSS at 1,000 ≤ 1.2× at
           100, and time at 1,000 ≤ 11× time at 100 (linear, model loading included).
  bare     the same 400 texts parsed by a Python process that loads the same spaCy model and runs
           bare `nlp.pipe` with the batch size quizgen uses (its character budget in articles).
           Must hold: `--jobs 1` ≤ 1.2× bare.
  jobs     `--jobs 2` against `--jobs 1` on the 400 articles. Must hold: ≥ 1.6× the throughput,
           when the machine is otherwise idle: judged by the load average before the run (the
           load after includes the bench's own processes; both are printed).

Every sample is a fresh process, as the user waits for it; peak RSS from os.wait4 (the largest
process of the run, worker processes included).

    python bench/bench_scale.py [--sizes 100 400 1000] [--compare 400]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
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


def run(args: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS MB) of one fresh process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    if status:
        sys.exit(f"failed: {' '.join(args)}: {proc.stderr.read().decode()[-800:]}")
    return took, usage.ru_maxrss / 1024


def generate(folder: Path, jobs: int) -> tuple[float, float]:
    return run([sys.executable, "-m", "quizgen", "generate", str(folder), "--format", "jsonl", "--jobs", str(jobs)])


def line(name: str, count: int, took: float, rss: float) -> None:
    print(f"{name:34} {count:5} articles {took:7.1f} s {count / took:6.1f} articles/s {rss:6.0f} MB", flush=True)


def verdict(ok: bool) -> str:
    return "holds" if ok else "DOES NOT HOLD"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400, 1000])
    parser.add_argument("--compare", type=int, default=400, help="articles for the bare and --jobs comparisons")
    args = parser.parse_args()
    from quizgen.nlp import BATCH_CHARS

    load = os.getloadavg()
    print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        sized = {}
        for count in sorted(set(args.sizes)):
            folder = write_folder(Path(tmp) / f"n{count}", count)
            sized[count] = generate(folder, jobs=1)
            line("generate --jobs 1", count, *sized[count])
        small, big = min(sized), max(sized)
        ratio_rss = sized[big][1] / sized[small][1]
        ratio_time = sized[big][0] / sized[small][0]
        print(
            f"peak RSS {big} / {small}: {ratio_rss:.2f}x (≤ 1.2: {verdict(ratio_rss <= 1.2)}); "
            f"time {big} / {small}: {ratio_time:.2f}x (≤ {1.1 * big / small:.0f}: "
            f"{verdict(ratio_time <= 1.1 * big / small)})"
        )

        folder = write_folder(Path(tmp) / f"c{args.compare}", args.compare)
        texts = [p.read_text(encoding="utf-8") for p in folder.iterdir()]
        batch = max(1, BATCH_CHARS * len(texts) // sum(len(t) for t in texts))
        bare = run([sys.executable, "-c", BARE, str(folder), str(batch)])
        line(f"bare nlp.pipe (batch_size={batch})", args.compare, *bare)
        one = generate(folder, jobs=1)
        line("generate --jobs 1", args.compare, *one)
        two = generate(folder, jobs=2)
        line("generate --jobs 2", args.compare, *two)
        print(f"--jobs 1 / bare: {one[0] / bare[0]:.2f}x (≤ 1.2: {verdict(one[0] / bare[0] <= 1.2)})")
        print(f"--jobs 2 throughput / --jobs 1: {one[0] / two[0]:.2f}x (≥ 1.6: {verdict(one[0] / two[0] >= 1.6)})")
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
