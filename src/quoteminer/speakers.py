"""Speakers: cues → the noun phrase (or pronoun) that names each cue's source.

Reads the dependency parse around each cue: the subject, including inverted
clitics (``a-t-il``) and postposed subjects (``a déclaré Mike Pompeo``); the
subject shared by participles, coordinated and control verbs; the antecedent
of a relative ``qui``; the noun governed by ``selon``/``d'après``/``pour``; the
name before a colon label. Invariants:

- a source is a token of the cue's own sentence, never the nearest name by default;
- a communiqué, a statement or a reader (``lu par son porte-parole``) is a
  channel: the source is its author when the sentence names one;
- every found source records the rule id that found it.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Token

from quoteminer.cues import (
    SOURCE_RULES,
    Cue,
    auxiliary_before_incidental_phrase,
    closing_incise,
    comment_clause,
    impersonal_report,
    inverted_suffix,
    is_incise,
    misread_participle,
    own_auxiliaries,
    relative_antecedent,
    shared_auxiliary_governor,
    source_noun,
    stance_before_colon,
    utterance_subject,
)
from quoteminer.lang import LanguageData
from quoteminer.parse import entities, morph, sentence_end, sentence_start
from quoteminer.persons import person_noun

__all__ = ["attach_speakers", "source_token"]

_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
_NAME_DEPS = ("flat:name", "flat", "appos")
_NOMINAL = ("NOUN", "PROPN", "PRON")


def _past_label(subject: Token, verb: Token) -> Token:
    """``Mali : Paris n'exclut pas …``: a subject the parse found before a colon that stands
    between it and its verb is the label of a headline or a paragraph; the subject is the first
    noun after the colon."""
    doc = verb.doc
    colon = max((k for k in range(subject.i + 1, verb.i) if doc[k].text == ":"), default=None)
    if colon is None:
        return subject
    return next((t for t in doc[colon + 1 : verb.i] if t.pos_ in ("NOUN", "PROPN", "PRON")), subject)


def _subject(verb: Token, lang: LanguageData) -> Token | None:
    """The verb's own subject, preferring a full noun phrase to a clitic."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    for tok in subjects:
        if tok.text.startswith("-") and len(tok.text) > 1:  # (not the hyphen of "celle - ci")
            if tok.text.lower() == lang.syntax.EUPHONIC_T:
                continue
            return tok  # inverted clitic: a-t-il, affirme-t-elle
    doc = verb.doc
    nominal = [_past_label(t, verb) for t in subjects if t.dep_ != "expl:subj"]
    # "Le professeur X, qui le dirige, se félicite": a "subject" that has a subject of its own is
    # the verb of a relative clause the parse misread, not a second subject
    nominal = [t for t in nominal if not any(c.dep_ in _SUBJECT_DEPS for c in t.children)] or nominal
    resumed = _dislocated(nominal, verb, lang)
    if resumed is not None:
        return resumed
    for i, t in enumerate(nominal):
        agent = doc[t.i + 1] if t.i + 1 < len(doc) else None
        appos = [c for c in t.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]
        passive = t.text.endswith(lang.syntax.PARTICIPLE_ENDINGS)
        if agent is not None and agent.lower_ == lang.syntax.AGENT_PREPOSITION and passive and appos:
            nominal[i] = appos[0]  # "Cité par l'AFP, un responsable militaire a indiqué": a participle misread
        elif (passive or t.pos_ == "VERB") and t.i < verb.i:
            # "Reçue lundi par Marc Roux, la ministre a affirmé": the parse hangs the subject on the
            # misread participle's agent, as an apposition the verb's own words close
            verb_words = {verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))}
            hung = [
                c
                for a in t.subtree
                if a.dep_ == "obl:agent" and a.i < verb.i
                for c in a.children
                if c.dep_ == "appos"
                and c.pos_ in ("NOUN", "PROPN")
                and doc[c.left_edge.i - 1].text == ","
                and c.right_edge.i + 1 in verb_words
            ]
            if hung:
                nominal[i] = hung[0]
    named = [
        t for t in nominal if t.pos_ == "PROPN" or any(c.pos_ == "PROPN" and c.dep_ in _NAME_DEPS for c in t.children)
    ]
    if len(nominal) > 1 and named:
        # "Le maire de New York, Michael Bloomberg, appelle" / "Son chef, le général T. D. Waldhauser, a assuré"
        return named[-1]
    if nominal:
        return nominal[0]
    for tok in subjects:
        if tok.lower_ in lang.syntax.PERSONAL_SUBJECTS and tok.i < verb.i:
            return tok  # the parser's "expl:subj" on a personal pronoun: "Il précise que …"
    # "-t" "-il" may hang on the auxiliary
    for aux in verb.children:
        if aux.dep_.startswith("aux"):
            for tok in aux.children:
                if (
                    tok.dep_ in _SUBJECT_DEPS
                    and tok.text.startswith("-")
                    and tok.text.lower() != lang.syntax.EUPHONIC_T
                ):
                    return tok
    # "Un porte-parole … a quant à lui soutenu …": an adverbial between the auxiliary and the
    # participle makes the parse hang the subject on the auxiliary
    for aux in verb.children:
        if aux.dep_.startswith("aux") and aux.i < verb.i:
            hung = [t for t in aux.children if t.dep_ in ("nsubj", "nsubj:pass") and t.i < aux.i and t.pos_ in _NOMINAL]
            if hung:
                return hung[0]
    return None


def _side_of(verb: Token, subject: Token, lang: LanguageData) -> Token | None:
    """``Du côté de la préfecture, on estime que …``: the body a side phrase before an indefinite
    subject names (lexicons SIDE_NOUNS, SIDE_CASES), which speaks through it; None if there is
    none, or if the phrase names a place (``Du côté de Lyon``, ``du côté de la gare``) rather than
    people or a body."""
    syntax = lang.syntax
    for child in verb.children:
        if child.i >= subject.i or child.lemma_.lower() not in syntax.SIDE_NOUNS:
            continue
        if not any(c.dep_ == "case" and c.lower_ in syntax.SIDE_CASES for c in child.children):
            continue
        for whose in child.children:
            if whose.dep_ != "nmod" or whose.i <= child.i:
                continue
            if whose.ent_type_ in ("PER", "ORG") or source_noun(whose, lang):
                return whose
    return None


