"""Export: Extraction ⇄ JSON-safe dicts, JSON Lines; → flat rows (CSV, pandas) and who said what.

Serialisation lives here, at the edge, not on the model. Invariants:
``from_dict(to_dict(x)) == x`` for every Extraction; enums travel as their
values; offsets are unchanged. pandas is optional (``pip install
'quoteminer[pandas]'``) and imported only by :func:`to_dataframe`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

import cattrs

from quoteminer.model import Extraction, Quote, Speaker

if TYPE_CHECKING:
    import pandas

__all__ = [
    "FLAT_COLUMNS",
    "from_dict",
    "read_jsonl",
    "to_csv",
    "to_dataframe",
    "to_dict",
    "to_rows",
    "who_said_what",
    "write_csv",
    "write_jsonl",
]

_converter = cattrs.Converter()


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


def to_dataframe(records: Extraction | Iterable[tuple[str, Extraction]]) -> pandas.DataFrame:
    """The flat table of quotes as a pandas DataFrame: one row per quote, columns :data:`FLAT_COLUMNS`.

    ``records`` is one Extraction (its rows get ``document == ""``) or ``(document,
    extraction)`` pairs. Needs pandas: ``pip install 'quoteminer[pandas]'``.
    """
    try:
        import pandas
    except ImportError as error:
        raise ImportError(
            "to_dataframe() needs pandas, which quoteminer does not install by default: "
            "pip install 'quoteminer[pandas]' (or pip install pandas)"
        ) from error
    if isinstance(records, Extraction):
        records = [("", records)]
    rows = [row for document, extraction in records for row in to_rows(document, extraction)]
    return pandas.DataFrame.from_records(rows, columns=list(FLAT_COLUMNS))


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
