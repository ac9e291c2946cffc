"""Cues: parsed sentences → the words that introduce speech.

A cue is a reporting verb (any inflected form, inverted or not), a source
preposition (``selon X``, ``d'après X``, ``pour X,``), or a speaker label
before a colon (``X : « … »``). Invariants:

- every cue carries the rule id that found it and the act its verb suggests;
- inflected forms are generated once per language from the infinitives in
  ``lang.cues`` (the lemmatizer is a second opinion, never the only one);
- no cue is returned for an impersonal or indefinite subject (``il faut``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

import attrs
import regex
from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import ADJ, ADV, AUX, NOUN, PROPN, VERB, X
from spacy.tokens import Doc, Span, Token

from quoteminer.lang import LanguageData
from quoteminer.parse import (
    Piece,
    children,
    column,
    doc_text,
    fold,
    heads,
    morph,
    per_token,
    sentence_end,
    sentence_start,
    string_ids,
)
from quoteminer.persons import person_noun

__all__ = [
    "SOURCE_RULES",
    "Cue",
    "can_be_source",
    "closing_incise",
    "comment_clause",
    "conjugate",
    "find_cues",
    "forms",
    "impersonal_report",
    "misread_participle",
    "phrase_start",
    "relative_antecedent",
    "role_of_periphrasis",
    "source_noun",
    "stance_before_colon",
    "subject_before_quotation",
    "verb_of_verbless",
]

#: Rule ids of cues that name their source in a prepositional phrase (``selon X``, ``pour X, …``).
SOURCE_RULES = frozenset(
    {
        "cue.selon",
        "cue.dapres",
        "cue.pour",
        "cue.aux_yeux_de",
        "cue.avis_de",
        "cue.a_en_croire",
        "cue.dires_de",
        "cue.relay",
        "cue.source_relative",
    }
)


def head_verb(infinitive: str, lang: LanguageData) -> str:
    """The verb of a lexicon entry: ``se dire`` → ``dire``, ``s'en prendre`` → ``prendre``,
    ``pointer du doigt`` → ``pointer``, ``laisser entendre`` → ``laisser``."""
    words = infinitive.replace("'", "' ").split()
    while len(words) > 1 and words[0] in lang.syntax.ENTRY_CLITICS:
        words = words[1:]
    return words[0]


def conjugate(infinitive: str, lang: LanguageData, second_group: bool = False) -> frozenset[str]:
    """Regular forms of a French verb, with the spelling changes of its stem.

    Over-generation is harmless here (the forms are looked up, never produced as
    text), so each stem alternation is generated for every ending.
    """
    verb = head_verb(infinitive, lang)
    out: set[str] = {verb}
    if verb.endswith("er"):
        stem = verb[:-2]
        stems = {stem}
        if stem.endswith("c"):
            stems.add(stem[:-1] + "ç")  # annonçait, dénonçant
        if stem.endswith("g"):
            stems.add(stem + "e")  # jugeait, exigeant
        if stem.endswith(("l", "t")):
            stems.add(stem + stem[-1])  # appelle, rejette
        for i in range(len(stem) - 1, -1, -1):
            if stem[i] in "éeè" and i < len(stem) - 1:
                stems.add(stem[:i] + "è" + stem[i + 1 :])  # révèle, répète, soulève
                break
        if stem.endswith("y"):
            stems.add(stem[:-1] + "i")  # emploie
        out.update(s + e for s in stems for e in lang.cues.FIRST_GROUP_ENDINGS)
    elif verb.endswith("ir") and second_group:
        stem = verb[:-2]
        out.update(stem + e for e in lang.cues.SECOND_GROUP_ENDINGS)
    return frozenset(out)


@functools.cache
def _form_table(lang: LanguageData) -> tuple[Mapping[str, str], Mapping[str, tuple[str, ...]]]:
    """Form → first infinitive, and form → every infinitive it can belong to
    (``met`` → ``mettre en cause``, ``mettre en garde``)."""
    every: dict[str, list[str]] = {}
    data = lang.cues
    for infinitive in sorted(data.VERBS, key=lambda v: (" " in v, v)):  # plain verbs first
        head = head_verb(infinitive, lang)
        generated = conjugate(infinitive, lang, infinitive in data.SECOND_GROUP or head in data.SECOND_GROUP)
        extra = frozenset(data.IRREGULAR.get(infinitive, data.IRREGULAR.get(head, "")).split())
        for form in generated | extra:
            every.setdefault(form, []).append(infinitive)
    first = {form: names[0] for form, names in every.items()}
    return MappingProxyType(first), MappingProxyType({f: tuple(n) for f, n in every.items()})


def forms(lang: LanguageData) -> Mapping[str, str]:
    """Every known inflected form of a reporting verb → its (first) infinitive."""
    return _form_table(lang)[0]


@attrs.define(eq=False)
class Cue:
    """Words that introduce speech, and what later stages learn about them."""

    piece: Piece
    sent: Span
    token: Token  # the verb, the preposition, or the colon
    lemma: str  # the infinitive (or the preposition)
    act: str  # act prior of the verb
    rule: str  # rule id, e.g. "cue.verb", "cue.selon"
    weak: bool = False
    # filled by later stages
    speaker_token: Token | None = None
    speaker_rule: str | None = None
    hedged: bool = False
    evidence: list[str] = attrs.Factory(list)

    @property
    def text(self) -> str:
        """The cue's words as written: auxiliaries, inverted pronouns and the verb."""
        tok = self.token
        if self.rule.startswith("cue.verb") or self.rule.startswith("cue.expr"):
            lo, hi = tok.i, tok.i
            stray = stray_auxiliaries(tok)
            for child in tok.children:
                if (
                    (child.dep_.startswith("aux") and child not in stray)
                    or child.dep_ == "expl:subj"
                    or (child.dep_ in ("nsubj",) and child.text.startswith("-"))
                ):
                    lo, hi = min(lo, child.i), max(hi, child.i)
            return tok.doc[lo : hi + 1].text
        return tok.text


_CLOSERS = frozenset({"»", "”", '"', "›"})
_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
_OPENERS = frozenset({"«", "“", "‹"})
_CLOSER_IDS = string_ids(_CLOSERS)
(_COMMA,) = string_ids([","])


def _clitic(token: Token, lang: LanguageData) -> bool:
    """An inverted subject clitic token: ``-il``, ``-t-elle``."""
    return token.text.startswith("-") and inverted_suffix(lang).fullmatch(token.text.lower()) is not None


@per_token  # the content, reported-speech, kind and speaker stages ask it of the same verbs (6 times each)
def is_incise(verb: Token, lang: LanguageData) -> bool:
    """The cue stands after what it reports: « … », a déclaré X / …, a-t-il dit / « … » dit-il."""
    doc = verb.doc
    # its auxiliaries, not one the parse took from inside the quotation before it ("« Il n'y a
    # pas … », a expliqué X" with the quotation's "a" hung on "expliqué")
    # nor one a comma sets off from it ("Le col restera fermé, a précisé le préfet": the parse hung
    # "restera" on "précisé"; a tense's auxiliaries stand next to their participle)
    stray = [c.i for c in stray_auxiliaries(verb)]
    first = min(
        [verb.i] + [c.i for c in own_auxiliaries(verb) if not any(t.text in _CLOSERS for t in doc[c.i : verb.i])]
    )
    while first > 0 and doc[first - 1].lower_ in lang.syntax.VERB_CLITICS:
        first -= 1  # "s'est réjoui", "l'a affirmé", "lui a dit"
    if first == 0:
        return False
    prev = doc[first - 1]
    if prev.text in _CLOSERS or (prev.text == "," and first >= 2 and doc[first - 2].text in _CLOSERS):
        close = prev.i if prev.text in _CLOSERS else prev.i - 1
        opening = next((t.i for t in reversed(doc[sentence_start(verb) : close]) if t.text in _OPENERS), None)
        return opening is None or not subject_before_quotation(verb, opening, lang)
    if prev.text not in (",", "—", "–"):
        return False
    if inverted_suffix(lang).search(verb.text) or any(_clitic(c, lang) for c in verb.children if c.i > first):
        return True  # "Il est, disent-ils, la langue …", "…, a-t-on annoncé": the verb carries its own subject
    if any(c.dep_ == "nsubj" and c.i > verb.i and c.ent_type_ == "PER" for c in verb.children):
        return True  # "Le bilan est de trois morts, a précisé Paul Roux": a name after it is its subject
    if _set_off_before_main_verb(verb):
        return True  # "Les travaux, précise le maire, seront terminés": the parse took "travaux" for its subject
    # "Le porte-parole, Ahmed al-Mesmari, a fait état": a comma closing the subject's apposition
    # a subject before a stray auxiliary belongs to the clause the comma closes, not to the verb,
    # and so does one with a finite verb of its own before the comma ("Les trains circuleront
    # demain, a assuré la SNCF": the parse hung "circuleront" on "trains")
    return not any(
        c.dep_ in ("nsubj", "nsubj:pass") and max(stray, default=-1) < c.i < verb.i and not _own_clause(c, first - 1)
        for c in verb.children
    )


def subject_before_quotation(verb: Token, opening: int, lang: LanguageData) -> bool:
    """Whether the verb after a quotation has its subject before the token ``opening`` (the
    quotation's opening mark, or its first word), in its sentence: the quotation lies in the
    subject's relative clause or apposition (``Les élus, qui siègent au sein du « Front uni », ont
    réclamé un audit``), and the verb is the sentence's main verb, no incise."""
    doc, start = verb.doc, sentence_start(verb)
    if inverted_suffix(lang).search(verb.text) or any(c.text.startswith("-") for c in verb.children):
        return False  # "Un choix qui permet d'atteindre « … » a-t-il déclaré": its subject is after it
    # a comma sets the relative or the apposition off from the subject
    return any(
        c.dep_ in ("nsubj", "nsubj:pass") and start <= c.i < opening and any(t.text == "," for t in doc[c.i : opening])
        for c in verb.children
    )


