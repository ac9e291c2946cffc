"""Export: Extraction ⇄ JSON-safe dicts, JSON Lines; → tidy tables (CSV, pandas) and who said what.

Serialisation lives here, at the edge, not on the model. Invariants:
``from_dict(to_dict(x)) == x`` for every Extraction; enums travel as their
values; offsets are unchanged. A document's output record (JSON Lines, JSON) is
``{"schema_version", "id", **its fields, "quotes", "claims", "diagnostics"}`` and reads
back as the same :class:`~quoteminer.records.Document`. The tables are tidy: one row per
quote, claim, quantity, diagnostic or document, each with the document's id and fields;
a row never holds a list. pandas is optional (``pip install 'quoteminer[pandas]'``) and
imported only by :func:`to_dataframe` and :func:`to_dataframes`.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any

import cattrs

from quoteminer.model import (
    Claim,
    CollectionSpeaker,
    Extraction,
    Qualifier,
    Quote,
    QuoteCluster,
    QuoteKind,
    Resolution,
    Severity,
    Speaker,
    SpeakerKind,
    SpeechAct,
)
from quoteminer.records import OUTPUT_FIELDS, SCHEMA_VERSION, Document, output_name

if TYPE_CHECKING:
    import pandas

    from quoteminer.collection import Collection

__all__ = [
    "CATEGORIES",
    "CLAIM_COLUMNS",
    "CLUSTER_COLUMNS",
    "DIAGNOSTIC_COLUMNS",
    "DOCUMENT_COLUMNS",
    "FLAT_COLUMNS",
    "QUANTITY_COLUMNS",
    "QUOTE_COLUMNS",
    "SCHEMA_VERSION",
    "SPEAKER_COLUMNS",
    "TABLES",
    "VERBATIM_COLUMNS",
    "collection_dataframe",
    "collection_records",
    "collection_rows",
    "from_dict",
    "from_record",
    "read_collection_jsonl",
    "read_jsonl",
    "rows",
    "to_csv",
    "to_dataframe",
    "to_dataframes",
    "to_dict",
    "to_record",
    "to_rows",
    "who_said_what",
    "write_collection_csv",
    "write_collection_jsonl",
    "write_csv",
    "write_jsonl",
]

logger = logging.getLogger(__name__)

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


#: What the writers take: Documents, ``(id, extraction)`` pairs, or one Extraction (id ``""``).
Records = Extraction | Document | tuple[Any, Extraction] | Iterable[Document | tuple[Any, Extraction]]


def _document(item: object) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, Extraction):
        return Document("", item)
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Extraction):
        return Document(item[0], item[1])
    raise TypeError(
        f"expected Documents (from extract_many), (id, Extraction) pairs or an Extraction, not {type(item).__name__}"
    )


def _documents(records: Records) -> Iterator[Document]:
    if isinstance(records, (Extraction, Document)) or (
        isinstance(records, tuple) and len(records) == 2 and isinstance(records[1], Extraction)
    ):
        yield _document(records)
        return
    if isinstance(records, (str, bytes, Mapping)) or not isinstance(records, Iterable):
        raise TypeError(f"expected Documents, (id, Extraction) pairs or an Extraction, not {type(records).__name__}")
    for item in records:
        yield _document(item)


def to_record(document: Document | tuple[Any, Extraction], *, text: bool = False) -> dict[str, Any]:
    """A document's JSON-safe output record (one line of JSON Lines).

    ``{"schema_version": SCHEMA_VERSION, "id": …, **metadata, "quotes": …, "claims": …,
    "diagnostics": …}``: the record's fields as given (one named like an output field is
    written ``record_<name>``), then :func:`to_dict`'s. With ``text=True`` (the command
    line does it for HTML pages, whose extracted text the offsets index) the document's
    ``text`` comes before the quotes.

    >>> from quoteminer import extract_many
    >>> (doc,) = extract_many([{"id": "a1", "text": "« Oui », a dit Paul Durand.", "outlet": "AFP"}])
    >>> record = to_record(doc)
    >>> [record[k] for k in ("schema_version", "id", "outlet")], record["quotes"][0]["text"]
    ([1, 'a1', 'AFP'], 'Oui')
    """
    doc = _document(document)
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "id": doc.id}
    for key, value in doc.metadata.items():
        out[output_name(key)] = value
    if text and doc.text is not None:
        out["text"] = doc.text
    out.update(to_dict(doc.extraction))
    return out


def from_record(data: Mapping[str, Any]) -> Document:
    """The Document an output record stands for (:func:`to_record`'s inverse).

    Records written before the schema had a version (``"document"`` for the id) are read
    too; a record of a newer schema than this quoteminer knows raises ``ValueError``.
    """
    if not isinstance(data, Mapping):
        raise TypeError(f"from_record() takes a dict, not {type(data).__name__}")
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise ValueError(
            f"this record is of output schema {version!r}, newer than this quoteminer's "
            f"({SCHEMA_VERSION}): upgrade quoteminer to read it"
        )
    ident = data.get("id", data.get("document", ""))
    result = from_dict({k: data[k] for k in ("quotes", "claims", "diagnostics") if k in data})
    skip = set(OUTPUT_FIELDS) | ({"document"} if version == 0 else set())
    metadata = {k: v for k, v in data.items() if k not in skip}
    text = data.get("text")
    return Document(ident, result, text if isinstance(text, str) else None, metadata)


def write_jsonl(records: Records, stream: IO[str], *, text: bool = False) -> int:
    """Write one JSON line per document (:func:`to_record`); return the count.

    ``records``: Documents (as ``extract_many`` gives them for records), ``(id,
    extraction)`` pairs, or one Extraction.
    """
    n = 0
    for document in _documents(records):
        stream.write(json.dumps(to_record(document, text=text), ensure_ascii=False))
        stream.write("\n")
        n += 1
    return n


def read_jsonl(stream: IO[str]) -> Iterator[Document]:
    """Read what :func:`write_jsonl` (or ``quoteminer extract``) wrote, a Document a line.

    A Document unpacks as ``(id, extraction)``: ``for doc_id, result in read_jsonl(f)``.
    """
    for line in stream:
        if line.strip():
            yield from_record(json.loads(line))


# -- tidy tables ------------------------------------------------------------------------------

#: Columns of the quotes table: one row per item (mentions included), numbered from 1 in
#: text order within its document (``quote``).
QUOTE_COLUMNS = (
    "id",
    "quote",
    "start",
    "end",
    "kind",
    "text",
    "speaker",
    "speaker_kind",
    "speaker_title",
    "speaker_resolution",
    "speaker_confidence",
    "act",
    "act_confidence",
    "hedged",
    "cue",
    "open_mark",
    "close_mark",
    "verbatim",
    "said_on",
    "said_on_end",
    "said_on_text",
    "evidence",
)
#: The quotes table's columns, under their first name.
FLAT_COLUMNS = QUOTE_COLUMNS
#: Columns of the claims table: one row per claim, the journalist's own (``source`` empty)
#: included; ``quote`` is the number of its speech item in the quotes table.
CLAIM_COLUMNS = ("id", "claim", "start", "end", "text", "source", "source_kind", "quote", "hedged", "quantities")
#: Columns of the quantities table: one row per quantity, with the claim (and the speech
#: item, if any) it belongs to.
QUANTITY_COLUMNS = ("id", "claim", "quote", "start", "end", "text", "value", "unit", "qualifier")
#: Columns of the verbatim table: one row per verbatim span of an indirect item (the
#: speaker's own quoted words inside it), with the item's number.
VERBATIM_COLUMNS = ("id", "quote", "start", "end", "text")
#: Columns of the diagnostics table.
DIAGNOSTIC_COLUMNS = ("id", "code", "severity", "start", "end", "message")
#: Columns of the documents table: one row per document with its counts.
DOCUMENT_COLUMNS = ("id", "quotes", "speech_items", "speakers", "claims", "quantities", "diagnostics")

#: The tables, by name, and their own columns (a document's fields come right after ``id``).
TABLES: dict[str, tuple[str, ...]] = {
    "quotes": QUOTE_COLUMNS,
    "claims": CLAIM_COLUMNS,
    "quantities": QUANTITY_COLUMNS,
    "verbatim": VERBATIM_COLUMNS,
    "diagnostics": DIAGNOSTIC_COLUMNS,
    "documents": DOCUMENT_COLUMNS,
}
# Every name a table column has: a document's field of one of these names is renamed.
_TAKEN = tuple(sorted({c for columns in TABLES.values() for c in columns} | set(OUTPUT_FIELDS)))

#: Columns with a closed set of values, and their categories (in the DataFrames, categorical dtypes).
CATEGORIES: dict[str, tuple[str, ...]] = {
    "kind": tuple(k.value for k in QuoteKind),
    "act": tuple(a.value for a in SpeechAct),
    "speaker_kind": tuple(k.value for k in SpeakerKind),
    "source_kind": tuple(k.value for k in SpeakerKind),
    "speaker_resolution": tuple(r.value for r in Resolution),
    "qualifier": tuple(q.value for q in Qualifier),
    "severity": tuple(s.value for s in Severity),
}


def _quote_row(n: int, q: Quote) -> dict[str, Any]:
    s = q.speaker
    return {
        "quote": n,
        "start": q.start,
        "end": q.end,
        "kind": q.kind.value,
        "text": q.text,
        "speaker": s.name if s else None,
        "speaker_kind": s.kind.value if s else None,
        "speaker_title": s.title if s else None,
        "speaker_resolution": s.resolution.value if s else None,
        "speaker_confidence": q.speaker_confidence,
        "act": q.act.value if q.act else None,
        "act_confidence": q.act_confidence,
        "hedged": q.hedged,
        "cue": q.cue,
        "open_mark": q.open_mark,
        "close_mark": q.close_mark,
        "verbatim": " … ".join(v.text for v in q.verbatim) or None,
        "said_on": q.said_on.isoformat() if q.said_on else None,
        "said_on_end": q.said_on_end.isoformat() if q.said_on_end else None,
        "said_on_text": q.said_on_text.text if q.said_on_text else None,
        "evidence": " ".join(q.evidence),
    }


def _quote_numbers(extraction: Extraction) -> dict[Quote, int]:
    return {q: n for n, q in reversed(list(enumerate(extraction.quotes, 1)))}


def _claim_row(n: int, c: Claim, numbers: Mapping[Quote, int]) -> dict[str, Any]:
    return {
        "claim": n,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "source": c.source.name if c.source else None,
        "source_kind": c.source.kind.value if c.source else None,
        "quote": numbers.get(c.quote) if c.quote is not None else None,
        "hedged": c.hedged,
        "quantities": len(c.quantities),
    }


def _table_rows(doc: Document, table: str) -> Iterator[dict[str, Any]]:
    x = doc.extraction
    if table == "quotes":
        for n, q in enumerate(x.quotes, 1):
            yield _quote_row(n, q)
    elif table == "claims":
        numbers = _quote_numbers(x)
        for n, c in enumerate(x.claims, 1):
            yield _claim_row(n, c, numbers)
    elif table == "quantities":
        numbers = _quote_numbers(x)
        seen: set[tuple[int, int]] = set()
        for n, c in enumerate(x.claims, 1):
            for v in c.quantities:
                seen.add((v.start, v.end))
                quote = numbers.get(c.quote) if c.quote is not None else None
                yield {"claim": n, "quote": quote, **_quantity(v)}
        for m, q in enumerate(x.quotes, 1):  # a speech item's quantity no claim holds (none today)
            for v in q.quantities:
                if (v.start, v.end) not in seen:
                    seen.add((v.start, v.end))
                    yield {"claim": None, "quote": m, **_quantity(v)}
    elif table == "verbatim":
        for n, q in enumerate(x.quotes, 1):
            for span in q.verbatim:
                yield {"quote": n, "start": span.start, "end": span.end, "text": span.text}
    elif table == "diagnostics":
        for d in x.diagnostics:
            yield {"code": d.code, "severity": d.severity.value, "start": d.start, "end": d.end, "message": d.message}
    elif table == "documents":
        yield {
            "quotes": len(x.quotes),
            "speech_items": sum(q.kind.is_speech for q in x.quotes),
            "speakers": len(x.speakers),
            "claims": len(x.claims),
            "quantities": sum(len(c.quantities) for c in x.claims),
            "diagnostics": len(x.diagnostics),
        }
    else:
        raise ValueError(f"table must be one of {', '.join(TABLES)}, not {table!r}")


def _quantity(v: Any) -> dict[str, Any]:
    return {
        "start": v.start,
        "end": v.end,
        "text": v.text,
        "value": v.value,
        "unit": v.unit,
        "qualifier": v.qualifier.value,
    }


def _metadata(doc: Document) -> dict[str, Any]:
    return {output_name(k, _TAKEN): v for k, v in doc.metadata.items()}


def rows(records: Records, table: str = "quotes") -> Iterator[dict[str, Any]]:
    """The rows of one of the tidy :data:`TABLES` (``quotes``, ``claims``, ``quantities``,
    ``verbatim``, ``diagnostics``, ``documents``) for ``records``: each row holds the document's ``id``,
    its fields (a field named like a column is ``record_<name>``), then the table's columns.

    >>> from quoteminer import extract
    >>> result = extract("Selon la police, au moins 35 personnes ont été blessées. Le bilan est de 3 morts.")
    >>> [(r["claim"], r["quote"], r["text"], r["value"], r["qualifier"]) for r in rows([("a", result)], "quantities")]
    [(1, 1, 'au moins 35 personnes', 35.0, 'at_least'), (2, None, '3 morts', 3.0, 'exact')]
    """
    if table not in TABLES:
        raise ValueError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
    for doc in _documents(records):
        head = {"id": doc.id, **_metadata(doc)}
        for row in _table_rows(doc, table):
            yield {**head, **row}


def to_rows(document: Any, extraction: Extraction) -> Iterator[dict[str, Any]]:
    """The quotes table's rows of one document (``rows([(document, extraction)])``)."""
    return rows([(document, extraction)], "quotes")


def write_csv(records: Records, stream: IO[str], *, table: str = "quotes") -> int:
    """Write one of the tidy tables as CSV; return the number of rows.

    The columns are ``id``, the fields of the first document, then the table's own. The
    rows are written as they come: a field the first document did not have is left out
    (a warning on the ``quoteminer.export`` logger says which); to keep every field of
    records that differ, write JSON Lines or use :func:`to_dataframe`.
    """
    own = TABLES.get(table)
    if own is None:
        raise ValueError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
    writer: csv.DictWriter[str] | None = None
    columns: list[str] = []
    dropped: set[str] = set()
    n = 0
    for doc in _documents(records):
        if writer is None:
            columns = ["id", *_metadata(doc), *own[1:]]
            writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
        new = set(_metadata(doc)) - set(columns) - dropped
        if new:
            dropped |= new
            logger.warning(
                "the CSV table leaves out the field%s %s of document %s (the first document has no such "
                "field); write JSON Lines to keep every field",
                "s" if len(new) > 1 else "",
                ", ".join(sorted(new)),
                doc.id,
            )
        for row in rows([doc], table):
            writer.writerow(row)
            n += 1
    if writer is None:
        csv.DictWriter(stream, fieldnames=list(own)).writeheader()
    return n


def to_csv(document: Any, extraction: Extraction, *, table: str = "quotes") -> str:
    """One table of one document as a CSV string."""
    out = io.StringIO()
    write_csv([(document, extraction)], out, table=table)
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


def _frame(pd: Any, table: str, table_rows: list[dict[str, Any]], fields: list[str]) -> pandas.DataFrame:
    own = TABLES[table]
    columns = ["id", *fields, *own[1:]]
    frame = pd.DataFrame.from_records(table_rows, columns=columns)
    for column, categories in CATEGORIES.items():
        if column in own:
            frame[column] = pd.Categorical(frame[column], categories=list(categories))
    for column in ("claim", "quote"):  # numbers of rows of another table, or nothing
        if column in own and (table, column) not in (("quotes", "quote"), ("claims", "claim")):
            frame[column] = frame[column].astype("Int64")
    frame.attrs["schema_version"] = SCHEMA_VERSION
    frame.attrs["table"] = table
    return frame  # type: ignore[no-any-return]


def to_dataframe(records: Records, table: str = "quotes") -> pandas.DataFrame:
    """One of the tidy :data:`TABLES` as a pandas DataFrame (default: the quotes).

    ``records``: one Extraction (its id is ``""``), Documents or ``(id, extraction)``
    pairs. The columns are ``id``, every field of the documents (in order of first
    appearance), then the table's own; ``kind``, ``act``, ``speaker_kind``,
    ``source_kind``, ``speaker_resolution``, ``qualifier`` and ``severity`` are
    categoricals with every value of their enum as categories; ``frame.attrs`` holds the
    ``schema_version``. Needs pandas: ``pip install 'quoteminer[pandas]'``.
    """
    if table not in TABLES:
        raise ValueError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
    return to_dataframes(records, tables=(table,))[table]


def to_dataframes(records: Records, tables: Iterable[str] = tuple(TABLES)) -> dict[str, pandas.DataFrame]:
    """Several tidy tables at once, by name, reading ``records`` once (a stream is fine)."""
    pd = _pandas("to_dataframe()")
    names = list(tables)
    for name in names:
        if name not in TABLES:
            raise ValueError(f"table must be one of {', '.join(TABLES)}, not {name!r}")
    collected: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    fields: dict[str, None] = {}
    for doc in _documents(records):
        fields.update(dict.fromkeys(_metadata(doc)))
        for name in names:
            collected[name].extend(rows([doc], name))
    return {name: _frame(pd, name, collected[name], list(fields)) for name in names}


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
