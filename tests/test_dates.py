"""When it was said: the date normaliser, said_on on news sentences, published, TimeML.

Every sentence here is written for these tables (none is copied from a fixture); the
normaliser rows are read against a publication date, Wednesday 10 April 2019 unless a
row says otherwise.
"""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteminer
from quoteminer import Quote, QuoteKind, dates
from quoteminer.dates import as_date, find, normalise
from quoteminer.export import from_dict, read_jsonl, to_dict, write_jsonl
from quoteminer.lang import get_language
from quoteminer.timeml import quoteminer_normaliser, read_timeml, score

FR = get_language("fr")
WEDNESDAY = datetime.date(2019, 4, 10)
D = datetime.date


@attrs.frozen
class Norm:
    id: str
    expression: str
    direction: str | None
    timex: str | None
    first: datetime.date | None = None
    last: datetime.date | None = None
    anchor: datetime.date | None = WEDNESDAY


NORMALISER = [
    Norm("yesterday", "hier", "past", "2019-04-09", D(2019, 4, 9), D(2019, 4, 9)),
    Norm("day-before-yesterday", "avant-hier soir", "past", "2019-04-08", D(2019, 4, 8), D(2019, 4, 8)),
    Norm("today-with-weekday", "aujourd'hui mercredi", None, "2019-04-10", D(2019, 4, 10), D(2019, 4, 10)),
    Norm("this-morning", "ce matin", "past", "2019-04-10", D(2019, 4, 10), D(2019, 4, 10)),
    Norm("weekday-past-verb", "mardi", "past", "2019-04-09", D(2019, 4, 9), D(2019, 4, 9)),
    Norm("weekday-same-day", "mercredi", "past", "2019-04-10", D(2019, 4, 10), D(2019, 4, 10)),
    Norm("weekday-future-verb", "mardi", "future", "2019-04-16", D(2019, 4, 16), D(2019, 4, 16)),
    Norm("weekday-present-verb-is-to-come", "vendredi", None, "2019-04-12", D(2019, 4, 12), D(2019, 4, 12)),
    Norm("weekday-last", "mardi dernier", None, "2019-04-09", D(2019, 4, 9), D(2019, 4, 9)),
    Norm("weekday-last-is-strictly-before", "mercredi dernier", "past", "2019-04-03", D(2019, 4, 3), D(2019, 4, 3)),
    Norm("weekday-next", "lundi prochain", "past", "2019-04-15", D(2019, 4, 15), D(2019, 4, 15)),
    Norm("weekday-and-part", "dimanche soir", "past", "2019-04-07", D(2019, 4, 7), D(2019, 4, 7)),
    Norm("weekday-and-day", "samedi 6", "past", "2019-04-06", D(2019, 4, 6), D(2019, 4, 6)),
    Norm("date-this-year", "le 7 avril", "past", "2019-04-07", D(2019, 4, 7), D(2019, 4, 7)),
    Norm("date-last-year", "le 7 mai", "past", "2018-05-07", D(2018, 5, 7), D(2018, 5, 7)),
    Norm("date-to-come", "le 7 avril", "future", "2020-04-07", D(2020, 4, 7), D(2020, 4, 7)),
    Norm("date-nearest", "le 7 mai", None, "2019-05-07", D(2019, 5, 7), D(2019, 5, 7)),
    Norm("date-first", "le 1er avril", "past", "2019-04-01", D(2019, 4, 1), D(2019, 4, 1)),
    Norm("date-no-accent", "le 15 fevrier", "past", "2019-02-15", D(2019, 2, 15), D(2019, 2, 15)),
    Norm("date-with-year", "le 7 avril 2018", None, "2018-04-07", D(2018, 4, 7), D(2018, 4, 7), None),
    Norm("date-two-digit-year", "le 3 mars 98", None, "1998-03-03", D(1998, 3, 3), D(1998, 3, 3)),
    Norm("date-weekday-picks-year", "dimanche 5 janvier", "past", "2003-01-05", anchor=D(2003, 1, 10)),
    Norm("date-numeric", "le 21/03/2019", None, "2019-03-21", D(2019, 3, 21), D(2019, 3, 21), None),
    Norm("date-last-with-month", "le 6 mars dernier", None, "2019-03-06", D(2019, 3, 6), D(2019, 3, 6)),
    Norm("no-such-day", "le 31 juin", "past", None),
    Norm("last-week", "la semaine dernière", "past", "2019-W14", D(2019, 4, 1), D(2019, 4, 7)),
    Norm("this-week", "cette semaine", "past", "2019-W15", D(2019, 4, 8), D(2019, 4, 14)),
    Norm("last-weekend", "le week-end dernier", "past", "2019-W14-WE", D(2019, 4, 6), D(2019, 4, 7)),
    Norm("this-weekend-told-in-the-past", "ce week-end", "past", "2019-W14-WE", D(2019, 4, 6), D(2019, 4, 7)),
    Norm("last-month", "le mois dernier", "past", "2019-03", D(2019, 3, 1), D(2019, 3, 31)),
    Norm("month", "en mars", "past", "2019-03", D(2019, 3, 1), D(2019, 3, 31)),
    Norm("month-with-year", "novembre 2016", None, "2016-11", D(2016, 11, 1), D(2016, 11, 30), None),
    Norm("month-last", "septembre dernier", None, "2018-09", D(2018, 9, 1), D(2018, 9, 30)),
    Norm("early-month", "début avril", "past", "2019-04", D(2019, 4, 1), D(2019, 4, 10)),
    Norm("mid-month", "mi-mars", "past", "2019-03", D(2019, 3, 11), D(2019, 3, 20)),
    Norm("late-month", "fin février", "past", "2019-02", D(2019, 2, 21), D(2019, 2, 28)),
    Norm("recent-days", "ces derniers jours", "past", "PAST_REF", D(2019, 4, 3), D(2019, 4, 9)),
    Norm("days-ago", "il y a deux jours", "past", "2019-04-08", D(2019, 4, 8), D(2019, 4, 8)),
    Norm("year-last", "l'an dernier", "past", "2018", D(2018, 1, 1), D(2018, 12, 31)),
    Norm("year-this", "cette année", "past", "2019", D(2019, 1, 1), D(2019, 12, 31)),
    Norm("year", "en 2016", None, "2016", D(2016, 1, 1), D(2016, 12, 31), None),
    Norm("season", "cet hiver", None, "2019-WI", D(2019, 12, 21), D(2020, 3, 20)),
    Norm("season-in-general", "été", None, "XXXX-SU"),
    Norm("decade", "les années 80", None, "198X", D(1980, 1, 1), D(1989, 12, 31)),
    Norm("century", "la fin du XIXe siècle", None, "18XX", D(1800, 1, 1), D(1899, 12, 31)),
    Norm("relative-without-publication-date", "hier", "past", None, anchor=None),
    Norm("weekday-without-publication-date", "mardi dernier", "past", None, anchor=None),
    Norm("not-a-date", "le président", "past", None),
]


