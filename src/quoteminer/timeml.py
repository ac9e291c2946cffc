"""TimeML gold → a date normaliser's accuracy (the measurement behind ``dates.normalise``).

Reads ISO-TimeML files (the French TimeBank: ``<DCT>``, ``<TEXT>`` with inline ``TIMEX3``)
and scores a normaliser on their ``DATE`` expressions: given an expression's words, the
document creation time and the way its verb points in time (``dates.direction_of`` on
quoteminer's parse), does it give the gold TIMEX3 ``value``? Invariants:

- a document's text is the ``<TEXT>`` element's character content, tags removed and
  entities decoded, so each ``Timex`` has ``text == document.text[start:end]``;
- every candidate normaliser gets the same inputs (expression, creation time, direction),
  and is scored by exact match of the value; a ``None`` answer is a miss;
- scores are kept per document so that they can be split (tuning and test halves).
"""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import attrs

from quoteminer import parse
from quoteminer.content import TokenIndex
from quoteminer.dates import Direction, as_date, direction_of, normalise
from quoteminer.lang import get_language

__all__ = ["Normaliser", "TimeMLDocument", "Timex", "directions", "quoteminer_normaliser", "read_timeml", "score"]

#: A candidate: (expression, creation time, direction) → a TIMEX3 value, or None.
Normaliser = Callable[[str, datetime.date, Direction], str | None]


@attrs.frozen
class Timex:
    """One gold TIMEX3 of a document."""

    text: str
    start: int
    end: int
    type: str
    value: str


@attrs.frozen
class TimeMLDocument:
    """A TimeML document: its id, creation time, text and gold time expressions."""

    id: str
    created: datetime.date
    text: str
    timexes: tuple[Timex, ...]


def read_timeml(path: str | Path) -> TimeMLDocument:
    """Read one ISO-TimeML file."""
    root = ElementTree.parse(path).getroot()
    doc_id = (root.findtext("DOCID") or Path(path).stem).strip()
    dct = root.find("DCT/TIMEX3")
    created = as_date(dct.get("value") if dct is not None else None, "the DCT")
    if created is None:
        raise ValueError(f"{path}: no document creation time (DCT)")
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path}: no TEXT element")
    chunks: list[str] = [body.text or ""]
    timexes: list[Timex] = []
    size = len(chunks[0])

    def walk(element: ElementTree.Element) -> None:
        nonlocal size
        start = size
        inner = element.text or ""
        chunks.append(inner)
        size += len(inner)
        for child in element:
            walk(child)
        if element.tag == "TIMEX3":
            text = "".join(chunks)[start:size]
            timexes.append(Timex(text, start, size, element.get("type", ""), element.get("value", "")))
        tail = element.tail or ""
        chunks.append(tail)
        size += len(tail)

    for child in body:
        walk(child)
    return TimeMLDocument(doc_id, created, "".join(chunks), tuple(timexes))


def directions(document: TimeMLDocument, spans: Sequence[tuple[int, int]]) -> list[Direction]:
    """The way the verb governing each span points in time, on quoteminer's parse of the text."""
    lang = get_language("fr")
    view = parse.make_view(document.text)
    pieces = parse.parse(view, parse.load(lang.model))
    index = TokenIndex(view, pieces)
    out: list[Direction] = []
    for start, end in spans:
        tokens = [t for t in index.within(start, end) if not t.is_space]
        inside = {t.i for t in tokens}
        head = next((t for t in tokens if t.head.i not in inside or t.head is t), None)
        out.append(direction_of(head) if head is not None else None)
    return out


def quoteminer_normaliser(expression: str, created: datetime.date, direction: Direction) -> str | None:
    """quoteminer's own rules (``dates.normalise``) as a candidate."""
    value = normalise(expression, created, get_language("fr"), direction)
    return value.timex if value is not None else None


def score(
    documents: Iterable[TimeMLDocument],
    normaliser: Normaliser,
    kinds: frozenset[str] = frozenset({"DATE"}),
    cached: dict[str, list[Direction]] | None = None,
) -> dict[str, tuple[int, int]]:
    """Per document id: (gold expressions of ``kinds``, values the normaliser got right).

    ``cached`` keeps the directions of each document between calls (the parse is the
    costly part), keyed by document id.
    """
    out: dict[str, tuple[int, int]] = {}
    for document in documents:
        gold = [t for t in document.timexes if t.type in kinds]
        if cached is not None and document.id in cached:
            ways = cached[document.id]
        else:
            ways = directions(document, [(t.start, t.end) for t in gold])
            if cached is not None:
                cached[document.id] = ways
        right = sum(normaliser(t.text, document.created, way) == t.value for t, way in zip(gold, ways, strict=True))
        out[document.id] = (len(gold), right)
    return out
