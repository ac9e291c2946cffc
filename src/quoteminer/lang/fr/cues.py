"""Reporting verbs and expressions of French news, as data.

Each verb is stored once, as its infinitive, under the speech act it suggests
(a prior: the content of the quote decides in the end). Inflected forms are
generated from the infinitive by ``quoteminer.cues``; only what the generator
cannot derive (irregular verbs' stems and participles) is listed here.
Entries were collected from French news usage (AFP/Wikinews reporting style)
and checked against the development corpus; sorted within each act.
"""

from __future__ import annotations

from types import MappingProxyType

_STATEMENT = """
    accorder admettre affirmer ajouter analyser annoncer apprendre argumenter arguer
    avancer avouer citer clamer commenter communiquer conclure concéder confesser
    confier confirmer considérer constater continuer convenir croire diagnostiquer
    décrire déclarer détailler dire divulguer développer écrire énoncer estimer
    évoquer expliquer exposer faire informer insister interpréter ironiser juger
    lancer lâcher marteler mentionner murmurer narrer noter nuancer observer
    officialiser penser plaisanter poursuivre prédire préciser présenter proclamer
    prétendre publier qualifier raconter rapporter rectifier reconnaître relater
    rappeler relativiser relever remarquer renchérir répliquer répondre reprendre résumer
    rétorquer révéler réagir réaffirmer réitérer répéter saluer signaler souffler
    souligner soutenir supposer témoigner tweeter glisser écrire résumer raisonner
    se_demander s'exclamer s'écrier s'étonner s'interroger se_féliciter se_réjouir
    se_dire se_montrer se_prononcer se_souvenir s'expliquer s'exprimer espérer
    souhaiter regretter féliciter remercier calculer chiffrer compter dévoiler
    exprimer maintenir trancher certifier prévoir indiquer deviner justifier louer parler défendre
    montrer démontrer
    scander crier hurler évaluer laisser_entendre tempérer abonder s'agacer s'emporter se_désoler
    manifester
    objecter riposter asséner tonner soupirer sourire s'amuser s'enthousiasmer compléter
    trouver se_rappeler anticiper claironner fulminer pester maugréer s'offusquer se_vanter
    se_targuer se_déclarer se_lamenter minimiser insinuer parier douter
"""

_DEMAND = """
    adjurer appeler conjurer conseiller déconseiller demander encourager enjoindre exhorter
    exiger implorer inciter interdire inviter ordonner plaider préconiser presser
    prier proposer prôner recommander réclamer revendiquer sommer suggérer
    supplier solliciter requérir intimer commander pousser militer mettre_en_demeure
"""

_DENIAL = """
    contester démentir dénier désavouer infirmer nier récuser réfuter rejeter
    refuser repousser balayer écarter contredire s'opposer se_défendre disconvenir
    exclure mettre_en_doute
"""

_ASSURANCE = """
    assurer garantir jurer promettre rassurer s'engager réassurer tranquilliser
    se_porter_garant
"""

_WARNING = """
    alarmer alerter avertir menacer prévenir redouter craindre s'alarmer
    s'inquiéter mettre_en_garde signaler_le_danger pronostiquer
"""

_ACCUSATION = """
    accuser attaquer blâmer condamner critiquer déplorer dénoncer épingler
    flétrir fustiger incriminer reprocher railler stigmatiser tacler vilipender
    s'indigner s'insurger protester se_plaindre mettre_en_cause s'en_prendre
    pointer_du_doigt charger étriller imputer qualifier_de s'élever_contre
"""


def _words(block: str) -> frozenset[str]:
    return frozenset(w.replace("_", " ") for w in block.split())


#: Infinitive (reflexive ones with their pronoun) → act prior.
VERBS = MappingProxyType(
    {
        **{w: "statement" for w in _words(_STATEMENT)},
        **{w: "demand" for w in _words(_DEMAND)},
        **{w: "denial" for w in _words(_DENIAL)},
        **{w: "assurance" for w in _words(_ASSURANCE)},
        **{w: "warning" for w in _words(_WARNING)},
        **{w: "accusation" for w in _words(_ACCUSATION)},
    }
)

#: Verbs of the list that are too often not about speech to count without a
#: complement clause or a quotation next to them (``faire``, ``lancer``…).
WEAK = frozenset(
    {
        "accorder",
        "apprendre",
        "attaquer",
        "calculer",
        "charger",
        "commander",
        "compter",
        "continuer",
        "croire",
        "deviner",
        "développer",
        "espérer",
        "exprimer",
        "faire",
        "juger",
        "lancer",
        "maintenir",
        "penser",
        "poursuivre",
        "pousser",
        "présenter",
        "prévoir",
        "proposer",
        "publier",
        "qualifier",
        "reprendre",
        "souhaiter",
        "supposer",
        "trancher",
        "écarter",
        "refuser",
        "repousser",
        "balayer",
        "considérer",
        "défendre",
        "parler",
        "estimer",
        "évaluer",
        "saluer",
        "relever",
        "regretter",
        "redouter",
        "craindre",
        "menacer",
        "louer",
        "manifester",
        "exclure",
        "montrer",
        "démontrer",
    }
)

