"""Which library finds a French news article in its web page? trafilatura against readability-lxml.

Run on demand (pytest does not collect this folder), from the repository root::

    PYTHONPATH=src python benchmarks/html_input.py          # needs trafilatura (the html extra) and readability-lxml

Every annotated article of ``fixtures/`` (seeds and dev) is put into web pages as news
sites build them, in three templates (a semantic ``<article>``; nested ``<div>`` s with a
byline, related links, a share bar and a newsletter box inside the body; a page whose
paragraphs are ``<div>`` s and ``<br>``, with a cookie banner, a reader's comments, a
"most read" list and a footer), each with a title, a publication date and a site name in
its ``<meta>``. The boilerplate holds quotations and reporting verbs on purpose (a
cookie banner's « Accepter », a comment ``« Honteux ! » a écrit un lecteur``), so that
what leaks into the text becomes false speech items.

For each library, over all pages: the share of the article's speech items (kind, words,
speaker) that quoteminer finds in the extracted text as it finds them in the article
itself; the speech items found in the boilerplate (false items); the share of the
article's characters kept (by words, in order); the title and date found; the time per
page. The figures are in docs/performance.md.
"""

from __future__ import annotations

import difflib
import html
import time
from collections.abc import Callable
from pathlib import Path

import quoteminer

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "fixtures" / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures" / "dev").glob("*.txt"))

NAV = '<nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/politique">Politique</a></nav>'
COOKIES = (
    '<div class="cookie-banner"><p>Nous utilisons des cookies pour améliorer votre expérience. '
    "Cliquez sur « Accepter » pour continuer ou « Paramétrer » pour choisir.</p></div>"
)
RELATED = (
    "<aside class='related'><h3>À lire aussi</h3><ul><li><a href='/a'>« Nous ne lâcherons rien », "
    "a prévenu le syndicat</a></li><li><a href='/b'>Le gouvernement a annoncé un plan d'urgence</a></li></ul></aside>"
)
SHARE = '<div class="share">Partager sur Facebook · Twitter · Envoyer par e-mail</div>'
NEWSLETTER = (
    "<div class=\"newsletter\"><p>Recevez chaque matin l'essentiel de l'actualité. "
    "« Inscrivez-vous », conseille la rédaction.</p></div>"
)
COMMENTS = (
    '<section class="comments"><h2>Commentaires</h2><div class="comment"><p>« Honteux ! » a écrit un lecteur, '
    "Marcel D., qui a affirmé que le gouvernement mentait.</p></div></section>"
)
MOST_READ = '<div class="most-read"><h3>Les plus lus</h3><ol><li>Un séisme frappe le Japon</li></ol></div>'
FOOTER = "<footer><p>© 2024 Le Courrier de l'Est. Mentions légales. Politique de confidentialité.</p></footer>"
#: Speech items the boilerplate holds (what a library that keeps it makes quoteminer find).
BOILERPLATE_SPEECH = ("Honteux", "Inscrivez-vous", "Nous ne lâcherons rien", "le gouvernement mentait")


def _head(title: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{html.escape(title)} - '
        "Le Courrier de l'Est</title>"
        f'<meta property="og:title" content="{html.escape(title)}">'
        '<meta property="og:site_name" content="Le Courrier de l\'Est">'
        '<meta property="article:published_time" content="2024-03-12T08:30:00+01:00"></head><body>'
    )


