"""The command line, end to end through subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import quoteminer

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quoteminer", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0 and quoteminer.__version__ in proc.stdout


def test_extract_directory_as_json_lines() -> None:
    proc = run("extract", str(SEEDS))
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [Path(x["document"]).name for x in lines] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert all(x["quotes"] for x in lines)


def test_extract_stdin_csv_and_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00 pas de l'UTF-8 \xc3")
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
