"""Where ``extract`` spends its time, and how much parsing only speech could save.

Run on demand, from the repository root::

    PYTHONPATH=src python benchmarks/breakdown.py [--copies 3]

Over the annotated articles (``--copies`` times each), it prints:

1. the CPU time of each component of ``fr_core_news_md`` (and of the tokenizer), one
   text at a time, after a warm-up: what the plain pipeline costs, part by part;
2. the CPU time of the layout, of building the views, of the parse and of the stages after it;
3. the stages one by one (cProfile, cumulative time of each stage ``extract_parsed``
   calls: the profiler's overhead inflates Python code, so read these as shares);
4. the share of characters in paragraphs that can carry speech (a quotation, a form of
   a reporting verb, a source preposition), and the throughput ratio ``extract`` would
   reach at best if every other paragraph needed only the tokenizer and the NER.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from collections.abc import Sequence
from pathlib import Path

import regex
import spacy
from timing import best_of  # this folder's helper

from quoteminer import layout, parse, pipeline
from quoteminer.cues import forms
from quoteminer.lang import get_language
from quoteminer.marks import scan

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "fixtures" / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures" / "dev").glob("*.txt"))
FR = get_language("fr")


def components(plain: spacy.language.Language, texts: Sequence[str]) -> dict[str, float]:
    """CPU seconds of the tokenizer and of each component, one text at a time."""
    out = {"tokenizer": best_of(2, lambda: [plain.make_doc(t) for t in texts])}
    docs = [plain.make_doc(t) for t in texts]
    for name, component in plain.pipeline:
        out[name] = best_of(1, lambda component=component: [component(d) for d in docs])
    return out


def stages(texts: Sequence[str]) -> dict[str, float]:
    """Cumulative seconds (under cProfile) of each function ``extract_parsed`` calls."""
    nlp = parse.load(FR.model)
    prepared = [(laid, view, parse.parse(view, nlp)) for t in texts for laid, view in [pipeline.prepare(t, FR)]]
    profile = cProfile.Profile()
    profile.enable()
    for laid, view, pieces in prepared:
        pipeline.extract_parsed(laid, view, pieces, FR)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    out: dict[str, float] = {}
    for (path, _, name), (_, _, _, cumulative, callers) in stats.items():
        if any(caller[2] == "extract_parsed" for caller in callers):
            out[f"{Path(path).stem}.{name}"] = cumulative
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


_SOURCE = regex.compile(
    r"\bselon\b|\bd['’]après\b|\baux yeux\b|(?:^|[.!?:]\s+)(?:et |mais )?pour\b[^.;:!?]{0,80},", regex.IGNORECASE
)
_WORDS = regex.compile(r"\w+(?:['’]|(?:-\w+)*)")
_LINE = regex.compile(r"[^\n\r\u2028\u2029]+")


def speech_share(texts: Sequence[str]) -> float:
    """Share of characters in paragraphs that can carry speech.

    Verb forms are taken from single-word infinitives only (the forms table also holds
    the last word of phrases such as « qualifier de », « mettre en cause »): this
    undercounts speech paragraphs a little, so the saving derived from it is an upper bound.
    """
    data = FR.cues
    verbs = {form for form, infinitive in forms(FR).items() if " " not in infinitive and infinitive in data.VERBS}
    total = speech = 0
    for text in texts:
        spans, _ = scan(text, FR)
        for line in _LINE.finditer(text):
            lo, hi = line.span()
            total += hi - lo
            quoted = any(s.start < hi and lo < s.end for s in spans)
            words = {w.lower().replace("’", "'") for w in _WORDS.findall(line.group())}
            if quoted or words & verbs or _SOURCE.search(line.group()):
                speech += hi - lo
    return speech / total


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=3, help="copies of each article (default 3)")
    args = parser.parse_args(argv)
    base = [p.read_text(encoding="utf-8") for p in ARTICLES]
    texts = base * args.copies
    chars = sum(map(len, texts))
    plain = spacy.load(FR.model)
    nlp = parse.load(FR.model)
    for text in base:  # warm-up
        plain(text)
        pipeline.extract(text)

    parts = components(plain, texts)
    whole = best_of(2, lambda: [plain(t) for t in texts])
    print(f"{len(texts)} texts, {chars:,} characters\n")
    print("| part of nlp(text) | CPU s | share |\n|---|---|---|")
    for name, seconds in parts.items():
        print(f"| {name} | {seconds:.2f} | {seconds / whole:.0%} |")
    print(f"| nlp(text), whole | {whole:.2f} | 100% |")

    layouts = [layout.lay_out(t, FR) for t in texts]
    t_layout = best_of(2, lambda: [layout.lay_out(t, FR) for t in texts])
    views = [parse.make_view(laid.text) for laid in layouts]
    t_view = best_of(2, lambda: [parse.make_view(laid.text) for laid in layouts])
    t_parse = best_of(2, lambda: [parse.parse(v, nlp) for v in views])
    pieces = [parse.parse(v, nlp) for v in views]
    t_stages = best_of(
        2, lambda: [pipeline.extract_parsed(lo, v, p, FR) for lo, v, p in zip(layouts, views, pieces, strict=True)]
    )
    t_extract = best_of(2, lambda: [pipeline.extract(t) for t in texts])
    print("\n| part of extract | CPU s | ÷ nlp(text) |\n|---|---|---|")
    steps = (("layout", t_layout), ("view", t_view), ("parse", t_parse), ("stages", t_stages))
    for name, seconds in (*steps, ("extract, whole", t_extract)):
        print(f"| {name} | {seconds:.2f} | {seconds / whole:.2f} |")

    print("\n| stage (cProfile, cumulative) | s | share of stages |\n|---|---|---|")
    profiled = stages(base)
    total = sum(profiled.values())
    for name, seconds in profiled.items():
        print(f"| {name} | {seconds:.3f} | {seconds / total:.0%} |")

    share = speech_share(base)
    kept = parts["tokenizer"] + parts["ner"]
    rest = whole - kept
    best_case = kept + share * (rest + t_stages) + t_view
    print(f"\ncharacters in paragraphs that can carry speech: {share:.0%}")
    print(
        f"best case if the other paragraphs needed only the tokenizer and the NER (and no stage): "
        f"extract at {whole / best_case:.2f}× nlp(text) (today {whole / t_extract:.2f}×)"
    )


if __name__ == "__main__":
    main()
