"""Content: quoted spans + cues → speech items (direct, partial, indirect, mention).

Decides what each pair of quotation marks is, links each speech item to the
cue that introduces it, and finds the content of cues that report speech
without marks (indirect speech). Invariants:

- every quoted span becomes exactly one item (speech or mention) or one verbatim span
  of the indirect item whose statement it quotes: none is lost;
- an item's span is the content (marks and padding excluded); an indirect
  item's span is the reported clause (``que`` and final punctuation excluded);
- boilerplate paragraphs (consent banners, page furniture) yield no speech;
- each decision appends a rule id to the item's evidence.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Sequence

import attrs
import regex
from spacy.tokens import Span, Token

from quoteminer.cues import SOURCE_RULES, Cue, comment_clause, is_incise, phrase_start, source_noun
from quoteminer.lang import LanguageData
from quoteminer.marks import QuoteSpan
from quoteminer.model import QuoteKind
from quoteminer.parse import Piece, View, token_end, token_start

__all__ = ["Item", "TokenIndex", "boilerplate_ranges", "build_items"]

_SENTENCE_END = frozenset(".!?…")
_QUE = frozenset({"que", "qu'", "qu’", "si"})
_HYPOTHETICAL = frozenset({"lorsque", "lorsqu'", "lorsqu’", "quand", "si", "s'", "s’"})
_PREPOSITIONS = frozenset({"à", "de", "d'", "d’", "au", "aux", "du", "des", "contre"})
_SENTENCE_STOP = regex.compile(r"[.;!?…](?=\s|$)")
# a closing mark followed by more words of the same clause: « son bon ami » Al-Sarraj pourrait …
_CLAUSE_GOES_ON = regex.compile(r"\s*[»”›\"]\s*(?=\w)")
_RELATIVES = frozenset({"qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"})
_NP_STOPS = frozenset({",", ";", ":", ".", "!", "?", "—", "–"})
# Words that may stand between a closing mark and its cue without a comma: « … » s'est-il réjoui.
_VERB_GROUP = frozenset(
    {"a", "ont", "avait", "avaient", "aurait", "s", "se", "est", "sont", "n", "ne", "l", "lui", "t", "il", "elle"}
)
_INCISE_SPEAKERS = frozenset({"speaker.postposed_subject", "speaker.inverted_clitic"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "obl:arg", "obl", "obj", "iobj", "obl:mod"})
_WORD = regex.compile(r"\w+")
# between an indirect item's end and a quotation that goes on with its clause
_ADJACENT = regex.compile(r"[\s,]*")
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


class TokenIndex:
    """Original offsets → tokens, over all parsed pieces."""

    def __init__(self, view: View, pieces: Sequence[Piece]) -> None:
        self.view = view
        self.breaks: list[int] | None = None
        self.starts: list[int] = []
        self.tokens: list[tuple[Piece, Token]] = []
        for piece in pieces:
            for token in piece.doc:
                self.starts.append(token_start(view, piece, token))
                self.tokens.append((piece, token))

    def at(self, offset: int) -> tuple[Piece, Token] | None:
        """The token that covers ``offset``, else the first one after it."""
        if not self.tokens:
            return None
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            i = 0
        piece, token = self.tokens[i]
        if token_end(self.view, piece, token) <= offset and i + 1 < len(self.tokens):
            return self.tokens[i + 1]
        return self.tokens[i]

    def paragraph_start(self, offset: int) -> int:
        """Start of the paragraph holding ``offset`` (a lookup, not a walk: linear overall)."""
        if self.breaks is None:
            text = self.view.original
            self.breaks = [0] + [m.end() for m in regex.finditer(r"[\n\r\u2028\u2029]", text)]
        return self.breaks[bisect.bisect_right(self.breaks, offset) - 1]

    def before(self, offset: int) -> tuple[Piece, Token] | None:
        """The last token that ends at or before ``offset`` (marks included)."""
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0:
            piece, token = self.tokens[i]
            if token_end(self.view, piece, token) <= offset and not token.is_space:
                return self.tokens[i]
            i -= 1
        return None

    def within(self, start: int, end: int) -> list[Token]:
        """The tokens that start inside ``[start, end)``."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [token for _, token in self.tokens[lo:hi]]

    def start(self, piece: Piece, token: Token) -> int:
        return token_start(self.view, piece, token)

    def end(self, piece: Piece, token: Token) -> int:
        return token_end(self.view, piece, token)


def boilerplate_ranges(text: str, lang: LanguageData) -> list[tuple[int, int]]:
    """Paragraphs (line-delimited) that are page furniture rather than article text."""
    data = lang.boilerplate
    out: list[tuple[int, int]] = []
    for m in regex.finditer(r"[^\n\r\u2028\u2029]+", text):
        line = m.group().strip().casefold().replace("’", "'")
        if not line:
            continue
        furniture = any(p in line for p in data.PARAGRAPH_PHRASES) or (
            len(line) <= data.SHORT_LINE and line.startswith(data.LINE_PREFIXES)
        )
        if furniture:
            out.append((m.start(), m.end()))
    return out


