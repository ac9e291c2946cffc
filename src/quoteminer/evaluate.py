"""Evaluation: an annotated fixtures directory → accuracy figures.

Reads ``ID.txt`` + ``ID.json`` pairs (schema: fixtures/README.md), runs the
extractor, and matches predicted items to gold ones one-to-one. Invariants:

- speech items (direct, partial, indirect) match when the overlap covers at
  least 0.3 of the gold span (lenient) — reported again with Jaccard ≥ 0.8
  (strict); kinds are compared only on matched pairs;
- speaker, act and hedging accuracies are over matched gold speech items;
- the act macro-F1 averages the F1 of demand, denial and assurance over those of
  the three that occur in the gold or the prediction: a class absent from both
  has no F1 (it is neither right nor wrong), and the per-class table says so;
- the reliability table bins matched items by ``act_confidence`` and gives the
  act accuracy of each bin, so a reader sees whether higher means righter; the
  decision-path table gives the accuracy of each path of the act stage, from
  which ``lang.<code>.acts.CONFIDENCE`` is set;
- a gold mention that comes out as speech counts as a leaked mention;
- ``said_on`` is scored on matched speech items whose gold gives it (a date or null): the
  extractor is given each fixture's ``published`` date when it takes one, and is right
  when both ``said_on`` and ``said_on_end`` are;
- the article's own claims (claims with no quote) match the gold's ``claims`` when
  they cover half of the gold sentence with a Jaccard overlap of at least 0.5;
- every figure is also kept per document, so that a 95% interval comes from resampling
  articles (never items: the items of one article are not independent);
- fixtures are grouped by source (their directory) and by split (``tuning`` or
  ``test``, from ``splits.json`` beside the directories): the test split is scored,
  never read for errors (fixtures/README.md).
"""

from __future__ import annotations

import inspect
import itertools
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import numpy

from quoteminer.lang import LanguageData, get_language
from quoteminer.model import Extraction, Quote, QuoteKind, SpeechAct
from quoteminer.parse import fold

__all__ = [
    "KEY_FIGURES",
    "Report",
    "Scoreboard",
    "evaluate",
    "evaluate_sets",
    "evaluate_statements",
    "is_statement_set",
    "load_fixture",
    "load_splits",
    "match",
    "merge",
]

_SPEECH = ("direct", "partial", "indirect")
#: The acts whose macro-F1 is a target (issue 4): the ones a fact-checker acts on.
KEY_ACTS = ("demand", "denial", "assurance")
#: Lower edges of the confidence bins of the reliability tables.
CONFIDENCE_BINS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9)


def load_fixture(path: Path) -> tuple[str, dict[str, Any]]:
    """The article text and gold annotation of ``path`` (either file of the pair)."""
    base = path.with_suffix("")
    text = base.with_suffix(".txt").read_text(encoding="utf-8")
    gold = json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))
    return text, gold


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(
    gold: Sequence[tuple[int, int]],
    pred: Sequence[tuple[int, int]],
    min_gold_cover: float = 0.3,
    min_jaccard: float = 0.0,
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), best overlaps first."""
    candidates = []
    for gi, g in enumerate(gold):
        glen = max(1, g[1] - g[0])
        for pi, p in enumerate(pred):
            ov = _overlap(g, p)
            if not ov:
                continue
            union = max(g[1], p[1]) - min(g[0], p[0])
            jac = ov / union
            if ov / glen >= min_gold_cover and jac >= min_jaccard:
                candidates.append((jac, gi, pi))
    candidates.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _name_ok(gold: dict[str, Any] | None, quote: Quote, lang: LanguageData) -> bool:
    if gold is None:
        return quote.speaker is None
    if quote.speaker is None:
        return False
    names = [gold["name"], *(gold.get("accept") or [])]
    pred = bare_name(quote.speaker.name, lang)
    return any(bare_name(n, lang) == pred for n in names)


def bare_name(name: str, lang: LanguageData) -> str:
    """A speaker's name folded and without its article (``La CGT`` → ``cgt``), as names are compared
    when scored."""
    name = fold(name)
    for det in lang.syntax.NAME_ARTICLE_PREFIXES:
        if name.startswith(det):
            return name[len(det) :]
    return name


def fixture_language(gold: dict[str, Any]) -> LanguageData:
    """The language of an annotated fixture: its ``lang`` (a code such as ``fr``), French when absent."""
    return get_language(gold.get("lang", "fr"))


@attrs.define
class Counts:
    """Raw counts behind the figures of one document, or of several added up."""

    documents: int = 0
    gold_speech: int = 0
    pred_speech: int = 0
    matched: int = 0
    matched_strict: int = 0
    kind_ok: int = 0
    gold_indirect: int = 0
    pred_indirect: int = 0
    matched_indirect: int = 0
    gold_verbatim: int = 0
    pred_verbatim: int = 0
    verbatim_ok: int = 0
    gold_mentions: int = 0
    mentions_ok: int = 0
    leaked_mentions: int = 0
    speaker_total: int = 0
    speaker_ok: int = 0
    pronoun_total: int = 0
    pronoun_ok: int = 0
    act_total: int = 0
    act_ok: int = 0
    hedged_ok: int = 0
    hedged_gold: int = 0
    hedged_pred: int = 0
    hedged_both: int = 0
    said_on_total: int = 0
    said_on_ok: int = 0
    said_on_gold_dated: int = 0  # of said_on_total, those the gold dates
    said_on_gold_dated_ok: int = 0
    said_on_pred_dated: int = 0  # of said_on_total, those the extractor dates
    said_on_pred_dated_ok: int = 0
    gold_quantities: int = 0
    pred_quantities: int = 0
    quantities_ok: int = 0
    gold_claims: int = 0
    pred_claims: int = 0
    claims_ok: int = 0
    act_pairs: list[tuple[str, str]] = attrs.Factory(list)
    act_confidences: list[tuple[float, bool]] = attrs.Factory(list)
    act_paths: list[tuple[str, bool]] = attrs.Factory(list)
    speaker_resolutions: list[tuple[str, bool]] = attrs.Factory(list)
    speaker_confidences: list[tuple[float, bool]] = attrs.Factory(list)
    errors: list[str] = attrs.Factory(list)

    def add(self, other: Counts) -> None:
        """Add ``other``'s counts and lists to these."""
        for field in attrs.fields(Counts):
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


