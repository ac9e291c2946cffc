"""Titles, honorifics, role nouns and organisation words of French news."""

from __future__ import annotations

from types import MappingProxyType

#: Honorifics → gender they reveal.
HONORIFICS = MappingProxyType(
    {
        "m.": "masc",
        "mr": "masc",
        "mr.": "masc",
        "monsieur": "masc",
        "mme": "fem",
        "mme.": "fem",
        "madame": "fem",
        "mlle": "fem",
        "mlle.": "fem",
        "mademoiselle": "fem",
        "me": None,
        "me.": None,
        "dr": None,
        "dr.": None,
        "pr": None,
        "pr.": None,
        "mgr": "masc",  # monseigneur, a bishop
        "mgr.": "masc",
        "monseigneur": "masc",
        "maître": None,
        "mm.": "masc",  # messieurs
        "mmes": "fem",
    }
)

#: Trades, crafts and shops (lower case, singular, both genders): the regional press's people by
#: their trade (``la boulangère``, ``le fromager``), person nouns the model of person nouns misses.
#: A calling, not an office: a definite description by one takes up the person the sentence before
#: was about whatever title that person bears (coreference's epithets). Role nouns too.
TRADE_NOUNS = frozenset(
    {
        "commerçant",
        "commerçante",
        "chauffeur",
        "artisan",
        "artisane",
        "boulanger",
        "boulangère",
        "pâtissier",
        "pâtissière",
        "boucher",
        "bouchère",
        "charcutier",
        "charcutière",
        "fromager",
        "fromagère",
        "épicier",
        "épicière",
        "poissonnier",
        "poissonnière",
        "maraîcher",
        "maraîchère",
        "menuisier",
        "menuisière",
        "charpentier",
        "charpentière",
        "plombier",
        "plombière",
        "maçon",
        "maçonne",
        "électricien",
        "électricienne",
        "mécanicien",
        "mécanicienne",
        "serrurier",
        "serrurière",
        "couvreur",
        "couvreuse",
        "coiffeur",
        "coiffeuse",
        "couturier",
        "couturière",
        "cordonnier",
        "cordonnière",
        "horloger",
        "horlogère",
        "bijoutier",
        "bijoutière",
        "hôtelier",
        "hôtelière",
        "vigneron",
        "vigneronne",
        "viticulteur",
        "viticultrice",
        "meunier",
        "meunière",
        "fermier",
        "fermière",
        "bûcheron",
        "bûcheronne",
        "forgeron",
        "forgeronne",
        "chauffeuse",
        "marchand",
        "marchande",
        "cuisinier",
        "restaurateur",
        "restauratrice",
        "apiculteur",
        "apicultrice",
        "brasseur",
        "brasseuse",
        "garagiste",
        "fleuriste",
        "buraliste",
        "libraire",
        "aubergiste",
        "ébéniste",
        "carreleur",
        "tapissier",
        "tapissière",
    }
)

