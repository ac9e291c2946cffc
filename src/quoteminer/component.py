"""The spaCy component: a processed Doc → the same Extraction as ``extract``, on Doc extensions.

``nlp.add_pipe("quoteminer")`` works in any French pipeline without importing
quoteminer: the factory is registered through the ``spacy_factories`` entry point.
After it has run, a Doc carries:

- ``doc._.quotes``, ``doc._.claims``, ``doc._.speakers``: as on the Extraction;
- ``doc._.quoteminer``: the whole Extraction (diagnostics, ``by_speaker()``), or
  ``None`` for a Doc the component has not seen;
- ``doc.spans["quoteminer"]`` (``SPANS_KEY``): one span per item, in text order,
  labelled with its kind (``direct``, ``partial``, ``indirect``, ``mention``), its
  ``kb_id_`` the speaker's name (``""`` for none) and its ``id_`` ``q<n>`` (the n-th
  quote), and ``span._.quote`` the whole Quote (speaker, act, confidences, verbatim…),
  so that ``displacy.render(doc, style="span", options={"spans_key": "quoteminer"})``
  shows them. A span covers the tokens of the Doc that the item's characters touch.

Invariants:

- a thin adapter: it runs ``pipeline.extract_parsed`` over ``pipeline.prepare(doc.text)``
  (the text's layout and its view), exactly as ``extract`` does, and holds no rule of its own;
- with the default ``parse="auto"``, ``doc._.quoteminer == quoteminer.extract(doc.text)``
  always. quoteminer parses a cleaned view of the text with its own copy of
  ``fr_core_news_md``, which has one more component (``quoteminer_paragraphs``: a line
  break ends a sentence) before the parser. The Doc's own parse is used only when it is
  certain to be that very parse: same model package and version, the same components
  in the same order before this one (besides those quoteminer leaves out of its own copy
  because no stage reads them, ``LanguageData.unread_components``), and a text that needs
  no cleaning. Otherwise the
  text is parsed again with quoteminer's model (loaded once per process);
- the result is stored in its JSON-safe form (``export.to_dict``) in ``doc.user_data`` and
  in the attributes of the span group, which a default ``DocBin()`` keeps (it drops
  ``user_data`` unless ``store_user_data=True``), so the Doc still serialises
  (``Doc.to_bytes``, ``DocBin``, ``nlp.pipe(n_process=2)``) with its extensions; the
  extensions are getters that rebuild the values on each access (about a millisecond);
- an extension of the same name registered by other code is never overwritten:
  building the component raises ``ValueError`` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal, get_args

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup, Token

from quoteminer import backend
from quoteminer.export import from_dict, to_dict
from quoteminer.lang import LanguageData, get_language
from quoteminer.model import Claim, Extraction, Quote, Speaker
from quoteminer.parse import Piece, View, keeps_whole, load, model_lock
from quoteminer.parse import parse as parse_view
from quoteminer.parse import prepare as prepare_doc
from quoteminer.pipeline import extract, extract_parsed, prepare, reusable

__all__ = [
    "EXTENSIONS",
    "PARSE_MODES",
    "SPANS_KEY",
    "SPAN_EXTENSIONS",
    "ParseMode",
    "QuoteMiner",
    "make_quoteminer",
    "register_extensions",
]

#: Whose parse the component reads (see ``QuoteMiner``).
ParseMode = Literal["auto", "own", "doc"]
PARSE_MODES: tuple[str, ...] = get_args(ParseMode)

# Where the JSON-safe result lives in ``doc.user_data`` (a str key, as spaCy types it).
_KEY = "quoteminer.extraction"
#: The key of the component's span group in ``doc.spans``.
SPANS_KEY = "quoteminer"
# The span group's attribute holding the JSON-safe result (kept by a default DocBin).
_ATTR = "extraction"


def _extraction(doc: Doc) -> Extraction | None:
    data = doc.user_data.get(_KEY)
    if data is None and SPANS_KEY in doc.spans:
        data = doc.spans[SPANS_KEY].attrs.get(_ATTR)
    return None if data is None else from_dict(data)


def _quote(span: Span) -> Quote | None:
    """The Quote a span of the component's group stands for (``None`` for any other span)."""
    ident = span.id_
    if not (ident.startswith("q") and ident[1:].isdigit()):
        return None
    result = _extraction(span.doc)
    n = int(ident[1:])
    return result.quotes[n - 1] if result is not None and 0 < n <= len(result.quotes) else None