def demonstrative(tok: Token, lang: LanguageData) -> str | None:
    """The demonstrative pronoun ``tok`` heads, as the pronoun lexicon spells it (``ce dernier``:
    a determiner and an adjective; ``celle-ci``: one token or three), else None."""
    doc = tok.doc
    forms = [tok.lower_]
    det = next((c for c in tok.children if c.dep_ == "det" and c.i == tok.i - 1), None)
    if det is not None:
        forms.append(f"{det.lower_} {tok.lower_}")
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
        forms.append(f"{tok.lower_}-{doc[tok.i + 2].lower_}")
    return next((f for f in forms if f in lang.pronouns.DEMONSTRATIVE_SUBJECTS), None)


def _dislocated(nominal: Sequence[Token], verb: Token, lang: LanguageData) -> Token | None:
    """``Ses convictions, il les puise …``: a noun set off by a comma before a subject pronoun
    and taken up by an object clitic of the verb is the object, put first; the pronoun is the
    subject."""
    pronouns = [t for t in nominal if t.lower_ in lang.syntax.PERSONAL_SUBJECTS and t.i < verb.i]
    if not pronouns or len(nominal) < 2:
        return None
    pronoun = pronouns[-1]
    doc = verb.doc
    fronted = [t for t in nominal if t.i < pronoun.i and t.pos_ in ("NOUN", "PROPN")]
    resumed = any(
        c.dep_ == "obj" and c.pos_ == "PRON" and c.lower_ in lang.pronouns.DEFINITE and c.i < verb.i
        for c in verb.children
    )
    if fronted and resumed and pronoun.i > 0 and doc[pronoun.i - 1].text == ",":
        return pronoun
    return None


def _inverted_after(verb: Token, lang: LanguageData, strict: bool = False) -> Token | None:
    """``…, a déclaré Mike Pompeo`` / ``affirme un jeune manifestant``: a subject after the verb.

    ``strict`` (a comma, no quotation, before the cue): only what the parser itself calls a
    subject counts, since "…, a sollicité Pékin" has an object there, not a subject.
    """
    doc = verb.doc
    after = [
        c
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubj:pass")
        and c.i > verb.i
        and c.pos_ in ("PROPN", "NOUN")
        and c.lower_ not in lang.syntax.TIME_WORDS
    ]
    if after:
        # the parser found the inverted subject itself; "…, le ministre de la Défense, Florence Parly."
        return (_name_after_comma(after[0], lang) if after[0].pos_ == "NOUN" else None) or after[0]
    if strict:
        found = _inverted_after(verb, lang)
        if found is None:
            return None
        end = found.right_edge.i + 1
        while end < found.sent.end and doc[end].ent_type_ == "PER" and found.ent_type_ == "PER":
            end += 1  # the rest of a name the parser split: "Song Myung-Sup"
        # "…, a annoncé Mario Draghi." ends there; "…, a sollicité Pékin afin de …" goes on
        if end >= found.sent.end or doc[end].is_punct:
            return found
        # "…, indique la préfecture dans un communiqué.": a source, then only a phrase without a verb
        rest = doc[end : found.sent.end]
        source = found.ent_type_ in ("PER", "ORG") or source_noun(found, lang)
        return found if source and not any(t.pos_ in ("VERB", "AUX") for t in rest) else None
    for j in range(verb.i + 1, min(verb.i + 6, len(doc))):
        tok = doc[j]
        if tok.lower_ in lang.syntax.TIME_WORDS and demonstrative(tok, lang) is not None:
            return tok  # "a déclaré ce dernier": the demonstrative, not the time word "dernier"
        if tok.lower_ == lang.syntax.EUPHONIC_T or tok.lower_ in lang.syntax.TIME_WORDS:
            continue  # euphonic t: "a-t-il"; a time: "a averti lundi soir la présidente du RN"
        if tok.text.startswith("-") and inverted_suffix(lang).fullmatch(tok.lower_):
            return tok
        if tok.ent_type_ == "PER":
            return tok  # "commente Song Myung-Sup": a name, whatever tag the tagger gave it
        nominal = tok.pos_ == "NOUN" or (tok.pos_ == "ADJ" and tok.lemma_.lower() in lang.syntax.ROLE_ADJECTIVES)
        if tok.pos_ == "ADJ" and any(c.dep_ == "det" for c in tok.children) and person_noun(tok, lang):
            nominal = True  # "raconte le quinquagénaire": a person noun the tagger read as an adjective
        determined = any(c.dep_ == "det" for c in tok.children) or doc[tok.i - 1].pos_ == "DET"
        if tok.dep_ == "xcomp" and tok.head.i == verb.i and not determined:
            # "s'est dite satisfaite": the verb's bare attribute, not its subject ("un jeune manifestant"
            # is, and so is "a déclaré le prévenu" when the parse hangs the article on the verb)
            continue
        if tok.pos_ == "PROPN" or (nominal and (tok.head.i == verb.i or tok.dep_.startswith("nsubj"))):
            while tok.dep_ in ("flat:name", "flat", "amod") and tok.head.i > verb.i and tok.head is not tok:
                tok = tok.head
            # "affirme un jeune manifestant, Abdel Nasser": the name in apposition
            named = [
                c
                for c in tok.children
                if c.dep_ == "appos"
                and c.pos_ == "PROPN"
                and c.i > tok.i
                and c.ent_type_ not in ("ORG", "LOC")
                and doc[c.i - 1].text != "("
            ]
            if named and tok.pos_ != "PROPN":
                return named[0]
            if tok.pos_ != "PROPN":
                following = _name_after_comma(tok, lang)
                if following is not None:
                    return following  # "comme le précise le ministre de la Défense, Florence Parly."
            return tok
        if demonstrative(tok, lang) is not None:
            return tok  # "a indiqué ce dernier", "précise celle-ci"
        if tok.lower_ in lang.pronouns.PARTITIVE and any(c.dep_ == "nmod" and c.i > tok.i for c in tok.children):
            return tok  # "a confié l'une d'elles", "raconte l'un des témoins": one of a group
        if tok.pos_ in ("DET", "ADV", "ADJ") or tok.dep_ in ("det", "amod", "advmod"):
            continue
        if tok.pos_ == "ADP" and j + 1 < len(doc):
            # "a réagi sur Twitter le député Éric Ciotti": over a short complement to the subject
            k = next((m for m in range(j + 1, min(len(doc), j + 4)) if doc[m].pos_ in ("NOUN", "PROPN")), None)
            if k is not None and k + 1 < len(doc) and _subject_follows(doc[k], doc[k + 1], lang):
                return _inverted_after_from(verb, k + 1)
            if k is not None:
                glued = _name_past_complement(doc, k, j + 8)
                if glued is not None:
                    return _inverted_after_from(verb, glued)
        break
    return None


