"""The antecedent model: what it reads of a pronoun and a mention, the probabilities it gives
the speaker stage on sentences written for it (ordinary news French, none from the fixtures),
its shipped weights and the fr-litbank fixtures it learns from."""

from __future__ import annotations

import bisect
import gc
import json
import sys
import weakref
from collections.abc import Sequence
from pathlib import Path

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteminer
from quoteminer import antecedents
from quoteminer.choice import Candidate, FirstMatch, Recorder
from quoteminer.content import TokenIndex
from quoteminer.lang import get_language
from quoteminer.learn import load_model
from quoteminer.parse import load, make_view, parse

LITBANK = Path(__file__).resolve().parent.parent / "fixtures" / "fr-litbank"
FR = get_language("fr")


def _index(text: str) -> TokenIndex:
    view = make_view(text)
    return TokenIndex(view, parse(view, load(FR.model)))


@attrs.define
class _Entity:
    """An entity as the speaker stage keeps it: the spans of its mentions."""

    mentions: list[tuple[int, int, str]]


def _mentions(text: str, *names: str) -> list[tuple[int, int, str]]:
    """Every occurrence of each name, as the spans of an entity's mentions."""
    return [(m.start(), m.end(), name) for name in names for m in regex.finditer(regex.escape(name), text)]


def _take_up(text: str, pronoun: str, entities: Sequence[Sequence[str]]) -> list[float] | None:
    """P(the pronoun, the last occurrence of ``pronoun``, takes up each entity), each entity
    given by the words of its mentions."""
    index = _index(text)
    doc = antecedents.layout(index, FR)
    start = text.rindex(pronoun)
    at = doc.tokens(start, start + len(pronoun))
    found = next(t for t in at if antecedents.pronoun_form(t.token, FR) is not None)
    return antecedents.take_up(doc, found, [_Entity(_mentions(text, *names)) for names in entities])


@attrs.frozen
class Row:
    id: str
    text: str
    pronoun: str
    likeliest: tuple[str, ...]  # the mentions of the entity the pronoun should take up
    others: tuple[tuple[str, ...], ...]


