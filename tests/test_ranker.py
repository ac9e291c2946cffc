"""The speaker ranker and the training framework: first match kept, the ranker's confidence,
abstention, the shipped model rebuilt from the fixtures."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import quoteminer
from quoteminer.choice import Candidate, FirstMatch, Ranker, Recorder
from quoteminer.learn import LinearModel, load_model, softmax
from quoteminer.pipeline import speaker_chooser
from tests.conftest import FIXTURES, SETS, extract_once

SNAPSHOT = Path(__file__).resolve().parent / "data" / "first_match.json"
ROOT = Path(__file__).resolve().parent.parent


def _snapshot_tool() -> Any:
    """tools/snapshot_first_match.py, which writes the snapshot: the test reads fixtures as it does."""
    spec = importlib.util.spec_from_file_location("snapshot_first_match", ROOT / "tools" / "snapshot_first_match.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


@pytest.mark.slow
def test_first_match_gives_the_rules_answer_on_every_fixture() -> None:
    """tests/data/first_match.json (tools/snapshot_first_match.py) pins the untrained baseline."""
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    tool = _snapshot_tool()
    for name in SETS:
        for path in sorted((FIXTURES / name).glob("*.txt")):
            assert tool.document_rows(path) == snapshot[f"{name}/{path.stem}"], f"{name}/{path.stem}"


@pytest.mark.slow
def test_every_speaker_has_a_confidence_that_varies() -> None:
    confidences = []
    for path in sorted((FIXTURES / "dev").glob("*.txt")):
        for quote in extract_once(path.read_text(encoding="utf-8")).quotes:
            if quote.speaker is not None:
                assert quote.speaker_confidence is not None and 0.0 <= quote.speaker_confidence <= 1.0
                confidences.append(quote.speaker_confidence)
            else:
                assert quote.speaker_confidence is None
    assert len({round(c, 3) for c in confidences}) > 20, "the confidence follows the evidence, it is no constant"


def test_first_match_has_no_confidence() -> None:
    result = quoteminer.extract("« Nous partons », a déclaré Claire Martin.", speakers="first-match")
    assert result.quotes[0].speaker is not None and result.quotes[0].speaker_confidence is None


def test_a_speaker_below_the_threshold_is_none_with_a_diagnostic() -> None:
    text = "« Nous partons », a déclaré Claire Martin."
    sure = quoteminer.extract(text)
    assert sure.quotes[0].speaker is not None and sure.quotes[0].speaker.name == "Claire Martin"
    strict = Ranker(attrs_evolve_threshold(load_model("speaker"), 1.0))
    doubtful = quoteminer.extract(text, speakers=strict)
    assert doubtful.quotes[0].speaker is None and doubtful.quotes[0].speaker_confidence is None
    (note,) = [d for d in doubtful.diagnostics if d.code == "no-speaker"]
    assert "threshold" in note.message


def attrs_evolve_threshold(model: LinearModel, threshold: float) -> LinearModel:
    import attrs

    return attrs.evolve(model, threshold=threshold)


def test_unknown_chooser_fails_at_once() -> None:
    with pytest.raises(ValueError, match="ranker"):
        quoteminer.extract("« Oui », a dit Paul.", speakers="best-guess")
    with pytest.raises(TypeError):
        speaker_chooser(3)  # type: ignore[arg-type]


def test_choosers_on_hand_made_candidates() -> None:
    model = LinearModel(
        name="t", classes=("score",), weights=({"good": 2.0, "nobody": 0.5},), bias=(0.0,), kind="ranking"
    )
    candidates = [
        Candidate("A", ["r.first"], {"weak": 1.0}, first_match=True),
        Candidate("B", ["r.other"], {"good": 1.0}),
        Candidate(None, ["r.nobody"], {"nobody": 1.0}),
    ]
    assert FirstMatch().choose(candidates).index == 0
    choice = Ranker(model).choose(candidates)
    assert choice.index == 1
    assert choice.confidence == pytest.approx(softmax([0.0, 2.0, 0.5])[1])
    recorder = Recorder(Ranker(model))
    recorder.key = "item"
    assert recorder.choose(candidates) == choice and recorder.seen == [("item", candidates)]


def test_model_files_round_trip_and_fail_clearly(tmp_path: Path) -> None:
    model = load_model("speaker")
    assert LinearModel.from_json(json.loads(json.dumps(model.to_json()))) == model
    with pytest.raises(ValueError, match="not a quoteminer model"):
        LinearModel.from_json({"name": "x"})
    with pytest.raises(FileNotFoundError, match="quoteminer train"):
        load_model("nothing_here")


def test_train_help_needs_no_training_dependency() -> None:
    code = (
        "import sys; sys.modules['sklearn'] = None; sys.modules['scipy'] = None\n"
        "from quoteminer.cli import main\n"
        "try:\n    main(['train', '--help'])\nexcept SystemExit as e:\n    raise SystemExit(e.code)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "--check" in proc.stdout and "fixtures" in proc.stdout


def test_training_without_scikit_learn_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['sklearn'] = None\n"
        "from quoteminer.train import _sklearn\n"
        "try:\n    _sklearn()\nexcept ImportError as e:\n    print(e)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "quoteminer[train]" in proc.stdout


@pytest.mark.slow
def test_training_on_the_fixtures_reproduces_the_shipped_models() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "quoteminer", "train", "--check", "--fixtures", str(FIXTURES)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert "reproduces" in proc.stderr