def _quotes(doc: Doc) -> tuple[Quote, ...]:
    result = _extraction(doc)
    return result.quotes if result is not None else ()


def _claims(doc: Doc) -> tuple[Claim, ...]:
    result = _extraction(doc)
    return result.claims if result is not None else ()


def _speakers(doc: Doc) -> tuple[Speaker, ...]:
    result = _extraction(doc)
    return result.speakers if result is not None else ()


#: The Doc extensions the component sets, by name, with their getters.
EXTENSIONS: dict[str, Callable[[Doc], Any]] = {
    "quoteminer": _extraction,
    "quotes": _quotes,
    "claims": _claims,
    "speakers": _speakers,
}


#: The Span extensions the component sets, by name, with their getters.
SPAN_EXTENSIONS: dict[str, Callable[[Span], Any]] = {"quote": _quote}


def _ours(getter: object, mine: Callable[..., Any]) -> bool:
    # By module and name rather than identity, so a reloaded quoteminer still knows its own.
    return (getattr(getter, "__module__", None), getattr(getter, "__qualname__", None)) == (
        mine.__module__,
        mine.__qualname__,
    )


def register_extensions() -> None:
    """Set quoteminer's Doc and Span extensions, or fail if other code already holds one of the names."""
    wanted: list[tuple[Any, str, Callable[..., Any]]] = [(Doc, n, g) for n, g in EXTENSIONS.items()]
    wanted += [(Span, n, g) for n, g in SPAN_EXTENSIONS.items()]
    for owner, name, getter in wanted:
        if owner.has_extension(name):
            _default, _method, existing, _setter = owner.get_extension(name)
            if not _ours(existing, getter):
                raise ValueError(
                    f"{owner.__name__}._.{name} is already registered by other code "
                    f"({existing or _method or _default!r}); the quoteminer component will not overwrite it. "
                    f"Remove it first with spacy.tokens.{owner.__name__}.remove_extension({name!r}), or keep "
                    f"quoteminer out of this pipeline and call quoteminer.extract(doc) instead."
                )
    for owner, name, getter in wanted:
        if not owner.has_extension(name):
            owner.set_extension(name, getter=getter)


def _identity(nlp: Language) -> tuple[object, ...]:
    meta = nlp.meta
    return meta.get("lang"), meta.get("name"), meta.get("version")


