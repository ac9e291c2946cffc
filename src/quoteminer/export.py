"""Export: Extraction ⇄ JSON-safe dicts, JSON Lines; → flat rows (CSV, pandas) and who said what.

Serialisation lives here, at the edge, not on the model. Invariants:
``from_dict(to_dict(x)) == x`` for every Extraction; enums travel as their
values; offsets are unchanged. pandas is optional (``pip install
'quoteminer[pandas]'``) and imported only by :func:`to_dataframe`.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

import cattrs

from quoteminer.model import CollectionSpeaker, Extraction, Quote, QuoteCluster, Speaker

if TYPE_CHECKING:
    import pandas

    from quoteminer.collection import Collection

__all__ = [
    "CLUSTER_COLUMNS",
    "FLAT_COLUMNS",
    "SPEAKER_COLUMNS",
    "collection_dataframe",
    "collection_records",
    "collection_rows",
    "from_dict",
    "read_collection_jsonl",
    "read_jsonl",
    "to_csv",
    "to_dataframe",
    "to_dict",
    "to_rows",
    "who_said_what",
    "write_collection_csv",
    "write_collection_jsonl",
    "write_csv",
    "write_jsonl",
]

_converter = cattrs.Converter()
# Dates travel as ISO strings ("2019-04-07") and come back as dates.
_converter.register_unstructure_hook(datetime.date, lambda d: d.isoformat())
_converter.register_structure_hook(datetime.date, lambda value, _: datetime.date.fromisoformat(value))


def to_dict(extraction: Extraction) -> dict[str, Any]:
    """A JSON-safe dict of ``extraction`` (enums as values, tuples as lists)."""
    if not isinstance(extraction, Extraction):
        raise TypeError(f"to_dict() takes an Extraction, not {type(extraction).__name__}")
    data: dict[str, Any] = _converter.unstructure(extraction)
    return data


def from_dict(data: dict[str, Any]) -> Extraction:
    """The Extraction a :func:`to_dict` dict stands for (validated on the way in)."""
    if not isinstance(data, dict):
        raise TypeError(f"from_dict() takes a dict, not {type(data).__name__}")
    return _converter.structure(data, Extraction)


def write_jsonl(records: Iterable[tuple[str, Extraction]], stream: IO[str]) -> int:
    """Write one JSON line per document (``{"document": …, **to_dict(x)}``); return the count."""
    n = 0
    for document, extraction in records:
        stream.write(json.dumps({"document": document, **to_dict(extraction)}, ensure_ascii=False))
        stream.write("\n")
        n += 1
    return n


def read_jsonl(stream: IO[str]) -> Iterator[tuple[str, Extraction]]:
    """Read what :func:`write_jsonl` wrote."""
    for line in stream:
        if line.strip():
            data = json.loads(line)
            document = data.pop("document", "")
            yield document, from_dict(data)


#: Columns of the flat table: one row per quote.
FLAT_COLUMNS = (
    "document",
    "start",
    "end",
    "kind",
    "text",
    "speaker",
    "speaker_kind",
    "speaker_confidence",
    "act",
    "act_confidence",
    "hedged",
    "cue",
    "quantities",
    "verbatim",
    "said_on",
    "said_on_end",
)


def to_rows(document: str, extraction: Extraction) -> Iterator[dict[str, Any]]:
    """One flat row per quote of a document."""
    for q in extraction.quotes:
        yield {
            "document": document,
            "start": q.start,
            "end": q.end,
            "kind": q.kind.value,
            "text": q.text,
            "speaker": q.speaker.name if q.speaker else None,
            "speaker_kind": q.speaker.kind.value if q.speaker else None,
            "speaker_confidence": q.speaker_confidence,
            "act": q.act.value if q.act else None,
            "act_confidence": q.act_confidence,
            "hedged": q.hedged,
            "cue": q.cue,
            "quantities": "; ".join(x.text for x in q.quantities),
            "verbatim": "; ".join(v.text for v in q.verbatim),
            "said_on": q.said_on.isoformat() if q.said_on else None,
            "said_on_end": q.said_on_end.isoformat() if q.said_on_end else None,
        }


def write_csv(records: Iterable[tuple[str, Extraction]], stream: IO[str]) -> int:
    """Write the flat table of quotes as CSV; return the number of rows."""
    writer = csv.DictWriter(stream, fieldnames=FLAT_COLUMNS)
    writer.writeheader()
    n = 0
    for document, extraction in records:
        for row in to_rows(document, extraction):
            writer.writerow(row)
            n += 1
    return n


def to_csv(document: str, extraction: Extraction) -> str:
    """The flat table of one document as a CSV string."""
    out = io.StringIO()
    write_csv([(document, extraction)], out)
    return out.getvalue()


def _pandas(caller: str) -> Any:
    try:
        import pandas
    except ImportError as error:
        raise ImportError(
            f"{caller} needs pandas, which quoteminer does not install by default: "
            "pip install 'quoteminer[pandas]' (or pip install pandas)"
        ) from error
    return pandas


def to_dataframe(records: Extraction | Iterable[tuple[str, Extraction]]) -> pandas.DataFrame:
    """The flat table of quotes as a pandas DataFrame: one row per quote, columns :data:`FLAT_COLUMNS`.

    ``records`` is one Extraction (its rows get ``document == ""``) or ``(document,
    extraction)`` pairs. Needs pandas: ``pip install 'quoteminer[pandas]'``.
    """
    pd = _pandas("to_dataframe()")
    if isinstance(records, Extraction):
        records = [("", records)]
    rows = [row for document, extraction in records for row in to_rows(document, extraction)]
    frame: pandas.DataFrame = pd.DataFrame.from_records(rows, columns=list(FLAT_COLUMNS))
    return frame


def who_said_what(extraction: Extraction) -> tuple[tuple[Speaker | None, tuple[Quote, ...]], ...]:
    """Who said what in one document: each speaker with their speech items, in text order.

    Speakers come in order of their first item, under their canonical name; the
    Speaker given is the one on that first item (each quote keeps its own, with how
    it was resolved). Speech with no recoverable speaker comes last, under ``None``.
    Mentions are left out: nobody says them.

    >>> from quoteminer import extract, who_said_what
    >>> text = "« Nous partons », a déclaré Claire Martin. « Restez », a répondu Paul Durand. Elle a refusé : « Non »."
    >>> for speaker, quotes in who_said_what(extract(text)):
    ...     print(speaker.name if speaker else None, [q.text for q in quotes])
    Claire Martin ['Nous partons', 'Non']
    Paul Durand ['Restez']
    """
    if not isinstance(extraction, Extraction):
        raise TypeError(f"who_said_what() takes an Extraction, not {type(extraction).__name__}")
    speakers = {s.name: s for s in reversed(extraction.speakers)}
    groups = extraction.by_speaker()
    known = tuple((speakers[name], quotes) for name, quotes in groups.items() if name is not None)
    return known + (((None, groups[None]),) if None in groups else ())


# -- a collection of documents (quoteminer.Collection) ---------------------------------------


def collection_records(collection: Collection) -> Iterator[dict[str, Any]]:
    """A Collection as JSON-safe records, each with its ``type``: a ``document`` per document
    (``doc_id``, ``published``, ``metadata``), then a ``speaker`` per speaker across the
    documents, then a ``cluster`` per quotation several documents report (the fields of
    ``CollectionSpeaker`` and ``QuoteCluster``, quotes in full as in :func:`to_dict`)."""
    for doc_id in collection.documents:
        day = collection.published(doc_id)
        yield {
            "type": "document",
            "doc_id": doc_id,
            "published": day.isoformat() if day else None,
            "metadata": collection.metadata(doc_id),
        }
    for speaker in collection.speakers():
        yield {"type": "speaker", **_converter.unstructure(speaker)}
    for cluster in collection.clusters():
        yield {"type": "cluster", **_converter.unstructure(cluster)}


def write_collection_jsonl(collection: Collection, stream: IO[str]) -> int:
    """Write :func:`collection_records` as JSON Lines; return the number of lines."""
    n = 0
    for record in collection_records(collection):
        stream.write(json.dumps(record, ensure_ascii=False))
        stream.write("\n")
        n += 1
    return n


def read_collection_jsonl(
    stream: IO[str],
) -> tuple[list[dict[str, Any]], list[CollectionSpeaker], list[QuoteCluster]]:
    """Read what :func:`write_collection_jsonl` wrote: (documents, speakers, clusters)."""
    documents: list[dict[str, Any]] = []
    speakers: list[CollectionSpeaker] = []
    clusters: list[QuoteCluster] = []
    for line in stream:
        if not line.strip():
            continue
        record = json.loads(line)
        kind = record.pop("type", None)
        if kind == "document":
            documents.append(record)
        elif kind == "speaker":
            speakers.append(_converter.structure(record, CollectionSpeaker))
        elif kind == "cluster":
            clusters.append(_converter.structure(record, QuoteCluster))
        else:
            raise ValueError(f"not a record of a collection (type {kind!r})")
    return documents, speakers, clusters


#: Columns of the speakers table: one row per speaker and speech item.
SPEAKER_COLUMNS = (
    "speaker",
    "speaker_kind",
    "variants",
    "titles",
    "documents",
    "doc_id",
    "published",
    "index",
    "kind",
    "text",
    "act",
    "said_on",
)

#: Columns of the clusters table: one row per report of a quotation several documents report.
CLUSTER_COLUMNS = (
    "cluster",
    "reference",
    "documents",
    "doc_id",
    "published",
    "earliest",
    "index",
    "speaker",
    "kind",
    "text",
    "said_on",
    "possible_misquote",
    "differing",
)


def _day(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None


def collection_rows(collection: Collection, what: str = "clusters") -> Iterator[dict[str, Any]]:
    """Flat rows of a Collection: ``"speakers"`` (:data:`SPEAKER_COLUMNS`) or ``"clusters"``
    (:data:`CLUSTER_COLUMNS`)."""
    if what == "speakers":
        for s in collection.speakers():
            for ref in s.quotes:
                q = ref.quote
                yield {
                    "speaker": s.name,
                    "speaker_kind": s.kind.value,
                    "variants": "; ".join(s.variants),
                    "titles": "; ".join(s.titles),
                    "documents": len(s.documents),
                    "doc_id": ref.doc_id,
                    "published": _day(ref.published),
                    "index": ref.index,
                    "kind": q.kind.value,
                    "text": q.text,
                    "act": q.act.value if q.act else None,
                    "said_on": _day(q.said_on),
                }
    elif what == "clusters":
        for n, c in enumerate(collection.clusters(), 1):
            for m in c.members:
                yield {
                    "cluster": n,
                    "reference": c.text,
                    "documents": len(c.documents),
                    "doc_id": m.doc_id,
                    "published": _day(m.published),
                    "earliest": m is c.earliest,
                    "index": m.index,
                    "speaker": m.speaker,
                    "kind": m.quote.kind.value,
                    "text": m.quote.text,
                    "said_on": _day(m.quote.said_on),
                    "possible_misquote": m.possible_misquote,
                    "differing": "; ".join(m.differing),
                }
    else:
        raise ValueError(f"what must be 'speakers' or 'clusters', not {what!r}")


def write_collection_csv(collection: Collection, stream: IO[str], what: str = "clusters") -> int:
    """Write :func:`collection_rows` as CSV; return the number of rows."""
    columns = SPEAKER_COLUMNS if what == "speakers" else CLUSTER_COLUMNS
    writer = csv.DictWriter(stream, fieldnames=columns)
    writer.writeheader()
    n = 0
    for row in collection_rows(collection, what):
        writer.writerow(row)
        n += 1
    return n


def collection_dataframe(collection: Collection, what: str = "clusters") -> pandas.DataFrame:
    """:func:`collection_rows` as a pandas DataFrame (needs pandas)."""
    pd = _pandas("Collection.to_dataframe()")
    columns = SPEAKER_COLUMNS if what == "speakers" else CLUSTER_COLUMNS
    frame: pandas.DataFrame = pd.DataFrame.from_records(list(collection_rows(collection, what)), columns=list(columns))
    return frame
