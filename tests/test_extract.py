"""extract(): the plain function, end to end with the real model."""

from __future__ import annotations

import pickle

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, ORTH

import quoteminer
from quoteminer import Extraction, QuoteKind, parse, pipeline
from quoteminer.lang import get_language
from quoteminer.parse import load
from tests import strategies as S

MODEL = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("bad", [None, b"texte", 3, 2.5, ["a"], {"a": 1}], ids=repr)
def test_wrong_types_raise_at_once(bad: object) -> None:
    with pytest.raises(TypeError) as info:
        quoteminer.extract(bad)  # type: ignore[arg-type]
    if isinstance(bad, bytes):
        assert "decode" in str(info.value)


def test_unknown_language_is_a_configuration_error() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        quoteminer.extract("texte", lang="xx")


@pytest.mark.parametrize("blank", ["", " ", "\n\n\t", "\u00a0"], ids=repr)
def test_blank_text_gives_an_empty_result(blank: str) -> None:
    assert quoteminer.extract(blank) == Extraction()


def test_a_spacy_doc_gives_the_same_result() -> None:
    text = "« Nous restons prudents », a déclaré la ministre Claire Martin. Selon elle, la crise durera."
    doc = load("fr_core_news_md")(text)
    assert quoteminer.extract(doc) == quoteminer.extract(text)


def test_result_pickles() -> None:
    result = quoteminer.extract("« Nous n'avons rien signé », a démenti le porte-parole du ministère.")
    assert pickle.loads(pickle.dumps(result)) == result


@given(prefix=S.content, body=S.content, pair=S.pairs)
@MODEL
def test_wrapping_any_content_yields_exactly_that_content(prefix: str, body: str, pair: tuple[str, str, str]) -> None:
    opening, closing, pad = pair
    text = f"{prefix.capitalize()} : {opening}{pad}{body}{pad}{closing}."
    # a quotation is an item, or a verbatim span of the indirect item that reports it
    result = quoteminer.extract(text)
    quoted = [q.text for q in result.quotes if q.open_mark is not None]
    quoted += [v.text for q in result.quotes for v in q.verbatim]
    assert quoted == [body]


@given(body=S.content)
@MODEL
def test_same_content_in_any_pair_gives_the_same_item(body: str) -> None:
    found = set()
    for opening, closing in (("«", "»"), ("“", "”"), ('"', '"')):
        text = f"Le ministre a déclaré : {opening}{body}{closing}."
        (quote,) = [q for q in quoteminer.extract(text).quotes if q.open_mark is not None]
        found.add((quote.start, quote.end, quote.kind))
    assert len(found) == 1


@given(prefix=st.text(alphabet="abcdefghij ,.", min_size=1, max_size=20))
@MODEL
def test_prefixing_text_shifts_every_offset(prefix: str) -> None:
    text = "« Nous restons prudents », a déclaré Claire Martin. Elle a ajouté que « rien n'est joué »."
    base = quoteminer.extract(text)
    shifted = quoteminer.extract(prefix + "\n\n" + text)
    n = len(prefix) + 2
    assert [(q.start + n, q.end + n, q.kind) for q in base.quotes if q.open_mark] == [
        (q.start, q.end, q.kind) for q in shifted.quotes if q.open_mark
    ]