#: Irregular verbs: infinitive → (forms the -er/-ir generator cannot produce).
IRREGULAR = MappingProxyType(
    {
        "dire": "dis dit disons dites disent disait disaient dira diront dirait diraient dirent dise disant dits",
        "contredire": "contredis contredit contredisons contredisez contredisent contredisait "
        "contredisant contredits contredite",
        "interdire": "interdis interdit interdisons interdisez interdisent interdisait interdisant interdite interdits",
        "prédire": "prédis prédit prédisent prédisait prédisant prédite",
        "écrire": "écris écrit écrivons écrivez écrivent écrivait écrivaient écrira écrirait "
        "écrivit écrivant écrite écrits",
        "décrire": "décris décrit décrivent décrivait décrivant décrite décrits",
        "promettre": "promets promet promettons promettent promettait promettra promettrait "
        "promit promettant promis promise promises",
        "admettre": "admets admet admettent admettait admettra admettrait admit admettant admis admise",
        "reconnaître": "reconnais reconnaît reconnait reconnaissons reconnaissent reconnaissait "
        "reconnaîtra reconnaîtrait reconnut reconnaissant reconnu reconnue reconnus",
        "soutenir": "soutiens soutient soutenons soutiennent soutenait soutiendra soutiendrait "
        "soutint soutenant soutenu soutenue soutenus",
        "maintenir": "maintiens maintient maintiennent maintenait maintiendra maintint maintenant maintenu maintenue",
        "prévenir": "préviens prévient préviennent prévenait préviendra préviendrait prévint "
        "prévenant prévenu prévenue prévenus",
        "convenir": "conviens convient conviennent convenait convint convenu convenue convenus convenues",
        "conclure": "conclus conclut concluent concluait conclura conclurait concluant conclu conclue",
        "poursuivre": "poursuis poursuit poursuivent poursuivait poursuivra poursuivit poursuivant "
        "poursuivi poursuivie",
        "répondre": "réponds répond répondons répondent répondait répondra répondrait répondit répondant répondu",
        "reprendre": "reprends reprend reprennent reprenait reprendra reprit reprenant repris",
        "apprendre": "apprends apprend apprennent apprenait apprendra apprit apprenant appris",
        "démentir": "démens dément démentons démentent démentait démentaient démentira "
        "démentirait démentit démentant démenti démentie démentis démenties",
        "croire": "crois croit croyons croient croyait croira croirait crut croyant cru",
        "prévoir": "prévois prévoit prévoient prévoyait prévoira prévit prévoyant prévu prévue",
        "craindre": "crains craint craignons craignent craignait craindra craindrait craignit craignant crainte",
        "requérir": "requiert requièrent requérait requis requise",
        "se plaindre": "plains plaint plaignent plaignait plaignit plaignant",
        "faire": "fait font faisait faisaient fera ferait fit faisant",
        "se défendre": "défends défend défendent défendait défendit défendant défendu",
        "s'en prendre": "prend prennent prenait prit prenant pris prise prises",
        "se souvenir": "souviens souvient souvenait souvenu",
        "disconvenir": "disconvient disconvenu",
        # the head of mettre en garde, en cause, en doute, en demeure
        "mettre": "met mettent mettait mit mettant mis",
        "sourire": "souris sourit sourient souriait sourira sourirait souriant souri",
        "asséner": "assène assènent",
        "compléter": "complète complètent",
        "se porter garant": "porte portent portait porté",
        "confesser": "",
    }
)

#: Second-group (-ir, -issons) verbs of the list: conjugated like finir.
SECOND_GROUP = frozenset({"avertir", "réagir", "se réjouir", "applaudir", "agir"})

#: The endings of a regular past participle, by the infinitive's ending (``-ir``: second group
#: only): a form the tagger reads as a participle without one is finite (``L'OMS avertit que``).
PAST_PARTICIPLE_ENDINGS = MappingProxyType({"er": ("é", "ée", "és", "ées"), "ir": ("i", "ie", "is", "ies")})

#: Prepositions that introduce a source: ``selon X, …``, ``d'après X``.
SOURCE_PREPOSITIONS = MappingProxyType(
    {
        "selon": "cue.selon",
        "d'après": "cue.dapres",
    }
)

#: Nouns after ``pour``/``selon`` that never name a source (``pour l'instant``).
NOT_SOURCES = frozenset(
    {
        "instant",
        "moment",
        "heure",
        "fois",
        "essentiel",
        "reste",
        "part",
        "cela",
        "ceci",
        "autant",
        "cause",
        "raison",
        "but",
        "exemple",
        "mémoire",
        "rappel",
        "principe",
        "lors",
        "cas",
        "année",
        "an",
        "mois",
        "semaine",
        "jour",
        "soir",
        "matin",
        "période",
        "première",
        "vraisemblance",  # "selon toute vraisemblance"
    }
)

#: Hearsay after ``selon``/``d'après`` (``selon la rumeur``, ``selon des rumeurs``): a claim that
#: circulates, whose source nobody names. Lemmas.
HEARSAY_NOUNS = frozenset({"rumeur", "on-dit", "ouï-dire"})

#: Customs, rules and timetables after ``selon`` (``selon la tradition``, ``selon l'usage``, ``selon
#: le règlement``, ``selon le calendrier``): no source speaks, what the text tells is a provision or
#: a schedule (nobody's statement, as ``le texte prévoit que``).
CUSTOMS = frozenset(
    {
        "coutume",
        "habitude",
        "protocole",
        "rite",
        "rituel",
        "tradition",
        "usage",
        "règlement",
        "règle",
        "calendrier",
        "échéancier",
        "planning",
        "horaire",
    }
)

#: Verbs that make a reporting verb a mere possibility (``pourront contester``).
MODALS = frozenset({"pouvoir", "devoir", "vouloir", "savoir", "falloir", "sembler", "paraître"})

#: Reflexive verbs that make the infinitive after them passive (``se verra demander de …``,
#: ``s'est vu reprocher …``): the subject is addressed, it does not speak.
PASSIVE_FRAMES = frozenset({"voir"})

#: Verbs of impersonal frames (``il convient de préciser que``, ``il importe de rappeler``,
#: ``il reste à démontrer que``): with the expletive ``il``, the infinitive after them is the
#: journalist's own voice, and the verb itself reports nothing. ``convier`` is how the
#: lemmatizer reads ``convient``.
#: Verbs whose compound past takes ``être`` in the active voice, which the parse reads as a passive:
#: ``les deux maires sont convenus de se revoir`` (they agreed; not ``il a été convenu que``).
ETRE_PAST_VERBS = frozenset({"convenir"})

IMPERSONAL_VERBS = frozenset({"convenir", "convier", "falloir", "importer", "rester", "suffire"})

