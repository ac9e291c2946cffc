"""HTML: documents and their Extractions → one standalone page to read in a browser.

Each article is shown whole, its quotes highlighted and coloured by speech act
(indirect speech underlined, the speaker's own quoted words inside it in italics,
mentions outlined in grey), speakers' mentions marked
and linked to the speaker's entry in a side list, which counts their speech items
and links to each of them; quantities to check are underlined with a wave.

Invariants:

- one page readable offline: inline CSS, no script, no external asset;
- the text is reproduced exactly (white space kept by CSS) and every piece of it,
  and every attribute, is escaped; characters XML cannot hold show as U+FFFD;
- markup is built from offsets, never by replacing strings: the marked intervals
  (quotes, speaker mentions, quantities) are opened outer first and closed in
  stack order; an interval that crosses the end of one enclosing it is closed
  there and reopened right after as a continuation (same class and ``data-*``,
  no ``id``), so the page is always well-formed;
- the page is polyglot: it parses as HTML and as XML (``xml.etree``).
"""

from __future__ import annotations

import html
import io
from collections.abc import Iterable, Iterator, Sequence
from typing import IO

import attrs
import regex

from quoteminer.model import (
    ClusterMember,
    CollectionSpeaker,
    Extraction,
    Quote,
    QuoteCluster,
    QuoteKind,
    Speaker,
    SpeechAct,
)

__all__ = ["render_html", "write_collection_html", "write_html"]

# Characters an XML document cannot hold, even escaped (the HTML parser only warns).
_NOT_XML = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|\p{Cs}")

#: Fill and strong colour for each act; "none" for speech with no act.
ACT_COLOURS: dict[str, tuple[str, str]] = {
    SpeechAct.STATEMENT.value: ("#d0ebff", "#1864ab"),
    SpeechAct.DEMAND.value: ("#e5dbff", "#5f3dc4"),
    SpeechAct.DENIAL.value: ("#ffc9c9", "#c92a2a"),
    SpeechAct.ASSURANCE.value: ("#b2f2bb", "#2b8a3e"),
    SpeechAct.WARNING.value: ("#ffec99", "#e67700"),
    SpeechAct.ACCUSATION.value: ("#fcc2d7", "#a61e4d"),
    "none": ("#e9ecef", "#495057"),
}

_KIND_HELP = {
    QuoteKind.DIRECT.value: "direct: the speaker's words, in quotation marks",
    QuoteKind.PARTIAL.value: "partial: a few words quoted inside the journalist's sentence",
    QuoteKind.INDIRECT.value: "indirect: reported speech without quotation marks",
    QuoteKind.MENTION.value: "mention: quoted words nobody is saying (titles, names, labels)",
}

_CSS = """
body{font:16px/1.6 Georgia,'Times New Roman',serif;margin:0;color:#212529;background:#fff}
header,article{max-width:76rem;margin:0 auto;padding:0 1.5rem}
h1{font:600 1.6rem system-ui,sans-serif;margin:1.2rem 0 .3rem}
h2{font:600 1.2rem system-ui,sans-serif;margin:2rem 0 .6rem;border-top:1px solid #dee2e6;padding-top:1rem;
overflow-wrap:anywhere}
.legend{font:13px/1.5 system-ui,sans-serif;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:.6rem 0;
border-bottom:1px solid #dee2e6}
.legend ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem .8rem}
.legend b{font-weight:600;margin-right:.4rem}
.cols{display:grid;grid-template-columns:minmax(0,1fr) 17rem;gap:2rem}
@media (max-width:50rem){.cols{grid-template-columns:1fr}}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
aside{font:14px/1.45 system-ui,sans-serif;align-self:start;position:sticky;top:.5rem;max-height:96vh;
overflow:auto;background:#f8f9fa;border:1px solid #dee2e6;border-radius:6px;padding:.6rem .8rem}
aside h3{font-size:.95rem;margin:.2rem 0 .4rem}
aside ol{margin:0;padding-left:1.2rem}
aside li{margin:.35rem 0}
aside li:target{background:#fff3bf}
.count{display:inline-block;min-width:1.4rem;text-align:center;background:#495057;color:#fff;border-radius:9px;
font-size:12px;margin-left:.3rem}
.role{display:block;color:#6c757d;font-size:12px}
.refs a{font-size:12px;margin-right:.25rem;color:#1864ab}
mark.q{color:inherit;border-radius:2px;padding:0 1px;background:var(--fill)}
mark.q:target{outline:2px solid #212529}
mark.k-partial{box-shadow:inset 0 -2px 0 var(--ink)}
mark.k-indirect{background:none;border-bottom:3px solid var(--ink)}
mark.k-mention{background:#f1f3f5;color:#495057;outline:1px dotted #868e96;font-style:italic}
q.verbatim{quotes:none;font-style:italic;background:var(--fill);border-radius:2px}
a.who{color:#0b3d91;font-weight:600;text-decoration:underline;text-decoration-thickness:2px}
span.num{text-decoration:underline wavy #c92a2a;text-decoration-skip-ink:none}
.sample{padding:0 .3rem}
details{margin-top:.6rem;font-size:12px;color:#495057}
"""
_CSS += "".join(f".a-{act}{{--fill:{fill};--ink:{ink}}}\n" for act, (fill, ink) in ACT_COLOURS.items())


