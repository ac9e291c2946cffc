"""Serialisation at the edge: dicts, JSON Lines, CSV."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pandas
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteminer
from quoteminer import (
    Claim,
    Diagnostic,
    Extraction,
    Mention,
    Qualifier,
    Quantity,
    Quote,
    QuoteKind,
    Resolution,
    Span,
    Speaker,
    SpeakerKind,
    SpeechAct,
)
from quoteminer.export import (
    FLAT_COLUMNS,
    SCHEMA_VERSION,
    read_jsonl,
    to_dataframe,
    to_rows,
    who_said_what,
    write_csv,
    write_jsonl,
)
from quoteminer.export import from_dict as from_dict
from quoteminer.export import to_dict as to_dict

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seeds" / "001_a8181cf54bcf784f.txt"


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    text = draw(st.text(min_size=0, max_size=30))
    start = draw(st.integers(0, 50))
    end = start + len(text)
    speaker = draw(
        st.none()
        | st.builds(
            Speaker,
            name=st.text(min_size=1, max_size=10),
            kind=st.sampled_from(SpeakerKind),
            title=st.none() | st.text(max_size=10),
            gender=st.sampled_from([None, "masc", "fem"]),
            mentions=st.lists(
                st.builds(
                    lambda t, s: Mention(text=t, start=s, end=s + len(t)), st.text(max_size=5), st.integers(0, 20)
                ),
                max_size=2,
            ).map(tuple),
            resolution=st.sampled_from(Resolution),
        )
    )
    quantity = Quantity(
        text=text,
        start=start,
        end=end,
        value=draw(st.integers(0, 10**6) | st.floats(0, 1e6)),
        unit=draw(st.none() | st.text(max_size=5)),
        qualifier=draw(st.sampled_from(Qualifier)),
    )
    kind = draw(st.sampled_from(QuoteKind))
    marks = kind is not QuoteKind.INDIRECT and draw(st.booleans())
    verbatim = ()
    if kind is QuoteKind.INDIRECT and text and draw(st.booleans()):
        lo = draw(st.integers(0, len(text) - 1))
        hi = draw(st.integers(lo + 1, len(text)))
        verbatim = (Span(text=text[lo:hi], start=start + lo, end=start + hi),)
    quote = Quote(
        text=text,
        start=start,
        end=end,
        kind=kind,
        open_mark="«" if marks else None,
        open_offset=max(0, start - 1) if marks else None,
        close_mark="»" if marks else None,
        close_offset=end if marks else None,
        speaker=None if kind is QuoteKind.MENTION else speaker,
        cue=draw(st.none() | st.text(max_size=8)),
        act=None if kind is QuoteKind.MENTION else draw(st.none() | st.sampled_from(SpeechAct)),
        act_confidence=draw(st.none() | st.floats(0, 1)),
        hedged=draw(st.booleans()),
        quantities=(quantity,),
        evidence=tuple(draw(st.lists(st.text(max_size=6), max_size=3))),
        verbatim=verbatim,
    )
    claim = Claim(
        text=text, start=start, end=end, source=speaker, quote=quote, quantities=(quantity,), hedged=quote.hedged
    )
    diag = Diagnostic(code="unclosed-quote", message=draw(st.text(max_size=10)), start=start, end=end)
    return Extraction(quotes=(quote,), claims=(claim,), diagnostics=(diag,))


@given(extractions())
@settings(max_examples=200)
def test_dict_round_trip(extraction: Extraction) -> None:
    data = to_dict(extraction)
    assert from_dict(json.loads(json.dumps(data))) == extraction


def test_real_result_round_trips_through_json_lines() -> None:
    text = SEED.read_text(encoding="utf-8")
    result = quoteminer.extract(text)
    out = io.StringIO()
    assert write_jsonl([("a", result), ("b", Extraction())], out) == 2
    back = list(read_jsonl(io.StringIO(out.getvalue())))
    assert [tuple(d) for d in back] == [("a", result), ("b", Extraction())]
    assert all(json.loads(line)["schema_version"] == SCHEMA_VERSION for line in out.getvalue().splitlines())


def test_csv_has_one_row_per_quote() -> None:
    result = quoteminer.extract(SEED.read_text(encoding="utf-8"))
    out = io.StringIO()
    rows = write_csv([("seed", result)], out)
    lines = out.getvalue().splitlines()
    assert rows == len(result.quotes) == len(lines) - 1
    assert lines[0].split(",") == list(FLAT_COLUMNS)


def test_wrong_types_are_refused() -> None:
    with pytest.raises(TypeError):
        to_dict({"quotes": []})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        from_dict([])  # type: ignore[arg-type]


def test_dict_functions_are_at_the_top_level() -> None:
    assert quoteminer.to_dict is to_dict and quoteminer.from_dict is from_dict
    assert quoteminer.who_said_what is who_said_what and quoteminer.to_dataframe is to_dataframe


def test_dataframe_has_one_row_per_quote() -> None:
    result = quoteminer.extract(SEED.read_text(encoding="utf-8"))
    frame = to_dataframe([("seed", result), ("empty", Extraction()), ("again", result)])
    assert list(frame.columns) == list(FLAT_COLUMNS)
    assert len(frame) == 2 * len(result.quotes)
    rows = list(to_rows("seed", result))
    for got, want in zip(frame.head(len(rows)).to_dict("records"), rows, strict=True):
        for column, value in want.items():
            assert pandas.isna(got[column]) if value is None else got[column] == value, column
    assert list(frame["quote"]) == list(range(1, len(result.quotes) + 1)) * 2
    assert list(frame["text"]) == [q.text for q in result.quotes] * 2
    assert list(frame["start"]) == [q.start for q in result.quotes] * 2
    assert set(frame["id"]) == {"seed", "again"}
    single = to_dataframe(result)
    assert list(single["id"]) == [""] * len(result.quotes)
    assert list(single["speaker"]) == [q.speaker.name if q.speaker else None for q in result.quotes]


def test_dataframe_of_nothing_has_the_columns() -> None:
    frame = to_dataframe([])
    assert list(frame.columns) == list(FLAT_COLUMNS) and frame.empty


def test_dataframe_without_pandas_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # what an environment without pandas looks like
    with pytest.raises(ImportError, match=r"pip install 'quoteminer\[pandas\]'"):
        to_dataframe(Extraction())


def test_who_said_what() -> None:
    text = (
        "« Nous partons », a déclaré la ministre Claire Martin. « Restez », a répondu Paul Durand.\n"
        "Elle a ajouté que rien n'était joué. Le titre « Demain » a été choisi."
    )
    result = quoteminer.extract(text)
    groups = who_said_what(result)
    assert [(s.name if s else None, [q.text for q in qs]) for s, qs in groups] == [
        (name, [q.text for q in qs]) for name, qs in result.by_speaker().items()
    ]
    assert groups[0][0] is not None and groups[0][0].name == "Claire Martin"
    assert [q.text for q in groups[0][1]] == ["Nous partons", "rien n'était joué"]
    assert all(q.kind.is_speech for _, qs in groups for q in qs)
    assert who_said_what(Extraction()) == ()
    with pytest.raises(TypeError):
        who_said_what(text)  # type: ignore[arg-type]


def test_who_said_what_puts_unknown_speakers_last() -> None:
    unknown = Quote(text="b", start=1, end=2, kind=QuoteKind.INDIRECT)
    known = Quote(text="c", start=2, end=3, kind=QuoteKind.INDIRECT, speaker=Speaker(name="X"))
    assert who_said_what(Extraction(quotes=(unknown, known))) == ((Speaker(name="X"), (known,)), (None, (unknown,)))


def test_verbatim_words_travel_through_every_export() -> None:
    text = "Le ministère a indiqué que les États-Unis n'avaient « pas eu de contacts récemment » avec lui."
    result = quoteminer.extract(text)
    (item,) = [q for q in result.quotes if q.verbatim]
    assert item.kind is QuoteKind.INDIRECT
    assert [v.text for v in item.verbatim] == ["pas eu de contacts récemment"]
    assert all(text[v.start : v.end] == v.text for v in item.verbatim)
    assert from_dict(json.loads(json.dumps(to_dict(result)))) == result
    (row,) = [r for r in to_rows("d", result) if r["kind"] == "indirect"]
    assert row["verbatim"] == "pas eu de contacts récemment"
    frame = to_dataframe([("d", result)])
    assert list(frame.loc[frame["kind"] == "indirect", "verbatim"]) == ["pas eu de contacts récemment"]
