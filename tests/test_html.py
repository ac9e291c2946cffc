"""The HTML page: standalone, well-formed, every quote highlighted with its data."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteminer
from quoteminer import Claim, Extraction, Mention, Quantity, Quote, QuoteKind, Speaker, SpeechAct
from quoteminer.html import ACT_COLOURS, render_html, write_html
from tests.conftest import SEED_ARTICLES

XHTML = "{http://www.w3.org/1999/xhtml}"


class _Balance(HTMLParser):
    """Fails on any end tag that does not close the element open at that point."""

    VOID = frozenset({"meta", "br", "hr", "img", "link", "input"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass  # <meta .../>: opens and closes at once

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()


def well_formed(page: str) -> ET.Element:
    """The page's root, after checking it parses as HTML (balanced tags) and as XML."""
    checker = _Balance()
    checker.feed(page)
    checker.close()
    assert checker.stack == []
    return ET.fromstring(page)


def local(element: ET.Element) -> str:
    return element.tag.removeprefix(XHTML)


def quote_elements(article: ET.Element) -> dict[int, list[ET.Element]]:
    """The highlighted elements of each quote (a quote cut by a crossing one has several)."""
    out: dict[int, list[ET.Element]] = {}
    for element in article.iter():
        if "data-q" in element.attrib:
            out.setdefault(int(element.attrib["data-q"]), []).append(element)
    return out


def text_div(article: ET.Element) -> ET.Element:
    (div,) = [e for e in article.iter(f"{XHTML}div") if e.get("class") == "text"]
    return div


def check_article(article: ET.Element, text: str, result: Extraction) -> None:
    """Every quote in a highlighted element with its data; the text reproduced exactly."""
    assert "".join(text_div(article).itertext()) == text
    found = quote_elements(article)
    assert sorted(found) == list(range(1, len(result.quotes) + 1))
    for n, quote in enumerate(result.quotes, 1):
        elements = found[n]
        assert "".join("".join(e.itertext()) for e in elements) == quote.text
        assert [e.get("id") for e in elements] == [f"{article.get('id')}-q{n}"] + [None] * (len(elements) - 1)
        for e in elements:
            assert local(e) == "mark"
            assert e.get("data-kind") == quote.kind.value
            assert (e.get("data-start"), e.get("data-end")) == (str(quote.start), str(quote.end))
            assert f"k-{quote.kind.value}" in e.get("class", "").split()
            if quote.kind.is_speech:
                assert e.get("data-act") == (quote.act.value if quote.act else "")
                assert e.get("data-speaker") == (quote.speaker.name if quote.speaker else "")
                assert f"a-{quote.act.value if quote.act else 'none'}" in e.get("class", "").split()


@pytest.fixture(scope="module")
def seed_page() -> tuple[str, list[tuple[str, str, Extraction]]]:
    records = []
    for path in SEED_ARTICLES:
        text = path.read_text(encoding="utf-8")
        records.append((path.name, text, quoteminer.extract(text)))
    out = io.StringIO()
    assert write_html(records, out, title="Seeds") == len(records)
    return out.getvalue(), records


def test_seed_page_holds_every_quote(seed_page: tuple[str, list[tuple[str, str, Extraction]]]) -> None:
    page, records = seed_page
    root = well_formed(page)
    articles = [e for e in root.iter(f"{XHTML}article") if e.get("class") == "doc"]
    assert len(articles) == len(records)
    for article, (name, text, result) in zip(articles, records, strict=True):
        assert result.quotes, name
        check_article(article, text, result)


def test_seed_page_links_speakers_to_their_quotes(seed_page: tuple[str, list[tuple[str, str, Extraction]]]) -> None:
    page, records = seed_page
    root = well_formed(page)
    ids = {e.get("id") for e in root.iter() if e.get("id")}
    links = [e for e in root.iter(f"{XHTML}a")]
    assert links and all(e.get("href", "").removeprefix("#") in ids for e in links)
    for article, (_name, _text, result) in zip(root.iter(f"{XHTML}article"), records, strict=False):
        entries = [li for li in article.iter(f"{XHTML}li") if li.get("id")]
        by_name = result.by_speaker()
        assert [li.text for li in entries] == [name for name in by_name if name is not None]
        for li in entries:
            count = next(e for e in li if e.get("class") == "count")
            refs = [a.get("href") for a in li.iter(f"{XHTML}a")]
            assert count.text == str(len(by_name[li.text])) == str(len(refs))
        who = [e for e in article.iter(f"{XHTML}a") if e.get("class", "").startswith("who")]
        assert who, "speakers are marked in the text"


def test_page_is_standalone(seed_page: tuple[str, list[tuple[str, str, Extraction]]]) -> None:
    page, _ = seed_page
    lowered = page.lower()
    for external in ("<script", "<link", "src=", "url(", "@import", "<iframe"):
        assert external not in lowered
    assert "<style>" in page
    assert page.count("http") == 1  # the XHTML namespace, never fetched
    legend = page[page.index('class="legend"') : page.index("</header>")]
    assert all(f"a-{act}" in legend for act in ACT_COLOURS)
    assert all(f"k-{kind.value}" in legend for kind in QuoteKind)


