"""Phenomenon tables for speech vs mention, direct vs partial, and indirect speech (real model)."""

from __future__ import annotations

import attrs
import pytest

import quoteminer
from quoteminer import QuoteKind


@attrs.frozen
class Row:
    id: str
    text: str
    expected: tuple[tuple[str, str], ...]  # (content, kind) of the quoted items, in order


def kinds(text: str) -> tuple[tuple[str, str], ...]:
    """The items that quotation marks give: quotations, and indirect items holding verbatim words."""
    quotes = quoteminer.extract(text).quotes
    return tuple((q.text, q.kind.value) for q in quotes if q.open_mark or q.close_mark or q.verbatim)


def indirect(text: str) -> tuple[str, ...]:
    return tuple(q.text for q in quoteminer.extract(text).quotes if q.kind is QuoteKind.INDIRECT)


SPEECH_VS_MENTION = [
    Row("postposed-incise", "« Nous partons demain », a déclaré Claire Martin.", (("Nous partons demain", "direct"),)),
    Row("preposed-colon", "Claire Martin a déclaré : « Nous partons demain. »", (("Nous partons demain.", "direct"),)),
    Row(
        "bulleted-line",
        "Les témoignages recueillis :\n- « Le toit s'est envolé en dix secondes », raconte un retraité.",
        (("Le toit s'est envolé en dix secondes", "direct"),),
    ),
    Row(
        "incise-between-pairs",
        "« Nous partons », a-t-elle dit, « et vite ».",
        (("Nous partons", "direct"), ("et vite", "direct")),
    ),
    Row(
        "partial-after-verb",
        "Il a appelé les parties « à opérer une désescalade ».",
        (("à opérer une désescalade", "partial"),),
    ),
    Row(
        "partial-in-que-clause",
        "Le ministère a rappelé que l'ambassade fonctionnait « normalement ».",
        (("l'ambassade fonctionnait « normalement »", "indirect"),),
    ),
    Row(
        "quotation-is-the-whole-que-clause",
        "La ministre a estimé qu'elle « ne tiendra pas trois mois ».",
        (("ne tiendra pas trois mois", "partial"),),
    ),
    Row(
        "accused-of", "Tripoli l'a accusé de « tentative de coup d'Etat ».", (("tentative de coup d'Etat", "partial"),)
    ),
    Row("scare-quote", "Le cessez-le-feu conclu par les deux grands « alliés » a échoué.", (("alliés", "mention"),)),
    Row("scare-adjective", "Les daltoniens distinguent les « vraies » couleurs.", (("vraies", "mention"),)),
    Row(
        "title-of-show",
        "Elle présente l'émission « Les bâtisseurs de la gloire » ce soir.",
        (("Les bâtisseurs de la gloire", "mention"),),
    ),
    Row("rating-code", "L'agence a abaissé la note de « A3 » à « Baa3 ».", (("A3", "mention"), ("Baa3", "mention"))),
    Row(
        "cookie-banner",
        'En cliquant sur "Tout Accepter" vous consentez au traitement de vos données.',
        (("Tout Accepter", "mention"),),
    ),
    Row(
        "nested-inner-mention",
        "« Il parle de “sa vie au travail” sans cesse », a dit Paul Durand.",
        (("Il parle de “sa vie au travail” sans cesse", "direct"), ("sa vie au travail", "mention")),
    ),
    Row(
        "multi-paragraph",
        "Claire Martin a déclaré : « Nous partons.\n\n« Et nous reviendrons. »",
        (("Nous partons.\n\n« Et nous reviendrons.", "direct"),),
    ),
]

INDIRECT = [
    Row("que-clause", "Mike Pompeo a affirmé que Washington était opposé à ces offensives.", ()),
    Row("selon-before", "Selon le ministère de la Santé, les combats ont fait 35 morts.", ()),
    Row("selon-after", "Les combats ont fait 35 morts, selon le ministère de la Santé.", ()),
    Row("infinitive", "Le ministre a appelé les parties à cesser les combats.", ()),
    Row("postposed", "Le bilan s'est alourdi dans la nuit, a annoncé le porte-parole.", ()),
]
INDIRECT_SPANS = {
    "que-clause": ("Washington était opposé à ces offensives",),
    "selon-before": ("les combats ont fait 35 morts",),
    "selon-after": ("Les combats ont fait 35 morts",),
    "infinitive": ("cesser les combats",),
    "postposed": ("Le bilan s'est alourdi dans la nuit",),
}

NOT_SPEECH = [
    Row("refused-to-say", "Mme Psaki n'a pas voulu dire si l'offensive était un coup d'Etat.", ()),
    Row(
        "passive-name", "Une comédie musicale nommée « Les bâtisseurs » a été jouée.", (("Les bâtisseurs", "mention"),)
    ),
    Row("journalist-imperative", "Rappelons que le scrutin a lieu mardi.", ()),
    Row("pour-time", "Pour l'instant, le lanceur sert au transport de matériel.", ()),
]


@pytest.mark.parametrize("row", SPEECH_VS_MENTION, ids=lambda r: r.id)
def test_speech_vs_mention(row: Row) -> None:
    assert kinds(row.text) == row.expected


@pytest.mark.parametrize("row", INDIRECT, ids=lambda r: r.id)
def test_indirect_speech(row: Row) -> None:
    assert indirect(row.text) == INDIRECT_SPANS[row.id]


@pytest.mark.parametrize("row", NOT_SPEECH, ids=lambda r: r.id)
def test_not_speech(row: Row) -> None:
    result = quoteminer.extract(row.text)
    assert not [q for q in result.quotes if q.kind.is_speech]
    assert kinds(row.text) == row.expected
