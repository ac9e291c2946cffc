"""Learned choices at run time: features → a trained linear model's probabilities.

The trained parts of quoteminer (the speaker ranker, the act classifier, …) are linear
models over named features. ``quoteminer train`` (``train.py``, scikit-learn in the
``train`` extra) fits them on the tuning fixtures and writes their weights as JSON into
the package (``quoteminer/models/NAME.json``); this module reads those files with the
standard library only. Invariants:

- run time needs no training dependency: a model is a bias and a weight per feature name
  (per class, for several classes), read once per process and shared, read-only;
- a feature the model never saw weighs nothing; features are plain ``{name: value}``
  dicts built by the stage that asks, so the same code builds them for training and use;
- the probabilities are the model's own (logistic or softmax), calibrated on held-out
  tuning documents when the model was trained (docs/accuracy.md gives the reliability).
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import operator
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

import attrs

__all__ = ["Features", "LinearModel", "load_model", "softmax"]

#: A candidate's features: name → value (1.0 for an indicator).
Features = Mapping[str, float]


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def softmax(scores: Sequence[float]) -> list[float]:
    """Probabilities from scores, stable for large values."""
    if not scores:
        return []
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


@attrs.frozen
class LinearModel:
    """A trained linear model: one weight vector per class (one class: a logistic model),
    or, of ``kind`` ``"ranking"``, one vector scoring candidates against each other.

    ``classes`` names the outputs; for a binary model it is ``("no", "yes")`` and
    :meth:`probability` gives P(yes); a ranking model's :meth:`ranking` gives each
    candidate's probability of being the right one. ``threshold`` is the decision threshold chosen on
    tuning data (below it, a chooser abstains). ``meta`` says what it was trained on.
    """

    name: str
    classes: tuple[str, ...]
    weights: tuple[Mapping[str, float], ...]  # one per class (one only for a binary model)
    bias: tuple[float, ...]
    threshold: float = 0.5
    meta: Mapping[str, Any] = attrs.field(factory=dict)
    kind: str = attrs.field(default="classifier", validator=attrs.validators.in_(("classifier", "ranking")))

    @property
    def binary(self) -> bool:
        return len(self.weights) == 1

    def scores(self, features: Features) -> list[float]:
        """The raw linear score of each weight vector."""
        # the same products summed in the same order as a generator over the items, without a
        # Python frame per feature: a ranking scores hundreds of features per candidate
        names, values = list(features), list(features.values())
        return [
            b + sum(map(operator.mul, map(w.get, names, itertools.repeat(0.0)), values))
            for w, b in zip(self.weights, self.bias, strict=True)
        ]

    def ranking(self, candidates: Sequence[Features]) -> list[float]:
        """P(each candidate is the right one) of a ranking model: a softmax of their scores."""
        if self.kind != "ranking":
            raise ValueError(f"model {self.name!r} is a {self.kind}, not a ranking model")
        return softmax([self.scores(f)[0] for f in candidates])

    def probability(self, features: Features) -> float:
        """P(yes) of a binary model."""
        if not self.binary:
            raise ValueError(f"model {self.name!r} has {len(self.classes)} classes: use distribution()")
        return _sigmoid(self.scores(features)[0])

    def distribution(self, features: Features) -> dict[str, float]:
        """P(class) of every class of a multi-class model."""
        if self.binary:
            p = self.probability(features)
            return {self.classes[0]: 1.0 - p, self.classes[1]: p}
        return dict(zip(self.classes, softmax(self.scores(features)), strict=True))

    def contributions(self, features: Features, klass: int = 0) -> list[tuple[str, float]]:
        """Each feature's weight × value for one class, largest magnitude first (to explain a choice)."""
        weights = self.weights[klass]
        out = [(name, weights.get(name, 0.0) * value) for name, value in features.items()]
        return sorted((pair for pair in out if pair[1]), key=lambda pair: -abs(pair[1]))

    def to_json(self) -> dict[str, Any]:
        """The JSON form written to the package (sorted keys, so that a rebuild is byte-identical)."""
        return {
            "name": self.name,
            "classes": list(self.classes),
            "bias": list(self.bias),
            "threshold": self.threshold,
            "weights": [dict(sorted(w.items())) for w in self.weights],
            "meta": dict(self.meta),
            "kind": self.kind,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LinearModel:
        """The model a :meth:`to_json` dict stands for."""
        try:
            return cls(
                name=str(data["name"]),
                classes=tuple(str(c) for c in data["classes"]),
                weights=tuple({str(k): float(v) for k, v in w.items()} for w in data["weights"]),
                bias=tuple(float(b) for b in data["bias"]),
                threshold=float(data.get("threshold", 0.5)),
                meta=dict(data.get("meta", {})),
                kind=str(data.get("kind", "classifier")),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"not a quoteminer model file: {error}") from error


@functools.cache
def load_model(name: str) -> LinearModel:
    """The shipped model ``name`` (``quoteminer/models/NAME.json``), read once per process."""
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError(f"model names are identifiers such as 'speaker', not {name!r}")
    path = resources.files("quoteminer").joinpath("models", f"{name}.json")
    if not path.is_file():
        raise FileNotFoundError(f"no trained model {name!r} in the package: run `quoteminer train`")
    return LinearModel.from_json(json.loads(path.read_text(encoding="utf-8")))
