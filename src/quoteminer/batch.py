"""Many documents: an iterable of texts → a stream of Extractions, parsed with ``nlp.pipe``.

``extract_many`` streams; ``extract_partition`` and ``preload`` are its two helpers for
distributed collections (a Dask bag's partitions, a process pool: see docs/scale.md).

Invariants:

- one Extraction per input, in input order, each equal to ``extract`` of that input;
- a generator with bounded memory: inputs are read as spaCy asks for them, and a
  result leaves as soon as its parse is back (at most two batches a process are read
  ahead of the results);
- spaCy parses the cleaned views of the texts' layouts (``pipeline.prepare``), in batches;
  with ``n_process > 1`` (where processes can be forked), each worker process runs the
  whole pipeline, parse and stages, over a batch at a time, and the calling process
  only hands out batches and gathers the results in order (at most ``n_process + 1``
  batches out at once); the workers ignore Ctrl-C, which the calling process handles,
  and they are stopped when the stream is closed or fails;
- the model runs (tokenizing the inputs, parsing a batch) under ``parse.model_lock``,
  taken for each doc that comes out and released before its stages run and before it
  is yielded, so streams in several threads share one model safely;
- what needs no parse from ``nlp.pipe`` (a blank text, a ``Doc`` whose own parse is
  reused, a text longer than the model's ``max_length``, parsed in pieces on its own)
  sends an empty placeholder through the pipe, so that every input matches one doc out;
- a record (a mapping with ``text``, or an ``(id, text)`` pair) comes back as a
  ``records.Document`` holding its id and fields; a text or a ``Doc`` as an Extraction;
  a record's ``date`` (or ``published``) is its text's publication date, else the
  stream's ``published``;
- ``progress``, if given, hears of every character of the inputs once: a text's length
  when its result is ready, a long text's pieces as they are parsed (two thirds of their
  length) and the rest when its stages are done.
"""

from __future__ import annotations

import datetime
import itertools
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, overload

import attrs
from spacy.language import Language
from spacy.tokens import Doc

from quoteminer import backend, parse, triage
from quoteminer.acts import ActDecider
from quoteminer.choice import Chooser
from quoteminer.dates import as_date
from quoteminer.lang import LanguageData, get_language
from quoteminer.model import Extraction
from quoteminer.pipeline import (
    DEFAULT_ACTS,
    MODES,
    act_decider,
    check_text,
    extract_parsed,
    item_chooser,
    prepare,
    reusable,
    speaker_chooser,
)
from quoteminer.records import Document, Record, as_record

__all__ = ["Progress", "extract_many", "extract_partition", "preload", "record_date"]

# Turns the doc spaCy parsed for an input (the placeholder's, for inputs that need none)
# into that input's Extraction.
_Finish = Callable[[Doc], Extraction]
#: Told of characters analysed (``extract_many(progress=…)``).
Progress = Callable[[int], object]
#: The share of a long text's characters counted as its pieces are parsed; the rest when
#: its stages are done (they take about as long as the parse on long texts).
_PARSE_SHARE = 2 / 3


