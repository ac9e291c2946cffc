"""Turn an annotator's draft (quoted text, no offsets) into a fixture with exact offsets.

Usage: python tools/resolve_fixture.py ARTICLE.txt DRAFT.json -o FIXTURE.json

Annotators copy spans as they read them; copies lose soft hyphens, turn no-break
spaces into spaces and curly apostrophes into straight ones.  This tool finds each
span in the article through a normalised view with an offset map, then stores the
article's own characters, so a fixture's ``text`` always equals ``article[start:end]``.
A span that occurs more than once needs ``"occurrence": N`` (0-based, counted in the
whole article) or, for quantities and verbatim spans, is searched inside its item first.
Dates (``published``, ``said_on``, ``said_on_end``) are checked as ISO ``YYYY-MM-DD``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

_DROP = {"\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff"}
_MAP = {
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2007": " ",
    "\t": " ",
    "\n": " ",
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2026": "...",
    "\u2013": "-",
    "\u2014": "-",
}


def normalise(text: str) -> tuple[str, list[int]]:
    """Return the normalised text and, for each of its characters, the source index."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DROP:
            continue
        rep = _MAP.get(ch, ch)
        for r in rep:
            if r == " " and out and out[-1] == " ":
                continue  # collapse runs of spaces
            out.append(r)
            index.append(i)
    return "".join(out), index


def find_all(doc: str, needle: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    norm_doc, index = normalise(doc)
    norm_needle, _ = normalise(needle.strip())
    if not norm_needle:
        raise ValueError("empty span")
    hits = []
    pos = norm_doc.find(norm_needle)
    while pos != -1:
        start = index[pos]
        end = index[pos + len(norm_needle) - 1] + 1
        if start >= lo and (hi is None or end <= hi):
            hits.append((start, end))
        pos = norm_doc.find(norm_needle, pos + 1)
    return hits


def locate(
    doc: str, needle: str, occurrence: int | None, what: str, lo: int = 0, hi: int | None = None
) -> tuple[int, int]:
    hits = find_all(doc, needle, lo, hi)
    if not hits and (lo or hi is not None):
        hits = find_all(doc, needle)
    if not hits:
        raise SystemExit(f"{what}: not found in the article: {needle!r}")
    if occurrence is None:
        if len(hits) > 1:
            raise SystemExit(f'{what}: {len(hits)} occurrences of {needle!r}; add "occurrence": N (0-based)')
        occurrence = 0
    if occurrence >= len(hits):
        raise SystemExit(f"{what}: occurrence {occurrence} of {needle!r} but only {len(hits)} found")
    return hits[occurrence]


def resolve_quantities(doc: str, quantities: list[dict], lo: int, hi: int | None, what: str) -> list[dict]:
    out = []
    for q in quantities:
        start, end = locate(doc, q["text"], q.get("occurrence"), f"{what} quantity", lo, hi)
        out.append(
            {
                "text": doc[start:end],
                "start": start,
                "end": end,
                "value": q["value"],
                "unit": q.get("unit"),
                "qualifier": q.get("qualifier", "exact"),
            }
        )
    return out


def resolve_verbatim(doc: str, spans: list[dict], lo: int, hi: int, what: str) -> list[dict]:
    out = []
    for v in spans:
        start, end = locate(doc, v["text"], v.get("occurrence"), f"{what} verbatim", lo, hi)
        if not (lo <= start and end <= hi):
            raise SystemExit(f"{what}: verbatim span {v['text']!r} lies outside its item")
        out.append({"text": doc[start:end], "start": start, "end": end})
    return sorted(out, key=lambda v: v["start"])


def check_date(value: object, what: str) -> str | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise SystemExit(f"{what}: {value!r} is not an ISO date YYYY-MM-DD") from None


def resolve(doc: str, draft: dict) -> dict:
    items = []
    for n, item in enumerate(draft.get("items", [])):
        what = f"item {n}"
        start, end = locate(doc, item["text"], item.get("occurrence"), what)
        resolved = {
            "kind": item["kind"],
            "text": doc[start:end],
            "start": start,
            "end": end,
            "speaker": item.get("speaker"),
            "cue": item.get("cue"),
            "act": item.get("act"),
            "hedged": bool(item.get("hedged", False)),
            "quantities": resolve_quantities(doc, item.get("quantities", []), start, end, what),
        }
        if item.get("verbatim"):
            if item["kind"] != "indirect":
                raise SystemExit(f"{what}: only an indirect item has verbatim spans")
            resolved["verbatim"] = resolve_verbatim(doc, item["verbatim"], start, end, what)
        if "said_on" in item or "said_on_end" in item:
            if item["kind"] == "mention":
                raise SystemExit(f"{what}: a mention has no said_on")
            resolved["said_on"] = check_date(item.get("said_on"), f"{what} said_on")
            resolved["said_on_end"] = check_date(item.get("said_on_end"), f"{what} said_on_end")
            if resolved["said_on_end"] is not None and (
                resolved["said_on"] is None or resolved["said_on_end"] < resolved["said_on"]
            ):
                raise SystemExit(f"{what}: said_on_end needs an earlier said_on")
        if item.get("note"):
            resolved["note"] = item["note"]
        items.append(resolved)
    items.sort(key=lambda i: (i["start"], -i["end"]))
    claims = []
    for n, claim in enumerate(draft.get("claims", [])):
        what = f"claim {n}"
        start, end = locate(doc, claim["text"], claim.get("occurrence"), what)
        claims.append(
            {
                "text": doc[start:end],
                "start": start,
                "end": end,
                "quantities": resolve_quantities(doc, claim.get("quantities", []), start, end, what),
            }
        )
    claims.sort(key=lambda c: c["start"])
    fixture = {
        "id": draft["id"],
        "title": draft.get("title", ""),
        "source": draft.get("source", ""),
        "licence": draft.get("licence", ""),
    }
    if "published" in draft:
        fixture["published"] = check_date(draft["published"], "published")
    fixture.update({"notes": draft.get("notes", ""), "items": items, "claims": claims})
    return fixture


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", type=Path)
    parser.add_argument("draft", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    doc = args.article.read_text(encoding="utf-8")
    draft = json.loads(args.draft.read_text(encoding="utf-8"))
    fixture = resolve(doc, draft)
    args.output.write_text(json.dumps(fixture, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(fixture['items'])} items, {len(fixture['claims'])} claims", file=sys.stderr)


if __name__ == "__main__":
    main()
