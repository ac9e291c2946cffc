"""Kinds: what each quotation is (direct, partial, mention), by the ordered rules.

The rules read a quotation in order: page furniture and button labels are mentions; a
quotation listed after a mention is one too; inside another quotation it is speech when a
cue inside covers it; one that opens a sentence in upper case (or after a colon) is a
direct quotation; titles and names (``l'émission « … »``) are mentions; one that a cue
introduces is partial, unless it is a scare quote (``les « vraies » couleurs``); a judged
fragment (``une réalité jugée « … »``) and a quoted clause built into the sentence are
partial; anything else is a mention. Invariants:

- every quotation gets exactly one kind and the rule ids that decided it;
- a speech item's cue is one of the document's cues, or None.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quoteminer.cues import SOURCE_RULES
from quoteminer.items import WORD, Item, TokenIndex, inside
from quoteminer.lang import LanguageData
from quoteminer.linking import Links
from quoteminer.marks import QuoteSpan
from quoteminer.model import QuoteKind

__all__ = ["Quotations"]


class Quotations:
    """The ordered rules that tell what each quotation of a document is."""

    def __init__(
        self, text: str, lang: LanguageData, index: TokenIndex, links: Links, boiler: Sequence[tuple[int, int]]
    ) -> None:
        self.text = text
        self.lang = lang
        self.index = index
        self.links = links
        self.boiler = boiler
        self.done: list[Item] = []  # items classified so far, in text order

    def _scare_quote(self, span: QuoteSpan) -> bool:
        """les « vraies » couleurs, deux grands « alliés »: a word or two held at a distance."""
        words = WORD.findall(self.text[span.start : span.end])
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
        hit = self.links.word_before(span)
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
        if inside(self.boiler, span.start, span.end) or self._label(span):
            item.evidence.append("kind.boilerplate")
            return item
        content = self.text[span.start : span.end]
        words = WORD.findall(content)
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
            cue = self.links.covering_cue(span.start, span.end, lo, hi)
            if cue is not None:
                item.kind, item.cue = QuoteKind.PARTIAL, cue
                item.evidence.append("kind.nested_speech")
            else:
                item.evidence.append("kind.nested_mention")
            return item
        initial = self.links.sentence_initial(span)
        before = self.links.before(span)
        post = self.links.postposed_cue(span)
        pre = self.links.preposed_cue(span)
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
            item.cue = post or pre or self.links.inner_incise(span)
            item.evidence.append("kind.direct.sentence")
            if item.cue is None:
                item.evidence.append("cue.none")
            return item
        para = self.links.paragraph_start(span.start)
        if self._named(span):
            item.evidence.append("kind.mention.name")
            return item
        cue = (
            post
            or self.links.complement_cue(span)
            or self.links.covering_cue(span.start, span.end, para, span.start + 2000)
        )
        if cue is None and len(words) >= 3:
            cue = self.links.sentence_cue(span)
        if cue is not None and not (self._scare_quote(span) and cue is not post):
            item.kind = QuoteKind.PARTIAL
            item.cue = cue
            item.evidence.append("kind.partial.cue")
            return item
        if cue is None and self.links.judged(span):
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
