"""The fast mode (``extract(text, mode="fast")``): surface patterns, no parser, exact offsets."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteminer
from quoteminer import QuoteKind
from tests.conftest import FIXTURES, SETS, extract_once


@attrs.frozen
class Row:
    id: str
    text: str
    expected: tuple[tuple[str, str, str | None], ...]  # (kind, text, speaker) of each item


ROWS = [
    Row(
        "incise-with-a-name",
        "« Nous ne fermerons pas l'usine », a déclaré mardi Anne Leroy, directrice du site.",
        (("direct", "Nous ne fermerons pas l'usine", "Anne Leroy"),),
    ),
    Row(
        "incise-with-a-role",
        "« La route restera fermée », précise le préfet.",
        (("direct", "La route restera fermée", "préfet"),),
    ),
    Row(
        "incise-with-a-clitic-names-nobody",
        "« Nous verrons bien », ajoute-t-il.",
        (("direct", "Nous verrons bien", None),),
    ),
    Row(
        "colon-before-a-quotation",
        "Le maire a été clair : « Nous rouvrirons l'école en septembre. »",
        (("direct", "Nous rouvrirons l'école en septembre.", "maire"),),
    ),
    Row(
        "partial-after-a-reporting-verb",
        "La syndicaliste Marie Colin a dénoncé un plan « brutal » pour les salariés.",
        (("partial", "brutal", "Marie Colin"),),
    ),
    Row(
        "title-is-a-mention",
        "Le film « Les Misérables » sort en salle mercredi.",
        (("mention", "Les Misérables", None),),
    ),
    Row(
        "que-clause",
        "Le ministre Paul Durand a affirmé que les crédits seraient maintenus.",
        (("indirect", "les crédits seraient maintenus", "Paul Durand"),),
    ),
    Row(
        "selon",
        "Selon la préfecture, la route restera fermée jusqu'à lundi.",
        (("indirect", "la route restera fermée jusqu'à lundi", "préfecture"),),
    ),
    Row(
        "source-then-a-quotation",
        "Selon le préfet Jean Roux, « la route restera fermée jusqu'à lundi au moins ».",
        (("direct", "la route restera fermée jusqu'à lundi au moins", "Jean Roux"),),
    ),
    Row(
        "incise-between-two-pairs",
        "« Nous partons », a dit la maire, « et nous ne reviendrons pas ».",
        (("direct", "Nous partons", "maire"), ("direct", "et nous ne reviendrons pas", "maire")),
    ),
    Row(
        "wrapped-line",
        "« Nous ne céderons pas,\nni demain ni après », a ajouté Jean Lefèvre.",
        (("direct", "Nous ne céderons pas,\nni demain ni après", "Jean Lefèvre"),),
    ),
    Row("nothing-said", "Le conseil municipal s'est réuni lundi soir.", ()),
]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.id)
def test_fast_mode(row: Row) -> None:
    result = quoteminer.extract(row.text, mode="fast")
    got = tuple((q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in result.quotes)
    assert got == row.expected
    for quote in result.quotes:
        assert row.text[quote.start : quote.end] == quote.text
        assert quote.evidence[0] == "fast.mode" and quote.act is None


def test_mode_is_checked_at_once() -> None:
    with pytest.raises(ValueError, match="mode"):
        quoteminer.extract("« Oui », a dit Paul.", mode="quick")


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_fast_mode_never_raises_and_keeps_offsets(text: str) -> None:
    for quote in quoteminer.extract(text, mode="fast").quotes:
        assert text[quote.start : quote.end] == quote.text


@given(
    st.lists(
        st.sampled_from([r.text for r in ROWS] + ["\n", "\n\n", " « ", " » ", ", a-t-il dit", "Selon "]), max_size=8
    )
)
@settings(max_examples=200, deadline=None)
def test_fast_mode_on_pieces_of_news(parts: list[str]) -> None:
    text = "".join(parts)
    for quote in quoteminer.extract(text, mode="fast").quotes:
        assert text[quote.start : quote.end] == quote.text


@pytest.mark.slow
def test_fast_mode_finds_the_direct_quotations_of_the_full_mode() -> None:
    """At least 95% of the full mode's direct quotations come out of the fast mode with the same
    span and kind, over every fixture (docs/performance.md gives the figures per split)."""
    total = alike = 0
    for name in SETS:
        for path in sorted((FIXTURES / name).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            full = {(q.start, q.end) for q in extract_once(text).quotes if q.kind is QuoteKind.DIRECT}
            fast = {
                (q.start, q.end) for q in quoteminer.extract(text, mode="fast").quotes if q.kind is QuoteKind.DIRECT
            }
            total += len(full)
            alike += len(full & fast)
    assert total > 80 and alike >= 0.95 * total, f"{alike}/{total}"


def test_fast_mode_reads_the_quotation_marks_like_the_full_mode() -> None:
    """Every quotation of the full mode (as an item or a verbatim span) is one of the fast mode."""
    for path in sorted((FIXTURES / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        full = extract_once(text)
        spans = {(q.start, q.end) for q in full.quotes if q.open_mark}
        spans |= {(v.start, v.end) for q in full.quotes for v in q.verbatim}
        assert spans == {(q.start, q.end) for q in quoteminer.extract(text, mode="fast").quotes if q.open_mark}
