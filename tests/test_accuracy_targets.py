"""Accuracy guards on the fixtures (real model; every fixture parsed once per session).

The tuning figures guard against regressions of the rules and models; the test figures
are scored (never read for errors) and guard the generalisation the issues asked for
against sliding back below the recorded baseline (docs/accuracy.md).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quoteminer import Extraction
from quoteminer.evaluate import evaluate, evaluate_sets
from tests.conftest import FIXTURES, SETS


@pytest.mark.slow
def test_dev_targets(extract_cached: Callable[[str], Extraction]) -> None:
    figures = evaluate(FIXTURES / "dev", extract_cached).figures
    assert figures["speaker_accuracy"] >= 0.88
    assert figures["pronoun_speaker_accuracy"] >= 0.85
    assert figures["speech_f1"] >= 0.89


@pytest.mark.slow
def test_seed_speakers_and_kinds(extract_cached: Callable[[str], Extraction]) -> None:
    figures = evaluate(FIXTURES / "seeds", extract_cached).figures
    assert figures["speaker_accuracy"] == 1.0
    assert figures["kind_accuracy"] == 1.0
    assert figures["leaked_mentions"] == 0


@pytest.mark.slow
def test_test_split_stays_above_the_baseline(extract_cached: Callable[[str], Extraction]) -> None:
    """The pooled test figures of the baseline (docs/accuracy.md: speech F1 0.803, speaker 0.614,
    act macro-F1 0.593), less a margin for the noise of a test set of about 120 items (a
    change of two or three items), as a guard against a real slide."""
    board = evaluate_sets([FIXTURES / name for name in SETS], extract_cached)
    test = board.by_split["test"].figures
    assert test["speech_f1"] >= 0.78
    assert test["speaker_accuracy"] >= 0.58
    assert test["act_macro_f1_demand_denial_assurance"] >= 0.55
