"""Scanning: patterns that begin at a word → their matches, each pattern tried only where it may begin.

``pattern.finditer(text)`` tries a pattern at every place of the text; for the time grammar
(``dates.py``: some twenty patterns over the whole text) and the quantity pattern
(``claims.py``) most of the time went to places where nothing can begin. A ``Starts`` finds
once per text the places where the patterns' look-behind admits a match, keys each by what
begins there, and asks once per key which patterns may begin so (the regex module's partial
matching); each pattern is then matched at its places only. Invariants:

- the patterns begin with the look-behind ``before``, never match the empty string and never
  end inside the word they begin in (each ends before no word character, or where a word ends);
- ``Starts(patterns, before).matches(text, pos, endpos)[k]`` is what
  ``patterns[k].finditer(text, pos, endpos)`` gives: the same matches, in the same order;
- where a key lets some pattern begin and a word follows it, the key is lengthened by that word
  and asked again (``le lundi`` lets what ``le`` let begin, ``le président`` nothing): any text
  from a place, cut anywhere before ``endpos``, is asked of the patterns as a key may be;
- what is remembered per key is bounded (``KNOWN``); a key forgotten is asked again, never
  answered wrongly;
- a pattern that holds a string every match contains is read by its own ``finditer`` (the regex
  module skips to that string), so that no ``match`` looks ahead to the end of the text: time
  stays linear in the text's length; it is read from the first place it may begin at, and not at
  all if there is none (``de`` is everywhere, ``la fin de l'année`` seldom).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence

import regex

__all__ = ["KNOWN", "Starts"]

#: The most keys a ``Starts`` remembers (it forgets them all when full).
KNOWN = 1 << 16


def _required(pattern: regex.Pattern[str]) -> tuple[int, ...]:
    """The characters of the string every match of ``pattern`` contains, as the regex module
    found them when it compiled it (kept for pickling; empty if this version keeps none)."""
    data: Sequence[object] = getattr(pattern, "_pickled_data", ())
    required = data[8] if len(data) > 8 else ()
    return tuple(required) if isinstance(required, tuple) else ()


class Starts:
    """Where each of ``patterns`` may match in a text, found once per text.

    A match begins at a place where ``before`` (a look-behind, the patterns' own) holds; it
    reads the whole word that starts there and, if it goes on, the character after it, or
    begins with the one character of no word found there: that beginning is the key.
    """

    def __init__(self, patterns: Sequence[regex.Pattern[str]], before: str) -> None:
        self.patterns = tuple(patterns)
        # A pattern with a string every match contains is left to its own scan: the regex module
        # looks for that string first, and fast (``années``, ``siècle``), whereas a ``match`` at
        # each place would look for it up to the end of the text each time (quadratic time).
        self._own_scan = tuple(bool(_required(p)) for p in self.patterns)
        self._starts = regex.compile(rf"{before}(?:\w+.?|.)", regex.DOTALL)
        self._next = regex.compile(r"\w+.?", regex.DOTALL)
        self._known: dict[str, tuple[int, ...]] = {}
        self._known_after: dict[str, tuple[int, ...]] = {}  # keys lengthened by the next word
        self._guard = threading.Lock()

    def may_begin(self, start: str) -> tuple[int, ...]:
        """The patterns (by index) that may match from a place where ``start`` begins: those that
        match it, or a part of it, or may go on past it. A key's first character is asked first
        (what may begin with the key may begin with it)."""
        found = self._known.get(start)
        if found is None:
            first = range(len(self.patterns)) if len(start) == 1 else self.may_begin(start[0])
            found = self._fitting(first, start)
            self._remember(self._known, start, found)
        return found

    def _after(self, key: str, which: tuple[int, ...]) -> tuple[int, ...]:
        """Those of ``which`` (the patterns that may begin with the key's first word) that may
        begin with ``key``, the first word and the next."""
        found = self._known_after.get(key)
        if found is None:
            found = self._fitting(which, key)
            self._remember(self._known_after, key, found)
        return found

    def _fitting(self, which: Iterable[int], key: str) -> tuple[int, ...]:
        """Those of the patterns ``which`` that match ``key``, a part of it, or may go on past it."""
        return tuple(k for k in which if self.patterns[k].match(key, partial=True) is not None)

    def _remember(self, table: dict[str, tuple[int, ...]], key: str, found: tuple[int, ...]) -> None:
        with self._guard:
            if len(table) >= KNOWN:
                table.clear()  # bounded: a table full of one collection's words starts again
            table[key] = found

    def matches(self, text: str, pos: int = 0, endpos: int | None = None) -> list[list[regex.Match[str]]]:
        """Each pattern's matches in ``text[pos:endpos]`` (look-behinds see before ``pos``), as its
        ``finditer`` gives them."""
        end = len(text) if endpos is None else endpos
        places: list[list[int]] = [[] for _ in self.patterns]
        known = self._known
        following = self._next.match
        for word in self._starts.finditer(text, pos, end):
            start = word.group()
            which = known.get(start)
            if which is None:
                which = self.may_begin(start)
            if which:  # most places begin no pattern
                begin = word.start()
                # "le ", "l'", "en ": most patterns that may begin with an article fail on the word
                # after it; the key with that word says which may still begin
                after = following(text, word.end(), end)
                if after is not None:
                    which = self._after(start + after.group(), which)
                for k in which:
                    places[k].append(begin)
        out: list[list[regex.Match[str]]] = []
        for pattern, at, own in zip(self.patterns, places, self._own_scan, strict=True):
            if own:
                # no match begins before the first place it may begin at (none if there is none)
                out.append(list(pattern.finditer(text, at[0], end)) if at else [])
                continue
            found: list[regex.Match[str]] = []
            reached = pos  # as finditer: the next match starts where the last one ended
            for p in at:
                if p >= reached and (m := pattern.match(text, p, end)) is not None:
                    found.append(m)
                    reached = m.end()
            out.append(found)
        return out
