"""Stage time: the CPU time of the stages after the parse on the annotated articles, parsed once.

Run on demand, from the repository root::

    PYTHONPATH=src python benchmarks/stages.py                  # 186 articles, best of 3
    PYTHONPATH=src python benchmarks/stages.py --rounds 7 --dump out.json

Every annotated article of ``fixtures/`` (seeds, dev, Est Républicain, Wikinews test) is laid
out, viewed and parsed once; each round then runs ``pipeline.extract_parsed`` (every stage
after the parse, with the article's ``published`` date) over fresh copies of the parsed
documents (the stages keep per-Doc tables), after a warm-up round. ``--dump`` writes
``export.to_dict`` of each article's result, keyed by file, as JSON: two dumps of two versions
of the code compare byte for byte (the output of ``extract``, since the parse is the same).
The test articles are only run, never read for errors.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path

from quoteminer import dates, export, parse, pipeline
from quoteminer.lang import get_language
from quoteminer.model import Extraction

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("seeds", "dev", "est-republicain", "wikinews-test")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds, the best reported (default 3)")
    parser.add_argument("--dump", type=Path, help="write each article's to_dict result here (JSON)")
    args = parser.parse_args(argv)
    data = get_language("fr")
    nlp = parse.load(data.model)
    parsed = []
    for folder in FOLDERS:
        for path in sorted((ROOT / "fixtures" / folder).glob("*.txt")):
            gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            laid, view = pipeline.prepare(path.read_text(encoding="utf-8"), data)
            pieces = parse.parse(view, nlp)
            parsed.append((f"{folder}/{path.name}", laid, view, pieces, dates.as_date(gold.get("published"))))

    def run() -> tuple[float, dict[str, Extraction]]:
        fresh = [(n, lo, v, [parse.Piece(p.doc.copy(), p.base) for p in ps], d) for n, lo, v, ps, d in parsed]
        out: dict[str, Extraction] = {}
        start = time.process_time()
        for name, laid, view, pieces, day in fresh:
            out[name] = pipeline.extract_parsed(laid, view, pieces, data, published=day)
        return time.process_time() - start, out

    run()  # warm-up: models read, patterns compiled, tables filled
    times = []
    for _ in range(max(1, args.rounds)):
        spent, results = run()
        times.append(spent)
    characters = sum(len(view.original) for _, _, view, _, _ in parsed)
    print(f"{len(parsed)} articles, {characters:,} characters: stages {min(times):.3f} s CPU (best of {args.rounds})")
    if args.dump:
        dumped = {name: export.to_dict(result) for name, result in results.items()}
        args.dump.write_text(json.dumps(dumped, ensure_ascii=False, sort_keys=True, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
