"""Phenomenon tables for what is speech, where it starts and ends, and what is a mention
(real model), on sentences written for them, not taken from the fixtures.

One table per kind of failure the rules showed on articles they were not written for:
a clause then a quotation after a colon, verb complements outside the closed lists, span
ends, words that are not speech, quotations taken for mentions, labels. Each row is run
through both deciders (the trained kind classifier and the ordered rules); a row one of them
still gets wrong is an ``xfail(strict=True)`` of that decider, with the reason.
"""

from __future__ import annotations

import attrs
import pytest

import quoteminer

DECIDERS = ("classifier", "rules")


@attrs.frozen
class Row:
    id: str
    text: str
    expected: tuple[tuple[str, str], ...]  # (kind, content) of every speech item, in order
    mentions: tuple[str, ...] = ()  # the content of every mention, in order
    xfail: tuple[str, ...] = ()  # the deciders that still get it wrong
    reason: str = ""


def speech(text: str, items: str) -> tuple[tuple[str, str], ...]:
    return tuple((q.kind.value, q.text) for q in quoteminer.extract(text, items=items).quotes if q.kind.is_speech)


def mentions(text: str, items: str) -> tuple[str, ...]:
    return tuple(q.text for q in quoteminer.extract(text, items=items).quotes if not q.kind.is_speech)


def _cases(table: list[Row]) -> list[object]:
    out = []
    for row in table:
        for items in DECIDERS:
            marks = [pytest.mark.xfail(strict=True, reason=row.reason)] if items in row.xfail else []
            out.append(pytest.param(row, items, id=f"{row.id}-{items}", marks=marks))
    return out


#: A que-clause or a selon clause, then a quotation after a colon: two statements.
CLAUSE_THEN_QUOTATION = [
    Row(
        "que-clause-colon",
        "Le maire a précisé que les travaux dureraient deux ans : « Nous n'avons pas le choix. »",
        (("indirect", "les travaux dureraient deux ans"), ("direct", "Nous n'avons pas le choix.")),
    ),
    Row(
        "selon-clause-colon",
        "Selon la préfète, la route restera fermée jusqu'à lundi : « La sécurité passe avant tout. »",
        (("indirect", "la route restera fermée jusqu'à lundi"), ("direct", "La sécurité passe avant tout.")),
    ),
    Row(
        "colon-without-clause",
        "La préfète a déclaré : « La route restera fermée. »",
        (("direct", "La route restera fermée."),),
    ),
    Row(
        "apposition-before-colon",
        "Pour Anne Durand, la présidente du syndicat : « Rien n'est réglé. »",
        (("direct", "Rien n'est réglé."),),
    ),
]

#: Verb complements that report content: subjunctive que-clauses, coordinated verbs,
#: an addressee before the infinitive, infinitives of declaratives, reflexive verbs with
#: de, participle clauses after a name, a pronoun subject from the previous sentence.
COMPLEMENTS = [
    Row(
        "exiger-que-subjunctive",
        "Les syndicats exigent que la direction revienne sur sa décision.",
        (("indirect", "la direction revienne sur sa décision"),),
    ),
    Row(
        "coordinated-verb",
        "La ministre a reconnu des erreurs et promet de réviser la loi avant l'été.",
        (("indirect", "des erreurs"), ("indirect", "réviser la loi avant l'été")),
    ),
    Row(
        "addressee-before-infinitive",
        "Le préfet a demandé aux habitants de limiter leurs déplacements.",
        (("indirect", "limiter leurs déplacements"),),
    ),
    Row(
        "addressee-pronoun-before-infinitive",
        "Le médecin leur a conseillé de rester chez eux pendant trois jours.",
        (("indirect", "rester chez eux pendant trois jours"),),
    ),
    Row("declarative-infinitive", "Le suspect a déclaré avoir agi seul.", (("indirect", "avoir agi seul"),)),
    Row(
        "se-feliciter-de",
        "Le maire s'est félicité de la baisse du chômage dans la commune.",
        (("indirect", "la baisse du chômage dans la commune"),),
    ),
    Row(
        "se-plaindre-de-infinitive",
        "Les commerçants se plaignent de ne pas avoir été consultés.",
        (("indirect", "ne pas avoir été consultés"),),
    ),
    Row(
        "participle-after-name",
        "Les infirmières ont manifesté devant l'hôpital, leur porte-parole réclamant l'embauche de vingt agents.",
        (("indirect", "l'embauche de vingt agents"),),
    ),
    Row(
        "pronoun-subject-weak-verb",
        "Le président du club était furieux mardi soir. Il a menacé de saisir la justice.",
        (("indirect", "saisir la justice"),),
    ),
]

