"""Write fixtures/splits.json: which fixtures are tuning and which are test (run once).

The rule (fixtures/README.md): the seeds and ``dev/`` are tuning; ``wikinews-test/`` is
test; the Est Républicain articles are split in two halves stratified by their number
of gold speech items: sorted by (speech items, id), taken two by two, and in each pair
the article whose SHA-256 of its id is smaller goes to tuning, the other to test (an
odd one out goes to test). The split is made once, when the articles are annotated,
and frozen in the file: later corrections of the gold do not move an article.

Usage: python tools/split_fixtures.py [--check]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "fixtures"
OUT = ROOT / "splits.json"
WHOLE = {"seeds": "tuning", "dev": "tuning", "wikinews-test": "test"}
HALVED = "est-republicain"


def speech_items(path: Path) -> int:
    gold = json.loads(path.read_text(encoding="utf-8"))
    return sum(1 for item in gold["items"] if item["kind"] != "mention")


def halves(directory: Path) -> dict[str, list[str]]:
    """The two halves of ``directory``'s fixtures by the rule above."""
    ranked = sorted((speech_items(p), p.stem) for p in directory.glob("*.json"))
    tuning: list[str] = []
    test: list[str] = []
    for i in range(0, len(ranked), 2):
        pair = [doc for _, doc in ranked[i : i + 2]]
        if len(pair) == 1:
            test.append(pair[0])
            continue
        first, second = sorted(pair, key=lambda doc: hashlib.sha256(doc.encode("utf-8")).hexdigest())
        tuning.append(first)
        test.append(second)
    return {"tuning": sorted(tuning), "test": sorted(test)}


def table() -> dict[str, object]:
    return {**WHOLE, HALVED: halves(ROOT / HALVED)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the rule still gives the file")
    args = parser.parse_args()
    new = table()
    if args.check:
        old = json.loads(OUT.read_text(encoding="utf-8"))
        same = old == new
        print("splits.json follows the rule" if same else "the gold moved since the split was made", file=sys.stderr)
        raise SystemExit(0 if same else 1)
    OUT.write_text(json.dumps(new, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{OUT}: written", file=sys.stderr)


if __name__ == "__main__":
    main()