def _subject_follows(complement: Token, nxt: Token, lang: LanguageData) -> bool:
    """Whether a postposed subject starts at ``nxt``, right after the short complement ending in
    ``complement``: a determiner (``sur Twitter le député …``), an honorific (``a écrit sur
    Twitter Mme …``) or a person's name glued to the platform or medium before it (``a déclaré
    à Reuters Jean Dupont``)."""
    if nxt.pos_ == "DET" or nxt.lower_ in lang.roles.HONORIFICS:
        return True
    return nxt.ent_type_ == "PER" and complement.ent_type_ != "PER" and nxt.text[:1].isupper()


def _name_past_complement(doc: Doc, k: int, limit: int) -> int | None:
    """Where a person's name starts after a complement that goes on past its noun ``k`` (``a
    déclaré au micro de France Bleu Marc Leroy``), when the name ends the clause (a comma or the
    sentence's end after it); None otherwise."""
    m = k + 1
    while m < min(len(doc), limit) and doc[m].ent_type_ != "PER" and doc[m].pos_ in ("ADP", "DET", "NOUN", "PROPN"):
        m += 1
    if m >= len(doc) or m == k + 1 or doc[m].ent_type_ != "PER" or doc[m - 1].ent_type_ == "PER":
        return None
    end = m
    while end < len(doc) and doc[end].ent_type_ == "PER":
        end += 1
    return m if end >= doc[m].sent.end or doc[end].is_punct else None


def _subject_behind_oblique(verb: Token) -> Token | None:
    """``…, a confié au quotidien régional le délégué syndical`` / ``…, a confié à l'AFP Marc
    Dubois``: the parser hangs a subject that follows the verb's dative on that dative (a
    complement or an apposition without a preposition). The phrase must end the sentence."""
    doc = verb.doc
    finite = "VerbForm=Fin" in str(verb.morph) or any(c.dep_.startswith("aux") for c in verb.children)
    if not finite:
        return None  # "développée par une société privée : SpaceX": a participle's agent, no speaker
    for oblique in verb.children:
        if oblique.i < verb.i or not oblique.dep_.startswith(("obl", "iobj")) or oblique.dep_ == "obl:agent":
            continue
        for c in oblique.children:
            if c.i <= oblique.i or c.dep_ not in ("nmod", "appos") or any(g.dep_ == "case" for g in c.children):
                continue
            if c.pos_ not in ("NOUN", "PROPN") or not (c.pos_ == "PROPN" or doc[c.left_edge.i].pos_ == "DET"):
                continue
            end = c.right_edge.i + 1
            if end >= c.sent.end or doc[end].is_punct:
                return c
    return None


def _inverted_after_from(verb: Token, start: int) -> Token | None:
    """The first noun phrase head from ``start`` on, as a postposed subject."""
    doc = verb.doc
    for t in doc[start : min(len(doc), start + 4)]:
        if t.ent_type_ == "PER" or t.pos_ in ("NOUN", "PROPN"):
            head = t
            while head.dep_ in ("flat:name", "flat", "amod") and head.head.i > verb.i and head.head is not head:
                head = head.head
            if head.pos_ == "NOUN":
                named = [c for c in head.children if c.dep_ in ("appos", "flat:name") and c.ent_type_ == "PER"]
                if named:
                    return named[0]
                following = _name_after_comma(head)
                if following is not None:
                    return following
                person = next((u for u in doc[head.i + 1 : head.i + 3] if u.ent_type_ == "PER"), None)
                if person is not None:
                    return person  # "le député Éric Ciotti"
            return head
        if t.pos_ not in ("DET", "ADJ", "ADV"):
            break
    return None


def _impersonal_on_at(verb: Token, lang: LanguageData) -> Token | None:
    """``« … », tempère-t-on à Matignon``: the inverted ``on`` of an institution, named by the
    place or body after it (``à``, ``au``, ``chez``, ``dans l'entourage de``)."""
    doc = verb.doc
    j = verb.i + 1
    glued = inverted_suffix(lang).search(verb.text)
    syntax = lang.syntax
    clitic = _clitic_before(verb, lang)
    before = inverted_suffix(lang).fullmatch(clitic.lower_) if clitic is not None else None
    compound = before is not None and before.group("pronoun").lower() == syntax.IMPERSONAL_ON
    # ("a-t-on appris auprès de la mairie": on a compound tense the inverted "on" stands on the auxiliary)
    if not compound and (glued is None or glued.group("pronoun").lower() != syntax.IMPERSONAL_ON):
        if j < len(doc) and doc[j].lower_ == syntax.EUPHONIC_T:
            j += 1
        if j >= len(doc) or doc[j].lower_ != syntax.INVERTED_ON:
            return None
        j += 1
    dated = j
    while j < len(doc) and doc[j].lower_ in syntax.TIME_WORDS:
        j += 1  # "a-t-on appris lundi soir auprès des gendarmes"
    if j >= len(doc) or doc[j].lower_ not in syntax.PLACE_PREPOSITIONS:
        return None
    for t in doc[j + 1 : min(len(doc), j + 5)]:
        if t.pos_ in ("PROPN", "NOUN"):
            if (compound or j > dated) and t.pos_ == "PROPN" and t.ent_type_ == "LOC":
                return None  # "a-t-on annoncé hier à Alger": where it was said, not who said it
            if doc[j].lower_ in syntax.DATIVE and (
                person_noun(t, lang)
                or t.lower_ in lang.roles.GROUP_NOUNS
                or (compound and verb.lemma_.lower() not in syntax.LEARNING_VERBS)
            ):
                # "a-t-on expliqué aux journalistes", "a-t-on indiqué à la famille": the people told, not
                # who told them ("a-t-on appris au club": whom it was learnt from)
                return None
            return t
        if t.pos_ not in ("DET", "ADP", "ADJ"):
            return None
    return None


