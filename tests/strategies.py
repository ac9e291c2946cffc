"""Shared hypothesis strategies: French-like text, quotation pairs, messy input."""

from __future__ import annotations

from hypothesis import strategies as st

#: Pairs the scanner must recognise as outer quotes, with the padding French typography uses.
PAIRS = (
    ("«", "»", ""),
    ("«", "»", " "),
    ("«", "»", "\u00a0"),
    ("«", "»", "\u202f"),
    ("«", "»", "\u2009"),
    ("“", "”", ""),
    ('"', '"', ""),
    ("„", "“", ""),
    ("‹", "›", ""),
)

_MARKS = set("«»“”„‹›‘’‚\"'")
_WORDS = (
    "le président a déclaré que la situation était grave et il faut agir vite "
    "selon le ministère les combats ont fait trente morts l'État aujourd'hui qu'il "
    "Nous appelons à l'arrêt immédiat des opérations Washington Tripoli général"
).split()

#: A word of French news text (apostrophes of elision included, no quotation marks).
words = st.sampled_from(_WORDS)

#: Plain content with no quotation marks and no line breaks, never blank.
content = st.lists(words, min_size=1, max_size=12).map(" ".join)

#: Any text without quotation marks or line breaks (for wrapping).
plain = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="".join(_MARKS)),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() and s.strip() == s and not any(c.isspace() and c != " " for c in s))

#: Prose that may hold anything: marks, breaks, controls, surrogates, emoji.
messy = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from([*_MARKS, "\n", "\n\n", "\r\n", "\u00ad", "\u200b", "\u202e", "\x00", "😀", ":", ",", "."]),
        words,
    ),
    max_size=120,
).map(" ".join)

pairs = st.sampled_from(PAIRS)