def page(text: str, template: int) -> str:
    """The article ``text`` (its first line the title) in a web page of ``template``."""
    title, *paragraphs = [p for p in text.split("\n") if p.strip()]
    esc = [html.escape(p, quote=False) for p in paragraphs]
    middle = max(1, len(esc) // 2)
    if template == 0:
        body = "".join(f"<p>{p}</p>" for p in esc)
        return (
            _head(title) + NAV + COOKIES + f"<main><article><h1>{html.escape(title)}</h1>"
            '<p class="byline">Par la rédaction, le 12 mars 2024</p>'
            f"{body}</article>{RELATED}</main>{COMMENTS}{FOOTER}</body></html>"
        )
    if template == 1:
        first = "".join(f"<p>{p}</p>" for p in esc[:middle])
        rest = "".join(f"<p>{p}</p>" for p in esc[middle:])
        return (
            _head(title) + NAV + '<div id="page"><div class="col-main"><div class="article-header">'
            f'<h1 class="title">{html.escape(title)}</h1><span class="date">12/03/2024 08h30</span>{SHARE}</div>'
            f'<div class="article-body">{first}{RELATED}{rest}{NEWSLETTER}</div></div>'
            f'<div class="col-side">{MOST_READ}</div></div>{FOOTER}</body></html>'
        )
    body = "<br><br>".join(esc)
    return (
        _head(title) + COOKIES + NAV + f'<div class="content"><div class="titre">{html.escape(title)}</div>'
        f'<div class="texte">{body}</div></div>{MOST_READ}{COMMENTS}{FOOTER}</body></html>'
    )


def with_trafilatura(source: str) -> tuple[str, str | None, str | None]:
    from quoteminer.records import html_record

    record = html_record(source, "page")
    if record is None:
        return "", None, None
    return record.text, record.metadata.get("title"), record.metadata.get("date")


def with_readability(source: str) -> tuple[str, str | None, str | None]:
    import lxml.html
    from readability import Document

    doc = Document(source)
    tree = lxml.html.fromstring(doc.summary(html_partial=True))
    blocks = [" ".join(e.text_content().split()) for e in tree.iter("p", "div", "li", "h1", "h2", "h3")]
    if not any(blocks) or all(e.tag == "div" for e in tree.iter("p", "div", "li")):
        blocks = [" ".join(part.split()) for part in tree.text_content().split("\n")]
    seen: list[str] = []
    for block in blocks:  # a div's text holds its paragraphs': keep the innermost blocks once
        if block and not any(block in other for other in seen):
            seen = [other for other in seen if other not in block] + [block]
    return "\n".join(seen), doc.short_title(), None


def _speech(text: str) -> set[tuple[str, str, str | None]]:
    result = quoteminer.extract(text)
    return {
        (q.kind.value, " ".join(q.text.split()), q.speaker.name if q.speaker else None)
        for q in result.quotes
        if q.kind.is_speech
    }


def main() -> None:
    libraries: dict[str, Callable[[str], tuple[str, str | None, str | None]]] = {
        "trafilatura": with_trafilatura,
        "readability-lxml": with_readability,
    }
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    truth = [_speech(t) for t in texts]
    figures: dict[str, dict[str, float]] = {}
    for name, read in libraries.items():
        kept = found = false = chars = chars_kept = titles = dates = pages = 0
        seconds = 0.0
        wanted = sum(len(t) for t in truth) * 3
        for text, expected in zip(texts, truth, strict=True):
            title = next(line for line in text.split("\n") if line.strip())
            for template in range(3):
                source = page(text, template)
                start = time.perf_counter()
                extracted, got_title, got_date = read(source)
                seconds += time.perf_counter() - start
                pages += 1
                items = _speech(extracted) if extracted.strip() else set()
                kept += len(items & expected)
                false += sum(any(b in words for b in BOILERPLATE_SPEECH) for _kind, words, _who in items)
                found += len(items)
                words = text.split()
                matcher = difflib.SequenceMatcher(None, words, extracted.split(), autojunk=False)
                chars += len(words)
                chars_kept += sum(block.size for block in matcher.get_matching_blocks())
                titles += got_title is not None and got_title.strip() == title.strip()
                dates += got_date == "2024-03-12"
        figures[name] = {
            "speech items kept": kept / wanted,
            "boilerplate speech items": false,
            "words kept, in order": chars_kept / chars,
            "title found": titles / pages,
            "date found": dates / pages,
            "ms per page": 1000 * seconds / pages,
        }
        print(name, figures[name], flush=True)
    print(f"\n{len(texts)} articles × 3 templates = {3 * len(texts)} pages\n")
    print("| | " + " | ".join(libraries) + " |")
    print("|---|" + "---|" * len(libraries))
    for figure in next(iter(figures.values())):
        cells = [
            f"{figures[n][figure]:.1%}"
            if figure not in ("boilerplate speech items", "ms per page")
            else f"{figures[n][figure]:.0f}"
            if figure == "boilerplate speech items"
            else f"{figures[n][figure]:.1f}"
            for n in libraries
        ]
        print(f"| {figure} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