def test_everything_is_escaped() -> None:
    text = '« <script>alert("x")</script> & </mark> » a dit Léa <b>Roux</b>.\r\nFin\x00 ici.'
    result = quoteminer.extract(text)
    page = render_html(text, result, name="<i>name</i> & co", title="<title>")
    for raw in ("<script>", "</script>", "<b>Roux", "<i>name", "&amp; </mark>"):
        assert raw not in page
    root = well_formed(page)
    (article,) = root.iter(f"{XHTML}article")
    assert result.quotes
    check_article(article, text.replace("\x00", "\ufffd"), result)  # XML cannot hold NUL: shown as U+FFFD


def test_text_and_result_must_match() -> None:
    result = quoteminer.extract("« Oui », a dit Paul Durand.")
    with pytest.raises(ValueError, match="not of this text"):
        render_html("Tout autre chose, vraiment.", result)


def test_no_documents_still_makes_a_page() -> None:
    out = io.StringIO()
    assert write_html([], out) == 0
    well_formed(out.getvalue())


def test_crossing_and_nested_items() -> None:
    text = "Il a dit qu'il voulait « une solution politique durable » pour tous."
    speaker = Speaker(name="Paul", mentions=(Mention(text="Il", start=0, end=2),))
    indirect = Quote(text=text[12:47], start=12, end=47, kind=QuoteKind.INDIRECT, speaker=speaker)
    partial = Quote(
        text=text[24:56],
        start=24,
        end=56,
        kind=QuoteKind.PARTIAL,
        open_mark="«",
        open_offset=22,
        close_mark="»",
        close_offset=57,
        speaker=speaker,
        act=SpeechAct.DEMAND,
    )
    inner = Quote(text=text[28:36], start=28, end=36, kind=QuoteKind.MENTION)
    quantity = Quantity(text=text[44:56], start=44, end=56, value=1)
    claim = Claim(text=text[24:56], start=24, end=56, source=speaker, quantities=(quantity,))
    result = Extraction(quotes=(indirect, partial, inner), claims=(claim,))
    root = well_formed(render_html(text, result))
    (article,) = root.iter(f"{XHTML}article")
    check_article(article, text, result)
    assert len(quote_elements(article)[2]) == 2  # the partial crosses the end of the indirect item


@st.composite
def marked_texts(draw: st.DrawFn) -> tuple[str, Extraction]:
    text = draw(st.text(alphabet="ab <>&\"'\n«»é\x01", min_size=1, max_size=40))
    n = len(text)

    def span() -> tuple[int, int]:
        start = draw(st.integers(0, n - 1))
        return start, draw(st.integers(start + 1, n))

    quotes = []
    for _ in range(draw(st.integers(0, 5))):
        start, end = span()
        kind = draw(st.sampled_from(QuoteKind))
        speaker = None
        if kind.is_speech and draw(st.booleans()):
            mentions = [Mention(text=text[s:e], start=s, end=e) for s, e in (span() for _ in range(2))]
            speaker = Speaker(name=draw(st.sampled_from(["A", "B & <C>"])), mentions=mentions)
        act = draw(st.none() | st.sampled_from(SpeechAct)) if kind.is_speech else None
        quotes.append(Quote(text=text[start:end], start=start, end=end, kind=kind, speaker=speaker, act=act))
    quantities = [Quantity(text=text[s:e], start=s, end=e, value=2.5) for s, e in (span() for _ in range(2))]
    claims = [Claim(text=text, start=0, end=n, quantities=quantities)]
    return text, Extraction(quotes=sorted(quotes, key=lambda q: (q.start, q.end)), claims=claims)


@given(marked_texts())
@settings(max_examples=150, deadline=None)
def test_any_intervals_nest(case: tuple[str, Extraction]) -> None:
    text, result = case
    root = well_formed(render_html(text, result))
    (article,) = root.iter(f"{XHTML}article")
    shown = text.replace("\x01", "\ufffd")  # XML cannot hold it: shown as U+FFFD
    if shown == text:
        check_article(article, text, result)
    assert "".join(text_div(article).itertext()) == shown


def test_verbatim_words_are_marked_inside_the_indirect_item() -> None:
    text = "Le ministère a indiqué que les États-Unis n'avaient « pas eu de contacts récemment » avec lui."
    page = render_html(text, quoteminer.extract(text))
    root = ET.fromstring(page)
    (indirect,) = [m for m in root.iter(f"{XHTML}mark") if m.get("data-kind") == "indirect"]
    (words,) = [q for q in indirect.iter(f"{XHTML}q") if q.get("class") == "verbatim"]
    assert "".join(words.itertext()) == "pas eu de contacts récemment"
