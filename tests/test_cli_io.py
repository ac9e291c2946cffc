"""The command line as users expect it, through subprocesses: records in and out, clean failures, -v/-q, progress.

Each failure a user can cause (an output that cannot be written, a closed pipe, Ctrl-C,
no document, no fixtures) gives one line on stderr, a non-zero exit and no traceback.
The failures that happen before any extraction never load the model, so they are quick.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import quoteminer
from quoteminer import SCHEMA_VERSION, to_dict

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
A = "« Nous partons », a déclaré la ministre Claire Martin. Le chômage a baissé de 3 % en un an."
B = "Selon la police, au moins 35 personnes ont été blessées."


def run(*args: str, stdin: str | bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "quoteminer", *args],
        input=stdin.encode("utf-8") if isinstance(stdin, str) else stdin,
        capture_output=True,
        timeout=600,
        check=False,
        cwd=cwd,
    )
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def one_clean_line(proc: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    """The run failed with ``code`` and said why in one line, with no traceback."""
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("quoteminer: ")
    for word in words:
        assert word in lines[0], (word, lines[0])


@pytest.fixture
def records(tmp_path: Path) -> Path:
    """A folder of records: JSON Lines (with a broken line and a record without text), CSV with ;, a text."""
    root = tmp_path / "in"
    root.mkdir()
    lines = [
        json.dumps({"id": "a", "text": A, "url": "https://example.org/a", "outlet": "AFP", "date": "2024-03-12"}),
        "{not json",
        json.dumps({"id": "no-text", "title": "nothing"}),
        json.dumps({"text": B, "quotes": 3}),
    ]
    (root / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(root / "more.csv", "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["id", "outlet", "text"])
        writer.writerow(["c1", "Le Monde", "« Oui »,\r\na dit Paul Durand."])
    (root / "plain.txt").write_text(B, encoding="utf-8")
    return root


def test_records_in_records_out(records: Path) -> None:
    proc = run("extract", str(records), "--glob", "*")
    assert proc.returncode == 1  # a line and a record were skipped, and named
    jsonl = records / "news.jsonl"
    assert f"skipped {jsonl}:2: not a JSON object" in proc.stderr
    assert f"skipped {jsonl}:3: no 'text' field" in proc.stderr
    assert "Traceback" not in proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in out] == ["c1", "a", f"{jsonl}:4", str(records / "plain.txt")]  # sorted files
    assert all(r["schema_version"] == SCHEMA_VERSION for r in out)
    assert all("text" not in r for r in out)  # the records' own texts are not written back
    c1, a, four, plain = out
    assert c1["outlet"] == "Le Monde" and c1["quotes"][0]["speaker"]["name"] == "Paul Durand"
    assert c1["quotes"][0]["text"] == "Oui"  # the CSV cell's CRLF is kept: offsets index the cell
    assert {k: a[k] for k in ("url", "outlet", "date")} == {
        "url": "https://example.org/a",
        "outlet": "AFP",
        "date": "2024-03-12",
    }
    assert {k: a[k] for k in ("quotes", "claims", "diagnostics")} == to_dict(quoteminer.extract(A))
    assert four["record_quotes"] == 3 and four["quotes"] == plain["quotes"] == to_dict(quoteminer.extract(B))["quotes"]


def test_stdin_csv_records_to_every_table() -> None:
    data = io.StringIO()
    writer = csv.writer(data)
    writer.writerow(["id", "text", "title"])
    writer.writerow(["x", A, "Chômage"])
    proc = run("extract", "-", "--format-in", "csv", "--format", "csv", "--table", "claims", stdin=data.getvalue())
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [(r["id"], r["title"], r["source"], r["text"]) for r in rows] == [
        ("x", "Chômage", "Claire Martin", "Nous partons"),
        ("x", "Chômage", "", "Le chômage a baissé de 3 % en un an"),  # the article's own claim, no source
    ]


def test_json_and_html_outputs_of_records(records: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    proc = run("extract", str(records / "news.jsonl"), "--format", "html", "-o", str(page), "-q")
    assert proc.returncode == 1 and proc.stderr == ""  # -q: the skipped lines are not told, the exit code says
    html = page.read_text(encoding="utf-8")
    assert '<a href="https://example.org/a"' in html and "AFP" in html and "2024-03-12" in html
    assert 'data-label="Claire Martin · statement"' in html
    assert '<nav class="toc"' in html and '<nav class="index"' in html


def test_nothing_to_extract_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    one_clean_line(run("extract", str(empty)), 1, "no document to extract", "no file matching --glob '*.txt'")
    (empty / "a.html").write_text("<p>x</p>", encoding="utf-8")
    proc = run("extract", str(empty))
    one_clean_line(proc, 1, "no document to extract", "1 file (a.html) but none matching --glob '*.txt'")
    proc = run("extract", "-", stdin="")
    assert proc.returncode == 1 and proc.stderr.splitlines() == [
        "quoteminer: skipped <stdin>: it is empty",
        "quoteminer: no document to extract in -: every input was skipped",
    ]
    proc = run("extract", "-", "--format-in", "jsonl", stdin="\n\n")
    one_clean_line(proc, 1, "no document to extract in -: nothing to read")
    proc = run("extract", str(empty), "--glob", "*.html")  # a page with no article text
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"skipped {empty / 'a.html'}: no article text found in the page" in proc.stderr
    proc = run("extract", str(empty), "-v")
    assert "skipped " + str(empty / "a.html") + ": it does not match --glob '*.txt'" in proc.stderr


def test_an_output_that_cannot_be_written(tmp_path: Path) -> None:
    proc = run("extract", "-", "-o", str(tmp_path / "no" / "such" / "dir" / "out.jsonl"), stdin=A)
    one_clean_line(proc, 2, "cannot write", "No such file or directory")
    one_clean_line(run("extract", "-", "-o", str(tmp_path), stdin=A), 2, "cannot write", "is a directory")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if not os.access(locked, os.W_OK):  # root may write anywhere
            one_clean_line(run("extract", "-", "-o", str(locked / "x.csv"), stdin=A), 2, "Permission denied")
    finally:
        locked.chmod(0o700)
    assert list(tmp_path.rglob("*.part")) == []


def test_a_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "quoteminer", "extract", str(SEEDS), str(SEEDS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)  # what `| head -c 100` reads, before it goes away
    proc.stdout.close()
    err = proc.stderr.read().decode()
    code = proc.wait(timeout=600)
    assert code == 141, err
    assert "Traceback" not in err
    assert err.splitlines() == ["quoteminer: stopped: the output was closed before the end (broken pipe)"]


@pytest.mark.parametrize("processes", ["1", "2"])
def test_ctrl_c_leaves_no_half_written_file(tmp_path: Path, processes: str) -> None:
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        # 300 inputs: far more than two processes get through in the 3 s before the interrupt
        [sys.executable, "-m", "quoteminer", "extract", *[str(SEEDS)] * 60, "-o", str(out), "-v", "-p", processes],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    first = proc.stderr.readline().decode()
    while "reading" not in first and first:  # -v names the fixtures' .json files first
        first = proc.stderr.readline().decode()
    assert "reading 300 inputs" in first, first
    time.sleep(3)
    proc.send_signal(signal.SIGINT)
    err = first + proc.stderr.read().decode()
    code = proc.wait(timeout=600)
    assert code == 130, err
    assert "Traceback" not in err, err
    assert err.splitlines()[-1] == f"quoteminer: interrupted; nothing written to {out}"
    assert list(tmp_path.iterdir()) == []


def test_evaluate_without_fixtures(tmp_path: Path) -> None:
    one_clean_line(run("evaluate", str(tmp_path / "missing")), 2, "no fixtures directory")
    one_clean_line(run("evaluate", str(tmp_path)), 2, "holds no fixture")
    (tmp_path / "x.txt").write_text("Texte.", encoding="utf-8")
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    one_clean_line(run("evaluate", str(tmp_path)), 2, "evaluate:")
    (tmp_path / "x.json").write_text(json.dumps({"unexpected": 1}), encoding="utf-8")
    one_clean_line(run("evaluate", str(tmp_path)), 2, "evaluate:")


def test_a_missing_extra_is_one_line(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>« Oui », a dit Paul Durand.</p></body></html>", encoding="utf-8")
    shadow = tmp_path / "shadow"
    shadow.mkdir()
    (shadow / "trafilatura.py").write_text("raise ImportError('no trafilatura here')\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(shadow), str(ROOT / "src")])}
    proc = subprocess.run(
        [sys.executable, "-m", "quoteminer", "extract", str(page)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env=env,
    )
    one_clean_line(proc, 2, "pip install 'quoteminer[html]'")


def test_a_progress_bar_for_one_big_input(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text = "\n\n".join([text] * 6)
    assert len(text) > 3 * 20_000  # several pieces
    big.write_text(text, encoding="utf-8")
    proc = run("extract", str(big), "--progress", "--format", "csv", "--table", "documents")
    assert proc.returncode == 0, proc.stderr
    shown = [part for part in proc.stderr.replace("\r", "\n").splitlines() if "char" in part]
    done = [int(part.split("%")[0].split()[-1]) for part in shown if "%" in part]
    assert any(0 < p < 100 for p in done), shown  # it moves while the one document is parsed
    assert done[-1] == 100


PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Grève - Le Courrier</title>
<meta property="og:title" content="Grève : le syndicat durcit le ton">
<meta property="og:site_name" content="Le Courrier de l'Est">
<meta property="article:published_time" content="2024-03-12T08:30:00+01:00">
<link rel="canonical" href="https://www.example.org/region/greve"></head><body>
<nav><a href="/">Accueil</a> <a href="/region">Région</a></nav>
<div class="cookie">Nous utilisons des cookies. « Accepter » ou « Refuser ».</div>
<main><article><h1>Grève : le syndicat durcit le ton</h1>
<p>« Nous ne céderons pas sur les salaires », a déclaré mardi Karim Benali, secrétaire du syndicat.</p>
<p>La direction a démenti que le site soit menacé.</p></article></main>
<section class="comments"><p>« Honteux ! » a écrit un lecteur.</p></section>
<footer>© 2024 Le Courrier de l'Est.</footer></body></html>"""


