"""quoteminer's copy of the model lemmatizes exactly as spaCy's own does, only faster on new words."""

from __future__ import annotations

import random

import spacy
from spacy.tokens import Doc

from quoteminer import parse


def test_the_known_lemmas_are_the_same_lists() -> None:
    plain = spacy.load("fr_core_news_md", exclude=["attribute_ruler"]).get_pipe("lemmatizer").lookups
    own = parse.load("fr_core_news_md").get_pipe("lemmatizer").lookups
    for key, words in plain.get_table("lemma_index").items():
        found = own.get_table("lemma_index")[key]
        assert found == words and list(found) == words
        assert words[0] in found and words[-1] in found and "pas un lemme" not in found


def test_new_words_get_spacys_lemmas() -> None:
    """Words neither lemmatizer has met, with every part of speech its rules read or pass by."""
    plain = spacy.load("fr_core_news_md", exclude=["attribute_ruler"])
    own = parse.load("fr_core_news_md")
    rng = random.Random(17)
    known = [w for words in plain.get_pipe("lemmatizer").lookups.get_table("lemma_index").values() for w in words]
    forms = [w + rng.choice(("", "s", "es", "ées", "ait", "ions", "ent", "x", "aux")) for w in rng.sample(known, 60)]
    forms += ["Marseille", "co-présidente", "3,5", "l'", "«"]
    for pos in ("NOUN", "VERB", "ADJ", "ADV", "AUX", "DET", "PRON", "PROPN", "PUNCT", "X"):
        expected, found = (
            Doc(plain.vocab, words=forms, pos=[pos] * len(forms)),
            Doc(own.vocab, words=forms, pos=[pos] * len(forms)),
        )
        spacy_lemmas = [plain.get_pipe("lemmatizer").lemmatize(t) for t in expected]
        assert [own.get_pipe("lemmatizer").lemmatize(t) for t in found] == spacy_lemmas
