"""Copy the fr-litbank coreference excerpts into fixtures/fr-litbank/ (run once).

fr-litbank (Lattice, CNRS/ENS/Sorbonne Nouvelle; CC BY-SA) annotates excerpts of French
novels with entity mentions and coreference chains in brat format: ``NAME.txt`` and
``NAME.ann`` (``T`` lines: a mention's type and character span; ``R`` lines:
``Coreference`` links between two mentions). The antecedent model (``quoteminer train
antecedent``) learns from the chains of people and organisations only, so this keeps, for
each excerpt, its text unchanged (``NAME.txt``) and, in ``NAME.json``, every ``PER`` and
``ORG`` mention as ``[start, end, type, chain]``: its span stripped of surrounding blanks,
and the number of its chain (mentions linked by ``Coreference``, transitively; a mention
linked to none is a chain of its own), chains numbered in order of their first mention.
A span that does not hold the annotated text is left out (a handful, where brat's text and
the file disagree).

Usage: python tools/import_litbank.py [SOURCE] (default: ../shared/corpus/fr-litbank/brat/coref)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "fixtures" / "fr-litbank"
DEFAULT = ROOT.parent / "shared" / "corpus" / "fr-litbank" / "brat" / "coref"
KEPT = ("PER", "ORG")
#: Excerpts of one work share a group (the antecedent model is held out by work).
WORKS = {
    "Jean-Christophe-1": "Jean-Christophe",
    "Jean-Christophe-2": "Jean-Christophe",
    "Mademoiselle_Fifi_nouveaux_contes-1": "Mademoiselle_Fifi_nouveaux_contes",
    "Mademoiselle_Fifi_nouveaux_contes-3": "Mademoiselle_Fifi_nouveaux_contes",
    "export": "Mademoiselle_Fifi_nouveaux_contes",  # the tale "Marroca" of the same collection
}
#: The excerpt the source calls "export" is named for what it is.
RENAME = {"export": "Mademoiselle_Fifi_nouveaux_contes-Marroca"}
LICENCE = "CC BY-SA (fr-litbank states CC BY-SA 2.0 FR and links 4.0); see fixtures/fr-litbank/README.md"
ATTRIBUTION = "fr-litbank (Lattice, CNRS/ENS/Sorbonne Nouvelle), github.com/lattice-8094/fr-litbank, commit 4b197890"


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def convert(txt: Path, ann: Path) -> tuple[str, dict[str, object]]:
    """The text of one excerpt and its JSON record."""
    text = txt.read_text(encoding="utf-8")
    spans: dict[str, tuple[int, int, str]] = {}
    links: list[tuple[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 3:
            kind, *offsets = fields[1].split(" ")
            if len(offsets) != 2 or not all(o.isdigit() for o in offsets):
                continue  # a discontinuous span (none in the release used)
            start, end = int(offsets[0]), int(offsets[1])
            if text[start:end] != fields[2]:
                continue
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                spans[fields[0]] = (start, end, kind)
        elif line.startswith("R") and len(fields) >= 2:
            relation, *args = fields[1].split(" ")
            if relation == "Coreference":
                a, b = (arg.split(":", 1)[1] for arg in args[:2])
                links.append((a, b))
    parent = {t: t for t in spans}
    for a, b in links:
        if a in parent and b in parent:
            parent[_find(parent, a)] = _find(parent, b)
    kept = sorted((s, e, k, _find(parent, t)) for t, (s, e, k) in spans.items() if k in KEPT)
    number: dict[str, int] = {}
    mentions = []
    for s, e, k, root in kept:
        mentions.append([s, e, k, number.setdefault(root, len(number))])
    name = RENAME.get(txt.stem, txt.stem)
    record: dict[str, object] = {
        "id": name,
        "work": WORKS.get(txt.stem, txt.stem),
        "source": f"{ATTRIBUTION}, brat/coref/{txt.name}",
        "licence": LICENCE,
        "mentions": mentions,
    }
    return text, record


def _dump(record: dict[str, object]) -> str:
    """One mention a line, so that the file reads and diffs well."""
    head = {k: v for k, v in record.items() if k != "mentions"}
    lines = [json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ","]
    rows = [json.dumps(m, ensure_ascii=False) for m in record["mentions"]]  # type: ignore[attr-defined]
    lines.append(' "mentions": [\n  ' + ",\n  ".join(rows) + "\n ]\n}\n")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", default=str(DEFAULT))
    source = Path(parser.parse_args().source)
    OUT.mkdir(parents=True, exist_ok=True)
    for ann in sorted(source.glob("*.ann")):
        text, record = convert(ann.with_suffix(".txt"), ann)
        name = str(record["id"])
        (OUT / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
        (OUT / f"{name}.json").write_text(_dump(record), encoding="utf-8")
        print(f"{name}: {len(record['mentions'])} mentions")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
