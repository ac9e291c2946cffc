"""Records: documents as they come in (an id, a text, other fields) and leave (with their Extraction).

Input → records → output. A *record* is a document with an id and fields of its own
(``url``, ``date``, ``title``, ``outlet``…): a mapping with ``text`` (and ``id``), an
``(id, text)`` pair, a line of JSON Lines, a row of CSV, or an HTML page whose main text
a boilerplate remover finds (``trafilatura``, in the ``html`` extra). ``extract_many``
gives each record back as a :class:`Document`: its id, text, fields and Extraction.

Invariants:

- a record's id is given back as it was given (a ``str`` or an ``int``); a mapping without
  one gets its position in the stream; the other fields travel unchanged (``metadata``);
- file reading never raises for the content of a file: a line, a row or a page that
  cannot be read is reported through ``skip(where, reason)`` and left out, the rest goes on;
- the output schema (``SCHEMA_VERSION``) is said in every record written; a field of the
  input that would take the name of an output field is renamed ``record_<name>``;
- offsets index the text the document was read as: the file's text as decoded (line
  ends kept), a record's ``text`` field, or, for an HTML page, the extracted text (given
  back in the output record under ``text``).
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs

from quoteminer.model import Extraction

__all__ = [
    "BOMS",
    "EXTENSIONS",
    "INPUT_FORMATS",
    "OUTPUT_FIELDS",
    "SCHEMA_VERSION",
    "Document",
    "Record",
    "as_record",
    "decode",
    "format_of",
    "html_record",
    "output_name",
    "read_records",
]

#: The version of the output schema (JSON Lines, JSON, the tables): said in every record
#: as ``schema_version``; raised whenever a field changes meaning or goes away.
SCHEMA_VERSION = 1

#: Input formats of records (``--format-in``).
INPUT_FORMATS = ("txt", "jsonl", "csv", "html")

#: File name endings and the input format they stand for; anything else is read as text.
EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
}

#: Names an output record gives its own fields: a record's field of one of these names
#: is written as ``record_<name>``.
OUTPUT_FIELDS = ("schema_version", "id", "text", "quotes", "claims", "diagnostics")

#: Byte-order marks and the codec of the text after them (UTF-32 LE's mark starts like UTF-16 LE's).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

RecordId = str | int


@attrs.frozen
class Document:
    """One document of a stream of records, with its result.

    ``id`` is the record's id as given (for a file, its path), ``text`` the text the
    offsets index (``None`` when a reader was not given it back), ``metadata`` the
    record's other fields, unchanged, and ``extraction`` what quoteminer found. A
    Document unpacks as ``(id, extraction)``, so ``dict(extract_many(pairs))`` maps ids
    to results.
    """

    id: RecordId = attrs.field(validator=attrs.validators.instance_of((str, int)))
    extraction: Extraction = attrs.field(validator=attrs.validators.instance_of(Extraction))
    text: str | None = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str)))
    metadata: dict[str, Any] = attrs.field(factory=dict, converter=dict)

    def __iter__(self) -> Iterator[Any]:
        yield self.id
        yield self.extraction


@attrs.frozen
class Record:
    """A record on its way in: its id, its text (or a spaCy ``Doc``) and its other fields."""

    id: RecordId
    text: Any  # a str or a Doc; anything else fails as extract() fails on it
    metadata: dict[str, Any] = attrs.field(factory=dict)


def _check_id(value: object) -> RecordId:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"a record's id must be a str or an int, not {type(value).__name__}")
    return value


def as_record(item: object, position: int) -> Record | None:
    """The record ``item`` stands for, or ``None`` for a plain text or ``Doc``.

    A mapping needs a ``text`` (its ``id`` defaults to ``position``); a pair is
    ``(id, text)``. Anything else that is neither raises ``TypeError`` later, in
    ``extract``'s own check.
    """
    if isinstance(item, Mapping):
        if "text" not in item:
            fields = ", ".join(sorted(map(str, item))) or "none"
            raise ValueError(f"a record needs a 'text' field (its fields: {fields})")
        ident = _check_id(item["id"]) if "id" in item else position
        metadata = {str(k): v for k, v in item.items() if k not in ("id", "text")}
        return Record(ident, item["text"], metadata)
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError(f"a record pair is (id, text), not a tuple of {len(item)}")
        return Record(_check_id(item[0]), item[1])
    return None


def output_name(name: str, taken: tuple[str, ...] = OUTPUT_FIELDS) -> str:
    """The name a record's field ``name`` is written under beside the output's own ``taken`` fields."""
    return f"record_{name}" if name in taken else name


def format_of(path: Path | None, forced: str | None = None) -> str:
    """The input format of a file: ``forced`` if given, else by its ending (text by default)."""
    if forced is not None:
        return forced
    if path is None:
        return "txt"
    return EXTENSIONS.get(path.suffix.lower(), "txt")


class NotText(ValueError):
    """Bytes that decode, but to NUL characters: UTF-16 or UTF-32 read as a one-byte encoding."""


def decode(data: bytes, encoding: str = "utf-8") -> str:
    """The text of a file's bytes, exactly as ``extract`` reports offsets into it.

    A byte-order mark decides the encoding and is left out; otherwise ``encoding``
    decodes, strictly. Line ends are kept as they are (no universal newlines).
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec)
    text = data.decode(encoding)
    if text.count("\x00") * 4 > len(text):
        raise NotText(f"it reads as NUL characters in {encoding} (UTF-16 or UTF-32 without a byte-order mark?)")
    return text


