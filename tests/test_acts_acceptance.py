"""Acceptance of speech acts, hedging and claims on the fixtures (issue 4), end to end with the real model."""

from __future__ import annotations

from pathlib import Path

import pytest

import quoteminer
from quoteminer import Extraction, Qualifier
from quoteminer.evaluate import Report, evaluate, merge
from tests.conftest import extract_once

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seeds() -> list[tuple[str, Extraction]]:
    return [(p.read_text(encoding="utf-8"), extract_once(p.read_text(encoding="utf-8"))) for p in SEEDS]


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    out = {name: evaluate(FIXTURES / name, extract_once) for name in ("seeds", "dev")}
    out["all"] = merge(out.values(), "seeds + dev")
    return out


def _claim_quantity(result: Extraction, text: str) -> tuple[quoteminer.Claim, quoteminer.Quantity]:
    found = [(c, q) for c in result.claims for q in c.quantities if q.text == text]
    assert len(found) == 1, f"{text!r}: {[q.text for c in result.claims for q in c.quantities]}"
    return found[0]


def test_the_claim_quantities_of_the_seeds(seeds: list[tuple[str, Extraction]]) -> None:
    (_, r000), (_, r001), (_, r002), _, (_, r004) = seeds
    claim, q = _claim_quantity(r000, "au moins 35 morts")
    assert (q.value, q.unit, q.qualifier) == (35, "morts", Qualifier.AT_LEAST)
    assert claim.source is not None and claim.source.name == "ministère de la Santé"
    assert claim.quote is not None and "cue.selon" in claim.quote.evidence
    _, q = _claim_quantity(r000, "14 morts")
    assert (q.value, q.unit, q.qualifier) == (14, "morts", Qualifier.EXACT)
    claim, q = _claim_quantity(r002, "213 personnes")
    assert (q.value, q.unit) == (213, "personnes") and claim.source is None and claim.quote is None
    claim, q = _claim_quantity(r004, "2 500 mercenaires")
    assert (q.value, q.unit) == (2500, "mercenaires") and claim.hedged
    for text, value, unit in (("250 Marines", 250, "Marines"), ("7 Ospreys", 7, "Ospreys")):
        _, q = _claim_quantity(r001, text)
        assert (q.value, q.unit, q.qualifier) == (value, unit, Qualifier.EXACT)


def test_the_conditional_haftar_quote_is_hedged(seeds: list[tuple[str, Extraction]]) -> None:
    _, result = seeds[4]
    (quote,) = [q for q in result.quotes if q.text.startswith("Nous saluons l’appel du président Vladimir Poutine")]
    assert quote.hedged and "hedge.conditional_auxiliary" in quote.evidence
    assert quote.act is quoteminer.SpeechAct.DENIAL


def test_act_targets(reports: dict[str, Report]) -> None:
    seeds, dev = reports["seeds"].figures, reports["dev"].figures
    assert seeds["act_accuracy"] >= 0.90
    assert dev["act_accuracy"] >= 0.80
    assert dev["act_macro_f1_demand_denial_assurance"] >= 0.80


def test_higher_confidence_is_more_often_right(reports: dict[str, Report]) -> None:
    rows = reports["all"].reliability()
    assert len(rows) >= 2, rows
    accuracies = [acc for *_, acc in rows]
    assert accuracies == sorted(accuracies), rows
    assert reports["all"].figures["act_calibration_error"] <= 0.05
