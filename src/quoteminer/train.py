"""Training: the tuning fixtures → the weights of quoteminer's trained parts.

``quoteminer train`` rebuilds every trained model from the annotated fixtures and writes
it into the package (``src/quoteminer/models/NAME.json``), where ``learn.py`` reads it
at run time without any training dependency. scikit-learn (the ``train`` extra) is
imported only here, and only when training runs. Invariants:

- only **tuning** documents are learnt from (``fixtures/splits.json``); the test split is
  never read, not even for a threshold;
- choices made on data (regularisation, the abstention threshold) are made by
  cross-validation grouped by document, never by random items;
- the build is deterministic: documents in sorted order, a fixed solver, weights rounded,
  keys sorted, so that training again on the same fixtures writes the same file;
- a model file says what it was trained on (documents, items, reachable items,
  cross-validated accuracy) in its ``meta``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

import attrs

from quoteminer.choice import Candidate, FirstMatch, Recorder
from quoteminer.coreference import Entity, names_match
from quoteminer.evaluate import load_fixture, load_splits, match
from quoteminer.learn import LinearModel
from quoteminer.model import SpeakerKind
from quoteminer.parse import fold

__all__ = [
    "MODELS",
    "TRAINERS",
    "Document",
    "KindGroup",
    "SpeakerGroup",
    "fit_kind",
    "fit_ranker",
    "kind_groups",
    "same_model",
    "speaker_groups",
    "train_kind",
    "train_speaker",
    "tuning_documents",
    "write_model",
]

#: Where the shipped models live in a source checkout.
MODELS = Path(__file__).resolve().parent / "models"
#: Digits kept in a weight: enough for the decisions, few enough for a stable file.
DIGITS = 6
#: Folds of the grouped cross-validation.
FOLDS = 5
#: Regularisation strengths tried (the inverse of the L2 penalty).
STRENGTHS = (0.1, 0.3, 1.0, 3.0)
#: What a wrong speaker costs against a right one, when the abstention threshold is chosen:
#: a confident wrong speaker is worse than none (ANNOTATION.md §2).
WRONG_COST = 0.5


@attrs.frozen
class Document:
    """One annotated tuning article."""

    source: str  # the fixture set: seeds, dev, est-republicain
    id: str
    text: str
    gold: dict[str, Any]


def tuning_documents(root: Path, sets: Iterable[str] = ("seeds", "dev", "est-republicain")) -> list[Document]:
    """The tuning documents of the fixture sets under ``root``, in a fixed order."""
    out = []
    for name in sets:
        directory = root / name
        if not directory.is_dir():
            raise FileNotFoundError(f"no fixture set {name!r} under {root}")
        splits = load_splits(directory)
        for path in sorted(directory.glob("*.json")):
            if splits.get(path.stem, "tuning") != "tuning":
                continue
            text, gold = load_fixture(path)
            out.append(Document(name, path.stem, text, gold))
    return out


def _sklearn() -> Any:
    try:
        import sklearn
        import sklearn.feature_extraction
        import sklearn.linear_model
    except ImportError as error:
        raise ImportError(
            "training needs scikit-learn, which quoteminer does not install by default: pip install 'quoteminer[train]'"
        ) from error
    return sklearn


# -- the speaker ranker ----------------------------------------------------------------


@attrs.frozen
class SpeakerGroup:
    """The candidates of one gold speech item, each with its label (is it the gold speaker?)."""

    document: str
    features: tuple[dict[str, float], ...]
    labels: tuple[bool, ...]
    first_match: int  # index of the first-match candidate
    nobody: int  # index of the "nobody" candidate


def _same(entity: Entity, gold: dict[str, Any]) -> bool:
    names = [gold["name"], *(gold.get("accept") or [])]
    wanted = {_bare(n) for n in names}
    for variant in entity.variants:
        if _bare(variant) in wanted:
            return True
        if entity.kind is SpeakerKind.PERSON and not entity.role_only and any(names_match(variant, n) for n in names):
            return True
    return False


def _right(subject: Any, gold: dict[str, Any] | None, aliases: dict[int, Any]) -> bool:
    """Whether a candidate (an entity, through the role's bearer it finally stands for, or
    nobody) is the gold speaker."""
    if subject is None or gold is None:
        return subject is None and gold is None
    return _same(aliases.get(id(subject), subject), gold)


def _bare(name: str) -> str:
    name = fold(name)
    for det in ("le ", "la ", "les ", "l'", "un ", "une ", "des "):
        if name.startswith(det):
            return name[len(det) :]
    return name


def speaker_groups(
    documents: Sequence[Document], extract: Callable[..., Any] | None = None
) -> tuple[list[SpeakerGroup], dict[str, int]]:
    """Labelled candidate lists of every gold speech item the extractor finds, and counts
    (items, reachable: some candidate is right; first-match right)."""
    if extract is None:
        from quoteminer.pipeline import extract as extract_
    else:
        extract_ = extract
    groups: list[SpeakerGroup] = []
    counts = {"items": 0, "reachable": 0, "first_match_right": 0}
    for doc in documents:
        recorder = Recorder(FirstMatch())
        extract_(doc.text, speakers=recorder)
        gold_items = [g for g in doc.gold["items"] if g["kind"] != "mention"]
        seen = [(key, cands) for key, cands in recorder.seen if isinstance(key, tuple)]
        pairs = match([(g["start"], g["end"]) for g in gold_items], [key for key, _ in seen])
        for gi, pi in sorted(pairs):
            gold = gold_items[gi]["speaker"]
            candidates: Sequence[Candidate[Any]] = seen[pi][1]
            labels = tuple(_right(c.subject, gold, recorder.aliases) for c in candidates)
            counts["items"] += 1
            first = next(i for i, c in enumerate(candidates) if c.first_match)
            nobody = next(i for i, c in enumerate(candidates) if c.subject is None)
            counts["first_match_right"] += labels[first]
            if any(labels):
                counts["reachable"] += 1
                groups.append(SpeakerGroup(doc.id, tuple(dict(c.features) for c in candidates), labels, first, nobody))
    return groups, counts


def _fit(groups: Sequence[SpeakerGroup], strength: float) -> LinearModel:
    """A conditional logit: one weight vector scoring candidates, a softmax over each item's
    candidates, fitted to put the probability mass on the right ones (L2-penalised, L-BFGS)."""
    import numpy
    from scipy.optimize import minimize

    names = sorted({name for g in groups for f in g.features for name in f})
    column = {name: n for n, name in enumerate(names)}
    blocks = []
    for g in groups:
        x = numpy.zeros((len(g.features), len(names)))
        for i, f in enumerate(g.features):
            for name, value in f.items():
                x[i, column[name]] = value
        blocks.append((x, numpy.array(g.labels, dtype=bool)))
    penalty = 1.0 / strength

    def loss(w: Any) -> tuple[float, Any]:
        total = 0.5 * penalty * float(w @ w)
        grad = penalty * w
        for x, right in blocks:
            scores = x @ w
            scores = scores - scores.max()
            p = numpy.exp(scores)
            p /= p.sum()
            mass = p[right].sum()
            q = numpy.where(right, p / mass, 0.0)
            total -= float(numpy.log(mass))
            grad = grad + x.T @ (p - q)
        return total, grad

    found = minimize(loss, numpy.zeros(len(names)), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    weights = {name: round(float(v), DIGITS) for name, v in zip(names, found.x, strict=True) if round(float(v), DIGITS)}
    return LinearModel(name="speaker", classes=("score",), weights=(weights,), bias=(0.0,), kind="ranking")


@attrs.frozen
class _Outcome:
    """The ranker's answer on one held-out item."""

    confidence: float  # the best candidate's share of the probability mass
    says_nobody: bool  # the best candidate is "nobody"
    right: bool  # the best candidate is the gold answer
    nobody_right: bool  # the gold speaker is None

    def score(self, threshold: float) -> float:
        """+1 right, 0 for no speaker where there is one, −WRONG_COST for a wrong speaker."""
        if self.says_nobody or self.confidence < threshold:
            return 1.0 if self.nobody_right else 0.0
        return 1.0 if self.right else -WRONG_COST


