"""The command line, end to end through subprocesses."""

from __future__ import annotations

import codecs
import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import quoteminer
from quoteminer import SCHEMA_VERSION, from_dict, to_dict
from tests.conftest import run_cli as run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"


def test_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0 and quoteminer.__version__ in proc.stdout


def test_extract_directory_as_json_lines() -> None:
    proc = run("extract", str(SEEDS))
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [Path(x["id"]).name for x in lines] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert all(x["schema_version"] == SCHEMA_VERSION for x in lines)
    assert all(x["quotes"] for x in lines)


def test_extract_stdin_csv_and_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xab pas de l'UTF-8 \xbb \xc3")  # (a byte-order mark would make it UTF-16)
    good = tmp_path / "good.txt"
    good.write_text("« Nous partons », a déclaré Claire Martin.", encoding="utf-8")
    proc = run("extract", str(bad), str(good), "--format", "csv")
    assert proc.returncode == 1
    assert "bad.txt" in proc.stderr
    assert "Nous partons" in proc.stdout
    proc = run("extract", "-", "--format", "json", stdin="« Oui », a dit Paul Durand.")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)[0]["quotes"][0]["text"] == "Oui"


def test_evaluate_prints_the_table() -> None:
    proc = run("evaluate", str(SEEDS))
    assert proc.returncode == 0, proc.stderr
    assert "speech_f1" in proc.stdout and "speaker_accuracy" in proc.stdout