#: The headline figures, each with the counts it is computed from: they get bootstrap
#: intervals, and the tuning/test gap is given for the first three.
KEY_FIGURES = (
    "speech_f1",
    "speaker_accuracy",
    "act_macro_f1_demand_denial_assurance",
    "speech_f1_strict",
    "indirect_f1",
    "pronoun_speaker_accuracy",
    "act_accuracy",
    "leaked_mention_rate",
)


def _vector(c: Counts) -> dict[str, float]:
    """The counts the key figures are computed from, as numbers that add up over documents."""
    out: dict[str, float] = {
        name: float(getattr(c, name))
        for name in (
            "gold_speech",
            "pred_speech",
            "matched",
            "matched_strict",
            "gold_indirect",
            "pred_indirect",
            "matched_indirect",
            "speaker_total",
            "speaker_ok",
            "pronoun_total",
            "pronoun_ok",
            "act_total",
            "act_ok",
            "gold_mentions",
            "leaked_mentions",
        )
    }
    for act in KEY_ACTS:
        out[f"{act}_tp"] = float(sum(1 for g, p in c.act_pairs if g == act and p == act))
        out[f"{act}_gold"] = float(sum(1 for g, _ in c.act_pairs if g == act))
        out[f"{act}_pred"] = float(sum(1 for _, p in c.act_pairs if p == act))
    return out


def _macro_f1(v: Mapping[str, Any]) -> Any:
    """Macro-F1 of the key acts present in the gold or the prediction (works on arrays too)."""
    total: Any = 0.0
    present: Any = 0.0
    for act in KEY_ACTS:
        tp, gold, pred = v[f"{act}_tp"], v[f"{act}_gold"], v[f"{act}_pred"]
        f1 = numpy.where(gold + pred > 0, 2 * tp / numpy.maximum(gold + pred, 1), 0.0)
        total = total + f1
        present = present + (gold + pred > 0)
    return numpy.where(present > 0, total / numpy.maximum(present, 1), 0.0)


def _key_figures(v: Mapping[str, Any]) -> dict[str, Any]:
    """The key figures from summed counts (scalars, or arrays of bootstrap samples)."""

    def div(a: Any, b: Any) -> Any:
        return numpy.where(b > 0, a / numpy.maximum(b, 1), 0.0)

    def f1(hit: Any, gold: Any, pred: Any) -> Any:
        return numpy.where(gold + pred > 0, 2 * hit / numpy.maximum(gold + pred, 1), 0.0)

    return {
        "speech_f1": f1(v["matched"], v["gold_speech"], v["pred_speech"]),
        "speaker_accuracy": div(v["speaker_ok"], v["speaker_total"]),
        "act_macro_f1_demand_denial_assurance": _macro_f1(v),
        "speech_f1_strict": f1(v["matched_strict"], v["gold_speech"], v["pred_speech"]),
        "indirect_f1": f1(v["matched_indirect"], v["gold_indirect"], v["pred_indirect"]),
        "pronoun_speaker_accuracy": div(v["pronoun_ok"], v["pronoun_total"]),
        "act_accuracy": div(v["act_ok"], v["act_total"]),
        "leaked_mention_rate": div(v["leaked_mentions"], v["gold_mentions"]),
    }


#: The count each key figure is "out of", shown beside it (items, not documents).
_BASE = {
    "speech_f1": "gold_speech",
    "speaker_accuracy": "speaker_total",
    "act_macro_f1_demand_denial_assurance": "act_total",
    "speech_f1_strict": "gold_speech",
    "indirect_f1": "gold_indirect",
    "pronoun_speaker_accuracy": "pronoun_total",
    "act_accuracy": "act_total",
    "leaked_mention_rate": "gold_mentions",
}

