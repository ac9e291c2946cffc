"""Content signals of each speech act, and how much to trust each kind of decision, as data.

Each content rule is a regular expression over the content of a speech item
(apostrophes folded to ``'``, matched case-insensitively), with a stable rule id
and a weight: the content votes, the cue verb gives the prior (``cues.VERBS``).
For a partial quotation the words between its cue verb and the quotation (``a
appelé les parties « à … »``, ``s'est dit déterminé à « … »``) are read with it:
they are how the journalist reports the act. Patterns are anchored on word
boundaries and every repetition is bounded, so they stay linear on any input.

Sources: ANNOTATION.md §3 (the cues and contents it lists), French usage of
political and institutional speech (performatives in the first person, deontic
modals and adjectives, concessive rejections, negated warnings), and the errors
seen on the seed and development articles; each rule states the usage it stands
for, not a sentence it was fitted to.
"""

from __future__ import annotations

from types import MappingProxyType

# Building blocks (patterns only; no logic).
_W = r"[\w'-]{1,30}"  # one word, elided articles included (l'ensemble)
_GAP = rf"(?:{_W}\s+){{0,4}}?"  # up to four words
_NEG = r"(?:pas|jamais|aucunement|nullement|point|plus)"
_INF = r"[\w-]{2,30}(?:er|ir|re|oir)"  # an infinitive
_PP = r"[\w-]{2,30}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|te|tes|it|ite|its)"  # a past participle
# Infinitives after ``devoir`` that schedule or predict rather than oblige (``doit se tenir lundi``).
_SCHEDULE = (
    r"(?:se\s+tenir|avoir\s+lieu|se\s+dérouler|durer|arriver|intervenir|commencer|débuter|"
    r"s'achever|se\s+terminer|s'ouvrir|ouvrir|atteindre|coûter|s'élever|se\s+rendre|rencontrer|recevoir|"
    r"s'exprimer|annoncer|présenter|visiter|partir|rentrer|quitter|participer|prononcer|être\s+(?:présentée?s?|publiée?s?|"
    r"inaugurée?s?|livrée?s?|achevée?s?|examinée?s?|votée?s?|rendue?s?|connue?s?|signée?s?))"
)

# Infinitives after ``devoir`` that say what something is for or will lead to (``devait permettre
# de``, ``doit conduire à``): a purpose or a prediction, not an obligation.
_OUTCOME = r"(?:permettre|aboutir|conduire|mener|entraîner|servir|favoriser|contribuer|déboucher|marquer)"

#: Set phrases of blame: the speaker says someone wronged others without a word of blame in
#: the lexicon (``ils ont fermé les yeux``, ``on nous prend pour des imbéciles``, ``une décision
#: prise en catimini``). Regular-expression fragments over the content (verbs by their stem, so
#: every tense matches); from the figures of speech of political, union and local-news speech.
BLAME_IDIOMS = (
    r"ferm\w{0,5}\s+les\s+yeux",
    r"laiss\w{0,5}\s+pourrir",
    r"pren\w{0,5}\s+(?:pour|pris\s+pour)\s+des\s+(?:imbéciles|idiots|cons|pigeons|gogos|vaches\s+à\s+lait)",
    r"pris\s+pour\s+des\s+(?:imbéciles|idiots|cons|pigeons|gogos|vaches\s+à\s+lait)",
    r"en\s+catimini",
    r"poudre\s+aux\s+yeux",
    r"deux\s+poids,?\s+deux\s+mesures",
    r"(?:se\s+)?moqu\w{0,5}\s+du\s+monde",
    r"men\w{0,5}\s+en\s+bateau",
    r"roul\w{0,5}\s+dans\s+la\s+farine",
    r"variable\s+d'ajustement",
    r"sourde\s+oreille",
    r"voil\w{0,5}\s+la\s+face",
    r"bott\w{0,5}\s+en\s+touche",
    r"pass\w{0,5}\s+en\s+force",
    r"effets?\s+d'annonce",
    r"sur\s+l'autel\s+de",
    r"jou\w{0,5}\s+avec\s+(?:la\s+santé|la\s+vie|le\s+feu|l'avenir)",
    r"monde\s+parallèle",
    r"hors\s+sol",
    r"point\w{0,5}\s+(?:du\s+doigt|la\s+responsabilité)",
    r"t(?:ien|en)\w{0,5}\s+(?:[\w'-]+\s+){0,5}?pour\s+(?:seule?s?\s+)?responsables?",
    # giving way to interests (``a cédé aux lobbies``, ``cède devant les pressions``)
    r"c[éè]d\w{0,5}\s+(?:aux|devant\s+les)\s+(?:lobbies|lobbys|lobbyistes|pressions|groupes\s+de\s+pression)",
)
#: Set phrases of danger ahead: ``on va droit dans le mur``, ``au bord du gouffre``, ``une bombe à
#: retardement``; same form and sources as ``BLAME_IDIOMS``.
RISK_IDIOMS = (
    r"dans\s+le\s+mur",
    r"au\s+bord\s+(?:du\s+gouffre|du\s+précipice|de\s+l'(?:implosion|explosion|asphyxie)|de\s+la\s+(?:rupture|faillite|"
    r"catastrophe|crise))",
    r"bombes?\s+à\s+retardement",
    r"point\s+de\s+non-retour",
    r"cote\s+d'alerte",
    r"sonnette\s+d'alarme",
    r"à\s+bout\s+de\s+souffle",
    r"en\s+train\s+de\s+(?:mourir|disparaître|s'effondrer|couler|sombrer)",
    r"poudrière",
    r"épée\s+de\s+damoclès",
    r"à\s+la\s+rue",
    # the worst ahead, a risk spelt out, too late, lives at stake, a critical level
    r"le\s+pire\s+(?:est|reste)\s+(?:devant\s+nous|à\s+venir|à\s+craindre)",
    r"craindre\s+le\s+pire",
    r"(?:sera|serait|soit|sera\s+bientôt)\s+trop\s+tard",
    r"coûter\s+(?:des|la|de\s+nombreuses|plusieurs)\s+vies?",
    r"vies?\s+(?:humaines\s+)?(?:sont|est|seront|seraient)\s+en\s+jeu",
    r"(?:niveau|situation|seuil|stade|état)\s+critique",
    # a price to be paid later (``nos enfants paieront la facture``, ``les usagers en paieront le prix``); the
    # future only: a price paid is recalled (``ils ont payé le prix fort``)
    r"pai(?:eront|era|erons|erez|erait|eraient|ront|ra)\s+(?:(?:très\s+|bien\s+)?cher\s+)?(?:la\s+facture|"
    r"le\s+prix|les\s+pots\s+cassés|l'addition)",
    # people foretold to bear the harm (``les familles seront les premières victimes de``, ``subiront de plein
    # fouet``, ``feront les frais de``); the future only: a harm borne is recalled (``ont subi``)
    r"(?:seront|sera)\s+(?:les\s+|la\s+|le\s+)?(?:premières?\s+|principales?\s+|grandes?\s+)?victimes?",
    r"subir(?:a|ont|ait|aient)\s+(?:de\s+plein\s+fouet|les\s+conséquences|les\s+effets|le\s+contrecoup)",
    r"f(?:eront|era|eraient|erait)\s+les\s+frais",
    # a toll foretold (``cela fera des victimes``, ``va faire des milliers de morts``, ``fera des ravages``)
    r"f(?:era|eront|erait|eraient|aire)\s+(?:encore\s+|d'autres\s+)?(?:des|de\s+nombreuses|de\s+nombreux)\s+"
    r"(?:(?:milliers|centaines|dizaines)\s+de\s+)?(?:victimes|morts|blessés|ravages|dégâts)",
)

#: What people demand by naming it as the object of a wish or of a due (``nous voulons des moyens``,
#: ``nous attendons des réponses``, ``les salariés méritent une augmentation``): means, answers, acts,
#: redress. A wish for anything else is no call on anyone (``nous voulons un beau spectacle``).
DEMANDED_NOUNS = (
    r"moyens",
    r"réponses?",
    r"actes",
    r"mesures",
    r"gestes?",
    r"explications?",
    r"excuses",
    r"engagements?",
    r"garanties?",
    r"effectifs",
    r"postes",
    r"renforts?",
    r"augmentations?",
    r"primes?",
    r"revalorisations?",
    r"hausses?\s+de\s+salaires?",
    r"transparence",
    r"vérité",
    r"justice",
    r"reconnaissance",
    r"considération",
    r"aides?",
    r"soutien",
    r"financements?",
    r"investissements?",
    r"indemnisations?",
    r"compensations?",
    r"solutions?",
    r"(?:vrai|véritable|réel)\s+dialogue",
    r"concertation",
)
#: Virtues of conduct whose absence, said of someone, blames him (``il n'a aucun respect pour``, ``ce
#: ministre n'a pas de parole``, ``ils manquent de courage``).
VIRTUE_NOUNS = (
    r"respect",
    r"considération",
    r"égards?",
    r"scrupules?",
    r"courage",
    r"compassion",
    r"empathie",
    r"humanité",
    r"décence",
    r"dignité",
    r"honneur",
    r"parole",
    r"cohérence",
    r"vision",
    r"cap",
    r"loyauté",
    r"honnêteté",
    r"sens\s+des\s+responsabilités",
    r"sens\s+de\s+l'état",
    r"volonté\s+politique",
)
#: Adjectives that, said of a report or a claim as its attribute, call it false beside ``faux`` (``cette
#: information est erronée``, ``ces chiffres sont fantaisistes``); as an epithet they may only describe a
#: faulty reading (``les informations erronées fournies par la sonde``), which denies nothing.
FALSITY_ADJECTIVES = (
    r"erroné(?:e|s|es)?",
    r"inexacte?s?",
    r"mensong(?:er|ère|ers|ères)",
    r"fantaisistes?",
)
#: Nouns that call what was said false wherever they stand (``ce sont des contre-vérités``, ``une pure invention``).
FALSITY_NOUNS = (
    r"contre-vérités?",
    r"affabulations?",
    r"pure\s+invention",
    r"pures\s+inventions",
    r"fake\s+news",
)


def any_of(fragments: tuple[str, ...]) -> str:
    """One pattern matching any of ``fragments`` as whole words."""
    return r"\b(?:" + "|".join(fragments) + r")\b"


_any = any_of


#: Forms of the verbs of claiming by which a claim in play is denied as nobody's (``personne n'a dit que``).
CLAIM_FORMS = (
    r"dit",
    r"dites",
    r"disent",
    r"disait",
    r"parl(?:e|ent|ez|é|ait)",
    r"prétend(?:u|ent|ez|ait)?",
    r"affirm(?:e|ent|ez|é|ait)",
    r"soutien(?:t|nent)|soutenez|soutenu",
    r"laiss(?:e|ent|ez|é|ait)\s+entendre",
)
#: Infinitives of harm done to others that, as what a measure amounts to, warn (``fermer cette ligne, c'est
#: condamner la vallée``, ``cela reviendrait à priver les familles de``); multi-word ones as fragments.
HARMFUL_INFINITIVES = (
    r"condamner",
    r"priver",
    r"sacrifier",
    r"tuer",
    r"détruire",
    r"ruiner",
    r"fragiliser",
    r"affaiblir",
    r"pénaliser",
    r"appauvrir",
    r"brader",
    r"démanteler",
    r"saborder",
    r"asphyxier",
    r"étrangler",
    r"enterrer",
    r"menacer",
    r"mettre\s+en\s+(?:danger|péril)",
    r"laisser\s+(?:[\w'-]{1,20}\s+){1,6}?sans\b",
)
#: Adverbs by which an equation of two acts says the second follows of itself (``c'est automatiquement ouvrir
#: la porte à …``): the first step of a slope.
AUTOMATIC_ADVERBS = (r"automatiquement", r"mécaniquement", r"forcément", r"nécessairement", r"inévitablement")
#: Infinitives by which the second act of an equation opens the way to more (``c'est forcément ouvrir la porte
#: à …``): the slope's first step; not ``ouvrir la voie`` or ``le droit``, as often a good (``ouvrir le droit
#: aux aides``).
SLOPE_INFINITIVES = (r"ouvrir\s+(?:la\s+porte|une\s+brèche)\s+(?:à|au|aux)",)

