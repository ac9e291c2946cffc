"""Training: the tuning fixtures → the weights of quoteminer's trained parts.

``quoteminer train`` rebuilds every trained model from the annotated fixtures and writes
it into the package (``src/quoteminer/models/NAME.json``), where ``learn.py`` reads it
at run time without any training dependency. scikit-learn and scipy (the ``train`` extra)
are imported only here, and only when training runs. Invariants:

- only **tuning** documents of the news fixtures are learnt from (``fixtures/splits.json``);
  the test split is never read, not even for a threshold (one choice was made on its scored
  figures, as the act issue asked: whether the act classifier learns from the debate
  statements, ``USE_DEBATES``). The antecedent model learns from the coreference chains of
  novels (``fixtures/fr-litbank``), no news at all, and is measured on works held out of
  its training;
- choices made on data (regularisation, the abstention threshold) are made by
  cross-validation grouped by document (by work, for the novels), never by random items;
- the build is deterministic: documents in sorted order, a fixed solver, weights rounded,
  keys sorted, so that training again on the same fixtures writes the same file;
- a model file says what it was trained on (documents, items, reachable items,
  cross-validated accuracy) in its ``meta``.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

import attrs

from quoteminer.choice import Candidate, FirstMatch, Recorder
from quoteminer.coreference import Entity, names_match
from quoteminer.evaluate import bare_name, fixture_language, load_fixture, load_splits, match
from quoteminer.lang import LanguageData
from quoteminer.learn import LinearModel
from quoteminer.model import SpeakerKind

__all__ = [
    "DEBATES",
    "DEBATE_WEIGHTS",
    "MODELS",
    "TRAINERS",
    "USE_DEBATES",
    "ActExample",
    "AntecedentGroup",
    "Document",
    "KindGroup",
    "SpeakerGroup",
    "act_examples",
    "antecedent_groups",
    "fit_act_classifier",
    "fit_antecedent",
    "fit_kind",
    "fit_ranker",
    "kind_groups",
    "same_model",
    "speaker_groups",
    "statement_examples",
    "train_act",
    "train_antecedent",
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
#: How much held-out speech F1 the kind classifier may give up for a more regularised model.
KIND_TOLERANCE = 0.005

#: Regularisation strengths tried (the inverse of the L2 penalty).
STRENGTHS = (0.1, 0.3, 1.0, 3.0)
#: Weights the penalty pulls towards (0 for any other feature): the log-probability that another
#: trained model gives a candidate enters the ranker as that model's own evidence, at weight 1,
#: unless the tuning items say otherwise (the antecedent model learnt from far more pronouns
#: than the speaker ranker sees).
PRIORS = {"antecedent_log": 1.0}
#: What a wrong speaker costs against a right one, when the abstention threshold is chosen:
#: a confident wrong speaker is worse than none (ANNOTATION.md §2).
WRONG_COST = 0.5
#: How much held-out score (one point per item) a higher abstention threshold must gain over a
#: lower one to be chosen: a few hundred items cannot tell one wrong speaker avoided from noise,
#: and each abstention loses the right speakers of the items below the threshold too.
ABSTENTION_TOLERANCE = 1.0


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


def _same(entity: Entity, gold: dict[str, Any], lang: LanguageData) -> bool:
    names = [gold["name"], *(gold.get("accept") or [])]
    wanted = {bare_name(n, lang) for n in names}
    for variant in entity.variants:
        if bare_name(variant, lang) in wanted:
            return True
        if entity.kind is SpeakerKind.PERSON and not entity.role_only and any(names_match(variant, n) for n in names):
            return True
    return False


def _right(subject: Any, gold: dict[str, Any] | None, aliases: dict[int, Any], lang: LanguageData) -> bool:
    """Whether a candidate (an entity, through the role's bearer it finally stands for, or
    nobody) is the gold speaker."""
    if subject is None or gold is None:
        return subject is None and gold is None
    return _same(aliases.get(id(subject), subject), gold, lang)


def _extractor(extract: Callable[..., Any] | None) -> Callable[..., Any]:
    """``extract`` if given (a test's stand-in), else quoteminer's own, imported on first use
    as this module's other uses of the pipeline are."""
    if extract is not None:
        return extract
    from quoteminer.pipeline import extract as own

    return own


def speaker_groups(
    documents: Sequence[Document], extract: Callable[..., Any] | None = None
) -> tuple[list[SpeakerGroup], dict[str, int]]:
    """Labelled candidate lists of every gold speech item the extractor finds, and counts
    (items, reachable: some candidate is right; first-match right)."""
    extract_ = _extractor(extract)
    groups: list[SpeakerGroup] = []
    counts = {"items": 0, "reachable": 0, "first_match_right": 0}
    for doc in documents:
        recorder = Recorder(FirstMatch())
        extract_(doc.text, speakers=recorder)
        lang = fixture_language(doc.gold)
        gold_items = [g for g in doc.gold["items"] if g["kind"] != "mention"]
        seen = [(key, cands) for key, cands in recorder.seen if isinstance(key, tuple)]
        pairs = match([(g["start"], g["end"]) for g in gold_items], [key for key, _ in seen])
        for gi, pi in sorted(pairs):
            gold = gold_items[gi]["speaker"]
            candidates: Sequence[Candidate[Any]] = seen[pi][1]
            labels = tuple(_right(c.subject, gold, recorder.aliases, lang) for c in candidates)
            counts["items"] += 1
            first = next(i for i, c in enumerate(candidates) if c.first_match)
            nobody = next(i for i, c in enumerate(candidates) if c.subject is None)
            counts["first_match_right"] += labels[first]
            if any(labels):
                counts["reachable"] += 1
                groups.append(SpeakerGroup(doc.id, tuple(dict(c.features) for c in candidates), labels, first, nobody))
    return groups, counts


class _Labelled(Protocol):
    """Candidates of one decision: their features, and which of them are right."""

    @property
    def features(self) -> tuple[dict[str, float], ...]: ...
    @property
    def labels(self) -> tuple[bool, ...]: ...


def _fit(groups: Sequence[_Labelled], strength: float, model_name: str = "speaker") -> LinearModel:
    """A conditional logit: one weight vector scoring candidates, a softmax over each item's
    candidates, fitted to put the probability mass on the right ones (L2-penalised towards
    ``PRIORS``, L-BFGS). Every group must hold a right candidate."""
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
    prior = numpy.array([PRIORS.get(name, 0.0) for name in names])

    def loss(w: Any) -> tuple[float, Any]:
        total = 0.5 * penalty * float((w - prior) @ (w - prior))
        grad = penalty * (w - prior)
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

    found = minimize(loss, prior.copy(), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    weights = {name: round(float(v), DIGITS) for name, v in zip(names, found.x, strict=True) if round(float(v), DIGITS)}
    return LinearModel(name=model_name, classes=("score",), weights=(weights,), bias=(0.0,), kind="ranking")


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
    scores = {t: sum(o.score(t) for o in outcomes) for t in grid}
    top = max(scores.values())
    threshold = next(t for t in grid if scores[t] >= top - ABSTENTION_TOLERANCE)  # the lowest of those
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


# -- the act classifier ----------------------------------------------------------------

#: The act-only fixture set of debate statements (fixtures/README.md): its tuning half is
#: training material for the act classifier.
DEBATES = "assemblee-acts"
#: Whether the shipped act classifier learns from the debate statements too. Measured with and
#: without them (tools/compare_acts.py, docs/accuracy.md "Speech acts"): on the news test
#: articles they cost 1 of 119 items (within the noise), on the debate test statements they
#: bring +0.195 accuracy; the classifier is not the default decider, so the model that reads
#: content is shipped. The weight itself is chosen on tuning data (``fit_act_classifier``).
USE_DEBATES = True
#: Weights of one debate statement against one news item tried when the act classifier is
#: fitted with debate statements. They are not news (no reporting verb, and sampled with far
#: fewer plain statements): at full weight they would pull the classes' biases away from news.
DEBATE_WEIGHTS = (0.1, 0.3, 1.0)
#: A feature seen in fewer training examples than this is left out of the model.
MIN_COUNT = 2
#: Temperatures tried when the classifier's probabilities are calibrated.
TEMPERATURES = tuple(round(0.5 + 0.05 * i, 2) for i in range(51))


@attrs.frozen
class ActExample:
    """One labelled speech item: its features (``acts.features``), the gold act and the act
    today's rules give."""

    source: str  # the fixture set
    group: str  # what cross-validation keeps together: the article, or the debate's sitting
    features: dict[str, float]
    act: str
    rules: str


def act_examples(
    documents: Sequence[Document], extract: Callable[..., Any] | None = None
) -> tuple[list[ActExample], dict[str, int]]:
    """The act examples of every gold speech item with an act that the extractor finds (its
    features are those of the predicted item, as at run time), and counts."""
    from quoteminer.acts import Recorder, Rules

    extract_ = _extractor(extract)
    examples: list[ActExample] = []
    counts = {"gold_items": 0, "items": 0}
    for doc in documents:
        recorder = Recorder(Rules())
        extract_(doc.text, acts=recorder)
        gold = [g for g in doc.gold["items"] if g["kind"] != "mention" and g.get("act")]
        counts["gold_items"] += len(gold)
        pairs = match([(g["start"], g["end"]) for g in gold], [span for span, _, _ in recorder.seen])
        for gi, pi in sorted(pairs):
            _, found, rules = recorder.seen[pi]
            examples.append(ActExample(doc.source, doc.id, found, gold[gi]["act"], rules))
            counts["items"] += 1
    return examples, counts


def statement_examples(root: Path, split: str = "tuning") -> list[ActExample]:
    """The act examples of the debate statements of one half (``split``) of ``root/DEBATES``,
    each read on its own as at run time (``pipeline.judge_statement``)."""
    from quoteminer.acts import Recorder, Rules
    from quoteminer.pipeline import judge_statement

    directory = root / DEBATES
    if not directory.is_dir():
        raise FileNotFoundError(f"no fixture set {DEBATES!r} under {root}")
    splits = load_splits(directory)
    out = []
    for path in sorted(directory.glob("*.json")):
        if splits.get(path.stem) != split:
            continue
        for statement in json.loads(path.read_text(encoding="utf-8"))["statements"]:
            recorder = Recorder(Rules())
            judge_statement(statement["context"], statement["start"], statement["end"], acts=recorder)
            ((_, found, rules),) = recorder.seen
            out.append(ActExample(DEBATES, path.stem, found, statement["act"], rules))
    return out


def _key_macro_f1(pairs: Sequence[tuple[str, str]]) -> float:
    """The demand/denial/assurance macro-F1 of (gold, predicted) pairs, as the evaluator has it."""
    scores = []
    for act in ("demand", "denial", "assurance"):
        tp = sum(1 for g, p in pairs if g == act == p)
        total = sum(1 for g, _ in pairs if g == act) + sum(1 for _, p in pairs if p == act)
        if total:
            scores.append(2 * tp / total)
    return sum(scores) / len(scores) if scores else 0.0


def _fit_acts(examples: Sequence[ActExample], weights: Sequence[float], strength: float) -> LinearModel:
    """A multinomial logistic regression (L2, L-BFGS) over the examples' features."""
    sklearn = _sklearn()
    counted: dict[str, int] = {}
    for ex in examples:
        for name in ex.features:
            counted[name] = counted.get(name, 0) + 1
    kept = {name for name, n in counted.items() if n >= MIN_COUNT}
    vectorizer = sklearn.feature_extraction.DictVectorizer(sort=True)
    x = vectorizer.fit_transform([{k: v for k, v in ex.features.items() if k in kept} for ex in examples])
    model = sklearn.linear_model.LogisticRegression(C=strength, max_iter=20000, tol=1e-10)
    model.fit(x, [ex.act for ex in examples], sample_weight=list(weights))
    names = list(vectorizer.get_feature_names_out())
    vectors = []
    for row in model.coef_:
        vectors.append({n: round(float(v), DIGITS) for n, v in zip(names, row, strict=True) if round(float(v), DIGITS)})
    bias = tuple(round(float(b), DIGITS) for b in model.intercept_)
    return LinearModel(name="act", classes=tuple(str(c) for c in model.classes_), weights=tuple(vectors), bias=bias)


def _act_folds(news: Sequence[ActExample]) -> list[set[str]]:
    documents = sorted({ex.group for ex in news})
    return [set(documents[k::FOLDS]) for k in range(FOLDS)]


def _held_out(
    news: Sequence[ActExample], debate: Sequence[ActExample], debate_weight: float, strength: float
) -> list[tuple[ActExample, dict[str, float]]]:
    """Each news example with the distribution of a model fitted without its document's fold
    (every debate statement stays in training: none is news)."""
    out: list[tuple[ActExample, dict[str, float]]] = []
    for held in _act_folds(news):
        train = [ex for ex in news if ex.group not in held]
        extra = list(debate) if debate_weight > 0 else []
        model = _fit_acts([*train, *extra], [1.0] * len(train) + [debate_weight] * len(extra), strength)
        out.extend((ex, model.distribution(ex.features)) for ex in news if ex.group in held)
    return out


def _log_loss(outcomes: Sequence[tuple[ActExample, dict[str, float]]], temperature: float = 1.0) -> float:
    import math

    from quoteminer.learn import softmax

    total = 0.0
    for ex, distribution in outcomes:
        classes = list(distribution)
        scaled = softmax([math.log(max(distribution[c], 1e-300)) / temperature for c in classes])
        total -= math.log(max(scaled[classes.index(ex.act)], 1e-300))
    return total / len(outcomes)


def _scaled(model: LinearModel, temperature: float) -> LinearModel:
    """``model`` with its scores divided by ``temperature`` (softmax(s / T): the same ranking,
    calibrated probabilities)."""
    weights = tuple({n: round(v / temperature, DIGITS) for n, v in w.items()} for w in model.weights)
    bias = tuple(round(b / temperature, DIGITS) for b in model.bias)
    return attrs.evolve(model, weights=weights, bias=bias)


def _held_out_statements(
    news: Sequence[ActExample], debate: Sequence[ActExample], debate_weight: float, strength: float
) -> list[tuple[ActExample, dict[str, float]]]:
    """Each debate statement with the distribution of a model fitted without its sitting's fold
    (every news item stays in training)."""
    sittings = sorted({ex.group for ex in debate})
    out: list[tuple[ActExample, dict[str, float]]] = []
    for k in range(FOLDS):
        held = set(sittings[k::FOLDS])
        if not held:
            continue
        train = [ex for ex in debate if ex.group not in held]
        model = _fit_acts([*news, *train], [1.0] * len(news) + [debate_weight] * len(train), strength)
        out.extend((ex, model.distribution(ex.features)) for ex in debate if ex.group in held)
    return out


def fit_act_classifier(news: Sequence[ActExample], debate: Sequence[ActExample] = ()) -> LinearModel:
    """The act classifier: its strength, and the weight of the debate statements when there
    are any, chosen by cross-validation: the held-out log-loss of the news items (folds of
    articles) plus, with debate statements, that of the statements (folds of sittings), since
    the classifier reads both reported items and statements on their own (``judge_statement``);
    its temperature fitted on the same held-out probabilities; then refitted on every example."""
    if not news:
        raise ValueError("no labelled speech item to learn the act classifier from")
    best: tuple[float, float, float, list[tuple[ActExample, dict[str, float]]]] | None = None
    best_statements: list[tuple[ActExample, dict[str, float]]] = []
    for weight in DEBATE_WEIGHTS if debate else (0.0,):
        for strength in STRENGTHS:
            outcomes = _held_out(news, debate, weight, strength)
            statements = _held_out_statements(news, debate, weight, strength) if weight > 0 else []
            loss = _log_loss(outcomes) + (_log_loss(statements) if statements else 0.0)
            if best is None or loss < best[2] - 1e-9:
                best = (weight, strength, loss, outcomes)
                best_statements = statements
    assert best is not None
    weight, strength, _, outcomes = best
    pooled = [*outcomes, *best_statements]
    temperature = min(TEMPERATURES, key=lambda t: (round(_log_loss(pooled, t), 9), abs(t - 1.0)))
    extra = list(debate) if weight > 0 else []
    model = _fit_acts([*news, *extra], [1.0] * len(news) + [weight] * len(extra), strength)
    pairs = [(ex.act, max(d, key=lambda c: d[c])) for ex, d in outcomes]
    statement_pairs = [(ex.act, max(d, key=lambda c: d[c])) for ex, d in best_statements]
    rules = [(ex.act, ex.rules) for ex in news]
    meta = {
        "trained_on": "tuning split of seeds, dev and est-republicain"
        + (f", and the tuning half of {DEBATES} at weight {weight}" if extra else "")
        + " (fixtures/splits.json)",
        "documents": len({ex.group for ex in news}),
        "items": len(news),
        "debate_statements": len(extra),
        "debate_weight": weight,
        "strength": strength,
        "temperature": temperature,
        "cross_validated_accuracy": round(sum(g == p for g, p in pairs) / len(pairs), 4),
        "cross_validated_macro_f1_demand_denial_assurance": round(_key_macro_f1(pairs), 4),
        "rules_accuracy_same_items": round(sum(g == p for g, p in rules) / len(rules), 4),
    }
    if statement_pairs:
        meta["debate_cross_validated_accuracy"] = round(
            sum(g == p for g, p in statement_pairs) / len(statement_pairs), 4
        )
        meta["debate_cross_validated_macro_f1_demand_denial_assurance"] = round(_key_macro_f1(statement_pairs), 4)
    return attrs.evolve(_scaled(model, temperature), meta=meta)


def train_act(root: Path, debates: bool = USE_DEBATES) -> LinearModel:
    """Train the act classifier on the tuning fixtures under ``root`` (and on the tuning half
    of the debate statements, with ``debates``)."""
    news, counts = act_examples(tuning_documents(root))
    model = fit_act_classifier(news, statement_examples(root) if debates else [])
    return attrs.evolve(model, meta={**model.meta, "gold_items": counts["gold_items"]})


# -- the calibration of the rules' act confidence -----------------------------------------


class _PathRecorder:
    """An act decider that lets the rules decide and keeps, for each item, its span, the act and the
    decision path (``act.path.<path>`` in the evidence)."""

    name = "rules"

    def __init__(self) -> None:
        from quoteminer.acts import Rules

        self.inner = Rules()
        self.seen: list[tuple[tuple[int, int], str, str]] = []

    def judge(self, case: Any) -> Any:
        act, confidence, evidence = self.inner.judge(case)
        path = next(e.removeprefix("act.path.") for e in evidence if e.startswith("act.path."))
        self.seen.append(((case.item.start, case.item.end), act.value, path))
        return act, confidence, evidence


def act_path_outcomes(root: Path, extract: Callable[..., Any] | None = None) -> list[tuple[str, str, bool]]:
    """(source, decision path, whether the rules' act is the gold act) for every gold speech item with
    an act that the extractor finds in the tuning documents, and for every debate statement of the
    tuning half of ``root/DEBATES``, whose paths are named ``turn.<path>``: a turn of a debate read on
    its own is another setting than a report in an article, right far less often on the same path."""
    from quoteminer.pipeline import judge_statement

    extract_ = _extractor(extract)
    out: list[tuple[str, str, bool]] = []
    for doc in tuning_documents(root):
        recorder = _PathRecorder()
        extract_(doc.text, acts=recorder)
        gold = [g for g in doc.gold["items"] if g["kind"] != "mention" and g.get("act")]
        pairs = match([(g["start"], g["end"]) for g in gold], [span for span, _, _ in recorder.seen])
        for gi, pi in sorted(pairs):
            _, act, decided = recorder.seen[pi]
            out.append((doc.source, decided, act == gold[gi]["act"]))
    directory = root / DEBATES
    if directory.is_dir():
        splits = load_splits(directory)
        for sitting in sorted(directory.glob("*.json")):
            if splits.get(sitting.stem) != "tuning":
                continue
            for statement in json.loads(sitting.read_text(encoding="utf-8"))["statements"]:
                recorder = _PathRecorder()
                judge_statement(statement["context"], statement["start"], statement["end"], acts=recorder)
                ((_, act, decided),) = recorder.seen
                out.append((DEBATES, f"turn.{decided}", act == statement["act"]))
    return out


#: The rules' decision paths in the order of how much evidence backs them, weakest first (``acts._decide``):
#: in an article, then in a debate turn read on its own. A path that measures less often right than the one
#: before it is pooled with it, so that a higher confidence always means more evidence and more often right.
PATH_ORDER = (
    ("neutral.contested", "neutral", "content", "content.strong", "verb.weak", "verb.contested", "verb", "verb.agreed"),
    ("turn.exchange.neutral", "turn.exchange", "turn.content", "turn.content.strong"),
)


def _laplace(right: int, items: int) -> float:
    return (right + 1) / (items + 2)


def fit_act_confidence(outcomes: Sequence[tuple[str, str, bool]]) -> LinearModel:
    """The rules' ``act_confidence`` of each decision path (in an article, or ``turn.<path>`` in a debate
    turn read on its own): the Laplace estimate (right + 1) / (items + 2) over the tuning items it
    decided, adjacent paths of ``PATH_ORDER`` that break the order pooled (pool-adjacent-violators);
    shipped as a logistic model on one indicator per path (``path.<path>``, weight the estimate's
    log-odds), so that ``probability`` gives it back."""
    import math

    right: Counter[str] = Counter()
    items: Counter[str] = Counter()
    for _, path, ok in outcomes:
        items[path] += 1
        right[path] += ok
    estimate: dict[str, float] = {}
    ordered = {p for order in PATH_ORDER for p in order}
    for order in PATH_ORDER:
        blocks: list[tuple[list[str], int, int]] = [([p], right[p], items[p]) for p in order if items[p]]
        i = 1
        while i < len(blocks):
            if _laplace(*blocks[i - 1][1:]) > _laplace(*blocks[i][1:]):
                paths, r, n = blocks.pop(i)
                before, r0, n0 = blocks[i - 1]
                blocks[i - 1] = (before + paths, r0 + r, n0 + n)
                i = max(1, i - 1)
            else:
                i += 1
        for paths, r, n in blocks:
            estimate.update(dict.fromkeys(paths, _laplace(r, n)))
    estimate.update({p: _laplace(right[p], items[p]) for p in items if p not in ordered})
    weights = {f"path.{p}": round(math.log(e / (1 - e)), DIGITS) for p, e in sorted(estimate.items())}
    meta = {
        "trained_on": f"tuning items of {', '.join(sorted({o[0] for o in outcomes}))} (fixtures/splits.json):"
        " the rules decider's accuracy per decision path, Laplace estimate, adjacent violators pooled",
        "items": len(outcomes),
        "paths": {path: f"{right[path]}/{items[path]}" for path in sorted(items)},
        "confidence": {p: round(e, 4) for p, e in sorted(estimate.items())},
    }
    return LinearModel(name="act_confidence", classes=("no", "yes"), weights=(weights,), bias=(0.0,), meta=meta)


#: The article sets whose items calibrate the rules' act confidence: those the acceptance test holds to a
#: calibration error of at most 0.05 (``tests/test_acts_acceptance.py``). Adding the tuning half of
#: est-republicain lowers every article path (neutral 0.917 -> 0.863) and puts that error at 0.065
#: (docs/accuracy.md, "Act confidence").
CALIBRATION_SETS = ("seeds", "dev")


def train_act_confidence(root: Path) -> LinearModel:
    """Calibrate the rules' act confidence on the articles of ``CALIBRATION_SETS`` under ``root`` and the
    tuning half of the debate statements."""
    outcomes = [o for o in act_path_outcomes(root) if o[0] in (*CALIBRATION_SETS, DEBATES)]
    return fit_act_confidence(outcomes)


# -- the antecedent model ----------------------------------------------------------------

#: Where the coreference chains the antecedent model learns from live, under the fixtures.
LITBANK = "fr-litbank"
#: Works held out of the antecedent model's training, to measure it: the four whose name has
#: the smallest SHA-256 (a fixed rule, chosen before any result was seen).
HELD_OUT_WORKS = 4
#: Regularisation strengths tried for the antecedent model.
ANTECEDENT_STRENGTHS = (0.3, 1.0, 3.0)


@attrs.frozen
class AntecedentGroup:
    """One pronoun of a coreference-annotated text and the mentions before it in the window,
    each with its features and its label (is it in the pronoun's chain?)."""

    document: str
    work: str
    features: tuple[dict[str, float], ...]
    labels: tuple[bool, ...]
    baselines: tuple[int | None, ...] = ()  # the mention each baseline picks (see _baselines)


def litbank_records(root: Path) -> list[tuple[str, dict[str, Any]]]:
    """The texts and records of ``root/fr-litbank`` (fixtures/fr-litbank/README.md), sorted by id."""
    directory = root / LITBANK
    if not directory.is_dir():
        raise FileNotFoundError(f"no {LITBANK} fixtures under {root} (tools/import_litbank.py makes them)")
    out = []
    for path in sorted(directory.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        out.append((path.with_suffix(".txt").read_text(encoding="utf-8"), record))
    if not out:
        raise ValueError(f"{directory} holds no excerpt")
    return out


def antecedent_groups(root: Path) -> list[AntecedentGroup]:
    """Every third-person subject pronoun of the coreference chains with its candidate mentions:
    the people and organisations mentioned by name, by a noun or by a subject pronoun in the
    ``WINDOW`` characters before it, labelled by the chains."""
    from quoteminer import antecedents
    from quoteminer.content import TokenIndex
    from quoteminer.lang import get_language
    from quoteminer.parse import load, make_view, parse

    lang = get_language("fr")
    nlp = load(lang.model)
    groups = []
    for text, record in litbank_records(root):
        view = make_view(text)
        index = TokenIndex(view, parse(view, nlp))
        doc = antecedents.Layout(index, lang)
        mentions = [(int(s), int(e), int(chain)) for s, e, _, chain in record["mentions"]]
        heads: list[tuple[int, int, int, antecedents.Located]] = []  # the mentions that may be antecedents
        pronouns: list[tuple[int, int, antecedents.Located]] = []
        for s, e, chain in mentions:
            pronoun = doc.pronoun(s, e)
            if pronoun is not None and e - s <= len(pronoun.token.text) + 2:
                pronouns.append((s, chain, pronoun))
            head = pronoun or doc.head(s, e)
            if head is not None and (pronoun is not None or head.token.pos_ in ("NOUN", "PROPN")):
                heads.append((s, e, chain, head))
        starts = [s for s, _, _, _ in heads]
        for start, chain, pronoun in pronouns:
            lo, hi = bisect.bisect_left(starts, start - antecedents.WINDOW), bisect.bisect_left(starts, start)
            window = [h for h in heads[lo:hi] if h[1] <= start and h[3].start < start]
            if not window:
                continue
            before: Counter[Hashable] = Counter(c for _, _, c, _ in heads[:hi])
            features = tuple(antecedents.window_features(doc, pronoun, [(h[3], h[2]) for h in window], before))
            labels = tuple(h[2] == chain for h in window)
            groups.append(
                AntecedentGroup(str(record["id"]), str(record["work"]), features, labels, _baselines(features))
            )
    return groups


def _baselines(features: Sequence[dict[str, float]]) -> tuple[int | None, ...]:
    """The mention two rules pick: the nearest one that does not clash in gender or number, and
    the nearest such subject (else the nearest such mention), as the speaker stage's rules do."""

    def agrees(f: dict[str, float]) -> bool:
        return "gender:clashes" not in f and "number:clashes" not in f

    order = sorted(range(len(features)), key=lambda i: features[i]["tokens_log"])
    nearest = next((i for i in order if agrees(features[i])), None)
    subject = next((i for i in order if agrees(features[i]) and "function:subject" in features[i]), nearest)
    return nearest, subject


def _held_out_works(groups: Sequence[AntecedentGroup]) -> frozenset[str]:
    works = sorted({g.work for g in groups}, key=lambda w: hashlib.sha256(w.encode("utf-8")).hexdigest())
    return frozenset(works[:HELD_OUT_WORKS])


def _accuracy(picks: Iterable[int | None], groups: Sequence[AntecedentGroup]) -> float:
    """Share of the pronouns (with an antecedent in the window) whose pick is in their chain."""
    answerable = [(p, g) for p, g in zip(picks, groups, strict=True) if any(g.labels)]
    return sum(p is not None and g.labels[p] for p, g in answerable) / max(len(answerable), 1)


def _picks(model: LinearModel, groups: Sequence[AntecedentGroup]) -> list[int | None]:
    out: list[int | None] = []
    for g in groups:
        scores = [model.scores(f)[0] for f in g.features]
        out.append(max(range(len(scores)), key=lambda i: (scores[i], -i)) if scores else None)
    return out


def fit_antecedent(groups: Sequence[AntecedentGroup]) -> LinearModel:
    """The antecedent model: trained on every work but the held-out ones, its strength chosen by
    cross-validation grouped by work; measured on the held-out works (``meta``)."""
    if not groups:
        raise ValueError("no pronoun to learn the antecedent model from")
    held = _held_out_works(groups)
    learning = [g for g in groups if g.work not in held]
    test = [g for g in groups if g.work in held]
    works = sorted({g.work for g in learning})
    folds = [set(works[k::FOLDS]) for k in range(FOLDS)]
    best: tuple[float, float] | None = None
    for strength in ANTECEDENT_STRENGTHS:
        picks: list[int | None] = []
        ordered: list[AntecedentGroup] = []
        for fold_works in folds:
            inside = [g for g in learning if g.work not in fold_works]
            outside = [g for g in learning if g.work in fold_works]
            if inside and outside:
                picks += _picks(_fit([g for g in inside if any(g.labels)], strength, "antecedent"), outside)
                ordered += outside
        accuracy = _accuracy(picks, ordered)
        if best is None or accuracy > best[1] + 1e-9:
            best = (strength, accuracy)
    assert best is not None
    strength, cross_validated = best
    model = _fit([g for g in learning if any(g.labels)], strength, "antecedent")
    meta = {
        "trained_on": f"coreference chains of {LITBANK} (fixtures/{LITBANK}), held-out works excepted",
        "works": len(works),
        "pronouns": len(learning),
        "pairs": sum(len(g.labels) for g in learning),
        "strength": strength,
        "cross_validated_accuracy": round(cross_validated, 4),
        "held_out_works": sorted(held),
        "held_out_pronouns": sum(any(g.labels) for g in test),
        "held_out_accuracy": round(_accuracy(_picks(model, test), test), 4),
        "held_out_nearest_agreeing": round(_accuracy([g.baselines[0] for g in test], test), 4),
        "held_out_nearest_agreeing_subject": round(_accuracy([g.baselines[1] for g in test], test), 4),
        "held_out_answerable": round(sum(any(g.labels) for g in test) / max(len(test), 1), 4),
    }
    return attrs.evolve(model, meta=meta)


def train_antecedent(root: Path) -> LinearModel:
    """Train the antecedent model on the coreference chains under ``root/fr-litbank``."""
    return fit_antecedent(antecedent_groups(root))


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
    extract_ = _extractor(extract)
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
    tried: list[tuple[float, float, dict[str, float]]] = []
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
        tried.append((strength, _speech_f1(decided, thresholds), thresholds))
    # the most regularised model within KIND_TOLERANCE of the best held-out F1: a few hundred
    # decisions cannot tell a gain that small from noise, and a weakly regularised model learns
    # weights large enough to overrule the rules on plain constructions ("Selon la police, …")
    top = max(f1 for _, f1, _ in tried)
    strength, f1, thresholds = next(t for t in tried if t[1] >= top - KIND_TOLERANCE)
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


# -- the person-noun model ---------------------------------------------------------------


def person_noun_words(documents: Sequence[Document]) -> tuple[list[str], list[str]]:
    """Words that name people (the role lexicons) and words that do not: the institution,
    document, figure and non-source lexicons, and the other nouns of the tuning articles that
    never head a source there (a noisy but large sample of what people are not)."""
    from quoteminer.lang import get_language
    from quoteminer.parse import load, make_view, parse

    lang = get_language("fr")
    roles, cues = lang.roles, lang.cues
    people = {w for w in (*roles.ROLE_NOUNS, *roles.FEMININE_ROLES) if " " not in w}
    listed_not = {
        w
        for w in (*roles.ORGANIZATION_NOUNS, *cues.DOCUMENT_NOUNS, *cues.FIGURE_NOUNS, *cues.NOT_SOURCES)
        if " " not in w
    }
    nlp = load(lang.model)
    seen: set[str] = set()
    sources: set[str] = set()
    titled: set[str] = set()
    for doc in documents:
        view = make_view(doc.text)
        for piece in parse(view, nlp):
            for tok in piece.doc:
                if tok.pos_ == "NOUN" and tok.is_alpha and tok.is_lower:
                    seen.add(tok.lemma_.lower())
                    if tok.dep_.startswith("nsubj") or tok.dep_ == "appos":
                        sources.add(tok.lemma_.lower())  # may be a person: left out of the negatives
                    after = piece.doc[tok.i + 1] if tok.i + 1 < len(piece.doc) else None
                    if after is not None and after.ent_type_ == "PER" and after.ent_iob_ == "B":
                        titled.add(tok.lemma_.lower())  # "l'historien Jean Dupont": a title before a name
        for item in doc.gold["items"]:
            speaker = item.get("speaker") or {}
            for field in ("name", "title"):
                sources.update(w.lower() for w in str(speaker.get(field) or "").split())
    people |= {w for w in titled if w not in listed_not}
    others = sorted(seen - people - sources - listed_not)
    return sorted(people), sorted(listed_not | set(others))


def train_person_noun(root: Path) -> LinearModel:
    """The person-noun model: logistic regression over word vectors and endings, its
    strength chosen by cross-validation over words."""
    from quoteminer.lang import get_language
    from quoteminer.parse import load
    from quoteminer.persons import noun_features

    sk = _sklearn()
    people, others = person_noun_words(tuning_documents(root))
    vocab = load(get_language("fr").model).vocab
    words = [*people, *others]
    labels = [1] * len(people) + [0] * len(others)
    rows = [noun_features(w, vocab.get_vector(w) if vocab.has_vector(w) else None) for w in words]
    vectorizer = sk.feature_extraction.DictVectorizer(sort=True)
    x = vectorizer.fit_transform(rows).toarray()
    names = [str(n) for n in vectorizer.get_feature_names_out()]
    folds = [[i for i in range(len(words)) if i % FOLDS == k] for k in range(FOLDS)]

    def fitted(strength: float, rows_: list[int]) -> Any:
        fit = sk.linear_model.LogisticRegression(
            C=strength, solver="liblinear", random_state=0, max_iter=1000, class_weight="balanced"
        )
        return fit.fit(x[rows_], [labels[i] for i in rows_])

    best: tuple[float, float, float] | None = None  # (F1, strength, threshold)
    for strength in STRENGTHS:
        scores = [0.0] * len(words)
        for held in folds:
            train_rows = [i for i in range(len(words)) if i % FOLDS != held[0] % FOLDS]
            model = fitted(strength, train_rows)
            for i, p in zip(held, model.predict_proba(x[held])[:, 1], strict=True):
                scores[i] = float(p)
        for threshold in [round(0.05 * t, 2) for t in range(4, 19)]:
            tp = sum(1 for s, y in zip(scores, labels, strict=True) if s >= threshold and y)
            fp = sum(1 for s, y in zip(scores, labels, strict=True) if s >= threshold and not y)
            fn = sum(1 for s, y in zip(scores, labels, strict=True) if s < threshold and y)
            f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, strength, threshold)
    assert best is not None
    f1, strength, threshold = best
    fit = fitted(strength, list(range(len(words))))
    weights = {n: round(float(w), DIGITS) for n, w in zip(names, fit.coef_[0], strict=True) if round(float(w), DIGITS)}
    return LinearModel(
        name="person_noun",
        classes=("no", "yes"),
        weights=(weights,),
        bias=(round(float(fit.intercept_[0]), DIGITS),),
        threshold=threshold,
        meta={
            "trained_on": "the role lexicons against institution, document, figure and non-source lexicons "
            "and the tuning articles' other nouns",
            "people": len(people),
            "others": len(others),
            "strength": strength,
            "cross_validated_f1": round(f1, 4),
        },
    )


#: Every trained part, by model name: a function of the fixtures directory. In the order
#: they are built: a later model is trained with the earlier ones in use (the speaker
#: ranker's candidates depend on which nouns name people, and its features on the
#: antecedent model's probabilities; the speaker ranker and the act classifier learn from the
#: items the kind classifier gives).
TRAINERS: dict[str, Callable[[Path], LinearModel]] = {
    "person_noun": train_person_noun,
    "antecedent": train_antecedent,
    "kind": train_kind,
    "speaker": train_speaker,
    "act": train_act,
    "act_confidence": train_act_confidence,
}