#: Bootstrap resamples of the articles, and the seed that makes the intervals reproducible.
BOOTSTRAP = 1000
_SEED = 20121205


def _percentiles(samples: numpy.ndarray[Any, Any]) -> tuple[float, float]:
    """The 95% percentile interval of bootstrap samples ((nan, nan) with none)."""
    if not len(samples):
        return (float("nan"), float("nan"))
    return (float(numpy.percentile(samples, 2.5)), float(numpy.percentile(samples, 97.5)))


@attrs.define
class Report:
    """Accuracy of the extractor on a set of fixtures, document by document."""

    name: str
    documents: list[tuple[str, Counts]] = attrs.Factory(list)

    @property
    def counts(self) -> Counts:
        """Every document's counts added up."""
        total = Counts()
        for _, counts in self.documents:
            total.add(counts)
        return total

    def _samples(self, resamples: int, seed: int) -> dict[str, numpy.ndarray[Any, Any]]:
        vectors = [_vector(c) for _, c in self.documents]
        names = list(vectors[0]) if vectors else []
        table = numpy.array([[v[n] for n in names] for v in vectors], dtype=float).reshape(len(vectors), len(names))
        rng = numpy.random.default_rng(seed)
        picks = rng.integers(0, len(vectors), size=(resamples, len(vectors)))
        sums = {n: table[picks].sum(axis=1)[:, i] for i, n in enumerate(names)}  # per resample
        figures = _key_figures(sums)
        # a resample with nothing to count (no pronoun speaker drawn) says nothing of the figure
        return {name: values[sums[_BASE[name]] > 0] for name, values in figures.items()}

    def intervals(self, resamples: int = BOOTSTRAP, seed: int = _SEED) -> dict[str, tuple[float, float]]:
        """A 95% percentile interval of each key figure, resampling documents."""
        if not self.documents:
            return {name: (0.0, 0.0) for name in KEY_FIGURES}
        samples = self._samples(resamples, seed)
        return {name: _percentiles(samples[name]) for name in KEY_FIGURES}

    def said_on_interval(self, resamples: int = BOOTSTRAP, seed: int = _SEED) -> tuple[float, float]:
        """A 95% interval of ``said_on_accuracy``, resampling documents."""
        table = numpy.array([(c.said_on_ok, c.said_on_total) for _, c in self.documents], dtype=float)
        if not len(table) or not table[:, 1].sum():
            return (float("nan"), float("nan"))
        picks = numpy.random.default_rng(seed).integers(0, len(table), size=(resamples, len(table)))
        ok, total = table[picks, 0].sum(axis=1), table[picks, 1].sum(axis=1)
        return _percentiles(ok[total > 0] / total[total > 0])

    def act_scores(self) -> dict[str, tuple[int, int, float, float, float]]:
        """Per act: (gold count, predicted count, precision, recall, F1) over matched items."""
        out = {}
        pairs = self.counts.act_pairs
        for act in ACTS:
            tp = sum(1 for g, pr in pairs if g == act and pr == act)
            n_gold = sum(1 for g, _ in pairs if g == act)
            n_pred = sum(1 for _, pr in pairs if pr == act)
            p, r = _ratio(tp, n_pred), _ratio(tp, n_gold)
            out[act] = (n_gold, n_pred, p, r, _f1(p, r))
        return out

    def confusion(self) -> dict[str, dict[str, int]]:
        """Gold act → predicted act → count, over matched items."""
        table = {g: dict.fromkeys((*ACTS, "none"), 0) for g in ACTS}
        for g, pr in self.counts.act_pairs:
            table[g][pr] = table[g].get(pr, 0) + 1
        return table

    def reliability(self, speaker: bool = False) -> list[tuple[float, float, int, float, float]]:
        """Per confidence bin: (low edge, high edge, items, mean confidence, accuracy) of
        ``act_confidence`` (or of ``speaker_confidence``, with ``speaker``)."""
        edges = (*CONFIDENCE_BINS, 1.0 + 1e-9)
        confidences = self.counts.speaker_confidences if speaker else self.counts.act_confidences
        rows = []
        for lo, hi in itertools.pairwise(edges):
            inside = [(c, ok) for c, ok in confidences if lo <= c < hi]
            if inside:
                mean = sum(c for c, _ in inside) / len(inside)
                rows.append((lo, min(hi, 1.0), len(inside), mean, sum(ok for _, ok in inside) / len(inside)))
        return rows

    def paths(self) -> dict[str, tuple[int, int]]:
        """Per decision path of the act stage (``act.path.*`` in the evidence): (items, right)."""
        out: dict[str, tuple[int, int]] = {}
        for path, ok in self.counts.act_paths:
            n, right = out.get(path, (0, 0))
            out[path] = (n + 1, right + ok)
        return dict(sorted(out.items()))

    def by_resolution(self) -> dict[str, tuple[int, int]]:
        """Speaker accuracy by how the gold speaker is found in the text: (items, right)."""
        out: dict[str, tuple[int, int]] = {}
        for resolution, ok in self.counts.speaker_resolutions:
            n, right = out.get(resolution, (0, 0))
            out[resolution] = (n + 1, right + ok)
        return dict(sorted(out.items()))

    @property
    def figures(self) -> dict[str, float]:
        """Every figure of the report, by name."""
        c = self.counts
        p = _ratio(c.matched, c.pred_speech)
        r = _ratio(c.matched, c.gold_speech)
        key = {name: float(value) for name, value in _key_figures(_vector(c)).items()}
        qp = _ratio(c.quantities_ok, c.pred_quantities)
        qr = _ratio(c.quantities_ok, c.gold_quantities)
        cp = _ratio(c.claims_ok, c.pred_claims)
        cr = _ratio(c.claims_ok, c.gold_claims)
        vp = _ratio(c.verbatim_ok, c.pred_verbatim)
        vr = _ratio(c.verbatim_ok, c.gold_verbatim)
        n_conf = len(c.act_confidences)
        ece = sum(n * abs(acc - mean) for _, _, n, mean, acc in self.reliability()) / n_conf if n_conf else 0.0
        n_speak = len(c.speaker_confidences)
        speaker_ece = (
            sum(n * abs(acc - mean) for _, _, n, mean, acc in self.reliability(speaker=True)) / n_speak
            if n_speak
            else 0.0
        )
        return {
            "speech_precision": p,
            "speech_recall": r,
            "speech_f1": key["speech_f1"],
            "speech_f1_strict": key["speech_f1_strict"],
            "indirect_f1": key["indirect_f1"],
            "verbatim_f1": _f1(vp, vr),
            "kind_accuracy": _ratio(c.kind_ok, c.matched),
            "mention_accuracy": _ratio(c.mentions_ok, c.gold_mentions),
            "leaked_mentions": float(c.leaked_mentions),
            "leaked_mention_rate": key["leaked_mention_rate"],
            "speaker_accuracy": key["speaker_accuracy"],
            "pronoun_speaker_accuracy": key["pronoun_speaker_accuracy"],
            "speaker_calibration_error": speaker_ece,
            "act_accuracy": key["act_accuracy"],
            "act_macro_f1_demand_denial_assurance": key["act_macro_f1_demand_denial_assurance"],
            "act_calibration_error": ece,
            "hedged_accuracy": _ratio(c.hedged_ok, c.act_total),
            "hedged_precision": _ratio(c.hedged_both, c.hedged_pred),
            "hedged_recall": _ratio(c.hedged_both, c.hedged_gold),
            "said_on_accuracy": _ratio(c.said_on_ok, c.said_on_total),
            "said_on_recall": _ratio(c.said_on_gold_dated_ok, c.said_on_gold_dated),
            "said_on_precision": _ratio(c.said_on_pred_dated_ok, c.said_on_pred_dated),
            "quantity_precision": qp,
            "quantity_recall": qr,
            "quantity_f1": _f1(qp, qr),
            "journalist_claim_precision": cp,
            "journalist_claim_recall": cr,
        }

    def to_markdown(self) -> str:
        """The report as Markdown: the figures, the acts class by class, the confusion matrix,
        speakers by resolution, and the reliability of act_confidence."""
        c = self.counts
        rows = [f"| {k} | {v:.3f} |" for k, v in self.figures.items()]
        head = (
            f"**{self.name}**: {c.documents} documents, {c.gold_speech} gold speech items, "
            f"{c.pred_speech} predicted, {c.gold_mentions} gold mentions, "
            f"{c.pronoun_total} pronoun speakers, {c.said_on_total} dated statements\n\n| figure | value |\n|---|---|"
        )
        resolutions = ["", "| speaker resolution | items | speaker accuracy |", "|---|---|---|"]
        for resolution, (n, right) in self.by_resolution().items():
            resolutions.append(f"| {resolution} | {n} | {right / n:.3f} |")
        acts = self._act_tables()
        bins = ["", "| speaker_confidence | items | mean confidence | speaker accuracy |", "|---|---|---|---|"]
        for lo, hi, n, mean, acc in self.reliability(speaker=True):
            bins.append(f"| [{lo:.2f}, {hi:.2f}{']' if hi >= 1.0 else ')'} | {n} | {mean:.3f} | {acc:.3f} |")
        return "\n".join([head, *rows, *acts[0], *resolutions, *acts[1], *bins, *acts[2]])

    def acts_markdown(self, units: tuple[str, str] = ("statements", "interventions")) -> str:
        """The act part of the report as Markdown (an act-only set's whole report): the figures,
        the acts class by class, the confusion matrix, the reliability of act_confidence, the
        paths; ``units`` names the items and the documents."""
        c = self.counts
        figures = self.figures
        names = ("act_accuracy", "act_macro_f1_demand_denial_assurance", "act_calibration_error")
        head = [
            f"**{self.name}**: {c.act_total} {units[0]} in {c.documents} {units[1]}",
            "",
            "| figure | value |",
            "|---|---|",
            *(f"| {name} | {figures[name]:.3f} |" for name in names),
        ]
        tables, bins, paths = self._act_tables()
        return "\n".join([*head, *tables, *bins, *paths])

    def _act_tables(self) -> tuple[list[str], list[str], list[str]]:
        """Markdown lines: the per-act scores and the confusion matrix; the reliability of
        act_confidence; the accuracy of each decision path."""
        acts = ["", "| act | gold | predicted | precision | recall | F1 |", "|---|---|---|---|---|---|"]
        for act, (n_gold, n_pred, p, r, f) in self.act_scores().items():
            if n_gold or n_pred:
                acts.append(f"| {act} | {n_gold} | {n_pred} | {p:.3f} | {r:.3f} | {f:.3f} |")
            else:
                acts.append(f"| {act} | 0 | 0 | – | – | – |")
        confusion = self.confusion()
        columns = [*ACTS, "none"]
        acts += ["", "| gold \\ predicted | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
        for gold_act in ACTS:
            acts.append(f"| {gold_act} | " + " | ".join(str(confusion[gold_act][p]) for p in columns) + " |")
        bins = ["", "| act_confidence | items | mean confidence | act accuracy |", "|---|---|---|---|"]
        for lo, hi, n, mean, acc in self.reliability():
            bins.append(f"| [{lo:.2f}, {hi:.2f}{']' if hi >= 1.0 else ')'} | {n} | {mean:.3f} | {acc:.3f} |")
        paths = ["", "| decision path | items | act accuracy |", "|---|---|---|"]
        for path, (n, right) in self.paths().items():
            paths.append(f"| {path} | {n} | {right / n:.3f} |")
        return acts, bins, paths


ACTS = ("demand", "denial", "assurance", "warning", "accusation", "statement")


def _quantities(gold: dict[str, Any]) -> list[tuple[int, int, float]]:
    out = []
    for block in (*gold["items"], *gold["claims"]):
        for q in block.get("quantities", []):
            out.append((q["start"], q["end"], float(q["value"])))
    return sorted(set(out))


def score(text: str, gold: dict[str, Any], result: Extraction, counts: Counts | None = None) -> Counts:
    """One document's comparison, added to ``counts`` when given (else to fresh counts)."""
    counts = counts if counts is not None else Counts()
    lang = fixture_language(gold)
    counts.documents += 1
    doc_id = gold.get("id", "?")
    g_speech = [g for g in gold["items"] if g["kind"] in _SPEECH]
    g_mentions = [g for g in gold["items"] if g["kind"] == "mention"]
    p_speech = [q for q in result.quotes if q.kind.is_speech]
    counts.gold_speech += len(g_speech)
    counts.pred_speech += len(p_speech)
    g_spans = [(g["start"], g["end"]) for g in g_speech]
    p_spans = [(q.start, q.end) for q in p_speech]
    pairs = match(g_spans, p_spans)
    counts.matched += len(pairs)
    counts.matched_strict += len(match(g_spans, p_spans, 0.0, 0.8))
    g_ind = [(g["start"], g["end"]) for g in g_speech if g["kind"] == "indirect"]
    p_ind = [(q.start, q.end) for q in p_speech if q.kind is QuoteKind.INDIRECT]
    counts.gold_indirect += len(g_ind)
    counts.pred_indirect += len(p_ind)
    counts.matched_indirect += len(match(g_ind, p_ind))
    g_verb = sorted({(v["start"], v["end"]) for g in g_speech for v in g.get("verbatim", [])})
    p_verb = sorted({(v.start, v.end) for q in p_speech for v in q.verbatim})
    counts.gold_verbatim += len(g_verb)
    counts.pred_verbatim += len(p_verb)
    counts.verbatim_ok += len(set(g_verb) & set(p_verb))
    matched_g = {gi for gi, _ in pairs}
    for gi, g in enumerate(g_speech):
        if gi not in matched_g:
            counts.errors.append(f"{doc_id} missed {g['kind']} [{g['start']}:{g['end']}] {g['text'][:70]!r}")
    matched_p = {pi for _, pi in pairs}
    for pi, q in enumerate(p_speech):
        if pi not in matched_p:
            counts.errors.append(f"{doc_id} spurious {q.kind.value} [{q.start}:{q.end}] {q.text[:70]!r}")
    for gi, pi in pairs:
        g, q = g_speech[gi], p_speech[pi]
        if g["kind"] == q.kind.value:
            counts.kind_ok += 1
        counts.speaker_total += 1
        ok = _name_ok(g.get("speaker"), q, lang)
        counts.speaker_ok += ok
        resolution = g["speaker"].get("resolution", "explicit") if g.get("speaker") else "none"
        counts.speaker_resolutions.append((resolution, ok))
        if q.speaker_confidence is not None:
            counts.speaker_confidences.append((q.speaker_confidence, ok))
        if resolution == "pronoun":
            counts.pronoun_total += 1
            counts.pronoun_ok += ok
        if not ok:
            want = g["speaker"]["name"] if g.get("speaker") else None
            got = q.speaker.name if q.speaker else None
            counts.errors.append(f"{doc_id} speaker {got!r} != {want!r} for {g['text'][:50]!r}")
        if "said_on" in g:
            counts.said_on_total += 1
            said = getattr(q, "said_on", None)
            said_end = getattr(q, "said_on_end", None)
            got_dates = (str(said) if said else None, str(said_end) if said_end else None)
            right = got_dates == (g["said_on"], g.get("said_on_end"))
            counts.said_on_ok += right
            counts.said_on_gold_dated += g["said_on"] is not None
            counts.said_on_gold_dated_ok += right and g["said_on"] is not None
            counts.said_on_pred_dated += said is not None
            counts.said_on_pred_dated_ok += right and said is not None
        if g.get("act"):
            counts.act_total += 1
            pred_act = q.act.value if q.act else "none"
            counts.act_ok += pred_act == g["act"]
            counts.act_pairs.append((g["act"], pred_act))
            counts.hedged_ok += bool(g.get("hedged")) == q.hedged
            counts.hedged_gold += bool(g.get("hedged"))
            counts.hedged_pred += q.hedged
            counts.hedged_both += bool(g.get("hedged")) and q.hedged
            if bool(g.get("hedged")) != q.hedged:
                counts.errors.append(f"{doc_id} hedged {q.hedged} != {bool(g.get('hedged'))} for {g['text'][:50]!r}")
            if q.act_confidence is not None:
                counts.act_confidences.append((q.act_confidence, pred_act == g["act"]))
            path = next((e[len("act.path.") :] for e in q.evidence if e.startswith("act.path.")), "?")
            counts.act_paths.append((path, pred_act == g["act"]))
            if pred_act != g["act"]:
                counts.errors.append(f"{doc_id} act {pred_act} != {g['act']} for {g['text'][:50]!r}")
    # mentions
    all_pred = [(q.start, q.end) for q in result.quotes]
    m_pairs = match([(g["start"], g["end"]) for g in g_mentions], all_pred, 0.5, 0.8)
    counts.gold_mentions += len(g_mentions)
    for gi, pi in m_pairs:
        if result.quotes[pi].kind is QuoteKind.MENTION:
            counts.mentions_ok += 1
        else:
            counts.leaked_mentions += 1
            counts.errors.append(f"{doc_id} leaked mention {g_mentions[gi]['text'][:50]!r}")
    # quantities: every quantity of the gold (items and claims) vs every predicted one
    gold_q = _quantities(gold)
    pred_q = sorted({(q.start, q.end, q.value) for c in result.claims for q in c.quantities})
    counts.gold_quantities += len(gold_q)
    counts.pred_quantities += len(pred_q)
    q_pairs = match([(s, e) for s, e, _ in gold_q], [(s, e) for s, e, _ in pred_q], 0.5, 0.0)
    counts.quantities_ok += sum(1 for gi, pi in q_pairs if abs(gold_q[gi][2] - pred_q[pi][2]) < 1e-6)
    # the article's own claims: sentences of the journalist with a quantity
    g_claims = [(c["start"], c["end"]) for c in gold["claims"]]
    p_claims = [(c.start, c.end) for c in result.claims if c.quote is None]
    counts.gold_claims += len(g_claims)
    counts.pred_claims += len(p_claims)
    counts.claims_ok += len(match(g_claims, p_claims, 0.5, 0.5))
    return counts


Extractor = Callable[..., Extraction]


def _default_extractor() -> Extractor:
    from quoteminer.pipeline import extract

    return extract


def _takes_published(extractor: Extractor) -> bool:
    """Whether ``extractor`` takes the fixture's publication date (a ``published`` keyword)."""
    try:
        parameters = inspect.signature(extractor).parameters
    except (TypeError, ValueError):
        return False
    return "published" in parameters or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())


