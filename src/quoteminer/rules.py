"""Rule ids: every decision the pipeline records in a quote's ``evidence``, as data.

One readable table of ``Rule(id, stage, description, example)``: the id as it appears
in the evidence, the stage module that decides it, what it decides, and a sentence of
ordinary news French that shows it. ``RULES`` maps each id to its rule; ``find`` looks
an evidence string up. docs/design.md's rule table is generated from this module
(``tools/update_design.py``), and the tests check that every id the pipeline emits is
here, that every example still shows its rule, and that no rule is dead. Invariants:

- a parameterised family is one rule whose id holds ``<…>`` placeholders
  (``act.prior.<act>:<verb>``), never one rule per verb or per matched word; a closed
  set with a meaning per member (the ``kind.indirect`` forms, the ``act.path`` decision
  paths, the ``speaker`` rule of each source phrase) has one rule per member;
- an evidence string matches at most one rule;
- ``rare`` says why a rule hardly ever fires on the fixtures and the phenomenon tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs
import regex
from attrs import validators as v

from quoteminer.model import SpeechAct

__all__ = ["FAMILIES", "PLACEHOLDERS", "RULES", "STAGES", "Rule", "find"]

#: The stage modules that leave rule ids, in pipeline order.
STAGES = ("layout", "cues", "speakers", "content", "coreference", "dates", "acts", "triage")

#: The first part of every rule id.
FAMILIES = ("layout", "cue", "speaker", "kind", "act", "hedge", "when", "date", "fast")

#: What each ``<…>`` placeholder of a parameterised id stands for, as a pattern.
PLACEHOLDERS: Mapping[str, str] = MappingProxyType(
    {
        # a speech act (SpeechAct): demand, denial, assurance, warning, accusation, statement
        "act": "|".join(act.value for act in SpeechAct),
        # the cue's lemma: an infinitive (déclarer, s'en prendre), an expression (faire état),
        # a source phrase (selon, de l'avis de), or ":" for a speaker label before a colon
        "verb": r".+",
        # the reporting verb as written (appelé, plaidant)
        "word": r".+",
        # the name of a content rule in lang.acts.CONTENT_RULES (il_faut, ni_ne)
        "rule": r"[a-z_]+",
        # the words the content rule matched, cut at 40 characters
        "words": r".{1,40}",
        # the value of an act classifier's feature (acts.features): a person, a tense, a family
        "value": r"[A-Za-z0-9_.]+",
    }
)

_TEXT = v.and_(v.instance_of(str), v.min_len(1))
_ID = r"(?:" + "|".join(FAMILIES) + r")\.(?:[a-z_.:]|<[a-z]+>)+"


@attrs.frozen
class Rule:
    """One rule id: the stage that decides it, what it decides, and a sentence that shows it."""

    id: str = attrs.field(validator=v.matches_re(_ID))
    stage: str = attrs.field(validator=v.in_(STAGES))
    description: str = attrs.field(validator=_TEXT)
    example: str = attrs.field(validator=_TEXT)
    #: Why the rule hardly ever fires on the fixtures and the phenomenon tables, if it does not.
    rare: str | None = attrs.field(default=None, validator=v.optional(_TEXT))
    #: The publication date the example is read against (ISO), for the rules of relative dates.
    published: str | None = attrs.field(default=None, validator=v.optional(v.matches_re(r"\d{4}-\d\d-\d\d")))


_TABLE: tuple[Rule, ...] = (
    # --- layout.py: line breaks that are wraps, not paragraph ends (examples hold their breaks) ----
    Rule(
        "layout.wrap.width",
        "layout",
        "A line break is a wrap: the next line's first word would not have fit within the text's wrap width.",
        "« Nous ne céderons pas sur les salaires et nous le dirons au ministre Bruno\n"
        "Lemaire dès lundi, à Paris, devant toute la presse réunie au ministère », a\n"
        "déclaré Jean Lefèvre, secrétaire général du syndicat, devant les salariés.",
        rare="the fixtures are not hard-wrapped: tests/test_layout.py wraps them",
    ),
    Rule(
        "layout.wrap.lowercase",
        "layout",
        "A line break is a wrap: the next line goes on in lower case.",
        "« Nous ne céderons pas,\nni demain ni après », a ajouté Jean Lefèvre.",
    ),
    Rule(
        "layout.wrap.unfinished",
        "layout",
        "A line break is a wrap: the line ends unfinished, with a comma, a dash or an opening mark.",
        "Le maire a répondu aux habitants inquiets de la montée des eaux : «\n"
        "Nous ne céderons pas à la panique », a-t-il dit à la sortie du conseil municipal.",
        rare="a line ending unfinished is nearly always followed by lower case or a full line, which weigh more",
    ),
    Rule(
        "layout.wrap.no_stop",
        "layout",
        "A line break is a wrap: the line ends on a word, with no punctuation.",
        "« La Digue du Nord sera renforcée dès lundi par les services de la\nVille », a dit le maire.",
        rare="a line ending on a word is a wrap only with stronger clues beside it",
    ),
    Rule(
        "layout.wrap.open_quote",
        "layout",
        "A line break is a wrap: a quotation is still open at the end of the line.",
        "« La digue sera renforcée.\nNous restons mobilisés », a dit le maire.",
        rare="an open quotation alone weighs less than the other clues of a wrap",
    ),
    # --- cues.py: the words that introduce speech --------------------------------------------
    Rule(
        "cue.verb",
        "cues",
        "A reporting verb, in any inflected form, introduces the item.",
        "« Nous ne fermerons pas l'usine », a déclaré la directrice du site, Anne Leroy.",
    ),
    Rule(
        "cue.verb.inverted",
        "cues",
        "A reporting verb with an inverted subject clitic (`a-t-il dit`, `précise-t-elle`) introduces the item.",
        "« Les travaux dureront deux ans », précise-t-il.",
    ),
    Rule(
        "cue.verb.incise",
        "cues",
        "A finite verb the lexicon lacks (or its compound past), set as an incise right after a quotation with "
        "its subject inverted (`« … », savourait l'entraîneur`, `a jubilé le capitaine`: a source noun phrase "
        "ending the sentence even if the parse reads it as the object), reports the quotation as a plain "
        "statement.",
        "« Nous avons eu de la chance », savourait l'entraîneur Marc Vidal.",
    ),
    Rule(
        "cue.verb.participle",
        "cues",
        "A reporting verb in the present participle introduces the item (`soulignant que …`, `appelant à …`).",
        "Le maire a visité le chantier lundi, soulignant que les délais seraient tenus.",
    ),
    Rule(
        "cue.verb.narrative_infinitive",
        "cues",
        "A narrative infinitive (`et` + noun phrase + `de` + infinitive) introduces the item.",
        "Et le préfet d'ajouter : « La situation reste préoccupante. »",
    ),
    Rule(
        "cue.verb.mistagged",
        "cues",
        "A reporting verb the tagger read as a noun or an adjective introduces the item.",
        "« Cette décision est injuste », juge le syndicat des enseignants.",
    ),
    Rule(
        "cue.verb.litotes",
        "cues",
        "A negated verb of denial asserts what it would deny: its complement is reported.",
        "Le maire n'a pas exclu une hausse des impôts locaux.",
    ),
    Rule(
        "cue.expr.faire",
        "cues",
        "An expression with `faire` whose verb alone is no cue (`faire savoir`, `faire état de`) introduces the item.",
        "La préfecture a fait savoir que la route resterait fermée jusqu'à lundi.",
    ),
    Rule(
        "cue.expr.support",
        "cues",
        "A support verb whose object is the noun of an act (`donner l'assurance`, `émettre des doutes`) reports the"
        " noun's complement.",
        "Le recteur a donné l'assurance que les examens auraient lieu en juin.",
    ),
    Rule(
        "cue.expr.peut_on_lire",
        "cues",
        "`peut-on lire` (or `entendre`) introduces a quotation from a document.",
        "« Les travaux reprendront en septembre », peut-on lire dans un communiqué de la mairie.",
    ),
    Rule(
        "cue.selon",
        "cues",
        "`selon X` names the source of the item.",
        "Selon le préfet, la route restera fermée jusqu'à lundi.",
    ),
    Rule(
        "cue.dapres",
        "cues",
        "`d'après X` names the source of the item.",
        "D'après la gendarmerie, le conducteur roulait à 150 km/h.",
    ),
    Rule(
        "cue.pour",
        "cues",
        "`pour X,` before a comma (or `pour qui`) gives the item as X's view.",
        "Pour la ministre de la Santé, la vaccination reste la meilleure protection.",
    ),
    Rule(
        "cue.aux_yeux_de",
        "cues",
        "`aux yeux de X` gives the item as X's view.",
        "Aux yeux du syndicat, cette réforme reste profondément injuste.",
        rare="the phrase is rare in news prose: the fixtures have none",
    ),
    Rule(
        "cue.avis_de",
        "cues",
        "`de l'avis de X` (or `de l'opinion de X`) gives the item as X's view.",
        "De l'avis des experts, la digue ne résistera pas à une nouvelle crue.",
    ),
    Rule(
        "cue.a_en_croire",
        "cues",
        "`à en croire X` names the source of the item.",
        "À en croire le directeur de l'usine, la production reprendra en mars.",
    ),
    Rule(
        "cue.dires_de",
        "cues",
        "`aux dires de X` names the source of the item.",
        "Aux dires des témoins, le camion roulait à vive allure.",
    ),
    Rule(
        "cue.relay",
        "cues",
        "`selon l'AFP`: a claim a news agency relays; the agency is not its speaker.",
        "Selon l'AFP, le président a quitté la capitale dans la nuit.",
    ),
    Rule(
        "cue.source_relative",
        "cues",
        "`selon lequel` after a noun that can be a source or a document: the relative clause is its claim.",
        "Un rapport de la Cour des comptes selon lequel la ligne perd de l'argent a été publié mardi.",
    ),
    Rule(
        "cue.colon_label",
        "cues",
        "A speaker named right before a colon and a quotation (`X : « … »`) introduces it.",
        "Le maire de Nancy : « Nous reconstruirons l'école avant la rentrée. »",
    ),
    Rule(
        "cue.interview_turn",
        "layout",
        "An interview's answer paragraph (after a question turn: `Le Temps : … ?`, `Q :`, a dash) is introduced"
        " by its turn: the interviewee speaks it.",
        "Entretien avec la maire de Brest.\nBrest Hebdo : Le tram sera-t-il prolongé ?\nMarine Quéré : Oui, nous"
        " lançons les travaux en mai.\nBrest Hebdo : Et les commerçants ?\nMarine Quéré : Je les recevrai lundi.",
    ),
    Rule(
        "speaker.interviewee",
        "layout",
        "The speaker of an interview's answer is the name labelling it, else the person the introduction names"
        " before the first question (the one whose initials label it, with initials).",
        "La ministre Claire Vidal répond à nos questions.\nQ : Le budget sera-t-il voté ?\nR : Oui, je le"
        " crois.\nQ : Quand ?\nR : Nous le présenterons mardi.",
    ),
    Rule(
        "cue.colon_clause",
        "cues",
        "A clause about its subject before a colon introduces the quotation after it.",
        "Le ministre a été clair : « Il n'y aura pas de hausse d'impôts. »",
    ),
    Rule(
        "cue.utterance_que",
        "cues",
        "A noun of what a source says, subject of être before que, reports the clause after que.",
        "L'argument de la direction est que l'usine n'est plus rentable.",
    ),
    # --- speakers.py: the token heading each cue's source -------------------------------------
    Rule(
        "speaker.subject",
        "speakers",
        "The speaker is the subject of the reporting verb.",
        "La ministre de la Culture a annoncé que le musée rouvrirait en mai.",
    ),
    Rule(
        "speaker.inverted_clitic",
        "speakers",
        "The speaker is the inverted subject clitic of the verb (`a-t-elle affirmé`, `déclare-t-il`).",
        "La ministre était à Lyon lundi. « Nous tiendrons bon », a-t-elle affirmé.",
    ),
    Rule(
        "speaker.postposed_subject",
        "speakers",
        "The speaker is the subject placed after the verb, in an incise or after `comme` (`comme le précise X`).",
        "« Le projet avance », a assuré le maire de Metz.",
    ),
    Rule(
        "speaker.shared_subject",
        "speakers",
        "The speaker is the subject of the verb that governs the cue (coordinated verbs, a participle before"
        " its clause).",
        "Le maire a visité le chantier puis a annoncé que les travaux dureraient un an.",
    ),
    Rule(
        "speaker.main_subject",
        "speakers",
        "The speaker of a participle after a comma is the subject of the sentence's main verb.",
        "La directrice a quitté la réunion, dénonçant une « décision injuste ».",
    ),
    Rule(
        "speaker.fragment_participle",
        "speakers",
        "The speaker of a sentence made of a bare participle is the subject of the sentence before.",
        "Le député a défendu son bilan. Mais réclamant aussi « une meilleure desserte des villages ».",
    ),
    Rule(
        "speaker.coordinated_subject",
        "speakers",
        "The speaker is the noun between a conjunction and the verb, which the parse left unattached.",
        "Le club a perdu, mais l'entraîneur Marc Petit assure que l'équipe se relèvera.",
        rare="a fallback for a parse that loses the subject after mais or et; the parser attaches it nearly"
        " always, and the fixtures have none",
    ),
    Rule(
        "speaker.linear_subject",
        "speakers",
        "The speaker is the noun phrase before a finite verb the parse gave no subject.",
        "Les négociations patinent, mais lundi le ministre Paul Morin affirmait que l'accord était proche.",
    ),
    Rule(
        "speaker.incise_participle",
        "speakers",
        "A participle after an incise (`…, a déclaré X, ajoutant que …`) keeps the incise's speaker.",
        "« Nous resterons mobilisés », a déclaré la syndicaliste, ajoutant que la grève continuerait.",
    ),
    Rule(
        "speaker.participle_head",
        "speakers",
        "A participle describing a source noun (`des témoignages faisant état de …`) takes that noun as the source.",
        "Des habitants réclamant la fermeture du site ont manifesté devant la mairie.",
    ),
    Rule(
        "speaker.relative",
        "speakers",
        "The speaker is the antecedent of the relative `qui` that is the verb's subject.",
        "La ministre, qui a affirmé que la réforme serait votée, est arrivée à Lyon.",
    ),
    Rule(
        "speaker.selon",
        "speakers",
        "The speaker is the noun after `selon`.",
        "Selon le maire, la piscine rouvrira en juin.",
    ),
    Rule(
        "speaker.relay",
        "speakers",
        "A news agency relays a source: the one it cites (`qui cite X`), else nobody named.",
        "Selon l'agence Reuters, qui cite un diplomate, les négociations ont échoué.",
    ),
    Rule(
        "speaker.selon_qui",
        "speakers",
        "The speaker is the antecedent of `qui` after a source phrase (`selon qui`, `pour qui`).",
        "Le maire, selon qui la piscine rouvrira en juin, a visité le chantier.",
    ),
    Rule(
        "speaker.source_relative",
        "speakers",
        "The speaker is the antecedent of `selon lequel` (`un témoin selon lequel …`).",
        "Un témoin, selon lequel le camion roulait très vite, a été entendu par les gendarmes.",
    ),
    Rule(
        "speaker.dapres",
        "speakers",
        "The speaker is the noun after `d'après`.",
        "D'après la préfète, les routes seront dégagées dans la soirée.",
    ),
    Rule(
        "speaker.pour",
        "speakers",
        "The speaker is the noun after `pour`.",
        "Pour le syndicat, cette fermeture est une faute grave.",
    ),
    Rule(
        "speaker.aux_yeux_de",
        "speakers",
        "The speaker is the noun after `aux yeux de`.",
        "Aux yeux de la ministre, ce projet est une priorité.",
        rare="the phrase is rare in news prose: the fixtures have none",
    ),
    Rule(
        "speaker.avis_de",
        "speakers",
        "The speaker is the noun after `de l'avis de` (`de l'opinion de`).",
        "De l'avis du médecin, le patient pourra sortir lundi.",
    ),
    Rule(
        "speaker.a_en_croire",
        "speakers",
        "The speaker is the noun after `à en croire`.",
        "À en croire la directrice, l'école rouvrira à la rentrée.",
    ),
    Rule(
        "speaker.dires_de",
        "speakers",
        "The speaker is the noun after `aux dires de`.",
        "Aux dires de ses voisins, l'homme vivait seul depuis des années.",
    ),
    Rule(
        "speaker.document_author",
        "speakers",
        "The speaker is the author of the document named as the source, not the document.",
        "Selon un communiqué du ministère de la Santé, douze patients sont hospitalisés.",
    ),
    Rule(
        "speaker.possessive_source",
        "speakers",
        "The speaker is whoever the possessive of an informant noun stands for (`selon ses sources`).",
        "Le journaliste Paul Martin enquête depuis des mois. Selon ses sources, le ministre va démissionner.",
    ),
    Rule(
        "speaker.colon_label",
        "speakers",
        "The speaker is the label before the colon.",
        "La maire de Lille : « Nous ne céderons rien. »",
    ),
    Rule(
        "speaker.utterance_author",
        "speakers",
        "A noun of what a source says names its author: de X, par X, a possessive, pour X.",
        "La réponse de la mairie est que le budget ne le permet pas.",
    ),
    Rule(
        "speaker.colon_clause",
        "speakers",
        "The speaker is the subject of the clause before the colon.",
        "Le syndicat a haussé le ton : « Nous ne signerons pas cet accord. »",
    ),
    Rule(
        "speaker.colon_clause_name",
        "speakers",
        "The clause before the colon has no subject in the parse but names one person, the speaker.",
        "Réponse cinglante de Paul Martin, interrogé lundi soir : « Nous ne céderons rien. »",
    ),
    Rule(
        "speaker.narrative_infinitive",
        "speakers",
        "The speaker is the noun phrase between `et` and the narrative infinitive.",
        "Et la ministre de conclure : « Nous tiendrons nos engagements. »",
    ),
    Rule(
        "speaker.on_at",
        "speakers",
        "An inverted `on` followed by `à` + an institution: the institution speaks.",
        "« Aucune décision n'a été prise », indique-t-on à l'Élysée.",
    ),
    Rule(
        "speaker.none",
        "speakers",
        "No source can be found for the cue.",
        "« Les travaux reprendront en septembre », peut-on lire sur une affiche.",
    ),
    Rule(
        "speaker.indefinite",
        "speakers",
        "The cue's subject is indefinite (`on`, `cela`, `chacun`) or the expletive of an impersonal passive"
        " (`il a été annoncé que`): nobody is named.",
        "On affirme à la mairie que la piscine restera fermée.",
    ),
    Rule(
        "speaker.not_a_source",
        "speakers",
        "The noun after a source preposition names no speaker (`selon les projections`, `selon les chiffres`,"
        " `selon la rumeur`).",
        "Selon les projections, la population de la ville doublera d'ici 2050.",
    ),
    # --- content.py: what each pair of marks holds, and reported speech without marks ---------
    Rule(
        "kind.direct.sentence",
        "content",
        "A whole quoted sentence is direct speech.",
        "Le maire a déclaré : « Les travaux commenceront en mai. »",
    ),
    Rule(
        "kind.direct.interview_answer",
        "layout",
        "An answer paragraph of an interview shown by its layout (at least two question → answer pairs, answers"
        " in the first person, and labels on most pairs, or a rubric line at the head or a credit line with"
        " questions and answers alternating regularly) is direct, its label left out.",
        "Le Soir a rencontré l'échevin Paul Delvaux. Entretien.\n— Le parc sera-t-il rouvert ?\n— Oui, je"
        " m'y suis engagé.\n— Quand ?\n— Nous rouvrirons en juin.",
    ),
    Rule(
        "kind.direct.resumed",
        "content",
        "A quotation after an incise resumes the direct quotation before it.",
        "« Nous partirons », a-t-elle dit, « mais nous reviendrons. »",
    ),
    Rule(
        "cue.none",
        "content",
        "A direct quotation has no cue; coreference may give it the speaker before it.",
        "Le conseil municipal s'est réuni lundi soir. « Nous n'avons pas d'autre choix que de fermer la piscine. »",
    ),
    Rule(
        "kind.partial.cue",
        "content",
        "A quotation built into the journalist's sentence is a partial quotation of the cue's speaker.",
        "La ministre a qualifié ces accusations de « mensongères ».",
    ),
    Rule(
        "kind.partial.holds_content",
        "content",
        "One statement, one item: a quotation that is a cue's whole content, give or take an article or a"
        " preposition (`a promis une « rentrée sereine » aux parents`), or that holds it (the complement of a"
        " quoted noun, `a lancé un « appel au calme »`), is the item: no indirect item besides it.",
        "Le maire a lancé un « appel à la retenue » après les incidents.",
    ),
    Rule(
        "kind.partial.judged",
        "content",
        "A quotation after an agentless judgement (`jugée`, `qualifiée`) quotes the source in play.",
        "La situation sanitaire dans la région est jugée « très préoccupante ».",
    ),
    Rule(
        "kind.partial.clause",
        "content",
        "A quoted clause with a finite verb or a first-person word, in the journalist's sentence and with no"
        " cue, is somebody's words.",
        "Le but de ce plan est qu'il « doit profiter à tous les habitants ».",
    ),
    Rule(
        "kind.nested_speech",
        "content",
        "A quotation inside a quotation, introduced by a cue inside it, is speech.",
        "« Le directeur nous a promis “une prime pour tous” », raconte une ouvrière.",
    ),
    Rule(
        "kind.nested_mention",
        "content",
        "A quotation inside a quotation with no cue of its own is a mention.",
        "« Il parle sans cesse de “sa vie d'avant” », a raconté sa sœur.",
    ),
    Rule(
        "kind.mention.name",
        "content",
        "A quotation that is a title, a name or a code is a mention.",
        "Elle présente l'émission « Les Racines du ciel » chaque dimanche.",
    ),
    Rule(
        "kind.partial.listed",
        "content",
        "A quotation in lower case listed right after a partial quotation (a comma, `et` or `ou`) goes on"
        " with the same words: partial, on the same cue.",
        "La fédération invite ses adhérents à « rester unis », à « ne rien lâcher » et à « se tenir prêts ».",
    ),
    Rule(
        "kind.mention.listed",
        "content",
        "A quotation listed after a mention (with a comma, `ou` or `et`) is a mention too.",
        "Les internautes ne trouvent plus des pages telles que « grève » ou « manifestation ».",
    ),
    Rule(
        "kind.mention.scare_quote",
        "content",
        "A word or two held at a distance (after an adjective or a determiner, or one verb of the"
        " journalist's clause after a tense auxiliary or its subject noun) is a mention, even with a cue nearby.",
        "Les deux grands « alliés » ont rompu leur accord, selon les observateurs.",
    ),
    Rule(
        "kind.mention.no_cue",
        "content",
        "A quotation with no cue and no sign of speech is a mention.",
        "Le festival accueille cette année des « artistes émergents » venus de toute l'Europe.",
    ),
    Rule(
        "kind.boilerplate",
        "content",
        "A quotation in page furniture (a cookie banner, a button label) is a mention.",
        "En cliquant sur « Tout accepter », vous consentez au traitement de vos données.",
    ),
    Rule(
        "kind.indirect.que",
        "content",
        "The `que`-clause of a reporting verb is indirect speech.",
        "Le préfet a annoncé que la route serait rouverte lundi.",
    ),
    Rule(
        "kind.indirect.infinitive",
        "content",
        "The infinitive complement of a reporting verb is indirect speech.",
        "La ministre a promis de réduire les délais d'attente.",
    ),
    Rule(
        "kind.indirect.np",
        "content",
        "The noun phrase complement of a reporting verb is indirect speech.",
        "Le maire a annoncé la fermeture de la piscine municipale.",
    ),
    Rule(
        "kind.indirect.source",
        "content",
        "The clause around a source phrase (`selon X`, `pour X`) is indirect speech.",
        "D'après le maire, la piscine rouvrira en juin.",
    ),
    Rule(
        "kind.indirect.postposed",
        "content",
        "The clause before an unquoted incise (`…, a annoncé X`) or before `comme le précise X` is indirect speech.",
        "La piscine rouvrira en juin, a annoncé le maire.",
    ),
    Rule(
        "kind.indirect.figure",
        "content",
        "The figure and what it counts after `estimer à` is indirect speech.",
        "Le syndicat estime à 2 000 le nombre de manifestants.",
    ),
    Rule(
        "kind.indirect.verbatim",
        "content",
        "Quotations inside an indirect item, or going on with its clause, become its verbatim spans.",
        "Le ministère a rappelé que l'ambassade fonctionnait « normalement ».",
    ),
    Rule(
        "kind.indirect.through_mention",
        "content",
        "An indirect clause the parse ends inside a name in quotation marks runs to its closing mark.",
        "Le proviseur a annoncé que le lycée participerait au concours « Non au harcèlement ».",
    ),
    Rule(
        "kind.indirect.before_colon",
        "content",
        "A quotation after a colon is a statement of its own: the indirect item stops before the colon, or"
        " the cue's clause ends at the colon (`a précisé que … : « … »`) and both are items.",
        "Il estime que le parti doit changer de cap : « Sinon, nous perdrons les élections. »",
    ),
    Rule(
        "kind.indirect.colon",
        "content",
        "After a subject, être and an adjective of certainty, the clause after the colon is the subject's claim.",
        "Le directeur de l'hôpital est formel : aucun service ne fermera cet été.",
    ),
    Rule(
        "kind.indirect.holds_report",
        "content",
        "One statement, one item: an indirect item inside the clause another verb reports is part of it"
        " (the outer item says so), unless the outer one is a reporting infinitive (`a dit espérer que …`).",
        "La porte-parole a indiqué que la ministre allait demander une enquête administrative.",
    ),
    Rule(
        "kind.indirect.restated",
        "content",
        "A postposed incise with a personal pronoun subject after a clause whose own reporting verb has a"
        " subject the pronoun takes up restates that report: the verb's content is the item, not the clause.",
        "La compagnie a confirmé que trois vols seraient annulés demain, a-t-elle précisé en fin de journée.",
    ),
    Rule(
        "kind.mention.subject",
        "content",
        "A quotation right before a finite verb that has no subject of its own is that verb's subject: a"
        " name or a slogan used as one.",
        "« Touche pas à mon école » rassemble chaque samedi une centaine de parents.",
    ),
    Rule(
        "kind.mention.labelled",
        "content",
        "A short quotation after a colon that closes on a sign, a banner, a motto or a slogan (or in a"
        " sentence that opens on the sign it is written on, with no subject but an impersonal one), with no"
        " verb of saying around it, is what the sign reads: a mention.",
        "Les supporters avaient tendu une grande banderole : « Allez les Rouges ».",
    ),
    Rule(
        "kind.mention.apposed_subject",
        "content",
        "A quotation opening a sentence, set off by an apposition between commas, that the parse makes the"
        " subject of the finite verb after it, is a title or a name used as that subject.",
        "« Les Choristes », tourné dans le Cantal, ressort en salle la semaine prochaine.",
    ),
    Rule(
        "kind.mention.capitalised",
        "content",
        "A short noun phrase in marks opening in upper case inside a sentence (not after a stop, a colon or"
        " que), with no verb, no first person and no final stop, is a title or a name.",
        "La compagnie jouera « Le Médecin malgré lui » au théâtre de Lunéville.",
    ),
    Rule(
        "kind.mention.presented",
        "content",
        "A verbless noun phrase quoted as the object of a verb that presents or launches a thing (lancer,"
        " présenter, publier, dévoiler) names that thing: a mention.",
        "La communauté de communes a lancé un « plan climat » pour les dix prochaines années.",
    ),
    Rule(
        "kind.mention.recurring",
        "content",
        "A short capitalised quotation quoted again elsewhere in the article, with no cue of its own, is a"
        " name or a label.",
        "Le collectif « Vivre au village » a déposé un recours. Les membres de « Vivre au village » attendent.",
    ),
    Rule(
        "kind.mention.named_elsewhere",
        "content",
        "A capitalised quotation whose same words are quoted elsewhere in the text as the subject of a verb"
        " (a name there) names the same thing here too, whatever verb governs it.",
        "La compagnie a présenté « Qui veut la peau du notaire ? » samedi. « Qui veut la peau du notaire ? »"
        " sera rejouée en juin.",
    ),
    Rule(
        "kind.direct.classified",
        "content",
        "The kind classifier overrules the rules: the quotation is direct speech.",
        "« La décision est prise », ont confirmé les élus.",
    ),
    Rule(
        "kind.partial.classified",
        "content",
        "The kind classifier overrules the rules: the quotation is a partial quotation.",
        "La chaîne met « tout en œuvre » pour rapatrier son équipe.",
    ),
    Rule(
        "kind.mention.classified",
        "content",
        "The kind classifier overrules the rules: the quotation is a mention.",
        "Le club a retenu le nom « Les Aigles » pour sa nouvelle équipe.",
    ),
    Rule(
        "kind.indirect.classified",
        "content",
        "The kind classifier overrules the rules: it reports a span the rules hold back, or another span of"
        " the same cue (with its form's id).",
        "Le ministre a promis hier de réduire les délais, a-t-il ajouté devant les élus.",
    ),
    # --- coreference.py: the speaker of items no cue gives one --------------------------------
    Rule(
        "speaker.inherited",
        "coreference",
        "A quotation with no cue takes the speaker of the item before it in the paragraph.",
        "La maire a déclaré que la piscine serait rénovée. « Nous tiendrons nos promesses. »",
    ),
    Rule(
        "speaker.named_after",
        "coreference",
        "A quotation with no cue takes the source the next sentence names when that sentence takes it up:"
        " a noun of what was said with the source as agent of a verb of uttering or after `être de`, or `ce`"
        " before a relative clause whose verb of uttering has the source for subject; not negated, not asked.",
        "« Il faut rouvrir la ligne. » Ces propos ont été tenus par Hélène Vautrin devant les cheminots.",
    ),
    Rule(
        "speaker.inherited_next_paragraph",
        "coreference",
        "A quotation with no cue that opens a paragraph takes the speaker of the item before it when that"
        " item is in the paragraph just before, or near with no person or organisation named since.",
        "« La saison a été bonne », estime le président.\n« Nous avons gagné cent adhérents. »",
    ),
    Rule(
        "speaker.group_description",
        "coreference",
        "A definite plural description with no name and no complement naming whom it is (`les rebelles`, `les"
        " deux clubs`) takes up the organisation or group quoted just before.",
        "L'association Greenpeace a dénoncé jeudi un projet « dangereux ». Les militants écologistes réclament"
        " l'abandon du chantier.",
    ),
    Rule(
        "speaker.shared_incise",
        "coreference",
        "A quotation with no cue and no speaker, followed by another with nothing but their marks between,"
        " shares the next one's speaker (`« A. » « B », a poursuivi X`).",
        "« Le pont sera fermé lundi. » « Les bus seront déviés », a poursuivi le maire.",
    ),
    Rule(
        "speaker.paragraph_person",
        "coreference",
        "A quotation with no cue, in a paragraph where nobody has spoken before it, takes the one person the"
        " paragraph names before it, when that person is a subject there or a pronoun of theirs is the"
        " subject of the sentence just before.",
        "Le maire Jean Dupuis a présenté le budget lundi. « Les impôts ne bougeront pas. »",
    ),
    Rule(
        "speaker.topic_description",
        "coreference",
        "A definite singular role description with no name and no complement naming whose role it is takes up the"
        " named person of the same gender who was the subject just before (within 300 characters), when that"
        " person has no title yet or the description is a class of offices (le syndicaliste, l'élu:"
        " ROLE_HYPERNYMS) whose titles no one bears.",
        "Marc Dupont préside le club depuis 2010. « Nous visons la montée », explique le président.",
    ),
    Rule(
        "speaker.role_hypernym",
        "coreference",
        "A definite singular description by a class of offices (l'élu, le magistrat, le dirigeant: lexicon"
        " ROLE_HYPERNYMS) takes up the latest person, of agreeing gender, whose title it covers.",
        "Le procureur de Metz, Paul Vidal, a ouvert une enquête. « Rien n'est exclu », a indiqué le magistrat.",
    ),
    Rule(
        "speaker.newcomer",
        "coreference",
        "A personal pronoun of the speaker just quoted takes up instead the person of its gender first named,"
        " as the subject of the main clause, in the sentence right before the item: a newcomer on stage.",
        "« Le car n'est pas venu », regrette Lucie Marchal. Sa voisine Anne Collet a porté plainte. « On nous"
        " a oubliés », dit-elle.",
    ),
    Rule(
        "speaker.side_on",
        "speakers",
        "An indefinite subject (on) after a side phrase (du côté de X: lexicon SIDE_NOUNS) in its own clause"
        " speaks for X: the body or person the side phrase names is the source.",
        "Du côté du rectorat, on assure que les remplaçants arriveront lundi.",
    ),
    Rule(
        "speaker.topic_phrase",
        "coreference",
        "A singular personal pronoun subject takes up the person, gender agreeing, that a topic phrase at the"
        " head of its own clause names (quant à: lexicon TOPIC_MARKERS), not the speaker quoted before.",
        "Paul Roy a salué l'accord. Quant à Marc Brun, il juge que le texte reste trop vague.",
    ),
    Rule(
        "speaker.person_description",
        "coreference",
        "A definite singular description by age or stage of life (le retraité, la jeune femme: lexicon"
        " PERSON_DESCRIPTIONS) takes up the person of that gender mentioned last within 300 characters, named"
        " or known by a role, titled or not; one whose grammatical gender says nothing of the person's (la"
        " victime: EPICENE_DESCRIPTIONS), the person of either gender.",
        "Un cycliste a été renversé près du pont. « Je n'ai rien vu venir », raconte le sexagénaire.",
    ),
    Rule(
        "speaker.focus",
        "coreference",
        "A definite role description with no name and no complement naming whose role it is takes up the person"
        " the article is about (the named person of that gender who has spoken and is named most), when that"
        " person has no title yet.",
        "Claire Dumas a présenté son livre à Nancy. « L'Europe doit se réinventer », a-t-elle déclaré. Son éditeur"
        " a parlé d'un succès. « Nous avons trop attendu », a ajouté l'ancienne députée.",
    ),
    Rule(
        "speaker.survey_share",
        "coreference",
        "A share of people as the subject of a cue (63 % d'entre eux pensent que …) is never the source: the poll,"
        " study or report the previous statement came from speaks, else nobody.",
        "Selon un sondage publié dimanche, 62 % des Français pensent que la réforme échouera.",
    ),
    Rule(
        "speaker.ranked",
        "coreference",
        "The speaker ranker chose another candidate than the ordered rules' answer; the rules that nominated"
        " it follow.",
        "Bernard affirme qu'il a glissé sur le trottoir. D'après lui, deux passants l'ont relevé.",
    ),
    Rule(
        "speaker.candidate.previous",
        "coreference",
        "Nominates the speaker of the item before.",
        "Bernard assure qu'il dormait au moment des faits. D'après lui, la porte était fermée à clé.",
    ),
    Rule(
        "speaker.candidate.recent",
        "coreference",
        "Nominates the entities mentioned just before the item (the last four), when the item's cue has a"
        " source that may take one up (not a quotation with no cue, nor an indefinite `a-t-on appris`).",
        "Le graphiste Paul Martin a présenté lundi son nouveau logo. Le but de ce logo est qu'il « doit être"
        " lisible par tous ».",
    ),
    Rule(
        "speaker.candidate.main",
        "coreference",
        "Nominates the two entities that have spoken most so far.",
        "Le retraité, Bernard, raconte qu'il a glissé sur le verglas. D'après lui, personne n'avait salé le trottoir.",
    ),
    Rule(
        "speaker.candidate.headline",
        "coreference",
        "Nominates the entities mentioned in the first line of the text (the headline).",
        "Le graphiste Paul Martin a présenté lundi son nouveau logo à la presse. Le but de ce logo est qu'il"
        " « doit être lisible par tous ».",
        rare="in the evidence only when the ranker prefers a headline person to every other candidate, which"
        " the current weights do on none of the fixtures",
    ),
    Rule(
        "speaker.candidate.role_bearer",
        "coreference",
        "Nominates, for a source named by a role noun (`l'ingénieur`), the named person of the same gender who"
        " spoke last or most.",
        "« La fonte grise casse », explique l'ingénieur Yvon Martin. Lequel s'empresse de préciser que Nancy"
        " n'est pas la seule ville touchée.",
    ),
    Rule(
        "speaker.candidate.nobody",
        "coreference",
        "Nominates nobody: the ranker's answer when its best candidate's probability is under its threshold.",
        "« L'incendie est parti du garage », indique le journal. « Des témoins ont vu de la fumée vers minuit. »",
    ),
    Rule(
        "speaker.first_match",
        "coreference",
        "Names the ordered rules' candidate among the ranker's features when the rules left no rule id.",
        "Il a assuré que l'usine ne fermerait pas.",
        rare="never in a quote's evidence: the candidate it names is the rules' own answer, whose evidence is"
        " what the quote keeps",
    ),
    # --- acts.py: the speech act and the hedging ----------------------------------------------
    Rule(
        "act.prior.<act>:<verb>",
        "acts",
        "The act the cue's `<verb>` names (a statement for a neutral verb or a source phrase) is the prior.",
        "La ministre a démenti toute hausse des impôts.",
    ),
    Rule(
        "act.prior.governor.<act>:<verb>:<word>",
        "acts",
        "A partial quotation takes the prior of the reporting verb `<word>` that governs it, not of its cue.",
        "Assurant que la ville n'avait « aucune dette cachée », le maire a appelé les élus « à l'unité ».",
    ),
    Rule(
        "act.prior.stance.<act>:<word>",
        "acts",
        "No verb names an act, but the sentence gives the speaker a stance before the item (`se veut"
        " rassurant`, `s'est montré inquiet`): the stance adjective `<word>` sets the prior, as a weak verb would.",
        "Le directeur de l'usine se veut rassurant : « Les riverains ne courent aucun danger. »",
    ),
    Rule(
        "act.prior.colon_clause.<act>:<words>",
        "acts",
        "No verb cue introduces the quotation, but the clause before its colon names an act: a reporting verb"
        " of that act written in full (`s'en est pris à`, not a passive) or a set phrase of blame or of danger"
        " of `lang/fr/acts.py` (`tirent la sonnette d'alarme`): `<words>` set a weak prior, as a stance does.",
        "Les pédiatres de l'hôpital tirent la sonnette d'alarme : « Les urgences sont saturées. »",
    ),
    Rule(
        "act.prior.incomplete:<verb>:<word>",
        "acts",
        "Only part of the expression `<verb>` is written around `<word>` (`défend` without `se`): the prior is"
        " a statement.",
        "Le maire défend ce projet, parlant d'une « chance pour la ville ».",
    ),
    Rule(
        "act.prior.question:<verb>",
        "acts",
        "A verb of asking (`demander`) reports a question for information, opened by an interrogative word"
        " other than `pourquoi` or `comment` and naming no hearer: it asks for an answer, the prior is a statement.",
        "Un usager a demandé : « Combien de temps dureront les travaux ? »",
    ),
    Rule(
        "act.<act>.<rule>:<words>",
        "acts",
        "The content rule `<rule>` of `lang/fr/acts.py` matched `<words>` and voted for `<act>`.",
        "« Nous appelons à l'arrêt immédiat des combats », a déclaré le ministre.",
    ),
    Rule(
        "act.veto.negated:<words>",
        "acts",
        "The parse withdraws the vote of the risk rule `<words>`: its word is negated (`n'est pas en danger`),"
        " played down (`peu graves`) or said to be gone (`la menace est écartée`).",
        "« Le randonneur blessé n'est pas en danger », a indiqué le médecin du Samu, Marc Aubert.",
    ),
    Rule(
        "act.veto.topic:<words>",
        "acts",
        "The parse withdraws the vote of the blame or risk rule `<words>`: its word is what a work, an inquiry or"
        " a talk is about (`l'histoire d'un scandale`, `porte sur des faits de corruption`), not an evaluation.",
        "« Le livre retrace l'histoire d'un scandale immobilier », a expliqué l'auteur, Paul Renaud.",
    ),
    Rule(
        "act.veto.schedule:<words>",
        "acts",
        "The parse withdraws the vote of the rule `<words>`: `devoir` with a subject that cannot act and a date"
        " gives a timetable (`le gymnase doit accueillir ses élèves en septembre`), not an obligation.",
        "« Le nouveau gymnase doit accueillir ses premiers élèves en septembre », a précisé l'adjoint, Luc Garnier.",
    ),
    Rule(
        "act.veto.generic:<words>",
        "acts",
        "The parse withdraws the vote of the rule `<words>`: `devoir` said of anyone at all (`un homme doit`,"
        " `il arrive un moment où l'on doit`) states a general truth, not an obligation laid on someone.",
        "« Il vient toujours un jour où l'on doit tourner la page », a confié l'ancienne championne, Julie Moreau.",
    ),
    Rule(
        "act.veto.not_the_speaker:<words>",
        "acts",
        "The parse withdraws the vote of the rule `<words>`: the verb of demand is not the speaker's (`les"
        " clients nous réclament`) or reports a past request of a thing (`nous avons demandé un devis`).",
        "« Nous avons demandé un devis à trois entreprises », a indiqué la présidente du club, Anne Colin.",
    ),
    Rule(
        "act.veto.subject:<words>",
        "acts",
        "The parse withdraws the vote of the blame or risk rule `<words>`: its word is the subject of a verb that"
        " only reports what it does (`les crimes ont diminué`, `la menace d'orages se déplace`), not of one that"
        " makes a harm weigh, grow or strike (`la menace pèse`).",
        "« Les crimes signalés à la gendarmerie ont baissé de 6 % cette année », a indiqué le colonel Luc Perret.",
    ),
    Rule(
        "act.veto.self:<words>",
        "acts",
        "The parse withdraws the vote of the blame rule `<words>`: the speaker says it of himself with a copula"
        " (`je suis responsable de l'accueil`): an admission or a description, no accusation.",
        "« Je suis responsable de la sécurité du parking depuis dix ans », a raconté le gardien, Henri Masson.",
    ),
    Rule(
        "act.veto.past_state:<words>",
        "acts",
        "The parse withdraws the vote of the risk rule `<words>`: its word is said of something in a compound"
        " past (`avait été une catastrophe`), is in what was done (`ont mis en danger`, `avoir mis en danger`)"
        " or names an event by its year (`la catastrophe de 1985`): a harm recalled, no danger ahead.",
        "« L'hiver 1956 avait été une catastrophe pour les vergers », a rappelé l'arboriculteur Jean Poncet.",
    ),
    Rule(
        "act.veto.compound:<words>",
        "acts",
        "The parse withdraws the vote of the risk rule `<words>`: its word is a bare complement naming the kind"
        " of another noun (`le système d'alerte`, `la cellule de crise`): a device or a body described, no"
        " danger said.",
        "« Le dispositif d'alerte de la commune est prêt depuis lundi », a indiqué le maire, Paul Riou.",
    ),
    Rule(
        "act.veto.toll:<words>",
        "acts",
        "The parse withdraws the vote of the denial rule `<words>`: what it says did not happen is the toll of"
        " an incident (`pas eu de blessé`, `pas eu de victimes`): an outcome reported, no claim contradicted.",
        "« Il n'y a pas eu de mort lors de l'explosion », a précisé le préfet du Rhône, Pascal Mailhos.",
    ),
    Rule(
        "act.veto.forecast:<words>",
        "acts",
        "The parse withdraws the vote of the rule of continuing `<words>`: a thing that cannot act goes on with"
        " a process that has no object (`la pluie continuera à tomber`): a forecast, no commitment.",
        "« Les prix de l'immobilier continueront de grimper dans la métropole », a estimé l'agent Paul Sorel.",
    ),
    Rule(
        "act.veto.not_a_denial:<words>",
        "acts",
        "The parse withdraws the vote of the denial rule `<words>`: every negation of the content is a state"
        " of progress (`pas encore`), an exclamation (`jamais vu autant`) or a first-person inability"
        " (`je n'ai pas pu`), or a predicate rule reads the negation as another act (`n'a jamais répondu`).",
        "« Nous n'avons pas encore fixé la date du vide-grenier », a indiqué le président du comité, Paul Roy.",
    ),
    Rule(
        "act.path.verb",
        "acts",
        "The verb names an act and no content votes against it: the verb's act.",
        "La ministre a dénoncé la fermeture de la maternité.",
    ),
    Rule(
        "act.path.verb.agreed",
        "acts",
        "The verb names an act and the content votes for the same act.",
        "Le maire a appelé les habitants « à cesser les violences ».",
    ),
    Rule(
        "act.path.verb.contested",
        "acts",
        "The verb names an act and keeps it against content voting for another, too light to overrule it.",
        "Le ministre a assuré que l'usine ne fermera pas.",
    ),
    Rule(
        "act.path.verb.weak",
        "acts",
        "A weak verb names an act (`menacer`, `refuser`) and the content is too light to decide: the verb's act.",
        "Le syndicat a menacé de bloquer les raffineries.",
    ),
    Rule(
        "act.path.content",
        "acts",
        "The content decides the act, just above the overrule weight.",
        "Le maire a déclaré qu'il faut rénover l'école.",
    ),
    Rule(
        "act.path.content.strong",
        "acts",
        "The content decides the act with at least twice the overrule weight.",
        "« Nous exigeons l'arrêt immédiat des combats », a déclaré le ministre.",
    ),
    Rule(
        "act.path.neutral",
        "acts",
        "A neutral verb (or none) and no content signal: a statement.",
        "Le préfet a indiqué que la route serait rouverte lundi.",
    ),
    Rule(
        "act.path.exchange",
        "acts",
        "A statement read on its own as a turn of a debate (`judge_statement`), with no reporting verb: content"
        " too light to overrule a verb decides, since every turn answers claims in play.",
        "Cette réforme ne coûtera rien aux communes.",
        rare="only `judge_statement` reads a statement as a turn of an exchange; `extract` never does",
    ),
    Rule(
        "act.path.exchange.neutral",
        "acts",
        "A statement read on its own as a turn of a debate (`judge_statement`), with no reporting verb and no"
        " content signal: a statement, with the confidence that path earns in debates.",
        "Nous en reparlerons en commission.",
        rare="only `judge_statement` reads a statement as a turn of an exchange; `extract` never does",
    ),
    Rule(
        "act.path.neutral.contested",
        "acts",
        "A neutral verb and content too weak to decide: a statement.",
        "Le maire a expliqué que la piscine n'a pas rouvert en juin.",
    ),
    Rule(
        "act.path.classifier.agrees",
        "acts",
        "The act classifier (`acts='classifier'`) decides, and gives the act the rules would give.",
        "« Nous exigeons la libération des otages », a déclaré le ministre.",
    ),
    Rule(
        "act.path.classifier.overrules",
        "acts",
        "The act classifier decides, and gives another act than the rules would.",
        "La directrice de l'école se demande si la piscine rouvrira avant l'hiver.",
    ),
    Rule(
        "act.feature.prior.<value>",
        "acts",
        "The act classifier weighed the reporting verb: its act, whether it names one (`strong`), a reflexive"
        " use that changes it (`reflexive`: `se demander si`).",
        "Le maire se demande si le chantier sera terminé avant l'été.",
    ),
    Rule(
        "act.feature.cue.<value>",
        "acts",
        "The act classifier weighed the kind of cue: a verb, an expression, a source phrase, a colon, none.",
        "Selon le syndicat, la grève sera reconduite.",
    ),
    Rule(
        "act.feature.kind.<value>",
        "acts",
        "The act classifier weighed the item's kind: direct, partial or indirect.",
        "Le maire a appelé les habitants « à la prudence ».",
    ),
    Rule(
        "act.feature.rule.<act>.<rule>",
        "acts",
        "The act classifier weighed one content rule of `lang/fr/acts.py` that matched.",
        "« Il faut rouvrir l'école dès lundi », a déclaré la ministre.",
    ),
    Rule(
        "act.feature.veto.<value>",
        "acts",
        "The act classifier weighed a veto of the parse on a content rule (`negated`, `topic`, `schedule`,"
        " `not_the_speaker`, `not_a_denial`).",
        "« Nous n'avons pas encore reçu les analyses », a indiqué le directeur du laboratoire.",
    ),
    Rule(
        "act.feature.rules.<act>",
        "acts",
        "The act classifier weighed the act today's rules give.",
        "« Nous exigeons des excuses », a déclaré la ministre.",
    ),
    Rule(
        "act.feature.vote.<act>",
        "acts",
        "The act classifier weighed how much the content rules of one act weigh together against the"
        " reporting verb (capped), where `rules.<act>` says only which act won; a reported item only.",
        "« Nous n'avons jamais touché la moindre commission sur ce marché », a indiqué l'ancien adjoint.",
    ),
    Rule(
        "act.feature.verb.<value>",
        "acts",
        "The act classifier weighed the grammatical person, tense or mood of the content's main predicate"
        " (`person_tense.1.Fut`: a first-person future), a passive, a future passive, no verb.",
        "« Nous tiendrons nos engagements », a déclaré la directrice.",
    ),
    Rule(
        "act.feature.imperative",
        "acts",
        "The act classifier weighed an imperative opening a sentence of the content.",
        "« Restez chez vous ce soir », a déclaré le maire.",
    ),
    Rule(
        "act.feature.subjunctive.jussive",
        "acts",
        "The act classifier weighed a main clause in the subjunctive after `que` (`qu'il démissionne`).",
        "« Qu'il démissionne ! », a lancé le député.",
    ),
    Rule(
        "act.feature.slogan",
        "acts",
        "The act classifier weighed a verbless slogan (`Non à …`, `Halte à …`).",
        "« Non à la fermeture de la maternité ! », ont scandé les manifestants.",
    ),
    Rule(
        "act.feature.exclamation",
        "acts",
        "The act classifier weighed an exclamation mark in the content.",
        "« Quelle honte ! », a lancé la députée.",
    ),
    Rule(
        "act.feature.deontic.<value>",
        "acts",
        "The act classifier weighed `devoir` or `falloir`: its tense, its person, a negation of it.",
        "« Le gouvernement devrait revoir sa copie », a estimé le syndicaliste.",
    ),
    Rule(
        "act.feature.neg.<value>",
        "acts",
        "The act classifier weighed a negation and what it negates: the main verb, a future, a first-person"
        " perfect, a refusal (`ne pouvons pas tolérer`), a cognitive verb, a negated subject, an opening `non`.",
        "« Nous ne lâcherons rien sur les salaires », a déclaré la syndicaliste.",
    ),
    Rule(
        "act.feature.question",
        "acts",
        "The act classifier weighed a question mark in the content.",
        "« Qui peut encore croire à ce mensonge ? », a lancé l'élue.",
    ),
    Rule(
        "act.feature.question.<value>",
        "acts",
        "The act classifier weighed a question opened by an interrogative word (`wh`), holding a negation, with"
        " its verb before its subject (`inverted`, `modal`: `peut-on`, `faut-il`) and that verb's person.",
        "« Pourquoi ne pas avoir prévenu les familles ? », a demandé la députée.",
    ),
    Rule(
        "act.feature.lex.<value>",
        "acts",
        "The act classifier weighed evaluative words of one class of `lang/fr/acts.py` `LEXICON` (blame, risk,"
        " reassure, commit, demand, deny).",
        "« Cette réforme est une dérive autoritaire », a déclaré la députée.",
    ),
    Rule(
        "act.feature.address.<value>",
        "acts",
        "The act classifier weighed the first or the second person in the content (`vous`, `nous`).",
        "« Vous avez menti aux habitants », a lancé l'élu.",
    ),
    Rule(
        "act.feature.context.<value>",
        "acts",
        "The act classifier weighed a verb or a noun naming an act in the sentence around the item, outside"
        " it and its cue.",
        "La ministre a contesté cette version, expliquant : « Aucun document n'a été détruit. »",
    ),
    Rule(
        "act.feature.opening.<value>",
        "acts",
        "The act classifier weighed the discourse word that opens the content and says how it stands to what"
        " was said (`Mais …`, `Non, …`, `Or …`; `lang/fr/acts.py` `DISCOURSE_OPENERS`).",
        "« Mais le chantier n'a jamais été arrêté ! », a répondu le maire.",
    ),
    Rule(
        "act.feature.contrast",
        "acts",
        "The act classifier weighed a word of contrast inside the content (`…, mais …`, `pourtant`): a"
        " concession or a correction.",
        "« Vous parlez d'économies, mais la facture a doublé », a lancé l'élue.",
    ),
    Rule(
        "act.feature.main.<value>",
        "acts",
        "The act classifier weighed what the content's main predicates do: a negated assertion in the present,"
        " a future said with risk, blame, reassurance or commitment, an impersonal judgement.",
        "« Cette réforme n'est pas un cadeau aux entreprises », a déclaré la ministre.",
    ),
    Rule(
        "act.feature.bare.<value>",
        "acts",
        "The act classifier weighed a signal of a statement read with no reporting verb (a debate's turn): a"
        " negated main verb, a question, a future or a conditional.",
        "Cette réforme n'est pas un cadeau aux entreprises.",
    ),
    Rule(
        "act.feature.signal.<act>",
        "acts",
        "The act classifier weighed the pooled content evidence of `<act>` (an imperative or an obligation for"
        " a demand, a first-person or institutional future for an assurance, …).",
        "« Les patrouilles seront renforcées autour des écoles », a indiqué le préfet.",
    ),
    Rule(
        "hedge.conditional",
        "acts",
        "The reporting verb is in the conditional: the attribution is hedged.",
        "Le ministre affirmerait que la réforme sera retirée.",
    ),
    Rule(
        "hedge.conditional_auxiliary",
        "acts",
        "The reporting verb has a conditional auxiliary (`aurait déclaré`): the attribution is hedged.",
        "« Nous poursuivrons la grève », aurait déclaré la syndicaliste.",
    ),
    Rule(
        "hedge.conditional_content",
        "acts",
        "The journalist's compound conditional (`aurait démissionné`) in an indirect or partial item: hedged.",
        "Le quotidien affirme que le maire aurait démissionné mardi.",
    ),
    Rule(
        "hedge.source_phrase",
        "acts",
        "A vague or second-hand source phrase in the attribution (`selon des sources`, `sous couvert d'anonymat`).",
        "Selon des sources proches du dossier, le ministre va démissionner.",
    ),
    Rule(
        "hedge.source_word",
        "acts",
        "A word of allegation or anonymity in the attribution (`anonyme`, `présumé`, `rumeurs`).",
        "Un témoin anonyme affirme que le camion roulait à vive allure.",
    ),
    Rule(
        "hedge.unnamed_source",
        "acts",
        "The source names nobody: `on` as the subject, people left unnamed by their determiner"
        " (`selon des proches`), an unnamed medium (`selon un journal`): the attribution is hedged.",
        "D'après plusieurs riverains, la station d'épuration dégage des odeurs depuis juin.",
    ),
    # --- dates.py: when a statement was made (how the date attaches: when.*; how it was read: date.*) ---
    Rule(
        "when.verb",
        "dates",
        "A time expression hangs on the reporting verb, or on the verb that reports the item's clause, or "
        "comes right after it: the statement's date.",
        "La ministre a déclaré le 3 avril 2019 que l'usine resterait ouverte.",
    ),
    Rule(
        "when.sentence",
        "dates",
        "A time expression opens the sentence before a comma and the parse hangs it elsewhere: the date of "
        "the sentence's statement.",
        "Hier soir, un conseiller du ministre a indiqué que le projet serait retiré.",
        published="2019-04-10",
    ),
    Rule(
        "when.channel",
        "dates",
        "A time expression dates the document or the figures the statement comes through (`un communiqué "
        "publié le 3 avril`).",
        "Dans un communiqué publié le 3 avril 2019, la mairie a assuré que l'eau restait potable.",
    ),
    Rule(
        "when.occasion_clause",
        "dates",
        "A time expression dates the clause that describes the occasion the statement was made at (`lors de "
        "l'assemblée générale qui s'est tenue samedi`, `lors de la réunion organisée lundi`).",
        "« Le bilan est bon », a affirmé la présidente lors de l'assemblée générale organisée lundi à Toul.",
        published="2019-04-10",
    ),
    Rule(
        "when.speaking_relative",
        "dates",
        "A time expression dates a relative clause of speaking on the reporting verb's subject (`X, qui "
        "s'exprimait hier devant la presse, a assuré que …`).",
        "La sénatrice, qui s'exprimait lundi devant les maires, a assuré que la dotation serait maintenue.",
        published="2019-04-10",
    ),
    Rule(
        "when.reached",
        "dates",
        "A time expression dates the participle by which the paper says it reached the reporting verb's "
        "subject (`X, contacté hier, a assuré que …`): the day the speaker spoke to the paper.",
        "Le directeur de l'usine, joint mardi, a indiqué que la production reprendrait.",
        published="2019-04-10",
    ),
    Rule(
        "when.same_statement",
        "dates",
        "A quote of a statement whose other quote is dated takes its date.",
        "« Nous irons jusqu'au bout », a annoncé vendredi la présidente, « et nous gagnerons ».",
        rare="the quotes of one statement share its cue, and the cue's date reaches each of them directly (when.verb)",
        published="2019-04-10",
    ),
    Rule(
        "when.same_speaker",
        "dates",
        "A quote that continues the previous speaker in the same paragraph (or takes it up by a pronoun) "
        "takes its date.",
        "« Le budget est tenu », a affirmé lundi le trésorier Paul Girard. « Nous n'avons aucune dette », "
        "a-t-il ajouté.",
        published="2019-04-10",
    ),
    Rule(
        "when.next_paragraph",
        "dates",
        "A statement in the next paragraph whose speaker is the previous statement's, taken up by a pronoun, "
        "takes its date.",
        "Le trésorier Paul Girard a affirmé lundi que le budget était tenu.\n\nIl a aussi annoncé la "
        "création d'une buvette.",
        published="2019-04-10",
    ),
    Rule(
        "when.same_document",
        "dates",
        "A later statement of a document dated earlier (`Ce même sondage révèle …`) takes its date.",
        "Selon un sondage paru hier, 60 % des habitants approuvent le projet. Ce même sondage révèle que la "
        "moitié d'entre eux utilisent le tramway.",
        published="2019-04-10",
    ),
    Rule(
        "when.occasion",
        "dates",
        "A quote after a dated occasion of speech in the journalist's voice (a meeting, a hearing, a visit), "
        "until the next dated occasion (a date of the background, `fondé en 1962`, keeps the scene), takes its date; "
        "not a speaker the journalist reached themselves (`joint par téléphone`) nor one quoted through a channel "
        "of their own (`dans un communiqué`, `sur son blog`).",
        "Le conseil municipal s'est réuni hier soir à la mairie. « Les impôts locaux n'augmenteront pas », "
        "a expliqué le maire, Jean Dupuis.",
        published="2019-04-10",
    ),
    Rule(
        "date.relative_day",
        "dates",
        "A day named from the publication date: `hier`, `avant-hier soir`, `aujourd'hui`, `ce matin`.",
        "Hier soir, un conseiller du ministre a indiqué que le projet serait retiré.",
        published="2019-04-10",
    ),
    Rule(
        "date.anaphoric_day",
        "dates",
        "A day named from the day the text last dated (`la veille`, `le lendemain matin`), not before an event "
        "(`la veille du scrutin`); a part of the day standing alone (`dans la soirée`) is the day of an event of "
        "the story dated in its sentence or the one before, not of a background date (`le pont, inauguré le 3 mars "
        "1962`).",
        "Le conseil s'est réuni le 3 avril 2019. Le lendemain, le maire a annoncé que la cantine fermerait.",
    ),
    Rule(
        "date.day_month",
        "dates",
        "A day of a month, with or without a weekday and a year: `le 7 avril`, `mardi 1er juin 1999`, `le 6 "
        "mai dernier`.",
        "La ministre a déclaré le 3 avril 2019 que l'usine resterait ouverte.",
    ),
    Rule(
        "date.numeric",
        "dates",
        "A date in figures: `21/03/2019`.",
        "Le 21/03/2019, la direction a annoncé que l'usine fermerait.",
    ),
    Rule(
        "date.weekday_day",
        "dates",
        "A weekday and a day of the month, the month left to the reader: `samedi 6`.",
        "Samedi 6, le président du club a déclaré que l'équipe resterait en première division.",
        published="2019-04-10",
    ),
    Rule(
        "date.weekday",
        "dates",
        "A weekday, the latest on or before the publication date with a past verb: `mardi`, `mardi dernier`, "
        "`dimanche soir`.",
        "Mardi, la présidente a assuré que les salaires seraient versés.",
        published="2019-04-10",
    ),
    Rule(
        "date.unit",
        "dates",
        "A week, week-end, month or year named from the publication date: `la semaine dernière`, `ce "
        "week-end`, `l'an dernier`.",
        "Le député a déclaré la semaine dernière que le texte serait voté.",
        published="2019-04-10",
    ),
    Rule(
        "date.month_part",
        "dates",
        "A part of a month: `début avril` (1–10), `mi-avril` (11–20), `fin avril` (21–end).",
        "Le maire a annoncé début avril que la piscine fermerait.",
        published="2019-04-10",
    ),
    Rule(
        "date.month",
        "dates",
        "A month, with or without a year: `en mars`, `mars 2019`, `septembre dernier`.",
        "En mars 2019, la ministre a déclaré que l'usine resterait ouverte.",
    ),
    Rule(
        "date.year_part",
        "dates",
        "A part of a year named from the publication date (`la fin de l'année dernière`): the year.",
        "À la fin de l'année dernière, le syndicat avait affirmé que les salaires augmenteraient.",
        published="2019-04-10",
    ),
    Rule(
        "date.season",
        "dates",
        "A season, with a year or named from the publication date: `au printemps 2018`, `cet hiver`.",
        "Au printemps 2018, le ministre avait promis que le tramway serait prolongé.",
    ),
    Rule(
        "date.ago",
        "dates",
        "A span back from the publication date: `il y a deux jours`.",
        "Il y a deux jours, la ministre a affirmé que rien ne changerait.",
        published="2019-04-10",
    ),
    Rule(
        "date.recent",
        "dates",
        "The days before publication: `ces derniers jours` (the seven days before).",
        "Le ministre a déclaré ces derniers jours que la réforme passerait.",
        published="2019-04-10",
    ),
    Rule(
        "date.decade",
        "dates",
        "A decade: `les années 80`.",
        "Dans les années 80, le maire avait déclaré que la ville grandirait.",
    ),
    Rule(
        "date.century",
        "dates",
        "A century: `la fin du XIXe siècle`.",
        "À la fin du XIXe siècle, le préfet écrivait que la route était dangereuse.",
    ),
    Rule(
        "date.year",
        "dates",
        "A year: `en 2016`, `l'année 2016`.",
        "En 2016, le député avait affirmé que le projet était abandonné.",
    ),
    Rule(
        "date.now",
        "dates",
        "A word for the present moment (`désormais`, `actuellement`): read, never a statement's date.",
        "Le maire estime désormais que la piscine doit rester ouverte.",
        rare="read, then left out: désormais says when a view holds, not when it was given",
        published="2019-04-10",
    ),
)

_TABLE += (
    # --- triage.py: the fast mode, without the parser (extract(text, mode="fast")) ------------------
    Rule(
        "fast.mode",
        "triage",
        "The item comes from the fast mode: surface patterns, no parse.",
        "« Nous partons », a dit Paul.",
    ),
    Rule(
        "fast.direct",
        "triage",
        "A quotation that opens its sentence or follows a colon, of two words or more, is direct.",
        "Le maire a été clair : « Nous rouvrirons l'école en septembre. »",
    ),
    Rule(
        "fast.direct.source",
        "triage",
        "A quotation after `Selon X,` (`D'après X,`, `Pour X,`) is X's whole sentence: direct.",
        "Selon le préfet, « la route restera fermée jusqu'à lundi au moins ».",
    ),
    Rule(
        "fast.direct.resumed",
        "triage",
        "A quotation after an incise that follows another (`« A », a-t-il dit, « B »`) goes on with it.",
        "« Nous partons », a-t-elle dit, « et nous ne reviendrons pas ».",
    ),
    Rule(
        "fast.partial",
        "triage",
        "A quotation inside a sentence with a reporting verb is partial.",
        "Le syndicat a dénoncé un plan « brutal » pour les salariés.",
    ),
    Rule(
        "fast.mention",
        "triage",
        "A quotation with no reporting verb around it is a mention.",
        "Le film « Les Misérables » sort en salle mercredi.",
    ),
    Rule(
        "fast.que",
        "triage",
        "A reporting verb followed by `que` reports the clause after it, to the end of the sentence.",
        "Le ministre Paul Durand a affirmé que les crédits seraient maintenus.",
    ),
    Rule(
        "fast.source",
        "triage",
        "`Selon X,` (or `D'après X,`) reports the clause after the comma, to the end of the sentence.",
        "Selon la préfecture, la route restera fermée jusqu'à lundi.",
    ),
)

#: Every rule, by id (a parameterised id with its placeholders).
RULES: Mapping[str, Rule] = MappingProxyType({rule.id: rule for rule in _TABLE})


def _pattern(rule_id: str) -> regex.Pattern[str]:
    parts = regex.split(r"<([a-z]+)>", rule_id)
    return regex.compile("".join(f"(?:{PLACEHOLDERS[p]})" if i % 2 else regex.escape(p) for i, p in enumerate(parts)))


_PATTERNS = tuple((_pattern(rule.id), rule) for rule in _TABLE if "<" in rule.id)


def find(evidence: str) -> Rule | None:
    """The rule an evidence string comes from, or None if it is not registered.

    >>> find("cue.selon").stage
    'cues'
    >>> find("act.prior.demand:appeler").id
    'act.prior.<act>:<verb>'
    >>> find("act.demand.il_faut:il faut").id
    'act.<act>.<rule>:<words>'
    >>> find("cue.unknown") is None
    True
    """
    rule = RULES.get(evidence)
    if rule is not None:
        return rule
    return next((rule for pattern, rule in _PATTERNS if pattern.fullmatch(evidence)), None)
