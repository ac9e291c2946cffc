"""Person nouns: a noun → whether it names a person by function or description.

``le porte-parole``, ``l'ingénieur``, ``l'édile``, ``le quinquagénaire``: the press names
people by what they do or are, in words no closed list holds. The language's role lexicon
(``lang/<code>/roles.py``) answers first; beyond it, a logistic model learned from the
parser's word vectors and the word's ending (``models/person_noun.json``, rebuilt by
``quoteminer train person_noun`` from the lexicons: role nouns against institutions,
documents, figures and abstract nouns) says whether an unlisted noun denotes a person.
Invariants:

- a listed role noun is a person, a listed institution, document or figure noun is not,
  whatever the model says;
- a word with no vector is judged by its ending alone;
- answers are cached per word form (the model is read once per process).
"""

from __future__ import annotations

import operator

from spacy.symbols import ADJ, NOUN
from spacy.tokens import Token

from quoteminer.lang import LanguageData
from quoteminer.learn import Features, load_model
from quoteminer.parse import fold

__all__ = ["noun_features", "person_noun"]

#: Endings whose letters the model sees (the last two and three letters of the lemma).
ENDINGS = (2, 3)


#: The names of a vector's dimensions as features (``v0``, ``v1``, …), made once.
_DIMENSIONS = tuple(f"v{i}" for i in range(300))


def noun_features(word: str, vector: object | None) -> Features:
    """The person-noun model's view of a word: its unit word vector and its endings."""
    out: dict[str, float] = {}
    if vector is not None:
        # (an array's ``tolist`` gives the floats ``float`` gives its items, without a numpy
        # scalar per item; the sum and the quotients are the same operations in the same order)
        tolist = getattr(vector, "tolist", None)
        values: list[float] = tolist() if tolist is not None else [float(x) for x in vector]  # type: ignore[attr-defined]
        norm = sum(map(operator.mul, values, values)) ** 0.5
        if norm > 0:
            names = _DIMENSIONS if len(values) <= len(_DIMENSIONS) else [f"v{i}" for i in range(len(values))]
            out.update(zip(names[: len(values)], [x / norm for x in values], strict=True))
    for n in ENDINGS:
        if len(word) > n:
            out[f"end{n}:{word[-n:]}"] = 1.0
    return out


def _listed(word: str, lang: LanguageData) -> bool | None:
    roles, cues = lang.roles, lang.cues
    if word in roles.ORGANIZATION_NOUNS or word in cues.DOCUMENT_NOUNS or word in cues.FIGURE_NOUNS:
        return False  # an institution before a role ("le ministère")
    if word in roles.ROLE_NOUNS or word in roles.FEMININE_ROLES or fold(word) in roles.PERSON_DESCRIPTIONS:
        return True  # (a description by age or stage of life too, listed folded: "la centenaire", "le retraité")
    if word in cues.NOT_SOURCES:
        return False
    return None


#: Answers by the ids of the model and the vocabulary (with the word): each entry holds the two
#: objects too, so that neither id can be reused by another object while the entry is there.
_CACHE: dict[tuple[int, int, str, str], tuple[bool, object, object]] = {}
#: At most this many word forms are remembered (the cache is cleared when it is full).
CACHE_SIZE = 65536


def _learned(tok: Token) -> bool:
    vocab = tok.vocab
    word = tok.lemma_.lower().removeprefix("ex-")
    model = load_model("person_noun")
    key = (id(model), id(vocab), tok.lower_, word)
    entry = _CACHE.get(key)
    if entry is not None:
        return entry[0]
    vector = vocab.get_vector(tok.lower_) if vocab.has_vector(tok.lower_) else None
    found: bool = model.probability(noun_features(word, vector)) >= model.threshold
    if len(_CACHE) >= CACHE_SIZE:
        _CACHE.clear()
    _CACHE[key] = (found, model, vocab)
    return found


def listed_person(word: str, lang: LanguageData) -> bool:
    """Whether ``word`` (lower case) is listed as a noun of a person's role or description."""
    return _listed(word, lang) is True


#: ``person_noun``'s answers by (language, lemma, lower-case form, vocabulary, model), the two
#: forms as the hashes a Token holds: asked per token, many times per noun ("le maire" in every
#: stage), the answer costs no string of spaCy's and no word list. The vocabulary and the model are
#: keyed by id and held by the entry, so that no other object can take their id while it is there.
_ANSWERS: dict[tuple[LanguageData, int, int, int, int], tuple[bool, object, object]] = {}


def person_noun(tok: Token, lang: LanguageData) -> bool:
    """Whether the noun ``tok`` names a person by function or description."""
    pos = tok.pos
    if pos != NOUN and pos != ADJ:
        return False
    vocab, model = tok.vocab, load_model("person_noun")
    key = (lang, tok.lemma, tok.lower, id(vocab), id(model))
    entry = _ANSWERS.get(key)
    if entry is not None:
        return entry[0]
    found = _person_noun(tok, lang)
    if len(_ANSWERS) >= CACHE_SIZE:
        _ANSWERS.clear()
    _ANSWERS[key] = (found, vocab, model)
    return found


def _person_noun(tok: Token, lang: LanguageData) -> bool:
    word = tok.lemma_.lower().removeprefix("ex-")
    for form in (word, tok.lower_):
        listed = _listed(form, lang)
        if listed is not None:
            return listed
    return _learned(tok)
