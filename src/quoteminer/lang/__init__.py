"""Language data: everything a stage knows about a language, in one object.

Stages receive a :class:`LanguageData` and never import a language module
themselves, so adding a language never touches stage code.
"""

from __future__ import annotations

import functools
from types import ModuleType

import attrs
import regex

__all__ = ["CODES", "LanguageData", "get_language"]

#: The languages quoteminer knows.
CODES = ("fr",)


@attrs.frozen(cache_hash=True)  # a key of many functools caches, looked up per token
class LanguageData:
    """The lexicons and tables of one language, each a logic-free data module."""

    code: str
    model: str  #: the spaCy pipeline the language is parsed with
    marks: ModuleType
    boilerplate: ModuleType
    cues: ModuleType
    roles: ModuleType
    pronouns: ModuleType
    acts: ModuleType
    hedges: ModuleType
    numbers: ModuleType
    mentions: ModuleType
    syntax: ModuleType
    dates: ModuleType
    layout: ModuleType
    #: components of ``model`` quoteminer never reads, left out when it loads the model
    #: (each measured: every fixture's output identical without it)
    unread_components: tuple[str, ...] = ()
    mark_pattern: regex.Pattern[str] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        from quoteminer.marks import compile_mark_pattern

        object.__setattr__(self, "mark_pattern", compile_mark_pattern("".join(sorted(self.marks.ALL_MARKS))))


@functools.cache
def get_language(code: str) -> LanguageData:
    """The language data for ``code`` (only ``"fr"`` today)."""
    if not isinstance(code, str):
        raise TypeError(f"language code must be a str such as 'fr', not {type(code).__name__}")
    if code == "fr":
        from quoteminer.lang.fr import FRENCH

        return FRENCH
    raise ValueError(f"unsupported language {code!r}: quoteminer knows {', '.join(map(repr, CODES))}")