@pytest.mark.parametrize("row", NORMALISER, ids=lambda r: r.id)
def test_normaliser(row: Norm) -> None:
    value = normalise(row.expression, row.anchor, FR, row.direction)  # type: ignore[arg-type]
    if row.timex is None:
        assert value is None
        return
    assert value is not None
    assert value.timex == row.timex
    if row.first is not None:
        assert (value.first, value.last) == (row.first, row.last)


def test_find_gives_offsets_rules_and_values() -> None:
    text = "Le 7 avril, la mairie a annoncé hier la fermeture jusqu'au 30 avril."
    found = find(text, WEDNESDAY, FR)
    assert [(e.text, e.rule) for e in found] == [
        ("Le 7 avril", "date.day_month"),
        ("hier", "date.relative_day"),
        ("30 avril", "date.day_month"),
    ]
    assert all(text[e.start : e.end] == e.text for e in found)
    assert found[1].value is not None and found[1].value.first == D(2019, 4, 9)


def test_find_never_raises_on_numbers_that_are_no_dates() -> None:
    text = "Plus de 1500 personnes, 35 morts, 12 h 30, le numéro 45 et 2,5 millions d'euros."
    found = find(text, WEDNESDAY, FR)
    assert [e.text for e in found if e.value is not None and e.value.first is not None] == []


# Words of the grammar, numbers, marks and spaces, to build texts where every rule has something to read.
_PARTS = st.sampled_from(
    "le la l' l’ en au du ce cet cette les des mi- fin début hier Hier demain aujourd'hui soir matin "
    "mardi Mardi 1er 7 12 31 1998 2001 98 '98 mai Mai août avril juin dernier prochaine semaine mois an "
    "année été hiver il y a deux trois ces derniers jours années 60 XIXe siècle désormais h heures "
    "/ . , : - ’ ' « » 1500 personnes 12/05/2001 7.4.2019 Juil. sept. week-end".split()
)
_GAPS = st.sampled_from([" ", "  ", "\n", "", ", ", "\u00a0", "-"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_PARTS, _GAPS), max_size=14).map(lambda parts: "".join(w + g for w, g in parts)))
def test_the_grammar_read_at_its_places_is_every_rule_over_the_whole_text(text: str) -> None:
    """``_matches`` tries a rule only where a word it may begin with starts: it finds what every
    rule's own scan of the whole text finds."""
    whole = []
    for order, (rule, pattern) in enumerate(dates._grammar(FR)):
        whole += [(m.start(), m.end(), order, rule) for m in pattern.finditer(text)]
    whole.sort(key=lambda f: (f[0], -(f[1] - f[0]), f[2]))
    kept: list[tuple[int, int, int, str]] = []
    for item in whole:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    assert [found[:4] for found in dates._matches(text, FR)] == kept


@attrs.frozen
class Said:
    id: str
    text: str
    expected: tuple[tuple[str, str | None, str | None], ...]  # (start of the item's text, said_on, said_on_end)
    published: str | None = "2019-04-10"
    rule: str | None = None  # a rule id the first item's evidence holds