def _own_clause(subject: Token, comma: int) -> bool:
    """A finite verb between ``subject`` and the ``comma`` that the parse hung on the subject with
    no subject or conjunction of its own (not a relative clause: ``Le maire, qui était …,``)."""
    return any(
        "Fin" in morph(t, "VerbForm")
        and t.pos_ in ("VERB", "AUX")
        and t.head.i == subject.i
        and not any(c.dep_.startswith("nsubj") or c.dep_ == "mark" for c in t.children)
        for t in subject.doc[subject.i + 1 : comma]
    )


_AMOD = get_string_id("amod")
_AUXILIARY_DEPS: dict[int, bool] = {}  # each relation's hash: whether it is one of the ``aux`` relations


def _auxiliary(doc: Doc, dep: int) -> bool:
    """Whether the relation ``dep`` (a ``DEP`` hash of ``doc``) is ``aux`` or one of its subtypes (``aux:pass``)."""
    found = _AUXILIARY_DEPS.get(dep)
    if found is None:
        found = _AUXILIARY_DEPS[dep] = doc.vocab.strings[dep].startswith("aux")
    return found


def stray_auxiliaries(verb: Token) -> list[Token]:
    """Auxiliaries the parse hung on the verb across a comma: the verb of the clause before an
    incise (``Le col restera fermé, a précisé le préfet``, "restera" hung on "précisé" as its
    auxiliary). An auxiliary an adverbial sets off stays (``a, dans un communiqué, annoncé``): the
    stray one governs words of its own besides a subject ("fermé") or the verb has its own auxiliary after the comma."""
    doc = verb.doc
    deps = column(doc, DEP)  # the verb's dependents read from the Doc's arrays: a Token per auxiliary only
    auxiliaries = [doc[j] for j in children(doc, verb.i) if _auxiliary(doc, deps[j]) and j < verb.i]
    orth = column(doc, ORTH)
    stray = []
    for aux in auxiliaries:
        commas = [j for j in range(aux.i + 1, verb.i) if orth[j] == _COMMA]
        if not commas:
            continue
        governs = any(not g.is_punct and not g.dep_.startswith("nsubj") for g in aux.children)
        if governs or any(a.i > commas[-1] for a in auxiliaries):
            stray.append(aux)
    return stray


def own_auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries, without the stray ones (:func:`stray_auxiliaries`)."""
    stray = {t.i for t in stray_auxiliaries(verb)}
    doc = verb.doc
    deps = column(doc, DEP)
    return [doc[j] for j in children(doc, verb.i) if _auxiliary(doc, deps[j]) and j not in stray]


def _set_off_before_main_verb(verb: Token) -> bool:
    """``Les travaux, précise le maire, seront terminés``: after the verb, a noun phrase up to a
    comma, then the sentence's own finite verb; the verb and that noun phrase are an incise."""
    doc, sent = verb.doc, verb.sent
    j = verb.i + 1
    if j >= sent.end or doc[j].pos_ not in ("DET", "PROPN"):
        return False
    for _ in range(2):  # "…, explique Sylvie Marchal, adjointe aux transports, répond": an apposition too
        close = next((k for k in range(j, min(sent.end, j + 8)) if doc[k].text == ","), None)
        if close is None or any(t.pos_ in ("VERB", "AUX") or t.text in _CLOSERS for t in doc[j:close]):
            return False
        rest = doc[close + 1 : min(sent.end, close + 4)]
        if any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) for t in rest):
            return True
        j = close + 1
        if j >= sent.end or doc[j].pos_ not in ("DET", "NOUN", "ADJ"):
            return False
    return False


def auxiliary_before(participle: Token, lang: LanguageData) -> bool:
    """Whether an auxiliary stands a few words before a past participle, whatever the tagger
    called it (``a pour sa part ajouté``, ``Moscou a de son côté rejeté``, the ``a`` read as a verb)."""
    return any(
        t.pos_ == "AUX" or (t.pos_ == "VERB" and t.lemma_ in lang.syntax.AUXILIARIES and "VerbForm=Fin" in str(t.morph))
        for t in participle.doc[max(sentence_start(participle), participle.i - 5) : participle.i]
    )


def misread_participle(token: Token, lemma: str, lang: LanguageData) -> bool:
    """A form the tagger read as a past participle that the verb's regular conjugation says is
    none: ``avertit`` (the participle of ``avertir`` is ``averti``), ``déclare``."""
    data = lang.cues
    verb = head_verb(lemma, lang)
    regular = verb.endswith("er") or lemma in data.SECOND_GROUP or verb in data.SECOND_GROUP
    endings = data.PAST_PARTICIPLE_ENDINGS.get(verb[-2:])
    return regular and endings is not None and not inverted_suffix(lang).sub("", token.lower_).endswith(endings)


def past_participle_form(token: Token, lang: LanguageData) -> bool:
    """Whether the form is a past participle of its verb's regular conjugation whatever the tagger
    says (``Invité`` of ``inviter``), a finite form never ending so (``crée`` of ``créer`` is
    both, and counts as none)."""
    lemma = token.lemma_.lower()
    endings = lang.cues.PAST_PARTICIPLE_ENDINGS.get(lemma[-2:])
    word = token.lower_
    return endings is not None and word.endswith(endings) and not lemma[:-2].endswith(endings) and word != lemma


def _active_past(token: Token, lang: LanguageData) -> bool:
    """Whether a participle's auxiliaries make it an active compound past whatever its subject's label
    says (``Il a toutefois assuré que …``: an adverb after ``a`` makes the parse read ``Il`` as a
    passive subject): its auxiliaries are all the tense auxiliary, none the passive one."""
    auxiliaries = [c.lemma_ for c in token.children if c.dep_.startswith("aux") and c.i < token.i]
    tense = lang.syntax.AUXILIARIES - lang.syntax.PASSIVE_AUXILIARY
    return bool(auxiliaries) and all(a in tense for a in auxiliaries)


def _not_speech(token: Token, lemma: str, lang: LanguageData) -> str | None:
    """Why a reporting verb form does not report speech here, or None."""
    deps = {c.dep_ for c in token.children}
    morph = str(token.morph)
    # "sont convenus de se revoir": an active past with "être", a complement after it (not the
    # passive's "a été convenu que")
    etre_past = (
        lemma in lang.cues.ETRE_PAST_VERBS
        and "expl:subj" not in deps
        and not any(c.dep_.startswith("aux") and "VerbForm=Part" in str(c.morph) for c in token.children)
        and any(c.dep_ in ("xcomp", "ccomp") and c.i > token.i for c in token.children)
    )
    if (
        not etre_past
        and not impersonal_report(token, lemma, lang)
        and (
            "aux:pass" in deps
            or (
                any(c.dep_ == "nsubj:pass" and not c.text.startswith("-") for c in token.children)
                and not _active_past(token, lang)
            )
        )
    ):
        return "passive"  # "sont mis en examen", "il est prévu que" (not "a-t-il averti", mislabelled)
    if (
        "expl:subj" in deps
        and "VerbForm=Part" in morph
        and any(c.dep_.startswith("aux") and c.lemma_ in lang.syntax.PASSIVE_AUXILIARY for c in token.children)
        and not _reflexive_past(token, lang)
    ):
        return "passive"  # "Il lui est reproché d'avoir …": an impersonal passive the parse reads as a past
    if (
        "VerbForm=Part" in morph
        and "Tense=Past" in morph
        and (token.dep_ in ("acl", "amod") or (token.dep_ == "advcl" and token.i == sentence_start(token)))
        and not deps & {"aux", "aux:tense"}
        and not auxiliary_before(token, lang)
        and (_apposed_participle(token) or not is_incise(token, lang))
        and not misread_participle(token, lemma, lang)
    ):
        # "une comédie nommée", "la loi dite", "Marc Dumont, accusé du meurtre …", "Accusé de
        # corruption, le maire …" (passive: the noun is who is accused); not "a pour sa part
        # ajouté", not "« … » averti X", not "L'OMS avertit que …" (a finite form the tagger read
        # as a participle)
        return "adjectival participle"
    subjectless = not deps & {"nsubj", "nsubj:pass", "expl:subj"}
    # "La présidente parle d'« … »": a first person the tagger gives a verb with a noun subject is the third
    named = any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in token.children)
    # "le qualifiant de « … »": a present participle the tagger reads as a first-person future is none
    participle = token.lower_.endswith(lang.syntax.PRESENT_PARTICIPLE)
    first_person = "Person=1" in morph and not named and not participle
    # an imperative in the form of one ("Rappelons", "Notez") or opening its sentence; not a third
    # person the tagger calls one ("Le rapport, intitulé « … », recommande l'exclusion …")
    imperative_form = token.lower_.endswith(lang.syntax.IMPERATIVE_FORM_ENDINGS)
    imperative = "Mood=Imp" in morph and (imperative_form or token.i == sentence_start(token))
    # a first or second person plural form has no noun for subject: the parse's noun subject is a fronted
    # complement ("Parmi les artistes présents, notons …"), the verb an imperative
    if imperative or first_person or ((subjectless or named) and imperative_form):
        return "journalist's voice"  # "Rappelons que", "notons que"
    if _impersonal(token, lang):
        return "impersonal"  # "il convient que …"
    if lemma in lang.cues.SHARED_VIEW_VERBS and comment_clause(token, lang) is not None:
        return "shared view"  # "… comme le souhaite X": X wants the same, the words are not X's
    if lemma in lang.cues.ADDRESSEE_ONLY_VERBS and not _addressee(token, lang) and not _informant(token, lang):
        return "learning"  # "il apprend que sa maison a brûlé": what he learned, not what he said
    head = token.head
    if "VerbForm=Inf" in morph and token.i > sentence_start(token):
        # "Le propriétaire se verra demander de retirer la page", "s'est vu reprocher": asked, not asking
        frame = token.doc[token.i - 1]
        before = token.doc[max(sentence_start(token), frame.i - 3) : frame.i]
        reflexive = any(t.lower_ in lang.syntax.REFLEXIVE for t in before)
        if frame.lemma_ in lang.cues.PASSIVE_FRAMES and reflexive:
            return "passive"
    if "VerbForm=Inf" in morph and head.i < token.i and _impersonal(head, lang):
        return "journalist's voice"  # "Il convient de préciser que", "il importe de rappeler que"
    if any(c.dep_ == "nsubj" and c.lower_ == lang.syntax.IMPERSONAL_ON for c in token.children) and (
        "Tense=Fut" in morph or "Mood=Cnd" in morph
    ):
        return "journalist's voice"  # "On rappellera que", "on notera que" (not "on rappelle à la mairie")
    if token.dep_ == "xcomp" and head.lemma_ in lang.cues.MODALS and 0 < token.i - head.i <= 4:
        return "modal"  # "pourront contester", "aurait pu s'interroger"
    if "VerbForm=Inf" in morph and token.i > 0 and token.doc[token.i - 1].lemma_ in lang.cues.CAUSATIVES:
        return "causative"  # "faisant craindre une guerre ouverte": nobody fears aloud
    if (
        token.i > 0
        and token.doc[token.i - 1].lower_ == lang.syntax.A_WORD
        and "VerbForm=Inf" in morph
        and (token.i - 1 == sentence_start(token) or token.doc[token.i - 2].is_punct)
    ):
        return "infinitive of purpose"  # "À noter que" (not "a tenu à préciser")
    if _hedge_phrase(token, lang) or _anonymity_request(token, lang):
        return "source hedge"  # "un responsable, qui a requis l'anonymat, …": who the source is, no report
    entered = lang.cues.NOT_SPEECH_PREPOSITIONS.get(lemma)
    promised = any(
        c.dep_ in ("xcomp", "ccomp")
        or any(g.dep_ in ("case", "mark") and g.lower_ in lang.syntax.A for g in c.children)
        for c in token.children
    )  # "s'est engagé dans un communiqué à rouvrir la ligne": a channel, then the promise
    if (
        entered
        and not promised
        and any(
            c.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ in entered for g in c.children)
            for c in token.children
        )
    ):
        return "no speech act"  # "s'est engagé dans une démarche": entered it, promised nothing
    if lemma in lang.cues.SENTENCING_VERBS and _penalty(token, lang):
        return "sentence"  # "Le tribunal a condamné l'automobiliste à six mois de prison": a ruling
    return None


