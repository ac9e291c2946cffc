"""The accuracy targets of the attribution issue, on the fixtures (real model, about 10 s).

The fixtures are development sets: these figures guard against regressions, they do
not promise the same on unseen articles (docs/accuracy.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteminer.evaluate import evaluate

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.slow
def test_dev_targets() -> None:
    figures = evaluate(FIXTURES / "dev").figures
    assert figures["speaker_accuracy"] >= 0.90
    assert figures["pronoun_speaker_accuracy"] >= 0.85
    assert figures["speech_f1"] >= 0.90


@pytest.mark.slow
def test_seed_speakers_and_kinds() -> None:
    figures = evaluate(FIXTURES / "seeds").figures
    assert figures["speaker_accuracy"] == 1.0
    assert figures["kind_accuracy"] == 1.0
    assert figures["leaked_mentions"] == 0
