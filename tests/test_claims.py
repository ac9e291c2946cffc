"""Phenomenon tables for quantities (``find_quantities``, no parse) and claims (real model).

Rows give a sentence and the quantities expected in it as (text, value, unit,
qualifier); an empty tuple means "no checkable quantity". Known failures are
``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteminer
from quoteminer import claims
from quoteminer.claims import find_quantities, parse_number
from quoteminer.lang import get_language

FR = get_language("fr")

Expected = tuple[tuple[str, float, str | None, str], ...]


@attrs.frozen
class Row:
    id: str
    text: str
    expected: Expected
    reason: str | None = None

    def param(self) -> object:
        marks = [pytest.mark.xfail(strict=True, reason=self.reason)] if self.reason else []
        return pytest.param(self, id=self.id, marks=marks)


def quantities(text: str) -> Expected:
    return tuple((q.text, q.value, q.unit, q.qualifier.value) for q in find_quantities(text, 0, len(text), FR))


FORMATS = [
    Row("space-thousands", "Il y a 2 500 mercenaires.", (("2 500 mercenaires", 2500, "mercenaires", "exact"),)),
    Row(
        "nbsp-thousands", "Il y a 2\u00a0500 mercenaires.", (("2\u00a0500 mercenaires", 2500, "mercenaires", "exact"),)
    ),
    Row(
        "narrow-nbsp-thousands",
        "Il y a 2\u202f500 mercenaires.",
        (("2\u202f500 mercenaires", 2500, "mercenaires", "exact"),),
    ),
    Row("thin-space-thousands", "Il y a 12\u2009000 soldats.", (("12\u2009000 soldats", 12000, "soldats", "exact"),)),
    Row(
        "decimal-comma",
        "La dette atteint 2,5 millions d'euros.",
        (("2,5 millions d'euros", 2_500_000, "euros", "exact"),),
    ),
    Row("scale-alone", "La population passe à 300 millions.", (("300 millions", 300_000_000, None, "exact"),)),
    Row("word-number", "Les combats ont fait trois morts.", (("trois morts", 3, "morts", "exact"),)),
    Row("unspaced-thousands", "Une foule de 2000 personnes.", (("2000 personnes", 2000, "personnes", "exact"),)),
    Row("compound-word", "On y voit vingt-et-une toiles.", (("vingt-et-une toiles", 21, "toiles", "exact"),)),
    Row("quatre-vingts", "On compte quatre-vingts blessés.", (("quatre-vingts blessés", 80, "blessés", "exact"),)),
    Row(
        "approximate-noun",
        "Une trentaine de manifestants ont été arrêtés.",
        (("Une trentaine de manifestants", 30, "manifestants", "approximately"),),
    ),
    Row(
        "plural-approximate",
        "Des milliers de personnes ont fui.",
        (("Des milliers de personnes", 2000, "personnes", "at_least"),),
    ),
    Row(
        "bare-plural-approximate",
        "La vie de milliers de civils est en jeu.",
        (("milliers de civils", 2000, "civils", "at_least"),),
    ),
    Row(
        "one-with-a-scale",
        "Samsung devra verser plus d'un milliard de dollars.",
        (("plus d'un milliard de dollars", 1e9, "dollars", "more_than"),),
    ),
    Row("percent", "Le chômage baisse de 2,1 %.", (("2,1 %", 2.1, "%", "exact"),)),
    Row("percent-glued", "Une baisse de 16%.", (("16%", 16, "%", "exact"),)),
    Row("percent-of-gdp", "Le déficit atteint 4,5 % du PIB.", (("4,5 % du PIB", 4.5, "%", "exact"),)),
    Row("currency-symbol", "Un revenu de 2 200 € net.", (("2 200 €", 2200, "€", "exact"),)),
    Row("rate-of-a-currency", "Un revenu de 2 200 € par mois.", (("2 200 € par mois", 2200, "€ par mois", "exact"),)),
    Row("speed", "Des rafales à 130 km/h.", (("130 km/h", 130, "km/h", "exact"),)),
    Row("glued-unit", "Une dose de 0.32mSv/h.", (("0.32mSv/h", 0.32, "mSv/h", "exact"),)),
    Row("rate", "Une marge de 31 euros par tonne.", (("31 euros par tonne", 31, "euros par tonne", "exact"),)),
    Row(
        "adjective-before-the-noun",
        "La série compte deux nouveaux épisodes.",
        (("deux nouveaux épisodes", 2, "épisodes", "exact"),),
    ),
    Row(
        "compound-noun",
        "On donne aux enfants cinq tubes de gouache.",
        (("cinq tubes de gouache", 5, "tubes de gouache", "exact"),),
        reason="'N de N' compounds are lexical: the unit stops at the first noun",
    ),
]

QUALIFIERS = [
    Row("au-moins", "Au moins 35 personnes ont été tuées.", (("Au moins 35 personnes", 35, "personnes", "at_least"),)),
    Row("plus-de", "Plus de 800 comédiens ont joué.", (("Plus de 800 comédiens", 800, "comédiens", "more_than"),)),
    Row("moins-de", "Moins de 10 députés étaient présents.", (("Moins de 10 députés", 10, "députés", "less_than"),)),
    Row(
        "pres-de",
        "Près de 2 000 personnes ont manifesté.",
        (("Près de 2 000 personnes", 2000, "personnes", "approximately"),),
    ),
    Row("environ", "Environ 200 voix se sont exprimées.", (("Environ 200 voix", 200, "voix", "approximately"),)),
    Row("jusqu-a", "Des vents jusqu'à 130 km/h.", (("jusqu'à 130 km/h", 130, "km/h", "at_most"),)),
    Row(
        "postposed-environ",
        "Il a amerri à 450 km environ des côtes.",
        (("450 km environ", 450, "km", "approximately"),),
    ),
    Row(
        "comparison-phrase",
        "Un revenu inférieur ou égal à 2 200 € suffit.",
        (("inférieur ou égal à 2 200 €", 2200, "€", "at_most"),),
    ),
    Row(
        "comma-before-next-quantity-is-not-postposed",
        "En cinq ans, environ 16 000 habitants sont partis.",
        (("environ 16 000 habitants", 16000, "habitants", "approximately"),),
    ),
    Row(
        "pas-moins-d",
        "Pas moins d'un millier de soldats.",
        (("Pas moins d'un millier de soldats", 1000, "soldats", "at_least"),),
    ),
]

NOT_QUANTITIES = [
    Row("year", "En 2012, la crise a frappé.", ()),
    Row("year-after-month", "Sa rencontre de décembre 2006 avec Stallman.", ()),
    Row("year-after-de", "La crise de 2009 a touché les pauvres.", ()),
    Row("date", "L'attaque du 11 septembre 2012 contre le consulat.", ()),
    Row("year-before-a-singular-noun", "Les primaires de 2008 face à Hillary Clinton.", ()),
    Row("duration", "Trois ans après la chute du régime.", ()),
    Row("duration-depuis", "Il vit là depuis huit ans.", ()),
    Row("age", "Un lycéen de 17 ans a été agressé.", ()),
    Row("ordinal", "Le 3e régiment est parti.", ()),
    Row("name-with-hyphen", "Trois avions KC-130 ont décollé.", (("Trois avions", 3, "avions", "exact"),)),
    Row("name-glued", "Le sommet du G20 a eu lieu.", ()),
    Row("name-after-proper-noun", "Une journaliste de France 24 a été agressée.", ()),
    Row("model-after-article", "J'étais dans une 2 CV.", ()),
    Row("banknote", "Les nouveaux billets de 5 euros circulent.", ()),
    Row("version", "La version 12.10 sort demain.", ()),
    Row("reference-deux", "Les deux hommes ont fui.", ()),
    Row("tous-deux", "Ils ont tous deux été arrêtés.", ()),
    Row("bare-number", "Il a répondu 42 à la question.", ()),
    Row("indefinite-article", "Un rapport a été publié.", ()),
]

ELLIPSIS = [
    Row(
        "range-de-a",
        "De 1 000 à 4 000 emplois sont menacés.",
        (("1 000", 1000, "emplois", "at_least"), ("4 000 emplois", 4000, "emplois", "at_most")),
    ),
    Row(
        "range-entre-et",
        "Des cumuls entre 100 et 150 mm.",
        (("100", 100, "mm", "at_least"), ("150 mm", 150, "mm", "at_most")),
    ),
    Row(
        "part-of-a-whole",
        "Le retrait de 2 000 des 3 550 soldats.",
        (("2 000", 2000, "soldats", "exact"), ("3 550 soldats", 3550, "soldats", "exact")),
    ),
    Row("part-of-a-noun", "Dans 7 des localités étudiées.", (("7 des localités", 7, "localités", "exact"),)),
    Row(
        "contre",
        "Voté par 200 voix contre 50.",
        (("200 voix", 200, "voix", "exact"), ("50", 50, "voix", "exact")),
    ),
    Row(
        "le-nombre-de",
        "La CGT estime à 75 000 le nombre d'emplois menacés.",
        (("75 000", 75000, "emplois", "exact"),),
    ),
    Row(
        "est-de",
        "Le nombre d'emplois menacés est de 75 000 selon la CGT.",
        (("75 000", 75000, "emplois", "exact"),),
    ),
    Row(
        "elided-after-adjective",
        "Trois banques ont été dégradées, et les 12 dernières aussi.",
        (("Trois banques", 3, "banques", "exact"), ("12 dernières", 12, None, "exact")),
    ),
    Row(
        "one-after-a-count",
        "Il a tué trois enfants et un homme.",
        (("trois enfants", 3, "enfants", "exact"), ("un homme", 1, "homme", "exact")),
    ),
    Row("one-alone", "Une seule espèce est touchée.", (("Une seule espèce", 1, "espèce", "exact"),)),
    Row("one-with-a-qualifier", "Au moins un mort.", (("Au moins un mort", 1, "mort", "at_least"),)),
    Row(
        "elided-in-parentheses",
        "Il a reçu trois balles (deux à la tête et une à la poitrine).",
        (("trois balles", 3, "balles", "exact"), ("deux", 2, "balles", "exact"), ("une", 1, "balles", "exact")),
        reason="a count split in parentheses is not read as an ellipsis",
    ),
]


@pytest.mark.parametrize("row", [r.param() for r in FORMATS])
def test_formats(row: Row) -> None:
    assert quantities(row.text) == row.expected


@pytest.mark.parametrize("row", [r.param() for r in QUALIFIERS])
def test_qualifiers(row: Row) -> None:
    assert quantities(row.text) == row.expected


@pytest.mark.parametrize("row", [r.param() for r in NOT_QUANTITIES])
def test_not_quantities(row: Row) -> None:
    assert quantities(row.text) == row.expected


@pytest.mark.parametrize("row", [r.param() for r in ELLIPSIS])
def test_ellipsis(row: Row) -> None:
    assert quantities(row.text) == row.expected


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("2 500", 2500),
        ("2\u00a0500", 2500),
        ("2,5", 2.5),
        ("trente-deux", 32),
        ("quatre-vingt-dix", 90),
        ("deux mille", 2000),
    ],
    ids=["space", "nbsp", "comma", "trente-deux", "quatre-vingt-dix", "deux-mille"],
)
def test_parse_number(words: str, value: float) -> None:
    assert parse_number(words, FR) == value


# Numbers, qualifiers, units and the words around them, to build texts where the quantity pattern has much to read.
_PARTS = st.sampled_from(
    "plus de d' d’ au moins près environ une un la le des plusieurs quelques centaines dizaine trentaine "
    "deux vingt-trois quatre-vingts cent mille millions milliards 12 1 000 2,5 3.5 45% 12km 100 € $ euros "
    "personnes du PIB par an jusqu'à 1998 France 24 - / . , ’ ' « » plusieurs-".split()
)
_GAPS = st.sampled_from([" ", "  ", "", ", ", "\u00a0", "\u202f", "-", "\n"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_PARTS, _GAPS), max_size=14).map(lambda parts: "".join(w + g for w, g in parts)),
    st.integers(0, 6),
    st.integers(0, 6),
)
def test_the_pattern_read_at_its_places_is_its_scan_of_the_range(text: str, lo: int, cut: int) -> None:
    """The quantity pattern, tried only where a word it may begin with starts, finds what its
    own scan of the range finds (look-behinds see before the range; nothing reads past it)."""
    start, end = min(lo, len(text)), max(min(lo, len(text)), len(text) - cut)
    scan = [(m.span(), m.groupdict()) for m in claims._pattern(FR).finditer(text, start, end)]
    assert [(m.span(), m.groupdict()) for m in claims._starts(FR).matches(text, start, end)[0]] == scan


def test_quantities_are_found_in_linear_time_on_hostile_input() -> None:
    text = ("1 " * 5000) + ("un " * 5000) + ("au moins " * 2000) + "%" + ("de " * 3000)
    assert len(list(find_quantities(text, 0, len(text), FR))) >= 0


# --- claims, end to end (real model) ------------------------------------------------------------


def test_every_speech_item_is_a_claim_of_its_speaker() -> None:
    result = quoteminer.extract("Selon le ministère de la Santé, les combats ont fait au moins 35 morts.")
    (claim,) = result.claims
    assert claim.source is not None and claim.source.name == "ministère de la Santé"
    assert claim.quote is not None and claim.quote.text == claim.text
    assert [(q.text, q.value, q.qualifier.value) for q in claim.quantities] == [("au moins 35 morts", 35, "at_least")]


def test_a_journalist_sentence_with_a_quantity_is_a_claim_of_the_article() -> None:
    result = quoteminer.extract("213 personnes ont trouvé la mort dans ces combats.")
    (claim,) = result.claims
    assert claim.source is None and claim.quote is None and not claim.hedged
    assert claim.text == "213 personnes ont trouvé la mort dans ces combats"


def test_a_journalist_sentence_in_the_conditional_is_a_hedged_claim() -> None:
    result = quoteminer.extract("La Russie aurait envoyé 2 500 mercenaires en Libye.")
    (claim,) = result.claims
    assert claim.hedged and [q.value for q in claim.quantities] == [2500]


def test_a_number_after_a_proper_noun_is_a_name_with_a_parse() -> None:
    result = quoteminer.extract("Les journalistes de France 24 sont en sécurité.")
    assert result.claims == ()


def test_a_journalist_claim_is_the_whole_sentence_even_where_the_parser_cuts_it() -> None:
    text = "Le scrutin n'est pas reporté car 92 % des bureaux restent ouverts ; 8 % sont fermés.\n\nTitre 3 lignes"
    claims = quoteminer.extract(text).claims
    assert claims[0].text == "Le scrutin n'est pas reporté car 92 % des bureaux restent ouverts ; 8 % sont fermés"
    assert [q.text for q in claims[0].quantities] == ["92 %", "8 %"]
    assert all("\n" not in c.text for c in claims)