#: Where reported content starts and ends.
SPANS = [
    Row(
        "enumeration-after-comma",
        "Le maire a annoncé la construction d'une école, d'un gymnase et d'une crèche.",
        (("indirect", "la construction d'une école, d'un gymnase et d'une crèche"),),
    ),
    Row(
        "notamment-after-comma",
        "L'ONG constate une hausse des expulsions depuis janvier, notamment dans les quartiers nord.",
        (("indirect", "une hausse des expulsions depuis janvier, notamment dans les quartiers nord"),),
    ),
    Row(
        "np-before-a-new-clause",
        "Le syndicat a dénoncé la fermeture du site, puis les salariés ont voté la grève.",
        (("indirect", "la fermeture du site"),),
    ),
    Row(
        "glued-sentence",
        "Il a affirmé que la grève continuerait .Les négociations reprendront lundi.",
        (("indirect", "la grève continuerait"),),
    ),
    Row(
        "glued-sentence-no-space",
        "La direction a confirmé que l'usine fermerait en juin.Les salariés ont été reçus hier.",
        (("indirect", "l'usine fermerait en juin"),),
    ),
    Row(
        "postposed-subject-not-content",
        "Les travaux reprendront en mai, a indiqué jeudi la directrice des services techniques, Anne Leroy.",
        (("indirect", "Les travaux reprendront en mai"),),
    ),
    Row(
        "postposed-name-not-content",
        "Le stade sera rénové l'an prochain, a annoncé mercredi le maire Paul Girard.",
        (("indirect", "Le stade sera rénové l'an prochain"),),
    ),
    Row(
        "selon-after-colon",
        "Les élections s'annoncent serrées : aucun parti ne dispose d'une majorité, selon les sondages.",
        (("indirect", "aucun parti ne dispose d'une majorité"),),
    ),
    Row(
        "selon-after-puisque",
        "Les habitants sont rassurés puisque 70 % d'entre eux jugent la ville sûre, selon une enquête municipale.",
        (("indirect", "70 % d'entre eux jugent la ville sûre"),),
    ),
    Row(
        "selon-incise",
        "Le chantier a pris du retard et, selon le maire, il ne sera pas terminé avant 2025.",
        (("indirect", "il ne sera pas terminé avant 2025"),),
    ),
    Row(
        "quotation-last-sentence",
        "« Nous resterons jusqu'au bout. Rien ne nous fera partir », a lancé le délégué syndical.",
        (("direct", "Nous resterons jusqu'au bout. Rien ne nous fera partir"),),
    ),
]

#: Words that are not speech: the journalist's own voice, feelings, conjunctions of time,
#: the provisions of a law.
NOT_SPEECH = [
    Row("rappelons-que", "Rappelons que le festival avait attiré 20 000 visiteurs l'an dernier.", ()),
    Row("il-convient-de-preciser", "Il convient de préciser que la salle restera fermée tout l'été.", ()),
    Row("il-faut-rappeler", "Il faut rappeler que le pont avait été fermé en 2019.", ()),
    Row("on-rappellera", "On rappellera que le stade avait déjà été fermé en 2018.", ()),
    Row("faire-part-de-sa-colere", "Le maire a fait part de sa colère après les dégradations.", ()),
    Row("exprimer-sa-tristesse", "La directrice a exprimé sa profonde tristesse après l'incendie.", ()),
    Row("des-que", "Il a alerté les pompiers dès qu'il a aperçu les flammes.", ()),
    Row("law-provision", "Le texte prévoit que les loyers seront plafonnés dans les grandes villes.", ()),
    Row("decree-provision", "Le décret stipule que les bars fermeront à minuit.", ()),
    Row(
        "on-at-an-institution",
        "À la mairie, on rappelle que les travaux étaient prévus depuis longtemps.",
        (("indirect", "les travaux étaient prévus depuis longtemps"),),
    ),
]

