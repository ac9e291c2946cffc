"""Signals that an attribution is second-hand or conditional, as data."""

from __future__ import annotations

#: Words in the attribution (cue clause or source phrase) that hedge it.
SOURCE_WORDS = frozenset(
    {
        "allégation",
        "allégations",
        "présumé",
        "présumée",
        "présumés",
        "présumées",
        "prétendu",
        "prétendue",
        "supposé",
        "supposée",
        "rumeur",
        "rumeurs",
    }
)

#: Phrases in the attribution that hedge it.
SOURCE_PHRASES = (
    "selon des sources",
    "selon plusieurs sources",
    "selon certaines sources",
    "de source proche",
    "source proche",
    "sources proches",
    "selon des informations",
    "selon certaines informations",
    "selon des témoins",
    "selon des rumeurs",
    "selon les observateurs",
    "selon des observateurs",
    "de sources concordantes",
    "selon une source",
    "d'après une source",
    "d'après des sources",
    "en substance",
)

#: Conditional endings of a French verb (3rd person): ``déclarerait``, ``dirait``, ``pourrait``;
#: the imperfect (``déclarait``, ``assurait``) ends in -ait too, but never in these.
CONDITIONAL_ENDINGS = ("erait", "eraient", "irait", "iraient", "rrait", "rraient", "drait", "draient")

#: Auxiliaries in the conditional: ``aurait déclaré``, ``auraient affirmé``.
CONDITIONAL_AUXILIARIES = frozenset({"aurait", "auraient", "serait", "seraient"})
