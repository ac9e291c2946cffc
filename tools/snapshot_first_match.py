"""Write tests/data/first_match.json: every fixture's speech items as the first-match chooser gives them.

Usage: python tools/snapshot_first_match.py

The snapshot pins the untrained baseline (``extract(text, speakers="first-match",
items="rules")``: the ordered rules decide both what is speech and who said it): the
trained parts are compared with it, and a change of the rules shows up as a change of this
file, made on purpose and said in its commit message.
"""

from __future__ import annotations

import json
from pathlib import Path

import quoteminer

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "first_match.json"
SETS = ("seeds", "dev", "est-republicain", "wikinews-test")


def rows(result: quoteminer.Extraction) -> list[list[object]]:
    return [
        [
            q.start,
            q.end,
            q.kind.value,
            q.speaker.name if q.speaker else None,
            q.speaker.resolution.value if q.speaker else None,
        ]
        for q in result.quotes
        if q.kind.is_speech
    ]


def document_rows(path: Path) -> list[list[object]]:
    """The snapshot's rows of one fixture: the untrained baseline (rules for what is speech,
    first match for who speaks). ``tests/test_ranker.py`` compares them with the snapshot."""
    return rows(quoteminer.extract(path.read_text(encoding="utf-8"), speakers="first-match", items="rules"))


def main() -> None:
    snapshot = {}
    for name in SETS:
        for path in sorted((ROOT / "fixtures" / name).glob("*.txt")):
            snapshot[f"{name}/{path.stem}"] = document_rows(path)
    OUT.write_text(json.dumps(snapshot, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(snapshot)} documents")


if __name__ == "__main__":
    main()