#: Verbs of saying whose impersonal passive reports what someone unnamed said (``il a été annoncé
#: que …``, ``il a été précisé que …``): a statement whose source the sentence does not name; not
#: a decision or a provision (``il a été décidé que``, ``il est prévu que``: nobody's words).
IMPERSONAL_PASSIVE_REPORTS = frozenset(
    {"annoncer", "indiquer", "préciser", "confirmer", "affirmer", "déclarer", "expliquer", "souligner", "signaler"}
)

#: ``pour X, …`` and ``aux yeux de X`` introduce a source's view only before a comma.
VIEW_PREPOSITIONS = MappingProxyType(
    {
        "pour": "cue.pour",
        "aux yeux de": "cue.aux_yeux_de",
        "de l'avis de": "cue.avis_de",
        "de l'opinion de": "cue.avis_de",
        "à en croire": "cue.a_en_croire",
        "aux dires de": "cue.dires_de",
    }
)

#: Expressions whose verb is not itself a reporting verb.
EXPRESSIONS = MappingProxyType(
    {
        "faire savoir": "statement",
        "faire état": "statement",
        "faire part": "statement",
        "faire valoir": "statement",
        "faire remarquer": "statement",
        "faire grief": "accusation",
        "faire observer": "statement",
        "tenir à préciser": "statement",
        "peut-on lire": "statement",
        "peut-on entendre": "statement",
        "lit-on": "statement",
        "se dire": "statement",
    }
)

#: Nouns naming an utterance whose author is the speaker of its content:
#: ``dans un communiqué``, ``selon le communiqué``.
DOCUMENT_NOUNS = frozenset(
    {
        "annonce",
        "article",
        "bilan",
        "communiqué",
        "compte-rendu",
        "courrier",
        "déclaration",
        "dépêche",
        "discours",
        "document",
        "entretien",
        "étude",
        "interview",
        "lettre",
        "message",
        "note",
        "rapport",
        "sondage",
        "texte",
        "tweet",
        "enquête",
        "témoignage",
        "témoignages",
        "source",
        "sources",
        "information",  # "selon des informations du Monde"
        # what a body adopts or sends in wire copy: "la résolution condamne les violences", "selon
        # le mémorandum"
        "résolution",
        "mémorandum",
    }
)

#: Nouns of what someone said that a sentence right after a quotation takes it up with, to name
#: its speaker (``« … » Ces propos ont été tenus par X``, ``La phrase est de X``).
TAKE_UP_NOUNS = frozenset({"propos", "phrase", "mot", "parole", "formule", "déclaration", "confidence", "aveu"})

#: Verbs of uttering a sentence taking a quotation up may name its speaker with (``Ces propos ont été
#: tenus par X``, ``C'est ce qu'a affirmé X``); not those of judging, relaying or contesting it
#: (``critiqués par``, ``rapportés par``, ``C'est ce que conteste X``). Lemmas.
TAKE_UP_VERBS = frozenset(
    {
        "affirmer",
        "annoncer",
        "assurer",
        "confier",
        "déclarer",
        "dire",
        "écrire",
        "expliquer",
        "indiquer",
        "lancer",
        "lâcher",
        "marteler",
        "préciser",
        "prononcer",
        "raconter",
        "répéter",
        "résumer",
        "souligner",
        "tenir",
    }
)

#: The pronoun a sentence right after a quotation takes it up with before a relative clause whose
#: reporting verb names the speaker (``« … » C'est ce qu'a affirmé X``, ``Voilà ce qu'a dit X``).
TAKE_UP_PRONOUNS = frozenset({"ce"})

#: Polls, surveys, studies and reports: documents that speak for themselves, whose findings
#: are given as shares of the people asked (``63 % d'entre eux pensent que …``: the poll says
#: so, not the 63 %), taken up later as ``cette enquête``, ``ce même sondage``. Lemmas.
SURVEY_NOUNS = frozenset({"baromètre", "enquête", "étude", "rapport", "sondage"})

#: Participles by which a document appears in a publication (``un sondage paru dans le
#: quotidien Deseret News``): for a survey, the publication is its author. Lemmas.
PUBLISHING_VERBS = frozenset({"paraître", "publier"})

#: Figures and rankings: their author is the source when the phrase names one
#: (``selon les chiffres du ministère``, ``un classement établi par RSF``), else nobody is
#: (``selon les projections``). Lemmas.
FIGURE_NOUNS = frozenset(
    {
        "chiffre",
        "statistique",
        "donnée",
        "estimation",
        "projection",
        "prévision",
        "classement",
        "évaluation",
        "résultat",
        "recensement",
    }
)

#: Nouns that count the people named after them (``une centaine de médecins``, ``la majorité des
#: députés``): as a subject they are those people, who can be a source. Lemmas.
COUNTING_NOUNS = frozenset(
    {
        "centaine",
        "cinquantaine",
        "dizaine",
        "douzaine",
        "majorité",
        "millier",
        "minorité",
        "moitié",
        "nombre",
        "partie",
        "plupart",
        "poignée",
        "quarantaine",
        "soixantaine",
        "tiers",
        "trentaine",
        "vingtaine",
    }
)

#: Nouns for the informants of a source (``selon ses sources``): the possessor speaks. Lemmas.
INFORMANT_NOUNS = frozenset({"source", "information", "informateur"})


#: Words after which ``apprendre`` names who told (``a-t-on appris auprès des pompiers``, ``a-t-on
#: appris de source judiciaire``): what was learned there is that source's statement.
INFORMANT_PREPOSITIONS = frozenset({"auprès"})

#: Verbs that report only to an addressee (``a appris aux salariés que …``): without one they
#: say what the subject learned (``il apprend que sa maison a brûlé``, ``Nous apprenons le
#: mariage de …``), nobody's statement.
ADDRESSEE_ONLY_VERBS = frozenset({"apprendre"})

