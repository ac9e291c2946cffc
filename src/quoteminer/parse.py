"""Sentences & parse: text → spaCy docs over a clean view, with an offset map.

Invariants:

- the model is loaded once per process and language (``load``), on the faster of the
  linear-algebra backends (``backend.py``), and quoteminer never runs one loaded model
  from two threads at once (``model_lock``);
- spaCy sees a *view* of the layout text (``layout.lay_out``: the text with its
  wrapped line breaks as spaces, same length) in which characters that break tokens
  (soft hyphens, zero-width and bidi marks, NUL and other controls) and the white
  space before the first word are removed and a run of spaces is one;
  ``View.to_original`` maps every view index back to the layout text, whose offsets
  are the caller's, so offsets reported downstream always index the original;
- a text longer than the model's ``max_length`` (at most ``PIECE`` for quoteminer's
  own copy) is parsed in pieces cut at paragraph breaks (or, failing that, at sentence
  ends, then at white space), each with its base offset; the stages after the parse read the pieces by original
  offsets, so a quote or an antecedent across a cut is found as in one piece;
- building the view, cutting and presetting sentence starts take time linear in the
  length of the text, whatever it holds.
"""

from __future__ import annotations

import bisect
import functools
import threading
import unicodedata
import weakref
from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Concatenate, ParamSpec, TypeVar

import attrs
import numpy
import regex
import spacy
from spacy.attrs import HEAD, IDX, IS_ALPHA, LEMMA, LIKE_NUM, MORPH, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from quoteminer import backend
from quoteminer.layout import INVISIBLE

__all__ = [
    "PIECE",
    "Piece",
    "View",
    "column",
    "entities",
    "entity_at",
    "fold",
    "load",
    "lower_lemmas",
    "make_view",
    "model_lock",
    "morph",
    "parse",
    "per_token",
    "prepare",
    "string_ids",
    "token_end",
    "token_start",
]

# No-break and thin spaces read as plain spaces (one for one, so offsets stay put):
# the tokenizer would otherwise make tokens of them and the parser stumble on them.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2008": " ", "\u200a": " "})
# An apostrophe of elision glued to a quotation mark: qu'«, l’“, d'"
_GLUED = regex.compile(r"(?<=\w)['’](?=[«“\"„‹])")
_PARA = r"[ \t\u00a0\u202f]*[\n\r\u2028\u2029\x0b\x0c\x85][\s]*"
# Long runs without white space («««…, »»»…, 😀😀😀…, l'l'l'…, a URL of a thousand
# characters): the tokenizer peels affixes off a run one at a time and rescans the rest
# each time, which is quadratic in the run's length. The view cuts a run of punctuation
# and symbols into chunks of RUN characters, and any other run into chunks of LONG, with
# a space between the chunks. Real words and URLs are far shorter.
RUN = 16
LONG = 100
_RUNS = regex.compile(
    rf"(?P<run>(?<![\p{{P}}\p{{S}}])[\p{{P}}\p{{S}}]{{{2 * RUN},}})"
    rf"|(?P<long>(?<![^\s\p{{Cf}}\p{{Cc}}\p{{Cs}}])[^\s\p{{Cf}}\p{{Cc}}\p{{Cs}}]{{{2 * LONG},}})"
)
# Where such a run may be: looked for first, with a pattern the regex engine scans fast.
_RUN_CANDIDATE = regex.compile(rf"\S{{{2 * RUN},}}")
# White space the parser would make tokens of: at the start of the text (a byte-order
# mark the layout made a space), and a run of spaces or tabs (a wrapped CRLF the layout
# made two spaces, a double space after a period): the view keeps one space of a run.
_LEAD = r"\A\s+"
_BLANK = r"[ \t]{2,}"
_EDITS = regex.compile(
    # removed from the view: the characters the layout stage calls invisible
    rf"(?P<lead>{_LEAD})|(?P<glued>{_GLUED.pattern})|(?P<para>{_PARA})|(?P<blank>{_BLANK})|{INVISIBLE.pattern}"
)
_LINE_BREAK = regex.compile(r"[\n\r\u2029]")
# Where a sentence ends, for cutting a long paragraph (searched backwards from the limit).
_SENTENCE_END = regex.compile(r"[.!?…][»”\"’)\]]*\s+", flags=regex.REVERSE)