def _name_after_comma(noun: Token, lang: LanguageData | None = None) -> Token | None:
    """``le ministre de la Défense, Florence Parly``: a person's name in apposition after the
    role's noun phrase, closing the clause, which the parser did not attach to the role.

    With ``lang``, the name may follow a determiner and a title of its own (``leur commandant,
    le lieutenant-colonel Antoine Santoni``) when that noun phrase agrees with the role's in
    gender and number and the role has no common noun for complement, whom the apposition may
    describe instead (``la mère de la victime, le gendarme …``, ``le fils du pilote, le
    commandant …``)."""
    titles: Collection[str] = lang.roles.ROLE_NOUNS if lang is not None else frozenset()
    doc = noun.doc
    limit = len(doc)  # the parser may have cut a sentence at the comma before the name
    end = noun.i + 1
    while end < limit and end - noun.i < 8 and doc[end].text not in (",", ".", ";", ":"):
        end += 1
    if end + 1 >= limit or doc[end].text != ",":
        return None
    at = end + 1
    if titles and doc[at].pos_ == "DET" and doc[at].ent_type_ != "PER":
        k = at + 1
        while k < min(limit, at + 5) and (doc[k].lower_ in titles or (doc[k].text == "-" and k > at + 1)):
            k += 1
        if at + 1 < k < limit and doc[k - 1].text != "-" and lang is not None:
            # (a common noun for complement may be a person the apposition describes, and the
            # person-noun test does not know every trade: "le fils du skipper disparu, le commandant …")
            complement = [t for t in doc[noun.i + 1 : end] if t.pos_ == "NOUN"]
            if complement or not _agree(noun, list(doc[at:k]), lang):
                return None
            at = k
    name = doc[at]
    if name.ent_type_ != "PER" or (at > end + 1 and noun in name.ancestors):
        return None  # (an apposition the parser hung on the role: the role's reading names it)
    stop = at
    while stop < limit and doc[stop].ent_type_ == "PER":
        stop += 1
    return name if stop >= limit or doc[stop].is_punct else None


def _phrase_gender(head: Token, det: Token | None, lang: LanguageData) -> str | None:
    """The grammatical gender of a noun phrase: its determiner's, else its head noun's."""
    for tok in (det, head):
        if tok is None:
            continue
        if tok is head and tok.lower_ in lang.roles.FEMININE_ROLES:
            return "Fem"
        found = morph(tok, "Gender")
        if len(found) == 1:
            return found[0]
    return None


def _agree(noun: Token, titled: Sequence[Token], lang: LanguageData) -> bool:
    """Whether the role ``noun`` and the determiner and title(s) ``titled`` set off after it
    (``le lieutenant-colonel``) agree in gender and number, as a noun and its apposition do."""
    det = next((c for c in noun.children if c.dep_ == "det" and c.i < noun.i), None)
    gender = _phrase_gender(noun, det, lang)
    other = _phrase_gender(titled[-1], titled[0], lang)
    if gender and other and gender != other:
        return False
    number, other_number = morph(noun, "Number"), morph(titled[-1], "Number")
    return not (number and other_number and number != other_number)


def _narrative_subject(verb: Token) -> Token | None:
    """``Et le secrétaire d'État d'ajouter``: the noun phrase before ``de``."""
    doc = verb.doc
    j = verb.i - 2
    while j >= sentence_start(verb):
        tok = doc[j]
        if tok.pos_ in ("NOUN", "PROPN"):
            head = tok
            while (
                head.head.i < verb.i - 1
                and head.head.pos_ in ("NOUN", "PROPN")
                and head.dep_ in ("nmod", "amod", "flat:name", "appos")
            ):
                head = head.head
            return head
        if tok.text in ".;:!?":
            break
        j -= 1
    return None


