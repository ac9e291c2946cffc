"""Numbers, qualifiers and units of French news, as data."""

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
        "trente": 30,
        "quarante": 40,
        "cinquante": 50,
        "soixante": 60,
        "cent": 100,
        "cents": 100,
        "mille": 1000,
    }
)

#: Approximate collective nouns (``une trentaine``) → value.
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
        "au moins": "at_least",
        "pas moins de": "at_least",
        "au minimum": "at_least",
        "au plus": "at_most",
        "au maximum": "at_most",
        "jusqu'à": "at_most",
        "pas plus de": "at_most",
        "environ": "approximately",
        "près de": "approximately",
        "quelque": "approximately",
        "quelques": "approximately",
        "autour de": "approximately",
        "approximativement": "approximately",
        "presque": "approximately",
        "plus de": "more_than",
        "moins de": "less_than",
        "plus d'": "more_than",
        "moins d'": "less_than",
        "près d'": "approximately",
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