#: Role nouns (lower case, singular): a person's title. Gendered forms both listed.
ROLE_NOUNS = TRADE_NOUNS | frozenset(
    {
        "correspondant",
        "correspondante",
        "reporter",
        "propriétaire",
        "victime",
        "élève",
        "étudiant",
        "étudiante",
        "enseignant",
        "enseignante",
        "salarié",
        "salariée",
        "employé",
        "employée",
        "ouvrier",
        "ouvrière",
        # trades that act as a group in the news ("Les routiers menacent de bloquer les dépôts")
        "routier",
        "routière",
        "cheminot",
        "cheminote",
        "docker",
        "lycéen",
        "lycéenne",  # (boulanger, boulangère: trades above)
        "agriculteur",
        "agricultrice",
        "patient",
        "patiente",
        "électeur",
        "électrice",
        "citoyen",
        "citoyenne",
        "père",
        "mère",
        "fils",
        "fille",
        "frère",
        "sœur",
        "époux",
        "épouse",
        "ami",
        "amie",
        "voisin",
        "voisine",
        "policier",
        "policière",
        "gendarme",
        "soldat",
        "militaire",
        "pilote",
        "scientifique",
        "infirmier",
        # the press's words for taking up a person named with a more precise title
        # (ROLE_HYPERNYMS below): each is a person's function, never an institution
        "abbé",
        "adjudant",
        "adjudant-chef",
        "aide-soignant",
        "aide-soignante",
        "coach",
        "docteur",
        "officier",
        "parlementaire",
        "praticien",
        "praticienne",
        "prêtre",
        "principal",
        "principale",
        "soignant",
        "soignante",
        "technicien",
        "technicienne",
        "infirmière",
        "spécialiste",
        "observateur",
        "observatrice",
        "internaute",
        "utilisateur",
        "utilisatrice",
        "lecteur",
        "lectrice",
        "spectateur",
        "spectatrice",
        "supporter",
        "artiste",
        "proche",
        "survivant",
        "survivante",
        "rescapé",
        "rescapée",
        "blessé",
        "otage",
        "détenu",
        "détenue",
        "prisonnier",
        "prisonnière",
        "suspect",
        "suspecte",
        "accusé",
        "accusée",
        "prévenu",
        "prévenue",
        "plaignant",
        "plaignante",
        "guide",
        "touriste",
        "visiteur",
        "adjoint",
        "adjointe",
        "ambassadeur",
        "ambassadrice",
        "analyste",
        "archevêque",
        "avocat",
        "avocate",
        "candidat",
        "candidate",
        "cardinal",
        "chancelier",
        "chancelière",
        "chef",
        "cheffe",
        "colonel",
        "commandant",
        "commissaire",
        "conseiller",
        "conseillère",
        "député",
        "députée",
        "dirigeant",
        "dirigeante",
        "directeur",
        "directrice",
        "diplomate",
        "économiste",
        "élu",
        "élue",
        "émir",
        "empereur",
        "envoyé",
        "envoyée",
        "évêque",
        "expert",
        "experte",
        "fondateur",
        "fondatrice",
        "gouverneur",
        "général",
        "graphiste",
        "homme",
        "femme",
        "imam",
        "juge",
        "leader",
        "lieutenant",
        "maire",
        "préfet",
        "préfète",
        "sous-préfet",
        "maréchal",
        "médecin",
        "militant",
        "militante",
        "ministre",
        "négociateur",
        "négociatrice",
        "opposant",
        "opposante",
        "pape",
        "patron",
        "patronne",
        "porte-parole",
        "premier",
        "première",
        "président",
        "présidente",
        "prince",
        "princesse",
        "procureur",
        "procureure",
        "professeur",
        "professeure",
        "rapporteur",
        "rédacteur",
        "rédactrice",
        "reine",
        "représentant",
        "représentante",
        "responsable",
        "roi",
        "secrétaire",
        "sénateur",
        "sénatrice",
        "souverain",
        "souveraine",
        "sultan",
        "syndicaliste",
        "témoin",
        "trésorier",
        "vice-président",
        "vice-présidente",
        "pensionnaire",
        "chercheur",
        "chercheuse",
        "entraîneur",
        "joueur",
        "joueuse",
        "capitaine",
        "manifestant",
        "manifestante",
        "habitant",
        "habitante",
        "journaliste",
        "auteur",
        "autrice",
        "écrivain",
        "écrivaine",
        "réalisateur",
        "réalisatrice",
        "acteur",
        "actrice",
        "chanteur",
        "chanteuse",
        "président-directeur",
        "pdg",
        "dg",
        "ministère",
        # the State's local officers and the trades of regional news
        "sous-préfète",
        "recteur",
        "rectrice",
        "proviseur",
        "magistrat",
        "magistrate",
        "délégué",
        "déléguée",
        "ingénieur",
        "ingénieure",
        "organisateur",
        "organisatrice",
        "animateur",
        "animatrice",
        "coordinateur",
        "coordinatrice",
        "gérant",
        "gérante",
        "éleveur",
        "éleveuse",
        "pompier",
        "pharmacien",
        "pharmacienne",
        "vétérinaire",
        "curé",
        "pasteur",
        "rabbin",
        "sélectionneur",
        # people by what they share with others
        "collègue",
        "membre",
        "parent",
        "partenaire",
        "riverain",
        "riveraine",
        "adhérent",
        "adhérente",
        "bénévole",
        "participant",
        "participante",
        "usager",
        "usagère",
        "locataire",
        "résident",
        "résidente",
        "passager",
        "passagère",
        "automobiliste",
        "consommateur",
        "consommatrice",
        # hyphenated (COMPOUND_ROLE_NOUNS)
        "sage-femme",
        "aide-ménagère",
        "maître-nageur",
        "garde-chasse",
        "garde-pêche",
        "expert-comptable",
        "experte-comptable",
        "commissaire-priseur",
        "commissaire-priseure",
    }
)

