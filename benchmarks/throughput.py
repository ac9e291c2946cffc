"""Characters per second of ``quoteminer.extract`` against the plain ``fr_core_news_md`` pipeline.

Run on demand (pytest does not collect this folder), from the repository root::

    PYTHONPATH=src python benchmarks/throughput.py            # 2 MB, one round, every mode
    PYTHONPATH=src python benchmarks/throughput.py --mb 4 --rounds 2
    PYTHONPATH=src python benchmarks/throughput.py --modes "nlp(text)" extract "extract_many ×2"

The corpus is the annotated articles of ``fixtures/`` repeated to the size asked for.
The ways of processing it are timed in the same process and run, so that the load of a
shared machine weighs on all of them alike:

- ``nlp(text)``: the full pipeline as ``spacy.load("fr_core_news_md")`` gives it, one
  call per text (the baseline);
- ``nlp.pipe``: the same pipeline over all the texts with ``nlp.pipe`` (default batch);
- ``nlp.pipe ×2``: the same with ``n_process=2``;
- ``ceiling``: the model alone at its best, the ceiling C: the same pipeline (its own copy,
  every component) on the faster of the two linear-algebra backends (``backend.choose``,
  the probe quoteminer runs when it loads its model) with ``nlp.pipe`` in batches of 32
  (faster here than the default 1,000) and numpy's BLAS on one thread;
- ``parse only``: quoteminer's copy of the model over the views ``extract_many`` would
  parse (``pipeline.prepare``, ``parse.prepare``), with ``nlp.pipe`` in batches of 32:
  ``extract_many`` without the stages after the parse;
- ``extract``: ``quoteminer.extract(text)`` for each text (quoteminer's own copy of the
  model, its parse and every stage after it);
- ``extract_many``: ``quoteminer.extract_many(texts)`` (``n_process=1``, batches of 32);
- ``extract_many ×2``: the same with ``n_process=2``: the parse in two worker processes,
  the stages in this one;
- ``extract, 2 threads``: ``extract`` from a pool of two threads.

Throughput is reported from wall time, and from CPU time (``time.process_time``,
steadier on a shared machine) for the modes that run in this process alone: the CPU
time of worker processes is not counted there, so multi-process modes have wall time
only. Best round of each.

Memory: for each timed pass, the peak resident set size of this process (``VmHWM`` from
``/proc``, reset before the pass: with two copies of the model loaded, most of it is
the models) and of its worker processes together (sampled every 50 ms; forked from this
process, they count the pages of the models they share with it). Apart, ``tracemalloc``
over one copy of the articles gives the peak of what this process allocates (tracing
slows everything down, so it is kept out of the timed rounds).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import threading
import time
import tracemalloc
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import spacy
from stream_memory import descendants, memory  # this folder's helpers for /proc

import quoteminer
from quoteminer import backend, parse, pipeline
from quoteminer.lang import get_language
from quoteminer.parse import load

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "fixtures" / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures" / "dev").glob("*.txt"))

Mode = Callable[[Sequence[str]], None]
#: Modes whose work all happens in one thread of this process: their CPU time is a throughput.
IN_PROCESS = ("nlp(text)", "nlp.pipe", "ceiling", "parse only", "extract", "extract_many")
#: What the issue asks of each mode, as a share of the ceiling C (in-process modes, CPU time).
TARGETS = {"extract_many": 0.85, "extract": 0.6}


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


def modes(plain: spacy.language.Language, fastest: spacy.language.Language) -> dict[str, Mode]:
    """The ways of processing the corpus, by name (``fastest``: the copy on the faster backend)."""

    def one_by_one(texts: Sequence[str]) -> None:
        for text in texts:
            plain(text)

    def piped(texts: Sequence[str]) -> None:
        for _ in plain.pipe(texts):
            pass

    def piped_2(texts: Sequence[str]) -> None:
        for _ in plain.pipe(texts, n_process=2):
            pass

    def ceiling(texts: Sequence[str]) -> None:
        with backend.one_thread():
            for _ in fastest.pipe(texts, batch_size=32):
                pass

    own = load("fr_core_news_md")
    french = get_language("fr")

    def parse_only(texts: Sequence[str]) -> None:
        views = (pipeline.prepare(text, french)[1] for text in texts)
        with parse.model_lock(own), backend.one_thread():
            for _ in own.pipe((parse.prepare(own, view) for view in views), batch_size=32):
                pass

    def extract(texts: Sequence[str]) -> None:
        for text in texts:
            quoteminer.extract(text)

    def many(texts: Sequence[str]) -> None:
        for _ in quoteminer.extract_many(texts):
            pass

    def many_2(texts: Sequence[str]) -> None:
        for _ in quoteminer.extract_many(texts, n_process=2):
            pass

    def threads_2(texts: Sequence[str]) -> None:
        with ThreadPoolExecutor(max_workers=2) as pool:
            for _ in pool.map(quoteminer.extract, texts):
                pass

    return {
        "nlp(text)": one_by_one,
        "nlp.pipe": piped,
        "nlp.pipe ×2": piped_2,
        "ceiling": ceiling,
        "parse only": parse_only,
        "extract": extract,
        "extract_many": many,
        "extract_many ×2": many_2,
        "extract, 2 threads": threads_2,
    }


class Workers:
    """Samples the resident memory of this process's descendants while it is open."""

    def __init__(self, every: float = 0.05) -> None:
        self.every = every
        self.peak = 0  # KiB, the largest sum over the samples
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(self.every):
            self.peak = max(self.peak, sum(memory(pid)[0] for pid in descendants(me)))

    def __enter__(self) -> Workers:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def reset_peak_rss() -> bool:
    """Reset this process's ``VmHWM`` to its current resident size (Linux ≥ 4.0)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def timed(mode: Mode, texts: Sequence[str], workers: bool) -> tuple[float, float, int, int]:
    """(CPU seconds, wall seconds, peak RSS of this process, peak RSS of its workers) of one pass.

    The workers are sampled only when ``workers`` (a thread reading ``/proc`` costs CPU time).
    """
    reset_peak_rss()
    with Workers() if workers else contextlib.nullcontext() as sampler:
        cpu, wall = time.process_time(), time.perf_counter()
        mode(texts)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return cpu, wall, memory()[1], sampler.peak if sampler else 0


def peak_memory(mode: Mode, texts: Sequence[str]) -> int:
    """Peak bytes allocated in this process (tracemalloc) while ``mode`` runs over ``texts``."""
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
    parser.add_argument("--modes", nargs="+", metavar="MODE", help="the modes to run (default: all)")
    args = parser.parse_args(argv)

    plain = spacy.load("fr_core_news_md")
    fastest = spacy.load("fr_core_news_md")
    chosen = backend.choose(fastest)  # the probe quoteminer runs on its own copy
    own = load("fr_core_news_md")  # quoteminer's copy, loaded before any timing
    print(
        f"backend chosen by the probe: {chosen} (quoteminer's copy: {backend.backend_of(own)}); "
        f"quoteminer's pipeline: {', '.join(own.pipe_names)}"
    )
    texts = corpus(args.mb)
    chars = sum(map(len, texts))
    runs = modes(plain, fastest)
    if args.modes:
        unknown = set(args.modes) - set(runs)
        if unknown:
            parser.error(f"unknown modes {sorted(unknown)}; choose among {list(runs)}")
        runs = {name: runs[name] for name in args.modes}
    if "nlp(text)" not in runs:
        parser.error("the baseline nlp(text) must be among the modes")
    warm = articles()
    for mode in runs.values():  # warm-up: lemmatizer caches, lazy tables, first calls
        mode(warm)

    best: dict[str, tuple[float, float, int, int]] = {}
    names = list(runs)
    for round_ in range(args.rounds):
        for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
            cpu, wall, rss, workers = timed(runs[name], texts, workers="×" in name)
            old = best.get(name)
            best[name] = (
                (min(cpu, old[0]), min(wall, old[1]), max(rss, old[2]), max(workers, old[3]))
                if old
                else (cpu, wall, rss, workers)
            )
            print(
                f"round {round_ + 1}: {name:18s} cpu {cpu:7.1f} s  wall {wall:7.1f} s  "
                f"peak RSS {rss / 1024:,.0f} MiB, workers {workers / 1024:,.0f} MiB",
                flush=True,
            )

    peaks = {name: peak_memory(mode, warm) for name, mode in runs.items()}

    print(f"\ncorpus: {len(texts)} texts, {chars:,} characters ({len(warm)} articles repeated)")
    print(
        "\n| mode | chars/s (wall) | ÷ nlp(text) (wall) | chars/s (CPU) | ÷ nlp(text) (CPU) "
        "| peak RSS | workers' peak RSS | peak traced memory |"
    )
    print("|---|---|---|---|---|---|---|---|")
    base_cpu, base_wall = chars / best["nlp(text)"][0], chars / best["nlp(text)"][1]
    for name, (cpu, wall, rss, workers) in best.items():
        by_cpu = f"{chars / cpu:,.0f} | {chars / cpu / base_cpu:.2f}" if name in IN_PROCESS else "– | –"
        print(
            f"| {name} | {chars / wall:,.0f} | {chars / wall / base_wall:.2f} | {by_cpu} "
            f"| {rss / 1024:,.0f} MiB | {workers / 1024:,.0f} MiB | {peaks[name] / 2**20:.1f} MiB |"
        )
    if "ceiling" in best:
        ceiling = chars / best["ceiling"][0]
        print(f"\nC (ceiling ÷ nlp(text), CPU time) = {ceiling / base_cpu:.2f}")
        for name, share in TARGETS.items():
            if name in best:
                got = chars / best[name][0] / ceiling
                print(f"{name}: {got:.2f} C (asked: ≥ {share} C) {'met' if got >= share else 'NOT met'}")


if __name__ == "__main__":
    main()
