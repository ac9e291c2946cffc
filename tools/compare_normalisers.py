"""Compare date normalisers on the French TimeBank's DATE expressions (docs/accuracy.md, "When").

Each candidate reads the words of every gold ``TIMEX3`` of type ``DATE`` in
``fixtures/est-republicain/timeml/``, with the document creation time and the way the
governing verb points in time (``quoteminer.dates.direction_of``, the same for all), and
is scored by exact match of the TIMEX3 value. Candidates:

- ``quoteminer``: quoteminer's own rules (``quoteminer.dates.normalise``);
- ``dateparser``: ``dateparser.date.DateDataParser(languages=["fr"])`` with the creation
  time as ``RELATIVE_BASE`` and the direction as ``PREFER_DATES_FROM``; the value is
  written at the granularity dateparser reports (day, week, month, year);
- ``recognizers``: Microsoft's Recognizers-Text (``recognizers-text-date-time``), French
  culture, with the creation time as reference; of the values it proposes for an
  ambiguous expression the one on the side of the direction is taken.

A candidate whose package is not installed is reported as such. The choice is made on the
tuning half (fixtures/splits.json); the test half is scored, never read for errors
(``--misses`` lists the tuning half's misses of one candidate only).

Usage: python tools/compare_normalisers.py [--misses CANDIDATE]
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quoteminer.dates import Direction
from quoteminer.timeml import Normaliser, TimeMLDocument, quoteminer_normaliser, read_timeml, score

ROOT = Path(__file__).resolve().parent.parent / "fixtures"
TIMEML = ROOT / "est-republicain" / "timeml"


def _dateparser() -> Normaliser:
    from dateparser.date import DateDataParser

    parsers: dict[tuple[datetime.date, str], Any] = {}

    def normalise(expression: str, created: datetime.date, direction: Direction) -> str | None:
        prefer = {"past": "past", "future": "future", None: "current_period"}[direction]
        key = (created, prefer)
        if key not in parsers:
            base = datetime.datetime(created.year, created.month, created.day, 12)
            parsers[key] = DateDataParser(
                languages=["fr"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer}
            )
        data = parsers[key].get_date_data(expression)
        if data.date_obj is None:
            return None
        d = data.date_obj.date()
        if data.period == "year":
            return f"{d.year:04d}"
        if data.period == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if data.period == "week":
            year, week, _ = d.isocalendar()
            return f"{year:04d}-W{week:02d}"
        return d.isoformat()

    return normalise


def _recognizers() -> Normaliser:
    from recognizers_date_time import Culture, recognize_datetime

    def normalise(expression: str, created: datetime.date, direction: Direction) -> str | None:
        reference = datetime.datetime(created.year, created.month, created.day, 12)
        results = recognize_datetime(expression, Culture.French, reference=reference)
        for result in results:
            values = (result.resolution or {}).get("values") or []
            if not values:
                continue
            timex = values[0].get("timex", "")
            if timex and "X" not in timex and re.fullmatch(r"\d{4}(-\d\d(-\d\d)?|-W\d\d(-WE)?|-(SP|SU|FA|WI))?", timex):
                return str(timex)
            dated = [v for v in values if _is_day(v.get("value") or v.get("start") or "")]
            if not dated:
                return str(timex) or None
            pick = dated[0] if direction == "past" or len(dated) == 1 else dated[-1]
            if direction is None and len(dated) > 1:
                pick = min(dated, key=lambda v: abs((_day(v) - created).days))
            day = _day(pick)
            if re.fullmatch(r"XXXX-\d\d", timex):
                return f"{day.year:04d}-{day.month:02d}"
            return day.isoformat()
        return None

    return normalise


def _is_day(text: str) -> bool:
    return re.match(r"\d{4}-\d\d-\d\d", text) is not None


def _day(value: dict[str, str]) -> datetime.date:
    return datetime.date.fromisoformat((value.get("value") or value.get("start") or "")[:10])


CANDIDATES: dict[str, Callable[[], Normaliser]] = {
    "quoteminer": lambda: quoteminer_normaliser,
    "dateparser": _dateparser,
    "recognizers": _recognizers,
}


def halves() -> dict[str, list[TimeMLDocument]]:
    """The TimeML documents of each half of the Est Républicain split."""
    split = json.loads((ROOT / "splits.json").read_text(encoding="utf-8"))["est-republicain"]
    docs = {p.stem: read_timeml(p) for p in sorted(TIMEML.glob("*.tml"))}
    return {half: [docs[i] for i in sorted(ids) if i in docs] for half, ids in split.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", metavar="CANDIDATE", help="list this candidate's misses on the tuning half")
    args = parser.parse_args(argv)
    parts = halves()
    cached: dict[str, list[Direction]] = {}
    print("| normaliser | tuning half | test half |\n|---|---|---|")
    for name, make in CANDIDATES.items():
        try:
            normaliser = make()
        except ImportError as error:
            print(f"| {name} | not installed ({error.name}) | |")
            continue
        cells = []
        for half in ("tuning", "test"):
            scores = score(parts[half], normaliser, cached=cached)
            gold = sum(n for n, _ in scores.values())
            right = sum(r for _, r in scores.values())
            cells.append(f"{right / gold:.3f} ({right}/{gold})")
        print(f"| {name} | {cells[0]} | {cells[1]} |")
    if args.misses:
        normaliser = CANDIDATES[args.misses]()
        print(f"\nMisses of {args.misses} on the tuning half:")
        for doc in parts["tuning"]:  # the test half is never read for errors
            gold = [t for t in doc.timexes if t.type == "DATE"]
            for timex, way in zip(gold, cached[doc.id], strict=True):
                got = normaliser(timex.text, doc.created, way)
                if got != timex.value:
                    print(f"{doc.id} {doc.created} {way!s:6} {timex.text!r}: {got} != {timex.value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
