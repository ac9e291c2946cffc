"""Antecedents: a third-person pronoun and the mentions before it → P(it takes each one up).

A ranking model over the mentions of people and organisations before a subject pronoun,
learned from the coreference chains of French prose (fr-litbank, ``fixtures/fr-litbank``;
``quoteminer train antecedent``), for the speaker stage: a quote whose source is ``il``,
``elle``, ``-t-il``, ``ils``… gets, for each candidate entity, the probability that the
pronoun takes the entity up. Invariants:

- a mention is its head token in quoteminer's own parse (``parse.make_view`` and
  ``parse.parse``); the features of a mention are computed from that parse and from the
  other mentions of the window alone (distance in tokens, sentences and paragraphs,
  syntactic function, form, gender and number agreement, quotations, salience, rivals in
  between), by the same code for training and use;
- the window is the mentions that end before the pronoun and start at most ``WINDOW``
  characters before it (the window of the speaker stage); the model's probabilities are a
  softmax over them, and an entity's probability is the sum of its mentions';
- a pronoun the model does not read (``selon ses sources``) or a window with no mention gives
  no probability (``None``), never a guess;
- the model is the ranking model ``antecedent`` (``learn.py``), read once per process;
  the per-text layout and probabilities are computed once per text and pronoun.
"""

from __future__ import annotations

import bisect
import math
import sys
import threading
import weakref
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from typing import Protocol

import attrs
import regex
from spacy.tokens import Token

from quoteminer.content import TokenIndex
from quoteminer.cues import inverted_suffix
from quoteminer.lang import LanguageData
from quoteminer.learn import LinearModel, load_model
from quoteminer.marks import scan
from quoteminer.parse import Piece, morph, per_token, sentence_starts

__all__ = [
    "WINDOW",
    "HasMentions",
    "Layout",
    "Located",
    "layout",
    "pair_features",
    "personal_pronoun",
    "pronoun_form",
    "speaker_features",
    "take_up",
    "window_features",
]

#: How far back (in characters) a pronoun looks for its antecedent: the speaker stage's window.
WINDOW = 1500
#: Functions of a subject.
_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
_PARAGRAPH = regex.compile(r"[\n\r\u2028\u2029]\s*")
_LEADING_CLITIC = regex.compile(r"^-(?:t-)?")
#: What may stand between a quotation and the incise that gives its source: ``», a-t-elle``.
_INCISE_GAP = regex.compile(r"[\s,»”\"’']*[^.!?«“»”\n]{0,40}")


@attrs.frozen
class Located:
    """A token of a parsed text and the original offset where it starts."""

    piece: Piece
    token: Token
    start: int


