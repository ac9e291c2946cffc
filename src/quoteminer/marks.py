"""Quote marks: text → quoted spans and diagnostics.

One left-to-right pass over the characters that can be quotation marks or
paragraph breaks, with a stack of open marks. Invariants:

- linear time and memory in the length of the text, whatever it holds: every
  mark is pushed and popped at most once, nesting deeper than ``MAX_DEPTH`` is
  counted rather than tracked, and best-effort spans of unmatched closers never
  overlap one another;
- every span's ``start``/``end`` index the caller's string, padding excluded;
- an apostrophe of elision (l’État, aujourd'hui) never opens or closes;
- nothing is lost silently: each unmatched or unclosed mark gives a diagnostic,
  and a best-effort span where there is content;
- a quote runs over a paragraph break only when it already holds a word: a run of
  bare opening marks never swallows the paragraphs after it.
"""

from __future__ import annotations

import attrs
import regex

from quoteminer.lang import LanguageData
from quoteminer.model import Diagnostic

__all__ = ["MAX_DEPTH", "QuoteSpan", "scan"]

#: Nesting deeper than this is not tracked (real text nests two or three deep).
MAX_DEPTH = 8

# Paragraph breaks: the line breaks of ``parse.make_view`` (the separators U+001C-U+001E
# are not among them: the view drops them like other controls).
_BREAK = "\n\r\u2028\u2029\x0b\x0c\x85"
# A word character: a quote holding none so far does not run on into the next paragraph.
_WORD = regex.compile(r"\w")


@attrs.frozen
class QuoteSpan:
    """A pair of quotation marks (or a best-effort half pair) and its content."""

    start: int
    end: int
    open_mark: str | None
    open_offset: int | None
    close_mark: str | None
    close_offset: int | None
    depth: int
    paragraphs: int = 1  # how many paragraphs the quote runs over


@attrs.define
class _Open:
    mark: str
    offset: int
    family: str
    index: int  # slot reserved in the output for ordering
    paragraphs: int = 1


def _family(mark: str) -> str:
    """Marks that can close one another share a family."""
    if mark in "«»":
        return "«"
    if mark in "“”„":
        return "“"
    if mark in "‹›":
        return "‹"
    if mark in "‘’‚":
        return "‘"
    return mark  # straight " and '


