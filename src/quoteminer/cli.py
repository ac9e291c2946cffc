"""Command line: ``quoteminer extract PATH...``, ``quoteminer collect INPUT...``, ``quoteminer evaluate DIR``
and ``quoteminer train``.

``extract`` reads files, directories (their files matching ``--glob``, ``*.txt`` by
default, recursively) and ``-`` (stdin), as text, JSON Lines or CSV records (``id``,
``text`` and any other fields) or HTML pages (their main text, with the ``html`` extra),
by the file's ending or ``--format-in``; streams them through ``extract_many`` and writes
JSON Lines, JSON, CSV (one of the tidy tables) or one HTML page. A file is read as its
bytes decoded with ``--encoding`` (UTF-8 by default), unless it opens with a byte-order
mark, which decides (UTF-8, UTF-16 or UTF-32; the mark is not part of the text); line
ends are kept as they are, so offsets index the text exactly as read (CRLF counts two
characters). A file, line or row that cannot be read is reported on stderr in one line
(where, the reason, the option to use) and skipped; the others are still processed, and
the exit code is then 1.

No traceback reaches the user for an expected failure: an output that cannot be written,
an output closed early (``| head``), Ctrl-C, fixtures that are not there each give one
line on stderr and a non-zero exit. ``--output`` is written to a temporary file beside it
and renamed at the end, so a run that fails leaves no half-written file there.
Messages go through ``logging`` (``-v`` for more, ``-q`` for errors only). A progress
bar, by characters analysed, goes to stderr when stderr is a terminal and the input is
large (``PROGRESS_MIN_FILES`` files or ``PROGRESS_MIN_CHARS`` characters), or when
``--progress`` asks for it; ``--no-progress`` never shows it.

``collect`` reads texts, JSON Lines records or ``extract``'s own JSON Lines into a
``Collection`` and writes its speakers and clusters (JSON Lines, CSV or HTML); an unreadable
file or line is reported and skipped the same way.

Exit codes: 0 done; 1 something was skipped, or there was no document; 2 usage errors
(a bad option, an output that cannot be written, a missing extra); 130 interrupted;
141 the output was closed early.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime
import io
import itertools
import json
import logging
import os
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypedDict

import attrs
from tqdm import tqdm

from quoteminer import __version__
from quoteminer.export import TABLES, to_record, write_csv
from quoteminer.model import Extraction
from quoteminer.records import BOMS, INPUT_FORMATS, Document, NotText, Record, decode, format_of, read_records

if TYPE_CHECKING:
    from quoteminer.collection import Collection

__all__ = [
    "BOMS",
    "COLLECT_FORMATS",
    "FORMATS",
    "INPUT_FORMATS",
    "PROCESSES_MIN_DOCS",
    "PROGRESS_MIN_CHARS",
    "PROGRESS_MIN_FILES",
    "build_parser",
    "decode",
    "main",
]

#: Output formats of ``quoteminer extract``.
FORMATS = ("jsonl", "json", "csv", "html")
#: From this many inputs on, a terminal gets a progress bar without asking.
PROGRESS_MIN_FILES = 10
#: From this many characters of input on (one big file is enough), the same.
PROGRESS_MIN_CHARS = 500_000
#: Fewer inputs than this (when their number is known: text files and pages) are parsed in
#: one process whatever ``--processes`` says: starting the workers and filling their first
#: batches costs more than they save (benchmarks/processes.py, docs/performance.md).
PROCESSES_MIN_DOCS = 50
#: The batch each worker process takes at a time (16 beat 32 by up to a quarter, never lost).
PROCESS_BATCH = 16
#: The default ``--glob`` of a directory.
GLOB = "*.txt"
#: How many file names a directory's line about files that do not match ``--glob`` gives.
NAMED = 5

logger = logging.getLogger("quoteminer")


class _Failure(Exception):
    """An expected failure: its message goes to stderr in one line, with this exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class _Handler(logging.Handler):
    """One line per message on stderr, ``quoteminer: …``, written around a progress bar."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            tqdm.write(f"quoteminer: {self.format(record)}", file=sys.stderr)
        except Exception:  # a logging handler must never raise
            self.handleError(record)


def _configure_logging(verbosity: int) -> None:
    level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    root = logging.getLogger("quoteminer")
    for handler in list(root.handlers):
        if isinstance(handler, _Handler):
            root.removeHandler(handler)
    handler = _Handler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False


# -- inputs ------------------------------------------------------------------------------------

_Source = tuple[str, Path | None]  # document name, file (None: stdin)


def _sources(paths: Sequence[str], glob: str) -> tuple[list[_Source], list[Path]]:
    """(name, file) for each file, directory (its files matching ``glob``, recursively) or ``-``,
    and the files of the directories that do not match (each named with ``-v``)."""
    out: list[_Source] = []
    left: list[Path] = []
    for raw in paths:
        if raw == "-":
            out.append(("<stdin>", None))
            continue
        path = Path(raw)
        if not path.is_dir():
            out.append((str(path), path))
            continue
        matched = sorted(p for p in path.rglob(glob) if p.is_file())
        chosen = set(matched)
        for file in sorted(p for p in path.rglob("*") if p.is_file() and p not in chosen):
            logger.info("skipped %s: it does not match --glob %r", file, glob)
            left.append(file)
        out.extend((str(file), file) for file in matched)
    return out, left


def _opener(source: Path | None) -> Any:
    if source is not None:
        return lambda: open(source, "rb")
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text-only stdin (an embedding program): give its text as UTF-8 bytes
        return lambda: _Bytes(sys.stdin.read().encode("utf-8"))
    return lambda: contextlib.nullcontext(buffer)


class _Bytes:
    """Bytes as a binary stream to open, for a standard input that has no ``buffer``."""

    def __init__(self, data: bytes) -> None:
        self._stream = io.BufferedReader(io.BytesIO(data))

    def __enter__(self) -> Any:
        return self._stream

    def __exit__(self, *_: object) -> None:
        self._stream.close()


def _size(source: Path | None) -> int:
    try:
        return source.stat().st_size if source is not None else 0
    except OSError:
        return 0


# -- extracting --------------------------------------------------------------------------------


class _Run:
    """One ``extract`` run: its inputs, what was skipped, its progress bar."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.sources, self.unmatched = _sources(args.paths, args.glob)
        logger.info("reading %d input%s", len(self.sources), "" if len(self.sources) == 1 else "s")
        self.skipped: list[str] = []
        self.read = 0  # documents read
        self.estimate = sum(_size(file) for _name, file in self.sources)
        self.bar = tqdm(
            total=self.estimate or None,
            unit="char",
            unit_scale=True,
            desc="quoteminer",
            file=sys.stderr,
            disable=not self._show_progress(),
            dynamic_ncols=True,
        )

    def _show_progress(self) -> bool:
        asked: bool | None = self.args.progress
        if asked is not None:
            return asked
        if self.args.verbosity < 0:
            return False
        large = len(self.sources) >= PROGRESS_MIN_FILES or self.estimate >= PROGRESS_MIN_CHARS
        return large and sys.stderr.isatty()

    def skip(self, where: str, reason: str) -> None:
        self.skipped.append(where)
        logger.warning("skipped %s: %s", where, reason)

    def records(self) -> Iterator[tuple[Record, bool]]:
        """Every record of every input, and whether its text is to be written out (HTML pages)."""
        encoding = self.args.encoding
        for name, file in self.sources:
            fmt = format_of(file, self.args.format_in)
            counted = 0
            for record in read_records(name, _opener(file), fmt, encoding, self.skip):
                self.read += 1
                counted += len(record.text)
                yield record, fmt == "html"
            if self.bar.total is not None and file is not None:
                # The file's size was the estimate of its characters: put the real count in its place.
                self.bar.total = max(self.bar.total + counted - _size(file), self.bar.n)
                self.bar.refresh()

    def published(self, record: Record) -> datetime.date | None:
        """The record's publication date (its ``date`` or ``published`` field), else ``--published``.

        A date that is not an ISO date is said and left out: the record is still read.
        """
        from quoteminer.batch import record_date

        try:
            return record_date(record, self.args.published)
        except (ValueError, TypeError) as error:
            logger.warning("%s: %s; read without its publication date", record.id, error)
            return self.args.published  # type: ignore[no-any-return]

    def documents(self) -> Iterator[tuple[Document, bool]]:
        """Each document with its result, in order, parsed by ``extract_many``."""
        from quoteminer.batch import extract_many

        pending: deque[tuple[dict[str, Any], bool]] = deque()

        def feed() -> Iterator[dict[str, Any]]:
            for record, with_text in self.records():
                pending.append((record.metadata, with_text))
                yield {"id": record.id, "text": record.text, "published": self.published(record)}

        processes = self.args.processes
        known = all(
            file is not None and format_of(file, self.args.format_in) in ("txt", "html") for _, file in self.sources
        )
        if processes > 1 and known and len(self.sources) < PROCESSES_MIN_DOCS:
            logger.info(
                "%d inputs: parsed in one process (--processes pays from about %d documents on)",
                len(self.sources),
                PROCESSES_MIN_DOCS,
            )
            processes = 1
        batch = PROCESS_BATCH if processes > 1 else 32
        found = extract_many(
            feed(), n_process=processes, batch_size=batch, progress=self.bar.update, **_options(self.args)
        )
        for document in found:
            metadata, with_text = pending.popleft()
            yield attrs.evolve(document, metadata=metadata), with_text


