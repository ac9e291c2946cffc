"""Triage: text → the speech surface patterns find, without the parser (``mode="fast"``).

For collections of millions of articles, most of which quote nobody: the layout and the
quotation-mark scanner of the full pipeline, then one pass over the words, looking each
up in the cue lexicon's table of verb forms, instead of the parse. It finds

- every quotation (the same spans as the full mode), as ``direct`` when it is a whole
  sentence set apart (it opens its sentence or follows a colon, with two words or more),
  ``partial`` when a reporting verb in its sentence builds it into the journalist's words,
  ``mention`` otherwise;
- reported statements without marks: ``X a déclaré que …`` and ``selon X, …``;
- a speaker only where a pattern names it: a capitalised name (or a role or an
  institution noun the lexicon knows, after a determiner) right after an incise verb
  (``», a déclaré Jean Dupont``), right before a reporting verb, or after ``selon``.

Invariants: it never raises on any text; offsets index the caller's string; every item
carries the rule id ``fast.mode`` (and its pattern's) in its evidence, and no act, hedging
or quantity (those need the parse); the time is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Sequence

import attrs
import regex

from quoteminer import layout as layout_stage
from quoteminer import marks
from quoteminer.cues import forms, inverted_suffix
from quoteminer.lang import LanguageData
from quoteminer.marks import QuoteSpan
from quoteminer.model import Extraction, Quote, QuoteKind, Resolution, Speaker, SpeakerKind

__all__ = ["extract_fast"]

_SENTENCE_END = regex.compile(r"[.!?…][»”\"’)\]]*(?=\s|$)|[\n\r\u2028\u2029]")
_WORD = regex.compile(r"[\w'’-]+")
_GAP = regex.compile(r"[\s,]*")  # between a closing mark and its incise


@attrs.frozen
class _Word:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


class _Words:
    """The words of the text, looked up by offset."""

    def __init__(self, text: str) -> None:
        self.words = [_Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        self.starts = [w.start for w in self.words]

    def after(self, offset: int) -> int:
        """Index of the first word starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _name_run(words: Sequence[_Word], i: int, text: str, lang: LanguageData) -> tuple[str, int] | None:
    """The capitalised name starting at word ``i`` (up to four words, particles inside)."""
    if i >= len(words) or not words[i].capital:
        return None
    j = i + 1
    while j < len(words) and j - i < 4 and (words[j].capital or words[j].lower in lang.syntax.FAST_NAME_PARTICLES):
        if not regex.fullmatch(r"\s*", text[words[j - 1].end : words[j].start]):
            break
        j += 1
    while j - 1 > i and not words[j - 1].capital:
        j -= 1
    return text[words[i].start : words[j - 1].end], j


def _source_at(words: Sequence[_Word], i: int, text: str, lang: LanguageData) -> Speaker | None:
    """The source a pattern names at word ``i``: a name, or determiner + role or institution."""
    if i >= len(words):
        return None
    first = words[i].lower
    if first in lang.cues.TRIAGE_DETERMINERS and i + 1 < len(words):
        noun = words[i + 1].lower
        if noun in lang.roles.ROLE_NOUNS:
            named = _name_run(words, i + 2, text, lang)  # "le préfet Jean Roux": the name after the role
            if named is not None and i + 2 < len(words) and text[words[i + 1].end : words[i + 2].start].isspace():
                return Speaker(name=named[0], kind=SpeakerKind.PERSON, title=noun, resolution=Resolution.EXPLICIT)
            return Speaker(name=noun, kind=SpeakerKind.PERSON, title=noun, resolution=Resolution.ROLE)
        if noun in lang.roles.ORGANIZATION_NOUNS:
            return Speaker(name=noun, kind=SpeakerKind.ORGANIZATION, resolution=Resolution.EXPLICIT)
        if words[i + 1].capital:
            return _source_at(words, i + 1, text, lang)
        return None
    if first in lang.pronouns.SUBJECT or first in lang.pronouns.INDEFINITE:
        return None
    run = _name_run(words, i, text, lang)
    if run is None:
        return None
    return Speaker(name=run[0], kind=SpeakerKind.PERSON, resolution=Resolution.EXPLICIT)