def evaluate(
    directory: str | Path,
    extractor: Extractor | None = None,
    name: str | None = None,
    only: Iterable[str] | None = None,
) -> Report:
    """Score ``extractor`` (default: :func:`quoteminer.extract`) on a fixtures directory
    (only on the documents whose ids are in ``only``, when given).

    An extractor that takes a ``published`` keyword (the default one does) gets each
    fixture's publication date (its ``published``, or None); one that takes only the text
    gets the text."""
    extractor = extractor if extractor is not None else _default_extractor()
    dated = _takes_published(extractor)
    path = Path(directory)
    if not path.is_dir():
        raise FileNotFoundError(f"no fixtures directory at {path}")
    wanted = set(only) if only is not None else None
    report = Report(name or path.name)
    for gold_path in sorted(path.glob("*.json")):
        if wanted is not None and gold_path.stem not in wanted:
            continue
        text, gold = load_fixture(gold_path)
        result = extractor(text, published=gold.get("published")) if dated else extractor(text)
        report.documents.append((gold_path.stem, score(text, gold, result)))
    if not report.documents:
        raise ValueError(f"{path} holds no fixture (ID.txt + ID.json pairs)")
    return report


#: Judges the act of a statement ``text[start:end]`` (``pipeline.judge_statement``).
Judge = Callable[[str, int, int], tuple[SpeechAct, float, tuple[str, ...]]]