GOOD = {
    "a.txt": "« Nous partons », a déclaré la ministre Claire Martin.",
    "sub/b.txt": "Selon Paul Durand, « rien n'est joué ». Le porte-parole a démenti que l'armée ait reculé.",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two articles, one of them in a sub-directory, and a file that is not UTF-8."""
    root = tmp_path / "articles"
    for name, text in GOOD.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "sub" / "bad.txt").write_bytes(b"\xe9t\xe9 \xab latin-1 \xbb")
    (root / "notes.md").write_text("not an article", encoding="utf-8")
    return root


def _documents(root: Path) -> list[str]:
    return [str(root / name) for name in sorted(GOOD)]


def _skipped_bad_file(proc: subprocess.CompletedProcess[str], root: Path) -> None:
    assert proc.returncode == 1
    assert f"skipped {root / 'sub' / 'bad.txt'}: 'utf-8' codec can't decode" in proc.stderr


def test_jsonl_over_two_processes(folder: Path) -> None:
    proc = run("extract", str(folder), "--processes", "2")
    _skipped_bad_file(proc, folder)
    assert proc.stderr.count("\n") == 1  # no progress bar when stderr is not a terminal
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r.pop("schema_version") for r in records] == [SCHEMA_VERSION] * 2
    assert [r.pop("id") for r in records] == _documents(folder)
    assert [from_dict(r) for r in records] == [quoteminer.extract(GOOD[name]) for name in sorted(GOOD)]


def test_json_with_stdin_and_a_missing_file(folder: Path) -> None:
    missing = folder / "missing.txt"
    proc = run("extract", "-", str(missing), str(folder / "a.txt"), "--format", "json", stdin=GOOD["sub/b.txt"])
    assert proc.returncode == 1
    assert f"skipped {missing}: No such file or directory" in proc.stderr
    records = json.loads(proc.stdout)
    assert [r["id"] for r in records] == ["<stdin>", str(folder / "a.txt")]
    assert [r["quotes"][0]["text"] for r in records] == ["rien n'est joué", "Nous partons"]


def test_csv_with_a_progress_bar(folder: Path) -> None:
    proc = run("extract", str(folder), "--format", "csv", "--progress")
    _skipped_bad_file(proc, folder)
    chars = sum(map(len, GOOD.values()))
    assert "100%" in proc.stderr and f"{chars}/{chars}" in proc.stderr  # by characters, the skipped file's left out
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [(r["id"], r["text"]) for r in rows] == [
        (doc, q.text)
        for doc, name in zip(_documents(folder), sorted(GOOD), strict=True)
        for q in quoteminer.extract(GOOD[name]).quotes
    ]


def test_html_page_to_a_file(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    proc = run("extract", str(folder), "--format", "html", "--output", str(out))
    _skipped_bad_file(proc, folder)
    assert proc.stdout == ""
    page = out.read_text(encoding="utf-8")
    root = ET.fromstring(page)
    articles = [a for a in root.iter("{http://www.w3.org/1999/xhtml}article") if a.get("class") == "doc"]
    assert len(articles) == 2
    for name in GOOD:
        for quote in quoteminer.extract(GOOD[name]).quotes:
            assert f'data-start="{quote.start}" data-end="{quote.end}"' in page


@pytest.mark.parametrize(
    "bad",
    [["--processes", "0"], ["--processes", "two"], ["--format", "xml"], ["--encoding", "klingon"]],
    ids=" ".join,
)
def test_bad_options_are_usage_errors(bad: list[str]) -> None:
    proc = run("extract", "-", *bad, stdin="")
    assert proc.returncode == 2 and "usage:" in proc.stderr


# -- text as it arrives: line ends, byte-order marks, encodings (one process per test) -------

WRAPPED = (
    "Grève à la raffinerie de Donges\n\n"
    "« Tant que la direction refusera d'ouvrir des négociations, nous\n"
    "resterons mobilisés », a expliqué mardi Karim Benali, secrétaire\n"
    "du syndicat majoritaire. La direction a démenti que le site soit\n"
    "menacé.\n"
)


def _records(proc: subprocess.CompletedProcess[str]) -> dict[str, list[dict[str, Any]]]:
    """The quotes of each document of a JSON Lines output, by file name."""
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    return {Path(r["id"]).name: r["quotes"] for r in records}


def _same(quotes: list[dict[str, Any]]) -> list[tuple[str, str, str | None, str | None]]:
    """What must not change with the line ends or the encoding: kind, words, speaker's name, act."""
    return [
        (q["kind"], " ".join(q["text"].split()), q["speaker"]["name"] if q["speaker"] else None, q["act"])
        for q in quotes
    ]


def test_crlf_offsets_index_the_file_as_read(tmp_path: Path) -> None:
    (tmp_path / "lf.txt").write_bytes(WRAPPED.encode("utf-8"))
    (tmp_path / "crlf.txt").write_bytes(WRAPPED.replace("\n", "\r\n").encode("utf-8"))
    proc = run("extract", str(tmp_path / "crlf.txt"), str(tmp_path / "lf.txt"))
    assert proc.returncode == 0, proc.stderr
    found = _records(proc)
    text = (tmp_path / "crlf.txt").read_bytes().decode("utf-8")  # as open(path, newline="") reads it
    assert all(text[q["start"] : q["end"]] == q["text"] for q in found["crlf.txt"])
    assert ["\r\n" in q["text"] for q in found["crlf.txt"]] == [True, True]
    assert _same(found["crlf.txt"]) == _same(found["lf.txt"])
    assert [(kind, name) for kind, _text, name, _act in _same(found["crlf.txt"])] == [
        ("direct", "Karim Benali"),
        ("indirect", "direction"),
    ]


def test_a_byte_order_mark_decides_the_encoding(tmp_path: Path) -> None:
    files = {
        "plain.txt": WRAPPED.encode("utf-8"),
        "utf-8-bom.txt": codecs.BOM_UTF8 + WRAPPED.encode("utf-8"),
        "utf-16-le-bom.txt": codecs.BOM_UTF16_LE + WRAPPED.encode("utf-16-le"),
        "utf-16-be-bom.txt": codecs.BOM_UTF16_BE + WRAPPED.encode("utf-16-be"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    proc = run("extract", *(str(tmp_path / name) for name in files))
    assert proc.returncode == 0, proc.stderr
    found = _records(proc)
    assert found["plain.txt"]
    for name in files:
        assert found[name] == found["plain.txt"], name  # the mark is not part of the text
        assert all(WRAPPED[q["start"] : q["end"]] == q["text"] for q in found[name])


def test_an_encoding_given_with_the_option(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(WRAPPED.encode("latin-1"))
    from_file = run("extract", "--encoding", "latin-1", str(path))
    assert from_file.returncode == 0, from_file.stderr
    from_stdin = subprocess.run(
        [sys.executable, "-m", "quoteminer", "extract", "--encoding", "latin-1", "-"],
        input=WRAPPED.encode("latin-1"),
        capture_output=True,
        timeout=600,
        check=False,
    )
    assert from_stdin.returncode == 0
    (record,) = [json.loads(line) for line in from_stdin.stdout.decode("utf-8").splitlines()]
    assert record["quotes"] == _records(from_file)["latin.txt"] == to_dict(quoteminer.extract(WRAPPED))["quotes"]


NOT_UTF8 = {
    "latin-1.txt": (WRAPPED.encode("latin-1"), "'utf-8' codec can't decode byte 0xe8"),
    "windows-1252.txt": (WRAPPED.encode("cp1252"), "'utf-8' codec can't decode byte 0xe8"),
    "utf-16-le.txt": (WRAPPED.encode("utf-16-le"), "'utf-8' codec can't decode byte"),
    "utf-16-be.txt": (WRAPPED.encode("utf-16-be"), "'utf-8' codec can't decode byte"),
    "ascii-utf-16.txt": ('"Oui", a dit Paul.'.encode("utf-16-le"), "it reads as NUL characters in utf-8"),
}


def test_a_file_not_in_the_encoding_is_one_clear_line(tmp_path: Path) -> None:
    for name, (data, _reason) in NOT_UTF8.items():
        (tmp_path / name).write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(GOOD["a.txt"], encoding="utf-8")
    proc = run("extract", *(str(tmp_path / name) for name in NOT_UTF8), str(good))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == len(NOT_UTF8)  # one line each
    for line, (name, (_data, reason)) in zip(lines, NOT_UTF8.items(), strict=True):
        assert line.startswith(f"quoteminer: skipped {tmp_path / name}: {reason}"), line
        assert "--encoding" in line
    assert list(_records(proc)) == ["good.txt"]


def test_the_deciders_and_the_fast_mode_on_the_command_line(tmp_path: Path) -> None:
    text = "« Nous restons prudents », a déclaré Marie Dupont. Selon Paul Durand, l'usine fermera."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    fast = run("extract", str(tmp_path / "a.txt"), "--fast")
    assert fast.returncode == 0, fast.stderr
    quotes = json.loads(fast.stdout)["quotes"]
    assert quotes == to_dict(quoteminer.extract(text, mode="fast"))["quotes"]
    assert [q["speaker"]["name"] for q in quotes] == ["Marie Dupont", "Paul Durand"]
    chosen = run(
        "extract", str(tmp_path / "a.txt"), "--items", "rules", "--speakers", "first-match", "--acts", "classifier"
    )
    assert chosen.returncode == 0, chosen.stderr
    expected = quoteminer.extract(text, items="rules", speakers="first-match", acts="classifier")
    assert json.loads(chosen.stdout)["quotes"] == to_dict(expected)["quotes"]
    bad = run("extract", str(tmp_path / "a.txt"), "--speakers", "oracle")
    assert bad.returncode == 2 and "usage:" in bad.stderr and "Traceback" not in bad.stderr
