"""The same words across a collection: speakers across documents, clusters of one quotation.

Hand-built Extractions test the rules (no model); the seeds test the acceptance examples of
the issue with the real model. Every sentence is written for these tables.
"""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import attrs
import pytest

import quoteminer
from quoteminer import Collection, Extraction, Quote, QuoteKind, Span, Speaker, SpeakerKind
from quoteminer.export import read_collection_jsonl, write_collection_csv

ROOT = Path(__file__).resolve().parent.parent
D = datetime.date
PERSON, ORG, GROUP = SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.GROUP


def quote(
    text: str, speaker: str | None = None, kind: QuoteKind = QuoteKind.DIRECT, sort: SpeakerKind = PERSON
) -> Quote:
    """A quote of ``text`` as if it stood in « » at the start of its document."""
    marks = {} if kind is QuoteKind.INDIRECT else {"open_mark": "«", "open_offset": 0, "close_mark": "»"}
    if marks:
        marks["close_offset"] = len(text) + 2
    return Quote(
        text=text,
        start=2 if marks else 0,
        end=len(text) + (2 if marks else 0),
        kind=kind,
        speaker=Speaker(name=speaker, kind=sort) if speaker else None,
        **marks,  # type: ignore[arg-type]
    )


def doc(*quotes: Quote) -> Extraction:
    return Extraction(quotes=quotes)


@attrs.frozen
class Names:
    id: str
    names: tuple[tuple[str, SpeakerKind], ...]
    expected: tuple[tuple[str, ...], ...]  # the groups of names that are one speaker (sorted)


SPEAKERS = [
    Names(
        "spelling-variant",
        (("Ahmed al-Mesmari", PERSON), ("Ahmad al-Mesmari", PERSON)),
        (("Ahmad al-Mesmari", "Ahmed al-Mesmari"),),
    ),
    Names("surname-only", (("Mike Pompeo", PERSON), ("Pompeo", PERSON)), (("Mike Pompeo", "Pompeo"),)),
    Names(
        "surname-only-of-two-people-stays-apart",
        (("Mike Pompeo", PERSON), ("Mark Pompeo", PERSON), ("Pompeo", PERSON)),
        (("Mark Pompeo",), ("Mike Pompeo",), ("Pompeo",)),
    ),
    Names(
        "same-surname-other-first-name",
        (("Marine Le Pen", PERSON), ("Jean-Marie Le Pen", PERSON)),
        (("Jean-Marie Le Pen",), ("Marine Le Pen",)),
    ),
    Names(
        "initial",
        (("Thomas D. Waldhauser", PERSON), ("Thomas Waldhauser", PERSON)),
        (("Thomas D. Waldhauser", "Thomas Waldhauser"),),
    ),
    Names(
        "typo-in-the-surname",
        (("Khalifa Haftar", PERSON), ("Khalifa Hafter", PERSON)),
        (("Khalifa Haftar", "Khalifa Hafter"),),
    ),
    Names(
        "acronym",
        (("CGT", ORG), ("Confédération générale du travail", ORG)),
        (("CGT", "Confédération générale du travail"),),
    ),
    Names("article", (("l'Africom", ORG), ("Africom", ORG)), (("Africom", "l'Africom"),)),
    Names(
        "organisation-and-its-longer-name",
        (("Samsung", ORG), ("Samsung Electronics", ORG)),
        (("Samsung", "Samsung Electronics"),),
    ),
    Names(
        "common-head-word-stays-apart",
        (("ministère de la Santé", ORG), ("ministère de l'Intérieur", ORG)),
        (("ministère de l'Intérieur",), ("ministère de la Santé",)),
    ),
    Names("person-and-organisation-stay-apart", (("Tripoli", PERSON), ("Tripoli", ORG)), (("Tripoli",), ("Tripoli",))),
    Names(
        "groups-by-their-words",
        (("manifestants", GROUP), ("Manifestants", GROUP), ("habitants", GROUP)),
        (("Manifestants", "manifestants"), ("habitants",)),
    ),
]


@pytest.mark.parametrize("row", SPEAKERS, ids=lambda r: r.id)
def test_speakers_across_documents(row: Names) -> None:
    collection = Collection()
    for n, (name, kind) in enumerate(row.names):
        collection.add(f"d{n}", doc(quote(f"Phrase numéro {n} de ce document", name, sort=kind)))
    groups = sorted(tuple(sorted(s.variants)) for s in collection.speakers())
    assert groups == sorted(row.expected)