def _hedge_phrase(token: Token, lang: LanguageData) -> bool:
    """Whether the verb opens one of the phrases that hedge an attribution (``lang.hedges.SOURCE_PHRASES``,
    ``requis l'anonymat``): it tells how the source speaks, it reports nothing."""
    phrases = _phrases_opened_by(lang.hedges.SOURCE_PHRASES).get(token.lower_)
    if phrases is None:
        return False
    following = doc_text(token.doc)[token.idx : token.idx + 40].lower().replace("’", "'")
    return following.startswith(phrases)


@functools.cache
def _phrases_opened_by(phrases: tuple[str, ...]) -> Mapping[str, tuple[str, ...]]:
    """The phrases of several words, by their first word."""
    by_word: dict[str, list[str]] = {}
    for phrase in phrases:
        if " " in phrase:
            by_word.setdefault(phrase.split()[0], []).append(phrase)
    return {word: tuple(found) for word, found in by_word.items()}


def _anonymity_request(token: Token, lang: LanguageData) -> bool:
    """Whether the verb asks that its subject stay unnamed (``qui souhaite garder l'anonymat``,
    ``a demandé à rester anonyme``: ``lang.hedges.ANONYMITY_REQUESTS``, after an optional
    preposition)."""
    doc = token.doc
    j = token.i + 1
    if j < len(doc) and doc[j].pos_ == "ADP":
        j += 1  # "a demandé à rester anonyme", "a souhaité d'abord ne pas être nommé"
    if j >= len(doc):
        return False
    following = doc_text(doc)[doc[j].idx : doc[j].idx + 40].lower().replace("’", "'")
    return following.startswith(lang.hedges.ANONYMITY_REQUESTS)


def _apposed_participle(token: Token) -> bool:
    """A participle set off after the noun it describes (``Marc Dumont, accusé de …``) or opening
    the sentence (``Accusé de corruption, le maire …``), not an incise after a quotation."""
    if token.i == sentence_start(token):
        return True
    head = token.head
    return (
        token.dep_ == "acl"
        and head.i < token.i
        and token.doc[token.i - 1].text == ","
        and head.pos_ in ("NOUN", "PROPN")
    )


def _informant(verb: Token, lang: LanguageData) -> bool:
    """Whether ``apprendre`` names who told right after it (``a-t-on appris auprès des pompiers``,
    ``de source judiciaire``): then it reports that source's words, not what the subject found out."""
    after = verb.doc[verb.i + 1 : min(sentence_end(verb), verb.i + 4)]
    words = [t.lower_ for t in after]
    if any(w in lang.cues.INFORMANT_PREPOSITIONS for w in words):
        return True
    return any(
        t.lower_ in lang.syntax.DE
        and t.i + 1 < sentence_end(verb)
        and t.doc[t.i + 1].lemma_.lower() in lang.cues.INFORMANT_NOUNS
        for t in after
    )


def _penalty(verb: Token, lang: LanguageData) -> bool:
    """Whether the verb's phrase names a penalty after ``à`` (``à six mois de prison``, ``à mort``,
    ``à verser 5 000 euros``), wherever the parse hangs it."""
    data = lang.cues
    for t in verb.subtree:
        if t.i <= verb.i or t.dep_ not in ("case", "mark") or t.lower_ not in data.PENALTY_PREPOSITIONS:
            continue
        noun = t.head
        counted = any(c.dep_ == "nummod" for c in noun.children)
        if noun.lemma_.lower() in data.PENALTY_NOUNS or counted or noun.pos_ == "VERB":
            return True
    return False


def _addressee(verb: Token, lang: LanguageData) -> bool:
    """Whether a verb has an addressee: an indirect object, a complement with ``à``, or a dative
    clitic before it (``a appris aux salariés``, ``leur a appris``)."""
    doc = verb.doc
    if any(
        c.dep_ == "iobj"
        or (
            c.dep_.startswith("obl")
            and any(g.dep_ == "case" and g.lower_ in lang.syntax.A | {"aux"} for g in c.children)
        )
        for c in verb.children
    ):
        return True
    before = doc[max(sentence_start(verb), verb.i - 3) : verb.i]
    # "nous" before a first-person verb is its subject ("Nous apprenons"): no addressee
    return any(t.lower_ in lang.syntax.DATIVE_CLITICS and t.dep_ != "nsubj" and t.head.i == verb.i for t in before)


def impersonal_report(verb: Token, lemma: str, lang: LanguageData) -> bool:
    """``il a été annoncé que …``: the impersonal passive of a verb of saying, the expletive ``il``
    before it and a que-clause after it, reports someone's words (whose, the sentence does not say)."""
    return (
        lemma in lang.cues.IMPERSONAL_PASSIVE_REPORTS
        and any(c.dep_ == "aux:pass" for c in verb.children)
        and any(
            c.dep_ in ("nsubj:pass", "expl:subj", "nsubj")
            and c.lower_ == lang.syntax.EXPLETIVE_SUBJECT
            and c.i < verb.i
            for c in verb.children
        )
        # (the parse may hang the clause on the verb as a conjunct or an unlabelled dependent)
        and any(
            m.dep_ == "mark" and m.lower_ in lang.syntax.QUE and m.head.head.i == verb.i
            for m in verb.doc[verb.i + 1 : sentence_end(verb)]
        )
    )


def _reflexive_past(verb: Token, lang: LanguageData) -> bool:
    """``Il s'est engagé à …``: a reflexive verb's past, its ``être`` the tense auxiliary and its
    ``il`` a personal subject the parse may read as an expletive (not ``Il lui est reproché``)."""
    return any(c.lower_ in lang.syntax.REFLEXIVE and c.i < verb.i for c in verb.children)


def _impersonal(verb: Token, lang: LanguageData) -> bool:
    """``il convient``, ``il importe``, ``il reste``: a verb of the impersonal frames with the
    expletive ``il`` for subject."""
    return verb.lemma_ in lang.cues.IMPERSONAL_VERBS and any(
        c.dep_ in ("expl:subj", "nsubj") and c.lower_ == lang.syntax.EXPLETIVE_SUBJECT and c.i < verb.i
        for c in verb.children
    )


@functools.cache
def inverted_suffix(lang: LanguageData) -> regex.Pattern[str]:
    """An inverted subject clitic glued to its verb by the tokenizer: ``déclare-t-il``."""
    pronouns = "|".join(map(regex.escape, lang.pronouns.INVERTED_CLITICS))
    return regex.compile(rf"-(?:{regex.escape(lang.pronouns.EUPHONIC_T)}-)?(?P<pronoun>{pronouns})$", regex.IGNORECASE)