def _text(s: str) -> str:
    """Escape text for an element's content."""
    return html.escape(_NOT_XML.sub("\ufffd", s), quote=False).replace("\r", "&#13;")


def _attr(s: str) -> str:
    """Escape text for a double-quoted attribute value."""
    return html.escape(_NOT_XML.sub("\ufffd", s), quote=True).replace("\r", "&#13;").replace("\n", "&#10;")


def _tag(name: str, attributes: Sequence[tuple[str, str]]) -> str:
    return "<" + name + "".join(f' {key}="{_attr(value)}"' for key, value in attributes) + ">"


@attrs.frozen
class _Mark:
    """One interval to mark up: ``tag`` with ``attributes`` over ``[start, end)``."""

    start: int
    end: int
    rank: int  # at equal spans, lower ranks enclose higher ones
    tag: str
    attributes: tuple[tuple[str, str], ...]
    ident: str | None = None

    def opening(self, continued: bool) -> str:
        if continued:
            attributes = tuple((k, v + " cont" if k == "class" else v) for k, v in self.attributes)
            return _tag(self.tag, attributes)
        return _tag(self.tag, ((("id", self.ident),) if self.ident else ()) + self.attributes)

    def closing(self) -> str:
        return f"</{self.tag}>"


def _nest(text: str, marks: Iterable[_Mark]) -> str:
    """``text``, escaped, with every mark opened and closed at its offsets, properly nested."""
    ordered = sorted((m for m in marks if m.end > m.start), key=lambda m: (m.start, -m.end, m.rank))
    stops = sorted({0, len(text)} | {m.start for m in ordered} | {m.end for m in ordered})
    out: list[str] = []
    stack: list[_Mark] = []
    pos = next_mark = 0
    for stop in stops:
        out.append(_text(text[pos:stop]))
        pos = stop
        if any(m.end == stop for m in stack):
            # Close everything down to the deepest mark ending here; reopen what goes on.
            reopen: list[_Mark] = []
            while any(m.end == stop for m in stack):
                top = stack.pop()
                out.append(top.closing())
                if top.end != stop:
                    reopen.append(top)
            for mark in reversed(reopen):
                out.append(mark.opening(continued=True))
                stack.append(mark)
        while next_mark < len(ordered) and ordered[next_mark].start == stop:
            mark = ordered[next_mark]
            next_mark += 1
            out.append(mark.opening(continued=False))
            stack.append(mark)
    return "".join(out)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("s" if n != 1 else "")


def _act(quote: Quote) -> str:
    return quote.act.value if quote.act is not None else "none"


def _label(quote: Quote) -> str:
    parts = [quote.kind.value]
    if quote.kind.is_speech:
        act = _act(quote) if quote.act_confidence is None else f"{_act(quote)} ({quote.act_confidence:.2f})"
        who = quote.speaker.name if quote.speaker else "speaker unknown"
        if quote.speaker is not None and quote.speaker_confidence is not None:
            who += f" ({quote.speaker_confidence:.2f})"
        parts += [act, who]
        if quote.hedged:
            parts.append("hedged")
    return " · ".join(parts)


def _check(text: str, extraction: Extraction) -> None:
    for quote in extraction.quotes:
        if text[quote.start : quote.end] != quote.text:
            raise ValueError(
                f"this Extraction is not of this text: the quote at [{quote.start}, {quote.end}) "
                f"reads {quote.text!r} but the text there reads {text[quote.start : quote.end]!r}"
            )


_Speakers = list[tuple[str | None, Speaker | None, list[int]]]


