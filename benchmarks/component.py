"""The spaCy component's pipelines against ``extract_many``, on the same articles, in one process.

Run on demand (pytest does not collect this folder), from the repository root::

    PYTHONPATH=src python benchmarks/component.py [--rounds 2]

The articles: every annotated article of ``fixtures/`` (their paragraphs apart by line
breaks, as news comes). The modes, timed side by side in this process (CPU time, steadier
than wall time on a shared machine; everything runs in this one thread):

- ``extract_many``: ``quoteminer.extract_many(texts)`` (the baseline);
- ``recommended``: ``spacy.blank("fr")`` + the component, ``nlp.pipe(texts)``: one parse
  with quoteminer's model, copied onto the Docs;
- ``full pipeline``: ``fr_core_news_md`` + ``quoteminer_paragraphs`` + the component,
  ``nlp.pipe(texts)``: the host's parse, then quoteminer's for every text whose view is
  not its text (line breaks);
- ``full pipeline, no annotate``: the same with ``annotate=False`` (no difference expected:
  the host's Docs have their own annotation).

Prints each mode's CPU seconds and its ratio to the baseline (best of the rounds).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import spacy

import quoteminer
from quoteminer.parse import load

ROOT = Path(__file__).resolve().parent.parent
SETS = ("seeds", "dev", "est-republicain", "wikinews-test")


def texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for name in SETS for p in sorted((ROOT / "fixtures" / name).glob("*.txt"))]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    corpus = texts()
    load("fr_core_news_md")
    blank = spacy.blank("fr")
    blank.add_pipe("quoteminer")
    full = spacy.load("fr_core_news_md")
    full.add_pipe("quoteminer_paragraphs", before="parser")
    full.add_pipe("quoteminer")
    plain = spacy.load("fr_core_news_md")
    plain.add_pipe("quoteminer_paragraphs", before="parser")
    plain.add_pipe("quoteminer", config={"annotate": False})

    def many(batch: Sequence[str]) -> None:
        for _ in quoteminer.extract_many(batch):
            pass

    def piped(nlp: spacy.language.Language) -> Callable[[Sequence[str]], None]:
        def run(batch: Sequence[str]) -> None:
            for _ in nlp.pipe(batch, batch_size=32):
                pass

        return run

    modes = {
        "extract_many": many,
        "recommended (blank + component)": piped(blank),
        "full pipeline + component": piped(full),
        "full pipeline + component, no annotate": piped(plain),
    }
    for mode in modes.values():  # warm-up
        mode(corpus[:10])
    best: dict[str, float] = {}
    names = list(modes)
    for round_ in range(args.rounds):
        for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
            start = time.process_time()
            modes[name](corpus)
            seconds = time.process_time() - start
            best[name] = min(seconds, best.get(name, seconds))
            print(f"round {round_ + 1}: {name:40s} {seconds:6.1f} s CPU", flush=True)
    with_breaks = sum("\n" in t for t in corpus)
    print(f"\n{len(corpus)} articles ({with_breaks} with line breaks), {sum(map(len, corpus)):,} characters\n")
    print("| mode | CPU s | ÷ extract_many |")
    print("|---|---|---|")
    for name, seconds in best.items():
        print(f"| {name} | {seconds:.1f} | {seconds / best['extract_many']:.2f} |")


if __name__ == "__main__":
    main()