SAID_ON = [
    Said(  # a reduced adjunct opening the sentence takes its governor's time: the occasion it names is past
        "a-reduced-adjunct-naming-a-dated-occasion-sets-the-scene",
        "Présent hier soir à la remise des prix du concours, le président du jury a félicité les lauréats. "
        "« Le niveau était très élevé », a-t-il noté.",
        (("Le niveau", "2019-04-09", None),),
        rule="when.occasion",
    ),
    Said(  # a relative day elided on the occasion noun of a fronted adjunct dates the statement
        "a-relative-day-elided-on-an-occasion-noun",
        "Au terme de la séance d'hier soir, le président du district a promis que la taxe n'augmenterait pas.",
        (("la taxe", "2019-04-09", None),),
    ),
    Said(  # a date on a noun that is no occasion nor document is that noun's, not the saying's
        "a-date-on-a-noun-of-the-events-dates-no-statement",
        "Les orages de dimanche soir ont rappelé au maire que la digue était fragile.",
        (("la digue", None, None),),
    ),
    Said(  # a weekday the parse hangs on the verb's object, not its subject, still dates the saying
        "a-weekday-hung-on-an-object-noun-dates-the-saying",
        "Le préfet a confirmé aux élus du canton lundi que la route serait rouverte.",
        (("la route", "2019-04-08", None),),
    ),
    Said(  # a bare weekday set off by commas after the subject dates the saying
        "a-bare-weekday-after-the-subject-dates-the-saying",
        "La présidente du département, mardi soir, a promis que le collège serait reconstruit.",
        (("le collège", "2019-04-09", None),),
    ),
    Said(  # a person named after the announcement outside a subject, taken up by the pronoun: not the agent
        "a-passive-announcement-not-for-a-person-named-in-a-fragment",
        "La fermeture de la perception a été annoncée hier par la préfecture. Désarroi chez le maire de Fresse, "
        "Gilles Humbert. « On abandonne nos villages », a-t-il lâché.",
        (("On abandonne", None, None),),
    ),
    Said(  # the same, in sport
        "a-passive-announcement-not-for-a-player-named-in-a-fragment",
        "Le départ de l'entraîneur a été officialisé lundi par le club. Tristesse du côté du gardien, Romain Pichot. "
        "« Il m'a tout appris », a-t-il confié.",
        (("Il m'a", None, None),),
    ),
    Said(  # told by letter to a person: that person is no agent
        "a-passive-announcement-by-letter-to-a-person",
        "La suppression de la classe a été annoncée lundi par courrier à la directrice, Martine Kuntz. "
        "« C'est injuste », a-t-elle réagi.",
        (("C'est injuste", None, None),),
    ),
    Said(  # the pronoun takes up another person named after the announcement: no date (review of when.announced)
        "a-passive-announcement-not-for-the-mayor-taken-up-after",
        "La fermeture de la maternité a été annoncée hier par la directrice de l'hôpital. "
        "Le maire de Remiremont, lui, est furieux. "
        "« C'est un scandale », a-t-il lancé.",
        (("C'est un", None, None),),
    ),
    Said(  # the same, a named parent
        "a-passive-announcement-not-for-a-parent-named-after",
        "La nouvelle carte scolaire a été dévoilée lundi par le recteur. Sophie Martin, mère d'élève, ne décolère pas. "
        "« On nous a menti », a-t-elle lâché.",
        (("On nous", None, None),),
    ),
    Said(  # an announcement 'par courriel' has no agent: no date
        "a-passive-announcement-by-email-has-no-agent",
        "La nouvelle a été confirmée hier par courriel aux parents d'élèves. Le maire de la commune reste prudent. "
        "« Rien n'est joué », estime-t-il.",
        (("Rien n'est", None, None),),
    ),
    Said(  # a decision given by a court, then a mayor's reaction taken up by a pronoun: no date
        "a-passive-announcement-not-for-the-mayor-after-a-court",
        "La décision a été rendue hier par le tribunal administratif de Nancy. Le maire de Toul fera appel. "
        "« Cette décision est incompréhensible », a-t-il réagi.",
        (("Cette décision", None, None),),
    ),
    Said(  # the agent's quote in the pluperfect was said before the announcement: no date
        "a-passive-announcement-not-for-a-pluperfect-quote",
        "La fermeture de l'usine a été annoncée hier par le directeur. "
        "« Nous n'avons plus de commandes », avait-il pourtant confié à ses proches.",
        (("Nous n'avons", None, None),),
    ),
    Said(  # a memory told now of an announcement years ago: no date
        "a-passive-announcement-not-for-a-memory-told-now",
        "Le projet du musée a été dévoilé en 2012 par l'architecte Jean Nouvel. "
        "« C'était un pari fou », se souvient-il.",
        (("C'était un", None, None),),
    ),
    Said(  # a union delegate named after a group's announcement, taken up by a pronoun: no date
        "a-passive-announcement-not-for-a-delegate-named-after",
        "Le rachat de la papeterie a été annoncé lundi par le groupe finlandais. "
        "Le délégué CFDT, Éric Mangin, reste méfiant. "
        "« On a déjà entendu ça », a-t-il glissé.",
        (("On a déjà", None, None),),
    ),
    Said(  # another person named between the agent and the quote: no date, even when the pronoun takes up the agent
        "a-passive-announcement-not-across-another-person",
        "Le tracé de la piste cyclable a été dévoilé hier par l'adjointe aux mobilités, Laure Vincent. "
        "Le maire, Paul Grosjean, était en déplacement. "
        "« Elle reliera les deux gares », a-t-elle expliqué.",
        (("Elle reliera", None, None),),
    ),
    Said(  # the agent's own quote in the pluperfect: said before the announcement
        "a-passive-announcement-not-for-the-agents-pluperfect",
        "La vente de la brasserie a été confirmée hier par son patron, Didier Muller. "
        "« Je ne voulais pas vendre », avait-il pourtant répété à ses clients.",
        (("Je ne voulais", None, None),),
    ),
    Said(  # the agent's memory, told now, of an announcement years ago
        "a-passive-announcement-not-for-the-agents-memory",
        "Le projet de la médiathèque a été présenté en 2010 par l'architecte Claire Aubry. "
        "« Nous partions de zéro », raconte-t-elle.",
        (("Nous partions", None, None),),
    ),
    Said(  # an occasion dated by a week holds for its quotes, as that week
        "an-occasion-dated-by-a-week",
        "La semaine dernière, les viticulteurs ont manifesté devant la préfecture de Bar-le-Duc. "
        "« Nos prix s'effondrent », a déploré leur représentant.",
        (("Nos prix", "2019-04-01", "2019-04-07"),),
        rule="when.occasion",
    ),
    Said(  # an occasion dated between two quotes of one speaker is a change of scene: it wins over the carry
        "a-new-occasion-between-quotes-of-one-speaker",
        "Le préfet a inauguré lundi la nouvelle caserne de Toul. « Les pompiers méritaient ce bâtiment », "
        "a-t-il déclaré.\n\nMardi, à Nancy, le préfet a présidé le comité de sécurité. Il a précisé que les "
        "patrouilles seraient renforcées.",
        (("Les pompiers", "2019-04-08", None), ("les patrouilles", "2019-04-09", None)),
        rule="when.occasion",
    ),
    Said(  # an assembly's vote is an occasion its members are quoted at
        "a-vote-is-an-occasion",
        "Les conseillers communautaires ont voté mardi soir le nouveau plan de déplacements. "
        "« Les bus seront gratuits le dimanche », se réjouit le vice-président chargé des transports.",
        (("Les bus", "2019-04-09", None),),
        rule="when.occasion",
    ),
    Said(  # ... unless the scene itself is told in the pluperfect: the same time past
        "pluperfect-cue-at-a-pluperfect-occasion",
        "Le 4 avril, les délégués syndicaux s'étaient retrouvés devant la préfecture. "
        "« Personne ne nous écoute », avait lancé l'un d'eux.",
        (("Personne", "2019-04-04", None),),
        rule="when.occasion",
    ),
    Said(  # a cue in the pluperfect tells of a time before the scene: not said at the occasion
        "pluperfect-cue-is-not-at-the-occasion",
        "La commission d'urbanisme s'est réunie hier soir à Vesoul. "
        "« Le quartier sera transformé », avait assuré l'architecte du projet.",
        (("Le quartier", None, None),),
    ),
    Said(  # a collective action (a walk-out, an occupation, a blockade) is an occasion its speakers are quoted at
        "collective-action-is-an-occasion",
        "Une centaine de salariés de l'abattoir ont débrayé mardi matin à Mirecourt. "
        "« On ne nous dit rien sur l'avenir », regrette un délégué.",
        (("On ne nous", "2019-04-09", None),),
        rule="when.occasion",
    ),
    Said(  # ... but a thing blocked or occupied (a passive subject) is no collective action
        "a-passive-blockade-is-no-occasion",
        "Les comptes du club de handball de Saint-Dié ont été bloqués lundi par le tribunal de commerce. "
        "« Les joueurs ne sont plus payés depuis deux mois », déplore son trésorier.",
        (("Les joueurs", None, None),),
    ),
    Said(  # a part of the day standing alone is of the day the text last dated
        "part-of-the-day-alone-is-the-day-last-dated",
        "Un incendie a ravagé un entrepôt hier matin à Toul. Le propriétaire a assuré dans la soirée que "
        "l'activité reprendrait vite.",
        (("l'activité", "2019-04-09", None),),
        rule="date.anaphoric_day",
    ),
    Said(  # ... of an event of the story, not of a date of the background: of no known day
        "part-of-the-day-after-a-background-date-is-undated",
        "La salle des fêtes de Gérardmer, rénovée le 14 juin 2008, a rouvert ses portes. Le président du "
        "comité des fêtes a annoncé en fin de journée que le loto du dimanche serait maintenu.",
        (("le loto", None, None),),
    ),
    Said(  # ... and is no occasion of speech of its own, though "soirée" may name one
        "part-of-the-day-is-no-occasion",
        "Le ministre est arrivé hier à Metz, où il devait dormir dans la soirée. "
        "« Les contrôles seront renforcés », assure la police.",
        (("Les contrôles", None, None),),
    ),
    Said(  # a statement the text dates to a later day ends the scene of an earlier occasion
        "a-later-dated-statement-ends-the-scene",
        "Le conseil de prud'hommes a tranché le 2 avril en faveur des salariés. Lundi, la direction a annoncé "
        "qu'elle contestait la décision. « C'est une erreur de droit », a estimé son conseil juridique.",
        (("elle contestait", "2019-04-08", None), ("C'est une erreur", None, None)),
        rule="when.verb",
    ),
    Said(
        "occasion-of-reacting-told-without-words",
        "La direction a présenté son plan lundi devant le comité d'entreprise. Les syndicats ont réagi mardi. "
        "« Nous allons perdre des emplois », a déclaré leur porte-parole, Alain Roux.",
        (("Nous allons", "2019-04-09", None),),
        rule="when.occasion",
    ),
    Said(
        "anaphoric-day",
        "Les syndicats ont été reçus vendredi 5 avril à la préfecture. La veille, leur porte-parole avait "
        "affirmé que la grève serait reconduite.",
        (("la grève", "2019-04-04", None),),
        rule="date.anaphoric_day",
    ),
    Said(
        "anaphoric-day-before-an-event-is-no-date",
        "La veille du scrutin, le candidat a assuré que rien n'était joué.",
        (("rien", None, None),),
    ),
    Said(
        "reached-participle-dated",
        "La directrice de l'école, contactée lundi, a assuré que la classe ne fermerait pas à la rentrée.",
        (("la classe", "2019-04-08", None),),
        rule="when.reached",
    ),
    Said(
        "title-in-marks-inside-the-sentence",
        "Invité mardi de l'émission « Questions d'actu », le sénateur Paul Girard a estimé que la réforme arrivait "
        "trop tard.",
        (("la réforme", "2019-04-09", None),),
    ),
    Said(
        "verb-weekday", "« Nous partons », a déclaré dimanche Claire Martin.", (("Nous partons", "2019-04-07", None),)
    ),
    Said(
        "sentence-initial",
        "Hier soir, le maire a annoncé que la piscine fermerait.",
        (("la piscine", "2019-04-09", None),),
        rule="date.relative_day",
    ),
    Said(
        "date-of-the-events-not-of-the-statement",
        "Le ministre a affirmé que les travaux avaient commencé le 2 avril.",
        (("les travaux", None, None),),
    ),
    Said(
        "a-bound-dates-nothing",
        "Depuis lundi, le syndicat réclame l'ouverture de négociations salariales.",
        (("l'ouverture", None, None),),
    ),
    Said(
        "dated-communique",
        "Dans un communiqué publié le 3 avril, la mairie a assuré que l'eau restait potable.",
        (("l'eau", "2019-04-03", None),),
        rule="when.channel",
    ),
    Said(
        "last-week-is-a-range",
        "Le député a déclaré la semaine dernière que le texte serait voté.",
        (("le texte", "2019-04-01", "2019-04-07"),),
    ),
    Said(
        "last-tuesday",
        "La ministre a affirmé mardi dernier qu'elle ne démissionnerait pas.",
        (("elle ne", "2019-04-09", None),),
    ),
    Said(
        "same-statement-both-pairs",
        "« Nous irons jusqu'au bout », a déclaré vendredi la présidente de l'association, « et nous gagnerons ».",
        (("Nous irons", "2019-04-05", None), ("et nous", "2019-04-05", None)),
    ),
    Said(
        "another-speaker-is-not-carried",
        "Le 5 avril, l'association a annoncé qu'elle portait plainte contre la société. "
        "« Nous irons jusqu'au bout », a ajouté sa présidente.",
        (("elle portait", "2019-04-05", None), ("Nous irons", None, None)),
    ),
    Said(
        "same-speaker-goes-on",
        "« Le budget est tenu », a affirmé lundi le trésorier Paul Girard. "
        "« Nous n'avons aucune dette », a-t-il ajouté.",
        (("Le budget", "2019-04-08", None), ("Nous n'avons", "2019-04-08", None)),
    ),
    Said(
        "dated-occasion-carries",
        "Le conseil municipal s'est réuni hier soir à la mairie.\n"
        "« Les impôts locaux n'augmenteront pas », a expliqué le maire, Jean Dupuis.\n"
        "« Nous tiendrons nos engagements », a-t-il poursuivi.",
        (("Les impôts", "2019-04-09", None), ("Nous tiendrons", "2019-04-09", None)),
        rule="when.occasion",
    ),
    Said(  # the time expression in a fronted participial phrase, not right before the comma's clause
        "fronted-participle-phrase",
        "Interrogé hier soir sur une radio locale, le maire a affirmé que la piscine rouvrirait en mai.",
        (("la piscine", "2019-04-09", None),),
        rule="when.reached",  # the parse hangs the participle of being reached on the verb
    ),
    Said(  # the next paragraph goes on with the same speaker, taken up by a pronoun
        "pronoun-speaker-in-the-next-paragraph",
        "La présidente de la chambre d'agriculture a dénoncé mardi la baisse des aides.\n\n"
        "« Nos exploitations ne tiendront pas », a-t-elle prévenu.",
        (("la baisse", "2019-04-09", None), ("Nos exploitations", "2019-04-09", None)),
    ),
    Said(  # the tagger reads the fronted participle as a finite verb (an imperative): still a phrase
        "fronted-participle-read-as-finite",
        "Le ministre sur RTL\n\nInvité dimanche du Grand Jury RTL, le ministre de l'Agriculture a jugé que la "
        "récolte serait « exceptionnelle ».",
        (("la récolte", "2019-04-07", None),),
        rule="when.sentence",
    ),
    Said(  # a match told by its result is an occasion
        "competition-told-by-its-result",
        "Les handballeuses d'Épinal ont battu Dijon (28-25) samedi soir au gymnase de la Vierge.\n"
        "« Nous avons tenu jusqu'au bout », se réjouissait leur entraîneur, Marc Didier.",
        (("Nous avons tenu", "2019-04-06", None),),
        rule="when.occasion",
    ),
    Said(  # the occasion's own clause dates it, the quote coming first
        "clause-of-the-occasion",
        "« Nos adhérents sont de plus en plus nombreux », a souligné le président lors du congrès organisé "
        "dimanche à Verdun.",
        (("Nos adhérents", "2019-04-07", None),),
        rule="when.occasion_clause",
    ),
    Said(  # the subject's relative clause of speaking carries the time of the statement
        "relative-clause-of-speaking",
        "Le président du club, qui s'exprimait dimanche à l'issue de l'assemblée, a affirmé que le stade "
        "serait agrandi.",
        (("le stade", "2019-04-07", None),),
        rule="when.speaking_relative",
    ),
    Said(  # "à la tribune" is a place at the occasion, not a channel like "dans une tribune"
        "rostrum-is-at-the-occasion",
        "Les anciens combattants ont tenu leur congrès samedi à Longwy.\n"
        "Présent à la tribune, le député a promis de soutenir leur demande de pension.",
        (("soutenir", "2019-04-06", None),),
        rule="when.occasion",
    ),
    Said(  # the occasion noun inside a compound preposition ("au cours de", "à l'issue de")
        "occasion-in-a-compound-preposition",
        "Lundi, au cours d'une conférence de presse, la présidente du club a annoncé le départ de l'entraîneur.\n"
        "Elle a précisé que son successeur serait nommé en juin.",
        (("le départ", "2019-04-08", None), ("son successeur", "2019-04-08", None)),
    ),
    Said(  # the expression "faire savoir": the date follows its second word
        "faire-savoir-expression",
        "Le rectorat a fait savoir hier soir que deux postes seraient créés à la rentrée.",
        (("deux postes", "2019-04-09", None),),
        rule="when.verb",
    ),
    Said(  # the purpose of a journey dated in the journalist's voice makes it an occasion
        "purpose-of-a-visit",
        "La secrétaire d'Etat s'est rendue dimanche à Metz pour visiter la nouvelle maternité.\n"
        "« Cet établissement est un modèle », a-t-elle déclaré.",
        (("Cet établissement", "2019-04-07", None),),
        rule="when.occasion",
    ),
    Said(  # "était samedi à Verdun": the parse makes the date the copula's predicate
        "presence-with-a-copula",
        "Le préfet était samedi à Verdun pour rencontrer les commerçants.\n"
        "« Les aides arriveront avant l'été », a-t-il promis.",
        (("Les aides", "2019-04-06", None),),
        rule="when.occasion",
    ),
    Said(  # a date of the background between the occasion and the quote does not change the scene
        "background-date-keeps-the-scene",
        "Le club de tennis a tenu son assemblée générale samedi. Fondé en 1962, il compte 240 licenciés.\n"
        "« Nous voulons construire deux courts couverts », a expliqué le président, Marc Perrin.",
        (("Nous voulons", "2019-04-06", None),),
        rule="when.occasion",
    ),
    Said(  # a hearing: the court is the occasion of what is pleaded there
        "a-court-hearing-is-an-occasion",
        "Le tribunal correctionnel a examiné hier l'affaire du cambriolage de la pharmacie.\n"
        "« Mon client n'était pas sur place », a plaidé son avocat, Me Jean Roussel.",
        (("Mon client", "2019-04-09", None),),
        rule="when.occasion",
    ),
    Said(  # a gathering of its members is the occasion of an association's speeches
        "a-gathering-is-an-occasion",
        "Les retraités de la SNCF se sont retrouvés dimanche pour leur repas annuel.\n"
        "« Nous restons unis », a lancé le président, Paul Henry.",
        (("Nous restons", "2019-04-07", None),),
        rule="when.occasion",
    ),
    Said(  # a year is no moment of an occasion: the quote is not placed at the championship
        "a-year-is-no-occasion",
        "Le club a remporté le championnat en 2017.\n« Nous voulons recommencer », explique l'entraîneur, Marc Perrin.",
        (("Nous voulons", None, None),),
    ),
    Said(  # a speaker the journalist reached themselves spoke to the paper, not at the occasion
        "reached-by-the-paper-is-not-at-the-occasion",
        "Le conseil municipal s'est réuni lundi soir.\n"
        "« Le budget est sain », a expliqué le maire, Jean Dupuis.\n"
        "Joint par téléphone, l'opposant Luc Perrot a affirmé que la ville était trop endettée.",
        (("Le budget", "2019-04-08", None), ("la ville", None, None)),
        rule="when.occasion",
    ),
    Said(  # the occasion noun hangs on the time expression in the parse ("samedi soir ses vœux")
        "occasion-noun-on-the-expression",
        "C'est devant une salle comble que la maire, Anne Richard, a présenté samedi soir ses vœux aux habitants.\n"
        "« Nous ouvrirons une crèche cette année », a-t-elle annoncé.",
        (("Nous ouvrirons", "2019-04-06", None),),
        rule="when.occasion",
    ),
    Said(  # a passive in the imperfect is past ("étaient réunis"), whatever stray word the parse adds
        "gathering-in-the-imperfect-passive",
        "Dimanche, les sapeurs-pompiers du canton étaient réunis en assemblée générale.\n"
        "« Nous manquons de volontaires », a expliqué le chef de centre, Luc Bernard.",
        (("Nous manquons", "2019-04-07", None),),
        rule="when.occasion",
    ),
    Said(  # what comes through a channel of its own was not said at the occasion
        "a-channel-of-its-own-is-not-the-occasion",
        "L'assemblée générale du club s'est tenue samedi.\n"
        "« Les comptes sont à l'équilibre », a expliqué le trésorier, Marc Perrin.\n"
        "Sur son blog, l'ancien président Luc Girard a affirmé que le club courait à la faillite.",
        (("Les comptes", "2019-04-06", None), ("le club courait", None, None)),
        rule="when.occasion",
    ),
    Said(  # a quote in a sentence dated otherwise is not the occasion's
        "a-sentence-dated-otherwise-leaves-the-scene",
        "Le procès de Marc Durand s'est ouvert hier devant la cour d'assises.\n"
        "« Je suis innocent », a déclaré l'accusé.\n"
        "Il s'était disputé en 2015 avec un voisin qui avait affirmé que l'accusé le menaçait.",
        (("Je suis", "2019-04-09", None), ("l'accusé le", None, None)),
        rule="when.occasion",
    ),
    Said(  # a memory told in the present long after the occasion is said now, not then
        "a-memory-in-the-present-is-said-now",
        "Le 5 juillet 1962, l'Algérie fêtait son indépendance lors d'une grande cérémonie à Alger.\n"
        "« Je n'oublierai jamais cette journée », se souvient Ahmed Benali, alors âgé de 12 ans.",
        (("Je n'oublierai", None, None),),
    ),
    Said(  # a second dated occasion is a new scene
        "a-new-occasion-is-a-new-scene",
        "Lundi, le conseil municipal s'est réuni pour voter le budget.\n"
        "« La dette baisse », a expliqué le maire, Jean Dupuis.\n"
        "Mardi, l'opposition a tenu une conférence de presse.\n"
        "« Ce budget ment », a lancé son chef de file, Luc Perrot.",
        (("La dette", "2019-04-08", None), ("Ce budget", "2019-04-09", None)),
        rule="when.occasion",
    ),
    Said(  # the occasion noun is in an adverbial phrase ("lors de"), not an argument of the verb
        "occasion-in-an-adverbial-phrase",
        "Hier, lors de l'assemblée générale du club, le président a dressé le bilan de la saison.\n"
        "« Nous avons doublé le nombre de licenciés », a-t-il expliqué.",
        (("Nous avons", "2019-04-09", None),),
        rule="when.occasion",
    ),
    Said(
        "no-expression-no-date",
        "« La situation est grave », estime le maire Jean Dupuis.",
        (("La situation", None, None),),
    ),
    Said(
        "inside-the-quotation",
        "« Hier encore, nous avons reçu des menaces », raconte l'infirmière Julie Marchal.",
        (("Hier encore", None, None),),
    ),
    Said(
        "weekday-and-day",
        "Samedi 6, le président du club a déclaré que l'équipe resterait en première division.",
        (("l'équipe", "2019-04-06", None),),
    ),
    Said(
        "same-document-in-another-paragraph",
        "Selon une enquête publiée hier, 40 % des commerçants jugent la rue trop sale.\n"
        "Cette même enquête révèle que la moitié d'entre eux soutiennent la piétonnisation.",
        (("40 %", "2019-04-09", None), ("la moitié", "2019-04-09", None)),
    ),
    Said(
        "numeric-date",
        "Le 02/04/2019, le directeur a annoncé que la cantine serait rénovée.",
        (("la cantine", "2019-04-02", None),),
    ),
    Said(
        "early-month",
        "La préfète a déclaré début avril que la route serait rouverte.",
        (("la route", "2019-04-01", "2019-04-10"),),
    ),
    Said(
        "a-month",
        "En février 2019, le club a annoncé que l'entraîneur partirait.",
        (("l'entraîneur", "2019-02-01", "2019-02-28"),),
    ),
    Said(
        "end-of-last-year",
        "À la fin de l'année dernière, la direction avait promis que les primes seraient versées.",
        (("les primes", "2018-01-01", "2018-12-31"),),
    ),
    Said(
        "a-season",
        "À l'automne 2017, l'association avait affirmé que le refuge était plein.",
        (("le refuge", "2017-09-23", "2017-12-20"),),
    ),
    Said(
        "days-ago",
        "Il y a trois jours, le recteur a annoncé que le lycée ouvrirait en septembre.",
        (("le lycée", "2019-04-07", None),),
    ),
    Said(
        "recent-days",
        "Le maire a répété ces derniers jours que le marché resterait place de la Gare.",
        (("le marché", "2019-04-03", "2019-04-09"),),
    ),
    Said(
        "a-decade",
        "Dans les années 90, le syndicat avait déclaré que la mine fermerait.",
        (("la mine", "1990-01-01", "1999-12-31"),),
    ),
    Said(
        "a-century",
        "À la fin du XVIIIe siècle, le curé écrivait que le village manquait d'eau.",
        (("le village", "1700-01-01", "1799-12-31"),),
    ),
    Said(
        "a-year",
        "En 2015, la ministre avait assuré que la ligne serait électrifiée.",
        (("la ligne", "2015-01-01", "2015-12-31"),),
    ),
    Said(
        "absolute-date-without-publication-date",
        "Le 7 avril 2019, le commandement a annoncé qu'il retirait des troupes.",
        (("il retirait", "2019-04-07", None),),
        published=None,
    ),
    Said(
        "relative-date-without-publication-date",
        "Hier, le maire a annoncé que la piscine fermerait.",
        (("la piscine", None, None),),
        published=None,
    ),
]


