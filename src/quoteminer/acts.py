"""Act & hedging: speech items + cues → speech act, confidence, hedged flag.

The cue verb gives a prior; the content votes with the weighted rules of
``lang.acts.CONTENT_RULES``. Invariants:

- mentions get no act; every speech item gets exactly one act;
- the evidence names every rule that voted, and the words that decided;
- ``act_confidence`` is the winning share of the vote, squashed to (0.3, 0.95):
  higher means more evidence agreed;
- ``hedged`` looks only at the attribution (the cue clause and the source
  phrase), never at the mood of the quoted content itself.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from quoteminer.content import Item
from quoteminer.lang import LanguageData
from quoteminer.model import SpeechAct

__all__ = ["Judgement", "is_hedged", "judge"]

Judgement = tuple[SpeechAct, float, list[str]]
#: A speech item's act judgement, whether it is hedged, and the hedging rule.
Judged = tuple[Judgement, bool, str | None]


@functools.cache
def _rules(lang: LanguageData) -> tuple[tuple[str, str, float, regex.Pattern[str]], ...]:
    return tuple(
        (rule_id, act, weight, regex.compile(pattern, regex.IGNORECASE))
        for rule_id, act, weight, pattern in lang.acts.CONTENT_RULES
    )


def judge(item: Item, text: str, lang: LanguageData) -> Judgement:
    """The act of one speech item, its confidence and the evidence."""
    data = lang.acts
    votes: dict[str, float] = {}
    evidence: list[str] = []
    prior = item.cue.act if item.cue is not None else "statement"
    votes[prior] = data.PRIOR_WEIGHT
    if item.cue is not None:
        evidence.append(f"act.prior.{prior}:{item.cue.lemma}")
    content = text[item.start : item.end].replace("’", "'")
    for rule_id, act, weight, pattern in _rules(lang):
        m = pattern.search(content)
        if m:
            votes[act] = votes.get(act, 0.0) + weight
            evidence.append(f"{rule_id}:{m.group(0).strip()[:40]}")
    content_votes = {a: w for a, w in votes.items()}
    content_votes[prior] = content_votes[prior] - data.PRIOR_WEIGHT
    best_content = max(content_votes.items(), key=lambda kv: kv[1])
    if prior != "statement" and prior in data.STRONG_PRIORS and item.cue is not None and not item.cue.weak:
        winner = prior  # the verb names the act: "assurant que …" is an assurance
    elif best_content[1] >= data.OVERRULE:
        winner = best_content[0]
    else:
        winner = prior
    total = sum(votes.values())
    share = votes.get(winner, 0.0) / total if total else 1.0
    confidence = round(0.3 + 0.65 * share, 3)
    return SpeechAct(winner), confidence, evidence


def is_hedged(item: Item, text: str, lang: LanguageData) -> tuple[bool, str | None]:
    """Whether the attribution is second-hand or conditional, and the rule that says so."""
    cue = item.cue
    if cue is None:
        return False, None
    data = lang.hedges
    tok = cue.token
    doc = tok.doc
    words = [tok] + [c for c in tok.children if c.dep_.startswith("aux")]
    for w in words:
        low = w.lower_
        if low in data.CONDITIONAL_AUXILIARIES:
            return True, "hedge.conditional_auxiliary"
        if "Mood=Cnd" in str(w.morph) or (w.pos_ in ("VERB", "AUX") and low.endswith(data.CONDITIONAL_ENDINGS)):
            return True, "hedge.conditional"
    lo = max(cue.sent.start, tok.i - 3)
    hi = min(cue.sent.end, tok.i + 8)
    window = doc[lo:hi].text.casefold().replace("’", "'")
    for phrase in data.SOURCE_PHRASES:
        if phrase in window:
            return True, "hedge.source_phrase"
    if any(t.lower_ in data.SOURCE_WORDS for t in doc[lo:hi]):
        return True, "hedge.source_word"
    return False, None


def judge_all(items: Sequence[Item], text: str, lang: LanguageData) -> dict[int, Judged]:
    """Act and hedging of every speech item, keyed by ``id(item)``."""
    out: dict[int, Judged] = {}
    for item in items:
        if item.kind.is_speech:
            out[id(item)] = (judge(item, text, lang), *is_hedged(item, text, lang))
    return out
