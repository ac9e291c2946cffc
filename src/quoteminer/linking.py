"""Linking: a quotation → the cue that introduces it.

A quotation hangs on a cue after it (``« … », a déclaré X``), before it in its sentence
(``X a déclaré : « … »``, ``Selon X, « … »``), inside it (``« Moi, dit-il, … »``), or
on a verb whose complement it is (``a promis un « … »``, ``juge la réforme « brutale »``);
a cue whose reported content covers the quotation also introduces it. Invariants:

- cues are found by offset (bisection over their starts), never by a scan of every cue
  per quotation, except where the content of each cue must be compared;
- each finder returns a cue of the document or None, never a new cue.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex
from spacy.tokens import Token

from quoteminer.cues import SOURCE_RULES, Cue, can_be_source, subject_before_quotation
from quoteminer.items import WORD, TokenIndex, finite, within
from quoteminer.lang import LanguageData
from quoteminer.marks import QuoteSpan
from quoteminer.parse import Piece, sentence_start
from quoteminer.reported import Reports, negated

# Compiled once: the regex module's own cache costs more than the match on short strings.
_NEWLINE = regex.compile(r"[\n\r]")
_GAP = regex.compile(r"[\s,]*")
_LINK_BREAK = regex.compile(r"[.!?«»“”\"\n\r]")
_SENTENCE_STOP = regex.compile(r"[.!?…](?=\s)")

__all__ = ["INCISE_SPEAKERS", "Links"]

_SENTENCE_END = frozenset(".!?…")
#: What may open a line before its first sentence: a list's bullet, a dialogue's dash.
_LINE_MARKERS = "-–—•*·"
#: How the speaker of an incise is found: after its verb.
INCISE_SPEAKERS = frozenset({"speaker.postposed_subject", "speaker.inverted_clitic"})


class Links:
    """The cues of a document, found by offset, and the positions around a quotation."""

    def __init__(self, text: str, lang: LanguageData, index: TokenIndex, cues: Sequence[Cue], reports: Reports) -> None:
        self.text = text
        self.lang = lang
        self.index = index
        self.reports = reports
        self.cues = list(cues)
        self.cue_starts = [index.start(c.piece, c.token) for c in self.cues]
        self._memo: dict[tuple[object, ...], Cue | None] = {}  # each finder's answer, asked once per span

    # -- positions -------------------------------------------------------------
    def paragraph_start(self, offset: int) -> int:
        return self.index.paragraph_start(offset)

    def before(self, span: QuoteSpan) -> str:
        """The paragraph's text before the quote's opening (or content) offset."""
        at = span.open_offset if span.open_offset is not None else span.start
        lo = max(self.paragraph_start(at), at - 400)
        return self.text[lo:at].rstrip()

    def after(self, span: QuoteSpan, width: int = 80) -> str:
        """The line's text after the quote's closing mark (``width`` characters at most)."""
        at = (span.close_offset + 1) if span.close_offset is not None else span.end
        chunk = self.text[at : at + width]
        cut = _NEWLINE.search(chunk)
        return chunk[: cut.start()] if cut else chunk

    def sentence_initial(self, span: QuoteSpan) -> bool:
        """Whether the quotation opens a sentence (or follows a colon)."""
        before = self.before(span)
        if not before.lstrip(_LINE_MARKERS + " \t"):
            return True  # "- « On a tout perdu », témoigne une habitante.": a bullet opens the line
        last = before[-1]
        if last in _SENTENCE_END or last == ":":
            return True
        return bool(last in '»”"' and len(before) > 1 and before[-2] in _SENTENCE_END)

    # -- linking quotes to cues ----------------------------------------------------
    def postposed_cue(self, span: QuoteSpan) -> Cue | None:
        key = ("postposed_cue", span.start, span.end)
        if key not in self._memo:
            self._memo[key] = self._postposed_cue(span)
        return self._memo[key]

    def _postposed_cue(self, span: QuoteSpan) -> Cue | None:
        """A cue right after the closing mark: « … », a déclaré X / « … » s'est réjoui X."""
        if span.close_offset is None:
            return None
        after_at = span.close_offset + 1
        after = self.after(span, 60)
        m = _GAP.match(after)
        gap = m.end() if m else 0
        i = bisect.bisect_left(self.cue_starts, after_at)
        while i < len(self.cues):
            cue = self.cues[i]
            cs = self.cue_starts[i]
            if cs - after_at > 45:
                break
            between = self.text[after_at + gap : cs]
            if _LINK_BREAK.search(self.text[after_at:cs]):
                break
            words = WORD.findall(between)
            if cue.rule in SOURCE_RULES and len(words) <= 1:
                return cue  # « … » qui, selon lui, …
            if "," not in after[:gap] and any(w.lower() not in self.lang.syntax.VERB_GROUP_WORDS for w in words):
                break  # « … » Le PP a considéré …: a new sentence, not an incise
            if "," not in after[:gap] and not self._inverted_source(cue):
                break  # « Sauvons la maternité » réclame un moratoire: the quotation is the subject
            if cue.rule.startswith(("cue.verb", "cue.expr")) and len(words) <= 5:
                if self._subject_before(cue, span):
                    break  # "Les élus, réunis au sein du « Front uni », ont réclamé …": the main verb
                return cue
            i += 1
        return self._far_incise(after_at)

    def _subject_before(self, cue: Cue, span: QuoteSpan) -> bool:
        """Whether the verb's subject stands before the quotation in its sentence: the quotation
        lies in the subject's relative clause or apposition (``Les opposants, qui siègent au sein
        du « Conseil national », ont demandé …``), and the verb after it is the sentence's main
        verb, no incise."""
        hit = self.index.at(span.open_offset if span.open_offset is not None else span.start)
        return (
            hit is not None and hit[1].doc is cue.token.doc and subject_before_quotation(cue.token, hit[1].i, self.lang)
        )

    def _inverted_source(self, cue: Cue) -> bool:
        """Whether the cue's subject follows it and can be a source (``s'est réjoui le maire``,
        ``a-t-il dit``), not an object the parse took for one (``réclame un moratoire``)."""
        subject = cue.speaker_token
        if cue.speaker_rule not in INCISE_SPEAKERS or subject is None:
            return False
        return can_be_source(subject, self.lang)

    def _far_incise(self, after_at: int) -> Cue | None:
        """« … », y compris le montant …, commente Song Myung-Sup: an incise that closes the
        sentence after a comma, with its subject after it, still introduces the quotation."""
        i = bisect.bisect_left(self.cue_starts, after_at)
        while i < len(self.cues) and self.cue_starts[i] - after_at <= 240:
            cue, cs = self.cues[i], self.cue_starts[i]
            if _LINK_BREAK.search(self.text[after_at:cs]):
                return None
            if (
                cue.rule.startswith("cue.verb")
                and cue.speaker_rule in INCISE_SPEAKERS
                and self.text[after_at:cs].rstrip().endswith(",")
                and self.text[after_at:cs].lstrip().startswith(",")
            ):
                return cue
            i += 1
        return None

    def preposed_cue(self, span: QuoteSpan) -> Cue | None:
        key = ("preposed_cue", span.start, span.end)
        if key not in self._memo:
            self._memo[key] = self._preposed_cue(span)
        return self._memo[key]

    def _preposed_cue(self, span: QuoteSpan) -> Cue | None:
        """A cue before the opening mark in the same sentence: X a déclaré : « … »; Selon X, « … »."""
        at = span.open_offset if span.open_offset is not None else span.start
        before = self.before(span)
        if not before:
            # "Michel Dinet ne décolère pas :" then the quotation as a paragraph of its own
            colon = self._colon_ending_the_paragraph_before(at)
            if colon is None:
                return None
            at = colon
            before = self.text[max(self.paragraph_start(colon), colon - 400) : colon]
        tail = before[-1]
        lo = max(self.paragraph_start(at), at - 400)
        # the stretch since the last sentence end
        ends = [m.end() for m in _SENTENCE_STOP.finditer(before)]
        stretch_start = lo + (ends[-1] if ends else 0)
        first, last = self._between(stretch_start, at)
        candidates = self.cues[first:last]
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

    def _colon_ending_the_paragraph_before(self, at: int) -> int | None:
        """The offset just after a colon that ends the paragraph before the one opening at
        ``at`` (one line break, or a blank line, between them); None otherwise."""
        start = self.paragraph_start(at)
        if start == 0 or self.text[start:at].strip():
            return None
        prior = self.text[:start].rstrip()
        gap = self.text[len(prior) : start]
        if not prior.endswith(":") or gap.count("\n") + gap.count("\r") - gap.count("\r\n") > 2:
            return None
        return len(prior)

    def sentence_cue(self, span: QuoteSpan) -> Cue | None:
        key = ("sentence_cue", span.start, span.end)
        if key not in self._memo:
            self._memo[key] = self._sentence_cue(span)
        return self._memo[key]

    def _sentence_cue(self, span: QuoteSpan) -> Cue | None:
        """The nearest cue before the quote in its sentence (a participle, a selon phrase …)."""
        hit = self.index.at(span.start)
        if hit is None:
            return None
        piece, tok = hit
        sent = tok.sent
        best: Cue | None = None
        lo, hi = self._between(self.index.start(piece, sent[0]), span.start)  # the cues before it in its sentence
        for cue in self.cues[lo:hi]:
            if cue.piece is piece and sent.start <= cue.token.i < sent.end:
                if cue.rule.startswith("cue.colon") or cue.weak or negated(cue, self.lang):
                    continue
                best = cue
        return best

    def covering_cue(self, start: int, end: int, lo: int, hi: int) -> Cue | None:
        key = ("covering_cue", start, end, lo, hi)
        if key not in self._memo:
            self._memo[key] = self._covering_cue(start, end, lo, hi)
        return self._memo[key]

    def _covering_cue(self, start: int, end: int, lo: int, hi: int) -> Cue | None:
        """The nearest cue (in ``[lo, hi)``) whose reported content covers [start, end)."""
        best: tuple[int, Cue] | None = None
        first, last = self._between(lo, hi)
        for cue, s in zip(self.cues[first:last], self.cue_starts[first:last], strict=True):
            rng = self.reports.content_range(cue)
            if cue.weak and self.reported(cue, s):
                continue  # "assuré qu'Africom continuerait « à suivre … »": part of someone's content
            if rng and rng[0] <= start and within(self.text, rng[1], end):
                dist = abs(s - start) + (10_000 if s > start else 0)  # a cue before its content first
                if best is None or dist < best[0]:
                    best = (dist, cue)
        return best[1] if best else None

    def inner_incise(self, span: QuoteSpan) -> Cue | None:
        """« Moi, dit-il, j'ai … »: an incise inside the marks names the speaker of the whole quote."""
        lo = bisect.bisect_left(self.cue_starts, span.start)
        hi = bisect.bisect_left(self.cue_starts, span.end)
        for cue, s in zip(self.cues[lo:hi], self.cue_starts[lo:hi], strict=True):
            if not cue.rule.startswith("cue.verb") or cue.speaker_rule not in INCISE_SPEAKERS:
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

    def _between(self, start: int, end: int) -> tuple[int, int]:
        """The positions in ``cues`` of the cues that start in ``[start, end)`` (cues are in text order)."""
        return bisect.bisect_left(self.cue_starts, start), bisect.bisect_left(self.cue_starts, end)

    def reported(self, cue: Cue, at: int) -> bool:
        """Whether a cue stands inside the reported content of another, stronger cue."""
        sent = cue.sent  # only the cues of its sentence can hold it
        lo, hi = self._between(self.index.start(cue.piece, sent[0]), self.index.end(cue.piece, sent[-1]))
        for other in self.cues[lo:hi]:
            if other is cue or other.weak or other.piece is not cue.piece or other.sent != cue.sent:
                continue
            rng = self.reports.content_range(other)
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
        key = ("complement_cue", span.start, span.end)
        if key not in self._memo:
            self._memo[key] = self._complement_cue(span)
        return self._memo[key]

    def _complement_cue(self, span: QuoteSpan) -> Cue | None:
        """« … » as a cue verb's direct complement: a promis un « … », accusé de « … »; or as
        what a verb of judging says of its object: juge la réforme « brutale », a qualifié ces
        accusations de « mensongères »."""
        hit = self.word_before(span)
        if hit is None:
            return None
        piece, tok = hit
        doc = tok.doc
        if tok.pos_ == "ADV" and tok.i > sentence_start(tok) and doc[tok.i - 1].pos_ in ("VERB", "AUX"):
            tok = doc[tok.i - 1]  # "parlent déjà d'un « … »": the verb past its adverb
        j = tok.i
        # the cues among the few words before the quotation, found by offset (not a scan of all cues)
        lo = bisect.bisect_left(self.cue_starts, self.index.start(piece, doc[max(sentence_start(tok), j - 7)]))
        hi = bisect.bisect_right(self.cue_starts, self.index.start(piece, tok))
        near = [(cue, s) for cue, s in zip(self.cues[lo:hi], self.cue_starts[lo:hi], strict=True) if cue.piece is piece]
        for cue, s in near:
            if cue.token.i == j and cue.rule.startswith("cue.verb"):
                return None if cue.weak and self.reported(cue, s) else cue
        judging = {
            cue.token.i: cue
            for cue, _ in near
            if (
                (
                    cue.rule.startswith("cue.verb")
                    and (
                        cue.lemma in self.lang.cues.JUDGEMENT_PARTICIPLES
                        or cue.lemma in self.lang.cues.ATTRIBUTING_VERBS
                    )
                )
                # "a dressé un bilan « plutôt positif »": the assessment a support verb gives
                or (cue.rule == "cue.expr.support" and cue.lemma.split()[-1] in self.lang.cues.ASSESSMENT_NOUNS)
            )
            and cue.token.i < j
        }
        for k in range(j - 1, max(sentence_start(tok), j - 7) - 1, -1):
            if k in judging:
                return judging[k]
            if doc[k].pos_ not in ("NOUN", "PROPN", "DET", "ADJ", "ADP"):
                break  # only the judged object between: "la réforme", "ces accusations de"
        return self._object_of(span, near)

    def _object_of(self, span: QuoteSpan, near: Sequence[tuple[Cue, int]]) -> Cue | None:
        """« … » as the object of a verb a few words before it, past an adverbial or a place:
        ``a pour sa part critiqué « … »``, ``a manifesté dans une lettre ouverte son « … »``. The
        quotation heads an object (or a prepositional argument) and nothing between the verb and
        it opens another clause (no finite verb, no comma, no ``que``)."""
        hit = self.index.at(span.start)
        if hit is None or not near:
            return None
        piece, root = hit
        while span.start <= self.index.start(piece, root.head) < span.end and root.head.i != root.i:
            root = root.head
        cue, _ = near[-1]
        # "a regretté après la rencontre « un manque … »": the parse hangs the object in
        # apposition to the adverbial before it; words in lower case there are the verb's object
        adverbial = root.head if root.dep_ == "appos" else None
        # "manifeste dans une lettre aux parents son « … »": a bare noun phrase hung on a noun with no
        # preposition of its own is an object the parse missed (a verb read as an adjective, a place between)
        bare = root.dep_ == "nmod" and root.pos_ == "NOUN" and not any(c.dep_ == "case" for c in root.children)
        if not (
            root.dep_ in ("obj", "obl:arg")
            or bare
            or (
                adverbial is not None
                and adverbial.dep_.startswith("obl")
                and adverbial.head.i == cue.token.i
                and any(c.dep_ == "case" for c in adverbial.children)
                and self.text[span.start : span.end][:1].islower()
            )
        ):
            return None
        if not cue.rule.startswith("cue.verb") or cue.piece is not piece or cue.token.i >= root.i:
            return None
        if cue.weak and cue.lemma not in self.lang.cues.EXPRESSING_VERBS:
            return None  # "a lancé samedi une « opération séduction »": a weak verb names, it does not quote
        at = span.open_offset if span.open_offset is not None else span.start
        between = [t for t in root.doc[cue.token.i + 1 : root.i] if self.index.start(piece, t) < at]
        if any(finite(t) or t.text in ",;:" or t.lower_ in self.lang.syntax.QUE for t in between):
            return None
        return cue
