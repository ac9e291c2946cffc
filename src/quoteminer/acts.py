"""Act & hedging: speech items + cues → speech act, confidence, hedged flag.

The verb that reports an item gives a prior; the content votes with the
weighted rules of ``lang.acts.CONTENT_RULES``. Invariants:

- mentions get no act; every speech item gets exactly one act;
- the prior comes from the reporting verb that governs the item in the parse
  (``act.prior.governor``) when that is not the item's cue, and an expression's
  act (``s'en prendre``, ``mettre en cause``) only when the whole expression is
  there (``act.prior.incomplete`` otherwise);
- a partial quotation is read together with the words between its verb and the
  quotation (``a appelé les parties « à … »``);
- a neutral verb gives way to content of weight ``OVERRULE``; a verb that names
  an act gives way only to heavier content (``STRONG_OVERRULE``);
- the evidence names the prior, every rule that voted with the words it matched,
  and the decision path; ``act_confidence`` is the measured accuracy of that path
  on the tuning fixtures and debate sittings (``models/act_confidence.json``, rebuilt by
  ``quoteminer train``; ``lang.acts.CONFIDENCE`` where it is missing);
- ``hedged`` looks at the attribution (the reporting verb's mood, its subject and
  adverbials, the words between it and the item) and, for indirect and partial
  items, at the journalist's own compound conditional (``aurait été tué``); never
  at the mood of a direct quotation's words.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Protocol

import attrs
import regex
from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from quoteminer.content import Item, TokenIndex
from quoteminer.cues import SOURCE_RULES, Cue, forms, reporting_lemma
from quoteminer.lang import LanguageData
from quoteminer.learn import Features, LinearModel, load_model
from quoteminer.model import QuoteKind, SpeechAct
from quoteminer.parse import (
    Piece,
    View,
    children,
    column,
    heads,
    make_view,
    morph,
    sentence_bounds,
    sentence_end,
    sentence_start,
    string_ids,
)
from quoteminer.persons import person_noun

__all__ = [
    "ActDecider",
    "Case",
    "Classifier",
    "Judged",
    "Judgement",
    "Recorder",
    "Rules",
    "compound_conditional",
    "features",
    "judge_all",
    "judge_span",
    "sentence_hedge",
]

Judgement = tuple[SpeechAct, float, list[str]]
#: A speech item's act judgement, whether it is hedged, and the hedging rule.
Judged = tuple[Judgement, bool, str | None]

# Dependents of a reporting verb that belong to the attribution (who, how, through what);
# clauses (ccomp, advcl, conj, …) are the content or another statement.
_ATTRIBUTION_DEPS = ("nsubj", "obl", "advmod", "iobj", "expl", "aux", "nmod", "appos", "obj", "amod", "det", "case")
_MARKS = regex.compile(r"[«»“”„‟\"‹›]")
_SPACES = regex.compile(r"\s+")  # any run of white space, no-break spaces included


@functools.cache
def _rules(lang: LanguageData) -> tuple[tuple[str, str, float, regex.Pattern[str]], ...]:
    return tuple(
        (rule_id, act, weight, regex.compile(pattern, regex.IGNORECASE))
        for rule_id, act, weight, pattern in lang.acts.CONTENT_RULES
    )


try:  # the syntax tree of a pattern (_needs): the standard library's own parser, private, so optional
    import re._constants as sre  # type: ignore[import-not-found]
    import re._parser as sre_parse  # type: ignore[import-not-found]

    _REPEATS: tuple[Any, ...] = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover - a Python whose re module is laid out otherwise
    sre = sre_parse = None
    _REPEATS = ()


# What a rule's match must contain, as sets of strings of which one at least occurs in the text
# (case-folded), read from the pattern's syntax tree: most of the 66 content rules fail on most
# contents, and a substring test costs a fraction of a search that tries the pattern at every
# place (their case-insensitive look-behinds and alternations leave the regex module no fast scan).
_Needs = frozenset[str] | None


def _needs(items: Iterable[tuple[Any, Any]]) -> _Needs:
    """Strings one of which every match of the sequence ``items`` (a parsed pattern) shows in
    the text: a run of literal characters, or what a group, a branch of alternatives each
    needing something, a repeated part (once at least) or a positive look-around needs; None if
    nothing is sure. The most telling such set is kept (its shortest string longest, then the
    fewest strings): ``\\bappel(?:ons|le|…)\\s+…|\\blan[cç]\\w{0,4}\\s+…appels?\\b`` needs ``appel``."""
    best: _Needs = None

    def consider(found: _Needs) -> None:
        nonlocal best
        if found and (best is None or _telling(found) > _telling(best)):
            best = found

    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset({"".join(run)}))
            run = []
        if op is sre.SUBPATTERN:
            consider(_needs(av[-1]))
        elif op is sre.ATOMIC_GROUP:
            consider(_needs(av))
        elif op is sre.BRANCH:
            branches = [_needs(b) for b in av[1]]
            if all(branches):
                consider(frozenset(n for b in branches if b for n in b))
        elif op in _REPEATS and av[0] >= 1:
            consider(_needs(av[2]))
        elif op is sre.ASSERT:
            consider(_needs(av[1]))
    if run:
        consider(frozenset({"".join(run)}))
    return best


def _telling(needs: frozenset[str]) -> tuple[int, int]:
    return min(4, min(map(len, needs))), -len(needs)


@functools.cache
def _rule_needs(lang: LanguageData) -> tuple[tuple[str, ...] | None, ...]:
    """For each rule of ``_rules`` (in order), case-folded strings one of which the content holds
    wherever the rule matches (a string holding a shorter one dropped), or None: a rule's
    pattern is searched only where one of them occurs. Case-insensitive matching pairs
    characters whose case folds agree, so a match's folded text holds the folded string."""
    out: list[tuple[str, ...] | None] = []
    for _, _, _, pattern in lang.acts.CONTENT_RULES:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # a syntax the standard library reads otherwise warns
                found = _needs(sre_parse.parse(pattern).data) if _standard(pattern) else None
        except (re.error, ValueError, Warning):  # a syntax only the regex module reads: always searched
            found = None
        if found is None:
            out.append(None)
            continue
        folded = {n.casefold() for n in found}
        out.append(tuple(sorted(n for n in folded if not any(o != n and o in n for o in folded))))
    return tuple(out)


#: Syntax of the regex module that the standard library's parser reads as something else (fuzzy
#: matching, version and full-case flags, POSIX classes): a pattern holding one is always searched.
_REGEX_ONLY = ("{e", "(?V", "(?f", "[[:", "\\p{", "\\P{", "\\X", "(*")


def _standard(pattern: str) -> bool:
    """Whether ``pattern`` can be read by the standard library's parser as the regex module reads it."""
    return sre_parse is not None and not any(s in pattern for s in _REGEX_ONLY)


#: Phrases as a tree of words: each word → the words that may follow it ("" where a phrase ends).
_WordTree = dict[str, "_WordTree"]


@functools.cache
def _hedge_pattern(lang: LanguageData) -> regex.Pattern[str]:
    """Whether a text holds one of the source phrases (asked only whether it matches): the phrases
    as a tree of their words, so that a shared beginning (``selon``, ``d'après``: 277 of 292)
    is read once at each place, not once per phrase (about 8 times faster)."""
    tree: _WordTree = {}
    for phrase in sorted(lang.hedges.SOURCE_PHRASES, key=len, reverse=True):
        node = tree
        for word in phrase.replace("'", "' ").split():
            node = node.setdefault(word, {})
        node[""] = {}  # a phrase ends here

    def alternatives(node: _WordTree) -> str:
        out = []
        for word, after in node.items():
            if not word:
                continue
            more = [w for w in after if w]
            # words apart by white space, an elided word glued to the next or not, either apostrophe
            glued = word.endswith("'") and more
            head, gap = (regex.escape(word[:-1]), r"['’]\s*") if glued else (regex.escape(word), r"\s+")
            if not more:
                out.append(head)
            elif "" in after:  # a phrase ends here and longer ones go on
                out.append(f"{head}(?:{gap}(?:{alternatives(after)}))?")
            else:
                out.append(f"{head}{gap}(?:{alternatives(after)})")
        return "|".join(out)

    return regex.compile(rf"\b(?:{alternatives(tree)})\b", regex.IGNORECASE)


@attrs.define
class _Prior:
    act: str
    token: Token | None
    evidence: list[str]
    strong: bool
    #: The statement is a turn of an exchange read on its own (``judge_span``: a debate's
    #: transcript), where every statement answers claims in play.
    exchange: bool = False


def _reflexive(token: Token, lang: LanguageData) -> bool:
    lowers, clitics = column(token.doc, LOWER), string_ids(lang.syntax.REFLEXIVE_CLITICS)  # no Token per word
    if any(lowers[j] in clitics for j in children(token.doc, token.i)):
        return True
    lo = max(sentence_start(token), token.i - 4)
    return any(lowers[j] in clitics for j in range(lo, token.i))


def _complete(lemma: str, token: Token, lang: LanguageData) -> bool:
    """Whether the whole expression of ``lemma`` is written around ``token``."""
    words = lemma.split()
    syntax = lang.syntax
    if words[0] in syntax.REFLEXIVE_ENTRY_WORDS or lemma.startswith(syntax.REFLEXIVE_ELIDED):
        if not _reflexive(token, lang):
            return False
        words = words[1:] if words[0] in syntax.REFLEXIVE_ENTRY_WORDS else words
    rest = words[1:]
    if not rest:
        return True
    after = " ".join(t.lower_ for t in token.doc[token.i + 1 : min(sentence_end(token), token.i + 6)])
    return " ".join(rest) in after.replace("’", "'")


def _span_tokens(item: Item, index: TokenIndex) -> tuple[Piece, list[Token]] | None:
    found = index.at(item.start)
    if found is None:
        return None
    piece, first = found
    tokens = []
    for token in piece.doc[first.i :]:
        if index.start(piece, token) >= item.end:
            break
        tokens.append(token)
    return (piece, tokens) if tokens else None


def _roots(tokens: Sequence[Token]) -> list[Token]:
    if not tokens:
        return []
    head = heads(tokens[0].doc)  # (the tokens of one Doc) read from its arrays, not a Token per head
    inside = {t.i for t in tokens}
    return [t for t in tokens if head[t.i] not in inside or head[t.i] == t.i]


_QUESTION_MARK = get_string_id("?")


def _asks(token: Token) -> bool:
    """Whether the sentence of ``token`` holds a question mark (read from the Doc's arrays)."""
    sent = token.sent
    return _QUESTION_MARK in column(token.doc, ORTH)[sent.start : sent.end]


