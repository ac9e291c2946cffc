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
- the article's own claims (claims with no quote) match the gold's ``claims`` when
  they cover half of the gold sentence with a Jaccard overlap of at least 0.5.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from quoteminer.model import Extraction, Quote, QuoteKind
from quoteminer.parse import fold

__all__ = ["Report", "evaluate", "load_fixture", "match", "merge"]

_SPEECH = ("direct", "partial", "indirect")
#: The acts whose macro-F1 is a target (issue 4): the ones a fact-checker acts on.
KEY_ACTS = ("demand", "denial", "assurance")
#: Lower edges of the confidence bins of the reliability table.
CONFIDENCE_BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


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


def _name_ok(gold: dict[str, Any] | None, quote: Quote) -> bool:
    if gold is None:
        return quote.speaker is None
    if quote.speaker is None:
        return False
    names = [gold["name"], *(gold.get("accept") or [])]
    pred = _strip(fold(quote.speaker.name))
    return any(_strip(fold(n)) == pred for n in names)


def _strip(name: str) -> str:
    for det in ("le ", "la ", "les ", "l'", "un ", "une ", "des "):
        if name.startswith(det):
            return name[len(det) :]
    return name


@attrs.define
class Counts:
    """Raw counts behind the figures of one fixture set."""

    documents: int = 0
    gold_speech: int = 0
    pred_speech: int = 0
    matched: int = 0
    matched_strict: int = 0
    kind_ok: int = 0
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
    gold_quantities: int = 0
    pred_quantities: int = 0
    quantities_ok: int = 0
    gold_claims: int = 0
    pred_claims: int = 0
    claims_ok: int = 0
    act_pairs: list[tuple[str, str]] = attrs.Factory(list)
    act_confidences: list[tuple[float, bool]] = attrs.Factory(list)
    act_paths: list[tuple[str, bool]] = attrs.Factory(list)
    errors: list[str] = attrs.Factory(list)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@attrs.define
class Report:
    """Accuracy of the extractor on one fixtures directory."""

    name: str
    counts: Counts

    def act_scores(self) -> dict[str, tuple[int, int, float, float, float]]:
        """Per act: (gold count, predicted count, precision, recall, F1) over matched items."""
        out = {}
        pairs = self.counts.act_pairs
        for act in ("demand", "denial", "assurance", "warning", "accusation", "statement"):
            tp = sum(1 for g, pr in pairs if g == act and pr == act)
            n_gold = sum(1 for g, _ in pairs if g == act)
            n_pred = sum(1 for _, pr in pairs if pr == act)
            p, r = _ratio(tp, n_pred), _ratio(tp, n_gold)
            out[act] = (n_gold, n_pred, p, r, _f1(p, r))
        return out

    def reliability(self) -> list[tuple[float, float, int, float, float]]:
        """Per confidence bin: (low edge, high edge, items, mean confidence, act accuracy)."""
        edges = (*CONFIDENCE_BINS, 1.0 + 1e-9)
        rows = []
        for lo, hi in itertools.pairwise(edges):
            inside = [(c, ok) for c, ok in self.counts.act_confidences if lo <= c < hi]
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

    @property
    def figures(self) -> dict[str, float]:
        """Every figure of the report, by name."""
        c = self.counts
        p = _ratio(c.matched, c.pred_speech)
        r = _ratio(c.matched, c.gold_speech)
        ps = _ratio(c.matched_strict, c.pred_speech)
        rs = _ratio(c.matched_strict, c.gold_speech)
        scores = self.act_scores()
        present = [scores[a][4] for a in KEY_ACTS if scores[a][0] or scores[a][1]]
        qp = _ratio(c.quantities_ok, c.pred_quantities)
        qr = _ratio(c.quantities_ok, c.gold_quantities)
        cp = _ratio(c.claims_ok, c.pred_claims)
        cr = _ratio(c.claims_ok, c.gold_claims)
        n_conf = len(c.act_confidences)
        ece = sum(n * abs(acc - mean) for _, _, n, mean, acc in self.reliability()) / n_conf if n_conf else 0.0
        return {
            "speech_precision": p,
            "speech_recall": r,
            "speech_f1": _f1(p, r),
            "speech_f1_strict": _f1(ps, rs),
            "kind_accuracy": _ratio(c.kind_ok, c.matched),
            "mention_accuracy": _ratio(c.mentions_ok, c.gold_mentions),
            "leaked_mentions": float(c.leaked_mentions),
            "speaker_accuracy": _ratio(c.speaker_ok, c.speaker_total),
            "pronoun_speaker_accuracy": _ratio(c.pronoun_ok, c.pronoun_total),
            "act_accuracy": _ratio(c.act_ok, c.act_total),
            "act_macro_f1_demand_denial_assurance": sum(present) / len(present) if present else 0.0,
            "act_calibration_error": ece,
            "hedged_accuracy": _ratio(c.hedged_ok, c.act_total),
            "hedged_precision": _ratio(c.hedged_both, c.hedged_pred),
            "hedged_recall": _ratio(c.hedged_both, c.hedged_gold),
            "quantity_precision": qp,
            "quantity_recall": qr,
            "quantity_f1": _f1(qp, qr),
            "journalist_claim_precision": cp,
            "journalist_claim_recall": cr,
        }

    def to_markdown(self) -> str:
        """The report as Markdown: the figures, the acts class by class, and the reliability of act_confidence."""
        c = self.counts
        rows = [f"| {k} | {v:.3f} |" for k, v in self.figures.items()]
        head = (
            f"**{self.name}**: {c.documents} documents, {c.gold_speech} gold speech items, "
            f"{c.pred_speech} predicted, {c.gold_mentions} gold mentions, "
            f"{c.pronoun_total} pronoun speakers\n\n| figure | value |\n|---|---|"
        )
        acts = ["", "| act | gold | predicted | precision | recall | F1 |", "|---|---|---|---|---|---|"]
        for act, (n_gold, n_pred, p, r, f) in self.act_scores().items():
            if n_gold or n_pred:
                acts.append(f"| {act} | {n_gold} | {n_pred} | {p:.3f} | {r:.3f} | {f:.3f} |")
            else:
                acts.append(f"| {act} | 0 | 0 | – | – | – |")
        bins = ["", "| act_confidence | items | mean confidence | act accuracy |", "|---|---|---|---|"]
        for lo, hi, n, mean, acc in self.reliability():
            bins.append(f"| [{lo:.2f}, {hi:.2f}{']' if hi >= 1.0 else ')'} | {n} | {mean:.3f} | {acc:.3f} |")
        paths = ["", "| decision path | items | act accuracy |", "|---|---|---|"]
        for path, (n, right) in self.paths().items():
            paths.append(f"| {path} | {n} | {right / n:.3f} |")
        return "\n".join([head, *rows, *acts, *bins, *paths])