#: (rule id, act, weight, pattern). Order is irrelevant: all matching rules vote.
CONTENT_RULES: tuple[tuple[str, str, float, str], ...] = (
    # --- demand: calls, requirements, obligations, imperatives -----------------------------
    # "appeler X à", "nous appelons à", "lancer un appel à": a call is a demand
    (
        "act.demand.appeler",
        "demand",
        2.0,
        rf"\b(?:appel(?:ons|le|les|lent|ait|aient|ant|é|ée|és|er|era|erons|ez)|appelle)\s+{_GAP}(?:à|au|aux)\b"
        rf"|\blan[cç]\w{{0,4}}\s+(?:un|des|notre|mon)\s+appels?\b",
    ),
    # "il faut", except the discourse formulas "il faut dire/savoir/reconnaître que" and the expectations
    # "il faut craindre/redouter/s'attendre à" (a forecast, a warning when what is feared is a harm); the imperfect
    # "il fallait" of reported speech is the reported "il faut" (``a répondu qu'il fallait annuler``)
    (
        "act.demand.il_faut",
        "demand",
        1.5,
        r"\bil\s+(?:faut|faudrait|faudra|fallait)\b(?!\s+(?:bien\s+)?(?:l'|le\s+)?(?:dire|savoir|noter|souligner|reconna[iî]tre"
        r"|rappeler|préciser|avouer|admettre|constater|croire|espérer|comprendre|bien\s+dire"
        r"|craindre|redouter|s'attendre)\b)"
        # a need measured in time, not a call (``il faut compter deux heures``, ``il faudrait trois ans pour``,
        # ``il faut encore du temps``)
        r"(?!\s+(?:compter\b|(?:au\s+moins\s+|environ\s+|plus\s+de\s+|près\s+de\s+)?[\w-]{1,12}\s+"
        r"(?:ans|années|mois|semaines|jours|heures|minutes|siècles|décennies)\b"
        r"|(?:encore\s+|aussi\s+|toujours\s+|un\s+peu\s+)?du\s+temps\b))",
    ),
    # deontic "devoir" + infinitive or passive (``doit montrer``, ``doit être combattue``),
    # except scheduling and prediction (``doit se tenir lundi``)
    (
        "act.demand.devoir",
        "demand",
        1.5,
        rf"\b(?:doit|doivent|devons|devez)\s+"
        rf"(?:(?:absolument|impérativement|désormais|maintenant|aussi|également|donc|enfin|d'abord|toujours)\s+)?"
        rf"(?!{_SCHEDULE}\b)(?:être\s+{_PP}|(?!être\b){_INF})\b",
    ),
    # the imperfect of devoir in reported speech is the reported present (``a indiqué que le
    # gouvernement devait être dirigé par …`` reports ``doit``), with the same exceptions
    (
        "act.demand.devait",
        "demand",
        1.5,
        rf"\b(?:devait|devaient)\s+(?:(?:absolument|impérativement|désormais|donc)\s+)?"
        rf"(?!(?:{_SCHEDULE}|{_OUTCOME})\b)(?:être\s+{_PP}|(?!être\b){_INF})\b",
    ),
    # the conditional and the future of devoir often predict (``devrait atteindre 2 %``, ``il devra
    # trouver 7 milliards``): they only support
    (
        "act.demand.devrait",
        "demand",
        0.8,
        rf"\b(?:devrait|devraient|devrions|devriez|devra|devront|devrons|devrez)\s+(?!{_SCHEDULE}\b){_INF}\b",
    ),
    # first-person performatives of demand
    (
        "act.demand.exiger",
        "demand",
        2.0,
        r"\b(?:nous|je|j')\s+(?:\w+\s+){0,2}?(?:exige|réclam|demand|exhort|press|implor|suppli)\w{0,6}"
        r"|\b(?:exigeons|réclamons|demandons|exhortons|pressons|sommons)\b|\bà\s+presser\b",
    ),
    # imperatives (second person plural, or first plural with a pronoun) opening a sentence
    (
        "act.demand.imperative",
        "demand",
        1.5,
        r"(?:^|[.!?]\s{1,3})(?:arrêtez|cessez|venez|votez|laissez|libérez|respectez|agissez|faites|prenez|écoutez|"
        r"imaginez|regardez|allez|mobilisez|rejoignez|soutenez|protégez|sauvez|réveillez|levez|unissez|rendez|"
        r"donnez|dites|sachez|soyez|ayez|aidez|ouvrez|attendez|comprenez|\w{2,20}ons-(?:nous|y|le|la|les))\b"
        r"(?!-?\s{0,2}vous\b)(?![^.!?]{0,200}\?)",  # not a question (``Allons-nous vers … ?``, ``Faites-vous … ?``)
    ),
    ("act.demand.cesser", "demand", 1.0, r"\b(?:cesser|arrêt immédiat|cessez-le-feu immédiat|s'abstenir)\b"),
    # "il est (encore, grand) temps de", "l'heure est venue (, mes chers collègues,) de": the moment to act is now
    (
        "act.demand.il_est_temps",
        "demand",
        1.5,
        r"\bil est (?:(?:encore|grand|bien|plus que|désormais|maintenant)\s+){0,2}temps\b|\bl'heure est venue(?:,[^,.!?]{1,60},)?\s+de\b",
    ),
    # a noun of necessity and the action it calls for: "l'impératif de créer", "la nécessité
    # absolue de réformer", "l'urgence de agir"
    (
        "act.demand.necessity",
        "demand",
        1.5,
        rf"\b(?:impératif|nécessité|urgence|obligation)\s+(?:(?:absolue|impérieuse|vitale)\s+)?(?:de|d')\s*"
        rf"(?!(?:la|le|les|l'|du|des|ce|cette|son|sa|ses|leur|leurs)\b){_INF}\b",
    ),
    # a verbless slogan of demand opening a sentence: "Non à la fermeture !", "Halte au gaspillage"
    (
        "act.demand.slogan",
        "demand",
        1.5,
        r"(?:^|[.!?:]\s{1,3})(?:non|halte|stop|assez)\s+(?:à|au|aux|de|d')|(?:^|[.!?:]\s{1,3})à bas\b",
    ),
    # a question that urges: "Pourquoi ne pas rouvrir … ?", "Qu'attendez-vous pour agir ?", "Quand
    # cesserez-vous … ?" (a question put to the hearer about what he will do)
    (
        "act.demand.question",
        "demand",
        1.5,
        rf"\bpourquoi\s+ne\s+pas\s+(?:\w{{1,10}}\s+)?{_INF}\b"
        rf"|\bqu'attend\w{{0,4}}(?:-t)?(?:-\w{{1,5}})?\s+(?:{_W}\s+){{0,4}}?pour\s+(?:{_W}\s+){{0,2}}?{_INF}\b"
        r"|\bquand\s+(?:donc\s+)?(?:allez|\w{2,20}rez|comptez)-vous\b",
    ),
    # deontic adjectives and impersonals: "X est primordial/indispensable", "il convient de" (= il faut)
    (
        "act.demand.normative",
        "demand",
        1.5,
        r"\b(?:est|sont|était|étaient|serait|seraient|reste|restent|demeure|devient)\s+"
        # not a need denied (``il n'est pas nécessaire de réserver``)
        r"(?:(?!(?:pas|plus|jamais|guère|nullement|aucunement)\b)\w{1,15}\s+)?"
        r"(?:nécessaires?|indispensables?|impérati(?:f|fs|ve|ves)|urgente?s?|essentiel(?:le)?s?|"
        r"primordia(?:l|le|ux|les)|impérieu(?:x|se|ses))\b|\bil\s+(?:importe|convient)\s+de\b|\bs'impos(?:e|ent)\b",
    ),
    # a duty laid on someone, or the one way out: "il nous appartient de", "il vous revient de", "nous
    # n'avons pas le droit de", "la seule solution, c'est de", "il y a une seule manière de …, c'est que"
    (
        "act.demand.duty",
        "demand",
        1.5,
        r"\bil\s+(?:nous|vous|leur|lui|m'|me|t'|te)\s*(?:appartient|revient|incombe)\s+de\b"
        r"|\b(?:n'avons|n'avez|n'ont|n'a)\s+pas\s+le\s+droit\s+de\b"
        r"|\b(?:seul(?:e|es)?\s+(?:façon|manière|solution|issue|voie|moyen|réponse)|une\s+seule\s+(?:façon|manière|"
        r"solution|issue|voie|réponse))\b[^.!?]{0,80}?\bc'est\s+(?:de|d'|que|qu')",
    ),
    # first-person requests besides those above: "je vous invite à", "je convie X à", "je vous prie de", "nous
    # vous conjurons de", and "en appeler à" however far its complement ("j'en appelle, …, aux forces")
    (
        "act.demand.request",
        "demand",
        2.0,
        r"\b(?:je\s+|nous\s+|j')(?:\w{1,20}\s+){0,2}?(?:invit(?:e|ons|erai|erais|er)|prie|prions|conjur(?:e|ons)|"
        r"adjur(?:e|ons)|enjoin(?:s|t|ons)|convi(?:e|ons))\s+(?:[\w'-]{1,20}\s+){0,5}?(?:à|au|aux|de|d')\b"
        r"|\b(?:j'|nous|ils|elles|il|elle|on)\s+en\s+appel(?:le|lent|lons|ons|ait|aient)\b",
    ),
    # a first-person wish on what others should do: "je souhaite que le Gouvernement réponde",
    # "nous voulons que", "j'attends que"; the wish aimed at someone is a request
    (
        "act.demand.wish",
        "demand",
        1.5,
        r"\b(?:je\s+|nous\s+|j')(?:\w{1,10}\s+)?(?:souhait(?:e|ons|erais|erions)|voudrais|voudrions|veux|voulons|"
        r"aimerais|aimerions|attends|attendons)\s+(?:(?:donc|vraiment|simplement|seulement|aussi|vivement|ardemment|"
        r"absolument|au\s+moins)\s+)?(?:,[^,.!?]{1,80},\s*)?(?:que|qu')",
    ),
    # a first-person wish or expectation (``on`` standing for ``nous``) whose object is what is demanded
    # (``nous voulons des moyens``, ``on attend des réponses``,
    # ``j'attends de l'État des réponses``), and what a group is said to deserve (``les salariés méritent une
    # augmentation``; not ``méritent mieux``, a lament as often as a call): a call on whoever can give it
    (
        "act.demand.wanted",
        "demand",
        1.5,
        r"\b(?:(?:(?:je|nous|j')\s+(?:\w{1,10}\s+)?(?:veux|voulons|voudrais|voudrions|attends|attendons)"
        r"|on\s+(?:\w{1,10}\s+)?(?:veut|voudrait|attend))"
        r"(?:\s+(?:du|de\s+la|de\s+l'|des)\s+[\w'-]{2,25}(?:\s+[\w'-]{2,25})?)?"
        r"|mérit(?:e|ent|ons|ez))\s+(?:(?:enfin|aujourd'hui|maintenant|vraiment|simplement|bien)\s+)?"
        r"(?:des|du|de\s+la|de\s+l'|de|d'|un|une|la|le|l'|les|plus\s+de|davantage\s+de|de\s+vrais|de\s+vraies)\s*"
        r"(?:(?:vrais?|vraies?|véritables?|nouveaux|nouvelles|nouvel|nouveau|nouvelle|réels?|réelles?|"
        r"fortes?|forts?|concrets?|concrètes?|claires?|clairs?|rapides?)\s+)?"
        r"(?:" + "|".join(DEMANDED_NOUNS) + r")\b",
    ),
    # --- denial: denies a fact or an accusation, rejects a proposal ----------------------------
    ("act.denial.ni_ne", "denial", 2.5, r"\bn'\w{1,20},?\s+ni\s+ne\b|\bni\s+ne\s+\w+"),
    # a negated fact in the first person: "nous n'avons pas", "je n'ai jamais"
    (
        "act.denial.first_person",
        "denial",
        2.0,
        rf"\b(?:nous\s+n'(?:avons|avions|étions|sommes)|je\s+n'(?:ai|avais|étais|suis)|n'avons|n'ai)\s+{_NEG}\b",
    ),
    # "nous ne pouvons pas accepter", "je ne signerai jamais": weaker (``je ne sais pas`` is no denial)
    ("act.denial.first_person_ne", "denial", 0.8, rf"\b(?:nous|je)\s+ne\s+(?:\w{{1,20}}\s+){{1,2}}?{_NEG}\b"),
    # the same in the third person (in indirect speech it is often the speaker): weak
    ("act.denial.third_person", "denial", 0.5, r"\bn'(?:avait|avaient|a|ont)\s+(?:pas|jamais|aucun(?:e)?)\b"),
    ("act.denial.pas_eu", "denial", 2.0, r"\bpas eu de\b"),
    (
        "act.denial.faux",
        "denial",
        2.0,
        r"\b(?:c'est\s+(?:totalement\s+|complètement\s+)?faux|(?:n'est|ne\s+sont)\s+pas\s+(?:vraie?s?|exacte?s?)|"
        r"sans\s+(?:aucun\s+|le\s+moindre\s+)?fondement|dénuée?s?\s+de\s+(?:tout\s+)?fondement|"
        r"infondée?s?|mensonge|calomnie|rien à voir|aucun lien|démen(?:s|t|tons)|"
        r"fausses?\s+(?:informations?|nouvelles?|allégations?|accusations?))\b",
    ),
    # a report called false in other words (``FALSITY_ADJECTIVES`` as an attribute: ``est erronée``;
    # ``FALSITY_NOUNS``: ``des contre-vérités``), and the
    # speaker said to have no part in what happened (``nous n'y sommes pour rien``, ``ne sont pour rien dans``)
    (
        "act.denial.false_report",
        "denial",
        2.0,
        r"(?<!\b(?:nos|mes|notre|ma|mon|nous|je|j')\s+(?:[\w'-]+\s+){0,3})"
        r"\b(?:est|sont|était|étaient|serait|seraient)\s+(?:(?:totalement|complètement|parfaitement|absolument|"
        r"tout\s+à\s+fait|donc|simplement|purement)\s+)?(?:" + "|".join(FALSITY_ADJECTIVES) + r")\b"
        r"|" + _any(FALSITY_NOUNS) + r"|\b(?:ne|n')\s*(?:y\s+)?(?:suis|sommes|est|sont|étais|étions|était|étaient)\s+"
        r"(?:absolument\s+|strictement\s+)?pour\s+rien\b",
    ),
    # a denied intention: "il ne souhaite pas conquérir", "n'a pas l'intention de", "pas question de"
    (
        "act.denial.intention",
        "denial",
        2.0,
        rf"\bne\s+(?:souhaite|souhaitons|souhaitent|veut|veulent|voulons|cherche|cherchons|cherchent|entend|"
        rf"entendons|entendent|compte|comptons|comptent)\s+{_NEG}\b"
        rf"|\bn'(?:a|ont|avons|ai|avait|avaient)\s+{_NEG}\s+(?:l'intention|la volonté|l'ambition|le projet)\s+de\b"
        r"|\bn'(?:en\s+)?est\s+pas\s+question\b|\bhors\s+de\s+question\b",
    ),
    # the speaker denies being the one who acted: "ce n'est pas moi qui ai signé", "ce n'est pas nous qui
    # avons fermé" (a surface rule: the parser seldom reads the cleft whole)
    ("act.denial.not_me", "denial", 2.0, r"\b(?:ce\s+n'|c')(?:est|était)\s+pas\s+(?:moi|nous)\s+qui\b"),
    # first-person performatives of rejection
    (
        "act.denial.rejeter",
        "denial",
        2.0,
        r"\b(?:refusons|rejetons|récusons|contestons|nions|réfutons|démentons)\b"
        r"|\bje\s+(?:refuse|rejette|récuse|conteste|nie|réfute|démens)\b",
    ),
    # a concession then a continued course: "nous saluons l'appel …, cependant notre lutte se
    # poursuivra": the proposal in play is rejected
    (
        "act.denial.concessive",
        "denial",
        2.5,
        r"\b(?:saluons|salue|prenons acte|prend acte|respectons|respecte|comprenons|comprend|entendons|remercions)\b"
        r".{0,160}?\b(?:cependant|mais|toutefois|néanmoins|pour autant)\b.{0,200}?"
        r"\b(?:se poursuivr\w{1,4}|poursuivr\w{1,4}|continuer\w{0,4}|maintiendr\w{1,4}|maintenons|"
        r"ne change\w{0,4} rien|jusqu'au bout|jusqu'à son terme)",
    ),
    # a negation corrected by what holds instead: "le mariage n'est pas un droit, c'est une
    # institution", "nous ne voyons pas de communauté, mais des personnes": the claim is put right
    (
        "act.denial.correction",
        "denial",
        1.5,
        rf"\b(?:ne|n')\s*[\w-]{{1,20}}\s+{_NEG}\s+(?:[\w'-]{{1,25}}\s+){{0,6}}?[\w'-]{{1,25}},?\s+"
        r"(?:mais|c'est|ce sont|il s'agit)\b",
    ),
    # a claim contradicted in words: "c'est tout le contraire", "bien sûr que non", "cela n'a pas
    # de sens", "absolument pas"; and an answer that opens with "Non," (not a slogan "Non à …")
    (
        "act.denial.contradiction",
        "denial",
        2.0,
        r"\b(?:c'est|bien)\s+(?:tout|exactement|précisément|bien|justement)\s+le\s+contraire\b"
        r"|\b(?:bien\s+sûr|évidemment|certainement|sûrement)\s+que\s+non\b|\babsolument\s+pas\b|\bpas\s+du\s+tout\b"
        r"|\bn'(?:a|ont|avait)\s+(?:pas\s+de|aucun)\s+sens\b|\b(?:aucun|pas\s+de)\s+rapport\s+avec\b"
        r"|(?:^|[.!?]\s{1,3})(?:mais\s+|eh\s+)?non\s*[,!.]|\bce\s+n'est\s+pas\s+ce\s+que\s+(?:nous|je|j')\b"
        # the bare ``c'est le contraire !`` ending its sentence, and the ``si`` that contradicts a negative claim
        # (``Si !``, ``Si, justement !``: the adverb closes the sentence; not the ``si`` of a condition: ``Si, bien
        # sûr, l'État paie, …``); ``c'est le contraire`` opening its sentence (not ``à Metz, c'est le contraire``)
        r"|(?:^|[.!?]\s{1,3})c'est\s+le\s+contraire\s*[!.]|(?:^|[.!?]\s{1,3})(?:mais\s+|eh\s+bien\s+)?si\s*"
        r"(?:!|,\s*(?:justement|bien\s+sûr|évidemment|absolument|si)\s*[!.])",
    ),
    # a claim in play denied by saying nobody made it: ``Personne n'a dit que …`` (a verb of claiming,
    # ``CLAIM_FORMS``, with the claim's que-clause; not silence described, ``personne ne parle de l'affaire``)
    (
        "act.denial.nobody_said",
        "denial",
        2.0,
        r"(?<!\b(?:la|une|cette|chaque|toute|aucune|seule|même)\s)\bpersonne\s+(?:,[^,.!?]{1,50},\s*)?(?:ne|n')\s*"
        r"(?:a\s+|avait\s+)?(?:jamais\s+)?(?:" + "|".join(CLAIM_FORMS) + r")\s+(?:que\b|qu')",
    ),
    ("act.denial.jamais", "denial", 1.0, r"\bjamais\b"),
    ("act.denial.aucun", "denial", 0.8, r"\baucun(?:e)?\b"),
    # a negated verb, an adverb or two between it and ``pas`` (``ne sont donc pas``, ``n'est toujours pas``)
    (
        "act.denial.ne_pas",
        "denial",
        0.5,
        r"\b(?:ne\s+|n')\w{1,20}(?:\s+(?:donc|toujours|vraiment|absolument|évidemment|même|encore|certes|certainement"
        r"|nullement|bien))?\s+pas\b",
    ),
    # --- assurance: commitments to a course, reassurance ------------------------------------
    (
        "act.assurance.continuer",
        "assurance",
        1.5,
        r"\bcontinu(?:erons|erai|era|eront|erait|eraient)\b|\b(?:nous\s+continuons|je\s+continue)\s+(?:à|de)\b",
    ),
    ("act.assurance.continue", "assurance", 1.0, r"\bcontinue(?:nt)?\s+(?:à|de)\b"),
    ("act.assurance.rester", "assurance", 1.0, r"\bresterons?\b|\brestera\b|\bdemeurera\b"),
    ("act.assurance.allons", "assurance", 1.0, r"\bnous allons\b|\bje vais\b|\bnous ferons\b|\bje ferai\b"),
    ("act.assurance.precaution", "assurance", 2.0, r"\bmesure de précaution\b|\bsimple précaution\b"),
    (
        "act.assurance.normal",
        "assurance",
        2.0,
        # ``Normalement,`` opening a sentence says what is usual or expected, it reassures of nothing
        r"(?<!(?:^|[.!?]\s{1,3}))\bnormalement\b|\bnormalement\b(?!\s*,)"
        r"|\bfonctionne(?:nt)? normalement\b|\bsous contrôle\b|\baucun danger\b|\baucun risque\b",
    ),
    (
        "act.assurance.promettre",
        "assurance",
        2.0,
        r"\b(?:je promets|nous promettons|je m'(?:y\s+)?engage|nous nous (?:y\s+)?engageons|je garantis|"
        r"nous garantissons|je vous assure|nous vous assurons)\b"
        # the hearer told he may rely on the speaker (``vous pouvez compter sur nous``)
        r"|\b(?:pouvez|pourrez|peux|pourras|peuvent|pourront)\s+(?:toujours\s+)?compter\s+sur\s+(?:nous|moi|notre|mon|ma|nos|mes)\b",
    ),
    ("act.assurance.poursuivra", "assurance", 1.0, r"\bse poursuivra\b|\bpoursuivrons\b"),
    ("act.assurance.examinera", "assurance", 1.0, r"\bexaminera(?:it)?\b|\bsuivre l'évolution\b"),
    (
        "act.assurance.commitment",
        "assurance",
        2.0,
        r"\b(?:tout|tous) en œuvre\b|\bdéterminée?s? à\b|\ben sécurité\b|\breste à venir\b|\btourne(?:nt)? une page\b"
        r"|\bnous ferons tout\b|\bje ferai tout\b"
        # the speaker's own presence promised (``nous serons au rendez-vous``), not the weather's (``le soleil sera
        # au rendez-vous``)
        r"|\b(?:nous\s+serons|je\s+serai)\s+(?:(?:bien|toujours|pleinement)\s+)?au\s+rendez-vous\b",
    ),
    # reassurance: a danger denied ("ne doit pas mettre en danger", "ne menace pas", "pas d'inquiétude")
    (
        "act.assurance.no_danger",
        "assurance",
        3.0,
        rf"\bne\s+(?:\w{{1,20}}\s+){{0,2}}?{_NEG}\s+(?:\w{{1,20}}\s+){{0,2}}?en\s+(?:danger|péril)\b"
        rf"|\bne\s+(?:menac\w{{1,5}}|compromet\w{{0,5}})\s+{_NEG}\b"
        r"|\bsans\s+(?:aucun\s+)?(?:danger|risque)\b|\bpas\s+(?:d'inquiétude|lieu de s'inquiéter|de raison de s'inquiéter)\b",
    ),
    # an opportunity promised to the hearer: "vous pourrez en débattre", "vous aurez l'occasion de"
    (
        "act.assurance.offer",
        "assurance",
        1.5,
        r"\bvous\s+(?:pourrez|aurez\s+(?:\w{1,15}\s+){0,2}?(?:l'occasion|l'opportunité|la possibilité|le temps|"
        r"toute latitude|satisfaction|la garantie))\b",
    ),
    # a guarantee in the future passive: "la sécurité sera assurée"
    (
        "act.assurance.guaranteed",
        "assurance",
        1.5,
        r"\bser(?:a|ont)\s+(?:\w{1,15}\s+)?(?:assurée?s?|garantie?s?|maintenue?s?|préservée?s?|respectée?s?)\b",
    ),
    # --- warning: danger, threat, dire consequences ----------------------------------------
    (
        "act.warning.danger",
        "warning",
        2.0,
        r"\ben danger\b|\bmet(?:tent)? en danger\b|\bmenace\b|\brisque(?:nt)? de\b|\bdangere(?:ux|use)\b"
        r"|\b(?:des|de\s+graves|de\s+réels|de\s+vrais)\s+dangers\b|\bau\s+risque\s+de\b",
    ),
    (
        "act.warning.catastrophe",
        "warning",
        1.5,
        r"\b(?:catastroph\w{0,6}|désastre\w{0,2}|chaos|s'effondr\w{0,6}|effondrement|alerte|grave(?:s)?)\b",
    ),
    ("act.warning.sape", "warning", 1.0, r"\bsape(?:nt)?\b|\bcompromet(?:tent)?\b"),
    # "sinon", "à défaut": a consequence held over the hearer
    ("act.warning.sinon", "warning", 1.0, r"\bà défaut\b|\bdes conséquences\b"),
    # a clause opened by "sinon", "faute de quoi", "sans quoi" states what follows if the hearer does
    # not act: a warning on its own ("Sinon, la droite restera au pouvoir"); not "sinon" inside a
    # phrase ("peu, sinon aucun")
    (
        "act.warning.otherwise",
        "warning",
        1.5,
        r"(?:^|[.!?;:,]\s{0,3}|\bet\s+)(?:sinon|faute de quoi|sans quoi)\b(?!\s+(?:de|à|que|qu'|pour|aucune?)\b)",
    ),
    # an outcome said to be inevitable, or the first step of a slope: "inéluctablement",
    # "une boîte de Pandore", "le cheval de Troie", "conduira à", "mènerait tout droit à"
    (
        "act.warning.slope",
        "warning",
        1.5,
        r"\b(?:inéluctabl\w{1,5}|inévitabl\w{1,5}|fatalement|irrémédiabl\w{1,5}|engrenage|"
        r"boîte\s+de\s+pandore|cheval\s+de\s+troie|pente\s+glissante|porte\s+ouverte\s+à|"
        r"(?:conduir|mèner|aboutir)(?:a|ait|aient|ont)\s+(?:\w{1,15}\s+){0,3}?(?:à|au|aux)|"
        r"(?:(?:c'est|ce\s+serait)\s+ouvrir|ouvr(?:ira|irait|e|ent))\s+(?:la\s+porte|une\s+brèche)\s+(?:à|au|aux))\b",
    ),
    # what a measure amounts to, a harm done to others: ``fermer cette ligne, c'est condamner la vallée``, ``cela
    # revient à priver les familles de …``; and the equation whose second act follows of itself (``ouvrir le
    # mariage, c'est automatiquement ouvrir la porte à …``); not a figure of speech (``innover, c'est casser
    # les codes``: such verbs are not in ``HARMFUL_INFINITIVES``)
    (
        "act.warning.harmful_equation",
        "warning",
        1.5,
        # (the measure is an infinitive topic opening the sentence, ``fermer la gare, c'est …``, not a noun, ``le
        # but, c'est casser les prix``; after an adverb of consequence the second act harms or opens the way)
        rf"(?:(?:^|[.!?;:]\s{{0,3}})(?:mais\s+|or\s+|donc\s+)?(?:ne\s+pas\s+|ne\s+rien\s+)?(?:se\s+|s')?"
        rf"(?!(?:notre|votre|leur|autre|entre|contre)\b){_INF}\b"
        r"[^.!?;:]{0,120}?,\s*(?:c'est|ce\s+serait)|\brevien(?:t|nent|drait|draient|dra|dront)\s+à)\s+"
        r"(?:(?:donc|tout\s+simplement|purement\s+et\s+simplement|en\s+réalité|en\s+fait|de\s+facto|"
        + "|".join(AUTOMATIC_ADVERBS)
        + r")\s+)?(?:"
        + "|".join(HARMFUL_INFINITIVES + SLOPE_INFINITIVES)
        + r")",
    ),
    # a condition of nothing done or changed, the warning's own set phrase (``si rien ne change, …``, ``si
    # rien n'est fait``, ``si rien ne bouge``): its negation is the condition, so no veto of negation applies
    (
        "act.warning.if_nothing_changes",
        "warning",
        1.5,
        r"\bs(?:i|inon)\s+rien\s+(?:ne\s+(?:change|bouge|évolue|se\s+passe|se\s+fait)|n'(?:est|était)\s+fait|n'évolue)\b",
    ),
    # "Attention," opening a sentence, "attention à": a warning to the hearer
    ("act.warning.attention", "warning", 1.5, r"(?:^|[.!?]\s{1,3})attention\s*(?:[,:!]|à\b|aux?\b)"),
    (
        "act.warning.threat",
        "warning",
        2.0,
        r"\b(?:nous\s+mettons|je\s+mets)\s+en\s+garde\b|\bgare\s+à\b|\bprenez\s+garde\b"
        r"|\bripost(?:era|eront|erons|erait|eraient)\b|\ben (?:subir|paier\w{0,3}) (?:les conséquences|le prix)\b",
    ),
    # --- accusation: blame, condemnation ---------------------------------------------------
    ("act.accusation.coup", "accusation", 2.0, r"\btentative de coup d'état\b|\bcoup d'état\b"),
    # a virtue of conduct said to be missing in someone else (``VIRTUE_NOUNS``: ``il n'a aucun respect pour``,
    # ``vous n'avez pas de parole``, ``ils manquent de courage``); not the speaker's own (``je n'ai``, ``nous
    # n'avons``, which the verb forms leave out)
    (
        "act.accusation.negated_virtue",
        "accusation",
        2.0,
        r"\bn'(?:a|as|ont|avez|avait|avaient|aura|auront)\s+(?:(?:jamais|plus|même|donc|visiblement|manifestement)\s+)?"
        r"(?:aucune?|pas|plus|jamais|jamais\s+eu|pas\s+eu|pas\s+le\s+moindre|pas\s+la\s+moindre|"
        r"pas\s+une\s+once|pas\s+un\s+minimum)\s*(?:de\s+|d')?\s*"
        r"(?:" + "|".join(VIRTUE_NOUNS) + r")\b"
        r"|\b(?:manqu(?:e|ent|ez|ait|aient)|dépourvue?s?|dénuée?s?)\s+(?:cruellement\s+|totalement\s+)?"
        r"(?:de\s+|d')\s*(?:" + "|".join(VIRTUE_NOUNS) + r")\b",
    ),
    # nothing done by the hearer or by others for those in need (``vous n'avez rien fait pour les
    # sinistrés``, ``l'État n'a rien fait pour nous``, ``n'a pas levé le petit doigt``), and the hearer's absence
    # when it mattered (``on ne vous a pas entendu``, ``où étiez-vous ?``); not what one denies having done
    # wrong (``il n'a rien fait de mal``)
    (
        "act.accusation.nothing_done",
        "accusation",
        2.0,
        r"\bn'(?:avez|a|ont|avait|avaient|as)\s+(?:(?:strictement|absolument|jamais)\s+)?rien\s+fait\s+pour\s+"
        r"(?:les?|la|l'|nous|eux|elles?|lui|vous|ses|leurs?|nos|vos|notre|votre|son|sa|ce|cette|ces|des|du|que|qu')\b"
        r"|\bvous\s+n'avez\s+(?:(?:strictement|absolument|jamais)\s+)?rien\s+fait\b(?!\s+de\s+mal)"
        r"|\bpas\s+lev[ée]\w{0,2}\s+le\s+petit\s+doigt\b"
        r"|\bon\s+ne\s+vous\s+(?:a|avait)\s+(?:pas|jamais|guère|pas\s+beaucoup)\s+(?:entendue?s?|vue?s?)\b"
        r"|\boù\s+étiez-vous\b",
    ),
    (
        "act.accusation.blame",
        "accusation",
        1.5,
        r"\b(?:responsables? de|coupables? de|crimes?|scandal\w{1,6}|honte\w{0,3}|honteu\w{1,3}|trahi\w{0,4}|"
        r"mensong\w{1,3}|complicité|manipul\w{1,6}|irresponsab\w{1,6}|inadmissible|inacceptable)\b",
    ),
    (
        "act.accusation.faute",
        "accusation",
        1.0,
        r"\b(?:la faute|fautes?(?! de quoi)|échec|incompétence|laxisme|dérive)\b",
    ),
    (
        "act.accusation.intolerable",
        "accusation",
        2.0,
        r"\b(?:inadmissibles?|inacceptables?|insupportables?|intolérables?|scandaleu(?:x|se|ses)|odieu(?:x|se|ses)|"
        r"indignes?)\b",
    ),
    (
        "act.accusation.blame_words",
        "accusation",
        1.5,
        r"\b(?:acharnement|racket|incurie|mépris|trahison|complices?|manœuvres?|mensonges?|propagande|"
        rf"machine à {_W})\b",
    ),
    # a question that blames the hearer: "Comment pouvez-vous laisser fermer … ?", "Comment
    # osez-vous … ?", "Comment a-t-il pu … ?"
    (
        "act.accusation.question",
        "accusation",
        1.5,
        r"\bcomment\s+(?:pouvez|osez|avez|pouvons|peut|ose|a|ont|peuvent|osent)-(?:t-)?(?:vous|il|elle|on|ils|elles|nous)\b"
        r"(?:\s+pu\b|(?<=(?:pouvez|osez|pouvons|peut|ose|peuvent|osent)-(?:t-)?\w{2,5}))",
    ),
    ("act.accusation.in_cause", "accusation", 1.5, r"\bc'est vous\b|\ben cause\b|\b(?:aurai(?:en)?t|auriez) dû\b"),
    # what a predecessor left: an inheritance, a burden, a decline
    (
        "act.accusation.inherited",
        "accusation",
        1.0,
        r"\bhérit(?:ons|ez|ent|é|ée|és|ées|er|age)\b|\bont laissé\b|\bnous a laissé\b|\bardoise\b",
    ),
    ("act.accusation.decline", "accusation", 1.0, r"\baffaiblie?s?\b|\bdégradée?s?\b|\bexsangues?\b|\ben ruines?\b"),
    # something kept from the public: "une ardoise cachée", "des chiffres dissimulés"
    ("act.accusation.concealed", "accusation", 1.0, r"\bcachée?s?\b|\bdissimul\w{1,6}\b|\bmaquill\w{1,6}\b"),
    # a set phrase of blame or of danger ahead (``BLAME_IDIOMS``, ``RISK_IDIOMS``)
    ("act.accusation.idiom", "accusation", 1.5, _any(BLAME_IDIOMS)),
    ("act.warning.idiom", "warning", 1.5, _any(RISK_IDIOMS)),
    # a risk spelt out by what it is (``le risque, c'est que les commerces ferment``): a negation in what
    # is feared (``c'est que les médecins ne s'installent plus``) is the harm, no veto
    (
        "act.warning.risk_spelt_out",
        "warning",
        1.5,
        r"\b(?:le|notre|mon|ma|la|leur)\s+(?:(?:vrai|grand|seul|principal)\s+)?(?:risque|danger|crainte|peur)\s*,?\s+c'est\s+(?:que|qu'|de|d')",
    ),
    # a question that answers itself by blaming: ``À quoi sert un plan … ?`` (it serves no purpose),
    # ``Qui peut encore croire … ?`` (nobody can), ``Qu'a-t-il fait ? Rien.`` (a question the
    # speaker answers with nothing)
    (
        "act.accusation.rhetorical",
        "accusation",
        1.5,
        r"\bà\s+quoi\s+(?:bon|ser(?:t|vent|vira|vait|virait))\b[^.!?]{0,200}\?"
        r"|\bqui\s+(?:peut|pourrait|pourra)\s+(?:encore\s+|sérieusement\s+|vraiment\s+)?(?:croire|imaginer|accepter|"
        r"comprendre|penser)\b[^.!?]{0,200}\?"
        r"|\?\s{0,3}(?:rien|personne|aucun|aucune|jamais)\s{0,2}(?:[.!]|$)",
    ),
)

