"""Characters per second on text the process has never seen, against the same ceiling C.

Run on demand (pytest does not collect this folder), from the repository root::

    PYTHONPATH=src python benchmarks/unseen.py                 # every mode, two runs each
    PYTHONPATH=src python benchmarks/unseen.py --runs 1 --modes "nlp(text)" ceiling extract_many

``throughput.py`` repeats 46 articles to a megabyte or two and warms every mode up on them
first: it measures the steady state of a process that has met every word before, where the
caches of the lemmatizer and of the person-noun model are full. A pipeline run over a
stream of new articles keeps meeting words it has not seen. Here each mode runs in a fresh
process of its own, warmed up on a few thousand characters of another kind of text (a
novel of ``fixtures/fr-litbank``), then times one pass over the 186 annotated news articles
of ``fixtures/`` (every word of them new to that process). The modes are those of
``throughput.py`` that run in one thread: ``nlp(text)`` (the baseline), ``ceiling`` (the
same pipeline with ``nlp.pipe`` in batches of 32 on the faster backend, one BLAS thread:
C), ``extract`` and ``extract_many``. CPU time of the child process; the best of the runs.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ("seeds", "dev", "est-republicain", "wikinews-test")
MODES = ("nlp(text)", "ceiling", "extract", "extract_many")
#: What issue 17 asks of each mode, as a share of the ceiling C.
TARGETS = {"extract_many": 0.85, "extract": 0.6}


def texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for name in SETS for p in sorted((ROOT / "fixtures" / name).glob("*.txt"))]


def warm_text() -> str:
    return sorted((ROOT / "fixtures" / "fr-litbank").glob("*.txt"))[0].read_text(encoding="utf-8")[:5000]


def run_mode(mode: str) -> float:
    """CPU seconds of one pass of ``mode`` over the articles, in this (fresh) process."""
    import spacy

    import quoteminer
    from quoteminer import backend

    corpus, warm = texts(), warm_text()
    if mode in ("nlp(text)", "ceiling"):
        nlp = spacy.load("fr_core_news_md")
        if mode == "ceiling":
            backend.choose(nlp)
        nlp(warm)
    else:
        list(quoteminer.extract_many([warm]))
    start = time.process_time()
    if mode == "nlp(text)":
        for text in corpus:
            nlp(text)
    elif mode == "ceiling":
        with backend.one_thread():
            for _ in nlp.pipe(corpus, batch_size=32):
                pass
    elif mode == "extract":
        for text in corpus:
            quoteminer.extract(text)
    else:
        for _ in quoteminer.extract_many(corpus):
            pass
    return time.process_time() - start


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=2, help="fresh processes per mode (default 2)")
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES), metavar="MODE")
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(run_mode(args.child))
        return
    if "nlp(text)" not in args.modes:
        parser.error("the baseline nlp(text) must be among the modes")
    chars = sum(map(len, texts()))
    best: dict[str, float] = {}
    for run in range(args.runs):
        for mode in args.modes if run % 2 == 0 else reversed(args.modes):
            out = subprocess.run(
                [sys.executable, __file__, "--child", mode], capture_output=True, text=True, check=True, cwd=ROOT
            )
            spent = float(out.stdout.strip().splitlines()[-1])
            best[mode] = min(spent, best.get(mode, spent))
            print(f"run {run + 1}: {mode:14s} {spent:6.2f} s CPU, {chars / spent:,.0f} chars/s", flush=True)
    base = chars / best["nlp(text)"]
    print(f"\n{len(texts())} articles, {chars:,} characters, each mode in a fresh process\n")
    print("| mode | chars/s (CPU) | ÷ nlp(text) |")
    print("|---|---|---|")
    for mode in args.modes:
        print(f"| {mode} | {chars / best[mode]:,.0f} | {chars / best[mode] / base:.2f} |")
    if "ceiling" in best:
        ceiling = chars / best["ceiling"]
        print(f"\nC (ceiling ÷ nlp(text)) = {ceiling / base:.2f}")
        for mode, share in TARGETS.items():
            if mode in best:
                got = chars / best[mode] / ceiling
                print(f"{mode}: {got:.2f} C (asked: ≥ {share} C) {'met' if got >= share else 'NOT met'}")


if __name__ == "__main__":
    main()
