"""Layout: the caller's text → a layout text of the same length, in which a line wrapped
inside a sentence reads as one line.

Wire copy, e-mail and PDF text arrive hard-wrapped at 60–80 columns, while scraped
pages put each paragraph (and each headline) on a line of its own. This stage decides,
once per text, which line breaks are *soft* (a wrap inside a paragraph) and which are
*hard* (a paragraph, a headline, a list item ends there).

input → output: ``text`` → :class:`Layout`, whose ``text`` is the caller's string with

- every soft line break replaced by spaces, one for each of its characters (CRLF gives
  two, which the parser's view reads as one space);
- the invisible characters at the start of the text and of each line (a byte-order mark,
  zero-width and bidi marks, controls) replaced by spaces;

and every other character left where it is.

Invariants:

- ``len(layout.text) == len(text)``: an offset into the layout text is an offset into
  the caller's string. The stages after this one run on the layout text, so every one
  of them sees the same line breaks; ``restore`` cuts everything reported from the
  caller's string, so ``text[quote.start:quote.end] == quote.text`` still holds, line
  breaks and all;
- a blank line, U+2029, a vertical tab and a form feed always end a paragraph; a text
  whose lines are all paragraphs comes back unchanged (the same string);
- the decision reads the evidence (``WEIGHTS``): first the text's wrap width, if its
  lines are wrapped at all (``_wrap_width``), then, for each single line break in text
  order, whether the next line's first word would have fit on the line, how the line
  ends, how the next one starts, whether a quotation is open;
- time and memory are linear in the length of the text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterator
from types import MappingProxyType

import attrs
import regex

from quoteminer.lang import LanguageData
from quoteminer.model import Claim, Extraction, Quantity, Quote, Speaker

__all__ = [
    "INVISIBLE",
    "MAX_WIDTH",
    "MIN_WIDTH",
    "RAGGED",
    "WEIGHTS",
    "Answer",
    "Layout",
    "SoftBreak",
    "interview_answers",
    "lay_out",
    "restore",
]

#: Characters that show nothing: the ones Unicode says to ignore when not rendering them
#: (soft hyphen, zero-width and bidi controls, byte-order mark, variation selectors,
#: joiners, tags), C0/C1 controls other than the white space a tokenizer understands,
#: and lone surrogates. The parser's view removes them (``parse.make_view``).
INVISIBLE = regex.compile(r"[\p{Default_Ignorable_Code_Point}\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]|\p{Cs}")

#: The narrowest and widest wrap width a text is taken to have (in characters): narrower
#: lines of even length are a table or a poem, wider ones are paragraphs.
MIN_WIDTH = 30
MAX_WIDTH = 200
#: The ragged margins tried when no exact width fits (text set in a proportional font, as
#: PDF text comes out): a line is full when the next word would have overflowed a line up
#: to this many characters shorter than the width.
RAGGED = (8, 16)
#: The share of the single breaks inside sentences (in percent) that must agree with a
#: width for no wider margin to be tried.
AGREED = 85

#: How much each clue weighs for a line break being a wrap (positive) or the end of a
#: paragraph or headline (negative). A break is soft when its clues add up to more than
#: zero; the decision's rule id is ``layout.wrap.<clue>`` for its weightiest positive clue.
WEIGHTS = MappingProxyType(
    {
        "width": 3,  # the next line's first word would not have fit on the line
        "fits": -3,  # it would have: a short line, the last of a paragraph, a headline
        "unwrapped": -3,  # the text has no wrap width, or this line is longer than it
        "unfinished": 2,  # the line ends with a comma, a dash, an opening mark…
        "no_stop": 1,  # the line ends with a word or a closing mark: no punctuation
        "final": -1,  # the line ends with final punctuation (« … ». included)
        "new_sentence": -2,  # … and the next starts one, where single breaks part paragraphs
        "lowercase": 3,  # the next line starts in lower case (« ne tiendra…, — et c'est… too)
        "open_quote": 2,  # a quotation is open at the end of the line
        "reopened": -3,  # … and the next line reopens it: a quote running over paragraphs
        "list_item": -3,  # the next line starts a list item (a bullet, a dash, 1.)
        "list_intro": -4,  # … after a line ending with a colon
        "list_run": -4,  # … after an item with the same bullet
    }
)

# A line break: CRLF is one. The separators in _HARD always end a paragraph.
_BREAK = regex.compile(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x85]")
_HARD = frozenset("\u2029\x0b\x0c")
# White space and invisible characters, skipped to find a line's first and last visible ones.
_BLANK = regex.compile(rf"(?:\s|{INVISIBLE.pattern})+")
_SPACE = frozenset(" \t")  # where a wrapping tool may cut a line (never at a no-break space)
_PADDING = frozenset(" \t\u00a0\u202f\u2009")  # between final punctuation and a closing mark
_LEADING = frozenset("([—–- \u00a0\u202f")  # before a line's first word: « — et c'est…, (sic)


@attrs.frozen
class SoftBreak:
    """A line break read as white space: ``text[start:end]``, and the rule that decided it."""

    start: int
    end: int
    rule: str


@attrs.frozen
class Layout:
    """The text the stages read, and the caller's string everything is cut from."""

    text: str  #: same length as ``original``; soft breaks and leading invisibles are spaces
    original: str
    soft: tuple[SoftBreak, ...] = ()  #: in text order
    width: int | None = None  #: the wrap width the lines were found to have, if any
    ragged: int = 0  #: how much shorter than ``width`` a full line may be (a ragged margin)