def _outcomes(model: LinearModel, groups: Sequence[SpeakerGroup]) -> list[_Outcome]:
    out = []
    for g in groups:
        probabilities = model.ranking(g.features)
        best = max(range(len(probabilities)), key=lambda i: (probabilities[i], i == g.first_match))
        out.append(_Outcome(probabilities[best], best == g.nobody, g.labels[best], g.labels[g.nobody]))
    return out


class _Grouped(Protocol):
    @property
    def document(self) -> str: ...


G = TypeVar("G", bound=_Grouped)


def _folds(groups: Sequence[G]) -> list[tuple[list[G], list[G]]]:
    documents = sorted({g.document for g in groups})
    out = []
    for k in range(FOLDS):
        held = set(documents[k::FOLDS])
        out.append(([g for g in groups if g.document not in held], [g for g in groups if g.document in held]))
    return out


def fit_ranker(groups: Sequence[SpeakerGroup], counts: dict[str, int] | None = None) -> LinearModel:
    """The speaker ranker: a logistic model over candidate features; its strength and its
    abstention threshold chosen by cross-validation grouped by document."""
    if not groups:
        raise ValueError("no labelled speech item to learn the speaker ranker from")
    folds = _folds(groups)
    best: tuple[float, float] | None = None
    held_out: dict[float, list[_Outcome]] = {}
    for strength in STRENGTHS:
        outcomes = [o for train, test in folds if train and test for o in _outcomes(_fit(train, strength), test)]
        held_out[strength] = outcomes
        accuracy = sum(o.right for o in outcomes) / len(outcomes)
        if best is None or accuracy > best[1] + 1e-9:
            best = (strength, accuracy)
    assert best is not None
    strength, accuracy = best
    outcomes = held_out[strength]
    grid = [round(0.05 * i, 2) for i in range(0, 19)]
    threshold = max(grid, key=lambda t: (sum(o.score(t) for o in outcomes), -t))
    model = _fit(groups, strength)
    meta = {
        "trained_on": "tuning split of seeds, dev and est-republicain (fixtures/splits.json)",
        "documents": len({g.document for g in groups}),
        "items": len(groups),
        "strength": strength,
        "cross_validated_accuracy": round(accuracy, 4),
        **(counts or {}),
    }
    return attrs.evolve(model, threshold=threshold, meta=meta)


