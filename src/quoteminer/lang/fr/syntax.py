"""Function words the attribution stages step over or test for: French grammar as data.

The speaker and coreference stages read the parse, but the parse of news French is
often helped by a few words of the language itself: the euphonic ``-t-`` of an inverted
clitic, the ``par`` of a passive agent, the words of time an incise puts between its verb
and its subject, the clitics before a finite verb. They are listed here, so that no
stage module holds a French word.
"""

from __future__ import annotations

#: The euphonic t of an inverted clitic (``a-t-il``) when the tokenizer splits it off.
EUPHONIC_T = "-t"
#: The inverted impersonal subject (``tempère-t-on``) and its plain form.
INVERTED_ON = "-on"
IMPERSONAL_ON = "on"
#: Prepositions naming where an impersonal ``on`` speaks from (``indique-t-on à Matignon``).
PLACE_PREPOSITIONS = frozenset({"à", "au", "aux", "chez", "dans", "auprès"})
#: The preposition of a passive agent (``cité par l'AFP``, ``un bilan diffusé par le ministère``).
AGENT_PREPOSITION = "par"
#: The preposition of the publication a document appears in: ``paru dans le quotidien …``.
IN_PREPOSITION = "dans"
#: Endings of a past participle the parser may take for a subject (``Cité par l'AFP, …``).
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
#: Personal subject pronouns the parser may tag as expletive (``Il précise que …``).
PERSONAL_SUBJECTS = frozenset({"il", "elle", "ils", "elles"})
#: A stressed pronoun after the noun it stresses (``le Pentagone lui, a assuré``).
EMPHATIC = frozenset({"lui"})
#: Stressed pronouns that resume a subject set off by commas (``L'Unesco, elle, a demandé``).
SET_OFF_EMPHATIC = frozenset({"elle", "elles", "eux", "lui"})
#: The word before a gerund (``…, en évoquant …``).
GERUND = "en"
#: The relative pronoun whose antecedent is the source (``pour qui``, ``selon qui``).
RELATIVE_SUBJECT = "qui"
#: Nouns the tagger sometimes calls adjectives (``un jeune manifestant``).
ROLE_ADJECTIVES = frozenset(
    {"manifestant", "habitant", "militant", "opposant", "responsable", "porte-parole", "témoin"}
)
#: Words of time that stand between an incise verb and its subject (``a averti lundi soir X``).
TIME_WORDS = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche soir matin midi après-midi nuit veille "
    "lendemain hier aujourd'hui aujourd’hui dernier dernière prochain prochaine".split()
)
#: Words of ``TIME_WORDS`` that point to the future (``la semaine prochaine``, ``mardi prochain``):
#: a time phrase holding one dates what is reported, never the past act of saying it.
FUTURE_TIME_WORDS = frozenset({"prochain", "prochaine", "prochains", "prochaines"})
#: A time phrase with a preposition that ends a reported noun phrase and dates the act of saying, not
#: the content (``a reconnu sa défaite dans la nuit``, ``a annoncé sa démission en fin de journée``,
#: ``dans la soirée de samedi``, ``dans la nuit de lundi à mardi``). Read on the span's text.
TRAILING_TIME_PHRASE = (
    r"(?:(?:dans|durant|pendant|au cours de) (?:la|le|l'|l’) ?(?:nuit|matinée|soirée|journée|après-midi|week-end)"
    r"|en (?:début|fin|milieu) (?:de |d'|d’)(?:nuit|matinée|soirée|journée|après-midi|semaine)"
    r"|en (?:matinée|soirée))"
    r"(?: (?:de|du) \w+(?: (?:à|au) \w+)?)?"
)
#: Clitics and negation between a subject and its finite verb, stepped over going back.
BEFORE_VERB = frozenset({"ne", "n'", "n’", "s'", "s’", "se", "l'", "l’", "le", "la", "les", "lui", "leur", "y", "en"})
#: Elided clitics between a closing quotation mark and an incise verb (``», s'est-il exclamé``).
ELIDED_CLITICS = frozenset({"s'", "s’", "l'", "l’"})
#: The verb whose finite forms the tagger takes for a noun in ``fait savoir``.
FAIRE = "faire"
#: The ending of a present participle (not a finite form of ``faire``).
PRESENT_PARTICIPLE = "ant"