@attrs.frozen
class _Line:
    """One line: its characters are ``[start, end)``, its break ``[end, next)``."""

    start: int
    end: int
    next: int
    lead: int  # first visible character (== end when the line is blank)
    last: int  # just after the last visible character
    hard: bool  # its break always ends a paragraph (or there is none: the text ends)

    @property
    def blank(self) -> bool:
        return self.lead >= self.end

    @property
    def length(self) -> int:
        return self.last - self.start


def _lines(text: str) -> Iterator[_Line]:
    start = 0
    n = len(text)
    while start <= n:
        brk = _BREAK.search(text, start)
        end, nxt = (brk.start(), brk.end()) if brk is not None else (n, n + 1)
        lead = start
        blank = _BLANK.match(text, start, end)
        if blank is not None:
            lead = blank.end()
        last = end
        while last > lead and (text[last - 1].isspace() or INVISIBLE.match(text, last - 1)):
            last -= 1
        yield _Line(start, end, nxt, lead, last, brk is None or text[end] in _HARD)
        start = nxt


def _first_word(text: str, line: _Line) -> int:
    """Length of the line's first word (up to a space or a tab: a wrapping tool's unit)."""
    i = line.lead
    while i < line.last and text[i] not in _SPACE:
        i += 1
    return i - line.lead


@attrs.frozen
class _Wrap:
    """The width a text's lines are wrapped at, and the ragged margin it is read with."""

    width: int
    ragged: int = 0


