"""French pronouns that can stand for a speaker, with gender and number."""

from __future__ import annotations

from types import MappingProxyType

#: Pronouns that can stand for a speaker (subject and inverted clitic forms, and the stressed
#: forms after ``selon``: ``lui``, ``eux``) → (gender, number).
SUBJECT = MappingProxyType(
    {
        "il": ("masc", "sing"),
        "elle": ("fem", "sing"),
        "ils": ("masc", "plur"),
        "elles": ("fem", "plur"),
        "-il": ("masc", "sing"),
        "-elle": ("fem", "sing"),
        "-ils": ("masc", "plur"),
        "-elles": ("fem", "plur"),
        "celui-ci": ("masc", "sing"),
        "celle-ci": ("fem", "sing"),
        "ce dernier": ("masc", "sing"),
        "cette dernière": ("fem", "sing"),
        "ceux-ci": ("masc", "plur"),
        "celles-ci": ("fem", "plur"),
        "ces derniers": ("masc", "plur"),
        "ces dernières": ("fem", "plur"),
        "lui": ("masc", "sing"),
        "eux": ("masc", "plur"),  # "selon eux"
    }
)

#: Demonstrative pronouns (forms of ``SUBJECT``): they take up the entity named last, subject or
#: not (``Le ministre a reçu le président de la FNSEA. Ce dernier a dénoncé …``).
DEMONSTRATIVE_SUBJECTS = frozenset(
    {"ce dernier", "celle-ci", "celles-ci", "celui-ci", "ces derniers", "ces dernières", "cette dernière", "ceux-ci"}
)

#: Nouns that, with a definite article, take up a person already named as a personal pronoun
#: does (``l'intéressé``: the person the story is about) → (gender, number).
ANAPHORIC_NOUNS = MappingProxyType(
    {
        "intéressé": ("masc", "sing"),
        "intéressée": ("fem", "sing"),
        "intéressés": ("masc", "plur"),
        "intéressées": ("fem", "plur"),
    }
)

#: Possessive determiners, by the number of their possessor (``selon ses sources``: one source).
POSSESSIVE = MappingProxyType({"son": "sing", "sa": "sing", "ses": "sing", "leur": "plur", "leurs": "plur"})

#: Pronouns heading a partitive source, one member of a group (``l'un des manifestants``,
#: ``l'une d'elles``) → the member's gender.
PARTITIVE = MappingProxyType({"un": "masc", "une": "fem"})

#: Relative pronouns that take their antecedent's reference.
RELATIVE = frozenset({"qui", "lequel", "laquelle"})

#: Impersonal subjects that never denote a speaker (``il faut``, ``on dit``).
IMPERSONAL_VERBS = frozenset({"falloir", "sembler", "paraître", "agir", "exister", "y avoir"})

#: Indefinite subjects: a cue whose subject is one of these has no speaker.
INDEFINITE = frozenset({"on", "-on", "ça", "cela", "ceci", "tout", "chacun", "personne"})

#: Definite determiners: a noun phrase they open refers to something already known.
DEFINITE = frozenset({"le", "la", "les", "l'", "l’"})

#: Demonstrative determiners: like the definite ones, a noun phrase they open takes up something
#: already known (``ces deux écuries``).
DEMONSTRATIVE = frozenset({"ce", "cet", "cette", "ces"})

#: Words that set a noun apart from the one already known (``selon d'autres témoignages``).
NEW_REFERENT = frozenset({"autre", "autres", "plusieurs", "certains", "certaines"})

#: Subject clitics written after their verb, glued to it by a hyphen (``déclare-t-il``,
#: ``a-t-on annoncé``), and the euphonic letter between a vowel and the clitic.
INVERTED_CLITICS = ("il", "elle", "ils", "elles", "on")
EUPHONIC_T = "t"
