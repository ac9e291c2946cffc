"""Quotation marks of French news typography, as data.

Sources: Imprimerie nationale, *Lexique des règles typographiques* (guillemets
« » with fine or no-break spaces, “ ” and ‘ ’ as inner marks); what scraped
French news pages actually contain (straight quotes, „ “, ‹ ›, missing spaces).
"""

from __future__ import annotations

from types import MappingProxyType

#: Each opening mark and the closing marks that end it.
PAIRS = MappingProxyType(
    {
        "«": frozenset("»"),
        "“": frozenset("”"),
        "„": frozenset("“”"),
        "‹": frozenset("›"),
        "‘": frozenset("’"),
        "‚": frozenset("’‘"),
        '"': frozenset('"'),
        "'": frozenset("'"),
    }
)

#: Marks that never close anything: they only open.
OPEN_ONLY = frozenset("«„‹")

#: Marks that only close.
CLOSE_ONLY = frozenset("»›")

#: Marks that open a quote only inside another one (French inner quotes); the
#: apostrophe-like ones double as the apostrophe of elision (l’État, qu'il).
INNER_ONLY = frozenset("‘‚'")
APOSTROPHES = frozenset("’'")

#: Marks that decide opening vs closing from their neighbours.
AMBIGUOUS = frozenset("\"'")

#: Marks that reopen a quote continuing into a new paragraph (« … ¶ « … »),
#: keyed by the mark that opened it.
CONTINUATION = MappingProxyType(
    {
        "«": frozenset("«»"),
        "“": frozenset("“«"),
        '"': frozenset('"'),
        "„": frozenset("„“"),
    }
)

#: Spaces that typography puts between a mark and its content.
PADDING = frozenset(" \u00a0\u202f\u2009\u2007\u2008\u200a\t")

#: Characters after which a mark opens (besides white space and the text start).
OPENING_CONTEXT = frozenset("([{«“„‘‹—–-/:")

#: Characters before which a mark closes (besides white space and the text end).
CLOSING_CONTEXT = frozenset(".,;:!?)]}»”’›…-—–")

#: Every character the scanner looks at.
ALL_MARKS = frozenset("«»“”„‹›‘’‚\"'")
