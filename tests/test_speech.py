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
    Row(  # the parse hangs the de-phrase of the content on the day after the verb: it is still the content
        "de-content-hung-on-the-day",
        "La fédération s'est inquiétée samedi de la multiplication des agressions d'arbitres.",
        (("indirect", "la multiplication des agressions d'arbitres"),),
    ),
    Row(  # a worry reports what it is about, "s'alarmer de" as "s'inquiéter de"
        "alarm-reports-what-it-is-about",
        "L'Unicef s'est alarmé de la hausse des cas de malnutrition au Yémen.",
        (("indirect", "la hausse des cas de malnutrition au Yémen"),),
    ),
    Row(  # the impersonal passive of a verb of saying reports its que-clause (whose words, the sentence does
        # not say); a decision's impersonal passive does not
        "impersonal-passive-of-a-verb-of-saying",
        "La délégation est arrivée à Addis-Abeba. Il a été annoncé lundi que le sommet se tiendrait à Nairobi en mars.",
        (("indirect", "le sommet se tiendrait à Nairobi en mars"),),
    ),
    Row(
        "impersonal-passive-of-a-decision",
        "Il a été décidé lundi que le sommet se tiendrait à Nairobi en mars.",
        (),
    ),
    Row(  # a verb coordinated after a que-clause with an auxiliary of its own, conjugated as the governing
        # verb and not as the clause's, is the governing verb's subject's second report
        "coordinated-verb-with-its-own-auxiliary-after-a-que-clause",
        "La fédération a assuré que les arbitres avaient été agressés et a réclamé des sanctions exemplaires.",
        (("indirect", "les arbitres avaient été agressés"), ("indirect", "des sanctions exemplaires")),
    ),
    Row(  # the sides of a conflict are a collective source
        "sides-of-a-conflict-as-source",
        "Les deux camps s'accusent mutuellement de saboter les pourparlers de paix.",
        (("indirect", "saboter les pourparlers de paix"),),
    ),
    Row(  # a trade that acts as a group is a source: a weak verb's infinitive reports its threat
        "trade-noun-subject-of-a-threat",
        "Les cheminots en colère menacent de paralyser le trafic des trains régionaux.",
        (("indirect", "paralyser le trafic des trains régionaux"),),
    ),
    Row(  # a verb the tagger read as a noun after "et", coordinated to the first verb: its own item, its subject
        "coordinated-verb-read-as-a-noun",
        "Le comité de quartier a contesté le nouveau tracé et demande de reporter les travaux.",
        (("indirect", "le nouveau tracé"), ("indirect", "reporter les travaux")),
    ),
    Row(  # a verb of wish, fear or regret reports its object after a pronoun subject too
        "stance-verb-object-after-a-pronoun-subject",
        "Les riverains de la ligne ont été reçus en mairie. Ils redoutent la suppression de l'arrêt de bus.",
        (("indirect", "la suppression de l'arrêt de bus"),),
    ),
    Row(  # a verb form the tagger read as a noun after the comma closing a relative set off after the subject
        "verb-read-as-a-noun-after-a-relative-set-off",
        "La directrice de l'école, qui a reçu les parents lundi, juge que la fermeture est injustifiée.",
        (("indirect", "la fermeture est injustifiée"),),
    ),
    Row(  # a day right after the verb: the parse hangs the object on it, which is still the verb's
        "object-hung-on-a-day-word",
        "Le laboratoire a annoncé mercredi la découverte d'une nouvelle molécule.",
        (("indirect", "la découverte d'une nouvelle molécule"),),
    ),
    Row(  # a verb of saying, at most its addressee, a colon, then a clause without quotation marks:
        # the clause is what was said (a colon listing what an object holds is not)
        "clause-after-colon-following-the-verb",
        "Le recteur a averti les enseignants : aucune classe ne sera fermée à la rentrée. Le président du club "
        "a prévenu : l'équipe jouera la montée. Le maire a présenté deux projets : une crèche et un gymnase.",
        (
            ("indirect", "aucune classe ne sera fermée à la rentrée"),
            ("indirect", "l'équipe jouera la montée"),
        ),
    ),
    Row(  # parties agree to do something: "convenir de" + infinitive reports it; the impersonal "il
        # convient de" is the journalist's own voice
        "agreed-to-infinitive",
        "Les belligérants ont convenu d'échanger leurs prisonniers. Il convient de rappeler que la trêve "
        "avait été rompue en mars.",
        (("indirect", "échanger leurs prisonniers"),),
    ),
    Row(  # "convenir" takes "être" in its active past, which the parse reads as a passive; the passive
        # "il a été convenu que" has no speaker and stays out
        "agreed-with-etre",
        "Le club et la mairie sont convenus de partager les frais. Il a été convenu que le stade fermerait en mai.",
        (("indirect", "partager les frais"),),
    ),
    Row(  # the plural participle of "convenir" after "être", read as an adjective, before its
        # que-clause is still the verb; the impersonal "il est convenu que" and an adjective stay out
        "agreed-with-etre-read-as-adjective",
        "Les maires sont convenus que le projet était trop cher. Il est convenu que la réunion aura lieu "
        "mardi. Les tarifs convenus avec le fournisseur ont augmenté.",
        (("indirect", "le projet était trop cher"),),
    ),
    Row(  # a participle qualifies the noun of intent, and the parse hangs the infinitive on a noun of
        # the participle's complement: the infinitive is still what was committed to
        "commitment-noun-qualified-by-a-participle",
        "Le chancelier a rappelé l'engagement pris lors du sommet de Berlin de doubler l'aide au "
        "développement. Le président a réitéré l'engagement pris pendant la campagne de réduire le déficit.",
        (("indirect", "doubler l'aide au développement"), ("indirect", "réduire le déficit")),
    ),
    Row(  # rescue bodies and broadcasters are sources of wire copy: a postposed cue reports the clause
        "rescue-body-and-broadcaster-as-sources",
        "Deux villages ont été évacués, a annoncé la protection civile. Le barrage a cédé dans la nuit, a "
        "rapporté la télévision nationale.",
        (("indirect", "Deux villages ont été évacués"), ("indirect", "Le barrage a cédé dans la nuit")),
    ),
    Row(  # a verb of asking with an infinitive of purpose: the infinitive, without its marker, is
        # what is asked; "pour" + a noun phrase is no content
        "purpose-infinitive-of-a-request",
        "La Croix-Rouge a sollicité les autorités afin d'obtenir un accès aux détenus. Le sélectionneur a "
        "insisté pour garder son gardien titulaire. Les associations plaident pour rouvrir la frontière. Le "
        "ministre a sollicité les bailleurs pour les habitants sinistrés.",
        (
            ("indirect", "obtenir un accès aux détenus"),
            ("indirect", "garder son gardien titulaire"),
            ("indirect", "rouvrir la frontière"),
        ),
    ),
    Row(  # after the addressee, a partitive article the parse reads as "de" + "les" opens the object
        "partitive-object-after-the-addressee",
        "Les agriculteurs ont réclamé au conseil régional des aides d'urgence. Les parents ont demandé au "
        "directeur des écoles de rouvrir la classe.",
        (("indirect", "des aides d'urgence"), ("indirect", "rouvrir la classe")),
    ),
    Row(  # a threat's infinitive with no direct object is still an intent when people are the subject
        "threat-of-people-without-object",
        "Les grévistes ont menacé de s'en prendre aux locaux de la direction. Le pays menace de basculer "
        "dans la récession.",
        (("indirect", "s'en prendre aux locaux de la direction"),),
    ),
    Row(  # a threat's infinitive acts on what it governs through "à" ("procéder à", "recourir à"), a state's
        # intent; reaching a state ("sombrer dans la récession") or enjoying something ("profiter de") is none
        "threat-infinitive-with-an-a-argument",
        "La Serbie a menacé de renoncer à l'accord sur le gaz. Moscou menace de recourir à la force. L'Italie "
        "menace de sombrer à nouveau dans la récession. Le groupe souhaite profiter de la croissance du marché.",
        (("indirect", "renoncer à l'accord sur le gaz"), ("indirect", "recourir à la force")),
    ),
    Row(  # a stance with what it is about after dans, en, sur too, its adjective read as a participle
        # or a finite verb; a feeling and its cause stays no speech
        "stance-about-after-dans-en-sur",
        "Le directeur de l'usine s'est dit confiant dans l'avenir du site. La sénatrice s'est dite "
        "optimiste sur le vote du budget. Le maire s'est dit très préoccupé par la sécheresse.",
        (("indirect", "confiant dans l'avenir du site"), ("indirect", "optimiste sur le vote du budget")),
    ),
    Row(  # any verb of saying reports its bare infinitive (its subject's own), also in an expression;
        # not a causative nor an intention
        "bare-infinitive-of-a-verb-of-saying",
        "La gardienne a confié ne plus se sentir en sécurité. Le gérant a répété avoir alerté la mairie. "
        "L'élu a laissé entendre vouloir se représenter. Le club a fait venir un entraîneur. "
        "Elle compte partir en mai.",
        (
            ("indirect", "ne plus se sentir en sécurité"),
            ("indirect", "avoir alerté la mairie"),
            ("indirect", "vouloir se représenter"),
        ),
    ),
    Row(  # condemning in words: no penalty after "à", whatever "aux" follows in the object
        "condemnation-spoken",
        "Le préfet a condamné les insultes adressées aux pompiers.",
        (("indirect", "les insultes adressées aux pompiers"),),
    ),
    Row(  # a sentence the tagger left with no finite verb: the word between the subject's noun and a
        # determiner is its verb, and the noun after the determiner its object (not "le regard dément du")
        "verb-of-a-verbless-sentence",
        "Le comité dément toute baisse des subventions. L'association critique le tracé du contournement. "
        "Le regard dément du personnage inquiète.",
        (("indirect", "toute baisse des subventions"), ("indirect", "le tracé du contournement")),
    ),
    Row(  # the wish's infinitive hung on a participle that qualifies the noun; an appeal's infinitive
        # the parse hangs on the verb
        "wish-infinitive-past-a-participle",
        "La ministre a rappelé l'engagement pris par l'État de rouvrir la maternité. Le curé a lancé un "
        "appel à signer la pétition.",
        (("indirect", "rouvrir la maternité"), ("indirect", "signer la pétition")),
    ),
    Row(  # a warning the verb utters reports what it is about (after "sur" or "contre"), not whom it warns
        "warning-noun-uttered",
        "Le syndicat a lancé un avertissement contre toute fermeture de classe. La préfète a lancé un "
        "avertissement aux automobilistes.",
        (("indirect", "toute fermeture de classe"),),
    ),
    Row(  # the tagger reads "juge" as a noun (a judge) after the subject's noun phrase
        "verb-read-as-noun-before-que",
        "Dans une tribune, le président de l'association juge que la réforme arrive trop tard.",
        (("indirect", "la réforme arrive trop tard"),),
    ),
    Row(  # the parser takes the object for an oblique, or hangs it on "côté"
        "object-after-an-incidental-phrase",
        "Les associations réclament pour leur part la gratuité des transports. Les syndicats dénoncent de "
        "leur côté la fermeture du site.",
        (("indirect", "la gratuité des transports"), ("indirect", "la fermeture du site")),
    ),
    Row(  # a noun of what a source says, then être and que or a short predicate and a colon
        "utterance-noun-copula",
        "L'explication donnée par la compagnie est que le radar était en panne. Le constat des experts est "
        "sans appel : la digue doit être rehaussée.",
        (("indirect", "le radar était en panne"), ("indirect", "la digue doit être rehaussée")),
    ),
    Row(  # the parse reads the auxiliary as the verb and hangs the object on it, or reads it as an oblique
        "object-of-a-participle-after-an-incidental-phrase",
        "Le maire a quitté la salle. L'opposition a de son côté rejeté toute hausse des impôts.",
        (("indirect", "toute hausse des impôts"),),
    ),
    Row(  # institutions speak: local government, hospitals, schools, collectives, the parties of a trial
        "institution-subjects",
        "La région a annoncé la réouverture de la ligne. L'hôpital a démenti toute fermeture. La défense a "
        "réclamé un report du procès.",
        (
            ("indirect", "la réouverture de la ligne"),
            ("indirect", "toute fermeture"),
            ("indirect", "un report du procès"),
        ),
    ),
    Row(  # a reflexive verb presents the subject's stance before a colon: the clause after it is the claim
        "stance-presented-before-a-colon",
        "La directrice se veut confiante : la maternité restera ouverte. Le temps se montre menaçant : la "
        "pluie arrive.",
        (("indirect", "la maternité restera ouverte"),),
    ),
    Row(  # the same past a degree adverb, and as the infinitive of another verb of the subject
        "stance-presented-past-an-adverb-or-under-a-verb",
        "Le trésorier se montre moins optimiste : les subventions baissent. La présidente a tenu à se montrer "
        "rassurante : le gala aura bien lieu.",
        (("indirect", "les subventions baissent"), ("indirect", "le gala aura bien lieu")),
    ),
    Row(  # a noun of what is said as the verb's object before a colon: the clause after it is its content
        "noun-of-what-is-said-before-a-colon",
        "Le médecin-chef a dressé un constat alarmant : trois postes d'infirmier restent vacants. La "
        "fédération a lancé un message ferme : les arbitres seront protégés.",
        (("indirect", "trois postes d'infirmier restent vacants"), ("indirect", "les arbitres seront protégés")),
    ),
    Row(  # a negated verb of denial asserts what it would deny; a plain negation reports nothing
        "litotes-reports-its-complement",
        "La ministre n'exclut pas de revenir sur la réforme. L'accusé ne nie pas avoir menti aux enquêteurs. "
        "Le club n'a pas démenti la rumeur.",
        (("indirect", "revenir sur la réforme"), ("indirect", "avoir menti aux enquêteurs")),
    ),
    Row(  # a doubt reports its clause or what it bears on
        "doubt-reports-its-content",
        "Le maire doute que la ligne rouvre avant l'été. Des experts doutent de la solidité du pont.",
        (("indirect", "la ligne rouvre avant l'été"), ("indirect", "la solidité du pont")),
    ),
    Row(  # what a source worries about, as what it is indignant about
        "worry-about-something",
        "Les commerçants s'inquiètent de la baisse de la fréquentation.",
        (("indirect", "la baisse de la fréquentation"),),
    ),
    Row(  # the accused is the object; what he is accused of, the content, even hung on him by the parse
        "accused-object-and-its-charge",
        "L'association accuse la préfecture d'avoir ignoré les alertes. Le collectif accuse la mairie de "
        "mépris envers les habitants.",
        (("indirect", "avoir ignoré les alertes"), ("indirect", "mépris envers les habitants")),
    ),
    Row(  # a compound infinitive the tagger misreads: its participle an adjective hung on "avoir", or
        # "avoir" made the head with the participle hung on it; still what the accused is accused of
        "accused-of-a-misread-compound-infinitive",
        "Le collectif accuse le pouvoir d'avoir truqué le scrutin. L'ONG a accusé le régime d'avoir truqué "
        "les élections.",
        (("indirect", "avoir truqué le scrutin"), ("indirect", "avoir truqué les élections")),
    ),
    Row(  # the accused read as an attribute ("pouvoir" an xcomp) or the compound infinitive read as
        # its adjective ("truqué" an amod of "pouvoir"): what he is accused of, without him
        "accused-read-as-attribute-or-charge-as-its-adjective",
        "Les élus ont accusé le pouvoir d'avoir truqué les résultats. Le candidat a accusé le pouvoir d'avoir "
        "truqué le vote.",
        (("indirect", "avoir truqué les résultats"), ("indirect", "avoir truqué le vote")),
    ),
    Row(  # the addressee is the object; the parse hangs what he is called to on it
        "addressee-object-and-what-it-is-called-to",
        "Le préfet appelle les automobilistes à la plus grande prudence.",
        (("indirect", "la plus grande prudence"),),
    ),
    Row(  # the same in the present with an infinitive; a call with no "à" is no speech
        "addressee-object-then-infinitive-present",
        "Le collectif appelle les parents à manifester devant la mairie. Le club appelle ses supporters tous "
        "les lundis.",
        (("indirect", "manifester devant la mairie"),),
    ),
    Row(  # a call's infinitive that is itself a verb of saying is what the addressed are called to do,
        # one item (not the inner verb's object, as "a dit espérer que …" gives the inner clause)
        "call-to-a-verb-of-saying",
        "La préfète invite les riverains à signaler tout incident. Le maire appelle à dénoncer les fraudes. "
        "Le ministre a dit espérer que la grève cesserait.",
        (
            ("indirect", "signaler tout incident"),
            ("indirect", "dénoncer les fraudes"),
            ("indirect", "la grève cesserait"),
        ),
    ),
    Row(  # the same after a contracted "au" (docs/annotation.md): the span starts at the noun
        "addressee-object-then-contracted-article",
        "Le médiateur a appelé les deux camps au calme. Le secrétaire général a exhorté les parties au dialogue.",
        (("indirect", "calme"), ("indirect", "dialogue")),
    ),
    Row(  # a verb the tagger cannot read after its auxiliary
        "unknown-verb-after-its-auxiliary",
        "La députée a tweeté que le texte serait voté en juin.",
        (("indirect", "le texte serait voté en juin"),),
    ),
    Row(  # two participles sharing one auxiliary: each reports its own object
        "participles-sharing-an-auxiliary",
        "Les riverains ont dénoncé la hausse des loyers et réclamé un gel des prix.",
        (("indirect", "la hausse des loyers"), ("indirect", "un gel des prix")),
    ),
    Row(  # a relative after a comma that follows the cue's infinitive is no que-clause of the cue
        "relative-que-after-the-cue-s-infinitive",
        "Il a promis de revoir le tracé de la rocade, qu'il trouve trop coûteux.",
        (("indirect", "revoir le tracé de la rocade"),),
    ),
    Row(  # a topic pronoun between the verb and its object ("quant à eux")
        "object-after-a-topic-pronoun",
        "Les commerçants réclament quant à eux un report des travaux.",
        (("indirect", "un report des travaux"),),
    ),
    Row(  # a verb of denial with an object of totality dismisses it, whoever its subject is
        "denial-of-everything",
        "Interrogé sur le budget, il a exclu toute augmentation des tarifs. La directrice a écarté d'emblée "
        "toute idée de fermeture.",
        (("indirect", "toute augmentation des tarifs"), ("indirect", "toute idée de fermeture")),
    ),
    Row(  # the closing marks of the quoted words that end the content belong to it, as in the fixtures
        "content-ending-in-quoted-words",
        "Le maire a estimé que la décision était « injuste » et « brutale ».",
        (("indirect", "la décision était « injuste » et « brutale »"),),
    ),
    Row(  # the parser hangs the object on the weekday
        "object-after-a-weekday",
        "Le préfet de la Moselle a promis mardi une aide aux sinistrés.",
        (("indirect", "une aide aux sinistrés"),),
    ),
    Row(
        "listed-partials-with-a-repeated-preposition",
        "Le syndicat appelle les salariés à « rester mobilisés » et à « refuser toute provocation ».",
        (("partial", "rester mobilisés"), ("partial", "refuser toute provocation")),
    ),
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
    Row(  # advising against: the addressee first, then what they are advised against
        "advising-against-with-an-addressee",
        "La préfecture a déconseillé aux randonneurs de s'aventurer sur les crêtes.",
        (("indirect", "s'aventurer sur les crêtes"),),
    ),
    Row(
        "addressee-pronoun-before-infinitive",
        "Le médecin leur a conseillé de rester chez eux pendant trois jours.",
        (("indirect", "rester chez eux pendant trois jours"),),
    ),
    Row(  # the tagger reads the participle of "s'être …" as an adjective after a copula
        "pronominal-compound-infinitive",
        "Le sprinteur a toujours nié s'être dopé. Le maire a reconnu s'être trompé sur le budget.",
        (("indirect", "s'être dopé"), ("indirect", "s'être trompé sur le budget")),
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
    Row(
        "conceder-infinitive",
        "Le directeur a concédé avoir sous-estimé les coûts.",
        (("indirect", "avoir sous-estimé les coûts"),),
    ),
    Row(
        "souhaiter-np",
        "La maire souhaite l'ouverture d'une maison de santé.",
        (("indirect", "l'ouverture d'une maison de santé"),),
    ),
    Row(
        "souhaiter-infinitive",
        "Le club souhaite recruter deux joueurs cet hiver.",
        (("indirect", "recruter deux joueurs cet hiver"),),
    ),
    Row("exclure-que", "Le préfet a exclu que le festival soit annulé.", (("indirect", "le festival soit annulé"),)),
    Row(
        "faire-grief-de",
        "Ses collègues lui font grief d'avoir quitté la réunion.",
        (("indirect", "avoir quitté la réunion"),),
    ),
    Row(
        "wish-noun-then-infinitive",
        "La directrice a exprimé le souhait de rencontrer les familles.",
        (("indirect", "rencontrer les familles"),),
    ),
    Row(
        "commitment-noun-then-infinitive",
        "Le ministre a réitéré son engagement de baisser les impôts avant 2020. Le syndicat a confirmé son "
        "refus de signer l'accord salarial.",
        (("indirect", "baisser les impôts avant 2020"), ("indirect", "signer l'accord salarial")),
    ),
    Row(  # a noun of an act the verb utters: what the act is about; a verb that answers the act
        # reports the noun phrase whole (the appeals are someone else's)
        "act-noun-then-what-it-is-about",
        "L'archevêque a lancé un appel à la solidarité. Des médecins ont exprimé des doutes sur l'utilité du "
        "dépistage. Le général rejetait les appels au dialogue lancés par l'opposition.",
        (
            ("indirect", "la solidarité"),
            ("indirect", "l'utilité du dépistage"),
            ("indirect", "les appels au dialogue lancés par l'opposition"),
        ),
    ),
    Row(  # a support verb with the noun of an act: the noun's complement is the content
        "support-verb-then-act-noun",
        "Le recteur a donné l'assurance que les examens auraient lieu en juin. La gendarmerie a donné l'ordre "
        "de fermer le col. Des pédiatres ont émis des réserves sur le nouveau vaccin.",
        (
            ("indirect", "les examens auraient lieu en juin"),
            ("indirect", "fermer le col"),
            ("indirect", "le nouveau vaccin"),
        ),
    ),
    Row(  # the content past the addressee, which the parse may make its head
        "support-verb-act-noun-past-addressee",
        "La ministre a adressé une mise en garde aux exploitants contre tout rejet dans la rivière. Le club a "
        "lancé un appel aux bénévoles pour repeindre les tribunes.",
        (("indirect", "tout rejet dans la rivière"), ("indirect", "repeindre les tribunes")),
    ),
    Row(  # an appeal's content after "à", then its addressees after a second "aux": the content stops
        # before them (not before a place)
        "act-noun-content-then-addressee",
        "La sous-préfète a lancé un appel au civisme aux propriétaires de chiens. L'évêque a lancé un appel à "
        "la paix au Sahel.",
        (("indirect", "civisme"), ("indirect", "la paix au Sahel")),
    ),
    Row(  # a denial opposed to a report: what it denies (the parse may read "démenti" as a participle)
        "support-verb-denial-noun",
        "La direction de l'hôpital a opposé un démenti catégorique à ces témoignages.",
        (("indirect", "ces témoignages"),),
    ),
    Row(  # a noun of intent after "faire part de": its infinitive, as after a verb's object
        "faire-part-de-intention",
        "Le maire de Saint-Dié a fait part de son intention de briguer un troisième mandat.",
        (("indirect", "briguer un troisième mandat"),),
    ),
    Row(  # multiword verbs on the irregular head "mettre"
        "mettre-en-doute-and-en-demeure",
        "L'opposition met en doute la sincérité du budget. Le préfet a mis en demeure la commune de rénover le pont.",
        (("indirect", "la sincérité du budget"), ("indirect", "rénover le pont")),
    ),
    Row(
        "fear-participle-before-subject",
        "Craignant de perdre son emploi, le salarié a écrit au préfet.",
        (("indirect", "perdre son emploi"),),
    ),
    Row(
        "study-shows",
        "L'étude montre une baisse nette des accidents.",
        (("indirect", "une baisse nette des accidents"),),
    ),
    Row(
        "indirect-question-si",
        "Les parents ont demandé s'il était possible de rouvrir la cantine.",
        (("indirect", "il était possible de rouvrir la cantine"),),
    ),
    Row(  # a question asked with an interrogative word: the word stays in the content; a verb
        # of explaining with one says nothing of how
        "indirect-question-with-an-interrogative-word",
        "La députée a demandé au préfet pourquoi le pont n'avait pas été inspecté. Le pilote a expliqué "
        "comment il avait posé l'avion.",
        (("indirect", "pourquoi le pont n'avait pas été inspecté"),),
    ),
    Row(
        "subject-named-in-its-complement",
        "La milice des Tigres a reconnu avoir attaqué le convoi.",
        (("indirect", "avoir attaqué le convoi"),),
    ),
    Row(  # "avertit" read as a participle: the verb's conjugation says it is finite (averti is)
        "finite-form-read-as-a-participle",
        "L'Agence internationale de l'énergie avertit que les prix du pétrole resteront élevés.",
        (("indirect", "les prix du pétrole resteront élevés"),),
    ),
    Row(  # the parse hangs the "de" phrase on "font" beside "état"
        "faire-etat-de-hung-on-the-verb",
        "Les pompiers font état de deux blessés légers.",
        (("indirect", "deux blessés légers"),),
    ),
    Row(  # the capital A written without its accent, as the press often does
        "a-en-croire-unaccented-capital",
        "A en croire la directrice, la cantine sera agrandie l'an prochain.",
        (("indirect", "la cantine sera agrandie l'an prochain"),),
    ),
    Row(  # the source phrase ends on a verb the verb finder would take
        "a-en-croire",
        "À en croire l'entraîneur, le gardien sera rétabli pour le derby.",
        (("indirect", "le gardien sera rétabli pour le derby"),),
    ),
    Row(  # an incise between the subject and its verb, the parse taking the subject for the incise's
        "incise-between-subject-and-verb",
        "La piscine, a indiqué l'adjointe aux sports, rouvrira en septembre. Les tarifs, précise la mairie, "
        "resteront inchangés.",
        (
            ("indirect", "La piscine, a indiqué l'adjointe aux sports, rouvrira en septembre"),
            ("indirect", "Les tarifs, précise la mairie, resteront inchangés"),
        ),
    ),
    Row(  # the parse hangs the object on the topic pronoun as a clause
        "object-hung-on-a-topic-pronoun",
        "Ces collectifs réclament quant à eux la gratuité totale et annoncent une manifestation.",
        (("indirect", "la gratuité totale"), ("indirect", "une manifestation")),
    ),
    Row(  # after the addressee or the channel, the parse reads "qu'" as a relative pronoun
        "que-read-as-a-relative-after-the-addressee",
        "La gérante a déclaré à la radio locale qu'elle rouvrirait le magasin lundi. Le maire a parlé à la "
        "riveraine qu'il avait croisée.",
        (("indirect", "elle rouvrirait le magasin lundi"),),
    ),
    Row(  # a stance with a que-clause reports the clause; an attribute the parse reads as an adverb
        "stance-with-a-clause-or-read-as-an-adverb",
        "Le président du club s'est dit convaincu que l'équipe se maintiendrait. La conseillère s'est dite "
        "favorable à une piste cyclable.",
        (("indirect", "l'équipe se maintiendrait"), ("indirect", "favorable à une piste cyclable")),
    ),
    Row(  # with no finite verb in the sentence, the word between the subject and "de" + infinitive is the verb
        "verb-read-as-a-noun-before-de-infinitive",
        "Le collectif menace de saisir le tribunal administratif.",
        (("indirect", "saisir le tribunal administratif"),),
    ),
    Row(  # groups and bodies of wire copy are sources of their own
        "wire-groups-and-bodies-speak",
        "Les talibans ont revendiqué l'embuscade. L'exécutif européen a proposé un moratoire sur la pêche.",
        (("indirect", "l'embuscade"), ("indirect", "un moratoire sur la pêche")),
    ),
    Row(  # a resolution speaks for the body that adopted it; coast guards report
        "resolution-and-coast-guards-speak",
        "La résolution dénonce les exactions commises contre les civils. Les garde-côtes ont signalé le "
        "naufrage d'un voilier.",
        (("indirect", "les exactions commises contre les civils"), ("indirect", "le naufrage d'un voilier")),
    ),
    Row(  # a noun counting people stands for them as a source
        "counted-people-as-subject",
        "Une trentaine de commerçants réclament la gratuité du stationnement.",
        (("indirect", "la gratuité du stationnement"),),
    ),
    Row(  # a bare word of time at the end of a noun complement dates the act
        "time-word-after-a-noun-complement",
        "L'adjoint, qui a annoncé son départ vendredi, restera conseiller municipal. Le club a confirmé le "
        "report du match de dimanche.",
        (("indirect", "son départ"), ("indirect", "le report du match de dimanche")),
    ),
    Row(  # a time phrase with a preposition at the end of a noun complement dates the act too; one a
        # participle of the content governs stays in it
        "time-phrase-after-a-noun-complement",
        "Le candidat a reconnu sa défaite dans la nuit. La préfecture a annoncé la fermeture des écoles en fin de "
        "matinée. Le club a confirmé le départ de son entraîneur dans la soirée de samedi. Le maire a dénoncé "
        "les violences commises dans la nuit.",
        (
            ("indirect", "sa défaite"),
            ("indirect", "la fermeture des écoles"),
            ("indirect", "le départ de son entraîneur"),
            ("indirect", "les violences commises dans la nuit"),
        ),
    ),
    Row(  # a preposition that holds the article: a one-word noun is the whole noun phrase
        "one-word-noun-after-a-contracted-article",
        "Le chef de la diplomatie a appelé au dialogue. Le gouverneur, qui appelle aux dons, a visité le camp.",
        (("indirect", "dialogue"), ("indirect", "dons")),
    ),
    Row(  # after the verb's own "de" French drops the article: one noun is the charge; a participle
        # without its auxiliary is a charge laid by nobody named
        "one-word-charge-after-de",
        "Les agriculteurs ont bloqué la préfecture, accusant l'État de mépris. Le trésorier, soupçonné de "
        "détournement, a démissionné.",
        (("indirect", "mépris"),),
    ),
    Row(  # verbs of saying again and of fearing report their object
        "say-again-or-fear-a-noun-phrase",
        "Moscou a réitéré son opposition à toute sanction. Les agriculteurs redoutent une nouvelle sécheresse.",
        (("indirect", "son opposition à toute sanction"), ("indirect", "une nouvelle sécheresse")),
    ),
    Row(  # "pour" governs what a verb of pleading reports, a noun phrase or "pour que" + clause
        "pleading-for",
        "Le collectif plaide pour une réouverture rapide de la gare. Les parents insistent pour que la "
        "cantine reste ouverte.",
        (("indirect", "une réouverture rapide de la gare"), ("indirect", "la cantine reste ouverte")),
    ),
    Row(  # a stance for or against a thing: what it is for or against; a ruling to come is not one
        "stance-for-or-against",
        "Le conseil régional s'est prononcé pour la réouverture de la ligne. Le juge se prononcera lundi sur "
        "la demande.",
        (("indirect", "la réouverture de la ligne"),),
    ),
    Row(  # a counted noun is content, though its noun alone is no source ("pour l'instant")
        "counted-object",
        "L'avocat général a requis dix-huit mois de prison avec sursis contre le gérant.",
        (("indirect", "dix-huit mois de prison avec sursis contre le gérant"),),
    ),
    Row(  # a weak verb's infinitive with an object of its own, a pronoun too
        "weak-verb-infinitive-with-a-pronoun-object",
        "L'entraîneur estime avoir fait tout ce qu'il fallait pour maintenir le club.",
        (("indirect", "avoir fait tout ce qu'il fallait pour maintenir le club"),),
    ),
    Row(  # the subject is a document, the speaker its author
        "document-with-its-author-shows",
        "Une enquête de l'Observatoire régional montre que les loyers ont augmenté de 4 %.",
        (("indirect", "les loyers ont augmenté de 4 %"),),
    ),
    Row(
        "announce-infinitive",
        "La direction a annoncé vouloir fermer deux magasins en Lorraine.",
        (("indirect", "vouloir fermer deux magasins en Lorraine"),),
    ),
    Row(  # "selon lequel" after a source or a document: the relative clause is its claim
        "source-phrase-in-a-relative",
        "Une note de la préfecture selon laquelle la digue pourrait céder circule depuis lundi. Des rumeurs "
        "selon lesquelles le club serait vendu circulent. La règle selon laquelle les points sont comptés a "
        "changé. Un riverain, selon lequel la sirène n'a pas retenti, a porté plainte.",
        (("indirect", "la digue pourrait céder"), ("indirect", "la sirène n'a pas retenti")),
    ),
    Row(  # "selon" meaning "depending on": a condition, no source
        "selon-depending-on",
        "Le tarif des repas varie selon la saison. Selon les cas, l'amende peut atteindre 500 euros.",
        (),
    ),
    Row(  # a participle phrase after the source phrase belongs to it; "selon qui" ends with its clause
        "source-phrase-then-participle-or-relative",
        "Selon la radio locale, citant un adjoint au maire, la fête est annulée. Le président du club, selon qui "
        "le stade est trop vétuste, a rencontré le préfet.",
        (("indirect", "la fête est annulée"), ("indirect", "le stade est trop vétuste")),
    ),
    Row(  # a comment clause that opens the sentence is about the clause after its comma
        "comment-clause-opening-the-sentence",
        "Comme l'a rappelé la préfète, la circulation restera alternée sur le pont. Comme prévu, le pont "
        "rouvrira en mai.",
        (("indirect", "la circulation restera alternée sur le pont"),),
    ),
    Row(  # after the verb's object the parse reads "que" as a relative pronoun, the clause's own object
        # beside it (a true relative, "le projet qu'il avait préparé", has none); nor does the participle
        # of a name ("les Nations unies") end the search
        "complementizer-after-the-object-read-as-a-relative",
        "La mairie a prévenu les riverains qu'elle fermerait le parking samedi. Le Japon a informé les "
        "Nations unies qu'il reprenait ses essais. Le maire a expliqué le projet qu'il avait préparé.",
        (("indirect", "elle fermerait le parking samedi"), ("indirect", "il reprenait ses essais")),
    ),
    Row(  # a reflexive verb's past with "il" for subject (the parse reads it as an expletive) is no
        # impersonal passive: the subject commits to its infinitive ("Il lui est reproché" stays passive)
        "reflexive-past-with-il-read-as-an-expletive",
        "Le sous-préfet a reçu les éleveurs mardi. Il s'est engagé à réunir les services de l'État avant l'été. "
        "Il lui est reproché d'avoir tardé.",
        (("indirect", "réunir les services de l'État avant l'été"),),
    ),
    Row(  # a verb that gives its object an attribute reports the object with it, the source's judgement;
        # the same verb with a bare object reports nothing
        "object-with-its-attribute-after-a-verb-of-judgement",
        "Le collectif de riverains a jugé ce projet d'éoliennes démesuré. Le comité des fêtes a qualifié la "
        "fermeture de la salle d'inacceptable. Le tribunal a jugé l'affaire jeudi.",
        (("indirect", "ce projet d'éoliennes démesuré"), ("indirect", "la fermeture de la salle d'inacceptable")),
    ),
    Row(  # the attribute may be a past participle the parse reads as a verb; one with a complement of its
        # own is the object's epithet, no judgement
        "object-with-a-participle-for-attribute",
        "L'association des commerçants a jugé la piétonnisation du centre mal préparée. Le maire a jugé la "
        "délibération votée par le conseil.",
        (("indirect", "la piétonnisation du centre mal préparée"),),
    ),
    Row(  # a descriptive noun of a group with an adjective that says which group is a source
        "group-described-by-its-adjective-as-source",
        "Le mouvement indépendantiste a démenti tout lien avec les incendies de la semaine dernière.",
        (("indirect", "tout lien avec les incendies de la semaine dernière"),),
    ),
    Row(  # indignation at a thing judges it (docs/annotation.md): its object is reported, not a bare feeling
        "indignation-with-its-object-is-reported",
        "La conseillère régionale s'est dite scandalisée de la fermeture de la maternité.",
        (("indirect", "scandalisée de la fermeture de la maternité"),),
    ),
    Row(  # a stance whose attribute the tagger reads as a past participle, what it is about right after
        "stance-attribute-read-as-a-past-participle",
        "Le recteur s'est dit favorable au dialogue. Le préfet s'est dit disposé à recevoir les "
        "agriculteurs. L'élue s'est dite attachée aux petites lignes ferroviaires.",
        (
            ("indirect", "favorable au dialogue"),
            ("indirect", "disposé à recevoir les agriculteurs"),
            ("indirect", "attachée aux petites lignes ferroviaires"),
        ),
    ),
    Row(  # the parse hangs the object on the noun of an adverb made of a preposition and a noun ("au
        # contraire"): the object is still the content, the adverb is not part of it
        "object-hung-on-an-adverbial-noun",
        "Les élus dénoncent au contraire la fermeture annoncée de la maternité.",
        (("indirect", "la fermeture annoncée de la maternité"),),
    ),
    Row(  # near miss: "au passage du Tour" is a noun with its own complement, no adverb: the object after
        # it is the content, the complement is not
        "noun-with-its-own-complement-is-no-adverbial-noun",
        "Le maire a salué au passage du Tour l'engagement des bénévoles.",
        (("indirect", "l'engagement des bénévoles"),),
    ),
]

