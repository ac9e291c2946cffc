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
  on the fixtures (``lang.acts.CONFIDENCE``), so higher means more often right;
- ``hedged`` looks at the attribution (the reporting verb's mood, its subject and
  adverbials, the words between it and the item) and, for indirect and partial
  items, at the journalist's own compound conditional (``aurait été tué``); never
  at the mood of a direct quotation's words.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import attrs
import regex
from spacy.tokens import Token

from quoteminer.content import Item, TokenIndex
from quoteminer.cues import Cue, forms
from quoteminer.lang import LanguageData
from quoteminer.model import QuoteKind, SpeechAct
from quoteminer.parse import Piece, make_view

__all__ = ["Judged", "Judgement", "compound_conditional", "judge_all", "sentence_hedge"]

Judgement = tuple[SpeechAct, float, list[str]]
#: A speech item's act judgement, whether it is hedged, and the hedging rule.
Judged = tuple[Judgement, bool, str | None]

_REFLEXIVE = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})
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


@functools.cache
def _hedge_pattern(lang: LanguageData) -> regex.Pattern[str]:
    data = lang.hedges
    phrases = sorted(data.SOURCE_PHRASES, key=len, reverse=True)
    alternatives = [r"\s+".join(regex.escape(w) for w in p.replace("'", "' ").split()) for p in phrases]
    alternatives = [a.replace(regex.escape("'") + r"\s+", r"['’]\s*") for a in alternatives]
    return regex.compile(rf"\b(?:{'|'.join(alternatives)})\b", regex.IGNORECASE)


@attrs.define
class _Prior:
    act: str
    token: Token | None
    evidence: list[str]
    strong: bool


def _reflexive(token: Token) -> bool:
    if any(c.lower_ in _REFLEXIVE for c in token.children):
        return True
    lo = max(token.sent.start, token.i - 4)
    return any(t.lower_ in _REFLEXIVE for t in token.doc[lo : token.i])


def _complete(lemma: str, token: Token) -> bool:
    """Whether the whole expression of ``lemma`` is written around ``token``."""
    words = lemma.split()
    if words[0] in ("se", "s'en") or lemma.startswith("s'"):
        if not _reflexive(token):
            return False
        words = words[1:] if words[0] in ("se", "s'en") else words
    rest = words[1:]
    if not rest:
        return True
    after = " ".join(t.lower_ for t in token.doc[token.i + 1 : min(token.sent.end, token.i + 6)])
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
    inside = {t.i for t in tokens}
    return [t for t in tokens if t.head.i not in inside or t.head.i == t.i]


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
    if cue.rule.startswith(("cue.verb", "cue.expr")) and act != "statement" and not _complete(lemma, token):
        evidence = [f"act.prior.incomplete:{lemma}:{token.text}"]
        act = "statement"
    strong = act != "statement" and (token is not cue.token or not cue.weak)
    return _Prior(act, token, evidence, strong)


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
    for rule_id, act, weight, pattern in _rules(lang):
        m = pattern.search(content)
        if m:
            votes[act] = votes.get(act, 0.0) + weight
            evidence.append(f"{rule_id}:{m.group(0).strip()[:40]}")
    return votes, evidence


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
        return "statement", "neutral.contested" if weight > 0 else "neutral"
    # a weak verb with an act prior (``menacer``, ``refuser``): the content decides as for a neutral verb
    if weight >= data.OVERRULE and weight > own:
        return best, "content.strong" if weight >= 2 * data.OVERRULE else "content"
    return prior.act, "verb.weak"


def _judge(
    item: Item, prior: _Prior, found: tuple[Piece, list[Token]] | None, index: TokenIndex, lang: LanguageData
) -> Judgement:
    """The act of one speech item, its confidence and the evidence."""
    frame = _frame(item, prior, index, found[0] if found else None)
    # one space between words, one apostrophe: the rules are written for that
    content = _SPACES.sub(" ", frame + " " + index.view.original[item.start : item.end]).replace("’", "'").strip()
    votes, rule_evidence = _vote(content, lang)
    act, path = _decide(prior, votes, lang)
    confidence = float(lang.acts.CONFIDENCE[path])
    return SpeechAct(act), confidence, [*prior.evidence, *rule_evidence, f"act.path.{path}"]


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
    return [words[i] for i in sorted(words) if sent.start <= i < sent.end and outside(words[i])]


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


def judge_all(
    items: Sequence[Item], text: str, lang: LanguageData, index: TokenIndex | None = None
) -> dict[int, Judged]:
    """Act and hedging of every speech item, keyed by ``id(item)``.

    ``index`` is the pipeline's token index; without it one is built from the items' pieces.
    """
    if index is None:
        index = TokenIndex(make_view(text), _pieces(items))
    out: dict[int, Judged] = {}
    for item in items:
        if item.kind.is_speech:
            found = _span_tokens(item, index)
            tokens = found[1] if found else []
            prior = _prior(item, tokens, lang)
            out[id(item)] = (_judge(item, prior, found, index, lang), *_hedge(item, prior, tokens, index, lang))
    return out
