"""The evaluator: matching rules, and perfect scores for a perfect extractor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quoteminer import Extraction, Quote, QuoteKind, Speaker, SpeakerKind, SpeechAct
from quoteminer.evaluate import evaluate, match

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def test_match_is_one_to_one_and_respects_thresholds() -> None:
    gold = [(0, 100), (200, 210)]
    pred = [(0, 31), (0, 29), (205, 300)]
    assert sorted(match(gold, pred)) == [(0, 0), (1, 2)]
    assert match(gold, pred, 0.0, 0.8) == []


def _oracle(text: str) -> Extraction:
    """The extraction the gold file of ``text`` describes."""
    for path in SEEDS.glob("*.txt"):
        if path.read_text(encoding="utf-8") == text:
            gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            break
    quotes = []
    for g in gold["items"]:
        sp = g["speaker"]
        kind = QuoteKind(g["kind"])
        quotes.append(
            Quote(
                text=g["text"],
                start=g["start"],
                end=g["end"],
                kind=kind,
                speaker=Speaker(name=sp["name"], kind=SpeakerKind(sp["kind"])) if sp else None,
                act=SpeechAct(g["act"]) if g["act"] else None,
                hedged=g["hedged"],
            )
        )
    return Extraction(quotes=tuple(quotes))


def test_a_perfect_extractor_scores_one() -> None:
    figures = evaluate(SEEDS, _oracle).figures
    for name in (
        "speech_f1",
        "speech_f1_strict",
        "kind_accuracy",
        "mention_accuracy",
        "speaker_accuracy",
        "act_accuracy",
        "hedged_accuracy",
    ):
        assert figures[name] == pytest.approx(1.0), name
    assert figures["leaked_mentions"] == 0


def test_an_empty_extractor_scores_zero() -> None:
    figures = evaluate(SEEDS, lambda text: Extraction()).figures
    assert figures["speech_recall"] == 0.0 and figures["speech_f1"] == 0.0


def test_missing_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        evaluate(tmp_path / "nope")
    with pytest.raises(ValueError):
        evaluate(tmp_path)
