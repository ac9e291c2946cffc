"""``quoteminer collect`` and ``quoteminer extract --published``, end to end through subprocesses."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import run_cli as run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
AFRICOM = ("000_c5fb2d05e4110d7c.txt", "003_4375ea2097648a51.txt")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seed 000 as ``quoteminer extract`` wrote it, seed 003 as text, and records with dates."""
    root = tmp_path_factory.mktemp("collect")
    proc = run("extract", str(SEEDS / AFRICOM[0]))
    assert proc.returncode == 0, proc.stderr
    (root / "extracted.jsonl").write_text(proc.stdout, encoding="utf-8")
    (root / "seed.txt").write_text((SEEDS / AFRICOM[1]).read_text(encoding="utf-8"), encoding="utf-8")
    records = [
        {"id": "r1", "date": "2019-04-08", "text": "« Nos forces ont repris l'aéroport », a déclaré Ahmad al-Mesmari."},
        {"id": "r2", "date": "hier", "text": "« Non », a dit Paul Durand."},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + ["pas du JSON"]
    (root / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_collect_json_lines_from_texts_records_and_extract_output(inputs: Path) -> None:
    proc = run("collect", str(inputs), "--published", "2019-04-09")
    assert proc.returncode == 1  # two lines were skipped, and said so
    assert "records.jsonl:2: date must be an ISO date" in proc.stderr
    assert "records.jsonl:3:" in proc.stderr
    assert "Traceback" not in proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    documents = {r["doc_id"]: r["published"] for r in records if r["type"] == "document"}
    extracted = str(SEEDS / AFRICOM[0])  # the id extract gave it
    assert documents == {extracted: "2019-04-09", str(inputs / "seed.txt"): "2019-04-09", "r1": "2019-04-08"}
    (mesmari,) = [r for r in records if r["type"] == "speaker" and "al-Mesmari" in r["name"]]
    assert mesmari["name"] == "Ahmad al-Mesmari"  # as often as Ahmed, and in the earliest document
    assert set(mesmari["variants"]) == {"Ahmed al-Mesmari", "Ahmad al-Mesmari"}
    clusters = [r for r in records if r["type"] == "cluster"]
    africom = [c for c in clusters if c["text"].startswith("En raison du regain")]
    assert len(africom) == 1
    assert {m["doc_id"] for m in africom[0]["members"]} == {extracted, str(inputs / "seed.txt")}


def test_collect_csv_and_html(inputs: Path, tmp_path: Path) -> None:
    proc = run(
        "collect", str(inputs / "seed.txt"), str(inputs / "extracted.jsonl"), "--format", "csv", "--table", "speakers"
    )
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert {"Africom", "Thomas D. Waldhauser"} <= {r["speaker"] for r in rows}
    page = tmp_path / "collection.html"
    proc = run("collect", str(inputs), "--format", "html", "-o", str(page))
    assert proc.returncode == 1
    html = page.read_text(encoding="utf-8")
    ET.fromstring(html)  # well-formed
    assert "Speakers across documents" in html and "The same quotation in several documents" in html
    assert '<span class="variant main">Ahmad al-Mesmari</span>' in html
    assert '<span class="variant">Ahmed al-Mesmari</span>' in html


def test_collect_with_nothing_to_collect(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    proc = run("collect", str(empty))
    assert proc.returncode == 1
    assert "no document to collect" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_extract_published(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Le maire a déclaré hier que la piscine fermerait.", encoding="utf-8")
    proc = run("extract", str(text), "--published", "2019-04-10")
    assert proc.returncode == 0, proc.stderr
    (record,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert record["quotes"][0]["said_on"] == "2019-04-09"
    proc = run("extract", str(text), "--published", "10/04/2019")
    assert proc.returncode == 2
    assert "not an ISO date" in proc.stderr