class QuoteMiner:
    """The ``quoteminer`` pipeline component: build it with ``nlp.add_pipe("quoteminer")``.

    ``lang`` names quoteminer's language data and must be the pipeline's language.
    ``parse`` says whose parse the component reads:

    - ``"auto"`` (default): the Doc's own parse when it is certain to be quoteminer's
      own, otherwise a new parse with quoteminer's model. Results always equal
      ``quoteminer.extract(doc.text)``;
    - ``"own"``: always a new parse with quoteminer's model (same results as ``"auto"``);
    - ``"doc"``: the Doc's own parse whenever it has one over a text that needs no
      cleaning, e.g. to use a larger or fine-tuned French parser. Results equal
      ``quoteminer.extract(doc)`` and follow that parser.

    ``annotate`` (default ``True``): when the component parses a Doc that has no
    annotation of its own (a ``spacy.blank("fr")`` pipeline, the recommended one), it
    copies its parse onto the Doc's tokens (tags, morphology, lemmas, dependencies,
    sentences, entities), so that one parse gives both. It never overwrites a Doc's own
    annotation, and leaves a Doc whose tokens it cannot align one for one as it is.
    """

    def __init__(
        self, nlp: Language, name: str = "quoteminer", *, lang: str = "fr", parse: str = "auto", annotate: bool = True
    ) -> None:
        if parse not in PARSE_MODES:
            raise ValueError(f"parse must be one of {', '.join(map(repr, PARSE_MODES))}, not {parse!r}")
        if not isinstance(annotate, bool):
            raise ValueError(f"annotate must be true or false, not {annotate!r}")
        self.data = get_language(lang)
        if nlp.lang != lang:
            raise ValueError(
                f"the quoteminer component reads {lang!r} text but this pipeline's language is {nlp.lang!r}; "
                f"add it to a {lang!r} pipeline, e.g. spacy.blank({lang!r}) or spacy.load({self.data.model!r})"
            )
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.lang = lang
        self.parse = parse
        self.annotate = annotate

    def __call__(self, doc: Doc) -> Doc:
        """Extract from ``doc`` and store the result on it (extensions and ``doc.spans``)."""
        self._store(doc, self.extract(doc))
        return doc

    def _store(self, doc: Doc, result: Extraction) -> None:
        data = to_dict(result)
        doc.user_data[_KEY] = data
        doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, attrs={_ATTR: data}, spans=list(_spans(doc, result)))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """``nlp.pipe``'s way in: the Docs quoteminer parses itself go through its model in
        batches (as in ``extract_many``), the others one by one as in ``__call__``."""
        for batch in _batches(docs, batch_size):
            own = [d for d in batch if self._parses_itself(d)]
            parsed = dict(zip(map(id, own), _parse_own_many([d.text for d in own], self.data), strict=True))
            for doc in batch:
                if id(doc) in parsed:
                    result, view, pieces = parsed[id(doc)]
                    _copy_parse(doc, view, pieces)
                    self._store(doc, result)
                else:
                    self(doc)
                yield doc

    def _parses_itself(self, doc: Doc) -> bool:
        """Whether the Doc gets quoteminer's own parse copied onto it (see ``annotate``)."""
        if not self.annotate or _annotated(doc) or not doc.text.strip():
            return False
        if self.parse == "own":
            return True
        _laid, view = prepare(doc.text, self.data)
        return not (reusable(doc, view) and (self.parse == "doc" or self._same_parse(doc.text)))

    def extract(self, doc: Doc) -> Extraction:
        """The Extraction of ``doc``, through the same pipeline as ``quoteminer.extract``."""
        laid, view = prepare(doc.text, self.data)
        if self.parse != "own" and reusable(doc, view) and (self.parse == "doc" or self._same_parse(doc.text)):
            return extract_parsed(laid, view, [Piece(doc, 0)], self.data)
        if self.annotate and not _annotated(doc) and doc.text.strip():
            ((result, view, pieces),) = _parse_own_many([doc.text], self.data)
            _copy_parse(doc, view, pieces)
            return result
        return extract(doc.text, lang=self.lang)

    def _same_parse(self, text: str) -> bool:
        """Whether the pipeline up to this component is quoteminer's own model, component for component
        (the components quoteminer leaves out of its own copy, which no stage reads, aside)."""
        own = load(self.data.model)
        names = self.nlp.pipe_names
        before = names[: names.index(self.name)] if self.name in names else names
        before = [name for name in before if name not in self.data.unread_components]
        return (
            len(text) <= own.max_length
            and before == own.pipe_names
            and _identity(self.nlp) == _identity(own)
            # the tokenizer's special cases, which the pipe names do not show
            and keeps_whole(self.nlp, self.data.model, text)
        )


def _annotated(doc: Doc) -> bool:
    return any(doc.has_annotation(a) for a in ("TAG", "POS", "MORPH", "LEMMA", "DEP", "ENT_IOB"))


def _batches(docs: Iterable[Doc], size: int) -> Iterator[list[Doc]]:
    batch: list[Doc] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parse_own_many(texts: list[str], data: LanguageData) -> list[tuple[Extraction, View, list[Piece]]]:
    """``extract`` of each text and the parse it read (quoteminer's model over the text's
    view), the texts parsed together in one batch (a long one in pieces, on its own)."""
    model = load(data.model)
    prepared = [prepare(text, data) for text in texts]
    short = [i for i, (_laid, view) in enumerate(prepared) if 0 < len(view.text) <= model.max_length]
    pieces: dict[int, list[Piece]] = {}
    with model_lock(model), backend.one_thread():
        docs = model.pipe([prepare_doc(model, prepared[i][1]) for i in short], batch_size=max(1, len(short)))
        for i, parsed in zip(short, docs, strict=True):
            pieces[i] = [Piece(parsed, 0)]
    out = []
    for i, (laid, view) in enumerate(prepared):
        found = pieces[i] if i in pieces else parse_view(view, model)
        out.append((extract_parsed(laid, view, found, data), view, found))
    return out


_COPIED = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]