def _reporting(token: Token, lang: LanguageData) -> str | None:
    """The infinitive of ``token`` if it is an active, non-weak reporting verb."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    infinitive = forms(lang).get(token.lower_.replace("’", "'"))
    if infinitive is None or infinitive in lang.cues.WEAK:
        return None
    deps = {c.dep_ for c in token.children}
    if "aux:pass" in deps:
        return None  # "ne pouvait être assurée que par …": passive, not a report
    if "Past" in token.morph.get("Tense", []) and "Part" in token.morph.get("VerbForm", []) and "aux:tense" not in deps:
        return None  # "les appels lancés par …": an adjectival participle
    return infinitive


def _governor(tokens: Sequence[Token], lang: LanguageData) -> Token | None:
    """The reporting verb a partial quotation depends on: above it in the parse, else just before it.

    Only verbs before the quotation count (a partial quotation is built into a sentence
    whose verb introduces it); the look-back stops at a sentence end, a line break or
    another quotation mark, and after eight words.
    """
    first = tokens[0]
    inside = {t.i for t in tokens}
    for root in _roots(tokens)[:1]:
        for anc in root.ancestors:
            if anc.i < first.i and anc.i not in inside and _reporting(anc, lang):
                return anc
    doc = first.doc
    seen = 0
    for t in reversed(doc[max(0, first.i - 16) : first.i]):
        if t.text in ".!?" or "\n" in t.text_with_ws or (_MARKS.search(t.text) and seen):
            return None
        if _reporting(t, lang):
            return t
        seen += not t.is_punct
        if seen > 8:
            return None
    return None


def _prior(item: Item, tokens: Sequence[Token] | None, lang: LanguageData) -> _Prior:
    cue = item.cue
    if cue is None:
        return _Prior("statement", None, [], False)
    lemma, act, token = cue.lemma, cue.act, cue.token
    evidence = [f"act.prior.{act}:{lemma}"]
    if item.kind is QuoteKind.PARTIAL and tokens and cue.rule.startswith("cue.verb"):
        # the content stage may hang a partial quotation on a verb after it or on a weak verb
        # inside the reported content ("assuré qu'Africom continuerait « à suivre … »")
        late = cue.piece.doc is not tokens[0].doc or token.i > tokens[0].i
        gov = _governor(tokens, lang) if late or cue.weak else None
        if gov is not None and gov.i != token.i:
            lemma = forms(lang)[gov.lower_.replace("’", "'")]
            act, token = lang.cues.VERBS[lemma], gov
            evidence = [f"act.prior.governor.{act}:{lemma}:{gov.text}"]
    if cue.rule.startswith(("cue.verb", "cue.expr")) and act != "statement" and not _complete(lemma, token, lang):
        evidence = [f"act.prior.incomplete:{lemma}:{token.text}"]
        act = "statement"
    if act == "demand" and lemma in lang.acts.ASKING_VERBS and tokens and _information_question(tokens, lang):
        # a verb of asking that reports a question for information (``a demandé : « Quand la ligne
        # rouvrira-t-elle ? »``) asks for an answer, not for an act: the prior is a statement
        evidence = [f"act.prior.question:{lemma}"]
        act = "statement"
    if act == "statement":
        stance = _stance(cue, tokens, lang)
        if stance is not None:
            # the journalist gives the speaker's stance (``se veut rassurant : « … »``): a weak prior
            word, named = stance
            return _Prior(named, word, [f"act.prior.stance.{named}:{word.text}"], False)
        if cue.rule == "cue.colon_clause":
            before = _before_colon(cue, lang)
            if before is not None:
                # the clause before the colon names the act (``s'en est pris au maire : « … »``,
                # ``tirent la sonnette d'alarme : « … »``): a weak prior, as a stance's
                named, word, why = before
                return _Prior(named, word, [f"act.prior.colon_clause.{named}:{why}"], False)
    strong = act != "statement" and (token is not cue.token or not cue.weak)
    return _Prior(act, token, evidence, strong)


def _information_question(tokens: Sequence[Token], lang: LanguageData) -> bool:
    """Whether ``tokens`` ask a question for information: a question opened by an interrogative word
    (``quand``, ``combien``, ``où``) that asks neither why nor how (a rhetorical question urges or blames,
    docs/annotation.md) and names no hearer (``quand cesserez-vous …`` urges him)."""
    data = lang.acts
    words = [t for t in tokens if not t.is_punct]
    if not words or not any(t.text == "?" for t in tokens):
        return False
    if not any(t.lower_ in data.QUESTION_WORDS for t in words[:4]):
        return False
    said = {t.lower_.replace("’", "'").lstrip("-") for t in words}
    return not (said & (data.DELIBERATIVE_ADVERBS | data.SECOND_PERSON_WORDS))


@functools.cache
def _idioms(lang: LanguageData) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    data = lang.acts
    return (
        ("accusation", regex.compile(data.any_of(data.BLAME_IDIOMS), regex.IGNORECASE)),
        ("warning", regex.compile(data.any_of(data.RISK_IDIOMS), regex.IGNORECASE)),
    )


def _before_colon(cue: Cue, lang: LanguageData) -> tuple[str, Token, str] | None:
    """The act the clause before a colon names, its word, and why: a reporting verb of an act
    (``Le sénateur s'en est pris au gouvernement :``, written in full), else a set phrase of blame or of
    danger (``lang.acts.BLAME_IDIOMS``, ``RISK_IDIOMS``: ``tirent la sonnette d'alarme :``)."""
    colon = cue.token
    clause = [t for t in cue.sent if t.i < colon.i]
    if any(_MARKS.search(t.text) for t in clause):
        return None  # a quotation before the colon: the clause is not the journalist's frame
    for t in clause:
        infinitive = _reporting(t, lang)
        if infinitive is None and t.pos_ in ("VERB", "AUX"):
            # a pronominal verb's être reads as a passive (``s'en est pris``): its pronoun says it is not
            pronominal = forms(lang).get(t.lower_.replace("’", "'"), "")
            infinitive = (
                pronominal
                if pronominal.startswith(lang.syntax.REFLEXIVE_ENTRY_PREFIXES) and _reflexive(t, lang)
                else None
            )
        if infinitive is None:
            continue
        named = lang.cues.VERBS.get(infinitive)
        if named not in (None, "statement") and _complete(infinitive, t, lang):
            return named, t, f"{infinitive}:{t.text}"
    text = "".join(t.text_with_ws for t in clause).replace("’", "'")
    for named, pattern in _idioms(lang):
        found = pattern.search(text)
        if found is not None:
            return named, colon, _SPACES.sub(" ", found.group())
    return None


def _stance(cue: Cue, tokens: Sequence[Token] | None, lang: LanguageData) -> tuple[Token, str] | None:
    """The adjective by which the cue's sentence gives the speaker a stance before the item
    (``Le maire se veut rassurant : « … »``, ``s'est montré inquiet``): the attribute of a
    reflexive verb of ``lang.acts.STANCE_VERBS``, one of ``lang.acts.STANCE_ADJECTIVES``."""
    data = lang.acts
    first = tokens[0] if tokens and tokens[0].doc is cue.token.doc else None
    for t in cue.sent:
        if first is not None and t.i >= first.i:
            break
        named = data.STANCE_FORMS.get(t.lower_)
        if named is None or t.i < 1:
            continue
        # the verb right before the adjective, past its auxiliary; the tagger reads either as the head
        verb = t.doc[t.i - 1]
        if verb.lower_ in data.STANCE_VERB_FORMS and _reflexive(verb, lang):
            return t, named
    return None


def _frame(item: Item, prior: _Prior, index: TokenIndex, piece: Piece | None) -> str:
    """The words between a partial quotation's verb and the quotation, when the verb comes first."""
    token = prior.token
    if item.kind is not QuoteKind.PARTIAL or token is None or piece is None or token.doc is not piece.doc:
        return ""
    start = index.start(piece, token)
    if not (0 <= item.start - start <= 120):
        return ""
    return _MARKS.sub(" ", index.view.original[start : item.start])


def _vote(content: str, lang: LanguageData) -> tuple[dict[str, float], list[str]]:
    votes: dict[str, float] = {}
    evidence: list[str] = []
    folded = content.casefold()
    for (rule_id, act, weight, pattern), needs in zip(_rules(lang), _rule_needs(lang), strict=True):
        if needs is not None:
            for need in needs:  # (a loop, not any() over a generator: 66 rules per content)
                if need in folded:
                    break
            else:
                continue  # a string every match holds is missing: the rule cannot match
        m = pattern.search(content)
        if m:
            votes[act] = votes.get(act, 0.0) + weight
            evidence.append(f"{rule_id}:{m.group(0).strip()[:40]}")
    return votes, evidence


#: The content rule the parse decides (``_mood_vote``), named as the word rules are.
MOOD_RULE = "act.demand.mood"


def _mood_vote(tokens: Sequence[Token], lang: LanguageData, votes: dict[str, float], evidence: list[str]) -> None:
    """A demand the parse shows, whatever the verb: the main verb of a sentence of the content
    in the imperative with no subject (``Rendez l'argent``), or a main clause opened by
    ``que`` (``Que l'État prenne ses responsabilités``: a jussive subjunctive). One vote, and none when the
    content rules already found an imperative (the same evidence twice)."""
    if votes.get("demand", 0.0) >= lang.acts.OVERRULE:
        return
    main = {t.i for t in _main_predicates(tokens)}
    for t in tokens:
        if _clitic_imperative(t, lang):
            votes["demand"] = votes.get("demand", 0.0) + lang.acts.OVERRULE
            evidence.append(f"{MOOD_RULE}:{t.text[:40]}")
            return
        if t.pos_ not in ("VERB", "AUX") or _morph(t, "VerbForm") != "Fin":
            continue
        subject = _has_subject(t)
        if t.dep_ != "ROOT" and t.i in main and _jussive(t, lang):
            # a quotation whose verb the parser hangs on the reporting verb after it (``« Que
            # chacun respecte les consignes », a insisté …``): still a main clause of the content
            votes["demand"] = votes.get("demand", 0.0) + lang.acts.OVERRULE
            evidence.append(f"{MOOD_RULE}:{t.text[:40]}")
            return
        if t.dep_ != "ROOT":
            # a main predicate coordinated with the root or a clause after a colon (``cessez …, et
            # écoutez``, ``c'est simple : rendez …``): only the imperative the parser marks, or a
            # second-person plural form with no subject, which French uses only as an imperative
            after_colon = t.dep_ == "parataxis" and any(u.text == ":" for u in t.doc[t.head.i : t.i])
            if not (t.i in main or after_colon) or subject or _asks(t):
                continue
            if _morph(t, "Mood") == "Imp" or t.lower_.endswith(lang.acts.IMPERATIVE_PLURAL_ENDINGS):
                votes["demand"] = votes.get("demand", 0.0) + lang.acts.OVERRULE
                evidence.append(f"{MOOD_RULE}:{t.text[:40]}")
                return
            continue
        mood = _morph(t, "Mood")
        jussive = _jussive(t, lang)
        plural = t.lower_.endswith(lang.acts.IMPERATIVE_PLURAL_ENDINGS) and not _asks(t)
        if ((mood == "Imp" or plural) and not subject) or jussive:
            votes["demand"] = votes.get("demand", 0.0) + lang.acts.OVERRULE
            evidence.append(f"{MOOD_RULE}:{t.text[:40]}")
            return


def _jussive(verb: Token, lang: LanguageData) -> bool:
    """Whether ``verb`` heads a main clause opened by the complementizer (``Que l'État prenne ses
    responsabilités``): a jussive, whatever mood the tagger gives the verb (it reads ``prenne`` as
    a future at times); not a conditional, nor a question (``Que dit-il ?``)."""
    doc = verb.doc  # the sentence's first word read from the Doc's arrays: no Token per word
    start, end = sentence_bounds(doc, verb.i)
    punct, space = column(doc, IS_PUNCT), column(doc, IS_SPACE)
    first = next((j for j in range(start, end) if not (punct[j] or space[j])), None)
    opening = [doc[first]] if first is not None else []
    return (
        bool(opening)
        and opening[0].lower_ in lang.syntax.QUE
        and opening[0].pos_ == "SCONJ"
        and opening[0].head.i == verb.i
        and _morph(verb, "Mood") != "Cnd"
        and not _asks(verb)
    )


def _opens(token: Token) -> bool:
    """Whether ``token`` opens its sentence, a negation (``N'oubliez pas``) aside."""
    doc = token.doc  # the words before it read from the Doc's arrays: a Token only where one is tested
    punct, space = column(doc, IS_PUNCT), column(doc, IS_SPACE)
    before = (j for j in range(sentence_start(token), token.i) if not (punct[j] or space[j]))
    return all(_morph(doc[j], "Polarity") == "Neg" for j in before)


def _clitic_imperative(token: Token, lang: LanguageData) -> bool:
    """A sentence that opens on a plural verb form joined to a pronoun by a hyphen, with no question
    mark (``Inspirez-vous de …``, ``Rassemblons-nous``): an imperative, whatever the tagger makes of
    the capitalised word (it often reads it as a proper noun)."""
    # the form's ending first: the cheapest test, and false for nearly every token
    if not token.lower_.endswith(lang.acts.CLITIC_IMPERATIVE_ENDINGS) or token.i + 1 >= len(token.doc):
        return False
    return token.nbor(1).lower_ in lang.acts.IMPERATIVE_CLITICS and _opens(token) and not _asks(token)


def _has_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject, not counting what the parser takes for one by mistake in an
    imperative that opens its sentence: a clause (``N'oubliez pas …, vous ne l'êtes plus``) or the
    pronoun joined to the verb by a hyphen (``Inspirez-vous de lui``: a reflexive imperative; an
    inverted subject makes a question, and questions are left out before this is asked)."""
    subjects = [c for c in verb.children if c.dep_.startswith(("nsubj", "expl"))]
    if not subjects:
        return False
    if not _opens(verb) or _asks(verb):
        return True
    return any(s.pos_ not in ("VERB", "AUX") and not (s.i == verb.i + 1 and s.text.startswith("-")) for s in subjects)


#: The content rules the parse decides (``_predicate_vote``), named as the word rules are: the
#: act carried by the content's main predicates (person, tense, negation, what they say).
PREDICATE_RULES = (
    "act.assurance.negated_future",
    "act.assurance.reassuring_state",
    "act.warning.conditional_consequence",
    "act.warning.risk_predicate",
    "act.warning.risk_real",
    "act.accusation.label",
    "act.accusation.risk_caused",
    "act.accusation.refusal",
    "act.demand.announced",
    "act.warning.announced",
    "act.accusation.announced",
    "act.warning.threat",
    "act.assurance.commitment_future",
    "act.accusation.hearer_conduct",
    "act.demand.advice",
    "act.demand.prohibition",
    "act.demand.deliberative",
    "act.accusation.deliberative_past",
    "act.assurance.negated_risk",
    "act.assurance.risk_removed",
    "act.warning.safety_lost",
    "act.accusation.negated_praise",
    "act.accusation.unmet_duty",
    "act.accusation.unmet_expectation",
    "act.warning.harm_future",
    "act.warning.harm_asked",
    "act.warning.imminent",
    "act.warning.loss_future",
    "act.accusation.actor_conduct",
    "act.accusation.responsibility",
    "act.demand.performative",
    "act.warning.performative",
    "act.accusation.performative",
    "act.assurance.benefit_future",
    "act.assurance.restored_future",
    "act.assurance.service_kept",
    "act.denial.no_charge",
    "act.demand.wished_object",
    "act.demand.hoped_conduct",
    "act.accusation.surprising_conduct",
    "act.demand.welcome",
)
#: The rule of an act announced for later, by the act the announced verb names.
_ANNOUNCED = MappingProxyType(
    {"demand": "act.demand.announced", "warning": "act.warning.announced", "accusation": "act.accusation.announced"}
)
#: The rule of an act the speaker performs by naming it (``je dénonce``, ``nous exigeons``), by act.
_PERFORMED = MappingProxyType(
    {
        "demand": "act.demand.performative",
        "warning": "act.warning.performative",
        "accusation": "act.accusation.performative",
    }
)
#: The rule of an act named by the noun that governs the content (``son engagement de …``), by act.
NOUN_RULES = MappingProxyType(
    {
        "demand": "act.demand.act_noun",
        "denial": "act.denial.act_noun",
        "assurance": "act.assurance.act_noun",
        "warning": "act.warning.act_noun",
        "accusation": "act.accusation.act_noun",
    }
)


def _time(verb: Token, lang: LanguageData) -> tuple[str, Token]:
    """Whether ``verb`` speaks of what is to come: ``Fut`` (a simple future), ``Cnd`` (a
    conditional: in reported speech, the future of the past), ``Prosp`` (``aller`` + infinitive),
    else ``""``; with the verb that carries the meaning (the infinitive after ``aller``)."""
    finite = _finite(verb)
    if finite is None:
        return "", verb
    # the imperfect ``allait`` is the reported ``va`` (``a dit qu'elle allait demander``)
    # the tagger may call a present form of ``aller`` a future (``vont``): a form without a future ending is
    # the present of the prospective
    tense = _tense(finite, lang)
    if tense == "Fut" and not finite.lower_.endswith(lang.acts.FUTURE_ENDINGS):
        tense = "Pres"
    if _lemma(verb) in lang.acts.PROSPECTIVE_AUXILIARIES and tense in ("Pres", "Past"):
        for child in verb.children:
            if child.dep_ == "xcomp" and _morph(child, "VerbForm") == "Inf":
                return "Prosp", child
    word = finite.lower_
    conditional = finite.pos_ in ("VERB", "AUX") and word.endswith(lang.hedges.CONDITIONAL_ENDINGS)
    if _morph(finite, "Mood") == "Cnd" or conditional:
        return "Cnd", verb
    if _tense(finite, lang) == "Fut":
        return "Fut", verb
    return "", verb


def _main_predicates(tokens: Sequence[Token]) -> list[Token]:
    """The main predicates of the content: its roots (a sentence's root, or the head of an
    indirect item) and the predicates coordinated with them."""
    inside = {t.i for t in tokens}
    roots = []
    for root in _roots(tokens):
        if root.is_punct and root.dep_ == "ROOT":
            # the parser may take an opening quotation mark for the sentence's root (``la majorité a
            # « bradé le patrimoine »``): the predicates it heads inside the content stand for it
            roots += [
                c
                for c in root.children
                if c.i in inside and c.pos_ in ("VERB", "AUX", "ADJ") and not c.dep_.startswith(("aux", "cop"))
            ]
        elif not (root.is_punct or root.is_space):
            roots.append(root)
    out = list(roots)
    for root in roots:
        out += [c for c in root.children if c.dep_ == "conj" and c.i in inside and c.pos_ in ("VERB", "AUX", "ADJ")]
    return out


def _said_of(predicate: Token, verbless: bool = False) -> list[Token]:
    """What a predicate says of its subject: itself, its object or attribute, and the
    complements of a nominal predicate (``un signal d'alerte``); not the modifiers of its
    object (``constituaient un triste rappel``). The noun of a content with no verb (``verbless``) is a
    label (``« Une gestion calamiteuse »``): its adjectives are said of it, as an attribute's would be."""
    words = [predicate]
    nominal = (verbless and predicate.pos_ == "NOUN") or any(c.dep_ == "cop" for c in predicate.children)
    for child in predicate.children:
        if child.dep_ in ("obj", "xcomp", "obl:arg") or (nominal and child.dep_ in ("amod", "nmod")):
            words.append(child)
    return words


def _state(predicate: Token, lang: LanguageData) -> list[Token]:
    """The state a copula or a verb of state (``rester``) gives its subject: ``est fiable``,
    ``reste sous contrôle``; empty for other predicates."""
    if any(c.dep_ == "cop" for c in predicate.children):
        return [predicate, *(c for c in predicate.children if c.dep_ in ("amod", "nmod"))]
    if _lemma(predicate) in lang.acts.STATE_VERBS:
        # an adjective the parse hangs on the verb as a modifier (``demeure réel``) is its attribute
        return [c for c in predicate.children if c.dep_ in ("xcomp", "obl:mod", "obl:arg", "advmod", "amod")]
    return []


def _predicate_vote(
    tokens: Sequence[Token], lang: LanguageData, votes: dict[str, float], evidence: list[str], exchange: bool = False
) -> None:
    """Acts the parse shows in the content's main predicates, whatever the verb that reports
    it (docs/annotation.md, "Speech act"): one vote of ``OVERRULE`` per rule of
    ``PREDICATE_RULES`` that finds its kind of predicate.

    - a commitment: a negated future or conditional (``aucune classe ne fermera``, ``il
      n'autoriserait pas``, ``ne va pas retirer``);
    - a reassuring state said of the subject (``reste fiable``, ``est sous contrôle``);
    - a warning: a consequence held over a condition (``s'il était adopté, il aurait …``,
      ``sans accord, les négociations seraient rompues``), or a risk said of the subject
      (``est très inquiétante``, ``un signal d'alerte``);
    - an accusation: a loaded label said of the subject (``est une dérive``, ``flirte avec la
      démagogie``), or a first-person refusal to tolerate (``nous ne pouvons pas tolérer``);
    - a first-person promise in the future, of a course or of a presence (``nous tiendrons``,
      ``je serai aux côtés de``);
    - advice: a conditional ``devoir`` laid on someone who can act (``l'État devrait payer``).

    Questions are left out (a question commits to nothing), and so are negated risks and labels.
    A negated future of a thing forecasts (``la digue ne tiendra pas``) unless the statement is a turn
    of an exchange (``exchange``), where it answers a fear in play (``la loi ne changera rien``).
    """
    data = lang.acts
    found: dict[str, Token] = {}
    # whether the content has no verb, read only for a noun predicate, the one ``_said_of`` asks it of
    verbless: bool | None = None
    for predicate in _main_predicates(tokens):
        if _asks(predicate):
            # a question on an infinitive (``Comment refuser … ?``, ``Pourquoi attendre ?``) urges
            # what it asks about; on a past infinitive (``Pourquoi avoir refusé … ?``) it blames
            deliberative = _deliberative(predicate, lang)
            if deliberative:
                found.setdefault(deliberative, predicate)
            # a harm foretold in a question (``nos villages vont-ils mourir ?``) answers itself: it warns
            time, meaning = _time(predicate, lang)
            nominals = [c for c in predicate.children if c.dep_.startswith(("nsubj", "expl"))]
            if (
                time in ("Fut", "Cnd", "Prosp")
                and not _negated_predicate(predicate, lang)
                and _harm(_action(meaning, lang), nominals, lang)
            ):
                found.setdefault("act.warning.harm_asked", predicate)
            continue
        time, meaning = _time(predicate, lang)
        finite = _finite(predicate)
        # a risk the subject is out of (``est hors de danger``) is a risk negated
        negated = _negated_predicate(predicate, lang) or any(
            c.dep_ == "case" and c.lower_ in data.OUT_OF_PREPOSITIONS for c in predicate.children
        )
        # an evaluation diminished (``pas graves``) or recalled in a compound past (``avait été une
        # catastrophe``) says no danger ahead
        weakened = _diminished(predicate, lang) or _recalled(predicate)
        subjects = [c.lower_.replace("’", "'") for c in predicate.children if c.dep_.startswith("nsubj")]
        # the parser may give a predicate two subjects: a first-person one decides
        person = "1" if set(subjects) & data.FIRST_PERSON_WORDS else _person(predicate, finite, lang)
        if verbless is None and predicate.pos_ == "NOUN":
            verbless = not any(t.pos_ in ("VERB", "AUX") for t in tokens)
        words = _said_of(predicate, bool(verbless))
        said = {_lemma(t) for t in words} | {t.lower_ for t in words}
        state = {_lemma(t) for t in _state(predicate, lang) if t.pos_ in ("ADJ", "NOUN", "ADV")}
        # a past conditional (``il aurait préféré``) regrets what was not done: no warning
        past = time == "Cnd" and finite is not None and finite is not predicate and finite.dep_ == "aux:tense"
        announced = _named_act(meaning, lang)
        # what a modal's infinitive does (``pourraient céder``), and who or what the predicate is said of
        action = _action(meaning, lang)
        nominals = [c for c in predicate.children if c.dep_.startswith(("nsubj", "expl"))]
        about = _lemma(predicate) in data.ABOUTNESS_VERBS or predicate.lower_ in data.ABOUTNESS_VERBS
        evaluated = said | state
        # a risk word said of a conduct (``une gestion catastrophique``) judges whoever conducted it: blame
        conduct = _lemma(predicate) in data.CONDUCT_NOUNS
        # a word of sorrow in a label (``une triste journée``) blames nobody
        blamed = (said - data.SORROW_WORDS) & data.LEXICON["blame"] or (conduct and said & data.LEXICON["risk"])
        # a future existential that stops (``il n'y aura plus un seul commerce``): a loss foretold,
        # unless what stops is a harm or a risk (``il n'y aura plus de fermeture``)
        lost = time in ("Fut", "Prosp") and _lost(predicate, lang)
        # a negated ``pouvoir`` foretells an inability (``nous ne pourrons plus payer``): no commitment
        inability = negated and _lemma(predicate) in data.INABILITY_VERBS
        checks = {
            # a negated future commits only a speaker, an actor, or a negated or impersonal subject
            # (``aucune classe ne fermera``, ``il n'y aura pas``); of a thing it forecasts (``la digue ne
            # tiendra pas``, ``le chantier ne sera pas terminé``)
            "act.assurance.negated_future": (bool(time) or _none_taken(meaning, lang))
            and negated
            and not (lost or inability or _deferred(meaning, lang))
            and _lemma(meaning) not in data.COGNITIVE_VERBS
            and (exchange or _lemma(meaning) in data.LOSS_VERBS or _commits(person, nominals, lang)),
            "act.assurance.reassuring_state": not negated and not time and bool(state & data.LEXICON["reassure"]),
            # a consequence held over a condition, negated ones included (``sans car, les lycéens ne pourront
            # plus venir``), and the speaker's own inability (``si rien n'est fait, nous ne pourrons plus
            # payer``), which is no commitment
            "act.warning.conditional_consequence": time in ("Fut", "Cnd")
            and not past
            and (person != "1" or inability)
            and _conditioned(predicate, lang),
            # a risk in what was done is a fact recalled (``a pris conscience de la gravité des faits``):
            # no warning; caused by someone who can act (``les organisateurs ont mis en danger la vie des
            # coureurs``), it blames him
            "act.warning.risk_predicate": not (negated or about or weakened or conduct or _done(predicate))
            and bool(said & data.LEXICON["risk"]),
            "act.accusation.risk_caused": not negated
            and person == "3"
            and _lemma(predicate) not in data.RISK_TAKING_VERBS
            and _done(predicate)
            and not any(c.dep_ == "aux:pass" for c in predicate.children)
            and any(_actor(n, lang) for n in nominals)
            and bool(said & data.LEXICON["risk"]),
            # a risk said to be there or near, in the present (``le danger est réel``, ``le risque est
            # élevé``); not one recalled (``le danger était surtout la nuit``)
            "act.warning.risk_real": not (negated or about or weakened or time)
            and (_copular(predicate) or _lemma(predicate) in data.STATE_VERBS)
            and not _past_copula(predicate)
            and bool(state & data.RISK_SEVERITY)
            and any(_lemma(n) in data.LEXICON["risk"] for n in nominals),
            # a fault the speaker owns (``nous avons commis des erreurs``) or a charge described in the
            # passive (``ils sont poursuivis pour escroquerie``) attributes no fault to another party
            # a blame recalled in a compound past still blames (``l'enquête avait été bâclée``): only a
            # diminished one (``pas scandaleux``) is left out
            "act.accusation.label": not (negated or about or _diminished(predicate, lang))
            and not (person == "1" and _copular(predicate))
            and not (person == "1" and _own_fault(predicate, lang))
            and not _charged(predicate, lang)
            and bool(blamed),
            # a party said to bear the responsibility (``l'exploitant porte l'entière responsabilité de``);
            # not the speaker's own (``nous portons une part de responsabilité``)
            "act.accusation.responsibility": not negated and person != "1" and _bears_blame(predicate, lang),
            # the speaker names the act he performs, in the first person and the present (``je dénonce``,
            # ``nous exigeons``, ``je vous mets en garde``)
            _PERFORMED.get(_named_act(predicate, lang), "act.accusation.performative"): person == "1"
            and not (negated or time)
            and bool(_named_act(predicate, lang))
            and finite is predicate
            and _tense(predicate, lang) == "Pres"
            and _morph(predicate, "Mood") == "Ind"
            and not _reflexive(predicate, lang),
            "act.accusation.refusal": negated and person == "1" and bool(said & data.TOLERANCE_VERBS),
            # an act announced for later (``allait demander une réunion``, ``dénoncera``)
            _ANNOUNCED.get(announced, "act.demand.announced"): bool(announced)
            and time in ("Fut", "Prosp", "Cnd")
            and not (negated or past),
            "act.warning.threat": time in ("Fut", "Prosp", "Cnd") and not (negated or past) and _threat(meaning, lang),
            "act.assurance.commitment_future": (person == "1" or _ours(nominals, lang))
            and time in ("Fut", "Prosp")
            and not negated
            and (_lemma(meaning) in data.COMMITMENT_VERBS or bool(said & data.COMMITMENT_STATES)),
            # what the hearer did or does, said to his face (``vous avez décidé de …``, ``vous refusez le
            # référendum``): a reproach; not what he knows or says (``vous le savez``, ``vous dites que``)
            "act.accusation.hearer_conduct": bool(set(subjects) & data.HEARER_SUBJECTS)
            and not (negated or time)
            and finite is not None
            and _morph(finite, "Mood") == "Ind"
            and _lemma(meaning) not in data.COGNITIVE_VERBS
            and _lemma(meaning) not in lang.cues.VERBS,
            # a conditional ``devoir`` laid on someone who can act (``l'État devrait payer``): advice
            "act.demand.advice": _advice(predicate, lang),
            # the speaker's wish for an amount of something (``on veut des bus``, ``nous voudrions de la
            # transparence``): a call on whoever can give it
            "act.demand.wished_object": not (negated or time == "Fut") and _wished_object(predicate, lang),
            # the speaker's hope for what a body or the hearer will do (``j'espère que la préfecture reviendra
            # sur sa décision``): a call on him; not a hope for things (``que le soleil sera au rendez-vous``)
            "act.demand.hoped_conduct": person == "1" and not negated and _hoped_conduct(predicate, lang),
            # an amount of something said welcome in the conditional (``un geste de la commune serait le
            # bienvenu``): a polite call; not a thing already there (``cette pluie serait la bienvenue``)
            "act.demand.welcome": not negated and _welcome(predicate, lang),
            # surprise or regret at what someone did (``il est curieux que le préfet découvre le dossier``,
            # ``quel dommage que la région ait renoncé``): an ironic reproach; not a surprise at things
            # (``il est étonnant de voir autant d'oiseaux``), nor a surprise denied (``il n'est pas étonnant``)
            "act.accusation.surprising_conduct": not negated and _surprising_conduct(predicate, lang),
            # a negated obligation forbids (``nous ne devons pas céder``, ``il ne faut pas``, ``vous ne
            # pouvez pas rester sourds``)
            "act.demand.prohibition": negated and _prohibition(predicate, lang),
            # a risk negated (``le blessé n'est pas en danger``, ``il n'y a plus de risque``) or said to be
            # gone (``le danger est écarté``): a reassurance; in an exchange, where a risk was claimed, a
            # negated one contradicts the claim (a denial, ANNOTATION.md §3), which the rules leave to the words
            "act.assurance.negated_risk": negated
            and not (about or exchange)
            and bool(evaluated & data.LEXICON["risk"]),
            "act.assurance.risk_removed": not negated
            and _lemma(action) in data.REMOVAL_VERBS
            and any(_lemma(n) in data.LEXICON["risk"] for n in nominals),
            # a guarantee negated or lost (``la sécurité n'est plus garantie``): a warning
            "act.warning.safety_lost": negated and bool(evaluated & data.SAFETY_WORDS),
            # a fault or a charge said not to exist (``il n'y a eu aucune fraude``, ``ce n'est pas un
            # mensonge``): the claim in play contradicted
            "act.denial.no_charge": negated and not about and _no_charge(predicate, lang),
            # praise negated, said of someone or something else (``ce n'est pas digne de vous``)
            "act.accusation.negated_praise": negated and person != "1" and bool(state & data.PRAISE_WORDS),
            # a duty unmet, said of others (``rien n'a été fait``, ``les promesses n'ont pas été tenues``)
            "act.accusation.unmet_duty": negated and person != "1" and not time and _unmet_duty(predicate, lang),
            # what the speaker still waits for (``nous n'avons toujours pas les réponses``), or not one of
            # the proposals accepted (``pas un seul amendement n'a été accepté``): an expectation unmet
            "act.accusation.unmet_expectation": negated and not time and _unmet_expectation(predicate, person, lang),
            "act.warning.loss_future": lost,
            # what a named body or person did to someone or something, in words of blame (``l'État a
            # abandonné la ligne``, ``l'agence a laissé mourir la maternité``): an accusation of a third
            # party, whatever the verb that reports it
            "act.accusation.actor_conduct": not (negated or time)
            and person == "3"
            and finite is not None
            and _morph(finite, "Mood") == "Ind"
            and any(_body(n, lang) for n in nominals)
            and _blamed_conduct(predicate, lang),
            # a service said to stay open or free in the future (``la maternité restera ouverte``): kept
            "act.assurance.service_kept": time in ("Fut", "Prosp")
            and not (negated or past)
            and _lemma(predicate) in data.STATE_VERBS
            and bool({_lemma(t) for t in _state(predicate, lang)} & data.KEPT_STATES),
            # help or amends promised (``chaque famille sera relogée``, ``la mairie remboursera les usagers``)
            "act.assurance.benefit_future": time in ("Fut", "Prosp")
            and not (negated or past)
            and _promised_help(meaning, nominals, person, lang),
            # a work finished or a service given back, said in the future (``la route sera rouverte``,
            # ``les habitants pourront regagner leur domicile``)
            "act.assurance.restored_future": time == "Fut"
            and not (negated or past)
            and _restored(meaning, action, lang),
            # a harm or a relapse a thing may bring at any moment (``le feu peut repartir à tout moment``):
            # imminence warns; not a service offered (``les bus peuvent passer à tout moment``)
            "act.warning.imminent": not (negated or time or person == "1")
            and _lemma(predicate) in data.POSSIBILITY_VERBS
            and action is not predicate
            and bool(nominals)
            and not any(_actor(n, lang) for n in nominals)
            and _lemma(action) in data.HARM_VERBS | data.RELAPSE_VERBS
            and _imminent(action, lang),
            # harm foretold of something other than the speaker (``le festival disparaîtra``)
            "act.warning.harm_future": time in ("Fut", "Cnd", "Prosp")
            and not (negated or past or person == "1")
            and _harm(action, nominals, lang),
        }
        for rule_id, holds in checks.items():
            if holds:
                found.setdefault(rule_id, predicate)
    for rule_id in PREDICATE_RULES:
        if rule_id in found:
            act = rule_id.split(".")[1]
            votes[act] = votes.get(act, 0.0) + data.OVERRULE
            evidence.append(f"{rule_id}:{found[rule_id].text[:40]}")
    if found.keys() & _NEGATION_READINGS:
        # the parse reads the negation as another act: the word rules of a bare negation give way
        _withdraw(lang, votes, evidence, data.VETOABLE["not_a_denial"], "not_a_denial")


def _no_charge(predicate: Token, lang: LanguageData) -> bool:
    """Whether the negated ``predicate`` is an existential (``il n'y a eu aucune fraude``) or a copula
    (``ce n'est pas une erreur``) of a fault or a charge: a word of ``lang.acts.LEXICON["blame"]`` or
    of ``lang.acts.CHARGE_NOUNS``."""
    data = lang.acts
    charges = data.LEXICON["blame"] | data.CHARGE_NOUNS
    children = list(predicate.children)
    if any(c.dep_ == "cop" for c in children):
        return predicate.pos_ == "NOUN" and _lemma(predicate) in charges
    if not any(c.lower_ in data.EXISTENTIAL_PRONOUNS and c.dep_.startswith("expl") for c in children):
        return False
    return any(c.dep_ == "obj" and c.pos_ == "NOUN" and _lemma(c) in charges for c in children)


def _ours(nominals: Sequence[Token], lang: LanguageData) -> bool:
    """Whether a subject is the speaker's own (``nos troupes``, ``mes services``): a noun with a first-person
    possessive, who acts for the speaker."""
    owners = lang.acts.FIRST_PERSON_WORDS
    return any(
        n.pos_ == "NOUN" and any(d.dep_.startswith(("det", "nmod:poss")) and d.lower_ in owners for d in n.children)
        for n in nominals
    )


def _none_taken(verb: Token, lang: LanguageData) -> bool:
    """Whether ``verb`` is a verb of loss whose object is none at all (``cette loi ne retire aucun droit``):
    in the present too, a loss ruled out reassures."""
    if _lemma(verb) not in lang.acts.LOSS_VERBS:
        return False
    quantifiers = lang.acts.NEGATIVE_QUANTIFIERS
    return any(
        c.dep_ == "obj" and (_lemma(c) in quantifiers or any(_lemma(d) in quantifiers for d in c.children))
        for c in verb.children
    )


def _deferred(verb: Token, lang: LanguageData) -> bool:
    """Whether ``verb`` has a complement of time that puts the negated event off to a date (``ne
    commencera pas avant mars``, ``nous ne voterons pas avant juin``): a timetable, no commitment."""
    deferral = lang.acts.DEFERRAL_PREPOSITIONS
    for child in verb.children:
        if child.dep_ in ("obl", "obl:mod", "advmod", "advcl") and (
            child.lower_ in deferral or any(c.dep_ in ("case", "mark") and c.lower_ in deferral for c in child.children)
        ):
            return True
    return False


def _own_fault(predicate: Token, lang: LanguageData) -> bool:
    """Whether a first-person ``predicate`` in the active voice says the speaker's own fault (``nous avons
    commis des erreurs``, ``j'ai menti``): not a verb that names an act (``je dénonce le laxisme``), nor a
    fault said to be another party's (``nous subissons le mépris de l'État``)."""
    if predicate.pos_ != "VERB" or any(c.dep_ == "aux:pass" for c in predicate.children):
        return False
    if lang.cues.VERBS.get(_lemma(predicate), "statement") != "statement":
        return False
    faults = [c for c in predicate.children if c.dep_ == "obj"]
    return not any(_body(n, lang) for f in faults for n in f.children if n.dep_ == "nmod")


def _charged(predicate: Token, lang: LanguageData) -> bool:
    """Whether ``predicate`` is a verb of legal proceedings in the passive (``sont poursuivis pour
    escroquerie``, ``a été mis en examen pour``): a charge described, no accusation by the speaker."""
    passive = any(c.dep_ == "aux:pass" for c in predicate.children) or _morph(predicate, "Voice") == "Pass"
    return passive and _lemma(predicate) in lang.acts.CHARGE_VERBS


def _bears_blame(predicate: Token, lang: LanguageData) -> bool:
    """Whether ``predicate`` gives its subject the responsibility for something (``porte la responsabilité
    de``, ``porte une part de responsabilité dans``): a verb of ``lang.acts.BEARING_VERBS`` whose object,
    or the noun its object quantifies, is one of ``lang.acts.RESPONSIBILITY_NOUNS``."""
    data = lang.acts
    if _lemma(predicate) not in data.BEARING_VERBS or not any(c.dep_.startswith("nsubj") for c in predicate.children):
        return False
    for obj in (c for c in predicate.children if c.dep_ == "obj"):
        held = [obj, *(n for n in obj.children if n.dep_ == "nmod")]
        if any(_lemma(n) in data.RESPONSIBILITY_NOUNS for n in held):
            return True
    return False


def _promised_help(verb: Token, nominals: Sequence[Token], person: str, lang: LanguageData) -> bool:
    """Whether ``verb`` is help or amends (``lang.acts.BENEFIT_VERBS``) in the passive (``sera relogée``) or
    done by the speaker, a pronoun or a body that can act (``nous rembourserons``, ``la mairie relogera``)."""
    if _lemma(verb) not in lang.acts.BENEFIT_VERBS:
        return False
    passive = any(c.dep_ == "aux:pass" for c in verb.children) or _morph(verb, "Voice") == "Pass"
    # an active help in the infinitive (foretold by ``aller``, or after ``devoir``, ``pouvoir``) with neither an
    # object nor the speaker as its doer promises nothing (``les locataires vont payer plus cher``: they pay the
    # price; ``l'État paiera`` still promises)
    if (
        not (passive or person == "1")
        and _morph(verb, "VerbForm") == "Inf"
        and not any(c.dep_ in ("obj", "iobj", "obl:arg") for c in verb.children)
    ):
        return False
    return passive or person == "1" or any(n.pos_ == "PRON" or _body(n, lang) or _actor(n, lang) for n in nominals)


def _restored(verb: Token, action: Token, lang: LanguageData) -> bool:
    """Whether ``verb`` finishes a work or gives a service back in the passive (``sera rouverte``,
    ``lang.acts.RESTORATION_VERBS``) or comes back by itself (``rouvrira``: ``lang.acts.REOPENING_VERBS``
    with no object), or lets people get back what they lost (``pourront regagner``:
    ``pouvoir`` and ``lang.acts.RETURN_VERBS``); not under ``si``."""
    data = lang.acts
    # a clause under ``si`` (``se demande si le chantier sera terminé``) wonders or supposes, promises nothing
    if any(c.dep_ == "mark" and c.lower_ in data.CONDITION_MARKS for c in verb.children):
        return False
    passive = any(c.dep_ == "aux:pass" for c in verb.children) or _morph(verb, "Voice") == "Pass"
    if passive and _lemma(verb) in data.RESTORATION_VERBS:
        return True
    # a service that comes back by itself, active and with no object but its doors (``l'école rouvrira lundi``,
    # ``rouvrira ses portes``)
    doors = all(_lemma(c) in data.REOPENED_OBJECTS for c in verb.children if c.dep_ == "obj")
    if not passive and _lemma(verb) in data.REOPENING_VERBS and doors:
        return True
    return action is not verb and _lemma(verb) in data.POSSIBILITY_VERBS and _lemma(action) in data.RETURN_VERBS


def _body(subject: Token, lang: LanguageData) -> bool:
    """Whether ``subject`` names a body or a person in charge: a person or an organisation, an
    organisation noun, a metonym of power (``l'Élysée``), or one holder of a role (``le préfet``: a role
    noun in the singular with a definite article); not a group of people (``les habitants ont abandonné
    leurs maisons``)."""
    if subject.ent_type_ in ("PER", "ORG"):
        return True
    roles = lang.roles
    lemma, word = _lemma(subject), subject.lower_
    if subject.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(lemma in g or word in g for g in (roles.ORGANIZATION_NOUNS, roles.METONYMS, lang.acts.ACTOR_NOUNS)):
        return True
    definite = any(c.dep_ == "det" and _morph(c, "Definite") == "Def" for c in subject.children)
    return (lemma in roles.ROLE_NOUNS or word in roles.ROLE_NOUNS) and definite and _morph(subject, "Number") != "Plur"


def _blamed_conduct(predicate: Token, lang: LanguageData) -> bool:
    """Whether a verb ``predicate`` in the active voice is conduct blamed by its very word
    (``lang.acts.BLAMED_CONDUCT``: ``abandonner``, ``sacrifier``), or letting a harm happen (``laisser
    mourir``, ``laisser disparaître``: ``laisser`` with an infinitive of ``lang.acts.HARM_VERBS``)."""
    data = lang.acts
    if predicate.pos_ != "VERB" or any(c.dep_ == "aux:pass" for c in predicate.children):
        return False
    lemma = _lemma(predicate)
    if lemma in data.BLAMED_CONDUCT:
        return True
    return lemma in data.PERMISSIVE_VERBS and any(
        c.dep_ == "xcomp" and _lemma(c) in data.HARM_VERBS for c in predicate.children
    )


def _imminent(verb: Token, lang: LanguageData) -> bool:
    """Whether ``verb`` has a complement of time that says any moment now (``à tout moment``, ``d'un
    instant à l'autre``): a noun of ``lang.acts.IMMINENCE_NOUNS`` with ``tout`` or ``l'autre``."""
    for child in verb.children:
        if not child.dep_.startswith("obl") or _lemma(child) not in lang.acts.IMMINENCE_NOUNS:
            continue
        words = {c.lower_ for c in child.children} | {g.lower_ for c in child.children for g in c.children}
        if words & lang.acts.IMMINENCE_WORDS:
            return True
    return False


def _action(verb: Token, lang: LanguageData) -> Token:
    """The verb that says what happens: the infinitive of a modal (``pourraient céder``), else ``verb``."""
    if _lemma(verb) in lang.acts.MODAL_VERBS:
        for child in verb.children:
            if child.dep_ == "xcomp" and _morph(child, "VerbForm") == "Inf":
                return child
    return verb


def _lost(predicate: Token, lang: LanguageData) -> bool:
    """Whether ``predicate`` is an existential (``il y a``) negated by a cessation (``n'y aura plus``)
    of something that is not a harm nor a risk (``plus un seul commerce``, not ``plus de fermeture``)."""
    data = lang.acts
    children = list(predicate.children)
    if not any(c.lower_ in data.EXISTENTIAL_PRONOUNS and c.dep_.startswith("expl") for c in children):
        return False
    stops = [c for c in children if c.dep_ == "advmod" and c.lower_ in data.CESSATION_NEGATIONS]
    if not stops:
        return False
    harms = data.HARM_NOUNS | data.BURDEN_NOUNS | data.LEXICON["risk"] | data.LEXICON["blame"]
    things = [c for h in (predicate, *stops) for c in h.children if c.dep_ in ("obj", "obl:arg") and c.pos_ == "NOUN"]
    return bool(things) and not any(_lemma(t) in harms for t in things)


def _commits(person: str, nominals: Sequence[Token], lang: LanguageData) -> bool:
    """Whether a negated future of these subjects can commit someone: the first person, a pronoun,
    someone who can act or what he acts through (``la loi``), a negated subject (``aucune classe``),
    an impersonal or no subject."""
    if person == "1" or not nominals:
        return True
    negative = lang.acts.NEGATIVE_WORDS
    return any(
        n.pos_ == "PRON"
        or n.dep_.startswith("expl")
        or n.lower_ in negative
        or any(d.lower_ in negative for d in n.children)
        or _actor(n, lang)
        or _lemma(n) in lang.acts.INSTRUMENT_NOUNS
        for n in nominals
    )


def _unmet_duty(predicate: Token, lang: LanguageData) -> bool:
    """Whether the negated ``predicate`` is a duty unmet in the past (``lang.acts.DUTY_VERBS`` in a
    compound or past tense); ``faire`` only with nothing done (``n'a rien fait``), not with an
    object (``l'accident n'a fait aucun blessé``)."""
    lemma = _lemma(predicate)
    if lemma not in lang.acts.DUTY_VERBS or predicate.pos_ not in ("VERB", "AUX"):
        return False
    # an impersonal reflexive use is another verb, no duty (``il ne s'agit pas de``: an expletive subject); a
    # reflexive with a subject of its own may be one (``l'État ne s'est jamais tenu à sa parole``)
    children = list(predicate.children)
    if any(c.lower_ in lang.syntax.REFLEXIVE_CLITICS and c.dep_.startswith("expl") for c in children) and any(
        c.dep_ == "expl:subj" for c in children
    ):
        return False
    if lemma == lang.acts.DOING_VERB and any(
        c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN", "NUM") for c in predicate.children
    ):
        return False
    finite = _finite(predicate)
    if finite is None:
        return False
    compound = finite is not predicate and finite.dep_ in ("aux:tense", "aux:pass")
    return compound or _tense(finite, lang) == "Past"


def _unmet_expectation(predicate: Token, person: str, lang: LanguageData) -> bool:
    """Whether the negated ``predicate`` says what the speaker still waits for (a first-person
    ``lang.acts.RECEIPT_VERBS`` with ``toujours pas``) or that none of a set was accepted (a passive of
    ``lang.acts.ACCEPTANCE_VERBS`` whose subject is ``aucun …`` or ``pas un seul …``)."""
    data = lang.acts
    lemma = _lemma(predicate)
    adverbs = [c for c in predicate.children if c.dep_ == "advmod"]
    adverbs += [g for c in adverbs for g in c.children if g.dep_ == "advmod"]
    # what is waited for is named as known (``les réponses``, ``les documents promis``); not ``de nouvelles``
    owed = any(
        c.dep_ == "obj" and any(d.dep_ == "det" and _lemma(d) in data.DEFINITE_ARTICLES for d in c.children)
        for c in predicate.children
    )
    if person == "1" and owed and lemma in data.RECEIPT_VERBS and any(a.lower_ in data.STILL_WORDS for a in adverbs):
        return True
    if lemma not in data.ACCEPTANCE_VERBS or not any(c.dep_ == "aux:pass" for c in predicate.children):
        return False
    for subject in (c for c in predicate.children if c.dep_ == "nsubj:pass"):
        words = [subject, *(c for c in subject.children if c.dep_ in ("det", "amod"))]
        if any(_lemma(w) in data.NEGATIVE_QUANTIFIERS for w in words):
            return True
        # ``pas`` on the verb or, as the parser may put it, on the subject (``pas une seule proposition``)
        negators = [*adverbs, *(c for c in subject.children if c.dep_ == "advmod")]
        if any(w.lower_ in data.ONLY_WORDS for w in words) and any(a.lower_ in data.NOT_WORDS for a in negators):
            return True
    return False


def _harm(action: Token, nominals: Sequence[Token], lang: LanguageData) -> bool:
    """Whether ``action`` is harm (``lang.acts.HARM_VERBS``) befalling something or someone not named as
    an actor, or the growth of a harm (``les incendies vont se multiplier``)."""
    data = lang.acts
    lemma = _lemma(action)
    if any(n.ent_type_ in ("PER", "ORG") for n in nominals):
        return False
    if lemma in data.HARM_VERBS:
        return True
    harms = data.HARM_NOUNS | data.LEXICON["risk"]
    return lemma in data.GROWTH_VERBS and any(_lemma(n) in harms for n in nominals)


#: The predicate rules that read a negation as an act other than a denial (``n'est pas en danger``: an
#: assurance; ``n'a jamais répondu``: an accusation): the word rules of a bare negation give way to them.
_NEGATION_READINGS = frozenset(
    {
        "act.assurance.negated_risk",
        "act.warning.safety_lost",
        "act.accusation.negated_praise",
        "act.accusation.unmet_duty",
        "act.accusation.unmet_expectation",
    }
)


@functools.cache
def _rule_weights(lang: LanguageData) -> Mapping[str, tuple[str, float]]:
    """Each word rule's act and weight, by its id."""
    return MappingProxyType({rule_id: (act, weight) for rule_id, act, weight, _ in _rules(lang)})


def _retract(
    lang: LanguageData, votes: dict[str, float], evidence: list[str], veto: Callable[[str, str], str | None]
) -> None:
    """Take back the vote of each word rule in ``evidence`` that ``veto`` (rule id, matched words →
    the veto's kind, or None) vetoes; its evidence gives way to ``act.veto.<kind>``."""
    weights = _rule_weights(lang)
    kept = []
    for entry in evidence:
        rule_id, _, words = entry.partition(":")
        kind = veto(rule_id, words)
        if kind is None:
            kept.append(entry)
            continue
        act, weight = weights[rule_id]
        votes[act] = votes.get(act, 0.0) - weight
        if votes[act] <= 1e-9:
            del votes[act]
        kept.append(f"act.veto.{kind}:{rule_id.removeprefix('act.')}")
    evidence[:] = kept


def _withdraw(
    lang: LanguageData, votes: dict[str, float], evidence: list[str], rules: Iterable[str], kind: str
) -> None:
    """Withdraw the votes of the word rules ``rules`` found in ``evidence``, naming the veto ``kind``."""
    withdrawn = set(rules)
    _retract(lang, votes, evidence, lambda rule_id, _: kind if rule_id in withdrawn else None)


#: The vetoes of the parse on the word rules (``_veto``), named as the rules are.
VETO_RULES = tuple(
    f"act.veto.{kind}"
    for kind in (
        "negated",
        "topic",
        "schedule",
        "generic",
        "not_the_speaker",
        "not_a_denial",
        "subject",
        "self",
        "past_state",
        "forecast",
        "compound",
    )
)


def _veto(tokens: Sequence[Token], lang: LanguageData, votes: dict[str, float], evidence: list[str]) -> None:
    """Withdraw the vote of a word rule (``lang.acts.CONTENT_RULES``) when the parse shows that its
    words do not carry its act (``lang.acts.VETOABLE``): a risk word negated (``n'est pas en
    danger``), a word of blame or risk that names a topic (``l'histoire d'un scandale``), a ``devoir``
    of a timetable (``le stade doit accueillir 20 000 spectateurs samedi``), a verb of demand whose
    subject is not the speaker (``les habitants nous demandent``) or that reports a past request of a
    thing (``nous avons demandé une étude``), a negation that is no denial (``pas encore``, ``jamais
    vu autant``, ``je n'ai pas pu``). The rule's evidence gives way to ``act.veto.<kind>``."""
    if not tokens:
        return
    vetoable = lang.acts.VETOABLE

    def veto(rule_id: str, words: str) -> str | None:
        return next((k for k, rules in vetoable.items() if rule_id in rules and _VETOES[k](words, tokens, lang)), None)

    _retract(lang, votes, evidence, veto)


def _matched(words: str, tokens: Sequence[Token]) -> list[Token]:
    """The content words of ``tokens`` among the words a rule matched."""
    found = {w.lower() for w in regex.findall(r"\w+", words.replace("’", "'"))}
    return [t for t in tokens if t.lower_ in found and t.pos_ in ("NOUN", "ADJ", "VERB", "AUX", "PROPN", "ADV")]


def _holder(token: Token) -> Token:
    """The predicate that says ``token`` of something: the nearest verb or copular word above it."""
    for t in [token, *token.ancestors]:
        if t.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in t.children):
            return t
    return token


def _diminished(token: Token, lang: LanguageData) -> bool:
    """Whether an adverb of ``lang.acts.DIMINISHERS`` bears on ``token`` (``pas graves``, ``rarement grave``)."""
    return any(c.dep_ == "advmod" and c.lower_ in lang.acts.DIMINISHERS for c in token.children)


def _veto_negated(words: str, tokens: Sequence[Token], lang: LanguageData) -> bool:
    """A risk word negated (``n'est pas en danger``), diminished (``importants mais pas graves``,
    ``rarement grave``) or said to be gone (``la menace est écartée``)."""
    for t in _matched(words, tokens):
        if _diminished(t, lang):
            return True
        holder = _holder(t)
        # the negation may bear on the modal that governs the word's verb (``vous ne pouvez pas fermer les yeux``)
        if _negated_predicate(holder, lang) or (holder.dep_ == "xcomp" and _negated_predicate(holder.head, lang)):
            return True
        if t.dep_.startswith("nsubj") and _lemma(_action(t.head, lang)) in lang.acts.REMOVAL_VERBS:
            return True
    return False


def _veto_topic(words: str, tokens: Sequence[Token], lang: LanguageData) -> bool:
    data = lang.acts
    for t in _matched(words, tokens):
        for a in t.ancestors:
            if (a.pos_ == "NOUN" and _lemma(a) in data.TOPIC_NOUNS) or (
                a.pos_ == "VERB" and (_lemma(a) in data.ABOUTNESS_VERBS or a.lower_ in data.ABOUTNESS_VERBS)
            ):
                return True
    return False


def _subject_of(token: Token, inside: set[int]) -> Token | None:
    """The predicate of the content (token indices ``inside``) whose subject ``token`` is or lies in
    (``les crimes`` of ``ont diminué``, ``la menace d'orages`` of ``se déplace``), else None."""
    for t in [token, *token.ancestors]:
        if _copular(t) or (t is not token and t.pos_ in ("VERB", "AUX")):
            return None
        if t.dep_.startswith("nsubj"):
            return t.head if t.head.i in inside else None
    return None


def _veto_subject(words: str, tokens: Sequence[Token], lang: LanguageData) -> bool:
    """Every word of blame or risk the rule matched is the subject of a verb that only reports what it
    does (``la menace d'orages se déplace``, ``les crimes ont diminué``, ``l'alerte a été donnée``):
    nothing is said to be dangerous or blameworthy, unless the verb makes the harm grow, strike or
    hang over someone (``lang.acts.RISK_PERSISTENCE``: ``la menace pèse``, ``les incendies se
    multiplient``)."""
    data = lang.acts
    matched = _matched(words, tokens)
    if not matched:
        return False
    inside = {t.i for t in tokens}
    for t in matched:
        predicate = _subject_of(t, inside)
        if predicate is None or predicate.pos_ != "VERB" or any(c.dep_ == "cop" for c in predicate.children):
            return False
        if _lemma(_action(predicate, lang)) in data.RISK_PERSISTENCE:
            return False
    return True


def _veto_self(words: str, tokens: Sequence[Token], lang: LanguageData) -> bool:
    """A word of blame said by the speaker of himself (``je suis responsable de l'accueil``, ``nous
    sommes coupables de naïveté``): an admission or a description, no accusation; not the victim's
    passive (``nous avons été trahis``)."""
    first = lang.acts.FIRST_PERSON_WORDS
    matched = _matched(words, tokens)
    for t in matched:
        holder = _holder(t)
        if not any(c.dep_ == "cop" for c in holder.children):
            return False
        if not any(c.dep_.startswith("nsubj") and c.lower_.replace("’", "'") in first for c in holder.children):
            return False
    return bool(matched)


def _veto_past_state(words: str, tokens: Sequence[Token], lang: LanguageData) -> bool:
    """A risk word said of something in a compound past (``la tempête avait été une catastrophe``,
    ``l'hiver a été dangereux``), or naming an event by its year (``les victimes de la catastrophe de
    1985``): a harm recalled, no danger ahead."""
    matched = _matched(words, tokens)
    return bool(matched) and all(_recalled(_holder(t)) or _done(_holder(t)) or _named_by_year(t) for t in matched)


def _veto_compound(words: str, tokens: Sequence[Token], lang: LanguageData) -> bool:
    """Every risk word the rule matched is a bare complement that names the kind of another noun (``le
    système d'alerte``, ``la cellule de crise``, ``le plan de catastrophe``): a device or a body is
    described, nothing is said to be dangerous. A complement with a determiner (``les victimes de la
    catastrophe``) or of a noun the rule matched too stays a risk."""
    matched = _matched(words, tokens)
    found = {t.i for t in matched}
    for t in matched:
        if t.pos_ != "NOUN" or t.dep_ != "nmod" or t.head.pos_ != "NOUN" or t.head.i in found:
            return False
        if any(c.dep_ == "det" for c in t.children):
            return False
        if not any(c.dep_ == "case" and c.lower_.replace("’", "'") in lang.acts.KIND_PREPOSITIONS for c in t.children):
            return False
    return bool(matched)


def _named_by_year(word: Token) -> bool:
    """Whether ``word`` is named by a year (``la crise de 1929``, ``la catastrophe de 1985``)."""
    return any(c.dep_ in ("nmod", "nummod") and c.text.isdigit() and len(c.text) == 4 for c in word.children)


_COP = get_string_id("cop")


def _copular(predicate: Token) -> bool:
    deps = column(predicate.doc, DEP)  # its dependents read from the Doc's arrays: no Token per child
    return any(deps[j] == _COP for j in children(predicate.doc, predicate.i))


def _past_copula(predicate: Token) -> bool:
    """Whether the copula of ``predicate``, or ``predicate`` itself when it has none (a verb of state,
    for the callers that read one: ``restait``, ``est resté``), is in a past tense (``était``, ``fut``)."""
    copulas = [c for c in predicate.children if c.dep_ == "cop"] or [predicate]
    return any(_morph(c, "Tense") in ("Imp", "Past") or any(a.dep_ == "aux:tense" for a in c.children) for c in copulas)


def _recalled(predicate: Token) -> bool:
    """Whether a copular ``predicate`` is in a compound past (``avait été``, ``a été``)."""
    return _copular(predicate) and any(c.dep_ == "aux:tense" for c in predicate.children)


def _done(predicate: Token) -> bool:
    """Whether a verb ``predicate`` tells what was done, in a compound past (``a pris conscience``, ``ont
    été touchées``, ``avoir mis en danger``) or a simple past: a fact recalled, not what may come; not a
    future perfect nor a past conditional (``aura coûté``, ``aurait coûté``)."""
    if predicate.pos_ != "VERB" or _copular(predicate):
        return False
    if _morph(predicate, "VerbForm") == "Fin":
        return _morph(predicate, "Tense") == "Past" and _morph(predicate, "Mood") == "Ind"
    aux = [c for c in predicate.children if c.dep_ == "aux:tense"]
    return bool(aux) and all(
        _morph(a, "VerbForm") == "Inf" or (_morph(a, "Mood") == "Ind" and _morph(a, "Tense") in ("Pres", "Imp"))
        for a in aux
    )


def _veto_forecast(words: str, tokens: Sequence[Token], lang: LanguageData) -> bool:
    """A verb of continuing whose subject is a thing that cannot act nor be acted through, going on
    with a process that has no object (``la pluie continuera à tomber``, ``la population continuera de
    vieillir``, ``les prix continueront de grimper``): a forecast, no commitment; not a service that
    goes on serving (``la ligne continuera à desservir le quartier``, ``continuera de fonctionner``)."""
    data = lang.acts
    matched = [t for t in _matched(words, tokens) if t.pos_ in ("VERB", "AUX")]
    if not matched:
        return False
    for t in matched:
        subjects = [c for c in t.children if c.dep_.startswith("nsubj")]
        if not subjects or any(
            s.pos_ != "NOUN" or _actor(s, lang) or _lemma(s) in data.INSTRUMENT_NOUNS for s in subjects
        ):
            return False
        process = [c for c in t.children if c.dep_ == "xcomp" and _morph(c, "VerbForm") == "Inf"]
        if any(_lemma(p) in data.SERVICE_VERBS or any(c.dep_ == "obj" for c in p.children) for p in process):
            return False
    return True


def _dated(token: Token, lang: LanguageData) -> bool:
    """Whether ``token``'s phrase names a day, a month, a season or a date."""
    dates = lang.dates
    return any(
        t.lower_ in dates.MONTHS or t.lower_ in dates.WEEKDAYS or t.lower_ in dates.SEASONS for t in token.subtree
    )


def _veto_schedule(words: str, tokens: Sequence[Token], lang: LanguageData) -> bool:
    for t in _matched(words, tokens):
        if _lemma(t) != lang.acts.DUTY_MODAL:
            continue
        infinitive = next((c for c in t.children if c.dep_ == "xcomp"), None)
        subjects = [c for c in t.children if c.dep_.startswith("nsubj")]
        if infinitive is not None:
            subjects += [c for c in infinitive.children if c.dep_.startswith("nsubj")]
        if (
            infinitive is not None
            and subjects
            and not any(s.pos_ == "PRON" or _actor(s, lang) for s in subjects)
            and _dated(infinitive, lang)
        ):
            return True
    return False


def _veto_generic(words: str, tokens: Sequence[Token], lang: LanguageData) -> bool:
    """``devoir`` said of anyone at all states a general truth, no demand: its subject an indefinite
    person noun (``un homme doit savoir s'arrêter``), or the generic pronoun in a relative clause of a
    time noun (``il arrive un moment où l'on doit céder``)."""
    data = lang.acts
    for t in _matched(words, tokens):
        if _lemma(t) != lang.acts.DUTY_MODAL:
            continue
        for s in (c for c in t.children if c.dep_.startswith("nsubj")):
            if _lemma(s) in data.GENERIC_PERSON_NOUNS and any(
                c.dep_ == "det" and c.lower_ in data.INDEFINITE_ARTICLES for c in s.children
            ):
                return True
            if s.lower_ in data.GENERIC_PRONOUNS and t.dep_ == "acl:relcl" and _lemma(t.head) in data.TIME_NOUNS:
                return True
    return False


def _veto_not_the_speaker(words: str, tokens: Sequence[Token], lang: LanguageData) -> bool:
    first = lang.acts.FIRST_PERSON_WORDS
    for t in _matched(words, tokens):
        if t.pos_ != "VERB":
            continue
        nominals = [c for c in t.children if c.dep_.startswith("nsubj")]
        if len(nominals) > 1:
            # the parser may take the object clitic before the verb for a second subject (``les touristes
            # nous demandent``)
            nominals = [c for c in nominals if not (c.pos_ == "PRON" and c.i == t.i - 1)]
        subjects = [c.lower_.replace("’", "'") for c in nominals]
        if subjects and not set(subjects) & first:
            return True
        # a request of a thing reported in the past (``nous avons demandé une étude``), not of an action
        past = any(c.dep_ == "aux:tense" for c in t.children)
        action = any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "obl:arg" and c.pos_ == "VERB") for c in t.children)
        if past and not action:
            return True
    return False