def _incise(
    words: Sequence[_Word], i: int, stop: int, verbs: frozenset[str], lang: LanguageData
) -> tuple[int, bool] | None:
    """If an incise verb group starts at word ``i``: the index of the word after it, and
    whether it holds its subject as a clitic (``a-t-il dit``, ``ajoute-t-elle``)."""
    clitic = False
    if i < stop and inverted_suffix(lang).sub("", words[i].lower) in lang.cues.TRIAGE_AUXILIARIES:
        clitic = inverted_suffix(lang).search(words[i].lower) is not None
        i += 1
    if i < stop and inverted_suffix(lang).fullmatch(words[i].lower):
        clitic = True  # "a -t-il" split apart
        i += 1
    if i < stop and inverted_suffix(lang).sub("", words[i].lower) in verbs:
        return i + 1, clitic or inverted_suffix(lang).search(words[i].lower) is not None
    return None


@functools.cache
def _verb_forms(lang: LanguageData) -> frozenset[str]:
    """Every one-word form of a reporting verb."""
    return frozenset(f for f in forms(lang) if " " not in f)


def _items(text: str, lang: LanguageData) -> Iterator[Quote]:
    verbs = _verb_forms(lang)
    index = _Words(text)
    words = index.words
    spans = [s for s in marks.scan(text, lang)[0] if s.end > s.start]
    sentences = _sentences(text)
    starts = [s for s, _ in sentences]
    outer: list[QuoteSpan] = []
    spoken: list[Quote] = []  # the item of each outer quotation, in order
    for span in spans:
        inside = bool(outer) and outer[-1].start <= span.start and span.end <= outer[-1].end
        kind, speaker, rule = QuoteKind.MENTION, None, "fast.mention"
        if not inside:
            outer.append(span)
            opening = span.open_offset if span.open_offset is not None else span.start
            closing = span.close_offset + 1 if span.close_offset is not None else span.end
            k = max(0, bisect.bisect_right(starts, opening) - 1)
            lo, hi = starts[k] if starts else 0, next((e for _, e in sentences[k:] if e >= closing), len(text))
            before = text[lo:opening].rstrip()
            content = words[index.after(span.start) : index.after(span.end)]
            first = next((ch for ch in text[span.start : span.end] if ch.isalpha()), "")
            a, b = index.after(closing), index.after(hi)
            adjacent = a < len(words) and _GAP.fullmatch(text, closing, words[a].start) is not None
            post = _incise(words, a, b, verbs, lang) if adjacent else None
            pre = [j for j in range(index.after(lo), index.after(opening)) if words[j].lower in verbs]
            whole = (not before or before.endswith((":", ".", "!", "?", "»"))) and len(content) >= 2
            opener = words[index.after(lo)].lower if index.after(lo) < len(words) else ""
            sourced = before.endswith(",") and opener in lang.cues.TRIAGE_SOURCE_OPENERS
            resumed = _resumes(text, spoken, opening, words, index, verbs, lang)
            if whole and (first.isupper() or before.endswith(":")):
                kind, rule = QuoteKind.DIRECT, "fast.direct"
            elif sourced and len(content) >= 4:
                kind, rule = QuoteKind.DIRECT, "fast.direct.source"  # "Selon X, « Nous … »"
                speaker = _source_at(words, index.after(lo) + 1, text, lang)
            elif resumed is not None:
                kind, rule, speaker = QuoteKind.DIRECT, "fast.direct.resumed", resumed.speaker
            elif post is not None or pre:
                kind, rule = QuoteKind.PARTIAL, "fast.partial"
            if kind is not QuoteKind.MENTION and speaker is None:
                if post is not None and not post[1] and post[0] < b:
                    speaker = _after_verb(words, post[0], b, text, lang)
                elif pre:
                    speaker = _before_verb(words, pre[-1], index.after(lo), text, lang)
                elif before.endswith(":"):
                    speaker = _source_at(words, index.after(lo), text, lang)  # "Le maire a été clair : « … »"
        found = Quote(
            text=text[span.start : span.end],
            start=span.start,
            end=span.end,
            kind=kind,
            open_mark=span.open_mark,
            open_offset=span.open_offset,
            close_mark=span.close_mark,
            close_offset=span.close_offset,
            speaker=speaker,
            evidence=("fast.mode", rule),
        )
        if not inside:
            spoken.append(found)
        yield found
    quoted = [(s.open_offset if s.open_offset is not None else s.start, s.end) for s in outer]
    yield from _reported(text, index, sentences, quoted, verbs, lang)