def _inside(ranges: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(ranges, (start, len(ranges) and 1 << 62)) - 1
    return i >= 0 and ranges[i][0] <= start and end <= ranges[i][1]


def _within(text: str, a: int, b: int, slack: int = 2) -> bool:
    """Whether ``b`` comes at most ``slack`` characters after ``a`` (or before it), a run of
    white space counting as one: a wrapped CRLF or a double space leaves the distance alone."""
    if b - a <= slack:
        return True
    if b - a > slack + 8:  # a few characters of white space at most: the test stays constant-time
        return False
    return len(_BLANKS.sub(" ", text[a:b])) <= slack


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces, commas, final punctuation and edge quotation marks from a content range."""
    while start < end and (text[start].isspace() or text[start] in ',;:—–-«“"„‹'):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in '.,;:!?…—–-»”"›'):
        end -= 1
    return start, end


class _Builder:
    def __init__(
        self,
        text: str,
        view: View,
        pieces: Sequence[Piece],
        spans: Sequence[QuoteSpan],
        cues: Sequence[Cue],
        lang: LanguageData,
        index: TokenIndex | None = None,
    ) -> None:
        self.text = text
        self.lang = lang
        self.index = index if index is not None else TokenIndex(view, pieces)
        self.spans = spans
        self.boiler = boilerplate_ranges(text, lang)
        self.cues = list(cues)
        self.cue_starts = [self.index.start(c.piece, c.token) for c in self.cues]
        self.ranges: dict[int, tuple[int, int, str]] = {}
        self.done: list[Item] = []  # items classified so far, in text order

    # -- positions -------------------------------------------------------------
    def _paragraph_start(self, offset: int) -> int:
        return self.index.paragraph_start(offset)

    def _before(self, span: QuoteSpan) -> str:
        """The paragraph's text before the quote's opening (or content) offset."""
        at = span.open_offset if span.open_offset is not None else span.start
        lo = max(self._paragraph_start(at), at - 400)
        return self.text[lo:at].rstrip()

    def _after(self, span: QuoteSpan, width: int = 80) -> str:
        at = (span.close_offset + 1) if span.close_offset is not None else span.end
        chunk = self.text[at : at + width]
        cut = regex.search(r"[\n\r]", chunk)
        return chunk[: cut.start()] if cut else chunk

    def _sentence_initial(self, span: QuoteSpan) -> bool:
        before = self._before(span)
        if not before:
            return True
        last = before[-1]
        if last in _SENTENCE_END or last == ":":
            return True
        return bool(last in '»”"' and len(before) > 1 and before[-2] in _SENTENCE_END)

    # -- cue content ranges ------------------------------------------------------
    def content_range(self, cue: Cue) -> tuple[int, int, str] | None:
        """The reported content of a cue as (start, end, form), or None."""
        key = id(cue)
        if key not in self.ranges:
            found = self._compute_range(cue)
            self.ranges[key] = found if found else (-1, -1, "")
        start, end, form = self.ranges[key]
        return None if start < 0 else (start, end, form)

    def _subtree_range(self, piece: Piece, token: Token, skip: Iterable[Token] = ()) -> tuple[int, int]:
        skipped = {t.i for t in skip}
        doc = token.doc
        for child in token.subtree:
            # "… une désescalade, insistant sur …": an adjunct after a comma is not the content
            if (
                child.dep_ in ("acl", "advcl", "parataxis")
                and child.i > token.i
                and doc[child.left_edge.i - 1].text == ","
            ):
                skipped.update(t.i for t in child.subtree)
        toks = [t for t in token.subtree if t.i not in skipped]
        lo = min(toks, key=lambda t: t.i)
        hi = max(toks, key=lambda t: t.i)
        return self.index.start(piece, lo), self.index.end(piece, hi)

    def _compute_range(self, cue: Cue) -> tuple[int, int, str] | None:
        tok = cue.token
        piece = cue.piece
        sent = cue.sent
        if cue.rule in SOURCE_RULES:
            return self._source_phrase_range(cue)
        if cue.rule in ("cue.colon_label", "cue.colon_clause"):
            return None
        if any(c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL for c in tok.children):
            return None  # "lorsque l'administration déclare que …": nobody said it
        comme = comment_clause(tok, self.lang)
        if comme is not None:
            return self._before_comme(cue, comme)
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if (
            after is not None
            and after.lower_ in ("que", "qu'", "qu’")
            and any(c.lower_ in ("ne", "n'", "n’") for c in tok.children)
        ):
            return None  # "ne rapporteront que 3 milliards": a restriction, not a clause
        data = self.lang.cues
        heads = [tok]
        if " " in cue.lemma and cue.rule.startswith("cue.verb"):
            # "a laissé entendre qu'…", "a mis en garde contre …": the clause may hang on the expression's words
            expression = set(cue.lemma.split()[1:])
            heads += [t for t in tok.doc[tok.i + 1 : min(cue.sent.end, tok.i + 4)] if t.lower_ in expression]
        if cue.rule.startswith("cue.expr"):
            heads += [c for c in tok.children if c.dep_ in ("obj", "obl:arg") and c.i > tok.i]
            if tok.i + 1 < len(tok.doc):
                heads.append(tok.doc[tok.i + 1])  # "fait savoir que …": the clause may hang on "savoir"
        for head in heads:
            for child in head.children:
                if child.dep_ in ("ccomp", "csubj") and child.i > tok.i:
                    marks = [c for c in child.children if c.dep_ == "mark" and c.lower_ in _QUE]
                    lead = tok.doc[child.left_edge.i]
                    if (
                        not marks
                        and lead.lower_ not in _QUE
                        and not tok.doc[tok.i + 1 : child.i].text.strip().startswith("que")
                    ):
                        continue  # no "que": a quotation or a parse error, not a que-clause
                    start, end = self._subtree_range(piece, child, marks)
                    if marks:
                        start = self.index.end(piece, marks[0])
                    stray = regex.match(r"\s*(?:que|qu['’])\s*", self.text[start:end], regex.IGNORECASE)
                    if stray:
                        start += stray.end()  # a "que" the parser hung elsewhere
                    return (*_trim(self.text, start, self._past_quotation(cue, end, start)), "que")
        que = self._que_after(cue)
        if que is not None:
            return que
        antecedent = self._relative_object(cue)
        if antecedent is not None:
            return antecedent
        estimate = self._estimate(cue)
        if estimate is not None:
            return estimate
        stance = self._stance(cue)
        if stance is not None:
            return stance
        takes_infinitive = cue.lemma in data.INFINITIVE_CONTENT
        takes_np = cue.lemma in data.NP_CONTENT
        own = {heads[1].i} if cue.rule.startswith("cue.expr") and len(heads) > 1 else set()  # "état" of "faire état"
        complements = [
            c for head in heads for c in head.children if c.i > tok.i and c.dep_ in _COMPLEMENT_DEPS and c.i not in own
        ]
        if takes_infinitive:
            # "appelant toutes les parties à trouver une issue": the infinitive hangs on the object
            complements = complements + [
                g for c in complements if c.dep_ == "obj" for g in c.children if g.dep_ in ("acl", "xcomp")
            ]
        for child in complements:  # an infinitive first: "appelle cet après-midi à voter"
            if child.pos_ == "VERB" and _infinitive(child) and takes_infinitive:
                preps = [c for c in child.children if c.dep_ in ("mark", "case") and c.lower_ in _PREPOSITIONS]
                start, end = self._subtree_range(piece, child, preps)
                return (*_trim(self.text, start, end), "infinitive")
        bare_participle = "VerbForm=Part" in str(tok.morph) and "Tense=Past" in str(tok.morph) and heads == [tok]
        if bare_participle and not any(c.dep_.startswith("aux") for c in tok.children):
            takes_np = False  # "Camfranglais évoqué au Forum …": a passive participle has no object
        prepositional = [
            c for c in complements if any(g.dep_ in ("mark", "case") and g.lower_ in _PREPOSITIONS for g in c.children)
        ]
        for child in complements:
            preps = [c for c in child.children if c.dep_ in ("mark", "case") and c.lower_ in _PREPOSITIONS]
            if child.dep_ == "obj" and cue.lemma in data.OBJECT_ADDRESSEE_VERBS and prepositional:
                continue  # "appelle les parties à la retenue": the addressee, not the content
            if any(p.lower_ == "contre" for p in preps) and cue.lemma not in data.AGAINST_VERBS:
                continue  # "a requis dix ans de prison contre l'accusé": the target, not the content
            if child.pos_ not in ("NOUN", "PROPN", "NUM") or not (takes_np or (takes_infinitive and preps)):
                continue
            if cue.speaker_token is not None and cue.speaker_token in child.subtree:
                continue  # "…, a annoncé Mario Draghi": the subject, not the content
            if child.ent_type_ in ("PER",) or child.lemma_.lower() in data.NOT_SOURCES:
                continue
            if cue.lemma in data.ADDRESSEE_VERBS and any(p.lower_ in ("à", "au", "aux") for p in preps):
                continue  # "demande au gouvernement des mesures": the addressee, not the content
            if child.dep_ == "obj" or preps:
                start, _ = self._subtree_range(piece, child, preps)
                return (*_trim(self.text, start, self._clause_end(cue, child)), "np")
        if cue.rule.startswith("cue.expr") and len(heads) > 1:
            # "a fait état dans la soirée du 6 avril de 14 morts": the parser hung "de" elsewhere
            doc = tok.doc
            for j in range(heads[1].i + 1, min(cue.sent.end - 1, heads[1].i + 12)):
                if doc[j].lower_ in ("de", "d'", "d’") and doc[j + 1].pos_ in ("NUM", "NOUN", "DET", "PROPN", "ADJ"):
                    return (
                        *_trim(self.text, self.index.start(piece, doc[j + 1]), self._clause_end(cue, doc[j + 1])),
                        "np",
                    )
                if doc[j].text in _NP_STOPS:
                    break
        # Postposed cue without complement: "Le bilan s'alourdit, a annoncé X."
        first = min([tok, *[c for c in tok.children if c.dep_.startswith("aux")]], key=lambda t: t.i)
        inverted = cue.speaker_token is not None and cue.speaker_token.i >= first.i
        if first.i > sent.start and is_incise(tok) and inverted and cue.rule != "cue.verb.participle":
            head = _true_start(sent)
            start = self.index.start(piece, head)
            end = self.index.start(piece, tok.doc[first.i - 1])
            start, end = _trim(self.text, start, end)
            rest = self._after_incise(cue)
            if rest is not None:
                # "Par ailleurs, poursuit l'ex-Président, une langue …": the clause goes on after the incise;
                # "Il est, disent-ils, la langue de …": it runs through it
                opening = tok.doc[head.i : first.i]
                words = [t for t in opening if not (t.is_punct or t.is_space)]
                adverbial = all(t.pos_ in ("ADV", "CCONJ") for t in words) or (
                    bool(words) and words[0].pos_ == "ADP" and not any(t.pos_ in ("VERB", "AUX", "PRON") for t in words)
                )  # "Par ailleurs", "Cependant", "Dans ce cas"; not a subject ("Le gouvernement, poursuit-il, …")
                if adverbial and len(_WORD.findall(self.text[start:end])) <= 3:
                    return (*rest, "postposed")
                return (start, rest[1], "postposed")
            if len(_WORD.findall(self.text[start:end])) >= 3:
                return (start, end, "postposed")
        return None

    def _pour_qui_range(self, cue: Cue) -> tuple[int, int, str] | None:
        """``Marie Dupont, pour qui la réforme est injuste, a manifesté``: the relative clause,
        from after ``qui`` (and a nested ``selon X,``) to the comma after its verb."""
        doc, sent, piece = cue.token.doc, cue.sent, cue.piece
        first = cue.token.i + 2
        if first >= sent.end:
            return None
        start = self.index.start(piece, doc[first])
        nested = _nested_source_phrase(self.lang).match(self.text, start)
        if nested:
            start = nested.end()
        verb = next(
            (t for t in doc[first : sent.end] if t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph)), None
        )
        if verb is None:
            return None
        last = next((t.i - 1 for t in doc[verb.i : sent.end] if t.text in (",", ";", ":")), sent.end - 1)
        start, end = _trim(self.text, start, self.index.end(piece, doc[last]))
        return (start, end, "source") if len(_WORD.findall(self.text[start:end])) >= 3 else None

    def _before_comme(self, cue: Cue, comme: Token) -> tuple[int, int, str] | None:
        """``l'armée ne va pas retirer ses forces comme le précise l'ambassadeur``: the clause the
        comment clause (``comme``, ``ainsi que``) is about, from its subject to the conjunction."""
        tok, piece = cue.token, cue.piece
        head = tok.head
        while head.dep_ == "xcomp" and head.head.i < head.i:
            head = head.head  # "ne va pas retirer": the subject is the finite verb's
        if head.i >= comme.i:
            return None
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < head.i]
        first = subjects[0].left_edge if subjects else head
        if first.i < cue.sent.start:
            return None
        start, end = _trim(self.text, self.index.start(piece, first), self.index.start(piece, comme))
        if len(_WORD.findall(self.text[start:end])) < 3:
            return None
        return (start, end, "postposed")

    def _relative_object(self, cue: Cue) -> tuple[int, int, str] | None:
        """``Des allégations que Moscou avait toujours niées``: the noun phrase a relative ``que``
        makes the object of a verb that reports its object."""
        tok = cue.token
        if cue.lemma not in self.lang.cues.NP_CONTENT or tok.dep_ not in ("acl:relcl", "acl"):
            return None
        relative = next((c for c in tok.children if c.lower_ in _QUE and c.i < tok.i and c.dep_ == "obj"), None)
        noun = tok.head
        if relative is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i >= relative.i:
            return None
        left = [c for c in noun.children if c.i < noun.i and c.dep_ in ("det", "amod", "nummod", "flat:name")]
        first = min([noun, *(t for c in left for t in c.subtree)], key=lambda t: t.i)  # not "Ce sont"
        if first.i < cue.sent.start:
            return None
        start = self.index.start(cue.piece, first)
        end = self.index.end(cue.piece, tok.doc[relative.i - 1])
        return (*_trim(self.text, start, end), "np")

    def _stance(self, cue: Cue) -> tuple[int, int, str] | None:
        """``s'est dit favorable à un référendum``, ``s'est déclaré prêt à négocier``: the stance
        with what it is about (not a bare feeling: ``s'est dit préoccupé``)."""
        tok = cue.token
        if cue.lemma.removeprefix("se ") not in self.lang.cues.STANCE_VERBS:
            return None
        doc = tok.doc
        if not any(t.lower_ in ("se", "s'", "s’") for t in doc[max(cue.sent.start, tok.i - 3) : tok.i]):
            return None
        adjective = next(
            (c for c in tok.children if c.pos_ == "ADJ" and c.dep_ in ("xcomp", "acl") and c.i > tok.i), None
        )
        about = [
            c
            for c in (adjective.children if adjective is not None else ())
            if c.dep_ in ("obl:arg", "xcomp", "ccomp", "obl")
            and any(m.lower_ in ("à", "au", "aux", "de", "d'", "d’", "que", "qu'", "qu’") for m in c.children)
        ]
        if adjective is None or not about:
            return None  # "s'est dit préoccupé", "… préoccupé par la situation": a feeling, no stance
        start = self.index.start(cue.piece, adjective)
        return (*_trim(self.text, start, self._clause_end(cue, adjective)), "np")

    def _estimate(self, cue: Cue) -> tuple[int, int, str] | None:
        """``La CGT estime à 75 000 le nombre d'emplois menacés``: the figure and what it counts."""
        if cue.lemma not in self.lang.cues.ESTIMATE_VERBS:
            return None
        doc, tok = cue.token.doc, cue.token
        j = tok.i + 1
        while j < cue.sent.end and doc[j].pos_ == "ADV":
            j += 1
        if j + 1 >= cue.sent.end or doc[j].lower_ != "à":
            return None
        k = j + 1
        for words in self.lang.cues.APPROXIMATORS:  # "à près de 2 milliards", "à plus de 75 000"
            if [t.lower_ for t in doc[k : k + len(words)]] == list(words):
                k += len(words)
                break
        if k >= cue.sent.end:
            return None
        figure = doc[k]
        if figure.pos_ != "NUM" and not figure.like_num:
            return None
        start = self.index.start(cue.piece, doc[j + 1])  # with its approximator: "près de 2 milliards"
        return (*_trim(self.text, start, self._clause_end(cue, figure)), "figure")

    def _after_incise(self, cue: Cue) -> tuple[int, int] | None:
        """The clause after an incise set off by commas (``…, poursuit X, …``), if it goes on
        for at least three words and holds no quotation mark (a quotation is its own item)."""
        tok, sent, piece = cue.token, cue.sent, cue.piece
        speaker = cue.speaker_token
        if speaker is None or tok.doc[tok.i - 1].text != ",":
            return None
        doc = tok.doc
        last = max(speaker.i, tok.i)
        close = next((j for j in range(last + 1, min(sent.end, last + 10)) if doc[j].text == ","), None)
        if close is None or close + 1 >= sent.end:
            return None
        if any(_is_mark(t, self.lang) or t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1 : close]):
            return None  # "…, a déclaré X en visite à …, …": not a plain incise
        tail = doc[close + 1 : sent.end]
        if any(_is_mark(t, self.lang) for t in tail):
            return None
        start, end = _trim(self.text, self.index.start(piece, tail[0]), self.index.end(piece, tail[-1]))
        return (start, end) if len(_WORD.findall(self.text[start:end])) >= 3 else None

    def _clause_end(self, cue: Cue, child: Token) -> int:
        """Where a noun complement ends: before the next comma, coordinator or new clause.

        The parse's subtree is not trusted here: it often swallows the next clause
        ("accusé de « … » mais le général affirme …") or leaves out a coordinated part.
        """
        doc = child.doc
        last = child
        for j in range(child.i + 1, cue.sent.end):
            t = doc[j]
            if t.text in _NP_STOPS or t.lower_ in ("mais", "car", "or", "tandis", "alors", "lorsque", "quand"):
                break
            if (
                t.pos_ in ("VERB", "AUX")
                and t.dep_ not in ("acl", "amod", "acl:relcl")
                and "VerbForm=Fin" in str(t.morph)
            ):
                break
            last = t
        while last.i > child.i and (last.is_punct and last.text not in ("»", "”", '"', ")", "]")):
            last = doc[last.i - 1]
        return self.index.end(cue.piece, last)

    def _past_quotation(self, cue: Cue, end: int, start: int | None = None) -> int:
        """``que « son bon ami » Al-Sarraj pourrait …``: a clause that opens with a quotation goes
        on after its closing mark; the parse often stops the clause there. A clause the parse
        left without a verb (``craignent que cet amendement, comme …, empêche …``) runs to the
        end of the sentence."""
        short = start is not None and len(_WORD.findall(self.text[start:end])) <= 3
        if short and not any(t.pos_ in ("VERB", "AUX") for t in self.index.within(start or 0, end)):
            sent_end = self.index.end(cue.piece, cue.sent[-1])
            stop = _SENTENCE_STOP.search(self.text, end, sent_end)
            return stop.start() if stop else sent_end
        at = end
        while at > 0 and self.text[at - 1] in ' \u00a0\u202f»”›"':
            at -= 1  # the parse's clause may end on the closing mark itself
        after = _CLAUSE_GOES_ON.match(self.text, at)
        if after is None:
            return end
        sent_end = self.index.end(cue.piece, cue.sent[-1])
        stop = _SENTENCE_STOP.search(self.text, after.end(), sent_end)
        return stop.start() if stop else sent_end

    def _que_after(self, cue: Cue) -> tuple[int, int, str] | None:
        """``a déclaré dans un communiqué qu'au moins 21 …``: a que-clause the parser hung elsewhere."""
        tok = cue.token
        doc = tok.doc
        piece = cue.piece
        restrictive = any(c.lower_ in ("ne", "n'", "n’") for c in tok.children)
        for j in range(tok.i + 1, min(tok.i + 9, cue.sent.end)):
            t = doc[j]
            if t.lower_ in _QUE and restrictive:
                return None  # "ne rapporteront que 3 milliards": restriction, not a clause
            if t.lower_ in _QUE and t.dep_ in ("mark", "fixed") and t.head.i > j:
                if t.dep_ == "fixed" or (
                    j > 0 and doc[j - 1].lower_ in ("tandis", "alors", "bien", "parce", "afin", "pour")
                ):
                    return None
                clause = t.head
                start = self.index.end(piece, t)
                end = self.index.end(piece, max(clause.subtree, key=lambda x: x.i))
                return (*_trim(self.text, start, self._past_quotation(cue, end, start)), "que")
            if t.pos_ == "VERB" or t.text in '.;:«»"“”':
                return None
        return None

    def _source_phrase_range(self, cue: Cue) -> tuple[int, int, str] | None:
        tok = cue.token
        piece = cue.piece
        sent = cue.sent
        doc = tok.doc
        if tok.lower_ == "pour" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "qui":
            return self._pour_qui_range(cue)
        # the source phrase: from the preposition to the end of its noun's subtree
        noun = tok.head if tok.head.i > tok.i else None
        if noun is None:
            for j in range(tok.i + 1, min(tok.i + 4, sent.end)):
                if doc[j].pos_ in ("NOUN", "PROPN", "PRON") or (doc[j].pos_ == "X" and doc[j].ent_type_):
                    noun = doc[j]
                    break
        if noun is None:
            return None
        phrase_end = max([noun.i] + [t.i for t in noun.subtree if t.dep_ not in ("acl:relcl",) and t.i < sent.end])
        first = phrase_start(cue, self.lang).i
        opening = all(t.pos_ in ("CCONJ", "ADV", "PUNCT", "SPACE") for t in doc[sent.start : first])
        if opening:
            # "Selon un bilan diffusé … par le ministère …, les combats …": the phrase runs to the comma
            comma = next((t.i for t in doc[tok.i : min(sent.end, tok.i + 40)] if t.text == ","), None)
            relative = comma is not None and comma + 1 < sent.end and doc[comma + 1].lower_ in _RELATIVES
            if comma is not None and relative:
                # "Selon le quotidien Le Parisien, qui cite des sources policières, le suspect …"
                comma = next((t.i for t in doc[comma + 1 : min(sent.end, comma + 25)] if t.text == ","), comma)
            if comma is not None:
                phrase_end = comma - 1  # the parse may hang the whole clause on the source noun
                second = next((t.i for t in doc[comma + 1 : min(sent.end, comma + 7)] if t.text == ","), None)
                if second is not None and all(
                    t.pos_ in ("PROPN", "DET", "NOUN", "ADJ", "ADP") or t.text[:1].isupper()
                    for t in doc[comma + 1 : second]
                ):
                    phrase_end = second - 1  # "D'après le ministre du budget, Jérôme Cahuzac, …"
        sent_start = self.index.start(piece, sent[0])
        sent_end = self.index.end(piece, sent[-1])
        p_start = self.index.start(piece, doc[first])
        p_end = self.index.end(piece, doc[phrase_end])
        left = _trim(self.text, sent_start, p_start)
        right = _trim(self.text, p_end, sent_end)
        nested = _nested_source_phrase(self.lang).match(self.text, right[0], right[1])
        if nested:
            right = (nested.end(), right[1])  # "pour qui, selon ses propres sources, …": one claim, the outer source's
        # The clause the phrase governs: after it when it opens the sentence
        # ("Selon X, …"), before it when it closes the sentence ("…, selon X.").
        if left[1] - left[0] < 3:
            return (*right, "source")
        if right[1] - right[0] < 3:
            return (*left, "source")
        # an incise ", selon X, …": the side that holds a finite verb of its own
        after = doc[phrase_end + 1 : sent.end]
        if any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) for t in after):
            return (*right, "source")
        return (*left, "source")

    # -- linking quotes to cues ----------------------------------------------------
    def postposed_cue(self, span: QuoteSpan) -> Cue | None:
        """A cue right after the closing mark: « … », a déclaré X / « … » s'est réjoui X."""
        if span.close_offset is None:
            return None
        after_at = span.close_offset + 1
        after = self._after(span, 60)
        m = regex.match(r"[\s,]*", after)
        gap = m.end() if m else 0
        i = bisect.bisect_left(self.cue_starts, after_at)
        while i < len(self.cues):
            cue = self.cues[i]
            cs = self.cue_starts[i]
            if cs - after_at > 45:
                break
            between = self.text[after_at + gap : cs]
            if regex.search(r"[.!?«»“”\"\n\r]", self.text[after_at:cs]):
                break
            words = _WORD.findall(between)
            if cue.rule in SOURCE_RULES and len(words) <= 1:
                return cue  # « … » qui, selon lui, …
            if "," not in after[:gap] and any(w.lower() not in _VERB_GROUP for w in words):
                break  # « … » Le PP a considéré …: a new sentence, not an incise
            if cue.rule.startswith(("cue.verb", "cue.expr")) and len(words) <= 5:
                return cue
            i += 1
        return self._far_incise(after_at)

    def _far_incise(self, after_at: int) -> Cue | None:
        """« … », y compris le montant …, commente Song Myung-Sup: an incise that closes the
        sentence after a comma, with its subject after it, still introduces the quotation."""
        i = bisect.bisect_left(self.cue_starts, after_at)
        while i < len(self.cues) and self.cue_starts[i] - after_at <= 240:
            cue, cs = self.cues[i], self.cue_starts[i]
            if regex.search(r"[.!?«»“”\"\n\r]", self.text[after_at:cs]):
                return None
            if (
                cue.rule.startswith("cue.verb")
                and cue.speaker_rule in _INCISE_SPEAKERS
                and self.text[after_at:cs].rstrip().endswith(",")
                and self.text[after_at:cs].lstrip().startswith(",")
            ):
                return cue
            i += 1
        return None

    def preposed_cue(self, span: QuoteSpan) -> Cue | None:
        """A cue before the opening mark in the same sentence: X a déclaré : « … »; Selon X, « … »."""
        at = span.open_offset if span.open_offset is not None else span.start
        before = self._before(span)
        if not before:
            return None
        tail = before[-1]
        lo = max(self._paragraph_start(at), at - 400)
        # the stretch since the last sentence end
        ends = [m.end() for m in regex.finditer(r"[.!?…](?=\s)", before)]
        stretch_start = lo + (ends[-1] if ends else 0)
        candidates = [c for c, s in zip(self.cues, self.cue_starts, strict=False) if stretch_start <= s < at]
        if not candidates:
            return None
        if tail == ":":
            speech = [c for c in candidates if not c.rule.startswith("cue.colon") and not c.weak]
            return (speech or candidates)[-1]
        if tail == ",":
            for c in candidates:
                if c.rule in SOURCE_RULES:
                    return c
        return None

    def sentence_cue(self, span: QuoteSpan) -> Cue | None:
        """The nearest cue before the quote in its sentence (a participle, a selon phrase …)."""
        hit = self.index.at(span.start)
        if hit is None:
            return None
        piece, tok = hit
        sent = tok.sent
        best: Cue | None = None
        for cue, s in zip(self.cues, self.cue_starts, strict=False):
            if cue.piece is piece and sent.start <= cue.token.i < sent.end and s < span.start:
                if cue.rule.startswith("cue.colon") or cue.weak or _negated(cue):
                    continue
                best = cue
        return best

    def covering_cue(self, start: int, end: int, lo: int, hi: int) -> Cue | None:
        """The nearest cue (in ``[lo, hi)``) whose reported content covers [start, end)."""
        best: tuple[int, Cue] | None = None
        for cue, s in zip(self.cues, self.cue_starts, strict=False):
            if s < lo or s >= hi:
                continue
            rng = self.content_range(cue)
            if cue.weak and self._reported(cue, s):
                continue  # "assuré qu'Africom continuerait « à suivre … »": part of someone's content
            if rng and rng[0] <= start and _within(self.text, rng[1], end):
                dist = abs(s - start) + (10_000 if s > start else 0)  # a cue before its content first
                if best is None or dist < best[0]:
                    best = (dist, cue)
        return best[1] if best else None

    def inner_incise(self, span: QuoteSpan) -> Cue | None:
        """« Moi, dit-il, j'ai … »: an incise inside the marks names the speaker of the whole quote."""
        lo = bisect.bisect_left(self.cue_starts, span.start)
        hi = bisect.bisect_left(self.cue_starts, span.end)
        for cue, s in zip(self.cues[lo:hi], self.cue_starts[lo:hi], strict=True):
            if not cue.rule.startswith("cue.verb") or cue.speaker_rule not in _INCISE_SPEAKERS:
                continue
            if self.text[span.start : s].rstrip().endswith(","):
                return cue
        return None

    def word_before(
        self, span: QuoteSpan, skip: frozenset[str] = frozenset({"DET", "ADP"})
    ) -> tuple[Piece, Token] | None:
        """The word that governs a quotation: the first token before its opening mark that is
        not a mark, a determiner or a preposition (``a promis un « … »`` → ``promis``)."""
        at = span.open_offset if span.open_offset is not None else span.start
        hit = self.index.before(at)
        if hit is None:
            return None
        piece, tok = hit
        doc = tok.doc
        for j in range(tok.i, max(-1, tok.i - 4), -1):
            t = doc[j]
            if t.text in self.lang.marks.ALL_MARKS or t.pos_ in skip or t.pos_ == "PUNCT":
                continue
            return piece, t
        return None

    def _reported(self, cue: Cue, at: int) -> bool:
        """Whether a cue stands inside the reported content of another, stronger cue."""
        for other in self.cues:
            if other is cue or other.weak or other.piece is not cue.piece or other.sent != cue.sent:
                continue
            rng = self.content_range(other)
            if rng is not None and rng[0] <= at < rng[1]:
                return True
        return False

    def judged(self, span: QuoteSpan) -> bool:
        """``une réalité jugée « … »``: an agentless judgement quoting the source in play."""
        hit = self.word_before(span)
        if hit is None:
            return False
        tok = hit[1]
        return tok.lemma_.lower() in self.lang.cues.JUDGEMENT_PARTICIPLES and "VerbForm=Part" in str(tok.morph)

    def complement_cue(self, span: QuoteSpan) -> Cue | None:
        """« … » as a cue verb's direct complement: a promis un « … », accusé de « … »; or as
        what a verb of judging says of its object: juge la réforme « brutale », a qualifié ces
        accusations de « mensongères »."""
        hit = self.word_before(span)
        if hit is None:
            return None
        piece, tok = hit
        j = tok.i
        doc = tok.doc
        # the cues among the few words before the quotation, found by offset (not a scan of all cues)
        lo = bisect.bisect_left(self.cue_starts, self.index.start(piece, doc[max(tok.sent.start, j - 7)]))
        hi = bisect.bisect_right(self.cue_starts, self.index.start(piece, tok))
        near = [(cue, s) for cue, s in zip(self.cues[lo:hi], self.cue_starts[lo:hi], strict=True) if cue.piece is piece]
        for cue, s in near:
            if cue.token.i == j and cue.rule.startswith("cue.verb"):
                return None if cue.weak and self._reported(cue, s) else cue
        judging = {
            cue.token.i: cue
            for cue, _ in near
            if cue.rule.startswith("cue.verb") and cue.lemma in self.lang.cues.JUDGEMENT_PARTICIPLES and cue.token.i < j
        }
        for k in range(j - 1, max(tok.sent.start, j - 7) - 1, -1):
            if k in judging:
                return judging[k]
            if doc[k].pos_ not in ("NOUN", "PROPN", "DET", "ADJ", "ADP"):
                break  # only the judged object between: "la réforme", "ces accusations de"
        return None

    # -- classification -----------------------------------------------------------
    def _scare_quote(self, span: QuoteSpan) -> bool:
        """les « vraies » couleurs, deux grands « alliés »: a word or two held at a distance."""
        words = _WORD.findall(self.text[span.start : span.end])
        if len(words) > 2:
            return False
        at = span.open_offset if span.open_offset is not None else span.start
        prev = self.index.before(at)
        close = span.close_offset if span.close_offset is not None else span.end
        nxt = self.index.at(close + 1)
        prev_pos = prev[1].pos_ if prev else ""
        next_pos = nxt[1].pos_ if nxt and self.index.start(*nxt) > close else ""
        return prev_pos == "ADJ" or (prev_pos in ("DET", "NUM") and next_pos in ("NOUN", "ADJ"))

    def _clause(self, span: QuoteSpan, words: Sequence[str], first_alpha: str, before: str) -> bool:
        """« seule l'intervention d'un passager a pu mettre un terme aux violences »: a quoted
        clause built into the journalist's sentence is somebody's words, not a name or a term.

        It has a finite verb or a first-person word and at least three words, and opens in
        lower case (a title opens in upper case) unless a ``que`` introduces it.
        """
        if len(words) < 3 or (first_alpha.isupper() and not regex.search(r"\bqu(?:e|['’])\s*$", before)):
            return False
        tokens = self.index.within(span.start, span.end)
        return any(
            (t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph)) or t.lower_ in self.lang.cues.FIRST_PERSON
            for t in tokens
        )

    def _resumed(self, span: QuoteSpan) -> Item | None:
        """The direct quote this one resumes after an incise: « A », a-t-il dit, « B »."""
        if span.open_offset is None:
            return None
        before = self.text[max(0, span.open_offset - 80) : span.open_offset]
        m = regex.search(r"[»”\"]\s*,\s*[^«»“”\".!?:;]{2,60},\s*$", before)
        if m is None:
            return None
        close_at = span.open_offset - len(before) + m.start()
        for item in reversed(self.done):
            if item.span is not None and item.span.close_offset == close_at:
                return item if item.kind is QuoteKind.DIRECT and item.cue is not None else None
        return None

    def _named(self, span: QuoteSpan) -> bool:
        """A title or a name: ``l'émission « … »``, ``la loi dite « … »``, a code like ``Baa3``,
        ``un rapport de l'INSEE sur « Les revenus … »``."""
        content = self.text[span.start : span.end]
        if not any(c.islower() for c in content) or (
            regex.fullmatch(r"[\w-]{1,6}", content) and any(c.isdigit() for c in content)
        ):
            return True
        hit = self.index.before(span.open_offset if span.open_offset is not None else span.start)
        if hit is not None and hit[1].text in self.lang.marks.ALL_MARKS and hit[1].i > 0:
            hit = (hit[0], hit[1].doc[hit[1].i - 1])  # the word right before the opening mark
        if hit is not None and content[:1].isupper():
            doc, at = hit[1].doc, hit[1].i
            titled = doc[at].lower_ in ("sur", "intitulé", "intitulée")
            if titled and any(t.lemma_.lower() in self.lang.cues.DOCUMENT_NOUNS for t in doc[max(0, at - 6) : at]):
                return True
        before = self.text[max(0, span.start - 20) : span.open_offset if span.open_offset is not None else span.start]
        if regex.search(r"\btel(?:le)?s?\s+que\s*$", before, regex.IGNORECASE):
            return True  # "des pages telles que « suicide »": examples named, not words said
        hit = self.word_before(span)
        if hit is None:
            return False
        tok = hit[1]
        data = self.lang.mentions
        for _ in range(4):
            lemma = tok.lemma_.lower()
            if tok.pos_ == "ADJ" and lemma not in data.NAMING_VERBS and tok.i > 0:
                tok = tok.doc[tok.i - 1]  # "la sculpture monumentale « … »": look past adjectives
                continue
            doc = tok.doc
            k = tok.i - 1
            while k > 0 and doc[k].pos_ == "DET":
                k -= 1
            if tok.pos_ in ("NOUN", "PROPN") and k > 0 and doc[k].pos_ == "ADP" and doc[k].lower_ in ("en", "par", "à"):
                tok = doc[k - 1]  # "baptisée en Iran « nid d'espions »": look past a short place or agent
                continue
            return (tok.pos_ == "NOUN" and lemma in data.NAMING_NOUNS) or (
                tok.pos_ in ("VERB", "ADJ") and lemma in data.NAMING_VERBS and "VerbForm=Part" in str(tok.morph)
            )
        return False

    def _label(self, span: QuoteSpan) -> bool:
        content = self.text[span.start : span.end].strip().casefold().replace("’", "'")
        return content in self.lang.boilerplate.BUTTON_LABELS

    def classify(self, span: QuoteSpan, parent: Item | None) -> Item:
        item = Item(span.start, span.end, QuoteKind.MENTION, span=span)
        if _inside(self.boiler, span.start, span.end) or self._label(span):
            item.evidence.append("kind.boilerplate")
            return item
        content = self.text[span.start : span.end]
        words = _WORD.findall(content)
        previous = self.done[-1] if self.done else None
        if (
            previous is not None
            and previous.kind is QuoteKind.MENTION
            and span.open_offset is not None
            and regex.fullmatch(r"[\s»”\"›]*(?:,|\bou\b|\bet\b)\s*", self.text[previous.end : span.open_offset])
        ):
            item.evidence.append("kind.mention.listed")  # « suicide » ou « permanganate de potassium »
            return item
        if parent is not None:
            lo, hi = parent.start, parent.end
            cue = self.covering_cue(span.start, span.end, lo, hi)
            if cue is not None:
                item.kind, item.cue = QuoteKind.PARTIAL, cue
                item.evidence.append("kind.nested_speech")
            else:
                item.evidence.append("kind.nested_mention")
            return item
        initial = self._sentence_initial(span)
        before = self._before(span)
        post = self.postposed_cue(span)
        pre = self.preposed_cue(span)
        first_alpha = next((ch for ch in content if ch.isalpha()), "")
        whole = initial and (len(words) >= 2 or post is not None) and (first_alpha.isupper() or before.endswith(":"))
        resumed = self._resumed(span)
        if resumed is not None:
            # « A », a-t-il dit, « B »: the second part of the same utterance
            item.kind, item.cue = QuoteKind.DIRECT, resumed.cue
            item.evidence.append("kind.direct.resumed")
            return item
        if not whole and pre is not None and before.endswith(",") and len(words) >= 4 and pre.rule in SOURCE_RULES:
            whole = True  # Selon X, « Nous … » / D'après lui, « il y a bien … »: the source's whole sentence
        if whole:
            item.kind = QuoteKind.DIRECT
            item.cue = post or pre or self.inner_incise(span)
            item.evidence.append("kind.direct.sentence")
            if item.cue is None:
                item.evidence.append("cue.none")
            return item
        para = self._paragraph_start(span.start)
        if self._named(span):
            item.evidence.append("kind.mention.name")
            return item
        cue = post or self.complement_cue(span) or self.covering_cue(span.start, span.end, para, span.start + 2000)
        if cue is None and len(words) >= 3:
            cue = self.sentence_cue(span)
        if cue is not None and not (self._scare_quote(span) and cue is not post):
            item.kind = QuoteKind.PARTIAL
            item.cue = cue
            item.evidence.append("kind.partial.cue")
            return item
        if cue is None and self.judged(span):
            item.kind = QuoteKind.PARTIAL
            item.evidence.append("kind.partial.judged")
            return item
        if initial and len(words) >= 3 and first_alpha.isupper():
            item.kind = QuoteKind.DIRECT
            item.evidence.append("kind.direct.sentence")
            return item
        if cue is None and self._clause(span, words, first_alpha, before):
            item.kind = QuoteKind.PARTIAL
            item.evidence.append("kind.partial.clause")
            return item
        item.evidence.append("kind.mention.no_cue" if cue is None else "kind.mention.scare_quote")
        return item