def _wrap_width(text: str, lines: list[_Line], lang: LanguageData) -> _Wrap | None:
    """The width the text's lines are wrapped at, or None when they are not wrapped.

    A break after line ``a`` is *consistent* with a width ``w`` when ``a`` fits in ``w``
    and the next line's first word would not have: ``len(a) <= w < len(a) + 1 + word``
    (``+ ragged`` with a ragged margin). A line longer than ``w`` *contradicts* it. The
    width is the one with the most consistent breaks less contradictions (one sweep over
    the widths); the text is wrapped when at least two breaks and half of its single
    breaks agree with it (four breaks and three quarters with a ragged margin), hardly
    any line contradicts it, and the sentence plainly goes on (in lower case, after a
    comma) after three in ten of the breaks that agree (a column of headlines or of
    one-line items, however even, starts a sentence on every line). An exact width is
    tried first, then each margin of ``RAGGED`` until ``AGREED`` percent of the breaks
    inside sentences, or all of them but one, agree (a break after a sentence may end a
    paragraph), else the first width that passed.
    """
    span = MAX_WIDTH + 2
    longer = [0] * span  # lines by length, capped: contradictions of the widths below
    for line in lines:
        if not line.blank:
            longer[min(line.length, MAX_WIDTH + 1)] += 1
    total = sum(longer)
    # each single break: the line's length, where its next word would have ended, whether
    # the line ends inside a sentence, whether the sentence plainly goes on (« ne…, a comma)
    breaks = [
        (a.length, a.length + _first_word(text, b), ending != "final", goes_on)
        for a, b in itertools.pairwise(lines)
        if not (a.blank or a.hard or b.blank)
        for ending in [_ending(text, a, lang)]
        for goes_on in [ending == "unfinished" or _initial(text, b, lang).islower()]
    ]
    inside = sum(1 for _, _, within, _ in breaks if within)
    found: _Wrap | None = None
    for ragged in (0, *RAGGED):
        starts = [0] * span  # difference array: consistent breaks by width
        for length, overflow, _, _ in breaks:
            lo, hi = max(length, MIN_WIDTH), min(overflow + ragged, MAX_WIDTH)
            if lo <= hi:
                starts[lo] += 1
                starts[hi + 1] -= 1
        best, best_score, best_consistent, best_against = None, 0, 0, 0
        consistent = sum(starts[:MIN_WIDTH])
        against = total - sum(longer[: MIN_WIDTH + 1])
        for width in range(MIN_WIDTH, MAX_WIDTH + 1):
            consistent += starts[width]
            if width > MIN_WIDTH:
                against -= longer[width]
            score = consistent - against
            if score > best_score:
                best, best_score, best_consistent, best_against = width, score, consistent, against
        least, share = (2, 2) if not ragged else (4, 4 / 3)
        if best is None or best_consistent < least or share * best_consistent < len(breaks):
            continue
        if 10 * best_against > total:
            continue
        agreeing = [(within, on) for length, overflow, within, on in breaks if length <= best <= overflow + ragged]
        if 10 * sum(on for _, on in agreeing) < 3 * len(agreeing):
            continue  # lines of one length that all start a sentence: a list, a column of headlines
        agreed = sum(within for within, _ in agreeing)
        if 100 * agreed >= AGREED * inside or agreed + 1 >= inside:
            return _Wrap(best, ragged)  # all but a headline or so agree: look no further
        found = found or _Wrap(best, ragged)
    return found


@functools.cache
def _marks(lang: LanguageData) -> regex.Pattern[str]:
    data = lang.layout
    return regex.compile("[" + regex.escape("".join(sorted(data.OPENING | data.CLOSING | data.TOGGLING))) + "]")


@functools.cache
def _list_item(lang: LanguageData) -> regex.Pattern[str]:
    return regex.compile(lang.layout.LIST_ITEM)


class _Quotes:
    """Whether a quotation is open, over the lines of one paragraph."""

    def __init__(self, lang: LanguageData) -> None:
        self.data = lang.layout
        self.pattern = _marks(lang)
        self.depth = 0
        self.toggled = False

    def read(self, text: str, start: int, end: int) -> None:
        for m in self.pattern.finditer(text, start, end):
            ch = m.group()
            if ch in self.data.OPENING:
                self.depth += 1
            elif ch in self.data.CLOSING:
                self.depth = max(0, self.depth - 1)
            else:
                self.toggled = not self.toggled

    @property
    def open(self) -> bool:
        return self.depth > 0 or self.toggled

    def reset(self) -> None:
        self.depth = 0
        self.toggled = False


def _abbreviation(text: str, lo: int, end: int, lang: LanguageData) -> bool:
    """Whether the period before ``end`` closes an abbreviation or an initial (``M.``, ``D.``)."""
    if text[end - 1] != ".":
        return False
    start = end - 1
    while start > lo and text[start - 1].isalpha():
        start -= 1
    word = text[start : end - 1]
    if start > lo and not text[start - 1].isspace() and text[start - 1] not in "(-'’":
        return False
    return (len(word) == 1 and word.isupper()) or word in lang.layout.ABBREVIATIONS


def _ending(text: str, line: _Line, lang: LanguageData) -> str | None:
    """How a line ends: ``final``, ``unfinished``, ``no_stop`` (names of ``WEIGHTS``) or None."""
    data = lang.layout
    end = line.last
    while end > line.lead and (text[end - 1] in data.CLOSERS or text[end - 1] in _PADDING):
        end -= 1
    last = text[line.last - 1]
    if end > line.lead and text[end - 1] in data.SENTENCE_FINAL and not _abbreviation(text, line.lead, end, lang):
        return "final"
    if last in data.UNFINISHED:
        return "unfinished"
    if last.isalnum() or last in data.CLOSERS:
        return "no_stop"
    return None