#: A neutral verb's prior gives way when the content's best act has at least this weight.
OVERRULE = 1.5

#: A verb that names an act (``assurer``, ``dénoncer``) gives way only to content at least this
#: heavy and heavier than the verb's own act: ANNOTATION.md's "assurant qu'il n'existait pas …"
#: stays an assurance against a mere negation.
STRONG_OVERRULE = 3.0

#: Weight of a verb that names an act, against the content voting for another act.
PRIOR_WEIGHT = 2.0

#: ``act_confidence`` of each decision path of the act stage: how often that path was right. The
#: shipped calibration (``quoteminer/models/act_confidence.json``, ``quoteminer train act_confidence``)
#: replaces these values when present; they remain the fallback of a path it has not seen.
#:
#: - ``verb.agreed``: a verb that names an act, and content voting for the same act;
#: - ``verb``: a verb that names an act, no content against it;
#: - ``verb.contested``: a verb that names an act, kept against content voting otherwise;
#: - ``verb.weak``: a weak verb that names an act (``menacer``, ``refuser``), content too light to decide;
#: - ``content.strong``: the content decides with at least twice the overrule weight;
#: - ``content``: the content decides, just above the overrule weight;
#: - ``neutral``: a neutral verb (or none) and no content signal at all: a statement;
#: - ``neutral.contested``: a neutral verb and content too weak to decide: a statement.
#:
#: Measured on the matched items of the seed and development fixtures together (the
#: decision-path table of ``quoteminer evaluate``): neutral.contested 6/8, verb.weak 0/0,
#: verb.contested 5/6, content 27/28, content.strong 7/7, neutral 98/103, verb 15/15,
#: verb.agreed 9/9. The paths are put in the order of how much evidence backs them (the
#: order above, bottom to top), adjacent paths that break the order are pooled (content,
#: content.strong and neutral: 132/138; verb and verb.agreed: 24/24; verb.weak joins
#: verb.contested), and each pool gets its Laplace estimate (right + 1) / (items + 2). So
#: higher means more often right on the fixtures; the rules were tuned on the same
#: articles, so on unseen text every value is optimistic, the high ones most.
#:
#: A statement read on its own as a turn of a debate (``judge_statement``) has no reporting verb
#: and answers claims in play: ``exchange`` when some content votes, however lightly (16/35 right on
#: the tuning sittings of the debate statements), ``exchange.neutral`` when none does (39/151: in a
#: debate a statement with no signal is most often an act the rules do not see); same estimate.
CONFIDENCE = MappingProxyType(
    {
        "neutral.contested": 0.70,
        "exchange.neutral": 0.26,
        "exchange": 0.46,
        "verb.weak": 0.75,
        "verb.contested": 0.75,
        "content": 0.95,
        "content.strong": 0.95,
        "neutral": 0.95,
        "verb": 0.96,
        "verb.agreed": 0.96,
    }
)