def _dated(text: str, published: str | None) -> list[Quote]:
    return [q for q in quoteminer.extract(text, published=published).quotes if q.kind.is_speech]


@pytest.mark.parametrize("row", SAID_ON, ids=lambda r: r.id)
def test_said_on(row: Said) -> None:
    quotes = _dated(row.text, row.published)
    got = tuple(
        (q.text[: len(start)], str(q.said_on) if q.said_on else None, str(q.said_on_end) if q.said_on_end else None)
        for q, (start, _, _) in zip(quotes, row.expected, strict=False)
    )
    assert got == row.expected
    for q in quotes:
        if q.said_on is not None:
            assert q.said_on_text is not None
            assert row.text[q.said_on_text.start : q.said_on_text.end] == q.said_on_text.text
            assert any(e.startswith("when.") for e in q.evidence)
            assert any(e.startswith("date.") for e in q.evidence)
        else:
            assert q.said_on_text is None and q.said_on_end is None
    if row.rule is not None:
        assert row.rule in quotes[0].evidence


def test_issue_example_africom() -> None:
    text = "Le 7 avril, Africom a annoncé le retrait provisoire de ses troupes : « Nous partons pour l'instant. »"
    quotes = _dated(text, "2019-04-10")
    assert quotes and all(q.said_on == D(2019, 4, 7) for q in quotes)


