"""Serialisation at the edge: dicts, JSON Lines, CSV."""

from __future__ import annotations

import io
import json
from pathlib import Path

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
    Speaker,
    SpeakerKind,
    SpeechAct,
)
from quoteminer.export import FLAT_COLUMNS, from_dict, read_jsonl, to_dict, write_csv, write_jsonl

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
    assert back == [("a", result), ("b", Extraction())]


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
