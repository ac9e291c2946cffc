"""Records in, records out: ids and fields through extract_many, the output records, the tidy tables."""

from __future__ import annotations

import csv
import io
import json
import logging

import pandas
import pytest

import quoteminer
from quoteminer import SCHEMA_VERSION, Document, Extraction, extract_many
from quoteminer.export import (
    CATEGORIES,
    TABLES,
    from_record,
    read_jsonl,
    rows,
    to_dataframe,
    to_dataframes,
    to_record,
    write_csv,
    write_jsonl,
)
from quoteminer.records import as_record, html_record

A = "« Nous partons », a déclaré la ministre Claire Martin. Le chômage a baissé de 3 % en un an."
B = "Selon la police, au moins 35 personnes ont été blessées. Le bilan est de 3 morts et 12 blessés."
C = "Le film « Les Misérables » sort mercredi."


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    records = [
        {"id": "a", "text": A, "url": "https://example.org/a", "outlet": "AFP", "kind": "dépêche"},
        {"id": 7, "text": B, "outlet": "Le Monde", "quotes": "a field named like an output field"},
        ("c", C),
    ]
    return list(extract_many(records, batch_size=2))


def test_records_give_their_id_and_fields_back(documents: list[Document]) -> None:
    assert [d.id for d in documents] == ["a", 7, "c"]
    assert [d.text for d in documents] == [A, B, C]
    assert documents[0].metadata == {"url": "https://example.org/a", "outlet": "AFP", "kind": "dépêche"}
    assert documents[2].metadata == {}
    assert [d.extraction for d in documents] == [quoteminer.extract(t) for t in (A, B, C)]
    assert dict(documents) == {d.id: d.extraction for d in documents}  # a Document unpacks as (id, extraction)


def test_texts_and_records_mix_and_ids_default_to_the_position() -> None:
    out = list(extract_many(["« Oui », a dit Paul Durand.", {"text": "Il pleut."}, ("z", "")]))
    assert isinstance(out[0], Extraction)
    assert isinstance(out[1], Document) and out[1].id == 1 and out[1].metadata == {}
    assert isinstance(out[2], Document) and out[2].id == "z" and out[2].extraction == Extraction()