#: Hyphenated role nouns the tokenizer would split at the hyphen (``sage`` ``-`` ``femme``), which
#: the parse then reads as an adjective and a name: kept as one token (the parse module adds them
#: to the tokenizer, in the written forms below and with a capital), and listed as person nouns.
#: (``porte-parole``, ``garde-champêtre``, ``sous-préfet`` are one token already.)
COMPOUND_ROLE_NOUNS = frozenset(
    {
        "sage-femme",
        "sages-femmes",
        "aide-soignant",
        "aide-soignante",
        "aides-soignants",
        "aides-soignantes",
        "aide-ménagère",
        "aides-ménagères",
        "maître-nageur",
        "maîtres-nageurs",
        "garde-chasse",
        "gardes-chasse",
        "garde-pêche",
        "expert-comptable",
        "experte-comptable",
        "experts-comptables",
        "commissaire-priseur",
        "commissaire-priseure",
        "commissaires-priseurs",
    }
)

#: Endings of the feminine of agent and role nouns (agricultrice, éleveuse, infirmière,
#: pharmacienne, maîtresse): a person noun that ends so while its lemma (its masculine) does not
#: names a woman, whatever gender the tagger gave it. From French grammar's feminine suffixes.
FEMININE_ENDINGS = ("esse", "euse", "ienne", "ière", "trice")

#: The ending of nouns of both genders (l'artiste, l'élève, la/le ministre, le/la journaliste):
#: after an elided article, a person noun that ends so and is its own lemma shows no gender,
#: whatever gender the tagger gave it. From French grammar's epicene nouns.
EPICENE_ENDINGS = ("e",)

#: Feminine role nouns reveal the gender of the person they name.
FEMININE_ROLES = frozenset(
    {
        "sage-femme",
        "aide-soignante",
        "aide-ménagère",
        "experte-comptable",
        "commissaire-priseure",
        "adjointe",
        "ambassadrice",
        "avocate",
        "candidate",
        "chancelière",
        "cheffe",
        "conseillère",
        "députée",
        "dirigeante",
        "directrice",
        "élue",
        "envoyée",
        "experte",
        "femme",
        "fondatrice",
        "militante",
        "négociatrice",
        "opposante",
        "patronne",
        "première",
        "présidente",
        "princesse",
        "procureure",
        "professeure",
        "rédactrice",
        "reine",
        "représentante",
        "sénatrice",
        "souveraine",
        "vice-présidente",
        "chercheuse",
        "joueuse",
        "manifestante",
        "habitante",
        "autrice",
        "écrivaine",
        "réalisatrice",
        "actrice",
        "chanteuse",
        "préfète",
        "sous-préfète",
        "rectrice",
        "magistrate",
        "déléguée",
        "ingénieure",
        "organisatrice",
        "animatrice",
        "coordinatrice",
        "gérante",
        "éleveuse",
        "pharmacienne",
        "riveraine",
        "adhérente",
        "participante",
        "usagère",
        "résidente",
        "passagère",
        "consommatrice",
        "artisane",
        "boulangère",
        "pâtissière",
        "bouchère",
        "charcutière",
        "fromagère",
        "épicière",
        "poissonnière",
        "maraîchère",
        "menuisière",
        "charpentière",
        "plombière",
        "maçonne",
        "électricienne",
        "mécanicienne",
        "serrurière",
        "couvreuse",
        "coiffeuse",
        "couturière",
        "cordonnière",
        "horlogère",
        "bijoutière",
        "hôtelière",
        "vigneronne",
        "viticultrice",
        "meunière",
        "fermière",
        "bûcheronne",
        "forgeronne",
        "chauffeuse",
        "commerçante",
        "marchande",
        "restauratrice",
        "apicultrice",
        "brasseuse",
        "tapissière",
    }
)

