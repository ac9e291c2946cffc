"""The triage mode (``extract(text, mode="fast")``) against the full pipeline.

Run on demand, from the repository root::

    PYTHONPATH=src python benchmarks/triage.py [--copies 3]

1. Throughput: CPU time of plain ``nlp(text)`` with spaCy's defaults, of ``extract`` and of
   ``extract(mode="fast")`` over every annotated article (``--copies`` times each), in one
   process, as ratios to ``nlp(text)`` (best of three).
2. Agreement with the full mode, per split: the full mode's direct quotations the fast
   mode finds with the same span and kind, and the precision and recall of the fast
   mode's speech items (any kind, overlap as the evaluator counts it) against the full
   mode's, and of its speakers on the items both find.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import spacy
from timing import best_of  # this folder's helper

import quoteminer
from quoteminer.evaluate import load_splits, match

ROOT = Path(__file__).resolve().parent.parent / "fixtures"
SETS = ("seeds", "dev", "est-republicain", "wikinews-test")


def agreement() -> None:
    rows: dict[str, list[int]] = {}
    for name in SETS:
        splits = load_splits(ROOT / name)
        for path in sorted((ROOT / name).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            full, fast = quoteminer.extract(text), quoteminer.extract(text, mode="fast")
            row = rows.setdefault(splits.get(path.stem, "tuning"), [0] * 6)
            directs = {(q.start, q.end) for q in full.quotes if q.kind.value == "direct"}
            row[0] += len(directs)
            row[1] += len(directs & {(q.start, q.end) for q in fast.quotes if q.kind.value == "direct"})
            a = [q for q in full.quotes if q.kind.is_speech]
            b = [q for q in fast.quotes if q.kind.is_speech]
            pairs = match([(q.start, q.end) for q in a], [(q.start, q.end) for q in b])
            row[2] += len(a)
            row[3] += len(b)
            row[4] += len(pairs)
            row[5] += sum(
                1
                for i, j in pairs
                if b[j].speaker is not None and a[i].speaker is not None and a[i].speaker.name == b[j].speaker.name
            )
    print("| split | full direct quotations | found alike by fast | speech precision | speech recall | same speaker |")
    print("|---|---|---|---|---|---|")
    for split, (directs, alike, n_full, n_fast, matched, same) in sorted(rows.items(), reverse=True):
        print(
            f"| {split} | {directs} | {alike / directs:.3f} | {matched / max(n_fast, 1):.3f} | "
            f"{matched / max(n_full, 1):.3f} | {same / max(matched, 1):.3f} |"
        )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=3)
    args = parser.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for name in SETS for p in sorted((ROOT / name).glob("*.txt"))]
    texts = texts * args.copies
    plain = spacy.load("fr_core_news_md")
    for text in texts[:20]:  # warm-up
        plain(text)
        quoteminer.extract(text)
        quoteminer.extract(text, mode="fast")
    base = best_of(2, lambda: [plain(t) for t in texts])
    full = best_of(2, lambda: [quoteminer.extract(t) for t in texts])
    fast = best_of(3, lambda: [quoteminer.extract(t, mode="fast") for t in texts])
    chars = sum(map(len, texts))
    print(f"{len(texts)} texts, {chars:,} characters\n")
    print("| run | CPU s | characters/s | throughput ÷ nlp(text) |\n|---|---|---|---|")
    for name, seconds in (("nlp(text)", base), ("extract", full), ('extract(mode="fast")', fast)):
        print(f"| {name} | {seconds:.2f} | {chars / seconds:,.0f} | {base / seconds:.2f} |")
    print()
    agreement()


if __name__ == "__main__":
    main()