def train_speaker(root: Path) -> LinearModel:
    """Train the speaker ranker on the tuning fixtures under ``root``."""
    groups, counts = speaker_groups(tuning_documents(root))
    return fit_ranker(groups, counts)


# -- the kind classifier ------------------------------------------------------------


@attrs.frozen
class KindGroup:
    """The readings of one quotation (direct, partial, mention) or the proposals of one cue
    (spans, or nothing), each with its label (is it what the gold annotation says?)."""

    document: str
    decision: str  # "quotation" or "report"
    features: tuple[dict[str, float], ...]
    labels: tuple[bool, ...]
    first_match: int
    nobody: int
    speech: bool  # the gold answer is speech (not a mention, not nothing)


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    overlap = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return overlap / union if union > 0 else 0.0


def _cover(gold: tuple[int, int], pred: tuple[int, int]) -> float:
    overlap = max(0, min(gold[1], pred[1]) - max(gold[0], pred[0]))
    return overlap / max(1, gold[1] - gold[0])


#: The decisions of the kind classifier: what a quotation is, what a cue reports.
DECISIONS = ("quotation", "report")

#: A reported span is right when its Jaccard overlap with a gold indirect item reaches this
#: (and it is among the best of its cue's proposals).
REPORT_JACCARD = 0.5


def _quotation_labels(
    span: tuple[int, int], candidates: Sequence[Candidate[Any]], gold: dict[str, Any]
) -> tuple[bool, ...] | None:
    """Which reading of a quotation the gold gives: its kind (a verbatim span of an indirect
    item is speech of either kind), a mention (``None``); None when the gold says nothing of it."""
    items = gold["items"]
    best = max(((_jaccard(span, (g["start"], g["end"])), g) for g in items), default=(0.0, None), key=lambda p: p[0])
    verbatim = any(_jaccard(span, (v["start"], v["end"])) >= 0.8 for g in items for v in g.get("verbatim") or [])
    if verbatim:
        return tuple(c.subject is not None for c in candidates)
    if best[1] is None or best[0] < 0.8:
        return None
    kind = best[1]["kind"]
    if kind == "mention":
        return tuple(c.subject is None for c in candidates)
    if kind == "indirect":
        return tuple(c.subject is not None for c in candidates)
    return tuple(c.subject is not None and c.subject.kind.value == kind for c in candidates)


def _report_labels(candidates: Sequence[Candidate[Any]], gold: dict[str, Any]) -> tuple[bool, ...] | None:
    """Which proposal of a cue the gold gives: the spans closest to a gold indirect item, or
    nothing; None (not learnt from) when a proposal only half matches one."""
    indirect = [(g["start"], g["end"]) for g in gold["items"] if g["kind"] == "indirect"]
    scores = []
    for c in candidates:
        if c.subject is None:
            scores.append(-1.0)
            continue
        span = (c.subject.start, c.subject.end)
        scores.append(max((_jaccard(span, g) for g in indirect), default=0.0))
    best = max(scores)
    if best >= REPORT_JACCARD:
        return tuple(score >= max(REPORT_JACCARD, best - 0.05) for score in scores)
    for c in candidates:
        if c.subject is not None and any(_cover(g, (c.subject.start, c.subject.end)) >= 0.3 for g in indirect):
            return None  # a proposal half right: neither its span nor nothing is the answer
    return tuple(c.subject is None for c in candidates)


