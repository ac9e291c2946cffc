"""The evaluator's act report: macro-F1 over the classes in play, the per-class table, reliability bins."""

from __future__ import annotations

import pytest

from quoteminer.evaluate import Counts, Report


def _report(pairs: list[tuple[str, str]], confidences: list[tuple[float, bool]] | None = None) -> Report:
    counts = Counts(act_pairs=pairs, act_total=len(pairs), act_ok=sum(g == p for g, p in pairs))
    counts.act_confidences = confidences or []
    return Report("t", counts)


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
