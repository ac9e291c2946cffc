"""Draw candidate statements from the National Assembly debates for act annotation.

Usage: python tools/sample_debates.py CORPUS_XML_DIR OUT.jsonl [--per-sitting N]

Reads every sitting (``DATE.xml``, TEI as described in the corpus's ``Encoding.fr.md``),
keeps the paragraphs of members' and ministers' interventions and interruptions (not
the chair's regulation, not stage directions such as ``(Applaudissements …)``), and
draws ``N`` of them per sitting with a fixed seed, in a random order, so that the pool
is the same on every machine. Each candidate carries its sitting, speaker (from the
markup), the paragraph text and the interventions around it, for the annotator.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path

_STAGE = re.compile(r"^\s*\(.*\)\s*$")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def interventions(path: Path) -> list[dict[str, object]]:
    """Every intervention of a sitting as {speaker, type, paragraphs}, in order."""
    root = ET.parse(path).getroot()
    out = []
    for sp in root.iter():
        if _local(sp.tag) != "sp":
            continue
        speaker = next((e for e in sp if _local(e.tag) == "speaker"), None)
        name = " ".join("".join(speaker.itertext()).split()) if speaker is not None else ""
        kind = ""
        paragraphs = []
        for element in sp.iter():
            if _local(element.tag) == "metadata":
                kind = element.get("interventiontype", kind)
            if _local(element.tag) == "p":
                text = " ".join("".join(element.itertext()).split()).lstrip(". ")
                if text and not _STAGE.match(text):
                    paragraphs.append(text)
        out.append({"speaker": name, "type": kind, "paragraphs": paragraphs})
    return out


def pool(directory: Path, per_sitting: int, seed: int = 2013) -> list[dict[str, object]]:
    rng = random.Random(seed)
    out = []
    for path in sorted(directory.glob("2013*.xml")):
        turns = interventions(path)
        candidates = []
        for n, turn in enumerate(turns):
            if turn["type"] not in ("intervention", "interruption"):
                continue
            for k, paragraph in enumerate(turn["paragraphs"]):  # type: ignore[arg-type]
                if 30 <= len(paragraph) <= 700:
                    before = turns[n - 1] if n else None
                    candidates.append(
                        {
                            "sitting": path.stem,
                            "turn": n,
                            "paragraph": k,
                            "speaker": turn["speaker"],
                            "type": turn["type"],
                            "text": paragraph,
                            "previous": (
                                f"{before['speaker']}: {' '.join(before['paragraphs'])[-400:]}" if before else ""
                            ),
                        }
                    )
        rng.shuffle(candidates)
        out.extend(candidates[:per_sitting])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--per-sitting", type=int, default=60)
    args = parser.parse_args()
    rows = pool(args.directory, args.per_sitting)
    with args.output.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{args.output}: {len(rows)} candidates")


if __name__ == "__main__":
    main()