#: Where reported content starts and ends.
SPANS = [
    Row(  # (review rev15s2 R4) in a labelled interview, the paragraphs without a label up to the next
        # label are the answer's own, each an item of the interviewee (third person or first)
        "unlabelled-paragraphs-of-a-labelled-answer-are-its-items",
        "Claire Vidal préside la chambre d'agriculture de l'Aude.\n\nL'Indépendant : Comment va la vi"
        "gne ?\n\nClaire Vidal : Je suis préoccupée. La sécheresse a réduit la récolte d'un tiers.\n\nP"
        "lusieurs caves coopératives ont déjà fusionné cette année.\n\nJe souhaite un plan d'arrachag"
        "e aidé.\n\nL'Indépendant : Et l'eau ?\n\nClaire Vidal : Je réclame des réserves partagées.",
        (
            ("direct", "Je suis préoccupée. La sécheresse a réduit la récolte d'un tiers."),
            ("direct", "Plusieurs caves coopératives ont déjà fusionné cette année."),
            ("direct", "Je souhaite un plan d'arrachage aidé."),
            ("direct", "Je réclame des réserves partagées."),
        ),
    ),
    Row(  # the article's narration after an interview's last answer (no label, no first person) is no answer
        "narration-after-the-last-answer-is-no-answer",
        "L'apicultrice Lise Morel vend son miel à Gap. Entretien.\n\n— La saison est-elle bonne ?\n"
        "— Moyenne, j'ai perdu deux ruches.\n— Et les prix ?\n— Je les maintiens.\n\n"
        "Le marché de Gap se tient chaque samedi matin.",
        (("direct", "Moyenne, j'ai perdu deux ruches."), ("direct", "Je les maintiens.")),
    ),
    Row(  # an interview's labels alone on their line ('R :', 'Q :', a dash) are no answers
        "labels-alone-and-empty-turns-make-no-answer",
        "Entretien.\n\nQ : Partez-vous ?\nR :\nQ :\nR : Oui, je pars en mai.\nQ : Et ensuite ?\n—\nR : Je "
        "reviendrai en juin.\n",
        (("direct", "Oui, je pars en mai."), ("direct", "Je reviendrai en juin.")),
    ),
    Row(  # a name label closed by a period and a dash ('Corinne MÉNARD. –') is left out of the answer
        "a-name-and-dot-dash-label-is-left-out-of-the-answer",
        "Entretien avec la maire de Vierzon, Corinne Ménard.\n\nLe Berry. – Le marché couvert va-t-il "
        "rouvrir ?\nCorinne MÉNARD. – Oui, nous le rouvrons en juin.\n\nLe Berry. – Et le parking ?\nCorinne "
        "MÉNARD. – Je le veux gratuit.",
        (("direct", "Oui, nous le rouvrons en juin."), ("direct", "Je le veux gratuit.")),
    ),
    Row(  # a credit line of its own at the end ('Propos recueillis par …') with questions and answers
        # alternating: each answer a direct item, the credit none
        "a-credit-line-at-the-end-shows-an-interview",
        "La cheffe Anne Sophie Pic ouvre une table à Annecy.\n\nPourquoi Annecy ?\n\nJ'y ai passé mon "
        "enfance, le lac m'inspire.\n\nQuand ouvrez-vous ?\n\nEn avril, si le chantier suit.\n\nPropos "
        "recueillis par Marc Vidal",
        (("direct", "J'y ai passé mon enfance, le lac m'inspire."), ("direct", "En avril, si le chantier suit.")),
    ),
    Row(  # an interview laid out as turns (outlet label, then the interviewee's name): each answer
        # paragraph is a direct item, its label left out; the questions are no items
        "interview-answers-after-outlet-labelled-questions",
        "Le vigneron Paul Arnaud, président de l'interprofession, s'explique. Entretien.\n\n"
        "La Dépêche : Les vendanges seront-elles précoces ?\n"
        "Paul Arnaud : Oui, nous commencerons fin août.\n\n"
        "La Dépêche : Les prix vont-ils baisser ?\n"
        "Paul Arnaud : Je ne le pense pas.",
        (("direct", "Oui, nous commencerons fin août."), ("direct", "Je ne le pense pas.")),
    ),
    Row(  # the same with Q : / R : turns and an introduction that names the interviewee
        "interview-answers-after-q-and-r-labels",
        "La rectrice Hélène Morin a répondu à nos questions sur la rentrée.\n"
        "Q : Manque-t-il des enseignants ?\n"
        "R : Une trentaine, surtout en mathématiques. Nous recrutons des contractuels.\n"
        "Q : Les classes seront-elles chargées ?\n"
        "R : Moins que l'an dernier.",
        (
            ("direct", "Une trentaine, surtout en mathématiques. Nous recrutons des contractuels."),
            ("direct", "Moins que l'an dernier."),
        ),
    ),
    Row(  # a live blog: the time label before a quotation and its postposed cue is no statement
        "a-live-blogs-time-label-before-a-quotation-is-no-item",
        "Tempête Ciaran : suivez la journée en direct\n\n"
        "7 h 30 : Les rafales dépassent 150 km/h à la pointe du Raz.\n\n"
        "7 h 45 : Quand l'électricité reviendra-t-elle ?\n\n"
        "8 h 05 : « Je ne sais pas si nous pourrons dormir ici ce soir », confie Gwenaëlle, réfugiée chez "
        "sa sœur à Morlaix.\n\n"
        "8 h 20 : Combien de foyers privés de courant ?\n\n"
        "8 h 35 : Enedis recense 12 000 foyers sans électricité dans le Finistère.\n\n"
        "9 h 10 : « Je demande aux habitants de rester chez eux », a déclaré le directeur régional "
        "d'Enedis, Marc Le Bihan.",
        (
            ("direct", "Je ne sais pas si nous pourrons dormir ici ce soir"),
            ("direct", "Je demande aux habitants de rester chez eux"),
        ),
    ),
    Row(  # the interviewer's question with a subjectless infinitive reports nobody; a question that
        # reports someone's words ("Les élus disent que …") still gives that item
        "an-interviewers-question-in-the-infinitive-is-no-item",
        "Le maire de Quimper, Yann Le Floch, a répondu à nos questions.\n"
        "Q : Pourquoi réclamer une nouvelle enquête ?\n"
        "R : Parce que je n'ai reçu aucune réponse de la préfecture.\n"
        "Q : Les commerçants affirment que la rue piétonne les ruine. Que leur dites-vous ?\n"
        "R : Je comprends leur inquiétude.",
        (
            ("direct", "Parce que je n'ai reçu aucune réponse de la préfecture."),
            ("indirect", "la rue piétonne les ruine"),
            ("direct", "Je comprends leur inquiétude."),
        ),
    ),
    Row(  # a source phrase right after a quotation's incise names where the statement was read
        # (African and Maghreb press: "a-t-il souligné, selon le communiqué de la présidence"): the
        # quotation stays a direct item, not the clause of a selon claim running over the incise
        "selon-after-an-incise-names-its-channel",
        "« Nous ne céderons rien », a-t-elle averti, selon le compte rendu de la séance.",
        (("direct", "Nous ne céderons rien"),),
    ),
    Row(  # the same after an incise closing a clause without marks: one item, the incise's
        "selon-after-an-unquoted-incise-names-its-channel",
        "La route restera coupée jusqu'à lundi, a précisé la gendarmerie, selon le communiqué.",
        (("indirect", "La route restera coupée jusqu'à lundi"),),
    ),
    Row(  # near miss: "selon qui" after the incise opens the speaker's own further claim
        "selon-qui-after-an-incise-is-a-claim-of-its-own",
        "« Le site sera évacué », a indiqué la directrice, selon qui aucun blessé n'est à déplorer.",
        (("direct", "Le site sera évacué"), ("indirect", "aucun blessé n'est à déplorer")),
    ),
    Row(  # near miss: "selon" + a pronoun and a clause of its own after an incise is a second claim
        "selon-and-a-clause-after-an-incise-is-a-claim-of-its-own",
        "« Nous tiendrons les délais », a promis l'architecte, selon lui le chantier avance bien.",
        (("direct", "Nous tiendrons les délais"), ("indirect", "le chantier avance bien")),
    ),
    Row(  # the parse hangs the condition of a threatened act on the verb: right after the infinitive,
        # with no comma, it is the infinitive's own
        "condition-of-the-threatened-infinitive-hung-on-the-verb",
        "La fédération des taxis a menacé de paralyser le périphérique si le gouvernement maintenait sa réforme.",
        (("indirect", "paralyser le périphérique si le gouvernement maintenait sa réforme"),),
    ),
    Row(  # a custom's word written as an organisation's name after selon is a source ("le Planning
        # familial"), not a timetable
        "selon-an-organisation-named-like-a-custom",
        "Selon le Planning familial de l'Isère, les consultations ont doublé depuis janvier.",
        (("indirect", "les consultations ont doublé depuis janvier"),),
    ),
    Row(  # a percent sign at the end of a reported noun phrase is the figure's unit, not punctuation
        "percent-sign-ends-a-reported-noun-phrase",
        "Les enseignants réclament une revalorisation de leur traitement d'au moins 4 %.",
        (("indirect", "une revalorisation de leur traitement d'au moins 4 %"),),
    ),
    Row(  # a "si" after the verb's own complement opens that complement's condition, no indirect question
        # (a verb of asking still asks one)
        "condition-after-the-complement-of-a-warning",
        "Les apiculteurs ont mis en garde contre une mortalité record des abeilles si le printemps reste froid. "
        "Un conseiller a demandé au maire si le rucher communal serait maintenu.",
        (
            ("indirect", "une mortalité record des abeilles si le printemps reste froid"),
            ("indirect", "le rucher communal serait maintenu"),
        ),
    ),
    Row(  # the parse hangs the que-clause's condition on the reporting verb: right after the clause, with no
        # comma, it is the clause's own
        "condition-of-the-que-clause-hung-on-the-verb",
        "L'éleveur a prévenu qu'il vendrait son troupeau si le prix du lait baissait encore.",
        (("indirect", "il vendrait son troupeau si le prix du lait baissait encore"),),
    ),
    Row(  # an infinitive adjunct after an incise (", sans préciser …") is the reporter's, not the clause going on
        "incise-then-an-infinitive-adjunct",
        "Les négociations reprendront la semaine prochaine à Doha, a-t-elle indiqué, sans préciser la composition "
        "des délégations.",
        (("indirect", "Les négociations reprendront la semaine prochaine à Doha"),),
    ),
    Row(  # the same adjunct with a finite verb after it: the clause the incise cut goes on
        "incise-then-an-infinitive-adjunct-then-the-clause-going-on",
        "Le chantier, a-t-il reconnu, sans avancer de date, ne sera pas terminé avant la rentrée.",
        (("indirect", "Le chantier, a-t-il reconnu, sans avancer de date, ne sera pas terminé avant la rentrée"),),
    ),
    Row(  # a pronoun incise after a report whose subject is of the other gender by its article only
        "pronoun-incise-after-a-report-by-someone-of-the-other-gender",
        "Le délégué Luc Henry a été joint. La ministre a affirmé que le dossier était complet, a-t-il indiqué.",
        (("indirect", "La ministre a affirmé que le dossier était complet"),),
    ),
    Row(  # a verbless statement before a postposed incise is the item (no apposition, no quotation in it)
        "verbless-statement-before-a-postposed-incise",
        "Hors de question de fermer la piscine cet été, a tranché l'adjoint aux sports.",
        (("indirect", "Hors de question de fermer la piscine cet été"),),
    ),
    Row(  # "sans" and an infinitive after a comma is the reporter's adjunct: no candidate runs the clause into it
        "que-clause-stops-before-sans-and-an-infinitive",
        "La mairie a indiqué que la fuite avait été réparée, sans donner plus de détails.",
        (("indirect", "la fuite avait été réparée"),),
    ),
    Row(  # an incidental set off by two commas between the verb and "que" (the parse hangs the clause on it)
        "que-clause-past-an-incidental-between-commas",
        "L'Union européenne a affirmé vendredi, par la voix de sa haute représentante Catherine Ashton, que les "
        "sanctions resteraient en vigueur.",
        (("indirect", "les sanctions resteraient en vigueur"),),
    ),
    Row(  # a participle after "et" that the parse hung on a feminine noun of the content does not agree with
        # it: the cue's second verb sharing its "avoir", and the noun phrase stops before it
        "second-participle-hung-on-a-noun-it-does-not-agree-with",
        "Les agriculteurs ont dénoncé une « mise à mort » de la filière laitière et appelé à bloquer les routes.",
        (("indirect", "une « mise à mort » de la filière laitière"), ("indirect", "bloquer les routes")),
    ),
    Row(  # a relative after a comma that the parse hung on the clause's verb stays in the clause, which goes on
        "relative-read-as-adverbial-stays-in-the-clause",
        "Le maire a ajouté que la commune ouvrirait une nouvelle crèche, qui accueillera trente enfants, dès la "
        "rentrée.",
        (("indirect", "la commune ouvrirait une nouvelle crèche, qui accueillera trente enfants, dès la rentrée"),),
    ),
    Row(  # the parse hung the quoted attribute on an earlier noun and cut the que-clause before its copula
        "que-clause-cut-before-its-copula",
        "Le syndicat estime pour sa part que le projet sur les horaires décalés est « absurde ».",
        (("indirect", "le projet sur les horaires décalés est « absurde »"),),
    ),
    Row(  # a bare participle after "et" shares the reporting verb's auxiliary: it reports on its own
        # and the que-clause stops before it (not "étaient coupées et fermées", the clause's own)
        "participle-sharing-the-reporting-auxiliary",
        "Le maire a rappelé que la salle était trop petite et annoncé la construction d'un gymnase. Le préfet a "
        "indiqué que les routes étaient inondées et fermées à la circulation.",
        (
            ("indirect", "la salle était trop petite"),
            ("indirect", "la construction d'un gymnase"),
            ("indirect", "les routes étaient inondées et fermées à la circulation"),
        ),
    ),
    Row(  # after a gerund's que-clause, a subjectless conjunct conjugated as the verb the gerund hangs
        # on goes on with that verb's clause: what was said stops at the comma
        "gerund-clause-stops-before-main-clause-conjunct",
        "Le club a limogé son entraîneur en estimant que les résultats étaient insuffisants, mais a salué son "
        "engagement. Le maire a retiré le projet en expliquant que le budget ne suffisait pas, mais a promis "
        "un nouveau vote.",
        (
            ("indirect", "les résultats étaient insuffisants"),
            ("indirect", "le budget ne suffisait pas"),
            ("indirect", "un nouveau vote"),
        ),
    ),
    Row(  # a bare gerund of manner right after the reporting verb, which the parse makes the head of
        # the verb's que-clause: the clause is still the verb's content, a pluperfect conjunct in it
        "que-clause-after-a-gerund-of-manner",
        "Le témoin a raconté en pleurant qu'il avait vu l'accident, puis avait appelé les secours. La mère a "
        "répété en sanglotant que son fils était innocent.",
        (
            ("indirect", "il avait vu l'accident, puis avait appelé les secours"),
            ("indirect", "son fils était innocent"),
        ),
    ),
    Row(  # the indefinite "de" before an adjective is the object's article, whatever the tagger hangs it
        # by: the content keeps it (as it keeps "une" of "une grève")
        "indefinite-de-of-an-object",
        "Le préfet redoute de nouvelles inondations cet hiver. Le maire redoute de nouveaux éboulements.",
        (("indirect", "de nouvelles inondations cet hiver"), ("indirect", "de nouveaux éboulements")),
    ),
    Row(  # the same "de" the parse reads as a preposition before the adjective: the article of the
        # object of a verb that governs no "de" ("craindre"), not the "de" of "faire état de"
        "indefinite-de-read-as-preposition",
        "Les viticulteurs craignent de fortes gelées cette semaine. La police fait état de nouvelles violences.",
        (("indirect", "de fortes gelées cette semaine"), ("indirect", "nouvelles violences")),
    ),
    Row(  # the same "de" read as the determiner of a noun the parse makes an oblique: still the object
        "indefinite-de-of-an-oblique-object",
        "Les agriculteurs réclament de meilleurs prix. Les parents exigent de nouveaux horaires pour la cantine.",
        (("indirect", "de meilleurs prix"), ("indirect", "de nouveaux horaires pour la cantine")),
    ),
    Row(  # a role apposition after a source phrase's name may be long, and its adjective may be read
        # as a verb: it is part of the source phrase, not of what the source says
        "long-role-apposition-after-source-phrase",
        "Pour Sylvie Adam, secrétaire départementale de la fédération des parents d'élèves, la réforme "
        "arrive trop tard. Selon Marc Henry, directeur adjoint de l'office de tourisme, la saison s'annonce bonne.",
        (("indirect", "la réforme arrive trop tard"), ("indirect", "la saison s'annonce bonne")),
    ),
    Row(  # a postposed incise whose subject the parse took for an object: the clause before it has a
        # subject that cannot speak (a storm, a fire), so the noun phrase after the verb is the source
        "postposed-subject-read-as-object-after-a-thing",
        "La tempête a privé d'électricité 40 000 foyers, a indiqué mardi la sécurité civile. L'incendie "
        "a détruit trois hectares de pinède, a annoncé la protection civile, qui craint une reprise du feu.",
        (
            ("indirect", "La tempête a privé d'électricité 40 000 foyers"),
            ("indirect", "L'incendie a détruit trois hectares de pinède"),
        ),
    ),
    Row(  # the parse hangs the clause's own verb on the incise's participle as its auxiliary
        # ("restera" of "restera fermé, a précisé"): an auxiliary across a comma that governs words of
        # its own, or beside the verb's own auxiliary, is not the verb's; one an adverbial sets off is
        "finite-verb-read-as-auxiliary-before-incise",
        "Le musée restera fermé, a précisé la mairie. Le maire a, dans un communiqué, annoncé que la fête "
        "serait reportée.",
        (("indirect", "Le musée restera fermé"), ("indirect", "la fête serait reportée")),
    ),
    Row(  # a relative clause after a postposed incise describes its source: it does not continue
        # the reported clause
        "relative-after-incise-is-about-the-source",
        "Le bilan s'élève à douze blessés, a précisé dimanche le préfet, qui se rendra sur place lundi.",
        (("indirect", "Le bilan s'élève à douze blessés"),),
    ),
    Row(  # a source phrase inside a que-clause is part of that statement, not a claim around it
        "source-phrase-inside-a-que-clause",
        "La ministre a affirmé que le chantier, selon elle, serait achevé en juin.",
        (("indirect", "le chantier, selon elle, serait achevé en juin"),),
    ),
    Row(  # a news agency relays a reported statement, before it or after it: one item, the statement
        "agency-relays-a-reported-statement",
        "Le chef de la diplomatie a déclaré que les sanctions seraient levées, selon Reuters. Selon l'AFP, le "
        "maire a annoncé que le stade serait reconstruit.",
        (("indirect", "les sanctions seraient levées"), ("indirect", "le stade serait reconstruit")),
    ),
    Row(  # a que-clause stops before a closing source phrase, which is about the whole report (the
        # source's claim holds the spokesman's act: both kept, as for "…, selon les observateurs")
        "que-clause-stops-before-closing-source-phrase",
        "Le porte-parole a assuré que les élections auraient lieu en mars, d'après la radio nationale.",
        (
            ("indirect", "Le porte-parole a assuré que les élections auraient lieu en mars"),
            ("indirect", "les élections auraient lieu en mars"),
        ),
    ),
    Row(  # a relative or a participle clause after a postposed incise's speaker is about the
        # speaker: the clause before the incise does not run through it
        "relative-after-postposed-incise",
        "L'incendie est maîtrisé, a indiqué le commandant des pompiers, qui se trouvait sur place. La route "
        "restera fermée, a précisé le préfet, ajoutant que des chasse-neige étaient mobilisés.",
        (
            ("indirect", "L'incendie est maîtrisé"),
            ("indirect", "La route restera fermée"),
            ("indirect", "des chasse-neige étaient mobilisés"),
        ),
    ),
    Row(  # the tagger reads the verb after "cette décision" as an adjective ("complique"): a word
        # between a noun and an article is the clause's verb, so the pour-clause is a view, and its
        # quotation a verbatim span of one indirect item
        "pour-clause-verb-read-as-adjective",
        "Pour l'Union africaine, ce report « complique la transition ». Pour la Banque mondiale, cette "
        "décision complique les réformes.",
        (
            ("indirect", "ce report « complique la transition »"),
            ("indirect", "cette décision complique les réformes"),
        ),
    ),
    Row(  # a source incise just after a relative pronoun scopes over the noun and its relative clause,
        # not over the sentence the noun sits in
        "source-incise-in-a-relative-clause",
        "La gendarmerie a interpellé un automobiliste qui, selon les témoins, roulait à vive allure.",
        (("indirect", "un automobiliste qui, selon les témoins, roulait à vive allure"),),
    ),
    Row(  # "que" then a verb of judgment and an adjective: a relative whose object is "que" (the
        # attribute's noun), not a que-clause; with the object after its attribute, a completive
        "que-of-a-judged-attribute-is-a-relative",
        "Le syndicat a dénoncé la réforme des retraites, qu'il juge injuste pour les salariés. Le maire a "
        "exclu toute hausse de la taxe foncière, qu'il estime déjà trop lourde. La directrice a indiqué "
        "qu'elle juge nécessaire de fermer une classe.",
        (
            ("indirect", "la réforme des retraites"),
            ("indirect", "toute hausse de la taxe foncière"),
            ("indirect", "elle juge nécessaire de fermer une classe"),
        ),
    ),
    Row(  # an adverb between "a" and the participle makes the parse label the subject passive: "a"
        # alone is the tense auxiliary, the verb is active and reports
        "adverb-after-tense-auxiliary-active",
        "Il a toutefois assuré que la piscine rouvrirait en septembre. Elle a également affirmé qu'aucun "
        "poste ne serait supprimé.",
        (("indirect", "la piscine rouvrirait en septembre"), ("indirect", "aucun poste ne serait supprimé")),
    ),
    Row(  # a source phrase and a reporting incise around one claim: one statement, one item
        "source-phrase-and-incise-one-item",
        "Pour l'opposition, la réforme arrive trop tard, a jugé son porte-parole. D'après le syndicat, "
        "l'usine fermera en juin, a-t-il affirmé.",
        (("indirect", "la réforme arrive trop tard"), ("indirect", "l'usine fermera en juin")),
    ),
    Row(  # "Selon X, NP, qui …, …": a relative after the noun phrase makes it the claim's subject,
        # not the source's name in apposition
        "selon-then-subject-with-relative",
        "D'après les pompiers, le conducteur, qui circulait sans permis, a perdu le contrôle de sa voiture.",
        (("indirect", "le conducteur, qui circulait sans permis, a perdu le contrôle de sa voiture"),),
    ),
    Row(  # a source's claim stops at the comma before a contrast that opens another source's statement
        "claim-stops-before-another-source",
        "Selon la préfecture, 3 000 personnes ont manifesté, mais selon la CGT, elles étaient 8 000. "
        "Selon le club, le joueur est blessé, alors que son agent affirme qu'il veut partir.",
        (
            ("indirect", "3 000 personnes ont manifesté"),
            ("indirect", "elles étaient 8 000"),
            ("indirect", "le joueur est blessé"),
            ("indirect", "il veut partir"),
        ),
    ),
    Row(  # the parse hangs the weekday on the quoted noun phrase: the quotation is the content
        "weekday-before-a-quoted-object",
        "Les riverains ont dénoncé jeudi « une décision prise dans leur dos ».",
        (("partial", "une décision prise dans leur dos"),),
    ),
    Row(  # a participle phrase after the source belongs to the source phrase
        "source-phrase-with-a-participle",
        "Selon la directrice, contactée mardi, la cantine rouvrira lundi.",
        (("indirect", "la cantine rouvrira lundi"),),
    ),
    Row(  # the sentence goes back to the main clause: a verb coordinated to the cue in its own tense
        "clause-before-a-verb-coordinated-to-the-cue",
        "La cour a jugé que la procédure était régulière et a levé la séance.",
        (("indirect", "la procédure était régulière"),),
    ),
    Row(  # a gerund or an adjunct of the reporting verb after a comma
        "clause-before-a-gerund-or-an-adjunct-of-the-cue",
        "Le préfet a assuré que les secours étaient prêts, tout en restant prudent. La ministre a "
        "confirmé que le site serait dépollué, avant de visiter l'usine.",
        (
            ("indirect", "les secours étaient prêts"),
            ("indirect", "le site serait dépollué"),
        ),
    ),
    Row(  # where, through what and before whom it was said, after a comma: the saying's adjunct, not content;
        # an adjunct of the content's own time stays in it
        "clause-before-the-occasion-channel-or-audience-of-the-saying",
        "Le trésorier a précisé que les comptes étaient à l'équilibre, lors de la séance de vendredi. "
        "L'association a affirmé que la fête serait maintenue, dans une lettre aux adhérents. Le gardien a "
        "reconnu qu'il avait oublié de fermer la grille, en présence de son employeur. L'adjoint a rappelé "
        "que la digue avait cédé, lors des crues de 1983.",
        (
            ("indirect", "les comptes étaient à l'équilibre"),
            ("indirect", "la fête serait maintenue"),
            ("indirect", "il avait oublié de fermer la grille"),
            ("indirect", "la digue avait cédé, lors des crues de 1983"),
        ),
    ),
    Row(  # a time in the future at the end of a reported noun phrase dates the content, not the saying
        "future-time-at-the-end-stays-in-the-content",
        "L'office de tourisme a annoncé l'ouverture d'un gîte d'étape mercredi prochain. La fédération se dit "
        "prête à organiser le tournoi la saison prochaine.",
        (
            ("indirect", "l'ouverture d'un gîte d'étape mercredi prochain"),
            ("indirect", "prête à organiser le tournoi la saison prochaine"),
        ),
    ),
    Row(  # the clause's own verb has the cue's form: the coordination is the clause's
        "clause-with-its-own-coordinated-verb",
        "L'adjoint a expliqué que la ville a vendu l'ancienne école et a racheté le moulin.",
        (("indirect", "la ville a vendu l'ancienne école et a racheté le moulin"),),
    ),
    Row(  # what follows the incise describes the speaker; the quotation before it is the item
        "quotation-before-an-incise-and-an-apposition",
        "« Personne ne nous a prévenus », raconte un commerçant, encore sous le choc.",
        (("direct", "Personne ne nous a prévenus"),),
    ),
    Row(  # a final source phrase is about the relative clause it closes
        "final-source-phrase-in-a-relative-clause",
        "Le préfet s'est rendu à Rouen, où l'incendie a détruit trois entrepôts, selon les pompiers.",
        (("indirect", "l'incendie a détruit trois entrepôts"),),
    ),
    Row(  # the main clause's verb after the comma that closes the relative clause holding the cue
        "content-of-a-relative-clause-ends-at-its-comma",
        "La directrice, qui a rappelé que la cantine restait gratuite, a ensuite présenté le budget.",
        (("indirect", "la cantine restait gratuite"),),
    ),
    Row(  # a relative after a preposition belongs to the noun phrase
        "noun-phrase-with-a-relative-after-a-preposition",
        "Le club a démenti la rumeur selon laquelle son entraîneur allait partir à Lyon.",
        (("indirect", "la rumeur selon laquelle son entraîneur allait partir à Lyon"),),
    ),
    Row(  # the source incise cuts the clause between its subject and its verb, or its copula and attribute
        "source-incise-inside-a-clause",
        "Le projet, selon la mairie, sera achevé en juin. La réforme est, selon le ministre, indispensable.",
        (
            ("indirect", "Le projet, selon la mairie, sera achevé en juin"),
            ("indirect", "La réforme est, selon le ministre, indispensable"),
        ),
    ),
    Row(
        "postposed-subject-after-a-dative",
        "Les salariés ne lâcheront rien, a confié au quotidien régional le délégué syndical.",
        (("indirect", "Les salariés ne lâcheront rien"),),
    ),
    Row(
        "a-participles-agent-is-no-speaker",
        "Le nouveau stade, conçu par un cabinet parisien : Wilmotte, a été inauguré samedi.",
        (),
    ),
    Row(
        "declarer-with-an-infinitive",
        "Le ministre a déclaré vouloir réduire le nombre de fonctionnaires.",
        (("indirect", "vouloir réduire le nombre de fonctionnaires"),),
    ),
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
    Row(  # a cue in a relative between the subject and its verb: the main verb ends the clause
        "relative-between-subject-and-verb",
        "L'opposition, qui estime que la loi viole la Constitution, a saisi le Conseil.",
        (("indirect", "la loi viole la Constitution"),),
    ),
    Row(  # "ce que"/"ce qui" after a comma takes up the statement: the journalist's comment on it
        "resumptive-relative-ends-the-content",
        "L'opposition accuse le maire d'avoir caché le déficit, ce que l'intéressé conteste. Le club a assuré "
        "que le stade serait prêt en mai, ce qui paraît difficile.",
        (("indirect", "avoir caché le déficit"), ("indirect", "le stade serait prêt en mai")),
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
    Row(  # a body of wire copy after a postposed cue is its subject, not its object
        "postposed-body-not-content",
        "Le rappel concerne 300 000 véhicules, a précisé le constructeur. Le match se jouera à huis clos, a "
        "annoncé l'instance dans un communiqué.",
        (("indirect", "Le rappel concerne 300 000 véhicules"), ("indirect", "Le match se jouera à huis clos")),
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
        "restrictive-relative",
        "Le maire a annoncé un concert qui sera donné par la fanfare municipale.",
        (("indirect", "un concert qui sera donné par la fanfare municipale"),),
    ),
    Row(
        "gerund-ends-the-complement",
        "Le syndicat a rejeté la proposition de la direction tout en acceptant de poursuivre le dialogue.",
        (("indirect", "la proposition de la direction"),),
    ),
    Row(
        "main-clause-after-participle",
        "En leur demandant si le marché rouvrirait, les commerçants ont interpellé les élus.",
        (("indirect", "le marché rouvrirait"),),
    ),
    Row(  # a weak verb in an incise in a compound tense, the subject inverted after the auxiliary
        "inverted-incise-in-a-compound-tense",
        "Le chantier durera deux ans, a-t-il estimé.",
        (("indirect", "Le chantier durera deux ans"),),
    ),
    Row(
        "inverted-on",
        "La salle des fêtes sera rénovée en 2025, a-t-on annoncé hier à la mairie.",
        (("indirect", "La salle des fêtes sera rénovée en 2025"),),
    ),
    Row(  # one statement, one item: the outer clause holds the act it reports
        "report-inside-a-report",
        "Le porte-parole a indiqué que le ministre allait demander une enquête.",
        (("indirect", "le ministre allait demander une enquête"),),
    ),
    Row(  # the same before a postposed incise: the clause and the verb of saying inside it are the
        # incise's speaker's one statement
        "report-before-a-postposed-incise",
        "Le syndicat exige le retrait du projet, a déclaré mardi son secrétaire départemental. Le club "
        "n'exclut pas de changer d'entraîneur, a confirmé son président.",
        (
            ("indirect", "Le syndicat exige le retrait du projet"),
            ("indirect", "Le club n'exclut pas de changer d'entraîneur"),
        ),
    ),
    Row(  # "dire espérer que": the hope's clause is the statement
        "infinitive-that-reports",
        "La ministre a dit espérer que la réforme passera avant l'été.",
        (("indirect", "la réforme passera avant l'été"),),
    ),
    Row(
        "complement-then-quotation",
        "Le député a accusé le ministre d'avoir caché le rapport : « C'est un mensonge. »",
        (("indirect", "avoir caché le rapport"), ("direct", "C'est un mensonge.")),
    ),
    Row(
        "stance-then-colon",
        "Le maire est catégorique : la piscine ne fermera pas cet été.",
        (("indirect", "la piscine ne fermera pas cet été"),),
    ),
    Row(
        "closing-incise-after-a-figure",
        "Le chômage a reculé de 2 % en un an, note l'Institut national de la statistique.",
        (("indirect", "Le chômage a reculé de 2 % en un an"),),
    ),
    Row(
        "quotation-last-sentence",
        "« Nous resterons jusqu'au bout. Rien ne nous fera partir », a lancé le délégué syndical.",
        (("direct", "Nous resterons jusqu'au bout. Rien ne nous fera partir"),),
    ),
    Row(  # the tagger reads the quoted verb as an adjective: the clause's subject still makes it a clause
        "pour-source-clause-with-a-misread-verb",
        "Pour la fédération, cette décision « manque de cohérence ».",
        (("indirect", "cette décision « manque de cohérence »"),),
    ),
    Row(  # a noun complement stops before the reflexive clitic of the coordinated verb after it
        "np-stops-before-the-clitic-of-the-next-verb",
        "La préfète a confirmé la fermeture du col et s'engage à rouvrir la route dès samedi.",
        (("indirect", "la fermeture du col"), ("indirect", "rouvrir la route dès samedi")),
    ),
    Row(  # an incise inside a que-clause reports that clause, not the verb of saying before it
        "incise-inside-a-que-clause",
        "Le rectorat a confirmé que trois postes seraient créés à la rentrée, un effort qui doit, a-t-il "
        "souligné, bénéficier aux zones rurales.",
        (
            (
                "indirect",
                "trois postes seraient créés à la rentrée, un effort qui doit, a-t-il souligné, bénéficier aux "
                "zones rurales",
            ),
        ),
    ),
    Row(  # the parse ends the clause on its subject noun: the clause goes on through "ne" to its finite verb
        "que-clause-resumes-after-a-negation-clitic",
        "Le syndic a indiqué qu'une rencontre avec les locataires n'était pas prévue.",
        (("indirect", "une rencontre avec les locataires n'était pas prévue"),),
    ),
    Row(  # the parse ends the object inside its quoted modifier (a verb form in a hyphenated word): the item
        # runs to the closing mark
        "object-ends-on-the-closing-mark-of-its-quoted-modifier",
        "Le collectif de parents a critiqué un calendrier « bâti à la va-comme-je-te-pousse » et demande un report.",
        (("indirect", "un calendrier « bâti à la va-comme-je-te-pousse »"), ("indirect", "un report")),
    ),
    Row(  # a postposed incise with a pronoun that takes up the subject of the clause's own reporting verb
        # restates that report: the item is the verb's content, not the whole clause
        "pronoun-incise-restates-the-clause-verb",
        "La Commission européenne a estimé que les aides versées au chantier naval étaient illégales, "
        "a-t-elle indiqué mardi à Bruxelles.",
        (("indirect", "les aides versées au chantier naval étaient illégales"),),
    ),
    Row(  # ... but a pronoun that cannot take that subject up (another number) keeps the whole clause
        "pronoun-incise-of-another-number-keeps-the-clause",
        "Le porte-parole Marc Vidal a été joint. Les pilotes ont annoncé une grève de quatre jours, a-t-il ajouté.",
        (("indirect", "Les pilotes ont annoncé une grève de quatre jours"),),
    ),
    Row(  # a conjunct the parse hangs on the que-clause, with its own subject, verb of saying and
        # que-clause, reports anew: what was said ends before it (here after a closing quotation mark)
        "reporting-conjunct-hung-on-the-que-clause-ends-it",
        "Le directeur a admis que le bilan était « décevant », mais il a promis que les résultats s'amélioreraient.",
        (("indirect", "le bilan était « décevant »"), ("indirect", "les résultats s'amélioreraient")),
    ),
    Row(  # the same with the conjunct's complementizer elided ("qu'elle")
        "reporting-conjunct-with-an-elided-que-ends-it",
        "L'entraîneur a reconnu que le match avait été « médiocre », mais le président a répondu qu'il gardait "
        "confiance.",
        (("indirect", "le match avait été « médiocre »"), ("indirect", "il gardait confiance")),
    ),
    Row(  # near miss: a second que-clause coordinated with "et que" is still part of what was said
        "coordinated-que-clause-after-a-quotation-stays-in-the-content",
        "La syndicaliste a expliqué que la direction refusait « tout dialogue » et que les salariés avaient voté "
        "la grève.",
        (("indirect", "la direction refusait « tout dialogue » et que les salariés avaient voté la grève"),),
    ),
]

#: Words that are not speech: the journalist's own voice, feelings, conjunctions of time,
#: the provisions of a law.
NOT_SPEECH = [
    Row(  # near miss (review rev15s2 R1): a headline 'Entretien avec le sous-préfet : …' is about a meeting (a colon
        # follows, no name), intertitles ending in '?' no questions, the journalist's 'Nous avons contacté' no answer
        "a-headline-about-a-meeting-with-a-role-is-no-interview-rubric",
        "Entretien avec le sous-préfet : les pêcheurs restent sur leur faim\n\nLes représentants du c"
        "omité des pêches ont été reçus jeudi à Lorient.\n\nEt après ?\n\nLes marins envisagent de bloq"
        "uer le port de Keroman. « Nous irons jusqu'au bout », a lancé leur porte-parole, Yann Le G"
        "off.\n\nQuel calendrier ?\n\nNous avons contacté la sous-préfecture, qui n'a pas donné suite.",
        (("direct", "Nous irons jusqu'au bout"),),
    ),
    Row(  # near miss (R2): intertitles ending in '?' and a credit line at the end, the journalist's
        # 'nous l'avons vérifié' after a comma: no first person singular, no interview
        "a-credit-line-and-a-nous-after-a-comma-make-no-interview",
        "National : Dunkerque enchaîne\n\nLes Nordistes ont dominé Sochaux mardi (3-1).\n\nUn tournant "
        "?\n\nLe capitaine ne veut pas s'enflammer. « Il reste douze matchs », a-t-il rappelé.\n\nQuel "
        "recrutement ?\n\nLe club, nous l'avons vérifié lundi, cherche un gardien.\n\nPropos recueillis"
        " par Hugo Lambert",
        (("direct", "Il reste douze matchs"),),
    ),
    Row(  # near miss (R3): a live blog's entries after time labels ('9 h 50 :'), with a credit line:
        # 'Nous attendons' is the newsroom's, no interviewee's singular first person
        "a-live-blogs-time-labels-are-no-turns",
        "Crue de la Garonne : le point en direct\n\n9 h 15 : Jusqu'où montera l'eau ?\n\n9 h 30 : Vigic"
        "rues a relevé le niveau à 8,20 mètres à Agen.\n\n9 h 50 : Les ponts rouvriront-ils ce soir ?"
        "\n\n10 h 05 : Nous attendons l'arrêté du préfet.\n\nEntretien réalisé par Hugo Lambert",
        (),
    ),
    Row(  # near miss (N1): a play's excerpt, 'JULIETTE :' asking twice and 'VICTOR :' answering in the
        # first person: no outlet asks, no introduction names the one who answers
        "two-characters-of-a-play-alternating-are-no-interview",
        "Au Théâtre de la Ville, une comédie grinçante\n\nLa pièce de Marc Olivier s'ouvre sur une di"
        "spute. Extrait :\n\nJULIETTE : Pourquoi rentres-tu si tard ?\n\nVICTOR : J'ai raté le dernier "
        "bus, je te le jure.\n\nJULIETTE : Le dernier bus, à trois heures du matin ?\n\nVICTOR : Je sui"
        "s rentré à pied, figure-toi.\n\nLa salle applaudit longuement.",
        (),
    ),
    Row(  # near miss (N2): the title 'Entretien avec un fantôme : …' is no rubric (no name, a colon
        # after it); the play's dialogue in dashes is fiction
        "a-title-opening-on-entretien-avec-before-dashes-is-no-rubric",
        "Entretien avec un fantôme : la pièce part en tournée\n\nL'adaptation du roman d'Hélène March"
        "al passe par Tours. Le spectre y répond à une journaliste.\n\n— Depuis quand hantez-vous ce "
        "château ?\n\n— Je hante ces murs depuis 1820.\n\n— Et vous ne partirez jamais ?\n\n— Jamais. J'a"
        "ttends toujours mon héritier.\n\nLa tournée s'achève en mars.",
        (),
    ),
    Row(  # near miss (N3): 'Question :' / 'Réponse :' in the third person with the editor's
        # 'Nous vous recommandons': no singular first person, no rubric
        "a-faq-with-question-and-reponse-labels-and-the-editors-nous-is-no-interview",
        "Prime de rénovation : le guide\n\nQuestion : Qui peut la demander ?\n\nRéponse : Les propriéta"
        "ires occupants, sous conditions de revenus.\n\nQuestion : Quand le dossier est-il instruit ?"
        "\n\nRéponse : Dans un délai de deux mois. Nous vous recommandons de garder vos factures.",
        (),
    ),
    Row(  # near miss (unsettled): a debate's turns in capitals, neither debater named before the
        # first question, no outlet asks: no interview
        "a-debates-turns-between-people-not-introduced-are-no-interview",
        "Débat des régionales : échanges vifs à Rennes\n\nMercredi soir, les deux candidats se sont a"
        "ffrontés sur TVR. Extraits.\n\nLOUIS MARTIN : Vos trains arrivent-ils à l'heure ?\n\nSOPHIE BE"
        "RNARD : Je vous rappelle que la ponctualité a progressé de six points.\n\nLOUIS MARTIN : Et "
        "le prix des billets ?\n\nSOPHIE BERNARD : Je l'ai gelé en 2022.",
        (),
    ),
    Row(  # near miss (unsettled): council minutes, 'M. Perrin :' asking, 'M. le Maire :' answering:
        # no outlet, the one who answers named nowhere before
        "a-councils-minutes-with-title-labels-are-no-interview",
        "Conseil municipal de Lunéville : extrait du compte rendu\n\nM. le Maire : Je soumets la déli"
        "bération au vote.\n\nM. Perrin : Pourquoi le gymnase ferme-t-il en juillet ?\n\nM. le Maire : "
        "Je vous ai répondu en commission, des travaux sont prévus.\n\nM. Perrin : Qui paiera les tra"
        "vaux ?\n\nM. le Maire : Je vous renvoie au budget.",
        (),
    ),
    Row(  # near miss of interview answers: 'un entretien avec' in narration is no rubric; report questions
        # followed by narration are no turns
        "a-meeting-with-someone-in-narration-is-no-interview-rubric",
        "Après un entretien avec le préfet, la maire de Millau, Anne Cazals, a listé jeudi les zones d'ombre "
        "du dossier.\n\nQui paiera la nouvelle digue ?\n\nLe conseil municipal tranchera avant l'été. Notre "
        "rédaction a consulté le devis.\n\nLe chantier pourra-t-il démarrer en 2027 ?\n\nRien n'est moins "
        "sûr, selon la direction des routes.",
        (("indirect", "Rien n'est moins sûr"),),
    ),
    Row(  # near miss: 'pose des questions à' is no rubric, the journalist's 'nous' no interviewee's voice
        "questions-put-to-a-region-and-the-journalists-nous-are-no-interview",
        "Éditorial. La fermeture de la gare de Mende pose des questions à tout le département.\n\nQui a "
        "tranché ?\n\nLa SNCF, sans consulter les élus. Nous l'avons pourtant interrogée en mars.\n\nQue "
        "feront les usagers ?\n\nIls prendront le car. Notre journal recueille leurs témoignages.",
        (),
    ),
    Row(  # near miss: a live blog that announces an interview in a sentence is none
        "a-live-blog-announcing-an-interview-is-no-interview",
        "EN DIRECT. Crue de la Loire : la situation heure par heure\n\nÀ midi, notre reporter réalise un "
        "entretien avec le maire de Saumur.\n\n8h10. Les ponts rouvriront-ils ce soir ?\n\nLa préfecture "
        "doit communiquer dans la matinée. Nous vous tiendrons informés.\n\n9h05. Combien de caves sont "
        "inondées ?\n\nLes pompiers en recensent une centaine.",
        (),
    ),
    Row(  # near miss: a court report's questions; the title 'Me' is no first person
        "a-lawyers-questions-in-a-court-report-are-no-interview",
        "Me Sophie Lantier, avocate de la prévenue, a posé deux questions à l'enquêteur.\n\nPourquoi la "
        "porte n'était-elle pas fermée ?\n\nL'enquêteur a reconnu ne pas avoir vérifié la serrure. Me "
        "Lantier a insisté.\n\nQui détenait les clés ?\n\nLe gardien seulement. Me Lantier s'est assise.\n\n"
        "Le jugement sera rendu mardi.",
        (),
    ),
    Row(  # near miss: 'recueillies par notre rédaction' inside a sentence is no credit line
        "readers-questions-collected-in-a-sentence-are-no-interview",
        "Les questions de nos lecteurs, recueillies par notre rédaction, portent sur deux points.\n\nQui "
        "peut toucher la prime ?\n\nLes ménages modestes, selon le décret paru mardi.\n\nQuand sera-t-elle "
        "versée ?\n\nEn avril. Nos lecteurs nous ont beaucoup interrogés sur ce point.",
        (("indirect", "Les ménages modestes"),),
    ),
    Row(  # near miss: a line ending on 'un entretien.' is no rubric; a novel's dashes are no turns
        "a-novels-dialogue-after-a-line-ending-on-entretien-is-no-interview",
        "Dans son premier roman, Luc Meyer ouvre le récit sur un entretien.\n\n— Vous parlez allemand ?\n— "
        "Un peu, j'ai vécu à Bâle.\n— Pourquoi revenir ?\n— Ma mère était malade.\n\nLe livre sort en mai.",
        (),
    ),
    Row(  # near miss: a caption ending on 'lors de notre entretien.' is no rubric
        "a-caption-ending-on-notre-entretien-before-a-plays-dialogue-is-no-interview",
        "Le metteur en scène Paul Ravel lors de notre entretien.\n(Photo DNA)\n\nLa pièce s'ouvre sur une "
        "audition.\n\n— Qui vous envoie ?\n— Je viens de moi-même.\n— Que cherchez-vous ?\n— Mon frère.\n\n"
        "La salle a longuement applaudi.",
        (),
    ),
    Row(  # near miss: a caption ending on 'lors de son interview.' is no rubric
        "a-caption-ending-on-son-interview-before-report-questions-is-no-interview",
        "Le maire de Quimper lors de son interview.\n(Photo Le Télégramme)\n\nLa zone bleue sera-t-elle "
        "étendue ?\n\nLe conseil en débattra lundi. Nous avons lu le projet.\n\nQue disent les riverains ?\n"
        "\nIls redoutent une hausse des amendes.",
        (("indirect", "une hausse des amendes"),),
    ),
    Row(  # near miss: questions quoted after a colon are speech, the narration after them no answer
        "a-quoted-question-after-a-colon-is-no-interview-turn",
        "Le maire de Gray sort d'un entretien avec la ministre.\n\nIl s'interroge : « Qui paiera les travaux "
        "? »\n\nLa commune a déjà payé un million. « Nous ne pouvons plus suivre », a-t-il dit à notre "
        "journal.\n\nSon adjointe renchérit : « Et les écoles, qui y pense ? »\n\nLes parents manifesteront "
        "samedi.",
        (
            ("direct", "Qui paiera les travaux ?"),
            ("direct", "Nous ne pouvons plus suivre"),
            ("direct", "Et les écoles, qui y pense ?"),
        ),
    ),
    Row(  # near miss: a headline 'Entretien des fossés' is no rubric; a FAQ's 'Nous conseillons' no interviewee
        "a-headline-opening-on-entretien-before-a-faq-is-no-interview",
        "Entretien des fossés : ce que dit le règlement\n\nQui doit curer le fossé ?\n\nLe propriétaire "
        "riverain. Nous conseillons de prévenir la mairie.\n\nQuand le curer ?\n\nHors période de "
        "nidification.",
        (),
    ),
    Row(  # near miss: intertitles ending in '?' over an ordinary article ('à nos confrères')
        "intertitles-ending-in-a-question-mark-are-no-interview",
        "Hausse des tarifs de l'eau à Sète : le maire s'est expliqué lors d'un entretien avec nos confrères "
        "de Midi libre.\n\nPourquoi une telle hausse ?\n\nLa ville doit rénover son réseau, a-t-il expliqué "
        "à nos confrères.\n\nQui paiera ?\n\nTous les abonnés. « Je n'avais pas le choix », a insisté l'élu.",
        (("indirect", "La ville doit rénover son réseau"), ("direct", "Je n'avais pas le choix")),
    ),
    Row(  # near miss: 'a adressé plusieurs questions à' is no rubric
        "questions-put-to-a-mayor-in-a-council-are-no-interview",
        "Lors du conseil, l'opposition a adressé plusieurs questions à la maire de Blois.\n\nLe musée "
        "rouvrira-t-il en mai ?\n\nLa maire a promis une réouverture en juin. Nous en reparlerons.\n\nEt la "
        "halle ?\n\nSes travaux sont reportés à 2028.",
        (("indirect", "une réouverture en juin"),),
    ),
    Row(  # near miss of a quoted object past a channel: 'créer' is no reporting verb, and the apposition
        # after the quotation ('un groupe qui …') says it is a name
        "a-group-created-on-a-channel-and-named-by-an-apposition-is-a-mention",
        "Les commerçants ont créé sur les réseaux sociaux « touche pas à ma rue », un groupe qui compte 300 membres.",
        (),
    ),
    Row(  # near miss: after a reporting verb, an apposition naming what the quotation is ('une visite …')
        "an-event-announced-on-a-channel-and-named-by-an-apposition-is-a-mention",
        "Le musée a annoncé sur son site « la nuit des fossiles », une visite nocturne.",
        (),
    ),
    Row(  # near miss of a quoted object past a channel: one singular definite channel the quotation
        # names ("sur le site « … »") gives its name, said by nobody
        "a-channel-named-in-lower-case-is-a-mention",
        "La commerçante a répondu aux clients sur le site « les halles de Lens » jeudi.",
        (),
        ("les halles de Lens",),
    ),
    Row(  # near miss of interview answers: an interview the article quotes from ("dans un entretien
        # accordé à …") is a channel, not a rubric; questions with narration after them are no turns
        "an-interview-quoted-from-is-no-interview-layout",
        "Le préfet a défendu sa décision dans un entretien accordé à France Bleu Alsace.\n\n"
        "Faut-il rouvrir le col ?\n\nNotre photographe a vu les engins de chantier au bord de la route.\n\n"
        "Et les commerces de la vallée ?\n\nNotre rédaction a interrogé une dizaine de gérants, inquiets.",
        (),
    ),
    Row(  # near miss of interview answers: a FAQ (questions then answers, no first person, no label,
        # no introduction saying it is an interview) quotes nobody
        "faq-answers-are-no-interview",
        "Qui peut demander l'aide ?\nLes foyers modestes, sous condition de ressources.\n"
        "Comment la demander ?\nEn ligne, avant le 30 juin.\nQuand sera-t-elle versée ?\nÀ la rentrée.",
        (),
    ),
    Row(  # near miss: the questions a report raises, one after another, have no answers
        "questions-a-report-raises-are-no-interview",
        "L'inspection soulève trois questions.\nQui contrôle les foyers ?\nQui les finance ?\n"
        "Nous devons-nous en inquiéter ?\nLes réponses sont attendues à l'automne.",
        (),
    ),
    Row(  # near miss: after a rubric, questions answered by narration that quotes a first person
        # ("a répondu que « nous … »"): the paragraph's own voice is the journalist's, not a turn
        "narration-quoting-a-first-person-is-no-answer-turn",
        "Entretien avec un éleveur du Cantal.\n\nLe loup est-il revenu ?\n\n"
        "L'éleveur a répondu que « nous avons perdu douze brebis ».\n\nEt l'État ?\n\n"
        "Il a dit attendre une indemnisation.",
        (("partial", "nous avons perdu douze brebis"), ("indirect", "attendre une indemnisation")),
    ),
    Row(  # near miss: a novel's dialogue in dashes, with no label and no introduction of an interview
        "dialogue-in-dashes-without-interview-is-no-interview",
        "— Tu viens demain ?\n— Oui, je prendrai le train.\n— À quelle heure ?\n— Je ne sais pas encore.",
        (),
    ),
    Row(  # people a court tried, the adjective classing them, even with a definite article
        "court-tried-people-a-definite-article-names",
        "La cour d'appel de Colmar a jugé les agriculteurs bio qui avaient occupé la préfecture.",
        (),
    ),
    Row(  # a finding with the state of what was found: no judgement reported
        "finding-with-the-state-of-what-was-found",
        "Les sauveteurs ont trouvé la randonneuse blessée.",
        (),
    ),
    Row(  # a court tried people an adjective describes: no judgement reported
        "court-tried-people-an-adjective-describes",
        "Le tribunal d'Épinal a jugé deux frères violents.",
        (),
    ),
    Row(  # the title "juge" after a name a preposition governs, before a relative: no verb of saying
        "title-after-an-object-name-before-a-relative",
        "Le dossier a été transmis à Claire Vautrin, juge que les enquêteurs connaissent bien.",
        (),
    ),
    Row(  # a masculine participle of feeling ending in -s is a feeling too, with its cause: no stance
        "masculine-feeling-participle-in-s-with-its-cause",
        "Le sénateur Marc Aubry s'est dit surpris de la lenteur des travaux sur la rocade.",
        (),
    ),
    Row(  # a participle of feeling and its cause, or a participle followed by its agent: no stance
        "feeling-participle-with-its-cause-or-agent",
        "Le gardien s'est dit déçu de la défaite à Lorient. La chanteuse s'est dite passionnée de jazz. "
        "Le curé s'est dit blessé par les tags sur l'église.",
        (),
    ),
    Row(  # a feeling and its cause after "de", as "se réjouir de": no stance reported
        "feeling-adjective-with-its-cause",
        "La rectrice s'est dite fière de la réussite des lycéens de l'académie au baccalauréat.",
        (),
    ),
    Row(  # an adjunct after a comma that the clause goes on past is the clause's own, not the saying's
        "scene-word-the-clause-goes-on-past-stays-in",
        "Le directeur a expliqué que les parents pourront intervenir, devant le conseil d'école, sur les horaires.",
        (("indirect", "les parents pourront intervenir, devant le conseil d'école, sur les horaires"),),
    ),
    Row(  # a quoted clause after a noun of what is said is the words said, not the noun's name
        "quoted-clause-after-a-noun-of-speech-is-said",
        "La ministre a adressé aux éleveurs un message « nous ne vous lâcherons pas », jeudi à Rennes.",
        (("partial", "nous ne vous lâcherons pas"),),
    ),
    Row(  # an imperative the tagger reads as a third person, with a fronted noun for subject: the
        # journalist's aside
        "first-person-plural-after-a-fronted-noun-is-an-imperative",
        "Parmi les nombreux artistes présents au salon notons la venue de plusieurs sculpteurs belges.",
        (),
    ),
    Row(  # wishing someone a thing (named after "à" or as a clitic) is a courtesy, no content
        "a-greeting-wished-to-someone",
        "Le président du club a souhaité la bienvenue aux nouveaux adhérents. Il leur souhaite une bonne saison.",
        (),
    ),
    Row(  # a noun phrase and its naming apposition before the verb is its subject, no clause an incise reports
        "naming-apposition-before-the-main-verb",
        "Le nouveau collectif des riverains du port, baptisé « Vague bleue », compte plusieurs anciens élus.",
        (),
    ),
    Row(  # "s'engager dans" enters a course, it promises nothing: no second item inside the clause
        "s-engager-dans-is-no-promise",
        "Le directeur a rappelé que la clinique s'était engagée dans une « démarche environnementale » dès "
        "2019. La commune s'engage dans un « plan vélo ».",
        (("indirect", "la clinique s'était engagée dans une « démarche environnementale » dès 2019"),),
    ),
    Row(  # a verb whose object is the one addressed, with no call to anything: a phone call, no content
        "object-addressed-without-content",
        "Une voisine a appelé les pompiers pour éteindre l'incendie.",
        (),
    ),
    Row(  # a source asking not to be named: the verb of wish says who the source is, it reports nothing
        "source-asking-for-anonymity",
        "Un surveillant, qui a souhaité garder l'anonymat, affirme que deux détenus se sont battus. Une "
        "voisine, qui a demandé à rester anonyme, raconte avoir entendu des cris.",
        (("indirect", "deux détenus se sont battus"), ("indirect", "avoir entendu des cris")),
    ),
    Row(  # a support verb with a noun of no act: an approval, an appointment, a document
        "support-verb-without-act-noun",
        "Le conseil départemental a donné son accord au contournement. La préfète a adressé un courrier aux "
        "maires. L'association a donné rendez-vous aux marcheurs devant la mairie.",
        (),
    ),
    Row(  # "que" after the act noun read as a relative whose object is missing: no content
        "support-verb-act-noun-then-relative",
        "La commune a donné la garantie que les riverains attendaient depuis des années. Le capitaine a donné "
        "l'ordre que tout l'équipage redoutait.",
        (),
    ),
    Row("rappelons-que", "Rappelons que le festival avait attiré 20 000 visiteurs l'an dernier.", ()),
    Row(  # a past participle set off after a name is passive: the name is who is accused, nobody speaks
        "participle-of-status-after-a-name",
        "Le procès de Karim Benali, accusé d'avoir incendié un entrepôt, s'ouvre lundi à Épinal.",
        (),
    ),
    Row(  # the same participle opening the sentence
        "participle-of-status-opening-the-sentence",
        "Accusé de favoritisme, l'adjoint à l'urbanisme a quitté ses fonctions.",
        (),
    ),
    Row(  # a court's sentence is a ruling, not a condemnation spoken
        "sentence-handed-down",
        "Le tribunal de Metz a condamné le gérant du bar à huit mois de prison avec sursis.",
        (),
    ),
    Row(  # an impersonal passive the parse reads as a compound past: nobody is said to speak
        "impersonal-passive",
        "Il lui est reproché d'avoir détourné 30 000 euros de la caisse du club.",
        (),
    ),
    Row("sentence-to-pay", "La cour d'appel a condamné la société à verser 20 000 euros à son ancien salarié.", ()),
    Row(  # a feeling said with its attribute after a subject's relative clause: no content, no speaker
        "feeling-after-a-relative-clause",
        "L'entreprise Durand, qui a rénové la piscine, s'est dite soulagée.",
        (),
    ),
    Row("refusal-to-act-with-totality", "Le joueur a refusé toute interview après le match.", ()),
    Row(  # "apprendre" without an addressee is learning; with one, telling
        "learning-is-not-telling",
        "En arrivant à la mairie, l'adjoint apprend que le budget a été rejeté. La directrice a appris aux "
        "parents que l'école fermerait.",
        (("indirect", "l'école fermerait"),),
    ),
    Row(  # the verb of saying under the refusal is no cue of its own
        "refusal-to-speak-with-an-object",
        "L'entraîneur a refusé de révéler le montant du transfert.",
        (),
    ),
    Row(  # "apprendre" with who told: that source's words (no speaker named but the informant)
        "learning-from-an-informant",
        "Le chantier durera deux ans, a-t-on appris auprès de la mairie. Le gardien a appris que son "
        "contrat s'arrêtait.",
        (("indirect", "Le chantier durera deux ans"),),
    ),
    Row("refusal-to-speak", "Le président du club a refusé de commenter la décision de l'arbitre.", ()),
    Row(  # a court passes a sentence; "a condamné l'agression" is a statement
        "sentence-of-a-court",
        "Le tribunal correctionnel a condamné le chauffard à six mois de prison ferme.",
        (),
    ),
    Row("il-convient-de-preciser", "Il convient de préciser que la salle restera fermée tout l'été.", ()),
    Row("il-faut-rappeler", "Il faut rappeler que le pont avait été fermé en 2019.", ()),
    Row("on-rappellera", "On rappellera que le stade avait déjà été fermé en 2018.", ()),
    Row("faire-part-de-sa-colere", "Le maire a fait part de sa colère après les dégradations.", ()),
    Row("exprimer-sa-tristesse", "La directrice a exprimé sa profonde tristesse après l'incendie.", ()),
    Row("des-que", "Il a alerté les pompiers dès qu'il a aperçu les flammes.", ()),
    Row("law-provision", "Le texte prévoit que les loyers seront plafonnés dans les grandes villes.", ()),
    Row("decree-provision", "Le décret stipule que les bars fermeront à minuit.", ()),
    Row("bill-provision", "Le projet de loi précise que les maires pourront refuser.", ()),
    Row("selon-la-tradition", "Selon la tradition, le maire ouvre le bal du 14 Juillet.", ()),
    Row(  # a timetable after selon: a schedule, nobody's statement
        "selon-a-timetable",
        "Selon le calendrier arrêté par la ligue, la finale se jouera le 12 juin à Rennes.",
        (),
    ),
    Row(  # the rules of a competition after selon: a provision, as "le texte prévoit que"
        "selon-the-rules-of-a-competition",
        "Selon le règlement du tournoi, un joueur exclu manquera les deux rencontres suivantes.",
        (),
    ),
    Row("pour-in-a-list", "Pour l'Italie, Marco Rossi, ancien ministre des finances.", ()),
    Row("adverbial-a-la-rescousse", "Les supporters ont appelé la police à la rescousse.", ()),
    Row("adverbial-a-l-unanimite", "Le conseil a exclu à l'unanimité le trésorier.", ()),
    Row("showing-is-not-saying", "Le guide a montré la cathédrale aux visiteurs.", ()),
    Row("event-announces-nothing", "La libération des otages annonçait la fin du conflit.", ()),
    Row("fear-of-a-risk", "Le pays craint de basculer dans la guerre.", ()),
    Row("colon-after-weather", "Le ciel est clair : il fera beau demain.", ()),
    Row("passive-se-voir", "Le joueur s'est vu reprocher d'avoir frappé l'arbitre.", ()),
    Row(
        "an-offer-is-no-proposal",
        "Le club de judo propose des cours d'initiation pour les enfants. La médiathèque propose une "
        "soirée contes samedi.",
        (),
    ),
    Row(
        "a-proposal-stays-speech",
        "Le syndicat propose une réduction du temps de travail.",
        (("indirect", "une réduction du temps de travail"),),
    ),
    Row("faire-idiom-with-que", "Il ne fait aucun doute que la saison sera difficile pour le club.", ()),
    Row(  # the source's claim is one item; the idiom inside it is no second statement
        "faire-idiom-inside-a-source-claim",
        "Pour le procureur, il ne fait aucun doute que l'incendie est d'origine criminelle.",
        (("indirect", "il ne fait aucun doute que l'incendie est d'origine criminelle"),),
    ),
    Row(  # a hedge of the source ("requis l'anonymat") tells who speaks, it reports nothing
        "source-hedge-relative-not-speech",
        "Un diplomate européen, qui a requis l'anonymat, a assuré que les discussions avançaient.",
        (("indirect", "les discussions avançaient"),),
    ),
    Row(
        "on-at-an-institution",
        "À la mairie, on rappelle que les travaux étaient prévus depuis longtemps.",
        (("indirect", "les travaux étaient prévus depuis longtemps"),),
    ),
]

#: Quotations that are speech though no verb stands right before them.
SPEECH_NOT_MENTION = [
    Row(  # a channel phrase between the verb and its quoted object ("sur les réseaux sociaux", "sur son
        # blog"): the words in lower case are what the verb says, not the channel's name
        "quoted-object-past-a-channel-phrase-is-speech",
        "Le président du club a déploré sur les réseaux sociaux « une sanction disproportionnée ».",
        (("partial", "une sanction disproportionnée"),),
    ),
    Row(  # "juge" read as a noun after the subject's noun, then an incidental phrase and a que-clause:
        # the verb of the sentence, whose clause holds the quoted word
        "verb-read-as-a-noun-before-an-incidental-phrase-and-que",
        "Le proviseur juge pour sa part que cette sanction est « disproportionnée ». L'entraîneuse juge de son "
        "côté que la saison a été réussie.",
        (("indirect", "cette sanction est « disproportionnée »"), ("indirect", "la saison a été réussie")),
    ),
    Row(  # the bare object of a verb of uttering is said, whatever its capitals: no name in title case
        "bare-object-of-a-verb-of-uttering",
        "Des supporters criaient « Démission ! » sous les fenêtres du président du club.",
        (("partial", "Démission !"),),
    ),
    Row(  # a form listed for the reflexive verb only ("défendu" of "se défendre") is the plain verb's too
        "plain-verb-behind-a-reflexive-entry",
        "Devant les élus, la présidente du conseil général a défendu « un budget de reconquête ».",
        (("partial", "un budget de reconquête"),),
    ),
    Row(  # a verb that gives its object an attribute: the quoted words judge the object, even a naming noun
        "attribute-of-a-judged-object",
        "Son adversaire, Paul Lenoir, juge ce programme « irréaliste ». Les parents trouvent la cantine "
        "« hors de prix ».",
        (("partial", "irréaliste"), ("partial", "hors de prix")),
    ),
    Row(  # a verb of expressing past a place, even read as an adjective ("manifeste") or with its object
        # hung on the place's noun: the quoted object is the subject's words
        "expressing-verb-past-a-place-read-as-adjective",
        "Le doyen du conseil municipal manifeste dans un courrier au préfet sa « vive colère ». La "
        "présidente du club exprime dans un message aux adhérents sa « grande fierté ».",
        (("partial", "vive colère"), ("partial", "grande fierté")),
    ),
    Row(  # a support verb of assessment ("dresser un bilan", "porter un jugement"): the quoted words that
        # qualify the assessment are the source's judgement; what is assessed is no content of its own
        "quoted-assessment-of-a-support-verb",
        "Le président du comité des fêtes a dressé un bilan « très satisfaisant » de la kermesse. La "
        "principale du collège a porté un jugement « nuancé » sur la réforme des rythmes scolaires.",
        (("partial", "très satisfaisant"), ("partial", "nuancé")),
    ),
    Row(
        "qualifier-de-after-a-naming-noun",
        "Le maire a qualifié le projet de « pharaonique » devant le conseil municipal.",
        (("partial", "pharaonique"),),
    ),
    Row(
        "qualifier-de-after-a-naming-noun-2",
        "L'opposition a qualifié le plan de rénovation d'« opération de communication ».",
        (("partial", "opération de communication"),),
    ),
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
    Row(  # "dit" names in "la loi dite « … »"; with its auxiliary it is the speaker's verb
        "se-dire-compound-tense",
        "Le ministre s'est dit « très préoccupé » par la situation des éleveurs.",
        (("partial", "très préoccupé"),),
    ),
    Row(
        "present-participle-says",
        "Sur la porte, un panneau disant « Fermé pour travaux jusqu'à lundi » a été affiché.",
        (("partial", "Fermé pour travaux jusqu'à lundi"),),
    ),
    Row(  # "a vivement condamné": the parse calls the subject passive under avoir; the verb is active
        "subject-misread-as-passive-under-avoir",
        "La sénatrice a fermement condamné dans un communiqué « une agression inqualifiable ».",
        (("partial", "une agression inqualifiable"),),
    ),
    Row(  # the parse hangs the quoted object in apposition to the adverbial before it
        "object-in-apposition-to-an-adverbial",
        "Le sélectionneur a regretté après le match « un manque criant de réalisme ».",
        (("partial", "un manque criant de réalisme"),),
    ),
    Row(  # the tagger reads "déplore" as an adjective; before an opening mark, in a verbless sentence, a verb
        "mistagged-verb-before-an-opening-mark",
        "La directrice déplore pour sa part « un manque de moyens chronique ».",
        (("partial", "un manque de moyens chronique"),),
    ),
    Row(  # the tagger gives "parle" the first person; with a noun subject it is the third
        "first-person-misread-with-a-noun-subject",
        "La présidente de l'association parle d'« une victoire pour les familles ».",
        (("partial", "une victoire pour les familles"),),
    ),
    Row(  # the tagger gives "qualifiant" a first-person future: a form with the participle's ending is none
        "participle-misread-as-a-first-person",
        "Le ministre de l'Intérieur a défendu le dispositif, le qualifiant de « pas parfait ».",
        (("partial", "pas parfait"),),
    ),
    Row(  # "les" read as a determiner and the participle as a noun: after a comma and a clitic it is a verb
        "participle-after-an-object-clitic-misread-as-a-noun",
        "Le ministre a répondu aux critiques de l'opposition, les qualifiant de « sans fondement ».",
        (("partial", "sans fondement"),),
    ),
    Row(
        "object-of-a-name-not-speech",
        "Le maire a inauguré samedi la « maison des associations » du quartier.",
        (),
    ),
    Row(  # an adverb between the verb of saying and its prepositional object: the verb still governs it
        "a-verb-of-saying-past-its-adverb",
        "Les organisateurs parlent déjà d'une « édition historique » pour ce festival.",
        (("partial", "édition historique"),),
    ),
]

#: Quotation marks around a label, a name or a title: mentions, even where they open a
#: sentence or come back again and again.
LABELS = [
    Row(  # a title-case name after an article is named, even after a verb of saying: not the words said
        "title-case-name-after-an-article-and-a-verb-of-saying",
        "Les agriculteurs ont dénoncé le « Pacte Vert » de la Commission européenne.",
        (("indirect", "le « Pacte Vert » de la Commission européenne"),),
        ("Pacte Vert",),
    ),
    Row(  # a comment clause of naming right after the quotation: what people call the thing, a name
        "named-by-a-comment-clause-after-it",
        "Cette « zone grise », comme l'appellent les habitants, s'étend sur trois quartiers.",
        (),
        ("zone grise",),
    ),
    Row(  # the tagger's imperative on a verb with a subject before the title it names is no journalist's aside
        "third-person-verb-tagged-imperative-after-a-title",
        "L'étude, intitulée « Les oubliés de la ruralité », recommande d'ouvrir une maison de santé.",
        (("indirect", "ouvrir une maison de santé"),),
        ("Les oubliés de la ruralité",),
    ),
    Row(  # a quotation in the subject's relative clause: the verb after its comma is the main verb, no incise
        "quotation-inside-the-subjects-relative",
        "Les élus, qui siègent au sein du groupe « Avenir commun », ont réclamé un audit des comptes de la ville.",
        (("indirect", "un audit des comptes de la ville"),),
        ("Avenir commun",),
    ),
    Row(  # a one-word sentence with its own stop inside the marks is said, not a label
        "one-word-sentence-in-marks",
        "« On ne partira pas », a prévenu la gréviste. « Jamais ! »",
        (("direct", "On ne partira pas"), ("direct", "Jamais !")),
        (),
    ),
    Row(  # after an indefinite naming noun, lower-case quoted words judge the thing: the speaker's words, no label
        "judgement-after-an-indefinite-naming-noun",
        "L'avocat a dénoncé un dossier « monté de toutes pièces ».",
        (("indirect", "un dossier « monté de toutes pièces »"),),
        (),
    ),
    Row(
        "recurring-collective-name",
        "Le collectif « Sauvons la maternité » a manifesté samedi devant la mairie. Dimanche, les membres de "
        "« Sauvons la maternité » ont remis une pétition au préfet. « Sauvons la maternité » réclame un moratoire.",
        (),
        ("Sauvons la maternité", "Sauvons la maternité", "Sauvons la maternité"),
    ),
    Row(
        "a-slogan-as-the-subject-of-its-sentence",
        "Les parents d'élèves se sont réunis hier soir. « Touche pas à mon école » demande le maintien des "
        "deux classes menacées.",
        (),
        ("Touche pas à mon école",),
    ),
    Row(  # a quotation after an article is the noun of a noun phrase, not a clause, whatever verb
        # the tagger reads in it ("règle" of régler)
        "noun-after-an-article-not-a-clause",
        "La « règle d'or » budgétaire sera votée en juin.",
        (),
        ("règle d'or",),
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
        "adverb-at-a-distance",
        "Les papillons exposés en laboratoire et les papillons mutés « naturellement » se ressemblent.",
        (),
        ("naturellement",),
    ),
    Row(
        "operation-launched-by-a-weak-verb",
        "Le club a lancé samedi une « opération séduction » auprès des jeunes.",
        (),
        ("opération séduction",),
    ),
    Row(
        "self-named-group",
        "Un groupe se disant « Front de libération » a revendiqué l'attaque.",
        (),
        ("Front de libération",),
    ),
    Row(
        "business-name-inside-a-report",
        "Le restaurant « Chez Marcel » a rouvert ses portes, a indiqué son gérant.",
        (("indirect", "Le restaurant « Chez Marcel » a rouvert ses portes"),),
        ("Chez Marcel",),
    ),
    Row(
        "title-case-name-inside-a-report",
        "Le préfet a confirmé la tenue du « Grand Prix » de la ville, malgré la pluie.",
        (("indirect", "la tenue du « Grand Prix » de la ville"),),
        ("Grand Prix",),
    ),
    Row(  # set off by a participle, a noun phrase or a relative clause, then its verb: the title is its subject
        "a-title-set-off-by-a-participle-is-the-subject",
        "« La Vache et le Prisonnier », tourné en 1959, reste le plus grand succès de Fernandel.",
        (),
        ("La Vache et le Prisonnier",),
    ),
    Row(
        "a-title-set-off-by-a-naming-noun-is-the-subject",
        "« Que je t'aime », la chanson fétiche du chanteur, a été reprise par la chorale.",
        (),
        ("Que je t'aime",),
    ),
    Row(
        "a-title-set-off-by-a-relative-clause-is-the-subject",
        "« Bienvenue chez les Ch'tis », qui avait battu tous les records, sera rediffusé samedi.",
        (),
        ("Bienvenue chez les Ch'tis",),
    ),
    Row(  # quoted words built into a sentence open in lower case; a verbless capitalised one is a title
        "a-capitalised-title-after-a-reporting-verb",
        "Le maire a annoncé « Les Nuits de la Moselle » pour le mois d'août. Le conservatoire a présenté "
        "« La Flûte enchantée » devant 300 élèves.",
        (),
        ("Les Nuits de la Moselle", "La Flûte enchantée"),
    ),
    Row(  # a verb that presents or launches a thing: the quoted verbless noun phrase is its name
        "a-presented-thing-is-named",
        "L'adjoint aux sports a présenté son « pass jeunesse » aux clubs. La région a lancé un « chèque "
        "rénovation » pour les propriétaires.",
        (),
        ("pass jeunesse", "chèque rénovation"),
    ),
    Row(  # a preposition governs the quotation: the cue after it reports something else
        "a-capitalised-name-governed-by-a-preposition-before-a-cue",
        "Joint par « L'Écho républicain », le président du club a démenti tout départ de l'entraîneur.",
        (("indirect", "tout départ de l'entraîneur"),),
        ("L'Écho républicain",),
    ),
    Row(  # a cue's content inside a quotation (the complement of a quoted noun), or a quotation that is
        # all of it: one partial item, no indirect item inside it
        "content-inside-a-quotation-is-the-quotation",
        "La députée a lancé un « appel à la mobilisation » des bénévoles. La famille a réclamé « justice et "
        "vérité, rien de plus » aux juges.",
        (("partial", "appel à la mobilisation"), ("partial", "justice et vérité, rien de plus")),
    ),
    Row(  # words outside the marks that are the verb's, not the quoted phrase's (the one addressed, the
        # target of a sentence request): the quotation is all of the content, one partial item; an
        # object the parse hangs on the target is still the content
        "the-addressee-and-the-target-are-not-content",
        "Le préfet a promis un « été apaisé » aux riverains du port. L'avocat général a requis à l'encontre "
        "de l'ancien maire « trois ans de prison, dont un ferme ». La procureure a requis à l'encontre des "
        "deux gérants une amende de 50 000 euros.",
        (
            ("partial", "été apaisé"),
            ("partial", "trois ans de prison, dont un ferme"),
            ("indirect", "une amende de 50 000 euros"),
        ),
    ),
    Row(  # the parse stops the infinitive at the opening mark: the rules take the longer reading
        "an-infinitive-that-runs-into-a-quotation",
        "La maire a appelé les habitants à rester « chez eux » ce week-end.",
        (("indirect", "rester « chez eux » ce week-end"),),
        ("chez eux",),
    ),
    Row(
        "repeated-speech-stays-speech",
        "« Nous ne céderons pas », a lancé la déléguée. Une heure plus tard, elle répétait : « Nous ne céderons pas. »",
        (("direct", "Nous ne céderons pas"), ("direct", "Nous ne céderons pas.")),
    ),
    Row(  # a naming verb with an object of its own outside the marks (a relative pronoun) names it; the
        # same verb with its object inside the marks calls for something: speech
        "a-naming-verb-names-its-own-object",
        "La gérante défend ce qu'elle appelle « la cuisine du marché » depuis vingt ans. La ruelle, que les "
        "commerçants ont baptisée « le passage des artistes », sera pavée. Le président du comité appelle "
        "« chacun à la prudence » pendant la fête.",
        (("partial", "chacun à la prudence"),),
        ("la cuisine du marché", "le passage des artistes"),
    ),
    Row(  # a contest's name in marks inside reported speech is a mention, not a verbatim span; the clause
        # the parse ends inside the name runs to its closing mark
        "contest-name-inside-an-indirect-clause",
        "Le maire a confirmé que la commune concourrait au challenge « Non au gaspillage ». Le proviseur a "
        "annoncé que le lycée participerait au concours « Oui à la lecture ».",
        (
            ("indirect", "la commune concourrait au challenge « Non au gaspillage »"),
            ("indirect", "le lycée participerait au concours « Oui à la lecture »"),
        ),
        ("Non au gaspillage", "Oui à la lecture"),
    ),
    Row(  # a naming verb with a noun object and a quoted noun phrase after it gives the object a name:
        # no reported content; the same verb with its preposition outside the marks calls for something
        "a-naming-verb-names-a-noun-object",
        "Les pêcheurs appellent toujours cet étang « le trou du diable ». Les collégiens surnomment leur "
        "cantine « la cantoche » depuis des lustres. La maire appelle les familles à « rester vigilantes ».",
        (("partial", "rester vigilantes"),),
        ("le trou du diable", "la cantoche"),
    ),
    Row(  # a sign, a leaflet or a motto names the words quoted after it, even after a verb of saying
        "a-sign-or-a-motto-names-its-words",
        "Le président a commenté la devise « servir sans faiblir » brodée sur le fanion du club. Les "
        "grévistes ont décrit le tract « non aux cadences » distribué lundi.",
        (),
        ("servir sans faiblir", "non aux cadences"),
    ),
    Row(  # after a colon that closes on a sign, what the sign reads; after one that closes on a plan
        # somebody presents, that person's sentence
        "a-sign-before-a-colon-reads-the-quotation",
        "Devant la mairie, les parents avaient accroché une grande pancarte : « Une classe de plus, pas de "
        "moins ». Le maire a présenté son plan : « Nous ne fermerons aucune classe ».",
        (("direct", "Nous ne fermerons aucune classe"),),
        ("Une classe de plus, pas de moins",),
    ),
    Row(  # one verb of the journalist's clause in marks after a tense auxiliary or a subject noun is held at
        # a distance, inside reported speech too; after être alone, a state somebody describes
        "one-verb-in-marks-is-held-at-a-distance",
        "Le comité a « relancé » la kermesse cette année, s'est réjoui son président. Pendant que les enfants "
        "« bricolaient » des lampions, les parents montaient les stands, raconte la directrice. Selon le maire, "
        "la kermesse est « indispensable ».",
        (
            ("indirect", "Le comité a « relancé » la kermesse cette année"),
            ("indirect", "Pendant que les enfants « bricolaient » des lampions, les parents montaient les stands"),
            ("indirect", "la kermesse est « indispensable »"),
        ),
        ("relancé", "bricolaient"),
    ),
    Row(  # a quotation opening the sentence that "c'est le titre / le nom de …" identifies is that title,
        # however much it looks like a sentence; a quotation the journalist calls a message is said
        "a-quotation-identified-as-a-title-by-c-est",
        "« Nos forêts ont une mémoire », c'est le titre du documentaire projeté mardi à Gérardmer. « Il faut "
        "protéger les sapinières », a ajouté le réalisateur.",
        (("direct", "Il faut protéger les sapinières"),),
        ("Nos forêts ont une mémoire",),
    ),
    Row(  # a clause in marks right after a noun, with a subject pronoun of its own, names that noun (it
        # cannot say anything of it); with no subject of its own it would tell about the noun
        "a-clause-with-its-own-subject-names-the-noun-before",
        "La maison des jeunes propose chaque vendredi des soirées « on joue ensemble » ouvertes à tous. Le "
        "directeur a promis « une salle rénovée pour la rentrée ».",
        (("partial", "une salle rénovée pour la rentrée"),),
        ("on joue ensemble",),
    ),
    Row(  # a verbless phrase in marks right after a preposition is the complement of the journalist's
        # sentence, even with a first-person possessive in it: a name, not a quoted clause
        "a-verbless-phrase-after-a-preposition-is-no-clause",
        "Cette année, les élèves de CM2 ont travaillé sur « notre rivière, notre avenir » avec un "
        "garde-pêche. « Ils ont adoré les sorties », raconte leur maîtresse.",
        (("direct", "Ils ont adoré les sorties"),),
        ("notre rivière, notre avenir",),
    ),
    Row(  # bodies and networks are named in marks like associations: in apposition or right after the noun
        "a-network-or-a-federation-names-its-quotation",
        "« Accueil paysan », le réseau de fermes d'hôtes né dans l'Isère, fête ses cinquante ans. La "
        "fédération « Familles rurales » tiendra son congrès à Nancy.",
        (),
        ("Accueil paysan", "Familles rurales"),
    ),
    Row(  # a quotation that opens on a verb after a naming noun tells something of the thing the noun names:
        # the reported words (a verbatim span of the indirect item), not the thing's name
        "a-naming-noun-then-a-quoted-verb-is-told-not-named",
        "Le projet « ne verra jamais le jour », a tranché le maire de Fameck.",
        (("indirect", "Le projet « ne verra jamais le jour »"),),
        (),
    ),
    Row(  # words quoted once as a verb's subject name a thing; quoted again after a verb that presents,
        # they name the same thing, even with a verb and a question mark of their own
        "words-named-as-a-subject-elsewhere-are-a-name-everywhere",
        "Les lycéens de Sarrebourg ont dévoilé « Où est passé le trésor du roi ? » jeudi. « Ce fut un vrai "
        "succès », s'est félicité le proviseur. « Où est passé le trésor du roi ? » partira en tournée.",
        (("direct", "Ce fut un vrai succès"),),
        ("Où est passé le trésor du roi ?", "Où est passé le trésor du roi ?"),
    ),
    Row(  # a sentence that opens on the sign the words are written on, with no subject but an impersonal
        # "on", reads the sign after its colon; a subject of its own there says the words
        "a-sentence-opening-on-the-sign-reads-it-after-the-colon",
        "Sur le fronton de la salle, on peut lire : « Ici, on danse depuis 1920 ». Sur sa page, le club "
        "annonce : « Nous rouvrirons en mars ».",
        (("direct", "Nous rouvrirons en mars"),),
        ("Ici, on danse depuis 1920",),
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