def _initial(text: str, line: _Line, lang: LanguageData) -> str:
    """The first character of a line's first word, after opening marks, brackets and dashes (« ne …)."""
    data = lang.layout
    i = line.lead
    while i < line.last and (text[i] in data.OPENING or text[i] in data.TOGGLING or text[i] in _LEADING):
        i += 1
    return text[i] if i < line.last else ""


def _fits(text: str, a: _Line, b: _Line, wrap: _Wrap | None) -> bool | None:
    """Whether the first word of ``b`` would have fit on ``a`` (None: ``a`` is not wrapped)."""
    if wrap is None or a.length > wrap.width:
        return None
    return a.length + 1 + _first_word(text, b) <= wrap.width - wrap.ragged


def _paragraph_lines(text: str, lines: list[_Line], wrap: _Wrap | None, lang: LanguageData) -> bool:
    """Whether a wrapped text parts its paragraphs with single line breaks: it has no blank
    line, and somewhere a short line ends a sentence before a line that starts one."""
    if wrap is None or any(line.blank for line in lines[:-1]):
        return False
    return any(
        not a.hard
        and _fits(text, a, b, wrap)
        and _ending(text, a, lang) == "final"
        and (_initial(text, b, lang).isupper() or _initial(text, b, lang).isdigit())
        for a, b in itertools.pairwise(lines)
    )


def _clues(
    text: str, a: _Line, b: _Line, wrap: _Wrap | None, paragraph_lines: bool, quotes: _Quotes, lang: LanguageData
) -> list[str]:
    """The clues about the break between lines ``a`` and ``b`` (names of ``WEIGHTS``)."""
    data = lang.layout
    fits = _fits(text, a, b, wrap)
    clues = ["unwrapped" if fits is None else "fits" if fits else "width"]
    ending = _ending(text, a, lang)
    if ending is not None:
        clues.append(ending)
    initial = _initial(text, b, lang)
    if initial.islower():
        clues.append("lowercase")
    elif ending == "final" and paragraph_lines and (initial.isupper() or initial.isdigit()) and not quotes.open:
        clues.append("new_sentence")
    first = text[b.lead]
    if quotes.open:
        reopens = first in data.OPENING or first in data.TOGGLING
        clues.append("reopened" if reopens else "open_quote")
    item = _list_item(lang)
    if item.match(text, b.lead, b.last):
        clues.append("list_item")
        if text[a.last - 1] == ":":
            clues.append("list_intro")
        if item.match(text, a.lead, a.last) and text[a.lead] == first:
            clues.append("list_run")
    return clues


def _decide(clues: list[str]) -> str | None:
    """The rule id of a soft break, or None for a hard one."""
    if sum(WEIGHTS[c] for c in clues) <= 0:
        return None
    return "layout.wrap." + max(clues, key=lambda c: WEIGHTS[c])


def lay_out(text: str, lang: LanguageData) -> Layout:
    """Decide which line breaks of ``text`` are wraps; return the layout text."""
    lines = list(_lines(text))
    if len(lines) == 1 and not (lines[0].lead > 0 and INVISIBLE.search(text, 0, lines[0].lead)):
        return Layout(text, text)  # one line, nothing invisible before it: the common short text
    wrap = _wrap_width(text, lines, lang)
    paragraph_lines = _paragraph_lines(text, lines, wrap, lang)
    chars: list[str] | None = None
    soft: list[SoftBreak] = []
    quotes = _Quotes(lang)
    for i, a in enumerate(lines):
        if INVISIBLE.search(text, a.start, a.lead):
            chars = chars if chars is not None else list(text)
            for k in range(a.start, a.lead):
                if INVISIBLE.match(text, k):
                    chars[k] = " "
        if a.blank:
            quotes.reset()
            continue
        quotes.read(text, a.lead, a.last)
        b = lines[i + 1] if i + 1 < len(lines) else None
        rule = (
            None if a.hard or b is None or b.blank else _decide(_clues(text, a, b, wrap, paragraph_lines, quotes, lang))
        )
        if rule is None:
            quotes.reset()
            continue
        soft.append(SoftBreak(a.end, a.next, rule))
        chars = chars if chars is not None else list(text)
        chars[a.end : a.next] = " " * (a.next - a.end)
    width, ragged = (wrap.width, wrap.ragged) if wrap is not None else (None, 0)
    if chars is None:
        return Layout(text, text, width=width, ragged=ragged)
    return Layout("".join(chars), text, tuple(soft), width, ragged)