Skip = Callable[[str, str], None]


def _text_stream(stream: IO[bytes], encoding: str) -> IO[str]:
    """A binary stream read as text: a byte-order mark decides, else ``encoding``; line ends kept."""
    buffered: Any = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)
    head = buffered.peek(4)[:4]
    for bom, codec in BOMS:
        if head.startswith(bom):
            buffered.read(len(bom))
            return io.TextIOWrapper(buffered, encoding=codec, errors="strict", newline="")
    return io.TextIOWrapper(buffered, encoding=encoding, errors="strict", newline="")


def _json_records(name: str, lines: IO[str], skip: Skip) -> Iterator[Record]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        if number == 1 and line.count("\x00") * 4 > len(line):
            skip(name, "it reads as NUL characters (UTF-16 or UTF-32 without a byte-order mark?)")
            return
        try:
            data = json.loads(line)
        except ValueError as error:
            skip(where, f"not a JSON object ({error})")
            continue
        if not isinstance(data, dict):
            skip(where, f"a line must be a JSON object, not {type(data).__name__}")
            continue
        if not isinstance(data.get("text"), str):
            skip(where, "no 'text' field" if "text" not in data else "its 'text' is not a string")
            continue
        ident = data.get("id", where)
        if isinstance(ident, bool) or not isinstance(ident, (str, int)):
            skip(where, f"its 'id' must be a string or a whole number, not {type(ident).__name__}")
            continue
        yield Record(ident, data["text"], {k: v for k, v in data.items() if k not in ("id", "text")})


def _delimiter(header: str) -> str:
    """The column separator of a CSV file: the one of , ; and tab its header uses most."""
    return max(",;\t", key=header.count) if any(c in header for c in ",;\t") else ","


def _csv_records(name: str, lines: IO[str], skip: Skip) -> Iterator[Record]:
    csv.field_size_limit(sys.maxsize)  # an article is longer than the csv module's 128 KiB default
    header = lines.readline()
    if header.count("\x00") * 4 > len(header):
        skip(name, "it reads as NUL characters (UTF-16 or UTF-32 without a byte-order mark?)")
        return
    reader = csv.DictReader(itertools.chain([header], lines), delimiter=_delimiter(header))
    try:
        columns = list(reader.fieldnames or [])
    except csv.Error as error:
        skip(name, f"not a CSV file ({error})")
        return
    if "text" not in columns:
        skip(name, f"a CSV file of records needs a 'text' column (its columns: {', '.join(columns) or 'none'})")
        return
    try:
        for row in reader:
            where = f"{name}:{reader.line_num}"
            if None in row:  # more cells than columns
                skip(where, f"more cells than the {len(columns)} columns")
                continue
            if row["text"] is None:
                skip(where, "fewer cells than columns, no text")
                continue
            ident = row.get("id") or where
            yield Record(ident, row["text"], {k: v for k, v in row.items() if k not in ("id", "text")})
    except csv.Error as error:
        skip(f"{name}:{reader.line_num}", f"not CSV ({error}); the rest of the file is left out")