def _edits(text: str) -> Iterator[tuple[int, int, str]]:
    """Every edit the view makes, in text order, as (start, end, kind); runs come first.

    A kind is ``lead``, ``glued``, ``para``, ``blank``, ``run``, ``long`` or ``None`` (an
    invisible character); ``lead`` and ``None`` are removed from the view.
    """
    runs = [
        (m.start(), m.end(), str(m.lastgroup))
        for candidate in _RUN_CANDIDATE.finditer(text)
        for m in _RUNS.finditer(text, candidate.start(), candidate.end())
    ]
    r = 0
    last = 0
    for m in _EDITS.finditer(text):
        while r < len(runs) and runs[r][0] <= m.start():
            yield runs[r]
            last = runs[r][1]
            r += 1
        if m.start() >= last:
            yield m.start(), m.end(), str(m.lastgroup)
    yield from runs[r:]


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
        """Original end offset for a view end offset (exclusive).

        Characters removed from the view belong to the token before them: an end reaches
        up to the next character the view kept (``Martin⁩,`` ends before the comma).
        """
        if self.index is None or i == 0:
            return i
        return self.to_original(i)


def make_view(text: str) -> View:
    """The text spaCy should see, and where each of its characters came from.

    ``text`` is the layout text (``layout.lay_out``): its soft line breaks are spaces
    already. Characters that break tokens are removed, and so is the white space before
    the first word; no-break spaces become spaces, a run of spaces or tabs becomes one,
    a space is inserted between an elided word and a quotation mark glued to it
    (``qu’«une`` → ``qu’ «une``), which the French tokenizer would keep as one token,
    a paragraph break becomes one space where a sentence starts, and a long run
    without white space is cut into chunks (see ``RUN``), so tokenizing stays linear.
    """
    kept: list[str] = []
    index: array[int] = array("q")
    breaks: set[int] = set()
    size = 0
    last = 0
    for start, end, kind in _edits(text):
        kept.append(text[last:start])
        index.extend(range(last, start))
        size += start - last
        if kind == "glued":
            kept.append(text[start] + " ")
            index.extend((start, start + 1))
            size += 2
        elif kind == "blank":
            kept.append(" ")
            index.append(start)
            size += 1
        elif kind == "para":
            # a line break and the blank around it: one space, and a sentence starts after it
            kept.append(" ")
            index.append(start)
            size += 1
            breaks.add(size)
        elif kind in ("run", "long"):
            step = RUN if kind == "run" else LONG
            for lo in range(start, end, step):
                hi = min(lo + step, end)
                if lo > start:
                    kept.append(" ")  # stands for the character after it
                    index.append(lo)
                    size += 1
                kept.append(text[lo:hi])
                index.extend(range(lo, hi))
                size += hi - lo
        last = end
    if not last:
        return View(text.translate(_SPACES), text, None)
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
    # the text kept when quoteminer tokenized the Doc (``Doc.text`` joins every token at each call)
    if not _LINE_BREAK.search(_TEXTS.get(doc) or doc.text):
        return doc  # a view (its breaks are preset) or a one-line text: nothing to do
    _start_sentences(
        doc,
        (
            token.i + 1
            for token in doc[:-1]
            if "\n" in token.text or "\n" in token.whitespace_ or token.text in ("\r", "\u2029")
        ),
    )
    return doc


#: The longest text quoteminer's own model parses in one piece, in characters (its
#: ``max_length``): longer texts go in paragraph-aligned pieces. spaCy's parser and NER
#: take about 1 GB of temporary memory per 100,000 characters of one doc, and the stages
#: after the parse look up a piece's entities in time that grows with the piece, so one
#: piece of a long text is kept to the size of a long article.
PIECE = 20_000


# spaCy does not promise that one Language object can parse from several threads at
# once (its tokenizer, vocabulary and lemmatizer update shared tables as they go, and
# loading a model from two threads has failed), so every call quoteminer makes to a
# model holds that model's lock. The stages after the parse read only their own Docs.
_LOCKS: weakref.WeakKeyDictionary[Language, threading.RLock] = weakref.WeakKeyDictionary()
_LOCKS_GUARD = threading.Lock()
_LOADING = threading.Lock()


