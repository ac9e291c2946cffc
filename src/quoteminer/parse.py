"""Sentences & parse: text → spaCy docs over a clean view, with an offset map.

Invariants:

- the model is loaded once per process and language (``load``);
- spaCy sees a *view* of the text in which characters that break tokens
  (soft hyphens, zero-width and bidi marks, NUL and other controls) are
  removed; ``View.to_original`` maps every view index back to the caller's
  string, so offsets reported downstream always index the original;
- a text longer than the model's ``max_length`` is parsed in pieces cut at
  paragraph breaks (or, failing that, at white space), each with its base offset.
"""

from __future__ import annotations

import functools
from array import array
from collections.abc import Iterator

import attrs
import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

__all__ = ["Piece", "View", "load", "make_view", "parse", "token_end", "token_start"]

# Removed from the view: soft hyphen, zero-width and bidi controls, C0/C1 controls
# other than the white space the tokenizer understands.
_INVISIBLE = regex.compile(
    r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    r"\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]|\p{Cs}"
)
# No-break and thin spaces read as plain spaces (one for one, so offsets stay put):
# the tokenizer would otherwise make tokens of them and the parser stumble on them.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2008": " ", "\u200a": " "})
# An apostrophe of elision glued to a quotation mark: qu'«, l’“, d'"
_GLUED = regex.compile(r"(?<=\w)['’](?=[«“\"„‹])")
_PARA = r"[ \t\u00a0\u202f]*[\n\r\u2028\u2029\x0b\x0c\x85][\s]*"
_EDITS = regex.compile(rf"(?P<glued>{_GLUED.pattern})|(?P<para>{_PARA})|{_INVISIBLE.pattern}")


@attrs.frozen
class View:
    """The text the parser sees, and the map from its indices to the original."""

    text: str
    original: str
    index: array[int] | None  # view index → original index; None when identical
    breaks: frozenset[int] = frozenset()  # view offsets where a new paragraph starts

    def to_original(self, i: int) -> int:
        """Original index of view index ``i`` (``i == len(view)`` maps to the end)."""
        if self.index is None:
            return i
        if i >= len(self.index):
            return len(self.original)
        return int(self.index[i])

    def end_to_original(self, i: int) -> int:
        """Original end offset for a view end offset (exclusive)."""
        if self.index is None or i == 0:
            return i
        return self.to_original(i - 1) + 1


def make_view(text: str) -> View:
    """The text spaCy should see, and where each of its characters came from.

    Characters that break tokens are removed, no-break spaces become spaces, and a
    space is inserted between an elided word and a quotation mark glued to it
    (``qu’«une`` → ``qu’ «une``), which the French tokenizer would keep as one token.
    """
    if _EDITS.search(text) is None:
        return View(text.translate(_SPACES), text, None)
    kept: list[str] = []
    index: array[int] = array("q")
    breaks: set[int] = set()
    size = 0
    last = 0
    for m in _EDITS.finditer(text):
        kept.append(text[last : m.start()])
        index.extend(range(last, m.start()))
        size += m.start() - last
        if m.group("glued"):
            kept.append(m.group("glued") + " ")
            index.extend((m.start(), m.start() + 1))
            size += 2
        elif m.group("para"):
            # a line break and the blank around it: one space, and a sentence starts after it
            kept.append(" ")
            index.append(m.start())
            size += 1
            breaks.add(size)
        last = m.end()
    kept.append(text[last:])
    index.extend(range(last, len(text)))
    return View("".join(kept).translate(_SPACES), text, index, frozenset(breaks))


@attrs.frozen
class Piece:
    """One parsed piece of the view: a Doc and the view offset it starts at."""

    doc: Doc
    base: int


@Language.component("quoteminer_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and paragraphs never merge."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_ or prev.text in ("\r", "\u2029"):
            token.is_sent_start = True
    return doc


@functools.cache
def load(model: str) -> Language:
    """Load a spaCy pipeline once per process (it never downloads anything)."""
    try:
        nlp = spacy.load(model)
        if "parser" in nlp.pipe_names and "quoteminer_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("quoteminer_paragraphs", before="parser")
        return nlp
    except OSError as error:  # not installed: say how to get it
        raise RuntimeError(
            f"the spaCy model {model!r} is not installed; it is a dependency of quoteminer: "
            f"pip install {model.replace('_', '-')}"
        ) from error


def _cuts(text: str, limit: int, breaks: frozenset[int] = frozenset()) -> Iterator[tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``limit`` characters at paragraph breaks."""
    start = 0
    n = len(text)
    ordered = sorted(breaks)
    while n - start > limit:
        hi = start + limit
        inside = [b for b in ordered if start < b < hi]
        cut = inside[-1] if inside else text.rfind("\n", start + 1, hi)
        if cut <= start:
            cut = max(text.rfind(" ", start + 1, hi), -1)
        if cut <= start:
            cut = hi
        yield start, cut
        start = cut
    yield start, n


def _prepared(nlp: Language, view: View, lo: int, hi: int) -> Doc:
    """Tokenize a piece and start a sentence at every paragraph break (the parser keeps them)."""
    doc = nlp.make_doc(view.text[lo:hi])
    for token in doc[1:]:
        if lo + token.idx in view.breaks:
            token.is_sent_start = True
    return doc


def prepare(nlp: Language, view: View) -> Doc:
    """The tokenized view with its paragraph breaks set, ready for ``nlp`` or ``nlp.pipe``."""
    return _prepared(nlp, view, 0, len(view.text))


def parse(view: View, nlp: Language, limit: int | None = None) -> list[Piece]:
    """Parse the view, in pieces when it is longer than ``limit`` (default: max_length)."""
    limit = limit or nlp.max_length
    spans = list(_cuts(view.text, limit, view.breaks))
    docs = nlp.pipe(_prepared(nlp, view, a, b) for a, b in spans)
    return [Piece(doc, a) for (a, _), doc in zip(spans, docs, strict=False)]


def token_start(view: View, piece: Piece, token: Token | Span) -> int:
    """Original offset where a token or span starts."""
    idx = token.idx if isinstance(token, Token) else token.start_char
    return view.to_original(piece.base + idx)


def token_end(view: View, piece: Piece, token: Token | Span) -> int:
    """Original offset where a token or span ends (exclusive)."""
    end = token.idx + len(token.text) if isinstance(token, Token) else token.end_char
    return view.end_to_original(piece.base + end)