def test_speaker_entries_name_documents_quotes_titles() -> None:
    collection = Collection()
    first = Quote(
        text="Nous partons",
        start=2,
        end=14,
        kind=QuoteKind.DIRECT,
        speaker=Speaker(name="Ahmed al-Mesmari", title="porte-parole"),
    )
    collection.add("b", doc(first), published="2019-04-08")
    collection.add(
        "a",
        doc(quote("Nous restons", "Ahmad al-Mesmari"), quote("Nous verrons", "Ahmed al-Mesmari")),
        published=D(2019, 4, 7),
    )
    collection.add("c", doc(quote("Rien à dire", "Fayez al-Sarraj")))
    mesmari = next(s for s in collection.speakers() if "al-Mesmari" in s.name)
    assert mesmari.name == "Ahmed al-Mesmari"  # the most frequent spelling
    assert mesmari.variants == ("Ahmed al-Mesmari", "Ahmad al-Mesmari")
    assert mesmari.titles == ("porte-parole",)
    assert mesmari.documents == ("a", "b")  # earliest first
    assert [(r.doc_id, r.index, r.quote.text, r.published) for r in mesmari.quotes] == [
        ("a", 0, "Nous restons", D(2019, 4, 7)),
        ("a", 1, "Nous verrons", D(2019, 4, 7)),
        ("b", 0, "Nous partons", D(2019, 4, 8)),
    ]
    assert collection.speakers()[0] is mesmari  # most quoted first


@attrs.frozen
class Reports:
    id: str
    texts: tuple[str, ...]  # one document each, in order d0, d1, …
    clustered: tuple[tuple[int, ...], ...]  # the documents of each cluster
    differing: tuple[tuple[str, ...], ...] = ()  # per document of the first cluster, when given
    misquoted: tuple[int, ...] = ()  # documents flagged in the first cluster


WIRE = "Nous ne céderons pas aux menaces du gouvernement et nous poursuivrons la grève jusqu'au bout"
CLUSTERS = [
    Reports("same-words", (WIRE, WIRE, WIRE), ((0, 1, 2),), ((), (), ())),
    Reports("case-and-accents", (WIRE, WIRE.upper().replace("É", "E")), ((0, 1),), ((), ())),
    Reports("a-cut", (WIRE, "nous poursuivrons la grève jusqu'au bout"), ((0, 1),), ((), ())),
    Reports(
        "brackets-left-out",
        (
            WIRE,
            "Nous ne céderons pas aux menaces du gouvernement [d'Édouard Philippe] "
            "et nous poursuivrons la grève jusqu'au bout",
        ),
        ((0, 1),),
        ((), ()),
    ),
    Reports(
        "a-changed-word-is-a-possible-misquote",
        (WIRE, WIRE, WIRE.replace("menaces", "pressions")),
        ((0, 1, 2),),
        ((), (), ("pressions",)),
        (2,),
    ),
    Reports(
        "a-word-left-out",
        (WIRE, WIRE, WIRE.replace(" du gouvernement", "")),
        ((0, 1, 2),),
        ((), (), ("-du", "-gouvernement")),
        (2,),
    ),
    Reports(
        "another-quotation", (WIRE, "La direction refuse toute négociation tant que les piquets de grève resteront"), ()
    ),
    Reports(
        "a-common-phrase-is-not-enough",
        ("Il faut que les choses changent dans ce pays", "Il faut que nous partions très vite de là"),
        (),
    ),
    Reports("one-document-is-no-cluster", (WIRE,), ()),
    Reports("too-short", ("la grève continue", "la grève continue"), ()),
]


@pytest.mark.parametrize("row", CLUSTERS, ids=lambda r: r.id)
def test_clusters(row: Reports) -> None:
    collection = Collection()
    for n, text in enumerate(row.texts):
        collection.add(f"d{n}", doc(quote(text, "Sophie Binet")), published=D(2019, 3, 10 + n))
    clusters = collection.clusters()
    assert [tuple(int(d[1:]) for d in sorted(c.documents)) for c in clusters] == list(row.clustered)
    if row.differing:
        by_doc = {m.doc_id: m for m in clusters[0].members}
        assert tuple(by_doc[f"d{n}"].differing for n in range(len(row.texts))) == row.differing
        assert tuple(int(m.doc_id[1:]) for m in clusters[0].misquoted) == row.misquoted