#: Verbs that make an infinitive after them causative, not reported (``faisant craindre``).
CAUSATIVES = frozenset({"faire", "laisser"})

#: Participles that make the agent after ``par`` a relay, not an author (``un communiqué cité par Belga``).
RELAY_VERBS = frozenset({"citer", "relayer", "reprendre", "rapporter"})

#: Nouns for news outlets that relay what others said (``selon l'AFP``).
RELAY_NOUNS = frozenset({"afp", "reuters", "belga", "ap", "associated press", "agence"})

#: Capitals the press writes without their accent: ``A en croire le maire`` is ``à en croire``.
UNACCENTED_CAPITALS = MappingProxyType({"A": "à"})

#: Nouns for an agency of any kind, and the words that make one a news agency (``l'agence de presse``).
AGENCY_NOUNS = frozenset({"agence"})
PRESS_WORDS = frozenset({"presse", "france-presse"})

#: Words after a comma that extend a reported noun phrase rather than open a new clause
#: (``constate une hausse des expulsions, notamment dans les quartiers nord``).
NP_CONTINUATIONS = frozenset(
    {
        "contre",
        "dont",
        "en particulier",
        "entre autres",
        "essentiellement",
        "notamment",
        "principalement",
        "soit",
        "surtout",
        "voire",
        "y compris",
    }
)

#: Conjunctions of cause after which a sentence-final source phrase (``…, selon une enquête``)
#: is about the clause they open, not the whole sentence.
CAUSAL_CONJUNCTIONS = ("car", "parce que", "parce qu'", "puisque", "puisqu'")

#: Verbs whose noun-phrase object is reported content (``a annoncé le retrait de …``).
NP_CONTENT = frozenset(
    {
        "annoncer",
        "confirmer",
        "contester",
        "condamner",
        "démentir",
        "dénoncer",
        "exiger",
        "nier",
        "réclamer",
        "revendiquer",
        "promettre",
        "demander",
        "réfuter",
        "mettre en doute",
        "minimiser",
        "rejeter",
        "déplorer",
        "fustiger",
        "critiquer",
        "révéler",
        "faire état",
        "accuser",
        "appeler",
        "saluer",
        "louer",
        # what a source finds, grants, fears or recommends: "a reconnu l'importance de cette lutte"
        "constater",
        "reconnaître",
        "admettre",
        "craindre",
        "noter",
        "souligner",
        "signaler",
        "indiquer",
        "évoquer",
        "regretter",
        "ordonner",
        "prôner",
        "préconiser",
        "proposer",
        "recommander",
        "pointer du doigt",
        # what a source says again ("a réaffirmé son soutien à la Grèce", "a réitéré ses menaces") or
        # fears like "craindre" ("les ONG redoutent une catastrophe humanitaire")
        "réaffirmer",
        "réitérer",
        "redouter",
        # what a source warns against: "a mis en garde contre toute intervention"
        "mettre en garde",
        "requérir",
        # what a source wishes: "le chancelier souhaite la nomination de X"
        "souhaiter",
        # what a study shows: "l'enquête montre une augmentation sensible" (documents only)
        "montrer",
        "démontrer",
        # what a source welcomes or complains of: "s'est félicité de la baisse du chômage" (a judgement;
        # "se réjouir de", like "exprimer sa joie", is a feeling)
        "se féliciter",
        "se plaindre",
        "s'indigner",
        # what a source worries about ("s'inquiète de la hausse de la dette", "s'alarme de l'afflux de
        # réfugiés"), like "s'indigner de", or doubts ("doutent de la capacité du pays à rembourser")
        "s'inquiéter",
        "s'alarmer",
        "douter",
    }
)

#: Verbs of NP_CONTENT whose content is introduced by their own ``de`` (``fait état de nouvelles
#: violences``, ``se plaint de graves nuisances``): before an adjective, the ``de`` of any other is
#: the object's plural indefinite article (``craignent de fortes gelées``). Lemmas.
DE_CONTENT_VERBS = frozenset(
    {"faire état", "se féliciter", "se plaindre", "s'indigner", "s'inquiéter", "s'alarmer", "douter", "accuser"}
)

#: Words that make ``… que`` a conjunction of time, cause, purpose or concession rather
#: than the complementizer of a reported clause (``dès qu'il a aperçu``, ``parce que``).
CONJUNCTIONS_WITH_QUE = frozenset(
    {
        "afin",
        "alors",
        "après",
        "aussitôt",
        "avant",
        "bien",
        "depuis",
        "dès",
        "encore",
        "maintenant",
        "parce",
        "pendant",
        "pour",
        "pourvu",
        "sans",
        "sitôt",
        "tandis",
    }
)

#: Verbs whose prepositional complement may be their content without being listed in
#: NP_CONTENT: ``appelle à la grève``, ``plaide pour un référendum``, ``menace de représailles``
#: (not ``a exclu à l'unanimité X``, ``souhaite à long terme …``).
PREPOSITIONAL_CONTENT = frozenset(
    {
        "appeler",
        "conjurer",
        "encourager",
        "enjoindre",
        "exhorter",
        "inciter",
        "inviter",
        "menacer",
        "militer",
        "plaider",
        "pousser",
        "presser",
        "prier",
        "sommer",
        "accuser",
        "soupçonner",
        # "s'est prononcé pour le maintien des troupes", "contre toute intervention"
        "se prononcer",
    }
)

#: Verbs that also hand down a court's sentence: with a penalty after ``à`` (``a condamné
#: l'automobiliste à six mois de prison``) the verb is a ruling, not a condemnation spoken
#: (``le maire a condamné les violences``). Lemmas.
SENTENCING_VERBS = frozenset({"condamner"})
#: What introduces the penalty, and the nouns of penalties (a number of months or euros is one
#: too, whatever its noun).
PENALTY_PREPOSITIONS = frozenset({"à", "au", "aux"})
PENALTY_NOUNS = frozenset(
    {
        "amende",
        "an",
        "année",
        "détention",
        "emprisonnement",
        "heure",
        "jour",
        "mois",
        "mort",
        "peine",
        "perpétuité",
        "prison",
        "réclusion",
        "sursis",
    }
)