def _speakers(extraction: Extraction) -> _Speakers:
    """(name, speaker, quote numbers) for each speaker in order of first quote; unknown last."""
    groups: dict[str | None, tuple[Speaker | None, list[int]]] = {}
    for n, quote in enumerate(extraction.quotes, 1):
        if quote.kind.is_speech:
            name = quote.speaker.name if quote.speaker else None
            groups.setdefault(name, (quote.speaker, []))[1].append(n)
    out: _Speakers = [(name, s, ns) for name, (s, ns) in groups.items() if name is not None]
    if None in groups:
        out.append((None, None, groups[None][1]))
    return out


def _quote_marks(doc: str, extraction: Extraction) -> Iterator[_Mark]:
    for n, quote in enumerate(extraction.quotes, 1):
        classes = f"q k-{quote.kind.value}"
        attributes = [
            ("data-q", str(n)),
            ("data-kind", quote.kind.value),
            ("data-start", str(quote.start)),
            ("data-end", str(quote.end)),
        ]
        if quote.kind.is_speech:
            classes += f" a-{_act(quote)}" + (" hedged" if quote.hedged else "")
            attributes.append(("data-act", quote.act.value if quote.act else ""))
            attributes.append(("data-speaker", quote.speaker.name if quote.speaker else ""))
        attributes.append(("title", _label(quote)))
        yield _Mark(quote.start, quote.end, 0, "mark", (("class", classes), *attributes), f"{doc}-q{n}")
        for span in quote.verbatim:  # the speaker's own words inside reported speech
            verbatim = (("class", "verbatim"), ("title", "the speaker's own words, quoted"))
            yield _Mark(span.start, span.end, 1, "q", verbatim)


def _speaker_marks(text: str, extraction: Extraction, speakers: _Speakers, ids: dict[str, str]) -> Iterator[_Mark]:
    taken: list[tuple[int, int]] = []
    for name, _speaker, numbers in speakers:
        if name is None:
            continue
        spans = {
            (m.start, m.end)
            for q in extraction.quotes
            if q.speaker is not None and q.speaker.name == name
            for m in q.speaker.mentions
        }
        title = f"{name}: {_count(len(numbers), 'speech item')}"
        for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
            # Links never nest: a mention overlapping one already marked stays plain.
            if end > len(text) or any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            attributes = (("class", "who"), ("href", f"#{ids[name]}"), ("data-speaker", name), ("title", title))
            yield _Mark(start, end, 1, "a", attributes)


def _quantity_marks(extraction: Extraction) -> Iterator[_Mark]:
    quantities = {(x.start, x.end): x for c in extraction.claims for x in c.quantities}
    quantities.update({(x.start, x.end): x for q in extraction.quotes for x in q.quantities})
    for x in quantities.values():
        title = f"{x.qualifier.value} {x.value:g}" + (f" {x.unit}" if x.unit else "")
        attributes = (("class", "num"), ("data-value", f"{x.value:g}"), ("data-unit", x.unit or ""), ("title", title))
        yield _Mark(x.start, x.end, 2, "span", attributes)


def _aside(doc: str, name: str, extraction: Extraction, speakers: _Speakers, ids: dict[str, str]) -> Iterator[str]:
    yield f'<aside aria-label="Speakers of {_attr(name)}"><h3>Speakers</h3>'
    if speakers:
        yield "<ol>"
        for speaker_name, speaker, numbers in speakers:
            ident = f' id="{ids[speaker_name]}"' if speaker_name is not None else ""
            label = _text(speaker_name) if speaker_name is not None else "<i>speaker unknown</i>"
            count = f'<span class="count">{len(numbers)}</span>'
            role = f'<span class="role">{_text(speaker.title)}</span>' if speaker and speaker.title else ""
            refs = "".join(f'<a href="#{doc}-q{n}">{n}</a>' for n in numbers)
            yield f'<li{ident}>{label}{count}{role}<span class="refs">{refs}</span></li>'
        yield "</ol>"
    else:
        yield "<p>No speech found.</p>"
    mentions = sum(q.kind is QuoteKind.MENTION for q in extraction.quotes)
    yield f"<p>{_count(len(extraction.quotes) - mentions, 'speech item')}, {_count(mentions, 'mention')}.</p>"
    if extraction.diagnostics:
        yield f"<details><summary>{_count(len(extraction.diagnostics), 'diagnostic')}</summary><ul>"
        yield from (f"<li>{_text(d.code)}: {_text(d.message)}</li>" for d in extraction.diagnostics)
        yield "</ul></details>"
    yield "</aside>"


