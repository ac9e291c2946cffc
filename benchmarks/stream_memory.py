"""Memory of ``extract_many`` streaming a large JSON Lines corpus, sampled as it goes.

Run on demand (pytest does not collect this folder), from the repository root::

    PYTHONPATH=src python benchmarks/stream_memory.py --mb 5                  # a quick check
    PYTHONPATH=src nice -n 19 python benchmarks/stream_memory.py --mb 200    # the figure in docs/performance.md
    PYTHONPATH=src python benchmarks/stream_memory.py --mb 20 --processes 2 --batch-size 64

First a corpus of at least ``--mb`` million bytes of JSON Lines is written to a
temporary file, one ``{"id": …, "text": …}`` object a line. Its articles are remixed
from the annotated articles of ``fixtures/``: each takes the paragraphs of one article,
drops some, brings in paragraphs of others, and gives the people named in them other
names (first names and surnames drawn from lists), so that no article is one fixture
repeated verbatim and the vocabulary keeps growing a little, as in real news.

Then the file is read line by line, each line's text goes through
``quoteminer.extract_many(..., n_process=--processes, batch_size=--batch-size)``, and
each result is written as JSON to ``/dev/null`` (its quotes are counted). At every 5%
of the corpus (in characters of text) the script prints the resident set size of this
process and of its worker processes (``VmRSS``, and the peak so far, ``VmHWM``, from
``/proc``) and the throughput. Workers are forked from this process after the model is
loaded, so their resident sizes count the pages of the model they share with it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path

import regex

import quoteminer
from quoteminer.export import to_dict

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "fixtures" / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures" / "dev").glob("*.txt"))

FIRST_NAMES = """
    Adèle Agnès Alain Alice Amina Antoine Aurélie Baptiste Bernard Camille Chantal Claire
    Clément Damien Denise Élodie Émile Fatima Florence François Gaëlle Georges Hélène Hugo
    Inès Jacques Jeanne Julien Karim Léa Louis Lucie Marc Margaux Mathieu Nadia Nicolas
    Odile Pascal Patrick Pauline Philippe Rachid Romain Sandrine Sophie Thomas Valérie Yves
""".split()
SURNAMES = """
    Arnaud Barbier Benoît Blanc Bonnet Boyer Brun Caron Chevalier Clément Colin Da Silva
    David Denis Dubois Dumont Dupuis Durand Fabre Faure Fontaine Fournier François Gaillard
    Garnier Gautier Gérard Girard Guérin Haddad Henry Joly Lacroix Lambert Laurent Lefèvre
    Legrand Lemaire Leroy Lucas Marchand Martin Masson Mathieu Mercier Meunier Michel Morel
    Moulin Nicolas Perrin Picard Renard Robin Roche Rousseau Roussel Roy Vincent