ROWS = [
    Row(
        "gender-of-a-first-name",
        "Sophie Morel a reçu mardi Thomas Girard à la mairie. Elle a déclaré que le projet serait voté.",
        "Elle",
        ("Sophie Morel",),
        (("Thomas Girard",),),
    ),
    Row(
        "gender-of-an-honorific",
        "M. Lambert a longuement répondu à Mme Vidal. Selon la presse locale, elle a refusé de commenter.",
        "elle",
        ("Mme Vidal",),
        (("M. Lambert",),),
    ),
    Row(
        "subject-over-object",
        "Le président du conseil général a félicité le préfet pour son action. Il a ensuite annoncé une rallonge "
        "budgétaire.",
        "Il",
        ("président",),
        (("préfet",),),
    ),
    Row(
        "plural-pronoun-takes-up-a-plural",
        "Les syndicats ont rencontré le directeur de l'usine jeudi. Ils ont affirmé que la grève continuerait.",
        "Ils",
        ("syndicats",),
        (("directeur",),),
    ),
    Row(
        "inverted-clitic",
        "Le maire, Jean Caron, a visité l'école avec une inspectrice. « Les travaux seront finis en juin », "
        "a-t-il assuré.",
        "-il",
        ("Jean Caron",),
        (("inspectrice",),),
    ),
    Row(
        "the-speaker-in-play-over-a-person-named-in-passing",
        "Claire Fontaine préside l'association depuis 2010. Elle a rencontré Anne Roux en mars. "
        "Claire Fontaine dit avoir convaincu la municipalité. Elle ajoute que le local sera rénové.",
        "Elle ajoute",
        ("Claire Fontaine",),
        (("Anne Roux",),),
    ),
    Row(
        "an-organisation-as-elle",
        "La SNCF a reçu le maire de Metz vendredi. Elle a promis de rétablir les trains du matin.",
        "Elle",
        ("SNCF",),
        (("maire",),),
    ),
    Row(
        "a-topic-put-on-stage-by-quant-a",
        "Le ministre a défendu la réforme devant les élus. Quant au député Paul Ferry, il a estimé qu'elle "
        "arrivait trop tard.",
        "il",
        ("Paul Ferry",),
        (("ministre",),),
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.id)
def test_the_pronoun_takes_up_the_likeliest_entity(row: Row) -> None:
    found = _take_up(row.text, row.pronoun, [row.likeliest, *row.others])
    assert found is not None
    assert found[0] > max(found[1:]), found
    assert sum(found) == pytest.approx(1.0)  # every mention in the window is one of theirs


def test_no_probability_without_a_pronoun_it_reads_or_a_mention_before_it() -> None:
    text = "Selon ses proches, Paul Henry quittera la ville. Il a vendu sa maison."
    index = _index(text)
    doc = antecedents.layout(index, FR)
    ses = doc.tokens(text.index("ses"), text.index("ses") + 3)[0]
    assert antecedents.take_up(doc, ses, [_Entity(_mentions(text, "Paul Henry"))]) is None
    il = doc.tokens(text.index("Il"), text.index("Il") + 2)[0]
    assert antecedents.take_up(doc, il, [_Entity([])]) is None  # nothing mentioned before it
    later = _Entity([(text.index("maison"), text.index("maison") + 6, "maison")])
    assert antecedents.take_up(doc, il, [later]) is None  # a mention after it does not count


def test_pronoun_forms() -> None:
    doc = load(FR.model)("« Oui », a-t-elle dit. Ils viennent, déclare-t-il. Selon ses amis, elles partent.")
    forms = {t.text: antecedents.pronoun_form(t, FR) for t in doc}
    assert forms["-elle"] == "elle" and forms["Ils"] == "ils" and forms["elles"] == "elles"
    assert forms["ses"] is None and forms["amis"] is None and forms.get("-t") is None
    assert [t.text for t in doc if antecedents.personal_pronoun(t, FR)] == ["-elle", "Ils", "-il", "elles"]


def test_layout_counts_sentences_paragraphs_and_nested_quotations() -> None:
    text = "Le maire parle.\n\nIl dit : « Le préfet m'a écrit “ce soir” ». Il part.\nFin."
    index = _index(text)
    doc = antecedents.layout(index, FR)
    maire = doc.tokens(text.index("maire"), text.index("maire") + 5)[0]
    part = doc.tokens(text.index("part"), text.index("part") + 4)[0]
    assert doc.sentence(part) - doc.sentence(maire) == 2
    assert doc.paragraph(text.index("part")) - doc.paragraph(text.index("maire")) == 1  # blank lines: one break
    assert doc.paragraph(text.index("Fin")) == 2
    inner, outer = doc.quotation(text.index("ce soir")), doc.quotation(text.index("préfet"))
    assert inner is not None and text[inner[0] : inner[1]] == "ce soir"
    assert outer is not None and text[outer[0] : outer[1]].startswith("Le préfet")
    assert doc.quotation(text.index("part")) is None
    assert antecedents.layout(index, FR) is doc  # built once per text


def test_a_layout_does_not_keep_its_text_alive() -> None:
    """Layouts are cached by token index; the cache must not hold the parse of every text."""
    index = _index("Le maire parle. Il part.")
    doc = antecedents.layout(index, FR)
    gone = weakref.ref(index)
    del index
    gc.collect()
    assert gone() is None
    with pytest.raises(ReferenceError):
        doc.tokens(0, 5)


def test_the_speaker_ranker_sees_the_antecedent_of_a_pronoun_source() -> None:
    text = (
        "Le ministre de l'Agriculture, Luc Besson, a rencontré Hélène Marchal, la présidente du syndicat, lundi.\n"
        "« Nous avons obtenu des garanties », a-t-elle déclaré."
    )
    recorder = Recorder(FirstMatch())
    quoteminer.extract(text, speakers=recorder)
    (candidates,) = [c for key, c in recorder.seen if isinstance(key, tuple)]
    by_name = {c.subject.name: c.features for c in candidates if c.subject is not None}
    assert by_name["Hélène Marchal"]["antecedent_log"] == 0.0  # the likeliest
    assert by_name["Luc Besson"]["antecedent_log"] < -1.0
    nobody: list[Candidate[object]] = [c for c in candidates if c.subject is None]
    assert "antecedent_log" not in nobody[0].features
    result = quoteminer.extract(text)
    assert result.quotes[0].speaker is not None and result.quotes[0].speaker.name == "Hélène Marchal"


def test_no_antecedent_feature_when_the_source_is_named() -> None:
    recorder = Recorder(FirstMatch())
    quoteminer.extract("« Nous partons », a déclaré Claire Martin.", speakers=recorder)
    assert all("antecedent_log" not in c.features for _, cands in recorder.seen for c in cands)


def test_the_shipped_model_beats_the_rules_it_replaces_on_held_out_novels() -> None:
    meta = load_model("antecedent").meta
    assert meta["held_out_works"] and meta["held_out_pronouns"] > 300
    assert meta["held_out_accuracy"] > meta["held_out_nearest_agreeing_subject"] > 0.5
    assert meta["held_out_accuracy"] > meta["held_out_nearest_agreeing"]


# -- the fixtures it learns from ---------------------------------------------------------------


def test_litbank_fixtures_follow_their_schema() -> None:
    readme = (LITBANK / "README.md").read_text(encoding="utf-8")
    assert "fr-litbank (Lattice, CNRS/ENS/Sorbonne Nouvelle)" in readme and "CC BY-SA" in readme
    records = sorted(LITBANK.glob("*.json"))
    assert len(records) == 20
    assert {p.stem for p in LITBANK.glob("*.txt")} == {p.stem for p in records}
    works = set()
    for path in records:
        record = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        assert set(record) == {"id", "work", "source", "licence", "mentions"}, path.name
        assert record["id"] == path.stem and "CC BY-SA" in record["licence"], path.name
        assert "fr-litbank (Lattice, CNRS/ENS/Sorbonne Nouvelle)" in record["source"], path.name
        works.add(record["work"])
        mentions = record["mentions"]
        assert mentions == sorted(mentions, key=lambda m: (m[0], m[1])), path.name
        chains = set()
        for start, end, kind, chain in mentions:
            assert 0 <= start < end <= len(text), path.name
            assert text[start:end] == text[start:end].strip(), f"{path.name}: blank at the edge of {start}"
            assert kind in ("PER", "ORG") and isinstance(chain, int) and chain >= 0, path.name
            chains.add(chain)
        assert chains == set(range(len(chains))), f"{path.name}: chains are numbered 0, 1, …"
    assert len(works) == 17


@attrs.define
class _Mentioned:
    mentions: list[tuple[int, int, str]] = attrs.Factory(list)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 5), st.integers(0, 3000), st.integers(1, 40), st.integers(0, 3200)),
        max_size=40,
    )
)
def test_the_mention_index_answers_what_reading_every_mention_answers(
    steps: list[tuple[int, int, int, int]],
) -> None:
    """Mentions added one by one (to new or known entities, in any order, repeated): the index
    take_up reads gives, at any offset, the spans of the window and each entity's salience that
    reading every mention of every entity gives."""
    entities: list[_Mentioned] = []
    known = antecedents._Mentions(entities)
    for who, start, width, at in steps:
        if who >= len(entities):
            entities.append(_Mentioned())
            who = len(entities) - 1
        entities[who].mentions.append((start, start + width, "x"))
        assert known.update()
        lo = bisect.bisect_left(known.starts, (at - antecedents.WINDOW,))
        hi = bisect.bisect_right(known.starts, (at, sys.maxsize, sys.maxsize))
        near = sorted((n, s, e) for s, e, n in known.starts[lo:hi] if e <= at)
        spans = [sorted({(s, e) for s, e, _ in entity.mentions if e <= at}) for entity in entities]
        assert near == [(n, s, e) for n, found in enumerate(spans) for s, e in found if at - s <= antecedents.WINDOW]
        assert all(bisect.bisect_right(known.ends[n], at) == len(found) for n, found in enumerate(spans))