@pytest.mark.parametrize(
    ("record", "error", "message"),
    [
        ({"id": "x"}, ValueError, "needs a 'text' field"),
        ({"id": 1.5, "text": "t"}, TypeError, "id must be a str or an int"),
        ({"id": True, "text": "t"}, TypeError, "id must be a str or an int"),
        (("x", "t", "u"), TypeError, r"a record pair is \(id, text\)"),
        (("x", b"bytes"), TypeError, "decode"),
        ({"id": "x", "text": 3}, TypeError, "takes a str"),
    ],
)
def test_a_bad_record_fails_clearly(record: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        list(extract_many([record]))


def test_a_mapping_alone_is_not_a_stream() -> None:
    with pytest.raises(TypeError, match="for a single text, call extract"):
        extract_many({"id": "a", "text": A})  # type: ignore[call-overload]


def test_as_record() -> None:
    assert as_record("text", 0) is None
    record = as_record({"text": "t", "date": "2024-01-02"}, 4)
    assert record is not None and (record.id, record.text, record.metadata) == (4, "t", {"date": "2024-01-02"})


def test_output_records_round_trip(documents: list[Document]) -> None:
    out = io.StringIO()
    assert write_jsonl(documents, out) == 3
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [list(line)[:2] for line in lines] == [["schema_version", "id"]] * 3
    assert lines[0]["schema_version"] == SCHEMA_VERSION
    assert "text" not in lines[0]  # the record's own text is the caller's: not written back
    assert lines[0]["outlet"] == "AFP" and lines[0]["kind"] == "dépêche"
    assert lines[1]["record_quotes"] == "a field named like an output field"
    assert isinstance(lines[1]["quotes"], list)
    back = list(read_jsonl(io.StringIO(out.getvalue())))
    assert [(d.id, d.extraction) for d in back] == [(d.id, d.extraction) for d in documents]
    assert back[0].metadata == documents[0].metadata
    assert back[1].metadata == {"outlet": "Le Monde", "record_quotes": "a field named like an output field"}
    assert from_record(to_record(documents[0], text=True)).text == A


def test_records_of_another_schema() -> None:
    legacy = {"document": "old.txt", **quoteminer.to_dict(Extraction())}
    assert from_record(legacy) == Document("old.txt", Extraction())
    with pytest.raises(ValueError, match="newer than this quoteminer"):
        from_record({"schema_version": SCHEMA_VERSION + 1, "id": "x"})


def test_writers_refuse_what_is_not_a_result() -> None:
    with pytest.raises(TypeError, match="Documents"):
        write_jsonl(["text"], io.StringIO())  # type: ignore[list-item]
    with pytest.raises(ValueError, match="table must be one of"):
        list(rows([], "speakers"))
    with pytest.raises(ValueError, match="table must be one of"):
        write_csv([], io.StringIO(), table="nope")


def test_the_tables_are_tidy(documents: list[Document]) -> None:
    frames = to_dataframes(documents)
    assert list(frames) == list(TABLES)
    for name, frame in frames.items():
        assert list(frame.columns) == ["id", "url", "outlet", "record_kind", "record_quotes", *TABLES[name][1:]]
        assert frame.attrs["schema_version"] == SCHEMA_VERSION
        for column, categories in CATEGORIES.items():
            if column in frame:
                assert isinstance(frame[column].dtype, pandas.CategoricalDtype), (name, column)
                assert list(frame[column].cat.categories) == list(categories)
    quotes = frames["quotes"]
    assert list(quotes["id"]) == ["a", 7, "c"]
    assert list(quotes["quote"]) == [1, 1, 1]
    assert list(quotes["record_kind"].fillna("")) == ["dépêche", "", ""]
    assert list(quotes["kind"]) == ["direct", "indirect", "mention"]
    assert list(quotes["speaker"].fillna("")) == ["Claire Martin", "police", ""]
    assert list(quotes["speaker_confidence"])[:2] == [
        q.speaker_confidence for d in documents[:2] for q in d.extraction.quotes
    ]
    claims = frames["claims"]
    assert list(claims["quote"]) == [1, pandas.NA, 1, pandas.NA]
    # the article's own numbers are claims too, with no source
    journalist = claims[claims["source"].isna()]
    assert list(journalist["text"]) == ["Le chômage a baissé de 3 % en un an", "Le bilan est de 3 morts et 12 blessés"]
    quantities = frames["quantities"]
    assert list(quantities["text"]) == ["3 %", "au moins 35 personnes", "3 morts", "12 blessés"]
    assert list(quantities["qualifier"]) == ["exact", "at_least", "exact", "exact"]
    assert list(quantities["unit"]) == ["%", "personnes", "morts", "blessés"]
    # each quantity names its claim, and the speech item of a speaker's claim
    assert list(quantities["claim"]) == [2, 1, 2, 2]
    assert list(quantities["quote"]) == [pandas.NA, 1, pandas.NA, pandas.NA]
    by_id = {(r["id"], r["claim"]): r for r in claims.to_dict("records")}
    for row in quantities.to_dict("records"):
        claim = by_id[(row["id"], row["claim"])]
        assert claim["start"] <= row["start"] and row["end"] <= claim["end"]
    assert frames["verbatim"].empty
    assert list(frames["documents"]["quotes"]) == [1, 1, 1]
    assert list(frames["documents"]["speech_items"]) == [1, 1, 0]
    assert list(frames["documents"]["quantities"]) == [1, 3, 0]
    assert frames["diagnostics"].empty and list(frames["diagnostics"].columns)[-1] == "message"


def test_one_table_at_a_time_is_the_same(documents: list[Document]) -> None:
    for name in TABLES:
        pandas.testing.assert_frame_equal(to_dataframe(documents, name), to_dataframes(documents)[name])


def test_csv_tables_match_the_dataframes(documents: list[Document], caplog: pytest.LogCaptureFixture) -> None:
    for name in TABLES:
        out = io.StringIO()
        with caplog.at_level(logging.WARNING, logger="quoteminer.export"):
            n = write_csv(documents, out, table=name)
        read = list(csv.DictReader(io.StringIO(out.getvalue())))
        frame = to_dataframe(documents, name)
        assert n == len(read) == len(frame)
        # the columns are those of the first document: a later document's new field is left out, and said
        header = next(csv.reader(io.StringIO(out.getvalue())))
        assert header == ["id", "url", "outlet", "record_kind", *TABLES[name][1:]]
    assert "leaves out the field record_quotes of document 7" in caplog.text


def test_the_html_reader_needs_its_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ImportError, match=r"pip install 'quoteminer\[html\]'"):
        html_record("<html></html>", "x")


def test_verbatim_spans_have_a_table_of_their_own() -> None:
    text = "Le ministère a indiqué que les États-Unis n'avaient « pas eu de contacts » avec lui."
    (doc,) = extract_many([("m", text)])
    (row,) = rows([doc], "verbatim")
    assert (row["id"], row["quote"], text[row["start"] : row["end"]], row["text"]) == (
        "m",
        1,
        "pas eu de contacts",
        "pas eu de contacts",
    )
    frame = to_dataframe([doc], "verbatim")
    assert list(frame.columns) == ["id", "quote", "start", "end", "text"] and len(frame) == 1