#: Nouns heading an organisation's name: a speaker of kind ``organization``.
ORGANIZATION_NOUNS = frozenset(
    {
        "administration",
        "agence",
        "armée",
        "association",
        "assemblée",
        "autorité",
        "autorités",
        "banque",
        "bureau",
        "cabinet",
        "comité",
        "commandement",
        "commission",
        "compagnie",
        "conseil",
        "cour",
        "département",
        "diplomatie",
        "direction",
        "entreprise",
        "état-major",
        "fédération",
        "fondation",
        "gouvernement",
        "groupe",
        "institut",
        "justice",
        "maison-blanche",
        "ministère",
        "mission",
        "ong",
        "organisation",
        "parlement",
        "parquet",
        "parti",
        "pentagone",
        "police",
        "préfecture",
        "présidence",
        "régime",
        "service",
        "services",
        "société",
        "syndicat",
        "tribunal",
        "union",
        "université",
        "kremlin",
        "élysée",
        "matignon",
        "quai",
        "onu",
        "otan",
        "ue",
        "fisc",
        "municipalité",
        "mairie",
        "ville",
        "club",
        "rédaction",
        "journal",
        "quotidien",
        "hebdomadaire",
        "chaîne",
        "chaine",  # the 1990 spelling
        "radio",
        "site",
        "magazine",
        # local and regional government, which speaks as an institution ("la région a annoncé")
        "région",
        "commune",
        "métropole",
        "agglomération",
        "intercommunalité",
        "collectivité",
        # public bodies, schools, hospitals, firms' sites
        "hôpital",
        "clinique",
        "lycée",
        "collège",
        "école",
        "académie",
        "rectorat",
        "caisse",
        "office",
        "usine",
        "firme",
        "enseigne",
        "filiale",
        "laboratoire",
        # bodies of wire copy (international politics, sport, industry): "…, a annoncé l'instance dans
        # un communiqué", "a précisé le constructeur", "selon l'observatoire"
        "ambassade",
        "chancellerie",
        "coalition",
        "constructeur",
        "consulat",
        "gendarmerie",
        "instance",
        "exécutif",
        "junte",
        "observatoire",
        "opérateur",
        "organisme",
        "rébellion",
        # rescue bodies and broadcasters of wire copy: "a indiqué la protection civile", "a rapporté la
        # télévision d'État"
        "protection",
        "télévision",
        # collectives and the parties of a trial
        "collectif",
        "coordination",
        "intersyndicale",
        "famille",
        "défense",
        "accusation",
    }
)