def kind_groups(
    documents: Sequence[Document], extract: Callable[..., Any] | None = None
) -> tuple[list[KindGroup], dict[str, int]]:
    """Labelled readings of every quotation and proposals of every cue of the documents, and
    counts (decisions, labelled, first-match right)."""
    if extract is None:
        from quoteminer.pipeline import extract as extract_
    else:
        extract_ = extract
    groups: list[KindGroup] = []
    counts = {"decisions": 0, "labelled": 0, "first_match_right": 0}
    for doc in documents:
        recorder = Recorder(FirstMatch())
        extract_(doc.text, items=recorder, speakers="first-match")
        for key, candidates in recorder.seen:
            if not isinstance(key, tuple):
                continue
            counts["decisions"] += 1
            decision = str(key[0])
            if decision == "quotation":
                labels = _quotation_labels((int(key[1]), int(key[2])), candidates, doc.gold)
            else:
                labels = _report_labels(candidates, doc.gold)
            if labels is None or not any(labels):
                continue
            first = next(i for i, c in enumerate(candidates) if c.first_match)
            nobody = next(i for i, c in enumerate(candidates) if c.subject is None)
            counts["labelled"] += 1
            counts["first_match_right"] += labels[first]
            features = tuple(dict(c.features) for c in candidates)
            groups.append(KindGroup(doc.id, decision, features, labels, first, nobody, not labels[nobody]))
    return groups, counts


def _fit_grouped(groups: Sequence[KindGroup], strength: float, name: str) -> LinearModel:
    """A conditional logit over each group's candidates (one weight vector, a softmax within
    each group), fitted to put the mass on the right candidates; vectorised over all groups."""
    import numpy
    from scipy.optimize import minimize

    names = sorted({key for g in groups for f in g.features for key in f})
    column = {key: n for n, key in enumerate(names)}
    rows = [f for g in groups for f in g.features]
    x = numpy.zeros((len(rows), len(names)))
    for i, f in enumerate(rows):
        for key, value in f.items():
            x[i, column[key]] = value
    right = numpy.array([label for g in groups for label in g.labels], dtype=bool)
    sizes = numpy.array([len(g.features) for g in groups])
    starts = numpy.concatenate(([0], numpy.cumsum(sizes)[:-1]))
    owner = numpy.repeat(numpy.arange(len(groups)), sizes)
    penalty = 1.0 / strength

    def loss(w: Any) -> tuple[float, Any]:
        scores = x @ w
        top = numpy.maximum.reduceat(scores, starts)
        e = numpy.exp(scores - top[owner])
        total_e = numpy.add.reduceat(e, starts)
        p = e / total_e[owner]
        mass = numpy.add.reduceat(numpy.where(right, p, 0.0), starts)
        q = numpy.where(right, p / mass[owner], 0.0)
        value = 0.5 * penalty * float(w @ w) - float(numpy.log(mass).sum())
        grad = penalty * w + x.T @ (p - q)
        return value, grad

    found = minimize(loss, numpy.zeros(len(names)), jac=True, method="L-BFGS-B", options={"maxiter": 1000})
    weights = {key: round(float(v), DIGITS) for key, v in zip(names, found.x, strict=True) if round(float(v), DIGITS)}
    return LinearModel(name=name, classes=("score",), weights=(weights,), bias=(0.0,), kind="ranking")


@attrs.frozen
class _Decided:
    """The classifier's answer on one held-out decision, and the rules' one."""

    confidence: float  # the best candidate's probability
    best_nobody: bool  # the best candidate is "nothing" (a mention, no report)
    best_right: bool  # the best candidate is a right one
    first: bool  # the best candidate is the rules' own
    first_nobody: bool
    first_right: bool
    speech: bool  # the gold answer is speech
    decision: str

    def outcome(self, threshold: float) -> tuple[int, int, int]:
        """(true positive, false positive, false negative) of speech when the classifier overrules
        the rules at ``threshold`` or more (choice.Overrule)."""
        if self.first or self.confidence >= threshold:
            nobody, right = self.best_nobody, self.best_right
        else:
            nobody, right = self.first_nobody, self.first_right
        if not nobody:
            return (1, 0, 0) if right else (0, 1, int(self.speech))
        return (0, 0, int(self.speech))


def _decided(model: LinearModel, groups: Sequence[KindGroup]) -> list[_Decided]:
    out = []
    for g in groups:
        probabilities = model.ranking(g.features)
        best = max(range(len(probabilities)), key=lambda i: (probabilities[i], i == g.first_match))
        first = g.first_match
        out.append(
            _Decided(
                probabilities[best],
                best == g.nobody,
                g.labels[best],
                best == first,
                first == g.nobody,
                g.labels[first],
                g.speech,
                g.decision,
            )
        )
    return out