def _lemma_of(token: Token, lang: LanguageData) -> str | None:
    """The reporting verb a token is a form of, checking reflexive and multiword entries."""
    lower = inverted_suffix(lang).sub("", token.text.lower().replace("’", "'"))
    candidates = _form_table(lang)[1].get(lower, ())
    lemma = str(token.lemma_)
    if lemma in lang.cues.VERBS and lemma not in candidates:
        # the parser's lemma last: a form listed for a reflexive entry only ("défendu" of "se
        # défendre") is also the plain verb's ("a défendu « un budget de solidarité »")
        candidates = (*candidates, lemma)
    return next((c for c in candidates if _complete(token, c, lang)), None)


def reporting_lemma(token: Token, lang: LanguageData) -> str | None:
    """The reporting verb ``token`` is a form of (its infinitive), reflexive and multiword
    entries counting only when the whole expression is written (``met en garde``)."""
    return _lemma_of(token, lang)


def _open_incise(token: Token, lang: LanguageData) -> bool:
    """A finite verb right after a quotation's closing mark and its comma (a reflexive clitic
    between: ``« … », s'amuse le maire``; or a compound past: ``a savouré``), its subject inverted
    after it: an inverted clitic (``soupire-t-il``), a noun phrase the parse makes its subject
    (``savourait l'entraîneur``), or a source noun phrase the parse makes its object that ends the
    sentence (``savoure le vainqueur.``)."""
    if token.pos_ != "VERB" or token.i < 2:
        return False
    doc = token.doc
    orths = column(doc, ORTH)
    if not any(orths[j] in _CLOSER_IDS for j in range(token.i - 4 if token.i > 4 else 0, token.i)):
        return False  # (from the Doc's arrays: the closing mark stands at most four words before)
    at = token.i - 1
    form = morph(token, "VerbForm")
    if "Part" in form and doc[at].pos_ == "AUX" and doc[at].lemma_ in lang.syntax.AUXILIARIES and at > 1:
        form = morph(doc[at], "VerbForm")  # the auxiliary's: "« … », a savouré le vainqueur"
        at -= 1
    if doc[at].lower_ in lang.syntax.REFLEXIVE_CLITICS and at > 1:
        at -= 1
    if doc[at].text == ",":
        at -= 1
    # a form that is not its lemma is no infinitive, whatever the tagger says ("savoure": Inf)
    finite_form = "Fin" in form or ("Inf" in form and token.lower_ != token.lemma_.lower())
    if doc[at].text not in _CLOSERS or not finite_form:
        return False  # (the closing mark first: every verb the lexicon lacks comes here)
    if inverted_suffix(lang).search(token.text) or any(_clitic(c, lang) for c in token.children):
        return True
    after = [c for c in token.children if c.i > token.i and c.pos_ in ("NOUN", "PROPN")]
    if any(c.dep_ == "nsubj" for c in after):
        return True
    return any(
        c.dep_ == "obj"
        and (c.ent_type_ == "PER" or source_noun(c, lang))
        and c.right_edge.i + 1 < len(doc)
        and doc[c.right_edge.i + 1].is_punct
        and doc[c.right_edge.i + 1].text in _SENTENCE_ENDS
        for c in after
    )


def _infinitive_at(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].pos_ == "VERB" and "VerbForm=Inf" in str(doc[i].morph)


def _is_verbal(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _mistagged_verb(token: Token, lang: LanguageData) -> bool:
    """A verb form the tagger took for a noun or an adjective (``juge``, ``demande``, ``raconte``),
    told by its context.

    A noun with no determiner or preposition of its own that stands where only a verb can:
    right after a closing quotation mark (« … », juge le ministère), after a subject clitic
    (il note), or with a subject of its own in the parse (Le secrétaire général, …, demande).
    """
    if token.pos_ not in ("NOUN", "ADJ", "PROPN", "ADV") or token.i == 0:
        return False  # "demande", "juge" read as nouns; "raconte" read as an adjective, "résume" as a name
    doc = token.doc
    prev = doc[token.i - 1]
    if _verb_of_verbless(token, lang):
        # "Moscou dément toute livraison", "Le syndicat critique la suppression": between the
        # subject's noun and a determiner, in a sentence with no finite verb, the word is its verb
        return True
    if token.pos_ == "ADV":
        return False
    if (
        token.lower_.endswith(lang.syntax.PRESENT_PARTICIPLE)
        and prev.lower_ in lang.syntax.BEFORE_VERB
        and token.i >= 2
        and doc[token.i - 2].text == ","
    ):
        # "…, les qualifiant de « … »": a present participle after a comma and its object clitic,
        # which the tagger read as a determiner and the participle as a noun
        return True
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if (
        token.pos_ == "ADJ"
        and prev.lemma_ in lang.syntax.PASSIVE_AUXILIARY
        and not any(c.dep_ == "expl:subj" or c.lower_ in lang.syntax.SUBJECT_CLITICS for c in token.children)
        and nxt is not None
        and (nxt.lower_ in lang.syntax.QUE or nxt.lower_ in lang.syntax.DE)
        and _lemma_of(token, lang) in lang.cues.ETRE_PAST_VERBS
    ):
        # "les élus sont convenus que …": the participle of a verb whose active past takes "être",
        # read as an adjective, before its que-clause (not the impersonal "il est convenu que")
        return True
    if auxiliary_before_incidental_phrase(token, lang) is not None:
        return True  # "a de son côté martelé X": the tagger read the participle as the phrase's adjective
    if prev.pos_ in ("DET", "ADP", "AUX") or any(c.dep_ in ("det", "case", "cop") for c in token.children):
        return False  # "la demande", "était juge": a noun after all
    # « … », s'indigne X: the reflexive clitic stands between the incise's comma and the verb
    at = prev.i - 1 if prev.lower_ in lang.syntax.REFLEXIVE_CLITICS and prev.i > 0 else prev.i
    incise = doc[at].text in _CLOSERS or (doc[at].text == "," and at >= 1 and doc[at - 1].text in _CLOSERS)
    if incise:
        # « … », juge le ministère / « … », tempère-t-on à Matignon / « … », résume, amer, le président
        if nxt is not None and nxt.text == "," and token.i + 2 < sentence_end(token):
            close = next((t for t in doc[token.i + 2 : min(sentence_end(token), token.i + 6)] if t.text == ","), None)
            after = doc[close.i + 1] if close is not None and close.i + 1 < sentence_end(token) else None
            return after is not None and after.pos_ in ("DET", "PROPN")
        return nxt is not None and (
            nxt.pos_ in ("DET", "PROPN", "ADV", "NOUN") or nxt.lower_ in ("-t", "-il", "-elle", "-on")
        )
    if token.pos_ == "PROPN":
        return False  # elsewhere a word read as a name is one
    if prev.text == "," and token.i >= 2 and doc[token.i - 2].ent_type_ == "PER":
        # "le président de LR, Christian Jacob, juge la réforme …": after the subject's name, before
        # an object or its que-clause ("…, Agnès Huber, juge que …"; not "Paul Martin, juge au
        # tribunal": a title)
        if nxt is None:
            return False
        if nxt.pos_ == "DET":
            return True
        # before "que", the name is a subject's, not a preposition's object ("entendu par Paul Martin,
        # juge qu'il connaissait": the title, and a relative)
        first = token.i - 2
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        return (
            nxt.lower_ in lang.syntax.QUE
            and "Rel" not in morph(nxt, "PronType")
            and (first == 0 or doc[first - 1].pos_ != "ADP")
        )
    if closing_incise(token, lang):
        # "…, soit un léger ralentissement, note l'Institut national": an incise closing the
        # sentence, its subject (a name, a role, an organisation) after it; a noun there would
        # need a determiner or a preposition of its own
        named = doc[token.i + 2]
        return named.pos_ == "PROPN" or bool(named.ent_type_) or source_noun(named, lang)
    if nxt is not None and nxt.lower_ in lang.syntax.QUE and prev.pos_ in ("NOUN", "PROPN", "ADJ"):
        # "le président de l'Assemblée juge que …": right after a noun phrase and before its
        # que-clause, with no determiner of its own, the word is the verb of that subject
        return True
    if nxt is not None and nxt.lower_ in lang.syntax.QUE and prev.text == "," and _subject_set_off(token):
        # "Jacques Perrin, qui a visité le site mardi, juge que …": after the comma closing a
        # relative or an apposition set off after the subject, before its que-clause
        return True
    if (
        nxt is not None
        and nxt.lower_ in lang.syntax.DE
        and prev.pos_ in ("NOUN", "PROPN")
        and token.i + 2 < sentence_end(token)
        and _infinitive_at(doc, token.i + 2)
        and not any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) for t in token.sent)
    ):
        # "Le syndicat menace de bloquer les raffineries": a sentence with no finite verb but this
        # word between its subject and "de" + infinitive
        return True
    if (
        nxt is not None
        and prev.lower_ == lang.syntax.VERB_COORDINATOR
        and token.dep_ == "conj"
        and token.head.pos_ == "VERB"
        and token.head.i < token.i
        and (nxt.pos_ == "DET" or (nxt.lower_ in lang.syntax.DE and _infinitive_at(doc, token.i + 2)))
    ):
        # "La fédération a contesté le barème et demande de suspendre la réforme", "… et juge la
        # concertation insuffisante": coordinated to a verb, with no determiner of its own and before
        # an object or "de" + infinitive, the word is a verb
        return True
    # "il note"; "a-t-il martelé", the clitic inverted after the auxiliary
    inverted = inverted_suffix(lang).fullmatch(prev.text) is not None
    return prev.lower_ in lang.syntax.SUBJECT_CLITICS or inverted or any(c.dep_ == "nsubj" for c in token.children)


def _subject_set_off(token: Token) -> bool:
    """Whether what stands before ``token`` in its sentence is a subject with a clause or an
    apposition set off by commas and no main verb: the sentence's root is no finite verb before
    ``token`` (its finite verbs there are a relative's)."""
    sent = token.sent
    root = sent.root
    if root.i < token.i and root.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(root.morph):
        return False
    commas = [t for t in token.doc[sent.start : token.i] if t.text == ","]
    return len(commas) >= 2 and sent.start < commas[0].i


