"""The desk-review page, as a reader sees it.

The structure is checked always: every speech item has its label (speaker and act in
words) right after it, verbatim words are marked, each article has its header, a page of
several documents its contents and speaker index, and the article's text is exactly the
text. Where Chromium is installed (Debian: ``apt-get install chromium``; CI has it only if
the machine does), the same page is also laid out by headless Chromium and the layout is
checked (``tools/screenshot_html.py`` takes the screenshots to look at): each label drawn
beside its item, the contents and index above the first article, nothing wider than the
window at desktop and phone widths. Without Chromium, that part is not run and the test
says so in its output; the structural part still runs.
"""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import quoteminer
from quoteminer import Document
from quoteminer.html import write_html

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("screenshot_html", ROOT / "tools" / "screenshot_html.py")
assert _spec is not None and _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
sys.modules["screenshot_html"] = tool
_spec.loader.exec_module(tool)

X = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return list(quoteminer.extract_many(tool.RECORDS))


@pytest.fixture(scope="module")
def page(documents: list[Document], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("page") / "page.html"
    with open(path, "w", encoding="utf-8") as out:
        write_html(documents, out, title="sample")
    return path


def _text(element: ET.Element) -> str:
    return "".join(element.itertext())


def test_the_page_structure(page: Path, documents: list[Document]) -> None:
    root = ET.fromstring(page.read_text(encoding="utf-8"))
    body = root.find(f"{X}body")
    assert body is not None
    articles = [a for a in body.iter(f"{X}article") if a.get("class") == "doc"]
    assert len(articles) == len(documents)
    for number, (article, doc) in enumerate(zip(articles, documents, strict=True), 1):
        text = doc.text
        assert text is not None
        (shown,) = [d for d in article.iter(f"{X}div") if d.get("class") == "text"]
        assert _text(shown) == text  # labels are empty elements: the article's text is the text
        heading = article.find(f"{X}h2")
        assert heading is not None and _text(heading) == doc.metadata.get("title", doc.id)
        meta = [p for p in article.iter(f"{X}p") if p.get("class") == "meta"]
        if doc.metadata:
            (line,) = meta
            for field in ("outlet", "date"):
                assert doc.metadata[field] in _text(line)
            assert [a.get("href") for a in line.iter(f"{X}a")] == [doc.metadata["url"]]
            assert doc.id in _text(line)
        # every speech item, then its label: the speaker's name and the act in words
        order = list(article.iter())
        speech = [q for q in doc.extraction.quotes if q.kind.is_speech]
        labels = {s.get("data-for"): s for s in article.iter(f"{X}span") if "lbl" in (s.get("class") or "")}
        assert len(labels) == len(speech)
        for n, quote in enumerate(doc.extraction.quotes, 1):
            ident = f"d{number}-q{n}"
            if not quote.kind.is_speech:
                assert ident not in labels
                continue
            label = labels[ident]
            who = quote.speaker.name if quote.speaker else "speaker unknown"
            act = quote.act.value if quote.act else "no act"
            assert (label.get("data-label") or "").startswith(f"{who} · {act}")
            pieces = [m for m in article.iter(f"{X}mark") if m.get("data-q") == str(n)]
            assert order.index(label) > max(order.index(m) for m in pieces)
            assert not any(label in list(m.iter()) for m in pieces if m.get("class", "").find("verbatim") >= 0)
        verbatim = [v for q in doc.extraction.quotes for v in q.verbatim]
        marked = [_text(q) for q in article.iter(f"{X}q") if q.get("class") == "verbatim"]
        assert marked == [v.text for v in verbatim]
    navs = {n.get("class"): n for n in body if n.tag == f"{X}nav"}
    assert set(navs) == {"toc", "index"}
    contents = [a.get("href") for a in navs["toc"].iter(f"{X}a")]
    assert contents == [f"#d{n}" for n in range(1, len(documents) + 1)]
    ids = {e.get("id") for e in root.iter() if e.get("id")}
    links = [a.get("href") for a in navs["index"].iter(f"{X}a")]
    assert links and all(link is not None and link[1:] in ids for link in links)
    names = [_text(b) for b in navs["index"].iter(f"{X}b")]
    assert sorted(names) == sorted({q.speaker.name for d in documents for q in d.extraction.quotes if q.speaker})
    assert "body>nav{order:-2" in page.read_text(encoding="utf-8")  # drawn above the articles


@pytest.mark.parametrize("width", [1300, 420], ids=["desktop", "phone"])
def test_the_page_in_a_browser(page: Path, documents: list[Document], width: int, capsys: Any) -> None:
    binary = tool.chromium()
    if binary is None:
        with capsys.disabled():
            print("\n  no Chromium here: the page's layout was not checked in a browser (its structure was)")
        return
    facts = tool.layout_facts(binary, page.read_text(encoding="utf-8"), width)
    assert "error" not in facts, facts
    assert facts["width"] <= facts["window"]  # nothing wider than the window
    assert facts["tocTop"] < facts["indexTop"] < facts["firstArticleTop"]
    speech = [q for d in documents for q in d.extraction.quotes if q.kind.is_speech]
    assert len(facts["labels"]) == len(speech)
    for label, quote in zip(facts["labels"], speech, strict=True):
        who = quote.speaker.name if quote.speaker else "speaker unknown"
        assert label["content"].startswith(f'"{who} · ')
        assert label["width"] > 20
        assert label["sameLine"] or label["nextLine"], label  # beside its item, or first on the next line
        assert label["sameLine"] is False or 0 <= label["gap"] < 10, label
    assert facts["verbatim"] == {"style": "italic", "before": "open-quote"}