def _positive(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{name} must be at least 1, got {value}")
    return value


@attrs.frozen
class _Options:
    """How each text is analysed: ``extract``'s choices, checked once for the whole stream."""

    speakers: Chooser
    acts: ActDecider
    items: Chooser
    fast: bool = False

    @classmethod
    def of(cls, speakers: str | Chooser, acts: str | ActDecider, items: str | Chooser, mode: str) -> _Options:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
        return cls(speaker_chooser(speakers), act_decider(acts), item_chooser(items), mode == "fast")


def _empty(_doc: Doc) -> Extraction:
    return Extraction()


def record_date(record: Record | None, published: datetime.date | None) -> datetime.date | None:
    """A record's publication date (its ``published``, else its ``date`` field), else ``published``.

    A date that is not a ``date``, a ``datetime`` or an ISO string raises, as ``published`` does.
    """
    if record is None:
        return published
    own = record.metadata.get("published", record.metadata.get("date"))
    return as_date(own, "a record's date") if own is not None else published


def _plan(
    item: object,
    model: Language,
    data: LanguageData,
    options: _Options,
    published: datetime.date | None = None,
    progress: Progress | None = None,
) -> tuple[Doc, _Finish]:
    """What to send through ``nlp.pipe`` for one input, and how to finish it."""

    def stages(laid: Any, view: parse.View, pieces: list[parse.Piece]) -> Extraction:
        return extract_parsed(laid, view, pieces, data, options.speakers, published, options.acts, options.items)

    if isinstance(item, Doc):
        doc, text = item, item.text
        laid, view = prepare(text, data)
        if reusable(doc, view):
            return model.make_doc(""), lambda _: stages(laid, view, [parse.Piece(doc, 0)])
    else:
        text = check_text(item)
        laid, view = prepare(text, data)
    if not text.strip():
        return model.make_doc(""), _empty
    if len(view.text) > model.max_length:
        return model.make_doc(""), lambda _: stages(laid, view, _parse_long(view, model, progress))
    return parse.prepare(model, view), lambda doc: stages(laid, view, [parse.Piece(doc, 0)])


def _parse_long(view: parse.View, model: Language, progress: Progress | None) -> list[parse.Piece]:
    """Parse a text longer than the model's limit in pieces, telling ``progress`` of each."""
    if progress is None:
        return parse.parse(view, model)
    return parse.parse(view, model, progress=lambda n: progress(int(n * _PARSE_SHARE)))


@overload
def extract_many(
    texts: Iterable[str | Doc],
    *,
    lang: str = ...,
    nlp: Language | None = ...,
    batch_size: int = ...,
    n_process: int = ...,
    published: datetime.date | str | None = ...,
    progress: Progress | None = ...,
    speakers: str | Chooser = ...,
    acts: str | ActDecider = ...,
    items: str | Chooser = ...,
    mode: str = ...,
) -> Iterator[Extraction]: ...


@overload
def extract_many(
    texts: Iterable[Mapping[str, Any] | tuple[str | int, str | Doc]],
    *,
    lang: str = ...,
    nlp: Language | None = ...,
    batch_size: int = ...,
    n_process: int = ...,
    published: datetime.date | str | None = ...,
    progress: Progress | None = ...,
    speakers: str | Chooser = ...,
    acts: str | ActDecider = ...,
    items: str | Chooser = ...,
    mode: str = ...,
) -> Iterator[Document]: ...


@overload
def extract_many(
    texts: Iterable[object],
    *,
    lang: str = ...,
    nlp: Language | None = ...,
    batch_size: int = ...,
    n_process: int = ...,
    published: datetime.date | str | None = ...,
    progress: Progress | None = ...,
    speakers: str | Chooser = ...,
    acts: str | ActDecider = ...,
    items: str | Chooser = ...,
    mode: str = ...,
) -> Iterator[Extraction | Document]: ...


def extract_many(
    texts: Iterable[object],
    *,
    lang: str = "fr",
    nlp: Language | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    published: datetime.date | str | None = None,
    progress: Progress | None = None,
    speakers: str | Chooser = "ranker",
    acts: str | ActDecider = DEFAULT_ACTS,
    items: str | Chooser = "classifier",
    mode: str = "full",
) -> Iterator[Extraction | Document]:
    """Extract from many texts (or Docs, or records), streaming, in input order.

    Equivalent to ``(extract(t, lang=lang, nlp=nlp, published=published, speakers=speakers,
    acts=acts, items=items, mode=mode) for t in texts)``, but the parses go through
    ``nlp.pipe`` in batches of ``batch_size``, over ``n_process`` processes (the fast mode
    parses nothing: its texts go through the triage, over ``n_process`` processes too).

    An input may also be a record: a mapping with ``text`` (and ``id`` and any other
    fields), or an ``(id, text)`` pair. A record's result is a :class:`~quoteminer.Document`
    with its ``id`` (as given; a mapping without one gets its position), ``text``,
    ``metadata`` (the other fields) and ``extraction``; its ``date`` (or ``published``)
    field, if it has one, is its text's publication date instead of ``published``.
    ``progress(n)`` is called as ``n`` more characters of the inputs are analysed.

    >>> from quoteminer import extract_many
    >>> texts = ["« Oui », a dit Paul Durand.", "", "« Non », a répondu Claire Martin."]
    >>> [[q.speaker.name for q in r.quotes] for r in extract_many(texts)]
    [['Paul Durand'], [], ['Claire Martin']]
    >>> records = [{"id": "a1", "text": texts[0], "url": "https://example.org/a1"}, ("a2", texts[2])]
    >>> [(d.id, d.metadata, len(d.extraction.quotes)) for d in extract_many(records)]
    [('a1', {'url': 'https://example.org/a1'}, 1), ('a2', {}, 1)]
    """
    if isinstance(texts, (str, bytes, Doc, Mapping)):
        raise TypeError("extract_many() takes an iterable of texts; for a single text, call extract()")
    _positive("batch_size", batch_size)
    _positive("n_process", n_process)
    if progress is not None and not callable(progress):
        raise TypeError(f"progress must be a callable taking a number of characters, not {type(progress).__name__}")
    day = as_date(published)
    data = get_language(lang)
    options = _Options.of(speakers, acts, items, mode)
    model = nlp if nlp is not None or options.fast else parse.load(data.model)  # the fast mode needs none
    return _stream(texts, model, data, options, batch_size, n_process, progress, day)


@overload
def extract_partition(texts: Iterable[str | Doc], *, lang: str = ..., batch_size: int = ...) -> list[Extraction]: ...


@overload
def extract_partition(
    texts: Iterable[Mapping[str, Any] | tuple[str | int, str | Doc]], *, lang: str = ..., batch_size: int = ...
) -> list[Document]: ...


@overload
def extract_partition(
    texts: Iterable[object], *, lang: str = ..., batch_size: int = ...
) -> list[Extraction | Document]: ...


def extract_partition(texts: Iterable[object], *, lang: str = "fr", batch_size: int = 32) -> list[Any]:
    """The Extractions (Documents for records) of one partition of a distributed collection, in its order.

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


def _finishing(finish: _Finish, size: int, progress: Progress | None, told: list[int]) -> _Finish:
    """``finish``, then tell ``progress`` of the characters of the input not told yet."""
    if progress is None:
        return finish

    def finished(doc: Doc) -> Extraction:
        result = finish(doc)
        if size > told[0]:
            progress(size - told[0])
        return result

    return finished


def _as_document(finish: Callable[[Doc], Extraction], record: Any, text: str) -> Callable[[Doc], Document]:
    return lambda doc: Document(record.id, finish(doc), text, record.metadata)


def _stream(
    texts: Iterable[object],
    model: Language | None,
    data: LanguageData,
    options: _Options,
    batch_size: int,
    n_process: int,
    progress: Progress | None = None,
    published: datetime.date | None = None,
) -> Iterator[Extraction | Document]:
    if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
        yield from _stream_forked(texts, model, data, options, batch_size, n_process, progress, published)
        return
    if options.fast:
        yield from _stream_fast(texts, data, progress, published)
        return
    assert model is not None, "only the fast mode runs without a model"
    waiting: deque[Callable[[Doc], Extraction | Document]] = deque()

    def feed() -> Iterator[Doc]:
        for position, item in enumerate(texts):
            record = as_record(item, position)
            text: Any = record.text if record is not None else item
            told = [0]  # characters of this input told to progress so far

            def tell(n: int, told: list[int] = told) -> None:
                told[0] += n
                assert progress is not None
                progress(n)

            day = record_date(record, published)
            sent, finish = _plan(text, model, data, options, day, tell if progress is not None else None)
            size = len(text.text if isinstance(text, Doc) else text)  # _plan checked it is a str or a Doc
            parsed = _finishing(finish, size, progress, told)
            if record is not None:
                full = text.text if isinstance(text, Doc) else text
                waiting.append(_as_document(parsed, record, full))
            else:
                waiting.append(parsed)
            yield sent

    lock = parse.model_lock(model)
    docs = model.pipe(feed(), batch_size=batch_size, n_process=n_process)
    while True:
        with lock, backend.one_thread():  # nlp.pipe reads the inputs and runs the model inside next()
            doc = next(docs, None)
        if doc is None:
            return
        yield waiting.popleft()(doc)


def _stream_fast(
    texts: Iterable[object], data: LanguageData, progress: Progress | None, published: datetime.date | None
) -> Iterator[Extraction | Document]:
    """The fast mode in this process: each text through the triage, no model."""
    for position, item in enumerate(texts):
        record = as_record(item, position)
        text: Any = record.text if record is not None else item
        full = check_text(text.text if isinstance(text, Doc) else text)
        record_date(record, published)  # a record's date is checked in every mode, though the triage reads none
        result = triage.extract_fast(full, data)
        if progress is not None:
            progress(len(full))
        yield Document(record.id, result, full, record.metadata) if record is not None else result


# -- several processes: each worker runs the whole pipeline over a batch ----------------------

# The model, language data and options the forked workers inherit (set before the pool forks them).
_FORKED: tuple[Language | None, LanguageData, _Options] | None = None


def _quiet_worker() -> None:
    """A worker leaves Ctrl-C to the calling process, which stops the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _work(texts: list[tuple[str, datetime.date | None]]) -> list[Extraction]:
    """In a worker: the Extractions of a batch of texts (with their publication dates), parsed together."""
    assert _FORKED is not None, "a worker runs only in a process forked by _stream_forked"
    model, data, options = _FORKED
    records = [{"text": text, "published": day} for text, day in texts]
    found = _stream(records, model, data, options, max(1, len(texts)), 1)
    return [d.extraction for d in found if isinstance(d, Document)]


def _stream_forked(
    texts: Iterable[object],
    model: Language | None,
    data: LanguageData,
    options: _Options,
    batch_size: int,
    n_process: int,
    progress: Progress | None,
    published: datetime.date | None,
) -> Iterator[Extraction | Document]:
    global _FORKED
    _FORKED = (model, data, options)
    # A batch: for each input, its record (or None) and its text (a Doc is done here, at once).
    Batch = list[tuple[Any, Any]]
    pending: deque[tuple[Future[list[Extraction]] | None, Batch]] = deque()
    pool = ProcessPoolExecutor(n_process, mp_context=multiprocessing.get_context("fork"), initializer=_quiet_worker)

    def results(future: Future[list[Extraction]] | None, batch: Batch) -> Iterator[Extraction | Document]:
        found = iter(future.result()) if future is not None else iter(())
        for record, text in batch:
            if isinstance(text, Doc):
                day = record_date(record, published)
                result: Extraction = next(_stream([text], model, data, options, 1, 1, None, day))  # type: ignore[assignment]
            else:
                result = next(found)
            if progress is not None:
                progress(len(text.text if isinstance(text, Doc) else text))
            yield (
                Document(record.id, result, text.text if isinstance(text, Doc) else text, record.metadata)
                if (record is not None)
                else result
            )

    try:
        batch: Batch = []
        for position, item in enumerate(itertools.chain(texts, [_END])):
            if item is not _END:
                record = as_record(item, position)
                text = record.text if record is not None else item
                if not isinstance(text, Doc):
                    check_text(text)
                batch.append((record, text))
            if batch and (len(batch) >= batch_size or item is _END):
                strings = [(t, record_date(r, published)) for r, t in batch if not isinstance(t, Doc)]
                pending.append((pool.submit(_work, strings) if strings else None, batch))
                batch = []
            while len(pending) > n_process or (item is _END and pending):
                yield from results(*pending.popleft())
    finally:
        for future, _ in pending:
            if future is not None:
                future.cancel()
        workers = list(getattr(pool, "_processes", {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in workers:  # a worker still parsing a batch nobody will read
            if process.is_alive():
                process.terminate()


_END = object()