def restore(result: Extraction, layout: Layout) -> Extraction:
    """``result``, found on the layout text, with every text cut from the caller's string.

    A quote whose span holds a soft break also gets that break's rule id in its evidence.
    """
    if layout.text is layout.original:
        return result
    original = layout.original
    soft_starts = [s.start for s in layout.soft]
    speakers: dict[int, Speaker] = {}
    quotes: dict[int, Quote] = {}

    def quantity(q: Quantity) -> Quantity:
        return attrs.evolve(q, text=original[q.start : q.end])

    def speaker(s: Speaker | None) -> Speaker | None:
        if s is None:
            return None
        done = speakers.get(id(s))
        if done is None:
            mentions = tuple(attrs.evolve(m, text=original[m.start : m.end]) for m in s.mentions)
            done = speakers[id(s)] = attrs.evolve(s, mentions=mentions)
        return done

    def quote(q: Quote) -> Quote:
        done = quotes.get(id(q))
        if done is None:
            lo, hi = bisect.bisect_left(soft_starts, q.start), bisect.bisect_left(soft_starts, q.end)
            rules = tuple(dict.fromkeys(s.rule for s in layout.soft[lo:hi]))
            when = q.said_on_text
            done = quotes[id(q)] = attrs.evolve(
                q,
                text=original[q.start : q.end],
                speaker=speaker(q.speaker),
                quantities=tuple(map(quantity, q.quantities)),
                evidence=q.evidence + tuple(r for r in rules if r not in q.evidence),
                said_on_text=attrs.evolve(when, text=original[when.start : when.end]) if when is not None else None,
                verbatim=tuple(attrs.evolve(v, text=original[v.start : v.end]) for v in q.verbatim),
            )
        return done

    def claim(c: Claim) -> Claim:
        return attrs.evolve(
            c,
            text=original[c.start : c.end],
            source=speaker(c.source),
            quote=quote(c.quote) if c.quote is not None else None,
            quantities=tuple(map(quantity, c.quantities)),
        )

    return attrs.evolve(result, quotes=tuple(map(quote, result.quotes)), claims=tuple(map(claim, result.claims)))


# --- Interview layouts: question turns and answer turns ------------------------------------

#: The longest turn label before a colon (``Marie-Claire Van den Berghe :``), in words.
LABEL_WORDS = 5
#: The longest question paragraph of a layout whose turns carry no label (in characters).
QUESTION_LENGTH = 300
#: The fewest question → answer pairs that make an interview.
PAIRS = 2
#: The most paragraphs one answer runs over in a layout whose turns carry no label: more, and
#: the paragraphs after a question are an article's narration, not its answer.
ANSWER_PARAGRAPHS = 3

_INITIALS = regex.compile(r"(?:\p{Lu}\.?[ \u00a0-]?){1,3}")
_WORD_RE = regex.compile(r"\w+['’]?")
_GAP = r"[ \t\u00a0\u202f]"


