"""What the trained choices cost: the stages with the untrained rules against the trained models.

Run on demand, from the repository root::

    PYTHONPATH=src python benchmarks/choices.py [--copies 2]

Over every annotated article (``--copies`` times each), parsed once, it prints the CPU time
of the parse, of the stages after it with ``speakers="first-match"`` (the ordered rules
alone) and with the speaker ranker (the default), and the ranker's added time as a share
of the parse (the speaker issue allows at most 5%); then the same stages (with the ranker)
with ``acts="classifier"`` (the trained act classifier) against ``acts="rules"`` (the
default), and the classifier's added time as a share of the parse. Best of three runs, in
one process.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from timing import best_of  # this folder's helper

from quoteminer import parse, pipeline
from quoteminer.choice import FirstMatch
from quoteminer.lang import get_language

ROOT = Path(__file__).resolve().parent.parent
FR = get_language("fr")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=2, help="copies of each article (default 2)")
    args = parser.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*/*.txt"))] * args.copies
    nlp = parse.load(FR.model)
    prepared = [pipeline.prepare(t, FR) for t in texts]
    t_parse = best_of(3, lambda: [parse.parse(view, nlp) for _, view in prepared])
    parsed = [(laid, view, parse.parse(view, nlp)) for laid, view in prepared]
    ranker = pipeline.speaker_chooser("ranker")
    first = FirstMatch()
    pipeline.extract_parsed(*parsed[0], FR, ranker)  # warm-up: models read, caches filled
    t_first = best_of(3, lambda: [pipeline.extract_parsed(lo, v, p, FR, first) for lo, v, p in parsed])
    t_ranked = best_of(3, lambda: [pipeline.extract_parsed(lo, v, p, FR, ranker) for lo, v, p in parsed])
    classifier = pipeline.act_decider("classifier")
    pipeline.extract_parsed(*parsed[0], FR, ranker, decider=classifier)
    t_acts = best_of(
        3, lambda: [pipeline.extract_parsed(lo, v, p, FR, ranker, decider=classifier) for lo, v, p in parsed]
    )
    chars = sum(map(len, texts))
    print(f"{len(texts)} texts, {chars:,} characters\n")
    print("| part | CPU s | ÷ parse |\n|---|---|---|")
    rows = (
        ("parse", t_parse),
        ("stages, first match, act rules", t_first),
        ("stages, ranker, act rules", t_ranked),
        ("stages, ranker, act classifier", t_acts),
    )
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} | {seconds / t_parse:.3f} |")
    print(f"\nthe ranker adds {(t_ranked - t_first) / t_parse:.1%} of the parse time")
    print(f"the act classifier adds {(t_acts - t_ranked) / t_parse:.1%} of the parse time")


if __name__ == "__main__":
    main()