@pytest.mark.parametrize(
    ("published", "error"),
    [
        (20190410, TypeError),
        (b"2019-04-10", TypeError),
        ("10/04/2019", ValueError),
        ("2019-13-01", ValueError),
        ("hier", ValueError),
    ],
)
def test_published_of_a_wrong_type_or_unreadable_raises_at_once(published: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="published"):
        quoteminer.extract("« Oui », a dit Paul Durand.", published=published)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "published",
    [D(2019, 4, 10), datetime.datetime(2019, 4, 10, 18, 30), "2019-04-10", "2019-04-10T18:30:00+02:00"],
)
def test_published_forms(published: object) -> None:
    assert as_date(published) == WEDNESDAY
    (quote,) = _dated("« Oui », a dit hier Paul Durand.", published)  # type: ignore[arg-type]
    assert quote.said_on == D(2019, 4, 9)


def test_quote_said_on_is_validated() -> None:
    base = {"text": "oui", "start": 0, "end": 3, "kind": QuoteKind.DIRECT}
    with pytest.raises(ValueError, match="said_on_end"):
        Quote(**base, said_on=D(2019, 4, 9), said_on_end=D(2019, 4, 1))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="need said_on"):
        Quote(**base, said_on_end=D(2019, 4, 1))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"datetime\.date"):
        Quote(**base, said_on=datetime.datetime(2019, 4, 9))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="mention"):
        Quote(text="oui", start=0, end=3, kind=QuoteKind.MENTION, said_on=D(2019, 4, 9))