# --- what the content stages (reported.py, kinds.py, linking.py, content.py) read -------------

#: Reflexive clitics: a reflexive use (``s'est félicité de``, ``se verra demander``, ``se disant``).
REFLEXIVE = frozenset({"se", "s'", "s’"})
#: How a reflexive lexicon entry is written: ``s'`` before a vowel or a mute h, ``se `` otherwise.
REFLEXIVE_ELIDED = "s'"
REFLEXIVE_FULL = "se "
ELIDING_INITIALS = "aeiouéèêh"
#: The complementizer ``que``.
QUE = frozenset({"que", "qu'", "qu’"})
#: The conjunction of a condition or an indirect question (``si``, elided before ``il``: ``s'il``).
IF = frozenset({"si", "s'", "s’"})
#: Conjunctions opening a reported clause: a que-clause, or an indirect question or condition
#: (``demande s'il …``).
SUBORDINATORS = QUE | IF

#: Conjunctions of a condition or a time that make a clause hypothetical (``si``, ``lorsque``,
#: ``quand``).
HYPOTHETICAL_CONJUNCTIONS = frozenset({"lorsque", "lorsqu'", "lorsqu’", "quand", "si", "s'", "s’"})

#: Prepositions that introduce a verb's content complement (``accuse X de``, ``appelle à``,
#: ``proteste contre``).
COMPLEMENT_PREPOSITIONS = frozenset({"à", "de", "d'", "d’", "au", "aux", "du", "des", "contre"})

#: Relative pronouns that open a clause on a noun (``qui``, ``dont``, ``lequel``).
RELATIVE_PRONOUNS = frozenset({"qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"})
#: Adverbs of a verb's negation (``n'a pas exclu``, ``n'a jamais nié``).
NEGATION_ADVERBS = frozenset({"pas", "jamais", "guère", "point"})
#: The negation clitic: the verb it stands before is negated (``ne plus se sentir``).
NEGATION_CLITICS = frozenset({"ne", "n'", "n’"})
#: One-word partitive articles, which the parse may read as ``de`` + ``les`` (``des mesures``).
PARTITIVE_ARTICLES = frozenset({"des", "du"})
#: Prepositions that link a role to its institution or its charge (``le maire de Metz``,
#: ``l'adjoint aux finances``, ``responsable chez Renault``); a phrase hung on a role noun with
#: another one tells where or how (``sous couvert d'anonymat``, ``lors du conseil``).
ROLE_PREPOSITIONS = frozenset({"de", "d'", "d’", "du", "des", "à", "au", "aux", "chez", "pour", "en"})
#: Dative clitics: the addressee of a verb of saying (``leur a appris que …``).
DATIVE_CLITICS = frozenset({"lui", "leur", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})
#: The copula's lemma (``L'explication est que …``).
COPULA = "être"
#: The passive's auxiliary (``Il lui est reproché de …``).
PASSIVE_AUXILIARY = frozenset({"être"})
#: The auxiliaries' lemmas, whatever the tagger calls them (``Moscou a de son côté rejeté …``).
AUXILIARIES = frozenset({"avoir", "être"})
#: Endings of the first-person plural and second-person plural forms, which an imperative takes
#: (``Rappelons``, ``Notez``) and a third-person verb the tagger misreads as one does not.
IMPERATIVE_FORM_ENDINGS = ("ons", "ez")
#: Relative pronouns of a restrictive relative clause that stays in a noun phrase
#: (``un concert qui sera donné par la fanfare``).
RESTRICTIVE_RELATIVES = frozenset({"qui", "que", "qu'", "qu’", "dont", "où"})
#: Relative pronouns that close the subject of an incise (``…, note l'Institut, qui s'attendait …``).
SUBJECT_RELATIVES = frozenset({"qui", "dont"})
#: Relative pronouns that open a clause after a comma (``…, où les combats ont fait 200 morts``).
CLAUSE_RELATIVES = frozenset({"où", "dont"})
#: Relative pronouns after a preposition (``selon laquelle``, ``sur lequel``, ``par lesquels``).
OBLIQUE_RELATIVES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "qui", "quoi"})
#: The adverb that may stand before a gerund (``tout en partageant``).
GERUND_ADVERB = "tout"
#: Prepositions that open, with an infinitive, an adjunct of the reporting act after a comma
#: (``a précisé que son état s'était amélioré, sans donner plus de détails``): the content stops there.
INFINITIVE_ADJUNCTS = frozenset({"sans"})
#: Words that open an adjunct of the main verb after a comma, before ``de`` + infinitive
#: (``a affirmé que …, avant de rencontrer les élus``, ``…, afin de rassurer``).
MAIN_VERB_ADJUNCTS = frozenset({"avant", "afin"})

