"""The gold fixtures themselves: schema, offsets, labels (no model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "fixtures"
SETS = ("seeds", "dev")
FILES = sorted(p for s in SETS for p in (ROOT / s).glob("*.json"))

KINDS = {"direct", "partial", "indirect", "mention"}
ACTS = {"demand", "denial", "assurance", "warning", "accusation", "statement"}
SPEAKER_KINDS = {"person", "organization", "group"}
RESOLUTIONS = {"explicit", "pronoun", "role", "apposition", "inherited"}
QUALIFIERS = {"exact", "at_least", "at_most", "approximately", "more_than", "less_than"}
MARKS = "«»“”„‹›‘’\"'"


def test_sets_are_populated() -> None:
    assert len(list((ROOT / "seeds").glob("*.json"))) == 5
    assert len(list((ROOT / "dev").glob("*.json"))) >= 30


def _check_quantities(text: str, quantities: list[dict], lo: int, hi: int, where: str) -> None:
    for q in quantities:
        assert set(q) == {"text", "start", "end", "value", "unit", "qualifier"}, where
        assert text[q["start"] : q["end"]] == q["text"], where
        assert lo <= q["start"] < q["end"] <= hi, f"{where}: quantity outside its span"
        assert isinstance(q["value"], (int, float)) and q["value"] >= 0, where
        assert q["qualifier"] in QUALIFIERS, where


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture_is_valid(path: Path) -> None:
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert {"id", "title", "source", "licence", "notes", "items", "claims"} <= set(gold)
    starts = [(i["start"], -i["end"]) for i in gold["items"]]
    assert starts == sorted(starts), "items are sorted by start"
    for n, item in enumerate(gold["items"]):
        where = f"{path.name} item {n}"
        assert item["kind"] in KINDS, where
        assert 0 <= item["start"] < item["end"] <= len(text), where
        span = text[item["start"] : item["end"]]
        assert span == item["text"], where
        assert span == span.strip(), f"{where}: padding inside the span"
        if item["kind"] == "mention":
            assert item["speaker"] is None and item["act"] is None, where
        else:
            assert item["act"] in ACTS, where
            assert isinstance(item["hedged"], bool), where
            if item["speaker"] is not None:
                sp = item["speaker"]
                assert sp["name"] and sp["kind"] in SPEAKER_KINDS, where
                assert sp["resolution"] in RESOLUTIONS, where
        if item["kind"] in ("direct", "partial", "mention"):
            # content of a pair of marks: the span never starts or ends with a mark
            assert span[0] not in MARKS or span[0] in "'’", where
        _check_quantities(text, item["quantities"], item["start"], item["end"], where)
    for n, claim in enumerate(gold["claims"]):
        where = f"{path.name} claim {n}"
        assert text[claim["start"] : claim["end"]] == claim["text"], where
        assert claim["quantities"], f"{where}: a journalist claim states a quantity"
        _check_quantities(text, claim["quantities"], claim["start"], claim["end"], where)


def test_seed_texts_are_unchanged_copies() -> None:
    """The seed fixtures are the shared seeds, byte for byte, when those are at hand."""
    shared = ROOT.parent.parent / "shared" / "seeds"
    if not shared.is_dir():  # a user's clone has no shared/: nothing to compare
        return
    for txt in (ROOT / "seeds").glob("*.txt"):
        assert txt.read_bytes() == (shared / txt.name).read_bytes()