def _default_judge() -> Judge:
    from quoteminer.pipeline import judge_statement

    return judge_statement


def is_statement_set(directory: str | Path) -> bool:
    """Whether ``directory`` holds act-only statements (``SITTING.json`` files with
    ``statements``, fixtures/README.md) rather than annotated articles."""
    path = Path(directory)
    if not path.is_dir() or any(path.glob("*.txt")):
        return False
    first = next(iter(sorted(path.glob("*.json"))), None)
    return first is not None and "statements" in json.loads(first.read_text(encoding="utf-8"))


def evaluate_statements(
    directory: str | Path, judge: Judge | None = None, name: str | None = None, only: Iterable[str] | None = None
) -> Report:
    """Score ``judge`` (default: ``pipeline.judge_statement``) on an act-only set: each
    statement's act, its confidence and its decision path (only the files whose ids are in
    ``only``, when given). The report's documents are interventions (a sitting's turn of
    speech), so that its intervals resample interventions."""
    judge = judge if judge is not None else _default_judge()
    path = Path(directory)
    if not is_statement_set(path):
        raise FileNotFoundError(f"no act-only statements (SITTING.json with 'statements') at {path}")
    wanted = set(only) if only is not None else None
    report = Report(name or path.name)
    for sitting in sorted(path.glob("*.json")):
        if wanted is not None and sitting.stem not in wanted:
            continue
        turns: dict[str, Counts] = {}
        for statement in json.loads(sitting.read_text(encoding="utf-8"))["statements"]:
            turn = statement["id"].rsplit("-", 1)[0]
            counts = turns.setdefault(turn, Counts(documents=1))
            act, confidence, evidence = judge(statement["context"], statement["start"], statement["end"])
            ok = act.value == statement["act"]
            counts.act_total += 1
            counts.act_ok += ok
            counts.act_pairs.append((statement["act"], act.value))
            counts.act_confidences.append((confidence, ok))
            path_id = next((e[len("act.path.") :] for e in evidence if e.startswith("act.path.")), "?")
            counts.act_paths.append((path_id, ok))
            if not ok:
                counts.errors.append(
                    f"{statement['id']} act {act.value} != {statement['act']} for {statement['text'][:50]!r}"
                )
        report.documents.extend(turns.items())
    return report