#: Prepositions that open, after a comma, an adjunct of the act of saying at the end of a reported
#: clause: the occasion, the channel or the audience it was said at (``a indiqué que …, lors de la
#: réunion publique``, ``…, à l'issue de l'assemblée générale``, ``…, dans un communiqué``). Read on
#: the text after the comma; the phrase's noun must be one of ``SCENE_NOUNS`` unless the preposition
#: names the audience (``SCENE_AUDIENCE``).
SCENE_ADJUNCT = (
    r"(?:(?:lors|au cours|à l['’]issue|en marge|en présence|en clôture|en ouverture) (?:de |du |des |d['’])"
    r"|(?:devant|dans|pendant|durant) )"
)
#: Openers of ``SCENE_ADJUNCT`` that name who heard it, whatever noun follows (``…, en présence de
#: ses parents``).
SCENE_AUDIENCE = r"en présence "
#: Lemmas of the occasions and channels of speaking that such an adjunct names: a meeting, a
#: sitting, a press conference, a ceremony, a hearing; a communiqué, a letter, an interview.
SCENE_NOUNS = frozenset(
    "allocution assemblée audience cérémonie communiqué conférence congrès conseil courrier débat discours "
    "entretien inauguration interview lettre message point réception remise réunion séance session vœu "
    "vœux visite".split()
)
#: Words that open an infinitive of purpose (``pour obtenir``, ``afin d'obtenir``: with ``de``
#: after ``afin``); after a verb of ``lang.cues.PURPOSE_CONTENT`` it is what the source asks.
PURPOSE_MARKERS = frozenset({"pour", "afin"})
#: Coordinators that close an enumeration (``d'un gymnase et d'une crèche``).
LIST_COORDINATORS = frozenset({"et", "ou"})
#: The coordinator that joins names into one source (``Williams et McLaren``).
AND = "et"
#: The coordinator of a second verb of the same subject (``a reconnu des erreurs et promet de …``).
VERB_COORDINATOR = "et"
#: Words that open another clause in a noun phrase's run (``…, puis les salariés ont voté``).
CLAUSE_OPENERS = frozenset({"mais", "car", "or", "puis"})
#: The expletive subject of impersonal frames (``il convient de``).
EXPLETIVE_SUBJECT = "il"
#: ``de`` and its elided form: the preposition after a work's noun and before its author
#: (``une comédie de Jean Dupuis, « … »``), and of a noun's owner (``la guérilla des FARC``).
DE = frozenset({"de", "d'", "d’"})
#: ``de`` and its contracted forms, before the name a noun describes (``la guérilla des FARC``).
OF_FORMS = frozenset({"de", "des", "du", "d'", "d’"})
#: A relative that takes up a whole statement after a comma (``…, ce que l'Iran dément``, ``…, ce
#: qui a surpris``): the journalist's comment on it, never part of the reported clause.
RESUMPTIVE_RELATIVES = frozenset({("ce", "que"), ("ce", "qu'"), ("ce", "qu’"), ("ce", "qui")})
#: Interrogative words that open an indirect question without ``si`` (``a demandé pourquoi …``):
#: unlike ``que`` and ``si`` they carry content and stay in the span. Only after a verb of asking
#: (``lang.cues.ASKING_VERBS``): ``a expliqué comment il avait survécu`` does not say how.
QUESTION_WORDS = frozenset({"combien", "comment", "où", "pourquoi", "quand"})
#: Prepositions that hold the article of the noun after them (``au calme``, ``aux urnes``,
#: ``du retrait``): a bare noun after one is a whole noun phrase, as ``la retenue`` is.
CONTRACTED_ARTICLES = frozenset({"au", "aux", "du", "des"})
#: ``à`` and ``au`` before an adverbial phrase's noun (``à la rescousse``, ``à long terme``).
A = frozenset({"à", "au"})
#: The forms of ``à`` that name an addressee (``un appel à la prudence aux automobilistes``).
DATIVE = frozenset({"à", "au", "aux"})
#: Verbs of learning, after which ``à`` names whom one learnt from (``a-t-on appris au club``), where after a
#: verb of saying it names whom one told (``a-t-on indiqué à la famille``).
LEARNING_VERBS = frozenset({"apprendre"})
#: Nouns heading a bill (``projet de loi``, ``proposition de loi``) and the noun that makes them one.
BILL_HEADS = frozenset({"projet", "proposition"})
BILL = "loi"
#: Words between an indirect item and a quotation that goes on with its clause (``une réunion
#: de l'ONU pour « dénoncer … »``).
CLAUSE_LINKS = ("afin de", "afin d'", "pour", "contre", "avec", "sur", "de", "d'", "à")
#: Determiners before the noun ``car`` (a coach), not the conjunction of cause.
NOUN_DETERMINERS = ("le", "un", "du", "au", "ce")
#: Words another statement may start from in the rest of a sentence (``d'après``, ``pour X,``).
SOURCE_STARTS = frozenset({"après", "pour"})
#: Nouns of incidental phrases with a possessive (``pour sa part``, ``de leur côté``, ``à son
#: tour``): they set the speaker against others, they are never what the verb reports.
INCIDENTAL_NOUNS = frozenset({"part", "côté", "tour"})
#: Nouns that with a bare preposition make an adverb (``au contraire``, ``en revanche``, ``au
#: passage``, ``en substance``): a noun phrase the parse hangs on one right after it is the verb's
#: object (``salue au contraire un « premier pas »``).
CONNECTIVE_PHRASE_NOUNS = frozenset({"contraire", "revanche", "passage", "substance"})