def verb_of_verbless(token: Token, lang: LanguageData) -> bool:
    """Whether ``token`` is the verb the tagger read as a noun in a sentence it left with no
    finite verb (``Le ministre juge la grève « … »``): no part of its subject's noun phrase."""
    return _verb_of_verbless(token, lang)


def _verb_of_verbless(token: Token, lang: LanguageData) -> bool:
    """Whether ``token``, after a noun and before a determiner or an opening quotation mark
    (an incidental ``pour sa part`` between), is the verb of a sentence the tagger left with no
    finite verb (``Moscou dément toute livraison d'armes``, ``La directrice déplore « … »``); not
    before ``du``/``des``, which may be ``de`` after a noun (``le regard dément du tueur``)."""
    doc = token.doc
    # (after the subject's noun, or its adjective: "Le doyen du conseil municipal manifeste …")
    after_adjective = doc[token.i - 1].pos_ == "ADJ" and token.i >= 2 and doc[token.i - 2].pos_ == "NOUN"
    if doc[token.i - 1].pos_ not in ("NOUN", "PROPN") and not after_adjective:
        return False  # (asked first: finding the sentence costs more)
    sent = token.sent
    if token.i + 1 >= sent.end:
        return False
    j = token.i + 1
    # "La directrice déplore pour sa part « un manque … »": past an incidental phrase
    if j + 2 < sent.end and doc[j].pos_ == "ADP" and doc[j + 2].lower_ in lang.syntax.INCIDENTAL_NOUNS:
        j += 3
    elif doc[j].pos_ == "ADP":
        # "La directrice manifeste dans une lettre aux parents son « … »", "manifeste à nouveau son
        # « … »": past a short place or adverbial, to where a determiner or a quotation opens the
        # object after a noun or an adjective
        for k in range(j + 2, min(sent.end, j + 8)):
            if doc[k].pos_ not in ("DET", "NOUN", "ADJ", "ADP", "PROPN") and doc[k].text not in _OPENERS:
                break
            if doc[k - 1].pos_ in ("NOUN", "ADJ", "PROPN") and (doc[k].pos_ == "DET" or doc[k].text in _OPENERS):
                j = k
                break
    nxt = doc[j]
    if nxt.text in _OPENERS:
        return not any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) for t in sent)
    if nxt.lower_ in lang.syntax.QUE and j > token.i + 1:
        # "Le maire juge pour sa part que …": past the incidental phrase a que-clause opens, whose
        # own verb is no verb of the subject; none before it
        return not any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) for t in doc[sent.start : j])
    if (nxt.pos_ != "DET" and nxt.dep_ != "det") or nxt.lower_ in lang.syntax.OF_FORMS:
        return False
    return not any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) for t in sent)


def auxiliary_before_incidental_phrase(token: Token, lang: LanguageData) -> Token | None:
    """``« … », a de son côté martelé le député``, ``a pour sa part fustigé``: a reporting verb's
    form right after an auxiliary and an incidental phrase (a preposition, a possessive and a
    noun of side: ``de son côté``, ``pour sa part``, ``à son tour``) is the participle of that
    auxiliary, whatever the tagger made of it (an adjective of the noun before it). The
    auxiliary, or None."""
    i = token.i
    if i - 4 < sentence_start(token) or token.pos_ not in ("ADJ", "NOUN"):
        return None
    doc = token.doc
    aux, prep, det, noun = doc[i - 4], doc[i - 3], doc[i - 2], doc[i - 1]
    found = (
        noun.lower_ in lang.syntax.INCIDENTAL_NOUNS
        and det.pos_ == "DET"
        and prep.pos_ == "ADP"
        and aux.lemma_ in lang.syntax.AUXILIARIES
        and aux.pos_ in ("AUX", "VERB")
    )
    return aux if found else None


# What a reporting verb's part of speech can be: a verb, or a noun or an adjective the tagger
# mistook for one (``_mistagged_verb``); other words are skipped from the Doc's arrays.
_VERB_TAGS = frozenset({VERB, AUX, NOUN, ADJ, PROPN, X, ADV})
_NAME_TAGS = frozenset({PROPN, X, ADV})


@functools.cache
def _form_ids(lang: LanguageData) -> frozenset[int]:
    """The hashes of every inflected form of a reporting verb, to test a word from the arrays."""
    return string_ids(_form_table(lang)[1])


@functools.cache
def _may_report(lang: LanguageData) -> tuple[dict[int, bool], frozenset[int]]:
    """Whether a word's written form (by its ``ORTH`` hash, answered once per form) is one
    ``_lemma_of`` reads (``juge``, ``demande``, ``déclare-t-il``), and the hashes of the
    reporting verbs' infinitives: a word that is neither has no reporting lemma."""
    return {}, string_ids(lang.cues.VERBS)


def _reporting_form(orth: int, lemma: int, doc: Doc, lang: LanguageData) -> bool:
    """Whether ``_lemma_of`` can find a reporting verb for the word of these ``ORTH`` and
    ``LEMMA`` hashes (it looks up the form, then the parser's lemma): asked from the Doc's
    arrays before a noun's context, since most nouns and adjectives are no verb's form."""
    written, infinitives = _may_report(lang)
    if lemma in infinitives:
        return True
    found = written.get(orth)
    if found is None:
        if len(written) >= 1 << 18:
            written.clear()
        text = doc.vocab.strings[orth]
        lower = inverted_suffix(lang).sub("", text.lower().replace("’", "'"))
        found = written[orth] = lower in _form_table(lang)[1]
    return found


def _verb_cues(piece: Piece, sent: Span, lang: LanguageData) -> Iterator[Cue]:
    data = lang.cues
    doc = sent.doc
    tags = column(doc, POS)
    lowers = column(doc, LOWER)
    orths = column(doc, ORTH)
    lemmas = column(doc, LEMMA)
    known = _form_ids(lang)
    for i in range(sent.start, sent.end):
        if tags[i] not in _VERB_TAGS or (tags[i] in _NAME_TAGS and lowers[i] not in known):
            continue  # (a word read as a name or left unread is a cue only in a reporting verb's form)
        if tags[i] not in (VERB, AUX) and not _reporting_form(orths[i], lemmas[i], doc, lang):
            continue  # a noun or an adjective with no reporting lemma is no cue, mistagged or not
        token = doc[i]
        # "a tweeté": a verb the tagger could not read (X) after its auxiliary
        unknown = (
            token.pos_ in ("X", "PROPN")
            and token.text[:1].islower()
            and i > sent.start
            and doc[i - 1].lemma_ in lang.syntax.AUXILIARIES
        )
        mistagged = not _is_verbal(token) and (unknown or _mistagged_verb(token, lang))
        if not _is_verbal(token) and not mistagged:
            continue
        lemma = _lemma_of(token, lang)
        if lemma is None and not mistagged and _open_incise(token, lang):
            # "« … », savourait l'entraîneur": a verb the lexicon lacks, set as an incise after the
            # quotation with its subject inverted, reports the quotation (a plain statement)
            yield Cue(piece, sent, token, token.lemma_.lower(), "statement", "cue.verb.incise")
            continue
        if lemma is None or (mistagged and " " in lemma):
            continue
        if token.pos_ == "AUX" and token.dep_.startswith("aux"):
            continue
        if _not_speech(token, lemma, lang) is not None:
            continue
        act = data.VERBS[lemma]
        rule = "cue.verb"
        if lemma in data.NEGATED_ASSERTIONS and any(
            c.dep_ == "advmod" and c.lower_ in lang.syntax.NEGATION_ADVERBS for c in token.children
        ):
            # "n'a pas exclu de se représenter": a litotes asserts what the verb would deny
            yield Cue(piece, sent, token, lemma, "statement", "cue.verb.litotes")
            continue
        if "VerbForm=Inf" in str(token.morph) and _narrative(token, lang):
            rule = "cue.verb.narrative_infinitive"
        if inverted_suffix(lang).search(token.text) or any(_clitic(c, lang) for c in token.children):
            rule = "cue.verb.inverted"
        elif "VerbForm=Part" in str(token.morph) and "Tense=Pres" in str(token.morph):
            rule = "cue.verb.participle"
        elif mistagged:
            rule = "cue.verb.mistagged"
        yield Cue(piece, sent, token, lemma, act, rule, weak=lemma in data.WEAK)


def _complete(token: Token, lemma: str, lang: LanguageData) -> bool:
    """A reflexive or multiword entry counts only when the whole expression is there:
    ``s'en prend`` (not ``prend peu de risques``), ``met en garde`` (not ``met en œuvre``)."""
    words = lemma.replace("'", "' ").split()
    doc = token.doc
    if words[0] in lang.syntax.REFLEXIVE:
        # (the words before read only here: finding the sentence costs more than the rest)
        before = {t.lower_ for t in doc[max(sentence_start(token), token.i - 4) : token.i]}
        if not before & lang.syntax.REFLEXIVE_CLITICS:
            return False
        words = words[1:]
        if words and words[0] == lang.syntax.GERUND:
            if lang.syntax.GERUND not in before:
                return False
            words = words[1:]
    rest = words[1:]
    if rest:
        after = [t.lower_ for t in doc[token.i + 1 : min(len(doc), token.i + 1 + len(rest) + 1)]]
        return all(w in after for w in rest)
    return True


