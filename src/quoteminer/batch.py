"""Many documents: an iterable of texts → a stream of Extractions, parsed with ``nlp.pipe``.

``extract_many`` streams; ``extract_partition`` and ``preload`` are its two helpers for
distributed collections (a Dask bag's partitions, a process pool: see docs/scale.md).

Invariants:

- one Extraction per input, in input order, each equal to ``extract`` of that input;
- a generator with bounded memory: inputs are read as spaCy asks for them, and a
  result leaves as soon as its parse is back (at most two batches a process are read
  ahead of the results);
- spaCy parses the cleaned views of the texts' layouts (``pipeline.prepare``), in batches and,
  with ``n_process > 1``, in worker processes; the stages after the parse, which take
  about a tenth of the time, run in the calling process;
- the model runs (tokenizing the inputs, parsing a batch) under ``parse.model_lock``,
  taken for each doc that comes out and released before its stages run and before it
  is yielded, so streams in several threads share one model safely;
- what needs no parse from ``nlp.pipe`` (a blank text, a ``Doc`` whose own parse is
  reused, a text longer than the model's ``max_length``, parsed in pieces on its own)
  sends an empty placeholder through the pipe, so that every input matches one doc out.
"""

from __future__ import annotations

import datetime
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from quoteminer import backend, parse
from quoteminer.dates import as_date
from quoteminer.lang import LanguageData, get_language
from quoteminer.model import Extraction
from quoteminer.pipeline import check_text, extract_parsed, prepare, reusable

__all__ = ["extract_many", "extract_partition", "preload"]

# Turns the doc spaCy parsed for an input (the placeholder's, for inputs that need none)
# into that input's Extraction.
_Finish = Callable[[Doc], Extraction]


def _positive(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{name} must be at least 1, got {value}")
    return value


def _empty(_doc: Doc) -> Extraction:
    return Extraction()


def _record(item: object, published: datetime.date | None) -> tuple[object, datetime.date | None]:
    """A record (a mapping with ``text``, and its publication date under ``date`` or
    ``published``) → its text and date; anything else is a text of the stream's date."""
    if not isinstance(item, Mapping):
        return item, published
    if "text" not in item:
        raise ValueError(f"a record needs a 'text' field; this one has {sorted(map(str, item))}")
    own = item.get("published", item.get("date"))
    return item["text"], as_date(own, "a record's date") if own is not None else published


def _plan(item: object, model: Language, data: LanguageData, published: datetime.date | None) -> tuple[Doc, _Finish]:
    """What to send through ``nlp.pipe`` for one input, and how to finish it."""
    item, day = _record(item, published)
    if isinstance(item, Doc):
        doc, text = item, item.text
        laid, view = prepare(text, data)
        if reusable(doc, view):
            return model.make_doc(""), lambda _: extract_parsed(laid, view, [parse.Piece(doc, 0)], data, published=day)
    else:
        text = check_text(item)
        laid, view = prepare(text, data)
    if not text.strip():
        return model.make_doc(""), _empty
    if len(view.text) > model.max_length:
        return model.make_doc(""), lambda _: extract_parsed(laid, view, parse.parse(view, model), data, published=day)
    return parse.prepare(model, view), lambda doc: extract_parsed(
        laid, view, [parse.Piece(doc, 0)], data, published=day
    )


def extract_many(
    texts: Iterable[str | Doc | Mapping[str, Any]],
    *,
    lang: str = "fr",
    nlp: Language | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    published: datetime.date | str | None = None,
) -> Iterator[Extraction]:
    """Extract from many texts (or Docs), streaming, in input order.

    Equivalent to ``(extract(t, lang=lang, nlp=nlp, published=published) for t in texts)``,
    but the parses go through ``nlp.pipe`` in batches of ``batch_size``, over ``n_process``
    processes. An input may also be a record, a mapping with ``text`` and its publication
    date under ``date`` (or ``published``), which then holds for that text.

    >>> from quoteminer import extract_many
    >>> texts = ["« Oui », a dit Paul Durand.", "", "« Non », a répondu Claire Martin."]
    >>> [[q.speaker.name for q in r.quotes] for r in extract_many(texts)]
    [['Paul Durand'], [], ['Claire Martin']]
    """
    if isinstance(texts, (str, bytes, Doc, Mapping)):
        raise TypeError("extract_many() takes an iterable of texts; for a single text, call extract()")
    _positive("batch_size", batch_size)
    _positive("n_process", n_process)
    day = as_date(published)
    data = get_language(lang)
    model = nlp if nlp is not None else parse.load(data.model)
    return _stream(texts, model, data, batch_size, n_process, day)


def extract_partition(
    texts: Iterable[str | Doc | Mapping[str, Any]], *, lang: str = "fr", batch_size: int = 32
) -> list[Extraction]:
    """The Extractions of one partition of a distributed collection, in its order.

    ``list(extract_many(texts, lang=lang, batch_size=batch_size))``, made for
    ``dask.bag.Bag.map_partitions`` or ``client.map`` over chunks of texts (see
    docs/scale.md): a module-level function, so it pickles by name; the model is loaded
    once per worker process and reused by every partition that process runs; the
    result is a list (a generator cannot travel between processes) of immutable values
    that pickle.

    >>> from quoteminer import extract_partition
    >>> [len(r.quotes) for r in extract_partition(["« Oui », a dit Paul Durand.", "Il pleut."])]
    [1, 0]
    """
    return list(extract_many(texts, lang=lang, batch_size=batch_size))


def preload(lang: str = "fr") -> None:
    """Load quoteminer's model for ``lang`` in this process now, rather than with the first text.

    For ``client.run(quoteminer.preload)`` on a Dask cluster or the ``initializer`` of a
    process pool: every worker loads the model before the work starts. It returns
    nothing, so nothing heavy is sent back to the caller.
    """
    parse.load(get_language(lang).model)


def _stream(
    texts: Iterable[str | Doc | Mapping[str, Any]],
    model: Language,
    data: LanguageData,
    batch_size: int,
    n_process: int,
    published: datetime.date | None,
) -> Iterator[Extraction]:
    waiting: deque[_Finish] = deque()

    def feed() -> Iterator[Doc]:
        for item in texts:
            sent, finish = _plan(item, model, data, published)
            waiting.append(finish)
            yield sent

    lock = parse.model_lock(model)
    docs = model.pipe(feed(), batch_size=batch_size, n_process=n_process)
    while True:
        with lock, backend.one_thread():  # nlp.pipe reads the inputs and runs the model inside next()
            doc = next(docs, None)
        if doc is None:
            return
        yield waiting.popleft()(doc)