#: Nouns of a side that, before an indefinite subject, name who speaks through it (``Du côté de
#: la préfecture, on estime que …``: the prefecture).
SIDE_NOUNS = frozenset({"côté"})
#: The preposition that opens such a side phrase (not ``à côté de``, next to; not ``aux côtés de``,
#: alongside).
SIDE_CASES = frozenset({"du"})

#: The word ``que`` that opens a complement clause (``a dit que …``) read at the start of a span.
QUE_WORD = "que"
#: Negation adverbs that deny a reporting verb (``n'a pas dit``, ``n'a jamais affirmé``,
#: ``n'a guère expliqué``): nobody said what it reports.
UNSAID_ADVERBS = frozenset({"pas", "jamais", "guère"})
#: The same for a verb that governs the reporting verb (``ne veut pas dire``).
UNSAID_GOVERNOR_ADVERBS = frozenset({"pas", "jamais"})
#: Verbs whose negation denies the infinitive they govern (``n'a pas voulu confirmer``).
WILL_VERBS = frozenset({"vouloir", "pouvoir", "refuser"})
#: The preposition before an infinitive that says the act did not happen (``sans dire``).
WITHOUT = "sans"
#: The preposition of a target (``a requis dix ans contre l'accusé``).
AGAINST = "contre"
#: Conjunctions and adverbs that end a reported noun phrase (``a annoncé la fermeture, mais …``).
NP_STOP_WORDS = frozenset({"mais", "car", "or", "tandis", "alors", "lorsque", "quand"})
#: Adjectives of ``last`` after a day or month (``lundi dernier``): a date, not more of the phrase.
LAST_ADJECTIVES = frozenset({"dernier", "dernière"})
#: Reflexive and object clitics of every person (``se``, ``me``, ``nous``: ``je me réjouis``).
REFLEXIVE_CLITICS = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})
#: The first words of a reflexive or ``en`` entry in the lexicon (``se dire``, ``s'en prendre``).
ENTRY_CLITICS = frozenset({"se", "s'", "en"})
#: Reflexive lexicon entries written with ``se`` or ``s'en`` as a separate first word.
REFLEXIVE_ENTRY_WORDS = frozenset({"se", "s'en"})
#: The prefix of a reflexive lexicon entry whose pronoun is elided (``s'exprimer``).
REFLEXIVE_ENTRY_PREFIXES = ("se ", "s'")
#: Clitics that may stand between a subject and its verb (``il l'a dit``, ``elle ne le dit pas``).
VERB_CLITICS = frozenset({"s'", "s’", "se", "l'", "l’", "le", "la", "les", "lui", "leur", "y", "en", "ne", "n'", "n’"})
#: Subject clitics, the impersonal ``on`` among them.
SUBJECT_CLITICS = PERSONAL_SUBJECTS | {IMPERSONAL_ON}
#: Relative pronouns after a source preposition (``un rapport selon lequel``).
SOURCE_RELATIVES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "quoi"})
#: Words that may open the clause before ``pour X,`` without making it a sentence of its own.
LEADING_CONJUNCTIONS = frozenset({"et", "mais", "car", "or", "donc"})
#: The agent preposition's and ``en``'s and ``à``'s short phrases a name may be looked past through
#: (``baptisée en Iran « … »``, ``surnommé par ses amis``).
SHORT_ADJUNCT_PREPOSITIONS = frozenset({"en", "par", "à"})
#: Words between a closing quotation mark and its cue with no comma (``« … » s'est-il réjoui``,
#: ``« … » a-t-il dit``): auxiliaries, clitics and subject pronouns, apostrophes cut off.
VERB_GROUP_WORDS = frozenset(
    {"a", "ont", "avait", "avaient", "aurait", "s", "se", "est", "sont", "n", "ne", "l", "lui", "t", "il", "elle"}
)
#: Definite articles before an organisation's or a group's name, as written in a folded name.
DEFINITE_ARTICLE_PREFIXES = ("le ", "la ", "l'", "les ")
#: Definite articles of every case and both apostrophes, stripped from a name's start.
CASED_ARTICLE_PREFIXES = ("le ", "la ", "les ", "l'", "l’", "Le ", "La ", "Les ", "L'", "L’")
#: Definite article words, each alone.
DEFINITE_ARTICLE_WORDS = ("le", "la", "les", "l'")
#: Indefinite articles (``un``, ``une``).
INDEFINITE_ARTICLES = frozenset({"un", "une"})
#: Small words left out of an acronym (``Confédération générale du travail`` → CGT).
ACRONYM_SKIPPED = frozenset({"de", "du", "des", "d'", "la", "le", "les", "l'", "et", "pour", "en"})
#: Lower-case particles inside a person's name (``Ben Ali``, ``al-Assad``, ``Van Rompuy``).
NAME_PARTICLES = frozenset({"-", "al", "el", "de", "ben", "bin", "van", "von", "da", "di"})
#: Particles a capitalised name may go on through in the fast mode (``Zine el-Abidine Ben Ali``).
FAST_NAME_PARTICLES = frozenset({"de", "al", "el", "ben"})
#: Words that introduce a work's title (``un livre intitulé « … »``, ``un rapport sur « … »``).
TITLE_INTRODUCERS = frozenset({"sur", "intitulé", "intitulée"})
#: Verbs that give a reporting expression its sense only in a phrase (``faire savoir``,
#: ``peut-on lire``), and the verbs of reading after ``peut-on``.
POUVOIR_VERB = "pouvoir"
PHRASE_VERBS = (FAIRE, POUVOIR_VERB)
READING_VERBS = frozenset({"lire", "entendre"})
#: ``d'`` before ``après`` (the tokenizer splits ``d'après``), and the word it makes.
APRES = "après"
ELIDED_DE = frozenset({"d'", "d’"})
D_APRES = "d'après"
#: The view preposition (``pour X, …``).
POUR = "pour"
#: ``à`` itself (``à négocier``, ``à tous les habitants``).
A_WORD = "à"
#: The coordinator that opens a narrative infinitive (``Et le maire d'ajouter``).
NARRATIVE_AND = "et"
#: Elided definite articles (``l'``), both apostrophes.
ELIDED_ARTICLES = frozenset({"l'", "l’"})
#: Object clitics and their apostrophe-cut form that may stand before a postposed verb
#: (``l'a dit``; ``l`` as some tokenisers cut it).
OBJECT_CLITIC_FORMS = frozenset({"l'", "l’", "le", "l"})
#: Articles a speaker's name may be written with or without (``la CGT``, ``un témoin``), folded:
#: two names equal once they are taken off are the same answer when a prediction is scored.
NAME_ARTICLE_PREFIXES = ("le ", "la ", "les ", "l'", "un ", "une ", "des ")