def _relative_antecedent(pronoun: Token) -> Token | None:
    """``X, qui a déclaré …`` / ``le porte-parole, selon qui …``: the noun ``qui`` stands for.

    ``Bernard Bonnet, le successeur de Claude Erignac, qui …``: after an apposition, ``qui``
    takes up the person the apposition describes, not the noun inside its complement.
    """
    tok = pronoun
    for _ in range(4):
        if tok.dep_ in ("acl:relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            antecedent = tok.head
            described = antecedent.head
            if (
                any(c.dep_ == "case" for c in antecedent.children)
                and antecedent.dep_ == "nmod"
                and described.dep_ == "appos"
                and described.head.pos_ == "PROPN"
            ):
                return described.head
            return antecedent
        if tok.head is tok:
            break
        tok = tok.head
    return None


def _antecedent_before(pronoun: Token) -> Token | None:
    """``Le juge a interrogé le suspect, qui affirme …`` with the relative clause hung elsewhere by
    the parse: the noun phrase right before the relative pronoun (past one comma), climbing from a
    complement to the noun it completes (``le directeur de l'usine, qui``)."""
    doc = pronoun.doc
    j = pronoun.i - 1
    if j >= sentence_start(pronoun) and doc[j].text == ",":
        j -= 1
    if j < sentence_start(pronoun) or doc[j].pos_ not in ("NOUN", "PROPN"):
        return None
    head = doc[j]
    while head.dep_ in ("flat:name", "flat", "amod", "nmod") and sentence_start(pronoun) <= head.head.i < head.i:
        head = head.head
    return head


def _from_governor(verb: Token, lang: LanguageData) -> Token | None:
    """Participles, coordinated and control verbs share a governing verb's subject."""
    tok = verb
    for _ in range(6):
        if tok.head is tok or tok.dep_ in ("ROOT", "ccomp", "csubj", "acl:relcl"):
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            subject = _subject(tok, lang)
            if subject is not None:
                return subject
    return None


def _channel_author(noun: Token, lang: LanguageData) -> Token | None:
    """``un communiqué d'Africom`` → Africom; ``un bilan diffusé par le ministère`` → ministère."""
    if noun.lemma_.lower() not in lang.cues.DOCUMENT_NOUNS | lang.cues.FIGURE_NOUNS | lang.cues.UTTERANCE_NOUNS:
        return None
    for tok in noun.subtree:
        if (
            tok.pos_ in ("NOUN", "PROPN")
            and tok.i > noun.i
            and (
                tok.dep_ == "obl:agent"
                or any(c.lower_ == lang.syntax.AGENT_PREPOSITION and c.dep_ == "case" for c in tok.children)
            )
        ):
            return tok  # "un bilan diffusé par le ministère"
    doc = noun.doc
    for j in range(noun.i + 1, min(sentence_end(noun) - 1, noun.i + 9)):
        if doc[j].is_punct and doc[j].text != "-":
            break
        if (
            doc[j].lower_ == lang.syntax.IN_PREPOSITION
            and noun.lemma_.lower() in lang.cues.SURVEY_NOUNS
            and any(t.lemma_.lower() in lang.cues.PUBLISHING_VERBS for t in doc[noun.i + 1 : j])
        ):
            # "un sondage paru hier dans le quotidien Deseret News": the poll is the paper's
            medium = next((t for t in doc[j + 1 : min(len(doc), j + 4)] if t.pos_ in ("NOUN", "PROPN")), None)
            if medium is not None:
                return medium
        if doc[j].lower_ == lang.syntax.AGENT_PREPOSITION:
            # "le classement … établit par Reporters sans frontières": the parser hung "par" elsewhere;
            # not "un communiqué cité par l'agence de presse Belga", which only relays it
            agent = next((t for t in doc[j + 1 : min(len(doc), j + 4)] if t.pos_ in ("NOUN", "PROPN")), None)
            relayed = doc[j - 1].lemma_.lower() in lang.cues.RELAY_VERBS or (
                agent is not None and agent.lower_ in lang.cues.RELAY_NOUNS
            )
            if agent is not None and not relayed:
                return agent
            break
    for child in noun.children:
        of = child.pos_ == "PROPN" or any(c.lower_ in lang.syntax.OF_FORMS for c in child.children)
        if child.dep_ in ("nmod", "nmod:poss") and child.pos_ in ("PROPN", "NOUN") and of:
            return child
        if child.dep_ == "flat:name" and child.pos_ == "PROPN" and child.i == noun.i + 1:
            return child  # "le rapport Sartorius conclut que …": the report its author's name is given to
    return None


def source_token(cue: Cue, lang: LanguageData) -> tuple[Token | None, str]:
    """The token heading the cue's source, and the id of the rule that found it."""
    tok = cue.token
    if cue.rule == "cue.relay":
        # "selon l'AFP": the agency is a channel; "selon l'AFP, qui cite un diplomate": the diplomat
        for t in tok.doc[tok.i + 1 : min(sentence_end(tok), tok.i + 10)]:
            if t.lemma_ in lang.cues.RELAY_VERBS:
                quoted = next((c for c in t.children if c.dep_ == "obj" and c.pos_ in _NOMINAL), None)
                return (quoted, "speaker.relay") if quoted is not None else (None, "speaker.relay")
        return None, "speaker.relay"
    if cue.rule == "cue.source_relative":
        # "un rapport de l'ONU selon lequel …": the antecedent (or its author) is the source
        antecedent = relative_antecedent(tok, lang)
        if antecedent is None:
            return None, "speaker.none"
        author = _channel_author(antecedent, lang)
        if author is not None:
            return author, "speaker.document_author"
        return antecedent, "speaker.source_relative"
    if cue.rule in SOURCE_RULES:
        noun = tok.head if tok.head.i > tok.i and tok.head.pos_ in _NOMINAL else None
        if noun is None:
            doc = tok.doc
            for j in range(tok.i + 1, min(tok.i + 5, len(doc))):
                if doc[j].pos_ in _NOMINAL or (doc[j].pos_ == "X" and doc[j].ent_type_):
                    noun = doc[j]
                    break
        if noun is None:
            return None, "speaker.none"
        author = _channel_author(noun, lang)
        if author is not None:
            return author, "speaker.document_author"  # "selon les estimations du ministère"
        low = noun.lemma_.lower()
        if (
            low in lang.cues.NOT_SOURCES
            or noun.lower_ in lang.cues.NOT_SOURCES
            or low in lang.cues.FIGURE_NOUNS
            or low in lang.cues.HEARSAY_NOUNS
        ):
            return None, "speaker.not_a_source"  # "selon les projections", "selon la rumeur": nobody is named
        possessive = next((c for c in noun.children if c.dep_ == "det" and "Poss=Yes" in str(c.morph)), None)
        if noun.lemma_.lower() in lang.cues.INFORMANT_NOUNS and possessive is not None:
            return possessive, "speaker.possessive_source"  # "selon ses sources": whoever "ses" stands for
        if noun.lower_ == lang.syntax.RELATIVE_SUBJECT:
            antecedent = _relative_antecedent(noun)
            return (antecedent, "speaker.selon_qui") if antecedent is not None else (None, "speaker.none")
        author = _channel_author(noun, lang)
        if author is not None:
            return author, "speaker.document_author"
        return noun, f"speaker.{cue.rule.split('.', 1)[1]}"
    if cue.rule == "cue.colon_label":
        doc = tok.doc
        prev = doc[tok.i - 1]
        head = prev
        while (
            head.dep_ in ("flat:name", "flat", "amod", "nmod")
            and head.head.i < tok.i
            and head.head.i >= sentence_start(tok)
            and head.head is not head
        ):
            head = head.head
        return head, "speaker.colon_label"
    if cue.rule == "cue.expr.peut_on_lire":
        # "peut-on lire dans un communiqué d'Africom": the document's author, or the document
        doc = tok.doc
        for t in doc[tok.i : sentence_end(tok)]:
            if t.pos_ == "NOUN" and t.lemma_.lower() in lang.cues.DOCUMENT_NOUNS:
                return (_channel_author(t, lang) or t), "speaker.document_author"
        return None, "speaker.none"
    if cue.rule == "cue.utterance_que" or (cue.rule == "cue.colon_clause" and stance_before_colon(tok, lang)):
        # "L'argument du gouvernement est que …", "Sa position est claire : …": whose words the noun names
        copula = next(
            (t for t in reversed(tok.doc[sentence_start(tok) : tok.i + 1]) if utterance_subject(t, lang) is not None),
            None,
        )
        noun = utterance_subject(copula, lang) if copula is not None else None
        if copula is not None and noun is not None:
            author = _channel_author(noun, lang)
            if author is not None:
                return author, "speaker.utterance_author"
            possessive = next((c for c in noun.children if c.dep_ == "det" and "Poss=Yes" in str(c.morph)), None)
            if possessive is not None:
                return possessive, "speaker.utterance_author"  # "Sa position est …": whoever "sa" stands for
            doc = tok.doc
            for j in range(copula.i + 1, tok.i):
                if doc[j].lower_ in lang.cues.VIEW_PREPOSITIONS:  # "… est claire pour les chercheurs :"
                    holder = next((t for t in doc[j + 1 : min(tok.i, j + 4)] if t.pos_ in _NOMINAL), None)
                    if holder is not None:
                        return holder, "speaker.utterance_author"
            return None, "speaker.none"
    if cue.rule == "cue.colon_clause":
        # the verbs of the clause before the colon, and its predicate ("Le ministre a été clair : « … »")
        verbs = [
            t
            for t in tok.doc[sentence_start(tok) : tok.i]
            if ((t.pos_ in ("VERB", "AUX") and t.dep_ != "aux:tense") or (t.dep_ == "ROOT" and t.pos_ == "ADJ"))
            and not _reported(t, sentence_start(tok), lang)
        ]
        for verb in reversed(verbs):
            subject = _subject(verb, lang) or _from_governor(verb, lang)
            if subject is not None and subject.lower_ not in lang.pronouns.INDEFINITE:
                author = _channel_author(subject, lang)
                return (author or subject), "speaker.colon_clause"
        people = [e for e in entities(tok.doc, sentence_start(tok), tok.i, ("PER",)) if e.label_ == "PER"]
        if people:
            return people[-1].root, "speaker.colon_clause_name"  # the parse failed; the clause names one person
        return None, "speaker.none"
    if cue.rule == "cue.verb.narrative_infinitive":
        found = _narrative_subject(tok)
        return (found, "speaker.narrative_infinitive") if found is not None else (None, "speaker.none")
    verb = tok
    if impersonal_report(verb, cue.lemma, lang):
        return None, "speaker.indefinite"  # "il a été annoncé que …": the expletive names nobody
    place = _impersonal_on_at(verb, lang)
    if place is not None:
        return place, "speaker.on_at"  # "tempère-t-on à Matignon", "indique-t-on au ministère"
    if inverted_suffix(lang).search(verb.text):
        return verb, "speaker.inverted_clitic"  # "déclare-t-il" as one token: the clitic is the source
    clitic = _clitic_before(verb, lang)
    if clitic is not None:
        return clitic, "speaker.inverted_clitic"  # "a-t-elle tenu à préciser", "a-t-il également averti"
    participle = cue.rule == "cue.verb.participle"
    if comment_clause(verb, lang) is not None and not any(
        c.dep_ in _SUBJECT_DEPS and c.i < verb.i for c in verb.children
    ):
        found = _inverted_after(verb, lang)
        if found is not None:
            return found, "speaker.postposed_subject"  # "comme le précise l'ambassadeur"
    if (
        verb.dep_ == "acl:relcl"
        and verb.head.lower_ in lang.cues.TAKE_UP_PRONOUNS
        and not any(c.dep_ in _SUBJECT_DEPS and c.i < verb.i for c in verb.children)
    ):
        found = _inverted_after(verb, lang)
        # not past a complement: "C'est ce qu'a rappelé au préfet Jean Duval la maire" names whom it was told
        if found is not None and not any(t.pos_ == "ADP" for t in verb.doc[verb.i + 1 : found.i]):
            return found, "speaker.postposed_subject"  # "C'est ce qu'a confirmé X : « … »"
    if cue.rule == "cue.verb.mistagged" and not _after_quote(verb, lang) and not closing_incise(verb, lang):
        own = _subject(verb, lang)  # "Le secrétaire général, …, demande": the parse gave the noun a subject
        # "Le ministre a de son côté martelé que …": the auxiliary before the incidental phrase
        before = auxiliary_before_incidental_phrase(verb, lang)
        if before is None and verb.i > sentence_start(verb):
            before = verb.doc[verb.i - 1]
        if own is None and before is not None and before.lemma_ in lang.syntax.AUXILIARIES:
            own = _subject(before, lang)  # "Le ministre a tweeté que …": the parse made the auxiliary the verb
        if own is not None:
            return own, "speaker.subject"
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
            shared = _subject(verb.head, lang)  # "a contesté le barème et demande de …": the first verb's subject
            if shared is not None:
                return shared, "speaker.shared_subject"
        linear = _linear_subject(verb, lang) or _complemented_subject(verb)
        # "…, Christian Jacob, juge la réforme", "le président de l'association juge": the parse has none
        return (linear, "speaker.linear_subject") if linear is not None else (None, "speaker.none")
    if cue.rule == "cue.verb.mistagged":
        # « … », juge le ministère de la Justice; "…, note l'Institut": the parse of a verb read as
        # a noun is no guide
        doc = verb.doc
        after = verb.i + 1
        if after < sentence_end(verb) and doc[after].text == ",":
            # "résume, dépité, le maire": past a word or two set off by commas
            close = next((t.i for t in doc[after + 1 : min(sentence_end(verb), after + 4)] if t.text == ","), None)
            after = close + 1 if close is not None else after
        for t in doc[after : min(sentence_end(verb), after + 3)]:
            if t.pos_ in ("NOUN", "PROPN"):
                return t, "speaker.postposed_subject"
            if t.pos_ not in ("DET", "ADV", "ADJ"):
                break
    if is_incise(verb, lang) and not participle:
        # an incise inverts its subject: « … », a déclaré X / a-t-il dit
        found = _inverted_after(verb, lang, strict=not _after_quote(verb, lang)) or _subject_behind_oblique(verb)
        if found is not None:
            return found, "speaker.postposed_subject"
    subject = _subject(verb, lang)
    doc = verb.doc
    if (
        subject is not None
        and subject.lower_ in lang.syntax.SET_OFF_EMPHATIC
        and 1 < subject.i < verb.i
        and doc[subject.i - 1].text == ","
        and doc[subject.i + 1].text == ","
        and doc[subject.i - 2].pos_ in ("NOUN", "PROPN")
    ):
        # "L'Unesco, elle, a demandé", "Le ministre de l'Intérieur, lui, a démenti": the stressed
        # pronoun resumes the noun phrase before it (the head, not its complement)
        noun = doc[subject.i - 2]
        while noun.dep_ == "nmod" and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        subject = _noun_phrase_head(noun, noun.i - 4)
    if subject is not None and subject.lower_ in lang.syntax.EMPHATIC and subject.i > 0:
        prev = verb.doc[subject.i - 1]
        if prev.pos_ in ("NOUN", "PROPN"):
            subject = prev  # "le Pentagone lui, a assuré": emphatic pronoun after its noun
    if subject is not None and is_incise(verb, lang) and subject.i < verb.i and _quote_between(subject, verb):
        subject = None  # the parser took a word of the quotation for the subject
    if subject is not None and subject.lower_ in lang.pronouns.RELATIVE:
        antecedent = _relative_antecedent(verb) or _antecedent_before(subject)
        if antecedent is not None:
            return antecedent, "speaker.relative"
    if subject is not None and subject.lower_ in lang.pronouns.INDEFINITE:
        side = _side_of(verb, subject, lang)
        if side is not None:
            return side, "speaker.side_on"
        return None, "speaker.indefinite"
    if subject is not None:
        author = _channel_author(subject, lang)
        if author is not None:
            return author, "speaker.document_author"
        return subject, "speaker.subject" if not subject.text.startswith("-") else "speaker.inverted_clitic"
    if not participle and cue.rule == "cue.verb.inverted":
        found = _inverted_after(verb, lang)
        if found is not None:
            return found, "speaker.postposed_subject"
    sharing = shared_auxiliary_governor(verb)
    shared = _subject(sharing, lang) if sharing is not None else None
    if shared is not None:
        return shared, "speaker.shared_subject"  # "a rappelé que … et annoncé …": the auxiliary's subject
    coordinated = _coordinated_subject(verb)
    if coordinated is not None:
        return coordinated, "speaker.coordinated_subject"
    if _finite(verb, cue, lang):
        linear = _linear_subject(verb, lang)
        if linear is None and cue.rule == "cue.verb" and misread_participle(verb, cue.lemma, lang):
            linear = _complemented_subject(verb)  # "L'Organisation mondiale de la santé avertit que …"
        if linear is not None:
            return linear, "speaker.linear_subject"  # the parse lost the subject of a finite verb
    if _after_quote(verb, lang) and not participle:
        return None, "speaker.none"  # an incise's governor is the quotation itself
    described = verb.head
    if (
        participle
        and verb.dep_ == "acl"
        and described.i < verb.i
        and verb.doc[verb.i - 1].text != ","  # ", insistant sur …" goes with the clause's subject
        and (described.pos_ == "PROPN" or described.ent_type_ or source_noun(described, lang))
    ):
        # "les témoignages venant de la place Tahrir faisant état de …", "un communiqué annonçant
        # que …": the noun the participle describes is the source (or the document's author)
        noun = verb.head
        author = _channel_author(noun, lang)
        return (author, "speaker.document_author") if author is not None else (noun, "speaker.participle_head")
    root = verb.sent.root
    after_comma = verb.doc[verb.i - 1].text == "," or (
        verb.doc[verb.i - 1].lower_ == lang.syntax.GERUND and verb.i > 1 and verb.doc[verb.i - 2].text == ","
    )  # ", appelant …" or the gerund ", en évoquant …"
    if participle and root.i < verb.i and root.pos_ in ("VERB", "AUX") and after_comma:
        main = _subject(root, lang)
        if main is not None:
            return main, "speaker.main_subject"  # "X a pris ses distances …, appelant les parties à …"
    if participle and verb.dep_ == "ROOT" and sentence_start(verb) > 0 and _subject(verb, lang) is None:
        before = verb.doc[sentence_start(verb) - 1].sent.root
        main = _subject(before, lang) if before.pos_ in ("VERB", "AUX") else None
        if main is not None:
            # "X oppose sa volonté de … . Mais plaidant aussi pour « … »": a sentence of a bare
            # participle goes on with the subject of the sentence before
            return main, "speaker.fragment_participle"
    governed = _from_governor(verb, lang)
    if governed is not None:
        if governed.lower_ in lang.pronouns.RELATIVE:
            antecedent = _relative_antecedent(governed.head)
            if antecedent is not None:
                return antecedent, "speaker.relative"
        return governed, "speaker.shared_subject"
    return None, "speaker.none"


def _reported(verb: Token, floor: int, lang: LanguageData) -> bool:
    """``il estime que le PS doit repenser ses liens : « … »``: a verb inside a ``que``-clause
    of the same sentence, whose subject is a topic of what is said, not who speaks the
    quotation after the colon."""
    tok = verb
    for _ in range(6):
        if tok.head is tok or tok.head.i < floor:
            return False
        if any(c.dep_ == "mark" and c.pos_ == "SCONJ" and c.lower_ in lang.syntax.QUE for c in tok.children):
            return True  # the completive "que" (a relative "que" is a pronoun, not a mark)
        tok = tok.head
    return False


def _group_start(verb: Token) -> int:
    """Where the verbal group starts: its first auxiliary, attached or not.

    ``a pour sa part ajouté``: the parser often leaves the auxiliary unattached when an
    adverbial stands between it and the participle.
    """
    doc = verb.doc
    first = min([verb.i] + [c.i for c in own_auxiliaries(verb)])
    if first == verb.i and "VerbForm=Part" in str(verb.morph):
        for j in range(verb.i - 1, max(sentence_start(verb), verb.i - 6) - 1, -1):
            t = doc[j]
            if t.is_punct or t.pos_ == "VERB":
                break
            if t.pos_ == "AUX":
                return j
    return first


@functools.cache
def _finite_faire(lang: LanguageData) -> frozenset[str]:
    """Finite forms of "faire" (the tagger takes "fait" for a noun in "fait savoir")."""
    syntax = lang.syntax
    return frozenset(f for f in lang.cues.IRREGULAR[syntax.FAIRE].split() if not f.endswith(syntax.PRESENT_PARTICIPLE))


def _finite(verb: Token, cue: Cue, lang: LanguageData) -> bool:
    """Whether the cue's verbal group is finite, so that it has a subject somewhere before it."""
    doc = verb.doc
    if "VerbForm=Fin" in str(verb.morph) or "VerbForm=Fin" in str(doc[_group_start(verb)].morph):
        return True
    if cue.rule == "cue.verb.mistagged":
        return True  # a verb read as a noun has no morphology to tell, but stands where a finite verb does
    if cue.rule == "cue.verb" and misread_participle(verb, cue.lemma, lang):
        return True  # "L'OMS avertit que …": a finite form the tagger read as a participle
    return (
        cue.rule.startswith("cue.expr.faire")
        and verb.lower_ in _finite_faire(lang)
        and (verb.i == 0 or doc[verb.i - 1].pos_ != "AUX")
    )


def _noun_phrase_head(t: Token, floor: int) -> Token:
    head = t
    while head.dep_ in ("flat:name", "flat", "amod") and head.head.i < head.i and head.head.i >= floor:
        head = head.head
    return head


def _before_relative(doc: Doc, comma: int, floor: int, lang: LanguageData) -> Token | None:
    """``Un policier, qui a requis l'anonymat, affirme``: the noun a relative clause set off by
    commas describes, when that clause ends at ``comma`` right before the verbal group."""
    for j in range(comma - 1, max(floor, comma - 25), -1):
        t = doc[j]
        if t.text in ("»", "«", "”", "“", '"', ";", ":", "."):
            return None
        if t.text != ",":
            continue
        if doc[j + 1].lower_ not in lang.syntax.SUBJECT_RELATIVES or j - 1 < floor:
            return None
        before = doc[j - 1]
        if before.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "case" for c in before.children):
            return _noun_phrase_head(before, before.i - 4)
        return None
    return None