#: Nouns of adverbial phrases after ``à``, never reported content nor part of a speaker's role:
#: ``à la rescousse``, ``à l'unanimité``, ``à long terme``; where and when a speaker spoke
#: (``a déclaré l'avocat à l'issue de l'audience``, ``au micro de RTL``, ``à la barre``,
#: ``en marge du sommet``).
ADVERBIAL_NOUNS = frozenset(
    {
        "antenne",
        "arrivée",
        "avance",
        "barre",
        "clôture",
        "cours",
        "départ",
        "fois",
        "issue",
        "lendemain",
        "marge",
        "micro",
        "occasion",
        "ouverture",
        "propos",
        "reprise",
        "reprises",
        "rescousse",
        "sortie",
        "terme",
        "tribune",
        "unanimité",
        "veille",
    }
)

#: Verbs that report only when a document is their subject (``l'enquête montre une hausse``,
#: ``l'étude démontre que …``; not ``le maire a montré le chemin``).
DOCUMENT_ONLY_VERBS = frozenset({"démontrer", "montrer"})

#: Verbs that also offer things (``l'association propose une soirée théâtre``), and the nouns
#: of what is offered (events, courses, services, products): with such an object the verb
#: announces an offer, not a proposal anyone stated.
OFFER_VERBS = frozenset({"proposer"})
OFFERED_NOUNS = frozenset(
    {
        "activité",
        "animation",
        "atelier",
        "bal",
        "balade",
        "buffet",
        "concert",
        "cours",
        "dégustation",
        "démonstration",
        "excursion",
        "exposition",
        "formation",
        "formule",
        "initiation",
        "jeu",
        "loto",
        "menu",
        "permanence",
        "projection",
        "randonnée",
        "repas",
        "séance",
        "séjour",
        "service",
        "soirée",
        "sortie",
        "spectacle",
        "stage",
        "tarif",
        "visite",
    }
)

#: Verbs that report a quotation (``« … », fait-il``) but never a que-clause: with one, they
#: are idioms (``il ne fait aucun doute que``, ``cela fait que``, ``fait en sorte que``).
QUOTATION_ONLY_VERBS = frozenset({"faire"})

#: Verbs of asking, whose indirect question may open with an interrogative word (``a demandé
#: pourquoi …``, ``s'interroge sur comment …``; ``lang.syntax.QUESTION_WORDS``).
ASKING_VERBS = frozenset({"demander", "interroger", "s'interroger", "se demander", "questionner"})

#: Nouns after which ``de`` (or ``à``) + infinitive is what the source wishes, intends, commits
#: to, refuses or threatens: ``a exprimé le vœu de s'attaquer au problème``, ``a réaffirmé sa
#: volonté de négocier``, ``a rappelé son engagement de baisser les impôts``, ``a confirmé son
#: refus de signer``.
WISH_NOUNS = frozenset(
    {
        "désir",
        "espoir",
        "intention",
        "souhait",
        "volonté",
        "vœu",
        "engagement",
        "promesse",
        "détermination",
        "décision",
        "refus",
        "menace",
    }
)

#: Nouns of an act whose prepositional complement is what the act is about, as the object of a
#: verb that utters it: ``a lancé un appel à la paix``, ``a réitéré son appel au calme``, ``ont
#: exprimé des doutes sur l'efficacité du vaccin``. Noun → the prepositions of its content.
ACT_NOUN_CONTENT = MappingProxyType(
    {
        "appel": frozenset({"à", "au", "aux", "pour"}),
        "avertissement": frozenset({"sur", "contre"}),
        "démenti": frozenset({"à", "au", "aux"}),
        "doute": frozenset({"sur"}),
        "mise en garde": frozenset({"sur", "contre"}),
        "réserve": frozenset({"sur"}),
    }
)

#: Support verbs that report only with the noun of an act as their object (``a donné
#: l'assurance que …``, ``a adressé une mise en garde à X contre …``, ``a émis des doutes sur
#: …``, ``a opposé un démenti à …``): verb → the act nouns (lemma, then the words that follow
#: it in a compound noun) → the act. The noun carries the act; its complement (que-clause,
#: ``de`` + infinitive, or a preposition of ``ACT_NOUN_CONTENT``) is the content. Not feelings
#: (``a exprimé sa colère``), not approvals (``a donné son accord``, ``son feu vert``).
SUPPORT_PHRASES = MappingProxyType(
    {
        "donner": MappingProxyType(
            {"assurance": "assurance", "garantie": "assurance", "ordre": "demand", "consigne": "demand"}
        ),
        "adresser": MappingProxyType(
            {"appel": "demand", "avertissement": "warning", "mise en garde": "warning", "ultimatum": "warning"}
        ),
        "émettre": MappingProxyType({"doute": "statement", "réserve": "statement", "avertissement": "warning"}),
        "opposer": MappingProxyType({"démenti": "denial"}),
        "apporter": MappingProxyType({"démenti": "denial", "garantie": "assurance"}),
        "prendre": MappingProxyType({"engagement": "assurance"}),
        # an assessment the source gives: "a dressé un bilan « plutôt positif » de la saison"
        "dresser": MappingProxyType({"bilan": "statement", "constat": "statement"}),
        "tirer": MappingProxyType({"bilan": "statement"}),
        "porter": MappingProxyType({"jugement": "statement"}),
        "faire": MappingProxyType({"bilan": "statement", "constat": "statement"}),
    }
)

#: Verbs of saying whose complement with one of these prepositions is no speech act
#: (``l'hôpital s'est engagé dans une « démarche qualité »``: it entered it, promised nothing).
NOT_SPEECH_PREPOSITIONS = MappingProxyType({"s'engager": frozenset({"dans"})})