def test_html_pages_as_input(tmp_path: Path) -> None:
    (tmp_path / "greve.html").write_text(PAGE, encoding="utf-8")
    proc = run("extract", str(tmp_path), "--glob", "*.html")
    assert proc.returncode == 0, proc.stderr
    (record,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert record["id"] == str(tmp_path / "greve.html")
    assert record["title"] == "Grève : le syndicat durcit le ton"
    assert record["date"] == "2024-03-12" and record["outlet"] == "Le Courrier de l'Est"
    assert record["url"] == "https://www.example.org/region/greve"
    text = record["text"]  # the extracted text, which the offsets index
    assert "cookies" not in text and "Honteux" not in text and "Accueil" not in text
    quotes = record["quotes"]
    assert [(q["kind"], q["speaker"]["name"] if q["speaker"] else None) for q in quotes] == [
        ("direct", "Karim Benali"),
        ("indirect", "direction"),
    ]
    assert all(text[q["start"] : q["end"]] == q["text"] for q in quotes)
    # the page's date is the publication date: 'mardi' dates the statement
    assert quotes[0]["said_on"] == "2024-03-12"
    expected = to_dict(quoteminer.extract(text, published=record["date"]))
    assert {k: record[k] for k in ("quotes", "claims", "diagnostics")} == expected


def test_the_library_never_prints() -> None:
    """Messages go through logging; only the command line writes to stdout or stderr itself."""
    import ast

    src = Path(quoteminer.__file__).parent
    printing = []
    for path in sorted(src.rglob("*.py")):
        if path.name in ("cli.py", "__main__.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
                printing.append(f"{path.relative_to(src)}:{node.lineno}")
    assert printing == []


def test_a_records_date_dates_its_statements(tmp_path: Path) -> None:
    said = "Le maire a déclaré hier que le pont rouvrirait."
    lines = [
        {"id": "dated", "date": "2019-04-10", "text": said},
        {"id": "undated", "text": said},
        {"id": "bad", "date": "le 10 avril", "text": said},
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    proc = run("extract", str(path), "--published", "2019-05-02")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "bad: a record's date must be an ISO date" in proc.stderr  # said, and the record still read
    out = {r["id"]: r for r in (json.loads(line) for line in proc.stdout.splitlines())}
    assert out["dated"]["date"] == "2019-04-10"  # the field itself travels as given
    assert [out[k]["quotes"][0]["said_on"] for k in ("dated", "undated", "bad")] == [
        "2019-04-09",
        "2019-05-01",
        "2019-05-01",
    ]