def model_lock(nlp: Language) -> threading.RLock:
    """The lock quoteminer holds around every call to ``nlp`` (one per Language object).

    Reentrant, so that a component inside ``nlp`` may call quoteminer again. Code of
    your own that runs the same ``nlp`` from other threads can hold it too.
    """
    with _LOCKS_GUARD:
        lock = _LOCKS.get(nlp)
        if lock is None:
            lock = _LOCKS[nlp] = threading.RLock()
        return lock


def load(model: str) -> Language:
    """Load a spaCy pipeline once per process (it never downloads anything).

    The pipeline gets the ``quoteminer_paragraphs`` component before its parser, and a
    ``max_length`` of at most ``PIECE``; the components no stage reads (a language's
    ``unread_components`` for its model) are left out. Threads asking at the same time get the same
    object, loaded once.
    """
    with _LOADING:
        return _load(model)


@functools.cache
def _load(model: str) -> Language:
    try:
        nlp = spacy.load(model, exclude=list(_unread(model)))
        if "parser" in nlp.pipe_names and "quoteminer_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("quoteminer_paragraphs", before="parser")
        nlp.max_length = min(nlp.max_length, PIECE)
        _keep_whole(nlp, model)
        _index_lemmas(nlp)
        backend.choose(nlp)  # blis or numpy's BLAS, whichever is faster here with identical output
        return nlp
    except OSError as error:  # not installed: say how to get it
        raise RuntimeError(
            f"the spaCy model {model!r} is not installed; it is a dependency of quoteminer: "
            f"pip install {model.replace('_', '-')}"
        ) from error


def _whole_forms(model: str) -> list[str]:
    """The hyphenated role nouns (``COMPOUND_ROLE_NOUNS`` of the role lexicon of each language
    parsed with ``model``), as written and with a capital: one token each in quoteminer's copy."""
    from quoteminer.lang import CODES, get_language  # (the language data imports stage modules)

    forms = []
    for code in CODES:
        lang = get_language(code)
        if lang.model == model:
            for word in getattr(lang.roles, "COMPOUND_ROLE_NOUNS", ()):
                forms += [word, word[:1].upper() + word[1:]]
    return forms


def _keep_whole(nlp: Language, model: str) -> None:
    """Make one token of each hyphenated role noun (``_whole_forms``): the tokenizer would split
    it at the hyphen and the parse read its halves as an adjective and a name."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a tokenizer of one's own: left as it is
    for form in _whole_forms(model):
        tokenizer.add_special_case(form, [{ORTH: form}])


def keeps_whole(nlp: Language, model: str, text: str) -> bool:
    """Whether ``nlp`` tokenizes ``text`` as quoteminer's copy of ``model`` would: yes when the text
    holds none of the hyphenated role nouns, else when ``nlp`` keeps them whole too (a pipeline
    of the user's, same model, does not unless told to)."""
    found = _whole_pattern(model).search(text)
    return found is None or all(len(nlp.tokenizer(form)) == 1 for form in _whole_forms(model))


@functools.cache
def _whole_pattern(model: str) -> regex.Pattern[str]:
    forms = sorted(_whole_forms(model), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(f) for f in forms) or r"(?!)")


class _Lemmas(list[str]):
    """A list of lemmas that answers ``in`` from a set of them.

    spaCy's rule lemmatizer tests each word it has not met before (with its part of speech)
    against its list of known lemmas of that part of speech, one comparison per entry: 66,191
    nouns in ``fr_core_news_md``, some of them several times a word. Unseen words are the common
    case on new text (a cold lemmatizer cost more than half as much as the rest of the parse of
    the annotated articles), and a set answers the same in constant time.
    """

    __slots__ = ("_members",)

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._members = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._members