#: The nouns of an assessment a support verb gives (``a dressé un bilan « plutôt positif » de la
#: saison``, ``a porté un jugement « sévère » sur …``): the quoted words that qualify the noun are
#: the source's judgement; what the assessment is of is no reported content.
ASSESSMENT_NOUNS = frozenset({"bilan", "constat", "jugement"})

#: The reporting verbs that utter the act such a noun names (``lancer un appel``, ``exprimer des
#: doutes``), unlike those that answer it (``rejetait les appels à un cessez-le-feu lancés par la
#: Turquie`` rejects the appeals: the noun phrase is the content).
ACT_UTTERING_VERBS = frozenset({"exprimer", "lancer", "réaffirmer", "réitérer", "répéter"})

#: Legal texts, whose provisions (``le texte prévoit que …``) are nobody's statement, and the
#: verbs that state a provision. An agreement between parties (``l'accord prévoit …``) is
#: its parties' commitment and is not listed.
LEGAL_TEXT_NOUNS = frozenset(
    {"alinéa", "amendement", "arrêté", "article", "circulaire", "code", "décret", "loi", "ordonnance", "texte"}
)
PROVISION_VERBS = frozenset({"disposer", "indiquer", "mentionner", "préciser", "prévoir", "stipuler"})

#: Adjectives of certainty that announce a claim after a colon: ``Le recensement est formel :
#: la France a gagné deux millions d'habitants``, ``Le maire est catégorique : …``.
COLON_STANCES = frozenset(
    {"affirmatif", "catégorique", "certain", "clair", "confiant", "convaincu", "formel", "persuadé", "sûr"}
)

#: Reflexive verbs that present the subject's stance with an adjective before a colon: what
#: follows is the subject's claim (``le directeur se veut rassurant : aucun licenciement …``,
#: ``le maire se montre optimiste : …``). Infinitives.
COLON_STANCE_VERBS = frozenset({"vouloir", "montrer", "dire", "déclarer"})

#: Nouns of what a source says or thinks, which as the subject of être say what it said: what
#: comes after ``que`` or after a colon is its content (``L'explication avancée par la direction
#: est que …``, ``Sa position est claire : …``, ``La conclusion du rapport est sans appel : …``).
#: Lemmas. Not feelings (``crainte``), not decisions (``verdict``).
UTTERANCE_NOUNS = frozenset(
    {
        "analyse",
        "argument",
        "avis",
        "conclusion",
        "constat",
        "credo",
        "diagnostic",
        "explication",
        "justification",
        "leitmotiv",
        "message",
        "position",
        "raisonnement",
        "réponse",
        "thèse",
        "version",
    }
)

#: Weak verbs whose object, quoted past an adverbial, is the subject's own words
#: (``a manifesté dans une lettre son « profond désaccord »``, ``a regretté après la rencontre
#: « un manque d'envie »``: a stance the subject takes); other weak verbs name what they launch
#: or present (``a lancé samedi une « opération séduction »``).
EXPRESSING_VERBS = frozenset(
    {"craindre", "exprimer", "louer", "manifester", "redouter", "regretter", "saluer", "souhaiter"}
)

#: Verbs that present or launch a thing they name: a verbless noun phrase quoted as their
#: object is the thing's name, not the subject's words (``a lancé un « plan climat »``,
#: ``a présenté son « pacte de confiance »``, ``a publié « Sous le ciel de Metz »``); not the
#: noun of an act (``a lancé un « appel au calme »``: a call).
PRESENTING_VERBS = frozenset({"dévoiler", "lancer", "présenter", "publier"})

#: Conjunctions that open another clause after a comma (``…, tandis que le porte-parole …``):
#: a reported clause run on to its end stops before them.
CLAUSE_CONJUNCTIONS = frozenset({"alors", "avant", "bien", "car", "lorsque", "mais", "or", "puis", "quand", "tandis"})

#: Feelings a source shares (``a fait part de sa colère``, ``a exprimé sa tristesse``): the
#: noun phrase they head is no reported content (docs/annotation.md: feelings with no
#: content). Stances are content and are not listed (désaccord, opposition, soutien).
FEELING_NOUNS = frozenset(
    {
        "admiration",
        "amertume",
        "angoisse",
        "colère",
        "condoléance",
        "condoléances",
        "consternation",
        "déception",
        "désarroi",
        "douleur",
        "émotion",
        "exaspération",
        "fierté",
        "gratitude",
        "indignation",
        "inquiétude",
        "joie",
        "lassitude",
        "peine",
        "préoccupation",
        "reconnaissance",
        "satisfaction",
        "soulagement",
        "stupeur",
        "sympathie",
        "tristesse",
        "émoi",
    }
)

#: Verbs of the lexicon whose bare infinitive is no reported content (any other reports it: ``a confié
#: avoir reçu des menaces``): a causative (``a fait construire``), an intention (``compte partir``).
NOT_BARE_INFINITIVE_CONTENT = frozenset({"faire", "compter", "laisser"})

#: Verbs whose infinitive complement (after à/de) is reported content.
INFINITIVE_CONTENT = frozenset(
    {
        # "s'est prononcé pour rétablir la peine", with its noun phrases (PREPOSITIONAL_CONTENT)
        "se prononcer",
        # "a indiqué avoir reçu des menaces", "a admis avoir menti"
        "indiquer",
        "admettre",
        "avouer",
        "certifier",
        "confirmer",
        "préciser",
        "soutenir",
        "prétendre",
        "appeler",
        "raconter",
        "reconnaître",
        "expliquer",
        "espérer",
        "exhorter",
        "mettre en demeure",
        "inviter",
        "inciter",
        "encourager",
        "demander",
        "exiger",
        "ordonner",
        "sommer",
        "enjoindre",
        "presser",
        "prier",
        "supplier",
        "menacer",
        "promettre",
        "s'engager",
        "jurer",
        "nier",
        "démentir",
        "accuser",
        "reprocher",
        "conseiller",
        "déconseiller",
        "recommander",
        "proposer",
        "suggérer",
        "interdire",
        "plaider",
        "assurer",
        "affirmer",
        "déclarer",
        "dire",
        "estimer",
        "refuser",
        "réclamer",
        "garantir",
        "concéder",
        "souhaiter",
        "faire grief",
        "craindre",
        "redouter",
        "se féliciter",
        "se plaindre",
        # "a annoncé vouloir céder ses activités", "annonce avoir signé"
        "annoncer",
        # what parties agree to do: "les deux pays ont convenu de reprendre leurs pourparlers" (not the
        # impersonal "il convient de …", IMPERSONAL_VERBS)
        "convenir",
    }
)