#: Nouns heading a collective source: a speaker of kind ``group``.
GROUP_NOUNS = frozenset(
    {
        "milices",
        "opposition",
        "majorité",
        "forces",
        "troupes",
        "partis",
        "gouvernements",
        "autorités",
        "états",
        "pays",
        "collectifs",
        "organisations",
        "ong",
        "médias",
        "journaux",
        "élèves",
        "étudiants",
        "policiers",
        "soldats",
        "militaires",
        "citoyens",
        "électeurs",
        "internautes",
        "proches",
        "voisins",
        "survivants",
        "rescapés",
        "otages",
        "détenus",
        "prisonniers",
        "travailleurs",
        "agriculteurs",
        "commerçants",
        "chauffeurs",
        "avocats",
        "juges",
        "députés",
        "sénateurs",
        "ministres",
        "maires",
        "dirigeants",
        "leaders",
        "opposants",
        "partisans",
        "analystes",
        "experts",
        "habitants",
        "manifestants",
        "militants",
        "observateurs",
        "rebelles",
        "riverains",
        "témoins",
        "spécialistes",
        "insurgés",
        "syndicats",
        "élus",
        "médecins",
        "chercheurs",
        "responsables",
        "diplomates",
        "sources",
        "associations",
        "familles",
        "victimes",
        "salariés",
        "employés",
        "enseignants",
        "parents",
        "fans",
        "supporters",
        # the sides of a conflict ("Les deux camps se sont accusés d'avoir violé la trêve")
        "camps",
        "belligérants",
        # groups of wire copy: armed groups, rescuers and investigators, scientists
        "talibans",
        "islamistes",
        "jihadistes",
        "djihadistes",
        "séparatistes",
        "combattants",
        "ravisseurs",
        "grévistes",
        "secouristes",
        "sauveteurs",
        "enquêteurs",
        "gendarmes",
        "organisateurs",
        "scientifiques",
        "économistes",
        "astronomes",
        "garde-côtes",
        "casques",
    }
)

#: Capitals and seats of power that stand for a government by metonymy.
METONYMS = frozenset(
    {
        "Washington",
        "Moscou",
        "Tripoli",
        "Paris",
        "Londres",
        "Pékin",
        "Berlin",
        "Ankara",
        "Téhéran",
        "Damas",
        "Bruxelles",
        "Tokyo",
        "Séoul",
        "Pyongyang",
        "Kiev",
        "Kyiv",
        "Jérusalem",
        "Rome",
        "Madrid",
        "Alger",
        "Rabat",
        "Tunis",
        "Le Caire",
        "Riyad",
        "Doha",
        "Benghazi",
        "Ottawa",
        "Québec",
        "Berne",
        "Vienne",
        "Varsovie",
        "Athènes",
        "Bagdad",
        "Kaboul",
        "Islamabad",
        "New Delhi",
        "Moscow",
        "Bamako",
        "Dakar",
        "Abidjan",
        "la Maison Blanche",
        "la Maison-Blanche",
        "le Kremlin",
        "l'Élysée",
        "Matignon",
    }
)

#: Common French first names with their gender (a hint where nothing else tells).
FIRST_NAMES = MappingProxyType(
    {
        **{
            n: "masc"
            for n in """
        Abdel Ahmad Ahmed Alain Alexandre Antoine Antoni Arnaud Barack Bernard Bruno
        Charles Christian Christophe Claude Daniel David Didier Dmitri Donald Emmanuel
        Éric Eric Fayez François Frédéric Georges Gérard Gilles Guillaume Henri Hu Jacques
        Jean Jean-Claude Jean-Luc Jean-Marc Jean-Marie Jean-Pierre Jérôme Joe John Joseph
        Khalifa Laurent Louis Luc Manuel Marc Mario Matteo Michel Mike Mitt Mohamed
        Mohammed Mouammar Nicolas Olivier Pascal Pat Patrick Paul Philippe Pierre Recep
        Rémi Richard Robert Roger Sébastien Serge Stéphane Thierry Thomas Vincent
        Vladimir Xavier Yves Miguel Mahmoud Ali Omar Ghassan Bachar Benyamin Benjamin
        Hassan Hussein Youssef Karim Sergueï Sergei Viktor Volodymyr Angela Gilbert
        Félix Ban Kofi Abdelaziz Fabien Lionel Jean-Yves Jean-François Martin
    """.split()
        },
        **{
            n: "fem"
            for n in """
        Angela Anne Ségolène Marine Martine Hillary Jennifer Christine Catherine Claire
        Hélène Isabelle Julie Laurence Marie Marie-France Nathalie Sophie Sylvie Valérie
        Véronique Élisabeth Elisabeth Nicole Rachida Najat Fleur Aurélie Cécile Chantal
        Monique Françoise Sandrine Navi Theresa Ursula Kamala Nancy Condoleezza Hilary
        Dilma Cristina Yulia Ioulia Aung Federica Catherine Margrethe Amélie Emmanuelle
    """.split()
        },
    }
)

