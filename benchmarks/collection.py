"""A Collection of many documents: the cost of speakers() and clusters() as the collection grows.

Run on demand, from the repository root::

    PYTHONPATH=src python benchmarks/collection.py                    # 2 000, 20 000, 100 000 documents
    PYTHONPATH=src python benchmarks/collection.py --sizes 2000 20000

The documents are generated (no parse: the collection step is what is measured), with a
fixed seed, like a news collection: each holds 3 to 8 speech items; speakers are drawn
from a pool that grows with the collection (so that names keep meeting new names), a
fifth of them written with a spelling variant, a surname alone or an initial; a third of
the quotations repeat a statement of a pool that also grows with the collection (wire copy:
the same words, a cut, or one word changed), the others are new sentences.

For each size it prints, beside a **baseline** measured in the same process on the same
documents (one linear pass that folds and splits every quotation into words: the least any
method must do), the CPU time of ``add`` for every document, of ``speakers()`` and of
``clusters()``, the total as a ratio to the baseline (constant when the cost is linear),
the cost per 1 000 documents, and the peak memory the collection allocated (tracemalloc,
the generated documents excluded). At the smallest size it also times the pairwise
``merge_speakers`` the collection replaced (each speaker against every cluster so far), as
the "before". The process's peak resident set size closes the report.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import time
import tracemalloc
from collections.abc import Callable, Sequence

from quoteminer import Collection, Extraction, Quote, QuoteKind, Speaker, SpeakerKind
from quoteminer.coreference import Entity, names_match, org_variant
from quoteminer.lang import get_language
from quoteminer.parse import fold

_SYLLABLES = (
    "ba be bi bo da de di do fa fe fi ga go la le li lo ma me mi mo na ne ni no "
    "ra re ri ro sa se si so ta te ti to va ve vi"
).split()
_FUNCTION = (
    "le la les un une des de du et à en que qui ne pas nous vous il elle pour sur dans avec par ce cette notre nos "
    "est sont a ont sera fait faut plus très tout tous"
).split()


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))


def _sentence(rng: random.Random, vocabulary: Sequence[str]) -> list[str]:
    return [rng.choice(_FUNCTION) if rng.random() < 0.4 else rng.choice(vocabulary) for _ in range(rng.randint(10, 28))]


def _variant(rng: random.Random, first: str, last: str) -> str:
    roll = rng.random()
    if roll < 0.05:
        return last.capitalize()  # the surname alone
    if roll < 0.10:
        return f"{first[0].upper()}. {last.capitalize()}"  # an initial
    if roll < 0.20:
        i = rng.randrange(1, len(last))
        return f"{first.capitalize()} {last[:i]}{rng.choice('aeiou')}{last[i + 1 :]}".title()  # a spelling variant
    return f"{first.capitalize()} {last.capitalize()}"


def generate(n_docs: int, seed: int = 20190410) -> list[tuple[str, Extraction]]:
    """``n_docs`` documents of generated speech items (deterministic for a seed)."""
    rng = random.Random(seed)
    vocabulary = [_word(rng) for _ in range(5000)]
    people = [(_word(rng), _word(rng) + _word(rng)) for _ in range(200 + n_docs // 4)]
    organisations = [f"Agence {_word(rng).capitalize()} {_word(rng).capitalize()}" for _ in range(50 + n_docs // 40)]
    statements = [_sentence(rng, vocabulary) for _ in range(100 + n_docs // 5)]
    docs = []
    for d in range(n_docs):
        quotes = []
        offset = 0
        for _ in range(rng.randint(3, 8)):
            if rng.random() < 0.33:
                words = list(rng.choice(statements))
                roll = rng.random()
                if roll < 0.3:
                    cut = rng.randint(0, len(words) // 3)
                    words = words[cut : len(words) - rng.randint(0, len(words) // 3)]
                elif roll < 0.4:
                    words[rng.randrange(len(words))] = rng.choice(vocabulary)
            else:
                words = _sentence(rng, vocabulary)
            text = " ".join(words)
            if rng.random() < 0.85:
                first, last = people[
                    min(int(rng.paretovariate(1.2)) - 1, len(people) - 1)
                    if rng.random() < 0.3
                    else rng.randrange(len(people))
                ]
                speaker = Speaker(name=_variant(rng, first, last))
            else:
                speaker = Speaker(name=rng.choice(organisations), kind=SpeakerKind.ORGANIZATION)
            start = offset + 2
            quotes.append(
                Quote(
                    text=text,
                    start=start,
                    end=start + len(text),
                    kind=QuoteKind.DIRECT,
                    open_mark="«",
                    open_offset=offset,
                    close_mark="»",
                    close_offset=start + len(text) + 1,
                    speaker=speaker,
                )
            )
            offset = start + len(text) + 3
        docs.append((f"doc{d:06d}", Extraction(quotes=tuple(quotes))))
    return docs


def baseline(docs: Sequence[tuple[str, Extraction]]) -> int:
    """One linear pass: fold and split every quotation into words."""
    words = 0
    for _, extraction in docs:
        for quote in extraction.quotes:
            words += len(fold(quote.text).split())
    return words


def pairwise_merge(docs: Sequence[tuple[str, Extraction]]) -> int:
    """The pairwise speaker merge the collection replaced: each speaker is compared with every
    member of every cluster so far (the previous ``merge_speakers``)."""

    def same(a: Speaker, b: Speaker) -> bool:
        if a.kind is not b.kind:
            return False
        if a.kind is SpeakerKind.PERSON:
            return names_match(a.name, b.name)
        return org_variant(fold(a.name), fold(b.name), get_language("fr"))

    clusters: list[list[Speaker]] = []
    for _, extraction in docs:
        for quote in extraction.quotes:
            if quote.speaker is None:
                continue
            home = next((c for c in clusters if all(same(quote.speaker, s) for s in c)), None)
            if home is None:
                clusters.append([quote.speaker])
            else:
                home.append(quote.speaker)
    for cluster in clusters:
        entity = Entity(kind=cluster[0].kind)
        for speaker in cluster:
            entity.variants[speaker.name] += 1
        _ = entity.name
    return len(clusters)


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    gc.collect()
    start = time.process_time()
    out = fn()
    return time.process_time() - start, out


def run(n_docs: int, before: bool) -> None:
    docs = generate(n_docs)
    n_quotes = sum(len(x.quotes) for _, x in docs)
    t_base, _ = _timed(lambda: baseline(docs))
    built = Collection()
    t_add, _ = _timed(lambda: built.add_many(docs))
    t_speakers, speakers = _timed(built.speakers)
    t_clusters, clusters = _timed(built.clusters)
    built = Collection()  # let the timed one go
    # the memory, in a second pass (tracing allocations slows them: it is not timed)
    gc.collect()
    tracemalloc.start()
    traced = Collection()
    traced.add_many(docs)
    traced.speakers()
    traced.clusters()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    traced = Collection()
    total = t_add + t_speakers + t_clusters
    assert isinstance(speakers, tuple) and isinstance(clusters, tuple)
    print(
        f"| {n_docs:,} | {n_quotes:,} | {t_base:.2f} s | {t_add:.2f} s | {t_speakers:.2f} s | {t_clusters:.2f} s | "
        f"{total / t_base:.1f}× | {1000 * total / n_docs:.2f} s | {peak / 2**20:,.0f} MiB | "
        f"{len(speakers):,} | {len(clusters):,} |",
        flush=True,
    )
    if before:
        t_old, groups = _timed(lambda: pairwise_merge(docs))
        t_new, _ = _timed(lambda: [c.speakers() for c in [Collection()] if not c.add_many(docs)])
        print(
            f"\nBefore, at {n_docs:,} documents: the pairwise merge_speakers {t_old:.2f} s ({groups:,} speakers), "
            f"the blocked speakers() with its add() {t_new:.2f} s ({t_old / t_new:.0f}× less).\n",
            flush=True,
        )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000, 100000], help="collection sizes")
    parser.add_argument(
        "--no-before", action="store_true", help="skip the pairwise merge_speakers at the smallest size"
    )
    args = parser.parse_args(argv)
    print(
        "| documents | quotes | baseline | add | speakers() | clusters() | total / baseline | per 1 000 documents "
        "| peak (collection) | speakers | clusters |\n|---|---|---|---|---|---|---|---|---|---|---|",
        flush=True,
    )
    for k, size in enumerate(sorted(args.sizes)):
        run(size, before=k == 0 and not args.no_before)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nPeak resident set size of the process: {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