def _veto_not_a_denial(words: str, tokens: Sequence[Token], lang: LanguageData) -> bool:
    """Every negated word of the content is a state of progress, an exclamation or an inability."""
    data = lang.acts
    negated = [t for t in tokens if t.pos_ in ("VERB", "AUX", "ADJ", "NOUN") and _negated(t, lang)]
    if not negated:
        return False

    def plain(t: Token) -> bool:
        if any(c.dep_ == "advmod" and c.lower_ in data.NOT_YET for c in t.children):
            return True
        if any(c.lower_ == data.NEVER for c in t.children) and any(w.lower_ in data.DEGREE_WORDS for w in t.subtree):
            return True
        person = _person(t, _finite(t), lang)
        return _lemma(t) in data.INABILITY_VERBS and person == "1" and any(c.dep_ == "aux:tense" for c in t.children)

    return all(plain(t) for t in negated)


def _veto_toll(words: str, tokens: Sequence[Token], lang: LanguageData) -> bool:
    """What the rule says did not happen is the toll of an incident (``il n'y a pas eu de blessé``,
    ``pas eu de victimes``): a report of its outcome, which contradicts no claim, not a denial."""
    matched = _matched(words, tokens)
    if not matched:
        return False
    last = max(t.i for t in matched)
    following = [t for t in tokens if last < t.i <= last + 3 and t.pos_ in ("NOUN", "ADJ", "VERB")]
    return bool(following) and _lemma(following[0]) in lang.acts.TOLL_NOUNS


