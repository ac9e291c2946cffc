"""quoteminer.testing: the public strategies draw every field, and the project's round trips use them."""

from __future__ import annotations

import ast
import csv
import io
import json
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quoteminer
from quoteminer import Claim, Diagnostic, Document, Extraction, Mention, Quantity, Quote, Span, Speaker
from quoteminer.export import TABLES, from_record, read_jsonl, rows, to_record, write_csv, write_jsonl
from quoteminer.testing import (
    claims,
    diagnostics,
    documents,
    expected_items,
    extractions,
    found_items,
    mentions,
    planted_articles,
    quantities,
    quotes,
    spans,
    speakers,
)

SRC = Path(quoteminer.__file__).parent
VALUES: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    Span: spans,
    Mention: mentions,
    Speaker: speakers,
    Quantity: quantities,
    Quote: quotes,
    Claim: claims,
    Diagnostic: diagnostics,
    Extraction: extractions,
    Document: documents,
}


def _default(field: attrs.Attribute[Any]) -> object:
    if field.default is attrs.NOTHING:
        return attrs.NOTHING
    if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
        return field.default.factory()  # type: ignore[attr-defined]
    return field.default


@pytest.mark.parametrize("cls", list(VALUES), ids=lambda c: c.__name__)
def test_every_field_is_drawn(cls: type) -> None:
    """Each field of each value (new ones included: this fails until the strategy draws them)
    takes a value other than its default in some example, and every example is valid."""
    fields = attrs.fields(cls)
    seen: set[str] = set()

    @settings(max_examples=120, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(VALUES[cls]())
    def collect(value: Any) -> None:
        assert isinstance(value, cls)
        attrs.validate(value)
        for field in fields:
            if getattr(value, field.name) != _default(field):
                seen.add(field.name)

    collect()
    assert seen == {f.name for f in fields}


@settings(max_examples=80, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(extractions())
def test_dict_and_json_round_trip(extraction: Extraction) -> None:
    assert quoteminer.from_dict(json.loads(json.dumps(quoteminer.to_dict(extraction)))) == extraction


@settings(max_examples=80, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(extractions())
def test_pickle_round_trip(extraction: Extraction) -> None:
    assert pickle.loads(pickle.dumps(extraction)) == extraction


@settings(max_examples=60, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(documents(), max_size=3))
def test_json_lines_round_trip(docs: list[Document]) -> None:
    out = io.StringIO()
    write_jsonl(docs, out, text=True)
    back = list(read_jsonl(io.StringIO(out.getvalue())))
    assert [(d.id, d.extraction, d.text, d.metadata) for d in back] == [
        (d.id, d.extraction, d.text, d.metadata) for d in docs
    ]
    for doc in docs:
        assert from_record(json.loads(json.dumps(to_record(doc)))).extraction == doc.extraction


def _cell(value: object) -> str:
    """How the csv module writes a value."""
    return "" if value is None else str(value)


@settings(max_examples=60, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(extractions(), st.sampled_from(list(TABLES)))
def test_csv_round_trip_of_every_column(extraction: Extraction, table: str) -> None:
    """Every cell of every table reads back from the CSV as the value it was written from."""
    out = io.StringIO()
    write_csv([("doc", extraction)], out, table=table)
    read = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    want = list(rows([("doc", extraction)], table))
    assert len(read) == len(want)
    for got, row in zip(read, want, strict=True):
        assert got == {k: _cell(v) for k, v in row.items()}
    if table == "quotes":
        for got, quote in zip(read, extraction.quotes, strict=True):
            assert got["text"] == quote.text and int(got["start"]) == quote.start and int(got["end"]) == quote.end
            assert got["kind"] == quote.kind.value
            assert got["speaker"] == (quote.speaker.name if quote.speaker else "")
            assert got["speaker_confidence"] == _cell(quote.speaker_confidence)
            assert got["verbatim"] == " … ".join(v.text for v in quote.verbatim)
    if table == "verbatim":
        spans = [(n, v) for n, q in enumerate(extraction.quotes, 1) for v in q.verbatim]
        assert [(int(g["quote"]), int(g["start"]), int(g["end"]), g["text"]) for g in read] == [
            (n, v.start, v.end, v.text) for n, v in spans
        ]


@settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(planted_articles())
def test_planted_items_are_found(article: Any) -> None:
    """The example of a user's property test in docs/testing.md."""
    result = quoteminer.extract(article.text)
    assert found_items(result) == expected_items(article)
    for item in article.items:
        assert article.text[item.start : item.end] == item.words


def test_hypothesis_is_imported_by_quoteminer_testing_only() -> None:
    importers = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(name == "hypothesis" or name.startswith("hypothesis.") for name in names):
                importers.append(path.relative_to(SRC).as_posix())
    assert sorted(set(importers)) == ["testing.py"]


def test_without_hypothesis_the_module_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    import sys

    monkeypatch.setitem(sys.modules, "hypothesis", None)
    monkeypatch.delitem(sys.modules, "quoteminer.testing")
    with pytest.raises(ImportError, match=r"pip install 'quoteminer\[testing\]'"):
        importlib.import_module("quoteminer.testing")