# --- The act classifier's features (``quoteminer.acts.features``) ------------------------------
#
# Words, as lemmas (spaCy's, lower case), whose presence in a statement is a feature of the
# trained act classifier: the classifier learns from the annotated items how much each
# family weighs for each act; these lists only say which words belong together. They were
# written from French usage of political, institutional and press speech, checked against
# the statements of the tuning articles and of the training half of the debate statements
# (fixtures/README.md), never against the test sets. No maintained French lexicon of these
# classes is on the package registry (docs/design.md, "Act features").

#: Evaluative vocabulary by the act it tends to carry. ``blame``: insults, loaded labels and
#: reproaches; ``risk``: danger, threat and alarm; ``reassure``: safety, normality, control;
#: ``commit``: verbs of a course held or an undertaking; ``demand``: calls, requirements and
#: urgency; ``deny``: falsity, rumour, rejection. Evaluative words only: the topics of news
#: (``crise``, ``guerre``, ``tension``) and verbs of action in general (``agir``, ``défendre``)
#: came as often in plain statements of the tuning articles as in acts, and were left out.
#: ``se moquer de`` is listed with its present forms, which the lemmatizer leaves as they are.
LEXICON = MappingProxyType(
    {
        "blame": frozenset(
            """
            abandon aberrant aberration absurde abus acharnement affaiblir affligeant amalgame
            amateurisme arrogance arrogant aveuglement bafouer brader bâcler cacher
            caricatural caricature chaos choquant complaisance complice complicité
            consternant coupable cynique cynisme dictature dilettantisme dissimuler décevant
            déconnecté défaillance démagogie démagogique déni déplorable dérive déshonneur
            désinvolture détourner erreur escroquerie faute fiasco forfaiture gabegie
            grotesque gâchis honte honteux hypocrisie hypocrite imposture improvisation
            inacceptable inadmissible incapable incohérence incohérent incompréhensible
            incompétence incompétent indigne indignité indécent inertie injuste injustice
            insultant insulte insupportable intolérable irrespectueux irresponsabilité
            irresponsable lamentable laxisme laxiste lâcheté manipulation manipuler manœuvre
            mascarade mauvais mensonge mensonger mentir mépris méprisant mépriser moque moquent moquer naufrage
            négliger obstruction odieux opportunisme outrancier partisan pitoyable
            politicien propagande racket reniement renier ridicule sabotage saboter scandale
            scandaleux sectaire sectarisme stigmatiser trahir trahison triste tromper
            tromperie vergogne échec égoïsme électoraliste
            calamiteux désastreux désengagement désengager gaspillage gaspiller imbécile
            sacrifier saborder clientélisme favoritisme
            """.split()
        ),
        "risk": frozenset(
            """
            alarmant alarme alerte angoisse anxiogène apocalypse bouleversement bouleverser
            catastrophe catastrophique compromettre conséquence danger dangereux dramatique
            dégradation dérapage déstabiliser effondrement faillite fragiliser grave gravité
            hémorragie inquiétant inquiétude inéluctable inévitable irrémédiable
            irréversible menace menacer préoccupant péril périlleux ravage redoutable risque
            risquer saper vulnérable
            asphyxie explosif gouffre implosion insoutenable intenable mortel pénurie saturation
            saturé inquiet inquiéter préoccupé préoccuper alarmé
            appauvrir asphyxier pénaliser
            """.split()
        ),
        "reassure": frozenset(
            """
            calme confiance contrôle fiable garantie garantir intact maîtrise maîtriser
            normal normalement protection protéger préserver rassurant rassurer sain sauf
            serein sereinement solide stabilité stable sécurité sérénité sûr sûreté
            tranquille veiller
            opérationnel potable
            """.split()
        ),
        "commit": frozenset(
            """
            continuer engagement engager honorer maintenir persévérer poursuivre promesse
            promettre tenir
            """.split()
        ),
        "demand": frozenset(
            """
            appel appeler demander exiger exigence falloir impératif indispensable
            nécessaire nécessité obligation pressant réclamer retirer retrait suspendre
            urgence urgent
            """.split()
        ),
        "deny": frozenset(
            """
            calomnie caricature contre-vérité démentir erroné fantasme faux fausseté
            illusion inexact infondé invention mensonge nier rejeter refuser rumeur
            """.split()
        ),
    }
)