@functools.cache
def _interview_patterns(lang: LanguageData) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The rubric, the credit line and ``nous`` opening a clause, compiled once per language."""
    data = lang.layout
    return (
        regex.compile(data.INTERVIEW_RUBRIC, regex.IGNORECASE),
        regex.compile(data.INTERVIEW_CREDIT, regex.IGNORECASE),
        regex.compile(data.FIRST_PERSON_SUBJECT, regex.IGNORECASE),
    )


@functools.cache
def _label(lang: LanguageData) -> regex.Pattern[str]:
    """A turn label at a line's start: ``Marie Dupont :``, ``Q :`` (a label alone on its line too),
    ``Fabrice LOHER. –`` (a name, a period and a dash). Quotation marks never stand in one."""
    data = lang.layout
    marks = regex.escape("".join(sorted(data.OPENING | data.CLOSING | data.TOGGLING)))
    dashes = regex.escape("".join(sorted(data.TURN_DASHES)))
    return regex.compile(
        rf"([^\s:?!.,;{marks}(][^:?!,;{marks}\n]{{0,60}}?)(?:{_GAP}*:|\.{_GAP}+[{dashes}])(?:{_GAP}+(?=\S)|{_GAP}*$)"
    )


@attrs.frozen
class Answer:
    """One answer paragraph of an interview: its text ``[start, end)`` (label left out), the
    label's span when a name or initials label it, and where the first question starts (the
    interviewee is introduced before it)."""

    start: int
    end: int
    label: tuple[int, int] | None
    label_kind: str | None  #: ``name``, ``initials``, ``answer`` (R :), ``dash`` or None
    questions_start: int
    credits: tuple[tuple[int, int], ...] = ()  #: credit lines: the journalist they name is no interviewee
    question: tuple[int, int] = (0, 0)  #: the question turn the answer follows (its text, label left out)


@attrs.frozen
class _Turn:
    lead: int  # the paragraph's first visible character
    content: int  # where its text starts, after the label
    last: int
    label: str | None  # the label as written (a name, initials, Q, R), a dash, or None
    kind: str | None  # question, answer, name, initials, dash, or None
    asks: bool  # the text ends with a question mark
    quoted: bool  # it opens with a quotation mark, or a quotation is open at its start
    label_end: int  # where the label's name ends (before its colon or its period)

    @property
    def empty(self) -> bool:
        return self.content >= self.last


def _label_kind(label: str, lang: LanguageData) -> str | None:
    data = lang.layout
    folded = label.casefold().rstrip(".")
    if folded in data.QUESTION_LABELS:
        return "question"
    if folded in data.ANSWER_LABELS:
        return "answer"
    if _INITIALS.fullmatch(label.strip()):
        return "initials"
    words = label.split()
    if len(words) > LABEL_WORDS or not words[0][:1].isupper() or any(c.isdigit() for c in label):
        return None
    if any(w[:1].islower() and len(w) > 3 for w in words):
        return None  # a clause, not a name: "La ministre répond"
    return "name"


def _turns(text: str, lang: LanguageData) -> list[_Turn]:
    """The text's paragraphs as turns; a line without a label after one whose sentence goes on
    (``… vont-ils de nouveau`` / ``bloquer les routes ?``) is part of the same turn."""
    data = lang.layout
    quotes = _Quotes(lang)
    label_re = _label(lang)
    turns: list[_Turn] = []
    joined = False  # the previous line belongs to the current paragraph
    for line in _lines(text):
        if line.blank:
            quotes.reset()
            joined = False
            continue
        opened = quotes.open or text[line.lead] in data.OPENING or text[line.lead] in data.TOGGLING
        quotes.read(text, line.lead, line.last)
        content, label, kind, label_end = line.lead, None, None, line.lead
        if text[line.lead] in data.TURN_DASHES and (line.lead + 1 >= line.last or text[line.lead + 1].isspace()):
            content, label, kind = line.lead + 1, text[line.lead], "dash"
        else:
            m = label_re.match(text, line.lead, line.last)
            if m is not None and (found := _label_kind(m.group(1), lang)) is not None:
                content, label, kind, label_end = m.end(), m.group(1).strip(), found, m.end(1)
        while content < line.last and text[content].isspace():
            content += 1
        end = line.last
        while end > content and (text[end - 1] in data.CLOSERS or text[end - 1] in _PADDING):
            end -= 1
        asks = end > content and text[end - 1] == "?"
        if joined and label is None and turns and not opened:
            prev = turns[-1]
            stop = prev.last
            while stop > prev.content and (text[stop - 1] in data.CLOSERS or text[stop - 1] in _PADDING):
                stop -= 1
            if stop > prev.content and text[stop - 1] not in data.SENTENCE_FINAL:
                turns[-1] = attrs.evolve(prev, last=line.last, asks=asks)
                continue
        turns.append(_Turn(line.lead, content, line.last, label, kind, asks, opened, label_end))
        joined = True
    return turns


def _interviewer_labels(turns: list[_Turn]) -> frozenset[str]:
    """Labels most of whose turns ask a question, at least ``PAIRS`` times: the interviewer's
    (``Le Temps :``), not the outlets a press review quotes once each."""
    asking: dict[str, list[int]] = {}
    for t in turns:
        if t.label is not None and t.kind in ("name", "initials"):
            counts = asking.setdefault(t.label.casefold(), [0, 0])
            counts[0 if t.asks else 1] += 1
    return frozenset(label for label, (yes, no) in asking.items() if yes > no and yes >= PAIRS)


def _asking_for_outlet(
    turns: list[_Turn], interviewer: frozenset[str], text: str, lang: LanguageData
) -> frozenset[str]:
    """The interviewer labels that ask for an outlet or a journalist: a label that opens with an
    article (``Le Progrès :``, ``L'Est Républicain :``), any after a rubric or with a credit line
    (``Entretien avec …``, then ``Brest Hebdo :``), or one whose answers are labelled by a person
    the text names before its first question (``Ouest-France :`` … ``Anne Roy :``). Two
    characters of a play (``LUCIE :`` / ``ARMAND :``), councillors of a council's minutes, debaters
    none of whom the introduction names, ask as no interviewer."""
    if not interviewer:
        return interviewer
    first = min(t.lead for t in turns if t.label is not None and t.label.casefold() in interviewer)
    labels = {t.lead for t in turns if t.label is not None}
    head = text[:first].casefold()

    def introduced(label: str) -> bool:  # named in the introduction, not only as a turn's label
        return any(m.start() not in labels for m in regex.finditer(regex.escape(label), head))

    named = any(
        t.kind == "initials" or (t.kind == "name" and introduced(t.label.casefold()))
        for t in turns
        if t.label is not None and t.lead > first and t.label.casefold() not in interviewer
    )
    said = _said(text, turns, first, lang)  # "Entretien avec la maire de Brest." then "Brest Hebdo :"
    outlet = tuple(lang.layout.OUTLET_ARTICLES)
    return frozenset(label for label in interviewer if named or said or label.startswith(outlet))


def _unquoted(paragraph: str, lang: LanguageData) -> str:
    """The paragraph without what its quotation marks hold: a first person quoted in narration
    (``Le maire a répondu que « nous … »``) is not the paragraph's own voice."""
    quotes = _Quotes(lang)
    kept = []
    for ch in paragraph:
        was = quotes.open
        quotes.read(ch, 0, 1)
        kept.append(ch if not (was or quotes.open) else " ")
    return "".join(kept)


def _first_person(paragraph: str, lang: LanguageData, plural: bool = True) -> bool:
    """Whether a paragraph speaks in the first person outside its quotation marks: a singular
    pronoun or possessive (not the title ``Me``, an abbreviation as written), or ``nous`` opening
    a clause (not the journalist's ``nous`` after a verb, nor ``notre journal``, ``nos lecteurs``);
    with ``plural`` false, the singular only (``nous`` may be the journalist's or the editor's)."""
    data = lang.layout
    plain = _unquoted(paragraph, lang)
    for m in _WORD_RE.finditer(plain):
        word = m.group()
        if word.rstrip("'’") in data.ABBREVIATIONS:
            continue
        if word.casefold() in data.FIRST_PERSON:
            return True
    return plural and _interview_patterns(lang)[2].search(plain) is not None


def _said(text: str, turns: list[_Turn], before: int, lang: LanguageData) -> bool:
    """Whether the text shows itself an interview: a rubric on a line of its own before its first
    question (``Entretien.``, ``Entretien avec X``, ``X répond à nos questions``), or a credit line
    of its own anywhere (``Propos recueillis par Y``)."""
    rubric, credit, _ = _interview_patterns(lang)
    for t in turns:
        line = text[t.lead : t.last]
        if credit.fullmatch(line) or (t.lead < before and rubric.search(line)):
            return True
    return False


def interview_answers(text: str, lang: LanguageData) -> tuple[Answer, ...]:
    """The answer paragraphs of an interview laid out as turns, or nothing when ``text`` is no interview.

    An interview is shown by its layout, never guessed from questions in an article. A question
    turn is a paragraph labelled by the interviewer (``Q :``, ``Le Temps :``: a label whose turns
    ask), or, in a text that says it is an interview, a short paragraph that ends with a question
    mark or, in a layout of dashes, the dash paragraph after an answer; the paragraphs after it
    up to the next question are its answers (a paragraph without a label after the first one only when
    it speaks in the first person: else narration has resumed), a label (``Marie Dupont :``, ``M. D. :``,
    ``Fabrice LOHER. –``, ``R :``, a dash) left out, a credit line never one, a label alone no
    answer. A paragraph that opens inside a quotation is no turn. The text is an interview when
    ``PAIRS`` questions have an answer, some answer speaks in the first person (a FAQ does not),
    and either labels mark most question → answer pairs, or the text says it is an interview
    (a rubric line at its head, a credit line) and its questions and answers alternate regularly
    (no answer longer than ``ANSWER_PARAGRAPHS`` paragraphs, no question left unanswered).
    """
    turns = _turns(text, lang)
    interviewer = _asking_for_outlet(turns, _interviewer_labels(turns), text, lang)
    credit = _interview_patterns(lang)[1]
    groups: list[tuple[_Turn, list[_Turn]]] = []  # each question and its answer paragraphs
    previous: _Turn | None = None
    credits: list[tuple[int, int]] = []
    current: list[_Turn] | None = None  # the answers of the last question, None after a quoted paragraph
    held: list[_Turn] = []  # unlabelled paragraphs after a labelled answer: its own, if a label follows
    for t in turns:
        if t.quoted:
            current = previous = None
            held = []
            continue
        if credit.fullmatch(text, t.lead, t.last):
            credits.append((t.lead, t.last))
            previous = t
            held = []
            continue
        labelled_question = t.kind == "question" or (t.label is not None and t.label.casefold() in interviewer)
        bare_question = (t.kind in (None, "dash") and t.asks and t.last - t.content <= QUESTION_LENGTH) or (
            t.kind == "dash" and bool(current) and previous is not None and previous.kind == "dash"
        )
        if current is not None and held and (labelled_question or bare_question or t.kind is not None):
            current.extend(held)  # a label follows: the paragraphs held were the answer's own
            held = []
        if labelled_question or bare_question:
            current = []
            groups.append((t, current))
        elif current is not None:
            labelled_answer = bool(current) and current[0].kind in ("answer", "name", "initials")
            voiced = _first_person(text[t.content : t.last], lang)
            if t.kind is None and (held or (labelled_answer and not voiced)):
                held.append(t)  # "La coopérative a perdu …" inside a labelled answer, or narration after it
                previous = t
                continue
            if current and t.kind is None and not voiced:
                current = None  # "Le départ sera donné lundi.": the article's narration after the last answer
                previous = t
                continue
            current.append(t)
        previous = t
    groups = [(q, [a for a in answers if not a.empty]) for q, answers in groups]
    answered = [(q, answers) for q, answers in groups if answers]
    if len(answered) < PAIRS:
        return ()
    spoken = [text[a.content : a.last] for _, answers in answered for a in answers]
    if not any(_first_person(s, lang) for s in spoken):
        return ()
    singular = any(_first_person(s, lang, plural=False) for s in spoken)
    questions_start = groups[0][0].lead
    labelled = sum(
        (q.kind == "question" or (q.label or "").casefold() in interviewer)
        or answers[0].kind in ("answer", "name", "initials")
        for q, answers in answered
    )
    if 2 * labelled <= len(answered):
        regular = all(answers for _, answers in groups[:-1]) and all(
            len(answers) <= ANSWER_PARAGRAPHS for _, answers in groups
        )
        if not (regular and singular and _said(text, turns, questions_start, lang)):
            return ()
    elif not _said(text, turns, questions_start, lang):
        # "Nous vous conseillons …": a FAQ's editor, labelled answers in "nous" only after a rubric;
        # "Question : … / Réponse : …" with no rubric and no name: a FAQ, not an interview
        named = any(a.kind in ("name", "initials") for _, answers in answered for a in answers)
        if not (singular and (interviewer or named)):
            return ()
    out = []
    for question, answers in answered:
        label: tuple[int, int] | None = None
        kind: str | None = None
        for t in answers:
            if t.kind is not None or label is None:
                named = t.kind in ("name", "initials") and t.label is not None
                label, kind = ((t.lead, t.label_end) if named else None), t.kind
            # a paragraph without a label goes on with the answer its label opened
            asked = (question.content, question.last)
            out.append(Answer(t.content, t.last, label, kind, questions_start, tuple(credits), asked))
    return tuple(out)