def _write(args: argparse.Namespace, documents: Iterable[tuple[Document, bool]], out: IO[str]) -> int:
    """Write the documents in ``args.format``; return how many."""
    if args.format == "html":
        from quoteminer.html import write_html

        return write_html((doc for doc, _ in documents), out)
    if args.format == "csv":
        return _count_csv(documents, out, args.table)
    n = 0
    if args.format == "json":
        out.write("[")
    for doc, with_text in documents:
        line = json.dumps(to_record(doc, text=with_text), ensure_ascii=False)
        if args.format == "json":
            out.write(("\n" if n == 0 else ",\n") + line)
        else:
            out.write(line + "\n")
        n += 1
    if args.format == "json":
        out.write("\n]\n")
    return n


def _count_csv(documents: Iterable[tuple[Document, bool]], out: IO[str], table: str) -> int:
    n = 0

    def counted() -> Iterator[Document]:
        nonlocal n
        for doc, _ in documents:
            n += 1
            yield doc

    write_csv(counted(), out, table=table)
    return n


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a temporary file beside ``path`` renamed to it when all went well."""
    if path is None:
        yield sys.stdout
        return
    target = Path(path)
    if target.is_dir():
        raise _Failure(f"cannot write {path}: it is a directory", 2)
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
    except OSError as error:
        raise _Failure(f"cannot write {path}: {error.strerror or error}", 2) from None
    try:
        with open(fd, "w", encoding="utf-8", newline="") as out:
            yield out
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    finally:
        with contextlib.suppress(OSError):
            if os.path.exists(temporary):
                os.unlink(temporary)


def _first(documents: Iterator[tuple[Document, bool]]) -> Iterator[tuple[Document, bool]] | None:
    """The documents, or ``None`` when there is none (so that nothing is written)."""
    try:
        head = next(documents)
    except StopIteration:
        return None
    return itertools.chain([head], documents)


def _cmd_extract(args: argparse.Namespace) -> int:
    run = _Run(args)
    started = time.perf_counter()
    where = args.output or "the output"
    written = 0
    with run.bar:
        try:
            # The output is opened first (a path that cannot be written fails before any work),
            # and renamed into place only when every document is written.
            with _output(args.output) as out:
                documents = _first(run.documents())
                if documents is None:
                    raise _Failure(f"no document to extract in {', '.join(args.paths)}: {_why_none(run)}", 1)
                written = _write(args, documents, out)
                out.flush()
        except KeyboardInterrupt:
            raise _Failure(
                "interrupted; " + (f"nothing written to {args.output}" if args.output else "the output is incomplete"),
                130,
            ) from None
        except BrokenPipeError:
            _quiet_stdout()
            raise _Failure("stopped: the output was closed before the end (broken pipe)", 141) from None
        except OSError as error:
            raise _Failure(f"cannot write {where}: {error.strerror or error}", 2) from None
    logger.info(
        "%d document%s read, %d written, %d skipped, in %.1f s",
        run.read,
        "" if run.read == 1 else "s",
        written,
        len(run.skipped),
        time.perf_counter() - started,
    )
    return 1 if run.skipped else 0


def _why_none(run: _Run) -> str:
    if run.skipped:
        return "every input was skipped"
    if run.unmatched:
        names = ", ".join(p.name for p in run.unmatched[:NAMED]) + (" …" if len(run.unmatched) > NAMED else "")
        n = len(run.unmatched)
        return f"{n} file{'s' if n > 1 else ''} ({names}) but none matching --glob {run.args.glob!r}"
    return "nothing to read" if run.sources else f"no file matching --glob {run.args.glob!r}"


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush does not fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from functools import partial

    from quoteminer.evaluate import evaluate_sets
    from quoteminer.pipeline import extract, judge_statement

    try:
        board = evaluate_sets(
            args.directories,
            partial(extract, **_options(args)),
            partial(judge_statement, acts=args.acts),
        )
    except (OSError, ValueError, KeyError, TypeError) as error:  # missing or malformed fixtures
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        if isinstance(error, (KeyError, TypeError)):
            reason = f"a fixture is not in the fixtures' format (fixtures/README.md): {error!r}"
        raise _Failure(f"evaluate: {reason}", 2) from None
    print(board.to_markdown(details=not args.brief))
    if args.errors:
        # The test split is scored, never read for errors: reading its misses would make it tuning data.
        print("\n## Errors on the tuning split\n")
        for _source, split, report in [*board.by_source, *board.statements]:
            if split == "tuning":
                print("\n".join(report.counts.errors))
    return 0


def _read(source: Path | None, encoding: str) -> str:
    if source is not None:
        return decode(source.read_bytes(), encoding)
    buffer = getattr(sys.stdin, "buffer", None)
    return decode(buffer.read(), encoding) if buffer is not None else sys.stdin.read()


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
        except (UnicodeDecodeError, NotText) as error:
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
        logger.warning("collect: skipped %s: %s", name, reason)

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

    for document in extract_many(texts(), n_process=args.processes, **_options(args)):
        add(*pending.popleft(), document.extraction)
    if not len(collection):
        raise _Failure("collect: no document to collect", 1)
    with _output(args.output) as out:
        _write_collection(args, collection, out)
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
        raise _Failure(f"train: no trained part named {', '.join(unknown)} (known: {', '.join(TRAINERS)})", 2)
    root = Path(args.fixtures)
    status = 0
    for name in names:
        try:
            model = TRAINERS[name](root)
        except (ImportError, FileNotFoundError, ValueError) as error:
            raise _Failure(f"train: {error}", 2) from None
        shipped = MODELS / f"{name}.json"
        if args.check:
            same = shipped.is_file() and same_model(
                model, LinearModel.from_json(json.loads(shipped.read_text("utf-8")))
            )
            logger.warning("%s: %s %s", name, "reproduces" if same else "DIFFERS FROM", shipped)
            status = status or (0 if same else 1)
            continue
        path = write_model(model, Path(args.output) if args.output else MODELS)
        load_model.cache_clear()  # the next models are trained with this one in use
        logger.warning("%s: %s (%s)", name, path, model.meta)
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


def _verbosity() -> argparse.ArgumentParser:
    """-v / -q, shared by every subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_mutually_exclusive_group()
    group.add_argument(
        "-v", "--verbose", dest="verbosity", action="count", default=0, help="say more on stderr (-vv: debugging)"
    )
    group.add_argument(
        "-q", "--quiet", dest="verbosity", action="store_const", const=-1, help="only errors on stderr, no progress"
    )
    return common