#: Nouns that name an act, seen in the sentence around a statement (outside its span):
#: ``a lancé un appel``, ``dans un communiqué de démenti``.
ACT_NOUNS = MappingProxyType(
    {
        "accusation": "accusation",
        "attaque": "accusation",
        "condamnation": "accusation",
        "critique": "accusation",
        "grief": "accusation",
        "reproche": "accusation",
        "réquisitoire": "accusation",
        "appel": "demand",
        "demande": "demand",
        "exigence": "demand",
        "injonction": "demand",
        "requête": "demand",
        "ultimatum": "demand",
        "dénégation": "denial",
        "démenti": "denial",
        "refus": "denial",
        "rejet": "denial",
        "assurance": "assurance",
        "engagement": "assurance",
        "garantie": "assurance",
        "promesse": "assurance",
        "alerte": "warning",
        "avertissement": "warning",
        "menace": "warning",
        "mise en garde": "warning",
    }
)

#: Words by which a content hangs on a noun that names its act (``son engagement de baisser``,
#: ``son appel à manifester``).
NOUN_LINKS = frozenset({"de", "d'", "à"})
#: Verbs of obligation whose finite form makes a deontic statement (``doit``, ``faut``).
DEONTIC_VERBS = frozenset({"devoir", "falloir"})
#: Verbs whose negation refuses or condemns rather than denies (``nous ne pouvons pas tolérer``).
REFUSAL_VERBS = frozenset(
    {"accepter", "admettre", "cautionner", "laisser", "permettre", "pouvoir", "tolérer", "vouloir"}
)
#: Verbs whose negation states ignorance or surprise, not a denial (``je ne m'attendais pas``).
COGNITIVE_VERBS = frozenset(
    {"attendre", "comprendre", "connaître", "croire", "imaginer", "penser", "savoir", "souvenir", "voir"}
)
#: Words that negate, besides the ``ne`` the parser marks with Polarity=Neg.
NEGATIVE_WORDS = frozenset({"aucun", "aucune", "jamais", "nullement", "personne", "rien", "non", "ni"})
#: The pronouns of an existential (``il n'y a pas``).
EXISTENTIAL_PRONOUNS = frozenset({"y"})
#: Negations that say something stops (``il n'y aura plus de …``), not that it never was.
CESSATION_NEGATIONS = frozenset({"plus"})
#: Burdens whose end, foretold, reassures (``il n'y aura plus de fermeture de classe``, ``plus de
#: hausse des tarifs``): losses, costs and nuisances of local and public-service news, with the harms
#: and the risks (``HARM_NOUNS``, ``LEXICON["risk"]``); the end of anything else is a loss foretold.
BURDEN_NOUNS = frozenset(
    """
    augmentation attente bouchon coupure délai délestage embouteillage expulsion fermeture file grève
    hausse impôt licenciement nuisance panne pollution problème restriction retard suppression
    taxe
    """.split()
)
#: Adverbs that stress a negation, so that it reads as a rejection (``ne sont donc pas``,
#: ``n'est absolument pas``, ``n'avons toujours pas``).
NEGATION_STRESS = frozenset({"absolument", "aucunement", "donc", "évidemment", "nullement", "toujours", "vraiment"})
#: Verbs of possibility and obligation that ask a rhetorical question when inverted (``peut-on``,
#: ``faut-il``, ``doit-on``).
MODAL_VERBS = frozenset({"devoir", "falloir", "pouvoir"})
#: Words that open an answer in a debate or an interview and mark how it stands to what was said:
#: ``Mais il a toujours été …``, ``Or …``, ``Oui, …`` (not ``si``, most often a condition).
DISCOURSE_OPENERS = frozenset({"mais", "non", "or", "oui", "pourtant"})
#: Words of contrast inside the content (a concession, a correction): ``…, mais …``.
CONTRAST_WORDS = frozenset({"cependant", "mais", "néanmoins", "or", "pourtant", "toutefois"})
#: Interrogative words that open a question.
QUESTION_WORDS = frozenset(
    {"combien", "comment", "est-ce", "lequel", "laquelle", "où", "pourquoi", "quand", "que", "quel", "quelle", "qui"}
)
#: Openings of a verbless slogan or call: ``Non à la fermeture !``, ``Halte au gaspillage``.
SLOGAN_OPENERS = (
    "à bas",
    "assez de",
    "halte à",
    "halte au",
    "non à",
    "non au",
    "non aux",
    "oui à",
    "pas de",
    "place à",
    "place aux",
    "plus jamais",
    "stop à",
    "stop au",
    "tous à",
    "tous au",
    "vive",
)
#: Endings of the simple future (the parser often tags ``tiendrons`` as a present).
FUTURE_ENDINGS = ("rai", "ras", "ra", "rons", "rez", "ront")
#: Endings of a verb that opens a sentence without a subject as an imperative (``Restez``,
#: ``Prenons``; the parser often tags them as indicatives).
IMPERATIVE_ENDINGS = ("ez", "ons", "ez-vous", "ons-nous", "ez-le", "ez-les", "ons-le", "ons-les")
#: Pronouns joined by a hyphen to a verb that opens a sentence as an imperative (``Inspirez-vous``,
#: ``Permettez-moi``, ``Rassemblons-nous``); the inverted subject of a question (``-t-il``) is not here.
IMPERATIVE_CLITICS = frozenset({"-en", "-la", "-le", "-les", "-leur", "-lui", "-moi", "-nous", "-toi", "-vous", "-y"})
#: Endings of the verb before such a pronoun (the plural imperatives).
CLITIC_IMPERATIVE_ENDINGS = ("ez", "ons")
#: Endings of a second-person plural verb, which with no subject is an imperative wherever it
#: stands in the content (``Dès lors, arrêtez …``, ``…, et écoutez``): French has no other
#: subjectless finite form in ``-ez``; the parser often tags them as third-person indicatives.
IMPERATIVE_PLURAL_ENDINGS = ("ez", "ez-vous", "ez-le", "ez-la", "ez-les", "ez-nous", "ez-moi", "ez-y", "ez-en")
#: Subject and possessive words of the first and second persons.
FIRST_PERSON_WORDS = frozenset({"je", "j'", "nous", "me", "m'", "moi", "notre", "nos", "mon", "ma", "mes"})
SECOND_PERSON_WORDS = frozenset({"vous", "votre", "vos", "tu", "te", "t'", "toi", "ton", "ta", "tes"})
#: Subjects that name the hearer (``vous avez décidé``, ``tu refuses``).
HEARER_SUBJECTS = frozenset({"vous", "tu"})
#: States that say a risk is there or near (``le danger est réel``, ``le risque est élevé``): said of a
#: risk noun (``LEXICON["risk"]``) in the present, a warning (``act.warning.risk_real``).
RISK_SEVERITY = frozenset(
    {"considérable", "élevé", "fort", "grand", "immense", "imminent", "majeur", "maximal", "présent", "réel", "sérieux"}
)
#: Verbs of asking: after one, a question for information (``a demandé : « Quand la ligne
#: rouvrira-t-elle ? »``) asks for an answer, not for an act (a statement, as the debates' questions for
#: information are annotated); a question that urges, blames or names the hearer keeps the verb's act.
ASKING_VERBS = frozenset({"demander", "interroger", "questionner", "s'interroger"})
#: Reflexive uses that change a reporting verb's act: ``se demander si`` is to wonder.
REFLEXIVE_PRIORS = MappingProxyType({"demander": "statement"})

