"""Held-out figures of the act classifier on the tuning news items, beside the rules, and of
deciders that combine them.

Usage: PYTHONPATH=src python tools/crossvalidate_acts.py [--fixtures fixtures]

The tuning news items are cut into folds by article and the debate statements' tuning half
stays in training, as ``quoteminer train act`` does (``train._held_out``); for each debate
weight and strength tried there, it prints the classifier's held-out accuracy, its
demand/denial/assurance macro-F1 and each act's F1, then:

- ``combined t=…``: the rules' act unless the held-out classifier gives another act a
  probability above ``t`` (a combined decider whose threshold would be chosen on tuning);
- ``content only``: the same classifier fitted without the ``rule.*``, ``rules.*`` and ``vote.*`` features,
  which shows how much of it is learnt from the parse rather than copied from the rules;
- the confusion of both deciders and how often each is right where the other is wrong.

The rules were written on these items, so their figure is in-sample: a combination beats them
here only if the held-out classifier is right where the rules are wrong. The test split is never
read.
"""

from __future__ import annotations

import argparse
import collections
from collections.abc import Sequence
from pathlib import Path

import attrs

from quoteminer import train

ACTS = ("demand", "denial", "assurance", "warning", "accusation", "statement")
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def line(name: str, pairs: Sequence[tuple[str, str]]) -> str:
    right = sum(g == p for g, p in pairs)
    cells = []
    for act in ACTS:
        tp = sum(1 for g, p in pairs if g == act == p)
        total = sum(1 for g, _ in pairs if g == act) + sum(1 for _, p in pairs if p == act)
        cells.append(f"{act[:4]} {2 * tp / total if total else 0.0:.2f}")
    return (
        f"{name:34s} accuracy {right / len(pairs):.3f} ({right}/{len(pairs)})"
        f"  macro-F1 d/d/a {train._key_macro_f1(pairs):.3f}  " + "  ".join(cells)
    )


RULE_FAMILIES = ("rule.", "rules.", "vote.")


def content_only(examples: Sequence[train.ActExample]) -> list[train.ActExample]:
    return [
        attrs.evolve(ex, features={k: v for k, v in ex.features.items() if not k.startswith(RULE_FAMILIES)})
        for ex in examples
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", default="fixtures")
    args = parser.parse_args()
    root = Path(args.fixtures)
    news, _ = train.act_examples(train.tuning_documents(root))
    debate = train.statement_examples(root)
    print(line("rules (in-sample)", [(ex.act, ex.rules) for ex in news]))
    for weight in (0.0, *train.DEBATE_WEIGHTS):
        for strength in train.STRENGTHS:
            held = train._held_out(news, debate, weight, strength)
            predicted = [(ex, max(d, key=lambda c: d[c]), d) for ex, d in held]
            print(line(f"classifier w={weight} C={strength}", [(ex.act, p) for ex, p, _ in predicted]))
            for t in THRESHOLDS:
                combined = [(ex.act, p if p != ex.rules and d[p] > t else ex.rules) for ex, p, d in predicted]
                print(line(f"  combined t={t}", combined))
            bare = train._held_out(content_only(news), content_only(debate), weight, strength)
            print(line("  content only", [(ex.act, max(d, key=lambda c: d[c])) for ex, d in bare]))
            confusion = collections.Counter((ex.act, p) for ex, p, _ in predicted)
            rules = collections.Counter((ex.act, ex.rules) for ex in news)
            both = collections.Counter((p == ex.act, ex.rules == ex.act) for ex, p, _ in predicted)
            print("  confusion, rows gold, columns " + " ".join(a[:4] for a in ACTS) + ": classifier | rules")
            for gold in ACTS:
                mine = " ".join(f"{confusion[(gold, p)]:4d}" for p in ACTS)
                theirs = " ".join(f"{rules[(gold, p)]:4d}" for p in ACTS)
                print(f"  {gold[:6]:7s}{mine}  | {theirs}")
            print(
                f"  both right {both[(True, True)]}, classifier only {both[(True, False)]}, "
                f"rules only {both[(False, True)]}, neither {both[(False, False)]}"
            )


if __name__ == "__main__":
    main()
