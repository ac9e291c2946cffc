"""French: the table of contents of quoteminer's French knowledge."""

from __future__ import annotations

from quoteminer.lang import LanguageData
from quoteminer.lang.fr import (
    acts,
    boilerplate,
    cues,
    dates,
    hedges,
    layout,
    marks,
    mentions,
    numbers,
    pronouns,
    roles,
    syntax,
)

FRENCH = LanguageData(
    code="fr",
    model="fr_core_news_md",
    # its morphologizer gives the parts of speech and features the stages read; the
    # attribute_ruler only maps tags they never read (186 fixtures: identical output; it is
    # 4% of nlp(text) in benchmarks/breakdown.py)
    unread_components=("attribute_ruler",),
    marks=marks,  # quotation marks, padding, continuation
    boilerplate=boilerplate,  # consent banners, page furniture
    cues=cues,  # reporting verbs and expressions, by act
    roles=roles,  # titles, honorifics, role nouns, organisations
    pronouns=pronouns,  # subject pronouns with gender and number
    acts=acts,  # content signals of each speech act
    hedges=hedges,  # second-hand and conditional attribution
    numbers=numbers,  # number words, qualifiers, units
    mentions=mentions,  # words that make a quotation a name or a title
    dates=dates,  # time expressions: the words and the grammar of dates
    layout=layout,  # how lines end and start: wrapped lines, paragraphs, lists
    syntax=syntax,  # function words the attribution stages step over
)