def _deciders(fast: bool = True) -> argparse.ArgumentParser:
    """What decides what is speech, who speaks and the acts (and the fast mode), as ``extract`` takes them."""
    from quoteminer.pipeline import ACT_DECIDERS, DEFAULT_ACTS, ITEM_CHOOSERS, SPEAKER_CHOOSERS

    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("deciders")
    group.add_argument(
        "--items",
        choices=ITEM_CHOOSERS,
        default=ITEM_CHOOSERS[0],
        help="what decides which spans are speech: the trained kind classifier (default) or the ordered rules alone",
    )
    group.add_argument(
        "--speakers",
        choices=SPEAKER_CHOOSERS,
        default=SPEAKER_CHOOSERS[0],
        help="who speaks: the trained ranker (default) or the ordered rules alone (first-match)",
    )
    group.add_argument(
        "--acts",
        choices=ACT_DECIDERS,
        default=DEFAULT_ACTS,
        help=f"how acts are decided (default: {DEFAULT_ACTS}): the reporting verb's prior against the content "
        "rules, or the trained act classifier",
    )
    if fast:
        group.add_argument(
            "--fast",
            dest="mode",
            action="store_const",
            const="fast",
            default="full",
            help="triage without the parser, for very large collections: quotations and reported statements from "
            "surface patterns, speakers only where a pattern names them, no acts or dates (docs/performance.md)",
        )
    return parent