#: Each veto's test, by its kind (``lang.acts.VETOABLE`` names the rules each may veto).
_VETOES: Mapping[str, Callable[[str, Sequence[Token], LanguageData], bool]] = MappingProxyType(
    {
        "negated": _veto_negated,
        "topic": _veto_topic,
        "schedule": _veto_schedule,
        "generic": _veto_generic,
        "not_the_speaker": _veto_not_the_speaker,
        "not_a_denial": _veto_not_a_denial,
        "subject": _veto_subject,
        "self": _veto_self,
        "past_state": _veto_past_state,
        "forecast": _veto_forecast,
        "compound": _veto_compound,
        "toll": _veto_toll,
    }
)


def _noun_vote(tokens: Sequence[Token], lang: LanguageData, votes: dict[str, float], evidence: list[str]) -> None:
    """The act named by the noun that governs the content from outside it: ``a réitéré son
    engagement de baisser les impôts`` (an assurance), ``a confirmé son refus de signer`` (a
    denial: a request in play rejected), ``a brandi la menace de démissionner`` (a warning). The
    nouns are ``lang.acts.ACT_NOUNS``; the content hangs on the noun by ``de`` or ``à``. One vote
    of ``OVERRULE``: the journalist names the act, as a verb that names one would."""
    roots = [t for t in _roots(tokens) if not (t.is_punct or t.is_space)]
    if not roots:
        return
    root = roots[0]
    head = root.head
    inside = {t.i for t in tokens}
    if head.i in inside or head.pos_ != "NOUN":
        return
    if not any(
        c.dep_ in ("mark", "case") and c.lower_.replace("’", "'") in lang.acts.NOUN_LINKS for c in root.children
    ):
        return
    act = lang.acts.ACT_NOUNS.get(_lemma(head))
    if act in NOUN_RULES:
        votes[act] = votes.get(act, 0.0) + lang.acts.OVERRULE
        evidence.append(f"{NOUN_RULES[act]}:{head.text[:40]}")