@functools.cache
def _nested_source_phrase(lang: LanguageData) -> regex.Pattern[str]:
    """A source phrase nested right after another one: ``, selon ses propres sources, …``."""
    words = "|".join("['’]".join(regex.escape(part) for part in w.split("'")) for w in lang.cues.SOURCE_PREPOSITIONS)
    return regex.compile(rf"[\s,]*(?:{words})\b[^,.;:«»]{{1,60}},\s*", regex.IGNORECASE)


def _is_mark(token: Token, lang: LanguageData) -> bool:
    return token.text in lang.marks.ALL_MARKS and token.text not in lang.marks.APOSTROPHES


@functools.cache
def _refusal(lang: LanguageData) -> regex.Pattern[str]:
    return regex.compile("|".join(lang.cues.REFUSALS), regex.IGNORECASE)


def _acts_on_something(builder: _Builder, cue: Cue) -> bool:
    """``a menacé d'envahir l'ambassade`` (a threat), not ``menace de basculer dans la guerre``
    (a risk): a weak verb's infinitive reports an intent when it acts on an object, or when a
    person is the subject."""
    if cue.speaker_token is not None and cue.speaker_token.ent_type_ == "PER":
        return True
    infinitives = [c for c in cue.token.children if c.pos_ == "VERB" and _infinitive(c) and c.i > cue.token.i]
    return any(g.dep_ == "obj" and g.pos_ in ("NOUN", "PROPN") for inf in infinitives for g in inf.children)