class _Options(TypedDict):
    items: str
    speakers: str
    acts: str
    mode: str


def _options(args: argparse.Namespace) -> _Options:
    """The deciders' options of ``args`` as keyword arguments of ``extract``/``extract_many``."""
    return {"items": args.items, "speakers": args.speakers, "acts": args.acts, "mode": getattr(args, "mode", "full")}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quoteminer`` command."""
    parser = argparse.ArgumentParser(prog="quoteminer", description="Who said what in French news.")
    parser.add_argument("--version", action="version", version=f"quoteminer {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    common = _verbosity()
    ex = sub.add_parser(
        "extract",
        parents=[common, _deciders()],
        help="extract quotes from files, directories or - (stdin)",
        description="Extract quotes, speakers, speech acts and claims from text files, JSON Lines or CSV "
        "records (id, text and any other fields) or HTML pages, and write one record per document.",
    )
    ex.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a file, a directory (its files matching --glob, recursively) or - (stdin)",
    )
    ex.add_argument(
        "--format-in",
        choices=INPUT_FORMATS,
        metavar="{" + ",".join(INPUT_FORMATS) + "}",
        help="how to read the inputs (default: by the file's ending: .jsonl/.ndjson records, .csv records, "
        ".html/.htm pages, anything else text; stdin: text)",
    )
    ex.add_argument(
        "--glob",
        default=GLOB,
        metavar="PATTERN",
        help=f"the files of a directory to read (default: {GLOB!r}; e.g. '*.jsonl', '*.html', '*')",
    )
    ex.add_argument(
        "--encoding",
        type=_encoding,
        default=None,
        metavar="NAME",
        help="the encoding of the inputs (default: utf-8; HTML pages: as the page says); "
        "a byte-order mark decides for its file",
    )
    ex.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    ex.add_argument(
        "--table",
        choices=tuple(TABLES),
        default="quotes",
        help="the table --format csv writes (default: quotes)",
    )
    ex.add_argument("--output", "-o", metavar="FILE", help="write there instead of stdout (only once all went well)")
    ex.add_argument(
        "--processes",
        "-p",
        type=_processes,
        default=1,
        metavar="N",
        help=f"run in N processes (default: 1); pays with N cores to spare, from about {PROCESSES_MIN_DOCS} documents "
        f"on (two processes: 1.4x to 1.8x one); fewer known inputs are parsed in one process",
    )
    ex.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"show a progress bar of the characters analysed on stderr (default: when stderr is a terminal and "
        f"there are {PROGRESS_MIN_FILES} inputs or {PROGRESS_MIN_CHARS:,} characters or more)",
    )
    ex.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the publication date of the inputs (a record's own 'date' comes first), against which 'hier' or "
        "'mardi dernier' are resolved into said_on",
    )
    ex.set_defaults(run=_cmd_extract)
    co = sub.add_parser(
        "collect",
        parents=[common, _deciders()],
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
    ev = sub.add_parser(
        "evaluate", parents=[common, _deciders()], help="score the extractor against annotated fixtures"
    )
    ev.add_argument("directories", nargs="+", help="fixture directories (ID.txt + ID.json; splits.json beside them)")
    ev.add_argument(
        "--errors",
        action="store_true",
        help="list every miss and mismatch of the tuning split (never of the test split)",
    )
    ev.add_argument("--brief", action="store_true", help="only the table by source and split, and the gap")
    ev.set_defaults(run=_cmd_evaluate)
    tr = sub.add_parser(
        "train",
        parents=[common],
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
    _configure_logging(args.verbosity)
    try:
        code: int = args.run(args)
    except _Failure as failure:
        logger.error("%s", failure)
        return failure.code
    except KeyboardInterrupt:
        logger.error("interrupted")
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        logger.error("stopped: the output was closed before the end (broken pipe)")
        return 141
    except ImportError as error:  # an optional extra this run needs (the message says how to get it)
        logger.error("%s", error)
        return 2
    return code


if __name__ == "__main__":
    raise SystemExit(main())