def test_cluster_members_earliest_and_speakers() -> None:
    collection = Collection()
    collection.add("late", doc(quote(WIRE, "Sophie Binet")), published="2019-03-12")
    collection.add("undated", doc(quote(WIRE, "S. Binet")))
    collection.add(
        "early", doc(quote("Ce n'est pas notre sujet", "Paul Girard"), quote(WIRE, "Binet")), published="2019-03-11"
    )
    (cluster,) = collection.clusters()
    assert [m.doc_id for m in cluster.members] == ["early", "late", "undated"]
    assert cluster.earliest is cluster.members[0]
    assert (cluster.earliest.index, cluster.earliest.published) == (1, D(2019, 3, 11))
    assert {m.speaker for m in cluster.members} == {"Sophie Binet"}  # the canonical name across documents
    assert cluster.text == WIRE
    undated = Collection()
    undated.add("x", doc(quote(WIRE)))
    undated.add("y", doc(quote(WIRE)))
    assert undated.clusters()[0].earliest is None


def test_paraphrase_differs_but_only_quoted_words_make_a_misquote() -> None:
    said = "le gouvernement ne cédera pas aux menaces des syndicats et poursuivra la réforme"
    start = said.index("ne cédera")
    verbatim = Span(text=said[start : start + 31], start=start, end=start + 31)
    first = attrs.evolve(quote(said, "Élisabeth Borne", QuoteKind.INDIRECT), verbatim=(verbatim,))
    reworded = quote(said.replace("poursuivra", "mènera"), "Élisabeth Borne", QuoteKind.INDIRECT)
    collection = Collection()
    collection.add("a", doc(first), published="2019-03-10")
    collection.add("b", doc(first), published="2019-03-10")
    collection.add("c", doc(reworded), published="2019-03-11")
    (cluster,) = collection.clusters()
    flagged = {m.doc_id: (m.differing, m.possible_misquote) for m in cluster.members}
    assert flagged["c"] == (("mènera",), False)  # the journalist's words, not the speaker's


def test_collection_errors() -> None:
    collection = Collection()
    collection.add("a", doc())
    with pytest.raises(ValueError, match="already"):
        collection.add("a", doc())
    with pytest.raises(TypeError, match="Extraction"):
        collection.add("b", "« Oui », a dit Paul Durand.")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="doc_id"):
        collection.add("", doc())
    with pytest.raises(ValueError, match="ISO"):
        collection.add("c", doc(), published="hier")
    with pytest.raises(ValueError, match="speakers"):
        list(quoteminer.export.collection_rows(collection, "quotes"))


def _sample() -> Collection:
    collection = Collection()
    collection.add(
        "a",
        doc(quote(WIRE, "Sophie Binet"), quote("Rien à ajouter sur ce point précis", "Paul Girard")),
        published="2019-03-11",
        outlet="Le Quotidien",
    )
    collection.add(
        "b",
        doc(quote(WIRE.replace("menaces", "pressions"), "S. Binet")),
        published=D(2019, 3, 12),
        url="https://example.org/b",
    )
    collection.add("c", doc(quote(WIRE, "Binet")))
    return collection


def test_json_lines_round_trip() -> None:
    collection = _sample()
    stream = io.StringIO()
    lines = collection.write_jsonl(stream)
    records = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert lines == len(records) == 3 + len(collection.speakers()) + len(collection.clusters())
    assert records[0] == {
        "type": "document",
        "doc_id": "a",
        "published": "2019-03-11",
        "metadata": {"outlet": "Le Quotidien"},
    }
    stream.seek(0)
    documents, speakers, clusters = read_collection_jsonl(stream)
    assert [d["doc_id"] for d in documents] == ["a", "b", "c"]
    assert tuple(speakers) == collection.speakers()
    assert tuple(clusters) == collection.clusters()
    with pytest.raises(ValueError, match="type"):
        read_collection_jsonl(io.StringIO('{"type": "other"}\n'))