def _before_apposition(doc: Doc, comma: int, floor: int) -> Token | None:
    """``Joji Otaki, auteur de l'étude …, précise``: the name before an apposition set off by commas.

    ``comma`` is the comma right before the verbal group; the apposition runs back to the
    previous comma, holds no finite verb and no quotation mark, and the token before it is a
    name (or a noun outside a prepositional phrase).
    """
    for j in range(comma - 1, max(floor, comma - 25) - 1, -1):
        t = doc[j]
        if t.text in ("»", "«", "”", "“", '"', ";", ":", ".") or "VerbForm=Fin" in str(t.morph):
            return None
        if t.text != ",":
            continue
        if j == comma - 1 or j - 1 < floor:
            return None
        before = doc[j - 1]
        if before.text == ")":
            k = j - 1
            while k > floor and doc[k].text != "(":
                k -= 1
            if doc[k].text != "(" or k - 1 < floor:
                return None
            before = doc[k - 1]
        if (
            before.pos_ == "PROPN"
            or (before.pos_ == "X" and before.ent_type_ in ("PER", "ORG"))
            or (before.pos_ == "NOUN" and not any(c.dep_ == "case" for c in before.children))
        ):
            return _noun_phrase_head(before, j - 5)
        return None
    return None


def _linear_subject(verb: Token, lang: LanguageData) -> Token | None:
    """The nominal right before a finite verb, when the parser lost its subject.

    ``… mais le général Khalifa Haftar affirme``, ``le Pentagone lui, a assuré``: walk back
    over auxiliaries, clitics, adverbs and one comma to the first noun phrase not in a
    prepositional phrase. Past an apposition set off by commas (``B. Obama, même en pleine
    course …, fait savoir``), the name before it.
    """
    doc = verb.doc
    first = _group_start(verb)
    commas = 0
    comma_at = -1
    j = first
    start = sentence_start(verb)
    while start > 0 and doc[start].is_punct:
        start = doc[start - 1].sent.start  # the parser cut a sentence at a comma: look across it
    floor = max(start, first - 40)
    while j > floor:
        j -= 1
        t = doc[j]
        if t.text == ")":
            # "Africom (le commandement … en Afrique), a annoncé": step over the parenthesis
            while j > floor and doc[j].text != "(":
                j -= 1
            continue
        if t.pos_ in ("AUX", "ADV", "SPACE") or t.lower_ in lang.syntax.BEFORE_VERB:
            continue
        if t.text == ",":
            commas += 1
            if commas > 1:
                return _before_apposition(doc, comma_at, floor)
            comma_at = j
            described = _before_relative(doc, j, floor, lang)
            if described is not None:
                return described  # "Un policier, qui a requis l'anonymat, affirme": not "anonymat"
            continue
        if t.pos_ in ("PROPN", "NOUN", "X") and any(c.dep_ == "case" for c in t.children) and not commas:
            # "Une habitante du quartier raconte": the complement of the subject, which the parser
            # made the head of the verb; the noun it completes, if it is no complement itself
            head = t
            while head.dep_ == "nmod" and floor <= head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head
            if head is not t and not any(c.dep_ == "case" for c in head.children):
                return _noun_phrase_head(head, head.i - 4)
        if t.pos_ in ("PROPN", "NOUN", "X") and not any(c.dep_ == "case" for c in t.children):
            if commas and t.pos_ != "PROPN":
                named = _before_apposition(doc, comma_at, floor)
                if named is not None and (named.pos_ == "PROPN" or named.ent_type_ in ("PER", "ORG")):
                    return named  # "Joji Otaki, auteur de l'étude ayant fourni ces résultats, précise"
            return _noun_phrase_head(t, j - 4)
        if t.pos_ == "PRON" and t.lower_ in lang.pronouns.SUBJECT:
            return t
        return _before_apposition(doc, comma_at, floor) if commas else None
    return None


