"""Choice: candidates with features → the chosen one, with a confidence, or none.

A decision that weighs clues (which entity spoke a quote) is three parts: generators
that nominate candidates, each with the ids of the rules that nominated it; features of
each candidate; and a chooser. Three choosers: :class:`FirstMatch` takes the candidate the
ordered rules put first (quoteminer's decisions before any training, kept as the
baseline), :class:`Ranker` scores every candidate with a trained model (``learn.py``) and
takes the best one above the model's threshold, :class:`Overrule` takes the model's best
one when it is the rules' own or the model is sure of it (what is speech). Invariants:

- a candidate list always holds exactly one first-match candidate and one "nobody"
  candidate (``subject is None``), which may be the same one;
- a chooser never invents a candidate: it returns an index into the list, and a
  confidence in [0, 1] (``None`` from FirstMatch, which has no probability);
- the ranker abstains (picks "nobody") when its best candidate's probability is below
  the threshold chosen on tuning data: a confident wrong speaker is worse than none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

import attrs

from quoteminer.learn import LinearModel

__all__ = ["Candidate", "Choice", "Chooser", "FirstMatch", "Overrule", "Ranker", "Recorder"]

T = TypeVar("T")


@attrs.define(eq=False)
class Candidate(Generic[T]):
    """One possible answer: ``subject`` (``None`` for "nobody"), the rules that nominated it,
    its features, and whether the ordered rules would pick it."""

    subject: T | None
    rules: list[str] = attrs.Factory(list)
    features: dict[str, float] = attrs.Factory(dict)
    first_match: bool = False


@attrs.frozen
class Choice:
    """The chooser's answer: the index of the chosen candidate and its confidence."""

    index: int
    confidence: float | None


class Chooser(Protocol):
    """Picks one candidate of a list."""

    name: str

    def choose(self, candidates: Sequence[Candidate[T]]) -> Choice: ...


class FirstMatch:
    """The candidate the ordered rules put first: quoteminer's untrained decisions."""

    name = "first-match"

    def choose(self, candidates: Sequence[Candidate[T]]) -> Choice:
        return Choice(next(i for i, c in enumerate(candidates) if c.first_match), None)


class Ranker:
    """The candidate a trained ranking model scores highest, if its probability (a softmax
    over the item's candidates) reaches the model's threshold; else the "nobody" candidate."""

    name = "ranker"

    def __init__(self, model: LinearModel) -> None:
        self.model = model

    def choose(self, candidates: Sequence[Candidate[T]]) -> Choice:
        probabilities = self.model.ranking([c.features for c in candidates])
        best = max(range(len(candidates)), key=lambda i: (probabilities[i], candidates[i].first_match))
        nobody = next(i for i, c in enumerate(candidates) if c.subject is None)
        if candidates[best].subject is not None and probabilities[best] < self.model.threshold:
            return Choice(nobody, probabilities[nobody])
        return Choice(best, probabilities[best])


class Overrule:
    """The candidate a trained ranking model scores highest when it is the rules' own (first
    match) or when the model gives it at least its threshold; else the rules' candidate. The
    rules are the prior, and the model must be sure to overrule them (what is speech: a
    doubtful reversal of the rules would trade their right answers for noise).

    A model may hold a threshold per decision (``meta["thresholds"]``, by the first element of
    ``key``, which the caller sets before each choice, as for :class:`Recorder`)."""

    name = "overrule"

    def __init__(self, model: LinearModel) -> None:
        self.model = model
        self.thresholds: dict[str, float] = {str(k): float(v) for k, v in model.meta.get("thresholds", {}).items()}
        self.key: object = None  # what the next list is about: ("quotation", …), ("report", …)

    def choose(self, candidates: Sequence[Candidate[T]]) -> Choice:
        probabilities = self.model.ranking([c.features for c in candidates])
        best = max(range(len(candidates)), key=lambda i: (probabilities[i], candidates[i].first_match))
        first = next(i for i, c in enumerate(candidates) if c.first_match)
        decision = str(self.key[0]) if isinstance(self.key, tuple) and self.key else ""
        threshold = self.thresholds.get(decision, self.model.threshold)
        if best != first and probabilities[best] < threshold:
            return Choice(first, probabilities[first])
        return Choice(best, probabilities[best])


class Recorder:
    """A chooser that lets another choose and keeps every candidate list it saw (for training)."""

    def __init__(self, inner: Chooser) -> None:
        self.inner = inner
        self.name = inner.name
        self.seen: list[tuple[object, Sequence[Candidate[object]]]] = []
        self.key: object = None  # set by the caller before each choice: what the list is about
        self.aliases: dict[int, object] = {}  # id(subject) → what it finally stands for (a role's bearer)

    def choose(self, candidates: Sequence[Candidate[T]]) -> Choice:
        self.seen.append((self.key, candidates))  # type: ignore[arg-type]
        if hasattr(self.inner, "key"):
            self.inner.key = self.key  # the inner chooser may decide by what the list is about
        return self.inner.choose(candidates)