def _speech_f1(decided: Sequence[_Decided], threshold: float | Mapping[str, float]) -> float:
    tp = fp = fn = 0
    for d in decided:
        a, b, c = d.outcome(threshold if isinstance(threshold, float | int) else threshold[d.decision])
        tp, fp, fn = tp + a, fp + b, fn + c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _best_threshold(decided: Sequence[_Decided], grid: Sequence[float]) -> float:
    """The threshold of the best held-out speech F1; of equal ones the highest (the rules stay)."""
    return max([*grid, 1.01], key=lambda t: (_speech_f1(decided, t), t))


def fit_kind(groups: Sequence[KindGroup], counts: dict[str, int] | None = None) -> LinearModel:
    """The kind classifier: a conditional logit over the readings of each quotation and the
    proposals of each cue; its strength and the probability it needs to overrule the rules
    (its threshold, ``choice.Overrule``) chosen by the speech F1 of cross-validation grouped by
    document (1.01: it never overrules them)."""
    if not groups:
        raise ValueError("no labelled quotation or cue to learn the kind classifier from")
    folds = _folds(groups)
    grid = [round(0.05 * i, 2) for i in range(0, 19)]
    strengths = (*STRENGTHS, 10.0, 30.0)
    best: tuple[float, float, dict[str, float]] | None = None
    held_out: dict[float, list[_Decided]] = {}
    for strength in strengths:
        decided = [
            d for train, test in folds if train and test for d in _decided(_fit_grouped(train, strength, "kind"), test)
        ]
        held_out[strength] = decided
        # how sure the model must be to overrule the rules (choice.Overrule), for each decision on its
        # own: ties keep the rules (1.01: never)
        thresholds = {
            decision: _best_threshold([d for d in decided if d.decision == decision], grid) for decision in DECISIONS
        }
        f1 = _speech_f1(decided, thresholds)
        if best is None or f1 > best[1] + 1e-9:
            best = (strength, f1, thresholds)
    assert best is not None
    strength, f1, thresholds = best
    decided = held_out[strength]
    model = _fit_grouped(groups, strength, "kind")
    rules_only = [
        _Decided(1.0, g.first_match == g.nobody, g.labels[g.first_match], True, False, False, g.speech, g.decision)
        for g in groups
    ]
    meta = {
        "trained_on": "tuning split of seeds, dev and est-republicain (fixtures/splits.json)",
        "documents": len({g.document for g in groups}),
        "quotations": sum(g.decision == "quotation" for g in groups),
        "reports": sum(g.decision == "report" for g in groups),
        "strength": strength,
        "thresholds": thresholds,
        "cross_validated_speech_f1": round(f1, 4),
        "first_match_speech_f1": round(_speech_f1(rules_only, 0.0), 4),
        "overruled": sum(not d.first and d.confidence >= thresholds[d.decision] for d in decided),
        **(counts or {}),
    }
    return attrs.evolve(model, threshold=min(thresholds.values()), meta=meta)


def train_kind(root: Path) -> LinearModel:
    """Train the kind classifier on the tuning fixtures under ``root``."""
    groups, counts = kind_groups(tuning_documents(root))
    return fit_kind(groups, counts)


def write_model(model: LinearModel, directory: Path = MODELS) -> Path:
    """Write ``model`` as ``directory/NAME.json`` (sorted keys, one trailing newline)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{model.name}.json"
    path.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


#: Every trained part, by model name: a function of the fixtures directory.
#: The kind classifier comes first: the speaker ranker learns from the items it gives.
TRAINERS: dict[str, Callable[[Path], LinearModel]] = {"kind": train_kind, "speaker": train_speaker}


def same_model(a: LinearModel, b: LinearModel, tolerance: float = 1e-4) -> bool:
    """Whether two models decide alike: same classes, kind and threshold, weights within ``tolerance``
    (a rebuild on another machine may differ in the last digits of a float)."""
    if (a.name, a.classes, a.kind, a.threshold) != (b.name, b.classes, b.kind, b.threshold):
        return False
    if any(abs(x - y) > tolerance for x, y in zip(a.bias, b.bias, strict=True)):
        return False
    for wa, wb in zip(a.weights, b.weights, strict=True):
        for key in set(wa) | set(wb):
            if abs(wa.get(key, 0.0) - wb.get(key, 0.0)) > tolerance:
                return False
    return True
