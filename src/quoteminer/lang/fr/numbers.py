"""Numbers, qualifiers and units of French news, as data.

From docs/annotation.md (Quantities): cardinal numbers in digits (any space kind
between groups, decimal comma) or in words, approximate nouns (``une trentaine``,
``des centaines``), scale words (``2,5 millions``), the qualifiers that make a
number a bound or an estimate, and what is never a checkable quantity (dates,
durations, names, model numbers, banknote denominations).
"""

from __future__ import annotations

from types import MappingProxyType

#: Cardinal number words → value.
WORDS = MappingProxyType(
    {
        "un": 1,
        "une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        "treize": 13,
        "quatorze": 14,
        "quinze": 15,
        "seize": 16,
        "vingt": 20,
        "vingts": 20,
        "trente": 30,
        "quarante": 40,
        "cinquante": 50,
        "soixante": 60,
        "cent": 100,
        "cents": 100,
        "mille": 1000,
    }
)

#: Approximate collective nouns (``une trentaine``, ``la vingtaine de``) → value.
APPROXIMATE = MappingProxyType(
    {
        "dizaine": 10,
        "douzaine": 12,
        "quinzaine": 15,
        "vingtaine": 20,
        "trentaine": 30,
        "quarantaine": 40,
        "cinquantaine": 50,
        "soixantaine": 60,
        "centaine": 100,
        "millier": 1000,
    }
)

#: Plural approximate nouns (``des centaines``, ``plusieurs milliers``) → floor value.
PLURAL_APPROXIMATE = MappingProxyType(
    {
        "dizaines": 20,
        "centaines": 200,
        "milliers": 2000,
        "millions": 2_000_000,
        "milliards": 2_000_000_000,
    }
)

#: Scale words after a number (``2,5 millions``) → multiplier.
SCALES = MappingProxyType(
    {
        "million": 1_000_000,
        "millions": 1_000_000,
        "milliard": 1_000_000_000,
        "milliards": 1_000_000_000,
        "mille": 1000,
        "md": 1_000_000_000,
        "mds": 1_000_000_000,
        "m": 1_000_000,
    }
)

#: Phrases before a number → qualifier.
QUALIFIERS = MappingProxyType(
    {
        "approximativement": "approximately",
        "au maximum": "at_most",
        "au minimum": "at_least",
        "au moins": "at_least",
        "au plus": "at_most",
        "autour de": "approximately",
        "environ": "approximately",
        "inférieur ou égal à": "at_most",
        "inférieure ou égale à": "at_most",
        "inférieur à": "less_than",
        "inférieure à": "less_than",
        "jusqu'à": "at_most",
        "jusqu'à plus de": "more_than",
        "moins d'": "less_than",
        "moins de": "less_than",
        "pas moins d'": "at_least",
        "pas moins de": "at_least",
        "pas plus de": "at_most",
        "plus d'": "more_than",
        "plus de": "more_than",
        "presque": "approximately",
        "près d'": "approximately",
        "près de": "approximately",
        "quelque": "approximately",
        "quelques": "approximately",
        "supérieur ou égal à": "at_least",
        "supérieure ou égale à": "at_least",
        "supérieur à": "more_than",
        "supérieure à": "more_than",
        "un peu moins de": "less_than",
        "un peu plus de": "more_than",
    }
)

#: Phrases after a quantity → qualifier (``450 km environ``).
POSTPOSED_QUALIFIERS = MappingProxyType(
    {
        "au bas mot": "at_least",
        "au maximum": "at_most",
        "au minimum": "at_least",
        "au moins": "at_least",
        "environ": "approximately",
    }
)