class Layout:
    """Where the tokens of one parsed text are: their number in the whole text, the number of
    their sentence and paragraph, and the quotations around them."""

    def __init__(self, index: TokenIndex, lang: LanguageData) -> None:
        # a weak reference: layouts are cached by index, and a cached value that held its key
        # would keep every text's parse alive
        self._index = weakref.ref(index)
        self.lang = lang
        self.mention_index: _Mentions | None = None  # the entities' mentions, for take_up
        self._token_base: dict[int, int] = {}  # id(doc) → number of the doc's first token in the text
        self._sentence_base: dict[int, int] = {}  # id(doc) → number of the doc's first sentence
        self._sentence_starts: dict[int, list[int]] = {}  # id(doc) → token index of each sentence start
        tokens = sentences = 0
        for piece in _pieces(index):
            key = id(piece.doc)
            starts = sentence_starts(piece.doc)
            self._token_base[key], self._sentence_base[key] = tokens, sentences
            self._sentence_starts[key] = starts
            tokens += len(piece.doc)
            sentences += len(starts)
        text = index.view.original
        self._paragraphs = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
        spans, _ = scan(text, lang)
        self._quotes = sorted((s.start, s.end) for s in spans)
        self._quote_starts = [start for start, _ in self._quotes]
        self._enclosing: list[int | None] = []  # the quotation each quotation is nested in
        open_: list[int] = []
        for n, (start, _) in enumerate(self._quotes):
            while open_ and self._quotes[open_[-1]][1] <= start:
                open_.pop()
            self._enclosing.append(open_[-1] if open_ else None)
            open_.append(n)

    @property
    def index(self) -> TokenIndex:
        """The token index of the text (alive as long as the caller holds it)."""
        index = self._index()
        if index is None:
            raise ReferenceError("the text of this layout is gone: build the layout from a live TokenIndex")
        return index

    def position(self, at: Located) -> int:
        """The token's number in the whole text."""
        return self._token_base[id(at.piece.doc)] + at.token.i

    def sentence(self, at: Located) -> int:
        """The number of the token's sentence in the whole text."""
        key = id(at.piece.doc)
        return self._sentence_base[key] + bisect.bisect_right(self._sentence_starts[key], at.token.i) - 1

    def paragraph(self, offset: int) -> int:
        """The number of the paragraph holding ``offset`` (blank lines do not count)."""
        return bisect.bisect_right(self._paragraphs, offset) - 1

    def quotation(self, offset: int) -> tuple[int, int] | None:
        """The innermost quotation holding ``offset``, if any (quotations nest, never cross)."""
        n: int | None = bisect.bisect_right(self._quote_starts, offset) - 1
        while n is not None and n >= 0:
            start, end = self._quotes[n]
            if start <= offset < end:
                return start, end
            n = self._enclosing[n]
        return None

    def incise_quotation(self, at: int) -> tuple[int, int] | None:
        """The quotation that closes right before ``at`` in the same sentence, ``at`` being in the
        incise that gives its source (``« … », a-t-elle déclaré``); else None."""
        n = bisect.bisect_left(self._quote_starts, at) - 1
        text = self.index.view.original
        while n >= 0:
            start, end = self._quotes[n]
            if end <= at:
                return (start, end) if _INCISE_GAP.fullmatch(text, end, at) else None
            n -= 1
        return None

    def tokens(self, start: int, end: int) -> list[Located]:
        """The tokens that start inside ``[start, end)``, else the one covering ``start``."""
        index = self.index
        lo, hi = bisect.bisect_left(index.starts, start), bisect.bisect_left(index.starts, end)
        within = zip(index.owners[lo:hi], index.words[lo:hi], index.starts[lo:hi], strict=True)
        found = [Located(p, t, s) for p, t, s in within]
        if not found:
            at = index.at(start)
            if at is not None:
                found = [Located(at[0], at[1], index.start(*at))]
        return found

    def head(self, start: int, end: int) -> Located | None:
        """The head token of the mention ``[start, end)``: the first whose head is outside it."""
        tokens = self.tokens(start, end)
        inside = {(id(t.piece.doc), t.token.i) for t in tokens}
        for t in tokens:
            if t.token.head.i == t.token.i or (id(t.piece.doc), t.token.head.i) not in inside:
                return t
        return tokens[0] if tokens else None

    def pronoun(self, start: int, end: int) -> Located | None:
        """The personal pronoun token of the mention ``[start, end)`` (``-elle`` in ``-t-elle``), if any."""
        return next((t for t in self.tokens(start, end) if personal_pronoun(t.token, self.lang)), None)


def _pieces(index: TokenIndex) -> list[Piece]:
    out: list[Piece] = []
    for piece in index.owners:
        if not out or out[-1] is not piece:
            out.append(piece)
    return out


_LAYOUTS: weakref.WeakKeyDictionary[TokenIndex, Layout] = weakref.WeakKeyDictionary()


_CACHES = threading.Lock()  # the caches below are shared by every thread that extracts


def layout(index: TokenIndex, lang: LanguageData) -> Layout:
    """The layout of the text ``index`` covers, built once per index."""
    with _CACHES:
        found = _LAYOUTS.get(index)
    if found is None or found.lang is not lang:
        found = Layout(index, lang)
        with _CACHES:
            _LAYOUTS[index] = found
    return found


# -- reading a token --------------------------------------------------------------


