"""French pronouns that can stand for a speaker, with gender and number."""

from __future__ import annotations

from types import MappingProxyType

#: Subject pronouns (and their inverted clitic forms) → (gender, number).
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
        "lui": ("masc", "sing"),
        "eux": ("masc", "plur"),  # "selon eux"
    }
)

#: Relative pronouns that take their antecedent's reference.
RELATIVE = frozenset({"qui", "lequel", "laquelle"})

#: Impersonal subjects that never denote a speaker (``il faut``, ``on dit``).
IMPERSONAL_VERBS = frozenset({"falloir", "sembler", "paraître", "agir", "exister", "y avoir"})

#: Indefinite subjects: a cue whose subject is one of these has no speaker.
INDEFINITE = frozenset({"on", "-on", "ça", "cela", "ceci", "tout", "chacun", "personne"})