def _article(number: int, name: str, text: str, extraction: Extraction) -> str:
    _check(text, extraction)
    doc = f"d{number}"
    speakers = _speakers(extraction)
    ids = {name: f"{doc}-s{k}" for k, (name, _, _) in enumerate(speakers, 1) if name is not None}
    marks = [
        *_quote_marks(doc, extraction),
        *_speaker_marks(text, extraction, speakers, ids),
        *_quantity_marks(extraction),
    ]
    return "\n".join(
        [
            f'<article class="doc" id="{doc}">',
            f"<h2>{_text(name)}</h2>",
            '<div class="cols">',
            f'<div class="text" lang="fr">{_nest(text, marks)}</div>',
            *_aside(doc, name, extraction, speakers, ids),
            "</div></article>\n",
        ]
    )


def _legend() -> str:
    acts = "".join(
        f'<li><mark class="q k-direct a-{act}">{act if act != "none" else "no act"}</mark></li>' for act in ACT_COLOURS
    )
    kinds = "".join(
        f'<li><mark class="q k-{kind} a-statement" title="{_attr(help)}">{kind}</mark></li>'
        for kind, help in _KIND_HELP.items()
    )
    other = (
        '<li><a class="who" href="#top">speaker</a> (links to the speaker\'s list entry)</li>'
        '<li><span class="num">quantity</span> to check</li>'
    )
    return (
        '<section class="legend" aria-label="Legend">'
        f"<div><b>Speech acts</b><ul>{acts}</ul></div>"
        f"<div><b>Kinds</b><ul>{kinds}</ul></div>"
        f"<div><b>Also</b><ul>{other}</ul></div></section>"
    )


def _head(title: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en">\n<head>\n<meta charset="utf-8"/>\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>\n'
        f"<title>{_text(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f'<header id="top"><h1>{_text(title)}</h1>{_legend()}</header>\n'
    )


def write_html(records: Iterable[tuple[str, str, Extraction]], stream: IO[str], *, title: str = "quoteminer") -> int:
    """Write one page for ``(document name, text, extraction)`` records; return the count.

    The page is written as the records come, one article after another.
    """
    stream.write(_head(title))
    n = 0
    for name, text, extraction in records:
        n += 1
        stream.write(_article(n, name, text, extraction))
    if n == 0:
        stream.write("<article><p>No documents.</p></article>\n")
    stream.write("</body>\n</html>\n")
    return n


def render_html(text: str, extraction: Extraction, *, name: str = "document", title: str = "quoteminer") -> str:
    """The page for one document, as a string.

    >>> from quoteminer import extract
    >>> text = "« Nous partons », a déclaré Claire Martin."
    >>> page = render_html(text, extract(text))
    >>> '<mark id="d1-q1" class="q k-direct a-statement"' in page
    True
    """
    out = io.StringIO()
    write_html([(name, text, extraction)], out, title=title)
    return out.getvalue()


# -- a collection: speakers across documents, quotations several documents report -----------

_COLLECTION_CSS = """
section.c{max-width:76rem;margin:0 auto;padding:0 1.5rem}
table.speakers{border-collapse:collapse;width:100%;font:14px/1.45 system-ui,sans-serif}
table.speakers th,table.speakers td{border-bottom:1px solid #dee2e6;padding:.35rem .5rem;text-align:left;
vertical-align:top}
.variant{display:inline-block;background:#fff3bf;border-radius:3px;padding:0 .3rem;margin:0 .2rem .2rem 0}
.variant.main{background:#d3f9d8;font-weight:600}
.cluster{border:1px solid #dee2e6;border-radius:6px;padding:.6rem .9rem;margin:1rem 0}
.cluster h3{font:600 1rem system-ui,sans-serif;margin:.2rem 0 .5rem}
.cluster ol{margin:0;padding-left:1.2rem}
.cluster li{margin:.45rem 0}
.meta{font:13px system-ui,sans-serif;color:#495057}
.badge{font:12px system-ui,sans-serif;border-radius:9px;padding:0 .45rem;margin-left:.3rem;color:#fff}
.badge.first{background:#2b8a3e}.badge.misquote{background:#c92a2a}
mark.diff{background:#ffc9c9;border-radius:2px;padding:0 1px}
.missing{font:13px system-ui,sans-serif;color:#c92a2a}
"""


