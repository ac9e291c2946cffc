"""When do two processes pay? ``extract_many(n_process=2)`` against one process, by batch size.

Run on demand (pytest does not collect this folder), from the repository root::

    PYTHONPATH=src python benchmarks/processes.py                       # the default sizes, 2 rounds
    PYTHONPATH=src python benchmarks/processes.py --sizes 50 200 --batch-sizes 8 32 --rounds 3

For each number of articles (the annotated articles of ``fixtures/``, repeated, as a batch
a newsroom would send), the same run times in this process, side by side:

- the baseline: ``extract_many(texts)``, one process, batches of 32;
- ``extract_many(texts, n_process=2, batch_size=B)`` for each ``B`` asked, *including*
  the start of the two worker processes (forked from this one, with the model already
  loaded), as ``quoteminer extract --processes 2`` pays it on every run.

It prints the wall-time ratio one process ÷ two processes (above 1: two processes are
faster), the best of the rounds of each, in a Markdown table. Wall time, since the
workers' CPU time is not this process's. The machine's load weighs on every mode alike
within a round; rounds rotate the order of the modes.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

import quoteminer
from quoteminer.parse import load

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "fixtures" / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures" / "dev").glob("*.txt"))


def batch(n: int) -> list[str]:
    """``n`` articles: the annotated ones, repeated."""
    base = [p.read_text(encoding="utf-8") for p in ARTICLES]
    return [base[i % len(base)] for i in range(n)]


def timed(texts: Sequence[str], n_process: int, batch_size: int) -> float:
    start = time.perf_counter()
    for _ in quoteminer.extract_many(texts, n_process=n_process, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 50, 100, 200, 400])
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[4, 8, 16, 32])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)

    load("fr_core_news_md")
    for _ in quoteminer.extract_many(batch(46)):  # warm-up: caches, lazy tables
        pass
    modes = [("one process", 1, 32)] + [(f"2 processes, batches of {b}", 2, b) for b in args.batch_sizes]
    chars = {n: sum(map(len, batch(n))) for n in args.sizes}
    best: dict[tuple[int, str], float] = {}
    for round_ in range(args.rounds):
        for n in args.sizes:
            texts = batch(n)
            order = modes[round_ % len(modes) :] + modes[: round_ % len(modes)]
            for name, n_process, batch_size in order:
                seconds = timed(texts, n_process, batch_size)
                key = (n, name)
                best[key] = min(seconds, best.get(key, seconds))
                print(f"round {round_ + 1}: {n:5d} articles  {name:28s} {seconds:7.2f} s", flush=True)

    print(f"\n{len(ARTICLES)} annotated articles repeated; best of {args.rounds} rounds, wall time\n")
    header = ["articles", "characters", "one process (s)"] + [f"÷ 2 processes, batch {b}" for b in args.batch_sizes]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for n in args.sizes:
        one = best[(n, "one process")]
        ratios = [f"{one / best[(n, name)]:.2f}" for name, n_process, _ in modes if n_process == 2]
        print(f"| {n} | {chars[n]:,} | {one:.1f} | " + " | ".join(ratios) + " |")


if __name__ == "__main__":
    main()