class _Scanner:
    def __init__(self, text: str, lang: LanguageData) -> None:
        self.text = text
        self.lang = lang
        self.marks = lang.marks
        self.stack: list[_Open] = []
        self.open_count: dict[str, int] = {}
        self.deep: dict[str, int] = {}
        self.deep_first: int | None = None
        self.spans: list[QuoteSpan | None] = []
        self.diagnostics: list[Diagnostic] = []
        self.paragraph_start = 0
        self.floor = 0  # best-effort spans of unmatched closers start here at the earliest
        self.skip_at = -1

    # -- helpers -------------------------------------------------------------
    def _prev(self, i: int) -> str:
        return self.text[i - 1] if i > 0 else " "

    def _next(self, i: int) -> str:
        return self.text[i + 1] if i + 1 < len(self.text) else " "

    def _left_flanking(self, i: int) -> bool:
        prev, nxt = self._prev(i), self._next(i)
        return (prev.isspace() or prev in self.marks.OPENING_CONTEXT) and not nxt.isspace()

    def _right_flanking(self, i: int) -> bool:
        prev, nxt = self._prev(i), self._next(i)
        return not prev.isspace() and (nxt.isspace() or nxt in self.marks.CLOSING_CONTEXT)

    def _content(self, lo: int, hi: int) -> tuple[int, int]:
        pad = self.marks.PADDING
        while lo < hi and self.text[lo] in pad:
            lo += 1
        while hi > lo and self.text[hi - 1] in pad:
            hi -= 1
        return lo, hi

    def _diag(self, code: str, message: str, start: int, end: int) -> None:
        self.diagnostics.append(Diagnostic(code=code, message=message, start=start, end=end))

    # -- stack ---------------------------------------------------------------
    def _push(self, mark: str, offset: int) -> None:
        family = _family(mark)
        if len(self.stack) >= MAX_DEPTH:
            self.deep[family] = self.deep.get(family, 0) + 1
            if self.deep_first is None:
                self.deep_first = offset
            return
        self.stack.append(_Open(mark, offset, family, len(self.spans)))
        self.spans.append(None)
        self.open_count[family] = self.open_count.get(family, 0) + 1

    def _pop(self) -> _Open:
        top = self.stack.pop()
        self.open_count[top.family] -= 1
        return top

    def _emit(self, opened: _Open, close_mark: str | None, close_offset: int | None, hi: int) -> None:
        start, end = self._content(opened.offset + 1, hi)
        depth = len(self.stack)
        if start >= end:
            self._diag(
                "empty-quote",
                f"quotation marks {opened.mark}…{close_mark or ''} enclose nothing",
                opened.offset,
                (close_offset + 1) if close_offset is not None else hi,
            )
            return
        self.spans[opened.index] = QuoteSpan(
            start=start,
            end=end,
            open_mark=opened.mark,
            open_offset=opened.offset,
            close_mark=close_mark,
            close_offset=close_offset,
            depth=depth,
            paragraphs=opened.paragraphs,
        )

    def _unclosed(self, hi: int) -> None:
        """Close the top of the stack at ``hi`` (best effort) and say so."""
        opened = self._pop()
        self._diag(
            "unclosed-quote",
            f"opening mark {opened.mark} is never closed; the quote is taken to run to the end of its paragraph",
            opened.offset,
            hi,
        )
        self._emit(opened, None, None, hi)

    def _flush_deep(self, hi: int) -> None:
        if self.deep_first is not None:
            count = sum(self.deep.values())
            self._diag(
                "nesting-too-deep",
                f"{count} quotation marks nested deeper than {MAX_DEPTH} levels were read as plain text",
                self.deep_first,
                hi,
            )
        self.deep.clear()
        self.deep_first = None

    # -- events --------------------------------------------------------------
    def paragraph_break(self, at: int, next_start: int) -> None:
        """A line break at ``at``; the next paragraph's first non-space is at ``next_start``."""
        end_of_par = at
        while end_of_par > self.paragraph_start and self.text[end_of_par - 1].isspace():
            end_of_par -= 1
        first = self.text[next_start] if next_start < len(self.text) else ""
        continues = False
        if self.stack:
            outer = self.stack[0]
            cont = self.marks.CONTINUATION.get(outer.mark, frozenset())
            # « « « ¶ « … »: a quote with no word yet is stray marks, not a running quote
            said = outer.paragraphs > 1 or _WORD.search(self.text, outer.offset + 1, end_of_par) is not None
            continues = bool(first) and first in cont and said
        # Inner quotes never run over a paragraph break; the outer one may.
        keep = 1 if continues else 0
        while len(self.stack) > keep:
            self._unclosed(end_of_par)
        if continues:
            self.stack[0].paragraphs += 1
            self.skip_at = next_start
        self._flush_deep(end_of_par)
        self.paragraph_start = next_start
        self.floor = next_start

    def mark(self, i: int, ch: str) -> None:
        if i == self.skip_at:
            return
        m = self.marks
        if ch in m.APOSTROPHES:
            prev, nxt = self._prev(i), self._next(i)
            if prev.isalnum() and nxt.isalnum():
                return  # elision or a word-internal apostrophe: aujourd'hui, l’État
        role = self._role(i, ch)
        if role == "open":
            self._push(ch, i)
        elif role == "close":
            self._close(i, ch)

    def _role(self, i: int, ch: str) -> str | None:
        m = self.marks
        family = _family(ch)
        if ch in m.OPEN_ONLY:
            return "open"
        if ch in m.CLOSE_ONLY:
            return "close"
        if ch == "“":
            return "close" if self.open_count.get("“", 0) and self.stack[-1].mark == "„" else "open"
        if ch == "”":
            if self.open_count.get("“", 0) or self.deep.get("“", 0):
                return "close"
            return "open" if self._left_flanking(i) and not self._right_flanking(i) else "close"
        if ch in ("‘", "‚"):
            return "open" if self.stack and self._left_flanking(i) else None
        if ch == "’":
            return "close" if (self.open_count.get("‘", 0) or self.deep.get("‘", 0)) else None
        if ch == "'":
            is_open = self.open_count.get("'", 0) > 0
            if is_open and not self._left_flanking(i):
                return "close"
            if self.stack and self._left_flanking(i) and not self._prev(i).isalnum():
                return "open"
            return None
        if ch == '"':
            is_open = self.open_count.get(family, 0) > 0 or self.deep.get(family, 0) > 0
            left, right = self._left_flanking(i), self._right_flanking(i)
            if left and not right:
                # An opening-looking mark while one is open in this paragraph closes
                # it only when nothing else suggests a new opening: prefer closing
                # when the open quote would otherwise never close.
                return "close" if is_open and self._prev(i) in m.PADDING else "open"
            if right and not left:
                return "close"
            return "close" if is_open else "open"
        return None

    def _close(self, i: int, ch: str) -> None:
        family = _family(ch)
        if self.deep.get(family, 0):
            self.deep[family] -= 1
            return
        if self.open_count.get(family, 0):
            while self.stack[-1].family != family:
                self._unclosed(i)
            opened = self._pop()
            self._emit(opened, ch, i, i)
            self.floor = i + 1
            return
        # A closing mark with nothing to close: best effort from the paragraph
        # (or the last closing mark) to here.
        lo = max(self.floor, self.stack[-1].offset + 1 if self.stack else 0)
        self._diag("unmatched-close", f"closing mark {ch} has no opening mark", i, i + 1)
        start, end = self._content(lo, i)
        if start < end and ch in "»”›":
            self.spans.append(
                QuoteSpan(
                    start=start,
                    end=end,
                    open_mark=None,
                    open_offset=None,
                    close_mark=ch,
                    close_offset=i,
                    depth=len(self.stack),
                )
            )
        self.floor = i + 1

    def finish(self) -> tuple[list[QuoteSpan], list[Diagnostic]]:
        end = len(self.text)
        while end > self.paragraph_start and self.text[end - 1].isspace():
            end -= 1
        while self.stack:
            self._unclosed(end)
        self._flush_deep(end)
        spans = [s for s in self.spans if s is not None]
        spans.sort(key=lambda s: (s.start, -s.end))
        return spans, self.diagnostics


def scan(text: str, lang: LanguageData) -> tuple[list[QuoteSpan], list[Diagnostic]]:
    """Find every quoted span of ``text``; return them in text order with diagnostics."""
    scanner = _Scanner(text, lang)
    pattern = lang.mark_pattern
    for match in pattern.finditer(text):
        i = match.start()
        ch = text[i]
        if ch in _BREAK:
            scanner.paragraph_break(i, match.end())
        else:
            scanner.mark(i, ch)
    return scanner.finish()


def compile_mark_pattern(marks: str) -> regex.Pattern[str]:
    """One pattern for the scan: a mark, or a line break with the blank run after it.

    The blank run takes in invisible characters too (a bidi mark, a byte-order mark,
    controls), so the next paragraph's first visible character decides whether a quote
    runs on into it.
    """
    chars = regex.escape(marks)
    blank = r"[\s\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cs}]"
    return regex.compile(rf"[{regex.escape(_BREAK)}]{blank}*|[{chars}]")