def _advice(predicate: Token, lang: LanguageData) -> bool:
    """Whether ``predicate`` is a conditional ``devoir`` with an infinitive that says what its
    subject should do (``les pouvoirs publics devraient rouvrir le service``, ``vous devriez
    écouter``): its subject a person, an organisation, a role or a first or second person; its
    infinitive not one of a forecast or a timetable (``devrait atteindre``, ``devrait se tenir``)."""
    data = lang.acts
    if _lemma(predicate) not in data.DEONTIC_VERBS or predicate.pos_ not in ("VERB", "AUX"):
        return False
    word = predicate.lower_
    if not (_morph(predicate, "Mood") == "Cnd" or word.endswith(lang.hedges.CONDITIONAL_ENDINGS)):
        return False
    if _infinitive(predicate, lang) is None:
        return False
    return any(_actor(c, lang) for c in predicate.children if c.dep_.startswith("nsubj"))


def _surprising_conduct(predicate: Token, lang: LanguageData) -> bool:
    """Whether ``predicate`` is an impersonal judgement of surprise or regret (``lang.acts.SURPRISE_WORDS``:
    ``il est étonnant``, ``c'est curieux``, ``quel dommage``) passed on a clause (``que …``, ``de …``)
    whose subject is a body in charge or an office-holder (``que le préfet n'ait rien dit``)."""
    data = lang.acts
    if _lemma(predicate) not in data.SURPRISE_WORDS and predicate.lower_ not in data.SURPRISE_WORDS:
        return False
    impersonal = any(
        c.dep_.startswith(("nsubj", "expl")) and c.lower_.replace("’", "'") in data.IMPERSONAL_SUBJECTS
        for c in predicate.children
    )
    exclaimed = any(c.dep_ == "det" and c.lower_ in data.EXCLAMATIVE_DETERMINERS for c in predicate.children)
    if not (impersonal or exclaimed):
        return False
    for clause in predicate.children:
        if clause.dep_ not in data.JUDGED_CLAUSE_DEPS or clause.pos_ not in ("VERB", "AUX"):
            continue
        # the clause's own active subject, a body or office-holder (not praise of a player, not "on")
        if any(c.dep_ == "nsubj" and _body(c, lang) for c in clause.children):
            return True
    return False