def _complemented_subject(verb: Token) -> Token | None:
    """``le président de l'association juge que …``: the noun phrase right before a verb read as
    a noun ends in a complement or an adjective; climb from it to the noun it qualifies."""
    doc = verb.doc
    if verb.i == 0:
        return None
    t = doc[verb.i - 1]
    floor = max(sentence_start(verb), verb.i - 12)
    while t.dep_ in ("nmod", "amod", "flat:name", "flat") and floor <= t.head.i < t.i:
        t = t.head
    if t.i == verb.i - 1 or t.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "case" for c in t.children):
        return None
    return t


def _after_quote(verb: Token, lang: LanguageData) -> bool:
    """The cue follows a closing quotation mark (« … », a déclaré …), not just any comma."""
    doc = verb.doc
    first = min([verb.i] + [c.i for c in own_auxiliaries(verb)])
    auxiliary = auxiliary_before_incidental_phrase(verb, lang)
    if auxiliary is not None:
        first = auxiliary.i  # "« … », a de son côté martelé X": the auxiliary before the incidental phrase
    j = first - 1
    while j >= 0 and (doc[j].text == "," or doc[j].is_space or doc[j].lower_ in lang.syntax.ELIDED_CLITICS):
        j -= 1
    return j >= 0 and doc[j].text in ("»", "”", '"', "›")


