"""Items: what the content stages build and share: items under construction, the offset index.

An :class:`Item` is a speech item or a mention while the pipeline builds it (the public
value is ``model.Quote``); a :class:`TokenIndex` maps offsets of the caller's string to
the parsed tokens, over every parsed piece. Invariants:

- offsets are into the caller's string, never into the view the parser saw;
- the index is built once per document and answers by bisection (linear overall).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import attrs
import regex
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Token

from quoteminer.cues import Cue
from quoteminer.lang import LanguageData
from quoteminer.marks import QuoteSpan
from quoteminer.model import QuoteKind
from quoteminer.parse import Piece, View, token_end, token_start

# Compiled once: the regex module's own cache costs more than the match on short strings.
_LINE_BREAK = regex.compile(r"[\n\r\u2028\u2029]")
_LINE_TEXT = regex.compile(r"[^\n\r\u2028\u2029]+")

__all__ = ["WORD", "Item", "TokenIndex", "boilerplate_ranges", "finite", "inside", "trim", "within"]

#: A word, as the content stages count them.
WORD = regex.compile(r"\w+")
_BLANKS = regex.compile(r"\s+")


@attrs.define(eq=False)
class Item:
    """A speech item or mention under construction (internal to the pipeline)."""

    start: int
    end: int
    kind: QuoteKind
    span: QuoteSpan | None = None
    cue: Cue | None = None
    evidence: list[str] = attrs.Factory(list)
    inherited: bool = False
    verbatim: list[tuple[int, int]] = attrs.Factory(list)  # the speaker's quoted words in an indirect item
    confidence: float | None = None  # the chooser's probability for its reading (None: the rules decided)


class TokenIndex:
    """Original offsets → tokens, over all parsed pieces."""

    def __init__(self, view: View, pieces: Sequence[Piece]) -> None:
        self.view = view
        self.breaks: list[int] | None = None
        self.starts: list[int] = []
        self.ends: list[int] = []
        # every token and the piece it belongs to, in two lists: one (piece, token) pair per
        # token, 200,000 on a 1 MB document, made the garbage collector run (``tokens`` builds
        # the pairs on first use)
        self.words: list[Token] = []
        self.owners: list[Piece] = []
        self._tokens: list[tuple[Piece, Token]] | None = None
        # each piece, by identity, with the position of its first token in the lists above:
        # ``start`` and ``end`` are then a lookup, not an offset computed anew at each call
        self._first: dict[int, tuple[Piece, int]] = {}
        for piece in pieces:
            doc = piece.doc
            self._first[id(piece)] = (piece, len(self.words))
            self.words.extend(doc)
            self.owners.extend(itertools.repeat(piece, len(doc)))
            if len(doc):
                # read from the Doc's arrays: the same offsets as token_start and token_end
                base = piece.base
                starts = [base + i for i in doc.to_array(IDX).tolist()]
                ends = [i + n for i, n in zip(starts, doc.to_array(LENGTH).tolist(), strict=True)]
                if view.index is not None:  # the view differs from the text: map its offsets back
                    # View.to_original and View.end_to_original, inlined over the whole piece
                    back, past, total = view.index, len(view.index), len(view.original)
                    starts = [int(back[i]) if i < past else total for i in starts]
                    ends = [(int(back[i]) if i < past else total) if i else 0 for i in ends]
                self.starts.extend(starts)
                self.ends.extend(ends)

    @property
    def tokens(self) -> list[tuple[Piece, Token]]:
        """Every token with its piece, in order (built on first use)."""
        if self._tokens is None:
            self._tokens = list(zip(self.owners, self.words, strict=True))
        return self._tokens

    def at(self, offset: int) -> tuple[Piece, Token] | None:
        """The token that covers ``offset``, else the first one after it."""
        if not self.words:
            return None
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            i = 0
        if self.ends[i] <= offset and i + 1 < len(self.words):
            i += 1
        return self.owners[i], self.words[i]

    def paragraph_start(self, offset: int) -> int:
        """Start of the paragraph holding ``offset`` (a lookup, not a walk: linear overall)."""
        if self.breaks is None:
            text = self.view.original
            self.breaks = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
        return self.breaks[bisect.bisect_right(self.breaks, offset) - 1]

    def before(self, offset: int) -> tuple[Piece, Token] | None:
        """The last token that ends at or before ``offset`` (marks included)."""
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0:
            if self.ends[i] <= offset and not self.words[i].is_space:
                return self.owners[i], self.words[i]
            i -= 1
        return None

    def within(self, start: int, end: int) -> list[Token]:
        """The tokens that start inside ``[start, end)``."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.words[lo:hi]

    def start(self, piece: Piece, token: Token) -> int:
        first = self._first.get(id(piece))  # a lookup when the lists hold the token (the stages ask this most of all)
        if first is not None and first[0] is piece and isinstance(token, Token) and token.doc is piece.doc:
            return self.starts[first[1] + token.i]
        return token_start(self.view, piece, token)

    def end(self, piece: Piece, token: Token) -> int:
        first = self._first.get(id(piece))  # (as in start)
        if first is not None and first[0] is piece and isinstance(token, Token) and token.doc is piece.doc:
            return self.ends[first[1] + token.i]
        return token_end(self.view, piece, token)