def _addressed(tok: Token, lang: LanguageData) -> bool:
    """Whether a complement is introduced by ``à`` (``à tous les habitants``): whom a wish is made to."""
    return any(c.dep_ == "case" and c.lower_ == lang.syntax.A_WORD for c in tok.children)


def _hoped_conduct(predicate: Token, lang: LanguageData) -> bool:
    """Whether ``predicate`` is a present hope of the speaker (``lang.acts.HOPE_FORMS``) whose clause
    says, in the future, the conditional or the subjunctive, what a body in charge (``le conseil
    régional``, ``le ministre``) or the hearer will do."""
    data = lang.acts
    if predicate.lower_ not in data.HOPE_FORMS:
        return False
    for clause in predicate.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        time, _ = _time(clause, lang)
        finite = _finite(clause)
        # the tagger reads a future at times as a participle (``financera``): its ending tells
        future = len(clause.lower_) > 4 and clause.lower_.endswith(data.FUTURE_ENDINGS)
        if not (time or future or (finite is not None and _morph(finite, "Mood") == "Sub")):
            continue
        mood = _morph(finite, "Mood") if finite is not None else ""
        if any(
            c.dep_ == "nsubj" and (_body(c, lang) or (c.lower_ in data.HEARER_SUBJECTS and mood in ("Sub", "Cnd")))
            for c in clause.children
        ):
            return True  # (not "que vous passerez une bonne soirée": a courtesy)
    return False


def _welcome(predicate: Token, lang: LanguageData) -> bool:
    """Whether ``predicate`` is ``bienvenu`` (``lang.acts.WELCOME_WORDS``) after a copula in the
    conditional, in a sentence that opens on an amount of something (``lang.acts.AMOUNT_OPENERS``) a body
    would give (``un geste de la commune serait le bienvenu``)."""
    data = lang.acts
    if predicate.lower_ not in data.WELCOME_WORDS and _lemma(predicate) not in data.WELCOME_WORDS:
        return False
    if not any(
        c.dep_ in ("cop", "aux", "aux:pass") and c.lower_.endswith(lang.hedges.CONDITIONAL_ENDINGS)
        for c in predicate.children
    ):
        return False
    opening = next((t for t in predicate.subtree if not (t.is_punct or t.is_space)), predicate)
    if opening.lower_.replace("’", "'") not in data.AMOUNT_OPENERS:
        return False
    # something a body would give ("un geste de la commune"), not weather or a result ("un peu de soleil")
    return any(
        c.dep_.startswith("nsubj") and any(g.dep_ == "nmod" and _body(g, lang) for g in c.children)
        for c in predicate.children
    )


def _wished_object(predicate: Token, lang: LanguageData) -> bool:
    """Whether ``predicate`` is a verb of wanting (``lang.acts.WISH_VERBS``) in the present or the
    conditional (``lang.acts.WISH_FORMS``), said by the speaker (``lang.acts.WISH_SUBJECTS``),
    whose object is a noun phrase opened by a plural or partitive indefinite (``nous voulons des
    médecins``, ``on veut du concret``); not a wish to do (``on veut gagner``), nor one recalled
    (``je voulais des enfants``), nor one for a thing of one's own (``un beau spectacle``)."""
    data = lang.acts
    if _lemma(predicate) not in data.WISH_VERBS or predicate.pos_ != "VERB":
        return False
    if _finite(predicate) is not predicate or predicate.lower_ not in data.WISH_FORMS:
        return False
    if not any(
        c.dep_.startswith("nsubj") and c.lower_.replace("’", "'") in data.WISH_SUBJECTS for c in predicate.children
    ):
        return False
    if any(c.dep_ == "iobj" or (c.dep_.startswith("obl") and _addressed(c, lang)) for c in predicate.children):
        return False  # "Je vous souhaite du courage", "des bonnes fêtes à tous les habitants": a greeting
    for child in predicate.children:
        if child.dep_ not in ("obj", "obl:arg") or child.pos_ != "NOUN" or child.i < predicate.i:
            continue
        opening = child.doc[child.left_edge.i]
        if opening.lower_.replace("’", "'") in data.PARTITIVE_WORDS:
            return True
    return False


def _infinitive(predicate: Token, lang: LanguageData) -> Token | None:
    """The infinitive a modal ``predicate`` governs, unless it forecasts or schedules."""
    for child in predicate.children:
        if child.dep_ == "xcomp" and _morph(child, "VerbForm") == "Inf":
            return None if _lemma(child) in lang.acts.PREDICTION_VERBS else child
    return None


def _prohibition(predicate: Token, lang: LanguageData) -> bool:
    """Whether the negated ``predicate`` forbids: ``devoir`` or ``falloir`` (outside the conditional
    and the future, which forecast: ``ne devrait pas dépasser``, unless said to someone who can act)
    or ``pouvoir`` said to the hearer (``vous ne pouvez pas rester sourds``), with an infinitive."""
    data = lang.acts
    lemma = _lemma(predicate)
    if predicate.pos_ not in ("VERB", "AUX") or _infinitive(predicate, lang) is None:
        return False
    subjects = [c for c in predicate.children if c.dep_.startswith("nsubj")]
    if lemma in data.DEONTIC_VERBS:
        finite = _finite(predicate)
        tense = _tense(finite, lang) if finite is not None else ""
        return tense not in ("Cnd", "Fut") or any(_actor(s, lang) for s in subjects)
    return lemma in data.MODAL_VERBS and any(s.lower_ in data.HEARER_SUBJECTS for s in subjects)


def _deliberative(predicate: Token, lang: LanguageData) -> str:
    """The rule of a question whose main predicate is an infinitive after an interrogative adverb
    (``lang.acts.DELIBERATIVE_ADVERBS``): ``Comment refuser … ?`` urges (a demand), ``Pourquoi avoir
    refusé … ?`` blames (an accusation); else ``""``. ``Pourquoi ne pas …`` is a content rule."""
    adverbs = [c for c in predicate.children if c.dep_ == "advmod" and c.lower_ in lang.acts.DELIBERATIVE_ADVERBS]
    if not adverbs or adverbs[0].i > predicate.i or _negated(predicate, lang):
        return ""
    if _morph(predicate, "VerbForm") == "Inf":
        return "act.demand.deliberative"
    auxiliaries = [c for c in predicate.children if c.dep_ == "aux:tense" and _morph(c, "VerbForm") == "Inf"]
    return "act.accusation.deliberative_past" if auxiliaries else ""


def _actor(subject: Token, lang: LanguageData) -> bool:
    """Whether ``subject`` names someone who can act: a person or an organisation, a role, an
    organisation or a group noun, a culprit noun (``ce chauffard``), or a first or second person."""
    word = subject.lower_.replace("’", "'")
    if (
        word in lang.acts.FIRST_PERSON_WORDS
        or word in lang.acts.SECOND_PERSON_WORDS
        or word == lang.syntax.IMPERSONAL_ON
    ):
        return True
    if subject.ent_type_ in ("PER", "ORG"):
        return True
    roles = lang.roles
    lemma = _lemma(subject)
    return subject.pos_ in ("NOUN", "PROPN") and any(
        lemma in group or word in group
        for group in (
            roles.ROLE_NOUNS,
            roles.ORGANIZATION_NOUNS,
            roles.GROUP_NOUNS,
            roles.METONYMS,
            lang.acts.ACTOR_NOUNS,
            lang.acts.CULPRIT_NOUNS,
        )
    )


def _named_act(verb: Token, lang: LanguageData) -> str:
    """The act a verb names when it is one of the act verbs the pipeline reports speech with
    (``demander``, ``dénoncer``; ``cues.VERBS``), not a weak one: ``demand``, ``warning`` or
    ``accusation``, else ``""``."""
    lemma = _lemma(verb)
    if verb.pos_ != "VERB" or lemma in lang.cues.WEAK:
        return ""
    act = lang.cues.VERBS.get(lemma, "")
    return act if act in ("demand", "warning", "accusation") else ""


def _threat(verb: Token, lang: LanguageData) -> bool:
    """Whether ``verb`` is an action the speaker holds over someone (``mettre son veto``,
    ``porter plainte``, ``démissionner``; ``lang.acts.THREATS``)."""
    lemma = _lemma(verb)
    objects = {_lemma(c) for c in verb.children if c.dep_ in ("obj", "obl:arg", "obl:mod")}
    return any(lemma == v and (not o or o in objects) for v, o in lang.acts.THREATS)


def _negated_predicate(predicate: Token, lang: LanguageData) -> bool:
    """Whether the predicate is negated: a ``ne … pas`` on it, or a negative subject (``aucune classe``);
    not a restriction (``ne pouvait être assurée que par …``: a ``ne`` alone, a ``que`` after the verb)."""
    if _negated(predicate, lang):
        return not _restriction(predicate, lang)
    subjects = [c for c in predicate.children if c.dep_.startswith("nsubj")]
    negative = lang.acts.NEGATIVE_WORDS
    return any(s.lower_ in negative and s.pos_ == "PRON" for s in subjects) or any(
        d.dep_ == "det" and d.lower_ in negative for s in subjects for d in s.children
    )


def _restriction(predicate: Token, lang: LanguageData) -> bool:
    """Whether the only negation on ``predicate`` is a bare ``ne`` with a ``que`` after the predicate in
    its sentence: ``ne … que`` restricts (``only``), it does not negate."""
    words = [c for c in predicate.children if _morph(c, "Polarity") == "Neg" or c.lower_ in lang.acts.NEGATIVE_WORDS]
    if any(c.lower_ not in lang.acts.BARE_NEGATIONS for c in words):
        return False
    return any(t.lower_ in lang.syntax.QUE for t in predicate.sent if t.i > predicate.i)


def _conditioned(predicate: Token, lang: LanguageData) -> bool:
    """Whether the predicate holds under a condition: a ``si`` clause (``s'il était adopté, …``) or a
    missing condition before it (``sans accord, …``); not a proviso (``si le temps le permet``)."""
    data = lang.acts
    for child in predicate.children:
        marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
        cases = {m.lower_ for m in child.children if m.dep_ == "case"}
        if child.dep_ == "advcl" and marks & data.CONDITION_MARKS and _lemma(child) not in data.PROVISO_VERBS:
            return True
        if child.dep_.startswith("obl") and child.i < predicate.i and cases & data.CONDITION_PREPOSITIONS:
            return True
    return False


def _decide(prior: _Prior, votes: dict[str, float], lang: LanguageData) -> tuple[str, str]:
    """The act and the decision path (a key of ``lang.acts.CONFIDENCE``)."""
    data = lang.acts
    others = {a: w for a, w in votes.items() if a != prior.act}
    best, weight = max(others.items(), key=lambda kv: kv[1]) if others else (prior.act, 0.0)
    own = votes.get(prior.act, 0.0)
    if prior.strong:
        if weight >= data.STRONG_OVERRULE and weight > data.PRIOR_WEIGHT + own:
            return best, "content.strong"
        if weight > 0:
            return prior.act, "verb.contested"
        return prior.act, "verb.agreed" if own > 0 else "verb"
    if prior.act == "statement":
        if weight >= data.OVERRULE:
            return best, "content.strong" if weight >= 2 * data.OVERRULE else "content"
        if prior.exchange:
            # no reporting verb and claims in play (ANNOTATION.md §3: a negation that contradicts
            # one is a denial): the content's lighter evidence decides; with none, a statement, far
            # less often right in a debate than after a neutral verb in news
            return (best, "exchange") if weight > 0 else ("statement", "exchange.neutral")
        return "statement", "neutral.contested" if weight > 0 else "neutral"
    # a weak verb with an act prior (``menacer``, ``refuser``): the content decides as for a neutral verb
    if weight >= data.OVERRULE and weight > own:
        return best, "content.strong" if weight >= 2 * data.OVERRULE else "content"
    return prior.act, "verb.weak"