@given(S.messy)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_extract_never_raises_and_offsets_reproduce_the_input(text: str) -> None:
    result = quoteminer.extract(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
        if q.kind is QuoteKind.MENTION:
            assert q.speaker is None and q.act is None
    for c in result.claims:
        assert text[c.start : c.end] == c.text
    for d in result.diagnostics:
        assert 0 <= d.start <= d.end <= len(text)


def test_unbalanced_marks_come_back_as_items_and_diagnostics() -> None:
    text = "Le ministre a déclaré : « Nous ne céderons pas.\n\nLa suite du texte."
    result = quoteminer.extract(text)
    assert [q.text for q in result.quotes if q.open_mark] == ["Nous ne céderons pas."]
    assert "unclosed-quote" in {d.code for d in result.diagnostics}


def test_many_unbalanced_marks_do_not_stop_extraction() -> None:
    text = "Il a dit « oui. " + "« " * 20_000 + "\n\nLa suite.\n\n« Nous partons », a déclaré Claire Martin."
    result = quoteminer.extract(text)
    assert any(q.text == "Nous partons" for q in result.quotes)


def test_long_documents_are_processed_in_pieces() -> None:
    nlp = spacy.blank("fr")
    paragraph = "« Nous restons prudents », a déclaré Claire Martin.\n\n"
    text = paragraph * 40
    small = load("fr_core_news_md")
    old = small.max_length
    try:
        small.max_length = 500  # force several pieces
        result = quoteminer.extract(text)
    finally:
        small.max_length = old
    direct = [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert len(direct) == 40
    assert all(text[q.start : q.end] == "Nous restons prudents" for q in direct)
    del nlp


@MODEL
@given(S.messy)
def test_the_text_kept_for_each_parsed_piece_is_the_docs_own(text: str) -> None:
    # parse.doc_text answers from the text the piece was cut from, not by joining the tokens:
    # the two must agree whatever the text (spaces, marks, line breaks, control characters)
    data = get_language("fr")
    _, view = pipeline.prepare(text, data)
    for piece in parse.parse(view, load(data.model), limit=120):
        assert parse.doc_text(piece.doc) == piece.doc.text


@MODEL
@given(S.messy)
def test_the_heads_and_columns_read_from_a_docs_arrays_are_its_tokens_own(text: str) -> None:
    # parse.heads reads each head from the HEAD array (an offset from its token, negative ones
    # included) and parse.column each attribute from the Doc's arrays: both must agree with the
    # Tokens, whatever the text and whichever Doc was asked before
    data = get_language("fr")
    _, view = pipeline.prepare(text, data)
    pieces = parse.parse(view, load(data.model), limit=120)
    for piece in [*pieces, *reversed(pieces)]:
        doc = piece.doc
        assert parse.heads(doc) == [t.head.i for t in doc]
        assert parse.column(doc, ORTH) == [t.orth for t in doc]
        assert parse.column(doc, DEP) == [t.dep for t in doc]


@MODEL
@given(S.messy)
def test_the_sentence_bounds_and_children_read_from_a_docs_arrays_are_its_tokens_own(text: str) -> None:
    # parse.sentence_bounds reads each token's sentence from the SENT_START array and parse.children
    # its dependents from the heads: they must give what Token.sent and Token.children give, whatever
    # the text (a line break, a lone mark, an empty piece)
    data = get_language("fr")
    _, view = pipeline.prepare(text, data)
    for piece in parse.parse(view, load(data.model), limit=120):
        doc = piece.doc
        assert [parse.sentence_bounds(doc, t.i) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
        assert [parse.children(doc, t.i) for t in doc] == [[c.i for c in t.children] for t in doc]
        assert parse.sentence_starts(doc) == [s.start for s in doc.sents]
        for lo, hi in ((0, len(doc)), (1, len(doc) // 2)):
            spans = parse.entities(doc, lo, hi, ("PER", "ORG"))
            assert [(e.start, e.end, e.label_) for e in spans] == [
                (e.start, e.end, e.label_) for e in parse.entities(doc, lo, hi) if e.label_ in ("PER", "ORG")
            ]


def test_the_sentence_bounds_and_children_follow_a_hosts_own_sentences_and_a_retokenized_doc() -> None:
    # a host pipeline may give its own sentences (a user hook) or merge tokens after a first
    # reading: the bounds are then spaCy's own, never an old table's
    data = get_language("fr")
    nlp = load(data.model)
    doc = nlp("Le maire de Nancy a parlé. La piscine rouvrira en septembre, a-t-il dit.")
    assert parse.sentence_bounds(doc, 8) == (doc[8].sent.start, doc[8].sent.end) == (7, len(doc))
    assert parse.children(doc, 4) == [c.i for c in doc[4].children]  # a first reading, before the merge
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:4])
    assert [parse.sentence_bounds(doc, t.i) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
    assert [parse.children(doc, t.i) for t in doc] == [[c.i for c in t.children] for t in doc]
    hooked = nlp("Le maire de Nancy a parlé. La piscine rouvrira en septembre.")
    hooked.user_token_hooks["sent"] = lambda token: token.doc[0 : len(token.doc)]
    assert parse.sentence_bounds(hooked, 8) == (0, len(hooked))


def test_the_heads_and_columns_of_a_doc_retokenized_after_a_first_reading_are_read_again() -> None:
    # a host may merge tokens of a Doc quoteminer already read (the spaCy component): the Doc's
    # cached arrays must then follow its new tokens, not the old ones
    data = get_language("fr")
    doc = load(data.model)("Le maire de Nancy a annoncé mardi que la piscine rouvrirait en septembre.")
    before = parse.heads(doc), parse.column(doc, ORTH)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:4])
    assert len(doc) == len(before[0]) - 2
    assert parse.heads(doc) == [t.head.i for t in doc]
    assert parse.column(doc, ORTH) == [t.orth for t in doc]
