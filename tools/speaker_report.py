"""The speaker choosers side by side, and the ranker trained on one source scored on the other.

Usage: python tools/speaker_report.py   (writes nothing; prints Markdown for docs/accuracy.md)

1. First match and the shipped ranker on every fixture set, by source and split, with
   speaker accuracy by resolution (how the gold speaker is found in the text) and by the
   item's kind (direct, partial, indirect).
2. Leave one source out: the ranker trained on the tuning articles of Wikinews and the
   seeds only, scored on every Est Républicain article; and trained on the tuning half of
   L'Est Républicain only, scored on every Wikinews article (dev and wikinews-test). The
   test articles are scored, never read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import quoteminer
from quoteminer.choice import Chooser, Ranker
from quoteminer.evaluate import Report, evaluate_sets, load_fixture, match
from quoteminer.train import fit_ranker, speaker_groups, tuning_documents

ROOT = Path(__file__).resolve().parent.parent / "fixtures"
SETS = ("seeds", "dev", "est-republicain", "wikinews-test")


def _by_kind(
    directories: list[Path], extractor: Callable[[str], quoteminer.Extraction], only: str
) -> dict[str, tuple[int, int]]:
    """Speaker accuracy by gold kind over the documents of split ``only``."""
    from quoteminer.evaluate import _name_ok, fixture_language, load_splits

    out: Counter[tuple[str, bool]] = Counter()
    for directory in directories:
        splits = load_splits(directory)
        for path in sorted(directory.glob("*.json")):
            if splits.get(path.stem) != only:
                continue
            text, gold = load_fixture(path)
            result = extractor(text)
            g_items = [g for g in gold["items"] if g["kind"] != "mention"]
            p_items = [q for q in result.quotes if q.kind.is_speech]
            for gi, pi in match([(g["start"], g["end"]) for g in g_items], [(q.start, q.end) for q in p_items]):
                ok = _name_ok(g_items[gi].get("speaker"), p_items[pi], fixture_language(gold))
                out[(g_items[gi]["kind"], ok)] += 1
    kinds = sorted({k for k, _ in out})
    return {k: (out[(k, True)] + out[(k, False)], out[(k, True)]) for k in kinds}


def _row(name: str, report: Report) -> str:
    f, iv, c = report.figures, report.intervals(), report.counts
    return (
        f"| {name} | {c.speaker_total} | {f['speaker_accuracy']:.3f} [{iv['speaker_accuracy'][0]:.2f}, "
        f"{iv['speaker_accuracy'][1]:.2f}] | {f['pronoun_speaker_accuracy']:.3f} ({c.pronoun_total}) |"
    )


def main() -> None:
    directories = [ROOT / name for name in SETS]
    choosers: dict[str, str | Chooser] = {"first match": "first-match", "ranker": "ranker"}
    print("| chooser, set | speaker items | speaker accuracy | pronoun speakers |\n|---|---|---|---|")
    boards = {}
    for label, chooser in choosers.items():
        board = evaluate_sets(directories, lambda t, chooser=chooser: quoteminer.extract(t, speakers=chooser))
        boards[label] = board
        for source, split, report in board.by_source:
            print(_row(f"{label}: {source} / {split}", report))
        for split, report in board.by_split.items():
            print(_row(f"**{label}: {split}** (pooled)", report))
    print("\n| resolution of the gold speaker | split | first match | ranker |\n|---|---|---|---|")
    for split in ("tuning", "test"):
        a, b = boards["first match"].by_split[split].by_resolution(), boards["ranker"].by_split[split].by_resolution()
        for resolution in sorted(set(a) | set(b)):
            (n, ra), (_, rb) = a.get(resolution, (0, 0)), b.get(resolution, (0, 0))
            print(f"| {resolution} | {split} | {ra}/{n} | {rb}/{n} |")
    print("\n| item kind | split | first match | ranker |\n|---|---|---|---|")
    for split in ("tuning", "test"):
        kinds = {
            label: _by_kind(directories, lambda t, c=chooser: quoteminer.extract(t, speakers=c), split)
            for label, chooser in choosers.items()
        }
        for kind in sorted(kinds["ranker"]):
            (n, ra), (_, rb) = kinds["first match"].get(kind, (0, 0)), kinds["ranker"][kind]
            print(f"| {kind} | {split} | {ra}/{n} | {rb}/{n} |")
    print("\n| trained on | scored on | first match | ranker |\n|---|---|---|---|")
    plans = (
        ("seeds + dev (Wikinews)", ("seeds", "dev"), ("est-republicain",)),
        ("Est Républicain, tuning half", ("est-republicain",), ("dev", "wikinews-test")),
    )
    for label, train_sets, score_sets in plans:
        groups, counts = speaker_groups(tuning_documents(ROOT, train_sets))
        model = fit_ranker(groups, counts)
        targets = [ROOT / name for name in score_sets]
        first = evaluate_sets(targets, lambda t: quoteminer.extract(t, speakers="first-match"))
        ranked = evaluate_sets(targets, lambda t, m=model: quoteminer.extract(t, speakers=Ranker(m)))
        for split in first.by_split:
            fa, ra = first.by_split[split].figures, ranked.by_split[split].figures
            n = first.by_split[split].counts.speaker_total
            scored = " + ".join(score_sets) + f" ({split}, {n} items)"
            print(f"| {label} | {scored} | {fa['speaker_accuracy']:.3f} | {ra['speaker_accuracy']:.3f} |")


if __name__ == "__main__":
    main()