def pronoun_form(token: Token, lang: LanguageData) -> str | None:
    """The pronoun a token is, in its plain form (``-t-elle`` → ``elle``), if it is one of the
    speaker stage's subject pronouns."""
    low = token.lower_.replace("’", "'")
    glued = inverted_suffix(lang).search(low)
    if glued:
        low = glued.group("pronoun")
    low = _LEADING_CLITIC.sub("", low)
    return low if low in lang.pronouns.SUBJECT else None


def personal_pronoun(token: Token, lang: LanguageData) -> bool:
    """``il``, ``elle``, ``ils``, ``elles`` as a subject (``-t-il`` included)."""
    form = pronoun_form(token, lang)
    return form in lang.syntax.PERSONAL_SUBJECTS and (token.dep_ in _SUBJECT or token.text.startswith("-"))


@per_token  # a window's features ask it of the pronoun and of each mention again and again
def _gender_number(token: Token, lang: LanguageData) -> tuple[str | None, str | None]:
    """What the mention headed by ``token`` says of its gender and number."""
    form = pronoun_form(token, lang)
    if form is not None:
        gender, number = lang.pronouns.SUBJECT[form]
        return str(gender), str(number)
    dets = [c for c in token.children if c.dep_ == "det"]
    said = [n for c in dets for n in morph(c, "Number")] or morph(token, "Number")
    number = "plur" if "Plur" in said else "sing"  # "les Etats-Unis" (the tagger: singular)
    conjuncts = [c for c in token.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]
    if conjuncts:
        # "Bouvard et Pécuchet": plural; a pair is masculine if one of it is ("Aurélie Blanc et Daniel
        # Revol … pour eux"), else of its first one's gender
        first = mention_gender(token, lang)
        if first != "masc" and any(mention_gender(t, lang) == "masc" for t in conjuncts):
            return "masc", "plur"
        return first, "plur"
    return mention_gender(token, lang), number


def mention_gender(token: Token, lang: LanguageData) -> str | None:
    """What the words of one mention (not the others it is coordinated with) say of its gender."""
    doc = token.doc
    roles = lang.roles
    words = [doc[j] for j in range(max(token.left_edge.i, token.i - 4), token.i + 1)]
    words += [c for c in token.children if c.dep_ in ("flat:name", "flat") and c.i > token.i]
    for w in words:
        gender = roles.HONORIFICS.get(w.lower_)
        if gender:
            return str(gender)
    for w in words:
        if w.text in roles.FIRST_NAME_GENDERS:
            return str(roles.FIRST_NAME_GENDERS[w.text])
    if token.lower_ in roles.FEMININE_ROLES:
        return "fem"
    for child in token.children:
        if child.dep_ == "det":
            found = morph(child, "Gender")
            if found == ["Fem"]:
                return "fem"
            if found == ["Masc"]:
                return "masc"
    return None


def _guessed_gender(token: Token) -> str | None:
    """The gender the tagger guesses for a token (often wrong on names: ``Louisa`` masculine)."""
    found = morph(token, "Gender")
    return {"Fem": "fem", "Masc": "masc"}.get(found[0]) if len(found) == 1 else None


def _form(token: Token, lang: LanguageData) -> str:
    if pronoun_form(token, lang) is not None or token.pos_ == "PRON":
        return "pronoun"
    if token.pos_ == "PROPN" or token.ent_type_ == "PER":
        return "name"
    low = token.lower_
    if low in lang.roles.ROLE_NOUNS:
        return "role"
    if low in lang.roles.ORGANIZATION_NOUNS or low in lang.roles.GROUP_NOUNS:
        return "organization"
    return "noun"


def _function(token: Token, lang: LanguageData) -> str:
    dep = token.dep_
    if any(c.lower_ in lang.cues.TOPIC_MARKERS for c in token.children):
        return "topic"  # "Quant au maire, il …": put on stage for the clause's pronoun
    if dep in _SUBJECT:
        return "subject"
    if dep in ("obj", "iobj"):
        return "object"
    if dep.startswith("obl"):
        return "oblique"
    if dep.startswith("nmod"):
        return "noun_complement"
    if dep == "appos" and token.head.dep_ in _SUBJECT:
        return "subject"  # "Le maire, Pierre Durand, …"
    return "other"


