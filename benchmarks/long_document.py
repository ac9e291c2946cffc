"""One long text: the time and memory of ``extract`` on a document of many articles.

Run on demand, from the repository root, in a fresh process each time (the resident
set size it reports is the process's peak)::

    PYTHONPATH=src python benchmarks/long_document.py            # about 860 000 characters
    PYTHONPATH=src python benchmarks/long_document.py --copies 12        # about 1 MB
    PYTHONPATH=src python benchmarks/long_document.py --linear 3 6 12    # stage time against length

The document is every annotated article of ``fixtures/``, ``--copies`` times over, joined
by paragraph breaks. It prints the CPU time of the layout, of building the view, of the parse and of the
stages after it, the number of pieces the parse made, and the peak resident set size.
"""

from __future__ import annotations

import argparse
import resource
import time
from collections.abc import Sequence
from pathlib import Path

from quoteminer import layout, parse, pipeline
from quoteminer.lang import get_language

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "fixtures" / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures" / "dev").glob("*.txt"))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=10, help="copies of the articles (default 10)")
    parser.add_argument(
        "--linear",
        type=int,
        nargs="+",
        metavar="COPIES",
        help="instead: the parse and stage time of documents of these many copies, and the stages' time per "
        "character (constant when the stages are linear in the document's length)",
    )
    args = parser.parse_args(argv)
    if args.linear:
        linear(args.linear)
        return
    data = get_language("fr")
    articles = [path.read_text(encoding="utf-8") for path in ARTICLES]
    text = "\n\n".join(articles * args.copies)
    nlp = parse.load(data.model)
    pipeline.extract(articles[0])  # warm-up
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    start = time.process_time()
    laid = layout.lay_out(text, data)
    t_layout = time.process_time() - start
    start = time.process_time()
    view = parse.make_view(laid.text)
    t_view = time.process_time() - start
    start = time.process_time()
    pieces = parse.parse(view, nlp)
    t_parse = time.process_time() - start
    start = time.process_time()
    result = pipeline.extract_parsed(laid, view, pieces, data)
    t_stages = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{len(text):,} characters in {len(pieces)} piece(s) (max_length {nlp.max_length:,})")
    print(f"layout {t_layout:.1f} s, view {t_view:.1f} s, parse {t_parse:.1f} s, stages {t_stages:.1f} s (CPU)")
    print(f"peak resident set size: {peak:,.0f} MiB ({before:,.0f} MiB after loading the model)")
    print(f"{len(result.quotes)} quotes, {len(result.claims)} claims")


def linear(sizes: Sequence[int]) -> None:
    """Parse and stage time of documents of ``sizes`` copies, in this process, in one table."""
    data = get_language("fr")
    articles = [path.read_text(encoding="utf-8") for path in ARTICLES]
    nlp = parse.load(data.model)
    pipeline.extract(articles[0])  # warm-up
    print("| characters | parse (CPU s) | stages (CPU s) | stages ÷ parse | stages, µs per character |")
    print("|---|---|---|---|---|")
    for copies in sizes:
        text = "\n\n".join(articles * copies)
        laid = layout.lay_out(text, data)
        view = parse.make_view(laid.text)
        start = time.process_time()
        pieces = parse.parse(view, nlp)
        t_parse = time.process_time() - start
        start = time.process_time()
        pipeline.extract_parsed(laid, view, pieces, data)
        t_stages = time.process_time() - start
        per = t_stages / len(text) * 1e6
        print(f"| {len(text):,} | {t_parse:.1f} | {t_stages:.1f} | {t_stages / t_parse:.2f} | {per:.2f} |", flush=True)


if __name__ == "__main__":
    main()