def merge(reports: Iterable[Report], name: str) -> Report:
    """One report over several fixture sets: their documents together (e.g. to read the
    reliability of ``act_confidence`` on every annotated item at once)."""
    return Report(name, [doc for report in reports for doc in report.documents])


#: The splits, in the order they are reported.
SPLITS = ("tuning", "test")


def load_splits(directory: str | Path) -> dict[str, str]:
    """Document id → split for the fixtures of ``directory``, from the ``splits.json`` of
    its parent (fixtures/README.md); a set named there as a whole gives all its documents
    that split. Documents of a set ``splits.json`` does not name are ``tuning``."""
    path = Path(directory)
    table_path = path.parent / "splits.json"
    table = json.loads(table_path.read_text(encoding="utf-8")) if table_path.is_file() else {}
    entry = table.get(path.name, "tuning")
    ids = [p.stem for p in sorted(path.glob("*.json"))]
    if isinstance(entry, str):
        return dict.fromkeys(ids, entry)
    out = {}
    for split, members in entry.items():
        out.update(dict.fromkeys(members, split))
    return {doc: out.get(doc, "tuning") for doc in ids}


@attrs.define
class Scoreboard:
    """Reports by source and split, by split pooled over sources, and the tuning/test gap."""

    by_source: list[tuple[str, str, Report]]  # (source, split, report)
    by_split: dict[str, Report]
    #: act-only sets (debate statements), by source and split: scored apart, never pooled with articles
    statements: list[tuple[str, str, Report]] = attrs.Factory(list)

    def gap(self, resamples: int = BOOTSTRAP, seed: int = _SEED) -> dict[str, tuple[float, float, float]]:
        """Tuning minus test for each key figure, with a 95% bootstrap interval of the difference."""
        tuning, test = self.by_split.get("tuning"), self.by_split.get("test")
        if tuning is None or test is None or not tuning.documents or not test.documents:
            return {}
        a, b = tuning._samples(resamples, seed), test._samples(resamples, seed + 1)
        point_a, point_b = tuning.figures, test.figures
        out = {}
        for name in KEY_FIGURES:
            n = min(len(a[name]), len(b[name]))
            out[name] = (point_a[name] - point_b[name], *_percentiles(a[name][:n] - b[name][:n]))
        return out

    def to_markdown(self, details: bool = True) -> str:
        """The tables of docs/accuracy.md: figures with intervals by source and split, the
        gap, then each split's full report."""
        header = "| set | documents | " + " | ".join(KEY_FIGURES) + " |"
        lines = [
            "Each figure: value [95% interval, resampling articles] (items it is computed over).",
            "",
            header,
            "|---" * (len(KEY_FIGURES) + 2) + "|",
        ]
        rows = [(f"{source} / {split}", report) for source, split, report in self.by_source]
        rows += [(f"**{split}** (pooled)", report) for split, report in self.by_split.items()]
        for label, report in rows:
            figures, intervals, counts = report.figures, report.intervals(), _vector(report.counts)
            cells = [
                f"{figures[n]:.3f} [{intervals[n][0]:.2f}, {intervals[n][1]:.2f}] ({int(counts[_BASE[n]])})"
                for n in KEY_FIGURES
            ]
            lines.append(f"| {label} | {len(report.documents)} | " + " | ".join(cells) + " |")
        dated = [(label, report) for label, report in rows if report.counts.said_on_total]
        if dated:
            lines += [
                "",
                "When (`said_on`), over matched speech items whose gold gives `said_on` (a date or null): "
                "accuracy [95% interval], then recall of the gold's dates and precision of the dates given.",
                "",
                "| set | documents | items | gold dated | said_on_accuracy | said_on_recall | said_on_precision |",
                "|---|---|---|---|---|---|---|",
            ]
            for label, report in dated:
                c, f = report.counts, report.figures
                lo, hi = report.said_on_interval()
                lines.append(
                    f"| {label} | {len(report.documents)} | {c.said_on_total} | {c.said_on_gold_dated} | "
                    f"{f['said_on_accuracy']:.3f} [{lo:.2f}, {hi:.2f}] | {f['said_on_recall']:.3f} "
                    f"({c.said_on_gold_dated_ok}/{c.said_on_gold_dated}) | {f['said_on_precision']:.3f} "
                    f"({c.said_on_pred_dated_ok}/{c.said_on_pred_dated}) |"
                )
        gap = self.gap()
        if gap:
            lines += ["", "| gap (tuning − test) | difference | 95% interval |", "|---|---|---|"]
            for name, (diff, lo, hi) in gap.items():
                lines.append(f"| {name} | {diff:+.3f} | [{lo:+.2f}, {hi:+.2f}] |")
        if self.statements:
            lines += ["", *self._statements_table()]
        if details:
            for split, report in self.by_split.items():
                lines += ["", f"### {split}", "", report.to_markdown()]
            for source, split, report in self.statements:
                lines += ["", f"### {source} / {split} (act only)", "", report.acts_markdown()]
        return "\n".join(lines)

    def _statements_table(self) -> list[str]:
        """The act-only sets: act accuracy and macro-F1 with intervals (resampling
        interventions), and the calibration error, by source and split."""
        names = ("act_accuracy", "act_macro_f1_demand_denial_assurance")
        lines = [
            "Act-only sets: value [95% interval, resampling interventions] (statements).",
            "",
            "| set | interventions | " + " | ".join(names) + " | act_calibration_error |",
            "|---" * (len(names) + 3) + "|",
        ]
        for source, split, report in self.statements:
            figures, intervals, total = report.figures, report.intervals(), report.counts.act_total
            cells = [f"{figures[n]:.3f} [{intervals[n][0]:.2f}, {intervals[n][1]:.2f}] ({total})" for n in names]
            lines.append(
                f"| {source} / {split} | {len(report.documents)} | "
                + " | ".join(cells)
                + f" | {figures['act_calibration_error']:.3f} |"
            )
        return lines