#: Quotations that are speech though no verb stands right before them.
SPEECH_NOT_MENTION = [
    Row(
        "verb-then-adverbial",
        "Le député a pour sa part critiqué « une réforme bâclée et injuste ».",
        (("partial", "une réforme bâclée et injuste"),),
    ),
    Row(
        "verb-object-possessive",
        "La présidente a manifesté dans une lettre ouverte son « profond désaccord ».",
        (("partial", "profond désaccord"),),
    ),
    Row(
        "verb-object-after-place",
        "Le ministre a dénoncé à l'Assemblée une « campagne de dénigrement ».",
        (("partial", "campagne de dénigrement"),),
    ),
    Row(  # the journalist's words carry part of the content: one indirect item, the quotation verbatim
        "verb-object-with-more",
        "Le ministre a dénoncé à l'Assemblée une « campagne de dénigrement » contre son ministère.",
        (("indirect", "une « campagne de dénigrement » contre son ministère"),),
    ),
    Row(
        "object-of-a-name-not-speech",
        "Le maire a inauguré samedi la « maison des associations » du quartier.",
        (),
    ),
]

#: Quotation marks around a label, a name or a title: mentions, even where they open a
#: sentence or come back again and again.
LABELS = [
    Row(
        "recurring-collective-name",
        "Le collectif « Sauvons la maternité » a manifesté samedi devant la mairie. Dimanche, les membres de "
        "« Sauvons la maternité » ont remis une pétition au préfet. « Sauvons la maternité » réclame un moratoire.",
        (),
        ("Sauvons la maternité", "Sauvons la maternité", "Sauvons la maternité"),
    ),
    Row(
        "operation-name",
        "La ville lance l'opération « Un arbre, un enfant » dans ses écoles.",
        (),
        ("Un arbre, un enfant",),
    ),
    Row(
        "album-title-after-verb",
        "Le chanteur présentera samedi « Les Jours heureux », son dernier album, au théâtre municipal.",
        (),
        ("Les Jours heureux",),
    ),
    Row(
        "repeated-speech-stays-speech",
        "« Nous ne céderons pas », a lancé la déléguée. Une heure plus tard, elle répétait : « Nous ne céderons pas. »",
        (("direct", "Nous ne céderons pas"), ("direct", "Nous ne céderons pas.")),
    ),
]


@pytest.mark.parametrize(("row", "items"), _cases(CLAUSE_THEN_QUOTATION))
def test_clause_then_quotation(row: Row, items: str) -> None:
    assert speech(row.text, items) == row.expected


@pytest.mark.parametrize(("row", "items"), _cases(COMPLEMENTS))
def test_complements(row: Row, items: str) -> None:
    assert speech(row.text, items) == row.expected


@pytest.mark.parametrize(("row", "items"), _cases(SPANS))
def test_spans(row: Row, items: str) -> None:
    assert speech(row.text, items) == row.expected


@pytest.mark.parametrize(("row", "items"), _cases(NOT_SPEECH))
def test_not_speech(row: Row, items: str) -> None:
    assert speech(row.text, items) == row.expected


@pytest.mark.parametrize(("row", "items"), _cases(SPEECH_NOT_MENTION))
def test_speech_not_mention(row: Row, items: str) -> None:
    assert speech(row.text, items) == row.expected


@pytest.mark.parametrize(("row", "items"), _cases(LABELS))
def test_labels(row: Row, items: str) -> None:
    assert speech(row.text, items) == row.expected
    assert mentions(row.text, items) == row.mentions