def test_dates_survive_every_export() -> None:
    result = quoteminer.extract(
        "Le maire a déclaré la semaine dernière que le texte passerait.", published="2019-04-10"
    )
    assert result.quotes[0].said_on_end == D(2019, 4, 7)
    data = to_dict(result)
    assert data["quotes"][0]["said_on"] == "2019-04-01"
    assert data["quotes"][0]["said_on_end"] == "2019-04-07"
    assert from_dict(json.loads(json.dumps(data))) == result
    stream = io.StringIO()
    write_jsonl([("a", result)], stream)
    stream.seek(0)
    assert [tuple(doc) for doc in read_jsonl(stream)] == [("a", result)]  # Documents unpack as (id, extraction)
    (row,) = quoteminer.export.to_rows("a", result)
    assert (row["said_on"], row["said_on_end"]) == ("2019-04-01", "2019-04-07")


def test_extract_many_takes_a_date_and_records_with_dates() -> None:
    text = "« Oui », a dit hier Paul Durand."
    inputs = [text, {"text": text, "date": "2019-04-02"}, {"text": text, "published": D(2019, 3, 2)}]
    found = list(quoteminer.extract_many(inputs, published="2019-04-10"))
    results = [r.extraction if isinstance(r, quoteminer.Document) else r for r in found]  # records give Documents
    assert [r.quotes[0].said_on for r in results] == [D(2019, 4, 9), D(2019, 4, 1), D(2019, 3, 1)]
    assert results[0] == quoteminer.extract(text, published="2019-04-10")
    with pytest.raises(ValueError, match="text"):
        list(quoteminer.extract_many([{"body": text}]))
    with pytest.raises(TypeError, match="published"):
        quoteminer.extract_many([text], published=3.5)  # type: ignore[arg-type]