def _narrative(token: Token, lang: LanguageData) -> bool:
    """``Et le secrétaire d'État d'ajouter``: et + noun phrase + de + infinitive."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].lower_ not in lang.syntax.DE:
        return False
    for j in range(token.i - 2, max(sentence_start(token), token.i - 10) - 1, -1):
        t = doc[j]
        if t.lower_ == lang.syntax.NARRATIVE_AND and (j == sentence_start(token) or doc[j - 1].text in ".;:,"):
            return True
        if t.pos_ in ("VERB", "AUX") or t.text in ".;:":
            return False
    return False


@functools.cache
def _faire_forms(lang: LanguageData) -> frozenset[str]:
    faire = lang.syntax.FAIRE
    return frozenset(lang.cues.IRREGULAR[faire].split()) | {faire}


@functools.cache
def _expression_heads(lang: LanguageData) -> tuple[frozenset[int], frozenset[int]]:
    """The hashes of the lemmas and of the forms that can head an expression cue."""
    return string_ids(lang.syntax.PHRASE_VERBS), string_ids(_faire_forms(lang))


def _expression_cues(piece: Piece, sent: Span, lang: LanguageData) -> Iterator[Cue]:
    """``faire savoir``, ``faire état de``, ``peut-on lire``: verbs that report only in a phrase."""
    faire = _faire_forms(lang)
    doc = sent.doc
    heads, forms = _expression_heads(lang)
    lemmas, lowers = column(doc, LEMMA), column(doc, LOWER)
    for i in range(sent.start, sent.end):
        if lemmas[i] not in heads and lowers[i] not in forms:
            continue  # read from the Doc's arrays: most words are neither
        token = doc[i]
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (token.lemma_ == lang.syntax.FAIRE or token.lower_ in faire) and nxt is not None:
            key = f"{lang.syntax.FAIRE} {nxt.lemma_}"
            if key in lang.cues.EXPRESSIONS:
                yield Cue(piece, sent, token, key, lang.cues.EXPRESSIONS[key], "cue.expr.faire")
        if (
            token.lemma_ == lang.syntax.POUVOIR_VERB
            and nxt is not None
            and nxt.lower_ in (lang.syntax.INVERTED_ON, lang.syntax.IMPERSONAL_ON)
        ):
            after = token.doc[nxt.i + 1] if nxt.i + 1 < len(token.doc) else None
            if after is not None and after.lemma_ in lang.syntax.READING_VERBS:
                yield Cue(piece, sent, token, "peut-on lire", "statement", "cue.expr.peut_on_lire")


def support_noun(noun: Token, nouns: Mapping[str, object]) -> str | None:
    """The key of ``nouns`` the noun starts: its lemma, or its lemma and the words after it
    (``mise en garde``)."""
    doc = noun.doc
    # "a opposé un démenti catégorique": the parse may read the act noun as a participle
    # qualifying the adjective after it
    for word in (noun, *(c for c in noun.children if c.dep_ == "amod" and c.i == noun.i - 1)):
        for key in nouns:
            first, *rest = key.split()
            if (
                first in (word.lemma_.lower(), word.lower_)
                and [t.lower_ for t in doc[word.i + 1 : word.i + 1 + len(rest)]] == rest
            ):
                return key
    return None


def _support_cues(piece: Piece, sent: Span, lang: LanguageData) -> Iterator[Cue]:
    """``a donné l'assurance que …``, ``a émis des doutes sur …``: a support verb whose object
    is the noun of an act reports the noun's complement."""
    phrases = lang.cues.SUPPORT_PHRASES
    doc = sent.doc
    tags = column(doc, POS)  # only verbs are read as Tokens
    for i in range(sent.start, sent.end):
        if tags[i] != VERB:
            continue
        token = doc[i]
        nouns = phrases.get(token.lemma_.lower())
        if nouns is None:
            continue
        for noun in token.children:
            key = support_noun(noun, nouns) if noun.dep_ == "obj" and noun.i > token.i else None
            if key is not None:
                yield Cue(piece, sent, token, f"{token.lemma_.lower()} {key}", nouns[key], "cue.expr.support")
                break


@functools.cache
def _preposition_forms(lang: LanguageData) -> frozenset[int]:
    """The hashes of every lower-case form a source preposition or phrase can end on, both
    apostrophes spelt (``_source_prepositions`` reads the others from the Doc's arrays only)."""
    words = {*lang.cues.SOURCE_PREPOSITIONS, *_phrases_by_last_word(lang), lang.syntax.APRES, lang.syntax.POUR}
    forms: set[str] = set()
    for word in words:
        variants = [""]
        for char in word:
            variants = [v + c for v in variants for c in ((char, "’") if char == "'" else (char,))]
        forms.update(variants)
    return string_ids(forms)


def _source_prepositions(piece: Piece, sent: Span, lang: LanguageData) -> Iterator[Cue]:
    data = lang.cues
    doc = sent.doc
    forms, lowers = _preposition_forms(lang), column(doc, LOWER)
    for i in range(sent.start, sent.end):
        if lowers[i] not in forms:
            continue
        token = doc[i]
        low = token.lower_.replace("’", "'")
        # d'après: the tokenizer gives "d'" + "après"
        if low == lang.syntax.APRES and token.i > 0 and doc[token.i - 1].lower_ in lang.syntax.ELIDED_DE:
            low = lang.syntax.D_APRES
        if low in data.SOURCE_PREPOSITIONS:
            if _incise_channel(token, sent, lang):
                continue  # "« … », a-t-il souligné, selon le communiqué": the channel of the incise's statement
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in lang.syntax.SOURCE_RELATIVES:
                # "un rapport selon lequel …", "les informations selon lesquelles …": the relative
                # clause is the claim of its antecedent, when that can be a source or a document
                antecedent = relative_antecedent(token, lang)
                if antecedent is not None:
                    yield Cue(piece, sent, token, low, "statement", "cue.source_relative")
                continue
            if _relay(token, lang):
                # "selon l'AFP, …": a claim all the same, whose source the agency relays without naming
                yield Cue(piece, sent, token, low, "statement", "cue.relay")
                continue
            noun = next(
                (t for t in doc[token.i + 1 : min(sent.end, token.i + 4)] if t.pos_ not in ("DET", "ADJ")), None
            )
            if noun is not None and noun.text[:1].islower() and noun.lemma_.lower() in data.CUSTOMS:
                continue  # "selon la tradition", "selon l'usage": a custom, not a source (not "le Planning familial")
            if noun is not None and _depending_on(token, low, noun, lang):
                continue  # "selon les cas", "le prix varie selon la saison": a condition, not a source
            yield Cue(piece, sent, token, low, "statement", data.SOURCE_PREPOSITIONS[low])
        elif low == lang.syntax.POUR and _view_pour(token, lang):
            yield Cue(piece, sent, token, low, "statement", data.VIEW_PREPOSITIONS[low])
        else:
            phrase = _phrase_ending_at(token, sent, lang)
            if phrase is not None and not _relay(token, lang):
                yield Cue(piece, sent, token, phrase, "statement", data.VIEW_PREPOSITIONS[phrase])


def _incise_channel(preposition: Token, sent: Span, lang: LanguageData) -> bool:
    """``« … », a-t-il souligné, selon le communiqué de la présidence``, ``…, a déclaré le
    ministre, selon Radio Okapi``: a source phrase right after an incise (a reporting verb set off
    after what it reports, with nothing else between the comma before it and the phrase) names
    where the incise's statement was read, not a claim of its own."""
    doc = preposition.doc
    i = preposition.i
    if i - 2 < sent.start or doc[i - 1].text != ",":
        return False
    if i + 1 < len(doc) and doc[i + 1].lower_ in lang.syntax.RELATIVE_PRONOUNS:
        return False  # "…, a déclaré le porte-parole, selon qui il s'agit de …": the source's own claim
    if any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) for t in doc[i + 1 : sent.end]):
        return False  # "…, a-t-il dit, selon lui la crise est finie": a clause of its own, a claim
    table = forms(lang)
    start = i - 2
    while start > sent.start and doc[start - 1].text not in (",", *_CLOSERS):
        start -= 1
    chunk = doc[start : i - 1]
    if any(t.text in _OPENERS or t.text in _CLOSERS for t in chunk):
        return False
    verbs = [t for t in chunk if t.pos_ == "VERB" and t.lower_ in table]
    if len(verbs) != 1:
        return False
    verb = verbs[0]
    own = {verb.i, *(a.i for a in own_auxiliaries(verb))}
    others = [t for t in chunk if t.pos_ in ("VERB", "AUX") and t.i not in own]
    return not others and is_incise(verb, lang)


def _depending_on(preposition: Token, phrase: str, noun: Token, lang: LanguageData) -> bool:
    """``selon les cas``, ``le prix varie selon la saison``: ``selon`` meaning "depending on", told
    by a noun that never names a source, or, in a phrase not set off by a comma, by a noun that
    names neither a source nor a document nor figures."""
    data = lang.cues
    low = noun.lemma_.lower()
    if low in data.NOT_SOURCES:
        return True
    doc = preposition.doc
    first = max(sentence_start(preposition), preposition.i - len(_words(phrase)) + 1)  # "d'" of "d'après"
    before = doc[sentence_start(preposition) : first]
    set_off = all(t.pos_ in ("CCONJ", "ADV", "PUNCT", "SPACE") for t in before) or doc[first - 1].text == ","
    said = low in _said_nouns(lang) or low in data.INFORMANT_NOUNS
    return not set_off and not (can_be_source(noun, lang) or said)


@functools.cache
def _said_nouns(lang: LanguageData) -> frozenset[str]:
    """Nouns of what a source puts out: documents, figures and utterances (lemmas)."""
    data = lang.cues
    return frozenset(data.DOCUMENT_NOUNS | data.FIGURE_NOUNS | data.UTTERANCE_NOUNS)


