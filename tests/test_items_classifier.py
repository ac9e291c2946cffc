"""What is speech as a choice: the readings of each quotation and the proposals of each cue,
their labels for training, the two deciders (the kind classifier and the ordered rules), and
a chooser that really decides."""

from __future__ import annotations

import pytest

import quoteminer
from quoteminer.choice import Candidate, FirstMatch, Overrule, Ranker, Recorder
from quoteminer.learn import LinearModel, load_model
from quoteminer.pipeline import ITEM_CHOOSERS, item_chooser
from quoteminer.train import Document, kind_groups


def _document(text: str, items: list[dict[str, object]]) -> Document:
    return Document("test", "doc", text, {"items": items})


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_unknown_items_chooser_fails_at_once() -> None:
    assert ITEM_CHOOSERS == ("classifier", "rules")
    with pytest.raises(ValueError, match="classifier"):
        quoteminer.extract("« Oui », a dit Paul.", items="best-guess")
    with pytest.raises(TypeError):
        item_chooser(3)  # type: ignore[arg-type]
    assert isinstance(item_chooser("rules"), FirstMatch)
    assert isinstance(item_chooser("classifier"), Overrule)


def test_every_quotation_and_cue_is_a_decision_with_the_rules_answer_marked() -> None:
    text = "Le maire a annoncé que le pont rouvrira lundi. La « Fête du pain » aura lieu dimanche."
    recorder = Recorder(FirstMatch())
    quoteminer.extract(text, items=recorder)
    decisions = {key[0]: candidates for key, candidates in recorder.seen if isinstance(key, tuple)}
    quotation, report = decisions["quotation"], decisions["report"]
    assert [c.subject.kind.value if c.subject else None for c in quotation] == ["direct", "partial", None]
    assert [c.first_match for c in quotation] == [False, False, True]  # the rules: a name, a mention
    spans = [text[c.subject.start : c.subject.end] for c in report if c.subject is not None]
    assert spans[0] == "le pont rouvrira lundi"
    assert report[0].first_match and report[-1].subject is None
    assert all(c.features for c in quotation + report)
    assert "first_match" in report[0].features and "r.form:que" in report[0].features


def test_labels_follow_the_gold_annotation() -> None:
    text = "Le maire a annoncé que le pont rouvrira lundi. La « Fête du pain » aura lieu dimanche."
    gold = [
        {"kind": "indirect", **dict(zip(("start", "end"), _span(text, "le pont rouvrira lundi"), strict=True))},
        {"kind": "mention", **dict(zip(("start", "end"), _span(text, "Fête du pain"), strict=True))},
    ]
    groups, counts = kind_groups([_document(text, gold)])
    by_decision = {g.decision: g for g in groups}
    quotation = by_decision["quotation"]
    assert quotation.labels[quotation.nobody] and sum(quotation.labels) == 1  # the mention is right
    report = by_decision["report"]
    assert report.labels[0] and not report.labels[report.nobody]  # the que-clause is right
    assert counts["labelled"] == 2 and counts["first_match_right"] == 2


def test_a_half_matching_proposal_is_not_learnt_from() -> None:
    text = "Le maire a annoncé que le pont rouvrira lundi après trois mois de travaux."
    gold = [{"kind": "indirect", **dict(zip(("start", "end"), _span(text, "trois mois"), strict=True))}]
    groups, counts = kind_groups([_document(text, gold)])
    assert counts["decisions"] >= 1 and not [g for g in groups if g.decision == "report"]


def test_the_chooser_decides() -> None:
    """A model that prefers the mention of every quotation and nothing for every cue overrules
    the rules, and says so in the evidence."""
    text = "« Nous partons demain », a déclaré Claire Martin, qui a ajouté que le site fermerait."
    rules = quoteminer.extract(text, items="rules")
    assert [q.kind.value for q in rules.quotes] == ["direct", "indirect"]
    silent = LinearModel(
        name="silent",
        classes=("score",),
        weights=({"mention|bias": 10.0, "r.none": 10.0},),
        bias=(0.0,),
        kind="ranking",
    )
    result = quoteminer.extract(text, items=Ranker(silent))
    assert [q.kind.value for q in result.quotes] == ["mention"]
    assert result.quotes[0].evidence == ("kind.mention.classified",)


def test_the_classifier_takes_a_proposal_the_rules_leave() -> None:
    """A model that trusts the proposals the rules hold back (a weak verb's bare complement)."""
    text = "Ils ont salué l'accord."
    assert not [q for q in quoteminer.extract(text, items="rules").quotes if q.kind.is_speech]
    eager = LinearModel(name="eager", classes=("score",), weights=({"r.bias": 10.0},), bias=(0.0,), kind="ranking")
    (item,) = quoteminer.extract(text, items=Ranker(eager)).quotes
    assert item.text == "l'accord"
    assert "kind.indirect.classified" in item.evidence


def test_the_shipped_kind_model_says_what_it_was_trained_on() -> None:
    model = load_model("kind")
    assert model.kind == "ranking"
    meta = model.meta
    assert meta["documents"] > 50 and meta["quotations"] > 100 and meta["reports"] > 100
    assert 0.0 < meta["cross_validated_speech_f1"] <= 1.0
    assert set(meta["thresholds"]) == {"quotation", "report"}
    assert all(0.0 <= t <= 1.01 for t in meta["thresholds"].values())
    assert "first_match" in model.weights[0]


def test_overrule_needs_the_model_to_be_sure() -> None:
    """The rules' candidate stands unless the model gives another one at least the threshold of
    the decision the list is about."""
    model = LinearModel(
        name="t",
        classes=("score",),
        weights=({"other": 1.0},),
        bias=(0.0,),
        kind="ranking",
        threshold=0.5,
        meta={"thresholds": {"quotation": 1.01, "report": 0.6}},
    )
    candidates = [
        Candidate("rules", ["r"], {}, first_match=True),
        Candidate("other", ["o"], {"other": 1.0}),
        Candidate(None),
    ]
    chooser = Overrule(model)
    chooser.key = ("report", 0)
    assert chooser.choose(candidates).index == 0  # P(other) = e / (e + 2) = 0.58 < 0.6: the rules stand
    chooser.model = LinearModel(
        name="t", classes=("score",), weights=({"other": 2.0},), bias=(0.0,), kind="ranking", meta=model.meta
    )
    assert chooser.choose(candidates).index == 1  # 0.79: overruled
    chooser.key = ("quotation", 0, 1)
    assert chooser.choose(candidates).index == 0  # never for quotations