def _clitic_before(verb: Token, lang: LanguageData) -> Token | None:
    """An inverted clitic a few words before the cue in its verbal group: ``a-t-elle tenu à préciser``."""
    doc = verb.doc
    for j in range(verb.i - 1, max(sentence_start(verb), verb.i - 5) - 1, -1):
        t = doc[j]
        if t.text.startswith("-") and inverted_suffix(lang).fullmatch(t.lower_):
            return t
        if t.is_punct or t.pos_ in ("NOUN", "PROPN"):
            return None
    return None


def _quote_between(a: Token, b: Token) -> bool:
    return any(t.text in ("»", "”", '"', "«", "“") for t in a.doc[a.i : b.i])


def _coordinated_subject(verb: Token) -> Token | None:
    """``… mais le général Khalifa Haftar affirme …``: a subject between the conjunction and the verb."""
    if verb.dep_ != "conj":
        return None
    doc = verb.doc
    cc = [c for c in verb.children if c.dep_ == "cc" and c.i < verb.i]
    if not cc:
        return None
    span = doc[cc[-1].i + 1 : verb.i]
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN") and not (span.start <= t.head.i < span.end)]
    return nouns[-1] if nouns else None


def attach_speakers(cues: Sequence[Cue], lang: LanguageData) -> None:
    """Record on each cue the token heading its source (or None) and the rule used."""
    previous: Cue | None = None
    for cue in cues:
        cue.speaker_token, cue.speaker_rule = source_token(cue, lang)
        if (
            cue.rule == "cue.verb.participle"
            and previous is not None
            and previous.sent == cue.sent
            and previous.speaker_token is not None
            and previous.speaker_rule in ("speaker.postposed_subject", "speaker.inverted_clitic")
            and cue.token.doc[cue.token.i - 1].text == ","
        ):
            # « … », a assuré son chef, …, soulignant que …: the participle continues the incise
            cue.speaker_token, cue.speaker_rule = previous.speaker_token, "speaker.incise_participle"
        if cue.rule.startswith("cue.verb"):
            previous = cue