def _clause(token: Token) -> Token:
    """The verb (or predicate) heading the token's clause."""
    t = token
    while t.dep_ not in ("ROOT",) and t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    if t.pos_ not in ("VERB", "AUX"):
        t = t.head if t.head.i != t.i else t
    return t


def _dominates(a: Token, b: Token) -> bool:
    """Whether ``b`` lies in the subtree of ``a``."""
    t = b
    while True:
        if t.i == a.i:
            return True
        if t.head.i == t.i:
            return False
        t = t.head


def _bucket(value: int, top: int) -> str:
    return str(value) if value < top else f"{top}+"


def pair_features(
    doc: Layout, pronoun: Located, candidate: Located, salience: int, rivals: int, gender: str | None = None
) -> dict[str, float]:
    """The features of the pair (pronoun, earlier mention headed by ``candidate``);
    ``salience`` counts the mentions of the candidate's entity before the pronoun, ``rivals``
    the mentions of other entities between them that could be its antecedent too (see
    :func:`window_features`), ``gender`` what the other mentions of its entity tell of its gender."""
    lang = doc.lang
    f: dict[str, float] = {}
    p_gender, p_number = _gender_number(pronoun.token, lang)
    c_gender, c_number = _gender_number(candidate.token, lang)
    if c_gender is None and gender is not None:
        c_gender = gender  # "Mme Martin … Martin": the entity's gender
        f["gender_of_entity"] = 1.0
    agreement = "unknown" if c_gender is None else ("agrees" if c_gender == p_gender else "clashes")
    f[f"gender:{agreement}"] = 1.0
    guessed = _guessed_gender(candidate.token) if c_gender is None else None
    if guessed is not None:
        f[f"guessed_gender:{'agrees' if guessed == p_gender else 'clashes'}&form:{_form(candidate.token, lang)}"] = 1.0
    number = "agrees" if c_number == p_number else "clashes"
    f[f"number:{number}"] = 1.0
    sentences = doc.sentence(pronoun) - doc.sentence(candidate)
    paragraphs = doc.paragraph(pronoun.start) - doc.paragraph(candidate.start)
    tokens = max(doc.position(pronoun) - doc.position(candidate), 0)
    f[f"sentences:{_bucket(sentences, 3)}"] = 1.0
    f[f"paragraphs:{_bucket(paragraphs, 2)}"] = 1.0
    f["tokens_log"] = math.log1p(tokens)
    form = _form(candidate.token, lang)
    function = _function(candidate.token, lang)
    f[f"form:{form}"] = 1.0
    f[f"function:{function}"] = 1.0
    f[f"function:{function}&sentences:{_bucket(sentences, 2)}"] = 1.0
    f[f"form:{form}&sentences:{_bucket(sentences, 2)}"] = 1.0
    f[f"form:{form}&gender:{agreement}"] = 1.0
    if candidate.token.ent_type_ == "PER":
        f["entity:person"] = 1.0  # (not the other labels: in novels they mark names the NER missed)
    if sentences == 0 and candidate.piece is pronoun.piece and function != "topic":
        c_clause, p_clause = _clause(candidate.token), _clause(pronoun.token)
        if c_clause.i == p_clause.i:
            f["same_clause"] = 1.0  # "Pierre le voit", "il" of the same verb: never one another
        elif function == "subject" and _dominates(c_clause, pronoun.token):
            f["subject_of_governing_clause"] = 1.0  # "Marie pense qu'elle …"
    c_quote, p_quote = doc.quotation(candidate.start), doc.quotation(pronoun.start)
    if c_quote is not None:
        f["candidate_quoted"] = 1.0
    if p_quote is not None:
        f["pronoun_quoted"] = 1.0
    if c_quote is not None and c_quote == p_quote:
        f["same_quotation"] = 1.0
    f["salience_log"] = math.log1p(max(salience, 0))
    f[f"rivals:{_bucket(rivals, 2)}"] = 1.0
    f[f"rivals:{_bucket(rivals, 2)}&function:{function}"] = 1.0
    f[f"agreement:{agreement}&{number}&function:{function}"] = 1.0
    return f