def _quantities(gold: dict[str, Any]) -> list[tuple[int, int, float]]:
    out = []
    for block in (*gold["items"], *gold["claims"]):
        for q in block.get("quantities", []):
            out.append((q["start"], q["end"], float(q["value"])))
    return sorted(set(out))


def score(text: str, gold: dict[str, Any], result: Extraction, counts: Counts) -> None:
    """Add one document's comparison to ``counts``."""
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
        ok = _name_ok(g.get("speaker"), q)
        counts.speaker_ok += ok
        if g.get("speaker") and g["speaker"].get("resolution") == "pronoun":
            counts.pronoun_total += 1
            counts.pronoun_ok += ok
        if not ok:
            want = g["speaker"]["name"] if g.get("speaker") else None
            got = q.speaker.name if q.speaker else None
            counts.errors.append(f"{doc_id} speaker {got!r} != {want!r} for {g['text'][:50]!r}")
        if g.get("act"):
            counts.act_total += 1
            pred_act = q.act.value if q.act else "none"
            counts.act_ok += pred_act == g["act"]
            counts.act_pairs.append((g["act"], pred_act))
            counts.hedged_ok += bool(g.get("hedged")) == q.hedged
            counts.hedged_gold += bool(g.get("hedged"))
            counts.hedged_pred += q.hedged
            counts.hedged_both += bool(g.get("hedged")) and q.hedged
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


def evaluate(
    directory: str | Path, extractor: Callable[[str], Extraction] | None = None, name: str | None = None
) -> Report:
    """Score ``extractor`` (default: :func:`quoteminer.extract`) on a fixtures directory."""
    if extractor is None:
        from quoteminer.pipeline import extract as extractor_

        extractor = extractor_
    path = Path(directory)
    if not path.is_dir():
        raise FileNotFoundError(f"no fixtures directory at {path}")
    counts = Counts()
    for gold_path in sorted(path.glob("*.json")):
        text, gold = load_fixture(gold_path)
        score(text, gold, extractor(text), counts)
    if counts.documents == 0:
        raise ValueError(f"{path} holds no fixture (ID.txt + ID.json pairs)")
    return Report(name or path.name, counts)


def merge(reports: Iterable[Report], name: str) -> Report:
    """One report over several fixture sets: counts added, item lists joined (e.g. to read the
    reliability of ``act_confidence`` on every annotated item at once)."""
    total = Counts()
    for report in reports:
        for field in attrs.fields(Counts):
            mine, theirs = getattr(total, field.name), getattr(report.counts, field.name)
            setattr(total, field.name, mine + theirs)
    return Report(name, total)