#: Hypernyms that take up the organisation last named, whatever its kind
#: (``Reporters sans frontières … l'organisation notait``); accents folded.
GENERIC_ORGANIZATION_NOUNS = frozenset(
    {"organisation", "association", "ong", "entreprise", "societe", "firme", "compagnie", "institution", "agence"}
)

#: Nouns that describe what kind of body an organisation is, before its proper name, and are
#: no part of that name: ``la guérilla marxiste des FARC`` is the FARC, ``les écuries de F1
#: Williams et McLaren`` are Williams and McLaren, ``le site RealClearPolitics`` is
#: RealClearPolitics (unlike ``le ministère de la Santé``, whose complement makes the name).
#: Lemmas, from the press's usual descriptions of armed groups, teams, firms and media.
DESCRIPTIVE_ORGANIZATION_NOUNS = frozenset(
    {
        "chaîne",
        "club",
        "constructeur",
        "écurie",
        "équipe",
        "groupe",
        "guérilla",
        "hebdomadaire",
        "journal",
        "magazine",
        "milice",
        "mouvement",
        "quotidien",
        "rébellion",
        "site",
        "télévision",
    }
)

#: Periphrases of the press for an office (folded: no accents, hyphens as spaces) → the role
#: words its holder bears in the document (``le pensionnaire de la Maison-Blanche``, and the
#: French press's usual names for a mayor, the head of state or of government and a prefect:
#: ``l'édile``, ``le chef de l'État``, ``le représentant de l'État``).
PERIPHRASES = MappingProxyType(
    {
        "chef de l'etat": "président",
        "chef du gouvernement": "premier ministre",
        "edile": "maire",
        "premier edile": "maire",
        "premier magistrat de la commune": "maire",
        "premier magistrat de la ville": "maire",
        "premier magistrat": "maire",
        "representant de l'etat": "préfet",
        "representante de l'etat": "préfète",
        "pensionnaire de la maison blanche": "président américain",
        "locataire de la maison blanche": "président américain",
        "hote de la maison blanche": "président américain",
        "locataire de l'elysee": "président",
        "hote de l'elysee": "président",
        "locataire du kremlin": "président russe",
        "maitre du kremlin": "président russe",
        "locataire de matignon": "premier ministre",
        "hote de matignon": "premier ministre",
        "locataire de downing street": "premier ministre britannique",
    }
)