#: Verbs of asking whose infinitive of purpose (after ``pour``, ``afin de``) is what is asked:
#: ``a sollicité Pékin afin d'obtenir la libération des otages``, ``a insisté pour rencontrer les
#: rebelles``, ``plaident pour ouvrir un couloir`` (not ``a appelé les pompiers pour éteindre le
#: feu``: a call on the phone). The markers are ``lang.syntax.PURPOSE_MARKERS``.
PURPOSE_CONTENT = frozenset({"insister", "militer", "plaider", "solliciter"})

#: Past participles of judgement that quote the source in play when they have no
#: agent: ``une situation jugée « de plus en plus complexe »``.
JUDGEMENT_PARTICIPLES = frozenset({"juger", "qualifier", "estimer", "considérer", "décrire", "dépeindre"})

#: Verbs that give their object an attribute (``juge ce programme « irréaliste »``, ``trouve
#: cette décision « injuste »``): quoted words after the object are the source's judgement of
#: it, not its name. Infinitives.
ATTRIBUTING_VERBS = frozenset({"juger", "trouver", "estimer", "considérer", "qualifier"})
#: Verbs of judgement that report their object with its attribute (``a jugé ce blocage irresponsable``);
#: not ``trouver`` (``ont trouvé la victime inconsciente``: a finding).
JUDGING_VERBS = frozenset({"juger", "estimer", "considérer", "qualifier"})

#: Verbs whose ``à``-complement names the addressee, not the content
#: (``demande au gouvernement des mesures``; but ``appelle à la grève``).
ADDRESSEE_VERBS = frozenset(
    {
        "annoncer",
        "conseiller",
        "déconseiller",
        "confirmer",
        "déclarer",
        "demander",
        "dire",
        "exiger",
        "interdire",
        "ordonner",
        "promettre",
        "proposer",
        "recommander",
        "réclamer",
        "reprocher",
        "suggérer",
    }
)

#: Verbs whose direct object is the addressee and whose ``à``/``de`` complement is the
#: content (``appelle les parties à la retenue``, ``exhorte Paris à agir``).
OBJECT_ADDRESSEE_VERBS = frozenset(
    {
        "appeler",
        "conjurer",
        "encourager",
        "enjoindre",
        "exhorter",
        "mettre en demeure",
        "inciter",
        "inviter",
        "presser",
        "prier",
        "pousser",
        "sommer",
        # the object is the one accused, the content what he is accused of: "accuse l'armée d'avoir
        # tué des civils", "accuse le maire de favoritisme"
        "accuser",
        "soupçonner",
    }
)

#: Verbs of denial that, negated, assert what they would deny (a litotes): ``n'a pas exclu de
#: se représenter``, ``n'écarte pas une hausse``, ``ne nie pas avoir menti`` say it may be or is so.
NEGATED_ASSERTIONS = frozenset({"exclure", "écarter", "nier"})

#: Refusals to speak: what follows them was not said (bounded patterns over the text).
REFUSALS = (
    r"\bn['’](?:a|ont|avait|avaient) pas (?:voulu|souhaité|pu) (?:dire|préciser|indiquer|confirmer|commenter)\b",
    r"\b(?:a|ont) refusé de (?:dire|préciser|indiquer|confirmer|commenter)\b",
    r"\bsans (?:dire|préciser|indiquer|confirmer)\b",
)

#: First-person words: a quoted fragment that holds one is somebody's own words.
FIRST_PERSON = frozenset(
    w.replace("'", a) for w in ("je", "j'", "nous", "me", "m'", "moi", "notre", "nos", "mon", "ma", "mes") for a in "'’"
)

#: Verbs that put a figure on something: ``estime à 75 000 le nombre d'emplois menacés``.
ESTIMATE_VERBS = frozenset({"estimer", "évaluer", "chiffrer"})

#: Words between ``à`` and the figure (``évalue à près de 2 milliards le coût``), as token sequences.
APPROXIMATORS = (("près", "de"), ("plus", "de"), ("moins", "de"), ("environ",), ("quelque",), ("au", "moins"))

#: Conjunctions of a comment clause whose verb reports the clause before it
#: (``… comme le précise l'ambassadeur``, ``… ainsi que l'a indiqué le ministère``).
COMMENT_CONJUNCTIONS = (("comme",), ("ainsi", "que"), ("tel", "que"), ("telle", "que"))

#: Verbs of a wish that, in a comment clause, share a view rather than report the clause before
#: it: in ``plaide pour « une réforme fiscale » comme le souhaite X`` the words are the main
#: clause's source's, X only wants the same thing (``comme le précise X`` does report them).
SHARED_VIEW_VERBS = frozenset({"souhaiter", "vouloir", "espérer", "désirer", "prôner"})

#: Nouns of compound prepositions that name the target of an act, like ``contre``
#: (``a requis à l'encontre du prévenu « … »``, ``a pris des mesures à l'égard des fraudeurs``).
TARGET_NOUNS = frozenset({"encontre", "égard"})

#: Verbs whose ``contre`` complement is what they report (``a mis en garde contre toute intervention``).
AGAINST_VERBS = frozenset({"mettre en garde", "s'élever contre", "se prononcer"})