def _agrees(doc: Layout, pronoun: Located, mention: Located, entity_gender: str | None = None) -> bool:
    """Whether the pronoun agrees with a mention in number, and in gender as far as it is known."""
    p_gender, p_number = _gender_number(pronoun.token, doc.lang)
    gender, number = _gender_number(mention.token, doc.lang)
    gender = gender or entity_gender
    return number == p_number and (gender is None or gender == p_gender)


def window_features(
    doc: Layout, pronoun: Located, mentions: Sequence[tuple[Located, Hashable]], salience: Mapping[Hashable, int]
) -> list[dict[str, float]]:
    """The features of every pair (pronoun, mention) of a window: ``mentions`` are the heads of
    the mentions before the pronoun, each with the key of its entity, and ``salience`` counts
    each entity's mentions before the pronoun. A mention whose gender is not known takes that
    of the other mentions of its entity in the window (pronouns aside). A mention's rivals are
    the subjects of other entities between it and the pronoun that the pronoun agrees with;
    ``nearer`` counts every such mention, subject or not."""
    order = sorted(range(len(mentions)), key=lambda i: doc.position(mentions[i][0]))
    genders: dict[Hashable, Counter[str]] = {}
    for m, key in mentions:
        if pronoun_form(m.token, doc.lang) is None:
            found, _ = _gender_number(m.token, doc.lang)
            if found is not None:
                genders.setdefault(key, Counter())[found] += 1
    gender = {key: max(sorted(votes), key=lambda g: votes[g]) for key, votes in genders.items()}
    agreeing = [_agrees(doc, pronoun, m, gender.get(key)) for m, key in mentions]
    takers = [a and _function(m.token, doc.lang) == "subject" for a, (m, _) in zip(agreeing, mentions, strict=True)]
    out: list[dict[str, float]] = [{} for _ in mentions]
    for rank, i in enumerate(order):
        head, key = mentions[i]
        later = order[rank + 1 :]
        rivals = sum(1 for j in later if takers[j] and mentions[j][1] != key)
        out[i] = pair_features(doc, pronoun, head, salience.get(key, 1), rivals, gender.get(key))
        nearer = sum(1 for j in later if agreeing[j] and mentions[j][1] != key)
        out[i][f"nearer:{_bucket(nearer, 3)}"] = 1.0  # mentions of others in between that agree
        if all(mentions[j][1] != key for j in later):
            out[i]["latest_of_entity"] = 1.0
    return out


# -- use: the speaker stage's hook ------------------------------------------------------


class HasMentions(Protocol):
    """An entity of the speaker stage: the ``(start, end, text)`` of its mentions."""

    mentions: list[tuple[int, int, str]]


def _model() -> LinearModel | None:
    try:
        return load_model("antecedent")
    except FileNotFoundError:
        return None


class _Mentions:
    """The distinct mention spans of a list of entities, indexed as mentions are added (entities
    and their mentions are only ever appended): every span by start, and each entity's spans by
    end. What lies in a window and how salient an entity is before an offset are then found by
    bisection, not by reading every mention of the document for each pronoun."""

    def __init__(self, entities: Sequence[HasMentions]) -> None:
        self.entities = entities
        self._lists: list[list[tuple[int, int, str]]] = []  # each entity's mention list, as read
        self._read: list[int] = []  # how many of its mentions are indexed
        self._spans: list[set[tuple[int, int]]] = []
        self.ends: list[list[int]] = []  # the sorted ends of each entity's distinct spans
        self.starts: list[tuple[int, int, int]] = []  # (start, end, entity) of every distinct span, sorted

    def update(self) -> bool:
        """Index the mentions added since; False when the entities changed otherwise (a new index is needed)."""
        for n, entity in enumerate(self.entities):
            if n == len(self._lists):
                self._lists.append(entity.mentions)
                self._read.append(0)
                self._spans.append(set())
                self.ends.append([])
            mentions = entity.mentions
            if mentions is not self._lists[n] or len(mentions) < self._read[n]:
                return False
            for s, e, _ in mentions[self._read[n] :]:
                if (s, e) not in self._spans[n]:
                    self._spans[n].add((s, e))
                    bisect.insort(self.ends[n], e)
                    bisect.insort(self.starts, (s, e, n))
            self._read[n] = len(mentions)
        return len(self._lists) == len(self.entities)