#: Nouns the press uses to take up a person it has named with a more precise title (folded
#: lemma → the title words they stand for, folded, both genders): ``Le maire de Toul, Alain
#: Perrin, … a déclaré l'élu``, ``le procureur … le magistrat``, ``le président du club … le
#: dirigeant``. Classes of offices (elected, judicial, executive, sporting), not the words of one
#: article: a hypernym takes up the latest person whose title it covers.
_OFFICES = {
    "dirigeant": (
        "president",
        "presidente",
        "directeur",
        "directrice",
        "pdg",
        "patron",
        "patronne",
        "gerant",
        "chancelier",
        "chanceliere",
    ),
    "defenseur": ("avocat", "avocate"),
    "penaliste": ("avocat", "avocate"),
    "elu": (
        "maire",
        "adjoint",
        "adjointe",
        "conseiller",
        "conseillere",
        "depute",
        "deputee",
        "eurodepute",
        "eurodeputee",
        "senateur",
        "senatrice",
        "president",
        "presidente",
    ),
    "gendarme": (
        "adjudant",
        "adjudant-chef",
        "major",
        "brigadier",
        "marechal des logis",
        "capitaine",
        "lieutenant",
        "commandant",
        "chef d'escadron",
    ),
    "magistrat": ("procureur", "procureure", "juge", "substitut", "president", "presidente"),
    "chef d'etablissement": ("proviseur", "proviseure", "principal", "principale", "directeur", "directrice"),
    "coach": ("entraineur", "entraineuse", "selectionneur", "selectionneuse"),
    "medecin": ("docteur", "chirurgien", "chirurgienne", "generaliste", "pediatre", "cardiologue"),
    "officier": (
        "commandant",
        "capitaine",
        "lieutenant",
        "lieutenant-colonel",
        "colonel",
        "general",
        "chef d'escadron",
    ),
    "militaire": (
        "adjudant",
        "adjudant-chef",
        "major",
        "sergent",
        "capitaine",
        "lieutenant",
        "commandant",
        "lieutenant-colonel",
        "colonel",
        "general",
        "chef d'escadron",
    ),
    "sous-officier": (
        "adjudant",
        "adjudant-chef",
        "major",
        "sergent",
        "sergent-chef",
        "brigadier",
        "brigadier-chef",
        "marechal des logis",
        "marechal des logis-chef",
    ),
    "parlementaire": ("depute", "deputee", "senateur", "senatrice", "eurodepute", "eurodeputee"),
    "pretre": ("pere", "abbe", "cure", "vicaire", "chanoine"),
    "praticien": ("docteur", "medecin", "chirurgien", "chirurgienne", "generaliste", "pediatre", "cardiologue"),
    "patron": ("president", "presidente", "directeur", "directrice", "pdg"),
    "responsable": ("directeur", "directrice", "president", "presidente", "chef", "secretaire", "delegue"),
    "syndicaliste": ("secretaire", "delegue", "deleguee", "responsable"),
    "soignant": ("infirmier", "infirmiere", "aide-soignant", "aide-soignante", "sage-femme"),
    "technicien": ("entraineur", "entraineuse", "selectionneur", "selectionneuse"),
    "artiste": (
        "chanteur",
        "chanteuse",
        "musicien",
        "musicienne",
        "comedien",
        "comedienne",
        "acteur",
        "actrice",
        "danseur",
        "danseuse",
        "peintre",
        "sculpteur",
        "sculptrice",
        "rappeur",
        "rappeuse",
        "humoriste",
        "photographe",
        "plasticien",
        "plasticienne",
    ),
    "policier": ("commissaire", "brigadier", "brigadier-chef", "gardien de la paix"),
    # the State's senior civil servants in a department: "Le préfet du Doubs, X, … le haut fonctionnaire"
    "haut fonctionnaire": ("prefet", "prefete", "sous-prefet", "sous-prefete"),
    "haut-fonctionnaire": ("prefet", "prefete", "sous-prefet", "sous-prefete"),
}
#: the feminine forms of the classes, generated: "l'élue", "la magistrate", "la patronne"
_FEMININE = {
    "dirigeant": "dirigeante",
    "elu": "elue",
    "magistrat": "magistrate",
    "patron": "patronne",
    "praticien": "praticienne",
    "soignant": "soignante",
    "technicien": "technicienne",
    "policier": "policiere",
    "haut fonctionnaire": "haute fonctionnaire",
    "haut-fonctionnaire": "haute-fonctionnaire",
}
ROLE_HYPERNYMS = MappingProxyType({**_OFFICES, **{f: _OFFICES[m] for m, f in _FEMININE.items()}})

#: Nouns that describe a person by age, stage of life or circumstance, never by an office: the
#: press's way of taking up the person it has just introduced (``Un chauffeur de bus a été
#: agressé … raconte le quinquagénaire``, ``Jeanne Dupré, 82 ans, … la vieille dame``), whatever
#: title or role that person was given. Folded lemmas (the head noun, or adjective and noun).
PERSON_DESCRIPTIONS = frozenset(
    {
        "adolescent",
        "adolescente",
        "centenaire",
        "jeune femme",
        "jeune fille",
        "jeune homme",
        "mere de famille",
        "nonagenaire",
        "octogenaire",
        "pere de famille",
        "quadragenaire",
        "quadra",
        "quinquagenaire",
        "quinqua",
        "retraite",
        "retraitee",
        "septuagenaire",
        "sexagenaire",
        "trentenaire",
        "vieil homme",
        "vieille dame",
        "vieille femme",
        "vieux monsieur",
    }
)

