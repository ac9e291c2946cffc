"""Person nouns beyond the role lexicon: the learned model over word vectors and endings."""

from __future__ import annotations

import pytest

from quoteminer.lang import get_language
from quoteminer.parse import load
from quoteminer.persons import person_noun

FR = get_language("fr")


def _noun(sentence: str, word: str) -> bool:
    doc = load(FR.model)(sentence)
    (tok,) = [t for t in doc if t.text == word]
    return person_noun(tok, FR)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # listed roles and institutions: the lexicon decides
        ("Le porte-parole a répondu aux questions.", "porte-parole", True),
        ("Le ministère a répondu aux questions.", "ministère", False),
        # unlisted nouns that name people by function or description
        ("L'édile a inauguré la nouvelle salle des fêtes.", "édile", True),
        ("La sociologue a présenté ses recherches sur la ville.", "sociologue", True),
        ("L'historien a présenté ses recherches sur la ville.", "historien", True),
        ("Le quinquagénaire a été interpellé à son domicile.", "quinquagénaire", True),
        ("L'ingénieur a vérifié les canalisations du quartier.", "ingénieur", True),
        ("L'éleveur a perdu une partie de son troupeau.", "éleveur", True),
        ("Le cycliste a été renversé par un camion.", "cycliste", True),
        # unlisted nouns that do not
        ("Le rêve a pris fin avec la défaite.", "rêve", False),
        ("L'accord a été signé dans la nuit.", "accord", False),
        ("Le sondage a été publié mardi.", "sondage", False),
        ("La voiture a percuté un arbre.", "voiture", False),
    ],
)
def test_person_nouns(sentence: str, word: str, expected: bool) -> None:
    assert _noun(sentence, word) is expected


def test_only_nouns_name_people() -> None:
    doc = load(FR.model)("Il a rapidement répondu.")
    assert not any(person_noun(t, FR) for t in doc)