def boilerplate_ranges(text: str, lang: LanguageData) -> list[tuple[int, int]]:
    """Paragraphs (line-delimited) that are page furniture rather than article text."""
    data = lang.boilerplate
    out: list[tuple[int, int]] = []
    for m in _LINE_TEXT.finditer(text):
        line = m.group().strip().casefold().replace("’", "'")
        if not line:
            continue
        furniture = any(p in line for p in data.PARAGRAPH_PHRASES) or (
            len(line) <= data.SHORT_LINE and line.startswith(data.LINE_PREFIXES)
        )
        if furniture:
            out.append((m.start(), m.end()))
    return out


class Cover:
    """Spans (they may overlap or nest), asked what holds an offset or a span, in logarithmic time."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []  # the furthest end among the first k spans
        for _, e in ordered:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def strictly_inside(self, at: int) -> bool:
        """Whether some span has ``start < at < end``."""
        k = bisect.bisect_left(self.starts, at)  # the spans that start before ``at``
        return k > 0 and self.reach[k - 1] > at

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span has ``span.start < end`` and ``start < span.end``."""
        k = bisect.bisect_left(self.starts, end)  # the spans that start before ``end``
        return k > 0 and self.reach[k - 1] > start

    def holds(self, start: int, end: int) -> bool:
        """Whether some span has ``span.start <= start`` and ``end <= span.end``."""
        k = bisect.bisect_right(self.starts, start)  # the spans that start at ``start`` or before
        return k > 0 and self.reach[k - 1] >= end


def inside(ranges: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(ranges, (start, len(ranges) and 1 << 62)) - 1
    return i >= 0 and ranges[i][0] <= start and end <= ranges[i][1]


def within(text: str, a: int, b: int, slack: int = 2) -> bool:
    """Whether ``b`` comes at most ``slack`` characters after ``a`` (or before it), a run of
    white space counting as one: a wrapped CRLF or a double space leaves the distance alone."""
    if b - a <= slack:
        return True
    if b - a > slack + 8:  # a few characters of white space at most: the test stays constant-time
        return False
    return len(_BLANKS.sub(" ", text[a:b])) <= slack


_OPENERS = "«“„‹"
_CLOSERS = "»”›"


def _pairs_inside(text: str, start: int, end: int, at: int) -> bool:
    """Whether the quotation mark at ``at`` pairs with another inside ``text[start:end]``."""
    if text[at] == '"':
        return text.count('"', start, end) % 2 == 0
    inner = text[start:end]
    return sum(inner.count(c) for c in _OPENERS) == sum(inner.count(c) for c in _CLOSERS)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces, commas, final punctuation and edge quotation marks from a content
    range, but not a closing mark whose partner is inside it (``que l'agression était «
    inacceptable »``); an opening mark is always left out, as the fixtures write it."""
    while start < end and (text[start].isspace() or text[start] in ',;:—–-«“"„‹'):
        start += 1
    while end > start and (
        text[end - 1].isspace()
        or text[end - 1] in ".,;:!?…—–-"
        or (text[end - 1] in _CLOSERS + '"' and not _pairs_inside(text, start, end, end - 1))
    ):
        end -= 1
    inner = text[start:end]
    if sum(inner.count(c) for c in _OPENERS) > sum(inner.count(c) for c in _CLOSERS):
        # the range stops inside a quotation it opened: take its closing mark in
        after = end
        while after < len(text) and after - end < 3 and text[after].isspace():
            after += 1
        if after < len(text) and text[after] in _CLOSERS:
            end = after + 1
    return start, end


def finite(token: Token) -> bool:
    """A finite verb or auxiliary: the verb of a clause."""
    return token.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(token.morph)
