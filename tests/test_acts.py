"""Phenomenon tables for speech acts and hedging (real model, sentences written for the tests).

One table per phenomenon; each row is one sentence, the speech item to look at
(its text) and what the act stage should say about it. Known failures are
``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import attrs
import pytest

import quoteminer
from quoteminer import Quote
from quoteminer.acts import path_confidence
from quoteminer.lang import get_language
from quoteminer.pipeline import judge_statement

FR = get_language("fr")


@attrs.frozen
class Row:
    id: str
    text: str
    item: str  # the content of the speech item under test
    expected: str  # the act, or "hedged"/"plain" in the hedging table
    reason: str | None = None  # set for a known failure of the rules (the default decider)
    classifier: str | None = None  # set for a known failure of the act classifier

    def param(self, acts: str = "rules") -> object:
        reason = self.reason if acts == "rules" else self.classifier
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        return pytest.param(self, acts, id=f"{acts}-{self.id}", marks=marks)


#: Every act row runs with both deciders (``extract(acts=…)``): the rules, today's decision
#: and the default, and the trained classifier.
DECIDERS = ("rules", "classifier")


def rows(table: list[Row]) -> list[object]:
    return [row.param(acts) for row in table for acts in DECIDERS]


def item_of(row: Row, acts: str = "rules") -> Quote:
    found = quoteminer.extract(row.text, acts=acts).quotes
    quotes = [q for q in found if q.kind.is_speech and q.text == row.item]
    assert quotes, f"no speech item {row.item!r} in {[q.text for q in found]}"
    return quotes[0]


def act_of(row: Row, acts: str) -> str:
    quote = item_of(row, acts)
    assert quote.act is not None
    return quote.act.value


DEMAND = [
    Row(
        "nous-appelons-a",
        "« Nous appelons à l'arrêt immédiat des combats », a déclaré le ministre Paul Morin.",
        "Nous appelons à l'arrêt immédiat des combats",
        "demand",
    ),
    Row(
        "appeler-les-parties-a",
        "Le ministre Paul Morin a appelé toutes les parties « à reprendre le dialogue sans délai ».",
        "à reprendre le dialogue sans délai",
        "demand",
    ),
    Row(
        "il-faut",
        "« Il faut rouvrir les écoles dès lundi », a déclaré la ministre Claire Martin.",
        "Il faut rouvrir les écoles dès lundi",
        "demand",
    ),
    Row(
        "il-faut-dire-is-discourse",
        "« Il faut dire que la saison a été difficile », a expliqué l'entraîneur Marc Petit.",
        "Il faut dire que la saison a été difficile",
        "statement",
    ),
    Row(
        "il-faut-savoir-is-discourse",
        "« Il faut savoir que ce pont date de 1850 », a précisé le maire Jean Roux.",
        "Il faut savoir que ce pont date de 1850",
        "statement",
    ),
    Row(
        "deontic-devoir",
        "« Le gouvernement doit retirer ce projet de loi », a déclaré la syndicaliste Anne Leroy.",
        "Le gouvernement doit retirer ce projet de loi",
        "demand",
    ),
    Row(
        "deontic-passive",
        "« Ces violences doivent être sanctionnées », a déclaré la ministre Claire Martin.",
        "Ces violences doivent être sanctionnées",
        "demand",
    ),
    Row(
        "scheduled-devoir-is-no-demand",
        "« Le sommet doit se tenir lundi à Bruxelles », a indiqué le porte-parole Luc Blanc.",
        "Le sommet doit se tenir lundi à Bruxelles",
        "statement",
    ),
    Row(
        "predictive-devrait-is-no-demand",
        "« La croissance devrait atteindre 2 % cette année », a estimé l'économiste Paul Morin.",
        "La croissance devrait atteindre 2 % cette année",
        "statement",
    ),
    Row(
        "imperative",
        "« Arrêtez de bombarder les civils ! », a lancé la militante Anne Leroy.",
        "Arrêtez de bombarder les civils !",
        "demand",
    ),
    Row(
        "normative-adjective",
        "Selon le syndicat, une hausse des salaires est indispensable.",
        "une hausse des salaires est indispensable",
        "demand",
    ),
    Row(
        "first-person-exiger",
        "« Nous exigeons la libération des otages », a déclaré le président Jean Roux.",
        "Nous exigeons la libération des otages",
        "demand",
    ),
    Row("verb-prior", "Le maire Jean Roux a exhorté les habitants à rester chez eux.", "rester chez eux", "demand"),
    Row(
        "normative-relative-under-an-accusing-verb",
        "La direction a condamné les agressions contre les reporters, « qui doivent pouvoir travailler librement ».",
        "qui doivent pouvoir travailler librement",
        "demand",
        reason="condamner names an act; one deontic modal (1.5) does not reach STRONG_OVERRULE",
        classifier="the content stage does not give this item (see the rules' reason)",
    ),
    Row(
        "predictive-modal-with-an-obligation",
        "« Ces tempêtes devraient obliger les élus à prendre des mesures immédiates », déclare le maire Jean Roux.",
        "Ces tempêtes devraient obliger les élus à prendre des mesures immédiates",
        "demand",
        reason="the conditional of devoir is mostly predictive, so it only supports (0.8); the obligation "
        "is carried by 'obliger … à', which no rule reads",
        classifier="deontic.devoir.Cnd and 'obliger … à' weigh too little against a statement",
    ),
    Row(
        "jussive-subjunctive",
        "« Que l'État prenne enfin ses responsabilités ! », a lancé le maire de la commune.",
        "Que l'État prenne enfin ses responsabilités !",
        "demand",
    ),
    Row(
        "jussive-subjunctive-2",
        "« Que la direction vienne s'expliquer devant les salariés », a déclaré la déléguée syndicale.",
        "Que la direction vienne s'expliquer devant les salariés",
        "demand",
    ),
]

DENIAL = [
    Row(
        "ni-ne",
        "« Nous n'approuvons ni ne soutenons cette offensive », a déclaré la porte-parole Claire Martin.",
        "Nous n'approuvons ni ne soutenons cette offensive",
        "denial",
    ),
    Row(
        "first-person-past",
        "« Nous n'avons jamais livré d'armes à ce groupe », a déclaré le ministre Paul Morin.",
        "Nous n'avons jamais livré d'armes à ce groupe",
        "denial",
    ),
    Row(
        "denied-intention",
        "Le général Marc Petit affirme qu'il ne souhaite pas prendre le pouvoir.",
        "il ne souhaite pas prendre le pouvoir",
        "denial",
    ),
    Row(
        "pas-question",
        "« Il n'est pas question de fermer cette usine », a déclaré le ministre Paul Morin.",
        "Il n'est pas question de fermer cette usine",
        "denial",
    ),
    Row(
        "c-est-faux",
        "« C'est faux, ces chiffres sont sans fondement », a déclaré la directrice Anne Leroy.",
        "C'est faux, ces chiffres sont sans fondement",
        "denial",
    ),
    Row(
        "concessive-rejection",
        "« Nous saluons cette proposition de trêve. Cependant, notre offensive se poursuivra jusqu'au bout », "
        "a déclaré le général Marc Petit.",
        "Nous saluons cette proposition de trêve. Cependant, notre offensive se poursuivra jusqu'au bout",
        "denial",
    ),
    Row("verb-prior", "Le ministère a démenti toute livraison d'armes.", "toute livraison d'armes", "denial"),
    Row(
        "narrative-negation-is-no-denial",
        "« Je marchais vers la gare. La police n'a pas bougé », a raconté le témoin Marc Petit.",
        "Je marchais vers la gare. La police n'a pas bougé",
        "statement",
    ),
    Row(
        "uncertainty-is-no-denial",
        "« Je ne sais pas encore quand nous partirons », a dit la ministre Claire Martin.",
        "Je ne sais pas encore quand nous partirons",
        "statement",
    ),
    Row(
        "negation-corrected",
        "« Cette réforme n'est pas une économie, c'est un transfert de charges », a déclaré la sénatrice Anne Roux.",
        "Cette réforme n'est pas une économie, c'est un transfert de charges",
        "denial",
    ),
    Row(
        "tout-le-contraire",
        "« C'est tout le contraire : les ventes ont progressé de 4 % », a déclaré le porte-parole Luc Blanc.",
        "C'est tout le contraire : les ventes ont progressé de 4 %",
        "denial",
    ),
    Row(
        "answer-opens-with-non",
        "« Non, le club n'a reçu aucune offre pour son gardien », a déclaré le président Henri Lambert.",
        "Non, le club n'a reçu aucune offre pour son gardien",
        "denial",
    ),
]

ASSURANCE = [
    Row(
        "future-continuation",
        "« La mission continuera à surveiller la frontière », a déclaré le général Marc Petit.",
        "La mission continuera à surveiller la frontière",
        "assurance",
    ),
    Row(
        "first-person-promise",
        "« Je promets de baisser les impôts », a déclaré le candidat Jean Roux.",
        "Je promets de baisser les impôts",
        "assurance",
    ),
    Row(
        "precaution",
        "« Il s'agit d'une simple mesure de précaution », a déclaré la porte-parole Claire Martin.",
        "Il s'agit d'une simple mesure de précaution",
        "assurance",
    ),
    Row(
        "works-normally",
        "« L'aéroport fonctionne normalement », a déclaré le directeur Paul Morin.",
        "L'aéroport fonctionne normalement",
        "assurance",
    ),
    Row(
        "negated-danger",
        "La ministre Claire Martin a déclaré que « cette réforme ne va pas mettre en danger les retraites ».",
        "cette réforme ne va pas mettre en danger les retraites",
        "assurance",
    ),
    Row(
        "assurer-keeps-its-act-against-a-negation",
        "Le ministre Paul Morin a assuré qu'il n'existait pas de solution militaire.",
        "il n'existait pas de solution militaire",
        "assurance",
    ),
    Row(
        "determined-to-in-the-frame",
        "Le ministère s'est dit déterminé « à combattre toutes les formes de racisme ».",
        "à combattre toutes les formes de racisme",
        "assurance",
    ),
    Row(
        "present-continuation-about-oneself",
        "Le président Jean Roux fait savoir qu'il continue à gérer la crise.",
        "il continue à gérer la crise",
        "assurance",
        reason="a present 'continue à' is as often a plain report ('les combats continuent de …'): weight 1.0 only",
        classifier="a present 'continue à' is as often a plain report in the tuning items",
    ),
]

WARNING = [
    Row(
        "danger",
        "« Cette offensive met en danger des milliers de civils », a déclaré la diplomate Anne Leroy.",
        "Cette offensive met en danger des milliers de civils",
        "warning",
    ),
    Row(
        "must-or-else",
        "« La corruption doit être combattue. À défaut, le régime s'effondrera », a déclaré le président Jean Roux.",
        "La corruption doit être combattue. À défaut, le régime s'effondrera",
        "warning",
    ),
    Row(
        "verb-prior",
        "Le préfet Luc Blanc a averti que les rafales seraient violentes.",
        "les rafales seraient violentes",
        "warning",
    ),
    Row(
        "des-dangers",
        "« Il y a des dangers réels pour les riverains », a déclaré le préfet Jean Lenoir.",
        "Il y a des dangers réels pour les riverains",
        "warning",
    ),
]

ACCUSATION = [
    Row(
        "intolerable",
        "« Ces actes sont inadmissibles », a déclaré la ministre Claire Martin.",
        "Ces actes sont inadmissibles",
        "accusation",
    ),
    Row(
        "inherited-decline",
        "« Nous héritons d'un pays affaibli », a déclaré le ministre Paul Morin.",
        "Nous héritons d'un pays affaibli",
        "accusation",
    ),
    Row(
        "coup",
        "Le gouvernement a dénoncé une « tentative de coup d'État ».",
        "tentative de coup d'État",
        "accusation",
    ),
    Row(
        "victim-is-no-blame",
        "Un passant a été victime d'une chute, a indiqué la préfecture.",
        "Un passant a été victime d'une chute",
        "statement",
    ),
    Row(
        "label-in-a-partial",
        "Pour le général Marc Petit, les « groupes terroristes » qui ont envahi la ville reçoivent des armes.",
        "groupes terroristes",
        "accusation",
        reason="a quoted label is an accusation only through what the sentence says of the labelled; "
        "no rule reads the clause around a short partial quotation",
        classifier="the content stage does not give this item (see the rules' reason)",
    ),
    Row(
        "label-meprisant",
        "« Cette attitude est méprisante pour les salariés », a déclaré la syndicaliste Julie Caron.",
        "Cette attitude est méprisante pour les salariés",
        "accusation",
    ),
    Row(
        "hearer-conduct",
        "« Vous avez fermé cette maternité sans consulter personne », a lancé le député Paul Girard.",
        "Vous avez fermé cette maternité sans consulter personne",
        "accusation",
    ),
    Row(
        "hearer-knowledge-is-no-reproach",
        "« Vous savez que le chantier a pris du retard », a expliqué le maire Paul Girard.",
        "Vous savez que le chantier a pris du retard",
        "statement",
    ),
]

PRIOR = [
    Row(
        "prendre-is-not-s-en-prendre",
        "Le maire prend peu de risque : « tous les sondages donnent le sortant favori ».",
        "tous les sondages donnent le sortant favori",
        "statement",
    ),
    Row(
        "mettre-is-not-mettre-en-cause",
        "La chaîne met « tout en œuvre pour assurer la sécurité de sa correspondante ».",
        "tout en œuvre pour assurer la sécurité de sa correspondante",
        "assurance",
        reason="'met' is no reporting verb (only 'met en garde/en cause' are), so nothing introduces the "
        "quotation and it comes out as a mention; the gold (dev 45527) reads it as the channel's words",
        classifier="the content stage does not give this item (see the rules' reason)",
    ),
    Row(
        "defendre-is-not-se-defendre",
        "Le fisc défend cette publication, parlant d'un « effort de transparence ».",
        "effort de transparence",
        "statement",
    ),
    Row(
        "governor-before-the-quote",
        "Assurant qu'il n'existait pas « de solution militaire », il a appelé les parties « à la retenue ».",
        "il n'existait pas « de solution militaire »",
        "assurance",
    ),
    Row(
        "governor-of-the-second-quote",
        "Assurant qu'il n'existait pas « de solution militaire », il a appelé les parties « à la retenue ».",
        "à la retenue",
        "demand",
    ),
    Row(
        "weak-verb-inside-the-content",
        "Le général Marc Petit a assuré que l'armée continuerait « à protéger les civils ».",
        "l'armée continuerait « à protéger les civils »",
        "assurance",
    ),
]

HEDGING = [
    Row(
        "conditional-reporting-verb",
        "« Nous poursuivrons la lutte », aurait déclaré le général Marc Petit.",
        "Nous poursuivrons la lutte",
        "hedged",
    ),
    Row(
        "selon-des-sources",
        "Selon des sources proches du dossier, le ministre va démissionner.",
        "le ministre va démissionner",
        "hedged",
    ),
    Row(
        "sous-couvert-d-anonymat",
        "Sous couvert d'anonymat, un diplomate admet que les négociations sont bloquées.",
        "les négociations sont bloquées",
        "hedged",
    ),
    Row(
        "selon-ses-propres-sources",
        "C'est l'avis de Paul Morin, pour qui, selon ses propres sources, le contrat a été signé.",
        "le contrat a été signé",
        "hedged",
    ),
    Row(
        "journalistic-conditional-in-indirect",
        "Le quotidien Le Soir annonce que le ministre aurait été arrêté mardi.",
        "le ministre aurait été arrêté mardi",
        "hedged",
    ),
    Row(
        "future-in-the-past-is-plain",
        "Le ministre Paul Morin a annoncé que le pont rouvrirait en mai.",
        "le pont rouvrirait en mai",
        "plain",
    ),
    Row(
        "passive-future-in-the-past-is-plain",
        "Le préfet a indiqué que le plan serait présenté le 15 avril.",
        "le plan serait présenté le 15 avril",
        "plain",
    ),
    Row(
        "compound-conditional-with-etre",
        "Le journal affirme que le ministre serait parti la veille.",
        "le ministre serait parti la veille",
        "hedged",
    ),
    Row(
        "conditional-inside-a-direct-quote-is-plain",
        "« Ce serait une erreur de partir », a déclaré la ministre Claire Martin.",
        "Ce serait une erreur de partir",
        "plain",
    ),
    Row(
        "named-source-is-plain",
        "Selon le ministère de la Santé, les combats ont fait au moins 35 morts.",
        "les combats ont fait au moins 35 morts",
        "plain",
    ),
    Row(
        "vague-source-set-off-inside-the-statement",
        "Le chantier du contournement, selon les observateurs, accuse déjà six mois de retard.",
        "Le chantier du contournement, selon les observateurs, accuse déjà six mois de retard",
        "hedged",
    ),
    Row(
        "people-left-unnamed-by-their-determiner",
        "D'après plusieurs riverains, la station d'épuration dégage des odeurs depuis juin.",
        "la station d'épuration dégage des odeurs depuis juin",
        "hedged",
    ),
    Row(
        "institutions-named-by-their-kind-are-plain",
        "Selon plusieurs syndicats, la réforme menace 2 000 emplois.",
        "la réforme menace 2 000 emplois",
        "plain",
    ),
    Row(
        "impersonal-on-as-the-source",
        "On assurait lundi soir à la préfecture que la route serait rouverte mardi.",
        "la route serait rouverte mardi",
        "hedged",
    ),
    Row(
        "inverted-on-as-the-source",
        "Le marché de Noël n'aura pas lieu cette année, indique-t-on au comité des fêtes.",
        "Le marché de Noël n'aura pas lieu cette année",
        "hedged",
    ),
    Row(
        "the-reader-on-is-plain",
        "« Nous fermons le site de Vesoul », peut-on lire dans un communiqué de la direction.",
        "Nous fermons le site de Vesoul",
        "plain",
    ),
    Row(
        "an-unnamed-medium",
        "Selon un hebdomadaire régional, le club cherche un repreneur.",
        "le club cherche un repreneur",
        "hedged",
    ),
    Row(
        "a-named-medium-is-plain",
        "Selon le quotidien Ouest-France, le club cherche un repreneur.",
        "le club cherche un repreneur",
        "plain",
    ),
    Row(
        "pronoun-continuing-a-hedged-source",
        "Des analystes jugent dans la presse que le verdict est sévère. Ils estiment que l'entreprise doit innover.",
        "l'entreprise doit innover",
        "hedged",
        reason="the second-hand attribution of the previous sentence is not carried to a pronoun that continues it",
    ),
]


# --- What the issue "a trained act classifier" found failing on unseen articles, by kind --------
# Sentences written for these tables (ordinary news French, none taken from a fixture).

CONTENT_CARRIES_THE_ACT = [
    Row(
        "loaded-label-accuses",
        "« Cette réforme des retraites est une dérive autoritaire », a déclaré la députée Sophie Vasseur.",
        "Cette réforme des retraites est une dérive autoritaire",
        "accusation",
    ),
    Row(
        "insult-accuses",
        "« Ce gouvernement est incompétent et méprise les agriculteurs », a lancé le syndicaliste Hervé Lemoine.",
        "Ce gouvernement est incompétent et méprise les agriculteurs",
        "accusation",
    ),
    Row(
        "rhetorical-question-accuses",
        "« Qui peut encore croire à ce mensonge sur les comptes de la ville ? », a lancé l'élue Nadia Ferrand.",
        "Qui peut encore croire à ce mensonge sur les comptes de la ville ?",
        "accusation",
    ),
    Row(
        "reassuring-state",
        "« Le réseau de distribution d'eau reste fiable malgré la sécheresse », a déclaré le directeur Alain Perrot.",
        "Le réseau de distribution d'eau reste fiable malgré la sécheresse",
        "assurance",
    ),
    Row(
        "first-person-future-commitment",
        "« Nous tiendrons nos engagements envers les salariés du site », a déclaré la PDG Hélène Marchal.",
        "Nous tiendrons nos engagements envers les salariés du site",
        "assurance",
    ),
    Row(
        "institutional-future-commitment",
        "« Les patrouilles seront renforcées autour des écoles dès la rentrée », a indiqué le préfet Denis Aubert.",
        "Les patrouilles seront renforcées autour des écoles dès la rentrée",
        "assurance",
        classifier="verb.future_passive fires (signal.assurance), 0.23 against 0.47 for statement: the tuning "
        "items hold"
        " a single future passive commitment",
        reason="the future passive rule reads only 'assurée', 'garantie', 'maintenue' …, not 'renforcées'",
    ),
    Row(
        "risk-words-warn",
        "« La situation financière du club est très inquiétante », a déclaré le président Marc Olivier.",
        "La situation financière du club est très inquiétante",
        "warning",
    ),
    Row(
        "alarm-signal-warns",
        "« Cette crue est un signal d'alerte pour toute la vallée », a déclaré l'hydrologue Julie Renaud.",
        "Cette crue est un signal d'alerte pour toute la vallée",
        "warning",
    ),
]

NEGATION_IS_NOT_ALWAYS_DENIAL = [
    Row(
        "negated-commitment",
        "« Nous ne lâcherons rien sur les salaires », a déclaré la syndicaliste Martine Gallet.",
        "Nous ne lâcherons rien sur les salaires",
        "assurance",
    ),
    Row(
        "negated-subject-future",
        "« Aucune classe ne fermera dans le département à la rentrée », a déclaré l'inspecteur Paul Garnier.",
        "Aucune classe ne fermera dans le département à la rentrée",
        "assurance",
    ),
    Row(
        "negated-expectation-is-a-statement",
        "« Je ne m'attendais pas à une telle affluence », a confié l'organisatrice Claire Fabre.",
        "Je ne m'attendais pas à une telle affluence",
        "statement",
    ),
    Row(
        "negated-tolerance-condemns",
        "« Nous ne pouvons pas tolérer de telles violences contre les pompiers », a déclaré le maire Luc Caron.",
        "Nous ne pouvons pas tolérer de telles violences contre les pompiers",
        "accusation",
    ),
    Row(
        "denial-of-an-accusation",
        "« Nous n'avons jamais dissimulé ces chiffres aux actionnaires », a déclaré le directeur financier Yves Morel.",
        "Nous n'avons jamais dissimulé ces chiffres aux actionnaires",
        "denial",
    ),
]

#: Acts carried by the content's main predicate (``acts._predicate_vote``): its tense, its
#: negation, what it says of its subject; with the rows that must stay statements.
PREDICATE_CARRIES_THE_ACT = [
    Row(
        "risk-remaining-high-warns",
        "« Le danger d'avalanche reste fort sur l'ensemble du massif », a indiqué la préfète Claire Vautrin.",
        "Le danger d'avalanche reste fort sur l'ensemble du massif",
        "warning",
    ),
    Row(
        "risk-that-remained-high-is-recalled",
        "« Le danger est resté réel pendant toute la nuit », a raconté le capitaine des pompiers Luc Marchal.",
        "Le danger est resté réel pendant toute la nuit",
        "statement",
    ),
    Row(
        "missing-condition-warns",
        "« Sans accord avant vendredi, l'usine serait fermée », a estimé le délégué syndical Marc Henry.",
        "Sans accord avant vendredi, l'usine serait fermée",
        "warning",
    ),
    Row(
        "if-clause-consequence-warns",
        "« Si ce projet passe, les loyers du quartier augmenteront fortement », a déclaré la présidente de "
        "l'association Anne Colin.",
        "Si ce projet passe, les loyers du quartier augmenteront fortement",
        "warning",
        reason="in the whole sentence the parser hangs the consequence under the 'si' clause, and the clause on "
        "the reporting verb: the main predicate the rule reads is 'passe'",
        classifier="the same parse: no feature reads the consequence",
    ),
    Row(
        "reported-negated-future-assures",
        "L'adjoint aux sports Paul Vidal a précisé que la piscine municipale ne fermerait pas cet été.",
        "la piscine municipale ne fermerait pas cet été",
        "assurance",
    ),
    Row(
        "negated-going-to-assures",
        "« La mairie ne va pas augmenter les impôts locaux », a déclaré le maire Jean Roux.",
        "La mairie ne va pas augmenter les impôts locaux",
        "assurance",
    ),
    Row(
        "label-by-a-verb-accuses",
        "« Ce gouvernement flirte avec l'irresponsabilité », a déclaré le sénateur Luc Perrin.",
        "Ce gouvernement flirte avec l'irresponsabilité",
        "accusation",
    ),
    Row(
        "state-under-control-assures",
        "« L'incendie reste sous contrôle et les habitants sont en sécurité », a déclaré le préfet Denis Aubert.",
        "L'incendie reste sous contrôle et les habitants sont en sécurité",
        "assurance",
    ),
    # what must stay a statement
    Row(
        "negated-past-is-a-statement",
        "« Le conseil municipal n'a pas examiné le budget lundi », a indiqué la secrétaire Marie Lenoir.",
        "Le conseil municipal n'a pas examiné le budget lundi",
        "statement",
    ),
    Row(
        "negated-knowing-to-come-is-a-statement",
        "« Je ne saurai pas avant mardi si le chantier est terminé », a expliqué l'architecte Paul Caron.",
        "Je ne saurai pas avant mardi si le chantier est terminé",
        "statement",
    ),
    Row(
        "negated-risk-is-no-warning",
        "« La situation du barrage n'est pas inquiétante », a déclaré l'ingénieur Louis Morel.",
        "La situation du barrage n'est pas inquiétante",
        # a risk negated reassures (act.assurance.negated_risk), as ``pas d'inquiétude`` does (act.assurance.no_danger)
        "assurance",
        classifier="a negated risk is rare in the annotated items: the negated copula's denial signal weighs more",
    ),
    Row(
        "blame-word-of-an-object-is-a-statement",
        "« Le film raconte une triste histoire d'amour », a expliqué la réalisatrice Claire Dumas.",
        "Le film raconte une triste histoire d'amour",
        "statement",
    ),
    Row(
        "past-conditional-is-no-warning",
        "« S'il avait plu, la récolte aurait été meilleure », a expliqué l'agriculteur Henri Blanc.",
        "S'il avait plu, la récolte aurait été meilleure",
        "statement",
    ),
    Row(
        "conditional-schedule-is-a-statement",
        "« S'il fait beau, le marché aura lieu sur la place », a indiqué le maire Jean Roux.",
        "S'il fait beau, le marché aura lieu sur la place",
        "statement",
    ),
]

ACT_AROUND_THE_QUOTE = [
    Row(
        "denial-in-the-frame",
        "La ministre Anne Bertin a contesté cette version des faits, expliquant : « Aucun document n'a été détruit. »",
        "Aucun document n'a été détruit.",
        "denial",
        classifier="context.verb.denial fires, 0.04: in the tuning items a denying verb around a quotation did"
        " not make "
        "its content a denial",
        reason="the rules read the quotation and its cue, not the verb before the cue",
    ),
    Row(
        "warning-in-the-frame",
        "Le médecin Paul Dumas a mis en garde les randonneurs, ajoutant : « La chaleur sera écrasante dès midi. »",
        "La chaleur sera écrasante dès midi.",
        "warning",
        classifier="context.verb.warning fires, 0.28 against 0.55: too rare in the tuning items",
        reason="the rules read the quotation and its cue, not the verb before the cue",
    ),
]

TWO_SENSES = [
    Row(
        "se-demander-si-wonders",
        "Le maire Jean Roux se demande si le chantier sera terminé avant l'été.",
        "le chantier sera terminé avant l'été",
        "statement",
        reason="the cue table gives 'demander' a demand prior, reflexive or not",
    ),
    Row(
        "assurer-keeps-its-act-against-a-negation",
        "La directrice Laure Petit a assuré que l'usine ne fermerait pas.",
        "l'usine ne fermerait pas",
        "assurance",
    ),
    Row(
        "assurer-gives-way-to-a-demand",
        "Le préfet Denis Aubert a assuré qu'il faut évacuer le quartier sans attendre.",
        "il faut évacuer le quartier sans attendre",
        "demand",
        classifier="assurer's prior (0.96) outweighs il faut: in the tuning items the verb that names an act "
        "was nearly "
        "always right",
        reason="'il faut' (1.5) does not reach STRONG_OVERRULE (3.0) against assurer",
    ),
]

DEMANDS_WITHOUT_A_DEMANDING_VERB = [
    Row(
        "imperative-after-a-colon",
        "Le maire Luc Caron a adressé un message aux habitants : « Restez chez vous ce soir. »",
        "Restez chez vous ce soir.",
        "demand",
    ),
    Row(
        "verbless-slogan",
        "« Non à la fermeture de la maternité ! », ont scandé les manifestants devant la mairie.",
        "Non à la fermeture de la maternité !",
        "demand",
    ),
    Row(
        "conditional-advice-devrait",
        "« Le gouvernement devrait revoir entièrement sa copie », a estimé le syndicaliste Hervé Lemoine.",
        "Le gouvernement devrait revoir entièrement sa copie",
        "demand",
    ),
    Row(
        "conditional-advice-il-faudrait",
        "« Il faudrait rouvrir la ligne de train entre les deux villes », a déclaré la conseillère Julie Renaud.",
        "Il faudrait rouvrir la ligne de train entre les deux villes",
        "demand",
    ),
    Row(
        "je-vous-invite-a",
        "« Je vous invite à retirer ce projet avant l'été », a déclaré la maire de Lille, Claire Dumas.",
        "Je vous invite à retirer ce projet avant l'été",
        "demand",
    ),
    Row(
        "nous-voulons-que",
        "« Nous voulons que la direction rouvre les négociations dès lundi », a déclaré le syndicaliste Marc Petit.",
        "Nous voulons que la direction rouvre les négociations dès lundi",
        "demand",
    ),
    Row(
        "imperative-with-hyphen-pronoun",
        "« Inspirez-vous des communes voisines », a déclaré la préfète Marie Noël.",
        "Inspirez-vous des communes voisines",
        "demand",
    ),
    Row(
        "j-aimerais-que",
        "« J'aimerais que la région nous précise le calendrier », a déclaré la maire Claire Dumas.",
        "J'aimerais que la région nous précise le calendrier",
        "demand",
    ),
]


OBLIGATION_AND_NECESSITY = [
    Row(
        "reported-devoir-in-the-imperfect",
        "Le porte-parole a indiqué que la commission devait être présidée par un élu de l'opposition.",
        "la commission devait être présidée par un élu de l'opposition",
        "demand",
    ),
    Row(
        "reported-devoir-of-a-timetable-is-no-demand",
        "La directrice a précisé que le car devait partir de la place du marché à 8 heures.",
        "le car devait partir de la place du marché à 8 heures",
        "statement",
    ),
    Row(
        "devoir-of-a-purpose-is-no-demand",
        "Le maire a expliqué que la nouvelle salle devait permettre d'accueillir les associations du quartier.",
        "la nouvelle salle devait permettre d'accueillir les associations du quartier",
        "statement",
    ),
    Row(
        "il-est-encore-temps",
        "« Il est encore temps de sauver la maternité de la ville », a lancé la députée Anne Colin.",
        "Il est encore temps de sauver la maternité de la ville",
        "demand",
    ),
    Row(
        "noun-of-necessity-and-its-action",
        "Le rapport des inspecteurs souligne l'impératif de créer un guichet unique pour les artisans.",
        "l'impératif de créer un guichet unique pour les artisans",
        "demand",
    ),
    Row(
        "noun-of-necessity-without-an-action-is-no-demand",
        "Le rapport des inspecteurs souligne la nécessité d'une meilleure coordination entre les services.",
        "la nécessité d'une meilleure coordination entre les services",
        "statement",
    ),
    Row(
        "announced-demand",
        "La présidente de la région a indiqué qu'elle allait demander une réunion avec le préfet.",
        "elle allait demander une réunion avec le préfet",
        "demand",
    ),
    Row(
        "announced-event-is-no-demand",
        "Le maire a rappelé que la réunion publique allait commencer à 20 heures.",
        "la réunion publique allait commencer à 20 heures",
        "statement",
    ),
    Row(
        "imperative-after-an-adverbial",
        "« Dès lors, arrêtez les travaux et consultez enfin les riverains », a lancé le conseiller Marc Roux.",
        "Dès lors, arrêtez les travaux et consultez enfin les riverains",
        "demand",
    ),
    Row(
        "second-person-with-its-subject-is-no-imperative",
        "« Vous connaissez bien ce dossier depuis des années », a déclaré la ministre au sénateur.",
        "Vous connaissez bien ce dossier depuis des années",
        "statement",
    ),
    Row(
        "il-nous-appartient",
        "« Il nous appartient de protéger ces forêts », a déclaré la ministre Anne Roux.",
        "Il nous appartient de protéger ces forêts",
        "demand",
    ),
    Row(
        "seule-solution",
        "« La seule solution, c'est de rouvrir la ligne », a déclaré le maire Jean Valois.",
        "La seule solution, c'est de rouvrir la ligne",
        "demand",
    ),
]

CONSEQUENCES_AND_THREATS = [
    Row(
        "sinon-states-the-consequence",
        "« Sinon, les commerces du centre fermeront les uns après les autres », a expliqué le délégué Paul Henry.",
        "Sinon, les commerces du centre fermeront les uns après les autres",
        "warning",
    ),
    Row(
        "faute-de-quoi",
        "« Le club a besoin d'un nouveau stade, faute de quoi il quittera la ville », a expliqué le président "
        "Yves Caron.",
        "Le club a besoin d'un nouveau stade, faute de quoi il quittera la ville",
        "warning",
    ),
    Row(
        "sinon-inside-a-phrase-is-no-warning",
        "« Il y a eu peu d'incidents, sinon aucun, pendant le festival », a indiqué le commissaire Paul Morin.",
        "Il y a eu peu d'incidents, sinon aucun, pendant le festival",
        "statement",
    ),
    Row(
        "attention",
        "« Attention, les routes de montagne seront verglacées dès ce soir », a indiqué le préfet Denis Aubert.",
        "Attention, les routes de montagne seront verglacées dès ce soir",
        "warning",
    ),
    Row(
        "a-veto-to-come-threatens",
        "Le sénateur a déclaré qu'il mettra son veto à toute hausse de la taxe foncière.",
        "il mettra son veto à toute hausse de la taxe foncière",
        "warning",
    ),
    Row(
        "a-lawsuit-to-come-threatens",
        "« Nous porterons plainte contre le promoteur », a déclaré la présidente de l'association Anne Colin.",
        "Nous porterons plainte contre le promoteur",
        "warning",
    ),
    Row(
        "leaving-office-is-announced-not-threatened",
        "Le directeur a indiqué qu'il quittera ses fonctions à la fin du mois de juin.",
        "il quittera ses fonctions à la fin du mois de juin",
        "statement",
    ),
    Row(
        "slope-conduira-a",
        "« Ce plan conduira tôt ou tard à la fermeture des petites écoles », a déclaré le maire Pierre Blanc.",
        "Ce plan conduira tôt ou tard à la fermeture des petites écoles",
        "warning",
    ),
]

NOUN_NAMES_THE_ACT = [
    Row(
        "commitment-noun",
        "Le ministre a réitéré son engagement de baisser les impôts des ménages.",
        "baisser les impôts des ménages",
        "assurance",
    ),
    Row(
        "refusal-noun-rejects-the-request",
        "La ministre a confirmé son refus de signer l'accord avec les syndicats.",
        "signer l'accord avec les syndicats",
        "denial",
    ),
    Row(
        "a-noun-that-names-no-act",
        "Le ministre a confirmé son intention de visiter l'usine en mars.",
        "visiter l'usine en mars",
        "statement",
    ),
]

RHETORICAL_QUESTIONS = [
    Row(
        "pourquoi-ne-pas-urges",
        "« Pourquoi ne pas rouvrir la ligne de bus le dimanche ? », a lancé le conseiller Marc Roux.",
        "Pourquoi ne pas rouvrir la ligne de bus le dimanche ?",
        "demand",
    ),
    Row(
        "quand-cesserez-vous-urges",
        "« Quand cesserez-vous de fermer des classes ? », a lancé la députée Anne Colin au ministre.",
        "Quand cesserez-vous de fermer des classes ?",
        "demand",
    ),
    Row(
        "comment-pouvez-vous-blames",
        "« Comment pouvez-vous laisser fermer cette école ? », a lancé le maire au recteur.",
        "Comment pouvez-vous laisser fermer cette école ?",
        "accusation",
    ),
    Row(
        "a-plain-question-is-a-statement",
        "« Comment avez-vous choisi le nom du festival ? », a interrogé l'animateur Paul Vidal.",
        "Comment avez-vous choisi le nom du festival ?",
        "statement",
    ),
    Row(
        "question-for-information-after-demander-is-a-statement",
        "Une commerçante a demandé : « Combien de temps dureront les travaux de la rue Carnot ? »",
        "Combien de temps dureront les travaux de la rue Carnot ?",
        "statement",
    ),
    Row(
        "question-that-urges-after-demander-stays-a-demand",
        "Un parent d'élève a demandé : « Pourquoi ne pas ouvrir la cantine dès septembre ? »",
        "Pourquoi ne pas ouvrir la cantine dès septembre ?",
        "demand",
    ),
]

FIRST_PERSON_COMMITMENTS = [
    Row(
        "i-will-keep-my-word",
        "« Je tiendrai parole jusqu'au bout de mon mandat », a déclaré le maire Paul Morin.",
        "Je tiendrai parole jusqu'au bout de mon mandat",
        "assurance",
    ),
    Row(
        "we-will-maintain",
        "« Nous maintiendrons toutes les aides aux clubs sportifs », a déclaré la maire Claire Martin.",
        "Nous maintiendrons toutes les aides aux clubs sportifs",
        "assurance",
    ),
    Row(
        "a-plan-in-the-first-person-future-is-a-statement",
        "« Nous reviendrons sur ce dossier la semaine prochaine », a indiqué le maire Jean Roux.",
        "Nous reviendrons sur ce dossier la semaine prochaine",
        "statement",
    ),
    Row(
        "nous-veillerons",
        "« Nous veillerons à ce que chaque famille soit relogée », a déclaré le maire, Jean Valois.",
        "Nous veillerons à ce que chaque famille soit relogée",
        "assurance",
    ),
    Row(
        "vous-pourrez",
        "« Vous pourrez voter dans votre bureau habituel dimanche », a déclaré le préfet Jean Lenoir.",
        "Vous pourrez voter dans votre bureau habituel dimanche",
        "assurance",
    ),
]


#: Kinds found by a probe of ordinary news sentences (issue 14, fourth round): a stance given to the
#: speaker, a jussive the parser hangs on the reporting verb, the reported ``il faut``, advice in the
#: conditional, a question that urges, a first-person promise of presence.
PROBE_KINDS = [
    Row(
        "stance-reassuring-before-a-colon",
        "La directrice de l'hôpital se veut rassurante : « Les opérations prévues auront lieu. »",
        "Les opérations prévues auront lieu.",
        "assurance",
    ),
    Row(
        "stance-worried-before-a-colon",
        "Le président du club s'est montré inquiet : « Les bénévoles se font de plus en plus rares. »",
        "Les bénévoles se font de plus en plus rares.",
        "warning",
    ),
    Row(
        "a-stance-verb-without-a-stance",
        "Le maire se veut pragmatique : « Le marché restera place de la Mairie. »",
        "Le marché restera place de la Mairie.",
        "statement",
    ),
    Row(
        "jussive-hung-on-the-reporting-verb",
        "« Que les automobilistes lèvent le pied dans la traversée du village », a insisté le maire, Louis Garnier.",
        "Que les automobilistes lèvent le pied dans la traversée du village",
        "demand",
    ),
    Row(
        "reported-il-fallait",
        "Le président de l'association a répondu qu'il fallait rénover la salle des fêtes avant l'été.",
        "il fallait rénover la salle des fêtes avant l'été",
        "demand",
    ),
    Row(
        "qu-attend-x-pour",
        "« Qu'attend la région pour financer le nouveau lycée ? », a lancé la conseillère Agnès Perrot.",
        "Qu'attend la région pour financer le nouveau lycée ?",
        "demand",
    ),
    Row(
        "conditional-advice-to-an-actor",
        "Le président de la chambre de commerce estime que la mairie devrait baisser le prix du stationnement.",
        "la mairie devrait baisser le prix du stationnement",
        "demand",
    ),
    Row(
        "conditional-devoir-forecast",
        "L'économiste Paul Lenoir estime que le chômage devrait reculer au printemps.",
        "le chômage devrait reculer au printemps",
        "statement",
    ),
    Row(
        "first-person-future-presence",
        "« Nous serons présents aux côtés des sinistrés tout l'hiver », a déclaré la préfète, Anne Girard.",
        "Nous serons présents aux côtés des sinistrés tout l'hiver",
        "assurance",
    ),
    Row(
        "first-person-future-role-is-a-statement",
        "« Je serai candidat à ma propre succession », a déclaré le maire de Lunéville, Marc Renaud.",
        "Je serai candidat à ma propre succession",
        "statement",
    ),
    Row(
        "negated-devoir-forbids",
        "« Nous ne devons pas baisser les bras face aux cambriolages », a déclaré le maire, Thierry Valette.",
        "Nous ne devons pas baisser les bras face aux cambriolages",
        "demand",
    ),
    Row(
        "negated-pouvoir-to-the-hearer-forbids",
        "« Vous ne pouvez pas fermer les yeux sur cette pollution », a lancé l'élue écologiste Laure Dumont.",
        "Vous ne pouvez pas fermer les yeux sur cette pollution",
        "demand",
    ),
    Row(
        "deliberative-question-urges",
        "« Pourquoi attendre encore pour réparer le toit de l'école ? », a demandé la mère d'élève Nadia Roche.",
        "Pourquoi attendre encore pour réparer le toit de l'école ?",
        "demand",
    ),
    Row(
        "deliberative-question-in-the-past-blames",
        "« Pourquoi avoir caché ce rapport aux habitants ? », a lancé le conseiller municipal Hugo Brun.",
        "Pourquoi avoir caché ce rapport aux habitants ?",
        "accusation",
    ),
    Row(
        "inverted-first-person-plural-is-a-question-not-an-imperative",
        "« Faisons-nous assez pour les jeunes agriculteurs ? », s'est interrogé le sénateur Olivier Chauvet.",
        "Faisons-nous assez pour les jeunes agriculteurs ?",
        "statement",
    ),
    Row(
        "l-heure-est-venue-with-a-vocative",
        "« L'heure est venue, chers habitants, de choisir notre avenir », a déclaré le maire, Jean Valette.",
        "L'heure est venue, chers habitants, de choisir notre avenir",
        "demand",
    ),
    Row(
        "je-convie",
        "« Je convie tous les parents à la réunion de jeudi », a déclaré la directrice de l'école, Sophie Marin.",
        "Je convie tous les parents à la réunion de jeudi",
        "demand",
    ),
    Row(
        "se-moquer-de-is-blame",
        "« La direction se moque des saisonniers », a lancé le délégué syndical Pierre Fabre.",
        "La direction se moque des saisonniers",
        "accusation",
    ),
]


#: The sixth probe (issue 14): blame and danger carried by set phrases, questions and the parse, and
#: content the word rules misread (a negated risk, a topic, a timetable, another's demand, no denial).
PROBE_BLAME_RISK_AND_MISFIRES = [
    Row(
        "no-loss-at-all-reassures",
        "« Ce nouveau règlement ne retire aucune place de stationnement aux commerçants », a déclaré l'adjointe"
        " au commerce, Martine Lebon.",
        "Ce nouveau règlement ne retire aucune place de stationnement aux commerçants",
        "assurance",
    ),
    Row(
        "loss-with-an-object-is-no-assurance",
        "« Ce nouveau règlement retire dix places de stationnement aux commerçants », a déclaré l'adjointe"
        " au commerce, Martine Lebon.",
        "Ce nouveau règlement retire dix places de stationnement aux commerçants",
        "statement",
    ),
    Row(
        "still-waiting-for-what-is-owed-blames",
        "« Six mois après l'incendie, nous n'avons toujours pas le rapport des experts », a déploré la présidente"
        " de l'amicale des locataires, Josiane Leroy.",
        "Six mois après l'incendie, nous n'avons toujours pas le rapport des experts",
        "accusation",
    ),
    Row(
        "not-one-proposal-accepted-blames",
        "« Pas une seule proposition de l'opposition n'a été examinée en commission », a déclaré le conseiller"
        " régional Thierry Masson.",
        "Pas une seule proposition de l'opposition n'a été examinée en commission",
        "accusation",
    ),
    Row(
        "still-without-news-is-no-blame",
        "« Nous n'avons toujours pas de nouvelles du chalutier », a déclaré le patron de la coopérative, Yann Le Goff.",
        "Nous n'avons toujours pas de nouvelles du chalutier",
        "statement",
    ),
    Row(
        "negated-future-put-off-to-a-date",
        "« Nous ne signerons pas l'accord avant l'assemblée générale du mois de mai », a indiqué le délégué"
        " syndical Marc Aubert.",
        "Nous ne signerons pas l'accord avant l'assemblée générale du mois de mai",
        "statement",
    ),
    Row(
        "negated-future-without-a-date-commits",
        "« Aucune classe ne fermera dans le canton à la rentrée », a déclaré l'inspectrice d'académie, Claire Vasseur.",
        "Aucune classe ne fermera dans le canton à la rentrée",
        "assurance",
    ),
    Row(
        "risk-word-names-a-kind",
        "« La commune a installé des sirènes d'alerte près de l'école », a indiqué l'adjoint au maire, Marc Petit.",
        "La commune a installé des sirènes d'alerte près de l'école",
        "statement",
    ),
    Row(
        "risk-word-names-a-device",
        "« Notre service d'alerte aux crues est gratuit pour les riverains », a précisé le syndicat de rivière.",
        "Notre service d'alerte aux crues est gratuit pour les riverains",
        "statement",
    ),
    Row(
        "risk-word-with-a-determiner-stays",
        "« Les habitants vivent dans la peur de la catastrophe », a déclaré le maire de la commune, Louis Renard.",
        "Les habitants vivent dans la peur de la catastrophe",
        "warning",
    ),
    Row(
        "blame-idiom",
        "« Le département a laissé pourrir le dossier de la déviation », a déclaré le maire de Void, Henri Lamy.",
        "Le département a laissé pourrir le dossier de la déviation",
        "accusation",
    ),
    Row(
        "risk-idiom",
        "« Avec ces prix, la filière laitière fonce droit dans le mur », a expliqué l'éleveur Denis Perrin.",
        "Avec ces prix, la filière laitière fonce droit dans le mur",
        "warning",
    ),
    Row(
        "rhetorical-a-quoi-sert",
        "« À quoi sert une caserne sans pompiers ? », a ironisé le conseiller municipal Jean Mathieu.",
        "À quoi sert une caserne sans pompiers ?",
        "accusation",
    ),
    Row(
        "question-answered-by-nothing",
        "« Qu'a proposé la majorité pour le centre-ville ? Rien ! », a lancé l'élue d'opposition Nadia Blanc.",
        "Qu'a proposé la majorité pour le centre-ville ? Rien !",
        "accusation",
    ),
    Row(
        "negated-risk-reassures",
        "« Les riverains ne sont plus menacés par la crue », a indiqué le préfet, Louis Bernard.",
        "Les riverains ne sont plus menacés par la crue",
        "assurance",
    ),
    Row(
        "risk-removed-reassures",
        "« La menace d'éboulement est désormais écartée », a déclaré le maire, Jacques Morel.",
        "La menace d'éboulement est désormais écartée",
        "assurance",
    ),
    Row(
        "safety-lost-warns",
        "« La continuité des soins n'est plus assurée la nuit », a déclaré la déléguée syndicale Marie Roux.",
        "La continuité des soins n'est plus assurée la nuit",
        "warning",
    ),
    Row(
        "negated-praise-blames",
        "« Cette méthode n'est pas sérieuse », a lancé le conseiller d'opposition Paul Dumas.",
        "Cette méthode n'est pas sérieuse",
        "accusation",
    ),
    Row(
        "unmet-duty-blames",
        "« La région n'a jamais répondu à nos courriers », a déclaré le président du club, Alain Marchal.",
        "La région n'a jamais répondu à nos courriers",
        "accusation",
    ),
    Row(
        "harm-foretold-warns",
        "« Sans pluie, les jeunes arbres vont mourir », a expliqué le forestier Jean Viard.",
        "Sans pluie, les jeunes arbres vont mourir",
        "warning",
    ),
    Row(
        "negated-future-of-a-thing-forecasts",
        "« Le pont ne sera pas rouvert avant décembre », a indiqué l'ingénieur Marc Lebrun.",
        "Le pont ne sera pas rouvert avant décembre",
        "statement",
    ),
    Row(
        "il-faut-compter-a-duration",
        "« Il faut compter trois semaines pour obtenir un rendez-vous », a expliqué la secrétaire Julie Caron.",
        "Il faut compter trois semaines pour obtenir un rendez-vous",
        "statement",
    ),
    Row(
        "ne-que-restricts",
        "« La sécurité du site ne peut être assurée que par une clôture », a estimé l'expert Paul Girard.",
        "La sécurité du site ne peut être assurée que par une clôture",
        "statement",
    ),
    Row(
        "danger-negated-is-no-warning",
        "« Le pronostic vital du motard n'est pas en danger », a indiqué le commandant des pompiers, Luc Girard.",
        "Le pronostic vital du motard n'est pas en danger",
        "assurance",
        classifier="a negated risk is rare in the annotated items: the negated copula's denial signal weighs more",
    ),
    Row(
        "blame-word-as-a-topic",
        "« Le documentaire raconte l'histoire d'un scandale sanitaire », a expliqué la réalisatrice Claire Dumont.",
        "Le documentaire raconte l'histoire d'un scandale sanitaire",
        "statement",
    ),
    Row(
        "risk-word-as-a-topic",
        "« L'étude porte sur les dangers des écrans pour les enfants », a précisé la chercheuse Anne Roy.",
        "L'étude porte sur les dangers des écrans pour les enfants",
        "statement",
    ),
    Row(
        "devoir-of-a-timetable",
        "« Le rapport d'enquête doit être remis au ministre en mars », a indiqué le procureur, Jean Lefort.",
        "Le rapport d'enquête doit être remis au ministre en mars",
        "statement",
    ),
    Row(
        "demand-verb-of-others",
        "« Les touristes nous demandent souvent le chemin de la citadelle », a raconté la guide Sophie Martin.",
        "Les touristes nous demandent souvent le chemin de la citadelle",
        "statement",
    ),
    Row(
        "jamais-of-an-exclamation",
        "« Je n'ai jamais vu autant de cigognes dans le village », a raconté l'ornithologue Paul Lenoir.",
        "Je n'ai jamais vu autant de cigognes dans le village",
        "statement",
    ),
    Row(
        "pas-encore-is-progress",
        "« Nous n'avons pas encore choisi le traiteur du banquet », a indiqué la présidente du comité, Lucie Morel.",
        "Nous n'avons pas encore choisi le traiteur du banquet",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(DEMAND))
def test_demand(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


@pytest.mark.parametrize(("row", "acts"), rows(DENIAL))
def test_denial(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


@pytest.mark.parametrize(("row", "acts"), rows(ASSURANCE))
def test_assurance(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


@pytest.mark.parametrize(("row", "acts"), rows(WARNING))
def test_warning(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


@pytest.mark.parametrize(("row", "acts"), rows(ACCUSATION))
def test_accusation(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


@pytest.mark.parametrize(("row", "acts"), rows(PRIOR))
def test_prior_of_the_verb(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


@pytest.mark.parametrize(("row", "acts"), [r.param() for r in HEDGING])
def test_hedging(row: Row, acts: str) -> None:
    assert ("hedged" if item_of(row, acts).hedged else "plain") == row.expected


@pytest.mark.parametrize(("row", "acts"), rows(CONTENT_CARRIES_THE_ACT))
def test_content_carries_the_act(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


@pytest.mark.parametrize(("row", "acts"), rows(NEGATION_IS_NOT_ALWAYS_DENIAL))
def test_negation_is_not_always_denial(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


@pytest.mark.parametrize(("row", "acts"), rows(ACT_AROUND_THE_QUOTE))
def test_act_around_the_quote(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


@pytest.mark.parametrize(("row", "acts"), rows(TWO_SENSES))
def test_verbs_with_two_senses(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


@pytest.mark.parametrize(("row", "acts"), rows(DEMANDS_WITHOUT_A_DEMANDING_VERB))
def test_demands_without_a_demanding_verb(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


def test_evidence_names_the_prior_the_rules_the_words_and_the_path() -> None:
    quote = item_of(DEMAND[0])
    assert "act.prior.statement:déclarer" in quote.evidence
    assert any(e.startswith("act.demand.appeler:") and "appelons à" in e for e in quote.evidence)
    assert any(e.startswith("act.path.") for e in quote.evidence)
    assert quote.act_confidence is not None and 0.0 < quote.act_confidence <= 1.0


@pytest.mark.parametrize(("row", "acts"), rows(PREDICATE_CARRIES_THE_ACT))
def test_predicate_carries_the_act(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


@pytest.mark.parametrize(("row", "acts"), rows(OBLIGATION_AND_NECESSITY))
def test_obligation_and_necessity(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


@pytest.mark.parametrize(("row", "acts"), rows(CONSEQUENCES_AND_THREATS))
def test_consequences_and_threats(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


@pytest.mark.parametrize(("row", "acts"), rows(NOUN_NAMES_THE_ACT))
def test_noun_names_the_act(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


@pytest.mark.parametrize(("row", "acts"), rows(RHETORICAL_QUESTIONS))
def test_rhetorical_questions(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


@pytest.mark.parametrize(("row", "acts"), rows(FIRST_PERSON_COMMITMENTS))
def test_first_person_commitments(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_KINDS))
def test_kinds_found_by_the_probe(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: A turn of a debate read on its own (``judge_statement``): with no reporting verb and claims in
#: play, the content's lighter evidence decides (ANNOTATION.md §3: a negation that contradicts a
#: claim in play is a denial), and a turn with no signal is a statement with a low confidence.
EXCHANGE = [
    Row(
        "exchange-negation-contradicts",
        "Cette réforme ne coûte pas un centime aux communes rurales.",
        "Cette réforme ne coûte pas un centime aux communes rurales.",
        "denial",
    ),
    Row(
        "exchange-negation-with-an-adverb-between",
        "Les crédits de la ligne ne sont toujours pas inscrits au budget.",
        "Les crédits de la ligne ne sont toujours pas inscrits au budget.",
        "denial",
    ),
    Row(
        "exchange-no-signal",
        "Nous en reparlerons en commission la semaine prochaine.",
        "Nous en reparlerons en commission la semaine prochaine.",
        "statement",
    ),
]


@pytest.mark.parametrize("row", EXCHANGE, ids=lambda r: r.id)
def test_a_turn_of_an_exchange(row: Row) -> None:
    act, confidence, evidence = judge_statement(row.text, acts="rules")
    assert act.value == row.expected
    path = "exchange" if row.expected != "statement" else "exchange.neutral"
    assert f"act.path.{path}" in evidence
    # the path's accuracy on the debates' tuning turns (models/act_confidence.json: about one in two, or
    # less), far below that of a news item with a neutral verb and no signal
    assert confidence == path_confidence(path, FR, turn=True)
    assert confidence < path_confidence("neutral", FR) - 0.3


def test_reported_speech_is_no_turn_of_an_exchange() -> None:
    row = Row(
        "reported",
        "« Cette réforme ne coûte pas un centime aux communes », a déclaré la ministre Anne Roux.",
        "Cette réforme ne coûte pas un centime aux communes",
        "statement",
    )
    quote = item_of(row)
    assert quote.act is not None and quote.act.value == "statement"
    assert "act.path.neutral.contested" in quote.evidence


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_BLAME_RISK_AND_MISFIRES))
def test_probe_blame_risk_and_misfires(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: The clause before a colon names the act of the quotation after it (issue 14, seventh round): a
#: reporting verb of an act written in full, pronominal ones too (``s'en est pris à``), or a set
#: phrase of blame or of danger (``tirent la sonnette d'alarme``, ``tiennent X pour responsable``);
#: not a passive (the quotation is the answer of whom the verb blames) nor a neutral clause.
PROBE_COLON_CLAUSE = [
    Row(  # the participle agrees with a feminine subject
        "colon-after-a-pronominal-verb-of-blame-feminine",
        "La maire s'en est prise à la préfecture : « Nous attendons toujours les crédits promis. »",
        "Nous attendons toujours les crédits promis.",
        "accusation",
    ),
    Row(
        "colon-after-a-pronominal-verb-of-blame",
        "Le président de l'association s'en est pris à la préfecture : « Les familles attendent leur relogement"
        " depuis six mois. »",
        "Les familles attendent leur relogement depuis six mois.",
        "accusation",
    ),
    Row(
        "colon-after-a-set-phrase-of-danger",
        "Les boulangers du département tirent la sonnette d'alarme : « Le prix de la farine a doublé en un an. »",
        "Le prix de la farine a doublé en un an.",
        "warning",
    ),
    Row(
        "colon-after-tenir-pour-responsable",
        "Les riverains tiennent le promoteur pour responsable : « Les fissures sont apparues pendant le chantier. »",
        "Les fissures sont apparues pendant le chantier.",
        "accusation",
    ),
    Row(
        "colon-after-a-passive-of-blame",
        "Le maire a été mis en cause par l'opposition : « Le budget a été voté en décembre. »",
        "Le budget a été voté en décembre.",
        "statement",
    ),
    Row(
        "colon-after-a-neutral-clause",
        "Le directeur du chantier a fait le point : « Les travaux avancent comme prévu. »",
        "Les travaux avancent comme prévu.",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_COLON_CLAUSE))
def test_probe_colon_clause(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: A content with no verb is a label: a word of blame among its noun's adjectives accuses (issue 14,
#: seventh round), as it would as an attribute (``cette gestion est calamiteuse``).
PROBE_VERBLESS_LABELS = [
    Row(
        "verbless-label-of-blame",
        "« Une organisation calamiteuse du début à la fin », a résumé un parent d'élève, Marc Petit.",
        "Une organisation calamiteuse du début à la fin",
        "accusation",
    ),
    Row(
        "verbless-label-of-blame-in-a-partial-quotation",
        "Le conseiller d'opposition a parlé d'une « gestion calamiteuse » du budget des écoles.",
        "gestion calamiteuse",
        "accusation",
    ),
    Row(
        "verbless-label-of-praise",
        "« Une saison remarquable pour le club », a résumé l'entraîneur Paul Girard.",
        "Une saison remarquable pour le club",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_VERBLESS_LABELS))
def test_probe_verbless_labels(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: A future existential that stops (``il n'y aura plus …``) foretells a loss, unless what stops is a
#: burden, a harm or a risk, whose end reassures (issue 14, seventh round).
PROBE_LOSS_FUTURE = [
    Row(
        "existential-that-stops-foretells-a-loss",
        "« D'ici dix ans, il n'y aura plus un seul médecin dans le canton », a affirmé le maire, Jacques Marchand.",
        "D'ici dix ans, il n'y aura plus un seul médecin dans le canton",
        "warning",
    ),
    Row(
        "existential-that-stops-a-burden-reassures",
        "« Il n'y aura plus de fermeture de classe dans le département », a déclaré le recteur Paul Girard.",
        "Il n'y aura plus de fermeture de classe dans le département",
        "assurance",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_LOSS_FUTURE))
def test_probe_loss_future(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: Words of blame and risk that evaluate nothing (issue 14, eighth round): the subject of a verb that
#: only reports what it does, an evaluation played down or recalled in a compound past, blame the
#: speaker says of himself; and needs denied, a sentence-opening ``Normalement,``.
PROBE_UNEVALUATED_WORDS = [
    Row(
        "blame-word-subject-of-a-measure",
        "« Les crimes signalés à la gendarmerie ont baissé de 6 % cette année », a indiqué le colonel Luc Perret.",
        "Les crimes signalés à la gendarmerie ont baissé de 6 % cette année",
        "statement",
    ),
    Row(
        "risk-word-subject-that-weighs-warns",
        "« La menace d'une fermeture pèse sur deux cents emplois », a déclaré le délégué syndical Marc Bertin.",
        "La menace d'une fermeture pèse sur deux cents emplois",
        "warning",
    ),
    Row(
        "blame-word-said-of-oneself",
        "« Je suis responsable de la sécurité du parking depuis dix ans », a raconté le gardien, Henri Masson.",
        "Je suis responsable de la sécurité du parking depuis dix ans",
        "statement",
    ),
    Row(
        "risk-word-played-down",
        "« Les blessures sont nombreuses mais peu graves », a précisé le médecin du club, Anne Riou.",
        "Les blessures sont nombreuses mais peu graves",
        "statement",
    ),
    Row(
        "risk-word-recalled",
        "« L'hiver 1956 avait été une catastrophe pour les vergers », a rappelé l'arboriculteur Jean Poncet.",
        "L'hiver 1956 avait été une catastrophe pour les vergers",
        "statement",
    ),
    Row(
        "need-denied-is-no-demand",
        "« Il n'est pas nécessaire de s'inscrire à l'avance », a précisé la bibliothécaire Marie Lenoir.",
        "Il n'est pas nécessaire de s'inscrire à l'avance",
        "statement",
    ),
    Row(
        "normalement-opening-says-what-is-usual",
        "« Normalement, la foire se tient le premier dimanche de mai », a expliqué le placier Paul Marchal.",
        "Normalement, la foire se tient le premier dimanche de mai",
        "statement",
    ),
    Row(
        "functioning-normally-reassures",
        "« Les trains circulent normalement depuis ce matin », a indiqué la porte-parole de la SNCF, Julie Armand.",
        "Les trains circulent normalement depuis ce matin",
        "assurance",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_UNEVALUATED_WORDS))
def test_probe_unevaluated_words(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: A consequence held over a condition warns even when negated, and the speaker's own inability under
#: a condition is a warning, no commitment (issue 14, eighth round).
PROBE_NEGATED_CONSEQUENCES = [
    Row(
        "negated-consequence-without-warns",
        "« Sans la navette, les anciens ne pourront plus aller au marché », a dit la présidente du club, Odette Marin.",
        "Sans la navette, les anciens ne pourront plus aller au marché",
        "warning",
    ),
    Row(
        "own-inability-under-a-condition-warns",
        "« Si la subvention n'arrive pas, nous ne pourrons plus ouvrir le refuge en hiver », a déclaré le président de"
        " l'association, Gilles Bastien.",
        "Si la subvention n'arrive pas, nous ne pourrons plus ouvrir le refuge en hiver",
        "warning",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_NEGATED_CONSEQUENCES))
def test_probe_negated_consequences(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: A thing that goes on with a process forecasts; a service that goes on serving reassures (issue 14,
#: eighth round).
PROBE_CONTINUING = [
    Row(
        "thing-continuing-a-process-forecasts",
        "« Les prix de l'immobilier continueront de grimper dans la métropole », a estimé l'agent Paul Sorel.",
        "Les prix de l'immobilier continueront de grimper dans la métropole",
        "statement",
    ),
    Row(
        "service-continuing-to-serve-reassures",
        "« La ligne 4 continuera à desservir le quartier pendant le chantier », a précisé la responsable du"
        " réseau, Inès Carré.",
        "La ligne 4 continuera à desservir le quartier pendant le chantier",
        "assurance",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_CONTINUING))
def test_probe_continuing(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: What a body or a person in charge did, in words of blame, is an accusation whatever the reporting
#: verb; the same words of a group of people are a narrative (issue 14, eighth round).
PROBE_CONDUCT_OF_A_BODY = [
    Row(
        "body-letting-a-harm-happen-is-accused",
        "« Le département a laissé disparaître la dernière ligne de car du canton », a estimé la maire de"
        " Senones, Lise Adam.",
        "Le département a laissé disparaître la dernière ligne de car du canton",
        "accusation",
    ),
    Row(
        "holder-of-a-role-abandoning-is-accused",
        "« Le préfet a abandonné les sinistrés à leur sort », a affirmé l'avocat des victimes, Luc Paris.",
        "Le préfet a abandonné les sinistrés à leur sort",
        "accusation",
    ),
    Row(
        "group-abandoning-is-a-narrative",
        "« Les habitants ont abandonné leurs maisons pendant la crue de 1947 », a raconté l'historien local"
        " Marc Vautrin.",
        "Les habitants ont abandonné leurs maisons pendant la crue de 1947",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_CONDUCT_OF_A_BODY))
def test_probe_conduct_of_a_body(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: A risk said to be there or near, in the present, warns; recalled in the past it narrates (issue 14,
#: ninth round).
PROBE_RISK_REAL = [
    Row(
        "risk-said-real-warns",
        "« Le risque de crue est réel dans la vallée de la Meurthe », a déclaré le président du syndicat de"
        " rivière, Alain Royer.",
        "Le risque de crue est réel dans la vallée de la Meurthe",
        "warning",
    ),
    Row(
        "risk-recalled-real-narrates",
        "« Le danger était réel à l'époque des puits de mine », a raconté l'ancien mineur Joseph Kieffer.",
        "Le danger était réel à l'époque des puits de mine",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_RISK_REAL))
def test_probe_risk_real(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: Danger ahead in set phrases (the worst to come, lives at stake, a critical level, too late), a risk
#: spelt out by what it is, and the speaker's worry; a critical phase of works is no danger (issue 14,
#: ninth round).
PROBE_DANGER_AHEAD = [
    Row(
        "worst-to-come-warns",
        "« Pour les éleveurs laitiers, le pire est à venir », a déclaré le syndicaliste Hervé Colas.",
        "Pour les éleveurs laitiers, le pire est à venir",
        "warning",
    ),
    Row(
        "risk-spelt-out-warns-despite-its-negation",
        "« Le danger, c'est que les jeunes médecins ne s'installent plus ici », a expliqué la présidente de"
        " l'ordre, Marie Klein.",
        "Le danger, c'est que les jeunes médecins ne s'installent plus ici",
        "warning",
    ),
    Row(
        "lives-at-cost-warns",
        "« Chaque minute perdue peut coûter des vies », a rappelé le médecin du Samu Thomas Weber.",
        "Chaque minute perdue peut coûter des vies",
        "warning",
    ),
    Row(
        "critical-level-warns",
        "« Le barrage a atteint un niveau critique », a déclaré le directeur du syndicat des eaux, Paul Meyer.",
        "Le barrage a atteint un niveau critique",
        "warning",
    ),
    Row(
        "critical-phase-of-works-is-a-statement",
        "« Le chantier entre dans sa phase critique cette semaine », a expliqué l'ingénieur Luc Schmitt.",
        "Le chantier entre dans sa phase critique cette semaine",
        "statement",
    ),
    Row(
        "speaker-worried-warns",
        "« Nous sommes préoccupés par la hausse des prix de l'énergie », a déclaré le président de la"
        " fédération du bâtiment, Jean Hoffmann.",
        "Nous sommes préoccupés par la hausse des prix de l'énergie",
        "warning",
    ),
    Row(
        "speaker-not-worried-reassures",
        "« Je ne suis pas inquiet pour la saison touristique », a déclaré le président de l'office de"
        " tourisme, Yves Marchal.",
        "Je ne suis pas inquiet pour la saison touristique",
        "assurance",
        classifier="the act classifier reads the first-person negation as a denial",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_DANGER_AHEAD))
def test_probe_danger_ahead(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: ``il faut craindre`` or ``s'attendre à`` voices an expectation, not a demand (issue 14, ninth round).
PROBE_EXPECTATIONS = [
    Row(
        "il-faut-craindre-le-pire-warns",
        "« Il faut craindre le pire pour les vendanges », a déclaré le viticulteur Jean Keller.",
        "Il faut craindre le pire pour les vendanges",
        "warning",
    ),
    Row(
        "il-faut-s-attendre-forecasts",
        "« Il faut s'attendre à des retards sur la ligne jusqu'à vendredi », a indiqué le porte-parole de la"
        " SNCF, Marc Thiery.",
        "Il faut s'attendre à des retards sur la ligne jusqu'à vendredi",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_EXPECTATIONS))
def test_probe_expectations(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: A harm named by its year is an event recalled, no danger ahead (issue 14, ninth round).
PROBE_DATED_HARM = [
    Row(
        "harm-named-by-its-year-is-recalled",
        "« Une plaque honorera les victimes de la catastrophe de 1976 à la mine », a annoncé le maire de"
        " Forbach, Paul Weber.",
        "Une plaque honorera les victimes de la catastrophe de 1976 à la mine",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_DATED_HARM))
def test_probe_dated_harm(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: A fault attributed to an identifiable party accuses, by the party said to bear the responsibility or by
#: the speaker naming his act in the first person; a fault the speaker owns, or a charge described in the
#: passive, attributes none (issue 14, acts9).
PROBE_FAULT_ATTRIBUTED = [
    Row(
        "party-bearing-the-responsibility-is-accused",
        "« La société d'autoroute porte une lourde responsabilité dans ces embouteillages », a estimé le maire"
        " de Toul, Denis Haag.",
        "La société d'autoroute porte une lourde responsabilité dans ces embouteillages",
        "accusation",
    ),
    Row(
        "speaker-bearing-the-responsibility-admits",
        "« Nous portons une part de responsabilité dans ce retard », a déclaré le président du club, Marc Hesse.",
        "Nous portons une part de responsabilité dans ce retard",
        "statement",
    ),
    Row(
        "first-person-present-denouncing-accuses",
        "« Je dénonce le silence de la préfecture sur ce dossier », a déclaré le conseiller régional Yann Keller.",
        "Je dénonce le silence de la préfecture sur ce dossier",
        "accusation",
    ),
    Row(
        "speaker-owning-an-error-admits",
        "« J'ai commis une erreur en signant ce contrat », a déclaré l'ancien adjoint Rémi Fischer.",
        "J'ai commis une erreur en signant ce contrat",
        "statement",
    ),
    Row(
        "speaker-suffering-another-party-fault-accuses",
        "« Nous subissons le mépris de la direction depuis des mois », a déclaré la déléguée syndicale Eva Marx.",
        "Nous subissons le mépris de la direction depuis des mois",
        "accusation",
    ),
    Row(
        "charge-described-in-the-passive-is-no-accusation",
        "« Le trésorier est poursuivi pour escroquerie et abus de confiance », a indiqué le procureur de Metz,"
        " Yves Haas.",
        "Le trésorier est poursuivi pour escroquerie et abus de confiance",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_FAULT_ATTRIBUTED))
def test_probe_fault_attributed(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: Help or amends promised in the future (in the passive, or by the speaker or a body that can act) and a
#: state that says a service is safe to use assure; the same help recalled in the past narrates (issue 14,
#: acts9).
PROBE_HELP_PROMISED = [
    Row(
        "help-in-the-future-passive-assures",
        "« Les locataires de l'immeuble seront relogés avant la fin du mois », a déclaré le directeur de l'office"
        " HLM, Pierre Keller.",
        "Les locataires de l'immeuble seront relogés avant la fin du mois",
        "assurance",
    ),
    Row(
        "first-person-amends-in-the-future-assures",
        "« Nous indemniserons tous les commerçants touchés par le chantier », a déclaré la présidente de la"
        " métropole, Anne Wolff.",
        "Nous indemniserons tous les commerçants touchés par le chantier",
        "assurance",
    ),
    Row(
        "amends-recalled-in-the-past-narrate",
        "« Les commerçants avaient été indemnisés après les travaux de 2012 », a rappelé l'ancien adjoint Henri Frey.",
        "Les commerçants avaient été indemnisés après les travaux de 2012",
        "statement",
    ),
    Row(
        "water-said-drinkable-assures",
        "« L'eau distribuée dans le quartier est potable », a déclaré le directeur du syndicat des eaux, Jean Muller.",
        "L'eau distribuée dans le quartier est potable",
        "assurance",
    ),
    Row(
        "service-said-operational-assures",
        "« Le centre de secours du canton est pleinement opérationnel », a déclaré le colonel des pompiers, Eric Roth.",
        "Le centre de secours du canton est pleinement opérationnel",
        "assurance",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_HELP_PROMISED))
def test_probe_help_promised(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: A service said to stay open or free in the future assures its users; a closure kept, a forecast state
#: and a state recalled in the past do not (issue 14, acts9).
PROBE_SERVICE_KEPT = [
    Row(
        "post-office-staying-open-assures",
        "« Le bureau de poste du village restera ouvert tout l'été », a déclaré la directrice régionale de La"
        " Poste, Marie Lenz.",
        "Le bureau de poste du village restera ouvert tout l'été",
        "assurance",
    ),
    Row(
        "access-staying-free-assures",
        "« L'accès à la piscine restera gratuit pour les enfants », a déclaré l'adjoint aux sports, Paul Rieb.",
        "L'accès à la piscine restera gratuit pour les enfants",
        "assurance",
    ),
    Row(
        "road-staying-closed-informs",
        "« La route restera fermée jusqu'à lundi », a indiqué le commandant de gendarmerie, Yves Ott.",
        "La route restera fermée jusqu'à lundi",
        "statement",
    ),
    Row(
        "station-that-stayed-open-narrates",
        "« La gare est restée ouverte pendant toute la guerre », a raconté l'historien Louis Baur.",
        "La gare est restée ouverte pendant toute la guerre",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_SERVICE_KEPT))
def test_probe_service_kept(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: Round 11 of the probe of acts carried by the content in news (issue 14): sentences written for
#: the tests, the act decided by what is said (blame, risk, commitment, contradiction), not the verb.
PROBE_CONTENT_IN_NEWS = [
    Row(
        "quote-mark-read-as-root-still-blames",
        "Selon l'opposition départementale, la majorité a « bradé les forêts du département ».",
        "la majorité a « bradé les forêts du département »",
        "accusation",
    ),
    Row(
        "blame-recalled-in-a-compound-past-blames",
        "« Le dossier avait été bâclé par les services de l'État », a estimé le maire de Saint-Dié, Paul Weber.",
        "Le dossier avait été bâclé par les services de l'État",
        "accusation",
    ),
    Row(
        "file-sent-in-a-compound-past-informs",
        "« Le dossier avait été transmis aux services de l'État en mars », a rappelé le maire de Saint-Dié, Paul"
        " Weber.",
        "Le dossier avait été transmis aux services de l'État en mars",
        "statement",
    ),
    Row(
        "no-irregularity-denies",
        "« Il n'y a eu aucune irrégularité dans l'attribution du marché », a répondu le président du conseil"
        " départemental, Jean Ott.",
        "Il n'y a eu aucune irrégularité dans l'attribution du marché",
        "denial",
    ),
    Row(
        "no-injured-informs",
        "« Il n'y a eu aucun blessé dans l'accident », a indiqué le capitaine des pompiers, Luc Herr.",
        "Il n'y a eu aucun blessé dans l'accident",
        "statement",
    ),
    Row(
        "not-us-who-closed-denies",
        "« Ce n'est pas nous qui avons fermé la buvette », a répliqué le président du club, Marc Hoff.",
        "Ce n'est pas nous qui avons fermé la buvette",
        "denial",
    ),
    Row(
        "us-who-painted-narrates",
        "« C'est nous qui avons repeint les vestiaires cet été », a raconté le président du club, Marc Hoff.",
        "C'est nous qui avons repeint les vestiaires cet été",
        "statement",
    ),
    Row(
        "out-of-the-question-with-en-denies",
        "Interrogé sur une fusion avec le club voisin, l'entraîneur a répondu : « Il n'en est pas question. »",
        "Il n'en est pas question.",
        "denial",
    ),
    Row(
        "our-teams-staying-mobilised-assures",
        "« Nos équipes resteront mobilisées tout le week-end », a déclaré le directeur régional d'Enedis, Yves Gall.",
        "Nos équipes resteront mobilisées tout le week-end",
        "assurance",
    ),
    Row(
        "our-teams-were-mobilised-informs",
        "« Nos équipes ont été mobilisées tout le week-end », a déclaré le directeur régional d'Enedis, Yves Gall.",
        "Nos équipes ont été mobilisées tout le week-end",
        "statement",
    ),
    Row(
        "risk-word-said-of-a-conduct-blames",
        "Le conseiller d'opposition Jean Wolff a dénoncé « une gestion catastrophique du dossier de la piscine ».",
        "une gestion catastrophique du dossier de la piscine",
        "accusation",
    ),
    Row(
        "risk-word-said-of-a-situation-warns",
        "« La situation est catastrophique pour les éleveurs », a alerté le président de la chambre d'agriculture.",
        "La situation est catastrophique pour les éleveurs",
        "warning",
    ),
    Row(
        "proviso-of-the-weather-informs",
        "« Si la météo le permet, le feu d'artifice sera tiré depuis le pont », a précisé l'adjoint aux fêtes, Luc"
        " Gross.",
        "Si la météo le permet, le feu d'artifice sera tiré depuis le pont",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_CONTENT_IN_NEWS))
def test_probe_content_in_news(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: Round 12: a risk word in what was done is a fact recalled, and blames whoever caused it.
PROBE_RISK_IN_FACTS = [
    Row(
        "gravity-taken-in-informs",
        "L'avocat du prévenu a indiqué que son client « a pris conscience de la gravité des faits ».",
        "son client « a pris conscience de la gravité des faits »",
        "statement",
    ),
    Row(
        "risk-measured-informs",
        "« Nous avons mesuré le risque avant de lancer le chantier », a expliqué l'ingénieur, Paul Simon.",
        "Nous avons mesuré le risque avant de lancer le chantier",
        "statement",
    ),
    Row(
        "homes-hit-by-the-flood-inform",
        "Selon la préfecture, 3 000 foyers ont été touchés par les inondations de la semaine dernière.",
        "3 000 foyers ont été touchés par les inondations de la semaine dernière",
        "statement",
    ),
    Row(
        "organisers-endangered-the-riders-blames",
        "« Les organisateurs ont mis en danger la vie des coureurs », a déclaré le président de la fédération,"
        " Luc Morel.",
        "Les organisateurs ont mis en danger la vie des coureurs",
        "accusation",
    ),
    Row(
        "dam-may-give-way-warns",
        "« Le barrage risque de céder dans les prochaines heures », a déclaré le préfet, Anne Blanc.",
        "Le barrage risque de céder dans les prochaines heures",
        "warning",
    ),
    Row(
        "fire-may-start-again-any-moment-warns",
        "« Le feu peut repartir à tout moment », a indiqué le commandant des pompiers, Eric Dubois.",
        "Le feu peut repartir à tout moment",
        "warning",
    ),
    Row(
        "buses-may-pass-any-moment-informs",
        "« Les navettes peuvent passer à tout moment de la journée », a indiqué le responsable du réseau, Paul Simon.",
        "Les navettes peuvent passer à tout moment de la journée",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_RISK_IN_FACTS))
def test_probe_risk_in_facts(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: Round 12: a label of sorrow blames nobody; time needed is no call; a risk the subject is out of reassures.
PROBE_LABELS_NEEDS_AND_SAFETY = [
    Row(
        "sad-day-blames-nobody",
        "Le directeur du club a qualifié cette défaite de « triste journée » pour les supporters.",
        "triste journée",
        "statement",
    ),
    Row(
        "scandalous-label-blames",
        "Le syndicat a qualifié la décision de la direction de « scandaleuse ».",
        "scandaleuse",
        "accusation",
    ),
    Row(
        "time-still-needed-informs",
        "« Nous avons bien progressé, mais il faut encore du temps », a indiqué le directeur du chantier, Paul Simon.",
        "Nous avons bien progressé, mais il faut encore du temps",
        "statement",
    ),
    Row(
        "checks-needed-demand",
        "« Il faut renforcer les contrôles sur cette route », a déclaré le maire, Jean Roux.",
        "Il faut renforcer les contrôles sur cette route",
        "demand",
    ),
    Row(
        "out-of-danger-reassures",
        "« Les deux randonneurs sont désormais hors de danger », a indiqué le médecin du Samu, Paul Simon.",
        "Les deux randonneurs sont désormais hors de danger",
        "assurance",
    ),
    Row(
        "wages-will-be-paid-reassures",
        "« Les salaires seront versés à la fin du mois », a déclaré le directeur de l'usine, Paul Simon.",
        "Les salaires seront versés à la fin du mois",
        "assurance",
    ),
    Row(
        "wages-were-paid-late-informs",
        "« Les salaires ont été versés avec une semaine de retard », a expliqué le directeur de l'usine, Paul Simon.",
        "Les salaires ont été versés avec une semaine de retard",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_LABELS_NEEDS_AND_SAFETY))
def test_probe_labels_needs_and_safety(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: Round 13: a culprit noun (``ce pyromane``) is an agent who can act, so a past risk he caused blames him;
#: ``devoir`` said of anyone at all (``un homme doit``) is a general truth, no demand; a work finished or a
#: service given back, said in the future, is an assurance.
PROBE_ROUND13 = [
    Row(  # a risk the subject took or ran on itself blames nobody
        "risk-taken-on-oneself-blames-nobody",
        "« Le pilote a pris des risques énormes dans le dernier tour », a commenté son équipier, Marc Vidal.",
        "Le pilote a pris des risques énormes dans le dernier tour",
        "statement",
    ),
    Row(
        "arsonist-endangered-families-blames",
        "« Le pyromane a mis en danger des dizaines de familles », a expliqué le colonel des pompiers, Paul Simon.",
        "Le pyromane a mis en danger des dizaines de familles",
        "accusation",
    ),
    Row(
        "fraudsters-endangered-the-fund-blames",
        "« Les fraudeurs ont mis en danger l'équilibre de la caisse », a estimé le directeur, Jean Roux.",
        "Les fraudeurs ont mis en danger l'équilibre de la caisse",
        "accusation",
    ),
    Row(
        "storm-endangered-the-crops-informs",
        "« La tempête a mis en péril les récoltes de la vallée », a déclaré l'agriculteur, Luc Morel.",
        "La tempête a mis en péril les récoltes de la vallée",
        "statement",
    ),
    Row(
        "a-man-must-know-his-limits-informs",
        "« Dans la vie, un homme doit savoir reconnaître ses erreurs », a confié l'ancien ministre, Jean Roux.",
        "Dans la vie, un homme doit savoir reconnaître ses erreurs",
        "statement",
    ),
    Row(
        "a-time-when-one-must-grow-old-informs",
        "« Il vient un temps où l'on doit accepter de vieillir », a confié l'acteur, Luc Morel.",
        "Il vient un temps où l'on doit accepter de vieillir",
        "statement",
    ),
    Row(
        "one-must-act-now-demand",
        "« On doit agir maintenant pour protéger la forêt », a déclaré la députée, Marie Petit.",
        "On doit agir maintenant pour protéger la forêt",
        "demand",
    ),
    Row(
        "time-when-the-state-must-act-demand",
        "« Le moment est venu où l'État doit prendre ses responsabilités », a déclaré le sénateur, Jean Roux.",
        "Le moment est venu où l'État doit prendre ses responsabilités",
        "demand",
    ),
    Row(
        "pool-will-reopen-reassures",
        "« La piscine sera rouverte au public en septembre », a précisé l'adjoint aux sports, Luc Morel.",
        "La piscine sera rouverte au public en septembre",
        "assurance",
    ),
    Row(
        "residents-may-go-home-reassures",
        "« Les riverains pourront retrouver leur logement dès jeudi », a indiqué la préfète, Anne Blanc.",
        "Les riverains pourront retrouver leur logement dès jeudi",
        "assurance",
    ),
    Row(
        "works-were-finished-informs",
        "« Le chantier a été terminé avant la rentrée », a indiqué le maire, Jean Roux.",
        "Le chantier a été terminé avant la rentrée",
        "statement",
    ),
    Row(
        "residents-could-go-home-informs",
        "« Les habitants pouvaient regagner leur domicile le soir », a raconté le préfet, Anne Blanc.",
        "Les habitants pouvaient regagner leur domicile le soir",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_ROUND13))
def test_probe_round13(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: Fourteenth stop: the toll of an incident said to be nil is reported, not denied (``act.veto.toll``).
PROBE_ROUND14 = [
    Row(  # no casualties after an accident: an outcome reported, no claim contradicted
        "no-injured-after-a-crash-informs",
        "« Il n'y a pas eu de blessé grave », a indiqué le commandant de gendarmerie après la collision.",
        "Il n'y a pas eu de blessé grave",
        "statement",
    ),
    Row(
        "no-victims-after-a-landslide-informs",
        "« Heureusement, il n'y a pas eu de victimes », a déclaré la maire de la commune, Sylvie Mercier.",
        "Heureusement, il n'y a pas eu de victimes",
        "statement",
    ),
    Row(  # near miss: what did not happen is a wrong the speaker is charged with
        "no-fraud-denies",
        "« Il n'y a pas eu de fraude lors du vote », a assuré le président du club, accusé d'avoir truqué l'élection.",
        "Il n'y a pas eu de fraude lors du vote",
        "denial",
    ),
    Row(  # near miss: a contact the speaker is said to have had
        "no-contact-denies",
        "« Il n'y a pas eu de contact avec les ravisseurs », a démenti le porte-parole du ministère.",
        "Il n'y a pas eu de contact avec les ravisseurs",
        "denial",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_ROUND14))
def test_probe_round14(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


def test_rule_needs_never_miss_a_match() -> None:
    """``_vote`` searches a content rule only where a string every match holds occurs: on every
    row of the tables above, and on each line and sentence of the seed articles, each rule that
    matches finds one of its strings in the case-folded text, and the votes are those of
    searching every rule."""
    from pathlib import Path

    from quoteminer.acts import _rule_needs, _rules, _vote

    tabled = [r for table in globals().values() if isinstance(table, list) for r in table if isinstance(r, Row)]
    texts = [t.replace("’", "'") for r in tabled for t in (r.item, r.text)]
    for path in sorted((Path(__file__).parent.parent / "fixtures" / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").replace("’", "'").splitlines():
            texts += [line, *line.split(". ")]
    for text in texts:
        votes: dict[str, float] = {}
        evidence: list[str] = []
        for (rule_id, act, weight, pattern), needs in zip(_rules(FR), _rule_needs(FR), strict=True):
            m = pattern.search(text)
            if m:
                assert needs is None or any(n in text.casefold() for n in needs), (rule_id, text)
                votes[act] = votes.get(act, 0.0) + weight
                evidence.append(f"{rule_id}:{m.group(0).strip()[:40]}")
        assert _vote(text, FR) == (votes, evidence)


#: Round 11 (acts): what is demanded named as the object of a wish or a due (``nous voulons des moyens``,
#: ``méritent une revalorisation``); a virtue said to be missing in someone else and nothing done for those in
#: need (accusations); a report called false as an attribute (``sont fantaisistes``; not the epithet of a
#: faulty reading) or the speaker said to have no part (``n'y est pour rien``); the set phrase of a condition of
#: nothing done (``si rien n'est fait``) and a toll foretold (warnings); the hearer told he may rely on the
#: speaker and a readiness promised (assurances); pillage and humiliation as blamed conduct.
PROBE_ROUND11_ACTS = [
    # what the round's rules must not read (a review's sentences of ordinary news)
    Row(
        "nothing-done-to-deserve-it-informs",
        "« Mon fils n'a rien fait pour mériter une telle punition », confie la mère du lycéen.",
        "Mon fils n'a rien fait pour mériter une telle punition",
        "statement",
    ),
    Row(
        "surprise-at-a-players-feat-informs",
        "« Il est étonnant que ce gardien ait arrêté trois penalties dans le même match », sourit l'entraîneur.",
        "Il est étonnant que ce gardien ait arrêté trois penalties dans le même match",
        "statement",
    ),
    Row(
        "season-greeting-informs",
        "« Nous souhaitons de belles fêtes de fin d'année à tous les bénévoles », a déclaré la présidente du club.",
        "Nous souhaitons de belles fêtes de fin d'année à tous les bénévoles",
        "statement",
    ),
    Row(
        "hope-for-the-hearers-evening-informs",
        "« J'espère que vous passerez un excellent moment au festival », a lancé le maire aux spectateurs.",
        "J'espère que vous passerez un excellent moment au festival",
        "statement",
    ),
    Row(
        "rain-would-be-welcome-informs",
        "« Un peu de pluie serait la bienvenue pour les semis », a confié un céréalier de la Meuse.",
        "Un peu de pluie serait la bienvenue pour les semis",
        "statement",
    ),
    Row(
        "ruling-awaited-informs",
        "« On attend la décision du tribunal administratif », a indiqué l'avocate des riverains.",
        "On attend la décision du tribunal administratif",
        "statement",
    ),
    Row(
        "team-deserves-better-informs",
        "« Ces joueurs méritent mieux que cette dernière place », estime l'entraîneur du club.",
        "Ces joueurs méritent mieux que cette dernière place",
        "statement",
    ),
    Row(
        "own-forecast-called-wrong-informs",
        "« Nos estimations étaient erronées », a reconnu le directeur financier du groupe.",
        "Nos estimations étaient erronées",
        "statement",
    ),
    Row(
        "door-opened-to-investment-informs",
        "« Ce contrat doit ouvrir la porte à de nouveaux marchés », se réjouit le président de la chambre de commerce.",
        "Ce contrat doit ouvrir la porte à de nouveaux marchés",
        "statement",
    ),
    Row(
        "wanted-staff-demand",
        "« Nous voulons des effectifs supplémentaires dans nos commissariats », a déclaré le secrétaire "
        "départemental d'Alliance, Luc Garnier.",
        "Nous voulons des effectifs supplémentaires dans nos commissariats",
        "demand",
    ),
    Row(
        "answers-awaited-demand",
        "« Nous attendons de la préfecture des réponses claires », a déclaré la présidente de l'association de "
        "riverains, Anne Morel.",
        "Nous attendons de la préfecture des réponses claires",
        "demand",
    ),
    Row(
        "deserve-a-raise-demand",
        "« Les aides-soignantes méritent une vraie revalorisation », a déclaré la déléguée Sud Santé, Julie Marchand.",
        "Les aides-soignantes méritent une vraie revalorisation",
        "demand",
    ),
    Row(
        "on-wants-explanations-demand",
        "« On veut des explications sur ces coupures d'eau à répétition », a déclaré une habitante de Golbey, "
        "Sophie Klein.",
        "On veut des explications sur ces coupures d'eau à répétition",
        "demand",
    ),
    Row(
        "cashiers-deserve-a-bonus-demand",
        "« Les caissières méritent une prime de fin d'année », a déclaré la déléguée FO du magasin, Julie Marchand.",
        "Les caissières méritent une prime de fin d'année",
        "demand",
    ),
    Row(  # a crowd expected is no call on anyone
        "on-expects-runners-informs",
        "« On attend plus de deux mille coureurs dimanche », a indiqué l'organisateur du marathon, Luc Perrin.",
        "On attend plus de deux mille coureurs dimanche",
        "statement",
    ),
    Row(  # a wish for anything else calls on nobody
        "wish-for-a-show-informs",
        "« Nous voulons un beau spectacle pour nos supporters », a déclaré l'entraîneur, Marc Petit.",
        "Nous voulons un beau spectacle pour nos supporters",
        "statement",
    ),
    Row(
        "no-respect-for-volunteers-accuses",
        "« Le conseil d'administration n'a pas le moindre respect pour les bénévoles », a déclaré l'ancien "
        "trésorier du club, Henri Masson.",
        "Le conseil d'administration n'a pas le moindre respect pour les bénévoles",
        "accusation",
    ),
    Row(
        "lacks-courage-accuses",
        "« Le maire manque cruellement de courage dans ce dossier », a déclaré le chef de l'opposition municipale, "
        "Paul Girard.",
        "Le maire manque cruellement de courage dans ce dossier",
        "accusation",
    ),
    Row(
        "nothing-done-for-shops-accuses",
        "« L'agglomération n'a rien fait pour les commerçants du centre-ville », a déclaré le président de l'union "
        "commerciale, Yves Lambert.",
        "L'agglomération n'a rien fait pour les commerçants du centre-ville",
        "accusation",
    ),
    Row(
        "figures-called-fanciful-denies",
        "« Ces chiffres sont totalement fantaisistes », a réagi la porte-parole de la préfecture, Claire Henry.",
        "Ces chiffres sont totalement fantaisistes",
        "denial",
    ),
    Row(  # the epithet of a faulty reading calls nobody's words false
        "faulty-data-informs",
        "« Le capteur a transmis des données erronées au poste de contrôle », a expliqué l'ingénieur de la "
        "SNCF, Marc Fontaine.",
        "Le capteur a transmis des données erronées au poste de contrôle",
        "statement",
    ),
    Row(
        "town-has-no-part-denies",
        "« La mairie n'y est pour rien », a déclaré l'adjoint aux finances, Michel Roux.",
        "La mairie n'y est pour rien",
        "denial",
    ),
    Row(
        "if-nothing-changes-warns",
        "« Si rien ne change d'ici là, nous n'aurons plus de pédiatre en septembre », a déclaré la présidente du "
        "collectif de parents, Claire Vidal.",
        "Si rien ne change d'ici là, nous n'aurons plus de pédiatre en septembre",
        "warning",
    ),
    Row(
        "toll-foretold-warns",
        "« Ce virage fera encore des victimes », a déclaré le maire de Gérardmer, Luc Bernard.",
        "Ce virage fera encore des victimes",
        "warning",
    ),
    Row(
        "rely-on-us-reassures",
        "« Les sinistrés peuvent compter sur nous », a déclaré le président du conseil départemental, Paul Girard.",
        "Les sinistrés peuvent compter sur nous",
        "assurance",
    ),
    Row(
        "our-firemen-ready-reassures",
        "« Nos pompiers seront prêts à intervenir tout l'été », a déclaré le directeur du SDIS des Vosges, "
        "Olivier Mathieu.",
        "Nos pompiers seront prêts à intervenir tout l'été",
        "assurance",
    ),
    Row(
        "firm-pillaged-patents-accuses",
        "« Le groupe américain a pillé les brevets de la PME lorraine », a déclaré le délégué CFDT, Yves Lambert.",
        "Le groupe américain a pillé les brevets de la PME lorraine",
        "accusation",
    ),
    Row(
        "never-seen-here-accuses",
        "« Quand la maternité a fermé, on ne vous a jamais vus à Remiremont », a lancé la conseillère régionale "
        "Anne Morel au président de région.",
        "Quand la maternité a fermé, on ne vous a jamais vus à Remiremont",
        "accusation",
    ),
    Row(
        "taxpayers-will-pay-warns",
        "« Ce sont les contribuables qui paieront l'addition », a déclaré le conseiller municipal d'opposition, "
        "Thomas Mercier.",
        "Ce sont les contribuables qui paieront l'addition",
        "warning",
    ),
    Row(
        "mayor-will-be-there-reassures",
        "« Je serai au rendez-vous des attentes des habitants », a déclaré la nouvelle maire, Hélène Vidal.",
        "Je serai au rendez-vous des attentes des habitants",
        "assurance",
    ),
    Row(
        "nursery-reopens-reassures",
        "« La crèche des Capucins rouvrira mardi matin », a annoncé l'adjointe à la petite enfance, Julie Marchand.",
        "La crèche des Capucins rouvrira mardi matin",
        "assurance",
    ),
    Row(
        "museum-reopens-its-doors-reassures",
        "« Le musée rouvrira ses portes au public dès samedi », a indiqué la conservatrice, Claire Henry.",
        "Le musée rouvrira ses portes au public dès samedi",
        "assurance",
    ),
    Row(  # another object makes it someone's act, no service given back
        "judge-reopens-the-case-informs",
        "« Le juge d'instruction rouvrira le dossier », a expliqué l'avocat de la famille, Me Laurent Biche.",
        "Le juge d'instruction rouvrira le dossier",
        "statement",
    ),
    Row(
        "suspicions-groundless-denies",
        "« Ces soupçons sont dénués de tout fondement », a déclaré le président de la fédération, Jean Perrin.",
        "Ces soupçons sont dénués de tout fondement",
        "denial",
    ),
    Row(
        "tenants-first-victims-warns",
        "« Les locataires seront les premières victimes de cette hausse », a déclaré la présidente de la CNL des "
        "Vosges, Martine Klein.",
        "Les locataires seront les premières victimes de cette hausse",
        "warning",
    ),
    Row(
        "craftsmen-bear-the-brunt-warns",
        "« Les artisans subiront de plein fouet la hausse du gazole », a déclaré le président de la CAPEB, "
        "Marc Fontaine.",
        "Les artisans subiront de plein fouet la hausse du gazole",
        "warning",
    ),
    Row(  # victims recalled, no harm foretold
        "victims-cared-for-informs",
        "« Les victimes ont été prises en charge par le Samu », a indiqué le commandant des pompiers, Paul Simon.",
        "Les victimes ont été prises en charge par le Samu",
        "statement",
    ),
    Row(
        "gave-way-to-lobbies-accuses",
        "« Le ministre a cédé aux lobbies de la chasse », a déclaré le porte-parole de l'association, Luc Garnier.",
        "Le ministre a cédé aux lobbies de la chasse",
        "accusation",
    ),
    Row(
        "opening-the-door-warns",
        "« Autoriser ce forage, c'est ouvrir la porte à d'autres projets », a déclaré la présidente de "
        "l'association, Anne Morel.",
        "Autoriser ce forage, c'est ouvrir la porte à d'autres projets",
        "warning",
    ),
    Row(  # the weather's presence promises nothing
        "sun-will-be-there-informs",
        "« Le soleil sera au rendez-vous ce week-end », a indiqué le prévisionniste de Météo-France, Luc Garnier.",
        "Le soleil sera au rendez-vous ce week-end",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_ROUND11_ACTS))
def test_probe_round11_acts(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: Round 11, acts in debate: constructions found in the tuning sittings of the National Assembly and
#: probed on new sentences of news and parliamentary French.
PROBE_ROUND11_DEBATE = [
    Row(  # the speaker's wish for an amount of something calls on whoever can give it
        "wished-partitive-object-demand",
        "« On veut des trains le samedi matin », a déclaré un usager de la ligne Épinal-Saint-Dié, Thierry Roux.",
        "On veut des trains le samedi matin",
        "demand",
    ),
    Row(
        "wished-partitive-object-conditional-demand",
        "« Nous voudrions des passages piétons devant l'école », a déclaré la présidente de l'association de "
        "parents d'élèves, Hélène Kieffer.",
        "Nous voudrions des passages piétons devant l'école",
        "demand",
    ),
    Row(  # a wish recalled calls on nobody
        "wish-recalled-informs",
        "« Je voulais des chevaux depuis l'enfance », a raconté l'éleveuse, Laure Gaspard.",
        "Je voulais des chevaux depuis l'enfance",
        "statement",
    ),
    Row(  # a wish to do is an intention, no call
        "wish-to-do-informs",
        "« Nous voulons remporter ce tournoi à domicile », a déclaré la capitaine, Emma Ruiz.",
        "Nous voulons remporter ce tournoi à domicile",
        "statement",
    ),
    Row(  # surprise at what someone did reproaches him
        "surprise-at-conduct-accuses",
        "« Il est curieux que le conseil départemental ait attendu la rentrée pour annoncer ces fermetures », a "
        "déclaré le conseiller d'opposition, Rémi Hartmann.",
        "Il est curieux que le conseil départemental ait attendu la rentrée pour annoncer ces fermetures",
        "accusation",
    ),
    Row(
        "regret-exclaimed-at-conduct-accuses",
        "« Quel dommage que la direction ait choisi de fermer l'atelier », a déclaré la déléguée CFDT, Sophie Marchal.",
        "Quel dommage que la direction ait choisi de fermer l'atelier",
        "accusation",
    ),
    Row(  # surprise at things blames nobody
        "surprise-at-nature-informs",
        "« Il est étonnant de voir des cigognes si tôt dans la saison », a indiqué le naturaliste, Paul Lorentz.",
        "Il est étonnant de voir des cigognes si tôt dans la saison",
        "statement",
    ),
    Row(  # a hope for what a body in charge will do calls on it
        "hope-for-a-body-demands",
        "« J'espère que le conseil départemental financera enfin la rénovation du gymnase », a déclaré l'adjoint "
        "aux sports de Lunéville, Cédric Voinot.",
        "J'espère que le conseil départemental financera enfin la rénovation du gymnase",
        "demand",
    ),
    Row(  # a hope for things calls on nobody
        "hope-for-weather-informs",
        "« Nous espérons que la neige tiendra jusqu'aux vacances de février », a indiqué le directeur de la "
        "station, Guy Marchal.",
        "Nous espérons que la neige tiendra jusqu'aux vacances de février",
        "statement",
    ),
    Row(  # an amount of something said welcome in the conditional calls politely for it
        "welcome-in-the-conditional-demands",
        "« Une aide de l'intercommunalité serait la bienvenue pour rénover la salle des fêtes », a déclaré le "
        "maire de Bulgnéville, Serge Antoine.",
        "Une aide de l'intercommunalité serait la bienvenue pour rénover la salle des fêtes",
        "demand",
    ),
    Row(  # a thing already there said welcome calls on nobody
        "welcome-of-a-thing-informs",
        "« Ce redoux serait le bienvenu pour les vergers », a indiqué l'arboriculteur, Jacques Thomas.",
        "Ce redoux serait le bienvenu pour les vergers",
        "statement",
    ),
    Row(  # a surprise denied explains
        "surprise-denied-informs",
        "« Il n'est pas surprenant que les ventes reculent en janvier », a expliqué le commerçant, Yves Muller.",
        "Il n'est pas surprenant que les ventes reculent en janvier",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_ROUND11_DEBATE))
def test_probe_round11_debate(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: Round 12: denials of a claim in play read as statements (the debates' second largest error group), on new
#: sentences: a claim denied as nobody's, a contradicting ``Si !``, the bare ``c'est le contraire !``, the aim
#: ascribed to the speaker denied (``il ne s'agit pas de`` + infinitive), and the impersonal ``s'agir`` no
#: longer read as a duty unmet.
PROBE_ROUND12 = [
    Row(  # a claim denied as nobody's
        "nobody-said-denies",
        "« Personne n'a dit que la piscine municipale serait vendue », a déclaré l'adjoint aux sports, Rémi Colin.",
        "Personne n'a dit que la piscine municipale serait vendue",
        "denial",
    ),
    Row(  # nobody disputing a point concedes it: no denial
        "nobody-disputes-concedes",
        "« Personne ne conteste que la rocade soit saturée aux heures de pointe », a expliqué le président de "
        "la métropole, Luc Bertin.",
        "Personne ne conteste que la rocade soit saturée aux heures de pointe",
        "statement",
    ),
    Row(  # a question for information about who spoke
        "who-spoke-asks",
        "« Qui a pris la parole en premier lors de la réunion ? », a demandé le président de séance, Marc Huet.",
        "Qui a pris la parole en premier lors de la réunion ?",
        "statement",
    ),
    Row(  # a contradicting "Si"
        "contradicting-si-denies",
        "« Si, justement ! La commune a reçu la subvention en mars », a répondu le maire de Vittel, Franck Perry.",
        "Si, justement ! La commune a reçu la subvention en mars",
        "denial",
    ),
    Row(  # the bare "c'est le contraire !"
        "bare-contrary-denies",
        "« C'est le contraire ! Les effectifs de la brigade ont augmenté », a répondu le préfet des Ardennes, "
        "Henri Massé.",
        "C'est le contraire ! Les effectifs de la brigade ont augmenté",
        "denial",
    ),
    Row(  # the impersonal "s'agir" with a noun describes: no duty unmet, no denial
        "not-a-first-informs",
        "« Il ne s'agit pas d'un coup d'essai pour la troupe, qui a déjà joué à Avignon », a expliqué la "
        "metteuse en scène, Claire Dumas.",
        "Il ne s'agit pas d'un coup d'essai pour la troupe, qui a déjà joué à Avignon",
        "statement",
    ),
]


PROBE_ROUND12 += [
    Row(  # what a measure amounts to, a harm done to others
        "harmful-equation-warns",
        "« Fermer la gare de Lunéville, c'est condamner tout le bassin à l'isolement », a déclaré le député "
        "Thibault Jacquot.",
        "Fermer la gare de Lunéville, c'est condamner tout le bassin à l'isolement",
        "warning",
    ),
    Row(
        "amounts-to-depriving-warns",
        "« Cette réforme reviendrait à priver les apprentis de leur prime de transport », a déclaré la "
        "présidente de la chambre des métiers, Odile Weber.",
        "Cette réforme reviendrait à priver les apprentis de leur prime de transport",
        "warning",
    ),
    Row(  # the second act said to follow of itself: the first step of a slope
        "automatic-equation-warns",
        "« Autoriser ce forage, c'est forcément ouvrir la porte aux autres demandes », a estimé le porte-parole "
        "du collectif, Julien Faure.",
        "Autoriser ce forage, c'est forcément ouvrir la porte aux autres demandes",
        "warning",
    ),
    Row(  # an equation of two acts with no harm explains
        "plain-equation-informs",
        "« Jardiner, c'est apprendre la patience », a expliqué l'animatrice de l'atelier, Maud Lefèvre.",
        "Jardiner, c'est apprendre la patience",
        "statement",
    ),
]


PROBE_ROUND12 += [
    Row(  # a harm foretold in a question answers itself
        "harm-asked-warns",
        "« Les petites boulangeries vont-elles disparaître de nos bourgs ? », a lancé le président de la "
        "fédération, Gérard Humbert.",
        "Les petites boulangeries vont-elles disparaître de nos bourgs ?",
        "warning",
    ),
    Row(  # a question on a future with no harm asks
        "future-asked-informs",
        "« Le marché de Noël va-t-il s'installer place Stanislas cette année ? », a lancé la conseillère "
        "municipale, Irène Vogel.",
        "Le marché de Noël va-t-il s'installer place Stanislas cette année ?",
        "statement",
    ),
    Row(  # a harm foretold with a plural prospective the tagger reads as a future (``vont``)
        "plural-prospective-harm-warns",
        "« Les petits hôtels vont disparaître de la côte », a déclaré le maire de Gérardmer, Bernard Vincent.",
        "Les petits hôtels vont disparaître de la côte",
        "warning",
    ),
    Row(  # the end of a work foretold informs
        "end-of-works-foretold-informs",
        "« Ce sera la fin du chantier de la médiathèque en avril », a indiqué l'adjointe à la culture, Lise Marchal.",
        "Ce sera la fin du chantier de la médiathèque en avril",
        "statement",
    ),
    Row(  # a measure foretold to impoverish others
        "impoverish-foretold-warns",
        "« Ce nouveau barème pénalisera les familles nombreuses », a déclaré la présidente de l'union "
        "départementale, Nadia Bouvier.",
        "Ce nouveau barème pénalisera les familles nombreuses",
        "warning",
    ),
]


#: Round 12 mend: near misses of the round's act rules, each of the shape a rule above must not reach.
PROBE_ROUND12 += [
    Row(  # silence described: nobody speaks of it, no claim denied
        "nobody-speaks-of-describes-silence",
        "« Personne ne parle de la fermeture de la scierie au village », a soupiré l'épicière, Martine Roux.",
        "Personne ne parle de la fermeture de la scierie au village",
        "statement",
    ),
    Row(  # silence kept for years, told
        "nobody-spoke-of-for-years-informs",
        "« Personne n'a parlé de cette fuite pendant des mois », a raconté l'ancien gardien, Yves Marin.",
        "Personne n'a parlé de cette fuite pendant des mois",
        "statement",
    ),
    Row(  # a real question governed by a verb of asking
        "who-said-asked-by-judge-asks",
        "« Qui a dit cela au gardien ? », a demandé l'avocate de la famille, Inès Robin.",
        "Qui a dit cela au gardien ?",
        "statement",
    ),
    Row(  # a plain question whose answer is to come
        "who-tells-the-truth-asks",
        "« Qui dit vrai dans ce dossier ? La cour tranchera en juin », a résumé le bâtonnier, Alain Perrot.",
        "Qui dit vrai dans ce dossier ? La cour tranchera en juin",
        "statement",
    ),
    Row(  # "c'est le contraire" comparing two places
        "contrary-compares-informs",
        "« À Épinal, les ventes montent ; à Remiremont, c'est le contraire. Les notaires l'ont constaté en juin », "
        "a expliqué l'agent immobilier, Hugo Blanc.",
        "À Épinal, les ventes montent ; à Remiremont, c'est le contraire. Les notaires l'ont constaté en juin",
        "statement",
    ),
    Row(  # "Si," opening a condition
        "si-of-a-condition-informs",
        "« Si, bien sûr, la région finance les travaux, le pont rouvrira en mai », a indiqué le maire de "
        "Raon-l'Étape, Denis Gauthier.",
        "Si, bien sûr, la région finance les travaux, le pont rouvrira en mai",
        "statement",
    ),
    Row(  # "il ne s'agit pas de" then "il faut": a call
        "not-the-aim-then-must-demands",
        "« Il ne s'agit pas de foncer tête baissée, il faut d'abord consulter les riverains », a déclaré la "
        "sous-préfète, Anne Lorin.",
        "Il ne s'agit pas de foncer tête baissée, il faut d'abord consulter les riverains",
        "demand",
    ),
    Row(  # a duty of one's word unmet, reflexive "se tenir à"
        "never-kept-to-its-word-accuses",
        "« La direction ne s'est jamais tenue à ses engagements », a déclaré le délégué syndical, Paul Simon.",
        "La direction ne s'est jamais tenue à ses engagements",
        "accusation",
    ),
    Row(  # an equation whose topic is a noun: what the aim is
        "noun-topic-equation-informs",
        "« Notre objectif, c'est détruire les nids de frelons avant l'été », a expliqué l'apiculteur, Rémy Noël.",
        "Notre objectif, c'est détruire les nids de frelons avant l'été",
        "statement",
    ),
    Row(  # an automatic consequence with no harm
        "automatic-equation-no-harm-informs",
        "« Réduire la vitesse, c'est mécaniquement diminuer le bruit », a expliqué l'ingénieur, Marc Lenoir.",
        "Réduire la vitesse, c'est mécaniquement diminuer le bruit",
        "statement",
    ),
    Row(  # a title, capitalised, as what will come
        "title-as-what-will-come-informs",
        "« Ce sera La Ruine de Babylone qui ouvrira le festival », a annoncé la directrice du théâtre, Léa Morel.",
        "Ce sera La Ruine de Babylone qui ouvrira le festival",
        "statement",
    ),
    Row(  # a likely cause in the conditional
        "likely-cause-conditional-informs",
        "« L'explication ? Ce serait la disparition d'une pièce du moteur », a indiqué le technicien, Noé Petit.",
        "L'explication ? Ce serait la disparition d'une pièce du moteur",
        "statement",
    ),
    Row(  # a plural prospective of paying, with no object: no help promised
        "plural-prospective-pay-no-help",
        "« Les locataires vont payer plus cher », a déclaré la présidente de l'association, Élise Caron.",
        "Les locataires vont payer plus cher",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_ROUND12))
def test_probe_round12(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: Round 15 tried to read the reporting verb's prior in its context: an indirect yes-no question after a
#: verb of asking about a completed past fact asks for an answer, and a fault put ``sur`` a party after
#: ``rejeter`` blames it. Two reviews found near misses of both, even narrowed by the parse (a plan worded in
#: the past, ``avait prévu de rouvrir``; a hearer urged, ``si elle avait enfin pris connaissance``; a medium
#: or a topic after ``sur``, ``toute responsabilité sur France Inter``, ``sur ce qui s'est passé``): both were
#: withdrawn. Their positive rows stay as known failures, the near misses as guards for a next attempt.
PROBE_PRIOR_IN_CONTEXT = [
    Row(
        "indirect-yes-no-question-after-demander-informs",
        "Une conseillère municipale de Quimper a demandé si la piscine avait passé le contrôle sanitaire.",
        "la piscine avait passé le contrôle sanitaire",
        "statement",
        reason="the prior in context was withdrawn after two reviews (see the comment above)",
        classifier="the prior in context was withdrawn after two reviews (see the comment above)",
    ),
    Row(  # near miss: whether something can be done asks for the act
        "asking-whether-it-can-be-done-stays-a-demand",
        "Les parents d'élèves ont demandé si la commune pouvait ouvrir une classe supplémentaire.",
        "la commune pouvait ouvrir une classe supplémentaire",
        "demand",
    ),
    Row(
        "fault-put-on-a-party-after-rejeter-accuses",
        "Le président du département a rejeté la responsabilité des retards sur l'entreprise de travaux publics.",
        "la responsabilité des retards sur l'entreprise de travaux publics",
        "accusation",
        reason="the prior in context was withdrawn after two reviews (see the comment above)",
        classifier="the prior in context was withdrawn after two reviews (see the comment above)",
    ),
    Row(  # near miss: a fault refused, put on nobody, denies
        "rejeter-toute-responsabilite-denies",
        "La société d'autoroute rejette toute responsabilité dans le carambolage de samedi.",
        "toute responsabilité dans le carambolage de samedi",
        "denial",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_PRIOR_IN_CONTEXT))
def test_probe_prior_in_context(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: The reviews' near misses of the withdrawn prior in context (reviews rev15a and rev15a2), on new sentences:
#: whether something will, would or can be done, or a plan worded in the past, keeps the demand; a fault's
#: ``sur`` before a place, a thing, a medium or a topic keeps the denial.
PROBE_PRIOR_IN_CONTEXT_NARROWED = [
    Row(
        "asking-whether-one-had-planned-to-act-demands",
        "Les usagers ont demandé si la communauté de communes avait prévu de rouvrir la déchetterie cet été.",
        "la communauté de communes avait prévu de rouvrir la déchetterie cet été",
        "demand",
    ),
    Row(
        "fault-refused-about-what-happened-denies",
        "Le gérant de la discothèque rejette toute responsabilité sur ce qui s'est passé dans la nuit.",
        "toute responsabilité sur ce qui s'est passé dans la nuit",
        "denial",
    ),
    Row(
        "asking-whether-one-intends-to-act-demands",
        "Une habitante de Lorient a demandé si la mairie comptait rénover le gymnase du quartier.",
        "la mairie comptait rénover le gymnase du quartier",
        "demand",
    ),
    Row(
        "asking-whether-one-is-going-to-act-demands",
        "Les commerçants ont demandé si la métropole allait enfin rouvrir le parking du marché.",
        "la métropole allait enfin rouvrir le parking du marché",
        "demand",
    ),
    Row(
        "asking-whether-one-is-ready-to-act-demands",
        "Les dockers ont demandé si l'armateur était prêt à revoir les cadences de travail.",
        "l'armateur était prêt à revoir les cadences de travail",
        "demand",
    ),
    Row(
        "asking-whether-one-would-act-demands",
        "Une élue a demandé si la région financerait la rénovation du lycée agricole.",
        "la région financerait la rénovation du lycée agricole",
        "demand",
    ),
    Row(
        "asking-the-hearer-whether-he-intends-to-go-back-demands",
        "Les pharmaciens ont demandé au ministère s'il comptait revenir sur les quotas de médicaments.",
        "il comptait revenir sur les quotas de médicaments",
        "demand",
    ),
    Row(
        "asking-whether-one-would-give-up-demands",
        "Les étudiants ont demandé si l'université renoncerait à la hausse des frais d'inscription.",
        "l'université renoncerait à la hausse des frais d'inscription",
        "demand",
    ),
    Row(  # near miss the other way: a completed past fact, in the passive pluperfect
        "asking-whether-a-past-fact-happened-informs",
        "Un conseiller a demandé si la pharmacie avait été prévenue de la rupture de stock.",
        "la pharmacie avait été prévenue de la rupture de stock",
        "statement",
        reason="the prior in context was withdrawn after two reviews (see the comment above)",
        classifier="the prior in context was withdrawn after two reviews (see the comment above)",
    ),
    Row(
        "fault-of-an-event-that-happened-somewhere-denies",
        "Le gestionnaire du port rejette la responsabilité de la collision survenue sur le quai nord.",
        "la responsabilité de la collision survenue sur le quai nord",
        "denial",
    ),
    Row(
        "fault-of-a-leak-found-somewhere-denies",
        "L'industriel rejette la responsabilité de la fuite détectée sur le réseau d'eau potable.",
        "la responsabilité de la fuite détectée sur le réseau d'eau potable",
        "denial",
    ),
    Row(
        "sur-of-another-verb-after-the-fault-denies",
        "L'hébergeur rejette la responsabilité de la fuite de données et compte sur l'enquête en cours.",
        "la responsabilité de la fuite de données et compte sur l'enquête en cours",
        "denial",
    ),
    Row(
        "sur-in-a-relative-clause-on-the-faults-denies",
        "Le club rejette les fautes qui lui sont attribuées sur ce transfert.",
        "les fautes qui lui sont attribuées sur ce transfert",
        "denial",
        classifier="the classifier weighs the fault's words as blame, with or without the prior (as before round 15)",
    ),
    Row(
        "fault-put-on-the-weather-denies",
        "La mairie a rejeté la faute des coulées de boue sur les orages de la semaine.",
        "la faute des coulées de boue sur les orages de la semaine",
        "denial",
        classifier="the classifier weighs the fault's words as blame, with or without the prior (as before round 15)",
    ),
    Row(  # near miss the other way: the fault put on a person by his role
        "fault-put-on-a-role-accuses",
        "L'armateur rejette la responsabilité de la marée noire sur le capitaine du cargo.",
        "la responsabilité de la marée noire sur le capitaine du cargo",
        "accusation",
        reason="the prior in context was withdrawn after two reviews (see the comment above)",
        classifier="the prior in context was withdrawn after two reviews (see the comment above)",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(PROBE_PRIOR_IN_CONTEXT_NARROWED))
def test_probe_prior_in_context_narrowed(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected


#: Review rev15a's sentences on the two reverted constructions (act.veto.reported, act.accusation.question
#: on any definite subject), kept on their right answers: they fail with the reverted rules and pass
#: without them.
REVIEW_REV15A_REVERTED = [
    Row(
        "relayed-affirmation-of-a-denial-stays-a-denial",
        "Le porte-parole a déclaré que le ministre affirme qu'il n'a jamais rencontré l'homme d'affaires.",
        "le ministre affirme qu'il n'a jamais rencontré l'homme d'affaires",
        "denial",
        classifier="the classifier reads the relayed affirmation as a report (as before round 15)",
    ),
    Row(
        "question-of-method-club-informs",
        "« Comment le club peut-il rebondir après cette défaite ? En travaillant », a expliqué l'entraîneur.",
        "Comment le club peut-il rebondir après cette défaite ? En travaillant",
        "statement",
    ),
    Row(
        "question-of-method-team-informs",
        "« Comment notre équipe peut-elle progresser ? En jouant plus vite », a estimé l'entraîneur.",
        "Comment notre équipe peut-elle progresser ? En jouant plus vite",
        "statement",
    ),
    Row(
        "question-of-method-town-informs",
        "« Comment la ville peut-elle attirer de jeunes médecins ? Nous avons ouvert une maison de "
        "santé », a expliqué le maire.",
        "Comment la ville peut-elle attirer de jeunes médecins ? Nous avons ouvert une maison de santé",
        "statement",
    ),
    Row(
        "question-of-wonder-informs",
        "« Comment ce gamin de seize ans peut-il jouer aussi bien ? », s'est émerveillé l'entraîneur.",
        "Comment ce gamin de seize ans peut-il jouer aussi bien ?",
        "statement",
    ),
    Row(
        "question-of-method-in-the-past-informs",
        "« Comment la petite commune a-t-elle pu financer une telle salle ? Grâce à une souscription », "
        "a expliqué le maire.",
        "Comment la petite commune a-t-elle pu financer une telle salle ? Grâce à une souscription",
        "statement",
    ),
    Row(
        "question-of-method-children-informs",
        "« Comment les enfants peuvent-ils apprendre à nager sans piscine ? Avec les bassins de la "
        "ville voisine », a expliqué l'adjointe.",
        "Comment les enfants peuvent-ils apprendre à nager sans piscine ? Avec les bassins de la ville voisine",
        "statement",
    ),
    Row(
        "question-of-method-village-informs",
        "Interrogé sur l'avenir, il a répondu : « Comment le village peut-il se développer ? En "
        "accueillant de jeunes familles. »",
        "Comment le village peut-il se développer ? En accueillant de jeunes familles.",
        "statement",
    ),
    Row(
        "sworn-denial-relayed-by-the-spokesman-denies",
        "« Le ministre jure qu'il n'a jamais rencontré cet homme d'affaires », a déclaré son porte-parole.",
        "Le ministre jure qu'il n'a jamais rencontré cet homme d'affaires",
        "denial",
    ),
    Row(
        "claim-denied-by-the-speaker-denies",
        "« Ils disent que nous n'avons jamais payé nos factures. Nous avons tous les reçus », a répondu le maire.",
        "Ils disent que nous n'avons jamais payé nos factures. Nous avons tous les reçus",
        "denial",
    ),
    Row(
        "question-of-method-association-informs",
        "« Comment votre association peut-elle aider les familles ? En les accompagnant au quotidien », "
        "a expliqué la présidente.",
        "Comment votre association peut-elle aider les familles ? En les accompagnant au quotidien",
        "statement",
    ),
]


@pytest.mark.parametrize(("row", "acts"), rows(REVIEW_REV15A_REVERTED))
def test_review_rev15a_reverted(row: Row, acts: str) -> None:
    assert act_of(row, acts) == row.expected