def _index_lemmas(nlp: Language) -> None:
    """Give the rule lemmatizers of ``nlp`` their known lemmas as ``_Lemmas``: the same lemmas
    (membership of a string in a list of strings and in their set are the same question), found
    without scanning the lists. The lists are never changed after loading."""
    for _, component in nlp.pipeline:
        if not isinstance(component, Lemmatizer) or not component.lookups.has_table("lemma_index"):
            continue
        table = component.lookups.get_table("lemma_index")
        for key, words in list(table.items()):
            if type(words) is list and all(isinstance(word, str) for word in words):
                table[key] = _Lemmas(words)


def _unread(model: str) -> tuple[str, ...]:
    """The components of ``model`` that the languages parsed with it never read."""
    from quoteminer.lang import CODES, get_language  # (the language data imports stage modules)

    return tuple(
        sorted(
            {
                name
                for code in CODES
                if get_language(code).model == model
                for name in get_language(code).unread_components
            }
        )
    )


def _cuts(text: str, limit: int, breaks: frozenset[int] = frozenset()) -> Iterator[tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``limit`` characters.

    Each piece ends at the last paragraph break that fits, else at the last sentence
    end, else at the last space, so that a sentence (a cue and its subject, a pronoun
    and its verb) is cut only when it is itself longer than ``limit``.
    """
    ordered = sorted(breaks)
    start, n = 0, len(text)
    while n - start > limit:
        hi = start + limit
        k = bisect.bisect_left(ordered, hi) - 1
        cut = ordered[k] if k >= 0 else -1
        if cut <= start:
            end = _SENTENCE_END.search(text, start + 1, hi)
            cut = end.end() if end is not None else -1
        if cut <= start:
            cut = text.rfind(" ", start + 1, hi)
        if cut <= start:
            cut = hi
        yield start, cut
        start = cut
    yield start, n


# Per Doc: its entities as (start, end, label) and, per token, the index of the entity holding
# it. Nothing in the value refers to the Doc, so an entry dies with its Doc.
_ENTITIES: weakref.WeakKeyDictionary[Doc, tuple[tuple[tuple[int, int, str], ...], list[int]]] = (
    weakref.WeakKeyDictionary()
)
_ENTITIES_GUARD = threading.Lock()


def _entity_table(doc: Doc) -> tuple[tuple[tuple[int, int, str], ...], list[int]]:
    with _ENTITIES_GUARD:
        found = _ENTITIES.get(doc)
        if found is None:
            # spaCy builds doc.ents anew at every access: read it once per doc here
            spans = tuple((e.start, e.end, e.label_) for e in doc.ents)
            at = [-1] * len(doc)
            for n, (lo, hi, _) in enumerate(spans):
                for i in range(lo, hi):
                    at[i] = n
            found = _ENTITIES[doc] = (spans, at)
        return found


# One token attribute of a Doc as plain ints (string hashes, or symbol ids for ``POS``), read once
# per Doc: a stage that looks for a few words tests every token's hash against theirs instead of
# building a Token and its string for each token of every sentence it sweeps.
_COLUMNS: weakref.WeakKeyDictionary[Doc, dict[int, list[int]]] = weakref.WeakKeyDictionary()


def column(doc: Doc, attr: int) -> list[int]:
    """The value of the token attribute ``attr`` (a ``spacy.attrs`` id) for each token of ``doc``."""
    table = _COLUMNS.get(doc)  # read without the lock (a dictionary lookup is atomic): filled once
    if table is not None:
        found = table.get(attr)
        if found is not None and len(found) == len(doc):
            return found
    with _ENTITIES_GUARD:
        table = _COLUMNS.setdefault(doc, {})
        found = table.get(attr)
        if found is not None and len(found) != len(doc):
            table.clear()  # the Doc was retokenized since: its columns are read again
            found = None
        if found is None:
            found = table[attr] = doc.to_array(attr).tolist() if len(doc) else []
        return found


# Each Doc's head of each token, by position, read once per Doc from its arrays.
_HEADS: weakref.WeakKeyDictionary[Doc, list[int]] = weakref.WeakKeyDictionary()


def heads(doc: Doc) -> list[int]:
    """``token.head.i`` for each token of ``doc``, without building a Token per head (the
    ``HEAD`` array holds each head as an offset from its token)."""
    found = _HEADS.get(doc)  # read without the lock (a dictionary lookup is atomic): filled once
    if found is None or len(found) != len(doc):  # (a Doc retokenized since is read again)
        offsets = doc.to_array(HEAD).astype(numpy.int64) if len(doc) else numpy.zeros(0, numpy.int64)
        found = (offsets + numpy.arange(len(doc), dtype=numpy.int64)).tolist()
        with _ENTITIES_GUARD:
            _HEADS[doc] = found
    return found


# Each Doc's children of each token, by position, built once per Doc from its heads.
_CHILDREN: weakref.WeakKeyDictionary[Doc, tuple[list[int], list[int]]] = weakref.WeakKeyDictionary()


def children(doc: Doc, i: int) -> list[int]:
    """``[c.i for c in doc[i].children]`` (in text order) without building a Token per child: a
    stage that tests a word's dependents for one relation reads their ``DEP`` column instead. The
    table is built with numpy: every child by its head, each head's children in text order."""
    found = _CHILDREN.get(doc)  # read without the lock (a dictionary lookup is atomic): filled once
    if found is None or len(found[1]) != len(doc) + 1:  # (a Doc retokenized since is read again)
        tops = numpy.asarray(heads(doc), dtype=numpy.int64)
        kids = numpy.flatnonzero(tops != numpy.arange(len(doc), dtype=numpy.int64))
        ordered = kids[numpy.argsort(tops[kids], kind="stable")]  # by head, each head's in text order
        counts = numpy.bincount(tops[kids], minlength=len(doc))
        found = (ordered.tolist(), [0, *numpy.cumsum(counts).tolist()])
        with _ENTITIES_GUARD:
            _CHILDREN[doc] = found
    kids_of, offsets = found
    return kids_of[offsets[i] : offsets[i + 1]]


# Each Doc's sentence bounds, per token: (first token of its sentence, end of its sentence), read
# once per Doc from its ``SENT_START`` array.
_SENTENCES: weakref.WeakKeyDictionary[Doc, tuple[list[int], list[int]]] = weakref.WeakKeyDictionary()


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """``(doc[i].sent.start, doc[i].sent.end)`` without building the Token and the two Spans spaCy
    builds for ``Token.sent`` (a stage that reads the sentence of a token inside a loop asks for it
    at every step)."""
    if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks:
        sent = doc[i].sent  # a host's own sentences: spaCy's answer
        return sent.start, sent.end
    found = _SENTENCES.get(doc)  # read without the lock (a dictionary lookup is atomic): filled once
    if found is None or len(found[0]) != len(doc):  # (a Doc retokenized since is read again)
        if not doc.has_annotation("SENT_START"):
            sent = doc[i].sent  # raises as spaCy does
            return sent.start, sent.end
        n = len(doc)
        marked = numpy.asarray(column(doc, SENT_START), dtype=numpy.uint64) == 1
        at = numpy.arange(n, dtype=numpy.int64)
        # each token's sentence start: the last marked token at or before it (else 0); its end:
        # the first marked token after it (else the Doc's end)
        firsts = numpy.maximum.accumulate(numpy.where(marked, at, 0))
        after = numpy.where(marked, at, n)[1:]
        ends = numpy.append(numpy.minimum.accumulate(after[::-1])[::-1], n) if n > 1 else numpy.full(n, n)
        found = (firsts.tolist(), ends.tolist())
        with _ENTITIES_GUARD:
            _SENTENCES[doc] = found
    if not 0 <= i < len(doc):
        raise IndexError(i)
    return found[0][i], found[1][i]


def sentence_starts(doc: Doc) -> list[int]:
    """``[s.start for s in doc.sents]``, from the Doc's ``SENT_START`` array (``Doc.sents`` builds
    a Span, two Tokens, per sentence)."""
    if "sents" in doc.user_hooks or not len(doc) or not doc.has_annotation("SENT_START"):
        return [s.start for s in doc.sents]  # a host's own sentences, or spaCy's error
    flags = column(doc, SENT_START)
    return [0, *(i for i in range(1, len(doc)) if flags[i] == 1)]


def sentence_start(token: Token) -> int:
    """``token.sent.start``, from the Doc's arrays (:func:`sentence_bounds`)."""
    return sentence_bounds(token.doc, token.i)[0]


def sentence_end(token: Token) -> int:
    """``token.sent.end``, from the Doc's arrays (:func:`sentence_bounds`)."""
    return sentence_bounds(token.doc, token.i)[1]


# Each (morphological analysis hash, field): its values, shared by every Doc (a hash names one analysis).
_MORPH: dict[tuple[int, str], list[str]] = {}


def morph(token: Token, field: str) -> list[str]:
    """``token.morph.get(field, [])``, read from the Doc's arrays and answered once per analysis
    (building a ``MorphAnalysis`` and splitting its features costs several microseconds a call).
    The list is shared: do not change it."""
    key = (column(token.doc, MORPH)[token.i], field)
    found = _MORPH.get(key)
    if found is None:
        found = _MORPH[key] = token.morph.get(field, [])
    return found


# Each lemma hash's lowered string, shared by every Doc (a hash names one string): what
# ``token.lemma_.lower()`` gives, without building a Token and looking its lemma up.
_LOWER_LEMMA: dict[int, str] = {}


def lower_lemmas(doc: Doc, start: int = 0, end: int | None = None) -> list[str]:
    """``token.lemma_.lower()`` for each token ``[start, end)`` of ``doc``, from its arrays."""
    known = _LOWER_LEMMA
    strings = doc.vocab.strings
    found = []
    for h in column(doc, LEMMA)[start:end]:
        word = known.get(h)
        if word is None:
            if len(known) >= 1 << 18:
                known.clear()
            word = known[h] = strings[h].lower()
        found.append(word)
    return found


_P = ParamSpec("_P")
_R = TypeVar("_R")


def per_token(read: Callable[Concatenate[Token, _P], _R]) -> Callable[Concatenate[Token, _P], _R]:
    """``read`` answered once per token of a Doc (and per other arguments, by identity: they
    must be long-lived, such as the language data), for a reading of the parse that the stages
    ask for again and again. Its answers must not refer to the Doc (a Token would keep the Doc
    alive): the table dies with its Doc."""
    memo: weakref.WeakKeyDictionary[Doc, dict[tuple[int, ...], _R]] = weakref.WeakKeyDictionary()
    guard = threading.Lock()

    @functools.wraps(read)
    def once(tok: Token, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        if kwargs:
            return read(tok, *args, **kwargs)
        key = (tok.i, *map(id, args))
        doc = tok.doc
        table = memo.get(doc)  # read without the lock (a dictionary lookup is atomic)
        if table is not None and key in table:
            return table[key]
        with guard:
            table = memo.setdefault(doc, {})
            if key in table:
                return table[key]
        found = read(tok, *args, **kwargs)
        with guard:
            table[key] = found
        return found

    return once


def string_ids(words: Iterable[str]) -> frozenset[int]:
    """The hashes spaCy gives ``words`` (what ``column`` holds for ``LOWER``, ``LEMMA`` or ``TEXT``)."""
    return frozenset(get_string_id(w) for w in words)


def entities(doc: Doc, start: int = 0, end: int | None = None, labels: Iterable[str] | None = None) -> list[Span]:
    """The named entities of ``doc`` (``doc.ents``) that lie within tokens ``[start, end)``, of
    one of ``labels`` when given, built from a table read once per Doc (spaCy rebuilds every
    entity at each access; a Span builds two Tokens: the others are not built)."""
    spans, at = _entity_table(doc)
    end = len(doc) if end is None else min(end, len(doc))
    if start <= 0 and end >= len(doc):
        chosen = range(len(spans))
    else:
        seen = [at[i] for i in range(max(0, start), end) if at[i] >= 0]
        chosen = range(min(seen), max(seen) + 1) if seen else range(0)
    return [
        Span(doc, lo, hi, label=label)
        for lo, hi, label in (spans[n] for n in chosen)
        if lo >= start and hi <= end and (labels is None or label in labels)
    ]


def entity_at(token: Token, labels: Iterable[str] | None = None) -> Span | None:
    """The named entity that holds ``token`` (of one of ``labels``, when given), in constant time."""
    spans, at = _entity_table(token.doc)
    n = at[token.i] if token.i < len(at) else -1
    if n < 0:
        return None
    lo, hi, label = spans[n]
    return Span(token.doc, lo, hi, label=label) if labels is None or label in labels else None


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive key of a name."""
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u00ad", "")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


#: The hashes of the marks that only open a quotation in French typography.
_OPENING_MARKS = [get_string_id(m) for m in ("«", "‹", "“")]

# SENT_START holds 1 (a start), 0 (the parser decides) or -1 (no start), stored as uint64
_NOT_START = 2**64 - 1


def _start_sentences(doc: Doc, starts: Iterable[int]) -> None:
    """Start a sentence at each token index of ``starts``, in one pass over the doc, and
    nowhere right after a word, in every doc quoteminer prepares and in host pipelines through
    the ``quoteminer_paragraphs`` component (so that both parse alike): a sentence ends on
    punctuation, so the parser may not cut "D'après The Hollywood | Reporter, …" before a
    capitalised word.

    (Setting ``token.is_sent_start`` one token at a time rescans the whole doc each time.)
    """
    values: Any = doc.to_array([SENT_START])  # spaCy's stubs type it as floats; it holds ints
    if len(doc) > 1:
        # each token's is_alpha and like_num, read from the Doc's arrays (no Token built)
        word: Any = doc.to_array([IS_ALPHA, LIKE_NUM]).any(axis=1)
        values[1:][word[:-1]] = _NOT_START
        if len(doc) > 2:
            # nor right after a mark that opens a quotation in mid-sentence: "l'émission « Dimanche
            # Soir »" names a title inside the sentence, it does not start one
            opens: Any = numpy.isin(doc.to_array([ORTH]), _OPENING_MARKS)
            values[2:][word[:-2] & opens[1:-1]] = _NOT_START
    for i in starts:
        values[i] = 1
    doc.from_array([SENT_START], values)


def _prepared(nlp: Language, view: View, lo: int, hi: int) -> Doc:
    """Tokenize a piece and start a sentence at every paragraph break (the parser keeps them)."""
    text = view.text[lo:hi]
    doc = nlp.make_doc(text)
    _TEXTS[doc] = text  # the tokenizer keeps every character, the pipes the Doc: its text, for doc_text
    breaks = view.breaks
    starts = doc.to_array(IDX).tolist() if breaks and len(doc) > 1 else []
    _start_sentences(doc, [i for i in range(1, len(starts)) if lo + starts[i] in breaks])
    return doc


def prepare(nlp: Language, view: View) -> Doc:
    """The tokenized view with its paragraph breaks set, ready for ``nlp`` or ``nlp.pipe``.

    It runs ``nlp``'s tokenizer: from several threads, hold ``model_lock(nlp)``.
    """
    return _prepared(nlp, view, 0, len(view.text))


def parse(
    view: View, nlp: Language, limit: int | None = None, progress: Callable[[int], object] | None = None
) -> list[Piece]:
    """Parse the view, in pieces when it is longer than ``limit`` (default: max_length).

    The pieces go through the model one at a time: batched, their arrays would add up
    to those of one long doc (memory, and slower too). ``progress(n)``, if given, is
    told the length of each piece as it is parsed.
    """
    limit = limit or nlp.max_length
    spans = list(_cuts(view.text, limit, view.breaks))
    with model_lock(nlp), backend.one_thread():
        docs = nlp.pipe((_prepared(nlp, view, a, b) for a, b in spans), batch_size=1)
        pieces: list[Piece] = []
        for (a, b), doc in zip(spans, docs, strict=False):
            pieces.append(Piece(doc, a))
            if progress is not None:
                progress(b - a)
        return pieces


def token_start(view: View, piece: Piece, token: Token | Span) -> int:
    """Original offset where a token or span starts."""
    idx = token.idx if isinstance(token, Token) else token.start_char
    return view.to_original(piece.base + idx)


def token_end(view: View, piece: Piece, token: Token | Span) -> int:
    """Original offset where a token or span ends (exclusive)."""
    end = token.idx + len(token.text) if isinstance(token, Token) else token.end_char
    return view.end_to_original(piece.base + end)


_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: ``Doc.text`` joins every token at each call, and a stage
    that searches the text near a token (``a reconnu sa défaite dans la nuit``) asks for it per cue."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text
