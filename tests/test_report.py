"""The evaluator's act report: macro-F1 over the classes in play, the per-class table, reliability bins."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteminer import Extraction
from quoteminer.evaluate import KEY_FIGURES, Counts, Report, evaluate_sets, load_splits


def _report(pairs: list[tuple[str, str]], confidences: list[tuple[float, bool]] | None = None) -> Report:
    counts = Counts(act_pairs=pairs, act_total=len(pairs), act_ok=sum(g == p for g, p in pairs))
    counts.act_confidences = confidences or []
    return Report("t", [("doc", counts)])


def test_macro_f1_leaves_out_a_class_absent_from_gold_and_prediction() -> None:
    report = _report([("demand", "demand"), ("assurance", "assurance"), ("statement", "statement")])
    assert report.figures["act_macro_f1_demand_denial_assurance"] == pytest.approx(1.0)
    assert report.act_scores()["denial"][:2] == (0, 0)


def test_a_predicted_class_absent_from_gold_counts_as_zero() -> None:
    report = _report([("demand", "demand"), ("assurance", "assurance"), ("statement", "denial")])
    assert report.figures["act_macro_f1_demand_denial_assurance"] == pytest.approx(2 / 3)


def test_reliability_bins_and_calibration_error() -> None:
    conf = [(0.55, False), (0.55, True), (0.95, True), (0.95, True)]
    report = _report([("statement", "statement")] * 4, conf)
    rows = report.reliability()
    assert [(lo, n, acc) for lo, _, n, _, acc in rows] == [(0.5, 2, 0.5), (0.9, 2, 1.0)]
    assert report.figures["act_calibration_error"] == pytest.approx((2 * 0.05 + 2 * 0.05) / 4)
    markdown = report.to_markdown()
    assert "| act_confidence | items | mean confidence | act accuracy |" in markdown
    assert "| denial | 0 | 0 | – | – | – |" in markdown


def test_intervals_resample_documents() -> None:
    docs = []
    for n in range(20):
        right = n % 4 != 0  # three documents in four get their one item right
        docs.append((str(n), Counts(speaker_total=1, speaker_ok=int(right), gold_speech=1, pred_speech=1, matched=1)))
    report = Report("t", docs)
    lo, hi = report.intervals(resamples=500)["speaker_accuracy"]
    assert report.figures["speaker_accuracy"] == pytest.approx(0.75)
    assert 0.5 < lo < 0.75 < hi <= 1.0
    again = report.intervals(resamples=500)["speaker_accuracy"]
    assert again == (lo, hi)  # seeded: reproducible
    # a figure with nothing to count in the whole set has no interval
    assert all(x != x for x in report.intervals(resamples=50)["pronoun_speaker_accuracy"])


def test_scoreboard_gap_and_tables(tmp_path: Path) -> None:
    import json

    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        for n in range(3):
            text = "« Nous partons », a dit Paul Martin."
            gold = {"id": str(n), "items": [], "claims": []}
            (folder / f"{n}.txt").write_text(text, encoding="utf-8")
            (folder / f"{n}.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "splits.json").write_text(json.dumps({"a": "tuning", "b": {"test": ["0", "1"]}}), encoding="utf-8")
    assert load_splits(tmp_path / "b") == {"0": "test", "1": "test", "2": "tuning"}
    board = evaluate_sets([tmp_path / "a", tmp_path / "b"], lambda text: Extraction())
    assert [(source, split, len(r.documents)) for source, split, r in board.by_source] == [
        ("a", "tuning", 3),
        ("b", "tuning", 1),
        ("b", "test", 2),
    ]
    assert {split: len(r.documents) for split, r in board.by_split.items()} == {"tuning": 4, "test": 2}
    assert set(board.gap()) == set(KEY_FIGURES)
    markdown = board.to_markdown()
    assert "| gap (tuning − test) | difference | 95% interval |" in markdown
    assert "| **test** (pooled) | 2 |" in markdown