#: Nouns that describe a person by a distinction won, whatever title that person was given, and
#: whose complement names a prize or a contest, not whose office it is: a definite description
#: of the person just introduced (``Aung San Suu Kyi … la lauréate du prix Nobel de la paix``,
#: ``le vainqueur du Tour de Lombardie``). Folded lemmas and forms.
DISTINCTION_NOUNS = frozenset(
    {
        "champion",
        "championne",
        "gagnant",
        "gagnante",
        "laureat",
        "laureate",
        "medaille",
        "medaillee",
        "vainqueur",
        "vainqueure",
    }
)


#: The ages (lowest, highest, in years) an age noun says (``le quinquagénaire``: 50 to 59), which
#: the stated age of a person must agree with for the noun to take that person up (``Un homme de 52
#: ans … le capitaine Alain Férry … Le quinquagénaire``: the man of 52). Folded lemmas.
AGE_NOUNS = MappingProxyType(
    {
        "trentenaire": (30, 39),
        "quadragenaire": (40, 49),
        "quadra": (40, 49),
        "quinquagenaire": (50, 59),
        "quinqua": (50, 59),
        "sexagenaire": (60, 69),
        "septuagenaire": (70, 79),
        "octogenaire": (80, 89),
        "nonagenaire": (90, 99),
        "centenaire": (100, 130),
    }
)

#: The word that follows a number to state a person's age (``Georges Hanriot, 67 ans``).
AGE_UNITS = frozenset({"ans"})


def _first_name_genders() -> dict[str, str]:
    from importlib import resources

    text = resources.files(__package__).joinpath("first_names.txt").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


#: The gender of some 30 000 first names (INSEE, through tools/build_first_names.py), the
#: hand list above first: what tells ``elle`` from ``il`` about a named person. Not a test
#: of personhood (``France`` is a first name too): ``FIRST_NAMES`` is.
FIRST_NAME_GENDERS = MappingProxyType({**_first_name_genders(), **FIRST_NAMES})

#: Descriptions by circumstance whose grammatical gender says nothing of the person's: ``la
#: victime`` takes up the man just introduced as well as a woman (``Robert Klein, 67 ans, a été
#: agressé … raconte la victime``). Folded lemmas; they take up a person of either gender.
EPICENE_DESCRIPTIONS = frozenset({"victime"})

#: The noun of ``à la tête de X`` / ``prendre la tête de X``: leading X (folded lemma).
HEADSHIP_NOUNS = frozenset({"tete"})

#: The titles of whoever leads an organisation, masculine and feminine: someone ``réélu à la tête
#: du comité`` is the ``président du comité`` a later description names (or its ``directeur``,
#: ``chef``, ``patron``, ``dirigeant``, ``responsable``).
HEADSHIP_TITLES = MappingProxyType(
    {
        "masc": ("président", "directeur", "chef", "patron", "dirigeant", "responsable"),
        "fem": ("présidente", "directrice", "cheffe", "patronne", "dirigeante", "responsable"),
    }
)

#: Nouns of a trial whose complement names the person tried (``le procès de Didier Lemoine``):
#: that person is the defendant a later ``l'accusé`` / ``le prévenu`` takes up. Folded lemmas.
TRIAL_NOUNS = frozenset({"proces"})

#: The titles of the person a trial is of, masculine and feminine.
DEFENDANT_TITLES = MappingProxyType(
    {
        "masc": ("accusé", "prévenu"),
        "fem": ("accusée", "prévenue"),
    }
)

#: First words of organisation names too common to stand for the whole name (``Parti`` is no
#: short form of ``Parti socialiste``), folded: a one-word name matches a longer one it starts
#: only if it is not one of these.
COMMON_ORGANIZATION_HEADS = frozenset(
    {"parti", "ministere", "groupe", "conseil", "union", "agence", "comite", "commission"}
)
