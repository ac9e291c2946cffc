"""items.Cover answers what a linear scan over the spans answers, in logarithmic time."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteminer.items import Cover

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda p: (p[0], p[0] + p[1])), max_size=12)


@given(spans, st.integers(-2, 95))
def test_strictly_inside_is_the_scan(found: list[tuple[int, int]], at: int) -> None:
    assert Cover(found).strictly_inside(at) == any(s < at < e for s, e in found)


@given(spans, st.integers(-2, 95), st.integers(0, 20))
def test_holds_is_the_scan(found: list[tuple[int, int]], start: int, width: int) -> None:
    end = start + width
    assert Cover(found).holds(start, end) == any(s <= start and end <= e for s, e in found)


@given(spans, st.integers(-2, 95), st.integers(0, 20))
def test_overlaps_is_the_scan(found: list[tuple[int, int]], start: int, width: int) -> None:
    end = start + width
    assert Cover(found).overlaps(start, end) == any(s < end and start < e for s, e in found)


def test_nested_and_touching_spans() -> None:
    cover = Cover([(10, 20), (12, 14), (20, 30)])
    assert not cover.strictly_inside(20)  # the end of one, the start of the next: inside neither
    assert cover.strictly_inside(13) and not cover.strictly_inside(10)
    assert cover.holds(12, 14) and cover.holds(20, 30) and not cover.holds(15, 25)
