"""Held-out figures of the kind classifier on the tuning split, beside the ordered rules.

Usage: PYTHONPATH=src python tools/crossvalidate_kind.py [--fixtures fixtures]

The tuning documents are cut into five folds by document (as ``quoteminer train`` does); for
each fold a kind classifier is trained on the other four (strength and threshold chosen by
its own inner cross-validation) and every item of the fold's documents is extracted with it.
The figures are those of ``quoteminer evaluate`` over the held-out items, by source, for the
classifier and for the rules on the same documents. The test split is never read: this is how
the classifier is compared with the rules while the rules and features are written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from quoteminer.choice import Overrule
from quoteminer.evaluate import Report, score
from quoteminer.pipeline import extract
from quoteminer.train import FOLDS, fit_kind, kind_groups, tuning_documents

FIGURES = ("speech_f1", "speech_f1_strict", "indirect_f1", "leaked_mention_rate", "kind_accuracy")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", default="fixtures")
    args = parser.parse_args()
    documents = tuning_documents(Path(args.fixtures))
    groups, _ = kind_groups(documents)
    ids = sorted({d.id for d in documents})
    reports: dict[tuple[str, str], Report] = {}
    for k in range(FOLDS):
        held = set(ids[k::FOLDS])
        model = fit_kind([g for g in groups if g.document not in held])
        for doc in documents:
            if doc.id not in held:
                continue
            for decider, items in (("classifier", Overrule(model)), ("rules", "rules")):
                result = extract(doc.text, items=items)
                for source in (doc.source, "tuning"):
                    report = reports.setdefault((source, decider), Report(f"{source} / {decider}"))
                    report.documents.append((doc.id, score(doc.text, doc.gold, result)))
    print("| source | decider | documents | " + " | ".join(FIGURES) + " |")
    print("|---" * (len(FIGURES) + 3) + "|")
    for (source, decider), report in sorted(reports.items()):
        figures = report.figures
        intervals = report.intervals()
        cells = [
            f"{figures[f]:.3f} [{intervals[f][0]:.2f}, {intervals[f][1]:.2f}]"
            if f in intervals
            else f"{figures[f]:.3f}"
            for f in FIGURES
        ]
        print(f"| {source} | {decider} | {len(report.documents)} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