def test_dataframes_and_csv() -> None:
    collection = _sample()
    clusters = collection.to_dataframe()
    assert list(clusters.columns) == list(quoteminer.export.CLUSTER_COLUMNS)
    assert clusters["doc_id"].tolist() == ["a", "b", "c"]
    assert clusters["possible_misquote"].tolist() == [False, True, False]
    assert clusters["differing"].tolist() == ["", "pressions", ""]
    speakers = collection.to_dataframe("speakers")
    assert list(speakers.columns) == list(quoteminer.export.SPEAKER_COLUMNS)
    assert speakers.loc[speakers["speaker"] == "Sophie Binet", "doc_id"].tolist() == ["a", "b", "c"]
    out = io.StringIO()
    assert write_collection_csv(collection, out, "speakers") == 4
    assert out.getvalue().splitlines()[0] == ",".join(quoteminer.export.SPEAKER_COLUMNS)


def test_combine_gives_what_one_collection_gives() -> None:
    whole = _sample()
    parts = [Collection(), Collection()]
    for n, doc_id in enumerate(whole.documents):
        parts[n % 2].add(doc_id, whole.extraction(doc_id), whole.published(doc_id), **whole.metadata(doc_id))
    combined = Collection.combine(parts)
    assert combined.documents == ("a", "c", "b")
    assert combined.speakers() == whole.speakers()
    assert combined.clusters() == whole.clusters()
    with pytest.raises(ValueError, match="two of the collections"):
        Collection.combine([whole, whole])
    assert combined.lang == "fr"


def test_a_collection_knows_its_language_and_refuses_an_unknown_one() -> None:
    """Organisation names are matched with the language's articles and acronym words
    (``la CGT`` / ``Confédération générale du travail``), so a collection is of one language."""
    collection = Collection(lang="fr")
    collection.add("a", quoteminer.extract("« Nous irons jusqu'au bout », a prévenu la CGT."))
    collection.add("b", quoteminer.extract("« La grève continue », a annoncé la Confédération générale du travail."))
    assert [s.documents for s in collection.speakers()] == [("a", "b")]
    with pytest.raises(ValueError, match="unsupported language 'xx'"):
        Collection(lang="xx")
    with pytest.raises(TypeError, match="language code must be a str"):
        Collection(lang=3)  # type: ignore[arg-type]


def test_exact_duplicates_are_grouped_once() -> None:
    """Wire copy repeated by many outlets: one group of words, one comparison, however many reports."""
    collection = Collection()
    for n in range(300):
        collection.add(f"d{n}", doc(quote(WIRE, "Sophie Binet")))
    assert len(collection._groups) == 1
    (cluster,) = collection.clusters()
    assert len(cluster.members) == 300


def test_merge_speakers_still_merges() -> None:
    merged = quoteminer.merge_speakers(
        [doc(quote("Nous partons", "Ahmed al-Mesmari")), doc(quote("Nous restons", "Ahmad al-Mesmari"))]
    )
    names = {q.speaker.name for x in merged for q in x.quotes if q.speaker}
    assert len(names) == 1


@pytest.fixture(scope="module")
def seeds() -> Collection:
    collection = Collection()
    for path in sorted((ROOT / "fixtures" / "seeds").glob("*.txt")):
        collection.add(path.stem[:3], quoteminer.extract(path.read_text(encoding="utf-8")))
    return collection


def test_seeds_africom_statement_reported_twice(seeds: Collection) -> None:
    joined = [c for c in seeds.clusters() if c.text.startswith("En raison du regain des troubles en Libye")]
    assert len(joined) == 1
    assert joined[0].documents == ("000", "003")
    assert {m.speaker for m in joined[0].members} == {"Africom"}
    assert joined[0].misquoted == ()  # "(Africom)" is the editor's gloss, not a changed word
    waldhauser = [c for c in seeds.clusters() if "suivre l'évolution de la situation" in c.text]
    assert len(waldhauser) == 1 and waldhauser[0].documents == ("000", "003")


def test_seeds_one_al_mesmari(seeds: Collection) -> None:
    assert [s.name for s in seeds.speakers() if "mesmari" in s.name.lower()] == ["Ahmed al-Mesmari"]
    more = Collection.combine([seeds])
    text = "« Nos forces ont repris l'aéroport », a déclaré Ahmad al-Mesmari, porte-parole de l'armée."
    more.add("new", quoteminer.extract(text))
    (mesmari,) = [s for s in more.speakers() if "mesmari" in s.name.lower()]
    assert set(mesmari.variants) == {"Ahmed al-Mesmari", "Ahmad al-Mesmari"}
    assert mesmari.documents == ("003", "new")