def _nested_source(outer: Cue, inner: Cue) -> bool:
    """A source phrase right after another one (``pour qui, selon ses proches, …``)."""
    if outer.rule not in SOURCE_RULES or inner.rule not in SOURCE_RULES or outer.sent != inner.sent:
        return False
    between = inner.token.doc[outer.token.i + 1 : inner.token.i]
    return len(between) <= 3 and all(t.is_punct or t.lower_ == "qui" for t in between)


def _true_start(sent: Span) -> Token:
    """The first token of a sentence, across cuts the parser made inside it: a "sentence"
    that opens in lower case or on punctuation continues the one before (``… » qui peut …``)."""
    doc = sent.doc
    start = sent.start
    while start > 0:
        first = next((t for t in doc[start : sent.end] if not t.is_space), doc[start])
        cut = (first.is_punct and first.text not in '«“„‹"([—–-') or (first.is_alpha and first.text[:1].islower())
        if not cut:
            break
        start = doc[start - 1].sent.start
    return doc[start]


def _animate(cue: Cue, lang: LanguageData) -> bool:
    """Whether a cue's subject can be a source: a person, an organisation, a group, a document.

    Only a plain common noun that is none of these (``la libération``, ``des pages web``)
    is refused; no subject, a pronoun or a name gives the benefit of the doubt."""
    tok = cue.speaker_token
    return tok is None or tok.pos_ != "NOUN" or bool(tok.ent_type_) or source_noun(tok, lang)


