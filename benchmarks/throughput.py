"""Characters per second of ``quoteminer.extract`` against the plain ``fr_core_news_md`` pipeline.

Run on demand (pytest does not collect this folder), from the repository root::

    PYTHONPATH=src python benchmarks/throughput.py            # 2 MB, one round
    PYTHONPATH=src python benchmarks/throughput.py --mb 4 --rounds 2

The corpus is the annotated articles of ``fixtures/`` repeated to the size asked for.
Three ways of processing it are timed in the same process and run, so that the load
of a shared machine weighs on all three alike:

- ``nlp(text)``: the full pipeline as ``spacy.load("fr_core_news_md")`` gives it, one
  call per text;
- ``nlp.pipe``: the same pipeline over all the texts with ``nlp.pipe`` (default batch);
- ``extract``: ``quoteminer.extract(text)`` for each text (quoteminer's own copy of the
  model, its parse and every stage after it).

Throughput is reported from CPU time (``time.process_time``, steadier on a shared
machine) and from wall time, best round of each. Peak memory is measured apart, with
``tracemalloc`` over one copy of the articles (tracing slows everything down, so it is
kept out of the timed rounds), and the process's maximum resident set size is given too.
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

import spacy

import quoteminer
from quoteminer.parse import load

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "fixtures" / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures" / "dev").glob("*.txt"))

Mode = Callable[[Sequence[str]], None]


def articles() -> list[str]:
    """One copy of every annotated article."""
    return [path.read_text(encoding="utf-8") for path in ARTICLES]


def corpus(megabytes: float) -> list[str]:
    """The articles, repeated until they hold ``megabytes`` million characters."""
    base = articles()
    out: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for text in base:
            out.append(text)
            size += len(text)
    return out


def modes(plain: spacy.language.Language) -> dict[str, Mode]:
    """The three ways of processing the corpus, by name."""

    def one_by_one(texts: Sequence[str]) -> None:
        for text in texts:
            plain(text)

    def piped(texts: Sequence[str]) -> None:
        for _ in plain.pipe(texts):
            pass

    def extract(texts: Sequence[str]) -> None:
        for text in texts:
            quoteminer.extract(text)

    return {"nlp(text)": one_by_one, "nlp.pipe": piped, "extract": extract}


def timed(mode: Mode, texts: Sequence[str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one pass."""
    cpu, wall = time.process_time(), time.perf_counter()
    mode(texts)
    return time.process_time() - cpu, time.perf_counter() - wall


def peak_memory(mode: Mode, texts: Sequence[str]) -> int:
    """Peak bytes allocated (tracemalloc) while ``mode`` runs over ``texts``."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base, _ = tracemalloc.get_traced_memory()
        mode(texts)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - base


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=2.0, help="corpus size in millions of characters (default 2)")
    parser.add_argument("--rounds", type=int, default=1, help="timed passes of each mode (default 1)")
    args = parser.parse_args(argv)

    plain = spacy.load("fr_core_news_md")
    load("fr_core_news_md")  # quoteminer's copy, loaded before any timing
    texts = corpus(args.mb)
    chars = sum(map(len, texts))
    runs = modes(plain)
    warm = articles()
    for mode in runs.values():  # warm-up: lemmatizer caches, lazy tables, first calls
        mode(warm)

    best: dict[str, tuple[float, float]] = {}
    names = list(runs)
    for round_ in range(args.rounds):
        for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
            cpu, wall = timed(runs[name], texts)
            old = best.get(name)
            best[name] = (min(cpu, old[0]), min(wall, old[1])) if old else (cpu, wall)
            print(f"round {round_ + 1}: {name:10s} cpu {cpu:7.1f} s  wall {wall:7.1f} s", flush=True)

    peaks = {name: peak_memory(mode, warm) for name, mode in runs.items()}
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    print(f"\ncorpus: {len(texts)} texts, {chars:,} characters ({len(warm)} articles repeated)")
    print("\n| mode | chars/s (CPU) | chars/s (wall) | extract ÷ mode (CPU) | peak traced memory |")
    print("|---|---|---|---|---|")
    ext_cpu = chars / best["extract"][0]
    for name, (cpu, wall) in best.items():
        print(
            f"| {name} | {chars / cpu:,.0f} | {chars / wall:,.0f} | {ext_cpu / (chars / cpu):.2f} "
            f"| {peaks[name] / 2**20:.1f} MiB |"
        )
    print(f"\nmaximum resident set size of the process: {maxrss:,.0f} MiB")


if __name__ == "__main__":
    main()
