"""The gold fixtures themselves: schema, offsets, labels (no model needed)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "fixtures"
SETS = ("seeds", "dev", "est-republicain", "wikinews-test")
#: The sets annotated with the date of each statement (ANNOTATION.md §5).
DATED = ("est-republicain", "wikinews-test")
FILES = sorted(p for s in SETS for p in (ROOT / s).glob("*.json"))
#: Act-only sets: statements with their context and act, no article (fixtures/README.md).
STATEMENT_SETS = ("assemblee-acts",)
SITTINGS = sorted(p for s in STATEMENT_SETS for p in (ROOT / s).glob("*.json"))

KINDS = {"direct", "partial", "indirect", "mention"}
ACTS = {"demand", "denial", "assurance", "warning", "accusation", "statement"}
SPEAKER_KINDS = {"person", "organization", "group"}
RESOLUTIONS = {"explicit", "pronoun", "role", "apposition", "inherited"}
QUALIFIERS = {"exact", "at_least", "at_most", "approximately", "more_than", "less_than"}
MARKS = "«»“”„‹›‘’\"'"


def test_sets_are_populated() -> None:
    assert len(list((ROOT / "seeds").glob("*.json"))) == 5
    assert len(list((ROOT / "dev").glob("*.json"))) >= 30
    assert len(list((ROOT / "est-republicain").glob("*.json"))) >= 100
    assert len(list((ROOT / "wikinews-test").glob("*.json"))) == 32


def test_every_text_is_annotated() -> None:
    for name in SETS:
        texts = {p.stem for p in (ROOT / name).glob("*.txt")}
        assert texts == {p.stem for p in (ROOT / name).glob("*.json")}, name


def test_every_fixture_has_one_split() -> None:
    """fixtures/splits.json (made once by tools/split_fixtures.py): each fixture is tuning or
    test; the Est Républicain halves hold the same number of articles and of quoting ones
    (stratified by speech items), give or take one."""
    table = json.loads((ROOT / "splits.json").read_text(encoding="utf-8"))
    assert set(table) == {*SETS, *STATEMENT_SETS}
    for name in SETS:
        ids = {p.stem for p in (ROOT / name).glob("*.json")}
        entry = table[name]
        if isinstance(entry, str):
            assert entry in ("tuning", "test")
            continue
        assert set(entry) == {"tuning", "test"}
        halves = [set(entry["tuning"]), set(entry["test"])]
        assert not halves[0] & halves[1] and halves[0] | halves[1] == ids, name

        def quoting(members: set[str], name: str = name) -> int:
            golds = [json.loads((ROOT / name / f"{m}.json").read_text(encoding="utf-8")) for m in members]
            return sum(any(i["kind"] != "mention" for i in g["items"]) for g in golds)

        assert abs(len(halves[0]) - len(halves[1])) <= 1
        assert abs(quoting(halves[0]) - quoting(halves[1])) <= 1


def _date(value: object, where: str) -> datetime.date | None:
    if value is None:
        return None
    assert isinstance(value, str), where
    return datetime.date.fromisoformat(value)


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
    assert gold["id"] == path.stem
    dated = path.parent.name in DATED
    if dated:
        assert "published" in gold, "a dated set gives the publication date (or null)"
    _date(gold.get("published"), f"{path.name} published")
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
        if item["kind"] != "mention" and dated:
            assert "said_on" in item and "said_on_end" in item, f"{where}: said_on is annotated on this set"
        if "said_on" in item:
            assert item["kind"] != "mention", where
            first, last = _date(item["said_on"], where), _date(item.get("said_on_end"), where)
            assert last is None or (first is not None and first <= last), f"{where}: said_on_end before said_on"
        for v in item.get("verbatim", []):
            assert item["kind"] == "indirect", f"{where}: only an indirect item has verbatim spans"
            assert set(v) == {"text", "start", "end"}, where
            assert text[v["start"] : v["end"]] == v["text"], where
            assert item["start"] <= v["start"] < v["end"] <= item["end"], f"{where}: verbatim outside its item"
        if item["kind"] in ("direct", "partial", "mention"):
            # content of a pair of marks: the span never starts or ends with a mark
            assert span[0] not in MARKS or span[0] in "'’", where
        _check_quantities(text, item["quantities"], item["start"], item["end"], where)
    _check_one_statement_one_item(gold["items"], path.name)
    for n, claim in enumerate(gold["claims"]):
        where = f"{path.name} claim {n}"
        assert text[claim["start"] : claim["end"]] == claim["text"], where
        assert claim["quantities"], f"{where}: a journalist claim states a quantity"
        _check_quantities(text, claim["quantities"], claim["start"], claim["end"], where)


def _check_one_statement_one_item(items: list[dict], name: str) -> None:
    """No speech item lies inside another speech item of the same statement (ANNOTATION.md §1):
    quoted words inside reported speech are its verbatim spans. Only someone else's speech
    reported inside a statement (« Le BEA nous a affirmé que … ») may nest."""
    speech = [i for i in items if i["kind"] != "mention"]
    for outer in speech:
        for inner in speech:
            if inner is outer or not (outer["start"] <= inner["start"] and inner["end"] <= outer["end"]):
                continue
            same = (outer["speaker"] or {}).get("name") == (inner["speaker"] or {}).get("name")
            assert not same, f"{name}: {inner['text'][:40]!r} lies inside {outer['text'][:40]!r}, same speaker"


def test_seed_texts_are_unchanged_copies() -> None:
    """The seed fixtures are the shared seeds, byte for byte, when those are at hand."""
    shared = ROOT.parent.parent / "shared" / "seeds"
    if not shared.is_dir():  # a user's clone has no shared/: nothing to compare
        return
    for txt in (ROOT / "seeds").glob("*.txt"):
        assert txt.read_bytes() == (shared / txt.name).read_bytes()


# --- act-only statements (assemblee-acts) --------------------------------------------------

STATEMENT_KEYS = {"id", "speaker", "context", "text", "start", "end", "act"}


@pytest.mark.parametrize("path", SITTINGS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_statement_file_is_valid(path: Path) -> None:
    """One sitting: its date, source and licence, and statements, each an exact span of its
    context with one act; ids SITTING-TURN-PARAGRAPH, sorted by turn then paragraph."""
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data) == {"sitting", "date", "source", "licence", "statements"}, path.name
    assert data["sitting"] == path.stem
    _date(data["date"], f"{path.name} date")
    assert "CC BY 3.0" in data["licence"] and "mariagepourtousInXML" in data["source"]
    order = []
    for statement in data["statements"]:
        where = f"{path.name} {statement.get('id')}"
        assert STATEMENT_KEYS <= set(statement) <= {*STATEMENT_KEYS, "note"}, where
        sitting, turn, paragraph = statement["id"].split("-")
        assert sitting == path.stem, where
        order.append((int(turn), int(paragraph)))
        context, text = statement["context"], statement["text"]
        assert 0 <= statement["start"] < statement["end"] <= len(context), where
        assert context[statement["start"] : statement["end"]] == text, where
        assert text == text.strip() and text, where
        assert statement["act"] in ACTS, where
        assert statement["speaker"], where
    assert order == sorted(order), f"{path.name}: statements sorted by turn and paragraph"
    assert len(set(order)) == len(order), f"{path.name}: one statement per paragraph"


def test_statement_halves_split_by_sitting() -> None:
    """The debate statements are halved by sitting (fixtures/splits.json): every sitting is in
    one half, and each half holds every act at least 15 times."""
    table = json.loads((ROOT / "splits.json").read_text(encoding="utf-8"))
    for name in STATEMENT_SETS:
        entry = table[name]
        assert set(entry) == {"tuning", "test"}
        halves = [set(entry["tuning"]), set(entry["test"])]
        assert not halves[0] & halves[1]
        assert halves[0] | halves[1] == {p.stem for p in (ROOT / name).glob("*.json")}
        for half in halves:
            acts = [
                s["act"]
                for sitting in half
                for s in json.loads((ROOT / name / f"{sitting}.json").read_text(encoding="utf-8"))["statements"]
            ]
            assert all(acts.count(act) >= 15 for act in ACTS), (name, {a: acts.count(a) for a in ACTS})
