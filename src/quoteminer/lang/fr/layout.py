"""How a line of French news text ends and how the next one starts, as data.

The layout stage reads these to tell a line wrapped inside a sentence from the end of
a paragraph or a headline. Sources: French typography (Imprimerie nationale, *Lexique
des règles typographiques*: final punctuation, closing marks after it, dashes of an
incise, list items), and what wire copy, e-mail and PDF text look like.
"""

from __future__ import annotations

#: Punctuation that ends a sentence.
SENTENCE_FINAL = frozenset(".!?…")

#: Closing marks and brackets that may follow a sentence's final punctuation: « … ».
CLOSERS = frozenset('»”"’)]›')

#: Line ends that leave a sentence unfinished: a paragraph or a headline never ends so.
UNFINISHED = frozenset(",;(«“„‹—–-/")

#: Marks that open a quotation and marks that close one (straight double quotes do
#: both, by turns).
OPENING = frozenset("«‹“„")
CLOSING = frozenset("»›”")
TOGGLING = frozenset('"')

#: The start of a list item: a bullet or a dash, or a number or letter with ``.`` or
#: ``)``, then a space (a regular expression).
LIST_ITEM = r"(?:[-–—•*·▪►‣◦]|\d{1,2}[.)]|[a-z][)])[ \t\u00a0]"

#: Words whose period ends no sentence (``M.\nSamaras``), besides a capital initial
#: (``Thomas D.\nWaldhauser``): compared as written, period left off.
ABBREVIATIONS = frozenset(
    """
    Dr Me Mgr Mlle Mlles MM Mme Mmes Mr Pr St Ste
    art av cf env hab p
    """.split()
)