def test_without_published_said_on_stays_unknown_and_the_rest_is_unchanged() -> None:
    text = "Hier, le maire a annoncé que la piscine fermerait. « Nous verrons », a-t-il ajouté."
    plain, dated = quoteminer.extract(text), quoteminer.extract(text, published="2019-04-10")
    assert all(q.said_on is None for q in plain.quotes)
    undated = tuple(
        attrs.evolve(q, said_on=None, said_on_end=None, said_on_text=None, evidence=()) for q in dated.quotes
    )
    assert undated == tuple(attrs.evolve(q, evidence=()) for q in plain.quotes)


def test_evaluate_gives_the_published_date_to_extractors_that_take_it(tmp_path: Path) -> None:
    text = "Le maire a déclaré hier que la piscine fermerait."
    start = text.index("la piscine")
    gold = {
        "id": "a",
        "published": "2019-04-10",
        "items": [
            {
                "kind": "indirect",
                "text": text[start:-1],
                "start": start,
                "end": len(text) - 1,
                "speaker": {"name": "maire", "kind": "person"},
                "said_on": "2019-04-09",
                "said_on_end": None,
            }
        ],
        "claims": [],
    }
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    seen: list[object] = []

    def text_only(t: str) -> quoteminer.Extraction:
        return quoteminer.extract(t)

    def with_date(t: str, published: object = None) -> quoteminer.Extraction:
        seen.append(published)
        return quoteminer.extract(t, published=published)  # type: ignore[arg-type]

    assert quoteminer.evaluate(tmp_path).figures["said_on_accuracy"] == 1.0
    assert quoteminer.evaluate(tmp_path, extractor=text_only).figures["said_on_accuracy"] == 0.0
    assert quoteminer.evaluate(tmp_path, extractor=with_date).figures["said_on_accuracy"] == 1.0
    assert seen == ["2019-04-10"]


