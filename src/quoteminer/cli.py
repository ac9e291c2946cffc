"""Command line: ``quoteminer extract PATH...`` and ``quoteminer evaluate DIR``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from quoteminer import __version__
from quoteminer.export import to_dict, write_csv, write_jsonl
from quoteminer.model import Extraction

__all__ = ["main"]


def _inputs(paths: Sequence[str], errors: list[str]) -> Iterator[tuple[str, str]]:
    """(document name, text) for each file, directory (recursively, *.txt) or ``-``."""
    for raw in paths:
        if raw == "-":
            yield "<stdin>", sys.stdin.read()
            continue
        path = Path(raw)
        files = sorted(p for p in path.rglob("*.txt") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            try:
                yield str(file), file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
                errors.append(f"{file}: {reason}")
                print(f"quoteminer: skipped {file}: {reason}", file=sys.stderr)


def _extract_all(paths: Sequence[str], errors: list[str]) -> Iterator[tuple[str, Extraction]]:
    from quoteminer.pipeline import extract

    for name, text in _inputs(paths, errors):
        yield name, extract(text)


def _write(fmt: str, records: Iterator[tuple[str, Extraction]], out: IO[str]) -> None:
    if fmt == "jsonl":
        write_jsonl(records, out)
    elif fmt == "json":
        json.dump([{"document": d, **to_dict(x)} for d, x in records], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "csv":
        write_csv(records, out)


def _cmd_extract(args: argparse.Namespace) -> int:
    errors: list[str] = []
    records = _extract_all(args.paths, errors)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            _write(args.format, records, out)
    else:
        _write(args.format, records, sys.stdout)
    return 1 if errors else 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from quoteminer.evaluate import evaluate

    for directory in args.directories:
        report = evaluate(directory)
        print(report.to_markdown())
        print()
        if args.errors:
            print("\n".join(report.counts.errors))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quoteminer`` command."""
    parser = argparse.ArgumentParser(prog="quoteminer", description="Who said what in French news.")
    parser.add_argument("--version", action="version", version=f"quoteminer {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract quotes from files, directories or - (stdin)")
    ex.add_argument("paths", nargs="+")
    ex.add_argument("--format", choices=("jsonl", "json", "csv"), default="jsonl")
    ex.add_argument("--output", "-o")
    ex.set_defaults(run=_cmd_extract)
    ev = sub.add_parser("evaluate", help="score the extractor against annotated fixtures")
    ev.add_argument("directories", nargs="+")
    ev.add_argument("--errors", action="store_true", help="list every miss and mismatch")
    ev.set_defaults(run=_cmd_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    code: int = args.run(args)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
