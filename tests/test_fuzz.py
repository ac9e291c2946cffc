"""Fuzzing the whole pipeline: French-like articles with random marks, cues, names and junk.

Whatever the article, ``extract`` returns, every offset reproduces the input, and a
speaker is given only where a cue or a resolution supports it.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import quoteminer
from quoteminer import Extraction, QuoteKind
from tests import strategies as S

#: Sources as articles name them: full names, titles, roles, pronouns, organisations.
SOURCES = (
    "Arnaud Montebourg",
    "Claire Martin",
    "Jean-Luc Dupont",
    "M. Durand",
    "Mme Lefèvre",
    "la ministre de la Santé",
    "le porte-parole du gouvernement",
    "le général Haftar",
    "le ministère",
    "les rebelles",
    "l'AFP",
    "il",
    "elle",
    "ils",
)
#: Reporting verbs, plain and inverted, in tenses news uses.
VERBS = (
    "a déclaré",
    "a affirmé",
    "a dit",
    "a estimé",
    "a démenti",
    "a averti",
    "a assuré",
    "a dénoncé",
    "a ajouté",
    "déclare",
    "affirme",
    "a réclamé",
    "a promis",
)
PREPOSITIONS = ("Selon", "D'après", "Pour", "Aux yeux de")
INVERTED = ("a-t-il déclaré", "a-t-elle ajouté", "déclare-t-il", "affirme-t-elle", "ont-ils dit", "a-t-on appris")
#: Quotation pairs, paired or not, and stray marks.
OPEN_CLOSE = (*((o, c, p) for o, c, p in S.PAIRS), ("«", "", " "), ("", "»", " "), ('"', "", ""), ("‘", "’", ""))
#: What scraped text slips in: invisible characters, controls, surrogates, emoji.
JUNK = ("\u00ad", "\u200b", "\u200d", "\u202e", "\ufeff", "\x00", "\x1b", "\ud800", "😀", "🇫🇷", "\u00a0")
BREAKS = ("\n\n", "\n", "\r\n", "\r", "\u2028", "\r\n\r\n", "\n \n")

content = st.lists(S.words, min_size=1, max_size=10).map(" ".join)
source = st.sampled_from(SOURCES)
pair = st.sampled_from(OPEN_CLOSE)


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """One sentence of an article: a quote before or after its cue, reported speech, or narrative."""
    shape = draw(st.integers(0, 6))
    words = draw(content)
    opening, closing, pad = draw(pair)
    quoted = f"{opening}{pad}{words.capitalize()}{pad}{closing}"
    who = draw(source)
    if shape == 0:  # « … », a déclaré X.
        return f"{quoted}, {draw(st.sampled_from(VERBS))} {who}."
    if shape == 1:  # « … », a-t-il déclaré.
        return f"{quoted}, {draw(st.sampled_from(INVERTED))}."
    if shape == 2:  # X a déclaré : « … ».
        return f"{who.capitalize()} {draw(st.sampled_from(VERBS))} : {quoted}."
    if shape == 3:  # X a déclaré que …
        return f"{who.capitalize()} {draw(st.sampled_from(VERBS))} que {words}."
    if shape == 4:  # Selon X, …
        return f"{draw(st.sampled_from(PREPOSITIONS))} {who}, {words}."
    if shape == 5:  # a partial quote inside narrative
        return f"{who.capitalize()} a parlé d'un {quoted} {draw(content)}."
    return f"{words.capitalize()}."  # narrative


@st.composite
def article(draw: st.DrawFn) -> str:
    """Paragraphs of sentences, any line endings, junk slipped in anywhere."""
    paragraphs = draw(st.lists(st.lists(sentence(), min_size=1, max_size=4).map(" ".join), min_size=1, max_size=5))
    text = paragraphs[0]
    for paragraph in paragraphs[1:]:
        text += draw(st.sampled_from(BREAKS)) + paragraph
    for position, junk in draw(st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(JUNK)), max_size=6)):
        at = position % (len(text) + 1)
        text = text[:at] + junk + text[at:]
    return text


def check_invariants(text: str, result: Extraction) -> None:
    """What must hold of any result: offsets into the input, supported speakers."""
    for quote in result.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.open_offset is None or text[quote.open_offset] == quote.open_mark
        assert quote.close_offset is None or text[quote.close_offset] == quote.close_mark
        if quote.kind is QuoteKind.MENTION:
            assert quote.speaker is None and quote.act is None
        if quote.speaker is not None:
            # a speaker only where a cue introduces the quote, an earlier speaker is inherited (the
            # previous one, the one of the paragraph before: speaker.inherited_next_paragraph, or the
            # paragraph's one named subject: speaker.paragraph_person), or the speaker ranker picked a
            # candidate the rules nominated (speaker.ranked + speaker.candidate.*)
            inheriting = {"speaker.inherited", "speaker.inherited_next_paragraph", "speaker.paragraph_person"}
            supported = (inheriting | {"speaker.ranked"}) & set(quote.evidence)
            assert quote.cue is not None or supported, quote
            assert quote.speaker.mentions, quote.speaker
            for mention in quote.speaker.mentions:
                assert text[mention.start : mention.end] == mention.text
        for quantity in quote.quantities:
            assert text[quantity.start : quantity.end] == quantity.text
    for claim in result.claims:
        assert text[claim.start : claim.end] == claim.text
    for diagnostic in result.diagnostics:
        assert 0 <= diagnostic.start <= diagnostic.end <= len(text)


@given(article())
# found by hypothesis: a cueless quotation given the paragraph's one named subject
@example("«Le», a déclaré il. Président a le. «Le était», a-t-il déclaré.")
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_any_article_keeps_the_invariants(text: str) -> None:
    check_invariants(text, quoteminer.extract(text))