@attrs.define(eq=False)
class Case:
    """What the act stage knows of one speech item when it decides the item's act: the item,
    the prior of its reporting verb, its tokens, the text the content rules read (the frame
    of a partial quotation and the content) and those rules' votes."""

    item: Item
    prior: _Prior
    piece: Piece | None
    tokens: list[Token]
    index: TokenIndex
    lang: LanguageData
    content: str
    votes: dict[str, float]
    rule_evidence: list[str]

    @classmethod
    def of(
        cls, item: Item, prior: _Prior, found: tuple[Piece, list[Token]] | None, index: TokenIndex, lang: LanguageData
    ) -> Case:
        """The case of ``item``, with the content rules' votes."""
        piece, tokens = found if found else (None, [])
        frame = _frame(item, prior, index, piece)
        # one space between words, one apostrophe: the rules are written for that
        content = _SPACES.sub(" ", frame + " " + index.view.original[item.start : item.end]).replace("’", "'").strip()
        votes, evidence = _vote(content, lang)
        _veto(tokens, lang, votes, evidence)
        _mood_vote(tokens, lang, votes, evidence)
        _predicate_vote(tokens, lang, votes, evidence, prior.exchange)
        _noun_vote(tokens, lang, votes, evidence)
        return cls(item, prior, piece, tokens, index, lang, content, votes, evidence)

    @property
    def rules_act(self) -> str:
        """The act today's rules give: the verb's prior weighed against the content rules."""
        return _decide(self.prior, self.votes, self.lang)[0]


class ActDecider(Protocol):
    """Decides the act of one speech item (``extract(acts=…)``)."""

    name: str

    def judge(self, case: Case) -> Judgement: ...


def path_confidence(path: str, lang: LanguageData, turn: bool = False) -> float:
    """The rules' ``act_confidence`` of a decision path: its accuracy on the tuning items, as
    ``quoteminer train act_confidence`` measured it (``models/act_confidence.json``), in an article or,
    with ``turn``, in a debate turn read on its own (``judge_span``); a path the calibration has not
    seen, or a package without it, falls back on ``lang.acts.CONFIDENCE``."""
    model = _confidence_model()
    key = f"path.turn.{path}" if turn else f"path.{path}"
    if model is not None and key in model.weights[0]:
        return round(model.probability({key: 1.0}), 4)
    return float(lang.acts.CONFIDENCE[path])


@functools.cache
def _confidence_model() -> LinearModel | None:
    try:
        return load_model("act_confidence")
    except FileNotFoundError:
        return None


class Rules:
    """Today's decision, kept as the baseline: the verb's prior against the weighted content
    rules of ``lang.acts.CONTENT_RULES``; ``act_confidence`` is the measured accuracy of the
    decision path on the tuning items (``path_confidence``)."""

    name = "rules"

    def judge(self, case: Case) -> Judgement:
        act, path = _decide(case.prior, case.votes, case.lang)
        return (
            SpeechAct(act),
            path_confidence(path, case.lang, case.prior.exchange),
            [*case.prior.evidence, *case.rule_evidence, f"act.path.{path}"],
        )


class Classifier:
    """The trained act classifier (``quoteminer/models/act.json``): a multinomial logistic
    model over :func:`features`; the act is the most probable class and ``act_confidence`` its
    probability (calibrated on held-out tuning documents when the model was trained). The
    evidence names the prior, the content rules that matched, the features that weighed most
    for the act, and the path: ``classifier.agrees`` or ``classifier.overrules`` the rules."""

    name = "classifier"
    #: How many of the heaviest features are named in the evidence.
    SHOWN = 3

    def __init__(self, model: LinearModel) -> None:
        if set(model.classes) != {a.value for a in SpeechAct}:
            raise ValueError(f"model {model.name!r} does not classify acts: its classes are {model.classes}")
        self.model = model

    def judge(self, case: Case) -> Judgement:
        return self.decide(case, features(case))

    def decide(self, case: Case, found: Features) -> Judgement:
        """The judgement of ``case`` from its features ``found``."""
        distribution = self.model.distribution(found)
        rules_act = case.rules_act
        act = max(self.model.classes, key=lambda c: (distribution[c], c == rules_act))  # a tie goes to the rules
        klass = self.model.classes.index(act)
        shown = [name for name, weight in self.model.contributions(found, klass) if weight > 0][: self.SHOWN]
        path = "classifier.agrees" if act == rules_act else "classifier.overrules"
        evidence = [*case.prior.evidence, *case.rule_evidence, *(f"act.feature.{n}" for n in shown), f"act.path.{path}"]
        return SpeechAct(act), round(distribution[act], 6), evidence


class Recorder:
    """An act decider that lets another decide and keeps, for each item, its span, its
    features and the rules' act (what ``quoteminer train`` learns from)."""

    def __init__(self, inner: ActDecider) -> None:
        self.inner = inner
        self.name = inner.name
        self.seen: list[tuple[tuple[int, int], dict[str, float], str]] = []

    def judge(self, case: Case) -> Judgement:
        self.seen.append(((case.item.start, case.item.end), features(case), case.rules_act))
        return self.inner.judge(case)


# --- the classifier's features ---------------------------------------------------------------

#: The most an act's summed content votes count as in the classifier's ``vote.<act>`` feature.
VOTE_CAP = 3.0


def _morph(token: Token, key: str) -> str:
    values = morph(token, key)
    return values[0] if values else ""


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.lower_).lower().replace("’", "'")


def _predicate(tokens: Sequence[Token]) -> Token | None:
    """The content's main predicate: its first root that is a verb, else its first root."""
    roots = [t for t in _roots(tokens) if not t.is_punct]
    for t in roots:
        if t.pos_ in ("VERB", "AUX"):
            return t
    return roots[0] if roots else None


def _finite(head: Token) -> Token | None:
    """The finite word of ``head``'s verb group: itself, or its auxiliary or copula."""
    if _morph(head, "VerbForm") == "Fin":
        return head
    for child in head.children:
        if child.dep_ in ("aux", "aux:tense", "aux:pass", "cop") and _morph(child, "VerbForm") == "Fin":
            return child
    return None


def _tense(finite: Token, lang: LanguageData) -> str:
    """Imp (imperative), Cnd, Sub, Fut, Past (imperfect, simple past), or Pres."""
    mood = _morph(finite, "Mood")
    if mood in ("Imp", "Cnd", "Sub"):
        return mood
    word = finite.lower_
    if _morph(finite, "Tense") == "Fut" or (len(word) > 4 and word.endswith(lang.acts.FUTURE_ENDINGS)):
        return "Fut"
    if _morph(finite, "Tense") in ("Imp", "Past"):
        return "Past"
    return "Pres"


def _person(head: Token, finite: Token | None, lang: LanguageData) -> str:
    """The grammatical person of the predicate: its subject's, else the finite verb's."""
    data = lang.acts
    for child in head.children:
        if child.dep_.startswith(("nsubj", "expl")):
            word = child.lower_.replace("’", "'")
            if word in data.FIRST_PERSON_WORDS:
                return "1"
            if word in data.SECOND_PERSON_WORDS:
                return "2"
            return "3"
    person = _morph(finite, "Person") if finite is not None else ""
    return person or "0"


def _negated(token: Token, lang: LanguageData) -> bool:
    return any(
        (_morph(c, "Polarity") == "Neg" or c.lower_ in lang.acts.NEGATIVE_WORDS) and c.dep_ in ("advmod", "obj", "det")
        for c in token.children
    )


def _context(case: Case) -> list[Token]:
    """The words of the sentences around the item that are not the item nor its cue."""
    item = case.item
    sentences: dict[int, Span] = {}
    if case.tokens:
        sentences[case.tokens[0].sent.start] = case.tokens[0].sent
    cue = item.cue
    if cue is not None and (case.piece is None or cue.piece is case.piece):
        sentences[cue.sent.start] = cue.sent
    piece = case.piece if case.piece is not None else (cue.piece if cue is not None else None)
    if piece is None:
        return []
    skip = {cue.token.i} if cue is not None else set()
    out = []
    for sent in sentences.values():
        for t in sent:
            if t.i not in skip and not t.is_punct and not (item.start <= case.index.start(piece, t) < item.end):
                out.append(t)
    return out


def features(case: Case) -> dict[str, float]:
    """The act classifier's features of one item: ``{name: value}``, names ``family.value``.

    Families (docs/design.md, "Act features"): ``prior`` (the reporting verb's act, whether it
    names one, a reflexive use that changes it), ``cue`` and ``kind``; ``rule`` (each content
    rule of ``lang.acts.CONTENT_RULES`` that matched), ``veto`` (a veto of the parse on one of them),
    ``rules`` (today's decision) and ``vote`` (each act's summed content votes, capped, for an item
    with a reporting verb);
    ``verb`` (person, tense and mood of the content's main predicate, passive, infinitive);
    ``imperative``, ``subjunctive``, ``slogan``, ``exclamation``; ``deontic`` (devoir, falloir
    and their tense); ``neg`` (a negation and what it negates: the main verb, a future, a
    first-person past, a refusal, a cognitive verb, a negated subject, a negated copula or
    existential, a stressed negation); ``question`` (and whether it is inverted, a modal, its
    person); ``opening`` (the discourse word that opens the content) and ``contrast``;
    ``lex`` (the evaluative word classes of ``lang.acts.LEXICON``); ``address`` (the first and
    second persons); ``context`` (an act named by a verb or a noun in the sentence around the
    item); ``main`` (what the content's main predicates do: a negated assertion in the present, a
    future said with risk, blame, reassurance or commitment, an impersonal judgement) and ``bare``
    (a few of those signals again when no reporting verb reaches the item: a debate's turn);
    ``signal`` (each act's kinds of content evidence, pooled).
    """
    data = case.lang.acts
    item, prior, tokens = case.item, case.prior, case.tokens
    out: dict[str, float] = {}

    # the reporting verb, the cue and the kind
    prior_act, rules_act = prior.act, case.rules_act
    cue = item.cue
    if cue is not None and prior.token is not None:
        lemma = forms(case.lang).get(prior.token.lower_.replace("’", "'"), cue.lemma)
        changed = data.REFLEXIVE_PRIORS.get(lemma)
        if changed is not None and _reflexive(prior.token, case.lang):
            # ``se demander si``: the verb's act changes, and so does what the rules would say
            prior_act = changed
            rules_act = _decide(_Prior(changed, prior.token, [], False), case.votes, case.lang)[0]
            out["prior.reflexive"] = 1.0
    out[f"prior.{prior_act}"] = 1.0
    if prior.strong and prior_act == prior.act:
        out["prior.strong"] = 1.0
    if cue is None:
        out["cue.none"] = 1.0
    else:
        family = cue.rule.split(".")[1] if "." in cue.rule else cue.rule
        out[f"cue.{family if family in ('verb', 'expr', 'colon_label', 'colon_clause') else 'source'}"] = 1.0
    out[f"kind.{item.kind.value}"] = 1.0

    # today's content rules, each as a feature, and today's decision
    for evidence in case.rule_evidence:
        name = evidence.split(":", 1)[0].removeprefix("act.")
        out[name if name.startswith("veto.") else "rule." + name] = 1.0
    out[f"rules.{rules_act}"] = 1.0
    if cue is not None:
        # how much each act's content rules weigh together against the reporting verb (``rules``
        # says only which act won); not for a statement read on its own, whose votes weigh
        # differently (measured: docs/accuracy.md, "Speech acts")
        for act, weight in case.votes.items():
            out[f"vote.{act}"] = min(weight, VOTE_CAP)

    words = [t for t in tokens if not t.is_space]
    text = case.content.lower()

    # the main predicate: person, tense and mood
    head = _predicate(words) if words else None
    if head is not None:
        finite = _finite(head)
        person = _person(head, finite, case.lang)
        if finite is None:
            form = "inf" if _morph(head, "VerbForm") == "Inf" else "none"
            out[f"verb.{form}"] = 1.0
        else:
            tense = _tense(finite, case.lang)
            out[f"verb.tense.{tense}"] = 1.0
            out[f"verb.person.{person}"] = 1.0
            out[f"verb.person_tense.{person}.{tense}"] = 1.0
            if any(c.dep_ == "aux:pass" for c in head.children):
                out["verb.passive"] = 1.0
                if tense == "Fut":
                    out["verb.future_passive"] = 1.0
            if tense == "Imp":
                out["imperative"] = 1.0
            if tense == "Sub" and any(c.lower_ in case.lang.syntax.QUE for c in head.children):
                out["subjunctive.jussive"] = 1.0
        if not any(t.pos_ in ("VERB", "AUX") for t in words):
            out["verb.verbless"] = 1.0

    # imperatives that open a sentence of the content (the parser does not always mark them)
    for t in words:
        if (
            (t.is_sent_start or t.i == words[0].i)
            and t.pos_ in ("VERB", "AUX")
            and _morph(t, "VerbForm") == "Fin"
            and t.lower_.endswith(data.IMPERATIVE_ENDINGS)
            and not any(c.dep_.startswith(("nsubj", "expl")) for c in t.children)
            and "?" not in text
        ):
            out["imperative"] = 1.0
    opening = " ".join(t.lower_ for t in words[:3]).replace("’", "'")
    if any(opening.startswith(o) for o in data.SLOGAN_OPENERS):
        out["slogan"] = 1.0
    if "!" in text:
        out["exclamation"] = 1.0

    # modality: devoir, falloir
    for t in words:
        lemma = _lemma(t)
        if lemma in data.DEONTIC_VERBS and t.pos_ in ("VERB", "AUX") and _morph(t, "VerbForm") == "Fin":
            tense = _tense(t, case.lang)
            out[f"deontic.{lemma}"] = 1.0
            out[f"deontic.{lemma}.{tense}"] = 1.0
            if _negated(t, case.lang):
                out["deontic.negated"] = 1.0
            if lemma == case.lang.acts.DUTY_MODAL:
                out[f"deontic.{lemma}.person.{_person(t, t, case.lang)}"] = 1.0

    # negation, and what it negates
    negated = [t for t in words if t.pos_ in ("VERB", "AUX", "ADJ", "NOUN") and _negated(t, case.lang)]
    if negated or any(t.lower_ in data.NEGATIVE_WORDS for t in words):
        out["neg.any"] = 1.0
    for t in negated:
        verb = t
        finite = _finite(t) or t
        tense = _tense(finite, case.lang) if _morph(finite, "VerbForm") == "Fin" else "none"
        person = _person(verb, finite, case.lang)
        out[f"neg.person.{person}"] = 1.0
        out[f"neg.tense.{tense}"] = 1.0
        if head is not None and t.i == head.i:
            out["neg.main"] = 1.0
        if tense == "Fut":
            out["neg.future"] = 1.0
        if person == "1" and tense in ("Past", "Pres") and any(c.dep_ == "aux:tense" for c in t.children):
            out["neg.first_person_perfect"] = 1.0
        lemma = _lemma(t)
        if lemma in data.REFUSAL_VERBS:
            out["neg.refusal"] = 1.0
        if lemma in data.COGNITIVE_VERBS:
            out["neg.cognitive"] = 1.0
    for t in words:
        if t.lower_ in data.NEGATIVE_SUBJECTS and (t.dep_.startswith("nsubj") or t.head.dep_.startswith("nsubj")):
            out["neg.subject"] = 1.0
    if words and words[0].lower_ == "non":
        out["neg.opening_non"] = 1.0

    # what the negation bears on: a copula or an existential (``n'est pas un droit``, ``il n'y a pas
    # un seul argument``), and words that stress it (``donc``, ``absolument``, ``toujours``)
    for t in negated:
        if any(c.dep_ == "cop" for c in t.children):
            out["neg.copula"] = 1.0
        if any(
            c.lower_ in data.EXISTENTIAL_PRONOUNS and c.dep_.startswith(("expl", "obj", "iobj")) for c in t.children
        ):
            out["neg.existential"] = 1.0
        if any(c.lower_ in data.NEGATION_STRESS for c in t.children if c.dep_ == "advmod"):
            out["neg.stressed"] = 1.0

    # the main predicates (``_main_predicates``): a negated assertion in the present (``ne sont pas
    # incompatibles``, ``cela n'interdit pas``), a future or conditional said with risk, blame or
    # reassurance (``subira cette stigmatisation``, ``elle sera plus forte``), a question about what
    # the speaker's side will do (``Allons-nous vers …?``), an impersonal judgement (``il est curieux
    # que``, ``c'est inacceptable``)
    families = {f.removeprefix("lex.") for f in out if f.startswith("lex.")}
    question = "?" in text
    for predicate in _main_predicates(words):
        finite = _finite(predicate)
        time, meaning = _time(predicate, case.lang)
        person = _person(predicate, finite, case.lang)
        denied = _negated_predicate(predicate, case.lang)
        refusal = person == "1" and _lemma(meaning) in data.REFUSAL_VERBS
        if (
            denied
            and finite is not None
            and not (time or question or refusal)
            and _tense(finite, case.lang) == "Pres"
            and _lemma(meaning) not in data.COGNITIVE_VERBS
        ):
            out["main.negated_present"] = 1.0
            out[f"main.negated_present.{person}"] = 1.0
        if time and not denied:
            for family in families & {"risk", "blame", "reassure", "commit"}:
                out[f"main.future.{family}"] = 1.0
            if question and person == "1":
                out["question.first_person_future"] = 1.0
        subjects = [c for c in predicate.children if c.dep_.startswith(("nsubj", "expl"))]
        if (
            any(c.dep_ == "cop" for c in predicate.children)
            and predicate.pos_ == "ADJ"
            and any(c.lower_.replace("’", "'") in data.IMPERSONAL_SUBJECTS for c in subjects)
        ):
            out["main.impersonal_judgement"] = 1.0
            lemma = _lemma(predicate)
            for family, members in data.LEXICON.items():
                if lemma in members or predicate.lower_ in members:
                    out[f"main.impersonal_judgement.{family}"] = 1.0
    if cue is None:
        # a statement read on its own, with no reporting verb (a transcript's): the same signals
        # weigh differently there, where every statement answers one in play
        for name in ("neg.main", "neg.copula", "main.negated_present", "verb.tense.Fut", "verb.tense.Cnd"):
            if name in out:
                out[f"bare.{name}"] = 1.0
        if question:
            out["bare.question"] = 1.0

    # questions: what asks, and whether the verb comes before its subject (``peut-on``, ``faut-il``)
    if "?" in text:
        out["question"] = 1.0
        if any(t.lower_ in data.QUESTION_WORDS for t in words[:4]):
            out["question.wh"] = 1.0
        if "neg.any" in out:
            out["question.negative"] = 1.0
        for t in words:
            if t.pos_ in ("VERB", "AUX") and t.i + 1 < len(t.doc) and t.nbor(1).text.startswith("-"):
                out["question.inverted"] = 1.0
                if _lemma(t) in data.MODAL_VERBS:
                    out["question.modal"] = 1.0
                person = _person(t, t, case.lang)
                out[f"question.person.{person}"] = 1.0

    # how the content opens: a discourse word that answers (``Mais …``, ``Si, …``, ``Or …``)
    if words and words[0].lower_ in data.DISCOURSE_OPENERS:
        out[f"opening.{words[0].lower_}"] = 1.0
    if any(t.lower_ in data.CONTRAST_WORDS for t in words[1:]):
        out["contrast"] = 1.0

    # evaluative vocabulary, the second person
    for t in [*_frame_tokens(case), *words]:
        lemma = _lemma(t)
        for family, members in data.LEXICON.items():
            if lemma in members or t.lower_ in members:
                out[f"lex.{family}"] = out.get(f"lex.{family}", 0.0) + 1.0
    for family in data.LEXICON:
        if f"lex.{family}" in out:
            out[f"lex.{family}"] = min(out[f"lex.{family}"], 2.0)
    if any(t.lower_ in data.SECOND_PERSON_WORDS for t in words):
        out["address.second_person"] = 1.0
        if "question" in out:
            out["address.question"] = 1.0
    if any(t.lower_.replace("’", "'") in data.FIRST_PERSON_WORDS for t in words):
        out["address.first_person"] = 1.0

    # the sentence around: a verb or a noun that names an act, outside the item and its cue
    around = _context(case)
    for t in around:
        if t.pos_ in ("VERB", "AUX"):
            infinitive = reporting_lemma(t, case.lang) if _reporting(t, case.lang) else None
            if infinitive is not None and infinitive not in case.lang.cues.WEAK:
                act = case.lang.cues.VERBS[infinitive]
                if act != "statement" and (prior.token is None or t.i != prior.token.i):
                    out[f"context.verb.{act}"] = 1.0
        elif t.pos_ == "NOUN":
            act = data.ACT_NOUNS.get(_lemma(t))
            if act is not None:
                out[f"context.noun.{act}"] = 1.0
    out.update(_signals(out))
    return out