#: Adjectives that come between a number and its noun (``deux nouveaux épisodes``) or stand for an
#: elided noun (``les 12 dernières``, ``deux autres``).
PRENOMINAL_ADJECTIVES = frozenset(
    {
        "anciennes",
        "anciens",
        "autres",
        "derniers",
        "dernières",
        "grandes",
        "grands",
        "jeunes",
        "mêmes",
        "nouveaux",
        "nouvelles",
        "petites",
        "petits",
        "premiers",
        "premières",
        "principales",
        "principaux",
        "prochaines",
        "prochains",
        "seul",
        "seule",
        "seules",
        "seuls",
    }
)

#: Words before a four-digit number that make it a year (``en 2012``, ``décembre 2006``); elsewhere
#: it is a year unless a plural noun follows (``2000 personnes``; ``de 2008 face à``: a year).
YEAR_CONTEXT = frozenset(
    {
        "année",
        "années",
        "an",
        "automne",
        "début",
        "depuis",
        "dès",
        "d'ici",
        "en",
        "été",
        "exercice",
        "fin",
        "hiver",
        "mi",
        "printemps",
        "saison",
        "vers",
    }
)

#: Nouns whose ``de N`` complement names a denomination, not an amount (``un billet de 5 euros``).
DENOMINATION_NOUNS = frozenset({"billet", "billets", "coupure", "coupures", "pièce", "pièces", "timbre", "timbres"})

#: Nouns before a number that makes it an identifier (``la version 12.10``, ``l'article 49``).
IDENTIFIER_NOUNS = frozenset(
    {
        "article",
        "chapitre",
        "épisode",
        "étape",
        "ligne",
        "n°",
        "niveau",
        "numéro",
        "page",
        "route",
        "saison",
        "tome",
        "version",
        "vol",
        "volume",
    }
)

#: Words before a number that make it a reference to things already counted (``les deux hommes``,
#: ``tous deux``) when the number is ``deux``: a reference, not a count to check.
REFERENCE_WORDS = frozenset({"aux", "ces", "des", "les", "leurs", "nos", "ses", "tous", "toutes", "vos"})

#: Units written glued to the number (``0.32mSv/h``, ``5km``).
GLUED_UNITS = ("mSv", "µSv", "Sv", "kWh", "MW", "GW", "kW", "km", "kg", "mm", "cm", "ha", "m")

#: Currency symbols written after the number (``2 200 €``).
CURRENCY_SYMBOLS = ("€", "$", "£", "¥")

#: Units after which ``par X`` belongs to the unit (``31 euros par tonne``, ``120 km/h``).
RATE_UNITS = frozenset(
    {
        "centimes",
        "dollars",
        "euros",
        "francs",
        "kilomètres",
        "km",
        "litres",
        "livres",
        "mètres",
        "tonnes",
        "yens",
        "€",
        "$",
    }
)

#: Words that cannot be the unit of a quantity when no parse is at hand (with a parse, the part of
#: speech decides): prepositions, articles, conjunctions, adverbs, common verbs.
NOT_UNITS = frozenset(
    {
        "a",
        "afin",
        "alors",
        "après",
        "au",
        "aussi",
        "aux",
        "avant",
        "avec",
        "car",
        "chez",
        "contre",
        "dans",
        "de",
        "depuis",
        "des",
        "donc",
        "dont",
        "du",
        "déjà",
        "en",
        "encore",
        "entre",
        "est",
        "et",
        "fait",
        "font",
        "la",
        "le",
        "les",
        "lors",
        "mais",
        "moins",
        "ne",
        "ni",
        "ont",
        "or",
        "ou",
        "par",
        "parmi",
        "pendant",
        "plus",
        "pour",
        "puis",
        "que",
        "qui",
        "sans",
        "selon",
        "sera",
        "seront",
        "seulement",
        "soit",
        "sont",
        "sous",
        "sur",
        "très",
        "vers",
        "à",
        "étaient",
        "était",
        "été",
    }
)