# --- The act stage's predicate rules (``quoteminer.acts._predicate_vote``) ---------------------

#: ``aller`` + infinitive is a future (``nous allons rouvrir``, ``ne va pas retirer``).
PROSPECTIVE_AUXILIARIES = frozenset({"aller"})
#: Subordinators of a condition: ``s'il était adopté, il aurait …``.
CONDITION_MARKS = frozenset({"si", "s'", "s’"})
#: Prepositions of a missing condition before the main verb: ``sans accord, les négociations seraient rompues``.
CONDITION_PREPOSITIONS = frozenset({"sans", "faute"})
#: Verbs whose negation in the first person refuses to tolerate, which condemns
#: (``nous ne pouvons pas tolérer``, ``je n'accepte pas ces mises en cause``).
TOLERANCE_VERBS = frozenset({"accepter", "admettre", "cautionner", "supporter", "tolérer"})
#: Verbs that give their subject a state, as the copula does (``le réseau reste fiable``), with
#: their present forms, which the lemmatizer leaves as they are (``reste`` for ``rester``).
STATE_VERBS = frozenset(
    {"demeurer", "demeure", "demeurent", "paraître", "paraît", "rester", "reste", "restent", "sembler", "semble"}
)
#: Actions a speaker holds over someone when he says he will take them: a threat, so a warning
#: (``il mettra son veto à``, ``nous porterons plainte``). (verb, object) with an empty object when
#: the verb alone threatens. From the threats of political, union and institutional speech that
#: ANNOTATION.md §3 calls warnings ("menacer"): a veto, a lawsuit, a resignation, a strike, a
#: boycott, a walkout, reprisals; actions that are not held over anyone (``ouvrir``, ``voter``) are
#: not here, nor ``quitter`` alone (``quittera ses fonctions en juin`` is an announcement).
THREATS = frozenset(
    {
        ("boycotter", ""),
        ("bloquer", ""),
        ("déposer", "plainte"),
        ("démissionner", ""),
        ("mettre", "veto"),
        ("opposer", "veto"),
        ("porter", "plainte"),
        ("riposter", ""),
        ("saisir", "justice"),
        ("saisir", "tribunal"),
        ("sanctionner", ""),
        ("user", "veto"),
    }
)
#: Verbs of a course held, an undertaking kept or a help promised, which in the first person and
#: the future commit the speaker (``nous tiendrons nos engagements``, ``nous veillerons à``, ``je
#: répondrai``, ``nous vous accompagnerons``): the ``commit`` family of ``LEXICON`` as verbs, with the
#: verbs of support and protection that promise something to someone. ``lâcher`` (negated: ``je ne
#: lâcherai rien``) is left to the negated-future rule. Verbs of action in general (``faire``,
#: ``revenir``, ``proposer``) announce rather than commit and are not here.
COMMITMENT_VERBS = frozenset(
    {
        "accompagner",
        "aider",
        "assurer",
        "continuer",
        "garantir",
        "honorer",
        "maintenir",
        "persévérer",
        "poursuivre",
        "protéger",
        "répondre",
        "respecter",
        "soutenir",
        "tenir",
        "veiller",
    }
)
#: States that, said of the speaker in the first person and the future, promise his presence or
#: his care (``je serai toujours aux côtés des agriculteurs``, ``nous serons vigilants``): the
#: nominal counterpart of ``COMMITMENT_VERBS``. From the undertakings of political and institutional
#: speech; a state that only predicts (``je serai candidat``, ``nous serons nombreux``) is not here. By
#: lemma, ``mobiliser`` for the participle the tagger reads as a verb (``nos équipes resteront mobilisées``).
COMMITMENT_STATES = frozenset(
    {"attentif", "côté", "disponible", "fidèle", "mobilisé", "mobiliser", "présent", "prêt", "vigilant"}
)
#: Infinitives after a conditional ``devoir`` that predict or schedule rather than advise (``devrait
#: atteindre 2 %``, ``devrait se tenir lundi``, ``devrait permettre de``): the lemmas of the
#: ``_SCHEDULE`` and ``_OUTCOME`` patterns above. The verbs of a figure's course (``baisser``,
#: ``augmenter``) are not here: with a subject who can act (the only one the rule reads) they
#: advise (``la mairie devrait baisser le prix``); a figure is no such subject (``le chômage``).
PREDICTION_VERBS = frozenset(
    {
        "aboutir",
        "achever",
        "annoncer",
        "arriver",
        "atteindre",
        "commencer",
        "conduire",
        "contribuer",
        "coûter",
        "débuter",
        "déboucher",
        "dérouler",
        "durer",
        "élever",
        "entraîner",
        "favoriser",
        "intervenir",
        "marquer",
        "mener",
        "ouvrir",
        "participer",
        "partir",
        "permettre",
        "présenter",
        "prononcer",
        "quitter",
        "recevoir",
        "rencontrer",
        "rentrer",
        "servir",
        "terminer",
        "visiter",
    }
)
#: Nouns, besides the role, organisation and group nouns of ``roles``, whose referent acts on the
#: public's behalf and can be advised (``l'État devrait payer``, ``les pouvoirs publics devraient
#: rouvrir``): the subject that makes a conditional ``devoir`` advice rather than a forecast.
ACTOR_NOUNS = frozenset({"autorité", "collectivité", "élu", "état", "législateur", "pouvoir"})
#: Nouns naming a person by what he did or does wrong (``ce chauffard a mis en danger la vie des
#: piétons``, ``le pyromane``): someone who can act, so a risk he caused blames him
#: (``act.accusation.risk_caused``). From French news vocabulary of offences; lemmas.
CULPRIT_NOUNS = frozenset(
    {
        "agresseur",
        "braconnier",
        "casseur",
        "chauffard",
        "conducteur",
        "délinquant",
        "escroc",
        "fraudeur",
        "incendiaire",
        "individu",
        "malfaiteur",
        "pollueur",
        "pyromane",
        "suspect",
        "voleur",
        "voyou",
    }
)
#: Adjectives by which the journalist gives the speaker's stance before a colon or a quotation
#: (``le maire se veut rassurant : « … »``, ``s'est montré inquiet``), with the act the stance
#: announces; the verbs that give the speaker such a stance are ``STANCE_VERBS``. A bare feeling
#: with no statement after it is no speech item (docs/annotation.md); with one, the stance is the
#: statement's prior, as a reporting verb would be. Masculine singular forms; ``STANCE_FORMS``
#: adds the feminine and the plurals.
STANCE_ADJECTIVES = MappingProxyType(
    {
        "alarmiste": "warning",
        "confiant": "assurance",
        "critique": "accusation",
        "inquiet": "warning",
        "optimiste": "assurance",
        "pessimiste": "warning",
        "rassurant": "assurance",
        "sévère": "accusation",
        "virulent": "accusation",
    }
)


