"""The act deciders side by side: today's rules and the trained act classifier (with and
without the debate statements in training), on every fixture set, by source and split.

Usage: python tools/compare_acts.py [--train] [--out FILE]

Without ``--train`` it compares the rules with the shipped classifier. With ``--train`` it
also trains the classifier twice (``quoteminer train act`` with and without the debate
statements, into a temporary folder) and scores both: that measurement chose
``quoteminer.train.USE_DEBATES`` (docs/accuracy.md, "Speech acts"). Test sets are scored,
never read for errors: this prints figures only.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
from collections.abc import Sequence
from pathlib import Path

from quoteminer.acts import ActDecider, Classifier, Rules
from quoteminer.evaluate import KEY_FIGURES, Report, Scoreboard, evaluate_sets
from quoteminer.learn import LinearModel, load_model
from quoteminer.pipeline import extract, judge_statement

ROOT = Path(__file__).resolve().parent.parent
SETS = ("seeds", "dev", "est-republicain", "wikinews-test", "assemblee-acts")
FIGURES = ("act_accuracy", "act_macro_f1_demand_denial_assurance")


def score(decider: ActDecider) -> Scoreboard:
    """Every fixture set scored with ``decider`` deciding the acts."""
    return evaluate_sets(
        [ROOT / "fixtures" / name for name in SETS],
        functools.partial(extract, acts=decider),
        functools.partial(judge_statement, acts=decider),
    )


def _cell(report: Report, name: str) -> str:
    value, (lo, hi) = report.figures[name], report.intervals()[name]
    return f"{value:.3f} [{lo:.2f}, {hi:.2f}]"


def table(boards: Sequence[tuple[str, Scoreboard]]) -> str:
    """One row per set and split, the figures of each decider side by side."""
    first = boards[0][1]
    rows: list[tuple[str, list[Report]]] = []
    for i, (source, split, _) in enumerate(first.by_source):
        rows.append((f"{source} / {split}", [board.by_source[i][2] for _, board in boards]))
    for split in first.by_split:
        rows.append((f"**news {split}** (pooled)", [board.by_split[split] for _, board in boards]))
    for i, (source, split, _) in enumerate(first.statements):
        rows.append((f"{source} / {split} (act only)", [board.statements[i][2] for _, board in boards]))
    head = ["set", "items"]
    for label, _ in boards:
        head += [f"{label}: accuracy", f"{label}: macro-F1 d/d/a", f"{label}: calibration error"]
    lines = ["| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    for label, reports in rows:
        cells = [label, str(reports[0].counts.act_total)]
        for report in reports:
            cells += [_cell(report, name) for name in FIGURES]
            cells.append(f"{report.figures['act_calibration_error']:.3f}")
        lines.append("| " + " | ".join(cells) + " |")
    assert set(FIGURES) <= set(KEY_FIGURES)
    return "\n".join(lines)


def paired_difference(a: Report, b: Report, name: str, resamples: int = 1000) -> tuple[float, float, float]:
    """``b`` minus ``a`` for figure ``name`` over the same documents, with a 95% interval from
    resampling the documents (the same resamples for both: a paired difference)."""
    import numpy

    from quoteminer.evaluate import _key_figures, _vector

    assert [d for d, _ in a.documents] == [d for d, _ in b.documents]
    rows = [(_vector(ca), _vector(cb)) for (_, ca), (_, cb) in zip(a.documents, b.documents, strict=True)]
    keys = list(rows[0][0])
    ta = numpy.array([[r[0][k] for k in keys] for r in rows])
    tb = numpy.array([[r[1][k] for k in keys] for r in rows])
    picks = numpy.random.default_rng(20121205).integers(0, len(rows), size=(resamples, len(rows)))
    fa = _key_figures({k: ta[picks].sum(axis=1)[:, i] for i, k in enumerate(keys)})[name]
    fb = _key_figures({k: tb[picks].sum(axis=1)[:, i] for i, k in enumerate(keys)})[name]
    diff = fb - fa
    point = b.figures[name] - a.figures[name]
    return point, float(numpy.percentile(diff, 2.5)), float(numpy.percentile(diff, 97.5))


def differences(boards: Sequence[tuple[str, Scoreboard]]) -> str:
    """Each decider minus each one before it, on the pooled news splits and the act-only halves
    (paired: the same resamples of documents for both)."""
    lines = ["| difference | set | " + " | ".join(FIGURES) + " |", "|---|---|" + "---|" * len(FIGURES)]
    for (base_label, base), (label, board) in itertools.combinations(boards, 2):
        pairs = [(f"news {split}", base.by_split[split], board.by_split[split]) for split in base.by_split]
        pairs += [
            (f"{source} / {split}", base.statements[i][2], board.statements[i][2])
            for i, (source, split, _) in enumerate(base.statements)
        ]
        for where, a, b in pairs:
            cells = [paired_difference(a, b, name) for name in FIGURES]
            lines.append(
                f"| {label} − {base_label} | {where} | "
                + " | ".join(f"{d:+.3f} [{lo:+.2f}, {hi:+.2f}]" for d, lo, hi in cells)
                + " |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", action="store_true", help="train with and without the debates and score both")
    parser.add_argument("--out", help="also write the tables and the full reports there (Markdown)")
    args = parser.parse_args()
    deciders: list[tuple[str, ActDecider]] = [("rules", Rules())]
    models: dict[str, LinearModel] = {}
    if args.train:
        from quoteminer.train import train_act

        models["classifier, news only"] = train_act(ROOT / "fixtures", debates=False)
        models["classifier, news + debates"] = train_act(ROOT / "fixtures", debates=True)
    else:
        models["classifier (shipped)"] = load_model("act")
    deciders += [(label, Classifier(model)) for label, model in models.items()]
    boards = [(label, score(decider)) for label, decider in deciders]
    out = [table(boards), "", differences(boards), ""]
    for label, model in models.items():
        out.append(f"{label}: {json.dumps(dict(model.meta), ensure_ascii=False)}")
    for label, board in boards:
        out += ["", f"## {label}"]
        for split, report in board.by_split.items():
            out += ["", f"### news {split}", "", report.acts_markdown(("matched speech items", "articles"))]
        for source, split, report in board.statements:
            out += ["", f"### {source} / {split}", "", report.acts_markdown()]
    text = "\n".join(out)
    print(text.split("\n## ")[0])
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
