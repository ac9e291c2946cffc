"""Command line: ``quoteminer extract PATH...`` and ``quoteminer evaluate DIR``.

``extract`` reads files, directories (their ``*.txt``, recursively) and ``-`` (stdin,
UTF-8), streams them through ``extract_many`` and writes JSON Lines, JSON, CSV or
one HTML page. A file that cannot be read or decoded is reported on stderr (file and
reason) and skipped; the others are still processed, and the exit code is then 1.
A progress bar goes to stderr when stderr is a terminal and there are many files,
or when ``--progress`` asks for it; ``--no-progress`` never shows it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from tqdm import tqdm

from quoteminer import __version__
from quoteminer.export import to_dict, write_csv, write_jsonl
from quoteminer.model import Extraction

__all__ = ["FORMATS", "PROGRESS_MIN_FILES", "build_parser", "main"]

#: Output formats of ``quoteminer extract``.
FORMATS = ("jsonl", "json", "csv", "html")
#: From this many inputs on, a terminal gets a progress bar without asking.
PROGRESS_MIN_FILES = 10

_Record = tuple[str, str, Extraction]  # document name, text, result


def _sources(paths: Sequence[str]) -> list[tuple[str, Path | None]]:
    """(document name, file) for each file, directory (recursively, *.txt) or ``-`` (file None)."""
    out: list[tuple[str, Path | None]] = []
    for raw in paths:
        if raw == "-":
            out.append(("<stdin>", None))
            continue
        path = Path(raw)
        files = sorted(p for p in path.rglob("*.txt") if p.is_file()) if path.is_dir() else [path]
        out.extend((str(file), file) for file in files)
    return out


def _read(source: Path | None) -> str:
    if source is not None:
        return source.read_text(encoding="utf-8")
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer.read().decode("utf-8") if buffer is not None else sys.stdin.read()


def _texts(sources: Iterable[tuple[str, Path | None]], skip: Callable[[str, str], None]) -> Iterator[tuple[str, str]]:
    """(document name, text) for each readable source; ``skip(name, reason)`` for the others."""
    for name, source in sources:
        try:
            yield name, _read(source)
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            skip(name, reason)


def _extract_all(texts: Iterable[tuple[str, str]], processes: int) -> Iterator[_Record]:
    """Each document with its text and result, in order, parsed by ``extract_many``."""
    from quoteminer.batch import extract_many

    pending: deque[tuple[str, str]] = deque()

    def feed() -> Iterator[str]:
        for name, text in texts:
            pending.append((name, text))
            yield text

    for result in extract_many(feed(), n_process=processes):
        name, text = pending.popleft()
        yield name, text, result


def _write(fmt: str, records: Iterable[_Record], out: IO[str]) -> None:
    if fmt == "html":
        from quoteminer.html import write_html

        write_html(records, out)
        return
    results = ((name, result) for name, _text, result in records)
    if fmt == "jsonl":
        write_jsonl(results, out)
    elif fmt == "json":
        json.dump([{"document": d, **to_dict(x)} for d, x in results], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "csv":
        write_csv(results, out)


def _show_progress(asked: bool | None, inputs: int) -> bool:
    if asked is not None:
        return asked
    return inputs >= PROGRESS_MIN_FILES and sys.stderr.isatty()


def _cmd_extract(args: argparse.Namespace) -> int:
    sources = _sources(args.paths)
    skipped: list[str] = []
    with tqdm(
        total=len(sources),
        unit="doc",
        desc="quoteminer",
        file=sys.stderr,
        disable=not _show_progress(args.progress, len(sources)),
    ) as bar:

        def skip(name: str, reason: str) -> None:
            skipped.append(name)
            tqdm.write(f"quoteminer: skipped {name}: {reason}", file=sys.stderr)
            bar.update(1)

        def counted(records: Iterable[_Record]) -> Iterator[_Record]:
            for record in records:
                bar.update(1)
                yield record

        records = counted(_extract_all(_texts(sources, skip), args.processes))
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                _write(args.format, records, out)
        else:
            _write(args.format, records, sys.stdout)
    return 1 if skipped else 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    import functools

    from quoteminer.evaluate import evaluate_sets
    from quoteminer.pipeline import extract

    try:
        board = evaluate_sets(args.directories, functools.partial(extract, items=args.items))
    except (FileNotFoundError, ValueError) as error:
        print(f"quoteminer evaluate: {error}", file=sys.stderr)
        return 2
    print(board.to_markdown(details=not args.brief))
    if args.errors:
        # The test split is scored, never read for errors: reading its misses would make it tuning data.
        print("\n## Errors on the tuning split\n")
        for _source, split, report in board.by_source:
            if split == "tuning":
                print("\n".join(report.counts.errors))
    return 0


def _cmd_train(args: argparse.Namespace) -> int:
    from quoteminer.learn import LinearModel, load_model
    from quoteminer.train import MODELS, TRAINERS, same_model, write_model

    names = args.models or list(TRAINERS)
    unknown = [n for n in names if n not in TRAINERS]
    if unknown:
        print(
            f"quoteminer train: no trained part named {', '.join(unknown)} (known: {', '.join(TRAINERS)})",
            file=sys.stderr,
        )
        return 2
    root = Path(args.fixtures)
    status = 0
    for name in names:
        try:
            model = TRAINERS[name](root)
        except (ImportError, FileNotFoundError, ValueError) as error:
            print(f"quoteminer train: {error}", file=sys.stderr)
            return 2
        shipped = MODELS / f"{name}.json"
        if args.check:
            same = shipped.is_file() and same_model(
                model, LinearModel.from_json(json.loads(shipped.read_text("utf-8")))
            )
            print(f"{name}: {'reproduces' if same else 'DIFFERS FROM'} {shipped}", file=sys.stderr)
            status = status or (0 if same else 1)
            continue
        path = write_model(model, Path(args.output) if args.output else MODELS)
        load_model.cache_clear()  # the models trained next (the speaker ranker) use this one
        print(f"{name}: {path} ({model.meta})", file=sys.stderr)
    return status


def _processes(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quoteminer`` command."""
    parser = argparse.ArgumentParser(prog="quoteminer", description="Who said what in French news.")
    parser.add_argument("--version", action="version", version=f"quoteminer {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract quotes from files, directories or - (stdin)")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="a UTF-8 text file, a directory (its *.txt files) or -")
    ex.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    ex.add_argument("--output", "-o", metavar="FILE", help="write there instead of stdout")
    ex.add_argument(
        "--processes", "-p", type=_processes, default=1, metavar="N", help="parse in N processes (default: 1)"
    )
    ex.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"show a progress bar on stderr (default: when stderr is a terminal and there are "
        f"{PROGRESS_MIN_FILES} inputs or more)",
    )
    ex.set_defaults(run=_cmd_extract)
    ev = sub.add_parser("evaluate", help="score the extractor against annotated fixtures")
    ev.add_argument("directories", nargs="+", help="fixture directories (ID.txt + ID.json; splits.json beside them)")
    ev.add_argument(
        "--errors",
        action="store_true",
        help="list every miss and mismatch of the tuning split (never of the test split)",
    )
    ev.add_argument("--brief", action="store_true", help="only the table by source and split, and the gap")
    ev.add_argument(
        "--items",
        choices=("classifier", "rules"),
        default="classifier",
        help="what decides which spans are speech: the trained kind classifier (default) or the ordered rules alone",
    )
    ev.set_defaults(run=_cmd_evaluate)
    tr = sub.add_parser(
        "train",
        help="rebuild the trained models from the tuning fixtures (needs: pip install 'quoteminer[train]')",
        description="Rebuild quoteminer's trained models (the speaker ranker, …) from the tuning split of the "
        "annotated fixtures, deterministically, and write them into the package.",
    )
    tr.add_argument("models", nargs="*", metavar="MODEL", help="which models (default: all)")
    tr.add_argument("--fixtures", default="fixtures", help="the fixtures directory (default: ./fixtures)")
    tr.add_argument("--output", metavar="DIR", help="write the models there instead of into the package")
    tr.add_argument("--check", action="store_true", help="only check that training reproduces the shipped models")
    tr.set_defaults(run=_cmd_train)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    code: int = args.run(args)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
