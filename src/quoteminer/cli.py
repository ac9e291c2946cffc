"""Command line: ``quoteminer extract PATH...``, ``quoteminer collect INPUT...`` and ``quoteminer evaluate DIR``.

``extract`` reads files, directories (their ``*.txt``, recursively) and ``-`` (stdin),
streams them through ``extract_many`` and writes JSON Lines, JSON, CSV or one HTML
page. A file is read as its bytes decoded with ``--encoding`` (UTF-8 by default), unless
it opens with a byte-order mark, which decides (UTF-8, UTF-16 or UTF-32; the mark is not
part of the text); line ends are kept as they are, so offsets index the text exactly as
read (CRLF counts two characters). A file that cannot be read or decoded is reported on
stderr in one line (file, reason, the option to use) and skipped; the others are still
processed, and the exit code is then 1.
``collect`` reads texts, JSON Lines records or ``extract``'s own JSON Lines into a
``Collection`` and writes its speakers and clusters (JSON Lines, CSV or HTML); an unreadable
file or line is reported and skipped the same way.
A progress bar goes to stderr when stderr is a terminal and there are many files,
or when ``--progress`` asks for it; ``--no-progress`` never shows it.
"""

from __future__ import annotations

import argparse
import codecs
import datetime
import json
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from tqdm import tqdm

from quoteminer import __version__
from quoteminer.export import to_dict, write_csv, write_jsonl
from quoteminer.model import Extraction

if TYPE_CHECKING:
    from quoteminer.collection import Collection

__all__ = ["BOMS", "COLLECT_FORMATS", "FORMATS", "PROGRESS_MIN_FILES", "build_parser", "decode", "main"]

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


#: Byte-order marks and the codec of the text after them (UTF-32 LE's mark starts like UTF-16 LE's).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class _NotText(ValueError):
    """Bytes that decode, but to NUL characters: UTF-16 or UTF-32 read as a one-byte encoding."""


