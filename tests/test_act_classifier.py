"""The act classifier and its baseline: the deciders, the features, the shipped model, the
act-only evaluation of statements, and the training that rebuilds the model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quoteminer
from quoteminer.acts import VOTE_CAP, Classifier, Recorder, Rules, features, path_confidence
from quoteminer.evaluate import evaluate_sets, evaluate_statements, is_statement_set
from quoteminer.lang import get_language
from quoteminer.learn import LinearModel, load_model
from quoteminer.model import SpeechAct
from quoteminer.pipeline import ACT_DECIDERS, DEFAULT_ACTS, act_decider, judge_statement
from quoteminer.train import DEBATES, PATH_ORDER, fit_act_confidence
from tests.conftest import FIXTURES

ACTS = tuple(a.value for a in SpeechAct)
FR = get_language("fr")


def _features_of(text: str, item: str) -> dict[str, float]:
    recorder = Recorder(Rules())
    result = quoteminer.extract(text, acts=recorder)
    spans = {(q.start, q.end): q.text for q in result.quotes}
    found = [f for span, f, _ in recorder.seen if spans.get(span) == item]
    assert found, f"no speech item {item!r} in {list(spans.values())}"
    return found[0]


# --- choosing the decider ----------------------------------------------------------------------


def test_the_rules_decide_by_default_and_the_classifier_on_demand() -> None:
    """The rules stay the default until the classifier measures better on the test articles
    (pipeline.DEFAULT_ACTS, docs/accuracy.md)."""
    text = "« Restez chez vous ce soir », a déclaré le maire Luc Caron."
    (default,) = quoteminer.extract(text).quotes
    (rules,) = quoteminer.extract(text, acts="rules").quotes
    (classifier,) = quoteminer.extract(text, acts="classifier").quotes
    assert default == rules and DEFAULT_ACTS == "rules"
    assert any(e.startswith("act.path.") and "classifier" not in e for e in rules.evidence)
    assert any(e.startswith("act.path.classifier") for e in classifier.evidence)
    assert ACT_DECIDERS == ("classifier", "rules")


def test_unknown_decider_fails_at_once() -> None:
    with pytest.raises(ValueError, match="classifier, rules"):
        quoteminer.extract("« Oui », a dit Paul.", acts="best-guess")
    with pytest.raises(TypeError, match="decider"):
        act_decider(3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="does not classify acts"):
        Classifier(LinearModel(name="x", classes=("no", "yes"), weights=({},), bias=(0.0,)))


def test_the_rules_baseline_keeps_today_s_evidence_and_confidence() -> None:
    (quote,) = quoteminer.extract(
        "« Nous appelons à l'arrêt immédiat des combats », a déclaré le ministre Paul Morin.", acts="rules"
    ).quotes
    assert quote.act is SpeechAct.DEMAND
    assert "act.prior.statement:déclarer" in quote.evidence and "act.path.content.strong" in quote.evidence
    # the calibrated accuracy of the path (models/act_confidence.json, quoteminer train act_confidence)
    assert quote.act_confidence == path_confidence("content.strong", FR)


def test_the_rules_confidence_is_the_accuracy_of_the_path_with_violators_pooled() -> None:
    outcomes = [("dev", "neutral", i < 9) for i in range(10)]  # 9/10 right: (9 + 1) / (10 + 2)
    outcomes += [("dev", "content", True), ("dev", "content", False)]  # 1/2: below neutral, pooled with it
    outcomes += [("dev", "verb", True)] * 4
    outcomes += [(DEBATES, "turn.exchange.neutral", i < 2) for i in range(8)]
    model = fit_act_confidence(outcomes)
    confidence = {k.removeprefix("path."): model.probability({k: 1.0}) for k in model.weights[0]}
    assert confidence["neutral"] == pytest.approx((10 + 1) / (12 + 2), abs=1e-5) == confidence["content"]
    assert confidence["verb"] == pytest.approx(5 / 6, abs=1e-5)
    assert confidence["turn.exchange.neutral"] == pytest.approx(3 / 10, abs=1e-5)
    # a path the calibration has not seen keeps the table of lang/fr/acts.py
    assert path_confidence("verb.weak", FR, turn=True) == FR.acts.CONFIDENCE["verb.weak"]
    assert set(model.weights[0]) <= {f"path.{p}" for order in PATH_ORDER for p in order}


# --- the classifier on a hand-made model ----------------------------------------------------


def test_the_classifier_takes_the_most_probable_act_and_names_its_heaviest_features() -> None:
    weights = [dict.fromkeys((), 0.0) for _ in ACTS]
    weights[ACTS.index("demand")] = {"imperative": 3.0, "exclamation": 0.5}
    weights[ACTS.index("statement")] = {"prior.statement": 1.0}
    model = LinearModel(name="act", classes=ACTS, weights=tuple(weights), bias=(0.0,) * len(ACTS))
    text = "« Restez chez vous ! », a déclaré le maire Luc Caron."
    (quote,) = quoteminer.extract(text, acts=Classifier(model)).quotes
    found = _features_of(text, "Restez chez vous !")
    distribution = model.distribution(found)
    assert quote.act is SpeechAct.DEMAND
    assert quote.act_confidence == pytest.approx(distribution["demand"], abs=1e-6)
    assert [e for e in quote.evidence if e.startswith("act.feature.")] == [
        "act.feature.imperative",
        "act.feature.exclamation",
    ]
    assert "act.path.classifier.agrees" in quote.evidence  # the rules read the subjectless -ez form too


def test_act_confidence_is_the_shipped_model_s_probability() -> None:
    model = load_model("act")
    text = "« Nous ne lâcherons rien sur les salaires », a déclaré la syndicaliste Martine Gallet."
    (quote,) = quoteminer.extract(text, acts="classifier").quotes
    distribution = model.distribution(_features_of(text, quote.text))
    assert quote.act is not None and quote.act_confidence is not None
    assert quote.act_confidence == pytest.approx(max(distribution.values()), abs=1e-6)
    assert quote.act.value == max(distribution, key=lambda c: distribution[c])


# --- features ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item", "present", "absent"),
    [
        pytest.param(
            "Le maire Luc Caron a adressé un message aux habitants : « Restez chez vous ce soir. »",
            "Restez chez vous ce soir.",
            {"imperative", "signal.demand"},
            set(),
            id="imperative-the-parser-tags-as-indicative",
        ),
        pytest.param(
            "« Non à la fermeture de la maternité ! », ont scandé les manifestants devant la mairie.",
            "Non à la fermeture de la maternité !",
            {"slogan", "verb.verbless", "exclamation", "signal.demand"},
            {"signal.denial"},
            id="verbless-slogan",
        ),
        pytest.param(
            "« Nous ne lâcherons rien sur les salaires », a déclaré la syndicaliste Martine Gallet.",
            "Nous ne lâcherons rien sur les salaires",
            {"neg.future", "neg.main", "verb.person_tense.1.Fut", "signal.assurance"},
            {"neg.first_person_perfect"},
            id="negated-first-person-future",
        ),
        pytest.param(
            "« Je ne m'attendais pas à une telle affluence », a confié l'organisatrice Claire Fabre.",
            "Je ne m'attendais pas à une telle affluence",
            {"neg.cognitive", "signal.statement"},
            {"neg.future"},
            id="negated-expectation",
        ),
        pytest.param(
            "« Les patrouilles seront renforcées autour des écoles », a indiqué le préfet Denis Aubert.",
            "Les patrouilles seront renforcées autour des écoles",
            {"verb.future_passive", "verb.tense.Fut", "signal.assurance"},
            set(),
            id="institutional-future",
        ),
        pytest.param(
            "« Qui peut encore croire à ce mensonge ? », a lancé l'élue Nadia Ferrand.",
            "Qui peut encore croire à ce mensonge ?",
            {"question", "question.wh", "lex.blame"},
            set(),
            id="rhetorical-question",
        ),
        pytest.param(
            "La ministre Anne Bertin a contesté cette version des faits, expliquant : "
            "« Aucun document n'a été détruit. »",
            "Aucun document n'a été détruit.",
            {"context.verb.denial", "signal.denial", "prior.statement"},
            set(),
            id="denial-named-around-the-quote",
        ),
        pytest.param(
            "Le médecin Paul Dumas a mis en garde les randonneurs, ajoutant : « La chaleur sera écrasante dès midi. »",
            "La chaleur sera écrasante dès midi.",
            {"context.verb.warning"},
            {"context.verb.accusation"},  # "mis en garde", not "mis en cause"
            id="whole-expression-around-the-quote",
        ),
        pytest.param(
            "Le maire Jean Roux se demande si le chantier sera terminé avant l'été.",
            "le chantier sera terminé avant l'été",
            {"prior.reflexive", "prior.statement", "rules.statement"},
            {"prior.demand", "rules.demand"},
            id="se-demander-wonders",
        ),
        pytest.param(
            "« Le gouvernement devrait revoir sa copie », a estimé le syndicaliste Hervé Lemoine.",
            "Le gouvernement devrait revoir sa copie",
            {"deontic.devoir.Cnd", "rule.demand.devrait", "signal.demand"},
            set(),
            id="conditional-deontic",
        ),
    ],
)
def test_features(text: str, item: str, present: set[str], absent: set[str]) -> None:
    found = _features_of(text, item)
    assert present <= set(found), sorted(found)
    assert not absent & set(found), sorted(found)


def test_the_content_votes_weigh_per_act_for_a_reported_item_only() -> None:
    """``vote.<act>``: how much the content rules of each act weigh together against the reporting
    verb (two denial rules here, capped), where ``rules.<act>`` says only which act won; a statement
    read on its own, with no reporting verb, has none (its votes weigh differently there)."""
    found = _features_of(
        "« Nous n'avons jamais reçu la moindre mise en demeure de la préfecture », a indiqué le gérant Alain Morel.",
        "Nous n'avons jamais reçu la moindre mise en demeure de la préfecture",
    )
    assert found["vote.denial"] == VOTE_CAP and found["rules.denial"] == 1.0
    assert {"rule.denial.first_person", "rule.denial.jamais"} <= set(found)
    recorder = Recorder(Rules())
    text = "Nous n'avons jamais reçu la moindre mise en demeure de la préfecture."
    judge_statement(text, 0, len(text), acts=recorder)
    ((_, bare, _),) = recorder.seen
    assert "cue.none" in bare and "rules.denial" in bare
    assert not any(name.startswith("vote.") for name in bare)


def test_features_are_plain_numbers_named_by_family() -> None:
    found = _features_of(
        "« Il faut rouvrir les écoles dès lundi », a déclaré la ministre Claire Martin.",
        "Il faut rouvrir les écoles dès lundi",
    )
    assert all(isinstance(v, float) and v > 0 for v in found.values())
    families = {name.split(".")[0] for name in found}
    assert families <= {
        "prior", "cue", "kind", "rule", "rules", "verb", "imperative", "subjunctive", "slogan", "exclamation",
        "deontic", "neg", "question", "opening", "contrast", "lex", "address", "context", "signal", "vote",
    }  # fmt: skip
    assert features is not None


# --- statements read on their own, and the act-only sets ----------------------------------------


def test_judge_statement_reads_a_span_with_no_reporting_verb() -> None:
    text = "Je remercie mes collègues. Retirez ce texte ! Il divise le pays."
    start = text.index("Retirez")
    act, confidence, evidence = judge_statement(text, start, text.index(" Il divise"), acts="classifier")
    assert act is SpeechAct.DEMAND and 0.0 < confidence <= 1.0
    assert any(e.startswith("act.path.") for e in evidence)
    assert judge_statement(text, start, start + 20)[0] in SpeechAct  # the rules
    with pytest.raises(ValueError, match="span"):
        judge_statement(text, 10, 5)
    with pytest.raises(TypeError):
        judge_statement(b"Retirez ce texte !")  # type: ignore[arg-type]


def _sitting(directory: Path, sitting: str, statements: list[tuple[str, str]]) -> None:
    rows = []
    for n, (text, act) in enumerate(statements):
        rows.append(
            {"id": f"{sitting}-{n}-0", "speaker": "X", "context": text, "text": text, "start": 0, "end": len(text),
             "act": act}
        )  # fmt: skip
    data = {"sitting": sitting, "date": "2013-01-29", "source": "s", "licence": "l", "statements": rows}
    (directory / f"{sitting}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_act_only_sets_are_scored_apart_by_half(tmp_path: Path) -> None:
    debates = tmp_path / "debates"
    debates.mkdir()
    _sitting(debates, "1", [("Retirez ce texte !", "demand"), ("Nous avons voté hier.", "statement")])
    _sitting(debates, "2", [("C'est faux, nous n'avons jamais dit cela.", "denial")])
    (tmp_path / "splits.json").write_text(json.dumps({"debates": {"tuning": ["1"], "test": ["2"]}}))
    assert is_statement_set(debates) and not is_statement_set(FIXTURES / "seeds")
    report = evaluate_statements(debates, only=["1"])
    assert report.counts.act_total == 2 and len(report.documents) == 2  # one document per intervention
    board = evaluate_sets([debates])
    assert not board.by_split and [(s, split) for s, split, _ in board.statements] == [
        ("debates", "tuning"),
        ("debates", "test"),
    ]
    text = board.to_markdown()
    assert "Act-only sets" in text and "(act only)" in text and "act_calibration_error" in text


def test_the_debate_halves_are_scored() -> None:
    board = evaluate_sets([FIXTURES / "assemblee-acts"])
    halves = {split: report for _, split, report in board.statements}
    assert set(halves) == {"tuning", "test"}
    assert all(report.counts.act_total >= 250 for report in halves.values())


def test_the_classifier_s_evidence_is_registered() -> None:
    """Every id the act classifier leaves, on the examples of its rules and on the phenomenon
    tables of the acts, is in the registry (tests/test_rules.py checks the default decider's)."""
    from quoteminer.rules import RULES, find
    from tests import test_acts

    texts = [r.example for r in RULES.values() if r.id.startswith(("act.feature.", "act.path.classifier."))]
    tables = (test_acts.CONTENT_CARRIES_THE_ACT, test_acts.NEGATION_IS_NOT_ALWAYS_DENIAL, test_acts.DEMAND)
    texts += [row.text for table in tables for row in table]
    evidence = {e for text in texts for q in quoteminer.extract(text, acts="classifier").quotes for e in q.evidence}
    assert not [e for e in evidence if find(e) is None]
    fired = {find(e).id for e in evidence if find(e) is not None}  # type: ignore[union-attr]
    assert {"act.path.classifier.agrees", "act.path.classifier.overrules"} <= fired
    assert len({f for f in fired if f.startswith("act.feature.")}) >= 8


@pytest.mark.slow
def test_the_classifier_on_the_test_sets() -> None:
    """Scored, never read for errors (docs/accuracy.md, "Speech acts"): on the debate
    statements of the test sittings the classifier reads content better than the rules; on
    the test articles it keeps the rules' accuracy within the noise of ~110 items, and its
    confidence is better calibrated than the rules' decision paths."""
    import functools

    sets = [FIXTURES / name for name in ("est-republicain", "wikinews-test", "assemblee-acts")]
    boards = {
        acts: evaluate_sets(
            sets, functools.partial(quoteminer.extract, acts=acts), functools.partial(judge_statement, acts=acts)
        )
        for acts in ACT_DECIDERS
    }
    news = {acts: board.by_split["test"].figures for acts, board in boards.items()}
    debates = {
        acts: next(report for _, split, report in board.statements if split == "test").figures
        for acts, board in boards.items()
    }
    # the rules read a debate's turn as one of an exchange since issue 14's fourth round (0.37 -> 0.42):
    # the classifier stays above them, by less than the earlier 0.05
    assert debates["classifier"]["act_accuracy"] > debates["rules"]["act_accuracy"]
    assert news["classifier"]["act_accuracy"] >= news["rules"]["act_accuracy"] - 0.05
    assert news["classifier"]["act_calibration_error"] <= news["rules"]["act_calibration_error"]