def _highlighted(member: ClusterMember) -> str:
    """The member's words, those that differ from the cluster's reference marked."""
    differing = {w for w in member.differing if not w.startswith("-")}
    if not differing:
        return _text(member.quote.text)
    pattern = regex.compile(
        r"(?<!\w)(?:" + "|".join(regex.escape(w) for w in sorted(differing, key=len, reverse=True)) + r")(?!\w)"
    )
    out, last = [], 0
    for m in pattern.finditer(member.quote.text):
        out.append(_text(member.quote.text[last : m.start()]))
        out.append(f'<mark class="diff">{_text(m.group())}</mark>')
        last = m.end()
    out.append(_text(member.quote.text[last:]))
    return "".join(out)


def _speaker_rows(speakers: Sequence[CollectionSpeaker]) -> Iterator[str]:
    yield '<section class="c"><h2>Speakers across documents</h2>'
    if not speakers:
        yield "<p>No speaker.</p></section>"
        return
    yield (
        '<table class="speakers"><thead><tr><th>speaker</th><th>kind</th><th>names in the documents</th>'
        "<th>titles</th><th>quotes</th><th>documents</th></tr></thead><tbody>"
    )
    for n, s in enumerate(speakers, 1):
        variants = "".join(
            f'<span class="variant{" main" if v == s.name else ""}">{_text(v)}</span>' for v in s.variants
        )
        documents = ", ".join(_text(d) for d in s.documents[:12]) + (" …" if len(s.documents) > 12 else "")
        yield (
            f'<tr id="s{n}"><td>{_text(s.name)}</td><td>{s.kind.value}</td><td>{variants}</td>'
            f"<td>{_text('; '.join(s.titles))}</td><td>{len(s.quotes)}</td><td>{documents}</td></tr>"
        )
    yield "</tbody></table></section>"


def _cluster_blocks(clusters: Sequence[QuoteCluster]) -> Iterator[str]:
    yield '<section class="c"><h2>The same quotation in several documents</h2>'
    if not clusters:
        yield "<p>No quotation is reported by two documents.</p>"
    for n, c in enumerate(clusters, 1):
        misquoted = len(c.misquoted)
        note = f", {_count(misquoted, 'possible misquote')}" if misquoted else ""
        yield f'<div class="cluster" id="c{n}"><h3>{_count(len(c.documents), "document")}{note}</h3><ol>'
        for m in c.members:
            day = m.published.isoformat() if m.published else "undated"
            badges = ('<span class="badge first">first</span>' if m is c.earliest else "") + (
                '<span class="badge misquote">possible misquote</span>' if m.possible_misquote else ""
            )
            missing = [w[1:] for w in m.differing if w.startswith("-")]
            left_out = f'<div class="missing">leaves out: {_text(" ".join(missing))}</div>' if missing else ""
            yield (
                f'<li><div class="meta">{_text(m.doc_id)} · {day} · {_text(m.speaker or "speaker unknown")} · '
                f"{m.quote.kind.value}{badges}</div><q>{_highlighted(m)}</q>{left_out}</li>"
            )
        yield "</ol></div>"
    yield "</section>"


def write_collection_html(
    speakers: Sequence[CollectionSpeaker],
    clusters: Sequence[QuoteCluster],
    stream: IO[str],
    *,
    title: str = "quoteminer: a collection",
) -> None:
    """One standalone page for a collection: every speaker across the documents with the
    names the documents give it (the canonical one in green), and every quotation several
    documents report, each report with its document, date and speaker, the earliest marked
    and the words that differ from the others highlighted (the same invariants as the
    article page: offline, escaped, well-formed XML)."""
    stream.write(
        "<!DOCTYPE html>\n"
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en">\n<head>\n<meta charset="utf-8"/>\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>\n'
        f"<title>{_text(title)}</title>\n<style>{_CSS}{_COLLECTION_CSS}</style>\n</head>\n<body>\n"
        f'<header id="top"><h1>{_text(title)}</h1><p class="meta">{_count(len(speakers), "speaker")}, '
        f"{_count(len(clusters), 'quotation')} reported by several documents.</p></header>\n"
    )
    for part in (_speaker_rows(speakers), _cluster_blocks(clusters)):
        for chunk in part:
            stream.write(chunk)
        stream.write("\n")
    stream.write("</body>\n</html>\n")