def evaluate_sets(
    directories: Iterable[str | Path], extractor: Extractor | None = None, judge: Judge | None = None
) -> Scoreboard:
    """Score ``extractor`` on several fixture directories, by source and split; act-only
    sets (``is_statement_set``) are scored with ``judge`` and reported apart."""
    extractor = extractor if extractor is not None else _default_extractor()
    by_source: list[tuple[str, str, Report]] = []
    statements: list[tuple[str, str, Report]] = []
    pooled: dict[str, Report] = {}
    for directory in directories:
        path = Path(directory)
        splits = load_splits(path)
        if is_statement_set(path):
            for split in SPLITS:
                members = [doc for doc, s in splits.items() if s == split]
                report = evaluate_statements(path, judge, f"{path.name} / {split}", only=members)
                if report.documents:
                    statements.append((path.name, split, report))
            continue
        report = evaluate(path, extractor)
        for split in SPLITS:
            docs = [(doc, counts) for doc, counts in report.documents if splits.get(doc, "tuning") == split]
            if docs:
                by_source.append((path.name, split, Report(f"{path.name} / {split}", docs)))
                pooled.setdefault(split, Report(split)).documents.extend(docs)
    return Scoreboard(by_source, {split: pooled[split] for split in SPLITS if split in pooled}, statements)