def _copy_parse(doc: Doc, view: View, pieces: list[Piece]) -> bool:
    """Copy the parse of the view's pieces onto ``doc``'s tokens, token for token.

    Every token of ``doc`` that is not white space must be a token of the parse over the
    same characters, or a run of them (``qu'«une``, which quoteminer's view parses as four
    tokens, is split into them); white space tokens (line breaks) are attached to the
    token before them. Returns whether it was copied (nothing is changed otherwise).
    """
    spans: list[tuple[int, int, Token]] = []
    for piece in pieces:
        for token in piece.doc:
            start = view.to_original(piece.base + token.idx)
            end = view.end_to_original(piece.base + token.idx + len(token.text))
            spans.append((start, end, token))
    parsed = {(start, end) for start, end, _ in spans}
    starts = {start: k for k, (start, _end, _token) in enumerate(spans)}
    splits: list[tuple[Token, list[str]]] = []
    for token in doc:
        first, last = token.idx, token.idx + len(token.text)
        if not token.text.strip() or (first, last) in parsed:
            continue
        k = starts.get(first)
        parts: list[str] = []
        while k is not None and k < len(spans) and spans[k][1] <= last and spans[k][0] == first + sum(map(len, parts)):
            parts.append(doc.text[spans[k][0] : spans[k][1]])
            k += 1
        if len(parts) < 2 or "".join(parts) != token.text:
            return False  # checked before anything is changed
        splits.append((token, parts))
    if splits:
        with doc.retokenize() as retokenizer:
            for token, parts in splits:
                retokenizer.split(token, parts, heads=[(token, 0)] * len(parts))
    by_span = {(t.idx, t.idx + len(t.text)): t.i for t in doc}
    mapped = {by_span[(start, end)]: token for start, end, token in spans if (start, end) in by_span}
    # Where each parsed token landed in doc, to turn its head into a doc index.
    where = {(id(piece.doc), t.i): i for i, t in mapped.items() for piece in pieces if t.doc is piece.doc}
    values = numpy.zeros((len(doc), len(_COPIED)), dtype="uint64")
    strings = doc.vocab.strings
    space, dep, outside = strings.add("SPACE"), strings.add("dep"), 2  # ENT_IOB 2: outside an entity
    previous = -1
    for i in range(len(doc)):
        found = mapped.get(i)
        if found is None:  # white space between paragraphs: attached to the token before it
            head = previous if previous >= 0 else i
            row = [space, strings.add("SPACE"), 0, strings.add(doc[i].text), dep, head - i, outside, 0]
        else:
            token = found
            head = where.get((id(token.doc), token.head.i), i)
            row = [
                strings.add(token.tag_),
                strings.add(token.pos_),
                strings.add(str(token.morph)),
                strings.add(token.lemma_),
                strings.add(token.dep_),
                head - i,
                token.ent_iob,
                strings.add(token.ent_type_) if token.ent_type_ else 0,
            ]
            previous = i
        values[i] = [v % 2**64 for v in row]  # hashes are uint64, a head before its token a negative offset
    # White space inside an entity (two spaces in a name) is inside it too: ENT_IOB 1 is "I".
    iob, kind = _COPIED.index(ENT_IOB), _COPIED.index(ENT_TYPE)
    for i in range(len(doc) - 2, -1, -1):
        if i not in mapped and values[i + 1, iob] == 1:
            values[i, iob], values[i, kind] = 1, values[i + 1, kind]
    doc.from_array(_COPIED, values)  # type: ignore[arg-type]
    return True


def _spans(doc: Doc, result: Extraction) -> Iterator[Span]:
    """A span of the doc's tokens for each quote, labelled with its kind (empty items have none)."""
    for n, quote in enumerate(result.quotes, 1):
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        speaker = quote.speaker.name if quote.speaker is not None else ""
        yield Span(doc, span.start, span.end, label=quote.kind.value, kb_id=speaker, span_id=f"q{n}")


@Language.factory(
    "quoteminer",
    default_config={"lang": "fr", "parse": "auto", "annotate": True},
    assigns=["doc._.quoteminer", "doc._.quotes", "doc._.claims", "doc._.speakers", "span._.quote"],
)
def make_quoteminer(nlp: Language, name: str, lang: str, parse: ParseMode, annotate: bool) -> QuoteMiner:
    """Build the ``quoteminer`` component (spaCy calls this for ``nlp.add_pipe("quoteminer")``)."""
    return QuoteMiner(nlp, name, lang=lang, parse=parse, annotate=annotate)
