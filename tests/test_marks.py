"""The quotation scanner: phenomenon tables and properties (no model needed)."""

from __future__ import annotations

import time

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteminer.lang import get_language
from quoteminer.marks import MAX_DEPTH, scan
from tests import strategies as S

FR = get_language("fr")


@attrs.frozen
class Row:
    id: str
    text: str
    contents: tuple[str, ...]  # expected contents, in text order
    diagnostics: tuple[str, ...] = ()


def contents(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    spans, diags = scan(text, FR)
    for s in spans:
        assert text[s.start : s.end] == text[s.start : s.end].strip(" \u00a0\u202f\u2009")
    return tuple(text[s.start : s.end] for s in spans), tuple(d.code for d in diags)


GUILLEMETS = [
    Row("no-space", "Il a dit «bonjour» hier.", ("bonjour",)),
    Row("space", "Il a dit « bonjour » hier.", ("bonjour",)),
    Row("nbsp", "Il a dit «\u00a0bonjour\u00a0» hier.", ("bonjour",)),
    Row("nnbsp", "Il a dit «\u202fbonjour\u202f» hier.", ("bonjour",)),
    Row("thin", "Il a dit «\u2009bonjour\u2009» hier.", ("bonjour",)),
    Row("two", "« A », a-t-il dit, « B ».", ("A", "B")),
    Row("editorial", "« une solution [était] la seule (…) manière »", ("une solution [était] la seule (…) manière",)),
]

CURLY_AND_STRAIGHT = [
    Row("curly", "Il a dit “bonjour” hier.", ("bonjour",)),
    Row("straight", 'Il a dit "bonjour" hier.', ("bonjour",)),
    Row("straight-padded", 'En cliquant sur " Tout Refuser ", rien.', ("Tout Refuser",)),
    Row("straight-two", '"A", a-t-elle dit. "B", a-t-elle ajouté.', ("A", "B")),
    Row("low-high", "Er sagte „Hallo“ dort.", ("Hallo",)),
    Row("single-angle", "Le mot ‹ test › ici.", ("test",)),
]

APOSTROPHES = [
    Row("elision-curly", "l’État a dit qu’il viendra", ()),
    Row("elision-straight", "l'État a dit qu'il viendra aujourd'hui", ()),
    Row("elision-inside", "« l’État et aujourd'hui »", ("l’État et aujourd'hui",)),
    Row("inner-single", "« il a dit ‘non’ hier »", ("il a dit ‘non’ hier", "non")),
    Row("inner-straight-single", "« il a dit 'non' hier »", ("il a dit 'non' hier", "non")),
    Row("outer-single-ignored", "il a dit ‘non’ hier", ()),
]

NESTING = [
    Row("inner-curly", "« sa vie “au travail” dit-il »", ("sa vie “au travail” dit-il", "au travail")),
    Row("three-deep", "« a “b ‘c’ d” e »", ("a “b ‘c’ d” e", "b ‘c’ d", "c")),
    Row("same-glyph-nested", "« a « b » c »", ("a « b » c", "b")),
]

PARAGRAPHS = [
    Row(
        "reopen-guillemet",
        "« Premier paragraphe.\n\n« Second paragraphe. »",
        ("Premier paragraphe.\n\n« Second paragraphe.",),
    ),
    Row("reopen-closing-glyph", "« Premier.\n» Second. »", ("Premier.\n» Second.",)),
    Row("three-paragraphs", "« Un.\n« Deux.\n« Trois. »", ("Un.\n« Deux.\n« Trois.",)),
    Row("closed-then-new", "« Un. »\n\n« Deux. »", ("Un.", "Deux.")),
]

UNBALANCED = [
    Row(
        "unclosed",
        "Il a dit « bonjour et puis rien.\n\nAutre paragraphe.",
        ("bonjour et puis rien.",),
        ("unclosed-quote",),
    ),
    Row("unmatched-close", "bonjour tout le monde », a-t-il dit.", ("bonjour tout le monde",), ("unmatched-close",)),
    Row("empty", "Il a dit « » puis rien.", (), ("empty-quote",)),
    Row("inner-unclosed", "« a “b c »", ("a “b c", "b c"), ("unclosed-quote",)),
    Row("straight-odd", 'Il a dit "bonjour.\n\nFin.', ("bonjour.",), ("unclosed-quote",)),
]


TABLES = {
    "guillemets": GUILLEMETS,
    "curly-and-straight": CURLY_AND_STRAIGHT,
    "apostrophes": APOSTROPHES,
    "nesting": NESTING,
    "multi-paragraph": PARAGRAPHS,
    "unbalanced": UNBALANCED,
}


@pytest.mark.parametrize(
    "row",
    [row for rows in TABLES.values() for row in rows],
    ids=[f"{name}/{row.id}" for name, rows in TABLES.items() for row in rows],
)
def test_phenomena(row: Row) -> None:
    assert contents(row.text) == (row.contents, row.diagnostics)


def test_multi_paragraph_marks_and_count() -> None:
    text = "« Un.\n\n« Deux. »"
    (span,), _ = scan(text, FR)
    assert (span.open_offset, span.close_offset, span.paragraphs) == (0, len(text) - 1, 2)


# -- properties -------------------------------------------------------------------


@given(prefix=S.content, body=S.plain, suffix=S.content, pair=S.pairs)
def test_wrapping_yields_exactly_the_content(prefix: str, body: str, suffix: str, pair: tuple[str, str, str]) -> None:
    opening, closing, pad = pair
    text = f"{prefix} {opening}{pad}{body}{pad}{closing} {suffix}"
    spans, _ = scan(text, FR)
    outer = [s for s in spans if s.depth == 0]
    assert [text[s.start : s.end] for s in outer] == [body]


@given(body=S.content, prefix=st.text(max_size=30).filter(lambda s: not (set(s) & set("«»“”„‹›‘’‚\"'\n\r"))))
def test_prefix_shifts_offsets(body: str, prefix: str) -> None:
    text = f"Il a dit « {body} » hier."
    base = [(s.start, s.end) for s in scan(text, FR)[0]]
    shifted = [(s.start, s.end) for s in scan(prefix + text, FR)[0]]
    assert shifted == [(a + len(prefix), b + len(prefix)) for a, b in base]


@given(body=S.content)
def test_glyph_invariance(body: str) -> None:
    results = set()
    for opening, closing in (("«", "»"), ("“", "”"), ('"', '"')):
        text = f"Il a dit {opening}{body}{closing}, a-t-il ajouté."
        (span,) = scan(text, FR)[0]
        results.add((span.start - len(opening), span.end, text[span.start : span.end]))
    assert len({r[2] for r in results}) == 1


@given(S.messy)
@settings(max_examples=300)
def test_scan_never_raises_and_offsets_hold(text: str) -> None:
    spans, diags = scan(text, FR)
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.open_offset is None or text[s.open_offset] in "«“„‹‘‚\"'”"
        assert s.close_offset is None or s.close_offset >= s.end
    for d in diags:
        assert 0 <= d.start <= d.end <= len(text)


def _time_scan(text: str) -> float:
    t0 = time.perf_counter()
    scan(text, FR)
    return time.perf_counter() - t0


@pytest.mark.parametrize("unit", ["«", "»", '"', "« ", "«a» ", "“", "‘"], ids=repr)
def test_pathological_marks_scale_linearly(unit: str) -> None:
    """200 000 unbalanced marks: the cost grows in proportion to the input, not faster.

    Compared as a ratio against a 20× smaller input in the same run, so machine
    noise cancels out; quadratic behaviour would show a ratio near 400.
    """
    small = unit * 10_000
    large = unit * 200_000
    _time_scan(small)
    t_small = min(_time_scan(small) for _ in range(3))
    t_large = min(_time_scan(large) for _ in range(2))
    assert t_large / max(t_small, 1e-6) < 60


def test_deep_nesting_is_bounded() -> None:
    text = "«" * 50_000 + "x" + "»" * 50_000
    spans, diags = scan(text, FR)
    assert len(spans) <= MAX_DEPTH
    assert "nesting-too-deep" in {d.code for d in diags}
    assert sum(s.end - s.start for s in spans) <= MAX_DEPTH * len(text)