def _inflections(adjective: str) -> tuple[str, ...]:
    feminine = (
        adjective
        if adjective.endswith("e")
        else adjective[:-2] + "ète"
        if adjective.endswith("et")
        else adjective + "e"
    )
    return (adjective, adjective + "s", feminine, feminine + "s")


#: Every form of ``STANCE_ADJECTIVES``, with its act.
STANCE_FORMS = MappingProxyType({f: act for adj, act in STANCE_ADJECTIVES.items() for f in _inflections(adj)})
#: Verbs that, reflexive, give their subject a stance (``se veut``, ``s'est montré``, ``se dit``),
#: with their forms (the tagger often reads the adjective after them as the verb).
STANCE_VERBS = MappingProxyType(
    {
        "déclarer": "déclare déclarent déclarait déclaraient déclaré déclarée déclarés déclarées",
        "dire": "dit disent disait disaient dite dits dites",
        "montrer": "montre montrent montrait montraient montré montrée montrés montrées",
        "vouloir": "veut veulent voulait voulaient voulu voulue voulus voulues",
    }
)
#: Every form of ``STANCE_VERBS``.
STANCE_VERB_FORMS = frozenset(f for forms in STANCE_VERBS.values() for f in forms.split())
#: Subjects of an impersonal judgement (``il est curieux que``, ``c'est inacceptable``, ``cela est
#: regrettable``): a classifier feature with the judgement's lexicon family.
IMPERSONAL_SUBJECTS = frozenset({"c'", "ce", "cela", "ça", "il"})
#: Interrogative adverbs that, before an infinitive, make a deliberative question (``Comment refuser
#: … ?``, ``Pourquoi attendre ?``): the speaker asks what nobody could answer otherwise.
DELIBERATIVE_ADVERBS = frozenset({"comment", "pourquoi"})

# --- What the parse shows of an evaluation: negated, removed, lost, or only a topic ----------
#
# From the errors of the probe of ordinary news statements (docs/accuracy.md, "Speech acts")
# and French usage: a negation turns a risk into a reassurance and a guarantee into a warning;
# a word of blame or risk that is what a film, an inquiry or a study is about evaluates nobody.

#: States of safety whose negation or loss warns (``la sécurité n'est plus garantie``, ``nous ne
#: pouvons plus assurer la sécurité``): the guarantees of the ``reassure`` family, not its words of
#: calm or normality (``ce n'est pas normal`` blames).
SAFETY_WORDS = frozenset({"assurer", "assuré", "garantir", "garanti", "protéger", "protégé", "sécurité", "sécuriser"})
#: Praise whose negation, said of a person, a decision or a conduct, blames (``ce n'est pas digne
#: de vous``, ``ce n'est pas sérieux``, ``il n'est pas à la hauteur``).
PRAISE_WORDS = frozenset(
    {
        "acceptable",
        "admissible",
        "cohérent",
        "convenable",
        "correct",
        "crédible",
        "décent",
        "digne",
        "honnête",
        "hauteur",
        "loyal",
        "raisonnable",
        "respectueux",
        "responsable",
        "sérieux",
    }
)
#: Words of the blame lexicon (a feature of the classifier) that say sorrow: a label of sorrow
#: (``qualifié cette défaite de « triste journée »``) blames nobody (``act.accusation.label``).
SORROW_WORDS = frozenset({"triste"})
#: A harm or a relapse (``HARM_VERBS``, ``RELAPSE_VERBS``) that a thing which cannot act may bring at
#: any moment (``le feu peut repartir à tout moment``, ``la digue peut céder d'un instant à l'autre``) is
#: a warning (``act.warning.imminent``): the modal, the nouns of time and the words that make them
#: "any moment now".
POSSIBILITY_VERBS = frozenset({"pouvoir"})
#: Verbs of a harm starting again (``le feu peut repartir``), beside ``HARM_VERBS``.
RELAPSE_VERBS = frozenset({"déborder", "dégénérer", "rebondir", "redémarrer", "repartir", "reprendre"})
IMMINENCE_NOUNS = frozenset({"instant", "minute", "moment"})
#: A general truth said with ``devoir`` (``act.veto.generic``): nouns that, with an indefinite
#: article, name anyone at all (``un homme doit savoir s'arrêter``), the indefinite articles, the
#: generic pronoun, and the nouns of a time whose relative clause states what holds then (``il
#: arrive un moment où l'on doit …``). From French grammar (generic reference); lemmas.
GENERIC_PERSON_NOUNS = frozenset({"enfant", "femme", "homme", "individu", "parent", "personne", "être"})
INDEFINITE_ARTICLES = frozenset({"un", "une"})
GENERIC_PRONOUNS = frozenset({"on", "l'on", "chacun"})
TIME_NOUNS = frozenset({"heure", "instant", "jour", "moment", "période", "stade", "temps", "âge"})
IMMINENCE_WORDS = frozenset({"tout", "autre"})
#: Prepositions that put the subject out of what their noun names (``le blessé est hors de danger``): the
#: risk noun of a copula they head is negated.
OUT_OF_PREPOSITIONS = frozenset({"hors"})
#: Verbs that say a danger is gone when a risk word is their subject (``le danger est écarté``, ``la
#: menace est levée``, ``le risque est maîtrisé``): a reassurance.
REMOVAL_VERBS = frozenset(
    {
        "circonscrire",
        "contenir",
        "dissiper",
        "enrayer",
        "écarter",
        "éloigner",
        "lever",
        "maîtriser",
        "passer",
        "résorber",
    }
)
#: What someone owed others and, negated in the past, did not give (``rien n'a été fait``, ``les
#: promesses n'ont pas été tenues``, ``il n'a jamais répondu``): a reproach when said of others.
DUTY_VERBS = frozenset({"agir", "consulter", "écouter", "faire", "honorer", "réagir", "respecter", "répondre", "tenir"})
#: Harm that, foretold of something or someone other than the speaker, warns (``le festival
#: disparaîtra``, ``les digues pourraient céder``, ``des commerces vont mourir``).
HARM_VERBS = frozenset(
    {
        "céder",
        "couler",
        "disparaître",
        "détruire",
        "effondrer",
        "exploser",
        "flamber",
        "mourir",
        "ruiner",
        "sombrer",
        "tuer",
    }
)
#: Harms that, foretold to grow, warn (``les incendies vont se multiplier``); with ``GROWTH_VERBS``.
HARM_NOUNS = frozenset(
    {"accident", "agression", "cambriolage", "crue", "épidémie", "incendie", "inondation", "licenciement", "violence"}
)
GROWTH_VERBS = frozenset({"aggraver", "augmenter", "exploser", "multiplier", "redoubler", "étendre", "propager"})
#: Nouns and verbs whose complement is what a work, an inquiry or a talk is about: a word of blame
#: or risk there names a topic, not an evaluation (``l'histoire d'un scandale``, ``l'enquête porte
#: sur des faits de corruption``, ``l'étude porte sur les risques``).
TOPIC_NOUNS = frozenset(
    {
        "affaire",
        "dossier",
        "documentaire",
        "enquête",
        "étude",
        "film",
        "histoire",
        "livre",
        "procès",
        "récit",
        "roman",
        "spectacle",
        "sujet",
        "thème",
    }
)
#: With their present and imperfect forms, which the lemmatizer often leaves as they are (``porte``).
ABOUTNESS_VERBS = frozenset(
    """
    concerner concerne concernent concernait concernaient porter porte portent portait portaient
    raconter raconte racontent racontait retracer retrace retracent traiter traite traitent traitait
    intituler intitule intitulent intitulait
    """.split()
)
#: Adverbs that make a negation a state of progress (``nous n'avons pas encore reçu``), and words
#: of degree that make ``jamais`` an exclamation (``je n'ai jamais vu autant de monde``): no denial.
NOT_YET = frozenset({"encore"})
DEGREE_WORDS = frozenset({"autant", "aussi", "pareil", "pareille", "si", "tant", "tel", "telle", "tels", "telles"})
#: A first-person inability (``je n'ai pas pu venir``) reports, it does not deny.
INABILITY_VERBS = frozenset({"pouvoir"})
#: An expectation unmet (``act.accusation.unmet_expectation``): what the speaker still (``toujours pas``)
#: does not receive, and what none of a set (``aucun``, ``pas un seul``) was granted by others.
STILL_WORDS = frozenset({"toujours"})
RECEIPT_VERBS = frozenset({"avoir", "recevoir", "obtenir"})
ACCEPTANCE_VERBS = frozenset({"accepter", "écouter", "entendre", "examiner", "prendre"})
DEFINITE_ARTICLES = frozenset({"le"})
NEGATIVE_QUANTIFIERS = frozenset({"aucun", "nul"})
ONLY_WORDS = frozenset({"seul", "seule"})
NOT_WORDS = frozenset({"pas"})
#: Prepositions that put a negated future off to a date (``ne commencera pas avant mars``): a timetable.
DEFERRAL_PREPOSITIONS = frozenset({"avant"})
#: Prepositions by which a bare noun names the kind of another (``système d'alerte``, ``cellule de crise``).
KIND_PREPOSITIONS = frozenset({"de", "d'"})
#: The content rules a veto of the parse may withdraw, by the kind of veto (``quoteminer.acts._veto``).
VETOABLE = MappingProxyType(
    {
        "negated": (
            "act.warning.danger",
            "act.warning.catastrophe",
            "act.warning.sape",
            "act.accusation.idiom",
            "act.warning.idiom",
        ),
        "topic": (
            "act.accusation.blame",
            "act.accusation.blame_words",
            "act.accusation.faute",
            "act.accusation.intolerable",
            "act.warning.danger",
            "act.warning.catastrophe",
        ),
        "schedule": ("act.demand.devoir",),
        "generic": ("act.demand.devoir",),
        "not_the_speaker": ("act.demand.exiger",),
        "subject": (
            "act.accusation.blame",
            "act.accusation.blame_words",
            "act.accusation.faute",
            "act.warning.danger",
            "act.warning.catastrophe",
        ),
        "self": ("act.accusation.blame", "act.accusation.blame_words", "act.accusation.faute"),
        "past_state": ("act.warning.danger", "act.warning.catastrophe"),
        "forecast": (
            "act.assurance.continuer",
            "act.assurance.continue",
            "act.assurance.rester",
            "act.assurance.poursuivra",
        ),
        "compound": ("act.warning.danger", "act.warning.catastrophe"),
        "toll": ("act.denial.pas_eu",),
        "not_a_denial": (
            "act.denial.first_person",
            "act.denial.first_person_ne",
            "act.denial.jamais",
            "act.denial.ne_pas",
            "act.denial.third_person",
        ),
    }
)
#: Adverbs that deny or play down the word they bear on without ``ne`` (``importants mais pas graves``,
#: ``rarement grave``, ``peu dangereux``): the risk or blame is not said.
DIMINISHERS = frozenset({"pas", "peu", "rarement", "guère", "nullement", "aucunement", "jamais", "non"})
#: Verbs whose subject, a harm or a risk, is said to grow, strike, last or hang over someone (``la menace
#: pèse``, ``le danger demeure``): with another verb, a risk word in the subject names what is reported
#: (``la menace d'orages se déplace``, ``les crimes ont diminué``), it warns of nothing.
RISK_PERSISTENCE = (
    GROWTH_VERBS
    | HARM_VERBS
    | frozenset(
        """
    approcher demeurer éclabousser frapper grandir guetter menacer peser persister planer rester subsister toucher
    viser
    """.split()
    )
)
#: Verbs by which a service runs (``le réseau continuera de fonctionner``): going on with them reassures,
#: unlike a thing's process (``la pluie continuera à tomber``), which a verb of continuing only forecasts.
SERVICE_VERBS = frozenset({"circuler", "fonctionner", "marcher", "opérer", "ouvrir", "rouler", "servir"})
#: Conduct blamed by its very word when a named body or person is its subject (``l'État a abandonné la
#: ligne``, ``la direction a sacrifié l'atelier``): an accusation of that third party.
BLAMED_CONDUCT = frozenset(
    """
    abandonner bafouer bâcler brader délaisser dilapider gaspiller mentir mépriser saborder saboter sacrifier
    tromper trahir
    bâillonner humilier museler piller piétiner spolier
    """.split()
)
#: Verbs of letting, which with an infinitive of harm blame the one who let it happen (``a laissé mourir``).
PERMISSIVE_VERBS = frozenset({"laisser"})
#: What a speaker acts through, whose negated future commits him as his own would (``la loi ne
#: changera rien pour les couples mariés``, ``la réforme ne touchera pas aux retraites``): the
#: instruments of a policy, unlike the things a negated future only forecasts (``la digue ne tiendra
#: pas``, ``le chantier ne sera pas terminé``).
INSTRUMENT_NOUNS = frozenset(
    {
        "amendement",
        "article",
        "budget",
        "circulaire",
        "décret",
        "disposition",
        "dispositif",
        "loi",
        "mesure",
        "ordonnance",
        "plan",
        "projet",
        "proposition",
        "réforme",
        "règlement",
        "texte",
    }
)
#: The negative particle alone, which with a ``que`` after the verb restricts (``ne … que``: only).
BARE_NEGATIONS = frozenset({"ne", "n'", "n’"})
#: Losses whose negated future reassures whatever its subject (``la piscine ne fermera pas``, ``les
#: prix n'augmenteront pas``): a commitment about a service, unlike a thing's course (``la digue ne
#: tiendra pas``, ``le chantier ne sera pas terminé``), which a negated future only forecasts.
LOSS_VERBS = HARM_VERBS | frozenset(
    {"annuler", "arrêter", "augmenter", "fermer", "interrompre", "licencier", "priver", "retirer", "supprimer"}
)
#: Verbs of legal proceedings that, in the passive, describe a charge (``sont poursuivis pour
#: escroquerie``, ``est soupçonné de fraude``, ``a été mis en examen pour``): the charge is the court's or
#: the prosecutor's, reported; no accusation by the speaker (ANNOTATION.md §3: the speaker blames).
CHARGE_VERBS = frozenset(
    {"accuser", "condamner", "inculper", "juger", "mettre", "poursuivre", "soupçonner", "suspecter", "écrouer"}
)
#: Verbs by which a party is said to bear a responsibility (``porte la responsabilité de``, ``porte une part
#: de responsabilité dans``, ``endosse les torts``), with the present forms the lemmatizer leaves as they
#: are; not ``avoir`` (``le maire a la responsabilité de la sécurité``: a duty held, no fault).
BEARING_VERBS = frozenset({"endosser", "porter", "porte", "portent"})
#: Nouns of a fault held by a party (``la responsabilité``, ``les torts``), borne through ``BEARING_VERBS``;
#: not ``faute``, whose set phrases hold none (``faute de quoi``, ``faute de moyens``).
RESPONSIBILITY_NOUNS = frozenset({"culpabilité", "responsabilité", "tort"})
#: Verbs of help or amends done to people (``chaque famille sera relogée``, ``les victimes seront
#: indemnisées``, ``la mairie remboursera les usagers``): in the future, said in the passive or of someone who
#: can act, they promise the help (``act.assurance.benefit_future``). From the undertakings of local and
#: institutional news after a disaster, a closure or a failure; verbs of action in general are not here.
#: ``payer`` and ``verser`` were left out as a schedule of payments (``l'aide sera versée en deux fois``)
#: reads alike; they came in for wages owed (``les salaires seront versés à la fin du mois``, round 12),
#: moving no fixture item: a schedule of payments said in the future now reads as an assurance.
BENEFIT_VERBS = frozenset(
    {
        "dédommager",
        "payer",
        "verser",
        "indemniser",
        "reclasser",
        "reloger",
        "rembourser",
        "secourir",
        "héberger",
        "prendre en charge",
    }
)
#: Verbs of a work brought to its end or a service given back (``le chantier sera terminé avant la rentrée``,
#: ``la route sera rouverte vendredi``): in the future passive, whoever is in charge promises it
#: (``act.assurance.restored_future``); a work undone (``sera détruit``) is a harm, not here. From the
#: undertakings of local news after works, a closure or a disaster.
RESTORATION_VERBS = frozenset(
    {"achever", "livrer", "reconstruire", "réparer", "rétablir", "rouvrir", "réouvrir", "terminer"}
)
#: Restoration verbs that, active and with no object but their own doors (``REOPENED_OBJECTS``), say a
#: service comes back by itself (``l'école rouvrira lundi``, ``la piscine rouvrira ses portes``); another object
#: makes it someone's act (``le juge rouvrira le dossier``).
REOPENING_VERBS = frozenset({"rouvrir", "réouvrir"})
REOPENED_OBJECTS = frozenset({"porte"})
#: Verbs of people getting back what they had lost (``les habitants pourront regagner leur domicile``): with
#: ``pouvoir`` in the future, a permission given back, an assurance (``act.assurance.restored_future``).
RETURN_VERBS = frozenset({"regagner", "réintégrer", "rentrer", "retourner", "retrouver"})
#: States of a service kept for its users (``la maternité restera ouverte``, ``l'accès restera gratuit``): said
#: with a verb of state in the future (``STATE_VERBS``), an assurance (``act.assurance.service_kept``); by
#: lemma, ``ouvrir`` for the participle the tagger reads as a verb. A state that only forecasts (``les
#: températures resteront normales``, ``restera fermé``) is not here.
KEPT_STATES = frozenset({"accessible", "gratuit", "garanti", "maintenu", "ouvert", "ouvrir"})

