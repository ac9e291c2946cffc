"""The spaCy component: a processed Doc → the same Extraction as ``extract``, on Doc extensions.

``nlp.add_pipe("quoteminer")`` works in any French pipeline without importing
quoteminer: the factory is registered through the ``spacy_factories`` entry point.
After it has run, a Doc carries:

- ``doc._.quotes``, ``doc._.claims``, ``doc._.speakers``: as on the Extraction;
- ``doc._.quoteminer``: the whole Extraction (diagnostics, ``by_speaker()``), or
  ``None`` for a Doc the component has not seen.

Invariants:

- a thin adapter: it runs ``pipeline.extract_parsed`` over ``pipeline.prepare(doc.text)``
  (the text's layout and its view), exactly as ``extract`` does, and holds no rule of its own;
- with the default ``parse="auto"``, ``doc._.quoteminer == quoteminer.extract(doc.text)``
  always. quoteminer parses a cleaned view of the text with its own copy of
  ``fr_core_news_md``, which has one more component (``quoteminer_paragraphs``: a line
  break ends a sentence) before the parser. The Doc's own parse is used only when it is
  certain to be that very parse: same model package and version, the same components
  in the same order before this one, and a text that needs no cleaning. Otherwise the
  text is parsed again with quoteminer's model (loaded once per process);
- the result is stored in ``doc.user_data`` in its JSON-safe form (``export.to_dict``),
  so the Doc still serialises (``Doc.to_bytes``, ``DocBin``, ``nlp.pipe(n_process=2)``);
  the extensions are getters that rebuild the values on each access (about a millisecond);
- an extension of the same name registered by other code is never overwritten:
  building the component raises ``ValueError`` instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, get_args

from spacy.language import Language
from spacy.tokens import Doc

from quoteminer.export import from_dict, to_dict
from quoteminer.lang import get_language
from quoteminer.model import Claim, Extraction, Quote, Speaker
from quoteminer.parse import Piece, load
from quoteminer.pipeline import extract, extract_parsed, prepare, reusable

__all__ = ["EXTENSIONS", "PARSE_MODES", "ParseMode", "QuoteMiner", "make_quoteminer", "register_extensions"]

#: Whose parse the component reads (see ``QuoteMiner``).
ParseMode = Literal["auto", "own", "doc"]
PARSE_MODES: tuple[str, ...] = get_args(ParseMode)

# Where the JSON-safe result lives in ``doc.user_data`` (a str key, as spaCy types it).
_KEY = "quoteminer.extraction"


def _extraction(doc: Doc) -> Extraction | None:
    data = doc.user_data.get(_KEY)
    return None if data is None else from_dict(data)


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


def _ours(getter: object, mine: Callable[[Doc], Any]) -> bool:
    # By module and name rather than identity, so a reloaded quoteminer still knows its own.
    return (getattr(getter, "__module__", None), getattr(getter, "__qualname__", None)) == (
        mine.__module__,
        mine.__qualname__,
    )


def register_extensions() -> None:
    """Set quoteminer's Doc extensions, or fail if other code already holds one of the names."""
    for name, getter in EXTENSIONS.items():
        if Doc.has_extension(name):
            _default, _method, existing, _setter = Doc.get_extension(name)
            if not _ours(existing, getter):
                raise ValueError(
                    f"Doc._.{name} is already registered by other code ({existing or _method or _default!r}); "
                    f"the quoteminer component will not overwrite it. Remove it first with "
                    f"spacy.tokens.Doc.remove_extension({name!r}), or keep quoteminer out of this pipeline "
                    f"and call quoteminer.extract(doc) instead."
                )
            continue
        Doc.set_extension(name, getter=getter)


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
    """

    def __init__(self, nlp: Language, name: str = "quoteminer", *, lang: str = "fr", parse: str = "auto") -> None:
        if parse not in PARSE_MODES:
            raise ValueError(f"parse must be one of {', '.join(map(repr, PARSE_MODES))}, not {parse!r}")
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

    def __call__(self, doc: Doc) -> Doc:
        """Extract from ``doc`` and store the result on it."""
        doc.user_data[_KEY] = to_dict(self.extract(doc))
        return doc

    def extract(self, doc: Doc) -> Extraction:
        """The Extraction of ``doc``, through the same pipeline as ``quoteminer.extract``."""
        laid, view = prepare(doc.text, self.data)
        if self.parse != "own" and reusable(doc, view) and (self.parse == "doc" or self._same_parse(len(doc.text))):
            return extract_parsed(laid, view, [Piece(doc, 0)], self.data)
        return extract(doc.text, lang=self.lang)

    def _same_parse(self, length: int) -> bool:
        """Whether the pipeline up to this component is quoteminer's own model, component for component."""
        own = load(self.data.model)
        names = self.nlp.pipe_names
        before = names[: names.index(self.name)] if self.name in names else names
        return length <= own.max_length and before == own.pipe_names and _identity(self.nlp) == _identity(own)


@Language.factory(
    "quoteminer",
    default_config={"lang": "fr", "parse": "auto"},
    assigns=["doc._.quoteminer", "doc._.quotes", "doc._.claims", "doc._.speakers"],
)
def make_quoteminer(nlp: Language, name: str, lang: str, parse: ParseMode) -> QuoteMiner:
    """Build the ``quoteminer`` component (spaCy calls this for ``nlp.add_pipe("quoteminer")``)."""
    return QuoteMiner(nlp, name, lang=lang, parse=parse)