def decode(data: bytes, encoding: str = "utf-8") -> str:
    """The text of a file's bytes, exactly as ``extract`` reports offsets into it.

    A byte-order mark decides the encoding and is left out; otherwise ``encoding``
    decodes, strictly. Line ends are kept as they are (no universal newlines).
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec)
    text = data.decode(encoding)
    if text.count("\x00") * 4 > len(text):
        raise _NotText(f"it reads as NUL characters in {encoding} (UTF-16 or UTF-32 without a byte-order mark?)")
    return text


def _read(source: Path | None, encoding: str) -> str:
    if source is not None:
        return decode(source.read_bytes(), encoding)
    buffer = getattr(sys.stdin, "buffer", None)
    return decode(buffer.read(), encoding) if buffer is not None else sys.stdin.read()


def _texts(
    sources: Iterable[tuple[str, Path | None]], encoding: str, skip: Callable[[str, str], None]
) -> Iterator[tuple[str, str]]:
    """(document name, text) for each readable source; ``skip(name, reason)`` for the others."""
    hint = f"if the file is not {encoding}, give its encoding with --encoding (e.g. --encoding latin-1, utf-16-le)"
    for name, source in sources:
        try:
            yield name, _read(source, encoding)
        except OSError as error:
            skip(name, error.strerror or str(error))
        except (UnicodeDecodeError, _NotText) as error:
            skip(name, f"{error}; {hint}")


def _extract_all(
    texts: Iterable[tuple[str, str]], processes: int, published: datetime.date | None = None
) -> Iterator[_Record]:
    """Each document with its text and result, in order, parsed by ``extract_many``."""
    from quoteminer.batch import extract_many

    pending: deque[tuple[str, str]] = deque()

    def feed() -> Iterator[str]:
        for name, text in texts:
            pending.append((name, text))
            yield text

    for result in extract_many(feed(), n_process=processes, published=published):
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

        records = counted(_extract_all(_texts(sources, args.encoding, skip), args.processes, args.published))
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                _write(args.format, records, out)
        else:
            _write(args.format, records, sys.stdout)
    return 1 if skipped else 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from functools import partial

    from quoteminer.evaluate import evaluate_sets
    from quoteminer.pipeline import extract, judge_statement

    try:
        board = evaluate_sets(
            args.directories,
            partial(extract, acts=args.acts, items=args.items),
            partial(judge_statement, acts=args.acts),
        )
    except (FileNotFoundError, ValueError) as error:
        print(f"quoteminer evaluate: {error}", file=sys.stderr)
        return 2
    print(board.to_markdown(details=not args.brief))
    if args.errors:
        # The test split is scored, never read for errors: reading its misses would make it tuning data.
        print("\n## Errors on the tuning split\n")
        for _source, split, report in [*board.by_source, *board.statements]:
            if split == "tuning":
                print("\n".join(report.counts.errors))
    return 0


#: Output formats of ``quoteminer collect``.
COLLECT_FORMATS = ("jsonl", "csv", "html")


def _collect_inputs(paths: Sequence[str]) -> list[tuple[str, Path | None]]:
    """(name, file) for each file, directory (its *.txt and *.jsonl, recursively) or ``-``."""
    out: list[tuple[str, Path | None]] = []
    for raw in paths:
        if raw == "-":
            out.append(("<stdin>", None))
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in (".txt", ".jsonl"))
            out.extend((str(file), file) for file in files)
        else:
            out.append((str(path), path))
    return out


# One input document of ``collect``: (doc_id, published, text to extract, or an Extraction already made).
_Input = tuple[str, datetime.date | None, "str | Extraction"]


def _collect_documents(
    sources: Sequence[tuple[str, Path | None]],
    published: datetime.date | None,
    encoding: str,
    skip: Callable[[str, str], None],
) -> Iterator[_Input]:
    """The documents of the inputs: a text file is one; a JSON Lines file (or stdin) holds one
    per line, a record with ``text`` (and ``id``, ``date``) or a line ``quoteminer extract``
    wrote (``document`` and ``quotes``: read as it is, not parsed again)."""
    from quoteminer.dates import as_date
    from quoteminer.export import from_dict

    for name, source in sources:
        try:
            content = _read(source, encoding)
        except OSError as error:
            skip(name, error.strerror or str(error))
            continue
        except (UnicodeDecodeError, _NotText) as error:
            skip(name, f"{error}; give the file's encoding with --encoding")
            continue
        if source is not None and source.suffix != ".jsonl":
            yield name, published, content
            continue
        for number, line in enumerate(content.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{name}:{number}"
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise ValueError("a line must be a JSON object")
                doc_id = str(record.get("id") or record.get("doc_id") or record.get("document") or where)
                raw_date = record.get("date", record.get("published"))
                day = as_date(raw_date, "date") if raw_date is not None else published
                if "quotes" in record:
                    fields = {k: record[k] for k in ("quotes", "claims", "diagnostics") if k in record}
                    yield doc_id, day, from_dict(fields)
                elif isinstance(record.get("text"), str):
                    yield doc_id, day, record["text"]
                else:
                    raise ValueError("a line needs a 'text' (a record) or 'quotes' (quoteminer extract's output)")
            except (ValueError, TypeError, KeyError) as error:
                skip(where, str(error).splitlines()[0])


def _cmd_collect(args: argparse.Namespace) -> int:
    from quoteminer.batch import extract_many
    from quoteminer.collection import Collection

    skipped: list[str] = []

    def skip(name: str, reason: str) -> None:
        skipped.append(name)
        print(f"quoteminer collect: skipped {name}: {reason}", file=sys.stderr)

    collection = Collection()

    def add(doc_id: str, day: datetime.date | None, extraction: Extraction) -> None:
        if doc_id in collection:
            skip(doc_id, "a document of that id is already in the collection")
        else:
            collection.add(doc_id, extraction, day)

    pending: deque[tuple[str, datetime.date | None]] = deque()

    def texts() -> Iterator[dict[str, object]]:
        """The texts to parse; what ``quoteminer extract`` already made goes straight in."""
        for doc_id, day, content in _collect_documents(
            _collect_inputs(args.inputs), args.published, args.encoding, skip
        ):
            if isinstance(content, Extraction):
                add(doc_id, day, content)
            else:
                pending.append((doc_id, day))
                yield {"text": content, "date": day}

    for result in extract_many(texts(), n_process=args.processes):
        add(*pending.popleft(), result)
    if not len(collection):
        print("quoteminer collect: no document to collect", file=sys.stderr)
        return 1
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            _write_collection(args, collection, out)
    else:
        _write_collection(args, collection, sys.stdout)
    return 1 if skipped else 0


def _write_collection(args: argparse.Namespace, collection: Collection, out: IO[str]) -> None:
    if args.format == "jsonl":
        collection.write_jsonl(out)
    elif args.format == "csv":
        from quoteminer.export import write_collection_csv

        write_collection_csv(collection, out, args.table)
    else:
        from quoteminer.html import write_collection_html

        write_collection_html(collection.speakers(), collection.clusters(), out)


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
        load_model.cache_clear()  # the next models are trained with this one in use
        print(f"{name}: {path} ({model.meta})", file=sys.stderr)
    return status


def _encoding(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {value!r}") from None


def _processes(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def _iso_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quoteminer`` command."""
    parser = argparse.ArgumentParser(prog="quoteminer", description="Who said what in French news.")
    parser.add_argument("--version", action="version", version=f"quoteminer {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract quotes from files, directories or - (stdin)")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="a text file, a directory (its *.txt files) or -")
    ex.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        metavar="NAME",
        help="the encoding of the inputs (default: utf-8); a byte-order mark decides for its file",
    )
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
    ex.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the publication date of the inputs, against which 'hier' or 'mardi dernier' are resolved into said_on",
    )
    ex.set_defaults(run=_cmd_extract)
    co = sub.add_parser(
        "collect",
        help="speakers across documents and the quotations several documents report",
        description="Collect documents (text files, folders of them, JSON Lines records with text, id and "
        "date, or the JSON Lines that 'quoteminer extract' wrote, read without parsing again) and write "
        "the speakers across them and the quotations several of them report.",
    )
    co.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a .txt file, a .jsonl file, a directory (its *.txt and *.jsonl files) or - (JSON Lines on stdin)",
    )
    co.add_argument("--format", choices=COLLECT_FORMATS, default="jsonl", help="output format (default: jsonl)")
    co.add_argument(
        "--table",
        choices=("clusters", "speakers"),
        default="clusters",
        help="the table --format csv writes (default: clusters)",
    )
    co.add_argument("--output", "-o", metavar="FILE", help="write there instead of stdout")
    co.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the publication date of inputs that do not give their own (a record's 'date')",
    )
    co.add_argument(
        "--processes", "-p", type=_processes, default=1, metavar="N", help="parse texts in N processes (default: 1)"
    )
    co.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        metavar="NAME",
        help="the encoding of the inputs (default: utf-8); a byte-order mark decides for its file",
    )
    co.set_defaults(run=_cmd_collect)
    ev = sub.add_parser("evaluate", help="score the extractor against annotated fixtures")
    ev.add_argument("directories", nargs="+", help="fixture directories (ID.txt + ID.json; splits.json beside them)")
    ev.add_argument(
        "--errors",
        action="store_true",
        help="list every miss and mismatch of the tuning split (never of the test split)",
    )
    ev.add_argument("--brief", action="store_true", help="only the table by source and split, and the gap")
    ev.add_argument(
        "--acts",
        choices=("rules", "classifier"),
        default="rules",
        help="how acts are decided: the rules (default) or the trained act classifier",
    )
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