#: Verbs whose ``pour`` complement (a noun phrase, or ``pour que`` + clause) is what they report:
#: ``plaide pour une réforme``, ``s'est prononcé pour le maintien``, ``insiste pour que …``.
FOR_VERBS = frozenset({"insister", "militer", "plaider", "se prononcer"})
#: The preposition of FOR_VERBS.
FOR = "pour"

#: Verbs of judgment that take an object and its attribute (``une hausse qu'elle juge nécessaire``):
#: after one, an adjective says the ``que`` before is a relative, their object.
ATTRIBUTE_VERBS = frozenset({"juger", "estimer", "trouver", "considérer", "croire", "qualifier", "dire"})

#: Reflexive verbs that report a stance with an adjective (``s'est dit favorable à …``).
STANCE_VERBS = frozenset({"dire", "déclarer", "montrer", "affirmer", "prononcer"})
#: Adjectives of feeling after a stance verb (``s'est dit heureux de la victoire``, ``s'est dite
#: fière de ses joueurs``): a noun after ``de`` is the feeling's cause, no content, as ``se réjouir
#: de``; a que-clause or an infinitive after them is still reported. Not worry (``inquiet de la
#: fermeture``, as ``s'inquiéter de``: what is feared is content, NP_CONTENT).
FEELING_ADJECTIVES = frozenset(
    """
    attristé triste peiné chagriné bouleversé ému heureux ravi fier honoré touché surpris étonné
    stupéfait effondré meurtri soulagé enchanté passionné déçu choqué navré désolé
    """.split()
)
#: The endings a participle or adjective of feeling agrees with (``déçue``, ``surpris``, ``passionnées``).
AGREEMENT_ENDINGS = ("", "e", "s", "es")
#: Every agreed form of the words of feeling (over-generated: ``surpriss`` is harmless, it is only
#: looked up).
FEELING_FORMS = frozenset(word + ending for word in FEELING_ADJECTIVES for ending in AGREEMENT_ENDINGS)
#: Words that introduce what a stance is about (``favorable à un référendum``, ``prêt à négocier``,
#: ``convaincu que …``, ``confiant dans la capacité de …``, ``optimiste sur l'issue …``); not ``par``:
#: ``préoccupé par la situation`` is a feeling and its cause.
STANCE_ABOUT = frozenset({"à", "au", "aux", "de", "d'", "d’", "que", "qu'", "qu’", "dans", "en", "sur"})

# Words that may stand beside a quotation that is the whole reported content: determiners
# (possessive ones too: ``manifeste son « profond désaccord »``),
# prepositions, conjunctions and subject pronouns (``a estimé qu'elle « ne tiendra pas »``,
# ``l'a accusé de « tentative de coup d'État »``): the quotation alone is then the item
# (ANNOTATION.md §1, one statement, one item).
QUOTATION_GLUE = frozenset(
    """
    un une le la les l de d du des à au aux qu que et si
    il elle ils elles on je j nous vous tu ce c cela ça y en
    son sa ses leur leurs notre nos votre vos mon ma mes
    """.split()
)

#: Determiners of totality: a verb of denial with such an object dismisses what it names
#: (``a exclu toute hausse``, ``a écarté toute idée de grève``).
TOTALITY_DETERMINERS = frozenset({"tout"})
#: Verbs of denial that as often refuse an act as a proposal (``a refusé toute interview``):
#: their object is no dismissed content.
REFUSING_VERBS = frozenset({"refuser", "repousser"})

#: Words that put a noun phrase on stage as the topic the next clause is about
#: (``Quant au maire, il estime …``): what a pronoun then takes up.
TOPIC_MARKERS = frozenset({"quant"})

# The triage mode (triage.py) reads words, not a parse: the little words it steps over.
#: Determiners before a role or an institution noun (``le maire``, ``la direction``).
TRIAGE_DETERMINERS = frozenset({"le", "la", "les", "l'", "un", "une", "son", "sa", "leur"})
#: Auxiliaries of a reporting verb's compound forms (``a déclaré``, ``s'est dit``).
TRIAGE_AUXILIARIES = frozenset(
    {"a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "s'est", "se", "s'"}
)
#: What introduces a reported clause after the verb.
TRIAGE_THAT = frozenset({"que", "qu'"})
#: Words opening a sentence that gives a source's view before a comma (``Selon X, « … »``).
TRIAGE_SOURCE_OPENERS = frozenset({"selon", "d'après", "pour"})

#: Weak verbs of wish, fear and regret whose noun-phrase object is what the subject wants, fears or
#: regrets whoever the subject is, a pronoun included (``Il souhaite l'installation d'un feu``,
#: ``Elle redoute la fermeture du service``); not ``saluer`` (``Il salue le public``). Lemmas.
STANCE_OBJECT_VERBS = frozenset({"craindre", "redouter", "regretter", "souhaiter"})

#: Verbs of wishing that, with someone the wish is addressed to, utter a courtesy, not a view
#: (``a souhaité la bienvenue aux nouveaux habitants``, ``leur souhaite bonne chance``); without one
#: their object is what the subject wants (``souhaite l'installation d'un feu``). Lemmas.
GREETING_VERBS = frozenset({"souhaiter"})

#: Endings of a first-group verb (``-er``) added to its stem, every tense and person, participles
#: and infinitive included; over-generation is harmless (forms are looked up, never written).
FIRST_GROUP_ENDINGS = tuple(
    "e es ons ez ent ais ait ions iez aient ai as a âmes âtes èrent erai eras era erons "
    "erez eront erais erait erions eriez eraient é ée és ées ant er asse asses ât assions assiez assent".split()
)
#: Endings of a second-group verb (``-ir``, ``finissons``) added to its stem.
SECOND_GROUP_ENDINGS = tuple(
    "is it issons issez issent issais issait issions issiez issaient îmes îtes irent irai "
    "iras ira irons irez iront irais irait irions iriez iraient i ie ies issant ir".split()
)
