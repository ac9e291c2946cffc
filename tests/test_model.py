"""The public model: validation, immutability, pickling."""

from __future__ import annotations

import pickle

import attrs
import pytest

from quoteminer import (
    Claim,
    Diagnostic,
    Extraction,
    Qualifier,
    Quantity,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
    SpeechAct,
)


def _quote(**kw: object) -> Quote:
    base: dict[str, object] = dict(
        text="abc", start=3, end=6, kind=QuoteKind.DIRECT, open_mark="«", open_offset=1, close_mark="»", close_offset=7
    )
    base.update(kw)
    return Quote(**base)  # type: ignore[arg-type]


def test_quote_is_frozen_and_picklable() -> None:
    q = _quote(speaker=Speaker(name="Mike Pompeo"), act=SpeechAct.DEMAND, act_confidence=0.8)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.text = "x"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(q)) == q
    assert hash(q) == hash(pickle.loads(pickle.dumps(q)))


@pytest.mark.parametrize(
    "bad",
    [
        {"start": -1},
        {"end": 2},
        {"text": "abcd"},
        {"kind": "direct"},
        {"kind": QuoteKind.INDIRECT},
        {"open_mark": None},
        {"open_offset": 5},
        {"close_offset": 4},
        {"act_confidence": 1.5},
        {"kind": QuoteKind.MENTION, "speaker": Speaker(name="X")},
        {"evidence": ("ok", 3)},
        {"verbatim": (Span(text="b", start=4, end=5),)},  # only an indirect item has verbatim spans
        {"verbatim": ("b",)},
    ],
    ids=lambda d: ",".join(d),
)
def test_quote_validators(bad: dict[str, object]) -> None:
    with pytest.raises((TypeError, ValueError)):
        _quote(**bad)


def test_other_values_validate() -> None:
    with pytest.raises(ValueError):
        Speaker(name="")
    with pytest.raises(TypeError):
        Speaker(name="X", kind="person")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Quantity(text="35 morts", start=0, end=3, value=35)
    with pytest.raises(TypeError):
        Claim(text="a", start=0, end=1, quantities=("x",))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Diagnostic(code="", message="m", start=0, end=0)


def test_extraction_groups_by_speaker() -> None:
    pompeo = Speaker(name="Mike Pompeo", kind=SpeakerKind.PERSON)
    q1 = _quote(speaker=pompeo, act=SpeechAct.DEMAND)
    q2 = _quote(kind=QuoteKind.MENTION, start=10, end=13, open_offset=9, close_offset=13)
    q3 = _quote(start=20, end=23, open_offset=19, close_offset=23)
    ex = Extraction(quotes=(q1, q2, q3))
    assert ex.speakers == (pompeo,)
    assert ex.by_speaker() == {"Mike Pompeo": (q1,), None: (q3,)}
    quantity = Quantity(text="35 morts", start=0, end=8, value=35, unit="morts", qualifier=Qualifier.AT_LEAST)
    assert pickle.loads(pickle.dumps(quantity)) == quantity


def test_verbatim_spans_of_an_indirect_item() -> None:
    words = Span(text="pas eu de contacts", start=20, end=38)
    quote = Quote(text="x" * 40, start=10, end=50, kind=QuoteKind.INDIRECT, verbatim=[words])
    assert quote.verbatim == (words,)
    assert pickle.loads(pickle.dumps(quote)) == quote
    with pytest.raises(ValueError, match="outside its item"):
        Quote(text="x" * 5, start=10, end=15, kind=QuoteKind.INDIRECT, verbatim=[words])
    with pytest.raises(ValueError, match="characters"):
        Span(text="abc", start=0, end=2)
