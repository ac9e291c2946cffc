"""Quote objects: internal items and stage results → the public, immutable Extraction.

Invariants: quotes come out in text order with ``text == input[start:end]``;
every speech item is also a claim; every item that could not be resolved
leaves a diagnostic; the result holds no spaCy object.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from spacy.tokens import Span as Sentence

from quoteminer.acts import Judged, sentence_hedge
from quoteminer.claims import Tagger, find_quantities
from quoteminer.content import Item, TokenIndex
from quoteminer.dates import When
from quoteminer.items import Cover
from quoteminer.lang import LanguageData
from quoteminer.model import Claim, Diagnostic, Extraction, Quote, QuoteKind, Severity, Span, Speaker
from quoteminer.parse import Piece

__all__ = ["assemble"]


def _tagger(index: TokenIndex) -> Tagger:
    """The part of speech of the word that starts at an offset (None where no token starts)."""

    def tag(offset: int) -> str | None:
        found = index.at(offset)
        if found is None or index.start(*found) != offset:
            return None
        return str(found[1].pos_)

    return tag


def _quote(
    text: str,
    item: Item,
    speaker: Speaker | None,
    speaker_confidence: float | None,
    judged: Judged | None,
    tags: Tagger,
    lang: LanguageData,
    when: When | None = None,
) -> Quote:
    span = item.span
    evidence = list(item.evidence)
    if item.cue is not None:
        evidence.insert(0, item.cue.rule)
    act = confidence = None
    hedged = False
    if judged is not None and item.kind.is_speech:
        (act, confidence, act_evidence), hedged, hedge_rule = judged
        evidence.extend(act_evidence)
        if hedge_rule:
            evidence.append(hedge_rule)
    quantities = tuple(find_quantities(text, item.start, item.end, lang, tags)) if item.kind.is_speech else ()
    said_on = said_on_end = said_on_text = None
    if when is not None and item.kind.is_speech:
        said_on, said_on_end = when.value.first, when.value.last
        said_on_end = said_on_end if said_on_end != said_on else None
        e = when.expression
        said_on_text = Span(text=e.text, start=e.start, end=e.end)
        evidence.extend(when.evidence)
    return Quote(
        text=text[item.start : item.end],
        start=item.start,
        end=item.end,
        kind=item.kind,
        open_mark=span.open_mark if span else None,
        open_offset=span.open_offset if span else None,
        close_mark=span.close_mark if span else None,
        close_offset=span.close_offset if span else None,
        speaker=speaker if item.kind.is_speech else None,
        speaker_confidence=speaker_confidence if item.kind.is_speech and speaker is not None else None,
        cue=item.cue.text if item.cue is not None and item.kind.is_speech else None,
        act=act,
        act_confidence=confidence,
        hedged=hedged,
        quantities=quantities,
        evidence=tuple(dict.fromkeys(evidence)),
        verbatim=tuple(Span(text=text[s:e], start=s, end=e) for s, e in item.verbatim),
        said_on=said_on,
        said_on_end=said_on_end,
        said_on_text=said_on_text,
    )


_CLOSERS = '»”"’)]'  # closing marks that may follow a sentence's final punctuation


def _sentences(text: str, pieces: Sequence[Piece], index: TokenIndex) -> Iterator[tuple[int, int, list[Sentence]]]:
    """The article's sentences as (start, end, the parser's sentences it joins): the parser's
    sentences, joined again where it cut inside one (at a semicolon, a colon, before ``car``): a
    sentence ends at final punctuation or a line break. Their tokens are read only where a
    sentence has quantities of its own (``_journalist_claims``)."""
    current: list[Sentence] = []
    start = end = 0
    for piece in pieces:
        for sent in piece.doc.sents:
            s, e = index.start(piece, sent[0]), index.end(piece, sent[-1])
            before = text[start:end].rstrip()
            closed = before.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…", "")
            if current and not closed and "\n" not in text[start + len(before) : s]:
                current.append(sent)
                end = e
                continue
            if current:
                yield start, end, current
            current, start, end = [sent], s, e
    if current:
        yield start, end, current


def _journalist_claims(
    text: str, quotes: Sequence[Quote], pieces: Sequence[Piece], index: TokenIndex, lang: LanguageData
) -> list[Claim]:
    speech = Cover([(q.start, q.end) for q in quotes if q.kind.is_speech])
    tags = _tagger(index)
    out: list[Claim] = []
    for start, end, parts in _sentences(text, pieces, index):
        while end > start and (text[end - 1] in ".!?…;:" or text[end - 1].isspace()):
            end -= 1
        if end <= start:
            continue
        own = [q for q in find_quantities(text, start, end, lang, tags) if not speech.holds(q.start, q.end)]
        if own:
            out.append(
                Claim(
                    text=text[start:end],
                    start=start,
                    end=end,
                    source=None,
                    quote=None,
                    quantities=tuple(own),
                    hedged=sentence_hedge((t for part in parts for t in part), lang) is not None,
                )
            )
    return out


def assemble(
    text: str,
    items: Sequence[Item],
    speakers: dict[int, Speaker],
    speaker_confidences: dict[int, float],
    unresolved: Sequence[tuple[Item, str]],
    judged: dict[int, Judged],
    diagnostics: Sequence[Diagnostic],
    pieces: Sequence[Piece],
    index: TokenIndex,
    lang: LanguageData,
    when: Mapping[int, When] | None = None,
) -> Extraction:
    """Build the public Extraction from the stages' results (``when``: the date of each
    dated speech item, by ``id(item)``)."""
    tags = _tagger(index)
    dated = when or {}
    quotes = [
        _quote(
            text,
            item,
            speakers.get(id(item)),
            speaker_confidences.get(id(item)),
            judged.get(id(item)),
            tags,
            lang,
            dated.get(id(item)),
        )
        for item in items
    ]
    quotes.sort(key=lambda q: (q.start, -q.end, q.kind.value))
    claims = [
        Claim(
            text=q.text, start=q.start, end=q.end, source=q.speaker, quote=q, quantities=q.quantities, hedged=q.hedged
        )
        for q in quotes
        if q.kind.is_speech
    ]
    claims.extend(_journalist_claims(text, quotes, pieces, index, lang))
    claims.sort(key=lambda c: (c.start, -c.end))
    notes = list(diagnostics)
    for item, reason in unresolved:
        kind = "direct quote" if item.kind is QuoteKind.DIRECT else f"{item.kind.value} item"
        notes.append(
            Diagnostic(
                code="no-speaker",
                message=f"{kind} left without a speaker: {reason}",
                start=item.start,
                end=item.end,
                severity=Severity.INFO,
            )
        )
    notes.sort(key=lambda d: (d.start, d.end, d.code))
    return Extraction(quotes=tuple(quotes), claims=tuple(claims), diagnostics=tuple(notes))
