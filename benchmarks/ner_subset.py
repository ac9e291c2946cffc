"""Running the NER only on the sentences that can hold a name: the time it would save, and what it changes.

Run on demand, from the repository root::

    PYTHONPATH=src python benchmarks/ner_subset.py [--copies 1] [--rounds 2]

Over the tuning articles (seeds and dev, ``--copies`` times: the texts of ``throughput.py``'s
corpus), one text at a time as ``extract`` parses them, with quoteminer's own model on the backend
its probe chose, it times (CPU, best of ``--rounds``, the modes alternated):

- ``full``: the whole pipeline, NER included (what ``extract`` runs);
- ``no ner``: the pipeline without the ``ner`` component (the floor of any NER shortcut);
- ``subset``: the pipeline without ``ner``, then ``ner`` (it has its own tok2vec in
  ``fr_core_news_md``) on each run of consecutive sentences that can hold a name (a token other
  than the sentence's first with a capital, or a first token the morphologizer calls a proper
  noun), the runs of one text batched, their entities copied back into the whole Doc.

It then prints the share of tokens the NER still reads and the entities that differ from the full
pipeline's (with the sentence of each entity lost, for the tuning articles only).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Doc, Span
from timing import best_of  # this folder's helper

from quoteminer import backend, parse, pipeline
from quoteminer.lang import get_language

ROOT = Path(__file__).resolve().parent.parent


def name_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs ``[start, end)`` of consecutive sentences that can hold a name."""
    runs: list[list[int]] = []
    for sent in doc.sents:
        first = sent[0]
        named = (first.pos_ == "PROPN" and first.text[:1].isupper()) or any(t.text[:1].isupper() for t in sent[1:])
        if not named:
            continue
        if runs and runs[-1][1] == sent.start:
            runs[-1][1] = sent.end
        else:
            runs.append([sent.start, sent.end])
    return [(a, b) for a, b in runs]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=1, help="copies of each article (default 1)")
    parser.add_argument("--rounds", type=int, default=2, help="timed rounds, the best reported (default 2)")
    args = parser.parse_args(argv)
    data = get_language("fr")
    nlp = parse.load(data.model)
    ner = nlp.get_pipe("ner")
    paths = sorted((ROOT / "fixtures" / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures" / "dev").glob("*.txt"))
    views = [pipeline.prepare(p.read_text(encoding="utf-8"), data)[1] for p in paths] * args.copies

    def full() -> list[Doc]:
        with backend.one_thread():
            return [next(iter(nlp.pipe([parse.prepare(nlp, v)], batch_size=1))) for v in views]

    def without_ner() -> list[Doc]:
        with backend.one_thread(), nlp.select_pipes(disable=["ner"]):
            return [next(iter(nlp.pipe([parse.prepare(nlp, v)], batch_size=1))) for v in views]

    def subset() -> list[Doc]:
        out = []
        for doc in without_ner():
            runs = name_runs(doc)
            with backend.one_thread():
                parts = list(ner.pipe([doc[a:b].as_doc() for a, b in runs], batch_size=max(1, len(runs))))
            found = [
                Span(doc, a + e.start, a + e.end, label=e.label)
                for (a, _), part in zip(runs, parts, strict=True)
                for e in part.ents
            ]
            doc.set_ents(found, default="outside")
            out.append(doc)
        return out

    subset()  # warm-up
    modes = {"full": full, "no ner": without_ner, "subset": subset}
    times: dict[str, list[float]] = {name: [] for name in modes}
    for _ in range(args.rounds):  # the modes alternated: other work on the machine weighs on each alike
        for name, work in modes.items():
            times[name].append(best_of(1, work))
    for name, spent in times.items():
        print(f"{name:8} {min(spent):.3f} s CPU (rounds: {', '.join(f'{s:.3f}' for s in spent)})")
    whole, parted = full(), subset()
    kept = sum(b - a for doc in parted for a, b in name_runs(doc))
    total = sum(len(doc) for doc in parted)
    print(f"tokens the NER reads in the subset: {kept:,} of {total:,} ({kept / total:.1%})")
    a = {(i, e.start, e.end, e.label_) for i, doc in enumerate(whole) for e in doc.ents}
    b = {(i, e.start, e.end, e.label_) for i, doc in enumerate(parted) for e in doc.ents}
    print(f"entities: full {len(a):,}, subset {len(b):,}; only in full {len(a - b)}, only in subset {len(b - a)}")
    for i, lo, hi, label in sorted(a - b):
        span = whole[i][lo:hi]
        print(f"  lost {label} {span.text!r} in {span.sent.text[:80]!r}")


if __name__ == "__main__":
    main()