def _signals(found: Features) -> dict[str, float]:
    """Each act's content signals, pooled (``signal.<act>``): the finer features above are
    each too rare in the annotated items to get a weight of their own, so the kinds of
    evidence the issue lists for an act are also counted together (docs/design.md)."""

    def has(*names: str) -> bool:
        return any(n in found for n in names)

    def prefixed(prefix: str) -> bool:
        return any(n.startswith(prefix) for n in found)

    first_future = has("verb.person_tense.1.Fut")
    signals = {
        # an imperative, a verbless slogan, a jussive subjunctive, an obligation
        "demand": has("imperative", "slogan", "subjunctive.jussive", "lex.demand")
        or prefixed("deontic.falloir")
        or has("deontic.devoir.Pres", "deontic.devoir.Cnd", "deontic.devoir.Fut"),
        # a first-person or institutional future, a negated commitment, a reassuring state
        "assurance": first_future
        or has("verb.future_passive", "neg.future", "lex.reassure")
        or has("rule.assurance.negated_risk", "rule.assurance.risk_removed")
        or (has("lex.commit") and has("verb.tense.Fut", "verb.person.1")),
        # risk vocabulary, a warning named around the statement
        "warning": has("lex.risk", "context.verb.warning", "context.noun.warning")
        or has("rule.warning.idiom", "rule.warning.harm_future", "rule.warning.harm_asked", "rule.warning.safety_lost"),
        # insults and loaded labels, a blaming question, a refusal to tolerate, an accusation around
        "accusation": has("lex.blame", "context.verb.accusation", "context.noun.accusation")
        or (has("question") and has("address.second_person", "neg.any"))
        or (has("neg.refusal") and has("neg.person.1"))
        or has("rule.accusation.idiom", "rule.accusation.rhetorical", "rule.accusation.unmet_duty")
        or has("rule.accusation.negated_praise"),
        # words of falsity, a denied first-person past, an opening "non", a denial around
        "denial": has("lex.deny", "neg.first_person_perfect", "context.verb.denial", "context.noun.denial")
        or has("neg.copula", "neg.stressed", "question.modal", "opening.mais")
        or (has("neg.opening_non", "opening.non") and not has("slogan")),
        # not knowing, not expecting; content whose act word the parse vetoed (``act.veto.<kind>``)
        "statement": has("neg.cognitive") or prefixed("veto."),
    }
    return {f"signal.{act}": 1.0 for act, on in signals.items() if on}


def _frame_tokens(case: Case) -> list[Token]:
    """The words between a partial quotation's verb and the quotation."""
    token = case.prior.token
    if case.item.kind is not QuoteKind.PARTIAL or token is None or not case.tokens:
        return []
    first = case.tokens[0]
    if token.doc is not first.doc or not (0 < first.i - token.i <= 20):
        return []
    return [t for t in token.doc[token.i + 1 : first.i] if not t.is_punct]


# --- hedging ---------------------------------------------------------------------------------


def compound_conditional(tokens: Iterable[Token], lang: LanguageData) -> Token | None:
    """The first auxiliary of a compound conditional among ``tokens`` (``aurait envoyé``, ``seraient morts``).

    The journalist's conditional of unconfirmed information; the simple conditional
    (``continuerait``, ``pourrait``, the passive ``serait présenté``) is left alone: in
    reported speech it is most often the future of the past.
    """
    for t in tokens:
        if (
            t.dep_.startswith("aux")
            and t.dep_ != "aux:pass"  # "serait présenté": a passive in the simple conditional
            and t.lower_ in lang.hedges.CONDITIONAL_AUXILIARIES
            and t.head.pos_ in ("VERB", "AUX")
            and "Part" in t.head.morph.get("VerbForm", [])
        ):
            return t
    return None


def sentence_hedge(sentence: Iterable[Token], lang: LanguageData) -> str | None:
    """Why a sentence in the journalist's own voice is hedged (a rule id), or None.

    ``La Russie aurait envoyé 2 500 mercenaires``: the journalistic conditional; ``selon
    des sources``, ``de source proche``, ``allégations``: an unnamed or second-hand source.
    """
    tokens = list(sentence)
    if compound_conditional(tokens, lang) is not None:
        return "hedge.conditional_content"
    if _hedge_pattern(lang).search(" ".join(t.text for t in tokens)):
        return "hedge.source_phrase"
    if any(t.lower_ in lang.hedges.SOURCE_WORDS for t in tokens):
        return "hedge.source_word"
    return None


def _attribution(cue: Cue, item: Item, index: TokenIndex) -> list[Token]:
    """The words that attribute ``item``: the cue's subject and adverbials, and the words up to the item."""
    token = cue.token
    anchor = token.head if token.pos_ == "ADP" and token.head.i != token.i else token
    sent = cue.sent
    piece = cue.piece

    def outside(t: Token) -> bool:
        s = index.start(piece, t)
        return not (item.start <= s < item.end)

    words: dict[int, Token] = {anchor.i: anchor}
    for child in anchor.children:
        if child.dep_.split(":")[0] in _ATTRIBUTION_DEPS:
            for t in child.subtree:
                words[t.i] = t
    if cue.rule == "cue.colon_clause":
        for t in sent:
            if t.i < token.i:
                words[t.i] = t
    # the words between the cue and the item (``pour qui, selon ses propres sources, …``)
    found = index.at(item.start)
    if found is not None and found[0] is piece:
        lo, hi = sorted((token.i, found[1].i))
        for t in piece.doc[max(lo, sent.start, hi - 12) : min(hi, sent.end)]:
            words[t.i] = t
    # a source phrase set off inside the item (``…, selon les observateurs, …``) still attributes it
    phrase = range(token.i, anchor.i + 1) if anchor is not token and anchor.i > token.i else range(0)
    for i in phrase:
        words[i] = piece.doc[i]
    return [words[i] for i in sorted(words) if sent.start <= i < sent.end and (i in phrase or outside(words[i]))]


def _unnamed_source(cue: Cue, lang: LanguageData) -> bool:
    """Whether the cue's source names nobody: ``on`` as the subject of its verb, people left
    unnamed by their determiner (``selon des proches``), an unnamed medium (``selon un journal``)."""
    data = lang.hedges
    verb = cue.token
    # ``on indiquait que``, ``a-t-on annoncé``, ``indique-t-on`` (not an expression's reader:
    # ``peut-on lire dans un communiqué``)
    near = (
        verb.doc[max(cue.sent.start, verb.i - 3) : min(cue.sent.end, verb.i + 3)]
        if cue.rule.startswith("cue.verb")
        else ()
    )
    for t in near:
        if t.lower_ in data.UNNAMED_SUBJECTS and (
            t.text.startswith("-") or (t.head == verb and t.dep_.startswith("nsubj"))
        ):
            return True
    source = cue.speaker_token
    if source is None or cue.rule not in SOURCE_RULES or source.pos_ != "NOUN" or source.i <= verb.i:
        return False
    # the source noun's own determiner and adjectives (``des proches``, ``de nombreux hauts responsables``)
    lead = " ".join(t.lower_ for t in source.doc[max(verb.i + 1, source.left_edge.i) : source.i]) + " "
    if source.lemma_.lower() in data.MEDIA_NOUNS:
        named = any(c.pos_ == "PROPN" for c in source.children)
        return not named and lead.split(" ", 1)[0] in data.MEDIA_DETERMINERS
    plural = "Plur" in source.morph.get("Number", [])
    return plural and lead.startswith(tuple(f"{d} " for d in data.UNNAMED_DETERMINERS)) and person_noun(source, lang)


def _hedge(
    item: Item, prior: _Prior, tokens: Sequence[Token], index: TokenIndex, lang: LanguageData
) -> tuple[bool, str | None]:
    """Whether the attribution is second-hand or conditional, and the rule that says so."""
    data = lang.hedges
    cue = item.cue
    verb: Token | None = None
    if cue is not None:
        verb = prior.token if prior.token is not None else cue.token
        for w in [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]:
            low = w.lower_
            if low in data.CONDITIONAL_AUXILIARIES:
                return True, "hedge.conditional_auxiliary"
            if "Cnd" in w.morph.get("Mood", []) or (
                w.pos_ in ("VERB", "AUX") and low.endswith(data.CONDITIONAL_ENDINGS)
            ):
                return True, "hedge.conditional"
        words = _attribution(cue, item, index)
        window = " ".join(t.text for t in words)
        if _hedge_pattern(lang).search(window):
            return True, "hedge.source_phrase"
        if any(t.lower_ in data.SOURCE_WORDS for t in words):
            return True, "hedge.source_word"
        if _unnamed_source(cue, lang):
            return True, "hedge.unnamed_source"
    if item.kind is QuoteKind.INDIRECT and compound_conditional(tokens, lang) is not None:
        return True, "hedge.conditional_content"
    if item.kind is QuoteKind.PARTIAL and tokens:
        # the journalist's words between the quotation and its reporting verb:
        # "auraient remarqué sur la victime un « signe religieux distinctif »"
        stop = verb.i if verb is not None and verb.doc is tokens[0].doc else -1
        inside = {t.i for t in tokens}
        chain: list[Token] = []
        for anc in _roots(tokens)[0].ancestors:
            if anc.i == stop:
                break
            if anc.i not in inside:
                chain.append(anc)
        if compound_conditional((c for a in chain for c in a.children), lang) is not None:
            return True, "hedge.conditional_content"
    return False, None


def _pieces(items: Sequence[Item]) -> list[Piece]:
    seen: dict[int, Piece] = {}
    for item in items:
        if item.cue is not None:
            seen.setdefault(item.cue.piece.base, item.cue.piece)
    return [seen[b] for b in sorted(seen)]


def judge_span(
    start: int, end: int, view: View, pieces: Sequence[Piece], lang: LanguageData, decider: ActDecider
) -> Judgement:
    """The act of the statement ``view.original[start:end]`` read on its own: a direct
    quotation with no reporting verb (a transcript's statement, whose speaker is known)."""
    index = TokenIndex(view, pieces)
    item = Item(start, end, QuoteKind.DIRECT)
    found = _span_tokens(item, index)
    prior = _prior(item, found[1] if found else [], lang)
    prior.exchange = True
    return decider.judge(Case.of(item, prior, found, index, lang))


def judge_all(
    items: Sequence[Item],
    text: str,
    lang: LanguageData,
    index: TokenIndex | None = None,
    decider: ActDecider | None = None,
) -> dict[int, Judged]:
    """Act and hedging of every speech item, keyed by ``id(item)``.

    ``index`` is the pipeline's token index; without it one is built from the items' pieces.
    ``decider`` decides each act (default: :class:`Rules`).
    """
    if index is None:
        index = TokenIndex(make_view(text), _pieces(items))
    decider = decider if decider is not None else Rules()
    out: dict[int, Judged] = {}
    for item in items:
        if item.kind.is_speech:
            found = _span_tokens(item, index)
            tokens = found[1] if found else []
            prior = _prior(item, tokens, lang)
            judgement = decider.judge(Case.of(item, prior, found, index, lang))
            out[id(item)] = (judgement, *_hedge(item, prior, tokens, index, lang))
    return out
