"""Rewrite the "Current figures" section of docs/accuracy.md from the evaluator's output.

Usage: python tools/update_accuracy.py  (runs ``quoteminer evaluate`` on every fixture set)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "accuracy.md"
START = "## Current figures\n"
SETS = ("seeds", "dev", "est-republicain", "wikinews-test")


def main() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "quoteminer", "evaluate", *(f"fixtures/{name}" for name in SETS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    text = DOC.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    tail = rest[rest.index("\n## ") :]
    DOC.write_text(f"{head}{START}\n{out}\n{tail}", encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
