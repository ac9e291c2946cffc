"""Titles, honorifics, role nouns and organisation words of French news."""

from __future__ import annotations

from types import MappingProxyType

#: Honorifics → gender they reveal.
HONORIFICS = MappingProxyType({
    "m.": "masc", "mr": "masc", "mr.": "masc", "monsieur": "masc",
    "mme": "fem", "mme.": "fem", "madame": "fem", "mlle": "fem", "mademoiselle": "fem",
    "me": None, "me.": None, "dr": None, "dr.": None, "pr": None, "pr.": None,
})

#: Role nouns (lower case, singular): a person's title. Gendered forms both listed.
ROLE_NOUNS = frozenset({
    "adjoint", "adjointe", "ambassadeur", "ambassadrice", "analyste", "archevêque",
    "avocat", "avocate", "candidat", "candidate", "cardinal", "chancelier", "chancelière",
    "chef", "cheffe", "colonel", "commandant", "commissaire", "conseiller", "conseillère",
    "député", "députée", "dirigeant", "dirigeante", "directeur", "directrice", "diplomate",
    "économiste", "élu", "élue", "émir", "empereur", "envoyé", "envoyée", "évêque",
    "expert", "experte", "fondateur", "fondatrice", "gouverneur", "général", "graphiste",
    "homme", "femme", "imam", "juge", "leader", "lieutenant", "maire", "maréchal",
    "médecin", "militant", "militante", "ministre", "négociateur", "négociatrice",
    "opposant", "opposante", "pape", "patron", "patronne", "porte-parole", "premier",
    "première", "président", "présidente", "prince", "princesse", "procureur",
    "procureure", "professeur", "professeure", "rapporteur", "rédacteur", "rédactrice",
    "reine", "représentant", "représentante", "responsable", "roi", "secrétaire",
    "sénateur", "sénatrice", "souverain", "souveraine", "sultan", "syndicaliste",
    "témoin", "trésorier", "vice-président", "vice-présidente", "pensionnaire",
    "chercheur", "chercheuse", "entraîneur", "joueur", "joueuse", "capitaine",
    "manifestant", "manifestante", "habitant", "habitante", "journaliste", "auteur",
    "autrice", "écrivain", "écrivaine", "réalisateur", "réalisatrice", "acteur", "actrice",
    "chanteur", "chanteuse", "président-directeur", "pdg", "dg", "ministère",
})

#: Feminine role nouns reveal the gender of the person they name.
FEMININE_ROLES = frozenset({
    "adjointe", "ambassadrice", "avocate", "candidate", "chancelière", "cheffe",
    "conseillère", "députée", "dirigeante", "directrice", "élue", "envoyée", "experte",
    "femme", "fondatrice", "militante", "négociatrice", "opposante", "patronne",
    "première", "présidente", "princesse", "procureure", "professeure", "rédactrice",
    "reine", "représentante", "sénatrice", "souveraine", "vice-présidente", "chercheuse",
    "joueuse", "manifestante", "habitante", "autrice", "écrivaine", "réalisatrice",
    "actrice", "chanteuse",
})

#: Nouns heading an organisation's name: a speaker of kind ``organization``.
ORGANIZATION_NOUNS = frozenset({
    "administration", "agence", "armée", "association", "assemblée", "autorité",
    "autorités", "banque", "bureau", "cabinet", "comité", "commandement", "commission",
    "compagnie", "conseil", "cour", "département", "diplomatie", "direction", "entreprise",
    "état-major", "fédération", "fondation", "gouvernement", "groupe", "institut",
    "justice", "maison-blanche", "ministère", "mission", "ong", "organisation", "parlement",
    "parquet", "parti", "pentagone", "police", "préfecture", "présidence", "régime",
    "service", "services", "société", "syndicat", "tribunal", "union", "université",
    "kremlin", "élysée", "matignon", "quai", "onu", "otan", "ue", "fisc", "municipalité",
    "mairie", "ville", "club", "rédaction", "journal", "quotidien", "hebdomadaire",
    "chaîne", "radio", "site", "magazine",
})

#: Nouns heading a collective source: a speaker of kind ``group``.
GROUP_NOUNS = frozenset({
    "analystes", "experts", "habitants", "manifestants", "militants", "observateurs",
    "opposants", "rebelles", "riverains", "témoins", "spécialistes", "insurgés", "syndicats", "élus", "médecins", "chercheurs", "responsables",
    "dirigeants", "diplomates", "sources", "associations", "familles", "victimes",
    "salariés", "employés", "étudiants", "enseignants", "parents", "fans", "supporters",
})

#: Capitals and seats of power that stand for a government by metonymy.
METONYMS = frozenset({
    "Washington", "Moscou", "Tripoli", "Paris", "Londres", "Pékin", "Berlin", "Ankara",
    "Téhéran", "Damas", "Bruxelles", "Tokyo", "Séoul", "Pyongyang", "Kiev", "Kyiv",
    "Jérusalem", "Rome", "Madrid", "Alger", "Rabat", "Tunis", "Le Caire", "Riyad",
    "Doha", "Benghazi", "Ottawa", "Québec", "Berne", "Vienne", "Varsovie", "Athènes",
    "Bagdad", "Kaboul", "Islamabad", "New Delhi", "Moscow", "Bamako", "Dakar", "Abidjan",
    "la Maison Blanche", "la Maison-Blanche", "le Kremlin", "l'Élysée", "Matignon",
})

#: Common French first names with their gender (a hint where nothing else tells).
FIRST_NAMES = MappingProxyType({
    **{n: "masc" for n in """
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
    """.split()},
    **{n: "fem" for n in """
        Angela Anne Ségolène Marine Martine Hillary Jennifer Christine Catherine Claire
        Hélène Isabelle Julie Laurence Marie Marie-France Nathalie Sophie Sylvie Valérie
        Véronique Élisabeth Elisabeth Nicole Rachida Najat Fleur Aurélie Cécile Chantal
        Monique Françoise Sandrine Navi Theresa Ursula Kamala Nancy Condoleezza Hilary
        Dilma Cristina Yulia Ioulia Aung Federica Catherine Margrethe Amélie Emmanuelle
    """.split()},
})