""".split()
_PARAGRAPHS = regex.compile(r"\n\s*\n")
# The fixtures' annotated speakers: a first name and a surname, both capitalised.
_PERSON = regex.compile(r"\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)+")


def fixture_articles() -> list[tuple[list[str], list[str]]]:
    """Each fixture article as (paragraphs, people named by its annotations)."""
    out = []
    for path in FIXTURES:
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        people = {
            item["speaker"]["name"]
            for item in gold["items"]
            if item.get("speaker") and _PERSON.fullmatch(item["speaker"]["name"])
        }
        paragraphs = [p for p in _PARAGRAPHS.split(path.read_text(encoding="utf-8")) if p.strip()]
        out.append((paragraphs, sorted(people, key=len, reverse=True)))
    return out


def remixed(seed: int) -> Iterator[str]:
    """An endless stream of articles remixed from the fixtures (deterministic for a seed)."""
    rng = random.Random(seed)
    base = fixture_articles()
    everyone = sorted({name for _, people in base for name in people}, key=len, reverse=True)
    while True:
        paragraphs, _ = rng.choice(base)
        kept = [p for p in paragraphs if rng.random() < 0.85] or paragraphs[:1]
        for _ in range(rng.randint(0, 3)):  # paragraphs from other articles
            other, _ = rng.choice(base)
            kept.insert(rng.randint(1, len(kept)), rng.choice(other))
        text = "\n\n".join(kept)
        for name in everyone:  # the longest names first, so a full name is renamed whole
            if name in text:
                first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
                text = text.replace(name, f"{first} {last}").replace(name.split()[-1], last)
        yield text


def write_corpus(path: Path, megabytes: float, seed: int) -> tuple[int, int]:
    """Write at least ``megabytes`` million bytes of JSON Lines; (texts, characters of text)."""
    texts = chars = size = 0
    with path.open("w", encoding="utf-8") as out:
        for i, text in enumerate(remixed(seed)):
            if size >= megabytes * 1_000_000:
                break
            line = json.dumps({"id": f"remix-{i}", "text": text}, ensure_ascii=False) + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))
            texts += 1
            chars += len(text)
    return texts, chars


def memory(pid: int | str = "self") -> tuple[int, int]:
    """(VmRSS, VmHWM) of a process, in KiB (0, 0 if it has gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0, 0
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return int(fields.get("VmRSS", "0 kB").split()[0]), int(fields.get("VmHWM", "0 kB").split()[0])


def descendants(pid: int) -> list[int]:
    """Every live process descending from ``pid`` (from ``/proc/PID/task/TID/children``)."""
    out: list[int] = []
    todo = [pid]
    while todo:
        children = []
        for tasks in Path(f"/proc/{todo.pop()}/task").glob("*/children"):
            try:
                children.extend(int(child) for child in tasks.read_text().split())
            except OSError:
                continue  # the task ended meanwhile
        out.extend(children)
        todo.extend(children)
    return out


def texts_of(path: Path, lengths: deque[int]) -> Iterator[str]:
    """The texts of a JSON Lines file, read one line at a time; their lengths go to ``lengths``."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            text: str = json.loads(line)["text"]
            lengths.append(len(text))
            yield text


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=200.0, help="corpus size in millions of bytes (default 200)")
    parser.add_argument("--processes", type=int, default=1, help="n_process of extract_many (default 1)")
    parser.add_argument("--batch-size", type=int, default=32, help="batch_size of extract_many (default 32)")
    parser.add_argument("--checkpoints", type=int, default=20, help="memory samples over the corpus (default 20)")
    parser.add_argument("--seed", type=int, default=6, help="seed of the remix (default 6)")
    parser.add_argument("--corpus", type=Path, help="JSON Lines file to read instead of writing one")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    if args.corpus:
        path, owned = args.corpus, False
        with path.open(encoding="utf-8") as lines:
            sizes = [len(json.loads(line)["text"]) for line in lines]
        n_texts, total = len(sizes), sum(sizes)
    else:
        handle, name = tempfile.mkstemp(prefix="quoteminer-stream-", suffix=".jsonl")
        os.close(handle)
        path, owned = Path(name), True
        n_texts, total = write_corpus(path, args.mb, args.seed)
    size = path.stat().st_size
    print(
        f"corpus: {path}, {size:,} bytes of JSON Lines, {n_texts:,} texts, {total:,} characters of text "
        f"(written in {time.perf_counter() - start:.0f} s)",
        flush=True,
    )
    print(f"extract_many(n_process={args.processes}, batch_size={args.batch_size}), pid {os.getpid()}", flush=True)
    rss0, _ = memory()
    print(f"resident before loading the model: {rss0 / 1024:,.0f} MiB", flush=True)

    try:
        quoteminer.extract("Il pleut.")  # load the model before the clock starts
        rss1, _ = memory()
        print(f"resident with the model loaded: {rss1 / 1024:,.0f} MiB\n", flush=True)
        print("| chars done | share | docs | quotes | RSS now | peak RSS | workers RSS now | workers peak | chars/s |")
        print("|---|---|---|---|---|---|---|---|---|", flush=True)

        lengths: deque[int] = deque()  # of the texts read and not yet out (a few batches)
        done = docs = quotes = 0
        worker_peak = 0
        step = total / args.checkpoints
        mark = step
        began = time.perf_counter()
        with open(os.devnull, "w", encoding="utf-8") as sink:
            texts = texts_of(path, lengths)
            for result in quoteminer.extract_many(texts, n_process=args.processes, batch_size=args.batch_size):
                sink.write(json.dumps(to_dict(result), ensure_ascii=False) + "\n")
                quotes += len(result.quotes)
                done += lengths.popleft()
                docs += 1
                if done >= mark or docs == n_texts:
                    mark += step
                    rss, hwm = memory()
                    workers = [memory(pid) for pid in descendants(os.getpid())]
                    now = sum(r for r, _ in workers)
                    worker_peak = max(worker_peak, sum(h for _, h in workers))
                    elapsed = time.perf_counter() - began
                    print(
                        f"| {done:,} | {done / total:.0%} | {docs:,} | {quotes:,} | {rss / 1024:,.0f} MiB "
                        f"| {hwm / 1024:,.0f} MiB | {now / 1024:,.0f} MiB | {worker_peak / 1024:,.0f} MiB "
                        f"| {done / elapsed:,.0f} |",
                        flush=True,
                    )
        elapsed = time.perf_counter() - began
        _, hwm = memory()
        print(
            f"\n{docs:,} texts, {done:,} characters, {quotes:,} quotes in {elapsed:,.0f} s wall "
            f"({done / elapsed:,.0f} chars/s); peak resident: this process {hwm / 1024:,.0f} MiB, "
            f"workers together {worker_peak / 1024:,.0f} MiB (sampled at the checkpoints)",
            flush=True,
        )
    finally:
        if owned:
            path.unlink()


if __name__ == "__main__":
    main()