TIMEML = (
    "<?xml version='1.0' encoding='UTF-8'?>\n<TimeML>\n<DOCID>essai</DOCID>\n"
    '<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t1" type="DATE" value="2019-04-10" /></DCT>\n'
    '<TEXT>\nLe maire a <EVENT class="REPORTING" eid="e1">annoncé</EVENT> '
    '<TIMEX3 tid="t2" type="DATE" value="2019-04-09">hier</TIMEX3> que la piscine fermera '
    '<TIMEX3 tid="t3" type="DATE" value="2019-04-16">mardi</TIMEX3> &amp; rouvrira '
    '<TIMEX3 tid="t4" type="TIME" value="2019-05-02T09:00">le 2 mai à 9 h</TIMEX3>.\n'
    "</TEXT>\n</TimeML>\n"
)


def test_timeml_reader_and_score(tmp_path: Path) -> None:
    path = tmp_path / "essai.tml"
    path.write_text(TIMEML, encoding="utf-8")
    doc = read_timeml(path)
    assert (doc.id, doc.created) == ("essai", WEDNESDAY)
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("hier", "DATE", "2019-04-09"),
        ("mardi", "DATE", "2019-04-16"),
        ("le 2 mai à 9 h", "TIME", "2019-05-02T09:00"),
    ]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)
    assert "&" in doc.text
    assert score([doc], quoteminer_normaliser) == {"essai": (2, 2)}


@pytest.mark.slow
def test_normaliser_on_the_timebank_tuning_half() -> None:
    """The measurement behind the choice of normaliser (docs/accuracy.md): quoteminer's rules
    on the DATE expressions of the TimeBank's tuning half, as recorded."""
    root = Path(__file__).resolve().parent.parent / "fixtures"
    tuning = json.loads((root / "splits.json").read_text(encoding="utf-8"))["est-republicain"]["tuning"]
    docs = [read_timeml(root / "est-republicain" / "timeml" / f"{i}.tml") for i in tuning]
    scores = score(docs, quoteminer_normaliser)
    gold = sum(n for n, _ in scores.values())
    right = sum(r for _, r in scores.values())
    assert gold == 122
    assert right / gold >= 0.83