#: Unit nouns that are never the counted thing of a quantity: time and calendar.
TIME_UNITS = frozenset(
    {
        "an",
        "ans",
        "année",
        "années",
        "mois",
        "semaine",
        "semaines",
        "jour",
        "jours",
        "heure",
        "heures",
        "h",
        "minute",
        "minutes",
        "seconde",
        "secondes",
        "siècle",
        "siècles",
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "décennie",
        "décennies",
        "nuit",
        "nuits",
    }
)

#: Symbols and short units written right after a number.
SYMBOL_UNITS = frozenset(
    {"%", "€", "$", "£", "km", "m", "kg", "t", "mm", "cm", "ha", "km2", "km²", "m²", "mw", "gw", "°c", "pb", "points"}
)

#: Words joining a compound number's parts (``vingt et un``), skipped when it is read.
NUMBER_JOINERS = frozenset({"et"})
#: The forms of twenty that multiply a four before them (``quatre-vingts`` = 80).
TWENTY_FORMS = frozenset({"vingt", "vingts"})
#: The count that twenty multiplies in such a compound.
TWENTY_MULTIPLICAND = 4
#: Indefinite articles: one before a number names a model (``une 2 CV``), and they are not
#: amounts when written alone in words.
INDEFINITE_ARTICLES = frozenset({"un", "une"})
#: Year nouns after an elided article (``l'an 2000``, ``l'année 1999``).
YEAR_NOUNS = frozenset({"an", "année"})
#: The preposition before a number after a denomination noun (``billets de 5 euros``).
DENOMINATION_PREPOSITION = "de"

# The small words around a number that the quantity grammar (``claims``) reads. A form ending in
# an apostrophe is elided and glued to the next word (``d'emplois``); the others are followed by a
# space. Alternatives are tried in the order written.

#: The preposition between a number and its noun (``2 millions de personnes``, ``5 000 d'entre``).
PARTITIVE = ("de", "d'")
#: Determiners before an approximate noun (``une trentaine``, ``la centaine``).
APPROXIMATE_DETERMINERS = ("une", "un", "la", "le")
#: Determiners before a plural approximate noun (``des centaines``, ``plusieurs milliers``).
PLURAL_DETERMINERS = ("des", "plusieurs", "quelques")
#: What a percentage may be a share of, read as part of its unit (``3 % du PIB``).
SHARE_BASES = ("du PIB",)
#: The preposition of a rate (``30 euros par mois``).
RATE_PREPOSITION = "par"
#: ``seul`` in its four forms: ``une seule victime`` counts one.
ALONE_FORMS = ("seul", "seule", "seuls", "seules")
#: Conjunctions between the items of a list of counts (``trois enfants et un père``).
LIST_CONJUNCTIONS = ("et", "ou")
#: Words opening a range before its lower bound (``de 1 000 à 4 000``, ``entre 100 et 150``).
RANGE_OPENERS = ("de", "entre", "d'")
#: Words between the bounds of a range.
RANGE_JOINERS = ("à", "et")
#: Words between a part and its whole (``2 000 des 3 550 soldats``, ``556 postes sur 9 800``).
PART_JOINERS = ("des", "sur")
#: The determiner of the whole a bare number is a part of (``7 des localités``).
PART_DETERMINER = "des"
#: The noun that names a count, and its determiner (``estime à 75 000 le nombre d'emplois``).
COUNT_NOUN = "nombre"
COUNT_NOUN_DETERMINER = "le"
#: Prepositions between that noun and what it counts.
COUNTED_PREPOSITIONS = ("de", "d'", "des")
#: Verbs that give the count its value (``le nombre de blessés s'élève à 12``), and their prepositions.
COUNT_VERBS = ("est", "était", "sera", "serait", "atteint", "s'élève")
COUNT_VERB_PREPOSITIONS = ("de", "à")
#: A comparison before a bare number (``200 voix contre 50``).
COMPARISON_BEFORE = ("contre",)
#: A comparison after a bare number (``soit 33 de plus``).
COMPARISON_AFTER = ("de plus", "de moins")