def relative_antecedent(preposition: Token, lang: LanguageData) -> Token | None:
    """The noun right before ``selon lequel`` (``un rapport selon lequel``, ``un témoin selon
    lequel``), when it can be a source: a name, a source noun, a document, figures, a noun of what a
    source says; not hearsay (``les informations selon lesquelles``, ``des rumeurs selon lesquelles``)."""
    doc = preposition.doc
    j = preposition.i - 1
    if j > sentence_start(preposition) and doc[j].text == ",":
        j -= 1  # "Le gardien du parc, selon lequel …"
    while j > sentence_start(preposition) and doc[j].pos_ == "ADJ":
        j -= 1  # "les informations précédentes selon lesquelles"
    if j < sentence_start(preposition):
        return None
    noun = doc[j]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    while noun.dep_ in ("nmod", "flat:name") and sentence_start(preposition) <= noun.head.i < noun.i:
        noun = noun.head  # "un rapport de la Cour des comptes selon lequel": the phrase's head
    low = noun.lemma_.lower()
    data = lang.cues
    if low in data.INFORMANT_NOUNS:
        return None  # "les informations selon lesquelles …": hearsay nobody is named for (a claim noun too)
    if low in _said_nouns(lang):
        return noun
    return noun if noun.pos_ == "PROPN" or bool(noun.ent_type_) or source_noun(noun, lang) else None


def _words(text: str) -> list[str]:
    return text.lower().replace("’", "'").replace("'", "' ").split()