def _mentions(doc: Layout, entities: Sequence[HasMentions]) -> _Mentions:
    """The mention index of ``entities``, kept with the layout of their text."""
    found = doc.mention_index
    if found is None or found.entities is not entities or not found.update():
        found = doc.mention_index = _Mentions(entities)
        found.update()
    return found


def take_up(doc: Layout, pronoun: Located, entities: Sequence[HasMentions]) -> list[float] | None:
    """P(the pronoun takes up each of ``entities``): the model's probabilities of the mentions
    in the window before the pronoun (a softmax over all of them), summed by entity; 0.0 for
    an entity with no mention there. ``None`` when the pronoun is not one the model reads or
    no entity is mentioned in the window."""
    model = _model()
    if model is None or pronoun_form(pronoun.token, doc.lang) is None:
        return None
    at = pronoun.start
    known = _mentions(doc, entities)
    # the spans that end before the pronoun and start at most WINDOW characters before it, by
    # entity then position; an entity's salience counts all its spans that end before it
    lo = bisect.bisect_left(known.starts, (at - WINDOW,))
    hi = bisect.bisect_right(known.starts, (at, sys.maxsize, sys.maxsize))
    near = sorted((n, s, e) for s, e, n in known.starts[lo:hi] if e <= at)
    reported = doc.incise_quotation(at)
    if reported is not None:
        # « La France restera … », a-t-elle assuré: the quotation's own words are what the
        # pronoun's bearer says, not who she is
        near = [(n, s, e) for n, s, e in near if not (reported[0] <= s and e <= reported[1])]
    window: list[tuple[Located, int]] = []
    salience: dict[Hashable, int] = {}
    for n, s, e in near:
        salience[n] = bisect.bisect_right(known.ends[n], at)
        head = doc.head(s, e)
        if head is not None and head.start < at:
            window.append((head, n))
    if not window:
        return None
    scores = model.ranking(window_features(doc, pronoun, window, salience))
    out = [0.0] * len(entities)
    for (_, n), p in zip(window, scores, strict=True):
        out[n] += p
    return out


#: Per text, per pronoun (its offset, and how many entities the registry held): take_up's answer.
_TAKEN: weakref.WeakKeyDictionary[TokenIndex, dict[tuple[int, int], list[float] | None]] = weakref.WeakKeyDictionary()


def speaker_features(
    pronoun: tuple[Piece, Token],
    entity: HasMentions | None,
    entities: Sequence[HasMentions],
    index: TokenIndex,
    lang: LanguageData,
) -> dict[str, float]:
    """The speaker ranker's feature of a candidate ``entity`` for a speech item whose source is
    ``pronoun``: ``antecedent_log``, the log of the probability that the pronoun takes up the
    entity (among the document's ``entities``) over that of the likeliest one (0 for the
    likeliest, negative for the others; probabilities below 0.001 count as 0.001). Nothing for
    "nobody" (it stands level with the likeliest entity), and nothing when the source is no
    pronoun the model reads or no entity is mentioned before it. Computed once per pronoun."""
    if entity is None or pronoun_form(pronoun[1], lang) is None:
        return {}
    doc = layout(index, lang)
    at = Located(pronoun[0], pronoun[1], index.start(*pronoun))
    key = (at.start, len(entities))
    with _CACHES:
        cache = _TAKEN.setdefault(index, {})
    if key not in cache:  # one text's items are resolved by one thread, in order
        cache[key] = take_up(doc, at, entities)
    found = cache[key]
    position = next((n for n, e in enumerate(entities) if e is entity), None)
    if found is None or position is None:
        return {}
    floor = 1e-3
    return {"antecedent_log": math.log(max(found[position], floor)) - math.log(max(*found, floor))}