def html_record(page: bytes | str, ident: RecordId, url: str | None = None) -> Record | None:
    """The article in an HTML page: its main text and its metadata, found by trafilatura.

    The metadata holds what the page says of itself, when it says it: ``title``,
    ``date`` (ISO), ``url``, ``outlet`` (the site's name, else its host name), ``author``,
    ``description``. ``None`` when the page has no main text. Needs the ``html`` extra
    (``pip install 'quoteminer[html]'``); offsets then index the extracted text.
    """
    try:
        import trafilatura
    except ImportError as error:
        raise ImportError(
            "reading HTML pages needs trafilatura, which quoteminer does not install by default: "
            "pip install 'quoteminer[html]' (or pip install trafilatura)"
        ) from error
    found = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False)
    if found is None:
        return None
    data = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    text = data.get("text") or ""
    if not text.strip():
        return None
    metadata: dict[str, Any] = {}
    for field, key in (
        ("title", "title"),
        ("date", "date"),
        ("url", "url"),
        ("outlet", "sitename"),
        ("author", "author"),
        ("description", "description"),
    ):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            metadata[field] = value
    if "outlet" not in metadata and isinstance(data.get("hostname"), str) and data["hostname"]:
        metadata["outlet"] = data["hostname"]
    return Record(ident, text, metadata)


def read_records(
    name: str,
    open_input: Callable[[], IO[bytes]],
    fmt: str,
    encoding: str | None,
    skip: Skip,
) -> Iterator[Record]:
    """The records of one input named ``name``, opened as bytes by ``open_input()``, in format ``fmt``.

    ``encoding`` decodes (default UTF-8; a byte-order mark decides); an HTML page with no
    ``encoding`` given is decoded as the page itself says. JSON Lines and CSV are read as
    a stream, a record at a time. What cannot be read is given to ``skip(where, reason)``
    and left out; a text file is one record whose id is ``name``.
    """
    hint = (
        f"if the file is not {encoding or 'utf-8'}, give its encoding with --encoding "
        "(e.g. --encoding latin-1, utf-16-le)"
    )
    where = name
    try:
        with open_input() as stream:
            if fmt in ("jsonl", "csv"):
                lines = _text_stream(stream, encoding or "utf-8")
                counted = _Lines(lines)
                read = _json_records if fmt == "jsonl" else _csv_records
                yield from read(name, counted, skip)  # type: ignore[arg-type]
                return
            data = stream.read()
    except OSError as error:
        skip(where, error.strerror or str(error))
        return
    except UnicodeDecodeError as error:
        skip(f"{name}:{counted.number + 1}", f"{error}; {hint}; the rest of the file is left out")
        return
    if fmt == "html":
        try:
            page: bytes | str = data if encoding is None else decode(data, encoding)
        except (UnicodeDecodeError, NotText) as error:
            skip(name, f"{error}; {hint}")
            return
        found = html_record(page, name)
        if found is None:
            skip(name, "no article text found in the page")
        else:
            yield found
        return
    try:
        text = decode(data, encoding or "utf-8")
    except (UnicodeDecodeError, NotText) as error:
        skip(name, f"{error}; {hint}")
        return
    if not text.strip():
        skip(name, "it is empty" if not text else "it holds only white space")
    else:
        yield Record(name, text)


class _Lines:
    """Lines of a text stream, counted (to name the line a decoding error stops at)."""

    def __init__(self, lines: IO[str]) -> None:
        self._lines = lines
        self.number = 0

    def __iter__(self) -> Iterator[str]:
        for line in self._lines:
            self.number += 1
            yield line

    def readline(self) -> str:
        line = self._lines.readline()
        self.number += 1 if line else 0
        return line