#: Charges a speaker may say did not happen (``il n'y a eu aucune fraude``), beside the words of blame
#: (``LEXICON["blame"]``): negated in an existential or a copula, a denial (``act.denial.no_charge``).
CHARGE_NOUNS = frozenset(
    {
        "corruption",
        "détournement",
        "dopage",
        "fraude",
        "harcèlement",
        "irrégularité",
        "malversation",
        "triche",
        "tricherie",
    }
)

#: Verbs by which a subject takes a risk on itself (``les pilotes ont pris tous les risques``,
#: ``a couru un grand danger``): a risk taken or run blames nobody (``act.accusation.risk_caused``).
RISK_TAKING_VERBS = frozenset({"prendre", "courir", "encourir"})

#: Nouns of a conduct (``une gestion catastrophique``, ``une politique désastreuse``): a risk word said of one
#: judges whoever conducted it, a loaded label (``act.accusation.label``), not a danger ahead.
CONDUCT_NOUNS = frozenset({"bilan", "choix", "décision", "gestion", "management", "pilotage", "politique", "stratégie"})
#: Verbs of a ``si`` clause that only sets a proviso (``si le temps le permet, le match aura lieu``): no
#: condition held over a consequence (``act.warning.conditional_consequence``).
PROVISO_VERBS = frozenset({"permettre"})
#: Verbs of wanting whose object, in the first person, is what the speaker calls for (``nous voulons
#: des médecins``, ``on veut des bus``, ``nous souhaitons du concret``); lemmas.
WISH_VERBS = frozenset({"vouloir", "souhaiter"})
#: Their forms of the present and the conditional, the wish said now (the tagger reads ``voulais`` as a
#: present at times): not a wish recalled (``je voulais des enfants``).
WISH_FORMS = frozenset(
    """
    veux veut voulons voulez veulent voudrais voudrait voudrions voudriez voudraient
    souhaite souhaites souhaitons souhaitez souhaitent souhaiterais souhaiterait souhaiterions souhaiteriez
    souhaiteraient
    """.split()
)
#: Subjects that make a wish the speaker's own: the first person, and ``on`` standing for ``nous``.
WISH_SUBJECTS = frozenset({"nous", "on", "l'on"})  # a group's wish (not "je veux des enfants")
#: Words that open an object noun phrase as a plural or partitive indefinite (``des bus``, ``du
#: concret``, ``de la transparence``, ``d'autres moyens``): an amount of something wanted, not a
#: thing of one's own (``un beau spectacle``, ``le titre``).
PARTITIVE_WORDS = frozenset({"des", "du", "de", "d'"})
#: Words of surprise or regret that, in an impersonal judgement of what someone did or does (``il est
#: étonnant que la direction n'ait pas consulté``, ``quel dommage que la région ait renoncé``), reproach
#: him; lemmas.
SURPRISE_WORDS = frozenset(
    {
        "curieux",
        "dommage",
        "paradoxal",
        "regrettable",
        "singulier",
        "stupéfiant",
        "surprenant",
        "troublant",
        "étonnant",
        "étrange",
    }
)
#: Determiners of an exclamation on a noun (``quel dommage que``).
EXCLAMATIVE_DETERMINERS = frozenset({"quel", "quelle"})
#: Dependencies of the clause a judgement is passed on (``que la direction ait …``, ``de voir …``).
JUDGED_CLAUSE_DEPS = frozenset({"ccomp", "csubj", "dep", "xcomp", "advcl", "acl:relcl", "acl"})
#: Forms of ``espérer`` in the present, the speaker's hope now (``j'espère que le conseil régional
#: tiendra parole``): a hope for what a body or the hearer will do calls on him to do it.
HOPE_FORMS = frozenset({"espère", "espérons"})
#: Forms of ``bienvenu``: in the conditional, of an amount of something (``un geste de la commune serait
#: le bienvenu``, ``des moyens seraient les bienvenus``), a polite call on whoever can give it.
WELCOME_WORDS = frozenset({"bienvenu", "bienvenue", "bienvenus", "bienvenues"})
#: Words that open a noun phrase as an amount of something (``un geste``, ``des moyens``, ``un peu de``).
AMOUNT_OPENERS = frozenset({"un", "une", "des", "du", "de", "d'"})

#: The verb of duty whose person and mood say whether it demands (``vous devez``) or schedules
#: (``le chantier doit s'achever``).
DUTY_MODAL = "devoir"
#: The verb of doing, a duty only with nothing done (``n'a rien fait``).
DOING_VERB = "faire"
#: ``jamais`` (never), strong with a degree word (``jamais aussi …``).
NEVER = "jamais"
#: Negative subjects (``aucun élève``, ``personne``, ``rien``): a negated state of a thing.
NEGATIVE_SUBJECTS = frozenset({"aucun", "aucune", "personne", "rien"})
#: The toll of an incident, as a report of it counts it (``pas eu de blessé``, ``aucune victime``):
#: saying there was none reports an outcome; it denies no claim.
TOLL_NOUNS = frozenset({"blessé", "blessée", "victime", "mort", "morte", "décès", "dégât", "blessure", "perte", "tué"})