def _infinitive(verb: Token) -> bool:
    """An infinitive, simple or compound (``avoir été agressée``)."""
    if "VerbForm=Inf" in str(verb.morph):
        return True
    return any(c.dep_.startswith("aux") and "VerbForm=Inf" in str(c.morph) for c in verb.children)


def _negated(cue: Cue) -> bool:
    tok = cue.token
    doc = tok.doc
    if any(c.dep_ == "advmod" and c.lower_ in ("pas", "jamais", "guère") for c in tok.children):
        return True
    if tok.i > 0 and doc[tok.i - 1].lower_ == "sans":
        return True
    head = tok.head
    return bool(
        tok.dep_ == "xcomp"
        and head.lemma_ in ("vouloir", "pouvoir", "refuser")
        and any(c.lower_ in ("pas", "jamais") for c in head.children)
    )


def build_items(
    text: str,
    view: View,
    pieces: Sequence[Piece],
    spans: Sequence[QuoteSpan],
    cues: Sequence[Cue],
    lang: LanguageData,
    index: TokenIndex | None = None,
) -> list[Item]:
    """Every speech item and mention of the document, in text order."""
    builder = _Builder(text, view, pieces, spans, cues, lang, index)
    items: list[Item] = []
    stack: list[Item] = []
    for span in spans:  # sorted by start, outer before inner
        while stack and stack[-1].end <= span.start:
            stack.pop()
        parent = stack[-1] if stack else None
        item = builder.classify(span, parent)
        items.append(item)
        builder.done.append(item)
        stack.append(item)
    quoted = [(i.start, i.end) for i in items]
    direct_cues = {id(i.cue) for i in items if i.kind is QuoteKind.DIRECT and i.cue is not None}
    silenced: list[tuple[int, int]] = []  # content of negated cues: nobody said it
    negated_starts = [s for c, s in zip(builder.cues, builder.cue_starts, strict=True) if _negated(c)]
    for cue in builder.cues:
        if _negated(cue):
            rng = builder.content_range(cue)
            if rng:
                silenced.append((rng[0], rng[1]))
    indirect: dict[tuple[int, int], Item] = {}  # by span: one item per reported clause, looked up, not searched
    previous: Cue | None = None
    for cue, cue_start in zip(builder.cues, builder.cue_starts, strict=False):
        outer, previous = previous, cue
        if outer is not None and _nested_source(outer, cue):
            continue  # "pour qui, selon ses proches, …": one claim, the outer source's
        # a cue can report a quotation after it and, in "X comme le précise Y : « … »", the clause before it
        used = id(cue) in direct_cues and comment_clause(cue.token, lang) is None
        if _inside(builder.boiler, cue_start, cue_start + 1) or used or _negated(cue):
            continue
        if any(s <= cue_start < e for s, e in silenced):
            continue
        rng0 = builder.content_range(cue)
        if (
            cue.rule in SOURCE_RULES
            and rng0 is not None
            and (any(rng0[0] <= n < rng0[1] for n in negated_starts) or _refusal(lang).search(text, rng0[0], rng0[1]))
        ):
            continue  # "Mme Psaki n'a pas voulu dire si …, aux yeux de Washington": nothing was said
        rng = builder.content_range(cue)
        if rng is None:
            continue
        start, end, form = rng
        for s, e in quoted:
            if s <= start < e < end and form in ("infinitive", "np"):
                end = e  # a complement that opens inside a quotation ends with it
        if end - start < 3 or len(_WORD.findall(text[start:end])) < 2:
            continue
        incise = form == "postposed" and cue.token.doc[cue.token.i - 1].text == "," and _animate(cue, lang)
        # "Le Royaume-Uni avait menacé d'envahir …", "les syndicats craignent la suppression de …": a
        # weak verb reports a complement when a named source or a role is its subject
        agent = cue.speaker_token is not None and cue.speaker_token.pos_ != "PRON" and _animate(cue, lang)
        complement = (form == "np" or (form == "infinitive" and _acts_on_something(builder, cue))) and agent
        if cue.weak and form not in ("que", "source", "figure") and not incise and not complement:
            continue
        if form in ("np", "infinitive", "figure") and not _animate(cue, lang):
            continue  # "La libération des prisonniers annonçait la tendance": events announce nothing
        # speech reported inside a quotation is the quoted speaker's, not an item of its own
        if any(s < cue_start < e for s, e in quoted):
            continue
        # content that is only a quotation ("a promis un « nouveau départ »"): the quotation is the item
        outside = text[start:end]
        for s, e in sorted(quoted, reverse=True):
            if _within(text, s, start) and _within(text, end, e):
                outside = outside[: max(0, s - start)] + " " + outside[max(0, e - start) :]
        if all(w.lower() in lang.cues.QUOTATION_GLUE for w in _WORD.findall(outside)):
            continue
        same = indirect.get((start, end))
        # two cues report one clause ("pour qui, selon ses sources, …"): keep the one that names its source
        if same is not None and (same.cue is None or same.cue.speaker_token is not None or cue.speaker_token is None):
            continue
        indirect[(start, end)] = Item(start, end, QuoteKind.INDIRECT, cue=cue, evidence=[f"kind.indirect.{form}"])
    items.extend(indirect.values())
    items.sort(key=lambda i: (i.start, -i.end))
    return _one_statement(items, text, builder.index)