@functools.cache
def _phrases_by_last_word(lang: LanguageData) -> Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Multiword source phrases by their last word (``de`` also ends them as ``d'``, ``du``, ``des``)."""
    table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for phrase in lang.cues.VIEW_PREPOSITIONS:
        words = _words(phrase)
        if len(words) < 2:
            continue
        endings = tuple(lang.syntax.OF_FORMS) if words[-1] in lang.syntax.DE else (words[-1],)
        for ending in endings:
            table.setdefault(ending, []).append((str(phrase), tuple(words[:-1])))
    return MappingProxyType({k: tuple(v) for k, v in table.items()})


def _phrase_ending_at(token: Token, sent: Span, lang: LanguageData) -> str | None:
    """The multiword source phrase (``aux yeux de``, ``de l'avis de``, ``à en croire``) whose
    last word is ``token``, if any; the phrase's own noun follows the token."""
    candidates = _phrases_by_last_word(lang).get(token.lower_.replace("’", "'"))
    if not candidates:
        return None
    doc = token.doc
    previous = doc[token.i - 1].lower_.replace("’", "'") if token.i > sent.start else ""
    capitals = lang.cues.UNACCENTED_CAPITALS
    for phrase, before in candidates:
        first = token.i - len(before)
        if previous != before[-1] or first < sent.start:
            continue  # most "de" follow no "avis", "yeux" or "dires": one word tells
        # a capital written without its accent (``A en croire``) is the accented word
        if tuple(capitals.get(t.text) or t.lower_.replace("’", "'") for t in doc[first : token.i]) == before:
            return phrase
    return None


def phrase_start(cue: Cue, lang: LanguageData) -> Token:
    """The first word of a source phrase: ``d'`` of ``d'après``, ``aux`` of ``aux yeux de``."""
    tok = cue.token
    doc = tok.doc
    words = _words(cue.lemma)
    return doc[max(sentence_start(tok), tok.i - len(words) + 1)]


def _relay(token: Token, lang: LanguageData) -> bool:
    """``selon l'AFP``, ``d'après Reuters``, ``selon l'agence de presse``: a news agency named in
    the phrase relays someone else. A bare ``l'agence`` takes up the agency named before
    (``Moody's … Selon l'agence, …``): coreference finds which."""
    doc = token.doc
    relay = lang.cues.RELAY_NOUNS
    for t in doc[token.i + 1 : min(len(doc), token.i + 4)]:
        if t.pos_ in ("DET", "ADP") or t.lower_ in lang.syntax.ELIDED_ARTICLES:
            continue
        if t.lower_ not in lang.cues.AGENCY_NOUNS:
            return t.lower_ in relay
        named = [u.lower_ for u in doc[t.i + 1 : min(len(doc), t.i + 4)]]
        return any(w in relay or w in lang.cues.PRESS_WORDS for w in named)
    return False


def _view_pour(token: Token, lang: LanguageData) -> bool:
    """``Pour X, …``: the source phrase opens its clause and ends at a comma."""
    doc = token.doc
    sent = token.sent
    nxt = doc[token.i + 1] if token.i + 1 < sent.end else None
    if (
        nxt is not None
        and nxt.lower_ == lang.syntax.RELATIVE_SUBJECT
        and token.i > sent.start
        and doc[token.i - 1].text == ","
    ):
        return True  # "Marie Dupont, pour qui la réforme est injuste, …": the antecedent holds the view
    before = doc[sent.start : token.i]
    ends = [t.i for t in before if t.text in (".", "!", "?", "»", "”", ";")]
    if ends:
        before = doc[ends[-1] + 1 : token.i]  # « … ». Pour X, …: the clause after the quotation
    if any(t.is_alpha for t in before if t.lower_ not in lang.syntax.LEADING_CONJUNCTIONS):
        return False
    if nxt is not None and (nxt.lemma_.lower() in lang.cues.NOT_SOURCES or nxt.pos_ in ("NUM", "VERB", "ADV")):
        return False
    # the phrase "pour X," is short and ends in a comma before the clause; a parenthesis in it
    # ("Pour l'ALN (Armée de Libération Nationale), …") does not count
    j, words = token.i, 0
    while words < 8:
        j += 1
        if j >= sent.end:
            return False
        t = doc[j]
        if t.text == "(":
            close = next((k for k in range(j + 1, min(j + 12, sent.end)) if doc[k].text == ")"), None)
            if close is None:
                return False
            j = close
            continue
        words += 1
        if t.text == ",":
            noun = doc[token.i + 1 : j]
            if any(n.pos_ == "VERB" or n.lemma_.lower() in lang.cues.NOT_SOURCES for n in noun):
                return False
            return any(
                n.pos_ in ("PROPN", "PRON") or n.ent_type_ in ("PER", "ORG") or source_noun(n, lang) for n in noun
            )
        if t.pos_ == "VERB" or t.text in ".;:":
            return False
    return False


def source_noun(token: Token, lang: LanguageData) -> bool:
    """A noun that can name a source: a role (``l'ex-Président`` too), an organisation, a group,
    a document, or a press periphrasis for an office."""
    low = token.lemma_.lower().removeprefix("ex-")
    roles = lang.roles
    return token.pos_ == "NOUN" and (
        person_noun(token, lang)
        or low in roles.ORGANIZATION_NOUNS
        or token.lower_ in roles.GROUP_NOUNS
        or low in lang.cues.DOCUMENT_NOUNS
        or low in lang.cues.FIGURE_NOUNS
        or role_of_periphrasis(token, lang) is not None
    )


def _auxiliary_form(verb: Token) -> str | None:
    """The word form of a verb's first tense auxiliary before it (``a``, ``avait``), or None."""
    return next((c.lower_ for c in verb.children if c.dep_ == "aux:tense" and c.i < verb.i), None)


def shared_auxiliary_governor(verb: Token) -> Token | None:
    """``a averti que le chemin restait long et appelé le gouvernement à …``: a bare past participle
    the parse coordinated to the verb of a que-clause shares the auxiliary of the compound past that
    governs the clause; that governing verb (its subject is the participle's), else None."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or head.dep_ != "ccomp" or "VerbForm=Part" not in str(verb.morph):
        return None
    if any(c.dep_.startswith("aux") for c in verb.children):
        # "a estimé que ce délai n'était pas justifié et a réclamé une audience": an auxiliary of its own,
        # with no subject, conjugated as the governing verb and not as the clause's verb, goes on with
        # the governing verb's clause
        governor = head.head
        own = _auxiliary_form(verb)
        if (
            own is not None
            and not any(c.dep_.startswith("nsubj") or c.dep_ == "expl:subj" for c in verb.children)
            and governor.i < head.i
            and own == _auxiliary_form(governor)
            and own != _auxiliary_form(head)
        ):
            return governor
        return None
    if any(c.dep_.startswith("aux") for c in head.children):
        return None  # the clause's own auxiliary ("que les travaux avaient pris … et coûté …")
    active = any(c.dep_ in ("obj", "xcomp", "ccomp") for c in verb.children)
    if "VerbForm=Part" in str(head.morph) and not active:
        return None  # the clause's own participles: "que les routes étaient coupées et fermées"
    governor = head.head
    compound = any(c.dep_ == "aux:tense" and c.i < governor.i for c in governor.children)
    return governor if compound and governor.i < head.i and "VerbForm=Part" in str(governor.morph) else None


def can_be_source(token: Token, lang: LanguageData) -> bool:
    """Whether a subject can be the source of speech: a name, a pronoun, a named entity, or a
    source noun (a role, an organisation, a group, a document), not ``le temps`` nor an object
    the parse took for a subject."""
    return token.pos_ in ("PROPN", "PRON") or bool(token.ent_type_) or source_noun(token, lang)


_COLON = next(iter(string_ids(":")))


def _colon_labels(piece: Piece, sent: Span, lang: LanguageData) -> Iterator[Cue]:
    """``X : « … »``, or a clause about its subject before a colon and a quote.

    ``Un rapport de la Ligue arabe apporte la même conclusion : « … »``: the
    subject of the clause before the colon is the source of the quotation.
    """
    doc = sent.doc
    if _COLON not in column(doc, ORTH)[sent.start : sent.end]:
        return  # no colon in the sentence (read from the Doc's arrays)
    for token in sent:
        if token.text != ":" or token.i + 1 >= len(doc) or token.i == sent.start:
            continue
        nxt = doc[token.i + 1]
        if nxt.text not in lang.marks.ALL_MARKS:
            if stance_before_colon(token, lang):
                # "Le maire est catégorique : la piscine ne fermera pas": the stance's content follows
                yield Cue(piece, sent, token, ":", "statement", "cue.colon_clause", weak=True)
            continue
        prev = doc[token.i - 1]
        clause = doc[sent.start : token.i]
        # a label opens its clause: "Africom : « … »", "Le ministre de la Défense : « … »"; with a
        # verb before it, the noun before the colon ends a clause ("… dans la rigueur que le rêve :")
        if prev.pos_ in ("PROPN", "NOUN") and not any(t.pos_ in ("VERB", "AUX") for t in clause):
            yield Cue(piece, sent, token, ":", "statement", "cue.colon_label")
        elif any(t.pos_ in ("VERB", "AUX") for t in clause):
            yield Cue(piece, sent, token, ":", "statement", "cue.colon_clause", weak=True)


def closing_incise(token: Token, lang: LanguageData) -> bool:
    """``…, note l'Institut national.``: after a comma, a determiner and a noun phrase that runs to
    the sentence's end with no verb or quotation of its own: the word is an incise's verb and
    the noun phrase its subject (not ``…, juge la réforme « brutale »``, an object)."""
    doc = token.doc
    if token.i == 0 or token.i + 2 >= sentence_end(token):
        return False
    if doc[token.i - 1].text != "," or doc[token.i + 1].pos_ != "DET":
        return False
    rest = list(doc[token.i + 1 : sentence_end(token)])
    for n, t in enumerate(rest[:-1]):
        if t.text == "," and rest[n + 1].lower_ in lang.syntax.SUBJECT_RELATIVES:
            rest = rest[:n]  # "…, note l'Institut national, qui s'attendait à …": the subject ends there
            break
    return len(rest) <= 20 and not any(t.pos_ in ("VERB", "AUX") or t.text in ("«", "»", "“", "”", '"') for t in rest)


def utterance_subject(copula: Token, lang: LanguageData) -> Token | None:
    """The noun of what a source says that ``copula`` (a form of être) has for subject, when it
    opens the sentence: ``L'explication avancée par la direction est …``, ``Sa position est …``.
    Found by position, not by the parse, which often hangs the clause after it elsewhere."""
    if copula.lemma_ != lang.syntax.COPULA or copula.pos_ not in ("AUX", "VERB"):
        return None
    sent = copula.sent
    noun = next((t for t in copula.doc[sent.start : copula.i] if t.pos_ == "NOUN"), None)
    if noun is None or noun.lemma_.lower() not in lang.cues.UTTERANCE_NOUNS or noun.i - sent.start > 3:
        return None
    if any(_is_verbal(t) and "VerbForm=Fin" in str(t.morph) for t in copula.doc[noun.i + 1 : copula.i]):
        return None  # "La position que défend le maire est …": another clause between them
    return noun


def _utterance_predicate(colon: Token, lang: LanguageData) -> bool:
    """``Sa position est claire :``, ``La conclusion du rapport est sans appel :``: a noun of what
    a source says, être, and a short predicate without a verb right before a colon."""
    doc = colon.doc
    for j in range(colon.i - 1, max(sentence_start(colon), colon.i - 6) - 1, -1):
        t = doc[j]
        if t.lemma_ == lang.syntax.COPULA and t.pos_ in ("AUX", "VERB"):
            return j < colon.i - 1 and utterance_subject(t, lang) is not None
        if t.pos_ in ("VERB", "AUX", "PUNCT"):
            return False
    return False


@functools.cache
def _stance_verb_forms(lang: LanguageData) -> frozenset[str]:
    """Forms of the reflexive stance verbs the regular conjugation gives (``montre``, ``déclare``)."""
    return frozenset(f for v in lang.cues.COLON_STANCE_VERBS for f in conjugate(v, lang) if v.endswith("er"))


def _stance_verb_subject(adjective: Token, lang: LanguageData) -> Token | None:
    """The subject of ``se veut``/``se montre``/``se dit`` + ``adjective`` (``le directeur se veut
    rassurant``), or None when the adjective is not presented so."""
    if adjective.i < 2:
        return None
    # "se veut confiante": the tagger may read the adjective as a verb, the stance verb's complement
    misread = adjective.pos_ == "VERB" and adjective.dep_ == "xcomp" and adjective.head.i == adjective.i - 1
    if not (adjective.pos_ == "ADJ" or misread):
        return None
    doc = adjective.doc
    at = adjective.i - 1
    while at > 1 and at > adjective.i - 3 and doc[at].pos_ == "ADV" and not misread:
        at -= 1  # "se montre plus prudent": a degree adverb before the adjective
    verb = doc[at]
    reflexive = doc[verb.i - 1].lower_ in lang.syntax.REFLEXIVE
    stance = verb.lemma_ in lang.cues.COLON_STANCE_VERBS or verb.lower_ in _stance_verb_forms(lang)
    if not (reflexive and stance and verb.pos_ in ("VERB", "AUX")):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None and verb.dep_ == "xcomp" and verb.head.i < verb.i and _infinitive_form(verb):
        # "a voulu se montrer rassurant": the infinitive's subject is the verb's it hangs on
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i), None)
    return subject


def _infinitive_form(token: Token) -> bool:
    """Whether the tagger reads ``token`` as an infinitive."""
    return "VerbForm=Inf" in str(token.morph)


def stance_before_colon(colon: Token, lang: LanguageData) -> bool:
    """``Le recensement est formel :``, ``Le maire est catégorique :``: a subject, être and an
    adjective of certainty right before a colon; what follows the colon is the subject's claim.
    So is a noun of what a source says before être (``Sa position est claire :``)."""
    if colon.i + 2 < sentence_end(colon) and _utterance_predicate(colon, lang):
        return True
    doc = colon.doc
    j = colon.i - 1
    while j > sentence_start(colon) and doc[j].pos_ == "ADV":
        j -= 1
    adjective = doc[j]
    presented = _stance_verb_subject(adjective, lang)
    if presented is not None and colon.i + 2 < sentence_end(colon):
        return can_be_source(presented, lang)
    if adjective.lemma_.lower() not in lang.cues.COLON_STANCES and adjective.lower_ not in lang.cues.COLON_STANCES:
        return False
    copula = next((c for c in adjective.children if c.dep_ in ("cop", "aux:pass") and c.i < adjective.i), None)
    subject = next((c for c in adjective.children if c.dep_.startswith("nsubj") and c.i < adjective.i), None)
    if copula is None or subject is None or colon.i + 2 >= sentence_end(colon):
        return False
    return can_be_source(subject, lang)  # not "le temps est clair"


def _utterance_copulas(piece: Piece, sent: Span, lang: LanguageData) -> Iterator[Cue]:
    """``L'argument du gouvernement est que la réforme créera des emplois``: a noun of what a
    source says, then être and ``que``; the clause after ``que`` is the content."""
    doc = sent.doc
    lowers, lemmas = column(doc, LOWER), column(doc, LEMMA)
    que, copula = string_ids(lang.syntax.QUE), next(iter(string_ids([lang.syntax.COPULA])))
    for i in range(sent.start, sent.end - 2):
        if lemmas[i] != copula or lowers[i + 1] not in que:
            continue  # read from the Doc's arrays: most words are no copula before "que"
        token = doc[i]
        if utterance_subject(token, lang) is not None:
            yield Cue(piece, sent, token, lang.syntax.COPULA, "statement", "cue.utterance_que")


# Order matters: the first finder to claim a token keeps it ("fait état" before "fait"; "à en
# croire X" before the verb "croire").
_FINDERS = (_expression_cues, _support_cues, _source_prepositions, _verb_cues, _colon_labels, _utterance_copulas)


def find_cues(pieces: Iterable[Piece], lang: LanguageData) -> list[Cue]:
    """All cues of the document, in text order."""
    cues: list[Cue] = []
    for piece in pieces:
        for sent in piece.doc.sents:
            found: dict[int, Cue] = {}
            for finder in _FINDERS:
                for cue in finder(piece, sent, lang):
                    found.setdefault(cue.token.i, cue)
            cues.extend(sorted(found.values(), key=lambda c: c.token.i))
    return cues


def role_of_periphrasis(tok: Token, lang: LanguageData) -> str | None:
    """The role a press periphrasis stands for (``le locataire de l'Élysée`` → ``président``)."""
    if tok.pos_ != "NOUN":
        return None
    start = tok.i
    tops, deps = heads(tok.doc), column(tok.doc, DEP)  # the words before it read from the Doc's arrays
    while start > 0 and tops[start - 1] == tok.i and deps[start - 1] == _AMOD:
        start -= 1  # "le premier magistrat": the adjectives before the noun belong to the periphrasis
    phrase = fold(tok.doc[start : tok.right_edge.i + 1].text[:60].replace("-", " "))
    for words, role in lang.roles.PERIPHRASES.items():
        if phrase.startswith(words):
            return str(role)
    return None


def comment_clause(verb: Token, lang: LanguageData) -> Token | None:
    """The first word of the conjunction when the cue stands in a comment clause
    (``comme le précise X``, ``ainsi que l'a indiqué X``), else None."""
    doc = verb.doc
    sent_start = sentence_start(verb)
    for j in range(verb.i - 1, max(sent_start, verb.i - 6) - 1, -1):
        t = doc[j]
        lower = t.lower_
        for words in lang.cues.COMMENT_CONJUNCTIONS:
            first = j - len(words) + 1
            if words[-1] == lower and first >= sent_start and [u.lower_ for u in doc[first : j + 1]] == list(words):
                return doc[first]
        if not (t.pos_ in ("AUX", "PRON", "DET") or lower in lang.syntax.OBJECT_CLITIC_FORMS):
            return None
    return None
