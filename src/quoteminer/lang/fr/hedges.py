"""Signals that an attribution is second-hand or conditional, as data.

From ANNOTATION.md §3 and docs/annotation.md (Hedging): the reporting verb in the
conditional (``aurait déclaré``), vague or unnamed sources (``selon des sources``,
``de source proche``, ``sous couvert d'anonymat``), what is presented as an
allegation (``allégations``, ``présumé``), relays (``dans la presse``) and
paraphrase (``en substance``). The phrases of unnamed sources are generated from
their parts below, so every determiner goes with every noun.
"""

from __future__ import annotations

#: Words in the attribution (cue clause or source phrase) that hedge it.
SOURCE_WORDS = frozenset(
    {
        "allégation",
        "allégations",
        "anonymat",
        "anonyme",
        "anonymes",
        "présumé",
        "présumée",
        "présumés",
        "présumées",
        "prétendu",
        "prétendue",
        "prétendus",
        "prétendues",
        "rumeur",
        "rumeurs",
        "supposé",
        "supposée",
        "supposés",
        "supposées",
    }
)

#: ``selon …``/``d'après …`` + one of these determiners + one of the nouns below: a vague source.
_VAGUE_DETERMINERS = (
    "certaines",
    "certains",
    "d'autres",
    "de nombreuses",
    "de nombreux",
    "de premières",
    "de premiers",
    "des",
    "diverses",
    "divers",
    "leurs propres",
    "leurs",
    "plusieurs",
    "ses propres",
    "ses",
    "une",
    "un",
)
_VAGUE_SOURCES = (
    "informations",
    "médias",
    "observateurs",
    "rumeurs",
    "source",
    "sources",
    "témoignages",
    "témoins",
)

#: Phrases in the attribution that hedge it.
SOURCE_PHRASES = (
    *(f"{prep} {det} {noun}" for prep in ("selon", "d'après") for det in _VAGUE_DETERMINERS for noun in _VAGUE_SOURCES),
    "selon les observateurs",
    "selon les rumeurs",
    "selon les témoins",
    "de source",
    "de sources",
    "de source proche",
    "de sources proches",
    "source proche",
    "sources proches",
    "de source sûre",
    "de sources concordantes",
    "de source officieuse",
    "sous couvert d'anonymat",
    "sous couvert de l'anonymat",
    "sous le couvert de l'anonymat",
    "requis l'anonymat",
    "dans la presse",
    "selon la presse",
    "d'après la presse",
    "en substance",
)

#: What a verb of wish or request may govern when a source asks not to be named (``une
#: infirmière, qui souhaite garder l'anonymat``, ``un cadre, qui a demandé à rester anonyme``): the
#: verb says who the source is, it reports nothing. Read after the verb and an optional ``de``/``à``.
ANONYMITY_REQUESTS = (
    "garder l'anonymat",
    "conserver l'anonymat",
    "préserver son anonymat",
    "rester anonyme",
    "demeurer anonyme",
    "l'anonymat",
    "ne pas être nommé",
    "ne pas être cité",
    "ne pas être identifié",
    "ne pas donner son nom",
    "ne pas dévoiler son nom",
)

#: Subjects of a reporting verb that name nobody: ``on indiquait à Bruxelles que …`` is relayed
#: from unnamed people.
UNNAMED_SUBJECTS = frozenset({"on", "-on", "l'on", "l’on"})

#: Determiners of a source phrase that leave its people unnamed (``selon des proches``,
#: ``à en croire certains élus``, ``d'après plusieurs habitants``): with a noun of persons they
#: hedge (unlike ``selon plusieurs associations``: institutions that can be checked). Longest first.
UNNAMED_DETERMINERS = (
    "de nombreuses",
    "de nombreux",
    "d'autres",
    "d’autres",
    "plusieurs",
    "quelques",
    "certaines",
    "certains",
    "diverses",
    "divers",
    "des",
)

#: Nouns of the press: a source phrase that names a medium without naming it (``selon un journal
#: local``, ``d'après une radio``) relays what others reported. Lemmas.
MEDIA_NOUNS = frozenset(
    {"agence", "chaîne", "hebdomadaire", "journal", "magazine", "média", "presse", "quotidien", "radio", "télévision"}
)

#: Indefinite determiners of such a medium.
MEDIA_DETERMINERS = frozenset({"un", "une", "des", "plusieurs", "certains", "certaines"})

#: Conditional endings of a French verb (3rd person): ``déclarerait``, ``dirait``, ``pourrait``;
#: the imperfect (``déclarait``, ``assurait``) ends in -ait too, but never in these.
CONDITIONAL_ENDINGS = ("erait", "eraient", "irait", "iraient", "rrait", "rraient", "drait", "draient")

#: Auxiliaries in the conditional: ``aurait déclaré``, ``auraient affirmé``, ``serait mort``.
CONDITIONAL_AUXILIARIES = frozenset({"aurait", "auraient", "serait", "seraient"})