def _names_other_source(cue: Cue, item: Item, index: TokenIndex) -> bool:
    """A cue inside an item whose subject is named (not a pronoun): another source's speech."""
    named = cue.speaker_token is not None and cue.speaker_token.pos_ != "PRON"
    return named and item.start <= index.start(cue.piece, cue.token) < item.end


def _one_statement(items: list[Item], text: str, index: TokenIndex) -> list[Item]:
    """One statement, one item (ANNOTATION.md §1): a quotation inside an indirect item
    is the speaker's own words in that statement, kept as one of its ``verbatim`` spans,
    not as an item of its own. A quotation the clause runs into (``a dit que les prix « ont
    doublé depuis mai »``) extends the item to its closing mark. A quotation after a colon
    is a statement of its own: the indirect item stops before the colon. Speech of
    another source reported inside (a quotation whose own cue inside the item names its
    subject) stays separate."""
    quoted = [i for i in items if i.span is not None and i.kind in (QuoteKind.PARTIAL, QuoteKind.DIRECT)]
    starts = [q.start for q in quoted]
    absorbed: set[int] = set()
    for item in items:
        if item.kind is not QuoteKind.INDIRECT:
            continue
        for quote in quoted[bisect.bisect_left(starts, item.start) : bisect.bisect_right(starts, item.end + 8)]:
            span = quote.span
            if span is None or id(quote) in absorbed:
                continue
            opening = span.open_offset if span.open_offset is not None else quote.start
            if opening >= item.end and not (
                quote.kind is QuoteKind.PARTIAL
                and quote.cue in (None, item.cue)
                and _ADJACENT.fullmatch(text, item.end, opening)
            ):
                continue  # after the item: only a partial that goes on with the same clause joins it
            if text[item.start : opening].rstrip().endswith(":"):
                item.start, item.end = _trim(text, item.start, opening)
                item.evidence.append("kind.indirect.before_colon")
                break
            cue = quote.cue
            if cue is not None and cue is not item.cue and _names_other_source(cue, item, index):
                continue  # "… a dit que le maire a lancé « … »": the mayor's words, not the item's speaker's
            item.end = max(item.end, quote.end)
            item.verbatim.append((quote.start, quote.end))
            absorbed.add(id(quote))
        if item.verbatim:
            item.evidence.append("kind.indirect.verbatim")
    return [i for i in items if id(i) not in absorbed and i.end > i.start]
