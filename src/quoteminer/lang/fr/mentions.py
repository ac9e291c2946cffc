"""Words that make the next quotation a name or a title, not speech.

``l'émission « … »``, ``la loi dite « … »``, ``une comédie musicale nommée « … »``,
``le thème du « … »``: the quoted words name a work, a law, a theme or a thing.
Collected from the development corpus and common French press usage.
"""

from __future__ import annotations

#: Nouns that introduce the name or title that follows them in quotation marks.
NAMING_NOUNS = frozenset(
    {
        "album",
        "amendement",
        "campagne",
        "catégorie",
        "chanson",
        "collection",
        "comédie",
        "documentaire",
        "émission",
        "exposition",
        "film",
        "hashtag",
        "journal",
        "livre",
        "logiciel",
        "loi",
        "magazine",
        "manifeste",
        "mot",
        "mot-clé",
        "mouvement",
        "notion",
        "nom",
        "opération",
        "ouvrage",
        "pièce",
        "plan",
        "programme",
        "projet",
        "rapport",
        "rubrique",
        "sculpture",
        "série",
        "slogan",
        "spectacle",
        "tableau",
        "terme",
        "thème",
        "titre",
        "vidéo",
        "expression",
        "label",
        "note",
        "vigilance",
        "alerte",
        "appellation",
        "marque",
        "groupe",
        "parti",
        "association",
        "dispositif",
        "formule",
        "concept",
        "dossier",
        "affaire",
        "doctrine",
        # works, groups and media of regional news: "le collectif « … »", "son dernier disque « … »"
        "collectif",
        "disque",
        "roman",
        "festival",
        "troupe",
        "revue",
        "quotidien",
        "hebdomadaire",
        "chaîne",
        "radio",
        "site",
        "blog",
        "pétition",
        "fondation",
        "club",
        # businesses, places and companies named in quotation marks: "le restaurant « Chez Marcel »"
        "bar",
        "boutique",
        "brasserie",
        "café",
        "cinéma",
        "compagnie",
        "chorale",
        "enseigne",
        "entreprise",
        "fanfare",
        "hôtel",
        "lotissement",
        "magasin",
        "orchestre",
        "résidence",
        "restaurant",
        "salle",
        "société",
        # contests and events of local news: "le concours « Non au harcèlement »", "le trophée « … »"
        "challenge",
        "concours",
        "gala",
        "rallye",
        "salon",
        "tournoi",
        "trophée",
        # bodies and networks named in regional news: "le réseau « Bienvenue à la ferme »"
        "amicale",
        "cercle",
        "comité",
        "confrérie",
        "coopérative",
        "fédération",
        "ligue",
        "réseau",
        "syndicat",
        # nicknames: "son surnom « … »"
        "sobriquet",
        "surnom",
    }
)

#: Signs, banners, leaflets and mottos: what they read is quoted after them, with or without a
#: colon ("une banderole « Non à la fermeture »", "une immense banderole : « Allez les Rouges »").
SIGN_NOUNS = frozenset(
    {
        "affiche",
        "banderole",
        "calicot",
        "devise",
        "écriteau",
        "fronton",
        "plaque",
        "stèle",
        "inscription",
        "pancarte",
        "panneau",
        "slogan",
        "tract",
    }
)

NAMING_NOUNS = NAMING_NOUNS | SIGN_NOUNS

#: Participles and verbs that introduce a name: ``baptisé « … »``, ``dite « … »``.
NAMING_VERBS = frozenset(
    {
        "appeler",
        "baptiser",
        "dénommer",
        "dire",
        "intituler",
        "nommer",
        "surnommer",
        "labelliser",
        "désigner",
        "rebaptiser",
    }
)

#: Verbs that give an object of their own a name (``ce qu'il appelle « … »``, ``les riverains
#: surnomment ce carrefour « … »``); ``dire`` names only as a participle (``la loi dite « … »``).
OBJECT_NAMING_VERBS = frozenset({"appeler", "baptiser", "dénommer", "nommer", "surnommer", "rebaptiser"})

#: Demonstratives that, with the copula, identify a quotation with what follows
#: (``« … », c'est le titre de l'exposition``, ``« … », ce sera le nom du jardin``).
IDENTIFYING_PRONOUNS = frozenset({"ce", "c'", "c’", "cela", "ça"})

#: Prepositions that open a sentence on the sign the quoted words are written on (``Sur la
#: banderole, on pouvait lire : « … »``).
WRITTEN_ON = frozenset({"sur"})

#: What introduces examples rather than words said (``des pages telles que « suicide »``): quoted
#: words after one are named, a mention.
EXAMPLE_INTRODUCERS = ("tel que", "telle que", "tels que", "telles que")