def _resumes(
    text: str,
    spoken: Sequence[Quote],
    opening: int,
    words: Sequence[_Word],
    index: _Words,
    verbs: frozenset[str],
    lang: LanguageData,
) -> Quote | None:
    """The quotation this one resumes after an incise: ``« A », a-t-il dit, « B »``."""
    if not spoken or spoken[-1].kind is QuoteKind.MENTION or spoken[-1].close_offset is None:
        return None
    gap = text[spoken[-1].close_offset + 1 : opening]
    if not gap.rstrip().endswith(",") or len(gap) > 80 or any(ch in gap for ch in ".!?;:«»\n"):
        return None
    a, b = index.after(spoken[-1].close_offset), index.after(opening)
    return spoken[-1] if _incise(words, a, b, verbs, lang) is not None else None


def _after_verb(words: Sequence[_Word], i: int, stop: int, text: str, lang: LanguageData) -> Speaker | None:
    """The subject after an incise verb, over a word or two of time (``a déclaré mardi X``)."""
    for j in range(i, min(stop, i + 3)):
        found = _source_at(words, j, text, lang)
        if found is not None:
            return found
        if words[j].capital or words[j].lower in lang.cues.TRIAGE_DETERMINERS:
            return None
    return None


def _before_verb(words: Sequence[_Word], verb: int, floor: int, text: str, lang: LanguageData) -> Speaker | None:
    """The subject right before a reporting verb, over its auxiliary (``Jean Dupont a affirmé``)."""
    j = verb - 1
    while j >= floor and words[j].lower in lang.cues.TRIAGE_AUXILIARIES:
        j -= 1
    end = j + 1
    while j >= floor and words[j].capital and end - j <= 4:
        j -= 1
    if j + 1 < end:
        return _source_at(words, j + 1, text, lang)
    if j >= floor + 1 and words[j - 1].lower in lang.cues.TRIAGE_DETERMINERS:
        return _source_at(words, j - 1, text, lang)
    return None


def _reported(
    text: str,
    index: _Words,
    sentences: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
    verbs: frozenset[str],
    lang: LanguageData,
) -> Iterator[Quote]:
    """``X a déclaré que …`` and ``selon X, …`` outside quotations: the clause to the sentence's end."""
    words = index.words
    cues = lang.cues
    q = 0
    for lo, hi in sentences:
        while q < len(quoted) and quoted[q][1] <= lo:
            q += 1
        if q < len(quoted) and quoted[q][0] < hi:
            continue  # a sentence with a quotation: its speech is the quotation's
        end = lo + len(text[lo:hi].rstrip().rstrip('.!?…»”"').rstrip())
        a, b = index.after(lo), index.after(hi)
        for j in range(a, b):
            word = words[j].lower
            if word in cues.SOURCE_PREPOSITIONS:
                comma = text.find(",", words[j].end, end)
                if comma != -1 and comma - words[j].end < 80:
                    speaker = _source_at(words, j + 1, text, lang)
                    start = comma + 1 + len(text[comma + 1 : end]) - len(text[comma + 1 : end].lstrip())
                    if end - start > 3:
                        yield _indirect(text, start, end, speaker, "fast.source")
                break
            if word in verbs and j + 1 < b and words[j + 1].lower in cues.TRIAGE_THAT:
                start = words[j + 1].end if words[j + 1].lower.endswith("'") else words[j + 1].end + 1
                start = min(start, end)
                while start < end and text[start].isspace():
                    start += 1
                if end - start > 3:
                    yield _indirect(text, start, end, _before_verb(words, j, a, text, lang), "fast.que")
                break


def _indirect(text: str, start: int, end: int, speaker: Speaker | None, rule: str) -> Quote:
    evidence = ("fast.mode", rule)
    return Quote(
        text=text[start:end], start=start, end=end, kind=QuoteKind.INDIRECT, speaker=speaker, evidence=evidence
    )


def extract_fast(text: str, lang: LanguageData) -> Extraction:
    """The triage pass over ``text`` (see the module's docstring)."""
    if not text.strip():
        return Extraction()
    laid = layout_stage.lay_out(text, lang)
    quotes = sorted(_items(laid.text, lang), key=lambda q: (q.start, -q.end, q.kind.value))
    return layout_stage.restore(Extraction(quotes=tuple(quotes)), laid)
