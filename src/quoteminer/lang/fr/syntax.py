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
#: Endings of a past participle the parser may take for a subject (``Cité par l'AFP, …``).
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
#: Personal subject pronouns the parser may tag as expletive (``Il précise que …``).
PERSONAL_SUBJECTS = frozenset({"il", "elle", "ils", "elles"})
#: A stressed pronoun after the noun it stresses (``le Pentagone lui, a assuré``).
EMPHATIC = frozenset({"lui"})
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
#: Clitics and negation between a subject and its finite verb, stepped over going back.
BEFORE_VERB = frozenset({"ne", "n'", "n’", "s'", "s’", "se", "l'", "l’", "le", "la", "les", "lui", "leur", "y", "en"})
#: Elided clitics between a closing quotation mark and an incise verb (``», s'est-il exclamé``).
ELIDED_CLITICS = frozenset({"s'", "s’", "l'", "l’"})
#: The verb whose finite forms the tagger takes for a noun in ``fait savoir``.
FAIRE = "faire"
#: The ending of a present participle (not a finite form of ``faire``).
PRESENT_PARTICIPLE = "ant"
